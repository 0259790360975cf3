//! Behaviour of the embedded knowledge base on the cases the issue names:
//! ambiguity resolved by context, aliases, demonyms, diacritics and case.

use sitrep_knowledge::{resolve_places, EntryType, FeatureClass, PlaceContext};
use sitrep_schema::GeoPrecision;

mod support;
use support::{kb, place, resolve};

#[test]
fn embedded_data_loads_with_expected_sizes() {
    let (c, a, p, n) = kb().gazetteer.counts();
    assert!(c >= 250, "{c} countries");
    assert!(a >= 4000, "{a} divisions");
    assert!(p >= 140_000, "{p} places");
    assert!(n >= p, "{n} names");
    assert!(kb().actors.entries().len() >= 500);
    assert_eq!(kb().gazetteer.country_by_code("sv").map(|c| c.name.as_str()), Some("El Salvador"));
    assert_eq!(kb().gazetteer.country_by_code("SV").map(|c| c.iso3.as_str()), Some("SLV"));
    assert!(kb().gazetteer.country_by_code("QQ").is_none());
}

#[test]
fn lookup_ignores_case_and_diacritics() {
    let ids = |q: &str| kb().gazetteer.lookup(q).first().map(|c| (c.geonameid, c.country.clone()));
    let a = ids("Kandahar");
    assert_eq!(a.as_ref().map(|x| x.1.as_str()), Some("AF"));
    assert_eq!(ids("KANDAHAR"), a);
    assert_eq!(ids("Qandahār"), a);
    assert_eq!(ids("qandahar"), a);
    assert!(kb().gazetteer.lookup("Xqzzyville").is_empty());
    assert!(kb().gazetteer.lookup("  ").is_empty());
}

#[test]
fn lookup_ranks_paris_france_first_and_keeps_texas() {
    let c = kb().gazetteer.lookup("Paris");
    assert_eq!(c[0].country, "FR");
    assert!(c.iter().any(|c| c.country == "US" && c.admin1.as_deref() == Some("Texas")));
}

#[test]
fn paris_texas_resolves_to_the_united_states() {
    let r = resolve("The storm hit Paris, Texas, on Monday.");
    let p = place(&r, "Paris");
    assert_eq!(p.country, "US");
    assert_eq!(p.admin1.as_deref(), Some("Texas"));
    assert_eq!(p.precision, GeoPrecision::City);
    let r = resolve("Police in Paris said the suspect fled.");
    assert_eq!(place(&r, "Paris").country, "FR");
}

#[test]
fn tripoli_is_libyan_unless_lebanon_is_in_context() {
    let r = resolve("Clashes broke out in Tripoli overnight.");
    assert_eq!(place(&r, "Tripoli").country, "LY");
    let r = resolve("Clashes broke out in the northern Lebanese city of Tripoli overnight.");
    assert_eq!(place(&r, "Tripoli").country, "LB");
    let r = resolve("Fighting in Tripoli spread as Beirut called for calm.");
    assert_eq!(place(&r, "Tripoli").country, "LB");
}

#[test]
fn nearby_demonym_picks_the_country() {
    let r = resolve("Gunmen attacked a market in the northeastern Nigerian city of Maiduguri.");
    let p = place(&r, "Maiduguri");
    assert_eq!(p.country, "NG");
    assert!(p.population > 500_000);
}

#[test]
fn all_caps_muc_department_resolves_to_admin1() {
    let text = "SAN SALVADOR, 3 JAN 90 -- THE ARMY REPORTED CLASHES IN MORAZAN DEPARTMENT.";
    let r = resolve(text);
    let p = place(&r, "MORAZAN DEPARTMENT");
    assert_eq!(p.country, "SV");
    assert_eq!(p.precision, GeoPrecision::Admin1);
    assert_eq!(p.feature, FeatureClass::Admin1);
    assert_eq!(place(&r, "SAN SALVADOR").country, "SV");
}

#[test]
fn spans_are_bytes_of_the_original_text() {
    let text = "Troops reached Qandahār and São Paulo.";
    let m = kb().gazetteer.find_mentions(text);
    let surfaces: Vec<&str> = m.iter().map(|m| &text[m.range.clone()]).collect();
    assert_eq!(surfaces, ["Qandahār", "São Paulo"]);
    assert_eq!(m[0].candidates[0].country, "AF");
    assert_eq!(m[1].candidates[0].country, "BR");
}

#[test]
fn common_words_need_capitals_or_context() {
    let names = |t: &str| kb().gazetteer.find_mentions(t).into_iter().map(|m| m.text).collect::<Vec<_>>();
    // lower-case and sentence-initial common words are not places
    let n = names("Reading the report, the man of the bar said the split was nice.");
    assert!(n.is_empty(), "{n:?}");
    // capitalised inside a sentence they are
    let n = names("The truck attack in Nice killed 86 people.");
    assert_eq!(n, ["Nice"]);
    // ALL CAPS: only with a region after a comma
    let n = names("THE MAN SAID THE BAR WAS OF NO USE.");
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn places_near_the_dateline_keep_their_country() {
    let r = resolve("Flooding hit Labasa, Fiji, and villages in Taveuni.");
    let p = place(&r, "Labasa");
    assert_eq!(p.country, "FJ");
    assert!(p.lon > 178.0 && p.lon <= 180.0, "{}", p.lon);
    // Country coordinates stay inside Fiji (no averaging across +/-180).
    let fj = kb().gazetteer.country_by_code("FJ").map(|c| c.lon).unwrap_or(0.0);
    assert!(fj.abs() > 170.0, "{fj}");
}

#[test]
fn actor_aliases_resolve_to_one_id() {
    for alias in ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant"] {
        let e = kb().actors.lookup(alias);
        assert_eq!(e.first().map(|e| e.id.as_str()), Some("grp.is"), "{alias}");
    }
    for alias in ["Houthis", "Ansar Allah", "ansarallah"] {
        assert_eq!(kb().actors.lookup(alias).first().map(|e| e.id.as_str()), Some("grp.houthis"), "{alias}");
    }
    let pmf = kb().actors.lookup("Hashd al-Shaabi");
    assert_eq!(pmf[0].cameo.as_deref(), Some("IRQMIL"));
    assert_eq!(pmf[0].country.as_deref(), Some("IQ"));
}

#[test]
fn demonym_plus_agent_composes_a_national_actor() {
    let a = kb().actors.lookup("Salvadoran soldiers");
    assert_eq!(a[0].cameo.as_deref(), Some("SLVMIL"));
    assert_eq!(a[0].country.as_deref(), Some("SV"));
    assert_eq!(a[0].entry_type, EntryType::Compound);
    let a = kb().actors.lookup("the Nigerian Army");
    assert_eq!(a[0].cameo.as_deref(), Some("NGAMIL"));
    let m = kb().actors.find_mentions("Iraq's police arrested two men; the army of Nigeria denied it.");
    let cameos: Vec<_> = m.iter().filter_map(|m| m.cameo.as_deref()).collect();
    assert!(cameos.contains(&"IRQCOP"), "{cameos:?}");
    assert!(cameos.contains(&"NGAMIL"), "{cameos:?}");
}

#[test]
fn generic_agents_have_a_sector_but_no_country() {
    let m = kb().actors.find_mentions("Gunmen killed three civilians.");
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0].cameo.as_deref(), Some("UAF"));
    assert_eq!(m[0].country, None);
    assert_eq!(m[1].sector.as_deref(), Some("civilian"));
}

#[test]
fn institutions_and_metonyms() {
    let m = kb().actors.find_mentions("The Pentagon said Kabul had agreed.");
    assert_eq!(m[0].id, "gov.usa.pentagon");
    assert_eq!(m[0].cameo.as_deref(), Some("USAMIL"));
    assert_eq!(m[1].entry_type, EntryType::Metonym);
    assert_eq!(m[1].cameo.as_deref(), Some("AFGGOV"));
}

#[test]
fn exact_case_acronyms_do_not_match_common_words() {
    let ids = |t: &str| kb().actors.find_mentions(t).into_iter().map(|m| m.id).collect::<Vec<_>>();
    assert!(!ids("This is what it is.").contains(&"grp.is".to_string()));
    assert!(ids("IS fighters seized the town.").contains(&"grp.is".to_string()));
    assert!(!ids("HE SAID IT IS TRUE.").contains(&"grp.is".to_string()));
}

#[test]
fn actor_matching_handles_all_caps_diacritics_and_spans() {
    let text = "FMLN GUERRILLAS ATTACKED THE ATLACATL BATTALION; al-Qā'ida denied it.";
    let m = kb().actors.find_mentions(text);
    let ids: Vec<&str> = m.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["grp.fmln", "gov.slv.atlacatl", "grp.aq"]);
    assert_eq!(&text[m[0].range.clone()], "FMLN GUERRILLAS");
    assert_eq!(&text[m[2].range.clone()], "al-Qā'ida");
}

#[test]
fn matching_never_crosses_clause_punctuation() {
    // "Salvadoran, army" must not compose.
    let m = kb().actors.find_mentions("He is Salvadoran, army officers said.");
    assert!(m.iter().all(|m| m.entry_type != EntryType::Compound), "{m:?}");
}

#[test]
fn bad_input_is_handled() {
    assert!(kb().gazetteer.find_mentions("").is_empty());
    assert!(kb().actors.find_mentions("").is_empty());
    assert!(kb().actors.lookup("").is_empty());
    let junk = "\u{0}\u{1}\u{fffd}\u{fffd} ;;; ---";
    assert!(kb().gazetteer.find_mentions(junk).is_empty());
    assert!(resolve_places(junk, &[], &PlaceContext::default()).is_empty());
    assert!(sitrep_knowledge::Gazetteer::from_bytes(b"not a gazetteer").is_err());
}

#[test]
fn lower_case_division_words_and_actor_names_in_mixed_text() {
    let r = resolve("Taliban fighters attacked a checkpoint in Kandahar province, and Boko Haram militants raided a village near Maiduguri.");
    let k = place(&r, "Kandahar province");
    assert_eq!((k.country.as_str(), k.precision), ("AF", GeoPrecision::Admin1));
    // "Taliban", "Boko" and "Haram" are GeoNames places too, but here actors.
    assert!(r.iter().all(|p| !["Taliban", "Boko", "Haram"].contains(&p.text.as_str())), "{r:#?}");
    assert_eq!(place(&r, "Maiduguri").country, "NG");
}

#[test]
fn surnames_in_all_caps_text_are_not_foreign_towns() {
    let text = "SAN SALVADOR, 3 JAN 90 -- COLONEL RENE RODRIGUEZ SAID THE FMLN ATTACKED USULUTAN.";
    let r = resolve(text);
    assert_eq!(place(&r, "USULUTAN").country, "SV");
    assert!(r.iter().all(|p| p.country == "SV"), "{r:#?}");
}

#[test]
fn acronyms_in_all_caps_and_lower_case_text() {
    let ids = |t: &str| kb().actors.find_mentions(t).into_iter().map(|m| m.id).collect::<Vec<_>>();
    // dotted forms are unambiguous even in capitals
    assert!(ids("THE U.S. EMBASSY WAS ATTACKED.").contains(&"gov.usa.embassy".to_string()));
    assert!(ids("THE U.S. SENT AID.").contains(&"cty.USA".to_string()));
    // longer acronyms in lower-case text; word-like ones never
    assert!(ids("the eln and the fmln attacked").contains(&"grp.eln".to_string()));
    assert!(!ids("SANTA ANA, 5 MAY 90 -- THE ARMY SAID").contains(&"gov.afg.ana".to_string()));
    assert!(!ids("The crowd filled the arena.").contains(&"gov.slv.arena".to_string()));
    assert!(ids("ARENA won the vote.").contains(&"gov.slv.arena".to_string()));
}

#[test]
fn a_national_leader_followed_by_an_agent_composes() {
    let m = kb().actors.find_mentions("The Cristiani government denied it.");
    assert_eq!(m[0].cameo.as_deref(), Some("SLVGOV"), "{m:?}");
    assert_eq!(m[0].entry_type, EntryType::Compound);
}

#[test]
fn big_capitals_beat_small_namesakes_on_weak_hints() {
    // US evidence in the document must not move Moscow to Idaho.
    let r = resolve("President Joe Biden spoke in Washington while Moscow blamed Kyiv.");
    assert_eq!(place(&r, "Moscow").country, "RU");
    assert_eq!(place(&r, "Kyiv").country, "UA");
}

#[test]
fn months_titles_and_sentence_initial_countries() {
    let names = |t: &str| kb().gazetteer.find_mentions(t).into_iter().map(|m| m.text).collect::<Vec<_>>();
    let n = names("The Army said March would bring talks with King Abdullah.");
    assert!(n.is_empty(), "{n:?}");
    let n = names("Chad and Niger closed their borders.");
    assert_eq!(n, ["Chad", "Niger"]);
}

#[test]
fn a_region_in_parentheses_picks_the_country() {
    let r = resolve("Guillermo Galvan spoke today in San Jose (Costa Rica) about the Salvadoran talks.");
    assert_eq!(place(&r, "San Jose").country, "CR");
    let r = resolve("the minister said in san jose (costa rica) that the talks would resume.");
    assert_eq!(place(&r, "san jose").country, "CR");
}

#[test]
fn names_of_people_in_caseless_text_are_not_small_towns() {
    // Duarte (California), Franklin and Pablo are all small GeoNames
    // places; here they are parts of names, and the document's mention of
    // the United States does not make them American towns. (A city as big
    // as Orlando is still taken: only small places need an introducer.)
    let text = "a court presented a declaration by president jose napoleon duarte. the u.s. embassy \
                criticized the release of orlando llovera. the colonel waldemar franklin quintero was \
                murdered near juan pablo ii boulevard.";
    let r = resolve(text);
    for name in ["duarte", "franklin", "pablo"] {
        assert!(r.iter().all(|p| p.text != name), "{name} resolved as a place: {r:#?}");
    }
    // Introduced as places, the same small towns stay.
    let r = resolve("salvadoran guerrillas attacked the town of jocoro and a police post in tecoluca, san vicente department.");
    assert_eq!(place(&r, "jocoro").country, "SV");
    assert_eq!(place(&r, "tecoluca").country, "SV");
}

#[test]
fn a_surname_in_text_with_case_is_not_a_small_town() {
    // GeoNames gives "Abbas" as a name of Fort Abbas, a town in Pakistan.
    let r = resolve("Israel will free 150 prisoners as a gesture to Palestinian president Mahmud Abbas.");
    assert!(r.iter().all(|p| p.text != "Abbas"), "{r:#?}");
    // A small town after a word that starts place names, or introduced as
    // a place, stays.
    let r = resolve("Gunmen attacked a bus near Beledweyne on Saturday.");
    assert_eq!(place(&r, "Beledweyne").country, "SO");
    let r = resolve("Fighting was reported in Port Sudan and Kassala.");
    assert_eq!(place(&r, "Kassala").country, "SD");
}

/// "US Central Command", "Abu Khalil al-Suri": a small place or a district
/// that nothing in the document supports, inside a longer capitalised name,
/// is a word of that name; a division word after a place keeps it.
#[test]
fn a_word_of_a_longer_name_in_text_with_case_is_no_place() {
    let text = "A drone strike killed Abu Khalil al-Suri near Idlib in Syria, US Central Command said.";
    let r = resolve(text);
    for word in ["Central", "Abu", "Khalil", "Suri"] {
        assert!(r.iter().all(|p| p.text != word), "{word}: {r:#?}");
    }
    assert_eq!(place(&r, "Syria").country, "SY");
    // An abbreviated title is no place either ("Gen." is an alternate name
    // of a French village).
    let r = resolve("Army chief Gen. Abdel Fattah al-Burhan visited troops in Omdurman on Wednesday.");
    assert!(r.iter().all(|p| p.text != "Gen"), "{r:#?}");
    assert_eq!(place(&r, "Omdurman").country, "SD");
    let r = resolve("Gunmen abducted 30 students from a school near Dutsin Ma in Katsina on Thursday.");
    assert_eq!(place(&r, "Katsina").country, "NG");
    let r = resolve("Gunmen abducted 30 students from a school near Kankara Town on Thursday.");
    assert!(r.iter().any(|p| p.text.starts_with("Kankara")), "{r:#?}");
}

#[test]
fn a_demonym_is_no_place() {
    // GeoNames has a "Somali" region in Ethiopia and an "Afghan" village;
    // as adjectives they are nationalities.
    for text in ["The Somali militant group claimed the attack.", "Afghan forces retook the town of Kunduz."] {
        let places = resolve(text);
        assert!(places.iter().all(|p| !kb().actors.is_demonym(&p.text)), "{text}: {places:#?}");
    }
    assert!(kb().actors.is_demonym("Somali") && kb().actors.is_demonym("british"));
    assert!(!kb().actors.is_demonym("Somalia") && !kb().actors.is_demonym("Mogadishu"));
    // The country itself is still a place.
    assert_eq!(place(&resolve("Fighting spread across Somalia."), "Somalia").precision, GeoPrecision::Country);
}

#[test]
fn coordinated_nationalities_name_each_country() {
    let text = "US and British activists protested; French, German and Dutch troops left; Iraqi police stayed.";
    let mentions = kb().actors.find_mentions(text);
    let compounds: Vec<(&str, Option<&str>)> =
        mentions.iter().filter(|m| m.entry_type == EntryType::Compound).map(|m| (m.text.as_str(), m.country.as_deref())).collect();
    for expected in [
        ("US and British activists", Some("US")),
        ("British activists", Some("GB")),
        ("French, German and Dutch troops", Some("FR")),
        ("German and Dutch troops", Some("DE")),
        ("Dutch troops", Some("NL")),
        ("Iraqi police", Some("IQ")),
    ] {
        assert!(compounds.contains(&expected), "{expected:?} not in {compounds:?}");
    }
    // A country name that no agent noun follows stays a country.
    let mentions = kb().actors.find_mentions("Talks between France and Germany and British officials.");
    assert!(mentions.iter().any(|m| m.text == "France" && m.entry_type == EntryType::Country), "{mentions:#?}");
}

#[test]
fn a_compass_word_before_a_place_is_part_of_it() {
    // Uganda and Kenya have an "Eastern" region; "Eastern Ukraine" is in Ukraine.
    for text in ["The plane came down over Eastern Ukraine.", "Clashes spread across Northern Mali.", "TROOPS MOVED INTO WESTERN SYRIA."] {
        let places = resolve(text);
        assert!(places.iter().all(|p| p.precision == GeoPrecision::Country), "{text}: {places:#?}");
    }
    // A region whose name holds the compass word is still found whole.
    assert_eq!(place(&resolve("Fighting raged in Eastern Province on Monday."), "Eastern Province").precision, GeoPrecision::Admin1);
}

/// "Poles" and "Polish" are also the plural of "pole" and the verb "polish":
/// in text with case only the capitalised forms name Poland, and "poles" in
/// lower-case or capitals text never does.
#[test]
fn demonyms_that_are_common_words_need_their_capital() {
    let names_poland = |t: &str| kb().actors.find_mentions(t).into_iter().any(|m| m.id.starts_with("cty.POL"));
    assert!(names_poland("Two Poles were kidnapped in Kabul on Monday."));
    assert!(names_poland("The Polish embassy condemned the attack."));
    assert!(!names_poland("A bomb damaged two electric power poles in the suburbs."));
    assert!(!names_poland("a bomb damaged two electric power poles in the suburbs"));
    assert!(!names_poland("Soldiers polish their boots before the parade."));
}

/// "Alfonso de Lima", "the University of Lima" vs "Lima said": a capital
/// after a name particle is part of a person's or an institution's name,
/// not the country's government.
#[test]
fn a_capital_after_a_name_particle_is_no_government() {
    let governments = |t: &str| kb().actors.find_mentions(t).into_iter().filter(|m| m.id.ends_with(".gov")).count();
    assert_eq!(governments("Two bodyguards, Dagoberto Rodriguez and Alfonso de Lima, were killed."), 0);
    assert_eq!(governments("Lima said the rebels were behind the attack."), 1);
}

/// A place matched only by a name in another language, on another
/// continent than every country the document speaks of, is a namesake the
/// gazetteer lacks ("Boni" in central Mali is not Bonn, whose Italian name
/// it is); transliterations of a neighbour's towns stay.
#[test]
fn a_foreign_name_of_a_place_on_another_continent_is_no_match() {
    let r = resolve("A roadside bomb killed four soldiers near the town of Boni in central Mali on Sunday.");
    assert!(r.iter().all(|p| p.country != "DE"), "{r:#?}");
    let r = resolve("Hezbollah fired rockets from southern Lebanon at Nahariya on Wednesday.");
    assert_eq!(place(&r, "Nahariya").country, "IL");
    // So is a district: "Northwest" is an alternate name of a sector of
    // Dubai, not Cameroon's region.
    let r = resolve("Separatists attacked a school in Cameroon's Northwest region on Monday.");
    assert!(r.iter().all(|p| p.country != "AE"), "{r:#?}");
}
