//! How a victim is named: the name without the words that describe the
//! person, in mixed-case and lower-case (wire-transcript) text.

use sitrep_schema::{DocumentResult, InputDocument, Role};

fn extract(text: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("d".into()), text: text.into(), published: Some("2024-03-10".into()), ..Default::default() };
    sitrep_extraction::extract_document("d", &doc)
}

/// (lower-case text, lower-case name) of the victims of every event.
fn victims(r: &DocumentResult) -> Vec<(String, Option<String>)> {
    r.events.iter().flat_map(|e| e.actors_with(Role::Victim).map(|a| (a.text.to_lowercase(), a.name.as_ref().map(|n| n.to_lowercase())))).collect()
}

fn dump(r: &DocumentResult) -> String {
    r.events.iter().map(|e| format!("{:?} {:?}", e.kind, e.actors.iter().map(|a| (a.role, a.text.as_str(), a.name.as_deref())).collect::<Vec<_>>())).collect::<Vec<_>>().join("\n")
}

/// A word of a place or building inside a name is a surname, not a title:
/// "Pedro Villa Ramos" keeps "Villa" ("villa" is also a house).
#[test]
fn a_place_word_inside_a_name_stays_in_the_name() {
    let cases = [
        ("armed men murdered landowner pedro villa ramos in the province on 3 may.", "pedro villa ramos"),
        ("Gunmen killed rancher Tomas Villa Ortega near the border on Sunday.", "tomas villa ortega"),
        ("unidentified gunmen shot dead teacher jorge villa castro in the town of san rafael.", "jorge villa castro"),
    ];
    for (text, name) in cases {
        let r = extract(text);
        assert!(victims(&r).iter().any(|(_, n)| n.as_deref() == Some(name)), "{text}\n{}", dump(&r));
    }
}

/// A person described by a registry word for people before the name
/// ("businessman") is named by the name alone, as a titled person is.
#[test]
fn a_described_person_is_named_without_the_description() {
    let cases = [
        ("the gunmen killed u.s. businessman thomas kerrigan in the capital.", "thomas kerrigan"),
        ("Gunmen shot dead U.S. businessman Richard Olander in Bogota on Monday.", "richard olander"),
        ("armed men killed u.s. businessman carl henning in his car.", "carl henning"),
    ];
    for (text, name) in cases {
        let r = extract(text);
        assert!(victims(&r).iter().any(|(_, n)| n.as_deref() == Some(name)), "{text}\n{}", dump(&r));
    }
}

/// A short mention is completed from a fuller one elsewhere in the
/// document; a place word inside that fuller name stays in it.
#[test]
fn a_short_name_is_completed_with_a_place_word_inside_the_fuller_one() {
    let cases = [
        ("Lawyer Mario Villa Reyes had received threats last month. On Monday gunmen killed Reyes outside his office.", "mario villa reyes"),
        ("the mayor, ernesto villa paz, denounced the threats. two days later unidentified men murdered villa paz in his home.", "ernesto villa paz"),
    ];
    for (text, name) in cases {
        let r = extract(text);
        assert!(victims(&r).iter().any(|(_, n)| n.as_deref() == Some(name)), "{text}\n{}", dump(&r));
    }
}

/// A given name that is also a common word ("victor", "franklin", "angel")
/// starts the name instead of being cut off as a title, and one the tagger
/// reads as a common noun in lower-case text ("hector") keeps the surname
/// after it.
#[test]
fn a_given_name_that_is_also_a_word_stays_in_the_name() {
    let cases = [
        ("troops killed victor manuel vasquez and franklin perez in the village.", &["victor manuel vasquez", "franklin perez"][..]),
        ("Unknown gunmen murdered Victor Hugo Salinas outside his house.", &["victor hugo salinas"][..]),
        ("armed men kidnapped angel maria toledo on friday.", &["angel maria toledo"][..]),
        ("gunmen killed salvadoran union leader hector oquendi in the capital.", &["hector oquendi"][..]),
        ("Gunmen killed journalist Ana Sofia Bernal in the capital.", &["ana sofia bernal"][..]),
    ];
    for (text, names) in cases {
        let r = extract(text);
        let named: Vec<String> = victims(&r).into_iter().map(|(t, n)| n.unwrap_or(t)).collect();
        for name in names {
            assert!(named.iter().any(|n| n == name), "{name} in {text}\n{}", dump(&r));
        }
    }
}

/// In text without case a surname told alone is completed from an earlier
/// mention that opens with a given name, even when the tagger read that
/// mention as common nouns after a description ("union leader hernan
/// quiroga"); a second surname before it comes along ("ramiro vallejo
/// quiroga"), the description does not.
#[test]
fn a_lone_surname_in_lower_case_text_is_completed_from_a_given_name_mention() {
    let cases = [
        ("the party demanded an inquiry into the disappearance of union leader hernan quiroga. quiroga was kidnapped on 4 may as he left his home.", "hernan quiroga"),
        ("relatives of lawyer ramiro vallejo quiroga held a vigil on sunday. gunmen murdered quiroga in his office last week.", "ramiro vallejo quiroga"),
        ("the students mourned professor gladys montalvo. montalvo was killed by a bomb placed under her car.", "gladys montalvo"),
        ("THE MAYOR CONDEMNED THE ATTACK ON COUNCILMAN ESTEBAN URQUIDI. URQUIDI WAS WOUNDED BY GUNMEN ON FRIDAY.", "esteban urquidi"),
    ];
    for (text, name) in cases {
        let r = extract(text);
        assert!(victims(&r).iter().any(|(_, n)| n.as_deref() == Some(name)), "{text}\n{}", dump(&r));
    }
}

/// Without a given name to open it, a run of unknown words before the
/// surname is no name: the lone surname stays as it is.
#[test]
fn a_lone_surname_without_a_given_name_mention_stays_short() {
    let text = "the chamber paid tribute to deputy tzul quiroga. quiroga was kidnapped on 4 may as he left his home.";
    let r = extract(text);
    let names: Vec<Option<String>> = victims(&r).into_iter().map(|(_, n)| n).collect();
    assert!(!names.iter().any(|n| n.as_deref().is_some_and(|n| n.contains("tzul") && !n.starts_with("tzul"))), "{text}\n{}", dump(&r));
}

/// A name right after a word for a person, which the parser of lower-case
/// text hangs on that word as a bare modifier, is the person described:
/// the victim is named, not just "political analyst".
#[test]
fn a_name_hung_on_a_word_for_a_person_names_the_victim() {
    let cases = [
        ("unidentified gunmen murdered political analyst rodrigo pelaez in the capital on friday.", "rodrigo pelaez"),
        ("armed men shot dead lawyer anselmo quintana outside the courthouse.", "anselmo quintana"),
        ("guerrillas kidnapped publisher marcos tellez on the road to the airport.", "marcos tellez"),
    ];
    for (text, name) in cases {
        let r = extract(text);
        assert!(victims(&r).iter().any(|(_, n)| n.as_deref() == Some(name)), "{text}\n{}", dump(&r));
    }
}

/// A person named in apposition inside the victim's phrase is named by the
/// name, whichever side of the comma it is on: "his bodyguard, Ramon
/// Ortiz" and "Lucia Herrera Mejia, liberal party councilwoman".
#[test]
fn a_name_in_apposition_inside_the_phrase_names_the_victim() {
    let cases = [
        ("yesterday three armed men kidnapped ospina, the mayor of suaza, and his assistant, pablo quintana, but later released the latter.", "pablo quintana"),
        ("in addition, marta ines salgado, conservative party leader and deputy, was kidnapped in downtown yarumal.", "marta ines salgado"),
        ("meanwhile, hernan dario londono, liberal party leader and councilman, was kidnapped in the town of urrao.", "hernan dario londono"),
    ];
    for (text, name) in cases {
        let r = extract(text);
        assert!(victims(&r).iter().any(|(_, n)| n.as_deref() == Some(name)), "{text}\n{}", dump(&r));
    }
}

/// Two people listed with a comma are no name and its apposition: the
/// phrase is not named by the first of them.
#[test]
fn a_list_of_names_is_no_apposition() {
    let text = "the gunmen kidnapped ernesto villegas, colonel rafael andres munera, and two drivers in the town of san gil.";
    let r = extract(text);
    assert!(!victims(&r).iter().any(|(t, n)| t.contains(',') && n.as_deref() == Some("ernesto villegas")), "{text}\n{}", dump(&r));
}

/// A given name the lower-case tagger read as a common noun and left in
/// the phrase before a possessive name ("following judge carlos | mejia
/// ortiz's murder") names the victim with the surname; a given name after
/// punctuation does not.
#[test]
fn a_given_name_left_before_a_possessive_name_is_part_of_it() {
    let cases = [
        ("court employees began a strike following judge carlos mejia ortiz's murder.", "carlos mejia ortiz"),
        ("the union called a protest after teacher hector salas rivera's assassination.", "hector salas rivera"),
        ("the lawyers condemned magistrate alberto quintero duarte's murder in bucaramanga.", "alberto quintero duarte"),
    ];
    for (text, name) in cases {
        let r = extract(text);
        let found = victims(&r);
        // The text is the name: no separate name is given then.
        assert!(found.iter().any(|(t, n)| n.as_deref().unwrap_or(t) == name), "{text}: {found:?}\n{}", dump(&r));
    }
    let text = "the mayor spoke with carlos, and ortiz's murder was condemned.";
    let r = extract(text);
    assert!(!victims(&r).iter().any(|(t, n)| t.contains("carlos") || n.as_deref().is_some_and(|n| n.contains("carlos"))), "{text}: {}", dump(&r));
}

/// The people named in the "of" phrase of an event noun of killing are
/// its victims also when a place or date stands between ("the murder in
/// Lima of ...", "the assassination on 4 may of ...") or the names come as
/// a long list; a plural word for people before the names describes them
/// and is left out. Words after "of" that are no name ("the killing of
/// three farmers in the valley") give no name here.
#[test]
fn names_in_the_of_phrase_of_a_killing_noun_are_its_victims() {
    let cases = [
        ("the bishops condemned the recent murder in lima of local leaders pedro salas ramirez and jorge mendoza.", &["pedro salas ramirez", "jorge mendoza"][..]),
        ("the party said the assassination on 4 may of carlos herrera, its candidate, forced it to leave the race.", &["carlos herrera"][..]),
        ("investigators found papers linking the group with the assassinations of luis fernando rojas, manuel ortega diaz, and of colonel jorge lozano.", &["luis fernando rojas", "manuel ortega diaz", "colonel jorge lozano"][..]),
    ];
    for (text, names) in cases {
        let r = extract(text);
        let found = victims(&r);
        for name in names {
            assert!(found.iter().any(|(t, n)| t == name || n.as_deref() == Some(name)), "{text}: {name}\n{}", dump(&r));
        }
        assert!(!found.iter().any(|(t, _)| t.starts_with("local leaders")), "{text}\n{}", dump(&r));
    }
    let text = "the mayor condemned the killing of three farmers in the valley.";
    let r = extract(text);
    assert!(victims(&r).iter().all(|(t, _)| !t.contains("valley")), "{text}\n{}", dump(&r));
}

/// A plural word for people in "-s" before a name in a run the tagger
/// read as proper nouns ("comrades", "brothers", "journalists") is a
/// description, as "priests" or "cattlemen" are; a surname ending in "-s"
/// stays in the name.
#[test]
fn a_plural_title_in_s_before_a_name_is_no_part_of_it() {
    let cases = [
        ("his wife and comrades forero were murdered in the capital.", "forero"),
        ("three years ago paramilitaries murdered comrades hernan ruiz ortega in the province.", "hernan ruiz ortega"),
        ("Gunmen killed journalists Pedro Reyes Torres on Monday.", "pedro reyes torres"),
    ];
    for (text, name) in cases {
        let r = extract(text);
        assert!(victims(&r).iter().any(|(t, n)| n.as_deref().unwrap_or(t) == name), "{text}\n{}", dump(&r));
    }
}

/// "john" opens a name though WordNet's first sense of it is a thing (a
/// descriptor at the start of a run would be taken for a title).
#[test]
fn john_opens_a_name() {
    for (text, name) in [
        ("british engineer john mark jones, kidnapped by the rebels, was released today.", "john mark jones"),
        ("gunmen murdered john paolo vega ochoa in the town on sunday.", "john paolo vega ochoa"),
    ] {
        let r = extract(text);
        assert!(victims(&r).iter().any(|(t, n)| n.as_deref().unwrap_or(t) == name), "{text}\n{}", dump(&r));
    }
}

/// "were abducted and later killed": a participle coordinated with a
/// passive verb was done to the same people, also through a relative
/// clause; a verb after a mere comma is none ("the gunman, whose ties are
/// being investigated, fired on ...": the gunman was no victim).
#[test]
fn a_participle_coordinated_with_a_passive_has_its_subject() {
    let r = extract("Two aid workers were abducted on Monday and later killed by the gunmen.");
    let killing = r.events.iter().find(|e| e.trigger.text == "killed").expect("a killing");
    assert!(killing.actors_with(Role::Victim).any(|a| a.text == "Two aid workers"), "{:?}", killing.actors);
    let r = extract("The mayor, who was kidnapped on Monday and murdered two days later, was buried today.");
    let killing = r.events.iter().find(|e| e.trigger.text == "murdered").expect("a killing");
    assert!(killing.actors_with(Role::Victim).any(|a| a.text == "mayor"), "{:?}", killing.actors);
    let r = extract("The gunman, whose ties to the cartel are being investigated by police, fired on people waiting for a bus.");
    assert!(!r.events.iter().any(|e| e.actors_with(Role::Victim).any(|a| a.text.contains("gunman"))), "{:?}", r.events.iter().map(|e| &e.actors).collect::<Vec<_>>());
}

/// "Magistrate X died after she was shot": "she" in a clause of time hung on a
/// verb whose subject is one person stands for that person, even when the
/// main verb ("died") is no trigger; a plural subject is none ("the guards
/// fled when he was shot" says nothing of the guards).
#[test]
fn a_pronoun_in_a_clause_of_time_stands_for_the_person_of_the_main_clause() {
    for text in [
        "Magistrate Elena Ruiz Soto died in hospital on Friday after she was shot outside her home in Guayaquil.",
        "magistrate elena ruiz soto died in hospital on friday after she was shot outside her home in guayaquil.",
    ] {
        let r = extract(text);
        assert!(victims(&r).iter().any(|(_, n)| n.as_deref() == Some("elena ruiz soto")), "{text}\n{}", dump(&r));
    }
    let r = extract("The guards fled when he was shot by the gunmen outside the bank.");
    assert!(!victims(&r).iter().any(|(t, _)| t.contains("guards")), "{}", dump(&r));
}

/// "presidential candidate X": a registry entry for party people before a
/// name the parser made the head is the person named, not the party, so
/// the victim has a name; without a name the phrase stays unnamed.
#[test]
fn a_name_after_a_registry_word_for_party_people_names_the_person() {
    let r = extract("the army said that presidential candidate pedro mena escaped a grenade attack on his convoy near the border on monday.");
    assert!(victims(&r).iter().any(|(_, n)| n.as_deref() == Some("pedro mena")), "{}", dump(&r));
    let r = extract("gunmen shot the presidential candidate of the party in the capital.");
    assert!(victims(&r).iter().all(|(_, n)| n.is_none()), "{}", dump(&r));
}
