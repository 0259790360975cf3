//! Word clusters learned from unlabelled text, as parser features (Koo,
//! Carreras & Collins 2008): a word the treebank saw rarely or never shares
//! its cluster, and the coarser prefixes of the cluster's bit string, with
//! words it saw often.
//!
//! The table is `data/word-clusters.tsv`, written by
//! `tools/word-clusters.py` (its doc string gives the text it learns from
//! and how to rerun it) and compiled in. Format: lines starting with `#`
//! are comments (so the few words that start with `#`, hashtags the
//! tool writes, are not read); every other line is `word<TAB>bitstring`, the word
//! lower-cased with digits folded to `0` (as the tagger's `WordInfo::w`
//! hashes it), the bit string the word's path in the cluster hierarchy
//! (a prefix is a coarser cluster).
//!
//! The table is derived from UD English EWT train (CC BY-SA 4.0, see the
//! attribution in docs/analysis.md), the MUC-4 training texts and WordNet
//! 3.0 (Princeton University, WordNet 3.0 licence); it is shipped like the
//! models derived from EWT.
//!
//! A parser model that uses clusters records [`fingerprint`] of the table
//! it was trained with, so that a model never reads another table's codes.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::hash::hash_str;
use crate::tagger::WordInfo;

const WORD_CLUSTERS: &str = include_str!("../data/word-clusters.tsv");

/// Bit-string prefix lengths read as coarser clusters (Koo et al.: 4 and 6).
const PREFIXES: [usize; 2] = [4, 6];

/// The cluster codes of a word: its 4-bit prefix, 6-bit prefix and full bit
/// string, as distinct feature values.
pub(crate) type Codes = [u64; 3];

/// Code of a word the table does not hold (at every granularity).
const UNKNOWN: u64 = 1 << 62;

/// Cluster codes by word hash (`WordInfo::w`).
pub(crate) struct Clusters {
    codes: HashMap<u64, Codes>,
}

impl Clusters {
    /// The codes of the word with hash `w`. Words outside the table share
    /// one unknown code, except the parser's padding words (`<NONE>`,
    /// `<ROOT>`), which keep their own hash so they stay distinct.
    pub(crate) fn of(&self, w: u64) -> Codes {
        match self.codes.get(&w) {
            Some(c) => *c,
            None if w == hash_str("<NONE>") || w == hash_str("<ROOT>") => [w; 3],
            None => [UNKNOWN; 3],
        }
    }
}

/// The compiled-in table, read on first use (only by models with clusters).
pub(crate) fn clusters() -> &'static Clusters {
    static TABLE: OnceLock<Clusters> = OnceLock::new();
    TABLE.get_or_init(|| parse(WORD_CLUSTERS))
}

/// A hash of the compiled-in table, stored in models trained with it.
pub(crate) fn fingerprint() -> u64 {
    hash_str(WORD_CLUSTERS)
}

/// Reads the table format (module docs); malformed lines are skipped, as
/// the file is the project's own build output, checked by a test.
fn parse(text: &str) -> Clusters {
    let mut codes = HashMap::new();
    let mut buf = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some((word, bits)) = line.split_once('\t') else {
            continue;
        };
        if let Some(c) = codes_of_bits(bits) {
            codes.insert(WordInfo::of(word, &mut buf).w, c);
        }
    }
    Clusters { codes }
}

/// The codes of a bit string: each prefix as (length, value) packed in one
/// number, so prefixes of different lengths never share a code.
fn codes_of_bits(bits: &str) -> Option<Codes> {
    if bits.is_empty() || bits.len() > 32 || !bits.bytes().all(|b| b == b'0' || b == b'1') {
        return None;
    }
    let code = |len: usize| {
        let len = len.min(bits.len());
        let value = u64::from_str_radix(&bits[..len], 2).unwrap_or(0);
        ((len as u64) << 40) | value
    };
    Some([code(PREFIXES[0]), code(PREFIXES[1]), code(bits.len())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_table_is_well_formed() {
        let mut words = 0;
        for line in WORD_CLUSTERS.lines().filter(|l| !l.starts_with('#')) {
            let (word, bits) = line.split_once('\t').expect("word<TAB>bits");
            assert!(!word.is_empty() && codes_of_bits(bits).is_some(), "{line}");
            words += 1;
        }
        assert_eq!(clusters().codes.len(), words, "one code per word");
    }

    #[test]
    fn prefixes_are_coarser_clusters() {
        let a = codes_of_bits("1011001110").unwrap();
        let b = codes_of_bits("1011000001").unwrap();
        assert_eq!(a[0], b[0], "same 4-bit prefix");
        assert_eq!(a[1], b[1], "same 6-bit prefix");
        assert_ne!(a[2], b[2], "different clusters");
        assert_ne!(codes_of_bits("1011").unwrap()[2], codes_of_bits("101100").unwrap()[2]);
    }

    #[test]
    fn words_are_looked_up_as_the_parser_hashes_them() {
        let table = parse("# comment\nmortar\t0110\nrocket\t0111\n");
        let mut buf = Vec::new();
        let upper = WordInfo::of("MORTAR", &mut buf).w;
        assert_eq!(table.of(upper), codes_of_bits("0110").unwrap());
        assert_eq!(table.of(WordInfo::of("unseen", &mut buf).w), [UNKNOWN; 3]);
    }
}
