//! `factlens eval figures FILE`: scores the figures layer against the
//! Recognizers-Text English specs (normalised JSONL, see ../shared/eval).
//!
//! Each spec lists only its own model's spans, so a figure counts against a
//! spec only when its kind belongs to that model:
//!
//! | spec | figure kinds counted |
//! |---|---|
//! | NumberModel, NumberModelPercentMode, NumberRangeModel | every non-temporal kind |
//! | PercentModel | percent |
//! | OrdinalModel | ordinal |
//! | CurrencyModel | money |
//! | DimensionModel, TemperatureModel, AgeModel | quantity |
//! | DateExtractor, DatePeriodExtractor | date, date_range |
//! | DurationExtractor | duration |
//! | DateTimeModel | every temporal kind |
//!
//! A predicted span matches a gold span exactly when both ends agree, and by
//! overlap when they share at least one character; matching is one-to-one.
//! Value accuracy is over overlap-matched pairs whose gold resolution has a
//! number.

use crate::cli::json::{num_field, read_lines, str_field};
use factlens::{analyze, Date, Figure, FigureKind, Layers, OffsetUnit, Options};
use serde_json::Value;

/// One test case.
pub struct Case {
    pub spec: String,
    pub input: String,
    pub gold: Vec<Gold>,
    pub reference: Option<Date>,
    pub index: usize,
}

/// One expected span (char offsets) and its resolution.
pub struct Gold {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub resolution: Value,
}

/// Counts for one spec (or a group of specs).
#[derive(Default, Clone, Copy)]
pub struct Score {
    pub cases: usize,
    pub gold: usize,
    pub pred: usize,
    pub exact: usize,
    pub overlap: usize,
    pub value_checked: usize,
    pub value_right: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.cases += o.cases;
        self.gold += o.gold;
        self.pred += o.pred;
        self.exact += o.exact;
        self.overlap += o.overlap;
        self.value_checked += o.value_checked;
        self.value_right += o.value_right;
    }

    /// (precision, recall, F1) of `tp` matches.
    pub fn prf(&self, tp: usize) -> (f64, f64, f64) {
        super::prf(tp, self.pred, self.gold, 1.0)
    }

    pub fn value_accuracy(&self) -> f64 {
        if self.value_checked == 0 {
            1.0
        } else {
            self.value_right as f64 / self.value_checked as f64
        }
    }
}

/// The specs whose totals the targets are stated on.
pub const NUMBER_SPECS: &[&str] = &[
    "NumberModel",
    "PercentModel",
    "OrdinalModel",
    "NumberRangeModel",
    "CurrencyModel",
    "DimensionModel",
];
pub const DATE_SPECS: &[&str] = &["DateExtractor", "DatePeriodExtractor"];

/// Whether a figure of `kind` belongs to the model behind `spec`.
pub fn counts_for(spec: &str, kind: FigureKind) -> bool {
    use FigureKind::*;
    match spec {
        "NumberModel" | "NumberModelPercentMode" | "NumberRangeModel" => !kind.is_temporal(),
        "PercentModel" => kind == Percent,
        "OrdinalModel" => kind == Ordinal,
        "CurrencyModel" => kind == Money,
        "DimensionModel" | "TemperatureModel" | "AgeModel" => kind == Quantity,
        "DateExtractor" | "DatePeriodExtractor" => matches!(kind, Date | DateRange),
        "DurationExtractor" => kind == Duration,
        "DateTimeModel" => kind.is_temporal(),
        _ => false,
    }
}

/// Reads the normalised spec file.
pub fn load(path: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (n, v) in read_lines(path)? {
        let spec = str_field(&v, "spec").unwrap_or_default().to_string();
        let input = str_field(&v, "input").unwrap_or_default().to_string();
        let reference = v
            .get("context")
            .and_then(|c| c.get("ReferenceDateTime"))
            .and_then(Value::as_str)
            .and_then(|s| s.get(..10))
            .and_then(|s| s.parse().ok());
        let mut gold = Vec::new();
        if let Some(list) = v.get("expected").and_then(Value::as_array) {
            for e in list {
                let (Some(start), Some(end)) = (num_field(e, "start"), num_field(e, "end")) else {
                    continue;
                };
                gold.push(Gold {
                    start: start as usize,
                    end: end as usize,
                    text: str_field(e, "text").unwrap_or_default().to_string(),
                    resolution: e.get("resolution").cloned().unwrap_or(Value::Null),
                });
            }
        }
        let index = v
            .get("case_index")
            .and_then(Value::as_u64)
            .unwrap_or(n as u64) as usize;
        cases.push(Case {
            spec,
            input,
            gold,
            reference,
            index,
        });
    }
    Ok(cases)
}

/// The figures of `case` that count for its spec, offsets in chars.
pub fn predict(case: &Case) -> Vec<Figure> {
    let opts = Options {
        reference_date: case.reference,
        layers: Layers {
            sentences: false,
            figures: true,
            quotes: false,
            attributions: false,
            claims: false,
            flags: false,
        },
    };
    let mut a = analyze(&case.input, &opts);
    a.convert_offsets(&case.input, OffsetUnit::Chars);
    a.figures
        .into_iter()
        .filter(|f| counts_for(&case.spec, f.kind))
        .collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Number in a resolution field, if any ("12%" → 12).
fn res_number(v: &Value, key: &str) -> Option<f64> {
    let s = v.get(key)?.as_str()?;
    s.trim_end_matches('%').parse().ok()
}

/// Whether the figure's value agrees with the gold resolution; `None` when the
/// resolution has no number to check.
fn value_ok(spec: &str, gold: &Value, fig: &Figure) -> Option<bool> {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0);
    let ours = |x: Option<f64>, want: f64| x.is_some_and(|x| close(x, want));
    if spec == "NumberRangeModel" {
        let s = gold.get("value")?.as_str()?;
        let inner = s.get(1..s.len().checked_sub(1)?)?;
        let (lo, hi) = inner.split_once(',')?;
        let lo: Option<f64> = lo.trim().parse().ok();
        let hi: Option<f64> = hi.trim().parse().ok();
        if let (Some(l), Some(h)) = (lo, hi) {
            if close(l, h) {
                return Some(ours(fig.value, l) || (ours(fig.low, l) && ours(fig.high, h)));
            }
        }
        let lo_ok = lo.is_none_or(|l| ours(fig.low, l) || ours(fig.value, l) && hi.is_none());
        let hi_ok = hi.is_none_or(|h| ours(fig.high, h) || ours(fig.value, h) && lo.is_none());
        return Some(lo_ok && hi_ok);
    }
    let mut want = res_number(gold, "value")?;
    if spec == "CurrencyModel" {
        // Recognizers gives "50 cents" as 50 Cent; we give 0.50 of the main unit.
        let unit = gold.get("unit").and_then(Value::as_str).unwrap_or("");
        if matches!(unit, "Cent" | "Pence" | "Penny" | "Sen") && !ours(fig.value, want) {
            want /= 100.0;
        }
    }
    Some(ours(fig.value, want))
}

/// Scores one case; `errors` collects a line per miss when given.
pub fn score_case(case: &Case, errors: Option<&mut Vec<String>>) -> Score {
    let pred = predict(case);
    let mut s = Score {
        cases: 1,
        gold: case.gold.len(),
        pred: pred.len(),
        ..Score::default()
    };
    let mut used = vec![false; pred.len()];
    let mut gold_hit = vec![false; case.gold.len()];
    // Exact matches first, then overlaps among the rest.
    for (gi, g) in case.gold.iter().enumerate() {
        if let Some(pi) =
            (0..pred.len()).find(|&p| !used[p] && pred[p].start == g.start && pred[p].end == g.end)
        {
            used[pi] = true;
            gold_hit[gi] = true;
            s.exact += 1;
            s.overlap += 1;
            if let Some(ok) = value_ok(&case.spec, &g.resolution, &pred[pi]) {
                s.value_checked += 1;
                s.value_right += usize::from(ok);
            }
        }
    }
    let mut lines = Vec::new();
    for (gi, g) in case.gold.iter().enumerate() {
        if gold_hit[gi] {
            continue;
        }
        match (0..pred.len())
            .find(|&p| !used[p] && overlaps((pred[p].start, pred[p].end), (g.start, g.end)))
        {
            Some(pi) => {
                used[pi] = true;
                s.overlap += 1;
                if let Some(ok) = value_ok(&case.spec, &g.resolution, &pred[pi]) {
                    s.value_checked += 1;
                    s.value_right += usize::from(ok);
                }
                lines.push(format!(
                    "  BOUNDS gold {:?} got {:?} ({})",
                    g.text,
                    pred[pi].text,
                    pred[pi].kind.as_str()
                ));
            }
            None => lines.push(format!("  MISS   gold {:?}", g.text)),
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        if !used[pi] {
            lines.push(format!("  EXTRA  got {:?} ({})", p.text, p.kind.as_str()));
        }
    }
    if let Some(errors) = errors {
        if !lines.is_empty() {
            errors.push(format!("{}#{} {:?}", case.spec, case.index, case.input));
            errors.extend(lines);
        }
    }
    s
}

/// Scores every case: per-spec rows in first-seen order.
pub fn score_all(
    cases: &[Case],
    mut errors: Option<&mut Vec<String>>,
    only: Option<&str>,
) -> Vec<(String, Score)> {
    let mut rows: Vec<(String, Score)> = Vec::new();
    for case in cases {
        if only.is_some_and(|o| o != case.spec) {
            continue;
        }
        let s = score_case(case, errors.as_deref_mut());
        match rows.iter_mut().find(|(n, _)| *n == case.spec) {
            Some((_, t)) => t.add(&s),
            None => rows.push((case.spec.clone(), s)),
        }
    }
    rows
}

/// The total over `specs`.
pub fn group(rows: &[(String, Score)], specs: &[&str]) -> Score {
    let mut t = Score::default();
    for (n, s) in rows {
        if specs.contains(&n.as_str()) {
            t.add(s);
        }
    }
    t
}

/// A row of the printed table.
pub fn table_row(name: &str, s: &Score) -> String {
    let (ep, er, ef) = s.prf(s.exact);
    let (op, or, of) = s.prf(s.overlap);
    format!(
        "| {name:<28} | {:>5} | {:>5} | {:>5} | {ep:.3} {er:.3} **{ef:.3}** | {op:.3} {or:.3} **{of:.3}** | {:.3} ({}) |",
        s.cases,
        s.gold,
        s.pred,
        s.value_accuracy(),
        s.value_checked
    )
}

pub const TABLE_HEAD: &str = "| spec | cases | gold | pred | exact P R **F1** | overlap P R **F1** | value acc (n) |\n|---|---:|---:|---:|---|---|---|";

/// `factlens eval figures FILE [--spec NAME] [--errors]`.
pub fn run(args: &[String]) -> Result<i32, String> {
    let mut path = None;
    let mut only = None;
    let mut show_errors = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--spec" => only = Some(it.next().ok_or("--spec needs a spec name")?.clone()),
            "--errors" => show_errors = true,
            s if s.starts_with('-') => {
                return Err(format!("unknown option {s:?} for eval figures"))
            }
            s => path = Some(s.to_string()),
        }
    }
    let path = path.ok_or(
        "eval figures needs the spec file, e.g. ../shared/eval/numbers/recognizers_text_en.jsonl",
    )?;
    let cases = load(&path)?;
    let mut errors = Vec::new();
    let rows = score_all(&cases, show_errors.then_some(&mut errors), only.as_deref());
    for e in &errors {
        println!("{e}");
    }
    println!("{TABLE_HEAD}");
    for (name, s) in &rows {
        println!("{}", table_row(name, s));
    }
    if only.is_none() {
        println!(
            "{}",
            table_row("numbers (6 specs, target)", &group(&rows, NUMBER_SPECS))
        );
        println!(
            "{}",
            table_row("dates (2 specs, target)", &group(&rows, DATE_SPECS))
        );
    }
    Ok(0)
}
