//! The syntactic view extraction works on: each sentence's tokens with their
//! lemma, part of speech and dependency head, plus the tree walks the rules
//! need (children, noun-phrase extents, the preposition of an oblique).
//!
//! Sentences are parsed by `sitrep-analysis`; words map one-to-one to the
//! text layer's tokens, so every word keeps its byte range in the document.

use std::ops::Range;

use sitrep_analysis::{Analyzer, Upos, WordClass};
use sitrep_text::{Token, TextLayer};
use crate::lexicon::{Lexicon, NounClass, TriggerPos};

/// Sentences longer than this are parsed in pieces: the parser is linear,
/// but a "sentence" of thousands of tokens is a segmentation failure (a
/// table, a list) whose parse would be meaningless anyway.
const MAX_PARSE_WORDS: usize = 150;

#[derive(Debug, Clone)]
pub struct Word {
    /// Index of the token in the document's token list.
    pub token: usize,
    /// Byte range in the document.
    pub start: usize,
    pub end: usize,
    /// Lower-cased form.
    pub lower: String,
    /// Lower-cased lemma.
    pub lemma: String,
    pub upos: Upos,
    /// Head word index within the sentence; None for the root.
    pub head: Option<usize>,
    pub deprel: String,
}

impl Word {
    pub fn is_noun(&self) -> bool {
        matches!(self.upos, Upos::Noun | Upos::Propn)
    }
    pub fn is_nominal(&self) -> bool {
        matches!(self.upos, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num)
    }
    pub fn is_verb(&self) -> bool {
        matches!(self.upos, Upos::Verb)
    }
    /// The relation without its subtype: `obl:agent` -> `obl`.
    pub fn rel(&self) -> &str {
        self.deprel.split(':').next().unwrap_or("")
    }
}

/// One parsed sentence.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Index among the document's sentences.
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub words: Vec<Word>,
    children: Vec<Vec<usize>>,
}

impl Sentence {
    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// Children with relation `deprel`. A relation without subtype also
    /// matches its subtypes (`obl` matches `obl:agent`, `obl:tmod`), except
    /// the subtypes that are relations of their own: `:pass` and `:poss`
    /// (`nsubj` does not match `nsubj:pass`, `nmod` not `nmod:poss`).
    /// Does the noun at `i` have a definite determiner ("the attack", "this
    /// bombing", "those bombs")? Such a phrase refers back to something
    /// already spoken of.
    pub fn has_definite_determiner(&self, i: usize) -> bool {
        self.children_rel(i, "det").any(|d| matches!(self.words[d].lower.as_str(), "the" | "this" | "that" | "these" | "those"))
    }

    pub fn children_rel<'a>(&'a self, i: usize, deprel: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.children[i].iter().copied().filter(move |&c| {
            let w = &self.words[c];
            w.deprel == deprel
                || (!deprel.contains(':')
                    && w.rel() == deprel
                    && !w.deprel.ends_with(":pass")
                    && !w.deprel.ends_with(":poss"))
        })
    }

    pub fn child_rel(&self, i: usize, deprel: &str) -> Option<usize> {
        self.children_rel(i, deprel).next()
    }

    /// The lemma of the preposition (`case` child) of a nominal, e.g. "by"
    /// for "by guerrillas", "in front of" collapsed to its first word.
    pub fn case_of(&self, i: usize) -> Option<&str> {
        let own = self.children_rel(i, "case").next();
        // "by the maoist 'Shining Path' group": the parser may hang the
        // preposition on the phrase's first modifier instead of its head.
        let on_modifier = || {
            self.children[i]
                .iter()
                .filter(|&&c| c < i && matches!(self.words[c].deprel.as_str(), "compound" | "amod" | "nmod:desc"))
                .find_map(|&c| self.children_rel(c, "case").find(|&k| k < c))
        };
        own.or_else(on_modifier).map(|c| self.words[c].lemma.as_str())
    }

    /// Ancestors of `i`, nearest first.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut cur = self.words[i].head;
        let mut steps = 0;
        std::iter::from_fn(move || {
            let h = cur?;
            steps += 1;
            if steps > self.words.len() {
                return None; // a cycle would be a parser bug; never loop
            }
            cur = self.words[h].head;
            Some(h)
        })
    }

    pub fn is_under(&self, i: usize, ancestor: usize) -> bool {
        self.ancestors(i).any(|a| a == ancestor)
    }

    /// Is `i` under `ancestor` through a relative clause ("struck militants
    /// who were planning attacks": "attacks" under "struck")? What such a
    /// clause tells belongs to the noun it describes, not to `ancestor`.
    pub fn is_under_through_relative(&self, i: usize, ancestor: usize) -> bool {
        self.is_under(i, ancestor) && std::iter::once(i).chain(self.ancestors(i).take_while(|&a| a != ancestor)).any(|a| self.words[a].deprel == "acl:relcl")
    }

    /// Word range of the subtree of `i`.
    pub fn subtree(&self, i: usize) -> Range<usize> {
        let (mut lo, mut hi) = (i, i);
        let mut stack = vec![i];
        let mut seen = 0;
        while let Some(n) = stack.pop() {
            seen += 1;
            if seen > self.words.len() {
                break;
            }
            lo = lo.min(n);
            hi = hi.max(n);
            stack.extend_from_slice(&self.children[n]);
        }
        lo..hi + 1
    }

    /// The base noun phrase headed by `i`: the head with its determiners,
    /// numbers, adjectives, compounds, possessors and name parts, but not its
    /// prepositional phrases or clauses. Returns a word range.
    pub fn noun_phrase(&self, i: usize) -> Range<usize> {
        const KEEP: &[&str] = &[
            "det", "det:poss", "amod", "compound", "flat", "flat:name", "nummod", "nmod:poss", "fixed", "nmod:npmod", "goeswith",
        ];
        let kept = |c: &usize| KEEP.contains(&self.words[*c].deprel.as_str());
        let (mut lo, mut hi) = (i, i);
        // Modifiers join only while they are adjacent (punctuation aside);
        // a discontinuous one is a parse error and would make a wrong span.
        let mut left: Vec<usize> = self.children[i].iter().copied().filter(|&c| c < i).filter(kept).collect();
        left.sort_unstable_by(|a, b| b.cmp(a));
        for c in left {
            let sub = self.subtree(c);
            if sub.end <= lo && self.contiguous(sub.end, lo) {
                lo = sub.start;
            } else {
                break;
            }
        }
        // An adjective after the noun with a subject or copula of its own is
        // a relative clause the parser labelled a modifier ("the radio
        // station's studios, which is close to the port authority").
        let clause = |c: &usize| self.words[*c].deprel == "amod" && self.children[*c].iter().any(|&d| matches!(self.words[d].deprel.as_str(), "cop" | "nsubj"));
        let mut right: Vec<usize> =
            self.children[i].iter().copied().filter(|&c| c > i).filter(|c| (kept(c) && !clause(c)) || self.name_after_noun(i, *c)).collect();
        right.sort_unstable();
        for c in right {
            // A name part brings only itself and its own name parts: a
            // conjunct the parser hung on it ("Fidel Quispe and Isidoro
            // Saune", with the second name on "Quispe") is another phrase.
            let sub = if self.name_after_noun(i, c) {
                self.noun_phrase(c)
            } else if self.words[c].deprel.starts_with("flat") {
                let mut end = c + 1;
                while end < self.words.len() && self.words[end].head == Some(c) && self.words[end].deprel.starts_with("flat") {
                    end += 1;
                }
                c..end
            } else {
                self.before_time_word(self.subtree(c))
            };
            if sub.start > hi && self.contiguous(hi + 1, sub.start) {
                hi = sub.end - 1;
            } else {
                break;
            }
        }
        // A name is one phrase even where the parser split it: take the
        // whole run of proper nouns around a proper-noun head.
        if self.words[i].upos == Upos::Propn {
            while lo > 0 && self.words[lo - 1].upos == Upos::Propn {
                lo -= 1;
            }
            while hi + 1 < self.words.len() && self.words[hi + 1].upos == Upos::Propn {
                hi += 1;
            }
        }
        // Trim punctuation at the edges (quotes around names are kept
        // inside), and a preposition the parser hung on a modifier ("by
        // the maoist ..."), but not "at" of "at least 20 people".
        let misplaced_case = |k: usize| {
            self.words[k].deprel == "case"
                && self.words[k].head.is_some_and(|h| matches!(self.words[h].deprel.as_str(), "compound" | "amod"))
        };
        // Nor does a phrase begin with a time word or a clause's wh-word
        // the parser ran into it ("today when urban guerrillas", "0300
        // FMLN units").
        let run_in = |k: usize| {
            let w = &self.words[k];
            BARE_TIME_WORDS.contains(&w.lower.as_str())
                || matches!(w.lower.as_str(), "when" | "where" | "while")
                || w.upos == Upos::Num && w.lower.len() == 4 && w.lower.bytes().all(|b| b.is_ascii_digit())
        };
        if let Some(last) = (lo..i).rev().find(|&k| run_in(k)) {
            lo = last + 1;
        }
        while lo < hi && (self.words[lo].upos == Upos::Punct && !is_quote(&self.words[lo].lower) || misplaced_case(lo)) {
            lo += 1;
        }
        while hi > lo && self.words[hi].upos == Upos::Punct && !is_quote(&self.words[hi].lower) {
            hi -= 1;
        }
        lo..hi + 1
    }

    /// `words` up to a bare time word or day name the parser ran into a
    /// modifier after the head ("a hotel popular with officials in the
    /// capital late Friday"), with the "late"/"early"/"on" before it.
    fn before_time_word(&self, words: Range<usize>) -> Range<usize> {
        let time = |k: usize| {
            let lower = self.words[k].lower.as_str();
            BARE_TIME_WORDS.contains(&lower) || WEEKDAYS.contains(&lower)
        };
        let Some(mut end) = words.clone().skip(1).find(|&k| time(k)) else { return words };
        while end > words.start + 1 && matches!(self.words[end - 1].lower.as_str(), "late" | "early" | "on" | "last" | "this" | "," ) {
            end -= 1;
        }
        words.start..end
    }

    /// Is `c` a name right after the common noun for a person `i` that the
    /// parser hung on it as a bare modifier ("political analyst rodrigo
    /// pelaez", with "pelaez" an `nmod` of "analyst" and no preposition)?
    /// Such a name is the person the noun describes, in apposition, and
    /// belongs to the phrase: without it the victim is "political analyst",
    /// no one. Only after a word for a person: after a word for a group
    /// ("the guerrilla organization shining path") the name is the group's,
    /// which the registry resolves as a phrase of its own.
    fn name_after_noun(&self, i: usize, c: usize) -> bool {
        self.words[i].upos == Upos::Noun
            && crate::semantics::first_sense_is_person(&self.words[i].lemma)
            && self.words[c].deprel == "nmod"
            && self.words[c].upos == Upos::Propn
            && self.children[c].iter().all(|&k| k < c && matches!(self.words[k].deprel.as_str(), "compound" | "flat" | "flat:name"))
    }

    /// True if every word in `from..to` is punctuation (or the range is empty).
    fn contiguous(&self, from: usize, to: usize) -> bool {
        (from..to).all(|k| self.words[k].upos == Upos::Punct)
    }

    /// Byte range of a word range.
    pub fn bytes(&self, words: Range<usize>) -> Range<usize> {
        if words.is_empty() {
            return self.words.get(words.start).map(|w| w.start..w.start).unwrap_or(self.start..self.start);
        }
        self.words[words.start].start..self.words[words.end - 1].end
    }

    /// Lower-case lemmas of a word range, space-separated.
    pub fn lemma_phrase(&self, words: Range<usize>) -> String {
        self.words[words].iter().map(|w| w.lemma.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// The word whose byte range contains `byte`.
    pub fn word_at(&self, byte: usize) -> Option<usize> {
        self.words.iter().position(|w| w.start <= byte && byte < w.end)
    }
}

fn is_quote(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "'" | "‘" | "’")
}

/// Parses the sentences of a document for which `worth_parsing` says yes
/// (given the sentence's tokens); the others get no words, only their extent.
/// `names` are byte ranges of text known to be proper names (the actor
/// registry's named groups): their words are tagged as proper nouns before
/// parsing, whatever the tagger thinks of "Al-Shabaab".
pub fn parse_document(
    text: &str,
    layer: &TextLayer,
    analyzer: &Analyzer,
    names: &[Range<usize>],
    worth_parsing: impl Fn(&[Token]) -> bool,
) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(layer.sentences.len());
    for (index, s) in layer.sentences.iter().enumerate() {
        let tokens = &layer.tokens[s.tokens.clone()];
        let mut words = Vec::with_capacity(tokens.len());
        if !worth_parsing(tokens) {
            out.push(Sentence { index, start: s.start, end: s.end, words, children: Vec::new() });
            continue;
        }
        for (chunk_no, chunk) in tokens.chunks(MAX_PARSE_WORDS).enumerate() {
            let base = s.tokens.start + chunk_no * MAX_PARSE_WORDS;
            let offset = chunk_no * MAX_PARSE_WORDS;
            words.extend(parse_chunk(text, chunk, base, offset, analyzer, names));
        }
        party_word_read_as_adjective(&mut words);
        weapon_noun_read_as_verb(&mut words);
        relabel_subjects_with_prepositions(&mut words);
        subject_listed_with_source(&mut words);
        object_of_participle_read_as_subject(&mut words);
        subject_hung_on_fronted_phrase(&mut words);
        day_read_as_compound_after_preposition(&mut words);
        subject_behind_time_word(&mut words);
        time_word_beside_subject(&mut words);
        time_word_read_as_phrase_head(&mut words);
        phrase_hung_on_time_word_after_noun(&mut words);
        coordinated_subjects_read_apart(&mut words);
        two_subjects_side_by_side(&mut words);
        verb_read_as_modifier(&mut words);
        first_clause_read_as_subject_of_coordinated_verb(&mut words);
        subordinator_read_as_object_of_saying(&mut words);
        verb_hung_in_subjects_participle(&mut words);
        participle_read_as_clause_after_object(&mut words);
        gerund_read_as_modifier_of_its_object(&mut words);
        verb_read_as_reduced_relative(&mut words);
        person_noun_before_name(&mut words);
        names_coordinated_as_compounds(&mut words);
        conjunct_hung_on_name_part(&mut words);
        names_listed_after_plural_noun(&mut words);
        verb_with_auxiliary_read_as_modifier(&mut words);
        harm_adjective_of_named_subject(&mut words);
        harm_verb_read_as_modifier_after_place(&mut words);
        passive_subject_without_auxiliary(&mut words);
        passive_read_as_active(&mut words);
        agent_hung_on_a_date(&mut words);
        indirect_object_without_direct_object(&mut words);
        small_clause_participle_read_as_active(&mut words);
        shot_dead_object(&mut words);
        blamed_on_read_as_target(&mut words);
        reduced_relative_read_as_main_verb(&mut words);
        subject_with_modifier_read_as_clause(&mut words);
        place_name_split_by_subject(&mut words);
        name_split_from_its_place_noun(&mut words);
        subject_split_from_its_first_words(&mut words);
        bare_subject_read_as_oblique(&mut words);
        bare_object_read_as_oblique(&mut words);
        object_hung_on_a_later_verb(&mut words);
        past_verb_coordinated_with_infinitive(&mut words);
        subordinator_read_as_preposition(&mut words);
        subordinate_clause_read_as_complement(&mut words);
        preposition_read_as_subordinator(&mut words);
        subject_of_reported_clause_read_as_object(&mut words);
        conjunct_of_object_hung_on_verb(&mut words);
        object_hung_as_conjunct_of_first_verb(&mut words);
        list_after_dash_hung_on_verb(&mut words);
        prepositional_phrase_coordinated_with_verb(&mut words);
        comma_list_read_as_clauses(&mut words);
        subject_of_report_read_as_speaker(&mut words);
        object_read_as_second_speaker(&mut words);
        describing_participle_read_as_main_verb(&mut words);
        report_joined_into_reported_clause(&mut words);
        speakers_listed_with_object(&mut words);
        reported_verb_read_as_adverbial_clause(&mut words);
        participle_of_report_hung_on_the_saying(&mut words);
        day_after_saying_read_as_subject(&mut words);
        participle_read_as_noun_before_its_object(&mut words);
        source_read_as_subject(&mut words);
        noun_read_as_subject_of_next_noun(&mut words);
        of_read_as_fixed_expression(&mut words);
        conjunct_hung_on_its_conjunction(&mut words);
        // The repairs move heads; a cycle would make every walk up the tree
        // stop early and lose the words in it (tests and debug builds check).
        debug_assert!(
            (0..words.len()).all(|i| reaches_root(&words, i)),
            "a repair closed a cycle in: {}",
            words.iter().map(|w| w.lower.as_str()).collect::<Vec<_>>().join(" ")
        );
        let mut children = vec![Vec::new(); words.len()];
        for (i, w) in words.iter().enumerate() {
            if let Some(h) = w.head {
                children[h].push(i);
            }
        }
        out.push(Sentence { index, start: s.start, end: s.end, words, children });
    }
    out
}

fn parse_chunk(text: &str, tokens: &[Token], base: usize, offset: usize, analyzer: &Analyzer, names: &[Range<usize>]) -> Vec<Word> {
    let forms: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let is_name: Vec<bool> = tokens.iter().map(|t| names.iter().any(|n| n.start <= t.start && t.end <= n.end)).collect();
    let asides = parenthetical_asides(&forms);
    let aside_tokens: usize = asides.iter().map(|r| r.len()).sum();
    // Nothing to splice into when the asides are all there is.
    if asides.is_empty() || aside_tokens == tokens.len() {
        return analyzed_words(tokens, &forms, &is_name, base, offset, analyzer);
    }
    // The main clause is parsed without its asides ("the attack against
    // (presidency minister) antonio rodriguez porth", "(words indistinct)"),
    // which the parser, trained on edited text, hangs anywhere; each aside
    // is parsed alone and hung as a parenthetical on the nominal before it,
    // or else on the clause's root.
    let mut keep: Vec<usize> = Vec::with_capacity(tokens.len());
    let mut inside = vec![false; tokens.len()];
    for r in &asides {
        for k in r.clone() {
            inside[k] = true;
        }
    }
    keep.extend((0..tokens.len()).filter(|&k| !inside[k]));
    let pick = |idx: &[usize]| -> (Vec<Token>, Vec<&str>, Vec<bool>) {
        (idx.iter().map(|&k| tokens[k].clone()).collect(), idx.iter().map(|&k| forms[k]).collect(), idx.iter().map(|&k| is_name[k]).collect())
    };
    let mut words: Vec<Option<Word>> = (0..tokens.len()).map(|_| None).collect();
    // Parses the tokens at `idx` (indices into this chunk) and stores their
    // words with heads mapped back to chunk positions; returns the root.
    let parse_part = |idx: &[usize], words: &mut Vec<Option<Word>>| -> Option<usize> {
        let (toks, part_forms, part_names) = pick(idx);
        let parsed = analyzed_words(&toks, &part_forms, &part_names, 0, 0, analyzer);
        let mut root = None;
        for (j, mut w) in parsed.into_iter().enumerate() {
            w.token = base + idx[j];
            w.head = w.head.map(|h| idx[h] + offset);
            if w.head.is_none() && root.is_none() {
                root = Some(idx[j]);
            }
            words[idx[j]] = Some(w);
        }
        root
    };
    let main_root = parse_part(&keep, &mut words);
    for r in &asides {
        let (open, close) = (r.start, r.end - 1);
        let content: Vec<usize> = (open + 1..close).collect();
        let root = if content.is_empty() { None } else { parse_part(&content, &mut words) };
        let nominal_before = (0..open).rev().find(|&k| !inside[k]).filter(|&k| words[k].as_ref().is_some_and(|w| w.is_nominal()));
        // Otherwise the clause's root: an aside before a phrase ("(words
        // indistinct) the town") is no part of it.
        let fallback = main_root.or_else(|| (0..tokens.len()).find(|&k| !inside[k])).unwrap_or(open);
        let mut anchor = nominal_before.unwrap_or(fallback);
        // Hang it on the head of a name ("Edgar" of "Edgar Chacon (...)"),
        // so that no phrase built from the name's parts takes it in.
        while let Some(w) = words[anchor].as_ref().filter(|w| matches!(w.deprel.as_str(), "flat" | "compound" | "fixed" | "goeswith")) {
            match w.head.map(|h| h - offset).filter(|&h| h < tokens.len() && !inside[h]) {
                Some(h) => anchor = h,
                None => break,
            }
        }
        let attach = root.unwrap_or(anchor);
        if let Some(rw) = root.and_then(|k| words[k].as_mut()) {
            rw.head = Some(anchor + offset);
            // Not "appos": an aside is no part of the phrase before it,
            // whose span must stop at the bracket.
            rw.deprel = "parataxis".to_string();
        }
        for k in [open, close] {
            let lower = forms[k].to_lowercase();
            words[k] = Some(Word {
                token: base + k,
                start: tokens[k].start,
                end: tokens[k].end,
                lemma: lower.clone(),
                lower,
                upos: Upos::Punct,
                head: Some(attach + offset),
                deprel: "punct".to_string(),
            });
        }
    }
    words.into_iter().flatten().collect()
}

/// Token ranges (brackets included) of short bracketed asides in a chunk:
/// balanced "( ... )" or "[ ... ]" holding 1 to 10 tokens, not nested, and
/// not the whole chunk.
fn parenthetical_asides(forms: &[&str]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < forms.len() {
        let close = match forms[k] {
            "(" => ")",
            "[" => "]",
            _ => {
                k += 1;
                continue;
            }
        };
        let end = (k + 1..forms.len().min(k + 12)).find(|&j| matches!(forms[j], ")" | "]" | "(" | "["));
        match end {
            Some(j) if forms[j] == close && j > k + 1 && !(k == 0 && j + 1 == forms.len()) => {
                out.push(k..j + 1);
                k = j + 1;
            }
            _ => k += 1,
        }
    }
    out
}

fn analyzed_words(tokens: &[Token], forms: &[&str], is_name: &[bool], base: usize, offset: usize, analyzer: &Analyzer) -> Vec<Word> {
    let lexicon = Lexicon::get();
    let is_event_word: Vec<bool> = forms
        .iter()
        .zip(is_name)
        .map(|(form, &name)| {
            !name && if form.bytes().any(|b| b.is_ascii_uppercase()) { lexicon.is_event_form(&form.to_lowercase()) } else { lexicon.is_event_form(form) }
        })
        .collect();
    let mut classes: Vec<WordClass> = is_event_word.iter().map(|&e| if e { WordClass::Content } else { WordClass::Any }).collect();
    // "Gunmen linked to ...", "Fighters loyal to ...": a capital at the
    // start of a sentence tells the tagger nothing, and a word for a party
    // it never saw comes out as anything (an interjection, a verb, a name).
    // Not a title before a name ("Colonel Carlos Guerrero's wife").
    let name_follows = forms.get(1).is_some_and(|f| f.chars().next().is_some_and(char::is_uppercase));
    if let (Some(first), Some(class)) = (forms.first(), classes.first_mut()) {
        let opens_in_title_case = !is_name.first().copied().unwrap_or(false) && sitrep_text::sentences::is_title_case(first);
        let party = !name_follows && names_a_party(lexicon, &first.to_lowercase());
        // "Reports that militants had killed ten villagers turned out to
        // be false": a plural account noun before "that" is no verb.
        let account = forms.get(1).is_some_and(|f| f.eq_ignore_ascii_case("that")) && ACCOUNT_NOUNS_OPENING.contains(&first.to_lowercase().as_str());
        if opens_in_title_case && (party || account || gerund_event_noun_opens(lexicon, forms)) {
            *class = WordClass::Noun;
        }
    }
    // "fired tear gas at protesters": the tagger, which saw "tear" as a
    // verb or a noun of crying only, reads it as a preposition and the gas
    // as an oblique, so the weapon is lost and the shooting with it.
    // So with a weapon before an event word: "a Ukrainian drone attack",
    // where "drone" read as a verb broke the whole sentence.
    let weapon = |form: &str| lexicon.noun(&form.to_lowercase()).is_some_and(|e| e.class == NounClass::Weapon);
    for k in 1..forms.len() {
        let tear_gas = forms[k - 1].eq_ignore_ascii_case("tear") && forms[k].eq_ignore_ascii_case("gas");
        if tear_gas || is_event_word[k] && !is_name[k - 1] && weapon(forms[k - 1]) {
            classes[k - 1] = WordClass::Noun;
        }
    }
    // "a government building in Kisumu": the tagger, which saw "building"
    // after a noun mostly as a verb ("the company building a plant"), hung
    // the place on it and cut the target to "government". A facility noun
    // in -ing right after a determiner, or after one more word that follows
    // a determiner, is a noun, unless a determiner follows it ("the company
    // building the dam").
    for k in 1..forms.len() {
        let lower = forms[k].to_lowercase();
        let facility = lower.ends_with("ing") && lexicon.noun(&lower).is_some_and(|e| e.class == NounClass::Facility);
        let determiner = |j: usize| matches!(forms[j].to_lowercase().as_str(), "a" | "an" | "the" | "this" | "that" | "its" | "their" | "his" | "her");
        let object_follows = k + 1 < forms.len() && determiner(k + 1);
        if facility && classes[k] == WordClass::Any && !object_follows && (determiner(k - 1) || (k >= 2 && determiner(k - 2))) {
            classes[k] = WordClass::Noun;
        }
    }
    // "Air strikes hit a market": the words of a two-word noun trigger
    // ("air strike", "car bomb", "drone attack") are nouns; at the start of
    // a sentence the tagger read "Air" as a name and "strikes" as the verb.
    for k in 1..forms.len() {
        let (first, second) = (forms[k - 1].to_lowercase(), forms[k].to_lowercase());
        let plural_of = |lemma: &str| second == lemma || second.strip_suffix('s').is_some_and(|stem| stem == lemma || stem.strip_suffix('e') == Some(lemma));
        let noun_pair = lexicon.triggers_starting(&first).iter().any(|t| t.pos == TriggerPos::Noun && t.lemmas.len() == 2 && plural_of(&t.lemmas[1]));
        if noun_pair && !is_name[k - 1] && !is_name[k] {
            classes[k - 1] = WordClass::Noun;
            classes[k] = WordClass::Noun;
        }
    }
    // "on Monday, gunmen shot dead a commissioner": after a plural word for
    // armed doers, an event word is their act. The tagger, which read
    // "gunmen shot" as a compound like "gun shot" once the capital of a
    // sentence start was gone, would leave the clause without a verb.
    for k in (1..forms.len()).filter(|&k| is_event_word[k] && !is_name[k - 1]) {
        let before = forms[k - 1].to_lowercase();
        let plural = before.ends_with('s') || before.ends_with("men");
        // After a singular one ("police shot dead a driver", "a sniper
        // shot"), only a past form: "a police raid", "army shelling" are
        // compounds.
        let past = || {
            let lower = forms[k].to_lowercase();
            lower.ends_with("ed") || lexicon.may_be_irregular_past(&lower)
        };
        if (plural || past()) && lexicon.noun_or_its_singular(&before, |c| matches!(c, NounClass::Agent | NounClass::Force)) {
            classes[k] = WordClass::Verb;
        }
    }
    passive_irregular_participles_are_verbs(lexicon, forms, &is_event_word, &mut classes);
    // Read field by field: the analyser's form and Penn tag strings are
    // never built, since extraction does not use them.
    let a = analyzer.analysis_with_classes(forms, is_name, &classes);
    tokens
        .iter()
        .zip(forms)
        .enumerate()
        .map(|(i, (t, form))| {
            let h = a.head(i);
            let head = (h > 0 && h <= tokens.len() && h != i + 1).then(|| h - 1 + offset);
            let lemma = a.lemma(i, form);
            Word {
                token: base + i,
                start: t.start,
                end: t.end,
                lower: crate::lower_case(form).into_owned(),
                lemma: match crate::lower_case(&lemma) {
                    std::borrow::Cow::Borrowed(_) => lemma,
                    std::borrow::Cow::Owned(l) => l,
                },
                upos: a.upos(i),
                head,
                deprel: a.deprel(i).to_string(),
            }
        })
        .collect()
}

/// Plural nouns for accounts of events that a sentence may open with,
/// followed by "that" ("Reports that ...", "Claims that ...").
const ACCOUNT_NOUNS_OPENING: &[&str] = &["reports", "claims", "rumours", "rumors", "allegations", "accounts"];

/// Forms of "be" and "get" that make a following participle passive.
const PASSIVE_AUXILIARIES: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten"];

/// "The mayor was shot and killed by two gunmen": an irregular past form
/// of an event word right after a passive auxiliary is the passive verb.
/// The tagger, which saw "shot" mostly as a noun, read "was shot" as a
/// copula with a noun, and the parse then made the verb coordinated with
/// it ("killed") the head of a clause of its own, whose subject, the
/// victim, became the killer. Not a regular "-ed" form, which the tagger
/// already reads as a verb or an adjective, and not after a determiner
/// ("it was a shot in the dark": the auxiliary must come right before).
fn passive_irregular_participles_are_verbs(lexicon: &Lexicon, forms: &[&str], is_event_word: &[bool], classes: &mut [WordClass]) {
    for k in 1..forms.len() {
        let lower = forms[k].to_lowercase();
        let after_auxiliary = PASSIVE_AUXILIARIES.contains(&forms[k - 1].to_lowercase().as_str());
        if is_event_word[k] && after_auxiliary && !lower.ends_with("ed") && lexicon.may_be_irregular_past(&lower) {
            classes[k] = WordClass::Verb;
        }
    }
}

/// "Fighting continued between ...", "Shelling by government forces
/// killed ...", "Looting erupted in ...": a sentence that opens with the
/// capitalised "-ing" form of an event noun gives the tagger no lower-case
/// cue, and it reads the word as a verb (an adverbial clause with no
/// subject), so the event loses its sides and its doer. The word is the
/// noun when what follows is no object of a verb: a lower-case word that
/// is no determiner, pronoun or number ("Killing two soldiers, the gunmen
/// fled" keeps its verb).
fn gerund_event_noun_opens(lexicon: &Lexicon, forms: &[&str]) -> bool {
    const OBJECT_STARTS: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "him", "them", "it", "us", "me", "off", "up", "out", "back", "down", "dozens",
        "hundreds", "thousands", "scores", "several", "some", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "one",
    ];
    let (Some(first), Some(next)) = (forms.first(), forms.get(1)) else { return false };
    let lower = first.to_lowercase();
    if !lower.ends_with("ing") || !lexicon.triggers_starting(&lower).iter().any(|t| t.pos == TriggerPos::Noun && t.lemmas.len() == 1) {
        return false;
    }
    next.chars().next().is_some_and(char::is_lowercase) && !OBJECT_STARTS.contains(next)
}

/// Is the lower-case `form` (or its singular) a lexicon noun for people,
/// a group or a force ("gunmen", "militants", "police")?
fn names_a_party(lexicon: &Lexicon, form: &str) -> bool {
    use crate::lexicon::NounClass;
    lexicon.noun_or_its_singular(form, |class| matches!(class, NounClass::Person | NounClass::Agent | NounClass::Force))
}

/// "The military denied using live ammunition": the tagger may read a
/// word for a force as an adjective and the verb after it as a modifier
/// of the next verb ("the military-denied using"). A past-tense verb hung
/// as a modifier on another verb, right after "the" and a lexicon word for
/// a party, is the clause's verb, that word its subject (a noun), and the
/// verb it hung on its complement.
fn party_word_read_as_adjective(words: &mut [Word]) {
    let lexicon = Lexicon::get();
    for v in 2..words.len() {
        let (det, party) = (v - 2, v - 1);
        if !(words[v].is_verb() && words[v].deprel == "amod" && words[v].lower.ends_with("ed")) {
            continue;
        }
        let Some(complement) = words[v].head.filter(|&h| h > v && words[h].is_verb()) else { continue };
        if words[det].lower != "the" || words[party].upos != Upos::Adj || !names_a_party(lexicon, &words[party].lower) {
            continue;
        }
        let (head, deprel) = (words[complement].head, words[complement].deprel.clone());
        for k in 0..words.len() {
            if words[k].head == Some(complement) && k < v && k != v {
                words[k].head = Some(v);
            }
        }
        words[v].head = head;
        words[v].deprel = deprel;
        words[complement].head = Some(v);
        words[complement].deprel = if words[complement].lower.ends_with("ing") { "xcomp" } else { "ccomp" }.to_string();
        for k in 0..words.len() {
            if k > complement && words[k].head == Some(complement) && matches!(words[k].rel(), "conj" | "punct") {
                words[k].head = Some(v);
            }
        }
        words[party].upos = Upos::Noun;
        words[party].head = Some(v);
        words[party].deprel = "nsubj".to_string();
        words[det].head = Some(party);
        words[det].deprel = "det".to_string();
    }
}

/// "fired a barrage of Katyusha rockets at the base": after a name the
/// tagger may read a plural weapon noun as a verb ("Katyusha rockets at
/// ..."). A verb whose form is a lexicon weapon in the plural, right after
/// a noun or name it does not govern, is that phrase's head noun, the word
/// before it its compound; its prepositional phrases go to the verb above.
fn weapon_noun_read_as_verb(words: &mut [Word]) {
    use crate::lexicon::NounClass;
    let lexicon = Lexicon::get();
    for w in 1..words.len() {
        let before = w - 1;
        if !(words[w].is_verb() && words[w].lower.ends_with('s') && words[before].is_noun() && words[before].head != Some(w)) {
            continue;
        }
        if !lexicon.noun_or_its_singular(&words[w].lower, |class| class == NounClass::Weapon) {
            continue;
        }
        let Some(phrase_head) = words[before].head.filter(|&h| h < before) else { continue };
        let Some(verb) = std::iter::successors(Some(phrase_head), |&k| words[k].head).find(|&k| words[k].is_verb()) else { continue };
        for k in 0..words.len() {
            if words[k].head == Some(w) && k > w && has_case(words, k) {
                words[k].head = Some(verb);
                words[k].deprel = "obl".to_string();
            } else if words[k].head == Some(before) && k < before && words[k].deprel == "case" {
                words[k].head = Some(w);
            }
        }
        words[w].upos = Upos::Noun;
        words[w].head = Some(phrase_head);
        words[w].deprel = words[before].deprel.clone();
        words[before].head = Some(w);
        words[before].deprel = "compound".to_string();
    }
}

/// A subject with a preposition of its own ("through anonymous calls to the
/// media, the group claimed ...") is an oblique the parser mislabelled; left
/// as a subject it would take the place of the real one beside it.
fn relabel_subjects_with_prepositions(words: &mut [Word]) {
    for i in 0..words.len() {
        if matches!(words[i].deprel.as_str(), "nsubj" | "nsubj:pass") {
            relabel_subject_with_preposition(words, i);
        }
    }
}

/// The repair of [`relabel_subjects_with_prepositions`] for the subject
/// at `i`, if it has a preposition.
fn relabel_subject_with_preposition(words: &mut [Word], i: usize) {
    // "according to the first reports, at least one man fired": the
    // tagger may take "according" for a verb; it is still the phrase's
    // preposition.
    let Some(c) = dependents(words, i).find(|&k| words[k].deprel == "case" && (words[k].upos == Upos::Adp || words[k].lower == "according")) else { return };
    // "Opponents of Kenya's parliament protested", "the attack on senator
    // X left two dead": a prepositional phrase right after another
    // subject of the same verb is that subject's complement, which the
    // parser hung on the verb.
    if let Some(owner) = subject_ending_before(words, i, c) {
        words[i].head = Some(owner);
        words[i].deprel = "nmod".to_string();
        return;
    }
    // "during the last few hours terrorists staged ...": the parser
    // ran a time phrase into the subject; the preposition is the time
    // phrase's, and the subject stays.
    let time = (c + 1..i).rev().find(|&k| words[k].upos == Upos::Noun && TIME_NOUNS.contains(&words[k].lemma.as_str()));
    match time {
        Some(t) => {
            for j in c..t {
                if words[j].head == Some(i) {
                    words[j].head = Some(t);
                }
            }
            words[t].head = words[i].head;
            words[t].deprel = "obl".to_string();
        }
        None => words[i].deprel = "obl".to_string(),
    }
}

/// "according to witnesses, two men on a motorcycle shot the judge": the
/// parser may read the subject after the comma as one more source, a
/// conjunct of "witnesses". A conjunct with no "and"/"or" of its own, after
/// the comma that closes the fronted "according to" phrase and before a
/// verb (or copular predicate: "... are responsible for") that has no
/// subject, with nothing between but its own phrase and words that cannot
/// open a clause, is that verb's subject; the source's later conjuncts
/// before the verb ("several helicopters and an airplane") are its own.
fn subject_listed_with_source(words: &mut [Word]) {
    for src in 0..words.len() {
        if !dependents(words, src).any(|k| words[k].deprel == "case" && words[k].lower == "according") {
            continue;
        }
        let predicate = |v: usize| words[v].is_verb() || dependents(words, v).any(|k| words[k].deprel == "cop");
        let Some(v) = words[src].head.filter(|&v| v > src && predicate(v)) else { continue };
        // "..., two teachers and a nurse were kidnapped": the parser may
        // take the last conjunct for the verb's subject and hang "and" on
        // the verb; any other subject means the clause has its own.
        let found = dependents(words, v).find(|&k| matches!(words[k].deprel.as_str(), "nsubj" | "nsubj:pass" | "csubj" | "expl"));
        let and = found.and_then(|f| (src..f).find(|&k| words[k].deprel == "cc" && words[k].head.is_some_and(|h| h == v || h == f)));
        if found.is_some() && (and.is_none() || found.is_some_and(|f| !words[f].is_noun())) {
            continue;
        }
        let opens_clause = |k: usize| matches!(words[k].upos, Upos::Verb | Upos::Aux | Upos::Punct | Upos::Cconj | Upos::Sconj | Upos::Pron);
        // The verb's own auxiliaries and copula ("are responsible"), the
        // source's later conjuncts with their "and" and commas, and the
        // conjunct the parser took for the subject.
        let verbs_own = |k: usize| words[k].head == Some(v) && matches!(words[k].rel(), "aux" | "cop");
        let listed_with_source = |k: usize| {
            words[k].head == Some(src) && matches!(words[k].deprel.as_str(), "conj" | "punct")
                || words[k].deprel == "cc" && words[k].head.is_some_and(|h| words[h].head == Some(src))
                || Some(k) == and
                || found.is_some_and(|f| is_within(words, k, f))
        };
        let subject = dependents(words, src).find(|&c| {
            words[c].deprel == "conj"
                && c < v
                && (words[c].is_noun() || words[c].upos == Upos::Pron)
                && dependent(words, c, "cc").is_none()
                && phrase_start(words, c).checked_sub(1).is_some_and(|k| words[k].lower == ",")
                && (c + 1..v).all(|k| is_within(words, k, c) || !opens_clause(k) || verbs_own(k) || listed_with_source(k))
        });
        let Some(c) = subject else { continue };
        if let (Some(f), Some(and)) = (found, and) {
            words[f].head = Some(c);
            words[f].deprel = "conj".to_string();
            words[and].head = Some(f);
        }
        let passive = dependents(words, v).any(|k| words[k].deprel == "aux:pass");
        for k in c + 1..v {
            if words[k].head == Some(src) && words[k].deprel == "conj" {
                words[k].head = Some(c);
            }
        }
        words[c].head = Some(v);
        words[c].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_string();
    }
}

/// "a group of armed individuals wearing ski masks robbed a businessman":
/// the parser may take the object of a participle inside the subject for a
/// second subject of the verb, leaving the participle without its object.
/// A subject that follows right after an "-ing" participle with no object
/// of its own, inside another subject of the same verb, is that
/// participle's object.
fn object_of_participle_read_as_subject(words: &mut [Word]) {
    for i in 0..words.len() {
        if !matches!(words[i].deprel.as_str(), "nsubj" | "nsubj:pass") {
            continue;
        }
        let Some(verb) = words[i].head else { continue };
        let Some(p) = phrase_start(words, i).checked_sub(1) else { continue };
        let participle = words[p].is_verb() && words[p].rel() == "acl" && words[p].lower.ends_with("ing") && dependent(words, p, "obj").is_none();
        let in_other_subject = (0..p).any(|j| j != i && words[j].head == Some(verb) && words[j].deprel == words[i].deprel && is_within(words, p, j));
        if participle && in_other_subject && i > p {
            words[i].head = Some(p);
            words[i].deprel = "obj".to_string();
        }
    }
}

/// "according to the first reports, at least one man fired": a phrase
/// opened by "according to" names a source, never the subject, whatever
/// the repairs above made of it (a clause rebuilt around a root noun makes
/// that noun the subject). Left a subject, it hides the real one beside it
/// or, when it is the only one, the subject the parser listed with it
/// ("according to the guerrillas, the government and the army are
/// responsible"), which [`subject_listed_with_source`] then finds. So for
/// an outer subject of a passive ("according to one of the women who were
/// hurt, the bomb was placed by two men").
fn source_read_as_subject(words: &mut [Word]) {
    let mut relabelled = false;
    for i in 0..words.len() {
        if matches!(words[i].deprel.as_str(), "nsubj" | "nsubj:outer") && dependents(words, i).any(|k| words[k].deprel == "case" && words[k].lower == "according") {
            words[i].deprel = "obl".to_string();
            relabelled = true;
        }
    }
    if relabelled {
        subject_listed_with_source(words);
    }
}

/// The first word of `head`'s phrase (its leftmost dependent, at any
/// depth), not counting punctuation the parser hung on it.
fn phrase_start(words: &[Word], head: usize) -> usize {
    (0..=head).find(|&k| words[k].upos != Upos::Punct && is_within(words, k, head)).unwrap_or(head)
}

/// "in Tirapata village (Puno department) a Sendero Luminoso detachment
/// seized the mayor": a verb without a subject, after a fronted
/// prepositional phrase on which the parser hung the real subject (as an
/// apposition or a bare noun modifier), a noun phrase without preposition
/// that ends right before the verb. That phrase is the subject.
fn subject_hung_on_fronted_phrase(words: &mut [Word]) {
    for v in 0..words.len() {
        if !words[v].is_verb() || words.iter().any(|w| w.head == Some(v) && matches!(w.deprel.as_str(), "nsubj" | "nsubj:pass" | "csubj" | "expl")) {
            continue;
        }
        let Some(fronted) = (0..v).find(|&i| words[i].head == Some(v) && words[i].rel() == "obl" && has_case(words, i)) else { continue };
        let real = (fronted + 1..v).rev().find(|&d| {
            words[d].head == Some(fronted)
                && words[d].is_noun()
                && matches!(words[d].deprel.as_str(), "appos" | "nmod:unmarked" | "nmod:npmod" | "obl:unmarked" | "dep")
                && !has_case(words, d)
                && (d + 1..v).all(|k| is_within(words, k, d))
        });
        if let Some(d) = real {
            let passive = words.iter().any(|w| w.head == Some(v) && w.deprel == "aux:pass");
            words[d].head = Some(v);
            words[d].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_string();
        }
    }
}

/// The other subject of the verb of subject `i` whose phrase ends right
/// before word `before`. Not across punctuation: "Erika Sullivan and
/// Christopher Anderson, a teacher, ..." and "Attention: a group of
/// soldiers ..." are an apposition and a heading.
fn subject_ending_before(words: &[Word], i: usize, before: usize) -> Option<usize> {
    let verb = words[i].head?;
    let other = (0..before).rev().find(|&k| k != i && words[k].head == Some(verb) && matches!(words[k].deprel.as_str(), "nsubj" | "nsubj:pass"))?;
    let phrase_end = (other..before).filter(|&k| is_within(words, k, other)).max()?;
    (phrase_end + 1 == before).then_some(other)
}

/// "Both the army and the rebels claimed victory", "Both the Arakan Army
/// and the military junta claimed the town": the parser may read two
/// coordinated subjects as two subjects of the verb, or the first as a
/// compound of the second. A compound never stands before "and" and a
/// determiner of its own head, and a verb has one subject: the second
/// phrase is a conjunct of the first. Without this the first party drops
/// out of the claim (or joins the second's name).
fn coordinated_subjects_read_apart(words: &mut [Word]) {
    for and in 1..words.len() {
        if words[and].upos != Upos::Cconj || !matches!(words[and].lower.as_str(), "and" | "or") {
            continue;
        }
        // The phrase after "and" opens with a determiner of its own head.
        let Some(second) = words.get(and + 1).filter(|w| w.upos == Upos::Det).and_then(|w| w.head).filter(|&h| h > and + 1 && words[h].is_noun()) else { continue };
        let first = and - 1;
        if !words[first].is_noun() {
            continue;
        }
        let both_subjects = words[first].deprel == words[second].deprel
            && words[first].deprel.starts_with("nsubj")
            && words[first].head == words[second].head
            && words[and].head.is_some_and(|h| Some(h) == words[second].head || h == second);
        let first_as_compound = words[first].head == Some(second) && words[first].deprel == "compound" && words[and].head == Some(second);
        if first_as_compound {
            for k in 0..first {
                if words[k].head == Some(second) {
                    words[k].head = Some(first);
                }
            }
            words[first].head = words[second].head;
            words[first].deprel = std::mem::replace(&mut words[second].deprel, "conj".to_string());
            words[second].head = Some(first);
        } else if both_subjects {
            words[second].head = Some(first);
            words[second].deprel = "conj".to_string();
        } else {
            continue;
        }
        words[and].head = Some(second);
        words[and].deprel = "cc".to_string();
    }
}

/// "The Air France Airbus flight 447 was lost": the parser may make two
/// bare noun phrases side by side both subjects of the verb. A clause has
/// one subject (coordinated ones are `conj`), so the first is a modifier
/// of the second, the head of the phrase. Runs after the time-word repair,
/// which has the same shape ("lawmakers Tuesday endorsed").
fn two_subjects_side_by_side(words: &mut [Word]) {
    for i in 0..words.len() {
        if !matches!(words[i].deprel.as_str(), "nsubj" | "nsubj:pass") {
            continue;
        }
        let bare = !has_case(words, i);
        // A time word is no head of a phrase ("lawmakers Tuesday"), and a
        // pronoun resumes a subject rather than continuing it ("the
        // rebels, they ...").
        let time_word = is_time_word(&words[i]);
        if !bare || !words[i].is_noun() || time_word {
            continue;
        }
        // The first word of i's phrase.
        let Some(start) = (0..=i).find(|&k| is_within(words, k, i)) else { continue };
        let Some(first) = subject_ending_before(words, i, start) else { continue };
        // Punctuation between marks an apposition or a heading ("Erika
        // Sullivan and Christopher Anderson, a teacher", "Attention: a
        // group of soldiers").
        let first_start = (0..=first).find(|&k| is_within(words, k, first)).unwrap_or(first);
        let first_is_time = is_time_word(&words[first]);
        // A preposition inside makes the second a complement ("the
        // assassins of the union leader"), whatever word it hangs on.
        if words[first].deprel != words[i].deprel
            || !words[first].is_noun()
            || first_is_time
            || (first_start..i).any(|k| matches!(words[k].upos, Upos::Punct | Upos::Adp) || words[k].lower == ",")
        {
            continue;
        }
        words[first].head = Some(i);
        words[first].deprel = "compound".to_string();
    }
}

/// "yesterday, two reporters were shot by troops", "last night, the
/// mayor was killed": the parser may make a fronted time word a second
/// subject beside the real one. A clause has one subject; the time word
/// says when. Without this the verb's first subject, the time word, hides
/// who underwent the act.
fn time_word_beside_subject(words: &mut [Word]) {
    for t in 0..words.len() {
        if !words[t].deprel.starts_with("nsubj") || !is_time_word(&words[t]) {
            continue;
        }
        let Some(verb) = words[t].head else { continue };
        let other_subject = (t + 1..words.len()).any(|k| words[k].head == Some(verb) && words[k].deprel.starts_with("nsubj") && !is_time_word(&words[k]));
        if other_subject {
            words[t].deprel = "obl:tmod".to_string();
        }
    }
}

/// "the victim of another attack tonight", "the bombing yesterday": the
/// parser may make a bare time word the head of the noun before it, which
/// it read as a compound. The noun heads the phrase; the time word says
/// when. Without this "attack" is a modifier, and its phrase ("of another
/// attack") is lost to the event.
fn time_word_read_as_phrase_head(words: &mut [Word]) {
    for t in 1..words.len() {
        let lower = words[t].lower.as_str();
        if !(BARE_TIME_WORDS.contains(&lower) || WEEKDAYS.contains(&lower)) || !words[t].is_noun() && words[t].upos != Upos::Propn {
            continue;
        }
        let noun = t - 1;
        if words[noun].head != Some(t) || words[noun].deprel != "compound" || !words[noun].is_noun() || is_time_word(&words[noun]) {
            continue;
        }
        for k in 0..words.len() {
            if k != noun && words[k].head == Some(t) {
                words[k].head = Some(noun);
            }
        }
        words[noun].head = words[t].head;
        words[noun].deprel = std::mem::take(&mut words[t].deprel);
        words[t].head = Some(noun);
        words[t].deprel = "nmod:tmod".to_string();
    }
}

/// "another dynamite attack tonight against a regional office of the
/// weekly X": the parser may hang the time word after a noun on the verb, and the
/// phrase that goes on after it on the time word. A bare time word ends no
/// phrase of its own: the prepositional phrase after it belongs to the noun
/// before it, as it would without the time word ("the attack against the
/// office"). Without this the office is lost to the attack.
fn phrase_hung_on_time_word_after_noun(words: &mut [Word]) {
    for t in 1..words.len() {
        let lower = words[t].lower.as_str();
        if !BARE_TIME_WORDS.contains(&lower) || words[t].head == Some(t - 1) {
            continue;
        }
        let noun = t - 1;
        if !words[noun].is_noun() || is_time_word(&words[noun]) {
            continue;
        }
        let phrases: Vec<usize> = dependents(words, t).filter(|&c| c > t && words[c].deprel.starts_with("nmod") && has_case(words, c)).collect();
        for c in phrases {
            if is_within(words, noun, c) {
                continue;
            }
            words[c].head = Some(noun);
            words[c].deprel = "nmod".to_string();
        }
    }
}

/// A word of time ("tonight", "Tuesday", "week"), by its form or lemma.
pub(crate) fn is_time_word(w: &Word) -> bool {
    [BARE_TIME_WORDS, WEEKDAYS, TIME_NOUNS].iter().any(|l| l.contains(&w.lower.as_str()) || l.contains(&w.lemma.as_str()))
}

/// "By Sunday hospital officials put the toll at 31", "On Monday police
/// detained ...": with no comma after a fronted day, the parser reads the
/// day as a modifier of the noun after it, which becomes the preposition's
/// object, and the clause loses its subject (and a casualty figure the
/// party that gave it). A day names no party: the preposition's object is
/// the day, and the noun is the subject of the verb its phrase hung on.
fn day_read_as_compound_after_preposition(words: &mut [Word]) {
    for day in 1..words.len() {
        if words[day].deprel != "compound" || !WEEKDAYS.contains(&words[day].lower.as_str()) {
            continue;
        }
        let Some(noun) = words[day].head.filter(|&n| n > day && words[n].is_noun() && !is_time_word(&words[n])) else { continue };
        let preposition = day - 1;
        if words[preposition].upos != Upos::Adp || words[preposition].head != Some(noun) || words[preposition].deprel != "case" {
            continue;
        }
        let Some(verb) = words[noun].head.filter(|&v| v > noun && words[v].is_verb()) else { continue };
        let has_subject = dependents(words, verb).any(|k| words[k].deprel.starts_with("nsubj"));
        if has_subject || !matches!(words[noun].rel(), "obl" | "nmod") {
            continue;
        }
        let passive = dependent(words, verb, "aux:pass").is_some();
        words[preposition].head = Some(day);
        words[day].head = Some(verb);
        words[day].deprel = "obl".to_string();
        words[noun].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_string();
    }
}

/// "terrorists tonight bombed the embassies", "Ukrainian lawmakers Tuesday
/// endorsed": the parser made the time word the subject and the real
/// subject, left bare before it, an oblique.
fn subject_behind_time_word(words: &mut [Word]) {
    for t in 1..words.len() {
        let lower = words[t].lower.as_str();
        if words[t].deprel != "nsubj" || !(BARE_TIME_WORDS.contains(&lower) || WEEKDAYS.contains(&lower)) {
            continue;
        }
        let verb = words[t].head;
        // "marched in Khartoum on Thursday demanding civilian rule": the
        // preposition was read as opening a clause whose subject is the
        // day. The day is when the main verb happened; the participle has
        // the main verb's subject.
        let preposition = words[t - 1].head == verb && words[t - 1].deprel == "mark" && matches!(words[t - 1].lower.as_str(), "on" | "in" | "at" | "during" | "since" | "by");
        if let (true, Some(v)) = (preposition, verb) {
            if words[v].lower.ends_with("ing") && words[v].rel() == "advcl" {
                words[t - 1].head = Some(t);
                words[t - 1].deprel = "case".to_string();
                words[t].head = words[v].head;
                words[t].deprel = "obl".to_string();
                continue;
            }
        }
        // "Rebels Tuesday attacked": the parser may also have made the
        // real subject a compound of the time word. Hang it on the verb,
        // with everything before it that hung on the time word.
        if let Some(k) = (0..t).rev().find(|&k| words[k].head == Some(t) && words[k].is_noun() && words[k].rel() == "compound") {
            for j in 0..t {
                if words[j].head == Some(t) && j != k {
                    words[j].head = Some(k);
                }
            }
            words[k].head = verb;
            words[k].deprel = "nsubj".to_string();
            words[t].deprel = "obl:tmod".to_string();
            continue;
        }
        // The bare nominal right before it (a phrase ending at t - 1) hung on the same verb.
        let Some(subject) = (0..t).rev().find(|&k| words[k].head == verb && k < t && words[k].is_noun()) else { continue };
        let phrase_ends_before_time = (subject + 1..t).all(|k| is_within(words, k, subject));
        let bare = !has_case(words, subject);
        if phrase_ends_before_time && bare && matches!(words[subject].rel(), "obl" | "nmod" | "obj" | "dep" | "nsubj") {
            words[subject].deprel = "nsubj".to_string();
            words[t].deprel = "obl:tmod".to_string();
        }
    }
}

/// "The guerrillas claim to have destroyed six towers": the parser may make
/// the participle a modifier of the noun after it. A word with an
/// auxiliary of its own ("to have destroyed", "has bombed") is a verb: it
/// becomes the complement of the verb that took the noun as its object,
/// and the noun its object.
fn verb_with_auxiliary_read_as_modifier(words: &mut [Word]) {
    for w in 0..words.len() {
        if words[w].upos != Upos::Verb || words[w].deprel != "amod" {
            continue;
        }
        let Some(noun) = words[w].head.filter(|&n| n > w && words[n].is_noun() && words[n].rel() == "obj") else { continue };
        let Some(verb) = words[noun].head else { continue };
        let has_aux = words.iter().any(|x| x.head == Some(w) && x.deprel == "aux");
        if !has_aux || verb > w {
            continue;
        }
        words[w].head = Some(verb);
        words[w].deprel = "xcomp".to_string();
        words[noun].head = Some(w);
    }
}

/// Participles of harm the tagger reads as adjectives after "was"/"were"
/// ("were abducted", "was wounded"), with their verbs' lemmas.
const HARM_PARTICIPLES: &[(&str, &str)] = &[
    ("wounded", "wound"),
    ("injured", "injure"),
    ("abducted", "abduct"),
    ("kidnapped", "kidnap"),
    ("murdered", "murder"),
    ("assassinated", "assassinate"),
    ("killed", "kill"),
];

/// "Luis Ortega was seriously wounded": the tagger often reads "wounded"
/// or "injured" after "was" as an adjective, so the sentence has no event
/// and the person is lost as a victim. With a named subject the word is the
/// passive verb: a named person is hurt by someone, not in a state. Only
/// named subjects: "two soldiers were wounded" is counted by the casualty
/// reader already, and reading every such adjective as a verb made events
/// of combat reports that MUC-4 does not key (session 8, dev -0.5).
fn harm_adjective_of_named_subject(words: &mut [Word]) {
    for a in 0..words.len() {
        let Some(&(_, lemma)) = HARM_PARTICIPLES.iter().find(|(form, _)| *form == words[a].lower) else { continue };
        if words[a].upos != Upos::Adj {
            continue;
        }
        let copula = (0..a).find(|&k| words[k].head == Some(a) && words[k].deprel == "cop" && words[k].lemma == "be");
        let subject = (0..a).find(|&k| words[k].head == Some(a) && words[k].deprel == "nsubj");
        let (Some(copula), Some(subject)) = (copula, subject) else { continue };
        // An adposition the parser made a subordinator of the adjective
        // ("the road to X, where ... was wounded", "a niece of X's was
        // injured") shows a broken parse whose subject is no subject.
        let adposition_mark = dependents(words, a).any(|k| words[k].deprel == "mark" && matches!(words[k].upos, Upos::Adp | Upos::Part));
        // An agent ("wounded by a grenade", "injured by gunmen") makes it a
        // passive whatever the subject: a state has no doer.
        let agent = dependents(words, a).any(|k| words[k].deprel.starts_with("obl") && has_preposition(words, k, "by"));
        if !(words[subject].upos == Upos::Propn || agent) || adposition_mark {
            continue;
        }
        words[a].upos = Upos::Verb;
        words[a].lemma = lemma.to_string();
        words[copula].deprel = "aux:pass".to_string();
        words[subject].deprel = "nsubj:pass".to_string();
    }
}

/// "Russian strikes on Kharkiv wounded 14 people": the tagger reads
/// "wounded" as an adjective and the parser makes "Kharkiv wounded 14
/// people" one phrase, so the act has a victim "Kharkiv wounded 14 people"
/// and no casualties. A harm participle read as a modifier, right after a
/// name that hangs on the same noun and before a number of people, ends
/// the act's phrase: it is the verb, the act its subject, the people its
/// object and the name what the act was on.
fn harm_verb_read_as_modifier_after_place(words: &mut [Word]) {
    for a in 1..words.len() {
        let Some(&(_, lemma)) = HARM_PARTICIPLES.iter().find(|(form, _)| *form == words[a].lower) else { continue };
        let Some(people) = words[a].head.filter(|&n| n > a && words[a].deprel == "amod") else { continue };
        let place = a - 1;
        let counted = dependents(words, people).any(|k| k > a && words[k].deprel == "nummod") || QUANTITY_NOUNS.contains(&words[people].lemma.as_str());
        if words[place].upos != Upos::Propn || words[place].head != Some(people) || !counted {
            continue;
        }
        let Some(act) = words[people].head.filter(|&x| x < place && words[x].is_noun()) else { continue };
        if !dependents(words, people).any(|k| k < place && words[k].deprel == "case") {
            continue;
        }
        // "..., the governor said": a report told before its verb, which
        // the parser made the verb's subject.
        let told_before_its_verb = words[act].deprel == "nsubj" && words[act].head.is_some_and(|v| v > a && SAYING_VERBS.contains(&words[v].lemma.as_str()));
        let clause_rel = match words[act].deprel.as_str() {
            "root" => "root",
            "obj" | "ccomp" => "ccomp",
            "nsubj" if told_before_its_verb => "ccomp",
            _ => continue,
        };
        for k in 0..a {
            if words[k].head == Some(people) && k != place {
                words[k].head = Some(place);
            }
        }
        words[place].head = Some(act);
        words[place].deprel = "nmod".to_string();
        words[a].upos = Upos::Verb;
        words[a].lemma = lemma.to_string();
        words[a].head = words[act].head;
        words[a].deprel = clause_rel.to_string();
        words[act].head = Some(a);
        words[act].deprel = "nsubj".to_string();
        words[people].head = Some(a);
        words[people].deprel = "obj".to_string();
    }
}

/// Nouns that count people or things ("dozens of people", "hundreds of
/// civilians", "a number of bridges").
pub(crate) const QUANTITY_NOUNS: &[&str] = &["dozen", "score", "hundred", "thousand", "number"];

/// "an air force member fired at photographers": the parser may read a
/// past tense as a passive participle and its subject as the patient. A
/// passive needs a form of "be" or "get" ("was fired", "got shot"); a clause
/// whose verb has a passive subject, no such auxiliary and no "by" phrase
/// is active, and its subject the doer. A reduced relative ("the men
/// arrested yesterday") has no subject of its own, so is not touched.
fn passive_subject_without_auxiliary(words: &mut [Word]) {
    for v in 0..words.len() {
        if words[v].upos != Upos::Verb || matches!(words[v].rel(), "acl" | "amod") {
            continue;
        }
        let Some(subject) = dependent(words, v, "nsubj:pass") else { continue };
        let auxiliary = words.iter().any(|w| w.head == Some(v) && matches!(w.rel(), "aux" | "cop") && matches!(w.lemma.as_str(), "be" | "get"));
        let by_phrase = dependents(words, v).any(|k| words[k].deprel == "obl:agent" || has_preposition(words, k, "by"));
        if !auxiliary && !by_phrase {
            words[subject].deprel = "nsubj".to_string();
        }
    }
}

/// "a tribal elder was slain", "two guards were shot": a past
/// participle right after a form of "be" is passive, but the parser, which
/// saw the participle as a past tense or a noun, may label its subject an
/// active one ("nsubj", "aux"), and the victim becomes the killer. The
/// subject of a verb in a participle form ("-ed", "-en" or an irregular
/// past such as "shot", "slain", "hit") with "be" right before it (or one
/// adverb between) is a passive subject. A verb in "-ing" ("was shooting")
/// is progressive and left alone.
fn passive_read_as_active(words: &mut [Word]) {
    let lexicon = Lexicon::get();
    for v in 1..words.len() {
        let form = words[v].lower.as_str();
        let participle = form.ends_with("ed") || form.ends_with("en") || lexicon.may_be_irregular_past(form);
        if words[v].upos != Upos::Verb || form.ends_with("ing") || !participle {
            continue;
        }
        let before = if words[v - 1].upos == Upos::Adv && v >= 2 { v - 2 } else { v - 1 };
        if words[before].head != Some(v) || words[before].deprel != "aux" || words[before].lemma != "be" {
            continue;
        }
        let Some(subject) = dependent(words, v, "nsubj") else { continue };
        words[subject].deprel = "nsubj:pass".to_string();
        words[before].deprel = "aux:pass".to_string();
    }
}

/// "implicated four officers, including a colonel, and five soldiers in
/// the murder", "arrested three men, including a police officer, and two
/// women": after an aside the parser may make the last item of a list the
/// object of "and", as if the conjunction were a verb, so the item is no
/// conjunct of the list and drops out of the argument. A noun that is a
/// core argument of a coordinating conjunction is a conjunct of the list's
/// first item: the phrase before the comma ahead of "and", taken up to its
/// head noun, or, when that phrase is an "including" aside, the phrase
/// before the aside. Only when that first item is a noun hung on a verb.
fn conjunct_hung_on_its_conjunction(words: &mut [Word]) {
    for cc in 2..words.len() {
        if words[cc].upos != Upos::Cconj || words[cc - 1].lower != "," {
            continue;
        }
        let core = |k: usize| words[k].is_noun() && matches!(words[k].deprel.as_str(), "obj" | "nsubj" | "nsubj:pass");
        let Some(item) = dependents(words, cc).find(|&k| k > cc && core(k)).or_else(|| subject_of_a_later_noun(words, cc)) else { continue };
        let Some(first) = first_item_before(words, cc - 1) else { continue };
        if is_within(words, first, item) {
            continue;
        }
        words[item].head = Some(first);
        words[item].deprel = "conj".to_string();
        words[cc].head = Some(item);
        words[cc].deprel = "cc".to_string();
        words[cc - 1].head = Some(item);
        words[cc - 1].deprel = "punct".to_string();
    }
}

/// The noun phrase right after the conjunction at `cc` when the parser
/// made it the subject of a later noun that has no copula ("..., and five
/// members of the army in the murder on 16 May at the university": the
/// members made the subject of "university"): a noun with neither copula
/// nor verb of its own heads no clause, so the phrase is a list item.
fn subject_of_a_later_noun(words: &[Word], cc: usize) -> Option<usize> {
    let mut item = cc + 1;
    while item < words.len() && matches!(words[item].deprel.as_str(), "det" | "nummod" | "amod" | "compound") {
        item = words[item].head.filter(|&h| h > item)?;
    }
    let w = words.get(item)?;
    let head = w.head?;
    let clause_less_noun = words[head].is_noun() && head > item && dependent(words, head, "cop").is_none();
    (w.is_noun() && w.deprel == "nsubj" && clause_less_noun).then_some(item)
}

/// The first item of a list whose comma before "and" is at `comma`: the
/// head of the phrase ending before the comma, up through nouns; past an
/// "including" aside, the phrase before the aside's own comma. `None`
/// unless that item is a noun hung on a verb.
fn first_item_before(words: &[Word], comma: usize) -> Option<usize> {
    let head_of_phrase = |mut k: usize, end: usize| {
        while let Some(h) = words[k].head.filter(|&h| h < end && words[h].is_noun()) {
            k = h;
        }
        k
    };
    let mut item = head_of_phrase(comma.checked_sub(1)?, comma);
    if has_preposition(words, item, "including") {
        let open = (0..item).rev().find(|&k| words[k].lower == ",")?;
        item = head_of_phrase(open.checked_sub(1)?, open);
    }
    let on_a_verb = words[item].head.is_some_and(|h| words[h].upos == Upos::Verb);
    (words[item].is_noun() && on_a_verb).then_some(item)
}

/// "members of the 22nd front of the farc": in lower-case text the parser
/// may read the second "of the" as a fixed adverbial expression ("of" an
/// `advmod` of the noun before it, "the" its `fixed` part) with the noun
/// after hung under "the", so the group the unit belongs to is no "of"
/// phrase of the unit and is lost. An "of" that is no preposition, with a
/// determiner as its fixed part and a noun under that, is the noun's
/// preposition, and the noun an "of" phrase of the noun before.
fn of_read_as_fixed_expression(words: &mut [Word]) {
    for of in 0..words.len() {
        if words[of].lower != "of" || words[of].deprel == "case" {
            continue;
        }
        let Some(host) = words[of].head.filter(|&h| h < of && words[h].is_noun()) else { continue };
        let Some(det) = dependent(words, of, "fixed").filter(|&d| d == of + 1 && words[d].upos == Upos::Det) else { continue };
        let Some(noun) = dependents(words, det).find(|&k| k > det && words[k].is_noun() && words[k].rel() == "nmod") else { continue };
        words[noun].head = Some(host);
        words[noun].deprel = "nmod".to_string();
        words[of].head = Some(noun);
        words[of].deprel = "case".to_string();
        words[det].head = Some(noun);
        words[det].deprel = "det".to_string();
    }
}

/// "a trader was shot dead on 12 May by two masked men": the parser may
/// hang the "by" phrase after a date on the date ("12 May by ..." read as
/// one phrase), and the passive verb loses its agent, so the event its
/// doer. A date or a word of time ends no phrase that a "by" party could
/// belong to: a "by" phrase hung on one (a month with a number, a day name,
/// "today", "week") that is itself an oblique of a passive verb is that
/// verb's agent.
fn agent_hung_on_a_date(words: &mut [Word]) {
    for by in 0..words.len() {
        if words[by].lower != "by" || words[by].deprel != "case" {
            continue;
        }
        let Some(party) = words[by].head.filter(|&p| words[p].deprel.starts_with("nmod") && words[p].is_noun()) else { continue };
        let Some(date) = words[party].head else { continue };
        let dated_month = sitrep_text::dates::is_month_name(&words[date].lower) && dependents(words, date).any(|k| words[k].upos == Upos::Num);
        // An oblique, or a date with its own preposition the parser made an
        // object ("killed on 12 May").
        // The preposition may hang on the day's number ("on | 12 May").
        let with_preposition = has_case(words, date) || dependents(words, date).any(|k| has_case(words, k));
        let oblique = words[date].rel() == "obl" || words[date].rel() == "obj" && with_preposition;
        if !(dated_month || is_time_word(&words[date])) || !oblique {
            continue;
        }
        let Some(verb) = words[date].head.filter(|&v| words[v].upos == Upos::Verb) else { continue };
        // "was shot and killed on ...": a verb coordinated after a passive
        // one shares its auxiliary.
        let passive = |v: usize| dependent(words, v, "aux:pass").is_some() || dependent(words, v, "nsubj:pass").is_some();
        let first = words[verb].head.filter(|_| words[verb].deprel == "conj");
        if !passive(verb) && !first.is_some_and(passive) {
            continue;
        }
        if words[date].rel() == "obj" {
            words[date].deprel = "obl".to_string();
        }
        words[party].head = Some(verb);
        words[party].deprel = "obl:agent".to_string();
    }
}

/// "walked up to the councillor and shot her twice": the parser may label
/// the only object of a verb an indirect one ("her" before a measure
/// phrase read as the second object), and the act, which needs an object,
/// is lost with its victim. An indirect object stands beside a direct one
/// or a clause ("gave him the money", "told him to leave"); alone, it is
/// the verb's object.
fn indirect_object_without_direct_object(words: &mut [Word]) {
    for i in 0..words.len() {
        if words[i].deprel != "iobj" {
            continue;
        }
        let Some(verb) = words[i].head else { continue };
        let second_object = dependents(words, verb).any(|k| matches!(words[k].rel(), "obj" | "ccomp" | "xcomp"));
        if !second_object {
            words[i].deprel = "obj".to_string();
        }
    }
}

/// Verbs that take a small clause of a noun and a past participle ("reported
/// five soldiers killed", "found two men shot", "left three people
/// wounded").
const SMALL_CLAUSE_VERBS: &[&str] = &["report", "confirm", "declare", "list", "find", "leave", "see", "presume", "count"];

/// "Spokesmen reported five soldiers killed": the parser reads the small
/// clause as an active one, with the soldiers as the killers. A participle
/// with a subject, no auxiliary, no subordinator and no object, under a
/// verb of [`SMALL_CLAUSE_VERBS`], is passive and its subject the patient
/// ("reported that gunmen killed five" has a subordinator, "reported
/// gunmen killed five people" an object).
fn small_clause_participle_read_as_active(words: &mut [Word]) {
    for v in 0..words.len() {
        let w = &words[v];
        if w.upos != Upos::Verb || !matches!(w.rel(), "ccomp" | "xcomp") || w.lower == w.lemma || w.lower.ends_with("ing") {
            continue;
        }
        let Some(h) = w.head.filter(|&h| SMALL_CLAUSE_VERBS.contains(&words[h].lemma.as_str())) else { continue };
        if h > v {
            continue;
        }
        if dependents(words, v).any(|k| matches!(words[k].rel(), "aux" | "mark" | "obj" | "ccomp" | "cop")) {
            continue;
        }
        let Some(subject) = dependent(words, v, "nsubj").filter(|&n| n > h && n < v) else { continue };
        words[subject].deprel = "nsubj:pass".to_string();
    }
}

/// The dependents of word `head`, in word order. The repairs move heads,
/// so they search the words instead of keeping child lists.
fn dependents(words: &[Word], head: usize) -> impl Iterator<Item = usize> + '_ {
    (0..words.len()).filter(move |&k| words[k].head == Some(head))
}

/// The first dependent of `head` with relation `deprel`.
fn dependent(words: &[Word], head: usize, deprel: &str) -> Option<usize> {
    dependents(words, head).find(|&k| words[k].deprel == deprel)
}

/// Whether word `i` has a preposition of its own (a `case` dependent).
fn has_case(words: &[Word], i: usize) -> bool {
    dependents(words, i).any(|k| words[k].deprel == "case")
}

/// Whether word `i`'s phrase is introduced by the preposition `form`.
fn has_preposition(words: &[Word], i: usize, form: &str) -> bool {
    dependents(words, i).any(|k| words[k].deprel == "case" && words[k].lower == form)
}

/// Whether `k`'s chain of heads reaches `top` (a cycle ends the walk).
fn is_within(words: &[Word], mut k: usize, top: usize) -> bool {
    for _ in 0..words.len() {
        if k == top {
            return true;
        }
        match words[k].head {
            Some(h) => k = h,
            None => return false,
        }
    }
    false
}

/// "The journalists arrested last year were released by Iran": the parser
/// may take the reduced relative's participle for the clause's verb and
/// hang the real verb, which has a finite passive auxiliary of its own
/// ("were released") but no subject, under it (or the participle, with its
/// noun, as that verb's subject). A participle without an auxiliary of its
/// own, whose subject is a noun before it, linked directly to a later verb
/// with "was/were/is/are/been" and no subject, with nothing of that verb's
/// own between them, modifies that noun; the noun is the later verb's
/// passive subject. The same for a predicate with a copula ("the other
/// person killed was a Colombian", "the villagers killed near the border
/// were from Tumbes"), when the participle has no object: the noun is who
/// was killed, not who killed. The parser may also hang the later verb as
/// a clause complement of the participle ("the farmers killed in the raid
/// were buried today"), which counts only for a participle with no object
/// ("another report stated two stations were sabotaged" reports a clause).
fn reduced_relative_read_as_main_verb(words: &mut [Word]) {
    for r in 0..words.len() {
        if !words[r].is_verb() || !words[r].lower.ends_with("ed") {
            continue;
        }
        let own_aux = words.iter().any(|w| w.head == Some(r) && matches!(w.rel(), "aux" | "cop"));
        let Some(subject) = (0..r).find(|&k| words[k].head == Some(r) && words[k].deprel == "nsubj" && words[k].is_noun()) else { continue };
        if own_aux || (subject + 1..r).any(|k| !is_within(words, k, subject)) {
            continue;
        }
        // The later verb, under the participle or above it; or a predicate
        // with a copula ("the other person killed was a Colombian", "the
        // Spaniards killed in the accident were X and Y"), which the
        // parser hangs under the participle as a clause of its own.
        let finite_be = |w: &Word| matches!(w.lower.as_str(), "was" | "were" | "is" | "are" | "been");
        let passive = |v: usize| words[v].is_verb() && dependents(words, v).any(|k| words[k].deprel == "aux:pass" && finite_be(&words[k]));
        // A participle with an object is the clause's verb ("the soldiers
        // killed two peasants; they were ..."), whatever follows.
        let has_object = dependents(words, r).any(|k| words[k].rel() == "obj");
        let copular = |v: usize| !has_object && dependents(words, v).any(|k| words[k].deprel == "cop" && finite_be(&words[k]));
        let later = (r + 1..words.len()).find(|&v| {
            // A clause complement is a relative's only when the participle
            // has no object: "stated two stations were sabotaged" reports.
            let under_r = matches!(words[v].rel(), "advcl" | "conj" | "parataxis") || (words[v].rel() == "ccomp" && !has_object);
            (words[v].head == Some(r) && under_r || words[r].head == Some(v) && words[r].rel() == "nsubj")
                && (passive(v) || copular(v))
                && !words.iter().enumerate().any(|(k, w)| k != r && w.head == Some(v) && matches!(w.rel(), "nsubj"))
        });
        let Some(v) = later else { continue };
        let subject_rel = if passive(v) { "nsubj:pass" } else { "nsubj" };
        // The relative runs on to the auxiliary: nothing of the later
        // verb's own comes before it ("the police reported that the
        // commander's wife was killed" is a report, not a relative).
        let Some(aux) = dependent(words, v, "aux:pass").or_else(|| dependent(words, v, "cop")) else { continue };
        let v_under_r = words[v].head == Some(r);
        let own_of_later = |k: usize| is_within(words, k, v) && (v_under_r || !is_within(words, k, r) && !is_within(words, k, subject));
        // A clause boundary between them ("reported that ... was killed",
        // "denied that ...: when X was killed") ends the relative.
        let boundary = (r + 1..aux).any(|k| words[k].upos == Upos::Punct || matches!(words[k].lower.as_str(), "that" | "when" | "which" | "who" | "whom" | "whose" | "where"));
        if aux < r || boundary || (subject..aux).any(own_of_later) {
            continue;
        }
        // The later verb takes the place of the higher of the two.
        if words[v].head == Some(r) {
            words[v].head = words[r].head;
            words[v].deprel = words[r].deprel.clone();
            for k in r + 1..words.len() {
                if k != v && words[k].head == Some(r) && k > v {
                    words[k].head = Some(v);
                }
            }
        }
        words[subject].head = Some(v);
        words[subject].deprel = subject_rel.to_string();
        words[r].head = Some(subject);
        words[r].deprel = "acl".to_string();
    }
}

/// "a pickup bomb blew up in front of the economy ministry", "a grenade
/// thrown into the defense ministry's courtyard", "attacks on barracks and
/// teachers' union headquarters": in lower-case text the tagger may take the
/// last noun of a compound for a name and the parser then reads the noun
/// before it as that name's subject, so the phrase loses its first words
/// ("ministry", "ministry's courtyard"). A noun or name is the subject of a noun only
/// with a copula ("the target was the ministry"); a noun hung as the
/// subject of a noun phrase that starts right after it, which has neither
/// copula nor auxiliary and is itself an argument (no clause of its own),
/// is a compound of the next word.
fn noun_read_as_subject_of_next_noun(words: &mut [Word]) {
    for k in 0..words.len().saturating_sub(1) {
        let Some(h) = words[k].head.filter(|&h| h > k) else { continue };
        if words[k].deprel != "nsubj" || !words[k].is_noun() || !words[h].is_noun() || !words[k + 1].is_noun() || has_case(words, k) {
            continue;
        }
        let an_argument = matches!(words[h].deprel.as_str(), "obj" | "obl" | "nmod" | "nsubj:pass" | "conj" | "nmod:poss");
        if !an_argument || dependents(words, h).any(|d| matches!(words[d].deprel.as_str(), "cop" | "aux" | "aux:pass")) {
            continue;
        }
        // The words up to the head are its own modifiers.
        if !(k + 1..h).all(|j| words[j].head.is_some_and(|jh| jh > k && jh <= h)) {
            continue;
        }
        words[k].head = Some(k + 1);
        words[k].deprel = "compound".to_string();
    }
}

/// Words that open a place name and never stand for a place alone ("El
/// Fasher", "Al Qaim", "San Miguel", "Port Harcourt").
const PLACE_NAME_OPENERS: &[&str] = &["el", "al", "la", "le", "las", "los", "san", "santa", "port", "fort", "new", "mount"];

/// "a boarding school in Nigeria's Kebbi state": the parser may split a
/// name from the noun of its administrative unit after it, hanging the
/// name elsewhere, or hang the preposition and the possessor on the name
/// and the unit noun on a later noun as a compound across "early on" (no
/// compound has a preposition of its head's between them). The place the
/// act happened in is then lost. A proper noun right before such a noun is
/// part of its name, the preposition, possessor and determiner before the
/// name are the unit noun's, and a unit noun hung as a compound across a
/// preposition hangs where that later noun does.
fn name_split_from_its_place_noun(words: &mut [Word]) {
    for k in 0..words.len().saturating_sub(1) {
        let unit = k + 1;
        if words[k].upos != Upos::Propn || !ADMINISTRATIVE_UNITS.contains(&words[unit].lower.as_str()) || dependents(words, k).any(|d| d > k) {
            continue;
        }
        if let Some(later) = words[unit].head.filter(|&h| h > unit && words[unit].deprel == "compound") {
            let across_preposition = (unit + 1..later).any(|j| words[j].head == Some(later) && words[j].deprel == "case");
            let Some(above) = words[later].head.filter(|_| across_preposition) else { continue };
            words[unit].head = Some(above);
            words[unit].deprel = if words[above].is_verb() { "obl" } else { "nmod" }.to_string();
        }
        let phrase: Vec<usize> = dependents(words, k).filter(|&d| d < k && matches!(words[d].deprel.as_str(), "case" | "nmod:poss" | "det" | "amod")).collect();
        let unit_has_case = has_case(words, unit) || phrase.iter().any(|&d| words[d].deprel == "case");
        if !unit_has_case || is_within(words, unit, k) {
            continue;
        }
        for d in phrase {
            words[d].head = Some(unit);
        }
        words[k].head = Some(unit);
        words[k].deprel = "compound".to_string();
    }
}

/// "in the Middle Shabelle region, the information ministry said": the
/// parser may end the phrase before the subject early, making "the
/// information" a conjunct of "region" and "ministry" a bare subject, so
/// the speaker loses its first words. A subject noun with nothing of its
/// own before it, right after a noun hung on something before it as a
/// conjunct or apposition (whose own words are all before it), is that
/// noun's head: the earlier noun and its determiner and modifiers are the
/// subject's.
fn subject_split_from_its_first_words(words: &mut [Word]) {
    for n in 1..words.len() {
        let k = n - 1;
        let subject = matches!(words[n].deprel.as_str(), "nsubj" | "nsubj:pass") && words[n].is_noun() && words[n].head.is_some_and(|v| v > n);
        if !subject || dependents(words, n).any(|d| d < n) || !words[k].is_noun() || !matches!(words[k].rel(), "conj" | "appos") {
            continue;
        }
        if !words[k].head.is_some_and(|h| h < k) || dependents(words, k).any(|d| d > k) {
            continue;
        }
        let own: Vec<usize> = dependents(words, k).filter(|&d| matches!(words[d].rel(), "det" | "amod" | "compound" | "nmod:poss" | "punct")).collect();
        if own.len() != dependents(words, k).count() || !own.iter().any(|&d| words[d].rel() == "det") {
            continue;
        }
        for d in own {
            words[d].head = Some(n);
        }
        words[k].head = Some(n);
        words[k].deprel = "compound".to_string();
    }
}

/// Nouns for an administrative unit that follow its name ("Kebbi state",
/// "Idlib province").
const ADMINISTRATIVE_UNITS: &[&str] = &["state", "province", "region", "district", "county", "governorate", "department", "prefecture", "municipality"];

/// "Fighting between the army and the RSF in El Fasher has killed ...":
/// the parser may read the last word of a place name that opens with a
/// particle as the verb's subject, leaving the particle alone in the
/// prepositional phrase. A subject right after such a particle, which has
/// its own preposition, is the rest of the particle's name; the verb is
/// then without a subject (see [`bare_subject_read_as_oblique`]).
fn place_name_split_by_subject(words: &mut [Word]) {
    for n in 1..words.len() {
        let opener = n - 1;
        if !matches!(words[n].deprel.as_str(), "nsubj" | "nsubj:pass") || words[n].upos != Upos::Propn {
            continue;
        }
        if !PLACE_NAME_OPENERS.contains(&words[opener].lower.as_str()) || !has_case(words, opener) || is_within(words, opener, n) {
            continue;
        }
        if dependents(words, n).next().is_some() {
            continue;
        }
        words[n].head = Some(opener);
        words[n].deprel = "flat".to_string();
    }
}

/// "Gunmen attacked a village": a bare plural opening the sentence may be
/// read as an unmarked oblique (as "Sunday" in "Sunday attacked" would be),
/// leaving the verb without a subject. A noun that opens the sentence, or
/// the clause after a fronted phrase and its comma ("On Monday, gunmen shot
/// dead a commissioner"), has no preposition, is no time word, and hangs as
/// an oblique on a verb with no subject of its own is that verb's subject.
fn bare_subject_read_as_oblique(words: &mut [Word]) {
    let modifier = |w: &Word| matches!(w.upos, Upos::Det | Upos::Adj | Upos::Num);
    let Some(first) = words.iter().position(|w| !modifier(w) && w.upos != Upos::Punct) else { return };
    let after_comma = (1..words.len()).filter(|&k| words[k - 1].lower == ",").filter_map(|k| (k..words.len()).find(|&j| !modifier(&words[j])));
    let candidates: Vec<usize> = std::iter::once(first).chain(after_comma).collect();
    for n in candidates {
        let w = &words[n];
        let Some(verb) = w.head.filter(|&v| v > n && words[v].is_verb()) else { continue };
        // After a comma, only a noun right before its verb: elsewhere the
        // comma may open an apposition or a list.
        if n != first && verb != n + 1 {
            continue;
        }
        let oblique = matches!(w.deprel.as_str(), "obl" | "obl:unmarked" | "obl:npmod" | "obl:tmod");
        if !w.is_noun() || !oblique || has_case(words, n) || is_time_word(w) {
            continue;
        }
        if dependents(words, verb).any(|d| matches!(words[d].rel(), "nsubj" | "expl" | "csubj")) {
            continue;
        }
        words[n].deprel = "nsubj".to_string();
    }
}

/// "The protest turned violent after police shot a driver": a word that
/// is a preposition or a subordinator ("after", "before", "since") may be
/// read as the preposition of the noun after it, leaving that noun an
/// oblique and the verb right after it without a subject; or hang the noun
/// on the verb as a compound ("after police shot dead a teenager"), as it
/// would on a noun. A noun so marked or so hung, right before a verb with
/// no subject of its own, is that verb's subject, and the marking word is
/// the verb's subordinator.
fn subordinator_read_as_preposition(words: &mut [Word]) {
    for n in 0..words.len().saturating_sub(1) {
        let w = &words[n];
        if !w.is_noun() || is_time_word(w) {
            continue;
        }
        let subordinator = |d: usize| SUBORDINATING_PREPOSITIONS.contains(&words[d].lower.as_str()) || CLAUSE_ONLY_SUBORDINATORS.contains(&words[d].lower.as_str());
        let marker = dependents(words, n).find(|&d| words[d].deprel == "case" && subordinator(d));
        // A marked noun's phrase may take an apposition and a comma before
        // its verb ("while a splinter faction, X, said it ...").
        let phrase_end = if marker.is_some() { (n..words.len()).take_while(|&k| is_within(words, k, n)).last().unwrap_or(n) } else { n };
        let verb = if marker.is_some() && words.get(phrase_end + 1).is_some_and(|c| c.lower == ",") { phrase_end + 2 } else { phrase_end + 1 };
        if !words.get(verb).is_some_and(Word::is_verb) {
            continue;
        }
        // A noun hung on the verb as a compound, which a verb never has.
        let compound_of_verb = w.deprel == "compound" && w.head == Some(verb);
        if !compound_of_verb && !(marker.is_some() && matches!(w.rel(), "obl" | "nmod")) {
            continue;
        }
        let verb_has_subject = dependents(words, verb).any(|d| matches!(words[d].rel(), "nsubj" | "expl" | "csubj"));
        // "after the raid staged by the guerrillas": a participle with a
        // "by" party modifies the noun.
        let passive = dependents(words, verb).any(|d| words[d].deprel == "aux:pass" || words[d].deprel == "obl:agent" || has_preposition(words, d, "by"));
        if verb_has_subject || words[verb].head == Some(n) || passive {
            continue;
        }
        // The verb must not hang inside the noun's own phrase.
        if is_within(words, verb, n) {
            continue;
        }
        let clause_before = words[n].head.filter(|&h| h < n && words[verb].head.is_none() && words[h].head == Some(verb) && matches!(words[h].rel(), "ccomp" | "parataxis"));
        words[n].head = Some(verb);
        words[n].deprel = "nsubj".to_string();
        if let Some(marker) = marker {
            words[marker].head = Some(verb);
            words[marker].deprel = "mark".to_string();
            // "X denied involvement, while Y said it ...": the clause before
            // the subordinator, read as what the later verb said, is the
            // main one.
            if let Some(main) = clause_before {
                words[main].head = None;
                words[main].deprel = "root".to_string();
                words[verb].head = Some(main);
            }
            marked_clause_modifies_the_verb_before(words, verb, marker);
        }
    }
}

/// "X denied involvement, while Y said it carried out the bombing": the
/// parser may read the clause after a subordinator as the object of the
/// verb before it ("denied ... said") and hang that verb's own object on
/// the later one. A clause with a subordinator holds nothing before it,
/// and is no object: it modifies the verb before it, which gets back what
/// was hung on the later verb before the subordinator (a noun read as a
/// clause complement is the object).
fn marked_clause_modifies_the_verb_before(words: &mut [Word], verb: usize, marker: usize) {
    let Some(main) = words[verb].head.filter(|&h| h < marker && words[h].is_verb()) else { return };
    words[verb].deprel = "advcl".to_string();
    let before: Vec<usize> = (0..marker).filter(|&d| words[d].head == Some(verb)).collect();
    for d in before {
        words[d].head = Some(main);
        if words[d].is_noun() && words[d].rel() == "ccomp" {
            words[d].deprel = "obj".to_string();
        }
    }
}

/// The same when the parser itself took the subordinator for one
/// ("denied involvement, while a faction said it ..." with "said" as the
/// object of "denied").
fn subordinate_clause_read_as_complement(words: &mut [Word]) {
    for verb in 0..words.len() {
        if !words[verb].is_verb() || !matches!(words[verb].rel(), "obj" | "ccomp") {
            continue;
        }
        let marker = dependents(words, verb).find(|&d| words[d].deprel == "mark" && CLAUSE_ONLY_SUBORDINATORS.contains(&words[d].lower.as_str()));
        if let Some(marker) = marker.filter(|&m| words[verb].head.is_some_and(|h| h < m)) {
            marked_clause_modifies_the_verb_before(words, verb, marker);
        }
    }
}

/// Subordinators that are never prepositions.
const CLAUSE_ONLY_SUBORDINATORS: &[&str] = &["while", "whereas", "although", "though"];

/// Words that are a preposition before a noun and a subordinator before a
/// clause. (The parser may also hang a [`CLAUSE_ONLY_SUBORDINATORS`] word
/// as a preposition on the noun after it.)
const SUBORDINATING_PREPOSITIONS: &[&str] = &["after", "before", "since", "until", "till"];

/// "Gangs killed at least 11 people in attacks on two districts this week,
/// the United Nations said": the parser may hang the object of the first
/// verb as a bare oblique on the verb of the report after it, so the
/// victims are lost and the doers read as the dead. A noun phrase with no
/// preposition, no time word, starting right after a verb that has no
/// object and is not passive, and hung as an oblique on a later verb, is
/// the first verb's object.
fn object_hung_on_a_later_verb(words: &mut [Word]) {
    for i in 1..words.len() {
        let w = &words[i];
        // A noun is never a clause complement either.
        if !matches!(w.deprel.as_str(), "obl" | "obl:unmarked" | "obl:npmod" | "ccomp") || !w.is_noun() || is_time_word(w) || has_case(words, i) {
            continue;
        }
        if !w.head.is_some_and(|h| h > i && words[h].is_verb()) {
            continue;
        }
        let first_word = (0..=i).find(|&k| is_within(words, k, i)).unwrap_or(i);
        let Some(verb) = first_word.checked_sub(1).filter(|&v| words[v].is_verb()) else { continue };
        if opens_with_preposition(words, first_word) || is_within(words, verb, i) {
            continue;
        }
        if dependents(words, verb).any(|d| matches!(words[d].rel(), "obj" | "ccomp" | "xcomp") || words[d].deprel == "aux:pass") {
            continue;
        }
        words[i].head = Some(verb);
        words[i].deprel = "obj".to_string();
    }
}

/// "Police used water cannon to disperse the crowd and detained 30
/// people": a verb in the past (an -ed form other than its lemma, with no
/// auxiliary) coordinated with an infinitive cannot continue it; it
/// continues the finite verb the infinitive hangs under, whose subject it
/// shares.
fn past_verb_coordinated_with_infinitive(words: &mut [Word]) {
    for v in 0..words.len() {
        let w = &words[v];
        if w.deprel != "conj" || !w.is_verb() || !w.lower.ends_with("ed") || w.lower == w.lemma || dependents(words, v).any(|d| matches!(words[d].rel(), "aux" | "nsubj")) {
            continue;
        }
        let Some(infinitive) = w.head.filter(|&h| words[h].is_verb() && words[h].lower == words[h].lemma && dependents(words, h).any(|d| words[d].deprel == "mark" && words[d].lower == "to")) else { continue };
        let Some(finite) = std::iter::successors(words[infinitive].head, |&k| words[k].head).find(|&k| words[k].is_verb() && words[k].lower != words[k].lemma) else { continue };
        if is_within(words, finite, v) {
            continue;
        }
        words[v].head = Some(finite);
    }
}

/// "Guerrillas attacked and robbed three pharmacies, the town hall and a
/// bank": after coordinated verbs the parser may hang their shared object on
/// the first verb as an oblique, which no rule reads as the thing acted on.
/// A noun phrase that follows the verb (or the last verb coordinated with
/// it) with nothing in between, has no preposition, is no time word, and
/// whose verb has no object of its own, is that verb's object.
fn bare_object_read_as_oblique(words: &mut [Word]) {
    for i in 0..words.len() {
        let w = &words[i];
        if w.deprel != "obl" || !w.is_noun() || is_time_word(w) || has_case(words, i) {
            continue;
        }
        let Some(verb) = w.head.filter(|&v| v < i && words[v].is_verb()) else { continue };
        if dependents(words, verb).any(|d| matches!(words[d].rel(), "obj" | "ccomp" | "xcomp")) {
            continue;
        }
        let last_verb = dependents(words, verb).filter(|&d| d < i && words[d].deprel == "conj" && words[d].is_verb()).max().unwrap_or(verb);
        let last_verb = dependents(words, last_verb).filter(|&d| d == last_verb + 1 && words[d].deprel == "compound:prt").max().unwrap_or(last_verb);
        let first_word = (last_verb + 1..=i).find(|&k| is_within(words, k, i)).unwrap_or(i);
        if first_word != last_verb + 1 || opens_with_preposition(words, first_word) {
            continue;
        }
        if dependents(words, verb).any(|d| words[d].deprel == "aux:pass") {
            continue;
        }
        words[i].deprel = "obj".to_string();
    }
}

/// "the mayor said the offices of the water company were the objective of
/// the attack": without "that", the parser may take the reported clause's
/// subject for the object of "said". A verb's object followed right after
/// its phrase by the auxiliary or copula of the verb's complement clause,
/// which has no subject of its own, is that clause's subject.
fn subject_of_reported_clause_read_as_object(words: &mut [Word]) {
    for o in 0..words.len() {
        let Some(v) = words[o].head.filter(|&v| v < o && words[o].deprel == "obj" && words[v].is_verb()) else { continue };
        let Some(clause) = dependents(words, v).find(|&c| c > o && words[c].deprel == "ccomp") else { continue };
        if dependents(words, clause).any(|d| matches!(words[d].rel(), "nsubj" | "csubj" | "expl")) {
            continue;
        }
        let after = (o + 1..words.len()).find(|&k| !is_within(words, k, o)).unwrap_or(words.len());
        let Some(aux) = words.get(after).filter(|w| w.head == Some(clause) && matches!(w.rel(), "aux" | "cop")) else { continue };
        let passive = aux.deprel == "aux:pass";
        words[o].head = Some(clause);
        words[o].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_string();
    }
}

/// "Police in Nairobi fired tear gas at protesters ..., rights groups
/// said": the parser may take the subject of the reported clause, at the
/// start of the sentence, for the subject of the closing verb of saying.
/// A subject of such a verb that comes before the verb's reported clause,
/// whose verb has no subject of its own, is that clause's subject; the
/// speakers are then found by [`speakers_listed_with_object`].
fn subject_of_report_read_as_speaker(words: &mut [Word]) {
    for v in 0..words.len() {
        if !words[v].is_verb() || !SAYING_VERBS.contains(&words[v].lemma.as_str()) {
            continue;
        }
        let Some(subject) = dependents(words, v).find(|&k| words[k].deprel == "nsubj") else { continue };
        let Some(clause) = dependents(words, v).find(|&c| words[c].deprel == "ccomp" && subject < c && c < v) else { continue };
        if !words[clause].is_verb() || dependents(words, clause).any(|k| matches!(words[k].rel(), "nsubj" | "csubj" | "expl")) {
            continue;
        }
        // The subject right before the clause's words: nothing of the
        // clause before it.
        if (0..subject).any(|k| is_within(words, k, clause)) {
            continue;
        }
        words[subject].head = Some(clause);
    }
}

/// Participles that describe how the doers came ("gunmen armed with
/// rifles", "men dressed in uniforms").
const DESCRIBING_PARTICIPLES: &[&str] = &["arm", "equip", "dress", "clad", "disguise"];

/// "Gang members armed with machetes attacked the town": the parser may
/// make the participle describing the subject the main verb, and hang the
/// real verb on a noun of its "with" phrase. A describing participle with
/// a subject, no object and a "with"/"in" phrase, followed by a past-tense
/// verb with no subject of its own (inside that phrase or hung on the
/// participle), is a modifier of the subject; that verb is the clause's
/// and takes the subject.
fn describing_participle_read_as_main_verb(words: &mut [Word]) {
    for v in 0..words.len() {
        if !words[v].is_verb() || !DESCRIBING_PARTICIPLES.contains(&words[v].lemma.as_str()) || !words[v].lower.ends_with("ed") {
            continue;
        }
        let Some(subject) = dependent(words, v, "nsubj").filter(|&n| n < v) else { continue };
        if dependent(words, v, "obj").is_some() {
            continue;
        }
        let Some(with) = dependents(words, v).find(|&c| words[c].rel() == "obl" && dependents(words, c).any(|k| words[k].deprel == "case" && matches!(words[k].lower.as_str(), "with" | "in"))) else { continue };
        let verb = (with + 1..words.len()).find(|&x| {
            words[x].is_verb()
                && words[x].lower.ends_with("ed")
                && (is_within(words, x, with) || words[x].head == Some(v) && matches!(words[x].rel(), "advcl" | "parataxis" | "ccomp" | "xcomp"))
                && !dependents(words, x).any(|k| matches!(words[k].rel(), "nsubj" | "csubj" | "expl" | "aux"))
        });
        let Some(verb) = verb else { continue };
        words[verb].head = words[v].head;
        words[verb].deprel = words[v].deprel.clone();
        for k in 0..words.len() {
            if k != subject && k != verb && words[k].head == Some(v) && (k > verb || words[k].deprel == "punct" && k > v) {
                words[k].head = Some(verb);
            }
        }
        words[subject].head = Some(verb);
        words[v].head = Some(subject);
        words[v].deprel = "acl".to_string();
    }
}

/// "A strike killed two Hezbollah members on Friday, the group said": the
/// parser may take the closing verb of saying for a clause under the verb
/// before it and the object of that verb for a second subject of saying.
/// Of two subjects of a verb of saying that closes the sentence, the one
/// before the comma is the object of the verb the saying hangs on, when
/// that verb comes before it and has no object; the saying is then that
/// verb's parataxis.
fn object_read_as_second_speaker(words: &mut [Word]) {
    for v in 0..words.len() {
        if !words[v].is_verb() || !SAYING_VERBS.contains(&words[v].lemma.as_str()) {
            continue;
        }
        let subjects: Vec<usize> = dependents(words, v).filter(|&k| words[k].deprel == "nsubj").collect();
        let [first, speaker] = subjects[..] else { continue };
        let takes_object = |h: usize| h < first && words[h].is_verb() && dependent(words, h, "obj").is_none();
        // The verb the saying hangs on, or the reported clause hung on it.
        let governor = words[v].head.filter(|&h| takes_object(h));
        let reported = dependents(words, v).find(|&c| words[c].deprel == "ccomp" && takes_object(c));
        let Some(verb) = governor.or(reported) else { continue };
        let comma_between = (first + 1..phrase_start(words, speaker)).any(|k| words[k].lower == ",");
        if !comma_between || speaker > v || !words[first].is_noun() {
            continue;
        }
        words[first].head = Some(verb);
        words[first].deprel = "obj".to_string();
        if governor.is_some() {
            words[v].deprel = "parataxis".to_string();
        }
    }
}

/// "The ministry denied that officers had used live ammunition and said
/// 45 officers were injured": the parser may join the second verb of
/// saying to the verb of the "that" clause, so that the officers said it
/// and the denial reaches into what was said. A verb of saying with no
/// subject of its own, joined to a "that" clause of a verb of saying or
/// denying that has a subject, is that verb's conjunct.
fn report_joined_into_reported_clause(words: &mut [Word]) {
    for v in 0..words.len() {
        if !words[v].is_verb() || words[v].deprel != "conj" || !SAYING_VERBS.contains(&words[v].lemma.as_str()) {
            continue;
        }
        if dependents(words, v).any(|k| matches!(words[k].rel(), "nsubj" | "csubj" | "expl")) {
            continue;
        }
        let Some(clause) = words[v].head.filter(|&c| words[c].deprel == "ccomp" && c < v) else { continue };
        if !dependents(words, clause).any(|k| words[k].deprel == "mark" && words[k].lower == "that" && k < clause) {
            continue;
        }
        let Some(governor) = words[clause].head.filter(|&g| g < clause) else { continue };
        let reports = SAYING_VERBS.contains(&words[governor].lemma.as_str()) || matches!(words[governor].lemma.as_str(), "deny" | "insist" | "admit");
        if reports && words[governor].is_verb() && dependents(words, governor).any(|k| words[k].deprel == "nsubj") {
            words[v].head = Some(governor);
        }
    }
}

/// "..., killing 18 people, residents and a local official said": the
/// parser may read the speakers of a closing "said" as more conjuncts of
/// the object before them, leaving the reporting verb without a subject
/// and the speakers among the victims. When such a verb has no subject,
/// and the words between the last comma before it and the verb are
/// conjuncts (with their own phrases) of one noun before that comma,
/// those conjuncts are the verb's subject; so is the single noun phrase
/// there that the parser made the object of a passive verb.
fn speakers_listed_with_object(words: &mut [Word]) {
    for v in 0..words.len() {
        if !words[v].is_verb() || !SAYING_VERBS.contains(&words[v].lemma.as_str()) {
            continue;
        }
        if dependents(words, v).any(|k| matches!(words[k].rel(), "nsubj" | "csubj" | "expl")) {
            continue;
        }
        let Some(comma) = (0..v).rev().find(|&k| words[k].upos == Upos::Punct).filter(|&k| words[k].lower == ",") else { continue };
        let inside = |k: usize| comma < k && k < v;
        let tops: Vec<usize> = (comma + 1..v).filter(|&k| !words[k].head.is_some_and(inside)).collect();
        let Some(&first) = tops.first() else { continue };
        // "..., at least five people were shot dead, rights groups said":
        // or as the object of a passive verb before them, which has none.
        let object_of_passive = tops.len() == 1
            && words[first].is_noun()
            && words[first].deprel == "obj"
            && words[first].head.is_some_and(|h| h < comma && dependents(words, h).any(|k| words[k].deprel == "aux:pass"));
        let Some(listed_on) = words[first].head.filter(|&h| h < comma && (words[h].is_noun() || object_of_passive)) else { continue };
        let conjunct = |k: usize| words[k].deprel == "conj" && words[k].head == Some(listed_on) && (words[k].is_noun() || words[k].upos == Upos::Pron);
        if !object_of_passive && !tops.iter().all(|&k| conjunct(k)) {
            continue;
        }
        // "..., journalists accredited in this country reported": the verb
        // hung inside the speakers' own phrase cannot take them as its
        // subject without closing a cycle.
        if is_within(words, v, first) {
            continue;
        }
        for &k in &tops[1..] {
            words[k].head = Some(first);
        }
        words[first].head = Some(v);
        words[first].deprel = "nsubj".to_string();
    }
}

/// "Guerrillas attacked the mayor's office as well as the police station":
/// the parser may hang the second conjunct, with its "and" or "as well
/// as", on the verb as a bare oblique, or on a later verb ("killing two
/// soldiers and a child, witnesses said"). A noun after the verb's object
/// with a coordinator of its own and no preposition is that object's
/// conjunct; hung on a later verb, only when the object ends right before
/// the coordinator. An item of a comma list of objects hung on the verb the
/// same way, with no coordinator, joins the list too.
fn conjunct_of_object_hung_on_verb(words: &mut [Word]) {
    for n in 0..words.len() {
        if !words[n].is_noun() || !words[n].deprel.starts_with("obl") || has_case(words, n) || is_time_word(&words[n]) {
            continue;
        }
        let Some(v) = words[n].head.filter(|&v| words[v].is_verb()) else { continue };
        let object = match dependent(words, n, "cc") {
            Some(_) if v < n => dependents(words, v).filter(|&o| o < n && words[o].deprel == "obj").max(),
            Some(cc) => object_ending_at(words, cc),
            // "destroying 3 bakeries, 4 other shops, 9 clothing stores,
            // 12 flats ...": one more item of a comma list that the
            // object's conjuncts already make, right after its comma.
            None if v < n => phrase_start(words, n)
                .checked_sub(1)
                .filter(|&c| words[c].lower == ",")
                .and_then(|comma| object_ending_at(words, comma))
                .filter(|&o| dependent(words, o, "conj").is_some()),
            None => None,
        };
        let Some(object) = object else { continue };
        words[n].head = Some(object);
        words[n].deprel = "conj".to_string();
    }
}

/// "two grenades exploded last night and destroyed two telephone relay
/// stations": the parser may hang the object of the second of two coordinated
/// verbs on the first, as a third conjunct. A noun conjunct of a verb whose
/// phrase opens right after a later conjunct verb that has no object, no
/// subject and no clause of its own is that verb's object.
fn object_hung_as_conjunct_of_first_verb(words: &mut [Word]) {
    for v2 in 1..words.len() {
        if !words[v2].is_verb() || words[v2].deprel != "conj" || words[v2].lower.ends_with("ing") {
            continue;
        }
        let Some(v1) = words[v2].head.filter(|&h| h < v2 && words[h].is_verb()) else { continue };
        if dependents(words, v2).any(|k| matches!(words[k].deprel.as_str(), "obj" | "nsubj" | "nsubj:pass" | "aux:pass" | "ccomp" | "xcomp" | "cop")) {
            continue;
        }
        let noun = dependents(words, v1).find(|&n| {
            n > v2 && words[n].is_noun() && words[n].deprel == "conj" && !has_case(words, n) && dependent(words, n, "cc").is_none() && !is_time_word(&words[n])
                && (v2 + 1..n).all(|k| is_within(words, k, n))
        });
        if let Some(n) = noun {
            words[n].head = Some(v2);
            words[n].deprel = "obj".to_string();
        }
    }
}

/// The verb's object whose phrase ends right before word `next`, if any.
fn object_ending_at(words: &[Word], next: usize) -> Option<usize> {
    let last = next.checked_sub(1)?;
    let mut k = last;
    for _ in 0..words.len() {
        if words[k].deprel == "obj" {
            return (k..=last).all(|i| is_within(words, i, k)).then_some(k);
        }
        k = words[k].head.filter(|&h| h <= last)?;
    }
    None
}

/// "burned three vehicles on the highway -- an ambulance, a fuel truck and a
/// station wagon": the list after a dash or colon that spells out the
/// object may hang on the verb as a bare oblique. A noun without a
/// preposition right after such a dash, which ends the verb's object
/// phrase (or the verb's phrases with a preposition after it), is in
/// apposition to that object.
fn list_after_dash_hung_on_verb(words: &mut [Word]) {
    for n in 0..words.len() {
        if !words[n].is_noun() || !matches!(words[n].rel(), "obl" | "dep" | "parataxis") || has_case(words, n) {
            continue;
        }
        let Some(v) = words[n].head.filter(|&v| v < n && words[v].is_verb()) else { continue };
        let Some(dash) = phrase_start(words, n).checked_sub(1).filter(|&d| matches!(words[d].lower.as_str(), "--" | "—" | "–" | ":")) else { continue };
        let Some(object) = dependents(words, v).filter(|&o| o < dash && words[o].deprel == "obj").max() else { continue };
        let object_end = (object..dash).take_while(|&k| is_within(words, k, object)).last().unwrap_or(object);
        // The verb's own phrases of place or time may stand between the
        // object and the dash ("burned three vehicles on the highway --").
        let verb_phrase = |k: usize| dependents(words, v).any(|p| p > object && p < dash && words[p].deprel == "obl" && has_case(words, p) && is_within(words, k, p));
        if !(object_end + 1..dash).all(verb_phrase) {
            continue;
        }
        words[n].head = Some(object);
        words[n].deprel = "appos".to_string();
        // The next items, read as appositions of the first, are its
        // conjuncts: the list names one thing after another.
        let items: Vec<usize> = dependents(words, n).filter(|&a| a > n && words[a].deprel == "appos").collect();
        for item in items {
            if phrase_start(words, item).checked_sub(1).is_some_and(|c| words[c].lower == ",") {
                words[item].deprel = "conj".to_string();
            }
        }
    }
}

/// Prepositions that never open a clause: "in", "of" or "at" hung on a verb
/// as its subordinator show a broken parse.
const NEVER_SUBORDINATORS: &[&str] = &["in", "of", "at", "on", "from", "with", "near", "into", "to"];

/// "Gustavo Guerra, coordinator of the party in Cordoba department in the
/// country's northwest, was gunned down": after a long apposition the
/// parser may make the name the root, open a clause at the last
/// preposition and take that phrase's noun for the verb's subject ("the
/// country ... was gunned down"), or split that phrase up on the verb and
/// make its noun a second subject ("the country's east ... was gunned
/// down"). When the verb's subject follows such a preposition hung on the
/// verb, the root noun the verb hangs on (the verb becomes the root) or the
/// verb's other subject before it is the subject, and the preposition's
/// phrase goes back to the noun before it.
fn preposition_read_as_subordinator(words: &mut [Word]) {
    for v in 0..words.len() {
        if !words[v].is_verb() {
            continue;
        }
        let Some(subject) = dependents(words, v).filter(|&d| matches!(words[d].deprel.as_str(), "nsubj" | "nsubj:pass") && d < v).max() else { continue };
        // The preposition before the subject, hung on the verb (as its
        // subordinator or as the case of a phrase the parser split up).
        let Some(preposition) = (0..subject).rev().find(|&k| {
            words[k].head.is_some_and(|h| h == v || h == subject)
                && matches!(words[k].deprel.as_str(), "mark" | "case")
                && NEVER_SUBORDINATORS.contains(&words[k].lower.as_str())
        }) else {
            continue;
        };
        let split_off = (preposition + 1..subject).all(|k| words[k].head != Some(v) || matches!(words[k].deprel.as_str(), "nmod:poss" | "det" | "amod" | "compound"));
        if !split_off || preposition == 0 {
            continue;
        }
        // The real subject: a root noun the verb hangs on, or the verb's
        // other subject before the preposition.
        let root = words[v].head.filter(|&r| r < preposition && words[r].head.is_none() && words[r].is_noun());
        let other = dependents(words, v).find(|&d| d < preposition && d != subject && words[d].rel() == "nsubj" && words[d].is_noun());
        let Some(real) = root.or(other) else { continue };
        if root.is_some() && dependents(words, real).any(|d| matches!(words[d].rel(), "nsubj" | "cop")) {
            continue;
        }
        let owner = (real..preposition).rev().find(|&k| words[k].is_noun() && is_within(words, k, real)).unwrap_or(real);
        let passive = dependents(words, v).any(|d| words[d].deprel == "aux:pass");
        if root.is_some() {
            words[v].head = None;
            words[v].deprel = "root".to_string();
            words[real].head = Some(v);
            // The root's other dependents after the verb (the final
            // stop) are the verb's now.
            for k in v + 1..words.len() {
                if words[k].head == Some(real) {
                    words[k].head = Some(v);
                }
            }
        }
        words[real].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_string();
        for k in preposition..subject {
            if words[k].head == Some(v) {
                words[k].head = Some(subject);
            }
        }
        words[subject].head = Some(owner);
        words[subject].deprel = "nmod".to_string();
        words[preposition].head = Some(subject);
        words[preposition].deprel = "case".to_string();
        return;
    }
}

/// Whether the phrase starting at `k` opens with a preposition the parser
/// hung on a modifier ("by the Maoist group"); "at least" counts a quantity.
fn opens_with_preposition(words: &[Word], k: usize) -> bool {
    words[k].upos == Upos::Adp && !words.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "least" | "most"))
}

/// "Two bombs exploded at the house of a judge and at the offices of a
/// lawyer": the parser may coordinate the second prepositional phrase with
/// the verb instead of with the first phrase, so the rules that read a
/// verb's obliques see only the first. A noun with a preposition of its own
/// coordinated with a verb is coordinated with the verb's nearest oblique
/// before it that has a preposition too.
fn prepositional_phrase_coordinated_with_verb(words: &mut [Word]) {
    for i in 0..words.len() {
        let w = &words[i];
        if w.deprel != "conj" || !w.is_noun() || !has_case(words, i) {
            continue;
        }
        let Some(verb) = w.head.filter(|&v| v < i && words[v].is_verb()) else { continue };
        let Some(oblique) = dependents(words, verb).filter(|&d| d < i && words[d].deprel == "obl" && words[d].is_noun() && has_case(words, d)).max() else {
            continue;
        };
        words[i].head = Some(oblique);
    }
}

/// "Gunmen linked to the Islamic State killed 15 worshippers", "Fighters
/// loyal to the general shelled the town": a subject with a modifier after
/// it (a participle or adjective with its phrase) leaves the parser without
/// a clause; it makes the noun or the modifier the root and hangs the real
/// verb under them (even as an auxiliary). When the sentence opens with
/// such a noun and modifier and a past-tense verb without a subject
/// follows the modifier's phrase, that verb is the clause's verb, the noun
/// its subject and the modifier the noun's.
fn subject_with_modifier_read_as_clause(words: &mut [Word]) {
    // Only words that say whom a party belongs to or how it was equipped:
    // after a noun, "died in", "fled to" are the clause's own verb.
    const AFFILIATION_MODIFIERS: &[&str] = &[
        "linked", "loyal", "allied", "affiliated", "aligned", "tied", "connected", "close", "belonging", "armed", "dressed", "disguised", "backed", "supported", "sponsored", "funded", "opposed",
    ];
    let Some(root) = words.iter().position(|w| w.head.is_none()) else { return };
    // The subject's head noun: the first noun, after determiners and
    // adjectives only.
    let Some(noun) = words.iter().position(|w| w.is_noun()) else { return };
    if (0..noun).any(|k| !matches!(words[k].upos, Upos::Det | Upos::Adj | Upos::Num)) || noun + 1 >= words.len() {
        return;
    }
    let modifier = noun + 1;
    let m = &words[modifier];
    if !AFFILIATION_MODIFIERS.contains(&m.lower.as_str()) || !(root == noun || root == modifier) {
        return;
    }
    // The modifier carries a phrase with a preposition ("linked to ...");
    // the parser may have hung that phrase anywhere.
    let preposition = modifier + 1;
    if preposition >= words.len() || words[preposition].upos != Upos::Adp {
        return;
    }
    let Some(phrase) = words[preposition].head.filter(|&p| p > preposition && words[p].is_noun()) else { return };
    // The first verb after the phrase's noun; the words before it belong to
    // the phrase (the parser may have hung the verb in it too).
    let Some(verb) = (phrase + 1..words.len()).find(|&k| words[k].is_verb()) else { return };
    if (modifier + 1..verb).any(|k| !is_within(words, k, phrase)) {
        return;
    }
    let v = &words[verb];
    let past = v.is_verb() && v.lemma != v.lower && !v.lower.ends_with("ing") && !v.lower.ends_with('s');
    if !past || !is_within(words, verb, root) || dependents(words, verb).any(|d| words[d].rel() == "nsubj") {
        return;
    }
    for k in verb + 1..words.len() {
        if words[k].head == Some(root) || words[k].head == Some(noun) {
            words[k].head = Some(verb);
        }
    }
    words[verb].head = None;
    words[verb].deprel = "root".to_string();
    words[phrase].head = Some(modifier);
    words[phrase].deprel = "obl".to_string();
    words[modifier].head = Some(noun);
    words[modifier].deprel = if words[modifier].upos == Upos::Adj { "amod" } else { "acl" }.to_string();
    words[noun].head = Some(verb);
    words[noun].deprel = "nsubj".to_string();
}

/// "witnesses said that four gunmen fired at the convoy": the parser may
/// make "that" the object of the verb of saying, and the subject of the
/// reported clause the object of "that" with its verb as a reduced relative
/// ("gunmen [who were] fired at"), so the gunmen became the ones shot at.
/// The noun is then the object of the verb of saying and "that" its
/// marker: [`verb_read_as_reduced_relative`] rebuilds the clause from there.
fn subordinator_read_as_object_of_saying(words: &mut [Word]) {
    for t in 0..words.len() {
        if words[t].lower != "that" || words[t].upos != Upos::Sconj || !matches!(words[t].rel(), "obj" | "ccomp") {
            continue;
        }
        let Some(say) = words[t].head.filter(|&h| h < t && SAYING_VERBS.contains(&words[h].lemma.as_str())) else { continue };
        let Some(noun) = dependent(words, t, "obj").filter(|&n| words[n].is_noun()) else { continue };
        words[noun].head = Some(say);
        words[noun].deprel = "obj".to_string();
        words[t].head = Some(noun);
        words[t].deprel = "mark".to_string();
    }
}

/// "guerrillas attacked merino's home with explosives": the parser may read
/// a lower-case clause as a noun with a reduced relative ("guerrillas
/// [who were] attacked"), leaving no verb at the root and the object as a
/// bare oblique. A past-tense verb right after a root noun without a
/// copula, with an object or a bare oblique (no preposition), or a verb
/// that has no passive, and no "by" phrase or auxiliary, is the clause's
/// verb and the noun its subject. The same holds of a noun that is the
/// reported clause of the root ("Russian missiles struck energy facilities
/// in Lviv, the governor said"), or its subject ("A bomb exploded at a
/// market ..., police said"), and of an irregular past ("struck", "shot").
fn verb_read_as_reduced_relative(words: &mut [Word]) {
    let Some(top) = words.iter().position(|w| w.head.is_none()) else { return };
    let root = if words[top].is_noun() {
        top
    } else {
        // "Witnesses said soldiers fired on the crowd": the parser may
        // also make the noun the object of the verb of saying.
        // "Police fired tear gas at protesters ..., rights groups said":
        // or the first of two subjects of the verb of saying.
        let saying = SAYING_VERBS.contains(&words[top].lemma.as_str());
        // "A bomb exploded at a market ..., killing seven people, police
        // said": or the only subject of the verb of saying, when the verb
        // read as its participle has no passive.
        let never_passive_participle = |k: usize| dependents(words, k).any(|a| words[a].deprel == "acl" && NEVER_PASSIVE.contains(&words[a].lemma.as_str()));
        let reported = |k: usize| {
            words[k].rel() == "ccomp"
                || (words[k].deprel == "obj" && saying)
                || (saying && first_of_two_subjects(words, k, top))
                || (saying && words[k].deprel == "nsubj" && never_passive_participle(k))
        };
        match dependents(words, top).find(|&k| reported(k) && words[k].is_noun()) {
            Some(reported) => reported,
            None => return,
        }
    };
    // The verb comes right after the noun's phrase ("thousands of
    // protesters marched in Khartoum").
    // An "-ing" participle with an object says what the people wore or
    // carried ("three men carrying rifles attacked the post"); the verb
    // is the next one.
    let describes = |k: usize| words[k].lower.ends_with("ing") && dependents(words, k).any(|o| words[o].deprel == "obj");
    let Some(verb) = (root + 1..words.len()).find(|&k| !is_within(words, k, root) || words[k].deprel == "acl" && words[k].head.is_some_and(|h| (root..k).contains(&h)) && !describes(k)) else { return };
    if words.iter().any(|w| w.head == Some(root) && matches!(w.rel(), "cop" | "aux")) {
        return;
    }
    let v = &words[verb];
    if !(v.is_verb() && v.deprel == "acl" && v.head.is_some_and(|h| (root..verb).contains(&h)) && looks_past(v)) {
        return;
    }
    let children: Vec<usize> = (0..words.len()).filter(|&k| words[k].head == Some(verb)).collect();
    let by_phrase = children.iter().any(|&k| has_preposition(words, k, "by"));
    let auxiliary = children.iter().any(|&k| words[k].rel() == "aux");
    // "fired at two photographers": a verb whose object takes a
    // preposition has that phrase for its object.
    let prepositional_object = |k: usize| {
        words.iter().any(|w| w.head == Some(k) && w.deprel == "case" && PREPOSITIONAL_OBJECTS.contains(&(words[verb].lemma.as_str(), w.lower.as_str())))
    };
    let object = children.iter().copied().find(|&k| words[k].deprel == "obj")
        // A bare "agent" with no "by" is an object the parser mislabelled
        // ("police used tear gas and rubber bullets to ...").
        .or_else(|| children.iter().copied().find(|&k| matches!(words[k].deprel.as_str(), "obl" | "obl:agent") && words[k].is_noun() && !has_case(words, k) && !TIME_NOUNS.contains(&words[k].lemma.as_str())))
        .or_else(|| children.iter().copied().find(|&k| words[k].deprel == "obl" && prepositional_object(k)));
    // A verb that takes no object cannot be a passive participle at all
    // ("Syrian forces clashed with rioters").
    let intransitive = NEVER_PASSIVE.contains(&words[verb].lemma.as_str());
    if by_phrase || auxiliary || object.is_none() && !intransitive {
        return;
    }
    // Said of an object of "said", only a true object will do: "reported
    // two soldiers killed Monday" is a passive with a date.
    let said_object = words[root].deprel == "obj" || words[root].deprel == "nsubj";
    if said_object && object.is_some_and(|k| words[k].deprel == "obl" && !has_case(words, k)) {
        return;
    }
    let bare_object = object.filter(|&k| !has_case(words, k));
    for k in verb + 1..words.len() {
        if words[k].head == Some(root) {
            words[k].head = Some(verb);
        }
    }
    if let Some(object) = bare_object {
        words[object].deprel = "obj".to_string();
    }
    let (noun_head, noun_rel) = (words[root].head, words[root].deprel.clone());
    // "according to the first reports, at least one man fired on the
    // senator": the root noun names a source, so it is a fronted phrase,
    // not the subject; the noun the participle hung on is.
    if let Some(subject) = fronted_phrase_before_subject(words, root, verb).filter(|_| noun_head.is_none()) {
        make_clause(words, verb, subject);
        words[root].head = Some(verb);
        words[root].deprel = "obl".to_string();
        return;
    }
    make_clause(words, verb, root);
    // A reported clause stays where the noun was, as the clause it is.
    if noun_head.is_some() {
        words[verb].head = noun_head;
        words[verb].deprel = if said_object { "ccomp".to_string() } else { noun_rel };
    }
}

/// Is the verb `w` a past form: "-ed", or an irregular form other than the
/// "-ing" and third-person ones ("struck", "shot")?
fn looks_past(w: &Word) -> bool {
    w.lower.ends_with("ed") || w.lower != w.lemma && !w.lower.ends_with("ing") && !w.lower.ends_with('s')
}

/// "A bomb hidden in a motorcycle exploded near a market ..., police
/// said": the parser may read the sentence's verb as a reduced relative of
/// the noun that ends the subject's own participle phrase ("a motorcycle
/// [that] exploded"), leaving the subject without a verb, hung on the verb
/// of saying or at the root. A past verb with no subject, auxiliary or
/// "by" phrase, hung on the oblique of a participle without an object (a
/// passive: "hidden in", "planted under") that modifies a noun before it,
/// is that noun's verb when it cannot be a passive ("exploded") or has an
/// object ("killed ten people").
fn verb_hung_in_subjects_participle(words: &mut [Word]) {
    for verb in 0..words.len() {
        let w = &words[verb];
        if !(w.is_verb() && w.deprel == "acl" && looks_past(w)) {
            continue;
        }
        let Some(inner) = w.head.filter(|&h| h < verb && words[h].is_noun() && words[h].rel() == "obl") else { continue };
        let Some(participle) = words[inner].head.filter(|&p| p < inner && words[p].is_verb() && words[p].deprel == "acl" && looks_past(&words[p])) else { continue };
        let Some(subject) = words[participle].head.filter(|&n| n < participle && words[n].is_noun()) else { continue };
        if dependents(words, participle).any(|k| words[k].rel() == "obj") {
            continue;
        }
        let own = |rels: &[&str]| dependents(words, verb).any(|k| rels.contains(&words[k].rel()));
        if own(&["nsubj", "aux", "cop"]) || dependents(words, verb).any(|k| has_preposition(words, k, "by")) {
            continue;
        }
        if !(NEVER_PASSIVE.contains(&words[verb].lemma.as_str()) || own(&["obj"])) {
            continue;
        }
        let (subject_head, subject_rel) = (words[subject].head, words[subject].deprel.clone());
        let reported = subject_head.filter(|&h| h > verb && subject_rel == "nsubj" && SAYING_VERBS.contains(&words[h].lemma.as_str()));
        if subject_head.is_some() && reported.is_none() {
            continue;
        }
        // What the participle phrase holds after the verb is the verb's
        // ("..., killing three people").
        for k in verb + 1..words.len() {
            if words[k].head.is_some_and(|h| h == participle || h == inner) {
                words[k].head = Some(verb);
            }
        }
        make_clause(words, verb, subject);
        // A reported clause stays the report of its verb of saying.
        if let Some(say) = reported {
            words[verb].head = Some(say);
            words[verb].deprel = "ccomp".to_string();
        }
    }
}

/// "Gunmen shot dead a vaccination worker and the police officer escorting
/// her": the parser may read the second conjunct of the object and its
/// "-ing" participle as a clause of their own joined to the verb ("the
/// officer [was] escorting her"). An "-ing" form with no auxiliary cannot
/// be a clause's finite verb: a conjunct of a verb with an object, whose
/// subject follows "and" after that object, is a participle on its
/// subject, and the subject is a conjunct of the object. Phrases of place
/// and time after the participle's own object tell of the main verb.
fn participle_read_as_clause_after_object(words: &mut [Word]) {
    for v in 0..words.len() {
        if !(words[v].is_verb() && words[v].lower.ends_with("ing") && words[v].rel() == "conj") {
            continue;
        }
        let Some(main) = words[v].head.filter(|&h| h < v && words[h].is_verb()) else { continue };
        let Some(object) = dependent(words, main, "obj").filter(|&o| o < v) else { continue };
        let Some(subject) = dependent(words, v, "nsubj").filter(|&n| n > object && n < v && words[n].is_noun()) else { continue };
        let Some(and) = dependent(words, v, "cc").filter(|&c| c > object && c < subject) else { continue };
        if dependents(words, v).any(|k| matches!(words[k].rel(), "aux" | "cop" | "mark")) {
            continue;
        }
        let own_object_end = dependent(words, v, "obj").map(|o| o + 1).unwrap_or(v + 1);
        for k in own_object_end..words.len() {
            if words[k].head == Some(v) && matches!(words[k].rel(), "obl" | "advmod" | "punct") {
                words[k].head = Some(main);
            }
        }
        words[and].head = Some(subject);
        words[subject].head = Some(object);
        words[subject].deprel = "conj".to_string();
        words[v].head = Some(subject);
        words[v].deprel = "acl".to_string();
    }
}

/// "accused the government of harbouring militants who ...": the parser
/// may read the gerund after "of" as an adjective of its object
/// ("harbouring militants" as a kind of militants), with "of" as its
/// marker. An "-ing" verb made the modifier of the noun right after it,
/// with "of" as its own marker before it, is the clause's verb and the
/// noun its object.
fn gerund_read_as_modifier_of_its_object(words: &mut [Word]) {
    for v in 0..words.len().saturating_sub(1) {
        let object = v + 1;
        if !(words[v].is_verb() && words[v].lower.ends_with("ing") && words[v].deprel == "amod" && words[v].head == Some(object) && words[object].is_noun()) {
            continue;
        }
        if !dependents(words, v).any(|k| k < v && words[k].deprel == "mark" && words[k].lower == "of") {
            continue;
        }
        words[v].head = words[object].head;
        words[v].deprel = "advcl".to_string();
        words[object].head = Some(v);
        words[object].deprel = "obj".to_string();
    }
}

/// The noun that `verb`, read as a participle, hung on, when the root
/// noun before it names a source ("according to the reports, at least
/// one man fired"): that noun, bare and after the root, is the subject of
/// the clause. Only for "according to": other fronted phrases ("in
/// another turn of events, fmln sappers who ...") hang their nouns in too
/// many ways for the participle's head to be the subject.
fn fronted_phrase_before_subject(words: &[Word], root: usize, verb: usize) -> Option<usize> {
    if !dependents(words, root).any(|k| words[k].deprel == "case" && words[k].lower == "according") {
        return None;
    }
    words[verb].head.filter(|&h| h != root && h > root && h < verb && words[h].is_noun() && !has_case(words, h) && is_within(words, h, root))
}

/// "the Popular Army of Liberation of Peru destroyed a pylon last night,
/// the power company announced": the parser may hang the reported verb on
/// the verb of saying as an adverbial clause with no subject of its own,
/// and make its subject a first subject of the verb of saying, beside the
/// speaker after the comma. A verb of saying with two subjects, the first
/// before an unmarked adverbial clause without a subject and the second
/// after it, has that clause for its report and the first subject for the
/// clause's subject.
fn reported_verb_read_as_adverbial_clause(words: &mut [Word]) {
    for v in 0..words.len() {
        let Some(say) = words[v].head.filter(|&h| h > v && words[h].is_verb() && SAYING_VERBS.contains(&words[h].lemma.as_str())) else { continue };
        if words[v].deprel != "advcl" || !words[v].is_verb() || words[v].lower.ends_with("ing") {
            continue;
        }
        if dependents(words, v).any(|k| matches!(words[k].rel(), "nsubj" | "mark" | "aux")) {
            continue;
        }
        let subject = dependents(words, say).find(|&k| k < v && words[k].deprel == "nsubj" && words[k].is_noun());
        let speaker = dependents(words, say).any(|k| k > v && words[k].deprel == "nsubj");
        if let (Some(subject), true) = (subject, speaker) {
            words[subject].head = Some(v);
            words[subject].deprel = "nsubj".to_string();
            words[v].deprel = "ccomp".to_string();
        }
    }
}

/// "Gunmen opened fire on worshippers at a mosque, killing 18 people and
/// abducting dozens more, police said": the parser may hang the participle
/// clause on the verb of saying after it, as if the police did the killing.
/// A participle after a comma, with no subject or marker of its own, that
/// hangs as an adverbial clause on a later verb of saying whose report
/// stands before it, belongs to that report's verb.
fn participle_of_report_hung_on_the_saying(words: &mut [Word]) {
    for v in 1..words.len() {
        let Some(say) = words[v].head.filter(|&h| h > v && words[h].is_verb() && SAYING_VERBS.contains(&words[h].lemma.as_str())) else { continue };
        if words[v].deprel != "advcl" || !words[v].is_verb() || !words[v].lower.ends_with("ing") || words[v - 1].lower != "," {
            continue;
        }
        if dependents(words, v).any(|k| matches!(words[k].rel(), "nsubj" | "mark" | "aux")) {
            continue;
        }
        let report = dependents(words, say).find(|&k| k < v && words[k].deprel == "ccomp" && words[k].is_verb());
        if let Some(report) = report {
            words[v].head = Some(report);
        }
    }
}

/// "Authorities said Thursday that dissidents were behind the attack": the
/// parser may make the bare day after the verb of saying the reported
/// clause's subject, and "that" with the words after it a relative clause
/// on the day (or hang the day on the verb of saying, and the relative
/// clause on it, leaving the reported clause without a subject). The day
/// is when it was said; the relative clause's head is the subject and
/// "that" its clause's marker.
fn day_after_saying_read_as_subject(words: &mut [Word]) {
    for day in 1..words.len().saturating_sub(1) {
        let lower = words[day].lower.as_str();
        let say = day - 1;
        if !(WEEKDAYS.contains(&lower) || BARE_TIME_WORDS.contains(&lower)) || words[day + 1].lower != "that" || !words[say].is_verb() || !SAYING_VERBS.contains(&words[say].lemma.as_str()) {
            continue;
        }
        let clause = if words[day].deprel.starts_with("nsubj") {
            words[day].head.filter(|&c| c > day)
        } else if words[day].head == Some(say) {
            dependents(words, say).find(|&c| c > day && words[c].deprel == "ccomp" && !dependents(words, c).any(|k| words[k].deprel.starts_with("nsubj")))
        } else {
            None
        };
        let Some(clause) = clause else { continue };
        let Some(subject) = dependents(words, day).find(|&k| k > day + 1 && words[k].deprel == "acl:relcl" && words[k].is_noun()) else { continue };
        if words[day + 1].head != Some(subject) || is_within(words, say, clause) {
            continue;
        }
        let passive = dependent(words, clause, "aux:pass").is_some();
        words[subject].head = Some(clause);
        words[subject].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_string();
        words[day + 1].head = Some(clause);
        words[day + 1].deprel = "mark".to_string();
        words[day].head = Some(say);
        words[day].deprel = "obl:tmod".to_string();
    }
}

/// "An Israeli strike on a school sheltering displaced families killed 22
/// people": the tagger may read the participle after a noun as a noun
/// ("school sheltering"), and the parser then makes its object a second
/// subject of the main verb. A verb with two subjects, the later one right
/// after an -ing word the lexicon does not know as a noun, which hangs on
/// the noun before it as its compound: the -ing word is a participle on
/// that noun, and the later subject its object.
fn participle_read_as_noun_before_its_object(words: &mut [Word]) {
    let lexicon = Lexicon::get();
    for k in 1..words.len().saturating_sub(1) {
        if !(words[k].is_noun() && words[k].lower.ends_with("ing") && words[k].lower.len() > 5) || lexicon.noun(&words[k].lower).is_some() || !lexicon.triggers_at_word(&words[k].lower, &words[k].lower).is_empty() {
            continue;
        }
        let noun = k - 1;
        if !(words[noun].is_noun() && words[noun].head == Some(k) && words[noun].deprel == "compound") {
            continue;
        }
        let Some(object) = (k + 1..words.len()).take(4).find(|&h| words[h].deprel == "nsubj" && words[h].is_noun() && (k + 1..h).all(|j| words[j].head == Some(h))) else { continue };
        let Some(verb) = words[object].head else { continue };
        let other_subject = dependents(words, verb).any(|x| x < k && x != object && words[x].deprel == "nsubj");
        if !other_subject || is_within(words, verb, k) {
            continue;
        }
        // The phrase's preposition and determiner go with the noun.
        for j in 0..noun {
            if words[j].head == Some(k) {
                words[j].head = Some(noun);
            }
        }
        words[noun].head = words[k].head;
        words[noun].deprel = std::mem::take(&mut words[k].deprel);
        words[k].head = Some(noun);
        words[k].deprel = "acl".to_string();
        words[k].upos = Upos::Verb;
        words[k].lemma = words[k].lower.trim_end_matches("ing").to_string();
        words[object].head = Some(k);
        words[object].deprel = "obj".to_string();
    }
}

/// Verbs of saying whose object the parser may make of a reported
/// clause's subject.
const SAYING_VERBS: &[&str] = &["say", "report", "claim", "state", "announce", "confirm", "allege", "add"];

/// Verbs and the preposition their object takes ("fired at the crowd").
const PREPOSITIONAL_OBJECTS: &[(&str, &str)] = &[("fire", "at"), ("fire", "on"), ("shoot", "at"), ("fire", "upon")];

/// Verbs without a passive: a past form of one after a noun is its clause's verb.
const NEVER_PASSIVE: &[&str] = &["clash", "fight", "explode", "erupt", "riot", "protest", "demonstrate", "march", "die", "flee", "rebel"];

/// "the attack on senator ernesto samper and union leader jose antequera",
/// "bishop pablo smith and francisca colomer misquita were wounded": in
/// lower-case text the parser may take two coordinated names for one,
/// hanging "and" and the second name's first words as compounds of its
/// last word, and that word on the first name (as `list` or `compound`)
/// or the first name on it (as `nmod:poss`). Either way one of the two
/// people is lost from the phrase the event sees. When "and" right after
/// a proper noun hangs on a compound inside a run of proper nouns, the
/// run's top word becomes the conjunct of the first name's top word, which
/// takes the place the pair had. Shared modifiers ("soviet and prc
/// embassies", "m-16 and ak-47 rifles") end in a common noun and are left
/// alone.
fn names_coordinated_as_compounds(words: &mut [Word]) {
    for c in 1..words.len() {
        let Some(h) = words[c].head else { continue };
        if words[c].deprel != "cc" || h <= c || words[c - 1].upos != Upos::Propn || !matches!(words[h].rel(), "compound" | "flat") {
            continue;
        }
        let mut right = h;
        while let Some(up) = words[right].head.filter(|&up| up > c && matches!(words[right].rel(), "compound" | "flat")) {
            right = up;
        }
        let mut left = c - 1;
        while let Some(up) = words[left].head.filter(|&up| up < c) {
            left = up;
        }
        if words[right].upos != Upos::Propn || left == right {
            continue;
        }
        if words[right].head == Some(left) {
            // The second name hangs on the first: it is its conjunct.
            words[right].deprel = "conj".to_string();
        } else if words[left].head == Some(right) {
            // The first name hangs inside the second: the first takes the
            // pair's place, with the phrase's preposition and determiner.
            for k in 0..c {
                if words[k].head == Some(right) && k != left {
                    words[k].head = Some(left);
                }
            }
            words[left].head = words[right].head;
            words[left].deprel = words[right].deprel.clone();
            words[right].head = Some(left);
            words[right].deprel = "conj".to_string();
            // "the attack on senator X and leader Y left two dead": a pair
            // the parser made a subject keeps the preposition it has.
            if matches!(words[left].deprel.as_str(), "nsubj" | "nsubj:pass") {
                relabel_subject_with_preposition(words, left);
            }
        } else {
            continue;
        }
        words[c].head = Some(right);
    }
}

/// "Angela Merkel and Vladimir Putin met": the parser may hang the second
/// name on the last word of the first ("merkel", a `flat` part) instead of
/// on its head ("angela"), and everything that gathers a phrase's
/// conjuncts from its head then loses the second name. A conjunct after a
/// name part goes up to the head of the name.
fn conjunct_hung_on_name_part(words: &mut [Word]) {
    for c in 0..words.len() {
        let Some(mut h) = words[c].head else { continue };
        if words[c].deprel != "conj" || h >= c {
            continue;
        }
        while words[h].rel() == "flat" {
            match words[h].head {
                Some(up) if up < h => h = up,
                _ => break,
            }
        }
        if Some(h) != words[c].head {
            words[c].head = Some(h);
        }
    }
}

/// "the assassination of their colleague Mariela Espinosa Arango": the
/// parser may hang the name beside the word for the person instead of with
/// it. A noun for a person right before a run of proper nouns that hangs on
/// that word or above it, with no preposition of its own, is the name's
/// description: the name heads the phrase, as in "Senator Federico Estrada
/// Velez".
fn person_noun_before_name(words: &mut [Word]) {
    let mut n = 0;
    while n + 1 < words.len() {
        let (a, mut b) = (n + 1, n + 1);
        // A day name is no one's name ("Rebels Tuesday attacked").
        let day = WEEKDAYS.contains(&words[a].lower.as_str());
        if day || words[n].upos != Upos::Noun || words[a].upos != Upos::Propn || !crate::semantics::first_sense_is_person(&words[n].lemma) {
            n += 1;
            continue;
        }
        while b + 1 < words.len() && words[b + 1].upos == Upos::Propn {
            b += 1;
        }
        let run = a..b + 1;
        let mut outside = run.clone().filter(|&k| words[k].head.map_or(true, |h| !run.contains(&h)));
        let (Some(name), None) = (outside.next(), outside.next()) else {
            n = b + 1;
            continue;
        };
        // The name hangs on the noun's head or higher up ("protested the
        // assassination of their colleague M. E. Arango" with "Arango" on
        // "protested").
        let higher = words[name].head.is_some_and(|h| is_within(words, n, h));
        let own_case = has_case(words, name);
        let tied = words.iter().enumerate().any(|(k, w)| run.contains(&k) && w.head == Some(n));
        if higher && !own_case && !tied {
            let noun_case = has_case(words, n);
            for k in 0..n {
                if words[k].head == Some(n) {
                    words[k].head = Some(name);
                }
            }
            // The phrase keeps the noun's place, unless the name was the
            // subject and the noun no prepositional phrase ("Drug lord
            // Pablo Escobar ordered", "lord" taken for an object; but "an
            // attack against opposition leader Marta Vidal left ..." is no
            // second subject), or the name already heads the noun
            // ("against former minister Pedro Salas" with "minister" an
            // `nmod:desc` of "Pedro": taking the noun's head would hang the
            // name on itself or on its own first word).
            let noun_under_name = words[n].head.is_some_and(|h| run.contains(&h));
            let name_keeps_subject = words[name].deprel.starts_with("nsubj") && !noun_case;
            if !name_keeps_subject && !noun_under_name {
                words[name].head = words[n].head;
                words[name].deprel = words[n].deprel.clone();
            }
            words[n].head = Some(name);
            words[n].deprel = "compound".to_string();
        }
        n = b + 1;
    }
}

/// "Soldiers murdered peasants Victor Manuel Vasquez and Rafael Romero":
/// a plural word for people followed by a list of names is the people and
/// their names, but the parser chains the names as compounds of each other
/// under the noun or above it, so neither name stands as a participant.
/// When the noun and the list make up one subtree, the names become the
/// noun's apposition (the first) and its conjuncts (the rest), each name
/// one flat phrase headed by its last word. A first name of one word is
/// left alone: "rebels Tuesday", "soldiers FMLN" are no lists of people.
fn names_listed_after_plural_noun(words: &mut [Word]) {
    let mut n = 0;
    while n + 2 < words.len() {
        let plural_person = words[n].upos == Upos::Noun && words[n].lower != words[n].lemma && crate::semantics::first_sense_is_person(&words[n].lemma);
        if !plural_person {
            n += 1;
            continue;
        }
        let runs = name_runs_after(words, n + 1);
        let Some(end) = runs.last().map(|r| r.end) else {
            n += 1;
            continue;
        };
        let mut outside = (n..end).filter(|&k| words[k].head.map_or(true, |h| !(n..end).contains(&h)));
        let (Some(top), None) = (outside.next(), outside.next()) else {
            n = end;
            continue;
        };
        if runs[0].len() < 2 {
            n = end;
            continue;
        }
        if top != n {
            words[n].head = words[top].head;
            words[n].deprel = words[top].deprel.clone();
        }
        let first = runs[0].end - 1;
        // What hung on a name word keeps its place in the phrase: the words
        // before the noun ("of", "the") go to the noun, those after the
        // list ("who were kidnapped", "in Lima") to the first name, which
        // stands for the whole list as the first conjunct does in UD.
        for k in (0..words.len()).filter(|k| !(n..end).contains(k)) {
            if words[k].head.is_some_and(|h| runs.iter().any(|r| r.contains(&h))) {
                words[k].head = Some(if k < n { n } else { first });
            }
        }
        for (i, run) in runs.iter().enumerate() {
            let last = run.end - 1;
            for k in run.start..last {
                words[k].head = Some(last);
                words[k].deprel = "flat".to_string();
            }
            let (head, rel) = if i == 0 { (n, "appos") } else { (first, "conj") };
            words[last].head = Some(head);
            words[last].deprel = rel.to_string();
            if i > 0 {
                let joiner = run.start - 1;
                words[joiner].head = Some(last);
                words[joiner].deprel = if words[joiner].upos == Upos::Cconj { "cc" } else { "punct" }.to_string();
            }
        }
        n = end;
    }
}

/// The runs of proper nouns from `start` joined by "and" or a comma
/// ("Victor Manuel Vasquez, Jose Rivas and Rafael Romero"); a joiner not
/// followed by a name ends the list before it.
fn name_runs_after(words: &[Word], start: usize) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut k = start;
    loop {
        let from = k;
        while k < words.len() && words[k].upos == Upos::Propn && !WEEKDAYS.contains(&words[k].lower.as_str()) {
            k += 1;
        }
        if k == from {
            break;
        }
        runs.push(from..k);
        let joiner = k < words.len() && (words[k].upos == Upos::Cconj && words[k].lower == "and" || words[k].lower == ",");
        if !joiner || k + 1 >= words.len() || words[k + 1].upos != Upos::Propn {
            break;
        }
        k += 1;
    }
    runs
}

/// Time words that stand as an adverbial without a preposition.
const BARE_TIME_WORDS: &[&str] = &["tonight", "today", "yesterday", "tomorrow", "overnight"];

/// Day names, which news English uses bare as time adverbs ("lawmakers
/// Tuesday endorsed").
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// "urban guerrillas sabotaged pylons and transformers": in lower-case text
/// the parser may read a clause as one noun phrase, its verb a participle
/// modifying the object, with no verb at the root. A verb right after a noun
/// of another phrase, modifying a noun to its right, in a sentence whose
/// root is a noun without a copula, is the clause's verb: the phrase before
/// it is its subject and the noun it modified its object. The same holds
/// for a second clause read as a noun conjoined to the first clause's verb
/// ("no group has claimed it, but the army blamed fighters linked to ...").
fn verb_read_as_modifier(words: &mut [Word]) {
    let verbless = |words: &[Word], i: usize| {
        let w = &words[i];
        w.is_noun()
            && (w.head.is_none() || (w.rel() == "conj" && w.head.is_some_and(|h| words[h].is_verb() && h < i)) || reported_noun(words, i))
            && !dependents(words, i).any(|d| matches!(words[d].rel(), "cop" | "aux"))
    };
    for top in 0..words.len() {
        if verbless(words, top) {
            verbless_clause(words, top);
        }
    }
}

/// "Military helicopters struck rebel positions ..., the monitor said":
/// a noun that is the reported clause of a verb of saying after it, which
/// the repair of [`verb_read_as_modifier`] may make a clause in its place.
/// The parser may also make the noun the first of two subjects of the
/// verb of saying.
fn reported_noun(words: &[Word], i: usize) -> bool {
    let Some(h) = words[i].head.filter(|&h| h > i && SAYING_VERBS.contains(&words[h].lemma.as_str())) else { return false };
    words[i].rel() == "ccomp" || first_of_two_subjects(words, i, h)
}

/// Is the noun at `i` the first of two subjects the parser gave the verb
/// at `verb` (a reported clause's subject beside the speaker)?
fn first_of_two_subjects(words: &[Word], i: usize, verb: usize) -> bool {
    words[i].deprel == "nsubj" && dependents(words, verb).any(|j| j > i && words[j].deprel == "nsubj")
}

/// A verb, or a past participle the tagger made an adjective ("denied").
fn verb_like(w: &Word) -> bool {
    w.is_verb() || (w.upos == Upos::Adj && w.lower.ends_with("ed"))
}

/// The repair of [`verb_read_as_modifier`] for the clause read as the noun
/// phrase of `top`.
fn verbless_clause(words: &mut [Word], top: usize) {
    // The noun that ends the phrase before the verb: right before it, or
    // before the comma closing an aside ("The Pakistani Taliban, or TTP,
    // denied involvement"), or before an adverb ("Israeli warplanes later
    // struck targets").
    let noun_before = |v: usize| -> Option<usize> {
        if words[v - 1].is_noun() {
            return Some(v - 1);
        }
        if v >= 2 && words[v - 1].upos == Upos::Adv && words[v - 2].is_noun() && words[v - 1].head == Some(v) {
            return Some(v - 2);
        }
        (v >= 3 && words[v - 1].lower == "," && words[v - 2].is_noun() && (1..v - 2).any(|c| words[c].lower == ",")).then(|| v - 2)
    };
    let Some(verb) = (1..words.len()).find(|&v| {
        let w = &words[v];
        verb_like(w)
            && w.deprel == "amod"
            && w.head.is_some_and(|h| h > v)
            && is_within(words, v, top)
            && noun_before(v).is_some_and(|n| w.head.is_some_and(|h| !is_within(words, n, h) || determined_on_its_own(words, n, h) || party_before_finite_verb(words, n, v)))
    }) else {
        return;
    };
    let Some(object) = words[verb].head else { return };
    // The top of the phrase that ends right before the verb.
    let Some(mut subject) = noun_before(verb) else { return };
    while let Some(h) = words[subject].head.filter(|&h| h < verb) {
        subject = h;
    }
    if subject == object {
        return;
    }
    // The object's phrase hangs on the verb; so does what the old root held to the verb's right.
    let object_top = {
        let mut top = object;
        while let Some(h) = words[top].head.filter(|&h| h > verb) {
            top = h;
        }
        top
    };
    for k in verb + 1..words.len() {
        if words[k].head == Some(subject) && k != object_top {
            words[k].head = Some(if words[k].rel() == "conj" { object_top } else { verb });
        }
    }
    if words[verb].upos == Upos::Adj {
        words[verb].upos = Upos::Verb;
        words[verb].lemma = sitrep_analysis::lemma::rules(&words[verb].lower, "VBD");
    }
    let clause_head = words[object_top].head.filter(|&h| h < subject);
    words[object_top].head = Some(verb);
    words[object_top].deprel = "obj".to_string();
    // A reported clause stays where the noun was, as the clause it is.
    let reported = Some(top).filter(|&t| t == subject && reported_noun(words, t)).and_then(|t| words[t].head);
    match clause_head {
        None if reported.is_some() => {
            make_clause(words, verb, subject);
            words[verb].head = reported;
            words[verb].deprel = "ccomp".to_string();
        }
        None => make_clause(words, verb, subject),
        // A conjoined clause: the verb takes the noun's place, with the
        // conjunction and comma before the subject.
        Some(h) => {
            for k in 0..subject {
                if words[k].head == Some(object_top) && matches!(words[k].rel(), "cc" | "punct") {
                    words[k].head = Some(verb);
                }
            }
            words[subject].head = Some(verb);
            words[subject].deprel = "nsubj".to_string();
            words[verb].head = Some(h);
            words[verb].deprel = "conj".to_string();
        }
    }
}

/// "Moscow denied targeting civilians and said its strikes hit only
/// military targets": the parser may read the first clause as one noun
/// phrase, its verb a modifier of the object, and make that phrase the
/// subject of the verb after "and". A subject never stands right before
/// "and" and its own verb: the first verb heads the sentence, the name
/// before it is its subject, the phrase it modified its object, and the
/// verb after "and" its conjunct (which shares its subject). Without this
/// the denial has no denier and the name becomes a party called "Moscow
/// denied targeting civilians".
fn first_clause_read_as_subject_of_coordinated_verb(words: &mut [Word]) {
    for second in 1..words.len() {
        if !words[second].is_verb() {
            continue;
        }
        let Some(phrase) = dependents(words, second).find(|&n| n < second && words[n].deprel == "nsubj" && words[n].is_noun()) else { continue };
        let and_between = dependents(words, second).any(|c| c > phrase && c < second && words[c].rel() == "cc");
        if !and_between {
            continue;
        }
        let Some(first) = (1..phrase).find(|&v| {
            verb_like(&words[v]) && words[v].deprel == "amod" && words[v].head == Some(phrase) && words[v - 1].upos == Upos::Propn && words[v - 1].head == Some(phrase)
        }) else {
            continue;
        };
        let subject = first - 1;
        for k in 0..subject {
            if words[k].head == Some(phrase) {
                words[k].head = Some(subject);
            }
        }
        if words[first].upos == Upos::Adj {
            words[first].upos = Upos::Verb;
            words[first].lemma = sitrep_analysis::lemma::rules(&words[first].lower, "VBD");
        }
        words[first].head = words[second].head;
        words[first].deprel = std::mem::replace(&mut words[second].deprel, "conj".to_string());
        words[second].head = Some(first);
        words[subject].head = Some(first);
        words[subject].deprel = "nsubj".to_string();
        words[phrase].head = Some(first);
        words[phrase].deprel = "obj".to_string();
        // The sentence's closing punctuation hangs on its new head.
        for k in second + 1..words.len() {
            if words[k].head == Some(second) && words[k].upos == Upos::Punct && words[first].head.is_none() {
                words[k].head = Some(first);
            }
        }
    }
}

/// "riot police fired tear gas at students": a word for a party right
/// before a verb the tagger calls a verb (not a participle it calls an
/// adjective) is that verb's subject, even when the parser hung it inside
/// the object's phrase as a compound.
fn party_before_finite_verb(words: &[Word], noun: usize, verb: usize) -> bool {
    noun + 1 == verb && words[verb].is_verb() && words[noun].upos == Upos::Noun && names_a_party(Lexicon::get(), &words[noun].lower)
}

/// Is the noun at `noun`, hung by the parser inside the phrase of `head`
/// ("the army" in "the army blamed fighters" read as one phrase), a phrase
/// of its own? It has its own determiner or possessive, which a modifier
/// inside another phrase ("the army-trained fighters") never has.
fn determined_on_its_own(words: &[Word], noun: usize, head: usize) -> bool {
    words[noun].head == Some(head) && dependents(words, noun).any(|d| matches!(words[d].deprel.as_str(), "det" | "nmod:poss") && d < noun)
}

/// "police blamed the attack on al-Shabaab": one blames a deed on someone,
/// but the parser hangs "on al-Shabaab" on the deed, where it would name
/// the deed's target. The phrase belongs to the verb.
fn blamed_on_read_as_target(words: &mut [Word]) {
    for v in 0..words.len() {
        if !(words[v].is_verb() && words[v].lemma == "blame") {
            continue;
        }
        let Some(object) = dependent(words, v, "obj") else { continue };
        let Some(on) = dependents(words, object).filter(|&c| c > object && words[c].rel() == "nmod" && has_preposition(words, c, "on")).last() else {
            continue;
        };
        words[on].head = Some(v);
        words[on].deprel = "obl".to_string();
    }
}

/// "troops shot dead two Palestinians", "gunmen gunned down and shot dead
/// a policeman": the parser, which rarely saw the idiom, may read "dead"
/// as an adjective of the noun after it and hang that noun elsewhere (as
/// the subject of a later "police said"). The noun is the verb's object,
/// and "dead" says what became of it.
fn shot_dead_object(words: &mut [Word]) {
    for v in 0..words.len().saturating_sub(2) {
        let shooting = matches!(words[v].lower.as_str(), "shot" | "shoot" | "shoots" | "shooting" | "gunned") && words[v].is_verb();
        if !shooting || words[v + 1].lower != "dead" {
            continue;
        }
        let Some(noun) = words[v + 1].head.filter(|&n| n > v + 1 && words[n].is_noun()) else { continue };
        // The noun's old head must not lie inside its own phrase.
        if words[noun].head != Some(v) && is_within(words, v, noun) {
            continue;
        }
        words[noun].head = Some(v);
        words[noun].deprel = "obj".to_string();
        words[v + 1].head = Some(v);
        words[v + 1].deprel = "xcomp".to_string();
    }
}

/// "burned the offices of the telephone company, the agrarian bank, the
/// national bank, and the health ministry offices": a list of three or more
/// noun phrases, separated by commas and closed by "and"/"or", whose later
/// items the parser hung elsewhere (as parataxis of the verb, or as a
/// subject of a word in the list). Every later item becomes a conjunct of
/// the first, so that whatever the first is to the verb, they are too.
/// A later item must be a plain noun phrase: determiners, numbers,
/// adjectives and nouns, no verb and no preposition; the first item's head
/// is the highest word of the phrase before the first comma.
fn comma_list_read_as_clauses(words: &mut [Word]) {
    let plain = |w: &Word| matches!(w.upos, Upos::Det | Upos::Num | Upos::Adj | Upos::Noun | Upos::Propn) || (w.upos == Upos::Pron && w.deprel == "nmod:poss");
    let mut k = 0;
    while k < words.len() {
        if words[k].lower != "," || k == 0 {
            k += 1;
            continue;
        }
        // Items after the first comma: plain phrases up to the next comma,
        // the last one opened by "and"/"or" (after a comma or not).
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut start = k + 1;
        let mut closed = false;
        let mut end = start;
        while end <= words.len() {
            let at_end = end == words.len() || !plain(&words[end]);
            if at_end {
                if end == start {
                    break;
                }
                items.push((start, end));
                if closed {
                    break;
                }
                match words.get(end).map(|w| w.lower.as_str()) {
                    Some(",") if words.get(end + 1).is_some_and(|w| matches!(w.lower.as_str(), "and" | "or")) => {
                        closed = true;
                        start = end + 2;
                    }
                    Some("and" | "or") => {
                        closed = true;
                        start = end + 1;
                    }
                    Some(",") => start = end + 1,
                    _ => break,
                }
                end = start;
                continue;
            }
            end += 1;
        }
        let complete = closed && items.len() >= 2 && items.last().is_some_and(|&(a, b)| b > a);
        // The first item: climb from the word before the comma while the
        // head lies before the comma and is a noun.
        let mut first = k - 1;
        for _ in 0..k {
            match words[first].head.filter(|&h| h < k && words[h].is_noun() && !matches!(words[first].rel(), "appos" | "conj" | "parataxis" | "punct")) {
                Some(h) => first = h,
                None => break,
            }
        }
        // "last night, reporter A and B were shot", "in Soyapango, A and B
        // were kidnapped": a fronted time word or place phrase and the
        // subject after its comma are no list. Made the place's
        // conjuncts, the subjects would be lost to the clause.
        let fronted = words[first].rel() == "obl" && words[first].head.is_some_and(|h| h > k);
        if !complete || !words[first].is_noun() || words[k - 1].upos == Upos::Punct || is_time_word(&words[first]) || fronted {
            k += 1;
            continue;
        }
        // Each item's head: its last noun.
        let heads: Vec<usize> = items.iter().filter_map(|&(a, b)| (a..b).rev().find(|&i| words[i].is_noun())).collect();
        // The first item must hang from nothing inside a later item, or
        // making the items its conjuncts would close a cycle.
        let list_end = items.last().map_or(k, |&(_, b)| b);
        let first_hangs_inside = is_within_span(words, first, k, list_end);
        if heads.len() != items.len() || first_hangs_inside || heads.iter().all(|&h| words[h].head == Some(first) && words[h].rel() == "conj") {
            k = items.last().map_or(k + 1, |&(_, b)| b);
            continue;
        }
        // "the house of a candidate, several shops, and schools have been
        // bombed": when a later item holds the list's place in the clause
        // and the first holds none, the first takes it over.
        let before: Vec<(Option<usize>, String)> = words.iter().map(|w| (w.head, w.deprel.clone())).collect();
        let in_list = |x: usize| x >= first && x < items.last().map_or(0, |&(_, b)| b);
        let argument = |w: &Word| matches!(w.rel(), "nsubj" | "obj" | "obl" | "iobj");
        if !argument(&words[first]) {
            if let Some(&h) = heads.iter().find(|&&h| argument(&words[h]) && words[h].head.is_some_and(|x| !in_list(x))) {
                // "one office, one bus, and one transformer were damaged",
                // with the first item made the root and the verb its
                // conjunct: the verb becomes the root the first hangs on.
                if let Some(verb) = words[h].head.filter(|&x| words[first].head.is_none() && words[x].head == Some(first)) {
                    words[verb].head = None;
                    words[verb].deprel = "root".to_string();
                }
                words[first].head = words[h].head;
                words[first].deprel = words[h].deprel.clone();
            }
        }
        for (&(a, b), &h) in items.iter().zip(&heads) {
            words[h].head = Some(first);
            words[h].deprel = "conj".to_string();
            for i in a..b {
                if i != h && words[i].head.is_some_and(|x| x < a || x >= b) {
                    words[i].head = Some(h);
                }
            }
            // The comma or "and" in front of the item belongs to it.
            for i in a.saturating_sub(2)..a {
                if matches!(words[i].lower.as_str(), "," | "and" | "or") {
                    words[i].head = Some(h);
                }
            }
        }
        // Whatever the parse looked like, the result must stay a tree.
        if (0..words.len()).any(|i| !reaches_root(words, i)) {
            for (w, (head, deprel)) in words.iter_mut().zip(before) {
                w.head = head;
                w.deprel = deprel;
            }
        }
        k = items.last().map_or(k + 1, |&(_, b)| b);
    }
}

/// Does the head chain from `i` end at a root (no cycle)?
fn reaches_root(words: &[Word], mut i: usize) -> bool {
    for _ in 0..=words.len() {
        match words[i].head {
            Some(h) => i = h,
            None => return true,
        }
    }
    false
}

/// Does some ancestor of `i` lie in `from..to`?
fn is_within_span(words: &[Word], mut i: usize, from: usize, to: usize) -> bool {
    for _ in 0..words.len() {
        match words[i].head {
            Some(h) if (from..to).contains(&h) => return true,
            Some(h) => i = h,
            None => return false,
        }
    }
    true
}

/// Makes `verb` the sentence's root with `subject` as its subject.
fn make_clause(words: &mut [Word], verb: usize, subject: usize) {
    words[subject].head = Some(verb);
    words[subject].deprel = "nsubj".to_string();
    words[verb].head = None;
    words[verb].deprel = "root".to_string();
}

/// Nouns of time that a preposition may govern in front of a subject.
pub(crate) const TIME_NOUNS: &[&str] = &["hour", "day", "week", "month", "year", "minute", "night", "morning", "evening", "weekend", "time", "dawn", "dusk", "noon", "midnight"];

#[cfg(test)]
mod tests {
    use super::*;

    /// A word of a hand-built parse: form (also its lemma unless given),
    /// tag, head (1-based as in CoNLL-U, 0 for the root) and relation.
    fn word(form: &str, lemma: &str, upos: Upos, head: usize, deprel: &str) -> Word {
        let lemma = if lemma.is_empty() { form } else { lemma };
        Word { token: 0, start: 0, end: 0, lower: form.into(), lemma: lemma.into(), upos, head: head.checked_sub(1), deprel: deprel.into() }
    }

    /// "shops were burned by army aircraft, reporters based here
    /// reported.", parsed with "reported" under the speakers' own phrase
    /// (an adverbial clause of "based"): making "reporters" its subject
    /// would close a cycle, so the repair leaves the parse as it is.
    #[test]
    fn speakers_holding_their_own_reporting_verb_are_left_alone() {
        let mut words = vec![
            word("shops", "shop", Upos::Noun, 3, "nsubj:pass"),
            word("were", "be", Upos::Aux, 3, "aux:pass"),
            word("burned", "burn", Upos::Verb, 0, "root"),
            word("by", "", Upos::Adp, 6, "case"),
            word("army", "", Upos::Noun, 6, "compound"),
            word("aircraft", "", Upos::Noun, 3, "obl"),
            word(",", "", Upos::Punct, 8, "punct"),
            word("reporters", "reporter", Upos::Noun, 6, "conj"),
            word("based", "base", Upos::Verb, 8, "acl"),
            word("here", "", Upos::Adv, 9, "advmod"),
            word("reported", "report", Upos::Verb, 9, "advcl"),
            word(".", "", Upos::Punct, 3, "punct"),
        ];
        speakers_listed_with_object(&mut words);
        assert!((0..words.len()).all(|i| reaches_root(&words, i)), "{words:?}");
        assert_eq!(words[7].head, Some(5));
    }

    /// "the ministry denied that officers had used gas and said ten
    /// officers were hurt", parsed with "said" joined to "used": "said"
    /// goes to "denied"; with a subject of its own ("and they said") it
    /// stays in the clause.
    #[test]
    fn a_report_joined_into_a_denied_clause_is_the_speakers_own() {
        let build = |own_subject: bool| {
            let mut words = vec![
                word("ministry", "", Upos::Noun, 2, "nsubj"),
                word("denied", "deny", Upos::Verb, 0, "root"),
                word("that", "", Upos::Sconj, 6, "mark"),
                word("officers", "officer", Upos::Noun, 6, "nsubj"),
                word("had", "have", Upos::Aux, 6, "aux"),
                word("used", "use", Upos::Verb, 2, "ccomp"),
                word("gas", "", Upos::Noun, 6, "obj"),
                word("and", "", Upos::Cconj, 10, "cc"),
                word("they", "", Upos::Pron, 10, if own_subject { "nsubj" } else { "dep" }),
                word("said", "say", Upos::Verb, 6, "conj"),
                word("hurt", "", Upos::Verb, 10, "ccomp"),
            ];
            report_joined_into_reported_clause(&mut words);
            assert!((0..words.len()).all(|i| reaches_root(&words, i)), "{words:?}");
            words[9].head
        };
        assert_eq!(build(false), Some(1));
        assert_eq!(build(true), Some(5));
    }

    /// "Moscow denied targeting civilians and said its strikes hit
    /// military sites", parsed as one noun phrase ("Moscow denied targeting
    /// civilians") that is the subject of "said": the first verb becomes
    /// the root with the name as its subject and the phrase as its object,
    /// and "said" its conjunct.
    #[test]
    fn a_first_clause_read_as_the_subject_of_a_coordinated_verb_is_a_clause() {
        let mut words = vec![
            word("moscow", "", Upos::Propn, 4, "compound"),
            word("denied", "deny", Upos::Verb, 4, "amod"),
            word("targeting", "", Upos::Noun, 4, "compound"),
            word("civilians", "civilian", Upos::Noun, 6, "nsubj"),
            word("and", "", Upos::Cconj, 6, "cc"),
            word("said", "say", Upos::Verb, 0, "root"),
            word("its", "", Upos::Pron, 8, "nmod:poss"),
            word("strikes", "strike", Upos::Noun, 9, "nsubj"),
            word("hit", "", Upos::Verb, 6, "ccomp"),
            word("sites", "site", Upos::Noun, 9, "obj"),
            word(".", "", Upos::Punct, 6, "punct"),
        ];
        first_clause_read_as_subject_of_coordinated_verb(&mut words);
        let parse: Vec<(Option<usize>, &str)> = words.iter().map(|w| (w.head, w.deprel.as_str())).collect();
        assert_eq!(parse[0], (Some(1), "nsubj"));
        assert_eq!(parse[1], (None, "root"));
        assert_eq!(parse[3], (Some(1), "obj"));
        assert_eq!(parse[5], (Some(1), "conj"));
        assert_eq!(parse[4], (Some(5), "cc"));
        assert_eq!(parse[10], (Some(1), "punct"));
        assert!((0..words.len()).all(|i| reaches_root(&words, i)));
    }
}
