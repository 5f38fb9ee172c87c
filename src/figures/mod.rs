//! Numeric figures and dates: the `figures` list of the Analysis.
//!
//! Every rule family adds candidates ([`Found`]) to one list; [`resolve`] keeps
//! the best non-overlapping set (longest first, then by priority) and returns
//! the figures in text order. Rules live one family per file:
//!
//! - [`numeral`]: numbers in digits and words (the base of everything else)
//! - dates, times and durations live in [`crate::dates`]

pub mod numeral;

use crate::dates::Date;
use crate::model::Figure;
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
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Doc<'a>, reference: Option<Date>) -> Ctx<'a> {
        let numerals = numeral::find_numerals(doc);
        let mut starts = vec![0u32; doc.len()];
        for (k, n) in numerals.iter().enumerate() {
            starts[n.first] = k as u32 + 1;
        }
        Ctx {
            doc,
            numerals,
            starts,
            reference,
        }
    }

    /// The numeral that starts at token `i`.
    pub fn numeral_at(&self, i: usize) -> Option<&Numeral> {
        match self.starts.get(i) {
            Some(&k) if k > 0 => self.numerals.get(k as usize - 1),
            _ => None,
        }
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

/// Finds every figure in `doc`.
pub fn extract(doc: &Doc, reference: Option<Date>) -> Vec<Figure> {
    let ctx = Ctx::new(doc, reference);
    let mut found = Vec::new();
    crate::dates::find(&ctx, &mut found);
    resolve(doc, found)
}

/// Keeps the longest candidates that do not overlap, in text order.
pub fn resolve(doc: &Doc, mut found: Vec<Found>) -> Vec<Figure> {
    found.sort_by(|a, b| {
        let la = a.figure.end - a.figure.start;
        let lb = b.figure.end - b.figure.start;
        lb.cmp(&la)
            .then(b.priority.cmp(&a.priority))
            .then(a.figure.start.cmp(&b.figure.start))
    });
    let mut taken = vec![false; doc.len()];
    let mut out = Vec::new();
    for f in found {
        if f.last >= taken.len() || f.first > f.last {
            continue;
        }
        if taken[f.first..=f.last].iter().any(|&t| t) {
            continue;
        }
        taken[f.first..=f.last].iter_mut().for_each(|t| *t = true);
        out.push(f.figure);
    }
    out.sort_by_key(|f| (f.start, f.end));
    out
}
