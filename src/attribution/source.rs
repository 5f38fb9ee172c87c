//! ## What it finds
//! The source of an attribution: the noun phrase before a cue ("Defence
//! Minister Lea Strand has warned"), after it ("…, said the minister"),
//! with an apposition ("Dr Ana Vell, a surgeon at the clinic, said"), and what
//! kind of source it is: person, role, organization, document, pronoun,
//! anonymous or vague.
//!
//! ## Why a reader cares
//! "Officials said" and "a source said" weigh less than a named minister on
//! the record; the widget shows them differently.
//!
//! ## Example
//! "Sources familiar with the talks said" → source "Sources familiar with the
//! talks", anonymous; "the ministry said" → organization; "a study published
//! in May found" → document.
//!
//! ## Limits
//! No part-of-speech tagger: a phrase is built from capitalised words, the
//! words of `lists/titles.txt` and `lists/source_words.txt`, determiners, a
//! few adjectives and at most two other lower-case words before a known head.
//! A capitalised head not in any list is a person unless it looks like an
//! organisation (an acronym, or a word such as "Ministry" or "Times").

use super::lexicon::{flag, lex, Word};
use crate::model::SourceKind;
use crate::text::{Doc, TokenKind};

const DETS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "some",
    "many",
    "several",
    "two",
    "three",
    "four",
    "five",
    "six",
    "both",
    "all",
    "most",
    "other",
    "another",
    "one",
    "each",
    "few",
    "dozens",
    "hundreds",
    "thousands",
    "no",
];

pub const ADJS: &[&str] = &[
    "senior",
    "top",
    "former",
    "local",
    "foreign",
    "federal",
    "joint",
    "chief",
    "deputy",
    "acting",
    "interim",
    "independent",
    "leading",
    "prominent",
    "retired",
    "unnamed",
    "anonymous",
    "familiar",
    "close",
    "new",
    "young",
    "old",
    "national",
    "regional",
    "international",
    "official",
    "public",
    "private",
    "military",
    "political",
    "legal",
    "medical",
    "white",
    "european",
    "american",
    "british",
    "u.s.",
    "us",
    "un",
    "state",
    "city",
    "county",
    "government",
    "presidential",
    "democratic",
    "republican",
    "conservative",
    "liberal",
    "more",
    "other",
    "such",
    "fellow",
    "veteran",
    "longtime",
    "current",
    "outgoing",
    "incoming",
    "recent",
    "latest",
    "same",
    "small",
    "large",
    "major",
    "key",
];

pub const PREPS: &[&str] = &["of", "for", "at", "with", "from", "in", "on", "to"];

/// Whether token `k` is a capitalised word that is no name: one of
/// `NOT_NAMES` or a weekday.
pub fn not_name(doc: &Doc, k: usize) -> bool {
    doc.is_any(k, NOT_NAMES) || doc.is_any(k, &WEEKDAYS)
}

/// Sentence-initial capitalised words that are no names (weekdays too, in
/// `not_name`).
pub const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "so",
    "yet",
    "if",
    "as",
    "when",
    "while",
    "after",
    "before",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "then",
    "now",
    "also",
    "both",
    "for",
    "from",
    "with",
    "by",
    "of",
    "to",
    "speaking",
    "meanwhile",
    "however",
    "earlier",
    "later",
    "last",
    "next",
    "on",
    "according",
    "asked",
    "since",
    "during",
    "despite",
    "although",
    "though",
    "instead",
    "still",
    "what",
    "why",
    "how",
    "who",
    "where",
    "not",
    "no",
    "yes",
];

/// Whether token `i` is a word that opens with a capital.
pub fn is_cap(doc: &Doc, i: usize) -> bool {
    doc.kind(i) == Some(TokenKind::Word) && doc.tok(i).starts_with(|c: char| c.is_uppercase())
}

/// Nouns that end in -ly like an adverb.
const LY_NOUNS: &[&str] = &["family", "assembly", "rally", "supply", "monopoly"];

/// Whether token `i` is an adverb in -ly ("quickly", "publicly") that may
/// stand between a source and its cue. What: a lowercase word of five or
/// more letters ending in -ly, save the nouns of [`LY_NOUNS`]. Why: "The
/// family said" names its source with "family"; read as an adverb, the
/// source was lost ("The") or the noun joined the cue ("family said").
/// Example: "The Vale family said …" → source "The Vale family", cue "said".
pub fn ly_adverb(doc: &Doc, i: usize) -> bool {
    let w = doc.tok(i);
    w.len() > 4
        && w.ends_with("ly")
        && w.starts_with(|c: char| c.is_lowercase())
        && !doc.is_any(i, LY_NOUNS)
}

/// Whether token `k` is a comma that a verb in -ed or a helper follows (before `end`),
/// maybe after "then" or an adverb: "Dean, a surgeon, then appeared …".
/// A comma so followed closes an apposition and the clause goes on.
pub fn verb_after_comma(doc: &Doc, k: usize, end: usize) -> bool {
    if !doc.is_punct(k, ',') {
        return false;
    }
    let mut v = k + 1;
    while v < end && (doc.is_any(v, &["then", "later", "also"]) || ly_adverb(doc, v)) {
        v += 1;
    }
    let t = doc.tok(v);
    // "Apple, a producer, has gone …": a helper as well.
    t.ends_with("ed") && t.starts_with(|c: char| c.is_lowercase())
        || doc.is_any(v, &["has", "have", "had", "is", "was", "are", "were"])
}

/// Whether `a..=b` is one long word in -ed or -ly, which opens a sentence
/// as a participle or an adverb, not as a name: "Chastened, Vale left",
/// "Separately, …" (short ones may be names: "Ahmed", "Kelly").
pub fn lone_opener(doc: &Doc, a: usize, b: usize) -> bool {
    let t = doc.lowered_tok(a);
    a == b && (t.len() >= 6 && t.ends_with("ed") || t.len() >= 9 && t.ends_with("ly"))
}

/// Whether token `i` is a word in one of the source lists or a title.
fn listed(doc: &Doc, i: usize) -> bool {
    lex().flags(doc, i) & flag::LISTED != 0
}

/// Whether token `i` can be part of a person's name: a capitalised word in
/// no list, not a sentence opener.
pub fn name_word(doc: &Doc, i: usize) -> bool {
    const NOT_A_NAME: u16 =
        flag::LISTED | flag::HONORIFIC | flag::PRONOUN | flag::ORG_SUFFIX | flag::NOT_NAME;
    is_cap(doc, i)
        && !doc.tok(i).chars().all(|c| c.is_uppercase())
        && lex().flags(doc, i) & NOT_A_NAME == 0
}

/// Whether token `i` is a possessive word ("Norway’s", "Strand's").
fn possessive(doc: &Doc, i: usize) -> bool {
    let t = doc.tok(i);
    doc.kind(i) == Some(TokenKind::Word) && (t.ends_with("'s") || t.ends_with("\u{2019}s"))
}

/// "He’s", "she's", "who’s": a pronoun with its helper.
pub fn contracted_pronoun(t: &str) -> bool {
    let stem = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix("\u{2019}s"))
        .unwrap_or("");
    ["he", "she", "it", "who", "He", "She", "It", "Who"].contains(&stem)
}

/// What a token is to a source phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Cap,
    Known,
    Det,
    Prep,
    Unknown,
    Pronoun,
    Glue,
    Stop,
}

/// The endings of a site's name after its dot.
const DOMAINS: &[&str] = &["com", "org", "net", "info"];

fn class(doc: &Doc, i: usize) -> Class {
    match doc.kind(i) {
        None => Class::Stop,
        // "the 14th-ranked player": an ordinal.
        Some(TokenKind::Digits) if ordinal_suffix(doc, i + 1) => Class::Known,
        Some(TokenKind::Word) if ordinal_suffix(doc, i) => Class::Known,
        Some(TokenKind::Digits) => {
            // "45-year-old", and a year after a determiner: "a 2014 study",
            // "his 1995 tax return".
            let year = doc.tok(i).len() == 4
                && i > 0
                && (doc.is_any(i - 1, DETS) || possessive(doc, i - 1));
            // "9/11 widow Dana Pike": digits joined by a slash or hyphen.
            let joined = |k: usize| doc.is_any(k, &["-", "/"]);
            if joined(i + 1) && doc.glued(i + 1) || i > 0 && joined(i - 1) && doc.glued(i) || year {
                Class::Known
            } else {
                Class::Stop
            }
        }
        Some(TokenKind::Punct) => {
            let glued = doc.glued(i) && doc.glued(i + 1);
            // "al-Khawarij", "45-year-old", "Mr." and initials "J.";
            // "a Harbor/Lantern poll": two names joined by a slash.
            if (doc.is_punct(i, '-') || doc.is_punct(i, '/')) && glued {
                Class::Glue
            } else if (doc.is_punct(i, '\'') || doc.is_punct(i, '\u{2019}'))
                && i > 0
                && doc.glued(i)
                && !doc.glued(i + 1)
                && doc.kind(i - 1) == Some(TokenKind::Word)
                && doc.tok(i - 1).ends_with('s')
            {
                // "the teachers' union": a plural possessive.
                Class::Known
            } else if (doc.is_punct(i, '\'') || doc.is_punct(i, '\u{2019}'))
                && glued
                && i > 0
                && doc.is_punct(i - 1, '.')
                && doc.is(i + 1, "s")
            {
                // "the U.K.'s finance minister": the possessive of an
                // abbreviation, split off by the tokenizer.
                Class::Glue
            } else if doc.is_punct(i, '&') && i > 0 && is_cap(doc, i - 1) && is_cap(doc, i + 1) {
                // "Procter & Gamble": two names joined into one.
                Class::Glue
            } else if doc.is_punct(i, '.') && glued && doc.is_any(i + 1, DOMAINS) {
                // "Snopes.com", "Polygraph.info": a site's name.
                Class::Glue
            } else if doc.is_punct(i, '.') && i > 0 && doc.glued(i) && is_cap(doc, i - 1) {
                let w = doc.tok(i - 1);
                if w.len() <= 4 {
                    Class::Glue
                } else {
                    Class::Stop
                }
            } else {
                Class::Stop
            }
        }
        Some(TokenKind::Word) => {
            if i > 0 && doc.is_punct(i - 1, '.') && doc.glued(i) && doc.is_any(i, DOMAINS) {
                return Class::Cap;
            }
            // "editor-in-chief": a word between hyphens.
            if i > 0 && doc.is_punct(i - 1, '-') && doc.is_punct(i + 1, '-') {
                return Class::Glue;
            }
            // "many of his supporters", "said their lawyer": a determiner.
            if doc.is_any(i, &["his", "its", "their", "our", "my", "your"]) {
                return Class::Det;
            }
            if lex().is(Word::Pronoun, doc, i) || contracted_pronoun(doc.tok(i)) {
                return Class::Pronoun;
            }
            if doc.is_any(i, DETS) {
                return Class::Det;
            }
            if doc.is_any(i, PREPS) {
                return Class::Prep;
            }
            let split_possessive = doc.is(i, "s")
                && i > 0
                && doc.glued(i)
                && (doc.is_punct(i - 1, '\'') || doc.is_punct(i - 1, '\u{2019}'));
            if possessive(doc, i) || split_possessive || listed(doc, i) || doc.is_any(i, ADJS) {
                return Class::Known;
            }
            // "Park Geun-hye": the lower-case half of a hyphenated name.
            if i > 1
                && doc.is_punct(i - 1, '-')
                && doc.glued(i)
                && doc.glued(i - 1)
                && is_cap(doc, i - 2)
                && !doc.tok(i).contains(|c: char| c.is_uppercase())
            {
                return Class::Cap;
            }
            if is_cap(doc, i) {
                return if not_name(doc, i) {
                    Class::Stop
                } else {
                    Class::Cap
                };
            }
            if doc.is_any(i, &["year", "old", "familiar", "anonymity", "condition"]) {
                return Class::Known;
            }
            // A verb ends a source phrase: "Ruiz complied with police".
            let t = doc.tok(i);
            // "the appeals court", "a federal appeals court": a noun before
            // the head, not a verb.
            let modifier = t.ends_with('s')
                && listed(doc, i + 1)
                && i > 0
                && (doc.is_any(i - 1, DETS) || doc.is_any(i - 1, ADJS));
            if modifier_ed(doc, i) {
                return Class::Known;
            }
            let verb = !modifier && (t.ends_with("ed") || lex().cues.at(doc, i).is_some());
            if doc.is_any(i, STOPS) || verb {
                Class::Stop
            } else {
                Class::Unknown
            }
        }
    }
}

/// Whether token `k` is an ordinal's suffix glued to digits ("14th").
fn ordinal_suffix(doc: &Doc, k: usize) -> bool {
    k > 0
        && doc.glued(k)
        && doc.kind(k - 1) == Some(TokenKind::Digits)
        && doc.is_any(k, &["st", "nd", "rd", "th"])
}

/// Whether the lowercase -ed word `i` modifies a noun of a source phrase:
/// glued after a hyphen ("the top-ranked Vale", "a Paris-based group"),
/// or before a name one to three lowercase words on ("certified financial
/// planner Ana Ruiz") after a determiner, a possessive, an adverb in -ly or
/// a cue. Why: such a participle is an adjective; read as a verb it cut
/// the source at the name or lost it.
fn modifier_ed(doc: &Doc, i: usize) -> bool {
    let t = doc.tok(i);
    if i == 0 || !t.ends_with("ed") || !t.starts_with(char::is_lowercase) {
        return false;
    }
    if doc.is_punct(i - 1, '-') && doc.glued(i) && doc.glued(i - 1) {
        return true;
    }
    let opens = doc.is_any(i - 1, DETS)
        || possessive(doc, i - 1)
        || ly_adverb(doc, i - 1)
        || lex().cues.at(doc, i - 1).is_some();
    let name = (i + 2..=i + 4).find(|&k| doc.kind(k) != Some(TokenKind::Word) || is_cap(doc, k));
    opens
        && name.is_some_and(|k| {
            is_cap(doc, k)
                && !not_name(doc, k)
                && (i + 1..k).all(|m| {
                    doc.tok(m).starts_with(char::is_lowercase)
                        && !doc.is_any(m, STOPS)
                        && !doc.is_any(m, PREPS)
                        && lex().cues.at(doc, m).is_none()
                })
        })
}

/// Lower-case words that never sit inside a source phrase.
const STOPS: &[&str] = &[
    "that", "and", "or", "but", "when", "while", "after", "before", "because", "if", "as", "than",
    "then", "so", "also", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will",
    "would", "could", "can", "may", "might", "should", "must", "not", "did", "does", "do", "by",
    "into", "about", "over", "under", "said", "says", "told", "later", "again", "who", "which",
    "what", "where", "how", "why", "there", "here", "up", "out", "off", "just", "even", "only",
    "still", "already", "since", "until", "though", "although", "yet", "whether", "being",
];

/// Whether the phrase `a..=b` has a head a source can have.
/// Whether `a..=b` is an age standing for a person: "the 45-year-old".
pub fn age_noun(doc: &Doc, a: usize, b: usize) -> bool {
    (a + 2..=b).any(|k| doc.is(k, "old") && doc.is_punct(k - 1, '-') && doc.is(k - 2, "year"))
}

fn good_head(doc: &Doc, a: usize, b: usize) -> bool {
    if age_noun(doc, a, b) {
        return true;
    }
    let h = head(doc, a, b);
    // "Many of his supporters", "one of the doctors".
    let part_of =
        h < b && doc.is(h + 1, "of") && (doc.is_any(h, VAGUE_ALONE) || doc.is_any(h, DETS));
    part_of
        || matches!(class(doc, h), Class::Cap | Class::Pronoun)
        || listed(doc, h)
        || doc.is_any(h, &["old"])
        || (doc.is_any(h, &["u.s.", "us"]))
        || (is_cap(doc, h) && !not_name(doc, h))
}

/// The source phrase ending at token `end` (reading leftwards, not before
/// `floor`), as `(first, last)`.
pub fn left(doc: &Doc, end: usize, floor: usize) -> Option<(usize, usize)> {
    if end < floor || end >= doc.len() {
        return None;
    }
    // "Rep. Ana Ruiz (D-Ore.)": a short parenthesis closes the phrase.
    if doc.is_punct(end, ')') {
        let open = (end.saturating_sub(8).max(floor)..end)
            .rev()
            .find(|&k| doc.is_punct(k, '('))?;
        if open == 0 || open <= floor || !matches!(class(doc, open - 1), Class::Cap | Class::Glue) {
            return None;
        }
        let (mut a, _) = left(doc, open - 1, floor)?;
        // "Ana Ruiz (D-Ore.), Tom Vale (D-Ohio) and Lea Strand (R-Utah)":
        // names with brackets listed.
        for _ in 0..4 {
            if a < floor + 2 || !doc.is_any(a - 1, &["and", ","]) || !doc.is_punct(a - 2, ')') {
                break;
            }
            match left(doc, a - 2, floor) {
                Some((p, _)) => a = p,
                None => break,
            }
        }
        return Some((a, end));
    }
    // "Ruiz this week also said", "Vale on Tuesday said".
    let mut end = end;
    // "Ruiz and Vale both said", "the three senators all agreed".
    if end > floor + 1
        && doc.is_any(end, &["all", "both"])
        && (doc.is_punct(end - 1, ')') || matches!(class(doc, end - 1), Class::Cap | Class::Known))
    {
        return left(doc, end - 1, floor);
    }
    loop {
        if end > floor + 1 && doc.is_any(end, &WEEKDAYS) {
            end -= if doc.is(end - 1, "on") { 2 } else { 1 };
        } else if end > floor + 1
            && doc.is_any(
                end,
                &["week", "month", "year", "weekend", "morning", "night"],
            )
            && doc.is_any(end - 1, &["this", "last", "that", "earlier", "later"])
        {
            end -= 2;
        } else if end > floor
            && doc.is_any(
                end,
                &[
                    "earlier",
                    "yesterday",
                    "today",
                    "later",
                    "has",
                    "have",
                    "had",
                ],
            )
        {
            // "The mayor has repeatedly declined to say": a helper the cue
            // left out (it takes at most three words before its verb).
            end -= 1;
        } else if end > floor
            && (doc.is_any(
                end,
                &[
                    "just", "also", "then", "now", "still", "even", "again", "only",
                ],
            ) || ly_adverb(doc, end))
        {
            // "The port board just this month announced", "Ruiz this week also said"
            end -= 1;
        } else if end > floor + 1
            && doc.kind(end) == Some(TokenKind::Digits)
            && doc.is_any(end - 1, &["in", "since", "until"])
        {
            // "who in 2019 said"
            end -= 2;
        } else {
            break;
        }
    }
    let boundary = |a: usize| {
        a == floor
            || doc.kind(a - 1) == Some(TokenKind::Punct)
            || doc.is_any(
                a - 1,
                &[
                    "but", "and", "so", "while", "when", "because", "that", "as", "though",
                    "although", "if",
                ],
            )
    };
    // "64 percent said", "most voters say".
    if doc.is_any(end, &["percent", "%"])
        && end > floor
        && doc.kind(end - 1) == Some(TokenKind::Digits)
    {
        return Some((end - 1, end));
    }
    // "No one expected": "nobody" in two words.
    if doc.is(end, "one") && end > floor && doc.is(end - 1, "no") {
        return Some((end - 1, end));
    }
    // "Some believe", "not everyone agrees", "many expect".
    if doc.is_any(end, VAGUE_ALONE)
        && (boundary(end) || doc.is_any(end.wrapping_sub(1), &["not", "no"]))
    {
        return Some((end, end));
    }
    let mut unknown = 0;
    match class(doc, end) {
        Class::Pronoun => {
            // "my siblings and I", "Ruiz and I": a phrase joined to the pronoun.
            if end > floor + 1 && doc.is(end - 1, "and") && doc.is_any(end, &["i", "we"]) {
                if let Some((a, _)) = left(doc, end - 2, floor) {
                    return Some((a, end));
                }
            }
            return Some((end, end));
        }
        Class::Cap | Class::Known | Class::Glue => {}
        // "sources familiar with the talks": the head comes before.
        Class::Unknown => unknown = 1,
        _ => return None,
    }
    let mut a = end;
    let mut j = end;
    while j > floor && end - j < 14 {
        let k = j - 1;
        let c = class(doc, k);
        let ok = match c {
            Class::Cap | Class::Known | Class::Glue => {
                unknown = 0;
                true
            }
            Class::Det => {
                a = k;
                // "the Alliance to Restore Our Shores": a capitalised
                // determiner inside a name.
                if k > floor && is_cap(doc, k) && is_cap(doc, k - 1) {
                    j = k;
                    continue;
                }
                // "The port board and the fishermen's union say": two
                // sources joined, the second with its own determiner.
                if k > floor + 1
                    && doc.is(k - 1, "and")
                    && matches!(class(doc, k - 2), Class::Cap | Class::Known)
                {
                    j = k;
                    continue;
                }
                // "several within the city administration", "some in the
                // party", "many inside the agency": a share of a group.
                if k > floor + 1 && doc.is_any(k - 1, PARTITIVE) && doc.is_any(k - 2, VAGUE_ALONE) {
                    a = k - 2;
                    break;
                }
                // "a spokesperson for the port": go on through "for".
                let close_to = k > floor + 1 && doc.is(k - 1, "to") && doc.is(k - 2, "close");
                if k > floor
                    && (doc.is_any(k - 1, &["of", "for", "at", "with", "from", "in"]) || close_to)
                {
                    j = k;
                    continue;
                }
                break;
            }
            Class::Prep => {
                matches!(
                    class(doc, k.wrapping_sub(1)),
                    Class::Cap | Class::Known | Class::Unknown
                ) && k > floor
                    && (doc.is_any(k, &["of", "for", "at", "with", "from", "in"])
                        || doc.is(k, "to") && doc.is(k - 1, "close"))
                    // "the Commission on Ferry Safety", "Council on Foreign
                    // Relations": a name with "on" inside.
                    // "the Alliance to Restore Our Shores": "to" too.
                    || k > floor && doc.is_any(k, &["on", "to"]) && is_cap(doc, k - 1) && is_cap(doc, j)
                    // "many of his neighbours", "one of the doctors"
                    || k > floor
                        && doc.is(k, "of")
                        && (doc.is_any(k - 1, VAGUE_ALONE) || doc.is_any(k - 1, &["one", "two", "three", "all", "each", "both", "none"]))
            }
            Class::Unknown => {
                unknown += 1;
                unknown <= 2
            }
            // "Her lawyer said": "her" as a possessive, opening the phrase.
            Class::Pronoun
                if doc.is(k, "her")
                    && unknown == 0
                    && (listed(doc, end) && !doc.is_any(end, ADJS) || is_cap(doc, end)) =>
            {
                a = k;
                break;
            }
            // "Mr. Falk and Ms. Ruiz say": two named sources.
            // "Companies and individuals say", "protesters and civic
            // leaders": plural nouns joined, the second maybe modified.
            Class::Stop => {
                let plural = |m: usize| {
                    let t = doc.tok(m);
                    class(doc, m) == Class::Unknown
                        && t.len() > 4
                        && t.ends_with('s')
                        && !t.ends_with("ss")
                };
                let before = class(doc, k.wrapping_sub(1));
                doc.is(k, "and")
                    && k > floor
                    && (is_cap(doc, j)
                        || matches!(class(doc, j), Class::Det | Class::Known)
                        || class(doc, j) == Class::Unknown && doc.tok(k - 1).ends_with('s'))
                    && (matches!(before, Class::Cap | Class::Known) || plural(k - 1))
            }
            _ => false,
        };
        if !ok {
            break;
        }
        if c != Class::Unknown && c != Class::Prep && c != Class::Stop {
            a = k;
        }
        j = k;
    }
    // "farm rights groups", "water-policy experts": words before the head
    // that open the clause are its modifiers.
    if j < a
        && boundary(j)
        && (j..a).all(|k| matches!(class(doc, k), Class::Unknown | Class::Glue))
        && class(doc, j) == Class::Unknown
    {
        a = j;
    }
    // Trim what a phrase does not start with: prepositions, glue, stray words.
    while a < end && matches!(class(doc, a), Class::Prep | Class::Glue) {
        a += 1;
    }
    // "But environmentalists worry": a plural noun opening its clause.
    // "Companies and courts say": such nouns joined.
    let plural = class(doc, end) == Class::Unknown
        && doc.tok(end).len() > 4
        && doc.tok(end).ends_with('s')
        && !doc.tok(end).ends_with("ss")
        && (a == end && boundary(end) || a < end && (a..end).any(|k| doc.is(k, "and")));
    // "A poll released in late August found": a month is when, not who.
    let month = a == end
        && a > floor
        && doc.is_any(a, &MONTHS)
        && doc.is_any(
            a - 1,
            &["in", "late", "early", "mid", "since", "until", "by"],
        );
    if !(good_head(doc, a, end) || plural) || month {
        return None;
    }
    // "Tom Vale, 45, of Ames said": a name with an age and a home town.
    let aged = a >= floor + 5
        && doc.is(a - 1, "of")
        && doc.is_punct(a - 2, ',')
        && doc.kind(a - 3) == Some(TokenKind::Digits)
        && doc.is_punct(a - 4, ',');
    if let Some((p, _)) = aged.then(|| left(doc, a - 5, floor)).flatten() {
        return Some((p, end));
    }
    Some((list_start(doc, quantified(doc, a, floor), end, floor), end))
}

/// Where a list of sources ending in the phrase `a..=end` starts. What:
/// items set off by commas before a phrase joined by "and" ("Ruiz, Okafor
/// and the council's lawyer"), or before ", and" ("Ruiz, Okafor, and the
/// lawyer"); each item a source phrase of its own, the first one opening
/// its clause. Why: the reader stopped at the comma and gave the last item
/// (or two) alone. Example: "Ruiz, Okafor and the lawyer said" → source
/// "Ruiz, Okafor and the lawyer"; "In Oslo, Ruiz and Vale said" stays
/// "Ruiz and Vale" ("Oslo" follows a preposition).
fn list_start(doc: &Doc, a: usize, end: usize, floor: usize) -> usize {
    let mut joined = (a..end).any(|k| doc.is(k, "and"));
    let mut s = a;
    for _ in 0..4 {
        let mut k = s.wrapping_sub(1);
        // ", and the lawyer": the last item after a serial comma.
        let serial = !joined && s > floor + 1 && doc.is(k, "and") && doc.is_punct(k - 1, ',');
        if serial {
            k -= 1;
        }
        if !(joined || serial) || k <= floor || !doc.is_punct(k, ',') {
            break;
        }
        let Some((ia, ib)) = left(doc, k - 1, floor) else {
            break;
        };
        // After ", and" a list has a comma before this item too ("the
        // indictment, and the lawyers" is two clauses).
        let opens = if serial {
            ia > floor && doc.is_punct(ia - 1, ',')
        } else {
            ia == floor
                || doc.kind(ia - 1) == Some(TokenKind::Punct) && !doc.glued(ia)
                || doc.is_any(ia - 1, &["and", "but", "when", "while", "because", "as"])
        };
        if ib + 1 != k || !opens || !matches!(class(doc, ib), Class::Cap | Class::Known) {
            break;
        }
        joined = true;
        s = ia;
    }
    s
}

/// Prepositions between a quantifier and the group it takes a share of
/// ("several within the administration", "some in the party").
const PARTITIVE: &[&str] = &["within", "inside", "among", "in", "at", "across"];

/// Number words a share of a group opens with ("eight of 10 voters").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
    "majority", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
];

/// Where a source phrase starting at `a` starts with the share of the group
/// it names: "52 percent of registered voters", "eight of 10 voters",
/// "three in four doctors", "nearly half of the nurses" (the group alone
/// is a different, larger source).
fn quantified(doc: &Doc, a: usize, floor: usize) -> usize {
    let number = |k: usize| doc.kind(k) == Some(TokenKind::Digits) || doc.is_any(k, NUMBER_WORDS);
    let mut s = a;
    // "74 percent of likely voters": the phrase read from "percent".
    if s > floor && doc.is_any(s, &["percent", "%"]) && number(s - 1) {
        return s - 1;
    }
    // "of registered voters", "of likely voters": one modifier before the group.
    if s > floor + 2 && doc.is(s - 2, "of") && {
        let t = doc.lowered_tok(s - 1);
        t.ends_with("ed") || t == "likely"
    } {
        s -= 1;
    }
    // "52 percent of", "eight of 10".
    let percent_of = |s: usize| doc.is(s - 1, "of") && doc.is_any(s - 2, &["percent", "%"]);
    let n_of_m = |s: usize| number(s - 1) && doc.is_any(s - 2, &["of", "in", "out"]);
    if s >= floor + 3 && (percent_of(s) || n_of_m(s)) && number(s - 3) {
        s -= 3;
    } else if s >= floor + 2 && number(s) && doc.is_any(s - 1, &["of", "in"]) && number(s - 2) {
        // "three in four doctors": the reader stopped at "four".
        s -= 2;
    } else if s >= floor + 2 && doc.is(s - 1, "of") && number(s - 2) {
        s -= 2;
        // "a majority of", "a third of"
        if s > floor && doc.is(s - 1, "a") {
            s -= 1;
        }
    } else {
        return a;
    }
    if s > floor
        && doc.is_any(
            s - 1,
            &[
                "only", "nearly", "almost", "about", "roughly", "just", "some", "over", "around",
            ],
        )
    {
        s -= 1;
    }
    s
}

use crate::dates::calendar::{MONTHS, WEEKDAYS};

/// Words that are a (vague) source on their own.
const VAGUE_ALONE: &[&str] = &[
    "some",
    "many",
    "others",
    "several",
    "most",
    "few",
    "everyone",
    "someone",
    "nobody",
    "everybody",
    "anyone",
    "somebody",
];

/// The source phrase starting at token `start` (reading rightwards, not past
/// `ceil`), as `(first, last)`: "the minister", "Mr Reyes", "a spokesperson
/// for the port".
pub fn right(doc: &Doc, start: usize, ceil: usize) -> Option<(usize, usize)> {
    let (a, mut b) = right_core(doc, start, ceil)?;
    // "The Harbour Times and the Lantern newspaper chain": two sources.
    if doc.is(b + 1, "and") && (is_cap(doc, b + 2) || class(doc, b + 2) == Class::Det) {
        if let Some((_, b2)) = right_core(doc, b + 2, ceil) {
            b = b2;
        }
    }
    // "said Ana Lund, a marine biologist at Nord University." and "said Ana
    // Lund, who …": the apposition to the end of the sentence is hers.
    // Also "said Ana Lund, head of the port board." and "…, now a consultant".
    let opens = |k: usize| {
        doc.is_any(
            k,
            &[
                "a", "an", "the", "who", "whose", "one", "now", "then", "also",
            ],
        ) || doc.kind(k) == Some(TokenKind::Digits)
            || lex().flags(doc, k) & flag::TITLE != 0
            || doc.is_any(k, ADJS) && lex().flags(doc, k + 1) & flag::TITLE != 0
            // "…, House editor for the Report", "…, of Mayfield Church".
            || is_cap(doc, k) && lex().flags(doc, k + 1) & flag::TITLE != 0
            || doc.is(k, "of") && is_cap(doc, k + 1)
    };
    let appos = doc.is_punct(b + 1, ',') && opens(b + 2);
    if appos && b + 2 <= ceil && is_cap(doc, b) {
        let quote = |k: usize| matches!(doc.tok(k), "\"" | "\u{201C}" | "\u{201D}");
        // A quote opening a new sentence ends the apposition: "said Ana
        // Lund, a biologist. “…”" (when the sentences were not split).
        let mut end = (b + 2..=ceil)
            .find(|&k| quote(k) && doc.is_any(k - 1, &[".", "?", "!"]))
            .map_or(ceil, |k| k - 1);
        // "…, during a hearing", "…, in an interview": an occasion after
        // the apposition is the cue's.
        if let Some(k) = (b + 3..end).find(|&k| {
            !doc.is_any(k - 1, &["who", "whose"])
                && !(b + 2..k).any(|m| doc.is_any(m, &["who", "whose"]))
                && doc.is_punct(k, ',')
                && (doc.is(k + 1, "during")
                    || doc.is_any(k + 1, &["at", "in", "on"])
                        && doc.is_any(k + 2, &["a", "an", "the", "his", "her", "their"]))
        }) {
            end = k - 1;
        }
        while end > b + 2 && doc.kind(end) == Some(TokenKind::Punct) {
            end -= 1;
        }
        // Up to the sentence end, unless a quote or another cue comes first
        // (a capitalised word is a name: "the DNC Rules Committee").
        // A relative clause inside the apposition is still hers: "said Ana
        // Lund, a biologist who has challenged the port for years".
        let relative = (b + 2..=end).find(|&k| doc.is_any(k, &["who", "whose"]));
        // "…, poked at the rival, tweeting": a verb after a comma ends it.
        let plain = (b + 2..=end).all(|k| {
            !quote(k)
                && !verb_after_comma(doc, k, end)
                && (is_cap(doc, k)
                    || lex().cues.at(doc, k).is_none()
                    || relative.is_some_and(|r| r < k))
                || lex().flags(doc, k) & flag::TITLE != 0
        });
        if end - b <= 40 && plain {
            return Some((a, end));
        }
        // "Ana Lund, a medical doctor, then appeared on TV, saying …": an
        // apposition closed by a comma before the clause goes on.
        let close = (b + 3..=end.min(b + 14)).find(|&k| doc.is_punct(k, ','));
        if let Some(k) = close.filter(|&k| {
            (b + 2..k).all(|m| {
                !quote(m)
                    && (lex().cues.at(doc, m).is_none() || lex().flags(doc, m) & flag::TITLE != 0)
            })
        }) {
            return Some((a, k));
        }
    }
    Some((a, b))
}

fn right_core(doc: &Doc, start: usize, ceil: usize) -> Option<(usize, usize)> {
    if start > ceil || start >= doc.len() {
        return None;
    }
    if class(doc, start) == Class::Pronoun {
        return Some((start, start));
    }
    let mut b = None;
    let mut j = start;
    let mut unknown = 0;
    // Inside "for the port": any word may end the phrase.
    let mut tail = false;
    while j <= ceil && j - start < 12 {
        let c = class(doc, j);
        let ok = match c {
            Class::Cap | Class::Known | Class::Glue => {
                b = Some(j);
                unknown = 0;
                true
            }
            Class::Det => j == start || doc.is_any(j - 1, PREPS),
            Class::Prep => {
                // "Dozens of fishermen gathered …, saying": a share of a
                // group opening the sentence.
                let share = j == start + 1
                    && doc.is(j, "of")
                    && is_cap(doc, start)
                    && (doc.is_any(start, DETS) || doc.is_any(start, VAGUE_ALONE));
                tail = b.is_some() && doc.is_any(j, &["of", "for", "at", "from"]) || share;
                tail
            }
            Class::Unknown if tail => {
                unknown += 1;
                b = Some(j);
                unknown <= 2
            }
            // "veteran industry analyst Ken Vale", "certified tax planner
            // Ana Ruiz": lowercase nouns between a modifier and a title or
            // name; "port director Ana de Vroom": between capitals.
            Class::Unknown => {
                unknown += 1;
                let named = |k: usize| matches!(class(doc, k), Class::Cap | Class::Known);
                let modifier = b.is_some_and(|m| doc.is_any(m, ADJS) || modifier_ed(doc, m));
                let between = b.is_some_and(|m| is_cap(doc, m)) && class(doc, j + 1) == Class::Cap;
                // "study co-author Ana Ruiz": a hyphened title after a noun.
                let compound = doc.is_punct(j + 1, '-')
                    && doc.glued(j + 1)
                    && doc.glued(j + 2)
                    && class(doc, j + 2) == Class::Known;
                unknown <= 2
                    && (b.is_none()
                        || between
                        || compound
                        || modifier
                            && (named(j + 1)
                                || unknown == 1
                                    && class(doc, j + 1) == Class::Unknown
                                    && named(j + 2)))
            }
            _ => false,
        };
        if !ok {
            break;
        }
        j += 1;
    }
    let mut b = b?;
    // "said one source in the hall."
    if doc.is(b + 1, "in") && doc.is(b + 2, "the") && doc.kind(b + 3) == Some(TokenKind::Word) {
        let end = b + 4 > ceil || doc.kind(b + 4) == Some(TokenKind::Punct);
        if end && good_head(doc, start, b) {
            return Some((start, b + 3));
        }
    }
    if doc.is_punct(b + 1, '(') && doc.glued(b + 2) {
        if let Some(close) = (b + 2..(b + 9).min(ceil + 1)).find(|&k| doc.is_punct(k, ')')) {
            if good_head(doc, start, b) {
                return Some((start, close));
            }
        }
    }
    b = b.min(ceil);
    good_head(doc, start, b).then_some((start, b))
}

/// The head of the phrase `a..=b`: the last word before its first
/// preposition, participle or comma that is not an adjective.
pub fn head(doc: &Doc, a: usize, b: usize) -> usize {
    let mut stop = b + 1;
    for k in a + 1..=b {
        let t = doc.tok(k);
        let lower = !t.starts_with(|c: char| c.is_uppercase());
        if doc.is_any(
            k,
            &[
                "of", "for", "at", "with", "from", "by", "in", "on", "who", "which", "within",
                "inside", "among",
            ],
        ) || doc.is_punct(k, ',')
            || doc.is_punct(k, '(')
            || (lower
                && (t.ends_with("ed") && !modifier_ed(doc, k)
                    // "the monitoring agency", "the ruling party": a
                    // modifier before a listed head.
                    || t.ends_with("ing") && !(k < b && listed(doc, k + 1)))
                && !listed(doc, k))
        {
            stop = k;
            break;
        }
    }
    let mut h = stop.saturating_sub(1).max(a);
    while h > a && (doc.is_any(h, ADJS) && !listed(doc, h) || doc.kind(h) != Some(TokenKind::Word))
    {
        h -= 1;
    }
    h
}

/// A name of two words or more set off by commas right after the head `h`
/// of a source ending at `b`, or ending it: "The ministry's spokeswoman,
/// Ana Ruiz," and "chairman, CEO and president Ana Ruiz" → "Ana Ruiz".
/// Such a source names a person.
pub fn set_off_name(doc: &Doc, h: usize, b: usize) -> Option<(usize, usize)> {
    let mut e = h + 2;
    if doc.is_punct(h + 1, ',') && name_word(doc, e) {
        while e < b && name_word(doc, e + 1) {
            e += 1;
        }
        if e > h + 2 && (e == b || doc.is_punct(e + 1, ',')) {
            return Some((h + 2, e));
        }
    }
    let mut s = b;
    while s > h + 1 && name_word(doc, s - 1) {
        s -= 1;
    }
    // Right after a title: "a spokeswoman for Ana Ruiz" names no speaker.
    let titled = |k: usize| lex().flags(doc, k) & flag::TITLE != 0;
    (s < b && titled(s - 1) && name_word(doc, b)).then_some((s, b))
}

/// Whether an anonymity phrase ("on condition of anonymity", "familiar
/// with") occurs in `a..=b`.
pub fn anonymous_phrase(doc: &Doc, a: usize, b: usize) -> bool {
    (a..=b).any(|k| lex().word(Word::AnonPhrase, doc, k).is_some())
}

/// Whether token `i` looks like an organisation's name: an acronym or a
/// word such as "Ministry", "Times".
fn org_like(doc: &Doc, i: usize) -> bool {
    let t = doc.tok(i);
    let acronym = t.chars().count() >= 2 && t.chars().all(|c| c.is_uppercase());
    acronym || lex().is(Word::OrgSuffix, doc, i)
}

/// Whether the head `h` of a source ending at `b` has a bracket with an
/// acronym after it: "the Alliance for Safe Harbours (ASH)", "Lantern Foods
/// (ticker: LNF)" name a body. A party and state ("Ana Ruiz (D-Ore.)", "(R-NY)")
/// do not count.
fn acronym_after(doc: &Doc, h: usize, b: usize) -> bool {
    if !doc.is_punct(h + 1, '(') || h + 2 > b {
        return false;
    }
    let party = doc.tok(h + 2).len() == 1 && doc.is_punct(h + 3, '-');
    !party
        && (h + 2..=b)
            .take_while(|&k| !doc.is_punct(k, ')'))
            .any(|k| doc.kind(k) == Some(TokenKind::Word) && org_like(doc, k))
}

/// The kind of the source `a..=b`; `tail` is how far an apposition after it
/// runs (for "a senior official, speaking on condition of anonymity,").
pub fn kind(doc: &Doc, a: usize, b: usize, tail: usize) -> SourceKind {
    let l = lex();
    if anonymous_phrase(doc, a, tail.max(b)) {
        return SourceKind::Anonymous;
    }
    if a == b && class(doc, a) == Class::Pronoun {
        return SourceKind::Pronoun;
    }
    let h = head(doc, a, b);
    if l.title(doc, h).is_some() && set_off_name(doc, h, b).is_some() {
        return SourceKind::Person;
    }
    // "One of the doctors", "many of his aides": what they are part of.
    if h + 2 <= b && doc.is(h + 1, "of") && (doc.is_any(h, VAGUE_ALONE) || doc.is_any(h, DETS)) {
        return match kind(doc, h + 2, b, tail) {
            SourceKind::Person | SourceKind::Pronoun | SourceKind::Role => SourceKind::Vague,
            k => k,
        };
    }
    // "The Democrat said": a party member, not a body.
    if a + 1 == b && doc.is(a, "the") && doc.is_any(b, &["democrat", "republican"]) {
        return SourceKind::Role;
    }
    if (is_cap(doc, h) || class(doc, h) == Class::Cap) && !listed(doc, h) && !possessive(doc, h) {
        // "The Liberation Front of Norland", "the Pentagon": a name after
        // "the" is a body, not a person ("the Rev. Ana Lund" is one).
        let the_name = doc.is(a, "the")
            && h > a
            && (a + 1..=h).all(|k| {
                doc.kind(k) != Some(TokenKind::Word)
                    || name_word(doc, k)
                    || org_like(doc, k)
                    // "The Alliance to Restore Our Shores".
                    || k < h && doc.is_any(k, &["to", "for", "of", "on", "our", "the"])
            });
        return if org_like(doc, h) || the_name || acronym_after(doc, h, b) {
            SourceKind::Organization
        } else {
            SourceKind::Person
        };
    }
    if doc.is_any(h, &["source", "sources", "insider", "insiders"]) {
        return SourceKind::Anonymous;
    }
    if doc.is_any(h, &["official", "aide", "person"]) && doc.is_any(a, &["a", "an", "one"]) {
        return SourceKind::Anonymous;
    }
    if l.is(Word::Vague, doc, h) {
        return SourceKind::Vague;
    }
    if l.is(Word::Document, doc, h) {
        return SourceKind::Document;
    }
    if l.is(Word::Organization, doc, h) || org_like(doc, h) {
        return SourceKind::Organization;
    }
    if l.title(doc, h).is_some() || age_noun(doc, a, b) {
        return SourceKind::Role;
    }
    SourceKind::Vague
}

#[cfg(test)]
mod tests {
    use super::*;

    fn left_of(text: &str, cue: &str) -> Option<String> {
        let d = Doc::new(text);
        let c = (0..d.len()).find(|&i| d.tok(i) == cue)?;
        let (a, b) = left(&d, c - 1, 0)?;
        Some(text[d.start(a)..d.end(b)].to_string())
    }

    fn kind_of(text: &str) -> SourceKind {
        let d = Doc::new(text);
        kind(&d, 0, d.len() - 1, d.len() - 1)
    }

    #[test]
    fn participles_that_modify_a_source() {
        assert_eq!(
            left_of("the top-ranked Vale said", "said").as_deref(),
            Some("the top-ranked Vale")
        );
        assert_eq!(
            left_of("the 3rd-seeded Moreno said", "said").as_deref(),
            Some("the 3rd-seeded Moreno")
        );
        assert_eq!(
            left_of("The Oslo-based group said", "said").as_deref(),
            Some("The Oslo-based group")
        );
    }

    #[test]
    fn nouns_after_a_modifier_of_a_source() {
        let d = Doc::new("says registered dental nurse Ana Moreno.");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap_or((0, 0));
        assert_eq!(d.text_of(a, b), "registered dental nurse Ana Moreno");
        let d = Doc::new("said veteran ferry pilot Tom Halvard.");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap_or((0, 0));
        assert_eq!(d.text_of(a, b), "veteran ferry pilot Tom Halvard");
        // A noun after a head is no modifier.
        let d = Doc::new("shows local clubs beating Rivals.");
        let r = right(&d, 1, d.len() - 1).map(|(a, b)| d.text_of(a, b));
        assert_ne!(r, Some("local clubs beating Rivals"));
    }

    #[test]
    fn phrases_before_a_cue() {
        assert_eq!(
            left_of("Health Minister Lea Strand said", "said").as_deref(),
            Some("Health Minister Lea Strand")
        );
        assert_eq!(
            left_of("A spokesperson for the harbour board said", "said").as_deref(),
            Some("A spokesperson for the harbour board")
        );
        assert_eq!(
            left_of("Sources familiar with the talks said", "said").as_deref(),
            Some("Sources familiar with the talks")
        );
        assert_eq!(left_of("and then she said", "said").as_deref(), Some("she"));
        assert_eq!(left_of("the vote was said", "said"), None);
    }

    #[test]
    fn a_noun_in_ly_heads_the_source() {
        assert_eq!(
            left_of("The Vale family said", "said").as_deref(),
            Some("The Vale family")
        );
        assert_eq!(
            left_of("His family said", "said").as_deref(),
            Some("His family")
        );
        // An adverb still stands between a source and its cue.
        assert_eq!(
            left_of("Vale quickly said", "said").as_deref(),
            Some("Vale")
        );
    }

    #[test]
    fn no_one_is_a_source() {
        assert_eq!(
            left_of("No one expected", "expected").as_deref(),
            Some("No one")
        );
        assert_eq!(
            left_of("and no one said", "said").as_deref(),
            Some("no one")
        );
    }

    #[test]
    fn an_ad_or_a_slide_speaks_as_a_document() {
        assert_eq!(
            left_of("A new campaign ad in May questioned", "questioned").as_deref(),
            Some("A new campaign ad in May")
        );
        assert_eq!(
            left_of("one slide says", "says").as_deref(),
            Some("one slide")
        );
        assert_eq!(kind_of("the ad"), SourceKind::Document);
    }

    #[test]
    fn a_name_with_to_and_our_inside_is_a_body() {
        assert_eq!(
            left_of("The Alliance to Restore Our Shores said", "said").as_deref(),
            Some("The Alliance to Restore Our Shores")
        );
        assert_eq!(
            kind_of("The Alliance to Restore Our Shores"),
            SourceKind::Organization
        );
        assert_eq!(kind_of("the Rev. Ana Lund"), SourceKind::Person);
        assert_eq!(kind_of("The Democrat"), SourceKind::Role);
        assert_eq!(kind_of("The Democratic Party"), SourceKind::Organization);
    }

    #[test]
    fn a_panel_or_a_questioner_is_a_source() {
        assert_eq!(
            left_of("A panel in 2001 found", "found").as_deref(),
            Some("A panel")
        );
        assert_eq!(kind_of("the review panel"), SourceKind::Organization);
        assert_eq!(
            left_of("At the hall, one questioner asked", "asked").as_deref(),
            Some("one questioner")
        );
    }

    #[test]
    fn plural_nouns_joined_by_and() {
        assert_eq!(
            left_of("Companies and individuals complain", "complain").as_deref(),
            Some("Companies and individuals")
        );
        assert_eq!(
            left_of("The family, protesters and civic leaders said", "said").as_deref(),
            Some("The family, protesters and civic leaders")
        );
        assert_eq!(
            left_of("and while local officials and courts said", "said").as_deref(),
            Some("local officials and courts")
        );
        // A singular noun before "and" joins no lowercase phrase.
        assert_eq!(
            left_of(
                "at the hall the city founder and legendary CEO Ana Ruiz said",
                "said"
            )
            .as_deref(),
            Some("legendary CEO Ana Ruiz")
        );
    }

    #[test]
    fn bracketed_names_listed_then_all() {
        assert_eq!(
            left_of(
                "At the hearing, Ana Ruiz (D-Ore.), Tom Vale (D-Ohio) and Lea Strand (R-Utah) all suggested",
                "suggested"
            )
            .as_deref(),
            Some("Ana Ruiz (D-Ore.), Tom Vale (D-Ohio) and Lea Strand (R-Utah)")
        );
        assert_eq!(
            left_of("Ruiz and Vale both said", "said").as_deref(),
            Some("Ruiz and Vale")
        );
        assert_eq!(
            left_of("The board members all agreed", "agreed").as_deref(),
            Some("The board members")
        );
    }

    #[test]
    fn a_name_with_an_age_and_a_home_town() {
        assert_eq!(
            left_of("Tom Vale, 45, of Ames said", "said").as_deref(),
            Some("Tom Vale, 45, of Ames")
        );
        assert_eq!(kind_of("Tom Vale, 45, of Ames"), SourceKind::Person);
    }

    #[test]
    fn a_number_before_percent_of_a_group() {
        assert_eq!(
            left_of("found that 74 percent of likely voters said", "said").as_deref(),
            Some("74 percent of likely voters")
        );
    }

    #[test]
    fn a_year_inside_the_phrase() {
        assert_eq!(
            left_of("A 2014 study found", "found").as_deref(),
            Some("A 2014 study")
        );
        assert_eq!(
            left_of("Pages from his 2009 tax return show", "show").as_deref(),
            Some("Pages from his 2009 tax return")
        );
        assert_eq!(
            left_of("In 2014 officials said", "said").as_deref(),
            Some("officials")
        );
    }

    #[test]
    fn a_share_of_a_group_belongs_to_the_source() {
        let cases = [
            (
                "Nearly eight of 10 nurses say",
                "say",
                "Nearly eight of 10 nurses",
            ),
            (
                "Only 52 percent of registered voters agreed",
                "agreed",
                "Only 52 percent of registered voters",
            ),
            (
                "three in four doctors said",
                "said",
                "three in four doctors",
            ),
            ("Most voters say", "say", "Most voters"),
        ];
        for (text, cue, source) in cases {
            assert_eq!(left_of(text, cue).as_deref(), Some(source), "{text}");
        }
    }

    #[test]
    fn a_name_with_on_inside() {
        assert_eq!(
            left_of("The nonpartisan Commission on Ferry Safety says", "says").as_deref(),
            Some("The nonpartisan Commission on Ferry Safety")
        );
    }

    #[test]
    fn a_relative_clause_inside_an_apposition_after_the_cue() {
        let d = Doc::new(
            "said Tomas Ek, a lawyer for the union, who has challenged the port for years.",
        );
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(
            &d.text[d.start(a)..d.end(b)],
            "Tomas Ek, a lawyer for the union, who has challenged the port for years"
        );
    }

    #[test]
    fn a_share_of_a_group_opening_the_sentence() {
        let d = Doc::new("Dozens of fishermen gathered at the dock");
        let (a, b) = right(&d, 0, d.len() - 1).unwrap();
        assert_eq!(&d.text[d.start(a)..d.end(b)], "Dozens of fishermen");
        assert_eq!(kind(&d, a, b, b), SourceKind::Vague);
        // After a cue, a share is the object: "celebrated several of his heroes".
        let d = Doc::new("celebrated several of his heroes");
        assert_eq!(right(&d, 1, d.len() - 1), None);
    }

    #[test]
    fn digits_joined_by_a_slash_open_a_descriptor() {
        let d = Doc::new("said 9/11 widow Dana Pike");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(&d.text[d.start(a)..d.end(b)], "9/11 widow Dana Pike");
        assert_eq!(kind(&d, a, b, b), SourceKind::Person);
    }

    #[test]
    fn two_sources_joined_by_and() {
        assert_eq!(
            left_of(
                "The port board and the fishermen's union have argued",
                "have"
            )
            .as_deref(),
            Some("The port board and the fishermen's union")
        );
        assert_eq!(
            left_of(
                "the former port chief and current harbour nominee said",
                "said"
            )
            .as_deref(),
            Some("the former port chief and current harbour nominee")
        );
    }

    #[test]
    fn a_list_of_sources_is_one_source() {
        let cases = [
            (
                "Ruiz, Okafor and the council's lawyer said",
                "Ruiz, Okafor and the council's lawyer",
            ),
            (
                "But Ruiz, Okafor, and the harbour board said",
                "Ruiz, Okafor, and the harbour board",
            ),
            ("In Oslo, Ruiz and Vale said", "Ruiz and Vale"),
            (
                "It was a self-indictment, and the lawyers said",
                "the lawyers",
            ),
            ("After the vote, Ruiz and Vale said", "Ruiz and Vale"),
            ("Ruiz, the mayor said", "the mayor"),
        ];
        for (text, source) in cases {
            assert_eq!(left_of(text, "said").as_deref(), Some(source), "{text}");
        }
    }

    #[test]
    fn a_slash_joins_two_names() {
        assert_eq!(
            left_of("A Harbor/Lantern poll found", "found").as_deref(),
            Some("A Harbor/Lantern poll")
        );
        let d = Doc::new("said the Vale/Moss campaign.");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(&d.text[d.start(a)..d.end(b)], "the Vale/Moss campaign");
    }

    #[test]
    fn a_quantifier_and_its_group_are_one_vague_source() {
        let cases = [
            (
                "Several within the city administration are backing",
                "are",
                "Several within the city administration",
            ),
            ("but some in the party say", "say", "some in the party"),
            (
                "Many inside the agency believe",
                "believe",
                "Many inside the agency",
            ),
        ];
        for (text, cue, source) in cases {
            assert_eq!(left_of(text, cue).as_deref(), Some(source), "{text}");
            assert_eq!(kind_of(source), SourceKind::Vague, "{source}");
        }
        assert_eq!(
            kind_of("a source within the ministry"),
            SourceKind::Anonymous
        );
    }

    #[test]
    fn a_helper_left_out_of_the_cue_is_skipped() {
        // The cue reads "repeatedly declined to say" (three words at most
        // before its verb); "has" stands between it and the source.
        assert_eq!(
            left_of("The mayor has repeatedly declined to say", "repeatedly").as_deref(),
            Some("The mayor")
        );
    }

    #[test]
    fn a_name_joined_to_a_pronoun() {
        assert_eq!(
            left_of("Later Ruiz and I agreed", "agreed").as_deref(),
            Some("Ruiz and I")
        );
        assert_eq!(
            left_of("and my lawyer and we said", "said").as_deref(),
            Some("my lawyer and we")
        );
    }

    #[test]
    fn a_month_is_no_source() {
        assert_eq!(
            left_of("A harbour poll released in late August found", "found"),
            None
        );
        assert_eq!(
            left_of("Theresa May said", "said").as_deref(),
            Some("Theresa May")
        );
    }

    #[test]
    fn a_plural_possessive_stays_in_the_phrase() {
        assert_eq!(
            left_of("The teachers' union said", "said").as_deref(),
            Some("The teachers' union")
        );
        assert_eq!(
            left_of("Flight attendants\u{2019} union endorses", "endorses").as_deref(),
            Some("Flight attendants\u{2019} union")
        );
    }

    #[test]
    fn an_abbreviations_possessive_stays_in_the_phrase() {
        assert_eq!(
            left_of("The U.K.'s finance minister said", "said").as_deref(),
            Some("The U.K.'s finance minister")
        );
        assert_eq!(
            left_of("The U.S.\u{2019}s top envoy warned", "warned").as_deref(),
            Some("The U.S.\u{2019}s top envoy")
        );
    }

    #[test]
    fn a_plural_noun_before_the_head_modifies_it() {
        assert_eq!(
            left_of("A federal appeals court ruled", "ruled").as_deref(),
            Some("A federal appeals court")
        );
    }

    #[test]
    fn an_acronym_in_brackets_names_a_body() {
        assert_eq!(
            kind_of("Lantern Foods (ticker: LNF)"),
            SourceKind::Organization
        );
        assert_eq!(
            kind_of("the Alliance for Safe Harbours (ASH)"),
            SourceKind::Organization
        );
        assert_eq!(kind_of("Sen. Ana Ruiz (D-Ore.)"), SourceKind::Person);
        assert_eq!(kind_of("Rep. Tom Vale (R-NY)"), SourceKind::Person);
    }

    #[test]
    fn a_party_in_parentheses_belongs_to_the_source() {
        assert_eq!(
            left_of("Sen. Ana Ruiz (D-Ore.) said", "said").as_deref(),
            Some("Sen. Ana Ruiz (D-Ore.)")
        );
        let d = Doc::new("said Rep. Tom Vale (R-Ida.), who");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(&d.text[d.start(a)..d.end(b)], "Rep. Tom Vale (R-Ida.)");
    }

    #[test]
    fn an_apposition_closed_by_a_comma_before_the_clause_goes_on() {
        let d = Doc::new("said Ana Lund, a marine biologist, adding that the bay was warm.");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(
            &d.text[d.start(a)..d.end(b)],
            "Ana Lund, a marine biologist,"
        );
    }

    #[test]
    fn two_sources_joined_by_and_after_a_cue() {
        let d = Doc::new("said the Harbour Times and the Lantern newspaper.");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(
            &d.text[d.start(a)..d.end(b)],
            "the Harbour Times and the Lantern newspaper"
        );
    }

    #[test]
    fn phrases_after_a_cue() {
        let d = Doc::new("said Mr. Tom Vale on Friday");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(&d.text[d.start(a)..d.end(b)], "Mr. Tom Vale");
        let d = Doc::new("said a spokesperson for the port.");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(&d.text[d.start(a)..d.end(b)], "a spokesperson for the port");
    }

    #[test]
    fn part_of_a_group() {
        assert_eq!(
            left_of("Many of their neighbours say", "say").as_deref(),
            Some("Many of their neighbours")
        );
        assert_eq!(kind_of("one of the ministers"), SourceKind::Vague);
        assert_eq!(
            kind_of("two of the harbour board"),
            SourceKind::Organization
        );
    }

    #[test]
    fn appositions_after_a_cue() {
        let d = Doc::new("said Rev. Ola Berg, of Harbour Chapel. “We pray.”");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(
            &d.text[d.start(a)..d.end(b)],
            "Rev. Ola Berg, of Harbour Chapel"
        );
        let d = Doc::new("said Ola Berg, a veteran of the Port Rules Board.");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(
            &d.text[d.start(a)..d.end(b)],
            "Ola Berg, a veteran of the Port Rules Board"
        );
        let d = Doc::new("said Ola Berg, Harbour editor for the Courier.");
        let (a, b) = right(&d, 1, d.len() - 1).unwrap();
        assert_eq!(
            &d.text[d.start(a)..d.end(b)],
            "Ola Berg, Harbour editor for the Courier"
        );
    }

    #[test]
    fn kinds() {
        assert_eq!(kind_of("Lea Strand"), SourceKind::Person);
        assert_eq!(kind_of("she"), SourceKind::Pronoun);
        assert_eq!(kind_of("the minister"), SourceKind::Role);
        assert_eq!(kind_of("the finance ministry"), SourceKind::Organization);
        assert_eq!(
            kind_of("a report by the audit office"),
            SourceKind::Document
        );
        assert_eq!(kind_of("sources"), SourceKind::Anonymous);
        assert_eq!(kind_of("a senior official"), SourceKind::Anonymous);
        assert_eq!(kind_of("experts"), SourceKind::Vague);
        assert_eq!(kind_of("officials"), SourceKind::Vague);
        assert_eq!(kind_of("the Harbour Times"), SourceKind::Organization);
        assert_eq!(kind_of("NATO"), SourceKind::Organization);
        assert_eq!(
            kind_of("The Liberation Front of Norland"),
            SourceKind::Organization
        );
        assert_eq!(kind_of("the Rev. Ana Lund"), SourceKind::Person);
        assert_eq!(kind_of("The Democrat"), SourceKind::Role);
        assert_eq!(kind_of("The Democratic Party"), SourceKind::Organization);
        assert_eq!(
            kind_of("The port's spokeswoman, Ana Lund,"),
            SourceKind::Person
        );
        assert_eq!(
            kind_of("chairman, chief executive and president Ana Lund"),
            SourceKind::Person
        );
        assert_eq!(kind_of("a spokeswoman for Ana Lund"), SourceKind::Role);
        assert_eq!(kind_of("the party leader Ana Lund"), SourceKind::Person);
        assert_eq!(kind_of("President Kim Dae-jung"), SourceKind::Person);
        assert_eq!(
            left_of("President Kim Dae-jung said", "said").as_deref(),
            Some("President Kim Dae-jung")
        );
    }
}
