//! Casualty counts: "killing at least 20 people", "three soldiers were
//! wounded", "the death toll rose to 31", "one dead terrorist", "no one was
//! hurt", each with who gave the figure ("police said", "according to
//! hospital officials").
//!
//! A count is a number expression (parsed by `sitrep_text::numbers`) tied to a
//! cue word of killing or injury that stands right before it ("killing 20"),
//! right after the counted noun ("20 people were killed"), or a death toll
//! phrase before it. Counted nouns must denote people, or be absent.

use std::ops::Range;

use sitrep_text::numbers::{parse_number, Quantity};

use crate::lexicon::{Lexicon, NounClass};
use crate::modality::modality_of;
use sitrep_schema::Modality;
use crate::syntax::Sentence;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Harm {
    Killed,
    Injured,
}

/// One figure found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct CountMention {
    pub harm: Harm,
    pub quantity: Quantity,
    /// Byte range of the whole expression ("at least 20 people").
    pub range: Range<usize>,
    /// Word index of the cue ("killing", "killed", "toll").
    pub cue: usize,
    /// Word range of the counted noun phrase, if any ("people", "soldiers").
    pub noun: Option<Range<usize>>,
    /// Byte range of who gave the figure ("police" of "police said"):
    /// its text is the source, its place the source's evidence.
    pub source: Option<Range<usize>>,
    /// One named or singled-out person said to have died ("Inspector Ruiz
    /// died"), not a toll: a toll given elsewhere outweighs it.
    pub partial: bool,
}

const KILL_CUES: &[&str] = &["kill", "die", "dead", "slay", "murder", "execute", "massacre", "behead", "perish", "assassinate", "slain", "gun"];
const INJURY_CUES: &[&str] = &["wound", "injure", "hurt", "maim", "injured", "wounded"];
const TOLL_WORDS: &[&str] = &["toll", "tally"];


/// Words for a count that are a toll when they count the harmed ("the
/// number of dead", "the death count", "the casualty figure").
const COUNT_WORDS: &[&str] = &["number", "count", "figure"];

/// Is the word at `k` a toll: a toll word, or a count word with the dead
/// or hurt in its "of" phrase or before it ("put the number of dead at
/// five", "the death count rose to 12")?
pub fn is_toll_at(s: &Sentence, k: usize) -> bool {
    let w = &s.words[k];
    if TOLL_WORDS.contains(&w.lemma.as_str()) {
        return true;
    }
    if !COUNT_WORDS.contains(&w.lemma.as_str()) {
        return false;
    }
    let harmed = |x: &crate::syntax::Word| harm_of(&x.lemma, &x.lower).is_some() || matches!(x.lemma.as_str(), "death" | "casualty" | "fatality" | "victim");
    let of_the_harmed = s.words.get(k + 1).is_some_and(|x| x.lower == "of") && s.words.get(k + 2).is_some_and(harmed);
    let named_before = k > 0 && harmed(&s.words[k - 1]);
    of_the_harmed || named_before
}
/// Is the figure whose cue is at `k` one the report itself says was
/// replaced: "an earlier toll given by officials was 40", "the initial
/// figure", "officials had earlier said 40 people died"? Such a figure is
/// kept among the reports but is never the best one. An adverb of the
/// deed itself ("gunmen killed five people earlier on Sunday") says when
/// it happened, not that a figure was replaced, so only a toll word's
/// modifier or a verb of giving a figure above the cue counts.
pub fn is_superseded_at(s: &Sentence, k: usize) -> bool {
    let says_earlier = |x: usize| s.children(x).iter().any(|&c| SUPERSEDED_WORDS.contains(&s.words[c].lower.as_str()) && matches!(s.words[c].rel(), "amod" | "advmod"));
    if is_toll_at(s, k) && says_earlier(k) {
        return true;
    }
    s.ancestors(k).take(3).any(|a| FIGURE_GIVING_VERBS.contains(&s.words[a].lemma.as_str()) && says_earlier(a))
}

/// Is the figure `c` one its own phrase says was replaced, whatever its
/// cue: "has risen to 32, up from an initial count of 21", "now 32, up
/// from 21", "rose to 32 from 21"? The figure, or a noun it counts or
/// belongs to (two steps up at most, never past a verb), carries "from" or
/// a word of an earlier figure. A "from" on a noun further up ("21 people
/// from the village") is about where the people came from, so it is not
/// looked at.
pub fn is_superseded(s: &Sentence, c: &CountMention) -> bool {
    if c.cue < s.words.len() && is_superseded_at(s, c.cue) {
        return true;
    }
    let Some(figure) = s.words.iter().position(|w| w.start >= c.range.start && w.start < c.range.end && w.upos == sitrep_analysis::Upos::Num) else {
        return false;
    };
    let earlier_or_from = |x: usize| {
        s.children(x).iter().any(|&k| {
            let w = &s.words[k];
            (w.lower == "from" && w.rel() == "case") || (SUPERSEDED_WORDS.contains(&w.lower.as_str()) && matches!(w.rel(), "amod" | "advmod"))
        })
    };
    std::iter::once(figure).chain(s.ancestors(figure).take(2).take_while(|&a| s.words[a].is_noun())).any(earlier_or_from)
}

/// Verbs by which a figure changes ("rose from 21 to 32").
const FIGURE_CHANGE_VERBS: &[&str] = &["rise", "climb", "jump", "increase", "grow", "revise", "raise", "soar", "mount", "swell", "fall", "drop"];

/// Words that mark a figure as replaced by a later one.
const SUPERSEDED_WORDS: &[&str] = &["earlier", "previous", "previously", "initial", "initially", "original", "originally", "preliminary", "first"];

/// Verbs by which a source gives a figure.
const FIGURE_GIVING_VERBS: &[&str] = &["say", "put", "give", "report", "announce", "estimate", "tell", "state"];

/// Determiners after "of" that make a figure partitive ("two of his
/// bodyguards", "five of the soldiers").
const PARTITIVE_DETERMINERS: &[&str] = &["the", "his", "her", "their", "its", "these", "our", "my", "your"];
/// Words that may stand between a count's noun and its cue.
const BRIDGE: &[&str] = &["be", "have", "been", "were", "was", "are", "is", "had", "reportedly", "also", "allegedly", "all", "either", "later", "were", "being", "got", "get", "critically", "seriously", "slightly", "badly", "fatally", "instantly", "immediately"];

/// The harm a cue word tells, by its lemma or form ("killed", "deaths",
/// "wounded").
pub(crate) fn harm_of(lemma: &str, lower: &str) -> Option<Harm> {
    if KILL_CUES.contains(&lemma) || KILL_CUES.contains(&lower) || matches!(lower, "deaths" | "fatalities" | "bodies" | "corpses") || lower.starts_with("assassination") {
        Some(Harm::Killed)
    } else if INJURY_CUES.contains(&lemma) || INJURY_CUES.contains(&lower) || lower == "injuries" {
        Some(Harm::Injured)
    } else {
        None
    }
}

/// Finds casualty counts in a sentence. `excluded` are byte ranges that are
/// not counts even if numeric (dates).
pub fn find_counts(s: &Sentence, excluded: &[Range<usize>]) -> Vec<CountMention> {
    let lex = Lexicon::get();
    let forms: Vec<&str> = s.words.iter().map(|w| w.lower.as_str()).collect();
    let mut out: Vec<CountMention> = Vec::new();
    // Figures with no cue yet: first word, end of the counted phrase, the
    // figure, the counted noun.
    let mut uncued: Vec<(usize, usize, Quantity, Option<Range<usize>>)> = Vec::new();
    let mut i = 0;
    while i < s.words.len() {
        if excluded.iter().any(|r| r.start <= s.words[i].start && s.words[i].end <= r.end) {
            i += 1;
            continue;
        }
        // "revised up to 18": the verb's particle, not a ceiling.
        if forms[i] == "up" && s.words[i].deprel == "compound:prt" {
            i += 1;
            continue;
        }
        // "a soldier was killed": an article counts one when a singular
        // person noun follows, not the owner in "a doctors' group said".
        let singular_person = |k: usize| {
            let w = &s.words[k];
            person_like(lex, &w.lemma) && (w.lower == w.lemma || !w.lower.ends_with('s')) && !s.words.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "'" | "'s" | "\u{2019}" | "\u{2019}s"))
        };
        let article_ok = i + 1 < s.words.len() && singular_person(i + 1);
        // "no one was hurt" counts nobody: the zero is read below.
        let no_one = i > 0 && forms[i - 1] == "no" && forms[i] == "one";
        let Some(mut m) = parse_number(&forms[i..], article_ok).filter(|_| !no_one) else {
            i += 1;
            continue;
        };
        // "the toll rose from 21 to 32": a change of the figure, whose
        // value is where it ended, not a range.
        if i > 0 && forms[i - 1] == "from" && s.ancestors(i).take(3).any(|a| FIGURE_CHANGE_VERBS.contains(&s.words[a].lemma.as_str())) {
            if let (Some(high), Some(low)) = (m.quantity.high, m.quantity.low) {
                if high > low && !m.quantity.vague {
                    m.quantity = Quantity::exact(high);
                }
            }
        }
        let num_end = i + m.words;
        // Numbers inside a larger number or a date ("1990", "24 AUG").
        if m.quantity.best.is_none() || measure_at(s, num_end) || is_age(s, i, num_end) || (m.words == 1 && is_year(forms[i]) && !article_ok && !s.words.get(num_end).is_some_and(|w| person_like(lex, &w.lemma))) {
            i = num_end.max(i + 1);
            continue;
        }
        // "Nine people, including three attackers, were killed": a part of
        // the figure before, not more dead (but its cue may be the whole's,
        // below).
        let among_them = i > 1 && forms[i - 2] == "among" && matches!(forms[i - 1], "them" | "whom" | "those");
        let part_of_previous = i > 0 && (matches!(forms[i - 1], "including" | "among") || among_them) && (!out.is_empty() || !uncued.is_empty());
        // The counted noun phrase: adjectives and nouns after the number.
        let mut j = num_end;
        let mut noun_head = None;
        if forms.get(j) == Some(&"of") && matches!(forms.get(j + 1), Some(&"them") | Some(&"those") | Some(&"whom")) {
            // "eight people, six of them priests": a part of the figure
            // before, not more people.
            if i > 0 && forms[i - 1] == "," && (!out.is_empty() || !uncued.is_empty()) {
                i = j + 2;
                continue;
            }
            j += 2;
        }
        // "two of his bodyguards", "three of the minister's escorts": the
        // people counted are those after "of" and a determiner.
        let partitive = forms.get(j) == Some(&"of") && forms.get(j + 1).is_some_and(|f| PARTITIVE_DETERMINERS.contains(f));
        if partitive {
            j += 2;
        }
        let phrase_start = j;
        while j < s.words.len() && j < phrase_start + 4 {
            let w = &s.words[j];
            if partitive && w.lower == "'s" && j > phrase_start {
                j += 1;
            } else if w.is_noun() || matches!(w.upos, sitrep_analysis::Upos::Adj) || w.lower == "other" || w.lower == "others" {
                if w.is_noun() || w.lower == "others" {
                    noun_head = Some(j);
                }
                j += 1;
            } else {
                break;
            }
        }
        let noun = noun_head.map(|h| num_end..h + 1);
        if let Some(h) = noun_head {
            let w = &s.words[h];
            let class = lex.noun(&w.lemma).map(|e| e.class);
            let peoplish = matches!(class, Some(NounClass::Person | NounClass::Agent | NounClass::Force)) || w.lower == "others" || w.upos == sitrep_analysis::Upos::Propn;
            let dead_noun = harm_of(&w.lemma, &w.lower);
            if !peoplish && dead_noun.is_none() && class.is_some() {
                i = num_end;
                continue;
            }
            // "31 dead", "two deaths", "45 injured" used as nouns.
            if let Some(harm) = dead_noun {
                push(&mut out, s, harm, m.quantity, i, h + 1, h, None);
                i = h + 1;
                continue;
            }
        }
        let after = noun_head.map(|h| h + 1).unwrap_or(num_end);
        // Cue after: "20 people were killed", "three dead", "two wounded".
        let mut k = after;
        let mut cue_after = None;
        while k < s.words.len() && k < after + 4 {
            let w = &s.words[k];
            if let Some(h) = harm_of(&w.lemma, &w.lower) {
                cue_after = Some((h, k));
                break;
            }
            // "five people were shot dead", "were found dead": the verb
            // before "dead" says how; "dead" is the cue.
            let how_before_dead = w.is_verb() && forms.get(k + 1) == Some(&"dead");
            if !BRIDGE.contains(&w.lemma.as_str()) && !BRIDGE.contains(&w.lower.as_str()) && w.lower != "," && !how_before_dead {
                break;
            }
            k += 1;
        }
        // Cue before: "killing 20", "wounded 35 others", "left 5 dead",
        // or a noun of killing before "of" ("the murder of six priests").
        let before = i.checked_sub(1).and_then(|b| {
            let w = &s.words[b];
            harm_of(&w.lemma, &w.lower).map(|h| (h, b))
        });
        let before = before.or_else(|| cue_noun_before_of(s, i));
        // The verb the counted noun is the subject of, however long its
        // phrase ("three members of the union were killed").
        let cue_after = cue_after.or_else(|| noun_head.and_then(|h| governing_cue(s, h)));
        // "the death toll rose to 31", "the toll from Saturday's bombing in
        // the town has risen to 31": a toll word earlier in the sentence
        // and a figure introduced as its value.
        // Not across a clause boundary: "the death toll could rise as
        // several soldiers were still missing" gives the toll no value.
        let opens_clause = |k: usize| matches!(s.words[k].upos, sitrep_analysis::Upos::Sconj) || matches!(forms[k], "as" | "because" | "while" | "since" | "but" | "although" | "though" | "after");
        let toll = (i.saturating_sub(6)..i).find(|&b| is_toll_at(s, b) && !(b + 1..i).any(opens_clause)).or_else(|| {
            let introduced = i > 0 && matches!(forms[i - 1], "to" | "at" | "reached" | "hit" | "stood" | "stands" | "of");
            (0..i).find(|&b| is_toll_at(s, b)).filter(|_| introduced)
        });
        // "killed four soldiers and two civilians": the second figure shares
        // the first one's cue.
        // Not the speaker after a comma ("rose to 19, a police spokesman
        // said"), who is the figure's source.
        let speaker = noun_head.is_some_and(|h| is_speaker(s, h));
        let coordinated = i.checked_sub(1).filter(|&b| matches!(forms[b], "and" | "," | "plus") && !speaker).and_then(|b| {
            out.last().filter(|o| s.bytes(0..b).end >= o.range.end && s.words[b].start.saturating_sub(o.range.end) <= 2).map(|o| (o.harm, o.cue))
        });
        let toll = toll.map(|t| harm_named_after_toll(s, t, i).unwrap_or((Harm::Killed, t)));
        let cued = before.or(cue_after).or(coordinated).or(toll);
        if part_of_previous {
            // "11 persons, including 2 newsmen, were wounded": the parse may
            // give the cue to the part only; the whole, left without one,
            // takes it.
            let whole_uncued = uncued.last().filter(|u| out.last().map_or(true, |o| s.words[u.0].start > o.range.start)).is_some();
            if let (Some((harm, cue)), true) = (cued, whole_uncued) {
                if let Some((from, to, quantity, noun)) = uncued.pop() {
                    push(&mut out, s, harm, quantity, from, to, cue, noun);
                }
            }
        } else if let Some((harm, cue)) = cued {
            push(&mut out, s, harm, m.quantity, i, after, cue, noun.clone());
        } else {
            uncued.push((i, after, m.quantity, noun.clone()));
        }
        i = num_end.max(i + 1);
    }
    // "a soldier and two civilians were killed": a figure without a cue of
    // its own shares the cue of the figure coordinated after it (latest
    // first, so that a list "a judge, a clerk and two guards" passes it on).
    for (from, after, quantity, noun) in uncued.into_iter().rev() {
        if !matches!(forms.get(after), Some(&"and") | Some(&",") | Some(&"plus")) || after + 1 >= s.words.len() {
            continue;
        }
        // A list with a comma before its last "and" ("a lieutenant, four
        // soldiers, and three civilians").
        let next = if forms[after] == "," && forms.get(after + 1) == Some(&"and") { after + 2 } else { after + 1 };
        let Some(next_start) = s.words.get(next).map(|w| w.start) else { continue };
        if let Some((harm, cue)) = out.iter().find(|o| o.range.start == next_start).map(|o| (o.harm, o.cue)) {
            push(&mut out, s, harm, quantity, from, after, cue, noun);
        }
    }
    out.sort_by_key(|o| o.range.start);
    // "no one was hurt", "nobody was killed", "no casualties".
    for (k, w) in s.words.iter().enumerate() {
        let zero_subject = matches!(w.lower.as_str(), "nobody" | "noone") || (w.lower == "no" && forms.get(k + 1) == Some(&"one"));
        if zero_subject {
            let from = if w.lower == "no" { k + 2 } else { k + 1 };
            if let Some(c) = (from..(from + 4).min(s.words.len())).find(|&c| harm_of(&s.words[c].lemma, &s.words[c].lower).is_some()) {
                let harm = harm_of(&s.words[c].lemma, &s.words[c].lower).unwrap_or(Harm::Killed);
                if !out.iter().any(|o| o.cue == c) {
                    push(&mut out, s, harm, Quantity::exact(0), k, from, c, None);
                }
            }
        }
        if w.lower == "no" && matches!(forms.get(k + 1), Some(&"casualties") | Some(&"victims")) {
            push(&mut out, s, Harm::Killed, Quantity::exact(0), k, k + 2, k + 1, None);
            push(&mut out, s, Harm::Injured, Quantity::exact(0), k, k + 2, k + 1, None);
        }
    }
    singled_out_dead(lex, s, &mut out);
    // "a plan to kill a judge", "could have killed 20": a figure of harm
    // that did not happen is no casualty (a zero stays: "no one was hurt").
    // A hedged toll of the dead themselves ("20 people may have died", "as
    // many as 30 may have been killed") is an estimate, and stays.
    out.retain(|c| {
        let estimate = matches!(s.words[c.cue].lemma.as_str(), "die" | "perish") || s.child_rel(c.cue, "nsubj:pass").is_some();
        match modality_of(s, c.cue) {
            Modality::Future | Modality::Negated => c.quantity.best == Some(0),
            Modality::Hypothetical => c.quantity.best == Some(0) || estimate,
            _ => true,
        }
    });
    let source = find_source(s);
    for c in &mut out {
        c.source = source_of_figure(s, c.cue).or_else(|| source.clone());
    }
    out
}

/// Is the noun at `h` the subject of a verb of reporting ("a police
/// spokesman said")?
fn is_speaker(s: &Sentence, h: usize) -> bool {
    let w = &s.words[h];
    w.rel() == "nsubj" && w.head.is_some_and(|v| is_reporting_verb(&s.words[v]))
}

/// "the death toll rose to 62, while police put the number of wounded at
/// nearly 200": a word of harm between a toll word and the figure it
/// introduces says what that figure counts (the nearest one wins); without
/// it the toll is of the dead.
fn harm_named_after_toll(s: &Sentence, toll: usize, figure: usize) -> Option<(Harm, usize)> {
    (toll + 1..figure).rev().find_map(|b| {
        let w = &s.words[b];
        harm_of(&w.lemma, &w.lower).filter(|h| *h == Harm::Injured).map(|h| (h, b))
    })
}

/// The source of one figure when the sentence gives several ("43 were
/// killed, according to the ministry, while the UN put the toll at 56"):
/// the subject of a reporting verb the figure's cue hangs under. None when
/// there is no such verb; the sentence's source ([`find_source`]) applies.
fn source_of_figure(s: &Sentence, cue: usize) -> Option<Range<usize>> {
    let mut k = cue;
    for _ in 0..s.words.len() {
        let w = &s.words[k];
        let reporting = is_reporting_verb(w) && (w.lemma != "put" || s.children(k).iter().any(|&c| is_toll_at(s, c)));
        if reporting {
            // Not a subject that holds the figure itself ("Clashes ... left
            // two dead, police said", with both nouns made subjects).
            if let Some(subj) = s.children_rel(k, "nsubj").find(|&x| can_be_a_source(s, x) && x != cue && !s.is_under(cue, x)) {
                return Some(source_phrase(s, subj));
            }
        }
        if let Some(agent) = agent_of_passive_figure(s, k) {
            return Some(source_phrase(s, agent));
        }
        k = w.head?;
    }
    None
}

/// Verbs by which a party gives or changes a figure, told in the passive
/// with the party after "by" ("the toll was revised up to 18 by state
/// emergency officials", "the figure was confirmed by the ministry"). The
/// active verbs of giving a figure are [`FIGURE_GIVING_VERBS`].
const PASSIVE_FIGURE_VERBS: &[&str] = &["revise", "raise", "lower", "put", "give", "confirm", "report", "update", "set"];

/// The "by" party of a passive verb of giving a figure at `k`, if it can
/// be a source.
fn agent_of_passive_figure(s: &Sentence, k: usize) -> Option<usize> {
    let w = &s.words[k];
    if !w.is_verb() || !PASSIVE_FIGURE_VERBS.contains(&w.lemma.as_str()) || s.child_rel(k, "aux:pass").is_none() {
        return None;
    }
    s.children(k).iter().copied().find(|&c| (s.words[c].deprel == "obl:agent" || s.words[c].rel() == "obl" && s.case_of(c) == Some("by")) && can_be_a_source(s, c))
}

/// Nouns for an account that can be cited as a source ("the police report
/// said", "preliminary reports put the toll at ...").
const CITED_ACCOUNTS: &[&str] = &["report", "source", "communique", "communiqué", "bulletin", "statement", "dispatch", "count", "tally"];

/// Can the noun at `k` be the source of a figure: a name, a party, or an
/// account? Not a pronoun (it points elsewhere), and not a subject of
/// "said" that is no speaker ("the truth is"). A title in the phrase makes
/// a name the tagger took for a common noun a speaker ("minister carlos
/// morales", lower case, with "morales" read as the plural of "morale").
fn can_be_a_source(s: &Sentence, k: usize) -> bool {
    let speaker_word = |x: usize| {
        let w = &s.words[x];
        w.upos == sitrep_analysis::Upos::Propn || CITED_ACCOUNTS.contains(&w.lemma.as_str()) || crate::mentions::is_party_word(s, x)
    };
    s.words[k].upos != sitrep_analysis::Upos::Pron
        && (crate::semantics::can_fill(&s.words[k].lemma, sitrep_schema::Role::Speaker) || s.noun_phrase(k).any(speaker_word))
}

/// Words after a number that make it a measure, a time or a date, not a
/// count of people ("50 meters", "1210 gmt", "27 february").
const MEASURE_WORDS: &[&str] = &[
    "percent", "%", "km", "kilometers", "kilometres", "miles", "feet", "meters", "metres", "kg", "kilos", "tons", "years", "year", "months", "days", "hours", "minutes",
    "o'clock", "p.m.", "a.m.", "gmt", "hrs", "dollars", "pesos", "caliber", "mm", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Whether a number's next word makes it a measure, time or date.
pub(crate) fn is_measure_word(form: &str) -> bool {
    MEASURE_WORDS.contains(&form)
}

/// Whether word `k`, right after a number, makes it a measure, time or
/// date; "may" before a verb is the modal ("20 may have died"), not the
/// month.
pub(crate) fn measure_at(s: &Sentence, k: usize) -> bool {
    let Some(w) = s.words.get(k) else { return false };
    let modal = w.lower == "may" && s.words.get(k + 1).is_some_and(|n| matches!(n.upos, sitrep_analysis::Upos::Aux | sitrep_analysis::Upos::Verb | sitrep_analysis::Upos::Part | sitrep_analysis::Upos::Adv));
    is_measure_word(&w.lower) && !modal
}

/// A bare four-digit numeral that reads as a year ("the 1980 murder",
/// "in 1989"): a count of people that large is written with a comma or
/// with its counted noun.
pub(crate) fn is_year(form: &str) -> bool {
    form.len() == 4 && form.bytes().all(|b| b.is_ascii_digit()) && form.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y))
}

/// A number set off by commas right after a name or noun is an age
/// ("Rodrigo Paz, 65, was killed"), not a count of the people killed.
fn is_age(s: &Sentence, from: usize, to: usize) -> bool {
    let comma = |k: usize| s.words.get(k).is_some_and(|w| w.lower == ",");
    to == from + 1 && from >= 2 && comma(from - 1) && comma(to) && s.words[from - 2].is_noun()
}

/// "the murder of six priests", "the deaths of two nurses": the noun of
/// killing or injury right before the "of" that introduces the figure at
/// `i`.
fn cue_noun_before_of(s: &Sentence, i: usize) -> Option<(Harm, usize)> {
    let of = i.checked_sub(1).filter(|&b| s.words[b].lower == "of")?;
    let noun = of.checked_sub(1).filter(|&n| s.words[n].is_noun())?;
    harm_of(&s.words[noun].lemma, &s.words[noun].lower).map(|h| (h, noun))
}

/// The cue a counted noun is the subject of, whatever stands between them
/// ("three militants of the movement have been killed"): a passive verb
/// of harm, or a verb or adjective of dying ("died", "dead"). The active
/// subject of "killed" is the killer, never the killed.
fn governing_cue(s: &Sentence, noun: usize) -> Option<(Harm, usize)> {
    let g = s.words[noun].head.filter(|&g| g > noun)?;
    let word = &s.words[g];
    let harm = harm_of(&word.lemma, &word.lower)?;
    let intransitive = matches!(word.lemma.as_str(), "die" | "perish") || word.upos == sitrep_analysis::Upos::Adj;
    let subject = match s.words[noun].deprel.as_str() {
        "nsubj:pass" => true,
        "nsubj" => intransitive,
        _ => false,
    };
    (subject && (word.is_verb() || intransitive)).then_some((harm, g))
}

/// "Inspector Ruiz died", "the mayor was murdered", "the gunman and a
/// young man died": each singular person or name that is the subject of
/// "die" or of a passive verb of killing counts one, as a partial count
/// (see `CountMention::partial`), unless a figure already covers it.
fn singled_out_dead(lex: &Lexicon, s: &Sentence, out: &mut Vec<CountMention>) {
    for (k, w) in s.words.iter().enumerate() {
        if !w.is_verb() || harm_of(&w.lemma, &w.lower) != Some(Harm::Killed) {
            continue;
        }
        let rel = if matches!(w.lemma.as_str(), "die" | "perish") { "nsubj" } else { "nsubj:pass" };
        let Some(first) = s.child_rel(k, rel) else { continue };
        let subjects: Vec<usize> = std::iter::once(first).chain(s.children_rel(first, "conj")).collect();
        for subj in subjects {
            if !one_person(lex, s, subj) {
                continue;
            }
            let words = s.noun_phrase(subj);
            let range = s.bytes(words.clone());
            if out.iter().any(|o| o.range.start < range.end && range.start < o.range.end) {
                continue;
            }
            out.push(CountMention { harm: Harm::Killed, quantity: Quantity::exact(1), range, cue: k, noun: Some(words), source: None, partial: true });
        }
    }
}

/// A noun phrase head that names one person: a name, or a singular noun
/// of a person ("the mayor"), with no number of its own.
fn one_person(lex: &Lexicon, s: &Sentence, head: usize) -> bool {
    let w = &s.words[head];
    let counted = s.children_rel(head, "nummod").next().is_some();
    let singular_person = w.is_noun() && w.lemma == w.lower && person_like(lex, &w.lemma);
    let name = w.upos == sitrep_analysis::Upos::Propn && !is_measure_word(&w.lower);
    !counted && (singular_person || name)
}

fn person_like(lex: &Lexicon, lemma: &str) -> bool {
    matches!(lex.noun(lemma).map(|e| e.class), Some(NounClass::Person | NounClass::Agent | NounClass::Force))
}

#[allow(clippy::too_many_arguments)]
fn push(out: &mut Vec<CountMention>, s: &Sentence, harm: Harm, quantity: Quantity, from: usize, to: usize, cue: usize, noun: Option<Range<usize>>) {
    let to = to.max(from + 1).min(s.words.len());
    let range = s.bytes(from..to);
    if out.iter().any(|o| o.range == range && o.harm == harm) {
        return;
    }
    out.push(CountMention { harm, quantity, range, cue, noun, source: None, partial: false });
}

/// Verbs whose subject is the source of what the sentence reports.
const REPORTING: &[&str] = &["say", "tell", "report", "confirm", "state", "announce", "add", "note", "estimate", "indicate", "explain", "disclose", "reveal", "put", "give", "quote", "cite", "declare"];

/// A verb whose subject is the source of what the sentence reports ("put"
/// only with a toll, which each caller checks in its own scope).
pub(crate) fn is_reporting_verb(w: &crate::syntax::Word) -> bool {
    w.is_verb() && REPORTING.contains(&w.lemma.as_str())
}

/// The source a sentence names for its content: "according to X", or the
/// subject of a reporting verb ("police said", "hospital officials put the
/// toll at 31"). Pronouns are not sources.
pub fn find_source(s: &Sentence) -> Option<Range<usize>> {
    if let Some(source) = according_to_source(s) {
        return Some(source);
    }
    for (k, w) in s.words.iter().enumerate() {
        if !is_reporting_verb(w) {
            continue;
        }
        if w.lemma == "put" && !(0..s.words.len()).any(|x| is_toll_at(s, x)) {
            continue;
        }
        // "killed eight and wounded 18 others overnight, Governor X said",
        // with both "others" and the governor made subjects of "said": one
        // the one that can be a source nearest before the verb wins.
        let subjects: Vec<usize> = s.children_rel(k, "nsubj").collect();
        let subject = subjects.iter().copied().filter(|&x| x < k && can_be_a_source(s, x)).last().or(subjects.first().copied());
        if let Some(subj) = subject {
            if s.words[subj].upos != sitrep_analysis::Upos::Pron {
                return Some(source_phrase(s, subj));
            }
        }
    }
    None
}

/// The source of what the word at `act` tells: the speaker of a reporting
/// verb it hangs under ("gunmen shot dead two men, police said"), or the
/// sentence's "according to" source. Narrower than [`find_source`]: a
/// speaker elsewhere in the sentence may be telling something else.
pub fn source_of_act(s: &Sentence, act: usize) -> Option<Range<usize>> {
    source_of_figure(s, act).or_else(|| according_to_source(s))
}

/// "according to X": X, the phrase "according (to)" is the case of.
fn according_to_source(s: &Sentence) -> Option<Range<usize>> {
    for (k, w) in s.words.iter().enumerate() {
        if w.lemma == "accord" || w.lower == "according" {
            // UD attaches "according (to)" as the case of the source noun; a
            // parser may hang it on a compound modifier ("hospital" of
            // "hospital officials"): climb to the phrase's head.
            let mut head = w.head;
            while let Some(h) = head.filter(|&h| matches!(s.words[h].deprel.as_str(), "compound" | "nmod:desc")) {
                head = s.words[h].head;
            }
            if let Some(h) = head.filter(|&h| s.words[h].is_nominal() && s.words[h].upos != sitrep_analysis::Upos::Pron) {
                // Everything from "to" on is the source, whatever the parser
                // left out of the head's phrase ("the enclave's health
                // ministry", with the owner hung on "health").
                let np = s.noun_phrase(h);
                let after_to = k + 2;
                let start = if s.words.get(k + 1).is_some_and(|t| t.lower == "to") && after_to <= h && after_to < np.start { after_to } else { np.start };
                return Some(trimmed_source_phrase(s, start..np.end, h));
            }
            // Fallback: the noun right after "according to".
            let n = (k + 1..(k + 6).min(s.words.len())).find(|&n| s.words[n].is_noun())?;
            return Some(source_phrase(s, n));
        }
    }
    None
}

/// The byte range of the noun phrase headed by `head` as a source,
/// without a leading article.
fn source_phrase(s: &Sentence, head: usize) -> Range<usize> {
    trimmed_source_phrase(s, s.noun_phrase(head), head)
}

/// The byte range of words `np`, the phrase of `head`, trimmed as
/// [`source_phrase`] says.
fn trimmed_source_phrase(s: &Sentence, mut np: Range<usize>, head: usize) -> Range<usize> {
    // A figure of the clause before, up to a comma, that the parser hung
    // on the name ("wounding more than 60, regional governor X said").
    if let Some(comma) = (np.start..head).rev().find(|&k| s.words[k].lower == ",") {
        if (np.start..comma).any(|k| s.words[k].upos == sitrep_analysis::Upos::Num) {
            np.start = comma + 1;
        }
    }
    // Drop an article and anything the parser hung on the front that is not
    // part of a name: "35, police" (a figure from the previous clause).
    while np.len() > 1
        && (matches!(s.words[np.start].lower.as_str(), "the" | "a" | "an" | "according" | "to")
            || matches!(s.words[np.start].upos, sitrep_analysis::Upos::Num | sitrep_analysis::Upos::Punct))
    {
        np.start += 1;
    }
    s.bytes(np)
}
