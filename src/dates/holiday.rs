//! ## What it finds
//! Named days from `lists/holidays.txt`: "Christmas Eve", "New Year's Day",
//! "Easter 2018", "on Thanksgiving", "before Independence Day".
//!
//! ## Why a reader cares
//! "The ceasefire collapsed on Christmas Day" is a date a reader can check,
//! as much as "25 December".
//!
//! ## Example
//! reference 2025-10-31: "on Christmas Eve" → date 2025-12-24 over
//! "Christmas Eve"; "Easter 2018" → 2018-04-01.
//!
//! ## Limits
//! - A name is a date when it ends in "day" or "eve", has a year after it,
//!   or follows a date word ("on", "by", "before", "after", "since",
//!   "until", "over", "at", "for", "during", "around", "of"): "Christmas
//!   shopping" is not a date.
//! - Without a year the occurrence nearest the reference date is taken;
//!   without a reference date, fixed days keep no year ("--12-25") and
//!   movable feasts stay unresolved.
//! - Only the holidays in the list; national and lunar days vary by country.

use super::calendar::{easter, nth_weekday, Date};
use super::lexicon::{holidays, same_word, Holiday};
use super::{Hit, Scan, Stamp};

/// Words before a holiday name that make it a date.
const CUES: &[&str] = &[
    "on", "by", "before", "after", "since", "until", "till", "over", "at", "for", "during",
    "around", "of", "from", "to", "through", "this", "last", "next",
];

/// The holiday named at `i`.
pub(super) fn at(s: &Scan, i: usize) -> Option<Hit> {
    if !s.tags.get(i)?.holiday {
        return None;
    }
    let mut best: Option<(&Holiday, usize)> = None;
    for h in holidays() {
        if let Some(last) = matches(s, i, &h.words) {
            if best.is_none_or(|(_, l)| last > l) {
                best = Some((h, last));
            }
        }
    }
    let (h, mut last) = best?;
    let mut year = None;
    let j = if s.punct(last + 1, ',') {
        last + 2
    } else {
        last + 1
    };
    if let Some((y, l)) = s.year_at(j) {
        if s.digits(l).is_some() {
            year = Some(y);
            last = l;
        }
    }
    let named_day = h
        .words
        .last()
        .is_some_and(|w| w.ends_with("day") || *w == "eve");
    let cue = i > 0 && s.is_any(i - 1, CUES);
    if !named_day && year.is_none() && !cue {
        return None;
    }
    let st = match (year, s.reference) {
        (Some(y), _) => Stamp::maybe(when(h.when, y)),
        (None, Some(r)) => {
            let mut best: Option<(i64, Date)> = None;
            for y in [r.year - 1, r.year, r.year + 1] {
                if let Some(d) = when(h.when, y) {
                    let dist = (d.days() - r.days()).abs();
                    if best.is_none_or(|(b, _)| dist < b) {
                        best = Some((dist, d));
                    }
                }
            }
            Stamp::maybe(best.map(|(_, d)| d))
        }
        (None, None) => fixed(h.when).map_or(Stamp::UNKNOWN, |(m, d)| Stamp::md(None, m, d)),
    };
    Some(Hit::date(i, last, st))
}

/// The last token of `words` matched from `i` ("St." may carry its dot;
/// "presidents'" its apostrophe as a separate token).
fn matches(s: &Scan, i: usize, words: &[&str]) -> Option<usize> {
    let mut k = i;
    for (n, w) in words.iter().enumerate() {
        if n > 0 && s.doc.line_break_before(k) {
            return None;
        }
        if let Some(stem) = w.strip_suffix('\'') {
            if !same_word(stem, s.doc.tok(k)) || !s.apostrophe(k + 1) {
                return None;
            }
            k += 2;
        } else {
            if !same_word(w, s.doc.tok(k)) {
                return None;
            }
            k += 1;
            if w.len() <= 3 && s.punct(k, '.') && s.glued(k) && n + 1 < words.len() {
                k += 1;
            }
        }
    }
    k.checked_sub(1)
}

/// A fixed "MM-DD" day.
fn fixed(when: &str) -> Option<(u8, u8)> {
    let (m, d) = when.get(..5)?.split_once('-')?;
    let (m, d) = (m.parse().ok()?, d.parse().ok()?);
    (when.len() == 5).then_some((m, d))
}

/// "+N" / "-N" / "".
fn offset(rest: &str) -> Option<i64> {
    if rest.is_empty() {
        return Some(0);
    }
    let (sign, n) = match rest.split_at_checked(1)? {
        ("+", n) => (1, n),
        ("-", n) => (-1, n),
        _ => return None,
    };
    n.parse::<i64>()
        .ok()
        .filter(|n| *n <= 366)
        .map(|n| sign * n)
}

/// The day a list entry's "when" falls on in year `y`.
fn when(spec: &str, y: i32) -> Option<Date> {
    if let Some(rest) = spec.strip_prefix("easter") {
        return Some(easter(y)?.add_days(offset(rest)?));
    }
    if let Some(rest) = spec.strip_prefix("nth:") {
        let mut f = rest.split(':');
        let n = f.next()?;
        let wd = f.next()?;
        let tail = f.next()?;
        let cut = tail.find(['+', '-']).unwrap_or(tail.len());
        let (month, off) = tail.split_at(cut);
        let n = if n == "last" { 0 } else { n.parse().ok()? };
        let wd = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            .iter()
            .position(|x| *x == wd)? as u8;
        return Some(nth_weekday(y, month.parse().ok()?, n, wd)?.add_days(offset(off)?));
    }
    let (m, d) = fixed(spec)?;
    Date::new(y, m, d)
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::{dates, dates_on};

    #[test]
    fn named_days_and_years() {
        assert_eq!(
            dates_on("The truce collapsed on Christmas Eve.", "2025-10-31"),
            [("Christmas Eve", "date", "2025-12-24", "")]
        );
        assert_eq!(
            dates("Attacks peaked at Easter 2018."),
            [("Easter 2018", "date", "2018-04-01", "")]
        );
        assert_eq!(
            dates_on("Stores open on Black Friday.", "2025-10-31"),
            [("Black Friday", "date", "2025-11-28", "")]
        );
    }

    #[test]
    fn a_name_alone_is_not_a_date() {
        assert!(dates("Christmas shopping fell.").is_empty());
    }

    #[test]
    fn every_list_entry_resolves() {
        for h in crate::dates::lexicon::holidays() {
            assert!(super::when(h.when, 2025).is_some(), "{:?}", h.words);
        }
    }
}
