//! The compiled-in models on real-looking news sentences, in every casing.

use sitrep_analysis::{tokenize, Analyzer, ParsedSentence, Upos};

/// Tokenises one sentence with the crate's tokeniser (EWT conventions:
/// "Al-Shabaab" is three tokens) and analyses it.
fn analyze(text: &str) -> ParsedSentence {
    let sents = tokenize::sentences(text);
    assert_eq!(sents.len(), 1, "one sentence expected in {text:?}");
    let words: Vec<&str> = sents[0].iter().map(|r| &text[r.clone()]).collect();
    Analyzer::embedded().analyze(&words)
}

fn word<'a>(s: &'a ParsedSentence, form: &str) -> &'a sitrep_analysis::Word {
    s.words
        .iter()
        .find(|w| w.form.eq_ignore_ascii_case(form))
        .unwrap_or_else(|| panic!("{form} missing"))
}

fn head_form(s: &ParsedSentence, form: &str) -> String {
    let h = word(s, form).head;
    if h == 0 {
        "ROOT".into()
    } else {
        s.words[h - 1].form.to_lowercase()
    }
}

#[test]
fn who_did_what_to_whom_in_every_casing() {
    for text in [
        "Gunmen killed three soldiers in Mogadishu .",
        "GUNMEN KILLED THREE SOLDIERS IN MOGADISHU .",
        "gunmen killed three soldiers in mogadishu .",
    ] {
        let s = analyze(text);
        assert_eq!(head_form(&s, "gunmen"), "killed", "{text}: {s:?}");
        assert_eq!(word(&s, "gunmen").deprel, "nsubj", "{text}");
        assert_eq!(head_form(&s, "soldiers"), "killed", "{text}");
        assert_eq!(word(&s, "soldiers").deprel, "obj", "{text}");
        assert_eq!(word(&s, "killed").deprel, "root", "{text}");
        assert_eq!(word(&s, "killed").lemma, "kill", "{text}");
        assert_eq!(word(&s, "killed").upos, Upos::Verb, "{text}");
        assert_eq!(word(&s, "soldiers").lemma, "soldier", "{text}");
    }
}

#[test]
fn claims_and_reported_speech() {
    for text in [
        "Al-Shabaab claimed responsibility for the blast in Mogadishu.",
        "AL-SHABAAB CLAIMED RESPONSIBILITY FOR THE BLAST IN MOGADISHU.",
    ] {
        let s = analyze(text);
        // "Al - Shabaab": the first part heads the name.
        assert_eq!(head_form(&s, "al"), "claimed", "{text}: {s:?}");
        assert_eq!(word(&s, "al").deprel, "nsubj", "{text}");
        assert_eq!(head_form(&s, "responsibility"), "claimed", "{text}");
        assert_eq!(word(&s, "responsibility").deprel, "obj", "{text}");
        assert_eq!(word(&s, "claimed").lemma, "claim");
    }
    let s = analyze(
        "Armed forces spokesman Colonel Isaacs said that the attack was not against the farm .",
    );
    assert_eq!(word(&s, "said").deprel, "root", "{s:?}");
    assert_eq!(word(&s, "said").lemma, "say");
    assert_eq!(word(&s, "was").lemma, "be");
}

#[test]
fn irregular_lemmas_through_the_tagger() {
    let s = analyze("A bomb blew up a bus and the driver ran away ; two bodies were found .");
    assert_eq!(word(&s, "blew").lemma, "blow", "{s:?}");
    assert_eq!(word(&s, "ran").lemma, "run");
    assert_eq!(word(&s, "bodies").lemma, "body");
    assert_eq!(word(&s, "found").lemma, "find");
}

#[test]
fn usable_from_many_threads() {
    let a = Analyzer::embedded();
    let texts = [
        "Rebels attacked the town .",
        "POLICE ARRESTED TWO MEN .",
        "the army said nothing .",
    ];
    let results: Vec<ParsedSentence> = std::thread::scope(|sc| {
        let hs: Vec<_> = texts
            .iter()
            .map(|t| sc.spawn(move || a.analyze(&t.split(' ').collect::<Vec<_>>())))
            .collect();
        hs.into_iter().map(|h| h.join().expect("thread")).collect()
    });
    for (t, r) in texts.iter().zip(&results) {
        assert_eq!(r, &analyze(t));
        assert_eq!(
            r.words.iter().filter(|w| w.head == 0).count(),
            1,
            "one root in {t}"
        );
    }
}

#[test]
fn compiled_in_models_write_back_byte_for_byte() {
    // The in-memory layout differs from the file's; writing must undo it
    // exactly, or retraining checks (`cmp` against the committed files)
    // would fail for the wrong reason.
    use sitrep_analysis::{Parser, Tagger, PARSER_MODEL, TAGGER_MODEL};
    let t = Tagger::from_bytes(TAGGER_MODEL).expect("tagger model");
    assert!(t.to_bytes() == TAGGER_MODEL, "tagger model does not round-trip");
    let p = Parser::from_bytes(PARSER_MODEL).expect("parser model");
    assert!(p.to_bytes() == PARSER_MODEL, "parser model does not round-trip");
}

#[test]
fn compiled_in_models_are_used_in_place() {
    // Loading the compiled-in models must not copy their tables (that is
    // what keeps loading to a few milliseconds): they start at a 64-byte
    // boundary and are in the current format. A copying load answers the
    // same.
    use sitrep_analysis::{Parser, Tagger, PARSER_MODEL, TAGGER_MODEL};
    assert_eq!(TAGGER_MODEL.as_ptr() as usize % 64, 0);
    assert_eq!(PARSER_MODEL.as_ptr() as usize % 64, 0);
    let t = Tagger::from_static(TAGGER_MODEL).expect("tagger model");
    assert!(t.tables_in_place(), "tagger tables were copied");
    let p = Parser::from_static(PARSER_MODEL).expect("parser model");
    assert!(p.tables_in_place(), "parser tables were copied");
    let copied = Analyzer::from_bytes(TAGGER_MODEL, PARSER_MODEL).expect("models");
    assert!(!copied.tagger().tables_in_place());
    for text in ["Gunmen killed three soldiers in Mogadishu on Tuesday .", "POLICE SAID NOTHING ."] {
        let words: Vec<&str> = text.split(' ').collect();
        assert_eq!(copied.analyze(&words), Analyzer::embedded().analyze(&words));
    }
}

#[test]
fn a_word_hinted_as_content_is_tagged_noun_verb_or_adjective() {
    // "ambush" is not in the treebank; left free the tagger calls it a
    // preposition here.
    let words = ["Three", "soldiers", "died", "in", "a", "rebel", "ambush", "near", "Ayacucho", "yesterday", "."];
    let free = Analyzer::embedded().analyze(&words);
    let mut content = vec![false; words.len()];
    content[6] = true;
    let hinted = Analyzer::embedded().analyze_with_hints(&words, &[], &content);
    let ambush = &hinted.words[6];
    assert!(matches!(ambush.upos, Upos::Noun | Upos::Verb | Upos::Adj), "{hinted:?}");
    assert!(matches!(ambush.xpos.as_str(), "NN" | "NNS") || ambush.xpos.starts_with("VB") || ambush.xpos.starts_with("JJ"), "{hinted:?}");
    // The phrase is now parsed as one: "ambush" is the head "in" marks.
    assert_eq!(hinted.words[3].head, 7, "{hinted:?}");
    // Words without a hint are tagged as before, where the parse allows.
    assert_eq!(free.words[1].upos, hinted.words[1].upos);
    // No hint at all is the plain analysis.
    assert_eq!(Analyzer::embedded().analyze_with_hints(&words, &[], &[]), free);
}
