//! The gazetteer file format (`data/gazetteer.bin`) and its compiler.
//!
//! # Why this format
//! The gazetteer must load in milliseconds from bytes embedded in the binary.
//! So the file holds, after decompression, plain tab-separated text whose
//! name index is already folded and sorted: loading is one inflate plus one
//! scan for line starts; lookups are binary searches; records are parsed only
//! when a candidate is returned. No hash table is built at start-up.
//!
//! # Layout
//! ```text
//! bytes 0..8   magic "SRGAZ002" (001: the same without the #R section)
//! bytes 8..12  u32 little-endian: length of the decompressed payload
//! bytes 12..   raw DEFLATE stream (miniz_oxide, level 9) of the payload
//! ```
//! The payload is UTF-8 text in five sections, each opened by a header line
//! `#<letter> <count>` followed by `count` lines of tab-separated fields:
//! ```text
//! #C  countries, sorted by iso2:
//!     iso2 iso3 geonameid name capital population continent lat lon
//! #A  first- and second-level divisions, sorted by code:
//!     code level name iso3166_2 geonameid type population lat lon
//!     (code is GeoNames' "CC.ADM1" or "CC.ADM1.ADM2"; level is 1 or 2;
//!      population is the sum of its places in the file)
//! #P  populated places (GeoNames cities, >= the build's population floor):
//!     geonameid name cc admin1 admin2code population lat lon
//!     (admin1 is the ADM1 code within cc; admin2code is a full #A code or empty)
//! #R  regions and natural features, in the order of data/regions.tsv:
//!     name cc also_in kind lat lon
//!     (cc is the primary country, also_in the '|'-separated others, kind
//!      "lake", "region", ... as in crate::regions; coordinates are the
//!      hand-written rough centroid, one decimal)
//! #N  the name index, sorted by folded name (byte order):
//!     folded flags refs
//!     folded = crate::fold::fold_name of a name or alternate name;
//!     flags  = "s" if the name is a common English word (stop-list), else "-";
//!     refs   = comma-separated record numbers: countries are 0..C, divisions
//!              C..C+A, places C+A..C+A+P, regions C+A+P..; a "~" prefix
//!              marks an alternate name
//!              (as opposed to the record's own primary name).
//! ```
//! Country coordinates are the capital's; division coordinates the spherical
//! centroid of their places (never wrapped across the 180th meridian).
//!
//! Regions come after places so that adding or editing one leaves every
//! other record number as it was. They are a section of this file rather
//! than a second file read at load so that one name index, one lookup and
//! one longest-match scan see them with everything else: "Lake Chad" must
//! compete with "Chad" and "Lake County" in the same scan to win.
//!
//! # Build
//! `tools/build-gazetteer.sh` runs `tools/extract-geonames.py` (installed
//! GeoNames packages → source TSV) and then
//! `cargo run --release -p sitrep-knowledge --example build_gazetteer`,
//! which calls [`compile`] with that TSV, `data/countries.tsv` and
//! `data/regions.tsv`. The output depends only on these inputs (sorted
//! sections, a BTreeMap index, fixed compression level): rebuilding from
//! the same packages gives the same bytes.

use std::collections::{BTreeMap, HashSet};

use crate::countries::CountryTable;
use crate::fold::fold_name;
use crate::regions::Region;

pub const MAGIC: &[u8; 8] = b"SRGAZ002";

/// A malformed gazetteer file or build input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError(pub String);

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "gazetteer: {} (rebuild it with tools/build-gazetteer.sh)", self.0)
    }
}
impl std::error::Error for FormatError {}

/// Decompresses a gazetteer file into its text payload.
pub fn decode(bytes: &[u8]) -> Result<String, FormatError> {
    if bytes.len() < 12 || &bytes[..8] != MAGIC {
        return Err(FormatError("not a gazetteer file (bad magic)".into()));
    }
    let len = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize;
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes[12..], len)
        .map_err(|e| FormatError(format!("corrupt compressed payload: {e:?}")))?;
    String::from_utf8(raw).map_err(|_| FormatError("payload is not UTF-8".into()))
}

/// Admin-type words used to generate aliases such as "Morazan Department" and
/// "Province of Kandahar" for divisions whose GeoNames type is one of them.
pub(crate) const TYPE_WORDS: &[&str] = &[
    "Department", "Province", "State", "Region", "Governorate", "District", "Prefecture",
    "County", "Municipality", "Canton", "Oblast", "Division", "Parish",
];

/// The `#R` lines of `regions` (without the header): what [`compile`]
/// writes, and what the tests compare the embedded payload against to
/// catch a `regions.tsv` edited without rebuilding the gazetteer.
pub fn region_lines(regions: &[Region]) -> String {
    let mut out = String::new();
    for r in regions {
        // name cc also_in kind lat lon
        out.push_str(&format!("{}\t{}\t{}\t{}\t{:.1}\t{:.1}\n", r.name, r.country, r.also_in.join("|"), r.kind, r.lat, r.lon));
    }
    out
}

/// Compiles the source TSV written by `tools/extract-geonames.py` (rows
/// `C`/`A`/`P`/`S`, documented there) plus the hand-kept extra country names
/// of `data/countries.tsv` and the regions of `data/regions.tsv` (parsed by
/// [`crate::regions::parse`]) into a gazetteer file.
pub fn compile(src: &str, countries: &CountryTable, regions: &[Region]) -> Result<Vec<u8>, FormatError> {
    let mut c_rows: Vec<Vec<&str>> = Vec::new();
    let mut a_rows: Vec<Vec<&str>> = Vec::new();
    let mut p_rows: Vec<Vec<&str>> = Vec::new();
    let mut stop: HashSet<String> = HashSet::new();
    for (n, line) in src.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        let need = match f.first() {
            Some(&"C") => 11,
            Some(&"A") => 11,
            Some(&"P") => 10,
            Some(&"S") => 2,
            _ => return Err(FormatError(format!("source line {}: unknown row kind", n + 1))),
        };
        if f.len() != need {
            return Err(FormatError(format!("source line {}: expected {need} fields, got {}", n + 1, f.len())));
        }
        match f[0] {
            "C" => c_rows.push(f),
            "A" => a_rows.push(f),
            "P" => p_rows.push(f),
            _ => {
                stop.insert(fold_name(f[1]));
            }
        }
    }
    c_rows.sort_by(|a, b| a[1].cmp(b[1]));
    a_rows.sort_by(|a, b| a[1].cmp(b[1]));

    let mut out = String::with_capacity(src.len());
    // name -> (flags, refs)
    let mut index: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let add = |index: &mut BTreeMap<String, Vec<String>>, name: &str, id: usize, alt: bool| {
        let key = fold_name(name);
        if key.is_empty() {
            return;
        }
        let r = if alt { format!("~{id}") } else { id.to_string() };
        let refs = index.entry(key).or_default();
        let plain = id.to_string();
        // Keep one reference per record, preferring the primary form.
        if let Some(pos) = refs.iter().position(|x| x.trim_start_matches('~') == plain) {
            if !alt {
                refs[pos] = plain;
            }
        } else {
            refs.push(r);
        }
    };

    out.push_str(&format!("#C {}\n", c_rows.len()));
    for (i, f) in c_rows.iter().enumerate() {
        // iso2 iso3 geonameid name capital population continent lat lon
        out.push_str(&[f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]].join("\t"));
        out.push('\n');
        add(&mut index, f[4], i, false);
        for a in f[10].split('|').filter(|a| !a.is_empty()) {
            add(&mut index, a, i, true);
        }
        if let Some(extra) = countries.get(f[1]) {
            for a in &extra.names {
                add(&mut index, a, i, true);
            }
        }
    }
    let nc = c_rows.len();
    out.push_str(&format!("#A {}\n", a_rows.len()));
    for (j, f) in a_rows.iter().enumerate() {
        let id = nc + j;
        // code level name iso3166_2 geonameid type population lat lon
        out.push_str(&[f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]].join("\t"));
        out.push('\n');
        let mut names: Vec<&str> = vec![f[3]];
        names.extend(f[10].split('|').filter(|a| !a.is_empty()));
        add(&mut index, f[3], id, false);
        for a in &names[1..] {
            add(&mut index, a, id, true);
        }
        if let Some(tw) = TYPE_WORDS.iter().find(|t| f[6].eq_ignore_ascii_case(t)) {
            for n in &names {
                if !fold_name(n).contains(&fold_name(tw)) {
                    add(&mut index, &format!("{n} {tw}"), id, true);
                    add(&mut index, &format!("{tw} of {n}"), id, true);
                }
            }
        }
    }
    let na = a_rows.len();
    let np = p_rows.len();
    out.push_str(&format!("#P {}\n", p_rows.len()));
    for (k, f) in p_rows.iter().enumerate() {
        let id = nc + na + k;
        // geonameid name cc admin1 admin2code population lat lon
        out.push_str(&[f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]].join("\t"));
        out.push('\n');
        add(&mut index, f[2], id, false);
        for a in f[9].split('|').filter(|a| !a.is_empty()) {
            add(&mut index, a, id, true);
        }
    }
    // A region's countries must be countries of this file: its candidates
    // take their country names from the #C section.
    for r in regions {
        if let Some(cc) = std::iter::once(&r.country).chain(&r.also_in).find(|cc| c_rows.binary_search_by(|f| f[1].cmp(cc.as_str())).is_err()) {
            return Err(FormatError(format!("region {:?}: unknown country {cc:?}", r.name)));
        }
    }
    out.push_str(&format!("#R {}\n", regions.len()));
    out.push_str(&region_lines(regions));
    for (k, r) in regions.iter().enumerate() {
        let id = nc + na + np + k;
        add(&mut index, &r.name, id, false);
        for a in &r.alternates {
            add(&mut index, a, id, true);
        }
        // "Darfur Region", "Swat Valley", "Nuba Mountains": the kind written
        // after the name, as divisions get "Kandahar Province", so that the
        // longest match takes the whole phrase (in ALL-CAPS text "THE MIDDLE
        // MAGDALENA REGION" left "REGION" to match a division called so).
        if let Some(word) = crate::regions::kind_word(&r.kind) {
            for n in std::iter::once(&r.name).chain(&r.alternates) {
                if !fold_name(n).split(' ').any(|t| t == fold_name(word)) {
                    add(&mut index, &format!("{n} {word}"), id, true);
                }
            }
        }
    }
    out.push_str(&format!("#N {}\n", index.len()));
    for (name, refs) in &index {
        let flag = if stop.contains(name) { "s" } else { "-" };
        out.push_str(name);
        out.push('\t');
        out.push_str(flag);
        out.push('\t');
        out.push_str(&refs.join(","));
        out.push('\n');
    }
    let payload = out.into_bytes();
    let len = u32::try_from(payload.len()).map_err(|_| FormatError("payload over 4 GiB".into()))?;
    let mut file = Vec::with_capacity(payload.len() / 3);
    file.extend_from_slice(MAGIC);
    file.extend_from_slice(&len.to_le_bytes());
    file.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(&payload, 9));
    Ok(file)
}
