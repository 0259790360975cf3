//! Filters as users type them: the strings of `sitrep incidents --country IQ
//! --bbox 44,33,45,34` and of the HTTP API's `?country=IQ&bbox=44,33,45,34`,
//! parsed and checked in one place so that both front ends accept the same
//! values and reject bad ones with the same messages.

use sitrep_schema::EventKind;

use crate::query::IncidentFilter;

/// An event kind by name (`attack`, `clash`, ...; case-insensitive).
pub fn parse_kind(s: &str) -> Result<EventKind, String> {
    EventKind::parse(&s.trim().to_ascii_lowercase()).ok_or_else(|| {
        let all: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("unknown kind {s:?}; use one of {}", all.join(", "))
    })
}

/// `minlon,minlat,maxlon,maxlat` in degrees.
pub fn parse_bbox(s: &str) -> Result<[f64; 4], String> {
    let parts: Vec<&str> = s.split(',').map(str::trim).collect();
    if parts.len() != 4 {
        return Err("give four numbers: minlon,minlat,maxlon,maxlat".into());
    }
    let mut v = [0.0; 4];
    for (slot, p) in v.iter_mut().zip(&parts) {
        *slot = p.parse::<f64>().ok().filter(|x| x.is_finite()).ok_or_else(|| format!("{p:?} is not a number"))?;
    }
    if v[0] > v[2] || v[1] > v[3] {
        return Err("the minimum must come before the maximum: minlon,minlat,maxlon,maxlat".into());
    }
    if v[1] < -90.0 || v[3] > 90.0 || v[0] < -180.0 || v[2] > 180.0 {
        return Err("latitudes lie in [-90, 90] and longitudes in [-180, 180]".into());
    }
    Ok(v)
}

/// A day `YYYY-MM-DD`, returned normalised (zero-padded, trimmed) because
/// the store compares dates as strings.
pub fn parse_day(s: &str) -> Result<String, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|e| format!("{s:?} is not a valid date ({e}); write it as YYYY-MM-DD"))
}

/// An ISO 3166-1 alpha-2 country code, returned upper-case.
pub fn parse_country(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.len() == 2 && t.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(t.to_ascii_uppercase())
    } else {
        Err(format!("{s:?} is not a country code; give the two-letter ISO 3166-1 code, e.g. IQ"))
    }
}

/// A filter that could not be parsed: which parameter, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    /// The parameter name without dashes (`bbox`, `since`).
    pub param: &'static str,
    pub message: String,
}

impl std::fmt::Display for FilterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.param, self.message)
    }
}

impl std::error::Error for FilterError {}

/// The filters of `sitrep incidents` and of the API, as strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterParams {
    pub country: Option<String>,
    pub kind: Option<String>,
    pub actor: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub bbox: Option<String>,
    pub text: Option<String>,
}

impl FilterParams {
    /// Checks every value and builds the filter; empty strings mean "not
    /// set" (an HTML form sends `country=` for an empty field).
    pub fn to_filter(&self) -> Result<IncidentFilter, FilterError> {
        fn set(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        fn check<T>(param: &'static str, v: Option<&str>, f: impl Fn(&str) -> Result<T, String>) -> Result<Option<T>, FilterError> {
            v.map(|s| f(s).map_err(|message| FilterError { param, message })).transpose()
        }
        let filter = IncidentFilter {
            country: check("country", set(&self.country), parse_country)?,
            kind: check("kind", set(&self.kind), parse_kind)?,
            actor: set(&self.actor).map(str::to_string),
            since: check("since", set(&self.since), parse_day)?,
            until: check("until", set(&self.until), parse_day)?,
            bbox: check("bbox", set(&self.bbox), parse_bbox)?,
            text: set(&self.text).map(str::to_string),
        };
        if let (Some(s), Some(u)) = (&filter.since, &filter.until) {
            if s > u {
                return Err(FilterError { param: "since", message: format!("{s} is after until {u}; nothing can match") });
            }
        }
        Ok(filter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_values_become_a_filter() {
        let p = FilterParams {
            country: Some("iq".into()),
            kind: Some("Attack".into()),
            actor: Some(" grp.isis ".into()),
            since: Some("2024-03-01".into()),
            until: Some(" 2024-03-31".into()),
            bbox: Some("44, 33,45,34".into()),
            text: Some("".into()),
        };
        let f = p.to_filter().expect("valid");
        assert_eq!(f.country.as_deref(), Some("IQ"));
        assert_eq!(f.kind, Some(EventKind::Attack));
        assert_eq!(f.actor.as_deref(), Some("grp.isis"));
        assert_eq!(f.until.as_deref(), Some("2024-03-31"));
        assert_eq!(f.bbox, Some([44.0, 33.0, 45.0, 34.0]));
        assert_eq!(f.text, None, "an empty field is not a filter");
    }

    #[test]
    fn bad_values_name_their_parameter() {
        let cases = [
            (FilterParams { country: Some("Iraq".into()), ..Default::default() }, "country"),
            (FilterParams { kind: Some("bombing".into()), ..Default::default() }, "kind"),
            (FilterParams { since: Some("2024-02-30".into()), ..Default::default() }, "since"),
            (FilterParams { until: Some("yesterday".into()), ..Default::default() }, "until"),
            (FilterParams { bbox: Some("1,2,3".into()), ..Default::default() }, "bbox"),
            (FilterParams { bbox: Some("45,33,44,34".into()), ..Default::default() }, "bbox"),
            (FilterParams { bbox: Some("0,0,NaN,1".into()), ..Default::default() }, "bbox"),
            (FilterParams { bbox: Some("0,0,200,1".into()), ..Default::default() }, "bbox"),
            (FilterParams { since: Some("2024-04-01".into()), until: Some("2024-03-01".into()), ..Default::default() }, "since"),
        ];
        for (p, param) in cases {
            let err = p.to_filter().expect_err("invalid");
            assert_eq!(err.param, param, "{p:?}: {err}");
            assert!(!err.message.is_empty());
        }
    }
}
