//! Statements about events: claims (with channel), denials, accusations,
//! condemnations, competing claims, statements about events reported in
//! other sentences, and negated or hedged statements.

use sitrep_schema::{DocumentResult, Event, EventKind, InputDocument, Modality, Role};

fn extract(text: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("d".into()), text: text.into(), published: Some("2024-03-10".into()), ..Default::default() };
    sitrep_extraction::extract_document("d", &doc)
}

fn of_kind(r: &DocumentResult, kind: EventKind) -> Vec<&Event> {
    r.events.iter().filter(|e| e.kind == kind).collect()
}

fn material(r: &DocumentResult) -> Vec<&Event> {
    r.events.iter().filter(|e| !e.kind.is_statement()).collect()
}

fn texts(e: &Event, role: Role) -> Vec<String> {
    e.actors_with(role).map(|a| a.text.to_lowercase()).collect()
}

/// The first material event of `text` has `party` among its perpetrators,
/// with `stance` in its attribution.
fn assert_first_act_has_party(text: &str, party: &str, stance: &str) {
    let r = extract(text);
    let act = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
    assert!(texts(act, Role::Perpetrator).contains(&party.to_string()), "{text}: {}", dump(&r));
    let attribution = act.attribution.as_ref().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
    assert!(attribution.parties.iter().any(|p| p.stance == stance && p.text.to_lowercase() == party), "{text}: {}", dump(&r));
}

/// The first material event of `text` keeps "gunmen" as its only
/// perpetrator: what follows it accuses no one.
fn assert_first_act_done_by_gunmen_only(text: &str) {
    let r = extract(text);
    let killing = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
    assert_eq!(texts(killing, Role::Perpetrator), vec!["gunmen".to_string()], "{text}: {}", dump(&r));
}

fn claims(r: &DocumentResult) -> Vec<&Event> {
    of_kind(r, EventKind::Claim)
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
fn claim_in_a_later_sentence_is_linked_to_the_attack() {
    let r = extract(
        "A car bomb exploded near a police station in Kabul on Saturday, killing nine people. \
         Officials said the blast damaged several shops. The Taliban claimed responsibility for the attack.",
    );
    let attack = material(&r)[0];
    let claim = of_kind(&r, EventKind::Claim)[0];
    assert_eq!(claim.about.as_deref(), Some(attack.id.as_str()), "{}", dump(&r));
    assert!(texts(claim, Role::Claimant).iter().any(|t| t.contains("taliban")), "{}", dump(&r));
    assert_eq!(attack.attribution.as_ref().expect("attribution").status, "claimed");
    assert!(texts(attack, Role::Perpetrator).iter().any(|t| t.contains("taliban")), "{}", dump(&r));
}

#[test]
fn claim_channels() {
    let r = extract("Gunmen attacked a checkpoint in Raqqa. Islamic State claimed the attack in a statement on Telegram.");
    assert_eq!(of_kind(&r, EventKind::Claim)[0].channel.as_deref(), Some("telegram"), "{}", dump(&r));
    let r = extract("A suicide bomber struck a market in Mogadishu. Al-Shabaab claimed responsibility in a video posted online.");
    assert_eq!(of_kind(&r, EventKind::Claim)[0].channel.as_deref(), Some("video"), "{}", dump(&r));
    let r = extract("A bomb destroyed a pylon. The FMLN took responsibility for the bombing in a communique.");
    let claim = of_kind(&r, EventKind::Claim)[0];
    assert_eq!(claim.channel.as_deref(), Some("statement"), "{}", dump(&r));
    assert!(claim.about.is_some());
}

#[test]
fn competing_claims_and_accusations_make_the_attribution_disputed() {
    let r = extract(
        "A bomb killed 12 people at a bus station in Quetta on Friday. The Pakistani Taliban claimed the bombing. \
         The provincial government blamed the Baloch Liberation Army for the attack.",
    );
    let attack = material(&r)[0];
    let accusation = of_kind(&r, EventKind::Accusation)[0];
    assert!(texts(accusation, Role::Accused).iter().any(|t| t.contains("baloch")), "{}", dump(&r));
    assert_eq!(accusation.about.as_deref(), Some(attack.id.as_str()));
    let attribution = attack.attribution.as_ref().expect("attribution");
    assert_eq!(attribution.status, "disputed", "{}", dump(&r));
    assert!(attribution.parties.iter().any(|p| p.stance == "claimed"));
    assert!(attribution.parties.iter().any(|p| p.stance == "accused"));
}

#[test]
fn denial_by_a_spokesperson_names_the_body_they_speak_for() {
    let r = extract(
        "Gunmen killed four soldiers in an ambush near Gao. The government blamed the JNIM for the ambush, \
         but a JNIM spokesman denied any role in the attack.",
    );
    let denial = of_kind(&r, EventKind::Denial)[0];
    assert!(texts(denial, Role::Speaker).iter().any(|t| t.contains("spokesman")), "{}", dump(&r));
    assert!(texts(denial, Role::Denier).iter().any(|t| t.contains("jnim")), "{}", dump(&r));
    assert!(denial.about.is_some());
    assert_eq!(material(&r)[0].attribution.as_ref().expect("attribution").status, "disputed", "{}", dump(&r));
}

#[test]
fn condemnations_link_to_the_event() {
    let r = extract("A suicide attack killed 20 worshippers at a mosque in Peshawar. The United Nations condemned the bombing.");
    let c = of_kind(&r, EventKind::Condemnation)[0];
    assert_eq!(c.about.as_deref(), Some(material(&r)[0].id.as_str()), "{}", dump(&r));
    assert_eq!(c.cameo.as_deref(), Some("111"));
}

#[test]
fn negated_claims_are_not_assertions() {
    let r = extract("Gunmen stormed a hotel in Bamako on Sunday. No group has claimed responsibility for the attack.");
    let claims = of_kind(&r, EventKind::Claim);
    assert!(claims.iter().all(|c| c.modality == Modality::Negated), "{}", dump(&r));
    let attack = material(&r)[0];
    assert!(attack.attribution.as_ref().map_or(true, |a| a.parties.iter().all(|p| p.stance != "claimed")), "{}", dump(&r));
}

#[test]
fn threats_are_statements_not_attacks() {
    let r = extract("Al-Shabaab has threatened to attack the capital again.");
    assert!(!of_kind(&r, EventKind::Threat).is_empty(), "{}", dump(&r));
    assert!(material(&r).iter().all(|e| e.modality == Modality::Future), "{}", dump(&r));
}

#[test]
fn hedged_accusations_are_not_assertions() {
    let r = extract(
        "A bomb exploded at a checkpoint in Mosul on Monday, killing four soldiers. \
         Officials said there was no evidence that the militia was behind the attack.",
    );
    let attack = material(&r)[0];
    let attribution = attack.attribution.as_ref();
    assert!(
        attribution.map_or(true, |a| a.parties.iter().all(|p| !p.text.to_lowercase().contains("militia"))),
        "a hedge names nobody: {}",
        dump(&r)
    );
}

#[test]
fn rejecting_any_role_is_a_denial_about_the_attack() {
    let r = extract("Gunmen killed six villagers near Bunia on Sunday. The CODECO militia rejected any role in the killings.");
    let denial = of_kind(&r, EventKind::Denial);
    assert_eq!(denial.len(), 1, "{}", dump(&r));
    assert!(texts(denial[0], Role::Denier).iter().any(|t| t.contains("codeco")), "{}", dump(&r));
    assert_eq!(denial[0].about.as_deref(), Some(material(&r)[0].id.as_str()), "{}", dump(&r));
    assert_eq!(denial[0].modality, Modality::Asserted);
}

#[test]
fn long_standing_positions_are_not_events() {
    let r = extract("The group has long opposed the government's offensive in the north.");
    assert!(of_kind(&r, EventKind::Claim).is_empty() && of_kind(&r, EventKind::Accusation).is_empty(), "{}", dump(&r));
}

#[test]
fn saying_a_group_was_behind_an_attack_is_an_accusation() {
    let r = extract(
        "A bomb exploded at a checkpoint in Mosul on Monday, killing four soldiers. \
         Officials said the militia was behind the attack.",
    );
    let accusations = of_kind(&r, EventKind::Accusation);
    assert_eq!(accusations.len(), 1, "{}", dump(&r));
    assert!(texts(accusations[0], Role::Accused).iter().any(|t| t.contains("militia")), "{}", dump(&r));
    assert!(texts(accusations[0], Role::Accuser).iter().any(|t| t.contains("officials")), "{}", dump(&r));
    let attack = material(&r)[0];
    assert_eq!(accusations[0].about.as_deref(), Some(attack.id.as_str()));
    assert_eq!(attack.attribution.as_ref().expect("attribution").status, "accused", "{}", dump(&r));
}

/// "Kyiv said Moscow carried out the attack": saying another party did a
/// known act (a definite "the attack") accuses it, like "was behind"; a
/// party's word about its own deed is a claim instead, and an act
/// reported for the first time ("carried out an attack on a bus") is
/// plain reporting.
#[test]
fn saying_another_party_carried_out_the_attack_is_an_accusation() {
    for (text, accuser, accused) in [
        ("A drone hit an apartment block in Odesa overnight. Kyiv said Moscow carried out the attack.", "kyiv", "moscow"),
        ("A roadside bomb struck an army convoy near Gao. The army said jihadists had carried out the bombing.", "army", "jihadists"),
        ("Gunmen killed nine villagers in Zamfara. The governor said bandits perpetrated the massacre.", "governor", "bandits"),
    ] {
        let r = extract(text);
        let acc = of_kind(&r, EventKind::Accusation);
        assert_eq!(acc.len(), 1, "{text:?}\n{}", dump(&r));
        assert!(texts(acc[0], Role::Accuser).iter().any(|t| t.contains(accuser)), "{text:?}\n{}", dump(&r));
        assert!(texts(acc[0], Role::Accused).iter().any(|t| t.contains(accused)), "{text:?}\n{}", dump(&r));
    }
    for text in ["The army said it carried out the strike on the camp.", "Police said gunmen carried out an attack on a bus in Kano."] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Accusation).is_empty(), "{text:?}\n{}", dump(&r));
    }
}

#[test]
fn holding_someone_responsible_or_saying_they_are_is_an_accusation() {
    for (text, accuser, accused) in [
        ("A bomb destroyed a bus in Usulutan on Friday. The army holds the FMLN responsible for the bombing.", "army", "fmln"),
        ("Gunmen attacked a market in Kano on Monday. The governor said that Boko Haram is responsible for the attack.", "governor", "boko haram"),
    ] {
        let r = extract(text);
        let acc = of_kind(&r, EventKind::Accusation);
        assert_eq!(acc.len(), 1, "{text:?}\n{}", dump(&r));
        assert!(texts(acc[0], Role::Accuser).iter().any(|t| t.contains(accuser)), "{text:?}\n{}", dump(&r));
        assert!(texts(acc[0], Role::Accused).iter().any(|t| t.contains(accused)), "{text:?}\n{}", dump(&r));
        let attack = material(&r)[0];
        assert_eq!(acc[0].about.as_deref(), Some(attack.id.as_str()), "{text:?}\n{}", dump(&r));
    }
    // Saying oneself is responsible is a claim.
    let r = extract("A bomb destroyed a bus in Lima on Friday. The MRTA said it was responsible for the bombing.");
    assert_eq!(of_kind(&r, EventKind::Claim).len(), 1, "{}", dump(&r));
}

#[test]
fn a_perpetrator_named_in_a_hedged_clause_is_suspected() {
    let r = extract("A bomb exploded at the Chinese embassy in Lima on Monday. The attack could have been carried out by the Shining Path, police said.");
    let attack = material(&r)[0];
    let a = attack.attribution.as_ref().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(a.status, "suspected", "{}", dump(&r));
    assert!(a.parties.iter().any(|p| p.text.to_lowercase().contains("shining path") && p.stance == "suspected"), "{}", dump(&r));
    // Stated as fact, the same perpetrator is reported.
    let r = extract("A bomb exploded at the Chinese embassy in Lima on Monday. The attack was carried out by the Shining Path, police said.");
    let a = material(&r)[0].attribution.as_ref().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(a.status, "reported", "{}", dump(&r));
}

#[test]
fn a_perpetrator_someone_believes_or_suspects_is_suspected() {
    for text in [
        "Police believe the Shining Path carried out the attack on the power station.",
        "Investigators think that the ELN planted the bomb that destroyed the bridge.",
        "The ELN is suspected of the attack on the bridge.",
        "The ELN is suspected of having planted the bomb that destroyed the bridge.",
        "Police arrested two men suspected of taking part in the attack on the bridge.",
    ] {
        let r = extract(text);
        let attack = of_kind(&r, EventKind::Attack).first().copied().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        let a = attack.attribution.as_ref().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert_eq!(a.status, "suspected", "{text}: {}", dump(&r));
        assert!(a.parties.iter().all(|p| p.stance == "suspected"), "{text}: {}", dump(&r));
        assert_eq!(attack.modality, Modality::Asserted, "the attack itself is reported as fact: {}", dump(&r));
    }
}

#[test]
fn claiming_that_another_party_attacked_is_an_accusation() {
    let r = extract("The interior ministry claimed that the separatist militia had attacked the border post.");
    let acc = of_kind(&r, EventKind::Accusation);
    assert_eq!(acc.len(), 1, "{}", dump(&r));
    assert!(texts(acc[0], Role::Accused).iter().any(|t| t.contains("militia")), "{}", dump(&r));
    let speakers: Vec<String> = texts(acc[0], Role::Accuser).into_iter().chain(texts(acc[0], Role::Speaker)).collect();
    assert!(speakers.iter().any(|t| t.contains("ministry")), "{}", dump(&r));
    let r = extract("The rebel group claimed that it had attacked the army convoy.");
    assert_eq!(of_kind(&r, EventKind::Claim).len(), 1, "{}", dump(&r));
    assert!(of_kind(&r, EventKind::Accusation).is_empty(), "{}", dump(&r));
    // "said that X attacked" reports the attack; it accuses nobody.
    let r = extract("Police said that gunmen attacked the bank on Monday.");
    assert!(of_kind(&r, EventKind::Accusation).is_empty(), "{}", dump(&r));
}

#[test]
fn reporting_an_attack_on_oneself_or_by_another_named_party_is_an_accusation() {
    // The attacked party reports the attack: it accuses the attacker,
    // named or only the place the fire came from.
    for (text, accuser, accused) in [
        ("Turkey said a rocket was fired at it from Syria on Monday.", "turkey", "syria"),
        ("Kuwait said that Iraq had attacked its border posts.", "kuwait", "iraq"),
        ("The Lebanese army said its positions were shelled by Israel overnight.", "army", "israel"),
        // One named party reports another's attack, as states do.
        ("Washington said Pyongyang had attacked the South Korean patrol boat.", "washington", "pyongyang"),
        ("Ukraine said on Sunday that Russia had shelled the city of Kharkiv.", "ukraine", "russia"),
    ] {
        let r = extract(text);
        let acc = of_kind(&r, EventKind::Accusation);
        assert_eq!(acc.len(), 1, "{text}: {}", dump(&r));
        assert!(texts(acc[0], Role::Accuser).iter().any(|t| t.contains(accuser)), "{text}: {}", dump(&r));
        assert!(texts(acc[0], Role::Accused).iter().any(|t| t.contains(accused)), "{text}: {}", dump(&r));
    }
    // An unnamed source reports the attack as fact; a party reporting its
    // own act, or one that may come, accuses nobody.
    for text in [
        "Police said that gunmen attacked the bank on Monday.",
        "Witnesses said soldiers fired on the crowd.",
        "Hamas said it had fired rockets at Ashdod.",
        "Iran said Israel could attack its nuclear sites.",
        "Russia said Ukraine did not shell the plant.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Accusation).is_empty(), "{text}: {}", dump(&r));
    }
}

#[test]
fn a_registry_name_the_tagger_misreads_still_claims_and_the_militia_stays_the_militia() {
    // The tagger alone takes the hyphenated "Al-Shabaab" for an adverb; the
    // registry knows it is a name.
    let r = extract(
        "A car bomb exploded in a market in Beledweyne on Saturday, killing 20 people. \
         Al-Shabaab claimed responsibility for the attack in a statement broadcast on its Andalus radio station. \
         The government blamed a rival clan militia for the bombing, but the militia's spokesman denied any role in the attack.",
    );
    let claim = of_kind(&r, EventKind::Claim);
    assert_eq!(claim.len(), 1, "{}", dump(&r));
    assert_eq!(texts(claim[0], Role::Claimant), vec!["al-shabaab".to_string()], "{}", dump(&r));
    assert_eq!(claim[0].channel.as_deref(), Some("radio"), "{}", dump(&r));
    let denial = of_kind(&r, EventKind::Denial);
    assert!(texts(denial[0], Role::Denier).iter().any(|t| t.contains("militia")), "{}", dump(&r));
    let attack = material(&r)[0];
    assert!(texts(attack, Role::Target).iter().all(|t| !t.contains("radio")), "{}", dump(&r));
}

#[test]
fn a_threat_statement_is_not_lost_to_the_interaction_reading_of_its_verb() {
    let r = extract("Al-Shabaab seized the town of Mahas in 2019, and it has threatened to strike Beledweyne again.");
    let threats = of_kind(&r, EventKind::Threat);
    assert_eq!(threats.len(), 1, "{}", dump(&r));
    assert!(texts(threats[0], Role::Speaker).iter().any(|t| t.contains("al-shabaab")), "{}", dump(&r));
}

#[test]
fn a_denied_part_in_an_event_keeps_the_event_and_makes_a_denier() {
    for (text, denier) in [
        ("The rebel group issued a communique on Monday denying that it carried out the attack against the Supreme Court president.", "rebel group"),
        ("The army denied that it had ordered the massacre of 30 peasants in the village.", "army"),
        ("In a statement, the militia rejected that its fighters staged the raid on the camp.", "militia"),
    ] {
        let r = extract(text);
        let events = material(&r);
        assert_eq!(events.len(), 1, "{text}\n{}", dump(&r));
        let event = events[0];
        assert_eq!(event.modality, Modality::Asserted, "the event itself is not denied: {text}\n{}", dump(&r));
        assert!(texts(event, Role::Perpetrator).is_empty(), "who denies is no perpetrator: {text}\n{}", dump(&r));
        let denial = of_kind(&r, EventKind::Denial);
        assert_eq!(denial.len(), 1, "{text}\n{}", dump(&r));
        assert_eq!(denial[0].about.as_deref(), Some(event.id.as_str()), "{text}\n{}", dump(&r));
        assert!(texts(denial[0], Role::Denier).iter().any(|t| t.contains(denier)), "{text}\n{}", dump(&r));
    }
    // Denying the event itself still negates it.
    let r = extract("The army denied that soldiers attacked the farm.");
    assert_eq!(material(&r)[0].modality, Modality::Negated, "{}", dump(&r));
}

#[test]
fn an_armed_group_reporting_its_units_attack_reports_its_own_action() {
    let r = extract("The Farabundo Marti National Liberation Front reports that urban commando units attacked the 1st Infantry Brigade headquarters on Thursday.");
    let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert!(attack.actors_with(Role::Perpetrator).any(|a| a.id.as_deref() == Some("grp.fmln")), "{}", dump(&r));
    assert_eq!(attack.attribution.as_ref().map(|a| a.status.as_str()), Some("claimed"), "its own report is a claim: {}", dump(&r));
    // A government reporting an attack by rebels is no perpetrator.
    let r = extract("The government reports that rebel units attacked the power station on Thursday.");
    let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert!(!texts(attack, Role::Perpetrator).iter().any(|t| t.contains("government")), "{}", dump(&r));
}

#[test]
fn sympathy_and_concern_are_about_the_event_they_name() {
    for text in [
        "President Obama expressed sorrow for the horrific shootings in South Carolina.",
        "Gunmen opened fire on worshippers in a church in Charleston. The mayor expressed condolences over the shooting.",
    ] {
        let r = extract(text);
        let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: no event\n{}", dump(&r)));
        let comment = r.events.iter().find(|e| e.cameo.as_deref() == Some("018")).unwrap_or_else(|| panic!("{text}: no 018\n{}", dump(&r)));
        assert_eq!(comment.about.as_deref(), Some(attack.id.as_str()), "{text}\n{}", dump(&r));
    }
}

#[test]
fn admitting_or_claiming_ones_own_act_is_a_claim() {
    for (text, claimant) in [
        ("The guerrillas claim to have destroyed six power transmission towers near San Salvador.", "guerrillas"),
        ("The FMLN admitted that its units had attacked the garrison in Usulutan.", "fmln"),
        ("The FMLN claimed that its commandos had bombed the bridge.", "fmln"),
        ("Shining Path claimed it had killed the mayor.", "shining path"),
    ] {
        let r = extract(text);
        let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: no event\n{}", dump(&r)));
        let claim = of_kind(&r, EventKind::Claim).into_iter().next().unwrap_or_else(|| panic!("{text}: no claim\n{}", dump(&r)));
        assert_eq!(claim.about.as_deref(), Some(attack.id.as_str()), "{text}\n{}", dump(&r));
        assert!(texts(claim, Role::Claimant).iter().any(|t| t.contains(claimant)), "{text}\n{}", dump(&r));
        assert_eq!(attack.modality, Modality::Asserted, "{text}\n{}", dump(&r));
    }
    // Admitting what others did is no claim, and no accusation either.
    let r = extract("The army admitted that soldiers had killed the priests.");
    assert!(of_kind(&r, EventKind::Claim).is_empty() && of_kind(&r, EventKind::Accusation).is_empty(), "{}", dump(&r));
}

#[test]
fn a_group_reporting_its_own_units_claims_the_act() {
    let r = extract("The FMLN reports that its urban commandos attacked the police academy in Santa Tecla.");
    let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{}", dump(&r)));
    let attribution = attack.attribution.as_ref().unwrap_or_else(|| panic!("no attribution\n{}", dump(&r)));
    assert_eq!(attribution.status, "claimed", "{}", dump(&r));
}

#[test]
fn a_hedge_on_the_agent_makes_the_perpetrator_suspected() {
    for (text, party) in [
        ("Danilo Barillas, a party leader, was killed on Sunday, apparently by extreme rightist groups.", "extreme rightist groups"),
        ("The judge was murdered last week, presumably by drug traffickers.", "drug traffickers"),
        ("Liberto Gutierrez apparently had been kidnapped by EPL guerrillas, but this was not confirmed.", "EPL"),
    ] {
        let r = extract(text);
        let e = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: no event\n{}", dump(&r)));
        let attribution = e.attribution.as_ref().unwrap_or_else(|| panic!("{text}: no attribution\n{}", dump(&r)));
        let stance = attribution.parties.iter().find(|p| p.text == party).map(|p| p.stance.as_str());
        assert_eq!(stance, Some("suspected"), "{text}: {attribution:?}");
        assert_eq!(attribution.status, "suspected", "{text}: {attribution:?}");
    }
}

#[test]
fn statements_are_about_the_reported_attack_not_similar_ones() {
    for text in [
        "A suicide bomber blew himself up outside a mosque in Kunduz on Friday, killing 12 worshippers. No group immediately claimed responsibility, but Islamic State has carried out similar attacks in the region. The government condemned the bombing.",
        "A car bomb exploded near a market in Baghdad on Sunday, killing nine people. Such bombings are common in the capital. The prime minister condemned the attack.",
    ] {
        let r = extract(text);
        let reported: Vec<&Event> = material(&r).into_iter().filter(|e| e.modality == Modality::Asserted).collect();
        assert_eq!(reported.len(), 1, "{text}: {}", dump(&r));
        let similar: Vec<&Event> = material(&r).into_iter().filter(|e| e.modality == Modality::Generic).collect();
        assert_eq!(similar.len(), 1, "{text}: {}", dump(&r));
        for kind in [EventKind::Condemnation, EventKind::Claim] {
            for st in of_kind(&r, kind) {
                assert_eq!(st.about.as_deref(), Some(reported[0].id.as_str()), "{text}: {}", dump(&r));
            }
        }
    }
}

/// "A report released in the Kenyan capital alleged ...": a document with
/// no named author speaks for the country where it was made public; one
/// with an author ("by Amnesty International") does not.
#[test]
fn an_unsigned_report_speaks_for_the_country_where_it_was_released() {
    for (text, kind, role, country) in [
        ("A long report released on Tuesday in the Kenyan capital alleged that Uganda had armed the rebels.", EventKind::Disapproval, Role::Initiator, "KE"),
        ("A study published in Paris accused Russia of hacking the vote.", EventKind::Accusation, Role::Accuser, "FR"),
        ("The report, released in Bogota, criticized Venezuela.", EventKind::Disapproval, Role::Initiator, "CO"),
    ] {
        let r = extract(text);
        let events = of_kind(&r, kind);
        assert_eq!(events.len(), 1, "{text}: {}", dump(&r));
        let speakers: Vec<_> = events[0].actors_with(role).collect();
        assert_eq!(speakers.len(), 1, "{text}: {}", dump(&r));
        assert_eq!(speakers[0].country.as_deref(), Some(country), "{text}: {}", dump(&r));
    }
    let text = "A report released in Moscow by Amnesty International accused Syria of torture.";
    let r = extract(text);
    let accusations = of_kind(&r, EventKind::Accusation);
    assert_eq!(accusations.len(), 1, "{text}: {}", dump(&r));
    assert!(accusations[0].actors_with(Role::Accuser).all(|a| a.country.as_deref() != Some("RU")), "{text}: {}", dump(&r));
}

/// The subject of "be behind" an event did it, also where the parser hung
/// "was behind the attacks" off the clause it belongs to ("evidence
/// proving X was behind", "found proof that X was behind").
#[test]
fn the_one_behind_an_attack_is_its_perpetrator() {
    for (text, perpetrator) in [
        ("Georgia says it has firm evidence showing Armenia was behind the drone strikes", "armenia"),
        ("Investigators found proof that Hezbollah was behind the bombing of the embassy.", "hezbollah"),
        ("The report concluded that Sudanese militias were behind the massacre near Geneina.", "sudanese militias"),
    ] {
        let r = extract(text);
        let act = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert_eq!(texts(act, Role::Perpetrator), vec![perpetrator.to_string()], "{text}: {}", dump(&r));
    }
}

/// A condemnation of words is aimed at who said them: "condemned the
/// remarks by China", "condemned as irresponsible statements by Ethiopia"
/// (the object moved behind its "as" phrase). A passive "by" is the one
/// who condemns, not a target.
#[test]
fn condemning_words_targets_their_author() {
    for (text, author) in [
        ("Japan condemned the remarks by China about the islands.", "china"),
        ("Egypt on Monday condemned as irresponsible statements by Ethiopia that it would fill the dam.", "ethiopia"),
        ("Greece condemned the statement by Turkey on the islands.", "turkey"),
    ] {
        let r = extract(text);
        let c = of_kind(&r, EventKind::Condemnation);
        assert_eq!(c.len(), 1, "{text}: {}", dump(&r));
        assert_eq!(texts(c[0], Role::Target), vec![author.to_string()], "{text}: {}", dump(&r));
    }
    let text = "The bombing of the market was condemned by Kenya.";
    let r = extract(text);
    let c = of_kind(&r, EventKind::Condemnation);
    assert!(c.iter().all(|e| texts(e, Role::Target).is_empty()), "{text}: {}", dump(&r));
}

#[test]
fn blaming_a_deed_on_a_party_accuses_that_party() {
    for (text, accuser, accused) in [
        ("A car bomb exploded outside a hotel in Kismayo on Monday. Police blamed the attack on al-Shabaab.", "police", "al-shabaab"),
        ("Two buses were burned in Cali on Friday. The mayor blamed the arson on the rebels.", "mayor", "rebels"),
        ("Gunmen killed a judge in Quetta on Sunday. The interior minister blamed the killing on the Pakistani Taliban.", "minister", "pakistani taliban"),
    ] {
        let r = extract(text);
        let acc = of_kind(&r, EventKind::Accusation);
        assert_eq!(acc.len(), 1, "{text:?}\n{}", dump(&r));
        assert!(texts(acc[0], Role::Accuser).iter().any(|t| t.contains(accuser)), "{text:?}\n{}", dump(&r));
        assert_eq!(texts(acc[0], Role::Accused), vec![accused.to_string()], "{text:?}\n{}", dump(&r));
        // The party the deed is blamed on is no target or victim of it.
        let deed = material(&r)[0];
        assert!(texts(deed, Role::Victim).iter().chain(texts(deed, Role::Target).iter()).all(|t| !t.contains(accused)), "{text:?}\n{}", dump(&r));
        assert_eq!(acc[0].about.as_deref(), Some(deed.id.as_str()), "{text:?}\n{}", dump(&r));
    }
    // Something that is no party is not accused.
    let r = extract("An explosion destroyed a fuel depot in Aden on Monday. Officials blamed the explosion on a gas leak.");
    assert!(of_kind(&r, EventKind::Accusation).iter().all(|a| a.actors_with(Role::Accused).next().is_none()), "{}", dump(&r));
}

#[test]
fn an_accusation_whose_object_has_a_modifier_after_it_names_accuser_and_accused() {
    for (text, accuser, accused) in [
        ("The army blamed fighters linked to the Islamic State for the massacre.", "army", "fighters"),
        ("Gunmen stormed a church in Dori on Sunday. No group has claimed responsibility, but the army blamed fighters linked to al-Qaeda.", "army", "fighters"),
        ("The governor blamed militiamen loyal to the opposition for the killings.", "governor", "militiamen"),
    ] {
        let r = extract(text);
        let acc = of_kind(&r, EventKind::Accusation);
        assert_eq!(acc.len(), 1, "{text:?}\n{}", dump(&r));
        assert!(texts(acc[0], Role::Accuser).iter().any(|t| t.contains(accuser)), "{text:?}\n{}", dump(&r));
        assert!(texts(acc[0], Role::Accused).iter().any(|t| t.starts_with(accused)), "{text:?}\n{}", dump(&r));
    }
}

/// A group's or army's report of its own strike is a claim of it: "said it
/// had fired rockets at", "said its fighters carried out", "confirmed it had
/// targeted", also when the parser hangs the "that" clause on the channel.
#[test]
fn own_report_of_a_strike_is_a_claim() {
    let cases = [
        ("A roadside bomb hit an army truck near Kismayo on Monday. The Jubaland Brigades said in a statement on its website that its fighters had carried out the bombing.", "jubaland brigades"),
        ("Rockets struck a police compound in Kirkuk overnight. The Ashab al-Kahf group said it had fired the rockets at the compound.", "ashab al-kahf"),
        ("A drone strike killed a senior commander in Idlib on Tuesday. Turkey's defence ministry confirmed it had targeted him.", "turkey"),
        ("A mortar barrage hit a base near Deir ez-Zor. The Liwa Fatemiyoun militia announced that its units had shelled the base.", "liwa fatemiyoun"),
    ];
    for (text, who) in cases {
        let r = extract(text);
        let claims = of_kind(&r, EventKind::Claim);
        assert!(!claims.is_empty(), "no claim in {text:?}\n{}", dump(&r));
        assert!(claims.iter().any(|c| texts(c, Role::Claimant).iter().any(|t| t.contains(who))), "claimant {who:?}\n{}", dump(&r));
        let attack = material(&r)[0];
        assert_eq!(attack.attribution.as_ref().map(|a| a.status.as_str()), Some("claimed"), "{text:?}\n{}", dump(&r));
    }
}

/// A deed only threatened or denied in the reported clause is no claim.
#[test]
fn threatened_or_denied_own_strike_is_no_claim() {
    for text in [
        "A car bomb exploded in Herat. The militia said it would attack more checkpoints.",
        "A car bomb exploded in Herat. The militia said it had not attacked the checkpoint.",
        "A car bomb exploded in Herat. The militia said its fighters could strike again.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Claim).iter().all(|c| c.modality == Modality::Negated), "{text:?}\n{}", dump(&r));
    }
}

/// "claimed the strike", "claimed the raid": the head of a multi-word
/// trigger ("air strike", "air raid") stands for the act a group claims,
/// while "claimed victory" or "a general strike" stay no claim.
#[test]
fn claiming_the_strike_or_the_raid_is_a_claim() {
    for (text, who) in [
        ("A drone hit a fuel depot near Marib on Sunday. The Houthis claimed the strike on Monday.", "houthis"),
        ("Militants stormed a border post in Chitral overnight, killing four guards. Tehreek-e-Jihad claimed the raid on Telegram.", "tehreek-e-jihad"),
        ("Rockets hit a base near Erbil. A little-known militia claimed the strike in an online statement.", "militia"),
    ] {
        let r = extract(text);
        let claims = of_kind(&r, EventKind::Claim);
        assert_eq!(claims.len(), 1, "{text:?}\n{}", dump(&r));
        assert!(texts(claims[0], Role::Claimant).iter().any(|t| t.contains(who)), "{text:?}\n{}", dump(&r));
        assert_eq!(claims[0].about.as_deref(), Some(material(&r)[0].id.as_str()), "{text:?}\n{}", dump(&r));
    }
    for text in [
        "Troops shelled a village near Kharkiv. The governor claimed victory in the regional vote.",
        "Troops shelled a village near Kharkiv. Dock workers claimed the general strike had succeeded.",
    ] {
        let r = extract(text);
        assert!(of_kind(&r, EventKind::Claim).is_empty(), "{text:?}\n{}", dump(&r));
    }
}

/// "Police believe X was behind the kidnapping", "X may have been behind",
/// "X was likely behind": a suspicion, so the party is suspected, and the
/// deed "behind" names is the report's own event, not a second, possible
/// one.
#[test]
fn hedged_behind_is_a_suspicion_about_the_reported_event() {
    for (text, who) in [
        ("Gunmen seized 25 farmers near Zurmi on Thursday. Police believe the Lakurawa group was behind the kidnapping.", "lakurawa group"),
        ("A bomb tore through a bus station in Gombe. Officials said Ansaru may have been behind the blast.", "ansaru"),
        ("A bomb tore through a bus station in Gombe. A security source said Ansaru was probably behind the bombing.", "ansaru"),
        ("A bomb tore through a bus station in Gombe. Investigators said Ansaru was likely behind the explosion.", "ansaru"),
    ] {
        let r = extract(text);
        let events = material(&r);
        assert_eq!(events.len(), 1, "{text:?}\n{}", dump(&r));
        assert_eq!(events[0].modality, Modality::Asserted, "{text:?}\n{}", dump(&r));
        let attribution = events[0].attribution.as_ref().expect("attribution");
        assert_eq!(attribution.status, "suspected", "{text:?}\n{}", dump(&r));
        assert!(attribution.parties.iter().any(|p| p.text.to_lowercase().contains(who) && p.stance == "suspected"), "{text:?}\n{}", dump(&r));
    }
    // Said outright, it stays an accusation.
    let r = extract("A bomb tore through a bus station in Gombe. Officials said Ansaru was behind the blast.");
    assert_eq!(material(&r)[0].attribution.as_ref().expect("attribution").status, "accused", "{}", dump(&r));
}

/// A statement joined by the parser to the clause its speaker reported is
/// the speaker's: "The ministry said its troops had hit a depot and denied
/// shelling homes" (denier: the ministry, not "its troops"); "The militia
/// denied that it had shelled the camp and accused the army of the attack".
#[test]
fn statement_joined_to_a_reported_clause_is_the_reporters() {
    let r = extract(
        "Artillery hit a school in Kupiansk on Friday. The Russian Defense Ministry said its troops had hit an ammunition depot and denied shelling homes.",
    );
    let denial = of_kind(&r, EventKind::Denial)[0];
    assert!(texts(denial, Role::Denier).iter().any(|t| t.contains("defense ministry")), "{}", dump(&r));
    assert!(!texts(denial, Role::Denier).iter().any(|t| t.contains("troops")), "{}", dump(&r));
    let r = extract("Shells hit a camp near Bunia on Monday. The CODECO militia denied that it had shelled the camp, and accused the Congolese army of the attack.");
    let accusation = of_kind(&r, EventKind::Accusation)[0];
    assert!(texts(accusation, Role::Accuser).iter().any(|t| t.contains("codeco")), "{}", dump(&r));
    assert!(texts(accusation, Role::Accused).iter().any(|t| t.contains("congolese army")), "{}", dump(&r));
}

/// "X said its fighters carried out the attack": "its fighters" are the
/// claimant's own, not a perpetrator of their own, and the claim is listed
/// once.
#[test]
fn claimants_own_fighters_are_not_a_separate_perpetrator() {
    for text in [
        "A truck bomb hit an army base near Beledweyne on Sunday. Al-Shabaab said in a statement on its radio station that its fighters carried out the bombing.",
        "Gunmen attacked a police post near Tillaberi on Friday. The Islamic State Sahel Province said its fighters had carried out the attack.",
    ] {
        let r = extract(text);
        let attack = material(&r)[0];
        assert!(!texts(attack, Role::Perpetrator).iter().any(|t| t.starts_with("its ")), "{text:?}\n{}", dump(&r));
        let attribution = attack.attribution.as_ref().expect("attribution");
        assert_eq!(attribution.status, "claimed", "{text:?}\n{}", dump(&r));
        assert_eq!(attribution.parties.iter().filter(|p| p.stance == "claimed").count(), 1, "{text:?}\n{}", dump(&r));
    }
}

/// A verb is no medium: "a group calling itself ..." is no phone call.
#[test]
fn a_verb_is_no_channel() {
    let r = extract("Gunmen ambushed a convoy near Kidal. A group calling itself the Katiba Macina claimed responsibility for the ambush.");
    let claim = of_kind(&r, EventKind::Claim)[0];
    assert_eq!(claim.channel, None, "{}", dump(&r));
    let r = extract("Gunmen ambushed a convoy near Kidal. The Katiba Macina claimed responsibility for the ambush in a phone call to a local radio.");
    assert!(of_kind(&r, EventKind::Claim)[0].channel.is_some(), "{}", dump(&r));
}

/// "X fired rockets at the post, the group said in a statement": the
/// doer's own report after the fact is its claim, linked to that strike;
/// "..., the army said" is someone else's report and no claim.
#[test]
fn doers_own_report_after_the_strike_is_a_claim() {
    for (text, who) in [
        ("The Kataib Sayyid al-Shuhada militia fired two drones at a US base in Syria on Sunday, the group said in a statement.", "kataib sayyid al-shuhada"),
        ("Ansar Allah fired a ballistic missile at a container ship on Tuesday, the movement said on Telegram.", "ansar allah"),
        ("The Arakan Army attacked a police outpost in Rakhine state on Monday, it said.", "arakan army"),
    ] {
        let r = extract(text);
        let claims = of_kind(&r, EventKind::Claim);
        assert_eq!(claims.len(), 1, "{text:?}\n{}", dump(&r));
        assert!(texts(claims[0], Role::Claimant).iter().any(|t| t.contains(who)), "{text:?}\n{}", dump(&r));
        let attack = material(&r)[0];
        assert_eq!(claims[0].about.as_deref(), Some(attack.id.as_str()), "{text:?}\n{}", dump(&r));
        assert_eq!(attack.attribution.as_ref().map(|a| a.status.as_str()), Some("claimed"), "{text:?}\n{}", dump(&r));
    }
    let r = extract("The Arakan Army attacked a police outpost in Rakhine state on Monday, the junta said.");
    assert!(of_kind(&r, EventKind::Claim).is_empty(), "{}", dump(&r));
}

#[test]
fn a_threat_names_whom_the_reprisal_or_the_threatened_act_is_aimed_at() {
    for (text, speaker, target) in [
        ("The Houthis threatened revenge against the United States on Sunday.", "houthis", "united states"),
        ("The militia vowed retaliation against the army after the raid.", "militia", "army"),
        ("Israel threatened to strike Hezbollah targets across Lebanon.", "israel", "hezbollah targets"),
    ] {
        let r = extract(text);
        let threats = of_kind(&r, EventKind::Threat);
        assert_eq!(threats.len(), 1, "{text}\n{}", dump(&r));
        assert!(texts(threats[0], Role::Speaker).iter().any(|t| t == speaker), "{text}\n{}", dump(&r));
        assert_eq!(texts(threats[0], Role::Target), vec![target.to_string()], "{text}\n{}", dump(&r));
    }
}

/// "Hezbollah said it would retaliate for the killing of its commander":
/// a group that speaks of a killing it means to avenge did not do it.
#[test]
fn a_group_vowing_to_avenge_a_killing_is_not_its_perpetrator() {
    for text in [
        "Hezbollah said it would retaliate for the killing of its commander in Beirut.",
        "Hamas said it would respond to the assassination of its leader in Tehran.",
    ] {
        let r = extract(text);
        for e in material(&r) {
            assert!(texts(e, Role::Perpetrator).is_empty(), "{text}\n{}", dump(&r));
        }
    }
}

// Who claims (session 14, branch claim14): claims whose claimant is named
// in a passive "by" phrase, by the possessor of a claiming unit, or through
// a spokesman "for" a group inside a reported clause.

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

/// A group's report of its own people's deed is its claim of it: "the
/// FMLN reported that its commandos attacked ...", also when the doers
/// carry the group's name ("FMLN columns") rather than "its"; a report by
/// someone else ("the radio reported that FMLN columns ...") claims nothing.
#[test]
fn a_groups_report_of_its_own_deed_is_a_claim() {
    for (text, claimant) in [
        ("The FMLN reported that its commandos attacked the brigade headquarters in Usulutan.", "fmln"),
        ("the fmln reported that fmln columns attacked a national guard post near chalatenango.", "fmln"),
    ] {
        let r = extract(text);
        assert_eq!(claimants(&r), vec![claimant.to_string()], "{text}\n{}", dump(&r));
    }
    let text = "the radio reported that fmln columns attacked a national guard post near chalatenango.";
    let r = extract(text);
    assert!(claims(&r).is_empty(), "{text}\n{}", dump(&r));
}

/// "The military said it had struck a Hamas command center and accused the
/// group of using civilians as shields": whom a speaker accuses is never
/// the speaker, and "the group" with no argument before it is the
/// organisation just named, even as a modifier.
#[test]
fn the_group_a_speaker_accuses_is_not_the_speaker() {
    for (text, accused, accuser) in [
        ("The Israeli military said it had struck a Hamas command center and accused the group of using civilians as human shields.", "Hamas", "israeli military"),
        ("The army said it had raided an al-Shabaab training camp near Jilib and accused the group of recruiting children.", "al-Shabaab", "army"),
    ] {
        let r = extract(text);
        let acc = of_kind(&r, EventKind::Accusation);
        let e = acc.first().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert_eq!(texts(e, Role::Accused), vec![accused.to_lowercase()], "{text}: {}", dump(&r));
        assert!(texts(e, Role::Accuser).iter().any(|a| a.ends_with(accuser)), "{text}: {}", dump(&r));
    }
}

/// "claimed responsibility for the attack ..., saying it had targeted a
/// training center": the participle spells out the claim; one claim.
#[test]
fn a_participle_spelling_out_a_claim_is_the_same_claim() {
    for text in [
        "A suicide bomber attacked a police compound in Ghazni on Tuesday. The Taliban claimed responsibility for the attack in a message on WhatsApp, saying it had targeted a training center.",
        "Gunmen stormed a hotel in Mogadishu on Friday. Al-Shabaab claimed the attack, saying its fighters had killed government officials staying there.",
    ] {
        let r = extract(text);
        let claims = claims(&r);
        assert_eq!(claims.len(), 1, "{text}: {}", dump(&r));
        assert!(claims[0].about.is_some(), "{text}: {}", dump(&r));
    }
}

/// "The military denied using live ammunition and said 45 officers were
/// injured by demonstrators": the tagger read "military" as an adjective
/// and "denied" as its modifier; the force is the denier, and the denial
/// is about the killing told before it, not the injuring told after it.
#[test]
fn a_denial_by_the_military_is_about_the_event_before_it() {
    for (text, denier) in [
        ("Security forces killed at least 12 protesters in Khartoum on Sunday, a doctors' committee said. The military denied using live ammunition and said 45 police officers were injured by stone-throwing demonstrators.", "military"),
        ("Soldiers shot dead four villagers near Beni on Monday, residents said. The army denied targeting civilians and said two soldiers were wounded by militiamen.", "army"),
    ] {
        let r = extract(text);
        let denials = of_kind(&r, EventKind::Denial);
        let d = denials.first().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert_eq!(texts(d, Role::Denier), vec![denier.to_string()], "{text}: {}", dump(&r));
        let first = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert_eq!(d.about.as_deref(), Some(first.id.as_str()), "{text}: {}", dump(&r));
    }
}

/// "Hezbollah said it fired a barrage of Katyusha rockets at the base in
/// response": a group's report of a new deed of its own (an indefinite
/// object) is a claim of that deed, not of the strike on it told before;
/// the tagger's "Katyusha rockets" read as a name and a verb is the
/// weapon's phrase.
#[test]
fn a_report_of_a_new_deed_claims_that_deed_not_the_strike_before() {
    let text = "An Israeli strike on a car in southern Lebanon killed two Hezbollah members on Tuesday, security sources said. Hezbollah said it fired a barrage of Katyusha rockets at the Israeli army's Meron air base in response.";
    let r = extract(text);
    let strike = material(&r).into_iter().find(|e| e.trigger.text.contains("killed") || e.trigger.text == "strike").unwrap_or_else(|| panic!("{}", dump(&r)));
    assert!(!texts(strike, Role::Perpetrator).iter().any(|t| t.contains("hezbollah")), "{}", dump(&r));
    let rockets = material(&r).into_iter().find(|e| e.trigger.text.starts_with("fired")).unwrap_or_else(|| panic!("{}", dump(&r)));
    assert!(texts(rockets, Role::Target).iter().any(|t| t.ends_with("air base")), "{}", dump(&r));
    let claim = claims(&r).into_iter().next().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(claim.about.as_deref(), Some(rockets.id.as_str()), "{}", dump(&r));
}

/// "the attack bore the hallmarks of Boko Haram": the group is suspected
/// of the attack, by nobody in particular; a negated or unrelated "bear"
/// suspects no one.
#[test]
fn the_hallmarks_of_a_group_make_it_a_suspect() {
    for (text, group) in [
        ("A bomb tore through a market in Maiduguri on Saturday, killing 15 people. There was no claim of responsibility, but the attack bore the hallmarks of Boko Haram.", "boko haram"),
        ("Gunmen stormed a hotel in Mogadishu on Friday. The assault had all the hallmarks of al-Shabaab, officials said.", "al-shabaab"),
    ] {
        let r = extract(text);
        let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        let attribution = attack.attribution.as_ref().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert_eq!(attribution.status, "suspected", "{text}: {}", dump(&r));
        assert!(attribution.parties.iter().any(|p| p.stance == "suspected" && p.text.to_lowercase() == group), "{text}: {}", dump(&r));
    }
    let r = extract("A bomb tore through a market in Maiduguri on Saturday. Survivors will bear the scars of the blast for years.");
    assert!(of_kind(&r, EventKind::Accusation).is_empty(), "{}", dump(&r));
}

/// "There was no immediate claim of responsibility": a negated claim by
/// nobody, linked to the attack, which stays unclaimed.
#[test]
fn no_claim_of_responsibility_is_a_negated_claim() {
    for text in [
        "A bomb exploded near a police station in Quetta on Monday, killing four officers. There was no immediate claim of responsibility.",
        "Gunmen attacked a bus in Balochistan on Friday. There was no claim of responsibility for the attack.",
    ] {
        let r = extract(text);
        let claims = claims(&r);
        assert_eq!(claims.len(), 1, "{text}: {}", dump(&r));
        assert_eq!(claims[0].modality, Modality::Negated, "{text}: {}", dump(&r));
        assert!(claims[0].actors.is_empty(), "{text}: {}", dump(&r));
        let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert_eq!(claims[0].about.as_deref(), Some(attack.id.as_str()), "{text}: {}", dump(&r));
        assert!(attack.attribution.as_ref().map_or(true, |a| a.status != "claimed"), "{text}: {}", dump(&r));
    }
}

/// A report of one's own deed is a claim only when the deed is an attack
/// and the doer is the speaker: shooting down the other side's drones is
/// defence, and a single person's "they" are others.
#[test]
fn defence_and_others_deeds_told_by_a_speaker_are_no_claims() {
    for text in [
        "A Russian missile strike hit a school in Kharkiv on Monday, killing four people. The Ukrainian air force said it shot down 12 of 15 drones launched overnight.",
        "A Russian missile strike hit a school in Kharkiv on Monday. The army said it had intercepted two missiles over the city.",
        "Gunmen raided a village in Zamfara on Monday. \"They killed nine people and burned the market,\" he said.",
    ] {
        let r = extract(text);
        assert!(claims(&r).is_empty(), "{text}\n{}", dump(&r));
        let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}\n{}", dump(&r)));
        assert!(texts(attack, Role::Perpetrator).iter().all(|p| !p.contains("air force") && !p.contains("army")), "{text}\n{}", dump(&r));
    }
    // A group's own strike stays a claim, and so does "we" from one man.
    for text in [
        "The group said it shot dead two soldiers at a checkpoint in Jenin.",
        "\"We attacked the convoy because it carried weapons,\" he said.",
    ] {
        let r = extract(text);
        assert_eq!(claims(&r).len(), 1, "{text}\n{}", dump(&r));
    }
}

/// "the attack was the work of X": the party is accused of the act that is
/// the subject of "work", or only suspected under a hedge or a belief; a
/// negated "work", or a subject that is no act, accuses no one.
#[test]
fn the_work_of_a_party_makes_it_the_accused_doer() {
    for (text, party, stance) in [
        ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing five people. The bombing was the work of al-Shabaab, officials said.", "al-shabaab", "accused"),
        ("Two soldiers were killed in an ambush near Gao on Monday. Police believe the ambush was the work of jihadists.", "jihadists", "suspected"),
        ("A bomb destroyed a bridge near Tame on Friday. An army spokesman said that the attack was apparently the work of ELN rebels.", "eln rebels", "suspected"),
        ("Gunmen kidnapped two aid workers in Diffa on Tuesday. The kidnapping was the work of Boko Haram fighters, according to the governor.", "boko haram fighters", "accused"),
    ] {
        assert_first_act_has_party(text, party, stance);
    }
    for text in [
        "Gunmen killed a priest in Cali on Sunday. The killing was not the work of the guerrillas, the army said.",
        "Gunmen killed a priest in Cali on Sunday. It was the work of sick minds.",
        "Gunmen killed a priest in Cali on Sunday. The report on the killing is the work of a local commission.",
    ] {
        assert_first_act_done_by_gunmen_only(text);
    }
}

/// A deed named by a word for an action with a "by" phrase ("the bombing
/// was a cowardly action by X", "a crude provocation by Y") and a party
/// named as the doer by a copula ("X was the perpetrator of the murder",
/// "Y was the mastermind") make that party the accused doer, as "the work
/// of X" does; not when negated, not a book's author, not "an act by night".
#[test]
fn a_party_named_as_the_doer_by_a_copula_is_accused() {
    for (text, party) in [
        ("Rebels bombed a bridge near Saravena on Monday. The minister said the bombing was a cowardly action by the rebel command.", "rebel command"),
        ("A bomb exploded at a market in Jos on Monday, killing two people. The attack was a new provocation by the Red Hand militia, officials said.", "red hand militia"),
        ("A grenade exploded outside a bank in Kismayo on Sunday. The governor charged that the blast was an act by the Southern Brigade to sow fear.", "southern brigade"),
        ("A judge was shot dead in Tegucigalpa on Friday. Investigators concluded that Luis Mora was the perpetrator of the killing.", "luis mora"),
    ] {
        assert_first_act_has_party(text, party, "accused");
    }
    for text in [
        "Gunmen killed a priest in Cali on Sunday. The killing was not an action by the guerrillas, the army said.",
        "Gunmen killed a priest in Cali on Sunday. The killing was an act by night, the army said.",
        "Gunmen killed a priest in Cali on Sunday. The priest was the author of a book on the war.",
    ] {
        assert_first_act_done_by_gunmen_only(text);
    }
}

/// A party that took part in, or is responsible for, an act told before
/// and named only as an act ("the crime", "these incidents") is accused of
/// it; a modal makes it a suspicion; a pronoun, "those responsible" and a
/// denial accuse no one.
#[test]
fn a_party_that_took_part_in_the_crime_told_before_is_accused() {
    for (text, party, stance) in [
        ("Gunmen killed a judge in Cali on Sunday. The minister announced that members of the army participated in the crime.", "members of the army", "accused"),
        ("Gunmen killed a judge in Cali on Sunday. Drug traffickers might be involved in this crime, a senator said.", "drug traffickers", "suspected"),
        ("A bomb destroyed a bank in Lima on Monday. The Red Flag movement is responsible for the incident, according to the police.", "red flag movement", "accused"),
    ] {
        assert_first_act_has_party(text, party, stance);
    }
    for text in [
        "Gunmen killed a judge in Cali on Sunday. The rebels denied that any of their members took part in the crime.",
        "Gunmen killed a judge in Cali on Sunday. Those responsible for the crime have not been identified.",
        "Gunmen killed a judge in Cali on Sunday. The police said they were involved in the incident.",
        "Gunmen killed a judge in Cali on Sunday. Two lawyers took part in the act of protest.",
        "Gunmen killed a judge in Cali on Sunday. How many soldiers participated in this action?",
    ] {
        assert_first_act_done_by_gunmen_only(text);
    }
}

/// "Officials said X and Y were behind the attack": every party of the
/// reported clause's subject is accused, not only the first.
#[test]
fn every_party_said_to_be_behind_an_act_is_accused() {
    for (text, parties) in [
        ("A bomb exploded at a market in Jos on Monday. Police said the Red Hand militia and the Black Scorpions were behind the attack.", ["red hand militia", "black scorpions"]),
        ("Gunmen killed a judge in Cali on Sunday. The government and the army are responsible for these incidents, the union said.", ["government", "army"]),
    ] {
        let r = extract(text);
        let act = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        for party in parties {
            assert!(texts(act, Role::Perpetrator).contains(&party.to_string()), "{text}: {party}\n{}", dump(&r));
        }
    }
}

/// "No group claimed the attack" names no one: "the group" of a later
/// sentence is the organisation named before it, not "no group" and not
/// the attackers described by a common noun.
#[test]
fn the_group_that_denies_is_the_organisation_named_before() {
    for text in [
        "Gunmen killed 30 villagers in central Mali on Sunday. No group immediately claimed responsibility. The army blamed the Islamic State in the Greater Sahara, but a spokesman for the group denied any involvement.",
        "Assailants on motorcycles attacked a market near Menaka on Friday. No group has claimed the attack. Officials blamed Islamic State Sahel Province; the group denied it in a statement.",
    ] {
        let r = extract(text);
        let deniers: Vec<String> = of_kind(&r, EventKind::Denial).iter().flat_map(|e| texts(e, Role::Denier)).collect();
        assert!(deniers.iter().any(|d| d.contains("islamic state")), "{text}\n{deniers:?}\n{}", dump(&r));
        assert!(!deniers.iter().any(|d| d.contains("no group") || d.contains("gunmen") || d.contains("assailants")), "{text}\n{deniers:?}\n{}", dump(&r));
    }
}

/// A claim told as having done the act with "the" weapon ("said it had
/// planted the bomb") is about the act of that weapon told before, and its
/// claimant is that act's claimed perpetrator; no second bombing is made.
#[test]
fn a_claim_to_have_used_the_weapon_is_about_the_act_told_before() {
    for text in [
        "A roadside bomb killed four soldiers near Boni on Friday. The Group for the Support of Islam and Muslims said it had planted the bomb.",
        "A car bomb exploded outside a hotel in Mogadishu on Sunday, killing nine people. Al-Shabaab said its fighters detonated the car bomb.",
    ] {
        let r = extract(text);
        let acts = material(&r);
        assert_eq!(acts.len(), 1, "{text}\n{}", dump(&r));
        let claim = claims(&r).into_iter().find(|c| c.modality == Modality::Asserted).unwrap_or_else(|| panic!("{text}: no claim\n{}", dump(&r)));
        assert_eq!(claim.about.as_deref(), Some(acts[0].id.as_str()), "{text}\n{}", dump(&r));
    }
}

/// A statement about "the car bombing" or "the kidnapping" is about the
/// act of that kind, not the latest act told.
#[test]
fn a_statement_about_an_act_of_a_kind_names_that_act() {
    for (text, trigger) in [
        ("A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing 10 people. Later that day, gunmen shot dead a district commissioner in Baidoa. The government condemned the car bombing.", "exploded"),
        ("Gunmen kidnapped two aid workers near Kidal on Monday. Separately, a roadside bomb killed three soldiers near Gao. The United Nations condemned the kidnapping.", "kidnapped"),
    ] {
        let r = extract(text);
        let act = material(&r).into_iter().find(|e| e.trigger.text == trigger).unwrap_or_else(|| panic!("{text}: no act\n{}", dump(&r)));
        let condemnation = of_kind(&r, EventKind::Condemnation).into_iter().next().unwrap_or_else(|| panic!("{text}: no condemnation\n{}", dump(&r)));
        assert_eq!(condemnation.about.as_deref(), Some(act.id.as_str()), "{text}\n{}", dump(&r));
    }
}

/// Naming an act by a word that judges it wrong ("called the attack a war
/// crime", "described the bombing as cowardly") condemns it; naming it
/// otherwise does not.
#[test]
fn calling_an_act_a_crime_condemns_it() {
    for text in [
        "A missile strike killed 12 people in Kharkiv on Saturday. President Volodymyr Zelenskyy called the attack a war crime.",
        "A bomb killed nine people in Mogadishu on Saturday. The president called the bombing a cowardly act.",
        "Gunmen killed five people in Kidal on Monday. The minister described the attack as barbaric.",
    ] {
        let r = extract(text);
        let act = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: no act\n{}", dump(&r)));
        let c = of_kind(&r, EventKind::Condemnation).into_iter().next().unwrap_or_else(|| panic!("{text}: no condemnation\n{}", dump(&r)));
        assert_eq!(c.about.as_deref(), Some(act.id.as_str()), "{text}\n{}", dump(&r));
        assert!(c.actors_with(Role::Speaker).next().is_some(), "{text}\n{}", dump(&r));
    }
    let text = "Gunmen killed five people in Gao on Monday. The minister described the attack in detail.";
    let r = extract(text);
    assert!(of_kind(&r, EventKind::Condemnation).is_empty(), "{text}\n{}", dump(&r));
}

/// "blamed a rival militia, which denied any role": the parser may make the
/// "which" clause a parataxis of "blamed" rather than a relative clause of
/// the militia; the denier is still the militia, never the verb.
#[test]
fn a_which_clause_after_the_accused_names_the_denier() {
    let r = extract(
        "A roadside bomb killed six soldiers near Kismayo on Tuesday. The army blamed a breakaway faction, which denied any role.",
    );
    let denial = of_kind(&r, EventKind::Denial).into_iter().next().unwrap_or_else(|| panic!("no denial: {}", dump(&r)));
    assert_eq!(texts(denial, Role::Denier), vec!["breakaway faction".to_string()], "{}", dump(&r));
    let attribution = material(&r)[0].attribution.as_ref().expect("attribution");
    assert!(attribution.parties.iter().any(|p| p.stance == "denied" && p.text == "breakaway faction"), "{:?}", attribution.parties);
}

/// "Moscow denied targeting civilians and said ...": a capital standing
/// for its government opens the sentence, and the first verb is coordinated
/// with a verb of saying. The capital is the denier (and the one who
/// speaks), never part of a party named "Moscow denied targeting civilians".
#[test]
fn a_capital_that_denies_and_then_speaks_is_the_denier() {
    let r = extract(
        "Ukraine said Russian forces shelled the city of Kherson overnight, killing three civilians. \
         Moscow denied targeting civilians and said its strikes hit only military infrastructure.",
    );
    let denial = of_kind(&r, EventKind::Denial).into_iter().next().unwrap_or_else(|| panic!("no denial: {}", dump(&r)));
    assert_eq!(texts(denial, Role::Denier), vec!["moscow".to_string()], "{}", dump(&r));
    assert!(r.events.iter().flat_map(|e| &e.actors).all(|a| !a.text.contains("denied")), "{}", dump(&r));
}

/// "officials suspect the Pakistani Taliban": the party a verb of
/// suspicion takes as its object is suspected of the act the report is
/// about (or of the act of its "of" phrase); a suspicion of no party ("a
/// gas leak") is no accusation.
#[test]
fn a_party_officials_suspect_is_suspected_of_the_act() {
    for text in [
        "A bomb hidden in a motorcycle killed four police officers in Quetta on Monday. No group has claimed the bombing, but officials suspect the Baloch Liberation Army.",
        "Police in Lagos suspect a local cult gang of the kidnapping of two schoolgirls on Friday.",
    ] {
        let r = extract(text);
        let accusation = of_kind(&r, EventKind::Accusation).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        let accused = texts(accusation, Role::Accused);
        assert!(accused.iter().any(|t| t.contains("baloch") || t.contains("gang")), "{text}: {}", dump(&r));
        let act = material(&r).into_iter().find(|e| e.attribution.is_some()).unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert_eq!(accusation.about.as_deref(), Some(act.id.as_str()), "{text}: {}", dump(&r));
        assert_eq!(act.attribution.as_ref().map(|a| a.status.as_str()), Some("suspected"), "{text}: {}", dump(&r));
    }
    let r = extract("A fire destroyed a warehouse in the port on Sunday. Police suspect a gas leak.");
    assert!(of_kind(&r, EventKind::Accusation).is_empty(), "{}", dump(&r));
}

/// "Both the X and the Y claimed ...": two parties claiming the same act
/// are both claimants, and the act's attribution is disputed; the parser's
/// reading of the first party as a modifier of the second ("the Arakan
/// Army ... junta") or as a second subject of the verb is repaired.
#[test]
fn both_parties_of_a_coordinated_claim_are_claimants() {
    for text in [
        "Both the Karen National Union and the military government claimed to have seized the border post near Myawaddy on Tuesday.",
        "Both the army and the rebels claimed to have captured the airport.",
    ] {
        let r = extract(text);
        let claimants = claimants(&r);
        assert_eq!(claimants.len(), 2, "{text}: {}", dump(&r));
        assert!(claimants.iter().all(|c| !c.contains(" and ")), "{text}: {}", dump(&r));
    }
}

/// "X were accused by the army of shelling ...": in the passive the subject
/// is the accused and the "by" phrase the accuser.
#[test]
fn the_subject_of_a_passive_accusation_is_the_accused() {
    let r = extract("The Houthis were accused by the Saudi-led coalition of firing a missile at an airport in Abha on Sunday, wounding eight people.");
    let accusation = of_kind(&r, EventKind::Accusation).into_iter().next().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert!(texts(accusation, Role::Accused).iter().any(|t| t.contains("houthis")), "{}", dump(&r));
    assert!(texts(accusation, Role::Accuser).iter().any(|t| t.contains("coalition")), "{}", dump(&r));
    assert!(accusation.about.is_some(), "{}", dump(&r));
}

/// "a spokesman for the X said the group had killed him": in the words of
/// a body's spokesman "the group" is that body, so this is its claim, and
/// the killing of "him" is the killing told before, not a second one.
#[test]
fn a_spokesman_saying_the_group_did_it_claims_it_for_the_body() {
    let r = extract(
        "Gunmen shot dead a provincial prosecutor in Quetta on Tuesday. In an audio message, a spokesman for the Baloch Liberation Army said the group had killed him for his role in recent trials.",
    );
    assert_eq!(claimants(&r), vec!["baloch liberation army".to_string()], "{}", dump(&r));
    let acts = material(&r);
    assert_eq!(acts.len(), 1, "{}", dump(&r));
    assert_eq!(claims(&r)[0].about.as_deref(), Some(acts[0].id.as_str()), "{}", dump(&r));
    assert_eq!(claims(&r)[0].channel.as_deref(), Some("audio"), "{}", dump(&r));
    // Anyone else's "the group" is another party.
    let r = extract("Gunmen shot dead a provincial prosecutor in Quetta on Tuesday. Police said the group had killed him for his role in recent trials.");
    assert!(claims(&r).is_empty(), "{}", dump(&r));
}

/// "Officials confirmed that the group carried out the attack" after a
/// claim: the claimant's deed is confirmed by an official, and the
/// attribution stays "claimed" (not disputed by a second party "the
/// group"). An official confirming someone else is an accusation of them.
#[test]
fn an_official_confirming_the_claimant_confirms_the_claim() {
    let r = extract(
        "A car bomb killed nine soldiers at a checkpoint near Kirkuk on Monday. Islamic State claimed the bombing in a statement on Telegram. \
         Iraqi security officials confirmed that the group carried out the attack.",
    );
    let attack = material(&r)[0];
    let a = attack.attribution.as_ref().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(a.status, "claimed", "{:?}", a.parties);
    assert!(a.parties.iter().any(|p| p.stance == "confirmed" && p.text.to_lowercase().contains("islamic state")), "{:?}", a.parties);

    let r = extract(
        "A car bomb killed nine soldiers at a checkpoint near Kirkuk on Monday. Islamic State claimed the bombing in a statement on Telegram. \
         Iraqi security officials confirmed that Ansar al-Sunna carried out the attack.",
    );
    let a = material(&r)[0].attribution.as_ref().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(a.status, "disputed", "{:?}", a.parties);
}

/// A hedge right before a lower-case perpetrator phrase, which the parser
/// may read as a verb ("alleged shining path members", with "shining" a
/// verb too), and a hedge on the people whose group a name is ("presumably
/// by guerrillas of the army of national liberation"): the group is
/// suspected, not reported as the doer.
#[test]
fn a_hedge_before_the_phrase_or_on_the_groups_people_makes_the_group_suspected() {
    for (text, group) in [
        ("it was announced today that on friday alleged boko haram members murdered five herders in borno state.", "Boko Haram"),
        ("a canadian geologist who was abducted in tumaco today, presumably by guerrillas of the national liberation army (eln), was freed a few hours later.", "National Liberation Army (Colombia)"),
    ] {
        let r = extract(text);
        let e = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: no event\n{}", dump(&r)));
        let attribution = e.attribution.as_ref().unwrap_or_else(|| panic!("{text}: no attribution\n{}", dump(&r)));
        let stance = attribution.parties.iter().find(|p| p.name.as_deref() == Some(group)).map(|p| p.stance.as_str());
        assert_eq!(stance, Some("suspected"), "{text}: {attribution:?}");
    }
}

/// "blamed it on X": the pronoun is the deed, the party after "on" the
/// accused. 'attributed the attack to "separatist" groups': the quoted
/// word leads the parser to take the party for the verb's object or
/// conjunct; it is still the accused, without its "to".
#[test]
fn a_deed_blamed_on_a_party_by_pronoun_or_attributed_to_a_quoted_group() {
    for (text, accused) in [
        ("A bomb exploded outside a police station in Quetta on Monday, killing three people. No group claimed the bombing, but officials blamed it on the Pakistani Taliban.", "pakistani taliban"),
        ("A bomb exploded outside a police station in Quetta on Monday, killing three people. The government attributed the attack to \"separatist\" groups seeking to derail the elections.", "\"separatist\" groups"),
        ("a bomb exploded outside a police station in quetta on monday, killing three people. the defence ministry attributed these attacks to \"radical islamist\" groups trying to \"sow chaos.\"", "\"radical islamist\" groups"),
    ] {
        let r = extract(text);
        let accusations = of_kind(&r, EventKind::Accusation);
        assert!(accusations.iter().any(|e| texts(e, Role::Accused) == vec![accused.to_string()]), "{text}\n{}", dump(&r));
        let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: no event\n{}", dump(&r)));
        let attribution = attack.attribution.as_ref().unwrap_or_else(|| panic!("{text}: no attribution\n{}", dump(&r)));
        assert!(attribution.parties.iter().any(|p| p.text.to_lowercase() == accused && p.stance == "accused"), "{text}: {attribution:?}");
    }
}

/// "military personnel of the Myanmar army are responsible": the army is
/// accused with its personnel, who stay "military personnel".
#[test]
fn the_body_of_accused_personnel_is_accused_too() {
    let text = "Twelve villagers were killed in Sagaing on Sunday. A rights group said military personnel of the Myanmar army were responsible for the killings.";
    let r = extract(text);
    let accusation = of_kind(&r, EventKind::Accusation).into_iter().next().unwrap_or_else(|| panic!("no accusation\n{}", dump(&r)));
    assert_eq!(texts(accusation, Role::Accused), vec!["military personnel".to_string(), "myanmar army".to_string()], "{}", dump(&r));
    let killing = material(&r).into_iter().next().unwrap_or_else(|| panic!("no event\n{}", dump(&r)));
    let attribution = killing.attribution.as_ref().unwrap_or_else(|| panic!("no attribution\n{}", dump(&r)));
    assert!(attribution.parties.iter().any(|p| p.text == "Myanmar army" && p.stance == "accused"), "{attribution:?}");
}

/// "A man who said he was speaking on behalf of the ELN called local radio
/// stations to claim responsibility": the claim, left without a subject by
/// the parse, is the ELN's.
#[test]
fn a_claim_after_speaking_on_behalf_of_a_group_is_the_groups() {
    let text = "Rebels blew up a section of the Cano Limon pipeline on Monday. A man who said he was speaking on behalf of the ELN called local radio stations to claim responsibility for the attack.";
    let r = extract(text);
    assert_eq!(claimants(&r), vec!["eln".to_string()], "{}", dump(&r));
    let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("no event\n{}", dump(&r)));
    let attribution = attack.attribution.as_ref().unwrap_or_else(|| panic!("no attribution\n{}", dump(&r)));
    assert_eq!(attribution.status, "claimed", "{attribution:?}");
}

/// Who did it as a supposition ("investigating the possibility that X
/// carried out the attack") or an open question ("no confirmation on
/// whether the attack was perpetrated by X"): X is suspected.
#[test]
fn a_doer_named_in_a_supposition_or_an_open_question_is_suspected() {
    for text in [
        "Two Russian engineers were shot dead in Lima on Monday. Police are investigating the possibility that Shining Path guerrillas carried out the attack.",
        "two russian engineers were shot dead in lima on monday. officials gave no word on whether the killing was carried out by \"shining path\" guerrillas.",
    ] {
        let r = extract(text);
        let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: no event\n{}", dump(&r)));
        let attribution = attack.attribution.as_ref().unwrap_or_else(|| panic!("{text}: no attribution\n{}", dump(&r)));
        assert_eq!(attribution.status, "suspected", "{text}: {attribution:?}");
        assert!(attribution.parties.iter().any(|p| p.name.as_deref() == Some("Shining Path") && p.stance == "suspected"), "{text}: {attribution:?}");
    }
}

/// "... rejected the accusation, saying the army had fired the shells": an
/// attack verb whose object is the weapon already told of attributes that
/// act, so the denier's answer is a counter-accusation and the
/// attribution is disputed; the retold firing is no second attack.
#[test]
fn a_denial_that_names_who_fired_the_weapon_accuses_them() {
    let r = extract(
        "Shells hit a camp for displaced people near Goma on Friday, killing nine. The army blamed the M23 rebels. \
         The M23 rejected the accusation, saying the army had fired the shells.",
    );
    let accusations = of_kind(&r, EventKind::Accusation);
    assert!(accusations.iter().any(|e| texts(e, Role::Accused).iter().any(|t| t.contains("army"))), "{}", dump(&r));
    let attack = material(&r)[0];
    assert!(accusations.iter().all(|e| e.about.as_deref() == Some(attack.id.as_str())), "{}", dump(&r));
    assert_eq!(attack.attribution.as_ref().map(|a| a.status.as_str()), Some("disputed"), "{}", dump(&r));
    // "had fired the shells" retells the shelling; it is no second attack.
    assert_eq!(material(&r).len(), 1, "{}", dump(&r));
}

/// "suspicion fell on X", "fingers pointed at X": the party is suspected of
/// the act the report is about, by nobody named; the suspicion is no claim
/// and no act of its own.
#[test]
fn a_party_suspicion_falls_on_is_suspected_of_the_act() {
    for (text, party) in [
        ("Gunmen killed a district judge outside his home in Peshawar on Tuesday. No group said it was behind the killing, but suspicion fell on the Pakistani Taliban.", "taliban"),
        ("A car bomb killed nine soldiers at a base near Mosul on Sunday. Fingers quickly pointed at Islamic State sleeper cells.", "islamic state"),
    ] {
        let r = extract(text);
        let accusation = of_kind(&r, EventKind::Accusation).into_iter().next().unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert!(texts(accusation, Role::Accused).iter().any(|t| t.contains(party)), "{text}: {}", dump(&r));
        let act = material(&r).into_iter().find(|e| e.attribution.is_some()).unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert_eq!(accusation.about.as_deref(), Some(act.id.as_str()), "{text}: {}", dump(&r));
        assert_eq!(act.attribution.as_ref().map(|a| a.status.as_str()), Some("suspected"), "{text}: {}", dump(&r));
    }
    let r = extract("Heavy rain fell on the capital on Monday.");
    assert!(of_kind(&r, EventKind::Accusation).is_empty(), "{}", dump(&r));
}

/// "said on its Amaq news agency that its fighters carried out the
/// attack": a channel of two words ("news agency") carries the "that"
/// clause the parser hung on it; the claim names the channel.
#[test]
fn a_claim_said_on_a_channel_of_two_words_is_a_claim() {
    let text = "A bomb killed six people at a bus station in Maiduguri on Sunday. The Islamic State West Africa Province said on its Amaq news agency that its fighters carried out the attack.";
    let r = extract(text);
    let claim = claims(&r).into_iter().next().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(claim.channel.as_deref(), Some("news_agency"), "{}", dump(&r));
    let act = material(&r).into_iter().next().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(claim.about.as_deref(), Some(act.id.as_str()), "{}", dump(&r));
}

/// "X denied involvement, while a splinter faction, Y, said it carried out
/// the bombing": the parser hung "while" on the faction as a preposition
/// and left "said" without a subject; the faction is who said it, so its
/// claim is found beside X's denial.
#[test]
fn a_claim_in_a_while_clause_after_a_denial_has_its_claimant() {
    let text = "A car bomb exploded outside a police post in Quetta on Sunday, killing four officers. The main insurgent group denied involvement, while a splinter faction, Jaish al-Hurriya, said it carried out the bombing.";
    let r = extract(text);
    assert!(claimants(&r).iter().any(|c| c.contains("jaish al-hurriya") || c.contains("splinter faction")), "{}", dump(&r));
    assert!(!of_kind(&r, EventKind::Denial).is_empty(), "{}", dump(&r));
    // The act the faction said it carried out is not negated by the denial.
    assert!(material(&r).iter().all(|e| e.modality != Modality::Negated), "{}", dump(&r));
}

/// "A splinter faction, Jaish al-Hurriya, said it carried out the bombing":
/// the claimants of one statement make one claim, not competing ones; a
/// second group claiming in a statement of its own disputes it.
#[test]
fn claimants_of_one_statement_make_one_claim() {
    let lead = "A car bomb exploded outside a police post in Quetta on Sunday, killing four officers.";
    let r = extract(&format!("{lead} A splinter faction, Jaish al-Hurriya, said it carried out the bombing."));
    let bombing = material(&r).into_iter().next().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(bombing.attribution.as_ref().map(|a| a.status.as_str()), Some("claimed"), "{}", dump(&r));
    let r = extract(&format!("{lead} Jaish al-Hurriya said it carried out the bombing. Later, the Free Hills Front also claimed the attack."));
    let bombing = material(&r).into_iter().next().unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(bombing.attribution.as_ref().map(|a| a.status.as_str()), Some("disputed"), "{}", dump(&r));
}

/// "The RSF said the allegations were fabricated", "called the accusations
/// baseless": calling what one is accused of false is a denial; saying they
/// were not false is none.
#[test]
fn calling_the_allegations_false_is_a_denial() {
    let lead = "Gunmen killed 40 people in a village in North Darfur last week.";
    for (text, denier) in [
        ("The Rapid Support Forces said the allegations were fabricated.", "rapid support forces"),
        ("The army called the accusations baseless.", "army"),
    ] {
        let r = extract(&format!("{lead} {text}"));
        let deniers: Vec<String> = of_kind(&r, EventKind::Denial).iter().flat_map(|e| texts(e, Role::Denier)).collect();
        assert!(deniers.iter().any(|d| d.contains(denier)), "{text}: {}", dump(&r));
    }
    let r = extract(&format!("{lead} The army said the allegations were not false."));
    assert!(of_kind(&r, EventKind::Denial).is_empty(), "{}", dump(&r));
}

/// "The bombing was blamed on X", "the bombing, which is being blamed on
/// X", "the bombing, which officials blamed on X": the deed is the passive
/// subject or the noun a relative clause hangs on, and the party after
/// "on" is accused of it; the relative pronoun is no party.
#[test]
fn a_deed_blamed_on_a_party_in_a_passive_or_relative_clause() {
    for (text, accused) in [
        ("The bombing of a bus station in Mogadishu on Friday was blamed on al-Shabaab.", "al-shabaab"),
        ("A bus station in Mogadishu was hit on Friday. Police opened an inquiry into the bombing, which is being blamed on al-Shabaab.", "al-shabaab"),
        ("The market bombing, which officials blamed on the rebels, killed nine people.", "rebels"),
    ] {
        let r = extract(text);
        let accusations = of_kind(&r, EventKind::Accusation);
        assert!(accusations.iter().any(|e| texts(e, Role::Accused) == vec![accused.to_string()]), "{text}\n{}", dump(&r));
        let attack = material(&r).into_iter().next().unwrap_or_else(|| panic!("{text}: no event\n{}", dump(&r)));
        let attribution = attack.attribution.as_ref().unwrap_or_else(|| panic!("{text}: no attribution\n{}", dump(&r)));
        assert!(attribution.parties.iter().any(|p| p.text.to_lowercase() == accused && p.stance == "accused"), "{text}: {attribution:?}");
    }
    // Negative: a deed blamed on a cause, not a party, accuses no one.
    let r = extract("The explosion at the fuel depot in Mogadishu was blamed on a gas leak.");
    assert!(of_kind(&r, EventKind::Accusation).iter().all(|e| texts(e, Role::Accused).is_empty()), "{}", dump(&r));
}

/// "claimed responsibility ..., saying the fighters had detonated the
/// device": the participle spells out the claim; the doers it names are
/// the claimant's, not a party it accuses.
#[test]
fn a_participle_spelling_out_a_claim_accuses_no_one() {
    let text = "A roadside bomb killed four police officers near Kandahar on Monday. The Taliban claimed responsibility in a statement, saying the fighters had detonated the device as the patrol passed.";
    let r = extract(text);
    assert!(of_kind(&r, EventKind::Accusation).is_empty(), "{text:?}\n{}", dump(&r));
    assert_eq!(claimants(&r), vec!["taliban"], "{text:?}\n{}", dump(&r));
}

/// "The army said it had struck militants who were planning attacks": the
/// claim is about the strike told before, not about the attacks the
/// militants planned (inside a relative clause on the struck).
#[test]
fn a_claimed_strike_is_not_the_attacks_its_targets_planned() {
    let text = "An air strike on a pickup truck near the border killed three men on Thursday, a local official said. The army said it had struck gunmen who were preparing attacks on border posts.";
    let r = extract(text);
    let claim = claims(&r);
    assert_eq!(claim.len(), 1, "{}", dump(&r));
    let about = claim[0].about.as_deref().and_then(|id| r.events.iter().find(|e| e.id == id)).unwrap_or_else(|| panic!("{}", dump(&r)));
    assert!(about.trigger.text.contains("air strike"), "{}", dump(&r));
}

/// "said in a statement carried by its radio that its fighters had killed
/// 20 soldiers": the "that" clause the parser hangs on the participle
/// after the channel is what was said, the group's report of its own
/// deed, so a claim.
#[test]
fn a_that_clause_after_a_channel_and_its_participle_is_what_was_said() {
    let text = "The group said in a statement carried by its radio station that its fighters had killed 15 soldiers in the raid.";
    let r = extract(text);
    assert_eq!(claimants(&r), vec!["group"], "{}", dump(&r));
    assert_eq!(claims(&r)[0].channel.as_deref(), Some("radio"), "{}", dump(&r));
}

/// "Rebels of the X Front ambushed a convoy ..., a spokesman for the group
/// said": a spokesman for "the group" after a group's deed speaks for
/// that group, so its report is a claim, as with "its spokesman".
#[test]
fn a_spokesman_for_the_group_reporting_its_deed_claims_it() {
    let text = "Fighters of the Ogaden National Liberation Front ambushed an army convoy near Degehabur on Monday, a spokesman for the group said.";
    let r = extract(text);
    assert!(claimants(&r).iter().any(|c| c.contains("ogaden national liberation front")), "{}", dump(&r));
    let text = "Soldiers ambushed a rebel convoy near Degehabur on Monday, a spokesman for the army said.";
    let r = extract(text);
    assert!(claimants(&r).is_empty(), "{}", dump(&r));
}

/// "Officials said Thursday that militants were behind the blast": the day
/// after the verb of saying is when it was said, never the accused.
#[test]
fn a_bare_day_after_said_is_no_accused_party() {
    for text in [
        "A drone attack killed three police officers at a checkpoint in Narino province. Prosecutors said Thursday that dissidents of the former rebel army were behind the attack.",
        "Gunmen killed six traders at a market on Sunday. Police said Monday that members of a rival gang were behind the killings.",
    ] {
        let r = extract(text);
        let acc = of_kind(&r, EventKind::Accusation);
        assert_eq!(acc.len(), 1, "{text:?}\n{}", dump(&r));
        let accused = texts(acc[0], Role::Accused);
        assert!(accused.iter().all(|t| !t.contains("thursday") && !t.contains("yesterday")) && !accused.is_empty(), "{text:?}\n{}", dump(&r));
    }
}

/// "The group said it did not carry out the attack": its part is denied,
/// so it is a denier, no perpetrator and no claimant, and with nobody
/// else named the attribution is `denied`, not `claimed` or `disputed`.
#[test]
fn saying_it_did_not_carry_out_the_attack_is_a_denial() {
    let text = "A bomb killed ten people at a bus station in Quetta on Monday. The Baloch Liberation Army said it did not carry out the attack.";
    let r = extract(text);
    let denials = of_kind(&r, EventKind::Denial);
    assert_eq!(denials.len(), 1, "{}", dump(&r));
    assert!(texts(denials[0], Role::Denier).iter().any(|t| t.contains("baloch liberation army")), "{}", dump(&r));
    let attack = &material(&r)[0];
    assert!(texts(attack, Role::Perpetrator).is_empty(), "{}", dump(&r));
    assert_eq!(attack.attribution.as_ref().map(|a| a.status.as_str()), Some("denied"), "{}", dump(&r));
}

/// "told Reuters" reports as "said" does: a group's spokesman telling an
/// agency that its fighters carried out the attack claims it; "we did not
/// carry out this attack," told so, denies it.
#[test]
fn telling_an_agency_reports_as_saying() {
    let text = "A bomb killed ten people at a bus station in Quetta on Monday. A spokesman for the Baloch Liberation Army told Reuters by telephone that its fighters had carried out the attack.";
    let r = extract(text);
    assert!(claimants(&r).iter().any(|c| c.contains("baloch liberation army")), "{}", dump(&r));
    let text = "A bomb killed ten people at a bus station in Quetta on Monday. \"We did not carry out this attack,\" a spokesman for the Baloch Liberation Army told Reuters.";
    let r = extract(text);
    let denials = of_kind(&r, EventKind::Denial);
    assert_eq!(denials.len(), 1, "{}", dump(&r));
    assert!(claims(&r).is_empty(), "{}", dump(&r));
}

/// A claimant named by the registry keeps its own name when an apposition
/// after it names the network it belongs to: the owner in "X, al Qaeda's
/// branch in the Sahel" is not the claimant. A plain name in apposition
/// still completes a descriptive phrase.
#[test]
fn a_claimant_is_not_the_owner_named_in_its_apposition() {
    let text = "Militants overran an army post in central Mali on Sunday, killing nine soldiers. JNIM, al Qaeda's branch in the Sahel, claimed the attack on its Telegram channel.";
    let r = extract(text);
    assert_eq!(claimants(&r), vec!["jnim".to_string()], "{}", dump(&r));
    let text = "Gunmen killed four guards at a bank in Kidal on Friday. The jihadist alliance, JNIM, claimed the attack in a statement.";
    let r = extract(text);
    assert_eq!(claimants(&r), vec!["jnim".to_string()], "{}", dump(&r));
}

/// An accusation whose charge is a deed of another sort ("of fabricating
/// the reports", "of being spies") is not about the attack told before it
/// and makes no perpetrator; one whose charge is the act or carrying it
/// out still is.
#[test]
fn an_accusation_of_another_deed_is_not_about_the_attack() {
    for text in [
        "Paramilitary fighters shelled a displacement camp near Nyala on Sunday, killing 12 civilians. The militia accused the army of fabricating the reports.",
        "Gunmen shot dead two vaccination workers in Bannu on Monday. Militants have long accused such teams of being foreign spies.",
    ] {
        let r = extract(text);
        let accusation = of_kind(&r, EventKind::Accusation);
        assert!(!accusation.is_empty(), "{text}: {}", dump(&r));
        assert!(accusation.iter().all(|a| a.about.is_none()), "{text}: {}", dump(&r));
        let perpetrators: Vec<String> = material(&r).iter().flat_map(|e| texts(e, Role::Perpetrator)).collect();
        assert!(!perpetrators.iter().any(|p| p.contains("army") || p.contains("teams")), "{text}: {}", dump(&r));
    }
    for text in [
        "Paramilitary fighters shelled a displacement camp near Nyala on Sunday, killing 12 civilians. The governor accused the militia of carrying out the shelling.",
        "A car bomb killed nine people at a checkpoint in Kirkuk on Friday. Police accused the rebels of planting it.",
    ] {
        let r = extract(text);
        let accusation = of_kind(&r, EventKind::Accusation);
        assert!(accusation.iter().any(|a| a.about.is_some()), "{text}: {}", dump(&r));
    }
}

/// A claim that names no event is about the attack, not about the forces'
/// killing of its doers told after it ("troops killed the four gunmen").
#[test]
fn a_claim_is_about_the_attack_not_the_killing_of_its_attackers() {
    let text = "Militants stormed a hotel in the Somali town of Kismayo on Friday, killing at least 15 people, police said. Troops killed the four gunmen after a siege that lasted seven hours. The insurgent group claimed responsibility on its radio station.";
    let r = extract(text);
    let claim = claims(&r);
    assert_eq!(claim.len(), 1, "{}", dump(&r));
    let about = claim[0].about.as_deref();
    let attack = material(&r).into_iter().find(|e| e.actors_with(Role::Victim).any(|a| a.text.contains("15 people")));
    assert!(attack.is_some_and(|e| Some(e.id.as_str()) == about), "{}", dump(&r));
}

/// What a claim of responsibility says the group did ("saying one of its
/// fighters had detonated the truck") is the act claimed, not a second
/// attack; an admission of losses followed by "said" is no claim.
#[test]
fn the_deed_told_in_a_claim_is_the_act_claimed() {
    let text = "A truck bomb exploded outside a police station in Kirkuk on Monday, killing nine people, police said. The group claimed responsibility for the bombing in an online statement, saying one of its members had detonated the truck.";
    let r = extract(text);
    let attacks = material(&r);
    assert_eq!(attacks.len(), 1, "{}", dump(&r));
    assert!(claims(&r).iter().all(|c| c.about.as_deref() == Some(attacks[0].id.as_str())), "{}", dump(&r));
}
