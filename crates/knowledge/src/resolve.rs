//! Place disambiguation: picks one gazetteer record for each place mention
//! of a document, using the document's own context.
//!
//! Why a separate pure step: the gazetteer only knows that "Tripoli" names a
//! city in Libya and one in Lebanon; the document knows it also says
//! "Lebanese" or "Beirut". The evidence used, strongest first:
//! 1. a country or division right after a comma ("Paris, Texas", +8), or a
//!    country or demonym shortly before ("the northeastern Nigerian city of
//!    Maiduguri", +4), or a division named nearby (+3);
//! 2. the caller's hints ([`PlaceContext::countries`], e.g. the dateline's or
//!    the source's country);
//! 3. countries named anywhere in the document (names, demonyms, national
//!    actors such as "the Salvadoran army") and divisions named anywhere;
//! 4. the countries of the document's other places (second pass: +2 if the
//!    country is also named outright, else +4 within a dozen words or +3);
//! 5. the gazetteer's prior (feature type, 2 x log10 population), plus 1.5
//!    for a national capital.
//!
//! A populated-place mention inside an actor name ("Taliban", "Boko
//! Haram", "Wagner" are also GeoNames places) is dropped. In ALL-CAPS or
//! lower-case text a mention is dropped when its best record
//! is a small populated place (under 100,000, or matched by an alternate
//! name only) that nothing in the document supports: there, capitals do not
//! mark names, and such matches are mostly surnames and common words.
//!
//! The country of a result is always the record's own country code, never
//! one inferred from coordinates, so a place is never moved to another
//! country by a nearest-neighbour search across the 180th meridian. A
//! region that lies in several countries ("Lake Chad": TD, NG, NE, CM)
//! takes the one of its own countries the document supports most (by the
//! same evidence as above), else its primary one; context never lifts a
//! region over another record, since the region's name alone is what made
//! it a candidate (its prior is fixed, see `gazetteer::prior`).

use std::ops::Range;

use serde::Serialize;
use sitrep_schema::GeoPrecision;

use crate::actors::{ActorMention, EntryType};
use crate::fold::{same_folded_name, TextCase};
use crate::gazetteer::{FeatureClass, PlaceCandidate, PlaceMention};
use crate::KnowledgeBase;

/// What the caller knows about the document beyond its text.
#[derive(Debug, Clone, Default)]
pub struct PlaceContext {
    /// ISO alpha-2 codes the document is likely about, strongest first
    /// (dateline place, source country, an earlier document of the incident).
    pub countries: Vec<String>,
}

/// One mention resolved to one gazetteer record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResolvedPlace {
    /// Byte range of the mention in the text.
    pub range: Range<usize>,
    pub text: String,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub country_name: String,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub precision: GeoPrecision,
    pub feature: FeatureClass,
    pub geonameid: u32,
    pub population: u64,
    /// 0..1: how clearly the chosen record beat the runner-up.
    pub confidence: f32,
    /// For a region: its kind ("lake", "region", ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// For a region: the other countries it lies in besides `country`
    /// (which the document's context chose among them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_in: Vec<String>,
}

/// Bytes around a mention within which a country or division counts as
/// "nearby" (about a dozen words).
const NEAR: usize = 80;

struct Evidence {
    pos: Range<usize>,
    country: String,
    weight: f32,
}

/// Prepositions and verbs after which a name is read as a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "from", "to", "into", "outside", "toward", "towards", "between", "around", "across", "through",
    "via", "entered", "reached", "visited", "nearby", "northern", "southern", "eastern", "western", "central",
];

/// Nouns that make the name after "of", or the name before them, a place
/// ("the town of", "the mayor of", "Antioquia department").
const PLACE_NOUNS: &[&str] = &[
    "town", "towns", "city", "cities", "village", "villages", "department", "departments", "province", "provinces",
    "municipality", "municipalities", "capital", "outskirts", "suburbs", "suburb", "region", "district", "state",
    "jurisdiction", "streets", "residents", "mayor", "governor", "port", "hamlet", "county", "area", "zone",
];

/// Does the text introduce the mention at `range` as a place: a preposition
/// of place before it ("in", "near"; "in the"), a place noun with "of"
/// ("the town of", "the mayor of"), or a place noun after it ("Antioquia
/// department")? A name after "of" alone ("the release of Orlando ...") or
/// at the start of a sentence may as well be a person's.
fn introduced_as_place(text: &str, range: &Range<usize>) -> bool {
    let words_before: Vec<&str> =
        text[..range.start].rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(3).collect();
    let is = |w: Option<&&str>, list: &[&str]| w.is_some_and(|w| list.iter().any(|x| x.eq_ignore_ascii_case(w)));
    let mut k = 0;
    if words_before.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        k = 1;
    }
    if is(words_before.get(k), PLACE_PREPOSITIONS) {
        return true;
    }
    if words_before.get(k).is_some_and(|w| w.eq_ignore_ascii_case("of")) && is(words_before.get(k + 1), PLACE_NOUNS) {
        return true;
    }
    let next = text[range.end..].split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty());
    is(next.as_ref(), PLACE_NOUNS)
}

/// Capitalised words that begin a place's name or introduce it rather
/// than a person's: "Port Sudan", "Lake Chad", "Northern Kordofan".
const PLACE_NAME_STARTS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "new", "old",
    "greater", "port", "fort", "mount", "lake", "saint", "st", "san", "santa", "the", "in", "at", "on", "near", "from", "to", "of",
    "and", "or", "for", "by", "with",
];

/// Is the mention directly preceded, after one space, by a capitalised
/// word that is not itself a place mention nor a word that begins place
/// names ("Mahmud Abbas", but not "Port Sudan" or "in Abbas")?
fn after_name_word(text: &str, range: &Range<usize>, mentions: &[PlaceMention]) -> bool {
    let Some(before) = text.get(..range.start).and_then(|t| t.strip_suffix(' ')) else { return false };
    let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    let capitalised = word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase) && word.chars().count() >= 2;
    capitalised
        && !PLACE_NAME_STARTS.contains(&word.to_lowercase().as_str())
        && !mentions.iter().any(|other| other.range.start <= word_start && word_start < other.range.end && other.range != *range)
}

/// Words after a place that make it part of the place's own longer name
/// or of a division's ("Kebbi State", "Gaza Strip"), not of a person's or
/// a body's.
const PLACE_NAME_ENDS: &[&str] = &[
    "state", "province", "region", "district", "county", "city", "town", "village", "governorate", "department",
    "municipality", "valley", "island", "islands", "strip", "river", "camp", "border", "area",
];

/// Is the mention one word of a longer capitalised name: followed, after
/// one space, by a capitalised word that does not end place names ("US
/// Central Command", "Abu Khalil"), preceded by a capitalised word that
/// does not start them ("Abu Khalil", whether or not "Abu" is itself a
/// place mention), glued by a hyphen to the word before ("al-Suri"), or
/// an abbreviated title before a name ("Gen.")?
fn inside_longer_name(text: &str, range: &Range<usize>, mentions: &[PlaceMention]) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 2;
    let after = text.get(range.end..).and_then(|t| t.strip_prefix(' ')).unwrap_or("");
    let next: &str = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let before_next = capitalised(next) && !PLACE_NAME_ENDS.contains(&next.to_lowercase().as_str());
    let before = text.get(..range.start).unwrap_or("");
    let glued = before.ends_with('-') && before[..before.len() - 1].chars().last().is_some_and(char::is_alphabetic);
    let previous = before.strip_suffix(' ').and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next()).unwrap_or("");
    let after_previous = capitalised(previous) && !PLACE_NAME_STARTS.contains(&previous.to_lowercase().as_str());
    before_next || glued || after_previous || title_abbreviation(text, range) || after_name_word(text, range, mentions)
}

/// Abbreviated titles written before names ("Gen. Abdel Fattah
/// al-Burhan", "Lt. Col. Ruiz"), some of them also GeoNames alternate
/// names of small places.
const TITLE_ABBREVIATIONS: &[&str] = &["gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "brig", "gov", "sen", "rep", "dr", "mr", "mrs", "ms", "prof", "rev", "fr", "msgr"];

/// Is the mention an abbreviated title: one of [`TITLE_ABBREVIATIONS`]
/// with its full stop?
fn title_abbreviation(text: &str, range: &Range<usize>) -> bool {
    let word = text.get(range.clone()).unwrap_or("").to_lowercase();
    TITLE_ABBREVIATIONS.contains(&word.as_str()) && text.get(range.end..).is_some_and(|rest| rest.starts_with(". "))
}

/// A compass word ("Eastern", "northern", "SOUTHERN") directly followed
/// by another place mention: it says which part of that place is meant.
fn compass_before_place(text: &str, m: &PlaceMention, mentions: &[PlaceMention]) -> bool {
    let word = text.get(m.range.clone()).unwrap_or("").to_ascii_lowercase();
    let compass = ["north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest"]
        .iter()
        .any(|d| word == *d || word.strip_suffix("ern").is_some_and(|stem| stem == *d));
    compass
        && mentions.iter().any(|n| {
            n.range.start > m.range.end && text.get(m.range.end..n.range.start).is_some_and(|gap| !gap.is_empty() && gap.chars().all(char::is_whitespace))
        })
}

/// Nouns that begin the name of a natural feature ("Lake Urmia", "Gulf of
/// Tonkin") and are also, alone, GeoNames records (Lake County, Illinois;
/// Gulf Province, Papua New Guinea).
const FEATURE_NOUNS: &[&str] = &["lake", "gulf", "mount", "river", "sea", "bay", "cape", "strait", "straits"];

/// In text with case, a mention that is only such a noun followed by a
/// capitalised word (after "of" or not) begins the name of a feature the
/// gazetteer lacks: it is not the record the noun alone names. Listed
/// features ("Lake Chad") are longer mentions and never come here.
fn starts_unknown_feature(text: &str, m: &PlaceMention) -> bool {
    let word = text.get(m.range.clone()).unwrap_or("");
    if !FEATURE_NOUNS.iter().any(|f| f.eq_ignore_ascii_case(word)) {
        return false;
    }
    let rest = text.get(m.range.end..).unwrap_or("");
    let Some(rest) = rest.strip_prefix(' ') else { return false };
    let rest = rest.strip_prefix("of ").unwrap_or(rest);
    rest.chars().next().is_some_and(char::is_uppercase)
}

/// "the village of Golan", "the town of Sinai": a settlement noun with
/// "of" right before the mention says it names a populated place, not the
/// region of the same name.
fn settlement_before(text: &str, m: &PlaceMention) -> bool {
    let before: Vec<&str> = text[..m.range.start].rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(2).collect();
    before.first().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && before.get(1).is_some_and(|w| ["village", "town", "city", "hamlet", "settlement"].iter().any(|s| w.eq_ignore_ascii_case(s)))
}

fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    // 0 when they overlap
    b.start.saturating_sub(a.end).max(a.start.saturating_sub(b.end))
}

impl KnowledgeBase {
    /// See [`crate::resolve_places`].
    pub fn resolve_places(&self, text: &str, mentions: &[PlaceMention], ctx: &PlaceContext) -> Vec<ResolvedPlace> {
        self.resolve_places_with_actors(text, mentions, &self.actors.find_mentions(text), ctx)
    }

    /// [`KnowledgeBase::resolve_places`] for a caller that already has the
    /// document's actor mentions (from [`KnowledgeBase::find_mentions`]):
    /// matching the actors again costs as much as the resolution itself.
    /// `actors` must be what `self.actors.find_mentions(text)` gives.
    pub fn resolve_places_with_actors(
        &self,
        text: &str,
        mentions: &[PlaceMention],
        actors: &[ActorMention],
        ctx: &PlaceContext,
    ) -> Vec<ResolvedPlace> {
        let mut evidence: Vec<Evidence> = Vec::new();
        // Words that name an actor ("Taliban", "Boko Haram", "Wagner",
        // "Secretary-General") are not places, whatever GeoNames holds;
        // countries and capitals used as metonyms stay places too.
        let actor_spans: Vec<Range<usize>> = actors
            .iter()
            .filter(|a| matches!(a.entry_type, EntryType::Named | EntryType::Agent | EntryType::Compound))
            .map(|a| a.range.clone())
            .collect();
        let in_actor = |m: &PlaceMention| -> bool {
            let own_region = m.candidates.first().is_some_and(|c| c.feature != FeatureClass::Place);
            !own_region && actor_spans.iter().any(|r| r.start < m.range.end && m.range.start < r.end)
        };
        // "Chad" of "Lake Chad", "Guinea" of "Gulf of Guinea": a country
        // inside a region's name is part of that name, not a mention of
        // the country (it would pull "Nigerian troops near Lake Chad" to
        // Chad).
        let inside_region = |r: &Range<usize>| {
            mentions.iter().any(|m| {
                m.candidates.first().is_some_and(|c| c.feature == FeatureClass::Region)
                    && m.range.start <= r.start
                    && r.end <= m.range.end
                    && m.range != *r
            })
        };
        for a in actors.iter().filter(|a| !inside_region(&a.range)) {
            let w = match a.entry_type {
                EntryType::Country | EntryType::Compound => 1.0,
                EntryType::Named => 0.5,
                _ => continue,
            };
            if let Some(c) = &a.country {
                evidence.push(Evidence { pos: a.range.clone(), country: c.clone(), weight: w });
            }
        }
        // Divisions named in the document: (mention range, admin1 code).
        let mut divisions: Vec<(Range<usize>, String)> = Vec::new();
        for m in mentions {
            if let Some(top) = m.candidates.first() {
                if top.feature == FeatureClass::Country && !m.common_word {
                    evidence.push(Evidence { pos: m.range.clone(), country: top.country.clone(), weight: 1.0 });
                }
            }
            for c in &m.candidates {
                if c.feature == FeatureClass::Admin1 {
                    if let Some(code) = &c.admin1_code {
                        divisions.push((m.range.clone(), code.clone()));
                    }
                }
            }
        }
        // The most-mentioned country of the document.
        let mut totals: Vec<(String, f32)> = Vec::new();
        for e in &evidence {
            match totals.iter_mut().find(|(c, _)| *c == e.country) {
                Some(t) => t.1 += e.weight,
                None => totals.push((e.country.clone(), e.weight)),
            }
        }
        let main_country = totals
            .iter()
            .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal))
            .map(|t| t.0.clone());

        // Context that supports a candidate: its country is named in the
        // document (or hinted), or its division is.
        let supported = |m: &PlaceMention, c: &PlaceCandidate| -> bool {
            c.feature == FeatureClass::Country
                || ctx.countries.iter().any(|x| x.eq_ignore_ascii_case(&c.country))
                || totals.iter().any(|(k, _)| *k == c.country)
                || c.admin1_code.as_ref().is_some_and(|code| divisions.iter().any(|(r, d)| d == code && *r != m.range))
        };
        let case = TextCase::detect(text);
        // Capitals by record, computed once per candidate.
        let capitals: Vec<u32> = mentions
            .iter()
            .flat_map(|m| m.candidates.iter())
            .filter(|c| {
                c.feature == FeatureClass::Place
                    && self.gazetteer.country_by_code(&c.country).is_some_and(|k| same_folded_name(&k.capital, &c.name))
            })
            .map(|c| c.record)
            .collect();
        let is_capital = |c: &PlaceCandidate| -> bool { capitals.contains(&c.record) };

        // "Paris, Texas", "Labasa, Fiji", "San Jose (Costa Rica)": the
        // region follows after a comma or in parentheses.
        let right_after = |r: &Range<usize>, m: &PlaceMention| -> bool {
            r.start >= m.range.end && text.get(m.range.end..r.start).is_some_and(|g| matches!(g.trim(), "," | "("))
        };
        // "the Nigerian city of Maiduguri", "Iraq's Mosul": shortly before.
        // Not across a preposition: "the U.S. embassy in Bogota" says
        // nothing about which Bogota.
        let shortly_before = |r: &Range<usize>, m: &PlaceMention| -> bool {
            r.end <= m.range.start
                && m.range.start - r.end <= 50
                && text.get(r.end..m.range.start).is_some_and(|gap| {
                    !gap.split(|c: char| !c.is_alphanumeric())
                        .any(|w| ["in", "at", "near", "to", "from", "and", "said", "with"].iter().any(|p| w.eq_ignore_ascii_case(p)))
                })
        };

        // What the document says for country `country` at mention `m`,
        // in parts (added in this order by `score`, and summed to choose a
        // shared region's country).
        let local_support = |m: &PlaceMention, country: &str| -> f32 {
            let mut local = 0.0f32;
            for e in evidence.iter().filter(|e| e.country == country) {
                if right_after(&e.pos, m) {
                    local = local.max(8.0);
                } else if shortly_before(&e.pos, m) {
                    local = local.max(4.0);
                }
            }
            local
        };
        let hint_support = |country: &str| -> f32 {
            match ctx.countries.iter().position(|x| x.eq_ignore_ascii_case(country)) {
                Some(0) => 3.0,
                Some(_) => 2.0,
                None => 0.0,
            }
        };
        let named = |country: &str| totals.iter().any(|(k, _)| k == country);
        let main = |country: &str| main_country.as_deref() == Some(country);
        // Places named together tend to share a country, the more so
        // the closer they are (less when the country is named outright,
        // which already counted above).
        let other_support = |m: &PlaceMention, country: &str, others: &[(Range<usize>, String)]| -> f32 {
            let mut other = 0.0f32;
            for (r, k) in others {
                if *r != m.range && k == country {
                    other = other.max(match (named(country), distance(r, &m.range) <= NEAR) {
                        (true, _) => 2.0,
                        (false, true) => 4.0,
                        (false, false) => 3.0,
                    });
                }
            }
            other
        };
        // The country of a region: the best supported of its countries,
        // the primary one (listed first) on a tie.
        let region_country = |m: &PlaceMention, c: &PlaceCandidate, others: &[(Range<usize>, String)]| -> String {
            let support = |k: &str| -> f32 {
                local_support(m, k)
                    + hint_support(k)
                    + if named(k) { 2.0 } else { 0.0 }
                    + if main(k) { 1.0 } else { 0.0 }
                    + other_support(m, k, others)
            };
            let mut best = (c.country.as_str(), support(&c.country));
            for k in &c.also_in {
                let s = support(k);
                if s > best.1 {
                    best = (k.as_str(), s);
                }
            }
            best.0.to_string()
        };

        let score = |m: &PlaceMention, c: &PlaceCandidate, others: &[(Range<usize>, String)]| -> f32 {
            let mut s = c.score;
            if matches!(c.feature, FeatureClass::Country | FeatureClass::Region) {
                return s;
            }
            s += local_support(m, &c.country);
            s += hint_support(&c.country);
            if named(&c.country) {
                s += 2.0;
            }
            if main(&c.country) {
                s += 1.0;
            }
            // National capitals are what news most often means.
            if is_capital(c) {
                s += 1.5;
            }
            if let Some(code) = &c.admin1_code {
                if c.feature != FeatureClass::Admin1 {
                    let mut best = 0.0f32;
                    for (r, d) in &divisions {
                        if d == code && *r != m.range {
                            let b = if right_after(r, m) {
                                8.0
                            } else if distance(r, &m.range) <= NEAR {
                                3.0
                            } else {
                                1.5
                            };
                            best = best.max(b);
                        }
                    }
                    s += best;
                }
            }
            s += other_support(m, &c.country, others);
            s
        };

        let pick = |others: &[(Range<usize>, String)]| -> Vec<Option<(usize, f32, f32)>> {
            mentions
                .iter()
                .map(|m| {
                    let mut best: Option<(usize, f32)> = None;
                    let mut second = f32::NEG_INFINITY;
                    let settlement = settlement_before(text, m) && m.candidates.iter().any(|c| c.feature == FeatureClass::Place);
                    for (i, c) in m.candidates.iter().enumerate() {
                        if settlement && c.feature == FeatureClass::Region {
                            continue;
                        }
                        let s = score(m, c, others);
                        match best {
                            Some((_, b)) if s <= b => second = second.max(s),
                            Some((_, b)) => {
                                second = b;
                                best = Some((i, s));
                            }
                            None => best = Some((i, s)),
                        }
                    }
                    best.map(|(i, s)| (i, s, second))
                })
                .collect()
        };
        // Pass 1 without, pass 2 with the other places' countries.
        let first = pick(&[]);
        let others: Vec<(Range<usize>, String)> = first
            .iter()
            .zip(mentions)
            .filter_map(|(p, m)| {
                let (i, _, _) = (*p)?;
                let c = &m.candidates[i];
                // A region shared by several countries says nothing about
                // which of them the places beside it are in.
                (c.feature != FeatureClass::Country && c.also_in.is_empty()).then(|| (m.range.clone(), c.country.clone()))
            })
            .collect();
        let second = pick(&others);

        second
            .into_iter()
            .zip(mentions)
            .filter_map(|(p, m)| {
                let (i, s, runner) = p?;
                let c = &m.candidates[i];
                // "Somali" of "Somali militant group" is a nationality, not
                // the Somali Region of Ethiopia; "Eastern" of "Eastern
                // Ukraine" is a part of the place after it, not Uganda's
                // Eastern Region.
                let word = text.get(m.range.clone()).unwrap_or("");
                if case == TextCase::Mixed && starts_unknown_feature(text, m) {
                    return None;
                }
                if in_actor(m) || c.feature != FeatureClass::Country && (self.actors.is_demonym(word) || compass_before_place(text, m, mentions)) {
                    return None;
                }
                // In ALL-CAPS or lower-case text, where capitals do not mark
                // names, a small place (or one matched only by an alternate
                // name) that nothing in the document supports is most often
                // a surname or a common word ("RODRIGUEZ", "HILL"): drop it.
                // Likewise anything under a million people from a country the
                // document never names, when it names others.
                let small_place = c.feature == FeatureClass::Place && (c.alternate || c.population < 100_000);
                // In text with case, a small place right after a capitalised
                // word that is no place ("Mahmud Abbas", "Hosni Mubarak") is
                // the end of a person's name.
                if case == TextCase::Mixed && small_place && !supported(m, c) && !is_capital(c) && after_name_word(text, &m.range, mentions) {
                    return None;
                }
                // A place matched only by one of its names in other
                // languages, on another continent than every country the
                // document speaks of, is a place of the same name the
                // gazetteer lacks ("near the town of Boni" in a report on
                // Mali is no "Boni", Bonn in Italian). Transliterations of
                // a neighbour's places stay ("Nahariya" in a report on
                // Lebanon). So is a district known there only by another
                // name ("Cameroon's Northwest region" is no "Northwest",
                // a sector of Dubai).
                if case == TextCase::Mixed && matches!(c.feature, FeatureClass::Place | FeatureClass::Admin2) && c.alternate && !supported(m, c) && !is_capital(c) && !totals.is_empty() {
                    let continent = |code: &str| self.gazetteer.country_by_code(code).map(|x| x.continent.as_str());
                    let own = continent(&c.country);
                    if own.is_some() && totals.iter().all(|(k, _)| continent(k) != own) {
                        return None;
                    }
                }
                // Likewise a small place or a district that is the start
                // or the tail of a longer capitalised name ("US Central
                // Command", "Abu Khalil al-Suri").
                let small_or_district = small_place || c.feature == FeatureClass::Admin2;
                if case == TextCase::Mixed && small_or_district && !supported(m, c) && !is_capital(c) && inside_longer_name(text, &m.range, mentions) {
                    return None;
                }
                if case != TextCase::Mixed && c.feature != FeatureClass::Country && !supported(m, c) && !is_capital(c) {
                    let foreign = !totals.is_empty() && c.population < 200_000;
                    if small_place || foreign {
                        return None;
                    }
                }
                // Support by country is not enough there for a small place
                // that no word introduces as a place: in "president jose
                // napoleon duarte" or "colonel waldemar franklin quintero"
                // the match is part of a person's name, whatever the
                // document says about the United States.
                let doubtful = match c.feature {
                    FeatureClass::Place => small_place,
                    FeatureClass::Admin2 => true,
                    FeatureClass::Admin1 => !supported(m, c),
                    _ => false,
                };
                let region_after = evidence.iter().any(|e| right_after(&e.pos, m))
                    || divisions.iter().any(|(r, _)| right_after(r, m));
                if case != TextCase::Mixed && doubtful && !is_capital(c) && !region_after && !introduced_as_place(text, &m.range) {
                    return None;
                }
                let margin = if runner.is_finite() { s - runner } else { 10.0 };
                let (country, country_name, also_in) = if c.also_in.is_empty() {
                    (c.country.clone(), c.country_name.clone(), Vec::new())
                } else {
                    let k = region_country(m, c, &others);
                    let name = self.gazetteer.country_by_code(&k).map(|x| x.name.clone()).unwrap_or_default();
                    let rest = std::iter::once(&c.country).chain(&c.also_in).filter(|x| **x != k).cloned().collect();
                    (k, name, rest)
                };
                Some(ResolvedPlace {
                    range: m.range.clone(),
                    text: m.text.clone(),
                    name: c.name.clone(),
                    country,
                    country_name,
                    admin1: c.admin1.clone(),
                    admin2: c.admin2.clone(),
                    lat: c.lat,
                    lon: c.lon,
                    precision: c.precision,
                    feature: c.feature,
                    geonameid: c.geonameid,
                    population: c.population,
                    confidence: 1.0 / (1.0 + (-margin).exp()),
                    kind: c.kind.clone(),
                    also_in,
                })
            })
            .collect()
    }
}
