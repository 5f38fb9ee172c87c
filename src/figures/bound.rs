//! ## What it finds
//! Bounds and estimates around a figure: "over 200", "more than half",
//! "nearly 50", "about 300", "some 300", "at least 12", "12 or more", "no more
//! than 12", "up to 700", "fewer than ten", "more than $5m", "above 170",
//! ">10", "50+", and two bounds that close a range: "more than 10 and less
//! than 40". They wrap numbers, fractions, money, percentages, quantities, and
//! the dates layer's lengths of time ("more than two years").
//!
//! ## Why a reader cares
//! "Over 200 militants" is a bound, not a count; "nearly 50" is below 50. A
//! fact-checker must know which end of the truth a figure states.
//!
//! ## Example
//! "over 200 militants were killed" → number, value 200, approx over, low 200;
//! "up to 700 workers" → value 700, approx up_to, high 700;
//! "about $14 million" → money 14 000 000, approx about.
//!
//! ## Limits
//! The bound words are in `lists/bounds.txt`. A bound word is a bound only
//! right next to a figure: "over the weekend" is nothing, and "talked about 5
//! issues" is read as an estimate. "nearly"/"almost" are `under` (the figure is
//! the upper end); "about" sets neither end. A range takes only "about" ("about
//! 5-10"). A bare number followed by a time word ("over 12 October", "nearly
//! three weeks", "over half a century") is left to the dates layer. Bounds
//! written as verbs ("exceeds 3000") are read. "equal to 20" is taken into the
//! figure but stays exact; "or equal (to)" after a bound closes it ("more than
//! 5000 or equal to" is at_least). When "about" and a closing bound both apply
//! ("about 500 or more"), the closing one is the claim. A bound after the
//! figure must not be capitalised ("Note 10 Plus") nor followed by a number
//! ("5 plus 3").

use super::lexicon::{time_word_at, Lexicon};
use super::{Ctx, Found};
use crate::model::{Approx, FigureKind};
use crate::text::TokenKind;
use std::sync::OnceLock;

struct Bounds {
    before: Lexicon<Approx>,
    after: Lexicon<Approx>,
}

fn bounds() -> &'static Bounds {
    static B: OnceLock<Bounds> = OnceLock::new();
    B.get_or_init(|| {
        let mut b = Bounds {
            before: Lexicon::default(),
            after: Lexicon::default(),
        };
        for e in crate::lists::entries(crate::lists::list_text!("bounds")) {
            let mut f = crate::lists::fields(e);
            let (Some(approx), Some(side), Some(list)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let approx = match approx {
                "over" => Approx::Over,
                "under" => Approx::Under,
                "about" => Approx::About,
                "at_least" => Approx::AtLeast,
                "at_most" => Approx::AtMost,
                "up_to" => Approx::UpTo,
                "exact" => Approx::Exact,
                _ => continue,
            };
            let lex = match side {
                "before" => &mut b.before,
                "after" => &mut b.after,
                _ => continue,
            };
            for phrase in crate::lists::forms(list) {
                lex.add(phrase, approx);
            }
        }
        b
    })
}

/// Whether a bound sets the low end.
fn sets_low(a: Approx) -> bool {
    matches!(a, Approx::Over | Approx::AtLeast)
}

/// Whether a bound sets the high end.
fn sets_high(a: Approx) -> bool {
    matches!(a, Approx::Under | Approx::AtMost | Approx::UpTo)
}

/// Adds a bounded copy of every figure with a bound word next to it.
pub fn find(ctx: &Ctx, out: &mut Vec<Found>) {
    let doc = ctx.doc;
    let mut new = Vec::new();
    for f in out.iter() {
        let kind = f.figure.kind;
        let wrappable = matches!(
            kind,
            FigureKind::Number
                | FigureKind::Money
                | FigureKind::Percent
                | FigureKind::Quantity
                | FigureKind::Fraction
                | FigureKind::Duration
        );
        if !wrappable || f.figure.approx != Approx::Exact {
            continue;
        }
        // "over 12 October", "nearly three weeks", "over half a century": the
        // dates layer's.
        let article = doc.is_any(f.last + 1, &["a", "an"]);
        let timed = time_word_at(doc, f.last + 1) || (article && time_word_at(doc, f.last + 2));
        if matches!(kind, FigureKind::Number | FigureKind::Fraction) && timed {
            continue;
        }
        let b = before(ctx, f);
        let a = after(ctx, f);
        let wrapped = match (b, a) {
            // "more than 5000 or equal to", "equal to 5000 or less"
            (Some((bf, ba)), Some((al, Approx::Exact))) => {
                let approx = match ba {
                    Approx::Over => Approx::AtLeast,
                    Approx::Under => Approx::AtMost,
                    x => x,
                };
                wrap(ctx, f, bf, al, approx)
            }
            (Some((bf, Approx::Exact)), Some((al, aa))) => wrap(ctx, f, bf, al, aa),
            // "about 500 or more": the closed end is the claim.
            (Some((_, Approx::About)), Some((al, aa))) => wrap(ctx, f, f.first, al, aa),
            (Some((bf, ba)), _) => wrap(ctx, f, bf, f.last, ba),
            (None, Some((al, aa))) if aa != Approx::Exact => wrap(ctx, f, f.first, al, aa),
            _ => continue,
        };
        new.push(wrapped);
    }
    let pairs = pairs(ctx, &new);
    out.extend(new);
    out.extend(pairs);
}

fn wrap(ctx: &Ctx, f: &Found, first: usize, last: usize, approx: Approx) -> Found {
    let mut w = f.clone();
    w.first = first;
    w.last = last;
    w.figure.start = ctx.doc.start(first);
    w.figure.end = ctx.doc.end(last);
    w.figure.text = String::new();
    w.figure.approx = approx;
    if let Some(v) = w.figure.value {
        if sets_low(approx) {
            w.figure.low = Some(v);
        } else if sets_high(approx) {
            w.figure.high = Some(v);
        }
    }
    w.priority = f.priority.saturating_add(10);
    w
}

/// A bound before `f`: "over 200", "more than $5m", ">10", "equal to 20".
/// Returns its first token and its approximation.
fn before(ctx: &Ctx, f: &Found) -> Option<(usize, Approx)> {
    let doc = ctx.doc;
    let p = f.first.checked_sub(1)?;
    if doc.line_break_before(f.first) {
        return None;
    }
    let (first, ph) = bounds().before.ending_at(doc, p)?;
    let approx = ph.value;
    if f.figure.value.is_none() && approx != Approx::About {
        return None;
    }
    // "<>30", "=>30": not a comparison we read.
    let punct = doc.kind(first) == Some(TokenKind::Punct);
    if punct && first > 0 && doc.glued(first) && doc.is_any(first - 1, &["<", ">", "="]) {
        return None;
    }
    if ctx.is_blocked(first, p) {
        return None;
    }
    Some((first, approx))
}

/// A bound after `f`: "12 or more", "50+", "40-odd", "or equal to". Returns
/// its last token and its approximation.
fn after(ctx: &Ctx, f: &Found) -> Option<(usize, Approx)> {
    let doc = ctx.doc;
    let j = f.last + 1;
    if doc.line_break_before(j) || f.figure.value.is_none() {
        return None;
    }
    let ph = bounds().after.at(doc, j)?;
    if doc.kind(j) == Some(TokenKind::Punct) && !doc.glued(j) {
        return None;
    }
    // "the Note 10 Plus": a name, not "10 or more".
    if doc.tok(j).chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let last = j + ph.len() - 1;
    // "5 plus 3", "200 or greater than 190": a second figure, not a bound.
    if ctx.numeral_at(last + 1).is_some() {
        return None;
    }
    Some((last, ph.value))
}

/// "more than 10 and less than 40", "no more than 50 and no less than 20":
/// two bounds of the same kind that close a range.
fn pairs(ctx: &Ctx, bounded: &[Found]) -> Vec<Found> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for a in bounded {
        let mut j = a.last + 1;
        if doc.is_punct(j, ',') {
            j += 1;
        }
        if doc.is_any(j, &["and", "but"]) {
            j += 1;
        } else if j == a.last + 1 {
            continue;
        }
        let Some(b) = bounded.iter().find(|b| b.first == j) else {
            continue;
        };
        let (fa, fb) = (&a.figure, &b.figure);
        if fa.kind != fb.kind
            || fa.unit != fb.unit
            || fa.currency != fb.currency
            || !ctx.same_line(a.first, b.last)
        {
            continue;
        }
        let (low, high) = match (fa.approx, fb.approx) {
            (x, y) if sets_low(x) && sets_high(y) => (fa.low, fb.high),
            (x, y) if sets_high(x) && sets_low(y) => (fb.low, fa.high),
            _ => continue,
        };
        let (Some(low), Some(high)) = (low, high) else {
            continue;
        };
        if low >= high {
            continue;
        }
        let mut r = Found::new(doc, a.first, b.last, fa.kind, None, 45);
        r.figure.low = Some(low);
        r.figure.high = Some(high);
        r.figure.unit = fa.unit.clone();
        r.figure.currency = fa.currency.clone();
        out.push(r);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::figures::testing::{texts, the};
    use crate::model::{Approx, FigureKind};

    fn bound(text: &str, want: &str) -> (Approx, Option<f64>, Option<f64>, Option<f64>) {
        let f = the(text, want);
        (f.approx, f.value, f.low, f.high)
    }

    #[test]
    fn lower_bounds() {
        assert_eq!(
            bound("over 200 militants were killed", "over 200"),
            (Approx::Over, Some(200.0), Some(200.0), None)
        );
        assert_eq!(
            bound("more than half of them", "more than half").0,
            Approx::Over
        );
        assert_eq!(bound("at least 12 died", "at least 12").0, Approx::AtLeast);
        assert_eq!(
            bound("no fewer than 12 died", "no fewer than 12").0,
            Approx::AtLeast
        );
        assert_eq!(
            bound("12 or more died", "12 or more"),
            (Approx::AtLeast, Some(12.0), Some(12.0), None)
        );
    }

    #[test]
    fn upper_bounds() {
        assert_eq!(
            bound("nearly 50 people", "nearly 50"),
            (Approx::Under, Some(50.0), None, Some(50.0))
        );
        assert_eq!(bound("almost 50 people", "almost 50").0, Approx::Under);
        assert_eq!(bound("fewer than ten", "fewer than ten").0, Approx::Under);
        assert_eq!(
            bound("no more than 12", "no more than 12").0,
            Approx::AtMost
        );
        assert_eq!(bound("12 or less", "12 or less").0, Approx::AtMost);
        assert_eq!(
            bound("cut up to 700 jobs", "up to 700"),
            (Approx::UpTo, Some(700.0), None, Some(700.0))
        );
    }

    #[test]
    fn estimates() {
        for (s, t) in [
            ("about 40 people", "about 40"),
            ("roughly 3m viewers", "roughly 3m"),
            ("some 300 troops", "some 300"),
            ("around 10 homes", "around 10"),
            ("approximately 12", "approximately 12"),
        ] {
            assert_eq!(bound(s, t).0, Approx::About, "{s}");
        }
    }

    #[test]
    fn bounds_wrap_money_percent_and_quantities() {
        let f = the("more than $5m was spent", "more than $5m");
        assert_eq!(
            (f.kind, f.approx, f.low),
            (FigureKind::Money, Approx::Over, Some(5e6))
        );
        assert_eq!(
            the("under 5% of voters", "under 5%").kind,
            FigureKind::Percent
        );
        assert_eq!(
            the("over 188 miles an hour", "over 188 miles an hour").kind,
            FigureKind::Quantity
        );
    }

    #[test]
    fn two_bounds_close_a_range() {
        let f = the(
            "x is more than 10 and less than 40",
            "more than 10 and less than 40",
        );
        assert_eq!((f.value, f.low, f.high), (None, Some(10.0), Some(40.0)));
        assert_eq!(texts("More than 40 and less than 10").len(), 2);
    }

    #[test]
    fn or_equal_closes_a_bound() {
        assert_eq!(
            bound(
                "more than 5000 or equal to it",
                "more than 5000 or equal to"
            )
            .0,
            Approx::AtLeast
        );
        assert_eq!(
            bound("equal to 5000 or less", "equal to 5000 or less").0,
            Approx::AtMost
        );
        assert_eq!(
            bound("about 500 or more of them", "500 or more").0,
            Approx::AtLeast
        );
        assert_eq!(texts("5 plus 3"), ["5", "3"]);
    }

    #[test]
    fn a_bound_word_needs_a_figure() {
        assert!(texts("over the weekend, about the plan").is_empty());
    }
}
