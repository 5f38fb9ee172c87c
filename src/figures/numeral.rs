//! ## What it finds
//! Numerals: every number written in digits or words, with its value, before
//! any rule decides what it counts. "3,400", "1.2 million", "2bn",
//! "twenty-three", "one hundred and six", "17th", "twenty-first".
//!
//! ## Why a reader cares
//! Every figure, date and range is built on a numeral; reading the number right
//! once, here, keeps money, percentages and dates consistent.
//!
//! ## Example
//! "1.2 million" → value 1 200 000, scaled; "25th" → value 25, ordinal.
//!
//! ## Limits
//! A bare "m" after a number ("10m") is left to the money and quantity rules:
//! it is millions after "$" and metres after "ran". Whether "one" counts
//! anything is decided by the figure rules, not here.

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
}

/// Finds every numeral in `doc`, in text order, none overlapping.
pub fn find_numerals(doc: &Doc) -> Vec<Numeral> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        let found = match doc.kind(i) {
            Some(TokenKind::Digits) => digits_at(doc, i),
            Some(TokenKind::Word) => words_at(doc, i),
            _ => None,
        };
        match found {
            Some(n) => {
                i = n.last + 1;
                out.push(n);
            }
            None => i += 1,
        }
    }
    out
}

/// Scale words and suffixes: the multiplier they stand for.
pub fn scale_word(w: &str) -> Option<f64> {
    let mut buf = [0u8; 48];
    let w = crate::text::lower_into(w, &mut buf)?;
    Some(match w {
        "thousand" | "k" => 1e3,
        "million" | "millions" | "mn" | "mln" | "mil" => 1e6,
        "billion" | "billions" | "bn" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" | "tln" => 1e12,
        "lakh" | "lakhs" | "lac" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

fn digits_value(s: &str) -> f64 {
    s.parse::<f64>().unwrap_or(0.0)
}

/// A numeral starting with the digit run at token `i`.
fn digits_at(doc: &Doc, i: usize) -> Option<Numeral> {
    let mut last = i;
    let mut int = String::from(doc.tok(i));
    let mut plain = true;
    // Thousands groups: "3,400", "1,234,567".
    while doc.is_punct(last + 1, ',')
        && doc.glued(last + 1)
        && doc.kind(last + 2) == Some(TokenKind::Digits)
        && doc.glued(last + 2)
        && doc.tok(last + 2).len() == 3
        && int.len() <= 3 + (int.len() / 4) * 3
    {
        int.push_str(doc.tok(last + 2));
        last += 2;
        plain = false;
    }
    let mut value = digits_value(&int);
    // Decimals: "1.25".
    if doc.is_punct(last + 1, '.')
        && doc.glued(last + 1)
        && doc.kind(last + 2) == Some(TokenKind::Digits)
        && doc.glued(last + 2)
    {
        let frac = doc.tok(last + 2);
        value = digits_value(&format!("{int}.{frac}"));
        last += 2;
        plain = false;
    }
    let mut kind = NumeralKind::Cardinal;
    let mut scaled = false;
    let mut words = false;
    // Ordinal suffix: "25th", "1st".
    if doc.glued(last + 1) && doc.is_any(last + 1, &["st", "nd", "rd", "th"]) {
        kind = NumeralKind::Ordinal;
        last += 1;
        plain = false;
    } else if let Some(m) = scale_word(doc.tok(last + 1)) {
        // "2bn" (glued) or "1.2 million" (spaced); a glued "k" only.
        let glued = doc.glued(last + 1);
        let spelled = doc.tok(last + 1).len() > 2;
        if glued || spelled {
            value *= m;
            last += 1;
            scaled = true;
            words = spelled;
            plain = false;
        }
    }
    Some(Numeral {
        start: doc.start(i),
        end: doc.end(last),
        first: i,
        last,
        value,
        kind,
        words,
        plain,
        scaled,
    })
}

fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
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
        "ninth" => 9.0,
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
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        _ => return None,
    })
}

/// A numeral written in words starting at token `i`: "twenty-three",
/// "one hundred and six", "two million", "twenty-first".
fn words_at(doc: &Doc, i: usize) -> Option<Numeral> {
    let mut buf = [0u8; 48];
    let mut total = 0.0f64; // completed scale groups
    let mut group = 0.0f64; // the group under construction (< 1000)
    let mut last: Option<usize> = None;
    let mut j = i;
    let mut kind = NumeralKind::Cardinal;
    let mut scaled = false;
    // What the previous word was, to refuse "one two" and "five fifty".
    #[derive(PartialEq, Clone, Copy)]
    enum Prev {
        None,
        Unit,
        Tens,
        Hundred,
        Scale,
    }
    let mut prev = Prev::None;
    while j < doc.len() {
        if j > i && doc.line_break_before(j) {
            break;
        }
        let Some(w) = doc.lower(j, &mut buf) else {
            break;
        };
        // "twenty-three": a hyphen glued on both sides between tens and a unit.
        if w == "-" && prev == Prev::Tens && doc.glued(j) && doc.glued(j + 1) {
            j += 1;
            continue;
        }
        // "one hundred and six"
        if w == "and" && matches!(prev, Prev::Hundred | Prev::Scale) {
            let mut nbuf = [0u8; 48];
            let next = doc.lower(j + 1, &mut nbuf).unwrap_or("");
            if unit_word(next).is_some() || tens_word(next).is_some() {
                j += 1;
                continue;
            }
            break;
        }
        if let Some(v) = unit_word(w) {
            if matches!(prev, Prev::Unit) {
                break;
            }
            group += v;
            prev = Prev::Unit;
        } else if let Some(v) = tens_word(w) {
            if matches!(prev, Prev::Unit | Prev::Tens) {
                break;
            }
            group += v;
            prev = Prev::Tens;
        } else if w == "hundred" {
            if matches!(prev, Prev::Hundred) {
                break;
            }
            group = if group == 0.0 { 100.0 } else { group * 100.0 };
            prev = Prev::Hundred;
        } else if let Some(m) = scale_word(w).filter(|_| w.len() > 2) {
            if prev == Prev::None {
                break;
            }
            total += if group == 0.0 { 1.0 } else { group } * m;
            group = 0.0;
            scaled = true;
            prev = Prev::Scale;
        } else if let Some(v) = ordinal_word(w) {
            if prev == Prev::Unit {
                break;
            }
            if w == "hundredth" || w == "thousandth" {
                group = if group == 0.0 { v } else { group * v };
            } else {
                group += v;
            }
            kind = NumeralKind::Ordinal;
            last = Some(j);
            break;
        } else {
            break;
        }
        last = Some(j);
        j += 1;
    }
    let last = last?;
    Some(Numeral {
        start: doc.start(i),
        end: doc.end(last),
        first: i,
        last,
        value: total + group,
        kind,
        words: true,
        plain: false,
        scaled,
    })
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
    }
}
