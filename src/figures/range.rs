//! ## What it finds
//! Ranges: two figures joined as the ends of one span. "18-19", "1000 –
//! 5000", "between 5 and 10", "from 200 to 300", "5 to 10 km", "$5m-$10m",
//! "5k-20k", "5-10%", "20 through 100", "20~100", "20−30" (a minus sign set
//! for a dash).
//!
//! ## Why a reader cares
//! "Between 5 and 10 people" is not a count of 5 or of 10; a range has no
//! single value, and a fact-checker compares both ends with the source.
//!
//! ## Example
//! "between 5 and 10 km away" → quantity, value null, low 5, high 10, unit "km";
//! "5 to 10 million" → number, low 5 000 000, high 10 000 000.
//!
//! ## Limits
//! The kind comes from the parts: a bare first end takes the second's unit,
//! currency and scale ("5-10%", "5 to 10 million"). Both ends must be of the
//! same kind and unit, and the low end below the high one ("3-2" is a score).
//! After a change verb ("rose from 5% to 7%", `lists/change_verbs.txt`) the two
//! figures are a change, not a range. Ranges of years ("1990-1995", "2019-20"),
//! of times and of days ("18-19 October") are left to the dates layer, as are
//! ranges of ranks ("25th to 30th"). "$5m-10m" (the second end without its
//! currency but with "m") is not read as one range.

use super::lexicon::{plain, time_word_at, Lexicon};
use super::numeral::Numeral;
use super::{Ctx, Found};
use crate::model::FigureKind;
use crate::text::Doc;
use std::sync::OnceLock;

fn change_verbs() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| plain(crate::lists::list_text!("change_verbs")))
}

/// Kinds that can be the ends of a range.
fn part_kind(k: FigureKind) -> bool {
    matches!(
        k,
        FigureKind::Number | FigureKind::Money | FigureKind::Percent | FigureKind::Quantity
    )
}

/// The numeral inside candidate `f` (the first one starting in its span).
fn numeral_in<'c>(ctx: &'c Ctx, f: &Found) -> Option<&'c Numeral> {
    (f.first..=f.last.min(f.first + 4)).find_map(|i| ctx.numeral_at(i))
}

/// Whether a change verb comes right before token `i` ("rose 5% to 7%", "up
/// from 5", "rose by 5 to 7").
fn after_change_verb(doc: &Doc, i: usize) -> bool {
    // Look back a few words within the clause: "rose by 37 percent, from 0.90
    // percent to 1.23 percent", "scores jumped as well from 2395 to 2623".
    let mut p = i;
    for _ in 0..8 {
        if p == 0 || doc.line_break_before(p) {
            return false;
        }
        p -= 1;
        if doc.is_any(p, &[".", ";", ":", "!", "?", "(", ")"]) {
            return false;
        }
        if change_verbs().contains_at(doc, p) {
            return true;
        }
    }
    false
}

/// Adds every range in the document to `out`, built from the candidates
/// already there.
pub fn find(ctx: &Ctx, out: &mut Vec<Found>) {
    let doc = ctx.doc;
    let mut by_first = vec![0u32; doc.len()];
    for (k, f) in out.iter().enumerate() {
        if !part_kind(f.figure.kind) || f.figure.value.is_none() {
            continue;
        }
        let Some(slot) = by_first.get_mut(f.first) else {
            continue;
        };
        let better = match (*slot as usize).checked_sub(1).and_then(|c| out.get(c)) {
            Some(cur) => f.last > cur.last || (f.last == cur.last && f.priority > cur.priority),
            None => true,
        };
        if better {
            *slot = k as u32 + 1;
        }
    }
    let best = |i: usize| -> Option<&Found> {
        let k = (*by_first.get(i)? as usize).checked_sub(1)?;
        out.get(k)
    };
    let mut new = Vec::new();
    for (k, a) in out.iter().enumerate() {
        if by_first.get(a.first) != Some(&(k as u32 + 1)) {
            continue;
        }
        if let Some(r) = range_from(ctx, a, &best) {
            new.push(r);
        }
    }
    out.extend(new);
}

fn range_from<'o>(
    ctx: &Ctx,
    a: &Found,
    best: &impl Fn(usize) -> Option<&'o Found>,
) -> Option<Found> {
    let doc = ctx.doc;
    let c = a.last + 1;
    let conn = doc.lower(c)?;
    let prefix = a
        .first
        .checked_sub(1)
        .filter(|&p| doc.is_any(p, &["between", "from"]) && ctx.same_line(p, a.first));
    let between = prefix.is_some_and(|p| doc.is(p, "between"));
    let ok_conn = match conn {
        "-" | "\u{2013}" | "\u{2212}" | "~" => true,
        "to" | "through" | "thru" => !between || conn == "to",
        "and" => between,
        _ => false,
    };
    if !ok_conn || !ctx.same_line(a.first, c + 1) {
        return None;
    }
    // A dash is a range only when glued on both sides or spaced on both.
    if matches!(conn, "-" | "\u{2013}" | "\u{2212}") && doc.glued(c) != doc.glued(c + 1) {
        return None;
    }
    let b = best(c + 1)?;
    let first = prefix.unwrap_or(a.first);
    let dash = matches!(conn, "-" | "\u{2013}" | "\u{2212}" | "~");
    if !dash && after_change_verb(doc, first) {
        return None;
    }
    if !ctx.same_line(first, b.last)
        || time_word_at(doc, b.last + 1)
        || time_word_at(doc, a.last + 1)
    {
        return None;
    }
    let na = numeral_in(ctx, a)?;
    let nb = numeral_in(ctx, b)?;
    if na.year_like() && (nb.year_like() || (nb.plain && doc.tok(nb.first).len() == 2)) {
        return None;
    }
    let (fa, fb) = (&a.figure, &b.figure);
    let (va, vb) = (fa.value?, fb.value?);
    // The multiplier a figure applies to its bare number ("10 million" 1e6,
    // "10 cents" 0.01).
    let mult = |f: f64, n: &Numeral| {
        let bare = n.value / n.scale;
        if bare == 0.0 || n.scale == 0.0 {
            1.0
        } else {
            f / bare
        }
    };
    let (kind, low, high, unit, currency) = if fa.kind == FigureKind::Number
        && fb.kind != FigureKind::Number
        || (fa.kind == FigureKind::Number && fb.kind == FigureKind::Number && na.scale == 1.0)
    {
        // "5-10%", "5 to 10 million", "between 5 and 10 km"
        let m = mult(vb, nb);
        let bare_b = if nb.scale == 0.0 {
            vb
        } else {
            nb.value / nb.scale
        };
        let low = if na.scale == 1.0 && va < bare_b {
            va * m
        } else {
            va
        };
        (fb.kind, low, vb, fb.unit.clone(), fb.currency.clone())
    } else if fb.kind == FigureKind::Number && fa.kind != FigureKind::Number {
        // "$5 to 10"
        let high = if nb.scale == 1.0 {
            vb * mult(va, na)
        } else {
            vb
        };
        (fa.kind, va, high, fa.unit.clone(), fa.currency.clone())
    } else {
        if fa.kind != fb.kind || fa.unit != fb.unit || fa.currency != fb.currency {
            return None;
        }
        (fa.kind, va, vb, fa.unit.clone(), fa.currency.clone())
    };
    if low >= high {
        return None;
    }
    let mut r = Found::new(doc, first, b.last, kind, None, 35);
    r.figure.low = Some(low);
    r.figure.high = Some(high);
    r.figure.unit = unit;
    r.figure.currency = currency;
    Some(r)
}

#[cfg(test)]
mod tests {
    use crate::figures::testing::{texts, the};
    use crate::model::FigureKind;

    fn range(text: &str, want: &str) -> (FigureKind, Option<f64>, f64, f64) {
        let f = the(text, want);
        (
            f.kind,
            f.value,
            f.low.unwrap_or(f64::NAN),
            f.high.unwrap_or(f64::NAN),
        )
    }

    #[test]
    fn dashes_and_words() {
        assert_eq!(
            range("aged 18-19", "18-19"),
            (FigureKind::Number, None, 18.0, 19.0)
        );
        assert_eq!(range("range is 1000 – 5000", "1000 – 5000").2, 1000.0);
        assert_eq!(
            range("between 5 and 10 people", "between 5 and 10"),
            (FigureKind::Number, None, 5.0, 10.0)
        );
        assert_eq!(range("from 200 to 300 people", "from 200 to 300").3, 300.0);
        assert_eq!(
            range("salaries of 5k-20k", "5k-20k"),
            (FigureKind::Number, None, 5e3, 2e4)
        );
        assert_eq!(
            range("bake it for 20\u{2212}30 more", "20\u{2212}30"),
            (FigureKind::Number, None, 20.0, 30.0)
        );
    }

    #[test]
    fn the_kind_comes_from_the_parts() {
        let f = the("between 5 and 10 km away", "between 5 and 10 km");
        assert_eq!(
            (f.kind, f.low, f.high),
            (FigureKind::Quantity, Some(5.0), Some(10.0))
        );
        assert_eq!(f.unit.as_deref(), Some("km"));
        let f = the("a $5m-$10m budget", "$5m-$10m");
        assert_eq!(
            (f.kind, f.low, f.high),
            (FigureKind::Money, Some(5e6), Some(1e7))
        );
        let f = the("a 5-10% rise", "5-10%");
        assert_eq!(
            (f.kind, f.low, f.high),
            (FigureKind::Percent, Some(5.0), Some(10.0))
        );
        assert_eq!(
            range("5 to 10 million people", "5 to 10 million"),
            (FigureKind::Number, None, 5e6, 1e7)
        );
    }

    #[test]
    fn changes_scores_years_and_days_are_not_ranges() {
        assert_eq!(texts("prices rose from 5% to 7%"), ["5%", "7%"]);
        assert_eq!(
            texts("use rose by 37 percent, from 0.90 percent to 1.23 percent").len(),
            3
        );
        assert!(!texts("in 1990-1995").iter().any(|t| t == "1990-1995"));
        assert!(!texts("on 18-19 October").iter().any(|t| t == "18-19"));
        assert!(!texts("a 5 to 10 minute walk")
            .iter()
            .any(|t| t == "5 to 10"));
    }
}
