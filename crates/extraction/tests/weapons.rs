//! The words a weapon is named by: the weapon itself, without what was
//! done with it.

use sitrep_schema::{DocumentResult, InputDocument};

fn extract(text: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("d".into()), text: text.into(), published: Some("2024-03-10".into()), ..Default::default() };
    sitrep_extraction::extract_document("d", &doc)
}

/// Every weapon text of the document's events, lower-cased.
fn weapons(r: &DocumentResult) -> Vec<String> {
    r.events.iter().flat_map(|e| e.weapon.iter().chain(&e.weapons).map(|w| w.text.to_lowercase())).collect()
}

/// "throwing grenades": the parser may keep the participle inside the
/// weapon's phrase; the weapon is "grenades".
#[test]
fn a_verb_before_the_weapon_is_not_part_of_its_name() {
    let cases = [
        ("the terrorists attacked the patrol throwing grenades at the soldiers.", "grenades"),
        ("Militants stormed the checkpoint, throwing grenades and firing rifles.", "grenades"),
        ("the guerrillas attacked the town launching rockets at the police post.", "rockets"),
    ];
    for (text, weapon) in cases {
        let r = extract(text);
        let found = weapons(&r);
        assert!(found.iter().any(|w| w == weapon), "{text}: {found:?}");
        assert!(!found.iter().any(|w| w.contains("ing ")), "{text}: {found:?}");
    }
}
