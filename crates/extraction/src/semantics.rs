//! What a common noun can denote, from WordNet: used to keep abstract,
//! temporal and eventive nouns out of participant slots ("killed minutes
//! later", "the incident", "the release") and to tell people from things
//! when the hand-written noun classes (`nouns.tsv`) say nothing.
//!
//! Data: `data/noun_senses.tsv`, built from WordNet 3.0 by
//! `tools/build-noun-senses.py` (format in that file's header): one line per
//! single-word common noun with the classes of its senses, most frequent
//! first. Only the first few senses are consulted: rare senses ("release" as
//! a film) would otherwise let almost any noun through.

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use sitrep_schema::Role;

const NOUN_SENSES_TSV: &str = include_str!("../data/noun_senses.tsv");

/// How many of a noun's senses, most frequent first, count.
const SENSES_CONSULTED: usize = 3;

/// A coarse class of one noun sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SenseClass {
    Person,
    Group,
    /// WordNet's top-level synsets (entity, organism, group as such): too
    /// general to say more than "could be someone".
    Entity,
    Structure,
    Vehicle,
    Weapon,
    Artifact,
    Location,
    Object,
    Animal,
    /// Matter as such: chemicals, fuels, explosives' ingredients.
    Substance,
    /// Living or once-living matter: food, plants and crops, body parts.
    /// Kept apart from `Substance` because crops burned in an attack are
    /// what it hit, and a chemical seized is not.
    Organic,
    /// A particular kind of thing that cannot take part in an event as a
    /// participant: acts, events, times, attributes, quantities, ideas.
    Abstract,
}

impl SenseClass {
    fn parse(name: &str) -> SenseClass {
        match name {
            "person" => SenseClass::Person,
            "group" => SenseClass::Group,
            "structure" => SenseClass::Structure,
            "vehicle" => SenseClass::Vehicle,
            "weapon" => SenseClass::Weapon,
            "artifact" => SenseClass::Artifact,
            "location" => SenseClass::Location,
            "object" => SenseClass::Object,
            "animal" => SenseClass::Animal,
            "substance" => SenseClass::Substance,
            "food" | "plant" | "body" => SenseClass::Organic,
            "tops" => SenseClass::Entity,
            _ => SenseClass::Abstract,
        }
    }

    pub fn is_concrete(self) -> bool {
        self != SenseClass::Abstract
    }

    /// Can a noun of this sense commit violence or speak?
    pub fn is_agentive(self) -> bool {
        matches!(self, SenseClass::Person | SenseClass::Group | SenseClass::Entity)
    }
}

struct NounSenses {
    by_lemma: HashMap<&'static str, Consulted>,
}

/// The consulted senses of one noun, held inline: the table has 50,000
/// nouns, and a `Vec` each was 50,000 allocations at every start.
struct Consulted {
    n: u8,
    classes: [SenseClass; SENSES_CONSULTED],
}

impl Consulted {
    /// The first [`SENSES_CONSULTED`] classes of a comma-separated list.
    fn parse(list: &str) -> Consulted {
        let mut c = Consulted { n: 0, classes: [SenseClass::Abstract; SENSES_CONSULTED] };
        for (slot, name) in c.classes.iter_mut().zip(list.split(',')) {
            *slot = SenseClass::parse(name);
            c.n += 1;
        }
        c
    }

    fn as_slice(&self) -> &[SenseClass] {
        &self.classes[..self.n as usize]
    }
}

fn table() -> &'static NounSenses {
    static CELL: OnceLock<NounSenses> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut by_lemma = HashMap::with_capacity(50_000);
        for line in NOUN_SENSES_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((lemma, classes)) = line.split_once('\t') else {
                // Compiled-in data, checked by a unit test below.
                panic!("noun_senses.tsv: line without a tab: {line:?}");
            };
            by_lemma.insert(lemma, Consulted::parse(classes));
        }
        NounSenses { by_lemma }
    })
}

/// The classes of a common noun's most frequent senses, or None when
/// WordNet does not know the lemma (names, rare words, spelling variants).
pub fn senses(lemma: &str) -> Option<&'static [SenseClass]> {
    table().by_lemma.get(lemma).map(|v| v.as_slice())
}

/// Can a common noun with this lemma fill `role`? Unknown lemmas can: the
/// table is a filter for what is known to be wrong, not a whitelist.
pub fn can_fill(lemma: &str, role: Role) -> bool {
    let Some(classes) = senses(lemma) else { return true };
    match role {
        Role::Perpetrator | Role::Claimant | Role::Accuser | Role::Accused | Role::Denier | Role::Speaker => {
            classes.iter().any(|c| c.is_agentive())
        }
        Role::Victim => classes.iter().any(|c| matches!(c, SenseClass::Person | SenseClass::Group | SenseClass::Animal)),
        // A thing hit: something physical, or a group or person by the
        // word's main sense ("the population"); a group only by a rare
        // sense is an idea ("attacked democracy").
        _ => classes.iter().enumerate().any(|(i, c)| c.is_concrete() && (!matches!(c, SenseClass::Group | SenseClass::Person) || i == 0)),
    }
}

/// Is this word, by its most frequent sense, a description of a person or
/// an institution ("senator", "director", "department", "state") rather
/// than part of a name? In lower-case text the tagger calls titles proper
/// nouns; this tells them from the names around them. Names known to
/// WordNet only as particular people or places are not in the table.
pub fn is_descriptor(lower: &str) -> bool {
    // Abbreviated titles WordNet does not list ("Msgr. Romero", "Col. Ponce").
    if sitrep_text::tokens::TITLE_ABBREVIATIONS.contains(&lower.trim_end_matches('.')) {
        return true;
    }
    senses(lower)
        .and_then(|c| c.first())
        .is_some_and(|c| matches!(c, SenseClass::Person | SenseClass::Group | SenseClass::Location | SenseClass::Structure))
}

const GIVEN_NAMES_TXT: &str = include_str!("../data/given_names.txt");

/// Is this lower-case word a given name that is also a common word
/// (`data/given_names.txt`)? WordNet has "victor" and "franklin" as words
/// for people, which would make them titles before a surname.
pub fn is_given_name(lower: &str) -> bool {
    static CELL: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| GIVEN_NAMES_TXT.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()).contains(lower)
}

/// Does the most frequent sense of this noun denote people?
pub fn first_sense_is_person(lemma: &str) -> bool {
    senses(lemma).and_then(|c| c.first()).is_some_and(|c| *c == SenseClass::Person)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_with_the_common_nouns() {
        assert!(table().by_lemma.len() > 40_000);
        assert_eq!(senses("truck").and_then(|c| c.first()).copied(), Some(SenseClass::Vehicle));
        assert_eq!(senses("embassy").and_then(|c| c.first()).copied(), Some(SenseClass::Structure));
        assert_eq!(senses("dynamite").and_then(|c| c.first()).copied(), Some(SenseClass::Weapon));
    }

    #[test]
    fn abstract_and_temporal_nouns_fill_no_participant_role() {
        for lemma in ["minute", "incident", "impact", "violence"] {
            assert!(!can_fill(lemma, Role::Perpetrator), "{lemma} as perpetrator");
            assert!(!can_fill(lemma, Role::Target), "{lemma} as target");
        }
        // Ideas that are a group only by a rare sense are hit only in a
        // figure of speech; a group by the main sense can be hit.
        for lemma in ["democracy", "freedom"] {
            assert!(!can_fill(lemma, Role::Target), "{lemma} as target");
        }
        for lemma in ["population", "headquarters", "document"] {
            assert!(can_fill(lemma, Role::Target), "{lemma} as target");
        }
    }

    #[test]
    fn people_and_groups_can_act_things_cannot() {
        for lemma in ["sniper", "army", "police", "attacker"] {
            assert!(can_fill(lemma, Role::Perpetrator), "{lemma}");
        }
        for lemma in ["truck", "shelf", "pipeline"] {
            assert!(!can_fill(lemma, Role::Perpetrator), "{lemma}");
            assert!(can_fill(lemma, Role::Target), "{lemma}");
        }
        assert!(can_fill("xyzzyville", Role::Perpetrator), "unknown words are not filtered");
    }
}
