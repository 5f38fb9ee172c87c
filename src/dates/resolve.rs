//! ## What it finds
//! Nothing in the text: it completes what the other date rules read. A date
//! written without its year ("12 October") gets its year from the reference
//! (publication) date and the tense of its clause ([`super::tense`]): the
//! latest such day on or before the reference in the past tense, the first on
//! or after it in the future tense, else the nearest one, unless that is more
//! than four months ahead (news mostly reports what happened). A range gets
//! one year for both ends.
//!
//! ## Why a reader cares
//! "On 12 October" in an article published on 31 October 2025 is 12 October
//! 2025, not 2026: a reader comparing the story with the record needs the
//! full date.
//!
//! ## Example
//! reference 2025-10-31: "12 October" → 2025-10-12; "6th November" → 2025-11-06;
//! "in April" → 2025-04 (five months ahead is nearer, but too far ahead
//! without a future tense); "will open in April" → 2026-04; "Dec 28 to Jan 3"
//! → 2025-12-28 .. 2026-01-03 when the reference is in January 2026.
//!
//! ## Limits
//! The tense is read from marker words, not parsed: a clause with none keeps
//! the nearest year within four months ahead ("leaves office on Jan. 20" in
//! late September is next January). A tie (exactly six months away) goes to
//! the past. With no reference date the year stays unknown ("--10-12").

use super::calendar::{days_in_month, push_iso_year, Date};
use super::tense::Tense;
use crate::figures::decimal::push_int;

/// How far ahead a date without its year may be read when its clause has no
/// tense: beyond this, the year before is likelier in news.
const AHEAD_DAYS: i64 = 122;

/// A calendar position at the precision the text gives: a year, a month, a
/// day, or a month and day without a year. All `None`: a relative date that
/// could not be resolved (no reference date, or relative to the story's time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stamp {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Stamp {
    /// Unresolved.
    pub const UNKNOWN: Stamp = Stamp {
        year: None,
        month: None,
        day: None,
    };

    pub fn of(d: Date) -> Stamp {
        Stamp {
            year: Some(d.year),
            month: Some(d.month),
            day: Some(d.day),
        }
    }

    pub fn year(y: i32) -> Stamp {
        Stamp {
            year: Some(y),
            ..Stamp::UNKNOWN
        }
    }

    pub fn month(year: Option<i32>, m: u8) -> Stamp {
        Stamp {
            year,
            month: Some(m),
            day: None,
        }
    }

    pub fn md(year: Option<i32>, m: u8, d: u8) -> Stamp {
        Stamp {
            year,
            month: Some(m),
            day: Some(d),
        }
    }

    /// `d` when there is a reference date, unknown otherwise.
    pub fn maybe(d: Option<Date>) -> Stamp {
        d.map_or(Stamp::UNKNOWN, Stamp::of)
    }

    pub fn is_unknown(&self) -> bool {
        *self == Stamp::UNKNOWN
    }

    /// The full date, when year, month and day are all known and valid.
    pub fn date(&self) -> Option<Date> {
        Date::new(self.year?, self.month?, self.day?)
    }

    /// Whether the parts present make sense together (no 31 February).
    pub fn valid(&self) -> bool {
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                (1..=12).contains(&m) && d >= 1 && d <= days_in_month(self.year.unwrap_or(2000), m)
            }
            (Some(m), None) => (1..=12).contains(&m),
            (None, Some(d)) => (1..=31).contains(&d) && self.year.is_none(),
            (None, None) => true,
        }
    }

    /// ISO 8601 at the stamp's precision: "2021", "2025-10", "2025-10-12",
    /// "--10-12", "--10", "---12"; `None` when unknown.
    pub fn iso(&self) -> Option<String> {
        let mut out = String::new();
        match (self.year, self.month, self.day) {
            (Some(_), None, Some(_)) | (None, None, None) => return None,
            (Some(y), ..) => push_iso_year(&mut out, y),
            (None, Some(_), _) => out.push_str("--"),
            (None, None, Some(_)) => out.push_str("---"),
        }
        if let Some(m) = self.month {
            if self.year.is_some() {
                out.push('-');
            }
            push_int(&mut out, i64::from(m), 2);
        }
        if let Some(d) = self.day {
            if self.month.is_some() {
                out.push('-');
            }
            push_int(&mut out, i64::from(d), 2);
        }
        Some(out)
    }

    /// Orders two stamps of the same year by month and day.
    fn md_key(&self) -> (u8, u8) {
        (self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

/// The year (reference year ±1) that puts `month`/`day` nearest `r`; ties go
/// to the past.
pub fn nearest_year(r: Date, month: u8, day: Option<u8>) -> Option<i32> {
    let target = r.days();
    let mut best: Option<(i64, i32)> = None;
    for y in [r.year - 1, r.year, r.year + 1] {
        let days = match day {
            Some(d) => match Date::new(y, month, d) {
                Some(x) => x.days(),
                None => continue,
            },
            None => {
                // A month is as near as its nearest day.
                let (Some(a), Some(b)) = (
                    Date::new(y, month, 1),
                    Date::new(y, month, days_in_month(y, month)),
                ) else {
                    continue;
                };
                if (a.days()..=b.days()).contains(&target) {
                    return Some(y);
                }
                if target < a.days() {
                    a.days()
                } else {
                    b.days()
                }
            }
        };
        let dist = (days - target).abs();
        if best.is_none_or(|(bd, _)| dist < bd) {
            best = Some((dist, y));
        }
    }
    best.map(|(_, y)| y)
}

/// The year of `month`/`day` (a whole month when `day` is `None`) that the
/// tense of its clause and the reference date `r` make likeliest.
pub fn likely_year(r: Date, month: u8, day: Option<u8>, tense: Tense) -> Option<i32> {
    // The first and the last day the text can mean in year `y`.
    let ends = |y: i32| -> Option<(Date, Date)> {
        match day {
            Some(d) => Date::new(y, month, d).map(|x| (x, x)),
            None => Date::new(y, month, 1).map(|a| (a, a.month_end())),
        }
    };
    match tense {
        Tense::Past => [r.year, r.year - 1]
            .into_iter()
            .find(|&y| ends(y).is_some_and(|(a, _)| a <= r)),
        Tense::Future => [r.year, r.year + 1]
            .into_iter()
            .find(|&y| ends(y).is_some_and(|(_, b)| b >= r)),
        Tense::Planned => nearest_year(r, month, day),
        Tense::Unknown => {
            let y = nearest_year(r, month, day)?;
            let far = ends(y).is_some_and(|(a, _)| a.days() - r.days() > AHEAD_DAYS);
            Some(if far { y - 1 } else { y })
        }
    }
}

/// The month (reference month ±1) whose `day` is nearest `r`: "on the 27th".
pub fn nearest_month(r: Date, day: u8) -> Option<(i32, u8)> {
    let target = r.days();
    let mut best: Option<(i64, i32, u8)> = None;
    for k in -1..=1 {
        let m = r.month_start().add_months(k);
        let Some(d) = Date::new(m.year, m.month, day) else {
            continue;
        };
        let dist = (d.days() - target).abs();
        if best.is_none_or(|(bd, _, _)| dist < bd) {
            best = Some((dist, m.year, m.month));
        }
    }
    best.map(|(_, y, m)| (y, m))
}

/// Fills in what the reference date implies: the year of "12 October", the
/// month of "the 27th".
#[cfg(test)]
pub fn complete(r: Option<Date>, s: Stamp) -> Stamp {
    complete_in(r, s, Tense::Unknown)
}

/// [`complete`] for a date whose clause has `tense`.
pub fn complete_in(r: Option<Date>, s: Stamp, tense: Tense) -> Stamp {
    let Some(r) = r else { return s };
    match (s.year, s.month, s.day) {
        (None, Some(m), d) => Stamp {
            year: likely_year(r, m, d, tense),
            ..s
        },
        (None, None, Some(d)) => match nearest_month(r, d) {
            Some((y, m)) => Stamp::md(Some(y), m, d),
            None => s,
        },
        _ => s,
    }
}

/// Completes the two ends of a range together: a year given at one end holds
/// for the other ("25 to 30 October 2025"); a range that wraps the new year
/// ("28 December to 3 January") puts its start in the year before.
pub fn complete_range(r: Option<Date>, mut a: Stamp, mut b: Stamp, tense: Tense) -> (Stamp, Stamp) {
    // A bare day at one end takes the other end's month: "25th to 30th October".
    if a.month.is_none() && a.day.is_some() && b.month.is_some() {
        a.month = b.month;
        if a.day > b.day {
            a.month = b.month.map(|m| if m == 1 { 12 } else { m - 1 });
            if b.month == Some(1) {
                a.year = b.year.map(|y| y - 1);
            }
        }
        if a.year.is_none() && b.month != Some(1) {
            a.year = b.year;
        }
    }
    if b.month.is_none() && b.day.is_some() && a.month.is_some() && b.year.is_none() {
        b.month = a.month;
        b.year = a.year;
        if b.day < a.day {
            b.month = a.month.map(|m| if m == 12 { 1 } else { m + 1 });
            if a.month == Some(12) {
                b.year = a.year.map(|y| y + 1);
            }
        }
    }
    // Years: from one end to the other, else from the reference date.
    if a.year.is_none() && b.year.is_none() && a.month.is_some() && b.month.is_some() {
        if let Some(r) = r {
            // The range is as far ahead as its start.
            let y = likely_year(r, a.month.unwrap_or(1), a.day, tense);
            let wraps = a.md_key() > b.md_key();
            b.year = y.map(|y| if wraps { y + 1 } else { y });
        }
    }
    if a.year.is_none() && a.month.is_some() {
        if let Some(y) = b.year {
            a.year = Some(if a.md_key() > b.md_key() && b.month.is_some() {
                y - 1
            } else {
                y
            });
        }
    }
    if b.year.is_none() && b.month.is_some() {
        if let Some(y) = a.year {
            b.year = Some(if b.md_key() < a.md_key() { y + 1 } else { y });
        }
    }
    let a = if a.month.is_none() && a.year.is_none() {
        complete_in(r, a, tense)
    } else {
        a
    };
    let b = if b.month.is_none() && b.year.is_none() {
        complete_in(r, b, tense)
    } else {
        b
    };
    (a, b)
}

/// First and last day of the year.
pub fn year_span(y: i32) -> Option<(Date, Date)> {
    Some((Date::new(y, 1, 1)?, Date::new(y, 12, 31)?))
}

/// First and last day of the month.
pub fn month_span(y: i32, m: u8) -> Option<(Date, Date)> {
    let a = Date::new(y, m, 1)?;
    Some((a, a.month_end()))
}

/// Monday and Sunday of the week holding `d`.
pub fn week_span(d: Date) -> (Date, Date) {
    let m = d.monday();
    (m, m.add_days(6))
}

/// The quarter (1–4) holding month `m`.
pub fn quarter_of(m: u8) -> u8 {
    (m.saturating_sub(1)) / 3 + 1
}

/// First and last day of quarter `q` of `y`.
pub fn quarter_span(y: i32, q: u8) -> Option<(Date, Date)> {
    let first = Date::new(y, (q.clamp(1, 4) - 1) * 3 + 1, 1)?;
    Some((first, first.add_months(2).month_end()))
}

/// The quarter nearest `r` among quarter `q` of the reference year and the
/// years around it; ties go to the past.
pub fn nearest_quarter_year(r: Date, q: u8) -> i32 {
    let target = r.days();
    let mut best = (i64::MAX, r.year);
    for y in [r.year - 1, r.year, r.year + 1] {
        if let Some((a, b)) = quarter_span(y, q) {
            let dist = if (a.days()..=b.days()).contains(&target) {
                0
            } else {
                (a.days() - target).abs().min((b.days() - target).abs())
            };
            if dist < best.0 {
                best = (dist, y);
            }
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn a_date_without_its_year_takes_the_nearest_one() {
        let r = Some(d("2025-10-31"));
        assert_eq!(
            complete(r, Stamp::md(None, 10, 12)).iso().unwrap(),
            "2025-10-12"
        );
        assert_eq!(
            complete(r, Stamp::md(None, 11, 6)).iso().unwrap(),
            "2025-11-06"
        );
        assert_eq!(
            complete(Some(d("2026-01-05")), Stamp::md(None, 12, 28))
                .iso()
                .unwrap(),
            "2025-12-28"
        );
        // Five months ahead is nearer than seven back, but too far ahead
        // without a future tense.
        assert_eq!(complete(r, Stamp::month(None, 4)).iso().unwrap(), "2025-04");
        assert_eq!(
            complete_in(r, Stamp::month(None, 4), Tense::Future)
                .iso()
                .unwrap(),
            "2026-04"
        );
        assert_eq!(complete(r, Stamp::month(None, 1)).iso().unwrap(), "2026-01");
        assert_eq!(
            complete_in(r, Stamp::month(None, 1), Tense::Past)
                .iso()
                .unwrap(),
            "2025-01"
        );
        assert_eq!(
            complete(r, Stamp::month(None, 10)).iso().unwrap(),
            "2025-10"
        );
        assert_eq!(
            complete(None, Stamp::md(None, 10, 12)).iso().unwrap(),
            "--10-12"
        );
    }

    #[test]
    fn the_27th_takes_the_nearest_month() {
        let r = Some(d("2025-10-31"));
        let s = Stamp {
            day: Some(2),
            ..Stamp::UNKNOWN
        };
        assert_eq!(complete(r, s).iso().unwrap(), "2025-11-02");
        assert_eq!(complete(None, s).iso().unwrap(), "---02");
    }

    #[test]
    fn ranges_share_one_year() {
        let r = Some(d("2026-01-10"));
        let (a, b) = complete_range(
            r,
            Stamp::md(None, 12, 28),
            Stamp::md(None, 1, 3),
            Tense::Unknown,
        );
        assert_eq!(
            (a.iso().unwrap(), b.iso().unwrap()),
            ("2025-12-28".into(), "2026-01-03".into())
        );
        let day = Stamp {
            day: Some(25),
            ..Stamp::UNKNOWN
        };
        let (a, b) = complete_range(
            Some(d("2025-10-31")),
            day,
            Stamp::md(None, 10, 30),
            Tense::Unknown,
        );
        assert_eq!(a.iso().unwrap(), "2025-10-25");
        assert_eq!(b.iso().unwrap(), "2025-10-30");
        let (a, _) = complete_range(None, day, Stamp::md(Some(2017), 1, 30), Tense::Unknown);
        assert_eq!(a.iso().unwrap(), "2017-01-25");
    }

    #[test]
    fn impossible_days_are_not_valid() {
        assert!(!Stamp::md(Some(2023), 2, 29).valid());
        assert!(Stamp::md(None, 2, 29).valid());
        assert!(!Stamp::md(None, 4, 31).valid());
    }
}
