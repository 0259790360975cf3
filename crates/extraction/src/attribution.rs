//! Statements about events: claims of responsibility, denials, accusations,
//! condemnations, threats and demands, each with who made it (the speaker,
//! and the body a spokesperson speaks for), the party accused or addressed,
//! the channel of a claim, and the event it is about.
//!
//! The statement lexicon is `data/statements.tsv`. A statement is linked to
//! the event it is about through its object ("claimed the bombing",
//! "blamed X for the attack", "condemned the killing"): the event noun there
//! is a mention of an event of the document, found by position; failing
//! that, the latest violent event reported before the statement.

use std::ops::Range;
use std::sync::OnceLock;

use sitrep_analysis::Upos;
use sitrep_schema::{EventKind, Role};

use crate::syntax::Sentence;

const STATEMENTS_TSV: &str = include_str!("../data/statements.tsv");
const CHANNELS_TSV: &str = include_str!("../data/channels.tsv");

/// How a statement's verb takes its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    /// The verb itself makes the statement ("condemned the attack").
    Plain,
    /// Only with a responsibility-like object ("claimed responsibility").
    Responsibility,
    /// "blamed X for Y", "accused X of Y": object = accused, for/of = about.
    Blame,
    /// "attributed Y to X": object = about, to = accused.
    Attribute,
}

#[derive(Debug, Clone)]
struct StatementEntry {
    lemma: String,
    kind: EventKind,
    pattern: Pattern,
}

fn entries() -> &'static [StatementEntry] {
    static CELL: OnceLock<Vec<StatementEntry>> = OnceLock::new();
    CELL.get_or_init(|| {
        STATEMENTS_TSV
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|(i, l)| {
                let cols: Vec<&str> = l.split('\t').collect();
                assert!(cols.len() >= 3, "statements.tsv:{}: expected 3 columns", i + 1);
                let kind = EventKind::parse(cols[1]).unwrap_or_else(|| panic!("statements.tsv:{}: unknown kind {:?}", i + 1, cols[1]));
                let pattern = match cols[2].trim() {
                    "plain" => Pattern::Plain,
                    "responsibility" => Pattern::Responsibility,
                    "blame" => Pattern::Blame,
                    "attribute" => Pattern::Attribute,
                    other => panic!("statements.tsv:{}: unknown pattern {other:?}", i + 1),
                };
                StatementEntry { lemma: cols[0].trim().to_string(), kind, pattern }
            })
            .collect()
    })
}

fn channels() -> &'static [(Vec<String>, String)] {
    static CELL: OnceLock<Vec<(Vec<String>, String)>> = OnceLock::new();
    CELL.get_or_init(|| {
        CHANNELS_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (words, channel) = l.split_once('\t')?;
                Some((words.split_whitespace().map(str::to_string).collect(), channel.trim().to_string()))
            })
            .collect()
    })
}

/// Nouns that make "claim"/"take"/"admit" a claim of responsibility.
const RESPONSIBILITY: &[&str] = &["responsibility", "credit", "authorship", "involvement", "role", "part", "blame"];

/// A statement found in a sentence.
#[derive(Debug, Clone)]
pub struct StatementMention {
    pub sentence: usize,
    pub kind: EventKind,
    /// A taxonomy subtype, for accusations: what the accused is accused of
    /// ("of war crimes": `war_crimes`, CAMEO 1124).
    pub subtype: Option<String>,
    /// The statement verb.
    pub head: usize,
    pub trigger_words: Range<usize>,
    /// (role, head word, noun-phrase words)
    pub actors: Vec<(Role, usize, Range<usize>)>,
    /// Word of the event noun the statement is about ("the attack"), if any.
    pub about_word: Option<usize>,
    pub channel: Option<String>,
    /// The statement is itself denied or hedged ("no group has claimed").
    pub negated: bool,
    /// What the statement says is only a suspicion ("police believe the
    /// militia was behind the attack", "may have been behind"): the party
    /// is suspected rather than accused.
    pub hedged: bool,
    /// The statement is about `about_word`'s event or none: no falling back
    /// on the latest event before it (a pattern that is a statement only
    /// when its event noun is one of the report's events).
    pub about_is_strict: bool,
}

impl StatementMention {
    /// A statement of `kind` at word `head` of `s`, with nobody in it yet,
    /// not negated, hedged or linked to an event.
    fn at(s: &Sentence, kind: EventKind, head: usize) -> StatementMention {
        StatementMention {
            sentence: s.index,
            kind,
            subtype: None,
            head,
            trigger_words: head..head + 1,
            actors: Vec::new(),
            about_word: None,
            channel: None,
            negated: false,
            hedged: false,
            about_is_strict: false,
        }
    }
}

/// Finds the statements of a sentence.
pub fn find_statements(s: &Sentence) -> Vec<StatementMention> {
    let mut out = Vec::new();
    for (v, w) in s.words.iter().enumerate() {
        if !(w.is_verb() || (w.upos == Upos::Noun && matches!(w.lemma.as_str(), "claim" | "denial" | "condemnation"))) {
            continue;
        }
        // The form's stem is a fallback for a lemmatiser miss ("blamed").
        let Some(entry) = entries().iter().find(|e| e.lemma == w.lemma).or_else(|| {
            entries().iter().find(|e| w.lower.len() <= e.lemma.len() + 3 && w.lower.starts_with(e.lemma.trim_end_matches('e')) && e.lemma.len() >= 5)
        }) else {
            continue;
        };
        if let Some(m) = statement_at(s, v, entry) {
            out.push(m);
        }
    }
    called_an_outrage(s, &mut out);
    accusation_called_false(s, &mut out);
    suspicion_falling_on_a_party(s, &mut out);
    // "took responsibility", "accepted responsibility", "admitted responsibility".
    for (v, w) in s.words.iter().enumerate() {
        if w.is_verb() && matches!(w.lemma.as_str(), "take" | "accept" | "admit" | "assume" | "bear") {
            let obj = s.child_rel(v, "obj");
            if obj.is_some_and(|o| matches!(s.words[o].lemma.as_str(), "responsibility" | "credit")) {
                let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Claim, pattern: Pattern::Responsibility };
                if let Some(m) = statement_at(s, v, &entry) {
                    out.push(m);
                }
            }
        }
    }
    // "Officials said the militia was behind the attack": an accusation by
    // the speaker. ("... said it was behind" is a claim, handled below; "no
    // evidence that X was behind" has no reporting verb over it and so stays
    // a hedge, not an accusation.)
    for (v, w) in s.words.iter().enumerate() {
        if !(w.is_verb() && matches!(w.lemma.as_str(), "say" | "believe" | "suspect" | "allege" | "state" | "insist" | "charge" | "confirm")) {
            continue;
        }
        if let Some(m) = suspicion_of_a_party(s, v, &out) {
            out.push(m);
            continue;
        }
        let Some(c) = s.child_rel(v, "ccomp") else { continue };
        if spells_out_claim(s, v, &out) {
            continue;
        }
        // "... was behind the attack", "... is responsible for the attacks".
        let behind_of = |k: usize| s.words[k].lemma == "behind" || s.children_rel(k, "case").any(|x| s.words[x].lemma == "behind");
        // "... was likely behind the blast": the parser makes "likely" the
        // clause's head, with the "behind" phrase under it.
        let likely_behind = HEDGE_ADJECTIVES.contains(&s.words[c].lower.as_str()) && s.children_rel(c, "obl").any(behind_of);
        // "Kyiv said Moscow carried out the attack": a deed verb whose
        // object is an act already known (definite) attributes that act.
        // So does an attack verb whose object is the weapon already told
        // of ("saying the army had fired the shells").
        let carried_out_known_act = (DEED_VERBS.contains(&s.words[c].lemma.as_str())
            && s.child_rel(c, "obj").is_some_and(|o| is_event_noun(s, o) && s.has_definite_determiner(o)))
            || (is_attack_verb(s, c) && s.child_rel(c, "obj").is_some_and(|o| crate::mentions::weapon_told_before(s, o)));
        let behind = behind_of(c) || s.words[c].lemma == "responsible" || likely_behind || carried_out_known_act;
        // "... said the attack was the work of X": X is accused of the act
        // that is the clause's subject.
        if let Some((party, act)) = work_of_a_party(s, c) {
            if out.iter().any(|o: &StatementMention| o.head == v) {
                continue;
            }
            let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Accusation, pattern: Pattern::Plain };
            if let Some(mut m) = statement_at(s, v, &entry) {
                push_with_conjuncts(s, &mut m, Role::Accused, party);
                m.about_word = act.or(m.about_word);
                m.hedged = hedged_accusation(s, v, c);
                out.push(m);
            }
            continue;
        }
        let Some(accused) = s.child_rel(c, "nsubj") else { continue };
        // "it", "we", "its fighters": the speaker's own side, whose deed
        // is claimed (below), not an accused party.
        let self_ref = matches!(s.words[accused].lower.as_str(), "it" | "they" | "we" | "i")
            || s.children_rel(accused, "nmod:poss").any(|p| matches!(s.words[p].lower.as_str(), "its" | "their" | "our"));
        if !behind || self_ref || out.iter().any(|o: &StatementMention| o.head == v) {
            continue;
        }
        let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Accusation, pattern: Pattern::Plain };
        if let Some(mut m) = statement_at(s, v, &entry) {
            push_with_conjuncts(s, &mut m, Role::Accused, accused);
            m.about_word = Some(c).filter(|&c| is_event_noun(s, c)).or_else(|| about_in(s, c));
            m.hedged = likely_behind || hedged_accusation(s, v, c);
            out.push(m);
        }
    }
    // "We hold the government responsible for this attack": an accusation.
    for (v, w) in s.words.iter().enumerate() {
        if !(w.is_verb() && w.lemma == "hold") || out.iter().any(|o: &StatementMention| o.head == v) {
            continue;
        }
        // The parser hangs "responsible" anywhere in the clause.
        let responsible = s.subtree(v).find(|&c| c > v && s.words[c].lemma == "responsible");
        let Some(resp) = responsible else { continue };
        // "... for which the FMLN guerrillas are being held responsible":
        // the passive subject.
        let accused = s.child_rel(v, "obj").or_else(|| s.child_rel(resp, "nsubj")).or_else(|| s.child_rel(v, "nsubj:pass"));
        let Some(accused) = accused else { continue };
        let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Accusation, pattern: Pattern::Plain };
        if let Some(mut m) = statement_at(s, v, &entry) {
            // Whatever the object was taken for, it is the accused.
            m.actors.retain(|(r, h, _)| !(*r == Role::Target && *h == accused));
            m.about_word = obl_about(s, resp, &["for", "of"]).or_else(|| obl_about(s, v, &["for", "of"])).or(m.about_word);
            push(s, &mut m, Role::Accused, accused);
            for c in s.children_rel(accused, "conj").collect::<Vec<_>>() {
                push(s, &mut m, Role::Accused, c);
            }
            out.push(m);
        }
    }
    responsible_for_an_event(s, &mut out);
    took_part_in_an_act_told_before(s, &mut out);
    work_of_a_party_as_accusation(s, &mut out);
    hallmarks_of_a_group(s, &mut out);
    no_claim_of_responsibility(s, &mut out);
    // "The ministry claimed that the militia had attacked the village": an
    // accusation against the militia; "... claimed that it had attacked":
    // a claim. Only verbs of contested assertion: "said that X attacked"
    // reports the attack as fact, unless the speaker was attacked or both
    // are named parties (`reported_attacks_as_accusations`).
    // "The guerrillas claim to have destroyed six towers": a claim.
    // "The FMLN admitted that its units had attacked the garrison": a claim
    // too; an admission about others is neither.
    for (v, w) in s.words.iter().enumerate() {
        if !(w.is_verb() && matches!(w.lemma.as_str(), "claim" | "allege" | "charge" | "assert" | "contend" | "admit")) {
            continue;
        }
        let admit = w.lemma == "admit";
        if w.lemma == "claim" {
            if let Some(c) = s.child_rel(v, "xcomp").filter(|&c| s.words[c].is_verb() && is_event_noun(s, c)) {
                if !out.iter().any(|o: &StatementMention| o.head == v) {
                    let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Claim, pattern: Pattern::Plain };
                    if let Some(mut m) = statement_at(s, v, &entry) {
                        m.about_word = Some(c);
                        out.push(m);
                    }
                }
                continue;
            }
        }
        let Some(c) = s.child_rel(v, "ccomp") else { continue };
        if !(s.words[c].is_verb() && is_event_noun(s, c)) || out.iter().any(|o: &StatementMention| o.head == v) {
            continue;
        }
        let Some(inner) = s.child_rel(c, "nsubj") else { continue };
        let own = |x: usize| matches!(s.words[x].lower.as_str(), "it" | "they" | "we" | "its" | "their" | "our");
        let self_ref = own(inner) || s.children_rel(inner, "nmod:poss").any(own);
        if admit && !self_ref {
            continue;
        }
        let kind = if self_ref { EventKind::Claim } else { EventKind::Accusation };
        let entry = StatementEntry { lemma: w.lemma.clone(), kind, pattern: Pattern::Plain };
        if let Some(mut m) = statement_at(s, v, &entry) {
            if !self_ref {
                push(s, &mut m, Role::Accused, inner);
            }
            m.about_word = Some(c);
            out.push(m);
        }
    }
    reported_attacks_as_accusations(s, &mut out);
    fronted_own_reports(s, &mut out);
    claimant_spoken_for_before(s, &mut out);
    // "X said it carried out the attack" / "X said it was behind the attack".
    for (v, w) in s.words.iter().enumerate() {
        if w.is_verb() && matches!(w.lemma.as_str(), "say" | "tell" | "announce" | "confirm" | "admit" | "acknowledge" | "state" | "report") && !spells_out_claim(s, v, &out) {
            if let Some(c) = s.child_rel(v, "ccomp").or_else(|| that_clause_after_channel(s, v)) {
                let behind = s.words[c].lemma == "behind" || s.children(c).iter().any(|&x| s.words[x].lemma == "behind") || s.words[c].lemma == "responsible";
                let carried = DEED_VERBS.contains(&s.words[c].lemma.as_str());
                if let Some(act) = self_denied_deed(s, c, s.child_rel(v, "nsubj")).filter(|_| !out.iter().any(|o: &StatementMention| o.head == v)) {
                    let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Denial, pattern: Pattern::Plain };
                    if let Some(mut m) = statement_at(s, v, &entry) {
                        m.about_word = Some(act);
                        out.push(m);
                    }
                    continue;
                }
                if self_reported_deed(s, c, behind || carried, s.child_rel(v, "nsubj")) && !out.iter().any(|o: &StatementMention| o.head == v) {
                    let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Claim, pattern: Pattern::Plain };
                    if let Some(mut m) = statement_at(s, v, &entry) {
                        // "said it fired rockets at the post": the
                        // clause's own verb is the deed.
                        let own_verb = Some(c).filter(|&c| !(behind || carried) && is_event_noun(s, c));
                        m.about_word = own_verb.or_else(|| about_in(s, c)).or(m.about_word);
                        out.push(m);
                    }
                }
            }
        }
    }
    out
}

/// "claimed responsibility ..., saying it had targeted a training center",
/// "..., saying the fighters had detonated the device": a participle that
/// spells out a claim is that claim, neither another one nor an
/// accusation of whoever it names as the doers.
fn spells_out_claim(s: &Sentence, v: usize, out: &[StatementMention]) -> bool {
    s.words[v].rel() == "advcl" && s.words[v].head.is_some_and(|h| out.iter().any(|o| o.head == h && o.kind == EventKind::Claim))
}

/// "said in a statement on its website that its fighters had carried out
/// the attack": the parser hangs the "that" clause on the channel noun as a
/// relative clause (with "that" its object), though the clause has a
/// subject and object of its own. A "that" clause with its own subject
/// under a channel or speech noun of the reporting verb's phrases is what
/// was said. The parser may also hang it there as a plain clausal
/// modifier with "that" as its marker ("said in a statement that it
/// carried out the attack"): the same reading. So is a "that" clause
/// hung as the complement of a participle on the channel ("said in a
/// statement carried by its radio that its fighters had killed 20").
fn that_clause_after_channel(s: &Sentence, v: usize) -> Option<usize> {
    s.subtree(v).filter(|&c| c > v).find(|&c| {
        let Some(h) = s.words[c].head else { return false };
        let on_participle = s.words[c].deprel == "ccomp" && s.words[h].is_verb() && s.words[h].deprel == "acl";
        let (h, rel_ok) = match s.words[h].head.filter(|_| on_participle) {
            Some(channel) => (channel, true),
            None => (h, matches!(s.words[c].deprel.as_str(), "acl:relcl" | "acl")),
        };
        rel_ok
            && s.words[c].is_verb()
            && s.child_rel(c, "nsubj").is_some_and(|n| n > h)
            && s.children(c).iter().any(|&k| k < c && s.words[k].lower == "that" && s.words[k + 1..c].iter().all(|x| x.lower != "that"))
            && s.ancestors(h).any(|a| a == v)
            && s.words[h].upos == Upos::Noun
            && (ends_a_channel_name(s, h) || SPEECH_NOUNS.contains(&s.words[h].lemma.as_str()))
    })
}

/// Is the noun at `h` a channel of `channels.tsv`, alone ("statement") or
/// as the last word of one with the words before it ("news agency")?
fn ends_a_channel_name(s: &Sentence, h: usize) -> bool {
    channels().iter().any(|(p, _)| {
        let Some((last, before)) = p.split_last() else { return false };
        *last == s.words[h].lemma && h >= before.len() && before.iter().zip(&s.words[h - before.len()..h]).all(|(b, w)| *b == w.lower)
    })
}

/// Does the clause `c` under a reporting verb tell of the speaker's own
/// deed? Its subject is the speaker ("it", "we") or the speaker's own
/// people ("its fighters", "our forces", "FMLN columns" in the FMLN's
/// report), and it either names the deed
/// ("carried out", "was behind": `deed_verb`) or is itself an attack verb
/// ("said it had fired rockets at", "confirmed it had targeted him"): a
/// group's or army's report of its own strike is a claim of it. A deed
/// only threatened ("would attack") or denied ("had not fired") is none.
fn self_reported_deed(s: &Sentence, c: usize, deed_verb: bool, speaker: Option<usize>) -> bool {
    if !subject_is_the_speakers_side(s, c, speaker) || negated(s, c) {
        return false;
    }
    let modal = has_modal(s, c);
    // "targeted" is no trigger of its own (a target of criticism), but of
    // one's own doing after a strike it is the strike.
    !modal && !crate::mentions::intercepts_weapons(s, c) && (deed_verb || is_attack_verb(s, c) || s.words[c].lemma == "target")
}

/// Is the subject of the clause `c` under a reporting verb the speaker or
/// the speaker's own people ("it", "we", "its fighters", "FMLN columns" in
/// the FMLN's report, "the group" in its spokesman's words)?
fn subject_is_the_speakers_side(s: &Sentence, c: usize, speaker: Option<usize>) -> bool {
    // "'They killed 14 people,' he said": a single person's "they" or
    // "it" are others; only "we" would be the speaker's own side.
    let one_person = speaker.is_some_and(|sp| matches!(s.words[sp].lower.as_str(), "he" | "she" | "i"));
    let own = |x: usize| match s.words[x].lower.as_str() {
        "we" | "our" => true,
        "it" | "they" | "its" | "their" => !one_person,
        _ => false,
    };
    let Some(subj) = s.child_rel(c, "nsubj") else { return false };
    // "the FMLN reports that FMLN columns attacked ...": the speaker's own
    // name on the doers ("FMLN columns", "ELN guerrillas").
    let named_as_speaker = speaker.is_some_and(|sp| {
        s.words[sp].upos == Upos::Propn && s.children(subj).iter().any(|&m| s.words[m].deprel == "compound" && s.words[m].lower == s.words[sp].lower)
    });
    own(subj) || named_as_speaker || (s.words[subj].is_noun() && s.children_rel(subj, "nmod:poss").any(own)) || the_group_of_its_spokesman(s, subj, speaker)
}

/// "The group said it did not carry out the attack": the speaker's side
/// denying its part in a known act (the act the negated verb of doing
/// names, [`crate::modality::denied_part_in`]) makes a denial.
fn self_denied_deed(s: &Sentence, c: usize, speaker: Option<usize>) -> Option<usize> {
    let act = s.child_rel(c, "obj").filter(|&o| is_event_noun(s, o) && crate::modality::denied_part_in(s, o))?;
    (negated(s, c) && subject_is_the_speakers_side(s, c, speaker)).then_some(act)
}

/// "a spokesman for the Balochistan Liberation Front said the group had
/// killed him": "the group" (or "the movement", "the organisation") in the
/// words of a spokesman, leader or commander for a named body is that body.
/// Not in anyone else's words: "police said the group had attacked" speaks
/// of another party.
fn the_group_of_its_spokesman(s: &Sentence, subj: usize, speaker: Option<usize>) -> bool {
    let Some(sp) = speaker else { return false };
    let the_group = GROUP_SELF_WORDS.contains(&s.words[subj].lemma.as_str())
        && s.children(subj).iter().all(|&k| s.words[k].rel() == "det" && s.words[k].lower == "the");
    let spokesman_for_a_body = matches!(s.words[sp].lemma.as_str(), "spokesman" | "spokeswoman" | "spokesperson" | "leader" | "commander")
        && s.children_rel(sp, "nmod").any(|b| matches!(s.case_of(b), Some("for" | "of")) && s.words[b].upos == Upos::Propn);
    the_group && spokesman_for_a_body
}

/// Words by which a body's spokesman names the body itself.
const GROUP_SELF_WORDS: &[&str] = &["group", "movement", "organisation", "organization", "front", "army"];

/// Does the clause at `c` have a modal auxiliary ("would attack", "could
/// take this step", "may have fired")? Such a clause reports no deed done.
fn has_modal(s: &Sentence, c: usize) -> bool {
    s.children(c).iter().any(|&k| s.words[k].rel() == "aux" && matches!(s.words[k].lemma.as_str(), "may" | "might" | "could" | "would" | "will" | "shall" | "should" | "can" | "must"))
}

/// Adjectives and adverbs that make who did a deed a likelihood, not a
/// charge: "was likely behind", "probably carried out".
const HEDGE_ADJECTIVES: &[&str] = &["likely", "probably", "possibly", "perhaps", "apparently", "presumably", "allegedly", "reportedly"];

/// "No group has claimed the bombing, but officials suspect the Pakistani
/// Taliban", "police suspect a local gang of the kidnapping": the party a
/// verb of suspicion takes as its object is suspected of the act named in
/// its "of" phrase, or else of the act the report is about. A suspicion,
/// not an accusation: the statement is hedged. "Police suspect a gas leak"
/// names no party and is none.
fn suspicion_of_a_party(s: &Sentence, v: usize, found: &[StatementMention]) -> Option<StatementMention> {
    if s.words[v].lemma != "suspect" || found.iter().any(|m| m.head == v) {
        return None;
    }
    let party = s.child_rel(v, "obj").filter(|&o| crate::mentions::is_party_word(s, o))?;
    let entry = StatementEntry { lemma: s.words[v].lemma.clone(), kind: EventKind::Accusation, pattern: Pattern::Plain };
    let mut m = statement_at(s, v, &entry)?;
    m.actors.retain(|(role, _, _)| *role != Role::Target);
    push_with_conjuncts(s, &mut m, Role::Accused, party);
    m.about_word = obl_about(s, v, &["of"]).or(m.about_word);
    m.hedged = true;
    Some(m)
}

/// Nouns of suspicion that "fall on", "centre on" or "point to" a party.
const SUSPICION_NOUNS: &[&str] = &["suspicion", "finger"];

/// "No group claimed the bombing, but suspicion fell on the Pakistani
/// Taliban", "fingers pointed at a rival militia": the party is suspected,
/// by nobody named, of the act the report is about.
fn suspicion_falling_on_a_party(s: &Sentence, out: &mut Vec<StatementMention>) {
    for (v, w) in s.words.iter().enumerate() {
        if !w.is_verb() || !s.child_rel(v, "nsubj").is_some_and(|n| SUSPICION_NOUNS.contains(&s.words[n].lemma.as_str())) {
            continue;
        }
        let party = s.children_rel(v, "obl").find(|&c| matches!(s.case_of(c), Some("on" | "at" | "to" | "toward" | "towards")) && crate::mentions::is_party_word(s, c));
        let Some(party) = party else { continue };
        let mut m = StatementMention::at(s, EventKind::Accusation, v);
        push_with_conjuncts(s, &mut m, Role::Accused, party);
        m.hedged = true;
        out.push(m);
    }
}

/// Is the accusation of `v` that the subject of clause `c` was behind a
/// deed only a suspicion? A verb of belief ("officials suspect", "police
/// believe"), a modal in the clause ("may have been behind"), or a hedging
/// adverb ("was probably behind"). Such a party is suspected, not accused.
fn hedged_accusation(s: &Sentence, v: usize, c: usize) -> bool {
    let belief = matches!(s.words[v].lemma.as_str(), "believe" | "suspect" | "think");
    let modal = s.children_rel(c, "aux").any(|k| matches!(s.words[k].lemma.as_str(), "may" | "might" | "could"));
    let adverb = s.children_rel(c, "advmod").any(|k| HEDGE_ADJECTIVES.contains(&s.words[k].lower.as_str()));
    belief || modal || adverb
}

/// Words that stand for no party of their own as the subject of
/// "responsible": "those responsible", "who is responsible", "they" (the
/// party, if any, is named where the word points).
const NO_PARTY_SUBJECTS: &[&str] = &["who", "whoever", "which", "that", "those", "these", "this", "it", "they", "we", "i", "you", "he", "she", "nobody", "anyone", "someone", "none"];

/// "A right-wing gang is responsible for the bombing", "according to the
/// police, the army and the treasury police are responsible for the
/// massacre", "acknowledges that members of the army were responsible for
/// the killing": the subject is accused of the event, by the "according
/// to" source if there is one. Reports name perpetrators so as often as with
/// "blamed". Only a copular "responsible" with a noun subject and a "for"
/// phrase that is an event word ("responsible for maintaining order", "for
/// the elections" are duties, not deeds), and which links to an event of
/// the report (`about_is_strict`); "said X was responsible for" is the
/// reporting verb's accusation, found before.
fn responsible_for_an_event(s: &Sentence, out: &mut Vec<StatementMention>) {
    for (r, w) in s.words.iter().enumerate() {
        if w.lemma != "responsible" || s.child_rel(r, "cop").is_none() {
            continue;
        }
        let Some(subj) = s.child_rel(r, "nsubj") else { continue };
        let sw = &s.words[subj];
        if !sw.is_noun() || NO_PARTY_SUBJECTS.contains(&sw.lower.as_str()) {
            continue;
        }
        let for_phrases = || s.children(r).iter().copied().filter(|&c| matches!(s.words[c].rel(), "obl" | "nmod") && s.case_of(c) == Some("for"));
        let about = for_phrases().find(|&c| is_event_noun(s, c) && !s.words[c].is_verb());
        // "... are responsible for the crime": an act told before, named
        // by a word that says only that it was one.
        let pointing_back = about.is_none() && for_phrases().any(|c| points_back_to_an_act(s, c));
        if about.is_none() && !pointing_back {
            continue;
        }
        let already = out.iter().any(|o| o.head == r || (o.kind == EventKind::Accusation && o.actors.iter().any(|(role, h, _)| *role == Role::Accused && *h == subj)));
        if already {
            continue;
        }
        let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Accusation, pattern: Pattern::Plain };
        let Some(mut m) = statement_at(s, r, &entry) else { continue };
        // `statement_at` took the subject for the accuser: it is the accused.
        m.actors.clear();
        // "according to the guerrillas, the government and the army are
        // responsible": the parser may join the source to the subjects'
        // list; a phrase under "according to" is who accuses.
        let according = |c: usize| matches!(s.case_of(c), Some("according" | "accord"));
        let subjects = std::iter::once(subj).chain(s.children_rel(subj, "conj")).collect::<Vec<_>>();
        let sources = s.children_rel(r, "obl").filter(|&c| according(c));
        for c in subjects.iter().copied().filter(|&c| according(c)).chain(sources).collect::<Vec<_>>() {
            push(s, &mut m, Role::Accuser, c);
        }
        for c in subjects.into_iter().filter(|&c| !according(c)) {
            push(s, &mut m, Role::Accused, c);
        }
        m.about_word = about;
        m.about_is_strict = about.is_some();
        out.push(m);
    }
}

/// Words that name an act only as one, and so, made definite ("the
/// crime", "these incidents", "this action"), point back to an act told
/// before in the report.
const ACT_WORDS_POINTING_BACK: &[&str] = &["crime", "incident", "action", "act", "deed", "atrocity"];

/// Is the noun at `k` a word of `ACT_WORDS_POINTING_BACK` with a definite
/// or demonstrative determiner, and no "of" phrase saying what kind of act
/// it is ("the crime of rebellion")?
fn points_back_to_an_act(s: &Sentence, k: usize) -> bool {
    let w = &s.words[k];
    w.is_noun()
        && ACT_WORDS_POINTING_BACK.contains(&w.lemma.as_str())
        && s.children_rel(k, "det").any(|d| matches!(s.words[d].lower.as_str(), "the" | "this" | "these" | "that" | "those"))
        && !s.children_rel(k, "nmod").any(|c| s.case_of(c) == Some("of"))
}

/// "Members of the army participated in the crime", "drug traffickers
/// might be involved in this crime", "the officers implicated in these
/// incidents": a party that took part in an act told before, named by a
/// word that points back to it (`points_back_to_an_act`), is accused of
/// that act (the latest news of the day), by the speaker of the verb of
/// saying over the clause if there is one; a modal or a hedge makes it a
/// suspicion. Acts named by their own word are read in `mentions.rs`
/// (`modality::suspect_of`). Not a pronoun ("they took part in it": the
/// party is named where it points), nor negated.
fn took_part_in_an_act_told_before(s: &Sentence, out: &mut Vec<StatementMention>) {
    for (v, w) in s.words.iter().enumerate() {
        let part_taking = matches!(w.lemma.as_str(), "participate" | "involve" | "involved" | "implicate" | "implicated")
            || crate::modality::takes_part(s, v);
        if !part_taking || negated(s, v) || out.iter().any(|o| o.head == v) {
            continue;
        }
        let in_the_act = s.children(v).iter().any(|&c| matches!(s.words[c].rel(), "obl" | "nmod") && s.case_of(c) == Some("in") && points_back_to_an_act(s, c));
        if !in_the_act {
            continue;
        }
        // The subject; for a reduced relative ("the officers involved in")
        // the noun it describes; for "who" the relative's antecedent.
        let subject = s.child_rel(v, "nsubj").or_else(|| s.child_rel(v, "nsubj:pass"));
        let party = match subject {
            Some(x) if matches!(s.words[x].lower.as_str(), "who" | "that") => s.words[v].head.filter(|_| s.words[v].deprel == "acl:relcl"),
            Some(x) => Some(x),
            None => s.words[v].head.filter(|_| s.words[v].deprel == "acl"),
        };
        let Some(party) = party.filter(|&p| s.words[p].is_noun() && !NO_PARTY_SUBJECTS.contains(&s.words[p].lower.as_str())) else { continue };
        // "How many units took part in this action?" asks who did it.
        if s.subtree(party).any(|k| matches!(s.words[k].lower.as_str(), "how" | "which" | "what" | "whose")) {
            continue;
        }
        let mut m = StatementMention::at(s, EventKind::Accusation, v);
        let saying = s.words[v].head.filter(|&h| {
            s.words[v].rel() == "ccomp" && s.words[h].is_verb() && (REPORTING_VERBS.contains(&s.words[h].lemma.as_str()) || matches!(s.words[h].lemma.as_str(), "charge" | "reveal" | "confirm" | "allege"))
        });
        if let Some(speaker) = saying.and_then(|h| s.child_rel(h, "nsubj")) {
            push(s, &mut m, Role::Accuser, speaker);
        }
        push_with_conjuncts(s, &mut m, Role::Accused, party);
        m.hedged = has_modal(s, v) || s.children_rel(v, "advmod").any(|k| HEDGE_ADJECTIVES.contains(&s.words[k].lower.as_str()));
        out.push(m);
    }
}

/// Nouns for a deed that, as the predicate of an act with a "by" phrase,
/// name who did it: "the bombing was a cowardly action by the rebels",
/// "the attack was a provocation by the army".
const DEED_NOUNS: &[&str] = &["action", "act", "maneuver", "manoeuvre", "operation", "provocation", "plot", "ploy", "work"];

/// Nouns for whoever did a deed, as the predicate of a party: "X was the
/// perpetrator of the murder", "Y was the mastermind".
const DOER_NOUNS: &[&str] = &["perpetrator", "mastermind", "author", "culprit"];

/// "The attack was the work of X": a copular "work" whose subject is an
/// event word and whose "of" phrase is a noun names the doer of the act, as
/// "X was responsible for the attack" does; so does a copular word for a
/// deed with a "by" phrase ("the bombing was an action by X", "a crude
/// maneuver by Y": `DEED_NOUNS`), and a party that is the copula's subject
/// with a word for the doer as predicate ("X was the perpetrator of the
/// murder", "Y was the mastermind": `DOER_NOUNS`), where the act is the
/// "of" phrase's, or none named. Returns the party and the act.
/// Not when negated ("the killing was not the work of the guerrillas") nor
/// for a subject that is no act ("it was the work of sick minds", "the
/// report is the work of ...", "he was the author of a book").
fn work_of_a_party(s: &Sentence, c: usize) -> Option<(usize, Option<usize>)> {
    let w = &s.words[c];
    if !(w.upos == Upos::Noun && s.child_rel(c, "cop").is_some()) || negated(s, c) {
        return None;
    }
    if DOER_NOUNS.contains(&w.lemma.as_str()) {
        return doer_named_by_predicate(s, c);
    }
    let act = s.child_rel(c, "nsubj").filter(|&a| is_event_noun(s, a) && !s.words[a].is_verb())?;
    // The parser hangs the "by" phrase as a noun's modifier or as an agent.
    let party_in = |prep: &str| {
        s.children(c).iter().copied().find(|&k| {
            matches!(s.words[k].rel(), "nmod" | "obl") && s.case_of(k) == Some(prep) && s.words[k].is_noun() && !is_event_noun(s, k) && !crate::syntax::is_time_word(&s.words[k])
        })
    };
    let party = match w.lemma.as_str() {
        "work" => party_in("of").or_else(|| party_in("by")),
        lemma if DEED_NOUNS.contains(&lemma) => party_in("by"),
        _ => None,
    }?;
    Some((party, Some(act)))
}

/// "X was the perpetrator of the murder", "Y was the mastermind": the
/// copula's subject at predicate `c` (a word of `DOER_NOUNS`) did the act
/// of the "of" phrase, or one not named there. An "of" phrase that is no
/// act ("the author of a book") names no deed; "author" alone says nothing
/// of one either.
fn doer_named_by_predicate(s: &Sentence, c: usize) -> Option<(usize, Option<usize>)> {
    let party = s.child_rel(c, "nsubj").filter(|&p| s.words[p].is_noun() && !is_event_noun(s, p) && !NO_PARTY_SUBJECTS.contains(&s.words[p].lower.as_str()))?;
    match s.children_rel(c, "nmod").find(|&k| s.case_of(k) == Some("of")) {
        Some(of) => is_event_noun(s, of).then_some((party, Some(of))),
        None => (s.words[c].lemma != "author").then_some((party, None)),
    }
}

/// "The bombing was the work of the Islamic State, officials said": the
/// party is accused of the act (`work_of_a_party`), by the "according to"
/// source if there is one. A hedge in the clause ("was apparently the
/// work of") makes it a suspicion. The clause under a reporting verb was
/// handled with that verb as the accusation.
fn work_of_a_party_as_accusation(s: &Sentence, out: &mut Vec<StatementMention>) {
    for c in 0..s.words.len() {
        let Some((party, act)) = work_of_a_party(s, c) else { continue };
        let already = out.iter().any(|o| o.head == c || o.about_word == act && o.actors.iter().any(|(role, h, _)| *role == Role::Accused && *h == party));
        if already {
            continue;
        }
        let entry = StatementEntry { lemma: s.words[c].lemma.clone(), kind: EventKind::Accusation, pattern: Pattern::Plain };
        let Some(mut m) = statement_at(s, c, &entry) else { continue };
        // `statement_at` took the act for the speaker.
        m.actors.clear();
        for k in s.children_rel(c, "obl").filter(|&k| matches!(s.case_of(k), Some("according" | "accord"))).collect::<Vec<_>>() {
            push(s, &mut m, Role::Accuser, k);
        }
        push_with_conjuncts(s, &mut m, Role::Accused, party);
        m.about_word = act;
        m.about_is_strict = act.is_some();
        m.hedged = s.children_rel(c, "advmod").any(|k| HEDGE_ADJECTIVES.contains(&s.words[k].lower.as_str())) || has_modal(s, c);
        out.push(m);
    }
}

/// "There was no immediate claim of responsibility (for the attack)": a
/// claim noun with "no" is a negated claim by nobody, about the "for"
/// phrase's event or the latest one told before; the report that nobody
/// has claimed the act.
fn no_claim_of_responsibility(s: &Sentence, out: &mut Vec<StatementMention>) {
    for (c, w) in s.words.iter().enumerate() {
        if !(w.upos == Upos::Noun && w.lemma == "claim") || out.iter().any(|o| o.head == c) {
            continue;
        }
        let no = s.children_rel(c, "det").any(|d| s.words[d].lower == "no");
        let Some(of) = s.children_rel(c, "nmod").find(|&n| s.case_of(n) == Some("of") && RESPONSIBILITY.contains(&s.words[n].lemma.as_str())) else { continue };
        if !no {
            continue;
        }
        let mut m = StatementMention::at(s, EventKind::Claim, c);
        m.trigger_words = c..of + 1;
        m.about_word = s.children_rel(c, "nmod").find(|&n| s.case_of(n) == Some("for") && is_event_noun(s, n));
        m.negated = true;
        out.push(m);
    }
}

/// Nouns for the marks of a known doer that an act is said to bear.
const HALLMARK_NOUNS: &[&str] = &["hallmark", "trademark", "signature", "fingerprint"];

/// "the attack bore the hallmarks of Boko Haram", "the bombing had all the
/// trademarks of the Islamic State": the group is suspected of the act
/// (a hedged accusation with no speaker), about the act that is the
/// subject when it is an event word, else the latest one told before.
fn hallmarks_of_a_group(s: &Sentence, out: &mut Vec<StatementMention>) {
    for (v, w) in s.words.iter().enumerate() {
        if !(w.is_verb() && matches!(w.lemma.as_str(), "bear" | "have" | "carry" | "show")) || out.iter().any(|o| o.head == v) {
            continue;
        }
        let Some(mark) = s.child_rel(v, "obj").filter(|&o| HALLMARK_NOUNS.contains(&s.words[o].lemma.as_str())) else { continue };
        let Some(group) = s.children_rel(mark, "nmod").find(|&c| s.case_of(c) == Some("of") && s.words[c].is_noun()) else { continue };
        let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Accusation, pattern: Pattern::Plain };
        let Some(mut m) = statement_at(s, v, &entry) else { continue };
        // `statement_at` took the act for the speaker: nobody speaks.
        m.actors.clear();
        push_with_conjuncts(s, &mut m, Role::Accused, group);
        m.about_word = s.child_rel(v, "nsubj").filter(|&subj| is_event_noun(s, subj));
        m.hedged = true;
        out.push(m);
    }
}

/// Verbs that report what someone says happened.
/// Verbs that name a deed as done by their subject ("carried out the
/// attack", "perpetrated the massacre"): said of oneself a claim, of
/// another party an accusation.
const DEED_VERBS: &[&str] = &["carry", "conduct", "stage", "launch", "perpetrate", "execute", "commit"];

const REPORTING_VERBS: &[&str] = &["say", "report", "state", "announce", "complain", "tell"];

/// A party that reports an attack on itself accuses the attacker: "Turkey
/// said a rocket was fired at it from Syria", "Kuwait said that Iraq had
/// attacked its border posts" (CAMEO 112, an accusation of aggression).
/// So does a named party that reports an attack by another named party,
/// as states do of each other: "Washington said Pyongyang had attacked
/// the ship". A report by an unnamed source ("police said guerrillas
/// attacked") or of one's own act is no accusation.
fn reported_attacks_as_accusations(s: &Sentence, out: &mut Vec<StatementMention>) {
    let own = |x: usize| matches!(s.words[x].lower.as_str(), "it" | "they" | "we" | "us" | "its" | "their" | "our" | "itself" | "themselves");
    for (v, w) in s.words.iter().enumerate() {
        if !(w.is_verb() && REPORTING_VERBS.contains(&w.lemma.as_str())) || out.iter().any(|o| o.head == v) {
            continue;
        }
        let Some(speaker) = s.child_rel(v, "nsubj") else { continue };
        let Some(c) = s.child_rel(v, "ccomp").filter(|&c| is_attack_verb(s, c)) else { continue };
        // "said X could take this step", "said X will attack": no report
        // of a deed.
        let modal = has_modal(s, c);
        if s.words[speaker].upos == Upos::Pron || negated(s, c) || modal {
            continue;
        }
        let passive = s.child_rel(c, "nsubj:pass").is_some() || s.child_rel(c, "aux:pass").is_some();
        let agent = || s.children_rel(c, "obl").find(|&k| s.case_of(k) == Some("by")).or_else(|| s.child_rel(c, "obl:agent"));
        let origin = || s.children_rel(c, "obl").find(|&k| s.case_of(k) == Some("from") && s.words[k].upos == Upos::Propn);
        let doer = if passive { agent().or_else(origin) } else { s.child_rel(c, "nsubj") };
        let Some(doer) = doer else { continue };
        if own(doer) || s.children_rel(doer, "nmod:poss").any(own) {
            continue;
        }
        // The attack's victims or target: its object, passive subject, or
        // what it was aimed at ("fired at it", "attacked its posts").
        let aimed = s.children(c).iter().copied().filter(|&k| {
            s.words[k].rel() == "obj" || s.words[k].deprel == "nsubj:pass" || (s.words[k].rel() == "obl" && matches!(s.case_of(k), Some("at" | "on" | "against")))
        });
        let at_speaker = aimed.into_iter().any(|k| own(k) || s.children_rel(k, "nmod:poss").any(own));
        let between_named = s.words[speaker].upos == Upos::Propn && s.words[doer].upos == Upos::Propn;
        if !(at_speaker || between_named) {
            continue;
        }
        let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Accusation, pattern: Pattern::Plain };
        if let Some(mut m) = statement_at(s, v, &entry) {
            push(s, &mut m, Role::Accused, doer);
            m.about_word = Some(c);
            out.push(m);
        }
    }
}

/// Words by which a report refers back to the group it is about: "the
/// group said", "the movement said in a statement".
const GROUP_DESCRIPTORS: &[&str] = &["group", "movement", "militia", "organization", "organisation", "faction", "insurgents", "rebels", "militants"];

/// "Hezbollah fired rockets at an army post, the group said in a
/// statement", "The Houthis launched a missile at a tanker, their spokesman
/// said", "The militia attacked the base, it said": the doer's own report
/// of its strike, put after it, is its claim. Only when the speaker can be
/// none but the doer: "it"/"they", "the group" (a word for the kind of
/// body the doer is), or "its"/"their" spokesman; "..., the army said"
/// is someone else's report.
fn fronted_own_reports(s: &Sentence, out: &mut Vec<StatementMention>) {
    for (v, w) in s.words.iter().enumerate() {
        if !(w.is_verb() && matches!(w.lemma.as_str(), "say" | "announce" | "state")) || out.iter().any(|o| o.head == v) {
            continue;
        }
        let Some(speaker) = s.child_rel(v, "nsubj") else { continue };
        // The report comes first: the attack clause is "said"'s
        // complement, or "said" hangs from it as an aside.
        // (A conjunct with no "and" is such an aside too.)
        let aside = matches!(s.words[v].rel(), "parataxis" | "advcl") || (s.words[v].rel() == "conj" && s.child_rel(v, "cc").is_none());
        let clause = s.child_rel(v, "ccomp").filter(|&c| c < v).or_else(|| s.words[v].head.filter(|&h| h < v && aside));
        let Some(c) = clause.filter(|&c| is_attack_verb(s, c)) else { continue };
        // "Israeli strikes killed ..., the group said": a deed that names
        // no party as its doer is no one's own report.
        let Some(doer) = s.child_rel(c, "nsubj").filter(|&d| s.words[d].is_noun() && !names_an_act(s, d) && (crate::mentions::is_party_word(s, d) || is_or_carries_a_name(s, d))) else { continue };
        let sw = &s.words[speaker];
        let pronoun = matches!(sw.lower.as_str(), "it" | "they" | "we");
        let descriptor = GROUP_DESCRIPTORS.contains(&sw.lower.as_str())
            && s.children_rel(speaker, "det").any(|d| s.words[d].lower == "the")
            && !group_named_among_victims(s, c, doer);
        // "its spokesman", "a spokesman for the group".
        let the_group = |b: usize| GROUP_DESCRIPTORS.contains(&s.words[b].lower.as_str()) && s.children_rel(b, "det").any(|d| s.words[d].lower == "the");
        let own_spokesman = matches!(sw.lemma.as_str(), "spokesman" | "spokeswoman" | "spokesperson")
            && (s.children_rel(speaker, "nmod:poss").any(|p| matches!(s.words[p].lower.as_str(), "its" | "their"))
                || s.children_rel(speaker, "nmod").any(|b| matches!(s.case_of(b), Some("for" | "of")) && the_group(b) && !group_named_among_victims(s, c, doer)));
        if !(pronoun || descriptor || own_spokesman) || negated(s, c) {
            continue;
        }
        let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Claim, pattern: Pattern::Plain };
        if let Some(mut m) = statement_at(s, v, &entry) {
            // The speaker was read as the claimant: the doer is.
            m.actors.retain(|(r, _, _)| *r == Role::Speaker);
            push(s, &mut m, Role::Claimant, doer);
            m.about_word = Some(c);
            out.push(m);
        }
    }
}

/// "Troops killed five Hezbollah fighters, the group said": "the group"
/// is the one named among the deed's victims, not an unnamed doer. True
/// when the clause's object is a name or carries one ("Hezbollah
/// fighters") and the doer neither is nor carries one.
fn group_named_among_victims(s: &Sentence, c: usize, doer: usize) -> bool {
    s.children_rel(c, "obj").any(|o| is_or_carries_a_name(s, o)) && !is_or_carries_a_name(s, doer)
}

/// An event noun, alone or as the head of a longer trigger ("strikes" of
/// "air strikes"): the deed, not its doer.
fn names_an_act(s: &Sentence, k: usize) -> bool {
    crate::mentions::is_event_word(s, k) || crate::lexicon::Lexicon::get().heads_violent_noun_trigger(&s.words[k].lemma)
}

/// A proper name, or a noun with one before it ("the Kataib Hezbollah
/// militia", "Hezbollah fighters").
fn is_or_carries_a_name(s: &Sentence, k: usize) -> bool {
    s.words[k].upos == Upos::Propn || s.children(k).iter().any(|&m| matches!(s.words[m].rel(), "compound" | "nmod:poss" | "flat") && s.words[m].upos == Upos::Propn)
}

/// "Iraqi officials blamed Islamic State remnants for ...": the parser may
/// read "officials blamed" as a noun with a reduced relative ("officials
/// blamed by ...") and make the real object a passive agent with no "by".
/// A noun after the verb with no preposition of its own is its object.
fn bare_oblique_after(s: &Sentence, v: usize) -> Option<usize> {
    s.children_rel(v, "obl").find(|&c| c > v && s.case_of(c).is_none() && s.words[c].is_noun() && !crate::syntax::is_time_word(&s.words[c]))
}

/// Is the verb at `i` a one-word trigger of an act of force ("attacked",
/// "fired", "killed")? Verbs that only start a longer trigger ("take"
/// of "take hostage", "set" of "set fire") are not, nor a verb that is an
/// act only when a bomb is what it puts ("leave", "place") without one
/// ("troops are leaving their posts").
fn is_attack_verb(s: &Sentence, i: usize) -> bool {
    let w = &s.words[i];
    w.is_verb()
        && crate::lexicon::Lexicon::get().triggers_at_word(&w.lemma, &w.lower).iter().any(|t| {
            t.pos == crate::lexicon::TriggerPos::Verb
                && t.lemmas.len() == 1
                && matches!(t.kind, EventKind::Attack | EventKind::Killing | EventKind::Clash | EventKind::Kidnapping)
                && (!t.weapon_put || crate::mentions::puts_weapon(s, i))
        })
}

/// What a passive statement verb is said of: "the bombing was claimed by
/// X", "responsibility for the murder was claimed by X", and, through a
/// relative pronoun, "the attack, which was claimed by X" (the noun the
/// clause hangs on). The claimant is then the "by" phrase (see
/// `statement_at`'s subject).
fn passive_subject(s: &Sentence, v: usize) -> Option<usize> {
    let x = s.child_rel(v, "nsubj:pass")?;
    if matches!(s.words[x].lower.as_str(), "which" | "that") {
        // The parser may hang the clause on the event's own noun phrase
        // ("the attack on the army post, which was claimed by ..."): the
        // nearest event word up from where it hangs.
        let h = s.words[v].head.filter(|_| s.words[v].deprel == "acl:relcl")?;
        return std::iter::once(h).chain(s.ancestors(h)).take(3).find(|&a| is_event_noun(s, a)).or(Some(h));
    }
    Some(x)
}

fn statement_at(s: &Sentence, v: usize, entry: &StatementEntry) -> Option<StatementMention> {
    let obj = s.child_rel(v, "obj");
    let mut m = StatementMention::at(s, entry.kind, v);
    match entry.pattern {
        Pattern::Responsibility => {
            let passive = obj.is_none() && s.child_rel(v, "aux:pass").is_some();
            let o = obj.or_else(|| passive_subject(s, v))?;
            let is_resp = RESPONSIBILITY.contains(&s.words[o].lemma.as_str());
            let is_event = is_event_noun(s, o);
            // "claimed the strike": the act, though "strike" alone is no
            // trigger; the claim is about the report's latest attack.
            let is_act = !is_event && crate::lexicon::Lexicon::get().heads_violent_noun_trigger(&s.words[o].lemma);
            if !is_resp && !is_event && !is_act {
                return None;
            }
            if is_resp {
                if !passive {
                    m.trigger_words = v.min(o)..v.max(o) + 1;
                }
                m.about_word = obl_about(s, o, &["for", "of", "in"]).or_else(|| obl_about(s, v, &["for", "in"]));
            } else if is_event {
                m.about_word = Some(o);
            }
        }
        Pattern::Blame => {
            // "The RSF were accused by the army of shelling a camp": the
            // passive subject is the accused (the "by" phrase the accuser,
            // below).
            let passive_accused = || s.child_rel(v, "aux:pass").and(s.child_rel(v, "nsubj:pass")).filter(|&x| !is_event_noun(s, x) && deed_of_relative_pronoun(s, v, x).is_none());
            let obj = obj.or_else(|| bare_oblique_after(s, v)).or_else(passive_accused);
            // "blamed the government and the armed forces for ...": the
            // parser may make the second party a conjunct of the verb, with
            // the "for" phrase under it.
            let verb_conjuncts: Vec<usize> = match obj {
                Some(o) => s.children_rel(v, "conj").filter(|&c| c > o && s.words[c].is_noun() && !is_event_noun(s, c)).collect(),
                None => Vec::new(),
            };
            // "blamed it on the Taliban": a pronoun object stands for the
            // deed (the report's latest attack), like an event noun.
            let blamed_on = s.children_rel(v, "obl").find(|&c| s.case_of(c) == Some("on") && crate::mentions::is_party_word(s, c));
            let deed = |o: usize| is_event_noun(s, o) || (is_deed_pronoun(s, o) && blamed_on.is_some()) || (deed_of_relative_pronoun(s, v, o).is_some() && blamed_on.is_some());
            if let Some(o) = obj.filter(|&o| !deed(o)) {
                push_with_conjuncts(s, &mut m, Role::Accused, o);
                for &c in &verb_conjuncts {
                    push(s, &mut m, Role::Accused, c);
                }
            }
            // "blamed the attack on al-Shabaab": the deed is the object and
            // the party it is blamed on follows "on" ("on a gas leak"
            // names no party).
            if obj.is_some_and(deed) {
                if let Some(on) = blamed_on {
                    push(s, &mut m, Role::Accused, on);
                }
                // "the bombing, which officials blamed on the rebels".
                m.about_word = obj.and_then(|o| deed_of_relative_pronoun(s, v, o));
            }
            // "the bombing was blamed on the rebels", "the deaths, which
            // are being blamed on the air force": the deed is the passive
            // subject.
            let passive_deed = if obj.is_none() { blamed_on.and(deed_as_passive_subject(s, v)) } else { None };
            if let (Some(deed), Some(on)) = (passive_deed, blamed_on) {
                push_with_conjuncts(s, &mut m, Role::Accused, on);
                m.about_word = Some(deed);
            }
            m.about_word = m.about_word.or_else(|| obl_about(s, v, &["for", "of", "over", "in"]))
                .or_else(|| obj.filter(|&o| is_event_noun(s, o)))
                .or_else(|| verb_conjuncts.iter().find_map(|&c| obl_about(s, c, &["for", "of"])));
            if let Some(o) = obj {
                m.about_word = m.about_word.or_else(|| obl_about(s, o, &["for", "of"]));
            }
            m.about_is_strict = charges_another_deed(s, v, obj);
        }
        Pattern::Attribute => {
            m.about_word = obj.filter(|&o| is_event_noun(s, o));
            // "attributed the attack to the Tupac Amaru movement": the
            // parser often hangs the "to" phrase on the event noun, as if
            // it were the attack's target; an event is attributed to
            // people, so it is the accused.
            let to = |h: usize, rel: &str| s.children_rel(h, rel).find(|&c| s.case_of(c) == Some("to"));
            let to = to(v, "obl").or_else(|| m.about_word.and_then(|o| to(o, "nmod")));
            if let Some(to) = to {
                push_with_conjuncts(s, &mut m, Role::Accused, to);
            } else if let Some(o) = s.children(v).iter().copied().find(|&o| party_read_as_object(s, v, o)) {
                push_with_conjuncts(s, &mut m, Role::Accused, o);
                // The misread phrase starts with its "to"; the party does not.
                for (_, _, words) in m.actors.iter_mut().filter(|(r, h, _)| *r == Role::Accused && *h == o) {
                    while words.len() > 1 && s.words[words.start].lower == "to" {
                        words.start += 1;
                    }
                }
                m.about_word = m.about_word.or_else(|| s.child_rel(o, "nsubj").filter(|&x| is_event_noun(s, x)));
            }
        }
        Pattern::Plain => {
            // "condemned the remarks by China", "condemned as unacceptable
            // allegations by Rwanda": what was said stands for who said it.
            if entry.kind == EventKind::Condemnation {
                if let Some(author) = author_of_condemned_words(s, v, obj) {
                    push(s, &mut m, Role::Target, author);
                }
            }
            if let Some(o) = obj.filter(|&o| !(entry.kind == EventKind::Condemnation && m.actors.iter().any(|(r, _, _)| *r == Role::Target) && SPEECH_NOUNS.contains(&s.words[o].lemma.as_str()))) {
                if is_event_noun(s, o) {
                    m.about_word = Some(o);
                } else if entry.kind == EventKind::Threat && REPRISAL_NOUNS.contains(&s.words[o].lemma.as_str()) {
                    // "threatened revenge against the United States": the
                    // reprisal is what is threatened, its "against" phrase
                    // whom.
                    if let Some(t) = s.children_rel(o, "nmod").find(|&c| matches!(s.case_of(c), Some("against" | "on" | "upon"))) {
                        push(s, &mut m, Role::Target, t);
                    }
                } else if matches!(entry.kind, EventKind::Condemnation | EventKind::Threat | EventKind::Demand) {
                    push(s, &mut m, Role::Target, o);
                    m.about_word = obl_about(s, v, &["for", "over"]);
                } else if matches!(s.words[o].lemma.as_str(), "role" | "involvement" | "responsibility" | "participation" | "link" | "connection" | "charge" | "accusation" | "allegation" | "report" | "claim") {
                    m.about_word = obl_about(s, o, &["in", "for", "of"]);
                }
            }
            // "threatened to strike Hezbollah targets": whom the threatened
            // act is aimed at.
            if entry.kind == EventKind::Threat && obj.is_none() && !m.actors.iter().any(|(r, _, _)| *r == Role::Target) {
                let aimed_at = s.child_rel(v, "xcomp").and_then(|x| s.child_rel(x, "obj")).filter(|&o| {
                    crate::mentions::is_party_word(s, o) || s.children(o).iter().any(|&c| matches!(s.words[c].deprel.as_str(), "compound" | "nmod:poss" | "amod") && s.words[c].upos == Upos::Propn)
                });
                if let Some(o) = aimed_at {
                    push(s, &mut m, Role::Target, o);
                }
            }
            if entry.kind == EventKind::Denial && m.about_word.is_none() {
                if let Some(c) = s.child_rel(v, "ccomp") {
                    m.about_word = Some(c).filter(|&c| crate::mentions::is_event_word(s, c));
                }
            }
        }
    }
    // Who made the statement: the subject, or the passive agent.
    let subject = s.child_rel(v, "nsubj").or_else(|| s.children_rel(v, "obl").find(|&c| s.case_of(c) == Some("by") && s.child_rel(v, "aux:pass").is_some()));
    let subject = match subject {
        // "The militants, who claimed the attack": the antecedent, also
        // when the parser made the clause a parataxis of the main verb
        // ("blamed a militia, which denied any role").
        Some(x) if matches!(s.words[x].lower.as_str(), "who" | "which" | "that") => crate::mentions::antecedent_of_relative(s, x).or(s.words[v].head),
        Some(x) => Some(x),
        // "... said its forces had struck a depot and denied striking
        // civilians": the parser joins the statement to the reported
        // clause; it is the reporter's, not the clause subject's.
        None if s.words[v].rel() == "conj" && reporter_of_clause(s, v).is_some() => reporter_of_clause(s, v),
        // "... , saying it was behind the attack": the main clause's subject;
        // through a chain of conjuncts ("said it was investigating, but did
        // not confirm or deny carrying out the strike").
        None if matches!(s.words[v].rel(), "advcl" | "conj" | "xcomp") => subject_of_governing_conjuncts(s, v),
        // "Officials blamed ..." misparsed as a noun phrase with a reduced
        // relative: the root noun is the subject.
        // "The group issued a communique denying ...": the subject of the
        // verb whose object the statement hangs on.
        None if s.words[v].deprel == "acl" => s.words[v].head.and_then(|h| match s.words[h].head {
            None => Some(h),
            Some(verb) if s.words[h].rel() == "obj" => s.child_rel(verb, "nsubj"),
            Some(_) => None,
        }),
        None => None,
    };
    if let Some(subj) = subject {
        let role = match m.kind {
            EventKind::Claim => Role::Claimant,
            EventKind::Denial => Role::Denier,
            EventKind::Accusation => Role::Accuser,
            _ => Role::Speaker,
        };
        add_speaker(s, &mut m, subj, role);
    }
    m.negated = negated(s, v);
    m.channel = find_channel(s, v);
    if m.kind == EventKind::Accusation {
        m.subtype = crate::interactions::accusation_topic(s, v);
    }
    Some(m)
}

/// The subject of the verb `v` hangs on; for a conjunct `v`, when that
/// verb is itself a conjunct without one, of the verb it is joined to, and
/// so on up ("said ..., but did not confirm or deny").
fn subject_of_governing_conjuncts(s: &Sentence, v: usize) -> Option<usize> {
    let mut h = s.words[v].head?;
    for _ in 0..s.words.len() {
        if let Some(subject) = s.child_rel(h, "nsubj") {
            return Some(subject);
        }
        if s.words[v].rel() != "conj" || s.words[h].rel() != "conj" {
            return None;
        }
        h = s.words[h].head?;
    }
    None
}

/// The deed a passive verb of blame has for its subject: the event noun
/// itself ("the bombing was blamed on the rebels"), or the event noun a
/// relative clause hangs on, whose pronoun is the subject ("the deaths,
/// which are being blamed on the air force"). A passive of blame whose
/// subject is a deed blames the party after "on", not the subject.
fn deed_as_passive_subject(s: &Sentence, v: usize) -> Option<usize> {
    s.child_rel(v, "aux:pass")?;
    let subject = s.child_rel(v, "nsubj:pass")?;
    if is_event_noun(s, subject) {
        return Some(subject);
    }
    deed_of_relative_pronoun(s, v, subject)
}

/// The event noun a relative clause at `v` hangs on, when `pronoun` is
/// the clause's "which" or "that" and so stands for the deed ("the
/// bombing, which officials blamed on the rebels").
fn deed_of_relative_pronoun(s: &Sentence, v: usize, pronoun: usize) -> Option<usize> {
    let relative = matches!(s.words[pronoun].lower.as_str(), "which" | "that") && s.words[v].deprel == "acl:relcl";
    s.words[v].head.filter(|&h| relative && is_event_noun(s, h))
}

/// Can the object `o` be a pronoun standing for a deed ("blamed it on the
/// Taliban", "blamed this on rebels")? The caller asks for a party after
/// "on" too; "blamed them" names a party, not a deed.
fn is_deed_pronoun(s: &Sentence, o: usize) -> bool {
    matches!(s.words[o].lower.as_str(), "it" | "this" | "that")
}

/// 'attributed the attack to "separatist" groups': with a quoted word
/// in the "to" phrase the parser can take the party for the verb's object
/// (and the act for its subject) or for a conjunct of the verb, hanging
/// "to" inside it. Such an object or conjunct `o` that is a party word or
/// a word for a group, whose own phrase holds that "to", is the accused.
fn party_read_as_object(s: &Sentence, v: usize, o: usize) -> bool {
    let to_inside = (v + 1..o).any(|k| s.words[k].lower == "to" && s.is_under(k, o) && matches!(s.words[k].rel(), "case" | "mark"));
    matches!(s.words[o].rel(), "obj" | "conj")
        && to_inside && !is_event_noun(s, o) && (crate::mentions::is_party_word(s, o) || GROUP_DESCRIPTORS.contains(&s.words[o].lemma.as_str()))
}

/// The subject of the reporting or statement verb whose complement clause
/// the conjunct `v` was joined to ("The ministry said its forces had
/// struck a depot and denied ...": "said"'s subject; "M23 denied that it
/// had shelled the camp, and accused the army ...": "denied"'s subject).
/// The parser may also hang the conjunct on the clause's last noun ("hit
/// a depot and denied": "denied" under "depot"): the clause is the
/// nearest "ccomp" above.
fn reporter_of_clause(s: &Sentence, v: usize) -> Option<usize> {
    let h = s.ancestors(v).take(3).find(|&a| s.words[a].rel() == "ccomp")?;
    if h > v {
        return None;
    }
    let r = s.words[h].head?;
    let reporting = REPORTING_VERBS.contains(&s.words[r].lemma.as_str()) || entries().iter().any(|e| e.lemma == s.words[r].lemma);
    if !reporting {
        return None;
    }
    s.child_rel(r, "nsubj")
}

/// A spokesperson speaks for a body: "the militia's spokesman", "a spokesman
/// for the army", "Taliban spokesman Zabihullah Mujahid".
fn add_speaker(s: &Sentence, m: &mut StatementMention, subj: usize, role: Role) {
    let w = &s.words[subj];
    if w.upos == Upos::Pron && !matches!(w.lower.as_str(), "it" | "they" | "he" | "she" | "we") {
        return;
    }
    // "A man speaking on behalf of the X Brigades claimed ...": the body
    // he speaks for makes the statement; he is its speaker.
    if role != Role::Speaker {
        if let Some(body) = behalf_body(s, subj) {
            push(s, m, Role::Speaker, subj);
            push(s, m, role, body);
            return;
        }
    }
    // The plural forms too, which the lemmatiser may leave as they are
    // ("alleged spokesmen of the Medellin Cartel claimed ...").
    let spokes = matches!(w.lemma.as_str(), "spokesman" | "spokeswoman" | "spokesperson" | "official" | "representative" | "commander" | "leader" | "minister" | "ministry" | "statement" | "communique" | "message")
        || matches!(w.lower.as_str(), "spokesmen" | "spokeswomen" | "spokespersons" | "spokespeople");
    if spokes {
        push(s, m, Role::Speaker, subj);
        let body = s
            .child_rel(subj, "nmod:poss")
            .or_else(|| s.children_rel(subj, "nmod").find(|&c| matches!(s.case_of(c), Some("for" | "of" | "from"))))
            .or_else(|| s.children_rel(subj, "compound").find(|&c| s.words[c].upos == Upos::Propn))
            // "the Pakistani minister" speaks for Pakistan; "the prime
            // minister" or "the interior minister" for no body "prime".
            .or_else(|| s.children_rel(subj, "amod").find(|&c| s.words[c].upos == Upos::Propn || (s.words[c].upos == Upos::Adj && crate::mentions::is_nationality_word(&s.words[c]))));
        if let Some(b) = body {
            if role != Role::Speaker {
                push(s, m, role, b);
            }
        } else if role != Role::Speaker {
            push(s, m, role, subj);
        }
    } else {
        push(s, m, role, subj);
    }
    for c in s.children_rel(subj, "conj").collect::<Vec<_>>() {
        push(s, m, role, c);
    }
}

/// The body a speaker says he speaks for, inside the speaker's own phrase:
/// "a man speaking on behalf of the X Brigades", "a caller acting on
/// behalf of X" (the "of" phrase of "behalf"). A relative clause ("a woman
/// who said she was speaking on behalf of X called ... to claim") is often
/// parsed so that the claim has no subject: `claimant_spoken_for_before`.
fn behalf_body(s: &Sentence, subj: usize) -> Option<usize> {
    s.subtree(subj).filter(|&k| k != subj).find_map(|k| body_spoken_for(s, k))
}

/// The party of "on behalf of X" when the word at `k` is that "behalf".
fn body_spoken_for(s: &Sentence, k: usize) -> Option<usize> {
    if s.words[k].lemma != "behalf" {
        return None;
    }
    s.children_rel(k, "nmod").find(|&c| s.case_of(c) == Some("of") && crate::mentions::is_party_word(s, c))
}

/// "A woman who said she was speaking on behalf of the ELN called a radio
/// station to claim responsibility": the parser joins the call to the
/// relative clause, so the claim has no subject. A claim with no claimant,
/// after an "on behalf of" phrase naming a party in the same sentence, is
/// that party's.
fn claimant_spoken_for_before(s: &Sentence, out: &mut [StatementMention]) {
    for m in out.iter_mut().filter(|m| m.kind == EventKind::Claim && !m.actors.iter().any(|(r, _, _)| *r == Role::Claimant)) {
        let body = (0..m.head).find_map(|k| body_spoken_for(s, k).filter(|&c| c < m.head));
        if let Some(b) = body {
            push(s, m, Role::Claimant, b);
        }
    }
}

/// What a threat threatens rather than whom ("threatened revenge",
/// "vowed retaliation").
const REPRISAL_NOUNS: &[&str] = &["revenge", "retaliation", "reprisal", "vengeance", "retribution", "response", "consequence", "action", "war"];

/// Nouns for things said, whose author a condemnation is aimed at.
const SPEECH_NOUNS: &[&str] = &["remark", "allegation", "claim", "statement", "comment", "accusation", "charge", "assertion", "rhetoric", "threat"];

/// The author of the words a condemnation condemns: the "by" phrase or the
/// possessor of its object ("the remarks by China"), or, where the object
/// moved behind an "as" phrase ("condemned as unacceptable allegations by
/// Rwanda"), the "by" phrase the parser hung on the active verb.
fn author_of_condemned_words(s: &Sentence, v: usize, obj: Option<usize>) -> Option<usize> {
    let speech = |i: usize| SPEECH_NOUNS.contains(&s.words[i].lemma.as_str());
    let by = |i: usize| s.children(i).iter().copied().find(|&c| matches!(s.words[c].rel(), "nmod" | "obl") && s.case_of(c) == Some("by"));
    let active = s.child_rel(v, "nsubj").is_some() && s.child_rel(v, "aux:pass").is_none();
    if let Some(o) = obj.filter(|&o| speech(o)) {
        return by(o).or_else(|| if active { by(v) } else { None });
    }
    let said = s.children_rel(v, "obl").find(|&c| s.case_of(c) == Some("as") && speech(c))?;
    by(said).or_else(|| if active { by(v) } else { None })
}

/// The phrase of a party without the predicate the parser hung inside it:
/// "we hold Col Vargas responsible for the victims" (with "responsible"
/// modifying "Vargas"), "accused private enterprises of being directly
/// responsible for the acts". What the party is held to be is no part of
/// who it is.
fn accused_phrase_end(s: &Sentence, head: usize, words: Range<usize>) -> Range<usize> {
    let predicate = (head + 1..words.end).find(|&k| {
        s.words[k].lemma == "responsible" || (s.words[k].lower == "of" && s.words.get(k + 1).is_some_and(|x| x.lemma == "be" && x.lower == "being"))
    });
    match predicate {
        Some(k) => words.start..k,
        None => words,
    }
}

/// "blamed the government and the armed forces for the murder": every
/// party of a coordination is accused, not only the first.
fn push_with_conjuncts(s: &Sentence, m: &mut StatementMention, role: Role, head: usize) {
    push(s, m, role, head);
    for c in s.children_rel(head, "conj").collect::<Vec<_>>() {
        if s.words[c].is_noun() && !is_event_noun(s, c) {
            push(s, m, role, c);
        }
    }
}

fn push(s: &Sentence, m: &mut StatementMention, role: Role, head: usize) {
    if m.actors.iter().any(|(r, h, _)| *r == role && *h == head) {
        return;
    }
    let words = accused_phrase_end(s, head, s.noun_phrase(head));
    // "blamed members of the armed forces": the accused are the members
    // of that body, and the body itself is accused with them. Only after a
    // partitive ("members", "a unit"), and only the body's own phrase: in
    // "accused members of the army of the crime" the last "of" phrase is
    // what they are accused of.
    if let Some(group) = (role == Role::Accused).then(|| partitive_group(s, head)).flatten() {
        let end = s.noun_phrase(group).end;
        m.actors.push((role, head, words.start..end.max(words.end)));
        if !m.actors.iter().any(|(r, h, _)| *r == role && *h == group) {
            m.actors.push((role, group, s.noun_phrase(group)));
        }
        return;
    }
    // "military personnel of the national army are to blame": the body
    // the personnel serve in is accused with them, while the accused
    // phrase itself stays "military personnel" (the word is no partitive
    // for the phrases of perpetrators, whose "of" phrase it keeps apart).
    if role == Role::Accused && s.words[head].lemma == "personnel" {
        if let Some(body) = s.children_rel(head, "nmod").find(|&c| s.case_of(c) == Some("of") && s.words[c].is_noun() && !is_event_noun(s, c)) {
            m.actors.push((role, head, words.start.min(head)..head + 1));
            if !m.actors.iter().any(|(r, h, _)| *r == role && *h == body) {
                m.actors.push((role, body, s.noun_phrase(body)));
            }
            return;
        }
    }
    m.actors.push((role, head, words));
    // "blamed FMLN (Farabundo Marti ...) guerrillas": the aside spelling
    // the name out splits the phrase, which keeps only "guerrillas"; the
    // group named before it is accused (or claims) too, as for an agent.
    if matches!(role, Role::Accused | Role::Claimant) {
        if let Some(name) = crate::mentions::name_before_aside(s, head) {
            push(s, m, role, name);
        }
        // "Guerrillas of the Tupac Amaru Revolutionary Movement claimed
        // ...": the group the claimants are of claims with them, as for a
        // perpetrator (`groups_of_members`). Only after a word for fighters
        // or members: "the killers of Father Lopez" are not his.
        if MEMBER_WORDS.contains(&s.words[head].lemma.as_str()) {
            for g in crate::mentions::groups_of_members(s, head) {
                push(s, m, role, g);
            }
            if let Some(owner) = owning_group(s, head) {
                push(s, m, role, owner);
            }
        }
    }
}

/// The group a claiming or accused unit belongs to by a possessive: "the
/// PRV's urban command", "the Southern Front's Eighth Column" (the group
/// claims with its unit, as for "the command of the PRV"). Only a possessor
/// that can name a party (a name, a force or body word), or a word no
/// dictionary sense explains (a lower-cased acronym such as "uc-eln's" the
/// tagger calls a common noun): "its", "their" or "the city's" name no group.
fn owning_group(s: &Sentence, head: usize) -> Option<usize> {
    // The parser may hang the possessive on the unit's first name word
    // ("the uc-eln's martha elena baron unit": on "martha").
    let p = s.child_rel(head, "nmod:poss").or_else(|| s.children_rel(head, "compound").find_map(|c| s.child_rel(c, "nmod:poss")))?;
    let w = &s.words[p];
    let unknown_word = w.is_noun() && crate::semantics::senses(&w.lemma).is_none();
    (w.upos != Upos::Pron && (crate::mentions::is_party_word(s, p) || unknown_word)).then_some(p)
}

/// Words for the fighters or members of a group, whose "of" phrase names
/// the group ("guerrillas of the MRTA", "commandos of the Cinchonero
/// front", "urban units of the FMLN").
const MEMBER_WORDS: &[&str] = &[
    "guerrilla", "rebel", "member", "commando", "militant", "terrorist", "fighter", "combatant", "insurgent", "unit", "cell", "squad", "column", "detachment", "command", "wing", "faction",
];

/// The body a partitive accused belongs to ("the armed forces" of
/// "members of the armed forces"), unless the "of" phrase names an event.
/// Nor when the "of" phrase opens with a gerund: "accused the group of
/// targeting civilians" names the charge, not a body.
fn partitive_group(s: &Sentence, head: usize) -> Option<usize> {
    crate::mentions::partitive_end(s, head)?;
    s.children_rel(head, "nmod").find(|&c| matches!(s.case_of(c), Some("of" | "from")) && s.words[c].is_noun() && !is_event_noun(s, c) && !opens_with_gerund(s, c))
}

/// Does the phrase of `c` open with a verb in "-ing" ("targeting
/// civilians", "shelling the town")?
fn opens_with_gerund(s: &Sentence, c: usize) -> bool {
    (s.noun_phrase(c).start..c).chain(s.subtree(c).start..c).any(|k| s.words[k].lower.ends_with("ing") && s.words[k].is_verb() && s.words[k].head == Some(c))
}

/// Verbs that name what something is ("called the attack a war crime").
const NAMING_VERBS: &[&str] = &["call", "describe", "brand", "label", "term", "characterize", "characterise"];

/// Words that judge an act as wrong: naming an act by one of them
/// condemns it.
const CONDEMNING_WORDS: &[&str] = &[
    "crime", "criminal", "atrocity", "terrorism", "terrorist", "cowardly", "coward", "barbaric", "barbarism", "barbarity", "heinous",
    "despicable", "outrage", "outrageous", "madness", "savage", "savagery", "abominable", "inhuman", "inhumane", "horrific", "senseless",
    "monstrous", "evil", "vile", "dastardly",
];

/// "Zelenskyy called the attack a war crime", "the president described the
/// bombing as a cowardly act", "branded the killings barbaric": naming an
/// act by a word that judges it wrong is a condemnation of it.
fn called_an_outrage(s: &Sentence, out: &mut Vec<StatementMention>) {
    for v in 0..s.words.len() {
        if !(s.words[v].is_verb() && NAMING_VERBS.contains(&s.words[v].lemma.as_str())) || out.iter().any(|o| o.head == v) {
            continue;
        }
        let Some(act) = s.child_rel(v, "obj").filter(|&o| is_event_noun(s, o)) else { continue };
        // What it is named: the words after the act up to the clause's
        // next punctuation ("a war crime", "as a cowardly act", "as
        // barbaric"), wherever the parser hung them.
        let named = (act + 1..s.subtree(v).end).take_while(|&k| s.words[k].upos != Upos::Punct);
        let judged = named.into_iter().any(|k| {
            let w = &s.words[k];
            CONDEMNING_WORDS.contains(&w.lemma.as_str()) || CONDEMNING_WORDS.contains(&w.lower.as_str())
        });
        if !judged {
            continue;
        }
        let entry = StatementEntry { lemma: s.words[v].lemma.clone(), kind: EventKind::Condemnation, pattern: Pattern::Plain };
        if let Some(m) = statement_at(s, v, &entry) {
            out.push(m);
        }
    }
}

/// "The RSF said the allegations were fabricated", "called the accusations
/// baseless": a party calling what it is accused of false denies it, as
/// "denied the allegations" would. A verb of saying whose clause (or, for
/// "call", whose object's predicate) calls an account noun false is a
/// denial by the verb's subject, about the report's act (the latest one,
/// as for "denied the allegations").
fn accusation_called_false(s: &Sentence, out: &mut Vec<StatementMention>) {
    let false_word = |k: usize| crate::modality::is_falsity_word(&s.words[k].lemma) && !negated(s, k);
    let account = |k: usize| crate::modality::is_account_noun(&s.words[k].lemma);
    for v in 0..s.words.len() {
        let w = &s.words[v];
        if !w.is_verb() || out.iter().any(|o| o.head == v) {
            continue;
        }
        let called_false = match w.lemma.as_str() {
            // "said the allegations were fabricated": the falsity word heads
            // the clause, with the account as its subject.
            "say" | "insist" | "state" | "add" => s.children_rel(v, "ccomp").any(|c| false_word(c) && s.children(c).iter().any(|&x| matches!(s.words[x].rel(), "nsubj" | "nsubj:pass") && account(x))),
            // "called the accusations baseless".
            "call" => s.children_rel(v, "obj").any(|o| account(o) && (s.children_rel(v, "xcomp").any(false_word) || s.children(o).iter().any(|&x| false_word(x) && x > o))),
            _ => false,
        };
        if !called_false || negated(s, v) {
            continue;
        }
        let entry = StatementEntry { lemma: w.lemma.clone(), kind: EventKind::Denial, pattern: Pattern::Plain };
        if let Some(mut m) = statement_at(s, v, &entry) {
            // What was said is no party.
            m.actors.retain(|(role, _, _)| *role == Role::Denier);
            out.push(m);
        }
    }
}

fn is_event_noun(s: &Sentence, i: usize) -> bool {
    crate::mentions::is_event_word(s, i)
}

/// "accused the army of fabricating the reports", "accusing them of being
/// spies": an accusation whose charge ("of"/"for" on the verb or its
/// object) names a deed of another sort than an act of force, with no
/// event word in it, is about that deed, not about the attack told before.
/// A deed is of another sort when the charge is espionage or treason, or a
/// verb with an object of its own that is neither an event nor a pronoun
/// and no verb of carrying out ("of carrying it out", "of staging the
/// raid" stay about the act).
fn charges_another_deed(s: &Sentence, v: usize, obj: Option<usize>) -> bool {
    let charges: Vec<usize> = std::iter::once(v)
        .chain(obj)
        .flat_map(|h| s.children(h).to_vec())
        .filter(|&c| matches!(s.words[c].rel(), "obl" | "nmod" | "advcl" | "acl") && matches!(s.case_of(c).or_else(|| s.child_rel(c, "mark").map(|m| s.words[m].lemma.as_str())), Some("of" | "for")))
        .collect();
    if charges.iter().any(|&c| s.subtree(c).any(|i| is_event_noun(s, i))) {
        return false;
    }
    if crate::interactions::accusation_topic(s, v).as_deref() == Some("espionage") {
        return true;
    }
    charges.iter().any(|&c| {
        let w = &s.words[c];
        w.is_verb()
            && !crate::mentions::SUPPORT_VERBS.contains(&w.lemma.as_str())
            && s.children_rel(c, "obj").any(|o| s.words[o].upos != sitrep_analysis::Upos::Pron && !is_event_noun(s, o))
    })
}

/// The object of a preposition under `head` that names an event.
fn obl_about(s: &Sentence, head: usize, preps: &[&str]) -> Option<usize> {
    s.children(head)
        .iter()
        .copied()
        .filter(|&c| matches!(s.words[c].rel(), "obl" | "nmod" | "advcl"))
        .filter(|&c| s.case_of(c).is_some_and(|p| preps.contains(&p)) || s.children_rel(c, "mark").any(|mk| preps.contains(&s.words[mk].lemma.as_str())))
        .find(|&c| is_event_noun(s, c) || s.words[c].is_verb())
}

/// An event word inside a clause ("said it carried out the bombing"), not
/// one inside a relative clause on its words: in "said it had struck
/// militants who were planning attacks" the attacks are the militants',
/// not what the statement is about.
fn about_in(s: &Sentence, clause: usize) -> Option<usize> {
    s.subtree(clause).find(|&i| is_event_noun(s, i) && i != clause && !s.is_under_through_relative(i, clause))
}

fn negated(s: &Sentence, v: usize) -> bool {
    let own = s.children(v).iter().any(|&c| {
        let w = &s.words[c];
        (w.rel() == "advmod" && matches!(w.lower.as_str(), "not" | "n't" | "never"))
            || (s.words[c].rel() == "nsubj" && s.children_rel(c, "det").any(|d| s.words[d].lower == "no"))
            || matches!(w.lower.as_str(), "nobody" | "noone") && w.rel() == "nsubj"
    });
    // "there is no evidence the army was behind it", "it is unclear whether".
    let hedged = s.ancestors(v).take(3).any(|a| {
        let aw = &s.words[a];
        s.children_rel(a, "det").any(|d| s.words[d].lower == "no") && matches!(aw.lemma.as_str(), "evidence" | "indication" | "sign" | "proof")
            || matches!(aw.lemma.as_str(), "unclear" | "unknown" | "uncertain")
    });
    own || hedged
}

fn find_channel(s: &Sentence, v: usize) -> Option<String> {
    let words: Vec<&str> = s.words.iter().map(|w| w.lemma.as_str()).collect();
    let scope = s.subtree(v);
    let mut best: Option<(usize, &str)> = None;
    for (pattern, channel) in channels() {
        let n = pattern.len();
        for i in scope.clone() {
            // "a group calling itself ...", "recorded": a verb is no medium.
            let verb = s.words[i].is_verb();
            if !verb && i + n <= words.len() && (0..n).all(|k| words[i + k] == pattern[k] || s.words[i + k].lower == pattern[k]) {
                // A named medium is more telling than "a statement": "in a
                // statement on Telegram" is a Telegram claim.
                let dist = i.abs_diff(v) + if channel == "statement" { 100 } else { 0 };
                if best.map_or(true, |(d, _)| dist < d) {
                    best = Some((dist, channel.as_str()));
                }
            }
        }
    }
    best.map(|(_, c)| c.to_string())
}
