//! ## What it finds
//! Lengths of time: "three weeks", "90 minutes", "3.5 years", "a decade",
//! "half an hour", "two and a half hours", "a fortnight", "24-hour", "another
//! week", "all day", "a full year", "two
//! to three weeks", "3 hours 30 minutes", with a bound before them ("more
//! than two years", "nearly a decade", "up to 90 days").
//!
//! ## Why a reader cares
//! "Jailed for three years", "a 24-hour curfew", "talks lasting more than
//! two weeks": the length is the claim.
//!
//! ## Example
//! "for three weeks" → duration, value 3, unit "week" (over "three weeks");
//! "a 24-hour strike" → value 24, unit "hour"; "a fortnight" → 2 "week";
//! "more than two years" → value 2, unit "year", approx over.
//!
//! ## Limits
//! - "two weeks ago", "in three days" (future) and "the past two weeks" are
//!   dates (see the relative and period rules): the longer reading wins.
//! - Ages are not durations: "three years old", "a 24-year-old".
//! - "a week" after a number, a unit or "once"/"twice"/"times" is a rate
//!   ("$100 a week", "twice a year", "seven days a week"), not a duration; "a second" is an ordinal ("a
//!   second round"). A unit without a count ("for years", "hours") is not read.
//! - Mixed units add up in the finest unit when they convert exactly ("3
//!   hours 30 minutes" → 210 minutes; "1 year 6 months" → 18 months);
//!   otherwise ("1 year 21 days") the value is left empty.

use super::lexicon::{Key, Lex, Unit};
use super::relative::count_at;
use super::{Hit, Scan, What};
use crate::model::Approx;

/// The longest duration at `i`.
#[inline(never)]
pub(super) fn at(s: &Scan, i: usize) -> Option<Hit> {
    // A duration starts with a bound, a count or "between".
    let counts = matches!(
        s.lex(i),
        Lex::Key(Key::Approx | Key::A | Key::Some | Key::Half | Key::Between)
    ) || s.ctx.numeral_at(i).is_some();
    if !counts || one_day_idiom(s, i) {
        return None;
    }
    s.longest(&[plain(s, i), hyphenated(s, i), ranged(s, i)])
}

/// Words before "one day" that make it a length of time: "for one day",
/// "lasted one day". Elsewhere "one day" is "some day": "One day we will win."
const ONE_DAY_AS_LENGTH: &[&str] = &[
    "for", "in", "within", "after", "than", "about", "only", "just", "lasted", "lasting", "last",
    "lasts", "took", "takes", "take", "spent", "spend", "over", "least", "most", "nearly",
    "almost", "mere", "full", "entire", "whole", "single", "of",
];

/// "One day we will win", "one night in May": "one" + a part of the day
/// without a word that asks for a length.
fn one_day_idiom(s: &Scan, i: usize) -> bool {
    s.is(i, "one")
        && s.is_any(i + 1, &["day", "night", "morning", "afternoon", "evening"])
        && (i == 0 || s.doc.line_break_before(i) || !s.is_any(i - 1, ONE_DAY_AS_LENGTH))
}

/// A bound before a duration: its kind and where the count starts.
fn approx_at(s: &Scan, i: usize) -> Option<(Approx, usize)> {
    if s.lex(i) != Lex::Key(Key::Approx) {
        return None;
    }
    let two = |a: &str, b: &str| s.is(i, a) && s.is(i + 1, b);
    let found = if two("more", "than") {
        (Approx::Over, i + 2)
    } else if two("less", "than") || two("fewer", "than") {
        (Approx::Under, i + 2)
    } else if two("at", "least") || two("no", "less") || two("no", "fewer") {
        let k = if s.is(i + 2, "than") { i + 3 } else { i + 2 };
        (Approx::AtLeast, k)
    } else if two("at", "most") {
        (Approx::AtMost, i + 2)
    } else if two("no", "more") && s.is(i + 2, "than") {
        (Approx::AtMost, i + 3)
    } else if two("up", "to") {
        (Approx::UpTo, i + 2)
    } else if two("just", "over") {
        (Approx::Over, i + 2)
    } else if two("just", "under") {
        (Approx::Under, i + 2)
    } else if s.is_any(i, &["over"]) {
        (Approx::Over, i + 1)
    } else if s.is_any(i, &["under", "nearly", "almost"]) {
        (Approx::Under, i + 1)
    } else if s.is_any(i, &["about", "around", "roughly", "approximately", "some"]) {
        (Approx::About, i + 1)
    } else {
        return None;
    };
    Some(found)
}

/// Seconds in a time unit, months in a calendar unit.
fn measure(u: Unit) -> (bool, f64) {
    match u {
        Unit::Second => (false, 1.0),
        Unit::Minute => (false, 60.0),
        Unit::Hour => (false, 3600.0),
        Unit::Day => (false, 86_400.0),
        Unit::Week => (false, 604_800.0),
        Unit::Fortnight => (false, 1_209_600.0),
        Unit::Month => (true, 1.0),
        Unit::Year => (true, 12.0),
        Unit::Decade => (true, 120.0),
        Unit::Century => (true, 1200.0),
    }
}

/// "all", "full", "whole", "entire" (after an optional "a"/"an"/"the") at
/// `k`: where the unit starts ("all-day" too).
fn whole_at(s: &Scan, k: usize) -> Option<usize> {
    let j = if s.is_any(k, &["a", "an", "the"]) {
        k + 1
    } else {
        k
    };
    if !s.is_any(j, &["all", "full", "whole", "entire"]) {
        return None;
    }
    if s.is(j, "all") && j > k {
        return None;
    }
    Some(if s.dash(j + 1) && s.glued(j + 1) {
        j + 2
    } else {
        j + 1
    })
}

/// Whether "a"/"an" at `k` starts a rate ("$100 a week", "twice a year",
/// "seven days a week").
fn rate(s: &Scan, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    if s.kind(k - 1) == Some(crate::text::TokenKind::Digits)
        || s.num_end.get(k - 1).copied().unwrap_or(false)
        || matches!(s.lex(k - 1), Lex::Unit(_))
        || s.is_any(k - 1, &["once", "twice", "thrice", "times", "per"])
    {
        return true;
    }
    // "700 ships a year", "4.2 million tonnes of cargo a year": a counted
    // noun just before, unless a word asks for a length ("for a year").
    if s.is_any(k - 1, ONE_DAY_AS_LENGTH) {
        return false;
    }
    (k.saturating_sub(4)..k - 1).any(|j| {
        s.num_end.get(j).copied().unwrap_or(false)
            && !s.doc.line_break_before(j + 1)
            && !(j + 1..k).any(|x| s.doc.is_any(x, &[",", ";", "for", "in", "over", "within"]))
    })
}

/// Whether the unit at `u` is an age: "three years old", "a 24-year-old".
fn age_after(s: &Scan, u: usize) -> bool {
    s.is(u + 1, "old")
        || (s.dash(u + 1) && s.is(u + 2, "old"))
        || (s.is(u + 1, "of") && s.is(u + 2, "age"))
}

/// A unit at `k` (after "business"/"working" for days), and its token.
fn unit_at(s: &Scan, k: usize) -> Option<(Unit, usize)> {
    let u = if s.is_any(k, &["business", "working"]) {
        k + 1
    } else {
        k
    };
    match s.lex(u) {
        Lex::Unit(Unit::Hour) if s.is(u, "h") => {
            // "3h" only glued to digits.
            (s.glued(u) && u > 0 && s.kind(u - 1) == Some(crate::text::TokenKind::Digits))
                .then_some((Unit::Hour, u))
        }
        Lex::Unit(unit) => Some((unit, u)),
        _ => None,
    }
}

/// "three weeks", "a decade", "half an hour", "an hour and a half",
/// "3 hours 30 minutes", "more than two years".
fn plain(s: &Scan, i: usize) -> Option<Hit> {
    let (approx, k0) = approx_at(s, i).unwrap_or((Approx::Exact, i));
    let mut k = k0;
    let mut total_secs = Some(0.0f64);
    let mut total_months = Some(0.0f64);
    let mut parts = 0;
    let mut first: Option<(f64, Unit)> = None;
    let mut finest: Option<Unit> = None;
    let mut last = None;
    let mut unknown = false;
    for _ in 0..4 {
        // "a half hour", "half-hour", "another week", "a full year", "all day"
        let (count, next) = if s.is(k, "a") && s.is(k + 1, "half") {
            (Some(0.5), k + 2)
        } else if s.is(k, "half") && !s.is_any(k + 1, &["a", "an"]) {
            let n = if s.dash(k + 1) && s.glued(k + 1) {
                k + 2
            } else {
                k + 1
            };
            (Some(0.5), n)
        } else if s.is(k, "another") {
            (Some(1.0), k + 1)
        } else if let Some(n) = whole_at(s, k) {
            (Some(1.0), n)
        } else {
            match count_at(s, k) {
                Some(c) => c,
                None => break,
            }
        };
        let Some((unit, u)) = unit_at(s, next) else {
            break;
        };
        let article = s.is_any(k, &["a", "an"]) && count == Some(1.0);
        // "365 days a year" is a rate: a later part never starts with "a".
        if article && (unit == Unit::Second || rate(s, k) || parts > 0) {
            break;
        }
        // "80 Day Obsession": a capitalized unit inside a title.
        if s.cap(u) && s.cap(u + 1) && !s.sentence_start(k) {
            return None;
        }
        if age_after(s, u) {
            return None;
        }
        let mut value = count;
        let mut end = u;
        // "an hour and a half", "an hour and half"
        if s.is(u + 1, "and") && s.is(u + 2, "a") && s.is(u + 3, "half") {
            value = value.map(|v| v + 0.5);
            end = u + 3;
        } else if s.is(u + 1, "and") && s.is(u + 2, "half") {
            value = value.map(|v| v + 0.5);
            end = u + 2;
        }
        // "all day", "a full year": a whole unit, said in the singular.
        if whole_at(s, k).is_some() && s.doc.tok(u).ends_with('s') {
            break;
        }
        match value {
            Some(v) => {
                let (calendar, size) = measure(unit);
                if calendar {
                    total_months = total_months.map(|t| t + v * size);
                    total_secs = None;
                } else {
                    total_secs = total_secs.map(|t| t + v * size);
                    total_months = None;
                }
            }
            None => unknown = true,
        }
        if first.is_none() {
            first = value.map(|v| (v, unit));
        }
        finest = Some(unit);
        parts += 1;
        last = Some(end);
        k = end + 1;
        if s.is(k, "and") && count_at(s, k + 1).is_some() {
            k += 1;
        }
    }
    let last = last?;
    let (value, unit) = if unknown {
        (None, finest.map(Unit::name))
    } else if parts == 1 {
        match first {
            Some((v, u)) => (Some(v * u.factor()), Some(u.name())),
            None => (None, None),
        }
    } else {
        let f = finest?;
        let (calendar, size) = measure(f);
        let total = if calendar { total_months } else { total_secs };
        match total {
            Some(t) => (Some(t / size * f.factor()), Some(f.name())),
            None => (None, None),
        }
    };
    Some(Hit {
        first: i,
        last,
        what: What::Duration {
            value,
            low: None,
            high: None,
            unit,
            approx,
        },
    })
}

/// "24-hour", "three-year", "10-day" (a compound before a noun).
fn hyphenated(s: &Scan, i: usize) -> Option<Hit> {
    let (count, next) = count_at(s, i)?;
    let v = count?;
    if s.is_any(i, &["a", "an", "half"]) || !s.dash(next) || !s.glued(next) || !s.glued(next + 1) {
        return None;
    }
    let Lex::Unit(unit) = s.lex(next + 1) else {
        return None;
    };
    if age_after(s, next + 1) {
        return None;
    }
    Some(Hit {
        first: i,
        last: next + 1,
        what: What::Duration {
            value: Some(v * unit.factor()),
            low: None,
            high: None,
            unit: Some(unit.name()),
            approx: Approx::Exact,
        },
    })
}

/// "two to three weeks", "3-5 years", "10 or 15 minutes", "between two and
/// three hours".
fn ranged(s: &Scan, i: usize) -> Option<Hit> {
    let between = s.is(i, "between");
    let j = if between { i + 1 } else { i };
    let (low, next) = count_at(s, j)?;
    let low = low?;
    if s.is_any(j, &["a", "an", "half"]) {
        return None;
    }
    let joined = s.dash(next) || s.is_any(next, &["to", "or"]) || (between && s.is(next, "and"));
    if !joined {
        return None;
    }
    let (high, after) = count_at(s, next + 1)?;
    let high = high?;
    let (unit, u) = unit_at(s, after)?;
    if age_after(s, u) || high <= low {
        return None;
    }
    let f = unit.factor();
    Some(Hit {
        first: i,
        last: u,
        what: What::Duration {
            value: None,
            low: Some(low * f),
            high: Some(high * f),
            unit: Some(unit.name()),
            approx: Approx::Exact,
        },
    })
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::figures;
    use crate::model::{Approx, FigureKind};

    fn durations(text: &str) -> Vec<(String, Option<f64>, Option<String>)> {
        figures(text, Some("2025-10-31"))
            .into_iter()
            .filter(|f| f.kind == FigureKind::Duration)
            .map(|f| (f.text, f.value, f.unit))
            .collect()
    }

    #[test]
    fn one_day_as_some_day_is_no_length() {
        assert!(durations("One day we will win. He smiled one morning.").is_empty());
        assert_eq!(
            durations("The strike lasted one day."),
            [d("one day", 1.0, "day")]
        );
    }

    #[test]
    fn last_the_verb_is_not_the_past() {
        assert_eq!(
            durations("Works start in May and last three weeks; they will last 2 years."),
            [d("three weeks", 3.0, "week"), d("2 years", 2.0, "year")]
        );
    }

    fn d(text: &str, v: f64, unit: &str) -> (String, Option<f64>, Option<String>) {
        (text.to_string(), Some(v), Some(unit.to_string()))
    }

    #[test]
    fn counts_of_units() {
        assert_eq!(
            durations("He was held for three weeks."),
            [d("three weeks", 3.0, "week")]
        );
        assert_eq!(
            durations("The hearing lasted 90 minutes."),
            [d("90 minutes", 90.0, "minute")]
        );
        assert_eq!(
            durations("A 24-hour curfew followed."),
            [d("24-hour", 24.0, "hour")]
        );
        assert_eq!(
            durations("It took a fortnight. It took half an hour."),
            [
                d("a fortnight", 2.0, "week"),
                d("half an hour", 0.5, "hour")
            ]
        );
        assert_eq!(
            durations("They talked for 3 hours 30 minutes."),
            [d("3 hours 30 minutes", 210.0, "minute")]
        );
    }

    #[test]
    fn halves_wholes_and_another() {
        assert_eq!(
            durations("Protesters marched all day. Talks need another week."),
            [d("all day", 1.0, "day"), d("another week", 1.0, "week")]
        );
        assert_eq!(
            durations("A half-hour delay, then an hour and a half more."),
            [
                d("half-hour", 0.5, "hour"),
                d("an hour and a half", 1.5, "hour")
            ]
        );
    }

    #[test]
    fn bounds_and_ranges() {
        let only = |text: &str| {
            figures(text, None)
                .into_iter()
                .filter(|f| f.kind == FigureKind::Duration)
                .collect::<Vec<_>>()
        };
        let f = only("He served more than two years.");
        assert_eq!(f[0].text, "more than two years");
        assert_eq!(f[0].approx, Approx::Over);
        let f = only("Repairs take two to three weeks.");
        assert_eq!((f[0].low, f[0].high), (Some(2.0), Some(3.0)));
    }

    #[test]
    fn ages_rates_and_ordinals_are_not_durations() {
        assert!(durations("A 24-year-old and a boy, three years old.").is_empty());
        assert!(durations("It costs $100 a year, twice a week.").is_empty());
        assert!(
            durations("It handles 700 ships a year and 4 million tonnes of grain a year.")
                .is_empty()
        );
        assert_eq!(
            durations("Each of the 40 staff worked for a year."),
            [d("a year", 1.0, "year")]
        );
        assert!(durations("A second round of talks.").is_empty());
    }

    #[test]
    fn ago_is_a_date_not_a_duration() {
        assert!(durations("The law passed two weeks ago.").is_empty());
    }
}
