//! `data/regions.tsv`: the hand-kept regions and natural features ("Darfur",
//! "Lake Chad", "the Golan Heights") that GeoNames' countries, divisions
//! and populated places leave out. The gazetteer compiler
//! ([`crate::gazetteer::format::compile`]) carries them into the `#R`
//! section of `gazetteer.bin`; this module parses and checks the file (its
//! format is in the file's header), so that a bad row fails the build of
//! the data and the tests with its line number.
//!
//! Why a hand-kept file: GeoNames' natural features (classes H, T, L) are not
//! in the packages the build installs, and the few hundred features conflict
//! reporting names are better written down, reviewed and diffed than
//! filtered out of millions of rows.

/// What kind of feature a region is; the file's `kind` column.
pub const REGION_KINDS: &[&str] = &[
    "region", "lake", "river", "mountains", "desert", "plain", "plateau", "valley", "peninsula", "island", "sea", "gulf",
    "strait", "forest", "border",
];

/// The word that may follow a region's name to say its kind ("Darfur
/// region", "Swat Valley"); the compiler adds "<name> <word>" as an
/// alternate name. None where names carry their kind already ("Lake Chad",
/// "Red Sea", "Strait of Hormuz") or where the word would be a different
/// phrase ("Mindanao Island" is written, "Kivu Border" is not).
pub fn kind_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "region" => "Region",
        "valley" => "Valley",
        "mountains" => "Mountains",
        "desert" => "Desert",
        "river" => "River",
        "peninsula" => "Peninsula",
        "forest" => "Forest",
        "plain" => "Plain",
        "plateau" => "Plateau",
        "island" => "Island",
        _ => return None,
    })
}

/// One row of `regions.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub name: String,
    pub alternates: Vec<String>,
    /// ISO alpha-2 of the primary country.
    pub country: String,
    /// The other countries the feature lies in.
    pub also_in: Vec<String>,
    pub kind: String,
    pub lat: f64,
    pub lon: f64,
}

fn is_iso2(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// A coordinate with at most one decimal, within `limit` of zero: the file
/// promises rough centroids, and more digits would claim a precision the
/// data does not have.
fn coordinate(s: &str, limit: f64) -> Option<f64> {
    let decimals = s.split_once('.').map_or(0, |(_, d)| d.len());
    let v: f64 = s.parse().ok()?;
    (decimals <= 1 && v.is_finite() && v.abs() <= limit).then_some(v)
}

/// Parses `regions.tsv`; the error names the line. Checks every field
/// (ISO codes are checked against the country table by the compiler,
/// which has it), and that no name is given twice with different records.
pub fn parse(text: &str) -> Result<Vec<Region>, String> {
    let mut out: Vec<Region> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let at = |what: String| format!("regions.tsv line {}: {what}", n + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 7 {
            return Err(at(format!("expected 7 tab-separated fields, got {}", f.len())));
        }
        let list = |s: &str| -> Vec<String> { s.split('|').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect() };
        let name = f[0].trim();
        if name.is_empty() || crate::fold::fold_name(name).is_empty() {
            return Err(at("empty name".into()));
        }
        let alternates = list(f[1]);
        if let Some(a) = alternates.iter().find(|a| crate::fold::fold_name(a).is_empty()) {
            return Err(at(format!("alternate {a:?} has no letters")));
        }
        let country = f[2].trim();
        if !is_iso2(country) {
            return Err(at(format!("country {country:?} is not an ISO alpha-2 code")));
        }
        let also_in = list(f[3]);
        if let Some(c) = also_in.iter().find(|c| !is_iso2(c) || *c == country) {
            return Err(at(format!("also_in {c:?} is not an ISO alpha-2 code other than the primary country")));
        }
        if (1..also_in.len()).any(|i| also_in[..i].contains(&also_in[i])) {
            return Err(at("also_in lists a country twice".into()));
        }
        let kind = f[4].trim();
        if !REGION_KINDS.contains(&kind) {
            return Err(at(format!("kind {kind:?} is not one of {}", REGION_KINDS.join(", "))));
        }
        let lat = coordinate(f[5].trim(), 90.0).ok_or_else(|| at(format!("latitude {:?} is not a number in -90..90 with at most one decimal", f[5])))?;
        let lon = coordinate(f[6].trim(), 180.0).ok_or_else(|| at(format!("longitude {:?} is not a number in -180..180 with at most one decimal", f[6])))?;
        if out.iter().any(|r| crate::fold::fold_name(&r.name) == crate::fold::fold_name(name)) {
            return Err(at(format!("{name:?} is listed twice")));
        }
        out.push(Region {
            name: name.into(),
            alternates,
            country: country.into(),
            also_in,
            kind: kind.into(),
            lat,
            lon,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_checked_with_their_line() {
        let ok = "# header\nLake Chad\tChad lake\tTD\tNG|NE\tlake\t13.0\t14.4\n";
        let r = parse(ok).expect("parses");
        assert_eq!(r[0].also_in, vec!["NG".to_string(), "NE".to_string()]);
        assert_eq!((r[0].lat, r[0].lon), (13.0, 14.4));
        for (bad, says) in [
            ("X\t\tTD\t\tlake\t13.0\n", "7 tab-separated"),
            ("X\t\tChad\t\tlake\t13.0\t14.4\n", "ISO alpha-2"),
            ("X\t\tTD\tTD\tlake\t13.0\t14.4\n", "also_in"),
            ("X\t\tTD\t\tpond\t13.0\t14.4\n", "kind"),
            ("X\t\tTD\t\tlake\t93.0\t14.4\n", "latitude"),
            ("X\t\tTD\t\tlake\t13.05\t14.4\n", "latitude"),
            ("X\t\tTD\t\tlake\t13.0\teast\n", "longitude"),
            ("X\t\tTD\t\tlake\t13.0\t14.4\nx\t\tTD\t\tlake\t1.0\t1.0\n", "twice"),
        ] {
            let e = parse(bad).expect_err(bad);
            assert!(e.contains("line ") && e.contains(says), "{bad:?}: {e}");
        }
    }
}
