//! Extraction on real-looking news sentences, one group of tests per
//! phenomenon the extractor must handle: who did what to whom from syntax
//! (active, passive, relative clauses, nominal events, coordination),
//! casualties with sources and revisions, place and date, modality, event
//! coreference, and casing.

use sitrep_schema::{ActorKind, DocumentResult, Event, EventKind, InputDocument, Modality, Role};

fn extract(text: &str, published: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("t".into()), text: text.into(), published: Some(published.into()), ..Default::default() };
    sitrep_extraction::extract_document("t", &doc)
}

fn events_of(r: &DocumentResult, kind: EventKind) -> Vec<&Event> {
    r.events.iter().filter(|e| e.kind == kind).collect()
}

fn violent(r: &DocumentResult) -> Vec<&Event> {
    r.events.iter().filter(|e| matches!(e.kind, EventKind::Attack | EventKind::Killing | EventKind::Clash)).collect()
}

fn actor_texts(e: &Event, role: Role) -> Vec<String> {
    e.actors_with(role).map(|a| a.text.to_lowercase()).collect()
}

fn has(e: &Event, role: Role, needle: &str) -> bool {
    actor_texts(e, role).iter().any(|t| t.contains(needle))
}

/// The one violent event of a result; fails, showing the result, when
/// there is not exactly one.
fn one_violent<'a>(r: &'a DocumentResult, text: &str) -> &'a Event {
    let v = violent(r);
    assert_eq!(v.len(), 1, "{text}: {}", describe(r));
    v[0]
}

fn describe(r: &DocumentResult) -> String {
    serde_json::to_string_pretty(&r.events).unwrap_or_default()
}

#[test]
fn active_voice_perpetrator_victim_count_place_date() {
    let r = extract("Gunmen killed three soldiers in Mogadishu on Monday, police said.", "2024-03-09");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "{}", describe(&r));
    let e = v[0];
    assert!(has(e, Role::Perpetrator, "gunmen"), "{}", describe(&r));
    assert!(has(e, Role::Victim, "soldiers"), "{}", describe(&r));
    let f = e.fatalities.as_ref().expect("fatalities");
    assert_eq!((f.low, f.best, f.high), (Some(3), Some(3), Some(3)));
    assert_eq!(f.source.as_deref(), Some("police"));
    let loc = e.location.as_ref().expect("location");
    assert_eq!(loc.country.as_deref(), Some("SO"));
    assert_eq!(e.date.as_ref().expect("date").start, "2024-03-04");
    assert_eq!(e.modality, Modality::Asserted);
}

#[test]
fn passive_voice_and_agent_phrase() {
    let r = extract("Three policemen were killed by a roadside bomb near Kandahar on Sunday.", "2024-03-12");
    let e = violent(&r)[0];
    assert!(has(e, Role::Victim, "policemen"), "{}", describe(&r));
    assert_eq!(e.weapon.as_ref().expect("weapon").kind, "explosive");
    assert_eq!(e.fatalities.as_ref().expect("fatalities").best, Some(3));
    assert_eq!(e.location.as_ref().expect("location").country.as_deref(), Some("AF"));
    let r = extract("The attack on the checkpoint was carried out by militants, officials said.", "2024-03-12");
    let e = violent(&r)[0];
    assert!(has(e, Role::Perpetrator, "militants"), "{}", describe(&r));
    assert!(has(e, Role::Target, "checkpoint"), "{}", describe(&r));
}

#[test]
fn relative_clause_antecedent_is_the_agent() {
    let r = extract("Police arrested two gunmen who attacked a bank in Lima.", "2024-03-12");
    let attacks = events_of(&r, EventKind::Attack);
    assert_eq!(attacks.len(), 1, "{}", describe(&r));
    assert!(has(attacks[0], Role::Perpetrator, "gunmen"), "{}", describe(&r));
    assert!(has(attacks[0], Role::Target, "bank"), "{}", describe(&r));
    let arrests = events_of(&r, EventKind::Arrest);
    assert_eq!(arrests.len(), 1, "{}", describe(&r));
    assert!(has(arrests[0], Role::Perpetrator, "police"), "{}", describe(&r));
}

#[test]
fn nominal_event_with_possessor_and_target() {
    let r = extract("The FMLN's attack on an army garrison in San Miguel left five soldiers dead.", "1990-01-05");
    let e = violent(&r)[0];
    assert!(has(e, Role::Perpetrator, "fmln"), "{}", describe(&r));
    assert!(has(e, Role::Target, "garrison") || has(e, Role::Victim, "garrison"), "{}", describe(&r));
    assert_eq!(e.fatalities.as_ref().expect("fatalities").best, Some(5));
    assert_eq!(e.location.as_ref().expect("location").country.as_deref(), Some("SV"));
}

#[test]
fn coordinated_targets_are_all_kept() {
    let r = extract("Rebels attacked a police station and a school in the town.", "2024-03-12");
    let e = violent(&r)[0];
    assert!(has(e, Role::Target, "police station"), "{}", describe(&r));
    assert!(has(e, Role::Target, "school"), "{}", describe(&r));
    assert!(has(e, Role::Perpetrator, "rebels"), "{}", describe(&r));
}

#[test]
fn an_attack_by_an_armed_force_is_conventional_force_in_cameo() {
    for (text, cameo) in [
        ("Rebels attacked the town of Kidal on Monday.", "190"),
        ("Government troops attacked a village near the border on Sunday.", "190"),
        ("Boko Haram has launched several attacks in northeastern Nigeria this month.", "190"),
        ("Unidentified gunmen attacked a bus near the capital on Sunday.", "180"),
        // A more specific kind keeps its own code whoever the attacker is.
        ("Rebels shelled the town on Monday.", "194"),
        // Soldiers killed by no one named, or by an armed force, died in
        // an act of war; killed by gunmen, in an assault.
        ("There were 12 Ukrainian soldiers killed near Bakhmut on Monday.", "190"),
        ("Four soldiers were killed in the north of the country on Sunday.", "190"),
        ("Rebels killed three government soldiers near the border on Sunday.", "190"),
        ("Unidentified gunmen killed two soldiers at a market on Sunday.", "1823"),
        ("Two farmers were killed near the border on Sunday.", "1823"),
    ] {
        let r = extract(text, "2024-03-14");
        let v = violent(&r);
        assert_eq!(v.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(v[0].cameo.as_deref(), Some(cameo), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_heavy_weapon_types_the_attack_whatever_the_verb() {
    for (text, subtype) in [
        ("The airliner was blown up over the border by a surface-to-air missile on Thursday.", "missile_strike"),
        ("The helicopter was shot down by a missile near the town.", "missile_strike"),
        ("Rebels bombed the barracks with mortars on Monday.", "shelling"),
    ] {
        let r = extract(text, "2024-03-14");
        let v = violent(&r);
        assert_eq!(v.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(v[0].subtype.as_deref(), Some(subtype), "{text}: {}", describe(&r));
    }
}

#[test]
fn what_a_blast_tore_through_is_its_target() {
    for (text, target) in [
        ("A car bomb tore through a crowded market in Beledweyne on Saturday, killing 20 people.", "crowded market"),
        ("An explosion ripped through a hotel lobby in the capital on Monday.", "hotel lobby"),
    ] {
        let r = extract(text, "2024-03-14");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Target, target), "{text}: {}", describe(&r));
    }
}

#[test]
fn suicide_bombing_is_typed() {
    let r = extract("A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 30 worshippers.", "2024-03-09");
    let e = violent(&r)[0];
    assert!(e.suicide, "{}", describe(&r));
    assert_eq!(e.subtype.as_deref(), Some("suicide_bombing"));
    assert_eq!(e.cameo.as_deref(), Some("1831"));
    assert_eq!(e.fatalities.as_ref().expect("fatalities").best, Some(30));
    assert_eq!(e.location.as_ref().expect("location").country.as_deref(), Some("PK"));
}

#[test]
fn one_event_across_sentences() {
    let text = "A bomb exploded at a crowded market in Peshawar on Friday. The blast killed 12 people, \
                hospital officials said. Police said the explosion was caused by a timer.";
    let r = extract(text, "2024-03-09");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "the bomb, the blast and the explosion are one event: {}", describe(&r));
    assert_eq!(v[0].fatalities.as_ref().expect("fatalities").best, Some(12));
    assert_eq!(v[0].fatalities.as_ref().unwrap().source.as_deref(), Some("hospital officials"));
    assert!(v[0].evidence.len() >= 2);
}

#[test]
fn casualty_toll_revision_keeps_every_figure() {
    let text = "A car bomb exploded in Beledweyne on Saturday, killing at least 20 people and wounding 35, police said. \
                By Sunday the death toll had risen to 31, hospital officials said.";
    let r = extract(text, "2024-03-10");
    let e = violent(&r)[0];
    let f = e.fatalities.as_ref().expect("fatalities");
    assert_eq!(f.best, Some(31), "{}", describe(&r));
    assert_eq!(f.reports.len(), 2);
    assert_eq!((f.reports[0].low, f.reports[0].high), (Some(20), None));
    assert_eq!(e.injuries.as_ref().expect("injuries").best, Some(35));
    assert_eq!(e.subtype.as_deref(), Some("car_bombing"));
}

#[test]
fn counts_for_several_groups_in_one_sentence_add_up() {
    let r = extract("Gunmen killed four soldiers and two civilians in an ambush near Mosul on Tuesday.", "2024-03-14");
    let e = violent(&r)[0];
    assert_eq!(e.fatalities.as_ref().expect("fatalities").best, Some(6), "{}", describe(&r));
    // A figure before its partners takes the cue that comes after them.
    for (text, killed, injured) in [
        ("A policeman and three civilians were killed when a bomb exploded in Kirkuk on Monday.", Some(4), None),
        ("A soldier, a nurse and two children died in the shelling of Idlib on Sunday.", Some(4), None),
        ("Two soldiers and a policeman were wounded in an ambush near Tikrit on Monday.", None, Some(3)),
    ] {
        let r = extract(text, "2024-03-14");
        let e = violent(&r);
        assert_eq!(e.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(e[0].fatalities.as_ref().and_then(|f| f.best), killed, "{text}: {}", describe(&r));
        assert_eq!(e[0].injuries.as_ref().and_then(|f| f.best), injured, "{text}: {}", describe(&r));
    }
}

#[test]
fn dateline_is_not_the_event_place() {
    let text = "NAIROBI, Kenya (Reuters) - Al-Shabaab fighters attacked a military base in Kismayo on Tuesday, \
                killing seven soldiers, the Somali army said.";
    let r = extract(text, "2024-03-14");
    let e = violent(&r)[0];
    let loc = e.location.as_ref().expect("location");
    assert_eq!(loc.country.as_deref(), Some("SO"), "{}", describe(&r));
    assert_ne!(loc.name.as_deref(), Some("Nairobi"));
}

#[test]
fn negated_events_are_marked() {
    let r = extract("The army denied that guerrillas attacked the farm.", "1990-02-05");
    let e = events_of(&r, EventKind::Attack)[0];
    assert_eq!(e.modality, Modality::Negated, "{}", describe(&r));
    let r = extract("Rebels did not attack the town, officials said.", "2024-03-14");
    assert_eq!(events_of(&r, EventKind::Attack)[0].modality, Modality::Negated, "{}", describe(&r));
}

/// "The unions rejected the murder of X": an event noun that is itself
/// the object of "reject" is condemned, and stays asserted; a denied
/// event ("denied the massacre") or a rejected account of one ("rejected
/// that soldiers had killed ...") is negated.
#[test]
fn a_rejected_deed_is_condemned_not_denied() {
    for (text, expected) in [
        ("All the unions have firmly rejected the murder of teacher Rosa Medina.", Modality::Asserted),
        ("the government rejected the killing of the two students in the market.", Modality::Asserted),
        ("The army denied the massacre of twelve farmers in the valley.", Modality::Negated),
        ("The minister rejected that soldiers had killed the two students.", Modality::Negated),
    ] {
        let r = extract(text, "1990-02-05");
        let e: Vec<&Event> = r.events.iter().filter(|e| !e.kind.is_statement()).collect();
        assert!(!e.is_empty(), "{text}: {}", describe(&r));
        assert_eq!(e[0].modality, expected, "{text}: {}", describe(&r));
    }
}

/// An account called false ("the report that ... is unfounded") denies
/// the event in it, also when the parser reads "that" as a relative
/// pronoun; an account called true, or one not called false, asserts it.
#[test]
fn an_event_in_a_report_called_false_is_negated() {
    for (text, expected) in [
        ("The report that the consul's son was seriously wounded by gunfire is absolutely unfounded.", Modality::Negated),
        ("The claim that soldiers killed three peasants in Morazan is false.", Modality::Negated),
        ("the report that guerrillas kidnapped the mayor of san rafael is totally unfounded.", Modality::Negated),
        ("the report that guerrillas kidnapped the mayor of san rafael is accurate.", Modality::Asserted),
        ("Soldiers killed three peasants in Morazan, a report said.", Modality::Asserted),
    ] {
        let r = extract(text, "1990-02-05");
        let e: Vec<&Event> = r.events.iter().filter(|e| !e.kind.is_statement()).collect();
        assert_eq!(e.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(e[0].modality, expected, "{text}: {}", describe(&r));
    }
}

#[test]
fn future_and_hypothetical_events_are_marked() {
    let r = extract("The group threatened to attack the capital.", "2024-03-14");
    assert_eq!(events_of(&r, EventKind::Attack)[0].modality, Modality::Future, "{}", describe(&r));
    let r = extract("Militants will attack the border post, a commander warned.", "2024-03-14");
    assert_eq!(events_of(&r, EventKind::Attack)[0].modality, Modality::Future, "{}", describe(&r));
    let r = extract("Officials fear that militants could attack the border town.", "2024-03-14");
    assert_eq!(events_of(&r, EventKind::Attack)[0].modality, Modality::Hypothetical, "{}", describe(&r));
}

#[test]
fn event_nouns_that_did_not_or_may_not_happen_are_marked() {
    for (text, expected) in [
        ("Police warned of the possibility of a bomb attack on the airport.", Modality::Hypothetical),
        ("Officials said there was a growing risk of attacks on the pipeline.", Modality::Hypothetical),
        ("Intelligence officers said the cartel was preparing an attack on the airport.", Modality::Future),
        ("The army said the rebels had been planning a raid on the border post.", Modality::Future),
        ("The threat of attacks forced the closure of the border crossing.", Modality::Future),
        ("The guerrillas refrained from attacks on public buses during the truce.", Modality::Negated),
        ("Soldiers foiled an attack on the power station on Monday.", Modality::Negated),
        ("Gunmen carried out an attack on the power station on Monday.", Modality::Asserted),
        ("Police said the cartel had planned the attack on the power station for weeks.", Modality::Asserted),
        ("The rebels did not refrain from attacks on the convoys, the army said.", Modality::Asserted),
    ] {
        let r = extract(text, "2024-03-14");
        let e = events_of(&r, EventKind::Attack);
        assert_eq!(e.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(e[0].modality, expected, "{text}: {}", describe(&r));
    }
}

/// "It is necessary to launch an assault on ...": what a speaker says
/// should be done has not happened.
#[test]
fn an_act_someone_calls_necessary_or_possible_is_hypothetical() {
    for text in [
        "It is necessary to launch an assault against the militia's strongholds, the minister said.",
        "It is essential to attack the smugglers' boats before they leave port, the admiral said.",
        "It is possible to bomb the rebel camps from the air, a general told reporters.",
    ] {
        let r = extract(text, "2024-03-14");
        let e = violent(&r);
        assert_eq!(e.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(e[0].modality, Modality::Hypothetical, "{text}: {}", describe(&r));
    }
}

#[test]
fn an_infinitive_of_purpose_shares_its_verbs_modality() {
    for (text, expected) in [
        ("The president said he would not send the rebels to attack the town.", Modality::Negated),
        ("The commander did not send troops to attack the village.", Modality::Negated),
        ("The army may deploy helicopters to bomb the rebel camps.", Modality::Hypothetical),
        ("The government will send soldiers to raid the camp.", Modality::Future),
        ("The rebels sent fighters to attack the army post on Monday.", Modality::Asserted),
        ("Judges may strike next week to protest the assassination of a colleague.", Modality::Asserted),
    ] {
        let r = extract(text, "2024-03-14");
        let e = violent(&r);
        assert_eq!(e.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(e[0].modality, expected, "{text}: {}", describe(&r));
    }
}

/// The modalities of a result's violent, kidnapping and seizure events.
fn violent_modalities(r: &DocumentResult) -> Vec<Modality> {
    r.events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Attack | EventKind::Killing | EventKind::Clash | EventKind::Kidnapping | EventKind::Seizure))
        .map(|e| e.modality)
        .collect()
}

#[test]
fn coordinated_verbs_share_a_future_or_modal_auxiliary() {
    for (text, expected) in [
        ("The soldiers will raid the villages, burn the huts and kill the cattle herders.", Modality::Future),
        ("The rebels will blow up the pylons and burn the trucks.", Modality::Future),
        ("The guerrillas will be attacking the barracks, kidnapping the officers and burning the trucks.", Modality::Future),
        ("Army units would shell the villages and burn crops.", Modality::Hypothetical),
        ("Rebel commanders said their units could ambush convoys and destroy bridges in the north.", Modality::Hypothetical),
        ("Gunmen attacked the bus and killed three passengers on Monday.", Modality::Asserted),
        ("Troops have surrounded the town and burned two farms, the mayor said.", Modality::Asserted),
    ] {
        let r = extract(text, "2024-03-14");
        let m = violent_modalities(&r);
        assert!(!m.is_empty(), "{text}: {}", describe(&r));
        assert!(m.iter().all(|&x| x == expected), "{text}: {m:?} {}", describe(&r));
    }
    // A conjunct with its own subject or auxiliary keeps its own modality.
    let r = extract("The police will patrol the roads, but gunmen killed two guards on Sunday.", "2024-03-14");
    assert_eq!(events_of(&r, EventKind::Killing).first().map(|e| e.modality), Some(Modality::Asserted), "{}", describe(&r));
}

#[test]
fn clauses_of_intention_or_danger_after_a_noun_are_not_asserted() {
    for (text, expected) in [
        ("The informant had the mission of kidnapping the mayor of Tarija.", Modality::Future),
        ("The commando received a mission to assassinate a judge.", Modality::Future),
        ("Residents live with the risk of being kidnapped on the road to Cali.", Modality::Hypothetical),
        ("There is always the danger of his being shot at from a passing car.", Modality::Hypothetical),
        ("Gunmen shot at his car from a passing truck on Friday.", Modality::Asserted),
    ] {
        let r = extract(text, "2024-03-14");
        let m = violent_modalities(&r);
        assert_eq!(m.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(m[0], expected, "{text}: {}", describe(&r));
    }
}

#[test]
fn an_event_noun_done_by_a_verb_with_a_future_or_modal_auxiliary_is_not_asserted() {
    for (text, expected) in [
        ("The commander said his men will carry out new attacks on the power stations of Sonsonate.", Modality::Future),
        ("\"We will continue with our column's attacks on all the army's outposts,\" the rebel leader said.", Modality::Future),
        ("The guerrillas could launch raids against the farms of the valley at any time.", Modality::Hypothetical),
        ("The rebels shall step up their bombings of the pylons in Usulutan.", Modality::Future),
        // A modal perfect hedges who did a deed that happened, and a
        // negated verb denies a part in it: the deed stays asserted.
        ("Police said the militia may have carried out the attack on the Cuscatlan bank.", Modality::Asserted),
        ("The front did not carry out the attack on the Cuscatlan bank, its spokesman said.", Modality::Asserted),
        ("The rebels carried out new attacks on the power stations of Sonsonate on Monday.", Modality::Asserted),
    ] {
        let r = extract(text, "2024-03-14");
        let m = violent_modalities(&r);
        assert_eq!(m.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(m[0], expected, "{text}: {}", describe(&r));
    }
}

#[test]
fn later_items_of_a_list_of_infinitives_share_its_modality() {
    // The parser hangs "destroy" and "step up" on "plan", not on "burn".
    let r = extract("The commander added that the rebels plan to burn buses, destroy shops, and step up sabotage of power lines.", "2024-03-14");
    let m = violent_modalities(&r);
    assert!(!m.is_empty(), "{}", describe(&r));
    assert!(m.iter().all(|&x| x == Modality::Future), "{}", describe(&r));
    // A finite verb after its own subject is no list item, and verbs told
    // as done stay asserted.
    let r = extract("The rebels wanted to burn buses, and destroyed two shops in Usulutan on Monday.", "2024-03-14");
    let destroyed = r.events.iter().find(|e| e.trigger.text == "destroyed").expect("destroyed");
    assert_eq!(destroyed.modality, Modality::Asserted, "{}", describe(&r));
}

#[test]
fn a_date_after_a_nested_event_phrase_dates_that_event() {
    let r = extract(
        "A court has issued arrest warrants for two men sought in the slaying of two missionaries three years ago, police said Wednesday.",
        "2008-08-06",
    );
    let arrest = events_of(&r, EventKind::Arrest);
    assert_eq!(arrest.len(), 1, "{}", describe(&r));
    assert_eq!(arrest[0].modality, Modality::Asserted, "{}", describe(&r));
    assert!(has(arrest[0], Role::Victim, "two men"), "{}", describe(&r));
    // A relative clause's date is the date of what it tells.
    let r = extract(
        "The release of the mayor, who had been arrested 15 months ago, came as the army announced it had freed 20 prisoners on Tuesday.",
        "2008-08-06",
    );
    let arrest = events_of(&r, EventKind::Arrest);
    assert_eq!(arrest.len(), 1, "{}", describe(&r));
    assert_eq!(arrest[0].modality, Modality::Historical, "{}", describe(&r));
    assert!(r.events.iter().filter(|e| e.kind != EventKind::Arrest).all(|e| e.modality == Modality::Asserted), "{}", describe(&r));
    // The date right after the verb's own phrase still dates the verb.
    let r = extract("Troops arrested the leader of the 2019 uprising three years ago.", "2024-03-14");
    assert_eq!(events_of(&r, EventKind::Arrest)[0].modality, Modality::Historical, "{}", describe(&r));
}

#[test]
fn historical_background_is_marked() {
    let r = extract("In 2019 the group seized the town of Mahas.", "2024-03-14");
    let e = events_of(&r, EventKind::Seizure)[0];
    assert_eq!(e.modality, Modality::Historical, "{}", describe(&r));
    assert_eq!(e.date.as_ref().expect("date").precision, sitrep_schema::DatePrecision::Year);
}

#[test]
fn all_caps_wire_copy() {
    let text = "SAN SALVADOR, 3 JAN 90 -- [TEXT] URBAN GUERRILLAS ATTACKED A POWER PLANT IN USULUTAN DEPARTMENT YESTERDAY, \
                KILLING TWO GUARDS.";
    let r = extract(text, "1990-01-03");
    let e = violent(&r)[0];
    assert!(has(e, Role::Perpetrator, "guerrillas"), "{}", describe(&r));
    assert!(has(e, Role::Target, "power plant"), "{}", describe(&r));
    assert_eq!(e.fatalities.as_ref().expect("fatalities").best, Some(2));
    assert_eq!(e.date.as_ref().expect("date").start, "1990-01-02");
    assert_eq!(e.location.as_ref().expect("location").country.as_deref(), Some("SV"));
}

#[test]
fn lower_cased_text() {
    let r = extract("the guerrillas burned a bus in lima yesterday.", "1990-01-03");
    let e = violent(&r)[0];
    assert_eq!(e.subtype.as_deref(), Some("arson"), "{}", describe(&r));
    assert!(has(e, Role::Target, "bus"), "{}", describe(&r));
    assert!(has(e, Role::Perpetrator, "guerrillas"), "{}", describe(&r));
}

#[test]
fn kidnapping_victims_and_crosswalk() {
    let r = extract("Armed men kidnapped two foreign engineers from their hotel in Niamey.", "2024-03-14");
    let e = events_of(&r, EventKind::Kidnapping)[0];
    assert!(has(e, Role::Victim, "engineers"), "{}", describe(&r));
    assert_eq!(e.cameo.as_deref(), Some("181"));
    assert_eq!(e.gtd.as_deref(), Some("Hostage Taking (Kidnapping)"));
    assert_eq!(e.acled.as_ref().unwrap().event_type, "Violence against civilians");
}

#[test]
fn spans_point_at_the_text() {
    let text = "Qandahār — Gunmen killed two police officers in Kandahar on Monday.";
    let r = extract(text, "2024-03-14");
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: sitrep_schema::Span| chars[s.0..s.1].iter().collect::<String>();
    for e in &r.events {
        assert_eq!(slice(e.trigger.span), e.trigger.text);
        for a in &e.actors {
            assert_eq!(slice(a.span), a.text);
        }
        if let Some(l) = &e.location {
            assert_eq!(slice(l.span), l.text);
        }
        if let Some(f) = &e.fatalities {
            assert_eq!(slice(f.span), f.text);
        }
    }
    assert!(!r.events.is_empty());
}

#[test]
fn demonym_modifier_is_the_perpetrator_and_sources_are_not_victims() {
    let r = extract("Israeli airstrikes on the southern Gaza city of Rafah killed 22 people overnight, according to hospital officials.", "2024-05-02");
    let e = violent(&r)[0];
    assert_eq!(e.subtype.as_deref(), Some("air_strike"), "{}", describe(&r));
    let perpetrator = e.actors_with(Role::Perpetrator).next().expect("perpetrator");
    assert_eq!(perpetrator.id.as_deref(), Some("cty.ISR"), "{}", describe(&r));
    assert!(!has(e, Role::Victim, "officials"), "{}", describe(&r));
    assert_eq!(e.fatalities.as_ref().expect("fatalities").source.as_deref(), Some("hospital officials"));
}

#[test]
fn protesters_fighting_police_riot() {
    let r = extract("Protesters clashed with police in Dakar on Saturday after the vote was postponed.", "2024-02-20");
    assert_eq!(events_of(&r, EventKind::Riot).len(), 1, "{}", describe(&r));
    assert!(events_of(&r, EventKind::Clash).is_empty());
}

#[test]
fn most_specific_place_and_no_quantity_targets() {
    let r = extract("Gunmen abducted 45 students from a school in Nigeria's northwestern Kaduna state on Thursday, wounding dozens.", "2024-01-08");
    let e = events_of(&r, EventKind::Kidnapping)[0];
    let loc = e.location.as_ref().expect("location");
    assert_eq!((loc.country.as_deref(), loc.precision), (Some("NG"), Some(sitrep_schema::GeoPrecision::Admin1)), "{}", describe(&r));
    assert!(r.events.iter().all(|e| !has(e, Role::Target, "dozens")), "{}", describe(&r));
}

#[test]
fn a_toll_far_from_its_figure_is_still_a_toll() {
    let r = extract(
        "The death toll from Saturday's car bombing in the Somali town of Beledweyne has risen to 31, hospital officials said on Monday.",
        "2024-03-11",
    );
    let e = violent(&r)[0];
    let f = e.fatalities.as_ref().expect("fatalities");
    assert_eq!(f.best, Some(31), "{}", describe(&r));
    assert_eq!(f.source.as_deref(), Some("hospital officials"));
    assert_eq!(e.date.as_ref().expect("date").start, "2024-03-09");
}

#[test]
fn possessor_of_a_killing_or_kidnapping_is_who_it_happened_to() {
    for (text, victim) in [
        ("Police are still investigating the journalist's murder in Karachi last month.", "journalist"),
        ("The senator's assassination on Friday shocked the capital.", "senator"),
        ("Colombian officials condemned Jaramillo's murder at the Bogota airport.", "jaramillo"),
        ("The engineer's kidnapping near Kano was the third this year, police said.", "engineer"),
    ] {
        let r = extract(text, "2024-05-10");
        let e = r.events.iter().find(|e| matches!(e.kind, EventKind::Killing | EventKind::Kidnapping | EventKind::Attack)).unwrap_or_else(|| panic!("no event in {text:?}"));
        assert!(has(e, Role::Victim, victim), "{text:?}: {}", describe(&r));
        assert!(!has(e, Role::Perpetrator, victim), "{text:?}: {}", describe(&r));
    }
    // An armed force as possessor is still the one who did it.
    let r = extract("The army's killing of six farmers near Tumaco angered the region.", "2024-05-10");
    let e = violent(&r)[0];
    assert!(has(e, Role::Perpetrator, "army"), "{}", describe(&r));
    assert!(has(e, Role::Victim, "farmers"), "{}", describe(&r));
}

#[test]
fn participle_read_as_main_verb_with_a_by_phrase_is_passive() {
    let r = extract(
        "the bodies of the nuns murdered last friday (10 march) by uniformed individuals were buried in managua today.",
        "1989-03-15",
    );
    let e = violent(&r)[0];
    assert!(has(e, Role::Perpetrator, "uniformed individuals"), "{}", describe(&r));
    assert!(!has(e, Role::Perpetrator, "bodies") && !has(e, Role::Perpetrator, "nuns"), "{}", describe(&r));
}

#[test]
fn names_in_apposition_or_after_including_are_victims_too() {
    let r = extract(
        "Two of her bodyguards, Dagoberto Rodriguez and Alfonso de Lima, were killed by gunmen in Medellin on Monday.",
        "1989-06-01",
    );
    let e = violent(&r)[0];
    assert!(has(e, Role::Victim, "dagoberto rodriguez"), "{}", describe(&r));
    assert!(has(e, Role::Victim, "alfonso de lima"), "{}", describe(&r));
    let r = extract("Soldiers killed six priests, including Ignacio Ellacuria, at the university on Thursday.", "1989-11-20");
    let e = violent(&r)[0];
    assert!(has(e, Role::Victim, "ignacio ellacuria"), "{}", describe(&r));
}

#[test]
fn abstract_and_temporal_nouns_are_not_participants() {
    for text in [
        "The incident killed two people in Quetta, police said.",
        "Minutes later a second bomb exploded near the market in Baghdad, killing four people.",
        "The violence killed at least nine people in Jos on Sunday.",
    ] {
        let r = extract(text, "2024-05-10");
        for e in &r.events {
            for a in e.actors.iter().filter(|a| matches!(a.role, Role::Perpetrator | Role::Target)) {
                let t = a.text.to_lowercase();
                assert!(!["incident", "minutes", "violence"].iter().any(|w| t.contains(w)), "{text:?}: {}", describe(&r));
            }
        }
    }
}

#[test]
fn a_name_the_parser_cuts_short_is_taken_whole_from_the_registry() {
    // Lower-case text: the parser cannot see where the name starts.
    let r = extract(
        "in a communique to the local media, the peruvian guerrilla movement tupac amaru revolutionary movement (mrta) today claimed responsibility for the kidnapping of 12 people in lima.",
        "1990-02-01",
    );
    let claim = events_of(&r, EventKind::Claim);
    assert_eq!(claim.len(), 1, "{}", describe(&r));
    assert_eq!(actor_texts(claim[0], Role::Claimant), vec!["tupac amaru revolutionary movement".to_string()], "{}", describe(&r));
    let kidnapping = events_of(&r, EventKind::Kidnapping);
    assert!(has(kidnapping[0], Role::Perpetrator, "tupac amaru revolutionary movement"), "{}", describe(&r));
}

#[test]
fn a_prepositional_phrase_mislabelled_as_subject_does_not_speak() {
    let r = extract("Through anonymous telephone calls to the police, the Extraditables claimed responsibility for the bombing in Medellin.", "1990-02-01");
    let claim = events_of(&r, EventKind::Claim);
    assert_eq!(claim.len(), 1, "{}", describe(&r));
    let claimants = actor_texts(claim[0], Role::Claimant);
    assert!(claimants.iter().any(|c| c.contains("extraditables")), "{}", describe(&r));
    assert!(!claimants.iter().any(|c| c.contains("calls")), "{}", describe(&r));
}

#[test]
fn the_force_that_members_belong_to_is_a_perpetrator_organisation() {
    for (text, unit) in [
        ("Honduran army troops attacked the hamlet of San Andres on Monday.", "honduran army"),
        ("national police members seized two university students in the capital.", "national police"),
        ("Atlacatl battalion soldiers killed six peasants near the river on Friday.", "atlacatl battalion"),
    ] {
        let r = extract(text, "1990-02-01");
        let e = r.events.iter().find(|e| !e.kind.is_statement()).unwrap_or_else(|| panic!("no event in {text:?}"));
        let org = e.actors_with(Role::Perpetrator).find(|a| a.text.to_lowercase() == unit);
        let org = org.unwrap_or_else(|| panic!("{text:?}: {}", describe(&r)));
        assert_eq!(org.kind, Some(sitrep_schema::ActorKind::Organization), "{text:?}");
    }
    // A force named alone is not split: "the army attacked".
    let r = extract("The army attacked a rebel camp near Gulu.", "1990-02-01");
    assert_eq!(violent(&r)[0].actors_with(Role::Perpetrator).count(), 1, "{}", describe(&r));
}

fn person_names(e: &Event, role: Role) -> Vec<String> {
    e.actors_with(role).filter(|a| a.id.is_none()).filter_map(|a| a.name.clone()).map(|n| n.to_lowercase()).collect()
}

#[test]
fn a_person_is_named_without_titles_and_by_the_fullest_name_in_the_document() {
    let r = extract("Gunmen killed Senator Federico Estrada Velez outside his home in Medellin on Tuesday.", "1990-02-01");
    assert_eq!(person_names(violent(&r)[0], Role::Victim), vec!["federico estrada velez".to_string()], "{}", describe(&r));
    // Lower-case text, where the tagger takes titles for names.
    let r = extract("unidentified men murdered court president francisco jose guerrero in bogota yesterday.", "1990-02-01");
    assert_eq!(person_names(violent(&r)[0], Role::Victim), vec!["francisco jose guerrero".to_string()], "{}", describe(&r));
    let r = extract(
        "Carlos Pizarro, the former guerrilla leader, was campaigning in Bogota. On Thursday a gunman killed Pizarro aboard a plane.",
        "1990-04-27",
    );
    let e = r.events.iter().find(|e| has(e, Role::Victim, "pizarro")).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(person_names(e, Role::Victim), vec!["carlos pizarro".to_string()], "{}", describe(&r));
    // A description is not a name.
    let r = extract("Members of the FARC killed two farmers near Cali.", "1990-02-01");
    assert!(person_names(violent(&r)[0], Role::Perpetrator).is_empty(), "{}", describe(&r));
}

#[test]
fn a_target_is_the_whole_when_a_part_is_hit_and_keeps_its_owner() {
    let r = extract("A bomb exploded on the sixth floor of the Hilton hotel in Cartagena on Sunday.", "1990-02-01");
    let e = violent(&r)[0];
    assert!(has(e, Role::Target, "hilton hotel"), "{}", describe(&r));
    assert!(!has(e, Role::Target, "floor"), "{}", describe(&r));
    let r = extract("Urban guerrillas bombed the offices of the Lutheran church in San Salvador.", "1990-02-01");
    let e = violent(&r)[0];
    assert_eq!(actor_texts(e, Role::Target), vec!["offices of the lutheran church".to_string()], "{}", describe(&r));
}

#[test]
fn vehicles_and_weapons_never_act() {
    let r = extract("An Avianca Airlines plane blew up in midair near Bogota on Monday, killing all 107 passengers.", "1989-11-28");
    let e = violent(&r)[0];
    assert!(has(e, Role::Target, "plane"), "{}", describe(&r));
    assert!(!has(e, Role::Perpetrator, "plane"), "{}", describe(&r));
    let r = extract("Four planes bombed the outskirts of the town on Tuesday, the army said.", "1989-11-28");
    for e in violent(&r) {
        assert!(!has(e, Role::Perpetrator, "planes"), "{}", describe(&r));
    }
}

#[test]
fn habitual_and_generic_references_are_marked_generic() {
    for text in [
        "Officials met on Monday. The militias who attack army positions are based at a farm near the capital.",
        "The minister spoke in Lima. He said the dictatorship which assassinates priests must go.",
        "The bishop spoke on Sunday. He asked the air force to stop bombing civilian neighborhoods.",
        "Talks opened on Monday. The rebels suspended attacks on public buses during the talks.",
        "Talks opened on Monday. Residents said there was a lull in the shelling of the city.",
        "Aid workers used a pause in the bombing to reach the besieged town.",
        "The truce brought a halt to the air strikes on the northern towns.",
        "Talks opened on Monday. The government warned it would respond forcefully to any attack on its forces.",
    ] {
        let r = extract(text, "1990-02-01");
        let v = violent(&r);
        assert!(!v.is_empty(), "{text:?}: {}", describe(&r));
        for e in v {
            assert_eq!(e.modality, Modality::Generic, "{text:?}: {}", describe(&r));
        }
    }
    // A gerund as the subject of its clause names a kind of act.
    for text in ["Taking hostages is not our policy, the rebels said.", "The rebels said on Monday that taking hostages is not their policy."] {
        let r = extract(text, "1990-02-01");
        let k = events_of(&r, EventKind::Kidnapping);
        assert_eq!(k.len(), 1, "{text:?}: {}", describe(&r));
        assert_eq!(k[0].modality, Modality::Generic, "{text:?}: {}", describe(&r));
    }
    // A past tense that looks like the base form, and a headline-style first
    // sentence, are reports.
    for text in ["Talks resumed on Monday. Gunmen hit a bus near Kandahar on Sunday, killing four.", "Rebels attack army post in north"] {
        let r = extract(text, "1990-02-01");
        let v = violent(&r);
        assert!(!v.is_empty(), "{text:?}: {}", describe(&r));
        assert_eq!(v[0].modality, Modality::Asserted, "{text:?}: {}", describe(&r));
    }
}

#[test]
fn the_kind_of_actor_named_by_the_event_noun_is_the_perpetrator() {
    let r = extract("A terrorist attack destroyed the main powerline near Medellin on Friday.", "1990-02-01");
    assert_eq!(actor_texts(violent(&r)[0], Role::Perpetrator), vec!["terrorist".to_string()], "{}", describe(&r));
    let r = extract("A guerrilla ambush killed four soldiers near Gulu.", "1990-02-01");
    assert!(has(violent(&r)[0], Role::Perpetrator, "guerrilla"), "{}", describe(&r));
}

#[test]
fn members_of_an_organisation_are_people_and_their_phrase_ends_before_a_parenthesis() {
    let r = extract(
        "Members of the Farabundo Marti National Liberation Front (FMLN) attacked an electric power substation in San Salvador.",
        "1990-02-01",
    );
    let e = violent(&r)[0];
    let members = e.actors_with(Role::Perpetrator).find(|a| a.text.to_lowercase().starts_with("members"));
    let members = members.unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(members.text, "Members of the Farabundo Marti National Liberation Front");
    assert_eq!(members.kind, Some(sitrep_schema::ActorKind::Person));
}

#[test]
fn a_weapon_is_named_without_count_or_pointer() {
    for (text, weapon) in [
        ("Unidentified persons placed 11 bombs in government bank branches in Bogota; seven of these bombs exploded.", "bombs"),
        ("He was killed with his rifle by the guards at the gate in Lima.", "rifle"),
    ] {
        let r = extract(text, "1990-02-01");
        let w: Vec<String> = r.events.iter().filter_map(|e| e.weapon.as_ref()).map(|w| w.text.to_lowercase()).collect();
        assert!(!w.is_empty() && w.iter().all(|t| t == weapon), "{text:?}: {w:?}");
    }
}

#[test]
fn a_country_named_as_a_modifier_is_not_the_place() {
    // "U.S." says whose missionaries, "Peru's" whose embassy: neither is
    // where the shooting happened, and no other place is named.
    for text in [
        "Two U.S. missionaries were shot dead last night by a group of terrorists.",
        "Gunmen attacked Peru's embassy on Monday, wounding two guards.",
    ] {
        let r = extract(text, "2024-03-12");
        let v = violent(&r);
        assert!(!v.is_empty(), "{text}: {}", describe(&r));
        assert!(v.iter().all(|e| e.location.is_none()), "{text}: {}", describe(&r));
    }
    // A country as the place stays the place.
    let r = extract("Two U.S. missionaries were shot dead in Bolivia last night.", "2024-03-12");
    assert_eq!(violent(&r)[0].location.as_ref().expect("location").country.as_deref(), Some("BO"), "{}", describe(&r));
}

#[test]
fn every_weapon_of_an_event_is_kept_once() {
    let r = extract("Rebels attacked the police station with rifles and hand grenades on Sunday.", "2024-03-12");
    let e = violent(&r)[0];
    let texts: Vec<String> = e.weapons.iter().map(|w| w.text.to_lowercase()).collect();
    assert_eq!(texts, ["rifles", "hand grenades"], "{}", describe(&r));
    assert_eq!(e.weapon.as_ref().map(|w| w.text.to_lowercase()), Some("rifles".into()));
    // The same weapon named again in a shorter form is one weapon.
    let r = extract(
        "An incendiary bomb exploded at the bank on Sunday. The bomb destroyed the bank's offices.",
        "2024-03-12",
    );
    let all: Vec<String> = violent(&r).iter().flat_map(|e| e.weapons.iter().map(|w| w.text.to_lowercase())).collect();
    assert!(all.iter().any(|w| w == "incendiary bomb"), "{}", describe(&r));
    for e in violent(&r) {
        assert!(e.weapons.len() <= 1, "{}", describe(&r));
    }
}

#[test]
fn whoever_handled_the_weapon_did_what_its_relative_clause_tells() {
    for (text, agent, weapon) in [
        ("Guerrillas planted a bomb that destroyed the bridge on Sunday.", "guerrillas", "bomb"),
        ("Gunmen threw a grenade that killed two children in Kabul.", "gunmen", "grenade"),
    ] {
        let r = extract(text, "2024-03-12");
        let v = violent(&r);
        assert!(v.iter().any(|e| has(e, Role::Perpetrator, agent)), "{text}: {}", describe(&r));
        assert!(v.iter().any(|e| e.weapons.iter().any(|w| w.text.to_lowercase() == weapon)), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_target_that_holds_a_place_takes_its_country() {
    let r = extract("Insurgents bombarded a government-held part of Aleppo overnight, killing at least eight people.", "2015-06-09");
    let e = violent(&r)[0];
    let target = e.actors_with(Role::Target).next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(target.country.as_deref(), Some("SY"), "{}", describe(&r));
    assert_ne!(target.kind, Some(sitrep_schema::ActorKind::Person), "{}", describe(&r));
}

#[test]
fn bracketed_asides_do_not_break_the_clause_or_join_the_phrase() {
    let r = extract("Gunmen killed Edgar Chacon (an ideologue of the group) on Monday.", "1990-02-01");
    assert_eq!(actor_texts(violent(&r)[0], Role::Victim), vec!["edgar chacon".to_string()], "{}", describe(&r));
    // Transcribed radio: the aside sits between the preposition and the name.
    let r = extract("the rebels claimed the attack against (presidency minister) antonio rodriguez porth.", "1990-02-01");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(has(e, Role::Victim, "antonio rodriguez porth"), "{}", describe(&r));
    let r = extract("urban commandos (words indistinct) attacked the electric power substation in usulutan.", "1990-02-01");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(has(e, Role::Perpetrator, "commandos"), "{}", describe(&r));
    assert!(has(e, Role::Target, "substation"), "{}", describe(&r));
    // An aside before a phrase stays out of it; a sentence of asides alone
    // is parsed as it is.
    let r = extract("(words indistinct) (passage omitted)\nThe FMLN attacked (words indistinct) the town.\n[passage omitted]\n", "1990-02-01");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(actor_texts(e, Role::Perpetrator), vec!["fmln".to_string()], "{}", describe(&r));
    assert_eq!(actor_texts(e, Role::Target), vec!["town".to_string()], "{}", describe(&r));
}

#[test]
fn a_time_phrase_run_into_the_subject_and_a_reporters_pronoun() {
    let text = "police today reported that during the last few hours terrorists staged three bomb attacks against u.s. property in santiago. \
                the authorities reported that they have arrested two suspects in this attack.";
    let r = extract(text, "1990-02-10");
    let attack = events_of(&r, EventKind::Attack).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(actor_texts(attack, Role::Perpetrator), vec!["terrorists".to_string()], "{}", describe(&r));
    let arrest = events_of(&r, EventKind::Arrest).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(actor_texts(arrest, Role::Perpetrator), vec!["authorities".to_string()], "{}", describe(&r));
}

#[test]
fn who_ordered_or_directed_an_attack_and_the_group_behind_a_band() {
    let r = extract("Drug lord Pablo Escobar ordered the assassination of the presidential candidate.", "1990-03-23");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(has(e, Role::Perpetrator, "escobar"), "{}", describe(&r));
    let r = extract("The rebel commander directed the bomb attack on the police station.", "1990-03-23");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(has(e, Role::Perpetrator, "commander"), "{}", describe(&r));
    let r = extract(
        "Two missionaries were shot last night by a group of terrorists from the Zarate Willka Armed Forces of Liberation.",
        "1990-03-23",
    );
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(has(e, Role::Perpetrator, "zarate willka armed forces of liberation"), "{}", describe(&r));
}

#[test]
fn a_preposition_hung_on_a_modifier_and_a_group_word_around_a_name() {
    let r = extract("police said the attacks could have been carried out by the maoist \"shining path\" group.", "1990-02-10");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    let perps: Vec<&sitrep_schema::Actor> = e.actors_with(Role::Perpetrator).collect();
    assert!(!perps.is_empty(), "{}", describe(&r));
    assert!(perps.iter().all(|a| a.id.as_deref() == Some("grp.sendero")), "{}", describe(&r));
    assert!(perps.iter().all(|a| !a.text.to_lowercase().starts_with("by ")), "{}", describe(&r));
}

#[test]
fn a_quantity_keeps_its_preposition_in_the_phrase() {
    let r = extract("A car bomb tore through a crowded market in Beledweyne on Saturday, killing at least 20 people.", "2024-03-10");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(actor_texts(e, Role::Victim), vec!["at least 20 people".to_string()], "{}", describe(&r));
}

#[test]
fn a_bare_time_word_before_the_verb_does_not_take_the_subject() {
    for (text, perpetrator, target) in [
        ("police said that rebels tonight bombed the offices of the electoral council.", "rebels", "offices"),
        ("army sources reported that guerrillas yesterday burned two buses on the northern highway.", "guerrillas", "buses"),
        ("Officials said militants today attacked a police station in the north.", "militants", "station"),
        ("Rebels Tuesday attacked a village near Donetsk.", "rebels", "village"),
        ("Ukrainian soldiers Sunday shelled a school in the east.", "soldiers", "school"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, perpetrator), "{text}: {}", describe(&r));
        assert!(has(e, Role::Target, target), "{text}: {}", describe(&r));
        assert!(["today", "tonight", "tuesday", "sunday"].iter().all(|w| !has(e, Role::Perpetrator, w)), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_lower_case_clause_read_as_one_noun_phrase_keeps_its_subject_and_object() {
    for (text, perpetrator, target) in [
        ("urban commandos sabotaged power lines and transformers in the eastern city.", "commandos", "lines"),
        ("guerrillas dynamited the bridge over the lempa river.", "guerrillas", "bridge"),
        ("rebel squads destroyed three electricity towers near the border.", "squads", "towers"),
        ("guerrillas attacked the mayor's home in the capital with explosives.", "guerrillas", "home"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, perpetrator), "{text}: {}", describe(&r));
        assert!(has(e, Role::Target, target), "{text}: {}", describe(&r));
    }
}

#[test]
fn whoever_is_fired_at_is_a_victim_and_whoever_fires_the_perpetrator() {
    for (text, perpetrator, victim) in [
        ("Gunmen fired at two policemen in the market on Monday.", "gunmen", "policemen"),
        ("an air force member fired at two photographers last night.", "air force member", "photographers"),
        ("Soldiers shot at students outside the university.", "soldiers", "students"),
        ("Police fired on the protesters near the square.", "police", "protesters"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, perpetrator), "{text}: {}", describe(&r));
        assert!(has(e, Role::Victim, victim) || has(e, Role::Target, victim), "{text}: {}", describe(&r));
        assert!(!has(e, Role::Victim, perpetrator), "{text}: {}", describe(&r));
    }
    // "at dawn" is a time, not a target.
    let r = extract("Troops fired at dawn on the rebel camp.", "1990-03-10");
    let e = one_violent(&r, "at dawn");
    assert!(actor_texts(e, Role::Target).iter().chain(actor_texts(e, Role::Victim).iter()).all(|t| t != "dawn"), "{}", describe(&r));
}

#[test]
fn victims_identified_by_name_join_the_event_they_died_in() {
    for text in [
        "Five peasants were killed by guerrillas yesterday in the town of Tarapoto. The victims were identified as Jose Manuel Jimenez, Pedro Rafael Cortez and Jose Lacides Ordonez.",
        "five peasants were killed by guerrillas yesterday in the town of tarapoto. the victims were identified as jose manuel jimenez rivera, pedro rafael jimenez cortez, and jose lacides ordonez.",
        "Gunmen shot dead three farmers near the border on Sunday. Police identified the dead as Jose Manuel Jimenez, Pedro Rafael Cortez and Jose Lacides Ordonez.",
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        for name in ["jose manuel jimenez", "pedro rafael", "jose lacides ordonez"] {
            assert!(has(e, Role::Victim, name), "{text}: {name}: {}", describe(&r));
        }
    }
    let text = "Rebels ambushed a police patrol near Uchiza on Monday. The following policemen died in combat: Major Carlos Farfan, Second Sergeant Walter Moscoso and Corporal Luis Cardenas.";
    let r = extract(text, "1990-03-10");
    let e = one_violent(&r, text);
    for name in ["carlos farfan", "walter moscoso", "luis cardenas"] {
        assert!(actor_texts(e, Role::Victim).iter().any(|t| t == name), "{name}: {}", describe(&r));
    }
    let text = "Gunmen killed two teachers in the capital on Monday. The victims were identified as David Lecky, director of the Columbus school, and James Arthur Donnelly.";
    let r = extract(text, "1990-03-10");
    let e = one_violent(&r, text);
    for name in ["david lecky", "james arthur donnelly"] {
        assert!(actor_texts(e, Role::Victim).iter().any(|t| t == name), "{name}: {}", describe(&r));
    }
    assert!(!has(e, Role::Victim, "director"), "{}", describe(&r));
    // Not a list of names: nothing is added.
    let text = "Five peasants were killed by guerrillas yesterday. The victims were identified as members of a local cooperative.";
    let r = extract(text, "1990-03-10");
    assert!(!has(one_violent(&r, text), Role::Victim, "members"), "{}", describe(&r));
}

#[test]
fn victims_named_by_a_pronoun_copula_join_the_event_just_told() {
    let text = "Three villagers were killed when gunmen opened fire on a bus near Kandahar on Friday. They are Ahmad Karim Nazari, Gul Bibi Rahimi and Mohammad Wali Sadat.";
    let r = extract(text, "2024-05-10");
    let e = one_violent(&r, text);
    for name in ["ahmad karim nazari", "gul bibi rahimi", "mohammad wali sadat"] {
        assert!(has(e, Role::Victim, name), "{name}: {}", describe(&r));
    }
    let text = "Two nurses were wounded by a grenade outside the clinic in Goma on Sunday. One of them is Esther Mwamba Kabila, who lives nearby. The other person is Grace Lumbu Ngoy.";
    let r = extract(text, "2024-05-10");
    let e = one_violent(&r, text);
    for name in ["esther mwamba kabila", "grace lumbu ngoy"] {
        assert!(has(e, Role::Victim, name), "{name}: {}", describe(&r));
    }
    // Not after an event with victims: the captured men are not victims.
    let text = "Soldiers attacked a rebel camp near Goma on Sunday. They are Jean Pierre Bemba and Paul Kagame Mutesi.";
    let r = extract(text, "2024-05-10");
    let e = one_violent(&r, text);
    assert!(!has(e, Role::Victim, "jean pierre bemba"), "{}", describe(&r));
    // Not a pronoun copula: the commander named after the attack is no victim.
    let text = "Two farmers were killed by rebels near Goma on Sunday. The rebel commander is Jean Pierre Bemba.";
    let r = extract(text, "2024-05-10");
    let e = one_violent(&r, text);
    assert!(!has(e, Role::Victim, "jean pierre bemba"), "{}", describe(&r));
}

#[test]
fn a_lower_case_headline_with_a_reduced_passive_stays_passive() {
    for (text, victim) in [("three peasants killed in army raid on village.", "peasants"), ("two soldiers killed in a rebel ambush near the border.", "soldiers")] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Victim, victim) && !has(e, Role::Perpetrator, victim), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_word_for_the_doer_elsewhere_in_the_text_is_the_events_perpetrator() {
    let r = extract("Three businessmen were abducted in Medellin on Tuesday. The kidnappers demanded a ransom of 50 million pesos.", "1990-03-10");
    let k = events_of(&r, EventKind::Kidnapping);
    assert_eq!(k.len(), 1, "{}", describe(&r));
    assert!(has(k[0], Role::Perpetrator, "kidnappers"), "{}", describe(&r));

    let r = extract("A bomb exploded outside a newspaper office in Lima on Monday. The attackers escaped in a stolen car, witnesses said.", "1990-03-10");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "{}", describe(&r));
    assert!(has(v[0], Role::Perpetrator, "attackers"), "{}", describe(&r));

    // The "of" phrase names the victim, and so the event.
    let r = extract(
        "A union leader was shot dead in Cali on Friday. On Saturday a bomb killed a journalist in Bogota. Police said the assassins of the union leader had been identified.",
        "1990-03-10",
    );
    let leader = violent(&r).into_iter().find(|e| has(e, Role::Victim, "union leader")).expect("the union leader's killing");
    assert!(has(leader, Role::Perpetrator, "assassins"), "{}", describe(&r));
    let journalist = violent(&r).into_iter().find(|e| has(e, Role::Victim, "journalist")).expect("the journalist's killing");
    assert!(actor_texts(journalist, Role::Perpetrator).is_empty(), "{}", describe(&r));

    // A perpetrator named already is not doubled by the word for him.
    let r = extract("Gunmen shot dead a judge in Cali on Friday. The killers fled on a motorcycle.", "1990-03-10");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "{}", describe(&r));
    assert_eq!(actor_texts(v[0], Role::Perpetrator), vec!["gunmen".to_string()], "{}", describe(&r));
}

#[test]
fn a_relative_pronoun_the_parser_left_as_a_subject_stands_for_its_noun() {
    for (text, perpetrator) in [
        ("Roldan said that the ELN, which has staged several dynamite attacks against oil installations, rejected the plan.", "eln"),
        ("the government said the fmln, which carried out an attack on the airport, would not take part in the talks.", "fmln"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, perpetrator), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_word_for_a_person_before_a_name_describes_the_named_victim() {
    for (text, name) in [
        ("Judges protested the assassination of their colleague Mariela Espinosa Arango.", "Mariela Espinosa Arango"),
        ("Hundreds attended the funeral after the murder of the journalist Jorge Enrique Pulido.", "Jorge Enrique Pulido"),
        ("Police are investigating the killing of union leader Luis Alberto Osorio in Medellin.", "Luis Alberto Osorio"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        // The name, or the whole text when that is only the name.
        let named: Vec<&str> = e.actors_with(Role::Victim).map(|a| a.name.as_deref().unwrap_or(&a.text)).collect();
        assert!(named.iter().any(|n| n.eq_ignore_ascii_case(name)), "{text}: {}", describe(&r));
    }
}

#[test]
fn names_listed_after_a_plural_word_for_people_are_each_a_victim() {
    for (text, names) in [
        ("Troops killed farmers Julio Cesar Ramirez and Mario Fuentes.", &["Julio Cesar Ramirez", "Mario Fuentes"][..]),
        ("The rebels kidnapped engineers Hector Manuel Duarte and Jorge Salas.", &["Hector Manuel Duarte", "Jorge Salas"][..]),
        ("Unidentified men murdered journalists Pedro Manuel Vasquez, Rafael Romero and Tomas Fuentes in Lima.", &["Pedro Manuel Vasquez", "Rafael Romero", "Tomas Fuentes"][..]),
        ("students condemned the murder of priests jose maria tojeira and luis alfonso pena, rector and dean of the college.", &["jose maria tojeira", "luis alfonso pena"][..]),
        ("the group is holding canadian citizens robert allen moss and peter john hale, who were kidnapped in cali on 3 march.", &["robert allen moss", "peter john hale"][..]),
    ] {
        let r = extract(text, "1990-03-10");
        let hostile: Vec<&Event> = r.events.iter().filter(|e| matches!(e.kind, EventKind::Killing | EventKind::Kidnapping)).collect();
        assert_eq!(hostile.len(), 1, "{text}: {}", describe(&r));
        let e = hostile[0];
        for name in names {
            assert!(has(e, Role::Victim, &name.to_lowercase()), "{name} in {text}: {}", describe(&r));
        }
        // One victim per name: the list is not one long name.
        for a in e.actors_with(Role::Victim) {
            let named = a.name.as_deref().unwrap_or(&a.text);
            assert!(names.iter().filter(|n| named.to_lowercase().contains(&n.to_lowercase())).count() <= 1, "{named} in {text}: {}", describe(&r));
        }
    }
}

#[test]
fn those_held_for_an_act_are_its_suspected_perpetrators() {
    for (text, suspect) in [
        ("Police arrested 45 soldiers for killing six priests in San Salvador.", "soldiers"),
        ("Three men were charged with murdering a judge in Medellin.", "three men"),
        ("The army accused the rebels of burning two buses on the highway.", "rebels"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, suspect), "{text}: {}", describe(&r));
        let attribution = e.attribution.as_ref().unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_ne!(attribution.status, "reported", "holding someone for an act is no report that he did it: {text}: {}", describe(&r));
    }
}

/// "arrested in connection with the bombing": "in connection with" stands
/// for the verb's own preposition, so those held are suspects of the act,
/// passive or active, and a noun "arrest" too, also when the parser hangs
/// the phrase on a noun of the object; a "connection" of another
/// kind ("a connection with the rebels") suspects nobody.
#[test]
fn those_held_in_connection_with_an_act_are_its_suspected_perpetrators() {
    for (text, suspect) in [
        ("Police arrested three suspected members of al-Shabaab in connection with the bombing of a market in Kismayo.", "three suspected members of al-shabaab"),
        ("Two men were detained in Bamako on Monday in connection with the killing of a French journalist.", "two men"),
        ("Police detained two men in connection with the killing of a journalist in Mogadishu.", "two men"),
        // The parser hangs the phrase on the members' group: it is still the
        // arrest's, and no part of who they are.
        ("Police later arrested two members of the Guerreros Unidos gang in connection with the killing of a mayor in Iguala.", "two members of the guerreros unidos gang"),
        ("Soldiers detained four members of a youth gang in connection with the bombing of a bus in Cucuta.", "four members of a youth gang"),
    ] {
        let r = extract(text, "2024-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, suspect), "{text}: {}", describe(&r));
        assert!(!has(e, Role::Perpetrator, "connection"), "{text}: {}", describe(&r));
        let attribution = e.attribution.as_ref().unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(attribution.status, "suspected", "{text}: {}", describe(&r));
    }
    let text = "Police found no connection with the bombing of the market after arresting two traders in Kismayo.";
    let r = extract(text, "2024-03-10");
    let e = one_violent(&r, text);
    assert!(e.actors_with(Role::Perpetrator).next().is_none(), "{text}: {}", describe(&r));
}

#[test]
fn what_an_event_noun_hits_as_subject_or_as_the_target_it_was() {
    for (text, target) in [
        ("Cultural institutes in three cities were the target of bomb attacks on Sunday.", "cultural institutes"),
        ("The terrorist attacks affected the main power line near the capital.", "power line"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Target, target), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_nationality_word_gives_a_description_its_country_and_a_weapon_its_owner() {
    let country_of = |e: &Event, role: Role, needle: &str| {
        e.actors_with(role).find(|a| a.text.to_lowercase().contains(needle)).and_then(|a| a.country.clone())
    };
    let r = extract("Syrian forces clashed with Tunisian rioters in the square on Friday.", "2015-06-09");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    let forces = e.actors.iter().find(|a| a.text.contains("forces")).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(forces.country.as_deref(), Some("SY"), "{}", describe(&r));
    // A registry entry of no country of its own (UN peacekeepers).
    let r = extract("Syrian rebels engaged Filipino peacekeepers in a firefight in the Golan Heights on Saturday.", "2015-06-09");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    let peacekeepers = e.actors.iter().find(|a| a.text.contains("peacekeepers")).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(peacekeepers.country.as_deref(), Some("PH"), "{}", describe(&r));
    // A name keeps no country from a place in it.
    let r = extract("Gunmen killed Senator Federico Estrada Velez in Medellin on Tuesday.", "1990-03-10");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(e.actors_with(Role::Victim).all(|a| a.country.is_none()), "{}", describe(&r));
    // Heavy weapons of a country: shelling by that country.
    let r = extract("Four children were killed in Israeli tank shelling in the east of the Gaza Strip on Friday, medics said.", "2015-06-09");
    let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(e.subtype.as_deref(), Some("shelling"), "{}", describe(&r));
    assert_eq!(country_of(e, Role::Perpetrator, "israeli").as_deref(), Some("IL"), "{}", describe(&r));
}

#[test]
fn a_weapon_acted_on_is_the_instrument_and_verbs_that_need_one() {
    let r = extract("A police expert said the car bomb was activated by remote control as the patrol passed.", "1990-03-10");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "{}", describe(&r));
    assert_eq!(v[0].weapon.as_ref().map(|w| w.text.as_str()), Some("car bomb"), "{}", describe(&r));
    let r = extract("Witnesses said the men who fired their guns at the crowd were policemen.", "1990-03-10");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "{}", describe(&r));
    assert!(has(v[0], Role::Perpetrator, "men"), "{}", describe(&r));
    assert_eq!(v[0].weapon.as_ref().map(|w| w.text.as_str()), Some("guns"), "{}", describe(&r));
    // Without a weapon these verbs name no attack.
    for text in ["The company fired the manager on Monday.", "The government activated its emergency plan."] {
        let r = extract(text, "1990-03-10");
        assert!(violent(&r).is_empty(), "{text}: {}", describe(&r));
    }
}

#[test]
fn what_an_explosion_caused_damage_to_is_a_target() {
    let r = extract("The explosion caused serious damage to the embassy building and to nearby structures.", "1990-03-10");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "{}", describe(&r));
    assert!(has(v[0], Role::Target, "embassy building"), "{}", describe(&r));
    assert!(has(v[0], Role::Target, "structures"), "{}", describe(&r));
}

#[test]
fn a_first_surname_alone_is_completed_from_the_full_name() {
    let r = extract(
        "Gunmen shot dead Roberto Armando Rivera Escobar, the director of the fire department, in San Salvador on Monday. \
         Police said Rivera was killed by two men on a motorcycle.",
        "1990-03-10",
    );
    let v = violent(&r);
    assert!(!v.is_empty(), "{}", describe(&r));
    let names: Vec<&str> = v.iter().flat_map(|e| e.actors_with(Role::Victim)).map(|a| a.name.as_deref().unwrap_or(&a.text)).collect();
    assert!(!names.is_empty() && names.iter().all(|n| *n == "Roberto Armando Rivera Escobar"), "{names:?}: {}", describe(&r));
}

#[test]
fn abbreviated_titles_are_no_part_of_a_name() {
    for (text, name) in [
        ("Gunmen killed Msgr. Oscar Arnulfo Romero while he said mass in San Salvador.", "Oscar Arnulfo Romero"),
        ("Unidentified men shot Dr. Jose Antonio Rodriguez Porth outside his home on Friday.", "Jose Antonio Rodriguez Porth"),
        ("Rebels ambushed and killed Col. Hector Gomez near the border on Monday.", "Hector Gomez"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        let names: Vec<&str> = e.actors_with(Role::Victim).map(|a| a.name.as_deref().unwrap_or(&a.text)).collect();
        assert_eq!(names, vec![name], "{text}: {}", describe(&r));
    }
}

#[test]
fn a_participle_before_a_noun_says_what_was_done_to_it() {
    let r = extract("Antonio Navarro, who replaced the assassinated Carlos Pizarro, spoke in Bogota on Monday.", "1990-05-10");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "{}", describe(&r));
    assert_eq!(actor_texts(v[0], Role::Victim), vec!["carlos pizarro".to_string()], "{}", describe(&r));
    let r = extract("Hundreds attended the funeral of the murdered priests in San Salvador.", "1990-05-10");
    let k = events_of(&r, EventKind::Killing);
    assert_eq!(k.len(), 1, "{}", describe(&r));
    assert_eq!(actor_texts(k[0], Role::Victim), vec!["priests".to_string()], "{}", describe(&r));
    // Not a clause the parser misread as a phrase.
    let r = extract("Officials said the blast damaged several shops.", "1990-05-10");
    assert!(r.events.iter().all(|e| !has(e, Role::Target, "shops") || e.trigger.text == "blast"), "{}", describe(&r));
}

#[test]
fn an_institution_is_an_organisation_and_its_people_are_people() {
    use sitrep_schema::ActorKind;
    for (text, kind) in [
        ("The army shelled the village of San Jose on Monday.", ActorKind::Organization),
        ("The national police raided the offices of the union on Monday.", ActorKind::Organization),
        ("Soldiers shelled the village of San Jose on Monday.", ActorKind::Person),
        ("Security forces raided the offices of the union on Monday.", ActorKind::Person),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        let perpetrator = e.actors_with(Role::Perpetrator).next().unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(perpetrator.kind, Some(kind), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_name_in_apposition_to_a_word_for_a_person_is_a_participant() {
    let r = extract("Colonel Carlos Guerrero's wife, Angela Piedad de Guerrero, was shot to death in Bogota on Tuesday.", "1990-03-10");
    let v = violent(&r);
    assert_eq!(v.len(), 1, "{}", describe(&r));
    let names: Vec<&str> = v[0].actors_with(Role::Victim).map(|a| a.name.as_deref().unwrap_or(&a.text)).collect();
    assert!(names.contains(&"Angela Piedad de Guerrero"), "{names:?}: {}", describe(&r));
}

#[test]
fn verbs_of_throwing_shaking_and_derailing() {
    for (text, target) in [
        ("Incendiary bombs were hurled at a Mormon temple in Santiago this morning.", "temple"),
        ("Seven bank branch offices were shaken by explosives in Medellin on Monday.", "bank branch offices"),
        ("One person died when an ore train was derailed near Oroya on Friday.", "ore train"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Target, target), "{text}: {}", describe(&r));
    }
    // Without a weapon, throwing and shaking are no attack.
    for text in ["The minister threw a reception for the delegates.", "The president shook hands with the visitors."] {
        let r = extract(text, "1990-03-10");
        assert!(violent(&r).is_empty(), "{text}: {}", describe(&r));
    }
}

#[test]
fn coordinated_nationalities_are_one_party_per_country() {
    for (text, kind, role, countries) in [
        ("US and British activists staged a protest in Beijing on Wednesday.", EventKind::Protest, Role::Perpetrator, vec!["GB", "US"]),
        ("Police arrested two American and Canadian journalists in Minsk.", EventKind::Arrest, Role::Victim, vec!["CA", "US"]),
        ("A roadside bomb killed three German and Dutch soldiers near Kunduz on Monday.", EventKind::Attack, Role::Victim, vec!["DE", "NL"]),
        ("Rebels kidnapped two Italian and French aid workers in Darfur.", EventKind::Kidnapping, Role::Victim, vec!["FR", "IT"]),
    ] {
        let r = extract(text, "2008-08-06");
        let e = events_of(&r, kind).into_iter().next().unwrap_or_else(|| panic!("{text}: no {kind:?}\n{}", describe(&r)));
        let mut got: Vec<&str> = e.actors_with(role).filter_map(|a| a.country.as_deref()).collect();
        got.sort();
        got.dedup();
        assert_eq!(got, countries, "{text}\n{}", describe(&r));
    }
}

#[test]
fn a_part_of_a_country_is_the_place_and_a_demonym_is_not() {
    for (text, country) in [
        ("The Somali militant group al-Shabab attacked a mall in Kenya's capital on Saturday.", "KE"),
        ("Gunmen killed four soldiers in Nigeria's northeast on Sunday.", "NG"),
        ("Afghan police said gunmen attacked a checkpoint in Pakistan's north.", "PK"),
    ] {
        let r = extract(text, "2013-09-22");
        let e = one_violent(&r, text);
        let place = e.location.as_ref().unwrap_or_else(|| panic!("{text}: no place\n{}", describe(&r)));
        assert_eq!(place.country.as_deref(), Some(country), "{text}: {place:?}");
    }
}

#[test]
fn a_registry_alias_written_as_a_common_noun_is_parsed_as_one() {
    // "peacekeepers" is an alias of the UN peacekeepers' registry entry; in
    // text with case, written without a capital, it is an ordinary noun.
    for (text, victim) in [
        ("Rebels killed three peacekeepers near Gao on Sunday.", "three peacekeepers"),
        ("Three peacekeepers were killed in a rocket attack near Gao.", "three peacekeepers"),
        ("Gunmen ambushed two peacekeepers outside Bunia.", "two peacekeepers"),
    ] {
        let r = extract(text, "2015-06-09");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Victim, victim), "{text}: {}", describe(&r));
        assert!(e.actors_with(Role::Victim).any(|a| a.id.as_deref() == Some("igo.peacekeepers")), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_word_for_the_kind_of_perpetrator_before_the_event_word_is_generic() {
    // The modifier says what sort of party acted, and refers to none.
    for (text, word) in [
        ("A terrorist attack destroyed a power station in Usulutan on Monday.", "terrorist"),
        ("A rebel attack on the garrison killed three soldiers near Ayacucho yesterday.", "rebel"),
        ("Three soldiers died in a rebel ambush near Ayacucho yesterday.", "rebel"),
        ("the guerrilla attack on the mayor's office left two policemen wounded.", "guerrilla"),
        ("Two peasants were killed in a terrorist bombing in Medellin, police said.", "terrorist"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        let kind_word = e.actors_with(Role::Perpetrator).find(|a| a.text.to_lowercase() == word);
        assert!(kind_word.is_some_and(|a| a.generic), "{text}: {}", describe(&r));
    }
    // A party that is named, or a phrase of its own, is not.
    for (text, word) in [
        ("An FMLN attack destroyed a power station in Usulutan on Monday.", "fmln"),
        ("Guerrillas attacked the mayor's office in Ayacucho on Monday.", "guerrillas"),
        ("The terrorists who attacked the embassy fled in a red car.", "terrorists"),
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        let party = e.actors_with(Role::Perpetrator).find(|a| a.text.to_lowercase() == word);
        assert!(party.is_some_and(|a| !a.generic), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_later_pronoun_does_not_refer_to_a_generic_kind_word() {
    let text = "The president condemned the terrorist killing of the attorney general. \"We have to condemn this crime,\" he said.";
    let r = extract(text, "1990-03-10");
    for e in &r.events {
        assert!(e.actors.iter().all(|a| !(a.text.to_lowercase() == "terrorist" && a.role != Role::Perpetrator)), "{}", describe(&r));
    }
}

#[test]
fn an_event_word_the_treebank_lacks_is_still_a_noun_or_verb() {
    // "ambush" is not in the tagger's training treebank; tagged as a
    // preposition, it took the whole sentence down with it.
    for text in [
        "Three soldiers died in a rebel ambush near Ayacucho yesterday.",
        "THREE SOLDIERS DIED IN A REBEL AMBUSH NEAR AYACUCHO YESTERDAY.",
        "three soldiers died in a rebel ambush near ayacucho yesterday.",
        "Rebels ambushed an army convoy near Ayacucho, killing three soldiers.",
    ] {
        let r = extract(text, "1990-03-10");
        let e = one_violent(&r, text);
        assert_eq!(e.kind, EventKind::Attack, "{text}: {}", describe(&r));
        assert_eq!(e.subtype.as_deref(), Some("ambush"), "{text}: {}", describe(&r));
        assert!(has(e, Role::Victim, "soldiers"), "{text}: {}", describe(&r));
    }
}

#[test]
fn who_died_or_was_hurt_in_an_event_is_its_victim() {
    for (text, victim) in [
        ("Four children died in the attack on the school.", "children"),
        ("Two policemen died in a bomb attack on a patrol in Kandahar.", "policemen"),
        ("Five villagers perished in the raid on Monday.", "villagers"),
        ("A teacher was wounded in the raid on the village.", "teacher"),
    ] {
        let r = extract(text, "2024-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Victim, victim), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_reported_clause_the_parser_made_the_object_of_said_keeps_its_subject() {
    // "said soldiers fired on the crowd" was read as "said [soldiers
    // (who were) fired on]", which made the soldiers the victims.
    for (text, perpetrator) in [
        ("Witnesses said soldiers fired on the crowd.", "soldiers"),
        ("Villagers said soldiers fired on a crowd of mourners.", "soldiers"),
        ("Witnesses said the militiamen burned the market.", "militiamen"),
    ] {
        let r = extract(text, "2024-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, perpetrator), "{text}: {}", describe(&r));
        assert!(!has(e, Role::Victim, perpetrator), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_weapon_that_strikes_or_hits_makes_an_attack() {
    for (text, target) in [
        ("Russian missiles struck energy facilities in the western Ukrainian city of Lviv overnight, the regional governor said.", "energy facilities"),
        ("A rocket hit a school in Kharkiv on Monday, killing two children.", "school"),
        ("The bus was hit by a roadside bomb near Kandahar on Sunday.", "bus"),
        ("Two mortar shells struck the market in Mogadishu, police said.", "market"),
    ] {
        let r = extract(text, "2024-03-10");
        let e = one_violent(&r, text);
        assert_eq!(e.kind, EventKind::Attack, "{text}: {}", describe(&r));
        assert!(e.weapon.is_some(), "{text}: {}", describe(&r));
        assert!(has(e, Role::Target, target), "{text}: {}", describe(&r));
    }
    // The country of the weapon is the party that fired it.
    let text = "Russian missiles struck energy facilities in Lviv overnight, the governor said.";
    let r = extract(text, "2024-03-10");
    let e = one_violent(&r, text);
    assert!(e.actors_with(Role::Perpetrator).any(|a| a.country.as_deref() == Some("RU")), "{}", describe(&r));
    // Without a weapon, striking and hitting are no attack.
    for text in ["Lightning struck a church in Lima on Sunday.", "The car hit a tree near the bridge.", "Workers went on strike in La Paz.", "The minister struck a deal with the unions."] {
        let r = extract(text, "2024-03-10");
        assert!(violent(&r).is_empty(), "{text}: {}", describe(&r));
    }
}

#[test]
fn whoever_is_shot_dead_is_the_victim() {
    for (text, perpetrator, victim, dead) in [
        ("Israeli troops shot dead two Palestinians during a raid on the Jenin refugee camp on Tuesday, the Palestinian health ministry said.", "israeli troops", "two palestinians", 2),
        ("Police shot dead three suspected militants in Srinagar, officials said.", "police", "three suspected militants", 3),
        ("gunmen shot dead a policeman in medellin yesterday, police said.", "gunmen", "policeman", 1),
    ] {
        let r = extract(text, "2024-03-10");
        let e = one_violent(&r, text);
        assert!(actor_texts(e, Role::Perpetrator).iter().any(|t| t == perpetrator), "{text}: {}", describe(&r));
        assert!(actor_texts(e, Role::Victim).iter().any(|t| t == victim), "{text}: {}", describe(&r));
        assert_eq!(e.fatalities.as_ref().and_then(|f| f.best), Some(dead), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_crowd_that_marches_rallies_or_takes_to_the_streets_is_a_protest() {
    for (text, participants, place) in [
        ("Thousands of protesters marched in Khartoum on Thursday demanding civilian rule.", "protesters", "SD"),
        ("Students rallied outside parliament in Dhaka on Monday.", "students", "BD"),
        ("Thousands of people took to the streets of Tbilisi on Sunday.", "people", "GE"),
        ("Hundreds of demonstrators protested in Nairobi on Friday.", "demonstrators", "KE"),
    ] {
        let r = extract(text, "2024-03-10");
        let p = events_of(&r, EventKind::Protest);
        assert_eq!(p.len(), 1, "{text}: {}", describe(&r));
        assert!(p[0].actors.iter().any(|a| a.text.to_lowercase().contains(participants)), "{text}: {}", describe(&r));
        assert!(p[0].actors.iter().all(|a| a.role != Role::Victim), "{text}: {}", describe(&r));
        assert_eq!(p[0].location.as_ref().and_then(|l| l.country.as_deref()), Some(place), "{text}: {}", describe(&r));
    }
    // The day is when they marched, not who demanded.
    let text = "Thousands of protesters marched in Khartoum on Thursday demanding civilian rule.";
    let r = extract(text, "2024-03-10");
    assert!(r.events.iter().flat_map(|e| &e.actors).all(|a| a.text != "Thursday"), "{}", describe(&r));
    // Other people marching or gathering are no protest.
    for text in ["Troops marched into the town on Monday.", "Officials gathered in Geneva for talks on Monday."] {
        let r = extract(text, "2024-03-10");
        assert!(events_of(&r, EventKind::Protest).is_empty(), "{text}: {}", describe(&r));
    }
}

#[test]
fn an_event_placed_nowhere_near_its_trigger_is_in_the_country_the_document_names_most() {
    // The report names El Salvador and its towns; the shooting, five
    // sentences on, names no place: it is placed in El Salvador, at country
    // precision, with the span of the country's first mention (or of the
    // first nationality word for it when the country is not named).
    for (text, country, first_mention) in [
        (
            "The Salvadoran government said on Monday that talks with the rebels would resume in San Salvador. \
             Church leaders in El Salvador have offered to mediate. The rebels want a ceasefire. The army wants \
             guarantees. Diplomats expect a long negotiation. Unidentified gunmen shot dead a union leader at his \
             home on Tuesday night.",
            "SV",
            "El Salvador",
        ),
        (
            "peruvian police reported today that the curfew in lima and callao will be extended. the interior \
             minister met with the mayors of both cities. the measure will last until the elections. schools will \
             remain open. shops must close at 2100. meanwhile, terrorists dynamited a power pylon last night, \
             leaving several districts without electricity.",
            "PE",
            "peruvian police",
        ),
    ] {
        let r = extract(text, "1990-03-14");
        let e = one_violent(&r, text);
        let place = e.location.as_ref().unwrap_or_else(|| panic!("{text}: no place\n{}", describe(&r)));
        assert_eq!(place.country.as_deref(), Some(country), "{}", describe(&r));
        assert_eq!(place.precision, Some(sitrep_schema::GeoPrecision::Country), "{}", describe(&r));
        assert_eq!(place.text, first_mention, "{}", describe(&r));
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[place.span.0..place.span.1].iter().collect::<String>(), place.text);
    }
}

#[test]
fn no_country_is_guessed_when_none_leads_or_only_a_nationality_names_it() {
    for text in [
        // Two countries named as often as each other.
        "Talks on trade between Peru and Bolivia opened on Monday. The talks ended without an agreement. \
         Both sides will meet again next month. Observers were not surprised. The ministers left early. \
         A bomb exploded outside a bank on Tuesday, killing a guard.",
        // One nationality word says whose people, not where.
        "Two U.S. missionaries were shot dead last night by a group of terrorists.",
        "Gunmen attacked Peru's embassy on Monday, wounding two guards.",
    ] {
        let r = extract(text, "2024-03-12");
        let v = violent(&r);
        assert!(!v.is_empty(), "{text}: {}", describe(&r));
        assert!(v.iter().all(|e| e.location.is_none()), "{text}: {}", describe(&r));
    }
}

#[test]
fn minutes_and_hours_before_the_report_date_the_event() {
    for (text, start, end) in [
        ("Just a few minutes ago two strong explosions shook the centre of Bogota.", "1989-12-06", "1989-12-06"),
        ("Guerrillas blew up a section of the oil pipeline in the past few hours, the army reported.", "1989-12-05", "1989-12-06"),
        ("Police said a judge was shot dead outside the courthouse two hours ago.", "1989-12-05", "1989-12-06"),
    ] {
        let r = extract(text, "1989-12-06");
        let e = one_violent(&r, text);
        let date = e.date.as_ref().unwrap_or_else(|| panic!("{text}: no date\n{}", describe(&r)));
        assert_eq!((date.start.as_str(), date.end.as_str()), (start, end), "{text}: {}", describe(&r));
        assert_eq!(e.modality, Modality::Asserted, "{text}");
    }
}

#[test]
fn a_place_inside_a_persons_name_is_not_the_events_place() {
    // In text without case, "valencia" and "orlando" (towns the gazetteer
    // knows, and the document names the United States) are parts of the
    // victims' names; the killings are placed in the country the document
    // is about instead.
    for (text, name) in [
        (
            "gunmen killed judge pedro valencia ortiz as he left his home this morning. the united states condemned \
             the crime, and the government of el salvador promised an investigation in el salvador.",
            "valencia",
        ),
        (
            "terrorists murdered businessman jorge orlando perez yesterday. the united states condemned the crime, \
             and the government of el salvador promised an investigation in el salvador.",
            "orlando",
        ),
        // Mixed case, the surname a town's name, read as a compound of the
        // given name.
        (
            "The post has been vacant since Monday, when Danilo Barrios, a lawyer, was shot dead. The government of \
             El Salvador promised an investigation in El Salvador.",
            "Barrios",
        ),
    ] {
        let r = extract(text, "1990-03-01");
        let e = one_violent(&r, text);
        let place = e.location.as_ref().unwrap_or_else(|| panic!("{text}: no place\n{}", describe(&r)));
        assert_ne!(place.text, name, "{}", describe(&r));
        assert_eq!(place.country.as_deref(), Some("SV"), "{}", describe(&r));
    }
    // A town introduced as a place stays the place.
    let text = "gunmen killed a judge in valencia this morning. the government promised an investigation.";
    let r = extract(text, "1990-03-01");
    let e = one_violent(&r, text);
    assert_eq!(e.location.as_ref().map(|l| l.text.as_str()), Some("valencia"), "{}", describe(&r));
}

#[test]
fn a_killing_without_a_figure_counts_the_victims_it_names() {
    // (text, low, high): one death for a singular victim or a name, the
    // number of a counted victim, one per coordinated name.
    for (text, low, high) in [
        ("Gunmen murdered the mayor of the town on Sunday.", 1, 1),
        ("Terrorists assassinated Senator Juan Perez Gomez outside his home yesterday.", 1, 1),
        ("Soldiers massacred six farmers near the border on Friday.", 6, 6),
        ("Rebels killed Pedro Lopez and Maria Gomez in an ambush on Monday.", 2, 2),
    ] {
        let r = extract(text, "1990-03-12");
        let e = one_violent(&r, text);
        let f = e.fatalities.as_ref().unwrap_or_else(|| panic!("{text}: no fatalities\n{}", describe(&r)));
        assert_eq!((f.low, f.high), (Some(low), Some(high)), "{text}: {}", describe(&r));
        assert_eq!(f.source, None, "{text}");
    }
    // A stated figure wins; a plural or a group without a number, an
    // attack that kills nobody, and a hypothetical killing give none.
    let r = extract("Gunmen murdered the mayor on Sunday. The attack killed 12 people, police said.", "1990-03-12");
    let f = one_violent(&r, "stated").fatalities.as_ref().expect("fatalities");
    assert_eq!((f.best, f.source.as_deref()), (Some(12), Some("police")), "{}", describe(&r));
    for text in [
        "Soldiers killed peasants near the border on Friday.",
        "The guerrillas massacred the population of the village.",
        "Gunmen attacked the mayor's convoy on Sunday.",
        "The rebels threatened to kill the mayor.",
    ] {
        let r = extract(text, "1990-03-12");
        assert!(r.events.iter().all(|e| e.fatalities.is_none()), "{text}: {}", describe(&r));
    }
}

#[test]
fn an_undated_event_takes_the_recent_date_the_report_has_just_set() {
    for (text, trigger, date) in [
        (
            "Rebels murdered a peasant family in a village near the river on 10 March. Another band of rebels \
             dynamited a bridge on the main highway.",
            "dynamited",
            "1990-03-10",
        ),
        (
            "Police said a bomb exploded yesterday outside the offices of a newspaper. Hours later, gunmen \
             burned two buses on the main highway.",
            "burned",
            "1990-03-11",
        ),
        (
            "A judge was shot dead yesterday outside his home. He had received threats for months. His family \
             had asked for protection. The government promised an inquiry. Another group of gunmen burned two \
             buses on the main highway.",
            "burned",
            "1990-03-11",
        ),
    ] {
        let r = extract(text, "1990-03-12");
        let e = violent(&r).into_iter().find(|e| e.trigger.text == trigger).unwrap_or_else(|| panic!("{text}: no {trigger}\n{}", describe(&r)));
        assert_eq!(e.date.as_ref().map(|d| d.start.as_str()), Some(date), "{text}: {}", describe(&r));
        assert_eq!(e.modality, Modality::Asserted, "{text}");
    }
    // An old date is background and a future one no frame: the event
    // stays undated.
    for text in [
        "The conflict began in 1980 with a wave of strikes. Gunmen burned two buses on the main highway.",
        "The talks will resume on Monday in the capital. Gunmen burned two buses on the main highway.",
    ] {
        let r = extract(text, "1990-03-12");
        let e = violent(&r).into_iter().find(|e| e.trigger.text == "burned").unwrap_or_else(|| panic!("{text}\n{}", describe(&r)));
        assert!(e.date.is_none(), "{text}: {}", describe(&r));
        assert_eq!(e.modality, Modality::Asserted, "{text}");
    }
}

#[test]
fn a_place_two_sentences_back_is_another_story_the_country_stays() {
    let text = "Rebels attacked a police post in Tumbes on Monday. The interior minister then flew to Lima. \
                Officials met there for hours. Another group of gunmen killed a mayor on Tuesday.";
    let r = extract(text, "1990-03-14");
    let e = violent(&r).into_iter().find(|e| e.trigger.text == "killed").unwrap_or_else(|| panic!("{}", describe(&r)));
    let place = e.location.as_ref().unwrap_or_else(|| panic!("no place\n{}", describe(&r)));
    assert_eq!(place.country.as_deref(), Some("PE"), "{}", describe(&r));
    assert_eq!(place.precision, Some(sitrep_schema::GeoPrecision::Country), "not Lima, two sentences back: {}", describe(&r));
    // The sentence just before still places it.
    let text = "The interior minister flew to Lima on Monday. Gunmen killed a mayor on Tuesday.";
    let r = extract(text, "1990-03-14");
    let e = violent(&r).into_iter().find(|e| e.trigger.text == "killed").unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(e.location.as_ref().map(|l| l.text.as_str()), Some("Lima"), "{}", describe(&r));
}
/// "Opponents of Kenya's parliament": people named by their stance are
/// not the body their "of" phrase names, and a national body gives them
/// its country; a country itself ("supporters of Russia") does not.
#[test]
fn people_named_by_their_stance_take_the_country_of_the_body_they_oppose() {
    for (text, kind, needle, country) in [
        ("Opponents of Kenya's parliament protested on Monday in Nairobi.", EventKind::Protest, "opponents of kenya's parliament", "KE"),
        ("Critics of Turkey's government demonstrated yesterday.", EventKind::Protest, "critics of turkey's government", "TR"),
        ("Supporters of the Egyptian president rioted in Cairo.", EventKind::Riot, "supporters of the egyptian president", "EG"),
    ] {
        let r = extract(text, "2024-03-09");
        let events = events_of(&r, kind);
        assert_eq!(events.len(), 1, "{text}: {}", describe(&r));
        let perpetrators: Vec<_> = events[0].actors_with(Role::Perpetrator).collect();
        assert_eq!(perpetrators.len(), 1, "{text}: the body they oppose is no perpetrator: {}", describe(&r));
        assert_eq!(perpetrators[0].text.to_lowercase(), needle, "{text}");
        assert_eq!(perpetrators[0].country.as_deref(), Some(country), "{text}");
        assert_eq!(perpetrators[0].kind, Some(sitrep_schema::ActorKind::Person), "{text}");
    }
    let text = "Supporters of Russia protested in Kiev.";
    let r = extract(text, "2024-03-09");
    let events = events_of(&r, EventKind::Protest);
    assert_eq!(events.len(), 1, "{text}: {}", describe(&r));
    assert!(events[0].actors_with(Role::Perpetrator).all(|a| a.country.as_deref() != Some("RU")), "{text}: {}", describe(&r));
}

/// "The Air India Boeing 747 flight AI182 was blown up": the parser may
/// make two bare noun phrases side by side both subjects; the first is a
/// modifier of the second, so the whole is one target with the country
/// its name gives.
#[test]
fn two_noun_phrases_side_by_side_are_one_subject() {
    for (text, needle, country) in [
        ("The Air India Boeing 747 flight AI182 was blown up over the Atlantic.", "air india boeing 747 flight ai182", "IN"),
        ("The Kenya Airways Embraer jet KQ507 was bombed at the airport.", "kenya airways embraer jet kq507", "KE"),
        ("The Turkish Airlines Airbus jet TK1 was blown up over Syria.", "turkish airlines airbus jet tk1", "TR"),
    ] {
        let r = extract(text, "2024-03-09");
        let e = one_violent(&r, text);
        let targets: Vec<_> = e.actors_with(Role::Target).filter(|a| a.text.to_lowercase() == needle).collect();
        assert_eq!(targets.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(targets[0].country.as_deref(), Some(country), "{text}");
        assert!(e.actors_with(Role::Victim).next().is_none(), "{text}: the plane's name is no victim: {}", describe(&r));
    }
}

#[test]
fn who_set_off_planted_or_exploded_a_bomb_is_its_perpetrator() {
    for (text, perpetrator) in [
        ("Urban guerrillas set off a bomb in the basement of a bank on Monday.", "guerrillas"),
        ("Unidentified men planted a bomb at the entrance of the newspaper office.", "men"),
        ("Terrorists placed a powerful explosive device in front of the mayor's house.", "terrorists"),
        ("Militants exploded a car bomb near the police station, officials said.", "militants"),
    ] {
        let r = extract(text, "2024-03-14");
        let v = violent(&r);
        assert_eq!(v.len(), 1, "{text}: {}", describe(&r));
        assert!(has(v[0], Role::Perpetrator, perpetrator), "{text}: {}", describe(&r));
        assert_eq!(v[0].weapon.as_ref().map(|w| w.kind.as_str()), Some("explosive"), "{text}: {}", describe(&r));
    }
    // Planting and setting off what is no weapon is no attack; a bomb that
    // explodes has no perpetrator in its subject.
    for text in ["The farmers planted maize in the valley.", "Fans set off fireworks outside the stadium."] {
        let r = extract(text, "2024-03-14");
        assert!(violent(&r).is_empty(), "{text}: {}", describe(&r));
    }
    let r = extract("A bomb exploded outside the bank on Monday.", "2024-03-14");
    assert!(violent(&r)[0].actors.iter().all(|a| a.role != Role::Perpetrator), "{}", describe(&r));
}

#[test]
fn every_item_of_a_comma_list_takes_the_part_of_the_first() {
    for (text, role, items) in [
        (
            "Rebels burned the offices of the water company, the town hall, the agrarian bank, and the post office.",
            Role::Target,
            &["offices of the water company", "town hall", "agrarian bank", "post office"][..],
        ),
        (
            "In Cuzco, the house of a judge, several shops, two government offices, and a school have been bombed.",
            Role::Target,
            &["house of a judge", "several shops", "two government offices", "school"][..],
        ),
        ("Gunmen killed the mayor, his driver, and two bodyguards on Monday.", Role::Victim, &["mayor", "his driver", "two bodyguards"][..]),
    ] {
        let r = extract(text, "2024-03-14");
        let e = one_violent(&r, text);
        for item in items {
            assert!(actor_texts(e, role).iter().any(|t| t == item), "{text}: {item} missing\n{}", describe(&r));
        }
    }
}

#[test]
fn the_by_phrase_of_a_participle_after_its_noun_is_the_perpetrator() {
    for (text, perpetrator) in [
        ("A grenade thrown at a police patrol car by urban commandos exploded on the avenue.", "urban commandos"),
        ("Police defused a bomb planted by the rebels under the bridge.", "rebels"),
    ] {
        let r = extract(text, "2024-03-14");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, perpetrator), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_weapon_already_spoken_of_continues_its_attack() {
    let text = "Urban guerrillas set off a bomb in the basement of a bank in San Salvador on Monday. The bomb destroyed the building.";
    let r = extract(text, "2024-03-14");
    let e = one_violent(&r, text);
    assert!(has(e, Role::Perpetrator, "guerrillas"), "{}", describe(&r));
    assert!(has(e, Role::Target, "building"), "{}", describe(&r));
    // An indefinite weapon is another attack.
    let text = "Urban guerrillas set off a bomb in a bank in San Salvador on Monday. On Tuesday a bomb destroyed a bus in Lima.";
    let r = extract(text, "2024-03-14");
    assert_eq!(violent(&r).len(), 2, "{}", describe(&r));
}

#[test]
fn a_region_is_the_place_with_its_country_and_coordinates() {
    // "in Darfur": the region of the hand-kept list, with Sudan as country,
    // region precision, the list's rough centroid and no GeoNames id.
    let text = "Gunmen killed five villagers in Darfur on Monday, aid workers said.";
    let r = extract(text, "2024-03-14");
    let e = one_violent(&r, text);
    let loc = e.location.as_ref().expect("location");
    assert_eq!(loc.text, "Darfur");
    assert_eq!(loc.name.as_deref(), Some("Darfur"));
    assert_eq!(loc.country.as_deref(), Some("SD"));
    assert_eq!(loc.precision, Some(sitrep_schema::GeoPrecision::Region));
    assert_eq!((loc.lat, loc.lon), (Some(13.5), Some(24.0)));
    assert_eq!(loc.geonameid, None);

    // The lake, not Chad, not Lake County; its country from the document.
    let text = "Nigerian troops killed ten insurgents near Lake Chad on Sunday.";
    let r = extract(text, "2024-03-14");
    let loc = one_violent(&r, text).location.as_ref().expect("location");
    assert_eq!((loc.name.as_deref(), loc.country.as_deref()), (Some("Lake Chad"), Some("NG")), "{}", describe(&r));

    // A region inside one country says more than the country beside it.
    let text = "Rebels ambushed a convoy in Darfur, Sudan, killing four soldiers.";
    let r = extract(text, "2024-03-14");
    let loc = one_violent(&r, text).location.as_ref().expect("location");
    assert_eq!((loc.text.as_str(), loc.country.as_deref()), ("Darfur", Some("SD")), "{}", describe(&r));

    // A region shared by several countries says less than the country
    // named with it.
    let text = "Jihadists killed 12 soldiers in the Sahel region of Niger on Tuesday.";
    let r = extract(text, "2024-03-14");
    let loc = one_violent(&r, text).location.as_ref().expect("location");
    assert_eq!((loc.text.as_str(), loc.country.as_deref(), loc.precision), ("Niger", Some("NE"), Some(sitrep_schema::GeoPrecision::Country)), "{}", describe(&r));
}

#[test]
fn an_alleged_perpetrator_is_named_without_the_hedge_and_suspected() {
    for (text, name) in [
        ("Alleged urban guerrilla commandos killed an employee of the army brigade this morning.", "urban guerrilla commandos"),
        ("Suspected militants bombed a bus in Kano on Monday.", "militants"),
    ] {
        let r = extract(text, "2024-03-14");
        let e = one_violent(&r, text);
        assert!(actor_texts(e, Role::Perpetrator).iter().any(|t| t == name), "{text}: {}", describe(&r));
        let attribution = e.attribution.as_ref().expect("attribution");
        assert!(attribution.parties.iter().any(|p| p.text == name && p.stance == "suspected"), "{text}: {}", describe(&r));
    }
}

#[test]
fn deaths_in_accidents_and_natural_disasters_are_no_violence() {
    for text in [
        "Twelve people were killed in a bus crash near Quito on Monday.",
        "An earthquake killed 30 villagers in the mountains on Sunday.",
        "Four miners were killed by a landslide in the north.",
        "Five soldiers were killed in a helicopter crash near the base.",
        "Rescuers are searching for the victims killed by the floods.",
    ] {
        let r = extract(text, "2024-03-14");
        assert!(violent(&r).is_empty(), "{text}: {}", describe(&r));
    }
    // An attack stays an attack wherever it happened.
    for text in ["Gunmen killed four people at the scene of a bus crash near Quito.", "A bomb killed three soldiers near the base on Sunday."] {
        let r = extract(text, "2024-03-14");
        assert_eq!(violent(&r).len(), 1, "{text}: {}", describe(&r));
    }
}

#[test]
fn two_coordinated_names_are_two_victims() {
    for text in [
        "Fidel Quispe and Isidoro Saune were killed by gunmen in the village on Monday.",
        "Unidentified men shot dead Ana Torres and Marta Ruiz in Lima on Sunday.",
    ] {
        let r = extract(text, "2024-03-14");
        let e = one_violent(&r, text);
        let victims = actor_texts(e, Role::Victim);
        assert!(!victims.iter().any(|v| v.contains(" and ")), "{text}: {}", describe(&r));
        assert!(victims.len() >= 2, "{text}: {}", describe(&r));
    }
}

#[test]
fn the_armed_forces_are_an_institution_and_security_forces_are_people() {
    for (text, phrase, kind) in [
        ("The armed forces bombed three villages in the north on Monday.", "armed forces", ActorKind::Organization),
        ("Salvadoran armed forces killed five peasants on Monday.", "Salvadoran armed forces", ActorKind::Organization),
        ("Security forces raided a farm near the border on Monday.", "Security forces", ActorKind::Person),
    ] {
        let r = extract(text, "2024-03-14");
        let e = one_violent(&r, text);
        let actor = e.actors.iter().find(|a| a.role == Role::Perpetrator && a.text == phrase).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(actor.kind, Some(kind), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_subject_hung_on_a_fronted_place_phrase_is_the_subject() {
    for text in [
        "in tirapata village (puno department) a sendero luminoso detachment shot the local mayor in the central square.",
        "In the town of Tirapata, Puno department, a Shining Path detachment shot the mayor.",
    ] {
        let r = extract(text, "2024-03-14");
        let e = one_violent(&r, text);
        assert!(actor_texts(e, Role::Perpetrator).iter().any(|t| t.to_lowercase().ends_with("detachment")), "{text}: {}", describe(&r));
    }
}

/// A person captured by the police or the authorities is arrested; a
/// capture of property, or of people by guerrillas or troops, is no arrest.
#[test]
fn capture_of_a_person_by_the_police_is_an_arrest() {
    for text in [
        "Police captured two suspected bank robbers in Quito on Monday.",
        "The authorities captured the leader of the smuggling ring near the border yesterday.",
        "Two men wanted for the murder of a judge were captured by police agents in Lima on Friday.",
    ] {
        let r = extract(text, "2024-05-06");
        assert_eq!(events_of(&r, EventKind::Arrest).len(), 1, "{text}: {}", describe(&r));
        assert!(events_of(&r, EventKind::Seizure).is_empty(), "{text}: {}", describe(&r));
    }
    // Property taken by the police stays a seizure (confiscation).
    let text = "Police seized two trucks loaded with rifles in Cali on Tuesday.";
    let r = extract(text, "2024-05-06");
    assert_eq!(events_of(&r, EventKind::Seizure).len(), 1, "{text}: {}", describe(&r));
    assert!(events_of(&r, EventKind::Arrest).is_empty(), "{text}: {}", describe(&r));
    // Guerrillas capturing a person do not arrest anyone; troops taking
    // villagers may be abducting them, and the verb does not say which.
    for text in ["Guerrillas captured the mayor of the town on Sunday.", "Army troops captured three peasants in a village north of the capital on Friday."] {
        let r = extract(text, "2024-05-06");
        assert!(events_of(&r, EventKind::Arrest).is_empty(), "{text}: {}", describe(&r));
    }
}

/// A count over a span of years sums many events and reports none of
/// them: generic, not asserted.
#[test]
fn killings_counted_over_a_span_of_years_are_generic() {
    for text in [
        "The rights group said about 80 trade unionists have been killed over the past six years.",
        "More than 200 peasants were murdered in recent years, the bishop told reporters.",
        "The mayor recalled the councillors who were killed in the past.",
    ] {
        let r = extract(text, "2024-05-06");
        let k = events_of(&r, EventKind::Killing);
        assert!(!k.is_empty(), "{text}: {}", describe(&r));
        assert!(k.iter().all(|e| e.modality == Modality::Generic), "{text}: {}", describe(&r));
    }
    // A particular killing on a day of this year stays asserted.
    let text = "Gunmen killed two trade unionists in Medellin last Tuesday.";
    let r = extract(text, "2024-05-06");
    let k = events_of(&r, EventKind::Killing);
    assert_eq!(k.len(), 1, "{text}: {}", describe(&r));
    assert_eq!(k[0].modality, Modality::Asserted, "{text}: {}", describe(&r));
}

#[test]
fn event_nouns_qualified_as_a_practice_are_generic() {
    for text in [
        "The bishop spoke in the cathedral on Sunday. He condemned the indiscriminate bombings of poor neighbourhoods by the air force.",
        "The mayor met reporters on Monday. Farmers are worried about the constant raids by armed bands on their villages.",
    ] {
        let r = extract(text, "2024-05-06");
        let v = violent(&r);
        assert!(!v.is_empty(), "{text}: {}", describe(&r));
        assert!(v.iter().all(|e| e.modality == Modality::Generic), "{text}: {}", describe(&r));
    }
    // One act in which people were hit stays a report, and so does an act
    // told without such a word.
    for text in [
        "Two reporters riding a motorcycle were victims of indiscriminate shooting near the university on Monday night.",
        "The air force bombed two poor neighbourhoods of the capital on Sunday.",
    ] {
        let r = extract(text, "2024-05-06");
        let v = violent(&r);
        assert!(!v.is_empty(), "{text}: {}", describe(&r));
        assert!(v.iter().any(|e| e.modality == Modality::Asserted), "{text}: {}", describe(&r));
    }
}

#[test]
fn people_seized_by_guerrillas_are_kidnapped() {
    for text in ["Guerrillas seized the mayor of the town on Monday.", "Rebels seized two engineers near the dam on Sunday."] {
        let r = extract(text, "2024-03-14");
        assert_eq!(events_of(&r, EventKind::Kidnapping).len(), 1, "{text}: {}", describe(&r));
    }
    // A building seized is no kidnapping.
    let r = extract("Rebels seized the town hall on Monday.", "2024-03-14");
    assert!(events_of(&r, EventKind::Kidnapping).is_empty(), "{}", describe(&r));
}

/// "KYIV (AP) — Russian missiles and drones struck ...": the tagger may
/// take an irregular past after a plural subject for a present tense; the
/// lead sentence reports the event, it describes no habit.
#[test]
fn an_irregular_past_read_as_present_still_reports_an_event() {
    for text in [
        "KYIV, Ukraine (AP) — Russian missiles and drones struck the northeastern city of Kharkiv overnight, killing at least seven people and wounding 42, the governor said on Tuesday.",
        "MOGADISHU (Reuters) - Militants and gunmen fought government troops in the town of Afgoye on Monday, killing four soldiers, officials said.",
    ] {
        let r = extract(text, "2024-05-21");
        let v = violent(&r);
        assert!(!v.is_empty(), "{text}: {}", describe(&r));
        assert!(v.iter().all(|e| e.modality == Modality::Asserted), "{text}: {}", describe(&r));
        assert!(v.iter().any(|e| e.fatalities.as_ref().and_then(|f| f.best) == Some(if text.contains("seven") { 7 } else { 4 })), "{text}: {}", describe(&r));
    }
}

/// "the Somali capital", "Afghanistan's capital", "the capital of Mali":
/// the place is the capital city, not the country.
#[test]
fn a_capital_named_through_its_country_is_that_city() {
    for (text, city, country) in [
        ("A car bomb exploded near a hotel in the Somali capital on Friday, killing nine people.", "Mogadishu", "SO"),
        ("A suicide bomber killed six people at a ministry in Afghanistan's capital on Monday.", "Kabul", "AF"),
        ("gunmen killed two police officers in the capital of mali on sunday.", "Bamako", "ML"),
    ] {
        let r = extract(text, "2024-05-21");
        let e = one_violent(&r, text);
        let place = e.location.as_ref().unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(place.name.as_deref(), Some(city), "{text}: {}", describe(&r));
        assert_eq!(place.country.as_deref(), Some(country), "{text}: {}", describe(&r));
        assert_eq!(place.precision, Some(sitrep_schema::GeoPrecision::City), "{text}: {}", describe(&r));
    }
}

/// "the "9 May" People's Liberation Forces": a quoted date is a name.
#[test]
fn a_date_in_quotation_marks_is_a_name_not_the_event_date() {
    let text = "Bombs exploded at two banks in Tegucigalpa on Tuesday, and a group calling itself the \"12 October\" Revolutionary Front claimed the attacks.";
    let r = extract(text, "2024-05-23");
    let v = violent(&r);
    assert!(!v.is_empty(), "{}", describe(&r));
    for e in v {
        assert_eq!(e.modality, Modality::Asserted, "{}", describe(&r));
        assert_eq!(e.date.as_ref().map(|d| d.start.as_str()), Some("2024-05-21"), "{}", describe(&r));
    }
}

/// "fighting broke out between the army and the RSF": the sides are named
/// by the verb's "between" phrase. ("Fighting continued between ...", where
/// the tagger read the first word as a verb: tests/modern_news.rs.)
#[test]
fn fighting_that_broke_out_between_two_sides_has_both_as_parties() {
    for (text, sides) in [
        ("Heavy fighting broke out between the army and the Rapid Support Forces in El Fasher on Friday.", ["army", "rapid support forces"]),
        ("Clashes erupted between police and protesters in Dhaka on Sunday.", ["police", "protesters"]),
    ] {
        let r = extract(text, "2024-05-21");
        let e = r.events.iter().find(|e| !e.kind.is_statement()).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let parties = actor_texts(e, Role::Perpetrator);
        for side in sides {
            assert!(parties.iter().any(|p| p.ends_with(side)), "{text}: {parties:?}");
        }
    }
}

/// "the Al Qaeda-linked JNIM": the group after the affiliation is the party.
#[test]
fn a_group_named_after_its_affiliation_is_the_party() {
    for (text, id) in [
        ("The Al Qaeda-linked JNIM claimed responsibility for the ambush near Mopti.", "grp.jnim"),
        ("Iran-backed Houthi rebels attacked a tanker off Hodeidah on Monday.", "grp.houthis"),
    ] {
        let r = extract(text, "2024-05-21");
        let ids: Vec<&str> = r.events.iter().flat_map(|e| e.actors.iter()).filter(|a| matches!(a.role, Role::Perpetrator | Role::Claimant)).filter_map(|a| a.id.as_deref()).collect();
        assert!(!ids.is_empty() && ids.iter().all(|i| *i == id), "{text}: {ids:?} {}", describe(&r));
    }
}

/// A present progressive with no time phrase, after the lead sentence,
/// tells what a party keeps doing ("an army that is killing the
/// peasants"): a practice, generic, not a report of one act (MUC-4's
/// "generic descriptions of incidents"). With "now", "still", "tonight"
/// or "at this moment" it is an act under way, and the lead sentence, where
/// wire copy puts its news, stays a report; so does a kidnapping's
/// hostages still "being held".
#[test]
fn a_present_progressive_without_a_time_phrase_is_a_practice() {
    for text in [
        "The bishop spoke in Tegucigalpa on Monday. He said the army is killing the peasants of the north.",
        "Union leaders met in Quito on Friday. They said the cartel is attacking the power lines to pressure the government.",
        "The senator returned from Lima. He charged that death squads are murdering students with impunity.",
    ] {
        let r = extract(text, "1990-02-01");
        let v = violent(&r);
        assert!(!v.is_empty(), "{text:?}: {}", describe(&r));
        assert!(v.iter().all(|e| e.modality == Modality::Generic), "{text:?}: {}", describe(&r));
    }
    for text in [
        "Residents fled on Monday. Helicopters are now bombing the hills north of the city.",
        "Reporters arrived at the front on Monday. Army planes are bombing the villages near the border tonight, witnesses said.",
        "Guerrillas are attacking the police station in the town of Ocros, the radio said.",
        "The curfew began at six. Army helicopters are still firing at rebel positions in the hills north of the capital.",
    ] {
        let r = extract(text, "1990-02-01");
        let v = violent(&r);
        assert!(!v.is_empty(), "{text:?}: {}", describe(&r));
        assert!(v.iter().all(|e| e.modality == Modality::Asserted), "{text:?}: {}", describe(&r));
    }
    let text = "The talks stalled on Monday. The rebels are holding two engineers hostage in the jungle.";
    let r = extract(text, "1990-02-01");
    let k = events_of(&r, EventKind::Kidnapping);
    assert_eq!(k.len(), 1, "{text:?}: {}", describe(&r));
    assert_eq!(k[0].modality, Modality::Asserted, "{text:?}: {}", describe(&r));
}

/// "called for fresh demonstrations on Thursday": what is called for has
/// not happened; a call that was not made leaves nothing future.
#[test]
fn acts_called_for_are_future() {
    let r = extract("Opposition leader Raila Odinga called for fresh demonstrations on Thursday.", "2024-06-26");
    let protest = r.events.iter().find(|e| e.trigger.text == "demonstrations").unwrap_or_else(|| panic!("{:?}", r.events));
    assert_eq!(protest.modality, Modality::Future);
    let r = extract("Thousands joined demonstrations in Nairobi on Tuesday.", "2024-06-26");
    let protest = r.events.iter().find(|e| e.trigger.text == "demonstrations").unwrap_or_else(|| panic!("{:?}", r.events));
    assert_eq!(protest.modality, Modality::Asserted);
}

/// Civilians killed in the course of a battle are an act of violence of
/// their own, not more of the fighting.
#[test]
fn killing_civilians_during_fighting_is_an_event_of_its_own() {
    let civilians = [
        "Heavy fighting broke out between the army and M23 rebels near Rutshuru on Monday. Witnesses said the rebels murdered seven farmers in a nearby village.",
        "Clashes between troops and jihadists raged for hours around Djibo on Sunday. Four teachers were executed by the militants, residents said.",
    ];
    for text in civilians {
        let r = extract(text, "2024-06-04");
        assert!(!events_of(&r, EventKind::Clash).is_empty(), "{text}: {}", describe(&r));
        let killings: Vec<&Event> = violent(&r).into_iter().filter(|e| e.kind != EventKind::Clash).collect();
        assert_eq!(killings.len(), 1, "{text}: {}", describe(&r));
        assert!(killings[0].actors_with(Role::Victim).next().is_some(), "{text}: {}", describe(&r));
        assert!(events_of(&r, EventKind::Clash).iter().all(|c| c.actors_with(Role::Victim).all(|v| !v.text.contains("farmers") && !v.text.contains("teachers"))), "{text}: {}", describe(&r));
    }
}

/// After a fronted phrase and its comma, a plural word for armed doers
/// and the event word after it are the clause's subject and verb, in any
/// casing ("On Monday, gunmen shot dead ..."); a distance the parser lists
/// with the victim does not spoil the count of the dead.
#[test]
fn doers_after_a_fronted_phrase_are_the_subject_of_the_act() {
    for text in [
        "In a separate incident on Monday, gunmen shot dead a district commissioner in the town of Baidoa, about 250 kilometers northwest of the capital.",
        "in a separate incident on monday, gunmen shot dead a district commissioner in the town of baidoa, about 250 kilometers northwest of the capital.",
        "On Monday, gunmen shot dead a district commissioner in the town of Baidoa.",
        "Late on Friday, militants ambushed a police convoy near the town of Baidoa.",
    ] {
        let r = extract(text, "2024-06-04");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, "gunmen") || has(e, Role::Perpetrator, "militants"), "{text}: {}", describe(&r));
        assert!(has(e, Role::Victim, "commissioner") || has(e, Role::Victim, "convoy") || has(e, Role::Target, "convoy"), "{text}: {}", describe(&r));
        assert!(!has(e, Role::Victim, "kilometers"), "{text}: {}", describe(&r));
        if text.contains("shot dead") {
            assert_eq!(e.fatalities.as_ref().and_then(|f| f.best), Some(1), "{text}: {}", describe(&r));
        }
    }
}

/// What "the assailants" / "the gunmen" did, told after the act, retells
/// it: one event, whose kind the details do not change.
#[test]
fn what_the_attackers_did_next_retells_the_act() {
    for text in [
        "Suspected jihadists killed at least 30 civilians in an attack on a village in central Mali on Sunday. The assailants arrived on motorcycles and set fire to homes before opening fire on residents.",
        "Gunmen killed six worshippers at a church in northern Burkina Faso on Sunday, officials said. The gunmen burned the church and fled into the bush.",
    ] {
        let r = extract(text, "2024-06-04");
        let e = one_violent(&r, text);
        assert_ne!(e.subtype.as_deref(), Some("arson"), "{text}: {}", describe(&r));
        assert_eq!(e.fatalities.as_ref().and_then(|f| f.best), if text.contains("30") { Some(30) } else { Some(6) }, "{text}: {}", describe(&r));
    }
}

/// A later mention of the act narrows its place to a town or region of the
/// same country; a place of another country told later does not move it.
#[test]
fn a_later_mention_narrows_the_place_within_its_country() {
    let text = "Jihadists killed 30 civilians in an attack in central Mali on Sunday. The assailants set fire to homes in Mopti before opening fire on residents.";
    let r = extract(text, "2024-06-04");
    let e = one_violent(&r, text);
    assert_eq!(e.location.as_ref().and_then(|l| l.name.as_deref()), Some("Mopti"), "{text}: {}", describe(&r));
    let text = "Jihadists killed 30 civilians in an attack in central Mali on Sunday. The assailants later fled towards Ouagadougou, officials said.";
    let r = extract(text, "2024-06-04");
    let e = violent(&r)[0];
    assert_eq!(e.location.as_ref().and_then(|l| l.country.as_deref()), Some("ML"), "{text}: {}", describe(&r));
}

/// "Also injured was X", "among those killed were A and B", "injured by
/// the blast were: A; B, a teacher; and C": a fronted predicate of being
/// struck with the people after the copula names victims of the event
/// just told, also when a description named by a participle stands
/// before the name. A fronted word of another kind ("also arrested was")
/// names none.
#[test]
fn victims_after_a_fronted_predicate_of_harm_join_the_event_just_told() {
    let cases = [
        ("A suicide bomber struck a market in Mogadishu on Sunday, killing 12 people. Also injured was a street vendor identified as Fatima Warsame Ali.", &["fatima warsame ali"][..]),
        ("Rebels attacked a checkpoint in Cauca on Friday. Among those killed were police officers Juan Carlos Rojas and Andres Felipe Gomez.", &["juan carlos rojas", "andres felipe gomez"][..]),
        ("a car bomb exploded outside the governor's office in kandahar on monday, killing three people. injured by the shock wave of the blast were: an unidentified driver; ahmad karim nazari, a teacher who was passing by; and gul bibi rahimi, a nurse.", &["ahmad karim nazari", "gul bibi rahimi"][..]),
        ("gunmen opened fire on a bus near gao on tuesday. also wounded was moussa ibrahim traore, 34, a trader from timbuktu.", &["moussa ibrahim traore"][..]),
    ];
    for (text, names) in cases {
        let r = extract(text, "2024-05-10");
        let e = one_violent(&r, text);
        for name in names {
            assert!(has(e, Role::Victim, name), "{name}: {}", describe(&r));
        }
    }
    let text = "Gunmen attacked a police post near Gao on Tuesday, killing two officers. Also arrested was Jean Pierre Bemba Mutesi.";
    let r = extract(text, "2024-05-10");
    let e = one_violent(&r, text);
    assert!(!has(e, Role::Victim, "jean pierre bemba"), "{}", describe(&r));
}

/// An event only made to look as if it happened ("faked a clash",
/// "simulated an ambush", "a staged attack") did not take place, and so
/// does not swallow the real killing it covered: the murdered stay
/// victims of a killing.
#[test]
fn a_faked_event_is_negated_and_leaves_the_real_one_alone() {
    for (text, kind) in [
        ("The soldiers faked a clash near the river to hide the killings, the commission said.", EventKind::Clash),
        ("Investigators said the police simulated an ambush on their own patrol.", EventKind::Attack),
        ("The army said a staged attack on the convoy was used as a pretext.", EventKind::Attack),
        ("The militia feigned an attack on the base before withdrawing.", EventKind::Attack),
    ] {
        let r = extract(text, "2024-03-14");
        let e = events_of(&r, kind);
        assert_eq!(e.len(), 1, "{text}: {}", describe(&r));
        assert_eq!(e[0].modality, Modality::Negated, "{text}: {}", describe(&r));
    }
    let text = "On Monday, army troops commanded by Captain Luis Mora murdered farmers Jose Luis Pena and Rafael Ortiz Romero. The troops faked a clash at the river to murder those farmers.";
    let r = extract(text, "2024-03-14");
    let k = events_of(&r, EventKind::Killing);
    assert!(!k.is_empty() && k[0].modality == Modality::Asserted, "{}", describe(&r));
    for name in ["jose luis pena", "rafael ortiz romero"] {
        assert!(has(k[0], Role::Victim, name), "{name}: {}", describe(&r));
    }
    assert!(events_of(&r, EventKind::Clash).iter().all(|c| c.modality == Modality::Negated), "{}", describe(&r));
    // A clash that did take place stays asserted.
    let r = extract("Troops clashed with rebels near the river on Monday.", "2024-03-14");
    let c = events_of(&r, EventKind::Clash);
    assert_eq!(c.len(), 1, "{}", describe(&r));
    assert_eq!(c[0].modality, Modality::Asserted, "{}", describe(&r));
}

/// People captured by state forces as suspects or as armed doers are
/// arrested, not seized like property or kidnapped.
#[test]
fn suspects_captured_by_state_forces_are_arrested() {
    for text in [
        "The Colombian army captured suspected drug trafficker Jose Cardenas Guerra on a farm near Neiva on Monday.",
        "Soldiers captured eight alleged militants in a raid near Maiduguri on Sunday.",
        "Police captured two drug traffickers in a raid on a house in Cali on Friday.",
    ] {
        let r = extract(text, "2024-06-04");
        assert!(!events_of(&r, EventKind::Arrest).is_empty(), "{text}: {}", describe(&r));
        assert!(events_of(&r, EventKind::Seizure).is_empty() && events_of(&r, EventKind::Kidnapping).is_empty(), "{text}: {}", describe(&r));
    }
    // Civilians taken by troops keep their reading; gunmen seizing a mayor kidnap him.
    let text = "Gunmen captured the mayor of Kidal on Monday.";
    let r = extract(text, "2024-06-04");
    assert!(events_of(&r, EventKind::Arrest).is_empty(), "{text}: {}", describe(&r));
}

/// "Reported five soldiers killed", "found two men shot": a small clause
/// with a past participle is passive; its noun is the patient, not the
/// doer. With a subordinator or an object the clause stays active.
#[test]
fn a_small_clause_of_a_report_names_the_patient() {
    for text in [
        "Spokesmen for the 5th Brigade reported five soldiers killed and several wounded near Arauca on Monday.",
        "Residents found two men shot near the market in Goma on Sunday.",
    ] {
        let r = extract(text, "2024-06-04");
        let e = violent(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert!(e.actors_with(Role::Perpetrator).next().is_none(), "{text}: {}", describe(&r));
        assert!(has(e, Role::Victim, "soldiers") || has(e, Role::Victim, "men"), "{text}: {}", describe(&r));
    }
    let text = "Police reported that gunmen killed five farmers near Arauca on Monday.";
    let r = extract(text, "2024-06-04");
    let e = one_violent(&r, text);
    assert!(has(e, Role::Perpetrator, "gunmen") && has(e, Role::Victim, "farmers"), "{text}: {}", describe(&r));
}

/// An act aimed at "the city" (or at "the" thing the act before hit),
/// told after an act placed in a city, is that act told again: one event,
/// which keeps the later toll.
#[test]
fn an_act_at_the_city_just_named_is_the_same_act() {
    let text = "A Russian missile strike on a shopping center in Kharkiv killed at least 12 people on Saturday, the governor said. Ukraine's air force said Russia launched two guided bombs at the city. On Sunday the death toll rose to 16.";
    let r = extract(text, "2024-05-26");
    let e = one_violent(&r, text);
    assert_eq!(e.fatalities.as_ref().and_then(|f| f.best), Some(16), "{text}: {}", describe(&r));
    assert_eq!(e.location.as_ref().and_then(|l| l.name.as_deref()), Some("Kharkiv"), "{text}: {}", describe(&r));
    // A different target told with "the" is another act.
    let text = "A Russian missile strike on a shopping center in Kharkiv killed at least 12 people on Saturday. Russia also launched drones at the port of Odesa.";
    let r = extract(text, "2024-05-26");
    assert_eq!(violent(&r).len(), 2, "{text}: {}", describe(&r));
}

/// "Reports that militants had killed ten villagers turned out to be
/// false": an account the text calls false tells no event, also when the
/// sentence opens with the plural noun (which the tagger took for a verb)
/// and says so with "turned out to be".
#[test]
fn an_account_that_turned_out_false_is_negated() {
    for text in [
        "Reports that gunmen had killed ten villagers near Gao turned out to be false, the army said.",
    ] {
        let r = extract(text, "2025-05-20");
        let e = r.events.iter().find(|e| !e.kind.is_statement()).unwrap_or_else(|| panic!("{text}: no event"));
        assert_eq!(e.modality, Modality::Negated, "{text}: {:?}", r.events.iter().map(|e| (e.kind, e.modality)).collect::<Vec<_>>());
    }
}

/// "the 2015 Bamako hotel attack": an act noun whose phrase opens with a
/// year long past is history, dated that year and kept apart from the
/// news around it; the town that names it is where it happened, not its
/// perpetrator; and the year dates no other act of the sentence.
#[test]
fn an_act_named_with_a_past_year_is_history_apart_from_the_news() {
    let text = "Gunmen killed four soldiers near Bamako on Tuesday, a week before the anniversary of the 2015 Bamako hotel attack, in which 20 people died.";
    let r = extract(text, "2026-11-20");
    let news = violent(&r).into_iter().find(|e| has(e, Role::Victim, "soldiers")).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(news.modality, Modality::Asserted, "{}", describe(&r));
    assert_eq!(news.date.as_ref().map(|d| d.start.to_string()), Some("2026-11-17".to_string()), "{}", describe(&r));
    let past = violent(&r).into_iter().find(|e| e.trigger.text == "attack").unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(past.modality, Modality::Historical, "{}", describe(&r));
    assert_eq!(past.date.as_ref().map(|d| d.start.to_string()), Some("2015-01-01".to_string()), "{}", describe(&r));
    assert!(actor_texts(past, Role::Perpetrator).is_empty(), "{}", describe(&r));
    // What a relative clause tells of that act is that history too.
    let text = "Survivors marked the anniversary of the 2019 Colombo church bombings, in which 269 people were killed, on Sunday.";
    let r = extract(text, "2026-11-20");
    let past = one_violent(&r, text);
    assert_eq!(past.modality, Modality::Historical, "{}", describe(&r));
    assert_eq!(past.fatalities.as_ref().and_then(|f| f.best), Some(269), "{}", describe(&r));
    // A day and month open the phrase as a year does.
    let text = "Officials blamed the group for the 12 November bombing of a bus station in Kano.";
    let r = extract(text, "2026-11-20");
    let e = one_violent(&r, text);
    assert_eq!(e.date.as_ref().map(|d| d.start.to_string()), Some("2026-11-12".to_string()), "{}", describe(&r));
    // The year of another noun dates nothing the sentence tells.
    let r = extract("Rebels shelled the town, days before the 2026 census.", "2026-11-20");
    let e = one_violent(&r, "census");
    assert!(e.date.is_none() && e.modality == Modality::Asserted, "{}", describe(&r));
}

/// "did not confirm or deny carrying out the strike": "or" under a
/// negation denies neither; "did not surrender but fled" still fled.
#[test]
fn or_under_a_negation_negates_each_verb() {
    let r = extract("A drone hit a fuel truck near Marib on Sunday. The coalition did not confirm or deny carrying out the strike.", "2026-11-20");
    let denial = events_of(&r, EventKind::Denial);
    assert!(denial.iter().all(|d| d.modality == Modality::Negated), "{}", describe(&r));
    // A denial not made is no stance, and the speaker of the verbs it is
    // joined to is still who did not make it.
    let r = extract("A drone hit a fuel truck near Marib on Sunday. The coalition said it was looking into the report, but did not confirm or deny carrying out the strike.", "2026-11-20");
    let denial = events_of(&r, EventKind::Denial).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(has(denial, Role::Denier, "coalition"), "{}", describe(&r));
    let strike = one_violent(&r, "strike");
    assert!(strike.attribution.as_ref().is_none_or(|a| a.parties.iter().all(|p| p.stance != "denied")), "{}", describe(&r));
    let r = extract("The rebels did not retreat or surrender, and the army killed nine of them on Monday.", "2026-11-20");
    assert!(violent(&r).iter().any(|e| e.modality == Modality::Asserted), "{}", describe(&r));
}

/// "an attack on a mosque in Kano that killed 12 worshippers": the
/// relative clause tells what the act did, whatever noun of its phrase the
/// parser hung it on: one event, no place as killer. A party right before
/// the relative is what it stands for ("attacks by the gangs, which have
/// vowed to kill").
#[test]
fn a_relative_after_an_act_phrase_tells_what_the_act_did() {
    for text in [
        "Militants carried out an attack on a mosque in Kano that killed 12 worshippers.",
        "Militants carried out an attack on a mosque in Kano, which killed 12 worshippers.",
    ] {
        let r = extract(text, "2026-11-20");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, "militants") && !has(e, Role::Perpetrator, "kano"), "{text}: {}", describe(&r));
        assert_eq!(e.fatalities.as_ref().and_then(|f| f.best), Some(12), "{text}: {}", describe(&r));
    }
    // A place of two words before the relative carries its preposition on
    // its first word: "El Geneina" is no party the relative stands for.
    let text = "The African Union condemned the shelling of a displacement camp in El Geneina that killed 12 people on Sunday.";
    let r = extract(text, "2026-11-20");
    let e = one_violent(&r, text);
    assert_eq!(e.fatalities.as_ref().and_then(|f| f.best), Some(12), "{text}: {}", describe(&r));
    let text = "Police braced for attacks by the gangs, which have vowed to kill ten officers for every arrest.";
    let r = extract(text, "2026-11-20");
    assert!(!violent(&r).iter().any(|e| e.trigger.text == "attacks" && has(e, Role::Victim, "officers")), "{}", describe(&r));
}

/// "the bombardment of southern Lebanon", told after a drone strike in
/// Yemen: a definite act noun whose own phrase names a place in another
/// country is another act, not the one told before.
#[test]
fn a_definite_act_in_another_country_is_another_act() {
    let text = "A drone struck a convoy near Marib in Yemen on Monday, killing seven people. Separately, Hezbollah warned it would respond if the shelling of southern Lebanon went on.";
    let r = extract(text, "2026-11-20");
    let strike = violent(&r).into_iter().find(|e| e.trigger.text == "struck").unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(strike.actors.iter().all(|a| !a.text.contains("Lebanon")), "{}", describe(&r));
    assert_eq!(strike.location.as_ref().map(|l| l.country.clone()), Some(Some("YE".to_string())), "{}", describe(&r));
    // The same country is the same act ("the attack in Marib").
    let r = extract("Gunmen attacked a checkpoint near Marib in Yemen on Monday. Officials said the attack in Marib killed three soldiers.", "2026-11-20");
    assert_eq!(violent(&r).len(), 1, "{}", describe(&r));
}

/// "A and B were arrested following the attack", "police detained three
/// men after the bombing": people taken into custody right after an act are
/// held for it, as with "for" or "in connection with", whichever way the
/// parser hangs the phrase ("following" read as a verb, "after the
/// bombing" hung on the men). Protesters arrested after a rally stay
/// protesters.
#[test]
fn those_arrested_right_after_an_act_are_its_suspected_perpetrators() {
    for (text, suspect) in [
        ("Ali Musa and Omar Bello were arrested following the attack on the police post in Kano.", "ali musa"),
        ("Police detained three men after the bombing of the market in Kano.", "three men"),
    ] {
        let r = extract(text, "2024-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, suspect), "{text}: {}", describe(&r));
        let attribution = e.attribution.as_ref().unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(attribution.status, "suspected", "{text}: {}", describe(&r));
    }
}

/// "A strike killed two Hezbollah members on Friday, the group said": the
/// killed are the victims, and the group that said so the toll's source,
/// however the parser hung the closing verb of saying.
#[test]
fn the_object_before_a_closing_report_is_no_speaker() {
    let text = "A drone strike on a car near Tyre killed two Hezbollah members on Friday, the group said.";
    let r = extract(text, "2026-11-20");
    let e = one_violent(&r, text);
    assert!(has(e, Role::Victim, "hezbollah members"), "{}", describe(&r));
    assert_eq!(e.fatalities.as_ref().and_then(|f| f.source.as_deref()), Some("group"), "{}", describe(&r));
}

/// "air defences shot down 40 of the drones": bringing down the other
/// side's weapons is defence, no attack; shooting down an aircraft is one.
#[test]
fn shooting_down_weapons_is_no_attack() {
    let r = extract("Russia launched 60 drones at Ukraine overnight, and air defences shot down 52 of them over Kyiv, the air force said.", "2026-11-20");
    assert!(violent(&r).iter().all(|e| !has(e, Role::Perpetrator, "air defences")), "{}", describe(&r));
    let text = "Rebels shot down a military helicopter near Goma on Monday.";
    let r = extract(text, "2026-11-20");
    assert!(has(one_violent(&r, text), Role::Perpetrator, "rebels"), "{}", describe(&r));
}

/// "condemned the killing of three peacekeepers in an ambush": the act
/// in whose phrase another act noun follows with "in" happened in it, one
/// event, wherever the parser hung the "in" phrase.
#[test]
fn a_killing_in_an_ambush_is_one_event() {
    let text = "The African Union condemned the killing of four soldiers in an ambush near Kidal on Monday.";
    let r = extract(text, "2026-11-20");
    let e = one_violent(&r, text);
    assert!(has(e, Role::Victim, "soldiers"), "{}", describe(&r));
    assert_eq!(e.subtype.as_deref(), Some("ambush"), "{}", describe(&r));
}

/// "Gang members armed with machetes attacked the town": the participle
/// describes the doers (no arming, no military aid), and the verb after
/// its "with" phrase is what they did, whatever the parser made the root.
#[test]
fn doers_armed_with_weapons_are_the_perpetrators() {
    for text in [
        "Gang members armed with machetes and rifles attacked the village of Liancourt overnight.",
        "Militiamen armed with automatic rifles raided a camp near Bunia on Sunday.",
    ] {
        let r = extract(text, "2026-11-20");
        let e = one_violent(&r, text);
        assert!(actor_texts(e, Role::Perpetrator).iter().any(|t| t.contains("gang members") || t.contains("militiamen")), "{text}: {}", describe(&r));
        assert!(events_of(&r, EventKind::Aid).is_empty(), "{text}: {}", describe(&r));
    }
}

#[test]
fn a_device_that_failed_to_go_off_is_an_attack_that_happened() {
    // The rocket was fired at the building: only its going off is denied.
    for text in [
        "Police said the rocket fired at the consulate on Tuesday did not explode.",
        "Bomb experts said a second device left at the market had not exploded.",
    ] {
        let r = extract(text, "2024-05-08");
        let v = violent(&r);
        assert!(!v.is_empty() && v.iter().all(|e| e.modality == Modality::Asserted), "{text}: {}", describe(&r));
    }
    // Someone who did not set a device off did nothing.
    let r = extract("The militants did not detonate the bomb, the army said.", "2024-05-08");
    assert!(r.events.iter().filter(|e| e.trigger.text == "detonate").all(|e| e.modality == Modality::Negated), "{}", describe(&r));
}

/// "..., the third killing of a reporter in the region this year":
/// an act counted by an ordinal over a span of time is the tally of a
/// series, not a new act; the shooting told before stays the one event.
#[test]
fn an_act_counted_in_a_series_is_no_new_act() {
    let text = "Unidentified gunmen on Tuesday shot dead a local journalist outside his home in Cotabato, police said, the third killing of a reporter in the region this year.";
    let r = extract(text, "2026-12-01");
    let asserted: Vec<_> = violent(&r).into_iter().filter(|e| e.modality == Modality::Asserted).collect();
    assert_eq!(asserted.len(), 1, "{}", describe(&r));
    // Without the span of time, "the third killing" may be the act itself.
    let r = extract("Gunmen shot dead a journalist in Cotabato on Tuesday, the third killing in the family.", "2026-12-01");
    assert!(violent(&r).iter().any(|e| e.modality == Modality::Asserted), "{}", describe(&r));
}

/// "The bodies of A and his colleagues B and C were handed to their
/// families", "relatives buried the bodies, including that of teacher D":
/// a sentence
/// with no act of its own that names the dead through their bodies names
/// victims of the violent act told before it, with their titles left out;
/// with no act before, it names no one.
#[test]
fn names_told_with_the_bodies_are_victims_of_the_act_before() {
    let names = |r: &DocumentResult| -> Vec<String> { r.events.iter().flat_map(|e| e.actors_with(Role::Victim).filter_map(|a| a.name.clone())).map(|n| n.to_lowercase()).collect() };
    let r = extract(
        "gunmen opened fire on a minibus near mosul on sunday, killing four teachers. the bodies of omar hadi and his colleagues karim saleh, ali nouri and samir aziz were handed to their families on monday.",
        "2024-03-10",
    );
    for name in ["omar hadi", "karim saleh", "ali nouri", "samir aziz"] {
        assert!(names(&r).iter().any(|n| n == name), "{name}: {:?}", names(&r));
    }
    let r = extract(
        "A bomb killed ten union members at their offices on Tuesday. Relatives buried the bodies, including that of teacher Ana Ruiz Vega, on Thursday.",
        "2024-03-10",
    );
    assert!(names(&r).iter().any(|n| n == "ana ruiz vega"), "{:?}", names(&r));
    let r = extract("The bodies of Omar Hadi and Karim Saleh were handed to their families on Monday.", "2024-03-10");
    assert!(names(&r).is_empty(), "{:?}", names(&r));
}

/// "arrested nine suspects over the killing of a candidate who was shot
/// dead outside a rally last week": the relative clause on the killing's
/// victim tells of the killing itself, so its date is the killing's; the
/// arrest keeps its own.
#[test]
fn a_relative_clause_retelling_the_act_dates_it() {
    let text = "Police said on Tuesday they had arrested four suspects over the killing of a mayoral candidate who was shot dead outside a rally in the port city last week.";
    let r = extract(text, "2026-12-08");
    let killing = violent(&r);
    assert_eq!(killing.len(), 1, "{}", describe(&r));
    let date = killing[0].date.as_ref().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!((date.start.as_str(), date.end.as_str()), ("2026-11-30", "2026-12-06"), "{}", describe(&r));
    let arrest = events_of(&r, EventKind::Arrest);
    assert_eq!(arrest.len(), 1, "{}", describe(&r));
    assert_ne!(arrest[0].date.as_ref().map(|d| d.start.as_str()), Some("2026-11-30"), "{}", describe(&r));
}

#[test]
fn those_who_took_part_in_an_act_are_its_perpetrators() {
    for (text, doer) in [
        ("Two police officers took part in the killing of the activist in Nairobi, the inquiry found.", "two police officers"),
        ("Troops detained nine men who took part in the bombing of a bus station in Maiduguri.", "nine men"),
        ("Prosecutors said 14 suspects who are believed to have taken part in the ambush on the convoy were in custody.", "14 suspects"),
        ("The two men are believed to have participated in the bombing of the bridge near Warri.", "two men"),
    ] {
        let r = extract(text, "2024-03-10");
        let e = one_violent(&r, text);
        assert!(has(e, Role::Perpetrator, doer), "{text}: {}", describe(&r));
    }
    // A purpose is no deed: "came to take part in the raids" tells who was
    // sent, not who raided.
    let text = "Two foreign pilots arrived in the capital to take part in air raids on the rebels.";
    let r = extract(text, "2024-03-10");
    assert!(violent(&r).iter().all(|e| !has(e, Role::Perpetrator, "pilots")), "{text}: {}", describe(&r));
}

/// "He was the fourth reporter killed in the country this year": a
/// killing participle on a person counted in a series over a span of time
/// is the tally, not a new killing.
#[test]
fn a_person_counted_in_a_series_of_killings_is_no_new_killing() {
    let text = "Unknown gunmen shot dead a local radio host outside his home on Wednesday, prosecutors said. He was the fourth reporter killed in the state this year.";
    let r = extract(text, "2026-12-10");
    let asserted: Vec<_> = violent(&r).into_iter().filter(|e| e.modality == Modality::Asserted).collect();
    assert_eq!(asserted.len(), 1, "{}", describe(&r));
    assert!(asserted[0].trigger.text.contains("shot"), "{}", describe(&r));
    assert!(!has(asserted[0], Role::Victim, "reporter"), "{}", describe(&r));
    assert_eq!(asserted[0].fatalities.as_ref().and_then(|c| c.best), Some(1), "{}", describe(&r));
}

/// "Separatists have stepped up attacks on security forces in recent
/// months": a bare plural act made more frequent is a trend, generic.
#[test]
fn acts_made_more_frequent_are_a_trend() {
    for text in [
        "Separatist fighters have stepped up attacks on security forces in the province in recent months, officials said.",
        "The insurgents intensified bombings of army convoys after the talks collapsed.",
    ] {
        let r = extract(text, "2026-12-08");
        let v = violent(&r);
        assert!(!v.is_empty() && v.iter().all(|e| e.modality == Modality::Generic), "{text}: {}", describe(&r));
    }
}

/// "According to a tally by the agency, more than 500 people have been
/// killed in such attacks this year": a present perfect over the year so
/// far sums many acts; it is no part of the attack just told (neither its
/// victims nor its toll).
#[test]
fn a_tally_of_the_year_is_no_part_of_the_attack() {
    let text = "At least 23 people were killed when gunmen attacked a village in the north on Saturday, a local official said. According to a tally by the agency, more than 500 people have been killed in such attacks this year.";
    let r = extract(text, "2026-12-08");
    let asserted: Vec<_> = violent(&r).into_iter().filter(|e| e.modality == Modality::Asserted).collect();
    assert_eq!(asserted.len(), 1, "{}", describe(&r));
    assert_eq!(asserted[0].fatalities.as_ref().and_then(|c| c.best), Some(23), "{}", describe(&r));
    assert!(!has(asserted[0], Role::Victim, "500"), "{}", describe(&r));
}

/// "in Burkina Faso's north": a country of two words that owns a part of
/// the country ("north", "capital") is where the event is, as "in
/// Nigeria's north" was; "Burkina Faso's army" is still whose army.
#[test]
fn a_part_of_a_country_of_two_words_places_the_event() {
    for (text, country) in [("Gunmen attacked a village in Burkina Faso's north on Saturday.", "BF"), ("Rebels shelled a market in Sierra Leone's east on Monday.", "SL")] {
        let r = extract(text, "2026-12-08");
        let e = one_violent(&r, text);
        assert_eq!(e.location.as_ref().and_then(|l| l.country.as_deref()), Some(country), "{text}: {}", describe(&r));
    }
}

/// "the commander, who it said was responsible for attacks on Israel": a
/// bare plural act someone is responsible for is their record, not a new
/// act ("responsible for the attack" and "for their killings" are not such).
#[test]
fn a_bare_plural_someone_is_responsible_for_is_their_record() {
    let r = extract("The army said its jets had killed the commander, who it said was responsible for attacks on border towns.", "2024-05-01");
    let attacks: Vec<_> = r.events.iter().filter(|e| e.trigger.text == "attacks").collect();
    assert!(!attacks.is_empty() && attacks.iter().all(|e| e.modality == Modality::Generic), "{}", describe(&r));
}
