//! The hand-kept country table `data/countries.tsv`: demonyms, everyday names
//! and CAMEO codes that GeoNames does not carry ("Nigerian", "the US",
//! "Britain"). The gazetteer compiler adds the names to the place index; the
//! actor registry turns each row into a country actor whose demonyms compose
//! with sector nouns ("Salvadoran soldiers" → SLVMIL).
//!
//! # Format
//! UTF-8, tab-separated, one country per line, a header line first, `#`
//! comment lines and blank lines ignored:
//! ```text
//! iso2  cameo  demonyms  names
//! NG    NGA    Nigerian|Nigerians    Federal Republic of Nigeria
//! US    USA    American|Americans    USA|=US|U.S.|U.S.A.|America|United States
//! ```
//! `cameo` is the CAMEO country code (ISO alpha-3 except where CAMEO differs);
//! `demonyms` and `names` are `|`-separated and may be empty. A leading `=`
//! marks a form matched in running text only with exactly that case ("US" but
//! not "us"); `!` the same, and never in ALL-CAPS or lower-case text ("CAR",
//! "Poles", which is also the plural of "pole"); `^` only capitalised in
//! mixed-case text ("Polish"). Demonyms take the same markers. See
//! [`crate::actors`] for these markers.

use std::collections::HashMap;

/// One row of `countries.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryExtra {
    pub iso2: String,
    pub cameo: String,
    pub demonyms: Vec<String>,
    /// Extra names, without the `=` case marker (see `names_raw`).
    pub names: Vec<String>,
    /// Extra names as written in the file, with `=` markers.
    pub names_raw: Vec<String>,
    /// Demonyms as written in the file, with case markers ("!Poles": not
    /// the lower-case "poles" of a power line).
    pub demonyms_raw: Vec<String>,
}

/// The parsed table, keyed by ISO alpha-2.
#[derive(Debug, Clone, Default)]
pub struct CountryTable {
    pub rows: Vec<CountryExtra>,
    by_iso2: HashMap<String, usize>,
}

impl CountryTable {
    /// Parses `countries.tsv`; errors name the offending line.
    pub fn parse(text: &str) -> Result<CountryTable, String> {
        let mut t = CountryTable::default();
        for (n, line) in text.lines().enumerate().skip(1) {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 4 {
                return Err(format!("countries.tsv line {}: expected 4 tab-separated fields, got {}", n + 1, f.len()));
            }
            let split = |s: &str| -> Vec<String> {
                s.split('|').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
            };
            let names_raw = split(f[3]);
            let demonyms_raw = split(f[2]);
            let row = CountryExtra {
                iso2: f[0].trim().to_string(),
                cameo: f[1].trim().to_string(),
                demonyms: demonyms_raw.iter().map(|s| s.trim_start_matches(['=', '!', '^']).to_string()).collect(),
                demonyms_raw,
                names: names_raw.iter().map(|s| s.trim_start_matches(['=', '!', '^']).to_string()).collect(),
                names_raw,
            };
            if row.iso2.len() != 2 || row.cameo.len() != 3 {
                return Err(format!("countries.tsv line {}: iso2 must have 2 letters and cameo 3", n + 1));
            }
            t.by_iso2.insert(row.iso2.clone(), t.rows.len());
            t.rows.push(row);
        }
        Ok(t)
    }

    pub fn get(&self, iso2: &str) -> Option<&CountryExtra> {
        self.by_iso2.get(iso2).map(|&i| &self.rows[i])
    }
}
