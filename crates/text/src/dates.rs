//! Date expressions in news text, resolved against the publication date.
//!
//! News dates events relative to the day of writing: "on Saturday", "last
//! week", "two days ago", "on 3 February" (no year). Wire copy of the 1980s
//! writes "24 AUG 88". This module finds such expressions in a token stream
//! and resolves each to a range of days with a precision (day, week, month,
//! year).
//!
//! Resolution leans to the past, as news reports on what has happened: a bare
//! weekday is the most recent such day on or before publication, "3 February"
//! the most recent 3 February on or before it. When the sentence speaks of the
//! future ("will meet on Monday", "next week") the next such day is taken.
//! Weeks run Monday to Sunday. Two-digit years are read as the century that
//! puts them nearest before the publication year (19xx without one).
//!
//! Without a publication date, relative expressions are still found but left
//! unresolved (`value: None`), so the caller can say so.

use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use sitrep_schema::DatePrecision;

use crate::tokens::{Token, TokenKind};

/// Parses a `YYYY-MM-DD` date, refusing impossible ones (2023-02-30).
pub fn parse_iso_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|e| format!("{s:?} is not a valid YYYY-MM-DD date ({e})"))
}

/// A resolved date range (inclusive) with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolvedDate {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: DatePrecision,
}

impl ResolvedDate {
    fn day(d: NaiveDate) -> Self {
        ResolvedDate { start: d, end: d, precision: DatePrecision::Day }
    }
    fn week_of(d: NaiveDate) -> Self {
        let start = d - Duration::days(d.weekday().num_days_from_monday() as i64);
        ResolvedDate { start, end: start + Duration::days(6), precision: DatePrecision::Week }
    }
    fn month(year: i32, month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1)? } else { NaiveDate::from_ymd_opt(year, month + 1, 1)? };
        Some(ResolvedDate { start, end: next - Duration::days(1), precision: DatePrecision::Month })
    }
    fn year(year: i32) -> Option<Self> {
        Some(ResolvedDate {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            precision: DatePrecision::Year,
        })
    }
}

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the expression, including a leading "on"/"in"/"last".
    pub range: Range<usize>,
    /// Token range of the expression.
    pub tokens: Range<usize>,
    /// None when the expression is relative and there is no publication date.
    pub value: Option<ResolvedDate>,
    /// True for expressions that need the publication date ("on Saturday").
    pub relative: bool,
    /// True when the expression was resolved towards the future.
    pub future: bool,
    /// True when the expression opens a definite noun phrase ("the 2008
    /// Mumbai attacks", "the 19 March bombing"): it dates what that noun
    /// names, not the clause around it.
    pub attributive: bool,
}

const MONTHS: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// Is the lower-cased word a month's name or its abbreviation ("march",
/// "sept", "oct.")? "May" and "march" are also ordinary words: callers
/// require a number or a preposition next to them.
pub fn is_month_name(word: &str) -> bool {
    month_number(word).is_some()
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    // "May" and "march" are also ordinary words; callers require a number or
    // a preposition next to them.
    MONTHS.iter().position(|m| *m == w || (w.len() == 3 && m.starts_with(w))).map(|i| i as u32 + 1)
}

fn weekday(word: &str) -> Option<Weekday> {
    Some(match word.trim_end_matches('.') {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// Day of month from "3", "03", "3rd", "21st".
fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !suffix.is_empty() && !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A four-digit year 1800..=2199, or a two-digit year resolved by pivot.
fn year_number(word: &str, published: Option<NaiveDate>, allow_two_digits: bool) -> Option<i32> {
    let w = word.trim_start_matches('\'').trim_start_matches('’');
    if !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match w.len() {
        4 => {
            let y: i32 = w.parse().ok()?;
            (1800..=2199).contains(&y).then_some(y)
        }
        2 if allow_two_digits => {
            let yy: i32 = w.parse().ok()?;
            Some(match published {
                Some(p) => {
                    let century = p.year() - p.year().rem_euclid(100);
                    let candidate = century + yy;
                    if candidate > p.year() + 1 {
                        candidate - 100
                    } else {
                        candidate
                    }
                }
                None => 1900 + yy,
            })
        }
        _ => None,
    }
}

/// A count of units before "ago": "two", "2", "a", "several".
fn number_word(word: &str) -> Option<i64> {
    let m = crate::numbers::parse_number(&[word], true)?;
    m.quantity.best.and_then(|n| i64::try_from(n).ok())
}

/// Words that, before a date expression, belong to it.
/// Words after a date that show it modifies no noun ("in 2014 and ...",
/// "on the 19 March when ...").
const NOT_NOUN_WORDS: &[&str] = &["and", "or", "when", "after", "before", "that", "the", "to", "but", "as", "while", "in", "at", "on"];

/// Determiners before a date that modifies a noun ("the 2008 attacks",
/// "its 2019 offensive").
const DEFINITE_DETERMINERS: &[&str] = &["the", "its", "their", "his", "her", "our"];

const LEADING: &[&str] = &["on", "in", "since", "during", "until", "till", "by", "from", "of", "last", "this", "next", "early", "late", "mid", "earlier", "later"];

/// Words in the sentence that put a bare weekday or date in the future.
const FUTURE_MARKERS: &[&str] = &["will", "'ll", "’ll", "shall", "scheduled", "planned", "plans", "plan", "due", "expected", "upcoming", "tomorrow", "next"];
/// Verbs of calling for something: "called for protests on Friday".
const CALLING: &[&str] = &["call", "calls", "called", "calling", "appeal", "appeals", "appealed", "appealing"];
const PAST_REPORTING: &[&str] = &["said", "says", "told", "reported", "announced", "claimed", "stated", "added", "confirmed", "ago"];
/// Auxiliaries of a past clause: "was abducted on 20 December".
const PAST_AUXILIARIES: &[&str] = &["was", "were", "had"];

/// Is the "due" at `k` the cause phrase "due to" ("the road has been closed
/// since 3 May due to flooding") rather than something due to happen ("the
/// vote is due to take place on 5 May", "due on Friday")? Only after a
/// form of "be" does "due to" look ahead.
fn due_as_cause(scanner: &Scanner, k: usize) -> bool {
    let after_be = k > 0 && matches!(scanner.w(k - 1), "is" | "are" | "was" | "were" | "be" | "been" | "'s");
    scanner.w(k) == "due" && k + 1 < scanner.words.len() && scanner.w(k + 1) == "to" && !after_be
}

struct Scanner<'a> {
    /// Lower-cased token texts, borrowed from the text when already lower case.
    words: Vec<std::borrow::Cow<'a, str>>,
    /// Whether each token is written with a lower-case first letter.
    written_lower: Vec<bool>,
    tokens: &'a [Token],
    published: Option<NaiveDate>,
}

/// Finds and resolves the date expressions in `tokens` of `text`.
///
/// `sentence_bounds` are token ranges of sentences, used to look for future
/// tense markers; pass one range covering everything if unknown.
pub fn find_dates(text: &str, tokens: &[Token], sentence_bounds: &[Range<usize>], published: Option<NaiveDate>) -> Vec<DateMention> {
    let words = tokens.iter().map(|t| lower_case(t.text(text))).collect();
    let written_lower = tokens.iter().map(|t| t.text(text).chars().next().is_some_and(char::is_lowercase)).collect();
    let scanner = Scanner { words, written_lower, tokens, published };
    let sentence_of = first_sentence_of_each_token(tokens.len(), sentence_bounds);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let sentence = sentence_of.get(i).cloned().flatten().and_then(|k| sentence_bounds.get(k)).cloned().unwrap_or(0..tokens.len());
        if let Some((m, next)) = scanner.match_at(i, &sentence) {
            out.push(m);
            i = next;
        } else {
            i += 1;
        }
    }
    out
}

/// `s.to_lowercase()`, borrowed when that would be `s` itself (ASCII
/// without capitals): the scanner reads every token of a document, and
/// most are already lower case.
fn lower_case(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// For each of `n` tokens, the index of the first range in `bounds` that
/// holds it (what a search of `bounds` from the start finds), computed in
/// one pass over the ranges instead of one search per token.
fn first_sentence_of_each_token(n: usize, bounds: &[Range<usize>]) -> Vec<Option<usize>> {
    let mut of = vec![None; n];
    for (k, r) in bounds.iter().enumerate() {
        for slot in of.get_mut(r.start.min(n)..r.end.min(n)).into_iter().flatten() {
            if slot.is_none() {
                *slot = Some(k);
            }
        }
    }
    of
}

enum Expr {
    Absolute(ResolvedDate),
    /// Needs the publication date; the closure-free description below.
    Weekday { day: Weekday, modifier: Modifier },
    DayMonth { day: u32, month: u32 },
    MonthOnly { month: u32 },
    DaysFromNow(i64),
    /// The last `days` days up to publication: "in the past few hours"
    /// may reach back past midnight, so the day before is included.
    UpToNow { days: i64 },
    Unit { unit: Unit, offset: i64, to_date: bool },
    Weekend { modifier: Modifier },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Modifier {
    None,
    Last,
    This,
    Next,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Week,
    Month,
    Year,
}

impl<'a> Scanner<'a> {
    fn w(&self, i: usize) -> &str {
        self.words.get(i).map(|s| s.as_ref()).unwrap_or("")
    }

    /// Is "overnight" at `i` the idiom for "all at once": after a negation
    /// or modal ("cannot overnight raise the strength of its forces") or
    /// a few words after a verb of change ("has become a burning issue
    /// overnight", "will not change overnight")?
    fn overnight_means_suddenly(&self, i: usize) -> bool {
        let negated = matches!(self.w(i.wrapping_sub(1)), "not" | "cannot" | "can't" | "won't" | "never");
        let after_change = (i.saturating_sub(5)..i).any(|k| matches!(self.w(k), "become" | "became" | "becomes" | "change" | "changed" | "changes" | "happen" | "happened" | "happens" | "transform" | "transformed" | "disappear" | "vanish"));
        negated || after_change
    }

    fn is_number_token(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// Tries every pattern at token `i`; returns the mention and the index
    /// after it.
    fn match_at(&self, i: usize, sentence: &Range<usize>) -> Option<(DateMention, usize)> {
        let (expr, end) = self.core_at(i)?;
        // Extend backwards over leading prepositions and modifiers.
        let mut start = i;
        while start > sentence.start && LEADING.contains(&self.w(start - 1)) && i - start < 3 {
            start -= 1;
            if self.w(start) != "earlier" && self.w(start) != "early" && self.w(start) != "late" && self.w(start) != "mid" {
                break;
            }
        }
        let modifier_word = if start < i { self.w(start) } else { "" };
        let expr = match expr {
            Expr::Weekday { day, modifier: Modifier::None } => Expr::Weekday { day, modifier: modifier_of(modifier_word) },
            Expr::Weekend { modifier: Modifier::None } => Expr::Weekend { modifier: modifier_of(modifier_word) },
            other => other,
        };
        let future = self.future_context(start, end, sentence) || modifier_word == "next";
        let (value, relative) = self.resolve(&expr, future);
        let range = self.tokens[start].start..self.tokens[end - 1].end;
        let resolved_future = future && relative;
        let attributive = start == i && self.opens_a_noun_phrase(start, end, sentence);
        Some((DateMention { range, tokens: start..end, value, relative, future: resolved_future, attributive }, end))
    }

    /// Does the expression at tokens `start..end` stand between a definite
    /// determiner and a word, as a modifier of that word's noun?
    /// "a 2016 bombing": a year alone between an indefinite article and a
    /// word written in lower case ("a 1998 Toyota" is a model; "a few days
    /// ago" is no year).
    fn indefinite_before_lower_case(&self, start: usize, end: usize) -> bool {
        end == start + 1 && self.is_number_token(start) && start > 0 && matches!(self.w(start - 1), "a" | "an") && self.written_lower.get(end).copied().unwrap_or(false)
    }

    fn opens_a_noun_phrase(&self, start: usize, end: usize, sentence: &Range<usize>) -> bool {
        start > sentence.start
            && end < sentence.end
            && (DEFINITE_DETERMINERS.contains(&self.w(start - 1)) || self.indefinite_before_lower_case(start, end))
            && self.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
            && !NOT_NOUN_WORDS.contains(&self.w(end))
    }

    /// Whether the sentence puts the expression in the future. The nearest
    /// tense cue before the expression decides ("said on Monday that they
    /// will" is past; "will resume on Monday" future); failing one, a future
    /// cue shortly after it ("On Monday, talks will resume").
    fn future_context(&self, start: usize, end: usize, sentence: &Range<usize>) -> bool {
        let before = sentence.start.max(start.saturating_sub(6))..start;
        for k in before.clone().rev() {
            let w = self.w(k);
            // "the court will hear that he was abducted on 20 December": a
            // past auxiliary nearer the date than the future cue makes the
            // date the past clause's.
            if PAST_REPORTING.contains(&w) || PAST_AUXILIARIES.contains(&w) {
                return false;
            }
            // "called for fresh demonstrations on Thursday": what is
            // called for is still to come.
            let called_for = w == "for" && k > before.start && CALLING.contains(&self.w(k - 1));
            if (FUTURE_MARKERS.contains(&w) && !due_as_cause(self, k)) || called_for {
                return true;
            }
        }
        for k in end..sentence.end.min(end + 5) {
            let w = self.w(k);
            if PAST_REPORTING.contains(&w) {
                return false;
            }
            if FUTURE_MARKERS.contains(&w) && !due_as_cause(self, k) {
                return true;
            }
        }
        false
    }

    fn core_at(&self, i: usize) -> Option<(Expr, usize)> {
        let w = self.w(i);
        // ISO 2024-02-03.
        if self.is_number_token(i) && w.len() == 10 {
            if let Ok(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d") {
                return Some((Expr::Absolute(ResolvedDate::day(d)), i + 1));
            }
        }
        // D [of] MONTH [YEAR]: "3 February", "24 AUG 88", "3rd of February 2024".
        if let Some(day) = day_number(w).filter(|_| self.is_number_token(i)) {
            let mut j = i + 1;
            if self.w(j) == "of" {
                j += 1;
            }
            if let Some(month) = month_number(self.w(j)) {
                j += 1;
                if self.w(j) == "," {
                    j += 1;
                }
                if let Some(year) = year_number(self.w(j), self.published, true) {
                    let d = NaiveDate::from_ymd_opt(year, month, day)?;
                    return Some((Expr::Absolute(ResolvedDate::day(d)), j + 1));
                }
                let end = if self.w(j - 1) == "," { j - 1 } else { j };
                return Some((Expr::DayMonth { day, month }, end));
            }
        }
        if let Some(month) = month_number(w) {
            let word_is_ambiguous = matches!(w, "may" | "march" | "mar" | "jun" | "sun" | "dec");
            let mut j = i + 1;
            // MONTH D[,] [YEAR]: "February 3", "Feb. 3, 2024".
            if let Some(day) = day_number(self.w(j)).filter(|_| self.is_number_token(j)) {
                j += 1;
                let mut k = j;
                if self.w(k) == "," {
                    k += 1;
                }
                if let Some(year) = year_number(self.w(k), self.published, false) {
                    let d = NaiveDate::from_ymd_opt(year, month, day)?;
                    return Some((Expr::Absolute(ResolvedDate::day(d)), k + 1));
                }
                return Some((Expr::DayMonth { day, month }, j));
            }
            // MONTH YEAR: "January 2014", "JAN 90".
            if let Some(year) = year_number(self.w(j), self.published, w.len() == 3 || w.ends_with('.')) {
                return Some((Expr::Absolute(ResolvedDate::month(year, month)?), j + 1));
            }
            // A month alone needs a preposition: "in January". Month names
            // that are also ordinary words ("may", "march") need a stronger one.
            let prev = if i > 0 { self.w(i - 1) } else { "" };
            let cues: &[&str] = if word_is_ambiguous {
                &["in", "since", "during", "early", "late", "mid", "last"]
            } else {
                &["in", "since", "during", "until", "early", "late", "mid", "last", "this", "next", "of"]
            };
            if cues.contains(&prev) {
                return Some((Expr::MonthOnly { month }, i + 1));
            }
        }
        // mid-March, early-2014 are single hyphenated tokens.
        if let Some((head, tail)) = w.split_once('-') {
            if matches!(head, "mid" | "early" | "late") {
                if let Some(month) = month_number(tail) {
                    return Some((Expr::MonthOnly { month }, i + 1));
                }
                if let Some(year) = year_number(tail, self.published, false) {
                    return Some((Expr::Absolute(ResolvedDate::year(year)?), i + 1));
                }
            }
        }
        // YEAR after a preposition: "in 2014", "since 2019", "in early 2014".
        if let Some(year) = year_number(w, self.published, false).filter(|_| self.is_number_token(i)) {
            let prev = if i > 0 { self.w(i - 1) } else { "" };
            let prev2 = if i > 1 { self.w(i - 2) } else { "" };
            // "of 2014" only as in "the end of 2014", not "the attack of 2014 people".
            let of_a_period = matches!(prev2, "end" | "start" | "beginning" | "spring" | "summer" | "autumn" | "fall" | "winter");
            let cue = matches!(prev, "in" | "since" | "during" | "until" | "by" | "from" | "early" | "late" | "mid" | "throughout")
                || (prev == "of" && of_a_period);
            // A verb after the year ends the phrase: "an earlier blast in 2022 killed 11 people".
            let next = self.w(i + 1);
            let next_is_verb = next.len() > 4 && next.ends_with("ed")
                || matches!(next, "was" | "were" | "is" | "are" | "had" | "has" | "have" | "left" | "took" | "saw");
            let next_is_noun = self.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word) && !next_is_verb && !NOT_NOUN_WORDS.contains(&next);
            if cue && !next_is_noun {
                return Some((Expr::Absolute(ResolvedDate::year(year)?), i + 1));
            }
            // A year that opens a definite noun phrase dates what the noun
            // names: "the 2008 Mumbai attacks", "its 2019 offensive". A count
            // that large would be written with a comma ("the 2,000 troops");
            // after "a" the year is more often a model's ("a 1981 Chevrolet"),
            // unless a word in lower case follows ("a 2016 bombing").
            let determiner = DEFINITE_DETERMINERS.contains(&prev) || self.indefinite_before_lower_case(i, i + 1);
            if determiner && next_is_noun {
                return Some((Expr::Absolute(ResolvedDate::year(year)?), i + 1));
            }
        }
        // Weekdays: "Saturday", "Saturday night".
        if let Some(day) = weekday(w) {
            let mut end = i + 1;
            if matches!(self.w(end), "morning" | "afternoon" | "evening" | "night") {
                end += 1;
            }
            return Some((Expr::Weekday { day, modifier: Modifier::None }, end));
        }
        match w {
            "today" => return Some((Expr::DaysFromNow(0), i + 1)),
            "tonight" => return Some((Expr::DaysFromNow(0), i + 1)),
            "yesterday" => return Some((Expr::DaysFromNow(-1), i + 1)),
            "tomorrow" => return Some((Expr::DaysFromNow(1), i + 1)),
            "this" if matches!(self.w(i + 1), "morning" | "afternoon" | "evening") => {
                return Some((Expr::DaysFromNow(0), i + 2))
            }
            "last" if self.w(i + 1) == "night" => return Some((Expr::DaysFromNow(-1), i + 2)),
            // "Missiles struck the city overnight": the night before the
            // report, which may reach back past midnight. Not "an overnight
            // curfew", nor "overnight into Sunday" (the day names it), nor
            // "overnight" for "all at once" ("cannot overnight raise",
            // "became a burning issue overnight").
            "overnight" if !matches!(self.w(i.wrapping_sub(1)), "a" | "an" | "the") && !matches!(self.w(i + 1), "into" | "to" | "on" | "from") && !self.overnight_means_suddenly(i) => {
                return Some((Expr::UpToNow { days: 1 }, i + 1))
            }
            "the" if self.w(i + 1) == "day" && self.w(i + 2) == "before" && self.w(i + 3) == "yesterday" => {
                return Some((Expr::DaysFromNow(-2), i + 4))
            }
            "last" | "this" | "next" | "past" => {
                let offset = match w {
                    "last" | "past" => -1,
                    "next" => 1,
                    _ => 0,
                };
                let earlier = i > 0 && self.w(i - 1) == "earlier";
                if offset < 0 {
                    if let Some(found) = self.recent_period(i + 1) {
                        return Some(found);
                    }
                }
                match self.w(i + 1) {
                    "week" => return Some((Expr::Unit { unit: Unit::Week, offset, to_date: offset == 0 || earlier }, i + 2)),
                    "month" => return Some((Expr::Unit { unit: Unit::Month, offset, to_date: offset == 0 || earlier }, i + 2)),
                    "year" => return Some((Expr::Unit { unit: Unit::Year, offset, to_date: offset == 0 || earlier }, i + 2)),
                    "weekend" => {
                        let modifier = match w {
                            "last" | "past" => Modifier::Last,
                            "next" => Modifier::Next,
                            _ => Modifier::This,
                        };
                        return Some((Expr::Weekend { modifier }, i + 2));
                    }
                    _ => {}
                }
            }
            "weekend" if i > 1 && self.w(i - 1) == "the" && matches!(self.w(i - 2), "over" | "at" | "during") => {
                return Some((Expr::Weekend { modifier: Modifier::None }, i + 1))
            }
            _ => {}
        }
        if let Some(found) = self.moments_ago(i) {
            return Some(found);
        }
        if (w == "right" && self.w(i + 1) == "now") || (w == "at" && self.w(i + 1) == "this" && self.w(i + 2) == "moment") {
            let end = if w == "right" { i + 2 } else { i + 3 };
            return Some((Expr::DaysFromNow(0), end));
        }
        // N days/weeks/months/years ago ("ago" tested first: it is rare,
        // reading a number is not cheap).
        if self.w(i + 2) != "ago" {
            return None;
        }
        if let Some(n) = number_word(w) {
            let unit = self.w(i + 1);
            if (0..1000).contains(&n) {
                let expr = match unit.trim_end_matches('s') {
                    "day" => Expr::DaysFromNow(-n),
                    "week" => Expr::Unit { unit: Unit::Week, offset: -n, to_date: false },
                    "month" => Expr::Unit { unit: Unit::Month, offset: -n, to_date: false },
                    "year" => Expr::Unit { unit: Unit::Year, offset: -n, to_date: false },
                    _ => return None,
                };
                return Some((expr, i + 3));
            }
        }
        None
    }

    /// A vague or small count at token `i` ("a few", "several", "a
    /// couple of", "two", "24") and the token after it; no count at all
    /// ("minutes ago", "hours") reads as a few.
    fn small_count(&self, i: usize) -> (Option<i64>, usize) {
        match (self.w(i), self.w(i + 1)) {
            ("a", "few") => (None, i + 2),
            ("a", "couple") => (Some(2), if self.w(i + 2) == "of" { i + 3 } else { i + 2 }),
            ("few" | "several" | "some", _) => (None, i + 1),
            (w, _) => match number_word(w).filter(|_| w != "a" && w != "an") {
                Some(n) => (Some(n), i + 1),
                None => (None, i),
            },
        }
    }

    /// Minutes or hours back from the report: "a few minutes ago", "two
    /// hours ago", "moments ago", "a short while ago". Minutes are the day
    /// of publication; hours may reach into the day before.
    fn moments_ago(&self, i: usize) -> Option<(Expr, usize)> {
        if self.w(i) == "a" && matches!(self.w(i + 1), "while" | "short" | "little") {
            let j = if self.w(i + 1) == "while" { i + 2 } else { i + 3 };
            return (self.w(j - 1) == "while" && self.w(j) == "ago").then_some((Expr::DaysFromNow(0), j + 1));
        }
        // A count takes at most three words, so "ago" must be one to four
        // words on; most words have none there, and reading the count
        // (a number parse) is the costly part.
        if !(i + 1..=i + 4).any(|k| self.w(k) == "ago") {
            return None;
        }
        let (count, j) = self.small_count(i);
        if self.w(j + 1) != "ago" {
            return None;
        }
        let expr = self.hours_or_minutes(self.w(j), count)?;
        Some((expr, j + 2))
    }

    /// "past/last few hours", "last 48 hours", "past minutes": the period up
    /// to the report, from the word after "past" or "last" at `i`.
    fn recent_period(&self, i: usize) -> Option<(Expr, usize)> {
        let (count, j) = self.small_count(i);
        let expr = self.hours_or_minutes(self.w(j), count)?;
        Some((expr, j + 1))
    }

    fn hours_or_minutes(&self, unit: &str, count: Option<i64>) -> Option<Expr> {
        match unit {
            "minute" | "minutes" | "moment" | "moments" => Some(Expr::DaysFromNow(0)),
            "hour" | "hours" => {
                let hours = count.unwrap_or(1).clamp(1, 24 * 30);
                Some(Expr::UpToNow { days: (hours + 23) / 24 })
            }
            _ => None,
        }
    }

    fn resolve(&self, expr: &Expr, future: bool) -> (Option<ResolvedDate>, bool) {
        if let Expr::Absolute(r) = expr {
            return (Some(*r), false);
        }
        let p = match self.published {
            Some(p) => p,
            None => return (None, true),
        };
        let value = match *expr {
            Expr::Absolute(_) => unreachable!("handled above"),
            Expr::DaysFromNow(n) => Some(ResolvedDate::day(p + Duration::days(n))),
            Expr::UpToNow { days } => Some(ResolvedDate { start: p - Duration::days(days), end: p, precision: DatePrecision::Day }),
            Expr::Weekday { day, modifier } => {
                let back = (7 + p.weekday().num_days_from_monday() as i64 - day.num_days_from_monday() as i64) % 7;
                let forward = (7 - back) % 7;
                let d = match modifier {
                    Modifier::Next => p + Duration::days(if forward == 0 { 7 } else { forward }),
                    Modifier::Last => p - Duration::days(if back == 0 { 7 } else { back }),
                    _ if future => p + Duration::days(if forward == 0 { 7 } else { forward }),
                    _ => p - Duration::days(back),
                };
                Some(ResolvedDate::day(d))
            }
            Expr::Weekend { modifier } => {
                // The Saturday of the weekend meant.
                let back = (7 + p.weekday().num_days_from_monday() as i64 - Weekday::Sat.num_days_from_monday() as i64) % 7;
                let sat = match modifier {
                    Modifier::Next => p + Duration::days(7 - back),
                    _ if future && modifier != Modifier::Last => p + Duration::days((7 - back) % 7),
                    _ => p - Duration::days(back),
                };
                Some(ResolvedDate { start: sat, end: sat + Duration::days(1), precision: DatePrecision::Week })
            }
            Expr::DayMonth { day, month } => {
                let this_year = NaiveDate::from_ymd_opt(p.year(), month, day);
                let pick = |y: i32| NaiveDate::from_ymd_opt(y, month, day);
                let d = match this_year {
                    Some(d) if future => {
                        if d >= p {
                            Some(d)
                        } else {
                            pick(p.year() + 1)
                        }
                    }
                    Some(d) if d <= p => Some(d),
                    _ => pick(p.year() - 1).or_else(|| pick(p.year())),
                };
                d.map(ResolvedDate::day)
            }
            Expr::MonthOnly { month } => {
                let year = if future {
                    if month >= p.month() { p.year() } else { p.year() + 1 }
                } else if month <= p.month() {
                    p.year()
                } else {
                    p.year() - 1
                };
                ResolvedDate::month(year, month)
            }
            Expr::Unit { unit, offset, to_date } => match unit {
                Unit::Week => {
                    let mut r = ResolvedDate::week_of(p + Duration::days(7 * offset));
                    if to_date && offset == 0 {
                        r.end = p;
                    }
                    Some(r)
                }
                Unit::Month => {
                    let total = p.year() * 12 + p.month0() as i32 + offset as i32;
                    let mut r = ResolvedDate::month(total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
                    if let (Some(r), true, 0) = (r.as_mut(), to_date, offset) {
                        r.end = p;
                    }
                    r
                }
                Unit::Year => {
                    let mut r = ResolvedDate::year(p.year() + offset as i32);
                    if let (Some(r), true, 0) = (r.as_mut(), to_date, offset) {
                        r.end = p;
                    }
                    r
                }
            },
        };
        (value, true)
    }
}

fn modifier_of(word: &str) -> Modifier {
    match word {
        "last" | "past" => Modifier::Last,
        "this" => Modifier::This,
        "next" => Modifier::Next,
        _ => Modifier::None,
    }
}

/// Parses a complete date written on its own, as in a dateline ("24 AUG 88",
/// "March 3", "Jan. 5, 2024"), resolving a missing year against `published`.
pub fn parse_date_phrase(phrase: &str, published: Option<NaiveDate>) -> Option<ResolvedDate> {
    let tokens = crate::tokens::tokenize(phrase);
    if tokens.is_empty() {
        return None;
    }
    let whole = 0..tokens.len();
    let found = find_dates(phrase, &tokens, std::slice::from_ref(&whole), published);
    found.into_iter().find(|m| m.tokens.start == 0 && m.tokens.end == tokens.len()).and_then(|m| m.value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// The sentence of each token is the first range holding it, as a
    /// search from the start would find, whatever the order or overlap of
    /// the ranges (and none for a token outside them all).
    #[test]
    fn each_token_gets_the_first_range_that_holds_it() {
        let bounds = [5..8, 0..3, 2..6, 9..9, 7..4];
        let got = first_sentence_of_each_token(10, &bounds);
        let want: Vec<Option<usize>> = (0..10).map(|i| bounds.iter().position(|r| r.contains(&i))).collect();
        assert_eq!(got, want);
        assert_eq!(got, [Some(1), Some(1), Some(1), Some(2), Some(2), Some(0), Some(0), Some(0), None, None]);
        assert_eq!(first_sentence_of_each_token(3, &[0..10]), [Some(0), Some(0), Some(0)]);
    }

    /// Capitalised and upper-case date words are found as lower-case ones.
    #[test]
    fn date_words_in_any_case_are_read_alike() {
        assert_eq!(lower_case("Tuesday"), "tuesday");
        assert_eq!(lower_case("MARCH"), "march");
        assert!(matches!(lower_case("yesterday"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(lower_case("ÉTÉ"), "été");
    }

    fn date(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap()
    }

    /// Resolves the only (or first) expression in `text`.
    fn resolve(text: &str, published: &str) -> (String, String, DatePrecision, String) {
        let toks = tokenize(text);
        let found = find_dates(text, &toks, &[0..toks.len()], Some(date(published)));
        let m = found.first().unwrap_or_else(|| panic!("no date found in {text:?}"));
        let v = m.value.expect("resolved");
        (v.start.to_string(), v.end.to_string(), v.precision, text[m.range.clone()].to_string())
    }

    fn day(text: &str, published: &str) -> String {
        let (s, e, p, _) = resolve(text, published);
        assert_eq!(s, e, "{text}");
        assert_eq!(p, DatePrecision::Day, "{text}");
        s
    }

    /// "the 2008 Mumbai attacks", "the 12 June vote": a year or day that
    /// opens a definite noun phrase is a date of what the noun names, and
    /// says so; after "a" a year is a model's ("a 1998 Toyota") unless a
    /// word in lower case follows ("a 2016 bombing"), and a count written
    /// without a comma is rare.
    #[test]
    fn a_date_that_opens_a_noun_phrase_is_attributive() {
        let found = |text: &str| {
            let toks = tokenize(text);
            find_dates(text, &toks, &[0..toks.len()], Some(date("2026-03-09")))
                .into_iter()
                .map(|m| (text[m.range.clone()].to_string(), m.value.map(|v| v.precision), m.attributive))
                .collect::<Vec<_>>()
        };
        assert_eq!(found("Survivors of the 2008 Mumbai attacks gathered on Monday."), [
            ("2008".to_string(), Some(DatePrecision::Year), true),
            ("on Monday".to_string(), Some(DatePrecision::Day), false),
        ]);
        assert_eq!(found("Turnout in the 12 June vote was low."), [("12 June".to_string(), Some(DatePrecision::Day), true)]);
        assert!(found("The bomb was hidden in a 1998 Toyota.").is_empty());
        assert_eq!(found("Eleven men were sentenced for a 2016 bombing."), [("2016".to_string(), Some(DatePrecision::Year), true)]);
        assert!(found("Rebels attacked the town a few days ago.").iter().all(|(_, _, attributive)| !attributive));
        assert_eq!(found("The town fell in 2014 and was retaken."), [("in 2014".to_string(), Some(DatePrecision::Year), false)]);
    }

    #[test]
    fn impossible_iso_dates_are_refused() {
        assert!(parse_iso_date("2023-02-30").is_err());
        assert!(parse_iso_date("2024-02-29").is_ok());
        assert!(parse_iso_date("24/02/2024").is_err());
    }

    #[test]
    fn weekdays_lean_to_the_past() {
        // 2024-03-09 is a Saturday.
        assert_eq!(day("A car bomb exploded on Saturday, police said.", "2024-03-09"), "2024-03-09");
        assert_eq!(day("The market was attacked on Wednesday.", "2024-03-09"), "2024-03-06");
        assert_eq!(day("Gunmen struck on Sunday night.", "2024-03-09"), "2024-03-03");
        assert_eq!(day("GUERRILLAS ATTACKED ON FRIDAY.", "2024-03-09"), "2024-03-08");
        assert_eq!(day("He was seized last Saturday.", "2024-03-09"), "2024-03-02");
    }

    #[test]
    fn future_tense_moves_weekdays_forward() {
        assert_eq!(day("The talks will resume on Monday.", "2024-03-09"), "2024-03-11");
        assert_eq!(day("The group said it would hold a rally next Friday.", "2024-03-09"), "2024-03-15");
        // "said" between the marker and the date: past.
        assert_eq!(day("Police said on Monday that they will investigate.", "2024-03-09"), "2024-03-04");
        // What is called for is to come; the day of the call is past.
        assert_eq!(day("The opposition called for fresh demonstrations on Thursday.", "2024-03-09"), "2024-03-14");
        assert_eq!(day("The opposition leader called on Thursday for calm.", "2024-03-09"), "2024-03-07");
    }

    #[test]
    fn relative_days() {
        assert_eq!(day("Rebels shelled the town yesterday.", "2024-03-09"), "2024-03-08");
        assert_eq!(day("two days ago", "2024-03-09"), "2024-03-07");
        assert_eq!(day("THE ATTACK TOOK PLACE 2 DAYS AGO", "1989-02-05"), "1989-02-03");
        assert_eq!(day("fighting erupted last night", "2024-03-09"), "2024-03-08");
        assert_eq!(day("the day before yesterday", "2024-03-09"), "2024-03-07");
        assert_eq!(day("this morning", "2024-03-09"), "2024-03-09");
        assert_eq!(day("today", "2024-03-09"), "2024-03-09");
    }

    #[test]
    fn minutes_and_hours_before_the_report() {
        // Minutes back are the day of the report.
        assert_eq!(day("Two bombs exploded a few minutes ago in the city centre.", "1989-03-18"), "1989-03-18");
        assert_eq!(day("the judge was shot just minutes ago outside the court", "1989-08-16"), "1989-08-16");
        assert_eq!(day("Heavy shooting is heard right now near the palace.", "1989-11-11"), "1989-11-11");
        assert_eq!(day("The building was evacuated a short while ago.", "2024-03-09"), "2024-03-09");
        assert_eq!(day("A car bomb went off moments ago.", "2024-03-09"), "2024-03-09");
        // Hours back may reach into the day before: the range holds both.
        for text in [
            "In the past few hours guerrillas blew up a section of the pipeline.",
            "two U.S. citizens were kidnapped in the last few hours",
            "Rebels attacked the garrison three hours ago, the army said.",
            "There have been four attacks on the pipeline in the past 24 hours.",
        ] {
            let (s, e, p, _) = resolve(text, "1990-02-13");
            assert_eq!((s.as_str(), e.as_str(), p), ("1990-02-12", "1990-02-13", DatePrecision::Day), "{text}");
        }
        // The night before the report, unless a day is named with it.
        let (s, e, p, t) = resolve("Russian missiles struck energy facilities in the city overnight, the governor said.", "2026-12-08");
        assert_eq!((s.as_str(), e.as_str(), p, t.as_str()), ("2026-12-07", "2026-12-08", DatePrecision::Day, "overnight"));
        for text in ["The army imposed an overnight curfew.", "Drones attacked the port overnight into Sunday.", "The government cannot overnight double its police force.", "The ceasefire has become a dead letter overnight."] {
            let toks = tokenize(text);
            let found = find_dates(text, &toks, &[0..toks.len()], Some(date("2026-12-08")));
            assert!(found.iter().all(|d| &text[d.range.clone()] != "overnight"), "{text}");
        }
        let (s, e, _, t) = resolve("four attacks in the last 72 hours", "1989-06-20");
        assert_eq!((s.as_str(), e.as_str(), t.as_str()), ("1989-06-17", "1989-06-20", "last 72 hours"));
        // Not a time before the report.
        for text in ["The talks lasted several hours.", "He spent a few minutes with the victims.", "a while later"] {
            let toks = tokenize(text);
            assert!(find_dates(text, &toks, &[0..toks.len()], Some(date("2024-03-09"))).is_empty(), "{text}");
        }
    }

    #[test]
    fn weeks_months_years() {
        let (s, e, p, t) = resolve("Clashes killed dozens last week.", "2024-03-09");
        assert_eq!((s.as_str(), e.as_str(), p, t.as_str()), ("2024-02-26", "2024-03-03", DatePrecision::Week, "last week"));
        let (s, e, p, _) = resolve("earlier this month", "2024-03-09");
        assert_eq!((s.as_str(), e.as_str(), p), ("2024-03-01", "2024-03-09", DatePrecision::Month));
        let (s, e, p, _) = resolve("last month", "2024-01-15");
        assert_eq!((s.as_str(), e.as_str(), p), ("2023-12-01", "2023-12-31", DatePrecision::Month));
        let (s, e, p, t) = resolve("the group seized the town in 2014", "2024-03-09");
        assert_eq!((s.as_str(), e.as_str(), p, t.as_str()), ("2014-01-01", "2014-12-31", DatePrecision::Year, "in 2014"));
        // A verb may follow the year when the phrase sits inside the subject.
        let (s, _, p, t) = resolve("An earlier blast at the same mosque in 2022 killed 11 people.", "2024-03-09");
        assert_eq!((s.as_str(), p, t.as_str()), ("2022-01-01", DatePrecision::Year, "in 2022"));
        let (s, _, _, t) = resolve("a raid in 2019 was the deadliest", "2024-03-09");
        assert_eq!((s.as_str(), t.as_str()), ("2019-01-01", "in 2019"));
        let (s, _, p, _) = resolve("three weeks ago", "2024-03-09");
        assert_eq!((s.as_str(), p), ("2024-02-12", DatePrecision::Week));
        let (s, e, _, _) = resolve("over the weekend", "2024-03-12");
        assert_eq!((s.as_str(), e.as_str()), ("2024-03-09", "2024-03-10"));
    }

    #[test]
    fn a_past_clause_or_a_cause_is_no_future_cue() {
        assert_eq!(day("The court will hear that he was abducted on 20 December.", "1990-01-22"), "1989-12-20");
        assert_eq!(day("The bridge has been closed since 14 February due to flooding.", "1990-02-16"), "1990-02-14");
        // Still future: what is due to happen, and a future verb nearer the date.
        assert_eq!(day("The vote is due to take place on 5 May.", "2024-03-09"), "2024-05-05");
        assert_eq!(day("The talks, which were postponed, will resume on 2 March.", "2024-03-09"), "2025-03-02");
    }

    #[test]
    fn day_and_month_without_year() {
        assert_eq!(day("on 3 February", "2024-03-09"), "2024-02-03");
        assert_eq!(day("ON 30 DECEMBER IN SAN LUIS", "1990-01-03"), "1989-12-30");
        assert_eq!(day("on February 3rd", "2024-03-09"), "2024-02-03");
        assert_eq!(day("the 3rd of February", "2024-03-09"), "2024-02-03");
        assert_eq!(day("on Feb. 29", "2024-03-09"), "2024-02-29");
        let (s, e, p, _) = resolve("in January", "2024-03-09");
        assert_eq!((s.as_str(), e.as_str(), p), ("2024-01-01", "2024-01-31", DatePrecision::Month));
        let (s, _, p, _) = resolve("in November", "2024-03-09");
        assert_eq!((s.as_str(), p), ("2023-11-01", DatePrecision::Month));
    }

    #[test]
    fn absolute_dates_and_wire_style() {
        assert_eq!(day("SANTIAGO, 24 AUG 88 (EFE)", "2024-03-09"), "1988-08-24");
        assert_eq!(day("on 3 JAN 90", "1990-01-04"), "1990-01-03");
        assert_eq!(day("on March 3, 2023", "2024-03-09"), "2023-03-03");
        assert_eq!(day("2024-02-03", "2024-03-09"), "2024-02-03");
        let (s, e, p, _) = resolve("in January 2014", "2024-03-09");
        assert_eq!((s.as_str(), e.as_str(), p), ("2014-01-01", "2014-01-31", DatePrecision::Month));
    }

    #[test]
    fn numbers_that_are_not_years_or_dates() {
        // ("the 2014 attack" is a date of the attack: see
        // `a_date_that_opens_a_noun_phrase_is_attributive`.)
        for text in ["killing 2014 people", "May God help us", "troops march on", "in 1,200 homes", "a 2014 Toyota"] {
            let toks = tokenize(text);
            let found = find_dates(text, &toks, &[0..toks.len()], Some(date("2024-03-09")));
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn relative_dates_without_publication_are_left_unresolved() {
        let text = "Gunmen attacked on Saturday in 2014";
        let toks = tokenize(text);
        let found = find_dates(text, &toks, &[0..toks.len()], None);
        assert_eq!(found.len(), 2);
        assert!(found[0].relative && found[0].value.is_none());
        assert!(!found[1].relative && found[1].value.is_some());
    }

    #[test]
    fn leading_words_are_taken_at_most_three_deep() {
        // Once tripped an arithmetic overflow: several leading words in a row.
        let (s, _, p, t) = resolve("it happened since early last week", "2024-03-09");
        assert_eq!((s.as_str(), p, t.as_str()), ("2024-02-26", DatePrecision::Week, "since early last week"));
        let (s, _, _, t) = resolve("in early 2014", "2024-03-09");
        assert_eq!((s.as_str(), t.as_str()), ("2014-01-01", "in early 2014"));
    }

    #[test]
    fn date_phrases() {
        assert_eq!(parse_date_phrase("24 AUG 88", None).unwrap().start, date("1988-08-24"));
        assert_eq!(parse_date_phrase("March 3", Some(date("2024-03-04"))).unwrap().start, date("2024-03-03"));
        assert!(parse_date_phrase("March 3", None).is_none());
    }
}
