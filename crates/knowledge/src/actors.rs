//! The actor registry: countries (names, codes, demonyms, capitals used as
//! metonyms), named organisations and armed groups, and generic agents
//! ("troops", "gunmen", "the foreign ministry"), each with a stable id, kind,
//! country, sector and CAMEO code; and a one-pass matcher over running text
//! that composes demonym/country + agent into a compound actor
//! ("Salvadoran soldiers" → SLVMIL, "the army of Nigeria" → NGAMIL).
//!
//! Why data files: the lists change with the news and must be reviewed in
//! diffs, so they are TSV in `data/` (formats below and in
//! [`crate::countries`]), not Rust literals.
//!
//! # `data/actors.tsv` (named actors) and `data/agents.tsv` (generic agents)
//! UTF-8, tab-separated, header line first, `#` comments and blank lines
//! ignored. Columns:
//! ```text
//! actors.tsv:  id  name  kind  country  sector  cameo  aliases
//! agents.tsv:  id  name  kind  sector  cameo  aliases
//! ```
//! - `id`: stable, never reused (`grp.al_shabaab`, `igo.un`, `agt.soldiers`).
//! - `kind`: person | organization | group | country | facility | object.
//! - `country`: ISO 3166-1 alpha-2 or empty; `sector`: a lower-case word
//!   (government, military, police, intelligence, rebel, insurgent, ...).
//! - `cameo`: full CAMEO actor code for named actors (`IRQREB`, `IGOUNO`);
//!   for agents only the role part (`MIL`), prefixed with the country when
//!   composed.
//! - `aliases`: `|`-separated extra names (the canonical name is always an
//!   alias; written in capitals, it is matched with exact case as if it
//!   were `=NAME`). Matching folds case, accents and punctuation. A leading `=`
//!   requires the exact case as written ("=IS" matches "IS", never "is"; in an
//!   ALL-CAPS document such forms of two letters or fewer are ignored). A
//!   leading `!` is the same but never matches in an ALL-CAPS document, for
//!   acronyms that are English words ("!WHO", "!FAR"). A leading `^`
//!   requires capitalisation in mixed-case text ("^Wagner").
//!
//! Country actors are generated from the gazetteer's countries joined with
//! `data/countries.tsv`: id `cty.<ISO3>`, CAMEO the country code; capitals
//! give `cty.<ISO3>.gov` metonym entries ("Kabul said"). Compounds get id
//! `cty.<ISO3>.<role>` (lower-case role) and CAMEO `<ISO3><ROLE>`.

use foldhash::{HashMap, HashMapExt};
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use serde::Serialize;
use sitrep_schema::ActorKind;

use crate::countries::CountryTable;
use crate::fold::{fold_name, TextCase, Tokens};
use crate::gazetteer::Gazetteer;

/// Particles inside Spanish, Portuguese and Italian names ("Alfonso de
/// Lima"): a capital after one is part of the name.
const NAME_PARTICLES: &[&str] = &["de", "del", "da", "do", "dos", "di"];

/// What sort of registry entry this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryType {
    /// A named actor: an armed group, an institution, an international body.
    Named,
    /// A country as an actor.
    Country,
    /// A capital standing for its government ("Kabul said").
    Metonym,
    /// A generic agent noun ("soldiers", "gunmen"), no country by itself.
    Agent,
    /// A country (or demonym) composed with an agent noun.
    Compound,
}

/// One actor of the registry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorEntry {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub entry_type: EntryType,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-3.
    pub country3: Option<String>,
    pub sector: Option<String>,
    /// CAMEO actor code (for agents: the role code alone, e.g. `MIL`).
    pub cameo: Option<String>,
    pub aliases: Vec<String>,
    /// Demonyms (country entries only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub demonyms: Vec<String>,
}

/// An actor found in running text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorMention {
    /// Byte range in the text.
    pub range: Range<usize>,
    pub text: String,
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub entry_type: EntryType,
    pub country: Option<String>,
    pub country3: Option<String>,
    pub sector: Option<String>,
    pub cameo: Option<String>,
    /// Other entries the same words could mean (e.g. two groups called ELN).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
}

/// A malformed registry data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryError(pub String);

impl std::fmt::Display for RegistryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "actor registry: {}", self.0)
    }
}
impl std::error::Error for RegistryError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CasePolicy {
    Any,
    Exact,
    /// Exact case, and never in an ALL-CAPS document ("WHO", "FAR", "CAR").
    ExactMixed,
    Capitalised,
}

#[derive(Debug, Clone)]
struct Target {
    entry: usize,
    policy: CasePolicy,
    /// The exact form for `CasePolicy::Exact` (see [`exact_form`]).
    exact: String,
    demonym: bool,
}

/// The registry with its matcher.
pub struct ActorRegistry {
    entries: Vec<ActorEntry>,
    by_id: HashMap<String, usize>,
    /// Folded alias → targets.
    patterns: HashMap<String, Vec<Target>>,
    /// Pattern number → folded alias, in automaton order.
    pattern_keys: Vec<String>,
    automaton: AhoCorasick,
}

fn parse_kind(s: &str) -> Option<ActorKind> {
    Some(match s {
        "person" => ActorKind::Person,
        "organization" => ActorKind::Organization,
        "group" => ActorKind::Group,
        "country" => ActorKind::Country,
        "facility" => ActorKind::Facility,
        "object" => ActorKind::Object,
        _ => return None,
    })
}

/// The form compared for exact-case aliases: no white space, no final dot
/// (a token span ends before it), so "U.S." and "U.S" compare equal.
fn exact_form(s: &str) -> String {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    t.trim_end_matches('.').to_string()
}

fn split_aliases(s: &str) -> Vec<String> {
    s.split('|').map(str::trim).filter(|a| !a.is_empty()).map(String::from).collect()
}

impl ActorRegistry {
    /// Builds the registry from the two TSV files, the country table and the
    /// gazetteer's countries. Errors name the file and line.
    pub fn build(actors_tsv: &str, agents_tsv: &str, countries: &CountryTable, gaz: &Gazetteer) -> Result<ActorRegistry, RegistryError> {
        let mut entries: Vec<ActorEntry> = Vec::new();
        // (entry, raw alias with markers, demonym)
        let mut aliases: Vec<(usize, String, bool)> = Vec::new();

        for c in gaz.countries() {
            let extra = countries.get(&c.iso2);
            let cameo = extra.map_or(c.iso3.clone(), |e| e.cameo.clone());
            let idx = entries.len();
            let mut names = vec![c.name.clone()];
            if let Some(e) = extra {
                names.extend(e.names_raw.iter().cloned());
            }
            let demonyms = extra.map(|e| e.demonyms.clone()).unwrap_or_default();
            entries.push(ActorEntry {
                id: format!("cty.{}", c.iso3),
                name: c.name.clone(),
                kind: ActorKind::Country,
                entry_type: EntryType::Country,
                country: Some(c.iso2.clone()),
                country3: Some(c.iso3.clone()),
                sector: None,
                cameo: Some(cameo.clone()),
                aliases: names.iter().map(|n| n.trim_start_matches(['=', '^', '!']).to_string()).collect(),
                demonyms: demonyms.clone(),
            });
            for n in names {
                aliases.push((idx, n, false));
            }
            for d in extra.map(|e| e.demonyms_raw.clone()).unwrap_or_default() {
                aliases.push((idx, d, true));
            }
        }
        // Capitals as metonyms, unless the name is also a country's
        // ("Djibouti") or a common English word ("Male").
        let country_keys: std::collections::HashSet<String> =
            aliases.iter().map(|(_, a, _)| fold_name(a.trim_start_matches(['=', '^', '!']))).collect();
        let n_countries = entries.len();
        for ci in 0..n_countries {
            let (iso2, iso3, cameo) = {
                let e = &entries[ci];
                (e.country.clone(), e.country3.clone(), e.cameo.clone())
            };
            let Some(country) = iso2.as_deref().and_then(|c| gaz.country_by_code(c)) else { continue };
            let cap = country.capital.clone();
            let key = fold_name(&cap);
            if key.len() < 4 || country_keys.contains(&key) || gaz.is_common_word(&cap) {
                continue;
            }
            let idx = entries.len();
            entries.push(ActorEntry {
                id: format!("cty.{}.gov", iso3.as_deref().unwrap_or("")),
                name: format!("{} government", country.name),
                kind: ActorKind::Organization,
                entry_type: EntryType::Metonym,
                country: iso2,
                country3: iso3,
                sector: Some("government".into()),
                cameo: cameo.map(|c| format!("{c}GOV")),
                aliases: vec![cap.clone()],
                demonyms: vec![],
            });
            aliases.push((idx, format!("^{cap}"), false));
        }

        for (n, line) in actors_tsv.lines().enumerate().skip(1) {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 7 {
                return Err(RegistryError(format!("actors.tsv line {}: expected 7 tab-separated fields, got {}", n + 1, f.len())));
            }
            let kind = parse_kind(f[2]).ok_or_else(|| RegistryError(format!("actors.tsv line {}: unknown kind {:?}", n + 1, f[2])))?;
            let iso2 = (!f[3].is_empty()).then(|| f[3].to_string());
            let country3 = match iso2.as_deref() {
                Some(c) => Some(
                    gaz.country_by_code(c)
                        .map(|k| k.iso3.clone())
                        .ok_or_else(|| RegistryError(format!("actors.tsv line {}: unknown country {c:?}", n + 1)))?,
                ),
                None => None,
            };
            let idx = entries.len();
            let al = split_aliases(f[6]);
            entries.push(ActorEntry {
                id: f[0].into(),
                name: f[1].into(),
                kind,
                entry_type: EntryType::Named,
                country: iso2,
                country3,
                sector: (!f[4].is_empty()).then(|| f[4].to_string()),
                cameo: (!f[5].is_empty()).then(|| f[5].to_string()),
                aliases: std::iter::once(f[1].to_string()).chain(al.iter().map(|a| a.trim_start_matches(['=', '^', '!']).to_string())).collect(),
                demonyms: vec![],
            });
            // An acronym as canonical name ("MIT", "ETA", "ARENA") matches
            // with its exact case only.
            let acronym = f[1].chars().filter(|c| c.is_alphabetic()).count() >= 2 && !f[1].chars().any(char::is_lowercase);
            aliases.push((idx, if acronym { format!("={}", f[1]) } else { f[1].to_string() }, false));
            for a in al {
                aliases.push((idx, a, false));
            }
        }
        for (n, line) in agents_tsv.lines().enumerate().skip(1) {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 6 {
                return Err(RegistryError(format!("agents.tsv line {}: expected 6 tab-separated fields, got {}", n + 1, f.len())));
            }
            let kind = parse_kind(f[2]).ok_or_else(|| RegistryError(format!("agents.tsv line {}: unknown kind {:?}", n + 1, f[2])))?;
            let idx = entries.len();
            let al = split_aliases(f[5]);
            entries.push(ActorEntry {
                id: f[0].into(),
                name: f[1].into(),
                kind,
                entry_type: EntryType::Agent,
                country: None,
                country3: None,
                sector: (!f[3].is_empty()).then(|| f[3].to_string()),
                cameo: (!f[4].is_empty()).then(|| f[4].to_string()),
                aliases: std::iter::once(f[1].to_string()).chain(al.iter().cloned()).collect(),
                demonyms: vec![],
            });
            aliases.push((idx, f[1].to_string(), false));
            for a in al {
                aliases.push((idx, a, false));
            }
        }

        let mut by_id = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if by_id.insert(e.id.clone(), i).is_some() {
                return Err(RegistryError(format!("duplicate id {:?}", e.id)));
            }
        }
        let mut patterns: HashMap<String, Vec<Target>> = HashMap::new();
        for (entry, raw, demonym) in aliases {
            let (policy, form) = if let Some(r) = raw.strip_prefix('=') {
                (CasePolicy::Exact, r)
            } else if let Some(r) = raw.strip_prefix('!') {
                (CasePolicy::ExactMixed, r)
            } else if let Some(r) = raw.strip_prefix('^') {
                (CasePolicy::Capitalised, r)
            } else {
                (CasePolicy::Any, raw.as_str())
            };
            let key = fold_name(form);
            if key.is_empty() {
                continue;
            }
            let exact = exact_form(form);
            let list = patterns.entry(key).or_default();
            if !list.iter().any(|t| t.entry == entry && t.policy == policy) {
                list.push(Target { entry, policy, exact, demonym });
            }
        }
        let mut pattern_keys: Vec<String> = patterns.keys().cloned().collect();
        pattern_keys.sort();
        // Every pattern ends in a space and is searched anchored at a token
        // start over text whose tokens are separated by spaces: the longest
        // match then always ends on a word boundary.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(pattern_keys.iter().map(|k| format!("{k} ")))
            .map_err(|e| RegistryError(format!("cannot build the matcher: {e}")))?;
        Ok(ActorRegistry { entries, by_id, patterns, pattern_keys, automaton })
    }

    pub fn entries(&self) -> &[ActorEntry] {
        &self.entries
    }

    /// True if `word` is a country's demonym ("Somali", "Afghan"): an
    /// adjective of nationality, whatever place also bears the name.
    pub fn is_demonym(&self, word: &str) -> bool {
        self.patterns.get(&fold_name(word)).is_some_and(|targets| targets.iter().any(|t| t.demonym && self.entries[t.entry].entry_type == EntryType::Country))
    }

    /// Number of distinct folded names the matcher knows.
    pub fn pattern_count(&self) -> usize {
        self.pattern_keys.len()
    }

    pub fn get(&self, id: &str) -> Option<&ActorEntry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Entries called `name` (any alias or demonym; case, accents and
    /// punctuation ignored). A demonym or country followed by an agent noun
    /// ("Nigerian army") returns the composed actor.
    pub fn lookup(&self, name: &str) -> Vec<ActorEntry> {
        let key = fold_name(name);
        if let Some(t) = self.patterns.get(&key) {
            let mut seen = Vec::new();
            for x in t {
                if !seen.contains(&x.entry) {
                    seen.push(x.entry);
                }
            }
            return seen.into_iter().map(|i| self.entries[i].clone()).collect();
        }
        // Try composition on the whole string.
        let m = self.find_mentions(name);
        let toks = Tokens::new(name);
        // The whole name, a leading "the" aside.
        let skip = usize::from(toks.tokens.len() > 1 && toks.folded_token(0) == "the");
        let whole = toks.tokens.get(skip).zip(toks.tokens.last()).map(|(a, b)| a.range.start..b.range.end);
        if m.len() == 1 && Some(m[0].range.clone()) == whole && m[0].entry_type == EntryType::Compound {
            let x = &m[0];
            return vec![ActorEntry {
                id: x.id.clone(),
                name: x.name.clone(),
                kind: x.kind,
                entry_type: EntryType::Compound,
                country: x.country.clone(),
                country3: x.country3.clone(),
                sector: x.sector.clone(),
                cameo: x.cameo.clone(),
                aliases: vec![],
                demonyms: vec![],
            }];
        }
        Vec::new()
    }

    /// Actor mentions in running text, longest match first, on word
    /// boundaries, never across clause punctuation, with byte ranges; a
    /// country or demonym directly followed by an agent noun (optionally via
    /// "'s"), or an agent noun followed by "of [the] <country>", is merged
    /// into one compound mention.
    pub fn find_mentions(&self, text: &str) -> Vec<ActorMention> {
        let toks = Tokens::new(text);
        self.find_mentions_in(text, &toks)
    }

    pub(crate) fn find_mentions_in(&self, text: &str, toks: &Tokens) -> Vec<ActorMention> {
        let case = TextCase::detect(text);
        // Matching copy: hard breaks become spaces; spans are re-checked.
        let mut hay = toks.folded.replace('|', " ");
        hay.push(' ');
        let n = toks.tokens.len();
        // (first token, last token, targets accepted)
        let mut raw: Vec<(usize, usize, Vec<&Target>)> = Vec::new();
        let mut i = 0;
        while i < n {
            let start = toks.tokens[i].folded.start;
            let input = Input::new(&hay).range(start..hay.len()).anchored(Anchored::Yes);
            let found = self.automaton.find(input).and_then(|m| {
                let last = toks.token_ending_at(m.end() - 1)?;
                Some((last, m.pattern().as_usize()))
            });
            let mut accepted = None;
            if let Some((mut last, mut pid)) = found {
                // Longest match spans a hard break: retry shorter spans.
                loop {
                    if !(i + 1..=last).any(|k| toks.tokens[k].hard_break_before) {
                        let targets = self.accept(text, toks, case, i, last, &self.patterns[&self.pattern_keys[pid]]);
                        if !targets.is_empty() {
                            accepted = Some((last, targets));
                        }
                        break;
                    }
                    let Some(next) = self.longest_within(toks, i, last) else { break };
                    (last, pid) = next;
                }
            }
            match accepted {
                Some((last, targets)) => {
                    raw.push((i, last, targets));
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        self.compose(text, toks, raw)
    }

    /// The longest pattern starting at token `i` and ending before `last`
    /// without crossing a hard break.
    fn longest_within(&self, toks: &Tokens, i: usize, last: usize) -> Option<(usize, usize)> {
        let mut key = String::new();
        let mut best = None;
        for k in i..last {
            if k > i {
                if toks.tokens[k].hard_break_before {
                    break;
                }
                key.push(' ');
            }
            key.push_str(toks.folded_token(k));
            if let Ok(pid) = self.pattern_keys.binary_search(&key) {
                best = Some((k, pid));
            }
        }
        best
    }

    fn accept<'a>(&self, text: &str, toks: &Tokens, case: TextCase, i: usize, last: usize, targets: &'a [Target]) -> Vec<&'a Target> {
        let surface = &text[toks.tokens[i].range.start..toks.tokens[last].range.end];
        // "Alfonso de Lima", "Universidad de Lima": a capital after a name
        // particle is part of a name, not its government.
        let after_particle = i > 0 && NAME_PARTICLES.contains(&toks.folded_token(i - 1));
        targets
            .iter()
            .filter(|t| !(after_particle && self.entries[t.entry].entry_type == EntryType::Metonym))
            .filter(|t| match t.policy {
                CasePolicy::Any => true,
                CasePolicy::Capitalised => case != TextCase::Mixed || toks.tokens[i].capitalised,
                CasePolicy::Exact | CasePolicy::ExactMixed => {
                    // Case says nothing in ALL-CAPS or all-lower-case text:
                    // accept the longer acronyms there, never the short or
                    // word-like ones.
                    if case != TextCase::Mixed {
                        return t.policy == CasePolicy::Exact && t.exact.chars().count() > 2;
                    }
                    exact_form(surface) == t.exact
                }
            })
            .collect()
    }

    fn mention(&self, text: &str, range: Range<usize>, targets: &[&Target]) -> ActorMention {
        // Prefer named actors over countries over agents for the same words.
        let mut order: Vec<usize> = Vec::new();
        for t in targets {
            if !order.contains(&t.entry) {
                order.push(t.entry);
            }
        }
        let rank = |e: &ActorEntry| match e.entry_type {
            EntryType::Named => 0,
            EntryType::Country => 1,
            EntryType::Metonym => 2,
            EntryType::Agent => 3,
            EntryType::Compound => 4,
        };
        order.sort_by_key(|&i| rank(&self.entries[i]));
        let e = &self.entries[order[0]];
        ActorMention {
            text: text[range.clone()].to_string(),
            range,
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            entry_type: e.entry_type,
            country: e.country.clone(),
            country3: e.country3.clone(),
            sector: e.sector.clone(),
            cameo: e.cameo.clone(),
            alternatives: order[1..].iter().map(|&i| self.entries[i].id.clone()).collect(),
        }
    }

    /// A country, or a national person ("Cristiani"), that can head a
    /// compound with an agent noun.
    fn country_of<'a>(&self, targets: &[&'a Target]) -> Option<&'a Target> {
        targets.iter().copied().find(|t| self.entries[t.entry].entry_type == EntryType::Country).or_else(|| {
            targets.iter().copied().find(|t| {
                let e = &self.entries[t.entry];
                e.entry_type == EntryType::Named && e.kind == ActorKind::Person && e.country3.is_some()
            })
        })
    }

    fn agent_of<'a>(&self, targets: &[&'a Target]) -> Option<&'a Target> {
        // Only when no named actor claims the words.
        if targets.iter().any(|t| self.entries[t.entry].entry_type == EntryType::Named) {
            return None;
        }
        targets.iter().copied().find(|t| self.entries[t.entry].entry_type == EntryType::Agent)
    }

    fn compound(&self, text: &str, range: Range<usize>, country: usize, agent: usize) -> ActorMention {
        let c = &self.entries[country];
        let a = &self.entries[agent];
        let iso3 = c.country3.clone().unwrap_or_default();
        let role = a.cameo.clone().unwrap_or_default();
        let ccode = match c.entry_type {
            EntryType::Country => c.cameo.clone().unwrap_or_else(|| iso3.clone()),
            _ => iso3.clone(),
        };
        // "Cristiani government": the person's country names the compound.
        let head = match c.entry_type {
            EntryType::Country => c.demonyms.first().unwrap_or(&c.name).clone(),
            _ => c.name.clone(),
        };
        ActorMention {
            text: text[range.clone()].to_string(),
            range,
            id: format!("cty.{iso3}.{}", role.to_ascii_lowercase()),
            name: format!("{head} {}", a.name),
            kind: a.kind,
            entry_type: EntryType::Compound,
            country: c.country.clone(),
            country3: c.country3.clone(),
            sector: a.sector.clone(),
            cameo: Some(format!("{ccode}{role}")),
            alternatives: vec![],
        }
    }

    /// When the country at `raw[k]` opens a list of countries joined by
    /// "and", "or" or commas whose last one is followed at once by an
    /// agent noun, that agent's entry and last token.
    fn coordinated_agent(&self, text: &str, toks: &Tokens, raw: &[(usize, usize, Vec<&Target>)], k: usize) -> Option<(usize, usize)> {
        // Each country before the last must read as an adjective: a
        // demonym ("British") or a short code ("US", "U.K."). "France and
        // Germany and British officials" lists two countries and some
        // officials.
        let adjectival = |(first, last, targets): &(usize, usize, Vec<&Target>)| {
            let surface = text.get(toks.tokens[*first].range.start..toks.tokens[*last].range.end).unwrap_or("");
            self.country_of(targets).is_some_and(|c| c.demonym) || surface.chars().filter(|c| c.is_ascii_uppercase()).count() == surface.chars().filter(|c| c.is_alphanumeric()).count() && surface.len() <= 4
        };
        let mut j = k;
        loop {
            if !adjectival(&raw[j]) {
                return None;
            }
            let (_, last, _) = raw[j];
            let next = raw.get(j + 1)?;
            if self.country_of(&next.2).is_none() {
                return None;
            }
            let gap = text.get(toks.tokens[last].range.end..toks.tokens[next.0].range.start)?;
            let gap: Vec<&str> = gap.split_whitespace().collect();
            let joined = matches!(gap.as_slice(), ["and" | "or" | "," | ",and" | ",or"] | [",", "and" | "or"]);
            if !joined {
                return None;
            }
            j += 1;
            let (_, country_last, _) = raw[j];
            if let Some(after) = raw.get(j + 1) {
                if let Some(a) = self.agent_of(&after.2) {
                    if after.0 == country_last + 1 && !toks.tokens[after.0].hard_break_before {
                        return Some((a.entry, after.1));
                    }
                }
            }
        }
    }

    fn compose(&self, text: &str, toks: &Tokens, raw: Vec<(usize, usize, Vec<&Target>)>) -> Vec<ActorMention> {
        let mut out = Vec::with_capacity(raw.len());
        let mut k = 0;
        let adjacent = |a_last: usize, b_first: usize| -> bool {
            if b_first == a_last + 1 {
                return !toks.tokens[b_first].hard_break_before;
            }
            // "Nigeria's army": one token "s" between, after an apostrophe.
            b_first == a_last + 2
                && toks.folded_token(a_last + 1) == "s"
                && !toks.tokens[a_last + 1].hard_break_before
                && !toks.tokens[b_first].hard_break_before
        };
        while k < raw.len() {
            let (f0, l0, ref t0) = raw[k];
            // country/demonym + agent (+ further agents: "army troops")
            if let (Some(c), Some(next)) = (self.country_of(t0), raw.get(k + 1)) {
                if let Some(a) = self.agent_of(&next.2) {
                    if adjacent(l0, next.0) {
                        let mut last = next.1;
                        let mut j = k + 2;
                        while let Some(more) = raw.get(j) {
                            if self.agent_of(&more.2).is_some() && more.0 == last + 1 && !toks.tokens[more.0].hard_break_before {
                                last = more.1;
                                j += 1;
                            } else {
                                break;
                            }
                        }
                        let range = toks.tokens[f0].range.start..toks.tokens[last].range.end;
                        out.push(self.compound(text, range, c.entry, a.entry));
                        k = j;
                        continue;
                    }
                }
            }
            // Coordinated nationalities before one agent noun ("US and
            // British activists", "French, German and Dutch troops"): each
            // earlier country heads the whole phrase as its own compound,
            // so the phrase stands for the nationals of every country, and
            // the last one is composed as usual on the next round.
            if let Some(c) = self.country_of(t0) {
                if let Some((agent, agent_last)) = self.coordinated_agent(text, toks, &raw, k) {
                    let range = toks.tokens[f0].range.start..toks.tokens[agent_last].range.end;
                    out.push(self.compound(text, range, c.entry, agent));
                    k += 1;
                    continue;
                }
            }
            // agent + "of" [+ "the"] + country
            if let (Some(a), Some(next)) = (self.agent_of(t0), raw.get(k + 1)) {
                if let Some(c) = self.country_of(&next.2).filter(|c| !c.demonym) {
                    let gap: Vec<&str> = (l0 + 1..next.0).map(|g| toks.folded_token(g)).collect();
                    let no_break = (l0 + 1..=next.0).all(|g| !toks.tokens[g].hard_break_before);
                    if no_break && (gap == ["of"] || gap == ["of", "the"]) {
                        let range = toks.tokens[f0].range.start..toks.tokens[next.1].range.end;
                        out.push(self.compound(text, range, c.entry, a.entry));
                        k += 2;
                        continue;
                    }
                }
            }
            let range = toks.tokens[f0].range.start..toks.tokens[l0].range.end;
            out.push(self.mention(text, range, t0));
            k += 1;
        }
        out
    }
}
