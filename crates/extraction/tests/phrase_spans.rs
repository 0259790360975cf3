//! Where an actor's phrase ends: no gerund cut from its object.

use sitrep_schema::{DocumentResult, InputDocument, Role};

fn extract(text: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("d".into()), text: text.into(), published: Some("2024-03-10".into()), ..Default::default() };
    sitrep_extraction::extract_document("d", &doc)
}

/// Lower-case text of every perpetrator of every event.
fn perpetrators(r: &DocumentResult) -> Vec<String> {
    r.events.iter().flat_map(|e| e.actors_with(Role::Perpetrator).map(|a| a.text.to_lowercase())).collect()
}

/// A gerund the parser left without its object ("ski masks" taken for the
/// subject of "robbed") is no part of the phrase: "group of armed men", not
/// "group of armed men wearing". A gerund with its object stays ("two men
/// riding a motorcycle").
#[test]
fn a_gerund_cut_from_its_object_does_not_end_the_phrase() {
    let cases = [
        ("a group of armed men wearing ski masks robbed a farmer on a rural road near the town on 3 march.", "group of armed men"),
        ("a band of gunmen carrying rifles murdered a shopkeeper in the market on monday.", "band of gunmen"),
    ];
    for (text, expected) in cases {
        let r = extract(text);
        let perps = perpetrators(&r);
        assert!(perps.iter().all(|p| !p.ends_with("wearing") && !p.ends_with("carrying")), "{text}\n{perps:?}");
        assert!(perps.iter().any(|p| p == expected || p.starts_with(&format!("{expected} ")) && p.split_whitespace().count() > expected.split_whitespace().count() + 1), "{text}\n{perps:?}");
    }
    let text = "the mayor was shot by two men riding a motorcycle outside his home.";
    let perps = perpetrators(&extract(text));
    assert!(perps.iter().any(|p| p == "two men riding a motorcycle"), "{text}\n{perps:?}");
}

/// Lower-case text of every target of every event.
fn targets(r: &DocumentResult) -> Vec<String> {
    r.events.iter().flat_map(|e| e.actors_with(Role::Target).map(|a| a.text.to_lowercase())).collect()
}

/// A building known by its owner keeps the owner's name after the title,
/// also when the parser hung the name on the building as a bare modifier.
#[test]
fn an_owners_name_after_the_title_stays_in_the_target() {
    let cases = [
        ("terrorists attacked the residence of vice president-elect ramiro quintana with rifles.", "residence of vice president-elect ramiro quintana"),
        ("a bomb exploded at the residence of vice minister ernesto paredes last night.", "residence of vice minister ernesto paredes"),
    ];
    for (text, expected) in cases {
        let ts = targets(&extract(text));
        assert!(ts.iter().any(|t| t == expected), "{text}\n{ts:?}");
    }
}

/// "stormed a hotel popular with government officials in the capital late
/// Friday": a time word the parser ran into a modifier after the head
/// ends the phrase, with the "late" before it.
#[test]
fn a_time_word_ends_a_modifier_after_the_head() {
    for (text, head, time) in [
        ("Al-Shabaab militants stormed a hotel popular with government officials in Somalia's capital late Friday, police said.", "hotel", ["late", "friday"]),
        ("Militants stormed a hotel popular with government officials in Mogadishu late Friday, police said.", "hotel", ["late", "friday"]),
        ("Gunmen attacked a school run by missionaries near Bunia on Tuesday night, residents said.", "school", ["tuesday", "night"]),
    ] {
        let r = extract(text);
        let targets: Vec<String> = r.events.iter().flat_map(|e| e.actors_with(Role::Target).map(|a| a.text.to_lowercase())).collect();
        assert!(targets.iter().any(|t| t.starts_with(head)), "{text}: {targets:?}");
        for t in &targets {
            assert!(!t.split_whitespace().any(|w| time.contains(&w)), "{text}: {t:?}");
        }
    }
}

/// "the radio sur studios, which is very close to the port authority": a
/// relative clause whose predicate is an adjective, which the parser may
/// label a modifier of the noun, is no part of the phrase.
#[test]
fn a_relative_clause_read_as_a_modifier_ends_the_phrase() {
    let text = "last week rebels dynamited the radio sur studios, which is very close to the port authority.";
    let r = extract(text);
    let t = targets(&r);
    assert!(t.contains(&"radio sur studios".to_string()), "{text}\n{t:?}");
}
