//! From mentions to events: the document-level step.
//!
//! 1. Mentions in one sentence that are syntactically linked and of
//!    compatible kinds are one event ("attacked the post, killing two").
//! 2. Later mentions that refer back ("the attack", "the blast", or a mention
//!    with the same place and date) join the earlier event; "another attack"
//!    or a different place or date starts a new one.
//! 3. Casualty counts attach to the event whose trigger governs them, else
//!    the nearest violent event in the sentence, else the latest one before.
//! 4. Each event gets its place (a place in its clause, else in its sentence,
//!    else the latest one of the sentence before; the dateline only when the
//!    text points to it with "here" or "this capital"; failing all of these,
//!    the country the document names most, at country precision), its date
//!    (in its sentences, else the latest recent one before it), its
//!    fatalities (the figures given, else the victims a killing names), its
//!    actors normalised through the actor registry, its modality, and its
//!    cross-walk codes.

use std::collections::HashSet;
use std::ops::Range;

use chrono::NaiveDate;
use sitrep_knowledge::{actors::EntryType, ActorMention, ResolvedPlace};
use sitrep_schema::{
    Actor, ActorKind, AttributedParty, Attribution, Count, CountReport, Event, EventKind, Location, Modality, Role, Span,
    Trigger, Weapon,
};
use sitrep_text::{dates::DateMention, offsets::CharOffsets};

use crate::attribution::StatementMention;
use crate::interactions::InteractionMention;
use crate::casualties::{self, CountMention, Harm};
use crate::lexicon::{Lexicon, NounClass};
use sitrep_analysis::Upos;
use crate::semantics;
use crate::mentions::Mention;
use crate::modality::{hedged, is_generic, is_historical, modality_of};
use crate::syntax::Sentence;

/// Everything the assembly step reads about a document.
pub struct DocumentView<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub mentions: Vec<Mention>,
    pub counts: Vec<(usize, CountMention)>,
    pub statements: Vec<StatementMention>,
    pub interactions: Vec<InteractionMention>,
    pub dates: &'a [DateMention],
    pub places: &'a [ResolvedPlace],
    pub actors: &'a [ActorMention],
    pub dateline: Option<Range<usize>>,
    pub dateline_place: Option<&'a ResolvedPlace>,
    pub published: Option<NaiveDate>,
    pub offsets: &'a CharOffsets,
}

/// An event being assembled: its mentions and counts.
struct Draft {
    mentions: Vec<Mention>,
    modality: Modality,
    counts: Vec<(usize, CountMention)>,
    kind: EventKind,
    subtype: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Violence,
    Clash,
    Kidnapping,
    Arrest,
    Seizure,
    Protest,
    Statement,
}

fn family(kind: EventKind) -> Family {
    match kind {
        EventKind::Attack | EventKind::Killing => Family::Violence,
        EventKind::Clash => Family::Clash,
        EventKind::Kidnapping => Family::Kidnapping,
        EventKind::Arrest => Family::Arrest,
        EventKind::Seizure => Family::Seizure,
        EventKind::Protest | EventKind::Riot => Family::Protest,
        _ => Family::Statement,
    }
}

fn compatible(a: EventKind, b: EventKind) -> bool {
    let (fa, fb) = (family(a), family(b));
    fa == fb || matches!((fa, fb), (Family::Violence, Family::Clash) | (Family::Clash, Family::Violence))
}

/// How specific a (kind, subtype) is; the merged event keeps the most specific.
fn specificity(kind: EventKind, subtype: Option<&str>) -> u8 {
    match (kind, subtype) {
        (EventKind::Attack, Some(_)) => 5,
        (EventKind::Kidnapping, _) | (EventKind::Riot, _) => 4,
        (EventKind::Clash, _) => 3,
        (EventKind::Attack, None) => 2,
        (EventKind::Killing, Some(_)) => 2,
        _ => 1,
    }
}

fn is_violent(kind: EventKind) -> bool {
    matches!(family(kind), Family::Violence | Family::Clash | Family::Kidnapping)
}

pub fn assemble(view: DocumentView) -> Vec<Event> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut mentions = view.mentions.clone();
    mentions.sort_by_key(|m| (m.sentence, m.head));
    for m in mentions {
        let s = &view.sentences[m.sentence];
        let modality = match modality_of(s, m.head) {
            Modality::Asserted if is_generic(s, m.head) => Modality::Generic,
            Modality::Asserted if named_with_a_past_year(&view, s, m.head) || told_of_a_past_act(&view, s, m.head) => Modality::Historical,
            other => other,
        };
        let target = find_draft_for(&view, &drafts, &m, modality);
        match target {
            Some(d) => {
                // What "the attackers" did, told after the act ("the
                // assailants also burned the post", "the assailants set
                // fire to homes before opening fire"), adds to it; it does
                // not make it that kind of act (an attack that killed 20
                // is no arson for the homes it burned).
                let side_act = by_the_attackers(&view, &m);
                let draft = &mut drafts[d];
                if !side_act && specificity(m.kind, m.subtype.as_deref()) > specificity(draft.kind, draft.subtype.as_deref()) {
                    draft.kind = m.kind;
                    draft.subtype = m.subtype.clone();
                }
                draft.mentions.push(m);
            }
            None => drafts.push(Draft { kind: m.kind, subtype: m.subtype.clone(), mentions: vec![m], modality, counts: Vec::new() }),
        }
    }
    let interaction_counts = attach_counts(&view, &mut drafts);
    let antecedents = antecedents(&view);
    let home = document_country(&view);
    let mut events: Vec<Event> = drafts
        .iter()
        .enumerate()
        .map(|(n, d)| build_event(&view, d, format!("{}#e{}", view.id, n + 1), &antecedents, home.as_ref()))
        .collect();
    let material = events.len();
    add_agent_noun_perpetrators(&view, &mut events);
    add_identified_victims(&view, &mut events);
    add_weapons_used(&view, &mut events);
    add_targets_named_as_the_aim(&view, &mut events);
    add_targets_hit_in_effect_clauses(&view, &mut events);
    add_victims_named_by_pronoun(&view, &mut events);
    add_victims_whose_bodies_are_told(&view, &mut events);
    join_split_names(&view, &mut events);
    add_group_of_unnamed_rebels(&view, &mut events);
    for st in &view.statements {
        let about = statement_about(&view, &drafts, &events[..material], st).map(|d| events[d].id.clone());
        let id = format!("{}#e{}", view.id, events.len() + 1);
        events.push(build_statement(&view, st, id, about, &antecedents));
    }
    let mut built_interactions: Vec<(&InteractionMention, String)> = Vec::new();
    for (im, counts) in view.interactions.iter().zip(&interaction_counts) {
        if counts.is_empty() && retells_known_act(&view, &drafts, im) {
            continue;
        }
        let id = format!("{}#e{}", view.id, events.len() + 1);
        if let Some(mut e) = build_interaction(&view, im, id) {
            set_counts(&view, &mut e, counts);
            if im.kind.is_statement() {
                e.about = interaction_about(&view, &drafts, im).map(|d| events[d].id.clone());
            }
            built_interactions.push((im, e.id.clone()));
            events.push(e);
        }
    }
    link_statements_to_interactions(&view, &mut events[material..], &built_interactions);
    for e in 0..material {
        let (head, statements) = events.split_at_mut(material);
        attribute(&mut head[e], statements);
        suicide_attacker_makes_suicide_bombing(&mut head[e]);
        force_of_armed_organisation(&mut head[e]);
    }
    // Acts of force read as interactions ("fired rockets at") are claimed
    // and blamed as the others are.
    let statements: Vec<Event> = events[material..].iter().filter(|e| e.kind.is_statement()).cloned().collect();
    for e in events[material..].iter_mut().filter(|e| is_violent(e.kind) && e.attribution.is_none()) {
        attribute(e, &statements);
    }
    events
}

/// "The M23 rejected the accusation, saying the army had fired the
/// shells": an act of force read as an interaction, told in someone's
/// words with "the" weapon as its object after an act of violence told
/// before, is that act retold (the statement around it says who did it),
/// not a second one.
fn retells_known_act(view: &DocumentView, drafts: &[Draft], im: &InteractionMention) -> bool {
    if !is_violent(im.kind) {
        return false;
    }
    let s = &view.sentences[im.sentence];
    let reported = in_reported_clause(s, im.head);
    let weapon_told = s.child_rel(im.head, "obj").is_some_and(|o| crate::mentions::weapon_told_before(s, o));
    let act_before = drafts.iter().any(|d| is_violent(d.kind) && d.mentions.iter().any(|m| m.sentence < im.sentence));
    reported && weapon_told && act_before
}

/// What the statements about an event say of who did it: the claimant's
/// own people left out, the attribution, and the parties it names as
/// perpetrators.
fn attribute(event: &mut Event, statements: &[Event]) {
    drop_claimants_own_people(event, statements);
    event.attribution = attribution_of(event, statements);
    add_attributed_perpetrators(event, statements);
}

/// "Guerrillas attacked the post" in a report that names one rebel
/// organisation and no other ("... the FMLN ..."): the guerrillas are that
/// organisation's, as a reader takes them, and it is a perpetrator too. Only
/// for a party named by a common word of a rebel or insurgent sector
/// ("guerrillas", "rebels", "terrorists"; not a kind word, "a terrorist
/// attack", which refers to no one) in an event with no registry party
/// among its perpetrators, and only when the report names exactly one rebel
/// organisation: with two ("the FMLN and the ERP") the word says nothing of
/// which.
fn add_group_of_unnamed_rebels(view: &DocumentView, events: &mut [Event]) {
    let rebel = |sector: Option<&str>| matches!(sector, Some("rebel" | "insurgent"));
    let mut groups = view.actors.iter().filter(|a| a.entry_type == EntryType::Named && a.kind == ActorKind::Organization && rebel(a.sector.as_deref()));
    let Some(group) = groups.next() else { return };
    if groups.any(|a| a.id != group.id) {
        return;
    }
    for event in events.iter_mut() {
        let perpetrators: Vec<&Actor> = event.actors_with(Role::Perpetrator).collect();
        let unnamed_rebels = perpetrators.iter().any(|a| !a.generic && a.id.is_none() && a.kind == Some(ActorKind::Person) && rebel(a.sector.as_deref()));
        if unnamed_rebels && perpetrators.iter().all(|a| a.id.is_none()) {
            event.actors.push(registry_actor(view, Role::Perpetrator, group));
        }
    }
}

/// "A suicide car bomber rammed a police convoy, killing 12 officers": the
/// verb of the attack is no trigger ("rammed"), so the event is the
/// participle's killing, whose doer the assembly finds later; a suicide
/// bomber as its perpetrator makes it the suicide bombing it was. Only a
/// killing or an attack of no more specific kind than a bombing or a
/// shooting changes.
fn suicide_attacker_makes_suicide_bombing(event: &mut Event) {
    let open_kind = match event.kind {
        EventKind::Killing => true,
        EventKind::Attack => matches!(event.subtype.as_deref(), None | Some("bombing" | "car_bombing" | "armed_assault")),
        _ => false,
    };
    let suicide_attacker = event.actors_with(Role::Perpetrator).any(|a| {
        let t = a.text.to_lowercase();
        t.contains("suicide bomber") || t.contains("suicide car bomber") || t.contains("suicide attacker")
    });
    if open_kind && suicide_attacker && event.modality == Modality::Asserted {
        event.kind = EventKind::Attack;
        event.subtype = Some("suicide_bombing".into());
        event.suicide = true;
        apply_crosswalk(event);
    }
}

/// Sectors of organised armed forces: state forces and armed groups.
const ARMED_SECTORS: &[&str] = &["military", "rebel", "insurgent", "militia", "separatist"];

/// An attack of no more specific kind by an organised armed force ("Boko
/// Haram launched attacks", "troops attacked the village") is CAMEO 190,
/// "use conventional military force", which the CAMEO codebook gives for
/// force used "typically by organized armed groups"; the taxonomy's
/// generic 180 ("unconventional violence") stays for attackers of no known
/// force (gunmen, a mob). Only the CAMEO code depends on the attacker; the
/// other cross-walks keep the taxonomy's row.
///
/// So is a killing of no more specific kind whose victims are all soldiers
/// and whose killers, if named, are an armed force ("ten soldiers were
/// killed near the front", "rebels killed four soldiers"): soldiers die in
/// acts of war, the codebook's "fight", not in the assaults of 18x
/// ("gunmen killed two soldiers" keeps 1823).
fn force_of_armed_organisation(event: &mut Event) {
    let armed = |a: &Actor| a.sector.as_deref().is_some_and(|s| ARMED_SECTORS.contains(&s));
    let generic = event.kind == EventKind::Attack && event.subtype.is_none() && event.cameo.as_deref() == Some("180");
    if generic && event.actors_with(Role::Perpetrator).any(armed) {
        event.cameo = Some("190".into());
    }
    let generic_killing = event.kind == EventKind::Killing && event.subtype.is_none() && event.cameo.as_deref() == Some("1823");
    let soldiers_only = event.actors_with(Role::Victim).next().is_some() && event.actors_with(Role::Victim).all(|a| a.sector.as_deref() == Some("military"));
    if generic_killing && soldiers_only && event.actors_with(Role::Perpetrator).all(armed) {
        event.cameo = Some("190".into());
    }
}

/// "local television magnate hector delgado parker": in lower-case text
/// the tagger may read a given name as a common noun, and the parser then
/// makes the surname a phrase of its own, so the event has "... magnate
/// hector" and "delgado parker" as two victims. Two victims (or targets)
/// of one event with only a space between them, the first ending in a
/// given name (`data/given_names.txt`), are one person, named by that given
/// name and the second phrase.
fn join_split_names(view: &DocumentView, events: &mut [Event]) {
    for event in events.iter_mut() {
        let mut i = 0;
        while i < event.actors.len() {
            let Some(j) = split_name_partner(view, &event.actors, i) else {
                i += 1;
                continue;
            };
            let second = event.actors.remove(j);
            let i = if j < i { i - 1 } else { i };
            let first = &mut event.actors[i];
            let given = first.text.rsplit(' ').next().unwrap_or_default().to_string();
            let surname = second.name.clone().unwrap_or(second.text.clone());
            first.text = format!("{} {}", first.text, second.text);
            first.span.1 = second.span.1;
            first.name = Some(format!("{given} {surname}"));
            first.kind = Some(ActorKind::Person);
            first.role = Role::Victim;
        }
    }
}

/// The index of the actor that continues actor `i`'s name (see
/// `join_split_names`), if any.
fn split_name_partner(view: &DocumentView, actors: &[Actor], i: usize) -> Option<usize> {
    let first = &actors[i];
    if !matches!(first.role, Role::Victim | Role::Target) {
        return None;
    }
    let last_word = first.text.rsplit(' ').next()?.to_lowercase();
    if !semantics::is_given_name(&last_word) {
        return None;
    }
    actors.iter().position(|b| {
        matches!(b.role, Role::Victim | Role::Target)
            && b.span.0 == first.span.1 + 1
            && view.text.get(view.offsets.byte_of(first.span.1)..view.offsets.byte_of(b.span.0)) == Some(" ")
            && b.text.split(' ').count() <= 3
            && b.text.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    })
}

/// Words for the people an event struck, as the subject of "were
/// identified as" ("the victims were identified as ...").
const VICTIM_WORDS: &[&str] = &["victim", "dead", "deceased", "body", "hostage", "wounded", "injured", "casualty", "slain"];

/// "Five peasants were killed ... The victims were identified as Jose
/// Jimenez, Pedro Cortez and Jose Ordonez": the names after "identified
/// as", whose subject (or object, "police identified the dead as") is a
/// word for victims, are victims of the latest violent event reported up
/// to that sentence. The list is cut at commas and "and" on the words
/// themselves, not on the parse, which names in lower case often break.
fn add_identified_victims(view: &DocumentView, events: &mut [Event]) {
    for s in view.sentences.iter() {
        for v in 0..s.words.len() {
            let names = if s.words[v].lemma == "be" {
                names_after_victims_are(s, v).unwrap_or_default()
            } else if s.words[v].is_verb() && matches!(s.words[v].lemma.as_str(), "identify" | "die" | "kill" | "murder" | "execute" | "wound" | "injure" | "kidnap" | "abduct") {
                identified_names(s, v)
                    .or_else(|| names_after_the_following(s, v))
                    .or_else(|| names_after_a_colon(s, v))
                    .or_else(|| names_in_a_semicolon_list(s, v))
                    .unwrap_or_default()
            } else {
                continue;
            };
            if names.is_empty() {
                continue;
            }
            let sentence_end = view.offsets.span(s.start..s.end).1;
            let Some(event) = latest_asserted_violence_before(events, sentence_end) else { continue };
            add_named_victims(view, s, event, names);
        }
    }
}

/// Verbs that tell what an act was done with, when their object (or
/// passive subject) is a weapon: "the attackers used grenades", "two
/// automatic rifles were used", "the gunmen were armed with AK-47s", "the
/// bomb contained 10 kg of TNT".
const WEAPON_USE_VERBS: &[&str] = &["use", "employ", "wield", "arm", "carry", "contain", "pack"];

/// Gives the weapons of a sentence that only tells what the act just
/// reported was done with ("Gunmen stormed a police post on Monday. The
/// attackers used rocket-propelled grenades.") to that act: the sentence
/// has no act of its own, its verb is one of [`WEAPON_USE_VERBS`], and
/// its subject is absent (a passive), a pronoun, the doers told with
/// "the" ("the attackers", "the gunmen") or a weapon ("the bomb
/// contained ..."). The act is the latest asserted violent one of the
/// two sentences before.
fn add_weapons_used(view: &DocumentView, events: &mut [Event]) {
    let lex = Lexicon::get();
    for s in view.sentences.iter() {
        if s.index == 0 || view.mentions.iter().any(|m| m.sentence == s.index) {
            continue;
        }
        for v in 0..s.words.len() {
            let w = &s.words[v];
            if !w.is_verb() || !WEAPON_USE_VERBS.contains(&w.lemma.as_str()) {
                continue;
            }
            let subject_fits = match s.child_rel(v, "nsubj") {
                None => true,
                Some(subj) => {
                    let sw = &s.words[subj];
                    sw.upos == Upos::Pron && matches!(sw.lower.as_str(), "they" | "he" | "she" | "it")
                        || s.has_definite_determiner(subj) && (lex.names_attackers(&sw.lower) || lex.noun(&sw.lemma).is_some_and(|e| e.class == NounClass::Weapon))
                }
            };
            if !subject_fits {
                continue;
            }
            let used: Vec<(String, Range<usize>)> = crate::mentions::weapons_in_clause(s, v).into_iter().filter(|(_, r)| !s.child_rel(v, "nsubj").is_some_and(|subj| r.contains(&subj))).collect();
            if used.is_empty() {
                continue;
            }
            let earliest = view.sentences.get(s.index.saturating_sub(2)).map_or(0, |p| view.offsets.span(p.start..p.end).0);
            let start = view.offsets.span(s.start..s.end).0;
            let Some(event) = events
                .iter_mut()
                .filter(|e| is_violent(e.kind) && e.modality == Modality::Asserted && e.trigger.span.0 < start && e.trigger.span.0 >= earliest)
                .max_by_key(|e| e.trigger.span.0)
            else {
                continue;
            };
            for (kind, words) in used {
                let r = s.bytes(strip_article(s, words));
                add_weapon_once(event, Weapon { kind, text: view.text[r.clone()].to_string(), span: view.offsets.span(r) });
            }
        }
    }
}

/// Gives the buildings a sentence with no act of its own names as the aim
/// of an act ("A bomb went off in the city on Sunday. The target was the
/// offices of the electricity company.", `targets_named_as_the_aim`) to
/// the latest asserted attack of the two sentences before, else (a lead
/// that names the target first: "The gang's target on Friday was the
/// power plant. Two rockets aimed at its tanks went off ...") to the
/// first of the two sentences after, unless it already has that target.
fn add_targets_named_as_the_aim(view: &DocumentView, events: &mut [Event]) {
    for s in view.sentences.iter() {
        if view.mentions.iter().any(|m| m.sentence == s.index) {
            continue;
        }
        let targets = crate::mentions::targets_named_as_the_aim(s);
        if targets.is_empty() {
            continue;
        }
        let earliest = view.sentences.get(s.index.saturating_sub(2)).map_or(0, |p| view.offsets.span(p.start..p.end).0);
        let Span(start, end) = view.offsets.span(s.start..s.end);
        let latest = view.sentences.get(s.index + 2).or(view.sentences.last()).map_or(end, |n| view.offsets.span(n.start..n.end).1);
        let is_attack = |e: &Event| e.kind == EventKind::Attack && e.modality == Modality::Asserted;
        let told_before = |e: &Event| is_attack(e) && e.trigger.span.0 < start && e.trigger.span.0 >= earliest;
        let told_after = |e: &Event| is_attack(e) && e.trigger.span.0 >= end && e.trigger.span.0 < latest;
        let event = if events.iter().any(told_before) {
            events.iter_mut().filter(|e| told_before(e)).max_by_key(|e| e.trigger.span.0)
        } else {
            events.iter_mut().filter(|e| told_after(e)).min_by_key(|e| e.trigger.span.0)
        };
        let Some(event) = event else {
            continue;
        };
        give_targets(view, s, event, targets);
    }
}

/// Adds the targets read in sentence `s` to `event`, each once.
fn give_targets(view: &DocumentView, s: &Sentence, event: &mut Event, targets: Vec<crate::mentions::Arg>) {
    for a in targets {
        let r = s.bytes(strip_article(s, a.words.clone()));
        let text = view.text[r.clone()].to_string();
        if text.is_empty() || event.actors.iter().any(|x| x.role == Role::Target && x.text.eq_ignore_ascii_case(&text)) {
            continue;
        }
        event.actors.push(make_actor(view, s, Role::Target, a.head, r, text));
    }
}

/// Gives the things a sentence says an act damaged, in a clause apart from
/// the act's own ("Bombs went off in the market. The blast shattered the
/// windows of a clinic and a passing bus sustained damage.",
/// `things_hit_in_effect_clauses`), to that act: the latest asserted
/// attack the sentence itself tells of, else the latest of the two
/// sentences before. A thing some event already has as its target (or
/// victim) is left where it is: the act's own clause placed it.
fn add_targets_hit_in_effect_clauses(view: &DocumentView, events: &mut [Event]) {
    for s in view.sentences.iter() {
        let already_an_actor = |head: usize| {
            let Span(at, _) = view.offsets.span(s.bytes(head..head + 1));
            events.iter().any(|e| e.actors.iter().any(|x| x.span.0 <= at && at < x.span.1))
        };
        let hit: Vec<_> = crate::mentions::things_hit_in_effect_clauses(s).into_iter().filter(|a| !already_an_actor(a.head)).collect();
        if hit.is_empty() {
            continue;
        }
        let earliest = view.sentences.get(s.index.saturating_sub(2)).map_or(0, |p| view.offsets.span(p.start..p.end).0);
        let Span(start, end) = view.offsets.span(s.start..s.end);
        let is_attack = |e: &Event| e.kind == EventKind::Attack && e.modality == Modality::Asserted;
        let told_here = |e: &Event| is_attack(e) && e.evidence.iter().any(|x| x.0 >= start && x.0 < end);
        let told_before = |e: &Event| is_attack(e) && e.trigger.span.0 < start && e.trigger.span.0 >= earliest;
        let event = if events.iter().any(told_here) {
            events.iter_mut().filter(|e| told_here(e)).max_by_key(|e| e.trigger.span.0)
        } else {
            events.iter_mut().filter(|e| told_before(e)).max_by_key(|e| e.trigger.span.0)
        };
        if let Some(event) = event {
            give_targets(view, s, event, hit);
        }
    }
}

/// How a sentence that names the people just reported struck opens:
/// "they are A, B and C" (`Many`), "one of them is A", "the other person
/// is B" (`One`). Returns the form and the index of its verb "be".
/// Only the sentence's first words count: a pronoun elsewhere ("police
/// said they are A") refers to whoever the clause is about.
pub(crate) fn pronoun_copula_opening(words: &[&str]) -> Option<(PronounCopula, usize)> {
    let be = |w: &str| matches!(w, "is" | "was" | "are" | "were");
    let struck = |w: &str| VICTIM_WORDS.contains(&w) || VICTIM_WORDS.contains(&w.strip_suffix('s').unwrap_or(w)) || matches!(w, "injured" | "wounded" | "dead" | "killed");
    match words {
        ["they", b, ..] if matches!(*b, "are" | "were") => Some((PronounCopula::Many, 1)),
        ["one", "of", "them", b, ..] if be(b) => Some((PronounCopula::One, 3)),
        // "one of the victims is", "one of the injured persons is".
        ["one", "of", "the", w, b, ..] if struck(w) && be(b) => Some((PronounCopula::One, 4)),
        ["one", "of", "the", w, p, b, ..] if struck(w) && matches!(*p, "persons" | "people" | "men" | "women") && be(b) => Some((PronounCopula::One, 5)),
        ["the", "other", w, b, ..] if matches!(*w, "person" | "victim" | "one" | "man" | "woman") && be(b) => Some((PronounCopula::One, 3)),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum PronounCopula {
    /// "they are A, B and C": two names or more.
    Many,
    /// "one of them is A", "the other person is B": one name.
    One,
}

/// "Four people were killed in the attack ... They are A, B, C and D",
/// "two women were wounded. One of them is A ... The other person is B":
/// a sentence opening with a pronoun copula (`pronoun_copula_opening`)
/// and followed only by names (`listed_names`, each read as a name by
/// `looks_like_a_name`) names victims of the latest violent event told in
/// the three sentences before, if that event has victims at all. An
/// event further back, or one with no victims ("three guerrillas were
/// captured. They are ..."; "the commander is X" opens no such way),
/// takes nobody.
fn add_victims_named_by_pronoun(view: &DocumentView, events: &mut [Event]) {
    for s in view.sentences.iter() {
        let forms: Vec<&str> = s.words.iter().take(7).map(|w| w.lower.as_str()).collect();
        let Some((form, b)) = pronoun_copula_opening(&forms) else {
            continue;
        };
        let names = listed_names(s, b + 1);
        let enough = match form {
            PronounCopula::Many => names.len() >= 2,
            PronounCopula::One => names.len() == 1,
        };
        if !enough || !names.iter().all(|r| looks_like_a_name(s, r.clone())) {
            continue;
        }
        let sentence_start = view.offsets.span(s.start..s.end).0;
        let window = view.sentences.get(s.index.saturating_sub(3)).map_or(0, |w| view.offsets.span(w.start..w.end).0);
        let Some(event) = events
            .iter_mut()
            .filter(|e| e.trigger.span.0 < sentence_start && e.trigger.span.0 >= window)
            .max_by_key(|e| e.trigger.span.0)
            .filter(|e| is_violent(e.kind) && e.modality == Modality::Asserted && e.actors.iter().any(|a| a.role == Role::Victim))
        else {
            continue;
        };
        add_named_victims(view, s, event, names);
    }
}

/// "Gunmen killed four teachers on Sunday. ... The bodies of A and his
/// colleagues B, C and D were handed to their families", "relatives
/// buried the bodies, including that of teacher E, on Thursday":
/// a sentence with no act of its own that tells of the bodies of named
/// people names dead the report has told of, victims of the latest
/// asserted violent act before
/// ([`names_of_the_bodies`]).
fn add_victims_whose_bodies_are_told(view: &DocumentView, events: &mut [Event]) {
    for s in view.sentences.iter() {
        if view.mentions.iter().any(|m| m.sentence == s.index) {
            continue;
        }
        let names: Vec<Range<usize>> = (0..s.words.len()).flat_map(|b| names_of_the_bodies(s, b)).collect();
        if names.is_empty() {
            continue;
        }
        let sentence_start = view.offsets.span(s.start..s.end).0;
        let Some(event) = latest_asserted_violence_before(events, sentence_start) else { continue };
        add_named_victims(view, s, event, names);
    }
}

/// The asserted violent act whose trigger is the latest before the text
/// offset `before`: the act a sentence naming victims with no act of its
/// own tells of.
fn latest_asserted_violence_before(events: &mut [Event], before: usize) -> Option<&mut Event> {
    events.iter_mut().filter(|e| is_violent(e.kind) && e.modality == Modality::Asserted && e.trigger.span.0 < before).max_by_key(|e| e.trigger.span.0)
}

/// The names of the people whose bodies the noun at `b` stands for: the
/// items of its "of" phrase or of the "including" phrase after it ("the
/// bodies of A, B and C", "the bodies, including that of leader D"), up
/// to the clause's verb, cut at commas and "and" on the words (the parser
/// breaks such lists in text without case), each the run of proper nouns
/// that ends it, after its titles ("his colleagues B" gives B), two words
/// at least.
fn names_of_the_bodies(s: &Sentence, b: usize) -> Vec<Range<usize>> {
    if s.words[b].lemma != "body" || !s.words[b].is_noun() {
        return Vec::new();
    }
    let opens_list = |k: usize| s.words.get(k).is_some_and(|w| matches!(w.lower.as_str(), "of" | "including"));
    let from = if opens_list(b + 1) {
        b + 2
    } else if s.words.get(b + 1).is_some_and(|w| w.lower == ",") && opens_list(b + 2) {
        b + 3
    } else {
        return Vec::new();
    };
    let ends_list = |w: &crate::syntax::Word| matches!(w.upos, Upos::Verb | Upos::Aux) && w.lower != "including" || matches!(w.lower.as_str(), "who" | "which" | ";" | "(");
    let end = (from..s.words.len()).find(|&k| ends_list(&s.words[k])).unwrap_or(s.words.len());
    comma_parts(s, from..end).into_iter().flat_map(|part| parts_cut_at(s, part, "and")).filter_map(|item| name_ending_item(s, item)).collect()
}

/// The run of proper nouns (or given names) that ends a list item, after
/// its last title: "his fellow teachers B C" gives "B C". Two
/// words at least and a name by [`looks_like_a_name`].
fn name_ending_item(s: &Sentence, item: Range<usize>) -> Option<Range<usize>> {
    let mut start = item.end;
    // A word no dictionary knows is a name too ("fede" of "leader fede
    // ruiz", tagged a common noun in text without case).
    let unknown = |w: &crate::syntax::Word| w.is_noun() && semantics::senses(&w.lower).is_none() && semantics::senses(&w.lemma).is_none();
    while start > item.start && (s.words[start - 1].upos == Upos::Propn || semantics::is_given_name(&s.words[start - 1].lower) || unknown(&s.words[start - 1])) {
        start -= 1;
    }
    if let Some(title) = (start..item.end).rev().find(|&k| is_title_word(&s.words[k].lower)) {
        start = title + 1;
    }
    let name = start..item.end;
    (name.len() >= 2 && looks_like_a_name(s, name.clone())).then_some(name)
}

/// Adds each name (word ranges of `s`) as a named person victim of
/// `event`, unless one of its actors already holds that name.
fn add_named_victims(view: &DocumentView, s: &Sentence, event: &mut Event, names: Vec<Range<usize>>) {
    for words in names {
        let r = s.bytes(words.clone());
        let text = view.text[r.clone()].to_string();
        if event.actors.iter().any(|a| a.text.to_lowercase().contains(&text.to_lowercase())) {
            continue;
        }
        let mut actor = make_actor(view, s, Role::Victim, words.end - 1, r, text.clone());
        actor.kind = Some(ActorKind::Person);
        actor.name = Some(text);
        event.actors.push(actor);
    }
}

/// A title before a name, also in the plural or with a rank ("corporals",
/// "second sergeant").
/// A given name is never one ("hans" is a plural of a people in WordNet).
fn is_title_word(word: &str) -> bool {
    let descriptor = semantics::is_descriptor(word) || word.strip_suffix('s').is_some_and(semantics::is_descriptor);
    descriptor && !semantics::is_given_name(word) || matches!(word, "first" | "second" | "third" | "chief" | "lance" | "staff" | "senior" | "junior")
}

/// "the victims were identified as A, B and C", "identified the dead as ...".
fn identified_names(s: &Sentence, v: usize) -> Option<Vec<Range<usize>>> {
    if s.words[v].lemma != "identify" {
        return None;
    }
    let victim_word = |k: usize| VICTIM_WORDS.contains(&s.words[k].lemma.as_str()) || VICTIM_WORDS.contains(&s.words[k].lower.as_str());
    // "the victims, whose bodies showed signs of torture, were identified
    // as": a relative clause may cost the subject its place in the parse;
    // then the first noun of the sentence, if a word for victims, stands.
    let who = s.child_rel(v, "nsubj:pass").or_else(|| s.child_rel(v, "obj")).or_else(|| (0..v).find(|&k| s.words[k].is_noun()).filter(|&k| victim_word(k)))?;
    // "the wounded person was identified as", "the civilian who was
    // killed has been identified as": a person described as struck.
    let struck = |k: usize| {
        s.children(k).iter().any(|&c| {
            matches!(s.words[c].rel(), "amod" | "acl" | "acl:relcl") && (victim_word(c) || matches!(s.words[c].lemma.as_str(), "kill" | "wound" | "injure" | "murder" | "kidnap" | "abduct"))
        })
    };
    if !victim_word(who) && !struck(who) {
        return None;
    }
    let as_word = (v + 1..(v + 6).min(s.words.len())).find(|&k| s.words[k].lower == "as")?;
    Some(listed_names(s, as_word + 1))
}

/// "the following policemen died in combat: Major A, Captain B and
/// Corporal C": a verb of death or harm whose subject (or passive subject)
/// is "the following ..." names them after the colon.
fn names_after_the_following(s: &Sentence, v: usize) -> Option<Vec<Range<usize>>> {
    let who = s.child_rel(v, "nsubj").or_else(|| s.child_rel(v, "nsubj:pass"))?;
    let following = s.children(who).iter().any(|&c| s.words[c].lower == "following");
    if !following || (s.words[v].lemma != "die" && s.child_rel(v, "nsubj:pass").is_none()) {
        return None;
    }
    let colon = (v + 1..s.words.len()).find(|&k| s.words[k].lower == ":")?;
    Some(listed_names(s, colon + 1))
}

/// "military patrols killed three journalists: A, a photographer, B, a
/// correspondent, and C": a verb of death or harm whose object is people
/// counted ("three journalists") and followed by a colon names them after
/// it.
fn names_after_a_colon(s: &Sentence, v: usize) -> Option<Vec<Range<usize>>> {
    let object = s.child_rel(v, "obj").or_else(|| s.child_rel(v, "nsubj:pass"))?;
    let counted = s.child_rel(object, "nummod").is_some();
    let people = semantics::first_sense_is_person(&s.words[object].lemma) || Lexicon::get().noun(&s.words[object].lemma).is_some_and(|e| matches!(e.class, NounClass::Person | NounClass::Force));
    let colon = s.noun_phrase(object).end;
    (counted && people && s.words.get(colon).is_some_and(|w| w.lower == ":")).then(|| listed_names(s, colon + 1))
}

/// "the bomb went off, killing A, 42; B, 19; and C": a verb of death or
/// harm whose object is the first item of a list cut by semicolons names
/// all the items that are names (`semicolon_listed_names`). Other items
/// ("a minor known as D") are skipped; the parse of such lists, with ages
/// after the names, is broken, so the list is read on the words.
fn names_in_a_semicolon_list(s: &Sentence, v: usize) -> Option<Vec<Range<usize>>> {
    let object = s.child_rel(v, "obj")?;
    if s.words[object].upos != Upos::Propn {
        return None;
    }
    let from = s.noun_phrase(object).start;
    (from > v).then(|| semicolon_listed_names(s, from))
}

/// "the injured were: A, 53; B, 24; ...", "among the wounded are A; B",
/// "those who were kidnapped are A, 55, from Spain; B, ...": a form of "be"
/// right after a word for victims (`VICTIM_WORDS`, or a participle of
/// harm or kidnapping, within the four words before it) and followed by
/// a list cut by semicolons names the victims. Without semicolons ("the
/// injured were out of danger", "the victims were unarmed") nothing is
/// read: a comma list after a copula was tried in session 11 and named
/// only junk.
fn names_after_victims_are(s: &Sentence, b: usize) -> Option<Vec<Range<usize>>> {
    if let Some(names) = names_after_inverted_harm(s, b) {
        return Some(names);
    }
    let victims_before = (b.saturating_sub(4)..b).any(|k| {
        let w = &s.words[k];
        VICTIM_WORDS.contains(&w.lemma.as_str()) || VICTIM_WORDS.contains(&w.lower.as_str()) || matches!(w.lower.as_str(), "killed" | "kidnapped" | "abducted" | "murdered")
    });
    if !victims_before {
        return None;
    }
    let from = if s.words.get(b + 1).is_some_and(|w| w.lower == ":") { b + 2 } else { b + 1 };
    let names = semicolon_listed_names(s, from);
    if !names.is_empty() {
        return Some(names);
    }
    Some(copula_listed_names(s, b, from))
}

/// Words that tell people were struck, as the fronted predicate of an
/// inverted copula ("also killed was ...", "among the dead were ...").
const STRUCK_WORDS: &[&str] = &[
    "killed", "dead", "injured", "wounded", "hurt", "kidnapped", "abducted", "murdered", "slain", "victims", "casualties", "hostages",
];

/// Most words of the phrase between the fronted predicate and the copula
/// ("injured by the shock wave were").
const MAX_FRONTED_PHRASE_WORDS: usize = 8;

/// "Also injured was a street vendor identified as X", "injured by the
/// blast were: A; B, a teacher; and C", "among those killed were police
/// officers A and B", "among the priests murdered was Father X, rector of
/// ...": a copula whose predicate, a word for being struck, is fronted to
/// open the sentence, and whose subject, the people struck, follows it.
/// The subject is read from the words (the parser takes such sentences
/// apart in many ways). The copula at `b` must follow, from the
/// sentence's start, an optional "also", an optional "among" with up to
/// three words, a word of `STRUCK_WORDS` and a short phrase without verbs
/// or commas. A singular copula names one person, up to the first comma;
/// a plural one a list (cut at semicolons or at commas and "and"). A
/// description named by a participle ("a vendor identified as X") gives
/// the name. None when the sentence does not open so; the names that read
/// as names otherwise (`looks_like_a_name`), which may be none.
fn names_after_inverted_harm(s: &Sentence, b: usize) -> Option<Vec<Range<usize>>> {
    let lower = |k: usize| s.words.get(k).map_or("", |w| w.lower.as_str());
    let singular = match lower(b) {
        "is" | "was" => true,
        "are" | "were" => false,
        _ => return None,
    };
    let mut k = 0;
    if lower(k) == "also" {
        k += 1;
    }
    let among = lower(k) == "among";
    let struck = if among {
        (k + 1..(k + 5).min(b)).find(|&j| STRUCK_WORDS.contains(&lower(j)))?
    } else {
        Some(k).filter(|&j| STRUCK_WORDS.contains(&lower(j)))?
    };
    let phrase = struck + 1..b;
    if phrase.len() > MAX_FRONTED_PHRASE_WORDS || s.words[phrase].iter().any(|w| w.lower == "," || matches!(w.upos, Upos::Verb | Upos::Aux)) {
        return None;
    }
    let mut from = b + 1;
    if lower(from) == ":" {
        from += 1;
    }
    // "a street vendor identified as X", "a boy named X".
    if matches!(lower(from), "a" | "an") {
        if let Some(naming) = (from + 1..(from + 6).min(s.words.len())).find(|&j| matches!(lower(j), "identified" | "named" | "called")) {
            from = if lower(naming + 1) == "as" { naming + 2 } else { naming + 1 };
        }
    }
    let names = if singular {
        let end = (from..s.words.len()).find(|&j| matches!(lower(j), "," | "." | ";" | "(" | "who")).unwrap_or(s.words.len());
        listed_name_item(s, from..end).into_iter().collect()
    } else {
        let listed = semicolon_listed_names(s, from);
        if listed.is_empty() { listed_names(s, from) } else { listed }
    };
    Some(names.into_iter().filter(|r| looks_like_a_name(s, r.clone())).collect())
}

/// "the injured were A, B and C", "the wounded reporters are cameraman A
/// and sound man B, of ...": a comma list right after the copula whose
/// subject is itself the word for victims (not "the officers in charge
/// were ..."). Only a list of which every item reads as a name
/// (`looks_like_a_name`) counts: "the injured were taken to ...", "the
/// victims were unarmed peasants" name no one.
fn copula_listed_names(s: &Sentence, b: usize, from: usize) -> Vec<Range<usize>> {
    // Without a subject in the parse ("the injured were 22-year-old A"
    // may make "injured" a modifier of the name), the word before it.
    let subject_is_victims = s.child_rel(b, "nsubj").or_else(|| b.checked_sub(1)).is_some_and(|k| {
        let victim = |j: usize| VICTIM_WORDS.contains(&s.words[j].lemma.as_str()) || VICTIM_WORDS.contains(&s.words[j].lower.as_str());
        victim(k) || s.children(k).iter().any(|&c| s.words[c].rel() == "amod" && victim(c)) || (k > 0 && victim(k - 1))
    });
    if !subject_is_victims {
        return Vec::new();
    }
    let names = listed_names(s, from);
    if names.iter().all(|r| looks_like_a_name(s, r.clone())) {
        names
    } else {
        Vec::new()
    }
}

/// Does this word range read as a person's name rather than a description?
/// At least two words (a lone "unarmed" or "civilians" is no name), none
/// a verb or function word ("taken to the hospital"; adjectives pass: in
/// lower case the tagger reads given names as adjectives), and the last,
/// the surname, a proper noun or a word WordNet does not know ("unarmed
/// peasants" ends in a common noun).
fn looks_like_a_name(s: &Sentence, r: Range<usize>) -> bool {
    let words = &s.words[r];
    let surname = words.last().is_some_and(|w| w.upos == Upos::Propn || semantics::senses(&w.lower).is_none() && semantics::senses(&w.lemma).is_none());
    let plain = words.iter().all(|w| !matches!(w.upos, Upos::Verb | Upos::Aux | Upos::Adp | Upos::Det | Upos::Pron | Upos::Num));
    words.len() >= 2 && surname && plain
}

/// The names of a list cut by semicolons from word `from` to the end of
/// the sentence: each item is read up to its first comma ("A, 42", "B, a
/// baker who ..."), without a leading "and" or titles; an item that is no
/// name is skipped. At least two semicolons and two names, or it is no
/// such list.
fn semicolon_listed_names(s: &Sentence, from: usize) -> Vec<Range<usize>> {
    let end = s.words.iter().rposition(|w| w.lower != ".").map_or(0, |k| k + 1);
    if from >= end {
        return Vec::new();
    }
    let semicolons: Vec<usize> = (from..end).filter(|&k| s.words[k].lower == ";").collect();
    if semicolons.len() < 2 {
        return Vec::new();
    }
    let mut names = Vec::new();
    let mut start = from;
    for stop in semicolons.into_iter().chain([end]) {
        // "...; G, 38; H; I, J, and K": the last item may itself be a comma
        // list of bare names, none with an age or a description.
        let parts = if stop == end { comma_parts(s, start..stop) } else { Vec::new() };
        let bare_names: Vec<Range<usize>> = parts.iter().filter_map(|p| listed_name_item(s, p.clone())).filter(|n| n.len() >= 2).collect();
        if parts.len() >= 2 && bare_names.len() == parts.len() {
            names.extend(bare_names);
            break;
        }
        let last = (start..stop).find(|&k| s.words[k].lower == ",").unwrap_or(stop);
        if let Some(item) = listed_name_item(s, start..last) {
            names.push(item);
        }
        start = stop + 1;
    }
    if names.len() < 2 {
        return Vec::new();
    }
    names
}

/// An item of a list cut by semicolons read as a name: without a leading
/// "and" or titles, one to five words of letters, none a function word.
fn listed_name_item(s: &Sentence, item: Range<usize>) -> Option<Range<usize>> {
    let mut first = item.start;
    if s.words.get(first).is_some_and(|w| w.lower == "and") {
        first += 1;
    }
    while first < item.end && is_title_word(&s.words[first].lower) {
        first += 1;
    }
    let item = first..item.end;
    let letters = s.words[item.clone()].iter().all(|w| w.lower.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.'));
    let proper = s.words[item.clone()].iter().all(|w| w.upos == Upos::Propn || !matches!(w.upos, Upos::Det | Upos::Pron | Upos::Verb | Upos::Aux | Upos::Adp));
    (!item.is_empty() && item.len() <= 5 && letters && proper).then_some(item)
}

/// The parts of a word range cut at its commas.
fn comma_parts(s: &Sentence, r: Range<usize>) -> Vec<Range<usize>> {
    parts_cut_at(s, r, ",")
}

/// The parts of a word range cut at each word `separator` (",", "and").
fn parts_cut_at(s: &Sentence, r: Range<usize>, separator: &str) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = r.start;
    for k in r.clone() {
        if s.words[k].lower == separator {
            parts.push(start..k);
            start = k + 1;
        }
    }
    parts.push(start..r.end);
    parts.retain(|p| !p.is_empty());
    parts
}

/// The word ranges of a list of names starting at word `from`: items cut
/// at commas and "and", up to the end of the sentence or a semicolon,
/// bracket or relative word. Each item is one to five words of letters;
/// a list with any other item is not a list of names.
fn listed_names(s: &Sentence, from: usize) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let mut start = from;
    let mut k = from;
    loop {
        let end_of_list = k >= s.words.len() || matches!(s.words[k].lower.as_str(), "." | ";" | "(" | "[" | ":" | "who" | "which" | "while" | "according");
        let separator = !end_of_list && matches!(s.words[k].lower.as_str(), "," | "and");
        if end_of_list || separator {
            if k > start {
                items.push(start..k);
            }
            if end_of_list {
                break;
            }
            start = k + 1;
        }
        k += 1;
    }
    let is_name = |r: &Range<usize>| {
        r.len() <= 5
            && s.words[r.clone()].iter().all(|w| w.lower.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.'))
            && !s.words[r.clone()].iter().any(|w| matches!(w.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "both" | "all" | "others"))
    };
    // "David Lecky, director of the school, and James Donnelly": a
    // description after a name is that name's apposition, and is left out.
    let mut names = Vec::new();
    for item in items {
        let follows_name = names.last().is_some_and(|last: &Range<usize>| last.end + 1 == item.start);
        // "A, a news photographer, B": a description opened by an article
        // right after a name is that name's apposition too.
        let described = follows_name && matches!(s.words[item.start].lower.as_str(), "a" | "an" | "the") && item.len() > 1;
        // "A and B, both students at ...": a description of them all ends
        // the list.
        if !names.is_empty() && matches!(s.words[item.start].lower.as_str(), "both" | "all" | "each") {
            break;
        }
        // "A and B, of the local television station": a phrase that
        // places them ends the list too.
        if follows_name && matches!(s.words[item.start].lower.as_str(), "of" | "from") {
            break;
        }
        // "A, 38, and B, 42": a lone number right after a name is its age.
        let age = s.words[item.clone()].len() == 1 && s.words[item.start].lower.parse::<u8>().is_ok_and(|n| n <= 110);
        if follows_name && age {
            continue;
        }
        // "A, B and two other people who ...", "A, B and others": people
        // counted or left unnamed after the names end the list.
        if !names.is_empty() && (s.words[item.start].upos == Upos::Num || matches!(s.words[item.start].lower.as_str(), "other" | "others" | "several")) {
            break;
        }
        // "19-year-old A, 30-year-old B": the age before a name is left out.
        let item = if s.words[item.start].lower.ends_with("-old") && item.len() > 1 { item.start + 1..item.end } else { item };
        if is_name(&item) {
            names.push(item);
        } else if !(follows_name && is_title_word(&s.words[item.start].lower)) && !described {
            return Vec::new();
        }
    }
    let items = names;
    // "Captain Jose Urbulu", "corporals Favian Roldan": the name without
    // its title.
    items
        .into_iter()
        .map(|r| (r.start..r.end).find(|&k| !is_title_word(&s.words[k].lower)).map_or(r.end..r.end, |k| k..r.end))
        .filter(|r| !r.is_empty())
        .collect()
}

/// "The kidnappers demanded a ransom", "the assassins of the mayor", "the
/// attackers fled": a word that names the doer of an event (nouns.tsv,
/// agent class with an event kind) is a perpetrator of that event wherever
/// in the document it stands, unless it already takes part in one. The
/// event is the one whose victim or target its "of" phrase names, else the
/// nearest such event before it, else the first after it; an event whose
/// perpetrator is named already gets nobody (the word is most likely that
/// perpetrator again).
fn add_agent_noun_perpetrators(view: &DocumentView, events: &mut [Event]) {
    let lex = Lexicon::get();
    let overlaps = |a: &Span, b: &Span| a.0 < b.1 && b.0 < a.1;
    for s in view.sentences {
        for (i, w) in s.words.iter().enumerate() {
            if !w.is_noun() || matches!(w.rel(), "compound" | "amod") {
                continue;
            }
            let Some(entry) = lex.noun(&w.lemma).filter(|e| e.class == NounClass::Agent) else { continue };
            let Some(kind) = entry.detail.as_deref().and_then(EventKind::parse) else { continue };
            if describes_rather_than_refers(s, i) {
                continue;
            }
            let words = strip_article(s, s.noun_phrase(i));
            let r = s.bytes(words.clone());
            let span = view.offsets.span(r.clone());
            if events.iter().any(|e| e.actors.iter().any(|a| overlaps(&a.span, &span))) {
                continue;
            }
            let fits = |e: &Event| compatible(e.kind, kind);
            // "the assassins of Archbishop Romero": the victim says which.
            // Read off the words, since the parser often hangs that phrase
            // elsewhere.
            let of_whom = (s.words.get(words.end).is_some_and(|w| w.lower == "of"))
                .then(|| {
                    s.words[words.end + 1..]
                        .iter()
                        .take_while(|w| w.is_noun() || matches!(w.upos, sitrep_analysis::Upos::Det | sitrep_analysis::Upos::Adj | sitrep_analysis::Upos::Num))
                        .filter(|w| w.is_noun())
                        .last()
                        .map(|w| w.lower.clone())
                })
                .flatten();
            let about_whom = of_whom.and_then(|who| {
                events.iter().position(|e| {
                    fits(e) && e.actors.iter().any(|a| matches!(a.role, Role::Victim | Role::Target) && contains_words(&a.text.to_lowercase(), &who))
                })
            });
            let start = view.offsets.span(w.start..w.end).0;
            let before = || events.iter().rposition(|e| fits(e) && e.trigger.span.0 < start);
            let after = || events.iter().position(fits);
            let Some(e) = about_whom.or_else(before).or_else(after) else { continue };
            // Named already ("Gunmen killed ... the attackers fled"): the
            // word is most likely the same doer again.
            if events[e].actors.iter().any(|a| a.role == Role::Perpetrator) {
                continue;
            }
            let text = view.text[r.clone()].to_string();
            let actor = make_actor(view, s, Role::Perpetrator, i, r, text);
            events[e].actors.push(actor);
        }
    }
}

/// Words for a collection of people whose "of" phrase says what kind of
/// people they are ("bands of hired assassins", "groups of murderers").
const COLLECTIVE_WORDS: &[&str] = &["band", "group", "gang", "ring", "network", "kind", "sort", "type"];

/// Is the agent noun at `i` said of someone rather than naming a doer:
/// a predicate ("they are fascists and assassins", "described the
/// president as a murderer", "they were assassins of the worst kind"), or
/// the kind of people a collection is made of ("more than 25 bands of
/// assassins have been dismantled", "decrees against groups of hired
/// killers")? Neither is the doer of an event the report tells of.
fn describes_rather_than_refers(s: &Sentence, i: usize) -> bool {
    let predicate = |k: usize| s.children(k).iter().any(|&c| s.words[c].rel() == "cop" || (s.words[c].rel() == "case" && s.words[c].lower == "as"));
    let head = if s.words[i].rel() == "conj" { s.words[i].head.unwrap_or(i) } else { i };
    let of_collection = s.case_of(i) == Some("of") && s.words[i].head.is_some_and(|h| COLLECTIVE_WORDS.contains(&s.words[h].lemma.as_str()));
    predicate(i) || predicate(head) || of_collection
}

/// "Al-Shabaab said its fighters carried out the attack": "its fighters"
/// are the claimant's own people, whom the claim already names; as a
/// perpetrator of their own the phrase says nothing of who. Only when a
/// claim (not negated) is about the event: without one, "its fighters"
/// stays the only trace of a doer.
fn drop_claimants_own_people(event: &mut Event, statements: &[Event]) {
    let claimed = statements
        .iter()
        .any(|s| s.kind == EventKind::Claim && s.about.as_deref() == Some(event.id.as_str()) && s.modality != Modality::Negated && s.actors.iter().any(|a| a.role == Role::Claimant));
    if !claimed {
        return;
    }
    let own_people = |a: &Actor| {
        let lower = a.text.to_lowercase();
        a.role == Role::Perpetrator && a.id.is_none() && ["its ", "their ", "our "].iter().any(|p| lower.starts_with(p))
    };
    event.actors.retain(|a| !own_people(a));
}

/// Parties that claimed an event, or were accused of it, are its
/// perpetrators as far as the document goes; `attribution` says how sure
/// that is (claimed, accused, disputed). Denials and negated statements add
/// nobody.
fn add_attributed_perpetrators(event: &mut Event, statements: &[Event]) {
    for st in statements.iter().filter(|s| s.about.as_deref() == Some(event.id.as_str()) && s.modality != Modality::Negated) {
        let role = match st.kind {
            EventKind::Claim => Role::Claimant,
            EventKind::Accusation => Role::Accused,
            _ => continue,
        };
        for a in st.actors.iter().filter(|a| a.role == role) {
            let known = event.actors.iter().any(|b| b.role == Role::Perpetrator && (b.text.eq_ignore_ascii_case(&a.text) || (b.id.is_some() && b.id == a.id)));
            if !known {
                let mut p = a.clone();
                p.role = Role::Perpetrator;
                event.actors.push(p);
            }
        }
    }
}

/// The draft a statement is about: the event whose mention is the
/// statement's object ("claimed the bombing"), else (unless the statement
/// holds only with its own event, `about_is_strict`) the latest violent
/// event reported before it, or failing that one later in its sentence.
fn statement_about(view: &DocumentView, drafts: &[Draft], events: &[Event], st: &StatementMention) -> Option<usize> {
    if let Some(w) = st.about_word {
        let s = &view.sentences[st.sentence];
        if let Some(d) = drafts.iter().position(|d| {
            d.mentions.iter().any(|m| m.sentence == st.sentence && (m.head == w || m.trigger_words.contains(&w) || (s.is_under(m.head, w) && !s.is_under_through_relative(m.head, w))))
        }) {
            return Some(d);
        }
    }
    if st.about_is_strict {
        return None;
    }
    // "Hezbollah said it fired a barrage of rockets at the base": its own
    // new deed, read as an interaction, is what it is about
    // (`link_statements_to_interactions`), not the strike told before. A
    // definite object ("said it had fired the rockets at the compound")
    // refers back to that strike.
    let s = &view.sentences[st.sentence];
    let definite = |k: usize| s.children_rel(k, "det").any(|d| matches!(s.words[d].lower.as_str(), "the" | "this" | "these" | "those"));
    let own_deed = st.about_word.is_some_and(|w| {
        view.interactions.iter().any(|im| {
            im.sentence == st.sentence
                && is_violent(im.kind)
                && (im.head == w || im.trigger_words.contains(&w))
                && !s.children_rel(im.head, "obj").any(definite)
        })
    });
    if own_deed {
        return None;
    }
    // Reported before it: in an earlier sentence, or earlier in its own
    // ("The military denied using live ammunition and said 45 officers
    // were injured": the denial is not about the injuring after it).
    let before = |m: &Mention| (m.sentence, m.head) < (st.sentence, st.head);
    let latest_before = |d: &Draft| d.mentions.iter().filter(|m| before(m)).map(|m| (m.sentence, m.head)).max();
    let real_violence = |d: &Draft| is_violent(d.kind) && !matches!(d.modality, Modality::Future | Modality::Generic);
    let current = &news_of_the_day(drafts, events);
    // "Security forces killed the five attackers. Al Shabaab claimed
    // responsibility": the killing of an act's doers answers the act; a
    // statement that names no event is about the act.
    let answers_the_act = |d: &Draft| killed_the_doers(view, d) && drafts.iter().any(|o| real_violence(o) && !killed_the_doers(view, o));
    let candidates = |current_only: bool| {
        drafts.iter().enumerate().filter(move |&(i, d)| real_violence(d) && !answers_the_act(d) && (!current_only || current[i]))
    };
    let pick = |current_only: bool| {
        let told_before = candidates(current_only).filter_map(|(i, d)| latest_before(d).map(|at| (i, at))).max_by_key(|&(_, at)| at).map(|(i, _)| i);
        told_before.or_else(|| {
            // Failing that, one told later in the statement's own sentence.
            candidates(current_only).find(|(_, d)| d.mentions.iter().any(|m| m.sentence == st.sentence)).map(|(i, _)| i)
        })
    };
    pick(true).or_else(|| pick(false))
}

/// Are all the people a draft harmed words for the doers of an act ("the
/// attackers", "the gunmen", "the kidnappers"), whom the lexicon names by
/// the act they commit?
fn killed_the_doers(view: &DocumentView, d: &Draft) -> bool {
    let lex = Lexicon::get();
    let mut victims = d.mentions.iter().flat_map(|m| m.args.iter().filter(|a| a.role == Role::Victim).map(move |a| &view.sentences[m.sentence].words[a.head])).peekable();
    victims.peek().is_some() && victims.all(|w| lex.entry_or_its_singular(&w.lemma, |e| e.class == NounClass::Agent && e.detail.as_deref().is_some_and(|d| d != "-")))
}

/// Which drafts are the news of the day rather than background: not
/// historical, and dated no more than a week before the newest dated one.
/// A statement that names no event ("the UN condemned the attack") is about
/// the news, not about "an earlier blast at the same mosque in 2022" or "an
/// ambush last month" told just before it.
fn news_of_the_day(drafts: &[Draft], events: &[Event]) -> Vec<bool> {
    let start = |e: &Event| e.date.as_ref().and_then(|d| chrono::NaiveDate::parse_from_str(&d.start, "%Y-%m-%d").ok());
    let end = |e: &Event| e.date.as_ref().and_then(|d| chrono::NaiveDate::parse_from_str(&d.end, "%Y-%m-%d").ok());
    let newest = drafts
        .iter()
        .zip(events)
        .filter(|(d, e)| is_violent(d.kind) && e.modality != Modality::Historical)
        .filter_map(|(_, e)| start(e))
        .max();
    events
        .iter()
        .take(drafts.len())
        .map(|e| {
            e.modality != Modality::Historical
                && match (newest, end(e)) {
                    (Some(newest), Some(end)) => (newest - end).num_days() <= BACKGROUND_AFTER_DAYS,
                    _ => true,
                }
        })
        .collect()
}

/// A statement whose event word is an interaction ("Hezbollah fired
/// rockets at the post, the group said": "fired ... at" is read as a CAMEO
/// use of force, not as a trigger) is about that interaction's event, when
/// `statement_about` found it no violent event of its own.
fn link_statements_to_interactions(view: &DocumentView, statements: &mut [Event], interactions: &[(&InteractionMention, String)]) {
    for (st, event) in view.statements.iter().zip(statements.iter_mut()) {
        // Only where no event was found: an interaction may repeat an
        // event told before ("Rockets hit the compound. X said it had
        // fired the rockets at it"), which the statement is about.
        let Some(w) = st.about_word.filter(|_| event.about.is_none()) else { continue };
        let own = interactions.iter().find(|(im, _)| im.sentence == st.sentence && (im.head == w || im.trigger_words.contains(&w)));
        if let Some((_, id)) = own {
            event.about = Some(id.clone());
        }
    }
}

/// The draft a statement-like interaction is about: the event noun of a
/// "for", "over" or "about" phrase on its trigger ("expressed sorrow for the
/// shootings", "voiced concern over the bombing").
fn interaction_about(view: &DocumentView, drafts: &[Draft], im: &InteractionMention) -> Option<usize> {
    let s = &view.sentences[im.sentence];
    // Unlike `attribution::obl_about`, the phrase need not be an event word
    // itself: "called for an investigation of the killing" is about the
    // killing under it.
    // A threat's reprisal carries the phrase: "said it would retaliate for
    // the killing", "would respond to the attack".
    let reprisal = im.complement.filter(|_| im.kind == EventKind::Threat);
    let on_trigger = |k: usize| s.words[k].head.is_some_and(|h| h == im.head || im.trigger_words.contains(&h));
    let on_reprisal = |k: usize| reprisal.is_some() && s.words[k].head == reprisal;
    let topic = (0..s.words.len()).find(|&k| {
        (on_trigger(k) || on_reprisal(k)) && matches!(s.case_of(k), Some("for" | "over" | "about")) || on_reprisal(k) && s.case_of(k) == Some("to")
    })?;
    drafts.iter().position(|d| d.mentions.iter().any(|m| m.sentence == im.sentence && (m.head == topic || s.is_under(m.head, topic))))
}

fn build_statement(view: &DocumentView, st: &StatementMention, id: String, about: Option<String>, antecedents: &[Antecedent]) -> Event {
    let lex = Lexicon::get();
    let s = &view.sentences[st.sentence];
    let r = s.bytes(st.trigger_words.clone());
    let mut event = Event::new(id, st.kind, Trigger { text: view.text[r.clone()].to_string(), span: view.offsets.span(r) });
    event.subtype = st.subtype.clone().filter(|sub| lex.has_subtype(st.kind, sub));
    apply_crosswalk(&mut event);
    event.modality = if st.negated {
        Modality::Negated
    } else if st.hedged {
        Modality::Hypothetical
    } else {
        modality_of(s, st.head)
    };
    event.about = about;
    event.channel = if st.kind == EventKind::Claim { st.channel.clone() } else { None };
    let mut seen: HashSet<(Role, String)> = HashSet::new();
    // "The military ... accused the group of using civilians as shields":
    // whom a speaker accuses is never the speaker itself.
    let speakers: Vec<String> = st
        .actors
        .iter()
        .filter(|(role, head, _)| matches!(role, Role::Accuser | Role::Speaker) && !is_pronoun(s, *head))
        .map(|(_, _, words)| s.bytes(strip_article(s, words.clone())))
        .map(|r| view.text[r].to_lowercase())
        .collect();
    for (role, head, words) in &st.actors {
        let is_speaker = |a: &Antecedent| {
            let text = view.text[view.sentences[a.sentence].bytes(strip_article(&view.sentences[a.sentence], a.words.clone()))].to_lowercase();
            *role == Role::Accused && speakers.contains(&text)
        };
        // "it has threatened", "the group said": the group named before.
        let (ss, head, words) = if is_pronoun(s, *head) {
            match resolve_pronoun(antecedents, Role::Perpetrator, s.words[*head].start, st.sentence, &s.words[*head].lemma, is_speaker) {
                Some(a) => (&view.sentences[a.sentence], a.head, a.words.clone()),
                None if is_true_pronoun(s, *head) => continue,
                None => match named_group_before(view, s, *head, &speakers) {
                    // "struck a Hamas command center and accused the
                    // group of ...": the organisation named just before,
                    // even as a modifier.
                    Some(group) => {
                        if seen.insert((*role, view.text[group.range.clone()].to_lowercase())) {
                            event.actors.push(registry_actor(view, *role, group));
                        }
                        continue;
                    }
                    None => (s, *head, words.clone()),
                },
            }
        } else {
            (s, *head, words.clone())
        };
        let (head, words, collection) = own_name(ss, head, without_dangling_gerund(ss, strip_article(ss, words)));
        let words = from_name_start(view, ss, words);
        let r = ss.bytes(words);
        let text = view.text[r.clone()].to_string();
        if let Some(name) = name_cut_short(view, &r) {
            if seen.insert((*role, name.text.to_lowercase())) {
                event.actors.push(registry_actor(view, *role, name));
            }
        } else if !text.is_empty() && seen.insert((*role, text.to_lowercase())) {
            let actor = as_collection(make_actor(view, ss, *role, head, r.clone(), text), collection);
            event.actors.extend(co_nationals(view, ss, head, &r, &actor));
            event.actors.push(actor);
        }
    }
    if let Some(date) = date_near(view, st.sentence, st.head) {
        if let Some(v) = date.value {
            event.date = Some(crate::date_value(&v, view.text, date.range.clone(), view.offsets));
        }
    }
    event.evidence = vec![view.offsets.span(s.start..s.end)];
    event
}

/// For "the group" that no argument before explains: the latest
/// organisation of the registry named in its sentence or the one before,
/// other than the statement's `speakers` (lower-case texts).
fn named_group_before<'v>(view: &'v DocumentView, s: &Sentence, head: usize, speakers: &[String]) -> Option<&'v ActorMention> {
    let at = s.words[head].start;
    let window = view.sentences[s.index.saturating_sub(1)].start;
    view.actors
        .iter()
        .filter(|a| a.range.end <= at && a.range.start >= window)
        .filter(|a| a.kind == ActorKind::Organization && a.entry_type == EntryType::Named)
        .filter(|a| !speakers.contains(&view.text[a.range.clone()].to_lowercase()))
        .max_by_key(|a| a.range.start)
}

/// The casualty figures of an event that has no draft (an act of force
/// read as an interaction), and their sources.
fn set_counts(view: &DocumentView, event: &mut Event, counts: &[(usize, CountMention)]) {
    if counts.is_empty() {
        return;
    }
    let of = |harm: Harm| counts.iter().filter(|(_, c)| c.harm == harm).collect::<Vec<_>>();
    event.fatalities = make_count(view, &of(Harm::Killed));
    event.injuries = make_count(view, &of(Harm::Injured));
    let mut seen: HashSet<(Role, String)> = event.actors.iter().map(|a| (a.role, a.text.to_lowercase())).collect();
    add_count_sources(view, event, counts, &mut seen);
}

/// Each figure's source ("police said") as a `source` actor of the event.
fn add_count_sources(view: &DocumentView, event: &mut Event, counts: &[(usize, CountMention)], seen: &mut HashSet<(Role, String)>) {
    for (_, c) in counts {
        if let Some(src) = &c.source {
            add_source_actor(view, event, src.clone(), seen);
        }
    }
}

/// The party that gave a figure, at bytes `src`, as a source actor of the
/// event, once.
fn add_source_actor(view: &DocumentView, event: &mut Event, src: Range<usize>, seen: &mut HashSet<(Role, String)>) {
    let text = &view.text[src.clone()];
    if !seen.insert((Role::Source, text.to_lowercase())) {
        return;
    }
    event.actors.push(Actor { role: Role::Source, text: text.to_string(), name: None, id: None, kind: None, country: None, sector: None, cameo: None, generic: false, span: view.offsets.span(src) });
}

/// A CAMEO interaction as an event: its initiator and recipient (speaker
/// and target for the statement kinds), date, place and evidence. An
/// interaction with nobody we can name is dropped.
fn build_interaction(view: &DocumentView, im: &InteractionMention, id: String) -> Option<Event> {
    let s = &view.sentences[im.sentence];
    let r = s.bytes(im.trigger_words.clone());
    let mut event = Event::new(id, im.kind, Trigger { text: view.text[r.clone()].to_string(), span: view.offsets.span(r) });
    event.subtype = im.subtype.clone();
    apply_crosswalk(&mut event);
    event.modality = modality_of(s, im.head);
    // Interactions have an initiator and a recipient; the earlier kinds keep
    // their roles (a demand's speaker and target, an arrest's perpetrator
    // and victim).
    let (from, to) = if im.kind.is_interaction() {
        (Role::Initiator, Role::Recipient)
    } else if im.kind.is_statement() {
        (Role::Speaker, Role::Target)
    } else {
        (Role::Perpetrator, Role::Victim)
    };
    let mut seen: HashSet<(Role, String)> = HashSet::new();
    let mut struck_place = None;
    for (role, parties) in [(from, &im.initiators), (to, &im.recipients)] {
        for (head, words) in parties {
            // "fired a missile at a tanker": a thing hit by a violent act
            // is its target; people are its victims.
            let place = if role == Role::Victim { town_named_by(view, s, words.clone()) } else { None };
            struck_place = struck_place.or(place);
            let role = if role == Role::Victim && (is_a_thing(s, *head) || place.is_some()) { Role::Target } else { role };
            let Some(actor) = interaction_party(view, s, *head, words.clone(), role) else { continue };
            if seen.insert((role, actor.text.to_lowercase())) {
                event.actors.push(actor);
            }
        }
    }
    if !event.actors.iter().any(|a| a.role == to) && im.actor_recipient {
        return None;
    }
    if event.actors.is_empty() {
        return None;
    }
    if let Some(date) = date_near(view, im.sentence, im.head) {
        set_date(view, &mut event, date);
    }
    // The place: one in the trigger's clause that is not a party ("met in Geneva").
    let clause = s.bytes(s.subtree(clause_head(s, im.head)));
    let party_ranges: Vec<Range<usize>> =
        im.initiators.iter().chain(&im.recipients).map(|(_, w)| s.bytes(w.clone())).collect();
    let in_dateline = |p: &ResolvedPlace| view.dateline.as_ref().is_some_and(|d| p.range.start < d.end);
    if let Some(p) = view.places.iter().find(|p| {
        p.range.start >= clause.start && p.range.end <= clause.end && !in_dateline(p) && !party_ranges.iter().any(|r| r.start <= p.range.start && p.range.end <= r.end)
    }) {
        event.location = Some(location_of(view, p));
    } else if let Some(p) = struck_place {
        event.location = Some(location_of(view, p));
    }
    // "Fired mortars and rockets at the base": the weapons of a violent
    // act read as an interaction are in its clause, its object first.
    if is_violent(im.kind) {
        for (kind, words) in crate::mentions::weapons_in_clause(s, im.head) {
            let r = s.bytes(strip_article(s, words));
            add_weapon_once(&mut event, Weapon { kind, text: view.text[r.clone()].to_string(), span: view.offsets.span(r) });
        }
    }
    event.evidence = vec![view.offsets.span(s.start..s.end)];
    Some(event)
}

fn location_of(view: &DocumentView, p: &ResolvedPlace) -> Location {
    let r = p.range.clone();
    Location {
        text: view.text[r.clone()].to_string(),
        name: Some(p.name.clone()),
        country: Some(p.country.clone()),
        admin1: p.admin1.clone(),
        lat: Some(p.lat),
        lon: Some(p.lon),
        precision: Some(p.precision),
        // Regions of the project's own list have no GeoNames id (0).
        geonameid: (p.geonameid != 0).then_some(p.geonameid as u64),
        span: view.offsets.span(r),
    }
}

/// "fired rockets at Ashkelon", "toward the southern town of Sderot": a
/// town or region (no country: "fired missiles at Israel" names a party)
/// that is the whole phrase a violent act was aimed at, alone or after a
/// word for a place and "of", is the place struck, a target and where the
/// act happened, not a victim.
fn town_named_by<'v>(view: &'v DocumentView, s: &Sentence, words: Range<usize>) -> Option<&'v ResolvedPlace> {
    let words = strip_final_punct(s, strip_article(s, words));
    let town = |words: Range<usize>| {
        let r = s.bytes(words);
        view.places.iter().find(|p| p.range == r && p.precision != sitrep_schema::GeoPrecision::Country)
    };
    let of = words.clone().find(|&k| s.words[k].lower == "of");
    let named_by_of = of.filter(|&of| {
        of > words.start
            && crate::interactions::PLACE_NOUNS.contains(&s.words[of - 1].lemma.as_str())
            && (words.start..of - 1).all(|k| s.words[k].upos == sitrep_analysis::Upos::Adj)
    });
    town(words.clone()).or_else(|| named_by_of.and_then(|of| town(of + 1..words.end)))
}

/// A facility, vehicle or other object of the lexicon or of WordNet's
/// first sense ("tanker", "building", "convoy"), not a person or group.
fn is_a_thing(s: &Sentence, head: usize) -> bool {
    let w = &s.words[head];
    if w.upos == sitrep_analysis::Upos::Propn || w.upos == sitrep_analysis::Upos::Pron {
        return false;
    }
    if let Some(e) = Lexicon::get().noun(&w.lemma) {
        return e.class == NounClass::Facility;
    }
    semantics::senses(&w.lemma)
        .and_then(|c| c.first())
        .is_some_and(|c| matches!(c, semantics::SenseClass::Structure | semantics::SenseClass::Vehicle | semantics::SenseClass::Artifact))
}

/// One party of an interaction as an actor: a pronoun subject of a
/// reported clause stands for the reporter, another pronoun for the latest
/// registry actor named before it (a person for "he"/"she"); a phrase the
/// registry does not know but the gazetteer does ("visited Shanghai") is
/// that place's country; an unknown adjective ("humanitarian aid") is nobody.
fn interaction_party(view: &DocumentView, s: &Sentence, head: usize, words: Range<usize>, role: Role) -> Option<Actor> {
    // "The ministry said it had detained 12 people": the reporter.
    if let Some(reporter) = crate::mentions::reporter_of_pronoun(s, head) {
        return interaction_party(view, s, reporter, s.noun_phrase(reporter), role);
    }
    let w = &s.words[head];
    if w.upos == sitrep_analysis::Upos::Pron {
        let at = w.start;
        let window = view.sentences[s.index.saturating_sub(2)].start;
        let person = matches!(w.lower.as_str(), "he" | "she" | "him" | "her");
        // "released eight of them": a country is "it", never "they".
        let plural = matches!(w.lower.as_str(), "they" | "them" | "their");
        let a = view
            .actors
            .iter()
            .filter(|a| a.range.end <= at && a.range.start >= window)
            .filter(|a| (a.kind == ActorKind::Person) == person || !person && a.kind != ActorKind::Person)
            .filter(|a| !(plural && matches!(a.entry_type, EntryType::Country | EntryType::Metonym)))
            .filter(|a| matches!(a.entry_type, EntryType::Named | EntryType::Country | EntryType::Metonym | EntryType::Compound))
            .max_by_key(|a| a.range.start)?;
        let mut actor = registry_actor(view, role, a);
        actor.text = view.text[a.range.clone()].to_string();
        return Some(actor);
    }
    let words = from_name_start(view, s, strip_final_punct(s, strip_article(s, words)));
    let r = s.bytes(words);
    let text = view.text[r.clone()].to_string();
    if text.is_empty() {
        return None;
    }
    let mut actor = make_actor(view, s, role, head, r.clone(), text);
    if actor.country.is_some() || actor.id.is_some() && actor.cameo.as_deref().is_some_and(|c| c.starts_with("IGO") || c.starts_with("NGO") || c.starts_with("IMG")) {
        return Some(actor);
    }
    // A registry actor elsewhere in the phrase ("the mayor of Nablus" has
    // none; "ministers from the Georgian government" has one), else a
    // gazetteer place in it, gives the country.
    if let Some(inner) = view.actors.iter().filter(|a| a.range.start >= r.start && a.range.end <= r.end && a.country.is_some()).max_by_key(|a| a.range.len()) {
        actor.country = inner.country.clone();
        return Some(actor);
    }
    if let Some(p) = view.places.iter().find(|p| p.range.start >= r.start && p.range.end <= r.end) {
        actor.country = Some(p.country.clone());
        if actor.name.is_none() && actor.id.is_none() && p.range == r {
            actor.name = Some(p.name.clone());
            if p.precision == sitrep_schema::GeoPrecision::Country {
                actor.kind = Some(ActorKind::Country);
            }
        }
        return Some(actor);
    }
    if w.upos == sitrep_analysis::Upos::Adj && actor.cameo.is_none() {
        return None;
    }
    Some(actor)
}

/// Words for a document that can speak for its authors ("a report alleged").
const DOCUMENT_NOUNS: &[&str] = &["report", "study", "document", "dossier", "paper", "communique", "communiqué"];

/// Verbs of making a document public.
const RELEASE_VERBS: &[&str] = &["release", "publish", "issue", "present", "unveil"];

/// "A report released in the Rwandan capital alleged ...": a document
/// without a named author speaks for the country where it was made
/// public, as a wire story's dateline does for what is said there. Only a
/// document with no owner ("its report", "a UN report") and no "by" phrase,
/// made public "in" a place of known country.
fn origin_of_document(view: &DocumentView, s: &Sentence, head: usize) -> Option<String> {
    if !DOCUMENT_NOUNS.contains(&s.words[head].lemma.as_str()) || s.child_rel(head, "nmod:poss").is_some() {
        return None;
    }
    // The participle modifying the document, or the verb the parser made
    // of it ("a report released Tuesday in ..." read as "the report
    // released Tuesday").
    let governor = s.words[head].head.filter(|_| s.words[head].deprel == "nsubj");
    let release = s
        .children_rel(head, "acl")
        .chain(governor)
        .find(|&c| RELEASE_VERBS.contains(&s.words[c].lemma.as_str()))?;
    // Its phrases, and the phrases hung on them ("released on Tuesday in
    // the Kenyan capital", "released in Moscow by Amnesty").
    let phrases: Vec<usize> = s.children(release).iter().flat_map(|&c| std::iter::once(c).chain(s.children(c).iter().copied())).collect();
    if phrases.iter().any(|&k| s.case_of(k) == Some("by") || s.words[k].deprel == "obl:agent") {
        return None;
    }
    let place_phrase = phrases.into_iter().find(|&k| s.words[k].is_noun() && s.case_of(k) == Some("in"))?;
    let r = s.bytes(s.noun_phrase(place_phrase));
    view.places
        .iter()
        .find(|p| p.range.start >= r.start && p.range.end <= r.end)
        .map(|p| p.country.clone())
        .or_else(|| nationality_in(view, r))
}

/// Sums up who the statements and the text say did an event.
fn attribution_of(event: &Event, statements: &[Event]) -> Option<Attribution> {
    // Claims `build_event` found in a group's report of its own action.
    let mut parties: Vec<AttributedParty> = event.attribution.iter().flat_map(|a| &a.parties).filter(|p| p.stance == "claimed").cloned().collect();
    let key = |p: &AttributedParty| p.id.clone().unwrap_or_else(|| p.text.to_lowercase());
    for st in statements.iter().filter(|s| s.about.as_deref() == Some(event.id.as_str())) {
        let speaker = st.actors.iter().find(|a| a.role == Role::Speaker).map(|a| a.text.clone());
        let (stance, role) = match st.kind {
            EventKind::Claim => ("claimed", Role::Claimant),
            EventKind::Denial => ("denied", Role::Denier),
            EventKind::Accusation => ("accused", Role::Accused),
            _ => continue,
        };
        // "did not claim", "did not confirm or deny": no stance taken.
        let stance = if st.modality == Modality::Negated { continue } else { stance };
        // "police believe the militia was behind it": a suspicion.
        let stance = if stance == "accused" && st.modality == Modality::Hypothetical { "suspected" } else { stance };
        // "Iraqi officials confirmed that the group carried out the
        // attack": an official's confirmation of who did it; "the group"
        // after a single claim is the claimant.
        let confirms = stance == "accused" && st.trigger.text.to_lowercase().starts_with("confirm");
        let stance = if confirms { "confirmed" } else { stance };
        let claimants: Vec<AttributedParty> = parties.iter().filter(|p| p.stance == "claimed").cloned().collect();
        let by = if st.kind == EventKind::Accusation {
            st.actors.iter().find(|a| a.role == Role::Accuser).map(|a| a.text.clone()).or(speaker.clone())
        } else {
            speaker.clone()
        };
        for a in st.actors.iter().filter(|a| a.role == role) {
            let the_claimant = match claimants.as_slice() {
                [only] if confirms && a.id.is_none() && a.name.is_none() && a.text.to_lowercase().starts_with("the ") => Some(only),
                _ => None,
            };
            let (text, name, id) = match the_claimant {
                Some(c) => (c.text.clone(), c.name.clone(), c.id.clone()),
                None => (a.text.clone(), a.name.clone(), a.id.clone()),
            };
            let p = AttributedParty { text, name, id, stance: stance.into(), by: by.clone(), statement: Some(st.id.clone()) };
            // The same claim read from the report itself (`build_event`'s
            // "the FMLN reports its units attacked") gives way to the
            // statement, which says where it was made.
            parties.retain(|q| !(q.statement.is_none() && q.stance == p.stance && key(q) == key(&p)));
            parties.push(p);
        }
    }
    // Set by `build_event` for perpetrators named in a hedged clause.
    let hedged_texts: Vec<String> =
        event.attribution.iter().flat_map(|a| &a.parties).filter(|p| p.stance == "suspected").map(|p| p.text.to_lowercase()).collect();
    for a in event.actors.iter().filter(|a| a.role == Role::Perpetrator) {
        let lower = a.text.to_lowercase();
        let suspected = lower.contains("suspected") || lower.contains("alleged") || lower.contains("presumed") || hedged_texts.contains(&lower);
        let stance = if suspected { "suspected" } else { "reported" };
        let p = AttributedParty { text: a.text.clone(), name: a.name.clone(), id: a.id.clone(), stance: stance.into(), by: None, statement: None };
        if !parties.iter().any(|q| key(q) == key(&p)) {
            parties.push(p);
        }
    }
    if parties.is_empty() {
        return None;
    }
    let with = |stance: &str| -> Vec<String> {
        let mut v: Vec<String> = parties.iter().filter(|p| p.stance == stance).map(key).collect();
        v.sort();
        v.dedup();
        v
    };
    // A confirmation by an official of someone other than the claimant is
    // an accusation of them.
    let mut accused = with("accused");
    accused.extend(with("confirmed").into_iter().filter(|c| !with("claimed").contains(c)));
    let (claimed, denied) = (with("claimed"), with("denied"));
    // Competing claims are claims by different parties in different
    // statements: the claimants of one ("a splinter faction, Jaish
    // al-Hurriya, said it ..."; "X and Y claimed it jointly") make one
    // claim, and so do a party and whoever claimed beside it elsewhere.
    let claimers: Vec<&AttributedParty> = parties.iter().filter(|p| p.stance == "claimed").collect();
    let keys_of = |statement: &Option<String>| -> Vec<String> { claimers.iter().filter(|p| p.statement.is_some() && &p.statement == statement).map(|p| key(p)).collect() };
    let compete = |p: &AttributedParty, q: &AttributedParty| {
        key(p) != key(q) && (p.statement.is_none() || p.statement != q.statement) && !keys_of(&p.statement).contains(&key(q)) && !keys_of(&q.statement).contains(&key(p))
    };
    let competing_claims = claimers.iter().enumerate().any(|(i, p)| claimers[i + 1..].iter().any(|q| compete(p, q)));
    let status = if competing_claims
        || (!claimed.is_empty() && accused.iter().any(|a| !claimed.contains(a)))
        || accused.iter().any(|a| denied.contains(a))
        || claimed.iter().any(|c| denied.contains(c))
    {
        "disputed"
    } else if !claimed.is_empty() {
        "claimed"
    } else if !accused.is_empty() {
        "accused"
    } else if parties.iter().any(|p| p.stance == "suspected") {
        "suspected"
    } else if parties.iter().any(|p| p.stance == "reported") {
        "reported"
    } else if !denied.is_empty() {
        // "The group said it did not carry out the attack", and nobody
        // else named: a denial alone disputes no one's claim.
        "denied"
    } else {
        return Some(Attribution { status: "disputed".into(), parties });
    };
    Some(Attribution { status: status.into(), parties })
}

/// The draft a new mention belongs to, if any.
fn find_draft_for(view: &DocumentView, drafts: &[Draft], m: &Mention, modality: Modality) -> Option<usize> {
    let s = &view.sentences[m.sentence];
    let distinct = s.children_rel(m.head, "amod").chain(s.children_rel(m.head, "det")).any(|c| {
        matches!(s.words[c].lower.as_str(), "another" | "separate" | "second" | "new" | "earlier" | "similar" | "third" | "other" | "previous" | "subsequent")
    });
    if distinct {
        return None;
    }
    let relative_act = act_of_relative_subject(s, m.head);
    for (d, draft) in drafts.iter().enumerate().rev() {
        if draft.modality != modality || !compatible(draft.kind, m.kind) {
            continue;
        }
        // Same sentence: merge when one trigger governs the other, when the
        // later one is a participle continuing the clause ("..., killing 20"),
        // or when they share their perpetrator.
        let linked = draft.mentions.iter().filter(|o| o.sentence == m.sentence).any(|o| {
            let participle = m.head > o.head && s.words[m.head].lower.ends_with("ing") && s.words[m.head].is_verb();
            let shared_agent = m.args.iter().filter(|a| a.role == Role::Perpetrator).any(|a| o.args.iter().any(|b| b.role == Role::Perpetrator && b.head == a.head));
            let relative_of_act = relative_act == Some(o.head);
            s.is_under(m.head, o.head)
                || s.is_under(o.head, m.head)
                || participle
                || shared_agent
                || told_in_which(s, m.head, o.head)
                || relative_of_act
                || act_in_which_it_happened(s, m.head, o.head)
        });
        if linked {
            return Some(d);
        }
        // "Seven peasants were murdered by the rebels" told in a report of
        // a battle is violence against civilians, an act of its own: only
        // a linked mention joins it to the fighting.
        if family(draft.kind) != family(m.kind) && (strikes_civilians(view, m) || draft.mentions.iter().any(|o| strikes_civilians(view, o))) {
            continue;
        }
        // A definite nominal ("the attack", "the blast"), or an act told
        // as happening in one ("four people were killed in the attack"),
        // refers back to an event told before: see `referent`.
        if m.definite
            || in_a_definite_event(view, m)
            || with_a_definite_weapon(view, m)
            || by_the_attackers(view, m)
            || told_in_a_claim(view, m)
            || crate::mentions::damage_done_by_the_act(&view.sentences[m.sentence], m.head)
            || at_a_definite_place_of(view, draft, m)
            || on_a_victim_named_before(view, m)
        {
            return referent(view, &drafts[..=d], m, modality);
        }
        // Otherwise only close by, at the same place and date.
        let last = draft.mentions.last().map(|o| o.sentence).unwrap_or(0);
        if m.sentence > last && m.sentence - last <= 2 && same_place_and_date(view, draft, m) {
            return Some(d);
        }
        return None;
    }
    None
}

/// Is the word at `head` (or a clause above it) a reported clause, what
/// someone says ("said it had planted the bomb")?
fn in_reported_clause(s: &Sentence, head: usize) -> bool {
    std::iter::once(head).chain(s.ancestors(head)).any(|k| s.words[k].deprel == "ccomp")
}

/// "the killing of three peacekeepers in an ambush": an act noun in an
/// "in" or "during" phrase right after the phrase of an act noun before it
/// is the act that one happened in, wherever the parser hung the phrase.
fn act_in_which_it_happened(s: &Sentence, act: usize, earlier: usize) -> bool {
    let opens_right_after = s.children_rel(act, "case").next().is_some_and(|c| c == s.subtree(earlier).end && matches!(s.words[c].lower.as_str(), "in" | "during"));
    earlier < act && s.words[earlier].is_noun() && s.words[act].is_noun() && opens_right_after
}

/// "carried out Tuesday's attack on a hotel in Mogadishu, in which nine
/// people were killed": an act told in a relative clause "in which" or
/// "during which" happened in an act named before it in the sentence,
/// whatever noun the parser hung the clause on (here the town).
fn told_in_which(s: &Sentence, act: usize, earlier: usize) -> bool {
    earlier < act
        && s.children(act).iter().any(|&c| c > earlier && c < act && s.words[c].lower == "which" && matches!(s.case_of(c), Some("in" | "during")))
}

/// Does a mention of violence name a victim who is no combatant (a noun the
/// lexicon classes neither as an armed agent nor as a force: "peasants",
/// "a judge", a name; not "soldiers", "a police patrol", "rebels")?
fn strikes_civilians(view: &DocumentView, m: &Mention) -> bool {
    let s = &view.sentences[m.sentence];
    let lex = Lexicon::get();
    family(m.kind) == Family::Violence
        && m.args.iter().any(|a| a.role == Role::Victim && !matches!(lex.noun(&s.words[a.head].lemma).map(|e| e.class), Some(NounClass::Agent | NounClass::Force)))
}

/// The event told before that a definite nominal refers to, among
/// `drafts` whose last one is the latest compatible with it. Preferred in
/// turn: the latest news of the day of its own kind and subtype ("the car
/// bombing" after a shooting told later), the latest of its own family
/// that is news of the day ("Troops
/// repelled the attack and killed five of the insurgents. No group
/// claimed the attack": the attack, not the fight after it), the latest
/// compatible one that is news of the day ("A bomber blew himself up
/// outside a mosque on Friday ... An earlier blast at the same mosque in
/// 2022 killed 11. The UN condemned the attack."), the latest compatible
/// one. News of the day is anything not dated more than a week back,
/// unless the nominal's own sentence gives a date.
fn referent(view: &DocumentView, drafts: &[Draft], m: &Mention, modality: Modality) -> Option<usize> {
    let dated = date_in_sentence(view, m).is_some();
    let fits = |o: &Draft, own_family: bool, news: bool| {
        o.modality == modality
            && !in_another_country(view, o, m)
            && compatible(o.kind, m.kind)
            && (!own_family || family(o.kind) == family(m.kind))
            && (!news || dated || !is_background(view, o))
    };
    // "The car bombing", "the kidnapping": a nominal of a particular kind
    // names the news of the day of that kind first.
    let same_kind = |o: &Draft| m.subtype.is_some() && o.kind == m.kind && o.subtype == m.subtype && fits(o, true, true);
    drafts
        .iter()
        .rposition(same_kind)
        .or_else(|| [(true, true), (false, true)].into_iter().find_map(|(own_family, news)| drafts.iter().rposition(|o| fits(o, own_family, news))))
        .or_else(|| drafts.len().checked_sub(1).filter(|&last| !in_another_country(view, &drafts[last], m)))
}

/// "A drone struck a wedding in Yemen ... if the bombardment of southern
/// Lebanon continued": an act noun whose own phrase names a place in
/// another country than the act told before is another act.
fn in_another_country(view: &DocumentView, draft: &Draft, m: &Mention) -> bool {
    let s = &view.sentences[m.sentence];
    if !s.words[m.head].is_noun() {
        return false;
    }
    let phrase = s.bytes(s.subtree(m.head));
    let own = view.places.iter().find(|p| p.range.start >= phrase.start && p.range.end <= phrase.end && !country_as_modifier(view, p));
    let before = draft.mentions.iter().find_map(|o| place_in_sentence(view, o));
    matches!((own, before), (Some(a), Some(b)) if a.country != b.country)
}

/// "Gunmen killed a judge in Karachi. ... a spokesman for the group said
/// it had killed him for his rulings": an act told in someone's words,
/// done to "him", "her" or "them", is done to someone named before, and
/// so is the act told before (a pronoun names no new victim). Only in
/// reported speech, where a claim or an account looks back on the news:
/// in the narrative itself such a sentence more often tells a new act.
fn on_a_victim_named_before(view: &DocumentView, m: &Mention) -> bool {
    let s = &view.sentences[m.sentence];
    let reported = in_reported_clause(s, m.head);
    // "did not say how he was killed": the passive subject too.
    let points_back = |w: &crate::syntax::Word| match w.lower.as_str() {
        "him" | "her" | "them" => true,
        "he" | "she" | "they" => w.deprel == "nsubj:pass",
        _ => false,
    };
    reported && m.args.iter().any(|a| a.role == Role::Victim && s.words[a.head].upos == Upos::Pron && points_back(&s.words[a.head]))
}

/// Words for a settlement, which "the city" points back to when the act
/// before was placed in one.
const SETTLEMENT_NOUNS: &[&str] = &["city", "town", "village", "capital", "district", "neighbourhood", "neighborhood"];

/// "A missile strike on a shopping center in Kharkiv killed 12 ... Russia
/// launched two guided bombs at the city": an act whose target is named
/// with "the" by the head of one of the earlier act's targets, or by a word
/// for a settlement when the earlier act has a place, is told of that act.
fn at_a_definite_place_of(view: &DocumentView, draft: &Draft, m: &Mention) -> bool {
    let s = &view.sentences[m.sentence];
    let earlier_heads: Vec<&str> = draft
        .mentions
        .iter()
        .flat_map(|o| o.args.iter().filter(|a| matches!(a.role, Role::Target | Role::Victim)).map(move |a| view.sentences[o.sentence].words[a.head].lemma.as_str()))
        .collect();
    let placed = draft.mentions.iter().any(|o| place_in_sentence(view, o).is_some());
    m.args.iter().filter(|a| a.role == Role::Target && s.has_definite_determiner(a.head) && a.words.len() <= 2).any(|a| {
        let lemma = s.words[a.head].lemma.as_str();
        earlier_heads.contains(&lemma) || (placed && SETTLEMENT_NOUNS.contains(&lemma))
    })
}

/// "JNIM said it had planted the bomb", "the group claimed it detonated
/// the car bomb": an act told in a reported clause, done with a weapon
/// named with "the", is the act of that weapon told before.
fn with_a_definite_weapon(view: &DocumentView, m: &Mention) -> bool {
    let s = &view.sentences[m.sentence];
    let reported = in_reported_clause(s, m.head);
    reported && m.weapon.as_ref().is_some_and(|(_, r)| r.end > r.start && s.has_definite_determiner(r.end - 1))
}

/// "Four people were killed and 30 wounded in the attack": an act whose
/// "in" or "during" phrase (or that of a verb listed with it) is a
/// definite event nominal of a compatible kind.
fn in_a_definite_event(view: &DocumentView, m: &Mention) -> bool {
    let s = &view.sentences[m.sentence];
    view.mentions.iter().any(|o| {
        o.sentence == m.sentence
            && o.definite
            && s.words[o.head].head.is_some_and(|h| h == m.head || s.words[h].deprel == "conj" && s.words[h].head == Some(m.head))
            && matches!(s.case_of(o.head), Some("in" | "during"))
            && compatible(o.kind, m.kind)
    })
}

/// How many days before publication (or before the newest act told) an
/// act must end to be background rather than the news of the day.
const BACKGROUND_AFTER_DAYS: i64 = 7;

/// Does a date end more than [`BACKGROUND_AFTER_DAYS`] before publication?
fn is_background_date(view: &DocumentView, v: sitrep_text::dates::ResolvedDate) -> bool {
    view.published.is_some_and(|p| (p - v.end).num_days() > BACKGROUND_AFTER_DAYS)
}

/// Is the draft dated, by its first mention's sentence, as background?
fn is_background(view: &DocumentView, draft: &Draft) -> bool {
    let date = draft.mentions.first().and_then(|o| date_in_sentence(view, o)).and_then(|d| d.value);
    date.is_some_and(|v| is_background_date(view, v))
}

fn same_place_and_date(view: &DocumentView, draft: &Draft, m: &Mention) -> bool {
    // By GeoNames id and name: regions of the project's own list all have
    // id 0, and only their names tell them apart.
    let place_a = draft.mentions.iter().find_map(|o| place_mentioned_in_sentence(view, o).map(|p| (p.geonameid, p.name.as_str())));
    let place_b = place_mentioned_in_sentence(view, m).map(|p| (p.geonameid, p.name.as_str()));
    let date_a = draft.mentions.iter().find_map(|o| date_in_sentence(view, o).and_then(|d| d.value));
    let date_b = date_in_sentence(view, m).and_then(|d| d.value);
    let places_ok = match (place_a, place_b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    // An act dated more than a week back ("Last month, ISWAP claimed an
    // ambush ...") is not the undated news told just before it.
    let dates_ok = match (date_a, date_b) {
        (Some(a), Some(b)) => a.start <= b.end && b.start <= a.end,
        (None, Some(b)) => !is_background_date(view, b),
        _ => true,
    };
    places_ok && dates_ok && (place_b.is_some() || date_b.is_some() || m.args.is_empty() || more_of_the_same(view, m))
}

/// "Jihadists attacked a post ... The assailants also set fire to the
/// post": an act told with "also" whose doers are "the" attackers of the
/// story is more of the act before it.
fn more_of_the_same(view: &DocumentView, m: &Mention) -> bool {
    let s = &view.sentences[m.sentence];
    let also = s.children_rel(m.head, "advmod").any(|a| s.words[a].lower == "also");
    also && by_the_attackers(view, m)
}

/// "X claimed responsibility for the blast, saying one of its fighters had
/// detonated the vehicle": an act told in what a claim of responsibility
/// says is the act claimed, not a second one.
fn told_in_a_claim(view: &DocumentView, m: &Mention) -> bool {
    let s = &view.sentences[m.sentence];
    // Responsibility taken, or an act claimed ("claimed the bombing"): not
    // "admitted to three soldiers wounded, and said ...".
    let claims = |c: usize| {
        let w = &s.words[c];
        w.is_verb()
            && s.children_rel(c, "obj").any(|o| matches!(s.words[o].lemma.as_str(), "responsibility" | "credit") || w.lemma == "claim" && crate::mentions::is_event_word(s, o))
    };
    s.ancestors(m.head).take(3).any(|a| s.words[a].is_verb() && s.words[a].lemma == "say" && s.words[a].head.is_some_and(claims))
}

/// "The assailants", "the gunmen": with "the", a lexicon word for the
/// doers of an attack (`nouns.tsv`: agent, detail "attack") points back to
/// those of the act told before.
fn by_the_attackers(view: &DocumentView, m: &Mention) -> bool {
    let s = &view.sentences[m.sentence];
    m.args.iter().filter(|a| a.role == Role::Perpetrator).any(|a| {
        Lexicon::get().names_attackers(&s.words[a.head].lower) && s.children_rel(a.head, "det").any(|d| s.words[d].lower == "the")
    })
}

/// Gives each casualty count to the event it counts: the drafts' counts
/// are filled in; the counts of violent acts read as interactions ("fired
/// three rockets toward the town, ..., causing no injuries") are returned,
/// one list per entry of `view.interactions`.
fn attach_counts(view: &DocumentView, drafts: &mut [Draft]) -> Vec<Vec<(usize, CountMention)>> {
    let mut of_interactions = vec![Vec::new(); view.interactions.len()];
    for (sent, c) in &view.counts {
        let s = &view.sentences[*sent];
        // An event that governs the cue is nearer than any that does not,
        // and the nearest governor the nearest of all: in "did not fire on
        // protesters, ..., contradicting witnesses who said police shot
        // dead two demonstrators" the dead are those of "shot", not of
        // the sentence's root.
        let distance = |head: usize, trigger_words: &Range<usize>| {
            if head == c.cue || trigger_words.contains(&c.cue) {
                0
            } else if let Some(steps) = s.ancestors(c.cue).position(|a| a == head) {
                steps
            } else {
                s.words.len() + head.abs_diff(c.cue)
            }
        };
        // 1. An event whose trigger is the cue or governs it.
        let mut best: Option<(usize, usize)> = None;
        for (d, draft) in drafts.iter().enumerate() {
            for m in draft.mentions.iter().filter(|m| m.sentence == *sent) {
                let dist = distance(m.head, &m.trigger_words);
                // A riot counts its own dead ("clashes between rival
                // supporters left two people dead", "a prison riot left
                // four inmates dead"), told in its own sentence.
                let counts_harm = is_violent(draft.kind) || draft.kind == EventKind::Riot;
                if counts_harm && best.map_or(true, |(_, bd)| dist < bd) {
                    best = Some((d, dist));
                }
            }
        }
        let nearer_interaction = view
            .interactions
            .iter()
            .enumerate()
            .filter(|(_, im)| im.sentence == *sent && is_violent(im.kind))
            .map(|(i, im)| (i, distance(im.head, &im.trigger_words)))
            .filter(|&(_, dist)| best.map_or(true, |(_, bd)| dist < bd))
            .min_by_key(|&(_, dist)| dist);
        if let Some((i, _)) = nearer_interaction {
            of_interactions[i].push((*sent, c.clone()));
            continue;
        }
        let target = best.map(|(d, _)| d).or_else(|| {
            // 2. The latest violent event before this sentence; of those
            // told in the same sentence, one that wounds or kills before an
            // abduction ("opened fire ..., killing 18 and abducting dozens.
            // Several of the 25 wounded ...": the wounded are the
            // shooting's).
            drafts
                .iter()
                .enumerate()
                .filter(|(_, d)| is_violent(d.kind) && d.mentions.iter().any(|m| m.sentence <= *sent) && d.modality == Modality::Asserted)
                .max_by_key(|(_, d)| (d.mentions.iter().filter(|m| m.sentence <= *sent).map(|m| m.sentence).max(), d.kind != EventKind::Kidnapping))
                .map(|(i, _)| i)
        });
        if let Some(d) = target {
            drafts[d].counts.push((*sent, c.clone()));
        }
    }
    of_interactions
}

/// The event's place in the sentence of mention `m`: never a place that is
/// part of a name ("carlos valencia garcia").
fn place_in_sentence<'a>(view: &DocumentView<'a>, m: &Mention) -> Option<&'a ResolvedPlace> {
    nearest_place_in_sentence(view, m, |p| !part_of_a_name(view, p))
}

/// The place a sentence names nearest to mention `m`, names of people
/// included. Deciding whether two mentions tell of one event compares
/// these: two sentences that name the same words are more likely about one
/// event, whether the words are a town or a person's name.
fn place_mentioned_in_sentence<'a>(view: &DocumentView<'a>, m: &Mention) -> Option<&'a ResolvedPlace> {
    nearest_place_in_sentence(view, m, |_| true)
}

fn nearest_place_in_sentence<'a>(view: &DocumentView<'a>, m: &Mention, keep: impl Fn(&ResolvedPlace) -> bool) -> Option<&'a ResolvedPlace> {
    let s = &view.sentences[m.sentence];
    let in_dateline = |p: &ResolvedPlace| view.dateline.as_ref().is_some_and(|d| p.range.start < d.end && d.start < p.range.end);
    let candidates: Vec<&ResolvedPlace> = view
        .places
        .iter()
        .filter(|p| p.range.start >= s.start && p.range.end <= s.end && !in_dateline(p) && !country_as_modifier(view, p) && keep(p))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    // Prefer a place inside the trigger's clause, then the nearest; among
    // equals, the most specific.
    let clause = s.subtree(clause_head(s, m.head));
    let trigger_byte = s.words[m.head].start;
    candidates
        .into_iter()
        .min_by_key(|p| {
            let w = s.word_at(p.range.start).unwrap_or(0);
            let outside = !clause.contains(&w);
            // In the clause, the most specific place ("in Kaduna state,
            // Nigeria" is Kaduna); then the nearest.
            (outside, place_specificity(p), p.range.start.abs_diff(trigger_byte))
        })
}

/// How specific a place is, smallest first. A region inside one country
/// ("Darfur, Sudan") says more than that country, and less than any
/// division of it; a region shared by several ("the Sahel", "Lake Chad")
/// says less than a country named beside it ("in Mali's Sahel" is Mali).
fn place_specificity(p: &ResolvedPlace) -> u8 {
    use sitrep_schema::GeoPrecision::*;
    match p.precision {
        Point => 0,
        City => 1,
        Admin2 => 2,
        Admin1 => 3,
        Region if p.also_in.is_empty() => 4,
        Country => 5,
        Region => 6,
    }
}

/// The clause a trigger belongs to: a participle ("killing 20") belongs to
/// the clause of the verb it modifies.
fn clause_head(s: &Sentence, head: usize) -> usize {
    match s.words[head].deprel.as_str() {
        "advcl" | "xcomp" | "acl" | "obj" | "nsubj" | "nsubj:pass" | "obl" | "nmod" => s.words[head].head.unwrap_or(head),
        _ => head,
    }
}

fn date_in_sentence<'a>(view: &DocumentView<'a>, m: &Mention) -> Option<&'a DateMention> {
    date_near(view, m.sentence, m.head)
}

/// "issued arrest warrants for two men sought in the slaying of two
/// missionaries three years ago": a date right after the phrase of an event
/// noun that stands between the trigger and the date, with no verb after
/// that noun, dates that event, even when the parse hangs the date on the
/// trigger's verb. Only a date that would make the trigger's event history
/// is given up so: a recent date after such a phrase ("arrested two men
/// suspected in the bombing on Monday") dates the verb as often as the noun.
fn belongs_to_nested_event(view: &DocumentView, sentence: usize, head: usize, d: &DateMention) -> bool {
    let (Some(value), Some(published)) = (d.value, view.published) else { return false };
    if !is_historical(value.end, published) {
        return false;
    }
    let s = &view.sentences[sentence];
    let Some(date_word) = s.word_at(d.range.start) else { return false };
    view.mentions.iter().any(|other| {
        other.sentence == sentence
            && other.head > head
            && other.head < date_word
            && s.words[other.head].is_noun()
            && !s.words[other.head + 1..date_word].iter().any(|w| w.upos == sitrep_analysis::Upos::Verb)
    })
}

/// The date expression of a sentence closest to word `head`, preferring
/// one inside its clause; never one in the dateline.
fn date_near<'a>(view: &DocumentView<'a>, sentence: usize, head: usize) -> Option<&'a DateMention> {
    let s = &view.sentences[sentence];
    let m_head = head;
    let in_dateline = |d: &DateMention| view.dateline.as_ref().is_some_and(|r| d.range.start < r.end);
    let clause = s.bytes(s.subtree(clause_head(s, m_head)));
    let trigger_byte = s.words[m_head].start;
    // "The release of Yaish, who had been arrested 15 months ago, came as
    // Israel announced ...": a relative clause dates what it tells of the
    // noun it describes, not the events around it.
    // But "arrested over the killing of a candidate who was shot dead last
    // week": a relative clause on the event noun's own argument that
    // tells of an act of violence tells of that event.
    let violent_at = |k: usize| view.mentions.iter().any(|o| o.sentence == sentence && o.head == k && is_violent(o.kind));
    let retells_the_event = |a: usize| s.is_under(a, m_head) && violent_at(a) && violent_at(m_head);
    let in_other_relative_clause = |d: &DateMention| {
        s.word_at(d.range.start).is_some_and(|w| {
            std::iter::once(w).chain(s.ancestors(w)).any(|a| s.words[a].deprel == "acl:relcl" && a != m_head && !s.is_under(m_head, a) && !retells_the_event(a))
        })
    };
    if let Some(own) = own_attributive_date(view, s, head) {
        return Some(own);
    }
    view.dates
        .iter()
        .filter(|d| d.range.start >= s.start && d.range.end <= s.end && !in_dateline(d) && !in_other_relative_clause(d) && !d.attributive)
        .min_by_key(|d| {
            let outside = !(d.range.start >= clause.start && d.range.end <= clause.end);
            (outside, d.range.start.abs_diff(trigger_byte))
        })
        .filter(|d| !belongs_to_nested_event(view, sentence, head, d))
}

/// A non-pronoun argument, as a candidate antecedent for later pronouns.
struct Antecedent {
    /// Claimants first, then perpetrators, then parties only accused or
    /// denying: the group that claimed an attack is what "the group" means.
    salience: u8,
    start: usize,
    role: Role,
    sentence: usize,
    head: usize,
    /// Lemma of the head word, to match a definite description's head.
    lemma: String,
    words: Range<usize>,
    /// Is the head inside the name of a registered organisation? "The
    /// group" means one before a description of people ("the assailants").
    organisation: bool,
    /// Can the phrase name one person ([`may_be_one_person`])? "He" and
    /// "she" point to nothing else.
    one_person: bool,
}

fn is_true_pronoun(s: &Sentence, head: usize) -> bool {
    s.words[head].upos == sitrep_analysis::Upos::Pron
}

/// A pronoun, or a bare anaphoric noun phrase ("the group", "the
/// organisation") that refers back to a group named earlier.
fn is_pronoun(s: &Sentence, head: usize) -> bool {
    let w = &s.words[head];
    if w.upos == sitrep_analysis::Upos::Pron {
        return true;
    }
    let np = s.noun_phrase(head);
    np.len() >= 2
        && matches!(s.words[np.start].lower.as_str(), "the" | "this" | "that")
        && matches!(w.lemma.as_str(), "group" | "organization" | "organisation" | "movement" | "faction" | "militia")
        && s.words[np.start + 1..head].iter().all(|x| REFERRING_MODIFIERS.contains(&x.lower.as_str()))
        && !s.children_rel(head, "acl").chain(s.children_rel(head, "acl:relcl")).any(|v| matches!(s.words[v].lemma.as_str(), "call" | "name"))
}

/// Words between "the" and "group" that still point back to a group named
/// before ("the same terrorist group", "this alleged organization", "the
/// aforementioned group"), rather than describe a new one ("a new group
/// calling itself ...", "the Maoist group Shining Path" has a name).
const REFERRING_MODIFIERS: &[&str] = &[
    "same", "aforementioned", "above-mentioned", "abovementioned", "mentioned", "alleged", "terrorist", "subversive", "guerrilla", "rebel", "clandestine", "armed", "extremist", "criminal",
];

fn antecedents(view: &DocumentView) -> Vec<Antecedent> {
    let mut out: Vec<Antecedent> = view
        .mentions
        .iter()
        .flat_map(|m| {
            let s = &view.sentences[m.sentence];
            m.args.iter().filter(|a| !is_pronoun(s, a.head) && !(a.words.len() == 1 && is_kind_word(s, a.head)) && !names_no_one(s, a.head)).map(move |a| Antecedent {
                salience: 1,
                start: s.words[a.head].start,
                role: a.role,
                sentence: m.sentence,
                head: a.head,
                lemma: s.words[a.head].lemma.clone(),
                words: a.words.clone(),
                organisation: inside_organisation_name(view, s, a.head),
                one_person: may_be_one_person(s, a.head),
            })
        })
        .collect();
    // Named parties of statements ("Al-Shabaab claimed ...") are antecedents
    // of later pronouns and of "the group", as perpetrators.
    for st in &view.statements {
        let s = &view.sentences[st.sentence];
        for (role, head, words) in &st.actors {
            if matches!(role, Role::Claimant | Role::Accused | Role::Denier) && !is_pronoun(s, *head) && !names_no_one(s, *head) {
                let salience = if *role == Role::Claimant { 2 } else { 0 };
                out.push(Antecedent {
                    salience,
                    start: s.words[*head].start,
                    role: Role::Perpetrator,
                    sentence: st.sentence,
                    head: *head,
                    lemma: s.words[*head].lemma.clone(),
                    words: words.clone(),
                    organisation: inside_organisation_name(view, s, *head),
                    one_person: may_be_one_person(s, *head),
                });
            }
        }
    }
    out.sort_by_key(|a| a.start);
    out
}

/// Does the phrase at `head` deny that there is anyone ("no group",
/// "nobody", "none of the factions")? Such a phrase is no antecedent: in
/// "No group claimed the attack. A spokesman for the group denied ..."
/// the group is one named before.
fn names_no_one(s: &Sentence, head: usize) -> bool {
    matches!(s.words[head].lower.as_str(), "nobody" | "none" | "noone") || s.children_rel(head, "det").any(|d| s.words[d].lower == "no")
}

/// The antecedent of a pronoun argument: the latest earlier argument with
/// the same role within three sentences ("Guerrillas attacked the farm...
/// they burned the facilities"). A definite description ("the militia")
/// takes an antecedent with its own head noun ("a rival clan militia")
/// before any other.
/// Adds a weapon to the event unless it names one already there ("the
/// incendiary bomb" then "the bomb", "AK-47 rifles" then "the AK-47": one
/// weapon), keeping `weapon` the first of `weapons`. Returns whether it
/// was added.
fn add_weapon_once(event: &mut Event, weapon: Weapon) -> bool {
    let lower = weapon.text.to_lowercase();
    let same = |w: &Weapon| {
        let other = w.text.to_lowercase();
        contains_words(&other, &lower) || contains_words(&lower, &other)
    };
    if event.weapons.iter().any(same) {
        return false;
    }
    event.weapons.push(weapon);
    event.weapon = event.weapons.first().cloned();
    true
}

/// Does `phrase` contain `part` as whole words?
fn contains_words(phrase: &str, part: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let part: Vec<&str> = part.split_whitespace().collect();
    !part.is_empty() && words.windows(part.len()).any(|w| w == part.as_slice())
}

fn resolve_pronoun<'a>(
    antecedents: &'a [Antecedent],
    role: Role,
    at: usize,
    sentence: usize,
    anaphor_lemma: &str,
    excluded: impl Fn(&Antecedent) -> bool,
) -> Option<&'a Antecedent> {
    let collective = COLLECTIVE_ANAPHORS.contains(&anaphor_lemma);
    let one_person = matches!(anaphor_lemma, "he" | "she");
    antecedents
        .iter()
        .filter(|a| a.start < at && a.role == role && sentence.saturating_sub(a.sentence) <= 3 && !excluded(a))
        .filter(|a| !one_person || (a.one_person && !a.organisation))
        .max_by_key(|a| (a.lemma == anaphor_lemma, collective && a.organisation, a.salience, a.start))
}

/// Can the phrase headed at `head` name one person: not a plural
/// ("gunmen", "soldiers"), and a name or a word whose first WordNet sense is
/// a person ("the man", "a gunman"; not "police", "the army", "the secret
/// service")? "Police arrested a man after he threw a grenade": "he" is not
/// the police, who as the arrest's agent were the latest doer before it.
fn may_be_one_person(s: &Sentence, head: usize) -> bool {
    use crate::semantics::{senses, SenseClass};
    let w = &s.words[head];
    let plural = w.is_noun() && w.lower != w.lemma && (w.lower.ends_with('s') || w.lower.ends_with("men"));
    let sense = if w.upos == sitrep_analysis::Upos::Propn { None } else { senses(&w.lemma).and_then(|c| c.first()) };
    !plural && sense.is_none_or(|c| *c == SenseClass::Person)
}

/// Words that point back to an organisation ("the group", "the movement").
const COLLECTIVE_ANAPHORS: &[&str] = &["group", "organization", "organisation", "movement", "faction", "militia"];

/// Is the word inside the name of a registered organisation or group?
fn inside_organisation_name(view: &DocumentView, s: &Sentence, head: usize) -> bool {
    let w = &s.words[head];
    view.actors.iter().any(|a| a.entry_type == EntryType::Named && a.range.start <= w.start && w.end <= a.range.end)
}

fn build_event(view: &DocumentView, d: &Draft, id: String, antecedents: &[Antecedent], home: Option<&Location>) -> Event {
    let first = &d.mentions[0];
    let s0 = &view.sentences[first.sentence];
    let trigger_range = s0.bytes(first.trigger_words.clone());
    let span = |r: Range<usize>| view.offsets.span(r);
    let mut event = Event::new(id, d.kind, Trigger { text: view.text[trigger_range.clone()].to_string(), span: span(trigger_range) });
    event.subtype = d.subtype.clone();
    apply_crosswalk(&mut event);
    event.modality = d.modality;
    event.suicide = d.mentions.iter().any(|m| m.suicide);
    // Weapons: every one the mentions name, once each by its words; the
    // first is `weapon`.
    let mut weapon_bytes: Vec<Range<usize>> = Vec::new();
    for m in &d.mentions {
        let s = &view.sentences[m.sentence];
        for (kind, words) in m.weapon.iter().chain(&m.other_weapons) {
            let r = s.bytes(strip_article(s, words.clone()));
            if add_weapon_once(&mut event, Weapon { kind: kind.clone(), text: view.text[r.clone()].to_string(), span: span(r.clone()) }) {
                weapon_bytes.push(r);
            }
        }
    }
    // Date and place: from the first mention that has one.
    if let Some(date) = d.mentions.iter().find_map(|m| date_in_sentence(view, m)).or_else(|| earlier_recent_date(view, first)) {
        set_date(view, &mut event, date);
    }
    // A later mention may narrow the first one's place to a town of the
    // same country ("in central Mali" ... "arrived in Ogossagou").
    let first_place = d.mentions.iter().find_map(|m| place_in_sentence(view, m));
    let narrower = first_place.and_then(|p| {
        d.mentions
            .iter()
            .filter_map(|m| place_in_sentence(view, m))
            .filter(|q| q.country == p.country && place_specificity(q) < place_specificity(p))
            .min_by_key(|q| place_specificity(q))
    });
    // In order: the event's own place; the country of a town the gazetteer
    // lacks ("near the Malian town of Boni"), not the place of the
    // sentence before; the place just before or the dateline's (a dateline
    // place reached through "here" keeps its span in the dateline); and
    // when nothing near places the event, the country the report is about,
    // which it does not name again at every event.
    let own = narrower.or(first_place);
    let by_nationality = if own.is_none() { d.mentions.iter().find_map(|m| country_of_an_unknown_place(view, m)) } else { None };
    let place = match by_nationality {
        Some(_) => None,
        None => own.or_else(|| earlier_place(view, first)).or_else(|| pointed_dateline(view, &view.sentences[first.sentence])),
    };
    event.location = by_nationality.or_else(|| place.map(|p| location_of(view, p))).or_else(|| home.cloned());
    // Actors.
    let mut seen: HashSet<(Role, String)> = HashSet::new();
    // Parties whose stance the text itself gives: perpetrators named in a
    // hedged clause ("could have been carried out by", "presumably
    // abandoned by") are suspected, not reported as fact; a group reporting
    // its own action claims it.
    let mut stated: Vec<AttributedParty> = Vec::new();
    for m in &d.mentions {
        let s = &view.sentences[m.sentence];
        let mention_hedged = hedged(s, m.head);
        for a in &m.args {
            // A pronoun stands for its antecedent, or for nothing we can name.
            let (s, head, words) = if is_pronoun(s, a.head) {
                match resolve_pronoun(antecedents, a.role, s.words[a.head].start, m.sentence, &s.words[a.head].lemma, |_| false) {
                    Some(ante) => (&view.sentences[ante.sentence], ante.head, ante.words.clone()),
                    // "the militia" with nothing before it names itself; "they" names nobody.
                    None if is_true_pronoun(s, a.head) => continue,
                    None => (s, a.head, a.words.clone()),
                }
            } else {
                (s, a.head, a.words.clone())
            };
            let (head, words, collection) = own_name(s, head, crate::modality::without_hedge(s, without_dangling_gerund(s, strip_article(s, words))));
            let words = from_name_start(view, s, words);
            let r = s.bytes(words.clone());
            let text = view.text[r.clone()].to_string();
            if text.is_empty() || cannot_fill(view, s, a.role, head) || !seen.insert((a.role, text.to_lowercase())) {
                continue;
            }
            // "the Mumbai attacks", "the Paris bombings": a town that names
            // an act is where it happened, not who did it (a country does
            // name a party: "Israeli strikes", "Russia's attacks").
            let town_naming_the_act = a.role == Role::Perpetrator
                && s.words[head].deprel == "compound"
                && s.words[head].head == Some(m.head)
                && town_named_by(view, s, words.clone()).is_some();
            if town_naming_the_act {
                continue;
            }
            let arg_hedged = mention_hedged || crate::modality::hedged_phrase(s, head, words.clone());
            if a.role == Role::Perpetrator && arg_hedged {
                stated.push(AttributedParty { text: text.clone(), name: None, id: None, stance: "suspected".into(), by: None, statement: None });
            }
            let mut actor = as_collection(make_actor(view, s, a.role, head, r.clone(), text), collection);
            // "strikes on Kharkiv", "the shelling of Donetsk": the town an
            // act named by a noun struck, where it happened, is what it hit,
            // not a person hurt (unless a person of the document bears its
            // name; a name that is a verb's object is as often a person's
            // as a town's: "injuring a guard named Pereira").
            let struck_town = || matches!(s.case_of(head), Some("on" | "of" | "against" | "upon")) && town_named_by(view, s, words.clone()).is_some_and(|p| place == Some(p));
            if actor.role == Role::Victim && actor.kind != Some(ActorKind::Person) && struck_town() {
                actor.role = Role::Target;
            }
            if actor.role == Role::Victim && actor.kind != Some(ActorKind::Person) && names_a_place(view, s, head) {
                continue;
            }
            event.actors.extend(co_nationals(view, s, head, &r, &actor));
            event.actors.push(actor);
            // A named group inside a perpetrator phrase ("FMLN urban
            // guerrillas", "Shining Path militants") is a perpetrator too,
            // and so is one the phrase cuts short ("the guerrilla movement
            // Tupac" of "... Tupac Amaru Revolutionary Movement" in
            // lower-case text, where the parser cannot see the name).
            if a.role == Role::Perpetrator {
                let head_range = s.words[head].start..s.words[head].end;
                for inner in view.actors.iter().filter(|x| {
                    let inside_before_head = x.range.start >= r.start && x.range.end <= r.end && x.range.end <= head_range.start;
                    (inside_before_head || cuts_short(&r, x) || in_apposition(view.text, &r, x)) && x.entry_type == EntryType::Named
                }) {
                    if seen.insert((Role::Perpetrator, inner.text.to_lowercase())) {
                        // As sure as the phrase it stands in.
                        if arg_hedged {
                            stated.push(AttributedParty { text: inner.text.clone(), name: None, id: None, stance: "suspected".into(), by: None, statement: None });
                        }
                        event.actors.push(registry_actor(view, Role::Perpetrator, inner));
                    }
                }
                // "Honduran army troops", "national police members": the
                // people belong to a force, which is a perpetrator too.
                if let Some(unit) = unit_of_members(s, words.clone(), head) {
                    let ur = s.bytes(unit.clone());
                    let unit_text = view.text[ur.clone()].to_string();
                    if seen.insert((Role::Perpetrator, unit_text.to_lowercase())) {
                        let mut actor = make_actor(view, s, Role::Perpetrator, unit.end - 1, ur, unit_text);
                        actor.kind = Some(ActorKind::Organization);
                        event.actors.push(actor);
                    }
                }
            }
        }
    }
    // A country or named actor modifying a nominal trigger did it:
    // "Israeli airstrikes", "a Taliban attack", "the FMLN's offensive".
    for m in &d.mentions {
        if m.entry.pos != crate::lexicon::TriggerPos::Noun {
            continue;
        }
        let s = &view.sentences[m.sentence];
        let np = s.bytes(s.noun_phrase(m.head));
        let trigger_start = s.words[m.trigger_words.start].start;
        for a in view.actors.iter().filter(|a| a.range.start >= np.start && a.range.end <= trigger_start) {
            if matches!(a.entry_type, EntryType::Country | EntryType::Named | EntryType::Compound | EntryType::Metonym)
                && seen.insert((Role::Perpetrator, a.text.to_lowercase()))
            {
                event.actors.push(registry_actor(view, Role::Perpetrator, a));
            }
        }
    }
    // "The FMLN reports that urban commando units attacked the brigade
    // headquarters": an armed group that reports an attack by units it
    // does not name otherwise reports its own action.
    // So does one whose units the text names by a name of the group itself
    // ("the FMLN reports that its urban commandos attacked").
    if let Some(reporter) = d.mentions.iter().find_map(|m| own_report_of(view, &view.sentences[m.sentence], m.head)) {
        let already = event.actors.iter().any(|a| a.role == Role::Perpetrator && a.id.as_deref() == Some(reporter.id.as_str()));
        let nobody_named = !event.actors.iter().any(|a| a.role == Role::Perpetrator && a.id.as_deref().is_some_and(|id| !id.starts_with("agt.")));
        let added = !already && nobody_named && seen.insert((Role::Perpetrator, reporter.text.to_lowercase()));
        if added {
            event.actors.push(registry_actor(view, Role::Perpetrator, reporter));
        }
        // Its own report of its action is a claim of it.
        if already || added {
            stated.push(AttributedParty {
                text: reporter.text.clone(),
                name: Some(reporter.name.clone()),
                id: Some(reporter.id.clone()),
                stance: "claimed".into(),
                by: Some(reporter.text.clone()),
                statement: None,
            });
        }
    }
    // A country's weapon, when nobody else is named, says who fired it:
    // "killed in Israeli tank shelling", "a Russian missile hit".
    if !event.actors.iter().any(|a| a.role == Role::Perpetrator) {
        let owners: Vec<&ActorMention> = weapon_bytes
            .iter()
            .flat_map(|r| {
                view.actors.iter().filter(move |a| a.range.start >= r.start && a.range.end < r.end && matches!(a.entry_type, EntryType::Country | EntryType::Metonym))
            })
            .collect();
        for a in owners {
            if seen.insert((Role::Perpetrator, a.text.to_lowercase())) {
                event.actors.push(registry_actor(view, Role::Perpetrator, a));
            }
        }
    }
    // Casualties.
    let killed: Vec<&(usize, CountMention)> = d.counts.iter().filter(|(_, c)| c.harm == Harm::Killed).collect();
    let injured: Vec<&(usize, CountMention)> = d.counts.iter().filter(|(_, c)| c.harm == Harm::Injured).collect();
    // Named people said to have died are a floor: the victims a killing
    // names, added up across its mentions, tell more when there are no
    // figures.
    let only_partial = killed.iter().all(|(_, c)| c.partial);
    let (named, named_source) = match if only_partial { victims_killed(view, d) } else { None } {
        Some((count, source)) => (Some(count), source),
        None => (None, None),
    };
    event.fatalities = named.or_else(|| make_count(view, &killed));
    event.injuries = make_count(view, &injured);
    add_count_sources(view, &mut event, &d.counts, &mut seen);
    // A toll counted from the people named has its source only there.
    if let Some(src) = named_source {
        add_source_actor(view, &mut event, src, &mut seen);
    }
    // Evidence: the sentences the event was read from.
    let mut evidence: Vec<Span> = Vec::new();
    for m in &d.mentions {
        let s = &view.sentences[m.sentence];
        let sp = span(s.start..s.end);
        if !evidence.contains(&sp) {
            evidence.push(sp);
        }
    }
    for (sent, _) in &d.counts {
        let s = &view.sentences[*sent];
        let sp = span(s.start..s.end);
        if !evidence.contains(&sp) {
            evidence.push(sp);
        }
    }
    evidence.sort();
    event.evidence = evidence;
    // Carried to `attribution_of`, which settles the final attribution.
    // Read by `attribution_of`, which sets the status.
    if !stated.is_empty() {
        event.attribution = Some(Attribution { status: "suspected".into(), parties: stated });
    }
    event
}

/// The phrase `words` widened to the start of a registry name it begins
/// inside: the parser can cut a name's first words off its phrase
/// (lower-case "alleged boko haram fighters", where a first word read as a
/// verb gave "haram fighters"), and an article that is part of a name ("the
/// Extraditables") is stripped with the others. Whole, the name is found in
/// the registry and its group named as the party.
fn from_name_start(view: &DocumentView, s: &Sentence, words: Range<usize>) -> Range<usize> {
    if words.is_empty() {
        return words;
    }
    let r = s.bytes(words.clone());
    let straddled = view
        .actors
        .iter()
        .filter(|x| x.entry_type == EntryType::Named && x.range.start < r.start && x.range.end > r.start && x.range.end <= r.end)
        .map(|x| x.range.start)
        .min();
    let Some(name_start) = straddled else { return words };
    match (0..words.start).find(|&k| s.words[k].start == name_start) {
        Some(k) => k..words.end,
        None => words,
    }
}

/// Words for a collection of people that a report names by what it calls
/// itself: "a group calling itself X", "the gang called X", "the
/// clandestine organization 'X'".
const SELF_NAMED_HEADS: &[&str] = &["group", "organization", "organisation", "movement", "gang", "commando", "command", "unit", "faction", "band", "squad", "cell", "front"];

/// Words before a name that say it is the party's own, not the writer's
/// ("the so-called Extraditables", "a self-styled liberation army").
const NAME_HEDGES: &[&str] = &["so-called", "socalled", "self-styled", "self-named", "self-proclaimed", "self-appointed"];

/// The party's own name in a phrase that says how it is called: "a group
/// calling itself the X commando", "the gang called 'the owls'", "the
/// so-called X", "a self-styled X group", and a word for a body with the
/// name in apposition ("the clandestine organization 'Secret Army'").
/// Returns the words of the name, and whether the phrase said it was a
/// collection (a group, not a person, whatever the name's words); `None`
/// when the phrase gives no such name.
fn self_named(s: &Sentence, head: usize, words: &Range<usize>) -> Option<(Range<usize>, bool)> {
    let mut w = words.clone();
    let mut hedged = false;
    loop {
        let lw = s.words[w.start].lower.as_str();
        if w.len() > 1 && NAME_HEDGES.contains(&lw) {
            w.start += 1;
        } else if w.len() > 3 && lw == "self" && s.words[w.start + 1].lower == "-" && matches!(s.words[w.start + 2].lower.as_str(), "styled" | "named" | "proclaimed") {
            w.start += 3;
        } else if w.len() > 2 && matches!(lw, "self-" | "so-") && matches!(s.words[w.start + 1].lower.as_str(), "styled" | "named" | "proclaimed" | "called") {
            w.start += 2;
        } else {
            break;
        }
        hedged = true;
        w = strip_article(s, w);
    }
    // "a group calling itself X", "the gang called X", "a band known as X".
    for k in w.start + 1..w.end {
        let after = match s.words[k].lower.as_str() {
            "calling" | "calls" if k + 1 < w.end && matches!(s.words[k + 1].lower.as_str(), "itself" | "themselves") => k + 2,
            "called" | "named" => k + 1,
            "known" if k + 1 < w.end && s.words[k + 1].lower == "as" => k + 2,
            _ => continue,
        };
        let collection = s.words[w.start..k].iter().any(|x| SELF_NAMED_HEADS.contains(&x.lemma.as_str()));
        let name = strip_article(s, after..w.end);
        if collection && !name.is_empty() && name.start < w.end {
            return Some((name, true));
        }
    }
    // The same with the clause outside the phrase, where the parser makes
    // the name a phrase of its own ("a group calling itself the Red Hand
    // Brigade claimed ...": "Brigade" a second subject): the longest noun
    // phrase that starts right after "calling itself" / "called".
    if SELF_NAMED_HEADS.contains(&s.words[head].lemma.as_str()) {
        for v in s.children_rel(head, "acl").filter(|&v| v == head + 1 && matches!(s.words[v].lemma.as_str(), "call" | "name")) {
            let reflexive = s.words.get(v + 1).is_some_and(|x| matches!(x.lower.as_str(), "itself" | "themselves"));
            if s.words[v].lower.starts_with("call") && s.words[v].lower != "called" && !reflexive {
                continue;
            }
            let start = if reflexive { v + 2 } else { v + 1 };
            // "the workers' revenge commando": the article may hang on the possessor.
            let first = if s.words.get(start).is_some_and(|x| x.upos == sitrep_analysis::Upos::Det) { start + 1 } else { start };
            let starts_here = |k: usize| (start..=first).contains(&s.noun_phrase(k).start);
            let name = (start..s.words.len()).filter(|&k| s.words[k].is_noun() && starts_here(k)).map(|k| first.max(s.noun_phrase(k).start)..s.noun_phrase(k).end).max_by_key(|r| r.end);
            if let Some(name) = name.map(|n| strip_article(s, n)).filter(|n| !n.is_empty()) {
                return Some((name, true));
            }
        }
    }
    // "Guatemala's clandestine organization 'Secret Anticommunist Army'":
    // a word for a body with a quoted proper name beside it. Only quoted:
    // in "the chief of the criminal gang, Pablo Escobar" the name beside
    // "gang" is the chief's.
    let collection = SELF_NAMED_HEADS.contains(&s.words[head].lemma.as_str());
    if collection {
        let quoted = |a: usize| s.words[head + 1..a].iter().any(|x| matches!(x.lower.as_str(), "\"" | "“" | "'"));
        // The parser hangs the quoted name as an apposition or as a
        // modifier with no preposition.
        let beside = |a: usize| s.words[a].rel() == "appos" || s.words[a].rel() == "nmod" && s.children_rel(a, "case").next().is_none();
        if let Some(a) = s.children(head).iter().copied().find(|&a| a > head && beside(a) && s.words[a].upos == sitrep_analysis::Upos::Propn && quoted(a)) {
            return Some((strip_article(s, s.noun_phrase(a)), true));
        }
    }
    // "the so-called X commando group" is a named group.
    hedged.then(|| (w.clone(), collection && w.contains(&head)))
}

/// A party's head and words after [`self_named`]: the name's own head
/// (its last word that is no punctuation) when the phrase gave a name, and
/// whether it said the party is a collection.
fn own_name(s: &Sentence, head: usize, words: Range<usize>) -> (usize, Range<usize>, bool) {
    let Some((name, collection)) = self_named(s, head, &words) else { return (head, words, false) };
    let name_head = if name.contains(&head) {
        head
    } else {
        name.clone().rev().find(|&k| s.words[k].upos != sitrep_analysis::Upos::Punct).unwrap_or(name.end - 1)
    };
    (name_head, name, collection)
}

/// A party named as a collection that calls itself something ("a group
/// calling itself the X Commando Unit") is an organisation, not the
/// person its proper-noun head would make it; a registry entry keeps its
/// own kind.
fn as_collection(mut actor: Actor, collection: bool) -> Actor {
    if collection && actor.id.is_none() {
        actor.kind = Some(ActorKind::Organization);
        actor.name = None;
    }
    actor
}

/// The phrase without a gerund at its end that has nothing of its own in
/// the phrase ("a group of armed men wearing", where the parser made "ski
/// masks" the subject of the next verb): a clause cut from its object
/// describes nothing, and the phrase reads as broken. A gerund with its
/// object ("men wearing uniforms") stays.
fn without_dangling_gerund(s: &Sentence, words: Range<usize>) -> Range<usize> {
    let mut w = words;
    while w.len() > 1 {
        let last = w.end - 1;
        let word = &s.words[last];
        let alone = s.children(last).iter().all(|c| !w.contains(c));
        if word.upos == sitrep_analysis::Upos::Verb && word.rel() == "acl" && word.lower.ends_with("ing") && alone {
            w.end -= 1;
        } else {
            break;
        }
    }
    w
}

fn strip_article(s: &Sentence, words: Range<usize>) -> Range<usize> {
    let mut w = words;
    while w.len() > 1 && matches!(s.words[w.start].lower.as_str(), "the" | "a" | "an" | "\"" | "“") && !s.words[w.start + 1].lower.starts_with('"') {
        if s.words[w.start].lower.starts_with('"') || s.words[w.start].lower == "“" {
            break;
        }
        w.start += 1;
    }
    w
}

/// `words` without the separating punctuation the parser hung at its end
/// ("the town of Sderot," before ", the army said"); closing brackets and
/// quotes stay.
fn strip_final_punct(s: &Sentence, mut words: Range<usize>) -> Range<usize> {
    while words.len() > 1 && matches!(s.words[words.end - 1].lower.as_str(), "," | ";" | ":" | "--" | "—") {
        words.end -= 1;
    }
    words
}

/// The country a document is about, as the place (at country precision) of
/// the events it places nowhere near their trigger: the country its places
/// name most (a town counts for its country; a country named as a modifier,
/// "U.S. missionaries", "Peru's embassy", does not), with nationality words
/// and national actors ("Salvadoran troops", "the FMLN") as half a vote
/// each. Only a country that leads outright with at least a full vote (a
/// place, or two nationality words): one nationality word alone says whose
/// people, not where ("Two U.S. missionaries were shot dead"). The span is
/// the first mention of the country itself, else of a nationality word
/// for it, else of its first place.
fn document_country(view: &DocumentView) -> Option<Location> {
    let mut tally: Vec<(String, f32)> = Vec::new();
    let mut vote = |country: &str, weight: f32| match tally.iter_mut().find(|(c, _)| c == country) {
        Some(entry) => entry.1 += weight,
        None => tally.push((country.to_string(), weight)),
    };
    for p in view.places.iter().filter(|p| !country_as_modifier(view, p) && !part_of_a_name(view, p)) {
        vote(&p.country, 1.0);
    }
    for a in view.actors.iter().filter(|a| matches!(a.entry_type, EntryType::Compound | EntryType::Metonym | EntryType::Named)) {
        if let Some(c) = &a.country {
            vote(c, 0.5);
        }
    }
    tally.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    let (code, votes) = tally.first()?;
    if *votes < 1.0 || tally.get(1).is_some_and(|second| second.1 >= *votes) {
        return None;
    }
    let own = |p: &&ResolvedPlace| p.country == *code;
    let named = view.places.iter().filter(own).find(|p| p.precision == sitrep_schema::GeoPrecision::Country).map(|p| p.range.clone());
    let nationality = || {
        view.actors
            .iter()
            .filter(|a| a.entry_type == EntryType::Compound && a.country.as_deref() == Some(code.as_str()))
            .map(|a| a.range.clone())
            .min_by_key(|r| r.start)
    };
    let first_place = || view.places.iter().filter(own).map(|p| p.range.clone()).min_by_key(|r| r.start);
    let range = named.or_else(nationality).or_else(first_place)?;
    country_location(view, code, range)
}

/// A location at country precision for the country `code`, written at
/// `range` of the text.
fn country_location(view: &DocumentView, code: &str, range: Range<usize>) -> Option<Location> {
    let country = sitrep_knowledge::KnowledgeBase::embedded().gazetteer.country_by_code(code)?;
    Some(Location {
        text: view.text.get(range.clone()).unwrap_or_default().to_string(),
        name: Some(country.name.clone()),
        country: Some(country.iso2.clone()),
        admin1: None,
        lat: Some(country.lat),
        lon: Some(country.lon),
        precision: Some(sitrep_schema::GeoPrecision::Country),
        geonameid: Some(u64::from(country.geonameid)),
        span: view.offsets.span(range),
    })
}

/// "near the Malian town of Boni": a place noun in the mention's sentence
/// modified by a nationality, whose own name the gazetteer did not find,
/// places the event in that nationality's country.
fn country_of_an_unknown_place(view: &DocumentView, m: &Mention) -> Option<Location> {
    let s = &view.sentences[m.sentence];
    view.actors.iter().filter(|a| a.entry_type == EntryType::Country && s.start <= a.range.start && a.range.end <= s.end).find_map(|a| {
        let last = s.word_at(a.range.end.saturating_sub(1))?;
        let noun = s.words[last].head.filter(|&h| crate::interactions::PLACE_NOUNS.contains(&s.words[h].lemma.as_str()) && matches!(s.words[last].rel(), "amod" | "compound"))?;
        // "fired from Honduran territory" says where the doers were.
        if s.case_of(noun) == Some("from") {
            return None;
        }
        let phrase = s.bytes(s.subtree(noun));
        let placed = view.places.iter().any(|p| phrase.start <= p.range.start && p.range.end <= phrase.end && p.range.start >= a.range.end);
        if placed {
            return None;
        }
        country_location(view, a.country.as_deref()?, a.range.clone())
    })
}

/// A report goes on in the time it has set: "rebels murdered a family on
/// 10 March. Another band dynamited a bridge" dates the bridge too. An
/// event whose own sentences give no date takes the latest date expression
/// before it in the text, when that date is recent: an old date ("since
/// 1980", "in 1985") is background, not the frame of what follows, and a
/// future one is no frame for what has happened. Never a date in the
/// dateline. (Measured on MUC-4: the whole text before the event gains
/// more than the two or three sentences before, and loses nothing on dev.)
fn earlier_recent_date<'a>(view: &DocumentView<'a>, m: &Mention) -> Option<&'a DateMention> {
    let published = view.published?;
    let s = &view.sentences[m.sentence];
    let in_dateline = |d: &DateMention| view.dateline.as_ref().is_some_and(|r| d.range.start < r.end);
    view.dates
        .iter()
        .filter(|d| d.range.end <= s.start && !in_dateline(d) && !d.future && !dates_a_report(view, d))
        .max_by_key(|d| d.range.start)
        .filter(|d| d.value.is_some_and(|v| !is_historical(v.end, published) && v.end <= published))
}

/// "..., a local official and residents said on Wednesday": a date on a
/// verb of saying is when the report was made, not when the events it
/// tells of happened, and dates none of the events told after it.
fn dates_a_report(view: &DocumentView, d: &DateMention) -> bool {
    let Some(s) = view.sentences.iter().find(|s| s.start <= d.range.start && d.range.end <= s.end) else { return false };
    let Some(first) = s.word_at(d.range.start) else { return false };
    let inside = |k: usize| s.words[k].start >= d.range.start && s.words[k].start < d.range.end;
    // The date's own head: its word whose head lies outside it.
    let mut k = first;
    for _ in 0..s.words.len() {
        match s.words[k].head.filter(|&h| inside(h)) {
            Some(h) => k = h,
            None => break,
        }
    }
    s.words[k].head.is_some_and(|h| crate::casualties::is_reporting_verb(&s.words[h]))
}

/// The latest place of the sentence before the mention's. Only that one:
/// since an event placed nowhere near gets the document's country, reaching
/// further back mostly finds a place of another story of the report
/// (measured on MUC-4, three sentences back: train 804, dev 135 templates
/// with the right country; one: 807 and 138; none: 808 and 137).
fn earlier_place<'a>(view: &DocumentView<'a>, m: &Mention) -> Option<&'a ResolvedPlace> {
    let s = &view.sentences[m.sentence];
    let in_dateline = |p: &ResolvedPlace| view.dateline.as_ref().is_some_and(|d| p.range.start < d.end);
    let window_start = view.sentences[m.sentence.saturating_sub(1)].start;
    view.places
        .iter()
        .filter(|p| p.range.end <= s.start && p.range.start >= window_start && !in_dateline(p) && !country_as_modifier(view, p) && !part_of_a_name(view, p))
        .max_by_key(|p| p.range.start)
}

/// A country named as a modifier ("U.S. soldiers", "the U.S. aggression
/// against Panama", "Peru's ambassador") says whose people or act it is,
/// not where the event happened. Known only in parsed sentences.
fn country_as_modifier(view: &DocumentView, p: &ResolvedPlace) -> bool {
    if p.precision != sitrep_schema::GeoPrecision::Country {
        return false;
    }
    let Some(s) = view.sentences.iter().find(|s| s.start <= p.range.start && p.range.end <= s.end) else { return false };
    let Some(last) = s.word_at(p.range.end.saturating_sub(1)) else { return false };
    let w = &s.words[last];
    // "Kenya's capital", "the Syrian north", "Nigeria's northeast" are
    // places in that country, not the country's people. A name of several
    // words hangs on the part through its first word ("Burkina Faso's
    // north", "faso" flat on "burkina").
    let first = s.word_at(p.range.start).unwrap_or(last);
    let name_head = if w.deprel == "flat" && w.head == Some(first) { first } else { last };
    if s.words[name_head].head.is_some_and(|h| PART_OF_COUNTRY.contains(&s.words[h].lemma.as_str())) {
        return false;
    }
    matches!(w.deprel.as_str(), "compound" | "amod" | "nmod:poss")
        || s.words.get(last + 1).is_some_and(|n| matches!(n.lower.as_str(), "'s" | "’s" | "'"))
}

/// A place the parse joins into a longer name is part of a person's or a
/// group's name, not where anything happened: the gazetteer knows towns
/// called Elizabeth, Valencia and Orlando, but "febe elizabeth velazquez",
/// "carlos valencia garcia" and "the orlando de sola group" are a labour
/// leader, a judge and a political group. The sign is a `flat` link (the
/// relation of the parts of a name) between a word of the place and a word
/// outside it, or the place modifying a proper noun that is no place.
/// Matters most in text without case, where capitals cannot mark names.
/// Known only in parsed sentences.
fn part_of_a_name(view: &DocumentView, p: &ResolvedPlace) -> bool {
    let Some(s) = view.sentences.iter().find(|s| s.start <= p.range.start && p.range.end <= s.end) else { return false };
    let inside = |w: usize| s.words[w].start >= p.range.start && s.words[w].end <= p.range.end;
    let is_place = |w: usize| view.places.iter().any(|q| q.range.start <= s.words[w].start && s.words[w].end <= q.range.end);
    (0..s.words.len()).filter(|&w| inside(w)).any(|w| {
        let word = &s.words[w];
        let head_outside = word.head.filter(|&h| !inside(h));
        (word.rel() == "flat" && head_outside.is_some())
            || s.children_rel(w, "flat").any(|c| !inside(c))
            // "Danilo Barrios" parsed as a compound: a given name before
            // the place word that is no place itself.
            || s.children_rel(w, "compound").any(|c| !inside(c) && c + 1 == w && s.words[c].upos == sitrep_analysis::Upos::Propn && !is_place(c))
            || (word.deprel == "compound" && head_outside.is_some_and(|h| s.words[h].upos == sitrep_analysis::Upos::Propn && !is_place(h)))
    })
}

/// Nouns for a part of a country: a country word modifying one names where
/// something happened.
const PART_OF_COUNTRY: &[&str] = &[
    "capital", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "interior", "border", "coast",
    "countryside", "province", "region", "heartland",
];

/// "here", "in this capital", "in this city": the dateline's place.
fn pointed_dateline<'a>(view: &DocumentView<'a>, s: &Sentence) -> Option<&'a ResolvedPlace> {
    let place = view.dateline_place?;
    let points = s.words.iter().enumerate().any(|(k, w)| {
        w.lower == "here" || (w.lower == "this" && s.words.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "capital" | "city" | "town" | "port")))
    });
    points.then_some(place)
}

/// A common noun that cannot denote a participant in this role ("minutes
/// later", "the incident", "a police post" as the attacker), unless the
/// registry knows the phrase ("Shining Path") or the hand-written noun
/// classes, which outrank WordNet, list the word.
fn cannot_fill(view: &DocumentView, s: &Sentence, role: Role, head: usize) -> bool {
    let w = &s.words[head];
    if w.upos != sitrep_analysis::Upos::Noun {
        return false;
    }
    match crate::mentions::noun_class_with_compounds(s, head) {
        // Things do not act: "three bullets", "explosive devices".
        Some(class) if matches!(class, NounClass::Weapon | NounClass::Facility) => {
            if !matches!(role, Role::Perpetrator | Role::Claimant | Role::Accuser | Role::Denier | Role::Speaker) {
                return false;
            }
        }
        Some(_) => return false,
        None if semantics::can_fill(&w.lemma, role) => return false,
        None => {}
    }
    !view.actors.iter().any(|a| a.range.start <= w.start && w.end <= a.range.end)
}

/// Nouns for a territory named by a place before them ("the Kharkiv
/// region", "Helmand province").
const TERRITORY_NOUNS: &[&str] = &["region", "province", "district", "governorate", "state", "county", "oblast", "department", "municipality"];

/// "airstrikes on the central Gaza Strip", "jets pounded southern Lebanon":
/// a place the gazetteer knows, or a territory it names ("the Kharkiv
/// region"), is no victim (a town an act struck is its target, above: the
/// CAMEO coders' convention). The place must hold the whole name: the
/// gazetteer's "Kent" in "David Leslie Kent" leaves a person; and it must
/// be well known ([`outranks_a_name`]), and not given as a name ("a guard
/// named Pereira"). A common noun for a place with no name ("the city",
/// "the country") is no victim either.
fn names_a_place(view: &DocumentView, s: &Sentence, head: usize) -> bool {
    if s.words[head].head.is_some_and(|h| s.words[h].is_verb() && matches!(s.words[h].lemma.as_str(), "name" | "call" | "identify")) {
        return false;
    }
    let is_name = |j: &usize| s.words[*j].upos == sitrep_analysis::Upos::Propn;
    let covered = |k: usize| {
        let name_start = (0..k).rev().take_while(is_name).last().unwrap_or(k);
        let name_end = (k + 1..s.words.len()).take_while(is_name).last().unwrap_or(k);
        let name = s.words[name_start].start..s.words[name_end].end;
        // "Vargas" is a Venezuelan state, and a man the report calls "Luis
        // Vargas" elsewhere.
        let a_person_elsewhere = || person_name(view, s, k, &name).is_some_and(|full| full.len() > name.len());
        view.places.iter().any(|p| p.range.start <= name.start && name.end <= p.range.end && outranks_a_name(p)) && !a_person_elsewhere()
    };
    let named_territory = TERRITORY_NOUNS.contains(&s.words[head].lemma.as_str()) && head > 0 && covered(head - 1);
    // "launched 112 drones at the country": a word for a country or a
    // settlement, with no name, is a place too.
    let lemma = s.words[head].lemma.as_str();
    let place_word = s.words[head].upos == sitrep_analysis::Upos::Noun && [PLACE_WORDS, TERRITORY_NOUNS, SETTLEMENT_NOUNS].iter().any(|words| words.contains(&lemma));
    covered(head) || named_territory || place_word
}

/// Words for a country or a land as a whole, which name no one hurt (with
/// [`TERRITORY_NOUNS`] and [`SETTLEMENT_NOUNS`]).
const PLACE_WORDS: &[&str] = &["country", "nation", "territory", "area"];

/// Is the place well known enough to outrank a person's name of the same
/// spelling: "Aleppo" was hit, but "Pizarro" (also a Colombian town) was a
/// man. A large town, or a region, a country or any other feature.
fn outranks_a_name(p: &ResolvedPlace) -> bool {
    p.population >= 100_000 || p.feature != sitrep_knowledge::FeatureClass::Place
}

/// Nouns for armed forces and their units, as the modifier of a word for
/// their members ("army troops", "battalion soldiers", "police agents").
const FORCE_UNITS: &[&str] = &["army", "police", "guard", "military", "navy", "battalion", "brigade", "regiment", "detachment", "militia"];

/// In a phrase for people ("Honduran army troops"), the words before the
/// head up to a force or unit noun ("Honduran army"), when there is one.
fn unit_of_members(s: &Sentence, words: Range<usize>, head: usize) -> Option<Range<usize>> {
    let lemma = &s.words[head].lemma;
    // The lemmatiser keeps some plurals ("troops"), as the treebank does.
    let is_people = [lemma.as_str(), lemma.strip_suffix('s').unwrap_or(lemma)].iter().any(|l| match Lexicon::get().noun(l) {
        Some(e) => matches!(e.class, NounClass::Person | NounClass::Agent | NounClass::Force),
        None => semantics::first_sense_is_person(l),
    });
    if !is_people || FORCE_UNITS.contains(&s.words[head].lemma.as_str()) {
        return None;
    }
    let unit_end = (words.start..head.min(words.end)).rev().find(|&k| FORCE_UNITS.contains(&s.words[k].lemma.as_str()))?;
    let start = (words.start..=unit_end).find(|&k| !matches!(s.words[k].upos, sitrep_analysis::Upos::Det | sitrep_analysis::Upos::Num))?;
    Some(start..unit_end + 1)
}

/// Does the phrase at `r` end inside the registry name `x` that starts
/// within it ("the guerrilla movement Tupac" of "... Tupac Amaru
/// Revolutionary Movement")?
fn cuts_short(r: &Range<usize>, x: &ActorMention) -> bool {
    x.range.start >= r.start && x.range.start < r.end && x.range.end > r.end
}

/// The named registry actor that the phrase at `r` cuts short, or that
/// follows it in apposition ("the Peruvian guerrilla movement Tupac Amaru
/// Revolutionary Movement"), if any. A phrase that is a registry name
/// itself keeps it: "JNIM, al Qaeda's Sahel branch, claimed" is JNIM.
fn name_cut_short<'a>(view: &DocumentView<'a>, r: &Range<usize>) -> Option<&'a ActorMention> {
    let named = |x: &&ActorMention| x.entry_type == EntryType::Named;
    if view.actors.iter().filter(named).any(|x| x.range == *r) {
        return None;
    }
    view.actors.iter().filter(named).find(|x| cuts_short(r, x) || in_apposition(view.text, r, x))
}

/// Does the registry name `x` follow the phrase at `r` with nothing but
/// spaces or a comma between, as a name of its own (not the owner of
/// what follows: "X, al Qaeda's branch")?
fn in_apposition(text: &str, r: &Range<usize>, x: &ActorMention) -> bool {
    let owner = text[x.range.end..].starts_with("'s") || text[x.range.end..].starts_with("\u{2019}s");
    x.range.start >= r.end && x.range.start - r.end <= 3 && text[r.end..x.range.start].chars().all(|c| c.is_whitespace() || c == ',') && !owner
}

/// "since the 1932 massacre", "the 2008 Mumbai attacks": an act noun
/// whose own phrase holds a year long past is history, an event of its own
/// that no act of the news joins.
fn named_with_a_past_year(view: &DocumentView, s: &Sentence, head: usize) -> bool {
    let Some(published) = view.published else { return false };
    own_attributive_date(view, s, head).is_some_and(|d| d.value.is_some_and(|v| is_historical(v.end, published)))
}

/// "the 2008 Mumbai attacks, in which 166 people were killed": what a
/// relative clause tells of an act named with a year long past is that
/// history too.
fn told_of_a_past_act(view: &DocumentView, s: &Sentence, head: usize) -> bool {
    let relative_act = act_of_relative_subject(s, head);
    (0..head).any(|act| (told_in_which(s, head, act) || relative_act == Some(act)) && named_with_a_past_year(view, s, act))
}

/// The act noun that the relative "that"/"which" subject of the verb at
/// `act` stands for ("an attack on a church that killed nine":
/// [`crate::mentions::act_named_before_relative`]), if any.
fn act_of_relative_subject(s: &Sentence, act: usize) -> Option<usize> {
    s.child_rel(act, "nsubj").and_then(|r| crate::mentions::act_named_before_relative(s, r))
}

/// The date that opens the noun phrase of the noun at `head` ("the 2008
/// Mumbai attacks"), with only modifiers between, whatever the parse made
/// of it. Such a date dates that noun's event and no other.
fn own_attributive_date<'a>(view: &DocumentView<'a>, s: &Sentence, head: usize) -> Option<&'a DateMention> {
    if !s.words[head].is_noun() {
        return None;
    }
    // The date's own words may be among them ("the 30 October attack").
    let modifiers_from = (0..head).rev().take_while(|&k| matches!(s.words[k].upos, Upos::Adj | Upos::Propn | Upos::Noun)).last().unwrap_or(head);
    let ends_at = if modifiers_from == 0 { s.start } else { s.words[modifiers_from - 1].end };
    view.dates.iter().find(|d| d.attributive && d.range.end >= ends_at && d.range.end <= s.words[head].start && d.range.start >= s.start)
}

/// Dates the event, and makes an asserted event dated well before
/// publication historical background.
fn set_date(view: &DocumentView, event: &mut Event, date: &DateMention) {
    if let Some(v) = date.value {
        event.date = Some(crate::date_value(&v, view.text, date.range.clone(), view.offsets));
        if event.modality == Modality::Asserted && view.published.is_some_and(|p| is_historical(v.end, p)) {
            event.modality = Modality::Historical;
        }
    }
}

/// The taxonomy's cross-walk codes (CAMEO, PLOVER, ACLED, GTD) for the
/// event's kind and subtype.
fn apply_crosswalk(event: &mut Event) {
    if let Some(cw) = Lexicon::get().crosswalk(event.kind, event.subtype.as_deref()) {
        event.cameo = cw.cameo.clone();
        event.plover = cw.plover.clone();
        event.acled = cw.acled.clone();
        event.gtd = cw.gtd.clone();
    }
}

/// The other nationals a phrase of coordinated nationalities names beside
/// `actor` ("US and British activists" are US activists and British
/// activists): the knowledge base composes one compound per country over
/// the same head, and `actor` is the longest of them.
fn co_nationals(view: &DocumentView, s: &Sentence, head: usize, r: &Range<usize>, actor: &Actor) -> Vec<Actor> {
    let head_range = s.words[head].start..s.words[head].end;
    view.actors
        .iter()
        .filter(|m| m.entry_type == EntryType::Compound && m.range.start >= r.start && m.range.end <= r.end)
        .filter(|m| m.range.start <= head_range.start && head_range.end <= m.range.end)
        .filter(|m| m.country.is_some() && m.country != actor.country)
        .map(|m| Actor { country: m.country.clone(), cameo: m.cameo.clone(), sector: m.sector.clone(), ..actor.clone() })
        .collect()
}

/// Endings of a hyphenated modifier that ties a party to another one
/// ("Al Qaeda-linked", "Iran-backed", "Islamic State-affiliated").
const AFFILIATION_SUFFIXES: &[&str] = &["-linked", "-affiliated", "-allied", "-aligned", "-backed", "-supported", "-sponsored", "-funded", "-inspired"];

/// The byte end of the last affiliation modifier in the phrase at `r`.
fn affiliation_end(s: &Sentence, r: &Range<usize>) -> Option<usize> {
    s.words
        .iter()
        .filter(|w| w.start >= r.start && w.end <= r.end && AFFILIATION_SUFFIXES.iter().any(|x| w.lower.ends_with(x)))
        .map(|w| w.end)
        .last()
}

/// An actor exactly as the registry matched it in the text.
fn registry_actor(view: &DocumentView, role: Role, mention: &ActorMention) -> Actor {
    Actor {
        role,
        text: view.text[mention.range.clone()].to_string(),
        name: Some(mention.name.clone()),
        id: Some(mention.id.clone()),
        kind: Some(mention.kind),
        country: mention.country.clone(),
        sector: mention.sector.clone(),
        cameo: mention.cameo.clone(),
        generic: false,
        span: view.offsets.span(mention.range.clone()),
    }
}

/// Head nouns that stand for the registry group named before them.
const GROUP_WORDS: &[&str] = &["group", "organization", "organisation", "movement", "faction", "militia", "front", "cartel"];

/// Head words of a phrase that names an organisation, not people: "the
/// Maoist organization", "drug-trafficking mafias", "a new terrorist
/// movement", "the Roberto d'Aubuisson faction", "drug trafficking
/// rings", "the intelligence services" (a plural of a body is several
/// bodies, not its people). "Group" is left out: "a group of armed men",
/// "the group" are the people who acted; so are "gangs", which the keys
/// write as individuals.
pub(crate) const BODY_WORDS: &[&str] = &["organization", "organisation", "movement", "faction", "cartel", "mafia", "syndicate", "ring", "service"];

/// Does the phrase headed at `head` name an organisation outside the
/// registry: its head is a word for a body ([`BODY_WORDS`]), or "Front"
/// ending a name ("the Patriotic Liberation Front")? Such a party is an
/// organisation, not a person, whoever it is.
fn names_a_body(s: &Sentence, head: usize) -> bool {
    let w = &s.words[head];
    BODY_WORDS.contains(&w.lemma.as_str()) || (w.lemma == "front" && w.upos == sitrep_analysis::Upos::Propn)
}

/// "a terrorist attack", "a guerrilla ambush": a common word that
/// modifies another says what kind of party acted, not which one (schema
/// `generic`), and no later pronoun refers back to it. Not a state force:
/// "an army attack", "a police raid" are the country's army and police,
/// one party each.
fn is_kind_word(s: &Sentence, head: usize) -> bool {
    matches!(s.words[head].deprel.as_str(), "amod" | "compound")
        && s.words[head].upos != sitrep_analysis::Upos::Propn
        && Lexicon::get().noun(&s.words[head].lemma).map(|e| e.class) != Some(NounClass::Force)
}

/// Is the registry name ending at byte `end` the possessor of a target
/// that is no building of its own ("the defense ministry's | courtyard")?
/// A thing that belongs to a party is not that party, however long the
/// party's name; a building keeps the owner's sector ("the attorney
/// general's office").
fn possessor_of_thing(s: &Sentence, end: usize, head: usize) -> bool {
    crate::mentions::noun_class_with_compounds(s, head) != Some(NounClass::Facility)
        && s.words[..head].iter().any(|w| w.start == end && w.deprel == "case" && matches!(w.lower.as_str(), "'s" | "'"))
}

/// "presidential candidate alberto mena": a registry entry for the
/// people of an organisation ("presidential candidate", kept under
/// political parties) before a name the parser made the phrase's head.
/// The entry does not cover the head, which is a proper noun, and the
/// entry's last word is a word for a person: the phrase is that person
/// named with a description, not the party. `entry_end` is the entry's
/// byte end.
fn name_after_registry_word_for_a_person(s: &Sentence, head: usize, covers_head: bool, entry_end: usize) -> bool {
    !covers_head
        && s.words[head].upos == sitrep_analysis::Upos::Propn
        && s.words.iter().find(|w| w.end == entry_end).is_some_and(|w| w.end <= s.words[head].start && semantics::first_sense_is_person(&w.lemma))
}

fn make_actor(view: &DocumentView, s: &Sentence, role: Role, head: usize, r: Range<usize>, text: String) -> Actor {
    let span = view.offsets.span(r.clone());
    // The registry entry covering the argument's head word, longest first.
    let head_range = s.words[head].start..s.words[head].end;
    let entry = view
        .actors
        .iter()
        .filter(|a| a.range.start >= r.start && a.range.end <= r.end)
        .filter(|a| {
            a.range.start <= head_range.start && head_range.end <= a.range.end
                // "opponents of the Egyptian president" are not the president,
                // nor is "the defense ministry's courtyard" the ministry.
                || a.range.len() * 2 >= r.len()
                    && !crate::mentions::STANCE_NOUNS.contains(&s.words[head].lemma.as_str())
                    && !(role == Role::Target && possessor_of_thing(s, a.range.end, head))
                // "the Maoist 'Shining Path' group": a word for a group
                // around a registry name is that group.
                || GROUP_WORDS.contains(&s.words[head].lemma.as_str()) && a.range.end <= head_range.start && a.entry_type == EntryType::Named
        })
        .max_by_key(|a| a.range.len());
    // "the Al Qaeda-linked JNIM": the group named after the affiliation
    // is the party, whatever word the parser took for the head.
    let entry = affiliation_end(s, &r)
        .and_then(|end| view.actors.iter().filter(|a| a.range.start >= end && a.range.end <= r.end).max_by_key(|a| a.range.len()))
        .or(entry);
    let class = crate::mentions::noun_class_with_compounds(s, head);
    let modifier_only = head_range == r && is_kind_word(s, head);
    if let Some(a) = entry.filter(|a| a.entry_type == EntryType::Country) {
        if let Some(person) = named_after_nationality(view, s, head, &r, a, role, &text, span) {
            return person;
        }
    }
    if let Some(a) = entry {
        // Agent nouns ("guerrillas", "Salvadoran soldiers") are people, not
        // organisations, whatever their sector.
        let covers_head = a.range.start <= head_range.start && head_range.end <= a.range.end;
        let people_of_it = !covers_head && matches!(class, Some(NounClass::Person | NounClass::Agent | NounClass::Force));
        // An institution ("the army", "the police", "the government") is
        // an organisation; the people of it ("soldiers", "officials",
        // "policemen", "security forces") are people.
        let head_word = &s.words[head];
        let plural = head_word.lower != head_word.lemma && head_word.lower.ends_with('s');
        // "The armed forces" is the institution in spite of its plural, as
        // its use with "the army" shows ("the armed forces high command").
        let armed_forces = head_word.lemma == "force" && head > 0 && s.words[head - 1].lower == "armed";
        let institution = a.kind == ActorKind::Organization
            && (!plural || armed_forces)
            && !semantics::first_sense_is_person(&head_word.lemma)
            && !name_after_registry_word_for_a_person(s, head, covers_head, a.range.end);
        let kind = match a.entry_type {
            // "the army headquarters": a registry word before a building
            // says whose it is; the building is a place. So is a building
            // the registry names for its people ("a Shiite mosque",
            // "the church") when it is what was hit; "the Church said" is
            // the institution.
            _ if class == Some(NounClass::Facility) && (!covers_head || role == Role::Target) => ActorKind::Facility,
            EntryType::Agent if institution => ActorKind::Organization,
            // "drug-trafficking mafias": a registry word for a kind of
            // party before a word for a body is that body.
            EntryType::Agent | EntryType::Compound if names_a_body(s, head) => ActorKind::Organization,
            EntryType::Agent | EntryType::Compound => ActorKind::Person,
            // "members of the FMLN" are people of the organisation.
            _ if people_of_it => ActorKind::Person,
            _ => a.kind,
        };
        let named = matches!(a.entry_type, EntryType::Named | EntryType::Country | EntryType::Metonym);
        // An entry of no country takes the one its phrase gives it
        // ("Filipino peacekeepers").
        let country = a
            .country
            .clone()
            .or_else(|| nationality_in(view, r.start..a.range.start.max(r.start)))
            .or_else(|| (kind == ActorKind::Person).then(|| origin_after(view, s, &r)).flatten());
        // A person described by a registry word before their name ("U.S.
        // businessman Thomas Kerrigan", where "businessman" is an agent
        // entry) is still named by the name.
        let name = if named {
            Some(a.name.clone())
        } else if kind == ActorKind::Person {
            person_name(view, s, head, &r)
        } else {
            None
        };
        return Actor {
            role,
            text,
            name,
            id: named.then(|| a.id.clone()),
            kind: Some(kind),
            country,
            sector: a.sector.clone(),
            cameo: a.cameo.clone(),
            // "an army attack" is the country's army, one party.
            generic: modifier_only && !named && kind == ActorKind::Person,
            span,
        };
    }
    let kind = match class {
        Some(NounClass::Facility) => Some(ActorKind::Facility),
        Some(NounClass::Weapon) => Some(ActorKind::Object),
        Some(NounClass::Person | NounClass::Agent | NounClass::Force) => Some(ActorKind::Person),
        Some(NounClass::Mishap) => None,
        None if names_a_body(s, head) => Some(ActorKind::Organization),
        None if s.words[head].upos == sitrep_analysis::Upos::Propn
            || given_name_and_surname(s, head)
            || crate::mentions::surname_after_title(s, head)
            || given_name_before_surname(s, head, &r) =>
        {
            Some(ActorKind::Person)
        }
        // A word for a person the lexicon lacks, followed by a name
        // ("political analyst rodrigo pelaez"): the person named.
        None if person_word_before_name(s, head, &r) => Some(ActorKind::Person),
        None if role == Role::Target => Some(ActorKind::Object),
        None => None,
    };
    let sector = match class {
        Some(NounClass::Force) => Some("security".to_string()),
        Some(NounClass::Agent) => Some("armed_group".to_string()),
        Some(NounClass::Person) => Some("civilian".to_string()),
        _ => None,
    };
    // A place in the phrase gives the country ("a government-held part of
    // Aleppo", "the mall in Kenya's capital", "the U.S. embassy in Lima":
    // the first, the owner before the site); a phrase that is a place is
    // no person, whatever its capital letter suggested.
    // A person's phrase keeps no country from a place in it: "Senator
    // Federico Estrada Velez" is not from Vélez.
    let place = view.places.iter().find(|p| p.range.start >= r.start && p.range.end <= r.end);
    let kind = match place {
        // Only a well-known place outranks a name: "Aleppo" was hit, but
        // "Pizarro" (also a Colombian town) was a man.
        Some(p) if p.range == r && outranks_a_name(p) => {
            (p.precision == sitrep_schema::GeoPrecision::Country).then_some(ActorKind::Country)
        }
        _ => kind,
    };
    // A description of people takes it ("Syrian forces", "US activists");
    // a name does not.
    let is_name = s.words[head].upos == sitrep_analysis::Upos::Propn;
    let country = if kind == Some(ActorKind::Person) && is_name {
        None
    } else {
        // People named by their stance take the nationality of the body
        // in their "of" phrase ("supporters of the Egyptian president").
        let stance = crate::mentions::STANCE_NOUNS.contains(&s.words[head].lemma.as_str());
        let of_body = || view.actors.iter().find(|a| a.range.start >= r.start && a.range.end <= r.end && a.country.is_some()).and_then(|a| a.country.clone());
        place.map(|p| p.country.clone()).or_else(|| if stance { of_body() } else { nationality_in(view, r.start..s.words[head].start) }).or_else(|| {
            // "dissidents from Egypt", when the parser hung the "from"
            // phrase elsewhere.
            (kind == Some(ActorKind::Person)).then(|| origin_after(view, s, &r)).flatten()
        })
        .or_else(|| origin_of_document(view, s, head))
    };
    let name = if kind == Some(ActorKind::Person) { person_name(view, s, head, &r) } else { None };
    let generic = modifier_only && matches!(kind, Some(ActorKind::Person) | None);
    Actor { role, text, name, id: None, kind, country, sector, cameo: None, generic, span }
}

/// "Spaniard Jose Maria Martinez", "Salvadoran presidency minister Antonio
/// Rodriguez Porth": when the parser makes the nationality the phrase's
/// head, the registry's country entry covers the head, and the actor would
/// be the country. A victim or target phrase that goes on past the
/// nationality to a person's name (`person_name`) is that person, of that
/// country.
#[allow(clippy::too_many_arguments)]
fn named_after_nationality(view: &DocumentView, s: &Sentence, head: usize, r: &Range<usize>, a: &ActorMention, role: Role, text: &str, span: Span) -> Option<Actor> {
    if !matches!(role, Role::Victim | Role::Target) || a.range.end >= r.end {
        return None;
    }
    let run = trailing_name(s, r)?;
    if s.words[run.start].start < a.range.end {
        return None;
    }
    let name = person_name(view, s, head, r).or_else(|| Some(view.text[s.words[run.start].start..s.words[run.end - 1].end].to_string()))?;
    Some(Actor { role, text: text.to_string(), name: Some(name), id: None, kind: Some(ActorKind::Person), country: a.country.clone(), sector: None, cameo: None, generic: false, span })
}

/// The armed group (a registry name of sector rebel, insurgent or armed
/// group) that is the subject of a verb of reporting whose complement holds
/// the event at `head`.
fn own_report_of<'a>(view: &DocumentView<'a>, s: &Sentence, head: usize) -> Option<&'a ActorMention> {
    let clause = std::iter::once(head).chain(s.ancestors(head)).take(4).find(|&k| s.words[k].rel() == "ccomp")?;
    // The event is what the clause reports, not a reason or a thing
    // mentioned in it ("said it would retaliate for the killing of its
    // commander"), and the clause reports a deed, not an intention.
    let mut k = head;
    while k != clause {
        if !matches!(s.words[k].rel(), "obj" | "conj" | "xcomp") {
            return None;
        }
        k = s.words[k].head?;
    }
    // "said it did not carry out the attack" is a denial, not its own report.
    if modality_of(s, head) == Modality::Negated || crate::modality::denied_part_in(s, head) {
        return None;
    }
    if s.children_rel(clause, "aux").any(|a| matches!(s.words[a].lower.as_str(), "would" | "will" | "could" | "may" | "might" | "can" | "shall" | "'ll")) {
        return None;
    }
    let verb = s.words[clause].head?;
    if !matches!(s.words[verb].lemma.as_str(), "report" | "announce" | "say" | "state" | "inform" | "communicate") {
        return None;
    }
    let subject = s.child_rel(verb, "nsubj")?;
    let r = s.bytes(s.noun_phrase(subject));
    view.actors.iter().find(|a| {
        a.range.start >= r.start
            && a.range.end <= r.end
            && a.entry_type == EntryType::Named
            && matches!(a.sector.as_deref(), Some("rebel" | "insurgent" | "armed_group" | "terrorist" | "militia" | "separatist"))
    })
}

/// The country of "from <country>" right after the phrase at `r`.
fn origin_after(view: &DocumentView, s: &Sentence, r: &Range<usize>) -> Option<String> {
    let next = s.words.iter().position(|w| w.start >= r.end)?;
    if s.words[next].lower != "from" {
        return None;
    }
    let after = s.words.get(next + 1)?;
    view.places.iter().find(|p| p.range.start == after.start && p.precision == sitrep_schema::GeoPrecision::Country).map(|p| p.country.clone())
}

/// The country of a country name or nationality word within `bytes`
/// ("Syrian" of "Syrian forces", "Filipino" of "Filipino peacekeepers").
fn nationality_in(view: &DocumentView, bytes: Range<usize>) -> Option<String> {
    view.actors
        .iter()
        .find(|a| a.range.start >= bytes.start && a.range.end <= bytes.end && matches!(a.entry_type, EntryType::Country | EntryType::Metonym))
        .and_then(|a| a.country.clone())
}

/// Particles inside Spanish, Portuguese and Dutch names ("Rivera y Damas",
/// "Torrado de Otalora").
const NAME_PARTICLES: &[&str] = &["de", "del", "la", "y", "da", "do", "dos", "van", "von", "der", "bin", "ibn", "al", "el"];

/// The words of the proper-name run that ends the phrase at `r` (titles,
/// descriptions and a trailing age dropped: "Senator Federico Estrada
/// Velez" → "Federico Estrada Velez", "Garcia Alvarado, 56" → "Garcia
/// Alvarado").
fn trailing_name(s: &Sentence, r: &Range<usize>) -> Option<Range<usize>> {
    let words: Vec<usize> = (0..s.words.len()).filter(|&k| s.words[k].start >= r.start && s.words[k].end <= r.end).collect();
    let mut end = *words.last()? + 1;
    let first = *words.first()?;
    while end > first && matches!(s.words[end - 1].upos, sitrep_analysis::Upos::Num | sitrep_analysis::Upos::Punct) {
        end -= 1;
    }
    let mut start = end;
    while start > first {
        let w = &s.words[start - 1];
        let particle = NAME_PARTICLES.contains(&w.lower.as_str()) && start < end && start - 1 > first && s.words[start - 2].upos == sitrep_analysis::Upos::Propn;
        // A first name the tagger took for a common noun ("hector" of
        // "hector oqueli") starts the name all the same.
        let given_name = start < end && semantics::is_given_name(&w.lower);
        // ... and so does a surname no dictionary knows right after it
        // ("oqueli" of "hector oqueli", both tagged as nouns) or right
        // after a title ("ruiz" of "senator ruiz").
        let surname = start == end && start - 1 > first && (given_name_and_surname(s, start - 1) || crate::mentions::surname_after_title(s, start - 1));
        if w.upos == sitrep_analysis::Upos::Propn || particle || given_name || surname {
            start -= 1;
        } else {
            break;
        }
    }
    // Titles the tagger took for names: "senator federico estrada velez",
    // "u.s. businessman thomas kerrigan", "jesuit priests pablo mejia".
    let first = start;
    if let Some(last_title) = (start..end).rev().find(|&k| is_title_in_name_run(&s.words[k], k == first, k + 1 == end)) {
        start = last_title + 1;
    }
    (start < end).then_some(start..end)
}

/// Is this word of a run of proper nouns a title or description rather
/// than part of the name? A word for a person, also in the plural
/// ("priests", "cattlemen"), or an abbreviated title, anywhere in the run;
/// other descriptors (places, groups, buildings) only at its start, since
/// inside a name they are usually a surname ("Pedro Villa Ramos", where
/// "villa" is also a house).
///
/// A plural in "-ies" or "-men" counts only before more of the run: last,
/// it is more likely a surname ("Davies", whose "Davy" WordNet knows as a
/// person).
fn is_title_in_name_run(w: &crate::syntax::Word, at_start: bool, at_end: bool) -> bool {
    let person = |x: &str| semantics::first_sense_is_person(x) || sitrep_text::tokens::TITLE_ABBREVIATIONS.contains(&x.trim_end_matches('.'));
    let plural = !at_end && irregular_singular(&w.lower).is_some_and(|one| person(&one));
    !semantics::is_given_name(&w.lower) && (person(&w.lower) || person(&w.lemma) || plural || at_start && semantics::is_descriptor(&w.lower))
}

/// The singular of a plural in "-ies" or "-men" ("missionaries",
/// "councilmen"), which the lemmatiser leaves as it is when the tagger
/// reads the word as part of a name.
fn irregular_singular(lower: &str) -> Option<String> {
    if let Some(stem) = lower.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    if let Some(stem) = lower.strip_suffix("men").filter(|stem| !stem.is_empty()) {
        return Some(format!("{stem}man"));
    }
    // "comrades", "brothers", "journalists": a plain plural in "-s".
    lower.strip_suffix('s').filter(|stem| stem.len() > 2 && !stem.ends_with('s')).map(str::to_string)
}

/// Is the head a given name the tagger took for a common noun, with the
/// surname that extraction joined to it in the phrase at `r` ("justice
/// carlos valencia garcia", see `surname_cut_off` in `mentions.rs`)?
fn given_name_before_surname(s: &Sentence, head: usize, r: &Range<usize>) -> bool {
    semantics::is_given_name(&s.words[head].lower) && s.words.get(head + 1).is_some_and(|w| w.end <= r.end)
}

/// Is the head a common noun whose first WordNet sense is a person
/// ("analyst", "lawyer"), with a run of names after it in the phrase at
/// `r` ("political analyst rodrigo pelaez")? The noun describes the person
/// the name names.
fn person_word_before_name(s: &Sentence, head: usize, r: &Range<usize>) -> bool {
    s.words[head].upos == sitrep_analysis::Upos::Noun
        && semantics::first_sense_is_person(&s.words[head].lemma)
        && trailing_name(s, r).is_some_and(|run| run.start > head)
}

/// Is the word a surname no dictionary knows after a given name ("hector
/// oqueli", which the tagger reads as two common nouns in lower-case text)?
fn given_name_and_surname(s: &Sentence, head: usize) -> bool {
    head > 0 && semantics::senses(&s.words[head].lower).is_none() && semantics::is_given_name(&s.words[head - 1].lower)
}

/// A person's name without titles, completed from a fuller mention of the
/// same person elsewhere in the document ("Pizarro" → "Carlos Pizarro"),
/// when the phrase is not already just that name.
fn person_name(view: &DocumentView, s: &Sentence, head: usize, r: &Range<usize>) -> Option<String> {
    // The name must be the phrase's head ("Senator X"), not a name inside
    // a description ("members of the FARC").
    let run = trailing_name(s, r)
        .filter(|run| {
            run.contains(&head)
                || head < run.start && s.words[head..run.start].iter().all(|w| matches!(w.upos, sitrep_analysis::Upos::Propn | sitrep_analysis::Upos::Noun))
                || name_in_apposition_after(s, head, run)
        })
        .or_else(|| name_in_apposition_before(s, head, r))?;
    // Something in it must be no common noun ("the resolution" is no one)
    // and it must not end in an abbreviation ("Inc.").
    let words = &s.words[run.clone()];
    // In text with case, capitals say it is a name even when every word is
    // also a common noun ("Hector Ponce").
    let sentence_text = &view.text[s.start..s.end];
    let cased = sentence_text.chars().any(char::is_lowercase) && sentence_text.chars().filter(|c| c.is_alphabetic()).take(200).any(char::is_uppercase);
    let capitalised = cased && words.iter().all(|w| view.text[w.start..w.end].chars().next().is_some_and(char::is_uppercase));
    // A run that opens with a given name is a name even when each word
    // is also a common word or a place ("carlos valencia garcia").
    let given_first = words.len() >= 2 && semantics::is_given_name(&words[0].lower);
    if !capitalised && !given_first && words.iter().all(|w| semantics::senses(&w.lower).is_some()) || words.last().is_some_and(|w| w.lower.contains('.')) {
        return None;
    }
    let mut name: Vec<&str> = run.clone().map(|k| view.text[s.words[k].start..s.words[k].end].as_ref()).collect();
    if name.len() <= 2 {
        if let Some(fuller) = fuller_name(view, &name) {
            name = fuller;
        }
    }
    let name = name.join(" ");
    (name.to_lowercase() != view.text[r.clone()].to_lowercase()).then_some(name)
}

/// "his assistant, elmer munoz": is the name run `run` the apposition of
/// the word for a person at `head`, with only a comma (and words of the
/// description) between them? The phrase is the person the name names;
/// without this the victim is "his assistant, elmer munoz", no name.
fn name_in_apposition_after(s: &Sentence, head: usize, run: &Range<usize>) -> bool {
    use sitrep_analysis::Upos;
    let between = &s.words[head + 1..run.start.max(head + 1)];
    head < run.start
        && semantics::first_sense_is_person(&s.words[head].lemma)
        && between.iter().filter(|w| w.lower == ",").count() == 1
        && between.last().is_some_and(|w| w.lower == ",")
        && between.iter().all(|w| w.lower == "," || matches!(w.upos, Upos::Propn | Upos::Noun | Upos::Adj))
}

/// "celina ossa de gomez, conservative party leader": the name run that
/// opens the phrase at `r` and ends at a comma, when the head is the
/// description after it. The parser often makes the description the head
/// and the name its compound; the person is named by the run.
fn name_in_apposition_before(s: &Sentence, head: usize, r: &Range<usize>) -> Option<Range<usize>> {
    let first = (0..s.words.len()).find(|&k| s.words[k].start >= r.start)?;
    let comma = (first..s.words.len()).take_while(|&k| s.words[k].end <= r.end).find(|&k| s.words[k].lower == ",")?;
    if head <= comma || comma < first + 2 || !semantics::first_sense_is_person(&s.words[head].lemma) {
        return None;
    }
    // A list of names is no apposition ("alfredo cristiani, colonel rene
    // ponce"): the description after the comma names no one.
    let after = (comma + 1..s.words.len()).take_while(|&k| s.words[k].end <= r.end);
    if after.clone().any(|k| s.words[k].upos == sitrep_analysis::Upos::Propn || semantics::is_given_name(&s.words[k].lower)) {
        return None;
    }
    let before = s.bytes(first..comma);
    // Only titles before the name ("senator celina ossa, ..."), not a
    // phrase it is part of ("the brother of X, a lawyer").
    let titles_only = |run: &Range<usize>| s.words[first..run.start].iter().all(|w| matches!(w.upos, sitrep_analysis::Upos::Det | sitrep_analysis::Upos::Noun | sitrep_analysis::Upos::Propn | sitrep_analysis::Upos::Adj));
    trailing_name(s, &before).filter(|run| run.len() >= 2 && titles_only(run))
}

/// The longest proper-name run in the document's parsed sentences that ends
/// with `short`, or with `short` and one more name, and is longer than it.
fn fuller_name<'a>(view: &DocumentView<'a>, short: &[&str]) -> Option<Vec<&'a str>> {
    let mut best: Option<Vec<&'a str>> = None;
    for s in view.sentences {
        let mut k = 0;
        while k < s.words.len() {
            if s.words[k].upos != sitrep_analysis::Upos::Propn {
                k += 1;
                continue;
            }
            let start = k;
            while k < s.words.len()
                && (s.words[k].upos == sitrep_analysis::Upos::Propn
                    || NAME_PARTICLES.contains(&s.words[k].lower.as_str()) && s.words.get(k + 1).is_some_and(|n| n.upos == sitrep_analysis::Upos::Propn))
            {
                k += 1;
            }
            let first = start;
            let start = (start..k).rev().find(|&j| is_title_in_name_run(&s.words[j], j == first, j + 1 == k)).map_or(start, |j| j + 1);
            let run: Vec<&'a str> = (start..k).map(|j| &view.text[s.words[j].start..s.words[j].end]).collect();
            // The short name ends the run, or is followed by one more name,
            // a second surname ("Rivera" of "Roberto Armando Rivera Escobar",
            // "Bernardo Jaramillo" of "Bernardo Jaramillo Ossa").
            let ends_with = |end: usize| end >= short.len() && run[end - short.len()..end].iter().zip(short).all(|(a, b)| a.eq_ignore_ascii_case(b));
            let holds_short = run.len() > short.len() && (ends_with(run.len()) || ends_with(run.len() - 1));
            if holds_short && best.as_ref().map_or(true, |b| run.len() > b.len()) {
                best = Some(run);
            }
        }
    }
    let in_text = fuller_name_in_text(view.text, short).or_else(|| fuller_name_after_given_name(view.text, short));
    // The text may name more than the parse found: a lower-case tagger
    // often leaves the given name outside the run ("mnr leader hector
    // oqueli" tagged as common nouns), so the longer of the two wins.
    match (best, in_text) {
        (Some(b), Some(t)) => Some(if t.len() > b.len() { t } else { b }),
        (b, t) => b.or(t),
    }
}

/// The same, for text without case (wire transcripts in lower or upper
/// case), where no capital marks where a name starts: a run of words no
/// dictionary knows before `short` counts only when it opens with a given
/// name from the given-name list ("hector" of "hector oqueli", "roberto" of
/// "roberto garcia alvarado"), the one sign left that a name begins there.
/// At most three words before `short`; the run is cut to start at its
/// first given name ("leader hector oqueli" gives "hector oqueli").
fn fuller_name_after_given_name<'a>(text: &'a str, short: &[&str]) -> Option<Vec<&'a str>> {
    let words = name_tokens(text);
    let name_part = |w: &str| {
        let lower = w.to_lowercase();
        semantics::is_given_name(&lower)
            || w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() || c == '-') && !NOT_NAME_WORDS.contains(&lower.as_str()) && semantics::senses(&lower).is_none()
    };
    let mut best: Option<Vec<&'a str>> = None;
    for i in 0..words.len().saturating_sub(short.len().saturating_sub(1)) {
        if short.is_empty() || !words[i..i + short.len()].iter().zip(short).all(|(a, b)| a.eq_ignore_ascii_case(b)) {
            continue;
        }
        let mut start = i;
        while start > 0 && i - start < 3 && name_part(words[start - 1]) {
            start -= 1;
        }
        let Some(first) = (start..i).find(|&j| semantics::is_given_name(&words[j].to_lowercase())) else {
            continue;
        };
        if best.as_ref().map_or(true, |b| i + short.len() - first > b.len()) {
            best = Some(words[first..i + short.len()].to_vec());
        }
    }
    best
}

/// Function words that never belong to a name before a surname.
const NOT_NAME_WORDS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "to", "by", "in", "on", "at", "for", "with", "from", "that", "which", "who", "as", "is",
    "was", "were", "be", "been", "his", "her", "their", "its", "our", "mr", "mrs", "ms", "dr", "said", "says", "when", "after",
];

/// The same, for sentences that were never parsed: the capitalised words
/// right before an occurrence of `short` in the text (not a function word,
/// not a common noun WordNet knows). Only in text with case: in lower-case
/// or upper-case text nothing marks where a name starts.
fn fuller_name_in_text<'a>(text: &'a str, short: &[&str]) -> Option<Vec<&'a str>> {
    let cased = text.chars().any(|c| c.is_uppercase()) && text.chars().any(|c| c.is_lowercase());
    if !cased {
        return None;
    }
    let words = name_tokens(text);
    let name_like = |w: &str| {
        let lower = w.to_lowercase();
        w.chars().count() >= 2
            && !NOT_NAME_WORDS.contains(&lower.as_str())
            && semantics::senses(&lower).is_none()
            && w.chars().next().is_some_and(char::is_uppercase)
    };
    let mut best: Option<Vec<&'a str>> = None;
    for i in 0..words.len().saturating_sub(short.len() - 1) {
        if !words[i..i + short.len()].iter().zip(short).all(|(a, b)| a.eq_ignore_ascii_case(b)) {
            continue;
        }
        let mut start = i;
        while start > 0 && i - start < 3 {
            let w = words[start - 1];
            let particle = NAME_PARTICLES.contains(&w.to_lowercase().as_str()) && start >= 2 && name_like(words[start - 2]);
            if name_like(w) || particle {
                start -= 1;
            } else {
                break;
            }
        }
        if start < i && best.as_ref().map_or(true, |b| i + short.len() - start > b.len()) {
            best = Some(words[start..i + short.len()].to_vec());
        }
    }
    best
}

/// The text's words (letters, apostrophes, hyphens) and, as tokens of
/// their own, the punctuation between them: a comma ends a name ("Pedro
/// Manuel Vasquez, Rafael Romero" names two people, not one of four words).
fn name_tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut word_start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() || c == '\'' || c == '-' {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            tokens.push(&text[start..i]);
        }
        if !c.is_whitespace() {
            tokens.push(&text[i..i + c.len_utf8()]);
        }
    }
    if let Some(start) = word_start {
        tokens.push(&text[start..]);
    }
    tokens
}

/// A killing that gives no figure still says how many died when it names
/// whom it killed: "gunmen murdered the mayor" is one death, "the massacre
/// of six priests" six. Each victim of a mention that means a death (a
/// killing, a completed assassination) counts as its number ("six
/// priests"), one for a singular phrase or name, and each coordinated name
/// as one more. The victims named may be one person told twice ("the
/// general", "Enrique Lopez"), so the figure is a range from the largest
/// victim to all of them together. None when a victim is a plural without
/// a number ("killed peasants"): the text does not say how many. With the
/// count, the bytes of its source.
fn victims_killed(view: &DocumentView, d: &Draft) -> Option<(Count, Option<Range<usize>>)> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut counts: Vec<u64> = Vec::new();
    let mut first: Option<(Range<usize>, &Sentence, usize)> = None;
    for m in &d.mentions {
        let s = &view.sentences[m.sentence];
        if modality_of(s, m.head) != Modality::Asserted {
            continue;
        }
        let means_death = m.kind == EventKind::Killing || m.subtype.as_deref() == Some("assassination") || is_death_word(s, m.head);
        // Coordinated victims of one mention ("killed Pedro Lopez and
        // Maria Gomez") are different people: their counts add up.
        let mut groups: Vec<(usize, u64)> = Vec::new();
        // Not a phrase that names no one ("about 250 kilometers" the parser
        // listed with the victim), which the event leaves out too.
        for a in m.args.iter().filter(|a| a.role == Role::Victim && !is_pronoun(s, a.head) && !cannot_fill(view, s, Role::Victim, a.head) && (means_death || died_in_sentence(s, a.head))) {
            let r = s.bytes(strip_article(s, a.words.clone()));
            if !seen.insert(view.text[r.clone()].to_lowercase()) {
                continue;
            }
            let people = people_in_phrase(s, a.words.clone())?;
            let first_conjunct = first_conjunct(s, a.head);
            match groups.iter_mut().find(|(g, _)| *g == first_conjunct) {
                Some((_, n)) => *n += people,
                None => groups.push((first_conjunct, people)),
            }
            first.get_or_insert((r, s, m.head));
        }
        counts.extend(groups.into_iter().map(|(_, n)| n));
    }
    let low = counts.iter().copied().max()?;
    let high: u64 = counts.iter().sum();
    let (r, s, act) = first?;
    // The people named are counted on the word of whoever tells of the act
    // that first names them ("..., police said").
    let source = casualties::source_of_act(s, act);
    let count = Count {
        low: Some(low),
        best: (low == high).then_some(low),
        high: Some(high),
        text: view.text[r.clone()].to_string(),
        source: source.clone().map(|src| view.text[src].to_string()),
        span: view.offsets.span(r),
        reports: Vec::new(),
    };
    Some((count, source))
}

/// A verb or adjective that says someone died ("killed", "died", "found
/// dead"), or one told "to death" ("shot to death", "beaten to death"): an
/// attack or bombing told with it ("a man was killed by the bomb") killed
/// its victims, not only harmed them.
fn is_death_word(s: &Sentence, w: usize) -> bool {
    let word = &s.words[w];
    let killing = (word.is_verb() || word.upos == Upos::Adj) && casualties::harm_of(&word.lemma, &word.lower) == Some(Harm::Killed);
    let to_death = s.words.get(w + 1).is_some_and(|x| x.lower == "to") && s.words.get(w + 2).is_some_and(|x| x.lower == "death");
    let found_dead = s.words.iter().any(|x| x.head == Some(w) && matches!(x.deprel.as_str(), "xcomp" | "obl" | "advcl") && matches!(x.lower.as_str(), "dead" | "death"));
    (killing || to_death || found_dead) && modality_of(s, w) == Modality::Asserted
}

/// Whether the victim whose head is `v` is the one a death word of the
/// sentence governs ("Inspector Ruiz died in the blast", "his driver was
/// killed", "the mayor was shot to death"), through the words of a name
/// and the conjuncts it belongs to: an event that merged such a clause
/// into an attack or sabotage still killed that victim.
fn died_in_sentence(s: &Sentence, v: usize) -> bool {
    let governor = s.words[first_conjunct(s, v)].head;
    governor.is_some_and(|g| is_death_word(s, g))
}

/// The head of the first of the conjuncts joined by "and" that word `i`
/// belongs to, through the words of a name ("Lopez" of "Pedro Lopez");
/// `i`'s phrase head when it is no such conjunct. Conjuncts after a comma
/// alone are left apart: the parser makes many appositions of them ("the
/// general, Enrique Lopez").
fn first_conjunct(s: &Sentence, mut i: usize) -> usize {
    for _ in 0..s.words.len() {
        let and = || s.children_rel(i, "cc").any(|c| s.words[c].lower == "and");
        match s.words[i].head {
            Some(h) if s.words[i].deprel == "flat" || s.words[i].deprel == "conj" && and() => i = h,
            _ => break,
        }
    }
    i
}

/// How many people a victim phrase names: each part of it between "and"
/// and commas ("a judge, his wife and two bodyguards") is its number ("two
/// bodyguards"), else one for a singular noun or a name; a part without a
/// noun ("Roberto Navas, 42,") is an aside. The parts are read from the
/// words, not the parse, which often misses the coordination of names in
/// text without case. None when a part is a plural or a group without a
/// number: the text does not say how many.
fn people_in_phrase(s: &Sentence, words: Range<usize>) -> Option<u64> {
    let mut total = 0;
    let mut part_start = words.start;
    for k in words.start..=words.end {
        let boundary = k == words.end || matches!(s.words[k].lower.as_str(), "and" | "," | ";");
        if !boundary {
            continue;
        }
        total += people_in_part(s, part_start..k)?;
        part_start = k + 1;
    }
    (total > 0).then_some(total)
}

/// The people one coordinated part names (see `people_in_phrase`): 0 when
/// it has no noun.
fn people_in_part(s: &Sentence, part: Range<usize>) -> Option<u64> {
    // The head: the last noun before the first preposition that follows a
    // noun ("the mayor of the town" is the mayor).
    let mut head = None;
    for w in part.clone() {
        let word = &s.words[w];
        if word.is_noun() {
            head = Some(w);
        } else if head.is_some() && word.upos == sitrep_analysis::Upos::Adp {
            break;
        }
    }
    let Some(head) = head else { return Some(0) };
    // A number before a measure, month or time ("some 50 meters from",
    // "on 27 february"), or a year, counts no one.
    let number = (part.start..head).find_map(|w| {
        let word = s.words[w].lower.as_str();
        let measure = casualties::measure_at(s, w + 1) || casualties::is_year(word);
        sitrep_text::numbers::parse_number(&[word], false).and_then(|n| n.quantity.best).filter(|_| !measure)
    });
    let h = &s.words[head];
    match number {
        Some(n) => Some(n),
        None if is_plural(h) || is_collective(h) => None,
        None => Some(1),
    }
}

/// A plural noun: the lemmatiser changed it ("priests", "men"), or,
/// where the tagger took it for a name, it ends in -s and only its stem is
/// a known noun ("jesuits" in lower-case text).
fn is_plural(w: &crate::syntax::Word) -> bool {
    let known = |form: &str| semantics::senses(form).is_some();
    let changed = w.is_noun() && w.lemma != w.lower;
    let stem_known = w.lower.strip_suffix('s').is_some_and(|stem| known(stem)) && !known(&w.lower);
    changed || stem_known
}

/// A noun for a group of people of no stated size ("people", "the
/// population", "a family"): its first WordNet sense is a group.
fn is_collective(w: &crate::syntax::Word) -> bool {
    semantics::senses(&w.lemma).and_then(|senses| senses.first()).is_some_and(|c| *c == semantics::SenseClass::Group)
}

/// Builds a Count from the figures given for one harm, in text order.
/// Figures in one sentence for different groups ("3 soldiers and 2
/// civilians") add up; across sentences the latest precise figure is best,
/// and every figure is kept in `reports`. A toll ("put the toll at 56") or
/// a figure from another source ("43 killed, according to the ministry,
/// while the UN said 56") in the same sentence is another report of the
/// total, not a part of it.
/// Does the figure count combatants (a lexicon word for armed men or state
/// forces: "fighters", "soldiers") or other people ("civilians",
/// "villagers")? None when it names no one the lexicon knows ("people",
/// or no noun at all), which may be either.
fn combatants_counted(s: &Sentence, c: &CountMention) -> Option<bool> {
    let noun = c.noun.clone().filter(|r| r.end <= s.words.len())?;
    let head = noun.rev().map(|k| &s.words[k]).find(|w| w.is_noun())?;
    if matches!(head.lemma.as_str(), "people" | "person") {
        return None;
    }
    // By the form too: a tagger that read "Kurdish fighters" as a name
    // leaves the plural as its lemma.
    let lex = Lexicon::get();
    if lex.noun_or_its_singular(&head.lower, |class| matches!(class, NounClass::Agent | NounClass::Force)) {
        Some(true)
    } else {
        lex.noun_or_its_singular(&head.lower, |class| class == NounClass::Person).then_some(false)
    }
}

/// "At least 40 people were killed ... Security forces recovered the
/// bodies of 12 men": bodies found are those found so far, a part of a
/// larger toll reported before, not a revision of it. A body count at or
/// above the earlier figures stays a revision ("the bodies of 31 victims
/// were recovered" after "killed at least 20").
fn fewer_bodies_than_reported(view: &DocumentView, sent: usize, group: &[&CountMention], earlier: &[(CountReport, bool)]) -> bool {
    let Some(s) = view.sentences.get(sent) else { return false };
    let counts_bodies = group.iter().all(|c| c.cue < s.words.len() && matches!(s.words[c.cue].lower.as_str(), "bodies" | "corpses" | "remains"));
    let best: Option<u64> = group.iter().map(|c| c.quantity.best).sum();
    counts_bodies && best.is_some_and(|b| earlier.iter().any(|(r, _)| r.low.or(r.best).is_some_and(|e| e > b)))
}

fn make_count(view: &DocumentView, counts: &[&(usize, CountMention)]) -> Option<Count> {
    if counts.is_empty() {
        return None;
    }
    let source_text = |c: &CountMention| c.source.clone().map(|r| &view.text[r]);
    let mut reports: Vec<(CountReport, bool)> = Vec::new();
    let mut by_sentence: Vec<(usize, Vec<&CountMention>)> = Vec::new();
    for (sent, c) in counts {
        let s = view.sentences.get(*sent);
        let another_report = |group: &[&CountMention]| {
            let is_toll = s.is_some_and(|s| c.cue < s.words.len() && casualties::is_toll_at(s, c.cue));
            // "killed five fighters, ... while the SDF said seven civilians
            // had died": another source counting other people (combatants
            // against the rest) adds to the count; it does not revise it.
            let other_people = |g: &CountMention| s.is_some_and(|s| matches!((combatants_counted(s, c), combatants_counted(s, g)), (Some(a), Some(b)) if a != b));
            let other_source = c.source.is_some() && group.iter().any(|g| g.source.is_some() && source_text(g) != source_text(c) && !other_people(g));
            is_toll || other_source
        };
        // "Three soldiers were also killed in the exchange of fire": a
        // figure its verb says is more of the same adds to the report before.
        let also = s.is_some_and(|s| c.cue < s.words.len() && s.children_rel(c.cue, "advmod").any(|k| matches!(s.words[k].lower.as_str(), "also" | "too" | "additionally")));
        match by_sentence.last_mut().filter(|(s, v)| (s == sent || also) && !another_report(v)) {
            Some((_, v)) => v.push(c),
            None => by_sentence.push((*sent, vec![c])),
        }
    }
    for (sent, group) in &by_sentence {
        let sum = |f: fn(&CountMention) -> Option<u64>| -> Option<u64> { group.iter().map(|c| f(c)).sum() };
        let range = group.iter().map(|c| c.range.clone()).reduce(|a, b| a.start.min(b.start)..a.end.max(b.end)).unwrap_or(0..0);
        let text = if group.len() == 1 { view.text[group[0].range.clone()].to_string() } else { group.iter().map(|c| &view.text[c.range.clone()]).collect::<Vec<_>>().join(" + ") };
        let report = CountReport {
            low: sum(|c| c.quantity.low),
            best: sum(|c| c.quantity.best),
            high: sum(|c| c.quantity.high),
            text,
            source: source_text(group[0]).map(str::to_string),
            span: view.offsets.span(range),
        };
        // A figure the report calls earlier or initial is never the best.
        let superseded = || view.sentences.get(*sent).is_some_and(|s| group.iter().any(|c| casualties::is_superseded(s, c)));
        let vague = group.iter().any(|c| c.quantity.vague || c.partial) || superseded() || fewer_bodies_than_reported(view, *sent, group, &reports);
        reports.push((report, vague));
    }
    let best = reports.iter().rev().find(|(_, vague)| !vague).or(reports.last()).map(|(r, _)| r.clone())?;
    Some(Count {
        low: best.low,
        best: best.best,
        high: best.high,
        text: best.text.clone(),
        source: best.source.clone(),
        span: best.span,
        reports: if reports.len() > 1 { reports.into_iter().map(|(r, _)| r).collect() } else { Vec::new() },
    })
}
