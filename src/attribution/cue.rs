//! ## What it finds
//! Speech cues: the verb or phrase that introduces what a source said or
//! wrote, with its helpers ("has warned", "also said", "is demanding"), phrasal
//! forms ("went on to say", "pointed out") and passives ("was announced").
//!
//! ## Why a reader cares
//! The cue is the hinge of an attribution: it says that the words are
//! someone's, and how ("claimed" and "confirmed" are not the same).
//!
//! ## Example
//! "Strand has warned that …" → cue "has warned"; "the report says" → cue
//! "says" ("report" after "the" is a noun, not a cue).
//!
//! ## Limits
//! Cues are the words of `lists/speech_cues.txt` in lower case (a title-case
//! headline's "Says" is let through), plus verbs the list lacks when a
//! that-clause, a quote or "about" follows them ("X discovered that …"), or
//! the -s form of a listed -ed cue before "that" after a subject ("Ruiz
//! charges that …", as "charged" is listed). A
//! cue form after a determiner or a possessive ("the report", "his claims")
//! is a noun and no cue (`nominal.rs` reads "his claim that …"); after "to"
//! ("a way to say") it is no statement, unless a helper verb comes first
//! ("continues to insist"). A cue after a modal ("could reveal", "critics
//! would call it") is a cue here; inside another report's content it is a
//! guess and dropped (`attribution::guess_inside`). Participles ("…, adding that") take the sentence's
//! source. A base form right after a singular noun phrase ("a court order")
//! is a noun. Verbs of intention ("plans", "hopes", list kind `intent`) are
//! cues only before a to-infinitive or a that-clause; "see/saw" only with
//! "as", "that" or a quote ("saw the vote as a warning", not "saw the car").
//! Verbs of support and opposition (kind `favor`: "support", "backed") are
//! cues only before an object; a stance said with "be" ("has been critical
//! of", list kind `phrase`) takes the helpers before it.

use super::lexicon::{flag, lex, CueKind};
use crate::dates::calendar::{MONTHS, WEEKDAYS};
use crate::text::{Doc, TokenKind};

/// A cue: tokens `first..=last`, the cue word itself at `verb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub first: usize,
    pub verb: usize,
    pub last: usize,
    pub kind: CueKind,
    /// A participle after a comma ("…, adding that …"): its source is the
    /// sentence's.
    pub ing: bool,
    /// "was announced", "has been reported".
    pub passive: bool,
}

const HELPERS: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "also",
    "later",
    "again",
    "then",
    "previously",
    "repeatedly",
    "recently",
    "further",
    "once",
    "is",
    "was",
    "were",
    "are",
    "am",
    "been",
    "be",
    "reportedly",
    "publicly",
    "privately",
    "separately",
    "earlier",
    "already",
    "never",
    "not",
    "did",
    "does",
    "do",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "first",
    "often",
    "frequently",
    "subsequently",
    "immediately",
    "quickly",
    "flatly",
    "openly",
    "simply",
    "just",
    "together",
    "now",
    "still",
    "even",
    "long",
    "always",
    "initially",
    "originally",
    "specifically",
    "explicitly",
    "strongly",
    "clearly",
    "directly",
    "personally",
    "ultimately",
    "eventually",
    "finally",
    "allegedly",
    "apparently",
    "consistently",
    "perhaps",
    "probably",
    "possibly",
    // Negated helpers written as one token: "isn't saying", "didn't say".
    "isn't",
    "isn\u{2019}t",
    "wasn't",
    "wasn\u{2019}t",
    "aren't",
    "aren\u{2019}t",
    "weren't",
    "weren\u{2019}t",
    "didn't",
    "didn\u{2019}t",
    "doesn't",
    "doesn\u{2019}t",
    "don't",
    "don\u{2019}t",
    "hasn't",
    "hasn\u{2019}t",
    "haven't",
    "haven\u{2019}t",
    "hadn't",
    "hadn\u{2019}t",
    // Modals too: "won't say", "couldn't confirm", "cannot say".
    "won't",
    "won\u{2019}t",
    "wouldn't",
    "wouldn\u{2019}t",
    "can't",
    "can\u{2019}t",
    "cannot",
    "couldn't",
    "couldn\u{2019}t",
    "shouldn't",
    "shouldn\u{2019}t",
];

/// Verbs that take a cue after "to": "continues to insist", "went on to say".
const TO_HELPERS: &[&str] = &[
    "continue",
    "continues",
    "continued",
    "continuing",
    "went",
    "goes",
    "appeared",
    "appears",
    "seemed",
    "seems",
    "tried",
    "tries",
    "tends",
    "tended",
    "used",
    "declined",
    "refused",
    "yet",
];

/// Adjectives that take a cue after "be … to": "was quick to point out",
/// "won't be able to say".
const BE_TO: &[&str] = &[
    "quick",
    "careful",
    "eager",
    "reluctant",
    "hesitant",
    "willing",
    "ready",
    "able",
    "unable",
    "slow",
    "keen",
    "loath",
    "prepared",
    "afraid",
];

/// Helpers that make an -ing form a finite verb ("is arguing"), not a
/// participle.
const NOT_BEFORE_PARTICIPLE: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "are", "been", "be", "will", "would", "did", "does",
    "do", "could", "can", "may", "might", "should", "must", "not", "never",
];

/// Modal helpers: a cue after one is a guess when it sits in another's
/// report (`attribution::guess_inside`).
pub const MODALS: &[&str] = &[
    "could",
    "would",
    "will",
    "may",
    "might",
    "should",
    "must",
    "can",
    "shall",
    "won't",
    "won\u{2019}t",
    "wouldn't",
    "wouldn\u{2019}t",
    "can't",
    "can\u{2019}t",
    "cannot",
    "couldn't",
    "couldn\u{2019}t",
    "shouldn't",
    "shouldn\u{2019}t",
];

const BE: &[&str] = &["is", "was", "were", "are", "am", "been", "be", "being"];

/// Words before a noun, never before a finite verb: determiners,
/// prepositions and attributive adjectives ("the last major attack",
/// "current fears about", "the biggest note").
const NOUN_BEFORE: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "any", "no", "every", "each", "new", "latest", "recent", "such", "whose", "of", "to",
    "for", "in", "on", "with", "by", "from", "public", "annual", "current", "major", "biggest",
    "main", "key", "final", "previous", "former",
];

/// Words before "that" or a quote that are no cue: "so that", "now that".
const NOT_GENERIC: &[&str] = &[
    "so", "now", "such", "than", "fact", "idea", "is", "was", "were", "are", "be", "been", "has",
    "have", "had", "do", "does", "did", "and", "but", "or", "in", "on", "at", "of", "for", "with",
    "by", "from", "as", "that", "this", "those", "these", "all", "one", "ones", "things", "thing",
    "way", "ways", "times", "days", "years", "means", "reasons", "reason", "sure", "given",
    "provided", "except", "unless", "because", "while", "though", "although", "if", "whether",
    "not", "only", "also", "even", "just", "still", "yet", "then", "there", "here", "it", "its",
    "sounded", "sounds", "stories", "articles", "facts", "rumors", "rumours", "myths", "books",
    "movies", "films",
];

/// Whether the quote opened at token `k` is a title: at least two words
/// of more than three letters, all capitalised, before its closing mark
/// within twelve tokens ("played “We Will Rock You” from the steps").
/// Why: a song or a book named, no words said.
#[inline(never)]
fn quoted_title(doc: &Doc, k: usize) -> bool {
    let Some(end) = (k + 2..k + 14).find(|&j| doc.is_any(j, &["\"", "\u{201D}"])) else {
        return false;
    };
    let long =
        (k + 1..end).filter(|&j| doc.kind(j) == Some(TokenKind::Word) && doc.tok(j).len() > 3);
    let (n, caps) = long.fold((0, 0), |(n, c), j| {
        (
            n + 1,
            c + usize::from(doc.tok(j).starts_with(char::is_uppercase)),
        )
    });
    n >= 2 && caps == n
}

/// Whether `stem` + `suffix` ("claim" + "ed") is a listed cue word, built
/// in a buffer on the stack (no allocation; no listed word is that long).
fn listed_form(stem: &str, suffix: &str) -> bool {
    let mut buf = [0u8; 32];
    let mut n = 0;
    for (slot, b) in buf.iter_mut().zip(stem.bytes().chain(suffix.bytes())) {
        *slot = b;
        n += 1;
    }
    n == stem.len() + suffix.len()
        && buf
            .get(..n)
            .and_then(|w| std::str::from_utf8(w).ok())
            .is_some_and(|w| lex().word_flags(w) & flag::CUE_START != 0)
}

/// Whether `w` is the -s form of a verb whose -ed form is a listed cue
/// ("claims" of "claimed", "charges" of "charged", "states" of "stated"):
/// the list leaves such forms out because they are as often nouns.
fn present_of_listed(w: &str) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    listed_form(stem, "ed")
        || listed_form(stem, "d")
        || stem.strip_suffix('e').is_some_and(|s| listed_form(s, "ed"))
}

/// Words that open a noun phrase, the subject of a clause after "claims"
/// when a finite verb follows ([`CLAUSE_VERBS`]).
const CLAUSE_OPENERS: &[&str] = &["its", "his", "their", "our", "the", "this", "these"];

/// Finite verbs that show a clause after "claims its …" ([`generic`]).
const CLAUSE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could",
];

/// A verb the lists do not hold, read from what follows it: "X discovered
/// that …", "Y is hoping that …", "the crowd chanted “…”" (a word ending in
/// -ed, or any word after a form of "be", followed by "that" or a quote), and
/// "X complained about …" (an -ed or -s word before "about"). Returns the
/// cue's length in tokens.
fn generic(doc: &Doc, i: usize) -> Option<usize> {
    let t = doc.tok(i);
    // Cheap tests first: this runs for every word.
    if t.len() < 3 || !t.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let next_about = doc.is(i + 1, "about");
    let next_opens = doc.is(i + 1, "that")
        || doc.is_any(i + 1, &["\"", "\u{201C}", ":", ","])
        || t.ends_with('s')
            && (doc.is_any(i + 1, &["he", "she", "they", "we", "there"])
                || doc.is_any(i + 1, CLAUSE_OPENERS));
    if !next_about && !next_opens || doc.is_any(i, NOT_GENERIC) {
        return None;
    }
    if t.ends_with("'s") || t.ends_with("\u{2019}s") {
        return None;
    }
    // "is worried that", "was adamant that"; not a plural noun ("some are
    // apps that …"), while "-ous" adjectives stay ("are nervous that").
    let plural = t.ends_with('s') && !t.ends_with("ss") && !t.ends_with("us");
    let after_be = i > 0 && doc.is_any(i - 1, BE) && !plural;
    // "X complained about …", "Y is worried about …": a stance on a topic.
    let subject_at = |k: usize| {
        doc.is_any(
            k,
            &[
                "he", "she", "it", "they", "we", "i", "you", "who", "everyone",
            ],
        ) || doc.tok(k).starts_with(|c: char| c.is_uppercase())
            && doc.kind(k) == Some(TokenKind::Word)
            || lex().flags(doc, k) & flag::LISTED != 0
    };
    let subject = i > 0 && subject_at(i - 1);
    // "the report today claims that", "the firm also charges that": a
    // time word or an adverb between the subject and its verb.
    let subject_past_time = i > 1
        && (doc.is_any(
            i - 1,
            &["today", "yesterday", "now", "also", "still", "again"],
        ) || doc.is_any(i - 1, &WEEKDAYS)
            || super::source::ly_adverb(doc, i - 1))
        && subject_at(i - 2)
        && !doc.is_any(i - 2, &["who", "it"]);
    // An -s word before "about" is a verb only after its subject or a
    // helper ("Ruiz worries about", "has questions about"); after another
    // word it is a plural noun ("faces questions about", "bigoted words
    // about").
    let s_verb =
        t.ends_with('s') && !t.ends_with("ss") && (subject || i > 0 && doc.is_any(i - 1, HELPERS));
    let plain_verb = t.ends_with("ed") || s_verb || after_be;
    if doc.is(i + 1, "about")
        && plain_verb
        && doc.kind(i + 2) == Some(TokenKind::Word)
        && !doc.is_any(i + 2, &["to", "a", "an", "half"])
    {
        return Some(2);
    }
    // An -s word before "that" is as often a noun ("countries that …"),
    // unless a subject stands right before it: "Ruiz charges that …", "a
    // memo states that …", "not everyone finds that …".
    if !(t.ends_with("ed") || after_be) {
        // "Ruiz claims he was misled": a clause whose subject pronoun
        // cannot be an object.
        // "the firm claims its prices are the lowest": a possessive opens
        // the clause's subject when a verb follows within four words.
        let possessive_clause = doc.is_any(i + 1, CLAUSE_OPENERS)
            && (i + 2..i + 8)
                .take_while(|&m| {
                    doc.kind(m) == Some(TokenKind::Word)
                        && !doc.is_any(m, &["who", "which", "that", "to"])
                })
                .any(|m| doc.is_any(m, CLAUSE_VERBS));
        let clause = doc.is(i + 1, "that")
            || possessive_clause
            || doc.is_any(i + 1, &["he", "she", "they", "we", "there"])
                && doc.kind(i + 2) == Some(TokenKind::Word);
        return ((subject || subject_past_time) && clause && present_of_listed(doc.lowered_tok(i)))
            .then_some(1);
    }
    let quote_next =
        |k: usize| doc.is_any(k, &["\"", "\u{201C}"]) && doc.glued(k + 1) && !quoted_title(doc, k);
    // "searched that same room", "led that company as it grew",
    // "combined that information with": "that" points, opening no clause.
    let w = i + 2;
    let points = doc.is_any(w, &["same", "very"])
        || doc.kind(w) == Some(TokenKind::Word)
            && doc.tok(w).starts_with(char::is_lowercase)
            && !doc.tok(w).ends_with('s')
            && lex().flags(doc, w) & flag::PRONOUN == 0
            && doc.is_any(w + 1, &["with", "as", "into", "from"]);
    (doc.is(i + 1, "that") && !points
        || quote_next(i + 1)
        || (doc.is_any(i + 1, &[":", ","]) && quote_next(i + 2)))
    .then_some(1)
}

const SEE: &[&str] = &["see", "sees", "saw", "seen"];

/// Whether token `k`, after the cue word at `i`, can open the object of a verb of support or
/// opposition: a determiner, a possessive, an object pronoun, a name, a
/// number, or "by" of a passive ("is supported by"). What: "support the
/// levy", "backed Ruiz", "support 40 candidates". Why: "support" and
/// "questions" are as often nouns ("40 percent support among dockers",
/// "faces questions about"), and the noun takes no such object. Example:
/// "Most voters support the levy." → cue "support"; "Support for the levy
/// fell." → none.
fn object_opens(doc: &Doc, i: usize, k: usize) -> bool {
    if doc.is(k, "by") {
        // "is supported by", "has been backed by"; not "a group backed by".
        return (i.saturating_sub(2)..i).any(|j| doc.is_any(j, BE));
    }
    // A word no infinitive opens: a determiner, pronoun, possessive or name.
    doc.kind(k) == Some(TokenKind::Digits)
        || doc.kind(k) == Some(TokenKind::Word) && !open_word(doc, k) && !doc.is(k, "that")
}

/// Whether an object of at most four words and a to-infinitive follow the
/// verb at `i`, from token `k`: "expect the board to raise fees", "implored
/// him to stay". What: the object opens as [`object_opens`] reads it (a
/// determiner, pronoun, name or number) and no punctuation breaks it. Why:
/// the expectation or plea is about the object's act, as much a report as
/// "expects to win" (not after "plan" or "seek", whose infinitive is a
/// purpose). Example: "Analysts expect the port to close." → cue
/// "expect".
#[inline(never)]
fn object_to(doc: &Doc, i: usize, k: usize) -> bool {
    // "plans a pier to serve ferries", "seeks funds to build": a purpose.
    let purpose = ["plan", "seek", "sought"]
        .iter()
        .any(|p| doc.lowered_tok(i).starts_with(p));
    !purpose
        && object_opens(doc, i, k)
        && !doc.is(k, "by")
        && (k + 1..k + 5).any(|t| {
            doc.is(t, "to")
                && infinitive(doc, t + 1)
                && (k..t).all(|m| doc.kind(m) == Some(TokenKind::Word) && !doc.is(m, "to"))
        })
}

/// Whether "hope" or "expect" at token `i` takes a clause without "that":
/// a subject of at most four words, then a modal or "were" ("hoped the
/// swap would pave the way", "expects the port will reopen"). Why: the
/// clause is the hope, as after "hoped that". Example: "Ruiz hoped the
/// vote would pass." → cue "hoped".
#[inline(never)]
fn hoped_clause(doc: &Doc, i: usize) -> bool {
    let t = doc.lowered_tok(i);
    let k = i + 1;
    (t.starts_with("hope") || t.starts_with("expect"))
        && doc.kind(k) == Some(TokenKind::Word)
        && !doc.is_any(
            k,
            &[
                "to", "that", "for", "of", "and", "or", "it", "in", "on", "at", "from",
            ],
        )
        && (k + 1..k + 5)
            .take_while(|&m| doc.kind(m) == Some(TokenKind::Word))
            .any(|m| {
                doc.is_any(
                    m,
                    &[
                        "will", "would", "could", "can", "might", "were", "won't", "wouldn't",
                    ],
                )
            })
}

/// Whether token `k` closes a quote right after a comma: `…,” adding`.
fn comma_quote(doc: &Doc, k: usize) -> bool {
    k > 0 && doc.is_any(k, &["\"", "\u{201D}"]) && doc.is_punct(k - 1, ',')
}

/// Whether "see" at token `i` is a view, not a sight: "sees that …", "saw
/// the vote as a warning", "sees “a crisis”". "Police saw the car" and
/// "witnesses saw a gun" report what was seen, not what someone holds.
#[inline(never)]
fn sees_as(doc: &Doc, i: usize) -> bool {
    if doc.is_any(i + 1, &["that", ":", "\"", "\u{201C}", "\u{2018}", "'"]) {
        return true;
    }
    let mut k = i + 1;
    while k < doc.len() && k <= i + 10 && doc.kind(k) != Some(TokenKind::Punct) {
        if doc.is(k, "as") {
            return true;
        }
        k += 1;
    }
    false
}

/// Whether token `k` is a lower-case word that is no determiner,
/// possessive or pronoun: it may open an infinitive or a bare noun phrase
/// ("rebuild", "concerns"; not "the", "his", "Ruiz", "them").
pub fn open_word(doc: &Doc, k: usize) -> bool {
    doc.kind(k) == Some(TokenKind::Word)
        && doc.tok(k).starts_with(|c: char| c.is_lowercase())
        && !doc.is_any(
            k,
            &[
                "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
                "our", "my", "your", "him", "them", "us", "me", "you", "it", "all", "some", "any",
                "every", "each", "both", "no", "one", "two", "three", "four", "five", "several",
                "many", "most",
            ],
        )
        && !doc.tok(k).ends_with("'s")
        && !doc.tok(k).ends_with("\u{2019}s")
}

/// Whether token `k` can open an infinitive after "to": an [`open_word`]
/// that no verb's base form looks like. What: a plural ("to donors", "to
/// reporters"; a base form ends in -s only as -ss or -us: "to discuss", "to
/// focus"), an -ed adjective ("to elected officials"; not "to proceed") or
/// a gerund ("to raising taxes"; not "to bring", whose stem has no vowel).
/// Why: "introduced him to donors" and "her letter to elected officials"
/// hold no infinitive, so no intention or plea. Example: "plans to
/// rebuild" opens one; "talked to reporters" does not.
pub fn infinitive(doc: &Doc, k: usize) -> bool {
    if !open_word(doc, k) {
        return false;
    }
    let t = doc.tok(k).as_bytes();
    let n = t.len();
    let end = |s: &[u8]| t.ends_with(s);
    let plural = end(b"s") && !end(b"ss") && !end(b"us");
    let adjective = n > 4 && end(b"ed") && !end(b"eed");
    let gerund = end(b"ing") && t[..n - 3].iter().any(|c| b"aeiouy".contains(c));
    !(plural || adjective || gerund)
}

/// Whether token `k` is the -ing form of a verb whose -ed form is a listed
/// cue ("calling" of "called", "welcoming" of "welcomed").
pub fn listed_participle(doc: &Doc, k: usize) -> bool {
    doc.lowered_tok(k)
        .strip_suffix("ing")
        .is_some_and(|stem| listed_form(stem, "ed") || listed_form(stem, "d"))
}

/// Past forms of listed cues that end in neither -ed nor -s.
const IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "wrote",
    "saw",
    "found",
    "thought",
    "knew",
    "felt",
    "sang",
    "spoke",
    "forgot",
    "understood",
    "learnt",
    "laid",
    "read",
    "put",
    "made",
    "held",
    "gave",
    "took",
    "sought",
    "taught",
    "led",
    "heard",
    "meant",
    "drew",
    "swore",
    "shown",
    "written",
    "seen",
    "known",
    "spelt",
    "bet",
    "set",
    "cast",
];

/// Whether token `i` is a bare (base) form: no -s, -ed, -ing ending and no
/// irregular past ("order", "report", "issue"; not "says", "said").
fn bare_form(doc: &Doc, i: usize) -> bool {
    let t = doc.lowered_tok(i);
    !(t.ends_with('s') || t.ends_with("ed") || t.ends_with("ing") || IRREGULAR_PAST.contains(&t))
}

/// Whether a singular noun phrase opened by "a", "an", "each", "every" or
/// "another" ends right before token `i` ("a court order", "a June report",
/// "an agency review"). A verb after such a subject agrees with it ("a court
/// orders", "a court ordered"), so a bare form there is the phrase's head
/// noun. Helpers between break it ("a judge did not order"), and so does
/// "of" before a plural ("a majority of voters expect", "a review of
/// records indicate": the verb agrees with the plural; "a show of support"
/// stays a noun). Modals are read elsewhere.
#[inline(never)]
fn singular_np_before(doc: &Doc, i: usize) -> bool {
    let plural_before = i > 0 && {
        let t = doc.lowered_tok(i - 1);
        t.ends_with('s') && !t.ends_with("ss") && !t.ends_with("'s") && !t.ends_with("\u{2019}s")
    };
    for k in (i.saturating_sub(4)..i).rev() {
        if plural_before && k + 1 < i && doc.is(k, "of") {
            return false;
        }
        if doc.is_any(k, &["a", "an", "each", "every", "another"]) {
            return true;
        }
        if doc.kind(k) != Some(TokenKind::Word)
            || doc.is_any(k, HELPERS)
            || doc.is_any(k, &["who", "that", "which", "and", "or", "but", "to"])
            || k + 1 < i && lex().cues.at(doc, k).is_some()
        {
            return false;
        }
    }
    false
}

/// Things that "call for" what they need: "the recipe called for three
/// cups", "forecasts call for rain".
const REQUIREMENTS: &[&str] = &[
    "recipe",
    "recipes",
    "script",
    "scripts",
    "protocol",
    "protocols",
    "forecast",
    "forecasts",
    "menu",
    "formula",
    "design",
    "dish",
    "role",
    "occasion",
    "situation",
    "weather",
    "scene",
    "plot",
    "procedure",
    "instructions",
    "directions",
    "game",
    "job",
    "moment",
];

/// Whether the subject of "call for" at token `i` is a thing that needs
/// something ([`REQUIREMENTS`]), within six words back and before any
/// person, pronoun, relative word or punctuation. Why: "the recipe called
/// for three cups" reports no one's demand; "the mayor called for calm"
/// does. Example: "The original recipe for this jam called for sugar." →
/// no cue.
fn requirement_before(doc: &Doc, i: usize) -> bool {
    (i.saturating_sub(6)..i)
        .rev()
        .take_while(|&k| {
            doc.kind(k) == Some(TokenKind::Word)
                && lex().flags(doc, k) & (flag::PRONOUN | flag::LISTED) == 0
                && !doc.is_any(k, &["that", "who", "which", "and", "or", "but"])
        })
        .any(|k| doc.is_any(k, REQUIREMENTS))
}

/// What one blocks in body or with a barrier: "blocked a shot", "blocked
/// roads".
const BARRIERS: &[&str] = &[
    "shot", "shots", "road", "roads", "street", "streets", "traffic", "highway", "entrance",
    "lane", "lanes", "path", "crossing", "border", "bridge", "door", "doors", "exit", "gate",
];

/// Whom one calls for help: "called 911", "called the police".
const RESCUERS: &[&str] = &["911", "police", "cops", "ambulance", "paramedics"];

/// Words that make "show" a programme: "TV shows", "a game show".
const SHOW_KINDS: &[&str] = &[
    "tv",
    "television",
    "talk",
    "game",
    "radio",
    "reality",
    "cooking",
    "quiz",
    "cable",
];

/// Whether a longer noun phrase opened by "a" or "an" ends before the
/// word of naming at `i`: "a single-celled parasite called Tritrichomonas",
/// "an early Ana Ruiz script called “Tide”". What: up to six words or
/// glued hyphens back to the article, no helper, relative word or cue
/// between. Why: a name given to a thing, not words said; a subject of
/// "called" opened by "a" is rare ("a spokesman called Ruiz a liar").
#[inline(never)]
fn named_np_before(doc: &Doc, i: usize) -> bool {
    for k in (i.saturating_sub(7)..i).rev() {
        if doc.is_any(k, &["a", "an"]) {
            return k + 1 < i;
        }
        let hyphen = doc.is(k, "-") && doc.glued(k) && doc.glued(k + 1);
        if !hyphen && doc.kind(k) != Some(TokenKind::Word)
            || doc.is_any(k, HELPERS)
            || doc.is_any(k, &["who", "that", "which", "and", "or", "but", "to", "of"])
        {
            return false;
        }
    }
    false
}

/// Whether the word of naming at `i` ("called", "named") gives a name to
/// the common noun right before it: "a hydrocarbon called acetylene and
/// water", "the solution called Digistat Watch, collects", "the technique
/// called “mental chronometry” -". What: a lower-case noun before (no
/// pronoun, helper, relative word or adverb) and, after the name (its
/// capitalised words or its quote), the clause's end, a conjunction, a
/// relative word or a preposition. Why: "the mayor called Ruiz a liar"
/// says something of Ruiz after the name; a bare name says nothing.
#[inline(never)]
fn name_after_noun(doc: &Doc, i: usize) -> bool {
    let p = i - 1;
    let noun = doc.kind(p) == Some(TokenKind::Word)
        && doc.tok(p).starts_with(char::is_lowercase)
        && lex().flags(doc, p) & flag::PRONOUN == 0
        && !doc.is_any(p, HELPERS)
        && !doc.is_any(p, &["who", "that", "which", "and", "or", "but", "then"])
        && !doc.tok(p).ends_with("ly");
    if !noun {
        return false;
    }
    let mut k = i + 1;
    if doc.kind(k) == Some(TokenKind::Word) {
        while k < i + 6 && doc.tok(k).starts_with(char::is_uppercase) {
            k += 1;
        }
    } else {
        // The quote's closing mark within eight tokens.
        match (k + 2..k + 10).find(|&j| doc.is_any(j, &["\"", "\u{201D}", "\u{2019}"])) {
            Some(j) => k = j + 1,
            None => return false,
        }
    }
    doc.kind(k) != Some(TokenKind::Word) && !doc.is_any(k, &["\"", "\u{201C}"])
        || doc.is_any(
            k,
            &[
                "and", "or", "which", "that", "who", "is", "was", "in", "for", "to", "from", "with",
            ],
        )
}

/// Words after which a listed plural ("issues", "rules") is no verb: a
/// helper, a preposition or "and" cannot open what a verb of speech takes.
const AFTER_NOUN: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "and",
    "or",
    "in",
    "into",
    "on",
    "upon",
    "before",
    "than",
    "of",
    "including",
    "court",
    "from",
    "with",
    "at",
    "by",
    ";",
    ".",
    ")",
];

/// Whether token `i`, a plural noun that is also a cue verb's -s form
/// (`lists/noun_plurals.txt`), is the noun: a lowercase modifier stands
/// before it (no pronoun, relative word, conjunction or helper) and a
/// helper, preposition or the clause's end after it. Why: a verb of speech
/// takes a that-clause, a quote or an object; "racial issues than gender
/// ones", "the climate rules is", "phone calls." take none. Example: "the
/// budget issues and the debt" → no cue; "the board issues a warning" → cue.
#[inline(never)]
fn plural_noun(doc: &Doc, i: usize) -> bool {
    if lex().flags(doc, i) & flag::NOUN_PLURAL == 0 || i == 0 {
        return false;
    }
    let prev = doc.tok(i - 1);
    // "Consumer advocates are urging …", "Health worries have …": a
    // capital modifier that opens the sentence, before a helper verb
    // ("Ruiz calls on the board" keeps its cue).
    let opener = (i == 1 || doc.line_break_before(i - 1) || doc.is_any(i - 2, &[".", "?", "!"]))
        && lex().flags(doc, i - 1) & flag::NOT_NAME == 0
        && doc.is_any(
            i + 1,
            &[
                "are", "were", "have", "had", "will", "would", "can", "could",
            ],
        );
    doc.kind(i - 1) == Some(TokenKind::Word)
        && (prev.starts_with(|c: char| c.is_lowercase()) || opener)
        && lex().flags(doc, i - 1) & flag::PRONOUN == 0
        && !doc.is_any(i - 1, HELPERS)
        && !doc.is_any(
            i - 1,
            &["that", "and", "or", "but", "yet", "now", "still", "also"],
        )
        && doc.is_any(i + 1, AFTER_NOUN)
}

/// Words that may stand between "I"/"we" and a verb of stance: "I
/// cannot fathom", "we always knew", "I don't think".
const STANCE_HELPERS: &[&str] = &[
    "do", "did", "don't", "didn't", "can", "could", "can't", "cannot", "not", "n't", "always",
    "never", "still", "really", "also", "now", "truly", "simply", "all", "both",
];

/// Whether "I" or "we" is the subject of the verb at token `i`, with at most
/// three helpers, negations or adverbs between ("I know", "we cannot
/// fathom", "I always knew"). What: the opinion writer's own stance. Why:
/// PolNeAR marks the author as a source ("I despise the plan" reports the
/// writer's view), while "know" or "feel" after anyone else is as often
/// no report. Example: "I know the pier is safe." → cue "know".
fn first_person_before(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 3 && doc.is_any(k - 1, STANCE_HELPERS) {
        k -= 1;
    }
    k > 0 && (doc.tok(k - 1) == "I" || doc.is(k - 1, "we"))
}

/// Whether token `i` is "know" or "knew" before a wh-clause ("voters
/// should know what the returns hold", "they didn't know whether …"): a
/// stance after any subject. "you know" as a filler takes no wh-word.
#[inline(never)]
fn knows_wh(doc: &Doc, i: usize) -> bool {
    let mut k = i + 1;
    if doc.is(k, "exactly") {
        k += 1;
    }
    doc.is_any(i, &["know", "knew"])
        && doc.is_any(
            k,
            &["what", "whether", "when", "which", "how", "why", "who"],
        )
}

/// Whether token `i` sits in a title-case line ("Mayor Says Port Is
/// Safe"): most of its words are capitalised and no sentence ends in it.
#[inline(never)]
fn headline(doc: &Doc, i: usize) -> bool {
    let mut a = i;
    while a > 0 && !doc.line_break_before(a) {
        a -= 1;
    }
    let mut b = i;
    while b + 1 < doc.len() && !doc.line_break_before(b + 1) {
        b += 1;
    }
    let words: Vec<usize> = (a..=b)
        .filter(|&k| doc.kind(k) == Some(TokenKind::Word) && doc.tok(k).len() > 3)
        .collect();
    let caps = words
        .iter()
        .filter(|&&k| doc.tok(k).starts_with(|c: char| c.is_uppercase()))
        .count();
    // A headline may end in a full stop, but holds no other.
    let stops = (a..b)
        .filter(|&k| doc.is_any(k, &[".", "?", "!"]) && !doc.glued(k + 1))
        .count();
    words.len() >= 3 && words.len() <= 20 && caps * 4 >= words.len() * 3 && stops == 0
}

/// Whether the capitalised cue word at token `i` ends a name: a bare
/// form after a capitalised singular word ("Bleacher Report", "Mountain
/// View"). A title-case headline's verb after a singular subject takes
/// -s ("Mayor Warns"), so a bare form there is no verb; after a helper or
/// "To" it is one ("Museum Will Tell", "Vows To Fight").
fn name_part(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.kind(i - 1) == Some(TokenKind::Word)
        && doc.tok(i - 1).starts_with(char::is_uppercase)
        && !doc.tok(i - 1).ends_with('s')
        && !doc.is_any(i - 1, HELPERS)
        && !doc.is(i - 1, "to")
        && bare_form(doc, i)
}

/// The cue starting at token `i`, if any.
/// The rules it calls are `#[inline(never)]` so that it stays a small function:
/// Chromium optimises hot functions during the first analysis, and a
/// dispatcher with every rule inlined into it is slow to optimise (see
/// `tools/wasm-functions.mjs`).
pub fn at(doc: &Doc, i: usize) -> Option<Cue> {
    if doc.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    let t = doc.tok(i);
    let listed = lex().flags(doc, i) & flag::CUE_START != 0;
    let (mut len, mut kind) = match listed.then(|| lex().cues.at(doc, i)).flatten() {
        Some(p) => (p.len(), p.value.0),
        None => (generic(doc, i)?, CueKind::Speech),
    };
    // "plans to build", "hopes that …"; not "the plans", "plan B".
    let stance = kind == CueKind::Stance;
    if stance {
        if !first_person_before(doc, i) && !knows_wh(doc, i) {
            return None;
        }
        kind = CueKind::Speech;
    }
    if kind == CueKind::Intent {
        let next = i + len;
        let to_inf = doc.is(next, "to") && infinitive(doc, next + 1);
        if !to_inf && !doc.is(next, "that") && !object_to(doc, i, next) && !hoped_clause(doc, i) {
            return None;
        }
        kind = CueKind::Speech;
    }
    if kind == CueKind::Favor {
        // Without an object: read as any unlisted word ("has questions
        // about …").
        if !object_opens(doc, i, i + len) {
            len = generic(doc, i)?;
        }
        kind = CueKind::Speech;
    }
    let capital = t.starts_with(|c: char| c.is_uppercase());
    if capital
        && !matches!(t, "Says" | "Said" | "Warns" | "Tells")
        && !opens_sentence(doc, i)
        && (!headline(doc, i) || name_part(doc, i))
    {
        return None;
    }
    let last = i + len - 1;
    // The word's inflections: "call" for "calls", "called", "calling".
    let stem = |s: &str| doc.lowered_tok(i).starts_with(s);
    if len == 1 && doc.is_any(i, SEE) && !sees_as(doc, i) {
        return None;
    }
    if stem("call") && doc.is(i + 1, "for") && requirement_before(doc, i) {
        return None;
    }
    // "called in to a radio show", "calls into the hotline", "his July 25
    // call with the leader": a telephone call, not a statement.
    if stem("call") && doc.is_any(i + 1, &["in", "into", "with"]) {
        return None;
    }
    // "blocked a shot", "blocked roads", "blocked off the lane": a body
    // or a barrier in the way, no stance on a measure.
    if stem("block") {
        let obj = if doc.is_any(i + 1, &["the", "a", "two", "several", "main"]) {
            i + 2
        } else {
            i + 1
        };
        // "blocked the main border crossing", "blocked herself off".
        let barrier = (obj..obj + 3)
            .take_while(|&k| doc.kind(k) == Some(TokenKind::Word))
            .any(|k| doc.is_any(k, BARRIERS));
        if doc.is(i + 1, "off") || doc.is(i + 2, "off") || barrier {
            return None;
        }
    }
    // "Speaking of the pier, …": the writer turns to a topic, no report.
    if doc.tok(i) == "Speaking" && doc.is(i + 1, "of") && opens_sentence(doc, i) {
        return None;
    }
    // "officers found and freed her", "bugs found by players": an object
    // met or a passive, with nothing found out.
    if doc.is_any(i, &["found", "finds"]) && doc.is_any(i + 1, &["and", "by"]) {
        return None;
    }
    // "investments intended to speed checkout": a passive after its noun,
    // no one's intent reported ("she intended to stay" keeps its subject).
    // "programs offered by most grocers", "priorities identified by the
    // ministry": any -ed participle between its noun and "by".
    let by_passive = t.len() > 4 && t.ends_with("ed") && doc.is(i + 1, "by");
    if (doc.is(i, "intended")
        || by_passive
        || doc.is(i, "expressed") && doc.is_any(i + 1, &["in", "by"]))
        && i > 0
        && doc.kind(i - 1) == Some(TokenKind::Word)
        && doc.tok(i - 1).starts_with(char::is_lowercase)
        && lex().flags(doc, i - 1) & flag::PRONOUN == 0
        && !doc.is_any(i - 1, HELPERS)
        && !doc.is_any(i - 1, BE)
        && !doc.is_any(
            i - 1,
            &["who", "that", "which", "and", "or", "but", "never", "not"],
        )
        && !doc.tok(i - 1).ends_with("ly")
    {
        return None;
    }
    // "called 911", "called an ambulance", "called him back": a telephone
    // call for help or a return call, no statement.
    let helper = if doc.is_any(i + 1, &["the", "an", "a"]) {
        i + 2
    } else {
        i + 1
    };
    if stem("call")
        && (doc.is_any(helper, RESCUERS)
            // Not "called the police shootings a turning point".
            && (doc.kind(helper + 1) != Some(TokenKind::Word)
                || doc.is_any(helper + 1, &["to", "for", "at", "on", "after", "and", "when"]))
            || doc.is_any(i + 1, &["him", "her", "them", "me", "us"])
                && doc.is_any(i + 2, &["back", "later", "again"]))
    {
        return None;
    }
    if an_act_not_a_report(doc, i) || not_said_here(doc, i) {
        return None;
    }
    // "a dog alerted to the odor": a sign given or noticed, no words
    // ("alerted police to the leak" keeps its listener).
    if stem("alert") && doc.is(i + 1, "to") {
        return None;
    }
    // "NBA champion Tim Duncan", "a new front grill that": a noun, as the
    // bare verb needs a helper, "to", a pronoun or a plural subject ("they
    // champion Ruiz", "will grill the minister" stay).
    if doc.is_any(i, &["champion", "grill"])
        && i > 0
        && !doc.is_any(i - 1, HELPERS)
        && !doc.is_any(i - 1, &["to", "who", "that", "and", "or"])
        && lex().flags(doc, i - 1) & flag::PRONOUN == 0
        && !doc.tok(i - 1).ends_with('s')
    {
        return None;
    }
    // "took suspected diet pills", "arrested suspected gang members", "a
    // suspected gunman": an adjective before its noun after a verb or a
    // determiner ("police suspected foul play" keeps its subject).
    if doc.is(i, "suspected")
        && i > 0
        && (past_verb(doc, i - 1)
            || doc.is_any(i - 1, &["a", "an", "the", "two", "three", "several"]))
        && doc.kind(i + 1) == Some(TokenKind::Word)
        && doc.tok(i + 1).starts_with(char::is_lowercase)
        && !doc.is_any(
            i + 1,
            &[
                "that", "of", "him", "her", "it", "them", "the", "a", "an", "his", "their",
            ],
        )
    {
        return None;
    }
    // "celebrates its 30th anniversary", "celebrating her birthday": a
    // feast kept, no stance on a measure ("celebrated the ruling" stays).
    if stem("celebrat")
        && (i + 1..i + 5)
            .any(|k| doc.is_any(k, &["anniversary", "birthday", "birthdays", "wedding"]))
    {
        return None;
    }
    // "posted an elite 93.2 grade", "posted a 12-4 record": a score, no
    // message.
    if doc.is(i, "posted")
        && (i + 1..i + 5)
            .take_while(|&k| !doc.is_any(k, &[",", ".", ";"]))
            .any(|k| doc.kind(k) == Some(TokenKind::Digits) && doc.tok(k).len() != 4)
    {
        return None;
    }
    // "weighs 236 pounds", "weighs two pounds less": a weight, not a view.
    if stem("weigh")
        && (doc.kind(i + 1) == Some(TokenKind::Digits)
            || doc.is_any(
                i + 1,
                &[
                    "about", "around", "nearly", "almost", "over", "more", "less", "just", "only",
                ],
            )
            || doc.is_any(i + 1, NUMBER_WORDS))
    {
        return None;
    }
    if reduced_relative(doc, i) {
        return None;
    }
    // "delivered a message", "delivers remarks"; not "delivered the
    // goods", "the chip delivers faster charging".
    if doc.lowered_tok(i).starts_with("deliver")
        && !(i + 1..=i + 5).any(|k| {
            lex().flags(doc, k) & flag::DOCUMENT != 0
                || doc.is_any(
                    k,
                    &[
                        "remarks", "address", "warning", "rebuke", "verdict", "keynote",
                    ],
                )
        })
    {
        return None;
    }
    // "offers free repairs", "is offering the tablet for $799", "would
    // offer 335 horsepower": goods at a price or a specification, no
    // proposal ("the state offers loans to parents" stays, as PolNeAR
    // marks it).
    if stem("offer")
        && (i + 1..i + 9)
            .take_while(|&k| !doc.is_any(k, &[".", ";", "\"", "\u{201C}"]))
            // A year says when, not how much: "has offered it since 2014".
            .any(|k| {
                doc.kind(k) == Some(TokenKind::Digits) && doc.tok(k).len() != 4
                    || doc.is_any(k, &["$", "free"])
            })
    {
        return None;
    }
    // "found themselves stranded", "found him in the lobby": a person met
    // or a state reached, not a finding ("found it hard to" stays one).
    let next = doc.lowered_tok(i + 1);
    if stem("find")
        || doc.is(i, "found")
            && (next.ends_with("self")
                || next.ends_with("selves")
                || matches!(next, "him" | "them" | "me" | "us"))
    {
        return None;
    }
    // "thanks to the new chip": because of, not a word of thanks.
    if doc.is(i, "thanks") && doc.is(i + 1, "to") {
        return None;
    }
    // "learned to reconcile", "learning how to heal", "the lessons
    // learned in Delhi": a skill gained, no finding reported ("learned
    // that", "has learned of" stay).
    if stem("learn")
        && (doc.is(i + 1, "to") && infinitive(doc, i + 2)
            || doc.is(i + 1, "how") && doc.is(i + 2, "to")
            || i > 0 && doc.is_any(i - 1, &["lesson", "lessons"]))
    {
        return None;
    }
    // "showed no signs of the illness", "show signs of fatigue": a state
    // seen, not a finding ("the poll shows that" stays).
    let k = if doc.is(i + 1, "no") { i + 2 } else { i + 1 };
    if stem("show") && doc.is_any(k, &["signs", "sign", "symptoms"]) {
        return None;
    }
    // "showed up at the debate": an arrival, not a finding.
    if stem("show") && doc.is(i + 1, "up") {
        return None;
    }
    // "TV shows from the studio", "a talk show host": the programme, not
    // a finding.
    if doc.is_any(i, &["show", "shows"])
        && (i > 0 && doc.is_any(i - 1, SHOW_KINDS)
            || doc.is_any(i + 1, &["host", "hosts", "business"]))
    {
        return None;
    }
    // "the demand-side team", "a call-in show": the first half of a
    // hyphenated compound is no verb.
    if len == 1 && doc.is(i + 1, "-") && doc.glued(i + 1) && doc.glued(i + 2) {
        return None;
    }
    // "supply and demand", "demand and supply": the market, not a demand.
    if doc.is_any(i, &["demand", "demands"])
        && (i >= 2 && doc.is(i - 1, "and") && doc.is(i - 2, "supply")
            || doc.is(i + 1, "and") && doc.is(i + 2, "supply"))
    {
        return None;
    }
    // "balloons float above the square", "the firm floated on the stock
    // market": a motion or a listing, not an idea put forward.
    if stem("float")
        && doc.is_any(
            i + 1,
            &[
                "above", "over", "across", "around", "away", "down", "up", "through", "on", "in",
                "into", "off",
            ],
        )
    {
        return None;
    }
    // "Having said that, …": a turn of the writer's, no report.
    if i > 0 && doc.is(i - 1, "having") && doc.is(i + 1, "that") && doc.is_punct(i + 2, ',') {
        return None;
    }
    // "continues to insist": the cue is "insist", with its helpers.
    if doc.is(last + 1, "to") && doc.is_any(i, TO_HELPERS) && lex().cues.at(doc, last + 2).is_some()
    {
        return None;
    }
    // "continues to insist": the helper and "to" belong to the cue.
    let to_helper = i >= 2 && doc.is(i - 1, "to") && doc.is_any(i - 2, TO_HELPERS)
        // "was quick to point out", "has been slow to embrace".
        || i >= 3 && doc.is(i - 1, "to") && doc.is_any(i - 2, BE_TO) && doc.is_any(i - 3, BE);
    // "went on to explain", "going on to contrast": "on" between.
    let went_on = i >= 3
        && doc.is(i - 1, "to")
        && doc.is(i - 2, "on")
        && doc.is_any(i - 3, &["went", "goes", "go", "going"]);
    let to_helper = to_helper || went_on;
    let purpose = purpose_verb(doc, i).is_some();
    let gerund = t.ends_with("ing")
        && i > 0
        && (doc.is_any(i - 1, &["by", "while", "after", "before"]) || clause_gerund(doc, i));
    if i > 0 && doc.is_any(i - 1, NOUN_BEFORE) && !to_helper && !gerund && !purpose {
        return None;
    }
    // "a parasite called Tritrichomonas", "a poem called “Winter”": a
    // name given, not words said ("the mayor called Ruiz a liar" has no
    // "a" before).
    let naming = doc.is_any(i, &["called", "named", "dubbed", "nicknamed"])
        && (doc.tok(i + 1).starts_with(char::is_uppercase)
            || doc.is_any(i + 1, &["\"", "\u{201C}", "\u{2018}"]));
    if (bare_form(doc, i) || naming) && singular_np_before(doc, i) || plural_noun(doc, i) {
        return None;
    }
    if naming
        && i > 0
        && (named_np_before(doc, i)
            || (doc.is_any(i - 1, BE) || doc.is_any(i - 1, &["it's", "it\u{2019}s"]))
            || name_after_noun(doc, i))
    {
        return None;
    }
    // "press secretary", "campaign press aide": a bare form before a
    // singular title modifies it ("told reporters" stays a cue).
    if len == 1
        && (bare_form(doc, i) || t.ends_with("ss"))
        && lex().flags(doc, i + 1) & flag::TITLE != 0
        && !doc.tok(i + 1).ends_with('s')
    {
        return None;
    }
    if i > 0 && doc.kind(i - 1) == Some(TokenKind::Word) {
        let prev = doc.tok(i - 1);
        // "Ruiz’s claims" is a noun; "he’s claiming" a verb.
        if (prev.ends_with("'s") || prev.ends_with("\u{2019}s"))
            && !super::source::contracted_pronoun(prev)
        {
            return None;
        }
    }
    if modified_noun(doc, i) {
        return None;
    }
    let mut first = match (went_on, to_helper) {
        (true, _) => i - 3,
        (_, true) => i - 2,
        _ if purpose => i - 1,
        _ => i,
    };
    let adverb = |k: usize| super::source::ly_adverb(doc, k);
    // A capitalised helper after a capitalised word is a name: "Theresa May
    // said", "Mrs May said".
    let name = |k: usize| {
        let up = |k: usize| doc.tok(k).starts_with(|c: char| c.is_uppercase());
        k > 0 && up(k) && up(k - 1)
    };
    // Up to three helpers and adverbs before the cue, or before the helper
    // verb and "to" ("has steadfastly refused to disclose").
    let base = first;
    while first > 0
        && base - first < 3
        && !name(first - 1)
        && (doc.is_any(first - 1, HELPERS)
            || adverb(first - 1)
            // "has not yet explained" ("yet" alone is as often "but"),
            // "has since said" ("since" alone opens a clause).
            || doc.is(first - 1, "yet") && first > 1 && doc.is_any(first - 2, &["not", "has", "have", "had"])
            || doc.is(first - 1, "since") && first > 1 && doc.is_any(first - 2, &["has", "have", "had"])
            || stance && doc.is_any(first - 1, STANCE_HELPERS))
    {
        first -= 1;
    }
    // "if you want a faster one", "once you understand the plan": the
    // reader in a condition or a time clause, not a source.
    if first >= 2
        && doc.is(first - 1, "you")
        && doc.is_any(
            first - 2,
            &["if", "whenever", "unless", "when", "where", "once"],
        )
    {
        return None;
    }
    // "you could read these numbers as", "you read it right": the reader
    // reading, no text read out ("the statement read" stays).
    if first >= 1 && doc.is(first - 1, "you") && doc.is_any(i, &["read", "reads"]) {
        return None;
    }
    // "you can't even tell that", "you should aim to", "you may want to":
    // the reader told what to do or what is possible, no one's report
    // ("you can call it a bargain" names, as PolNeAR marks it).
    if first >= 1
        && !stem("call")
        && doc.is(first - 1, "you")
        && (first..i).any(|k| doc.is_any(k, READER_MODALS))
    {
        return None;
    }
    // "is demanding" keeps its helper; "was said" is passive.
    let participle = t.ends_with("ed")
        || matches!(
            t,
            "said" | "told" | "written" | "shown" | "found" | "thought" | "made" | "called"
        );
    let passive = participle && (first..i).any(|k| doc.is_any(k, BE));
    // "…, adding that", "by saying", "while chanting": the sentence's source.
    // "…, perhaps recognizing that": an adverb may stand between.
    let adverbs_only = (first..i).all(|k| !doc.is_any(k, NOT_BEFORE_PARTICIPLE));
    let ing = (t.ends_with("ing") || went_on && doc.is(first, "going"))
        && adverbs_only
        && first > 0
        && (doc.is_punct(first - 1, ',')
            || comma_quote(doc, first - 1)
            || doc.is_any(first - 1, &["by", "while", "after", "before", "when"])
            || clause_gerund(doc, first));
    Some(Cue {
        first,
        verb: i,
        last,
        kind,
        ing,
        passive,
    })
}

/// Words after a document's participle that say when or where it came
/// out: "a statement issued Tuesday", "a paper published in 2015".
const WHEN_WHERE: &[&str] = &["in", "on", "by", "at", "during", "earlier", "shortly"];

/// Whether the cue word at token `i` is a past participle that modifies the
/// document noun before it: "a statement issued Tuesday", "a study
/// published in the journal", "a message posted Friday". What: a lower-case
/// document word (`document` in `lists/source_words.txt`) right before it,
/// and a time, a date or a preposition right after it. Why: such a
/// participle is a reduced relative clause ("a statement that was issued
/// Tuesday"), not the document's verb; "a spokesman announced Monday" has
/// no document before it. Example: "In a statement issued Tuesday, the
/// board said …" → the cue is "said" alone.
#[inline(never)]
fn reduced_relative(doc: &Doc, i: usize) -> bool {
    let t = doc.lowered_tok(i);
    let participle = t.ends_with("ed") || matches!(t, "written" | "shown" | "made" | "sent");
    participle
        && i > 0
        && doc.tok(i - 1).starts_with(|c: char| c.is_lowercase())
        && lex().flags(doc, i - 1) & flag::DOCUMENT != 0
        && (doc.kind(i + 1) == Some(TokenKind::Digits)
            || doc.is_any(i + 1, WHEN_WHERE)
            || doc.is_any(i + 1, &WEEKDAYS)
            || doc.is_any(i + 1, &MONTHS)
            // "Oct. 25", "Sept. 30".
            || doc.is(i + 2, ".")
                && MONTHS.iter().any(|m| {
                    let a = doc.lowered_tok(i + 1);
                    a.len() >= 3 && m.starts_with(a)
                }))
}

/// Prepositions before a gerund of speech: "criticized for saying that …".
const GERUND_PREPS: &[&str] = &["for", "from", "of", "about", "without", "despite"];

/// Whether the -ing word at token `i` is a gerund of speech after a
/// preposition with a clause of its own: "was criticized for saying that
/// …", "aside from saying he wants …", "despite admitting that …". What: a
/// preposition before it and "that" or a subject pronoun after it. Why: the
/// gerund reports what the sentence's subject said; without such a clause
/// a gerund after a preposition is as often an act ("for promoting
/// cures"). "It goes without saying that" is an idiom.
fn clause_gerund(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.is_any(i - 1, GERUND_PREPS)
        && doc.is_any(i + 1, &["that", "he", "she", "they", "we", "i"])
        && !(i > 1 && doc.is(i - 1, "without") && doc.is_any(i - 2, &["goes", "go", "went"]))
}

/// Nouns read as verbs and acts read as reports: "air quality alerts
/// when …", "Rival attacks, including …", "our best guess is", "reported
/// to him", "concluded its hearings", "boasts a pool", "published it in
/// 1990", "found her hiding".
#[inline(never)]
fn an_act_not_a_report(doc: &Doc, i: usize) -> bool {
    let next = i + 1;
    let stem = |s: &str| doc.lowered_tok(i).starts_with(s);
    let pronoun = |k: usize| lex().flags(doc, k) & flag::PRONOUN != 0;
    // A plural noun: no subject pronoun before, no object after.
    if doc.is_any(i, &["attacks", "alerts"]) {
        let open = doc.kind(next) == Some(TokenKind::Word)
            && (doc.tok(next).starts_with(char::is_uppercase)
                || doc.is_any(next, OBJECTS)
                || doc.is_any(next, &["the", "a", "an", "his", "their", "its", "this"]));
        let subject = i > 0 && (pronoun(i - 1) || doc.is_any(i - 1, &["who", "that"]));
        return !open && !subject;
    }
    // "an army-linked group", "employer-sponsored plans": the second
    // half of a hyphenated compound.
    if i >= 2 && doc.is(i - 1, "-") && doc.glued(i - 1) && doc.glued(i) {
        return true;
    }
    // "groups linked to the army", "the post links to a page"; "continued
    // to climb": a tie or a state going on ("continued to insist" keeps
    // "insist").
    if doc.is_any(i, &["linked", "links", "continued", "continues"]) && doc.is(next, "to") {
        return true;
    }
    // "takes continued effort": an adjective before its noun ("he
    // continued." and "continued, “…”" stay).
    if doc.is(i, "continued")
        && doc.kind(next) == Some(TokenKind::Word)
        && doc.tok(next).starts_with(char::is_lowercase)
        && !doc.is_any(next, &["that", "by"])
    {
        return true;
    }
    // "maintains a lead", "keeps a program": keeping a thing ("maintained
    // that …", "maintained his innocence" stay).
    if stem("maintain") && doc.is_any(next, &["a", "an"]) {
        return true;
    }
    // "The songs read as sad": a seeming, no text read out.
    if doc.is_any(i, &["read", "reads"]) && doc.is(next, "as") {
        return true;
    }
    if doc.is_any(i, &["guess", "guesses"]) {
        return i > 0
            && doc.is_any(
                i - 1,
                &["best", "a", "the", "our", "my", "your", "educated"],
            );
    }
    if stem("report") {
        return doc.is(next, "to") && doc.is_any(next + 1, OBJECTS)
            || doc.is(next, "for") && doc.is_any(next + 1, &["duty", "work"]);
    }
    // "the tour concludes October 10", "the trial concluded Friday": an
    // end on a date.
    if stem("conclud") {
        return doc.is_any(next, &["its", "their", "the", "a"])
            && (next + 1..next + 5).any(|k| doc.is_any(k, EVENTS))
            || doc.is_any(next, &MONTHS)
            || doc.is_any(next, &WEEKDAYS);
    }
    if stem("boast") {
        return doc.kind(next) == Some(TokenKind::Word)
            && !doc.is_any(next, &["that", "of", "about", "to", "how"]);
    }
    if doc.is_any(i, &["published", "publishes", "wrote", "writes"]) {
        return doc.is_any(next, &["it", "them"])
            && (doc.kind(next + 1) != Some(TokenKind::Word)
                || doc.is_any(next + 1, &["in", "for", "with", "as", "under"]));
    }
    // "add the pectin", "adds a clock to the side", "would add $84
    // billion", "the flaws add up": a thing put in or a sum, no remark
    // ("added the words", "added a note of caution" stay). "found a
    // wedding announcement", "found a man bleeding": a thing come upon
    // ("found 31 cases", "found evidence of" stay). A clause after the
    // object keeps the report: "added the cause remained unclear", "found
    // the board was in breach".
    // "added to his lead", "adding to the strain": a sum grows.
    let add = doc.is_any(i, &["add", "adds", "added", "adding"]);
    if add && doc.is(next, "to") && doc.is_any(next + 1, ADD_OBJECTS) {
        return true;
    }
    if add || doc.is(i, "found") {
        // "adding five companies to a contract": a count is a thing put in.
        let object = add
            && (doc.kind(next) == Some(TokenKind::Digits)
                || doc.is(next, "$")
                || doc.is_any(next, NUMBER_WORDS))
            || doc.is_any(next, ADD_OBJECTS)
                // "found an astonishing 73 percent": a figure is a finding.
                && (add || !(next..next + 4).any(|k| doc.kind(k) == Some(TokenKind::Digits)));
        let clause = (next + 1..next + 12)
            .take_while(|&k| {
                doc.kind(k) == Some(TokenKind::Word) && (add || !doc.is_any(k, &["and", "who"]))
            })
            .any(|k| {
                doc.is_any(k, HELPERS)
                    || doc.is_any(k, BE)
                    || doc.tok(k).len() > 4 && doc.tok(k).ends_with("ed")
            });
        if add && doc.is(next, "up")
            || object && !clause && !(next + 1..next + 4).any(|k| doc.is_any(k, WORDS_SAID))
        {
            return true;
        }
    }
    if doc.is_any(i, &["found", "finds"]) && doc.is_any(next, &["her", "it"]) {
        let w = doc.lowered_tok(next + 1);
        return w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"));
    }
    false
}

/// Modals that make "you" the generic reader: "you can tell", "you
/// should aim", "you may want".
const READER_MODALS: &[&str] = &[
    "can",
    "can't",
    "can\u{2019}t",
    "cannot",
    "could",
    "couldn't",
    "couldn\u{2019}t",
    "should",
    "shouldn't",
    "shouldn\u{2019}t",
    "may",
    "might",
    "will",
    "must",
];

/// Number words: "weighs two pounds".
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "twice",
];

/// Verbs that open an instruction to the reader: "Take calls", "Make
/// cute labels", "Keep notes".
const IMPERATIVES: &[&str] = &[
    "take", "make", "keep", "try", "stir", "add", "use", "put", "get", "give", "let", "check",
    "pour", "mix", "place", "bring", "avoid", "buy", "enjoy", "grab", "save", "leave",
];

/// Whether the cue word at token `i` is no report by its neighbours.
/// What: a participle pointing within the text ("the tweet shown above",
/// "the impacts outlined below"), a model name ("Galaxy Note 10"), a noun
/// after a quantity word ("with less stress", "fewer complaints", "many
/// reports suggest"), a graded participle ("the most anticipated
/// witness"), a bond ("the 10-year Treasury note"), a verdict without a subject ("Highly recommended as …"), a noun after an
/// instruction that opens the sentence ("Take calls", "Make cute
/// labels"). Why: none has a speaker; each is a noun or a pointer of the
/// writer's. Example: "The chart shown above tracks sales." → no cue.
#[inline(never)]
fn not_said_here(doc: &Doc, i: usize) -> bool {
    let t = doc.tok(i);
    if doc.is_any(i + 1, &["above", "below"]) && (t.ends_with("ed") || t.ends_with("wn")) {
        return true;
    }
    if t.starts_with(char::is_uppercase) && doc.kind(i + 1) == Some(TokenKind::Digits) {
        return true;
    }
    if i == 0 || doc.kind(i - 1) != Some(TokenKind::Word) {
        return false;
    }
    if doc.is_any(i - 1, &["less", "little", "fewer"]) && !t.ends_with("ed") {
        return true;
    }
    // "the 10-year Treasury note", "benchmark 10-year notes": a bond.
    if doc.is_any(i, &["note", "notes"]) && doc.is_any(i - 1, &["year", "treasury"]) {
        return true;
    }
    // "Many reports suggest": a verb after a quantity word takes no -s.
    if doc.is_any(
        i - 1,
        &["many", "several", "few", "some", "numerous", "multiple"],
    ) && t.ends_with('s')
        && !t.ends_with("ss")
    {
        return true;
    }
    // "the most anticipated witness": a graded participle.
    if i >= 2
        && t.ends_with("ed")
        && doc.is_any(i - 1, &["most", "least", "highly", "much"])
        && doc.is_any(i - 2, &["the", "a", "an", "her", "his", "its", "their"])
    {
        return true;
    }
    // "Highly recommended as a gift": a verdict with no subject.
    let opens =
        |k: usize| k == 0 || doc.line_break_before(k) || doc.is_any(k - 1, &[".", "?", "!"]);
    if t.ends_with("ed")
        && doc.tok(i - 1).ends_with("ly")
        && doc.tok(i - 1).starts_with(char::is_uppercase)
        && opens(i - 1)
    {
        return true;
    }
    // The instruction, then at most one word (an adjective) before the cue.
    let k = if i >= 2 && doc.tok(i - 1).starts_with(char::is_lowercase) && !doc.is_any(i - 1, BE) {
        i - 2
    } else {
        i - 1
    };
    opens(k) && doc.tok(k).starts_with(char::is_uppercase) && doc.is_any(k, IMPERATIVES)
}

/// Adjectives that stand between a possessive and its noun: "Google's
/// big promises", "the agency's first comments on", "my top requests".
const POSSESSED_ADJECTIVES: &[&str] = &[
    "first", "last", "latest", "recent", "new", "initial", "earlier", "previous", "own", "top",
    "big", "biggest", "main", "original", "frequent", "usual", "private", "official",
];

/// Degree adverbs that make an -ing word an adjective: "increasingly
/// challenging shots", "surprisingly demanding".
const DEGREE: &[&str] = &[
    "increasingly",
    "surprisingly",
    "very",
    "extremely",
    "particularly",
    "especially",
    "quite",
    "too",
    "incredibly",
    "fairly",
    "pretty",
    "less",
    "least",
    "most",
];

/// Whether the cue word at token `i` is a noun or an adjective by what
/// stands before it. What: a possessive ("my", "Google's", but not "her",
/// also an object) and one adjective of [`POSSESSED_ADJECTIVES`] before a
/// word that does not end in -ed ("Google's big promises haven't
/// arrived"), or a degree adverb before an -ing word ("increasingly
/// challenging shots"). Why: a verb takes no possessive, and a degree
/// adverb grades an adjective; "the mayor's spokesman says" keeps its cue,
/// as "spokesman" is no adjective.
#[inline(never)]
fn modified_noun(doc: &Doc, i: usize) -> bool {
    let t = doc.lowered_tok(i);
    if i >= 1 && t.ends_with("ing") && doc.is_any(i - 1, DEGREE) {
        return true;
    }
    if i < 2 || t.ends_with("ed") || !doc.is_any(i - 1, POSSESSED_ADJECTIVES) {
        return false;
    }
    let p = doc.tok(i - 2);
    doc.is_any(i - 2, &["my", "his", "their", "our", "your", "its"])
        || (p.ends_with("'s") || p.ends_with("\u{2019}s")) && !super::source::contracted_pronoun(p)
}

/// Words that open a thing added: "add the pectin", "adds a clock".
const ADD_OBJECTS: &[&str] = &[
    "a", "an", "the", "some", "more", "another", "its", "his", "her", "their", "our", "your", "my",
    "this", "these", "several", "two", "three", "new", "extra",
];

/// Nouns of words said, which keep "added" a cue: "added the words",
/// "added a note of caution".
const WORDS_SAID: &[&str] = &[
    "word", "words", "note", "caveat", "comment", "comments", "remark", "remarks", "voice",
    "message", "warning", "quip", "plea", "line", "thought", "thoughts",
];

/// Object pronouns: "reported to him".
const OBJECTS: &[&str] = &["him", "her", "them", "me", "us", "you", "it"];

/// Events that end: "concluded its hearings", "concluded the tour".
const EVENTS: &[&str] = &[
    "hearing", "hearings", "meeting", "session", "visit", "tour", "talks", "trip", "season",
    "summit", "trial",
];

/// Words of a meeting or a platform: "met", "gathered", "an emergency
/// session", "took to Twitter".
const MEETING: &[&str] = &[
    "met",
    "meet",
    "meets",
    "meeting",
    "meetings",
    "gathered",
    "gathering",
    "convened",
    "session",
    "summit",
    "huddled",
    "conference",
    "twitter",
    "facebook",
    "airwaves",
    "podium",
    "floor",
];

/// Verbs that hold a meeting or put out a document without "-ed": "met",
/// "spoke at a gathering", "sent a letter".
const PAST_VERBS: &[&str] = &[
    "met", "meet", "meets", "spoke", "held", "holds", "hold", "took", "takes", "went", "sent",
    "wrote", "put", "ran",
];

/// Whether token `k` is a past "-ed" form or one of [`PAST_VERBS`].
pub fn past_verb(doc: &Doc, k: usize) -> bool {
    let t = doc.lowered_tok(k);
    t.len() > 4 && t.ends_with("ed") || doc.is_any(k, PAST_VERBS)
}

/// The verb of a meeting whose purpose the cue word at token `i` says:
/// "to" before the cue, a word of a meeting ([`MEETING`]) before that and
/// the verb at or before it ([`past_verb`]), at
/// most ten words back and no punctuation between: "leaders met on
/// Friday to discuss …", "called an emergency session to discuss …",
/// "spoke at a gathering to discuss …", "took to Twitter to accuse …".
/// Why: what a meeting is for is what its subject discusses; PolNeAR marks
/// the verb, the meeting and the purpose as one cue, or "to discuss"
/// alone. "Refused to discuss" or "a way to say" hold no meeting.
pub fn purpose_verb(doc: &Doc, i: usize) -> Option<usize> {
    if i < 3 || !doc.is(i - 1, "to") {
        return None;
    }
    let back = (i.saturating_sub(12)..i - 1)
        .rev()
        .take_while(|&k| doc.kind(k) != Some(TokenKind::Punct));
    let mut meeting = false;
    for k in back {
        meeting |= doc.is_any(k, MEETING);
        if meeting && past_verb(doc, k) {
            return Some(k);
        }
    }
    None
}

/// Whether token `i` is a participle that opens its sentence: a
/// capitalised -ing form, or "Asked", right after a sentence end or a line
/// break ("Asked about the pier, …", "Citing a report, …"). Why: a capital cue word is
/// otherwise read as a name or a headline word; such a phrase reports what
/// the clause's subject says (or, for "Asked", what someone put to it).
/// `forms::opener` reads it, up to its comma (none: no attribution).
/// Example: "Citing a survey, the board said …" → cue "Citing".
pub fn opens_sentence(doc: &Doc, i: usize) -> bool {
    let t = doc.lowered_tok(i);
    let capital = doc.tok(i).starts_with(char::is_uppercase);
    let start = i == 0 || doc.line_break_before(i) || doc.is_any(i - 1, &[".", "?", "!"]);
    capital && start && (t.ends_with("ing") || t == "asked")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(text: &str) -> Option<String> {
        let d = Doc::new(text);
        (0..d.len())
            .find_map(|i| at(&d, i))
            .map(|c| d.text[d.start(c.first)..d.end(c.last)].to_string())
    }

    #[test]
    fn signs_titles_adjectives_and_seemings_are_no_cues() {
        assert_eq!(cue("The hound alerted to the smell of smoke."), None);
        assert_eq!(cue("Three-time world champion Ada Ruiz won again."), None);
        assert_eq!(cue("She took suspected sleeping pills."), None);
        assert_eq!(cue("The van gets a wider front grill that shines."), None);
        assert_eq!(cue("The club celebrates its 30th anniversary."), None);
        assert_eq!(cue("The crew showed no signs of fatigue."), None);
        assert_eq!(cue("He posted an elite 93.2 grade."), None);
        assert_eq!(cue("Horror stories about the firm are common."), None);
        assert_eq!(cue("Aides heard his call with the envoy."), None);
        assert_eq!(cue("Troops blocked the Ruiz border crossing."), None);
        assert_eq!(cue("She blocked herself off from friends."), None);
        assert_eq!(cue("She learned to trust her instincts."), None);
        assert_eq!(cue("The lessons learned in Lima may help."), None);
        assert_eq!(
            cue("She learned that the deal was off.").as_deref(),
            Some("learned")
        );
        assert_eq!(cue("The agency was adding five firms to the deal."), None);
        assert_eq!(cue("Still, you can't tell that the case is thicker."), None);
        assert_eq!(cue("First, you should aim to pay off debt."), None);
        assert_eq!(
            cue("You can call it a bargain.").as_deref(),
            Some("can call")
        );
        assert_eq!(cue("You said that it was cheap.").as_deref(), Some("said"));
        assert_eq!(
            cue("Senators will grill the minister.").as_deref(),
            Some("will grill")
        );
        assert_eq!(cue("The old engine has sounded about the same."), None);
        assert_eq!(cue("The shop is offering the tablet for $99."), None);
        assert_eq!(cue("The maker offers free repairs to owners."), None);
        assert_eq!(
            cue("The state offers loans to parents since 2014.").as_deref(),
            Some("offers")
        );
        assert_eq!(
            cue("Voters champion Ruiz as the best choice.").as_deref(),
            Some("champion")
        );
        assert_eq!(
            cue("Police suspected that the fire was set.").as_deref(),
            Some("suspected")
        );
    }

    #[test]
    fn helpers_before_a_helper_verb_and_to() {
        assert_eq!(
            cue("Ruiz has steadfastly refused to disclose the data").as_deref(),
            Some("has steadfastly refused to disclose")
        );
        assert_eq!(
            cue("Ruiz has yet to explain why").as_deref(),
            Some("has yet to explain")
        );
        assert_eq!(
            cue("Ruiz has not yet explained why").as_deref(),
            Some("has not yet explained")
        );
    }

    #[test]
    fn pointers_models_quantities_and_instructions_are_no_reports() {
        assert_eq!(cue("The chart shown above tracks sales."), None);
        assert_eq!(cue("The costs outlined below are high."), None);
        assert_eq!(cue("The Pixel Note 7 costs less."), None);
        assert_eq!(cue("Work with less stress."), None);
        assert_eq!(cue("Take calls while you run."), None);
        assert_eq!(cue("Make bright labels for the jars."), None);
        assert_eq!(cue("Highly recommended as a gift for cooks."), None);
        assert_eq!(cue("You could read these figures as a warning."), None);
        assert_eq!(cue("Saving takes continued effort."), None);
        assert_eq!(
            cue("The yield on the 10-year Treasury note has risen."),
            None
        );
        assert_eq!(
            cue("“It was late,” the statement read.").as_deref(),
            Some("read")
        );
        assert_eq!(cue("The crate weighs two pounds more."), None);
        assert_eq!(cue("The tour concludes October 9 in Lyon."), None);
        assert_eq!(
            cue("The board concluded that the pier was safe.").as_deref(),
            Some("concluded")
        );
        assert_eq!(
            cue("I much prefer the old plan.").as_deref(),
            Some("prefer")
        );
    }

    #[test]
    fn a_name_given_to_a_common_noun() {
        assert_eq!(
            cue("The new tool called Harbor Watch, logs every ship."),
            None
        );
        assert_eq!(
            cue("They used the method called “cold reading” - a trick."),
            None
        );
        assert_eq!(
            cue("The mayor called Ruiz a liar.").as_deref(),
            Some("called")
        );
    }

    #[test]
    fn a_pointing_that_and_a_quoted_title_open_no_report() {
        assert_eq!(cue("Officers searched that same room."), None);
        assert_eq!(cue("She steered that company as it grew."), None);
        assert_eq!(
            cue("The band played “Sweet Home Chicago” from the steps."),
            None
        );
        assert_eq!(
            cue("The crowd chanted “we want the vote” all night.").as_deref(),
            Some("chanted")
        );
        assert_eq!(
            cue("Officers discovered that the door was open.").as_deref(),
            Some("discovered")
        );
    }

    #[test]
    fn a_bare_form_ending_a_name_in_a_title_line() {
        assert_eq!(
            cue("Favorite Sites: Harbor Report, Tide Tables, Port News"),
            None
        );
        assert_eq!(
            cue("Harbor Museum Will Tell Of Its Founding Years").as_deref(),
            Some("Tell")
        );
    }

    #[test]
    fn nouns_after_quantities_and_attributive_adjectives() {
        assert_eq!(
            cue("Many reports suggest that the pier is safe.").as_deref(),
            Some("suggest")
        );
        assert_eq!(cue("The last major attack on the port was in 2002."), None);
        assert_eq!(cue("Current fears about the port are overblown."), None);
        assert_eq!(cue("Ruiz, the most anticipated witness, arrived."), None);
        assert_eq!(
            cue("Many say that the pier is safe.").as_deref(),
            Some("say")
        );
    }

    #[test]
    fn we_all_know() {
        assert_eq!(cue("We all know that").as_deref(), Some("all know"));
    }

    #[test]
    fn assumed_office_is_no_view() {
        assert_eq!(cue("She has assumed a new role"), None);
        assert_eq!(cue("They assumed that").as_deref(), Some("assumed"));
    }

    #[test]
    fn introducing_a_bill_is_an_act() {
        assert_eq!(cue("The senator introduced a bill."), None);
    }

    #[test]
    fn a_bare_verb_after_of_and_a_plural() {
        assert_eq!(
            cue("A number of analysts say that the port will close.").as_deref(),
            Some("say")
        );
        assert_eq!(
            cue("A majority of growers expect the levy to pass.").as_deref(),
            Some("expect")
        );
        assert_eq!(cue("It drew a show of support from growers."), None);
        assert_eq!(cue("A court order barred the plan."), None);
    }

    #[test]
    fn a_gerund_of_speech_after_a_preposition() {
        assert_eq!(
            cue("She was fined for saying that the pier was safe.").as_deref(),
            Some("saying")
        );
        assert_eq!(
            cue("He left early, apart from saying he was tired.").as_deref(),
            Some("saying")
        );
        let d = Doc::new("It goes without saying that we care.");
        assert!(!clause_gerund(&d, 3));
        assert_eq!(cue("He was fined for promoting the cure."), None);
    }

    #[test]
    fn delivering_words_not_goods() {
        assert_eq!(
            cue("Ruiz delivered a blunt message to the board.").as_deref(),
            Some("delivered")
        );
        assert_eq!(
            cue("She delivers remarks at noon.").as_deref(),
            Some("delivers")
        );
        assert_eq!(cue("The new chip delivers faster charging."), None);
        assert_eq!(cue("The firm delivered the ferries in May."), None);
    }

    #[test]
    fn a_document_participle_is_no_cue() {
        assert_eq!(cue("In a statement issued Tuesday, the"), None);
        assert_eq!(cue("a paper published in 2015 by the"), None);
        assert_eq!(
            cue("a spokesman announced Monday that").as_deref(),
            Some("announced")
        );
        assert_eq!(
            cue("The board published on Friday a list").as_deref(),
            Some("published")
        );
    }

    #[test]
    fn finding_a_person_is_no_finding() {
        assert_eq!(cue("They found themselves stranded at sea."), None);
        assert_eq!(cue("Police found him in the lobby."), None);
        assert_eq!(cue("She found it hard to agree.").as_deref(), Some("found"));
    }

    #[test]
    fn the_reader_in_a_condition_is_no_source() {
        assert_eq!(cue("Buy the blue one if you want a faster phone."), None);
        assert_eq!(cue("It is easy once you only know the rules."), None);
        assert_eq!(cue("You want a faster phone.").as_deref(), Some("want"));
    }

    #[test]
    fn a_name_given_is_no_report() {
        assert_eq!(
            cue("A parasite called Tritrichomonas lives in the gut."),
            None
        );
        assert_eq!(cue("It is a poem called \u{201C}Winter\u{201D}."), None);
        assert_eq!(
            cue("The mayor called Ruiz a liar.").as_deref(),
            Some("called")
        );
    }

    #[test]
    fn thanks_to_is_because_of() {
        assert_eq!(cue("The port grew, thanks to the new pier."), None);
        assert_eq!(
            cue("Ruiz thanks the crew for its work.").as_deref(),
            Some("thanks")
        );
    }

    #[test]
    fn forms_of_listed_past_cues() {
        let d = Doc::new("calling chanting ringing");
        assert!(listed_participle(&d, 0));
        assert!(!listed_participle(&d, 2));
        assert!(present_of_listed("charges"));
        assert!(present_of_listed("claims"));
        assert!(!present_of_listed("countries"));
        assert!(!listed_form(&"x".repeat(40), "ed"));
    }

    #[test]
    fn a_noun_after_to_opens_no_infinitive() {
        assert_eq!(cue("She introduced him to donors."), None);
        assert_eq!(cue("She introduced him to elected officials."), None);
        assert_eq!(cue("He introduced them to raising funds."), None);
        assert_eq!(
            cue("She introduced him to discuss the levy.").as_deref(),
            Some("introduced")
        );
        assert_eq!(
            cue("They plan to bring the bill back.").as_deref(),
            Some("plan")
        );
        assert_eq!(
            cue("Ruiz hopes to focus on schools.").as_deref(),
            Some("hopes")
        );
    }

    #[test]
    fn am_is_a_helper() {
        assert_eq!(cue("I am not saying").as_deref(), Some("am not saying"));
    }

    #[test]
    fn a_negated_modal_is_a_helper() {
        assert_eq!(cue("He won't say").as_deref(), Some("won't say"));
        assert_eq!(
            cue("She couldn\u{2019}t confirm").as_deref(),
            Some("couldn\u{2019}t confirm")
        );
    }

    #[test]
    fn an_adjective_after_be_takes_a_cue_after_to() {
        assert_eq!(
            cue("Ruiz was quick to point out").as_deref(),
            Some("was quick to point out")
        );
        assert_eq!(
            cue("Ruiz won't be able to say").as_deref(),
            Some("won't be able to say")
        );
        // No "be": no helper ("a way to say" is no statement).
        assert_eq!(cue("the quick to say"), None);
    }

    #[test]
    fn a_number_word_opens_an_object() {
        assert_eq!(
            cue("Members have backed one party or another").as_deref(),
            Some("have backed")
        );
    }

    #[test]
    fn a_weight_is_no_view() {
        assert_eq!(cue("The mayor weighs 180 pounds"), None);
        assert_eq!(cue("The pier weighed about nine tons"), None);
        assert_eq!(
            cue("The mayor weighed in on the pier").as_deref(),
            Some("weighed in")
        );
        assert_eq!(cue("The mayor showed up at the pier"), None);
    }

    #[test]
    fn a_longer_or_passive_naming_is_no_cue() {
        assert_eq!(cue("It is a single-celled parasite called Tidella."), None);
        assert_eq!(cue("It is an early Ana Ruiz script called “Tide”."), None);
        assert_eq!(cue("The pier app is called Harbor Watch."), None);
        assert_eq!(
            cue("The mayor called Ruiz a liar.").as_deref(),
            Some("called")
        );
    }

    #[test]
    fn nouns_read_as_verbs_and_acts_read_as_reports() {
        assert_eq!(
            cue("Coastal towns face flood alerts when storms come."),
            None
        );
        assert_eq!(
            cue("Rival attacks, even from friends, hurt the mayor."),
            None
        );
        assert_eq!(cue("Ruiz attacks the plan.").as_deref(), Some("attacks"));
        assert_eq!(cue("Our best guess is that the pier opens in May."), None);
        assert_eq!(
            cue("I guess the pier opens in May.").as_deref(),
            Some("guess")
        );
        assert_eq!(cue("The clerk reported to her every week."), None);
        assert_eq!(cue("Ten guards reported for duty at noon."), None);
        assert_eq!(
            cue("The clerk reported that the pier was shut.").as_deref(),
            Some("reported")
        );
        assert_eq!(
            cue("The council concluded its second public hearing."),
            None
        );
        assert_eq!(
            cue("The council concluded that the pier was safe.").as_deref(),
            Some("concluded")
        );
        assert_eq!(cue("The hotel boasts a rooftop pool."), None);
        assert_eq!(
            cue("The mayor boasted that the pier was full.").as_deref(),
            Some("boasted")
        );
        assert_eq!(cue("The magazine published it in 1990."), None);
        assert_eq!(cue("Nobody knows who wrote it."), None);
        assert_eq!(cue("Divers found her hiding under the pier."), None);
        assert_eq!(cue("She found it hard to agree.").as_deref(), Some("found"));
    }

    #[test]
    fn a_noun_after_a_possessive_and_an_adjective_is_no_cue() {
        assert_eq!(cue("The firm's big promises haven't arrived."), None);
        assert_eq!(cue("Increasingly challenging levels follow."), None);
        assert_eq!(
            cue("The mayor's spokesman says the pier is safe.").as_deref(),
            Some("says")
        );
    }

    #[test]
    fn a_thing_added_is_no_remark() {
        assert_eq!(cue("Then add the honey and stir."), None);
        assert_eq!(cue("The plan would add $40 billion to the debt."), None);
        assert_eq!(cue("The small delays add up."), None);
        assert_eq!(cue("Later he found a wedding announcement."), None);
        assert_eq!(
            cue("The panel found the city was in breach.").as_deref(),
            Some("found")
        );
        assert_eq!(cue("He added a note of caution.").as_deref(), Some("added"));
        assert_eq!(
            cue("She added the cause remained unclear.").as_deref(),
            Some("added")
        );
        assert_eq!(
            cue("The mayor added that the pier was safe.").as_deref(),
            Some("added")
        );
    }

    #[test]
    fn compounds_ties_and_states_going_on_are_no_cues() {
        assert_eq!(cue("Employer-sponsored plans grew."), None);
        assert_eq!(cue("Gangs linked to the port grew."), None);
        assert_eq!(cue("Prices continued to climb."), None);
        assert_eq!(cue("The songs read as sad."), None);
        assert_eq!(
            cue("The mayor linked the fire to the heat.").as_deref(),
            Some("linked")
        );
    }

    #[test]
    fn keeping_a_thing_is_no_cue() {
        assert_eq!(cue("The mayor maintains a small office."), None);
        assert_eq!(
            cue("The mayor maintains that the pier is safe.").as_deref(),
            Some("maintains")
        );
    }

    #[test]
    fn a_document_dated_by_an_abbreviated_month_is_no_cue() {
        assert_eq!(
            cue("In a memo published Sept. 30, the mayor warned the pier would shut.").as_deref(),
            Some("warned")
        );
    }

    #[test]
    fn a_show_that_is_a_programme_is_no_cue() {
        assert_eq!(cue("TV shows from the studio air at night."), None);
        assert_eq!(cue("The talk show host left."), None);
        assert_eq!(
            cue("The poll shows that the pier is popular.").as_deref(),
            Some("shows")
        );
    }

    #[test]
    fn a_call_for_help_is_no_cue() {
        assert_eq!(cue("A neighbor called 911 at noon."), None);
        assert_eq!(cue("They called an ambulance."), None);
        assert_eq!(
            cue("She called the police raids a mistake.").as_deref(),
            Some("called")
        );
        assert_eq!(cue("Her aide called him back."), None);
        assert_eq!(
            cue("The mayor called the plan a disaster.").as_deref(),
            Some("called")
        );
    }

    #[test]
    fn a_plural_noun_after_be_is_no_cue() {
        assert_eq!(cue("Some are apps that move money."), None);
        assert_eq!(
            cue("Dockers are nervous that the pier will close.").as_deref(),
            Some("are nervous")
        );
    }

    #[test]
    fn intended_after_its_noun_is_a_passive() {
        assert_eq!(cue("The port made repairs intended to last."), None);
        assert_eq!(cue("The views expressed in the memo are old."), None);
        assert_eq!(cue("The win added to her lead."), None);
        assert_eq!(cue("She intended to stay.").as_deref(), Some("intended"));
    }

    #[test]
    fn speaking_of_and_found_by_are_no_cues() {
        assert_eq!(cue("Speaking of the pier, it opens soon."), None);
        assert_eq!(cue("Divers found and freed the seal."), None);
        assert_eq!(cue("The flaws found by testers were fixed."), None);
        assert_eq!(
            cue("The audit found that the pier was safe.").as_deref(),
            Some("found")
        );
    }

    #[test]
    fn a_physical_block_is_no_cue() {
        assert_eq!(cue("The goalie blocked a shot late."), None);
        assert_eq!(cue("Dockers blocked roads to the pier."), None);
        assert_eq!(
            cue("The court blocked the levy.").as_deref(),
            Some("blocked")
        );
    }

    #[test]
    fn compounds_markets_and_motion_are_no_cues() {
        assert_eq!(cue("The port runs a demand-side program"), None);
        assert_eq!(cue("Prices follow supply and demand on the pier"), None);
        assert_eq!(cue("Lanterns float above the harbor"), None);
        assert_eq!(cue("The dockers demand a raise").as_deref(), Some("demand"));
        assert_eq!(
            cue("The mayor floated a plan to close the pier").as_deref(),
            Some("floated")
        );
    }

    #[test]
    fn cues_with_helpers_and_phrases() {
        assert_eq!(cue("Strand has warned that").as_deref(), Some("has warned"));
        assert_eq!(
            cue("She went on to say it").as_deref(),
            Some("went on to say")
        );
        assert_eq!(cue("He pointed out that").as_deref(), Some("pointed out"));
        // A capitalised "May" after a name is part of it, not a modal.
        assert_eq!(cue("Councillor Ada May said that").as_deref(), Some("said"));
        assert_eq!(cue("Ms May has said that").as_deref(), Some("has said"));
        assert_eq!(cue("Officials may say that").as_deref(), Some("may say"));
    }

    #[test]
    fn nouns_and_infinitives_are_not_cues() {
        assert_eq!(cue("The report found"), Some("found".to_string()));
        assert_eq!(cue("his claims were false"), None);
        assert_eq!(cue("It was a way to say hello"), None);
        assert_eq!(
            cue("She continues to insist").as_deref(),
            Some("continues to insist")
        );
    }

    #[test]
    fn retweets_summaries_exhortations_and_outlines_are_cues() {
        assert_eq!(
            cue("Ruiz retweeted the photo").as_deref(),
            Some("retweeted")
        );
        assert_eq!(
            cue("Ruiz summed up the talks").as_deref(),
            Some("summed up")
        );
        assert_eq!(
            cue("Ruiz downplayed the risk").as_deref(),
            Some("downplayed")
        );
    }

    #[test]
    fn a_listed_plural_after_a_modifier_and_before_a_preposition_is_a_noun() {
        assert_eq!(cue("The port faces budget issues and a strike."), None);
        assert_eq!(
            cue("The harbour rules are strict, Mira Tell said."),
            Some("said".into())
        );
        assert_eq!(cue("Residents made angry calls into the night."), None);
        assert_eq!(cue("Ruiz called in to a radio show."), None);
        assert_eq!(cue("The mayor faces questions about the pier."), None);
        assert_eq!(
            cue("Ruiz frets about the pier.").as_deref(),
            Some("frets about")
        );
        assert_eq!(cue("The board issued a warning."), Some("issued".into()));
        assert_eq!(cue("Ruiz had issues with the pier."), None);
        assert_eq!(cue("The club rules bar dogs."), None);
        assert_eq!(cue("She calls for a vote."), Some("calls for".into()));
    }

    #[test]
    fn spoken_and_talking_about() {
        assert_eq!(
            cue("Ruiz has spoken about the pier.").as_deref(),
            Some("has spoken about")
        );
        assert_eq!(
            cue("Ruiz is talking about the pier.").as_deref(),
            Some("is talking about")
        );
    }

    #[test]
    fn verbs_of_scolding_feeling_and_rating() {
        assert_eq!(
            cue("The judge scolded the firm.").as_deref(),
            Some("scolded")
        );
        assert_eq!(
            cue("Dock workers felt the deal was unfair.").as_deref(),
            Some("felt")
        );
        assert_eq!(
            cue("The panel rated the claim as false.").as_deref(),
            Some("rated")
        );
        // "rate" without an object is the noun.
        assert_eq!(cue("The tax rate is low."), None);
        assert_eq!(
            cue("Ruiz chimed in on the radio.").as_deref(),
            Some("chimed in")
        );
    }

    #[test]
    fn a_contracted_pronoun_is_no_possessor() {
        assert_eq!(
            cue("He\u{2019}s claiming that the vote was rigged.").as_deref(),
            Some("claiming")
        );
        assert_eq!(cue("She's said it twice.").as_deref(), Some("said"));
        assert_eq!(cue("Ruiz's claims were false."), None);
    }

    #[test]
    fn an_intent_with_an_object_before_its_infinitive() {
        assert_eq!(
            cue("Analysts expect the board to raise fees.").as_deref(),
            Some("expect")
        );
        assert_eq!(
            cue("She implored him to stay.").as_deref(),
            Some("implored")
        );
        // A purpose, not an intention about the object.
        assert_eq!(cue("The firm plans a new pier to serve ferries."), None);
        assert_eq!(cue("Analysts expect the board, to be fair."), None);
    }

    #[test]
    fn phrases_of_making_a_case() {
        assert_eq!(
            cue("Ruiz made the case that the pier is safe.").as_deref(),
            Some("made the case")
        );
        assert_eq!(
            cue("The files would shed light on the deal.").as_deref(),
            Some("would shed light on")
        );
        assert_eq!(
            cue("Residents wanted to know who approved it.").as_deref(),
            Some("wanted to know")
        );
        assert_eq!(
            cue("Her doctor is calling him fit.").as_deref(),
            Some("is calling")
        );
        assert_eq!(
            cue("The board met, referencing the audit.").as_deref(),
            Some("referencing")
        );
    }

    #[test]
    fn having_said_that_is_no_report() {
        assert_eq!(cue("Having said that, the plan is sound."), None);
        assert_eq!(
            cue("Ruiz said that the plan is sound.").as_deref(),
            Some("said")
        );
    }

    #[test]
    fn a_cue_word_before_a_title_modifies_it() {
        assert_eq!(
            cue("The port press secretary Ana Ruiz said so.").as_deref(),
            Some("said")
        );
        assert_eq!(
            cue("Ruiz told reporters the pier is safe.").as_deref(),
            Some("told")
        );
    }

    #[test]
    fn went_on_to_and_a_cue() {
        assert_eq!(
            cue("Ruiz went on to explain that the pier is safe.").as_deref(),
            Some("went on to explain")
        );
        let d = Doc::new("Ruiz left, going on to criticize the board.");
        let c = (0..d.len()).find_map(|i| at(&d, i));
        assert!(c.is_some_and(|c| c.ing && d.tok(c.first) == "going"));
    }

    #[test]
    fn the_writers_own_stance() {
        assert_eq!(cue("I know the pier is safe.").as_deref(), Some("know"));
        assert_eq!(
            cue("We cannot fathom how the board agreed.").as_deref(),
            Some("cannot fathom")
        );
        assert_eq!(cue("Residents know the pier is safe."), None);
        assert_eq!(
            cue("Residents did not know what the pier cost.").as_deref(),
            Some("did not know")
        );
    }

    #[test]
    fn a_base_form_after_a_singular_noun_phrase_is_a_noun() {
        assert_eq!(cue("A court order bars the sale"), None);
        assert_eq!(cue("a June report on the port"), None);
        // Agreeing verbs and helpers stay cues.
        assert_eq!(cue("A court ruled that").as_deref(), Some("ruled"));
        assert_eq!(cue("A judge reports that").as_deref(), Some("reports"));
        assert_eq!(cue("A judge did not say").as_deref(), Some("did not say"));
    }

    #[test]
    fn intentions_need_an_infinitive_or_a_that_clause() {
        assert_eq!(
            cue("The board plans to sell the ferry").as_deref(),
            Some("plans")
        );
        assert_eq!(
            cue("Ruiz hopes that the port reopens").as_deref(),
            Some("hopes")
        );
        assert_eq!(cue("The plans were late"), None);
        assert_eq!(cue("Ruiz hopes to the end"), None);
        assert_eq!(cue("They expect a storm"), None);
        // "appear" holds a view only with a complement.
        assert_eq!(cue("Ruiz appeared on the evening news"), None);
        assert_eq!(
            cue("Ruiz appeared to concede the point").as_deref(),
            Some("appeared to concede")
        );
    }

    #[test]
    fn the_present_of_a_listed_past_before_that_after_a_subject() {
        assert_eq!(
            cue("Ruiz charges that the port").as_deref(),
            Some("charges")
        );
        assert_eq!(
            cue("The mayor claims that the port").as_deref(),
            Some("claims")
        );
        assert_eq!(cue("They assume that the port").as_deref(), Some("assume"));
        // A plural noun before a relative "that" is no cue.
        assert_eq!(cue("European countries that joined"), None);
        assert_eq!(cue("Harbour mines that closed"), None);
    }

    #[test]
    fn seeing_is_a_view_only_with_as_or_a_clause() {
        assert_eq!(cue("Police saw the car leave"), None);
        assert_eq!(
            cue("Critics saw the vote as a warning").as_deref(),
            Some("saw")
        );
        assert_eq!(
            cue("She sees that the port is full").as_deref(),
            Some("sees")
        );
    }

    #[test]
    fn a_participle_after_a_comma_and_an_adverb() {
        let d = Doc::new("they left, perhaps arguing that");
        assert!(at(&d, 4).is_some_and(|c| c.ing && c.first == 3));
        let d = Doc::new("they left, is arguing that");
        assert!(at(&d, 4).is_some_and(|c| !c.ing));
    }

    #[test]
    fn passives_and_participles() {
        let d = Doc::new("it was announced by the club");
        assert!(at(&d, 2).is_some_and(|c| c.passive && c.first == 1));
        let d = Doc::new("he said, adding that");
        assert!(at(&d, 3).is_some_and(|c| c.ing));
    }
    #[test]
    fn support_and_opposition_only_before_an_object() {
        assert_eq!(
            cue("Most residents support the levy.").as_deref(),
            Some("support")
        );
        assert_eq!(cue("The union backed Ana Ruiz.").as_deref(), Some("backed"));
        assert_eq!(
            cue("Ruiz questions the audit.").as_deref(),
            Some("questions")
        );
        assert_eq!(
            cue("Surveys show a tie on the levy.").as_deref(),
            Some("show")
        );
        assert_eq!(cue("The show ended."), None);
        assert_eq!(
            cue("Two in five would support 40 new berths.").as_deref(),
            Some("would support")
        );
        assert_eq!(
            cue("The levy is supported by the union.").as_deref(),
            Some("is supported")
        );
        // Nouns: no object follows.
        assert_eq!(cue("Ruiz has 40 percent support among dockers."), None);
        assert_eq!(cue("Ruiz faces questions over the audit."), None);
        // A participle without "be" before "by" is no passive report.
        assert_eq!(cue("A group backed by the union lost."), None);
        // Without an object, an -s form before "about" reads as any verb.
        assert_eq!(
            cue("The board has questions about the audit.").as_deref(),
            Some("has questions about")
        );
    }
    #[test]
    fn a_stance_said_with_be() {
        assert_eq!(
            cue("Ruiz has long been critical of the pier.").as_deref(),
            Some("has long been critical of")
        );
        assert_eq!(
            cue("The dockers are opposed to the sale.").as_deref(),
            Some("are opposed to")
        );
        assert_eq!(cue("Timing was critical to the sale."), None);
        assert_eq!(
            cue("Ruiz promptly voted against the levy.").as_deref(),
            Some("promptly voted against")
        );
    }

    #[test]
    fn an_s_form_before_a_pronoun_clause_or_after_a_time_word() {
        assert_eq!(cue("Ruiz claims he was misled.").as_deref(), Some("claims"));
        assert_eq!(
            cue("The audit today claims that the pier leaks.").as_deref(),
            Some("claims")
        );
        assert_eq!(cue("The team claims its first title."), None);
        assert_eq!(
            cue("The firm claims its new fares are the lowest.").as_deref(),
            Some("claims")
        );
        assert_eq!(cue("The firm charges the riders who are late."), None);
    }
    #[test]
    fn a_thing_that_calls_for_what_it_needs() {
        assert_eq!(
            cue("The old recipe for this cake called for two eggs."),
            None
        );
        assert_eq!(
            cue("The mayor called for calm.").as_deref(),
            Some("called for")
        );
    }
    #[test]
    fn a_plural_noun_after_a_capital_opener() {
        assert_eq!(
            cue("Dockside advocates are urging a vote.").as_deref(),
            Some("are urging")
        );
        assert_eq!(
            cue("Ruiz calls on the board to act.").as_deref(),
            Some("calls on")
        );
    }
    #[test]
    fn a_hope_with_a_clause_but_no_that() {
        assert_eq!(
            cue("Ruiz hoped the vote would pass.").as_deref(),
            Some("hoped")
        );
        assert_eq!(cue("Ruiz hoped for rain."), None);
    }
}
