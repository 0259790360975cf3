//! Wire-service datelines: `MOGADISHU, Somalia (Reuters) -`,
//! `SANTIAGO, 24 AUG 88 (EFE) -- [TEXT]`, `BEIRUT (AP) —`,
//! `WASHINGTON, March 3 (Reuters) -`.
//!
//! The dateline names where a report was filed, not where the event took
//! place; extraction must not take it for the event's place. It also often
//! carries the only date of a wire report, which then serves as the
//! publication date. The dateline is looked for at the start of the first or
//! second non-empty line (a title or an archive header such as
//! `DEV-MUC3-0001 (NOSC)` may come first).

use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::dates::{parse_date_phrase, ResolvedDate};

/// A dateline found at the start of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatelineMatch {
    /// The whole dateline, up to and including the dash and any bracketed
    /// tags such as `[TEXT]`.
    pub range: Range<usize>,
    pub place: Option<Range<usize>>,
    /// A region or country after the place ("Somalia").
    pub region: Option<Range<usize>>,
    pub date_text: Option<Range<usize>>,
    pub date: Option<ResolvedDate>,
    pub agency: Option<Range<usize>>,
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Place: upper-case words (SAN SALVADOR, PORT-AU-PRINCE, N'DJAMENA).
        // Then optionally ", Region" and/or ", date", then "(AGENCY)", then a dash.
        let place = r"(?P<place>\p{Lu}[\p{Lu}'’.\-]*(?:[ ]+\p{Lu}[\p{Lu}'’.\-]*){0,4})";
        let region = r"(?:,[ ]*(?P<region>\p{Lu}[\p{L}.'’\-]*(?:[ ]+\p{Lu}[\p{L}.'’\-]*){0,3}))?";
        let date = r"(?:,[ ]*(?P<date>\d{1,2}[ ]+\p{L}{3,9}\.?(?:[ ]+\d{2,4})?|\p{L}{3,9}\.?[ ]+\d{1,2}(?:,[ ]*\d{4})?))?";
        let agency = r"(?:[ ]*\((?P<agency>[^()\n]{1,40})\))?";
        let dash = r"[ ]*(?:--|—|–|-|:)";
        let tags = r"(?P<tags>(?:[ \t]*\n?[ \t]*\[[^\]\[]{1,120}\])*)";
        Regex::new(&format!(r"^{place}{region}{date}{agency}{dash}{tags}")).expect("dateline pattern compiles")
    })
}

/// Finds the dateline of `text`, if any. `published` resolves a date
/// without a year ("March 3").
pub fn find_dateline(text: &str, published: Option<NaiveDate>) -> Option<DatelineMatch> {
    let mut line_start = 0usize;
    let mut tried = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_start();
        if content.trim().is_empty() {
            line_start += line.len();
            continue;
        }
        let offset = line_start + (line.len() - content.len());
        // The pattern starts with an upper-case letter (`\p{Lu}`, which
        // `is_uppercase` includes): other lines are not tried, and in
        // lower-case text the pattern is never even compiled.
        let may_match = content.chars().next().is_some_and(char::is_uppercase);
        if let Some(m) = may_match.then(|| match_at(text, offset, published)).flatten() {
            return Some(m);
        }
        tried += 1;
        if tried == 2 {
            break;
        }
        line_start += line.len();
    }
    None
}

fn match_at(text: &str, offset: usize, published: Option<NaiveDate>) -> Option<DatelineMatch> {
    let caps = pattern().captures(&text[offset..])?;
    let whole = caps.get(0)?;
    let place = caps.name("place")?;
    let agency = caps.name("agency");
    let date_m = caps.name("date");
    let region = caps.name("region");
    // A real dateline has an upper-case place of at least two letters, and
    // either an agency, a date, a bracket tag, or a long dash: this keeps
    // "WARNING - ..." style headlines from matching on place alone.
    let letters = place.as_str().chars().filter(|c| c.is_alphabetic()).count();
    let has_tags = caps.name("tags").is_some_and(|t| !t.as_str().trim().is_empty());
    let dash_is_strong = whole.as_str().contains("--") || whole.as_str().contains('—') || whole.as_str().contains('–');
    let spaced_hyphen = whole.as_str().ends_with(" -") && text[offset + whole.end()..].starts_with(' ') && place_before_mixed_case_text(place.as_str(), &text[offset + whole.end()..]);
    if letters < 2 || !(agency.is_some() || date_m.is_some() || has_tags || dash_is_strong || region.is_some() || spaced_hyphen) {
        return None;
    }
    let date = date_m.and_then(|d| parse_date_phrase(d.as_str(), published));
    if date_m.is_some() && date.is_none() && published.is_some() {
        return None;
    }
    let shift = |m: regex::Match| offset + m.start()..offset + m.end();
    Some(DatelineMatch {
        range: offset..offset + whole.end(),
        place: Some(shift(place)),
        region: region.map(shift),
        date_text: date_m.map(shift),
        date,
        agency: agency.map(shift),
    })
}

/// Words written in capitals before a dash that are labels, not places.
const LABELS: &[&str] = &["WARNING", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "CORRECTION", "URGENT", "FLASH", "ANALYSIS", "OPINION", "EDITORIAL", "NOTE", "WATCH", "LIVE", "FACTBOX", "EXPLAINER", "REFILE", "ALERT", "NEWS"];

/// "MOGADISHU - Gunmen stormed ...": a place in capitals with a plain
/// hyphen is a dateline only before text in mixed case (in an ALL-CAPS
/// document a hyphen after capitals says nothing) and when the capitals
/// are no label ("UPDATE - ").
fn place_before_mixed_case_text(place: &str, body: &str) -> bool {
    let first_word: String = body.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    let mixed = crate::sentences::is_title_case(&first_word);
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    mixed && letters >= 3 && !place.split_whitespace().any(|w| LABELS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part<'a>(text: &'a str, r: &Option<Range<usize>>) -> Option<&'a str> {
        r.clone().map(|r| &text[r])
    }

    #[test]
    fn reuters_style() {
        let text = "MOGADISHU, Somalia (Reuters) - A car bomb tore through a market.";
        let d = find_dateline(text, None).unwrap();
        assert_eq!(part(text, &d.place), Some("MOGADISHU"));
        assert_eq!(part(text, &d.region), Some("Somalia"));
        assert_eq!(part(text, &d.agency), Some("Reuters"));
        assert_eq!(&text[d.range.end..], " A car bomb tore through a market.");
    }

    #[test]
    fn muc_style_with_date_and_tags() {
        let text = "DEV-MUC3-0001 (NOSC)\n\n   SAN SALVADOR, 3 JAN 90 -- [REPORT] [ARMED FORCES PRESS COMMITTEE,\nCOPREFA] [TEXT] THE ARCE BATTALION COMMAND HAS REPORTED";
        let d = find_dateline(text, None).unwrap();
        assert_eq!(part(text, &d.place), Some("SAN SALVADOR"));
        assert_eq!(d.date.unwrap().start, NaiveDate::from_ymd_opt(1990, 1, 3).unwrap());
        assert!(text[d.range.end..].trim_start().starts_with("THE ARCE"));
        let text = "SANTIAGO, 24 AUG 88 (EFE) -- [TEXT] POLICE SAID";
        let d = find_dateline(text, None).unwrap();
        assert_eq!(part(text, &d.agency), Some("EFE"));
        assert_eq!(d.date.unwrap().start, NaiveDate::from_ymd_opt(1988, 8, 24).unwrap());
    }

    #[test]
    fn ap_style_and_month_day() {
        let text = "BEIRUT (AP) — Israeli jets struck";
        assert_eq!(part(text, &find_dateline(text, None).unwrap().place), Some("BEIRUT"));
        let text = "WASHINGTON, March 3 (Reuters) - The Pentagon said";
        let d = find_dateline(text, NaiveDate::from_ymd_opt(2024, 3, 4)).unwrap();
        assert_eq!(d.date.unwrap().start, NaiveDate::from_ymd_opt(2024, 3, 3).unwrap());
        let text = "Car bomb kills 20\nKABUL, Afghanistan (AP) — A suicide bomber";
        assert_eq!(part(text, &find_dateline(text, None).unwrap().place), Some("KABUL"));
    }

    #[test]
    fn a_place_in_capitals_with_a_plain_hyphen_before_mixed_case_text() {
        for (text, place) in [("MOGADISHU - Gunmen stormed a hotel on Friday.", "MOGADISHU"), ("ADDIS ABABA - Ethiopia's government said on Monday ...", "ADDIS ABABA")] {
            let m = find_dateline(text, None).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(m.place.map(|r| &text[r]), Some(place), "{text}");
        }
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        for text in [
            "A car bomb tore through a crowded market in Beledweyne.",
            "THE ARMY SAID TODAY THAT GUERRILLAS ATTACKED.",
            "Police said - without giving details - that two died.",
            "the guatemala army denied today that guerrillas attacked",
            "I - we - went home.",
            "UPDATE - Gunmen stormed a hotel.",
            "NATO - the alliance said - will meet.",
            "KABUL - GUNMEN STORMED A HOTEL.",
        ] {
            assert_eq!(find_dateline(text, None), None, "{text}");
        }
    }
}
