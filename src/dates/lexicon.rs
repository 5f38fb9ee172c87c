//! ## What it finds
//! The date vocabulary of every token, looked up once per document: month and
//! weekday names, units of time, "yesterday"/"today"/"tomorrow", shifts
//! ("last", "next", "this"), edges ("early", "mid", "late"), seasons, decade
//! words, parts of the day and the first words of holiday names.
//!
//! ## Why a reader cares
//! Every date rule asks "is this token a month?" many times; asking a table
//! built once (a `OnceLock`) and tagging each token once keeps the whole pass
//! linear and cheap.
//!
//! ## Example
//! "last Friday night" → `Shift(Last)`, `Weekday { day: 4 }`, `Part(night)`.
//!
//! ## Limits
//! A tag says what a word can be, not what it is here: "May" is tagged a month
//! and the rules decide ("in May" yes, "may be" no). Possessives ("Friday's",
//! "this year's") take the tag of the word without "'s". Plurals of names
//! ("Fridays", "mornings") are recurring sets, not dates, and stay untagged.

use crate::lists;
use crate::text::{Doc, TokenKind};
use std::sync::OnceLock;

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The unit name used in figures (a fortnight counts as two weeks).
    pub fn name(self) -> &'static str {
        match self {
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Week | Unit::Fortnight => "week",
            Unit::Month => "month",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
        }
    }

    /// How many of [`Unit::name`] one of this unit is.
    pub fn factor(self) -> f64 {
        if self == Unit::Fortnight {
            2.0
        } else {
            1.0
        }
    }
}

/// Which way a shift word points: "last Friday", "next week", "this year".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// last, past, previous
    Last,
    /// next, coming, upcoming
    Next,
    /// this, current
    This,
    /// following: relative to the story's own time, not the publication date
    Following,
}

/// A part of a period: "early", "mid", "late", "the end of".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Early,
    Mid,
    Late,
    /// "earlier this month": from the period's start to the reference date
    Earlier,
    /// "later this year": from the reference date to the period's end
    Later,
    /// "the beginning of", "the start of"
    Start,
    /// "the end of"
    End,
    /// "the middle of"
    Middle,
}

/// Small words some rule starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    The,
    From,
    Between,
    /// "a", "an"
    A,
    /// "half", and the words that count one whole unit: "another", "all",
    /// "full", "whole", "entire"
    Half,
    /// "few", "several", "couple"
    Some,
    In,
    /// "now", "rest", "same": words some rule reads after "the" or "between"
    Misc,
    /// "q" of "Q3"
    Q,
    Weekend,
    Quarter,
    Noon,
    Midnight,
    /// A word that can open a bound: "over", "more", "nearly", "about", "at", "up"…
    Approx,
}

/// What a token can be, for the date rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lex {
    Other,
    /// A month, 1–12; `abbr` for "Jan", "Sept"…
    Month {
        month: u8,
        abbr: bool,
    },
    /// A weekday, 0 = Monday; `abbr` for "Fri", "Tues"…
    Weekday {
        day: u8,
        abbr: bool,
    },
    Unit(Unit),
    /// yesterday (-1), today (0), tomorrow (1)
    DayWord(i8),
    /// tonight
    Tonight,
    Shift(Shift),
    Edge(Edge),
    /// A part of the day: index into [`parts`].
    Part(u8),
    /// 0 spring, 1 summer, 2 autumn, 3 winter
    Season(u8),
    /// "seventies" → 7, "noughties" → 0
    Decade(u8),
    Key(Key),
}

/// A token's tag: its [`Lex`], and whether a holiday name starts with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag {
    pub lex: Lex,
    pub holiday: bool,
}

/// A part of the day from `lists/parts_of_day.txt`.
#[derive(Debug, Clone, Copy)]
pub struct Part {
    pub name: &'static str,
    pub from: u8,
    pub to: u8,
}

/// A holiday from `lists/holidays.txt`: its words and when it falls.
#[derive(Debug, Clone)]
pub struct Holiday {
    pub words: Vec<&'static str>,
    pub when: &'static str,
}

use super::calendar::{MONTHS, WEEKDAYS};

/// An open-addressing table from lowercase words to tags, hashed on the
/// length and four bytes: a lookup costs one or two short comparisons, and
/// most words of a text miss on the first empty slot.
struct Table {
    slots: Vec<(&'static [u8], Tag)>,
}

const SLOTS: usize = 2048;

fn slot_of(w: &[u8]) -> usize {
    let n = w.len();
    let at = |k: usize| u64::from(w.get(k).copied().unwrap_or(0));
    let h = (n as u64)
        ^ (at(0) << 8)
        ^ (at(1) << 16)
        ^ (at(n / 2) << 24)
        ^ (at(n.saturating_sub(1)) << 32);
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize % SLOTS
}

impl Table {
    fn get(&self, w: &[u8]) -> Option<&Tag> {
        let mut k = slot_of(w);
        for _ in 0..SLOTS {
            let (key, tag) = self.slots.get(k)?;
            if key.is_empty() {
                return None;
            }
            if *key == w {
                return Some(tag);
            }
            k = (k + 1) % SLOTS;
        }
        None
    }

    fn entry(&mut self, w: &'static [u8]) -> Option<&mut Tag> {
        let mut k = slot_of(w);
        for _ in 0..SLOTS {
            let empty = self.slots.get(k)?.0.is_empty();
            let here = self.slots.get(k)?.0 == w;
            if empty || here {
                let slot = self.slots.get_mut(k)?;
                if empty {
                    *slot = (
                        w,
                        Tag {
                            lex: Lex::Other,
                            holiday: false,
                        },
                    );
                }
                return Some(&mut slot.1);
            }
            k = (k + 1) % SLOTS;
        }
        None
    }

    /// Tags `w` as `lex`; a later tag of the same word replaces an earlier one.
    fn insert(&mut self, w: &'static str, lex: Lex) {
        if let Some(e) = self.entry(w.as_bytes()) {
            e.lex = lex;
        }
    }
}

/// A cheap first test before the table: which (length, first letter, last
/// letter) triples the table's words have. Most words of a text ("and",
/// "that", "with", "people") fail it.
struct Filter {
    bits: Vec<u64>,
}

/// The index of a letter in either case (26 for anything else).
fn letter(b: u8) -> usize {
    let b = b.to_ascii_lowercase();
    if b.is_ascii_lowercase() {
        usize::from(b - b'a')
    } else {
        26
    }
}

impl Filter {
    fn index(n: usize, a: u8, z: u8) -> usize {
        (n * 27 + letter(a)) * 27 + letter(z)
    }

    fn set(&mut self, n: usize, a: u8, z: u8) {
        let k = Self::index(n, a, z);
        if let Some(w) = self.bits.get_mut(k / 64) {
            *w |= 1 << (k % 64);
        }
    }

    fn test(&self, n: usize, a: u8, z: u8) -> bool {
        let k = Self::index(n, a, z);
        self.bits
            .get(k / 64)
            .is_some_and(|w| w & (1 << (k % 64)) != 0)
    }

    /// Whether `w` (any case) may be in the table.
    fn may_hold(&self, w: &[u8]) -> bool {
        let n = w.len();
        let (Some(&a), Some(&z)) = (w.first(), w.last()) else {
            return false;
        };
        if self.test(n, a, z) {
            return true;
        }
        // A possessive is looked up by its stem: "Friday's", "year’s".
        if z | 0x20 != b's' || n < 3 {
            return false;
        }
        if w.get(n - 2) == Some(&b'\'') {
            return w.get(n - 3).is_some_and(|&y| self.test(n - 2, a, y));
        }
        if n >= 5 && w.get(n - 4..n - 1) == Some("\u{2019}".as_bytes()) {
            return w.get(n - 5).is_some_and(|&y| self.test(n - 4, a, y));
        }
        false
    }
}

fn filter() -> &'static Filter {
    static FILTER: OnceLock<Filter> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut f = Filter {
            bits: vec![0; (MAX_WORD + 1) * 27 * 27 / 64 + 1],
        };
        for (key, _) in &table().slots {
            if let (Some(&a), Some(&z)) = (key.first(), key.last()) {
                f.set(key.len(), a, z);
            }
        }
        f
    })
}

/// The longest word the table holds (possessives included): longer tokens
/// are not looked up.
const MAX_WORD: usize = 24;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let none = Tag {
            lex: Lex::Other,
            holiday: false,
        };
        let mut t = Table {
            slots: vec![(&[][..], none); SLOTS],
        };
        add_words(&mut t);
        for h in holidays() {
            if let Some(e) = h.words.first().and_then(|w| t.entry(w.as_bytes())) {
                e.holiday = true;
            }
        }
        t
    })
}

/// Tags every word of the lexicon in `t`.
fn add_words(t: &mut Table) {
    for (k, name) in MONTHS.iter().enumerate() {
        let month = k as u8 + 1;
        t.insert(name, Lex::Month { month, abbr: false });
    }
    for &(abbr, month) in &[
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ] {
        t.insert(abbr, Lex::Month { month, abbr: true });
    }
    for (k, name) in WEEKDAYS.iter().enumerate() {
        t.insert(
            name,
            Lex::Weekday {
                day: k as u8,
                abbr: false,
            },
        );
    }
    for &(abbr, day) in &[
        ("mon", 0),
        ("tue", 1),
        ("tues", 1),
        ("wed", 2),
        ("weds", 2),
        ("thu", 3),
        ("thur", 3),
        ("thurs", 3),
        ("fri", 4),
        ("sat", 5),
        ("sun", 6),
    ] {
        t.insert(abbr, Lex::Weekday { day, abbr: true });
    }
    let units: &[(&[&str], Unit)] = &[
        (&["second", "seconds", "sec", "secs"], Unit::Second),
        (&["minute", "minutes", "min", "mins"], Unit::Minute),
        (&["hour", "hours", "hr", "hrs", "h"], Unit::Hour),
        (&["day", "days"], Unit::Day),
        (&["week", "weeks", "wk", "wks"], Unit::Week),
        (&["fortnight", "fortnights"], Unit::Fortnight),
        (&["month", "months"], Unit::Month),
        (&["year", "years", "yr", "yrs"], Unit::Year),
        (&["decade", "decades"], Unit::Decade),
        (&["century", "centuries"], Unit::Century),
    ];
    for &(words, unit) in units {
        for w in words {
            t.insert(w, Lex::Unit(unit));
        }
    }
    for &(w, d) in &[
        ("yesterday", -1),
        ("today", 0),
        ("tomorrow", 1),
        ("tmrw", 1),
    ] {
        t.insert(w, Lex::DayWord(d));
    }
    t.insert("tonight", Lex::Tonight);
    t.insert("tonite", Lex::Tonight);
    for &(w, s) in &[
        ("last", Shift::Last),
        ("past", Shift::Last),
        ("previous", Shift::Last),
        ("next", Shift::Next),
        ("coming", Shift::Next),
        ("upcoming", Shift::Next),
        ("this", Shift::This),
        ("current", Shift::This),
        ("following", Shift::Following),
    ] {
        t.insert(w, Lex::Shift(s));
    }
    for &(w, e) in &[
        ("early", Edge::Early),
        ("mid", Edge::Mid),
        ("late", Edge::Late),
        ("earlier", Edge::Earlier),
        ("later", Edge::Later),
        ("beginning", Edge::Start),
        ("start", Edge::Start),
        ("end", Edge::End),
        ("middle", Edge::Middle),
    ] {
        t.insert(w, Lex::Edge(e));
    }
    for &(w, s) in &[
        ("spring", 0),
        ("summer", 1),
        ("autumn", 2),
        ("fall", 2),
        ("winter", 3),
    ] {
        t.insert(w, Lex::Season(s));
    }
    for &(w, d) in &[
        ("noughties", 0),
        ("aughts", 0),
        ("twenties", 2),
        ("thirties", 3),
        ("forties", 4),
        ("fifties", 5),
        ("sixties", 6),
        ("seventies", 7),
        ("eighties", 8),
        ("nineties", 9),
    ] {
        t.insert(w, Lex::Decade(d));
    }
    for &(w, k) in &[
        ("the", Key::The),
        ("from", Key::From),
        ("between", Key::Between),
        ("a", Key::A),
        ("an", Key::A),
        ("half", Key::Half),
        ("another", Key::Half),
        ("all", Key::Half),
        ("full", Key::Half),
        ("whole", Key::Half),
        ("entire", Key::Half),
        ("few", Key::Some),
        ("several", Key::Some),
        ("couple", Key::Some),
        ("in", Key::In),
        ("now", Key::Misc),
        ("rest", Key::Misc),
        ("same", Key::Misc),
        ("q", Key::Q),
        ("weekend", Key::Weekend),
        ("quarter", Key::Quarter),
        ("noon", Key::Noon),
        ("midday", Key::Noon),
        ("midnight", Key::Midnight),
        ("over", Key::Approx),
        ("under", Key::Approx),
        ("more", Key::Approx),
        ("less", Key::Approx),
        ("fewer", Key::Approx),
        ("nearly", Key::Approx),
        ("almost", Key::Approx),
        ("about", Key::Approx),
        ("around", Key::Approx),
        ("roughly", Key::Approx),
        ("approximately", Key::Approx),
        ("some", Key::Approx),
        ("at", Key::Approx),
        ("up", Key::Approx),
        ("no", Key::Approx),
        ("just", Key::Approx),
    ] {
        t.insert(w, Lex::Key(k));
    }
    for (k, p) in parts().iter().enumerate() {
        // "midday" stays a clock word ("at midday"); the list may still name it.
        if let Some(e) = t.entry(p.name.as_bytes()) {
            if e.lex == Lex::Other {
                e.lex = Lex::Part(k as u8);
            }
        }
    }
}

/// The parts of the day, from `lists/parts_of_day.txt`.
pub fn parts() -> &'static [Part] {
    static PARTS: OnceLock<Vec<Part>> = OnceLock::new();
    PARTS.get_or_init(|| {
        lists::entries(crate::lists::list_text!("parts_of_day"))
            .filter_map(|e| {
                let mut f = lists::fields(e);
                let name = f.next()?;
                let from = f.next().and_then(|x| x.parse().ok()).unwrap_or(0);
                let to = f.next().and_then(|x| x.parse().ok()).unwrap_or(24);
                Some(Part { name, from, to })
            })
            .take(250)
            .collect()
    })
}

/// The holidays, from `lists/holidays.txt`.
pub fn holidays() -> &'static [Holiday] {
    static HOLIDAYS: OnceLock<Vec<Holiday>> = OnceLock::new();
    HOLIDAYS.get_or_init(|| {
        lists::entries(crate::lists::list_text!("holidays"))
            .filter_map(|e| {
                let mut f = lists::fields(e);
                let words: Vec<&'static str> = f.next()?.split_whitespace().collect();
                let when = f.next()?;
                (!words.is_empty()).then_some(Holiday { words, when })
            })
            .collect()
    })
}

/// The tag of a lowercase word, or of its stem before "'s" for the words
/// that take a possessive ("Friday's", "this year's").
fn entry(w: &[u8]) -> Tag {
    let t = table();
    if let Some(e) = t.get(w) {
        return *e;
    }
    let stem = w
        .strip_suffix(b"'s")
        .or_else(|| w.strip_suffix("\u{2019}s".as_bytes()));
    match stem.and_then(|s| t.get(s)).map(|e| e.lex) {
        Some(
            l @ (Lex::Month { .. }
            | Lex::Weekday { .. }
            | Lex::Unit(_)
            | Lex::DayWord(_)
            | Lex::Tonight
            | Lex::Season(_)
            | Lex::Key(Key::Weekend | Key::Quarter)),
        ) => Tag {
            lex: l,
            holiday: false,
        },
        _ => Tag {
            lex: Lex::Other,
            holiday: false,
        },
    }
}

/// The tag of one word (already lowercase).
#[cfg(test)]
pub fn lookup(w: &str) -> Lex {
    entry(w.as_bytes()).lex
}

/// Whether `a` (a list word, ' for any apostrophe) is the token text `b`.
pub fn same_word(list: &str, tok: &str) -> bool {
    let mut a = list.chars();
    let mut b = tok.chars().flat_map(crate::text::case::to_lower);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || (x == '\'' && y == '\u{2019}') => {}
            _ => return false,
        }
    }
}

/// Tags every token of `doc`.
pub fn tag(doc: &Doc) -> Vec<Tag> {
    let none = Tag {
        lex: Lex::Other,
        holiday: false,
    };
    let bytes = doc.text.as_bytes();
    let filter = filter();
    let mut tags: Vec<Tag> = doc
        .tokens
        .iter()
        .map(|t| {
            if t.kind != TokenKind::Word || t.len() > MAX_WORD {
                return none;
            }
            let Some(w) = bytes.get(t.range()) else {
                return none;
            };
            if !filter.may_hold(w) {
                return none;
            }
            let mut buf = [0u8; MAX_WORD];
            for (d, b) in buf.iter_mut().zip(w) {
                *d = b.to_ascii_lowercase();
            }
            entry(buf.get(..w.len()).unwrap_or_default())
        })
        .collect();
    untag_verb_last(doc, &mut tags);
    tags
}

/// Words after which "last" is the verb: "will last three weeks", "is due to
/// start and last two days".
const BEFORE_VERB_LAST: &[&str] = &[
    "to", "will", "would", "could", "should", "may", "might", "can", "must", "'ll", "’ll", "and",
    "or", "not", "never", "cannot", "it", "they", "which",
];

/// "last" followed by a count is the verb after a modal, "to" or "and":
/// "and last three weeks" is a length of time, not the past three weeks.
fn untag_verb_last(doc: &Doc, tags: &mut [Tag]) {
    for i in 1..tags.len() {
        if tags[i].lex != Lex::Shift(Shift::Last)
            || !doc.is(i, "last")
            || !doc.is_any(i - 1, BEFORE_VERB_LAST)
        {
            continue;
        }
        // "… and last week", "… or last Friday": still the adjective.
        let names_a_period = matches!(
            tags.get(i + 1).map(|t| t.lex),
            Some(
                Lex::Weekday { .. }
                    | Lex::Month { .. }
                    | Lex::Unit(_)
                    | Lex::Part(_)
                    | Lex::Season(_)
            )
        ) || doc
            .is_any(i + 1, &["weekend", "time", "season", "decade", "century"]);
        if !names_a_period {
            tags[i].lex = Lex::Other;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_names_units_and_possessives() {
        let d = Doc::new("Last Friday's talks lasted three weeks, Sept. to Christmas");
        let t = tag(&d);
        assert_eq!(t[0].lex, Lex::Shift(Shift::Last));
        assert_eq!(
            t[1].lex,
            Lex::Weekday {
                day: 4,
                abbr: false
            }
        );
        assert_eq!(t[2].lex, Lex::Other);
        assert_eq!(t[5].lex, Lex::Unit(Unit::Week));
        assert_eq!(
            t[7].lex,
            Lex::Month {
                month: 9,
                abbr: true
            }
        );
        assert!(t[10].holiday);
    }

    #[test]
    fn every_word_finds_its_tag() {
        for (w, tag) in table().slots.iter().filter(|(w, _)| !w.is_empty()) {
            let w = std::str::from_utf8(w).unwrap_or_default();
            assert_eq!(lookup(w), tag.lex, "{w}");
        }
        assert_eq!(lookup("xylophone"), Lex::Other);
        assert!(table().get(b"christmas").is_some_and(|t| t.holiday));
    }

    #[test]
    fn plurals_of_names_are_not_dates() {
        assert_eq!(lookup("fridays"), Lex::Other);
        assert_eq!(lookup("mornings"), Lex::Other);
        assert!(matches!(lookup("night"), Lex::Part(_)));
    }

    #[test]
    fn list_words_match_any_apostrophe() {
        assert!(same_word("new year's", "New Year\u{2019}s"));
        assert!(!same_word("easter", "eastern"));
    }
}
