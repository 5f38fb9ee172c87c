//! `--format text`: the article with its figures marked for a terminal.
//!
//! On a terminal each figure is coloured by kind and followed by a dim note;
//! elsewhere it is bracketed: `[over 200]{number over 200}`.

use factlens::{Analysis, Approx, Figure, FigureKind};

const RESET: &str = "\x1b[0m";
const DIM: &str = "\x1b[2m";

fn colour(kind: FigureKind) -> &'static str {
    use FigureKind::*;
    match kind {
        Number | Fraction | Ordinal => "\x1b[1;36m",
        Percent => "\x1b[1;35m",
        Money => "\x1b[1;32m",
        Quantity => "\x1b[1;34m",
        Date | DateRange | Time | Duration => "\x1b[1;33m",
    }
}

fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A short description of a figure: "money 1500000000 USD", "date 2025-10-12".
pub fn describe(f: &Figure) -> String {
    let mut parts = vec![f.kind.as_str().to_string()];
    if f.approx != Approx::Exact {
        parts.push(f.approx.as_str().to_string());
    }
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => parts.push(num(v)),
        (None, Some(l), Some(h)) => parts.push(format!("{}–{}", num(l), num(h))),
        (None, Some(l), None) => parts.push(format!("≥{}", num(l))),
        (None, None, Some(h)) => parts.push(format!("≤{}", num(h))),
        _ => {}
    }
    if let Some(c) = &f.currency {
        parts.push(c.clone());
    }
    if let Some(u) = &f.unit {
        parts.push(u.clone());
    }
    match (&f.date, &f.date_end) {
        (Some(d), Some(e)) => parts.push(format!("{d}/{e}")),
        (Some(d), None) => parts.push(d.clone()),
        _ => {}
    }
    parts.join(" ")
}

/// The text with every figure marked.
pub fn render(text: &str, a: &Analysis, colour_on: bool) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for f in &a.figures {
        if f.start < at || f.end > text.len() {
            continue;
        }
        out.push_str(&text[at..f.start]);
        let note = describe(f);
        if colour_on {
            out.push_str(colour(f.kind));
            out.push_str(&text[f.start..f.end]);
            out.push_str(RESET);
            out.push_str(DIM);
            out.push_str(" ‹");
            out.push_str(&note);
            out.push('›');
            out.push_str(RESET);
        } else {
            out.push('[');
            out.push_str(&text[f.start..f.end]);
            out.push_str("]{");
            out.push_str(&note);
            out.push('}');
        }
        at = f.end;
    }
    out.push_str(&text[at..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}
