//! ## What it finds
//! Attributions carried by a noun instead of a verb: "Ruiz’s claim that …",
//! "her warning that …", "the mayor’s promise to …", "his comments about …".
//!
//! ## Why a reader cares
//! "The minister’s claim that exports doubled" reports a claim as surely as
//! "the minister claimed"; a reader should see whose claim it is.
//!
//! ## Example
//! `Ana Ruiz’s claim that the port is safe drew laughter.` → source "Ana
//! Ruiz’s", cue "claim", content "that the port is safe drew laughter".
//!
//! ## Limits
//! Only with a possessor right before the noun (a name with ’s, or his, her,
//! their, its) and a that-clause, "about", "of", "to" or a quote right after
//! it. The content runs to the end of the sentence, so it often holds the
//! verb of the sentence too ("… drew laughter").

use super::forms::Raw;
use super::source;
use super::Ctx;
use crate::model::SourceKind;
use crate::text::TokenKind;

/// Nouns that report what someone said, holds or wants.
pub const NOUNS: &[&str] = &[
    "claim",
    "claims",
    "statement",
    "statements",
    "assertion",
    "argument",
    "belief",
    "view",
    "views",
    "warning",
    "warnings",
    "promise",
    "promises",
    "pledge",
    "vow",
    "demand",
    "demands",
    "suggestion",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "insistence",
    "admission",
    "comment",
    "comments",
    "remark",
    "remarks",
    "announcement",
    "assessment",
    "opinion",
    "contention",
    "charge",
    "criticism",
    "denial",
    "prediction",
    "estimate",
    "call",
    "calls",
    "plea",
    "threat",
    "threats",
    "assurance",
    "assurances",
    "proposal",
    "message",
    "words",
    "description",
    "characterization",
    "rhetoric",
    "message",
    "tweet",
    "tweets",
    "attacks",
    "attack",
    "praise",
    "refusal",
    "decision",
    "insistence",
    "concern",
    "concerns",
];

const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "their", "its"];

/// The nominal attribution whose noun is token `i`, if any.
pub fn at(ctx: &Ctx, i: usize, u0: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    if i <= u0 || super::lexicon::lex().flags(doc, i) & super::lexicon::flag::NOMINAL == 0 {
        return None;
    }
    // "Ruiz’s claim", "his claim", "Ruiz’s earlier claim".
    let mut p = i - 1;
    if p > u0 && doc.kind(p) == Some(TokenKind::Word) && doc.tok(p).ends_with("ly") {
        p -= 1;
    }
    let t = doc.tok(p);
    let possessive = t.ends_with("'s") || t.ends_with("\u{2019}s");
    let source = if doc.is_any(p, POSSESSIVE_PRONOUNS) {
        (p, p)
    } else if possessive {
        source::left(doc, p, u0)?
    } else {
        return None;
    };
    let next = i + 1;
    let opens = doc.is_any(next, &["that", "about", "of", "to"]) || ctx.open_at(next).is_some();
    if !opens || next > u1 {
        return None;
    }
    // "her statement to the court", "his message to Ruiz": "to" before a
    // listener is no content; "his promise to rebuild" is.
    if doc.is(next, "to") && !super::cue::infinitive(doc, next + 1) {
        return None;
    }
    let start = if doc.is_any(next, &["about", "of"]) {
        next + 1
    } else {
        next
    };
    let (content, quote) = match ctx.open_at(start) {
        Some(q) => {
            let pq = ctx.quotes[q];
            ((pq.open, pq.last), Some(q))
        }
        None => {
            let mut end = u1;
            while end > start
                && doc.kind(end) == Some(TokenKind::Punct)
                && ctx.close_at(end).is_none()
            {
                end -= 1;
            }
            if end <= start {
                return None;
            }
            ((start, end), None)
        }
    };
    let kind = if doc.is_any(source.0, POSSESSIVE_PRONOUNS) {
        SourceKind::Pronoun
    } else {
        source::kind(doc, source.0, source.1, source.1)
    };
    Some(Raw {
        source: Some(source),
        tail: source.1,
        cue: Some((i, i)),
        content,
        quote,
        kind,
        possessed: false,
    })
}

#[cfg(test)]
mod tests {
    use crate::attribution::find;
    use crate::text::Doc;

    #[test]
    fn a_possessor_and_a_that_clause() {
        let d = Doc::new("Ana Ruiz’s claim that the port is safe drew laughter.");
        let f = find(&d);
        let a = &f.attributions[0];
        assert_eq!(
            a.source.as_ref().map(|s| s.text.as_str()),
            Some("Ana Ruiz’s")
        );
        assert_eq!(a.cue.as_ref().map(|s| s.text.as_str()), Some("claim"));
        assert!(a.content.text.starts_with("that the port is safe"));
    }

    #[test]
    fn to_before_a_listener_is_no_content() {
        let d = Doc::new("Ruiz’s statement to the court was brief.");
        assert!(find(&d).attributions.is_empty());
        let d = Doc::new("His message to Calder went unanswered.");
        assert!(find(&d).attributions.is_empty());
        let d = Doc::new("His promise to rebuild the pier won votes.");
        let f = find(&d);
        assert_eq!(
            f.attributions[0].cue.as_ref().map(|s| s.text.as_str()),
            Some("promise")
        );
    }

    #[test]
    fn a_bare_noun_is_no_attribution() {
        let d = Doc::new("The claim that the port is safe drew laughter.");
        assert!(find(&d).attributions.is_empty());
    }
}
