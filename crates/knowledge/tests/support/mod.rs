//! Helpers shared by the knowledge-base integration tests.

use sitrep_knowledge::{resolve_places, KnowledgeBase, PlaceContext, ResolvedPlace};

pub fn kb() -> &'static KnowledgeBase {
    KnowledgeBase::embedded()
}

/// The places of `text`, resolved without document context.
pub fn resolve(text: &str) -> Vec<ResolvedPlace> {
    let m = kb().gazetteer.find_mentions(text);
    resolve_places(text, &m, &PlaceContext::default())
}

/// The resolved place written as `surface`; fails, listing them all, when absent.
pub fn place<'a>(r: &'a [ResolvedPlace], surface: &str) -> &'a ResolvedPlace {
    r.iter().find(|p| p.text == surface).unwrap_or_else(|| panic!("{surface:?} not found in {r:#?}"))
}
