//! CAMEO interactions (issue 6): appeals, promises, meetings and visits,
//! praise and agreements, cooperation, aid, concessions, investigations,
//! criticism, rejections, shows of force, sanctions and coercion, each with
//! its CAMEO code, initiator and recipient. Several phrasings per kind;
//! then reciprocity, passives, nouns, complements, negation and the future.

use sitrep_schema::{Actor, DocumentResult, Event, EventKind, InputDocument, Modality, Role};

fn extract(text: &str) -> DocumentResult {
    let doc = InputDocument { id: Some("d".into()), text: text.into(), published: Some("2024-05-02".into()), ..Default::default() };
    sitrep_extraction::extract_document("d", &doc)
}

fn dump(r: &DocumentResult) -> String {
    r.events
        .iter()
        .map(|e| {
            let actors: Vec<String> = e.actors.iter().map(|a| format!("{:?}={}[{}/{}]", a.role, a.text, a.cameo.as_deref().unwrap_or(""), a.country.as_deref().unwrap_or(""))).collect();
            format!("{:?}/{:?} {:?} {:?} \"{}\" {}", e.kind, e.subtype, e.cameo, e.modality, e.trigger.text, actors.join(" "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// An actor is "of" a code when its ISO country is that code or its CAMEO
/// code starts with it ("IGO" for the UN).
fn is_of(a: &Actor, code: &str) -> bool {
    a.country.as_deref() == Some(code) || a.cameo.as_deref().is_some_and(|c| c.starts_with(code))
}

fn has(e: &Event, role: Role, code: &str) -> bool {
    e.actors_with(role).any(|a| is_of(a, code))
}

/// The sentence yields an asserted event of `kind` with CAMEO `cameo`, an
/// initiator of `from` and (if given) a recipient of `to`.
fn check(text: &str, kind: EventKind, cameo: &str, from: &str, to: Option<&str>) {
    let r = extract(text);
    let (from_role, to_role) = if kind.is_interaction() { (Role::Initiator, Role::Recipient) } else { (Role::Speaker, Role::Target) };
    let found = r.events.iter().any(|e| {
        e.kind == kind
            && e.cameo.as_deref() == Some(cameo)
            && e.modality == Modality::Asserted
            && has(e, from_role, from)
            && to.map_or(true, |t| has(e, to_role, t))
    });
    assert!(found, "{text}\nexpected {kind:?} {cameo} {from} -> {to:?}; got:\n{}", dump(&r));
}

#[test]
fn appeals() {
    check("The Egyptian foreign minister urged Ethiopia to resume negotiations over the dam.", EventKind::Appeal, "026", "EG", Some("ET"));
    check("The Red Cross appealed to Sudan for access to the besieged city.", EventKind::Appeal, "0255", "NGO", Some("SD"));
    check("Lebanon asked France for humanitarian aid after the port explosion.", EventKind::Appeal, "0233", "LB", Some("FR"));
    check("Pakistan called on India to release the detained fishermen.", EventKind::Appeal, "0253", "PK", Some("IN"));
}

#[test]
fn intents_to_cooperate() {
    check("Japan pledged to provide economic aid to Sri Lanka.", EventKind::IntentToCooperate, "033", "JP", Some("LK"));
    check("Turkey offered to mediate between Russia and Ukraine.", EventKind::IntentToCooperate, "038", "TR", Some("UA"));
    check("Vietnam agreed to hold talks with China on the maritime dispute.", EventKind::IntentToCooperate, "036", "VN", Some("CN"));
    check("Egypt announced it would release 200 prisoners.", EventKind::IntentToCooperate, "0353", "EG", None);
}

#[test]
fn consultations() {
    check("Chancellor Olaf Scholz held talks with President Emmanuel Macron in Paris.", EventKind::Consultation, "046", "DE", Some("FR"));
    check("The Nigerian president met the Ghanaian foreign minister in Abuja.", EventKind::Consultation, "040", "NG", Some("GH"));
    check("President Cyril Ramaphosa visited Kenya on Tuesday.", EventKind::Consultation, "042", "ZA", Some("KE"));
    check("Qatar hosted the Afghan delegation in Doha.", EventKind::Consultation, "043", "QA", Some("AF"));
    check("Putin telephoned Erdogan on Friday.", EventKind::Consultation, "041", "RU", Some("TR"));
    check("Norway mediated between Colombia and the rebels.", EventKind::Consultation, "045", "NO", Some("CO"));
}

/// Two people named in full and joined by "and" meet each other, each way;
/// the parser often hangs the second name on the first one's last word
/// ("Putin" under "Merkel" rather than "Angela").
#[test]
fn two_full_names_joined_by_and_meet_each_other() {
    for text in [
        "Angela Merkel and Vladimir Putin met in Sochi on Friday.",
        "Donald Trump and Vladimir Putin met in Helsinki on Monday.",
        "Joe Biden and Vladimir Putin met in Geneva on Wednesday.",
    ] {
        let from = if text.starts_with("Angela") { "DE" } else { "US" };
        check(text, EventKind::Consultation, "040", from, Some("RU"));
        check(text, EventKind::Consultation, "040", "RU", Some(from));
    }
}

#[test]
fn diplomatic_cooperation() {
    check("The Kenyan president praised Ethiopia for its role in the peace process.", EventKind::DiplomaticCooperation, "051", "KE", Some("ET"));
    check("Saudi Arabia restored diplomatic relations with Iran.", EventKind::DiplomaticCooperation, "054", "SA", Some("IR"));
    check("Germany apologized to Namibia for the colonial-era killings.", EventKind::DiplomaticCooperation, "055", "DE", Some("NA"));
    check("Greece ratified a defence pact with France on Friday.", EventKind::DiplomaticCooperation, "057", "GR", Some("FR"));
}

#[test]
fn material_cooperation() {
    check("Australia and Japan conducted joint military exercises with India.", EventKind::MaterialCooperation, "062", "JP", Some("IN"));
    check("Colombia extradited the drug lord to the United States.", EventKind::MaterialCooperation, "063", "CO", Some("US"));
    check("Chile cooperated with Peru in the search for the missing aircraft.", EventKind::MaterialCooperation, "060", "CL", Some("PE"));
}

#[test]
fn aid() {
    check("The World Bank provided a loan to Ghana.", EventKind::Aid, "071", "IGO", Some("GH"));
    check("The United States supplied weapons to Ukraine.", EventKind::Aid, "072", "US", Some("UA"));
    check("China sent humanitarian aid to Turkey after the earthquake.", EventKind::Aid, "073", "CN", Some("TR"));
    check("Ecuador granted asylum to the journalist.", EventKind::Aid, "075", "EC", None);
    // The giver of what is received is the initiator.
    check("The Sudanese army received weapons from the Egyptian government.", EventKind::Aid, "072", "EG", Some("SD"));
}

#[test]
fn concessions() {
    check("Iran released two French citizens on Thursday.", EventKind::Concession, "0841", "IR", Some("FR"));
    check("The European Union lifted sanctions on Belarus.", EventKind::Concession, "085", "IGO", Some("BY"));
    check("Thailand lifted the curfew in the southern provinces.", EventKind::Concession, "0813", "TH", None);
    check("Armenian troops withdrew from the disputed villages.", EventKind::Concession, "087", "AM", None);
    check("The prime minister of Peru resigned on Sunday.", EventKind::Concession, "0832", "PE", None);
}

#[test]
fn investigations() {
    check("Prosecutors in Brazil are investigating the former president for corruption.", EventKind::Investigation, "091", "BR", None);
    check("The International Criminal Court opened a probe into war crimes in Myanmar.", EventKind::Investigation, "094", "IGO", None);
    check("Kenya launched an investigation into the attack on the convoy.", EventKind::Investigation, "093", "KE", None);
}

/// Inspecting and examining again are investigating (CAMEO 090).
#[test]
fn inspections_are_investigations() {
    check("Russian inspectors inspected the Ukrainian cargo ship on Monday.", EventKind::Investigation, "090", "RU", Some("UA"));
    check("Chinese officials reexamined the Japanese ship.", EventKind::Investigation, "090", "CN", Some("JP"));
    check("The European Union re-examined its trade agreement with Turkey.", EventKind::Investigation, "090", "IGO", Some("TR"));
}

#[test]
fn disapproval() {
    check("The Chinese foreign ministry criticized Japan over the island dispute.", EventKind::Disapproval, "111", "CN", Some("JP"));
    check("Algeria lodged a complaint with the United Nations against Morocco.", EventKind::Disapproval, "114", "DZ", Some("IGO"));
    check("Gambia sued Myanmar at the International Court of Justice.", EventKind::Disapproval, "115", "GM", Some("MM"));
    check("Kenya alleged that Somalia had interfered in its elections.", EventKind::Disapproval, "110", "KE", Some("SO"));
}

#[test]
fn rejections() {
    check("Serbia refused to recognize Kosovo.", EventKind::Rejection, "120", "RS", Some("XK"));
    check("Russia vetoed the resolution on Syria.", EventKind::Rejection, "129", "RU", None);
    check("Israel rejected talks with the Palestinian Authority.", EventKind::Rejection, "125", "IL", Some("PS"));
    // "said it would not": a refusal.
    check("Canada said it would not provide weapons to Venezuela.", EventKind::Rejection, "1222", "CA", Some("VE"));
}

#[test]
fn force_posture() {
    check("Russia deployed troops to the Belarusian border.", EventKind::ForcePosture, "154", "RU", Some("BY"));
    check("China conducted military drills near Taiwan.", EventKind::ForcePosture, "150", "CN", Some("TW"));
    check("North Korea test-fired a ballistic missile on Sunday.", EventKind::ForcePosture, "150", "KP", None);
}

#[test]
fn reduction_of_relations() {
    check("Canada imposed sanctions on Iranian officials.", EventKind::ReductionOfRelations, "163", "CA", Some("IR"));
    check("Bolivia severed diplomatic ties with Israel.", EventKind::ReductionOfRelations, "161", "BO", Some("IL"));
    check("Niger recalled its ambassador from France.", EventKind::ReductionOfRelations, "161", "NE", Some("FR"));
    check("The United States cut aid to Guatemala.", EventKind::ReductionOfRelations, "162", "US", Some("GT"));
}

/// A travel warning against a country reduces relations with it (CAMEO
/// 160): "advised against travel to", "warned against trips to".
#[test]
fn advising_against_travel_to_a_country_reduces_relations() {
    check("The State Department advised against travel to Kenya on Friday.", EventKind::ReductionOfRelations, "160", "US", Some("KE"));
    check("Britain has warned against all travel to Yemen.", EventKind::ReductionOfRelations, "160", "GB", Some("YE"));
    check("The German foreign ministry advised against trips to Egypt after the bombing.", EventKind::ReductionOfRelations, "160", "DE", Some("EG"));
}

#[test]
fn coercion() {
    check("The Ethiopian government imposed a curfew in Addis Ababa.", EventKind::Coercion, "1723", "ET", None);
    check("Kuwait deported hundreds of Egyptian workers.", EventKind::Coercion, "174", "KW", Some("EG"));
    check("Police in Georgia cracked down on protesters in Tbilisi.", EventKind::Coercion, "175", "GE", Some("GE"));
}

#[test]
fn a_meeting_is_reported_in_both_directions() {
    let r = extract("Brazil and Argentina met in Buenos Aires on Thursday.");
    let meetings: Vec<&Event> = r.events.iter().filter(|e| e.kind == EventKind::Consultation).collect();
    assert_eq!(meetings.len(), 2, "{}", dump(&r));
    assert!(meetings.iter().any(|e| has(e, Role::Initiator, "BR") && has(e, Role::Recipient, "AR")), "{}", dump(&r));
    assert!(meetings.iter().any(|e| has(e, Role::Initiator, "AR") && has(e, Role::Recipient, "BR")), "{}", dump(&r));
    // "met with": the partner met too.
    let r = extract("Indian Prime Minister Narendra Modi met with Japanese Prime Minister Fumio Kishida in Tokyo on Monday.");
    let meetings: Vec<&Event> = r.events.iter().filter(|e| e.kind == EventKind::Consultation).collect();
    assert!(meetings.iter().any(|e| has(e, Role::Initiator, "JP") && has(e, Role::Recipient, "IN")), "{}", dump(&r));
    // The meeting's place is its location, not a party.
    assert!(meetings.iter().all(|e| e.location.as_ref().is_some_and(|l| l.country.as_deref() == Some("JP"))), "{}", dump(&r));
}

#[test]
fn passive_voice_takes_the_agent_as_initiator() {
    check("Ethiopia was visited by the Turkish foreign minister last week.", EventKind::Consultation, "042", "TR", Some("ET"));
    check("Venezuela was criticised by Brazil for the delayed election.", EventKind::Disapproval, "111", "BR", Some("VE"));
}

#[test]
fn nominal_interactions() {
    check("Chinese aid to Cambodia has grown this year.", EventKind::Aid, "070", "CN", Some("KH"));
    check("The talks between Armenia and Azerbaijan resumed in Washington.", EventKind::Consultation, "046", "AM", Some("AZ"));
}

#[test]
fn the_complement_of_an_appeal_is_not_an_event() {
    let r = extract("The United Nations urged the rebels to stop fighting in the north.");
    assert!(r.events.iter().all(|e| e.kind != EventKind::Clash), "{}", dump(&r));
    assert!(r.events.iter().any(|e| e.kind == EventKind::Appeal), "{}", dump(&r));
    let r = extract("Senegal urged Gambia to free the detained opposition leaders.");
    assert!(r.events.iter().all(|e| e.kind != EventKind::Concession), "{}", dump(&r));
    // Nor is what a party is pressured to do.
    for text in ["Washington is pressuring Seoul to help Kyiv.", "The opposition pressured the president to free the jailed journalists.", "The ministers were pressured by the unions to meet the strikers."] {
        let r = extract(text);
        assert!(r.events.iter().any(|e| e.kind == EventKind::Coercion && e.cameo.as_deref() == Some("170")), "{text}: {}", dump(&r));
        assert!(r.events.iter().all(|e| !matches!(e.kind, EventKind::Aid | EventKind::Concession | EventKind::Consultation)), "{text}: {}", dump(&r));
    }
    // A past event told inside the complement is still an event.
    let r = extract("The rebels announced that they will release all the people they have kidnapped.");
    assert!(r.events.iter().any(|e| e.kind == EventKind::Kidnapping), "{}", dump(&r));
    // "agree that" is no promise, and its clause is reported as such.
    let r = extract("Observers agree that the general's dismissal was prompted by the air force bombing of the slums.");
    assert!(r.events.iter().all(|e| e.kind != EventKind::IntentToCooperate), "{}", dump(&r));
    assert!(r.events.iter().any(|e| e.kind == EventKind::Attack), "{}", dump(&r));
}

#[test]
fn vowing_violence_is_a_threat() {
    check("The militia leader vowed to retaliate against Israel.", EventKind::Threat, "138", "", None);
    check("The Somali president vowed to pursue those responsible.", EventKind::Threat, "138", "SO", None);
}

#[test]
fn negated_and_future_interactions_are_marked() {
    let r = extract("The Chinese president did not meet the American envoy.");
    let e = r.events.iter().find(|e| e.kind == EventKind::Consultation).unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(e.modality, Modality::Negated, "{}", dump(&r));
    let r = extract("The French president will visit Algeria in March.");
    let e = r.events.iter().find(|e| e.kind == EventKind::Consultation).unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(e.modality, Modality::Future, "{}", dump(&r));
}

#[test]
fn being_determined_or_ready_to_act_is_not_acting() {
    for (text, kind) in [
        ("Japan said it was determined to mend ties with China.", EventKind::DiplomaticCooperation),
        ("The rebels are ready to hold talks with the government.", EventKind::Consultation),
        ("Ankara is willing to resume talks with Athens, the minister said.", EventKind::Consultation),
        ("Chile remains eager to sign a trade deal with Peru.", EventKind::DiplomaticCooperation),
    ] {
        let r = extract(text);
        let events: Vec<&Event> = r.events.iter().filter(|e| e.kind == kind).collect();
        assert!(!events.is_empty(), "{text}: {}", dump(&r));
        assert!(events.iter().all(|e| e.modality == Modality::Future), "{text}: {}", dump(&r));
    }
}

#[test]
fn a_denial_about_an_attack_stays_a_denial() {
    let r = extract("Gunmen killed four soldiers in Gao on Monday. The separatist group rejected any role in the attack.");
    assert!(r.events.iter().any(|e| e.kind == EventKind::Denial), "{}", dump(&r));
    assert!(r.events.iter().all(|e| e.kind != EventKind::Rejection), "{}", dump(&r));
}

#[test]
fn accusations_take_their_cameo_sub_code_from_the_charge() {
    let r = extract("Ukraine accused Russia of war crimes in the occupied territories.");
    let e = r.events.iter().find(|e| e.kind == EventKind::Accusation).unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(e.cameo.as_deref(), Some("1124"), "{}", dump(&r));
    let r = extract("The opposition accused the finance minister of corruption.");
    let e = r.events.iter().find(|e| e.kind == EventKind::Accusation).unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(e.cameo.as_deref(), Some("1121"), "{}", dump(&r));
}

#[test]
fn a_pronoun_party_is_the_actor_named_before() {
    let r = extract("Kenyan President William Ruto arrived in Addis Ababa on Monday. He met Ethiopian Prime Minister Abiy Ahmed.");
    assert!(
        r.events.iter().any(|e| e.kind == EventKind::Consultation && has(e, Role::Initiator, "KE") && has(e, Role::Recipient, "ET")),
        "{}",
        dump(&r)
    );
}

#[test]
fn ordinary_sentences_are_not_interactions() {
    for text in [
        "The ministry released its annual report on Monday.",
        "Officials visited the site of the collapsed bridge.",
        "The company will host a conference on renewable energy.",
        "Prices rose sharply in the capital last month.",
        "\"We received 31 bodies and more than 40 wounded,\" said the hospital director.",
    ] {
        let r = extract(text);
        assert!(r.events.iter().all(|e| !e.kind.is_interaction()), "{text}\n{}", dump(&r));
    }
}

#[test]
fn violence_with_a_weapon_object_and_a_target() {
    let r = extract("Militants fired rockets at the Israeli town of Sderot.");
    let e = r.events.iter().find(|e| e.kind == EventKind::Attack).unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(e.cameo.as_deref(), Some("194"), "{}", dump(&r));
    assert!(has(e, Role::Victim, "IL") || has(e, Role::Target, "IL"), "{}", dump(&r));
    assert!(e.actors_with(Role::Perpetrator).any(|a| a.text == "Militants"), "{}", dump(&r));
    let r = extract("Kurdish fighters engaged Turkish troops in a firefight near the border.");
    let clashes: Vec<&Event> = r.events.iter().filter(|e| e.kind == EventKind::Clash).collect();
    assert_eq!(clashes.len(), 1, "one clash, not one per word: {}", dump(&r));
    assert!(has(clashes[0], Role::Victim, "TR") || has(clashes[0], Role::Target, "TR"), "{}", dump(&r));
}

#[test]
fn evidence_presented_against_a_party_is_an_accusation() {
    check("The US presented evidence against Russia.", EventKind::Accusation, "112", "US", Some("RU"));
    check("Evidence against Russia was presented by the US.", EventKind::Accusation, "112", "US", Some("RU"));
    check("Ukraine produced proof against Russia at the Security Council.", EventKind::Accusation, "112", "UA", Some("RU"));
}

#[test]
fn people_take_the_country_they_are_from() {
    check("The USA helped the two exiled dissidents from Egypt.", EventKind::Aid, "070", "US", Some("EG"));
    check("Sweden granted asylum to three journalists from Eritrea.", EventKind::Aid, "075", "SE", Some("ER"));
}

#[test]
fn a_day_name_is_no_subject() {
    check("Ukrainian lawmakers Tuesday endorsed an association agreement with the European Union.", EventKind::DiplomaticCooperation, "051", "UA", Some("IGO"));
    check("Russian diplomats Friday met with Chinese officials in Beijing.", EventKind::Consultation, "040", "RU", Some("CN"));
}

/// "The students detained in Tehran were released by Iranian
/// authorities": the parser may take the reduced relative's participle
/// for the main verb; the noun is the released party, the "by" phrase the
/// one who released it.
#[test]
fn a_reduced_relative_before_a_passive_is_not_the_main_verb() {
    check("Two students detained in Tehran were released by Iranian authorities on Sunday.", EventKind::Concession, "0841", "IR", Some("EDU"));
    check("The prisoners detained for protesting against the regime were freed on Monday by the Egyptian president.", EventKind::Concession, "0841", "EG", Some("CVL"));
    check("The journalists detained in Cairo were released by Egypt on Friday.", EventKind::Concession, "0841", "EG", Some("MED"));
    check("Three aid workers abducted in Mali were freed by French troops.", EventKind::Concession, "0841", "FR", Some("NGO"));
    // A passive in a clause of its own ("after the election was
    // cancelled") leaves the main verb and its subject alone.
    let text = "Rioters clashed with soldiers in Lagos on Monday after the election was cancelled.";
    let r = extract(text);
    // Rioters fighting soldiers riot (`crowd_clash_is_riot`).
    let clash = r.events.iter().find(|e| matches!(e.kind, EventKind::Clash | EventKind::Riot)).unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
    assert!(clash.actors_with(Role::Perpetrator).any(|a| a.text == "Rioters"), "{text}: {}", dump(&r));
    assert!(clash.actors_with(Role::Victim).next().is_none(), "{text}: {}", dump(&r));
}

/// "A received B": A hosted a visit (043) and B visited A (042), as CAMEO
/// codes a reception.
#[test]
fn a_reception_is_a_visit_by_the_guest() {
    for (text, host, guest) in [
        ("The Kenyan president received a delegation from Somalia on Monday.", "KE", "SO"),
        ("Putin received the Turkish foreign minister.", "RU", "TR"),
        ("The Jordanian king hosted the Iraqi prime minister on Sunday.", "JO", "IQ"),
    ] {
        check(text, EventKind::Consultation, "043", host, Some(guest));
        check(text, EventKind::Consultation, "042", guest, Some(host));
    }
}

/// Giving or granting permission is yielding (CAMEO 080); refusing it,
/// "said she would not give permission to", is refusing to yield (124).
#[test]
fn permission_is_a_concession_and_withholding_it_a_rejection() {
    check("Jordan granted approval to Saudi Arabia to use its airspace.", EventKind::Concession, "080", "JO", Some("SA"));
    check("Egypt gave permission to Israel to deploy troops in Sinai.", EventKind::Concession, "080", "EG", Some("IL"));
    check("Merkel said she would not give permission to Turkey to build the pipeline.", EventKind::Rejection, "124", "DE", Some("TR"));
    check("The French president said he would not grant consent to Britain to leave.", EventKind::Rejection, "124", "FR", Some("GB"));
    // What the permission is for is part of it, as with an appeal: no
    // attack is reported.
    let text = "The governor said he would not give permission to the militia to attack the village.";
    check(text, EventKind::Rejection, "124", "GOV", Some("UAF"));
    let r = extract(text);
    assert!(!r.events.iter().any(|e| e.kind == EventKind::Attack), "{text}: {}", dump(&r));
}

/// The act a party is punished or held for ("jailed a student for helping
/// militants") is that party's: the court, police or judge did not do it.
#[test]
fn the_act_one_is_punished_for_is_ones_own() {
    for (text, doer, punisher, cameo) in [
        ("Police in Ankara detained a Syrian journalist for aiding the rebels.", "SY", None, "070"),
        ("A Peruvian judge convicted a Bolivian pilot for helping drug traffickers.", "BO", Some("PE"), "070"),
        ("Two Chilean officers were sentenced for supplying weapons to the cartel.", "CL", None, "072"),
    ] {
        check(text, EventKind::Aid, cameo, doer, None);
        let r = extract(text);
        if let Some(p) = punisher {
            assert!(!r.events.iter().any(|e| e.kind == EventKind::Aid && has(e, Role::Initiator, p)), "{text}: {}", dump(&r));
        }
    }
}

/// What is offered or promised is no party: "offered technical support to
/// Haiti" is directed at Haiti, and the support says what kind of aid.
#[test]
fn an_offer_goes_to_its_to_phrase_not_to_what_is_offered() {
    check("Brazil offered technical support to Haiti.", EventKind::IntentToCooperate, "030", "BR", Some("HT"));
    check("Japan is offering further financial support to Ukraine.", EventKind::IntentToCooperate, "0331", "JP", Some("UA"));
    check(
        "The Turkish defence minister held talks in Baku on Monday, offering more military support to Azerbaijan.",
        EventKind::IntentToCooperate,
        "0332",
        "TR",
        Some("AZ"),
    );
    check("Russia promised military assistance to Syria.", EventKind::IntentToCooperate, "0332", "RU", Some("SY"));
}

/// The doers of an attack who "arrived in" a village came to strike it,
/// not to visit; a minister who arrived in a capital visited it.
#[test]
fn attackers_arriving_somewhere_pay_no_visit() {
    let r = extract("The attackers arrived on motorcycles in Kwajafa village and opened fire on residents.");
    assert!(!r.events.iter().any(|e| e.subtype.as_deref() == Some("visit")), "{}", dump(&r));
    let r = extract("The French foreign minister arrived in Kenya on Monday.");
    assert!(r.events.iter().any(|e| e.subtype.as_deref() == Some("visit")), "{}", dump(&r));
}

/// A word of a party's name is no event: the "Alliance" of a party, the
/// "Coalition" of a rebel coalition, written with or without capitals.
#[test]
fn the_name_of_a_party_is_no_agreement() {
    for text in [
        "Salvadoran President Alfredo Cristiani of the right-wing Nationalist Republican Alliance proposed a dialogue to the guerrillas on Monday.",
        "salvadoran president alfredo cristiani of the right-wing nationalist republican alliance proposed a dialogue to the guerrillas on monday.",
        "Fighters of the Coalition of Patriots for Change attacked an army post near Bambari on Tuesday.",
    ] {
        let r = extract(text);
        assert!(
            !r.events.iter().any(|e| e.kind == EventKind::DiplomaticCooperation),
            "{text}\nno agreement expected; got:\n{}",
            dump(&r)
        );
        assert!(!r.events.is_empty(), "{text}\nthe sentence's own event is kept");
    }
    // An alliance that is made stays an event.
    check("Mali and Burkina Faso forged an alliance with Niger on Saturday.", EventKind::DiplomaticCooperation, "057", "ML", Some("NE"));
}

/// "A and B called for an inquiry": parties appealing (or rejecting)
/// together do so side by side, neither to the other; "A and B agreed to
/// cooperate" is still one event per direction.
#[test]
fn parties_appealing_together_appeal_to_neither_of_them() {
    let r = extract("France and Germany called for an independent investigation into the shelling of the hospital.");
    let appeals: Vec<&Event> = r.events.iter().filter(|e| e.kind == EventKind::Appeal).collect();
    assert!(!appeals.is_empty(), "{}", dump(&r));
    for e in &appeals {
        assert_eq!(e.actors_with(Role::Recipient).count(), 0, "{}", dump(&r));
    }
    check("Kenya and Somalia agreed to cooperate on border security.", EventKind::IntentToCooperate, "031", "SO", Some("KE"));
}

/// "Riot police used water cannon to disperse the crowd": an infinitive
/// of purpose hung on the means is done by whoever used them.
#[test]
fn an_infinitive_of_purpose_on_the_means_is_done_by_their_user() {
    // The second: the parser read "used" as a participle of "police" and
    // the means as a "by" agent without "by".
    for text in [
        "Riot police used water cannon to disperse the protesters outside parliament in Belgrade.",
        "Riot police used tear gas and rubber bullets to disperse the protesters outside parliament in Belgrade.",
    ] {
        let r = extract(text);
        let e = r.events.iter().find(|e| e.kind == EventKind::Coercion).unwrap_or_else(|| panic!("{text}: {}", dump(&r)));
        assert!(e.actors_with(Role::Initiator).any(|a| a.text.to_lowercase().contains("police")), "{text}: {}", dump(&r));
        assert!(e.actors_with(Role::Recipient).any(|a| a.text.to_lowercase().contains("protesters")), "{text}: {}", dump(&r));
    }
}

/// "traded blame" and "traded accusations" are mutual accusations, not
/// trade; "traded fire" stays a clash.
#[test]
fn trading_blame_is_a_mutual_accusation() {
    for text in [
        "Rebels and government troops traded blame on Friday for the shelling of a market in Bunia.",
        "India and Pakistan traded accusations over the shooting at the border.",
    ] {
        let r = extract(text);
        assert!(!r.events.iter().any(|e| e.kind == EventKind::MaterialCooperation), "{text}: {}", dump(&r));
        assert!(r.events.iter().any(|e| e.kind == EventKind::Accusation), "{text}: {}", dump(&r));
    }
    let r = extract("Soldiers traded fire with gunmen near the border on Monday.");
    assert!(r.events.iter().any(|e| e.kind == EventKind::Clash), "{}", dump(&r));
}
