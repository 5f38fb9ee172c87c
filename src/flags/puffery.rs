//! ## What it finds
//! Puffery: superlatives and record claims with nothing beside them to back
//! them: "unprecedented", "record", "historic", "the biggest ever", "the
//! worst in the city's history", "of all time" (`lists/puffery.txt`).
//!
//! ## Why a reader cares
//! "The biggest giveaway in history" is a comparison whose other side is
//! missing. It sounds like a fact and is hard to check; the reader should
//! ask: biggest by what measure, compared with what?
//!
//! ## Example
//! "Critics called it the biggest giveaway in the town's history." →
//! `puffery` over "biggest giveaway in the town's history"; "a record 4.2
//! million tonnes" → nothing (the figure is the support).
//!
//! ## Limits
//! "record" alone is puffery only as an adjective ("record profits", "a
//! record", "new record"): "the court record" and "a record of" are not.
//! A superlative counts only when "ever", "in history", "of all time" or
//! "in … history" follows within six words; "the biggest city in Ohio" is a
//! checkable fact, not puffery. A figure right beside the phrase is taken as
//! its support, wherever in the sentence the comparison lies.

use super::token_flag;
use crate::figures::lexicon::Lexicon;
use crate::model::{Figure, Flag};
use crate::text::Doc;
use std::sync::OnceLock;

struct Puffery {
    phrases: Lexicon<()>,
    superlatives: Lexicon<()>,
}

fn lists() -> &'static Puffery {
    static L: OnceLock<Puffery> = OnceLock::new();
    L.get_or_init(|| {
        let mut p = Puffery {
            phrases: Lexicon::default(),
            superlatives: Lexicon::default(),
        };
        for e in crate::lists::entries(crate::lists::list_text!("puffery")) {
            let mut f = crate::lists::fields(e);
            match (f.next(), f.next()) {
                (Some("superlatives"), Some(list)) => {
                    crate::lists::forms(list).for_each(|w| p.superlatives.add(w, ()))
                }
                (Some(list), None) => crate::lists::forms(list).for_each(|w| p.phrases.add(w, ())),
                _ => {}
            }
        }
        p
    })
}

/// Nouns "record" qualifies as an adjective.
const RECORD_NOUNS: &[&str] = &[
    "high",
    "highs",
    "low",
    "lows",
    "level",
    "levels",
    "number",
    "numbers",
    "profit",
    "profits",
    "year",
    "years",
    "heat",
    "temperature",
    "temperatures",
    "turnout",
    "sales",
    "growth",
    "time",
    "quarter",
    "month",
    "amount",
    "losses",
    "demand",
    "prices",
    "price",
    "crowd",
    "crowds",
];

/// Whether "record" at `i` is the adjective of a record claim.
fn record_claim(doc: &Doc, i: usize) -> bool {
    if doc.is_any(i + 1, RECORD_NOUNS) {
        return true;
    }
    i > 0
        && doc.is_any(i - 1, &["a", "new", "another", "all-time"])
        && !doc.is_any(
            i + 1,
            &["of", "for", "label", "company", "player", "store", "shop"],
        )
}

/// The last token of the closer after a superlative at `i`: "ever", "in
/// history", "of all time", "in the city's history", within six words.
fn closer(doc: &Doc, i: usize) -> Option<usize> {
    for j in i + 1..(i + 8).min(doc.len()) {
        if doc.is_punct(j, '.') || doc.is_punct(j, ';') || doc.line_break_before(j) {
            return None;
        }
        if doc.is(j, "ever") {
            return Some(j);
        }
        if doc.is(j, "of") && doc.is(j + 1, "all") && doc.is(j + 2, "time") {
            return Some(j + 2);
        }
        if doc.is(j, "in") {
            if let Some(h) = (j + 1..(j + 6).min(doc.len())).find(|&h| doc.is(h, "history")) {
                return Some(h);
            }
        }
    }
    None
}

/// Whether a numeric figure stands within two tokens of `first..=last`.
fn supported(doc: &Doc, figures: &[Figure], first: usize, last: usize) -> bool {
    let (s, e) = (doc.start(first.saturating_sub(2)), doc.end(last + 2));
    figures
        .iter()
        .any(|f| !f.kind.is_temporal() && f.start < e && f.end > s)
}

/// Adds a `puffery` flag for every unsupported superlative in `doc`.
pub fn find(doc: &Doc, figures: &[Figure], out: &mut Vec<Flag>) {
    let p = lists();
    let mut i = 0;
    while i < doc.len() {
        let mut hit = None;
        if let Some(s) = p.superlatives.at(doc, i) {
            if let Some(end) = closer(doc, i + s.len() - 1) {
                hit = Some(end);
            }
        }
        if hit.is_none() {
            if let Some(ph) = p.phrases.at(doc, i) {
                let last = i + ph.len() - 1;
                if ph.len() > 1 || !doc.is(i, "record") || record_claim(doc, i) {
                    hit = Some(last);
                }
            }
        }
        let Some(last) = hit else {
            i += 1;
            continue;
        };
        if !supported(doc, figures, i, last) {
            let w = doc.text_of(i, last);
            out.push(token_flag(
                doc,
                i,
                last,
                "puffery",
                format!("Unsupported superlative: \"{w}\" — by what measure, compared with what?"),
            ));
        }
        i = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::flags::testing::texts;

    fn puffery(text: &str) -> Vec<String> {
        texts(text, "puffery")
    }

    #[test]
    fn superlatives_without_support() {
        assert_eq!(
            puffery("Critics called it the biggest giveaway in the town's history."),
            ["biggest giveaway in the town's history"]
        );
        assert_eq!(puffery("It was an unprecedented move."), ["unprecedented"]);
        assert_eq!(puffery("This is the best ever season."), ["the best ever"]);
        assert_eq!(puffery("Sales hit record highs."), ["record"]);
        assert_eq!(puffery("She set a new record."), ["record"]);
    }

    #[test]
    fn supported_or_factual_superlatives_are_not_puffery() {
        assert!(puffery("Exports reached a record 4.2 million tonnes.").is_empty());
        assert!(puffery("It is the biggest city in Ohio.").is_empty());
        assert!(puffery("The court record shows a fine.").is_empty());
        assert!(puffery("He kept a record of the calls.").is_empty());
    }
}
