//! The `factlens` command: every error path and the main happy paths.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn factlens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("factlens runs");
    if let Some(mut s) = child.stdin.take() {
        // The command may exit before reading (bad arguments): ignore EPIPE.
        let _ = s.write_all(stdin);
    }
    child.wait_with_output().expect("factlens finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A usage or input error: exit code 2, one line on stderr naming the problem.
fn assert_one_line_error(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line expected, got {err:?}");
    assert!(err.starts_with("factlens: "), "{err}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    assert!(o.stdout.is_empty(), "nothing on stdout after an error");
}

#[test]
fn analyses_standard_input_as_json() {
    let o = factlens(
        &["analyze"],
        "Prices rose 12% in 2021. Then they fell.".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(v["schema"], factlens::SCHEMA_VERSION);
    assert_eq!(v["sentences"].as_array().map(Vec::len), Some(2));
    for key in [
        "figures",
        "quotes",
        "attributions",
        "people",
        "claims",
        "flags",
    ] {
        assert!(v[key].is_array(), "{key} is a list");
    }
    let score = v["sentences"][0]["claim_score"].as_f64();
    assert!(score.is_some_and(|s| (0.0..=1.0).contains(&s)), "{score:?}");
}

#[test]
fn reads_a_file_argument() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sample_article.txt"
    );
    let o = factlens(&["analyze", path, "--date", "2025-03-14"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert!(v["sentences"].as_array().is_some_and(|s| s.len() > 20));
}

#[test]
fn offsets_in_chars_and_utf16() {
    // "😀" is 4 bytes, 1 char, 2 UTF-16 units; the second sentence starts after it.
    let text = "Wow 😀. Next one.";
    let start = |unit: &str| {
        let o = factlens(&["analyze", "--offsets", unit], text.as_bytes());
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v: Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
        v["sentences"][1]["start"].as_u64()
    };
    assert_eq!(start("bytes"), Some(10));
    assert_eq!(start("chars"), Some(7));
    assert_eq!(start("utf16"), Some(8));
}

#[test]
fn text_format_marks_the_article() {
    let o = factlens(
        &["analyze", "--format", "text"],
        "Sales rose 12% to $5m.".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Sales rose "), "{out}");
    assert!(!out.contains('\x1b'), "no colour when not on a terminal");
    let o = factlens(
        &["analyze", "--format", "text", "--color", "always"],
        "Sales rose 12%.".as_bytes(),
    );
    assert!(stdout(&o).contains("\x1b["), "colour on request");
}

#[test]
fn jsonl_keeps_order_ids_and_reports_bad_lines() {
    let mut input = String::new();
    for k in 0..50 {
        input.push_str(&format!(
            "{{\"id\": {k}, \"text\": \"Item {k} cost $5.\"}}\n"
        ));
    }
    input.push_str("{\"id\": \"bad-date\", \"text\": \"x\", \"date\": \"2025-02-30\"}\n");
    input.push_str("not json at all\n");
    input.push('\n');
    input.push_str("{\"id\": [1, 2], \"text\": 7}\n");
    input.push_str("{\"id\": \"last\", \"text\": \"On Friday.\", \"date\": \"2025-10-31\"}\n");
    let o = factlens(&["analyze", "--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1), "some lines failed: exit 1");
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 54, "one output line per non-blank input line");
    for (k, line) in lines.iter().take(50).enumerate() {
        assert_eq!(line["id"], k, "order preserved");
        assert!(line["analysis"]["sentences"].is_array());
    }
    assert_eq!(lines[50]["id"], "bad-date");
    assert!(lines[50]["error"]
        .as_str()
        .is_some_and(|e| e.contains("no such day")));
    assert!(lines[51]["id"].is_null());
    assert!(lines[51]["error"]
        .as_str()
        .is_some_and(|e| e.contains("bad JSON")));
    assert_eq!(lines[52]["id"], serde_json::json!([1, 2]));
    assert!(lines[52]["error"]
        .as_str()
        .is_some_and(|e| e.contains("\"text\" must be a string")));
    assert_eq!(lines[53]["id"], "last");
    assert!(lines[53]["analysis"].is_object());
}

#[test]
fn jsonl_line_with_invalid_utf8_is_one_error() {
    let mut input = b"{\"id\": 1, \"text\": \"fine\"}\n{\"id\": 2, \"text\": \"".to_vec();
    input.extend_from_slice(&[0xff, 0xfe]);
    input.extend_from_slice(b"\"}\n");
    let o = factlens(&["analyze", "--jsonl"], &input);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[1].contains("not valid UTF-8"), "{}", lines[1]);
}

#[test]
fn invalid_utf8_is_rejected() {
    let o = factlens(&["analyze"], &[b'o', b'k', 0xc3, 0x28]);
    assert_one_line_error(&o, "not valid UTF-8 (first bad byte at offset 2)");
}

#[test]
fn bad_dates_are_rejected() {
    for (date, needle) in [
        ("2025-13-01", "month must be 01 to 12"),
        ("2025-02-29", "no such day"),
        ("31/10/2025", "expected YYYY-MM-DD"),
        ("yesterday", "expected YYYY-MM-DD"),
    ] {
        let o = factlens(&["analyze", "--date", date], b"text");
        assert_one_line_error(&o, needle);
    }
}

#[test]
fn bad_arguments_are_rejected() {
    for (args, needle) in [
        (
            &["analyze", "--format", "xml"][..],
            "unknown format \"xml\"",
        ),
        (
            &["analyze", "--offsets", "words"][..],
            "unknown offset unit \"words\"",
        ),
        (&["analyze", "--date"][..], "--date needs a value"),
        (
            &["analyze", "--color", "pink"][..],
            "unknown colour mode \"pink\"",
        ),
        (
            &["analyze", "--verbose"][..],
            "unknown option \"--verbose\"",
        ),
        (&["analyze", "a.txt", "b.txt"][..], "one input file"),
        (
            &["analyze", "--jsonl", "--format", "text"][..],
            "cannot be combined",
        ),
        (&["analyse"][..], "unknown command \"analyse\""),
        (&["eval"][..], "eval needs"),
        (&["eval", "claims-and-more"][..], "unknown evaluation"),
        (&["eval", "figures"][..], "needs the spec file"),
    ] {
        let o = factlens(args, b"");
        assert_one_line_error(&o, needle);
    }
}

#[test]
fn missing_files_are_named() {
    let o = factlens(&["analyze", "/no/such/article.txt"], b"");
    assert_one_line_error(&o, "cannot read /no/such/article.txt");
    let o = factlens(&["eval", "figures", "/no/such/specs.jsonl"], b"");
    assert_one_line_error(&o, "cannot read /no/such/specs.jsonl");
}

#[test]
fn help_and_version() {
    let o = factlens(&["--help"], b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("factlens analyze"));
    let o = factlens(&["--version"], b"");
    assert!(stdout(&o).starts_with("factlens "));
}

#[test]
fn text_format_shows_speakers() {
    let o = factlens(
        &["analyze", "--format", "text", "--color", "never"],
        "Mayor Ines Calder opened the bridge. “It took too long,” she said.".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("“It took too long,” — Ines Calder"), "{out}");
    assert!(out.contains("Ines Calder, Mayor"), "{out}");
}

#[test]
fn eval_attributions_needs_a_split() {
    let o = factlens(&["eval", "attributions", "x.jsonl"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--split"), "{}", stderr(&o));
    let o = factlens(
        &[
            "eval",
            "attributions",
            "x.jsonl",
            "--split",
            "test",
            "--errors",
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("dev split only"), "{}", stderr(&o));
}
