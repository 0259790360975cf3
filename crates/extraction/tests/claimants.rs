//! Who claims: claims whose claimant is named in a passive "by" phrase,
//! by the possessor of a claiming unit, or through a spokesman "for" a
//! group inside a reported clause (issue #6, session 14).

use sitrep_schema::{DocumentResult, Event, EventKind, InputDocument, Role};

fn extract(text: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("d".into()), text: text.into(), published: Some("2024-03-10".into()), ..Default::default() };
    sitrep_extraction::extract_document("d", &doc)
}

fn claims(r: &DocumentResult) -> Vec<&Event> {
    r.events.iter().filter(|e| e.kind == EventKind::Claim).collect()
}

fn claimants(r: &DocumentResult) -> Vec<String> {
    claims(r).iter().flat_map(|e| e.actors_with(Role::Claimant)).map(|a| a.text.to_lowercase()).collect()
}

fn dump(r: &DocumentResult) -> String {
    r.events
        .iter()
        .map(|e| format!("{} {:?} {:?} about={:?} {:?}", e.id, e.kind, e.modality, e.about, e.actors.iter().map(|a| (a.role, a.text.as_str())).collect::<Vec<_>>()))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn passive_claim_names_its_claimant_in_the_by_phrase() {
    for (text, who) in [
        ("A bomb destroyed a power station in Cuenca on Monday. The bombing was claimed by the Popular Revolutionary Vanguard.", "popular revolutionary vanguard"),
        ("Gunmen killed a judge in Valdivia. Responsibility for the murder was claimed by the Red Dawn Brigades in a telephone call.", "red dawn brigades"),
        ("The attack on the army post, which was claimed by the Southern Liberation Front, left four soldiers dead.", "southern liberation front"),
    ] {
        let r = extract(text);
        assert!(claimants(&r).iter().any(|c| c.contains(who)), "{text}\n{}", dump(&r));
    }
}

#[test]
fn the_group_owning_a_claiming_unit_claims_too() {
    for (text, who) in [
        ("A car bomb exploded outside a bank in Ibague. The PRV's Manuel Ortiz urban command claimed responsibility for the bombing.", "prv"),
        ("Rebels ambushed a convoy near Tulua. The Southern Front's mobile unit claimed responsibility for the ambush.", "southern front"),
        ("A bomb damaged a gas pipeline near Arauca. The mln-rc's jose antonio galan unit claimed responsibility for the attack.", "mln-rc"),
    ] {
        let r = extract(text);
        // The group itself, not only the unit's phrase that holds its name.
        assert!(claimants(&r).iter().any(|c| c.trim_start_matches("the ") == who), "{text}\n{}", dump(&r));
    }
}

#[test]
fn a_spokesman_for_a_group_claims_for_it_in_a_reported_clause() {
    for (text, who) in [
        ("A bomb damaged the court in Pasto. A television reporter said that a spokesman for the Red Dawn Brigades had claimed responsibility for the bombing.", "red dawn brigades"),
        ("Gunmen burned a bus in Neiva. Police reported that a spokesman of the Popular Militia claimed responsibility for the attack.", "popular militia"),
    ] {
        let r = extract(text);
        let c = claimants(&r);
        assert!(c.iter().any(|c| c.contains(who)), "{text}\n{}", dump(&r));
        assert!(!c.iter().any(|c| c.contains("reporter") || c == "police"), "{text}\n{}", dump(&r));
    }
}


#[test]
fn a_caller_speaking_on_behalf_of_a_group_claims_for_it() {
    for (text, who) in [
        ("A bomb damaged the court in Pasto. A man speaking on behalf of the Red Dawn Brigades claimed responsibility for the bombing.", "red dawn brigades"),
        ("Gunmen burned a bus in Neiva. A caller acting on behalf of the Ricardo Franco Front claimed responsibility for the attack.", "ricardo franco front"),
        ("A grenade wounded two policemen in Cucuta. A woman speaking on behalf of the MLN-RC claimed the attack in a call to a radio station.", "mln-rc"),
    ] {
        let r = extract(text);
        let c = claimants(&r);
        assert!(c.iter().any(|c| c.trim_start_matches("the ") == who), "{text}\n{}", dump(&r));
        assert!(!c.iter().any(|c| c.contains("man") || c.contains("caller")), "{text}\n{}", dump(&r));
    }
}

/// "the radio says rebel troops are leaving their posts": "leave" is an
/// act only when a bomb is what is left, so a report of troops leaving
/// accuses no one, while "left a bomb" does tell of an attack.
#[test]
fn leaving_posts_is_no_attack_and_accuses_no_one() {
    for text in ["The army radio has been saying that rebel troops are leaving their posts.", "officials said the militia was leaving the town."] {
        let r = extract(text);
        let accused: Vec<&Event> = r.events.iter().filter(|e| e.actors.iter().any(|a| a.role == Role::Accused)).collect();
        assert!(accused.is_empty(), "{text}\n{}", dump(&r));
        assert!(!r.events.iter().any(|e| e.kind == EventKind::Attack), "{text}\n{}", dump(&r));
    }
    let r = extract("Police said two men left a bomb at the entrance of the bank.");
    assert!(r.events.iter().any(|e| e.kind == EventKind::Attack), "{}", dump(&r));
}
