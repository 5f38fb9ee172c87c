//! Dates, date ranges, times and durations, resolved against the reference
//! (publication) date when the text is relative ("on Friday", "last week").
//!
//! One rule family per file; each reads the tokens around a position and
//! answers with its longest match there (a [`Hit`]). [`find`] asks every
//! family at every token that can start a date, and [`crate::figures::resolve`]
//! keeps the longest non-overlapping figures. Families that build on others
//! (ranges, times with their day, "three days after Christmas") ask
//! [`Scan::point`] for the day-level date at a position.
//!
//! - [`absolute`]: "12 October", "Oct. 12, 2025", "the fourth of May", "the 27th"
//! - [`numeric`]: "12/10/2025", "2025-10-12", "11/2016"
//! - [`weekday`]: "on Friday", "last Tuesday", "Thursday night"
//! - [`relative`]: "yesterday", "two weeks ago", "in three days", "the next day"
//! - [`period`]: "October 2025", "in 2021", "the 1990s", "summer 2016", "Q3", "last week"
//! - [`range`]: "from 25th to 30th October", "18-19 October", "2015-2017"
//! - [`holiday`]: "Christmas Eve", "Easter 2018" (names in `lists/holidays.txt`)
//! - [`time`]: "3pm", "14:30", "noon", "Friday at 3pm"
//! - [`duration`]: "three weeks", "90 minutes", "24-hour"
//! - [`resolve`]: year inference against the reference date
//! - [`tense`]: which way a date's clause points ("was approved in April",
//!   "will open in April"), for the year of a date written without one

pub mod calendar;

mod absolute;
mod duration;
mod holiday;
mod lexicon;
mod numeric;
mod period;
mod range;
mod relative;
mod resolve;
mod tense;
mod time;
mod weekday;

#[cfg(test)]
mod tests;

pub use calendar::Date;
pub use resolve::Stamp;

use crate::figures::decimal::push_int;
use crate::figures::numeral::NumeralKind;
use crate::figures::{Ctx, Found};
use crate::model::{Approx, Figure, FigureKind};
use crate::text::{Doc, TokenKind};
use lexicon::{Key, Lex, Tag};
use std::cell::RefCell;

/// What a rule found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum What {
    /// A single date at some precision.
    Date(Stamp),
    /// A stretch of dates, both ends included.
    DateRange(Stamp, Stamp),
    /// A clock time in hours (15.5 = 3:30 pm), or a range of them; `day` when
    /// the text ties it to a day.
    Time {
        hours: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        day: Option<Stamp>,
    },
    /// A length of time.
    Duration {
        value: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        unit: Option<&'static str>,
        approx: Approx,
    },
}

/// A rule's match over tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Hit {
    pub first: usize,
    pub last: usize,
    pub what: What,
}

impl Hit {
    pub fn date(first: usize, last: usize, s: Stamp) -> Hit {
        Hit {
            first,
            last,
            what: What::Date(s),
        }
    }

    pub fn range(first: usize, last: usize, a: Stamp, b: Stamp) -> Hit {
        Hit {
            first,
            last,
            what: What::DateRange(a, b),
        }
    }

    /// The stamp a range starting with this hit starts at.
    pub fn start_stamp(&self) -> Option<Stamp> {
        match self.what {
            What::Date(s) | What::DateRange(s, _) => Some(s),
            _ => None,
        }
    }

    /// The stamp a range ending with this hit ends at.
    pub fn end_stamp(&self) -> Option<Stamp> {
        match self.what {
            What::Date(s) | What::DateRange(_, s) => Some(s),
            _ => None,
        }
    }
}

/// A day of the month as written: "12", "12th", "twelfth", "twenty-first".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DayNum {
    pub value: u8,
    pub last: usize,
    pub ordinal: bool,
    pub words: bool,
}

/// Words after which a month or a year reads as a date ("in May", "since 2021").
const CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "til",
    "from",
    "of",
    "during",
    "before",
    "after",
    "through",
    "throughout",
    "between",
    "this",
    "next",
    "last",
    "early",
    "mid",
    "late",
    "around",
    "circa",
    "year",
];

/// The prepositions among [`CUES`]: a lowercase "may" or "march" is a month only
/// after one of these.
const PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "during",
    "before",
    "after",
    "through",
    "throughout",
    "of",
];

/// Small words that do not make "2021 ___" a count of something.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "to",
    "when",
    "after",
    "before",
    "as",
    "with",
    "for",
    "in",
    "on",
    "at",
    "by",
    "from",
    "of",
    "that",
    "which",
    "while",
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "have",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "there",
    "this",
    "than",
    "only",
    "also",
    "until",
    "through",
    "where",
    "who",
    "said",
    "says",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "be",
    "been",
    "not",
    "so",
    "if",
    "then",
    "during",
    "under",
    "over",
    "into",
    "since",
    "up",
    "out",
    "about",
    "against",
    "alone",
    "already",
    "because",
    "both",
    "each",
    "even",
    "ever",
    "just",
    "more",
    "most",
    "now",
    "onwards",
    "onward",
    "saw",
    "brought",
    "became",
    "began",
    "via",
    "amid",
    "following",
    "ahead",
];

/// Nouns that count without a plural "s", and units: "2000 people", "1500 km".
const COUNTED: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "police",
    "personnel",
    "staff",
    "cattle",
    "feet",
    "km",
    "kg",
    "mph",
    "m",
    "cm",
    "mm",
    "ha",
    "mw",
    "gw",
    "kw",
    "kwh",
    "bn",
    "mn",
    "tonnes",
    "metres",
    "meters",
    "miles",
    "per",
    "percent",
    "pc",
    "times",
    "more",
    "fewer",
    "less",
];

/// Words that may be glued before a number that starts a date or a time:
/// "FY2020", "pre-2008", "midnight-to-8 a.m.".
const GLUED_BEFORE_NUMBER: &[&str] = &[
    "fy", "pre", "post", "circa", "c", "to", "and", "or", "from", "through", "until", "till",
    "til", "by", "at", "in", "on", "since",
];

/// What [`Scan::may_start`] allows at a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    No,
    Holiday,
    Any,
}

/// Positions remembered by [`Scan::memo`].
const MEMO: usize = 64;
type Memo = [(usize, Option<Hit>); MEMO];

/// Per-document state every rule reads: the tokens' tags and the reference date.
pub(crate) struct Scan<'a> {
    pub doc: &'a Doc<'a>,
    pub ctx: &'a Ctx<'a>,
    pub tags: Vec<Tag>,
    /// Whether a token ends a numeral.
    pub num_end: Vec<bool>,
    /// Read "3/4/2020" as 3 April: the text writes its days first elsewhere.
    pub day_first: bool,
    pub reference: Option<Date>,
    points: RefCell<Memo>,
    periods: RefCell<Memo>,
}

/// Adds every date, date range, time and duration in the document to `out`.
/// The rules it calls are `#[inline(never)]` so that it stays a small function:
/// Chromium optimises hot functions during the first analysis, and a
/// dispatcher with every rule inlined into it is slow to optimise (see
/// `tools/wasm-functions.mjs`).
pub fn find(ctx: &Ctx, out: &mut Vec<Found>) {
    let s = Scan::new(ctx);
    for i in 0..s.doc.len() {
        match s.may_start(i) {
            Start::No => continue,
            Start::Holiday => {
                if let Some(f) = holiday::at(&s, i).and_then(|h| s.found(h)) {
                    out.push(f);
                }
                continue;
            }
            Start::Any => {}
        }
        let hits = [
            s.point(i),
            s.period(i),
            range::at(&s, i),
            time::at(&s, i),
            duration::at(&s, i),
        ];
        for h in hits.into_iter().flatten() {
            if let Some(f) = s.found(h) {
                out.push(f);
            }
        }
    }
}

impl<'a> Scan<'a> {
    pub fn new(ctx: &'a Ctx<'a>) -> Scan<'a> {
        let doc = ctx.doc;
        let tags = lexicon::tag(doc);
        let mut num_end = vec![false; doc.len()];
        for n in &ctx.numerals {
            if let Some(e) = num_end.get_mut(n.last) {
                *e = true;
            }
        }
        let mut s = Scan {
            doc,
            ctx,
            tags,
            num_end,
            day_first: false,
            reference: ctx.reference,
            points: RefCell::new([(0, None); MEMO]),
            periods: RefCell::new([(0, None); MEMO]),
        };
        s.day_first = numeric::prefers_day_first(&s);
        s
    }

    /// Whether token `k` can be part of a date: a tagged word, digits, a
    /// numeral, an apostrophe ("'80s").
    fn interesting(&self, k: usize) -> bool {
        match self.tags.get(k) {
            Some(t) if t.lex != Lex::Other || t.holiday => true,
            Some(_) => match self.doc.kind(k) {
                Some(TokenKind::Digits) => true,
                Some(TokenKind::Word) => self.ctx.numeral_at(k).is_some(),
                _ => self.apostrophe(k),
            },
            None => false,
        }
    }

    /// Which rules can start at token `i` (a cheap filter: most tokens start
    /// none). A small word ("the", "in", "last", "over") starts a date only
    /// with a date word right after it (or within three tokens for "more than
    /// two", "the end of May").
    #[inline(never)]
    fn may_start(&self, i: usize) -> Start {
        let Some(t) = self.tags.get(i) else {
            return Start::No;
        };
        let near = |n: usize| (i + 1..=i + n).any(|k| self.interesting(k));
        let go = |ok: bool| if ok { Start::Any } else { Start::No };
        let start = match t.lex {
            Lex::Key(Key::The | Key::A | Key::In | Key::From | Key::Between | Key::Misc)
            | Lex::Shift(_) => go(near(1)),
            Lex::Key(Key::Approx) | Lex::Edge(_) => go(near(3)),
            Lex::Other if t.holiday => Start::Holiday,
            Lex::Other => go(self.interesting(i)),
            _ => Start::Any,
        };
        if self.kind(i) == Some(TokenKind::Digits) && self.in_identifier(i) {
            return Start::No;
        }
        // "@sunday_woman", "#May2019", "ver_2021": handles and identifiers.
        let handle = i > 0
            && self.glued(i)
            && (self.punct(i - 1, '@') || self.punct(i - 1, '#') || self.punct(i - 1, '_'));
        if start == Start::No || handle || (self.glued(i + 1) && self.punct(i + 1, '_')) {
            return Start::No;
        }
        start
    }

    /// Whether digits at `i` are glued, through digits and marks, to letters
    /// before them: "x7-8400H", "pic.twitter.com/Kq7dw2h9Tm", "A350". A month
    /// or an edge ("mid-2019", "May2019") or a word of
    /// [`GLUED_BEFORE_NUMBER`] ("FY2020-22", "midnight-to-8") leaves it
    /// readable.
    fn in_identifier(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..6 {
            if k == 0 || !self.glued(k) {
                return false;
            }
            k -= 1;
            // "says:30 December", "(Tue)-11:30": only "-", ".", "/" and "_"
            // hold an identifier together.
            let joiner = ['-', '.', '/', '_'].iter().any(|&c| self.punct(k, c));
            if self.kind(k) == Some(TokenKind::Punct) && !joiner {
                return false;
            }
            if self.is_word(k) {
                let date_word = matches!(self.lex(k), Lex::Month { .. } | Lex::Edge(_));
                return !date_word && !self.is_any(k, GLUED_BEFORE_NUMBER);
            }
        }
        false
    }

    /// The longest single date (a day, or a day-level relative date) at `i`.
    pub fn point(&self, i: usize) -> Option<Hit> {
        Self::memo(&self.points, i, || self.point_with(i, relative::at))
    }

    /// The longest period at `i` ([`period::at`], remembered).
    pub fn period(&self, i: usize) -> Option<Hit> {
        Self::memo(&self.periods, i, || period::at(self, i))
    }

    /// `f()` for token `i`, from a small cache of recent positions: the rules
    /// that build on points (ranges, times) ask for the same few tokens.
    fn memo(cache: &RefCell<Memo>, i: usize, f: impl FnOnce() -> Option<Hit>) -> Option<Hit> {
        let slot = i % MEMO;
        if let Ok(m) = cache.try_borrow() {
            if let Some(&(key, hit)) = m.get(slot) {
                if key == i + 1 {
                    return hit;
                }
            }
        }
        let hit = f();
        if let Ok(mut m) = cache.try_borrow_mut() {
            if let Some(e) = m.get_mut(slot) {
                *e = (i + 1, hit);
            }
        }
        hit
    }

    /// [`Scan::point`] without relative shifts ("three days after …"), for
    /// the rules that build on a point themselves.
    pub fn point_simple(&self, i: usize) -> Option<Hit> {
        self.point_with(i, relative::simple_at)
    }

    /// The longest day-level date at `i`, relative dates read by `relative`.
    fn point_with(&self, i: usize, relative: fn(&Scan, usize) -> Option<Hit>) -> Option<Hit> {
        self.longest(&[
            absolute::at(self, i),
            numeric::at(self, i),
            weekday::at(self, i),
            relative(self, i),
            holiday::at(self, i),
        ])
    }

    /// The longest of `hits` (in bytes; the first on ties).
    pub fn longest(&self, hits: &[Option<Hit>]) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        for &h in hits.iter().flatten() {
            let len = self.doc.end(h.last).saturating_sub(self.doc.start(h.first));
            match best {
                Some(b) if self.doc.end(b.last).saturating_sub(self.doc.start(b.first)) >= len => {}
                _ => best = Some(h),
            }
        }
        best
    }

    pub fn lex(&self, i: usize) -> Lex {
        self.tags.get(i).map_or(Lex::Other, |t| t.lex)
    }

    /// Whether token `i` is the word `w` (lowercase), ignoring ASCII case.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.doc.is(i, w)
    }

    /// Whether token `i` is one of `words` (lowercase), ignoring ASCII case.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.doc.is_any(i, words)
    }

    /// Whether token `i` is the punctuation mark `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.doc.is_punct(i, c)
    }

    /// A hyphen or dash of any kind.
    /// A hyphen or an en dash. An em dash ("—") sets off a clause in prose;
    /// it joins no range.
    pub fn dash(&self, i: usize) -> bool {
        self.punct(i, '-') || self.punct(i, '–') || self.punct(i, '‒')
    }

    pub fn apostrophe(&self, i: usize) -> bool {
        self.punct(i, '\'') || self.punct(i, '’') || self.punct(i, '‘')
    }

    pub fn glued(&self, i: usize) -> bool {
        self.doc.glued(i)
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.kind(i)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    /// The value and length of a digit run (at most nine digits).
    pub fn digits(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TokenKind::Digits) {
            return None;
        }
        let b = self.doc.tok(i).as_bytes();
        if b.is_empty() || b.len() > 9 {
            return None;
        }
        let v = b
            .iter()
            .fold(0u32, |v, d| v * 10 + u32::from(d.wrapping_sub(b'0')));
        Some((v, b.len()))
    }

    /// Whether token `i` starts with an uppercase letter.
    pub fn cap(&self, i: usize) -> bool {
        self.word_starts(i, char::is_uppercase)
    }

    /// Whether token `i` is a word starting with a lowercase letter.
    pub fn lower_word(&self, i: usize) -> bool {
        self.word_starts(i, char::is_lowercase)
    }

    /// Whether token `i` is a word whose first letter passes `test`.
    fn word_starts(&self, i: usize, test: fn(char) -> bool) -> bool {
        self.is_word(i) && self.doc.tok(i).chars().next().is_some_and(test)
    }

    /// Whether token `i` starts a sentence, a line or a quotation.
    pub fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || self.doc.line_break_before(i)
            || ['.', '!', '?', ':', ';', '"', '“', '(', '[']
                .iter()
                .any(|&c| self.punct(i - 1, c))
    }

    /// Whether token `i` is glued to a punctuation mark in `marks` that is glued
    /// to digits before it: the middle of "6,107.31" or "18-19".
    pub fn chain_before(&self, i: usize) -> bool {
        i >= 2
            && self.glued(i)
            && self.glued(i - 1)
            && ['.', ',', ':', '/', '-']
                .iter()
                .any(|&c| self.punct(i - 1, c))
            && self.kind(i - 2) == Some(TokenKind::Digits)
    }

    /// Whether token `last` is followed by a glued mark and more digits.
    pub fn chain_after(&self, last: usize) -> bool {
        self.glued(last + 1)
            && self.glued(last + 2)
            && ['.', ',', ':', '/', '-']
                .iter()
                .any(|&c| self.punct(last + 1, c))
            && self.kind(last + 2) == Some(TokenKind::Digits)
    }

    /// A day of the month at `i`: "12", "12th", "twelfth", "twenty-first",
    /// "twenty one" (words: callers decide whether cardinal words count).
    pub fn day_num(&self, i: usize) -> Option<DayNum> {
        match self.kind(i)? {
            TokenKind::Digits => {
                let (v, len) = self.digits(i)?;
                // "6,107.31", "14:30" (but "18-19" and "12/10" are fine).
                let decimal = ['.', ',', ':']
                    .iter()
                    .any(|&c| i > 0 && self.punct(i - 1, c));
                if len > 2 || v == 0 || v > 31 || (decimal && self.chain_before(i)) {
                    return None;
                }
                if self.glued(i + 1) && self.is_any(i + 1, &["st", "nd", "rd", "th"]) {
                    return Some(DayNum {
                        value: v as u8,
                        last: i + 1,
                        ordinal: true,
                        words: false,
                    });
                }
                // "6.5", "3,400", "14:30" (but "18-19" and "12/10" are fine).
                let decimal = ['.', ',', ':'].iter().any(|&c| self.punct(i + 1, c));
                if decimal && self.chain_after(i) {
                    return None;
                }
                Some(DayNum {
                    value: v as u8,
                    last: i,
                    ordinal: false,
                    words: false,
                })
            }
            TokenKind::Word => {
                let n = self.ctx.numeral_at(i)?;
                if !n.words
                    || n.scaled
                    || n.value.fract() != 0.0
                    || !(1.0..=31.0).contains(&n.value)
                {
                    return None;
                }
                Some(DayNum {
                    value: n.value as u8,
                    last: n.last,
                    ordinal: n.kind == NumeralKind::Ordinal,
                    words: true,
                })
            }
            TokenKind::Punct => None,
        }
    }

    /// A year at `i`: four digits 1000–2199 standing alone, or a year in words
    /// ("two thousand and eighteen").
    pub fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        match self.kind(i)? {
            TokenKind::Digits => {
                let (v, len) = self.digits(i)?;
                let alone = !(self.chain_before(i)
                    || self.chain_after(i)
                    || (self.glued(i + 1) && self.is_word(i + 1)));
                (len == 4 && (1000..=2199).contains(&v) && alone).then_some((v as i32, i))
            }
            TokenKind::Word => {
                let n = self.ctx.numeral_at(i)?;
                let ok = n.words
                    && n.kind == NumeralKind::Cardinal
                    && n.value.fract() == 0.0
                    && (1000.0..=2199.0).contains(&n.value);
                ok.then_some((n.value as i32, n.last))
            }
            TokenKind::Punct => None,
        }
    }

    /// Whether a word in `CUES` comes right before token `i`.
    pub fn cue_before(&self, i: usize) -> bool {
        i > 0 && self.is_any(i - 1, CUES)
    }

    fn preposition_before(&self, i: usize) -> bool {
        i > 0 && self.is_any(i - 1, PREPOSITIONS)
    }

    /// Whether a date part follows token `i`: a day or year number, an ordinal,
    /// "the" + ordinal, "[of] this/last/next year".
    fn date_part_after(&self, i: usize) -> bool {
        let j = if self.punct(i + 1, '.') && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let ordinal = |k: usize| {
            self.ctx
                .numeral_at(k)
                .is_some_and(|n| n.kind == NumeralKind::Ordinal && n.value <= 31.0)
        };
        // "May of this year", "March last year"
        let k = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        let shifted_year = matches!(self.lex(k), Lex::Shift(_)) && self.is(k + 1, "year");
        shifted_year
            || self.day_num(j).is_some_and(|d| !d.words || d.ordinal)
            || self.year_at(j).is_some()
            || (self.punct(j, ',')
                && self.digits(j + 1).is_some_and(|(_, l)| l == 4)
                && self.year_at(j + 1).is_some())
            || (self.is(j, "the") && ordinal(j + 1))
            || ((self.dash(i + 1) || self.punct(i + 1, '/'))
                && self.glued(i + 1)
                && self.kind(i + 2) == Some(TokenKind::Digits))
    }

    /// The month named at `i`, if it is one here. `strong`: the caller has a
    /// day or a year right before it ("12 May"), or reads it as the second end
    /// of a range.
    ///
    /// Full names are months unless they look like a first name ("April Ryan").
    /// "May", "March", lowercase "august" and abbreviations need a date beside
    /// them ("May 12", "12 May 2025") or a date word before them ("in May",
    /// "since March"); a lowercase "may"/"march" needs a preposition ("in may").
    pub fn month_at(&self, i: usize, strong: bool) -> Option<u8> {
        let Lex::Month { month, abbr } = self.lex(i) else {
            return None;
        };
        if i > 0
            && self.glued(i)
            && (self.punct(i - 1, '$') || self.punct(i - 1, '#') || self.punct(i - 1, '@'))
        {
            return None;
        }
        let lower = !self.cap(i);
        let verbish = lower && matches!(month, 3 | 5);
        let ambiguous = abbr || matches!(month, 3 | 5) || (month == 8 && lower);
        if self.date_part_after(i) {
            return Some(month);
        }
        if strong {
            // "20 may be killed": a lowercase "may" before a lowercase word is the verb.
            return (!(verbish && self.verb_follows(i + 1))).then_some(month);
        }
        if ambiguous {
            if !self.cue_before(i) || (verbish && !self.preposition_before(i)) {
                return None;
            }
            return (!(verbish && self.verb_follows(i + 1))).then_some(month);
        }
        // "April Ryan", "June Carter": a capitalized word after a capitalized
        // month with nothing datelike before it.
        if !self.cue_before(i)
            && self.cap(i)
            && self.cap(i + 1)
            && self.lex(i + 1) == Lex::Other
            && !self.doc.line_break_before(i + 1)
        {
            return None;
        }
        Some(month)
    }

    /// Whether token `k` reads as what follows the verb "may"/"march" ("be",
    /// "have", "not", "towards"): a lowercase word other than the few that
    /// follow a month ("and", "to", "of", "in"…).
    fn verb_follows(&self, k: usize) -> bool {
        self.lower_word(k)
            && !self.is_any(
                k,
                &[
                    "and", "or", "to", "through", "until", "till", "in", "of", "when", "at", "on",
                    "for", "with", "from", "after", "before", "last", "this", "next",
                ],
            )
    }

    /// The weekday named at `i` (0 = Monday), if it is one here. "Sat", "Sun",
    /// "Wed" and "Mon" are also words and names: they need a date after them
    /// (`strong`) or a date word before them ("on Sun"). "the Sunday Times"
    /// (after "the", before a capitalized word) is a name.
    pub fn weekday_at(&self, i: usize, strong: bool) -> Option<u8> {
        let Lex::Weekday { day, abbr } = self.lex(i) else {
            return None;
        };
        // "the Sunday Times", "the Sunday Business section": a name.
        if !strong
            && i > 0
            && self.is(i - 1, "the")
            && self.cap(i + 1)
            && self.lex(i + 1) == Lex::Other
            && !self.doc.line_break_before(i + 1)
        {
            return None;
        }
        if abbr && self.is_any(i, &["sat", "sun", "wed", "mon"]) && !strong {
            let before = i > 0
                && self.is_any(
                    i - 1,
                    &["on", "this", "next", "last", "by", "until", "from", "since"],
                );
            if !before {
                return None;
            }
        }
        Some(day)
    }

    /// Whether the clause around token `i` speaks of the future: "will",
    /// "shall", "'ll", "going to", "due to", "scheduled", "expected" before
    /// it in the sentence, or after it when the date opens the sentence
    /// ("On Friday, ministers will meet").
    pub fn future(&self, i: usize) -> bool {
        let marker = |k: usize| {
            let t = self.doc.tok(k);
            self.is_any(
                k,
                &[
                    "will",
                    "shall",
                    "won't",
                    "scheduled",
                    "expected",
                    "plans",
                    "planned",
                    "upcoming",
                    "due",
                ],
            ) || t.ends_with("'ll")
                || t.ends_with("’ll")
                || (self.is(k, "going") && self.is(k + 1, "to"))
        };
        // "On Friday, ministers will meet": a date opening its sentence looks
        // after itself too.
        let opens = self.sentence_start(i) || (i > 0 && self.sentence_start(i - 1));
        self.clause_around(i, i, opens).any(marker)
    }

    /// Whether token `k` ends a clause: "!", "?", ";" or a full stop that is
    /// not the dot of a short capitalised abbreviation ("Mr.", "Gov.").
    pub fn ends_clause(&self, k: usize) -> bool {
        if self.punct(k, '.') {
            let abbreviation =
                k > 0 && self.glued(k) && self.cap(k - 1) && self.doc.tok(k - 1).len() <= 4;
            return !abbreviation;
        }
        self.punct(k, '!') || self.punct(k, '?') || self.punct(k, ';')
    }

    /// The tokens of the clause around `first..=last`, nearest first: up to
    /// twelve before it back to the clause start, then, when `after` is set,
    /// up to twelve after it to the clause end. Never across a line break.
    pub fn clause_around(
        &self,
        first: usize,
        last: usize,
        after: bool,
    ) -> impl Iterator<Item = usize> + '_ {
        let mut k = first;
        let mut steps = 0;
        let before = std::iter::from_fn(move || {
            if k == 0 || steps >= 12 || self.doc.line_break_before(k) {
                return None;
            }
            k -= 1;
            steps += 1;
            (!self.ends_clause(k)).then_some(k)
        });
        let end = if after {
            (last + 13).min(self.doc.len())
        } else {
            last + 1
        };
        let after = (last + 1..end)
            .take_while(move |&j| !self.doc.line_break_before(j) && !self.ends_clause(j));
        before.fuse().chain(after)
    }

    /// Whether a counted noun follows token `last` ("2021 people", "1500
    /// troops", "2000 km", "15%"): the number before it counts something. A
    /// singular noun is read as a modifier ("the 2020 election", "the 2014-18
    /// war").
    pub fn measure_after(&self, last: usize) -> bool {
        let j = last + 1;
        if self.punct(j, '%') {
            return true;
        }
        if !self.lower_word(j) || self.lex(j) != Lex::Other || self.doc.line_break_before(j) {
            return false;
        }
        let t = self.doc.tok(j);
        let plural = t.len() > 3
            && t.ends_with('s')
            && !t.ends_with("ss")
            && !t.ends_with("us")
            && !t.ends_with("is");
        (plural || self.is_any(j, COUNTED)) && !self.is_any(j, FUNCTION_WORDS)
    }

    /// The tense of the clause around `h`, when `st` needs it to find its year.
    fn tense_for(&self, st: &Stamp, h: &Hit) -> tense::Tense {
        if self.reference.is_some() && st.year.is_none() && st.month.is_some() {
            self.tense(h.first, h.last)
        } else {
            tense::Tense::Unknown
        }
    }

    /// Turns a hit into a figure, or drops it (a line break inside, an
    /// impossible date).
    fn found(&self, h: Hit) -> Option<Found> {
        if h.first > h.last || h.last >= self.doc.len() {
            return None;
        }
        if (h.first + 1..=h.last).any(|k| self.doc.line_break_before(k)) {
            return None;
        }
        let start = self.doc.start(h.first);
        let end = self.doc.end(h.last);
        let (kind, priority) = match h.what {
            What::Date(_) => (FigureKind::Date, 23),
            What::DateRange(..) => (FigureKind::DateRange, 24),
            What::Time { .. } => (FigureKind::Time, 22),
            What::Duration { .. } => (FigureKind::Duration, 21),
        };
        let mut f = Figure::untexted(start, end, kind);
        match h.what {
            What::Date(st) => {
                if !st.valid() {
                    return None;
                }
                let st = resolve::complete_in(self.reference, st, self.tense_for(&st, &h));
                f.date = st.iso();
            }
            What::DateRange(a, b) => {
                if !a.valid() || !b.valid() {
                    return None;
                }
                let tense = self.tense_for(&a, &h);
                let (a, b) = resolve::complete_range(self.reference, a, b, tense);
                if let (Some(x), Some(y)) = (a.date(), b.date()) {
                    if x > y {
                        return None;
                    }
                }
                f.date = a.iso();
                f.date_end = b.iso();
            }
            What::Time {
                hours,
                low,
                high,
                day,
            } => {
                f.value = hours;
                f.low = low;
                f.high = high;
                f.unit = Some("h".to_string());
                if let Some(day) = day {
                    if !day.valid() {
                        return None;
                    }
                    let day = resolve::complete_in(self.reference, day, self.tense_for(&day, &h));
                    if let (Some(iso), true) = (day.iso(), day.month.is_some() && day.day.is_some())
                    {
                        f.date = Some(match hours.or(low) {
                            Some(h) => {
                                let mins = (h * 60.0).round() as i64;
                                let mut at = iso;
                                at.push('T');
                                push_int(&mut at, mins / 60, 2);
                                at.push(':');
                                push_int(&mut at, mins % 60, 2);
                                at
                            }
                            None => iso,
                        });
                    }
                }
            }
            What::Duration {
                value,
                low,
                high,
                unit,
                approx,
            } => {
                f.value = value;
                f.low = low;
                f.high = high;
                f.unit = unit.map(str::to_string);
                f.approx = approx;
            }
        }
        Some(Found {
            figure: f,
            first: h.first,
            last: h.last,
            priority,
        })
    }
}
