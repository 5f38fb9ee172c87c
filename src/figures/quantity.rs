//! ## What it finds
//! Numbers with a unit of measure: "5 km", "200 miles", "40°C", "100 MW",
//! "2.4 billion gallons", "660 square meters", "188 miles an hour", "200lbs",
//! and the adjective forms "a 6-mile trip", "a 3-inch screen", "a 45-acre
//! farm". Feet and inches together: "5 ft 2 in" → 5.17 ft. Rates: "50 mg per
//! litre" (unit "mg/l"), "50 km/ms".
//!
//! ## Why a reader cares
//! The unit is part of the claim: "10 feet" of flooding is not "10 metres".
//!
//! ## Example
//! "a twister about ten miles long" → quantity, value 10, unit "mi";
//! "at over 188 miles an hour" → quantity 188, unit "mph" (with its bound).
//!
//! ## Limits
//! Units come from `lists/units.txt`; `unit` is the canonical symbol there.
//! "in" (inches) is read only after feet ("5 ft 2 in"), never alone, and "pm"
//! is a time; lengths of time belong to the dates layer. "10m" is metres
//! unless a currency comes first. Units written before the number are not
//! read; a rate's second unit must be a listed unit or a unit of time. "Tall"
//! and "long" after a quantity are not part of it.

use super::lexicon::{keyed, Lexicon};
use super::numeral::NumeralKind;
use super::{Ctx, Found};
use crate::model::FigureKind;
use crate::text::{Doc, TokenKind};
use std::sync::OnceLock;

fn units() -> &'static Lexicon<&'static str> {
    static L: OnceLock<Lexicon<&'static str>> = OnceLock::new();
    L.get_or_init(|| keyed(crate::lists::list_text!("units")))
}

/// Whether a unit starts at token `j`.
pub fn unit_at(doc: &Doc, j: usize) -> bool {
    units().contains_at(doc, j)
}

/// Whether token `i` ends a unit that starts before it ("2" in "km2").
pub fn unit_ends_at(doc: &Doc, i: usize) -> bool {
    units()
        .ending_at(doc, i)
        .is_some_and(|(first, _)| first < i)
}

/// Adds every quantity in the document to `out`.
pub fn find(ctx: &Ctx, out: &mut Vec<Found>) {
    let doc = ctx.doc;
    for n in &ctx.numerals {
        if n.kind == NumeralKind::Ordinal || ctx.is_blocked(n.first, n.last) {
            continue;
        }
        let mut j = n.last + 1;
        // "a 6-mile trip"
        if doc.is_punct(j, '-') && doc.glued(j) && doc.glued(j + 1) {
            j += 1;
        }
        if !ctx.same_line(n.last, j) {
            continue;
        }
        let Some(ph) = units().at(doc, j) else {
            continue;
        };
        let mut last = j + ph.len() - 1;
        if ctx.is_blocked(j, last) || !plausible(ctx, j, last) {
            continue;
        }
        let unit = ph.value;
        let mut value = n.value;
        if unit == "ft" {
            if let Some((inches, end)) = inches_after(ctx, last + 1) {
                value += inches / 12.0;
                last = end;
            }
        }
        let mut f = Found::new(doc, n.first, last, FigureKind::Quantity, Some(value), 30);
        // A rate: "50 mg per litre", "50 km/ms", "5 metres per second".
        match per_unit(ctx, last) {
            Some((per, end)) => {
                f.figure.unit = Some(format!("{unit}/{per}"));
                f.last = end;
                f.figure.end = doc.end(end);
            }
            None => f.figure.unit = Some(unit.to_string()),
        }
        out.push(f);
    }
}

/// Whether the unit at `j..=last` reads as one: a capital one-letter unit
/// must be glued to its number ("40C", not "23 F-16"), and no unit goes on
/// into a model name ("F-16").
fn plausible(ctx: &Ctx, j: usize, last: usize) -> bool {
    let doc = ctx.doc;
    let t = doc.tok(j);
    let capital_letter = j == last && t.len() == 1 && t.chars().all(|c| c.is_ascii_uppercase());
    if capital_letter && !doc.glued(j) {
        return false;
    }
    // "24703L202", "F-16"
    let digits_after = doc.glued(last + 1) && doc.kind(last + 1) == Some(TokenKind::Digits);
    let model_name = doc.glued(last + 1)
        && doc.is_any(last + 1, &["-", "/"])
        && doc.kind(last + 2) == Some(TokenKind::Digits);
    !(digits_after || model_name)
}

/// "per litre", "/ms", "per second" after the unit ending at `last`: the
/// second unit's canonical form (or the word itself for a time unit) and the
/// last token.
fn per_unit(ctx: &Ctx, last: usize) -> Option<(&'static str, usize)> {
    let doc = ctx.doc;
    let j = last + 1;
    let slash = doc.is_punct(j, '/') && doc.glued(j);
    if !(slash || doc.is(j, "per")) || !ctx.same_line(last, j + 1) {
        return None;
    }
    if let Some(ph) = units().at(doc, j + 1) {
        return Some((ph.value, j + ph.len()));
    }
    let w = doc.lower(j + 1)?;
    let w = if w == "ms" || w == "s" {
        w
    } else {
        w.strip_suffix('s').unwrap_or(w)
    };
    let time = match w {
        "second" | "sec" | "s" => "s",
        "millisecond" | "ms" => "ms",
        "minute" | "min" => "min",
        "hour" | "hr" | "h" => "h",
        "day" | "d" => "d",
        "week" => "week",
        "month" => "month",
        "year" | "yr" => "year",
        _ => return None,
    };
    Some((time, j + 1))
}

/// "2 in", "and 2 inches" after a number of feet.
fn inches_after(ctx: &Ctx, mut j: usize) -> Option<(f64, usize)> {
    let doc = ctx.doc;
    let start = j;
    if doc.line_break_before(start) {
        return None;
    }
    if doc.is(j, "and") {
        j += 1;
    }
    let m = ctx.numeral_at(j)?;
    if m.kind != NumeralKind::Cardinal || !(0.0..12.0).contains(&m.value) {
        return None;
    }
    let k = m.last + 1;
    let ok = doc.is_any(k, &["in", "inch", "inches"]) && ctx.same_line(start, k);
    ok.then_some((m.value, k))
}

#[cfg(test)]
mod tests {
    use crate::figures::testing::{close, texts, the};
    use crate::model::FigureKind;

    fn qty(text: &str, want: &str) -> (f64, String) {
        let f = the(text, want);
        assert_eq!(f.kind, FigureKind::Quantity, "{want:?}");
        (f.value.unwrap_or(f64::NAN), f.unit.unwrap_or_default())
    }

    #[test]
    fn units_after_numbers() {
        assert_eq!(
            qty("lies 17 km from the city", "17 km"),
            (17.0, "km".into())
        );
        assert_eq!(qty("a wall two feet deep", "two feet"), (2.0, "ft".into()));
        assert_eq!(qty("reached 40°C on Monday", "40°C"), (40.0, "°C".into()));
        assert_eq!(qty("a 100 MW plant", "100 MW"), (100.0, "MW".into()));
        assert_eq!(
            qty("used 2.4 billion gallons", "2.4 billion gallons"),
            (2.4e9, "gal".into())
        );
        assert_eq!(
            qty("660 square meters of land", "660 square meters"),
            (660.0, "m2".into())
        );
        assert_eq!(
            qty("at 188 miles an hour", "188 miles an hour"),
            (188.0, "mph".into())
        );
        assert_eq!(qty("You weigh 200lbs.", "200lbs"), (200.0, "lb".into()));
        assert_eq!(qty("he is 1.8m tall", "1.8m"), (1.8, "m".into()));
    }

    #[test]
    fn adjective_forms() {
        assert_eq!(qty("the six-mile trip", "six-mile"), (6.0, "mi".into()));
        assert_eq!(qty("its 3-inch thickness", "3-inch"), (3.0, "in".into()));
        assert_eq!(qty("a 45-acre farm", "45-acre"), (45.0, "acre".into()));
        assert_eq!(qty("walls 10 feet tall", "10 feet"), (10.0, "ft".into()));
    }

    #[test]
    fn rates() {
        assert_eq!(
            qty("levels of 50 mg per litre", "50 mg per litre"),
            (50.0, "mg/l".into())
        );
        assert_eq!(qty("at 50 km/ms", "50 km/ms"), (50.0, "km/ms".into()));
        assert_eq!(
            qty("5 metres per second", "5 metres per second"),
            (5.0, "m/s".into())
        );
    }

    #[test]
    fn feet_and_inches() {
        let (v, u) = qty("he is 5 ft 2 in", "5 ft 2 in");
        assert!(close(Some(v), 5.0 + 2.0 / 12.0) && u == "ft");
    }

    #[test]
    fn square_units_are_written_together() {
        assert_eq!(qty("ranges of 190 km2.", "190 km2"), (190.0, "km2".into()));
        assert_eq!(qty("The length is 12 m 2 dm", "12 m"), (12.0, "m".into()));
        assert!(texts("24703L202 and 24703m212").is_empty());
    }

    #[test]
    fn megabytes_and_millibars_differ_by_case() {
        assert_eq!(qty("a 100 MB file", "100 MB").1, "MB");
        assert_eq!(qty("pressure of 940 mb", "940 mb").1, "mbar");
    }

    #[test]
    fn engines_cameras_and_noise() {
        let f = the("The sedan gets a 188 horsepower engine.", "188 horsepower");
        assert_eq!(f.unit.as_deref(), Some("hp"));
        assert_eq!(
            the("It makes 250 kW (335 hp) in all.", "335 hp")
                .unit
                .as_deref(),
            Some("hp")
        );
        assert_eq!(
            the("a 48-megapixel sensor", "48-megapixel").unit.as_deref(),
            Some("MP")
        );
        assert_eq!(
            the("the fans reach 41 dBA under load", "41 dBA")
                .unit
                .as_deref(),
            Some("dB")
        );
    }

    #[test]
    fn times_and_prepositions_are_not_units() {
        assert_eq!(texts("5 in 10 said so"), ["5 in 10"]);
        assert!(texts("at 6pm").iter().all(|t| t != "6pm"));
    }
}
