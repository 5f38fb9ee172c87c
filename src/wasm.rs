//! The browser binding: the only file that knows wasm-bindgen.
//!
//! It holds no linguistics. It reads the options object, calls
//! [`crate::analyze`], rewrites every offset as UTF-16 code units (JavaScript
//! string indices) and hands the Analysis to JavaScript as a plain object
//! (serde-wasm-bindgen, JSON-compatible: `null`, not `undefined`, for an absent
//! value). Bad options become a JavaScript `Error` with a message that says
//! what was wrong; nothing here panics on input.
//!
//! A JavaScript string may hold lone surrogates. wasm-bindgen turns each into
//! U+FFFD, which is also one UTF-16 code unit, so offsets still index the
//! caller's own string.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::{analyze as analyze_text, Date, Layers, OffsetUnit, Options, SCHEMA_VERSION};

/// The option names `analyze(text, options)` accepts.
const FIELDS: &[&str] = &["date", "layers"];

/// Reads the options object: `undefined`/`null`, or `{date?: "YYYY-MM-DD",
/// layers?: string[]}`. Read by hand rather than through serde: the
/// deserializer and its error messages would add some 20 KB to the module.
fn read_options(options: &JsValue) -> Result<Options, String> {
    let mut opts = Options::new();
    if options.is_undefined() || options.is_null() {
        return Ok(opts);
    }
    if !options.is_object() || Array::is_array(options) {
        return Err("options must be an object like {date: \"2025-03-14\"}".to_string());
    }
    let obj: &Object = options.unchecked_ref();
    for key in Object::keys(obj).iter() {
        let key = key.as_string().unwrap_or_default();
        if !FIELDS.contains(&key.as_str()) {
            return Err(format!(
                "unknown option \"{key}\" (expected date or layers)"
            ));
        }
    }
    let date = Reflect::get(options, &JsValue::from_str("date")).unwrap_or(JsValue::UNDEFINED);
    if !date.is_undefined() && !date.is_null() {
        let date = date
            .as_string()
            .ok_or("options.date must be a string, YYYY-MM-DD")?;
        if !date.trim().is_empty() {
            let date: Date = date
                .trim()
                .parse()
                .map_err(|e| format!("options.date: {e}"))?;
            opts = opts.with_reference_date(date);
        }
    }
    let layers = Reflect::get(options, &JsValue::from_str("layers")).unwrap_or(JsValue::UNDEFINED);
    if !layers.is_undefined() && !layers.is_null() {
        if !Array::is_array(&layers) {
            return Err("options.layers must be a list of layer names".to_string());
        }
        let names = Array::from(&layers)
            .iter()
            .map(|v| v.as_string().ok_or("options.layers must hold strings"))
            .collect::<Result<Vec<String>, _>>()?;
        opts.layers = layers_named(&names)?;
    }
    Ok(opts)
}

/// The layers named in `names` (`sentences`, `figures`, `quotes`,
/// `attributions`, `claims`, `flags`) switched on, the others off.
fn layers_named(names: &[String]) -> Result<Layers, String> {
    let mut layers = Layers {
        sentences: false,
        figures: false,
        quotes: false,
        attributions: false,
        claims: false,
        flags: false,
    };
    for name in names {
        let on = match name.as_str() {
            "sentences" => &mut layers.sentences,
            "figures" => &mut layers.figures,
            "quotes" => &mut layers.quotes,
            "attributions" => &mut layers.attributions,
            "claims" => &mut layers.claims,
            "flags" => &mut layers.flags,
            other => {
                return Err(format!(
                    "options.layers: unknown layer \"{other}\" (expected sentences, figures, \
                     quotes, attributions, claims or flags)"
                ))
            }
        };
        *on = true;
    }
    Ok(layers)
}

/// Analyses `text` and returns the Analysis (schema in the README) with
/// UTF-16 offsets. `options` may be `undefined`, `null` or
/// `{date?: "YYYY-MM-DD", layers?: string[]}`; anything else is an `Error`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let opts = read_options(&options).map_err(|e| JsError::new(&format!("factlens: {e}")))?;
    let mut analysis = analyze_text(text, &opts);
    analysis.convert_offsets(text, OffsetUnit::Utf16);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&analysis, &serializer)
        .map_err(|e| JsError::new(&format!("factlens: cannot hand over the analysis: {e}")))
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The version of the Analysis contract this build returns.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    SCHEMA_VERSION
}

#[cfg(test)]
mod tests {
    //! Run in headless Chromium: `make wasm-test` (wasm-bindgen-test-runner,
    //! chromedriver on PATH).
    use super::*;
    use js_sys::Reflect;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    /// The figures of `text` as (start, end) in UTF-16 code units, and the
    /// text JavaScript sees between them.
    fn figure_spans(text: &str) -> Vec<(u32, u32, String)> {
        let js_text = js_sys::JsString::from(text);
        let a = analyze(text, JsValue::UNDEFINED).expect("analysis");
        let figures = js_sys::Array::from(&Reflect::get(&a, &"figures".into()).expect("figures"));
        figures
            .iter()
            .map(|f| {
                let start = Reflect::get(&f, &"start".into()).unwrap().as_f64().unwrap() as u32;
                let end = Reflect::get(&f, &"end".into()).unwrap().as_f64().unwrap() as u32;
                let slice: String = js_text.substring(start, end).into();
                let own: String = Reflect::get(&f, &"text".into())
                    .unwrap()
                    .as_string()
                    .unwrap();
                assert_eq!(
                    slice, own,
                    "JS slice of {start}..{end} differs from the span text"
                );
                (start, end, slice)
            })
            .collect()
    }

    #[wasm_bindgen_test]
    fn ascii_offsets_are_string_indices() {
        assert_eq!(
            figure_spans("Over 200 people came."),
            vec![(0, 8, "Over 200".to_string())]
        );
    }

    #[wasm_bindgen_test]
    fn emoji_count_two_code_units() {
        // 😀 is one char, 4 UTF-8 bytes, 2 UTF-16 code units (a surrogate pair).
        let spans = figure_spans("😀😀 It cost $40 in 2021.");
        assert_eq!(spans[0], (13, 16, "$40".to_string()));
        assert_eq!(spans[1].2, "2021");
    }

    #[wasm_bindgen_test]
    fn cjk_counts_one_code_unit() {
        // 東京 is 2 chars, 6 UTF-8 bytes, 2 UTF-16 code units.
        let spans = figure_spans("東京: 45% of voters.");
        assert_eq!(spans, vec![(4, 7, "45%".to_string())]);
    }

    #[wasm_bindgen_test]
    fn combining_marks_count_separately() {
        // "é" written as e + U+0301: 2 code units.
        let spans = figure_spans("Cafe\u{301} owners said 300 came.");
        assert_eq!(spans, vec![(18, 21, "300".to_string())]);
    }

    #[wasm_bindgen_test]
    fn lone_surrogate_keeps_indices() {
        // A lone high surrogate in a JS string arrives as U+FFFD: one code unit
        // either way, so the offsets still index the JS string.
        let js: String = js_sys::JsString::from_char_code(&[0xD83D, 0x20, 0x35, 0x25]).into();
        let a = analyze(&js, JsValue::UNDEFINED).expect("analysis");
        let figures = js_sys::Array::from(&Reflect::get(&a, &"figures".into()).unwrap());
        let f = figures.get(0);
        assert_eq!(
            Reflect::get(&f, &"start".into()).unwrap().as_f64(),
            Some(2.0)
        );
        assert_eq!(Reflect::get(&f, &"end".into()).unwrap().as_f64(), Some(4.0));
    }

    #[wasm_bindgen_test]
    fn absent_values_are_null() {
        // A count has no unit: `null` in JSON, and so in JavaScript too.
        let a = analyze("Five dogs.", JsValue::UNDEFINED).unwrap();
        let figures = js_sys::Array::from(&Reflect::get(&a, &"figures".into()).unwrap());
        let unit = Reflect::get(&figures.get(0), &"unit".into()).unwrap();
        assert!(unit.is_null());
        // A claim score is filled for every sentence by the claims layer.
        let sentences = js_sys::Array::from(&Reflect::get(&a, &"sentences".into()).unwrap());
        let score = Reflect::get(&sentences.get(0), &"claim_score".into()).unwrap();
        assert!(score.as_f64().is_some_and(|v| (0.0..=1.0).contains(&v)));
    }

    #[wasm_bindgen_test]
    fn bad_options_are_errors() {
        let bad_date = js_sys::JSON::parse(r#"{"date": "2025-13-40"}"#).unwrap();
        let err = analyze("x", bad_date).unwrap_err();
        let err: JsValue = err.into();
        assert!(err.is_instance_of::<js_sys::Error>());
        let msg: String = js_sys::Error::from(err).message().into();
        assert!(msg.contains("options.date"), "{msg}");

        let typo = js_sys::JSON::parse(r#"{"dates": "2025-01-01"}"#).unwrap();
        assert!(analyze("x", typo).is_err());
        let layer = js_sys::JSON::parse(r#"{"layers": ["figure"]}"#).unwrap();
        assert!(analyze("x", layer).is_err());
        assert!(analyze("x", JsValue::from(3)).is_err());
    }

    #[wasm_bindgen_test]
    fn layers_and_date_apply() {
        let opts = js_sys::JSON::parse(r#"{"date": "2025-10-31", "layers": ["figures"]}"#).unwrap();
        let a = analyze("They met on Friday.", opts).unwrap();
        let sentences = js_sys::Array::from(&Reflect::get(&a, &"sentences".into()).unwrap());
        assert_eq!(sentences.length(), 0);
        let figures = js_sys::Array::from(&Reflect::get(&a, &"figures".into()).unwrap());
        let date = Reflect::get(&figures.get(0), &"date".into()).unwrap();
        assert_eq!(date.as_string().as_deref(), Some("2025-10-31"));
    }
}
