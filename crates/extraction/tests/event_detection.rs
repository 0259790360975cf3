//! Whether an event is found at all: triggers of the lexicon in their less
//! common phrasings, in mixed-case and lower-case (wire-transcript) text.

use sitrep_schema::{DocumentResult, Event, EventKind, InputDocument, Modality, Role};

fn extract(text: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("d".into()), text: text.into(), published: Some("2024-03-10".into()), ..Default::default() };
    sitrep_extraction::extract_document("d", &doc)
}

fn dump(r: &DocumentResult) -> String {
    r.events
        .iter()
        .map(|e| format!("{:?}/{:?}/{:?} {:?} {:?}", e.kind, e.subtype, e.modality, e.trigger.text, e.actors.iter().map(|a| (a.role, a.text.as_str())).collect::<Vec<_>>()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The asserted events of the document of `kind`.
fn of_kind(r: &DocumentResult, kind: EventKind) -> Vec<&Event> {
    r.events.iter().filter(|e| e.kind == kind && e.modality == Modality::Asserted).collect()
}

/// The lower-case texts of the actors in `role` of the events of `kind`.
fn actors(r: &DocumentResult, kind: EventKind, role: Role) -> Vec<String> {
    of_kind(r, kind).iter().flat_map(|e| e.actors_with(role).map(|a| a.text.to_lowercase())).collect()
}

/// "held hostage", "kept X hostage", "took X hostage", "taking as hostages
/// X": hostage-taking in the phrasings where the parser hangs the people
/// taken, or who took them, on the noun "hostage".
#[test]
fn people_held_or_taken_hostage_are_kidnapped() {
    let cases: [(&str, &str, Option<&str>); 6] = [
        ("Two surveyors are being held hostage by rebels in the jungle of Darien.", "two surveyors", Some("rebels")),
        ("the gunmen held three nuns hostage in the chapel for six hours.", "three nuns", Some("gunmen")),
        ("The bandits kept the rancher hostage in a mountain camp for a week.", "rancher", Some("bandits")),
        ("the militiamen took two pilots hostage on monday.", "two pilots", Some("militiamen")),
        ("The commandos withdrew, taking as hostages two technicians of the water utility.", "two technicians", None),
        ("the guerrillas have taken as hostage a local judge.", "local judge", Some("guerrillas")),
    ];
    for (text, victim, perpetrator) in cases {
        let r = extract(text);
        let victims = actors(&r, EventKind::Kidnapping, Role::Victim);
        assert!(victims.iter().any(|v| v == victim), "{text}\n{}", dump(&r));
        assert!(!victims.iter().any(|v| v.contains("hostage")), "{text}\n{}", dump(&r));
        if let Some(p) = perpetrator {
            assert!(actors(&r, EventKind::Kidnapping, Role::Perpetrator).iter().any(|x| x == p), "{text}\n{}", dump(&r));
        }
    }
}
