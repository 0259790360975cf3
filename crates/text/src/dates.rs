//! Date expressions.

use chrono::NaiveDate;

/// Parses a `YYYY-MM-DD` date, refusing impossible ones (2023-02-30).
pub fn parse_iso_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|e| format!("{s:?} is not a valid YYYY-MM-DD date ({e})"))
}
