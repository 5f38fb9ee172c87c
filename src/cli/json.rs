//! Small helpers for reading JSON values.

use serde_json::Value;

/// The string at `key`, if it is one.
pub fn str_field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// The number at `key`, if it is one.
pub fn num_field(v: &Value, key: &str) -> Option<f64> {
    v.get(key).and_then(Value::as_f64)
}

/// The lines of JSONL file `path`, each with its index (0-based), blank
/// lines skipped; a line that is not JSON is an error naming its line.
pub fn read_lines(path: &str) -> Result<Vec<(usize, Value)>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: bad JSON: {e}", n + 1))?;
        out.push((n, v));
    }
    Ok(out)
}
