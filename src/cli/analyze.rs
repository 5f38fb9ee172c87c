//! `factlens analyze`: one article, or a JSONL batch processed on every core.

use super::render;
use factlens::{analyze, Analysis, Date, OffsetUnit, Options};
use serde_json::Value;
use std::io::{BufRead, IsTerminal, Read, Write};

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Text,
}

struct Args {
    input: String,
    format: Format,
    offsets: OffsetUnit,
    date: Option<Date>,
    jsonl: bool,
    pretty: bool,
    /// Colour the text format: `None` means "when writing to a terminal".
    colour: Option<bool>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut out = Args {
        input: "-".to_string(),
        format: Format::Json,
        offsets: OffsetUnit::Bytes,
        date: None,
        jsonl: false,
        pretty: false,
        colour: None,
    };
    let mut input_seen = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--format" => {
                out.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => {
                        return Err(format!("unknown format {other:?}: expected json or text"))
                    }
                }
            }
            "--offsets" => out.offsets = value("--offsets")?.parse()?,
            "--date" => {
                let d = value("--date")?;
                out.date = Some(
                    d.parse()
                        .map_err(|e: factlens::dates::calendar::DateError| {
                            format!("--date: {e}")
                        })?,
                );
            }
            "--color" | "--colour" => {
                out.colour = match value("--color")?.as_str() {
                    "auto" => None,
                    "always" => Some(true),
                    "never" => Some(false),
                    other => {
                        return Err(format!(
                            "unknown colour mode {other:?}: expected auto, always or never"
                        ))
                    }
                }
            }
            "--jsonl" => out.jsonl = true,
            "--pretty" => out.pretty = true,
            "-" => {
                if input_seen {
                    return Err("analyze takes one input file".to_string());
                }
                input_seen = true;
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s:?} for analyze")),
            s => {
                if input_seen {
                    return Err("analyze takes one input file".to_string());
                }
                input_seen = true;
                out.input = s.to_string();
            }
        }
    }
    if out.jsonl && out.format == Format::Text {
        return Err(
            "--jsonl writes JSON lines; it cannot be combined with --format text".to_string(),
        );
    }
    Ok(out)
}

fn open(input: &str) -> Result<Box<dyn BufRead>, String> {
    if input == "-" {
        Ok(Box::new(std::io::BufReader::new(std::io::stdin())))
    } else {
        let f = std::fs::File::open(input).map_err(|e| format!("cannot read {input}: {e}"))?;
        Ok(Box::new(std::io::BufReader::new(f)))
    }
}

/// Decodes `bytes` as UTF-8, naming the first bad byte.
fn utf8(bytes: Vec<u8>, what: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{what} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

pub fn run(args: &[String]) -> Result<i32, String> {
    let args = parse_args(args)?;
    let mut reader = open(&args.input)?;
    if args.jsonl {
        return run_jsonl(&args, reader);
    }
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {}: {e}", args.input))?;
    let what = if args.input == "-" {
        "standard input".to_string()
    } else {
        args.input.clone()
    };
    let text = utf8(bytes, &what)?;
    let opts = Options {
        reference_date: args.date,
        ..Options::default()
    };
    let mut analysis = analyze(&text, &opts);
    let out = match args.format {
        Format::Text => {
            let colour = args
                .colour
                .unwrap_or_else(|| std::io::stdout().is_terminal());
            render::render(&text, &analysis, colour)
        }
        Format::Json => {
            analysis.convert_offsets(&text, args.offsets);
            to_json(&analysis, args.pretty)? + "\n"
        }
    };
    write_out(out.as_bytes())?;
    Ok(0)
}

fn to_json(a: &Analysis, pretty: bool) -> Result<String, String> {
    let r = if pretty {
        serde_json::to_string_pretty(a)
    } else {
        serde_json::to_string(a)
    };
    r.map_err(|e| format!("cannot write JSON: {e}"))
}

fn write_out(bytes: &[u8]) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write output: {e}")),
    }
}

/// Lines handed to the workers at once; bounds memory on huge batches.
const BATCH: usize = 2048;

fn run_jsonl(args: &Args, mut reader: Box<dyn BufRead>) -> Result<i32, String> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (mut failed, mut total) = (0usize, 0usize);
    let mut line_no = 0usize;
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH);
        while batch.len() < BATCH {
            let mut line = Vec::new();
            let n = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("cannot read {}: {e}", args.input))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            while matches!(line.last(), Some(b'\n' | b'\r')) {
                line.pop();
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            batch.push((line_no, line));
        }
        if batch.is_empty() {
            break;
        }
        let results = process_batch(&batch, args, workers);
        let mut out = String::new();
        for (line, ok) in results {
            total += 1;
            failed += usize::from(!ok);
            out.push_str(&line);
            out.push('\n');
        }
        write_out(out.as_bytes())?;
    }
    if failed > 0 {
        eprintln!("factlens: {failed} of {total} lines failed (see their \"error\" fields)");
    }
    Ok(if failed > 0 { 1 } else { 0 })
}

/// Processes a batch on `workers` threads; results in input order.
fn process_batch(batch: &[(usize, Vec<u8>)], args: &Args, workers: usize) -> Vec<(String, bool)> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, String, bool)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers.min(batch.len()))
            .map(|_| {
                s.spawn(|| {
                    let mut local = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some((line_no, bytes)) = batch.get(k) else {
                            break;
                        };
                        let (out, ok) = process_line(*line_no, bytes, args);
                        local.push((k, out, ok));
                    }
                    local
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|r| r.0);
    results.into_iter().map(|(_, s, ok)| (s, ok)).collect()
}

/// One JSONL line: `({"id", "analysis"} or {"id", "error"}, ok)`.
fn process_line(line_no: usize, bytes: &[u8], args: &Args) -> (String, bool) {
    let mut id = Value::Null;
    let result = (|| -> Result<String, String> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            format!(
                "line {line_no}: not valid UTF-8 (first bad byte at offset {})",
                e.valid_up_to()
            )
        })?;
        let v: Value =
            serde_json::from_str(text).map_err(|e| format!("line {line_no}: bad JSON: {e}"))?;
        let Value::Object(obj) = v else {
            return Err(format!("line {line_no}: expected a JSON object"));
        };
        id = obj.get("id").cloned().unwrap_or(Value::Null);
        let text = match obj.get("text") {
            Some(Value::String(s)) => s,
            Some(_) => return Err(format!("line {line_no}: \"text\" must be a string")),
            None => return Err(format!("line {line_no}: missing \"text\"")),
        };
        let date = match obj.get("date") {
            None | Some(Value::Null) => args.date,
            Some(Value::String(d)) => Some(
                d.parse()
                    .map_err(|e| format!("line {line_no}: \"date\": {e}"))?,
            ),
            Some(_) => {
                return Err(format!(
                    "line {line_no}: \"date\" must be a YYYY-MM-DD string"
                ))
            }
        };
        let opts = Options {
            reference_date: date,
            ..Options::default()
        };
        // A bug in a rule must cost one line, not the batch.
        let mut a = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze(text, &opts)))
            .map_err(|_| {
                format!(
                    "line {line_no}: internal error while analysing this text (please report it)"
                )
            })?;
        a.convert_offsets(text, args.offsets);
        serde_json::to_string(&a).map_err(|e| format!("line {line_no}: cannot write JSON: {e}"))
    })();
    let id_json = serde_json::to_string(&id).unwrap_or_else(|_| "null".to_string());
    match result {
        Ok(analysis) => (
            format!("{{\"id\":{id_json},\"analysis\":{analysis}}}"),
            true,
        ),
        Err(e) => {
            let msg = serde_json::to_string(&e).unwrap_or_else(|_| "\"error\"".to_string());
            (format!("{{\"id\":{id_json},\"error\":{msg}}}"), false)
        }
    }
}
