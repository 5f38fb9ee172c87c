//! ## What it finds
//! Which punctuation tokens are quotation marks, of which family, and whether
//! each opens, closes, or may do either; apostrophes are told apart here.
//!
//! ## Why a reader cares
//! A quote is only as good as its marks: "Norway’s", "don't", "the '40s" and
//! "rock 'n' roll" hold apostrophes that must not open or close a quote.
//!
//! ## Example
//! `He said 'the '90s were fine'` → `'` before "the" opens, `'` before "90s" is
//! an apostrophe, `'` after "fine" closes.
//!
//! ## Limits
//! Straight marks are read from the spaces around them: a straight mark with a
//! space before and a word glued after opens, the reverse closes. A mark
//! glued between an abbreviation or a number and a lone "s" ("the U.K.’s",
//! "the 737's") is a possessive apostrophe. A closing
//! single mark glued after a word ending in "s" ("the players' union") is an
//! apostrophe unless a single quote is open. Reversed guillemets (»…«, used in
//! German and Danish) and Swedish ”…” are read as orphan closers.

use crate::text::{Doc, TokenKind};

/// A family of marks: an opening mark is closed only by its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// " “ ” „
    Double,
    /// ' ‘ ’ ‚
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
    /// 「 」
    Corner,
    /// 『 』
    WhiteCorner,
}

/// Which way a mark faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Open,
    Close,
    /// A straight mark: the pairing decides.
    Either,
}

/// A quotation mark at a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub family: Family,
    pub side: Side,
    /// „ and ‚ (German style): closed by “ or ‘ as well as ” or ’.
    pub low: bool,
    /// Tokens the mark takes: 2 for a doubled apostrophe ('' as a double mark).
    pub width: usize,
}

/// Words written with a leading apostrophe: "'em", "'til", "rock 'n' roll".
const ELISIONS: &[&str] = &["n", "em", "til", "cause", "tis", "twas", "bout", "round"];

/// The mark at token `i`, if it is a quotation mark rather than an apostrophe.
pub fn mark_at(doc: &Doc, i: usize) -> Option<Mark> {
    if doc.kind(i) != Some(TokenKind::Punct) {
        return None;
    }
    let m = |family, side| {
        Some(Mark {
            family,
            side,
            low: false,
            width: 1,
        })
    };
    let next_digits = doc.glued(i + 1) && doc.kind(i + 1) == Some(TokenKind::Digits);
    let elision = doc.glued(i + 1) && doc.is_any(i + 1, ELISIONS);
    let space_before = i == 0 || !doc.glued(i);
    let glued_after = doc.glued(i + 1) && doc.kind(i + 1) != Some(TokenKind::Punct);
    match doc.tok(i) {
        "\"" | "\u{FF02}" => m(Family::Double, Side::Either),
        "\u{201C}" => m(Family::Double, Side::Open),
        "\u{201D}" => m(Family::Double, Side::Close),
        "\u{201E}" => Some(Mark {
            family: Family::Double,
            side: Side::Open,
            low: true,
            width: 1,
        }),
        "\u{201A}" => Some(Mark {
            family: Family::Single,
            side: Side::Open,
            low: true,
            width: 1,
        }),
        // Two apostrophes or curly singles typed for a double mark: ''Yes,''
        // and ‘‘Yes,’’ he said.
        "'" | "\u{2018}" | "\u{2019}" if doc.glued(i + 1) && doc.tok(i + 1) == doc.tok(i) => {
            if i > 0 && doc.glued(i) && doc.tok(i - 1) == doc.tok(i) {
                return None;
            }
            let side = match doc.tok(i) {
                "\u{2018}" => Side::Open,
                "\u{2019}" => Side::Close,
                _ => Side::Either,
            };
            Some(Mark {
                family: Family::Double,
                side,
                low: false,
                width: 2,
            })
        }
        "'" | "\u{2018}" | "\u{2019}" if i > 0 && doc.glued(i) && doc.tok(i - 1) == doc.tok(i) => {
            None
        }
        "'" | "\u{2018}" | "\u{2019}" => {
            // '40s, 'n', 'em: apostrophes standing for left-out letters.
            if next_digits || (space_before && elision) {
                return None;
            }
            // A possessive glued to an abbreviation or a number: "the
            // U.K.’s", "the 737's". A mark glued on both sides that leaves
            // a lone "s" is no quote.
            if i > 0
                && doc.glued(i)
                && doc.glued(i + 1)
                && doc.is_any(i + 1, &["s"])
                && !(doc.glued(i + 2) && doc.kind(i + 2) == Some(TokenKind::Word))
            {
                return None;
            }
            // The 'n' of "rock 'n' roll" is followed by its own apostrophe.
            if i > 0 && doc.glued(i) && doc.is(i - 1, "n") && i >= 2 && doc.is_punct(i - 2, '\'') {
                return None;
            }
            match doc.tok(i) {
                "\u{2018}" => m(Family::Single, Side::Open),
                "\u{2019}" if space_before && glued_after => None,
                "\u{2019}" => m(Family::Single, Side::Close),
                _ => m(Family::Single, Side::Either),
            }
        }
        "\u{AB}" => m(Family::Guillemet, Side::Open),
        "\u{BB}" => m(Family::Guillemet, Side::Close),
        "\u{2039}" => m(Family::SingleGuillemet, Side::Open),
        "\u{203A}" => m(Family::SingleGuillemet, Side::Close),
        "\u{300C}" => m(Family::Corner, Side::Open),
        "\u{300D}" => m(Family::Corner, Side::Close),
        "\u{300E}" => m(Family::WhiteCorner, Side::Open),
        "\u{300F}" => m(Family::WhiteCorner, Side::Close),
        _ => None,
    }
}

/// How the spaces around a straight mark at `i` lean: `Some(Open)` for a
/// space before and a word glued after, `Some(Close)` for the reverse.
pub fn lean(doc: &Doc, i: usize, width: usize) -> Option<Side> {
    let space_before = i == 0 || !doc.glued(i) || opens_context(doc.tok(i.wrapping_sub(1)));
    let j = i + width.max(1) - 1;
    let space_after = j + 1 >= doc.len() || !doc.glued(j + 1);
    let punct_after = doc.kind(j + 1) == Some(TokenKind::Punct) && doc.glued(j + 1);
    match (space_before, space_after || punct_after) {
        (true, false) => Some(Side::Open),
        (false, true) => Some(Side::Close),
        _ => None,
    }
}

/// Punctuation after which a glued mark opens: "(\"", "—\"".
fn opens_context(prev: &str) -> bool {
    matches!(
        prev,
        "(" | "[" | "{" | "\u{2014}" | "\u{2013}" | "-" | "/" | ":"
    )
}

/// Whether a straight or right single mark at `i` is a plural possessive
/// ("the players' union"): glued after a word ending in s.
pub fn plural_possessive(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.glued(i)
        && doc.kind(i - 1) == Some(TokenKind::Word)
        && doc.tok(i - 1).ends_with(['s', 'S'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(text: &str) -> Vec<(String, Side)> {
        let d = Doc::new(text);
        (0..d.len())
            .filter_map(|i| mark_at(&d, i).map(|m| (d.tok(i).to_string(), m.side)))
            .collect()
    }

    #[test]
    fn curly_and_straight_marks() {
        assert_eq!(
            marks("“a” \"b\" «c»"),
            [
                ("“".to_string(), Side::Open),
                ("”".to_string(), Side::Close),
                ("\"".to_string(), Side::Either),
                ("\"".to_string(), Side::Either),
                ("«".to_string(), Side::Open),
                ("»".to_string(), Side::Close),
            ]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(marks("don't Norway’s").is_empty());
        assert!(marks("the '40s and the ’90s").is_empty());
        assert!(marks("rock 'n' roll").is_empty());
        assert!(marks("shake ’em").is_empty());
        assert!(marks("The U.K.’s budget and the U.S.'s debt").is_empty());
        assert!(marks("the 737's engines").is_empty());
    }

    #[test]
    fn doubled_apostrophes_are_a_double_mark() {
        let d = Doc::new("''Yes,'' he said");
        assert_eq!(
            mark_at(&d, 0).map(|m| (m.family, m.width)),
            Some((Family::Double, 2))
        );
        assert_eq!(mark_at(&d, 1), None);
        assert_eq!(lean(&d, 0, 2), Some(Side::Open));
        assert_eq!(lean(&d, 4, 2), Some(Side::Close));
    }

    #[test]
    fn straight_marks_lean_by_spacing() {
        let d = Doc::new("he said \"yes\" then");
        assert_eq!(lean(&d, 2, 1), Some(Side::Open));
        assert_eq!(lean(&d, 4, 1), Some(Side::Close));
        let d = Doc::new("the players' union");
        assert!(plural_possessive(&d, 2));
    }
}
