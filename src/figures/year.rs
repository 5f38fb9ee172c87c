//! ## What it finds
//! Bare years that the dates layer leaves alone because no date word comes
//! before them, but that the words around them show to be years, not counts:
//! "the 2016 election", "a 2018 analysis", "Apple's 2019 model", "fiscal
//! 2019", "the 2020 Audi e-tron", "1978's hit", "2019 was a bad year", "back
//! to 2028." Such a number is not offered as a count.
//!
//! ## Why a reader cares
//! "The 2016 campaign" shown as the number 2,016 is noise at best and a wrong
//! figure at worst. News style writes counts of a thousand or more with a
//! comma ("2,016 people"), so a bare four-digit number between 1900 and 2099
//! is a year unless a counted noun follows it.
//!
//! ## Example
//! "Clinton lost the 2016 election" → no number figure;
//! "About 2021 people signed" → number 2021 (a count, kept).
//!
//! ## Limits
//! Only 1900–2099; "the 1500 soldiers" stays a count. A plural noun after the
//! number keeps it a count ("the 2000 soldiers", but also "the 2016
//! elections"), unless "fiscal", "year" or "copyright" comes before it. A bound or currency before it keeps it too ("more than 2000",
//! "$2000"), as does a unit, currency or percent word after it. These years
//! are dropped, not turned into dates: that is the dates layer's call.

use super::numeral::Numeral;
use crate::text::{Doc, TokenKind};

/// Words after a year that make it the subject of a sentence about that year:
/// "2019 was the year of earbuds".
const YEAR_VERBS: &[&str] = &[
    "is", "was", "will", "has", "had", "saw", "brought", "marks", "marked", "promises",
];

/// Words before a year that make it one: determiners and possessives ("the
/// 2016 election", "its 2019 model"), "fiscal", "copyright".
const YEAR_BEFORE: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "whose",
    "fiscal",
    "year",
    "copyright",
    "©",
];

/// Words before a number that make it an amount, whatever its size: "more
/// than 2000", "about 2000".
const AMOUNT_BEFORE: &[&str] = &[
    "than",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "least",
    "most",
    "over",
    "under",
    "just",
    "only",
    "exactly",
    "total",
];

/// Whether numeral `n` is a bare year that is not a count.
pub fn year_not_count(doc: &Doc, n: &Numeral) -> bool {
    if !n.year_like() || !(1900.0..2100.0).contains(&n.value) {
        return false;
    }
    let next = n.last + 1;
    let same_line = !doc.line_break_before(next) && next < doc.len();
    // "2000 km", "2000 dollars", "2000 percent": a measure.
    if same_line
        && (super::quantity::unit_at(doc, next)
            || super::money::currency_at(doc, next)
            || super::percent::percent_at(doc, next).is_some())
    {
        return false;
    }
    let prev = n
        .first
        .checked_sub(1)
        .filter(|&p| !doc.line_break_before(p + 1));
    if prev.is_some_and(|p| doc.is_any(p, AMOUNT_BEFORE) || super::money::sign_ending_at(doc, p)) {
        return false;
    }
    // "fiscal year 2019 sales", "© 2019 Associated Press": a year whatever follows.
    if prev.is_some_and(|p| doc.is_any(p, &["fiscal", "year", "fy", "copyright", "©"])) {
        return true;
    }
    let word_after = same_line && doc.kind(next) == Some(TokenKind::Word);
    let t = doc.tok(next);
    // "2000 soldiers", "2000 Americans": a counted noun (not "analysis",
    // "campus", "class").
    let plural = word_after
        && t.len() > 3
        && t.ends_with('s')
        && !(t.ends_with("ss") || t.ends_with("is") || t.ends_with("us"));
    if plural {
        return false;
    }
    let det = |p: usize| doc.is_any(p, YEAR_BEFORE) || super::count::possessive(doc, p);
    // "the 2016 election", "the landmark 1963 paper", "a crewed 2024 mission"
    let determined = prev.is_some_and(|p| {
        det(p)
            || (p > 0
                && !doc.line_break_before(p)
                && doc.kind(p) == Some(TokenKind::Word)
                && doc.tok(p).chars().next().is_some_and(char::is_lowercase)
                && det(p - 1))
    });
    // "2021 and 2022", "2016 or 2017"
    let year_pair = word_after
        && doc.is_any(next, &["and", "or"])
        && doc.kind(next + 1) == Some(TokenKind::Digits)
        && doc.tok(next + 1).len() == 4
        && matches!(doc.tok(next + 1).as_bytes().first(), Some(b'1' | b'2'));
    let capital_after = word_after && t.chars().next().is_some_and(char::is_uppercase);
    let possessive = same_line && doc.glued(next) && doc.is_any(next, &["'s", "’s", "'", "’"]);
    let verb_after = word_after && doc.is_any(next, YEAR_VERBS);
    // "as soon as 2023.", "back to 2028, the goal": nothing counted after it.
    let nothing_after = !word_after && !doc.is_punct(next, '-');
    determined || capital_after || possessive || verb_after || year_pair || nothing_after
}

#[cfg(test)]
mod tests {
    use crate::figures::testing::texts;

    #[test]
    fn years_in_running_text_are_not_counts() {
        for s in [
            "Ortega lost the 2016 election to him.",
            "A 2018 analysis of the data found water.",
            "Marlin showed the 2020 Coaster at a show.",
            "The band had hits like 1978's “Nobody Told Me Twice.”",
            "Sales were weak, and 2019 was a bad year for dealers.",
            "Benefits planned for fiscal 2019 will come later.",
            "NASA could push the landing back to 2028, the old goal.",
            "Apple's 2019 model runs hot.",
            "It followed the landmark 1963 paper.",
            "I think 2021 and 2022 will be better.",
        ] {
            assert!(texts(s).is_empty(), "{s:?} gave {:?}", texts(s));
        }
    }

    #[test]
    fn fiscal_and_copyright_years_are_years_whatever_follows() {
        assert_eq!(
            texts("The firm sees fiscal year 2019 sales growth of 2%."),
            ["2%"]
        );
        assert!(texts("© 2019 Example News. All rights reserved.").is_empty());
    }

    #[test]
    fn counts_that_look_like_years_are_kept() {
        assert_eq!(
            texts("About 2021 people signed the petition."),
            ["About 2021"]
        );
        assert_eq!(texts("the 2000 soldiers who stayed"), ["2000"]);
        assert_eq!(texts("It cost $2000 to fix."), ["$2000"]);
        assert_eq!(texts("The climb is 2000 metres high."), ["2000 metres"]);
        assert_eq!(texts("a screen 1920 pixels wide"), ["1920"]);
    }
}
