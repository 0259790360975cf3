//! sitrep-analysis: part-of-speech tagging, lemmatisation and dependency
//! parsing of English, in pure Rust, fast enough to run on every sentence of
//! a news stream (see `benches/analyze.rs`).
//!
//! Who did what to whom is a question about syntax, so the extraction stage
//! reads [`ParsedSentence`]s: UD part-of-speech tags, Penn tags, lemmas and
//! UD dependency relations. Models are averaged perceptrons trained on the
//! UD English Web Treebank (CC BY-SA 4.0) by `sitrep train`, stored in
//! `models/` and compiled into the binary, so nothing is read at run time.
//!
//! ```no_run
//! let a = sitrep_analysis::Analyzer::embedded();
//! let s = a.analyze(&["Gunmen", "killed", "three", "soldiers", "."]);
//! assert_eq!(s.words[0].deprel, "nsubj");
//! ```

pub mod beam;
mod binio;
mod clusters;
pub mod conllu;
pub mod ensemble;
pub mod eval;
mod hash;
pub mod lemma;
pub mod parser;
pub mod perceptron;
pub mod tagger;
pub mod tokenize;
pub mod train;

use std::fmt;
use std::sync::OnceLock;

pub use parser::Parser;
pub use tagger::Tagger;

/// Bytes at a 64-byte boundary: the model files align their tables to 64
/// bytes from their start, so a compiled-in model wrapped in this can have
/// its tables used where they lie (see `perceptron`'s module docs).
#[repr(C, align(64))]
struct Aligned<B: ?Sized>(B);

static TAGGER_ALIGNED: &Aligned<[u8]> = &Aligned(*include_bytes!("../models/tagger.bin"));
static PARSER_ALIGNED: &Aligned<[u8]> = &Aligned(*include_bytes!("../models/parser.bin"));

/// Tagger model compiled into the binary (built by `sitrep train tagger`),
/// starting at a 64-byte boundary.
pub static TAGGER_MODEL: &[u8] = &TAGGER_ALIGNED.0;
/// Parser model compiled into the binary (built by `sitrep train parser`),
/// starting at a 64-byte boundary.
pub static PARSER_MODEL: &[u8] = &PARSER_ALIGNED.0;

/// A model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with the expected magic bytes.
    BadMagic { what: &'static str },
    /// The file ends early.
    Truncated { what: &'static str },
    /// The file is internally inconsistent.
    Corrupt { what: &'static str, detail: String },
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::BadMagic { what } => write!(
                f,
                "{what}: not a sitrep model file of this version (rebuild it with `sitrep train`)"
            ),
            ModelError::Truncated { what } => write!(
                f,
                "{what}: file is truncated (rebuild it with `sitrep train`)"
            ),
            ModelError::Corrupt { what, detail } => {
                write!(f, "{what}: {detail} (rebuild it with `sitrep train`)")
            }
        }
    }
}
impl std::error::Error for ModelError {}

/// Universal part-of-speech tag (UD v2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }
    /// Parses a UD tag name; unknown names give `None`.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One analysed word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: Upos,
    /// Penn Treebank tag (EWT's XPOS column), e.g. `VBD`.
    pub xpos: String,
    /// Head word, 1-based like CoNLL-U; 0 = root of the sentence.
    pub head: usize,
    /// UD relation to the head, with subtype when the treebank has one
    /// (`nsubj`, `obl:tmod`, `nmod:poss`, `root`).
    pub deprel: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedSentence {
    pub words: Vec<Word>,
}

/// Tagger + lemmatiser + parser. Immutable after loading, `Send + Sync`.
pub struct Analyzer {
    tagger: Tagger,
    parser: Parser,
    /// More parsers whose trees are combined with the main one's (module
    /// [`ensemble`]); empty by default.
    others: Vec<Parser>,
    ensemble: ensemble::Config,
    upos_of_class: Vec<Upos>,
}

impl Analyzer {
    /// The models compiled into the binary, loaded once on first use.
    ///
    /// # Panics
    /// If the compiled-in model files are invalid, which means the build is
    /// broken (rebuild them with `sitrep train`; see docs/analysis.md).
    pub fn embedded() -> &'static Analyzer {
        static CELL: OnceLock<Analyzer> = OnceLock::new();
        CELL.get_or_init(|| match Analyzer::from_static(TAGGER_MODEL, PARSER_MODEL) {
            Ok(a) => a,
            Err(e) => panic!("sitrep-analysis: compiled-in model is unusable: {e}"),
        })
    }

    /// Loads models from their file contents (their tables are copied).
    pub fn from_bytes(tagger: &[u8], parser: &[u8]) -> Result<Analyzer, ModelError> {
        Ok(Analyzer::new(
            Tagger::from_bytes(tagger)?,
            Parser::from_bytes(parser)?,
        ))
    }

    /// Loads models whose bytes live for the whole program, such as
    /// [`TAGGER_MODEL`] and [`PARSER_MODEL`]: their tables are used where
    /// they lie, without a copy, when the files are in the current format
    /// and start at a 64-byte boundary (else they are copied).
    pub fn from_static(
        tagger: &'static [u8],
        parser: &'static [u8],
    ) -> Result<Analyzer, ModelError> {
        Ok(Analyzer::new(
            Tagger::from_static(tagger)?,
            Parser::from_static(parser)?,
        ))
    }

    pub fn new(tagger: Tagger, parser: Parser) -> Analyzer {
        let upos_of_class = tagger
            .upos_names()
            .iter()
            .map(|n| Upos::parse(n).unwrap_or(Upos::X))
            .collect();
        Analyzer {
            tagger,
            parser,
            others: Vec::new(),
            ensemble: ensemble::Config::default(),
            upos_of_class,
        }
    }

    /// The same analyser parsing with an ensemble: the main parser and
    /// `others` (such as a right-to-left model) each parse, and their trees
    /// are combined (module [`ensemble`]). Refused when a parser's labels
    /// differ from the main one's (a model trained on other data).
    pub fn with_ensemble(
        mut self,
        others: Vec<Parser>,
        cfg: ensemble::Config,
    ) -> Result<Analyzer, ModelError> {
        if others.iter().any(|p| p.label_names() != self.parser.label_names()) {
            return Err(ModelError::Corrupt {
                what: "parser model",
                detail: "ensemble parsers have different relation labels".into(),
            });
        }
        self.others = others;
        self.ensemble = cfg;
        Ok(self)
    }

    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }
    pub fn parser(&self) -> &Parser {
        &self.parser
    }

    /// Tag, lemmatise and parse one sentence given its word forms.
    pub fn analyze(&self, words: &[&str]) -> ParsedSentence {
        self.analyze_with_names(words, &[])
    }

    /// The same, with the words known to be proper names (`names[i]`; a
    /// shorter slice leaves the rest to the tagger) tagged PROPN/NNP before
    /// parsing. The caller knows names the tagger cannot: a registry of
    /// armed groups knows "Al-Shabaab", which the tagger, trained on
    /// treebank text that splits hyphens, takes for an adverb.
    pub fn analyze_with_names(&self, words: &[&str], names: &[bool]) -> ParsedSentence {
        self.analyze_with_hints(words, names, &[])
    }

    /// The same, with the words known to be content words (`content[i]`:
    /// a noun, verb or adjective, such as the event words of a caller's
    /// lexicon) tagged as one of those three, whichever the tagger scores
    /// highest. The treebank the tagger learnt from lacks much of the
    /// vocabulary of conflict news ("ambush" is not in it), and an unknown
    /// word tagged as a preposition breaks the whole parse.
    pub fn analyze_with_hints(&self, words: &[&str], names: &[bool], content: &[bool]) -> ParsedSentence {
        let a = self.analysis_with_hints(words, names, content);
        let words = words
            .iter()
            .enumerate()
            .map(|(i, form)| Word {
                form: (*form).to_string(),
                lemma: a.lemma(i, form),
                upos: a.upos(i),
                xpos: a.xpos(i).to_string(),
                head: a.head(i),
                deprel: a.deprel(i).to_string(),
            })
            .collect();
        ParsedSentence { words }
    }

    /// What [`Analyzer::analyze_with_hints`] computes, before it is copied
    /// into one [`Word`] of owned strings per word: a caller that needs
    /// only some of the fields (extraction drops the form and the Penn tag)
    /// reads them from here and saves those allocations.
    pub fn analysis_with_hints(&self, words: &[&str], names: &[bool], content: &[bool]) -> Analysis<'_> {
        let classes: Vec<WordClass> = content.iter().map(|&c| if c { WordClass::Content } else { WordClass::Any }).collect();
        self.analysis_with_classes(words, names, &classes)
    }

    /// [`Analyzer::analysis_with_hints`] with a [`WordClass`] per word
    /// (missing ones count as [`WordClass::Any`]).
    pub fn analysis_with_classes(&self, words: &[&str], names: &[bool], classes: &[WordClass]) -> Analysis<'_> {
        let mut tags = tagger::Tags::default();
        let mut scratch = tagger::Scratch::default();
        if classes.iter().any(|&c| c != WordClass::Any) {
            let content = self.tagger.upos_mask(&["NOUN", "VERB", "ADJ"]);
            let noun = self.tagger.upos_mask(&["NOUN"]);
            let verb = self.tagger.upos_mask(&["VERB"]);
            let allowed: Vec<u32> = classes
                .iter()
                .map(|c| match c {
                    WordClass::Any => 0,
                    WordClass::Content => content,
                    WordClass::Noun => noun,
                    WordClass::Verb => verb,
                })
                .collect();
            self.tagger.tag_allowed(words, &allowed, &mut tags, &mut scratch);
        } else {
            self.tagger.tag_with(words, &mut tags, &mut scratch);
        }
        if names.iter().any(|&n| n) {
            let propn = self.tagger.upos_names().iter().position(|n| n == "PROPN");
            let nnp = self.tagger.xpos_names().iter().position(|n| n == "NNP");
            if let (Some(propn), Some(nnp)) = (propn, nnp) {
                let len = tags.upos.len();
                for i in (0..names.len().min(len)).filter(|&i| names[i]) {
                    tags.upos[i] = propn;
                    tags.xpos[i] = nnp;
                }
            }
        }
        let parse = self.parse_hashed(&scratch.word_hashes(), &tags);
        Analysis { analyzer: self, tags, parse }
    }

    /// Parses a sentence whose tags (class indices into the tagger's
    /// names) are already known.
    pub fn parse_tagged(&self, words: &[&str], tags: &tagger::Tags) -> parser::Parse {
        let mut buf = Vec::new();
        let w: Vec<u64> = words
            .iter()
            .map(|f| tagger::WordInfo::of(f, &mut buf).w)
            .collect();
        self.parse_hashed(&w, tags)
    }

    /// Parses from word hashes and tags: the tags become the parser's tag
    /// features here, for both entry points.
    fn parse_hashed(&self, word_hashes: &[u64], tags: &tagger::Tags) -> parser::Parse {
        let t: Vec<u64> = tags.xpos.iter().map(|&x| self.tagger.xpos_hash(x)).collect();
        let u: Vec<u64> = tags.upos.iter().map(|&x| self.tagger.upos_hash(x)).collect();
        let inp = parser::Input { w: word_hashes, t: &t, u: &u };
        if self.others.is_empty() {
            return self.parser.parse(&inp);
        }
        let all: Vec<&Parser> = std::iter::once(&self.parser).chain(&self.others).collect();
        ensemble::parse(&all, &inp, &self.ensemble)
    }
}

/// What a caller knows of a word's part of speech before tagging: the
/// tagger, trained on web text, misreads words it never saw, above all a
/// capitalised one at the start of a sentence ("Gunmen linked to ...").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WordClass {
    /// Nothing known: the tagger decides.
    #[default]
    Any,
    /// A noun, verb or adjective, whichever the tagger scores best (an
    /// event word such as "ambush", which EWT lacks).
    Content,
    /// A common noun ("gunmen", "militants").
    Noun,
    /// A verb ("shot" of "gunmen shot dead a judge", which the tagger
    /// reads as the noun of "gun shot").
    Verb,
}

/// One analysed sentence as class indices (tags, heads, labels), read
/// word by word through the analyser's names; [`Word`] is the owned copy.
pub struct Analysis<'a> {
    analyzer: &'a Analyzer,
    tags: tagger::Tags,
    parse: parser::Parse,
}

impl<'a> Analysis<'a> {
    /// Universal tag of word `i`.
    pub fn upos(&self, i: usize) -> Upos {
        self.analyzer.upos_of_class[self.tags.upos[i]]
    }
    /// Penn tag of word `i`.
    pub fn xpos(&self, i: usize) -> &'a str {
        &self.analyzer.tagger.xpos_names()[self.tags.xpos[i]]
    }
    /// Head of word `i`, 1-based; 0 = root.
    pub fn head(&self, i: usize) -> usize {
        self.parse.heads[i]
    }
    /// Relation of word `i` to its head ("" for a label the model lacks).
    pub fn deprel(&self, i: usize) -> &'a str {
        self.analyzer.parser.label_names().get(self.parse.labels[i]).map_or("", String::as_str)
    }
    /// Lemma of word `i`, whose form is `form`.
    pub fn lemma(&self, i: usize, form: &str) -> String {
        let t = &self.analyzer.tagger;
        t.lemmatizer.lemma(form, &t.upos_names()[self.tags.upos[i]], &t.xpos_names()[self.tags.xpos[i]])
    }
}

impl Analyzer {
    /// Re-tags, lemmatises and re-parses the words of a CoNLL-U sentence in
    /// place (FEATS and DEPS, which we do not predict, become `_`; MISC is
    /// kept).
    pub fn annotate(&self, s: &mut conllu::Sentence) {
        let forms: Vec<&str> = s.words.iter().map(|t| t.form.as_str()).collect();
        let parsed = self.analyze(&forms);
        for (t, w) in s.words.iter_mut().zip(parsed.words) {
            t.lemma = w.lemma;
            t.upos = w.upos.as_str().to_string();
            t.xpos = w.xpos;
            t.feats = "_".into();
            t.head = Some(w.head);
            t.deprel = w.deprel;
            t.deps = "_".into();
        }
    }
}
