//! Proleptic Gregorian calendar arithmetic: day numbers, weekdays, month
//! lengths, and the reference-date type [`Date`].
//!
//! No time zones: a news article's dates are calendar days where it was written.

use crate::figures::decimal::push_int;
use std::fmt;

/// A calendar day.
/// The days of the week in lowercase, Monday first (ISO 8601 order).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The months in lowercase, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    input: String,
    reason: &'static str,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad date \"{}\": {}", self.input, self.reason)
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// The date `year-month-day`, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let (year, month, day) = civil_from_days(days);
        Date { year, month, day }
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    /// This date moved by `n` months, the day clamped to the month's length
    /// (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, n: i64) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let year = index.div_euclid(12).clamp(-1_000_000, 1_000_000) as i32;
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// The Monday on or before this date.
    pub fn monday(self) -> Date {
        self.add_days(-i64::from(self.weekday()))
    }

    /// The first day of this date's month.
    pub fn month_start(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month.
    pub fn month_end(self) -> Date {
        Date {
            day: days_in_month(self.year, self.month),
            ..self
        }
    }

    /// ISO 8601 `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let mut out = String::new();
        push_iso_year(&mut out, self.year);
        out.push('-');
        push_int(&mut out, i64::from(self.month), 2);
        out.push('-');
        push_int(&mut out, i64::from(self.day), 2);
        out
    }
}

/// Appends year `y` as ISO 8601 writes it: four digits, or outside
/// 0000–9999 with its sign ("+10000", "-0001").
pub fn push_iso_year(out: &mut String, y: i32) {
    if (0..=9999).contains(&y) {
        push_int(out, i64::from(y), 4);
    } else {
        if y > 0 {
            out.push('+');
        }
        push_int(out, i64::from(y), 5);
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;

    /// Parses `YYYY-MM-DD`.
    ///
    /// ```
    /// let d: factlens::Date = "2025-10-31".parse().unwrap();
    /// assert_eq!(d.weekday(), 4); // a Friday
    /// assert!("2025-02-30".parse::<factlens::Date>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| DateError {
            input: s.to_string(),
            reason,
        };
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err("expected YYYY-MM-DD"));
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| err("expected YYYY-MM-DD"))
            } else {
                Err(err("expected YYYY-MM-DD"))
            }
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if !(1..=12).contains(&m) {
            return Err(err("month must be 01 to 12"));
        }
        Date::new(y as i32, m as u8, d as u8).ok_or_else(|| err("no such day in that month"))
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The Monday that starts ISO week `week` (1–53) of `year`.
pub fn iso_week_monday(year: i32, week: u8) -> Option<Date> {
    let jan4 = Date::new(year, 1, 4)?;
    let monday = jan4.monday().add_days(7 * (i64::from(week) - 1));
    // Week 53 exists only in years whose last ISO week is the 53rd.
    (week >= 1 && (week <= 52 || monday.add_days(3).year == year)).then_some(monday)
}

/// The `nth` (1-based) `weekday` (0 = Monday) of `month` in `year`; `nth` 0
/// means the last one.
pub fn nth_weekday(year: i32, month: u8, nth: u8, weekday: u8) -> Option<Date> {
    if nth == 0 {
        let end = Date::new(year, month, days_in_month(year, month))?;
        let back = (i64::from(end.weekday()) - i64::from(weekday)).rem_euclid(7);
        return Some(end.add_days(-back));
    }
    let first = Date::new(year, month, 1)?;
    let ahead = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
    let d = first.add_days(ahead + 7 * (i64::from(nth) - 1));
    (d.month == month).then_some(d)
}

/// Western (Gregorian) Easter Sunday of `year` (the anonymous Gregorian
/// algorithm).
pub fn easter(year: i32) -> Option<Date> {
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    Date::new(year, month as u8, day as u8)
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        let d = Date::new(2025, 10, 12).unwrap();
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.weekday(), 6, "12 October 2025 is a Sunday");
        assert_eq!(
            Date::new(2000, 2, 29).unwrap().add_days(1).iso(),
            "2000-03-01"
        );
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        for n in [-800_000i64, -1, 0, 59, 60, 10_957, 20_000, 800_000] {
            let (y, m, dd) = civil_from_days(n);
            assert_eq!(days_from_civil(y, m, dd), n);
        }
    }

    #[test]
    fn months_weeks_and_movable_feasts() {
        let d = Date::new(2024, 1, 31).unwrap();
        assert_eq!(d.add_months(1).iso(), "2024-02-29");
        assert_eq!(d.add_months(-13).iso(), "2022-12-31");
        assert_eq!(
            Date::new(2025, 10, 31).unwrap().monday().iso(),
            "2025-10-27"
        );
        assert_eq!(iso_week_monday(2026, 1).unwrap().iso(), "2025-12-29");
        assert!(iso_week_monday(2025, 53).is_none());
        assert_eq!(iso_week_monday(2020, 53).unwrap().iso(), "2020-12-28");
        assert_eq!(nth_weekday(2025, 9, 1, 0).unwrap().iso(), "2025-09-01");
        assert_eq!(nth_weekday(2025, 5, 0, 0).unwrap().iso(), "2025-05-26");
        assert_eq!(nth_weekday(2025, 11, 4, 3).unwrap().iso(), "2025-11-27");
        assert!(nth_weekday(2025, 2, 5, 0).is_none());
        assert_eq!(easter(2025).unwrap().iso(), "2025-04-20");
        assert_eq!(easter(2024).unwrap().iso(), "2024-03-31");
    }

    #[test]
    fn parses_iso_and_rejects_nonsense() {
        assert_eq!("2024-02-29".parse::<Date>().unwrap().iso(), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2025-13-01",
            "2025-1-01",
            "yesterday",
            "2025-10-3x",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        let e = "2025-02-30".parse::<Date>().unwrap_err().to_string();
        assert!(e.contains("no such day"), "{e}");
    }
}
