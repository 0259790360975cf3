//! Today's wire copy (AP, Reuters, AFP style leads): phrasings the MUC-4
//! corpus rarely has, found by writing such articles and reading what
//! `sitrep extract` made of them (session 13, branch news13).

use sitrep_schema::{DocumentResult, Event, EventKind, InputDocument, Modality, Role};

fn extract(text: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("d".into()), text: text.into(), published: Some("2025-06-10".into()), ..Default::default() };
    sitrep_extraction::extract_document("d", &doc)
}

fn describe(r: &DocumentResult) -> String {
    r.events
        .iter()
        .map(|e| {
            let actors: Vec<_> = e.actors.iter().map(|a| (a.role, a.text.as_str())).collect();
            let killed = e.fatalities.as_ref().map(|f| (f.low, f.best, f.high));
            let hurt = e.injuries.as_ref().map(|f| (f.low, f.best, f.high));
            format!("{:?}/{:?}/{:?} {:?} {actors:?} killed={killed:?} hurt={hurt:?}", e.kind, e.subtype, e.modality, e.trigger.text)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The asserted events that are no statements.
fn violent(r: &DocumentResult) -> Vec<&Event> {
    r.events.iter().filter(|e| !e.kind.is_statement() && e.modality == Modality::Asserted).collect()
}

/// The lower-case texts of an event's actors in `role`.
fn actor_texts(e: &Event, role: Role) -> Vec<String> {
    e.actors_with(role).map(|a| a.text.to_lowercase()).collect()
}

/// "Shelling by the army killed ...", "Fighting continued between A and
/// B": a sentence that opens with an event noun in "-ing" is about that
/// event, whose doer is the "by" phrase and whose sides are the "between"
/// phrase; the tagger used to read the word as a verb.
#[test]
fn sentence_opening_with_an_ing_event_noun() {
    for (text, subtype, doer) in [
        ("Shelling by rebel fighters on the outskirts of Kherson killed five farmers on Tuesday, officials said.", "shelling", "rebel fighters"),
        ("Shelling by the army hit a crowded market in Kadugli, killing 12 people, witnesses said.", "shelling", "army"),
        ("Bombing by coalition jets destroyed a bridge near Raqqa on Monday.", "bombing", "coalition jets"),
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.kind == EventKind::Attack).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(e.subtype.as_deref(), Some(subtype), "{text}: {}", describe(&r));
        let doers = actor_texts(e, Role::Perpetrator);
        assert!(doers.iter().any(|d| d.ends_with(doer)), "{text}: {doers:?} {}", describe(&r));
    }
    for (text, sides) in [
        ("Fighting continued between the army and the rebels near Bunia on Sunday.", ["army", "rebels"]),
        ("Fighting resumed between the army and Fano militiamen in Gondar on Monday, residents said.", ["army", "militiamen"]),
        ("Fighting raged between government troops and Tuareg fighters outside Kidal on Saturday.", ["troops", "fighters"]),
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.kind == EventKind::Clash).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let parties = actor_texts(e, Role::Perpetrator);
        for side in sides {
            assert!(parties.iter().any(|p| p.ends_with(side)), "{text}: {parties:?}");
        }
    }
}

/// "Security forces fired tear gas and live rounds at protesters, killing
/// two": what was fired ("tear gas", "live rounds", "live ammunition") is
/// a weapon, so "fired" is a shooting by its subject, and whom it was
/// fired at underwent it; the deaths are the shooting's.
#[test]
fn forces_firing_tear_gas_or_live_rounds_at_a_crowd() {
    for (text, doer, weapon, at, killed) in [
        ("Riot police fired tear gas at students outside the university in Dhaka on Monday.", "riot police", "chemical", "students", None),
        ("Troops fired live rounds at mourners in Mandalay on Friday, killing three, witnesses said.", "troops", "firearm", "mourners", Some(3)),
        ("Police fired tear gas and live ammunition at demonstrators in Freetown on Wednesday, killing two people, an opposition party said.", "police", "chemical", "demonstrators", Some(2)),
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.kind == EventKind::Attack).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(e.subtype.as_deref(), Some("armed_assault"), "{text}: {}", describe(&r));
        assert!(actor_texts(e, Role::Perpetrator).iter().any(|d| d.ends_with(doer)), "{text}: {}", describe(&r));
        assert!(e.weapons.iter().any(|w| w.kind == weapon), "{text}: {:?}", e.weapons);
        let harmed: Vec<String> = actor_texts(e, Role::Victim).into_iter().chain(actor_texts(e, Role::Target)).collect();
        assert!(harmed.iter().any(|h| h == at), "{text}: {harmed:?}");
        assert_eq!(e.fatalities.as_ref().and_then(|f| f.best), killed, "{text}: {}", describe(&r));
    }
}

/// "riot police", "assault troops": an event noun that only modifies a
/// word for a force names a kind of unit; no riot or attack by itself.
#[test]
fn event_noun_modifying_a_force_is_no_event() {
    for text in [
        "Riot police fired tear gas at students outside the university in Dhaka on Monday.",
        "The riot police blocked the road to the presidential palace in Lima.",
        "Hundreds of riot troops were deployed around the parliament in Tbilisi on Friday.",
    ] {
        let r = extract(text);
        assert!(r.events.iter().all(|e| e.kind != EventKind::Riot), "{text}: {}", describe(&r));
    }
}

/// "the death toll rose to 62, while police put the number of wounded at
/// nearly 200": a figure introduced after a toll word counts the wounded
/// when a word for the wounded stands between them; the toll keeps the
/// dead.
#[test]
fn a_toll_of_the_dead_and_a_number_of_wounded_in_one_sentence() {
    for (text, dead, hurt) in [
        ("The death toll from Tuesday's bombing of a bus station in Quetta rose to 48 on Thursday, officials said, while doctors put the number of injured at 130.", 48, 130),
        ("The toll from the market blast in Maiduguri climbed to 19, a police spokesman said, and the number of wounded stood at 74.", 19, 74),
        ("The death toll in the attack on the Kismayo hotel reached 27, while the count of wounded rose to 56, the regional government said.", 27, 56),
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.kind == EventKind::Attack).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(e.fatalities.as_ref().and_then(|f| f.best), Some(dead), "{text}: {}", describe(&r));
        assert_eq!(e.injuries.as_ref().and_then(|f| f.best), Some(hurt), "{text}: {}", describe(&r));
    }
}

/// "Clashes between rival supporters left two people dead and 50 injured,
/// police said", "a prison riot left four inmates dead": a riot counts the
/// dead and wounded of its own sentence, and the source is the one who
/// said so, not the subject that holds the figure.
#[test]
fn a_riot_counts_its_own_dead_and_wounded() {
    for (text, dead, hurt, source) in [
        ("Clashes between rival party supporters in the town of Sylhet left three people dead and more than 40 injured on Sunday, police said.", 3, Some(40), Some("police")),
        ("A riot at the overcrowded prison in Tegucigalpa left five inmates dead and 18 injured, officials said.", 5, Some(18), Some("officials")),
        ("Rioting in the port city of Mombasa left two people dead on Tuesday.", 2, None, None),
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let f = e.fatalities.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(f.best, Some(dead), "{text}: {}", describe(&r));
        assert_eq!(e.injuries.as_ref().and_then(|i| i.best), hurt, "{text}: {}", describe(&r));
        assert_eq!(f.source.as_deref(), source, "{text}: {}", describe(&r));
    }
}

/// "A suicide car bomber rammed a police convoy, killing 12": the attack's
/// own verb is no trigger, so the event is the killing, and its suicide
/// bomber makes it a suicide bombing.
#[test]
fn a_killing_by_a_suicide_bomber_is_a_suicide_bombing() {
    for text in [
        "A suicide car bomber rammed an army checkpoint near Mogadishu on Monday, killing nine soldiers, officials said.",
        "A suicide bomber on a motorcycle rammed a police truck in Quetta, killing five officers.",
        "A suicide attacker drove into a crowd of worshippers in Jalalabad on Friday, killing 14 people, police said.",
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!((e.kind, e.subtype.as_deref(), e.suicide), (EventKind::Attack, Some("suicide_bombing"), true), "{text}: {}", describe(&r));
    }
}

/// "Russian warplanes struck a market": a verb that needs a weapon has
/// one in a warplane, or in an aircraft said to be a party's; a plane
/// that struck a mountain attacked nothing.
#[test]
fn warplanes_that_struck_are_an_air_attack() {
    for (text, target) in [
        ("Russian warplanes struck a crowded market in Ariha on Monday, killing nine people.", "crowded market"),
        ("Israeli jets struck a house in Deir al-Balah overnight.", "house"),
    ] {
        let doc = sitrep_schema::InputDocument { id: Some("d".into()), text: text.into(), published: Some("2024-06-04".into()), ..Default::default() };
        let r = sitrep_extraction::extract_document("d", &doc);
        let e = r.events.iter().find(|e| e.kind == sitrep_schema::EventKind::Attack).unwrap_or_else(|| panic!("{text}: no attack"));
        let targets: Vec<String> = e.actors_with(sitrep_schema::Role::Target).map(|a| a.text.to_lowercase()).collect();
        assert_eq!(targets, vec![target.to_string()], "{text}");
        assert!(e.actors_with(sitrep_schema::Role::Perpetrator).next().is_some(), "{text}");
    }
    let doc = sitrep_schema::InputDocument { id: Some("d".into()), text: "The small plane struck a mountain near Quito on Monday.".into(), published: Some("2024-06-04".into()), ..Default::default() };
    let r = sitrep_extraction::extract_document("d", &doc);
    assert!(r.events.iter().all(|e| e.kind != sitrep_schema::EventKind::Attack), "{:?}", r.events.iter().map(|e| e.kind).collect::<Vec<_>>());
}
