//! The embedded gazetteer: GeoNames countries, first- and second-level
//! divisions and populated places, plus the project's hand-kept regions and
//! natural features (`data/regions.tsv`: "Darfur", "Lake Chad"), looked up
//! by any name or alternate name, case- and diacritic-insensitively, and
//! found in running text.
//!
//! Why: geocoding must work offline with no Elasticsearch index to set up.
//! The data sits in `data/gazetteer.bin` (format and build in [`format`]),
//! compiled into the binary and opened in milliseconds: records are parsed
//! only when a candidate is returned.
//!
//! Ranking here is a context-free prior (feature type, population, primary
//! name over alternate name); [`crate::resolve`] adds the document's context.

pub mod format;
mod index;

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;
use sitrep_schema::GeoPrecision;

use crate::fold::{fold_name, TextCase, Tokens};
use format::FormatError;
use index::{bloom_probes, hash_key, Index};

/// Line-start offsets of each section of the payload.
struct Sections {
    countries: Vec<u32>,
    admins: Vec<u32>,
    places: Vec<u32>,
    regions: Vec<u32>,
    names: Vec<u32>,
}

/// What kind of GeoNames record a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeatureClass {
    Country,
    Admin1,
    Admin2,
    /// A populated place (GeoNames feature class P).
    Place,
    /// A region or natural feature of `data/regions.tsv` (no GeoNames id).
    Region,
}

impl FeatureClass {
    pub fn precision(self) -> GeoPrecision {
        match self {
            FeatureClass::Country => GeoPrecision::Country,
            FeatureClass::Admin1 => GeoPrecision::Admin1,
            FeatureClass::Admin2 => GeoPrecision::Admin2,
            FeatureClass::Place => GeoPrecision::City,
            FeatureClass::Region => GeoPrecision::Region,
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
    /// For a region: its kind ("lake", "region", "mountains", ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// For a region: the other countries it lies in (`country` is the
    /// primary one); [`crate::resolve`] picks among them by context.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_in: Vec<String>,
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

/// Names whose capped candidate lists are kept across documents (see
/// [`Gazetteer::capped_candidates`]): a few thousand names cover what a news
/// feed keeps mentioning, at a few MB; past that, lists are built per use.
const CACHED_NAMES: usize = 8192;

/// Single words that are GeoNames places but in running text are almost
/// always a month, a weekday or a title.
const NOT_PLACES: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "king", "queen", "prince", "princess", "president", "general", "colonel", "major", "captain", "sheikh",
    "mister", "senator", "governor", "minister", "bishop", "father", "saint", "lord", "sir", "doctor",
];

/// Lower-case words that may sit inside a capitalised place name.
const CONNECTORS: &[&str] = &[
    "de", "del", "la", "las", "los", "el", "y", "of", "the", "al", "an", "on", "upon", "sur",
    "les", "des", "du", "da", "do", "dos", "das", "am", "im", "bin", "ibn", "e", "di", "le",
    // The Arabic article assimilated to the next consonant, as wire copy
    // writes it in lower case: "Deir ez-Zor", "Ras as-Sidr", "Tell es-Sultan".
    "ad", "ar", "as", "ash", "at", "ath", "az", "ed", "er", "es", "ez", "en", "et",
    // French "au", "aux": "Port-au-Prince", "Pont-aux-Dames".
    "au", "aux",
];

/// The gazetteer. Cheap to query; build it once (see [`crate::KnowledgeBase`]).
pub struct Gazetteer {
    payload: Cow<'static, str>,
    sec: Sections,
    countries: Vec<Country>,
    /// Division code ("SV.08", "AF.23.2401") → line offset.
    admin_codes: foldhash::HashMap<&'static str, u32>,
    /// Name table and prefix filter (see `index.rs`).
    table: Vec<u64>,
    prefixes: Vec<u64>,
    /// Capped candidate lists by index entry, shared by every document:
    /// building one reads and ranks every record of the name (thousands
    /// for "San Jose"), which was a tenth of place matching.
    cache: std::sync::RwLock<foldhash::HashMap<usize, Vec<PlaceCandidate>>>,
}

fn field(line: &str, i: usize) -> &str {
    line.split('\t').nth(i).unwrap_or("")
}

impl Gazetteer {
    /// Opens a gazetteer file (see [`format`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, FormatError> {
        Gazetteer::from_payload(Cow::Owned(format::decode(bytes)?))
    }

    /// Opens an already decompressed payload (the embedded one is
    /// decompressed at compile time by the crate's build script).
    pub fn from_payload(payload: Cow<'static, str>) -> Result<Gazetteer, FormatError> {
        let ix = index::build_index(&payload).map_err(FormatError)?;
        Gazetteer::with_index(payload, ix)
    }

    /// Opens a payload with its serialised index (both produced by the
    /// build script for the embedded gazetteer).
    pub fn from_payload_and_index(payload: Cow<'static, str>, index_bytes: &[u8]) -> Result<Gazetteer, FormatError> {
        let ix = index::deserialize_index(index_bytes).map_err(FormatError)?;
        Gazetteer::with_index(payload, ix)
    }

    fn with_index(payload: Cow<'static, str>, ix: Index) -> Result<Gazetteer, FormatError> {
        let Index { countries: c, admins, places, regions, names, table, prefixes } = ix;
        if names.iter().chain(&places).chain(&admins).chain(&c).chain(&regions).any(|&o| o as usize >= payload.len()) {
            return Err(FormatError("index does not match the payload".into()));
        }
        let sec = Sections { countries: c, admins, places, regions, names };
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
        let admin_codes = match &payload {
            Cow::Borrowed(p) => sec.admins.iter().map(|&off| (key_at(p, off), off)).collect(),
            // Owned payloads (tests, tools) resolve codes by binary search.
            Cow::Owned(_) => foldhash::HashMap::default(),
        };
        Ok(Gazetteer { payload, sec, countries, admin_codes, table, prefixes, cache: Default::default() })
    }

    /// Number of countries, divisions, populated places and distinct names.
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        (self.sec.countries.len(), self.sec.admins.len(), self.sec.places.len(), self.sec.names.len())
    }

    /// Number of regions and natural features (the `#R` section).
    pub fn region_count(&self) -> usize {
        self.sec.regions.len()
    }

    /// Every region record, in the order of `data/regions.tsv`.
    pub fn regions(&self) -> Vec<PlaceCandidate> {
        let first = self.sec.countries.len() + self.sec.admins.len() + self.sec.places.len();
        (first..first + self.sec.regions.len()).filter_map(|rec| self.candidate(rec, false)).collect()
    }

    /// The `#R` section's lines as stored (see [`format::region_lines`]).
    pub fn region_lines(&self) -> String {
        self.sec.regions.iter().map(|&off| format!("{}\n", line_at(&self.payload, off))).collect()
    }

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with ISO 3166-1 alpha-2 code `iso2` (case-insensitive).
    pub fn country_by_code(&self, iso2: &str) -> Option<&Country> {
        let key = iso2.bytes().map(|b| b.to_ascii_uppercase());
        self.countries.binary_search_by(|c| c.iso2.bytes().cmp(key.clone())).ok().map(|i| &self.countries[i])
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
        key_at(&self.payload, self.sec.names[i])
    }

    /// Exact index entry for a folded key.
    fn find_key(&self, key: &str) -> Option<usize> {
        if self.table.is_empty() {
            return None;
        }
        let mask = self.table.len() as u64 - 1;
        let h = hash_key(1, key.as_bytes());
        let mut slot = h & mask;
        loop {
            let v = self.table[slot as usize];
            if v == 0 {
                return None;
            }
            if v & 0xffff_ffff_0000_0000 == h & 0xffff_ffff_0000_0000 {
                let i = ((v & 0xffff_ffff) - 1) as usize;
                if self.name_key(i) == key {
                    return Some(i);
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Some indexed name may start with `key` followed by a space (Bloom
    /// filter: never wrong when it says no, rarely wrong when it says yes).
    fn has_longer(&self, key: &str) -> bool {
        bloom_probes(key.as_bytes()).iter().all(|&p| self.prefixes.get((p / 64) as usize).is_some_and(|w| w & (1 << (p % 64)) != 0))
    }

    fn admin_by_code(&self, code: &str) -> Option<&str> {
        if !self.admin_codes.is_empty() {
            return self.admin_codes.get(code).map(|&off| line_at(&self.payload, off));
        }
        let i = self.sec.admins.partition_point(|&off| key_at(&self.payload, off) < code);
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
                kind: None,
                also_in: Vec::new(),
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
                kind: None,
                also_in: Vec::new(),
                score: 0.0,
            }
        } else if rec >= nc + na + self.sec.places.len() {
            let off = *self.sec.regions.get(rec - nc - na - self.sec.places.len())?;
            let f: Vec<&str> = line_at(&self.payload, off).split('\t').collect();
            if f.len() != 6 {
                return None;
            }
            PlaceCandidate {
                record: rec as u32,
                geonameid: 0,
                name: f[0].into(),
                country: f[1].into(),
                country_name: self.country_by_code(f[1]).map(|k| k.name.clone()).unwrap_or_default(),
                admin1: None,
                admin1_code: None,
                admin2: None,
                feature: FeatureClass::Region,
                precision: GeoPrecision::Region,
                lat: f[4].parse().unwrap_or(0.0),
                lon: f[5].parse().unwrap_or(0.0),
                population: 0,
                alternate,
                kind: Some(f[3].to_string()),
                also_in: f[2].split('|').filter(|c| !c.is_empty()).map(String::from).collect(),
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
                kind: None,
                also_in: Vec::new(),
                score: 0.0,
            }
        };
        c.score = prior(&c);
        Some(c)
    }

    /// The references of index entry `i` and its stop flag.
    fn refs_of(&self, i: usize) -> (Vec<(usize, bool)>, bool) {
        let line = line_at(&self.payload, self.sec.names[i]);
        let mut parts = line.split('\t');
        let _ = parts.next();
        let stop = parts.next() == Some("s");
        let refs = parts
            .next()
            .unwrap_or("")
            .split(',')
            .filter_map(|r| Some((r.trim_start_matches('~').parse().ok()?, r.starts_with('~'))))
            .collect();
        (refs, stop)
    }

    /// The stop flag of index entry `i`, and whether one of its records is a
    /// country: what [`Gazetteer::refs_of`] tells, without collecting the
    /// references.
    fn stop_and_country(&self, i: usize) -> (bool, bool) {
        let line = line_at(&self.payload, self.sec.names[i]);
        let mut parts = line.split('\t');
        let _ = parts.next();
        let stop = parts.next() == Some("s");
        let nc = self.sec.countries.len();
        let country = parts
            .next()
            .unwrap_or("")
            .split(',')
            .filter_map(|r| r.trim_start_matches('~').parse::<usize>().ok())
            .any(|r| r < nc);
        (stop, country)
    }

    /// `candidates_of(i, true).0`, from the cache when it holds them.
    fn capped_candidates(&self, i: usize) -> Vec<PlaceCandidate> {
        if let Some(c) = self.cache.read().ok().and_then(|cache| cache.get(&i).cloned()) {
            return c;
        }
        let c = self.candidates_of(i, true).0;
        if let Ok(mut cache) = self.cache.write() {
            if cache.len() < CACHED_NAMES {
                cache.insert(i, c.clone());
            }
        }
        c
    }

    /// Prior score, country and admin1 code of a record, read without
    /// building the candidate (cheap ranking before the cap).
    fn quick(&self, rec: usize, alternate: bool) -> Option<(f32, &str, &str)> {
        let nc = self.sec.countries.len();
        let na = self.sec.admins.len();
        let (feature, pop, cc, a1) = if rec < nc {
            let k = &self.countries[rec];
            (FeatureClass::Country, k.population, k.iso2.as_str(), "")
        } else if rec < nc + na {
            let line = line_at(&self.payload, self.sec.admins[rec - nc]);
            let code = field(line, 0);
            let f = if field(line, 1) == "2" { FeatureClass::Admin2 } else { FeatureClass::Admin1 };
            (f, field(line, 6).parse().unwrap_or(0), code.get(..2)?, code.get(3..)?.split('.').next()?)
        } else if rec >= nc + na + self.sec.places.len() {
            let line = line_at(&self.payload, *self.sec.regions.get(rec - nc - na - self.sec.places.len())?);
            (FeatureClass::Region, 0, field(line, 1), "")
        } else {
            let line = line_at(&self.payload, *self.sec.places.get(rec - nc - na)?);
            (FeatureClass::Place, field(line, 5).parse().unwrap_or(0), field(line, 2), field(line, 3))
        };
        Some((prior_of(feature, pop, alternate), cc, a1))
    }

    /// Candidates of index entry `i`, ranked by prior, and its stop flag.
    /// With `cap`, keeps the best [`MAX_CANDIDATES`] plus the best of every
    /// further (country, admin1), so document context can still pick it.
    fn candidates_of(&self, i: usize, cap: bool) -> (Vec<PlaceCandidate>, bool) {
        let (refs, stop) = self.refs_of(i);
        let mut quick: Vec<(f32, usize, bool, &str, &str)> =
            refs.iter().filter_map(|&(rec, alt)| self.quick(rec, alt).map(|(s, cc, a1)| (s, rec, alt, cc, a1))).collect();
        quick.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1)));
        let mut seen = foldhash::HashSet::default();
        let mut out = Vec::new();
        for (k, &(_, rec, alt, cc, a1)) in quick.iter().enumerate() {
            let fresh = seen.insert((cc, a1));
            if !cap || k < MAX_CANDIDATES || fresh {
                if let Some(c) = self.candidate(rec, alt) {
                    out.push(c);
                }
            }
        }
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
            Some(i) => self.candidates_of(i, false).0,
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
            // In mixed-case text no name starts at a lower-case word (the
            // first test of `accept`): skip the table look-ups there.
            if case == TextCase::Mixed
                && !toks.tokens[i].capitalised
                && !toks.folded_token(i).bytes().all(|b| b.is_ascii_digit())
            {
                i += 1;
                continue;
            }
            key.clear();
            // Every name starting here, shortest first: (last token, entry).
            let mut found: Vec<(usize, usize)> = Vec::new();
            for j in i..n.min(i + MAX_NAME_TOKENS) {
                if j > i {
                    if toks.tokens[j].hard_break_before {
                        break;
                    }
                    key.push(' ');
                }
                key.push_str(toks.folded_token(j));
                if let Some(e) = self.find_key(&key) {
                    found.push((j, e));
                }
                if !self.has_longer(&key) {
                    break;
                }
            }
            // Longest acceptable match ("Kandahar" when "Kandahar Province"
            // is written "Kandahar province" and so fails the case rule).
            let mut taken = None;
            for &(j, entry) in found.iter().rev() {
                let (stop, is_country) = self.stop_and_country(entry);
                if self.accept(case, toks, i, j, stop, is_country) {
                    taken = Some((j, entry, stop));
                    break;
                }
            }
            let Some((j, entry, stop)) = taken else {
                i += 1;
                continue;
            };
            let range = toks.tokens[i].range.start..toks.tokens[j].range.end;
            out.push(PlaceMention {
                text: text[range.clone()].to_string(),
                range,
                common_word: stop,
                candidates: self.capped_candidates(entry),
            });
            i = j + 1;
        }
        out
    }

    fn accept(&self, case: TextCase, toks: &Tokens, i: usize, j: usize, stop: bool, is_country: bool) -> bool {
        let first = &toks.tokens[i];
        // One- and two-letter single tokens ("Ur", "Bo") are noise in text,
        // and so are months, weekdays and titles ("March", "King Abdullah").
        if i == j && !is_country && (toks.folded_token(i).len() < 3 || NOT_PLACES.contains(&toks.folded_token(i))) {
            return false;
        }
        if case == TextCase::Mixed {
            for k in i..=j {
                let t = &toks.tokens[k];
                let inner = k != i && k != j;
                let word = toks.folded_token(k);
                // "Kandahar province", "Morazan department" are written so.
                let type_word = k == j && k != i && format::TYPE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
                if !(t.capitalised || type_word || inner && CONNECTORS.contains(&word)) {
                    // Lower-case digits-only tokens are not capitalisable.
                    if !toks.folded_token(k).bytes().all(|b| b.is_ascii_digit()) {
                        return false;
                    }
                }
            }
            if stop && first.sentence_start && !is_country {
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
                let (refs, _) = self.refs_of(e);
                let (nc, na) = (self.sec.countries.len(), self.sec.admins.len());
                let region = refs.iter().any(|&(r, _)| {
                    r < nc || (r < nc + na && field(line_at(&self.payload, self.sec.admins[r - nc]), 1) == "1")
                });
                if region {
                    return true;
                }
            }
        }
        false
    }
}

/// The first field of the line at `off`, without scanning the rest of it
/// (name-index lines can hold thousands of references).
fn key_at(payload: &str, off: u32) -> &str {
    let rest = payload.as_bytes().get(off as usize..).unwrap_or(&[]);
    let end = rest.iter().position(|&b| b == b'\t' || b == b'\n').unwrap_or(rest.len());
    payload.get(off as usize..off as usize + end).unwrap_or("")
}

fn line_at(payload: &str, off: u32) -> &str {
    let rest = &payload[off as usize..];
    match rest.find('\n') {
        Some(e) => &rest[..e],
        None => rest,
    }
}

/// Context-free prior: 2 x log10 population, countries first, populated places
/// slightly over divisions of the same name, primary names over alternates;
/// regions a fixed 15 (16 by their own name).
pub(crate) fn prior(c: &PlaceCandidate) -> f32 {
    prior_of(c.feature, c.population, c.alternate)
}

fn prior_of(feature: FeatureClass, population: u64, alternate: bool) -> f32 {
    // A region has no population. Its names were chosen because news
    // means the region by them, so it outranks what else bears the name
    // ("Sinai" the town in Mexico, "Golan" the village in Iran, "Kashmir"
    // as an alternate name of Jammu and Kashmir; a division is 2 x log10 of
    // its population, 13 for 3.6 million), but not a country (18 for Chad)
    // nor a city of ten million (15.5).
    if feature == FeatureClass::Region {
        return if alternate { 15.0 } else { 16.0 };
    }
    // Twice the log population: a capital of ten million should not lose to
    // a town of 25,000 on document-wide hints alone (Moscow, Idaho).
    let mut s = 2.0 * ((population.max(1)) as f32).log10();
    s += match feature {
        FeatureClass::Country => 3.0,
        FeatureClass::Admin1 => 0.0,
        FeatureClass::Admin2 => -0.7,
        FeatureClass::Place => 0.5,
        FeatureClass::Region => 0.0,
    };
    if !alternate {
        s += 1.0;
    }
    s
}

pub(crate) fn rank(v: &mut [PlaceCandidate]) {
    v.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap_or(std::cmp::Ordering::Equal).then(a.record.cmp(&b.record)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compile_time_index_matches_a_fresh_one() {
        let payload = crate::GAZETTEER_PAYLOAD;
        let fresh = index::build_index(payload).expect("embedded payload indexes");
        let bytes = index::serialize_index(&fresh);
        let back = index::deserialize_index(&bytes).expect("round trip");
        assert_eq!(back.names, fresh.names);
        assert_eq!(back.table, fresh.table);
        assert_eq!(back.prefixes, fresh.prefixes);
        assert_eq!(bytes.as_slice(), crate::GAZETTEER_INDEX);
        assert!(index::deserialize_index(&bytes[..bytes.len() / 2]).is_err());
    }
}
