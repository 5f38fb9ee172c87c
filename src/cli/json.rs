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
