//! sitrep's knowledge base: an embedded GeoNames gazetteer and an actor
//! registry, with no external service.
//!
//! Why embedded: geocoders built on an Elasticsearch GeoNames index and
//! event coders with unmaintained dictionaries cost users their first day.
//! Here both tables are files in this crate (`data/`), rebuilt by the
//! project's own tools (`tools/build-gazetteer.sh`), compiled into the binary
//! and opened in milliseconds.
//!
//! Entry points: [`KnowledgeBase::embedded`], [`Gazetteer::lookup`],
//! [`Gazetteer::find_mentions`], [`resolve_places`],
//! [`ActorRegistry::lookup`], [`ActorRegistry::find_mentions`].
//! All spans are byte ranges into the input `&str`.

pub mod actors;
pub mod countries;
pub mod fold;
pub mod gazetteer;
pub mod regions;
pub mod resolve;

use std::sync::OnceLock;

pub use actors::{ActorEntry, ActorMention, ActorRegistry, EntryType};
pub use gazetteer::{Country, FeatureClass, Gazetteer, PlaceCandidate, PlaceMention};
pub use resolve::{PlaceContext, ResolvedPlace};

/// The compiled gazetteer file as committed (format: [`gazetteer::format`]).
pub static GAZETTEER_BIN: &[u8] = include_bytes!("../data/gazetteer.bin");
/// Its payload, decompressed at compile time by `build.rs`, so that loading
/// costs no decompression.
pub static GAZETTEER_PAYLOAD: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer.txt"));
/// The payload's lookup index, computed at compile time by `build.rs`.
pub(crate) static GAZETTEER_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.idx"));
/// Country demonyms and everyday names (format: [`countries`]).
pub static COUNTRIES_TSV: &str = include_str!("../data/countries.tsv");
/// Named actors (format: [`actors`]).
pub static ACTORS_TSV: &str = include_str!("../data/actors.tsv");
/// Generic agent nouns (format: [`actors`]).
pub static AGENTS_TSV: &str = include_str!("../data/agents.tsv");
/// The hand-kept regions (format: [`regions`]). The gazetteer serves them
/// from its `#R` section; this copy is for the tests that check the two
/// agree and for tools.
pub static REGIONS_TSV: &str = include_str!("../data/regions.tsv");

/// The gazetteer and the actor registry together.
pub struct KnowledgeBase {
    pub gazetteer: Gazetteer,
    pub actors: ActorRegistry,
}

static EMBEDDED: OnceLock<Result<KnowledgeBase, String>> = OnceLock::new();

impl KnowledgeBase {
    /// Builds a knowledge base from the four data files' contents.
    pub fn from_parts(gazetteer_bin: &[u8], countries_tsv: &str, actors_tsv: &str, agents_tsv: &str) -> Result<KnowledgeBase, String> {
        let gazetteer = Gazetteer::from_bytes(gazetteer_bin).map_err(|e| e.to_string())?;
        KnowledgeBase::with_gazetteer(gazetteer, countries_tsv, actors_tsv, agents_tsv)
    }

    /// Builds a knowledge base around an opened gazetteer.
    pub fn with_gazetteer(gazetteer: Gazetteer, countries_tsv: &str, actors_tsv: &str, agents_tsv: &str) -> Result<KnowledgeBase, String> {
        let countries = countries::CountryTable::parse(countries_tsv)?;
        let actors = ActorRegistry::build(actors_tsv, agents_tsv, &countries, &gazetteer).map_err(|e| e.to_string())?;
        Ok(KnowledgeBase { gazetteer, actors })
    }

    /// Loads a fresh copy of the embedded knowledge base (what
    /// [`KnowledgeBase::embedded`] does once).
    pub fn load_embedded() -> Result<KnowledgeBase, String> {
        let gazetteer =
            Gazetteer::from_payload_and_index(std::borrow::Cow::Borrowed(GAZETTEER_PAYLOAD), GAZETTEER_INDEX).map_err(|e| e.to_string())?;
        KnowledgeBase::with_gazetteer(gazetteer, COUNTRIES_TSV, ACTORS_TSV, AGENTS_TSV)
    }

    /// The knowledge base compiled into the binary, loaded on first use.
    pub fn try_embedded() -> Result<&'static KnowledgeBase, String> {
        EMBEDDED
            .get_or_init(KnowledgeBase::load_embedded)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The knowledge base compiled into the binary, loaded on first use.
    ///
    /// # Panics
    /// If the embedded data files are malformed, which the crate's tests
    /// rule out for every build; use [`KnowledgeBase::try_embedded`] to
    /// handle it instead.
    pub fn embedded() -> &'static KnowledgeBase {
        match KnowledgeBase::try_embedded() {
            Ok(kb) => kb,
            Err(e) => panic!("embedded knowledge base is invalid: {e}"),
        }
    }
}

impl KnowledgeBase {
    /// Finds and resolves the places of a document in one call:
    /// [`Gazetteer::find_mentions`] then [`KnowledgeBase::resolve_places`].
    pub fn places(&self, text: &str, ctx: &PlaceContext) -> Vec<ResolvedPlace> {
        let mentions = self.gazetteer.find_mentions(text);
        self.resolve_places(text, &mentions, ctx)
    }

    /// The actor mentions and the place mentions of a document, as
    /// [`ActorRegistry::find_mentions`] and [`Gazetteer::find_mentions`]
    /// give them, with the document tokenised and folded once for both.
    pub fn find_mentions(&self, text: &str) -> (Vec<ActorMention>, Vec<PlaceMention>) {
        let toks = fold::Tokens::new(text);
        let actors = self.actors.find_mentions_in(text, &toks);
        let mut places = self.gazetteer.find_mentions_in(text, &toks);
        self.add_capitals(text, &actors, &mut places);
        (actors, places)
    }

    /// "the Somali capital", "Somalia's capital", "the capital of Somalia":
    /// a country's capital named through the country is a place mention of
    /// that city (replacing the country's own mention inside it).
    fn add_capitals(&self, text: &str, actors: &[ActorMention], places: &mut Vec<PlaceMention>) {
        for a in actors.iter().filter(|a| a.entry_type == EntryType::Country) {
            let Some(country) = a.country.as_deref().and_then(|c| self.gazetteer.country_by_code(c)) else { continue };
            let Some(range) = capital_phrase(text, &a.range) else { continue };
            let candidates: Vec<PlaceCandidate> = self.gazetteer.lookup(&country.capital).into_iter().filter(|c| c.country == country.iso2).take(1).collect();
            if candidates.is_empty() {
                continue;
            }
            places.retain(|p| p.range.end <= range.start || p.range.start >= range.end);
            places.push(PlaceMention { text: text[range.clone()].to_string(), range, common_word: false, candidates });
        }
        places.sort_by_key(|p| p.range.start);
    }
}

/// The byte range of "X capital", "X's capital" or "capital of X" around
/// the country mention at `country`, if the text says so.
fn capital_phrase(text: &str, country: &std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let is_capital = |w: &str| w.eq_ignore_ascii_case("capital");
    let after = &text[country.end..];
    let rest = after.strip_prefix("'s").or_else(|| after.strip_prefix("\u{2019}s")).unwrap_or(after);
    let skipped = after.len() - rest.len();
    let gap = rest.len() - rest.trim_start().len();
    if gap > 0 && gap <= 2 {
        let word: String = rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
        if is_capital(&word) {
            return Some(country.start..country.end + skipped + gap + word.len());
        }
    }
    let before = text[..country.start].trim_end_matches(|c: char| c.is_whitespace());
    let before = before.strip_suffix("of").or_else(|| before.strip_suffix("OF"))?.trim_end();
    let start = before.len().checked_sub("capital".len())?;
    (before.is_char_boundary(start) && is_capital(&before[start..]) && before[..start].chars().last().is_none_or(|c| !c.is_alphanumeric())).then_some(start..country.end)
}

/// Resolves each place mention of a document to one gazetteer record using
/// the document's context (see [`resolve`]); a pure function of its inputs
/// and the embedded knowledge base. Mentions without candidates, and
/// unsupported small places in ALL-CAPS/lower-case text, are dropped (see
/// [`resolve`]); each result carries its mention's byte range.
pub fn resolve_places(text: &str, mentions: &[PlaceMention], ctx: &PlaceContext) -> Vec<ResolvedPlace> {
    KnowledgeBase::embedded().resolve_places(text, mentions, ctx)
}
