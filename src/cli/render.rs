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

/// A number for people: "2,400,000,000", "0.333333", "7.8".
fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        let digits = (x.abs() as i64).to_string();
        let mut out = String::new();
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k) % 3 == 0 && digits.len() > 4 {
                out.push(',');
            }
            out.push(c);
        }
        if x < 0.0 {
            out.insert(0, '-');
        }
        out
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

#[cfg(test)]
mod tests {
    use super::*;
    use factlens::{analyze, Options};

    #[test]
    fn numbers_read_like_numbers() {
        assert_eq!(num(2_400_000_000.0), "2,400,000,000");
        assert_eq!(num(1200.0), "1200");
        assert_eq!(num(-45_000.0), "-45,000");
        assert_eq!(num(1.0 / 3.0), "0.333333");
        assert_eq!(num(7.8), "7.8");
    }

    #[test]
    fn figures_are_bracketed_with_a_note() {
        let text = "Over 200 came.";
        let a = analyze(text, &Options::new());
        assert_eq!(
            render(text, &a, false),
            "[Over 200]{number over 200} came.\n"
        );
        assert!(render(text, &a, true).contains("\x1b[1;36mOver 200\x1b[0m"));
    }
}
