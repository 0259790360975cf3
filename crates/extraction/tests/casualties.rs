//! Casualty figures of whole documents: who was killed or injured, as
//! low/best/high, from figures, from counted victims, and across
//! sentences.

use sitrep_schema::{Count, DocumentResult, Event, EventKind, InputDocument, Role};

fn extract(text: &str, published: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("t".into()), text: text.into(), published: Some(published.into()), ..Default::default() };
    sitrep_extraction::extract_document("t", &doc)
}

fn violent(r: &DocumentResult) -> Vec<&Event> {
    r.events.iter().filter(|e| matches!(e.kind, EventKind::Attack | EventKind::Killing | EventKind::Clash)).collect()
}

fn describe(r: &DocumentResult) -> String {
    serde_json::to_string_pretty(&r.events).unwrap_or_default()
}

fn range(c: Option<&Count>) -> Option<(Option<u64>, Option<u64>, Option<u64>)> {
    c.map(|c| (c.low, c.best, c.high))
}

/// The fatalities of the violent events of a text that have any, as
/// low/best/high.
fn fatalities(text: &str) -> Vec<(Option<u64>, Option<u64>, Option<u64>)> {
    let r = extract(text, "2025-05-20");
    violent(&r).iter().filter_map(|e| range(e.fatalities.as_ref())).collect()
}

#[test]
fn a_victim_of_an_attack_told_with_a_death_word_was_killed() {
    let one = (Some(1), Some(1), Some(1));
    for text in [
        "Inspector Mario Quiroga died in the explosion that derailed a freight train near Oruro on Monday.",
        "former mayor julio cesar arana was shot to death by unknown gunmen in cochabamba on tuesday.",
        "A watchman, who had guarded the warehouse for ten years, was killed by the bomb that rebels planted in Trujillo on Sunday.",
        "GUNMEN AMBUSHED THE CAR OF JUDGE TOMAS OSORIO IN CALI ON FRIDAY; OSORIO WAS KILLED IN THE ATTACK.",
    ] {
        let r = extract(text, "2025-05-20");
        assert_eq!(fatalities(text), vec![one], "{text}: {}", describe(&r));
    }
}

#[test]
fn a_victim_of_an_attack_that_was_only_wounded_is_no_death() {
    for text in [
        "Gunmen shot and wounded the journalist Ana Beltran in Medellin on Monday.",
        "a bomb injured councilman pedro salas outside his home in pereira on sunday.",
    ] {
        let r = extract(text, "2025-05-20");
        assert_eq!(fatalities(text), vec![], "{text}: {}", describe(&r));
    }
}

#[test]
fn a_list_with_a_comma_before_and_shares_its_last_cue() {
    for (text, killed) in [
        ("A police lieutenant, two soldiers, and four farmers were killed when rebels attacked a convoy near Ayacucho on Monday.", 7),
        ("one nurse, three children, and a driver died when a mortar shell hit the clinic in huambo on sunday.", 5),
    ] {
        let r = extract(text, "2025-05-20");
        assert_eq!(fatalities(text), vec![(Some(killed), Some(killed), Some(killed))], "{text}: {}", describe(&r));
    }
}

#[test]
fn a_partitive_figure_counts_the_people_after_of() {
    for (text, killed) in [
        ("Gunmen attacked the car of the governor in Tegucigalpa on Friday. Two of the governor's bodyguards were killed in the attack.", 2),
        ("rebels ambushed an army patrol near huanta on sunday; three of its soldiers were killed.", 3),
        ("A bomb exploded outside the courthouse in Cuenca on Monday. Four of the guards were killed.", 4),
    ] {
        let r = extract(text, "2025-05-20");
        assert_eq!(fatalities(text), vec![(Some(killed), Some(killed), Some(killed))], "{text}: {}", describe(&r));
    }
}

/// Every fatality figure of every event of a text, as low/best/high.
fn all_fatalities(text: &str) -> Vec<(Option<u64>, Option<u64>, Option<u64>)> {
    let r = extract(text, "2025-05-20");
    r.events.iter().filter_map(|e| range(e.fatalities.as_ref())).collect()
}

#[test]
fn ages_years_and_times_are_not_counts() {
    for (text, killed) in [
        ("Councilman Rodrigo Paz, 65, was shot to death outside his home in Sucre on Tuesday.", 1),
        ("In the bombing, which took place in central Lima at 1430 GMT, three passers-by were killed.", 3),
        ("judge elena ramos, 47, died in the blast that destroyed the court building in tarija on friday.", 1),
    ] {
        let r = extract(text, "2025-05-20");
        assert_eq!(fatalities(text), vec![(Some(killed), Some(killed), Some(killed))], "{text}: {}", describe(&r));
    }
    for text in [
        "Prosecutors reopened the inquiry into the 1985 murder of a judge in Medellin.",
        "The guerrillas, who have fought the army since 1980, deny the charge.",
    ] {
        let r = extract(text, "2025-05-20");
        assert!(all_fatalities(text).iter().all(|(low, best, _)| low.or(*best).unwrap_or(0) < 100), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_figure_whose_noun_has_modifiers_takes_the_verb_it_is_subject_of() {
    for (text, killed) in [
        ("Three members of the transport workers' union were killed by gunmen in Escuintla on Saturday.", 3),
        ("two nurses from the san rafael clinic died when artillery shelled the town of jalapa on monday.", 2),
        ("The government condemned the murder of four teachers in a rural school near Huehuetenango on Thursday.", 4),
        ("the army denounced the massacre of nine peasants by rebels in the village of la cruz on sunday.", 9),
    ] {
        let r = extract(text, "2025-05-20");
        assert_eq!(fatalities(text), vec![(Some(killed), Some(killed), Some(killed))], "{text}: {}", describe(&r));
    }
}

#[test]
fn a_part_of_a_figure_or_a_harm_that_did_not_happen_adds_nothing() {
    for (text, killed) in [
        ("Gunmen killed eleven people, six of them students, in an attack on a bus near Cucuta on Friday.", 11),
        ("a car bomb killed seven soldiers, four of whom were officers, outside the barracks in quibdo on monday.", 7),
    ] {
        let r = extract(text, "2025-05-20");
        assert_eq!(fatalities(text), vec![(Some(killed), Some(killed), Some(killed))], "{text}: {}", describe(&r));
    }
    for text in [
        "Police said the gang had planned to kill two judges in Cali.",
        "rebels threatened to kill ten hostages if the army did not withdraw.",
    ] {
        let r = extract(text, "2025-05-20");
        assert_eq!(all_fatalities(text), vec![], "{text}: {}", describe(&r));
    }
}

#[test]
fn a_named_person_said_to_have_died_counts_one_unless_a_toll_is_given() {
    for (text, killed) in [
        ("Provincial governor Hugo Saavedra died on Tuesday in a grenade attack on his car in Potosi.", 1),
        ("a bomb exploded in a market in tulua on monday. the driver and a nurse died.", 2),
        ("REBELS ATTACKED A POLICE STATION IN YARUMAL ON SUNDAY. SERGEANT LUIS MORA DIED IN THE ATTACK.", 1),
    ] {
        let r = extract(text, "2025-05-20");
        assert_eq!(fatalities(text), vec![(Some(killed), Some(killed), Some(killed))], "{text}: {}", describe(&r));
    }
    let text = "A car bomb killed nine people in Tulua on Saturday. Police said councilwoman Ines Rojas died on the way to the hospital.";
    let r = extract(text, "2025-05-20");
    assert_eq!(fatalities(text), vec![(Some(9), Some(9), Some(9))], "{text}: {}", describe(&r));
}

/// A hedged toll of the dead themselves is an estimate and stays; harm
/// that could have happened or is planned gives no figure; "may" after a
/// number is the modal before a verb and the month before a comma.
#[test]
fn hedged_tolls_stay_and_unrealised_harm_gives_none() {
    let text = "At least 20 people may have died in the attack on the market in Gao on Monday.";
    assert_eq!(fatalities(text), vec![(Some(20), Some(20), None)], "{text}");
    let text = "The bomb could have killed 20 people, police said after the attack on the market in Gao.";
    assert!(fatalities(text).is_empty(), "{text}: {:?}", fatalities(text));
    let text = "the bomb exploded in gao on 5 may, killing three people.";
    assert_eq!(fatalities(text), vec![(Some(3), Some(3), Some(3))], "{text}");
}

/// Two sources giving the toll in one sentence give two reports of the
/// same total, each with its own source; they do not add up.
#[test]
fn figures_from_two_sources_in_one_sentence_are_two_reports_not_a_sum() {
    for (text, first, second) in [
        (
            "Fighting between the army and rebels in Kidal killed at least 43 civilians on Friday, according to the health ministry, while the United Nations put the toll at 56.",
            (43, "health ministry"),
            (56, "United Nations"),
        ),
        (
            "Twelve people were killed in the shelling of Bakhmut on Monday, local officials said, but the regional governor put the death toll at 15.",
            (12, "local officials"),
            (15, "regional governor"),
        ),
    ] {
        let r = extract(text, "2025-05-20");
        let v = violent(&r);
        let f = v.iter().find_map(|e| e.fatalities.as_ref()).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(f.best, Some(second.0), "{text}: {}", describe(&r));
        assert_eq!(f.source.as_deref(), Some(second.1), "{text}: {}", describe(&r));
        let reports: Vec<(Option<u64>, Option<&str>)> = f.reports.iter().map(|c| (c.best, c.source.as_deref())).collect();
        assert_eq!(reports, vec![(Some(first.0), Some(first.1)), (Some(second.0), Some(second.1))], "{text}: {}", describe(&r));
    }
    // Figures for different groups from one source still add up.
    assert_eq!(fatalities("Three soldiers and two civilians were killed in the ambush near Gao on Monday, the army said."), vec![(Some(5), Some(5), Some(5))]);
}

/// "hospital officials said 12 bodies had been brought in": a number of
/// bodies is a death toll, here a revision of the first figure, with its
/// own source.
#[test]
fn a_number_of_bodies_is_a_death_toll() {
    let text = "A suicide bomber struck a police post in Kunduz on Tuesday, killing at least nine officers, a provincial spokesman said. Hospital director Ahmad Wali said 14 bodies had been brought in.";
    let r = extract(text, "2025-05-20");
    let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{}", describe(&r)));
    let killed = e.fatalities.as_ref().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(killed.best, Some(14), "{}", describe(&r));
    let reports: Vec<(Option<u64>, Option<&str>)> = killed.reports.iter().map(|c| (c.best, c.source.as_deref())).collect();
    assert!(reports.contains(&(Some(9), Some("provincial spokesman"))), "{reports:?}");
    assert!(reports.iter().any(|(n, s)| *n == Some(14) && s.is_some_and(|s| s.ends_with("Ahmad Wali"))), "{reports:?}");

    assert_eq!(fatalities("Rescuers pulled 23 bodies from the rubble of the market in Aleppo after the air strike on Friday."), vec![(Some(23), Some(23), Some(23))]);
}

/// "at least five people were shot dead, rights groups said": the verb
/// before "dead" says how they died; the figure is a toll, "at least" a
/// floor, with the speakers as its source.
#[test]
fn people_shot_dead_are_a_toll_with_its_source() {
    for (text, low, source) in [
        ("Police fired on protesters in Nairobi, and at least five people were shot dead, rights groups said.", 5, "rights groups"),
        ("At least 11 villagers were shot dead by militiamen near Beni on Sunday, local officials said.", 11, "local officials"),
    ] {
        let r = extract(text, "2025-05-20");
        let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let killed = e.fatalities.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!((killed.low, killed.high), (Some(low), None), "{text}: {}", describe(&r));
        assert_eq!(killed.source.as_deref(), Some(source), "{text}: {}", describe(&r));
    }
}

/// "The death toll could rise as several soldiers were still missing": a
/// figure after a clause boundary is no value of the toll before it.
#[test]
fn a_figure_after_a_clause_boundary_is_no_value_of_the_toll() {
    let text = "Jihadists killed at least 20 soldiers in an attack on a post in northern Burkina Faso on Thursday. The death toll could rise as several soldiers were still missing, a source said.";
    assert_eq!(fatalities(text), vec![(Some(20), Some(20), None)]);
    // A value introduced right after the toll word still counts.
    let text = "A bomb exploded at a market in Gao on Monday. The death toll rose to 14, officials said.";
    assert!(fatalities(text).iter().any(|&(_, best, _)| best == Some(14)), "{:?}", fatalities(text));
}

/// "put the number of dead at five", "the death count rose to 12": a count
/// of the harmed is a toll, a revision with its own source; a count of
/// something else is none.
#[test]
fn a_count_of_the_dead_or_hurt_is_a_toll() {
    let r = extract(
        "A missile strike on an apartment building in Dnipro killed three people on Thursday, officials said. \
         By evening, the emergency service put the number of dead at five.",
        "2024-03-15",
    );
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    let f = e.fatalities.as_ref().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(f.best, Some(5), "{}", describe(&r));
    assert_eq!(f.source.as_deref(), Some("emergency service"), "{}", describe(&r));
    let r = extract("Gunmen attacked a bus in Zamfara on Monday, killing two people. The death count rose to 12 on Tuesday.", "2024-03-15");
    assert_eq!(violent(&r).first().and_then(|e| e.fatalities.as_ref()).and_then(|f| f.best), Some(12), "{}", describe(&r));
    let r = extract("Gunmen attacked a bus in Zamfara on Monday, killing two people. The number of buses on the road fell to 40.", "2024-03-15");
    assert_eq!(violent(&r).first().and_then(|e| e.fatalities.as_ref()).and_then(|f| f.best), Some(2), "{}", describe(&r));
}

/// "By Monday rescue workers put the toll at 17": a fronted day with no
/// comma after it is no modifier of the party that gave the figure, which
/// is the revision's source.
#[test]
fn a_revised_toll_after_a_fronted_day_keeps_its_source() {
    let text = "An air strike hit a fuel depot in Marib on Saturday, killing at least nine people, local officials said; by Monday rescue workers put the toll at 17.";
    let r = extract(text, "2025-05-20");
    let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{}", describe(&r)));
    let killed = e.fatalities.as_ref().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(killed.best, Some(17), "{}", describe(&r));
    let reports: Vec<(Option<u64>, Option<&str>)> = killed.reports.iter().map(|c| (c.best, c.source.as_deref())).collect();
    assert!(reports.contains(&(Some(9), Some("local officials"))), "{reports:?}");
    assert!(reports.contains(&(Some(17), Some("rescue workers"))), "{reports:?}");
}

/// "An earlier toll given by officials was 40": a figure the report itself
/// calls earlier or initial stays among the reports but is never the best,
/// even when it comes last in the text.
#[test]
fn a_figure_called_earlier_is_never_the_best() {
    for text in [
        "The death toll from Saturday's bombing of a bus station in Kano has risen to 52, police said on Monday. An earlier toll given by hospital staff was 35.",
        "The death toll from Saturday's bombing of a bus station in Kano has risen to 52, police said on Monday. Hospital officials had earlier put the toll at 35.",
    ] {
        let r = extract(text, "2025-05-20");
        let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let killed = e.fatalities.as_ref().unwrap_or_else(|| panic!("{}", describe(&r)));
        assert_eq!(killed.best, Some(52), "{text}: {}", describe(&r));
        assert!(killed.reports.iter().any(|c| c.best == Some(35)), "{text}: {}", describe(&r));
    }
    // An adverb of the deed says when it happened, not that a figure was replaced.
    assert_eq!(fatalities("Gunmen killed five villagers near Jos earlier on Sunday, police said."), vec![(Some(5), Some(5), Some(5))]);
}

/// "up from an initial count of 21", "has risen to 52 from 35", "rose
/// from 35 to 52": the figure a toll rose from is an earlier one, not the
/// best, and "from 35 to 52" after a verb of change is no range.
#[test]
fn the_figure_a_toll_rose_from_is_not_the_best() {
    for text in [
        "The death toll from Saturday's bombing of a bus station in Kano has risen to 52, police said on Monday, up from an initial count of 35.",
        "A bomb tore through a bus station in Kano on Saturday. The death toll has risen to 52 from 35, police said on Monday.",
        "A bomb tore through a bus station in Kano on Saturday. The death toll rose from 35 to 52, police said on Monday.",
    ] {
        let r = extract(text, "2025-05-20");
        let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let killed = e.fatalities.as_ref().unwrap_or_else(|| panic!("{}", describe(&r)));
        assert_eq!((killed.low, killed.best, killed.high), (Some(52), Some(52), Some(52)), "{text}: {}", describe(&r));
    }
    // A range with no verb of change stays a range.
    assert_eq!(fatalities("From 20 to 30 people were killed in the bombing of a bus station in Kano, police said."), vec![(Some(20), Some(20), Some(30))]);
}

/// A figure belongs to the nearest event above it in the sentence, not to
/// the sentence's root: the dead shot by police in the witnesses' account
/// are not the dead of the act the minister denies.
#[test]
fn a_figure_belongs_to_the_nearest_event_above_it() {
    let text = "Troops did not open fire on the marchers, the defence minister insisted, contradicting witnesses who said soldiers shot dead three students in Mandalay.";
    let r = extract(text, "2025-05-20");
    let denied = r.events.iter().find(|e| e.modality == sitrep_schema::Modality::Negated).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(denied.fatalities.is_none(), "{}", describe(&r));
    let shot = violent(&r).into_iter().find(|e| e.modality == sitrep_schema::Modality::Asserted).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(shot.fatalities.as_ref().and_then(|c| c.best), Some(3), "{}", describe(&r));
}

/// "killed five fighters, a monitor said, while the militia said seven
/// civilians had died": a second source counting other people (civilians
/// against combatants) adds to the toll; it does not revise it. A second
/// source counting the same kind of people revises it.
#[test]
fn a_second_source_counting_other_people_adds_to_the_toll() {
    let text = "According to a local monitor, air strikes killed six militia fighters near Tal Abyad on Friday, while the militia said four civilians had died.";
    let r = extract(text, "2025-05-20");
    let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(e.fatalities.as_ref().and_then(|c| c.best), Some(10), "{}", describe(&r));

    let text = "According to a local monitor, air strikes killed six militia fighters near Tal Abyad on Friday, while the militia said four fighters had died.";
    let r = extract(text, "2025-05-20");
    let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_ne!(e.fatalities.as_ref().and_then(|c| c.best), Some(10), "{}", describe(&r));
}

/// The source of a toll is the whole party that gave it: the people a
/// killing names are counted on the word of the sentence's speaker; a
/// figure of the clause before is no part of the speaker's name; the
/// owner of an "according to" source stays with it.
#[test]
fn every_toll_keeps_the_whole_name_of_its_source() {
    for (text, source) in [
        ("Gunmen shot dead a village chief and his driver near Maiduguri on Friday, police spokesman Ibrahim Musa said.", "police spokesman Ibrahim Musa"),
        ("Drones hit a fuel depot in the city of Kherson overnight, killing at least three people and wounding more than 20, regional governor Oleh Petrenko said.", "regional governor Oleh Petrenko"),
        ("Shelling of a camp in El Fasher killed at least 17 displaced people on Thursday, according to the region's health ministry.", "region's health ministry"),
    ] {
        let r = extract(text, "2026-03-14");
        let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let killed = e.fatalities.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(killed.source.as_deref(), Some(source), "{text}: {}", describe(&r));
        assert!(e.actors.iter().any(|a| a.role == Role::Source && a.text == source), "{text}: {}", describe(&r));
    }
}

/// "Security forces killed 11 militants ... Three soldiers were also
/// killed in the exchange of fire": "the exchange of fire" is the clash
/// told before, and a figure its verb says is more of the same ("also")
/// adds to the toll rather than revising it.
#[test]
fn a_figure_told_as_also_killed_adds_to_the_toll() {
    let text = "Troops killed nine militants in a raid on a hideout in Khost province, the army said on Friday. Two soldiers were also killed in the exchange of fire, it said.";
    let r = extract(text, "2026-03-14");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "{}", describe(&r));
    assert_eq!(range(v[0].fatalities.as_ref()), Some((Some(11), Some(11), Some(11))), "{}", describe(&r));
    // Without "also" a later figure is a revision.
    let text = "Gunmen killed nine people at a market in Jos on Friday, police said. Eleven people were killed in the attack, officials said on Saturday.";
    let r = extract(text, "2026-03-14");
    let v = violent(&r);
    assert_eq!(v[0].fatalities.as_ref().and_then(|f| f.best), Some(11), "{}", describe(&r));
}

/// "The toll was later revised up to 18 by state emergency officials": the
/// party after "by" of a passive verb of giving a figure is its source,
/// and "up" is the verb's particle, not a ceiling.
#[test]
fn a_toll_revised_by_a_party_has_that_party_as_source() {
    let text = "Two suicide bombers blew themselves up at a bus station in Maiduguri on Thursday, killing at least 12 people. The toll was later revised up to 18 by state emergency officials.";
    let r = extract(text, "2026-03-14");
    let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{}", describe(&r)));
    let killed = e.fatalities.as_ref().unwrap_or_else(|| panic!("{text}"));
    assert_eq!((killed.low, killed.best), (Some(18), Some(18)), "{}", describe(&r));
    assert_eq!(killed.source.as_deref(), Some("state emergency officials"), "{}", describe(&r));
}

/// "..., the information ministry said": the parser made "the information"
/// a conjunct of the place before the comma and "ministry" a bare subject;
/// the figure's source keeps its first words.
#[test]
fn a_source_split_from_its_first_words_keeps_them() {
    let text = "Government forces killed more than 30 fighters in an operation in the Middle Shabelle region, the information ministry said on Sunday.";
    let r = extract(text, "2025-05-20");
    let e = violent(&r).into_iter().find(|e| e.fatalities.is_some()).unwrap_or_else(|| panic!("{}", describe(&r)));
    let source = e.fatalities.as_ref().and_then(|c| c.source.as_deref());
    assert_eq!(source, Some("information ministry"), "{}", describe(&r));
}

/// "no one was hurt" is a zero, not a figure of one: "one" after "no"
/// counts nobody.
#[test]
fn no_one_hurt_is_a_zero_not_one() {
    for text in [
        "Rebels fired a missile at a cargo ship off the coast on Monday, the navy said, adding that the ship was damaged and no one was hurt.",
        "A bomb exploded outside a bank in the city centre overnight; no one was injured, police said.",
    ] {
        let r = extract(text, "2025-05-20");
        let injuries: Vec<_> = violent(&r).iter().filter_map(|e| range(e.injuries.as_ref())).collect();
        assert_eq!(injuries, vec![(Some(0), Some(0), Some(0))], "{text}: {}", describe(&r));
    }
}

/// Bodies recovered after a larger toll are a part of it, not a revision
/// down; a body count above the toll before it still revises it.
#[test]
fn bodies_found_after_a_larger_toll_do_not_lower_it() {
    for (text, best) in [
        ("At least 40 people were killed in fighting between rival militias in the district over the weekend, officials said. Soldiers later recovered the bodies of 12 men from a burned village.", 40),
        ("Gunmen killed at least 20 people in a raid on a village on Saturday, police said. By Sunday rescuers had recovered the bodies of 31 victims.", 31),
    ] {
        let r = extract(text, "2025-05-20");
        let bests: Vec<_> = violent(&r).iter().filter_map(|e| e.fatalities.as_ref().and_then(|c| c.best)).collect();
        assert_eq!(bests, vec![best], "{text}: {}", describe(&r));
    }
}

/// "Nine people, including three attackers, were killed": a figure after
/// "including" or "among them" counts some of the figure before it, and
/// adds nothing to it.
#[test]
fn a_figure_after_including_is_part_of_the_one_before() {
    for (text, killed, injured) in [
        ("Gunmen stormed a hotel in the capital on Friday night. Nine people, including three attackers, were killed.", Some(9), None),
        ("A rocket hit a school in the city on Monday. Twelve people were killed, among them two children, and 30 were wounded.", Some(12), Some(30)),
    ] {
        let r = extract(text, "2025-05-20");
        let events = violent(&r);
        let k: Vec<_> = events.iter().filter_map(|e| e.fatalities.as_ref().and_then(|c| c.best)).collect();
        let i: Vec<_> = events.iter().filter_map(|e| e.injuries.as_ref().and_then(|c| c.best)).collect();
        assert_eq!(k, killed.into_iter().collect::<Vec<_>>(), "{text}: {}", describe(&r));
        assert_eq!(i, injured.into_iter().collect::<Vec<_>>(), "{text}: {}", describe(&r));
    }
}

/// The source actor's span is the words that gave the figure, not an
/// earlier use of the same word ("police" of "a police checkpoint").
#[test]
fn a_source_is_spanned_where_it_speaks() {
    for (text, source) in [
        ("A bomb went off near a police checkpoint in Quetta on Monday, killing four officers, police said.", "police"),
        ("The army shelled a village the army had cleared in March, killing six people, the army said on Tuesday.", "army"),
    ] {
        let r = extract(text, "2025-05-20");
        let at = text.rfind(source).unwrap_or(0);
        let spans: Vec<_> = violent(&r).iter().flat_map(|e| e.actors.iter()).filter(|a| a.role == Role::Source).map(|a| (a.text.clone(), a.span)).collect();
        assert!(!spans.is_empty(), "{text}: no source actor: {}", describe(&r));
        for (t, span) in spans {
            assert_eq!(t, source, "{text}: {}", describe(&r));
            assert_eq!(span.start(), at, "{text}: {}", describe(&r));
        }
    }
}

/// "killed ... and wounded 18 others overnight, Governor X said": the
/// parser may make "wounded 18 others" a first subject of "said"; the
/// figure's source is the speaker right before the verb.
#[test]
fn the_speaker_before_said_is_the_source_not_a_figure_made_its_subject() {
    let text = "A missile strike on a market in the eastern city of Kramatorsk killed at least six people, including a child, and wounded 21 others overnight, regional Governor Vadim Filashkin said Sunday.";
    let r = extract(text, "2025-05-20");
    let killed = violent(&r).iter().find_map(|e| e.fatalities.clone());
    assert_eq!(killed.and_then(|k| k.source).as_deref(), Some("Governor Vadim Filashkin"), "{}", describe(&r));
}

/// An article counts one person only before a singular person noun that
/// is not an owner: "a doctors' group said" and "a medics' union" count
/// nobody, "a soldier was killed" one.
#[test]
fn an_article_before_a_plural_owner_counts_nobody() {
    assert_eq!(fatalities("Artillery shelled a camp for displaced people near Tawila on Monday, killing at least 23 civilians, a doctors' group said."), vec![(Some(23), Some(23), None)]);
    assert_eq!(fatalities("A soldier was killed when rebels attacked a checkpoint near Goma on Monday."), vec![(Some(1), Some(1), Some(1))]);
}
