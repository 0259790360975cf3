//! The merge thresholds, read from `data/merge.toml` (embedded at compile
//! time) so that tuning them is a data change, not a code change. The file's
//! comments document every key.

use std::collections::BTreeMap;

use serde::Deserialize;
use sitrep_schema::{EventKind, GeoPrecision};

/// The embedded default configuration file.
pub const DEFAULT_MERGE_TOML: &str = include_str!("../data/merge.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct MergeConfig {
    pub threshold: f64,
    pub unknown: f64,
    pub date_window_days: i64,
    pub coarse_date: f64,
    pub max_date_span_days: i64,
    pub published_lookback_days: i64,
    pub family_match: f64,
    pub weights: Weights,
    pub distance_km: PerPrecision,
    pub precision_weight: PerPrecision,
    pub casualties: CasualtyConfig,
    pub kind_families: BTreeMap<String, Vec<String>>,
    pub revision: RevisionConfig,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Weights {
    pub kind: f64,
    pub date: f64,
    pub place: f64,
    pub actors: f64,
    pub casualties: f64,
    pub details: f64,
}

impl Weights {
    pub fn total(&self) -> f64 {
        self.kind + self.date + self.place + self.actors + self.casualties + self.details
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct PerPrecision {
    pub point: f64,
    pub city: f64,
    pub admin2: f64,
    pub admin1: f64,
    pub country: f64,
    pub region: f64,
}

impl PerPrecision {
    pub fn get(&self, p: GeoPrecision) -> f64 {
        match p {
            GeoPrecision::Point => self.point,
            GeoPrecision::City => self.city,
            GeoPrecision::Admin2 => self.admin2,
            GeoPrecision::Admin1 => self.admin1,
            GeoPrecision::Country => self.country,
            GeoPrecision::Region => self.region,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct CasualtyConfig {
    pub tolerance: f64,
    pub max_ratio: f64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RevisionConfig {
    pub official_sources: Vec<String>,
    pub vague_ratio: f64,
}

/// A configuration file that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "merge configuration: {}", self.0)
    }
}

impl std::error::Error for ConfigError {}

impl MergeConfig {
    /// Parses and checks a configuration in the format of `data/merge.toml`.
    pub fn from_toml_str(text: &str) -> Result<MergeConfig, ConfigError> {
        let cfg: MergeConfig = toml::from_str(text).map_err(|e| ConfigError(format!("{e}")))?;
        cfg.validate()?;
        Ok(cfg)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let total = self.weights.total();
        if total.is_nan() || total <= 0.0 {
            return Err(ConfigError("the weights must add up to more than 0".into()));
        }
        if !(0.0..=1.0).contains(&self.threshold) {
            return Err(ConfigError(format!("threshold {} must lie in [0, 1]", self.threshold)));
        }
        if self.date_window_days < 0 || self.published_lookback_days < 0 {
            return Err(ConfigError("day counts must not be negative".into()));
        }
        if self.casualties.tolerance < 1.0 || self.casualties.max_ratio <= self.casualties.tolerance {
            return Err(ConfigError("casualties: need 1 <= tolerance < max_ratio".into()));
        }
        let mut seen = BTreeMap::new();
        for (family, kinds) in &self.kind_families {
            for k in kinds {
                let kind = EventKind::parse(k)
                    .ok_or_else(|| ConfigError(format!("kind_families.{family}: unknown event kind {k:?}")))?;
                if kind.is_statement() {
                    return Err(ConfigError(format!("kind_families.{family}: {k} is a statement kind")));
                }
                if let Some(other) = seen.insert(kind, family.clone()) {
                    return Err(ConfigError(format!("{k} is in two families ({other} and {family})")));
                }
            }
        }
        Ok(())
    }

    /// The family a material kind belongs to: its configured family, else
    /// the kind's own name (a family of one).
    pub fn family(&self, kind: EventKind) -> &str {
        for (family, kinds) in &self.kind_families {
            if kinds.iter().any(|k| k == kind.as_str()) {
                return family;
            }
        }
        kind.as_str()
    }

    /// Every kind in the same family as `kind` (including itself).
    pub fn family_kinds(&self, kind: EventKind) -> Vec<EventKind> {
        let family = self.family(kind);
        EventKind::ALL.iter().copied().filter(|k| !k.is_statement() && self.family(*k) == family).collect()
    }

    /// True if the attribution of a figure names an official source.
    pub fn is_official(&self, attribution: &str) -> bool {
        let lower = format!("{} ", attribution.to_lowercase());
        self.revision.official_sources.iter().any(|w| lower.contains(w.as_str()))
    }
}

impl Default for MergeConfig {
    /// The embedded `data/merge.toml`; a test checks that it parses.
    fn default() -> Self {
        MergeConfig::from_toml_str(DEFAULT_MERGE_TOML)
            .expect("the embedded data/merge.toml is checked by the crate's tests")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_config_parses_and_is_sane() {
        let cfg = MergeConfig::from_toml_str(DEFAULT_MERGE_TOML).unwrap();
        assert!((cfg.weights.total() - 1.0).abs() < 1e-9, "weights should add up to 1");
        assert_eq!(cfg.family(EventKind::Killing), "violence");
        assert_eq!(cfg.family(EventKind::Attack), cfg.family(EventKind::Clash));
        assert_ne!(cfg.family(EventKind::Attack), cfg.family(EventKind::Protest));
        assert!(cfg.distance_km.get(GeoPrecision::Point) < cfg.distance_km.get(GeoPrecision::City));
        assert!(cfg.is_official("the health ministry"));
        assert!(!cfg.is_official("witnesses"));
    }

    #[test]
    fn bad_configs_are_refused_with_a_reason() {
        let bad = DEFAULT_MERGE_TOML.replace("threshold = 0.7", "threshold = 7");
        assert!(MergeConfig::from_toml_str(&bad).unwrap_err().0.contains("threshold"));
        let bad = DEFAULT_MERGE_TOML.replace("\"attack\", \"killing\"", "\"attack\", \"bombing\"");
        assert!(MergeConfig::from_toml_str(&bad).unwrap_err().0.contains("bombing"));
        assert!(MergeConfig::from_toml_str("threshold = ").is_err());
    }
}
