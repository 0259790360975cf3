//! Event extraction: from one document's text to the events it reports.
//!
//! The entry point is [`extract_document`], a pure function from an input
//! document to a [`DocumentResult`] (schema sitrep/1). It runs the text layer
//! (sentences, tokens, dates, numbers), the analysis layer (tags, parse), the
//! knowledge base (places, actors) and the extraction rules in turn:
//!
//! - `mentions`: event triggers and their syntactic arguments, per sentence;
//! - `casualties`: killed and injured counts and their sources;
//! - `interactions`: the general CAMEO interactions (appeals, meetings,
//!   aid, sanctions, ...) with their initiator and recipient;
//! - `modality`: negated, hypothetical, future, historical;
//! - `assemble`: mentions into events across the document, with place,
//!   date, actors, counts and cross-walk codes;
//! - `lexicon`: the data files behind all of the above (`data/*.tsv`).

pub mod assemble;
pub mod attribution;
pub mod casualties;
pub mod interactions;
pub mod lexicon;
pub mod mentions;
pub mod modality;
pub mod semantics;
pub mod syntax;

use sitrep_analysis::Analyzer;
use sitrep_knowledge::{ActorMention, EntryType, KnowledgeBase, PlaceContext};
use sitrep_schema::{DateValue, Dateline, DocumentResult, InputDocument, Warning};
use sitrep_text::{dates::ResolvedDate, offsets::CharOffsets};

/// Extracts everything sitrep knows how to extract from one document.
///
/// `id` is the document id to use in the output (event ids derive from it).
/// Never panics on any text; problems with fields (an impossible publication
/// date, say) become warnings in the result.
pub fn extract_document(id: &str, doc: &InputDocument) -> DocumentResult {
    extract_document_parsing(id, doc, worth_parsing)
}

/// [`extract_document`] with another test of which sentences to parse (given
/// the text and the sentence's tokens) in place of [`worth_parsing`]: for
/// measuring what a different prefilter would change (the
/// `prefilter_oracle` example), not for the product.
#[doc(hidden)]
pub fn extract_document_parsing(
    id: &str,
    doc: &InputDocument,
    parse_if: impl Fn(&str, &[sitrep_text::tokens::Token]) -> bool,
) -> DocumentResult {
    let mut result = DocumentResult::empty(id);
    result.source = doc.source.clone();
    result.title = doc.title.clone();
    result.url = doc.url.clone();
    let mut published = None;
    if let Some(given) = &doc.published {
        match sitrep_text::dates::parse_iso_date(given) {
            Ok(date) => published = Some(date),
            Err(msg) => result.warnings.push(Warning::new(
                "invalid_published_date",
                format!("publication date ignored: {msg}; relative dates are left unresolved"),
            )),
        }
    }
    let text = doc.text.as_str();
    let layer = sitrep_text::analyze_text(text, published);
    let offsets = CharOffsets::new(text);
    result.published = layer.published.map(|d| d.format("%Y-%m-%d").to_string());
    result.dateline = layer.dateline.as_ref().map(|d| Dateline {
        place: d.place.clone().map(|r| text[r].to_string()),
        date: match (&d.date, &d.date_text) {
            (Some(value), Some(r)) => Some(date_value(value, text, r.clone(), &offsets)),
            _ => None,
        },
        agency: d.agency.clone().map(|r| text[r].to_string()),
        span: offsets.span(d.range.clone()),
    });
    if layer.published.is_none() && layer.dates.iter().any(|m| m.value.is_none()) {
        result.warnings.push(Warning::new(
            "missing_published_date",
            "no publication date (give \"published\" or --date): relative dates such as \"on Saturday\" are left unresolved",
        ));
    }
    let analyzer = Analyzer::embedded();
    let kb = KnowledgeBase::embedded();
    let (actors, place_mentions) = kb.find_mentions(text);
    let names = names_for_the_tagger(&layer, &actors);
    let sentences = syntax::parse_document(text, &layer, analyzer, &names, |tokens| parse_if(text, tokens));

    // Places: resolved with the document's own evidence; the dateline's
    // country is only the weakest hint, so it never overrides the text.
    let dateline_range = layer.dateline.as_ref().map(|d| d.range.clone());
    let mut context = PlaceContext::default();
    let dateline_place = layer.dateline.as_ref().and_then(|d| d.place.clone()).and_then(|r| {
        let name = &text[r.clone()];
        kb.gazetteer.lookup(name).into_iter().next().map(|c| (r, c))
    });
    if let Some((_, c)) = &dateline_place {
        context.countries.push(c.country.clone());
    }
    let place_mentions = without_person_names(text, place_mentions);
    let places = kb.resolve_places_with_actors(text, &place_mentions, &actors, &context);
    let actor_countries: Vec<&str> = actors.iter().filter_map(|a| a.country.as_deref()).collect();
    let places = without_stray_places(places, context.countries.first().map(String::as_str), &actor_countries);
    let dateline_resolved = dateline_place
        .as_ref()
        .and_then(|(r, _)| places.iter().find(|p| p.range.start >= r.start && p.range.end <= r.end).cloned());

    let date_ranges: Vec<std::ops::Range<usize>> = layer.dates.iter().map(|d| d.range.clone()).collect();
    // A date in quotation marks is a name ("the "9 May" People's Liberation
    // Forces", "the 'April 19' Movement"), not when anything happened.
    let event_dates: Vec<sitrep_text::dates::DateMention> = layer.dates.iter().filter(|d| !is_quoted(text, &d.range)).cloned().collect();
    let mut mentions = Vec::new();
    let mut counts = Vec::new();
    let mut statements = Vec::new();
    let mut interactions = Vec::new();
    for s in &sentences {
        let mut found = mentions::find_mentions(s);
        let mut said = attribution::find_statements(s);
        let mut acts = interactions::find_interactions(s, &found);
        settle_overlaps(s, &mut found, &mut said, &mut acts);
        drop_triggers_inside_names(s, &names, &mut said, &mut acts);
        mentions.extend(found);
        statements.extend(said);
        interactions.extend(acts);
        for c in casualties::find_counts(s, &date_ranges) {
            counts.push((s.index, c));
        }
    }
    let view = assemble::DocumentView {
        id,
        text,
        sentences: &sentences,
        mentions,
        counts,
        statements,
        interactions,
        dates: &event_dates,
        places: &places,
        actors: &actors,
        dateline: dateline_range,
        dateline_place: dateline_resolved.as_ref(),
        published: layer.published,
        offsets: &offsets,
    };
    result.events = assemble::assemble(view);
    result
}

/// Is a sentence with these tokens worth tagging and parsing? Only when one
/// of its words could start an event trigger, a statement or a casualty
/// phrase; the rest of the text never reaches the analyser, which is the
/// costly stage.
pub fn worth_parsing(text: &str, tokens: &[sitrep_text::tokens::Token]) -> bool {
    let lexicon = lexicon::Lexicon::get();
    // Every sentence of every document comes through here, and most words
    // are already lower case: those are not copied, and the first cue word
    // ends the test.
    let mut forms: Vec<std::borrow::Cow<str>> = Vec::with_capacity(tokens.len());
    for t in tokens {
        let f = lower_case(t.text(text));
        if f.len() >= 3 && lexicon.may_matter(&f) {
            return true;
        }
        forms.push(f);
    }
    // A sentence naming the people just reported struck ("they are A, B
    // and C", "the other person is D") carries no cue word of its own.
    if assemble::pronoun_copula_opening(&forms.iter().take(7).map(|f| f.as_ref()).collect::<Vec<&str>>()).is_some() {
        return true;
    }
    // Only then the patterns, which need the sentence's words as a set;
    // short words count in them ("blew up"), not alone.
    lexicon.pattern_may_matter(&forms.iter().map(|f| f.as_ref()).collect::<foldhash::HashSet<&str>>())
}

/// `s.to_lowercase()`, borrowed when that would be `s` itself (ASCII
/// without capitals: checking more than that is not worth it).
pub(crate) fn lower_case(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// Objects that make "rejected ..." a denial about an event rather than a
/// rejection of a proposal.
const DENIED_OBJECTS: &[&str] = &[
    "role", "involvement", "responsibility", "participation", "link", "connection", "charge", "accusation", "allegation",
    "report", "claim", "suggestion", "assertion",
];

/// One word, one reading. A trigger (violence, protest), a statement about
/// an event and a CAMEO interaction can start at the same word; the more
/// telling reading is kept:
/// - a statement tied to an event ("rejected any role in the attack",
///   "claimed the bombing") over an interaction ("rejected the plan");
/// - a trigger over a bare interaction word, a specific interaction pattern
///   ("protested to the embassy") over a trigger;
/// - an interaction's complement is part of it: "urged the rebels to stop
///   fighting" reports no fighting.
fn settle_overlaps(
    s: &syntax::Sentence,
    mentions: &mut Vec<mentions::Mention>,
    statements: &mut Vec<attribution::StatementMention>,
    acts: &mut Vec<interactions::InteractionMention>,
) {
    use sitrep_schema::EventKind;
    let statement_wins = |st: &attribution::StatementMention| {
        st.about_word.is_some()
            || matches!(st.kind, EventKind::Claim | EventKind::Accusation | EventKind::Condemnation)
            || st.kind == EventKind::Denial
                && (s.child_rel(st.head, "ccomp").is_some()
                    || s.child_rel(st.head, "obj").is_some_and(|o| DENIED_OBJECTS.contains(&s.words[o].lemma.as_str())))
    };
    acts.retain(|a| {
        let at = |h: usize| h == a.head || a.trigger_words.contains(&h);
        // The statement also wins over an interaction of its own kind ("it
        // has threatened to strike the town"): it already has the speaker,
        // the target and what it is about.
        if statements.iter().any(|st| at(st.head) && (statement_wins(st) || st.kind == a.kind)) {
            return false;
        }
        !mentions.iter().any(|m| (at(m.head) || m.trigger_words.contains(&a.head)) && !a.specific)
    });
    statements.retain(|st| !acts.iter().any(|a| st.head == a.head || a.trigger_words.contains(&st.head)));
    mentions.retain(|m| {
        !acts.iter().any(|a| {
            let here = m.head == a.head || a.trigger_words.contains(&m.head) || m.trigger_words.contains(&a.head);
            // What is investigated ("investigate claims that officers shot
            // three protesters") is told as done, unlike what is demanded
            // or promised; but not its purpose ("investigations to
            // apprehend those responsible").
            let purpose = s.children_rel(m.head, "mark").any(|k| s.words[k].lower == "to");
            let investigated = a.kind == EventKind::Investigation && !purpose;
            let inside = a.kind != EventKind::Threat && !investigated && a.complement.is_some_and(|c| interactions::inside_complement(s, m.head, c));
            here || inside
        })
    });
}

/// Registry names the tagger should read as names. In text with case, an
/// alias written without a capital ("three peacekeepers") is used as a
/// common noun, and the parser needs it as one. A capital city standing
/// for its government, written with its capital, is a name too: the
/// tagger, which saw few of them, reads a sentence-initial "Moscow denied
/// ..." as an adverb. (Not a country's entry, which holds its demonyms:
/// "French officials" needs the adjective.)
pub fn names_for_the_tagger(layer: &sitrep_text::TextLayer, actors: &[ActorMention]) -> Vec<std::ops::Range<usize>> {
    let cased = layer.casing == sitrep_text::sentences::Casing::Mixed;
    let capitalised = |a: &ActorMention| a.text.chars().any(char::is_uppercase);
    actors
        .iter()
        .filter(|a| match a.entry_type {
            EntryType::Named => !(cased && !capitalised(a)),
            EntryType::Metonym => cased && capitalised(a),
            EntryType::Country | EntryType::Agent | EntryType::Compound => false,
        })
        .filter_map(|a| if cased { without_trailing_people_nouns(a) } else { Some(a.range.clone()) })
        .collect()
}

/// The range of a mention without the common nouns for people it ends
/// in: "Haitian gangs", an alias of a registry party, ends in a word the
/// tagger must read as a common noun, or the parser takes the name for the
/// victim of "killed". ("US Secretary of state" and "al-Shabab" keep their
/// lower-case words.) None when nothing is left.
fn without_trailing_people_nouns(a: &ActorMention) -> Option<std::ops::Range<usize>> {
    let lexicon = lexicon::Lexicon::get();
    let people = |word: &str| {
        word.chars().next().is_some_and(char::is_lowercase) && lexicon.noun_or_its_singular(word, |c| matches!(c, lexicon::NounClass::Agent | lexicon::NounClass::Force | lexicon::NounClass::Person))
    };
    let mut end = a.text.len();
    while let Some((rest, last)) = a.text[..end].rsplit_once(' ') {
        if !people(last) {
            break;
        }
        end = rest.len();
    }
    (end > 0 && !people(&a.text[..end]) && a.range.start + end <= a.range.end).then(|| a.range.start..a.range.start + end)
}

/// Drops the interactions and statements whose trigger is a noun inside the
/// name of a registered party: the "Alliance" of the Nationalist Republican
/// Alliance, the "Coalition" of the Coalition of Patriots for Change name a
/// party, not an agreement. Acts of violence keep theirs: some aliases
/// describe a party by its acts ("coalition air strikes"), and the strike
/// is still an event.
fn drop_triggers_inside_names(
    s: &syntax::Sentence,
    names: &[std::ops::Range<usize>],
    statements: &mut Vec<attribution::StatementMention>,
    acts: &mut Vec<interactions::InteractionMention>,
) {
    let named = |head: usize| {
        let w = &s.words[head];
        w.is_noun() && names.iter().any(|r| r.start <= w.start && w.end <= r.end)
    };
    statements.retain(|st| !named(st.head));
    acts.retain(|a| !named(a.head));
}

/// Titles that make the following capitalised words a person's name, not a
/// place ("President Hassan Sheikh Mohamud", "Gen. Adolfo Blandon").
const PERSON_TITLES: &[&str] = &[
    "president", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "general", "colonel", "col", "col.",
    "captain", "capt", "capt.", "major", "maj", "maj.", "lt", "lt.", "lieutenant", "sergeant", "sgt", "sgt.", "minister",
    "senator", "sen", "sen.", "governor", "gov", "gov.", "mayor", "judge", "father", "bishop", "archbishop", "sheikh",
    "commander", "spokesman", "spokeswoman", "king", "queen", "prince", "premier", "chancellor", "ambassador", "deputy",
    "rep", "rep.", "don", "dona", "monsignor", "msgr", "msgr.", "rev", "rev.", "reverend", "brother", "sister", "leader",
];

/// Drops place mentions that are part of a person's name: the gazetteer
/// knows a town called Hassan, but "President Hassan Sheikh Mohamud" is a
/// person.
fn without_person_names(text: &str, mentions: Vec<sitrep_knowledge::PlaceMention>) -> Vec<sitrep_knowledge::PlaceMention> {
    mentions
        .into_iter()
        .filter(|m| {
            let before = text[..m.range.start].trim_end();
            let prev_word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").to_lowercase();
            let prev_word = prev_word.trim_start_matches(|c: char| !c.is_alphanumeric());
            !PERSON_TITLES.contains(&prev_word)
        })
        .collect()
}

/// Population under which a place alone in its country is doubted.
const STRAY_PLACE_POPULATION: u64 = 50_000;

/// Drops small places in a country the rest of the document never mentions:
/// the gazetteer lacks many villages, and a village name that only matches
/// a hamlet abroad ("Mahas" in a Somali story matching a town in Jordan) is
/// more likely missing than foreign. Countries themselves, larger places
/// and regions of the hand-kept list (whose names were chosen because news
/// means them: "Darfur", "Lake Chad"; they have no population) are kept,
/// and so are places in the country of an actor the document names
/// ("Israeli airstrikes ... toward the town of Sderot").
fn without_stray_places(
    places: Vec<sitrep_knowledge::ResolvedPlace>,
    dateline_country: Option<&str>,
    actor_countries: &[&str],
) -> Vec<sitrep_knowledge::ResolvedPlace> {
    let mut support: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for p in &places {
        *support.entry(p.country.as_str()).or_default() += 1;
    }
    let keep: Vec<bool> = places
        .iter()
        .map(|p| {
            let others = support.get(p.country.as_str()).copied().unwrap_or(0) > 1
                || dateline_country == Some(p.country.as_str())
                || actor_countries.contains(&p.country.as_str());
            let documented = support.len() == 1 || others;
            documented
                || p.population >= STRAY_PLACE_POPULATION
                || matches!(p.precision, sitrep_schema::GeoPrecision::Country | sitrep_schema::GeoPrecision::Region)
        })
        .collect();
    places.into_iter().zip(keep).filter_map(|(p, k)| k.then_some(p)).collect()
}

/// Converts a resolved date expression to the schema's form.
pub fn date_value(value: &ResolvedDate, text: &str, range: std::ops::Range<usize>, offsets: &CharOffsets) -> DateValue {
    DateValue {
        start: value.start.format("%Y-%m-%d").to_string(),
        end: value.end.format("%Y-%m-%d").to_string(),
        precision: value.precision,
        text: text[range.clone()].to_string(),
        span: offsets.span(range),
    }
}

/// Warning codes that mean the input itself was faulty (the CLI turns them
/// into a failing exit code), as opposed to notes about the extraction.
pub const INPUT_PROBLEM_CODES: &[&str] = &["invalid_published_date", "invalid_field", "not_utf8"];

pub fn is_input_problem(code: &str) -> bool {
    INPUT_PROBLEM_CODES.contains(&code)
}

/// Is the text at `r` enclosed in quotation marks, with nothing else
/// inside them?
fn is_quoted(text: &str, r: &std::ops::Range<usize>) -> bool {
    const QUOTES: &[char] = &['"', '\'', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}'];
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    before.is_some_and(|c| QUOTES.contains(&c)) && after.is_some_and(|c| QUOTES.contains(&c))
}
