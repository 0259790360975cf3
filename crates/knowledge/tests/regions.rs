//! Regions and natural features (`data/regions.tsv`, the gazetteer's `#R`
//! section): the file is well-formed and compiled in, and a region's full
//! name wins over the partial matches inside it, with its country taken
//! from the document when the region lies in several.

use sitrep_knowledge::gazetteer::format;
use sitrep_knowledge::{regions, resolve_places, FeatureClass, PlaceContext, REGIONS_TSV};
use sitrep_schema::GeoPrecision;

mod support;
use support::{kb, place, resolve};

#[test]
fn regions_file_loads_and_every_row_is_well_formed() {
    let rows = regions::parse(REGIONS_TSV).unwrap_or_else(|e| panic!("{e}"));
    assert!(rows.len() >= 100, "{} regions", rows.len());
    for r in &rows {
        for cc in std::iter::once(&r.country).chain(&r.also_in) {
            assert!(kb().gazetteer.country_by_code(cc).is_some(), "{}: unknown country {cc}", r.name);
        }
        assert!(regions::REGION_KINDS.contains(&r.kind.as_str()), "{}: kind {}", r.name, r.kind);
        // Every region is found by its own name, first.
        let top = kb().gazetteer.lookup(&r.name);
        let top = top.first().unwrap_or_else(|| panic!("{} not in the gazetteer", r.name));
        assert_eq!((top.feature, top.name.as_str()), (FeatureClass::Region, r.name.as_str()), "lookup {:?}", r.name);
        assert_eq!((top.lat, top.lon, top.country.as_str()), (r.lat, r.lon, r.country.as_str()), "{}", r.name);
        assert_eq!(top.precision, GeoPrecision::Region);
        assert_eq!(top.also_in, r.also_in, "{}", r.name);
    }
}

#[test]
fn embedded_gazetteer_was_rebuilt_from_this_regions_file() {
    // Fails after an edit of regions.tsv until tools/build-gazetteer.sh is
    // run: the gazetteer carries its own copy of the regions.
    let rows = regions::parse(REGIONS_TSV).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(kb().gazetteer.region_count(), rows.len());
    assert_eq!(kb().gazetteer.region_lines(), format::region_lines(&rows), "rebuild the gazetteer with tools/build-gazetteer.sh");
    assert_eq!(kb().gazetteer.regions().len(), rows.len());
}

#[test]
fn lake_chad_is_the_lake_not_chad_nor_lake_county() {
    let r = resolve("Militants attacked a village near Lake Chad on Sunday.");
    assert_eq!(r.len(), 1, "{r:#?}");
    let p = place(&r, "Lake Chad");
    assert_eq!((p.name.as_str(), p.country.as_str(), p.precision), ("Lake Chad", "TD", GeoPrecision::Region));
    assert_eq!(p.kind.as_deref(), Some("lake"));
    assert_eq!(p.geonameid, 0);
    let mut others = p.also_in.clone();
    others.sort();
    assert_eq!(others, ["CM", "NE", "NG"]);
}

#[test]
fn a_shared_region_takes_the_country_the_document_names() {
    // "Chad" inside "Lake Chad" is part of the name, not a vote for Chad.
    let r = resolve("Nigerian troops killed ten insurgents near Lake Chad.");
    let p = place(&r, "Lake Chad");
    assert_eq!(p.country, "NG");
    assert_eq!(p.country_name, "Nigeria");
    assert!(p.also_in.contains(&"TD".to_string()) && !p.also_in.contains(&"NG".to_string()), "{:?}", p.also_in);
    let r = resolve("Pakistani troops exchanged fire with militants in Kashmir.");
    assert_eq!(place(&r, "Kashmir").country, "PK");
    let r = resolve("Indian police said militants attacked a post in Kashmir.");
    assert_eq!(place(&r, "Kashmir").country, "IN");
    // The caller's hint counts too.
    let text = "Fishermen were attacked on Lake Victoria.";
    let m = kb().gazetteer.find_mentions(text);
    let r = resolve_places(text, &m, &PlaceContext { countries: vec!["UG".into()] });
    assert_eq!(place(&r, "Lake Victoria").country, "UG");
}

#[test]
fn full_region_names_beat_the_places_inside_them() {
    let r = resolve("Fishermen drowned in Lake Victoria.");
    let p = place(&r, "Lake Victoria");
    assert_eq!((p.country.as_str(), p.precision), ("TZ", GeoPrecision::Region));
    let r = resolve("Syrian and Israeli forces exchanged fire on the Golan Heights.");
    let p = place(&r, "Golan Heights");
    assert_eq!((p.name.as_str(), p.country.as_str()), ("Golan Heights", "SY"));
    let r = resolve("Militants attacked a checkpoint in the Sinai.");
    assert_eq!(place(&r, "Sinai").country, "EG");
    assert_eq!(place(&r, "Sinai").name, "Sinai Peninsula");
    for (text, surface, name, country) in [
        ("Gunmen killed five villagers in Darfur.", "Darfur", "Darfur", "SD"),
        ("Army shelling in the Darfur region continued.", "Darfur region", "Darfur", "SD"),
        ("Drone strikes in Waziristan have resumed.", "Waziristan", "Waziristan", "PK"),
        ("Russian forces advanced in the Donbass.", "Donbass", "Donbas", "UA"),
        ("Rebels attacked a town in Mindanao.", "Mindanao", "Mindanao", "PH"),
        ("Fighting spread across Kordofan.", "Kordofan", "Kordofan", "SD"),
        ("Houthi forces fired missiles at a ship in the Red Sea off Yemen.", "Red Sea", "Red Sea", "YE"),
    ] {
        let r = resolve(text);
        let p = place(&r, surface);
        assert_eq!((p.name.as_str(), p.country.as_str(), p.precision), (name, country, GeoPrecision::Region), "{text}");
    }
}

#[test]
fn a_village_named_like_a_region_is_the_village() {
    let r = resolve("Gunmen attacked the village of Golan near the Iranian city of Urmia.");
    let p = place(&r, "Golan");
    assert_eq!((p.country.as_str(), p.precision), ("IR", GeoPrecision::City), "{r:#?}");
    let r = resolve("Israeli and Syrian troops clashed in the Golan.");
    assert_eq!(place(&r, "Golan").name, "Golan Heights");
}

#[test]
fn an_unlisted_lake_or_gulf_is_not_the_division_its_first_word_names() {
    let r = resolve("Militants attacked a village near Lake Urmia.");
    assert!(r.iter().all(|p| p.text != "Lake"), "{r:#?}");
    let r = resolve("Ships sank in the Gulf of Tonkin.");
    assert!(r.is_empty(), "{r:#?}");
    // Alone, the word still names its record.
    let r = resolve("Floods hit Lake, Illinois.");
    assert!(r.iter().any(|p| p.text == "Lake" && p.country == "US"), "{r:#?}");
}

#[test]
fn divisions_named_like_regions_keep_their_longer_names() {
    // The division's own "<name> <type>" alias is the longer match.
    let r = resolve("Port Sudan lies in Red Sea state.");
    let p = place(&r, "Red Sea state");
    assert_eq!((p.country.as_str(), p.precision), ("SD", GeoPrecision::Admin1));
    let r = resolve("Drone strikes in North Waziristan have resumed.");
    assert_eq!(place(&r, "North Waziristan").precision, GeoPrecision::Admin2);
    // GeoNames' own "Gaza Strip" (not in the list) is untouched.
    let r = resolve("Clashes were reported in the Gaza Strip.");
    assert_eq!(place(&r, "Gaza Strip").country, "PS");
}

#[test]
fn all_caps_regions_with_their_kind_word() {
    // "REGION" after a region's name is part of it, not a division called
    // "Region" somewhere else.
    let r = resolve("GUERRILLAS ATTACKED A PATROL IN THE MIDDLE MAGDALENA REGION, COLOMBIA.");
    assert_eq!(r.len(), 2, "{r:#?}");
    let p = place(&r, "MIDDLE MAGDALENA REGION");
    assert_eq!((p.name.as_str(), p.country.as_str(), p.precision), ("Magdalena Medio", "CO", GeoPrecision::Region));
    let r = resolve("THE ARMY CLASHED WITH TERRORISTS IN THE UPPER HUALLAGA VALLEY.");
    assert_eq!(place(&r, "UPPER HUALLAGA VALLEY").country, "PE");
}

/// Divisions that GeoNames holds only under other names ("Shabeellaha
/// Hoose") resolve by the English names wire copy uses, and a lower-case
/// assimilated Arabic article inside a name ("Deir ez-Zor") no longer stops
/// the match in mixed-case text.
#[test]
fn divisions_by_their_wire_names_and_names_with_an_assimilated_article() {
    for (text, surface, country) in [
        ("Troops clashed with militants in Lower Shabelle on Sunday.", "Lower Shabelle", "SO"),
        ("Fighting spread to Galgaduud after the raid.", "Galgaduud", "SO"),
        ("A drone struck a convoy in Deir ez-Zor on Monday.", "Deir ez-Zor", "SY"),
        ("Shelling was reported near Hodeidah overnight.", "Hodeidah", "YE"),
    ] {
        let r = resolve(text);
        let p = place(&r, surface);
        assert_eq!(p.country, country, "{text}: {p:#?}");
    }
}

/// "Congo" alone is the Democratic Republic of the Congo, as the news
/// agencies' style books have it ("Republic of Congo" for Brazzaville).
#[test]
fn congo_alone_is_the_democratic_republic() {
    let r = resolve("Rebels killed 12 villagers in eastern Congo on Monday.");
    assert_eq!(place(&r, "Congo").country, "CD", "{r:#?}");
    let r = resolve("Rebels killed 12 villagers in the Republic of Congo on Monday.");
    assert_eq!(place(&r, "Republic of Congo").country, "CG", "{r:#?}");
}
