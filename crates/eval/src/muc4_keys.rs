//! The original 1992 MUC-4 answer keys and corpus datelines, and the
//! incident-level measures sitrep is scored on beside CEAF-REE.
//!
//! Key format: templates separated by blank lines, `;;;` (or `;;`) comment lines, one
//! slot a line as `N.  SLOT NAME<2+ spaces>VALUE`, a slot's further values on
//! indented continuation lines. Values: `*` means the slot does not apply
//! (slot 1 `*`: the document reports no incident), `-` empty, `/` separates
//! alternatives (any one is correct), `?` marks uncertainty (ignored here),
//! `(…)` groups an alternative. A template marked `(OPTIONAL)` may be
//! missed without penalty.
//!
//! Measures ([`score_keys`]), over the *required* templates (non-empty,
//! not optional) of the evaluated documents; a document's *candidates* are
//! its events that count as MUC incidents ([`crate::muc4::incident_events`]):
//! - type: some candidate's mapped MUC type is one of the template's types;
//! - date (templates with a parseable date): some candidate's date range
//!   overlaps one of the gold date alternatives (`D` exact, `- D` on or
//!   before D, `D1 - D2` between) and is at most 31 days long; an undated
//!   candidate matches `- D` when D is the article's date, MUC's own fill
//!   for an incident the article does not date;
//! - country (templates whose country resolves): some candidate's location
//!   country (ISO alpha-2) equals one of the template's countries;
//! - joint: one candidate satisfies type, date and country at once (date or
//!   country not required when the template lacks them);
//! - deaths (templates with a human target whose effect is DEATH): some
//!   candidate reports fatalities (best or low > 0);
//! - death count (templates whose DEATH targets all have numbers): some
//!   candidate's fatality range (low..=high, else best) contains their sum;
//! - false alarms: documents without any incident (all templates `*`) that
//!   have a candidate.
//!
//! These are existential, per-template measures: each field may be satisfied
//! by a different candidate, so they are upper bounds on a one-to-one
//! template alignment (the joint measure is the strict one).
//!
//! Attribution (issue 6): the confusion, over required templates with a
//! perpetrator-organisation confidence, between "the gold confidence
//! includes CLAIMED OR ADMITTED" and "the document has a claim event" (any
//! modality), plus per-confidence counts; and, for CLAIMED OR ADMITTED
//! templates, whether a claim event's claimant (text or canonical name,
//! normalised as in CEAF-REE) is one of the template's organisation strings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use sitrep_schema::{DocumentResult, EventKind, Role};

use crate::ceaf::normalize;

use crate::countries::country_name_to_iso2;
use crate::error::{read_to_string, EvalError};
use crate::muc4::{incident_events, KindMap, MappingOptions, MucType};

/// The perpetrator-organisation confidence values of the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum PerpConfidence {
    ClaimedOrAdmitted,
    ReportedAsFact,
    SuspectedOrAccused,
    SuspectedOrAccusedByAuthorities,
    Possible,
    Acquitted,
}

impl PerpConfidence {
    pub const ALL: [PerpConfidence; 6] = [
        PerpConfidence::ClaimedOrAdmitted,
        PerpConfidence::ReportedAsFact,
        PerpConfidence::SuspectedOrAccused,
        PerpConfidence::SuspectedOrAccusedByAuthorities,
        PerpConfidence::Possible,
        PerpConfidence::Acquitted,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            PerpConfidence::ClaimedOrAdmitted => "CLAIMED OR ADMITTED",
            PerpConfidence::ReportedAsFact => "REPORTED AS FACT",
            PerpConfidence::SuspectedOrAccused => "SUSPECTED OR ACCUSED",
            PerpConfidence::SuspectedOrAccusedByAuthorities => "SUSPECTED OR ACCUSED BY AUTHORITIES",
            PerpConfidence::Possible => "POSSIBLE",
            PerpConfidence::Acquitted => "ACQUITTED",
        }
    }

    pub fn parse(s: &str) -> Option<PerpConfidence> {
        let folded = s.split_whitespace().collect::<Vec<_>>().join(" ");
        PerpConfidence::ALL.iter().copied().find(|c| c.as_str() == folded)
    }
}

/// A gold incident date: `lo..=hi`, `lo` None for "on or before `hi`".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GoldDate {
    pub lo: Option<NaiveDate>,
    pub hi: NaiveDate,
}

/// A human target of a template with its effects and number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HumanTarget {
    /// The target's strings (alternatives), e.g. `["JESUITS", "PRIESTS"]`.
    pub names: Vec<String>,
    /// How many people, when the key gives a number (not `PLURAL`, `?`, ranges use the low end).
    pub number: Option<u32>,
    /// Effects such as `DEATH`, `INJURY`, `NO INJURY`.
    pub effects: Vec<String>,
}

/// One template of the 1992 keys.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyTemplate {
    pub docid: String,
    /// 1-based template number; None for an empty template (`*`).
    pub number: Option<u32>,
    pub optional: bool,
    /// True when the document reports no incident (slot 1 is `*`).
    pub empty: bool,
    /// Date alternatives (unparseable ones are left out).
    pub dates: Vec<GoldDate>,
    /// Location alternatives as written, e.g. `GUATEMALA: SANTO TOMAS (FARM)`.
    pub locations: Vec<String>,
    /// Country names of the location alternatives, upper-case as written.
    pub countries: Vec<String>,
    pub types: Vec<MucType>,
    /// The perpetrator organisation strings (all organisations, all alternatives).
    pub perp_orgs: Vec<String>,
    /// Every perpetrator-organisation confidence value listed (all
    /// organisations, all alternatives).
    pub perp_confidence: Vec<PerpConfidence>,
    pub human_targets: Vec<HumanTarget>,
}

impl KeyTemplate {
    pub fn required(&self) -> bool {
        !self.empty && !self.optional
    }

    /// ISO alpha-2 codes of the template's countries (those that resolve).
    pub fn country_codes(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = self.countries.iter().filter_map(|c| country_name_to_iso2(c)).collect();
        out.dedup();
        out
    }

    pub fn has_death(&self) -> bool {
        self.human_targets.iter().any(|t| t.effects.iter().any(|e| e == "DEATH"))
    }

    /// The number of people killed, when every human target with a DEATH
    /// effect has a numeric number (None otherwise, or without deaths).
    pub fn death_total(&self) -> Option<u32> {
        let dead: Vec<&HumanTarget> = self.human_targets.iter().filter(|t| t.effects.iter().any(|e| e == "DEATH")).collect();
        if dead.is_empty() {
            return None;
        }
        dead.iter().map(|t| t.number).sum()
    }
}

/// Splits at `/` outside parentheses and quotes, trims the pieces and strips
/// one enclosing pair of parentheses and a leading `?`.
fn alternatives(value: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let (mut depth, mut quoted, mut start) = (0i32, false, 0usize);
    for (i, c) in value.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth -= 1,
            '/' if !quoted && depth <= 0 => {
                parts.push(&value[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&value[start..]);
    let mut out = Vec::new();
    for p in parts {
        let p = p.trim().trim_start_matches('?').trim();
        if p.starts_with('(') && p.ends_with(')') && balanced_outer(p) {
            // A group may itself hold alternatives: "(COLOMBIA / ? HONDURAS)".
            out.extend(alternatives(&p[1..p.len() - 1]));
        } else if !p.is_empty() {
            out.push(p.to_string());
        }
    }
    out
}

/// Whether the first `(` of `s` closes at its last character.
fn balanced_outer(s: &str) -> bool {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return i == s.len() - 1;
                }
            }
            _ => {}
        }
    }
    false
}

/// The part of a slot value before the first `:` outside quotes (the
/// category of `CATEGORY: "STRING"` values).
fn before_colon(value: &str) -> &str {
    let mut quoted = false;
    for (i, c) in value.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return &value[..i],
            _ => {}
        }
    }
    value
}

/// The quoted strings of a value, e.g. `DEATH: "A" / "B"` → `[A, B]`.
fn quoted_strings(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = value;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        // Keys escape inner quotes as \".
        let mut end = None;
        let mut prev = ' ';
        for (i, c) in after.char_indices() {
            if c == '"' && prev != '\\' {
                end = Some(i);
                break;
            }
            prev = c;
        }
        match end {
            Some(e) => {
                out.push(after[..e].replace("\\\"", "\""));
                rest = &after[e + 1..];
            }
            None => break,
        }
    }
    out
}

const MONTHS: [&str; 12] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/// `DD MMM YY` (year optional, then `default_year`) → a date.
pub fn parse_key_date(s: &str, default_year: Option<i32>) -> Option<NaiveDate> {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 2 || words.len() > 3 {
        return None;
    }
    let day: u32 = words[0].parse().ok()?;
    let month = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(words[1]))? as u32 + 1;
    let year = match words.get(2) {
        Some(y) => {
            let y: i32 = y.parse().ok()?;
            if y < 100 {
                1900 + y
            } else {
                y
            }
        }
        None => default_year?,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

fn parse_dates(value: &str) -> Vec<GoldDate> {
    let mut out = Vec::new();
    for alt in alternatives(value) {
        if alt == "-" || alt == "*" {
            continue;
        }
        match alt.split_once('-') {
            None => {
                if let Some(d) = parse_key_date(&alt, None) {
                    out.push(GoldDate { lo: Some(d), hi: d });
                }
            }
            Some((lo, hi)) => {
                let hi_date = parse_key_date(hi.trim(), None);
                let Some(hi_date) = hi_date else { continue };
                if lo.trim().is_empty() {
                    out.push(GoldDate { lo: None, hi: hi_date });
                } else if let Some(lo_date) = parse_key_date(lo.trim(), Some(hi_date.year())) {
                    out.push(GoldDate { lo: Some(lo_date.min(hi_date)), hi: hi_date.max(lo_date) });
                }
            }
        }
    }
    out
}

fn parse_number(s: &str) -> Option<u32> {
    let first = s.split(|c: char| c == '-' || c.is_whitespace()).find(|w| !w.is_empty())?;
    first.parse().ok()
}

/// Parses the text of one key file. `path` is used in messages only.
pub fn parse_keys(text: &str, path: &Path) -> Result<Vec<KeyTemplate>, EvalError> {
    let mut templates = Vec::new();
    // (slot name, values) of the template being read, with its first line.
    let mut slots: Vec<(String, Vec<String>)> = Vec::new();
    let mut start_line = 0;
    let mut finish = |slots: &mut Vec<(String, Vec<String>)>, line: usize| -> Result<(), EvalError> {
        if !slots.is_empty() {
            templates.push(build_template(slots, path, line)?);
            slots.clear();
        }
        Ok(())
    };
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end();
        // Comments start with ";;;" (some with ";;").
        if line.trim_start().starts_with(';') {
            continue;
        }
        if line.trim().is_empty() {
            finish(&mut slots, start_line)?;
            continue;
        }
        let first = line.chars().next().unwrap_or(' ');
        if first.is_ascii_digit() {
            let Some((num, rest)) = line.split_once('.') else {
                return Err(EvalError::parse(path, Some(i + 1), "expected `N.  SLOT  VALUE`"));
            };
            if num.trim().parse::<u32>().ok() == Some(0) {
                finish(&mut slots, start_line)?;
                start_line = i + 1;
            }
            let rest = rest.trim_start();
            let (name, value) = match rest.find("  ") {
                Some(pos) => (rest[..pos].trim(), rest[pos..].trim()),
                None => (rest.trim(), ""),
            };
            slots.push((name.to_string(), vec![value.to_string()]));
        } else if let Some(last) = slots.last_mut() {
            last.1.push(line.trim().to_string());
        } else {
            return Err(EvalError::parse(path, Some(i + 1), "continuation line outside a template"));
        }
    }
    finish(&mut slots, start_line)?;
    Ok(templates)
}

fn build_template(slots: &[(String, Vec<String>)], path: &Path, line: usize) -> Result<KeyTemplate, EvalError> {
    let get = |name: &str| slots.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_slice()).unwrap_or(&[]);
    let first = |name: &str| get(name).first().map(String::as_str).unwrap_or("");
    // "DEV-MUC3-0123 (BELLCORE, MITRE)": the id is the first word.
    let docid = first("MESSAGE: ID").split_whitespace().next().unwrap_or("").to_string();
    if docid.is_empty() {
        return Err(EvalError::parse(path, Some(line), "template without MESSAGE: ID"));
    }
    let template_value = first("MESSAGE: TEMPLATE");
    let empty = template_value.trim() == "*";
    let optional = template_value.contains("OPTIONAL");
    let number = template_value.split_whitespace().next().and_then(|w| w.parse().ok());
    let dates = parse_dates(first("INCIDENT: DATE"));
    let mut locations = Vec::new();
    let mut countries = Vec::new();
    for value in get("INCIDENT: LOCATION") {
        for alt in alternatives(value) {
            if alt == "-" || alt == "*" {
                continue;
            }
            let country = alt.split(':').next().unwrap_or("");
            let country = country.split('(').next().unwrap_or("").trim().trim_start_matches('?').trim();
            // "COLOMBIA / VENEZUELA" inside one alternative was already split;
            // a country may still carry a range ("X - Y") in odd keys.
            for c in country.split(" - ") {
                let c = c.trim();
                if !c.is_empty() && !countries.iter().any(|x: &String| x == c) {
                    countries.push(c.to_string());
                }
            }
            locations.push(alt);
        }
    }
    let types = get("INCIDENT: TYPE")
        .iter()
        .flat_map(|v| alternatives(v))
        .filter_map(|t| MucType::parse(&t))
        .collect();
    let perp_orgs: Vec<String> = get("PERP: ORGANIZATION ID").iter().flat_map(|v| quoted_strings(v)).collect();
    let mut perp_confidence = Vec::new();
    for value in get("PERP: ORGANIZATION CONFIDENCE") {
        for alt in alternatives(before_colon(value)) {
            if let Some(c) = PerpConfidence::parse(alt.trim_start_matches('(').trim_end_matches(')')) {
                if !perp_confidence.contains(&c) {
                    perp_confidence.push(c);
                }
            }
        }
    }
    let mut human_targets: Vec<HumanTarget> = Vec::new();
    fn target_for(human_targets: &mut Vec<HumanTarget>, names: Vec<String>) -> usize {
        if let Some(i) = human_targets.iter().position(|t| t.names.iter().any(|n| names.contains(n))) {
            return i;
        }
        human_targets.push(HumanTarget { names, number: None, effects: Vec::new() });
        human_targets.len() - 1
    }
    for value in get("HUM TGT: NUMBER") {
        let names = quoted_strings(value);
        if names.is_empty() {
            continue;
        }
        let number = alternatives(before_colon(value)).first().and_then(|n| parse_number(n));
        let i = target_for(&mut human_targets, names);
        human_targets[i].number = number;
    }
    for value in get("HUM TGT: EFFECT OF INCIDENT") {
        let names = quoted_strings(value);
        if names.is_empty() {
            continue;
        }
        let effects: Vec<String> = alternatives(before_colon(value)).into_iter().filter(|e| e != "-" && e != "*").collect();
        let i = target_for(&mut human_targets, names);
        for e in effects {
            if !human_targets[i].effects.contains(&e) {
                human_targets[i].effects.push(e);
            }
        }
    }
    human_targets.retain(|t| !t.effects.is_empty());
    Ok(KeyTemplate { docid, number, optional, empty, dates, locations, countries, types, perp_orgs, perp_confidence, human_targets })
}

/// The raw-corpus folder under the MUC-4 data folder.
pub fn corpora_dir(muc4_dir: &Path) -> PathBuf {
    muc4_dir.join("raw").join("TASK").join("CORPORA")
}

/// The key files and text files of a split (`train`, `dev`, `test`).
fn split_files(muc4_dir: &Path, split: &str) -> Result<(Vec<PathBuf>, Vec<PathBuf>), EvalError> {
    let corpora = corpora_dir(muc4_dir);
    let sets: &[&str] = match split {
        "train" => &["dev"],
        "dev" => &["tst1", "tst2"],
        "test" => &["tst3", "tst4"],
        other => return Err(EvalError::parse(muc4_dir, None, format!("unknown split {other:?}: use train, dev or test"))),
    };
    let (mut keys, mut texts) = (Vec::new(), Vec::new());
    for set in sets {
        let dir = corpora.join(set);
        let entries = std::fs::read_dir(&dir).map_err(|e| EvalError::io(&dir, e))?;
        let mut names: Vec<String> = entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        for name in names {
            if name.starts_with("key-") {
                keys.push(dir.join(&name));
            } else if (name.starts_with("dev-muc") || name.starts_with("tst")) && !name.contains('.') {
                texts.push(dir.join(&name));
            }
        }
    }
    Ok((keys, texts))
}

/// All key templates of a split, in file order.
pub fn load_split_keys(muc4_dir: &Path, split: &str) -> Result<Vec<KeyTemplate>, EvalError> {
    let (keys, _) = split_files(muc4_dir, split)?;
    let mut out = Vec::new();
    for path in keys {
        out.extend(parse_keys(&read_to_string(&path)?, &path)?);
    }
    Ok(out)
}

/// The publication date of every document of a split, from the dateline of
/// the raw corpus text (`SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) --`),
/// as `YYYY-MM-DD`. Documents whose dateline has no year (`NO DATE`,
/// `3 JAN`) are absent.
pub fn load_split_datelines(muc4_dir: &Path, split: &str) -> Result<BTreeMap<String, String>, EvalError> {
    let (_, texts) = split_files(muc4_dir, split)?;
    let mut out = BTreeMap::new();
    for path in texts {
        out.extend(parse_datelines(&read_to_string(&path)?));
    }
    Ok(out)
}

/// Document id → publication date for one raw corpus file.
pub fn parse_datelines(text: &str) -> BTreeMap<String, String> {
    let id_re = regex_lite_id();
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut header = String::new();
    let flush = |current: &Option<String>, header: &str, out: &mut BTreeMap<String, String>| {
        if let Some(id) = current {
            if let Some(date) = dateline_date(header) {
                out.insert(id.clone(), date.format("%Y-%m-%d").to_string());
            }
        }
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(id) = id_re(trimmed) {
            flush(&current, &header, &mut out);
            current = Some(id);
            header.clear();
            continue;
        }
        if current.is_some() && !header.contains("--") && header.len() < 400 {
            header.push(' ');
            header.push_str(trimmed);
        }
    }
    flush(&current, &header, &mut out);
    out
}

/// Recognises a document id line (`DEV-MUC3-0001 (NOSC)`, `TST2-MUC4-0048`).
fn regex_lite_id() -> impl Fn(&str) -> Option<String> {
    |line: &str| {
        let word = line.split_whitespace().next()?;
        let parts: Vec<&str> = word.split('-').collect();
        let ok = parts.len() == 3
            && (parts[0] == "DEV" || (parts[0].starts_with("TST") && parts[0].len() == 4))
            && parts[1].starts_with("MUC")
            && parts[2].len() == 4
            && parts[2].chars().all(|c| c.is_ascii_digit());
        ok.then(|| word.to_string())
    }
}

/// The date in a dateline header: the first `DD MMM YY` after the first comma.
fn dateline_date(header: &str) -> Option<NaiveDate> {
    let head = header.split("--").next()?;
    let (_, after) = head.split_once(',')?;
    let words: Vec<&str> = after.split_whitespace().take(3).collect();
    if words.len() < 3 {
        return None;
    }
    let year = words[2].trim_matches(|c: char| !c.is_ascii_digit());
    if year.len() != 2 {
        return None;
    }
    parse_key_date(&format!("{} {} {}", words[0], words[1], year), None)
}

/// A 2×2 confusion of a gold yes/no against a predicted yes/no.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Confusion {
    pub gold_yes_pred_yes: usize,
    pub gold_yes_pred_no: usize,
    pub gold_no_pred_yes: usize,
    pub gold_no_pred_no: usize,
}

impl Confusion {
    pub fn add(&mut self, gold: bool, pred: bool) {
        match (gold, pred) {
            (true, true) => self.gold_yes_pred_yes += 1,
            (true, false) => self.gold_yes_pred_no += 1,
            (false, true) => self.gold_no_pred_yes += 1,
            (false, false) => self.gold_no_pred_no += 1,
        }
    }
}

/// A hit count over a denominator.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Hits {
    pub correct: usize,
    pub total: usize,
}

impl Hits {
    pub fn add(&mut self, ok: bool) {
        self.total += 1;
        if ok {
            self.correct += 1;
        }
    }

    pub fn rate(&self) -> f64 {
        crate::ceaf::ratio(self.correct, self.total)
    }
}

/// Incident-level measures against the 1992 keys (see the module doc).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct KeysReport {
    pub documents: usize,
    pub templates: usize,
    pub optional_templates: usize,
    pub required_templates: usize,
    pub incident_type: Hits,
    pub date: Hits,
    pub country: Hits,
    pub joint: Hits,
    pub deaths: Hits,
    /// Templates whose death toll the key gives as a number: some candidate's
    /// fatalities range (low..=high, or best) contains it.
    pub death_count: Hits,
    /// Documents without incidents that have a candidate event.
    pub false_alarm_docs: Hits,
    /// Gold "CLAIMED OR ADMITTED" against "the document has a claim event".
    pub claimed_vs_claim_event: Confusion,
    /// Templates whose confidence includes CLAIMED OR ADMITTED: the document
    /// has a claim event whose claimant (text or canonical name, normalised)
    /// is one of the template's perpetrator organisation strings.
    pub claimed_by_perp_org: Hits,
    /// Per gold confidence value: templates, and those whose document has a claim event.
    pub confidence_with_claim_event: BTreeMap<String, Hits>,
    /// Per gold confidence value, the stance sitrep gives the template's
    /// perpetrator organisation (see [`stance_of_orgs`]): counts of
    /// (confidence, stance) over templates with a perpetrator organisation.
    pub confidence_vs_stance: BTreeMap<(String, String), usize>,
}

/// The stance sitrep takes on any of `orgs` (normalised strings) in the
/// document's incident events: the most committal of the attribution
/// parties that name one of them (`claimed`, then `confirmed` by an
/// official, `accused`, `suspected`, `denied`, `reported`), `perpetrator`
/// when one is a perpetrator actor without an attribution party, `none`
/// otherwise.
pub fn stance_of_orgs(events: &[&sitrep_schema::Event], orgs: &[String]) -> &'static str {
    const ORDER: [&str; 6] = ["claimed", "confirmed", "accused", "suspected", "denied", "reported"];
    let names = |text: &str, name: Option<&str>| std::iter::once(text).chain(name).any(|s| orgs.contains(&normalize(s)));
    let mut best: Option<usize> = None;
    for e in events {
        for p in e.attribution.iter().flat_map(|a| &a.parties) {
            if names(&p.text, p.name.as_deref()) {
                if let Some(i) = ORDER.iter().position(|o| *o == p.stance) {
                    best = Some(best.map_or(i, |b| b.min(i)));
                }
            }
        }
    }
    if let Some(i) = best {
        return ORDER[i];
    }
    let perpetrator = events.iter().any(|e| e.actors_with(Role::Perpetrator).any(|a| names(&a.text, a.name.as_deref())));
    if perpetrator {
        "perpetrator"
    } else {
        "none"
    }
}

/// Whether a predicted date range matches a gold date (see the module doc).
pub fn date_matches(start: NaiveDate, end: NaiveDate, gold: &GoldDate) -> bool {
    if (end - start).num_days() > 31 {
        return false;
    }
    let lo_ok = gold.lo.map_or(true, |lo| end >= lo);
    lo_ok && start <= gold.hi
}

/// A `YYYY-MM-DD` date, or the date part of a longer timestamp.
pub(crate) fn parse_iso(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

/// Scores results against key templates. `results` are the documents that
/// were run; templates of other documents are ignored.
pub fn score_keys(templates: &[KeyTemplate], results: &[DocumentResult], map: &KindMap, options: &MappingOptions) -> KeysReport {
    let by_id: BTreeMap<&str, &DocumentResult> = results.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut report = KeysReport { documents: by_id.len(), ..Default::default() };
    let mut templates_of: BTreeMap<&str, Vec<&KeyTemplate>> = BTreeMap::new();
    for t in templates {
        if by_id.contains_key(t.docid.as_str()) {
            templates_of.entry(t.docid.as_str()).or_default().push(t);
        }
    }
    for (docid, result) in &by_id {
        let candidates = incident_events(result, map, options);
        let has_claim = result.events.iter().any(|e| e.kind == EventKind::Claim);
        let Some(ts) = templates_of.get(docid) else { continue };
        if ts.iter().all(|t| t.empty) {
            report.false_alarm_docs.add(!candidates.is_empty());
            continue;
        }
        for t in ts.iter().filter(|t| !t.empty) {
            report.templates += 1;
            if t.optional {
                report.optional_templates += 1;
                continue;
            }
            report.required_templates += 1;
            let codes = t.country_codes();
            let type_ok = |ty: &MucType| t.types.contains(ty);
            let published = result.published.as_deref().and_then(parse_iso);
            let date_ok = |e: &sitrep_schema::Event| match &e.date {
                Some(d) => match (parse_iso(&d.start), parse_iso(&d.end)) {
                    (Some(s), Some(en)) => t.dates.iter().any(|g| date_matches(s, en, g)),
                    _ => false,
                },
                // MUC's fill for an incident the article does not date is
                // "- <article date>": on or before publication, which is
                // all an undated report says.
                None => published.is_some_and(|p| t.dates.iter().any(|g| g.lo.is_none() && g.hi == p)),
            };
            let country_ok = |e: &sitrep_schema::Event| {
                e.location.as_ref().and_then(|l| l.country.as_deref()).is_some_and(|c| codes.iter().any(|x| x.eq_ignore_ascii_case(c)))
            };
            report.incident_type.add(candidates.iter().any(|(_, ty)| type_ok(ty)));
            if !t.dates.is_empty() {
                report.date.add(candidates.iter().any(|(e, _)| date_ok(e)));
            }
            if !codes.is_empty() {
                report.country.add(candidates.iter().any(|(e, _)| country_ok(e)));
            }
            report.joint.add(candidates.iter().any(|(e, ty)| {
                type_ok(ty) && (t.dates.is_empty() || date_ok(e)) && (codes.is_empty() || country_ok(e))
            }));
            if t.has_death() {
                report.deaths.add(candidates.iter().any(|(e, _)| {
                    e.fatalities.as_ref().is_some_and(|f| f.best.or(f.low).is_some_and(|n| n > 0))
                }));
            }
            if let Some(total) = t.death_total() {
                let total = u64::from(total);
                report.death_count.add(candidates.iter().any(|(e, _)| {
                    e.fatalities.as_ref().is_some_and(|f| {
                        let lo = f.low.or(f.best).unwrap_or(u64::MAX);
                        let hi = f.high.or(f.best).unwrap_or(lo);
                        lo <= total && total <= hi
                    })
                }));
            }
            if !t.perp_confidence.is_empty() {
                let claimed = t.perp_confidence.contains(&PerpConfidence::ClaimedOrAdmitted);
                report.claimed_vs_claim_event.add(claimed, has_claim);
                if claimed {
                    let orgs: Vec<String> = t.perp_orgs.iter().map(|o| normalize(o)).collect();
                    report.claimed_by_perp_org.add(result.events.iter().filter(|e| e.kind == EventKind::Claim).any(|e| {
                        e.actors_with(Role::Claimant).any(|a| {
                            std::iter::once(a.text.as_str()).chain(a.name.as_deref()).any(|s| orgs.contains(&normalize(s)))
                        })
                    }));
                }
                for c in &t.perp_confidence {
                    report.confidence_with_claim_event.entry(c.as_str().to_string()).or_default().add(has_claim);
                }
                if !t.perp_orgs.is_empty() {
                    let orgs: Vec<String> = t.perp_orgs.iter().map(|o| normalize(o)).collect();
                    let events: Vec<&sitrep_schema::Event> = candidates.iter().map(|(e, _)| *e).collect();
                    let stance = stance_of_orgs(&events, &orgs);
                    for c in &t.perp_confidence {
                        *report.confidence_vs_stance.entry((c.as_str().to_string(), stance.to_string())).or_default() += 1;
                    }
                }
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_schema::{Count, DateValue, DatePrecision, Event, Location, Span, Trigger};

    const KEY: &str = r#";;; gk deleted murder 2 (redundant with 1)
0.  MESSAGE: ID                     TST1-MUC3-0001
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  02 FEB 90
3.  INCIDENT: LOCATION              GUATEMALA: SANTO TOMAS (FARM)
4.  INCIDENT: TYPE                  ATTACK
10. PERP: ORGANIZATION ID           "GUATEMALAN NATIONAL REVOLUTIONARY UNITY" / "URNG"
11. PERP: ORGANIZATION CONFIDENCE   REPORTED AS FACT / CLAIMED OR ADMITTED: "GUATEMALAN NATIONAL REVOLUTIONARY UNITY" / "URNG"
18. HUM TGT: NAME                   "CEREZO"
21. HUM TGT: NUMBER                 1: "CEREZO"
                                    6: "JESUIT PRIESTS" / "JESUITS"
23. HUM TGT: EFFECT OF INCIDENT     NO INJURY: "CEREZO"
                                    DEATH: "JESUITS"

0.  MESSAGE: ID                     TST1-MUC3-0001
1.  MESSAGE: TEMPLATE               2 (OPTIONAL)
2.  INCIDENT: DATE                  (13 NOV 89) / (- 15 NOV 89) / (10 NOV 89 - 12 NOV 89)
3.  INCIDENT: LOCATION              (EL SALVADOR: ZARAGOZA (TOWN)) / (COLOMBIA / ? HONDURAS)
4.  INCIDENT: TYPE                  ATTACK / BOMBING
11. PERP: ORGANIZATION CONFIDENCE   ? SUSPECTED OR ACCUSED BY AUTHORITIES: "X"
                                    (POSSIBLE / ACQUITTED): "Y"

0.  MESSAGE: ID                     TST1-MUC3-0002
1.  MESSAGE: TEMPLATE               *
2.  INCIDENT: DATE                  *
3.  INCIDENT: LOCATION              *
"#;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_templates_with_alternatives_and_continuations() {
        let ts = parse_keys(KEY, Path::new("key")).unwrap();
        assert_eq!(ts.len(), 3);
        let t = &ts[0];
        assert_eq!(t.docid, "TST1-MUC3-0001");
        assert_eq!((t.number, t.optional, t.empty), (Some(1), false, false));
        assert_eq!(t.dates, vec![GoldDate { lo: Some(d(1990, 2, 2)), hi: d(1990, 2, 2) }]);
        assert_eq!(t.countries, vec!["GUATEMALA".to_string()]);
        assert_eq!(t.country_codes(), vec!["GT"]);
        assert_eq!(t.types, vec![MucType::Attack]);
        assert_eq!(t.perp_confidence, vec![PerpConfidence::ReportedAsFact, PerpConfidence::ClaimedOrAdmitted]);
        assert!(t.has_death());
        let jesuits = t.human_targets.iter().find(|h| h.names.contains(&"JESUITS".to_string())).unwrap();
        assert_eq!(jesuits.number, Some(6));
        assert_eq!(jesuits.effects, vec!["DEATH".to_string()]);

        let t = &ts[1];
        assert!(t.optional && !t.required());
        assert_eq!(
            t.dates,
            vec![
                GoldDate { lo: Some(d(1989, 11, 13)), hi: d(1989, 11, 13) },
                GoldDate { lo: None, hi: d(1989, 11, 15) },
                GoldDate { lo: Some(d(1989, 11, 10)), hi: d(1989, 11, 12) },
            ]
        );
        assert_eq!(t.countries, vec!["EL SALVADOR".to_string(), "COLOMBIA".to_string(), "HONDURAS".to_string()]);
        assert_eq!(t.types, vec![MucType::Attack, MucType::Bombing]);
        assert_eq!(
            t.perp_confidence,
            vec![PerpConfidence::SuspectedOrAccusedByAuthorities, PerpConfidence::Possible, PerpConfidence::Acquitted]
        );
        assert!(ts[2].empty && ts[2].number.is_none());
    }

    #[test]
    fn datelines_give_publication_dates() {
        let text = "DEV-MUC3-0001 (NOSC)\n\n   SAN SALVADOR, 3 JAN 90 -- [REPORT] [TEXT] X\n\nDEV-MUC3-0002 (NOSC)\n\n   CLANDESTINE, NO DATE (RADIO) -- [TEXT] Y\nDEV-MUC3-0003 (NOSC)\n   LIMA (PERU), 12\nDEC 89 (EFE) -- [TEXT] 3 JAN 91\n";
        let dates = parse_datelines(text);
        assert_eq!(dates.get("DEV-MUC3-0001").map(String::as_str), Some("1990-01-03"));
        assert_eq!(dates.get("DEV-MUC3-0002"), None);
        assert_eq!(dates.get("DEV-MUC3-0003").map(String::as_str), Some("1989-12-12"));
    }

    #[test]
    fn date_matching_rules() {
        let exact = GoldDate { lo: Some(d(1990, 2, 2)), hi: d(1990, 2, 2) };
        assert!(date_matches(d(1990, 2, 2), d(1990, 2, 2), &exact));
        assert!(date_matches(d(1990, 2, 1), d(1990, 2, 7), &exact));
        assert!(!date_matches(d(1990, 2, 3), d(1990, 2, 3), &exact));
        assert!(!date_matches(d(1990, 1, 1), d(1990, 12, 31), &exact));
        let before = GoldDate { lo: None, hi: d(1990, 2, 4) };
        assert!(date_matches(d(1990, 2, 1), d(1990, 2, 1), &before));
        assert!(!date_matches(d(1990, 2, 5), d(1990, 2, 5), &before));
    }

    #[test]
    fn keys_scoring_counts_required_templates() {
        let ts = parse_keys(KEY, Path::new("key")).unwrap();
        let mut r1 = DocumentResult::empty("TST1-MUC3-0001");
        let mut e = Event::new("e1", EventKind::Attack, Trigger { text: "attacked".into(), span: Span(0, 1) });
        e.date = Some(DateValue { start: "1990-02-02".into(), end: "1990-02-02".into(), precision: DatePrecision::Day, text: "x".into(), span: Span(0, 1) });
        e.location = Some(Location { text: "x".into(), name: None, country: Some("GT".into()), admin1: None, lat: None, lon: None, precision: None, geonameid: None, span: Span(0, 1) });
        e.fatalities = Some(Count { low: Some(6), best: Some(6), high: Some(6), text: "six".into(), source: None, span: Span(0, 1), reports: vec![] });
        r1.events.push(e);
        r1.events.push(Event::new("e2", EventKind::Claim, Trigger { text: "claimed".into(), span: Span(0, 1) }));
        let mut r1_named = r1.clone();
        let mut claim = Event::new("e4", EventKind::Claim, Trigger { text: "claimed".into(), span: Span(0, 1) });
        claim.actors.push(bare_actor(Role::Claimant, "the URNG"));
        r1_named.events.push(claim);
        let named = score_keys(&ts, &[r1_named], KindMap::builtin(), &MappingOptions::default());
        assert_eq!(named.claimed_by_perp_org, Hits { correct: 1, total: 1 });
        let mut r2 = DocumentResult::empty("TST1-MUC3-0002");
        r2.events.push(Event::new("e3", EventKind::Kidnapping, Trigger { text: "kidnapped".into(), span: Span(0, 1) }));
        let report = score_keys(&ts, &[r1, r2], KindMap::builtin(), &MappingOptions::default());
        assert_eq!((report.templates, report.optional_templates, report.required_templates), (2, 1, 1));
        assert_eq!(report.incident_type, Hits { correct: 1, total: 1 });
        assert_eq!(report.date, Hits { correct: 1, total: 1 });
        assert_eq!(report.country, Hits { correct: 1, total: 1 });
        assert_eq!(report.joint, Hits { correct: 1, total: 1 });
        assert_eq!(report.deaths, Hits { correct: 1, total: 1 });
        // The key's DEATH target is the six JESUITS; the event reports six.
        assert_eq!(ts[0].death_total(), Some(6));
        assert_eq!(report.death_count, Hits { correct: 1, total: 1 });
        assert_eq!(report.false_alarm_docs, Hits { correct: 1, total: 1 });
        assert_eq!(report.claimed_vs_claim_event.gold_yes_pred_yes, 1);
        assert_eq!(ts[0].perp_orgs, vec!["GUATEMALAN NATIONAL REVOLUTIONARY UNITY".to_string(), "URNG".to_string()]);
        // The claim event has no claimant: the organisation check fails.
        assert_eq!(report.claimed_by_perp_org, Hits { correct: 0, total: 1 });
        assert_eq!(report.confidence_with_claim_event["REPORTED AS FACT"], Hits { correct: 1, total: 1 });
    }

    #[test]
    fn an_undated_incident_matches_on_or_before_the_article_date() {
        let mut t = parse_keys(KEY, Path::new("key")).unwrap().remove(0);
        t.optional = false;
        let published = NaiveDate::from_ymd_opt(1990, 2, 4).unwrap();
        t.dates = vec![GoldDate { lo: None, hi: published }];
        let mut r = DocumentResult::empty(t.docid.as_str());
        r.events.push(Event::new("e1", EventKind::Attack, Trigger { text: "attacked".into(), span: Span(0, 1) }));
        let score = |r: &DocumentResult| score_keys(std::slice::from_ref(&t), std::slice::from_ref(r), KindMap::builtin(), &MappingOptions::default()).date;
        // Without a publication date there is nothing to compare with.
        assert_eq!(score(&r), Hits { correct: 0, total: 1 });
        r.published = Some("1990-02-04".into());
        assert_eq!(score(&r), Hits { correct: 1, total: 1 });
        // "- 4 FEB" is not "- 3 FEB".
        r.published = Some("1990-02-05".into());
        assert_eq!(score(&r), Hits { correct: 0, total: 1 });
    }

    fn bare_actor(role: Role, text: &str) -> sitrep_schema::Actor {
        sitrep_schema::Actor { role, text: text.into(), name: None, id: None, kind: None, country: None, sector: None, cameo: None, generic: false, span: Span(0, 1) }
    }

    #[test]
    fn stance_of_an_organisation_is_the_most_committal_one() {
        use sitrep_schema::{Attribution, AttributedParty};
        let party = |text: &str, stance: &str| AttributedParty { text: text.into(), name: None, id: None, stance: stance.into(), by: None, statement: None };
        let mut e = Event::new("e1", EventKind::Attack, Trigger { text: "attacked".into(), span: Span(0, 1) });
        e.attribution = Some(Attribution { status: "disputed".into(), parties: vec![party("the FMLN", "denied"), party("FMLN", "claimed")] });
        let orgs = vec![normalize("FMLN")];
        assert_eq!(stance_of_orgs(&[&e], &orgs), "claimed");
        assert_eq!(stance_of_orgs(&[&e], &[normalize("ELN")]), "none");
        let mut plain = Event::new("e2", EventKind::Attack, Trigger { text: "attacked".into(), span: Span(0, 1) });
        plain.actors.push(bare_actor(Role::Perpetrator, "ELN"));
        assert_eq!(stance_of_orgs(&[&plain], &[normalize("eln")]), "perpetrator");
    }
}
