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

/// A weapon word that modifies another noun is named with it ("grenade
/// launchers") or is no weapon at all ("tank trucks", "bomb squad"); before
/// an event word ("bomb attack", "rifle fire") it is the weapon itself.
#[test]
fn a_weapon_word_modifying_another_noun_names_the_weapon_with_it_or_none() {
    let cases: [(&str, &[&str], &[&str]); 5] = [
        ("Rebels attacked the police post with M-79 grenade launchers and RPG-7 rocket launchers on Monday.", &["m-79 grenade launchers", "rpg-7 rocket launchers"], &["grenade", "rocket"]),
        ("Guerrillas set fire to three tank trucks near the refinery in Tibu.", &[], &["tank"]),
        ("Gunmen killed a member of the police bomb squad in Cucuta on Sunday.", &[], &["bomb"]),
        ("A bomb attack destroyed the mayor's office in Puerto Asis.", &["bomb"], &[]),
        ("Gunmen killed two soldiers with rifle fire near the bridge at Yondo.", &["rifle"], &[]),
    ];
    assert_weapons(&cases);
}

/// A charge, stick or cartridge "of" an explosive is one weapon named with
/// its explosive ("a charge of dynamite"), not the charge and the dynamite
/// as two; a weight of an explosive stays the explosive alone.
#[test]
fn a_charge_of_an_explosive_is_one_weapon_named_with_it() {
    let cases: [(&str, &[&str], &[&str]); 5] = [
        ("unidentified men detonated a charge of dynamite outside the offices of the water company in huancayo.", &["charge of dynamite"], &["dynamite", "charge"]),
        ("Rebels placed a powerful charge of TNT at the door of the town hall in Ocaña on Friday.", &["powerful charge of tnt"], &["tnt", "powerful charge"]),
        ("the guerrillas blew up the bridge over the cauca river with several charges of dynamite.", &["charges of dynamite"], &["dynamite", "charges"]),
        ("two youths hurled sticks of dynamite at the police station in la ceiba last night.", &["sticks of dynamite"], &["dynamite", "sticks"]),
        ("terrorists blew up a pylon near tarma with 20 kg of dynamite.", &["dynamite"], &["kg of dynamite"]),
    ];
    assert_weapons(&cases);
}

/// For each text, the weapons it must name and those it must not.
fn assert_weapons(cases: &[(&str, &[&str], &[&str])]) {
    for (text, wanted, unwanted) in cases {
        let r = extract(text);
        let found = weapons(&r);
        for w in wanted.iter() {
            assert!(found.iter().any(|f| f == w), "{text}: {found:?} lacks {w}");
        }
        for w in unwanted.iter() {
            assert!(!found.iter().any(|f| f == w), "{text}: {found:?} has {w}");
        }
    }
}

/// "launched two bombs against a bank": launching a weapon is an attack
/// with it; launching anything else ("launched a campaign", "launched a
/// new newspaper") is none.
#[test]
fn launching_a_weapon_is_an_attack() {
    let r = extract("urban commandos launched two homemade bombs against a bank in the capital this morning.");
    assert!(r.events.iter().any(|e| e.kind == sitrep_schema::EventKind::Attack), "{:?}", r.events);
    assert!(weapons(&r).iter().any(|w| w == "two homemade bombs" || w == "homemade bombs" || w == "bombs"), "{:?}", weapons(&r));
    let r = extract("the ministry launched a new literacy campaign in the capital this morning.");
    assert!(!r.events.iter().any(|e| e.kind == sitrep_schema::EventKind::Attack), "{:?}", r.events);
}

/// An attack told with a support verb has its weapons in the verb's clause
/// ("the attack was carried out with grenades", "carried out the raid with
/// drones"), and one told as firing a weapon at a target ("fired mortars
/// and rockets at the base") has the weapons it fired.
#[test]
fn weapons_of_support_verbs_and_of_firing_at_a_target() {
    let cases: [(&str, &[&str], &[&str]); 5] = [
        ("The attack on the police post in Kidal was carried out with grenades and rifles.", &["grenades", "rifles"], &[]),
        ("Militants carried out the raid on the camp near Diffa with rocket-propelled grenades on Sunday.", &["rocket-propelled grenades"], &[]),
        ("Insurgents launched an assault on the base at Mopti with mortars on Tuesday.", &["mortars"], &[]),
        ("Militants fired mortars and rockets at the army base near Gao on Sunday.", &["mortars", "rockets"], &[]),
        ("Rebels fired artillery shells at the airport in Goma overnight.", &["artillery shells"], &[]),
    ];
    assert_weapons(&cases);
}

/// A sentence that only tells what the act just reported was done with
/// gives its weapons to that act; one about someone else's arms does not.
#[test]
fn weapons_told_in_a_later_sentence_join_the_act_before() {
    let cases: [(&str, &[&str], &[&str]); 4] = [
        ("Gunmen attacked a police station in Kidal on Monday, killing three officers. The attackers used grenades and machine guns.", &["grenades", "machine guns"], &[]),
        ("Militants stormed a village near Djibo on Sunday and killed 12 civilians. According to witnesses, two automatic rifles were used.", &["automatic rifles"], &[]),
        ("A bomb exploded at a market in Mogadishu on Saturday, killing five people. The bomb contained about 10 kilograms of TNT, police said.", &["bomb", "tnt"], &[]),
        ("Gunmen attacked a police station in Kidal on Monday, killing three officers. The army uses drones and artillery in the region.", &[], &["drones", "artillery"]),
    ];
    assert_weapons(&cases);
}

/// A weapon of a violent act read as an interaction is listed once.
#[test]
fn a_weapon_fired_at_a_target_is_listed_once() {
    for text in ["Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.", "Militants fired a mortar bomb at the army base near Gao on Sunday."] {
        let r = extract(text);
        let found = weapons(&r);
        let bombs = found.iter().filter(|w| w.as_str() == "mortar bomb").count();
        assert!(bombs >= 1, "{text}: {found:?}");
        for e in &r.events {
            let texts: Vec<String> = e.weapons.iter().map(|w| w.text.to_lowercase()).collect();
            let mut unique = texts.clone();
            unique.dedup();
            assert_eq!(texts, unique, "{text}: {texts:?}");
        }
    }
}

/// A weapon word before a bare plural event word names a kind of act
/// ("waves of bomb attacks", "mortar blasts shook the city"), not the
/// weapon of one; counted acts, acts told with their target, and items of
/// acts just told keep it.
#[test]
fn a_weapon_word_before_a_bare_plural_act_names_a_kind_of_act() {
    let cases: [(&str, &[&str], &[&str]); 4] = [
        ("The cartel answered the extradition decree by carrying out bomb attacks and threatening judges.", &[], &["bomb"]),
        ("Police said rebels had staged four dynamite attacks on the pipeline near Saravena.", &["dynamite"], &[]),
        ("There were attacks across the city overnight, including bomb attacks on the homes of two judges.", &["bomb"], &[]),
        ("A bomb attack destroyed the mayor's office in Puerto Asis.", &["bomb"], &[]),
    ];
    assert_weapons(&cases);
}
