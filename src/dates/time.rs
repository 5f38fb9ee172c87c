//! ## What it finds
//! Times of day: "3pm", "3:30 p.m.", "14:30", "9.30am", "noon", "midnight",
//! "seven o'clock", "7 in the evening" (the part of the day from
//! `lists/parts_of_day.txt` says am or pm), ranges of them ("5 to 6pm", "between 4pm and 5pm"), and
//! a time with its day ("Friday at 3pm", "3pm today", "10:30 on 12 October").
//!
//! ## Why a reader cares
//! Curfews, deadlines and the order of events turn on the hour: "the strike
//! came at 3am, the statement at 9am".
//!
//! ## Example
//! "at 3:30 p.m." → time, value 15.5, unit "h"; reference 2025-10-31:
//! "Friday at 3pm" → time, value 15, date "2025-10-31T15:00".
//!
//! ## Limits
//! - A bare hour is a time only with "am"/"pm", "o'clock" or minutes ("14:30"):
//!   "at 6" and "at 6.45" are numbers.
//! - "3:30" with one-digit minutes ("4:3") is a ratio, not a time; a score
//!   written "2:15" reads as a time. A game's clock is not a time when the
//!   text says so ("17:46 into the third period", "2:15 left", "4:10 of the
//!   first half"), but "he scored at 7:14" still reads as one.
//! - Time zones ("GMT", "ET") are not part of the span and not applied.
//! - "Thursday night" is a date (see the weekday rule): a part of the day
//!   does not make a clock time.

use super::lexicon::{Key, Lex};
use super::{Hit, Scan, Stamp, What};
use crate::figures::numeral::NumeralKind;

/// A clock reading: hours as a decimal, last token, whether "am"/"pm" said which half.
#[derive(Debug, Clone, Copy)]
struct Clock {
    hours: f64,
    last: usize,
    meridiem: bool,
}

/// "am"/"pm"/"a.m."/"p.m."/"p . m ." at `k`: (pm, last token).
fn meridiem(s: &Scan, k: usize) -> Option<(bool, usize)> {
    // "3am3io…" in a URL is no time.
    if s.glued(k + 1) && s.kind(k + 1) != Some(crate::text::TokenKind::Punct) {
        return None;
    }
    if s.is_any(k, &["am", "pm"]) {
        return Some((s.is(k, "pm"), k));
    }
    if s.is_any(k, &["a", "p"]) && s.punct(k + 1, '.') && s.is(k + 2, "m") {
        let last = if s.punct(k + 3, '.') && s.glued(k + 3) {
            k + 3
        } else {
            k + 2
        };
        return Some((s.is(k, "p"), last));
    }
    None
}

/// A clock reading at `i`.
fn clock(s: &Scan, i: usize) -> Option<Clock> {
    match s.lex(i) {
        Lex::Key(Key::Noon) => {
            return Some(Clock {
                hours: 12.0,
                last: i,
                meridiem: true,
            })
        }
        Lex::Key(Key::Midnight) => {
            return Some(Clock {
                hours: 0.0,
                last: i,
                meridiem: true,
            })
        }
        _ => {}
    }
    let (h, mut k) = match s.digits(i) {
        Some((h, len)) if len <= 2 && !s.chain_before(i) => (h, i),
        Some(_) => return None,
        None => {
            // "seven p.m.", "six o'clock"
            let n = s.ctx.numeral_at(i)?;
            if !n.words || n.kind != NumeralKind::Cardinal || !(1.0..=12.0).contains(&n.value) {
                return None;
            }
            (n.value as u32, n.last)
        }
    };
    let mut minutes = 0u32;
    let mut seconds = 0u32;
    let mut colon = false;
    let two = |k: usize| s.digits(k).filter(|&(v, len)| len == 2 && v < 60);
    if s.punct(k + 1, ':') && s.glued(k + 1) && s.glued(k + 2) {
        let (m, _) = two(k + 2)?;
        minutes = m;
        k += 2;
        colon = true;
        if s.punct(k + 1, ':') && s.glued(k + 1) && s.glued(k + 2) {
            let (sec, _) = two(k + 2)?;
            seconds = sec;
            k += 2;
        }
    } else if s.punct(k + 1, '.') && s.glued(k + 1) && s.glued(k + 2) {
        // "9.30am" only with am/pm after it.
        if let Some((m, _)) = two(k + 2) {
            if meridiem(s, k + 3).is_some() {
                minutes = m;
                k += 2;
            }
        }
    }
    if colon && s.chain_after(k) {
        return None;
    }
    let frac = f64::from(minutes) / 60.0 + f64::from(seconds) / 3600.0;
    if let Some((pm, last)) = meridiem(s, k + 1) {
        if !(1..=12).contains(&h) {
            return None;
        }
        let base = f64::from(h % 12) + if pm { 12.0 } else { 0.0 };
        return Some(Clock {
            hours: base + frac,
            last,
            meridiem: true,
        });
    }
    if s.is_any(k + 1, &["o'clock", "o’clock", "oclock"]) && (1..=12).contains(&h) {
        return Some(Clock {
            hours: f64::from(h) + frac,
            last: k + 1,
            meridiem: false,
        });
    }
    // "7 in the evening": the part of the day says which half.
    if !colon && s.is(k + 1, "in") && s.is(k + 2, "the") && (1..=12).contains(&h) {
        if let Lex::Part(p) = s.lex(k + 3) {
            let part = super::lexicon::parts().get(usize::from(p))?;
            let pm = part.from >= 12 && part.to > 12 && h < 12;
            return Some(Clock {
                hours: f64::from(h) + if pm { 12.0 } else { 0.0 },
                last: k + 3,
                meridiem: true,
            });
        }
    }
    // "12 noon"
    if h == 12 && s.lex(k + 1) == Lex::Key(Key::Noon) {
        return Some(Clock {
            hours: 12.0,
            last: k + 1,
            meridiem: true,
        });
    }
    if colon && h <= 24 && s.digits(i).is_some() && !game_clock(s, k + 1) {
        return Some(Clock {
            hours: f64::from(h % 24) + frac,
            last: k,
            meridiem: false,
        });
    }
    None
}

/// Words of a game's clock after "17:46": "into the third period", "left in
/// the half", "of the second quarter".
const GAME_PARTS: &[&str] = &[
    "period", "quarter", "half", "overtime", "inning", "round", "set", "game", "match",
];

/// Whether the words from `k` read a game's clock rather than the time of
/// day: "17:46 into the third period", "2:15 left", "4:10 of the first half".
fn game_clock(s: &Scan, k: usize) -> bool {
    if s.is_any(k, &["into", "left", "remaining"]) {
        return true;
    }
    s.is_any(k, &["of", "in"]) && (k + 1..=k + 3).any(|j| s.is_any(j, GAME_PARTS))
}

/// "5 to 6pm", "3-8pm", "from 10am to 12pm", "between 4pm and 5pm".
fn clock_range(s: &Scan, i: usize) -> Option<(f64, f64, usize)> {
    let opener = s.is_any(i, &["from", "between"]);
    let j = if opener { i + 1 } else { i };
    let right_at = |k: usize| -> Option<usize> {
        let ok = s.dash(k)
            || s.is_any(k, &["to", "until", "till"])
            || (s.is(i, "between") && s.is(k, "and"));
        ok.then_some(k + 1)
    };
    // A bare hour on the left takes the right's half of the day.
    let (left, bare) = match clock(s, j) {
        Some(c) => (c, false),
        None => {
            let (h, len) = s.digits(j)?;
            if len > 2 || !(1..=12).contains(&h) || s.chain_before(j) {
                return None;
            }
            (
                Clock {
                    hours: f64::from(h),
                    last: j,
                    meridiem: false,
                },
                true,
            )
        }
    };
    let m = right_at(left.last + 1)?;
    let right = clock(s, m)?;
    if bare && !right.meridiem {
        return None;
    }
    let mut low = left.hours;
    if bare || (!left.meridiem && right.meridiem && left.hours < 12.0) {
        // "5 to 6pm" → 17 to 18; "11-2pm" → 11 to 14
        let pm = right.hours >= 12.0;
        if pm && low + 12.0 <= right.hours {
            low += 12.0;
        }
    }
    Some((low, right.hours, right.last))
}

/// The day-level date a time is tied to, and its last token.
fn day_point(s: &Scan, k: usize) -> Option<(Stamp, usize)> {
    let p = s.point(k)?;
    match p.what {
        What::Date(st) if st.day.is_some() || st.is_unknown() => Some((st, p.last)),
        _ => None,
    }
}

/// The longest time at `i`, with its day when the text gives one.
#[inline(never)]
pub(super) fn at(s: &Scan, i: usize) -> Option<Hit> {
    let time = |hours: Option<f64>, low: Option<f64>, high: Option<f64>, day, first, last| Hit {
        first,
        last,
        what: What::Time {
            hours,
            low,
            high,
            day,
        },
    };
    let mut cands: [Option<Hit>; 4] = [None; 4];
    // A clock time, with a day after it: "3pm today", "9am on Tuesday".
    if let Some(c) = clock(s, i) {
        cands[0] = Some(time(Some(c.hours), None, None, None, i, c.last));
        let k = if s.is(c.last + 1, "on") || s.punct(c.last + 1, ',') {
            c.last + 2
        } else {
            c.last + 1
        };
        if let Some((st, last)) = day_point(s, k) {
            cands[1] = Some(time(Some(c.hours), None, None, Some(st), i, last));
        }
    }
    // A range of times, with a day after it: "from 10:30 to 3 on 1/1/2015".
    if let Some((low, high, last)) = clock_range(s, i) {
        let k = if s.is(last + 1, "on") || s.punct(last + 1, ',') {
            last + 2
        } else {
            last + 1
        };
        let day = day_point(s, k);
        let end = day.map_or(last, |(_, l)| l);
        cands[2] = Some(time(
            None,
            Some(low),
            Some(high),
            day.map(|(st, _)| st),
            i,
            end,
        ));
    }
    // A day with a clock time after it: "Friday at 3pm", "tomorrow 8:00am".
    if let Some((st, plast)) = day_point(s, i) {
        let k = if s.is_any(plast + 1, &["at", "by", "before", "after", "around"])
            || s.punct(plast + 1, ',')
        {
            plast + 2
        } else {
            plast + 1
        };
        let single = clock(s, k).map(|c| time(Some(c.hours), None, None, Some(st), i, c.last));
        let ranged = clock_range(s, k)
            .map(|(low, high, last)| time(None, Some(low), Some(high), Some(st), i, last));
        cands[3] = s.longest(&[single, ranged]);
    }
    s.longest(&cands)
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::figures;

    fn times(text: &str, reference: Option<&str>) -> Vec<(String, Option<f64>, Option<String>)> {
        figures(text, reference)
            .into_iter()
            .filter(|f| f.kind == crate::FigureKind::Time)
            .map(|f| (f.text, f.value.or(f.low), f.date))
            .collect()
    }

    #[test]
    fn clock_times_in_hours() {
        assert_eq!(
            times("The blast came at 3:30 p.m. local time.", None),
            [("3:30 p.m.".to_string(), Some(15.5), None)]
        );
        assert_eq!(
            times("Polls close at 14:30 and at noon.", None),
            [
                ("14:30".to_string(), Some(14.5), None),
                ("noon".to_string(), Some(12.0), None)
            ]
        );
        assert_eq!(
            times("Curfew starts at 9pm.", None),
            [("9pm".to_string(), Some(21.0), None)]
        );
    }

    #[test]
    fn a_time_with_its_day() {
        assert_eq!(
            times("They meet on Friday at 3pm.", Some("2025-10-31")),
            [(
                "Friday at 3pm".to_string(),
                Some(15.0),
                Some("2025-10-31T15:00".to_string())
            )]
        );
    }

    #[test]
    fn ratios_and_bare_hours_are_not_times() {
        assert!(times("A 4:3 screen and a 1:1 meeting at 6.", None).is_empty());
    }

    #[test]
    fn a_game_clock_is_not_a_time_of_day() {
        assert!(times("Her shot came 17:46 into the second period.", None).is_empty());
        assert!(times("They led with 2:15 left in the game.", None).is_empty());
        assert_eq!(times("Doors close at 19:30 sharp.", None).len(), 1);
    }

    #[test]
    fn ranges_share_am_and_pm() {
        let f = figures("Shops open 5 to 6pm daily.", None);
        let t = f
            .iter()
            .find(|f| f.kind == crate::FigureKind::Time)
            .unwrap();
        assert_eq!((t.low, t.high), (Some(17.0), Some(18.0)));
    }
}
