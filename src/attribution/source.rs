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

const PREPS: &[&str] = &["of", "for", "at", "with", "from", "in", "on", "to"];

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

fn is_cap(doc: &Doc, i: usize) -> bool {
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

fn class(doc: &Doc, i: usize) -> Class {
    match doc.kind(i) {
        None => Class::Stop,
        Some(TokenKind::Digits) => {
            // "45-year-old", and a year after a determiner: "a 2014 study",
            // "his 1995 tax return".
            let year = doc.tok(i).len() == 4
                && i > 0
                && (doc.is_any(i - 1, DETS) || possessive(doc, i - 1));
            if doc.is_punct(i + 1, '-') && doc.glued(i + 1) || year {
                Class::Known
            } else {
                Class::Stop
            }
        }
        Some(TokenKind::Punct) => {
            let glued = doc.glued(i) && doc.glued(i + 1);
            // "al-Khawarij", "45-year-old", "Mr." and initials "J."
            if doc.is_punct(i, '-') && glued {
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
            if possessive(doc, i) || listed(doc, i) || doc.is_any(i, ADJS) {
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
            let verb = !modifier && (t.ends_with("ed") || lex().cues.at(doc, i).is_some());
            if doc.is_any(i, STOPS) || verb {
                Class::Stop
            } else {
                Class::Unknown
            }
        }
    }
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
        let (a, _) = left(doc, open - 1, floor)?;
        return Some((a, end));
    }
    // "Ruiz this week also said", "Vale on Tuesday said".
    let mut end = end;
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
        } else if end > floor && doc.is_any(end, &["earlier", "yesterday", "today", "later"]) {
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
        Class::Pronoun => return Some((end, end)),
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
                // "The port board and the fishermen's union say": two
                // sources joined, the second with its own determiner.
                if k > floor + 1
                    && doc.is(k - 1, "and")
                    && matches!(class(doc, k - 2), Class::Cap | Class::Known)
                {
                    j = k;
                    continue;
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
                    || k > floor && doc.is(k, "on") && is_cap(doc, k - 1) && is_cap(doc, j)
                    // "many of his neighbours", "one of the doctors"
                    || k > floor
                        && doc.is(k, "of")
                        && (doc.is_any(k - 1, VAGUE_ALONE) || doc.is_any(k - 1, &["one", "two", "three", "all", "each", "both", "none"]))
            }
            Class::Unknown => {
                unknown += 1;
                unknown <= 2
            }
            // "Mr. Falk and Ms. Ruiz say": two named sources.
            Class::Stop => {
                doc.is(k, "and")
                    && k > floor
                    && (is_cap(doc, j) || class(doc, j) == Class::Det)
                    && matches!(class(doc, k - 1), Class::Cap | Class::Known)
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
    let plural = a == end
        && class(doc, end) == Class::Unknown
        && doc.tok(end).len() > 4
        && doc.tok(end).ends_with('s')
        && !doc.tok(end).ends_with("ss")
        && boundary(end);
    (good_head(doc, a, end) || plural).then_some((quantified(doc, a, floor), end))
}

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

use crate::dates::calendar::WEEKDAYS;

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
    let (a, b) = right_core(doc, start, ceil)?;
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
        while end > b + 2 && doc.kind(end) == Some(TokenKind::Punct) {
            end -= 1;
        }
        // Up to the sentence end, unless a quote or another cue comes first
        // (a capitalised word is a name: "the DNC Rules Committee").
        // A relative clause inside the apposition is still hers: "said Ana
        // Lund, a biologist who has challenged the port for years".
        let relative = (b + 2..=end).find(|&k| doc.is_any(k, &["who", "whose"]));
        let plain = (b + 2..=end).all(|k| {
            !quote(k)
                && (is_cap(doc, k)
                    || lex().cues.at(doc, k).is_none()
                    || relative.is_some_and(|r| r < k))
                || lex().flags(doc, k) & flag::TITLE != 0
        });
        if end - b <= 40 && plain {
            return Some((a, end));
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
                tail = b.is_some() && doc.is_any(j, &["of", "for", "at", "from"]);
                tail
            }
            Class::Unknown if tail => {
                unknown += 1;
                b = Some(j);
                unknown <= 2
            }
            Class::Unknown => {
                unknown += 1;
                unknown <= 2 && b.is_none()
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
                "of", "for", "at", "with", "from", "by", "in", "on", "who", "which",
            ],
        ) || doc.is_punct(k, ',')
            || (lower && (t.ends_with("ed") || t.ends_with("ing")) && !listed(doc, k))
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
    // "One of the doctors", "many of his aides": what they are part of.
    if h + 2 <= b && doc.is(h + 1, "of") && (doc.is_any(h, VAGUE_ALONE) || doc.is_any(h, DETS)) {
        return match kind(doc, h + 2, b, tail) {
            SourceKind::Person | SourceKind::Pronoun | SourceKind::Role => SourceKind::Vague,
            k => k,
        };
    }
    if (is_cap(doc, h) || class(doc, h) == Class::Cap) && !listed(doc, h) && !possessive(doc, h) {
        return if org_like(doc, h) {
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
    fn two_sources_joined_by_and() {
        assert_eq!(
            left_of(
                "The port board and the fishermen's union have argued",
                "have"
            )
            .as_deref(),
            Some("The port board and the fishermen's union")
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
        assert_eq!(kind_of("President Kim Dae-jung"), SourceKind::Person);
        assert_eq!(
            left_of("President Kim Dae-jung said", "said").as_deref(),
            Some("President Kim Dae-jung")
        );
    }
}
