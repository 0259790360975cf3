//! `Analyzer::analysis_with_hints` gives, field by field, exactly the words
//! `analyze_with_hints` builds from it (extraction reads the former).

use sitrep_analysis::{Analyzer, Upos};

/// Checks every field of every word of `sentence` (split on spaces).
fn same_words(sentence: &str, names: &[bool], content: &[bool]) {
    let a = Analyzer::embedded();
    let words: Vec<&str> = sentence.split(' ').collect();
    let full = a.analyze_with_hints(&words, names, content);
    let fields = a.analysis_with_hints(&words, names, content);
    assert_eq!(full.words.len(), words.len());
    for (i, w) in full.words.iter().enumerate() {
        assert_eq!(w.form, words[i]);
        assert_eq!(w.lemma, fields.lemma(i, words[i]), "lemma of {}", words[i]);
        assert_eq!(w.upos, fields.upos(i));
        assert_eq!(w.xpos, fields.xpos(i));
        assert_eq!(w.head, fields.head(i));
        assert_eq!(w.deprel, fields.deprel(i));
    }
}

#[test]
fn fields_are_the_words_of_the_full_analysis() {
    same_words("Insurgents ambushed a supply convoy near Kidal on Thursday .", &[], &[]);
    same_words("THE GOVERNOR SAID TWO POLICEMEN WERE WOUNDED .", &[], &[]);
    same_words("al-Shabaab fighters shelled the base", &[true, false, false, false, false], &[false, false, true, false, false]);
}

#[test]
fn fields_of_a_known_parse() {
    let a = Analyzer::embedded();
    let words = ["Gunmen", "killed", "four", "farmers", "."];
    let f = a.analysis_with_hints(&words, &[], &[]);
    assert_eq!(f.upos(1), Upos::Verb);
    assert_eq!(f.xpos(1), "VBD");
    assert_eq!(f.lemma(1, "killed"), "kill");
    assert_eq!(f.head(1), 0);
    assert_eq!(f.deprel(1), "root");
    assert_eq!(f.deprel(0), "nsubj");
    assert_eq!(f.head(3), 2);
    assert_eq!(f.deprel(3), "obj");
}

#[test]
fn lemmas_do_not_depend_on_the_case_of_the_form() {
    let l = &Analyzer::embedded().tagger().lemmatizer;
    for form in ["shelled", "Shelled", "SHELLED"] {
        assert_eq!(l.lemma(form, "VERB", "VBD"), "shell", "{form}");
    }
    for form in ["fled", "Fled", "FLED"] {
        assert_eq!(l.lemma(form, "VERB", "VBD"), "flee", "{form}");
    }
    for form in ["militias", "Militias"] {
        assert_eq!(l.lemma(form, "NOUN", "NNS"), "militia", "{form}");
    }
    // Proper nouns keep their form; a non-ASCII lower-case form is fine too.
    assert_eq!(l.lemma("Mopti", "PROPN", "NNP"), "Mopti");
    assert_eq!(l.lemma("ségou", "NOUN", "NN"), "ségou");
}
