//! ## What it finds
//! Numerals: every number written in digits or words, with its value, before
//! any rule decides what it counts. "3,400", "1 234 567", "12,34,567" (Indian
//! grouping), "1.2 million", "2bn", "10M", "10k", "1.3e6", "1.1^23",
//! "6.23x10^-4", "-5", "minus five", "twenty-three", "one hundred and six",
//! "two hundred point five", "a dozen", "3 hundred and 21", "3 million and a
//! half", "17th", "twenty-first", and fractions: "3/4", "2 1/4", "½", "a
//! third", "two thirds", "one twenty-fifth", "half", "one and a half",
//! "five-and-a-half", "five and a half million", "three quarters billion".
//!
//! ## Why a reader cares
//! Every figure, date and range is built on a numeral; reading the number right
//! once, here, keeps money, percentages and dates consistent.
//!
//! ## Example
//! "1.2 million" → value 1 200 000, scaled; "25th" → value 25, ordinal;
//! "two thirds" → value 0.667, fraction.
//!
//! ## Limits
//! A bare "m" after a number ("10m") is left to the money and quantity rules:
//! it is millions after "$" and metres otherwise; a capital "M" ("10M") is
//! millions. A capital "K" and a "B" on a whole number are not scales ("4K",
//! "a 5K run", "2B pencil"); "10k", "1.2b" and, after a currency, "$10K" and
//! "$2B" are. Whether "one" counts anything is decided by the figure rules, not
//! here. A slash fraction needs a common denominator (2, 3, 4, 5, 6, 8, 10, 16,
//! 32, 64, 100) and a numerator below it, so "24/7", "9/11" and "5/17/2018" are
//! not fractions. "a third" is a fraction before "of" or punctuation and an
//! ordinal before a noun ("a third term"); "one third-party" is no fraction.
//! Space-grouped thousands ("1 234 567") need groups of exactly three digits
//! after a first group of one to three. A point before exactly "000" groups
//! thousands ("45.000" is 45 000; "1.000" is read as 1000, not 1.0). Scale
//! letters glued to four bare digits or more are model names ("6600M",
//! "3770k"), not millions or thousands. European decimal commas ("1,3"),
//! spaced signs ("- 5") and spaced scale letters ("2.33 k") are not read.

use super::decimal::decimal;
use crate::text::{Doc, TokenKind};

/// What a numeral denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumeralKind {
    Cardinal,
    Ordinal,
    Fraction,
}

/// A number found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// Byte span.
    pub start: usize,
    pub end: usize,
    /// Token span: `first..last + 1`.
    pub first: usize,
    pub last: usize,
    pub value: f64,
    pub kind: NumeralKind,
    /// Written (at least partly) in words: "twenty", "3 million".
    pub words: bool,
    /// A bare run of digits with nothing else: "2025", "07".
    pub plain: bool,
    /// Has a scale word or suffix: "million", "bn", "k".
    pub scaled: bool,
    /// The multiplier of that scale (1 when none): 1e6 for "1.2 million".
    pub scale: f64,
}

impl Numeral {
    /// A bare four-digit number that could be a year: "2021".
    pub fn year_like(&self) -> bool {
        self.plain && self.end - self.start == 4 && (1000.0..2200.0).contains(&self.value)
    }
}

/// Finds every numeral in `doc`, in text order, none overlapping.
pub fn find_numerals(doc: &Doc) -> Vec<Numeral> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        match numeral_at(doc, i) {
            Some(n) if n.value.is_finite() && n.last >= i => {
                i = n.last + 1;
                out.push(n);
            }
            _ => i += 1,
        }
    }
    out
}

/// The numeral starting at token `i`, if any.
/// The rules it calls are `#[inline(never)]` so that it stays a small function:
/// Chromium optimises hot functions during the first analysis, and a
/// dispatcher with every rule inlined into it is slow to optimise (see
/// `tools/wasm-functions.mjs`).
pub fn numeral_at(doc: &Doc, i: usize) -> Option<Numeral> {
    match doc.kind(i)? {
        TokenKind::Digits => digits_at(doc, i),
        TokenKind::Word if may_start_number(doc.tok(i)) => words_at(doc, i),
        TokenKind::Word => None,
        TokenKind::Punct => punct_at(doc, i),
    }
}

/// A cheap test on a word before any lookup: number words are short ASCII
/// words starting with one of a few letters.
fn may_start_number(w: &str) -> bool {
    // a b e f h m n o q s t z
    const INITIALS: u32 = (1 << 0)
        | (1 << 1)
        | (1 << 4)
        | (1 << 5)
        | (1 << 7)
        | (1 << 12)
        | (1 << 13)
        | (1 << 14)
        | (1 << 16)
        | (1 << 18)
        | (1 << 19)
        | (1 << 25);
    let Some(&b) = w.as_bytes().first() else {
        return false;
    };
    let l = b.to_ascii_lowercase();
    w.len() <= 12 && w.is_ascii() && l.is_ascii_lowercase() && INITIALS & (1 << (l - b'a')) != 0
}

/// Scale words and suffixes: the multiplier they stand for.
pub fn scale_word(w: &str) -> Option<f64> {
    let mut buf = [0u8; 48];
    let w = crate::text::lower_into(w, &mut buf)?;
    Some(match w {
        "thousand" | "k" => 1e3,
        "million" | "millions" | "mn" | "mln" | "mil" => 1e6,
        "billion" | "billions" | "bn" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" | "tln" | "trn" => 1e12,
        "lakh" | "lakhs" | "lac" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Scale words written out in full ("million", not "mn").
fn spelled_scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// A suffix or word after digits that multiplies them: "2bn", "1.2 million",
/// "10M", "322 hundred", "3 dozen". Returns the multiplier and whether it is a
/// word.
fn digit_scale(doc: &Doc, j: usize, decimal: bool) -> Option<(f64, bool)> {
    let t = doc.tok(j);
    let glued = doc.glued(j);
    if doc.kind(j) != Some(TokenKind::Word) {
        return None;
    }
    match t {
        "M" | "MM" => return Some((1e6, false)),
        // "1.2b"; a bare "2B" is more often a name ("2B pencil").
        "b" | "B" if glued && decimal => return Some((1e9, false)),
        // "10k"; a capital "4K", "5K" is a resolution or a race, not 4000
        // (after a currency, "$10K" is read by the money rule).
        "k" if glued => return Some((1e3, false)),
        _ => {}
    }
    let w = doc.lower(j)?;
    match w {
        "hundred" => Some((100.0, true)),
        "dozen" | "dozens" => Some((12.0, true)),
        "bn" | "mn" | "mln" | "bln" | "tn" | "tln" | "trn" | "mil" => {
            scale_word(w).map(|m| (m, false))
        }
        _ => {
            let m = spelled_scale(w)?;
            Some((m, true))
        }
    }
}

/// Digits collected into a stack buffer and parsed once: no allocation.
struct NumBuf {
    buf: [u8; 40],
    len: usize,
    /// Integer digits dropped past the buffer (a power of ten to apply).
    shift: i32,
}

impl Default for NumBuf {
    fn default() -> Self {
        NumBuf {
            buf: [0; 40],
            len: 0,
            shift: 0,
        }
    }
}

impl NumBuf {
    const MAX: usize = 40;

    fn int_digits(&mut self, s: &str) {
        for b in s.bytes() {
            if self.len < Self::MAX {
                self.buf[self.len] = b;
                self.len += 1;
            } else {
                self.shift = self.shift.saturating_add(1);
            }
        }
    }

    fn frac_digits(&mut self, s: &str) {
        if self.shift > 0 || self.len >= Self::MAX {
            return;
        }
        self.buf[self.len] = b'.';
        self.len += 1;
        for b in s.bytes() {
            if self.len < Self::MAX {
                self.buf[self.len] = b;
                self.len += 1;
            }
        }
    }

    fn value(&self) -> f64 {
        let v = std::str::from_utf8(&self.buf[..self.len])
            .ok()
            .and_then(decimal)
            .unwrap_or(0.0);
        if self.shift > 0 {
            v * 10f64.powi(self.shift)
        } else {
            v
        }
    }
}

/// Whether token `j` is followed by `sep` and an `n`-digit group, all glued.
fn group_after(doc: &Doc, j: usize, sep: char, n: usize) -> bool {
    doc.is_punct(j + 1, sep)
        && doc.glued(j + 1)
        && doc.kind(j + 2) == Some(TokenKind::Digits)
        && doc.glued(j + 2)
        && doc.tok(j + 2).len() == n
}

/// Whether token `j` is followed, after exactly one space, by a 3-digit group:
/// "1 234", "40 000" (also with a no-break or thin space).
fn space_group_after(doc: &Doc, j: usize) -> bool {
    if doc.kind(j + 1) != Some(TokenKind::Digits)
        || doc.tok(j + 1).len() != 3
        || doc.line_break_before(j + 1)
    {
        return false;
    }
    let gap = doc.text.get(doc.end(j)..doc.start(j + 1)).unwrap_or("");
    if !matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}") {
        return false;
    }
    // "1 234.5" is fine; "1 234-5" or "1 234/5" is something else.
    !(doc.glued(j + 2) && doc.is_any(j + 2, &["-", "/", ":"]))
}

/// Denominators a slash fraction may have.
fn common_denominator(d: f64) -> bool {
    [2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 16.0, 32.0, 64.0, 100.0].contains(&d)
}

/// "3/4" at token `i`: (numerator, denominator).
fn slash_at(doc: &Doc, i: usize) -> Option<(f64, f64)> {
    if doc.kind(i) != Some(TokenKind::Digits)
        || !doc.is_punct(i + 1, '/')
        || !doc.glued(i + 1)
        || doc.kind(i + 2) != Some(TokenKind::Digits)
        || !doc.glued(i + 2)
        || doc.tok(i).len() > 3
        || doc.tok(i + 2).len() > 3
    {
        return None;
    }
    // Part of a date or a path: "5/17/2018", "2018/3/4".
    let sign = i > 0 && doc.is_punct(i - 1, '-') && !doc.glued(i - 1);
    if (doc.glued(i + 3) && doc.is_any(i + 3, &["/", "-", "."]))
        || (doc.glued(i) && !sign && doc.is_any(i.checked_sub(1)?, &["/", "-", "."]))
    {
        return None;
    }
    let num = decimal(doc.tok(i))?;
    let den = decimal(doc.tok(i + 2))?;
    (num < den && common_denominator(den)).then_some((num, den))
}

/// The value of a vulgar fraction character: "½" → 0.5.
fn vulgar(t: &str) -> Option<f64> {
    Some(match t {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅐" => 1.0 / 7.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        "⅑" => 1.0 / 9.0,
        "⅒" => 0.1,
        _ => return None,
    })
}

fn numeral(doc: &Doc, first: usize, last: usize, value: f64, kind: NumeralKind) -> Numeral {
    Numeral {
        start: doc.start(first),
        end: doc.end(last),
        first,
        last,
        value,
        kind,
        words: false,
        plain: false,
        scaled: false,
        scale: 1.0,
    }
}

/// A numeral starting with the digit run at token `i`.
fn digits_at(doc: &Doc, i: usize) -> Option<Numeral> {
    if let Some((num, den)) = slash_at(doc, i) {
        return Some(numeral(doc, i, i + 2, num / den, NumeralKind::Fraction));
    }
    let head = doc.tok(i);
    let mut nb = NumBuf::default();
    nb.int_digits(head);
    let mut last = i;
    let mut plain = true;
    if head.len() <= 3 && group_after(doc, last, ',', 3) {
        // "3,400", "1,234,567"
        while group_after(doc, last, ',', 3) {
            nb.int_digits(doc.tok(last + 2));
            last += 2;
        }
        plain = false;
    } else if head.len() <= 2 && group_after(doc, last, ',', 2) {
        // Indian grouping: "12,34,567" (pairs, then a final group of three).
        let mut j = last;
        while group_after(doc, j, ',', 2) {
            j += 2;
        }
        if group_after(doc, j, ',', 3) && !group_after(doc, j + 2, ',', 3) {
            let mut k = last;
            while k < j + 2 {
                nb.int_digits(doc.tok(k + 2));
                k += 2;
            }
            last = j + 2;
            plain = false;
        }
    } else if head.len() <= 3 && space_group_after(doc, last) {
        // "1 234 567", "40 000"
        while space_group_after(doc, last) {
            nb.int_digits(doc.tok(last + 1));
            last += 1;
        }
        plain = false;
    }
    let mut decimal = false;
    // "45.000 Mitglieder", "1.000 lights": a point before exactly three zeros
    // (and no further group) groups thousands, as in most of Europe.
    let thousands = plain
        && head.len() <= 3
        && !head.starts_with('0')
        && group_after(doc, last, '.', 3)
        && doc.tok(last + 2) == "000"
        && !doc.is_punct(last + 3, '.')
        && !doc.is_punct(last + 3, ',');
    if thousands {
        nb.int_digits("000");
        last += 2;
        plain = false;
    } else if doc.is_punct(last + 1, '.')
        && doc.glued(last + 1)
        && doc.kind(last + 2) == Some(TokenKind::Digits)
        && doc.glued(last + 2)
    {
        nb.frac_digits(doc.tok(last + 2));
        last += 2;
        plain = false;
        decimal = true;
    }
    let mut value = nb.value();
    // Scientific notation: "1e10", "1.3e6", "12.32e+14".
    if doc.glued(last + 1) && doc.is_any(last + 1, &["e"]) {
        let mut j = last + 2;
        let mut neg = false;
        if (doc.is_punct(j, '+') || doc.is_punct(j, '-')) && doc.glued(j) {
            neg = doc.is_punct(j, '-');
            j += 1;
        }
        if doc.kind(j) == Some(TokenKind::Digits) && doc.glued(j) && doc.tok(j).len() <= 3 {
            let e: i32 = doc.tok(j).parse().unwrap_or(0);
            value *= 10f64.powi(if neg { -e } else { e });
            last = j;
            plain = false;
        }
    }
    if let Some((v, end)) = power_after(doc, last, value) {
        value = v;
        last = end;
        plain = false;
    }
    // Ordinal suffix: "25th", "1st".
    if !decimal && doc.glued(last + 1) && doc.is_any(last + 1, &["st", "nd", "rd", "th"]) {
        let mut n = numeral(doc, i, last + 1, value, NumeralKind::Ordinal);
        n.plain = false;
        return Some(n);
    }
    let mut n = numeral(doc, i, last, value, NumeralKind::Cardinal);
    n.plain = plain;
    if !decimal && plain {
        // "2½", "2 1/4", "2 and a half"
        if doc.glued(last + 1) {
            if let Some(f) = vulgar(doc.tok(last + 1)) {
                n.value += f;
                n.plain = false;
                set_last(doc, &mut n, last + 1);
            }
        } else if let Some((num, den)) = slash_at(doc, last + 1) {
            if !doc.line_break_before(last + 1) {
                n.value += num / den;
                n.plain = false;
                set_last(doc, &mut n, last + 3);
            }
        } else if let Some((f, end)) = and_fraction(doc, last + 1) {
            n.value += f;
            n.plain = false;
            n.words = true;
            set_last(doc, &mut n, end);
        }
    }
    // Scale words and suffixes, chained when each is larger: "1.5 lakh crore".
    let mut prev_scale = 0.0;
    loop {
        let j = n.last + 1;
        if j >= doc.len() || doc.line_break_before(j) {
            break;
        }
        let Some((m, spelled)) = digit_scale(doc, j, decimal) else {
            break;
        };
        if prev_scale > 0.0 && (!spelled || m <= prev_scale || m == 12.0) {
            break;
        }
        // "6600M", "3770k": a letter glued to four bare digits or more names
        // a model (a chip, a processor); nobody writes 5.5 billion that way.
        if prev_scale == 0.0 && !spelled && plain && head.len() >= 4 && doc.glued(j) {
            break;
        }
        n.value *= m;
        n.scale *= m;
        n.scaled = true;
        n.plain = false;
        n.words |= spelled;
        prev_scale = m;
        set_last(doc, &mut n, j);
        if m == 12.0 {
            break;
        }
    }
    if n.scaled && n.words && n.value.fract() == 0.0 {
        mixed_tail(doc, &mut n, prev_scale);
    }
    if n.scaled && prev_scale > 12.0 {
        scaled_and_fraction(doc, &mut n);
    }
    Some(n)
}

/// A power after a number: "1.1^23", "2.5^-1", "1.3x10^6", "6.23x10^-4".
/// Returns the value and the last token.
fn power_after(doc: &Doc, last: usize, base: f64) -> Option<(f64, usize)> {
    let mut j = last + 1;
    let ten = doc.glued(j) && doc.is(j, "x") && doc.tok(j + 1) == "10" && doc.glued(j + 1);
    if ten {
        j += 2;
    }
    if !(doc.is_punct(j, '^') && doc.glued(j)) {
        return None;
    }
    let mut k = j + 1;
    let mut neg = false;
    while (doc.is_punct(k, '-') || doc.is_punct(k, '+')) && doc.glued(k) && k < j + 4 {
        neg ^= doc.is_punct(k, '-');
        k += 1;
    }
    if doc.kind(k) != Some(TokenKind::Digits) || !doc.glued(k) || doc.tok(k).len() > 3 {
        return None;
    }
    let e: i32 = doc.tok(k).parse().ok()?;
    let e = if neg { -e } else { e };
    let v = if ten {
        base * 10f64.powi(e)
    } else {
        base.powi(e)
    };
    Some((v, k))
}

fn set_last(doc: &Doc, n: &mut Numeral, last: usize) {
    n.last = last;
    n.end = doc.end(last);
}

/// A numeral starting with punctuation: a sign ("-5"), a leading decimal point
/// (".08") or a vulgar fraction ("½").
#[inline(never)]
fn punct_at(doc: &Doc, i: usize) -> Option<Numeral> {
    let t = doc.tok(i);
    if t == "-" || t == "\u{2212}" {
        let opener = i
            .checked_sub(1)
            .is_some_and(|p| doc.is_any(p, &["(", "[", "\"", "“", "‘", ":", "=", "<", ">", "~"]));
        if (!doc.glued(i) || opener)
            && doc.kind(i + 1) == Some(TokenKind::Digits)
            && doc.glued(i + 1)
        {
            let mut n = digits_at(doc, i + 1)?;
            if n.kind == NumeralKind::Ordinal {
                return None;
            }
            n.value = -n.value;
            n.first = i;
            n.start = doc.start(i);
            n.plain = false;
            return Some(n);
        }
        return None;
    }
    if t == "." {
        if (doc.glued(i) && i > 0)
            || doc.kind(i + 1) != Some(TokenKind::Digits)
            || !doc.glued(i + 1)
        {
            return None;
        }
        // ".08", but not "1.2.3" (the "2" already started a numeral).
        let mut nb = NumBuf::default();
        nb.int_digits("0");
        nb.frac_digits(doc.tok(i + 1));
        return Some(numeral(doc, i, i + 1, nb.value(), NumeralKind::Cardinal));
    }
    vulgar(t).map(|v| numeral(doc, i, i, v, NumeralKind::Fraction))
}

fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        _ => return None,
    })
}

/// Ordinals of scale words, which multiply: "two hundredth" is 200th.
fn ordinal_scale(w: &str) -> Option<f64> {
    Some(match w {
        "hundredth" => 1e2,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// A fraction's denominator word: "third" (3, singular), "quarters" (4, plural).
/// "first" and "second" are never denominators.
fn denominator(w: &str) -> Option<(f64, bool)> {
    match w {
        "half" => return Some((2.0, false)),
        "halves" => return Some((2.0, true)),
        "quarter" => return Some((4.0, false)),
        "quarters" => return Some((4.0, true)),
        _ => {}
    }
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) => (s, true),
        None => (w, false),
    };
    let d = ordinal_word(stem).or_else(|| ordinal_scale(stem))?;
    (d >= 3.0).then_some((d, plural))
}

/// A cardinal or ordinal written in words.
struct Card {
    value: f64,
    last: usize,
    kind: NumeralKind,
    scaled: bool,
    /// The last scale read (1 when none).
    scale: f64,
    /// Ends in a plural ordinal ("fifths"): a denominator.
    plural: bool,
}

/// Reads number words from token `i`: "one hundred and six", "twenty-first",
/// "two million", "nine point nought four". `seeded` starts as if a "one" had
/// been read ("a hundred", "a dozen"). With `plural_ok` it may end in a plural
/// ordinal, as a denominator does ("twenty-fifths").
fn card_words(doc: &Doc, i: usize, seeded: bool, plural_ok: bool) -> Option<Card> {
    #[derive(PartialEq, Clone, Copy)]
    enum Prev {
        None,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
    }
    let mut total = 0.0f64;
    let mut group = if seeded { 1.0 } else { 0.0 };
    let mut prev = if seeded { Prev::Unit } else { Prev::None };
    let mut last_scale = 0.0f64;
    let mut last: Option<usize> = None;
    let mut kind = NumeralKind::Cardinal;
    let mut scaled = false;
    let mut plural = false;
    let mut j = i;
    while j < doc.len() {
        if j > i && doc.line_break_before(j) {
            break;
        }
        let Some(w) = doc.lower(j) else {
            break;
        };
        // "twenty-three" (or "fifty - two"): a hyphen after tens, glued on
        // both sides or spaced on both.
        if w == "-" && prev == Prev::Tens && doc.glued(j) == doc.glued(j + 1) {
            let next = doc.lower(j + 1).unwrap_or("");
            let unit = unit_word(next).is_some_and(|v| (1.0..10.0).contains(&v));
            let ordinal = ordinal_word(next).is_some_and(|v| v < 10.0)
                || ordinal_word(next.strip_suffix('s').unwrap_or("")).is_some_and(|v| v < 10.0);
            if doc.glued(j) || unit || ordinal {
                j += 1;
                continue;
            }
            break;
        }
        // "one hundred and six", "one hundred and fifth"
        if w == "and" && matches!(prev, Prev::Hundred | Prev::Scale) {
            let next = doc.lower(j + 1).unwrap_or("");
            if unit_word(next).is_some()
                || tens_word(next).is_some()
                || ordinal_word(next).is_some()
            {
                j += 1;
                continue;
            }
            break;
        }
        // "two hundred point zero three"
        if w == "point" && prev != Prev::None && last == Some(j.wrapping_sub(1)) {
            if let Some((f, end)) = point_digits(doc, j + 1) {
                group += f;
                last = Some(end);
            }
            break;
        }
        if let Some(v) = unit_word(w) {
            if matches!(prev, Prev::Unit | Prev::Teen)
                || (prev == Prev::Tens && (v >= 10.0 || v == 0.0))
            {
                break;
            }
            group += v;
            prev = if v >= 10.0 { Prev::Teen } else { Prev::Unit };
        } else if let Some(v) = tens_word(w) {
            if matches!(prev, Prev::Unit | Prev::Teen | Prev::Tens) {
                break;
            }
            group += v;
            prev = Prev::Tens;
        } else if w == "hundred" {
            if prev == Prev::Hundred {
                break;
            }
            group = if group == 0.0 { 100.0 } else { group * 100.0 };
            prev = Prev::Hundred;
        } else if w == "dozen" || w == "dozens" {
            if prev == Prev::None || prev == Prev::Scale {
                break;
            }
            group *= 12.0;
            last = Some(j);
            break;
        } else if let Some(m) = spelled_scale(w) {
            match prev {
                Prev::None => break,
                Prev::Scale => {
                    // "three lakh crore", "a thousand million"
                    if m > last_scale && group == 0.0 {
                        total *= m;
                        last_scale = m;
                    } else {
                        break;
                    }
                }
                _ => {
                    total += group * m;
                    group = 0.0;
                    last_scale = m;
                }
            }
            prev = Prev::Scale;
            scaled = true;
        } else if let Some(m) = ordinal_scale(w) {
            // "two hundredth", "three trillionth"
            if prev == Prev::Scale {
                break;
            }
            if m == 100.0 {
                group = group.max(1.0) * m;
            } else {
                total += group.max(1.0) * m;
                group = 0.0;
            }
            kind = NumeralKind::Ordinal;
            last = Some(j);
            break;
        } else if let Some(v) = ordinal_word(w) {
            if matches!(prev, Prev::Unit | Prev::Teen) || (prev == Prev::Tens && v >= 10.0) {
                break;
            }
            group += v;
            kind = NumeralKind::Ordinal;
            last = Some(j);
            break;
        } else if let Some(v) = plural_ok
            .then(|| w.strip_suffix('s'))
            .flatten()
            .and_then(|stem| {
                ordinal_word(stem).or_else(|| ordinal_scale(stem).filter(|&m| m == 100.0))
            })
        {
            // "fifths", "twenty-firsts", "hundredths": a denominator
            if matches!(prev, Prev::Unit | Prev::Teen)
                || (prev == Prev::Tens && v >= 10.0)
                || (v < 3.0 && prev != Prev::Tens)
            {
                break;
            }
            group = if v == 100.0 {
                group.max(1.0) * v
            } else {
                group + v
            };
            kind = NumeralKind::Ordinal;
            plural = true;
            last = Some(j);
            break;
        } else {
            break;
        }
        last = Some(j);
        j += 1;
    }
    let last = last?;
    Some(Card {
        value: total + group,
        last,
        kind,
        scaled,
        scale: if scaled { last_scale } else { 1.0 },
        plural,
    })
}

/// The digits after "point": "zero three" → 0.03, "seventy-one" → 0.71.
fn point_digits(doc: &Doc, j: usize) -> Option<(f64, usize)> {
    let mut acc = 0.0f64;
    let mut n = 0i32;
    let mut last = None;
    let mut k = j;
    while let Some(w) = doc.lower(k) {
        if doc.line_break_before(k) || n >= 15 {
            break;
        }
        match unit_word(w) {
            Some(v) if v < 10.0 => {
                acc = acc * 10.0 + v;
                n += 1;
                last = Some(k);
                k += 1;
            }
            _ if n == 0 => {
                // "point seventy-one", "point eleven"
                let c = card_words(doc, k, false, false)?;
                if c.kind != NumeralKind::Cardinal || c.value >= 100.0 || c.value < 10.0 {
                    return None;
                }
                return Some((c.value / 100.0, c.last));
            }
            _ => break,
        }
    }
    Some((acc / 10f64.powi(n), last?))
}

/// "and a half", "and three quarters", "and one fifth" at token `j`:
/// the fraction and its last token.
fn and_fraction(doc: &Doc, j: usize) -> Option<(f64, usize)> {
    // "five-and-a-half", "two-and-a-quarter": the same, hyphenated.
    if doc.is_punct(j, '-') {
        let glued = (j..=j + 5).all(|k| doc.glued(k));
        let shape = doc.is(j + 1, "and")
            && doc.is_punct(j + 2, '-')
            && doc.is_any(j + 3, &["a", "an", "one"])
            && doc.is_punct(j + 4, '-');
        if !(glued && shape) {
            return None;
        }
        let (den, plural) = denominator(doc.lower(j + 5)?)
            .or_else(|| doc.is(j + 5, "half").then_some((2.0, false)))?;
        return (!plural).then_some((1.0 / den, j + 5));
    }
    if !doc.is(j, "and") || doc.line_break_before(j) || doc.line_break_before(j + 1) {
        return None;
    }
    let k = j + 1;
    if doc.is_any(k, &["a", "an", "one"]) {
        let (den, plural) = denominator(doc.lower(k + 1)?)
            .or_else(|| doc.is(k + 1, "half").then_some((2.0, false)))?;
        return (!plural && !doc.line_break_before(k + 1)).then_some((1.0 / den, k + 1));
    }
    let c = card_words(doc, k, false, false)?;
    if c.kind != NumeralKind::Cardinal || c.value >= 100.0 {
        return None;
    }
    let (v, end) = fraction_tail(doc, c.last, c.value)?;
    (v < 1.0).then_some((v, end))
}

/// A denominator after a cardinal: "two thirds", "one fifth", "one-eighth",
/// "three twenty-firsts", "one one hundred fifth". Returns the fraction's
/// value and last token.
fn fraction_tail(doc: &Doc, last: usize, numerator: f64) -> Option<(f64, usize)> {
    let mut j = last + 1;
    if doc.is_punct(j, '-') && !doc.line_break_before(j) {
        j += 1;
    }
    if doc.line_break_before(j) || numerator <= 0.0 || numerator.fract() != 0.0 {
        return None;
    }
    let (den, plural, end, compound) = match denominator(doc.lower(j)?) {
        Some((d, p)) => (d, p, j, false),
        None => {
            let c = card_words(doc, j, false, true)?;
            if c.kind != NumeralKind::Ordinal || c.value < 3.0 {
                return None;
            }
            (c.value, c.plural, c.last, true)
        }
    };
    // "one third-party candidate": a compound word, not a fraction.
    if doc.is_punct(end + 1, '-')
        && doc.glued(end + 1)
        && doc.kind(end + 2) == Some(TokenKind::Word)
    {
        return None;
    }
    // "one twenty-first century": an ordinal before its noun.
    if compound && !plural && doc.kind(end + 1) == Some(TokenKind::Word) && !doc.is(end + 1, "of") {
        return None;
    }
    let ok = if numerator == 1.0 { !plural } else { plural };
    ok.then_some((numerator / den, end))
}

/// A scale after a fraction: "three quarters billion", "two thirds of a
/// million". Makes `n` that many, a cardinal.
fn scale_fraction(doc: &Doc, n: &mut Numeral) {
    let mut j = n.last + 1;
    if doc.is(j, "of") && doc.is_any(j + 1, &["a", "an"]) {
        j += 2;
    }
    if !(n.last + 1..=j).all(|k| !doc.line_break_before(k)) {
        return;
    }
    if let Some(m) = doc.lower(j).and_then(spelled_scale) {
        n.value *= m;
        n.scale = m;
        n.scaled = true;
        n.kind = NumeralKind::Cardinal;
        set_last(doc, n, j);
    }
}

/// "and a half" after a scaled number: "3 million and a half" (3.5 million),
/// "one billion and a half million".
fn scaled_and_fraction(doc: &Doc, n: &mut Numeral) {
    let Some((f, end)) = and_fraction(doc, n.last + 1) else {
        return;
    };
    match doc.lower(end + 1).and_then(spelled_scale) {
        Some(m) if m < n.scale && !doc.line_break_before(end + 1) => {
            n.value += f * m;
            set_last(doc, n, end + 1);
        }
        _ => {
            n.value += f * n.scale;
            set_last(doc, n, end);
        }
    }
}

/// Digits and words mixed after a scale: "3 hundred and 21", "4 thousand 3
/// hundred and 21", "6 crore and two hundred".
fn mixed_tail(doc: &Doc, n: &mut Numeral, mut scale: f64) {
    while scale >= 100.0 {
        let mut j = n.last + 1;
        let and = doc.is(j, "and");
        if and {
            j += 1;
        }
        if doc.line_break_before(j) || doc.line_break_before(n.last + 1) {
            return;
        }
        match doc.kind(j) {
            Some(TokenKind::Digits) => {
                let t = doc.tok(j);
                let plain =
                    t.len() <= 3 && !(doc.glued(j + 1) && doc.is_any(j + 1, &[".", ",", "/", "-"]));
                let Some(v) = plain.then(|| decimal(t)).flatten() else {
                    return;
                };
                let next = doc.lower(j + 1).unwrap_or("");
                let m = if next == "hundred" {
                    Some(100.0)
                } else {
                    spelled_scale(next)
                };
                match m {
                    Some(m) if m < scale && v < 1000.0 => {
                        n.value += v * m;
                        set_last(doc, n, j + 1);
                        scale = m;
                    }
                    None if and && v < 100.0 && v < scale => {
                        n.value += v;
                        set_last(doc, n, j);
                        return;
                    }
                    _ => return,
                }
            }
            Some(TokenKind::Word) if and => {
                let Some(c) = card_words(doc, j, false, false) else {
                    return;
                };
                if c.kind == NumeralKind::Cardinal && c.value < scale {
                    n.value += c.value;
                    set_last(doc, n, c.last);
                }
                return;
            }
            _ => return,
        }
    }
}

/// A numeral written in words starting at token `i`.
#[inline(never)]
fn words_at(doc: &Doc, i: usize) -> Option<Numeral> {
    let w = doc.lower(i)?;
    match w {
        "a" | "an" => return article_at(doc, i),
        "half" => return half_at(doc, i),
        "quarter" => {
            if doc.line_break_before(i + 1) {
                return None;
            }
            let (m, _) = digit_scale(doc, i + 1, false).filter(|&(m, s)| s && m > 12.0)?;
            let mut n = numeral(doc, i, i + 1, 0.25 * m, NumeralKind::Cardinal);
            n.words = true;
            n.scaled = true;
            n.scale = m;
            return Some(n);
        }
        "minus" | "negative" => {
            if doc.line_break_before(i + 1) || doc.kind(i + 1) == Some(TokenKind::Punct) {
                return None;
            }
            if matches!(doc.lower(i + 1), Some("minus" | "negative" | "a" | "an")) {
                return None;
            }
            let mut n = numeral_at(doc, i + 1)?;
            if n.kind == NumeralKind::Ordinal {
                return None;
            }
            n.value = -n.value;
            n.first = i;
            n.start = doc.start(i);
            n.plain = false;
            n.words = true;
            return Some(n);
        }
        _ => {}
    }
    if unit_word(w).is_none()
        && tens_word(w).is_none()
        && w != "hundred"
        && ordinal_word(w).is_none()
        && ordinal_scale(w).is_none()
    {
        return None;
    }
    let card = card_words(doc, i, false, false)?;
    let mut n = numeral(doc, i, card.last, card.value, card.kind);
    n.words = true;
    n.scaled = card.scaled;
    n.scale = card.scale;
    if card.kind == NumeralKind::Ordinal {
        return Some(n);
    }
    if let Some((v, end)) = fraction_tail(doc, card.last, card.value) {
        n.value = v;
        n.kind = NumeralKind::Fraction;
        set_last(doc, &mut n, end);
        scale_fraction(doc, &mut n);
        return Some(n);
    }
    if card.scaled {
        scaled_and_fraction(doc, &mut n);
    } else if let Some((f, end)) = and_fraction(doc, card.last + 1) {
        n.value += f;
        set_last(doc, &mut n, end);
        // "five and a half million"
        if let Some((m, true)) = digit_scale(doc, end + 1, false).filter(|&(m, _)| m > 12.0) {
            if !doc.line_break_before(end + 1) {
                n.value *= m;
                n.scaled = true;
                n.scale = m;
                set_last(doc, &mut n, end + 1);
            }
        }
    }
    Some(n)
}

/// "a hundred", "a million", "a dozen", "a half", "a quarter million",
/// "a third of".
fn article_at(doc: &Doc, i: usize) -> Option<Numeral> {
    let j = i + 1;
    if doc.line_break_before(j) {
        return None;
    }
    let w = doc.lower(j)?;
    if w == "hundred" || w == "dozen" || spelled_scale(w).is_some() {
        let card = card_words(doc, j, true, false)?;
        let mut n = numeral(doc, i, card.last, card.value, card.kind);
        n.words = true;
        n.scaled = card.scaled;
        n.scale = card.scale;
        if let Some((v, end)) = fraction_tail(doc, card.last, card.value) {
            // "a hundred trillionths"
            n.value = v;
            n.kind = NumeralKind::Fraction;
            set_last(doc, &mut n, end);
        }
        return Some(n);
    }
    if w == "half" || w == "quarter" {
        // "a half-century", "a quarter-final": compound words.
        if doc.is_punct(j + 1, '-') && doc.glued(j + 1) {
            return None;
        }
        let f = if w == "half" { 0.5 } else { 0.25 };
        // "a half dozen", "a quarter million"
        if let Some((m, true)) = digit_scale(doc, j + 1, false) {
            if !doc.line_break_before(j + 1) {
                let mut n = numeral(doc, i, j + 1, f * m, NumeralKind::Cardinal);
                n.words = true;
                n.scaled = m > 12.0;
                n.scale = m;
                return Some(n);
            }
        }
        let mut n = numeral(doc, i, j, f, NumeralKind::Fraction);
        n.words = true;
        return Some(n);
    }
    let (den, plural) = denominator(w)?;
    if plural {
        return None;
    }
    // "a third of", "a tenth." but not "a third term".
    let k = j + 1;
    let fraction = doc.kind(k) != Some(TokenKind::Word)
        || doc.line_break_before(k)
        || doc.is_any(
            k,
            &[
                "of", "more", "less", "fewer", "as", "than", "or", "and", "to",
            ],
        );
    if !fraction {
        return None;
    }
    let mut n = numeral(doc, i, j, 1.0 / den, NumeralKind::Fraction);
    n.words = true;
    Some(n)
}

/// "half", "half a million", "half a dozen", "half million".
fn half_at(doc: &Doc, i: usize) -> Option<Numeral> {
    // "half-time", "half-brother": a compound word, not a number.
    if doc.is_punct(i + 1, '-') && doc.glued(i + 1) {
        return None;
    }
    if doc.glued(i) && doc.is_punct(i.wrapping_sub(1), '-') {
        return None;
    }
    let mut j = i + 1;
    if doc.is_any(j, &["a", "an"]) && !doc.line_break_before(j) {
        j += 1;
    }
    if let Some((m, true)) = digit_scale(doc, j, false) {
        if !doc.line_break_before(j) && (j == i + 1 || m >= 12.0) {
            let mut n = numeral(doc, i, j, 0.5 * m, NumeralKind::Cardinal);
            n.words = true;
            n.scaled = m > 12.0;
            n.scale = m;
            return Some(n);
        }
    }
    let mut n = numeral(doc, i, i, 0.5, NumeralKind::Fraction);
    n.words = true;
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(s: &str) -> Vec<(String, f64, NumeralKind)> {
        let d = Doc::new(s);
        find_numerals(&d)
            .into_iter()
            .map(|n| (s[n.start..n.end].to_string(), n.value, n.kind))
            .collect()
    }

    fn one(s: &str) -> (String, f64, NumeralKind) {
        let v = nums(s);
        assert_eq!(v.len(), 1, "{s:?} gave {v:?}");
        v.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * a.abs().max(1.0)
    }

    #[test]
    fn digits_with_separators_decimals_and_scales() {
        use NumeralKind::*;
        assert_eq!(
            nums("3,400 and 1.2 million"),
            [
                ("3,400".into(), 3400.0, Cardinal),
                ("1.2 million".into(), 1.2e6, Cardinal)
            ]
        );
        assert_eq!(nums("2bn"), [("2bn".into(), 2e9, Cardinal)]);
        assert_eq!(nums("on 25th"), [("25th".into(), 25.0, Ordinal)]);
        assert_eq!(one("a 10M budget"), ("10M".into(), 1e7, Cardinal));
        assert_eq!(
            one("1 234 567 voters"),
            ("1 234 567".into(), 1234567.0, Cardinal)
        );
        assert_eq!(
            one("Rs 12,34,567.89"),
            ("12,34,567.89".into(), 1234567.89, Cardinal)
        );
        assert_eq!(one("1.3e6"), ("1.3e6".into(), 1.3e6, Cardinal));
        assert_eq!(one("three lakh crore").1, 3e12);
        assert_eq!(one("1.5 lakh crore").1, 1.5e12);
    }

    #[test]
    fn points_before_three_zeros_group_thousands() {
        let v = |s: &str| {
            let (t, v, _) = one(s);
            (t, v)
        };
        assert_eq!(v("mehr als 45.000 Besucher"), ("45.000".into(), 45_000.0));
        assert_eq!(v("the show has 1.000 lamps"), ("1.000".into(), 1000.0));
        assert_eq!(v("it grew 1.005 times"), ("1.005".into(), 1.005));
    }

    #[test]
    fn hyphenated_and_a_half() {
        let (t, v, _) = one("he won by five-and-a-half points");
        assert_eq!((t.as_str(), v), ("five-and-a-half", 5.5));
        let (t, v, _) = one("a two-and-a-quarter hour wait");
        assert_eq!((t.as_str(), v), ("two-and-a-quarter", 2.25));
    }

    #[test]
    fn letters_after_four_digits_name_models() {
        let (t, v, _) = one("a Vexa 6600M chip");
        assert_eq!((t.as_str(), v), ("6600", 6600.0));
        let (t, v, _) = one("some 20k fans");
        assert_eq!((t.as_str(), v), ("20k", 20_000.0));
    }

    #[test]
    fn lists_of_small_groups_stay_apart() {
        assert_eq!(nums("Exercises 22,24,26,31.").len(), 4);
        assert_eq!(nums("1, 234, 567").len(), 3);
        assert_eq!(nums("In 2019 300 people came").len(), 2);
    }

    #[test]
    fn signs() {
        assert_eq!(one("It was -5 outside").1, -5.0);
        assert_eq!(one("minus five point five").1, -5.5);
        assert_eq!(
            nums("18-19").len(),
            2,
            "a hyphen between numbers is no sign"
        );
        assert_eq!(nums("18-19")[1].1, 19.0);
    }

    #[test]
    fn words() {
        use NumeralKind::*;
        assert_eq!(
            nums("twenty-three"),
            [("twenty-three".into(), 23.0, Cardinal)]
        );
        assert_eq!(
            nums("one hundred and six"),
            [("one hundred and six".into(), 106.0, Cardinal)]
        );
        assert_eq!(
            nums("two million people"),
            [("two million".into(), 2e6, Cardinal)]
        );
        assert_eq!(
            nums("the twenty-first"),
            [("twenty-first".into(), 21.0, Ordinal)]
        );
        assert_eq!(
            nums("one two"),
            [("one".into(), 1.0, Cardinal), ("two".into(), 2.0, Cardinal)]
        );
        assert_eq!(one("a dozen eggs"), ("a dozen".into(), 12.0, Cardinal));
        assert_eq!(one("a million people").1, 1e6);
        assert_eq!(one("two hundred point zero three").1, 200.03);
        assert_eq!(
            one("two hundredth"),
            ("two hundredth".into(), 200.0, Ordinal)
        );
    }

    #[test]
    fn fractions() {
        use NumeralKind::*;
        assert_eq!(one("3/4 of voters"), ("3/4".into(), 0.75, Fraction));
        assert_eq!(one("a 10 1/2 mile walk"), ("10 1/2".into(), 10.5, Cardinal));
        assert_eq!(one("½ cup"), ("½".into(), 0.5, Fraction));
        let (t, v, k) = one("two thirds of them");
        assert_eq!((t.as_str(), k), ("two thirds", Fraction));
        assert!(close(v, 2.0 / 3.0));
        assert_eq!(one("a third of them").0, "a third");
        assert_eq!(one("a third term"), ("third".into(), 3.0, Ordinal));
        assert_eq!(one("half of them"), ("half".into(), 0.5, Fraction));
        assert_eq!(
            one("one and a half"),
            ("one and a half".into(), 1.5, Cardinal)
        );
        assert_eq!(one("five and a half million fish").1, 5.5e6);
        assert_eq!(one("half a million").1, 5e5);
        assert_eq!(one("one-eighth").1, 0.125);
        assert_eq!(one("2 and a half").1, 2.5);
    }

    #[test]
    fn compound_fractions_and_mixed_forms() {
        assert!(close(one("one twenty-fifth").1, 0.04));
        assert!(close(one("three twenty-firsts").1, 3.0 / 21.0));
        assert!(close(one("twenty fifths").1, 4.0));
        assert_eq!(one("three quarters billion").1, 7.5e8);
        assert!(close(one("two thirds of a million").1, 2e6 / 3.0));
        assert_eq!(one("3 million and a half").1, 3.5e6);
        assert_eq!(one("one billion and a half million").1, 1.0005e9);
        assert_eq!(one("4 thousand 3 hundred and 21").1, 4321.0);
        assert_eq!(one("6 crore and two hundred").1, 60000200.0);
        assert_eq!(nums("3 hundred and 2 hundred").len(), 2);
        assert_eq!(one("fifty - two").1, 52.0);
        assert!(close(one("1.1^23").1, 1.1f64.powi(23)));
        assert!(close(one("-2.5^-1").1, -0.4));
        assert!(close(one("1.3x10^6").1, 1.3e6));
        assert_eq!(nums("one third-party candidate")[0].0, "one");
    }

    #[test]
    fn dates_and_nonsense_are_not_fractions() {
        assert_eq!(nums("24/7").len(), 2);
        assert_eq!(nums("9/11").len(), 2);
        assert_eq!(nums("5/17/2018").len(), 3);
    }

    #[test]
    fn huge_digit_runs_are_finite_or_dropped() {
        let s = "9".repeat(500);
        for n in find_numerals(&Doc::new(&s)) {
            assert!(n.value.is_finite());
        }
        // Past 2^53 the value is near, not exact (figures::decimal).
        let v = one(&"1".repeat(60)).1;
        assert!((v / 1.1111111111111111e59 - 1.0).abs() < 1e-15, "{v}");
    }
}
