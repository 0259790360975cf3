//! Training on a tiny hand-made treebank: the tagger and parser must learn
//! to reproduce it, and the models must survive a save/load round trip.

use sitrep_analysis::conllu;
use sitrep_analysis::parser::{self, ClusterFeatures, LabelFeatures, ParserConfig};
use sitrep_analysis::tagger::{self, TaggerConfig, Tags};
use sitrep_analysis::{train, Analyzer, ModelError, Parser, Tagger};

const TREEBANK: &str = "\
1\tGunmen\tgunman\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthree\tthree\tNUM\tCD\t_\t4\tnummod\t_\t_
4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_
5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_
6\tMogadishu\tMogadishu\tPROPN\tNNP\t_\t2\tobl\t_\t_
7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
4\tvillage\tvillage\tNOUN\tNN\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
4\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_
6\tattack\tattack\tNOUN\tNN\t_\t7\tnsubj\t_\t_
7\tfailed\tfail\tVERB\tVBD\t_\t3\tccomp\t_\t_
8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_
3\ttwo\ttwo\tNUM\tCD\t_\t4\tnummod\t_\t_
4\tmen\tman\tNOUN\tNNS\t_\t2\tobj\t_\t_
5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_
6\tKabul\tKabul\tPROPN\tNNP\t_\t2\tobl\t_\t_
7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

";

fn train_tiny() -> (Tagger, Parser) {
    train_tiny_with(ParserConfig {
        epochs: 20,
        ..Default::default()
    })
}

fn train_tiny_with(pcfg: ParserConfig) -> (Tagger, Parser) {
    let sents = conllu::parse(TREEBANK).expect("valid treebank");
    let tcfg = TaggerConfig {
        epochs: 10,
        ..Default::default()
    };
    let tagger = tagger::train(&sents, &tcfg, &mut |_| {});
    let labels = train::label_names(&sents);
    let exs = train::parser_examples(&sents, 0, &[0, 1, 2], &tcfg, &labels, &mut |_| {});
    let parser = parser::train(&exs, labels, &pcfg, &mut |_| {}, |_, _| {});
    (tagger, parser)
}

#[test]
fn reproduces_its_training_treebank_and_round_trips() {
    let (tagger, parser) = train_tiny();
    let a = Analyzer::new(tagger, parser);
    let gold = conllu::parse(TREEBANK).expect("valid treebank");
    for g in &gold {
        let forms = g.forms();
        let out = a.analyze(&forms);
        for (t, w) in g.words.iter().zip(&out.words) {
            assert_eq!(w.upos.as_str(), t.upos, "UPOS of {:?}", t.form);
            assert_eq!(w.xpos, t.xpos, "XPOS of {:?}", t.form);
            assert_eq!(Some(w.head), t.head, "head of {:?} in {:?}", t.form, forms);
            assert_eq!(w.deprel, t.deprel, "relation of {:?}", t.form);
            assert_eq!(w.lemma, t.lemma, "lemma of {:?}", t.form);
        }
    }
    // Save and load: identical analyses.
    let tb = a.tagger().to_bytes();
    let pb = a.parser().to_bytes();
    let b = Analyzer::from_bytes(&tb, &pb).expect("round trip");
    for g in &gold {
        let forms = g.forms();
        assert_eq!(a.analyze(&forms), b.analyze(&forms));
    }
    // Tags of an unseen sentence are class indices within range.
    let mut tags = Tags::default();
    b.tagger()
        .tag(&["Soldiers", "killed", "two", "rebels", "."], &mut tags);
    assert_eq!(tags.upos.len(), 5);
    assert!(tags.xpos.iter().all(|&x| x < b.tagger().xpos_names().len()));
}

/// Both tagger designs, the default two models (`SRTG2`) and the optional
/// joint model over (UPOS, XPOS) pairs (`SRTG3`), learn the treebank's tags,
/// are written in their own format and read back byte for byte.
#[test]
fn joint_and_two_model_taggers_both_learn_and_round_trip() {
    let sents = conllu::parse(TREEBANK).expect("valid treebank");
    for joint in [true, false] {
        let tcfg = TaggerConfig {
            epochs: 10,
            joint,
            ..Default::default()
        };
        let t = tagger::train(&sents, &tcfg, &mut |_| {});
        assert_eq!(t.is_joint(), joint);
        let bytes = t.to_bytes();
        assert_eq!(&bytes[..5], if joint { b"SRTG3" } else { b"SRTG2" });
        let back = Tagger::from_bytes(&bytes).expect("round trip");
        assert_eq!(back.is_joint(), joint);
        assert_eq!(back.to_bytes(), bytes, "written back byte for byte");
        for s in &sents {
            let forms = s.forms();
            let (mut a, mut b) = (Tags::default(), Tags::default());
            t.tag(&forms, &mut a);
            back.tag(&forms, &mut b);
            assert_eq!(a.upos, b.upos);
            assert_eq!(a.xpos, b.xpos);
            for (i, w) in s.words.iter().enumerate() {
                assert_eq!(t.upos_names()[a.upos[i]], w.upos, "UPOS of {:?}", w.form);
                assert_eq!(t.xpos_names()[a.xpos[i]], w.xpos, "XPOS of {:?}", w.form);
            }
        }
    }
}

#[test]
fn corrupt_models_are_errors_not_panics() {
    let (tagger, parser) = train_tiny();
    let tb = tagger.to_bytes();
    let pb = parser.to_bytes();
    assert!(matches!(
        Analyzer::from_bytes(b"nonsense", &pb),
        Err(ModelError::BadMagic { .. })
    ));
    assert!(matches!(
        Analyzer::from_bytes(&tb, &pb[..pb.len() / 2]),
        Err(ModelError::Truncated { .. })
    ));
    assert!(Analyzer::from_bytes(&tb[..tb.len() - 3], &pb).is_err());
    assert!(Analyzer::from_bytes(&[], &[]).is_err());
}

#[test]
fn empty_sentence_is_fine() {
    let (tagger, parser) = train_tiny();
    let a = Analyzer::new(tagger, parser);
    assert!(a.analyze(&[]).words.is_empty());
    let one = a.analyze(&["Hello"]);
    assert_eq!(one.words[0].head, 0);
}

/// The beam parser (global training, max-violation and early update) also
/// learns the treebank, keeps its width through a save/load round trip, and
/// can be decoded greedily or with another width.
#[test]
fn beam_parser_reproduces_its_training_treebank() {
    let gold = conllu::parse(TREEBANK).expect("valid treebank");
    for early_update in [false, true] {
        let (tagger, parser) = train_tiny_with(ParserConfig {
            epochs: 20,
            beam: 4,
            early_update,
            ..Default::default()
        });
        assert_eq!(parser.beam_width(), 4);
        let pb = parser.to_bytes();
        let tb = tagger.to_bytes();
        let a = Analyzer::new(tagger, parser);
        assert_reproduces_trees(&a, &gold, true);
        let loaded = Parser::from_bytes(&pb).expect("round trip");
        assert_eq!(loaded.beam_width(), 4);
        let b = Analyzer::new(Tagger::from_bytes(&tb).expect("tagger"), loaded);
        for g in &gold {
            let forms = g.forms();
            assert_eq!(a.analyze(&forms), b.analyze(&forms));
        }
        let greedy = Parser::from_bytes(&pb).expect("load").with_beam(1);
        let c = Analyzer::new(Tagger::from_bytes(&tb).expect("tagger"), greedy);
        assert_eq!(c.parser().beam_width(), 1);
        assert_eq!(c.analyze(&[]).words.len(), 0);
        assert_eq!(
            c.analyze(&["Soldiers", "killed", "two", "rebels", "."])
                .words
                .len(),
            5
        );
        assert!(b.analyze(&[]).words.is_empty());
        assert_eq!(b.analyze(&["Hello"]).words[0].head, 0);
        // Truncated beam header.
        assert!(Parser::from_bytes(&pb[..6]).is_err());
    }
}

/// A parser trained on the sentences read right to left (`--reverse`, with
/// or without `--punct-last`) says so in its file (`SRDP3` and the order),
/// reads the words in that order when parsing and maps the heads back: it
/// reproduces the treebank in the original order, and an ensemble of it
/// with the left-to-right parser does too.
#[test]
fn right_to_left_parser_and_ensemble_reproduce_the_treebank() {
    let sents = conllu::parse(TREEBANK).expect("valid treebank");
    let tcfg = TaggerConfig {
        epochs: 10,
        ..Default::default()
    };
    let labels = train::label_names(&sents);
    let exs = train::parser_examples(&sents, 0, &[0, 1, 2], &tcfg, &labels, &mut |_| {});
    // "Rebels attacked the village ." read backwards: ". village the
    // attacked Rebels", "attacked" (now word 4) the root; with the final
    // full stop kept last: "village the attacked Rebels .".
    let rebels = &exs[3];
    assert_eq!(parser::reversed_example(rebels).heads, vec![4, 4, 2, 0, 4]);
    let punct_last = parser::ordered_example(rebels, parser::Order::ReversedPunctLast);
    assert_eq!(punct_last.heads, vec![3, 1, 0, 3, 3]);
    assert_eq!(punct_last.labels[4], rebels.labels[4], "the full stop keeps its label");
    let pcfg = ParserConfig {
        epochs: 20,
        ..Default::default()
    };
    let tagger = tagger::train(&sents, &tcfg, &mut |_| {});
    let tb = tagger.to_bytes();
    for order in [parser::Order::Reversed, parser::Order::ReversedPunctLast] {
        let ordered: Vec<parser::Example> =
            exs.iter().map(|e| parser::ordered_example(e, order)).collect();
        let r2l = parser::train(&ordered, labels.clone(), &pcfg, &mut |_| {}, |_, _| {})
            .with_order(order);
        let l2r = parser::train(&exs, labels.clone(), &pcfg, &mut |_| {}, |_, _| {});
        let pb = r2l.to_bytes();
        assert_eq!(&pb[..5], b"SRDP3");
        let loaded = Parser::from_bytes(&pb).expect("round trip");
        assert_eq!(loaded.order(), order);
        assert_eq!(loaded.to_bytes(), pb, "written back byte for byte");
        let alone = Analyzer::new(Tagger::from_bytes(&tb).expect("tagger"), loaded);
        let both = Analyzer::new(Tagger::from_bytes(&tb).expect("tagger"), l2r)
            .with_ensemble(vec![r2l], Default::default())
            .expect("same labels");
        for a in [&alone, &both] {
            for g in &sents {
                let forms = g.forms();
                let out = a.analyze(&forms);
                for (t, w) in g.words.iter().zip(&out.words) {
                    assert_eq!(Some(w.head), t.head, "head of {:?} in {:?}", t.form, forms);
                    assert_eq!(w.deprel, t.deprel, "relation of {:?}", t.form);
                }
            }
            assert!(a.analyze(&[]).words.is_empty());
            assert_eq!(a.analyze(&["Hello"]).words[0].head, 0);
            assert_eq!(a.analyze(&["."]).words[0].head, 0);
            // An unseen sentence still gets one root and heads in range.
            let out = a.analyze(&["Militants", "burned", "a", "school", "in", "Herat", ".", "!"]);
            assert_eq!(out.words.iter().filter(|w| w.head == 0).count(), 1);
            assert!(out.words.iter().all(|w| w.head <= 8));
        }
    }
}

/// The optional label models of session 18 (richer arc-time label features,
/// a second-pass relabeler on the parser's own or jack-knifed trees) learn
/// the treebank, are written as `SRDP4` with their flags and read back byte
/// for byte; the default configuration still writes `SRDP1`.
#[test]
fn label_model_options_learn_and_round_trip() {
    let gold = conllu::parse(TREEBANK).expect("valid treebank");
    let options = [
        (LabelFeatures(LabelFeatures::ALL), 0, 0),
        (LabelFeatures::ORIGINAL, 5, 0),
        (LabelFeatures(LabelFeatures::CONTEXT), 5, 2),
    ];
    for (label_set, relabel_epochs, relabel_folds) in options {
        let (tagger, parser) = train_tiny_with(ParserConfig {
            epochs: 20,
            label_set,
            relabel_epochs,
            relabel_folds,
            ..Default::default()
        });
        let pb = parser.to_bytes();
        assert_eq!(&pb[..5], b"SRDP4");
        let mut flags = label_set.0;
        if relabel_epochs > 0 {
            flags |= LabelFeatures::RELABEL;
        }
        if relabel_folds >= 2 {
            flags |= LabelFeatures::RELABEL_OWN;
        }
        assert_eq!(parser.label_features(), LabelFeatures(flags));
        let loaded = Parser::from_bytes(&pb).expect("round trip");
        assert_eq!(loaded.to_bytes(), pb, "written back byte for byte");
        let a = Analyzer::new(tagger, loaded);
        // Jack-knifed on four sentences, each fold's parser has seen two:
        // the relabeler learns from trees too poor to copy.
        assert_reproduces_trees(&a, &gold, relabel_folds == 0);
        assert!(Parser::from_bytes(&pb[..7]).is_err(), "truncated SRDP4 header");
    }
    let (_, plain) = train_tiny();
    assert_eq!(&plain.to_bytes()[..5], b"SRDP1");
    assert_eq!(plain.label_features(), LabelFeatures::ORIGINAL);
}

/// A parser with word cluster features (session 20) learns the treebank,
/// is written as `SRDP5` and read back byte for byte, and refuses to load
/// when the cluster table's fingerprint in its header is not the
/// compiled-in table's (the model would read other clusters' codes).
#[test]
fn cluster_feature_parser_learns_round_trips_and_checks_its_table() {
    let gold = conllu::parse(TREEBANK).expect("valid treebank");
    let (tagger, parser) = train_tiny_with(ParserConfig {
        epochs: 20,
        clusters: ClusterFeatures(7),
        ..Default::default()
    });
    assert_eq!(parser.cluster_features(), ClusterFeatures(7));
    let pb = parser.to_bytes();
    assert_eq!(&pb[..5], b"SRDP5");
    let loaded = Parser::from_bytes(&pb).expect("round trip");
    assert_eq!(loaded.cluster_features(), ClusterFeatures(7));
    assert_eq!(loaded.to_bytes(), pb, "written back byte for byte");
    let a = Analyzer::new(tagger, loaded);
    assert_reproduces_trees(&a, &gold, true);
    // A wire sentence with words of the table the treebank lacks parses to
    // a tree (one root, every head in range).
    let out = a.analyze(&["Insurgents", "ambushed", "a", "convoy", "near", "Kandahar", "."]);
    assert_eq!(out.words.iter().filter(|w| w.head == 0).count(), 1);
    assert!(out.words.iter().all(|w| w.head <= out.words.len()));
    // Header: magic (5), beam (2), order (1), label flags (1), cluster
    // flags (1), fingerprint (4).
    let mut other = pb.clone();
    other[10] ^= 1;
    assert!(matches!(Parser::from_bytes(&other), Err(ModelError::Corrupt { .. })));
    assert!(Parser::from_bytes(&pb[..12]).is_err(), "truncated SRDP5 header");
    let (_, plain) = train_tiny();
    assert_eq!(plain.cluster_features(), ClusterFeatures::NONE);
}

/// Silver trees (unlabelled text parsed by other parsers, for self- or
/// tri-training) become parser examples with the tags they carry, plus a
/// copy in each casing that changes their words; a casing that leaves them
/// as they are (lower case of lower-case wire copy) adds no duplicate. A
/// word whose head is `_` (the parsers disagreed) is an open arc. A parser
/// trained on the gold treebank plus the silver trees learns their arcs.
#[test]
fn silver_trees_add_examples_in_other_casings_and_are_learnt() {
    const SILVER: &str = "\
1\tmilitants\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tstormed\t_\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\t_\tDET\tDT\t_\t4\tdet\t_\t_
4\tcheckpoint\t_\tNOUN\tNN\t_\t2\tobj\t_\t_
5\tin\t_\tADP\tIN\t_\t6\tcase\t_\t_
6\tbaghdad\t_\tPROPN\tNNP\t_\t2\tobl\t_\t_
7\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tsoldiers\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tkilled\t_\tVERB\tVBD\t_\t0\troot\t_\t_
3\ttwo\t_\tNUM\tCD\t_\t4\tnummod\t_\t_
4\tmilitants\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_
5\tin\t_\tADP\tIN\t_\t_\t_\t_\t_
6\tbasra\t_\tPROPN\tNNP\t_\t_\t_\t_\t_
7\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_

";
    let gold = conllu::parse(TREEBANK).expect("valid treebank");
    let silver = conllu::parse(SILVER).expect("valid silver trees");
    let tcfg = TaggerConfig {
        epochs: 10,
        ..Default::default()
    };
    let tagger = tagger::train(&gold, &tcfg, &mut |_| {});
    let labels = train::label_names(&gold);
    let extra = train::silver_examples(&silver, &tagger, &[0, 1, 2], &labels);
    assert_eq!(extra.len(), 4, "each in its own case and in UPPER case");
    let own = &extra[0];
    let tree = &silver[0].words;
    let heads: Vec<usize> = tree.iter().map(|t| t.head.unwrap_or(0)).collect();
    assert_eq!(own.heads, heads);
    let label_of = |e: &parser::Example, i: usize| labels[e.labels[i] as usize].as_str();
    assert_eq!(label_of(own, 5), "obl");
    assert_eq!(label_of(&extra[1], 0), "nsubj");
    // The file's own tags, not the tagger's, on its own casing.
    let own_tags: Vec<(&str, &str)> = tree
        .iter()
        .map(|t| (t.upos.as_str(), t.xpos.as_str()))
        .collect();
    assert_eq!(own.t, train::example(&silver[0], 0, &own_tags, &labels).t);
    let open = [2, 3]
        .iter()
        .map(|&k| extra[k].heads[4..6].to_vec())
        .collect::<Vec<_>>();
    assert_eq!(open, vec![vec![parser::UNKNOWN_HEAD; 2]; 2]);

    let mut exs = train::parser_examples(&gold, 0, &[0, 1, 2], &tcfg, &labels, &mut |_| {});
    exs.extend(extra);
    let pcfg = ParserConfig {
        epochs: 20,
        ..Default::default()
    };
    let parser = parser::train(&exs, labels, &pcfg, &mut |_| {}, |_, _| {});
    let a = Analyzer::new(tagger, parser);
    for s in &silver {
        let forms = s.forms();
        let out = a.analyze(&forms);
        for (t, w) in s.words.iter().zip(&out.words) {
            if t.head.is_some() {
                assert_eq!(Some(w.head), t.head, "head of {:?}", t.form);
                assert_eq!(w.deprel, t.deprel, "relation of {:?}", t.form);
            }
        }
    }
}

/// The analyser parses every treebank sentence to its gold heads, and to
/// its gold relations when `labels` (a model trained on these sentences
/// alone has learned them).
fn assert_reproduces_trees(a: &Analyzer, gold: &[conllu::Sentence], labels: bool) {
    for g in gold {
        let forms = g.forms();
        let out = a.analyze(&forms);
        for (t, w) in g.words.iter().zip(&out.words) {
            assert_eq!(Some(w.head), t.head, "head of {:?} in {:?}", t.form, forms);
            if labels {
                assert_eq!(w.deprel, t.deprel, "relation of {:?}", t.form);
            }
        }
    }
}
