//! ## What it finds
//! Dates written with numbers and separators: "12/10/2025", "2025-10-12",
//! "13.5.2015", "21/04/16", "05-Aug-2016", "2019/aug/01"; months of a year:
//! "11/2016", "2016-11", "Dec/2018"; and a month and day without a year after
//! "on" ("on 4/22").
//!
//! ## Why a reader cares
//! Official documents, court filings and data tables date things this way;
//! "12/10/2025" is 12 October in Karachi and 10 December in Chicago, and a
//! fact-checker needs to know which reading Factlens took.
//!
//! ## Example
//! "filed on 21/04/2016" → date 2016-04-21 (21 cannot be a month);
//! "on 12/10/2025" in a text that writes "18 October" elsewhere → 2025-10-12.
//!
//! ## Limits
//! - Day or month first: a part above 12 decides; when both are 12 or less the
//!   document decides (day-first when it writes "12 October" more often than
//!   "October 12", or has an unambiguous day-first numeric date), else
//!   month-first.
//! - A month and day without a year ("4/22") is read only after "on", after a
//!   weekday ("Friday 7/6") or as an end of a range ("from 10/1 to 11/7"):
//!   elsewhere it is a fraction or a score.
//! - Dates inside a web address ("…/2011/09/07/story") are not read: the
//!   article's own words date its events.
//! - Two-digit years are 2000–2049 or 1950–1999. Eight-digit runs
//!   ("20161016") and years written first with the day second ("2020/23/Sep")
//!   are not read. "2011-12" and "2014-18" are year ranges, not months (see
//!   the range rule).

use super::lexicon::Lex;
use super::{Hit, Scan, Stamp};
use crate::text::TokenKind;

/// One part of a numeric date: digits (value, length) or a month name.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Num(u32, usize),
    Mon(u8),
}

fn part(s: &Scan, k: usize) -> Option<Part> {
    if let Some((v, len)) = s.digits(k) {
        return Some(Part::Num(v, len));
    }
    match s.lex(k) {
        Lex::Month { month, .. } => Some(Part::Mon(month)),
        _ => None,
    }
}

/// The separator at `k` when it is glued on both sides.
fn sep(s: &Scan, k: usize) -> Option<char> {
    if !(s.glued(k) && s.glued(k + 1)) {
        return None;
    }
    ['/', '-', '.'].into_iter().find(|&c| s.punct(k, c))
}

/// "a/b" or "a/b/c" at `i`, one separator throughout.
fn sequence(s: &Scan, i: usize) -> Option<(Part, Part, Option<Part>, char, usize)> {
    if s.chain_before(i) || (i > 0 && s.glued(i) && s.kind(i - 1) == Some(TokenKind::Word)) {
        return None;
    }
    // ".com/2011/09/07/post", "report-2017-03-02.html": a path, not a date.
    let path = |k: usize| {
        ['/', '_', '.', '-', '=', '?', '&']
            .iter()
            .any(|&c| s.punct(k, c))
    };
    if i > 0 && s.glued(i) && path(i - 1) {
        return None;
    }
    let a = part(s, i)?;
    let c = sep(s, i + 1)?;
    let b = part(s, i + 2)?;
    let (third, last) = match (sep(s, i + 3), part(s, i + 4)) {
        (Some(c2), Some(p)) if c2 == c => (Some(p), i + 4),
        _ => (None, i + 2),
    };
    // "1.2.3.4", "10/12/2020/5": more of the same chain is something else.
    if sep(s, last + 1) == Some(c) && s.kind(last + 2) == Some(TokenKind::Digits) {
        return None;
    }
    if s.glued(last + 1) && (s.punct(last + 1, '/') || s.punct(last + 1, '_')) {
        return None;
    }
    if matches!(a, Part::Mon(_)) && matches!(b, Part::Mon(_)) {
        return None;
    }
    Some((a, b, third, c, last))
}

fn two_digit_year(y: u32, len: usize) -> Option<i32> {
    match len {
        4 if (1000..=2999).contains(&y) => Some(y as i32),
        2 if y < 50 => Some(2000 + y as i32),
        2 => Some(1900 + y as i32),
        _ => None,
    }
}

/// Day and month from two small numbers, by value and then by the document's habit.
fn day_month(s: &Scan, a: u32, b: u32) -> Option<(u8, u8)> {
    let (d, m) = match (a > 12, b > 12) {
        (true, true) => return None,
        (true, false) => (a, b),
        (false, true) => (b, a),
        (false, false) if s.day_first => (a, b),
        (false, false) => (b, a),
    };
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d as u8, m as u8))
}

/// The longest numeric date at `i`.
pub(super) fn at(s: &Scan, i: usize) -> Option<Hit> {
    let (a, b, c, sepc, last) = sequence(s, i)?;
    use Part::*;
    let st = match (a, b, c) {
        (Num(y, 4), Num(m, ml), Some(Num(d, dl))) if ml <= 2 && dl <= 2 => {
            Stamp::md(Some(y as i32), m as u8, d as u8)
        }
        (Num(y, 4), Mon(m), Some(Num(d, dl))) if dl <= 2 => Stamp::md(Some(y as i32), m, d as u8),
        (Num(x, xl), Num(z, zl), Some(Num(y, yl))) if xl <= 2 && zl <= 2 => {
            let (d, m) = day_month(s, x, z)?;
            Stamp::md(Some(two_digit_year(y, yl)?), m, d)
        }
        (Num(d, dl), Mon(m), Some(Num(y, yl))) if dl <= 2 => {
            Stamp::md(Some(two_digit_year(y, yl)?), m, d as u8)
        }
        (Mon(m), Num(d, dl), Some(Num(y, 4))) if dl <= 2 => Stamp::md(Some(y as i32), m, d as u8),
        // Months of a year: "11/2016", "2016-11", "Dec/2018".
        (Num(m, ml), Num(y, 4), None) if ml <= 2 && sepc != '.' => {
            if !(1..=12).contains(&m) {
                return None;
            }
            Stamp::month(Some(y as i32), m as u8)
        }
        (Num(y, 4), Num(m, ml), None) if ml <= 2 && sepc != '.' => {
            let text = s.doc.tok(i + 2);
            // "2011-12" and "2014-18" are spans of years.
            let next_year = (y + 1) % 100 == m;
            if sepc == '-' && ml == 2 && !text.starts_with('0') && (next_year || m > 12) {
                return None;
            }
            if !(1..=12).contains(&m) || !(1000..=2999).contains(&y) {
                return None;
            }
            Stamp::month(Some(y as i32), m as u8)
        }
        (Mon(m), Num(y, 4), None) | (Num(y, 4), Mon(m), None) if sepc != '.' => {
            Stamp::month(Some(y as i32), m)
        }
        (Num(..), Num(..), None) if i > 0 && s.is(i - 1, "on") && sepc != '.' => {
            return md_at(s, i);
        }
        _ => return None,
    };
    if st.year.is_some_and(|y| !(1000..=2999).contains(&y)) {
        return None;
    }
    Some(Hit::date(i, last, st))
}

/// A month and day without a year: "4/22", "22/04", "10-1". Callers decide
/// whether the context makes it a date.
pub(super) fn md_at(s: &Scan, i: usize) -> Option<Hit> {
    let (a, b, c, _, last) = sequence(s, i)?;
    let (Part::Num(x, xl), Part::Num(z, zl), None) = (a, b, c) else {
        return None;
    };
    if xl > 2 || zl > 2 {
        return None;
    }
    let (d, m) = day_month(s, x, z)?;
    Some(Hit::date(i, last, Stamp::md(None, m, d)))
}

/// Whether the document writes its days first: "12 October" more often than
/// "October 12", or a numeric date whose first part can only be a day.
pub(super) fn prefers_day_first(s: &Scan) -> bool {
    let mut score = 0i32;
    let n = s.doc.len();
    for i in 0..n {
        match s.lex(i) {
            Lex::Month { .. } => {
                let before = i > 0
                    && s.digits(i - 1)
                        .is_some_and(|(v, l)| l <= 2 && (1..=31).contains(&v))
                    || i > 1
                        && s.is_any(i - 1, &["st", "nd", "rd", "th"])
                        && s.kind(i - 2) == Some(TokenKind::Digits);
                let after = s
                    .digits(i + 1)
                    .is_some_and(|(v, l)| l <= 2 && (1..=31).contains(&v));
                score += i32::from(before) - i32::from(after);
            }
            _ if s.kind(i) == Some(TokenKind::Digits) => {
                if let (Some((a, al)), Some(_), Some((b, bl))) =
                    (s.digits(i), sep(s, i + 1), s.digits(i + 2))
                {
                    if al <= 2 && bl <= 2 && !s.chain_before(i) {
                        if a > 12 && a <= 31 && b <= 12 {
                            score += 2;
                        } else if b > 12 && b <= 31 && a <= 12 {
                            score -= 2;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    score > 0
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::dates;

    #[test]
    fn iso_and_slashed_dates() {
        assert_eq!(
            dates("The order was signed 2025-10-12 in Lahore."),
            [("2025-10-12", "date", "2025-10-12", "")]
        );
        assert_eq!(
            dates("Filed 21/04/2016 with the registrar."),
            [("21/04/2016", "date", "2016-04-21", "")]
        );
        assert_eq!(
            dates("Filed 04/21/16 with the registrar."),
            [("04/21/16", "date", "2016-04-21", "")]
        );
    }

    #[test]
    fn ambiguous_numeric_dates_follow_the_document() {
        assert_eq!(
            dates("Filed 12/10/2025 with the registrar."),
            [("12/10/2025", "date", "2025-12-10", "")]
        );
        let day_first = dates("The court sat on 18 October and again on 12/10/2025.");
        assert_eq!(day_first[1], ("12/10/2025", "date", "2025-10-12", ""));
    }

    #[test]
    fn months_of_a_year() {
        assert_eq!(
            dates("Prices rose in 11/2016 and 2017-03."),
            [
                ("11/2016", "date", "2016-11", ""),
                ("2017-03", "date", "2017-03", "")
            ]
        );
    }

    #[test]
    fn fractions_scores_and_phone_numbers_are_not_dates() {
        assert!(dates("Three quarters (3/4) agreed.").is_empty());
        assert!(dates("Call +86 138-2010-2015 today.")
            .iter()
            .all(|d| d.0 != "2010-2015"));
        assert!(dates("Version 1.2.3.4 shipped.").is_empty());
        assert!(dates("Nonsense like 31/02/2020 is no date.").is_empty());
    }

    #[test]
    fn month_and_day_after_on() {
        assert_eq!(
            dates("The vote is on 4/22, officials said."),
            [("4/22", "date", "--04-22", "")]
        );
    }
}
