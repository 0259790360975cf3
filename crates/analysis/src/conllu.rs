//! CoNLL-U reading and writing (<https://universaldependencies.org/format.html>).
//!
//! The reader keeps every line of a sentence so the writer can reproduce
//! comments, multiword-token lines (`1-2`) and empty nodes (`8.1`) verbatim
//! while the analyser replaces the columns of the syntactic words. That keeps
//! our output aligned with the gold file for any CoNLL scorer.

use std::fmt;

/// One syntactic word (a line whose ID is a plain integer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub id: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 0 = root; `None` when the column is `_`.
    pub head: Option<usize>,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// A line of a sentence block, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    Comment(String),
    /// Multiword token or empty node, kept verbatim.
    Other(String),
    /// Index into [`Sentence::words`].
    Word(usize),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub lines: Vec<Line>,
    pub words: Vec<Token>,
}

impl Sentence {
    /// Builds a sentence from bare word forms (for writing analyser output).
    pub fn from_forms(forms: &[&str], comments: &[String]) -> Sentence {
        let mut s = Sentence::default();
        for c in comments {
            s.lines.push(Line::Comment(c.clone()));
        }
        for (i, f) in forms.iter().enumerate() {
            s.lines.push(Line::Word(i));
            s.words.push(Token {
                id: i + 1,
                form: (*f).to_string(),
                lemma: "_".into(),
                upos: "_".into(),
                xpos: "_".into(),
                feats: "_".into(),
                head: None,
                deprel: "_".into(),
                deps: "_".into(),
                misc: "_".into(),
            });
        }
        s
    }

    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|t| t.form.as_str()).collect()
    }
}

/// A malformed line, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}
impl std::error::Error for ParseError {}

/// Parses a whole CoNLL-U document. Sentences are separated by blank lines.
pub fn parse(text: &str) -> Result<Vec<Sentence>, ParseError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.lines.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            cur.lines.push(Line::Comment(line.to_string()));
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ParseError {
                line: lineno,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            cur.lines.push(Line::Other(line.to_string()));
            continue;
        }
        let id: usize = cols[0].parse().map_err(|_| ParseError {
            line: lineno,
            message: format!("bad ID {:?}", cols[0]),
        })?;
        if id != cur.words.len() + 1 {
            return Err(ParseError {
                line: lineno,
                message: format!(
                    "word ID {id} out of sequence (expected {})",
                    cur.words.len() + 1
                ),
            });
        }
        let head = if cols[6] == "_" {
            None
        } else {
            Some(cols[6].parse().map_err(|_| ParseError {
                line: lineno,
                message: format!("bad HEAD {:?}", cols[6]),
            })?)
        };
        cur.lines.push(Line::Word(cur.words.len()));
        cur.words.push(Token {
            id,
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            deps: cols[8].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !cur.lines.is_empty() {
        out.push(cur);
    }
    for s in &out {
        let n = s.words.len();
        if let Some(t) = s.words.iter().find(|t| t.head.is_some_and(|h| h > n)) {
            return Err(ParseError {
                line: 0,
                message: format!("word {} {:?} has HEAD beyond the sentence", t.id, t.form),
            });
        }
    }
    Ok(out)
}

/// Writes one sentence block (terminated by a blank line).
pub fn write_sentence(s: &Sentence, out: &mut String) {
    for l in &s.lines {
        match l {
            Line::Comment(c) | Line::Other(c) => {
                out.push_str(c);
                out.push('\n');
            }
            Line::Word(i) => {
                if let Some(t) = s.words.get(*i) {
                    write_token(t, out);
                }
            }
        }
    }
    out.push('\n');
}

fn write_token(t: &Token, out: &mut String) {
    use std::fmt::Write;
    let head = t.head.map(|h| h.to_string()).unwrap_or_else(|| "_".into());
    let _ = writeln!(
        out,
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
        t.id,
        or_blank(&t.form),
        or_blank(&t.lemma),
        or_blank(&t.upos),
        or_blank(&t.xpos),
        or_blank(&t.feats),
        head,
        or_blank(&t.deprel),
        or_blank(&t.deps),
        or_blank(&t.misc)
    );
}

fn or_blank(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_multiword_and_comments() {
        let text = "# text = I can't go\n1-2\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tca\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n";
        let s = parse(text).expect("valid CoNLL-U");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words.len(), 3);
        assert_eq!(s[0].words[2].head, Some(0));
        let mut out = String::new();
        write_sentence(&s[0], &mut out);
        assert_eq!(out, text);
    }

    #[test]
    fn bad_column_count_names_line() {
        let err = parse("1\tfoo\n").unwrap_err();
        assert_eq!(err.line, 1);
    }
}
