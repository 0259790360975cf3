//! Event mentions in one sentence: triggers from the lexicon and their
//! arguments read off the dependency parse.
//!
//! Arguments come from syntax, not word windows: the subject and object of a
//! verb trigger, the passive agent ("was carried out by militants"), the
//! relative clause's antecedent ("the guerrillas who attacked"), the
//! possessor or prepositional phrases of a nominal trigger ("the FMLN's
//! attack on an army post"), and the subject of a support verb ("militants
//! carried out the attack"). Coordinated arguments are all taken.

use std::ops::Range;

use sitrep_analysis::Upos;
use sitrep_schema::{EventKind, Role};

use crate::lexicon::{Frame, Lexicon, NounClass, NounEntry, TriggerEntry, TriggerPos};
use crate::semantics;
use crate::syntax::Sentence;

/// A syntactic argument of a mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    pub role: Role,
    /// Head word of the argument.
    pub head: usize,
    /// Word range of its noun phrase.
    pub words: Range<usize>,
}

/// One event mention in a sentence.
#[derive(Debug, Clone)]
pub struct Mention {
    pub sentence: usize,
    /// The trigger's head word (the verb, or the head noun of a phrase).
    pub head: usize,
    pub trigger_words: Range<usize>,
    pub entry: &'static TriggerEntry,
    pub kind: EventKind,
    pub subtype: Option<String>,
    pub args: Vec<Arg>,
    /// Weapon type and the word range naming it, if any: the first found.
    pub weapon: Option<(String, Range<usize>)>,
    /// Further weapons of the same mention ("with rifles and grenades",
    /// "a bomb attack ... using dynamite").
    pub other_weapons: Vec<(String, Range<usize>)>,
    pub suicide: bool,
    /// A nominal trigger with a definite determiner ("the attack"): likely
    /// refers back to an event already reported.
    pub definite: bool,
}

/// Verbs that take an event noun as object and whose subject is its agent:
/// "carried out an attack", "launched an offensive", "staged a raid".
pub(crate) const SUPPORT_VERBS: &[&str] = &[
    "carry", "launch", "stage", "mount", "conduct", "perpetrate", "commit", "unleash", "execute", "make", "lead", "plan", "organize",
    "organise", "mastermind", "orchestrate", "direct", "order",
];

/// Verbs that say fighting began, went on or grew ("fighting broke out
/// between ...", "clashes raged between ...").
const ONSET_VERBS: &[&str] = &["break", "erupt", "flare", "rage", "continue", "resume", "intensify", "escalate", "occur", "take", "start", "begin", "spread", "persist"];

/// Heads of phrases that name their group with "of": "members of the FMLN".
const PARTITIVE: &[&str] = &["member", "group", "unit", "troop", "squad", "column", "band", "cell", "faction", "commando", "element", "militant", "fighter"];

/// People named by their stance towards someone ("opponents of the
/// government"), whose "of" phrase is not their group.
pub(crate) const STANCE_NOUNS: &[&str] = &["opponent", "critic", "supporter", "backer", "detractor", "loyalist"];

/// Particles of phrasal-verb triggers ("blow up", "gun down").
const PARTICLES: &[&str] = &["up", "down", "out", "off"];

/// Prepositions that introduce the target of an attack.
const TARGET_PREPS: &[&str] = &["on", "against", "upon", "at", "of", "targeting", "into"];

/// Finds the event mentions of a sentence.
pub fn find_mentions(s: &Sentence) -> Vec<Mention> {
    let lex = Lexicon::get();
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < s.words.len() {
        let mut matched = None;
        for entry in lex.triggers_at_word(&s.words[i].lemma, &s.words[i].lower) {
            let n = entry.lemmas.len();
            if i + n > s.words.len() {
                continue;
            }
            let all = (1..n).all(|k| {
                let w = &s.words[i + k];
                w.lemma == entry.lemmas[k] || w.lower == entry.lemmas[k]
            });
            // A particle verb split by its object: "blew himself up".
            let split_particle = !all
                && entry.pos == TriggerPos::Verb
                && n == 2
                && PARTICLES.contains(&entry.lemmas[1].as_str())
                && s.words[i].lemma == entry.lemmas[0]
                && (i + 2..(i + 5).min(s.words.len())).any(|k| s.words[k].lemma == entry.lemmas[1] && s.words[k].upos == Upos::Adp || s.words[k].lower == entry.lemmas[1] && s.words[k].deprel == "compound:prt");
            // "set two schools on fire", "set the bus ablaze": a verb and
            // the noun or adjective of its phrase around the object.
            let split_complement = !all
                && !split_particle
                && entry.pos == TriggerPos::Verb
                && n == 2
                && !PARTICLES.contains(&entry.lemmas[1].as_str())
                && s.words[i].lemma == entry.lemmas[0]
                && split_complement_at(s, i, &entry.lemmas[1]).is_some();
            if !all && !split_particle && !split_complement {
                // "shot repeatedly at the offices", "fired indiscriminately
                // on the crowd": a verb and its preposition with adverbs
                // between them.
                if let Some(prep) = preposition_after_adverbs(s, entry, i) {
                    matched = Some((entry, i, i..prep + 1));
                    break;
                }
                continue;
            }
            if split_particle || split_complement {
                let w = &s.words[i];
                if w.is_verb() {
                    matched = Some((entry, i, i..i + 1));
                    break;
                }
                continue;
            }
            // The head: a verb phrase's first word, a noun phrase's last,
            // or its word before "of" ("exchange of fire").
            let head = match entry.pos {
                TriggerPos::Verb => i,
                TriggerPos::Noun => match entry.lemmas.iter().position(|l| l == "of") {
                    Some(of) if of > 0 => i + of - 1,
                    _ => i + n - 1,
                },
            };
            let w = &s.words[head];
            let pos_ok = match entry.pos {
                TriggerPos::Verb => w.is_verb(),
                TriggerPos::Noun => w.is_noun() || (n > 1 && w.upos == Upos::Verb && w.lower.ends_with("ing")),
            };
            if pos_ok {
                matched = Some((entry, head, i..i + n));
                break;
            }
        }
        let Some((entry, head, words)) = matched else {
            i += 1;
            continue;
        };
        i = words.end;
        if let Some(m) = build_mention(s, entry, head, words) {
            out.push(m);
        }
    }
    out
}

/// Can the noun at `head` be entered by force: a facility of the
/// lexicon, or by its first WordNet sense a structure, a vehicle or a
/// place ("the house", "a church", "the compound", "the village"; not
/// "tears", "laughter", "song")?
fn is_a_place_to_enter(s: &Sentence, head: usize) -> bool {
    let lemma = &s.words[head].lemma;
    Lexicon::get().noun(lemma).is_some_and(|e| e.class == NounClass::Facility)
        || semantics::senses(lemma).and_then(|c| c.first()).is_some_and(|c| matches!(c, semantics::SenseClass::Structure | semantics::SenseClass::Vehicle | semantics::SenseClass::Location))
}

/// Most adverbs that may stand between a verb trigger and its
/// preposition ("fired back at", "shot repeatedly and indiscriminately at"
/// has three words, more than news copy puts there).
const MAX_ADVERBS_IN_TRIGGER: usize = 2;

/// The preposition of a verb + preposition trigger ("shoot at", "fire on")
/// when one or two adverbs split it from the verb at `v`: "gunmen shot
/// repeatedly at the offices", "police fired indiscriminately on the
/// crowd", "troops fired back at the rebels". Without the preposition the
/// verb alone may be no event ("shoot" needs an object, "fire" a weapon).
fn preposition_after_adverbs(s: &Sentence, entry: &TriggerEntry, v: usize) -> Option<usize> {
    if entry.pos != TriggerPos::Verb || entry.lemmas.len() != 2 || s.words[v].lemma != entry.lemmas[0] || !s.words[v].is_verb() {
        return None;
    }
    let adverbs = (v + 1..s.words.len()).take_while(|&k| s.words[k].upos == Upos::Adv).take(MAX_ADVERBS_IN_TRIGGER + 1).count();
    let prep = v + 1 + adverbs;
    let w = s.words.get(prep)?;
    (adverbs >= 1 && adverbs <= MAX_ADVERBS_IN_TRIGGER && w.upos == Upos::Adp && w.lower == entry.lemmas[1]).then_some(prep)
}

/// The word after the object that completes a two-word verb trigger, as
/// in "set two schools on fire" or "set the bus ablaze": `second` within
/// a few words after the verb at `v`, hung on the verb or on its object.
fn split_complement_at(s: &Sentence, v: usize, second: &str) -> Option<usize> {
    let object = s.child_rel(v, "obj")?;
    // "held three nuns hostage": the parser makes the second word the
    // object, with what was done to hung before it as a compound.
    let is_second = |k: usize| s.words[k].lemma == second || s.words[k].lower == second;
    if is_second(object) && object > v + 1 && s.children_rel(object, "compound").next().is_some() {
        return Some(object);
    }
    (object + 1..(v + 9).min(s.words.len())).find(|&k| {
        let w = &s.words[k];
        (w.lemma == second || w.lower == second) && (w.head == Some(v) || w.head.is_some_and(|h| h == object || s.words[h].head == Some(object)))
    })
}

/// "fired tear gas at students", "fired tear gas and live bullets at
/// protesters": the parser may hang the "at" phrase on the weapon fired
/// (or its last conjunct) rather than on the verb; it still says whom the
/// weapon was fired at.
fn aimed_at_on_weapon(s: &Sentence, m: &Mention) -> Vec<usize> {
    let v = m.head;
    if !aims_a_weapon(s, m) {
        return Vec::new();
    }
    let lex = Lexicon::get();
    let objects: Vec<usize> = s.children_rel(v, "obj").flat_map(|o| std::iter::once(o).chain(s.children_rel(o, "conj"))).collect();
    objects
        .into_iter()
        .filter(|&o| lex.noun(&s.words[o].lemma).is_some_and(|e| e.class == NounClass::Weapon) || names_weapon_with_compounds(s, o))
        .flat_map(|o| s.children_rel(o, "nmod").filter(|&c| s.case_of(c) == Some("at") && !crate::syntax::TIME_NOUNS.contains(&s.words[c].lemma.as_str())).collect::<Vec<_>>())
        .collect()
}

/// Does the verb mention fire, throw or launch the weapon it has ("fired
/// live rounds", "threw grenades"), so that an "at" phrase says whom or
/// what it was aimed at?
fn aims_a_weapon(s: &Sentence, m: &Mention) -> bool {
    m.weapon.is_some() && matches!(s.words[m.head].lemma.as_str(), "fire" | "shoot" | "hurl" | "throw" | "launch" | "lob")
}

/// The sides of a fight named in the "between" phrase of the verb at `v`
/// ("fighting broke out between the army and the RSF").
fn push_sides_between(s: &Sentence, m: &mut Mention, v: usize) {
    for b in s.children_rel(v, "obl").filter(|&o| s.case_of(o) == Some("between")).collect::<Vec<_>>() {
        push_agent(s, m, b);
    }
}

/// "riot police", "protest marshals", "assault troops": an event noun
/// that only modifies a word for a force or its members names a kind of
/// unit, not an event.
fn modifies_a_party(s: &Sentence, entry: &TriggerEntry, head: usize) -> bool {
    let w = &s.words[head];
    entry.pos == TriggerPos::Noun
        && entry.lemmas.len() == 1
        && w.rel() == "compound"
        && w.head.is_some_and(|h| h > head && is_force_or_agent_noun(&s.words[h].lemma))
}

/// Is `lemma` (or, for a plural the lemmatiser kept, such as "troops", its
/// singular) a lexicon noun for a force or for armed people?
fn is_force_or_agent_noun(lemma: &str) -> bool {
    Lexicon::get().noun_or_its_singular(lemma, |class| matches!(class, NounClass::Force | NounClass::Agent))
}

fn build_mention(s: &Sentence, entry: &'static TriggerEntry, head: usize, words: Range<usize>) -> Option<Mention> {
    let mut m = Mention {
        sentence: s.index,
        head,
        trigger_words: words,
        entry,
        kind: entry.kind,
        subtype: entry.subtype.clone(),
        args: Vec::new(),
        weapon: None,
        other_weapons: Vec::new(),
        suicide: entry.suicide,
        definite: false,
    };
    match entry.pos {
        TriggerPos::Verb => verb_arguments(s, &mut m),
        TriggerPos::Noun => noun_arguments(s, &mut m),
    }
    // "police defused the bomb": who stopped the act did not do it; who
    // planted the bomb may still be named ([`planter_of_weapon`] below).
    if entry.foiled || entry.needs_remains {
        m.args.retain(|a| a.role != Role::Perpetrator);
    }
    if entry.needs_remains && !acts_on_remains(s, head) {
        return None;
    }
    if entry.needs_object && !m.args.iter().any(|a| matches!(a.role, Role::Target | Role::Victim)) {
        return None;
    }
    if entry.needs_weapon && m.weapon.is_none() && !struck_from_the_air(s, head) && !armed_party_struck_military_object(s, head) {
        return None;
    }
    if entry.weapon_put && !puts_weapon(s, head) {
        return None;
    }
    if entry.needs_deed && !act_of_force_by_context(s, head) {
        return None;
    }
    if entry.needs_crowd && !m.args.iter().any(|a| a.role == Role::Perpetrator && is_crowd(s, a.head)) {
        return None;
    }
    if entry.needs_place && !m.args.iter().any(|a| a.role == Role::Target && is_a_place_to_enter(s, a.head)) {
        return None;
    }
    if caused_by_mishap(s, head) || intercepts_weapons(s, head) {
        return None;
    }
    if attacked_in_words(s, head) || burns_only_symbols(s, &m) {
        return None;
    }
    if modifies_a_party(s, entry, head) {
        return None;
    }
    if !m.args.iter().any(|a| a.role == Role::Perpetrator) {
        if let Some(agent) = planter_of_weapon(s, head, &mut m) {
            push_agent(s, &mut m, agent);
        } else if let Some(suspect) = crate::modality::suspect_of(s, head) {
            push_agent(s, &mut m, suspect);
        }
    }
    for (kind, np) in weapons_in_clause(s, head) {
        add_weapon(&mut m, kind, np);
    }
    refine_subtype(s, &mut m);
    combatant_casualties(s, &mut m);
    capture_by_police_is_arrest(s, &mut m);
    crowd_clash_is_riot(s, &mut m);
    Some(m)
}

fn verb_arguments(s: &Sentence, m: &mut Mention) {
    let v = m.head;
    // "The bomb destroyed the building", "the grenade killed a child": a
    // weapon already spoken of, as the subject, continues that attack.
    m.definite = s.child_rel(v, "nsubj").is_some_and(|subj| {
        Lexicon::get().noun(&s.words[subj].lemma).is_some_and(|e| e.class == NounClass::Weapon)
            && s.has_definite_determiner(subj)
    });
    // "a bomb exploded" has the device as subject, but "rebels exploded a
    // bomb" has the people who set it off: with a weapon as object, a
    // device verb is used transitively and its subject is the agent.
    let weapon_object = s.children_rel(v, "obj").any(|o| is_weapon_noun(s, o));
    let frame = if m.entry.frame == Frame::Device && weapon_object { Frame::Agent } else { m.entry.frame };
    let mut passive = s.child_rel(v, "nsubj:pass").is_some() || s.child_rel(v, "aux:pass").is_some();
    let mut subject = s.child_rel(v, "nsubj").or_else(|| s.child_rel(v, "csubj"));
    // "their vehicle struck a roadside bomb": what runs into a device is
    // what the device hit, not who set it.
    if !passive && ran_into_device(s, v) {
        if let Some(subj) = subject.take() {
            push_patient(s, m, subj);
        }
    }
    // A participle the parser read as a main verb ("the bodies of the
    // priests murdered last Friday by uniformed men were buried"): no
    // auxiliary, no object, and a "by" phrase naming someone. Its subject
    // is what was done to, the "by" phrase who did it.
    if !passive && reduced_passive(s, &v) {
        passive = true;
        if let Some(subj) = subject.take() {
            push_patient(s, m, subj);
        }
    }
    // Relative clause: "the guerrillas who attacked the farm".
    if s.words[v].deprel == "acl:relcl" {
        let antecedent = s.words[v].head;
        let rel_pronoun = |c: usize| matches!(s.words[c].lower.as_str(), "who" | "which" | "that" | "whom");
        if let Some(a) = antecedent {
            if passive {
                if s.child_rel(v, "nsubj:pass").is_some_and(rel_pronoun) {
                    push_patient(s, m, a);
                }
            } else if subject.map_or(true, rel_pronoun) {
                subject = Some(subject_of_predicate(s, a).unwrap_or(a));
            } else if s.child_rel(v, "obj").is_some_and(rel_pronoun) {
                push_patient(s, m, a);
            }
        }
    }
    // Reduced relative or participle: "the bomb planted by", "people killed
    // in". A participle with its own object is rather a main verb the parser
    // took for a modifier ("Rebels attacked a post" read as a noun phrase):
    // its head is then the subject.
    if s.words[v].deprel == "acl" && subject.is_none() {
        if let Some(a) = s.words[v].head {
            let has_object = s.child_rel(v, "obj").is_some();
            // A past participle right after its noun, with an object of
            // its own, cannot modify it ("when urban guerrillas attacked
            // the guards", with "guerrillas" hung elsewhere).
            let past_right_after = a + 1 == v && s.words[v].lower.ends_with("ed");
            if has_object && (s.words[a].head.is_none() || past_right_after) {
                subject = Some(a);
            } else if !has_object {
                push_patient(s, m, a);
                // "a grenade thrown at the car by urban commandos": a
                // participle that modifies what it was done to is passive,
                // so its "by" phrase is who did it.
                passive |= !s.words[v].lower.ends_with("ing");
            }
        }
    }
    // A past participle before its noun says what was done to it: "the
    // assassinated Carlos Pizarro", "the kidnapped businessmen".
    // It must open its phrase ("the blast damaged several shops" is a
    // clause the parser misread).
    let opens_phrase = v == 0 || matches!(s.words[v - 1].upos, Upos::Det | Upos::Adp | Upos::Punct);
    if s.words[v].deprel == "amod" && s.words[v].lower.ends_with("ed") && opens_phrase {
        let inside_phrase = |a: usize| (v + 1..a).all(|k| matches!(s.words[k].upos, Upos::Adj | Upos::Noun | Upos::Propn));
        if let Some(a) = s.words[v].head.filter(|&a| a > v && s.words[a].is_noun() && inside_phrase(a)) {
            push_patient(s, m, a);
            // The phrase is what follows the participle.
            for arg in m.args.iter_mut().filter(|arg| arg.words.contains(&v)) {
                arg.words.start = v + 1;
            }
        }
    }
    if let Some(patients) = subject.is_none().then(|| undergoers_of_passive_conjunct(s, v)).filter(|p| !p.is_empty()) {
        passive = true;
        if frame != Frame::Device {
            for p in patients {
                push_patient(s, m, p);
            }
        }
    }
    // Controlled or coordinated verbs borrow the subject: "tried to kill",
    // "attacked the post and killed two soldiers"; so does a participle
    // clause after the act ("attacked a camp, killing 27 people and
    // abducting 12 children"). Only an abduction: a killing or wounding
    // there is the act's toll, which assembly joins to the act, and other
    // participles ("..., sparking clashes") are often hung on the wrong
    // verb (measured: borrowing for every kind added wrong MUC-4
    // perpetrators).
    if subject.is_none() && !passive {
        let mut cur = v;
        for _ in 0..3 {
            let rel = s.words[cur].deprel.clone();
            let Some(h) = s.words[cur].head else { break };
            // "the rebels stepped up their sabotage by destroying two
            // pylons", "after murdering the mayor, the gunmen fled": a
            // gerund clause opened by a preposition has the subject of the
            // clause it hangs on.
            let gerund_clause = rel == "advcl"
                && s.words[cur].lower.ends_with("ing")
                && s.children_rel(cur, "mark").chain(s.children_rel(cur, "case")).any(|k| matches!(s.words[k].lower.as_str(), "by" | "after" | "before" | "while" | "upon"));
            let participle_after = rel == "advcl" && h < cur && s.words[cur].lower.ends_with("ing") && s.child_rel(cur, "mark").is_none() && m.kind == EventKind::Kidnapping;
            if rel == "xcomp" && participle_of_small_clause(s, cur, h) {
                break;
            }
            if matches!(rel.as_str(), "xcomp" | "conj") || gerund_clause || participle_after {
                if let Some(subj) = s.child_rel(h, "nsubj") {
                    subject = Some(subj);
                    break;
                }
                cur = h;
            } else {
                break;
            }
        }
    }
    if let Some(subj) = subject {
        match frame {
            Frame::Device => push_weapon_or_target(s, m, subj),
            _ => push_agent(s, m, subj),
        }
    } else if !passive && frame != Frame::Device {
        // "police said that pedro ramirez, a former soldier, shot the
        // mayor", "after 'the extraditables,' the armed wing of the
        // cartel, gunned down a judge": the doer before its apposition.
        if let Some(words) = doer_before_its_apposition(s, v) {
            m.args.push(Arg { role: Role::Perpetrator, head: words.end - 1, words });
        }
    }
    // Every passive subject: "two bank buildings and a restaurant were
    // damaged" may come out of the parser as two subjects side by side
    // rather than one coordinated phrase.
    for p in s.children_rel(v, "nsubj:pass").collect::<Vec<_>>() {
        // "Ernesto Velez, who was killed on the highway", with the clause
        // the parser missed (a conjunct or parataxis, not a relative
        // clause, which is read above): "who" stands for the noun before it.
        let p = match is_rel_pronoun(s, p) {
            false => p,
            true if s.words[v].deprel == "acl:relcl" => continue,
            true => match antecedent_of_relative(s, p) {
                Some(a) => a,
                None => continue,
            },
        };
        let p = person_of_main_clause_for_pronoun(s, v, p).unwrap_or(p);
        match frame {
            Frame::Device => push_weapon_or_target(s, m, p),
            _ => push_patient(s, m, p),
        }
    }
    // A verb read as the passive subject ("the army announced that X,
    // ..., was kidnapped", with "announced" the subject) is no subject.
    let no_passive_subject = s.children_rel(v, "nsubj:pass").all(|c| s.words[c].upos == Upos::Verb);
    if passive && subject.is_none() && no_passive_subject && frame != Frame::Device {
        if let Some(words) = name_before_its_apposition(s, v) {
            m.args.push(Arg { role: Role::Victim, head: words.end - 1, words });
        }
        for words in names_right_before_the_verb(s, v) {
            m.args.push(Arg { role: Role::Victim, head: words.end - 1, words });
        }
    }
    if passive && frame != Frame::Device {
        for subj in s.children_rel(v, "nsubj:pass").collect::<Vec<_>>() {
            if let Some(words) = described_name_before_subject(s, subj) {
                if !m.args.iter().any(|a| words.contains(&a.head)) {
                    m.args.push(Arg { role: Role::Victim, head: words.end - 1, words });
                }
            }
        }
    }
    for o in s.children_rel(v, "obj").collect::<Vec<_>>() {
        if is_rel_pronoun(s, o) {
            continue;
        }
        if m.entry.reflexive_suicide && matches!(s.words[o].lower.as_str(), "himself" | "herself" | "themselves" | "itself") {
            m.suicide = true;
            m.subtype = Some("suicide_bombing".into());
            continue;
        }
        push_patient(s, m, o);
    }
    for c in objects_coordinated_on_verb(s, v) {
        push_patient(s, m, c);
    }
    for c in aimed_at_on_weapon(s, m) {
        push_patient(s, m, c);
    }
    // "the hostages were taken", "gunmen took three people hostage".
    for o in s.children_rel(v, "obl").collect::<Vec<_>>() {
        let case = s.case_of(o).unwrap_or("");
        match case {
            "by" if passive || s.child_rel(o, "case").is_some() => {
                if is_weapon_noun(s, o) {
                    set_weapon(s, m, o);
                } else if passive {
                    push_agent(s, m, o);
                }
            }
            // "killed six priests, including Ignacio Ellacuria", with the
            // list hung on the verb.
            "include" | "including" => {
                if let Some(named) = name_of_phrase(s, o) {
                    push_patient(s, m, named);
                }
            }
            "with" if frame == Frame::Mutual => push_other_side(s, m, o),
            "with" | "using" => set_weapon(s, m, o),
            "against" if frame == Frame::Mutual => push_other_side(s, m, o),
            // "a car bomb tore through a crowded market": a preposition
            // that is part of the trigger introduces what was hit.
            "through" | "into" if frame != Frame::Crowd && s.child_rel(o, "case").is_some_and(|c| m.trigger_words.contains(&c)) => {
                if !crate::syntax::TIME_NOUNS.contains(&s.words[o].lemma.as_str()) {
                    push_patient(s, m, o);
                }
            }
            p if TARGET_PREPS.contains(&p) && frame != Frame::Crowd => {
                // "at a wedding hall", "at a health center": the phrase
                // with its compounds names the facility.
                let class = noun_class_with_compounds(s, o);
                // "at the market": a facility hit; "at dawn": not an argument.
                // When the trigger is "fire at" or "shoot at", its "at"
                // phrase of people is whoever was shot at ("fired at two
                // policemen"); a place there is where the shots went.
                let of_trigger = s.child_rel(o, "case").is_some_and(|c| m.trigger_words.contains(&c));
                // "fired live rounds at demonstrators", "threw grenades at
                // the patrol": a weapon aimed "at" people was aimed at them.
                let aimed_at = aims_a_weapon(s, m) && !crate::syntax::TIME_NOUNS.contains(&s.words[o].lemma.as_str());
                if p == "at" && !matches!(class, Some(NounClass::Facility)) && !(of_trigger && class.is_some() || aimed_at) {
                    continue;
                }
                push_patient(s, m, o);
            }
            // "a bomb exploded in the bank": the building hit is the target.
            "in" | "near" | "outside" | "inside"
                if Lexicon::get().noun(&s.words[o].lemma).is_some_and(|e| e.class == NounClass::Facility)
                    && matches!(m.kind, EventKind::Attack)
                    && m.entry.frame == Frame::Device =>
            {
                push_patient(s, m, o);
            }
            _ => {}
        }
    }
    hostage_noun_arguments(s, m, passive);
    if m.kind == EventKind::Kidnapping && !m.args.iter().any(|a| a.role == Role::Perpetrator) {
        if let Some(k) = releaser_of_captive(s, v) {
            push_agent(s, m, k);
        }
    }
    // "set fire to the offices of X": with a trigger that holds its own
    // object ("set fire"), the "to" phrase, on the verb or on that object,
    // is what was hit.
    if let Some(own_object) = s.children_rel(v, "obj").find(|&o| o != v && m.trigger_words.contains(&o)) {
        let to_phrases: Vec<usize> = s.children(v).iter().chain(s.children(own_object)).copied().filter(|&c| matches!(s.words[c].rel(), "obl" | "nmod") && s.case_of(c) == Some("to")).collect();
        for o in to_phrases {
            push_patient(s, m, o);
        }
    }
    // "a bomb exploded in front of the ministry", "detonated a bomb near a
    // power tower", "planted a charge under a bus": where a bomb went off
    // or was left is what it hit.
    if is_bombing(m) {
        let weapons = s.children(v).iter().copied().filter(|&c| matches!(s.words[c].rel(), "obj" | "nsubj" | "nsubj:pass") && is_weapon_noun(s, c)).collect::<Vec<_>>();
        // "a car bomb parked outside the court", "a charge left at the
        // bank": where a participle of the weapon put it. Not what carried
        // it there ("a bomb hidden in a motorcycle", "explosives packed in
        // a van"): the carrier went off with the bomb, not under it.
        let puts_in_place = |p: usize| s.words[p].rel() == "acl" && s.words[p].is_verb() && !CARRYING_VERBS.contains(&s.words[p].lemma.as_str());
        let put_by_participle = |w: usize| s.children(w).iter().copied().filter(|&p| puts_in_place(p)).flat_map(|p| s.children(p).to_vec()).collect::<Vec<_>>();
        let mut places = s.children(v).iter().copied().chain(weapons.iter().flat_map(|&w| s.children(w).iter().copied().chain(put_by_participle(w)))).collect::<Vec<_>>();
        // "the bomb was placed by a young man at the bank", "a charge
        // planted by the rebels under the bus": the parser hangs the place
        // on the nearest noun, the agent of the verb or of the weapon's
        // participle; who put a bomb is not where it went.
        let verbs: Vec<usize> = std::iter::once(v).chain(weapons.iter().flat_map(|&w| s.children_rel(w, "acl").filter(|&p| s.words[p].is_verb()).collect::<Vec<_>>())).collect();
        for verb in verbs {
            places.extend(sites_hung_on_agent(s, verb));
        }
        places.extend(sites_told_one_by_one(s, v));
        for site in places.into_iter().filter_map(|o| bomb_site(s, o)).collect::<Vec<_>>() {
            push_with_conjuncts(s, m, site, Role::Target);
        }
    }
    // "clashed with rebels" may attach "with" as obl:with or nmod.
    if frame == Frame::Mutual {
        for o in s.children_rel(v, "nmod").collect::<Vec<_>>() {
            if matches!(s.case_of(o), Some("with" | "against")) {
                push_other_side(s, m, o);
            }
        }
    }
}

/// "they destroyed the mayor's office and the telephone exchange": the
/// parser may hang a second object on the verb as its conjunct, as if it
/// were a clause of its own. A bare noun or name conjunct of the verb (no
/// preposition, subject, copula or verb of its own) after the verb's
/// object is a coordinated object ("dynamited the \"savings bank\" and the
/// State Bank").
fn objects_coordinated_on_verb(s: &Sentence, v: usize) -> Vec<usize> {
    let Some(first) = s.children_rel(v, "obj").min() else { return Vec::new() };
    s.children_rel(v, "conj")
        // Not an abbreviation ("... and so on, etc.").
        .filter(|&c| c > first && matches!(s.words[c].upos, Upos::Noun | Upos::Propn) && s.case_of(c).is_none() && !s.words[c].lower.ends_with('.'))
        .filter(|&c| !s.children(c).iter().any(|&k| matches!(s.words[k].rel(), "nsubj" | "cop" | "aux" | "mark")))
        .filter(|&c| !TEMPORAL.contains(&s.words[c].lower.as_str()) && !crate::syntax::TIME_NOUNS.contains(&s.words[c].lemma.as_str()))
        .collect()
}

/// Verbs by which a bomb is put into what carries it to its target ("a
/// bomb hidden in a motorcycle", "a van loaded with explosives").
const CARRYING_VERBS: &[&str] = &["hide", "conceal", "pack", "load", "stash", "stuff"];

/// Prepositions that say where a bomb went off or was left ("at the
/// bank", "near a power tower", "under a bus"): what stands there is what
/// the bombing hit. As for the others, "in" only for buildings and
/// vehicles ("in the bank", "in her kitchen", not "in the street").
/// "opposite the exchange", "across from the company" and "next to the
/// station" as well: the parser gives the multi-word ones their first
/// word as the phrase's case ("across", "next").
const BOMB_SITE_PREPS: &[&str] = &["at", "near", "under", "outside", "inside", "beside", "behind", "in", "opposite", "across", "next"];

/// The phrases of place the parser hung on the "by" agent of `verb`
/// ("placed by a young man | at the bank"), which [`bomb_site`] then
/// takes or leaves.
fn sites_hung_on_agent(s: &Sentence, verb: usize) -> Vec<usize> {
    let agents = s.children(verb).iter().copied().filter(|&a| s.words[a].deprel == "obl:agent" || (s.words[a].rel() == "obl" && s.case_of(a) == Some("by")));
    agents.flat_map(|a| s.children_rel(a, "nmod").filter(move |&c| c > a).collect::<Vec<_>>()).collect()
}

/// Words that stand for one of several bombs told before, with the noun
/// left out: "one at the bank, another at a hotel, the third at a school".
const ONE_OF_SEVERAL: &[&str] = &["one", "another", "other", "second", "third", "fourth", "last"];

/// "three bombs exploded in Kabul, one at a bank, another at a hotel and the
/// third at a school": after the trigger at `trigger`, each place
/// phrase that comes right after a word standing for one of the bombs
/// ([`ONE_OF_SEVERAL`], itself after a comma, colon, semicolon or "and",
/// or after "the"/"a" that are) is where one of them went off. The parser
/// hangs such lists anywhere, so they are read by word order: the head of
/// the phrase whose preposition follows the word. A word followed by a
/// noun ("another bomb") or by "of" ("one of the bombs") is none. Only
/// when several bombs are told: a plural event noun as trigger or a plural
/// weapon before the list ("the bomb killed two people, one at the
/// hospital" counts people).
fn sites_told_one_by_one(s: &Sentence, trigger: usize) -> Vec<usize> {
    let plural = |k: usize| s.words[k].is_noun() && s.words[k].lower != s.words[k].lemma;
    if !plural(trigger) && !(0..trigger).any(|k| plural(k) && is_weapon_noun(s, k)) {
        return Vec::new();
    }
    let opens_item = |k: usize| matches!(s.words[k].lower.as_str(), "," | ":" | ";" | "and");
    let stands_apart = |k: usize| {
        k > trigger + 1
            && (opens_item(k - 1) || (matches!(s.words[k - 1].lower.as_str(), "the" | "a") && k > trigger + 2 && opens_item(k - 2)))
    };
    (trigger + 1..s.words.len().saturating_sub(1))
        .filter(|&k| ONE_OF_SEVERAL.contains(&s.words[k].lower.as_str()) && stands_apart(k))
        .filter_map(|k| {
            let prep = k + 1;
            let case = s.words[prep].lower.as_str();
            (s.words[prep].rel() == "case" && BOMB_SITE_PREPS.contains(&case)).then_some(())?;
            s.words[prep].head.filter(|&h| h > prep)
        })
        .collect()
}

/// "two farmers were abducted and later killed by the rebels", "the mayor,
/// who was kidnapped on Monday and murdered two days later": a participle
/// coordinated by "and" or "or" with a passive verb, with no subject,
/// object or auxiliary of its own, is passive too and was done to the first verb's passive
/// subject (or, for "who", to the noun the relative clause describes).
/// So also after a participle of harm the parser read as an adjective with
/// a copula ("three soldiers were wounded and killed", "dozens have been
/// wounded or killed", [`harm_participle_read_as_adjective`]), whose
/// subject is then a plain one: the copula is shared, and the soldiers
/// were not the killers.
/// Those subjects; none when `v` is no such participle.
fn undergoers_of_passive_conjunct(s: &Sentence, v: usize) -> Vec<usize> {
    let w = &s.words[v];
    let adjectival_first = |h: usize| harm_participle_read_as_adjective(s, h);
    let Some(h) = w.head.filter(|&h| h < v && w.rel() == "conj" && (s.words[h].is_verb() || adjectival_first(h))) else { return Vec::new() };
    let participle = w.lower != w.lemma && !w.lower.ends_with("ing") && !w.lower.ends_with('s');
    let own_arguments = s.children(v).iter().any(|&c| matches!(s.words[c].rel(), "nsubj" | "obj" | "aux" | "cop" | "csubj"));
    // Joined by "and"/"or": a verb after a mere comma may be the main verb
    // of a subject the parser took for the passive one ("the killer, whose
    // ties are being investigated, fired on ...").
    let coordinated = s.children_rel(v, "cc").next().is_some();
    if !participle || own_arguments || !coordinated {
        return Vec::new();
    }
    let subject_rel = if adjectival_first(h) { "nsubj" } else { "nsubj:pass" };
    let subjects: Vec<usize> = s.children(h).iter().copied().filter(|&c| s.words[c].deprel == subject_rel).collect();
    subjects
        .into_iter()
        .filter_map(|p| match is_rel_pronoun(s, p) {
            false => Some(p),
            true if s.words[h].deprel == "acl:relcl" => s.words[h].head,
            true => None,
        })
        .collect()
}

/// "soldiers were the ones who killed the teachers", "he was the man who
/// planted the bomb": the antecedent of a relative pronoun that is itself
/// the predicate of a copula stands for the copula's subject, who is the
/// doer ("the ones" names no one). None when the antecedent is no such
/// predicate.
///
/// Not a predicate with a preposition ("the gunmen are from the gang that
/// robbed ...": the gang did it), and not a cleft's "it" ("it was
/// militia members who burned ..."), whose antecedent is the doer.
fn subject_of_predicate(s: &Sentence, antecedent: usize) -> Option<usize> {
    s.child_rel(antecedent, "cop")?;
    if s.child_rel(antecedent, "case").is_some() {
        return None;
    }
    s.child_rel(antecedent, "nsubj").filter(|&x| !is_rel_pronoun(s, x) && !matches!(s.words[x].lower.as_str(), "it" | "this" | "that" | "there"))
}

/// Is the word at `h` a passive participle of a violent verb of the
/// trigger lexicon ("wounded", "injured", "kidnapped") that the parser
/// tagged an adjective and gave a copula "be" ("were wounded", "have been
/// wounded")? The lemmatiser keeps an adjective's form, so the verb is
/// found by taking off "-ed" ("wound"), "-d" ("injure") or "-ed" with a
/// doubled consonant ("kidnap").
fn harm_participle_read_as_adjective(s: &Sentence, h: usize) -> bool {
    let w = &s.words[h];
    if w.upos != Upos::Adj || !s.children_rel(h, "cop").any(|c| s.words[c].lemma == "be") {
        return false;
    }
    let Some(stem) = w.lower.strip_suffix("ed") else { return false };
    let doubled = stem.len() > 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
    let candidates = [Some(stem.to_string()), Some(format!("{stem}e")), doubled.then(|| stem[..stem.len() - 1].to_string())];
    let lex = Lexicon::get();
    candidates.iter().flatten().any(|verb| {
        lex.triggers_starting(verb).iter().any(|t| t.pos == TriggerPos::Verb && t.lemmas.len() == 1 && matches!(t.kind, EventKind::Attack | EventKind::Killing | EventKind::Kidnapping))
    })
}

/// Is the mention a bombing: an attack whose trigger or weapon is explosive?
fn is_bombing(m: &Mention) -> bool {
    m.kind == EventKind::Attack && (m.entry.weapon.as_deref() == Some("explosive") || m.weapon.as_ref().is_some_and(|(kind, _)| kind == "explosive"))
}

/// "the shells", "the bomb": a weapon of the lexicon named with a definite
/// determiner, so one already told of.
pub(crate) fn weapon_told_before(s: &Sentence, k: usize) -> bool {
    s.has_definite_determiner(k) && Lexicon::get().noun(&s.words[k].lemma).is_some_and(|e| e.class == NounClass::Weapon)
}

/// Is `v` "strike" or "hit" with a laid explosive as its object ("the
/// convoy hit a landmine", "a bus struck an IED")? Its subject then ran
/// into the device. A mine is a pit to the lexicon, so it is named here.
fn ran_into_device(s: &Sentence, v: usize) -> bool {
    matches!(s.words[v].lemma.as_str(), "strike" | "hit")
        && s.children_rel(v, "obj").any(|o| s.words[o].lemma == "mine" || weapon_type(s, s.noun_phrase(o)).as_deref() == Some("explosive"))
}

/// Is the noun at `k` a weapon: a weapon word of the lexicon, or an amount
/// of an explosive ("sticks" of "sticks of dynamite", [`explosive_of_unit`]),
/// which the lexicon does not know as a weapon on its own?
fn is_weapon_noun(s: &Sentence, k: usize) -> bool {
    Lexicon::get().noun(&s.words[k].lemma).is_some_and(|e| e.class == NounClass::Weapon) || explosive_of_unit(s, k).is_some()
}

/// The building or vehicle a phrase of place at `o` names as where a bomb
/// went off: "at the offices of X", "near a power tower", and "in front
/// of the ministry", which the parser reads as the place "front" with the
/// building in its "of" phrase. A town or a street is where, not what.
fn bomb_site(s: &Sentence, o: usize) -> Option<usize> {
    bomb_site_at(s, o).or_else(|| {
        // "in a street near the presidential palace", "in bogota in front
        // of a travel agency": a place that is no building, with the
        // building named in its own phrase of place.
        if !matches!(s.words[o].rel(), "obl" | "nmod") || !BOMB_SITE_PREPS.contains(&s.case_of(o)?) {
            return None;
        }
        // Not a place "in" a place ("in a residential sector in this port
        // of cartagena", where "port" is the city).
        let beside = |c: usize| s.case_of(c) != Some("in") || matches!(s.words[c].lemma.as_str(), "front" | "vicinity");
        s.children_rel(o, "nmod").filter(|&c| beside(c)).find_map(|c| bomb_site_at(s, c))
    })
}

fn bomb_site_at(s: &Sentence, o: usize) -> Option<usize> {
    if !matches!(s.words[o].rel(), "obl" | "nmod") {
        return None;
    }
    let case = s.case_of(o)?;
    let site = if (s.words[o].lemma == "vicinity" && case == "in") || part_named_with_its_whole(s, o, case) {
        s.children_rel(o, "nmod").find(|&c| s.case_of(c) == Some("of"))?
    } else if BOMB_SITE_PREPS.contains(&case) {
        o
    } else {
        return None;
    };
    // "at one of the telephone company installations": the building is
    // the "of" phrase of the number.
    let site = match s.children_rel(site, "nmod").find(|&c| c > site && s.case_of(c) == Some("of")) {
        Some(of) if counts_one_of(s, site) => of,
        _ => site,
    };
    let facility = noun_class_with_compounds(s, site) == Some(NounClass::Facility);
    (facility || is_structure(s, site)).then_some(site)
}

/// Is the phrase of place at `o` (with preposition `case`) a part of a
/// building told with the whole in its "of" phrase: "in front of the
/// ministry", "on the second floor of a hotel", "at the entrance of the
/// bank", "on top of his car", "at the door of the house"? A bomb that went
/// off there hit the whole. "On" only with such a part: "on the avenue"
/// names a street.
fn part_named_with_its_whole(s: &Sentence, o: usize, case: &str) -> bool {
    let lemma = s.words[o].lemma.as_str();
    (PART_NOUNS.contains(&lemma) || BUILDING_PARTS.contains(&lemma))
        && (BOMB_SITE_PREPS.contains(&case) || case == "on")
        && s.children_rel(o, "nmod").any(|c| s.case_of(c) == Some("of"))
}

/// A word that picks some out of the "of" phrase after it: "one", "two",
/// "another", "the first", "the second", "some", "each".
fn counts_one_of(s: &Sentence, k: usize) -> bool {
    let w = &s.words[k];
    w.upos == Upos::Num || matches!(w.lower.as_str(), "one" | "another" | "first" | "second" | "third" | "last" | "some" | "each" | "several" | "most" | "other")
}

/// A common noun whose most frequent WordNet sense is a structure or a
/// vehicle ("monastery", "pole", "jeep"); in lower-case text the tagger
/// may call it a proper noun, so the lower-case form is looked up.
fn is_structure(s: &Sentence, k: usize) -> bool {
    let w = &s.words[k];
    w.is_noun()
        && !is_no_target(&w.lemma)
        && semantics::senses(&w.lower).or_else(|| semantics::senses(&w.lemma)).and_then(|c| c.first()).is_some_and(|c| matches!(c, semantics::SenseClass::Structure | semantics::SenseClass::Vehicle))
}

/// Words for coming out of an attack alive: their subject was its target
/// all the same ("escaped unharmed from an attack", "survived an ambush").
const SPARED_WORDS: &[&str] = &["escape", "survive", "emerge", "unharmed", "unhurt", "unscathed"];

/// The verb or adjective whose subject the event noun at `n` struck or
/// spared: "three soldiers died in a rebel ambush", "was wounded in the
/// explosion", "died as a consequence of a terrorist attack", "escaped
/// unharmed from an attack", "was unharmed following the attack",
/// "survived an ambush", "escaped a bomb attack".
fn struck_or_spared_by(s: &Sentence, n: usize) -> Option<usize> {
    let (h, rel, case) = match s.words[n].head {
        // "as a consequence of", "as a result of": the phrase's head stands
        // for the event.
        Some(c) if s.words[n].rel() == "nmod" && s.case_of(n) == Some("of") && matches!(s.words[c].lemma.as_str(), "consequence" | "result") => {
            (s.words[c].head?, s.words[c].rel(), s.case_of(c))
        }
        // "was unhurt following the attack" read as a clause of "follow".
        Some(f) if s.words[n].rel() == "obj" && s.words[f].lower == "following" && s.words[f].rel() == "advcl" => (s.words[f].head?, "obl", Some("following")),
        Some(h) => (h, s.words[n].rel(), s.case_of(n)),
        None => return None,
    };
    let hw = &s.words[h];
    let harmed = matches!(hw.lemma.as_str(), "die" | "perish" | "wound" | "injure" | "hurt") || matches!(hw.lower.as_str(), "wounded" | "injured" | "dead");
    let spared = SPARED_WORDS.contains(&hw.lemma.as_str()) || SPARED_WORDS.contains(&hw.lower.as_str());
    let struck = match rel {
        "obl" => (harmed || spared) && matches!(case, Some("in" | "during" | "as")) || spared && matches!(case, Some("from" | "following" | "follow" | "after")),
        "obj" => matches!(hw.lemma.as_str(), "survive" | "escape"),
        _ => false,
    };
    if !struck {
        return None;
    }
    // "emerged unscathed from the attack": the adjective's subject is its
    // verb's.
    let has_subject = s.children(h).iter().any(|&c| s.words[c].rel() == "nsubj");
    match hw.deprel.as_str() {
        "xcomp" if !has_subject => hw.head,
        _ => Some(h),
    }
}

/// See the use in [`verb_arguments`].
/// Verbs of harm never used without an object in the active voice.
const ALWAYS_TRANSITIVE: &[&str] = &["kill", "murder", "assassinate", "wound", "injure", "kidnap", "abduct", "massacre", "behead"];

fn reduced_passive(s: &Sentence, v: &usize) -> bool {
    let v = *v;
    let w = &s.words[v];
    if !w.lower.ends_with("ed") && !w.lower.ends_with("en") || s.child_rel(v, "obj").is_some() || s.child_rel(v, "aux").is_some() {
        return false;
    }
    // "three peasants killed in army raid": these verbs always take an
    // object in the active voice, so without one (and without a bare noun
    // the parser may have taken for an oblique) they are passive.
    let object_elsewhere = s.children_rel(v, "obl").any(|o| s.case_of(o).is_none() && !TEMPORAL.contains(&s.words[o].lower.as_str()))
        || s.child_rel(v, "ccomp").is_some()
        || s.child_rel(v, "xcomp").is_some();
    if ALWAYS_TRANSITIVE.contains(&w.lemma.as_str()) && s.child_rel(v, "nsubj").is_some() && !object_elsewhere && w.deprel != "acl:relcl" {
        return true;
    }
    s.children_rel(v, "obl").any(|o| {
        let n = &s.words[o];
        s.case_of(o) == Some("by")
            && n.is_noun()
            && !TEMPORAL.contains(&n.lower.as_str())
            && match Lexicon::get().noun(&n.lemma) {
                Some(e) => matches!(e.class, NounClass::Agent | NounClass::Force | NounClass::Person),
                None => n.upos == Upos::Propn || semantics::can_fill(&n.lemma, Role::Perpetrator),
            }
    })
}

/// Is the act an assassination or an attempt at one: aimed at a person?
fn is_assassination(m: &Mention) -> bool {
    matches!(m.subtype.as_deref(), Some("assassination" | "attempted_assassination"))
}

/// Nominal events whose possessor is the one it happened to: "Galan's
/// assassination", "the Jesuits' murder", "the journalist's kidnapping";
/// an armed force or group as possessor still did it ("the army's killing
/// of civilians"), unless it is one member of a force and the event names
/// no other patient ("the police commander's assassination", "the
/// soldier's kidnapping": one man is who was killed or taken, and a force
/// that kills does so as a body).
fn possessor_is_patient(s: &Sentence, m: &Mention, possessor: usize) -> bool {
    let harms_person = matches!(m.kind, EventKind::Killing | EventKind::Kidnapping) || is_assassination(m);
    let class = Lexicon::get().noun(&s.words[possessor].lemma).map(|e| e.class);
    let one_member_of_a_force = class == Some(NounClass::Force)
        && s.words[possessor].lower == s.words[possessor].lemma
        && s.words[possessor].head.is_some_and(|n| !s.children_rel(n, "nmod").any(|c| s.case_of(c) == Some("of")));
    harms_person && (one_member_of_a_force || !matches!(class, Some(NounClass::Agent | NounClass::Force)))
}

/// Is the verb at `v`, a complement of the verb at `head`, a past
/// participle that describes `head`'s object ("identified the body of the
/// commander murdered this morning", "found two men shot in a ditch")? It
/// is passive: who identified or found is not who murdered or shot. A
/// participle with its own "to" or auxiliary, or under a verb with no
/// object, is none.
fn participle_of_small_clause(s: &Sentence, v: usize, head: usize) -> bool {
    let w = &s.words[v];
    let participle = w.lower != w.lemma && !w.lower.ends_with("ing") && !w.lower.ends_with('s');
    let own_marker = s.children(v).iter().any(|&c| matches!(s.words[c].rel(), "mark" | "aux" | "aux:pass" | "nsubj"));
    participle && !own_marker && head < v && s.child_rel(head, "obj").is_some_and(|o| o < v)
}

/// Is "X was behind the attack" at `n` negated, denied or doubted ("no
/// evidence that X was behind", "denied it was behind", "not behind")?
/// Then X is no perpetrator; the attribution records the stance.
fn behind_is_doubted(s: &Sentence, n: usize) -> bool {
    std::iter::once(n).chain(s.ancestors(n).take(3)).any(|i| {
        matches!(s.words[i].lemma.as_str(), "deny" | "doubt" | "reject" | "dismiss")
            || s.children(i).iter().any(|&c| matches!(s.words[c].rel(), "det" | "advmod" | "neg") && matches!(s.words[c].lower.as_str(), "no" | "not" | "n't" | "never"))
    })
}

/// Is the proper-noun modifier `c` of the event noun `n` the first part
/// of the name of `n`'s possessor ("luis" of "luis carlos galan's
/// murder", which the parser made a compound of "murder" while "carlos
/// galan 's" became the possessor)? Then it names the possessor, not a
/// doer beside it; reading it as "an FMLN attack" made the victim of the
/// murder its perpetrator too.
fn starts_possessor_name(s: &Sentence, n: usize, c: usize) -> bool {
    s.children_rel(n, "nmod:poss").any(|p| p > c && (c + 1..p).all(|k| s.words[k].upos == Upos::Propn))
}

fn noun_arguments(s: &Sentence, m: &mut Mention) {
    let n = m.head;
    m.definite = s.has_definite_determiner(n)
        || s.child_rel(n, "nmod:poss").is_some_and(|p| s.words[p].upos == Upos::Pron);
    let frame = m.entry.frame;
    for c in s.children(n).to_vec() {
        let w = &s.words[c];
        let class = Lexicon::get().noun(&w.lemma).map(|e| e.class);
        match w.deprel.as_str() {
            // "evidence that Russia was behind the chemical attacks": the
            // subject of "be behind" an event did it, however the parser
            // hung the clause.
            "nsubj" if s.children_rel(n, "case").any(|x| s.words[x].lemma == "behind") && !behind_is_doubted(s, n) => push_agent(s, m, c),
            "nmod:poss" if w.upos != Upos::Pron && possessor_is_patient(s, m, c) => push_patient(s, m, c),
            "nmod:poss" if w.upos != Upos::Pron => push_agent(s, m, c),
            // "an FMLN attack", "a guerrilla attack", "a bomb attack".
            // A modifier that is a weapon or a name: "a bomb attack", "an FMLN
            // attack". A generic agent word ("terrorist attack", "guerrilla
            // attack") says what kind of actor did it, which is all the
            // report says of the perpetrator.
            "compound" | "amod" if c < m.trigger_words.start => match class {
                Some(NounClass::Weapon) => set_weapon(s, m, c),
                Some(NounClass::Facility) if w.deprel == "compound" => push_patient(s, m, c),
                Some(NounClass::Agent) => push_agent(s, m, c),
                None if w.upos == Upos::Propn && !starts_possessor_name(s, n, c) => push_agent(s, m, c),
                _ => {}
            },
            "nmod" | "obl" => {
                let case = s.case_of(c).unwrap_or("");
                match case {
                    "by" => {
                        if class == Some(NounClass::Weapon) {
                            set_weapon(s, m, c)
                        } else {
                            push_agent(s, m, c)
                        }
                    }
                    "with" if frame == Frame::Mutual => push_other_side(s, m, c),
                    "between" if frame == Frame::Mutual => push_agent(s, m, c),
                    "with" => set_weapon(s, m, c),
                    "against" | "on" | "upon" | "targeting" if frame != Frame::Crowd => push_patient(s, m, c),
                    "of" if frame != Frame::Crowd && frame != Frame::Mutual => {
                        if class == Some(NounClass::Weapon) {
                            set_weapon(s, m, c)
                        } else if !matches!(class, Some(NounClass::Agent)) {
                            push_patient(s, m, c)
                        } else {
                            push_agent(s, m, c)
                        }
                    }
                    "at" if class == Some(NounClass::Facility) && frame != Frame::Crowd => push_patient(s, m, c),
                    "" if frame != Frame::Crowd && person_cut_from_patient_phrase(s, n, c) => push_patient(s, m, c),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    for c in names_coordinated_on_event_noun(s, n) {
        push_patient(s, m, c);
    }
    // "carried out an airstrike on a weapons depot": the parser may hang
    // what was hit on the verb that carried the act out.
    if frame != Frame::Crowd && object_of_support_verb(s, n) && !m.args.iter().any(|a| matches!(a.role, Role::Target | Role::Victim)) {
        if let Some(v) = s.words[n].head.filter(|&v| SUPPORT_VERBS.contains(&s.words[v].lemma.as_str())) {
            for c in s.children_rel(v, "obl").filter(|&c| c > n && matches!(s.case_of(c), Some("on" | "against" | "upon"))).collect::<Vec<_>>() {
                push_patient(s, m, c);
            }
        }
    }
    if matches!(m.kind, EventKind::Killing | EventKind::Attack | EventKind::Kidnapping) && frame == Frame::Agent {
        for words in names_in_of_phrase_after_event_noun(s, n) {
            if !m.args.iter().any(|a| a.words.start < words.end && words.start < a.words.end) {
                m.args.push(Arg { role: Role::Victim, head: words.end - 1, words });
            }
        }
    }
    // "the kidnapping of the two engineers by ELN rebels", "the attack on
    // the police post by FMLN rebels": the parser hangs the "by" phrase on
    // the patient; people and buildings are not "by" a party, so it names
    // who did it.
    for p in s.children_rel(n, "nmod").filter(|&c| matches!(s.case_of(c), Some("of" | "on" | "against" | "upon"))).collect::<Vec<_>>() {
        if let Some(by) = s.children_rel(p, "nmod").find(|&b| s.case_of(b) == Some("by") && is_party_word(s, b)) {
            push_agent(s, m, by);
        }
    }
    // "an attack carried out by presumed rebels": a support verb that
    // modifies the event noun names its agent in its "by" phrase.
    for v in s.children_rel(n, "acl").filter(|&v| SUPPORT_VERBS.contains(&s.words[v].lemma.as_str())).collect::<Vec<_>>() {
        if let Some(by) = s.children_rel(v, "obl").find(|&o| s.case_of(o) == Some("by") && is_party_word(s, o)) {
            push_agent(s, m, by);
        }
    }
    // "the attack with explosives that was perpetrated by unidentified
    // individuals", "the assassination of the priests perpetrated ... by
    // the army", "the attacks carried out by the cartel": the same
    // participle, hung by the parser on a noun inside the event's phrase or
    // on the noun before it.
    for by in agents_of_misplaced_support_participles(s, n) {
        push_agent(s, m, by);
    }
    if let Some(by) = by_phrase_after_apposition(s, n) {
        push_agent(s, m, by);
    }
    if frame != Frame::Crowd && frame != Frame::Mutual {
        for hit in hit_through_support_participle(s, n) {
            push_patient(s, m, hit);
        }
    }
    for by in handlers_of_weapon_hung_on_event_noun(s, n) {
        push_agent(s, m, by);
    }
    // "Fighting continued between M23 rebels and the army": the parser may
    // read the verb of course as a participle on the event noun ("fighting
    // [that] continued between ..."); its "between" phrase still names the
    // sides.
    if frame == Frame::Mutual {
        for v in s.children_rel(n, "acl").filter(|&v| ONSET_VERBS.contains(&s.words[v].lemma.as_str())).collect::<Vec<_>>() {
            push_sides_between(s, m, v);
        }
    }
    // Support verbs: "militants carried out the attack", "the FMLN staged a raid".
    if let Some(h) = s.words[n].head {
        let hw = &s.words[h];
        // "denied that it carried out the attack": the one who denies is no
        // perpetrator; the denial says so (attribution).
        if object_of_support_verb(s, n) && SUPPORT_VERBS.contains(&hw.lemma.as_str()) && !crate::modality::denied_part_in(s, n) {
            if let Some(subj) = s.child_rel(h, "nsubj") {
                push_agent(s, m, subj);
            }
            if let Some(by) = s.children_rel(h, "obl").find(|&o| s.case_of(o) == Some("by")) {
                push_agent(s, m, by);
            }
        }
        if let Some(by) = agent_hung_on_governing_verb(s, n, h) {
            push_agent(s, m, by);
        }
        // "an attack was carried out by militants".
        if s.words[n].deprel == "nsubj:pass" && SUPPORT_VERBS.contains(&hw.lemma.as_str()) {
            if let Some(by) = s.children_rel(h, "obl").find(|&o| s.case_of(o) == Some("by")) {
                push_agent(s, m, by);
            }
            for o in s.children_rel(h, "obl").collect::<Vec<_>>() {
                if matches!(s.case_of(o), Some("against" | "on")) {
                    push_patient(s, m, o);
                }
            }
        }
        // "fighting broke out between the army and the RSF", "clashes
        // erupted between police and protesters": a verb of onset or
        // course whose subject is the event names its sides in its own
        // "between" phrase.
        if frame == Frame::Mutual && s.words[n].rel() == "nsubj" && ONSET_VERBS.contains(&hw.lemma.as_str()) {
            push_sides_between(s, m, h);
        }
        // "three soldiers died in a rebel ambush", "two policemen were
        // wounded in the explosion": who died or was hurt in the event is
        // its victim. Not of fighting ("died in combat", "in the clashes"),
        // which often only says how, of an attack told before.
        if frame != Frame::Mutual {
            if let Some(h) = struck_or_spared_by(s, n) {
                let hw = &s.words[h];
                // The subject, or the noun a participle hangs on ("five
                // villagers perished in the raid" read as a reduced relative).
                let reduced_relative = (hw.deprel == "acl").then_some(hw.head).flatten();
                for harmed in s.children_rel(h, "nsubj").chain(s.children_rel(h, "nsubj:pass")).chain(reduced_relative).collect::<Vec<_>>() {
                    push_patient(s, m, harmed);
                }
            }
        }
        // "the attack on X" inside "X was the target of" is rare; skip.
        // "an explosion destroyed the building": the event noun is the subject.
        // "the blast destroyed the bank and caused severe damage to nearby
        // businesses": a second verb conjoined with no subject of its own
        // shares the event noun as subject.
        let shared: Vec<usize> = if s.words[n].rel() == "nsubj" {
            std::iter::once(h).chain(s.children_rel(h, "conj").filter(|&c| s.words[c].is_verb() && !s.children(c).iter().any(|&k| matches!(s.words[k].rel(), "nsubj" | "mark")))).collect()
        } else {
            Vec::new()
        };
        for &h in &shared {
            let hw = &s.words[h];
            let brought_down = hw.lemma == "bring" && s.children_rel(h, "compound:prt").any(|p| s.words[p].lower == "down");
            if brought_down || matches!(hw.lemma.as_str(), "destroy" | "damage" | "hit" | "rock" | "shake" | "tear" | "rip" | "target" | "wreck" | "gut" | "affect") {
                for o in s.children_rel(h, "obj").collect::<Vec<_>>() {
                    push_patient(s, m, o);
                }
            }
        }
        // "the explosion caused serious damage to the embassy and to nearby
        // structures", "the bombs caused the destruction of 500 houses".
        for &h in shared.iter().filter(|&&h| s.words[h].lemma == "cause") {
            for o in s.children_rel(h, "obj").filter(|&o| DAMAGE_NOUNS.contains(&s.words[o].lemma.as_str()) && !damage_denied(s, o)).collect::<Vec<_>>() {
                let hit: Vec<usize> = s
                    .children(o)
                    .iter()
                    .chain(s.children(h))
                    .copied()
                    .filter(|&c| matches!(s.words[c].rel(), "nmod" | "obl") && matches!(s.case_of(c), Some("to" | "of")))
                    .collect();
                for c in hit {
                    push_patient(s, m, c);
                }
            }
        }
        // "cultural institutes were the target of bomb attacks".
        if s.words[n].rel() == "nmod" && s.case_of(n) == Some("of") && matches!(hw.lemma.as_str(), "target" | "object" | "objective" | "victim") {
            if let Some(subject) = s.child_rel(h, "nsubj").or_else(|| s.child_rel(h, "nsubj:pass")) {
                push_patient(s, m, subject);
            }
        }
    }
    // "an explosion at a bank branch", "a bomb attack in front of the
    // ministry", "the explosion took place near the embassy": where a
    // bombing happened is what it hit. For other attacks, only where the
    // verb of happening puts them ("the attack took place at the offices
    // of a newspaper"): their own phrases of place are read with the
    // other arguments.
    if m.kind == EventKind::Attack {
        let bombing = is_bombing(m);
        let mut places = if bombing { s.children(n).to_vec() } else { Vec::new() };
        // "one of the explosions occurred near ...", "the second of the
        // blasts took place at ...": the event noun is the "of" phrase of
        // the subject that counts it.
        let subject = match s.words[n].head {
            Some(p) if s.words[n].rel() == "nmod" && s.case_of(n) == Some("of") && s.words[p].rel() == "nsubj" && counts_one_of(s, p) => Some(p),
            _ if s.words[n].rel() == "nsubj" => Some(n),
            _ => None,
        };
        if let Some(h) = subject.and_then(|c| s.words[c].head) {
            let takes_place = s.words[h].lemma == "take" && s.children_rel(h, "obj").any(|o| s.words[o].lemma == "place");
            if takes_place || matches!(s.words[h].lemma.as_str(), "occur" | "happen") {
                places.extend(s.children(h).iter().copied());
            }
        }
        if bombing {
            places.extend(sites_told_one_by_one(s, n));
        }
        // An armed attack "near the market" did not hit the market, as a
        // bomb that went off there did.
        let inside = |o: &usize| bombing || matches!(s.case_of(*o), Some("at" | "in" | "inside"));
        for site in places.into_iter().filter(inside).filter_map(|o| bomb_site(s, o)).collect::<Vec<_>>() {
            push_with_conjuncts(s, m, site, Role::Target);
        }
    }
}

/// "the explosions of bombs planted by terrorists", "the blast of a
/// grenade hurled by two men": a participle that handles a weapon (a verb
/// that is an attack only with a weapon: "plant", "place", "throw",
/// "fire") after the event noun's "of" weapon names in its "by" phrase who
/// set the event off, whether the parser hung it on the weapon or on the
/// event noun.
fn handlers_of_weapon_hung_on_event_noun(s: &Sentence, n: usize) -> Vec<usize> {
    let lex = Lexicon::get();
    let weapons: Vec<usize> = s.children_rel(n, "nmod").filter(|&c| s.case_of(c) == Some("of") && is_weapon_noun(s, c)).collect();
    let Some(&first) = weapons.first() else {
        return Vec::new();
    };
    let handles_weapon = |v: usize| {
        let w = &s.words[v];
        w.is_verb() && lex.triggers_at_word(&w.lemma, &w.lower).iter().any(|t| t.pos == TriggerPos::Verb && t.needs_weapon && t.lemmas.len() == 1)
    };
    let participles = s.children_rel(n, "acl").filter(|&v| v > first).chain(weapons.iter().flat_map(|&w| s.children_rel(w, "acl")));
    participles
        .filter(|&v| handles_weapon(v))
        .filter_map(|v| s.children(v).iter().copied().find(|&o| s.words[o].rel() == "obl" && s.case_of(o) == Some("by") && is_party_word(s, o)))
        .collect()
}

/// Verbs whose participle after an event noun can only say who did the
/// act: one carries out, perpetrates or commits an act, never a person or
/// a building ("a march organized by the union" is why "organize", "lead"
/// or "plan" are not here: they take people and events alike).
const ACT_ONLY_SUPPORT_VERBS: &[&str] = &["carry", "perpetrate", "commit", "launch", "stage", "mount", "unleash"];

/// The "by" parties of an act-only support participle ("perpetrated by",
/// "carried out by") that follows event noun `n` but that the parser hung
/// elsewhere: on a noun inside the event's own phrase ("the attack with
/// explosives that was perpetrated by ...", "the murder of the priests
/// perpetrated by ..."), or, right after the event noun, on the verb or
/// noun that governs it (as a second verb: "condemned the bombing of the
/// courthouse perpetrated by ...") ("an increase in the attacks carried out by ..."), or made
/// the event noun its own dependent. A noun that is an event itself keeps
/// its participle.
fn agents_of_misplaced_support_participles(s: &Sentence, n: usize) -> Vec<usize> {
    let phrase_end = s.subtree(n).end;
    // The participle opens the word after the phrase, or after the comma
    // that closes it ("the murder of Amina Yusuf, carried out this morning
    // by ...", "the attempt on the police chief, General X, carried out by
    // ...": a participle set off by a comma after an apposition).
    let after_comma = s.words.get(phrase_end).is_some_and(|w| w.lower == ",");
    let right_after = |v: usize| v == phrase_end || (after_comma && v == phrase_end + 1);
    let misplaced = |v: usize| {
        // "the attacks carried out by ...", with the event noun made a
        // dependent of the participle after it.
        if s.words[n].head == Some(v) && v == phrase_end {
            return true;
        }
        let Some(h) = s.words[v].head else { return false };
        // "condemned the bombing of the courthouse perpetrated by ...",
        // read as a second verb of "condemned": a conjunct with no subject
        // or auxiliary of its own, right after the event's phrase.
        // "the mayor spoke after the raid staged by ...", read as a clause
        // of "spoke" (advcl), the same.
        // Or a conjunct of the event noun itself, or of the verb of a
        // clause the event's phrase lies in ("condemns the base and
        // cowardly murder of X, carried out by ...", the event noun a
        // conjunct of the object), after the comma.
        if matches!(s.words[v].rel(), "conj" | "advcl") {
            let bare = !s.children(v).iter().any(|&c| matches!(s.words[c].rel(), "nsubj" | "aux" | "cc" | "mark"));
            let on_event = s.words[n].head == Some(h) || (h == n && s.words[v].rel() == "conj") || (after_comma && h < n && s.is_under(n, h));
            return bare && on_event && right_after(v);
        }
        if h == n || is_event_word(s, h) || !s.words[h].is_noun() {
            return false;
        }
        let inside = s.is_under(h, n) && s.words[h].rel() == "nmod";
        let right_after = v == phrase_end && h < n && s.is_under(n, h);
        inside || right_after
    };
    let carried_out = |v: usize| s.words[v].lemma != "carry" || s.children_rel(v, "compound:prt").any(|p| s.words[p].lower == "out");
    (n + 1..s.words.len())
        .filter(|&v| s.words[v].is_verb() && matches!(s.words[v].rel(), "acl" | "conj" | "advcl") && ACT_ONLY_SUPPORT_VERBS.contains(&s.words[v].lemma.as_str()))
        .filter(|&v| carried_out(v) && misplaced(v))
        .filter_map(|v| s.children_rel(v, "obl").find(|&o| s.case_of(o) == Some("by") && is_party_word(s, o)))
        .collect()
}

/// "the assassination of Ahmed Nur, the mayor of Baidoa, by suspected
/// militants": a "by" phrase right after an apposition set off by commas
/// after the event's phrase names who did the act, wherever the parser
/// hung it (on the apposition, which it may take out of the event's
/// phrase, or on the verb above). A mayor or a town is not "by" a party; the apposition
/// must be a plain noun phrase (no verb, no other "by").
fn by_phrase_after_apposition(s: &Sentence, n: usize) -> Option<usize> {
    let phrase = s.subtree(n);
    let open = phrase.end;
    if s.words.get(open)?.lower != "," {
        return None;
    }
    // The apposition inside the event's phrase ("of Antonio Porth, minister
    // of the presidency,", which the parser may also read as a conjunct),
    // the "by" right after its closing comma.
    let apposition_inside = (n + 1..open).any(|k| s.words[k].lower == ",");
    if apposition_inside && s.words.get(open + 1).is_some_and(|w| w.lower == "by" && w.rel() == "case") {
        let by = s.words[open + 1].head?;
        return (by > open + 1 && is_party_word(s, by)).then_some(by);
    }
    let close = (open + 1..(open + 12).min(s.words.len())).find(|&k| s.words[k].lower == ",")?;
    let plain = (open + 1..close).all(|k| !s.words[k].is_verb() && s.words[k].lower != "by") && close > open + 1;
    let case = close + 1;
    if !plain || s.words.get(case)?.lower != "by" {
        return None;
    }
    let by = s.words[case].head?;
    let hung_on_apposition = s.words[by].head.is_some_and(|h| h > open && h < close);
    (s.words[case].rel() == "case" && by > case && hung_on_apposition && is_party_word(s, by)).then_some(by)
}

/// "the attack staged tonight by urban commandos on the government
/// house", "the raid staged by the front on the hotel", "the attack with
/// explosives that was perpetrated by unknown men against the office of
/// X": what an act-only support participle of the event noun (as in
/// [`agents_of_misplaced_support_participles`]: one stages or perpetrates
/// an act, never a building) did the act "on" or "against" is what the
/// act hit, whether the parser hung that phrase on the participle or on
/// its "by" party (people are not "on" a house; the party's own phrase
/// would be "of" or "from").
fn hit_through_support_participle(s: &Sentence, n: usize) -> Vec<usize> {
    let phrase = s.subtree(n);
    // The participle on the event noun, or on a noun inside its phrase
    // ("the attack with explosives that was perpetrated by ...").
    let participle_of_event = |v: usize| {
        let Some(h) = s.words[v].head else { return false };
        h == n || (phrase.contains(&h) && s.words[h].is_noun() && !is_event_word(s, h) && s.words[h].rel() == "nmod" && s.words[h].head == Some(n))
    };
    // Or right after the event's phrase, read as a bare clause of the verb
    // that governs the event noun ("the mayor spoke after the raid staged
    // by ...", with "staged" a clause of "spoke").
    let clause_after_event = |v: usize| {
        let bare = !s.children(v).iter().any(|&c| matches!(s.words[c].rel(), "nsubj" | "aux" | "cc" | "mark"));
        matches!(s.words[v].rel(), "advcl" | "conj") && bare && v == phrase.end && s.words[n].head.is_some() && s.words[v].head == s.words[n].head
    };
    let carried_out = |v: usize| s.words[v].lemma != "carry" || s.children_rel(v, "compound:prt").any(|p| s.words[p].lower == "out");
    let aimed = |c: usize| matches!(s.case_of(c), Some("on" | "against" | "upon"));
    let mut hit = Vec::new();
    let candidates = phrase.start..(phrase.end + 1).min(s.words.len());
    for v in candidates.filter(|&v| s.words[v].is_verb() && matches!(s.words[v].rel(), "acl" | "advcl" | "conj") && ACT_ONLY_SUPPORT_VERBS.contains(&s.words[v].lemma.as_str())) {
        let placed = (s.words[v].rel() == "acl" && participle_of_event(v)) || clause_after_event(v);
        if !carried_out(v) || !placed {
            continue;
        }
        hit.extend(s.children_rel(v, "obl").filter(|&o| aimed(o) && !crate::syntax::TIME_NOUNS.contains(&s.words[o].lemma.as_str())));
        for by in s.children_rel(v, "obl").filter(|&o| s.case_of(o) == Some("by") && is_party_word(s, o)).collect::<Vec<_>>() {
            hit.extend(s.children_rel(by, "nmod").filter(|&c| aimed(c)));
        }
    }
    hit
}

/// "the massacre of the priests A, B, C and D": the parser may hang the
/// names listed after the event noun's "of" phrase on the event noun
/// itself, as its conjuncts. A proper noun conjunct of the event noun
/// after that phrase, with nothing but names, commas and "and" between,
/// is one more of what the "of" phrase names.
fn names_coordinated_on_event_noun(s: &Sentence, n: usize) -> Vec<usize> {
    let Some(of) = s.children_rel(n, "nmod").find(|&c| c > n && s.case_of(c) == Some("of")) else { return Vec::new() };
    let listed = |c: usize| (of + 1..c).all(|k| matches!(s.words[k].upos, Upos::Propn | Upos::Noun | Upos::Punct | Upos::Cconj));
    s.children_rel(n, "conj").filter(|&c| c > of && s.words[c].upos == Upos::Propn && s.case_of(c).is_none() && listed(c)).collect()
}

/// True if word `i` is an event trigger by itself: a nominal trigger's
/// head ("attack", "bombing") or a verb trigger ("attacked").
pub fn is_event_word(s: &Sentence, i: usize) -> bool {
    let w = &s.words[i];
    let lex = Lexicon::get();
    if w.is_noun() {
        return lex.triggers_starting(&w.lemma).iter().any(|t| t.pos == TriggerPos::Noun && t.lemmas.len() == 1);
    }
    w.is_verb() && lex.triggers_at_word(&w.lemma, &w.lower).iter().any(|t| t.pos == TriggerPos::Verb)
}

/// "Russian warplanes struck a market", "Military helicopters struck ...":
/// a verb that needs a weapon has one when its subject is a warplane, or
/// an aircraft said to be a party's (a plane that struck a mountain is
/// none).
fn struck_from_the_air(s: &Sentence, verb: usize) -> bool {
    let Some(subject) = s.child_rel(verb, "nsubj") else { return false };
    let lemma = s.words[subject].lemma.as_str();
    matches!(lemma, "warplane" | "gunship" | "fighter-bomber")
        || (matches!(lemma, "jet" | "aircraft" | "plane" | "helicopter" | "airplane") && !doers_named_by_modifiers(s, subject).is_empty())
}

/// "Israel's military said it struck a weapons depot", "the army hit
/// militant positions near the border", "Russia struck Ukrainian energy
/// infrastructure": "strike" and "hit" name no weapon here, yet an armed
/// party striking a military object or a building is an act of force. The
/// subject is a word for state forces or armed men, a name, or a pronoun
/// standing for the party reporting it; the object a facility or one of
/// [`MILITARY_OBJECTS`] ("targets" and "sites" only with a modifier that
/// says whose or what: "Hezbollah targets", "military sites"). "The storm
/// hit the coast", "the company hit its targets", "a lightning strike" stay
/// none.
fn armed_party_struck_military_object(s: &Sentence, verb: usize) -> bool {
    let Some(subject) = s.child_rel(verb, "nsubj") else { return false };
    let Some(object) = s.child_rel(verb, "obj") else { return false };
    let lex = Lexicon::get();
    let w = &s.words[subject];
    let armed = match w.upos {
        Upos::Pron => reporter_of_pronoun(s, subject).is_some(),
        Upos::Propn => true,
        _ => lex.noun(&w.lemma).is_some_and(|e| matches!(e.class, NounClass::Force | NounClass::Agent)),
    };
    if !armed {
        return false;
    }
    let o = &s.words[object];
    let modified = || s.children(object).iter().any(|&c| c < object && matches!(s.words[c].deprel.as_str(), "compound" | "amod"));
    match o.lemma.as_str() {
        "target" | "site" => modified(),
        lemma => MILITARY_OBJECTS.contains(&lemma) || lex.noun(lemma).is_some_and(|e| e.class == NounClass::Facility) && lemma != "company",
    }
}

/// What armed forces strike that is no building of the noun lexicon.
const MILITARY_OBJECTS: &[&str] = &["position", "target", "site", "stronghold", "hideout", "infrastructure", "launcher", "depot", "bunker", "tunnel"];

/// The modifiers before the noun at `head` that name a party: a name, a
/// nationality, a word for a party, or "government"/"army"/"police"/
/// "military" ("Israeli strikes", "Government airstrikes", "military
/// aircraft").
fn doers_named_by_modifiers(s: &Sentence, head: usize) -> Vec<usize> {
    s.children(head)
        .iter()
        .copied()
        .filter(|&c| c < head)
        .filter(|&c| {
            let d = &s.words[c];
            let modifier = matches!(d.deprel.as_str(), "amod" | "compound" | "nmod:poss");
            let names_a_party = d.upos == Upos::Propn
                || (d.upos == Upos::Adj && is_nationality_word(d))
                || (d.is_noun() && is_party_word(s, c))
                || matches!(d.lower.as_str(), "government" | "army" | "police" | "military");
            modifier && names_a_party
        })
        .collect()
}

/// A nationality adjective ("Israeli", "russian"): a demonym of the actor
/// registry.
pub(crate) fn is_nationality_word(w: &crate::syntax::Word) -> bool {
    sitrep_knowledge::KnowledgeBase::embedded().actors.is_demonym(&w.lower)
}

/// Adverbs of manner that make "attack" a verb of speech ("harshly
/// attacked the president", "sharply attacked the policy").
const ATTACK_IN_WORDS_ADVERBS: &[&str] = &["harshly", "sharply", "verbally", "bitterly", "vehemently", "publicly", "openly", "strongly", "roundly", "scathingly"];

/// Is the verb "attack" at `head` said of words, by an adverb of
/// `ATTACK_IN_WORDS_ADVERBS` ("the opposition leader harshly attacked the
/// president and called him a liar")? That is criticism, no act of force.
fn attacked_in_words(s: &Sentence, head: usize) -> bool {
    s.words[head].lemma == "attack" && s.words[head].is_verb() && s.children_rel(head, "advmod").any(|a| ATTACK_IN_WORDS_ADVERBS.contains(&s.words[a].lower.as_str()))
}

/// Things burned as a sign of protest, not as damage to anyone.
const SYMBOLS_BURNED_IN_PROTEST: &[&str] = &["flag", "effigy", "coffin", "banner", "poster", "portrait", "picture", "photograph", "copy"];

/// Is the mention an arson whose targets are all things burned as signs
/// (`SYMBOLS_BURNED_IN_PROTEST`: "protesters burned US flags and an effigy
/// of the president", "demonstrators burned a coffin")? Burning them is a
/// way to protest, not an attack on property.
fn burns_only_symbols(s: &Sentence, m: &Mention) -> bool {
    let mut targets = m.args.iter().filter(|a| a.role == Role::Target).peekable();
    m.subtype.as_deref() == Some("arson") && targets.peek().is_some() && targets.all(|a| SYMBOLS_BURNED_IN_PROTEST.contains(&s.words[a.head].lemma.as_str()))
}

/// "The air force said it shot down 12 of 15 drones", "said it had
/// intercepted two missiles": a defence against the other side's weapons
/// is no attack, and no claim of one.
pub(crate) fn intercepts_weapons(s: &Sentence, c: usize) -> bool {
    // The parser may hang "down" on the object's count ("shot down 12").
    let down = s.children(c).iter().any(|&k| s.words[k].lower == "down") || s.words.get(c + 1).is_some_and(|w| w.lower == "down");
    let defence = match s.words[c].lemma.as_str() {
        "shoot" | "bring" => down,
        "intercept" | "down" | "neutralize" | "neutralise" => true,
        _ => false,
    };
    if !defence {
        return false;
    }
    let weapon = |k: usize| Lexicon::get().entry_or_its_singular(&s.words[k].lower, |e| e.class == NounClass::Weapon);
    // "The helicopter was shot down by a missile": what was brought down
    // is the passive subject, and the weapon the means.
    if let Some(subject) = s.child_rel(c, "nsubj:pass") {
        return weapon(subject);
    }
    // "shot down 40 of them": the weapons told before the verb.
    let them = s.words.iter().skip(c + 1).take(4).any(|w| matches!(w.lower.as_str(), "them" | "it"));
    if them {
        return (0..c).any(|k| s.words[k].is_noun() && weapon(k));
    }
    // The first noun after the verb: the parser hangs "drones" of "12 of
    // 15 drones launched overnight" anywhere.
    s.words.iter().enumerate().skip(c + 1).find(|(k, w)| w.is_noun() && s.case_of(*k) != Some("by")).is_some_and(|(k, _)| weapon(k))
}

/// Was the event at `head` caused by an accident or a natural disaster
/// ("killed in a bus crash", "an earthquake killed 30 villagers", "victims
/// killed by the plane crash")? Those deaths are no act of violence.
fn caused_by_mishap(s: &Sentence, head: usize) -> bool {
    let is_mishap = |k: usize| is_mishap_phrase(s, k);
    // "a heart attack" is an illness, not an attack.
    if s.words[head].is_noun() && is_mishap(head) {
        return true;
    }
    let by_mishap = s.children(head).iter().any(|&c| {
        let w = &s.words[c];
        (w.deprel == "nsubj" && is_mishap(c)) || (w.rel() == "obl" && matches!(s.case_of(c), Some("by" | "in")) && is_mishap(c))
    });
    by_mishap || natural_death(s, head, &is_mishap)
}

/// Is the noun at `k`, alone or with the words of its phrase before it
/// ("heart attack"), a mishap or illness of the lexicon?
fn is_mishap_phrase(s: &Sentence, k: usize) -> bool {
    let lex = Lexicon::get();
    let mishap = |phrase: &str| lex.noun(phrase).is_some_and(|e| e.class == NounClass::Mishap);
    mishap(&s.words[k].lemma) || (s.noun_phrase(k).start..k).any(|st| mishap(&s.lemma_phrase(st..k + 1)))
}

/// "the death of the bishop from cancer", "his natural death", "the death
/// of the senator after a heart attack": a death noun whose cause, on it
/// or on the one who died, is an illness or a mishap is no killing.
fn natural_death(s: &Sentence, head: usize, is_mishap: &dyn Fn(usize) -> bool) -> bool {
    if s.words[head].lemma != "death" {
        return false;
    }
    let dead = s.children(head).iter().copied().filter(|&c| s.words[c].rel() == "nmod" && s.case_of(c) == Some("of")).collect::<Vec<_>>();
    let natural = s.children_rel(head, "amod").any(|a| s.words[a].lemma == "natural");
    // "reported the death of X after a heart attack": the cause may hang
    // on the verb the death is the object or subject of.
    let governor = s.words[head].head.filter(|_| matches!(s.words[head].rel(), "obj" | "nsubj" | "nsubj:pass"));
    natural
        || std::iter::once(head).chain(dead).chain(governor).flat_map(|h| s.children(h).to_vec()).any(|c| {
            matches!(s.words[c].rel(), "nmod" | "obl") && matches!(s.case_of(c), Some("from" | "after" | "of")) && is_mishap(c)
        })
}

fn is_rel_pronoun(s: &Sentence, i: usize) -> bool {
    matches!(s.words[i].lower.as_str(), "who" | "which" | "that" | "whom")
}

/// Can the word at `h` head a phrase for a thing hit: a noun, a name or a
/// pronoun, not an adjective, adverb or particle the parser hung as an
/// argument ("their fierce | battle", "blew | up", "the cars parked
/// nearby" read with "parked" as the object)? A target is a thing (MUC-4's
/// PHYS TGT, ACLED's and GTD's target), and only a nominal names one.
fn names_a_thing(s: &Sentence, h: usize) -> bool {
    matches!(s.words[h].upos, Upos::Noun | Upos::Propn | Upos::Pron | Upos::X)
}

/// Quantifiers that stand for a noun left out ("another", "both"); "one"
/// is not here, as "one of the buses" is named by what follows.
const ELLIPTIC_QUANTIFIERS: &[&str] = &["another", "both", "all", "neither", "none", "each", "either"];

/// Parts of a thing, which stand for the whole when they are hit. (Walls,
/// windows, doors and roofs are `BUILDING_PARTS`, dropped before this.)
const PART_NOUNS: &[&str] = &[
    "part", "floor", "side", "front", "back", "rear", "shelf", "shelves", "facade", "entrance", "masonry", "corner", "section",
    "wing", "portion", "top", "engine",
];

/// The longest "of" phrase kept in a target's span.
const MAX_OWNER_WORDS: usize = 8;

/// Quantities that stand for their noun ("wounding dozens"): counts, not actors.
const QUANTITY_WORDS: &[&str] = &["dozens", "scores", "hundreds", "thousands", "several", "many", "some", "others", "dozen"];

/// Media through which statements are made ("claimed the attack on its news agency").
const CHANNEL_NOUNS: &[&str] = &["agency", "channel", "statement", "website", "telegram", "video", "radio", "television", "broadcast", "communique", "account", "media", "newspaper"];

/// Words for people who march, rally and riot in protest.
const CROWD_WORDS: &[&str] = &[
    "protester", "protestor", "demonstrator", "marcher", "rioter", "crowd", "mob", "youth", "activist", "supporter", "student", "worker", "opponent",
];

/// Verbs whose object is an act of force when the noun alone could be
/// something else ("launched a strike on", "carried out strikes", "ordered
/// strikes"); workers call, stage or go on a strike.
const FORCE_DEED_VERBS: &[&str] = &["carry", "launch", "conduct", "mount", "execute", "order", "unleash", "intensify", "escalate", "step", "authorize", "authorise", "resume"];

/// People who strike by stopping work ("dockworkers", "the union",
/// "nurses"), whose "launched a strike" is no act of force.
fn names_workers(lemma: &str) -> bool {
    lemma.ends_with("worker") || WORKER_WORDS.contains(&lemma)
}

const WORKER_WORDS: &[&str] = &["union", "employee", "staff", "teacher", "doctor", "nurse", "miner", "driver", "trucker", "farmer", "labourer", "laborer"];

/// Is the noun at `n` an act of force by its context (the `needs-deed`
/// trigger flag): the object of a [`FORCE_DEED_VERBS`] verb whose subject
/// is no crowd of protesters and no workers, or with an "on" phrase naming
/// what it hit ("strikes on Kharkiv", not "a strike on Monday" or "a
/// strike on goal")?
fn act_of_force_by_context(s: &Sentence, n: usize) -> bool {
    // "a lightning strike": nature's, no one's act.
    if s.children(n).iter().any(|&c| c < n && s.words[c].lower == "lightning") {
        return false;
    }
    // What was hit is a place, a building or vehicle, or people ("strikes
    // on Kharkiv", "on a car", "on civilians"), not a day or a goal.
    let can_be_hit = |c: usize| {
        let w = &s.words[c];
        (w.upos == Upos::Propn && !crate::syntax::is_time_word(w)) || is_a_place_to_enter(s, c) || is_party_word(s, c) || semantics::first_sense_is_person(&w.lemma)
    };
    let hit_on = s.children_rel(n, "nmod").any(|c| s.case_of(c) == Some("on") && !TEMPORAL.contains(&s.words[c].lemma.as_str()) && can_be_hit(c));
    let done = object_of_support_verb(s, n)
        && s.words[n].head.is_some_and(|v| FORCE_DEED_VERBS.contains(&s.words[v].lemma.as_str()) && !s.child_rel(v, "nsubj").is_some_and(|subj| is_crowd(s, subj) || names_workers(&s.words[subj].lemma)));
    // "the strike killed four people", "the strike destroyed a house": a
    // strike that kills or destroys is no stoppage of work.
    let harmed = s.words[n].deprel == "nsubj" && s.words[n].head.is_some_and(|v| HARM_DONE_BY_AN_ACT.contains(&s.words[v].lemma.as_str()));
    hit_on || done || harmed
}

/// Verbs whose subject, when it is an act, is an act of force.
const HARM_DONE_BY_AN_ACT: &[&str] = &["kill", "wound", "injure", "destroy", "damage", "flatten", "level"];

/// Is the phrase at `head` a crowd of protesters ("protesters", "thousands
/// of students", "a crowd of supporters")?
/// "Thousands of people", "hundreds of residents": a multitude of
/// people (the lexicon's person nouns; not soldiers) is a crowd too.
fn is_crowd(s: &Sentence, head: usize) -> bool {
    let crowd_word = |k: usize| CROWD_WORDS.contains(&s.words[k].lemma.as_str());
    let people = |k: usize| Lexicon::get().noun(&s.words[k].lemma).is_some_and(|e| e.class == NounClass::Person);
    let multitude = |k: usize| crate::syntax::QUANTITY_NOUNS.contains(&s.words[k].lemma.as_str());
    // The phrase may come as its "of" noun ("people" of "thousands of
    // people"), or with a figure ("5,000 people").
    let counted_people = people(head)
        && (s.words[head].head.is_some_and(|h| multitude(h) && s.words[head].rel() == "nmod") || s.children_rel(head, "nummod").next().is_some());
    crowd_word(head) || counted_people || s.children_rel(head, "nmod").any(|c| s.case_of(c) == Some("of") && (crowd_word(c) || multitude(head) && people(c)))
}

/// Parts of a building damaged in passing ("the windows were shattered"):
/// no target on their own, but they say where a bomb went off ("at the
/// door of the house", [`part_named_with_its_whole`]).
const BUILDING_PARTS: &[&str] = &["window", "glass", "windowpane", "door", "wall", "roof"];

/// Things damaged in passing that are not what an attack was aimed at
/// (with [`BUILDING_PARTS`], see [`is_no_target`]).
const NOT_TARGETS: &[&str] = &["area", "zone", "sector", "outskirts", "place", "site", "total", "kg", "kilogram", "fire", "flame"];

/// "the blast shattered the windows of the bank", "damaged the doors of
/// two shops": a part of a building hit stands for the building of its
/// "of" phrase, which is the target (the part alone is none,
/// [`BUILDING_PARTS`]).
fn whole_of_building_part(s: &Sentence, h: usize) -> Option<usize> {
    if !BUILDING_PARTS.contains(&s.words[h].lemma.as_str()) {
        return None;
    }
    s.children_rel(h, "nmod").find(|&c| c > h && s.case_of(c) == Some("of"))
}

/// Is a noun of this lemma never a target of its own: a part of a building
/// or a thing damaged in passing?
fn is_no_target(lemma: &str) -> bool {
    NOT_TARGETS.contains(&lemma) || BUILDING_PARTS.contains(&lemma)
}

/// The phrase without a day and month it opens with ("the 30 October rebel
/// attack": the doers are "rebel", not "30 October rebel"): the date of
/// the event modifies the event noun beside its doers, and the parser hangs
/// it on the doers' word. Unchanged when nothing would be left after it.
fn without_leading_date(s: &Sentence, words: Range<usize>) -> Range<usize> {
    let is_day = |k: usize| s.words[k].upos == Upos::Num || s.words[k].lower.chars().all(|c| c.is_ascii_digit());
    let is_month = |k: usize| TEMPORAL[TEMPORAL.len() - 12..].contains(&s.words[k].lower.as_str());
    let (a, b) = (words.start, words.start + 1);
    if words.len() > 2 && ((is_day(a) && is_month(b)) || (is_month(a) && is_day(b))) {
        return b + 1..words.end;
    }
    words
}

/// Nouns of time, which the parser may attach like objects ("attacked today").
/// The last twelve are the months ([`without_leading_date`]).
const TEMPORAL: &[&str] = &[
    "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "dawn", "dusk", "week",
    "month", "year", "day", "hour", "weekend", "time", "moment", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// A title with the person's name beside it ("former foreign minister,
/// Orlando Letelier"): the name is the argument.
fn named_instead_of_title(s: &Sentence, head: usize) -> usize {
    let is_title = Lexicon::get().noun(&s.words[head].lemma).is_some_and(|e| matches!(e.class, NounClass::Person | NounClass::Force));
    if !is_title {
        return head;
    }
    s.children_rel(head, "appos").chain(s.children_rel(head, "flat")).find(|&c| s.words[c].upos == Upos::Propn).unwrap_or(head)
}

/// The words that stand for the same participants as `head`: its
/// conjuncts ("soldiers and police"), the names in apposition ("two of her
/// bodyguards, Dagoberto Rodriguez and Alfonso de Lima") and the named
/// members it lists ("six priests, including Ignacio Ellacuria"). A bare
/// number ("six of their members") stands for the noun of its "of" phrase.
fn participant_heads(s: &Sentence, head: usize) -> Vec<usize> {
    // "three of the buses", "a number of bridges and culverts", "dozens of
    // civilians": what the number or the counting noun counts.
    let counting = s.words[head].upos == Upos::Num || s.words[head].is_noun() && crate::syntax::QUANTITY_NOUNS.contains(&s.words[head].lemma.as_str());
    let counted = match counting {
        true => s.children_rel(head, "nmod").find(|&c| c > head && s.case_of(c) == Some("of")),
        false => None,
    };
    let mut heads = vec![named_instead_of_title(s, counted.unwrap_or(head))];
    // Conjuncts, including those the parser chained onto each other.
    // A title's name stands for the phrase, so its conjuncts do too
    // ("journalists Victor Manuel Vasquez and Rafael Romero").
    let mut frontier: Vec<usize> = std::iter::once(head).chain(counted).chain(Some(heads[0]).filter(|&h| h != head)).collect();
    while let Some(h) = frontier.pop() {
        // (A conjunct the parser hung on a later part of a name is moved
        // to the name's head by `conjunct_hung_on_name_part` in syntax.rs.)
        for c in s.children_rel(h, "conj").collect::<Vec<_>>() {
            // "the pipeline, which links the towns of ...": a conjunct with
            // a pronoun subject of its own is a clause the parser read as a
            // noun.
            if !heads.contains(&c) && !s.children_rel(c, "nsubj").any(|x| s.words[x].upos == Upos::Pron) {
                heads.push(c);
                frontier.push(c);
            }
        }
    }
    // "three vehicles -- a hospital ambulance, a fuel truck and a station
    // wagon": the items a counted plural lists are the participants.
    let counted_plural = s.child_rel(head, "nummod").is_some() && s.words[head].lower != s.words[head].lemma;
    if counted_plural {
        for item in s.children_rel(head, "appos").filter(|&c| s.words[c].is_noun()).collect::<Vec<_>>() {
            for k in std::iter::once(item).chain(s.children_rel(item, "conj")).collect::<Vec<_>>() {
                if !heads.contains(&k) {
                    heads.push(k);
                }
            }
        }
    }
    for c in companions_along_with(s, head) {
        if !heads.contains(&c) {
            heads.push(c);
        }
    }
    let mut named = Vec::new();
    for &h in &heads {
        // "a guard named Barroso" is Barroso.
        if is_word_for_a_person(s, h) {
            named.extend(name_given_by_participle(s, h));
        }
        // A noun takes no object: a name the parser made the "object" of a
        // word for a person ("murdered brothers | A and B") is in
        // apposition to it.
        let named_as_object = s.children_rel(h, "obj").filter(|&c| c == h + 1 && is_word_for_a_person(s, h) && s.words[c].upos == Upos::Propn);
        for c in s.children_rel(h, "appos").chain(named_as_object).chain(s.children_rel(h, "nmod").filter(|&c| matches!(s.case_of(c), Some("include" | "including")))) {
            if let Some(c) = name_of_phrase(s, c) {
                named.push(c);
                named.extend(s.children_rel(c, "conj").filter(|&k| s.words[k].upos == Upos::Propn));
            }
        }
    }
    for n in named {
        if !heads.contains(&n) {
            heads.push(n);
        }
    }
    // "A of Milan and B of Rome": the second name hung on the first's place.
    for h in heads.clone() {
        for c in names_coordinated_on_place_of_name(s, h) {
            if !heads.contains(&c) {
                heads.push(c);
            }
        }
    }
    heads
}

/// "an attack against supreme court of justice president mauricio
/// gutierrez castro": the parser ends the "against" phrase at the
/// institution and hangs the titled name after it on the event noun `n`
/// as a second modifier with no preposition (`c`). Such a name, right
/// after the event's "against"/"on"/"of" phrase and read as a person's
/// name with its title (see [`person_name_at`]), is who the act was aimed
/// at.
fn person_cut_from_patient_phrase(s: &Sentence, n: usize, c: usize) -> bool {
    let phrase = s.subtree(c);
    let right_after_patient = s.children(n).iter().any(|&p| {
        p < c && s.words[p].rel() == "nmod" && matches!(s.case_of(p), Some("against" | "on" | "upon" | "of")) && s.subtree(p).end == phrase.start
    });
    right_after_patient && s.words[c].upos == Upos::Propn && person_name_around(s, phrase.start, c).is_some()
}

/// "roberto roascio of milan and mario accurso of rome", "Ahmed Ali of
/// Mogadishu and Maria Lopez of Madrid": a person's name that the parser
/// hung as a conjunct on the place ("of"/"from" phrase) of the name at
/// `name`, where it coordinates the two people. Only names that read as
/// a person's (opening with a given name or a title, see
/// [`person_name_at`]): "the mayor of Goma and Bukavu" keeps its places.
fn names_coordinated_on_place_of_name(s: &Sentence, name: usize) -> Vec<usize> {
    if s.words[name].upos != Upos::Propn {
        return Vec::new();
    }
    let parts: Vec<usize> = std::iter::once(name).chain(s.children_rel(name, "flat")).collect();
    let places: Vec<usize> = parts.iter().flat_map(|&k| s.children_rel(k, "nmod").filter(|&p| matches!(s.case_of(p), Some("of" | "from")))).collect();
    places
        .into_iter()
        .flat_map(|p| s.children_rel(p, "conj").collect::<Vec<_>>())
        .filter(|&c| {
            let start = s.noun_phrase(c).start;
            person_name_around(s, start, c).is_some()
        })
        .collect()
}

/// "the two Italians ... together with Spaniard Francisco Puja were taken
/// hostage", "the judge was shot dead along with his bodyguard": the one
/// named after "together with" or "along with" underwent the act with the
/// participant at `head`. The phrase must come after `head`, hang (through
/// no other verb) on the same verb, and name a person: "gunmen along with
/// soldiers attacked X" puts the companions with the doers, before the
/// patient.
fn companions_along_with(s: &Sentence, head: usize) -> Vec<usize> {
    // The doers' companions ("death squads murdered X along with ..."
    // reads the phrase after the object) are not the patient's.
    let doer = matches!(s.words[head].deprel.as_str(), "nsubj" | "obl:agent") || s.case_of(head) == Some("by");
    if doer {
        return Vec::new();
    }
    let Some(verb) = std::iter::once(head).chain(s.ancestors(head)).find(|&k| s.words[k].is_verb()) else { return Vec::new() };
    let mut found = Vec::new();
    for k in head + 1..s.words.len().saturating_sub(1) {
        if !matches!(s.words[k].lower.as_str(), "together" | "along") || s.words[k + 1].lower != "with" {
            continue;
        }
        let Some(n) = s.words[k + 1].head else { continue };
        let same_verb = s.ancestors(n).find(|&a| s.words[a].is_verb()) == Some(verb);
        let person = s.words[n].upos == Upos::Propn || is_word_for_a_person(s, n);
        if same_verb && person && n > k + 1 {
            found.push(n);
        }
    }
    found
}

/// The name a phrase gives: its head if that is a name, or the name in
/// apposition to a word for a person ("the university rector Ignacio
/// Ellacuria"), also when the parser hung the name on that word as a
/// modifier with no preposition ("including the union leader elizabeth
/// velazquez", with "velazquez" an `nmod` of "leader").
fn name_of_phrase(s: &Sentence, head: usize) -> Option<usize> {
    if s.words[head].upos == Upos::Propn {
        return Some(head);
    }
    let person = is_word_for_a_person(s, head);
    let name_after = |c: usize| {
        c > head && s.words[c].upos == Upos::Propn && (s.words[c].rel() == "appos" || s.words[c].rel() == "nmod" && s.case_of(c).is_none())
    };
    person.then(|| s.children(head).iter().copied().find(|&c| name_after(c)).or_else(|| name_given_by_participle(s, head))).flatten()
}

/// Is the word a common noun for a person (by its first WordNet sense or
/// the lexicon's class): "analyst", "guard", "priest"?
fn is_word_for_a_person(s: &Sentence, head: usize) -> bool {
    s.words[head].is_noun()
        && (semantics::first_sense_is_person(&s.words[head].lemma)
            || Lexicon::get().noun(&s.words[head].lemma).is_some_and(|e| matches!(e.class, NounClass::Person)))
}

/// Participles that give a described person's name: "a guard named
/// Barroso", "a boy called Nelson Ortiz", "a vendor identified as Maria
/// Perez".
const NAMING_PARTICIPLES: &[&str] = &["name", "call", "identify"];

/// The name a naming participle on the word for a person at `head` gives
/// ("a foreigner named erika suleman": "named" an `acl` of "foreigner",
/// the name its `xcomp`, `obj` or "as" phrase). Without it the victim is
/// "a foreigner", which names no one.
fn name_given_by_participle(s: &Sentence, head: usize) -> Option<usize> {
    let participle = s.children_rel(head, "acl").find(|&c| c > head && NAMING_PARTICIPLES.contains(&s.words[c].lemma.as_str()))?;
    s.children(participle).iter().copied().find(|&c| {
        c > participle
            && s.words[c].upos == Upos::Propn
            && match s.words[c].rel() {
                "xcomp" | "obj" => true,
                "obl" => s.case_of(c) == Some("as"),
                _ => false,
            }
    })
}

/// Adds an argument and the others that stand for the same participants
/// (see [`participant_heads`]).
fn push_with_conjuncts(s: &Sentence, m: &mut Mention, head: usize, role: Role) {
    let mut second_targets = Vec::new();
    let mut owners = Vec::new();
    for h in participant_heads(s, head) {
        let h = if role == Role::Target { whole_of_building_part(s, h).unwrap_or(h) } else { h };
        if s.words[h].upos == Upos::Punct || m.args.iter().any(|a| a.head == h) {
            continue;
        }
        // A surname already joined to the given name before it
        // (`surname_cut_off`) is no participant of its own.
        if m.args.iter().any(|a| joined_surname(s, a.words.clone(), h)) {
            continue;
        }
        if TEMPORAL.contains(&s.words[h].lower.as_str())
            || matches!(s.words[h].upos, Upos::Num | Upos::Verb | Upos::Aux | Upos::Adp | Upos::Cconj | Upos::Sconj)
            || m.trigger_words.contains(&h)
        {
            continue;
        }
        if role == Role::Target && is_no_target(&s.words[h].lemma) {
            continue;
        }
        if role == Role::Target && !names_a_thing(s, h) {
            continue;
        }
        // "damaged another", "both were damaged", "neither of them was
        // attacked": a quantifier standing for things named before names
        // none itself, and no antecedent is looked for targets.
        if role == Role::Target && ELLIPTIC_QUANTIFIERS.contains(&s.words[h].lower.as_str()) {
            continue;
        }

        // "according to hospital officials" is a source, not a participant
        // (wherever the parser hung "according to" inside the phrase); a
        // predicate with a copula heads a clause, whose source it is
        // ("according to the police, the target was the bank"; not the
        // word for the aim itself: "... the following are among the
        // targets that were attacked").
        let clause = s.child_rel(h, "cop").is_some() && !AIM_NOUNS.contains(&s.words[h].lemma.as_str());
        if !clause && s.subtree(h).any(|k| k < h && matches!(s.words[k].lower.as_str(), "according" | "accord")) {
            continue;
        }
        if QUANTITY_WORDS.contains(&s.words[h].lower.as_str()) || CHANNEL_NOUNS.contains(&s.words[h].lemma.as_str()) {
            continue;
        }
        // "a statement broadcast on its radio station": a medium, not a target.
        let broadcaster = s.words[h].lemma == "station" && s.children_rel(h, "compound").any(|c| CHANNEL_NOUNS.contains(&s.words[c].lemma.as_str()));
        if broadcaster && s.subtree(s.words[h].head.unwrap_or(h)).any(|k| matches!(s.words[k].lemma.as_str(), "statement" | "broadcast" | "message" | "communique")) {
            continue;
        }
        let mut h = h;
        let mut words = without_leading_date(s, s.noun_phrase(h));
        if role == Role::Target {
            if let Some(of) = s.children_rel(h, "nmod").find(|&c| s.case_of(c) == Some("of")) {
                let sub = s.subtree(of);
                let one_phrase = sub.start == words.end
                    && sub.len() <= MAX_OWNER_WORDS
                    && s.words[sub.start + 1..sub.end].iter().all(|w| w.upos != Upos::Adp);
                if PART_NOUNS.contains(&s.words[h].lemma.as_str()) {
                    // "the sixth floor of the Hilton hotel": the hotel was hit.
                    h = of;
                    words = s.noun_phrase(of);
                } else if one_phrase {
                    // A building is known by whose it is: "the offices of
                    // the union federation", "a branch of Citicorp".
                    words.end = sub.end;
                } else if let Some(end) = owner_phrase_end(s, of, words.end) {
                    // The same when the "of" phrase goes on with a place,
                    // a description or a clause: "the residence of judge
                    // Ana Ruiz, a member of ..., in Quito".
                    words.end = end;
                }
                if let Some(second) = structure_joined_to_owner(s, of) {
                    words.end = words.end.min(second_target_start(s, second));
                    second_targets.push(second);
                } else {
                    let listed = buildings_listed_after_owner(s, of);
                    if let Some(&first) = listed.first() {
                        // The owner's name runs up to the list, with its
                        // last word that the parser split off.
                        words.end = second_target_start(s, first);
                        second_targets.extend(listed);
                    }
                }
            }
        }
        if role == Role::Target {
            words.end = detached_owner_end(s, words.clone(), h);
        }
        // "the murder of justice carlos | valencia garcia": a phrase cut
        // after a given name goes on with the surname the parser hung
        // elsewhere; a person so named is a victim, not a target.
        let mut role = role;
        if let Some(end) = surname_cut_off(s, words.clone()) {
            if words.end - 1 == h {
                role = Role::Victim;
            }
            // The surname pushed before as a participant of its own
            // ("delgado parker" in apposition) is part of this one.
            let surname = words.end..end;
            m.args.retain(|a| !surname.contains(&a.head));
            words.end = end;
        }
        if m.args.iter().any(|a| a.head == h) {
            continue;
        }
        if let Some(start) = given_name_cut_off(s, words.clone(), h) {
            words.start = start;
        }
        let words = without_leading_time(s, words, h);
        m.args.push(Arg { role, head: h, words });
        if role == Role::Target {
            owners.extend(named_owners_of_dwelling(s, h));
        }
    }
    for second in second_targets {
        push_with_conjuncts(s, m, second, Role::Target);
    }
    for (owner, words) in owners {
        if !m.args.iter().any(|a| a.head == owner) {
            m.args.push(Arg { role: Role::Target, head: owner, words });
        }
    }
}

/// An empty, definite attack mention at `head`, through which a sentence
/// that tells what the act just reported hit is read with the readers of
/// an act's own arguments ([`push_with_conjuncts`]); none if the lexicon
/// has no attack trigger.
fn scratch_attack(s: &Sentence, head: usize, trigger_words: Range<usize>) -> Option<Mention> {
    let entry = Lexicon::get().triggers_starting("attack").iter().find(|e| e.kind == EventKind::Attack)?;
    Some(Mention {
        sentence: s.index,
        head,
        trigger_words,
        entry,
        kind: EventKind::Attack,
        subtype: None,
        args: Vec::new(),
        weapon: None,
        other_weapons: Vec::new(),
        suicide: false,
        definite: true,
    })
}

/// Words for what an act was aimed at, said of a building as the subject of
/// a copula ("the target was the cement factory").
const AIM_NOUNS: &[&str] = &["target", "objective"];

/// "There was another bombing in the city. According to the police, the
/// target was a branch of the farmers' bank.": a sentence that names what
/// the act just reported was aimed at, by a word for the aim
/// ([`AIM_NOUNS`]) as the subject of a copula whose predicate is a
/// building or a structure. Its targets (with their conjuncts and owners),
/// read as an act's targets are; the caller gives them to that act. A
/// person so named ("the target was the mayor") is left to the victims.
pub(crate) fn targets_named_as_the_aim(s: &Sentence) -> Vec<Arg> {
    let mut targets = Vec::new();
    for aim in 0..s.words.len() {
        if !AIM_NOUNS.contains(&s.words[aim].lemma.as_str()) || s.words[aim].deprel != "nsubj" {
            continue;
        }
        let Some(site) = s.words[aim].head.filter(|&x| s.child_rel(x, "cop").is_some()) else { continue };
        if noun_class_with_compounds(s, site) != Some(NounClass::Facility) && !is_structure(s, site) {
            continue;
        }
        let Some(mut m) = scratch_attack(s, aim, aim..aim + 1) else { continue };
        push_with_conjuncts(s, &mut m, site, Role::Target);
        targets.extend(m.args.into_iter().filter(|a| a.role == Role::Target));
    }
    targets
}

/// Verbs that tell what an act did to a thing it hit ("the blast damaged
/// the clinic", "the shock wave shattered the windows of two houses", "the
/// depot was gutted"), whether or not the act is told in their clause.
const EFFECT_VERBS: &[&str] = &["damage", "destroy", "shatter", "break", "gut", "shake", "rock", "wreck", "level", "flatten", "demolish", "raze", "devastate"];

/// What an explosion or a fire sends out, which damages things in its stead
/// ("the shock wave broke the windows", "debris smashed the roof of a car",
/// "the flames gutted the depot").
const BLAST_PRODUCTS: &[&str] = &["wave", "shockwave", "debris", "fragment", "shrapnel", "splinter", "fire", "flame", "blaze", "force"];

/// Nouns for the harm done to things ("damage to two shops", "the shop
/// sustained damage").
const DAMAGE_NOUNS: &[&str] = &["damage", "destruction"];

/// Verbs by which a thing undergoes harm, said with the thing as subject
/// ("the car sustained heavy damage", "the shop suffered damage").
const UNDERGO_VERBS: &[&str] = &["sustain", "suffer"];

/// Is the clause of verb `v` told as fact, not as a possibility or denied
/// ("could have destroyed", "did not damage")?
fn told_as_fact(s: &Sentence, v: usize) -> bool {
    !s.children(v).iter().any(|&k| {
        let w = &s.words[k];
        matches!(w.lower.as_str(), "not" | "n't" | "never") || w.rel() == "aux" && matches!(w.lemma.as_str(), "may" | "might" | "could" | "would" | "will" | "can" | "should")
    })
}

/// Does the phrase at `k` name what does the damage of an act: the act
/// itself ("the explosion"), its weapon ("the bomb") or what the blast sent
/// out ([`BLAST_PRODUCTS`])?
fn names_what_does_the_damage(s: &Sentence, k: usize) -> bool {
    is_event_word(s, k) || is_weapon_noun(s, k) || BLAST_PRODUCTS.contains(&s.words[k].lemma.as_str())
}

/// "The blast shattered the windows of a clinic", "several houses were
/// damaged by the explosion", "debris smashed ...": an effect verb at `v` whose
/// doer (its subject, or the "by" phrase of its passive) is an act or a
/// weapon told with "the" or what a blast sent out tells what an act
/// already reported did, not an act of its own.
pub(crate) fn damage_done_by_the_act(s: &Sentence, v: usize) -> bool {
    let w = &s.words[v];
    if !w.is_verb() || !EFFECT_VERBS.contains(&w.lemma.as_str()) {
        return false;
    }
    let doer = s.child_rel(v, "nsubj").or_else(|| s.children_rel(v, "obl").find(|&o| s.case_of(o) == Some("by")));
    doer.is_some_and(|d| BLAST_PRODUCTS.contains(&s.words[d].lemma.as_str()) || names_what_does_the_damage(s, d) && s.has_definite_determiner(d))
}

/// The things a clause says an act damaged, told apart from the act's own
/// clause: the object of an effect verb ([`EFFECT_VERBS`]) whose subject is
/// the act, its weapon or its blast ("the shock wave shattered the windows
/// of two houses"); the subject of a passive one with no agent or such an
/// agent ("the depot was gutted", "a school was shaken by the explosion");
/// the subject of a verb of undergoing damage ("a passing truck sustained
/// heavy damage"); and what a noun of damage is done "to" ("caused damage
/// to four shops", "left heavy damage to a dozen shops"). Only buildings,
/// structures and vehicles (a part stands for its whole: "the windows of
/// the clinic"); people and places are no such thing. The caller gives
/// them to the act the sentence tells of, or the one told just before.
pub(crate) fn things_hit_in_effect_clauses(s: &Sentence) -> Vec<Arg> {
    let mut hit = Vec::new();
    for v in 0..s.words.len() {
        let w = &s.words[v];
        // "the windows of the clinic were broken": a participle the tagger
        // read as an adjective after "be" is the passive all the same.
        if participle_of_effect_verb_read_as_adjective(s, v) && told_as_fact(s, v) {
            hit.extend(s.child_rel(v, "nsubj"));
        }
        if w.is_verb() && told_as_fact(s, v) && EFFECT_VERBS.contains(&w.lemma.as_str()) {
            let agent = s.children_rel(v, "obl").find(|&o| s.case_of(o) == Some("by"));
            if let Some(subject) = s.child_rel(v, "nsubj:pass").filter(|_| agent.is_none_or(|a| names_what_does_the_damage(s, a))) {
                hit.push(subject);
            }
            if s.child_rel(v, "nsubj").is_some_and(|subj| names_what_does_the_damage(s, subj)) {
                hit.extend(s.children_rel(v, "obj"));
            }
        }
        if w.is_verb() && told_as_fact(s, v) && UNDERGO_VERBS.contains(&w.lemma.as_str()) && s.children_rel(v, "obj").any(|o| DAMAGE_NOUNS.contains(&s.words[o].lemma.as_str())) {
            hit.extend(s.child_rel(v, "nsubj"));
        }
        if w.is_noun() && DAMAGE_NOUNS.contains(&w.lemma.as_str()) && !damage_denied(s, v) {
            hit.extend(damaged_through_to_phrase(s, v));
        }
    }
    let Some(mut m) = scratch_attack(s, 0, 0..0) else {
        return Vec::new();
    };
    // "the clinic's windows and those of the shops beside it": each
    // conjunct may stand for a part in its own way.
    for thing in hit.into_iter().flat_map(|k| std::iter::once(k).chain(s.children_rel(k, "conj").collect::<Vec<_>>())) {
        push_with_conjuncts(s, &mut m, stands_for_a_part(s, thing), Role::Target);
    }
    m.args.retain(|a| a.role == Role::Target && (noun_class_with_compounds(s, a.head) == Some(NounClass::Facility) || is_structure(s, a.head)));
    m.args
}

/// "were broken", "was shattered", "was completely gutted": an adjective
/// with the copula "be" whose form is the past participle of an effect
/// verb ([`EFFECT_VERBS`]; irregular ones from `irregular_forms.tsv`).
fn participle_of_effect_verb_read_as_adjective(s: &Sentence, a: usize) -> bool {
    let w = &s.words[a];
    if w.upos != Upos::Adj || !s.children_rel(a, "cop").any(|c| s.words[c].lemma == "be") {
        return false;
    }
    let lower = w.lower.as_str();
    let regular = lower.strip_suffix("ed").map(|stem| {
        // "shattered", "damaged" (stem + "d"), "gutted" (a doubled consonant).
        let undoubled = stem.len() > 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
        [stem.to_string(), format!("{stem}e"), if undoubled { stem[..stem.len() - 1].to_string() } else { stem.to_string() }]
    });
    let base = Lexicon::get().irregular_base(lower).map(str::to_string);
    base.into_iter().chain(regular.into_iter().flatten()).any(|b| EFFECT_VERBS.contains(&b.as_str()))
}

/// "caused no damage to the mosque", "did not cause damage to it": the
/// noun of damage at `d` says no thing was damaged.
fn damage_denied(s: &Sentence, d: usize) -> bool {
    s.children_rel(d, "det").any(|k| s.words[k].lower == "no") || s.words[d].head.is_some_and(|h| s.words[h].is_verb() && !told_as_fact(s, h))
}

/// "damage to four shops", "caused damage put at a million dollars to two
/// offices", "left heavy damage to a dozen shops": the "to" phrases under
/// the noun of damage at `d`, and those of the verb it is the object of.
fn damaged_through_to_phrase(s: &Sentence, d: usize) -> Vec<usize> {
    let under = s.subtree(d).filter(|&k| k != d && s.is_under(k, d));
    let on_verb = s.words[d].head.filter(|_| s.words[d].rel() == "obj").map(|v| s.children_rel(v, "obl").collect::<Vec<_>>()).unwrap_or_default();
    under.chain(on_verb).filter(|&k| s.words[k].is_noun() && matches!(s.words[k].rel(), "nmod" | "obl") && s.case_of(k) == Some("to")).collect()
}

/// "the clinic's windows", "those of the shops beside it": a part of a
/// building named with its owner's possessive, or the pronoun that repeats
/// a part, stands for the building; else the phrase itself (an "of" phrase,
/// "the windows of the clinic", is read by `push_with_conjuncts`).
fn stands_for_a_part(s: &Sentence, k: usize) -> usize {
    let w = &s.words[k];
    let possessor = || s.children_rel(k, "nmod:poss").find(|&p| s.words[p].upos != Upos::Pron);
    let of_phrase = || s.children_rel(k, "nmod").find(|&c| c > k && s.case_of(c) == Some("of"));
    match () {
        _ if BUILDING_PARTS.contains(&w.lemma.as_str()) => possessor().unwrap_or(k),
        _ if w.upos == Upos::Pron && matches!(w.lower.as_str(), "those" | "that") => of_phrase().unwrap_or(k),
        _ => k,
    }
}

/// Words for where people live: an attack on one is aimed at whoever lives there.
const DWELLING_NOUNS: &[&str] = &["house", "home", "residence", "apartment", "villa", "farmhouse", "mansion"];

/// "a bomb exploded at the residence of governor Carlos Mendoza", "gunmen
/// fired on Senator Ahmed Khan's house", "the homes of deputy A and
/// governor B": an attack on a person's home is aimed at that person, who
/// is a (human) target of it as the house is a physical one, whether or
/// not they were in. The owners named in the dwelling's "of" phrase or
/// possessor: the head of each and the words of their name with its titles
/// (see [`person_name_at`]). Only persons' names: "the house of the mayor
/// of Goma" or "the home of the cartel" give none.
fn named_owners_of_dwelling(s: &Sentence, dwelling: usize) -> Vec<(usize, Range<usize>)> {
    if !DWELLING_NOUNS.contains(&s.words[dwelling].lemma.as_str()) {
        return Vec::new();
    }
    let owners = s.children(dwelling).iter().copied().filter(|&c| match s.words[c].deprel.as_str() {
        "nmod" => s.case_of(c) == Some("of"),
        "nmod:poss" => s.words[c].upos != Upos::Pron,
        _ => false,
    });
    let mut named = Vec::new();
    for owner in owners.collect::<Vec<_>>() {
        for o in std::iter::once(owner).chain(s.children_rel(owner, "conj").collect::<Vec<_>>()) {
            // The name runs on past the parse's phrase when the parser hung
            // its last words elsewhere ("colonel carlos | humberto figueroa").
            let name = person_name_around(s, s.noun_phrase(o).start, o);
            if let Some(words) = name {
                named.push((o, words));
            }
        }
    }
    named
}

/// "blew up the offices of the municipality and the power station": a
/// structure the parser joined to the owner of a target ("station" a
/// conjunct of "municipality") is a second target, not a second owner;
/// the owner is not a structure itself ("the offices of the bank and the
/// insurer" keep both owners). The conjunct, if any.
fn structure_joined_to_owner(s: &Sentence, owner: usize) -> Option<usize> {
    if is_structure(s, owner) {
        return None;
    }
    s.children_rel(owner, "conj").find(|&c| is_structure(s, c))
}

/// Where the second target's words start with its conjunction and
/// punctuation before it ("and the power station"): the first target's
/// phrase ends there.
/// "burned the offices of the telecommunications enterprise, the agrarian
/// bank, the national bank, and health ministry offices": a comma list of
/// buildings that the parser hung on the owner of the first target (or on
/// the last word of the owner's name, split off as an apposition) lists
/// more targets, not more owners. Two items at least, every one a
/// facility or a structure, the list opened by a comma: "the offices of
/// the bank and the insurer" keeps its two owners.
fn buildings_listed_after_owner(s: &Sentence, owner: usize) -> Vec<usize> {
    let lex = Lexicon::get();
    let building = |c: usize| s.words[c].is_noun() && (lex.noun(&s.words[c].lemma).is_some_and(|e| e.class == NounClass::Facility) || is_structure(s, c));
    let name_end = s.children_rel(owner, "appos").find(|&a| a == owner + 1).unwrap_or(owner);
    let items: Vec<usize> = s.children_rel(name_end, "conj").filter(|&c| c > name_end && s.case_of(c).is_none()).collect();
    let opened_by_comma = items.first().is_some_and(|&first| (name_end + 1..first).any(|k| s.words[k].lower == ","));
    if items.len() < 2 || !opened_by_comma || !items.iter().all(|&c| building(c)) {
        return Vec::new();
    }
    items
}

fn second_target_start(s: &Sentence, second: usize) -> usize {
    let mut k = s.subtree(second).start;
    while k > 0 && matches!(s.words[k - 1].upos, Upos::Punct | Upos::Cconj) {
        k -= 1;
    }
    k
}

/// "that senator federico estrada velez, one of the leaders of the
/// liberal party, was kidnapped", "according to the first reports, jose
/// ernesto vasquez, 72, who was working at the station, was killed": a
/// person's name, then an apposition or relative clause between commas,
/// then the passive verb. The parser often hangs the name elsewhere (on
/// "announced", on the fronted phrase) and leaves the verb with no
/// subject. The word range of that name (with its titles), read from the
/// words: the first name of the clause before the verb's auxiliary, right
/// after the clause's start or a comma, followed by a comma, with only
/// descriptions, ages and relative clauses after it. A name must open
/// with a given name of `data/given_names.txt` or follow a word for a
/// person ("in tibu, norte de santander, ..." names a place).
fn name_before_its_apposition(s: &Sentence, v: usize) -> Option<Range<usize>> {
    let (open, aux) = clause_before_auxiliary(s, v)?;
    if aux == 0 || s.words[aux - 1].lower != "," {
        return None;
    }
    let starts = std::iter::once(open).chain((open..aux - 1).filter(|&k| s.words[k].lower == ",").map(|k| k + 1));
    for start in starts {
        let Some(name) = person_name_at(s, start) else { continue };
        if s.words.get(name.end).is_some_and(|w| w.lower == ",") && only_descriptions_between(s, name.end, aux - 1) {
            return Some(name);
        }
        // The first name of the clause is its subject or no name is.
        return None;
    }
    None
}

/// For the passive verb at `v` heading a clause of its own (a root, a
/// reported clause, or a conjunct with no "and" before it, which is such
/// a clause the parser joined to the verb before: "announced that X, ...,
/// was kidnapped"): where the clause opens (after the last "that" before
/// the verb's first auxiliary, else at the sentence's start) and that
/// auxiliary.
fn clause_before_auxiliary(s: &Sentence, v: usize) -> Option<(usize, usize)> {
    let joined_without_and = s.words[v].rel() == "conj" && s.child_rel(v, "cc").is_none();
    if !matches!(s.words[v].rel(), "root" | "ccomp" | "parataxis") && !joined_without_and {
        return None;
    }
    let aux = s.children(v).iter().copied().filter(|&c| c < v && matches!(s.words[c].rel(), "aux" | "aux:pass")).min()?;
    let open = (0..aux).rev().find(|&k| s.words[k].lower == "that" && matches!(s.words[k].upos, Upos::Sconj | Upos::Pron)).map_or(0, |k| k + 1);
    Some((open, aux))
}

/// "A, manager of the local fund, and B, a director of the company, were
/// kidnapped": two people, each with a description between commas,
/// joined by ", and" before the passive verb. The parser often keeps the
/// second name as the subject and hangs the first, with its description,
/// on a phrase before it. The words of the first name, read from the
/// words: right before the subject's phrase come ", and", before that a
/// description between commas (no verb but in a relative clause, see
/// [`only_descriptions_between`]), and before that a person's name (see
/// [`person_name_at`]) that opens the sentence or follows a comma. Only
/// for a subject that is itself a person's name.
fn described_name_before_subject(s: &Sentence, subj: usize) -> Option<Range<usize>> {
    let start = s.noun_phrase(subj).start;
    if start < 4 || s.words[start - 1].lower != "and" || s.words[start - 2].lower != "," || s.words[subj].upos != Upos::Propn {
        return None;
    }
    let description_end = start - 2;
    let comma = (0..description_end).rev().find(|&k| s.words[k].lower == ",")?;
    if !only_descriptions_between(s, comma + 1, description_end) {
        return None;
    }
    // The name: a titled or given-name run, or two to five proper nouns
    // (no dictionary word among them: "the local agrarian fund" is none).
    let name_word = |w: &crate::syntax::Word| w.upos == Upos::Propn && semantics::senses(&w.lower).is_none() || semantics::is_given_name(&w.lower);
    (comma.saturating_sub(MAX_NAME_WORDS)..comma).find_map(|p| {
        let opens = p == 0 || s.words[p - 1].lower == ",";
        let run = p..comma;
        let plain = run.len() >= 2 && s.words[run.clone()].iter().all(name_word);
        (opens && (plain || person_name_at(s, p).is_some_and(|r| r.end == comma))).then_some(run)
    })
}

/// Most words of a person's name read from the words alone.
const MAX_NAME_WORDS: usize = 5;

/// "in canalete, also in cordoba, cattleman X was kidnapped", "in tibu,
/// norte de santander, mayor A and mayoral candidate B were kidnapped":
/// the names right before the passive verb's auxiliary, after a fronted
/// phrase the parser hung them on, leaving the verb with no subject. One
/// person's name, or two joined by "and", filling the words from the last
/// comma (or the clause's start) to the auxiliary.
fn names_right_before_the_verb(s: &Sentence, v: usize) -> Vec<Range<usize>> {
    let Some((open, aux)) = clause_before_auxiliary(s, v) else { return Vec::new() };
    let start = (open..aux).rev().find(|&k| s.words[k].lower == ",").map_or(open, |k| k + 1);
    let Some(first) = person_name_at(s, start) else { return Vec::new() };
    if first.end == aux {
        return vec![first];
    }
    if s.words[first.end].lower == "and" {
        if let Some(second) = person_name_at(s, first.end + 1).filter(|r| r.end == aux) {
            return vec![first, second];
        }
    }
    Vec::new()
}

/// The doer of an active verb the parser left with no subject (made it a
/// conjunct or modifier of the apposition): a person's name or a quoted
/// name that opens its clause, then an apposition between commas, then
/// the verb (see [`name_before_its_apposition`] for the passive).
fn doer_before_its_apposition(s: &Sentence, v: usize) -> Option<Range<usize>> {
    if v == 0 || s.words[v - 1].lower != "," || s.child_rel(v, "cc").is_some() || !matches!(s.words[v].rel(), "root" | "ccomp" | "conj" | "acl" | "parataxis") {
        return None;
    }
    let open = (0..v).rev().find(|&k| s.words[k].upos == Upos::Sconj || s.words[k].lower == "that").map_or(0, |k| k + 1);
    let name = quoted_name_at(s, open).or_else(|| person_name_at(s, open))?;
    // The comma after the name may stand inside its closing quote.
    let mut after = name.end;
    while after < v && matches!(s.words[after].lower.as_str(), "," | "\"" | "'" | "''" | "``") {
        after += 1;
    }
    (after > name.end && only_descriptions_between(s, after, v - 1)).then_some(name)
}

/// The words inside quotes opening at `start` ("\"the extraditables,\""),
/// without the quotes or a comma before the closing one.
fn quoted_name_at(s: &Sentence, start: usize) -> Option<Range<usize>> {
    let is_quote = |k: usize| matches!(s.words[k].lower.as_str(), "\"" | "''" | "``");
    if start >= s.words.len() || !is_quote(start) {
        return None;
    }
    let close = (start + 1..s.words.len().min(start + 8)).find(|&k| is_quote(k))?;
    let mut end = close;
    while end > start + 1 && s.words[end - 1].upos == Upos::Punct {
        end -= 1;
    }
    (end > start + 1).then_some(start + 1..end)
}

/// "the murder in Guatemala of political leaders X and Y", "the
/// assassination on 22 March of X", "the murders of A, colonel B and C":
/// the people named in the "of" phrase of an event noun of killing, read
/// from the words. The parser often hangs such a phrase on the place or
/// date between, or breaks a long list of names apart, and the event
/// loses its victims. The "of" follows the noun or a short "in"/"on"
/// phrase with no verb or comma; then come persons' names (see
/// [`person_name_at`]), one after another with commas, "and" and a
/// repeated "of" between. Nothing when the words after "of" are no name
/// ("the murder of three peasants" is the parse's to read).
fn names_in_of_phrase_after_event_noun(s: &Sentence, n: usize) -> Vec<Range<usize>> {
    let lower = |k: usize| s.words.get(k).map_or("", |w| w.lower.as_str());
    let mut of = n + 1;
    if matches!(lower(of), "in" | "on") {
        let Some(k) = (of + 1..(of + 6).min(s.words.len())).find(|&k| lower(k) == "of") else { return Vec::new() };
        if (of + 1..k).any(|j| matches!(s.words[j].upos, Upos::Verb | Upos::Aux | Upos::Punct)) {
            return Vec::new();
        }
        of = k;
    }
    if lower(of) != "of" {
        return Vec::new();
    }
    let mut names = Vec::new();
    let mut k = of + 1;
    while let Some(name) = person_name_at(s, k) {
        k = name.end;
        // "political leaders X and Y": a plural word for people before the
        // names describes them all and is no title of the first.
        let start = name.clone().filter(|&j| s.words[j].lower != s.words[j].lemma && is_word_for_a_person(s, j)).last().map_or(name.start, |j| j + 1);
        names.push(start..name.end);
        let mut next = k;
        for joint in [",", "and", "of"] {
            if lower(next) == joint {
                next += 1;
            }
        }
        if next == k {
            break;
        }
        k = next;
    }
    names
}

/// The words of a person's name (see [`person_name_at`]) that starts
/// between `from` and `word` and takes `word` in, the earliest start first.
fn person_name_around(s: &Sentence, from: usize, word: usize) -> Option<Range<usize>> {
    (from..=word).find_map(|start| person_name_at(s, start).filter(|r| r.contains(&word)))
}

/// The words of a person's name starting at `start`: titles (words for
/// a person), then a run of proper nouns or given names that opens with a
/// given name or follows a title. None when the words there are no name.
fn person_name_at(s: &Sentence, start: usize) -> Option<Range<usize>> {
    let mut k = start;
    // "mayoral candidate X": a modifier before a title (in lower case the
    // tagger may read it as a proper noun).
    let modifier = start + 1 < s.words.len()
        && matches!(s.words[start].upos, Upos::Adj | Upos::Propn)
        && !semantics::is_given_name(&s.words[start].lower)
        && !is_word_for_a_person(s, start)
        && is_word_for_a_person(s, start + 1);
    if modifier {
        k += 1;
    }
    // Titles in a name are often tagged as proper nouns ("senator").
    while k < s.words.len() && !semantics::is_given_name(&s.words[k].lower) && is_word_for_a_person(s, k) {
        k += 1;
    }
    let titled = k > start;
    let name_word = |w: &crate::syntax::Word| w.upos == Upos::Propn || semantics::is_given_name(&w.lower) || w.is_noun() && semantics::senses(&w.lower).is_none();
    // A particle inside a name ("sofia de roldan") between two name words.
    let particle = |j: usize| matches!(s.words[j].lower.as_str(), "de" | "del" | "y") && j > k && s.words.get(j + 1).is_some_and(name_word);
    let end = (k..s.words.len()).take_while(|&j| name_word(&s.words[j]) || particle(j)).last()? + 1;
    let opens_with_given_name = semantics::is_given_name(&s.words[k].lower);
    (end - k >= 2 && (titled || opens_with_given_name)).then_some(start..end)
}

/// Are the words `from..to` (after a name) only what describes the person
/// between commas: ages, descriptions, relative clauses ("72", "one of the
/// leaders of the party", "who was working at the station")? A segment
/// with a verb is a relative clause only when it opens with a relative
/// pronoun; "and" or a second verb's own subject means another clause.
fn only_descriptions_between(s: &Sentence, from: usize, to: usize) -> bool {
    let mut segment_is_relative = false;
    let mut at_segment_start = true;
    for k in from..to {
        let w = &s.words[k];
        if w.lower == "," {
            at_segment_start = true;
            continue;
        }
        if at_segment_start {
            segment_is_relative = matches!(w.lower.as_str(), "who" | "whose" | "whom" | "which");
            at_segment_start = false;
        }
        // A participle modifying a noun ("a group of hired killers",
        // "one of the nuns traveling with her") is a description.
        let modifier = matches!(w.rel(), "amod" | "acl");
        if matches!(w.upos, Upos::Verb | Upos::Aux) && !modifier && !segment_is_relative || w.upos == Upos::Cconj && !segment_is_relative {
            return false;
        }
    }
    from < to
}

/// Most words of a surname the parser cut from its given name.
const MAX_CUT_SURNAME_WORDS: usize = 3;

/// "the murder of justice carlos valencia garcia", "assassinating
/// presidential candidate carlos pizarro": in lower-case text the tagger
/// may read a given name as a common noun, and the parser then ends the
/// phrase there and hangs the surname elsewhere (another subject, a second
/// object, an apposition). When the phrase at `words` ends in a given name
/// (`data/given_names.txt`) that opens it or follows a word with a sense
/// for a person ("justice", "colonel"), the end of the run of proper nouns or
/// unknown words right after it, which is the surname. Not after other
/// words ("san ramon" is a place), and not when nothing follows.
fn surname_cut_off(s: &Sentence, words: Range<usize>) -> Option<usize> {
    let last = words.end.checked_sub(1)?;
    if !semantics::is_given_name(&s.words[last].lower) {
        return None;
    }
    let opens = last == words.start || (words.start..last).all(|k| matches!(s.words[k].upos, Upos::Det));
    let titled = last > words.start && {
        let before = &s.words[last - 1];
        // Any sense for a person: "justice" is first the quality.
        let person = |w: &str| semantics::senses(w).is_some_and(|c| c.contains(&semantics::SenseClass::Person));
        person(&before.lemma) || person(&before.lower) || Lexicon::get().noun(&before.lemma).is_some_and(|e| e.class == NounClass::Person)
    };
    if !opens && !titled {
        return None;
    }
    let surname_word = |k: usize| {
        let w = &s.words[k];
        w.upos == Upos::Propn || w.is_noun() && semantics::senses(&w.lower).is_none() && semantics::senses(&w.lemma).is_none()
    };
    let run = (words.end..s.words.len().min(words.end + MAX_CUT_SURNAME_WORDS)).take_while(|&k| surname_word(k)).count();
    (run > 0).then_some(words.end + run)
}

/// "following judge carlos | mejia ortiz's murder": the tagger of
/// lower-case text may read a given name as a common noun, and the parser
/// then leaves it in the phrase before and starts the name's phrase at the
/// surname. When the phrase at `words`, headed by a proper noun `h`, comes
/// right after given names (`data/given_names.txt`; no punctuation
/// between), where those given names start: the person is named by them
/// too (the keys give "the fullest version available in the text of the
/// person's name", TASKDOC `template-doc-part2` slot 18).
fn given_name_cut_off(s: &Sentence, words: Range<usize>, h: usize) -> Option<usize> {
    if s.words[h].upos != Upos::Propn || !words.contains(&h) || s.words[words.start].upos != Upos::Propn {
        return None;
    }
    let given = |k: usize| s.words[k].is_noun() && semantics::is_given_name(&s.words[k].lower);
    let start = (0..words.start).rev().take_while(|&k| given(k)).last()?;
    Some(start)
}

/// Is word `h` part of a surname that `surname_cut_off` joined to the
/// given name before it in the phrase at `words`? Not when the given name
/// is in `h`'s own phrase ("ricardo alvarenga valdivieso" parsed whole,
/// with "valdivieso" as its head).
fn joined_surname(s: &Sentence, words: Range<usize>, h: usize) -> bool {
    words.contains(&h)
        && (words.start..h)
            .rev()
            .find(|&k| semantics::is_given_name(&s.words[k].lower))
            .is_some_and(|k| !s.subtree(h).contains(&k) && surname_cut_off(s, words.start..k + 1).is_some_and(|end| h < end))
}

/// Words that open a time expression ("on 18 October", "early Sunday
/// morning", "this past Wednesday", "last night's").
const TIME_OPENERS: &[&str] = &["on", "at", "in", "early", "late", "this", "last", "past"];

/// The phrase `words` headed at `head` without a time expression the
/// parser joined to its front: "on 18 October guerrilla forces" →
/// "guerrilla forces", "this past Wednesday unidentified people" →
/// "unidentified people", "on 19 October, suspected death squad members",
/// "early this morning, unidentified persons". The expression must open
/// with a word of [`TIME_OPENERS`], so that a name with a date in it
/// ("the 19 April Movement") stays whole.
fn without_leading_time(s: &Sentence, words: Range<usize>, head: usize) -> Range<usize> {
    if !s.words.get(words.start).is_some_and(|w| TIME_OPENERS.contains(&w.lower.as_str())) {
        return words;
    }
    let mut cut = None;
    for k in words.start..head {
        let w = &s.words[k];
        let lower = w.lower.as_str();
        if TEMPORAL.contains(&lower) && w.is_noun() {
            cut = Some(k + 1);
        } else if cut == Some(k) && (w.upos == Upos::Punct || matches!(lower, "'s" | "’s")) {
            cut = Some(k + 1);
        } else if !(TIME_OPENERS.contains(&lower) || lower == "the" || w.upos == Upos::Num) {
            break;
        }
    }
    match cut {
        Some(c) if c <= head => c..words.end,
        _ => words,
    }
}

/// Where the owner a target is known by ends: the base noun phrase of its
/// "of" phrase at `of` and the "of" phrases chained on it ("the
/// headquarters of the department of administrative security"), without
/// what the parser hung after them (a place, an apposition, a clause).
/// `from` is where the "of" must start; None when the owner is not right
/// there or is longer than [`MAX_OWNER_WORDS`].
fn owner_phrase_end(s: &Sentence, of: usize, from: usize) -> Option<usize> {
    let starts_at = |head: usize, at: usize| s.subtree(head).start == at && s.noun_phrase(head).start == at + 1;
    if !starts_at(of, from) {
        return None;
    }
    let (mut head, mut end) = (of, s.noun_phrase(of).end);
    while let Some(next) = s.children_rel(head, "nmod").find(|&c| s.case_of(c) == Some("of") && starts_at(c, end)) {
        head = next;
        end = s.noun_phrase(next).end;
    }
    if let Some(rest) = rest_of_owner_name(s, head, end) {
        end = s.noun_phrase(rest).end;
    }
    (end - from <= MAX_OWNER_WORDS).then_some(end)
}

/// The rest of an owner's name that the parser split off its first words
/// and hung on them as a bare modifier: "of the guatemalan workers |
/// national union federation", with "federation" an `nmod` of "workers"
/// and no preposition. The noun right after the owner phrase ending at
/// `end`, hung on its head `head` with no case word and not a word of
/// time ("the offices of the union yesterday"). Without it the target is
/// "the offices of the guatemalan workers", which names no building.
fn rest_of_owner_name(s: &Sentence, head: usize, end: usize) -> Option<usize> {
    s.children_rel(head, "nmod").find(|&c| {
        c >= end && s.noun_phrase(c).start == end && s.case_of(c).is_none() && s.words[c].is_noun() && !TEMPORAL.contains(&s.words[c].lower.as_str())
    })
}

/// The most words a named owner the parser hung elsewhere may have.
const MAX_DETACHED_NAME_WORDS: usize = 5;

/// Where a target's phrase `words` (headed at `head`) ends when the
/// parser broke its owner's name off and hung it on the verb: "the
/// residence of vice president-elect | Roberto Lemus Aguilar" (the name
/// an oblique of "bombed"), "the home | of retired colonel Jorge Ruiz
/// Mena" (the whole "of" phrase an agent of "exploded"). The keys name
/// such a building by its owner ("residence of X"), and the cut phrase
/// matched nothing. Only a name (proper nouns) right after the phrase,
/// whose words all depend on words outside the phrase, is taken: after an
/// owner's title ("of vice president-elect"), or as a whole "of" phrase
/// ending in a name when the target has no owner of its own.
fn detached_owner_end(s: &Sentence, words: std::ops::Range<usize>, head: usize) -> usize {
    let outside = |k: usize| s.words[k].head.map_or(true, |h| !words.contains(&h));
    let is_name = |k: usize| s.words[k].upos == Upos::Propn;
    let next = words.end;
    if next >= s.words.len() {
        return words.end;
    }
    let has_owner = s.words[words.clone()].iter().any(|w| w.lower == "of");
    // The end of the proper nouns from `k` on.
    let name_run_end = |k: usize| (k..s.words.len()).take_while(|&j| is_name(j)).last().map_or(k, |j| j + 1);
    // "... of vice president-elect | Roberto Lemus Aguilar": the phrase ends
    // in a common noun after its "of" and a name follows, cut off.
    if has_owner && s.words[next - 1].is_noun() && !is_name(next - 1) && is_name(next) {
        let run_end = name_run_end(next);
        // A name the parser hung on the target's head as a bare modifier
        // ("ramiro quintana" an `nmod` of "residence", no preposition) is
        // cut off the same way: it follows the owner's title, not the
        // building.
        let bare_on_head = |k: usize| s.words[k].head == Some(head) && s.words[k].rel() == "nmod" && s.case_of(k).is_none();
        let attached_here = (next..run_end).any(|k| !outside(k) && !bare_on_head(k));
        if !attached_here && run_end - next <= MAX_DETACHED_NAME_WORDS {
            return run_end;
        }
        return words.end;
    }
    // "the home | of retired colonel Jorge Ruiz Mena": an "of" phrase right
    // after an ownerless target, headed outside it, ending in a name.
    if !has_owner && s.words[next].lower == "of" {
        let Some(owner) = s.words[next].head else { return words.end };
        let sub = s.subtree(owner);
        let named = sub.end > 0 && is_name(sub.end - 1) && is_name(owner);
        let hung_elsewhere = s.words[owner].head.is_some_and(|g| g != head && !words.contains(&g));
        // The name may go on past the subtree when the parser made its
        // first words compounds of its last ("of senate president Mario |
        // Alvarenga Salcedo").
        let end = name_run_end(sub.end);
        if sub.start == next && named && hung_elsewhere && end - next <= MAX_OWNER_WORDS {
            return end;
        }
    }
    words.end
}

/// "the authorities reported that they have arrested two suspects", "the
/// army said it had arrested three suspects": a pronoun subject of a
/// reported clause is, most often, the reporter, who is right there; the
/// antecedent search across sentences would find the last perpetrator
/// instead.
pub(crate) fn reporter_of_pronoun(s: &Sentence, pronoun: usize) -> Option<usize> {
    let w = &s.words[pronoun];
    if w.upos != Upos::Pron || !matches!(w.lower.as_str(), "they" | "he" | "she" | "it") || !w.deprel.starts_with("nsubj") {
        return None;
    }
    let clause = w.head?;
    if s.words[clause].rel() != "ccomp" {
        return None;
    }
    let reporter = s.child_rel(s.words[clause].head?, "nsubj")?;
    let r = &s.words[reporter];
    let plural = r.lower.ends_with('s') || Lexicon::get().noun(&r.lemma).is_some_and(|e| e.class == NounClass::Force);
    // "it" stands for a body ("the army", "the ministry", "Hezbollah"),
    // which a plural or a person is not.
    let person = Lexicon::get().noun(&r.lemma).is_some_and(|e| e.class == NounClass::Person);
    let agrees = match w.lower.as_str() {
        "they" => plural,
        "it" => !r.lower.ends_with('s') && !person,
        _ => !plural || r.upos == Upos::Propn,
    };
    (r.is_noun() && agrees).then_some(reporter)
}

/// Subordinators of a clause of time or cause that tells what befell the
/// subject of the clause it hangs on: "died in hospital after she was
/// shot", "was killed when he tried to flee".
const SUBORDINATORS_OF_WHAT_BEFELL: &[&str] = &["after", "when", "as", "because", "before", "while", "until"];

/// "Magistrate X died in hospital after she was shot", "the mayor was
/// found dead a day after he was kidnapped": "he" or "she" as the subject of a clause of
/// time hung on a verb whose subject is a person stands for that person.
/// Pronoun antecedents are otherwise looked for among earlier arguments of
/// the same role only, and the main clause's subject is no argument when
/// its verb ("die") is no trigger, so "he" went to an earlier victim or to
/// nobody. The person's head, when `pronoun` is such a subject of the
/// clause at `v`.
fn person_of_main_clause_for_pronoun(s: &Sentence, v: usize, pronoun: usize) -> Option<usize> {
    if !matches!(s.words[pronoun].lower.as_str(), "he" | "she") || s.words[v].rel() != "advcl" {
        return None;
    }
    s.children_rel(v, "mark").find(|&k| SUBORDINATORS_OF_WHAT_BEFELL.contains(&s.words[k].lower.as_str()))?;
    let main = s.words[v].head?;
    let subject = s.children(main).iter().copied().find(|&c| c < v && matches!(s.words[c].deprel.as_str(), "nsubj" | "nsubj:pass"))?;
    let singular = s.words[subject].lower == s.words[subject].lemma || s.words[subject].upos == Upos::Propn;
    let person = s.words[subject].upos == Upos::Propn || is_word_for_a_person(s, subject);
    (person && singular && s.children_rel(subject, "conj").next().is_none()).then_some(subject)
}

/// The noun a relative pronoun stands for: the head of its relative
/// clause, or, when the parser missed the clause ("the ELN, which has
/// staged several attacks" with "which" made a plain subject), the noun
/// right before it and its comma.
pub(crate) fn antecedent_of_relative(s: &Sentence, pronoun: usize) -> Option<usize> {
    if !matches!(s.words[pronoun].lower.as_str(), "who" | "which") {
        return None;
    }
    let clause = s.words[pronoun].head?;
    if s.words[clause].deprel == "acl:relcl" {
        return s.words[clause].head.filter(|&a| s.words[a].is_noun());
    }
    let before = pronoun.checked_sub(1)?;
    let before = if s.words[before].lower == "," { before.checked_sub(1)? } else { before };
    (s.words[before].is_noun() && before < clause).then_some(before)
}

/// "an attack on a church in Kinshasa that killed nine worshippers": a
/// relative "that" or "which" right after a phrase opened by an act noun,
/// through nothing but its prepositional phrases, stands for the act,
/// whatever noun of the phrase the parser hung the clause on (a place that
/// "killed" would be read as the killer). The act noun, if so.
pub(crate) fn act_named_before_relative(s: &Sentence, pronoun: usize) -> Option<usize> {
    if !matches!(s.words[pronoun].lower.as_str(), "that" | "which") {
        return None;
    }
    let lex = Lexicon::get();
    let mut k = pronoun;
    if k > 0 && s.words[k - 1].lower == "," {
        k -= 1;
    }
    // "attacks by the mafia, which has sworn to kill": a party right
    // before the pronoun is what it stands for; a name after "in" or
    // "near" is a place ("an attack on a mosque in Kano, which killed").
    // A name of several words carries its preposition on its first word
    // ("in El Fasher, which").
    let place_name = |x: usize| {
        let name = if s.words[x].rel() == "flat" { s.words[x].head.unwrap_or(x) } else { x };
        s.words[x].upos == Upos::Propn && matches!(s.case_of(name), Some("in" | "at" | "near" | "outside" | "inside"))
    };
    if k > 0 && is_party_word(s, k - 1) && !place_name(k - 1) {
        return None;
    }
    while k > 0 {
        k -= 1;
        let w = &s.words[k];
        if w.is_noun() && lex.triggers_starting(&w.lemma).iter().any(|t| t.pos == TriggerPos::Noun) {
            return Some(k);
        }
        if !matches!(w.upos, Upos::Noun | Upos::Propn | Upos::Adp | Upos::Det | Upos::Adj | Upos::Num | Upos::Part) {
            return None;
        }
    }
    None
}

fn push_agent(s: &Sentence, m: &mut Mention, head: usize) {
    let reporter = reporter_of_pronoun(s, head);
    let head = reporter.or_else(|| act_named_before_relative(s, head)).or_else(|| antecedent_of_relative(s, head)).unwrap_or(head);
    let w = &s.words[head];
    if w.upos == Upos::Pron && !matches!(w.lower.as_str(), "they" | "he" | "she" | "we") {
        return;
    }
    // An event noun or a weapon as subject is not an agent: "the blast killed".
    let lex = Lexicon::get();
    if lex.noun(&w.lemma).is_some_and(|e| e.class == NounClass::Weapon) {
        set_weapon(s, m, head);
        return;
    }
    // A building or vehicle as the subject of a verb without an object is
    // what was hit ("a plane blew up in midair"); with an object it is the
    // means ("four planes bombed the town"), never the one who acted.
    // A body that reported its own act ("the ministry said it had
    // detained ...") acted, whatever building its word also names.
    if reporter.is_none() && lex.noun(&w.lemma).is_some_and(|e| e.class == NounClass::Facility) {
        let has_object = s.words[m.head].is_verb() && s.child_rel(m.head, "obj").is_some();
        if !has_object {
            push_with_conjuncts(s, m, head, Role::Target);
        } else {
            // "Military aircraft bombed a village", "Russian warplanes
            // struck ...": whose means they were.
            for doer in doers_named_by_modifiers(s, head) {
                push_with_conjuncts(s, m, doer, Role::Perpetrator);
            }
        }
        return;
    }
    // "Israeli strikes on Beirut killed ...", "Russian shelling killed ...",
    // "Hamas rocket fire wounded ...": an act as subject names its doer
    // by a modifier, if at all.
    // Only a noun with no sense that could be a party ("forces", "units"
    // are groups too).
    let an_act = w.is_noun() && w.upos != Upos::Propn && !is_party_word(s, head) && !PARTITIVE.contains(&w.lemma.as_str()) && semantics::senses(&w.lemma).is_some_and(|senses| !senses.is_empty() && senses.iter().all(|c| *c == semantics::SenseClass::Abstract));
    let event_noun = lex.triggers_starting(&w.lemma).iter().any(|t| t.pos == TriggerPos::Noun && t.lemmas.len() == 1);
    if an_act || event_noun {
        let doers = doers_named_by_modifiers(s, head);
        for doer in &doers {
            push_with_conjuncts(s, m, *doer, Role::Perpetrator);
        }
        // An act without a word for its doer is no doer either (an event
        // noun never is; another act noun stays, for what the parser may
        // have hung on it).
        if event_noun || !doers.is_empty() {
            return;
        }
    }
    push_with_conjuncts(s, m, head, Role::Perpetrator);
    if let Some(name) = name_before_aside(s, head) {
        push_with_conjuncts(s, m, name, Role::Perpetrator);
    }
    // "opponents of Kenya's parliament": the "of" phrase says whom they
    // stand for or against, not who they are; it stays in their phrase,
    // where the country of a national body ("Kenya's parliament", "the
    // Egyptian president") makes them people of that country. A country
    // itself ("supporters of Russia") says nothing of theirs.
    if STANCE_NOUNS.contains(&w.lemma.as_str()) {
        let of_body = s.children_rel(head, "nmod").find(|&c| s.case_of(c) == Some("of") && (s.words[c].upos == Upos::Noun || s.child_rel(c, "nmod:poss").is_some()));
        if let (Some(of), Some(arg)) = (of_body, m.args.iter_mut().find(|a| a.head == head)) {
            let sub = s.subtree(of);
            if sub.start > arg.words.end.saturating_sub(1) && sub.end > arg.words.end {
                arg.words = arg.words.start..sub.end;
            }
        }
        return;
    }
    // "members of the FMLN", "a group of armed men": the phrase keeps its "of".
    if let (Some(end), Some(arg)) = (partitive_end(s, head), m.args.iter_mut().find(|a| a.head == head)) {
        if end > arg.words.end {
            arg.words = arg.words.start..end;
        }
    }
    // "men wearing military uniforms", "two individuals riding a
    // motorcycle": what unknown attackers wore or rode is how the report
    // tells them apart; the phrase keeps it when it follows right after.
    if let Some(arg) = m.args.iter_mut().find(|a| a.head == head) {
        if let Some(c) = s.children(head).iter().copied().find(|&c| c > head && s.words[c].rel() == "acl" && describes_appearance(s, c)) {
            // The participle and its first object only: "individuals
            // wearing military uniforms on 15 November, who ..." ends
            // at "uniforms".
            let what = s.children(c).iter().copied().find(|&k| k > c && matches!(s.words[k].rel(), "obj" | "obl") && s.words[k].is_noun());
            if let Some(what) = what.filter(|_| s.subtree(c).start == arg.words.end) {
                arg.words = arg.words.start..s.noun_phrase(what).end;
            }
        }
    }
    for g in groups_of_members(s, head) {
        push_with_conjuncts(s, m, g, Role::Perpetrator);
    }
    for c in s.children_rel(head, "appos").collect::<Vec<_>>() {
        push_with_conjuncts(s, m, c, Role::Perpetrator);
    }
}

/// The "by" phrase the parser hung on the verb whose object is the event
/// noun ("the president condemned the assassination of the minister by
/// suspected urban guerrillas", with "by ..." on "condemned"). In an active
/// clause a verb's own "by" phrase says how ("by telephone", "by issuing a
/// statement"), never who did it; one that names a party and follows the
/// event noun belongs to the noun. Support verbs have their own rule.
fn agent_hung_on_governing_verb(s: &Sentence, n: usize, verb: usize) -> Option<usize> {
    let v = &s.words[verb];
    if s.words[n].deprel != "obj" || !v.is_verb() || SUPPORT_VERBS.contains(&v.lemma.as_str()) || is_event_word(s, verb) {
        return None;
    }
    if s.children_rel(verb, "aux:pass").next().is_some() {
        return None;
    }
    s.children_rel(verb, "obl").find(|&o| o > n && s.case_of(o) == Some("by") && is_party_word(s, o))
}

/// Is the event noun `n` the object of the verb above it? Its object, or
/// a bare noun the parser made an oblique with no preposition ("carried
/// out drone strikes on a market": "drone" read as a verb modifier leaves
/// "strikes" an oblique).
fn object_of_support_verb(s: &Sentence, n: usize) -> bool {
    s.words[n].rel() == "obj" || (s.words[n].rel() == "obl" && s.case_of(n).is_none() && s.words[n].head.is_some_and(|h| h < n))
}

/// A word that can name who did something: a person, group or force noun
/// of the lexicon, a word for a body ("organization", "mafia"), a proper
/// name, or a noun whose first sense is a person;
/// not a pronoun.
pub(crate) fn is_party_word(s: &Sentence, k: usize) -> bool {
    let w = &s.words[k];
    // "by us", "by them": a pronoun here is the speaker or a party named
    // before, which the phrase does not name.
    if w.upos == Upos::Pron {
        return false;
    }
    let class = Lexicon::get().noun(&w.lemma).map(|e| e.class);
    // "by the drug trafficking criminal organization", "by the mafia": a
    // word for a body names a party as a name would.
    matches!(class, Some(NounClass::Person | NounClass::Agent | NounClass::Force))
        || crate::assemble::BODY_WORDS.contains(&w.lemma.as_str())
        || (class.is_none() && (w.upos == Upos::Propn || semantics::first_sense_is_person(&w.lemma)))
}

/// Where the phrase of a partitive head ends when it keeps its "of"
/// ("members of the FMLN", "a group of armed men"): a bare "members" says
/// nothing of who they are. A parenthesis after the name restates it
/// ("members of the FMLN (Farabundo Marti ...)"); the phrase ends before it.
pub(crate) fn partitive_end(s: &Sentence, head: usize) -> Option<usize> {
    if !PARTITIVE.contains(&s.words[head].lemma.as_str()) {
        return None;
    }
    let of = s.children_rel(head, "nmod").find(|&c| matches!(s.case_of(c), Some("of" | "from")))?;
    let sub = s.subtree(of);
    let end = (sub.start..sub.end).find(|&k| s.words[k].lower == "(").unwrap_or(sub.end);
    // "a group of unidentified persons who riddled him with bullets", "a
    // group of rebels belonging to the FMLN": a clause on the members says
    // what they did or whose they are, not who they are (the MUC-4 keys
    // stop before it); what they wore or rode stays ("a group of armed
    // individuals wearing ski masks", `describes_appearance`).
    let clause = s
        .children(of)
        .iter()
        .copied()
        .filter(|&c| c > of && (matches!(s.words[c].deprel.as_str(), "acl" | "acl:relcl") && !describes_appearance(s, c) || is_the_connection_phrase(s, c)))
        .map(|c| s.subtree(c).start)
        .min();
    let end = clause.map_or(end, |c| end.min(c));
    // A comma before the clause belongs to neither.
    let end = (sub.start..end).rev().find(|&k| s.words[k].upos != Upos::Punct).map_or(end, |k| k + 1);
    (sub.start > head).then_some(end)
}

/// Is the phrase at `c` "in connection with ..."? Hung on the members'
/// noun by the parser ("arrested two members of the gang in connection
/// with the killing"), it says why they were held, not who they are.
fn is_the_connection_phrase(s: &Sentence, c: usize) -> bool {
    s.words[c].lemma == "connection" && s.case_of(c) == Some("in")
}

/// Is the clause at `c` on a word for people what they wore or rode
/// ("men wearing military uniforms", "a man dressed in combat gear", "two
/// individuals riding a red motorcycle")? Reports tell unknown attackers
/// by it, and the MUC-4 keys keep it in the perpetrator's phrase.
pub(crate) fn describes_appearance(s: &Sentence, c: usize) -> bool {
    s.words[c].is_verb() && matches!(s.words[c].lemma.as_str(), "wear" | "dress" | "ride" | "disguise")
}

/// The groups a party's phrase says they belong to ("the FMLN" of
/// "terrorists of the FMLN"), also one step further down after a partitive
/// ("a group of terrorists from the Zarate Willka Armed Forces of
/// Liberation"): whoever the members did it for is a party to it too.
pub(crate) fn groups_of_members(s: &Sentence, head: usize) -> Vec<usize> {
    let members_of = |k: usize| -> Vec<usize> {
        s.children_rel(k, "nmod").filter(|&c| matches!(s.case_of(c), Some("of" | "from" | "belonging")) && s.words[c].is_noun()).collect()
    };
    let partitive = PARTITIVE.contains(&s.words[head].lemma.as_str());
    let mut out = Vec::new();
    for c in members_of(head) {
        out.push(c);
        if partitive {
            out.extend(members_of(c));
        }
    }
    out
}

/// The name modifying an agent across a bracketed aside ("FMLN" of "FMLN
/// (Farabundo Marti National Liberation Front) units"): the aside that
/// spells the name out splits the phrase, whose span then holds only
/// "units", so the group they belong to would be lost. The name, a proper
/// noun compound ending just before the "(", is its own perpetrator.
/// Modifiers of the head may stand between the bracket and it ("FMLN
/// (Farabundo Marti ...) urban cells").
pub(crate) fn name_before_aside(s: &Sentence, head: usize) -> Option<usize> {
    let mut close = head.checked_sub(1)?;
    while close > 0 && s.words[close].head == Some(head) && matches!(s.words[close].rel(), "amod" | "compound") && s.words[close].upos != Upos::Propn {
        close -= 1;
    }
    if !matches!(s.words[close].lower.as_str(), ")" | "]") {
        return None;
    }
    s.children_rel(head, "compound").filter(|&c| c < close).find(|&c| {
        let end = s.subtree(c).end;
        s.words[c].upos == Upos::Propn
            && end < close
            && matches!(s.words[end].lower.as_str(), "(" | "[")
            && (end + 1..close).all(|k| !matches!(s.words[k].lower.as_str(), "(" | ")" | "[" | "]"))
    })
}

/// "the attack on senator ruiz": in lower-case text the tagger may take
/// an unknown surname for a common noun. A word no lexicon knows, right
/// after a word for a person that modifies it ("senator", "mayor",
/// "colonel"), is that person's name.
pub(crate) fn surname_after_title(s: &Sentence, head: usize) -> bool {
    let unknown = semantics::senses(&s.words[head].lemma).is_none() && Lexicon::get().noun(&s.words[head].lemma).is_none();
    let titled = head > 0 && s.words[head - 1].head == Some(head) && s.words[head - 1].rel() == "compound" && semantics::first_sense_is_person(&s.words[head - 1].lemma);
    unknown && titled
}

fn push_patient(s: &Sentence, m: &mut Mention, head: usize) {
    let head = dead_of_body(s, head).or_else(|| captive_before_hostage(s, head)).unwrap_or(head);
    let w = &s.words[head];
    if w.upos == Upos::Pron && !matches!(w.lower.as_str(), "them" | "him" | "her" | "us" | "they" | "he" | "she") {
        return;
    }
    // "the telephone exchange", "a wedding hall": the class of the phrase
    // with its compounds, when the lexicon lists it.
    let class = noun_class_with_compounds(s, head);
    // "detonated a bomb", "fired their guns", "the bomb was activated":
    // a weapon undergoing the act is what it was done with.
    if class == Some(NounClass::Weapon) || class.is_none() && names_weapon_with_compounds(s, head) || explosive_of_unit(s, head).is_some() {
        set_weapon(s, m, head);
        return;
    }
    let role = match class {
        Some(NounClass::Person | NounClass::Agent | NounClass::Force) => Role::Victim,
        Some(NounClass::Facility) => Role::Target,
        _ if w.upos == Upos::Propn || w.upos == Upos::Pron => Role::Victim,
        _ if semantics::first_sense_is_person(&w.lemma) => Role::Victim,
        _ if surname_after_title(s, head) => Role::Victim,
        _ => Role::Target,
    };
    // Kidnapping and killing act on people, and so does an assassination
    // ("the assassination of dr X" in lower-case text, where the tagger
    // reads the unknown name as a common noun), but not through an
    // adjective the parser made the head ("of an aged, defenseless man").
    let nominal = matches!(s.words[head].upos, Upos::Noun | Upos::Propn);
    let role = if (matches!(m.kind, EventKind::Kidnapping | EventKind::Killing | EventKind::Arrest) || is_assassination(m) && nominal) && class != Some(NounClass::Facility) {
        Role::Victim
    } else {
        role
    };
    // "set fire to an Isuzu dumptruck", "torched the Al-Nour": what an
    // arson burned is a thing, unless a word for a person or a person's
    // name says otherwise; a name the tagger made of an unknown word is
    // no person here.
    let role = if role == Role::Victim && set_on_fire(m) && !names_someone(s, head, class) { Role::Target } else { role };
    push_with_conjuncts(s, m, head, role);
}

/// The lexicon class of the noun at `head` read with the compound nouns
/// right before it when the lexicon lists that phrase ("telephone
/// exchange" is a facility, though "exchange" alone is no word of the
/// lexicon and WordNet's first senses of it are no thing), else of the
/// head alone.
pub(crate) fn noun_class_with_compounds(s: &Sentence, head: usize) -> Option<NounClass> {
    lexicon_nouns_ending_at(s, head, &["compound"]).next().or_else(|| Lexicon::get().noun(&s.words[head].lemma)).map(|e| e.class)
}

/// The lexicon's entries for the phrases that end at the noun `head` and
/// start with words hung on it by one of `rels`, longest first ("telephone
/// exchange", "dynamite stick"): the lexicon lists multi-word nouns whole.
fn lexicon_nouns_ending_at<'a>(s: &'a Sentence, head: usize, rels: &'a [&'a str]) -> impl Iterator<Item = &'static NounEntry> + 'a {
    let lex = Lexicon::get();
    let first = head.saturating_sub(lex.max_noun_words.saturating_sub(1));
    (first..head)
        .filter(move |&start| (start..head).all(|k| s.words[k].head == Some(head) && rels.contains(&s.words[k].rel())))
        .filter_map(move |start| lex.noun(&s.lemma_phrase(start..head + 1)))
}

/// Is the mention an arson ("set fire to", "burned", "torched")?
fn set_on_fire(m: &Mention) -> bool {
    m.kind == EventKind::Attack && m.subtype.as_deref() == Some("arson")
}

/// Does the phrase headed at `head` name someone: a word for a person of
/// the lexicon (`class`) or by its first WordNet sense, a pronoun, or a
/// name of several words the parser joined as one ("Elizabeth Velasquez",
/// a proper noun with its `flat` parts), or a surname after a title?
fn names_someone(s: &Sentence, head: usize, class: Option<NounClass>) -> bool {
    let w = &s.words[head];
    matches!(class, Some(NounClass::Person | NounClass::Agent | NounClass::Force))
        || w.upos == Upos::Pron
        || semantics::first_sense_is_person(&w.lemma)
        || semantics::first_sense_is_person(&w.lower)
        || (w.upos == Upos::Propn && s.children_rel(head, "flat").next().is_some())
        || surname_after_title(s, head)
}

/// Is the noun at `head`, with the compound nouns (or adjectives: "live
/// rounds", "live ammunition") right before it, a weapon of the lexicon
/// that the head alone is not ("dynamite sticks": "stick" is no weapon,
/// "dynamite stick" is)?
fn names_weapon_with_compounds(s: &Sentence, head: usize) -> bool {
    lexicon_nouns_ending_at(s, head, &["compound", "amod"]).any(|e| e.class == NounClass::Weapon)
}

/// "held three nuns hostage", "took the mayor hostage": the parser hangs
/// the people taken on "hostage" as a compound before it; they, not the
/// word "hostage", underwent the act.
fn captive_before_hostage(s: &Sentence, head: usize) -> Option<usize> {
    if s.words[head].lemma != "hostage" {
        return None;
    }
    s.children_rel(head, "compound").filter(|&c| c < head).last()
}

/// Who took or held people hostage, and whom, when the parser hangs them
/// on the trigger's own noun "hostage" rather than on the verb: "were
/// held hostage by rebels" (the "by" phrase on "hostage"), "taking as
/// hostages two technicians" (the people read as a conjunct of
/// "hostages").
fn hostage_noun_arguments(s: &Sentence, m: &mut Mention, passive: bool) {
    let v = m.head;
    let own: Vec<usize> = s.children(v).iter().copied().filter(|&c| m.trigger_words.contains(&c) && s.words[c].lemma == "hostage").collect();
    for noun in own {
        for c in s.children(noun).to_vec() {
            match s.words[c].rel() {
                "nmod" if passive && s.case_of(c) == Some("by") => push_agent(s, m, c),
                "conj" => push_patient(s, m, c),
                _ => {}
            }
        }
        // "taking as hostages brazilian engineers A, B and C": the people
        // after "as hostages", read as a second oblique of the verb with no
        // preposition of its own.
        let as_hostages = s.case_of(noun) == Some("as");
        for c in s.children(v).to_vec() {
            if as_hostages && c > noun && s.words[c].rel() == "obl" && s.case_of(c).is_none() && matches!(s.words[c].upos, Upos::Noun | Upos::Propn) {
                push_patient(s, m, c);
            }
        }
    }
}

/// Verbs by which captors give a captive back or keep them: only who
/// holds a captive can release or hold them ("free" is left out: "freed by
/// the army" tells of a rescue).
const CAPTOR_VERBS: &[&str] = &["release", "hold"];

/// "the engineer, kidnapped on Monday, was released today by the ELN",
/// "the rebels released two nurses who were abducted last week": the
/// kidnapping told as a participle or relative clause on the captive, and
/// whoever released or holds the captive is named by the clause around it.
/// Such reports often name the kidnappers only that way. Returns the head
/// of the releaser: the "by" party of the passive verb whose subject is
/// the captive, or the subject of the active verb whose object is the
/// captive.
fn releaser_of_captive(s: &Sentence, v: usize) -> Option<usize> {
    if !matches!(s.words[v].rel(), "acl" | "acl:relcl") {
        return None;
    }
    let captive = s.words[v].head?;
    let verb = s.words[captive].head.filter(|&h| CAPTOR_VERBS.contains(&s.words[h].lemma.as_str()))?;
    match s.words[captive].deprel.as_str() {
        "nsubj:pass" => s.children(verb).iter().copied().find(|&o| matches!(s.words[o].rel(), "obl" | "obl:agent") && s.case_of(o) == Some("by") && is_party_word(s, o)),
        "obj" => s.child_rel(verb, "nsubj").filter(|&subj| is_party_word(s, subj)),
        _ => None,
    }
}

/// Does the verb at `v` act on a dead person's remains: its object or
/// passive subject is "body", "corpse" ... ("found the body of a
/// teacher", "the bodies of three men were discovered")?
fn acts_on_remains(s: &Sentence, v: usize) -> bool {
    s.children(v).iter().any(|&c| matches!(s.words[c].deprel.as_str(), "obj" | "nsubj:pass") && BODY_NOUNS.contains(&s.words[c].lemma.as_str()))
}

/// Words for a dead person's remains.
const BODY_NOUNS: &[&str] = &["body", "corpse", "remains", "cadaver"];

/// "the body of Victor Pomas, who was kidnapped on Monday", "the bodies of
/// the two students killed": the dead named in the "of" phrase, not their
/// remains, underwent the act.
fn dead_of_body(s: &Sentence, head: usize) -> Option<usize> {
    if !BODY_NOUNS.contains(&s.words[head].lemma.as_str()) {
        return None;
    }
    s.children_rel(head, "nmod").find(|&c| s.case_of(c) == Some("of") && s.words[c].is_noun())
}

fn push_other_side(s: &Sentence, m: &mut Mention, head: usize) {
    push_with_conjuncts(s, m, head, Role::Target);
}

fn push_weapon_or_target(s: &Sentence, m: &mut Mention, head: usize) {
    if is_weapon_noun(s, head) {
        set_weapon(s, m, head);
    }
}

/// "the ELN planted the bomb that destroyed the bridge", "guerrillas
/// fired a rocket that hit the bus": the event is told in a relative
/// clause on a weapon, and whoever handled the weapon did it. Records the
/// weapon and returns the handler.
fn planter_of_weapon(s: &Sentence, head: usize, m: &mut Mention) -> Option<usize> {
    let w = &s.words[head];
    if w.deprel != "acl:relcl" {
        return None;
    }
    let weapon = w.head?;
    let is_weapon = Lexicon::get().noun(&s.words[weapon].lemma).is_some_and(|e| e.class == NounClass::Weapon);
    if !is_weapon || s.words[weapon].rel() != "obj" {
        return None;
    }
    set_weapon(s, m, weapon);
    s.words[weapon].head.and_then(|v| s.child_rel(v, "nsubj"))
}

/// Is an explosive or incendiary device what the verb at `v` puts
/// somewhere: its object or passive subject ("left a bomb", "the charge
/// was left"), or the noun the verb modifies as a participle ("a grenade
/// left by the attackers")? "Leave" with a weapon as active subject ("the
/// bomb left three dead") tells of the toll, not of who put it; a rifle
/// left somewhere is no attack ("left their rifles at the camp").
pub(crate) fn puts_weapon(s: &Sentence, v: usize) -> bool {
    let is_device = |w: usize| is_weapon_noun(s, w) && matches!(weapon_type(s, weapon_phrase(s, w)).as_deref(), Some("explosive" | "incendiary"));
    let as_argument = s.children(v).iter().any(|&c| matches!(s.words[c].deprel.as_str(), "obj" | "nsubj:pass") && is_device(c));
    let as_participle = s.words[v].deprel == "acl" && s.words[v].head.is_some_and(is_device);
    as_argument || as_participle
}

/// Records the weapon headed by `head` and the weapons coordinated with it
/// ("rifles and grenades").
fn set_weapon(s: &Sentence, m: &mut Mention, head: usize) {
    if taken_as_loot(s, head) {
        return;
    }
    let head = gun_that_fired(s, head).unwrap_or(head);
    let lex = Lexicon::get();
    let conjuncts = s.children_rel(head, "conj").filter(|&c| lex.noun(&s.words[c].lemma).is_some_and(|e| e.class == NounClass::Weapon));
    for h in std::iter::once(head).chain(conjuncts.collect::<Vec<_>>()) {
        let np = weapon_phrase(s, h);
        if let Some(kind) = weapon_type(s, np.clone()) {
            add_weapon(m, kind, np);
        }
    }
}

/// Verbs of taking arms from their holder: what they take was seized, not
/// used ("the army seized rifles", "confiscated five rockets", "captured a
/// machinegun"). "find" is not here: a bomb found is one that was put to
/// go off.
const TAKING_VERBS: &[&str] = &["seize", "confiscate", "capture", "requisition", "steal", "loot", "impound", "recover"];

/// Is the weapon word at `i` what a verb of taking took: its object or
/// passive subject, or a later item of such a list or an apposition to it
/// ("seized one machinegun and a radio", "troops seized shotguns, pistols
/// and a rifle", "an arsenal -- three rifles and dynamite -- was seized"),
/// or a noun such a participle modifies ("the weapons seized from the
/// rebels")? Arms taken are loot or evidence: MUC-4's INSTRUMENT (TASKDOC
/// `template-doc-part1`, slot 11) and the event's weapon are what the act
/// was done with.
fn taken_as_loot(s: &Sentence, i: usize) -> bool {
    let taking = |v: usize| s.words[v].is_verb() && TAKING_VERBS.contains(&s.words[v].lemma.as_str());
    let mut k = i;
    for _ in 0..s.words.len() {
        if s.children(k).iter().any(|&c| s.words[c].deprel == "acl" && taking(c)) {
            return true;
        }
        let Some(h) = s.words[k].head else { return false };
        match s.words[k].deprel.as_str() {
            // "confiscated five grenades and a pistol" with the second
            // object hung on the verb as its conjunct.
            "conj" if taking(h) => return true,
            "conj" | "appos" => k = h,
            "obj" | "nsubj:pass" => return taking(h),
            _ => return false,
        }
    }
    false
}

/// The first weapon becomes the mention's weapon, later ones are kept
/// beside it; a phrase that overlaps one already there adds nothing.
fn add_weapon(m: &mut Mention, kind: String, np: Range<usize>) {
    let overlaps = |r: &Range<usize>| r.start < np.end && np.start < r.end;
    if m.weapon.iter().chain(&m.other_weapons).any(|(_, r)| overlaps(r)) {
        return;
    }
    if m.weapon.is_none() {
        m.weapon = Some((kind, np));
    } else {
        m.other_weapons.push((kind, np));
    }
}

/// Ordinal words, which tell one of several weapons from the others.
const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last"];

/// The words naming a weapon, without what counts or points at it: a
/// weapon is a kind of thing, and "these bombs", "11 bombs", "his rifle",
/// "today's bomb" are bombs and a rifle. A verb the parser left in the
/// phrase is what was done with it ("throwing grenades", "fired rockets",
/// "wielding knives"), not part of its name.
fn weapon_phrase(s: &Sentence, head: usize) -> Range<usize> {
    let mut np = s.noun_phrase(head);
    if let Some(stuff) = explosive_of_unit(s, head) {
        np.end = np.end.max(s.noun_phrase(stuff).end);
    }
    while np.start < head {
        let w = &s.words[np.start];
        if matches!(w.upos, Upos::Verb | Upos::Aux) {
            np.start += 1;
            continue;
        }
        let possessive = matches!(w.lower.as_str(), "'s" | "’s");
        let temporal = TEMPORAL.contains(&w.lower.as_str());
        // "at least four bombs", "various home-made bombs", "only three
        // bullets", "how many rockets": a count, vague or not.
        let quantity = matches!(
            w.lower.as_str(),
            "about" | "some" | "several" | "many" | "nearly" | "almost" | "over" | "at" | "least" | "most" | "than" | "up" | "to" | "various" | "numerous" | "few" | "only" | "much" | "how"
        );
        // "(as heard) bombs": a transcriber's note before the word.
        if w.lower == "(" {
            if let Some(close) = (np.start + 1..head).find(|&k| s.words[k].lower == ")") {
                np.start = close + 1;
                continue;
            }
        }
        let note = w.upos == Upos::Punct;
        // "the second bomb", "more bombs": which of several, not what kind.
        let ordinal = ORDINALS.contains(&w.lower.as_str()) || matches!(w.lower.as_str(), "more" | "another" | "other");
        // "throwing grenades", "fired rockets": the act the parser joined
        // to the phrase, not part of the weapon's name ("firing" may be
        // tagged a noun: a gerund of an event verb counts too).
        let act = w.upos == Upos::Verb || (w.lower.ends_with("ing") && Lexicon::get().is_event_form(&w.lower));
        if matches!(w.upos, Upos::Det | Upos::Num | Upos::Pron | Upos::Part) || possessive || temporal || quantity || note || ordinal || act {
            np.start += 1;
        } else {
            break;
        }
    }
    np
}

/// Words for a made-up amount of an explosive ("a charge of dynamite",
/// "sticks of TNT"): the amount is the weapon as it was placed, and is
/// named with what it is made of. Weights ("5 kg of dynamite") and
/// packages are not here: those are kept as the explosive alone.
const EXPLOSIVE_UNITS: &[&str] = &["charge", "stick", "cartridge"];

/// The explosive an amount word is "of" ("dynamite" of "a charge of
/// dynamite"): the weapon's name takes it in, so the charge and the
/// dynamite are one weapon, not two (MUC-4's keys name "charge of
/// dynamite" as one instrument).
fn explosive_of_unit(s: &Sentence, head: usize) -> Option<usize> {
    if !EXPLOSIVE_UNITS.contains(&s.words[head].lemma.as_str()) {
        return None;
    }
    let lex = Lexicon::get();
    s.children_rel(head, "nmod")
        .find(|&c| c > head && s.case_of(c) == Some("of") && lex.noun(&s.words[c].lemma).is_some_and(|e| e.class == NounClass::Weapon))
}

/// The amount word whose explosive the word at `i` is ("charge" for the
/// "dynamite" of "a charge of dynamite"), which names the weapon.
fn unit_of_explosive(s: &Sentence, i: usize) -> Option<usize> {
    let h = s.words[i].head?;
    (explosive_of_unit(s, h) == Some(i)).then_some(h)
}

/// The weapon type of a noun phrase: the longest lexicon phrase ending at
/// its head ("car bomb" before "bomb").
fn weapon_type(s: &Sentence, np: Range<usize>) -> Option<String> {
    let lex = Lexicon::get();
    let end = np.end;
    for len in (1..=lex.max_noun_words.min(np.len())).rev() {
        let phrase = s.lemma_phrase(end - len..end);
        if let Some(e) = lex.noun(&phrase).filter(|e| e.class == NounClass::Weapon) {
            return e.detail.clone().or(Some("other".into()));
        }
    }
    None
}

/// Weapons named in the trigger's clause but not attached as arguments:
/// "a car bomb tore through the market, killing 20".
pub(crate) fn weapons_in_clause(s: &Sentence, head: usize) -> Vec<(String, Range<usize>)> {
    let lex = Lexicon::get();
    // The clause: the trigger's subtree, or its head's if it is a
    // participle, or the support verb's whose object or passive subject
    // it is ("the attack was carried out with grenades").
    let w = &s.words[head];
    let support = w.is_noun() && matches!(w.deprel.as_str(), "obj" | "nsubj:pass") && w.head.is_some_and(|h| SUPPORT_VERBS.contains(&s.words[h].lemma.as_str()));
    let participle = matches!(w.deprel.as_str(), "advcl" | "xcomp" | "conj" | "acl");
    let scope = match w.head.filter(|_| participle || support) {
        Some(h) => s.subtree(h),
        None => s.subtree(head),
    };
    let mut found = Vec::new();
    for i in scope {
        let w = &s.words[i];
        if w.is_noun() && lex.noun(&w.lemma).is_some_and(|e| e.class == NounClass::Weapon) && !matches!(w.lemma.as_str(), "arm" | "weapon" | "charge" | "device") && !taken_as_loot(s, i) {
            if let Some(whole) = weapon_as_modifier(s, i) {
                found.extend(whole);
                continue;
            }
            // "dynamite" of "a charge of dynamite": the charge is the
            // weapon, its type is the explosive's.
            if let Some(unit) = unit_of_explosive(s, i) {
                if let Some(kind) = weapon_type(s, s.noun_phrase(i)) {
                    found.push((kind, weapon_phrase(s, unit)));
                }
                continue;
            }
            let np = weapon_phrase(s, gun_that_fired(s, i).unwrap_or(i));
            if let Some(kind) = weapon_type(s, np.clone()) {
                found.push((kind, np));
            }
        }
    }
    found
}

/// Words for what a gun fires.
pub const AMMUNITION: &[&str] = &["bullet", "round", "slug", "projectile", "pellet"];

/// The gun a bullet was fired from, when the text names it: "hit by 12
/// bullets fired from two automatic weapons", "killed by bullets shot from
/// a .38 revolver" give the weapon's word (a `from` phrase of a participle
/// of "fire" or "shoot" on the bullet's word). The gun is what the act was
/// done with (MUC-4's INSTRUMENT, TASKDOC `template-doc-part1`, slot 11;
/// the keys name it rather than its bullets).
fn gun_that_fired(s: &Sentence, bullet: usize) -> Option<usize> {
    if !AMMUNITION.contains(&s.words[bullet].lemma.as_str()) {
        return None;
    }
    let fired = s.children(bullet).iter().copied().find(|&c| s.words[c].rel() == "acl" && matches!(s.words[c].lemma.as_str(), "fire" | "shoot"))?;
    s.children(fired).iter().copied().find(|&c| matches!(s.words[c].rel(), "obl" | "nmod") && s.case_of(c) == Some("from") && s.words[c].is_noun())
}

/// A weapon word that modifies another noun ("grenade" of "grenade
/// launchers", "tank" of "tank trucks", "bomb" of "bomb squad") names the
/// weapon only with that noun, or not at all: `Some` of the whole phrase
/// when it is a weapon of the lexicon ("M-79 grenade launchers"), `Some`
/// of nothing when it is another thing, a person or a group by the noun's
/// first WordNet sense (a truck, a squad, a factory). `None` when the word
/// modifies no noun, or a word for an act or event ("bomb attack", "rifle
/// fire") or one WordNet does not know, where it is the weapon itself.
/// Before a bare plural event word ("waves of bomb attacks", "bomb
/// explosions were heard") it names a kind of act, not the weapon of one:
/// `Some` of nothing ([`names_acts_of_a_kind`]).
fn weapon_as_modifier(s: &Sentence, i: usize) -> Option<Option<(String, Range<usize>)>> {
    let h = s.words[i].head.filter(|_| s.words[i].rel() == "compound")?;
    if !s.words[h].is_noun() {
        return None;
    }
    let np = weapon_phrase(s, h);
    if let Some(kind) = weapon_type(s, np.clone()) {
        return Some(Some((kind, np)));
    }
    if names_acts_of_a_kind(s, h) {
        return Some(None);
    }
    let thing = crate::semantics::senses(&s.words[h].lemma).and_then(|c| c.first()).is_some_and(|c| c.is_concrete());
    thing.then_some(None)
}

/// Is the noun at `h` a bare plural event word: an act's noun in the
/// plural with no determiner, number or possessor ("carried out bomb
/// attacks", "hundreds of dynamite attacks", "bomb explosions shook the
/// capital")? Such a phrase speaks of acts of a kind, and the weapon
/// word before it says which kind; it names no weapon of a particular
/// act. Counted acts ("four dynamite attacks", "several bomb
/// explosions"), acts already told ("the bomb explosions") and acts told
/// with their target, doer or own clause ("bomb attacks on the
/// residences", "bomb strikes by the air force", "dynamite attacks that
/// have hit the port", "bomb strikes and shelling by the air force"),
/// and those listed as items of acts just told ("attacks in the capital,
/// including bomb attacks") are particular acts and keep their weapon.
fn names_acts_of_a_kind(s: &Sentence, h: usize) -> bool {
    let w = &s.words[h];
    let plural = w.lemma != w.lower && w.lower.ends_with('s');
    let lex = Lexicon::get();
    let event = lex.is_event_form(&w.lower) || lex.is_event_form(&w.lemma);
    let item_of_acts_told = matches!(s.case_of(h), Some("including" | "include"));
    let particular = |n: usize| {
        s.children(n).iter().any(|&c| {
            let x = &s.words[c];
            let counted = matches!(x.deprel.as_str(), "det" | "nummod" | "nmod:poss" | "det:poss") || matches!(x.lower.as_str(), "several" | "numerous" | "various" | "many");
            let told_with_arguments = x.rel() == "nmod" && matches!(s.case_of(c), Some("on" | "against" | "by" | "at"));
            counted || told_with_arguments || x.deprel == "acl:relcl"
        })
    };
    let conjuncts_particular = s.children_rel(h, "conj").any(particular);
    plural && event && !item_of_acts_told && !particular(h) && !conjuncts_particular
}

/// Crowds fighting police ("protesters clashed with police") riot; they do
/// not wage an armed clash.
fn crowd_clash_is_riot(s: &Sentence, m: &mut Mention) {
    if m.kind != EventKind::Clash {
        return;
    }
    let crowd = m.args.iter().any(|a| a.role == Role::Perpetrator && is_crowd(s, a.head));
    if crowd {
        m.kind = EventKind::Riot;
        m.subtype = None;
    }
}

/// Killing combatants ("troops killed three guerrillas") is fighting between
/// armed sides, not violence against civilians: when every victim is an
/// armed-group noun and the perpetrator (if named) is a state force or
/// unknown, the event is a clash.
fn combatant_casualties(s: &Sentence, m: &mut Mention) {
    if m.kind != EventKind::Killing {
        return;
    }
    let lex = Lexicon::get();
    let class = |a: &Arg| lex.noun(&s.words[a.head].lemma).map(|e| e.class);
    let victims: Vec<&Arg> = m.args.iter().filter(|a| a.role == Role::Victim).collect();
    let all_combatants = !victims.is_empty() && victims.iter().all(|a| class(a) == Some(NounClass::Agent));
    let perpetrator_is_armed_group = m.args.iter().any(|a| a.role == Role::Perpetrator && class(a) == Some(NounClass::Agent));
    if all_combatants && !perpetrator_is_armed_group {
        m.kind = EventKind::Clash;
        m.subtype = Some("armed_clash".into());
    }
}

/// Law-enforcement bodies and officers, whose capture of a person is an
/// arrest. Soldiers are left out on purpose: troops seizing civilians in a
/// counter-insurgency is as often a forced disappearance (ACLED's
/// "Abduction/forced disappearance", which MUC-4 keys as KIDNAPPING) as a
/// lawful arrest, and the verb alone does not say which.
const LAW_ENFORCEMENT: &[&str] = &["police", "policeman", "policemen", "policewoman", "officer", "agent", "authority", "authorities", "guard", "detective", "investigator"];

/// A person captured by the police or the authorities ("police captured
/// two bank robbers", "the suspect was captured by detectives") is
/// arrested, not seized like property: the seizure kind is theft or
/// confiscation of things and taking of territory. Only a plain seizure
/// verb with a law-enforcement captor and persons as its only objects
/// changes; a capture by troops keeps its reading. People seized by
/// armed men outside the state ("guerrillas seized the mayor") are
/// kidnapped.
fn capture_by_police_is_arrest(s: &Sentence, m: &mut Mention) {
    if m.kind != EventKind::Seizure || m.subtype.is_some() || m.entry.pos != crate::lexicon::TriggerPos::Verb {
        return;
    }
    let lex = Lexicon::get();
    let class = |a: &Arg| lex.noun(&s.words[a.head].lemma).map(|e| e.class);
    let captor_is_police = |a: &Arg| LAW_ENFORCEMENT.contains(&s.words[a.head].lemma.as_str());
    let perpetrators: Vec<&Arg> = m.args.iter().filter(|a| a.role == Role::Perpetrator).collect();
    let objects: Vec<&Arg> = m.args.iter().filter(|a| matches!(a.role, Role::Victim | Role::Target)).collect();
    let persons_only = !objects.is_empty() && objects.iter().all(|a| a.role == Role::Victim && !matches!(class(a), Some(NounClass::Facility | NounClass::Weapon)));
    if !perpetrators.is_empty() && perpetrators.iter().all(|a| captor_is_police(a)) && persons_only {
        m.kind = EventKind::Arrest;
    }
    // "the army captured a suspected drug trafficker", "X, accused of
    // being a member of the cartel, was captured", "captured A and B, two
    // drug traffickers": people held as suspects or as armed doers, by a
    // state force or by no captor named, are arrested.
    let captor_is_state = |a: &Arg| class(a) == Some(NounClass::Force) || captor_is_police(a);
    let captives: Vec<&&Arg> = objects.iter().filter(|a| a.role == Role::Victim).collect();
    let held_as_suspects = !captives.is_empty() && captives.iter().all(|a| held_as_suspect(s, a));
    if m.kind == EventKind::Seizure && held_as_suspects && perpetrators.iter().all(|a| captor_is_state(a)) {
        m.kind = EventKind::Arrest;
    }
    // "Guerrillas seized the mayor", "gunmen captured two engineers": people
    // taken by armed men outside the state are kidnapped.
    let captor_is_armed_group = |a: &Arg| class(a) == Some(NounClass::Agent);
    if m.kind == EventKind::Seizure && !perpetrators.is_empty() && perpetrators.iter().all(|a| captor_is_armed_group(a)) && persons_only {
        m.kind = EventKind::Kidnapping;
    }
}

/// Words that present someone as held on suspicion ("a suspected drug
/// trafficker", "alleged subversives", "accused of being a member").
const SUSPICION_WORDS: &[&str] = &["suspected", "alleged", "accused", "presumed", "wanted"];

/// Is the captive named as a suspect: a suspicion word in its phrase, or
/// itself or its apposition a word for armed doers ("two drug traffickers",
/// "eight subversives")?
fn held_as_suspect(s: &Sentence, a: &Arg) -> bool {
    let lex = Lexicon::get();
    let agent = |k: usize| lex.noun(&s.words[k].lemma).is_some_and(|e| e.class == NounClass::Agent);
    let phrase = s.subtree(a.head);
    s.words[phrase.clone()].iter().any(|w| SUSPICION_WORDS.contains(&w.lower.as_str()))
        || agent(a.head)
        || s.children_rel(a.head, "appos").any(agent)
        || s.children_rel(a.head, "conj").flat_map(|c| s.children_rel(c, "appos").collect::<Vec<_>>()).any(agent)
}

/// Sharpens the subtype from what the arguments show: an explosive makes a
/// killing a bombing, a car bomb a car bombing, a suicide bomber a suicide
/// bombing.
fn refine_subtype(s: &Sentence, m: &mut Mention) {
    let weapon_phrase = m.weapon.as_ref().map(|(_, r)| s.lemma_phrase(r.clone())).unwrap_or_default();
    let weapon_kind = m.weapon.as_ref().map(|(k, _)| k.as_str());
    let perpetrator_suicide = m.args.iter().any(|a| a.role == Role::Perpetrator && s.lemma_phrase(a.words.clone()).contains("suicide"));
    if perpetrator_suicide || weapon_phrase.contains("suicide") {
        m.suicide = true;
    }
    if matches!(m.kind, EventKind::Killing | EventKind::Attack) {
        let explosive = weapon_kind == Some("explosive");
        if m.suicide && (explosive || m.kind == EventKind::Attack) {
            m.kind = EventKind::Attack;
            m.subtype = Some("suicide_bombing".into());
        } else if explosive && matches!(m.subtype.as_deref(), None | Some("bombing") | Some("armed_assault")) {
            m.kind = EventKind::Attack;
            m.subtype = Some(
                if weapon_phrase.contains("car") || weapon_phrase.contains("truck") {
                    "car_bombing"
                } else if weapon_phrase.contains("grenade") {
                    "grenade_attack"
                } else if weapon_phrase.contains("mine") || weapon_phrase.contains("roadside") {
                    "roadside_bombing"
                } else {
                    "bombing"
                }
                .into(),
            );
        } else if weapon_kind == Some("drone") {
            m.kind = EventKind::Attack;
            m.subtype = Some("drone_strike".into());
        } else if matches!(weapon_kind, Some("projectile" | "missile")) && matches!(m.subtype.as_deref(), None | Some("bombing") | Some("armed_assault")) {
            // "killed in tank shelling", "a mortar attack": heavy weapons;
            // also when the verb alone would say bombing or shooting ("was
            // blown up by a surface-to-air missile", "shot down by a
            // missile").
            m.kind = EventKind::Attack;
            m.subtype = Some(if weapon_kind == Some("missile") { "missile_strike" } else { "shelling" }.into());
        } else if weapon_kind == Some("firearm") && m.subtype.is_none() && m.kind == EventKind::Attack {
            m.subtype = Some("armed_assault".into());
        }
    }
}
