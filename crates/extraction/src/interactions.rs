//! CAMEO interactions in one sentence: the general two-party events that are
//! neither violence nor statements about violence — appeals, promises,
//! meetings and visits, praise, agreements, cooperation, aid, concessions,
//! investigations, criticism, rejections, shows of force, sanctions and
//! coercion — each with its initiator (the CAMEO source) and recipient (the
//! CAMEO target).
//!
//! The patterns are data (`data/cameo_verbs.tsv`): a head verb or noun with
//! fixed words, an optional required object ("hold talks", "impose
//! sanctions"), and where the recipient is (the object, or the object of a
//! preposition: "met with", "imposed sanctions on"). The initiator is the
//! subject (the "by" agent of a passive), or for a noun its possessor, the
//! country or name before it, or the subject of a support verb ("held
//! talks"). A reciprocal pattern with a coordinated subject ("A and B
//! met") gives one mention per direction, as CAMEO codes it.
//!
//! Appeals, promises, demands, rejections and investigations take their
//! CAMEO sub-code from what they are about (`data/cameo_topics.tsv`): the
//! infinitive ("urged Iran to release the sailors" is an appeal to release,
//! 0253), a "for"/"into" phrase ("called for talks", 026) or the object
//! ("offered humanitarian aid", 0333). The complement is then part of this
//! mention, not an event of its own: nobody released anyone.

use std::ops::Range;

use sitrep_analysis::Upos;
use sitrep_schema::EventKind;

use crate::lexicon::{InteractionEntry, Lexicon, NounClass, Slot, TriggerPos};
use crate::mentions::Mention;
use crate::syntax::Sentence;

/// One party of an interaction: its head word and noun-phrase words.
pub type Party = (usize, Range<usize>);

/// One CAMEO interaction found in a sentence.
#[derive(Debug, Clone)]
pub struct InteractionMention {
    pub sentence: usize,
    /// The head verb or noun.
    pub head: usize,
    pub trigger_words: Range<usize>,
    pub kind: EventKind,
    pub subtype: Option<String>,
    pub initiators: Vec<Party>,
    pub recipients: Vec<Party>,
    /// The complement read as the topic ("to release ..."): its own events
    /// are part of this one.
    pub complement: Option<usize>,
    /// The pattern is more than a bare word (fixed words, a required
    /// object, a required recipient): it wins over a trigger or statement
    /// at the same word.
    pub specific: bool,
    /// The recipient must be an actor or a place.
    pub actor_recipient: bool,
    /// The reverse direction of a reciprocal interaction ("A met with B"
    /// also reports B meeting A).
    pub reciprocal: bool,
}

/// Verbs whose object is a nominal interaction and whose subject is its
/// initiator: "held talks", "paid a visit", "provided aid".
const SUPPORT_VERBS: &[&str] = &[
    "hold", "have", "pay", "make", "conduct", "provide", "send", "give", "deliver", "announce", "begin", "start", "open",
    "resume", "attend", "join", "launch", "extend", "issue", "offer", "impose", "lead", "host", "organize", "organise",
    "broker", "sign", "seal", "reach", "conclude", "approve", "order", "file", "lodge", "voice", "express", "unveil",
];

/// Verbs whose object is the subject of their infinitive ("urged Iran to
/// talk"): the object is the recipient, not part of the topic.
const TOPIC_PREPS: &[&str] = &["for", "into", "on", "of", "about", "over", "to"];

/// Finds the interactions of a sentence. `mentions` are the sentence's
/// trigger mentions (violent events and protests), used to read a
/// complement that is itself an event ("vowed to retaliate").
pub fn find_interactions(s: &Sentence, mentions: &[Mention]) -> Vec<InteractionMention> {
    let mut out: Vec<InteractionMention> = Vec::new();
    for i in 0..s.words.len() {
        if out.iter().any(|m| m.trigger_words.contains(&i) && m.head != i) {
            continue;
        }
        for m in match_at(s, i, mentions, true) {
            out.push(m);
        }
    }
    // A complement read as a topic is not an interaction of its own.
    let consumed: Vec<usize> = out.iter().filter_map(|m| m.complement).collect();
    out.retain(|m| !consumed.iter().any(|&c| c == m.head || m.trigger_words.contains(&c)));
    // A nominal interaction that is the object of a verbal one ("ratified
    // an agreement with the EU", "rejected talks with the rebels") is part
    // of it: the verb's event, with the noun's partner as its recipient.
    let mut absorbed: Vec<usize> = Vec::new();
    for n in 0..out.len() {
        let h = out[n].head;
        if !s.words[h].is_noun() || s.words[h].rel() != "obj" {
            continue;
        }
        let Some(v) = s.words[h].head else { continue };
        let partners: Vec<Party> = out[n].recipients.clone();
        let lex = Lexicon::get();
        let noun_topic = out[n]
            .subtype
            .as_ref()
            .and_then(|sub| lex.topic(&format!("={}/{}", out[n].kind.as_str(), sub)))
            .or_else(|| lex.topic(&format!("={}", out[n].kind.as_str())))
            .map(str::to_string);
        let mut taken = false;
        for m in out.iter_mut().filter(|m| m.head == v && !m.reciprocal) {
            taken = true;
            if m.recipients.is_empty() || m.recipients.iter().any(|r| r.0 == h) {
                m.recipients = partners.iter().filter(|p| !m.initiators.iter().any(|q| q.0 == p.0)).cloned().collect();
            }
            // "rejected talks": a rejection of a meeting (125).
            if m.subtype.is_none() {
                if let Some(t) = noun_topic.as_ref().filter(|t| lex.has_subtype(m.kind, t)) {
                    m.subtype = Some(t.clone());
                }
            }
        }
        if taken {
            absorbed.push(n);
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !absorbed.contains(&(k - 1))
    });
    out
}

/// The interactions whose head is word `i` (several for a reciprocal
/// pattern), from the first pattern that fits.
fn match_at(s: &Sentence, i: usize, mentions: &[Mention], with_topic: bool) -> Vec<InteractionMention> {
    let lex = Lexicon::get();
    let w = &s.words[i];
    let mut entries: &[InteractionEntry] = &[];
    visit_lemma_candidates(&w.lemma, &w.lower, |key| {
        entries = lex.interactions_with_head(key);
        !entries.is_empty()
    });
    for entry in entries {
        if let Some(found) = try_entry(s, i, entry, mentions, with_topic) {
            return found;
        }
    }
    Vec::new()
}

/// The lemma, then the form and the form's likely stems, for a lemmatiser
/// miss ("endorsed" lemmatised "endors", "planned" left as is).
#[cfg(test)]
fn lemma_candidates(lemma: &str, lower: &str) -> Vec<String> {
    let mut out = Vec::new();
    visit_lemma_candidates(lemma, lower, |key| {
        out.push(key.to_string());
        false
    });
    out
}

/// Hands the candidates of [`lemma_candidates`] to `found` in that order,
/// stopping at the first for which it returns true. Every word of every
/// parsed sentence is tried as an interaction head, almost always in vain,
/// so the candidates are not collected into new strings: the lemma and
/// the form are passed as they are, and the stems through one buffer.
fn visit_lemma_candidates(lemma: &str, lower: &str, mut found: impl FnMut(&str) -> bool) {
    if found(lemma) || found(lower) {
        return;
    }
    let mut buf = String::new();
    for (suffix, add) in [("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if stem.len() >= 2 {
                buf.clear();
                buf.push_str(stem);
                buf.push_str(add);
                if found(&buf) {
                    return;
                }
                // "planned" -> "plan", "stopping" -> "stop".
                let b = stem.as_bytes();
                if add.is_empty() && b.len() >= 3 && b[b.len() - 1].is_ascii_alphabetic() && b[b.len() - 1] == b[b.len() - 2] && found(&stem[..stem.len() - 1]) {
                    return;
                }
            }
        }
    }
}

/// "rival armed groups", "armed men stormed": an "-ed" form right before a
/// common noun with no determiner of its own, which the tagger took for a
/// verb and its object, describes the noun.
fn participle_before_bare_noun(s: &Sentence, i: usize) -> bool {
    let w = &s.words[i];
    let Some(next) = s.words.get(i + 1) else { return false };
    w.lower.ends_with("ed") && next.upos == Upos::Noun && next.head == Some(i) && !s.children(i + 1).iter().any(|&k| s.words[k].rel() == "det" || s.words[k].rel() == "nmod:poss")
}

/// Nouns that count or group what follows "of": "a barrage of rockets",
/// "a volley of mortar shells", "dozens of missiles".
const COUNTING_NOUNS: &[&str] = &["barrage", "volley", "salvo", "hail", "wave", "flurry", "string", "series", "round", "dozen", "number", "swarm"];

/// "fired a barrage of rockets at": the object is the counting noun, the
/// thing fired its "of" phrase, which a required object ("fire [rocket]")
/// may be.
fn counted_thing(s: &Sentence, k: usize) -> Option<usize> {
    if !COUNTING_NOUNS.contains(&s.words[k].lemma.as_str()) {
        return None;
    }
    s.children_rel(k, "nmod").find(|&c| c > k && s.case_of(c) == Some("of"))
}

fn word_is(s: &Sentence, k: usize, lemma: &str) -> bool {
    s.words.get(k).is_some_and(|w| w.lemma == lemma || w.lower == lemma)
}

fn try_entry(s: &Sentence, i: usize, entry: &InteractionEntry, mentions: &[Mention], with_topic: bool) -> Option<Vec<InteractionMention>> {
    let w = &s.words[i];
    let mut trigger_words = i..i + 1;
    match entry.pos {
        TriggerPos::Verb => {
            if !w.is_verb() {
                return None;
            }
            // Fixed words follow the head, in order, within three words each.
            let mut at = i;
            for fixed in &entry.words[1..] {
                let next = (at + 1..(at + 4).min(s.words.len())).find(|&k| word_is(s, k, fixed))?;
                at = next;
            }
            trigger_words = i..at + 1;
        }
        TriggerPos::Noun => {
            if !w.is_noun() {
                return None;
            }
            let n = entry.words.len();
            if n > 1 {
                if i + 1 < n {
                    return None;
                }
                let start = i + 1 - n;
                if !(0..n - 1).all(|k| word_is(s, start + k, &entry.words[k])) {
                    return None;
                }
                trigger_words = start..i + 1;
            }
        }
    }
    if entry.phone && !s.words.iter().any(|x| matches!(x.lemma.as_str(), "phone" | "telephone" | "call")) {
        return None;
    }
    if entry.participle_adjective && participle_before_bare_noun(s, i) {
        return None;
    }
    let passive = entry.pos == TriggerPos::Verb && (s.child_rel(i, "nsubj:pass").is_some() || s.child_rel(i, "aux:pass").is_some());
    let direct_object = if entry.pos == TriggerPos::Noun {
        None
    } else if passive {
        s.child_rel(i, "nsubj:pass")
    } else {
        s.child_rel(i, "obj").or_else(|| s.child_rel(i, "iobj"))
    };
    // The required object: the parsed object, else a nearby noun (the
    // parser sometimes hangs "talks" elsewhere).
    let mut required = None;
    if !entry.objects.is_empty() {
        let fits = |k: usize| entry.objects.iter().any(|o| word_is(s, k, o)) || counted_thing(s, k).is_some_and(|t| entry.objects.iter().any(|o| word_is(s, t, o)));
        required = match entry.pos {
            // The object, an oblique ("engaged the patrol in a firefight"),
            // else a nearby word (the parser sometimes hangs "talks" elsewhere).
            TriggerPos::Verb => direct_object.filter(|&o| fits(o)).or_else(|| s.children_rel(i, "obl").find(|&c| fits(c))).or_else(|| {
                let from = trigger_words.end;
                (from..(from + 5).min(s.words.len()))
                    .take_while(|&k| !matches!(s.words[k].upos, Upos::Punct | Upos::Verb | Upos::Adp) || fits(k))
                    .find(|&k| fits(k))
            }),
            TriggerPos::Noun => s.children_rel(i, "nmod").find(|&c| s.case_of(c) == Some("of") && fits(c)),
        };
        required?;
        // "not" and other words may sit between; the trigger is the verb and its object.
        if let Some(o) = required {
            if o > trigger_words.end.saturating_sub(1) {
                trigger_words = trigger_words.start..o + 1;
            }
        }
    }
    let complement_clause = match entry.pos {
        // An infinitive the parser hung as an adverbial clause ("called on
        // India to release") is a complement too.
        TriggerPos::Verb => s
            .child_rel(i, "xcomp")
            .or_else(|| s.child_rel(i, "ccomp"))
            .or_else(|| s.children_rel(i, "advcl").find(|&c| c > i && s.words[c].is_verb() && s.children_rel(c, "mark").any(|m| s.words[m].lower == "to")))
            .or_else(|| direct_object.and_then(|o| that_clause_on_object(s, o))),
        TriggerPos::Noun => s.children_rel(i, "acl").find(|&c| s.children_rel(c, "mark").any(|m| s.words[m].lower == "to")),
    };
    // "agreed to meet" expresses an intent; "agreed that the talks failed"
    // does not: an intent's clause must be an infinitive or about the future.
    let complement_clause = complement_clause.filter(|&c| {
        entry.kind != EventKind::IntentToCooperate
            || s.words[c].deprel != "ccomp"
            || s.children_rel(c, "aux").any(|a| matches!(s.words[a].lower.as_str(), "will" | "would" | "shall" | "'ll" | "wo"))
    });
    if entry.needs_complement && complement_clause.is_none() {
        return None;
    }

    // Recipients.
    let mut recipients: Vec<Party> = Vec::new();
    let mut between: Vec<Party> = Vec::new();
    for slot in &entry.recipients {
        match slot {
            Slot::Object => {
                if let Some(o) = direct_object.filter(|&o| Some(o) != required || entry.recipients.len() == 1 && entry.objects.len() > 0 && is_actorish(s, o)) {
                    push_party(s, &mut recipients, o);
                }
            }
            // "alleged that France was aware": the that-clause's subject.
            Slot::Prep(p) if p == "that" => {
                if let Some(subj) = s.child_rel(i, "ccomp").and_then(|c| s.child_rel(c, "nsubj").or_else(|| s.child_rel(c, "nsubj:pass"))) {
                    push_party(s, &mut recipients, subj);
                }
            }
            Slot::Prep(p) => {
                // On the verb, on its required object, or hung by the parser
                // on its object ("extradited the drug lord to the US").
                let mut holders = vec![i];
                holders.extend(required);
                holders.extend(direct_object.filter(|&o| Some(o) != required));
                for h in holders {
                    for c in s.children(h).to_vec() {
                        if !matches!(s.words[c].rel(), "obl" | "nmod" | "iobj") || s.case_of(c) != Some(p.as_str()) {
                            continue;
                        }
                        if p == "between" {
                            push_party(s, &mut between, c);
                        } else {
                            push_party(s, &mut recipients, c);
                        }
                    }
                }
                // A particle the parser took for a particle ("called on
                // Iran" read as call-on + object): the object is the recipient.
                if recipients.is_empty() && entry.words[1..].iter().any(|x| x == p) {
                    if let Some(o) = direct_object.filter(|&o| Some(o) != required) {
                        push_party(s, &mut recipients, o);
                    }
                    // "arrived in Kabul" parsed with "in" as a particle and Kabul as obl.
                    if recipients.is_empty() {
                        if let Some(o) = s.children_rel(i, "obl").find(|&c| s.case_of(c).is_none()) {
                            push_party(s, &mut recipients, o);
                        }
                    }
                }
            }
        }
        if !recipients.is_empty() || !between.is_empty() {
            break;
        }
    }
    if entry.actor_recipient {
        recipients.retain(|(h, _)| is_actorish(s, *h));
        if recipients.is_empty() {
            return None;
        }
    }

    // Initiators.
    let mut initiators: Vec<Party> = Vec::new();
    match entry.pos {
        TriggerPos::Verb => {
            if let Some(subj) = verb_subject(s, i, passive) {
                push_party(s, &mut initiators, subj);
            }
            // A list the parser split into several subjects ("The UK, France, and Germany met").
            if !passive {
                for subj in s.children_rel(i, "nsubj").skip(1).collect::<Vec<_>>() {
                    push_party(s, &mut initiators, subj);
                }
            }
        }
        TriggerPos::Noun => noun_initiators(s, i, &trigger_words, &mut initiators),
    }
    if entry.reverse {
        std::mem::swap(&mut initiators, &mut recipients);
    }
    let mut kind = entry.kind;
    let mut subtype = entry.subtype.clone();
    // "wants Iran to release": an appeal to Iran.
    if entry.object_appeal && recipients.is_empty() {
        if let (Some(o), Some(c)) = (direct_object, complement_clause) {
            if s.words[c].deprel == "xcomp" && o < c {
                push_party(s, &mut recipients, o);
                kind = EventKind::Appeal;
                subtype = None;
            }
        }
    }
    // "talks between A and B".
    if !between.is_empty() {
        if initiators.is_empty() {
            initiators = between;
        } else {
            recipients.extend(between);
        }
    }
    initiators.retain(|p| !recipients.iter().any(|r| r.0 == p.0));
    if entry.needs_recipient && recipients.is_empty() && !(entry.mutual && initiators.len() > 1) {
        return None;
    }
    // "The attackers arrived on motorcycles in the village": the doers of
    // an attack (`nouns.tsv`: agent, detail "attack") come to strike, not
    // to visit.
    if subtype.as_deref() == Some("visit") && initiators.iter().any(|p| Lexicon::get().names_attackers(&s.words[p.0].lower)) {
        return None;
    }
    if initiators.is_empty() && recipients.is_empty() {
        return None;
    }

    // The topic.
    let mut complement = None;
    let mut topic_found = false;
    if entry.topic && with_topic {
        let candidates: Vec<usize> = complement_clause
            .into_iter()
            .chain(std::iter::once(i).chain(required).flat_map(|h| s.children(h).to_vec()).filter(|&c| {
                matches!(s.words[c].rel(), "obl" | "nmod") && s.case_of(c).is_some_and(|p| TOPIC_PREPS.contains(&p)) && !recipients.iter().any(|r| r.0 == c)
            }))
            .chain(direct_object.filter(|&o| !recipients.iter().any(|r| r.0 == o)))
            .chain(required)
            .collect();
        for c in candidates {
            if let Some((topic, inner)) = topic_of(s, c, mentions) {
                topic_found = true;
                if Some(c) == complement_clause {
                    complement = Some(c);
                }
                // "agreed to lift sanctions on Iran": the complement's recipient.
                if recipients.is_empty() {
                    recipients = inner.into_iter().filter(|p| !initiators.iter().any(|q| q.0 == p.0)).collect();
                }
                if topic == "military_action" && matches!(kind, EventKind::IntentToCooperate | EventKind::Threat) {
                    kind = EventKind::Threat;
                    subtype = None;
                } else if let Some(t) = fitting_topic(kind, &topic) {
                    subtype = Some(t);
                }
                break;
            }
        }
        if complement.is_none() {
            complement = complement_clause;
        }
    }
    if entry.needs_topic && !topic_found {
        return None;
    }
    if let Some(c) = complement_clause.filter(|_| entry.topic && with_topic) {
        // "pledged to expel the envoys": the complement's recipient, whatever its topic.
        if recipients.is_empty() {
            if let Some(inner) = match_at(s, c, mentions, false).into_iter().next() {
                recipients = inner.recipients.into_iter().filter(|p| !initiators.iter().any(|q| q.0 == p.0)).collect();
            }
        }
        // "said it would free", "announced it will hold talks": only a
        // statement about the future is an expression of intent.
        if entry.future_complement {
            let aux_future = s.children_rel(c, "aux").any(|a| matches!(s.words[a].lower.as_str(), "will" | "would" | "shall" | "'ll" | "wo"));
            if !aux_future && s.words[c].deprel != "xcomp" {
                return None;
            }
        }
        // "said it would not provide aid", "agreed not to": a refusal.
        let negated = s.children(c).iter().any(|&k| s.words[k].rel() == "advmod" && matches!(s.words[k].lower.as_str(), "not" | "n't" | "never"));
        if negated && matches!(kind, EventKind::IntentToCooperate) {
            kind = EventKind::Rejection;
            subtype = subtype.and_then(|t| fitting_topic(kind, &t));
        }
    }

    let specific = entry.words.len() > 1 || !entry.objects.is_empty() || entry.needs_recipient || entry.actor_recipient;
    let base = InteractionMention {
        sentence: s.index,
        head: i,
        trigger_words,
        kind,
        subtype,
        initiators: Vec::new(),
        recipients: Vec::new(),
        complement,
        specific,
        actor_recipient: entry.actor_recipient,
        reciprocal: false,
    };
    // "A and B met", "A and B agreed to cooperate": one mention per
    // direction. Not "A and B called for an inquiry" or "A and B rejected
    // the plan": the parties appeal or reject together, to no one of them.
    let towards_each_other = entry.mutual || (entry.topic && kind == EventKind::IntentToCooperate);
    if towards_each_other && recipients.is_empty() && initiators.len() > 1 {
        let sides: Vec<Party> = initiators.into_iter().take(4).collect();
        let mut out = Vec::new();
        for a in &sides {
            for b in &sides {
                if a.0 != b.0 {
                    let mut m = base.clone();
                    m.initiators = vec![a.clone()];
                    m.recipients = vec![b.clone()];
                    out.push(m);
                }
            }
        }
        return Some(out);
    }
    let mut m = base;
    m.initiators = initiators;
    m.recipients = recipients;
    // A meeting, talks or an agreement "with" someone is reciprocal: the
    // partner met, talked and agreed too.
    if entry.mutual && !m.initiators.is_empty() && !m.recipients.is_empty() && m.initiators.len() + m.recipients.len() <= 6 {
        let mut back = m.clone();
        std::mem::swap(&mut back.initiators, &mut back.recipients);
        back.reciprocal = true;
        return Some(vec![m, back]);
    }
    // "A received B": B visited A.
    if entry.guest_visits && !m.initiators.is_empty() && !m.recipients.is_empty() && m.initiators.len() + m.recipients.len() <= 6 {
        let mut visit = m.clone();
        std::mem::swap(&mut visit.initiators, &mut visit.recipients);
        visit.subtype = Some("visit".to_string());
        visit.reciprocal = true;
        return Some(vec![m, visit]);
    }
    Some(vec![m])
}

/// The most specific subtype of `kind` for a topic: the topic itself, else
/// the broader topic it belongs to ("military_aid" is "aid", "release" is
/// "yield").
fn fitting_topic(kind: EventKind, topic: &str) -> Option<String> {
    let lex = Lexicon::get();
    let mut t = topic;
    for _ in 0..3 {
        if lex.has_subtype(kind, t) {
            return Some(t.to_string());
        }
        t = match t {
            "economic_aid" | "military_aid" | "humanitarian_aid" | "protection" => "aid",
            "economic_cooperation" | "military_cooperation" => "material_cooperation",
            "release" | "ease_sanctions" | "ceasefire" | "international_involvement" => "yield",
            "leadership_change" | "rights" => "political_reform",
            _ => return None,
        };
    }
    None
}

/// True if word `w` is part of what complement `c` says, not of a
/// description inside it: "urged them to stop the bombings" (the bombings
/// are the appeal's topic), but not "to release the people they abducted"
/// (a past abduction, told in a relative clause).
pub fn inside_complement(s: &Sentence, w: usize, c: usize) -> bool {
    let mut cur = w;
    for _ in 0..s.words.len() {
        if cur == c {
            return true;
        }
        if matches!(s.words[cur].rel(), "acl" | "appos" | "parataxis") || s.words[cur].deprel == "acl:relcl" {
            return false;
        }
        let Some(h) = s.words[cur].head else { return false };
        cur = h;
    }
    false
}

/// The subject of a verb: its own, a relative clause's antecedent, the
/// passive agent, or the subject it shares with the verb it is coordinated
/// with or controlled by ("agreed to meet", "arrived and met").
fn verb_subject(s: &Sentence, v: usize, passive: bool) -> Option<usize> {
    if passive {
        return s.children_rel(v, "obl").find(|&c| s.case_of(c) == Some("by"));
    }
    let rel_pronoun = |c: usize| matches!(s.words[c].lower.as_str(), "who" | "which" | "that");
    let own = s.child_rel(v, "nsubj").or_else(|| s.child_rel(v, "csubj")).filter(|&x| !is_time(s, x));
    match own {
        Some(x) if rel_pronoun(x) => return s.words[v].head,
        Some(x) => return Some(x),
        None => {}
    }
    // "the envoy who visited": the antecedent; not an infinitive the parser
    // hung on a noun ("on Tuesday to demand"), nor a time.
    if s.words[v].deprel == "acl:relcl" {
        let infinitive = s.children_rel(v, "mark").any(|m| s.words[m].lower == "to");
        return s.words[v].head.filter(|&h| !infinitive && !is_time(s, h));
    }
    // "Militants fired rockets at ..." misread as a noun phrase with a
    // participle: the root noun is the subject.
    if s.words[v].deprel == "acl" && s.child_rel(v, "obj").is_some() {
        if let Some(h) = s.words[v].head.filter(|&h| s.words[h].head.is_none()) {
            return Some(h);
        }
    }
    // "jailed a student for helping militants": the act a party is
    // punished or held for is that party's, not the punisher's.
    if let Some(suspect) = crate::modality::suspect_of(s, v) {
        return Some(suspect);
    }
    // The parser often hangs that act on the punished party itself ("jailed
    // an engineer for helping smugglers", "for" clause as the noun's
    // modifier): that party is still the one who acted.
    if s.words[v].deprel == "acl" && s.children_rel(v, "mark").any(|m| s.words[m].lower == "for") {
        if let Some(h) = s.words[v].head.filter(|&h| is_actorish(s, h)) {
            return Some(h);
        }
    }
    // "Riot police used water cannon to disperse the crowd", "deployed
    // troops to break up the march": an infinitive of purpose the parser
    // hung on the means is done by whoever used them.
    if s.words[v].deprel == "acl" && s.children_rel(v, "mark").any(|m| s.words[m].lower == "to") {
        let means_of = s.words[v].head.filter(|&h| s.words[h].rel() == "obj").and_then(|h| s.words[h].head);
        if let Some(user) = means_of.filter(|&u| MEANS_VERBS.contains(&s.words[u].lemma.as_str())).and_then(|u| s.child_rel(u, "nsubj")) {
            return Some(user);
        }
    }
    let mut cur = v;
    for _ in 0..3 {
        let rel = s.words[cur].deprel.clone();
        let h = s.words[cur].head?;
        if !matches!(rel.as_str(), "xcomp" | "conj" | "advcl") {
            return None;
        }
        // "urged Iran to talk": the object of an object-control verb.
        if rel == "xcomp" {
            if let Some(o) = s.child_rel(h, "obj").or_else(|| s.child_rel(h, "iobj")) {
                return Some(o);
            }
        }
        // "is expected to attend": the passive subject of the governor.
        if let Some(subj) = s.child_rel(h, "nsubj").or_else(|| if rel == "xcomp" { s.child_rel(h, "nsubj:pass") } else { None }) {
            return Some(subj);
        }
        cur = h;
    }
    None
}

/// Verbs of putting means to use, whose object an infinitive of purpose
/// may hang on.
const MEANS_VERBS: &[&str] = &["use", "deploy", "send", "fire", "employ", "mobilise", "mobilize", "dispatch"];

/// The initiator of a nominal interaction: "China's aid", "U.S. sanctions",
/// "a visit by the president", "the president held talks".
fn noun_initiators(s: &Sentence, n: usize, trigger: &Range<usize>, out: &mut Vec<Party>) {
    for c in s.children(n).to_vec() {
        let w = &s.words[c];
        match w.deprel.as_str() {
            "nmod:poss" => push_party(s, out, c),
            // "U.S. sanctions", "Chinese aid": a name or a demonym (the registry
            // decides later; an adjective it does not know names nobody).
            "compound" | "amod" if c < trigger.start && matches!(w.upos, Upos::Propn | Upos::Adj) => push_party(s, out, c),
            "nmod" if s.case_of(c) == Some("by") => push_party(s, out, c),
            _ => {}
        }
    }
    if !out.is_empty() {
        return;
    }
    if let Some(h) = s.words[n].head {
        let support = s.words[n].rel() == "obj" && SUPPORT_VERBS.contains(&s.words[h].lemma.as_str());
        // "held talks during a visit to Beirut": the visitor is who held talks.
        let circumstance = s.words[n].rel() == "obl" && s.words[h].is_verb() && s.case_of(n).is_some_and(|c| matches!(c, "during" | "on" | "after" | "before" | "at" | "in"));
        if support || circumstance {
            let passive = s.child_rel(h, "aux:pass").is_some();
            if let Some(subj) = verb_subject(s, h, passive) {
                push_party(s, out, subj);
            }
        }
    }
}

/// Adds a party and the parties coordinated with it ("Iran and Iraq",
/// "Germany, France and Italy", however the parser chained them).
fn push_party(s: &Sentence, out: &mut Vec<Party>, head: usize) {
    let mut heads = vec![head];
    let mut k = 0;
    while k < heads.len() && heads.len() < 8 {
        let more: Vec<usize> = s.children_rel(heads[k], "conj").filter(|c| !heads.contains(c)).collect();
        heads.extend(more);
        k += 1;
    }
    for h in heads {
        // "hundreds of Egyptian workers": the people, not the number.
        let h = if QUANTITIES.contains(&s.words[h].lower.as_str()) || s.words[h].upos == Upos::Num {
            s.children_rel(h, "nmod").find(|&c| s.case_of(c) == Some("of")).unwrap_or(h)
        } else {
            h
        };
        let w = &s.words[h];
        if out.iter().any(|p| p.0 == h) || matches!(w.upos, Upos::Punct | Upos::Verb | Upos::Aux | Upos::Adp | Upos::Cconj | Upos::Sconj | Upos::Num) {
            continue;
        }
        if w.upos == Upos::Pron && !matches!(w.lower.as_str(), "he" | "she" | "they" | "it" | "him" | "her" | "them" | "we" | "us") {
            continue;
        }
        out.push((h, with_affiliation(s, h)));
    }
}

/// The noun phrase of a party, with the body it belongs to when the head is
/// a person or agent noun: "ministers from the Georgian government", "the
/// mayor of Nablus", "exiled leaders of the Brotherhood".
fn with_affiliation(s: &Sentence, h: usize) -> Range<usize> {
    let np = s.noun_phrase(h);
    let lex = Lexicon::get();
    let w = &s.words[h];
    let agentive = ACTOR_NOUNS.contains(&w.lemma.as_str())
        || PLACE_NOUNS.contains(&w.lemma.as_str())
        || matches!(lex.noun(&w.lemma).map(|e| e.class), Some(NounClass::Person | NounClass::Agent | NounClass::Force));
    if !agentive {
        return np;
    }
    let Some(of) = s.children_rel(h, "nmod").find(|&c| matches!(s.case_of(c), Some("of" | "from" | "for" | "in"))) else { return np };
    let sub = s.subtree(of);
    if sub.start >= np.end && sub.start - np.end <= 1 && sub.end - np.start <= 14 {
        np.start..sub.end
    } else {
        np
    }
}

/// Words of time, which a misparse can make an argument.
fn is_time(s: &Sentence, h: usize) -> bool {
    matches!(
        s.words[h].lower.as_str(),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "today" | "yesterday" | "tomorrow"
            | "week" | "month" | "year" | "day" | "night" | "morning" | "evening" | "weekend"
    )
}

/// Could this word name an actor or a place: a person or group noun, a
/// name, a pronoun or a word the registry may know ("Iranian")?
fn is_actorish(s: &Sentence, h: usize) -> bool {
    let w = &s.words[h];
    // The dead are received, returned and handed over, but they are no party.
    if matches!(w.lemma.as_str(), "body" | "bodies" | "corpse" | "remains") || is_time(s, h) {
        return false;
    }
    if matches!(w.upos, Upos::Propn | Upos::Pron) {
        return true;
    }
    let np = s.noun_phrase(h);
    if s.words[np].iter().any(|x| x.upos == Upos::Propn) {
        return true;
    }
    let lex = Lexicon::get();
    matches!(lex.noun(&w.lemma).map(|e| e.class), Some(NounClass::Person | NounClass::Agent | NounClass::Force))
        || ACTOR_NOUNS.contains(&w.lemma.as_str())
        // "fishermen", "servicemen", "businesswomen".
        || ["man", "men", "woman", "women"].iter().any(|x| w.lower.ends_with(x))
}

/// Quantities that stand before the party they count.
const QUANTITIES: &[&str] = &["hundreds", "dozens", "thousands", "scores", "some", "many", "several", "most", "all", "both", "millions", "group", "number"];

/// Nouns that name a place by an "of" phrase: "the city of Aden".
pub(crate) const PLACE_NOUNS: &[&str] = &["city", "town", "village", "province", "region", "capital", "district", "state", "port", "island", "area", "territory"];

/// Common nouns that name parties of diplomacy: counted as actors for
/// patterns that need one ("welcomed the delegation").
pub const ACTOR_NOUNS: &[&str] = &[
    "president", "minister", "leader", "delegation", "envoy", "ambassador", "diplomat", "official", "government",
    "counterpart", "premier", "king", "queen", "prince", "chancellor", "secretary", "chief", "head", "country", "nation",
    "state", "ally", "neighbor", "neighbour", "administration", "ministry", "parliament", "party", "group", "rebel",
    "militant", "opposition", "prisoner", "detainee", "hostage", "captive", "activist", "journalist", "people", "soldier",
    "refugee", "migrant", "protester", "demonstrator", "dissident", "student", "worker", "union", "company", "regime",
    "authority", "team", "mission", "force", "troop", "army", "police", "commander", "general", "pope", "emperor",
    "sultan", "emir", "sheikh", "crown", "monarch", "mayor", "governor", "senator", "lawmaker", "legislator", "court",
    "tribunal", "judge", "prosecutor", "council", "committee", "commission", "agency", "organization", "organisation",
    "institution", "embassy", "consulate", "delegate", "representative", "spokesman", "spokeswoman", "spokesperson",
    "citizen", "national", "fisherman", "sailor", "crew", "tourist", "missionary", "worker", "volunteer", "official",
    "diplomat", "minister", "member", "leader", "pilot", "businessman", "resident", "civilian", "child", "woman", "man",
];

/// The topic of a complement word: the interaction or event it heads, or
/// its lemma phrase in `cameo_topics.tsv`.
fn topic_of(s: &Sentence, c: usize, mentions: &[Mention]) -> Option<(String, Vec<Party>)> {
    let lex = Lexicon::get();
    let w = &s.words[c];
    if w.is_verb() || w.is_noun() {
        if let Some(m) = match_at(s, c, mentions, false).into_iter().next() {
            let by_subtype = m.subtype.as_ref().and_then(|sub| lex.topic(&format!("={}/{}", m.kind.as_str(), sub)));
            if let Some(t) = by_subtype.or_else(|| lex.topic(&format!("={}", m.kind.as_str()))) {
                return Some((t.to_string(), m.recipients));
            }
        }
    }
    if let Some(m) = mentions.iter().find(|m| m.head == c || m.trigger_words.contains(&c)) {
        if let Some(t) = lex.topic(&format!("={}", m.kind.as_str())) {
            let mut inner = Vec::new();
            for a in m.args.iter().filter(|a| matches!(a.role, sitrep_schema::Role::Target | sitrep_schema::Role::Victim)) {
                push_party(s, &mut inner, a.head);
            }
            return Some((t.to_string(), inner));
        }
    }
    if answers_words_not_force(s, c) {
        return None;
    }
    // The noun phrase's lemmas, longest suffix ending at the head first.
    let np = if w.is_noun() { s.noun_phrase(c) } else { c..c + 1 };
    for from in np.start..=c {
        if let Some(t) = lex.topic(&s.lemma_phrase(from..c + 1)) {
            return Some((t.to_string(), Vec::new()));
        }
    }
    if let Some(t) = lex.topic(&w.lower) {
        return Some((t.to_string(), Vec::new()));
    }
    None
}

/// "warned the militants that the state would retaliate": the parser
/// hangs the that-clause on the object as a relative clause, though
/// "that" is its marker and it has a subject of its own; it is the verb's
/// complement.
fn that_clause_on_object(s: &Sentence, o: usize) -> Option<usize> {
    s.children(o).iter().copied().find(|&c| {
        c > o
            && matches!(s.words[c].deprel.as_str(), "acl:relcl" | "acl")
            && s.words[c].is_verb()
            && s.children_rel(c, "mark").any(|m| s.words[m].lower == "that")
            && s.child_rel(c, "nsubj").is_some_and(|n| n > o)
    })
}

/// "would respond to the proposal", "will respond to the letter": a
/// response to something said or offered, no reprisal. "Respond" is a
/// threat's military action ("warned it would respond", "would respond
/// to the attack") only when what it answers, if anything, is an event.
fn answers_words_not_force(s: &Sentence, c: usize) -> bool {
    s.words[c].lemma == "respond"
        && s.children(c).iter().any(|&k| s.words[k].rel() == "obl" && s.case_of(k) == Some("to") && !crate::mentions::is_event_word(s, k))
}

/// The accusation sub-code's topic: "accused X of war crimes" (1124).
pub fn accusation_topic(s: &Sentence, v: usize) -> Option<String> {
    let holders: Vec<usize> = std::iter::once(v).chain(s.child_rel(v, "obj")).collect();
    for h in holders {
        for c in s.children(h).to_vec() {
            if matches!(s.words[c].rel(), "obl" | "nmod" | "advcl") && matches!(s.case_of(c).or_else(|| s.child_rel(c, "mark").map(|m| s.words[m].lemma.as_str())), Some("of" | "for" | "over")) {
                if let Some((t, _)) = topic_of(s, c, &[]) {
                    return Some(t);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{lemma_candidates, visit_lemma_candidates};

    #[test]
    fn lemma_candidates_come_in_order_and_the_visit_stops_at_the_first_found() {
        assert_eq!(lemma_candidates("stopping", "stopping"), ["stopping", "stopping", "stopp", "stop", "stoppe"]);
        assert_eq!(lemma_candidates("pledg", "pledged"), ["pledg", "pledged", "pledg", "pledge", "pledge"]);
        assert_eq!(lemma_candidates("rally", "rallies"), ["rally", "rallies", "rally", "ralli", "rallie"]);
        let mut seen = Vec::new();
        visit_lemma_candidates("stopping", "stopping", |k| {
            seen.push(k.to_string());
            k == "stop"
        });
        assert_eq!(seen, ["stopping", "stopping", "stopp", "stop"]);
        let mut seen = Vec::new();
        visit_lemma_candidates("condemn", "condemned", |k| {
            seen.push(k.to_string());
            k == "condemn"
        });
        assert_eq!(seen, ["condemn"]);
    }

    #[test]
    fn lemma_candidates_cover_inflections_and_never_split_a_character() {
        assert!(lemma_candidates("endors", "endorsed").contains(&"endorse".to_string()));
        assert!(lemma_candidates("planned", "planned").contains(&"plan".to_string()));
        // A repeated multi-byte character at the end must not be cut in two.
        for form in ["ꀀꀀed", "éed", "ßß"] {
            let c = lemma_candidates(form, form);
            assert_eq!(c[0], form);
            assert!(c.iter().all(|x| !x.is_empty()));
        }
    }
}
