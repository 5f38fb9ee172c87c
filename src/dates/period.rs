//! ## What it finds
//! Stretches of the calendar named as a whole: months ("October 2025", "in
//! October", "this May", "mid-November"), years with a date word ("in
//! 2021", "since 2015", "early 2020"), decades ("the 1990s", "the '80s",
//! "the seventies"), centuries ("the 21st century"), seasons ("summer 2016",
//! "last winter"), quarters and halves ("Q3", "the third quarter of 2016",
//! "H1 2019"), weeks ("the week of November 30th", "the first week of July",
//! "week 31", "this weekend"), and periods relative to the publication date
//! ("last week", "next month", "this year", "the past two weeks", "earlier
//! this month", "late last year", "the end of the year").
//!
//! ## Why a reader cares
//! "Since the takeover in 2021" and "over the past two weeks" bound a claim
//! in time; a fact-checker compares figures over the same period.
//!
//! ## Example
//! reference 2025-10-31: "in 2021" → date "2021"; "October 2025" → date
//! "2025-10"; "last week" → date_range 2025-10-20..2025-10-26; "the 1990s"
//! → date_range 1990..1999; "summer 2016" → 2016-06-01..2016-08-31.
//!
//! ## Limits
//! - A year alone is a date only after a date word ("in", "since", "by",
//!   "until", "from", "of", "during", "before", "after", "year", …) and not
//!   before a noun it counts ("in 2000 cases"): "2021 people" is a number.
//!   Between a determiner or a possessive and a word it modifies, a year from
//!   1800 to fifteen years ahead is a date: "the 2016 election", "a 2014
//!   study", "the senator's 1995 tax return" (but not "the 1500 block of"). A
//!   house number is no year ("of 1907 Fenwick Drive"), nor a dimension
//!   ("of 1800 x 1920").
//!   A year opening a sentence ("2021 was hard") is not read, nor a year
//!   more than five years ahead after "of" ("a score of 2072"), nor one
//!   before 1500 except after "in", "since", "circa" or "year" ("scores rose
//!   from 1061").
//! - "the third quarter" without a year in a sentence about a game ("scored
//!   24 points in the third quarter") is the game's, not the year's; without
//!   such words it reads as a quarter of the year.
//! - Months and years are kind `date` at their precision; named periods
//!   (weeks, seasons, quarters, decades, "last year") are `date_range` with
//!   day ends. "early", "mid" and "late" take the first, middle and last third
//!   of the period; "the beginning of" and "the end of" its first and last
//!   sixth ("the end of the year" → 1 November to 31 December; "the end of
//!   March" → 27 to 31 March).
//! - Seasons are the northern meteorological ones (summer = June–August);
//!   "winter 2016" runs from December 2016 to February 2017.
//! - Decades written with two digits are 19xx, except '00s and '10s; the
//!   "1800s" is the century 1800–1899. Centuries run from year 00 to 99
//!   ("the 15th century" → 1400..1499), as readers use them.
//! - "this weekend" is the coming one, or the one just gone when a weekday
//!   paper says so in the past tense ("told donors this weekend").
//! - "last week" is the calendar week (Monday–Sunday) before the reference
//!   date's; "the past week" and "the last two weeks" are rolling (ending on
//!   the reference date); "the following week" and "the previous year" are
//!   relative to the story and stay unresolved.
//! - "week 31" is the ISO week; "the first week of July" is 1–7 July. A
//!   capitalized "Week 11" without a year after an owner or before a noun is
//!   a season's week ("the Browns' Week 11 game") and is not read.

use super::calendar::{days_in_month, iso_week_monday, Date};
use super::lexicon::{Edge, Key, Lex, Shift};
use super::resolve::{
    likely_year, month_span, nearest_quarter_year, nearest_year, quarter_of, quarter_span,
    week_span, year_span,
};
use super::tense::Tense;
use super::{Hit, Scan, Stamp};
use crate::figures::numeral::NumeralKind;

/// The longest period at `i`.
#[inline(never)]
pub(super) fn at(s: &Scan, i: usize) -> Option<Hit> {
    // Each pattern starts with a few kinds of token: ask only those that can.
    match s.lex(i) {
        Lex::Key(Key::The) => s.longest(&[
            month(s, i),
            year(s, i),
            decade(s, i),
            century(s, i),
            season(s, i),
            quarter(s, i),
            half(s, i),
            week_of(s, i),
            nth_week(s, i),
            weekend(s, i),
            relative(s, i),
            rolling(s, i),
            edged_relative(s, i),
            rest_of(s, i),
            week_after_next(s, i),
        ]),
        Lex::Shift(_) => s.longest(&[
            month(s, i),
            season(s, i),
            nth_week(s, i),
            weekend(s, i),
            relative(s, i),
            rolling(s, i),
        ]),
        Lex::Edge(_) => s.longest(&[
            month(s, i),
            year(s, i),
            decade(s, i),
            century(s, i),
            season(s, i),
            edged_relative(s, i),
        ]),
        Lex::Month { .. } => month(s, i),
        // "second" is a unit and an ordinal: "the second quarter".
        Lex::Unit(_) => s.longest(&[
            month(s, i),
            year(s, i),
            century(s, i),
            quarter(s, i),
            nth_week(s, i),
            half(s, i),
            week_of(s, i),
            week_number(s, i),
            week_after_next(s, i),
        ]),
        Lex::Season(_) => season(s, i),
        Lex::Decade(_) => decade(s, i),
        Lex::Key(Key::Q) => quarter(s, i),
        Lex::Key(Key::Misc) => rest_of(s, i),
        Lex::Other => s.longest(&[
            month(s, i),
            year(s, i),
            decade(s, i),
            century(s, i),
            quarter(s, i),
            half(s, i),
            nth_week(s, i),
        ]),
        _ => None,
    }
}

/// "the rest of the week", "rest of this month", "the rest of the year":
/// from the reference date to the period's end.
fn rest_of(s: &Scan, i: usize) -> Option<Hit> {
    let k = if s.is(i, "the") { i + 1 } else { i };
    if !s.is(k, "rest") || !s.is(k + 1, "of") {
        return None;
    }
    let j = if s.is_any(k + 2, &["the", "this", "my", "our", "their"]) {
        k + 3
    } else {
        k + 2
    };
    let unit = period_word(s, j)?;
    let (a, b) = match s
        .reference
        .and_then(|r| shifted_span(r, Shift::This, unit).map(|(_, b)| (r, b)))
    {
        Some((a, b)) => (Stamp::of(a), Stamp::of(b)),
        None => (Stamp::UNKNOWN, Stamp::UNKNOWN),
    };
    Some(Hit::range(i, j, a, b))
}

/// "the week after next".
fn week_after_next(s: &Scan, i: usize) -> Option<Hit> {
    let k = if s.is(i, "the") { i + 1 } else { i };
    if !(s.is(k, "week") && s.is(k + 1, "after") && s.is(k + 2, "next")) {
        return None;
    }
    let (a, b) = match s.reference {
        Some(r) => {
            let (a, b) = week_span(r.add_days(14));
            (Stamp::of(a), Stamp::of(b))
        }
        None => (Stamp::UNKNOWN, Stamp::UNKNOWN),
    };
    Some(Hit::range(i, k + 2, a, b))
}

/// An edge before a period: "early", "mid-", "late", "the end of", "the
/// beginning of", "the middle of", "earlier", "later": the edge and where the
/// period starts.
fn edge_at(s: &Scan, i: usize) -> Option<(Edge, usize)> {
    let the = s.is(i, "the");
    let k = if the { i + 1 } else { i };
    let Lex::Edge(e) = s.lex(k) else {
        return None;
    };
    match e {
        Edge::Start | Edge::End | Edge::Middle => s.is(k + 1, "of").then_some((e, k + 2)),
        _ if the => None,
        Edge::Mid if s.dash(k + 1) && s.glued(k + 1) => Some((e, k + 2)),
        _ => Some((e, k + 1)),
    }
}

/// The part of `a..=b` an edge names.
fn apply_edge(e: Edge, a: Date, b: Date, r: Option<Date>) -> (Stamp, Stamp) {
    let len = b.days() - a.days() + 1;
    let third = (len / 3).max(1);
    // "the end of the year" is nearer its end than "late in the year".
    let sixth = ((len + 5) / 6).max(2).min(len);
    let (x, y) = match e {
        Edge::Early => (a, a.add_days(third - 1)),
        Edge::Start => (a, a.add_days(sixth - 1)),
        Edge::Mid | Edge::Middle => (a.add_days(third), b.add_days(-third)),
        Edge::Late => (b.add_days(-third + 1), b),
        Edge::End => (b.add_days(-sixth + 1), b),
        Edge::Earlier => match r {
            Some(r) if r > a && r <= b => (a, r.add_days(-1)),
            _ => (a, b),
        },
        Edge::Later => match r {
            Some(r) if r >= a && r < b => (r.add_days(1), b),
            _ => (a, b),
        },
    };
    (Stamp::of(x), Stamp::of(y))
}

/// An edge of a month whose year may be unknown: "mid March".
fn edge_of_month(e: Edge, year: Option<i32>, m: u8, r: Option<Date>) -> (Stamp, Stamp) {
    match year.and_then(|y| month_span(y, m)) {
        Some((a, b)) => apply_edge(e, a, b, r),
        None => {
            let last = days_in_month(2001, m);
            let (x, y) = match e {
                Edge::Start => (1, 5),
                Edge::Early | Edge::Earlier => (1, 10),
                Edge::Mid | Edge::Middle => (11, 20),
                Edge::Late | Edge::Later => (21, last),
                Edge::End => (last - 4, last),
            };
            (Stamp::md(None, m, x), Stamp::md(None, m, y))
        }
    }
}

/// A year after a month at `k`: " 2025", ", 2025", " of 2025", "'s 2025".
fn year_after(s: &Scan, k: usize) -> Option<(i32, usize)> {
    let mut j = k + 1;
    if s.punct(j, '.') && s.glued(j) {
        j += 1;
    }
    if s.punct(j, ',') || s.is_any(j, &["of", "in"]) {
        j += 1;
    }
    let (y, l) = s.year_at(j)?;
    (!(s.digits(l).is_some() && s.measure_after(l))).then_some((y, l))
}

/// The year a shifted month falls in: "last March", "next June", "this May".
fn shifted_month_year(r: Date, shift: Shift, m: u8) -> Option<i32> {
    match shift {
        Shift::This => Some(r.year),
        Shift::Last if m < r.month => Some(r.year),
        Shift::Last => Some(r.year - 1),
        Shift::Next if m > r.month => Some(r.year),
        Shift::Next => Some(r.year + 1),
        Shift::Following => None,
    }
}

/// "October 2025", "in October", "this May", "the month of June", "2016
/// November", "mid-November", "the end of March 2020".
fn month(s: &Scan, i: usize) -> Option<Hit> {
    // "2016 November", "2016, nov"
    if let Some((y, l)) = s.year_at(i) {
        let k = if s.punct(l + 1, ',') { l + 2 } else { l + 1 };
        if s.digits(i).is_some() && s.cue_before(i) {
            if let Some(m) = s.month_at(k, true) {
                if s.day_num(k + 1).is_none() {
                    return Some(Hit::date(i, k, Stamp::month(Some(y), m)));
                }
            }
        }
        return None;
    }
    let mut k = i;
    let mut shift = None;
    let mut edge = None;
    if s.is(k, "the") && s.is(k + 1, "month") && s.is(k + 2, "of") {
        k += 3;
    } else if s.is(k, "month") && s.is(k + 1, "of") {
        k += 2;
    } else if let Some((e, j)) = edge_at(s, k) {
        edge = Some(e);
        k = j;
    } else if let Lex::Shift(sh) = s.lex(k) {
        // "this past January", "this coming May"
        let (sh, skip) = match s.lex(k + 1) {
            Lex::Shift(Shift::Last) if sh == Shift::This && s.is(k + 1, "past") => (Shift::Last, 1),
            Lex::Shift(Shift::Next) if sh == Shift::This => (Shift::Next, 1),
            _ => (sh, 0),
        };
        if matches!(s.lex(k + 1 + skip), Lex::Month { .. }) {
            shift = Some(sh);
            k += 1 + skip;
        }
    }
    let strong = k > i;
    let m = s.month_at(k, strong)?;
    let (mut year, mut last) = match year_after(s, k) {
        Some((y, l)) => (Some(y), l),
        None => (None, k),
    };
    // "June next year", "March of last year"
    if year.is_none() {
        let j = if s.is(k + 1, "of") { k + 2 } else { k + 1 };
        if let (Lex::Shift(sh), true) = (s.lex(j), s.is(j + 1, "year")) {
            last = j + 1;
            year = s.reference.and_then(|r| match sh {
                Shift::This => Some(r.year),
                Shift::Last => Some(r.year - 1),
                Shift::Next => Some(r.year + 1),
                Shift::Following => None,
            });
            if year.is_none() {
                return Some(Hit::date(i, last, Stamp::UNKNOWN));
            }
        }
    }
    let year = match (year, shift, s.reference) {
        (Some(y), _, _) => Some(y),
        (None, Some(sh), Some(r)) => shifted_month_year(r, sh, m),
        (None, Some(Shift::Following), None) => None,
        _ => None,
    };
    if shift == Some(Shift::Following) {
        return Some(Hit::date(i, last, Stamp::UNKNOWN));
    }
    match edge {
        Some(e) => {
            let tense = s.tense(i, last);
            let year = year.or_else(|| s.reference.and_then(|r| likely_year(r, m, None, tense)));
            let (a, b) = edge_of_month(e, year, m, s.reference);
            Some(Hit::range(i, last, a, b))
        }
        None => Some(Hit::date(i, last, Stamp::month(year, m))),
    }
}

/// "in 2021", "since 2015", "year 2008", "early 2020", "mid-2021", "the end of 2019".
fn year(s: &Scan, i: usize) -> Option<Hit> {
    if let Some((e, k)) = edge_at(s, i) {
        let (y, l) = s.year_at(k)?;
        if s.digits(l).is_some() && s.measure_after(l) {
            return None;
        }
        let (a, b) = year_span(y)?;
        let (a, b) = apply_edge(e, a, b, s.reference);
        return Some(Hit::range(i, l, a, b));
    }
    let k = if s.is(i, "year") { i + 1 } else { i };
    let (y, l) = s.year_at(k)?;
    // "in 2007 and 2009": a year after another year in a list.
    let listed = i >= 2
        && s.is_any(i - 1, &["and", "or"])
        && s.digits(i - 2)
            .is_some_and(|(v, l)| l == 4 && (1000..=2999).contains(&v));
    let modifier = k == i && year_modifier(s, i, l);
    if k == i && !s.cue_before(i) && !listed && !modifier {
        return None;
    }
    // "scores rose from 1061": an early year needs a strong date word.
    if k == i && y < 1500 && !(i > 0 && s.is_any(i - 1, &["in", "since", "circa", "year"])) {
        return None;
    }
    // "a total score of 2072": after "of", only a year not far in the future.
    let horizon = s.reference.map_or(2035, |r| r.year + 5);
    if k == i && i > 0 && s.is(i - 1, "of") && y > horizon {
        return None;
    }
    // "fiscal year 2019 sales": after "year" or "fiscal" it is the year.
    let strong = i > 0 && s.is_any(i - 1, &["year", "fiscal"]);
    if s.digits(l).is_some() && s.measure_after(l) && !strong {
        return None;
    }
    if k == i && house_number(s, l) {
        return None;
    }
    // "a resolution of 1800 x 1920": a dimension.
    if s.is_any(l + 1, &["x", "×"]) && s.digits(l + 2).is_some() {
        return None;
    }
    Some(Hit::date(i, l, Stamp::year(y)))
}

/// Words of a game: a quarter, half or period near them is the game's.
const GAME_WORDS: &[&str] = &[
    "points",
    "scored",
    "scoring",
    "touchdown",
    "touchdowns",
    "halftime",
    "quarterback",
    "rebounds",
    "assists",
    "goal",
    "goals",
    "led",
    "trailed",
    "field",
    "innings",
    "game",
];

/// Whether the sentence around `first..=last` (up to twelve words each way)
/// speaks of a game.
fn game_nearby(s: &Scan, first: usize, last: usize) -> bool {
    let stop = |k: usize| s.punct(k, '.') || s.punct(k, '!') || s.punct(k, '?');
    let mut k = first;
    for _ in 0..12 {
        if k == 0 || s.doc.line_break_before(k) {
            break;
        }
        k -= 1;
        if stop(k) {
            break;
        }
        if s.is_any(k, GAME_WORDS) {
            return true;
        }
    }
    for k in last + 1..(last + 13).min(s.doc.len()) {
        if s.doc.line_break_before(k) || stop(k) {
            break;
        }
        if s.is_any(k, GAME_WORDS) {
            return true;
        }
    }
    false
}

/// Whether the number ending at `l` is a house number: capitalized words
/// after it end in a street word ("of 1907 Fenwick Drive"; `lists/streets.txt`).
fn house_number(s: &Scan, l: usize) -> bool {
    let streets = crate::figures::exclude::streets();
    for j in l + 2..=l + 4 {
        if !s.cap(j - 1) || s.doc.line_break_before(j - 1) {
            return false;
        }
        if s.cap(j) && streets.contains_at(s.doc, j) {
            return true;
        }
    }
    false
}

/// Words before a year that modifies a noun: "the 2016 election", "a 2014
/// study", "her 2008 campaign".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose",
];

/// Words after such a year that make its number a count or a place: "the
/// 1500 block of Main Street", "a 1920 x 1080 screen".
/// ("and" and "or" only before another year: "her 2000 and 2006 races").
const NOT_AFTER_MODIFIER: &[&str] = &["block", "x", "by", "of", "to", "and", "or", "out"];

/// Whether the year at `i..=l` modifies the word after it: "the 2016
/// election", "the senator's 1995 tax return", "the 2019 Harbour Music Awards".
fn year_modifier(s: &Scan, i: usize, l: usize) -> bool {
    let Some((v, 4)) = s.digits(i) else {
        return false;
    };
    let possessive = |k: usize| {
        let t = s.doc.tok(k);
        s.is_word(k) && (t.ends_with("'s") || t.ends_with("’s"))
    };
    let before = i > 0 && (s.is_any(i - 1, DETERMINERS) || possessive(i - 1));
    let n = l + 1;
    let horizon = s.reference.map_or(2040, |r| r.year + 15);
    before
        && (1800..=horizon as u32).contains(&v)
        && s.is_word(n)
        && !s.glued(n)
        && !s.doc.line_break_before(n)
        && s.lex(n) == Lex::Other
        && (!s.is_any(n, NOT_AFTER_MODIFIER)
            || (s.is_any(n, &["and", "or"]) && s.digits(n + 1).is_some_and(|(_, len)| len == 4)))
}

/// "the 1990s", "1990s", "the '80s", "the 70's", "the seventies", "the early
/// 2000s", "the nineteen seventies", "the 1800s".
fn decade(s: &Scan, i: usize) -> Option<Hit> {
    let the = s.is(i, "the");
    let mut k = if the { i + 1 } else { i };
    let mut edge = None;
    if let Some((e, j)) = edge_at(s, k) {
        if matches!(e, Edge::Early | Edge::Mid | Edge::Late) {
            edge = Some(e);
            k = j;
        }
    }
    // "the 80s", "the late 80s" (but "in his mid-50s" is an age)
    let (start, last, span) = decade_core(s, k, the)?;
    let (a, b) = match edge {
        Some(Edge::Early) => (start, start + 3),
        Some(Edge::Mid) => (start + 3, start + 6),
        Some(Edge::Late) => (start + 6, start + span - 1),
        _ => (start, start + span - 1),
    };
    Some(Hit::range(i, last, Stamp::year(a), Stamp::year(b)))
}

/// The decade at `k`: first year, last token, length in years (100 for "the 1800s").
fn decade_core(s: &Scan, k: usize, determined: bool) -> Option<(i32, usize, i32)> {
    // "'80s", "’80s"
    if s.apostrophe(k) {
        let (v, len) = s.digits(k + 1)?;
        if len != 2 || v % 10 != 0 || !s.glued(k + 1) || !s.glued(k + 2) || !s.is(k + 2, "s") {
            return None;
        }
        return Some((two_digit_decade(v), k + 2, 10));
    }
    if let Some((v, len)) = s.digits(k) {
        if s.chain_before(k) || v % 10 != 0 {
            return None;
        }
        // "1990s", "1990's"
        let last = if s.glued(k + 1) && s.is(k + 1, "s") {
            k + 1
        } else if s.apostrophe(k + 1) && s.glued(k + 1) && s.glued(k + 2) && s.is(k + 2, "s") {
            k + 2
        } else {
            return None;
        };
        return match len {
            4 if (1000..=2990).contains(&v) => {
                let span = if v % 100 == 0 && v < 2000 { 100 } else { 10 };
                Some((v as i32, last, span))
            }
            // "the 80s": without "the" it is an age ("in his 80s").
            2 if determined => Some((two_digit_decade(v), last, 10)),
            _ => None,
        };
    }
    if let Lex::Decade(d) = s.lex(k) {
        if !determined {
            return None;
        }
        return Some((
            1900 + i32::from(d) * 10 + if d == 0 { 100 } else { 0 },
            k,
            10,
        ));
    }
    // "nineteen seventies", "twenty tens"
    if s.is_any(k, &["nineteen", "eighteen"]) {
        let century = if s.is(k, "nineteen") { 1900 } else { 1800 };
        if let Lex::Decade(d) = s.lex(k + 1) {
            if d > 0 {
                return Some((century + i32::from(d) * 10, k + 1, 10));
            }
        }
    }
    None
}

fn two_digit_decade(v: u32) -> i32 {
    if v <= 10 {
        2000 + v as i32
    } else {
        1900 + v as i32
    }
}

/// "the 21st century", "the fifteenth century", "the early 20th century".
fn century(s: &Scan, i: usize) -> Option<Hit> {
    let mut k = if s.is(i, "the") { i + 1 } else { i };
    let mut edge = None;
    if let Some((e, j)) = edge_at(s, k) {
        if matches!(e, Edge::Early | Edge::Mid | Edge::Late) {
            edge = Some(e);
            k = j;
        }
    }
    let n = s.ctx.numeral_at(k)?;
    if n.kind != NumeralKind::Ordinal || !(1.0..=30.0).contains(&n.value) {
        return None;
    }
    let mut u = n.last + 1;
    if s.dash(u) && s.glued(u) {
        u += 1;
    }
    if !s.is_any(u, &["century", "century's"]) {
        return None;
    }
    let start = (n.value as i32 - 1) * 100;
    let (a, b) = match edge {
        Some(Edge::Early) => (start, start + 32),
        Some(Edge::Mid) => (start + 33, start + 66),
        Some(Edge::Late) => (start + 67, start + 99),
        _ => (start, start + 99),
    };
    Some(Hit::range(i, u, Stamp::year(a), Stamp::year(b)))
}

/// First and last day of season `k` (0 spring … 3 winter) of year `y`.
fn season_span(y: i32, k: u8) -> Option<(Date, Date)> {
    match k {
        0 => Some((Date::new(y, 3, 1)?, Date::new(y, 5, 31)?)),
        1 => Some((Date::new(y, 6, 1)?, Date::new(y, 8, 31)?)),
        2 => Some((Date::new(y, 9, 1)?, Date::new(y, 11, 30)?)),
        _ => Some((Date::new(y, 12, 1)?, Date::new(y + 1, 3, 1)?.add_days(-1))),
    }
}

/// "summer 2016", "the summer of 1978", "this summer", "last winter", "mid summer".
fn season(s: &Scan, i: usize) -> Option<Hit> {
    let mut k = i;
    let mut shift = None;
    let mut edge = None;
    let mut the = false;
    if let Lex::Shift(sh) = s.lex(k) {
        shift = Some(sh);
        k += 1;
    } else if let Some((e, j)) = edge_at(s, k) {
        edge = Some(e);
        k = j;
        if s.is(k, "the") {
            k += 1;
        }
    } else if s.is(k, "the") {
        the = true;
        k += 1;
    }
    let Lex::Season(season) = s.lex(k) else {
        return None;
    };
    let mut last = k;
    let mut year = None;
    let mut j = k + 1;
    if s.is(j, "of") {
        j += 1;
    }
    if let Some((y, l)) = s.year_at(j) {
        year = Some(y);
        last = l;
    } else if j > k + 1 {
        // "the fall of Kabul"
        return None;
    }
    let sure = year.is_some() || shift.is_some() || edge.is_some();
    let fall = s.is(k, "fall") && !s.cap(k);
    if fall && !sure {
        return None;
    }
    if !(sure || (the && s.cue_before(i))) {
        return None;
    }
    let span = match (year, shift, s.reference) {
        (Some(y), _, _) => season_span(y, season),
        (None, Some(Shift::Following), _) | (None, _, None) => None,
        (None, sh, Some(r)) => {
            let cands =
                [r.year - 2, r.year - 1, r.year, r.year + 1].map(|y| season_span(y, season));
            let mut it = cands.iter().flatten();
            match sh {
                Some(Shift::Last) => cands.iter().flatten().rev().find(|(_, b)| *b < r).copied(),
                Some(Shift::Next) => it.find(|(a, _)| *a > r).copied(),
                _ => it
                    .find(|(a, b)| *a <= r && r <= *b)
                    .or_else(|| {
                        cands
                            .iter()
                            .flatten()
                            .filter(|(a, _)| a.year == r.year)
                            .min_by_key(|(a, _)| (a.days() - r.days()).abs())
                    })
                    .copied(),
            }
        }
    };
    let (a, b) = match (span, edge) {
        (Some((a, b)), Some(e)) => apply_edge(e, a, b, s.reference),
        (Some((a, b)), None) => (Stamp::of(a), Stamp::of(b)),
        (None, _) if shift.is_some() || s.reference.is_some() => (Stamp::UNKNOWN, Stamp::UNKNOWN),
        (None, _) => {
            let (m1, d1, m2, d2) = match season {
                0 => (3, 1, 5, 31),
                1 => (6, 1, 8, 31),
                2 => (9, 1, 11, 30),
                _ => (12, 1, 2, 28),
            };
            (Stamp::md(None, m1, d1), Stamp::md(None, m2, d2))
        }
    };
    Some(Hit::range(i, last, a, b))
}

/// An ordinal 1–4 at `k` ("third", "3rd") and the token after it.
fn small_ordinal(s: &Scan, k: usize, max: f64) -> Option<(u8, usize)> {
    let n = s.ctx.numeral_at(k)?;
    (n.kind == NumeralKind::Ordinal && (1.0..=max).contains(&n.value) && n.value.fract() == 0.0)
        .then_some((n.value as u8, n.last))
}

/// A year named after a period: " 2016", " of 2016", " of this year", " last
/// year", "-2016".
fn year_ref(s: &Scan, k: usize) -> Option<(Option<i32>, usize)> {
    let mut j = k + 1;
    if (s.dash(j) && s.glued(j)) || s.is(j, "of") || s.punct(j, ',') {
        j += 1;
    }
    if s.is(j, "the") && s.is(j + 1, "year") && !s.is(j + 2, "of") {
        // "the first quarter of the year": this year
        return Some((s.reference.map(|r| r.year), j + 1));
    }
    if let Some((y, l)) = s.year_at(j) {
        return Some((Some(y), l));
    }
    // "Q1-2019": the year is glued to the dash.
    if let Some((y, 4)) = s.digits(j) {
        if j > k + 1 && s.dash(j - 1) && (1000..=2999).contains(&y) && !s.chain_after(j) {
            return Some((Some(y as i32), j));
        }
    }
    if let Lex::Shift(sh) = s.lex(j) {
        if s.is(j + 1, "year") {
            let y = s.reference.and_then(|r| match sh {
                Shift::This => Some(r.year),
                Shift::Last => Some(r.year - 1),
                Shift::Next => Some(r.year + 1),
                Shift::Following => None,
            });
            return Some((y, j + 1));
        }
    }
    None
}

/// "Q3", "Q3 2016", "2017-q1", "the third quarter of 2016", "third-quarter".
fn quarter(s: &Scan, i: usize) -> Option<Hit> {
    // "2016 Q3", "2017-q1"
    if let Some((y, l)) = s.year_at(i).or_else(|| {
        s.digits(i)
            .filter(|&(v, len)| len == 4 && (1000..=2999).contains(&v))
            .map(|(v, _)| (v as i32, i))
    }) {
        let mut k = l + 1;
        if s.dash(k) && s.glued(k) {
            k += 1;
        }
        let (q, last) = q_token(s, k)?;
        let (a, b) = quarter_span(y, q)?;
        return Some(Hit::range(i, last, Stamp::of(a), Stamp::of(b)));
    }
    let (q, qlast) = match q_token(s, i) {
        Some(x) => x,
        None => {
            let k = if s.is(i, "the") { i + 1 } else { i };
            let (q, l) = small_ordinal(s, k, 4.0)?;
            let mut u = l + 1;
            if s.dash(u) && s.glued(u) {
                u += 1;
            }
            if !s.is_any(u, &["quarter", "quarter's"]) {
                return None;
            }
            // "the last quarter-century"
            if s.dash(u + 1) && s.glued(u + 1) && s.is(u + 2, "century") {
                return None;
            }
            (q, u)
        }
    };
    let (year, last) = match year_ref(s, qlast) {
        Some((y, l)) => (y, l),
        // "scored 24 points in the third quarter": a game's quarter.
        None if game_nearby(s, i, qlast) => return None,
        None => (s.reference.map(|r| nearest_quarter_year(r, q)), qlast),
    };
    let (a, b) = match year.and_then(|y| quarter_span(y, q)) {
        Some((a, b)) => (Stamp::of(a), Stamp::of(b)),
        None if s.reference.is_some() => (Stamp::UNKNOWN, Stamp::UNKNOWN),
        None => {
            let m1 = (q - 1) * 3 + 1;
            let m2 = m1 + 2;
            (
                Stamp::md(None, m1, 1),
                Stamp::md(None, m2, days_in_month(2001, m2)),
            )
        }
    };
    Some(Hit::range(i, last, a, b))
}

/// "Q3" as tokens `Q` + glued digit.
fn q_token(s: &Scan, k: usize) -> Option<(u8, usize)> {
    if s.lex(k) != Lex::Key(Key::Q) || !s.glued(k + 1) {
        return None;
    }
    let (v, len) = s.digits(k + 1)?;
    (len == 1 && (1..=4).contains(&v) && !s.chain_after(k + 1)).then_some((v as u8, k + 1))
}

/// "the first half of 2020", "the second half of the year", "H1 2019", "2019 H2".
fn half(s: &Scan, i: usize) -> Option<Hit> {
    let h_token = |k: usize| -> Option<(u8, usize)> {
        if !s.is(k, "h") || !s.glued(k + 1) {
            return None;
        }
        let (v, len) = s.digits(k + 1)?;
        (len == 1 && (v == 1 || v == 2)).then_some((v as u8, k + 1))
    };
    let (h, year, last) = if let Some((y, l)) = s.year_at(i) {
        let k = if s.dash(l + 1) && s.glued(l + 1) {
            l + 2
        } else {
            l + 1
        };
        let (h, last) = h_token(k)?;
        (h, Some(y), last)
    } else if let Some((h, l)) = h_token(i) {
        let (y, last) = year_ref(s, l)?;
        (h, y, last)
    } else {
        let k = if s.is(i, "the") { i + 1 } else { i };
        let (h, l) = small_ordinal(s, k, 2.0)?;
        if !s.is(l + 1, "half") || !s.is(l + 2, "of") {
            return None;
        }
        let (y, last) = year_ref(s, l + 1)?;
        (h, y, last)
    };
    let (a, b) = match year {
        Some(y) if h == 1 => (Date::new(y, 1, 1)?, Date::new(y, 6, 30)?),
        Some(y) => (Date::new(y, 7, 1)?, Date::new(y, 12, 31)?),
        None => return Some(Hit::range(i, last, Stamp::UNKNOWN, Stamp::UNKNOWN)),
    };
    Some(Hit::range(i, last, Stamp::of(a), Stamp::of(b)))
}

/// "the week of November 30th", "the week commencing 4 February", "w/c Feb 4".
fn week_of(s: &Scan, i: usize) -> Option<Hit> {
    let mut k = if s.is(i, "the") { i + 1 } else { i };
    let of = if s.is(k, "w") && s.punct(k + 1, '/') && s.is(k + 2, "c") {
        k += 3;
        false
    } else if s.is(k, "week") {
        if s.is(k + 1, "of") {
            k += 2;
            true
        } else if s.is_any(k + 1, &["commencing", "beginning", "starting"]) {
            k += 2;
            if s.is(k, "on") {
                k += 1;
            }
            false
        } else {
            return None;
        }
    } else {
        return None;
    };
    let p = s.point_simple(k)?;
    let st = p.start_stamp()?;
    let st = super::resolve::complete_in(s.reference, st, s.tense(i, p.last));
    let (a, b) = match st.date() {
        Some(d) if of => {
            let (a, b) = week_span(d);
            (Stamp::of(a), Stamp::of(b))
        }
        Some(d) => (Stamp::of(d), Stamp::of(d.add_days(6))),
        None => (st, Stamp::UNKNOWN),
    };
    Some(Hit::range(i, p.last, a, b))
}

/// "the first week of July", "the last week of 2016", "the third week of
/// this month".
fn nth_week(s: &Scan, i: usize) -> Option<Hit> {
    let k = if s.is(i, "the") { i + 1 } else { i };
    let (n, l) = if s.is(k, "last") {
        (0u8, k)
    } else {
        small_ordinal(s, k, 5.0)?
    };
    if !s.is(l + 1, "week") || !s.is(l + 2, "of") {
        return None;
    }
    let j = l + 3;
    // A month (with or without a year), this/next/last month, a year, this/last year.
    let (span, last) = if let Some(m) = s.month_at(j, true) {
        let (y, last) = match year_after(s, j) {
            Some((y, l)) => (Some(y), l),
            None => (s.reference.and_then(|r| nearest_year(r, m, None)), j),
        };
        (y.and_then(|y| month_span(y, m)), last)
    } else if let (Lex::Shift(sh), true) = (s.lex(j), s.is(j + 1, "month")) {
        let d = s.reference.and_then(|r| match sh {
            Shift::This => Some(r),
            Shift::Last => Some(r.month_start().add_months(-1)),
            Shift::Next => Some(r.month_start().add_months(1)),
            Shift::Following => None,
        });
        (d.and_then(|d| month_span(d.year, d.month)), j + 1)
    } else if let Some((y, l)) = s.year_at(j) {
        (year_span(y), l)
    } else if let (Lex::Shift(sh), true) = (s.lex(j), s.is(j + 1, "year")) {
        let y = s.reference.and_then(|r| match sh {
            Shift::This => Some(r.year),
            Shift::Last => Some(r.year - 1),
            Shift::Next => Some(r.year + 1),
            Shift::Following => None,
        });
        (y.and_then(year_span), j + 1)
    } else {
        return None;
    };
    let (a, b) = match span {
        Some((_, b)) if n == 0 => (Stamp::of(b.add_days(-6)), Stamp::of(b)),
        Some((a, _)) => {
            let x = a.add_days(7 * (i64::from(n) - 1));
            (Stamp::of(x), Stamp::of(x.add_days(6)))
        }
        None => (Stamp::UNKNOWN, Stamp::UNKNOWN),
    };
    Some(Hit::range(i, last, a, b))
}

/// "Week 31", "week 3 of 2027", "week 27 of last year" (ISO weeks).
fn week_number(s: &Scan, i: usize) -> Option<Hit> {
    if !s.is(i, "week") {
        return None;
    }
    let (w, len) = s.digits(i + 1)?;
    if len > 2 || !(1..=53).contains(&w) || s.chain_after(i + 1) || s.measure_after(i + 1) {
        return None;
    }
    let (year, last) = match year_ref(s, i + 1) {
        Some((y, l)) => (y, l),
        // "the Browns' Week 11 game": a season's week, not the calendar's.
        None if s.cap(i) && season_week(s, i) => return None,
        None => (s.reference.map(|r| r.year), i + 1),
    };
    let (a, b) = match year.and_then(|y| iso_week_monday(y, w as u8)) {
        Some(m) => (Stamp::of(m), Stamp::of(m.add_days(6))),
        None if year.is_some() => return None,
        None => (Stamp::UNKNOWN, Stamp::UNKNOWN),
    };
    Some(Hit::range(i, last, a, b))
}

/// "this weekend", "last weekend", "the weekend", "next weekend".
fn weekend(s: &Scan, i: usize) -> Option<Hit> {
    let (shift, k) = match s.lex(i) {
        Lex::Shift(sh) => (Some(sh), i + 1),
        _ if s.is(i, "the") => (None, i + 1),
        _ => return None,
    };
    if s.lex(k) != Lex::Key(Key::Weekend) {
        return None;
    }
    let sat = s.reference.and_then(|r| {
        let this = r.monday().add_days(5);
        match shift {
            // "told voters this weekend" in a Monday paper: the one just past.
            Some(Shift::This) if r.weekday() < 5 && s.tense(i, k) == Tense::Past => {
                Some(this.add_days(-7))
            }
            Some(Shift::This) => Some(this),
            Some(Shift::Last) => Some(this.add_days(-7)),
            Some(Shift::Next) => Some(this.add_days(7)),
            Some(Shift::Following) => None,
            // "the weekend": the latest one, or the coming one in future tense.
            None if s.looks_ahead(i) || r.weekday() >= 5 => Some(this),
            None => Some(this.add_days(-7)),
        }
    });
    let (a, b) = match sat {
        Some(d) => (Stamp::of(d), Stamp::of(d.add_days(1))),
        None => (Stamp::UNKNOWN, Stamp::UNKNOWN),
    };
    Some(Hit::range(i, k, a, b))
}

/// Whether a capitalized "Week 11" at `i` is a season's week: after a
/// determiner or a possessive ("the Browns' Week 11") or before the noun it
/// names ("Week 13 rematch"). "from Week 31 to Week 35" stays a date.
fn season_week(s: &Scan, i: usize) -> bool {
    let owner = i > 0
        && (s.apostrophe(i - 1) || s.is(i - 1, "the") || {
            let t = s.doc.tok(i - 1);
            t.ends_with("'s") || t.ends_with("’s")
        });
    let noun = s.lower_word(i + 2)
        && !s.is_any(
            i + 2,
            &["to", "and", "through", "until", "till", "of", "in", "or"],
        );
    owner || noun
}

/// The calendar span a shift names for a unit: "last week", "next month".
fn shifted_span(r: Date, shift: Shift, unit: &str) -> Option<(Date, Date)> {
    let k: i64 = match shift {
        Shift::Last => -1,
        Shift::This => 0,
        Shift::Next => 1,
        Shift::Following => return None,
    };
    match unit {
        "week" => Some(week_span(r.add_days(7 * k))),
        "month" => {
            let m = r.month_start().add_months(k);
            month_span(m.year, m.month)
        }
        "quarter" => {
            let m = r.month_start().add_months(3 * k);
            quarter_span(m.year, quarter_of(m.month))
        }
        "year" => year_span(r.year + k as i32),
        "decade" => {
            let start = r.year.div_euclid(10) * 10 + 10 * k as i32;
            Some((Date::new(start, 1, 1)?, Date::new(start + 9, 12, 31)?))
        }
        "century" => {
            let start = r.year.div_euclid(100) * 100 + 100 * k as i32;
            Some((Date::new(start, 1, 1)?, Date::new(start + 99, 12, 31)?))
        }
        "fortnight" => Some(match k {
            -1 => (r.add_days(-14), r),
            0 => (r.add_days(-7), r.add_days(7)),
            _ => (r, r.add_days(14)),
        }),
        _ => None,
    }
}

/// The period word at `k`, singular: "week", "month", "quarter", "year"…
/// (possessives too: "this year's").
fn period_word(s: &Scan, k: usize) -> Option<&'static str> {
    let w = s.doc.lower(k)?;
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w);
    [
        "week",
        "month",
        "quarter",
        "year",
        "decade",
        "century",
        "fortnight",
    ]
    .into_iter()
    .find(|x| *x == w)
}

/// "last week", "this year", "next month", "the past week", "this decade",
/// "the following week" (unresolved), "the previous year" (unresolved).
fn relative(s: &Scan, i: usize) -> Option<Hit> {
    let the = s.is(i, "the");
    let k = if the { i + 1 } else { i };
    let Lex::Shift(shift) = s.lex(k) else {
        return None;
    };
    let unit = period_word(s, k + 1)?;
    let last = k + 1;
    // "the last quarter-century", "this week-long festival": a compound.
    if s.dash(last + 1) && s.glued(last + 1) && s.glued(last + 2) && s.is_word(last + 2) {
        return None;
    }
    // Story time: "the following week", "the previous year", "the next month".
    let anaphoric = shift == Shift::Following || (the && s.is_any(k, &["previous", "next"]));
    // Rolling: "the past week", "past month", "the last year".
    let rolling = s.is(k, "past") || (the && s.is(k, "last"));
    let span = match s.reference {
        _ if anaphoric => None,
        Some(r) if rolling => {
            let back = match unit {
                "week" => r.add_days(-7),
                "fortnight" => r.add_days(-14),
                "month" => r.add_months(-1),
                "quarter" => r.add_months(-3),
                "year" => r.add_months(-12),
                "decade" => r.add_months(-120),
                _ => r.add_months(-1200),
            };
            Some((back, r))
        }
        Some(r) => shifted_span(r, shift, unit),
        None => None,
    };
    let (a, b) = match span {
        Some((a, b)) => (Stamp::of(a), Stamp::of(b)),
        None => (Stamp::UNKNOWN, Stamp::UNKNOWN),
    };
    Some(Hit::range(i, last, a, b))
}

/// "the past two weeks", "the last three years", "next 3 days", "the next two
/// decades", "past few weeks".
fn rolling(s: &Scan, i: usize) -> Option<Hit> {
    let k = if s.is(i, "the") { i + 1 } else { i };
    let Lex::Shift(shift) = s.lex(k) else {
        return None;
    };
    if !matches!(shift, Shift::Last | Shift::Next) {
        return None;
    }
    if let Some(h) = rolling_quarters(s, i, k, shift) {
        return Some(h);
    }
    let a = super::relative::amount_at(s, k + 1)?;
    if s.is_any(k + 1, &["a", "an"]) {
        return None;
    }
    let sign = if shift == Shift::Last { -1 } else { 1 };
    let other = super::relative::shift_by(s.reference, &a, sign);
    // The far end is at day precision: "the past two years" from a day.
    let other = match (s.reference, a.months, a.days) {
        (Some(r), Some(m), Some(d)) => Stamp::of(r.add_months(sign * m).add_days(sign * d)),
        _ => other,
    };
    let here = Stamp::maybe(s.reference);
    let (x, y) = if sign < 0 {
        (other, here)
    } else {
        (here, other)
    };
    Some(Hit::range(i, a.last, x, y))
}

/// "the past two quarters", "next 7 quarters": whole quarters before or
/// after the reference date's.
fn rolling_quarters(s: &Scan, i: usize, k: usize, shift: Shift) -> Option<Hit> {
    let (n, next) = super::relative::count_at(s, k + 1)?;
    if !s.is_any(next, &["quarters", "quarter"]) || s.is_any(k + 1, &["a", "an", "half"]) {
        return None;
    }
    let span = match (s.reference, n) {
        (Some(r), Some(n)) if n.fract() == 0.0 && n <= 400.0 => {
            let this = r.month_start().add_months(-i64::from((r.month - 1) % 3));
            let n = n as i64;
            let (a, b) = if shift == Shift::Last {
                (this.add_months(-3 * n), this.add_days(-1))
            } else {
                (this.add_months(3), this.add_months(3 * n + 3).add_days(-1))
            };
            Some((Stamp::of(a), Stamp::of(b)))
        }
        _ => None,
    };
    let (a, b) = span.unwrap_or((Stamp::UNKNOWN, Stamp::UNKNOWN));
    Some(Hit::range(i, next, a, b))
}

/// "earlier this month", "late last year", "early next week", "the end of the
/// year", "end of next week", "the beginning of this month".
fn edged_relative(s: &Scan, i: usize) -> Option<Hit> {
    let (edge, mut k) = edge_at(s, i)?;
    // "earlier in the week", "later in the year"
    if matches!(edge, Edge::Earlier | Edge::Later) && s.is(k, "in") {
        k += 1;
    }
    let shift = match s.lex(k) {
        Lex::Shift(sh) => sh,
        _ if s.is(k, "the") => Shift::This,
        // "end of month", "end of year"
        _ if matches!(edge, Edge::End | Edge::Start) && period_word(s, k).is_some() => {
            k -= 1;
            Shift::This
        }
        _ => return None,
    };
    let unit = period_word(s, k + 1)?;
    let span = s
        .reference
        .and_then(|r| shifted_span(r, shift, unit).map(|(a, b)| (a, b, r)));
    let (a, b) = match span {
        Some((a, b, r)) => apply_edge(edge, a, b, Some(r)),
        None => (Stamp::UNKNOWN, Stamp::UNKNOWN),
    };
    Some(Hit::range(i, k + 1, a, b))
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::{dates, dates_on};

    const REF: &str = "2025-10-31";

    #[test]
    fn a_year_needs_a_date_word() {
        assert_eq!(
            dates_on(
                "Tensions grew since the Taliban takeover in 2021, he said.",
                REF
            ),
            [("2021", "date", "2021", "")]
        );
        assert!(dates("About 2021 people signed the petition.").is_empty());
        assert!(dates("The charity helped in 2000 cases.").is_empty());
    }

    #[test]
    fn a_year_before_the_noun_it_modifies() {
        assert_eq!(
            dates("Turnout fell below the 2016 election level."),
            [("2016", "date", "2016", "")]
        );
        assert_eq!(
            dates("A 2014 study by the institute found no link."),
            [("2014", "date", "2014", "")]
        );
        assert_eq!(
            dates("The senator’s 2008 campaign never recovered."),
            [("2008", "date", "2008", "")]
        );
        assert_eq!(
            dates("Her 2000 and 2006 Senate races were easy."),
            [("2000", "date", "2000", ""), ("2006", "date", "2006", "")]
        );
        assert!(dates("A fire broke out in the 1500 block of Elm Street.").is_empty());
        assert!(dates("Police stopped a driver of 1907 Fenwick Drive.").is_empty());
        assert!(dates("It has a resolution of 1800 x 1920 per eye.").is_empty());
        assert!(dates("The screen shows a 1920 x 1080 picture.").is_empty());
        assert!(dates("The 2000 delegates voted.").is_empty());
    }

    #[test]
    fn a_season_week_and_a_compound_are_not_periods() {
        assert!(
            dates_on("The Lions' Week 12 game moved to Sunday night.", REF)
                .iter()
                .all(|r| r.0 != "Week 12")
        );
        assert_eq!(
            dates_on("Sales peaked in week 31.", REF),
            [("week 31", "date_range", "2025-07-28", "2025-08-03")]
        );
        assert!(dates_on("Prices held steady over the last quarter-century.", REF).is_empty());
    }

    #[test]
    fn this_weekend_in_the_past_tense_is_the_one_just_gone() {
        // 27 October 2025 is a Monday.
        assert_eq!(
            dates_on(
                "The president told donors this weekend that he would run.",
                "2025-10-27"
            ),
            [("this weekend", "date_range", "2025-10-25", "2025-10-26")]
        );
        assert_eq!(
            dates_on("The team plays this weekend in Leeds.", "2025-10-27"),
            [("this weekend", "date_range", "2025-11-01", "2025-11-02")]
        );
    }

    #[test]
    fn a_game_quarter_is_not_a_quarter_of_the_year() {
        assert!(dates_on("The Eagles scored 24 points in the third quarter.", REF).is_empty());
        assert_eq!(
            dates_on("Revenue fell in the third quarter.", REF),
            [(
                "the third quarter",
                "date_range",
                "2025-07-01",
                "2025-09-30"
            )]
        );
    }

    #[test]
    fn a_fiscal_year_is_a_year() {
        assert_eq!(
            dates("The chain sees fiscal year 2019 sales growth of 2%."),
            [("year 2019", "date", "2019", "")]
        );
    }

    #[test]
    fn months_with_and_without_years() {
        assert_eq!(
            dates("Inflation peaked in October 2025."),
            [("October 2025", "date", "2025-10", "")]
        );
        assert_eq!(
            dates_on("The bill passed in March.", REF),
            [("March", "date", "2025-03", "")]
        );
        assert_eq!(
            dates_on("The bill goes to a vote in January.", REF),
            [("January", "date", "2026-01", "")]
        );
        assert_eq!(
            dates_on("He resigned last March.", REF),
            [("last March", "date", "2025-03", "")]
        );
        assert!(dates("Protesters march on the capital.").is_empty());
        assert_eq!(
            dates_on("It was fixed as recently as May of this year.", REF),
            [("May of this year", "date", "2025-05", "")]
        );
    }

    #[test]
    fn thirds_of_a_month() {
        assert_eq!(
            dates_on("Talks resume in mid-November.", REF),
            [("mid-November", "date_range", "2025-11-11", "2025-11-20")]
        );
    }

    #[test]
    fn decades_and_centuries() {
        assert_eq!(
            dates("Growth slowed in the 1990s."),
            [("the 1990s", "date_range", "1990", "1999")]
        );
        assert_eq!(
            dates("A hit song of the '80s."),
            [("the '80s", "date_range", "1980", "1989")]
        );
        assert!(dates("She is in her 80s.").is_empty());
        assert_eq!(
            dates("Ideas from the 21st century."),
            [("the 21st century", "date_range", "2000", "2099")]
        );
    }

    #[test]
    fn seasons_and_quarters() {
        assert_eq!(
            dates("Sales slumped in summer 2016."),
            [("summer 2016", "date_range", "2016-06-01", "2016-08-31")]
        );
        assert_eq!(
            dates("Profit rose in the third quarter of 2016."),
            [(
                "the third quarter of 2016",
                "date_range",
                "2016-07-01",
                "2016-09-30"
            )]
        );
        assert_eq!(
            dates_on("Q3 revenue beat forecasts.", REF),
            [("Q3", "date_range", "2025-07-01", "2025-09-30")]
        );
        assert!(dates("The fall of Kabul shocked many.").is_empty());
    }

    #[test]
    fn periods_relative_to_publication() {
        assert_eq!(
            dates_on("Prices rose last week.", REF),
            [("last week", "date_range", "2025-10-20", "2025-10-26")]
        );
        assert_eq!(
            dates_on("Elections are due next month.", REF),
            [("next month", "date_range", "2025-11-01", "2025-11-30")]
        );
        assert_eq!(
            dates_on("Deaths doubled over the past two weeks.", REF),
            [(
                "the past two weeks",
                "date_range",
                "2025-10-17",
                "2025-10-31"
            )]
        );
        assert_eq!(
            dates_on("It was announced earlier this month.", REF),
            [(
                "earlier this month",
                "date_range",
                "2025-10-01",
                "2025-10-30"
            )]
        );
        assert_eq!(
            dates_on("Growth stalled late last year.", REF),
            [("late last year", "date_range", "2024-09-01", "2024-12-31")]
        );
        assert_eq!(
            dates_on("Talks stalled the following week.", REF),
            [("the following week", "date_range", "", "")]
        );
    }

    #[test]
    fn what_is_left_and_what_comes_after() {
        assert_eq!(
            dates_on("Schools stay shut for the rest of the week.", REF),
            [(
                "the rest of the week",
                "date_range",
                "2025-10-31",
                "2025-11-02"
            )]
        );
        assert_eq!(
            dates_on("Talks resume the week after next.", REF),
            [(
                "the week after next",
                "date_range",
                "2025-11-10",
                "2025-11-16"
            )]
        );
        assert_eq!(
            dates_on("Revenue fell in the past two quarters.", REF),
            [(
                "the past two quarters",
                "date_range",
                "2025-04-01",
                "2025-09-30"
            )]
        );
        assert_eq!(
            dates_on("The plant opens in June next year.", REF),
            [("June next year", "date", "2026-06", "")]
        );
    }

    #[test]
    fn weeks() {
        assert_eq!(
            dates_on("Rallies are planned for the week of November 30th.", REF),
            [(
                "the week of November 30th",
                "date_range",
                "2025-11-24",
                "2025-11-30"
            )]
        );
        assert_eq!(
            dates_on("Polls open the first week of July.", REF),
            [(
                "the first week of July",
                "date_range",
                "2025-07-01",
                "2025-07-07"
            )]
        );
        assert_eq!(
            dates_on("Protests grew over the weekend.", REF),
            [("the weekend", "date_range", "2025-10-25", "2025-10-26")]
        );
    }
}
