//! ## What it finds
//! Days named by their weekday: "on Friday", "last Tuesday", "next Monday",
//! "this Friday", "this past Wednesday", "Friday this week", "Tuesday of next
//! week", "next week on Friday", "the first Monday of September", and with a
//! part of the day: "Thursday night", "Monday morning", "Sunday in the
//! afternoon".
//!
//! ## Why a reader cares
//! News dates most events by weekday ("said on Friday"); only the publication
//! date turns that into a day a reader can check.
//!
//! ## Example
//! reference Friday 2025-10-31: "speaking on Friday" → 2025-10-31;
//! "reached on Thursday night" → 2025-10-30 (kind date: the part of the day
//! joins the span and keeps it a date); "talks will resume on Monday" →
//! 2025-11-03.
//!
//! ## Limits
//! - A bare weekday is the most recent such day on or before the reference
//!   date (news reports what happened), unless its clause speaks of the
//!   future ("will", "shall", "'ll", "going to", "scheduled", "expected",
//!   "due") and no past tense comes nearer ([`super::tense`]: "in the
//!   upcoming race, called Wednesday" is past): then it is the first such
//!   day on or after it ("she will speak Friday" in a Friday paper is that
//!   day, as news style has it).
//! - "last Tuesday" is the most recent Tuesday before the reference date and
//!   "next Monday" the first Monday after it; some writers mean the week
//!   after, which no rule can tell. "this Friday" is the Friday of the
//!   reference date's week (Monday to Sunday).
//! - "the following Friday" is relative to the story's own time: it stays
//!   unresolved (`date: null`).
//! - "Sat", "Sun", "Wed" and "Mon" are words and names too: they count only
//!   after "on", "this", "next", "last", "by", "until", "from", "since".

use super::calendar::nth_weekday;
use super::lexicon::{Lex, Shift, Unit};
use super::resolve::nearest_year;
use super::{Date, Hit, Scan, Stamp};
use crate::figures::numeral::NumeralKind;

/// A weekday date at `i`.
#[inline(never)]
pub(super) fn at(s: &Scan, i: usize) -> Option<Hit> {
    s.longest(&[named(s, i), week_then_day(s, i), nth_of_month(s, i)])
}

/// "the first Monday of September", "the last Friday in May 2024", "the
/// second Sunday of next month".
fn nth_of_month(s: &Scan, i: usize) -> Option<Hit> {
    let k = if s.is(i, "the") { i + 1 } else { i };
    let (n, l) = if s.is(k, "last") {
        (0u8, k)
    } else {
        let n = s.ctx.numeral_at(k)?;
        if n.kind != NumeralKind::Ordinal || !(1.0..=5.0).contains(&n.value) {
            return None;
        }
        (n.value as u8, n.last)
    };
    let day = s.weekday_at(l + 1, true)?;
    let p = part_after(s, l + 1).unwrap_or(l + 1);
    if !s.is_any(p + 1, &["of", "in"]) {
        return None;
    }
    let j = p + 2;
    let (month, last) = if let Some(m) = s.month_at(j, true) {
        let (y, last) = match s.year_at(j + 1) {
            Some((y, l)) => (Some(y), l),
            None => (s.reference.and_then(|r| nearest_year(r, m, None)), j),
        };
        (y.map(|y| (y, m)), last)
    } else if let (Lex::Shift(sh), true) = (s.lex(j), s.is(j + 1, "month")) {
        let off = match sh {
            Shift::Last => -1,
            Shift::This => 0,
            Shift::Next => 1,
            Shift::Following => return Some(Hit::date(i, j + 1, Stamp::UNKNOWN)),
        };
        let m = s.reference.map(|r| r.month_start().add_months(off));
        (m.map(|m| (m.year, m.month)), j + 1)
    } else {
        return None;
    };
    let d = month.and_then(|(y, m)| nth_weekday(y, m, n, day));
    Some(Hit::date(i, last, Stamp::maybe(d)))
}

/// The week a shift word names, in weeks from the reference date's week.
fn week_offset(shift: Shift) -> Option<i64> {
    match shift {
        Shift::Last => Some(-1),
        Shift::This => Some(0),
        Shift::Next => Some(1),
        Shift::Following => None,
    }
}

/// "[the] next week" at `k`: the shift and the index of "week".
fn week_words(s: &Scan, k: usize) -> Option<(Shift, usize)> {
    let k = if s.is(k, "the") { k + 1 } else { k };
    let Lex::Shift(shift) = s.lex(k) else {
        return None;
    };
    (s.is(k + 1, "week") || s.is(k + 1, "week's")).then_some((shift, k + 1))
}

/// Resolves a weekday against the reference date.
fn resolve(s: &Scan, i: usize, day: u8, shift: Option<Shift>, week: Option<Shift>) -> Stamp {
    let Some(r) = s.reference else {
        return Stamp::UNKNOWN;
    };
    let wd = i64::from(day);
    let today = i64::from(r.weekday());
    let d: Option<Date> = if let Some(w) = week {
        week_offset(w).map(|off| r.monday().add_days(7 * off + wd))
    } else {
        match shift {
            // "will speak Friday" in a Friday paper is that very day.
            None if s.looks_ahead(i) => Some(r.add_days((wd - today).rem_euclid(7))),
            None => Some(r.add_days(-(today - wd).rem_euclid(7))),
            Some(Shift::Last) => Some(r.add_days(-((today - wd - 1).rem_euclid(7) + 1))),
            Some(Shift::Next) => Some(r.add_days((wd - today - 1).rem_euclid(7) + 1)),
            Some(Shift::This) => Some(r.monday().add_days(wd)),
            Some(Shift::Following) => None,
        }
    };
    Stamp::maybe(d)
}

/// A part of the day after token `k`: "night", "in the morning", "late evening".
fn part_after(s: &Scan, k: usize) -> Option<usize> {
    let j = k + 1;
    if matches!(s.lex(j), Lex::Part(_)) {
        return Some(j);
    }
    if matches!(s.lex(j), Lex::Edge(_)) && matches!(s.lex(j + 1), Lex::Part(_)) {
        return Some(j + 1);
    }
    if s.is(j, "in") && s.is(j + 1, "the") && matches!(s.lex(j + 2), Lex::Part(_)) {
        return Some(j + 2);
    }
    None
}

/// "[last|next|this [past|coming]] Friday [night] [this week | of next week]".
fn named(s: &Scan, i: usize) -> Option<Hit> {
    let mut k = i;
    let mut shift = None;
    // "Following Monday's debate, …": the preposition, not "(on) the
    // following Monday".
    if s.lex(k) == Lex::Shift(Shift::Following)
        && s.is(k, "following")
        && !(k > 0 && s.is_any(k - 1, &["the", "on", "by", "until", "till", "from", "that"]))
    {
        return None;
    }
    if let Lex::Shift(sh) = s.lex(k) {
        shift = Some(sh);
        k += 1;
        // "this past Wednesday", "this coming Thursday"
        if sh == Shift::This {
            if s.is(k, "past") {
                shift = Some(Shift::Last);
                k += 1;
            } else if s.is_any(k, &["coming", "upcoming"]) {
                shift = Some(Shift::Next);
                k += 1;
            }
        }
    }
    let day = s.weekday_at(k, shift.is_some())?;
    // "Thursday night", "Wednesday evening next week"
    let mut last = part_after(s, k).unwrap_or(k);
    let mut week = None;
    // "Friday this week", "Tuesday of next week", "Monday of the following week"
    let mut j = last + 1;
    if s.punct(j, ',') {
        j += 1;
    }
    if s.is(j, "of") {
        j += 1;
    }
    if let Some((w, end)) = week_words(s, j) {
        if shift.is_none() {
            week = Some(w);
            last = end;
        }
    }
    let st = resolve(s, k, day, shift, week);
    Some(Hit::date(i, last, st))
}

/// "next week on Friday", "this week Friday", "previous week - Monday".
fn week_then_day(s: &Scan, i: usize) -> Option<Hit> {
    let (week, end) = week_words(s, i)?;
    if s.lex(end) != Lex::Unit(Unit::Week) {
        return None;
    }
    let mut k = end + 1;
    if s.is(k, "on") || s.punct(k, ',') || s.dash(k) {
        k += 1;
    }
    let day = s.weekday_at(k, true)?;
    let st = resolve(s, k, day, None, Some(week));
    Some(Hit::date(i, k, st))
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::{dates, dates_on};

    const FRIDAY: &str = "2025-10-31";

    #[test]
    fn a_bare_weekday_is_the_latest_such_day() {
        assert_eq!(
            dates_on(
                "Speaking to reporters on Friday, the minister said.",
                FRIDAY
            ),
            [("Friday", "date", "2025-10-31", "")]
        );
        assert_eq!(
            dates_on("The deal was struck on Tuesday.", FRIDAY),
            [("Tuesday", "date", "2025-10-28", "")]
        );
    }

    #[test]
    fn a_part_of_the_day_keeps_it_a_date() {
        assert_eq!(
            dates_on("A ceasefire was reached on Thursday night.", FRIDAY),
            [("Thursday night", "date", "2025-10-30", "")]
        );
    }

    #[test]
    fn future_tense_looks_ahead() {
        assert_eq!(
            dates_on("Talks will resume on Monday in Doha.", FRIDAY),
            [("Monday", "date", "2025-11-03", "")]
        );
        assert_eq!(
            dates_on("On Friday, the envoys will meet again.", "2025-10-29"),
            [("Friday", "date", "2025-10-31", "")]
        );
    }

    #[test]
    fn a_past_verb_beats_an_earlier_future_word() {
        assert_eq!(
            dates_on(
                "His rival in the upcoming race called Wednesday for a recount.",
                FRIDAY
            ),
            [("Wednesday", "date", "2025-10-29", "")]
        );
    }

    #[test]
    fn the_future_on_the_same_weekday_is_that_day() {
        assert_eq!(
            dates_on("The senator will unveil her plan Friday in Ohio.", FRIDAY),
            [("Friday", "date", "2025-10-31", "")]
        );
        assert_eq!(
            dates_on("Voting is expected to close later Friday.", FRIDAY),
            [("Friday", "date", "2025-10-31", "")]
        );
    }

    #[test]
    fn shifted_weekdays() {
        assert_eq!(
            dates_on("He resigned last Friday.", FRIDAY),
            [("last Friday", "date", "2025-10-24", "")]
        );
        assert_eq!(
            dates_on("They meet next Monday.", FRIDAY),
            [("next Monday", "date", "2025-11-03", "")]
        );
        assert_eq!(
            dates_on("They met this week on Tuesday.", FRIDAY),
            [("this week on Tuesday", "date", "2025-10-28", "")]
        );
        assert_eq!(
            dates_on("The vote is Tuesday of next week.", FRIDAY),
            [("Tuesday of next week", "date", "2025-11-04", "")]
        );
    }

    #[test]
    fn nth_weekday_of_a_month() {
        assert_eq!(
            dates_on("Schools reopen on the first Monday of September.", FRIDAY),
            [("the first Monday of September", "date", "2025-09-01", "")]
        );
        assert_eq!(
            dates("Polls close the last Friday in May 2024."),
            [("the last Friday in May 2024", "date", "2024-05-31", "")]
        );
    }

    #[test]
    fn without_a_reference_the_day_is_unknown() {
        assert_eq!(dates("They met on Friday."), [("Friday", "date", "", "")]);
    }

    #[test]
    fn following_without_the_is_a_preposition() {
        assert_eq!(
            dates_on("Following Monday's debate, polls moved.", "2016-09-29"),
            [("Monday's", "date", "2016-09-26", "")]
        );
        assert_eq!(
            dates_on("They met again the following Monday.", FRIDAY),
            [("following Monday", "date", "", "")]
        );
    }

    #[test]
    fn a_weekday_in_a_name_is_no_date() {
        assert!(dates("She edits the Sunday Review section.").is_empty());
        assert_eq!(
            dates("The paper ran the story the Sunday before the vote.")[0].0,
            "Sunday"
        );
    }

    #[test]
    fn sun_and_sat_need_a_date_word() {
        assert!(dates("The Sun reported that he sat down.").is_empty());
        assert_eq!(dates("Open on Sun from noon."), [("Sun", "date", "", "")]);
    }
}
