//! Today's wire copy (AP, Reuters, AFP style leads): phrasings the MUC-4
//! corpus rarely has, found by writing such articles and reading what
//! `sitrep extract` made of them (sessions 13 and 14, branches news13 and
//! news14: the attacks and, in the second half, the statements after them).

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

fn of_kind(r: &DocumentResult, kind: EventKind) -> Vec<&Event> {
    r.events.iter().filter(|e| e.kind == kind).collect()
}

/// The first asserted event that is no statement.
fn first_violent(r: &DocumentResult) -> Option<&Event> {
    violent(r).into_iter().next()
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

// Session 14 (branch news14): statements after an attack and the attacks
// themselves.

/// "X said in a statement that it carried out the attack": the parser
/// hangs the that-clause on "statement" as a plain clausal modifier; it is
/// still what X said, and X's own deed is a claim of the attack.
#[test]
fn claim_in_a_that_clause_after_the_channel() {
    for (text, claimant) in [
        ("Gunmen stormed a hotel in Garowe on Sunday. The Puntland Liberation Front said in a statement that it carried out the attack.", "puntland liberation front"),
        ("A bomb went off near a bus depot in Peshawar on Friday. Jaish al-Adl said in a message that it had staged the bombing.", "jaish al-adl"),
        ("Fighters raided an army post near Menaka on Tuesday. The Sahel Liberation Movement announced in a communique that it conducted the raid.", "sahel liberation movement"),
    ] {
        let r = extract(text);
        let attack = first_violent(&r).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let claims = of_kind(&r, EventKind::Claim);
        let claim = claims.first().unwrap_or_else(|| panic!("no claim in {text}: {}", describe(&r)));
        assert!(actor_texts(claim, Role::Claimant).iter().any(|t| t.ends_with(claimant)), "{text}: {}", describe(&r));
        assert_eq!(claim.about.as_deref(), Some(attack.id.as_str()), "{text}: {}", describe(&r));
        assert_eq!(claim.modality, Modality::Asserted, "{text}: {}", describe(&r));
    }
}

/// Claims made "in a post on X", on other platforms, or "in a message".
#[test]
fn claim_channels_of_today() {
    for (text, channel) in [
        ("Drones struck a fuel depot in Kassala on Monday. The Sudan Freedom Brigades claimed the strike in a post on X.", "social_media"),
        ("Militants bombed a police van in Bannu on Sunday. The Hafiz Gul Bahadur group claimed responsibility in a post on Instagram.", "social_media"),
        ("Gunmen ambushed a convoy near Diffa. The Sahel Liberation Movement claimed the ambush in a message to reporters.", "statement"),
    ] {
        let r = extract(text);
        let claims = of_kind(&r, EventKind::Claim);
        let claim = claims.first().unwrap_or_else(|| panic!("no claim in {text}: {}", describe(&r)));
        assert_eq!(claim.channel.as_deref(), Some(channel), "{text}: {}", describe(&r));
    }
}

/// "warned (that) it would strike again", "said it would respond": a
/// threat by the speaker. A response to words ("would respond to the
/// proposal") or a warning about no force is none.
#[test]
fn warnings_of_reprisal_are_threats() {
    for (text, speaker) in [
        ("Gunmen attacked a border post near Chaman on Friday. The Pakistani army warned it would strike back.", "army"),
        ("A drone hit a refinery in Saratov overnight. The Russian defence ministry warned that Moscow would respond.", "ministry"),
        ("Rockets hit a kibbutz near Sderot on Monday. The prime minister said Israel would respond with force.", "minister"),
        ("Militants killed six police officers in Bannu. The provincial governor warned the militants that the state would retaliate.", "governor"),
    ] {
        let r = extract(text);
        let threats = of_kind(&r, EventKind::Threat);
        let threat = threats.first().unwrap_or_else(|| panic!("no threat in {text}: {}", describe(&r)));
        assert!(actor_texts(threat, Role::Speaker).iter().any(|t| t.ends_with(speaker)), "{text}: {}", describe(&r));
    }
    for text in [
        "The foreign ministry said it would respond to the proposal next week.",
        "The mayor warned that the heat wave would last until Friday.",
        "Officials said they would respond to the letter from the opposition.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Threat).is_empty(), "{text}: {}", describe(&r));
    }
}

/// "X killed five Hezbollah fighters, the group said": the group that
/// speaks is the victims' own, not the doer, so no claim; and a doer that
/// is no party ("Israeli strikes") makes no claimant. The doer's own
/// report after the deed stays a claim.
#[test]
fn the_victims_group_reporting_its_losses_claims_nothing() {
    for text in [
        "Israeli strikes killed four Hezbollah fighters near Tyre on Friday, the group said.",
        "Army troops killed seven Ansar Dine militants near Timbuktu on Sunday, the group said.",
        "Air strikes killed three al-Shabaab commanders in Jilib on Monday, the group said in a statement.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Claim).is_empty(), "{text}: {}", describe(&r));
    }
    for (text, claimant) in [
        ("Hezbollah fired rockets at an Israeli army post on Tuesday, the group said.", "hezbollah"),
        ("The Houthis attacked a tanker in the Gulf of Aden with drones, the group said in a statement.", "houthis"),
    ] {
        let r = extract(text);
        let claims = of_kind(&r, EventKind::Claim);
        let claim = claims.first().unwrap_or_else(|| panic!("no claim in {text}: {}", describe(&r)));
        assert!(actor_texts(claim, Role::Claimant).iter().any(|t| t.ends_with(claimant)), "{text}: {}", describe(&r));
    }
}

/// "fired a barrage of rockets at X": the thing fired sits in the "of"
/// phrase of a counting noun; the act is the same missile strike as
/// "fired rockets at X".
#[test]
fn a_barrage_of_rockets_is_a_strike() {
    for (text, doer) in [
        ("Hezbollah fired a barrage of rockets at Kiryat Shmona on Wednesday.", "hezbollah"),
        ("Islamic Jihad fired a volley of rockets at Sderot overnight, the army said.", "islamic jihad"),
        ("The Houthis launched a wave of drones at an oil terminal in Yanbu on Friday.", "houthis"),
        ("Russian forces fired dozens of missiles at Kharkiv on Thursday.", "forces"),
    ] {
        let r = extract(text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("no event in {text}: {}", describe(&r)));
        assert_eq!(e.kind, EventKind::Attack, "{text}: {}", describe(&r));
        assert_eq!(e.subtype.as_deref(), Some("missile_strike"), "{text}: {}", describe(&r));
        assert!(actor_texts(e, Role::Perpetrator).iter().any(|t| t.ends_with(doer)), "{text}: {}", describe(&r));
    }
}

/// "Troops returned fire": an exchange of fire, no concession (the
/// "return X to Y" of handing back property or prisoners).
#[test]
fn returning_fire_is_a_clash() {
    for (text, side) in [
        ("Gunmen opened fire on a checkpoint near Nablus. Soldiers at the checkpoint returned fire, the army said.", "soldiers"),
        ("Police officers returned fire at the attackers outside the bank in Quetta on Monday.", "officers"),
        ("The guards returned fire and the assailants fled into the forest, officials said.", "guards"),
    ] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Concession).is_empty(), "{text}: {}", describe(&r));
        let clash = r.events.iter().find(|e| e.kind == EventKind::Clash && e.trigger.text.to_lowercase().starts_with("returned"));
        let clash = clash.unwrap_or_else(|| panic!("no clash in {text}: {}", describe(&r)));
        let parties: Vec<String> = clash.actors.iter().map(|a| a.text.to_lowercase()).collect();
        assert!(parties.iter().any(|t| t.ends_with(side)), "{text}: {}", describe(&r));
    }
    let r = extract("The rebels returned the bodies of three soldiers to the army on Friday.");
    assert_eq!(of_kind(&r, EventKind::Clash).len(), 0, "{}", describe(&r));
}

/// "Government forces carried out drone strikes on a market": the doer
/// of a support verb is the strike's perpetrator also when the parser
/// reads "drone" as a verb and leaves "strikes" a bare oblique.
#[test]
fn the_subject_of_carried_out_strikes_is_the_doer() {
    for (text, doer) in [
        ("Federal forces carried out drone strikes on a market in Oromia on Tuesday, killing 14 people.", "forces"),
        ("The air force conducted drone strikes on rebel camps near Lashio on Friday.", "air force"),
        ("Turkish jets carried out air strikes on Kurdish positions in northern Iraq on Sunday.", "jets"),
    ] {
        let r = extract(text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("no event in {text}: {}", describe(&r)));
        assert_eq!(e.kind, EventKind::Attack, "{text}: {}", describe(&r));
        assert!(actor_texts(e, Role::Perpetrator).iter().any(|t| t.ends_with(doer)), "{text}: {}", describe(&r));
    }
}

/// "Iraqi officials blamed Islamic State remnants": whom they blamed is
/// the accused, also when the parser reads "officials blamed" as a noun
/// with a reduced relative and the accused as an agent with no "by".
#[test]
fn officials_blamed_a_group() {
    for (text, accused) in [
        ("A car bomb exploded outside a mosque in Mosul on Friday. Iraqi officials blamed Islamic State remnants.", "remnants"),
        ("Gunmen killed five farmers near Maiduguri on Sunday. Nigerian officials blamed Boko Haram fighters.", "fighters"),
        ("A roadside bomb hit a bus near Quetta. Provincial authorities blamed Baloch separatists for the blast.", "separatists"),
    ] {
        let r = extract(text);
        let acc = of_kind(&r, EventKind::Accusation);
        let acc = acc.first().unwrap_or_else(|| panic!("no accusation in {text}: {}", describe(&r)));
        assert!(actor_texts(acc, Role::Accused).iter().any(|t| t.ends_with(accused)), "{text}: {}", describe(&r));
        let attack = first_violent(&r).unwrap_or_else(|| panic!("no event in {text}: {}", describe(&r)));
        assert_eq!(acc.about.as_deref(), Some(attack.id.as_str()), "{text}: {}", describe(&r));
    }
}

/// "fired rockets at Ashkelon": a town a strike was aimed at is its target
/// and where it happened, never its victim; a country stays a party.
#[test]
fn a_town_fired_at_is_the_target_and_the_place() {
    for (text, town) in [
        ("Hezbollah fired rockets at Nahariya on Wednesday.", "Nahariya"),
        ("Islamic Jihad fired a barrage of rockets at Sderot on Monday, the army said.", "Sderot"),
        ("Russian forces launched missiles at Zaporizhzhia overnight, officials said.", "Zaporizhzhia"),
    ] {
        let r = extract(text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("no event in {text}: {}", describe(&r)));
        let lower = town.to_lowercase();
        assert!(!actor_texts(e, Role::Victim).contains(&lower), "{text}: {}", describe(&r));
        assert!(actor_texts(e, Role::Target).contains(&lower), "{text}: {}", describe(&r));
        assert_eq!(e.location.as_ref().map(|l| l.text.as_str()), Some(town), "{text}: {}", describe(&r));
    }
}

/// "Military helicopters struck rebel positions ..., killing seven
/// fighters, the monitor said", "Israeli warplanes later struck targets
/// in ...": the parser reads "struck" as a modifier of the object, inside
/// a reported clause or after an adverb; it is the clause's verb, and the
/// aircraft's owner the doer of the strike that killed.
#[test]
fn aircraft_struck_inside_a_reported_clause_or_after_an_adverb() {
    for (text, doer) in [
        ("Military helicopters struck militant positions in Khost province on Friday, killing at least nine fighters, a local monitor said.", "military"),
        ("Russian warplanes struck opposition positions near Hama on Monday, killing six fighters, the monitoring group said.", "russian warplanes"),
        ("Israeli warplanes later struck targets in Rafah, killing three people, according to local medics.", "israeli warplanes"),
        ("Saudi jets again struck targets in Saada on Tuesday, killing five people.", "saudi jets"),
    ] {
        let r = extract(text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("no event in {text}: {}", describe(&r)));
        // Fighters killed make it a clash to the typing rules; either way
        // the strike is the event, not a bare killing.
        assert!(matches!(e.kind, EventKind::Attack | EventKind::Clash), "{text}: {}", describe(&r));
        assert!(e.trigger.text.to_lowercase().contains("struck"), "{text}: {}", describe(&r));
        assert!(actor_texts(e, Role::Perpetrator).iter().any(|t| t.ends_with(doer)), "{text}: {}", describe(&r));
        assert!(e.fatalities.as_ref().is_some_and(|f| f.best.is_some()), "{text}: {}", describe(&r));
    }
}

/// "rival armed groups", "armed men": the adjective is no military aid;
/// "Iran armed the rebels" still is.
#[test]
fn armed_groups_are_no_arms_deliveries() {
    for text in [
        "Clashes erupted between rival armed groups in Zawiya overnight, killing at least six people, medics said.",
        "Fighting between armed groups in the east of the country left 14 people dead on Sunday.",
        "Heavily armed men stormed a village near Zamfara on Monday, residents said.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Aid).is_empty(), "{text}: {}", describe(&r));
    }
    let r = extract("Iran armed the Houthi rebels with drones and missiles, the report said.");
    assert_eq!(of_kind(&r, EventKind::Aid).len(), 1, "{}", describe(&r));
}

/// "accused the group of targeting civilians": the "of" phrase after a
/// partitive object is the charge, not the body the group belongs to.
#[test]
fn accused_of_targeting_is_a_charge_not_a_party() {
    for (text, accused) in [
        ("Gunmen ambushed a minibus near Mandera on Monday, killing three passengers. The governor accused the group of targeting civilians.", "group"),
        ("A drone hit a clinic in Nyala. The ministry accused the militia of shelling hospitals.", "militia"),
        ("Rebels attacked a convoy near Beni. The army accused a unit of the rebels of killing prisoners.", "unit"),
    ] {
        let r = extract(text);
        let acc = of_kind(&r, EventKind::Accusation);
        let acc = acc.first().unwrap_or_else(|| panic!("no accusation in {text}: {}", describe(&r)));
        let who = actor_texts(acc, Role::Accused);
        // "the group" may be resolved to the party named before it.
        assert!(who.iter().any(|t| t.ends_with(accused) || t == "gunmen" || t == "rebels"), "{text}: {}", describe(&r));
        assert!(!who.iter().any(|t| t.contains("targeting") || t.contains("shelling") || t.contains("killing") || t.contains("civilians") || t.contains("prisoners")), "{text}: {}", describe(&r));
    }
}

/// "attacked a camp, killing 27 people and abducting 12 children": the
/// abduction in the participle clause after the act is the attackers'.
#[test]
fn abductions_in_a_participle_clause_are_the_attackers() {
    for (text, doer) in [
        ("Armed herders raided a village in Plateau state on Sunday, killing 11 people and abducting nine women.", "herders"),
        ("Bandits attacked a market near Gusau on Friday, abducting 30 traders.", "bandits"),
        ("ADF rebels stormed a hospital in Lubero overnight, killing five patients and kidnapping two nurses, the army said.", "rebels"),
    ] {
        let r = extract(text);
        let k = of_kind(&r, EventKind::Kidnapping);
        let k = k.first().unwrap_or_else(|| panic!("no kidnapping in {text}: {}", describe(&r)));
        assert!(actor_texts(k, Role::Perpetrator).iter().any(|t| t.ends_with(doer)), "{text}: {}", describe(&r));
    }
}

/// "said it would retaliate for the killing": the threat is about the
/// event its reprisal answers.
#[test]
fn a_reprisal_for_an_event_is_about_it() {
    for text in [
        "An Israeli drone killed a Hezbollah commander in Nabatieh on Monday. Hezbollah said it would retaliate for the killing.",
        "Gunmen shot dead a police chief in Peshawar on Friday. The provincial government warned it would retaliate for the assassination.",
        "A bomb killed four soldiers near Gao on Sunday. The army said it would respond to the attack.",
    ] {
        let r = extract(text);
        let threats = of_kind(&r, EventKind::Threat);
        let threat = threats.first().unwrap_or_else(|| panic!("no threat in {text}: {}", describe(&r)));
        let first = first_violent(&r).unwrap_or_else(|| panic!("no event in {text}: {}", describe(&r)));
        assert_eq!(threat.about.as_deref(), Some(first.id.as_str()), "{text}: {}", describe(&r));
    }
}

/// "..., killing 18 people, residents and a local official said": the
/// speakers of a closing "said" are the source of the figure, never more
/// victims listed with the dead (the parser read them as conjuncts).
#[test]
fn speakers_of_a_closing_said_are_no_victims() {
    for (text, dead, speaker) in [
        ("Gunmen opened fire on villagers in the Nigerian state of Benue late Friday, killing 23 people, residents and a local official said.", 23, "residents"),
        ("A roadside bomb killed four soldiers, police and local officials said on Monday.", 4, "police"),
        ("Militiamen raided a camp near Djugu, killing 11 displaced people, camp leaders and a UN official said.", 11, "camp leaders"),
        // The parser also read "exploded" as a participle of the subject
        // of "said" ("a bomb [that was] exploded ... said").
        ("A bomb exploded at a market in Maiduguri on Monday, killing seven people, police said.", 7, "police"),
        ("A grenade exploded outside a bar in Goma, killing three people, police said.", 3, "police"),
    ] {
        let r = extract(text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let victims = actor_texts(e, Role::Victim);
        assert!(!victims.iter().any(|v| v.contains(speaker) || v.contains("official")), "{text}: {victims:?}");
        assert_eq!(e.fatalities.as_ref().and_then(|f| f.best), Some(dead), "{text}: {}", describe(&r));
        let source = e.fatalities.as_ref().and_then(|f| f.source.as_ref()).map(|s| s.to_lowercase());
        assert_eq!(source.as_deref(), Some(speaker), "{text}: {}", describe(&r));
    }
}

/// "killing two soldiers and a child, witnesses said": the parser may hang
/// the last of the dead, with its "and", on the closing "said"; it is the
/// object's conjunct, and a victim.
#[test]
fn the_last_of_the_dead_before_a_closing_said_is_a_victim() {
    for (text, last) in [
        ("The bomb exploded near a bus station, killing two soldiers and a child, witnesses said.", "child"),
        ("A shell landed on a school in Idlib, killing a teacher and three pupils, rescuers said.", "three pupils"),
    ] {
        let r = extract(text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let victims = actor_texts(e, Role::Victim);
        assert!(victims.iter().any(|v| v.ends_with(last)), "{text}: {victims:?}");
    }
}

/// "fired three rockets toward the southern town of Sderot": a town aimed
/// at with "toward", named after a word for a place and "of", is the
/// target and the place, even when the document's other places are in
/// another country (the Israeli actors vouch for an Israeli town).
#[test]
fn a_town_fired_toward_is_the_target_and_the_place() {
    for (text, town) in [
        ("Israeli airstrikes hit a house in Khan Younis overnight, killing six people, medics said. Separately, militants fired three rockets toward the southern town of Sderot, the army said.", "Sderot"),
        ("Hezbollah fighters launched rockets towards the northern city of Nahariya on Tuesday, the Israeli army said.", "Nahariya"),
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.actors_with(Role::Perpetrator).any(|a| a.text.to_lowercase().contains("militants") || a.text.contains("Hezbollah"))).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(e.location.as_ref().map(|l| l.text.as_str()), Some(town), "{text}: {}", describe(&r));
        let targets = actor_texts(e, Role::Target);
        assert!(targets.iter().any(|t| t.ends_with(&town.to_lowercase())), "{text}: {targets:?}");
        assert!(actor_texts(e, Role::Victim).is_empty(), "{text}: {}", describe(&r));
    }
}

/// "militants fired three rockets toward ..., causing no injuries": the
/// figures of a sentence whose act is read as an interaction ("fired
/// rockets at") are that act's, not the previous attack's, with their
/// source.
#[test]
fn figures_of_an_act_read_as_an_interaction_are_its_own() {
    let text = "Israeli airstrikes hit a house in Khan Younis overnight, killing six people, medics said. Separately, militants fired three rockets toward the southern town of Sderot, the army said, causing no injuries.";
    let r = extract(text);
    let strikes = violent(&r);
    let house = strikes.iter().find(|e| e.trigger.text.contains("airstrikes")).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(house.injuries.is_none(), "{}", describe(&r));
    let rockets = strikes.iter().find(|e| e.trigger.text.contains("fired")).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(rockets.injuries.as_ref().and_then(|c| c.best), Some(0), "{}", describe(&r));
    assert_eq!(rockets.injuries.as_ref().and_then(|c| c.source.as_deref()), Some("army"), "{}", describe(&r));

    let text = "Insurgents fired mortar shells at an army base in Helmand on Sunday, wounding three soldiers, officials said.";
    let r = extract(text);
    let e = first_violent(&r).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(e.injuries.as_ref().and_then(|c| c.best), Some(3), "{}", describe(&r));
}

/// A figure's source is looked for in the text before it: a multi-byte
/// character there never splits the search (it used to cut a string in
/// the middle of a character).
#[test]
fn a_source_after_non_ascii_text_is_found() {
    // Two-byte letters only, shifted by one byte in the second round: one
    // of the two puts a character's second byte 400 bytes before the figure.
    for shift in ["", "x"] {
        let filler = "Жжжжж жжж жжжжжж. ".repeat(30);
        let text = format!("{shift}{filler}A bomb exploded at a market in Maiduguri on Monday, killing seven people, police said.");
        let r = extract(&text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("{}", describe(&r)));
        assert_eq!(e.fatalities.as_ref().and_then(|c| c.best), Some(7), "{}", describe(&r));
        assert_eq!(e.fatalities.as_ref().and_then(|c| c.source.as_deref()), Some("police"), "{}", describe(&r));
    }
}

/// "Fighting between the army and the RSF in El Fasher has killed ...":
/// the parser read "Fasher" as the subject of "killed", leaving "El" in
/// the prepositional phrase; the place is no party, and the fighting
/// killed the civilians.
#[test]
fn a_place_name_opened_by_a_particle_is_no_subject() {
    for (text, place, dead) in [
        ("Fighting between the Sudanese army and the Rapid Support Forces in El Fasher has killed more than 200 civilians over the past week, the United Nations said.", "El Fasher", 200),
        ("Fighting between government troops and rebels in San Miguel has killed 14 people since Sunday, the Red Cross said.", "San Miguel", 14),
    ] {
        let r = extract(text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let parties = actor_texts(e, Role::Perpetrator);
        assert!(!parties.iter().any(|p| place.to_lowercase().contains(p.as_str()) || p.contains("fasher") || p.contains("miguel")), "{text}: {parties:?}");
        assert_eq!(e.fatalities.as_ref().and_then(|f| f.low), Some(dead), "{text}: {}", describe(&r));
        assert_eq!(e.location.as_ref().map(|l| l.text.as_str()), Some(place), "{text}: {}", describe(&r));
    }
}

/// "The army said it had arrested three suspects": "it" in the reported
/// clause is the body that reported it.
#[test]
fn it_in_a_reported_clause_is_the_reporting_body() {
    for (text, doer) in [
        ("A bomb exploded at a bus station in Maiduguri on Saturday. The army said it had arrested three suspects.", "army"),
        ("Gunmen attacked a police post in Zamfara on Friday. The interior ministry said it had detained 12 people over the attack.", "interior ministry"),
    ] {
        let r = extract(text);
        let arrest = of_kind(&r, EventKind::Arrest).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(actor_texts(arrest, Role::Perpetrator), vec![doer.to_string()], "{text}: {}", describe(&r));
    }
}

/// "Police in Nairobi fired tear gas at protesters ..., and at least five
/// people were shot dead, rights groups said": the parser made "police"
/// the subject of "said" and "rights groups" the object of "shot"; the
/// police fired, and the rights groups are no target.
#[test]
fn the_subject_of_a_report_is_not_the_speaker_of_the_closing_said() {
    for (text, doer, speakers) in [
        ("Police in Nairobi fired tear gas at thousands of protesters demonstrating against a proposed finance bill on Tuesday, and at least five people were shot dead, rights groups said.", "police", "rights groups"),
        ("Soldiers in Mandalay fired live rounds at hundreds of marchers protesting against the coup on Saturday, and at least three people were shot dead, witnesses said.", "soldiers", "witnesses"),
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.trigger.text == "fired").unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(actor_texts(e, Role::Perpetrator), vec![doer.to_string()], "{text}: {}", describe(&r));
        for e in &r.events {
            assert!(!e.actors.iter().any(|a| matches!(a.role, Role::Target | Role::Victim) && a.text.to_lowercase() == speakers), "{text}: {}", describe(&r));
        }
    }
}

/// "released eight of them": "them" never stands for a country named
/// before (a country is "it").
#[test]
fn them_is_never_a_country_named_before() {
    let text = "The Kenya National Commission on Human Rights said 31 people were injured. Gunmen who abducted 12 passengers from a bus in Zamfara last month released eight of them on Sunday, a local official said.";
    let r = extract(text);
    for e in &r.events {
        assert!(!e.actors.iter().any(|a| a.id.as_deref() == Some("cty.KEN") && a.role != Role::Source), "{}", describe(&r));
    }
}

/// "Jihadists killed 20 soldiers in an attack on a post ... The assailants
/// also set fire to the post": what "the" attackers "also" did is more of
/// the same attack, which stays an attack; without "also" or with other
/// doers it is not merged by this rule.
#[test]
fn what_the_attackers_also_did_is_the_same_attack() {
    let text = "Suspected jihadists killed at least 20 soldiers in an attack on a military post in northern Burkina Faso on Thursday, security sources said. The assailants, who arrived on motorcycles, also set fire to the post before fleeing, one source said.";
    let r = extract(text);
    let attacks = violent(&r);
    assert_eq!(attacks.len(), 1, "{}", describe(&r));
    assert_eq!(attacks[0].kind, EventKind::Attack, "{}", describe(&r));
    assert_ne!(attacks[0].subtype.as_deref(), Some("arson"), "{}", describe(&r));
    assert!(actor_texts(attacks[0], Role::Target).iter().any(|t| t == "post"), "{}", describe(&r));

    let text = "Suspected jihadists killed at least 20 soldiers in an attack on a military post in northern Burkina Faso on Thursday. In a separate incident, bandits set fire to a school in Niger on Friday.";
    let r = extract(text);
    assert_eq!(violent(&r).len(), 2, "{}", describe(&r));
}

/// "said they had targeted a commercial ship in the Red Sea with a
/// ballistic missile": "target" with a weapon is an attack, here claimed
/// by the group that reports it; without a weapon it is none ("the
/// campaign targeted young voters").
#[test]
fn targeting_something_with_a_weapon_is_an_attack() {
    let text = "Houthi rebels said on Monday they had targeted a commercial ship in the Red Sea with a ballistic missile.";
    let r = extract(text);
    let e = first_violent(&r).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(e.kind, EventKind::Attack, "{}", describe(&r));
    assert!(actor_texts(e, Role::Target).iter().any(|t| t.ends_with("ship")), "{}", describe(&r));
    assert_eq!(e.attribution.as_ref().map(|a| a.status.as_str()), Some("claimed"), "{}", describe(&r));
    let r = extract("The opposition campaign targeted young voters in Nairobi on Monday.");
    assert!(violent(&r).is_empty(), "{}", describe(&r));
}

/// Background told after the news: an earlier act dated in its own
/// sentence ("in 2022", "last month") is an event of its own, dated so,
/// and a statement that names no event ("condemned the attack") is about
/// the news of the day, not about that background.
#[test]
fn background_told_after_the_news_stays_apart_from_it() {
    let text = "A suicide bomber blew himself up outside a mosque in Kandahar on Friday, killing nine worshippers, a doctor said. \
        An earlier blast at the same mosque in 2022 killed 11 people. \
        The governor condemned the attack.";
    let r = extract(text);
    let news = violent(&r).into_iter().find(|e| e.trigger.text == "blew").unwrap_or_else(|| panic!("{}", describe(&r)));
    let earlier = r.events.iter().find(|e| e.trigger.text == "blast").unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(earlier.modality, Modality::Historical, "{}", describe(&r));
    assert_eq!(earlier.date.as_ref().map(|d| d.start.as_str()), Some("2022-01-01"), "{}", describe(&r));
    let condemnation = of_kind(&r, EventKind::Condemnation);
    assert_eq!(condemnation.len(), 1, "{}", describe(&r));
    assert_eq!(condemnation[0].about.as_deref(), Some(news.id.as_str()), "{}", describe(&r));

    // "Last month" is background too: the ambush it dates is not the
    // army's undated fight told just before it.
    let text = "Gunmen stormed a village in Borno state on Tuesday, killing 14 farmers, residents said. \
        An army spokesman said troops had repelled the attack and killed five of the insurgents. \
        No group has claimed responsibility for the attack. \
        Last month, rebels claimed an ambush on a military convoy near Damboa that killed seven soldiers.";
    let r = extract(text);
    let raid = violent(&r).into_iter().find(|e| e.trigger.text == "stormed").unwrap_or_else(|| panic!("{}", describe(&r)));
    let ambush = r.events.iter().find(|e| e.subtype.as_deref() == Some("ambush")).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(actor_texts(ambush, Role::Perpetrator).iter().all(|p| p != "troops"), "{}", describe(&r));
    assert!(ambush.date.as_ref().is_some_and(|d| d.start.starts_with("2025-05")), "{}", describe(&r));
    // "No group has claimed the attack": the village raid, not the fight.
    let denied_claim = r.events.iter().find(|e| e.kind == EventKind::Claim && e.modality == Modality::Negated).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(denied_claim.about.as_deref(), Some(raid.id.as_str()), "{}", describe(&r));
}

/// "Four people were killed in the attack": the killing told as happening
/// in a definite event nominal is that event, even when its verb comes
/// first in the sentence.
#[test]
fn an_act_told_as_happening_in_the_attack_is_that_attack() {
    let text = "Gunmen attacked a police station in the town of Tillaberi on Monday. \
        The mayor said the town had been calm for months. \
        Four people were killed and 30 wounded in the attack, a hospital official said.";
    let r = extract(text);
    let acts = violent(&r);
    assert_eq!(acts.len(), 1, "{}", describe(&r));
    assert_eq!(acts[0].fatalities.as_ref().and_then(|f| f.best), Some(4), "{}", describe(&r));
    // Not when the phrase names another act: "killed in an ambush".
    let text = "Gunmen attacked a police station in the town of Tillaberi on Monday. \
        Separately, four soldiers were killed in an ambush near the border.";
    let r = extract(text);
    assert_eq!(violent(&r).len(), 2, "{}", describe(&r));
}

/// "..., residents said on Monday": the day of the report dates none
/// of the undated acts told after it; the act's own day does.
#[test]
fn the_day_of_a_report_does_not_date_the_acts_told_after_it() {
    let text = "Gunmen stormed a village in Borno state late on Sunday, killing 14 farmers, residents said on Monday. \
        The attackers arrived on motorcycles, opened fire on the market and set homes ablaze, a witness said.";
    let r = extract(text);
    for e in violent(&r) {
        assert_eq!(e.date.as_ref().map(|d| d.start.as_str()), Some("2025-06-08"), "{}", describe(&r));
    }
}

/// A house of worship that was hit is a building, though the registry
/// names the clergy by it; its sector stays religious.
#[test]
fn a_house_of_worship_that_was_hit_is_a_building() {
    for text in ["A bomber attacked a Shiite mosque in Herat on Friday.", "Gunmen set fire to a Catholic church in Benue state on Sunday."] {
        let r = extract(text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let target = e.actors_with(Role::Target).next().unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(target.kind, Some(sitrep_schema::ActorKind::Facility), "{text}: {}", describe(&r));
        assert_eq!(target.sector.as_deref(), Some("religious"), "{text}: {}", describe(&r));
    }
}

/// "a Ukrainian drone attack": a weapon before an event noun is a noun,
/// which the tagger, reading "drone" as a verb, broke the sentence on;
/// the nationality before it is the doer.
#[test]
fn a_weapon_before_an_event_noun_is_part_of_the_phrase() {
    let text = "The strike came a day after a Ukrainian drone attack on an oil depot in Russia's Belgorod region caused a fire but no casualties.";
    let r = extract(text);
    let e = r.events.iter().find(|e| e.subtype.as_deref() == Some("drone_strike")).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(e.actors_with(Role::Perpetrator).any(|a| a.country.as_deref() == Some("UA")), "{}", describe(&r));
    assert!(actor_texts(e, Role::Target).iter().any(|t| t.contains("depot")), "{}", describe(&r));
}

/// "The ministry denied that officers had used live ammunition and said
/// 45 police officers were injured": what the ministry said after its
/// denial is reported, not denied.
#[test]
fn what_is_said_after_a_denial_is_not_denied() {
    let text = "The Interior Ministry denied that officers had used live ammunition and said 45 police officers were injured by stone-throwing demonstrators.";
    let r = extract(text);
    let hurt = r.events.iter().find(|e| e.trigger.text == "injured").unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(hurt.modality, Modality::Asserted, "{}", describe(&r));
    // The denied clause itself stays denied.
    let r = extract("The army denied that soldiers had attacked the village.");
    assert!(r.events.iter().any(|e| e.trigger.text == "attacked" && e.modality == Modality::Negated), "{}", describe(&r));
}

/// "launched a strike on", "carried out strikes", "strikes on Kharkiv": a
/// "strike" is an act of force when something is carried out or hits
/// something; workers who launch or go on a strike stop work.
#[test]
fn a_strike_carried_out_or_on_a_place_is_an_attack_and_a_workers_strike_is_not() {
    for (text, doer, hit) in [
        ("The US military launched a strike on a militia compound in eastern Syria on Sunday.", "us military", "militia compound"),
        ("Russia conducted strikes against energy infrastructure across Ukraine overnight.", "russia", "energy infrastructure"),
        ("The Israeli army carried out a strike on a weapons depot near Damascus.", "israeli army", "weapons depot"),
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.kind == EventKind::Attack).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert!(actor_texts(e, Role::Perpetrator).iter().any(|d| d.ends_with(doer)), "{text}: {}", describe(&r));
        assert!(actor_texts(e, Role::Target).iter().any(|t| t.ends_with(hit)), "{text}: {}", describe(&r));
    }
    // A force's own report of its strike claims the strike.
    let text = "The army said it carried out the strike on a rebel training camp.";
    let r = extract(text);
    let claim = of_kind(&r, EventKind::Claim).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
    let attack = violent(&r).into_iter().find(|e| e.kind == EventKind::Attack).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
    assert_eq!(claim.about.as_deref(), Some(attack.id.as_str()), "{text}: {}", describe(&r));
    for text in [
        "Dockworkers launched a strike on Monday over pay.",
        "Nurses at three hospitals went on strike on Tuesday.",
        "The teachers' union called a strike against the new pension rules.",
        "Her strike on goal in the final minute was saved by the keeper.",
        "A lightning strike on a farmhouse started a fire.",
    ] {
        let r = extract(text);
        assert!(!r.events.iter().any(|e| e.kind == EventKind::Attack), "{text}: {}", describe(&r));
    }
    // Going on strike is a protest of that kind.
    for text in ["Nurses at three hospitals went on strike on Tuesday.", "Thousands of dockworkers went on strike in Rotterdam over pay."] {
        let r = extract(text);
        let strikes: Vec<_> = of_kind(&r, EventKind::Protest).into_iter().filter(|e| e.subtype.as_deref() == Some("strike")).collect();
        assert_eq!(strikes.len(), 1, "{text}: {}", describe(&r));
    }
}

/// "Russian strikes on Kharkiv wounded 14 people": the tagger reads
/// "wounded" as an adjective of "14 people" after the town; the act still
/// has its casualties, its victims and the town as what it hit.
#[test]
fn an_act_on_a_town_that_wounded_people() {
    for (text, hurt, town) in [
        ("Russian strikes on Kharkiv wounded 14 people, the regional governor said.", 14, "kharkiv"),
        ("A missile attack on Odesa injured 12 people on Tuesday.", 12, "odesa"),
        ("Ukraine said a drone attack on Belgorod wounded three civilians.", 3, "belgorod"),
    ] {
        let r = extract(text);
        let e = violent(&r).into_iter().find(|e| e.kind == EventKind::Attack).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        assert_eq!(e.injuries.as_ref().map(|i| i.best), Some(Some(hurt)), "{text}: {}", describe(&r));
        assert_eq!(actor_texts(e, Role::Target), vec![town.to_string()], "{text}: {}", describe(&r));
        assert!(actor_texts(e, Role::Victim).iter().all(|v| !v.contains(town)), "{text}: {}", describe(&r));
    }
}

/// "the army said it struck militant positions": "strike" and "hit" with
/// no weapon named are acts of force when an armed party strikes a
/// military object or a building; "the strike killed ..." in the next
/// sentence is that act, with its dead. A storm or a company hitting
/// something, or a workers' strike, stays none.
#[test]
fn an_armed_party_striking_a_military_object_is_an_attack() {
    let r = extract(
        "The Turkish military said it struck Kurdish militant positions in northern Iraq on Sunday. \
         Local officials said the strike killed six people.",
    );
    let attacks = violent(&r);
    assert_eq!(attacks.len(), 1, "{}", describe(&r));
    assert_eq!(attacks[0].kind, EventKind::Attack, "{}", describe(&r));
    assert!(actor_texts(attacks[0], Role::Perpetrator).iter().any(|t| t.contains("turkish military")), "{}", describe(&r));
    assert!(actor_texts(attacks[0], Role::Target).iter().any(|t| t.contains("positions")), "{}", describe(&r));
    assert_eq!(attacks[0].fatalities.as_ref().and_then(|c| c.best), Some(6), "{}", describe(&r));

    for text in [
        "A powerful storm hit the coastal town on Sunday, flooding hundreds of homes.",
        "The company hit its sales targets for the third quarter.",
        "Dock workers went on strike on Monday, and the strike paralysed the port.",
    ] {
        let r = extract(text);
        assert!(violent(&r).iter().all(|e| !matches!(e.kind, EventKind::Attack | EventKind::Killing)), "{text}: {}", describe(&r));
    }
}

/// "... carried out Tuesday's attack on a hotel in Mogadishu, in which at
/// least nine people were killed": the dead of an "in which" clause are
/// the attack's, whatever noun the parser hung the clause on.
#[test]
fn the_dead_of_an_in_which_clause_are_the_attacks() {
    let r = extract("Jihadists said their fighters carried out Sunday's raid on an army base near Timbuktu, in which at least 16 soldiers were killed.");
    let acts = violent(&r);
    assert_eq!(acts.len(), 1, "{}", describe(&r));
    assert_eq!(acts[0].fatalities.as_ref().and_then(|c| c.best), Some(16), "{}", describe(&r));
    assert!(actor_texts(acts[0], Role::Target).iter().any(|t| t.contains("base")), "{}", describe(&r));
}

/// "from a boarding school in Nigeria's Kebbi state early on Thursday": the
/// parser split the state's name from "state" and hung "state" on
/// "Thursday"; the name, its possessor and its preposition are the state's,
/// so the act is placed in the state.
#[test]
fn a_state_named_after_a_possessive_country_is_the_place() {
    for text in [
        "Gunmen abducted 25 students from a boarding school in Niger's Tillaberi region early on Thursday, police said.",
        "Gunmen abducted 25 students from a boarding school in Nigeria's Kebbi state early on Thursday, police said.",
    ] {
        let r = extract(text);
        let e = first_violent(&r).unwrap_or_else(|| panic!("{text}: {}", describe(&r)));
        let place = e.location.as_ref().and_then(|l| l.name.as_deref());
        assert!(matches!(place, Some("Kebbi") | Some("Tillaberi") | Some("Tillabéri")), "{text}: {place:?} {}", describe(&r));
    }
}

/// "Air strikes hit a market": the words of a two-word noun trigger are
/// nouns, also where a capital opens the sentence and the tagger read the
/// first as a name and the second as the verb.
#[test]
fn a_two_word_noun_trigger_opening_a_sentence_is_the_event() {
    let r = extract("Air strikes hit a market in the town of Saraqeb on Monday, killing 12 people.");
    let e = first_violent(&r).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(e.subtype.as_deref(), Some("air_strike"), "{}", describe(&r));
    assert_eq!(e.fatalities.as_ref().and_then(|c| c.best), Some(12), "{}", describe(&r));
}

/// "Haitian gangs killed at least 11 people in attacks on two districts of
/// Port-au-Prince this week, the United Nations said": the registry alias
/// ends in a common noun the tagger must see as one, the counted people
/// hung on "said" are the object of "killed", and "Port-au-Prince" (with
/// its lower-case "au") is the place, not a town named "Le Port".
#[test]
fn a_party_alias_ending_in_a_common_noun_stays_the_doer() {
    let text = "Haitian gangs killed at least 11 people in attacks on two districts of Port-au-Prince this week, the United Nations said on Friday.";
    let r = extract(text);
    let e = first_violent(&r).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(actor_texts(e, Role::Perpetrator).iter().any(|t| t == "haitian gangs"), "{}", describe(&r));
    assert!(actor_texts(e, Role::Victim).iter().any(|t| t.contains("11 people")), "{}", describe(&r));
    assert_eq!(e.location.as_ref().and_then(|l| l.country.as_deref()), Some("HT"), "{}", describe(&r));
}

/// "near the Malian town of Boni", a town the gazetteer does not know: the
/// event is in Mali, not in the place of the sentence before it.
#[test]
fn a_town_of_a_nationality_the_gazetteer_lacks_is_in_that_country() {
    let text = "Gunmen killed 40 people in a village in North Darfur last week. A landmine explosion killed four soldiers on patrol near the Malian town of Boni on Tuesday, the army said.";
    let r = extract(text);
    let blast = violent(&r).into_iter().find(|e| e.trigger.text == "explosion").unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(blast.location.as_ref().and_then(|l| l.country.as_deref()), Some("ML"), "{}", describe(&r));
}

/// "Police used water cannon to disperse the crowd and detained at least 30
/// people": the past verb continues "used", not the infinitive, so the
/// police made the arrests, and the people hung on "said" are the ones
/// detained.
#[test]
fn a_past_verb_after_an_infinitive_continues_the_finite_verb() {
    let text = "Police used water cannon and tear gas to disperse the crowd and detained at least 30 people, the interior ministry said.";
    let r = extract(text);
    let arrest = of_kind(&r, EventKind::Arrest).into_iter().next().unwrap_or_else(|| panic!("{}", describe(&r)));
    assert!(arrest.actors.iter().any(|a| a.text == "Police"), "{}", describe(&r));
    assert!(arrest.actors.iter().any(|a| a.text.contains("30 people")), "{}", describe(&r));
}

/// "Gunmen opened fire ..., killing 18 people and abducting dozens more,
/// police said": the participles are the gunmen's, not the police's (the
/// parser hangs them on "said"), so the abduction has the gunmen for its
/// doers; and the wounded of the next sentence are the shooting's, not
/// the abduction's.
#[test]
fn participles_before_the_source_are_the_acts_and_the_wounded_the_shootings() {
    let text = "Gunmen on motorcycles opened fire on traders at a cattle market in Katsina state on Tuesday, killing 12 people and abducting several others, a police spokesman said. Doctors said several of the 30 wounded were in critical condition.";
    let r = extract(text);
    let abduction = of_kind(&r, EventKind::Kidnapping);
    assert_eq!(abduction.len(), 1, "{}", describe(&r));
    assert_eq!(actor_texts(abduction[0], Role::Perpetrator), vec!["gunmen"], "{}", describe(&r));
    assert!(abduction[0].injuries.is_none(), "{}", describe(&r));
    let shooting = violent(&r).into_iter().find(|e| e.trigger.text.contains("opened")).unwrap_or_else(|| panic!("{}", describe(&r)));
    assert_eq!(shooting.injuries.as_ref().and_then(|c| c.best), Some(30), "{}", describe(&r));
}

/// "Police said they were investigating claims that officers shot dead
/// three protesters": what is investigated is told as done, so the
/// shooting is an event, with the claim's doers.
#[test]
fn an_act_under_investigation_is_still_an_event() {
    let text = "Police said on Wednesday they were investigating claims that officers shot dead two students during a protest in Kisumu.";
    let r = extract(text);
    let shooting = of_kind(&r, EventKind::Attack);
    assert_eq!(shooting.len(), 1, "{}", describe(&r));
    assert_eq!(actor_texts(shooting[0], Role::Perpetrator), vec!["officers"], "{}", describe(&r));
}
