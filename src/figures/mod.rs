//! Numeric figures and dates: the `figures` list of the Analysis.
//!
//! Every rule family adds candidates ([`Found`]) to one list; [`resolve`] keeps
//! the best non-overlapping set (longest first, then by priority) and returns
//! the figures in text order. Rules live one family per file:
//!
//! - [`numeral`]: numbers in digits and words (the base of everything else)
//! - [`exclude`]: numbers that are not figures (phone numbers, versions, URLs,
//!   model names, house numbers); computed once, read by every rule below
//! - [`year`]: bare years that are not counts ("the 2016 election"), read by
//!   [`exclude`]
//! - [`count`]: cardinals, ordinals and fractions as figures ("23", "third",
//!   "two thirds", "one in five")
//! - [`money`]: amounts of money ("£2,000", "$1.5bn", "30 billion rupees")
//! - [`percent`]: percentages and percentage points ("12%", "3 percentage points")
//! - [`quantity`]: numbers with units of measure ("5 km", "40°C", "a 6-mile trip")
//! - [`range`]: two ends ("18-19", "between 5 and 10", "$5m-$10m")
//! - [`bound`]: bounds and estimates ("over 200", "nearly half", "up to 700")
//! - dates, times and durations live in [`crate::dates`]; [`bound`] also
//!   wraps the durations it finds ("more than two years")
//!
//! [`lexicon`] turns the word lists under `lists/` (currencies, units, percent
//! words, bound words, labels, street words, idioms) into lookup tables, once.
//!
//! Candidate priorities (they only break ties between spans of equal length):
//! a bare year-like number 5, other plain numbers 10, ordinals and fractions
//! 12 ("2 in 5" 15), quantities 30, money and percentages 32, ranges 35,
//! bounds the wrapped figure's plus 10, two bounds closing a range 45. Dates
//! use 20 and more, so "2021" is a date.

pub mod bound;
pub mod count;
pub mod decimal;
pub mod exclude;
pub mod lexicon;
pub mod money;
pub mod numeral;
pub mod percent;
pub mod quantity;
pub mod range;
pub mod year;

use crate::dates::Date;
use crate::model::{Figure, FigureKind};
use crate::text::Doc;
use numeral::Numeral;

/// What rules read: the document, its numerals and the options.
pub struct Ctx<'a> {
    pub doc: &'a Doc<'a>,
    pub numerals: Vec<Numeral>,
    /// For each token, 1 + the index of the numeral starting there (0: none).
    starts: Vec<u32>,
    /// The publication date relative dates resolve against.
    pub reference: Option<Date>,
    /// Tokens that belong to no numeric figure: phone numbers, versions, URLs,
    /// model names, house numbers (see [`exclude`]).
    pub blocked: Vec<bool>,
    /// For each token, how many line breaks come before it.
    lines: Vec<u32>,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Doc<'a>, reference: Option<Date>) -> Ctx<'a> {
        let numerals = numeral::find_numerals(doc);
        let mut starts = vec![0u32; doc.len()];
        for (k, n) in numerals.iter().enumerate() {
            if let Some(s) = starts.get_mut(n.first) {
                *s = k as u32 + 1;
            }
        }
        let mut lines = Vec::with_capacity(doc.len());
        let mut line = 0u32;
        for t in &doc.tokens {
            if t.newlines_before > 0 {
                line += 1;
            }
            lines.push(line);
        }
        let blocked = exclude::mask(doc, &numerals);
        Ctx {
            doc,
            numerals,
            starts,
            reference,
            blocked,
            lines,
        }
    }

    /// The numeral that starts at token `i`.
    pub fn numeral_at(&self, i: usize) -> Option<&Numeral> {
        match self.starts.get(i) {
            Some(&k) if k > 0 => self.numerals.get(k as usize - 1),
            _ => None,
        }
    }

    /// Whether any token of `first..=last` is blocked (see [`exclude`]).
    pub fn is_blocked(&self, first: usize, last: usize) -> bool {
        self.blocked
            .get(first..=last)
            .is_none_or(|s| s.iter().any(|&b| b))
    }

    /// Whether tokens `a` and `b` are on the same line.
    pub fn same_line(&self, a: usize, b: usize) -> bool {
        matches!((self.lines.get(a), self.lines.get(b)), (Some(x), Some(y)) if x == y)
    }
}

/// A candidate figure: what a rule found, over tokens `first..=last`.
#[derive(Debug, Clone)]
pub struct Found {
    pub figure: Figure,
    pub first: usize,
    pub last: usize,
    /// Breaks ties between candidates of the same length; higher wins.
    pub priority: u8,
}

impl Found {
    /// A candidate over tokens `first..=last` with `value`. Its text is left
    /// empty and filled in by [`resolve`] only if it is kept.
    pub fn new(
        doc: &Doc,
        first: usize,
        last: usize,
        kind: FigureKind,
        value: Option<f64>,
        priority: u8,
    ) -> Found {
        Found {
            figure: Figure {
                value,
                ..Figure::untexted(doc.start(first), doc.end(last), kind)
            },
            first,
            last,
            priority,
        }
    }
}

/// The figures that start inside `start..end`, as a sub-slice of `figures`
/// (which `extract` returns sorted by start): a binary search, so that a
/// per-sentence look-up does not scan the whole article. Callers check `end`.
pub fn within(figures: &[Figure], start: usize, end: usize) -> &[Figure] {
    let lo = figures.partition_point(|f| f.start < start);
    let hi = figures.partition_point(|f| f.start < end).max(lo);
    &figures[lo..hi]
}

/// Finds every figure in `doc`.
pub fn extract(doc: &Doc, reference: Option<Date>) -> Vec<Figure> {
    let ctx = Ctx::new(doc, reference);
    let mut found = Vec::new();
    crate::dates::find(&ctx, &mut found);
    count::find(&ctx, &mut found);
    money::find(&ctx, &mut found);
    percent::find(&ctx, &mut found);
    quantity::find(&ctx, &mut found);
    range::find(&ctx, &mut found);
    bound::find(&ctx, &mut found);
    resolve(doc, found)
}

/// Keeps the longest candidates that do not overlap, in text order.
pub fn resolve(doc: &Doc, found: Vec<Found>) -> Vec<Figure> {
    // Sort small keys, not the candidates themselves.
    let mut order: Vec<(std::cmp::Reverse<usize>, std::cmp::Reverse<u8>, usize, u32)> = found
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let len = f.figure.end - f.figure.start;
            (
                std::cmp::Reverse(len),
                std::cmp::Reverse(f.priority),
                f.figure.start,
                k as u32,
            )
        })
        .collect();
    crate::sort::sort_by_key(&mut order, |o| *o);
    let mut found: Vec<Option<Found>> = found.into_iter().map(Some).collect();
    let mut taken = vec![false; doc.len()];
    let mut out = Vec::new();
    for (.., k) in order {
        let Some(mut f) = found.get_mut(k as usize).and_then(Option::take) else {
            continue;
        };
        if f.last >= taken.len() || f.first > f.last {
            continue;
        }
        if taken[f.first..=f.last].iter().any(|&t| t) {
            continue;
        }
        // A numeric figure never runs across a line break (a safety net: every
        // rule checks this itself).
        if !f.figure.kind.is_temporal() && (f.first + 1..=f.last).any(|i| doc.line_break_before(i))
        {
            continue;
        }
        taken[f.first..=f.last].iter_mut().for_each(|t| *t = true);
        if f.figure.text.is_empty() {
            let (s, e) = (f.figure.start, f.figure.end);
            f.figure.text = doc.text.get(s..e).unwrap_or_default().to_string();
        }
        out.push(f.figure);
    }
    crate::sort::sort_by_key(&mut out, |f| (f.start, f.end));
    out
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the rule files' tests.
    use super::*;

    /// The figures of `text`.
    pub fn figures(text: &str) -> Vec<Figure> {
        extract(&Doc::new(text), None)
    }

    /// The texts of the numeric figures of `text` (dates, times and
    /// durations, which `crate::dates` tests, left out).
    pub fn texts(text: &str) -> Vec<String> {
        figures(text)
            .into_iter()
            .filter(|f| !f.kind.is_temporal())
            .map(|f| f.text)
            .collect()
    }

    /// The one figure of `text` whose text is `want`.
    pub fn the(text: &str, want: &str) -> Figure {
        let figs = figures(text);
        let names: Vec<String> = figs.iter().map(|f| f.text.clone()).collect();
        figs.into_iter()
            .find(|f| f.text == want)
            .unwrap_or_else(|| panic!("no figure {want:?} in {text:?}: {names:?}"))
    }

    /// Whether `a` is within a millionth of `b`.
    pub fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() <= 1e-6 * b.abs().max(1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;

    #[test]
    fn never_panics_on_tricky_input() {
        let long_digits = "9".repeat(5000);
        let many_groups = "1,000".repeat(500);
        let nested = "-".repeat(300) + "5";
        let inputs = [
            "",
            " ",
            "...",
            "$",
            "1,",
            "1.",
            "-",
            "£",
            "%",
            "½",
            "$$$ 1 $",
            "1/",
            "/2",
            "1/0",
            "0/0 0%",
            "e10 1e 1e+ 1e999 -1e-999",
            "a",
            "a a a",
            "one and",
            "one and a",
            "minus",
            "minus minus 5",
            "between 5 and",
            "from 5 to",
            "more than",
            "up to",
            "5 or",
            "😀 5 😀 £5m 😀",
            "e\u{301} 5\u{301} ５ ٣",
            "1\u{202f}",
            "10 000\u{202f}",
            "\u{2212}5 \u{2212}",
            "https://x.com/5?q=30%",
            "1.2.3.4.5.6.7",
            "+1-",
            "No. No. 5",
            "half half half",
            "a third",
            "5-",
            "-5-",
            "twenty-",
            "point five",
            "two point",
            "1e400 kg",
            &long_digits,
            &many_groups,
            &nested,
        ];
        for s in inputs {
            for f in figures(s) {
                assert!(f.start <= f.end && f.end <= s.len(), "{s:?}");
                assert!(f.value.is_none_or(f64::is_finite), "{s:?}: {f:?}");
            }
        }
    }

    #[test]
    fn does_not_cross_a_line_break() {
        let t = texts("It cost $\n5 million and 10\n% more");
        assert!(!t.iter().any(|s| s.contains('\n')), "{t:?}");
    }
}
