//! Quality floors: a JSON object mapping metric keys (`"aeb.f1"`, `"wcxb.article.f1"`,
//! `"speed.pages_per_cpu_s"` …) to the lowest acceptable value. Keys starting with `_`
//! are comments. A metric whose set did not run is not checked; a key naming a metric
//! that its set does not produce is reported as a failure, so typos do not pass silently.

use crate::EvalError;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Floors by metric key.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Floors(pub BTreeMap<String, f64>);

impl Floors {
    /// Reads a floors file.
    pub fn load(path: &Path) -> Result<Floors, EvalError> {
        let text = std::fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?;
        Floors::parse(&text).map_err(|message| EvalError::Format {
            path: path.to_path_buf(),
            message,
        })
    }

    /// Parses a floors object.
    pub fn parse(text: &str) -> Result<Floors, String> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
        let serde_json::Value::Object(map) = value else {
            return Err("expected a JSON object of metric: floor".to_string());
        };
        let mut floors = BTreeMap::new();
        for (key, v) in map {
            if key.starts_with('_') {
                continue;
            }
            let floor = v
                .as_f64()
                .ok_or_else(|| format!("floor of {key} is not a number"))?;
            floors.insert(key, floor);
        }
        Ok(Floors(floors))
    }

    /// Checks `metrics` against the floors. `ran` names the sets (and `speed`) that ran.
    pub fn check(&self, metrics: &BTreeMap<String, f64>, ran: &[String]) -> FloorCheck {
        let mut out = FloorCheck::default();
        for (key, &floor) in &self.0 {
            let set = key.split('.').next().unwrap_or_default();
            if !ran.iter().any(|r| r == set) {
                out.unchecked.push(key.clone());
                continue;
            }
            out.checked.push(key.clone());
            match metrics.get(key) {
                Some(&value) if value >= floor => {}
                value => out.failures.push(FloorFailure {
                    metric: key.clone(),
                    floor,
                    value: value.copied(),
                }),
            }
        }
        out
    }
}

/// The outcome of a floor check.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FloorCheck {
    /// Keys that were checked.
    pub checked: Vec<String>,
    /// Keys below their floor, or unknown.
    pub failures: Vec<FloorFailure>,
    /// Keys of sets that did not run.
    pub unchecked: Vec<String>,
}

impl FloorCheck {
    /// True when no checked metric is below its floor.
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// A metric below its floor (or missing).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FloorFailure {
    /// The metric key.
    pub metric: String,
    /// Its floor.
    pub floor: f64,
    /// Its value; `None` when the run produced no such metric.
    pub value: Option<f64>,
}

impl FloorFailure {
    /// One line: `aeb.f1 = 0.812 < floor 0.900`.
    pub fn describe(&self) -> String {
        match self.value {
            Some(v) => format!("{} = {v:.4} < floor {:.4}", self.metric, self.floor),
            None => format!("{}: no such metric (floor {:.4})", self.metric, self.floor),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_only_sets_that_ran() {
        let floors = Floors::parse(
            r#"{"_note": "x", "aeb.f1": 0.9, "aeb.recall": 0.5, "aeb.typo": 0.1, "wcxb.f1": 0.8}"#,
        )
        .expect("valid floors");
        assert_eq!(floors.0.len(), 4);
        let metrics = BTreeMap::from([("aeb.f1".to_string(), 0.85), ("aeb.recall".into(), 0.5)]);
        let check = floors.check(&metrics, &["aeb".to_string()]);
        assert!(!check.passed());
        let failed: Vec<&str> = check.failures.iter().map(|f| f.metric.as_str()).collect();
        assert_eq!(failed, ["aeb.f1", "aeb.typo"]);
        assert_eq!(check.unchecked, ["wcxb.f1"]);
        assert!(
            check.failures[0]
                .describe()
                .contains("0.8500 < floor 0.9000")
        );
        assert!(check.failures[1].describe().contains("no such metric"));
        assert!(floors.check(&metrics, &[]).passed());
    }

    #[test]
    fn rejects_bad_files() {
        assert!(Floors::parse("[1]").is_err());
        assert!(Floors::parse(r#"{"aeb.f1": "high"}"#).is_err());
        assert!(Floors::parse("{").is_err());
    }
}
