//! ## What it finds
//! Days counted from the publication date or from another date: "yesterday",
//! "today", "tomorrow", "tonight", "last night", "this morning", "the day
//! before yesterday", "two weeks ago", "a decade ago", "three days from now",
//! "in three days" (with a future verb), "two weeks after Christmas"; and
//! days counted from the story's own time, left unresolved: "the next day",
//! "three days later", "the day before".
//!
//! ## Why a reader cares
//! "Two weeks ago" in a story published on 31 October is 17 October; a
//! reader checking the timeline needs the day, not the phrase.
//!
//! ## Example
//! reference 2025-10-31: "two weeks ago" → date 2025-10-17; "three months ago"
//! → 2025-07 (the precision of the unit); "five years ago" → 2020;
//! "the day before yesterday" → 2025-10-29; "three days later" → date, null.
//!
//! ## Limits
//! - "in three days" is a date only when the clause speaks of the future
//!   ("will return in three days") or says "time" ("in three days' time");
//!   otherwise "the highest in three years" is a duration ("three years").
//! - "a few days ago" and other counts without a number are dates with no
//!   resolved day.
//! - Hours and minutes ago resolve to the reference day; no time of day is
//!   guessed.
//! - A bound joins the span but not the value: "nearly five years ago" is
//!   the date five years back, like "five years ago".

use super::lexicon::{Key, Lex, Shift, Unit};
use super::{Date, Hit, Scan, Stamp};
use crate::figures::numeral::NumeralKind;

/// The longest relative date at `i`.
pub(super) fn at(s: &Scan, i: usize) -> Option<Hit> {
    s.longest(&[simple_at(s, i), from_point(s, i)])
}

/// [`at`] without "N units before/after <date>" (which itself asks for a date).
pub(super) fn simple_at(s: &Scan, i: usize) -> Option<Hit> {
    // Each pattern starts with a day word, "the", "day", "in", a shift or a count.
    let starts = s.is_any(i, &["later", "earlier"])
        || match s.lex(i) {
            Lex::DayWord(_) | Lex::Tonight | Lex::Shift(_) | Lex::Unit(Unit::Day) => true,
            Lex::Key(Key::The | Key::In | Key::A | Key::Some | Key::Half | Key::Approx) => true,
            _ => s.ctx.numeral_at(i).is_some(),
        };
    if !starts {
        return None;
    }
    s.longest(&[
        day_word(s, i),
        day_before_after(s, i),
        this_part(s, i),
        ago(s, i),
        in_units(s, i),
        anaphoric(s, i),
    ])
}

/// "yesterday", "today", "tomorrow", "tonight", with a part of the day after.
fn day_word(s: &Scan, i: usize) -> Option<Hit> {
    let offset = match s.lex(i) {
        Lex::DayWord(d) => i64::from(d),
        Lex::Tonight => 0,
        _ => return None,
    };
    // "USA Today", "Psychology Today": a name.
    if s.cap(i) && i > 0 && s.cap(i - 1) && !s.sentence_start(i - 1) && s.lex(i - 1) == Lex::Other {
        return None;
    }
    // "Today's Paper", "the Today Show": a capitalized name inside a sentence.
    if s.cap(i)
        && !s.sentence_start(i)
        && s.cap(i + 1)
        && s.lex(i + 1) == Lex::Other
        && !s.doc.line_break_before(i + 1)
    {
        return None;
    }
    let mut last = i;
    if matches!(s.lex(i + 1), Lex::Part(_)) {
        last = i + 1;
    }
    Some(Hit::date(
        i,
        last,
        Stamp::maybe(s.reference.map(|r| r.add_days(offset))),
    ))
}

/// "the day before yesterday", "the day after tomorrow".
fn day_before_after(s: &Scan, i: usize) -> Option<Hit> {
    let j = if s.is(i, "the") { i + 1 } else { i };
    if !s.is(j, "day") || !s.is_any(j + 1, &["before", "after"]) {
        return None;
    }
    let shift = if s.is(j + 1, "before") { -1 } else { 1 };
    let Lex::DayWord(d) = s.lex(j + 2) else {
        // "the day after Easter", "the day before Monday's debate"
        let p = s.point_simple(j + 2)?;
        let st = p.start_stamp()?;
        let st = super::resolve::complete_in(s.reference, st, s.tense(i, p.last));
        let day = st.date().map(|d| Stamp::of(d.add_days(shift)));
        return Some(Hit::date(i, p.last, day.unwrap_or(Stamp::UNKNOWN)));
    };
    let off = i64::from(d) + shift;
    Some(Hit::date(
        i,
        j + 2,
        Stamp::maybe(s.reference.map(|r| r.add_days(off))),
    ))
}

/// "this morning", "this evening" (today), "last night" (yesterday).
fn this_part(s: &Scan, i: usize) -> Option<Hit> {
    let Lex::Shift(shift) = s.lex(i) else {
        return None;
    };
    let Lex::Part(p) = s.lex(i + 1) else {
        return None;
    };
    let name = super::lexicon::parts().get(usize::from(p))?.name;
    let off = match shift {
        Shift::This => 0,
        Shift::Last if matches!(name, "night" | "evening") => -1,
        _ => return None,
    };
    Some(Hit::date(
        i,
        i + 1,
        Stamp::maybe(s.reference.map(|r| r.add_days(off))),
    ))
}

/// An amount of time: "two weeks", "a year", "2 years 1 month 21 days",
/// "half an hour", "a few days" (no count).
#[derive(Debug, Clone, Copy)]
pub(super) struct Amount {
    /// Months (from months, years, decades, centuries) and days (the rest);
    /// `None` when the count is not a number.
    pub months: Option<i64>,
    pub days: Option<i64>,
    /// The finest unit: decides the precision of the resolved date.
    pub finest: Unit,
    pub last: usize,
}

/// A count at `k`: its value (`None` for "a few") and the token after it.
pub(super) fn count_at(s: &Scan, k: usize) -> Option<(Option<f64>, usize)> {
    if s.is_any(k, &["a", "an"]) {
        if s.is_any(k + 1, &["few", "couple"]) {
            let n = if s.is(k + 2, "of") { k + 3 } else { k + 2 };
            return Some((None, n));
        }
        return Some((Some(1.0), k + 1));
    }
    if s.is_any(k, &["few", "several"]) {
        return Some((None, k + 1));
    }
    if s.is(k, "half") && s.is_any(k + 1, &["a", "an"]) {
        return Some((Some(0.5), k + 2));
    }
    let n = s.ctx.numeral_at(k)?;
    // The numeral layer reads "two quarters" as the fraction 2/4; after a
    // count word it is two periods of three months: hand back the count and
    // leave "quarters" to the caller.
    if n.kind == NumeralKind::Fraction
        && n.first < n.last
        && s.is_any(n.last, &["quarters", "quarter"])
        && n.value > 0.0
    {
        return Some((Some((n.value * 4.0).round()), n.last));
    }
    if n.kind != NumeralKind::Cardinal || n.value <= 0.0 || n.value > 1e9 {
        return None;
    }
    // "two and a half", "one and half"
    let mut value = n.value;
    let mut next = n.last + 1;
    // "five-and-a-half"
    let glued_half = s.dash(next)
        && s.is(next + 1, "and")
        && s.dash(next + 2)
        && s.is(next + 3, "a")
        && s.dash(next + 4)
        && s.is(next + 5, "half")
        && (next..next + 6).all(|k| s.glued(k));
    if glued_half {
        value += 0.5;
        next += 6;
    } else if s.is(next, "and") && s.is(next + 1, "a") && s.is(next + 2, "half") {
        value += 0.5;
        next += 3;
    } else if s.is(next, "and") && s.is(next + 1, "half") {
        value += 0.5;
        next += 2;
    }
    Some((Some(value), next))
}

/// An amount of time starting at `i`.
pub(super) fn amount_at(s: &Scan, i: usize) -> Option<Amount> {
    let mut k = i;
    let mut months = Some(0i64);
    let mut days = Some(0i64);
    let mut finest: Option<Unit> = None;
    let mut last = None;
    for _ in 0..4 {
        let Some((count, next)) = count_at(s, k) else {
            break;
        };
        // "two business days", "three working days"
        let u_at = if s.is_any(next, &["business", "working"]) {
            next + 1
        } else {
            next
        };
        let Lex::Unit(unit) = s.lex(u_at) else {
            break;
        };
        // "a second" is an ordinal far more often than a unit.
        if unit == Unit::Second && s.is_any(k, &["a", "an"]) {
            break;
        }
        match count {
            Some(c) => {
                let (m, d) = match unit {
                    Unit::Second | Unit::Minute | Unit::Hour => (0.0, 0.0),
                    Unit::Day => (0.0, c),
                    Unit::Week => (0.0, 7.0 * c),
                    Unit::Fortnight => (0.0, 14.0 * c),
                    Unit::Month => (c, 0.0),
                    Unit::Year => (12.0 * c, 0.0),
                    Unit::Decade => (120.0 * c, 0.0),
                    Unit::Century => (1200.0 * c, 0.0),
                };
                months = months.map(|x| x + m.round() as i64);
                days = days.map(|x| x + d.round() as i64);
            }
            None => {
                months = None;
                days = None;
            }
        }
        finest = Some(match finest {
            Some(f) if rank(f) <= rank(unit) => f,
            _ => unit,
        });
        last = Some(u_at);
        k = u_at + 1;
        if s.is(k, "and") || s.punct(k, ',') {
            if count_at(s, k + 1).is_some() {
                k += 1;
            } else {
                break;
            }
        }
    }
    Some(Amount {
        months,
        days,
        finest: finest?,
        last: last?,
    })
}

/// Finer units first.
fn rank(u: Unit) -> u8 {
    match u {
        Unit::Second => 0,
        Unit::Minute => 1,
        Unit::Hour => 2,
        Unit::Day => 3,
        Unit::Week | Unit::Fortnight => 4,
        Unit::Month => 5,
        Unit::Year => 6,
        Unit::Decade => 7,
        Unit::Century => 8,
    }
}

/// `from` moved by `a` (`sign` ±1), at the precision of the amount's finest unit.
pub(super) fn shift_by(from: Option<Date>, a: &Amount, sign: i64) -> Stamp {
    let (Some(r), Some(m), Some(d)) = (from, a.months, a.days) else {
        return Stamp::UNKNOWN;
    };
    let moved = r.add_months(sign * m).add_days(sign * d);
    match rank(a.finest) {
        0..=4 => Stamp::of(moved),
        5 => Stamp::month(Some(moved.year), moved.month),
        _ => Stamp::year(moved.year),
    }
}

/// "two weeks ago", "three days from now", "five years back", "three days
/// later" (unresolved), "a week earlier" (unresolved).
fn ago(s: &Scan, i: usize) -> Option<Hit> {
    // "nearly five years ago", "more than a year ago", "just over a decade ago":
    // the bound joins the span; the date is the stated distance.
    if let Some(k) = approx_end(s, i) {
        let h = ago(s, k + 1)?;
        let ago_word = s.is_any(h.last, &["ago", "back", "earlier", "later"]);
        return ago_word.then_some(Hit { first: i, ..h });
    }
    let a = amount_at(s, i)?;
    let k = a.last + 1;
    if s.is_any(k, &["ago", "back"]) {
        return Some(Hit::date(i, k, shift_by(s.reference, &a, -1)));
    }
    if s.is(k, "hence") || (s.is(k, "from") && s.is(k + 1, "now")) {
        let last = if s.is(k, "hence") { k } else { k + 1 };
        return Some(Hit::date(i, last, shift_by(s.reference, &a, 1)));
    }
    if s.is_any(k, &["later", "earlier", "afterwards", "afterward"]) {
        return Some(Hit::date(i, k, Stamp::UNKNOWN));
    }
    None
}

/// "in three days" with a future verb, "in two weeks' time".
fn in_units(s: &Scan, i: usize) -> Option<Hit> {
    if !s.is(i, "in") {
        return None;
    }
    let a = amount_at(s, i + 1)?;
    let mut last = a.last;
    let mut k = a.last + 1;
    if s.apostrophe(k) {
        k += 1;
    }
    let time = s.is(k, "time");
    if time {
        last = k;
    }
    if !time && !s.future(i) {
        return None;
    }
    Some(Hit::date(i, last, shift_by(s.reference, &a, 1)))
}

/// "two weeks after Christmas", "3 days before 12 October", "four months
/// from tomorrow".
fn from_point(s: &Scan, i: usize) -> Option<Hit> {
    let a = amount_at(s, i)?;
    let k = a.last + 1;
    let sign = if s.is_any(k, &["after", "from"]) {
        1
    } else if s.is(k, "before") {
        -1
    } else {
        return None;
    };
    let p = s.point_simple(k + 1)?;
    let tense = s.tense(i, p.last);
    let base = super::resolve::complete_in(s.reference, p.start_stamp()?, tense).date();
    Some(Hit::date(i, p.last, shift_by(base, &a, sign)))
}

/// The last token of a bound before an amount of time at `i`: "nearly",
/// "almost", "about", "roughly", "more than", "less than", "just over".
fn approx_end(s: &Scan, i: usize) -> Option<usize> {
    let k = if s.is(i, "just") { i + 1 } else { i };
    if s.is_any(
        k,
        &[
            "nearly", "almost", "about", "around", "roughly", "some", "over", "under", "barely",
        ],
    ) {
        return Some(k);
    }
    (s.is_any(k, &["more", "less", "fewer"]) && s.is(k + 1, "than")).then_some(k + 1)
}

/// "later that month", "earlier that night",
/// "the next day", "the following day", "the previous day", "the same day",
/// "the day before", "the day after": relative to the story, unresolved.
fn anaphoric(s: &Scan, i: usize) -> Option<Hit> {
    // "later that month", "earlier that night", "that same day": the story's time.
    if s.is_any(i, &["later", "earlier"]) && s.is(i + 1, "that") {
        let unit = matches!(s.lex(i + 2), Lex::Part(_))
            || s.is_any(i + 2, &["day", "week", "month", "year"]);
        return unit.then_some(Hit::date(i, i + 2, Stamp::UNKNOWN));
    }
    if !s.is(i, "the") {
        return None;
    }
    if s.is(i + 1, "day") && s.is_any(i + 2, &["before", "after"]) {
        return Some(Hit::date(i, i + 2, Stamp::UNKNOWN));
    }
    let shifted = matches!(
        s.lex(i + 1),
        Lex::Shift(Shift::Next | Shift::Last | Shift::Following)
    ) && !s.is(i + 1, "past");
    if (shifted || s.is(i + 1, "same")) && s.is(i + 2, "day") {
        return Some(Hit::date(i, i + 2, Stamp::UNKNOWN));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::{dates, dates_on};

    const REF: &str = "2025-10-31";

    #[test]
    fn later_that_month_is_the_story_time() {
        assert_eq!(
            dates_on("His symptoms worsened later that month.", REF),
            [("later that month", "date", "", "")]
        );
        assert_eq!(
            dates_on("Earlier that night, a sergeant searched the room.", REF),
            [("Earlier that night", "date", "", "")]
        );
    }

    #[test]
    fn the_day_after_a_date() {
        assert_eq!(
            dates_on("The day after Easter, the boat sailed north.", "2019-04-28"),
            [("The day after Easter", "date", "2019-04-22", "")]
        );
        assert_eq!(
            dates_on(
                "Funds poured in the day after Monday's debate.",
                "2016-09-30"
            ),
            [("the day after Monday's", "date", "2016-09-27", "")]
        );
        assert_eq!(
            dates_on("He left the day after the vote.", REF),
            [("the day after", "date", "", "")]
        );
    }

    #[test]
    fn a_bound_before_ago_joins_the_date() {
        assert_eq!(
            dates_on("The keyboard shipped nearly five years ago.", REF),
            [("nearly five years ago", "date", "2020", "")]
        );
        assert_eq!(
            dates_on("The plan began more than a year ago.", REF),
            [("more than a year ago", "date", "2024", "")]
        );
        assert_eq!(
            dates_on("About a decade later, it caught on.", REF),
            [("About a decade later", "date", "", "")]
        );
    }

    #[test]
    fn today_in_a_name_is_no_date() {
        assert!(dates("Order Reprints | Today's Paper | Subscribe").is_empty());
        assert!(dates("He told USA Today that he would run.").is_empty());
        assert_eq!(dates("Today, the mine is closed.")[0].0, "Today");
    }

    #[test]
    fn days_around_today() {
        assert_eq!(
            dates_on("Officials said yesterday that talks failed.", REF),
            [("yesterday", "date", "2025-10-30", "")]
        );
        assert_eq!(
            dates_on("Shops reopen tomorrow morning.", REF),
            [("tomorrow morning", "date", "2025-11-01", "")]
        );
        assert_eq!(
            dates_on("Shelling resumed last night.", REF),
            [("last night", "date", "2025-10-30", "")]
        );
        assert_eq!(
            dates_on("He left the day before yesterday.", REF),
            [("the day before yesterday", "date", "2025-10-29", "")]
        );
    }

    #[test]
    fn counted_back_at_the_precision_of_the_unit() {
        assert_eq!(
            dates_on("The law passed two weeks ago.", REF),
            [("two weeks ago", "date", "2025-10-17", "")]
        );
        assert_eq!(
            dates_on("Prices rose three months ago.", REF),
            [("three months ago", "date", "2025-07", "")]
        );
        assert_eq!(
            dates_on("The dam was built a decade ago.", REF),
            [("a decade ago", "date", "2015", "")]
        );
    }

    #[test]
    fn in_three_days_needs_the_future() {
        assert_eq!(
            dates_on("The envoy will return in three days.", REF),
            [("in three days", "date", "2025-11-03", "")]
        );
        assert!(dates_on("Prices hit their highest in three years.", REF).is_empty());
    }

    #[test]
    fn counted_from_another_date() {
        assert_eq!(
            dates_on("Results come two weeks after 12 October.", REF),
            [("two weeks after 12 October", "date", "2025-10-26", "")]
        );
    }

    #[test]
    fn story_time_stays_unresolved() {
        assert_eq!(
            dates_on("The bodies were found three days later.", REF),
            [("three days later", "date", "", "")]
        );
        assert_eq!(
            dates("He was released the next day."),
            [("the next day", "date", "", "")]
        );
    }
}
