//! ## What it finds
//! Two dates joined into one stretch: "from 25th to 30th October", "18-19
//! October", "October 18-19", "between 4 and 22 January", "Oct. 2 to October
//! 22", "from March to May", "Friday through Sunday", "from 10/1 to 11/7",
//! and spans of years: "2015-2017", "2014-18", "between 2007 and 2009".
//!
//! ## Why a reader cares
//! "Talks were held from 25th to 30th October" is one event over six days,
//! not two dates; a timeline needs its two ends.
//!
//! ## Example
//! reference 2025-10-31: "meetings were held in Istanbul from 25th to 30th
//! October" → one date_range 2025-10-25..2025-10-30 over "from 25th to 30th
//! October" (the span takes "from"/"between"; a single date does not take
//! its "on" or "in").
//!
//! ## Limits
//! - An end without a month takes the other end's ("25th to 30th October",
//!   "November 15th through 19th"); two bare numbers ("from 4 to 22") are
//!   no range of dates.
//! - A span of years needs both years in 1200–2199 (1800–2199 without "from"
//!   or "between": "2015-2017"), the second later and within 200 years, and no noun
//!   it counts after it ("1500-2000 troops" is a number range).
//! - Weekday ranges ("Monday to Friday") run forward from the first day.

use super::lexicon::Lex;
use super::{Hit, Scan, Stamp};
use crate::text::TokenKind;

/// The longest date range at `i`.
#[inline(never)]
pub(super) fn at(s: &Scan, i: usize) -> Option<Hit> {
    s.longest(&[general(s, i), years(s, i)])
}

/// The word joining two ends at `k`, if any; `and` only after "between".
fn connector(s: &Scan, k: usize, between: bool) -> bool {
    s.dash(k)
        || s.punct(k, '~')
        || s.is_any(k, &["to", "until", "till", "til", "through", "thru"])
        || (between && s.is(k, "and"))
}

/// A bare day at `k`: "25th", "18", "the 19th", "ninth".
fn bare_day(s: &Scan, k: usize) -> Option<Hit> {
    let the = s.is(k, "the");
    let j = if the { k + 1 } else { k };
    let d = s.day_num(j)?;
    if d.words && !d.ordinal {
        return None;
    }
    if the && !d.ordinal {
        return None;
    }
    Some(Hit::date(
        k,
        d.last,
        Stamp {
            day: Some(d.value),
            ..Stamp::UNKNOWN
        },
    ))
}

/// A month (with an optional year) read as the end of a range: "to May",
/// "and 2018 May".
fn month_end(s: &Scan, k: usize) -> Option<Hit> {
    if let (Some((y, _)), Some(_)) = (s.year_at(k), s.digits(k)) {
        let m = s.month_at(k + 1, true)?;
        return Some(Hit::date(k, k + 1, Stamp::month(Some(y), m)));
    }
    let m = s.month_at(k, true)?;
    let mut j = k + 1;
    if s.punct(j, ',') {
        j += 1;
    }
    match s.year_at(j) {
        Some((y, l)) if !(s.digits(l).is_some() && s.measure_after(l)) => {
            Some(Hit::date(k, l, Stamp::month(Some(y), m)))
        }
        _ => Some(Hit::date(k, k, Stamp::month(None, m))),
    }
}

/// A year read as the end of a range: "and 2009".
fn year_end(s: &Scan, k: usize) -> Option<Hit> {
    let (y, l) = s.year_at(k)?;
    if s.digits(l).is_some() && s.measure_after(l) {
        return None;
    }
    Some(Hit::date(k, l, Stamp::year(y)))
}

/// Whether a hit is a bare weekday: one token tagged as a weekday.
fn bare_weekday(s: &Scan, h: &Hit) -> Option<u8> {
    match s.lex(h.last) {
        Lex::Weekday { day, .. } if h.first == h.last => Some(day),
        _ => None,
    }
}

/// "now" as an end of a range opened by "from"/"between": the reference date.
fn now(s: &Scan, k: usize) -> Option<Hit> {
    s.is(k, "now")
        .then(|| Hit::date(k, k, Stamp::maybe(s.reference)))
}

/// "(this|next|last) week" before a range of weekdays: the Monday of that week.
fn week_prefix(s: &Scan, i: usize) -> Option<(Option<super::Date>, usize)> {
    let Lex::Shift(shift) = s.lex(i) else {
        return None;
    };
    if !s.is(i + 1, "week") || !s.is_any(i + 2, &["from", "between"]) {
        return None;
    }
    let monday = s.reference.and_then(|r| {
        let off = match shift {
            super::lexicon::Shift::Last => -7,
            super::lexicon::Shift::This => 0,
            super::lexicon::Shift::Next => 7,
            super::lexicon::Shift::Following => return None,
        };
        Some(r.monday().add_days(off))
    });
    Some((monday, i + 2))
}

/// "[from|between] <date> to|-|through|and <date>", and "next week from
/// Wednesday to Friday".
fn general(s: &Scan, i: usize) -> Option<Hit> {
    let (week, start) = match week_prefix(s, i) {
        Some((m, k)) => (Some(m), k),
        None => (None, i),
    };
    let opener = s.is_any(start, &["from", "between"]);
    let between = s.is(start, "between");
    let j = if opener { start + 1 } else { start };
    let full_left = s.longest(&[
        s.point(j),
        s.period(j),
        if opener { year_end(s, j) } else { None },
        if opener {
            super::numeric::md_at(s, j)
        } else {
            None
        },
        if opener { now(s, j) } else { None },
    ]);
    let mut best: Option<Hit> = None;
    for (left, left_bare) in [(full_left, false), (bare_day(s, j), true)] {
        let Some(left) = left else { continue };
        let k = left.last + 1;
        if !connector(s, k, between) {
            continue;
        }
        let m = k + 1;
        let numeric_left = s.punct(left.first + 1, '/') || s.dash(left.first + 1);
        let full_right = s.longest(&[
            s.point(m),
            s.period(m),
            month_end(s, m),
            year_end(s, m),
            if numeric_left {
                super::numeric::md_at(s, m)
            } else {
                None
            },
            if opener { now(s, m) } else { None },
        ]);
        for (right, right_bare) in [(full_right, false), (bare_day(s, m), true)] {
            let Some(right) = right else { continue };
            let (Some(mut a), Some(mut b)) = (left.start_stamp(), right.end_stamp()) else {
                continue;
            };
            if left_bare && right_bare {
                continue;
            }
            // A bare day takes its month from a single day at the other end
            // ("25th to 30th October"), not from a period ("next year — the first").
            let single_day = |h: &Hit| match h.what {
                super::What::Date(x) => x.day.is_some() || x.is_unknown(),
                _ => false,
            };
            if (left_bare && !single_day(&right)) || (right_bare && !single_day(&left)) {
                continue;
            }
            // A year on its own at either end needs "from" or "between": the
            // other rule reads "2015-2017".
            let year_only = |x: &Stamp| x.year.is_some() && x.month.is_none();
            if !opener && !s.cue_before(j) && (year_only(&a) || year_only(&b)) {
                continue;
            }
            // "scores rose from 1061 to 1128": no span of years that early.
            if year_only(&a) && year_only(&b) && a.year.is_some_and(|y| y < 1200) {
                continue;
            }
            // "Monday to Friday": the second day on or after the first; in
            // the week a prefix names ("next week from Wednesday to Friday").
            if let (Some(w1), Some(w2)) = (bare_weekday(s, &left), bare_weekday(s, &right)) {
                if let Some(Some(monday)) = week {
                    a = Stamp::of(monday.add_days(i64::from(w1)));
                }
                if let Some(d) = a.date() {
                    let ahead = (i64::from(w2) - i64::from(w1)).rem_euclid(7);
                    b = Stamp::of(d.add_days(ahead));
                }
            } else if week.is_some() {
                continue;
            }
            if a.month.is_some() && a.year.is_none() && b.year.is_some() && b.month.is_none() {
                a.year = b.year;
            }
            let h = Hit::range(i, right.last, a, b);
            best = s.longest(&[best, Some(h)]);
        }
    }
    best
}

/// "2015-2017", "2014-18", "2008-9", "from 2014 to 2018", "between 2007 and 2009".
fn years(s: &Scan, i: usize) -> Option<Hit> {
    let opener = s.is_any(i, &["from", "between"]);
    let between = s.is(i, "between");
    let j = if opener { i + 1 } else { i };
    let (a, alen) = s.digits(j)?;
    if alen != 4 || s.chain_before(j) {
        return None;
    }
    if j > 0 && s.glued(j) && s.kind(j - 1) == Some(TokenKind::Punct) && !opener {
        // "$2000-2010", "#1990-2000"
        if !s.punct(j - 1, '(') {
            return None;
        }
    }
    let k = j + 1;
    if !connector(s, k, between) {
        return None;
    }
    let (b, blen) = s.digits(k + 1)?;
    let b = match blen {
        4 => b,
        // "2014-18", "2019-20": a short span written tight.
        2 if s.glued(k)
            && s.glued(k + 1)
            && a / 100 * 100 + b > a
            && a / 100 * 100 + b - a <= 10 =>
        {
            a / 100 * 100 + b
        }
        // "2008-9": the next year by its last digit ("2015-3" is March).
        1 if s.glued(k) && s.glued(k + 1) && b == (a + 1) % 10 => a + 1,
        _ => return None,
    };
    let last = k + 1;
    if s.chain_after(last) || (s.glued(last + 1) && s.is_word(last + 1)) {
        return None;
    }
    let range = if opener { 1200..=2199 } else { 1800..=2199 };
    if !range.contains(&a) || !range.contains(&b) || b <= a || b - a > 200 {
        return None;
    }
    if s.measure_after(last) {
        return None;
    }
    Some(Hit::range(
        i,
        last,
        Stamp::year(a as i32),
        Stamp::year(b as i32),
    ))
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::{dates, dates_on};

    const REF: &str = "2025-10-31";

    #[test]
    fn a_bare_day_takes_the_month_of_the_other_end() {
        assert_eq!(
            dates_on("Meetings were held from 25th to 30th October.", REF),
            [(
                "from 25th to 30th October",
                "date_range",
                "2025-10-25",
                "2025-10-30"
            )]
        );
        assert_eq!(
            dates_on("Talks in Doha on 18-19 October failed.", REF),
            [("18-19 October", "date_range", "2025-10-18", "2025-10-19")]
        );
        assert_eq!(
            dates("The fair runs November 15th through 19th."),
            [(
                "November 15th through 19th",
                "date_range",
                "--11-15",
                "--11-19"
            )]
        );
        assert_eq!(
            dates("Polls open between 4 and 22 January 2026."),
            [(
                "between 4 and 22 January 2026",
                "date_range",
                "2026-01-04",
                "2026-01-22"
            )]
        );
    }

    #[test]
    fn two_full_dates() {
        assert_eq!(
            dates("The show ran Oct. 2 to October 22, 2024."),
            [(
                "Oct. 2 to October 22, 2024",
                "date_range",
                "2024-10-02",
                "2024-10-22"
            )]
        );
        assert_eq!(
            dates_on("Strikes lasted from March to May.", REF),
            [("from March to May", "date_range", "2025-03", "2025-05")]
        );
    }

    #[test]
    fn weekdays_run_forward() {
        assert_eq!(
            dates_on("The festival runs Friday through Sunday.", "2025-10-29"),
            [(
                "Friday through Sunday",
                "date_range",
                "2025-10-24",
                "2025-10-26"
            )]
        );
    }

    #[test]
    fn spans_of_years() {
        assert_eq!(
            dates("Output fell in 2015-2017."),
            [("2015-2017", "date_range", "2015", "2017")]
        );
        assert_eq!(
            dates("The 2014-18 war left scars."),
            [("2014-18", "date_range", "2014", "2018")]
        );
        assert_eq!(
            dates("Sales rose between 2007 and 2009."),
            [("between 2007 and 2009", "date_range", "2007", "2009")]
        );
        assert!(dates("Police sent 1500-2000 troops.").is_empty());
    }

    #[test]
    fn a_span_of_years_written_with_one_digit() {
        assert_eq!(
            dates("Unlike the slump of 2008-9, this one was brief."),
            [("2008-9", "date_range", "2008", "2009")]
        );
        assert_eq!(
            dates("Sales in 2015-3 fell."),
            [("2015-3", "date", "2015-03", "")]
        );
    }
}
