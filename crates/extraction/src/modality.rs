//! Modality: whether a mention asserts that the event happened.
//!
//! Read off the trigger's own dependents and the clauses above it:
//! negation ("did not attack", "no attack", "denied that guerrillas
//! attacked"), future ("will attack", "threatened to attack", "plans to"),
//! hypothetical ("may have", "could", "if", "feared that"). Historical
//! background is decided from the event's date, once it is known (see
//! [`is_historical`]). Generic and habitual references ("militias who
//! attack military posts", "stop bombing civilian areas", "assassinations
//! of judges") are told apart from reports of particular events by
//! [`is_generic`].

use chrono::NaiveDate;
use sitrep_schema::Modality;

use crate::syntax::Sentence;
use sitrep_analysis::Upos;

/// Verbs whose complement did not happen according to the speaker.
const DENY: &[&str] = &["deny", "refute", "reject", "dismiss", "rule"];
/// Verbs whose complement is in the future, and adjectives of resolve or
/// readiness whose infinitive is still to be done ("was determined to
/// mend ties", "is ready to hold talks").
const FUTURE_GOVERNORS: &[&str] = &[
    "threaten", "plan", "vow", "promise", "intend", "prepare", "warn", "pledge", "aim", "decide", "agree", "expect", "want", "seek", "hope",
    "determined", "determine", "resolved", "ready", "willing", "eager", "keen",
];
/// Nouns whose infinitive has not happened: "a threat to boycott".
/// ("an attempt to kill" is not here: the attempt happened.)
const INTENTION_NOUNS: &[&str] = &[
    "threat", "plan", "promise", "pledge", "vow", "offer", "proposal", "call", "demand", "intention", "readiness",
    "willingness", "pressure", "request", "appeal", "ultimatum", "warning", "commitment", "plot", "conspiracy", "mission",
];
/// Verbs whose object is an event still to come ("preparing an attack",
/// "plotting an assassination").
const OBJECT_FUTURE: &[&str] = &["prepare", "plan", "plot", "threaten", "schedule"];
/// Verbs whose object is an event that may come ("considering a strike").
const OBJECT_HYPOTHETICAL: &[&str] = &["consider", "contemplate", "fear", "envisage"];
/// Verbs whose object did not happen ("foiled an attack", "refrained from
/// attacks").
const OBJECT_PREVENTED: &[&str] = &["foil", "thwart", "prevent", "avert", "frustrate", "avoid", "refrain", "abstain", "desist"];
/// Verbs whose object was only made to look as if it happened ("the troops
/// faked a clash to cover the murders", "simulated an ambush"), and the
/// adjectives that say so of an event noun ("a staged clash", "a mock
/// attack"): no such event took place.
const OBJECT_FEIGNED: &[&str] = &["fake", "feign", "simulate", "fabricate"];
const FEIGNED_MODIFIERS: &[&str] = &["fake", "faked", "simulated", "mock", "sham", "staged", "feigned", "fabricated"];
/// Nouns whose "of"/"for" complement is an event that may come: "the
/// possibility of an attack", "the risk of new bombings".
const PROSPECT_NOUNS_HYPOTHETICAL: &[&str] = &["possibility", "risk", "danger", "prospect", "fear", "likelihood", "chance", "warning", "rumor", "rumour"];
/// Nouns whose "of"/"for" complement is an event still to come: "the threat
/// of attacks", "preparations for an offensive".
const PROSPECT_NOUNS_FUTURE: &[&str] = &["threat", "plan", "plot", "preparation", "planning", "conspiracy"];
/// Nouns for an account of events ("the report that ..."), and the
/// predicates that call such an account false ("... is unfounded").
const ACCOUNT_NOUNS: &[&str] = &["report", "claim", "rumor", "rumour", "version", "information", "allegation", "story", "accusation"];
const FALSITY_PREDICATES: &[&str] = &["unfounded", "false", "untrue", "baseless", "groundless", "incorrect", "inaccurate", "wrong", "fabrication", "lie", "fabricate", "fabricated"];

/// Does this lemma call an account false ("baseless", "fabricated")?
pub(crate) fn is_falsity_word(lemma: &str) -> bool {
    FALSITY_PREDICATES.contains(&lemma)
}

/// Is this lemma a noun for an account of events ("allegation", "report")?
pub(crate) fn is_account_noun(lemma: &str) -> bool {
    ACCOUNT_NOUNS.contains(&lemma) || lemma == "charge"
}
/// Verbs whose complement may not have happened.
const HYPOTHETICAL_GOVERNORS: &[&str] = &["fear", "suspect", "speculate", "rumor", "rumour", "allege", "doubt", "wonder", "consider", "try_not"];
const MODALS: &[&str] = &["may", "might", "could", "would", "should", "must", "can"];
/// Predicates of "it is ... to do": "it is necessary to strike back".
const NECESSITY_PREDICATES: &[&str] = &["necessary", "essential", "vital", "imperative", "important", "urgent", "crucial", "time", "possible", "impossible", "easy", "difficult", "hard"];

/// The modality of the mention whose trigger head is word `head`.
pub fn modality_of(s: &Sentence, head: usize) -> Modality {
    if attributed_deed(s, head) {
        return Modality::Asserted;
    }
    let own = own_modality(s, head);
    if own == Modality::Negated && device_failed_to_go_off(s, head) {
        return Modality::Asserted;
    }
    if own != Modality::Asserted || denied_part_in(s, head) {
        return own;
    }
    // Walk up through complement clauses: "denied that guerrillas attacked",
    // "threatened to attack", "feared the rebels would attack".
    let mut cur = head;
    // Set once the walk has left an infinitive for the verb (or the noun)
    // it depends on: what that verb's own negation or modal says holds for
    // the infinitive too ("would not give permission to the rebels to
    // attack", "did not send troops to attack"), where a finite clause
    // below a negated verb keeps its own modality.
    let mut under_infinitive = false;
    for _ in 0..4 {
        let rel = s.words[cur].rel().to_string();
        let Some(h) = s.words[cur].head else { break };
        if let Some(m) = prospect_of(s, cur, h) {
            return m;
        }
        if !matches!(rel.as_str(), "ccomp" | "xcomp" | "conj" | "advcl" | "obj" | "acl" | "csubj") {
            break;
        }
        // Only the trigger's own verb, or the verb whose object it is
        // ("step up sabotage"): a relative clause's noun hung on a listed
        // verb keeps its own report.
        let own_verb = cur == head || (s.words[head].head == Some(cur) && s.words[head].rel() == "obj");
        if let Some(x) = own_verb.then(|| infinitive_listed_before(s, cur, h)).flatten() {
            cur = x;
            continue;
        }
        let governor = &s.words[h];
        // "the parties rejected the murder of X": an event noun that is
        // itself the object of "reject" is condemned, not denied (the
        // sense of "repudiate"); a rejected claim or report ("rejected
        // that the army had ordered it") stays a denial.
        let condemned_deed = rel == "obj" && cur == head && governor.lemma == "reject";
        if matches!(rel.as_str(), "ccomp" | "obj") && DENY.contains(&governor.lemma.as_str()) && !condemned_deed {
            return if own_negated(s, h) { Modality::Asserted } else { Modality::Negated };
        }
        if matches!(rel.as_str(), "xcomp" | "ccomp") && FUTURE_GOVERNORS.contains(&governor.lemma.as_str()) {
            return Modality::Future;
        }
        // "the report that the ambassador's daughter was wounded is
        // absolutely unfounded": an account called false is a denial.
        if rel == "acl" && account_called_false(s, cur, h) {
            return Modality::Negated;
        }
        // "a threat to boycott", "its plan to withdraw", "calls to release",
        // "the mission of killing": a clause complementing a noun of
        // intention, by "to" or by "of" with an -ing form.
        let noun_complement = rel == "acl" && s.children_rel(cur, "mark").any(|m| matches!(s.words[m].lower.as_str(), "to" | "of"));
        if noun_complement && INTENTION_NOUNS.contains(&governor.lemma.as_str()) {
            return Modality::Future;
        }
        // "the danger of being shot", "the risk of his being kidnapped": the
        // clause form of "the possibility of an attack" (see [`prospect_of`]).
        if noun_complement && PROSPECT_NOUNS_HYPOTHETICAL.contains(&governor.lemma.as_str()) {
            return Modality::Hypothetical;
        }
        if matches!(rel.as_str(), "ccomp") && HYPOTHETICAL_GOVERNORS.contains(&governor.lemma.as_str()) {
            return Modality::Hypothetical;
        }
        if rel == "advcl" && s.children_rel(cur, "mark").any(|m| matches!(s.words[m].lower.as_str(), "if" | "unless")) {
            return Modality::Hypothetical;
        }
        // "it is necessary to launch an assault on ...": what someone says
        // should be done has not been.
        // The parser hangs the infinitive as a subject, or as an adverbial
        // or complement clause of the predicate.
        let infinitive = matches!(rel.as_str(), "csubj" | "advcl" | "xcomp") && s.children_rel(cur, "mark").any(|m| s.words[m].lower == "to");
        let predicate = rel == "csubj" || s.child_rel(h, "cop").is_some();
        if infinitive && predicate && NECESSITY_PREDICATES.contains(&governor.lemma.as_str()) {
            return Modality::Hypothetical;
        }
        let up = own_modality(s, h);
        // A verb coordinated with one that has a future or modal auxiliary
        // shares it when it has neither subject nor auxiliary of its own:
        // "will capture, torture and kill", "could attack and burn".
        // Negation is not shared ("did not surrender but fled").
        // Only the trigger's own coordination counts, as for infinitives.
        if rel == "conj" && cur == head {
            let first = first_conjunct(s, cur);
            let shared = own_modality(s, first);
            if shares_auxiliaries(s, cur, first) && matches!(shared, Modality::Future | Modality::Hypothetical) {
                return shared;
            }
            // ... but "or" under a negation is "neither ... nor": "did not
            // confirm or deny carrying out the strike".
            let or = s.children_rel(cur, "cc").any(|c| matches!(s.words[c].lower.as_str(), "or" | "nor"));
            if or && own_negated(s, first) && shares_auxiliaries(s, cur, first) {
                return Modality::Negated;
            }
        }
        // Negation and modals of a governing verb carry down only through
        // infinitives ("did not say that" does not negate the attack).
        // Only the trigger's own infinitive counts: "to protest the
        // assassination" does not make the assassination unreal.
        let purpose = matches!(rel.as_str(), "advcl" | "acl")
            && (cur == head || under_infinitive)
            && s.children_rel(cur, "mark").any(|m| s.words[m].lower == "to")
            && s.child_rel(cur, "nsubj").is_none();
        under_infinitive = purpose || (under_infinitive && rel == "obj");
        if (rel == "xcomp" || under_infinitive) && up != Modality::Asserted {
            return up;
        }
        cur = h;
    }
    // A parse that lost the clause structure still shows "denied that ...":
    // a denial verb above the trigger with a complementiser between them,
    // and no "role"/"involvement" noun (a denial of a role is not a denial
    // of the event).
    for a in s.ancestors(head) {
        if DENY.contains(&s.words[a].lemma.as_str()) && a < head {
            let between = &s.words[a + 1..head];
            let has_that = between.iter().any(|w| matches!(w.lower.as_str(), "that" | "whether"));
            let about_role = between.iter().any(|w| matches!(w.lemma.as_str(), "role" | "involvement" | "responsibility" | "participation" | "part" | "link"));
            // "denied that ... and said 45 officers were injured": a verb
            // of saying of its own between them reports the event anew.
            let said_anew = s.ancestors(head).any(|b| a < b && b < head && s.words[b].is_verb() && matches!(s.words[b].lemma.as_str(), "say" | "report" | "state" | "announce" | "add" | "tell"));
            if has_that && !about_role && !said_anew && !own_negated(s, a) {
                return Modality::Negated;
            }
        }
    }
    Modality::Asserted
}

/// "The rebels plan to burn vehicles, destroy stores, and step up
/// sabotage": the parser may hang the later items of a list of infinitives
/// on the verb that governs the first ("plan") rather than on that first
/// infinitive ("burn"). A bare verb in its base form, with no subject or
/// auxiliary of its own, coordinated with a verb that has an infinitive
/// with "to" before it, is a further item of that infinitive: the
/// infinitive it continues (whose clause the modality walk goes on with),
/// if any.
fn infinitive_listed_before(s: &Sentence, conjunct: usize, governor: usize) -> Option<usize> {
    let w = &s.words[conjunct];
    if w.rel() != "conj" || !w.is_verb() || w.lower != w.lemma || !has_no_subject_or_auxiliary(s, conjunct) || s.child_rel(conjunct, "mark").is_some() {
        return None;
    }
    // A list item follows a comma or the conjunction; a present-tense verb
    // whose subject the parser lost ("willing to hold talks, the president
    // and his minister refuse") follows its subject's words.
    if conjunct == 0 || !matches!(s.words[conjunct - 1].lower.as_str(), "," | "and" | "or") {
        return None;
    }
    s.children_rel(governor, "xcomp")
        .filter(|&x| x < conjunct && s.words[x].is_verb() && s.children_rel(x, "mark").any(|m| s.words[m].lower == "to"))
        .last()
}

/// The first verb of the coordination that `i` is a later conjunct of
/// ("kill" of "will raid, burn and kill" hangs from "burn" in some
/// parses, which hangs from "raid"): every conjunct on the way must
/// itself take its auxiliaries from the first.
fn first_conjunct(s: &Sentence, i: usize) -> usize {
    let mut cur = i;
    for _ in 0..8 {
        match s.words[cur].head {
            Some(h) if s.words[cur].rel() == "conj" && (cur == i || has_no_subject_or_auxiliary(s, cur)) => cur = h,
            _ => break,
        }
    }
    cur
}

/// Has the verb at `i` neither subject nor auxiliary of its own?
fn has_no_subject_or_auxiliary(s: &Sentence, i: usize) -> bool {
    !s.children(i).iter().any(|&c| ["aux", "nsubj", "csubj"].iter().any(|r| s.words[c].deprel.starts_with(r)))
}

/// Is `conjunct`, a verb coordinated with the verb `first`, one that takes
/// its auxiliaries from `first`: no subject and no auxiliary of its own
/// (a passive "were killed" has its own tense), and `first` has an
/// auxiliary?
fn shares_auxiliaries(s: &Sentence, conjunct: usize, first: usize) -> bool {
    s.words[conjunct].is_verb() && s.words[first].is_verb() && s.children_rel(first, "aux").next().is_some() && has_no_subject_or_auxiliary(s, conjunct)
}

/// Whether `clause` is the "that" clause of an account noun `noun` ("the
/// report that ...") whose predicate calls it false ("is unfounded", "was
/// a fabrication"), the predicate not itself negated.
fn account_called_false(s: &Sentence, clause: usize, noun: usize) -> bool {
    let Some(predicate) = s.words[noun].head else { return false };
    // The parser may read "that" as a relative pronoun ("the report that
    // guerrillas kidnapped the mayor"); with the clause's own subject and
    // object beside it, it can only be the complementiser.
    let complementiser = s.children(clause).iter().any(|&t| {
        let own = |rel: &str| s.children(clause).iter().any(|&k| k != t && s.words[k].rel() == rel);
        s.words[t].lower == "that" && (s.words[t].rel() == "mark" || s.words[t].rel() == "obj" && own("obj") && own("nsubj"))
    });
    // "... turned out to be false", "... proved unfounded".
    let false_at = |k: usize| FALSITY_PREDICATES.contains(&s.words[k].lemma.as_str()) && !own_negated(s, k);
    let turned_out_false = matches!(s.words[predicate].lemma.as_str(), "turn" | "prove") && s.children_rel(predicate, "xcomp").any(false_at);
    ACCOUNT_NOUNS.contains(&s.words[noun].lemma.as_str())
        && complementiser
        && s.words[noun].rel() == "nsubj"
        && (false_at(predicate) || turned_out_false && !own_negated(s, predicate))
}

/// The modality an event noun at `noun` takes from the word `governor` it
/// hangs from, when that word makes it unrealised: the object of
/// "prepare", "foil", "refrain from"; the "of" complement of
/// "possibility", "threat". Only nouns: a verb's own clause says what it
/// asserts ("police foiled the plot and arrested two men" keeps the arrest).
fn prospect_of(s: &Sentence, noun: usize, governor: usize) -> Option<Modality> {
    let w = &s.words[noun];
    if !w.is_noun() {
        return None;
    }
    let g = &s.words[governor];
    let lemma = g.lemma.as_str();
    match w.rel() {
        "obj" | "obl" if g.is_verb() => {
            // "refrain from attacks" and "foiled an attack", never a verb's
            // other obliques ("prepared the ground for talks" is no event).
            if let Some(m) = prospective_deed(s, noun, governor) {
                return Some(m);
            }
            // "called for fresh demonstrations on Thursday": what is called
            // for has not happened.
            let called_for = w.rel() == "obl" && matches!(lemma, "call" | "appeal" | "press" | "push") && s.children_rel(noun, "case").any(|c| s.words[c].lower == "for");
            if called_for && !own_negated(s, governor) {
                return Some(Modality::Future);
            }
            let direct = w.rel() == "obj" || s.children_rel(noun, "case").any(|c| s.words[c].lower == "from");
            if !direct || own_negated(s, governor) {
                return None;
            }
            if OBJECT_PREVENTED.contains(&lemma) || w.rel() == "obj" && OBJECT_FEIGNED.contains(&lemma) {
                Some(Modality::Negated)
            } else if w.rel() == "obj" && OBJECT_FUTURE.contains(&lemma) && !definite(s, noun) {
                // "the cartel planned the attack since September" tells who
                // prepared an attack the report is about, which happened.
                Some(Modality::Future)
            } else if w.rel() == "obj" && OBJECT_HYPOTHETICAL.contains(&lemma) {
                Some(Modality::Hypothetical)
            } else {
                None
            }
        }
        "nmod" if g.is_noun() && s.children_rel(noun, "case").any(|c| matches!(s.words[c].lower.as_str(), "of" | "for")) => {
            if PROSPECT_NOUNS_HYPOTHETICAL.contains(&lemma) {
                Some(Modality::Hypothetical)
            } else if PROSPECT_NOUNS_FUTURE.contains(&lemma) {
                Some(Modality::Future)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Verbs that do an act named by their object, or go on with it: the
/// support verbs of event nouns ("carry out attacks", "launch an
/// offensive") and verbs of keeping on ("continue the attacks", "continue
/// with our attacks", "step up its attacks", "resume the bombings").
const DOING_VERBS: &[&str] = &["continue", "resume", "intensify", "step", "escalate", "increase", "wage", "renew", "repeat"];

/// The modality an event noun takes from a verb that would do it: "the
/// rebels will carry out new attacks", "we will continue with our
/// battalion's attacks", "could launch attacks against the garrisons".
/// The verb's future or modal auxiliary puts the act itself ahead, as for
/// a verb trigger ("will attack"), so no act is reported. A modal with a
/// perfect ("may have carried out the attack") hedges who did an act that
/// happened, and a negated verb ("did not carry out the attack") denies a
/// part in it (see [`denied_part_in`]): both leave the event asserted.
fn prospective_deed(s: &Sentence, noun: usize, verb: usize) -> Option<Modality> {
    let lemma = s.words[verb].lemma.as_str();
    if !(crate::mentions::SUPPORT_VERBS.contains(&lemma) || DOING_VERBS.contains(&lemma)) {
        return None;
    }
    // An oblique only for going on with an act ("continue with the
    // attacks"), not "carried out the raid with rifles".
    let with = s.children_rel(noun, "case").any(|c| s.words[c].lower == "with");
    if s.words[noun].rel() != "obj" && !(with && DOING_VERBS.contains(&lemma)) {
        return None;
    }
    let perfect = s.children_rel(verb, "aux").any(|a| s.words[a].lemma == "have");
    match own_modality(s, verb) {
        Modality::Future => Some(Modality::Future),
        Modality::Hypothetical if !perfect => Some(Modality::Hypothetical),
        _ => None,
    }
}

/// Does the noun at `i` refer back to a particular event ("the attack",
/// "this bombing", "their raid")?
fn definite(s: &Sentence, i: usize) -> bool {
    s.has_definite_determiner(i) || s.child_rel(i, "nmod:poss").is_some()
}

/// "denied that it carried out the attack", "rejected that the army had
/// ordered the massacre", "did not carry out the attack": an event noun
/// that is the object of a verb of doing (carry out, order, stage) in a
/// denied clause, or of that verb negated. What is denied is a
/// part in the event, which the denial takes as given: the event stays
/// asserted, and its would-be author is a denier, not a perpetrator.
pub fn denied_part_in(s: &Sentence, noun: usize) -> bool {
    let w = &s.words[noun];
    if !w.is_noun() || w.rel() != "obj" {
        return false;
    }
    let Some(verb) = w.head else { return false };
    if !crate::mentions::SUPPORT_VERBS.contains(&s.words[verb].lemma.as_str()) || s.child_rel(verb, "nsubj").is_none() {
        return false;
    }
    // "The front did not carry out the attack": the verb's own negation.
    if own_negated(s, verb) {
        return true;
    }
    let Some(governor) = s.words[verb].head.filter(|_| matches!(s.words[verb].rel(), "ccomp" | "xcomp")) else { return false };
    DENY.contains(&s.words[governor].lemma.as_str()) && !own_negated(s, governor)
}

/// Is the event noun at `head` the deed of a "behind" phrase ("police
/// said bandits may have been behind the kidnapping", "officials suspect
/// the militia was behind the blast", "denied it was behind the attack")?
/// The hedge, the suspicion or the denial is about who did it: the deed
/// itself is taken as known, and is the same event the report tells of.
fn attributed_deed(s: &Sentence, head: usize) -> bool {
    s.words[head].is_noun() && s.children_rel(head, "case").any(|c| s.words[c].lower == "behind")
}

/// Is the trigger a device's own going off, negated ("the shell landed in
/// the yard but did not explode", "a second device left at the market had
/// not gone off")?
/// The device was planted or fired: the attack happened and failed, which
/// is an attempt, not an act that did not take place (MUC-4 keys such acts
/// with the stage ATTEMPTED; TASKDOC `template-doc-part1` slot 5). Only the
/// intransitive verbs of a device going off: "the rebels did not detonate
/// the bomb" stays negated.
fn device_failed_to_go_off(s: &Sentence, head: usize) -> bool {
    let w = &s.words[head];
    w.is_verb() && (w.lemma == "explode" || (w.lemma == "go" && s.children_rel(head, "compound").any(|c| s.words[c].lower == "off")))
}

fn own_negated(s: &Sentence, i: usize) -> bool {
    s.children(i).iter().any(|&c| {
        let w = &s.words[c];
        (w.rel() == "advmod" && matches!(w.lower.as_str(), "not" | "n't" | "never" | "no"))
            || (w.deprel == "det" && matches!(w.lower.as_str(), "no"))
            || (w.rel() == "advmod" && w.lower == "neither")
    })
}

fn own_modality(s: &Sentence, i: usize) -> Modality {
    if own_negated(s, i) {
        return Modality::Negated;
    }
    let aux: Vec<&str> = s.children_rel(i, "aux").map(|c| s.words[c].lower.as_str()).collect();
    if aux.iter().any(|a| matches!(*a, "will" | "shall" | "'ll" | "’ll" | "wo")) {
        return Modality::Future;
    }
    if aux.iter().any(|a| MODALS.contains(a)) {
        return Modality::Hypothetical;
    }
    if s.children_rel(i, "mark").any(|m| matches!(s.words[m].lower.as_str(), "if" | "unless" | "lest")) {
        return Modality::Hypothetical;
    }
    // "possible attack", "alleged attack", "planned attack", "attempted attack".
    for c in s.children_rel(i, "amod") {
        match s.words[c].lower.as_str() {
            "possible" | "potential" | "feared" | "rumored" | "rumoured" | "hypothetical" => return Modality::Hypothetical,
            "planned" | "imminent" | "upcoming" | "threatened" | "future" => return Modality::Future,
            w if FEIGNED_MODIFIERS.contains(&w) => return Modality::Negated,
            _ => {}
        }
    }
    Modality::Asserted
}

/// Days before publication beyond which an event is background rather than
/// news: a report mentions "the 2019 siege" as history, not as a new event.
pub const HISTORICAL_AFTER_DAYS: i64 = 60;

/// True if an event dated `end` (last possible day) is background relative
/// to `published`.
pub fn is_historical(end: NaiveDate, published: NaiveDate) -> bool {
    (published - end).num_days() > HISTORICAL_AFTER_DAYS
}

/// Verbs whose past tense is their base form: "gunmen hit the bus" is past.
const SAME_PAST: &[&str] = &["hit", "cut", "set", "put", "beat", "burst", "shut", "spread", "cast", "upset", "let", "shed"];

/// Verbs that make their complement an ongoing practice, not an event:
/// "stop bombing civilian areas", "cease the attacks", "suspend attacks on
/// buses".
const PRACTICE_GOVERNORS: &[&str] = &["stop", "cease", "halt", "end", "suspend"];

/// Verbs that make a practice more frequent ("stepped up attacks",
/// "intensified bombings"): their bare plural object is a trend.
const TREND_VERBS: &[&str] = &["step", "intensify", "escalate", "increase"];

/// Nouns for a break in an ongoing activity: what they break is a
/// practice, and the sentence reports the break, not a new act ("a lull in
/// the shelling", "a pause in the bombing", "a halt to the air strikes").
const PAUSE_NOUNS: &[&str] = &["pause", "lull", "halt", "respite", "letup", "let-up", "break", "suspension", "cessation", "interruption"];

/// Adjectives that make an event noun a practice: acts done again and
/// again ("constant attacks", "repeated bombings") or without aim at a
/// particular target ("indiscriminate bombings").
const PRACTICE_ADJECTIVES: &[&str] = &[
    "indiscriminate", "systematic", "constant", "repeated", "continual", "continuous", "incessant", "ceaseless", "frequent", "periodic", "permanent",
];

/// Is the noun at `head` a plural with neither determiner nor number
/// ("attacks", not "the attacks" or "three attacks")?
fn is_bare_plural(s: &Sentence, head: usize) -> bool {
    let w = &s.words[head];
    w.is_noun() && w.lower != w.lemma && !s.children(head).iter().any(|&c| matches!(s.words[c].rel(), "nummod" | "det"))
}

/// Does the noun at `i` hang on another noun ("victims of indiscriminate
/// shooting")?
fn complements_a_noun(s: &Sentence, i: usize) -> bool {
    s.words[i].rel().starts_with("nmod") && s.words[i].head.is_some_and(|h| s.words[h].is_noun())
}

/// Is the event mention at `head` a generic or habitual reference rather
/// than a report of a particular event? Material events only: statements
/// are made in the present tense all the time ("the group says").
///
/// - a verb in the simple present outside the first sentence (where
///   headlines put it): "the dictatorship which assassinates priests";
/// - a trigger governed by "stop", "cease", "halt": "stop bombing civilians";
/// - an event noun broken off by a pause noun: "a lull in the shelling";
/// - a gerund that is the subject of its clause: "taking hostages is not
///   our policy";
/// - an event noun of a kind like another: "similar attacks", "such
///   bombings";
/// - an event noun qualified as a practice: "indiscriminate bombings",
///   "the constant raids" ([`PRACTICE_ADJECTIVES`]);
/// - a bare plural act made more frequent: "have stepped up attacks on
///   security forces" ([`TREND_VERBS`]);
/// - a bare plural act someone is responsible for: "was responsible for
///   attacks on Israel";
/// - a verb counted over a span of years: "60 have been killed over the
///   past nine years", "those killed in the past", or over the year so
///   far: "500 have been killed this year" ([`tally_of_the_year`]);
/// - a present progressive with no time phrase outside the first sentence:
///   "an army that is killing the people" ([`ongoing_practice`]).
///
/// Bare plural event nouns ("assassinations of judges") are often generic,
/// but as often a report of several attacks ("staged simultaneous attacks
/// on ..."), so they are left asserted.
pub fn is_generic(s: &Sentence, head: usize) -> bool {
    let w = &s.words[head];
    if let Some(h) = w.head {
        if matches!(w.rel(), "xcomp" | "obj" | "ccomp") && PRACTICE_GOVERNORS.contains(&s.words[h].lemma.as_str()) {
            return true;
        }
    }
    // "have stepped up attacks on security forces in recent months": a
    // plural act made more frequent is a trend, not one act.
    if w.rel() == "obj" && is_bare_plural(s, head) {
        if let Some(h) = w.head.filter(|&h| TREND_VERBS.contains(&s.words[h].lemma.as_str())) {
            if s.words[h].lemma != "step" || s.children(h).iter().any(|&c| s.words[c].lower == "up") {
                return true;
            }
        }
    }
    // "the commander, who was responsible for attacks on Israel": a bare
    // plural act someone is said to be responsible for is their record.
    if s.case_of(head) == Some("for") && is_bare_plural(s, head) && s.child_rel(head, "nmod:poss").is_none() {
        if w.head.is_some_and(|h| s.words[h].lemma == "responsible") {
            return true;
        }
    }
    // "a lull in the shelling", "a halt to the air strikes": the break is
    // reported, the activity it breaks is a practice.
    if w.is_noun() && broken_off_by_pause(s, head) {
        return true;
    }
    // "has carried out similar attacks", "such bombings": events of a kind
    // like the one reported, not it.
    // "would respond to any attack": any event of the kind, none reported.
    if w.is_noun() && s.children_rel(head, "amod").chain(s.children_rel(head, "det")).any(|c| matches!(s.words[c].lower.as_str(), "similar" | "such" | "any")) {
        return true;
    }
    // "the third killing of a reporter in the region this year": an act
    // counted in a series over a span of time is the tally, not a new act
    // (the one it counts is reported on its own). So is "the fourth
    // reporter killed in the country this year": the participle on a
    // person counted so.
    let counted_participle = w.rel() == "acl" && w.head.is_some_and(|n| s.words[n].is_noun() && counted_in_a_series(s, n));
    if (w.is_noun() && counted_in_a_series(s, head)) || counted_participle {
        return true;
    }
    // "the indiscriminate bombings of the civilian population", "the
    // constant raids by subversive groups": an event noun qualified as
    // done again and again, or without choosing whom it hits, names a way
    // of waging the conflict, not one act with its own time, place and
    // target (the "generic descriptions" the MUC-4 task definition leaves
    // out). A noun that complements another noun keeps its report: the
    // reporters who were "victims of indiscriminate shooting" were hit in
    // one act.
    if w.is_noun() && s.children_rel(head, "amod").any(|c| PRACTICE_ADJECTIVES.contains(&s.words[c].lower.as_str())) && !complements_a_noun(s, head) {
        return true;
    }
    // "taking hostages is not our policy": an act named by a gerund as
    // the subject of a clause is a kind of act.
    if w.is_verb() && w.lower.ends_with("ing") && matches!(w.rel(), "csubj" | "nsubj") {
        return true;
    }
    // "about 60 have been killed over the past nine years", "those killed
    // in the past": a count over a span of years sums many events; it
    // reports none of them.
    if w.is_verb() && (over_a_span_of_years(s, head) || tally_of_the_year(s, head)) {
        return true;
    }
    if w.is_verb() && s.index > 0 && ongoing_practice(s, head) {
        return true;
    }
    if w.is_verb() {
        if s.index == 0 || SAME_PAST.contains(&w.lemma.as_str()) || s.children_rel(head, "aux").next().is_some() {
            return false;
        }
        let has_subject = s.child_rel(head, "nsubj").is_some() || w.rel() == "acl:relcl";
        let third_singular = w.lower.len() > w.lemma.len() && w.lower.ends_with('s') && !w.lower.ends_with("ss");
        let base = w.lower == w.lemma;
        return has_subject && (third_singular || base) && !w.lower.ends_with("ed");
    }
    false
}

/// Words that anchor a present progressive to the time of the report
/// ("are now bombing", "is shelling the town tonight", "at this moment",
/// "are still firing at", which goes on with an act already told): with
/// one of them the sentence tells an act under way, not a practice.
const NOW_WORDS: &[&str] = &[
    "now", "still", "today", "tonight", "currently", "presently", "moment", "morning", "afternoon", "evening", "night", "hour", "minute",
];

/// Is the verb at `head` a present progressive with no time phrase of its
/// own ("an army that is killing the people", "the ELN is attacking the
/// oil pipelines", "death squads which are murdering people")? Outside the
/// lead sentence such a clause describes what a party keeps doing, a
/// practice, and reports no particular act: the MUC-4 task definition
/// (TASKDOC `template-doc-part1` 1.0, point 7) excludes such "generic
/// descriptions of incidents" (its example: "terrorist attacks on the
/// Cano Limon-Covenas oil pipeline"). A time word anywhere in the
/// sentence ("now", "tonight", "at this very moment") makes it an act
/// under way. "Holding" and "keeping"
/// hostages are the state a particular kidnapping left, and stay reports.
fn ongoing_practice(s: &Sentence, head: usize) -> bool {
    let w = &s.words[head];
    if !w.lower.ends_with("ing") || matches!(w.lemma.as_str(), "hold" | "keep") {
        return false;
    }
    let present_be = s.children_rel(head, "aux").any(|a| matches!(s.words[a].lower.as_str(), "is" | "are" | "am" | "'s" | "'re"));
    if !present_be {
        return false;
    }
    // Anywhere in the sentence: the parser often hangs a time word on the
    // nearest noun ("bombing the villages near the border tonight").
    !s.words.iter().any(|x| NOW_WORDS.contains(&x.lemma.as_str()) || NOW_WORDS.contains(&x.lower.as_str()))
}

/// Does the verb at `head` (or the verb whose participle clause it heads:
/// "have died in recent years, killed by ...") carry a time phrase that
/// spans years ("over the past nine years", "in recent years", "during
/// the last decade", "in the past")? A plural "years" or "decades" with a
/// word that places the span before now, or "the past" itself.
fn over_a_span_of_years(s: &Sentence, head: usize) -> bool {
    let mut verbs = vec![head];
    if matches!(s.words[head].rel(), "advcl" | "acl" | "conj" | "xcomp") {
        verbs.extend(s.words[head].head);
    }
    verbs.into_iter().any(|v| {
        s.children(v).iter().any(|&c| {
            let n = &s.words[c];
            if !matches!(n.rel(), "obl" | "obl:tmod" | "advmod" | "nmod") || !n.is_noun() {
                return false;
            }
            let case = s.children_rel(c, "case").next().map(|k| s.words[k].lower.as_str());
            let mods = || s.children(c).iter().map(|&k| s.words[k].lower.as_str()).collect::<Vec<_>>();
            let span_of_years = matches!(n.lower.as_str(), "years" | "decades")
                && mods().iter().any(|m| matches!(*m, "past" | "last" | "recent" | "these" | "previous"));
            let the_past = n.lower == "past" && case == Some("in");
            span_of_years || the_past
        })
    })
}

/// "more than 500 people have been killed in such attacks this year": a
/// verb in the present perfect over the year or month so far sums the
/// acts of that span; it reports none of them. ("have been killed since
/// Monday" may be one act's toll, and stays.)
fn tally_of_the_year(s: &Sentence, head: usize) -> bool {
    let perfect = s.children_rel(head, "aux").any(|a| s.words[a].lemma == "have");
    let this_span = s.children(head).iter().any(|&c| {
        matches!(s.words[c].rel(), "obl" | "obl:tmod" | "obl:unmarked" | "nmod") && matches!(s.words[c].lower.as_str(), "year" | "month") && s.children_rel(c, "det").any(|d| s.words[d].lower == "this")
    });
    perfect && this_span
}

/// Is the event noun at `noun` the activity a pause noun breaks off ("a
/// lull in the shelling")? Its preposition must follow the pause noun
/// directly, whether the parser hung the phrase on that noun or on the
/// verb beside it ("used a pause in the bombing", "brought a halt to the
/// air strikes").
fn broken_off_by_pause(s: &Sentence, noun: usize) -> bool {
    let Some(case) = s.children_rel(noun, "case").find(|&c| matches!(s.words[c].lower.as_str(), "in" | "of" | "to" | "from")) else {
        return false;
    };
    let Some(before) = case.checked_sub(1) else { return false };
    let is_pause = PAUSE_NOUNS.contains(&s.words[before].lemma.as_str()) && s.words[before].is_noun();
    let joined = s.words[noun].head == Some(before) || (s.words[noun].rel() == "obl" && s.words[before].head == s.words[noun].head);
    is_pause && joined
}

/// The one "suspected of" the event at `head`: "the ELN is suspected of
/// the attack", "the FMLN is suspected of having planted the bomb that
/// destroyed the bridge", "two men suspected of taking part in the attack",
/// "police arrested 45 soldiers for killing six priests", "three men were
/// charged with murdering a judge". The event hangs, at most three words
/// down, from the preposition of a verb of suspicion or prosecution
/// (`SUSPICION_VERBS`); the verb's passive subject, its object, or the
/// noun it modifies is the suspect. Words of taking part (`PART_TAKING`:
/// "two officers were involved in the massacre", "suspects who
/// participated in the kidnapping", "implicated four officers in the
/// assassination") hold their subject too, as they say nothing of anyone
/// else.
pub fn suspect_of(s: &Sentence, head: usize) -> Option<usize> {
    if let Some(held) = held_after_the_act(s, head) {
        return Some(held);
    }
    let mut below = head;
    // "were arrested in connection with the attack": "in connection with"
    // stands for the verb's own preposition ("arrested for the attack").
    let mut in_connection = false;
    // The nouns the parser hung "in connection with" on, inside the
    // verb's object ("arrested two members of the gang in connection with
    // the killing"), are passed over without counting.
    let mut nouns_passed = 0;
    let mut steps = 0;
    for up in s.ancestors(head) {
        if steps == 3 {
            break;
        }
        let w = &s.words[up];
        if !in_connection && below == head && is_in_connection_with(s, up, below) {
            in_connection = true;
            below = up;
            steps += 1;
            continue;
        }
        if in_connection && hosts_the_connection_phrase(s, up) && nouns_passed < 3 {
            nouns_passed += 1;
            below = up;
            continue;
        }
        steps += 1;
        let took_part = takes_part(s, up);
        let part_taking = took_part || PART_TAKING.contains(&w.lemma.as_str()) && matches!(w.upos, Upos::Verb | Upos::Adj);
        let suspicion_verb = SUSPICION_VERBS.iter().find(|(verb, _)| w.lemma == *verb && matches!(w.upos, Upos::Verb | Upos::Noun));
        let preposition = suspicion_verb.map(|(_, p)| *p).or(part_taking.then_some("in"));
        let connected = in_connection && below != head && suspicion_verb.is_some();
        let through = connected || preposition.is_some_and(|p| s.children(below).iter().any(|&c| matches!(s.words[c].rel(), "case" | "mark") && s.words[c].lower == p));
        // A clause with a marker is no report of the deed: "were here to
        // participate in air raids" is a purpose, and "charged by X with
        // being involved in" hangs on X only through the parser. "No
        // other officers were involved" names no one. Without a subject
        // ("suspected of having participated in") the verb above holds the
        // suspect.
        let mark = s.child_rel(up, "mark").map(|m| s.words[m].lower.as_str());
        // "are believed to have taken part in": an infinitive under a verb
        // of belief or report is the deed reported, no purpose.
        let reported_infinitive = mark == Some("to") && w.deprel == "xcomp" && w.head.is_some_and(|h| REPORTED_INFINITIVE_VERBS.contains(&s.words[h].lemma.as_str()));
        if through && part_taking && (mark != Some("to") || reported_infinitive) && !(w.deprel == "acl" && mark.is_some()) {
            let held = if w.deprel == "acl" {
                w.head
            } else if took_part || reported_infinitive {
                subject_of_clause(s, up)
            } else {
                s.child_rel(up, "nsubj:pass").or_else(|| s.child_rel(up, "obj")).or_else(|| s.child_rel(up, "nsubj"))
            };
            if let Some(h) = held {
                let negated = s.children(h).iter().any(|&c| matches!(s.words[c].rel(), "det" | "advmod") && matches!(s.words[c].lower.as_str(), "no" | "not" | "none"));
                return (!negated).then_some(h);
            }
        }
        if part_taking {
            below = up;
            continue;
        }
        // "the arrest of 45 soldiers for killing six priests".
        if through && w.upos == Upos::Noun {
            return s.children_rel(up, "nmod").find(|&c| c < below && s.case_of(c) == Some("of"));
        }
        if through {
            let object = s.child_rel(up, "obj");
            if w.deprel == "acl" && object.is_none() {
                return w.head;
            }
            return s.child_rel(up, "nsubj:pass").or(object);
        }
        below = up;
    }
    None
}

/// "took part in the attack": "take" with "part" as its object says, as
/// "participate" does, that its subject had a hand in the act.
pub(crate) fn takes_part(s: &Sentence, v: usize) -> bool {
    s.words[v].lemma == "take" && s.words[v].upos == Upos::Verb && s.children_rel(v, "obj").any(|o| s.words[o].lemma == "part")
}

/// Who does what the verb at `v` says: its subject; for a relative
/// pronoun ("suspects who took part in ...") the noun the clause
/// describes; for a verb without a subject of its own under a verb of
/// belief or saying ("the two are thought to have taken part in ...") the
/// subject of that verb, found the same way.
fn subject_of_clause(s: &Sentence, v: usize) -> Option<usize> {
    let mut verb = v;
    for _ in 0..3 {
        let subject = s.child_rel(verb, "nsubj").or_else(|| s.child_rel(verb, "nsubj:pass"));
        let clause_head = s.words[verb].head;
        match subject {
            Some(x) if matches!(s.words[x].lower.as_str(), "who" | "that" | "which") => {
                return clause_head.filter(|_| s.words[verb].deprel == "acl:relcl");
            }
            Some(x) => return Some(x),
            None if s.words[verb].deprel == "xcomp" => verb = clause_head?,
            None if s.words[verb].deprel == "acl:relcl" => return clause_head,
            None => return None,
        }
    }
    None
}

/// Verbs of taking people into custody whose "after"/"following" phrase
/// names an act: those held right after it are held for it.
const HELD_AFTER_VERBS: &[&str] = &["arrest", "detain"];

/// The people arrested or detained right after the act at `head`, which
/// they are held for as with "for" ("A and B were arrested following the
/// attack on the police post", "police detained three men after the
/// bombing"), however the parser hung the phrase: on the verb, on the
/// people ("three men after the bombing"), or under "following" read as a
/// verb. The verb's passive subject or object; None for any other shape.
fn held_after_the_act(s: &Sentence, head: usize) -> Option<usize> {
    let w = &s.words[head];
    if !w.is_noun() {
        return None;
    }
    let custody = |v: usize| s.words[v].upos == Upos::Verb && HELD_AFTER_VERBS.contains(&s.words[v].lemma.as_str());
    let held_by = |v: usize| s.child_rel(v, "nsubj:pass").or_else(|| s.child_rel(v, "obj")).filter(|&p| p != head);
    let after = s.children_rel(head, "case").any(|c| matches!(s.words[c].lower.as_str(), "after" | "following"));
    let up = w.head?;
    if after && custody(up) {
        return held_by(up);
    }
    // "detained three men after the bombing", the phrase hung on the men.
    if after && s.words[up].is_noun() && matches!(s.words[up].deprel.as_str(), "obj" | "nsubj:pass") && s.words[up].head.is_some_and(custody) {
        return Some(up);
    }
    // "were arrested following the attack", "following" read as a verb.
    let following = s.words[up].lower == "following" && w.rel() == "obj";
    if following && s.words[up].head.is_some_and(custody) {
        return s.words[up].head.and_then(held_by);
    }
    None
}

/// Is `noun` the "connection" of "in connection with", with the event at
/// `event` as its "with" phrase?
fn is_in_connection_with(s: &Sentence, noun: usize, event: usize) -> bool {
    s.words[noun].lemma == "connection"
        && s.children_rel(noun, "case").any(|c| s.words[c].lower == "in")
        && s.children_rel(event, "case").any(|c| s.words[c].lower == "with")
        && s.words[event].head == Some(noun)
}

/// Is the word at `n` a noun inside a verb's object or passive subject that
/// the parser hung an "in connection with" phrase on, rather than the verb
/// it belongs to ("arrested two members of the gang in connection with the
/// killing")? A noun of suspicion itself ("the arrest of ...") holds the
/// phrase as its own.
fn hosts_the_connection_phrase(s: &Sentence, n: usize) -> bool {
    let w = &s.words[n];
    w.is_noun() && matches!(w.rel(), "nmod" | "obj" | "nsubj") && !SUSPICION_VERBS.iter().any(|(verb, _)| w.lemma == *verb)
}

/// Verbs that hold someone for an act without the text stating that he
/// did it, with the preposition that introduces the act.
const SUSPICION_VERBS: &[(&str, &str)] = &[
    ("suspect", "of"),
    ("accuse", "of"),
    ("charge", "with"),
    ("arrest", "for"),
    ("detain", "for"),
    ("indict", "for"),
    ("prosecute", "for"),
    ("blame", "for"),
    // Punishment for an act: "jailed a student for helping militants",
    // "sentenced two officers for torturing prisoners". The act is the
    // charge; the one punished is who is held to have done it.
    ("jail", "for"),
    ("imprison", "for"),
    ("sentence", "for"),
    ("convict", "for"),
    ("punish", "for"),
    ("fine", "for"),
    ("expel", "for"),
];

/// Verbs and participles of taking part in an act ("involved in",
/// "implicated in", "participated in"); the act follows "in".
const PART_TAKING: &[&str] = &["involve", "involved", "implicate", "implicated", "participate"];

/// Verbs whose infinitive reports a deed rather than a purpose ("are
/// believed to have taken part", "is said to have participated").
const REPORTED_INFINITIVE_VERBS: &[&str] = &["believe", "suspect", "think", "presume", "assume", "suppose", "say", "report", "allege", "know", "confess", "admit"];

/// Verbs whose clause is a belief, not a report of fact.
const BELIEF_VERBS: &[&str] = &["believe", "suspect", "think", "presume", "assume", "suppose", "speculate", "fear", "guess", "suggest", "surmise"];

/// Nouns whose clause is a supposition, not a report of fact ("the
/// possibility that the rebels staged the attack").
const SUPPOSITION_NOUNS: &[&str] = &["possibility", "hypothesis", "theory", "speculation", "suspicion", "likelihood"];

/// Is the clause of the mention at `head` (the trigger or the two words
/// above it, as in `hedged`) a supposition or an open question? "are
/// investigating the possibility that the rebels carried out the attack",
/// "no word yet on whether the bombing was the work of X": who did
/// it is what is asked, not what is reported.
fn open_question_or_supposition(s: &Sentence, head: usize) -> bool {
    std::iter::once(head).chain(s.ancestors(head).take(2)).any(|i| {
        let w = &s.words[i];
        let supposed = matches!(w.rel(), "acl" | "ccomp") && w.head.is_some_and(|h| s.words[h].is_noun() && SUPPOSITION_NOUNS.contains(&s.words[h].lemma.as_str()));
        let asked = s.children_rel(i, "mark").any(|m| s.words[m].lower == "whether");
        supposed || asked
    })
}

/// Adverbs that make a report of who did something a supposition.
const HEDGES: &[&str] = &["presumably", "apparently", "allegedly", "reportedly", "possibly", "probably", "likely", "supposedly", "perhaps"];

/// Does a hedging adverb modify the word at `i` ("killed, apparently by
/// extreme rightist groups": "apparently" hangs on the agent)?
pub fn hedge_on(s: &Sentence, i: usize) -> bool {
    let adverb = s.children(i).iter().any(|&c| s.words[c].rel() == "advmod" && HEDGES.contains(&s.words[c].lower.as_str()));
    // The modifier may hang on a word of the phrase ("alleged urban
    // guerrilla commandos" with "alleged" on "urban").
    // or the parser may have hung it elsewhere, right before the phrase.
    adverb
        || (i.saturating_sub(4)..i).any(|k| {
            HEDGE_MODIFIERS.contains(&s.words[k].lower.as_str()) && (s.is_under(k, i) || (k + 1..i).all(|j| s.is_under(j, i)))
        })
}

/// Is the perpetrator phrase `words` with head `i` hedged? A hedge on the
/// head itself (`hedge_on`); a hedge word right before the phrase, however
/// the parser hung it (lower-case "alleged jihadist fighters" reads
/// "alleged" as a verb taking the rest as its object); or a hedge on the
/// people the phrase is the group of ("apparently by fighters of the
/// RSF": the group is as much a suspect as its fighters).
pub fn hedged_phrase(s: &Sentence, i: usize, words: std::ops::Range<usize>) -> bool {
    let right_before = words.start.checked_sub(1).is_some_and(|k| HEDGE_MODIFIERS.contains(&s.words[k].lower.as_str()));
    let group_of_hedged = s.words[i].rel() == "nmod" && s.case_of(i) == Some("of") && s.words[i].head.is_some_and(|h| s.words[h].is_noun() && hedge_on(s, h));
    hedge_on(s, i) || right_before || group_of_hedged
}

/// Words before a noun that make it a suspect rather than a known author:
/// "alleged Shining Path members", "suspected militants".
pub const HEDGE_MODIFIERS: &[&str] = &["alleged", "suspected", "presumed", "purported", "reputed", "supposed"];

/// The phrase `words` without a leading hedge ("alleged urban guerrillas"
/// → "urban guerrillas"): the hedge is what the attribution records as
/// "suspected", not part of who the party is.
pub fn without_hedge(s: &Sentence, words: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut w = words;
    while w.len() > 1 && HEDGE_MODIFIERS.contains(&s.words[w.start].lower.as_str()) && s.words[w.start].head.is_some_and(|h| h > w.start && h < w.end) {
        w.start += 1;
    }
    w
}

/// Is the clause of the mention at `head` hedged ("could have been carried
/// out by", "presumably planted by")? Looks at the trigger and the two
/// words above it, where support verbs ("carried out the attack") hang.
/// Used for who did it, not whether it happened: "the bomb, presumably
/// planted by the FMLN, exploded" reports the explosion as fact.
pub fn hedged(s: &Sentence, head: usize) -> bool {
    // "police believe the FMLN carried out the attack", "the FMLN is
    // suspected of having planted the bomb", "is thought to have ...":
    // the clause is someone's belief.
    let believed = std::iter::once(head).chain(s.ancestors(head).take(2)).any(|i| {
        let w = &s.words[i];
        matches!(w.rel(), "ccomp" | "xcomp" | "advcl")
            && w.head.is_some_and(|h| BELIEF_VERBS.contains(&s.words[h].lemma.as_str()) && s.words[h].upos == Upos::Verb)
    });
    believed || open_question_or_supposition(s, head) || suspect_of(s, head).is_some() || std::iter::once(head).chain(s.ancestors(head).take(2)).any(|i| {
        s.children(i).iter().any(|&c| {
            let w = &s.words[c];
            (w.rel() == "aux" && matches!(w.lower.as_str(), "may" | "might" | "could")) || (w.rel() == "advmod" && HEDGES.contains(&w.lower.as_str()))
        })
    })
}

/// Is the noun at `head` counted by an ordinal in a series over a span of
/// time ("the third killing this year", "the second such attack since
/// October", "the fifth bombing in a month", "the fourth reporter killed
/// this year")?
fn counted_in_a_series(s: &Sentence, head: usize) -> bool {
    let ordinal = s.children_rel(head, "amod").any(|c| SERIES_ORDINALS.contains(&s.words[c].lower.as_str()));
    let span = s.subtree(head);
    let over_time = span.clone().any(|k| {
        let w = &s.words[k];
        let period = matches!(w.lemma.as_str(), "year" | "month" | "week") && s.children(k).iter().any(|&d| matches!(s.words[d].lower.as_str(), "this" | "past" | "a" | "one"));
        period || (w.lower == "since" && w.rel() == "case")
    });
    ordinal && over_time
}

/// Ordinals that place an act in a series ("the third killing").
const SERIES_ORDINALS: &[&str] = &["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
