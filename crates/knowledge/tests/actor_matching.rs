//! Actor aliases in text: the longest alias wins,
//! a partial alias matches nothing, and a hard break inside the longest
//! alias falls back to the longest one before it.

use sitrep_knowledge::KnowledgeBase;

/// (matched text, entry id) of each actor mention of `text`.
fn actors(text: &str) -> Vec<(String, String)> {
    KnowledgeBase::embedded().actors.find_mentions(text).into_iter().map(|m| (m.text, m.id)).collect()
}

#[test]
fn the_longest_alias_from_a_word_wins() {
    let found = actors("Fighters of Islamic State West Africa Province overran a base near Monguno.");
    assert!(found.contains(&("Islamic State West Africa Province".into(), "grp.iswap".into())), "{found:?}");
    let found = actors("Islamic State Sahel militants torched a village north of Menaka.");
    assert!(found.contains(&("Islamic State Sahel".into(), "grp.isgs".into())), "{found:?}");
    // "Islamic State" alone, where the words after it start no longer alias.
    let found = actors("Islamic State claimed the bombing of a checkpoint.");
    assert!(found.contains(&("Islamic State".into(), "grp.is".into())), "{found:?}");
}

#[test]
fn partial_aliases_match_nothing_and_breaks_cut_aliases() {
    // "Islamic" alone starts aliases but completes none.
    let found = actors("An Islamic charity delivered food to the camp.");
    assert!(found.iter().all(|(_, id)| !id.starts_with("grp.is")), "{found:?}");
    // A comma inside the longest alias: the alias before it is taken.
    let found = actors("Islamic State, West Africa Province officials said, was behind it.");
    assert!(found.contains(&("Islamic State".into(), "grp.is".into())), "{found:?}");
    assert!(found.iter().all(|(_, id)| id != "grp.iswap"), "{found:?}");
}
