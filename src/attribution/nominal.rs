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
//! their, its; an adjective may stand between, `modifier`) and a
//! that-clause, "about", "of", "to" or a quote right after it. The content
//! runs to the end of the sentence, so it often holds the verb of the
//! sentence too ("… drew laughter"). Without a possessor only "criticism"
//! and "praise" count, before "of" or "for" and after a lowercase word
//! ("faced sharp criticism for the delay": no source).

use super::forms::Raw;
use super::source;
use super::Ctx;
use crate::dates::calendar::MONTHS;
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
    "acknowledgment",
    "acknowledgement",
    "conclusion",
    "emphasis",
    "theory",
    "ideas",
    "finding",
    "findings",
    "missive",
    "disdain",
    "adulation",
    "fears",
    "worries",
    "speculation",
    "reports",
];

const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "their", "its"];

/// Adjectives that end in none of the endings [`modifier`] reads.
const ADJECTIVES: &[&str] = &["earlier", "new", "recent", "tacit", "public", "latest"];

/// Whether token `k` is an adjective between a possessor and a reporting
/// noun: a lowercase word ending in -ed, -ly, -ous, -ful or -est, or one of
/// [`ADJECTIVES`]. What: "his repeated claims", "her infamous remark",
/// "Ruiz’s earlier warning". Why: a noun there ("his campaign claims
/// that") makes the last word a verb. Example: "her repeated warnings
/// that the pier is unsafe" → cue "repeated warnings".
fn modifier(doc: &crate::text::Doc, k: usize) -> bool {
    let w = doc.tok(k);
    doc.kind(k) == Some(TokenKind::Word)
        && w.starts_with(char::is_lowercase)
        && (["ed", "ly", "ous", "ful", "est"]
            .iter()
            .any(|e| w.ends_with(e))
            || doc.is_any(k, ADJECTIVES))
}

/// The nominal attribution whose noun is token `i`, if any.
pub fn at(ctx: &Ctx, i: usize, u0: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    if i <= u0 || super::lexicon::lex().flags(doc, i) & super::lexicon::flag::NOMINAL == 0 {
        return None;
    }
    // "Ruiz’s claim", "his claim", "Ruiz’s earlier claim".
    let mut p = i - 1;
    // "Ruiz’s earlier claim", "his repeated warnings", "her tacit admission":
    // an adjective, which joins the cue ("his campaign claims" is a verb).
    let mut first = i;
    if p > u0 && modifier(doc, p) {
        first = p;
        p -= 1;
    }
    // "Ruiz’s Oct. 11 announcement", "her 2019 pledge": a date between.
    if p > u0 && doc.kind(p) == Some(TokenKind::Digits) {
        let month = |k: usize| {
            let w = doc.lowered_tok(k);
            w.len() > 2 && MONTHS.iter().any(|m| m.starts_with(w))
        };
        while p > u0 + 1 && (doc.is_punct(p - 1, '.') || month(p - 1)) {
            p -= 1;
        }
        p -= 1;
    }
    if doc.is_any(i, UNOWNED) && doc.is_any(i + 1, &["of", "for"]) && i + 2 <= u1 {
        return unowned(ctx, i, u1);
    }
    let t = doc.tok(p);
    let possessive = t.ends_with("'s") || t.ends_with("\u{2019}s");
    let source = if doc.is_any(p, POSSESSIVE_PRONOUNS) {
        (p, p)
    } else if possessive {
        source::left(doc, p, u0).or_else(|| the_owner(doc, p, u0))?
    } else {
        return unowned_that(ctx, i, u1);
    };
    // "his vow on Monday that", "her claim in the interview that": a short
    // occasion (no helper, relative word or cue) joins the cue; not "her
    // claim on the pier that is standing".
    let that = (i + 3..(i + 8).min(u1)).find(|&k| doc.is(k, "that"));
    let (i, next) = match that {
        Some(t)
            if doc.is_any(i + 1, &["in", "on", "at", "during"])
                && !doc.is_any(t + 1, &["is", "was", "are", "were", "has", "had", "will"])
                && (i + 2..t).all(|k| {
                    doc.kind(k) != Some(TokenKind::Punct)
                        && !doc.is_any(k, &["is", "was", "which", "who", "and", "or"])
                        && super::cue::at(doc, k).is_none()
                }) =>
        {
            (t - 1, t)
        }
        _ => (i, i + 1),
    };
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
            let end = last_word(ctx, start, u1);
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
        cue: Some((first, i)),
        content,
        quote,
        kind,
        possessed: false,
    })
}

/// "the agency’s", "the local council’s": "the" and one to three lowercase
/// words ending in the possessive at `p`, when the phrase reader knows no
/// head there. Why: any body can hold a claim or a finding.
fn the_owner(doc: &crate::text::Doc, p: usize, u0: usize) -> Option<(usize, usize)> {
    let a = (p.saturating_sub(3).max(u0)..p)
        .rev()
        .find(|&k| doc.is(k, "the"))?;
    (a + 1..=p)
        .all(|k| doc.kind(k) == Some(TokenKind::Word) && doc.tok(k).starts_with(char::is_lowercase))
        .then_some((a, p))
}

/// The content's last token from `start` to the unit's end `u1`: trailing
/// punctuation off, a closing quotation mark kept.
fn last_word(ctx: &Ctx, start: usize, u1: usize) -> usize {
    let mut end = u1;
    while end > start && ctx.doc.kind(end) == Some(TokenKind::Punct) && ctx.close_at(end).is_none()
    {
        end -= 1;
    }
    end
}

/// Nouns of blame or praise that report a stance with no possessor.
const UNOWNED: &[&str] = &["criticism", "praise"];

/// "criticism of X", "praise for X" with no possessor: a stance whose
/// holders go unnamed, its object the content. Why: "the plan drew sharp
/// criticism for its cost" reports a judgement as surely as "critics
/// faulted the plan". Example: "The mayor faced criticism for the delay."
/// → cue "criticism", no source, content "the delay".
fn unowned(ctx: &Ctx, i: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    let start = i + 2;
    // "sharp criticism for", "drew criticism for": a lowercase word before
    // (no determiner) joins the cue, and so does the preposition; "FBI
    // criticism of" names its holder, "the criticism of X is" is a topic.
    let prev = i - 1;
    let w = doc.tok(prev);
    if doc.kind(prev) != Some(TokenKind::Word)
        || !w.starts_with(char::is_lowercase)
        || doc.is_any(
            prev,
            &["the", "a", "an", "this", "that", "of", "and", "to", "in"],
        )
    {
        return None;
    }
    let end = last_word(ctx, start, u1);
    (doc.kind(start) != Some(TokenKind::Punct)).then_some(Raw {
        source: None,
        tail: i,
        cue: Some((prev, i + 1)),
        content: (start, end),
        quote: None,
        kind: SourceKind::Vague,
        possessed: false,
    })
}

/// "amid fears that …", "growing concerns that …", "with reports that …"
/// with no possessor: a fear, concern or report whose holders go unnamed,
/// its that-clause the content; an adjective of growth before the noun
/// joins the cue. Why: the clause is a view someone holds, not the
/// writer's; PolNeAR marks "growing concerns" as a cue with no source.
fn unowned_that(ctx: &Ctx, i: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    let lead = doc.is_any(i - 1, &["with", "amid", "despite", "over"]);
    let grow = doc.is_any(i - 1, &["growing", "mounting", "widespread", "renewed"]);
    let end = last_word(ctx, i + 1, u1);
    ((lead || grow)
        && doc.is_any(
            i,
            &["concerns", "fears", "worries", "speculation", "reports"],
        )
        && doc.is(i + 1, "that")
        && end > i + 1)
        .then_some(Raw {
            source: None,
            tail: i,
            cue: Some((i - usize::from(grow), i)),
            content: (i + 1, end),
            quote: None,
            kind: SourceKind::Vague,
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
    fn unowned_fears_and_reports_before_a_that_clause() {
        let d = Doc::new("Bonds slid amid mounting fears that the bank would fail.");
        let a = &find(&d).attributions[0];
        assert!(a.source.is_none());
        assert_eq!(
            a.cue.as_ref().map(|c| c.text.as_str()),
            Some("mounting fears")
        );
        assert_eq!(a.content.text, "that the bank would fail");
        let d = Doc::new("Fans rejoiced, with reports that the band would tour.");
        assert!(find(&d).attributions.iter().any(|a| a.source.is_none()));
        let d = Doc::new("Parents voiced their fears that the school would close.");
        let a = &find(&d).attributions[0];
        assert_eq!(a.source.as_ref().map(|s| s.text.as_str()), Some("their"));
    }

    #[test]
    fn a_date_or_an_occasion_around_the_noun() {
        let d =
            Doc::new("Prices fell after the bank\u{2019}s Jan. 4 warning that rates would rise.");
        let a = &find(&d).attributions[0];
        assert_eq!(a.cue.as_ref().map(|c| c.text.as_str()), Some("warning"));
        assert!(a.content.text.starts_with("that rates would rise"));
        let d = Doc::new("It undercut his pledge at the rally that taxes would fall.");
        let a = &find(&d).attributions[0];
        assert_eq!(
            a.cue.as_ref().map(|c| c.text.as_str()),
            Some("pledge at the rally")
        );
        assert_eq!(a.content.text, "that taxes would fall");
        let d = Doc::new("His claim on the lake that is still frozen failed.");
        assert!(find(&d).attributions.is_empty());
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
    fn an_adjective_before_the_noun_joins_the_cue() {
        let d = Doc::new("Her repeated warnings that the pier was unsafe went unheeded.");
        let f = find(&d);
        assert_eq!(
            f.attributions[0].cue.as_ref().map(|s| s.text.as_str()),
            Some("repeated warnings")
        );
        let d = Doc::new("Ruiz’s conclusion that the vote was fair drew praise.");
        let f = find(&d);
        assert_eq!(
            f.attributions[0].cue.as_ref().map(|s| s.text.as_str()),
            Some("conclusion")
        );
        // A noun before it makes the last word a verb.
        let d = Doc::new("His campaign claims that the poll was rigged.");
        let f = find(&d);
        assert_eq!(
            f.attributions[0].source.as_ref().map(|s| s.text.as_str()),
            Some("His campaign")
        );
    }

    #[test]
    fn criticism_with_no_possessor() {
        let d = Doc::new("The mayor faced sharp criticism for the long delay.");
        let f = find(&d);
        let a = &f.attributions[0];
        assert!(a.source.is_none());
        assert_eq!(
            a.cue.as_ref().map(|s| s.text.as_str()),
            Some("sharp criticism for")
        );
        assert_eq!(a.content.text, "the long delay");
        let d = Doc::new("The criticism of the pier is unfair.");
        assert!(find(&d).attributions.is_empty());
    }

    #[test]
    fn a_lowercase_owner_after_the() {
        let d = Doc::new("The ferry operator’s finding that the pier is unsafe surprised few.");
        let f = find(&d);
        let a = &f.attributions[0];
        assert_eq!(
            a.source.as_ref().map(|s| s.text.as_str()),
            Some("The ferry operator’s")
        );
        assert_eq!(a.cue.as_ref().map(|s| s.text.as_str()), Some("finding"));
    }

    #[test]
    fn a_bare_noun_is_no_attribution() {
        let d = Doc::new("The claim that the port is safe drew laughter.");
        assert!(find(&d).attributions.is_empty());
    }
}
