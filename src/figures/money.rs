//! ## What it finds
//! Amounts of money: a number with a currency symbol, code or name before or
//! after it. "£2,000", "$1.5bn", "US$ 3m", "HK$ 5", "Rs 500 crore", "€5m",
//! "10 $", "USD 200", "115USD", "30 billion rupees", "420 million finnish
//! markka", "50 cents", "a 12-cent dividend", "30 MUSD", "3 dollars 50 cents".
//!
//! ## Why a reader cares
//! "$1.5bn" and "1.5" are different claims; the currency and the scale are
//! what a fact-checker compares with the source.
//!
//! ## Example
//! "a $1.5bn deal" → money, value 1 500 000 000, currency "USD";
//! "50 cents more" → money, value 0.5, currency "USD".
//!
//! ## Limits
//! The currency is the ISO 4217 code of the form as listed in
//! `lists/currencies.txt`; ambiguous symbols ("$", "Rs", "¥", "cents") get the
//! default that list documents, whatever the article's country. "m" right after
//! a currency and number is millions ("$10m"); without a currency "10m" is
//! metres (see `quantity`). "pounds" is money only for scaled or large whole
//! amounts ("361 million pounds", "10,000 pounds"), otherwise weight. Values are
//! in the main unit (50 cents → 0.5); cents without their word are read only
//! at the end of a phrase ("15 dollars 50."). A sign spaced on both sides
//! after a number is that number's ("10 rmb 20 usd"), and a sign glued to the
//! next number is the next one's ("1 $10"). "1080p" and other video
//! resolutions are not pence. A currency name before the number ("dollar 22.5
//! million") and Chinese "kuai/mao" are not read.

use super::lexicon::{Lexicon, Phrase};
use super::numeral::{Numeral, NumeralKind};
use super::{Ctx, Found};
use crate::model::FigureKind;
use crate::text::{Doc, TokenKind};
use std::collections::HashMap;
use std::sync::OnceLock;

/// How a currency form is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Symbol or code, before or after the number.
    Sign,
    /// Name, after the number.
    Word,
    /// Hundredth part, after the number.
    Minor,
}

/// What a currency form stands for.
#[derive(Debug, Clone, Copy)]
pub struct Currency {
    pub iso: &'static str,
    pub role: Role,
    /// Money only for scaled or large amounts ("pounds").
    pub weak: bool,
}

struct Tables {
    forms: Lexicon<Currency>,
    /// Three-letter codes in capitals and their currency, for "MUSD"
    /// (millions of dollars).
    codes: HashMap<String, &'static str, crate::text::FnvBuild>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut forms = Lexicon::default();
        let mut codes = HashMap::default();
        for e in crate::lists::entries(crate::lists::list_text!("currencies")) {
            let mut f = crate::lists::fields(e);
            let (Some(iso), Some(role), Some(list)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let role = match role {
                "sign" => Role::Sign,
                "word" => Role::Word,
                "minor" => Role::Minor,
                _ => continue,
            };
            for form in crate::lists::forms(list) {
                let (form, weak) = match form.strip_suffix('?') {
                    Some(f) => (f.trim(), true),
                    None => (form, false),
                };
                if role == Role::Sign
                    && form.len() == 3
                    && form.bytes().all(|b| b.is_ascii_alphabetic())
                {
                    codes.entry(form.to_ascii_uppercase()).or_insert(iso);
                }
                forms.add(form, Currency { iso, role, weak });
            }
        }
        Tables { forms, codes }
    })
}

/// "MUSD" at token `j`: a code meaning millions of that currency.
fn mega_code(doc: &Doc, j: usize) -> Option<&'static str> {
    let t = doc.tok(j);
    let code = t
        .strip_prefix('M')
        .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))?;
    tables().codes.get(code).copied()
}

/// Whether a currency symbol or code ends at token `p` ("USD" in "USD115").
pub fn sign_ending_at(doc: &Doc, p: usize) -> bool {
    mega_code(doc, p).is_some()
        || tables()
            .forms
            .ending_at(doc, p)
            .is_some_and(|(_, ph)| ph.value.role == Role::Sign)
}

/// Whether any currency form starts at token `j` ("USD" in "115USD").
pub fn currency_at(doc: &Doc, j: usize) -> bool {
    mega_code(doc, j).is_some() || tables().forms.contains_at(doc, j)
}

/// A scale letter glued after an amount: "$10m", "£2bn", "$1.5b".
fn money_scale(doc: &Doc, j: usize) -> Option<f64> {
    if !doc.glued(j) || doc.kind(j) != Some(TokenKind::Word) {
        return None;
    }
    let m = match doc.tok(j) {
        "m" | "M" | "mn" | "MM" => 1e6,
        "b" | "B" | "bn" | "Bn" => 1e9,
        "k" | "K" => 1e3,
        "tn" | "trn" => 1e12,
        _ => return None,
    };
    Some(m)
}

/// Adds every amount of money in the document to `out`.
pub fn find(ctx: &Ctx, out: &mut Vec<Found>) {
    for n in &ctx.numerals {
        if n.kind == NumeralKind::Ordinal || ctx.is_blocked(n.first, n.last) {
            continue;
        }
        if let Some(f) = prefixed(ctx, n).or_else(|| suffixed(ctx, n)) {
            out.push(f);
        }
    }
}

fn money(ctx: &Ctx, first: usize, last: usize, value: f64, iso: &str) -> Found {
    let mut f = Found::new(ctx.doc, first, last, FigureKind::Money, Some(value), 32);
    f.figure.currency = Some(iso.to_string());
    f
}

/// "$5", "US$ 3m", "USD 200", "MAUD 60".
fn prefixed(ctx: &Ctx, n: &Numeral) -> Option<Found> {
    let doc = ctx.doc;
    let p = n.first.checked_sub(1)?;
    if doc.line_break_before(n.first) || n.kind == NumeralKind::Fraction {
        return None;
    }
    let (first, iso, mult) = match tables().forms.ending_at(doc, p) {
        Some((f, ph)) if ph.value.role == Role::Sign => (f, ph.value.iso, 1.0),
        _ => (p, mega_code(doc, p)?, 1e6),
    };
    if ctx.is_blocked(first, p) {
        return None;
    }
    // "10 rmb 20 usd": a sign spaced on both sides after a number is that
    // number's ("10 rmb"), unless the number is a year ("in 2019 USD 200").
    if !doc.glued(first) && !doc.glued(n.first) && first > 0 {
        let before = doc.tok(first - 1);
        let year = before.len() == 4 && before.starts_with(['1', '2']);
        if doc.kind(first - 1) == Some(TokenKind::Digits) && !year && !doc.line_break_before(first)
        {
            return None;
        }
    }
    let mut last = n.last;
    let mut value = n.value * mult;
    if !n.scaled {
        if let Some(m) = money_scale(doc, last + 1) {
            value *= m;
            last += 1;
        }
    }
    // "$ 10 dollars": the name repeats the sign.
    if let Some(ph) = tables().forms.at(doc, last + 1) {
        if ph.value.role == Role::Word && ph.value.iso == iso && ctx.same_line(last, last + 1) {
            last += Phrase::len(ph);
        }
    }
    Some(money(ctx, first, last, value, iso))
}

/// "5 dollars", "10 €", "115USD", "50 cents", "a 12-cent dividend", "30 MUSD",
/// "75 USD million", "3 dollars 50 cents".
fn suffixed(ctx: &Ctx, n: &Numeral) -> Option<Found> {
    let doc = ctx.doc;
    let mut j = n.last + 1;
    if doc.is_punct(j, '-') && doc.glued(j) && doc.glued(j + 1) {
        j += 1;
    }
    if !ctx.same_line(n.last, j) {
        return None;
    }
    let (len, cur, mult) = match tables().forms.at(doc, j) {
        Some(ph) => (Phrase::len(ph), ph.value, 1.0),
        None => {
            let iso = mega_code(doc, j)?;
            let cur = Currency {
                iso,
                role: Role::Sign,
                weak: false,
            };
            (1, cur, 1e6)
        }
    };
    if cur.weak && !(n.scaled || (n.value.abs() >= 1000.0 && n.value.fract() == 0.0)) {
        return None;
    }
    // "1080p", "720p": video resolutions, not pence.
    let resolution = [
        144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0,
    ];
    if cur.role == Role::Minor && doc.tok(j) == "p" && resolution.contains(&n.value) {
        return None;
    }
    // "1 $10": a sign spaced from this number and glued to the next one
    // belongs to the next one.
    if cur.role == Role::Sign
        && !doc.glued(j)
        && doc.glued(j + len)
        && doc.kind(j + len) == Some(TokenKind::Digits)
    {
        return None;
    }
    let mut last = j + len - 1;
    let mut value = n.value * mult;
    if cur.role == Role::Minor {
        value /= 100.0;
    }
    // "75 USD million"
    if cur.role == Role::Sign && !n.scaled && mult == 1.0 && ctx.same_line(last, last + 1) {
        if let Some(m) = super::numeral::scale_word(doc.tok(last + 1)).filter(|&m| m >= 1e6) {
            value *= m;
            last += 1;
        }
    }
    // "3 dollars 50 cents", "thirteen dollars and forty-five cents",
    // "15 dollars 50."
    if cur.role != Role::Minor && mult == 1.0 && n.value.fract() == 0.0 {
        if let Some((cents, end)) = cents_after(ctx, last + 1, cur.iso) {
            value += cents / 100.0;
            last = end;
        }
    }
    Some(money(ctx, n.first, last, value, cur.iso))
}

/// "50 cents" or "and 50 cents" at token `j`, in currency `iso`; or a bare
/// "50" that ends the phrase ("15 dollars 50.").
fn cents_after(ctx: &Ctx, mut j: usize, iso: &str) -> Option<(f64, usize)> {
    let doc = ctx.doc;
    let start = j;
    if doc.line_break_before(start) {
        return None;
    }
    if doc.is(j, "and") {
        j += 1;
    }
    let m = ctx.numeral_at(j)?;
    if m.kind != NumeralKind::Cardinal
        || m.value >= 100.0
        || m.value < 0.0
        || m.value.fract() != 0.0
        || !ctx.same_line(start, m.last)
        || ctx.is_blocked(m.first, m.last)
    {
        return None;
    }
    let k = m.last + 1;
    match tables().forms.at(doc, k) {
        Some(ph) => {
            let ok = ph.value.role == Role::Minor && ph.value.iso == iso && ctx.same_line(j, k);
            ok.then_some((m.value, m.last + Phrase::len(ph)))
        }
        // Only at a phrase's end: in "15 dollars 50 more" the 50 may count
        // something else.
        None => {
            let ends = doc.kind(k).is_none_or(|t| t == TokenKind::Punct)
                && !doc.is_any(k, &["%", "$", "€", "£", "-", "/"]);
            ends.then_some((m.value, m.last))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::testing::{close, figures, texts, the};
    use crate::model::FigureKind;

    fn money(text: &str, want: &str) -> (f64, String) {
        let f = the(text, want);
        assert_eq!(f.kind, FigureKind::Money, "{want:?}");
        (f.value.unwrap_or(f64::NAN), f.currency.unwrap_or_default())
    }

    #[test]
    fn symbols_before_the_number() {
        assert_eq!(money("It cost £2,000.", "£2,000"), (2000.0, "GBP".into()));
        assert_eq!(money("a $1.5bn deal", "$1.5bn"), (1.5e9, "USD".into()));
        assert_eq!(money("US$ 3m in aid", "US$ 3m"), (3e6, "USD".into()));
        assert_eq!(money("worth C$ 10", "C$ 10"), (10.0, "CAD".into()));
        assert_eq!(money("only HK$ 5", "HK$ 5"), (5.0, "HKD".into()));
        assert_eq!(
            money("Rs 500 crore was spent", "Rs 500 crore"),
            (5e9, "INR".into())
        );
        assert_eq!(money("a €5m fund", "€5m"), (5e6, "EUR".into()));
        assert_eq!(money("a $2B deal", "$2B"), (2e9, "USD".into()));
        assert_eq!(money("for USD 200.", "USD 200"), (200.0, "USD".into()));
        assert_eq!(money("revenue of MAUD 60", "MAUD 60"), (6e7, "AUD".into()));
    }

    #[test]
    fn names_and_codes_after_the_number() {
        assert_eq!(
            money("30 billion rupees", "30 billion rupees"),
            (3e10, "INR".into())
        );
        assert_eq!(
            money(
                "for 420 million finnish markka.",
                "420 million finnish markka"
            ),
            (4.2e8, "FIM".into())
        );
        assert_eq!(money("10 $ is not much", "10 $"), (10.0, "USD".into()));
        assert_eq!(money("It was 115USD", "115USD"), (115.0, "USD".into()));
        assert_eq!(money("losses of 30 MUSD", "30 MUSD"), (3e7, "USD".into()));
        assert_eq!(
            money("They lost 75 USD million", "75 USD million"),
            (7.5e7, "USD".into())
        );
    }

    #[test]
    fn hundredths_are_in_the_main_unit() {
        let (v, c) = money("50 cents more per barrel", "50 cents");
        assert!(close(Some(v), 0.5) && c == "USD");
        let (v, _) = money("a 12-cent dividend", "12-cent");
        assert!(close(Some(v), 0.12));
        assert!(texts("between 1080p and 720p")
            .iter()
            .all(|t| !t.ends_with('p')));
        let (v, c) = money("slid 20p", "20p");
        assert!(close(Some(v), 0.2) && c == "GBP");
        let (v, _) = money(
            "it cost thirteen dollars and forty-five cents",
            "thirteen dollars and forty-five cents",
        );
        assert!(close(Some(v), 13.45));
    }

    #[test]
    fn m_is_millions_only_after_a_currency() {
        assert_eq!(money("a £5m bid", "£5m").0, 5e6);
        let f = the("he ran 10m", "10m");
        assert_eq!(f.kind, FigureKind::Quantity);
    }

    #[test]
    fn pounds_are_money_only_when_large() {
        assert_eq!(
            money("profit of 361 million pounds", "361 million pounds").0,
            3.61e8
        );
        assert_eq!(
            the("he lost 25 pounds", "25 pounds").kind,
            FigureKind::Quantity
        );
    }

    #[test]
    fn capitalised_codes_only_as_written() {
        assert!(figures("All 70 of us")
            .iter()
            .all(|f| f.kind != FigureKind::Money));
        assert_eq!(texts("a $20 fine"), ["$20"]);
        assert_eq!(money("a $20 fine", "$20").1, "USD");
        assert_eq!(texts("10 rmb 20 usd"), ["10 rmb", "20 usd"]);
        assert_eq!(money("It costs 15 dollars 50.", "15 dollars 50").0, 15.5);
        assert_eq!(texts("15 dollars 50 more people"), ["15 dollars", "50"]);
    }
}
