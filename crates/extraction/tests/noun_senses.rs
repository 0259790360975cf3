//! The noun-sense table keeps, for each noun, its first three senses (most
//! frequent first), however many the data file lists: held inline since
//! session 11, with the same answers.

use sitrep_extraction::semantics::{senses, SenseClass};

#[test]
fn one_two_and_many_senses_are_kept_up_to_three_in_order() {
    use SenseClass::*;
    assert_eq!(senses("sniper"), Some(&[Person][..]));
    assert_eq!(senses("convoy"), Some(&[Group, Abstract][..]));
    assert_eq!(senses("battery"), Some(&[Group, Artifact, Structure][..]));
    // Eight senses listed; the rarer ones (a round as food) do not count.
    assert_eq!(senses("round"), Some(&[Weapon, Abstract, Location][..]));
    assert_eq!(senses("shell"), Some(&[Weapon, Substance, Animal][..]));
    // Crops, food and body parts are organic matter, not substances.
    assert_eq!(senses("harvest").and_then(|c| c.first()), Some(&Organic));
    assert_eq!(senses("acetone"), Some(&[Substance][..]));
}

#[test]
fn unknown_words_have_no_senses() {
    assert_eq!(senses("kalashnikovs"), None);
    assert_eq!(senses("al-shabaab"), None);
}
