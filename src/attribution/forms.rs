//! ## What it finds
//! The constructions that tie a source and a cue to content (PARC style):
//!
//! | form | content |
//! |---|---|
//! | `“…,” X said.` / `“…,” said X.` | the quote before |
//! | `X said: “…”` / `X told reporters, “…”` | the quote after |
//! | `X said (that) …` / `X told reporters (that) …` | the rest of the sentence |
//! | `According to X, …` / `…, according to X.` | the other side of the comma |
//! | `…, X added.` / headline `…, says X` | the sentence before the comma |
//! | `X, a doctor at Y, said …` | the apposition belongs to the source |
//! | `as X put it, …` | the quote or clause beside it |
//! | `In a poll …, …` opening a sentence | the clause after the comma |
//! | `it was announced by X that …` / `it is believed that …` | the that-clause |
//! | `…, adding that …` | a second attribution to the same source |
//! | `X issued a statement calling …` | after the participle, which joins the cue |
//! | `X sent a letter to Y urging …` | after the participle; verb, document and participle are one cue |
//! | `X met with Y to discuss …` | after the purpose; the meeting and its purpose are one cue |
//! | `X hailed Y as …` / `X accused Y of …` | after the preposition (`lists/cue_objects.txt`); object and preposition join the cue |
//!
//! ## Why a reader cares
//! Knowing that a sentence is a claim someone made, and not the reporter's own
//! statement, changes how a reader weighs it.
//!
//! ## Example
//! `“The port will grow,” Ms Dal said, adding that jobs would follow.` → two
//! attributions to "Ms Dal": the quote (direct) and "that jobs would follow".
//!
//! ## Limits
//! Content is read within the sentence (a quote over several sentences
//! counts as one); indirect content runs to the sentence end, cut before a
//! later ", adding …" or ", according to …". Nominal cues ("his claim that
//! …") and sources far from their cue are not read.

use super::cue::{self, Cue};
use super::lexicon::{flag, lex, CueKind, Word};
use super::source;
use super::Ctx;
use crate::dates::calendar::WEEKDAYS;
use crate::model::{AttributionKind, SourceKind};
use crate::text::{Doc, TokenKind};

/// An attribution in tokens, before people are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raw {
    /// The source phrase's tokens.
    pub source: Option<(usize, usize)>,
    /// Where an apposition after the source ends (for anonymity phrases).
    pub tail: usize,
    pub cue: Option<(usize, usize)>,
    pub content: (usize, usize),
    /// Index of the quote that is the content.
    pub quote: Option<usize>,
    pub kind: SourceKind,
    /// A source whose possessor is named ("Strand’s spokesperson"): not resolved.
    pub possessed: bool,
}

/// Every attribution of the sentence (or quote-joined sentences) `u0..=u1`.
/// The rules it calls are `#[inline(never)]` so that it stays a small function:
/// Chromium optimises hot functions during the first analysis, and a
/// dispatcher with every rule inlined into it is slow to optimise (see
/// `tools/wasm-functions.mjs`).
pub fn in_unit(ctx: &Ctx, u0: usize, u1: usize, out: &mut Vec<Raw>) {
    let doc = ctx.doc;
    let first_here = out.len();
    if let Some(r) = colon(ctx, u0, u1) {
        out.push(r);
    }
    if let Some(r) = the_following(ctx, u0, u1) {
        out.push(r);
    }
    let mut i = u0;
    while i <= u1 {
        // A transcript quoted whole runs over paragraphs: each opens a turn.
        if i > u0 && crate::quotes::pair::paragraph_break(doc, i) {
            if let Some(r) = colon(ctx, i, u1) {
                out.push(r);
            }
        }
        if i > 0 && doc.is_any(i, DASHES) && ctx.close_at(i - 1).is_some() {
            if let Some(r) = dash(ctx, i, u1) {
                out.push(r);
                i += 1;
                continue;
            }
        }
        if doc.is(i, "according") && doc.is(i + 1, "to") {
            // The source phrase holds no cue of its own ("a report published by …").
            match according_to(ctx, i, u0, u1) {
                Some(r) => {
                    i = r.source.map_or(i + 2, |s| s.1 + 1);
                    out.push(r);
                }
                None => i += 2,
            }
            continue;
        }
        if doc.is(i, "in") && !ctx.inside_quote(i) {
            if let Some(r) = in_view(ctx, i, u0, u1) {
                i = r.content.0;
                out.push(r);
                continue;
            }
        }
        if i == u0 && doc.is(i, "in") {
            if let Some(r) = in_poll(ctx, i, u1) {
                i = r.source.map_or(i + 1, |s| s.1 + 1);
                out.push(r);
                continue;
            }
        }
        if doc.is(i, "as") {
            if let Some((r, next)) = as_put_it(ctx, i, u0, u1) {
                out.push(r);
                i = next;
                continue;
            }
        }
        if ctx.inside_quote(i) {
            i += 1;
            continue;
        }
        if let Some(r) = super::nominal::at(ctx, i, u0, u1) {
            out.push(r);
            i += 1;
            continue;
        }
        if let Some(c) = cue::at(doc, i) {
            if c.last <= u1 {
                let prev = out[first_here..].last().cloned();
                let mut next = c.last + 1;
                if let Some(r) = with_cue(ctx, c, u0, u1, prev.as_ref()).filter(|r| !loose(ctx, r))
                {
                    // A cue grown over its object ("issued a statement
                    // calling"): read on after it.
                    next = r.cue.map_or(next, |q| next.max(q.1 + 1));
                    // "“…,” she said, “…”": the quote after is hers too.
                    // Also past an occasion, a listener or an aside: "“…,”
                    // Ruiz said during a rally in Ames, Ia., “…”".
                    let after = r.source.map_or(c.last, |s| s.1.max(c.last)) + 1;
                    let more = r
                        .quote
                        .and(
                            (after..(after + 12).min(u1))
                                .take_while(|&k| !doc.is_punct(k, '.') || doc.glued(k))
                                .take_while(|&k| ctx.close_at(k).is_none())
                                // "…,” he said, but “…”".
                                .find(|&k| {
                                    doc.is_punct(k, ',')
                                        && (ctx.open_at(k + 1).is_some()
                                            || doc.is(k + 1, "but") && ctx.open_at(k + 2).is_some())
                                })
                                // "…, adding later, “…”": a cue of its own
                                // (not an occasion: "in a statement").
                                .filter(|&k| {
                                    !(k.saturating_sub(3).max(after)..k).any(|m| {
                                        cue::at(doc, m).is_some_and(|q| {
                                            q.kind != CueKind::Phrase
                                                || !doc.is_any(m, OCCASION_OPENERS)
                                        })
                                    })
                                }),
                        )
                        .and_then(|t| ctx.open_at(t + 1).or_else(|| ctx.open_at(t + 2)));
                    if let Some(q) = more {
                        let p = ctx.quotes[q];
                        out.push(Raw {
                            content: (p.open, p.last),
                            quote: Some(q),
                            ..r.clone()
                        });
                    }
                    out.insert(out.len() - usize::from(more.is_some()), r);
                }
                i = next;
                continue;
            }
        }
        i += 1;
    }
}

/// Whether the indirect content of `r` is only a circumstance: it opens
/// with "from" or "at" and no "that" follows within ten words. What:
/// "reported from the coast", "shouted at him", "learned from it" are no
/// reports; "said at a rally that …" is. Why: there the verb is used as an
/// act, and what follows it is not what was said or held. A content
/// before its cue ("At the time, the pier was closed, Ruiz said") is a
/// clause of its own and stays.
#[inline(never)]
fn loose(ctx: &Ctx, r: &Raw) -> bool {
    let doc = ctx.doc;
    let (a, b) = r.content;
    r.quote.is_none()
        && r.cue.is_none_or(|c| a > c.1)
        && doc.is_any(a, &["from", "at"])
        && !(a..=b.min(a + 10)).any(|k| doc.is(k, "that") || ctx.open_at(k).is_some())
}

/// The tokens `a..=b` without trailing sentence punctuation (a closing
/// quotation mark stays).
fn trim_end(ctx: &Ctx, a: usize, mut b: usize) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    while b > a
        && doc.kind(b) == Some(TokenKind::Punct)
        && ctx.close_at(b).is_none()
        && !doc.is_punct(b, ')')
    {
        b -= 1;
    }
    if a < b && doc.is_any(a, &[",", ":", "\u{2014}", "\u{2013}"]) {
        return trim_end(ctx, a + 1, b);
    }
    (b >= a && doc.kind(b) != Some(TokenKind::Punct)
        || ctx.close_at(b).is_some()
        || doc.is_punct(b, ')'))
    .then_some((a, b))
}

/// Where indirect content starting at `a` ends: before ", adding …" (or
/// ", going on to say …"), ", according to …", before a second report
/// joined by a conjunction (see [`next_report`]), or at the sentence end.
fn content_end(ctx: &Ctx, a: usize, u1: usize) -> usize {
    let doc = ctx.doc;
    for k in a..u1 {
        if doc.is_punct(k, ',') {
            if doc.is(k + 1, "according") && doc.is(k + 2, "to") {
                return k.saturating_sub(1).max(a);
            }
            if doc.tok(k + 1).ends_with("ing") && cue::at(doc, k + 1).is_some()
                || doc.is(k + 1, "going") && cue::at(doc, k + 4).is_some_and(|c| c.first == k + 1)
            {
                return k.saturating_sub(1).max(a);
            }
        }
        // "…: “The pier is safe,” adding that …": the quote ends it.
        if k > a
            && ctx.close_at(k).is_some()
            && doc.is_punct(k - 1, ',')
            && doc.tok(k + 1).ends_with("ing")
            && cue::at(doc, k + 1).is_some()
        {
            return k;
        }
        if k > a && next_report(doc, k, u1) && !clause(doc, a, k) {
            return k - 1;
        }
    }
    u1
}

/// Whether tokens `a..k` read as a clause of their own: a that-clause or a
/// helper verb ("your returns are audited, and you …" goes on as one
/// content; PolNeAR keeps what is coordinated inside it).
fn clause(doc: &Doc, a: usize, k: usize) -> bool {
    doc.is(a, "that") || (a..k).any(|j| doc.is_any(j, FINITE))
}

/// Conjunctions that join a second report to a first: "…, and the union
/// said …", "…, but the mayor defended it".
const JOINING: &[&str] = &["and", "but", "while", "whereas", "yet"];

/// Whether a second report with a source of its own starts at the comma or
/// semicolon `k`: a conjunction of [`JOINING`] (optional after a
/// semicolon), then a source phrase of at most eight words, commas and
/// hyphens, then a cue. Why: "Growers backed the levy, and the port board
/// said it would vote in May" is two reports; the first one's content is
/// "the levy", not the rest of the sentence (the second is found on its
/// own). Example: "Velk praised the plan, but the mayor criticized it" →
/// Velk's content is "the plan".
#[inline(never)]
fn next_report(doc: &Doc, k: usize, u1: usize) -> bool {
    let semi = doc.is_punct(k, ';');
    if !semi && !doc.is_punct(k, ',') {
        return false;
    }
    let mut j = k + 1;
    if doc.is_any(j, JOINING) {
        j += 1;
    } else if !semi {
        return false;
    }
    let first = j;
    while j <= u1 && j < first + 9 {
        if doc.kind(j) == Some(TokenKind::Word) && j > first && cue::at(doc, j).is_some() {
            return true;
        }
        let word = matches!(doc.kind(j), Some(TokenKind::Word | TokenKind::Digits));
        if !(word || doc.is_any(j, &[",", "-"])) || doc.is_any(j, &["that", "to"]) {
            return false;
        }
        j += 1;
    }
    false
}

/// The content after token `t` (a cue, a source or a listener): a quote
/// opening there, or the rest of the sentence.
fn content_after(ctx: &Ctx, mut t: usize, u1: usize) -> Option<((usize, usize), Option<usize>)> {
    let doc = ctx.doc;
    // "said on Friday that", "said in a statement that".
    if let Some(k) = (t..(t + 8).min(u1 + 1)).find(|&k| doc.is(k, "that")) {
        if (t..k).all(|j| adverbial(ctx, j)) {
            t = k;
        }
    }
    // "said Friday at a press conference that …", "said during a rally in
    // Ames, Iowa, “…”": past the occasion.
    if let Some(end) = occasion_span(ctx, t, u1) {
        t = end + 1;
    }
    // "told the audience, “…”", "told me: “…”": a listener of up to three
    // words before a comma or colon and a quote belongs to the cue.
    if let Some(k) = (t + 1..(t + 4).min(u1)).find(|&k| doc.is_any(k, &[",", ":"])) {
        let words = (t..k).all(|j| {
            doc.kind(j) == Some(TokenKind::Word)
                && !doc.is_any(j, FINITE)
                && !doc.is_any(j, &["that", "and", "but"])
                && cue::at(doc, j).is_none()
        });
        // A topic stays ("joked of the museum, “…”" joins the cue later).
        let topic = doc.is_any(
            t,
            &["of", "about", "on", "for", "into", "over", "from", "with"],
        );
        if words && !topic && ctx.open_at(k + 1).is_some() {
            t = k;
        }
    }
    let colon = doc.is_punct(t, ':');
    while doc.is_any(t, &[":", ",", "\u{2014}", "\u{2013}"]) {
        t += 1;
    }
    // "The governor added:" closing its paragraph: the next paragraph (a
    // block quotation, often without marks) is what was said.
    if colon && t > u1 && crate::quotes::pair::paragraph_break(doc, t) && ctx.open_at(t).is_none() {
        let mut end = t;
        while end + 1 < doc.len()
            && end < t + 200
            && !crate::quotes::pair::paragraph_break(doc, end + 1)
        {
            end += 1;
        }
        let c = trim_end(ctx, t, end)?;
        return (c.1 > c.0).then_some((c, None));
    }
    if let Some(q) = ctx.open_at(t) {
        let p = ctx.quotes[q];
        // A quote that ends the sentence is the content; one followed by
        // more words is part of it ("said “budget reforms” would pay").
        let rest = (p.last + 1..=u1).any(|k| doc.kind(k) != Some(TokenKind::Punct));
        if !rest || doc.is_punct(p.last + 1, ',') && ctx.open_at(p.last + 2).is_some() {
            return Some(((p.open, p.last), Some(q)));
        }
    }
    if t > u1 {
        return None;
    }
    let end = content_end(ctx, t, u1);
    let c = trim_end(ctx, t, end)?;
    // One word is content when it names someone: "Cruz has endorsed Trump",
    // "the mayor criticized him".
    let name = c.1 == c.0
        && (doc.tok(c.0).starts_with(|ch: char| ch.is_uppercase())
            || doc.is_any(c.0, &["him", "her", "them", "it", "us", "me"]));
    (c.1 > c.0 || name).then_some((c, None))
}

/// Words an occasion phrase after a cue opens with: "on Friday", "during
/// a rally", "at a press conference", "this week", "in an interview".
const OCCASION_OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "while",
    "last",
    "this",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
    "also",
    "again",
    "recently",
    "previously",
    "publicly",
    "privately",
    "repeatedly",
];

/// The occasion phrase starting at token `t` right after a cue, as its last
/// token, when a that-clause or a quote follows it: "said Friday at a press
/// conference that …", "said during a rally in Ames, Iowa, “…”" (PARC
/// counts the occasion as part of the cue). A phrase of up to 12 tokens
/// opened by a preposition or a time word, holding no other cue, no "that"
/// and no comma except around a place's state or country ("Ames, Iowa,").
fn occasion_span(ctx: &Ctx, t: usize, u1: usize) -> Option<usize> {
    let doc = ctx.doc;
    if !(doc.is_any(t, OCCASION_OPENERS) || doc.is_any(t, &WEEKDAYS)) || ctx.open_at(t).is_some() {
        return None;
    }
    let cap = |k: usize| doc.tok(k).starts_with(|c: char| c.is_uppercase());
    let mut k = t;
    while k <= u1 && k < t + 12 {
        if doc.is(k, "that") || ctx.open_at(k).is_some() {
            break;
        }
        if doc.is_punct(k, ',') {
            // "…, Iowa, “…”": a place's second part between commas (its
            // abbreviation too: "Ames, Ia., “…”").
            if ctx.open_at(k + 1).is_some() {
                break;
            }
            if !(k > t && cap(k - 1) && cap(k + 1)) {
                return None;
            }
        } else if doc.is_punct(k, '.') {
            if !(doc.glued(k) && k > t && doc.tok(k - 1).chars().count() <= 3) {
                return None;
            }
        } else if doc.kind(k) == Some(TokenKind::Punct) || k > t && cue::at(doc, k).is_some() {
            return None;
        }
        k += 1;
    }
    if k == t || k > u1 {
        return None;
    }
    let end = k - 1;
    let follows = doc.is(k, "that")
        || ctx.open_at(k).is_some()
        || doc.is_punct(k, ',') && ctx.open_at(k + 1).is_some();
    // It may end with an abbreviation's period: "in Ames, Ia., “…”".
    let last_ok =
        doc.kind(end) != Some(TokenKind::Punct) || doc.is_punct(end, '.') && doc.glued(end);
    (follows && last_ok).then_some(end)
}

/// Whether token `k` tells when or where something was said: "in an
/// interview", "on Monday", "at a briefing", "last month".
fn occasion(ctx: &Ctx, k: usize) -> bool {
    let doc = ctx.doc;
    doc.kind(k) == Some(TokenKind::Digits)
        || doc.is_any(k, OCCASION_WORDS)
        || doc.is_any(k, OCCASION_ONLY)
        || doc.tok(k).starts_with(|c: char| c.is_uppercase())
            && k > 0
            && doc.is_any(k - 1, &["on", "with", "to"])
        || doc.is_any(k, &WEEKDAYS)
}

/// Occasion words that cannot end one: "on", "in an".
const OCCASION_FUNCTION: &[&str] = &[
    "on", "in", "at", "during", "a", "an", "the", "his", "her", "their", "its", "with", "this",
    "last", "recent", "separate",
];

/// Words of a time or occasion, for `occasion` and `adverbial` alike.
const OCCASION_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "last",
    "this",
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "phone",
    "telephone",
    "interview",
    "interviews",
    "statement",
    "release",
    "briefing",
    "conference",
    "news",
    "speech",
    "rally",
    "email",
    "emailed",
    "written",
    "hearing",
    "meeting",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "separate",
    "televised",
    "video",
    "appearance",
    "event",
    "address",
    "testimony",
    "radio",
    "television",
];

/// Occasion words that `adverbial` does not take.
const OCCASION_ONLY: &[&str] = &["recent", "press", "podcast"];

/// Words of a time, place or occasion between a cue and its content: "on
/// Friday", "in a statement", "during a news conference", "to reporters".
fn adverbial(ctx: &Ctx, j: usize) -> bool {
    let doc = ctx.doc;
    doc.kind(j) == Some(TokenKind::Digits)
        || doc.tok(j).starts_with(|c: char| c.is_uppercase())
        || doc.is_any(j, OCCASION_WORDS)
        || doc.is_any(j, ADVERBIAL_MORE)
}

/// What `adverbial` takes besides `OCCASION_WORDS`: listeners, helpers and
/// adverbs that stand between a cue and its content.
const ADVERBIAL_MORE: &[&str] = &[
    "after",
    "before",
    "letter",
    "tweet",
    "post",
    "recently",
    "also",
    "to",
    "reporters",
    "journalists",
    "told",
    "with",
    "joint",
    "online",
    "visit",
    "trip",
    "remarks",
    "comments",
    "court",
    "filing",
    "again",
    "repeatedly",
    "previously",
    "once",
    "publicly",
    "privately",
];

/// Words that open a clause or a phrase of their own, never a source:
/// "“…,” but he said", "“…,” while 73 percent said", "from the email".
/// Besides them, the words of `lists/before_subject.txt`.
const NOT_IN_SOURCE: &[&str] = &[
    "from", "in", "on", "at", "by", "with", "to", "of", "about", "adding", "saying",
];

/// The quote closing right before token `t` (skipping a comma or a dash),
/// within the sentence starting at `u0`.
fn quote_before(ctx: &Ctx, t: usize, u0: usize) -> Option<usize> {
    let doc = ctx.doc;
    let k = t.checked_sub(1)?;
    if k < u0 {
        return None;
    }
    let q = match ctx.close_at(k) {
        Some(q) => q,
        None if doc.is_any(k, &[",", "\u{2014}", "\u{2013}"]) && k > u0 => ctx.close_at(k - 1)?,
        None => return None,
    };
    // Not a title after a preposition: "On an episode of “The Morning
    // Show,” the nominee said …".
    let mut open = ctx.quotes.get(q)?.open;
    // "on CBS’s “Face the Nation,”", "on the Lantern Network’s “…,”":
    // past a possessor's name.
    let t = doc.tok(open.saturating_sub(1));
    if open > u0 + 1 && t.ends_with('s') && t.contains(['\'', '\u{2019}']) {
        open -= 1;
        while open > u0 + 1
            && (doc.tok(open - 1).starts_with(char::is_uppercase) || doc.is(open - 1, "the"))
        {
            open -= 1;
        }
    }
    (open <= u0 || !doc.is_any(open - 1, &["of", "on", "in", "at", "to"])).then_some(q)
}

/// The content before token `t` when a comma precedes it: `…, X added.`
fn content_before(ctx: &Ctx, u0: usize, t: usize) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    let k = t.checked_sub(1)?;
    if !doc.is_punct(k, ',') || k <= u0 {
        return None;
    }
    let c = trim_end(ctx, u0, k - 1)?;
    (c.1 > c.0).then_some(c)
}

/// Whether nothing but punctuation follows token `t` in the sentence.
fn ends_here(ctx: &Ctx, t: usize, u1: usize) -> bool {
    let doc = ctx.doc;
    t > u1
        || (t..=u1).all(|k| doc.kind(k) == Some(TokenKind::Punct))
        || doc.is_punct(t, ',')
        // "…, Ms Strand said in an interview."
        || (u1 - t < 7
            && doc.is_any(t, OCCASION_PREPS)
            && (t..=u1).all(|k| doc.kind(k) == Some(TokenKind::Punct) || adverbial(ctx, k)))
}

/// Words that open an occasion after a cue at the sentence end.
const OCCASION_PREPS: &[&str] = &[
    "on", "in", "at", "during", "after", "last", "this", "to", "from",
];

/// Whether an occasion phrase of up to 12 tokens closes the sentence after
/// the verb of saying `c` (or its source after it) at `t`: "…, Ruiz said
/// at the trial in Oslo last week." (see [`phrase_to_end`]).
fn occasion_to_end(ctx: &Ctx, c: Cue, t: usize, u1: usize) -> bool {
    let doc = ctx.doc;
    t <= u1
        && u1 - t < 13
        && doc.is_any(c.verb, super::SPEAKING)
        && doc.is_any(t, OCCASION_PREPS)
        && !doc.is(t, "to")
        && phrase_to_end(ctx, t, u1)
}

/// Whether tokens `t..=u1` are one phrase closing the sentence: words,
/// numbers and punctuation, with no quote, no comma, no finite helper and
/// no word that opens a clause. What: "…, Ruiz said at the trial in Oslo
/// last week." Why: a phrase of time, place or occasion after "X said" at
/// the end of a sentence is when or where it was said; the content is the
/// clause before the comma, whatever words the phrase holds.
fn phrase_to_end(ctx: &Ctx, t: usize, u1: usize) -> bool {
    let doc = ctx.doc;
    (t..=u1).all(|k| {
        !(doc.is_any(k, FINITE)
            || doc.is_any(k, CLAUSE_WORDS)
            || doc.is_punct(k, ',')
            || ctx.open_at(k).is_some()
            || ctx.close_at(k).is_some())
    })
}

/// Words that open a clause of their own inside a phrase.
const CLAUSE_WORDS: &[&str] = &[
    "that", "and", "but", "or", "who", "which", "where", "when", "because", "if", "while", "as",
];

#[inline(never)]
fn with_cue(ctx: &Ctx, c: Cue, u0: usize, u1: usize, prev: Option<&Raw>) -> Option<Raw> {
    let doc = ctx.doc;
    // "of the view" holds a view only after "be" ("are of the view that";
    // not "most of the view was blocked").
    if doc.is(c.verb, "of") && c.first == c.verb {
        return None;
    }
    // "Citing a report, the board …": a capital participle opening the
    // sentence (`cue::opens_sentence`).
    if cue::opens_sentence(doc, c.verb) {
        return opener(ctx, c, u1);
    }
    // "Ruiz sent a letter to the board urging …": the verb and its
    // document join the participle's cue, and the source is read before
    // the verb.
    // "Leaders met with the envoy to discuss …": likewise the meeting
    // (`cue::purpose_verb`).
    let meeting = || {
        doc.is(c.first, "to")
            .then(|| cue::purpose_verb(doc, c.verb))
            .flatten()
            .filter(|&v| v > u0)
    };
    let c = match vehicle_before(ctx, c, u0).or_else(meeting) {
        Some(v) => Cue { first: v, ..c },
        None => c,
    };
    let cue = Some((c.first, c.last));
    // Passive: "it was announced by X that …", "it is believed that …".
    // "Protesters were frustrated that …", "Ruiz is convinced that …": a
    // state of mind with its holder on the left, read as active.
    let stative = c.passive
        && doc.is(c.last + 1, "that")
        && c.first > u0
        && !doc.is(c.first - 1, "it")
        && source::left(doc, c.first - 1, u0).is_some();
    if c.passive && !stative {
        let (source, after) = if doc.is(c.last + 1, "by") {
            let s = source::right(doc, c.last + 2, u1)?;
            (Some(s), s.1 + 1)
        } else {
            (None, c.last + 1)
        };
        let it = c.first > 0 && doc.is(c.first - 1, "it");
        // "The board was accused of hiding costs", "has been blamed for the
        // delay": a charge whose makers go unnamed, its object the content.
        if !it && source.is_none() && doc.is_any(c.verb, CHARGED) {
            let p = c.last + 1;
            if doc.is_any(p, &["of", "for"]) && p < u1 {
                let content = trim_end(ctx, p + 1, content_end(ctx, p + 1, u1))?;
                return Some(bare(ctx, None, (c.first, p), content, None));
            }
        }
        if !it && source.is_none() {
            return raising(ctx, c, u1);
        }
        let (content, quote) =
            if doc.is(after, "that") || ctx.open_at(after).is_some() || doc.is_punct(after, ':') {
                content_after(ctx, after, u1)?
            } else if it {
                return None;
            } else {
                // "The levy is supported by most residents": the subject.
                let subject = || source.and_then(|_| clause_subject(ctx, u0, c));
                let before = content_before(ctx, u0, c.first.saturating_sub(1));
                (before.or_else(subject)?, None)
            };
        return Some(bare(ctx, source, (c.first, c.last), content, quote));
    }
    // Source on the left, maybe with an apposition: "X, a doctor at Y, said".
    let mut tail = c.first.saturating_sub(1);
    let mut left = if c.first > u0 {
        source::left(doc, c.first - 1, u0)
    } else {
        None
    };
    if left.is_none()
        && c.first > u0 + 2
        && (doc.is_punct(c.first - 1, ',') || dash_start(doc, c.first - 1).is_some())
    {
        if let Some(r) = apposed(ctx, c.first - 1, u0) {
            left = Some(r);
        }
        // "Recent governments have, however, recognized": the subject
        // before a linking adverb set off (and a helper before it).
        if left.is_none() && doc.is_punct(c.first - 1, ',') {
            let open = (c.first.saturating_sub(4).max(u0 + 1)..c.first - 1)
                .rfind(|&k| doc.is_punct(k, ','));
            if let Some(open) = open.filter(|&o| doc.is_any(o + 1, LINKING) && o > u0 + 1) {
                let mut end = open - 1;
                if doc.is_any(end, &["has", "have", "had", "will", "would"]) && end > u0 {
                    end -= 1;
                }
                let fake = Cue {
                    first: end + 1,
                    ..c
                };
                left = source::left(doc, end, u0)
                    .filter(|s| s.1 == end)
                    .or_else(|| clause_subject(ctx, u0, fake).filter(|s| s.1 == end));
            }
        }
    }
    // "with talks continuing into the night": no content.
    if left.is_none()
        && c.first == c.verb
        && doc.tok(c.verb).ends_with("ing")
        && !doc.is_any(c.last + 1, &["into", "in", "on"])
    {
        left = with_subject(ctx, u0, c.first);
    }
    if left.is_none() && !c.ing && !c.passive && c.first > u0 {
        left = noun_after_quote(ctx, u0, c.first - 1);
    }
    let mut whole_subject = false;
    // The phrase found sits inside a larger subject, after a preposition or
    // a relative word: "A 2014 study that appeared in the Harbour Journal
    // found" (the study found, not the journal), "Her submission to the court
    // noted".
    let inside =
        left.is_some_and(|(a, b)| a > u0 && b + 1 == c.first && doc.is_any(a - 1, INSIDE_SUBJECT));
    if (left.is_none() || inside) && c.first > u0 && !c.ing && (!c.passive || stative) {
        if let Some(s) = clause_subject(ctx, u0, c).filter(|s| left.is_none_or(|l| s.0 < l.0)) {
            left = Some(s);
            whole_subject = true;
        }
    }
    // "“…,” White House press secretary Ana Ruiz said": words the phrase
    // reader stopped at ("press") between the quote and the source belong
    // to the source.
    if let Some((a, b)) = left.filter(|s| !doc.is_any(s.0, &["who", "which", "that"])) {
        let j = (a.saturating_sub(5).max(u0)..a)
            .rev()
            .take_while(|&k| {
                doc.kind(k) == Some(TokenKind::Word)
                    && !doc.is_any(k, NOT_IN_SOURCE)
                    && lex().flags(doc, k) & flag::BEFORE_SUBJECT == 0
            })
            .last();
        if let Some(j) =
            j.filter(|&j| quote_before(ctx, a, u0).is_none() && quote_before(ctx, j, u0).is_some())
        {
            left = Some((j, b));
        }
    }
    if let Some((_, b)) = left {
        tail = tail.max(b);
    }
    let block_start = left.map_or(c.first, |l| l.0);
    let q_before = quote_before(ctx, block_start, u0);
    let inverted_slot = c.first > u0
        && (doc.is_punct(c.first - 1, ',') || ctx.close_at(c.first - 1).is_some())
        || c.first == u0;
    // Inverted: "“…,” said X", "…, says X". A participle after a comma is
    // never inverted: in "…, accusing them of …" the word after it is its
    // object, and its source is the sentence's.
    let mut right = None;
    if left.is_none() && !c.ing && (inverted_slot || q_before.is_some()) {
        right = source::right(doc, c.last + 1, u1).or_else(|| noun_after_cue(ctx, c.last + 1, u1));
    }
    // "…, adding that …", "He claimed X and said …": the sentence's source.
    let coordinated = c.first > u0 && doc.is_any(c.first - 1, &["and", "but", "yet"]);
    let participle = left.is_none() && right.is_none() && (c.ing || coordinated);
    let (source, kind_src) = match (left, right, participle) {
        (Some(s), _, _) => (Some(s), Some(s)),
        (None, Some(s), _) => (Some(s), Some(s)),
        // "…, I laughed and said": the pronoun before the first verb.
        (None, None, true)
            if coordinated
                && c.first > u0 + 3
                && doc.is_any(c.first - 3, &["i", "he", "she", "we", "they"])
                && doc.tok(c.first - 2).starts_with(char::is_lowercase)
                && doc.kind(c.first - 4) == Some(TokenKind::Punct) =>
        {
            let s = Some((c.first - 3, c.first - 3));
            (s, s)
        }
        (None, None, true) => {
            // The source of the report before, unless that report sits in a
            // free relative ("proud to back what he called “…” and expected
            // …": "he" names, the sentence's subject expects).
            let relative = |p: &Raw| {
                p.source
                    .is_some_and(|(a, _)| a > 0 && doc.is(a - 1, "what"))
            };
            let s = match prev.filter(|p| !relative(p)) {
                Some(p) => p.source,
                None => subject(ctx, u0, c.first, c.ing)?,
            };
            (s, s)
        }
        _ => return None,
    };
    let mut after_source = right.map_or(c.last + 1, |r| r.1 + 1);
    // "X told The Courier on Thursday.": the listener belongs to the cue.
    if c.kind == CueKind::Object
        && right.is_none()
        && !doc.is_any(after_source, &["that", ":", ","])
        && ctx.open_at(after_source).is_none()
    {
        if let Some(l) = source::right(doc, after_source, u1) {
            after_source = l.1 + 1;
        }
    }
    let q_before = quote_before(ctx, block_start, u0).or_else(|| {
        // "“…,” said X"
        right.and(quote_before(ctx, c.first, u0))
    });
    let ends = ends_here(ctx, after_source, u1) || occasion_to_end(ctx, c, after_source, u1);
    let (content, quote) = if let Some(q) = q_before.filter(|_| ends || !participle) {
        let p = ctx.quotes[q];
        ((p.open, p.last), Some(q))
    } else if let Some(cb) = (ends
            && !(c.ing && left.is_none())
            // "…, the mother of three replied, “…”": the quote after.
            && !(doc.is_punct(after_source, ',') && ctx.open_at(after_source + 1).is_some()))
    .then(|| content_before(ctx, u0, block_start.min(c.first)))
    .flatten()
    {
        // "The bridge was sound, Ms Strand said, until the storm came":
        // the content is on both sides.
        let parenthetical = doc.is_punct(after_source, ',') && after_source < u1;
        match parenthetical.then(|| trim_end(ctx, u0, u1)).flatten() {
            Some(whole) => (whole, None),
            None => (cb, None),
        }
    } else {
        content_after(ctx, after_source, u1)?
    };
    let (a, b) = kind_src?;
    let kind = match source::kind(doc, a, b, tail) {
        // "Two in five residents", "Fishermen in the north": a capital that
        // only opens the sentence names a group, not a person.
        SourceKind::Person
            if whole_subject
                && a == u0
                && !(source::name_word(doc, a) && source::name_word(doc, a + 1)) =>
        {
            SourceKind::Vague
        }
        k => k,
    };
    let possessed = (a..b).any(|k| {
        let t = doc.tok(k);
        t.ends_with("'s") || t.ends_with("\u{2019}s")
    }) && kind == SourceKind::Role;
    // "hailed Ruiz as a reformer", "accused the board of lying": the object
    // and the preposition belong to the cue, what follows is the content.
    let (cue, content, quote) = match object_then(ctx, c, content, quote) {
        Some(p) => (Some((c.first, p)), (p + 1, content.1), quote),
        None => match statement_then(ctx, c, content, quote, u1) {
            Some((p, (content, quote))) => (Some((c.first, p)), content, quote),
            None => match topic_then(ctx, c, content, quote) {
                Some(p) => (Some((c.first, p)), (p + 1, content.1), quote),
                None => (cue, content, quote),
            },
        },
    };
    // "said in an interview", "said Thursday morning": the occasion
    // belongs to the cue (PARC).
    let mut cue = cue;
    if right.is_none() && c.kind != CueKind::Object {
        let stop = if content.0 > c.last {
            content.0
        } else {
            u1 + 1
        };
        let cap = |j: usize| doc.tok(j).starts_with(|ch: char| ch.is_uppercase());
        let mut k = c.last + 1;
        // "on Fox News", "in an interview with CNN".
        while k < stop
            && k - c.last <= 10
            && (occasion(ctx, k)
                || k > c.last + 1 && cap(k) && cap(k - 1)
                || doc.is(k, "with") && doc.is_any(k - 1, &["interview", "interviews"])
                // "on Nov. 8": a month's abbreviation before a day.
                || doc.is_punct(k, '.')
                    && doc.glued(k)
                    && cap(k - 1)
                    && doc.tok(k - 1).len() <= 4
                    && doc.kind(k + 1) == Some(TokenKind::Digits))
        {
            k += 1;
        }
        // Content before the cue: what follows the occasion is another
        // clause ("…,” she said on Friday, and left).
        let before = content.1 < c.first;
        if before {
            while k > c.last + 1 && doc.is_any(k - 1, OCCASION_FUNCTION) {
                k -= 1;
            }
        }
        // An occasion the content was read past belongs to the cue whole.
        if !before {
            if let Some(end) = occasion_span(ctx, c.last + 1, u1).filter(|&e| e >= k) {
                k = end + 1;
            }
        }
        let rest_is_punct =
            before || (k..stop).all(|j| doc.kind(j) == Some(TokenKind::Punct) || doc.is(j, "that"));
        let word_last = matches!(doc.kind(k - 1), Some(TokenKind::Word | TokenKind::Digits))
            || doc.is_punct(k - 1, '.') && doc.glued(k - 1);
        if k > c.last + 1 && rest_is_punct && word_last {
            cue = Some((c.first, k - 1));
        }
    }
    Some(Raw {
        source,
        tail,
        cue,
        content,
        quote,
        kind,
        possessed,
    })
}

/// A participle opening the sentence (`cue::opens_sentence`): "Citing a survey,
/// the board said …", "Asked about the pier, Ruiz said …". What: the
/// phrase up to the comma is the content ("about" joins the cue); the
/// source is the subject right after the comma, or none for "Asked" (the
/// one who asked is unnamed). Why: the participle reports what the
/// clause's subject cites, claims or laments, and PolNeAR marks it apart
/// from the main verb. Example: "Claiming the vote was rigged, Ruiz left."
/// → source "Ruiz", cue "Claiming", content "the vote was rigged".
#[inline(never)]
fn opener(ctx: &Ctx, c: Cue, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    let last = if doc.is(c.last + 1, "about") {
        c.last + 1
    } else {
        c.last
    };
    let comma = (last + 1..=u1).find(|&k| doc.is_punct(k, ',') && !ctx.inside_quote(k))?;
    let content = trim_end(ctx, last + 1, comma - 1)?;
    let asked = doc.is(c.verb, "asked");
    let source = if asked {
        None
    } else {
        Some(source::right(doc, comma + 1, u1)?)
    };
    Some(bare(ctx, source, (c.first, last), content, None))
}

/// An attribution whose source phrase (if any) stands apart from its cue,
/// with no apposition: passives ("was announced by X"), "is expected to",
/// a participle opening the sentence. No source is a vague one.
/// Passive verbs of blame read without an agent, before "of" or "for".
const CHARGED: &[&str] = &["accused", "blamed", "criticized", "criticised"];

#[inline(never)]
fn bare(
    ctx: &Ctx,
    source: Option<(usize, usize)>,
    cue: (usize, usize),
    content: (usize, usize),
    quote: Option<usize>,
) -> Raw {
    Raw {
        source,
        tail: source.map_or(0, |s| s.1),
        cue: Some(cue),
        content,
        quote,
        kind: source.map_or(SourceKind::Vague, |(a, b)| source::kind(ctx.doc, a, b, b)),
        possessed: false,
    }
}

/// An agentless passive of a thought before a to-infinitive: "The vote is
/// expected to pass", "Ruiz was believed to be abroad". What: no source (a
/// vague one), the cue with its helpers, the infinitive and the rest of the
/// sentence as content. Why: PolNeAR marks the expectation or belief of
/// people left unnamed; without it the sentence reads as the writer's own.
/// Example: "The ferry is expected to sail on Monday." → cue "is
/// expected", content "to sail on Monday". Limits: only cues listed as
/// thoughts, and "said" (hearsay: "The owner is said to be abroad");
/// "was asked to" is an order, "was called to" a summons.
#[inline(never)]
fn raising(ctx: &Ctx, c: Cue, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    let to = c.last + 1;
    let hearsay = doc.is(c.verb, "said");
    if !hearsay && super::kind::of_cue(doc, c.verb, c.verb) != AttributionKind::Thought
        || !doc.is(to, "to")
        || !cue::infinitive(doc, to + 1)
    {
        return None;
    }
    let content = trim_end(ctx, to, content_end(ctx, to, u1))?;
    Some(bare(ctx, None, (c.first, c.last), content, None))
}

/// Finite helpers: a subject holding one outside a relative clause is a
/// clause of its own.
const FINITE: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does", "do", "can",
    "could", "may", "might", "should", "must", "said", "says", "say",
];

/// Words that may end a subject noun phrase only inside it.
const NOT_LAST: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "for",
    "at",
    "with",
    "from",
    "in",
    "on",
    "to",
    "by",
    "and",
    "or",
    "but",
    "that",
    "who",
    "which",
    "whose",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "not",
    "also",
    "then",
    "when",
    "while",
    "if",
    "as",
    "so",
    "than",
    "there",
    "it",
    "this",
    "despite",
    "over",
    "after",
    "before",
    "about",
    "against",
    "amid",
    "among",
    "into",
    "under",
    "without",
    "through",
    "since",
    "until",
    "like",
    "including",
    "per",
    "via",
    "same",
    "very",
];

/// The whole subject of a listed cue when the source phrase reader finds no
/// head before it: "Those close to him say …", "Experts on fisheries and
/// ocean policy said …", "The network and its backers say …", "Insurers
/// that had covered the port agreed …" (PARC marks the whole noun phrase,
/// with its modifiers and relative clauses, as the source). The phrase runs
/// from the clause start (the sentence start, or a comma, semicolon or
/// conjunction before it) to the cue, holds no quote, no other cue and no
/// finite verb outside a relative clause, and opens like a noun phrase.
fn clause_subject(ctx: &Ctx, u0: usize, c: Cue) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    if c.first <= u0 || doc.kind(c.first - 1) != Some(TokenKind::Word) {
        return None;
    }
    let end = c.first - 1;
    let mut a = end;
    // A hyphen or slash inside a word runs on: "a Reuters/Ipsos poll
    // released Friday", "a long-awaited report".
    // So does a thousands comma: "40,000 adults".
    let digits = |k: usize| doc.kind(k) == Some(TokenKind::Digits);
    let inside = |k: usize| {
        (doc.is_any(k, &["-", "/"])
            || doc.is_punct(k, ',') && k > 0 && digits(k - 1) && digits(k + 1))
            && doc.glued(k)
            && doc.glued(k + 1)
    };
    while a > u0 && a + 16 > end && (doc.kind(a - 1) != Some(TokenKind::Punct) || inside(a - 1)) {
        a -= 1;
    }
    if a + 16 <= end {
        return None;
    }
    // The clause opens at the sentence start or after a comma, semicolon or
    // dash (not after a quote or inside parentheses).
    // "“…,” the description on the website reads": after a quote that
    // opens the sentence and closes on its comma.
    let after_quote = a > u0 + 1
        && doc.is_punct(a - 2, ',')
        && ctx
            .close_at(a - 1)
            .is_some_and(|q| ctx.quotes.get(q).is_some_and(|p| p.open <= u0));
    if a > u0 && !doc.is_any(a - 1, &[",", ";", "\u{2014}", "\u{2013}"]) && !after_quote {
        return None;
    }
    let first = doc.tok(a);
    let opens = doc.kind(a) == Some(TokenKind::Word)
        && (first.starts_with(|ch: char| ch.is_uppercase())
            || doc.is_any(a, DETS_OPEN)
            || first.ends_with('s') && first.len() > 4);
    if !opens
        || a == end
        || source::not_name(doc, a) && !doc.is_any(a, DETS_OPEN)
        || doc.is_any(end, NOT_LAST)
        || doc.is_any(end, source::ADJS)
        || doc.tok(end).ends_with("ly")
    {
        return None;
    }
    let mut relative = false;
    for k in a..=end {
        if doc.is_any(k, &["who", "that", "which", "whose"]) {
            relative = true;
        }
        let t = doc.lowered_tok(k);
        // "It's worth noting": a clause of its own.
        let verb = matches!(
            t,
            "it's" | "it\u{2019}s" | "that's" | "that\u{2019}s" | "there's" | "there\u{2019}s"
        );
        if ctx.open_at(k).is_some()
            || ctx.close_at(k).is_some()
            || !relative && (verb || doc.is_any(k, FINITE))
            || k > a && cue::at(doc, k).is_some()
        {
            return None;
        }
    }
    Some((a, end))
}

/// Words that tie a phrase into a larger noun phrase before it.
const INSIDE_SUBJECT: &[&str] = &[
    "of", "in", "on", "at", "by", "to", "from", "for", "with", "about", "that", "who", "which",
];

/// Determiners and quantifiers that open a subject noun phrase.
const DETS_OPEN: &[&str] = &[
    "the", "a", "an", "those", "these", "some", "many", "most", "several", "both", "all", "few",
    "other", "one", "two", "three", "four", "five", "more",
];

/// The preposition after a short object that opens `content` right after a
/// cue of `lists/cue_objects.txt`: "hailed Ruiz as …" → the token of "as".
/// The object is a pronoun, a name, or a determiner or possessive and up to
/// three more words, with no punctuation or other cue inside, save a name
/// set off by commas after it ("accused the port's chief, Jon Vale, of").
#[inline(never)]
fn object_then(ctx: &Ctx, c: Cue, content: (usize, usize), quote: Option<usize>) -> Option<usize> {
    let doc = ctx.doc;
    if quote.is_some() || content.0 != c.last + 1 {
        return None;
    }
    let a = content.0;
    let opens = doc.is_any(
        a,
        &[
            "him", "her", "them", "it", "us", "me", "you", "the", "a", "an", "his", "their", "its",
            "this", "these", "those", "our", "my", "your",
        ],
    ) || doc.tok(a).starts_with(|ch: char| ch.is_uppercase());
    if !opens {
        return None;
    }
    let plain = (a + 1..=(a + 4).min(content.1.saturating_sub(1)))
        .take_while(|&k| {
            doc.kind(k - 1) == Some(TokenKind::Word)
                && (k == a + 1 || cue::at(doc, k - 1).is_none())
        })
        .find(|&k| super::lexicon::lex().object_then(doc, c.verb, k));
    // "accused the North's leader, Kim Jong Un, of …": a name set off
    // inside the object.
    plain.or_else(|| {
        let c1 = (a + 1..a + 5).find(|&k| doc.is_punct(k, ','))?;
        let c2 = (c1 + 2..c1 + 6).find(|&k| doc.is_punct(k, ','))?;
        ((c1 + 1..c2).all(|k| source::name_word(doc, k))
            && c2 < content.1
            && super::lexicon::lex().object_then(doc, c.verb, c2 + 1))
        .then_some(c2 + 1)
    })
}

/// Prepositions that open the topic or target of a stance after a cue and
/// a short object: "declared war on", "expressed concern about".
const TOPIC_PREPS: &[&str] = &["of", "about", "on", "for", "into", "over"];

/// Words that end a bare object before a topic preposition.
const NOT_OBJECT: &[&str] = &[
    "to", "and", "or", "but", "not", "as", "with", "up", "out", "in", "by", "from",
];

/// The preposition that ends the cue when the content right after a cue of
/// any verb opens with at most two words (lowercase, a weekday, or "a"/"an"
/// first) and one of [`TOPIC_PREPS`], and no finite verb follows it before
/// a comma or a relative word: "declared war on the cartel",
/// "expressed grave concern about the dredging", "joked of the ferry", "I
/// know all about spin". Why: PolNeAR marks the verb, the short object and
/// the preposition as the cue and the noun phrase after it as the content
/// (as `lists/cue_objects.txt` does for listed verbs); a clause after the
/// preposition ("said the fight over the pier was lost") is the content
/// whole. Example: "Ruiz expressed alarm about the pier." → cue "expressed
/// alarm about", content "the pier".
#[inline(never)]
fn topic_then(ctx: &Ctx, c: Cue, content: (usize, usize), quote: Option<usize>) -> Option<usize> {
    let doc = ctx.doc;
    if quote.is_some() || content.0 <= c.last || doc.is_any(c.last, TOPIC_PREPS) {
        return None;
    }
    let a = content.0;
    let p = (a..=(a + 2).min(content.1.saturating_sub(1))).find(|&k| doc.is_any(k, TOPIC_PREPS))?;
    // "complained on Monday": a day is when, not what about.
    if doc.is_any(p + 1, &WEEKDAYS) {
        return None;
    }
    // A listener cue's object is what is asked for: "urges restraint on
    // the pier"; its listener is read already ("asked Ruiz about").
    if c.kind == CueKind::Object && p > a {
        return None;
    }
    // A bare noun phrase: no determiner, pronoun or name ("the tally at
    // the hearing", "her remarks on the radio" name a thing the content is
    // about), no preposition or helper.
    let object_ok = (a..p).all(|k| {
        (cue::open_word(doc, k)
            || doc.is_any(k, &WEEKDAYS)
            || doc.is(k, "all")
            || k == a && doc.is_any(k, &["a", "an"]))
            && !doc.is_any(k, FINITE)
            && !doc.is_any(k, NOT_OBJECT)
    });
    // A finite verb before any comma or relative word: a clause.
    let phrase = (p + 1..=content.1)
        .find(|&k| doc.is_any(k, FINITE) || doc.is_any(k, &[",", ";", "that", "which", "who"]))
        .is_none_or(|k| !doc.is_any(k, FINITE));
    // A question after the preposition is its object: "answered questions
    // about how the levy works".
    let wh = doc.is_any(
        p + 1,
        &["how", "why", "whether", "what", "who", "where", "when"],
    );
    (object_ok && (phrase || wh)).then_some(p)
}

/// "issued a statement calling …", "sent a letter urging …", "filed papers
/// opposing …": a cue whose object is the vehicle of what is said, and a
/// participle cue after it that says it. PolNeAR marks the verb, the object
/// and the participle as one cue; the content is what follows the
/// participle. Returns the participle's token and that content.
#[inline(never)]
fn statement_then(
    ctx: &Ctx,
    c: Cue,
    content: (usize, usize),
    quote: Option<usize>,
    u1: usize,
) -> Option<(usize, Content)> {
    let doc = ctx.doc;
    if quote.is_some() || content.0 != c.last + 1 || c.ing {
        return None;
    }
    let a = content.0;
    let opens = doc.is_any(a, &["a", "an", "the", "his", "her", "its", "their", "our"])
        || doc.kind(a) == Some(TokenKind::Digits);
    if !opens {
        return None;
    }
    // A noun stands between ("a statement calling"): "said the ruling was
    // wrong" has none, and "ruling" is its subject.
    let k = (a + 2..=(a + 6).min(content.1))
        .take_while(|&k| matches!(doc.kind(k - 1), Some(TokenKind::Word | TokenKind::Digits)))
        .find(|&k| {
            doc.tok(k).ends_with("ing")
                && (cue::at(doc, k).is_some_and(|p| p.first == k) || cue::listed_participle(doc, k))
        })?;
    Some((k, content_after(ctx, k + 1, u1)?))
}

/// "Ruiz sent a letter to the board urging …", "lawyers filed papers
/// opposing …": the verb that puts out a document and the participle that
/// says what the document says, with no comma between, are one cue (as in
/// [`statement_then`], where the verb itself is a cue). Returns the verb's
/// token: the nearest before the participle `c`, within eleven words and
/// with no punctuation between, that is a past form ("-ed", "sent",
/// "wrote") with a document after it (`document` in
/// `lists/source_words.txt`, or its plural: "tweets", "papers").
#[inline(never)]
fn vehicle_before(ctx: &Ctx, c: Cue, u0: usize) -> Option<usize> {
    let doc = ctx.doc;
    if c.first != c.verb || !doc.tok(c.verb).ends_with("ing") {
        return None;
    }
    let document = |k: usize| {
        lex().is(Word::Document, doc, k)
            || doc
                .lowered_tok(k)
                .strip_suffix('s')
                .is_some_and(|w| lex().word_flags(w) & flag::DOCUMENT != 0)
    };
    let mut seen = false;
    for k in (c.first.saturating_sub(12).max(u0 + 1)..c.first).rev() {
        if !matches!(doc.kind(k), Some(TokenKind::Word | TokenKind::Digits)) {
            return None;
        }
        if seen && cue::past_verb(doc, k) {
            return Some(k);
        }
        seen |= document(k);
    }
    None
}

/// A content span and the quote it is, if any.
type Content = ((usize, usize), Option<usize>);

/// The subject opening the sentence, when it can be a source: "Rival Ana
/// Ruiz mocked the plan, saying …" → "Rival Ana Ruiz".
#[inline(never)]
fn subject(ctx: &Ctx, u0: usize, before: usize, ing: bool) -> Option<Option<(usize, usize)>> {
    let doc = ctx.doc;
    // Past an opening mark or dash: "“Ruiz walked onto the stage, waving …"
    let mut u0 = u0;
    while u0 + 1 < before && doc.kind(u0) == Some(TokenKind::Punct) {
        u0 += 1;
    }
    let last = before.checked_sub(1)?;
    let fits = |a: usize| {
        let s = source::right(doc, a, last)?;
        if source::lone_opener(doc, s.0, s.1) && doc.is_any(s.1 + 1, &[",", "by"]) {
            return None;
        }
        // "Hopefully they can …", "Keep saving, but …": one capital word
        // before an -ing word, a pronoun or an article is an adverb or an
        // imperative, not a subject.
        let next = doc.lowered_tok(s.1 + 1);
        if s.0 == s.1
            && doc.tok(s.1 + 1).starts_with(char::is_lowercase)
            && (next.ends_with("ing") && next.len() > 5
                || doc.is_any(
                    s.1 + 1,
                    &["they", "we", "you", "he", "she", "the", "a", "an"],
                ))
        {
            return None;
        }
        let ok = match source::kind(doc, s.0, s.1, s.1) {
            SourceKind::Person
            | SourceKind::Role
            | SourceKind::Organization
            | SourceKind::Pronoun => true,
            // "Several groups granted a delay, saying …": a vague group
            // before a participle only, with its own verb between ("A
            // senior official, speaking on condition …, said" is no report
            // of "speaking").
            SourceKind::Vague => ing && s.1 + 2 < before,
            _ => false,
        };
        ok.then_some(s)
    };
    if let Some(s) = fits(u0) {
        return Some(Some(s));
    }
    // Past an opening adverbial: "On Thursday, however, Ruiz spoke to …,
    // promising …" (the subject is the phrase after a comma that a verb,
    // not another comma, follows).
    let s = (u0..last)
        .filter(|&k| doc.is_punct(k, ','))
        .take(3)
        .find_map(|k| fits(k + 1).filter(|s| !doc.is_punct(s.1 + 1, ',') && s.1 < last))?;
    Some(Some(s))
}

/// Where the dash that ends at token `k` begins, if `k` ends a dash that
/// sets off a phrase: "—", "–", "--", or a "-" spaced on both sides (not
/// the hyphen of "co-editor").
fn dash_start(doc: &Doc, k: usize) -> Option<usize> {
    if doc.is_punct(k, '\u{2014}') || doc.is_punct(k, '\u{2013}') {
        return Some(k);
    }
    if !doc.is_punct(k, '-') {
        return None;
    }
    if k > 0 && doc.is_punct(k - 1, '-') {
        return Some(k - 1);
    }
    (!doc.glued(k) && !doc.glued(k + 1)).then_some(k)
}

/// A source with an apposition before the comma or dash at `close`: "Ana
/// Lund, a marine biologist at Nord University, said" and "Ana Lund -- a
/// biologist who has studied the bay for years -- said" → the whole phrase.
/// Dashes pair with dashes, commas with commas.
#[inline(never)]
fn apposed(ctx: &Ctx, close: usize, u0: usize) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    let dash = dash_start(doc, close);
    let comma = dash.unwrap_or(close);
    let lo = comma.saturating_sub(45).max(u0 + 1);
    for open in (lo..comma).rev() {
        let open0 = match dash {
            Some(_) => match dash_start(doc, open) {
                Some(s) => s,
                None => continue,
            },
            None if doc.is_punct(open, ',') => open,
            None => continue,
        };
        if (open..comma).any(|k| ctx.close_at(k).is_some() || ctx.open_at(k).is_some()) {
            return None;
        }
        // "Dean, a former chairman, poked at …, tweeting": a verb after
        // the comma ends the apposition before it.
        if open0 <= u0 || source::verb_after_comma(doc, open, comma) {
            return None;
        }
        let listed = source::left(doc, open0 - 1, u0);
        // "The automaker, which builds vans, said": a head the reader
        // does not know, with a relative clause telling what it is.
        let relative_only = listed.is_none()
            && dash.is_none()
            && doc.is_any(open + 1, &["who", "which"])
            && open == open0;
        let Some((a, b)) = listed.or_else(|| {
            relative_only
                .then(|| relative_head(ctx, u0, open0))
                .flatten()
        }) else {
            continue;
        };
        // The phrase before the apposition must start its clause and name
        // someone; a participle or adverb opening the sentence names no one
        // ("Chastened, Vale left the stage, promising …", "Today, many
        // leave …, said Ruiz").
        let adverb = a == b && (doc.is_any(a, OCCASION_WORDS) || doc.is_any(a, LINKING));
        let starts = !(adverb
            || source::lone_opener(doc, a, b) && source::name_word(doc, open + 1))
            && (a == u0
                || doc.kind(a - 1) == Some(TokenKind::Punct)
                || doc.is_any(a - 1, &["and", "but", "as", "while", "when"]));
        // A cue inside (not in a relative clause) makes it a clause of its
        // own: "Vale, a doctor, tweeted on Monday, saying …".
        let relative =
            (open + 1..comma).find(|&k| doc.is_any(k, &["who", "whose", "which", "that"]));
        let clause = (open + 1..relative.unwrap_or(comma)).any(|k| {
            (doc.lowered_tok(k).ends_with("ed")
                || doc.is_any(k, &["said", "says", "told", "wrote", "writes"]))
                && cue::at(doc, k).is_some()
        });
        if clause {
            continue;
        }
        // "Officials at the agency, a division of the ministry, said": a
        // group with an apposition of its own.
        let kind = source::kind(doc, a, b, b);
        let named = match kind {
            // "Other unions, including the teachers' union, have endorsed".
            SourceKind::Vague => doc.is_any(open + 1, &["a", "an", "the", "including"]),
            // "The statement, which was seen by the Courier, claimed".
            SourceKind::Document => doc.is(open + 1, "which"),
            k => k != SourceKind::Pronoun,
        };
        // "Local residents, in turn, said": any source before a short
        // lowercase aside.
        let aside = comma - open <= 3
            && (open + 1..comma).all(|k| doc.tok(k).starts_with(|ch: char| ch.is_lowercase()));
        // "Her lawyer, Dana Pike, said", "One of the lawyers, Dana Pike,
        // said": a name set off after any source.
        // "Her mother, Fiona, said": one name after a role.
        let name = (comma - open >= 3 || kind == SourceKind::Role && comma - open == 2)
            && (open + 1..comma).all(|k| source::name_word(doc, k));
        // "Ruiz, however, said": a linking adverb set off is no part of
        // the source.
        if starts && aside && doc.is_any(open + 1, LINKING) {
            return Some((a, b));
        }
        if starts && (named || aside || name || relative_only) {
            return Some((a, close));
        }
    }
    None
}

/// Words that open a short aside between a source and its cue which
/// belongs to neither: "however", "for example", "of course" (not "in":
/// "X, in particular, said" keeps it).
const LINKING: &[&str] = &[
    "however",
    "though",
    "meanwhile",
    "too",
    "also",
    "instead",
    "moreover",
    "nevertheless",
    "likewise",
    "similarly",
    "indeed",
    "therefore",
    "of",
    "for",
    "by",
];

/// "…, with forecasters warning that …": one to three words between
/// "with" and a participle cue at `first`, the last a plural in -s or a
/// name, none an -ed word. What: the subject of the participle in an
/// absolute phrase. Why: after "with", any noun can speak; the phrase
/// reader knows only listed heads.
#[inline(never)]
fn with_subject(ctx: &Ctx, u0: usize, first: usize) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    let w = (first.saturating_sub(4).max(u0)..first).rfind(|&k| doc.is(k, "with"))?;
    let t = doc.tok(first - 1);
    let head =
        source::is_cap(doc, first - 1) || t.len() > 3 && t.ends_with('s') && !t.ends_with("ss");
    let words = (w + 1..first).all(|k| {
        plain_word(doc, k) && !doc.tok(k).ends_with("ed")
            || source::is_cap(doc, k) && !source::not_name(doc, k)
    });
    (first > w + 1 && head && words).then_some((w + 1, first - 1))
}

/// "“…,” the actor said": "the", "a" or "an" and one to three words
/// between a closing quote and the cue (which stands right after `end`),
/// when the phrase reader knows no head in them. What: the words are
/// lowercase (hyphens and digits may join them: "the 23-year-old"), none a
/// verb in -ed or an adverb, and a quote before them is a speaker's.
/// Why: after a quote, any noun can speak.
#[inline(never)]
fn noun_after_quote(ctx: &Ctx, u0: usize, end: usize) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    let a = (end.saturating_sub(5).max(u0 + 1)..end)
        .rev()
        .find(|&k| doc.is_any(k, &["the", "a", "an", "one", "another"]))?;
    let plain = |k: usize| match doc.kind(k) {
        // "one Weibo user": a capital modifier before the head.
        Some(TokenKind::Word) if k < end && source::is_cap(doc, k) => !source::not_name(doc, k),
        Some(TokenKind::Word) => plain_word(doc, k) && (!doc.tok(k).ends_with("ed") || k != end),
        Some(TokenKind::Digits) => k < end,
        Some(TokenKind::Punct) => doc.is_punct(k, '-') && doc.glued(k) && doc.glued(k + 1),
        None => false,
    };
    ((a + 1..=end).all(plain) && quote_before(ctx, a, u0).is_some()).then_some((a, end))
}

/// Whether token `k` is a lowercase word that may sit in a noun phrase:
/// no finite verb, no adverb in -ly, no article.
fn plain_word(doc: &Doc, k: usize) -> bool {
    doc.kind(k) == Some(TokenKind::Word)
        && doc.tok(k).starts_with(char::is_lowercase)
        && !doc.is_any(k, FINITE)
        && !doc.is_any(k, NOT_LAST)
        && !doc.is_any(k, &["the", "a", "an"])
        && !doc.tok(k).ends_with("ly")
}

/// "“…,” said the actor.": "the", "a" or "an" at `a` and one to three
/// lowercase words after an inverted cue, closing the sentence or
/// before an aside (`ends_here`: "…, said the actor on Friday").
fn noun_after_cue(ctx: &Ctx, a: usize, u1: usize) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    if !doc.is_any(a, &["the", "a", "an"]) {
        return None;
    }
    let end = (a + 1..=(a + 3).min(u1)).find(|&k| ends_here(ctx, k + 1, u1))?;
    ((a + 1..=end).all(|k| plain_word(doc, k)) && ctx.close_at(end + 1).is_none())
        .then_some((a, end))
}

/// The subject before a relative clause set off by commas, when the phrase
/// reader knows no head in it: "The automaker, which builds vans, said"
/// (`comma` is the token of the first comma). What: the sentence opens
/// with "the", "a" or "an" and one to three words, none a verb in -ed
/// or an adverb, the last lowercase. Why: any noun can speak once a relative clause tells
/// what it is; the determiner and the sentence start keep clauses out.
#[inline(never)]
fn relative_head(ctx: &Ctx, u0: usize, comma: usize) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    let end = comma.checked_sub(1)?;
    // A capital modifier may stand before the head: "The German automaker".
    let plain = |k: usize| {
        (plain_word(doc, k) || k < end && doc.kind(k) == Some(TokenKind::Word))
            && !doc.is_any(k, FINITE)
            && !doc.tok(k).ends_with("ed")
            && lex().flags(doc, k) & flag::BEFORE_SUBJECT == 0
    };
    // "Israeli settlers, who …": a capital modifier opening the sentence.
    let opener = doc.is_any(u0, &["the", "a", "an"])
        || source::is_cap(doc, u0)
            && !source::not_name(doc, u0)
            && doc.tok(end).starts_with(char::is_lowercase);
    (opener && (u0 + 2..=u0 + 4).contains(&comma) && (u0 + 1..=end).all(plain)).then_some((u0, end))
}

/// "According to X, …" and "…, according to X."
#[inline(never)]
fn according_to(ctx: &Ctx, i: usize, u0: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    let s0 = i + 2;
    if s0 > u1 {
        return None;
    }
    let mut s1 = s0;
    while s1 < u1
        && s1 - s0 < 16
        && !doc.is_punct(s1 + 1, ',')
        && !(doc.is_punct(s1 + 1, '.') && s1 + 1 >= u1)
    {
        if ctx.open_at(s1 + 1).is_some() {
            break;
        }
        s1 += 1;
    }
    let mut s1 = trim_end(ctx, s0, s1)?.1;
    // "…, according to Ana Ruiz, head of the port board, and other
    // experts.": an apposition to the sentence end is the source's.
    let end = trim_end(ctx, s1, u1).map_or(s1, |e| e.1);
    if i > u0
        && doc.is_punct(i - 1, ',')
        && doc.is_punct(s1 + 1, ',')
        && end.saturating_sub(s1) < 24
        && (doc.is_any(s1 + 2, &["a", "an", "the"]) || lex().flags(doc, s1 + 2) & flag::TITLE != 0)
        && (s1 + 2..=end).all(|k| ctx.open_at(k).is_none() && cue::at(doc, k).is_none())
    {
        s1 = end;
    }
    // "But according to X, …": one connective (and its comma) opens the
    // sentence as well.
    let opens = i == u0
        || (i > 0 && ctx.open_at(i - 1).is_some())
        || (doc.is_any(u0, LEADS) && (i == u0 + 1 || (i == u0 + 2 && doc.is_punct(u0 + 1, ','))));
    // "…, it was “unusual,” according to X" and "… wrong — according to
    // X": the comma inside a closing quote, or a dash, ends the content.
    let mark = i.checked_sub(1).filter(|&k| k > u0 + 1).filter(|&k| {
        doc.is_any(k, DASHES) || (ctx.close_at(k).is_some() && doc.is_punct(k - 1, ','))
    });
    let (content, quote) = if opens {
        content_after(ctx, s1 + 1, u1)?
    } else if let Some(k) = mark {
        let end = if doc.is_any(k, DASHES) { k - 1 } else { k };
        (trim_end(ctx, u0, end)?, None)
    } else if doc.is_punct(i - 1, ',') {
        // "This, according to X, is …": a word too short to be the
        // content leaves the clause after.
        let after = content_after(ctx, s1 + 1, u1).map(|c| c.0);
        match (content_before(ctx, u0, i), after) {
            (Some(b), _) if ends_here(ctx, s1 + 1, u1) => (b, None),
            (Some(b), Some(a)) if a.1 - a.0 > b.1 - b.0 => (a, None),
            (Some(b), _) => (b, None),
            (None, Some(a)) if doc.is_punct(s1 + 1, ',') => (a, None),
            _ => return None,
        }
    } else {
        return None;
    };
    let h = source::head(doc, s0, s1);
    let kind = source::kind(doc, s0, h.max(s0), s1);
    Some(Raw {
        source: Some((s0, s1)),
        tail: s1,
        cue: Some((i, i + 1)),
        content,
        quote,
        kind,
        possessed: false,
    })
}

/// Nouns of a survey whose findings "In …," opens ([`in_poll`]).
const POLLS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// "In <a poll>, …" opening a sentence: the poll is the source, "In" the
/// cue and the clause after the comma the content. What: an opening
/// phrase of at most twelve words up to its first comma that holds
/// "poll(s)" or "survey(s)". Why: PolNeAR reads a poll's finding as its
/// report, as with "according to the poll". Example: "In a survey released
/// Friday, most growers backed the levy." → source "a survey released
/// Friday", cue "In", content "most growers backed the levy".
#[inline(never)]
fn in_poll(ctx: &Ctx, i: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    let comma = (i + 2..(i + 14).min(u1)).find(|&k| doc.is_punct(k, ','))?;
    let (s0, s1) = (i + 1, comma - 1);
    if !(s0..=s1).any(|k| doc.is_any(k, POLLS)) || ctx.inside_quote(s0) {
        return None;
    }
    let (content, quote) = content_after(ctx, comma + 1, u1)?;
    Some(Raw {
        source: Some((s0, s1)),
        tail: s1,
        cue: Some((i, i)),
        content,
        quote,
        kind: SourceKind::Document,
        possessed: false,
    })
}

/// What "the following …:" announces ([`the_following`]).
const ANNOUNCED: &[&str] = &[
    "statement",
    "comment",
    "comments",
    "message",
    "remarks",
    "words",
    "note",
    "tweet",
    "post",
    "response",
    "reply",
    "explanation",
    "email",
    "letter",
];

/// "Ruiz made the following comment:", "the site, which carries the
/// following statement:": a lowercase verb, "the following", a noun of
/// [`ANNOUNCED`] and a colon; the subject before the verb is the source,
/// verb to colon the cue, and what follows the colon the content. Why:
/// the colon hands over to the words announced; PolNeAR marks the verb,
/// its object and the colon as the cue.
#[inline(never)]
fn the_following(ctx: &Ctx, u0: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    let v = (u0 + 1..u1.saturating_sub(3)).find(|&v| {
        doc.is(v + 1, "the")
            && doc.is(v + 2, "following")
            && doc.is_any(v + 3, ANNOUNCED)
            && doc.is_punct(v + 4, ':')
    })?;
    let verb = doc.kind(v) == Some(TokenKind::Word)
        && doc.tok(v).starts_with(char::is_lowercase)
        && !doc.is_any(v, source::PREPS)
        && !doc.is_any(v, &["is", "was", "are", "were", "be", "and", "or"]);
    if !verb || ctx.inside_quote(v) {
        return None;
    }
    let s = source::left(doc, v - 1, u0)?;
    let (content, quote) = content_after(ctx, v + 4, u1)?;
    Some(bare(ctx, Some(s), (v, v + 4), content, quote))
}

/// Nouns of a view that "In her …," opens ([`in_view`]).
const VIEWS: &[&str] = &["view", "words", "opinion", "estimation", "judgment"];

/// "In her view, …", "In Ruiz’s words, “…”" opening a clause (at the
/// sentence start or after punctuation, "but" or "and"), and "in the words
/// of X:" before a colon: the possessor (or X) is the source, "In … view"
/// the cue and what follows the comma or colon the content. Why: the
/// phrase says whose belief or words the clause is, as "according to"
/// does.
#[inline(never)]
fn in_view(ctx: &Ctx, i: usize, u0: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    let opens =
        i == u0 || doc.kind(i - 1) == Some(TokenKind::Punct) || doc.is_any(i - 1, &["but", "and"]);
    if doc.is(i + 1, "the") && doc.is_any(i + 2, VIEWS) && doc.is(i + 3, "of") {
        // Any noun after "the": "the words of the patient:".
        let plain = doc.is_any(i + 4, &["the", "a", "an"]) && plain_word(doc, i + 5);
        let s = source::right(doc, i + 4, u1).or(plain.then_some((i + 4, i + 5)))?;
        let ok = doc.is_punct(s.1 + 1, ':') || opens && doc.is_punct(s.1 + 1, ',');
        let (content, quote) = content_after(ctx, s.1 + 2, u1).filter(|_| ok)?;
        return Some(bare(ctx, Some(s), (i, i + 3), content, quote));
    }
    let noun = (i + 2..(i + 7).min(u1)).find(|&k| doc.is_any(k, VIEWS))?;
    let end = noun - 1 - usize::from(doc.is(noun - 1, "own"));
    let t = doc.tok(end);
    let s = if end == i + 1 && doc.is_any(end, &["his", "her", "their", "its", "our", "my"]) {
        (end, end)
    } else if t.ends_with("'s") || t.ends_with("\u{2019}s") {
        source::left(doc, end, i + 1).filter(|s| s.0 == i + 1)?
    } else {
        return None;
    };
    if !opens || !doc.is_punct(noun + 1, ',') {
        return None;
    }
    let (content, quote) = content_after(ctx, noun + 2, u1)?;
    Some(bare(ctx, Some(s), (i, noun), content, quote))
}

/// "as X put it" / "as X said": the content is the quote or clause beside it.
#[inline(never)]
fn as_put_it(ctx: &Ctx, i: usize, u0: usize, u1: usize) -> Option<(Raw, usize)> {
    let doc = ctx.doc;
    let s = source::right(doc, i + 1, u1)?;
    let c0 = s.1 + 1;
    // "as Ek recently put it": an -ly adverb joins the cue.
    let p = c0 + usize::from(source::ly_adverb(doc, c0));
    let c1 = if doc.is_any(p, &["put", "puts"]) && doc.is(p + 1, "it") {
        p + 1
    } else {
        // "as officials have said": past the helpers.
        let c =
            (c0..(c0 + 4).min(u1 + 1)).find_map(|k| cue::at(doc, k).filter(|c| c.first == c0))?;
        if !doc.is_punct(c.last + 1, ',')
            && !doc.is_punct(c.last + 1, '.')
            && !ends_here(ctx, c.last + 1, u1)
        {
            return None;
        }
        c.last
    };
    // `“…,” as Ek put it` and `the test is a “clean record,” as a memo put
    // it`: a quote, its comma inside, ends the content; the content opens
    // with the sentence.
    let before = (i > u0).then(|| ctx.close_at(i - 1)).flatten();
    let (content, quote) = if let Some(q) = before {
        let p = ctx.quotes[q];
        if p.open > u0 {
            (trim_end(ctx, u0, i - 1)?, None)
        } else {
            ((p.open, p.last), Some(q))
        }
    } else if i > u0 && doc.is_punct(i - 1, ',') {
        match quote_before(ctx, i, u0) {
            Some(q) => {
                let p = ctx.quotes[q];
                ((p.open, p.last), Some(q))
            }
            // "The vote was, as Ek put it, a warning": both sides.
            None if doc.is_punct(c1 + 1, ',') && !ends_here(ctx, c1 + 2, u1) => {
                (trim_end(ctx, u0, u1)?, None)
            }
            None => (content_before(ctx, u0, i)?, None),
        }
    } else {
        content_after(ctx, c1 + 1, u1)?
    };
    let kind = source::kind(doc, s.0, s.1, s.1);
    Some((
        Raw {
            source: Some(s),
            tail: s.1,
            cue: Some((c0, c1)),
            content,
            quote,
            kind,
            possessed: false,
        },
        c1 + 1,
    ))
}

/// Connectives that may stand before a sentence-opening "according to".
const LEADS: &[&str] = &["but", "and", "yet", "so", "still", "also", "however", "now"];

const DASHES: &[&str] = &["\u{2015}", "\u{2014}", "\u{2013}", "-"];

/// `“…” ― Ana Lund`: a quote signed after a dash.
#[inline(never)]
fn dash(ctx: &Ctx, i: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    let q = ctx.close_at(i - 1)?;
    let s = source::right(doc, i + 1, u1)?;
    let kind = source::kind(doc, s.0, s.1, s.1);
    let ends = s.1 + 1 > u1 || doc.line_break_before(s.1 + 1) || doc.is_any(s.1 + 1, &[",", "."]);
    if !ends || !matches!(kind, SourceKind::Person | SourceKind::Role) {
        return None;
    }
    let p = ctx.quotes[q];
    Some(Raw {
        source: Some(s),
        tail: s.1,
        cue: Some((i, i)),
        content: (p.open, p.last),
        quote: Some(q),
        kind,
        possessed: false,
    })
}

/// Labels before a colon that name no speaker.
const NOT_SPEAKERS: &[&str] = &[
    "note",
    "update",
    "updated",
    "watch",
    "photo",
    "photos",
    "video",
    "read",
    "more",
    "related",
    "correction",
    "image",
    "also",
    "source",
    "sources",
    "editor",
    "breaking",
    "exclusive",
    "live",
    "opinion",
    "analysis",
    "q",
    "a",
    "question",
    "answer",
    "warning",
    "listen",
    "see",
    "via",
    "credit",
    "contact",
    "email",
    "tel",
    "phone",
    "fax",
    "web",
    "tags",
    "topics",
    "share",
    "clarification",
    "latest",
    "disclaimer",
    "summary",
    "dear",
    "moreover",
    "disclosure",
    "review",
    "release",
    "gallery",
    "map",
    "photos",
    "video",
    "deal",
    "deals",
    "drop",
    "name",
    "location",
    "date",
    "address",
];

/// Function words of a title-case headline that no speaker label holds.
const HEADLINE_WORDS: &[&str] = &[
    "the", "a", "an", "over", "on", "in", "for", "to", "and", "or", "with", "at", "from", "by",
    "after", "under", "into", "about", "against", "is", "are", "was", "were", "goes", "not", "how",
    "why", "what", "when", "where", "its", "his", "her", "their",
];

/// `PENCE: Well, look, …` (a transcript) or headline `Pollster: Voters …`: a
/// short capitalised name opening the sentence, then a colon; the content
/// runs to the end of the paragraph.
fn colon(ctx: &Ctx, u0: usize, u1: usize) -> Option<Raw> {
    let doc = ctx.doc;
    // A transcript quoted whole: `"PENCE: Well, …`.
    let u0 = if doc.is_any(u0, &["\"", "\u{201C}"]) && doc.glued(u0 + 1) {
        u0 + 1
    } else {
        u0
    };
    let c = (u0 + 1..=(u0 + 7).min(u1)).find(|&k| doc.is_punct(k, ':'))?;
    let capital = |k: usize| {
        doc.kind(k) == Some(TokenKind::Word) && doc.tok(k).starts_with(|ch: char| ch.is_uppercase())
            || doc.is_punct(k, '.') && doc.glued(k)
            || doc.is_punct(k, '-') && doc.glued(k)
    };
    if !(u0..c).all(capital) || doc.is_any(u0, NOT_SPEAKERS) || doc.is_any(c - 1, NOT_SPEAKERS) {
        return None;
    }
    // "Path B:", "Option A:" (a label ending in one letter), and labels
    // outside the Latin script ("Фото:", a photo credit) name no speaker.
    let letter = c - 1 > u0 && doc.tok(c - 1).chars().count() == 1;
    if letter
        || doc
            .tok(u0)
            .chars()
            .any(|ch| ch.is_alphabetic() && ch > '\u{24F}')
    {
        return None;
    }
    // A title-case headline before a colon names no speaker when it holds
    // words a name does not ("Storm Over Harbour:", "The Latest:"), and
    // "Said Ruiz: …" is the cue form, read later. Transcript labels in
    // capitals ("THE PRESIDENT:") stay.
    let caps = (u0..c).all(|k| !doc.tok(k).chars().any(char::is_lowercase));
    if !caps && (u0..c).any(|k| doc.is_any(k, HEADLINE_WORDS)) || doc.is_any(u0, &["said", "says"])
    {
        return None;
    }
    let mut end = c + 1;
    while end + 1 < doc.len() && !crate::quotes::pair::paragraph_break(doc, end + 1) {
        end += 1;
    }
    // A label's value is no speech: "R: 50,000", "Portions: 1 green",
    // "Account: @name", "Profile: Ana Ruiz" (a number, a handle or fewer
    // than four words after the colon).
    let words = (c + 1..=end)
        .filter(|&k| doc.kind(k) == Some(TokenKind::Word))
        .count();
    let opens = doc.kind(c + 1) == Some(TokenKind::Word) || ctx.open_at(c + 1).is_some();
    if !opens || words < 4 {
        return None;
    }
    // A title of several words going on past its colon ("Harbour Quest
    // Saga: Lost Tides is a slow game") or a title-case rubric before a
    // title-case name ("Deal Corner: Harbour Racer Deluxe for $20"): two
    // capitalised words open the value.
    let title = |k: usize| source::is_cap(doc, k);
    // A title-case headline after the colon ("Pat Lund: Voters Fear
    // Levy") stays: the value must go on in lower case.
    let prose = (c + 3..(c + 10).min(end + 1)).any(|k| {
        doc.kind(k) == Some(TokenKind::Word)
            && doc.tok(k).len() > 3
            && doc.tok(k).starts_with(char::is_lowercase)
    });
    if !caps && c - u0 >= 2 && title(c + 1) && title(c + 2) && prose {
        return None;
    }
    // A dateline in capitals ("HARBOURTON: The pier shut …"): no first or
    // second person in the value and no other label in capitals in the
    // text, as the turns of a transcript have.
    let upper = |j: usize| {
        doc.kind(j) == Some(TokenKind::Word) && !doc.tok(j).chars().any(char::is_lowercase)
    };
    let another = || {
        (1..doc.len()).any(|k| {
            k != c && doc.is_punct(k, ':') && upper(k - 1) && {
                let mut j = k - 1;
                while j > 0 && upper(j - 1) && k - j < 4 {
                    j -= 1;
                }
                j == 0 || doc.kind(j - 1) != Some(TokenKind::Word)
            }
        })
    };
    let speech = || {
        (c + 1..=end).any(|k| doc.is_any(k, &["i", "we", "you", "my", "our", "us", "me", "your"]))
    };
    // A label in mixed case ("Team: Host the …", "Name: Dealing in …",
    // "Dip: Mix two …") needs a first or second person, a quote, its own
    // word labelling another turn nearby ("Ana: … Ana: …"), or to open the
    // text (a headline: "Ruiz: Levy Is Too Low").
    let again = || {
        (c.saturating_sub(400)..(c + 400).min(doc.len()))
            .any(|k| k != c && k > 0 && doc.is_punct(k, ':') && doc.tok(k - 1) == doc.tok(c - 1))
    };
    let turn = if caps {
        another()
    } else {
        u0 == 0 || ctx.open_at(c + 1).is_some() || again()
    };
    if !speech() && !turn {
        return None;
    }
    // A turn opens with a capital: "Dry County: if it rains we go" is a
    // phrase running on past its colon.
    if doc.tok(c + 1).starts_with(char::is_lowercase) {
        return None;
    }
    // Page furniture: a value split by pipes ("Deals: Pier | 9 Photos").
    if (c + 1..=end).any(|k| doc.is_punct(k, '|')) {
        return None;
    }
    let (content, quote) = match ctx.open_at(c + 1) {
        Some(q) if ctx.quotes[q].last >= end.min(u1) => {
            let p = ctx.quotes[q];
            ((p.open, p.last), Some(q))
        }
        _ => (trim_end(ctx, c + 1, end)?, None),
    };
    let all_caps = (u0..c).all(|k| !doc.tok(k).chars().any(char::is_lowercase));
    let kind = match source::kind(doc, u0, c - 1, c - 1) {
        SourceKind::Organization if all_caps && c - u0 <= 2 => SourceKind::Person,
        k => k,
    };
    Some(Raw {
        source: Some((u0, c - 1)),
        tail: c - 1,
        cue: Some((c, c)),
        content,
        quote,
        kind,
        possessed: false,
    })
}

#[cfg(test)]
mod tests {
    use crate::attribution::find;
    use crate::model::SourceKind;
    use crate::text::Doc;

    /// (source, cue, content, kind, speaker) of every attribution.
    type Row = (String, String, String, SourceKind, Option<String>);

    fn attrs(text: &str) -> Vec<Row> {
        let d = Doc::new(text);
        find(&d)
            .attributions
            .into_iter()
            .map(|a| {
                (
                    a.source.map(|s| s.text).unwrap_or_default(),
                    a.cue.map(|s| s.text).unwrap_or_default(),
                    a.content.text,
                    a.source_kind,
                    a.speaker,
                )
            })
            .collect()
    }

    fn one(text: &str) -> Row {
        let mut v = attrs(text);
        assert_eq!(v.len(), 1, "{v:?}");
        v.remove(0)
    }

    fn row(s: &str, c: &str, t: &str, k: SourceKind, who: Option<&str>) -> Row {
        (s.into(), c.into(), t.into(), k, who.map(Into::into))
    }

    #[test]
    fn a_quote_resumed_after_an_occasion_or_an_aside() {
        for text in [
            "\u{201C}We know,\u{201D} Lund said during a rally in Ames, Ia., \u{201C}but we wait.\u{201D}",
            "\u{201C}We know,\u{201D} Lund told the Courier on Friday, \u{201C}but we wait.\u{201D}",
            "\u{201C}We know,\u{201D} Lund said, referring to the delay, \u{201C}but we wait.\u{201D}",
            "\u{201C}We know,\u{201D} Lund said, but \u{201C}we wait.\u{201D}",
        ] {
            let d = Doc::new(text);
            let f = find(&d);
            assert!(f.quotes.iter().all(|q| q.attribution.is_some()), "{text}");
        }
        // A quote right after "X replied," is what X replied.
        let v = attrs(
            "Asked why the pier shut, the 34-year-old mother of three replied, \u{201C}It was unsafe.\u{201D}",
        );
        assert!(v
            .iter()
            .any(|r| r.0 == "the 34-year-old mother of three"
                && r.2 == "\u{201C}It was unsafe.\u{201D}"));
        // A participle of its own before the second quote reports it.
        let v =
            attrs("\u{201C}We know,\u{201D} Lund said, adding later, \u{201C}but we wait.\u{201D}");
        assert_eq!(v.last().map(|r| r.1.as_str()), Some("adding later"));
    }

    #[test]
    fn a_pronoun_before_two_joined_verbs() {
        let v = attrs(
            "When my mother mentioned the pier, I laughed and said, \u{201C}It will stand.\u{201D}",
        );
        assert_eq!(v.last().map(|r| r.0.as_str()), Some("I"));
    }

    #[test]
    fn a_verb_joined_after_a_free_relative_takes_the_sentences_subject() {
        let v = attrs(
            "The fund was glad to back what she called \u{201C}a fair pier\u{201D} and expected returns of 4% a year.",
        );
        let expected = v.iter().find(|r| r.1.starts_with("expected"));
        assert_eq!(expected.map(|r| r.0.as_str()), Some("The fund"), "{v:?}");
    }

    #[test]
    fn a_group_with_an_including_aside() {
        let v = attrs(
            "Many tax experts, including Dana Pike, have pointed out that the board may publish.",
        );
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("Many tax experts, including Dana Pike,")
        );
    }

    #[test]
    fn an_apposition_after_according_to_ending_the_sentence() {
        let v = attrs("The rate rose, according to the Harbour Council, an industry body.");
        assert_eq!(
            v.first().map(|r| (r.0.as_str(), r.4.as_deref())),
            Some((
                "the Harbour Council, an industry body",
                Some("Harbour Council")
            ))
        );
        // A clause after the comma is no apposition.
        let v = attrs("The rate rose, according to the Harbour Council, so it may fall.");
        assert_eq!(v.first().map(|r| r.0.as_str()), Some("the Harbour Council"));
    }

    #[test]
    fn a_vague_subject_before_a_participle() {
        let v = attrs("Several groups granted the firm a delay, saying its cash was low.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (v[0].0.as_str(), v[0].1.as_str()),
            ("Several groups", "saying")
        );
    }

    #[test]
    fn a_participle_opening_the_sentence() {
        let v = attrs("Claiming the vote was rigged, Ana Ruiz left the hall.");
        assert_eq!(
            v,
            [row(
                "Ana Ruiz",
                "Claiming",
                "the vote was rigged",
                SourceKind::Person,
                Some("Ana Ruiz")
            )]
        );
        let v = attrs("Asked about the pier, the mayor said it was safe.");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[0].1, "Asked about");
        assert_eq!(v[0].2, "the pier");
        // A capital -ing word without a comma after it is no opener.
        assert!(attrs("Hoping springs eternal.").is_empty());
    }

    #[test]
    fn an_agentless_passive_of_a_view_before_to() {
        assert_eq!(
            one("The ferry is expected to sail on Monday."),
            row(
                "",
                "is expected",
                "to sail on Monday",
                SourceKind::Vague,
                None
            )
        );
        // A summons or an order is no view.
        assert!(attrs("The clerk was called to the stand.").is_empty());
        assert!(attrs("The clerk was asked to leave.").is_empty());
    }

    #[test]
    fn quote_then_source_then_cue() {
        assert_eq!(
            one("“The bridge will open in May,” Ines Calder said."),
            row(
                "Ines Calder",
                "said",
                "“The bridge will open in May,”",
                SourceKind::Person,
                Some("Ines Calder")
            )
        );
    }

    #[test]
    fn quote_then_cue_then_source() {
        assert_eq!(
            one("\"We are not finished,\" said Mayor Ines Calder."),
            row(
                "Mayor Ines Calder",
                "said",
                "\"We are not finished,\"",
                SourceKind::Person,
                Some("Ines Calder")
            )
        );
    }

    #[test]
    fn source_cue_colon_quote() {
        assert_eq!(
            one("Ines Calder said: “Nobody will lose a home.”"),
            row(
                "Ines Calder",
                "said",
                "“Nobody will lose a home.”",
                SourceKind::Person,
                Some("Ines Calder")
            )
        );
    }

    #[test]
    fn indirect_speech_with_and_without_that() {
        assert_eq!(
            one("The mayor said that the ferry would stop."),
            row(
                "The mayor",
                "said",
                "that the ferry would stop",
                SourceKind::Role,
                None
            )
        );
        assert_eq!(
            one("Ines Calder has warned the ferry would stop."),
            row(
                "Ines Calder",
                "has warned",
                "the ferry would stop",
                SourceKind::Person,
                Some("Ines Calder")
            )
        );
    }

    #[test]
    fn according_to_before_and_after() {
        assert_eq!(
            one("According to the harbour board, repairs will cost more."),
            row(
                "the harbour board",
                "According to",
                "repairs will cost more",
                SourceKind::Organization,
                Some("harbour board")
            )
        );
        assert_eq!(
            one("Repairs will cost more, according to a survey by the harbour board."),
            row(
                "a survey by the harbour board",
                "according to",
                "Repairs will cost more",
                SourceKind::Document,
                None
            )
        );
    }

    #[test]
    fn according_to_after_a_connective_a_quote_a_dash_or_one_word() {
        let cases = [
            (
                "But according to the harbour board, repairs will cost more.",
                "repairs will cost more",
            ),
            (
                "The ferry was \u{201C}unsafe,\u{201D} according to the harbour board.",
                "The ferry was \u{201C}unsafe,\u{201D}",
            ),
            (
                "The ferry was unsafe \u{2014} according to the harbour board.",
                "The ferry was unsafe",
            ),
            (
                "This, according to the harbour board, is a problem.",
                "is a problem",
            ),
        ];
        for (text, content) in cases {
            let r = one(text);
            assert_eq!(
                (r.0.as_str(), r.2.as_str()),
                ("the harbour board", content),
                "{text}"
            );
            assert_eq!(r.1.to_lowercase(), "according to");
        }
        // No connective: a subject before "according to" stays unread.
        assert!(attrs("Repairs according to the harbour board will cost more.").is_empty());
    }

    #[test]
    fn an_unlisted_head_before_a_relative_clause() {
        assert_eq!(
            one("The Dutch brewer, which owns six plants, says the tax will raise prices."),
            row(
                "The Dutch brewer, which owns six plants,",
                "says",
                "the tax will raise prices",
                SourceKind::Vague,
                None
            )
        );
        // Only after "the", "a" or "an" opening the sentence.
        assert!(attrs("Most trams, which run late, said nothing.")
            .iter()
            .all(|r| r.1 != "said"));
    }

    #[test]
    fn any_noun_after_a_quote_speaks() {
        for (text, who) in [
            (
                "\u{201C}We won,\u{201D} the goalkeeper said.",
                "the goalkeeper",
            ),
            (
                "\u{201C}We won,\u{201D} the 19-year-old said.",
                "the 19-year-old",
            ),
            (
                "\u{201C}We won,\u{201D} said the goalkeeper.",
                "the goalkeeper",
            ),
            (
                "\u{201C}We won,\u{201D} said the goalkeeper on Sunday.",
                "the goalkeeper",
            ),
            (
                "\u{201C}We won,\u{201D} one Harbour fan wrote.",
                "one Harbour fan",
            ),
            (
                "\u{201C}We won,\u{201D} another fan quipped.",
                "another fan",
            ),
        ] {
            let r = one(text);
            assert_eq!(
                (r.0.as_str(), r.2.as_str()),
                (who, "\u{201C}We won,\u{201D}"),
                "{text}"
            );
        }
        // No quote before: the phrase reader's own rules decide.
        assert!(attrs("On Sunday the goalkeeper left early.").is_empty());
    }

    #[test]
    fn has_since_said() {
        let r = one("The mayor has since said that the pier will reopen.");
        assert_eq!(
            (r.0.as_str(), r.1.as_str()),
            ("The mayor", "has since said")
        );
    }

    #[test]
    fn a_listener_before_a_quote_is_no_content() {
        for text in [
            "Ruiz told the crowd, \u{201C}We stay.\u{201D}",
            "Ruiz told me: \u{201C}We stay.\u{201D}",
        ] {
            let r = one(text);
            assert_eq!(
                (r.1.as_str(), r.2.as_str()),
                ("told", "\u{201C}We stay.\u{201D}"),
                "{text}"
            );
        }
    }

    #[test]
    fn derided_as() {
        assert_eq!(
            one("Rival growers derided the levy as a tax.").1,
            "derided the levy as"
        );
    }

    #[test]
    fn a_circumstance_after_the_verb_is_no_content() {
        assert!(attrs("The mayor learned from the flood.").is_empty());
        assert!(attrs("Our correspondent reported from the harbour.").is_empty());
        assert_eq!(
            one("The mayor said at a hearing that the pier is safe.").2,
            "that the pier is safe"
        );
        // A content before the cue may open with "at" or "from".
        assert_eq!(
            one("At the time, the pier had no guard rails, Ruiz said.").2,
            "At the time, the pier had no guard rails"
        );
        assert_eq!(
            one("From the start, Ruiz said, the levy was too low.").1,
            "said"
        );
    }

    #[test]
    fn appositions_after_a_role_or_a_document() {
        let r = one("\u{201C}It was fine,\u{201D} her brother, Tomas, said.");
        assert_eq!(r.0, "her brother, Tomas,");
        let r = one("The memo, which was seen by the Courier, claimed that the pier was unsafe.");
        assert_eq!(r.0, "The memo, which was seen by the Courier,");
        let r = one("Norwegian growers, who farm the valley, said the levy was too low.");
        assert_eq!(r.0, "Norwegian growers, who farm the valley,");
        // "her" before an adjective alone is no source.
        assert!(attrs("Ruiz left her former label last year.").is_empty());
    }

    #[test]
    fn a_whole_subject_after_an_opening_quote() {
        let r = one("\u{201C}Fresh fish daily,\u{201D} the sign on the pier reads.");
        assert_eq!(r.0, "the sign on the pier");
    }

    #[test]
    fn an_ing_word_before_a_listed_head() {
        let r = one("Prices rose, with the governing party blaming the port.");
        assert_eq!(r.0, "the governing party");
    }

    #[test]
    fn of_the_view_after_be() {
        let r = one("Most growers are of the view that the levy is too low.");
        assert_eq!(
            (r.0.as_str(), r.1.as_str()),
            ("Most growers", "are of the view")
        );
        assert!(attrs("Most of the view was blocked by the new pier.").is_empty());
    }

    #[test]
    fn the_following_statement_before_a_colon() {
        let r =
            one("Later, the coach issued the following statement: \u{201C}We will appeal.\u{201D}");
        assert_eq!(
            (r.0.as_str(), r.1.as_str(), r.2.as_str()),
            (
                "the coach",
                "issued the following statement:",
                "\u{201C}We will appeal.\u{201D}"
            )
        );
        assert!(attrs("Bring the following things: a tent, a lamp and boots.").is_empty());
    }

    #[test]
    fn in_her_view_opening_a_clause() {
        let r = one("But in his view, the bridge is too narrow.");
        assert_eq!(
            (r.0.as_str(), r.1.as_str(), r.2.as_str()),
            ("his", "in his view", "the bridge is too narrow")
        );
        let r = one("In Ana Moreno\u{2019}s words, \u{201C}the bridge is finished.\u{201D}");
        assert_eq!(r.0, "Ana Moreno\u{2019}s");
        let r = one("It went badly, in the words of the ferryman: \u{201C}We lost.\u{201D}");
        assert_eq!(
            (r.0.as_str(), r.1.as_str()),
            ("the ferryman", "in the words of")
        );
        // Not without the comma, nor inside a quote.
        assert!(attrs("The bridge stayed in his view all day.").is_empty());
        assert!(attrs("\u{201C}It is, in my view, too narrow.\u{201D}").is_empty());
    }

    #[test]
    fn the_subject_of_a_participle_after_with() {
        let r = one("Rents climbed, with tenants complaining that repairs never came.");
        assert_eq!((r.0.as_str(), r.1.as_str()), ("tenants", "complaining"));
        assert!(attrs("The ferry kept running, with crews working on the engine.").is_empty());
    }

    #[test]
    fn telling_as_an_adjective() {
        // "telling" as an adjective is no verb of saying before a report.
        assert!(
            attrs("The most telling point was his claim that the pier was safe.")
                .iter()
                .any(|r| r.0 == "his" && r.1 == "claim")
        );
    }

    #[test]
    fn an_occasion_closing_the_sentence_after_a_verb_of_saying() {
        let r = one("The levy is too low, Ruiz said at the trial in Ames last week.");
        assert_eq!(r.2, "The levy is too low");
        let r = one("Most boats stayed in port, she wrote in her weekly column.");
        assert_eq!(r.2, "Most boats stayed in port");
        // A topic after a verb of belief is its content.
        let r = one("Like her father, Ruiz believes in the good sense of voters.");
        assert_eq!(r.2, "in the good sense of voters");
    }

    #[test]
    fn in_a_poll_opening_the_sentence() {
        assert_eq!(
            one("In a survey released Friday, most growers backed the levy."),
            row(
                "a survey released Friday",
                "In",
                "most growers backed the levy",
                SourceKind::Document,
                None
            )
        );
        assert!(attrs("In the harbour, most boats were moored.").is_empty());
    }

    #[test]
    fn content_then_source_then_cue() {
        let v = attrs("Mayor Ines Calder spoke first. The ferry will stop in winter, she added.");
        assert_eq!(
            v[0],
            row(
                "she",
                "added",
                "The ferry will stop in winter",
                SourceKind::Pronoun,
                Some("Ines Calder")
            )
        );
    }

    #[test]
    fn a_second_report_ends_the_first_content() {
        let v = attrs("Ines Calder said fares rose, and the ferry union said wages fell.");
        let contents: Vec<&str> = v.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(contents, ["fares rose", "wages fell"]);
        let v = attrs("Most growers backed the levy; the port board opposed it.");
        assert_eq!(v[0].2, "the levy");
        // A that-clause or a clause with a helper keeps what it coordinates.
        let v = attrs("Calder said that fares rose, and the union says wages fell.");
        assert_eq!(v[0].2, "that fares rose, and the union says wages fell");
        let v = attrs("Calder said fares are rising, and the union says wages fell.");
        assert_eq!(v[0].2, "fares are rising, and the union says wages fell");
        // No source of its own: the same report goes on.
        let v = attrs("Calder said fares rose, and warned that wages would fall.");
        assert_eq!(v[0].2, "fares rose, and warned that wages would fall");
    }

    #[test]
    fn apposition_between_source_and_cue() {
        assert_eq!(
            one("Tomas Ek, a surgeon at the city hospital, said the ward was full."),
            row(
                "Tomas Ek, a surgeon at the city hospital,",
                "said",
                "the ward was full",
                SourceKind::Person,
                Some("Tomas Ek")
            )
        );
    }

    #[test]
    fn a_name_set_off_after_a_role() {
        let v = one("In a letter, one of the port's pilots, Jon Vale, said the pier was unsafe.");
        assert_eq!(v.0, "one of the port's pilots, Jon Vale,");
        assert_eq!(v.2, "the pier was unsafe");
    }

    #[test]
    fn an_apposition_between_dashes() {
        for dash in ["--", "\u{2014}", "\u{2013}"] {
            let text =
                format!("Jon Vale {dash} a pilot for the port {dash} said the pier was unsafe.");
            let v = one(&text);
            assert_eq!(v.0, format!("Jon Vale {dash} a pilot for the port {dash}"));
            assert_eq!(v.2, "the pier was unsafe");
        }
        // A hyphen is no dash.
        let d = Doc::new("the co-chair");
        assert_eq!(super::dash_start(&d, 2), None);
    }

    #[test]
    fn a_participle_after_a_closing_quote() {
        let v = attrs("Ruiz said: \"The pier is safe,\" adding that repairs are done.");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[0].2, "\"The pier is safe,\"");
        assert_eq!((v[1].0.as_str(), v[1].1.as_str()), ("Ruiz", "adding"));
        assert_eq!(v[1].2, "that repairs are done");
    }

    #[test]
    fn going_on_to_after_a_comma_takes_the_sentences_source() {
        let v = attrs("Ruiz said the pier is safe, going on to criticize the board.");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[0].2, "the pier is safe");
        assert_eq!(
            (v[1].0.as_str(), v[1].1.as_str()),
            ("Ruiz", "going on to criticize")
        );
    }

    #[test]
    fn a_name_set_off_inside_the_object() {
        let v = one("Ruiz accused the port's chief, Jon Vale, of lying.");
        assert_eq!(v.1, "accused the port's chief, Jon Vale, of");
        assert_eq!(v.2, "lying");
    }

    #[test]
    fn told_a_listener() {
        assert_eq!(
            one("Tomas Ek told reporters the ward was full."),
            row(
                "Tomas Ek",
                "told",
                "the ward was full",
                SourceKind::Person,
                Some("Tomas Ek")
            )
        );
    }

    #[test]
    fn possessive_spokesperson() {
        assert_eq!(
            one("Calder's spokesperson said the ferry would stop."),
            row(
                "Calder's spokesperson",
                "said",
                "the ferry would stop",
                SourceKind::Role,
                None
            )
        );
    }

    #[test]
    fn a_charge_with_no_agent() {
        let v = attrs("The board was accused of hiding the costs.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (v[0].1.as_str(), v[0].2.as_str()),
            ("was accused of", "hiding the costs")
        );
        let v = attrs("The ferries have been blamed for the outbreak.");
        assert_eq!(v[0].1, "have been blamed for");
        // Other agentless passives stay no attribution.
        assert!(attrs("The pier was closed for repairs.").is_empty());
    }

    #[test]
    fn as_someone_put_it() {
        assert_eq!(
            one("The vote was, as Tomas Ek put it, a warning."),
            row(
                "Tomas Ek",
                "put it",
                "The vote was, as Tomas Ek put it, a warning",
                SourceKind::Person,
                Some("Tomas Ek")
            )
        );
        let r = one("The test is a \"clean record,\" as a city memo put it.");
        assert_eq!(
            (r.1.as_str(), r.2.as_str()),
            ("put it", "The test is a \"clean record,\"")
        );
        let r = one("\"The pier is unsafe,\" as Tomas Ek put it.");
        assert_eq!(r.2, "\"The pier is unsafe,\"");
        let r = one("As Tomas Ek recently put it, the pier is unsafe.");
        assert_eq!(
            (r.1.as_str(), r.2.as_str()),
            ("recently put it", "the pier is unsafe")
        );
    }

    #[test]
    fn headline_says_someone() {
        assert_eq!(
            one("Ferry must stop in winter, says Ines Calder\nCity"),
            row(
                "Ines Calder",
                "says",
                "Ferry must stop in winter",
                SourceKind::Person,
                Some("Ines Calder")
            )
        );
    }

    #[test]
    fn passive_announcement() {
        assert_eq!(
            one("It was announced by the harbour board that the ferry would stop."),
            row(
                "the harbour board",
                "was announced",
                "that the ferry would stop",
                SourceKind::Organization,
                Some("harbour board")
            )
        );
        let (source, _, content, kind, _) = one("It is believed that the ferry will stop.");
        assert_eq!(
            (source.as_str(), content.as_str(), kind),
            ("", "that the ferry will stop", SourceKind::Vague)
        );
    }

    #[test]
    fn speaker_named_in_the_next_sentence() {
        let v = attrs("“We will not sell the ferry.”\nMayor Ines Calder said so on Friday.");
        assert!(
            v.iter()
                .any(|r| r.2 == "“We will not sell the ferry.”"
                    && r.4.as_deref() == Some("Ines Calder")),
            "{v:?}"
        );
    }

    #[test]
    fn anonymous_and_vague_sources() {
        assert_eq!(
            one("A source close to the board said talks had stalled.").3,
            SourceKind::Anonymous
        );
        assert_eq!(
            one("Officials said talks had stalled.").3,
            SourceKind::Vague
        );
        assert_eq!(one("Experts say the ferry is unsafe.").3, SourceKind::Vague);
        assert_eq!(
            one("A board member, speaking on condition of anonymity, said talks had stalled.").3,
            SourceKind::Anonymous
        );
    }

    #[test]
    fn adding_that_is_a_second_attribution() {
        let v = attrs("“The ferry is safe,” Ines Calder said, adding that checks were weekly.");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[1].1, "adding");
        assert_eq!(v[1].2, "that checks were weekly");
        assert_eq!(v[1].4.as_deref(), Some("Ines Calder"));
    }

    #[test]
    fn transcript_turns_inside_one_quote() {
        let t = "The exchange went:\n\n\"HOST: Will the ferry run? Tell us.\n\n\"CALDER: It will run in May.\n";
        let v = attrs(t);
        let turns: Vec<(&str, &str)> = v.iter().map(|r| (r.0.as_str(), r.2.as_str())).collect();
        assert_eq!(
            turns,
            [
                ("HOST", "Will the ferry run? Tell us"),
                ("CALDER", "It will run in May")
            ]
        );
    }

    #[test]
    fn the_occasion_after_a_quote_belongs_to_the_cue() {
        let v = attrs("“The ward is full,” Tomas Ek said on Monday on Harbour Radio.");
        assert_eq!(v[0].1, "said on Monday on Harbour Radio");
        let v = attrs("“The ward is full,” Tomas Ek said in an interview with Harbour Radio.");
        assert_eq!(v[0].1, "said in an interview with Harbour Radio");
        // No occasion word at the end: "on" is left out.
        let v = attrs("“The ward is full,” Tomas Ek said on, and left.");
        assert_eq!(v[0].1, "said");
    }

    #[test]
    fn a_name_alone_is_content() {
        assert_eq!(one("Senator Ola Berg has endorsed Calder.").2, "Calder");
    }

    #[test]
    fn pledges_and_pointing_to() {
        assert_eq!(
            one("Ines Calder pledged to keep the ferry running.").1,
            "pledged"
        );
        assert_eq!(
            one("Tomas Ek pointed to the empty beds as proof.").1,
            "pointed to"
        );
    }

    #[test]
    fn a_headline_before_a_colon_is_no_speaker() {
        assert!(
            attrs("Storm Over Harbour: Ferry Stops for Winter\n\nThe ferry stopped.").is_empty()
        );
        assert!(attrs("The Latest: Ferry stops for winter\n\nThe ferry stopped.").is_empty());
        assert!(attrs("CLARIFICATION: An earlier version misspelled a name.").is_empty());
        // A transcript label in capitals stays a speaker.
        let v = attrs("THE MAYOR: We will keep the ferry.\n");
        assert_eq!(v[0].0, "THE MAYOR");
    }

    #[test]
    fn the_whole_subject_is_the_source() {
        let cases = [
            (
                "Those close to him say that he will run again.",
                "Those close to him",
            ),
            (
                "Experts on fisheries and ocean policy said the quota could fail.",
                "Experts on fisheries and ocean policy",
            ),
            (
                "The network and its backers say that the channel is fair.",
                "The network and its backers",
            ),
            (
                "Insurers that had covered the harbour agreed to release the funds.",
                "Insurers that had covered the harbour",
            ),
        ];
        for (text, source) in cases {
            assert_eq!(one(text).0, source, "{text}");
        }
        // A clause of its own before the cue is no subject.
        assert!(attrs("It's worth noting that the ferry is old.").is_empty());
    }

    #[test]
    fn a_colon_closing_its_paragraph_opens_a_block_quotation() {
        let v = attrs("The governor added:\n\nIt is typical of the board. It never listens.\n\nThe vote is on Monday.\n");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "added");
        assert_eq!(v[0].2, "It is typical of the board. It never listens");
    }

    #[test]
    fn an_occasion_between_cue_and_content_belongs_to_the_cue() {
        let v = one("Berg said Friday at a press conference that the port would close.");
        assert_eq!(v.1, "said Friday at a press conference");
        assert_eq!(v.2, "that the port would close");
        let v = one("Berg said during a rally in Tromso, Norway, “We will keep the ferry.”");
        assert_eq!(v.1, "said during a rally in Tromso, Norway");
        assert_eq!(v.2, "“We will keep the ferry.”");
    }

    #[test]
    fn a_document_sent_with_its_participle_joins_the_cue() {
        let v =
            attrs("A group of growers sent a letter to the port board urging that the port wait.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "A group of growers");
        assert_eq!(v[0].1, "sent a letter to the port board urging");
        assert_eq!(v[0].2, "that the port wait");
        let v = attrs("Lawyers for the union filed papers on Monday opposing the sale.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "Lawyers for the union");
        assert_eq!(v[0].1, "filed papers on Monday opposing");
        // No document between: the participle stands alone.
        let v = attrs("Ruiz walked into the hall on Monday saying that the levy was fair.");
        assert!(v.iter().all(|r| !r.1.contains("walked")), "{v:?}");
    }

    #[test]
    fn a_meeting_and_what_it_is_for_are_one_cue() {
        let v = attrs("Growers on the coast met with the mayor on Monday to discuss the levy.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "Growers on the coast");
        assert_eq!(v[0].1, "met with the mayor on Monday to discuss");
        assert_eq!(v[0].2, "the levy");
        let v = attrs("Later, the board gathered to discuss the budget.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (v[0].0.as_str(), v[0].1.as_str()),
            ("the board", "gathered to discuss")
        );
        let v = attrs("The mayor took to Twitter on Monday to criticize the levy.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "took to Twitter on Monday to criticize");
        // No meeting: no purpose.
        assert!(attrs("Ruiz drove to the port to discuss the levy.").is_empty());
    }

    #[test]
    fn a_question_after_a_topic_preposition_is_its_object() {
        let v =
            attrs("Ruiz spent an hour on the radio, answering questions about how the levy works.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "answering questions about");
        assert_eq!(v[0].2, "how the levy works");
        // Any other clause stays the content whole.
        let v = attrs("Ruiz said the fight over the pier was lost.");
        assert_eq!(v[0].2, "the fight over the pier was lost");
    }

    #[test]
    fn words_between_a_quote_and_its_source_belong_to_the_source() {
        let v = attrs("\u{201c}We will win,\u{201d} harbour press aide Ana Ruiz said on Monday.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "harbour press aide Ana Ruiz");
        assert_eq!(v[0].2, "\u{201c}We will win,\u{201d}");
        // A conjunction opens a clause of its own: the quote is not its content.
        let v = attrs(
            "\u{201c}We will win,\u{201d} Ana Ruiz said, but later she said the vote was close.",
        );
        assert!(v.iter().all(|r| !r.0.starts_with("but")), "{v:?}");
    }

    #[test]
    fn an_occasion_may_end_with_a_state_abbreviation() {
        let v =
            attrs("Ruiz said during a rally in Ames, Ia., \u{201c}The pier will be built.\u{201d}");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "said during a rally in Ames, Ia.");
        assert_eq!(v[0].2, "\u{201c}The pier will be built.\u{201d}");
    }

    #[test]
    fn a_pronoun_alone_is_content() {
        let v = attrs("The mayor criticized him.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].1.as_str(), v[0].2.as_str()), ("criticized", "him"));
    }

    #[test]
    fn a_day_after_a_topic_preposition_is_no_topic() {
        let v = attrs("Ruiz testified on Tuesday about the delay.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "testified");
    }

    #[test]
    fn a_listed_verb_reports_as_a_participle_too() {
        // The list writes out every inflection, the -ing form included.
        for (text, cue) in [
            (
                "The board wrote back, clarifying that the levy would not rise.",
                "clarifying",
            ),
            (
                "The mayor spoke for an hour, underscoring that the port would stay open.",
                "underscoring",
            ),
            (
                "Ruiz left early, lambasting the plan as a giveaway.",
                "lambasting",
            ),
            (
                "The council met, making it clear that the levy would stay.",
                "making it clear",
            ),
        ] {
            let v = attrs(text);
            assert_eq!(v.len(), 1, "{v:?}");
            assert_eq!(v[0].1, cue);
        }
    }

    #[test]
    fn a_hyphen_or_slash_stays_inside_the_whole_subject() {
        let v = attrs("The latest Harbour/Field poll released Friday shows that Ruiz leads.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "The latest Harbour/Field poll released Friday");
        let v = attrs("When pressed, the 34-year-old mother of three replied that it was fair.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "the 34-year-old mother of three");
    }

    #[test]
    fn a_phrase_inside_a_larger_subject_gives_way_to_it() {
        assert_eq!(
            one("A 2014 study that appeared in the Harbour Journal found that the fish were sick.")
                .0,
            "A 2014 study that appeared in the Harbour Journal"
        );
        assert_eq!(
            one("Her submission to the court noted that the ferry was unsafe.").0,
            "Her submission to the court"
        );
    }

    #[test]
    fn a_state_of_mind_before_that_is_its_holders() {
        let v = one("Protesters were frustrated that the police kept the video.");
        assert_eq!(
            (v.0.as_str(), v.1.as_str()),
            ("Protesters", "were frustrated")
        );
        assert_eq!(v.2, "that the police kept the video");
        // A passive with its agent or "it" stays passive.
        assert_eq!(one("It was announced that the ferry would stop.").0, "");
    }

    #[test]
    fn a_participle_takes_the_subject_after_an_opening_adverbial() {
        let v = attrs(
            "On Thursday, however, Ruiz spoke to the fishermen, promising to lift the quota.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0.as_str(), v[0].1.as_str()), ("Ruiz", "promising"));
        assert_eq!(v[0].2, "to lift the quota");
    }

    #[test]
    fn a_cue_after_yet_takes_the_sentence_subject() {
        let v = attrs("Ruiz demands answers from the board, yet refuses to release her records.");
        assert!(
            v.iter()
                .any(|r| r.0 == "Ruiz" && r.1 == "refuses" && r.2 == "to release her records"),
            "{v:?}"
        );
    }

    #[test]
    fn an_object_and_its_preposition_belong_to_the_cue() {
        let v = one("The paper hailed Ruiz as “the harbour’s saviour.”");
        assert_eq!(
            (v.1.as_str(), v.2.as_str()),
            ("hailed Ruiz as", "“the harbour’s saviour.”")
        );
        let v = one("Berg accused the board of hiding the report.");
        assert_eq!(
            (v.1.as_str(), v.2.as_str()),
            ("accused the board of", "hiding the report")
        );
        let v = one("The senator asked him about the budget.");
        assert_eq!(
            (v.1.as_str(), v.2.as_str()),
            ("asked him about", "the budget")
        );
        // A clause after "said" is no object: "the port of Oslo".
        assert_eq!(one("Ruiz said the port of Oslo was closed.").1, "said");
    }

    #[test]
    fn a_statement_and_its_participle_join_the_cue() {
        let v = attrs("The council issued a statement calling the test a clear violation.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "issued a statement calling");
        assert_eq!(v[0].2, "the test a clear violation");
        // A noun in -ing right after "the" is the content's subject.
        let v = attrs("The lawyer said the ruling was wrong.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (v[0].1.as_str(), v[0].2.as_str()),
            ("said", "the ruling was wrong")
        );
    }

    #[test]
    fn an_aside_with_its_own_verb_is_no_apposition() {
        let v = attrs("Tom Vale, a medical doctor, tweeted on Monday, saying the clinic was full.");
        let saying = v.iter().find(|r| r.1 == "saying");
        assert_eq!(
            saying.map(|r| r.0.as_str()),
            Some("Tom Vale, a medical doctor,"),
            "{v:?}"
        );
        let v =
            attrs("Dean, a retired surgeon, then appeared on radio, saying the clinic was full.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "Dean, a retired surgeon,");
        // A participle opening the sentence names no one.
        let v = attrs("Chastened, Vale left the stage, promising to return.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0.as_str(), v[0].1.as_str()), ("Vale", "promising"));
    }

    #[test]
    fn a_show_title_before_the_source_is_no_quote_of_it() {
        let v = attrs(
            "On Sunday’s episode of “The Harbour Hour,” the port chief said the pier was unsafe.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (v[0].0.as_str(), v[0].2.as_str()),
            ("the port chief", "the pier was unsafe")
        );
        let v = attrs("In an interview on the Lantern Network’s “Morning Hour,” Ana Ruiz said the pier was unsafe.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].2, "the pier was unsafe");
    }

    #[test]
    fn a_group_with_an_apposition_before_the_cue() {
        let v = attrs("Officials at the harbour agency, a division of the port board, said the pier was closed.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            v[0].0,
            "Officials at the harbour agency, a division of the port board,"
        );
    }

    #[test]
    fn negated_helpers_belong_to_the_cue() {
        assert_eq!(
            one("The mayor didn't say whether the port would close.").1,
            "didn't say"
        );
        // "much about" joins the cue too (`topic_then`).
        assert_eq!(
            one("Ruiz isn\u{2019}t saying much about the plan.").1,
            "isn\u{2019}t saying much about"
        );
    }

    #[test]
    fn an_unattributed_quote_has_no_attribution() {
        let d = Doc::new("“Nobody asked us.” The ferry stopped on Monday.");
        let f = find(&d);
        assert!(f.attributions.is_empty());
        assert_eq!(f.quotes[0].attribution, None);
    }
    #[test]
    fn a_participle_after_a_comma_takes_the_sentences_source() {
        let v = attrs("Ana Ruiz attacked the board, accusing them of hiding the audit.");
        assert!(
            v.iter()
                .any(|r| r.0 == "Ana Ruiz" && r.1.starts_with("accusing")),
            "{v:?}"
        );
    }
    #[test]
    fn a_bare_object_and_a_topic_preposition_join_the_cue() {
        let v = attrs("Ruiz expressed deep alarm about the pier.");
        assert_eq!(
            v.first().map(|r| (r.1.as_str(), r.2.as_str())),
            Some(("expressed deep alarm about", "the pier"))
        );
        let v = attrs("I know all about harbour politics.");
        assert_eq!(v.first().map(|r| r.1.as_str()), Some("know all about"));
        // A determiner or a name before the preposition: the object is content.
        let v = attrs("Ruiz cited the figure at the harbour forum.");
        assert_eq!(v.first().map(|r| r.1.as_str()), Some("cited"));
        // "a"/"an" may open the object; a relative clause or a comma
        // after the noun phrase does not make it a clause.
        let v = attrs("The board unveiled a plan for a new pier that would cost less.");
        assert_eq!(v.first().map(|r| r.1.as_str()), Some("unveiled a plan for"));
        let v = attrs("Ruiz called Friday for a vote on the pier.");
        assert_eq!(v.first().map(|r| r.1.as_str()), Some("called Friday for"));
        // A listener cue's object is what is asked for.
        let v = attrs("Ruiz urged restraint on the pier.");
        assert_eq!(v.first().map(|r| r.1.as_str()), Some("urged"));
        // A clause after the preposition is the content whole.
        let v = attrs("Ruiz said talks on the pier had failed.");
        assert_eq!(
            v.first().map(|r| r.2.as_str()),
            Some("talks on the pier had failed")
        );
    }
    #[test]
    fn a_passive_with_an_agent_holds_its_subject() {
        let v = attrs("The new levy is supported by most residents.");
        assert_eq!(
            v.first().map(|r| (r.0.as_str(), r.2.as_str())),
            Some(("most residents", "The new levy"))
        );
    }

    #[test]
    fn a_labels_value_is_no_speech() {
        assert!(attrs("Seats: 50,000").is_empty());
        assert!(attrs("Account: @harbour_news").is_empty());
        assert!(attrs("Reporting: Dana Ruiz").is_empty());
        let v = attrs("RUIZ: Well, we will build the pier this year.");
        assert_eq!(v.first().map(|r| r.0.as_str()), Some("RUIZ"));
    }

    #[test]
    fn page_rubrics_and_piped_values_name_no_speaker() {
        assert!(attrs("Review: A slow harbour game finds its feet at last").is_empty());
        assert!(attrs("New Release: Harbour Racer Deluxe Edition with a bonus map").is_empty());
        assert!(attrs("Slides: The old pier at dawn and dusk | 12 Photos").is_empty());
        assert!(attrs("Location: the north side of the old harbour pier").is_empty());
        assert!(!attrs("Poll: Voters turn against the harbour levy plan").is_empty());
    }

    #[test]
    fn a_phrase_running_on_past_its_colon_names_no_speaker() {
        assert!(attrs("Dry County: if it rains at all we will all be surprised.").is_empty());
        assert!(!attrs("Ruiz: If it rains we will open the pier late.").is_empty());
    }

    #[test]
    fn a_lone_label_in_capitals_is_a_dateline_not_a_turn() {
        assert!(attrs("HARBOURTON: The old pier shut on Monday after a storm.").is_empty());
        let turns = "LUND: Will the pier open?\n\nRUIZ: We will open the pier this year.";
        assert_eq!(attrs(turns).len(), 2);
    }

    #[test]
    fn a_mixed_case_label_inside_the_text_needs_a_turn() {
        let lead = "The fair opens today.\n\n";
        let dip = format!("{lead}Quick Bean Dip: Mix two spoons of beans with salsa and serve.");
        assert!(attrs(&dip).is_empty());
        let mayor = format!("{lead}Mayor Ana Ruiz: \u{201C}The pier opens at noon.\u{201D}");
        assert_eq!(attrs(&mayor).len(), 1);
        let we = format!("{lead}Ana Ruiz: We expect a long queue at the gate.");
        assert_eq!(attrs(&we).len(), 1);
    }

    #[test]
    fn a_title_running_past_its_colon_names_no_speaker() {
        assert!(attrs("Harbour Quest Saga: Lost Tides is a slow game with a fine map.").is_empty());
        assert!(attrs(
            "Deal Corner: Harbour Racer Deluxe sells for less than a ferry ticket today."
        )
        .is_empty());
        assert!(!attrs("Pat Lund: Voters Fear Levy Will Sink The Old Harbour").is_empty());
    }

    #[test]
    fn salutations_letters_and_other_scripts_name_no_speaker() {
        assert!(attrs("DEAR HARBOR FAN: Your letter about the pier came late.").is_empty());
        assert!(attrs("Route B: the pier, the old mill and then the ferry home.").is_empty());
        assert!(attrs("Фото: архив семьи из города у моря").is_empty());
        assert!(!attrs("Ruiz: We will build the pier this year.").is_empty());
    }

    #[test]
    fn a_source_before_a_short_aside() {
        let v = attrs("Local residents, in turn, have expressed doubts about the levy.");
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("Local residents, in turn,")
        );
    }

    #[test]
    fn a_linking_adverb_after_the_source_is_left_out() {
        let v = attrs("The harbour board, however, said the pier would stay shut.");
        assert_eq!(v.first().map(|r| r.0.as_str()), Some("The harbour board"));
        let v = attrs("Most economists, though, argue that the quota is too low.");
        assert_eq!(v.first().map(|r| r.0.as_str()), Some("Most economists"));
    }

    #[test]
    fn a_month_abbreviation_in_the_occasion() {
        let v = attrs("\u{201c}We will reopen the pier,\u{201d} Ruiz said on Nov. 8.");
        assert_eq!(v.first().map(|r| r.1.as_str()), Some("said on Nov. 8"));
    }

    #[test]
    fn an_opening_adverb_or_imperative_is_no_subject() {
        assert!(attrs("Hopefully they can mend the nets and offer a discount soon.").is_empty());
        assert!(attrs("Keep rowing, but don't forget to rest your arms.").is_empty());
        let v = attrs("Ruiz walked onto the pier, saying the boats were safe.");
        assert_eq!(v.first().map(|r| r.0.as_str()), Some("Ruiz"));
    }

    #[test]
    fn a_subject_opened_by_one_or_holding_a_thousands_comma() {
        let v = attrs("In fact, one survey of 12,000 anglers found that the quota was too low.");
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("one survey of 12,000 anglers")
        );
    }

    #[test]
    fn hearsay_with_said_before_an_infinitive() {
        let v = attrs("The new owner of the mill is said to be a retired captain.");
        assert_eq!(v.first().map(|r| r.1.as_str()), Some("is said"));
        assert_eq!(
            v.first().map(|r| r.2.as_str()),
            Some("to be a retired captain")
        );
        assert!(attrs("The words were said to the crowd at noon.").is_empty());
    }

    #[test]
    fn a_thought_before_an_infinitive_or_a_that_clause() {
        let v = attrs("The wreck is thought to lie beneath the old pier.");
        assert_eq!(v.first().map(|r| r.1.as_str()), Some("is thought"));
        let v = attrs("His doctor initially thought that the cough was a cold.");
        assert_eq!(v.first().map(|r| r.0.as_str()), Some("His doctor"));
        assert!(attrs("The thought of the pier kept him awake.").is_empty());
    }

    #[test]
    fn a_subject_before_a_helper_and_a_linking_adverb() {
        let v = attrs("Recent surveys have, however, shown that the bay is cleaner.");
        assert_eq!(v.first().map(|r| r.0.as_str()), Some("Recent surveys"));
        let v = attrs("Recent surveys, however, showed that the bay is cleaner.");
        assert_eq!(v.first().map(|r| r.0.as_str()), Some("Recent surveys"));
    }

    #[test]
    fn an_opening_time_word_is_no_source_with_an_apposition() {
        let v = attrs("Today, many anglers fish at night, said Ana Ruiz, a harbour guide.");
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("Ana Ruiz, a harbour guide")
        );
    }

    #[test]
    fn a_quote_resumed_after_an_inverted_cue_and_a_statement() {
        let v = attrs("\u{201c}We are ready,\u{201d} said Ruiz in a statement, \u{201c}and the pier is safe.\u{201d}");
        assert_eq!(v.len(), 2);
        assert!(v.iter().all(|r| r.0 == "Ruiz" && r.1 == "said"));
    }

    #[test]
    fn a_clause_with_a_helper_is_no_apposition() {
        let v =
            attrs("Ruiz, a harbour guide, has worked the pier for years, arguing that it is safe.");
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("Ruiz, a harbour guide,")
        );
    }

    #[test]
    fn wrote_makes_a_clause_not_an_apposition() {
        let v = attrs("Ruiz, a guide, wrote in a post that the pier had closed, raising doubts about the plan.");
        assert!(v.iter().all(|r| r.0 == "Ruiz, a guide,"));
    }

    #[test]
    fn a_hyphened_title_after_a_noun_in_an_inverted_source() {
        let v = attrs("The pier is safe, said study co-author Ana Lindqvist.");
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("study co-author Ana Lindqvist")
        );
    }

    #[test]
    fn a_site_name_with_its_domain() {
        let v = attrs("Ruiz told Harbornews.info that the pier was safe.");
        assert_eq!(
            v.first().map(|r| r.2.as_str()),
            Some("that the pier was safe")
        );
        let v = attrs("The Harbornews.com writer has said that the pier was safe.");
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("The Harbornews.com writer")
        );
    }

    #[test]
    fn a_news_release_is_an_occasion() {
        let v = attrs("\u{201c}The pier is safe,\u{201d} Ruiz said in a news release.");
        assert_eq!(
            v.first().map(|r| r.1.as_str()),
            Some("said in a news release")
        );
    }

    #[test]
    fn a_title_with_a_word_between_hyphens() {
        let v = attrs("Harbour Times editor-in-chief Ana Lindqvist said the pier was safe.");
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("Harbour Times editor-in-chief Ana Lindqvist")
        );
    }

    #[test]
    fn an_occasion_after_an_inverted_source_apposition() {
        let v = attrs("\u{201c}The pier is safe,\u{201d} said Ana Lindqvist, a harbour guide, during a hearing on Monday.");
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("Ana Lindqvist, a harbour guide")
        );
    }

    #[test]
    fn two_names_joined_by_an_ampersand() {
        let v = attrs("The pier is safe, Harbour & Dock officials said.");
        assert_eq!(
            v.first().map(|r| r.0.as_str()),
            Some("Harbour & Dock officials")
        );
    }
}
