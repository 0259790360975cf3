//! The embedded gazetteer: GeoNames countries, first- and second-level
//! divisions and populated places, looked up by any name or alternate name,
//! case- and diacritic-insensitively, and found in running text.
//!
//! Why: geocoding must work offline with no Elasticsearch index to set up.
//! The data sits in `data/gazetteer.bin` (format and build in [`format`]),
//! compiled into the binary and opened in milliseconds: records are parsed
//! only when a candidate is returned.
//!
//! Ranking here is a context-free prior (feature type, population, primary
//! name over alternate name); [`crate::resolve`] adds the document's context.

pub mod format;

use std::ops::Range;

use serde::Serialize;
use sitrep_schema::GeoPrecision;

use crate::fold::{fold_name, TextCase, Tokens};
use format::{FormatError, Sections};

/// What kind of GeoNames record a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeatureClass {
    Country,
    Admin1,
    Admin2,
    /// A populated place (GeoNames feature class P).
    Place,
}

impl FeatureClass {
    pub fn precision(self) -> GeoPrecision {
        match self {
            FeatureClass::Country => GeoPrecision::Country,
            FeatureClass::Admin1 => GeoPrecision::Admin1,
            FeatureClass::Admin2 => GeoPrecision::Admin2,
            FeatureClass::Place => GeoPrecision::City,
        }
    }
}

/// A country record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Country {
    pub iso2: String,
    pub iso3: String,
    pub geonameid: u32,
    pub name: String,
    pub capital: String,
    pub population: u64,
    pub continent: String,
    /// Coordinates of the capital.
    pub lat: f64,
    pub lon: f64,
}

/// One gazetteer record that a name may refer to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceCandidate {
    /// Record number inside the gazetteer (stable for one build only).
    #[serde(skip)]
    pub record: u32,
    pub geonameid: u32,
    /// The record's primary GeoNames name.
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub country_name: String,
    pub admin1: Option<String>,
    /// GeoNames admin1 code ("SV.08").
    pub admin1_code: Option<String>,
    pub admin2: Option<String>,
    pub feature: FeatureClass,
    pub precision: GeoPrecision,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// Matched through an alternate name rather than the primary one.
    pub alternate: bool,
    /// Context-free prior: higher is likelier.
    pub score: f32,
}

/// A place name found in running text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceMention {
    /// Byte range in the text.
    pub range: Range<usize>,
    pub text: String,
    /// The name is also a common English word ("Nice", "Split").
    pub common_word: bool,
    /// Ranked by prior; capped (see [`Gazetteer::find_mentions`]).
    pub candidates: Vec<PlaceCandidate>,
}

/// Longest name, in tokens, tried in running text.
const MAX_NAME_TOKENS: usize = 7;
/// Candidates kept per mention: the best by prior, plus the best of every
/// other country so that document context can still pick it.
const MAX_CANDIDATES: usize = 25;

/// Lower-case words that may sit inside a capitalised place name.
const CONNECTORS: &[&str] = &[
    "de", "del", "la", "las", "los", "el", "y", "of", "the", "al", "an", "on", "upon", "sur",
    "les", "des", "du", "da", "do", "dos", "das", "am", "im", "bin", "ibn", "e", "di", "le",
];

/// The gazetteer. Cheap to query; build it once (see [`crate::KnowledgeBase`]).
pub struct Gazetteer {
    payload: String,
    sec: Sections,
    countries: Vec<Country>,
}

fn field(line: &str, i: usize) -> &str {
    line.split('\t').nth(i).unwrap_or("")
}

impl Gazetteer {
    /// Opens a gazetteer file (see [`format`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, FormatError> {
        let payload = format::decode(bytes)?;
        let sec = format::scan(&payload)?;
        let mut countries = Vec::with_capacity(sec.countries.len());
        for &off in &sec.countries {
            let line = line_at(&payload, off);
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 9 {
                return Err(FormatError(format!("country line {line:?} has {} fields, expected 9", f.len())));
            }
            countries.push(Country {
                iso2: f[0].into(),
                iso3: f[1].into(),
                geonameid: f[2].parse().unwrap_or(0),
                name: f[3].into(),
                capital: f[4].into(),
                population: f[5].parse().unwrap_or(0),
                continent: f[6].into(),
                lat: f[7].parse().unwrap_or(0.0),
                lon: f[8].parse().unwrap_or(0.0),
            });
        }
        Ok(Gazetteer { payload, sec, countries })
    }

    /// Number of countries, divisions, populated places and distinct names.
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        (self.sec.countries.len(), self.sec.admins.len(), self.sec.places.len(), self.sec.names.len())
    }

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with ISO 3166-1 alpha-2 code `iso2` (case-insensitive).
    pub fn country_by_code(&self, iso2: &str) -> Option<&Country> {
        let up = iso2.to_ascii_uppercase();
        self.countries.binary_search_by(|c| c.iso2.as_str().cmp(&up)).ok().map(|i| &self.countries[i])
    }

    /// The country with ISO alpha-3 code `iso3`.
    pub fn country_by_iso3(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3.eq_ignore_ascii_case(iso3))
    }

    /// The folded `name` is flagged as a common English word.
    pub fn is_common_word(&self, name: &str) -> bool {
        match self.find_key(&fold_name(name)) {
            Some(i) => field(line_at(&self.payload, self.sec.names[i]), 1) == "s",
            None => false,
        }
    }

    fn name_key(&self, i: usize) -> &str {
        let line = line_at(&self.payload, self.sec.names[i]);
        line.split('\t').next().unwrap_or("")
    }

    /// First index whose folded name is >= `key`.
    fn lower_bound(&self, key: &str) -> usize {
        self.sec.names.partition_point(|&off| {
            let line = line_at(&self.payload, off);
            line.split('\t').next().unwrap_or("") < key
        })
    }

    /// Exact index entry for a folded key.
    fn find_key(&self, key: &str) -> Option<usize> {
        let i = self.lower_bound(key);
        (i < self.sec.names.len() && self.name_key(i) == key).then_some(i)
    }

    /// Some indexed name starts with `key` followed by a space.
    fn has_longer(&self, key: &str) -> bool {
        let mut probe = String::with_capacity(key.len() + 1);
        probe.push_str(key);
        probe.push(' ');
        let i = self.lower_bound(&probe);
        i < self.sec.names.len() && self.name_key(i).starts_with(&probe)
    }

    fn admin_by_code(&self, code: &str) -> Option<&str> {
        let i = self.sec.admins.partition_point(|&off| field(line_at(&self.payload, off), 0) < code);
        let line = self.sec.admins.get(i).map(|&off| line_at(&self.payload, off))?;
        (field(line, 0) == code).then_some(line)
    }

    /// Builds the candidate for record `rec`.
    fn candidate(&self, rec: usize, alternate: bool) -> Option<PlaceCandidate> {
        let nc = self.sec.countries.len();
        let na = self.sec.admins.len();
        let mut c = if rec < nc {
            let k = &self.countries[rec];
            PlaceCandidate {
                record: rec as u32,
                geonameid: k.geonameid,
                name: k.name.clone(),
                country: k.iso2.clone(),
                country_name: k.name.clone(),
                admin1: None,
                admin1_code: None,
                admin2: None,
                feature: FeatureClass::Country,
                precision: GeoPrecision::Country,
                lat: k.lat,
                lon: k.lon,
                population: k.population,
                alternate,
                score: 0.0,
            }
        } else if rec < nc + na {
            let line = line_at(&self.payload, self.sec.admins[rec - nc]);
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 9 {
                return None;
            }
            let code = f[0];
            let cc = code.get(..2)?;
            let level2 = f[1] == "2";
            let a1code = code.splitn(3, '.').take(2).collect::<Vec<_>>().join(".");
            let admin1 = if level2 { self.admin_by_code(&a1code).map(|l| field(l, 2).to_string()) } else { Some(f[2].to_string()) };
            PlaceCandidate {
                record: rec as u32,
                geonameid: f[4].parse().unwrap_or(0),
                name: f[2].into(),
                country: cc.into(),
                country_name: self.country_by_code(cc).map(|k| k.name.clone()).unwrap_or_default(),
                admin1,
                admin1_code: Some(a1code),
                admin2: level2.then(|| f[2].to_string()),
                feature: if level2 { FeatureClass::Admin2 } else { FeatureClass::Admin1 },
                precision: if level2 { GeoPrecision::Admin2 } else { GeoPrecision::Admin1 },
                lat: f[7].parse().unwrap_or(0.0),
                lon: f[8].parse().unwrap_or(0.0),
                population: f[6].parse().unwrap_or(0),
                alternate,
                score: 0.0,
            }
        } else {
            let off = *self.sec.places.get(rec - nc - na)?;
            let f: Vec<&str> = line_at(&self.payload, off).split('\t').collect();
            if f.len() != 8 {
                return None;
            }
            let cc = f[2];
            let a1code = if f[3].is_empty() { None } else { Some(format!("{cc}.{}", f[3])) };
            PlaceCandidate {
                record: rec as u32,
                geonameid: f[0].parse().unwrap_or(0),
                name: f[1].into(),
                country: cc.into(),
                country_name: self.country_by_code(cc).map(|k| k.name.clone()).unwrap_or_default(),
                admin1: a1code.as_deref().and_then(|c| self.admin_by_code(c)).map(|l| field(l, 2).to_string()),
                admin1_code: a1code,
                admin2: if f[4].is_empty() { None } else { self.admin_by_code(f[4]).map(|l| field(l, 2).to_string()) },
                feature: FeatureClass::Place,
                precision: GeoPrecision::City,
                lat: f[6].parse().unwrap_or(0.0),
                lon: f[7].parse().unwrap_or(0.0),
                population: f[5].parse().unwrap_or(0),
                alternate,
                score: 0.0,
            }
        };
        c.score = prior(&c);
        Some(c)
    }

    /// All candidates of index entry `i`, ranked by prior, and its stop flag.
    fn candidates_of(&self, i: usize) -> (Vec<PlaceCandidate>, bool) {
        let line = line_at(&self.payload, self.sec.names[i]);
        let mut parts = line.split('\t');
        let _ = parts.next();
        let stop = parts.next() == Some("s");
        let refs = parts.next().unwrap_or("");
        let mut out: Vec<PlaceCandidate> = refs
            .split(',')
            .filter_map(|r| {
                let alt = r.starts_with('~');
                let rec: usize = r.trim_start_matches('~').parse().ok()?;
                self.candidate(rec, alt)
            })
            .collect();
        rank(&mut out);
        (out, stop)
    }

    /// Every record called `name` (any name or alternate name; case, accents
    /// and punctuation ignored), best first by the context-free prior.
    pub fn lookup(&self, name: &str) -> Vec<PlaceCandidate> {
        let key = fold_name(name);
        if key.is_empty() {
            return Vec::new();
        }
        match self.find_key(&key) {
            Some(i) => self.candidates_of(i).0,
            None => Vec::new(),
        }
    }

    /// Place names in running text: longest match first, on word boundaries,
    /// never across clause punctuation. In mixed-case text a name must be
    /// capitalised (inner connectors such as "de", "of" excepted) and a name
    /// that is also a common English word ("Split", "Reading") is dropped at
    /// the start of a sentence; in ALL-CAPS or all-lower-case text, where case
    /// says nothing, such common-word names are dropped unless followed by
    /// ", <country or division>". Each mention keeps up to 25 candidates
    /// plus the best one of every further country.
    pub fn find_mentions(&self, text: &str) -> Vec<PlaceMention> {
        let toks = Tokens::new(text);
        self.find_mentions_in(text, &toks)
    }

    pub(crate) fn find_mentions_in(&self, text: &str, toks: &Tokens) -> Vec<PlaceMention> {
        let case = TextCase::detect(text);
        let n = toks.tokens.len();
        let mut out = Vec::new();
        let mut i = 0;
        let mut key = String::new();
        while i < n {
            key.clear();
            let mut best: Option<(usize, usize)> = None; // (last token, index entry)
            for j in i..n.min(i + MAX_NAME_TOKENS) {
                if j > i {
                    if toks.tokens[j].hard_break_before {
                        break;
                    }
                    key.push(' ');
                }
                key.push_str(toks.folded_token(j));
                if let Some(e) = self.find_key(&key) {
                    best = Some((j, e));
                }
                if !self.has_longer(&key) {
                    break;
                }
            }
            let Some((j, entry)) = best else {
                i += 1;
                continue;
            };
            let range = toks.tokens[i].range.start..toks.tokens[j].range.end;
            let surface = &text[range.clone()];
            let (cands, stop) = self.candidates_of(entry);
            if self.accept(case, toks, i, j, stop, &cands) {
                out.push(PlaceMention {
                    range,
                    text: surface.to_string(),
                    common_word: stop,
                    candidates: cap_candidates(cands),
                });
                i = j + 1;
            } else {
                i += 1;
            }
        }
        out
    }

    fn accept(&self, case: TextCase, toks: &Tokens, i: usize, j: usize, stop: bool, cands: &[PlaceCandidate]) -> bool {
        if cands.is_empty() {
            return false;
        }
        let first = &toks.tokens[i];
        let is_country = cands.iter().any(|c| c.feature == FeatureClass::Country);
        // One- and two-letter single tokens ("Ur", "Bo") are noise in text.
        if i == j && toks.folded_token(i).len() < 3 && !is_country {
            return false;
        }
        if case == TextCase::Mixed {
            for k in i..=j {
                let t = &toks.tokens[k];
                let inner = k != i && k != j;
                if !t.capitalised && !(inner && CONNECTORS.contains(&toks.folded_token(k))) {
                    // Lower-case digits-only tokens are not capitalisable.
                    if !toks.folded_token(k).bytes().all(|b| b.is_ascii_digit()) {
                        return false;
                    }
                }
            }
            if stop && first.sentence_start {
                return self.followed_by_region(toks, j);
            }
            true
        } else {
            if stop {
                return self.followed_by_region(toks, j);
            }
            true
        }
    }

    /// "Reading, England": the next tokens after a comma name a country or
    /// first-level division.
    fn followed_by_region(&self, toks: &Tokens, j: usize) -> bool {
        let n = toks.tokens.len();
        if j + 1 >= n || !toks.tokens[j + 1].hard_break_before {
            return false;
        }
        let mut key = String::new();
        for k in j + 1..n.min(j + 1 + 4) {
            if k > j + 1 {
                if toks.tokens[k].hard_break_before {
                    break;
                }
                key.push(' ');
            }
            key.push_str(toks.folded_token(k));
            if let Some(e) = self.find_key(&key) {
                let (c, _) = self.candidates_of(e);
                if c.iter().any(|c| matches!(c.feature, FeatureClass::Country | FeatureClass::Admin1)) {
                    return true;
                }
            }
        }
        false
    }
}

fn line_at(payload: &str, off: u32) -> &str {
    let rest = &payload[off as usize..];
    match rest.find('\n') {
        Some(e) => &rest[..e],
        None => rest,
    }
}

/// Context-free prior: log population, countries first, populated places
/// slightly over divisions of the same name, primary names over alternates.
pub(crate) fn prior(c: &PlaceCandidate) -> f32 {
    let mut s = ((c.population.max(1)) as f32).log10();
    s += match c.feature {
        FeatureClass::Country => 3.0,
        FeatureClass::Admin1 => 0.0,
        FeatureClass::Admin2 => -0.7,
        FeatureClass::Place => 0.5,
    };
    if !c.alternate {
        s += 1.0;
    }
    s
}

pub(crate) fn rank(v: &mut [PlaceCandidate]) {
    v.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap_or(std::cmp::Ordering::Equal).then(a.record.cmp(&b.record)));
}

fn cap_candidates(v: Vec<PlaceCandidate>) -> Vec<PlaceCandidate> {
    if v.len() <= MAX_CANDIDATES {
        return v;
    }
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(MAX_CANDIDATES + 16);
    for (k, c) in v.into_iter().enumerate() {
        // Per country and division, so "San Luis" in San Miguel survives.
        let key = (c.country.clone(), c.admin1_code.clone());
        if k < MAX_CANDIDATES || !seen.contains(&key) {
            seen.insert(key);
            out.push(c);
        }
    }
    out
}
