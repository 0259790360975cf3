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
        .map(|e| {
            let actors: Vec<_> = e.actors.iter().map(|a| (a.role, a.text.as_str())).collect();
            let weapons: Vec<&str> = e.weapons.iter().map(|w| w.text.as_str()).collect();
            format!("{:?}/{:?}/{:?} {:?} {actors:?} {weapons:?}", e.kind, e.subtype, e.modality, e.trigger.text)
        })
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

/// A bomb found and defused is an attempted bombing: the bomb is its
/// weapon, where it was left its target, and who defused it is no
/// perpetrator. Without a weapon "defuse" is no attack.
#[test]
fn a_defused_bomb_is_an_attempted_bombing_without_the_defuser_as_perpetrator() {
    let cases: [(&str, &str, Option<&str>); 4] = [
        ("Army sappers defused a car bomb parked outside the electoral court on Friday.", "car bomb", Some("electoral court")),
        ("an explosive charge was defused by police experts in the town of san lucas this morning.", "explosive charge", None),
        ("Police deactivated a dynamite charge left at the gate of the power plant.", "dynamite charge", Some("gate of the power plant")),
        ("two grenades were deactivated by soldiers of the engineering battalion.", "grenades", None),
    ];
    for (text, weapon, target) in cases {
        let r = extract(text);
        let attempts: Vec<&Event> = of_kind(&r, EventKind::Attack).into_iter().filter(|e| e.subtype.as_deref() == Some("attempted_bombing")).collect();
        assert_eq!(attempts.len(), 1, "{text}\n{}", dump(&r));
        let e = attempts[0];
        assert!(e.weapons.iter().any(|w| w.text.to_lowercase() == weapon), "{text}\n{}", dump(&r));
        assert!(e.actors_with(Role::Perpetrator).next().is_none(), "{text}\n{}", dump(&r));
        if let Some(t) = target {
            assert!(e.actors_with(Role::Target).any(|a| a.text.to_lowercase() == t), "{text}\n{}", dump(&r));
        }
    }
    for text in ["The minister defused the crisis with a new offer.", "negotiators deactivated the dispute over wages."] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Attack).is_empty(), "{text}\n{}", dump(&r));
    }
}

/// One-word and reordered names of common weapons ("submachinegun",
/// "dynamite sticks") are weapons: they make "hurl" and "fire" attacks and
/// fill the event's weapon.
#[test]
fn one_word_and_reordered_weapon_names_are_weapons() {
    let cases = [
        ("Two dynamite sticks were hurled at the offices of the mining company last night.", "dynamite sticks"),
        ("the gunmen fired their submachineguns at the patrol car of the traffic police.", "submachineguns"),
        ("The judge was shot with a submachinegun as she left the courthouse.", "submachinegun"),
    ];
    for (text, weapon) in cases {
        let r = extract(text);
        let weapons: Vec<String> = of_kind(&r, EventKind::Attack).iter().flat_map(|e| e.weapons.iter().map(|w| w.text.to_lowercase())).collect();
        assert!(weapons.iter().any(|w| w.ends_with(weapon)), "{text}\n{}", dump(&r));
    }
}

/// "the death of X" is a killing of X; a death from an illness or called
/// natural is none, nor are "death squads", "death threats" or "a heart
/// attack".
#[test]
fn the_death_of_someone_is_a_killing_unless_natural() {
    let cases = [
        ("The judge is investigating the death of two students in the raid on the campus.", "two students"),
        ("police are investigating the death of the journalist, who was found with three bullet wounds.", "journalist"),
        ("The opposition blamed the militia for the death of Ramon Quiroga, a union leader.", "ramon quiroga"),
    ];
    for (text, victim) in cases {
        let r = extract(text);
        // A death told beside the raid that caused it is that attack.
        let events = [of_kind(&r, EventKind::Killing), of_kind(&r, EventKind::Attack)].concat();
        let victims: Vec<String> = events.iter().flat_map(|e| e.actors_with(Role::Victim).map(|a| a.text.to_lowercase())).collect();
        assert!(victims.iter().any(|v| v.ends_with(victim)), "{text}\n{}", dump(&r));
    }
    let none = [
        "the family announced the death of the bishop from cancer on sunday.",
        "The nation mourns the natural death of the former president.",
        "the government reported the death of the businessman after a heart attack.",
        "Death squads have sent death threats to the members of the commission.",
        "The colonel suffered a heart attack on Monday.",
    ];
    for text in none {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Killing).is_empty() && of_kind(&r, EventKind::Attack).is_empty(), "{text}\n{}", dump(&r));
    }
}

/// Remains found are a killing of the dead, and whoever found them is no
/// perpetrator; other things found are no event.
#[test]
fn bodies_found_are_a_killing_of_the_dead() {
    let cases = [
        ("The bodies of three farmers were found yesterday near the road to Pital.", "three farmers"),
        ("the body of the missing reporter was found in a ditch outside the town.", "missing reporter"),
        ("Villagers discovered the corpse of a young teacher on Sunday.", "young teacher"),
    ];
    for (text, victim) in cases {
        let r = extract(text);
        let killings = of_kind(&r, EventKind::Killing);
        assert!(killings.iter().any(|e| e.actors_with(Role::Victim).any(|a| a.text.to_lowercase().ends_with(victim))), "{text}\n{}", dump(&r));
        assert!(killings.iter().all(|e| e.actors_with(Role::Perpetrator).next().is_none()), "{text}\n{}", dump(&r));
    }
    for text in ["The police found weapons and documents in the house.", "engineers discovered a leak in the pipeline."] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Killing).is_empty(), "{text}\n{}", dump(&r));
    }
}

/// "shot repeatedly at", "fired indiscriminately on", "fired back at": a
/// verb + preposition trigger split by one or two adverbs is still the
/// trigger, and its preposition's phrase is what was shot at; "shoot"
/// alone needs an object and "fire" alone a weapon, so without the
/// preposition these sentences had no event.
#[test]
fn a_verb_and_its_preposition_split_by_adverbs_are_a_trigger() {
    let cases: [(&str, &str, &str); 4] = [
        ("Two masked gunmen shot repeatedly at the offices of an opposition newspaper in Port-au-Prince on Sunday.", "two masked gunmen", "offices of an opposition newspaper"),
        ("Police fired indiscriminately on the protesters outside parliament, witnesses said.", "police", "protesters"),
        ("The soldiers fired back at the rebels from the roof of the school.", "soldiers", "rebels"),
        ("unidentified attackers fired once again at the police station near the border crossing.", "unidentified attackers", "police station"),
    ];
    for (text, doer, hit) in cases {
        let r = extract(text);
        let attacks = of_kind(&r, EventKind::Attack);
        assert_eq!(attacks.len(), 1, "{text}\n{}", dump(&r));
        let e = attacks[0];
        assert!(e.trigger.text.ends_with(" at") || e.trigger.text.ends_with(" on"), "{text}\n{}", dump(&r));
        assert_eq!(e.subtype.as_deref(), Some("armed_assault"), "{text}\n{}", dump(&r));
        assert!(actors(&r, EventKind::Attack, Role::Perpetrator).iter().any(|p| p == doer), "{text}\n{}", dump(&r));
        let hit_texts: Vec<String> = e.actors.iter().filter(|a| matches!(a.role, Role::Target | Role::Victim)).map(|a| a.text.to_lowercase()).collect();
        assert!(hit_texts.iter().any(|h| h.ends_with(hit)), "{text}\n{}", dump(&r));
    }
    // Three adverbs are more than a trigger spans, and an adverb before a
    // preposition of no trigger makes none.
    for text in ["The reporter spoke briefly at the news conference in Nairobi.", "He fired the rifle, then waited quietly on the roof."] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Attack).iter().all(|e| !e.trigger.text.contains(' ')), "{text}\n{}", dump(&r));
    }
}

/// "armed men broke into the home of ...", "gunmen burst into a church":
/// forcing one's way into a building, a vehicle or a place is an attack on
/// it; "broke into tears" and "burst into applause" are none.
#[test]
fn breaking_into_a_building_is_an_attack_on_it() {
    let cases: [(&str, &str, &str); 3] = [
        ("Armed men broke into the home of a local council member in Guerrero state and shot him dead.", "armed men", "home of a local council member"),
        ("Gunmen burst into a church in the town of Owo during Sunday mass.", "gunmen", "church"),
        ("suspected militants broke into a boarding school near the border before dawn on saturday.", "militants", "boarding school"),
    ];
    for (text, doer, hit) in cases {
        let r = extract(text);
        let attacks = of_kind(&r, EventKind::Attack);
        assert!(attacks.iter().any(|e| e.trigger.text.ends_with(" into")), "{text}\n{}", dump(&r));
        assert!(actors(&r, EventKind::Attack, Role::Perpetrator).iter().any(|p| p == doer), "{text}\n{}", dump(&r));
        assert!(actors(&r, EventKind::Attack, Role::Target).iter().any(|t| t == hit), "{text}\n{}", dump(&r));
    }
    for text in ["The minister broke into tears during the hearing in Nairobi.", "The crowd burst into applause when the verdict was read."] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Attack).is_empty(), "{text}\n{}", dump(&r));
    }
}

/// "Thousands of people marched", "5,000 residents rallied": a multitude
/// of people (or a figure of them) marching or rallying is a crowd, so a
/// protest; soldiers marching are none.
#[test]
fn a_multitude_of_people_marching_is_a_protest() {
    for text in [
        "Thousands of people marched through central Belgrade on Saturday to demand the government's resignation.",
        "About 5,000 residents rallied outside the governor's office in Lagos on Monday.",
    ] {
        let r = extract(text);
        assert_eq!(of_kind(&r, EventKind::Protest).len(), 1, "{text}: {}", dump(&r));
        assert!(!actors(&r, EventKind::Protest, Role::Perpetrator).is_empty(), "{text}: {}", dump(&r));
    }
    let r = extract("Thousands of soldiers marched through Red Square during the parade on Friday.");
    assert!(of_kind(&r, EventKind::Protest).is_empty(), "{}", dump(&r));
}

/// "harshly attacked the president", "burned US flags and an effigy": an
/// attack said of words, and the burning of things that are only signs,
/// are criticism and protest, no act of force; a real attack beside them
/// stays ("fiercely attacked the army base", "burned a police station and
/// two flags").
#[test]
fn attacks_in_words_and_burnt_symbols_are_no_attacks() {
    for text in [
        "The opposition leader harshly attacked President Tinubu and called him a liar.",
        "The minister sharply attacked the new fuel policy on Monday.",
        "Protesters burned eight US flags and an effigy of the president outside the embassy in Islamabad.",
        "Demonstrators also burned a coffin symbolizing the IMF.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Attack).is_empty(), "{text}\n{}", dump(&r));
    }
    for text in ["Gunmen fiercely attacked the army base in Gao.", "Rioters burned a police station and two flags in Kano."] {
        let r = extract(text);
        assert_eq!(of_kind(&r, EventKind::Attack).len(), 1, "{text}\n{}", dump(&r));
    }
}
