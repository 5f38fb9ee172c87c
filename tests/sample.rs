//! The sample article we wrote (tests/fixtures/sample_article.txt): its whole
//! analysis is checked in as tests/fixtures/sample_article.expected.json.
//!
//! After a deliberate change, regenerate the expectation with
//! `UPDATE_EXPECTED=1 cargo test --test sample`, then read the diff: every
//! changed figure must be one a reader would agree with.

use factlens::{analyze, Options};
use serde_json::Value;
use std::path::Path;

const DATE: &str = "2025-03-14";

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn actual() -> Value {
    let text = std::fs::read_to_string(fixture("sample_article.txt")).expect("sample article");
    let opts = Options::new().with_reference_date(DATE.parse().expect("valid date"));
    serde_json::to_value(analyze(&text, &opts)).expect("serializable")
}

/// One line per item of a list, for a readable failure.
fn lines(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| a.iter().map(|x| x.to_string()).collect())
        .unwrap_or_default()
}

#[test]
fn sample_article_matches_its_expected_analysis() {
    let got = actual();
    let path = fixture("sample_article.expected.json");
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        let mut s = serde_json::to_string_pretty(&got).expect("serializable");
        s.push('\n');
        std::fs::write(&path, s).expect("write expectation");
        return;
    }
    let want: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("expected JSON"))
        .expect("expected JSON parses");
    for key in [
        "sentences",
        "figures",
        "quotes",
        "attributions",
        "people",
        "claims",
        "flags",
    ] {
        let (g, w) = (lines(&got, key), lines(&want, key));
        let missing: Vec<_> = w.iter().filter(|x| !g.contains(x)).collect();
        let extra: Vec<_> = g.iter().filter(|x| !w.contains(x)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{key} differ from the expectation\nmissing:\n{}\nunexpected:\n{}",
            missing
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            extra
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    assert_eq!(got, want);
}

#[test]
fn planted_inconsistencies_are_flagged() {
    let v = actual();
    let flags = v["flags"].as_array().cloned().unwrap_or_default();
    let inconsistent: Vec<(&str, Vec<&str>)> = flags
        .iter()
        .filter(|f| f["kind"] == "inconsistency")
        .map(|f| {
            let related = f["related"]
                .as_array()
                .map(|r| r.iter().filter_map(|s| s["text"].as_str()).collect())
                .unwrap_or_default();
            (f["text"].as_str().unwrap_or_default(), related)
        })
        .collect();
    assert!(
        inconsistent.contains(&("1,400 workers", vec!["more than 1,200 workers"])),
        "{inconsistent:?}"
    );
    let weekday = flags
        .iter()
        .find(|f| f["kind"] == "inconsistency" && f["text"] == "Friday, 12 March 2025");
    assert!(
        weekday.is_some_and(|f| f["note"].as_str().unwrap_or_default().contains("Wednesday")),
        "{inconsistent:?}"
    );
}
