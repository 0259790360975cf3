//! The PETRARCH-2 gold-standard validation records (issue 6): does sitrep
//! produce the CAMEO event the record expects, between the expected actors?
//!
//! Records: `<Sentence date="YYYYMMDD" id=...>` followed by one or more
//! `<EventCoding eventcode=... sourcecode=... targetcode=.../>` (or one with
//! `noevents="True"`), a `<Text>` and a `<Parse>` (CoNLL-U, used only to
//! rebuild the sentence when `<Text>` is empty). The file opens
//! with a `#` comment block inside the root element and has XML comments
//! (some around a record's alternative parse), so it is read with a small
//! tolerant scanner rather than an XML library: comments are removed, then
//! tags are read in order and each `<Sentence` starts a record.
//!
//! Scoring ([`score_petrarch`]): sitrep's events that pass the modality
//! filter are compared with the expected codings of the same record, matched
//! one-to-one (maximum bipartite matching) at four levels: same CAMEO code
//! (`exact`), same root (first two digits, `root`), and each of those with
//! both actors right (`exact_actors`, `root_actors`). Actors: the expected
//! side is the first three letters of the CAMEO actor code (the country, or
//! `IGO`/`NGO`...; `---` means no country). sitrep's source side is the
//! event's perpetrator, claimant, accuser, speaker, denier and initiator
//! actors; its target side the target, victim, accused and recipient actors. A sitrep actor's code
//! is the first three letters of its `cameo` field, else its ISO alpha-2
//! `country` turned into alpha-3. A side matches when one of its codes
//! equals the expected one; an expected `---` matches a side with no code.
//! False alarms: `noevents` records on which sitrep produced any event that
//! passes the modality filter.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;
use sitrep_schema::{DocumentResult, Event, Modality, Role};

use crate::countries::iso2_to_iso3;
use crate::error::{read_to_string, EvalError};
use crate::matching::matching_size;
use crate::muc4_keys::Hits;

/// One expected event coding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PetrCoding {
    pub event: String,
    pub source: String,
    pub target: String,
}

/// One validation record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PetrRecord {
    pub id: String,
    pub category: Option<String>,
    /// The record's date as written (`20080804`).
    pub raw_date: Option<String>,
    /// The date as `YYYY-MM-DD` when it is a valid `YYYYMMDD`.
    pub date: Option<String>,
    pub codings: Vec<PetrCoding>,
    /// True when the record expects no event.
    pub noevents: bool,
    pub text: String,
}

/// Reads the validation file.
pub fn load_petrarch(path: &Path) -> Result<Vec<PetrRecord>, EvalError> {
    parse_petrarch(&read_to_string(path)?).map_err(|msg| EvalError::parse(path, None, msg))
}

/// Parses the text of a validation file (see the module doc).
pub fn parse_petrarch(xml: &str) -> Result<Vec<PetrRecord>, String> {
    let text = strip_comments(xml)?;
    let mut records: Vec<PetrRecord> = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let close = after.find('>').ok_or_else(|| "a tag is not closed with `>`".to_string())?;
        let tag = &after[..close];
        rest = &after[close + 1..];
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        match name.as_str() {
            "Sentence" => {
                let id = attribute(tag, "id").ok_or_else(|| format!("<Sentence> without id after record {}", records.len()))?;
                let raw_date = attribute(tag, "date");
                let date = raw_date.as_deref().and_then(yyyymmdd);
                records.push(PetrRecord {
                    id,
                    category: attribute(tag, "category"),
                    raw_date,
                    date,
                    codings: Vec::new(),
                    noevents: false,
                    text: String::new(),
                });
            }
            "EventCoding" => {
                // Codings outside a record (the header mentions the tag) are ignored.
                let Some(record) = records.last_mut() else { continue };
                if attribute(tag, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                    record.noevents = true;
                } else {
                    let get = |k: &str| attribute(tag, k).ok_or_else(|| format!("record {}: <EventCoding> without {k}", record.id));
                    let coding = PetrCoding { event: get("eventcode")?, source: get("sourcecode")?, target: get("targetcode")? };
                    record.codings.push(coding);
                }
            }
            "Text" if !tag.ends_with('/') => {
                let end = rest.find("</Text>").ok_or_else(|| "<Text> is not closed".to_string())?;
                if let Some(record) = records.last_mut() {
                    record.text = unescape(rest[..end].trim());
                }
                rest = &rest[end + "</Text>".len()..];
            }
            "Parse" if !tag.ends_with('/') => {
                let end = rest.find("</Parse>").ok_or_else(|| "<Parse> is not closed".to_string())?;
                if let Some(record) = records.last_mut() {
                    if record.text.is_empty() {
                        record.text = text_from_conllu(&rest[..end]);
                    }
                }
                rest = &rest[end + "</Parse>".len()..];
            }
            _ => {}
        }
    }
    Ok(records)
}

/// Rebuilds a sentence from CoNLL-U token forms (for a record whose `<Text>`
/// is empty), honouring `SpaceAfter=No`.
fn text_from_conllu(parse: &str) -> String {
    let mut out = String::new();
    for line in parse.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 || !cols[0].chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        out.push_str(&unescape(cols[1]));
        if !cols.get(9).is_some_and(|m| m.contains("SpaceAfter=No")) {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

fn strip_comments(xml: &str) -> Result<String, String> {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 4..];
        let end = after.find("-->").ok_or_else(|| "an XML comment `<!--` is never closed".to_string())?;
        rest = &after[end + 3..];
    }
    out.push_str(rest);
    Ok(out)
}

fn attribute(tag: &str, key: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(pos) = rest.find(key) {
        let before_ok = pos == 0 || rest[..pos].ends_with(char::is_whitespace);
        let after = rest[pos + key.len()..].trim_start();
        if before_ok {
            if let Some(value) = after.strip_prefix('=') {
                let value = value.trim_start();
                let quote = value.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let inner = &value[1..];
                    let end = inner.find(quote)?;
                    return Some(unescape(&inner[..end]));
                }
            }
        }
        rest = &rest[pos + key.len()..];
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

fn yyyymmdd(s: &str) -> Option<String> {
    if s.len() != 8 || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let date = chrono::NaiveDate::parse_from_str(s, "%Y%m%d").ok()?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// Which events count and how.
#[derive(Debug, Clone, PartialEq)]
pub struct PetrOptions {
    pub modalities: Vec<Modality>,
    /// CAMEO coders code the country where a protest or an act of force
    /// happened as its target when the text names no one it was aimed at
    /// ("protested in Beijing" → CHN, "killed in tank shelling in Gaza" →
    /// PSE). With this on, such an event of sitrep's with no target of
    /// known country takes the country of its place on the target side.
    pub place_as_target: bool,
}

impl Default for PetrOptions {
    fn default() -> Self {
        PetrOptions { modalities: vec![Modality::Asserted], place_as_target: true }
    }
}

const SOURCE_ROLES: [Role; 6] = [Role::Perpetrator, Role::Claimant, Role::Accuser, Role::Speaker, Role::Denier, Role::Initiator];
const TARGET_ROLES: [Role; 4] = [Role::Target, Role::Victim, Role::Accused, Role::Recipient];

/// The three-letter codes of an event's actors in the given roles.
pub fn side_codes(event: &Event, roles: &[Role]) -> BTreeSet<String> {
    event
        .actors
        .iter()
        .filter(|a| roles.contains(&a.role))
        .filter_map(|a| {
            // The actor's own country first: a nationality word gives one
            // to an international entry ("Filipino peacekeepers" are PHL,
            // not the IGO of "UN peacekeepers"). A bare role code ("GOV",
            // "CVL": a generic agent with no country) says nothing about
            // the country.
            let from_cameo = || {
                a.cameo
                    .as_deref()
                    .filter(|c| c.len() >= 3 && c.is_char_boundary(3))
                    .map(|c| c[..3].to_ascii_uppercase())
                    .filter(|c| is_country_part(c))
            };
            a.country.as_deref().and_then(iso2_to_iso3).map(str::to_string).or_else(from_cameo)
        })
        .collect()
}

/// True if the first three letters of a CAMEO actor code name a country or
/// an international actor, not a role.
fn is_country_part(code: &str) -> bool {
    matches!(code, "IGO" | "NGO" | "IMG" | "MNC" | "UIS" | "NGM" | "REG") || crate::countries::iso3_is_country(code)
}

/// sitrep's source side codes of an event.
pub fn source_codes(event: &Event) -> BTreeSet<String> {
    side_codes(event, &SOURCE_ROLES)
}

/// sitrep's target side codes of an event.
pub fn target_codes(event: &Event) -> BTreeSet<String> {
    side_codes(event, &TARGET_ROLES)
}

/// The target side as a CAMEO coder reads it. An event's own targets first.
/// A statement about another event with none of its own ("claimed
/// responsibility for the attack", "expressed sorrow for the shootings") is
/// directed at that event's target. Failing both, and if `options` says so,
/// a protest or act of force (CAMEO roots 14 to 20) is aimed at the country
/// it happened in.
pub fn cameo_targets(event: &Event, all: &[Event], options: &PetrOptions) -> BTreeSet<String> {
    let own = target_codes(event);
    if !own.is_empty() {
        return own;
    }
    let about = event.about.as_deref().and_then(|id| all.iter().find(|e| e.id == id && e.id != event.id));
    if let Some(about) = about {
        let theirs = target_codes(about);
        if !theirs.is_empty() {
            return theirs;
        }
        return place_target(about, options);
    }
    place_target(event, options)
}

fn place_target(event: &Event, options: &PetrOptions) -> BTreeSet<String> {
    let conflict = event.cameo.as_deref().and_then(|c| c.get(..2)).and_then(|r| r.parse::<u8>().ok()).is_some_and(|r| (14..=20).contains(&r));
    if !options.place_as_target || !conflict {
        return BTreeSet::new();
    }
    event.location.as_ref().and_then(|l| l.country.as_deref()).and_then(iso2_to_iso3).map(str::to_string).into_iter().collect()
}

fn side_matches(expected: &str, codes: &BTreeSet<String>) -> bool {
    let country: String = expected.chars().take(3).collect::<String>().to_ascii_uppercase();
    if country == "---" || country.is_empty() {
        codes.is_empty()
    } else {
        codes.contains(&country)
    }
}

fn root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// Match flags of one expected coding against one event dyad.
fn levels(coding: &PetrCoding, event: &Event, dyad: &Dyad) -> [bool; 4] {
    let Some(cameo) = event.cameo.as_deref() else { return [false; 4] };
    let exact = cameo == coding.event;
    let root_ok = root(cameo) == root(&coding.event);
    let actors = side_matches(&coding.source, &dyad.sources) && side_matches(&coding.target, &dyad.targets);
    [exact, root_ok, exact && actors, root_ok && actors]
}

/// One source-target pair of an event, as CAMEO codes events: one record
/// per dyad. "US and British activists staged a protest in Beijing" is
/// one sitrep event with two source countries, and two CAMEO events (USA
/// → CHN, GBR → CHN), so it can match two expected codings. A side with
/// no known country stays as it is (empty).
#[derive(Debug, Clone, PartialEq)]
struct Dyad {
    event: usize,
    sources: BTreeSet<String>,
    targets: BTreeSet<String>,
}

fn dyads(event: usize, sources: BTreeSet<String>, targets: BTreeSet<String>) -> Vec<Dyad> {
    let split = |side: BTreeSet<String>| -> Vec<BTreeSet<String>> {
        if side.len() <= 1 {
            vec![side]
        } else {
            side.into_iter().map(|c| BTreeSet::from([c])).collect()
        }
    };
    let targets = split(targets);
    split(sources)
        .into_iter()
        .flat_map(|s| targets.iter().map(move |t| Dyad { event, sources: s.clone(), targets: t.clone() }))
        .collect()
}

/// Per-record outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PetrRecordScore {
    pub id: String,
    pub expected: usize,
    /// Expected codings matched at the levels exact, root, exact+actors, root+actors.
    pub matched: [usize; 4],
    /// sitrep events that pass the modality filter.
    pub predicted: usize,
    pub noevents: bool,
}

/// The PETRARCH report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PetrReport {
    pub records: usize,
    pub expected_events: usize,
    pub exact: Hits,
    pub root: Hits,
    pub exact_actors: Hits,
    pub root_actors: Hits,
    /// `noevents` records with a predicted event.
    pub false_alarms: Hits,
    /// Predicted event dyads on event records left unmatched at the root
    /// level (an event with two source countries is two dyads).
    pub spurious_events: usize,
    pub per_record: Vec<PetrRecordScore>,
}

/// Scores results (one per record, same order) against the records.
pub fn score_petrarch(records: &[PetrRecord], results: &[DocumentResult], options: &PetrOptions) -> PetrReport {
    let mut report = PetrReport { records: records.len().min(results.len()), ..Default::default() };
    for (record, result) in records.iter().zip(results) {
        let events: Vec<&Event> = result.events.iter().filter(|e| options.modalities.contains(&e.modality)).collect();
        let units: Vec<Dyad> = events.iter().enumerate().flat_map(|(i, e)| dyads(i, source_codes(e), cameo_targets(e, &result.events, options))).collect();
        let mut matched = [0usize; 4];
        for (level, slot) in matched.iter_mut().enumerate() {
            let adjacent: Vec<Vec<usize>> = record
                .codings
                .iter()
                .map(|c| units.iter().enumerate().filter(|&(_, d)| levels(c, events[d.event], d)[level]).map(|(i, _)| i).collect())
                .collect();
            *slot = matching_size(&adjacent, units.len());
        }
        let n = record.codings.len();
        report.expected_events += n;
        for (hits, m) in [&mut report.exact, &mut report.root, &mut report.exact_actors, &mut report.root_actors].into_iter().zip(matched) {
            hits.correct += m;
            hits.total += n;
        }
        if record.noevents && record.codings.is_empty() {
            report.false_alarms.add(!events.is_empty());
        } else {
            report.spurious_events += units.len().saturating_sub(matched[1]);
        }
        report.per_record.push(PetrRecordScore { id: record.id.clone(), expected: n, matched, predicted: events.len(), noevents: record.noevents });
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_schema::{Actor, ActorKind, EventKind, Span, Trigger};

    const SAMPLE: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<Validation>
#####
#   then the addition of <EventCoding...> records based on the PETR-2 output
#####
<Sentences>
<Sentence category="AFP" date="20080804" id="A_1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>
The US leader &amp; the Chinese.
</Text>
<Parse>
1	The	the	DET
</Parse></Sentence>
<Sentence category="AFP" date="121108" id="A_2" evaluate="true">
<!-- PATTERN * TALKS   [046:046]     # HOLD-->
<EventCoding noevents="True" />
<Text>
Tanks head back.
</Text>
<Parse>
1	x
</Parse>
<!---
<Parse>
1	y
</Parse>-->
</Sentence>
<Sentence category="OTHER" date="20150609" id="A_3" evaluate="true"/>
<EventCoding eventcode="031" sourcecode="BRA" targetcode="USA" />
<EventCoding eventcode="031" sourcecode="USA" targetcode="BRA" />
<Text>Brazil and the US met.</Text>
<Sentence category="OTHER" date="20150101" id="A_4" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="NGAREB" targetcode="NGAMUS" />
<Text>
</Text>
<Parse>
1	Boko	Boko	PROPN	NNP	_	2	name	_	_
2	Haram	Haram	PROPN	NNP	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
</Sentences>
</Validation>
"#;

    #[test]
    fn parses_records_tolerantly() {
        let rs = parse_petrarch(SAMPLE).unwrap();
        assert_eq!(rs.len(), 4);
        assert_eq!(rs[3].text, "Boko Haram.");
        assert_eq!(rs[0].id, "A_1");
        assert_eq!(rs[0].date.as_deref(), Some("2008-08-04"));
        assert_eq!(rs[0].codings, vec![PetrCoding { event: "042".into(), source: "USA".into(), target: "CHN".into() }]);
        assert_eq!(rs[0].text, "The US leader & the Chinese.");
        assert!(rs[1].noevents && rs[1].codings.is_empty());
        assert_eq!(rs[1].date, None);
        assert_eq!(rs[1].raw_date.as_deref(), Some("121108"));
        assert_eq!(rs[2].codings.len(), 2);
        assert!(parse_petrarch("<Validation><!-- open").is_err());
    }

    fn actor(role: Role, country: Option<&str>, cameo: Option<&str>) -> Actor {
        Actor {
            role,
            text: "x".into(),
            name: None,
            id: None,
            kind: Some(ActorKind::Country),
            country: country.map(String::from),
            sector: None,
            cameo: cameo.map(String::from),
            generic: false,
            span: Span(0, 1),
        }
    }

    fn event(cameo: &str, actors: Vec<Actor>) -> Event {
        let mut e = Event::new("e", EventKind::Statement, Trigger { text: "met".into(), span: Span(0, 1) });
        e.cameo = Some(cameo.into());
        e.actors = actors;
        e
    }

    #[test]
    fn scores_levels_and_false_alarms() {
        let rs = parse_petrarch(SAMPLE).unwrap();
        let mut r0 = DocumentResult::empty("A_1");
        // Root right (04), code wrong (043), actors right via country and cameo.
        r0.events.push(event("043", vec![actor(Role::Speaker, Some("US"), None), actor(Role::Target, None, Some("CHNGOV"))]));
        let mut r1 = DocumentResult::empty("A_2");
        r1.events.push(event("190", vec![]));
        let mut r2 = DocumentResult::empty("A_3");
        // One event for two codings: counts once; swapped actors of the second.
        r2.events.push(event("031", vec![actor(Role::Speaker, Some("BR"), None), actor(Role::Target, Some("US"), None)]));
        let report = score_petrarch(&rs, &[r0, r1, r2], &PetrOptions::default());
        // Record A_4 has no result: scoring stops at the shorter list.
        assert_eq!(report.expected_events, 3);
        assert_eq!(report.exact, Hits { correct: 1, total: 3 });
        assert_eq!(report.root, Hits { correct: 2, total: 3 });
        assert_eq!(report.exact_actors, Hits { correct: 1, total: 3 });
        assert_eq!(report.root_actors, Hits { correct: 2, total: 3 });
        assert_eq!(report.false_alarms, Hits { correct: 1, total: 1 });
        assert_eq!(report.spurious_events, 0);
    }

    #[test]
    fn an_event_of_several_source_countries_is_one_dyad_each() {
        let xml = r#"<Sentence category="X" date="20080806" id="B_1" evaluate="true"/>
<EventCoding eventcode="141" sourcecode="GBROPP" targetcode="CHN" />
<EventCoding eventcode="141" sourcecode="USAOPP" targetcode="CHN" />
<Text>US and British activists protested in Beijing.</Text>
"#;
        let rs = parse_petrarch(xml).unwrap();
        let mut r = DocumentResult::empty("B_1");
        r.events.push(event("141", vec![actor(Role::Perpetrator, Some("US"), None), actor(Role::Perpetrator, Some("GB"), None), actor(Role::Target, Some("CN"), None)]));
        let report = score_petrarch(&rs, &[r.clone()], &PetrOptions::default());
        assert_eq!(report.root_actors, Hits { correct: 2, total: 2 });
        assert_eq!(report.spurious_events, 0);
        // One source country: one dyad, one coding at most.
        r.events[0].actors.remove(1);
        let report = score_petrarch(&rs, &[r], &PetrOptions::default());
        assert_eq!(report.root_actors, Hits { correct: 1, total: 2 });
        assert_eq!(dyads(0, BTreeSet::new(), BTreeSet::new()).len(), 1);
    }

    #[test]
    fn role_codes_are_no_country() {
        // A generic agent ("the government") has a role code and no country.
        let e = event("0841", vec![actor(Role::Speaker, None, Some("GOV")), actor(Role::Victim, Some("UA"), Some("CVL"))]);
        let coding = PetrCoding { event: "0841".into(), source: "---GOV".into(), target: "UKRCVL".into() };
        assert_eq!(levels(&coding, &e, &Dyad { event: 0, sources: source_codes(&e), targets: target_codes(&e) }), [true, true, true, true]);
    }

    #[test]
    fn statements_and_force_take_their_target_from_what_they_are_about() {
        let place = |country: &str| sitrep_schema::Location { text: String::new(), name: None, country: Some(country.into()), admin1: None, lat: None, lon: None, precision: None, geonameid: None, span: Span(0, 0) };
        let mut attack = event("180", vec![actor(Role::Perpetrator, Some("SO"), None)]);
        attack.id = "e1".into();
        attack.location = Some(place("KE"));
        let mut claim = event("015", vec![actor(Role::Claimant, Some("SO"), None)]);
        claim.id = "e2".into();
        claim.about = Some("e1".into());
        let all = vec![attack.clone(), claim.clone()];
        let on = PetrOptions::default();
        let off = PetrOptions { place_as_target: false, ..PetrOptions::default() };
        let kenya: BTreeSet<String> = ["KEN".to_string()].into();
        // The attack in Kenya with no named target is aimed at Kenya, and
        // so is the claim of it.
        assert_eq!(cameo_targets(&attack, &all, &on), kenya);
        assert_eq!(cameo_targets(&claim, &all, &on), kenya);
        assert!(cameo_targets(&claim, &all, &off).is_empty());
        // A named target wins over the place, and passes to the claim.
        let mut hit = attack.clone();
        hit.actors.push(actor(Role::Target, Some("IQ"), None));
        let all = vec![hit.clone(), claim.clone()];
        let iraq: BTreeSet<String> = ["IRQ".to_string()].into();
        assert_eq!(cameo_targets(&hit, &all, &on), iraq);
        assert_eq!(cameo_targets(&claim, &all, &off), iraq);
        // A meeting is not aimed at the country it is held in.
        let mut meeting = event("040", vec![actor(Role::Initiator, Some("US"), None)]);
        meeting.location = Some(place("CH"));
        assert!(cameo_targets(&meeting, &[meeting.clone()], &on).is_empty());
    }

    #[test]
    fn unknown_country_side() {
        let e = event("0841", vec![actor(Role::Speaker, Some("RU"), None)]);
        let coding = PetrCoding { event: "0841".into(), source: "RUSGOV".into(), target: "---CVL".into() };
        assert_eq!(levels(&coding, &e, &Dyad { event: 0, sources: source_codes(&e), targets: target_codes(&e) }), [true, true, true, true]);
        let e = event("0841", vec![actor(Role::Speaker, Some("RU"), None), actor(Role::Victim, Some("UA"), None)]);
        assert_eq!(levels(&coding, &e, &Dyad { event: 0, sources: source_codes(&e), targets: target_codes(&e) }), [true, true, false, false]);
        // Initiator and recipient are the source and target sides.
        let coding = PetrCoding { event: "042".into(), source: "USAGOV".into(), target: "CHN".into() };
        let e = event("042", vec![actor(Role::Initiator, Some("US"), None), actor(Role::Recipient, None, Some("CHNGOV"))]);
        assert_eq!(levels(&coding, &e, &Dyad { event: 0, sources: source_codes(&e), targets: target_codes(&e) }), [true, true, true, true]);
    }
}
