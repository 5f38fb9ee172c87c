//! ## What it finds
//! Numbers that are not figures, so that no rule reports them:
//! - parts of web addresses, e-mail addresses, handles and hashtags
//!   ("https://x.com/2024/5", "@user123", "#1");
//! - phone numbers ("+1-222-2222-2222", "(555) 123-0456", "+44 20 7946 0958");
//! - chains of three or more numbers glued by "-", "/", "." or ":" (ISO and
//!   numeric dates, IP addresses, version strings: "2025-10-12", "192.168.1.2",
//!   "v2.3.1"), and pairs glued by ".", "/" or ":" ("1.2.3", "24/7", "14:30");
//!   a pair glued by "-" is left to the range rule unless it cannot be a range
//!   ("3-2", a score);
//! - numbers glued to letters that are not units, currencies or suffixes:
//!   model names and identifiers ("G7", "A320", "F-16", "COVID-19", "5G",
//!   "3D", "24703L202"), decades ("1990s"), times ("10am");
//! - numbers after a label word that names rather than counts ("Article 50",
//!   "iOS 17.2", "Route 66", "Flight 370", "No. 10"; `lists/labels.txt`);
//! - house numbers ("10 Downing Street", "1600 Pennsylvania Avenue", "5th
//!   Avenue"; `lists/streets.txt`);
//! - a bare number right after a capitalised name in mid-sentence, which
//!   names a product or gives a score ("Lightport 3 ports", "EarBeans 2",
//!   "Arsenal 2 Chelsea 1");
//! - number words inside names ("Ninety Mile Beach", "the Three Gorges dam",
//!   "Take-Two Interactive");
//! - list item numbers at the start of a line ("12. Find someone", "3) call
//!   home", "7. \"The Giuliani problem\""), headings that number a part ("Meal
//!   3", "Step 2:" alone on a line), and rows of three or more bare numbers
//!   with only spaces between (tables);
//! - result lines ("Hawks 2, Comets 1"), screen resolutions ("1080p"),
//!   model numbers with a scale letter ("6600M", "3770k"), "2-in-1", code
//!   sections ("401(k)"), markup attribute values (`tweet-id="7834…"`) and
//!   emergency numbers after a call verb ("called 911");
//! - bare years the words around show to be years ("the 2016 election"; see
//!   [`super::year`]).
//!
//! ## Why a reader cares
//! A fact-checker scanning an article's figures wants the counts and amounts,
//! not "F-16" read as sixteen or a phone number read as four counts. Precision
//! here is what makes the figures list worth reading.
//!
//! ## Example
//! "10 Downing Street said 23 F-16 jets flew" → only "23" is a figure.
//!
//! ## Limits
//! A count right after a capitalised word in mid-sentence is dropped with the
//! product names ("the Lakers 112" is lost; "In October 23 soldiers" is kept
//! because months and weekdays are exempt). A number between two capitalised
//! words is kept only in a title-case headline ("Pakistan Says 23 Soldiers
//! Killed"), so a product name in a headline ("Galaxy Note 10 Review") stays a
//! number, while in running text ("a version of Night Harbor 2 Remake") it
//! does not. A
//! phone number written "555-1234" is taken for a range unless it has an area
//! code in brackets or its second group starts with 0. Numbers in a hashtag or
//! URL are dropped even when they are real figures.

use super::numeral::{Numeral, NumeralKind};
use crate::text::{Doc, TokenKind};
use std::sync::OnceLock;

use super::lexicon::{plain, Lexicon};

fn labels() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| plain(crate::lists::list_text!("labels")))
}

/// Street words ("Street", "Avenue", "Drive"; `lists/streets.txt`): a number
/// before a name that ends in one is a house number. The dates layer asks too.
pub(crate) fn streets() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| plain(crate::lists::list_text!("streets")))
}

/// For each token of `doc`, whether it is part of a number that is not a figure.
pub fn mask(doc: &Doc, numerals: &[Numeral]) -> Vec<bool> {
    let mut blocked = vec![false; doc.len()];
    web_chunks(doc, &mut blocked);
    chains(doc, numerals, &mut blocked);
    table_rows(numerals, &mut blocked);
    score_lines(doc, numerals, &mut blocked);
    citations(doc, numerals, &mut blocked);
    for n in numerals {
        if glued_to_letters(doc, n)
            || after_label(doc, n)
            || house_number(doc, n)
            || list_marker(doc, n)
            || after_name(doc, n)
            || in_name(doc, n)
            || heading(doc, n)
            || emergency_call(doc, n)
            || super::year::year_not_count(doc, n)
        {
            block(&mut blocked, n.first, n.last);
        }
    }
    blocked
}

/// Three or more bare numbers in a row with only spaces between them: a row
/// of a table or a score sheet ("5040 5 1 17 27").
fn table_rows(numerals: &[Numeral], blocked: &mut [bool]) {
    let mut k = 0;
    while k < numerals.len() {
        let mut e = k;
        while e + 1 < numerals.len()
            && numerals[e].plain
            && numerals[e + 1].plain
            && numerals[e + 1].first == numerals[e].last + 1
        {
            e += 1;
        }
        if e >= k + 2 {
            block(blocked, numerals[k].first, numerals[e].last);
        }
        k = e + 1;
    }
}

/// "Hawks 2, Comets 1", "Rovers 4, Pilots 3": a result line, two names
/// each followed by its score, joined by a comma.
fn score_lines(doc: &Doc, numerals: &[Numeral], blocked: &mut [bool]) {
    let capital = |j: usize| {
        doc.kind(j) == Some(TokenKind::Word)
            && doc.tok(j).chars().next().is_some_and(char::is_uppercase)
    };
    for pair in numerals.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if !(a.plain && b.plain && a.first > 0 && capital(a.first - 1)) {
            continue;
        }
        let comma = a.last + 1;
        let names = b.first.saturating_sub(comma + 1);
        let joined = doc.is_punct(comma, ',')
            && (1..=3).contains(&names)
            && (comma + 1..b.first).all(capital)
            && (a.first..=b.last).all(|j| !doc.line_break_before(j));
        if joined {
            block(blocked, a.first, a.last);
            block(blocked, b.first, b.last);
        }
    }
}

/// "(5)", "(10, 11)", "[3]": reference marks. Not after a name, where a
/// bracketed number is an age ("Mary Jones (45)").
fn citations(doc: &Doc, numerals: &[Numeral], blocked: &mut [bool]) {
    let mut k = 0;
    while k < numerals.len() {
        let n = &numerals[k];
        let open = n
            .first
            .checked_sub(1)
            .filter(|&p| doc.is_any(p, &["(", "["]));
        let Some(open) = open else {
            k += 1;
            continue;
        };
        let mut e = k;
        while e + 1 < numerals.len()
            && numerals[e].plain
            && doc.is_punct(numerals[e].last + 1, ',')
            && numerals[e + 1].first == numerals[e].last + 2
        {
            e += 1;
        }
        let close = numerals[e].last + 1;
        let after_name = open.checked_sub(1).is_some_and(|w| {
            doc.kind(w) == Some(TokenKind::Word)
                && doc.tok(w).chars().next().is_some_and(char::is_uppercase)
        });
        if numerals[e].plain && doc.is_any(close, &[")", "]"]) && n.plain && !after_name {
            block(blocked, open, close);
        }
        k = e + 1;
    }
}

/// "on Ninety Mile Beach", "the Three Gorges dam", "the First Lady": a
/// capitalised number word inside a name (after a lowercase word, before a
/// capitalised one). Title-case lines ("Says Three Soldiers Killed") are left
/// alone.
fn in_name(doc: &Doc, n: &Numeral) -> bool {
    let capital = |j: usize| {
        doc.kind(j) == Some(TokenKind::Word)
            && doc.tok(j).chars().next().is_some_and(char::is_uppercase)
    };
    let lower = |j: usize| {
        doc.kind(j) == Some(TokenKind::Word)
            && doc.tok(j).chars().next().is_some_and(char::is_lowercase)
    };
    // "Take-Two Interactive", "Catch-Twenty": glued by a hyphen to a name.
    let hyphenated = n.words
        && capital(n.first)
        && n.first >= 2
        && doc.is_punct(n.first - 1, '-')
        && doc.glued(n.first)
        && doc.glued(n.first - 1)
        && capital(n.first - 2);
    hyphenated
        || (n.words
            && capital(n.first)
            && !sentence_start(doc, n.first)
            && lower(n.first - 1)
            && capital(n.last + 1)
            && !doc.line_break_before(n.last + 1))
}

/// "12. Find someone to talk to", "3) Call": the number of a list item.
fn list_marker(doc: &Doc, n: &Numeral) -> bool {
    let line_start = n.first == 0 || doc.line_break_before(n.first);
    let mark = n.last + 1;
    // After "12." an item starts with a capital, maybe quoted ("7. \"The
    // Giuliani problem\""); after "3)" with any word.
    let mut first = mark + 1;
    if doc.is_any(first, &["\"", "“", "'", "‘"]) && doc.glued(first + 1) {
        first += 1;
    }
    let word = doc.kind(first) == Some(TokenKind::Word);
    let capital = doc
        .tok(first)
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    line_start
        && n.plain
        && n.end - n.start <= 3
        && doc.glued(mark)
        && doc.is_any(mark, &[".", ")"])
        && !doc.glued(mark + 1)
        && !doc.line_break_before(mark + 1)
        && !doc.line_break_before(first)
        && word
        && (capital || doc.is_punct(mark, ')'))
}

/// Whether token `i` starts a sentence (or a line, or follows an opening mark).
pub(crate) fn sentence_start(doc: &Doc, i: usize) -> bool {
    if i == 0 || doc.line_break_before(i) {
        return true;
    }
    let p = i - 1;
    let dash = doc.is_any(p, &["-", "–", "—"]) && !doc.glued(i);
    dash || doc.is_any(
        p,
        &[
            ".", "!", "?", ":", ";", "\"", "“", "‘", "'", "(", "[", "|", "•",
        ],
    )
}

/// "Lightport 3 ports", "EarBeans 2 with", "Riverside United 2": a bare
/// number right after a capitalised name in mid-sentence names a product or
/// gives a score. Not after a month or weekday ("October 23"), not in a title-
/// case line ("Pakistan Says 23 Soldiers Killed"), not before a unit, currency
/// or percent sign.
fn after_name(doc: &Doc, n: &Numeral) -> bool {
    if !n.plain || n.first == 0 || doc.line_break_before(n.first) || doc.glued(n.first) {
        return false;
    }
    let p = n.first - 1;
    let capital = |j: usize| {
        doc.kind(j) == Some(TokenKind::Word)
            && doc.tok(j).chars().next().is_some_and(char::is_uppercase)
    };
    if !capital(p)
        || doc.tok(p) == "I"
        || sentence_start(doc, p)
        || super::lexicon::time_word_at(doc, p)
        || super::money::sign_ending_at(doc, p)
    {
        return false;
    }
    let next = n.last + 1;
    let title_case = capital(next) && !doc.line_break_before(next) && headline(doc, n.first);
    !(title_case || known_suffix(doc, next) || doc.is_punct(next, '%') || doc.is_punct(next, '°'))
}

/// Small words a title-case headline leaves in lowercase.
const HEADLINE_LOWER: &[&str] = &[
    "with", "from", "into", "over", "than", "that", "upon", "onto", "amid", "near", "after",
    "about", "under", "versus", "says",
];

/// Whether the sentence around token `i` reads like a title-case headline
/// ("Pakistan Says 23 Soldiers Killed in Attack"), not running text ("a
/// version of Night Harbor 2 Remake's map"): no lowercase word of four
/// letters or more, other than the small words headlines keep lowercase,
/// within a dozen tokens on either side.
fn headline(doc: &Doc, i: usize) -> bool {
    let running = |j: usize| {
        let t = doc.tok(j);
        doc.kind(j) == Some(TokenKind::Word)
            && t.len() >= 4
            && t.chars().next().is_some_and(char::is_lowercase)
            && !doc.is_any(j, HEADLINE_LOWER)
    };
    let ends = |j: usize| doc.is_any(j, &[".", "!", "?"]);
    let mut j = i;
    while j > 0 && j + 12 > i && !doc.line_break_before(j) {
        j -= 1;
        if running(j) {
            return false;
        }
        if ends(j) {
            break;
        }
    }
    let mut j = i + 1;
    while j < doc.len() && j < i + 12 && !doc.line_break_before(j) && !ends(j) {
        if running(j) {
            return false;
        }
        j += 1;
    }
    true
}

/// "called 911", "dial 999": an emergency telephone number, not a count.
fn emergency_call(doc: &Doc, n: &Numeral) -> bool {
    n.plain
        && matches!(doc.tok(n.first), "911" | "999" | "112")
        && n.first > 0
        && doc.is_any(
            n.first - 1,
            &[
                "call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing",
                "dialling",
            ],
        )
}

/// "Meal 3", "Step 2:", "Part 1": a line holding only a capitalised word and
/// a number is a heading that numbers a part of the text.
fn heading(doc: &Doc, n: &Numeral) -> bool {
    let Some(p) = n.first.checked_sub(1) else {
        return false;
    };
    let line_start = p == 0 || doc.line_break_before(p);
    let mut end = n.last + 1;
    if doc.is_any(end, &[":", "."]) && doc.glued(end) {
        end += 1;
    }
    line_start
        && !doc.line_break_before(n.first)
        && !doc.glued(n.first)
        && !super::money::sign_ending_at(doc, p)
        && n.plain
        && doc.kind(p) == Some(TokenKind::Word)
        && doc.tok(p).chars().next().is_some_and(char::is_uppercase)
        && (end >= doc.len() || doc.line_break_before(end))
}

fn block(blocked: &mut [bool], first: usize, last: usize) {
    if let Some(s) = blocked.get_mut(first..=last) {
        s.iter_mut().for_each(|b| *b = true);
    }
}

/// Runs of tokens with no space between them that hold a web address, an
/// e-mail address, a handle or a hashtag: every token in them is blocked.
fn web_chunks(doc: &Doc, blocked: &mut [bool]) {
    let mut a = 0;
    while a < doc.len() {
        let mut b = a;
        let mut web = false;
        let mut digits = false;
        loop {
            match doc.kind(b) {
                Some(TokenKind::Digits) => digits = true,
                Some(TokenKind::Punct) => web = web || web_marker(doc, b),
                _ => {
                    web = web || (doc.glued(b + 1) && doc.is(b, "www") && doc.is_punct(b + 1, '.'))
                }
            }
            if b + 1 < doc.len() && doc.glued(b + 1) {
                b += 1;
            } else {
                break;
            }
        }
        if web && digits {
            block(blocked, a, b);
        }
        a = b + 1;
    }
}

/// Whether token `i` shows that its chunk is an address, handle or hashtag.
fn web_marker(doc: &Doc, i: usize) -> bool {
    let next_glued_word =
        doc.glued(i + 1) && doc.kind(i + 1).is_some_and(|k| k != TokenKind::Punct);
    match doc.tok(i) {
        "@" | "#" => next_glued_word,
        ":" => {
            doc.is_punct(i + 1, '/')
                && doc.is_punct(i + 2, '/')
                && doc.glued(i + 1)
                && i > 0
                && doc.is_any(i - 1, &["http", "https", "ftp"])
        }
        "." => {
            i > 0
                && doc.glued(i)
                && doc.kind(i - 1) == Some(TokenKind::Word)
                && doc.glued(i + 1)
                && doc.is_any(
                    i + 1,
                    &[
                        "com", "org", "net", "gov", "edu", "io", "html", "htm", "php", "aspx",
                    ],
                )
        }
        _ => false,
    }
}

/// Numbers glued into chains by "-", "/", "." or ":": dates, versions, IPs,
/// phone numbers, times, scores.
fn chains(doc: &Doc, numerals: &[Numeral], blocked: &mut [bool]) {
    let mut k = 0;
    while k < numerals.len() {
        let start = k;
        let mut seps: [&str; 2] = ["", ""];
        while k + 1 < numerals.len() {
            let (n, m) = (&numerals[k], &numerals[k + 1]);
            let sep = n.last + 1;
            let joined = m.first == n.last + 2
                && doc.glued(sep)
                && doc.glued(m.first)
                && doc.is_any(sep, &["-", "/", ".", ":", "\u{2013}"]);
            if !joined {
                break;
            }
            if k - start < 2 {
                seps[k - start] = doc.tok(sep);
            }
            k += 1;
        }
        let (first, last) = (&numerals[start], &numerals[k]);
        let count = k - start + 1;
        let phone_plus = first.first > 0
            && doc.is_punct(first.first - 1, '+')
            && doc.glued(first.first)
            && !doc.glued(first.first - 1);
        // "Otters (3-7, 1-6)": a team's record, not a range.
        let record = count == 2
            && first.value < 30.0
            && last.value < 30.0
            && first.first >= 2
            && doc.is_any(first.first - 1, &["(", ","])
            && doc.is_any(last.last + 1, &[")", ","])
            && {
                // The word before the bracket is a capitalised name.
                let mut p = first.first - 1;
                while p > 0 && !doc.is_punct(p, '(') && p + 8 > first.first {
                    p -= 1;
                }
                p > 0
                    && doc.is_punct(p, '(')
                    && doc.kind(p - 1) == Some(TokenKind::Word)
                    && doc
                        .tok(p - 1)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            };
        let not_a_range = record
            || count == 2 && {
                let dash = matches!(seps[0], "-" | "\u{2013}");
                !dash
                    || first.value >= last.value
                    || (first.plain && last.plain && doc.tok(last.first).starts_with('0'))
                    || (first.plain
                        && last.plain
                        && first.first >= 3
                        && doc.is_punct(first.first - 1, ')')
                        && !doc.glued(first.first))
            };
        if count >= 3 || not_a_range || phone_plus {
            block(blocked, first.first, last.last);
            if phone_plus {
                block(blocked, first.first - 1, first.first - 1);
                // "+44 20 7946 0958", "+49 (0)40 890 85-433": the groups
                // that follow.
                let mut j = last.last + 1;
                while !doc.line_break_before(j)
                    && (doc.kind(j) == Some(TokenKind::Digits)
                        || doc.is_any(j, &["(", ")", "-", "/", "."]))
                {
                    block(blocked, j, j);
                    j += 1;
                }
            }
            // "(555) 123-0456": the area code too.
            if first.first >= 3 && doc.is_punct(first.first - 1, ')') {
                block(blocked, first.first - 3, first.first - 1);
            }
        }
        k += 1;
    }
}

/// "G7", "A320", "5G", "1990s", "F-16", "COVID-19", "#1", "7-Eleven".
fn glued_to_letters(doc: &Doc, n: &Numeral) -> bool {
    if n.words {
        return false;
    }
    let after = n.last + 1;
    // "$2B", "£3bn": a scale letter after an amount.
    let money_scale = n.first > 0
        && super::money::sign_ending_at(doc, n.first - 1)
        && doc.is_any(after, &["b", "bn", "k", "tn", "trn"]);
    if doc.glued(after)
        && doc.kind(after) == Some(TokenKind::Word)
        && !known_suffix(doc, after)
        && !money_scale
    {
        return true;
    }
    // "6600M", "3770k": a model (see `numeral`, which leaves the letter unread).
    if n.plain
        && n.end - n.start >= 4
        && doc.glued(after)
        && matches!(doc.tok(after), "M" | "MM" | "k" | "K")
    {
        return true;
    }
    // "401(k)", "501(c)": a section of a code, not a count.
    if doc.is_punct(after, '(')
        && doc.glued(after)
        && doc.kind(after + 1) == Some(TokenKind::Word)
        && doc.tok(after + 1).chars().count() == 1
        && doc.glued(after + 1)
        && doc.is_punct(after + 2, ')')
        && doc.glued(after + 2)
    {
        return true;
    }
    // tweet-id="7834…": the value of a markup attribute.
    if n.first >= 2
        && doc.glued(n.first)
        && doc.is_any(n.first - 1, &["\"", "'"])
        && doc.glued(n.first - 1)
        && doc.is_punct(n.first - 2, '=')
    {
        return true;
    }
    // "1080p", "1,440p": a screen resolution, not pence.
    if doc.glued(after) && doc.is(after, "p") && n.value >= 100.0 {
        return true;
    }
    // "2-in-1", "3-in-1": a product that is several in one, not a count.
    if doc.is_punct(after, '-')
        && doc.glued(after)
        && doc.is(after + 1, "in")
        && doc.glued(after + 1)
        && doc.is_punct(after + 2, '-')
        && doc.glued(after + 2)
        && doc.kind(after + 3) == Some(TokenKind::Digits)
        && doc.glued(after + 3)
    {
        return true;
    }
    // "7-Eleven", "3-D"
    if doc.is_punct(after, '-')
        && doc.glued(after)
        && doc.glued(after + 1)
        && doc
            .tok(after + 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && !known_suffix(doc, after + 1)
    {
        return true;
    }
    if n.first == 0 || !doc.glued(n.first) {
        return false;
    }
    let p = n.first - 1;
    match doc.kind(p) {
        Some(TokenKind::Word) => {
            !super::money::sign_ending_at(doc, p) && !super::quantity::unit_ends_at(doc, n.first)
        }
        Some(TokenKind::Punct) => {
            let t = doc.tok(p);
            // "F-16", "ID.3", but not "5k-20k" (the letter ends a number).
            (matches!(t, "-" | "\u{2013}" | ".")
                && p > 0
                && doc.glued(p)
                && doc.kind(p - 1) == Some(TokenKind::Word)
                && !(p > 1 && doc.glued(p - 1) && doc.kind(p - 2) == Some(TokenKind::Digits)))
                || t == "#"
        }
        _ => false,
    }
}

/// Letters that may follow a number directly: units, currencies, percent
/// signs ("10km", "115USD", "5pc").
fn known_suffix(doc: &Doc, j: usize) -> bool {
    // "24703L202": letters between digits make an identifier.
    if doc.glued(j + 1)
        && doc.kind(j + 1) == Some(TokenKind::Digits)
        && !super::quantity::unit_ends_at(doc, j + 1)
    {
        return false;
    }
    super::quantity::unit_at(doc, j)
        || super::money::currency_at(doc, j)
        || super::percent::percent_at(doc, j).is_some()
        || doc.is_any(j, &["m", "mm"])
}

/// "Article 50", "iOS 17.2", "No. 10".
fn after_label(doc: &Doc, n: &Numeral) -> bool {
    n.first > 0 && !doc.line_break_before(n.first) && labels().ending_at(doc, n.first - 1).is_some()
}

/// "10 Downing Street", "1600 Pennsylvania Avenue", "5th Avenue".
fn house_number(doc: &Doc, n: &Numeral) -> bool {
    if n.words || !(n.plain || n.kind == NumeralKind::Ordinal) {
        return false;
    }
    let capital = |j: usize| {
        doc.kind(j) == Some(TokenKind::Word)
            && !doc.line_break_before(j)
            && doc.tok(j).chars().next().is_some_and(char::is_uppercase)
    };
    let min = if n.kind == NumeralKind::Ordinal { 0 } else { 1 };
    for (names, j) in (n.last + 1..=n.last + 4).enumerate() {
        if !capital(j) {
            return false;
        }
        if names >= min && streets().contains_at(doc, j) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::figures::testing::texts;

    #[test]
    fn phone_numbers_are_not_figures() {
        assert!(texts("Call +1-222-2222-2222 now").is_empty());
        assert!(texts("Call (555) 123-0456 today").is_empty());
        assert!(texts("Ring +44 20 7946 0958.").is_empty());
        assert!(texts("Info: +49 (0)40 890 85-433").is_empty());
    }

    #[test]
    fn versions_addresses_and_dates_in_digits_are_not_counts() {
        assert!(texts("Update to v2.3.1 or iOS 17.2 now").is_empty());
        assert!(texts("The server at 192.168.1.2 failed").is_empty());
        assert!(texts("See https://example.com/2024/05/30-percent?id=12").is_empty());
        assert!(texts("Mail john99@example.com").is_empty());
        assert!(texts("On 2025-10-12 and 5/17/2018 at 14:30").is_empty());
    }

    #[test]
    fn model_names_and_identifiers_are_not_counts() {
        assert!(texts("F-16 jets, COVID-19 and the G7 met; 5G and 3D too").is_empty());
        assert!(texts("An Airbus A320 and the 1990s").is_empty());
        assert_eq!(texts("23 F-16 jets"), ["23"]);
    }

    #[test]
    fn labels_and_house_numbers_are_not_counts() {
        assert!(texts("Article 50 and Route 66 and Flight 370").is_empty());
        assert!(texts("He left 10 Downing Street for 1600 Pennsylvania Avenue").is_empty());
        assert!(texts("a shop on 5th Avenue").is_empty());
        assert_eq!(texts("No. 10 said 12 Tory MPs"), ["12"]);
    }

    #[test]
    fn product_names_list_numbers_and_tables_are_not_counts() {
        assert!(texts("It has two Lightport 3 ports and EarBeans 2 with it")
            .iter()
            .all(|t| t == "two"));
        assert!(texts("12. Find someone to talk to").is_empty());
        assert!(texts("Dana Ruiz 4810 3 2 11 19").is_empty());
        assert_eq!(texts("In October 23 soldiers died"), ["23"]);
        assert_eq!(texts("Pakistan Says 23 Soldiers Killed"), ["23"]);
        assert_eq!(texts("Tesla 500 km range"), ["500 km"]);
        assert!(texts("binge eating (5). It helps (10, 11).").is_empty());
        assert_eq!(texts("Mary Jones (45) said"), ["45"]);
        assert!(texts("As VW ID.3 production begins, 2B Mindset").is_empty());
        assert!(texts("whales on Ninety Mile Beach").is_empty());
    }

    #[test]
    fn scores_are_not_ranges_or_counts() {
        assert!(texts("They won 3-2 and drew 1-1").is_empty());
        assert_eq!(texts("aged 18-19"), ["18-19"]);
        assert!(texts("against the Otters (3-7, 1-6) on Saturday").is_empty());
        assert_eq!(texts("adults (18-64) agreed"), ["18-64"]);
    }

    #[test]
    fn names_in_running_text_are_not_counts_even_before_a_capital() {
        assert!(texts("It borrows the map of Night Harbor 2 Remake's town hall.").is_empty());
        assert!(texts("Marlin will sell the QX 400 Roadster this summer.").is_empty());
        assert!(texts("Shares of Take-Two Interactive fell.").is_empty());
        assert_eq!(texts("Pakistan Says 23 Soldiers Killed in Attack"), ["23"]);
        assert_eq!(texts("Why aren't I 50 points ahead?"), ["50"]);
    }

    #[test]
    fn headings_boxes_and_list_items_are_not_counts() {
        assert!(texts("Step 2\n\nStir in the flour.").is_empty());
        assert!(texts("Write to P.O. Box 1234, Springfield.").is_empty());
        assert!(texts("4) toy car for kids\n5. \"The Ukraine call\"").is_empty());
        assert_eq!(texts("Rescuers found 2\nin the rubble"), ["2"]);
    }

    #[test]
    fn resolutions_models_and_result_lines_are_not_counts() {
        assert!(texts("It streams at 1080p, not 1,440p.").is_empty());
        assert!(texts("a Vexa Pro 6600M and an old 3770k chip").is_empty());
        assert!(texts("Bruins 3, Maple Leafs 2: Marchand scored.").is_empty());
        assert!(texts("a 3-in-1 charger").is_empty());
        assert_eq!(texts("a 1500m race"), ["1500m"]);
        assert!(texts("save in a 401(k) plan").is_empty());
        assert!(texts("<tweet tweet-id=\"783499116076687360\">").is_empty());
        assert!(texts("A neighbour called 911 at once.").is_empty());
        assert_eq!(texts("He called 12 witnesses."), ["12"]);
    }
}
