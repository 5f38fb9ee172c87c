//! ## What it finds
//! Calendar days written with a month name, in either order, with or without
//! a year or a weekday: "12 October", "6th November", "12 of October", "the
//! fourth of May", "Oct. 12, 2025", "October 12th, 2025", "Monday, Jan 12",
//! "22april", "1-jan"; a weekday with a bare day ("Friday the 22nd", "Mon
//! 13th"); and days of the month on their own: "the 27th", "the 20th of next
//! month".
//!
//! ## Why a reader cares
//! The day an event happened is the first thing a fact-checker compares with
//! the record; "on 12 October" must read as 12 October of the right year.
//!
//! ## Example
//! reference 2025-10-31: "On 12 October, firing …" → date 2025-10-12 over
//! "12 October"; "on the 27th" → 2025-10-27; "Oct. 12, 2025" → 2025-10-12.
//!
//! ## Limits
//! - A month followed by a cardinal in words ("May twenty one") is not read:
//!   in news "in March two years ago" is far more common. Ordinal words are
//!   read ("January first", "the fourth of May").
//! - A bare day needs an ordinal in digits and "the": "the 27th" is a date,
//!   "the 27" and "the second" are not, and neither is "the 27th floor" (a
//!   word after it), "the 14th-ranked" or "a force of the 21st" ("of" after
//!   anything but a period word: "the week of the 18th" is a date). Assistant-style "I'll go back on 15" is not a date either.
//! - "the 27th" and "Friday the 22nd" take the month that puts them nearest the
//!   reference date (and, for a weekday, a month where that day is that weekday).

use super::lexicon::{Lex, Shift, Unit};
use super::{DayNum, Hit, Scan, Stamp};

/// The longest absolute day at `i`.
#[inline(never)]
pub(super) fn at(s: &Scan, i: usize) -> Option<Hit> {
    s.longest(&[core_at(s, i), weekday_prefixed(s, i)])
}

fn core_at(s: &Scan, i: usize) -> Option<Hit> {
    s.longest(&[
        day_month(s, i),
        month_day(s, i),
        the_nth(s, i),
        day_of_relative_month(s, i),
    ])
}

/// Whether token `k` makes the number before it a clock time or a quantity:
/// "May 20 percent", "Friday 3 pm".
fn not_a_day_after(s: &Scan, k: usize) -> bool {
    s.punct(k, '%')
        || s.punct(k, ':')
        || s.is_any(
            k,
            &[
                "percent", "per", "pc", "am", "pm", "a", "p", "o'clock", "oclock", "cent",
            ],
        )
        || matches!(s.lex(k), Lex::Unit(_))
}

/// A year after a date ending at `k`: ", 2025", " 2025", " of 2016", " in 2020".
fn year_after(s: &Scan, k: usize) -> (Option<i32>, usize) {
    let mut j = k + 1;
    if s.punct(j, '.') && s.glued(j) {
        j += 1;
    }
    if let Some((y, l)) = shifted_year(s, j) {
        return (y, l);
    }
    let comma = s.punct(j, ',');
    if comma || s.is_any(j, &["of", "in"]) {
        j += 1;
    }
    match s.year_at(j) {
        // "the September 11, 2001 attacks": after a comma it is the year.
        Some((y, l)) if comma || !(s.digits(l).is_some() && s.measure_after(l)) => (Some(y), l),
        _ => (None, k),
    }
}

/// "[of] last year", "this year", "[of] next year" at `j`: the year it names
/// against the reference date (unknown without one) and its last token.
pub(super) fn shifted_year(s: &Scan, j: usize) -> Option<(Option<i32>, usize)> {
    let k = if s.is(j, "of") { j + 1 } else { j };
    let Lex::Shift(sh) = s.lex(k) else {
        return None;
    };
    if !s.is(k + 1, "year") {
        return None;
    }
    let off = match sh {
        Shift::Last => -1,
        Shift::This => 0,
        Shift::Next => 1,
        Shift::Following => return None,
    };
    Some((s.reference.map(|r| r.year + off), k + 1))
}

/// "12 October", "6th November 2025", "12 of October", "the fourth of May", "1-jan".
fn day_month(s: &Scan, i: usize) -> Option<Hit> {
    let the = s.is(i, "the");
    let j = if the { i + 1 } else { i };
    let d = s.day_num(j)?;
    if the && !d.ordinal {
        return None;
    }
    let mut k = d.last + 1;
    let mut of = false;
    if s.is(k, "of") {
        k += 1;
        of = true;
    } else if s.dash(k) && s.glued(k) && s.glued(k + 1) {
        k += 1;
    }
    let m = s.month_at(k, true)?;
    // "three March …": cardinal words make a day only before a plain month name.
    if d.words
        && !d.ordinal
        && !of
        && (matches!(m, 3 | 5) || !s.cap(k))
        && s.lex(k + 1) != Lex::Other
    {
        return None;
    }
    let (year, last) = year_after(s, k);
    Some(Hit::date(i, last, Stamp::md(year, m, d.value)))
}

/// "October 12th, 2025", "Oct. 12", "jan-1", "may the eleventh", "October, 1st".
fn month_day(s: &Scan, i: usize) -> Option<Hit> {
    if !matches!(s.lex(i), Lex::Month { .. }) {
        return None;
    }
    let m = s.month_at(i, false)?;
    let mut j = i + 1;
    if s.punct(j, '.') && s.glued(j) {
        j += 1;
    }
    let mut comma = false;
    if s.punct(j, ',') {
        j += 1;
        comma = true;
    } else if (s.dash(j) || s.punct(j, '/')) && s.glued(j) && s.glued(j + 1) {
        j += 1;
    }
    if s.is(j, "the") {
        j += 1;
    }
    let d = s.day_num(j)?;
    // "October, 1st" (but "October, the second-highest" is no date)
    if (d.words && (comma || !d.ordinal)) || (comma && !d.ordinal) {
        return None;
    }
    if !d.ordinal && not_a_day_after(s, d.last + 1) {
        return None;
    }
    let (year, last) = year_after(s, d.last);
    // "In October 23 soldiers died": a plain number that counts the noun after
    // it is a count, not a day.
    if year.is_none() && !d.ordinal && !comma && s.measure_after(d.last) {
        return None;
    }
    Some(Hit::date(i, last, Stamp::md(year, m, d.value)))
}

/// Word after "the 27th" that still leaves it a date: "the 27th and 28th",
/// "the 27th at noon".
const AFTER_BARE_DAY: &[&str] = &[
    "and", "or", "to", "until", "till", "through", "at", "in", "on", "when", "as", "but", "for",
    "with", "after", "before", "from", "by", "is", "was", "will", "would",
];

/// "the 27th", "the 21st." — a bare day of the month.
fn the_nth(s: &Scan, i: usize) -> Option<Hit> {
    if !s.is(i, "the") {
        return None;
    }
    let d = s.day_num(i + 1)?;
    if !d.ordinal || d.words {
        return None;
    }
    let next = d.last + 1;
    if s.is_word(next) && !s.is_any(next, AFTER_BARE_DAY) {
        return None;
    }
    // "the 14th-ranked player": a rank.
    if s.dash(next) && s.glued(next) && s.glued(next + 1) && s.is_word(next + 1) {
        return None;
    }
    // "the force of the 21st" (century), but "the week of the 18th".
    if i >= 2 && s.is(i - 1, "of") && !matches!(s.lex(i - 2), Lex::Unit(_)) {
        return None;
    }
    if s.kind(next) == Some(crate::text::TokenKind::Digits) {
        return None;
    }
    Some(Hit::date(
        i,
        d.last,
        Stamp {
            day: Some(d.value),
            ..Stamp::UNKNOWN
        },
    ))
}

/// "the 20th of next month", "31st of this month", "22 this month".
fn day_of_relative_month(s: &Scan, i: usize) -> Option<Hit> {
    let j = if s.is(i, "the") { i + 1 } else { i };
    let d = s.day_num(j)?;
    if d.words && !d.ordinal {
        return None;
    }
    let mut k = d.last + 1;
    if s.is(k, "of") {
        k += 1;
    }
    let Lex::Shift(shift) = s.lex(k) else {
        return None;
    };
    if s.lex(k + 1) != Lex::Unit(Unit::Month) || s.is(k + 1, "months") {
        return None;
    }
    let month = match (s.reference, shift) {
        (Some(r), Shift::This) => Some(r),
        (Some(r), Shift::Next) => Some(r.month_start().add_months(1)),
        (Some(r), Shift::Last) => Some(r.month_start().add_months(-1)),
        _ => None,
    };
    let st = match month {
        _ if shift == Shift::Following => Stamp::UNKNOWN,
        Some(m) => Stamp::md(Some(m.year), m.month, d.value),
        None => Stamp {
            day: Some(d.value),
            ..Stamp::UNKNOWN
        },
    };
    Some(Hit::date(i, k + 1, st))
}

/// A weekday before a date: "Monday, Jan 12", "friday 7/6", "Friday the
/// 22nd", "Mon 13th", "this friday (jun-15)".
fn weekday_prefixed(s: &Scan, i: usize) -> Option<Hit> {
    let mut k = i;
    if matches!(
        s.lex(k),
        Lex::Shift(Shift::This | Shift::Next | Shift::Last)
    ) {
        k += 1;
    }
    let wd = s.weekday_at(k, true)?;
    let mut j = k + 1;
    let mut paren = false;
    if s.punct(j, ',') || (s.dash(j) && s.glued(j)) {
        j += 1;
    } else if s.punct(j, '(') {
        j += 1;
        paren = true;
    }
    let inner = s.longest(&[
        core_at(s, j),
        super::numeric::at(s, j),
        super::numeric::md_at(s, j),
        bare_day(s, j, wd),
    ])?;
    let mut last = inner.last;
    if paren {
        if !s.punct(last + 1, ')') {
            return None;
        }
        last += 1;
    }
    Some(Hit {
        first: i,
        last,
        what: inner.what,
    })
}

/// "the 22nd", "21", "13th", "the twenty first" after a weekday.
fn bare_day(s: &Scan, j: usize, weekday: u8) -> Option<Hit> {
    let the = s.is(j, "the");
    let k = if the { j + 1 } else { j };
    let d: DayNum = s.day_num(k)?;
    if !the && d.words && !d.ordinal {
        return None;
    }
    if !d.ordinal && not_a_day_after(s, d.last + 1) {
        return None;
    }
    let st = match s.reference {
        Some(r) => {
            // The nearest month where that day is that weekday.
            let mut best: Option<(i64, super::Date)> = None;
            for m in -2..=2 {
                let first = r.month_start().add_months(m);
                if let Some(x) = super::Date::new(first.year, first.month, d.value) {
                    let dist = (x.days() - r.days()).abs();
                    if x.weekday() == weekday && best.is_none_or(|(b, _)| dist < b) {
                        best = Some((dist, x));
                    }
                }
            }
            match best {
                Some((_, x)) => Stamp::of(x),
                None => Stamp {
                    day: Some(d.value),
                    ..Stamp::UNKNOWN
                },
            }
        }
        None => Stamp {
            day: Some(d.value),
            ..Stamp::UNKNOWN
        },
    };
    Some(Hit::date(j, d.last, st))
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::{dates, dates_on};

    #[test]
    fn day_then_month_takes_the_nearest_year() {
        assert_eq!(
            dates_on(
                "Clashes broke out on 12 October near the border.",
                "2025-10-31"
            ),
            [("12 October", "date", "2025-10-12", "")]
        );
        assert_eq!(
            dates_on("Talks resume on 6th November in Istanbul.", "2025-10-31"),
            [("6th November", "date", "2025-11-06", "")]
        );
    }

    #[test]
    fn month_then_day_with_a_year() {
        assert_eq!(
            dates("The plant closed on Oct. 12, 2025, after a fire."),
            [("Oct. 12, 2025", "date", "2025-10-12", "")]
        );
        assert_eq!(
            dates("It opened October 12th 2025."),
            [("October 12th 2025", "date", "2025-10-12", "")]
        );
        assert_eq!(
            dates("The vote was held Monday, Jan 12 without incident."),
            [("Monday, Jan 12", "date", "--01-12", "")]
        );
    }

    #[test]
    fn ordinal_words_and_of() {
        assert_eq!(
            dates("The march is planned for the fourth of May."),
            [("the fourth of May", "date", "--05-04", "")]
        );
        assert_eq!(
            dates("Ballots were counted by 12 of October."),
            [("12 of October", "date", "--10-12", "")]
        );
    }

    #[test]
    fn a_bare_ordinal_day_needs_the_and_no_noun_after() {
        assert_eq!(
            dates_on("The deadline is the 27th.", "2025-10-31"),
            [("the 27th", "date", "2025-10-27", "")]
        );
        assert!(dates("She lives on the 27th floor.").is_empty());
        assert!(dates("It was the second time.").is_empty());
        assert!(dates("He beat the 14th-ranked player in two sets.").is_empty());
        assert!(dates("Data is the defining force of the 21st.").is_empty());
        assert_eq!(
            dates_on("Talks resume in the week of the 18th.", "2025-10-31")[0].0,
            "the week of the 18th"
        );
    }

    #[test]
    fn a_day_of_last_or_this_year() {
        assert_eq!(
            dates_on(
                "We started this journey on June 16th of last year.",
                "2016-10-02"
            ),
            [("June 16th of last year", "date", "2015-06-16", "")]
        );
        assert_eq!(
            dates_on("The festival began on October 27 this year.", "2019-11-18"),
            [("October 27 this year", "date", "2019-10-27", "")]
        );
    }

    #[test]
    fn a_year_after_a_comma_is_the_year_even_before_a_plural() {
        assert_eq!(
            dates("Troops arrived after the September 11, 2001 attacks."),
            [("September 11, 2001", "date", "2001-09-11", "")]
        );
    }

    #[test]
    fn a_day_that_counts_a_noun_is_a_count() {
        assert_eq!(
            dates("In March 40 workers were hired."),
            [("March", "date", "--03", "")]
        );
        assert_eq!(
            dates("On March 4, workers struck."),
            [("March 4", "date", "--03-04", "")]
        );
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(dates("Up to 20 may be missing, Theresa May said.").is_empty());
        assert_eq!(
            dates("Polls close on May 5 across the country."),
            [("May 5", "date", "--05-05", "")]
        );
    }

    #[test]
    fn a_weekday_with_a_day_finds_its_month() {
        assert_eq!(
            dates_on("The hearing is set for Friday the 7th.", "2025-10-31"),
            [("Friday the 7th", "date", "2025-11-07", "")]
        );
    }

    #[test]
    fn decimals_are_not_days() {
        assert_eq!(
            dates("It closed at 6,107.31 August 2019 saw a rebound."),
            [("August 2019", "date", "2019-08", "")]
        );
    }
}
