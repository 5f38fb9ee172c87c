//! ## What it finds
//! Percentages: a number followed by a percent sign or word. "12%", "12 %",
//! "12 per cent", "twenty percent", "5pc", and percentage points: "3
//! percentage points", "2pp".
//!
//! ## Why a reader cares
//! A rise "of 3%" and a rise "of 3 percentage points" are different claims;
//! mixing them up is one of the commonest errors a fact-checker meets.
//!
//! ## Example
//! "unemployment rose 0.4 percentage points to 12%" → "0.4 percentage points"
//! (percent, value 0.4, unit "pp") and "12%" (percent, value 12, unit "%").
//!
//! ## Limits
//! The sign must follow the number: "percent of 10" and a lone "%" or
//! "percentage" with no number are not figures. Percent forms are listed in
//! `lists/percent.txt`. A percent sign inside a web address is not read (see
//! `exclude`).

use super::lexicon::{keyed, Lexicon};
use super::numeral::NumeralKind;
use super::{Ctx, Found};
use crate::model::FigureKind;
use crate::text::Doc;
use std::sync::OnceLock;

fn forms() -> &'static Lexicon<&'static str> {
    static L: OnceLock<Lexicon<&'static str>> = OnceLock::new();
    L.get_or_init(|| keyed(crate::lists::list_text!("percent")))
}

/// A percent form at token `j`: its length in tokens and its unit.
pub fn percent_at(doc: &Doc, j: usize) -> Option<(usize, &'static str)> {
    forms().at(doc, j).map(|p| (p.len(), p.value))
}

/// Adds every percentage in the document to `out`.
pub fn find(ctx: &Ctx, out: &mut Vec<Found>) {
    let doc = ctx.doc;
    for n in &ctx.numerals {
        if n.kind == NumeralKind::Ordinal || ctx.is_blocked(n.first, n.last) {
            continue;
        }
        let j = n.last + 1;
        if !ctx.same_line(n.last, j) {
            continue;
        }
        let Some((len, unit)) = percent_at(doc, j) else {
            continue;
        };
        let last = j + len - 1;
        if ctx.is_blocked(j, last) {
            continue;
        }
        let mut f = Found::new(doc, n.first, last, FigureKind::Percent, Some(n.value), 32);
        f.figure.unit = Some(unit.to_string());
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::testing::{figures, the};
    use crate::model::FigureKind;

    fn pct(text: &str, want: &str) -> (f64, String) {
        let f = the(text, want);
        assert_eq!(f.kind, FigureKind::Percent);
        (f.value.unwrap_or(f64::NAN), f.unit.unwrap_or_default())
    }

    #[test]
    fn signs_and_words() {
        assert_eq!(pct("up 12% on the year", "12%"), (12.0, "%".into()));
        assert_eq!(pct("fell 27 % in the quarter", "27 %"), (27.0, "%".into()));
        assert_eq!(
            pct("12 per cent of voters", "12 per cent"),
            (12.0, "%".into())
        );
        assert_eq!(
            pct("twenty percent of them", "twenty percent"),
            (20.0, "%".into())
        );
        assert_eq!(pct("a 5pc rise", "5pc"), (5.0, "%".into()));
    }

    #[test]
    fn percentage_points_are_pp() {
        assert_eq!(
            pct("rose 0.4 percentage points", "0.4 percentage points"),
            (0.4, "pp".into())
        );
        assert_eq!(pct("a 2pp gap", "2pp"), (2.0, "pp".into()));
    }

    #[test]
    fn a_lone_sign_is_no_figure() {
        assert!(figures("The table shows the % of increase").is_empty());
    }
}
