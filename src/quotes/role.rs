//! ## What it finds
//! Whether a quote holds someone's words (`speech`) or is a term: a name, a
//! title, a slogan or a scare quote.
//!
//! ## Why a reader cares
//! “Nord Watch” in quotes is a group's name, not a statement anyone
//! must stand behind; the widget shows only speech with a speaker.
//!
//! ## Example
//! `the group “Nord Watch”` → term; `called it a “farce”` → term;
//! `He said the plan was “dead in the water”` → speech (inside said-content);
//! `“We will not stop until the port is open,” she said.` → speech.
//!
//! ## Limits
//! A quote of six words or more, or with a full stop, question or exclamation
//! mark inside, is speech. A shorter one is speech only inside an
//! attribution's content or attributed itself, and a term when it is written
//! in title case, follows a naming word ("called", "dubbed", "so-called"), or
//! sits inside another quote.

use super::pair::Paired;
use crate::model::QuoteRole;
use crate::text::{Doc, TokenKind};

/// Words after which a short quote names something: "the so-called “deal”".
const NAMING: &[&str] = &[
    "called",
    "dubbed",
    "named",
    "nicknamed",
    "labelled",
    "labeled",
    "branded",
    "termed",
    "titled",
    "entitled",
    "word",
    "words",
    "term",
    "phrase",
    "slogan",
    "hashtag",
    "motto",
    "as",
    "of",
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
];

/// The role of quote `q`; `in_speech` when it lies inside an attribution's
/// content.
pub fn role(doc: &Doc, q: &Paired, in_speech: bool) -> QuoteRole {
    let inner = (q.open + 1)..q.last.max(q.open + 1);
    let words: Vec<usize> = inner
        .clone()
        .filter(|&k| matches!(doc.kind(k), Some(TokenKind::Word | TokenKind::Digits)))
        .collect();
    let sentence = inner.clone().any(|k| {
        doc.is_any(k, &[".", "?", "!"])
            && (!doc.glued(k + 1) || doc.kind(k + 1) == Some(TokenKind::Punct))
    });
    if words.len() >= 6 || sentence {
        return QuoteRole::Speech;
    }
    let title_case = !words.is_empty()
        && words.iter().all(|&k| {
            let t = doc.tok(k);
            t.chars().count() <= 3 || !t.starts_with(|c: char| c.is_lowercase())
        })
        && words
            .first()
            .is_some_and(|&k| !doc.tok(k).starts_with(|c: char| c.is_lowercase()));
    let naming = q.open > 0 && doc.is_any(q.open - 1, NAMING) && !doc.is_any(q.open - 1, &["as"])
        || (q.open > 1
            && doc.is(q.open - 1, "as")
            && doc.is_any(q.open - 2, &["known", "such", "described"]));
    if q.depth > 0 || title_case || naming || !in_speech {
        QuoteRole::Term
    } else {
        QuoteRole::Speech
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::pair;

    fn roles(text: &str, in_speech: bool) -> Vec<QuoteRole> {
        let d = Doc::new(text);
        pair(&d).iter().map(|q| role(&d, q, in_speech)).collect()
    }

    #[test]
    fn long_quotes_are_speech() {
        assert_eq!(
            roles(
                "“We will not stop until the port is open,” she said.",
                false
            ),
            [QuoteRole::Speech]
        );
        assert_eq!(roles("“Enough.”", false), [QuoteRole::Speech]);
    }

    #[test]
    fn names_and_scare_quotes_are_terms() {
        assert_eq!(
            roles("the group “Nord Watch” grew", true),
            [QuoteRole::Term]
        );
        assert_eq!(roles("she called it a “farce”", true), [QuoteRole::Term]);
        assert_eq!(roles("a “temporary” pause", false), [QuoteRole::Term]);
    }

    #[test]
    fn short_quotes_inside_said_content_are_speech() {
        assert_eq!(
            roles("the plan was “dead in the water”", true),
            [QuoteRole::Speech]
        );
    }
}
