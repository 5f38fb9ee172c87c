//! ## What it finds
//! Sentences: the stretches a reader checks one at a time. Headlines, section
//! labels and list items are sentences of their own.
//!
//! ## Why a reader cares
//! Claims are scored per sentence and a quote is attributed within its
//! sentence; a split after "Mr." or inside "3.5" breaks both.
//!
//! ## Example
//! `“It ended,” he said. Gen. Asim Munir met U.S. officials on Oct. 12.`
//! → two sentences; the second keeps "Gen.", "U.S." and "Oct. 12" inside it.
//!
//! ## Limits
//! A full stop after a dotted initialism or an ordinary abbreviation ("U.S.",
//! "Corp.") ends a sentence only before a word that typically starts one
//! ("The", "He", …), so "… in the U.S. Officials said …" stays one sentence.
//! A single line break ends a sentence unless the next line starts in lower
//! case or the line ends on a word that cannot end a sentence ("the", "of"):
//! that is how hard-wrapped text is told from headlines.

use crate::lists;
use crate::model::Sentence;
use crate::text::{Doc, TokenKind};
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    Title,
    Number,
    Month,
    Inner,
    /// Like `Inner`, but only written with one capital ("Mass.", not
    /// "mass." or "MD."): a place abbreviation that is also a word.
    Place,
}

fn abbreviations() -> &'static HashMap<String, Abbrev, crate::text::FnvBuild> {
    static MAP: OnceLock<HashMap<String, Abbrev, crate::text::FnvBuild>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::default();
        for entry in lists::entries(crate::lists::list_text!("abbreviations")) {
            let mut f = lists::fields(entry);
            let (Some(word), Some(class)) = (f.next(), f.next()) else {
                continue;
            };
            let class = match class {
                "title" => Abbrev::Title,
                "number" => Abbrev::Number,
                "month" => Abbrev::Month,
                "place" => Abbrev::Place,
                _ => Abbrev::Inner,
            };
            map.entry(word.to_ascii_lowercase()).or_insert(class);
        }
        map
    })
}

/// Capitalised words that typically open a sentence: after an ambiguous full
/// stop ("U.S.", "Corp.") they tip the balance towards a boundary.
const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "there",
    "here",
    "when",
    "while",
    "after",
    "before",
    "however",
    "meanwhile",
    "still",
    "if",
    "as",
    "for",
    "what",
    "why",
    "how",
    "who",
    "some",
    "many",
    "most",
    "no",
    "not",
];

/// Words that do not end a sentence: a line ending on one is hard-wrapped.
const CONTINUERS: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "by", "for", "with",
    "from", "that", "which", "who", "whose", "as", "than", "his", "her", "its", "their", "our",
    "is", "are", "was", "were", "be", "has", "have", "had", "said", "says", "told", "into",
];

fn is_terminal(doc: &Doc, i: usize) -> bool {
    if doc.kind(i) != Some(TokenKind::Punct) {
        return false;
    }
    match doc.tok(i) {
        "!" | "?" | "…" => true,
        // A dot glued to a following letter or digit is inside a token:
        // "3.5", "example.com", the first dot of "U.S.".
        "." => {
            !(doc.glued(i + 1)
                && matches!(doc.kind(i + 1), Some(TokenKind::Word | TokenKind::Digits)))
        }
        _ => false,
    }
}

fn is_closer(doc: &Doc, i: usize) -> bool {
    matches!(
        doc.tok(i),
        "\"" | "'" | "\u{201D}" | "\u{2019}" | "\u{BB}" | "\u{203A}" | ")" | "]" | "\u{300D}"
    )
}

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

/// Whether the dot at token `dot` (with closers up to `last`) ends a sentence.
fn ends_sentence(doc: &Doc, dot: usize, last: usize) -> bool {
    let next = last + 1;
    if next >= doc.len() || doc.line_break_before(next) {
        return true;
    }
    let next_text = doc.tok(next);
    let c = first_char(next_text);
    if c.is_lowercase() {
        return false;
    }
    if doc.glued(next) && matches!(next_text, "," | ";" | ":") {
        return false;
    }
    if doc.tok(dot) != "." {
        return true;
    }
    let starter = || doc.is_any(next, STARTERS);
    let next_is_digits = doc.kind(next) == Some(TokenKind::Digits);
    if dot == 0 || !doc.glued(dot) || doc.kind(dot - 1) != Some(TokenKind::Word) {
        return true;
    }
    let word = doc.tok(dot - 1);
    // Dotted initialisms and initials: "U.S.", "a.m.", "J. K. Rowling";
    // not the "s" of a decade ("the 1990s.").
    let decade = dot >= 2 && doc.glued(dot - 1) && doc.kind(dot - 2) == Some(TokenKind::Digits);
    if word.chars().count() == 1 && !decade {
        let dotted = dot >= 2 && doc.is_punct(dot - 2, '.') && doc.glued(dot - 1);
        if !dotted && first_char(word).is_uppercase() && !starter() {
            return false;
        }
        return starter() || next_is_digits && !dotted;
    }
    let Some(lower) = doc.lower(dot - 1) else {
        return true;
    };
    match abbreviations().get(lower) {
        None => true,
        Some(Abbrev::Title) => false,
        Some(Abbrev::Number | Abbrev::Month) => !next_is_digits,
        Some(Abbrev::Inner) => starter(),
        Some(Abbrev::Place) => {
            let mut cs = word.chars();
            let one_capital =
                cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase);
            !one_capital || starter()
        }
    }
}

/// Whether the line break before token `i` ends the sentence begun at `start`.
fn breaks_line(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    if t.newlines_before >= 2 {
        return true;
    }
    if t.newlines_before == 0 {
        return false;
    }
    if first_char(doc.tok(i)).is_lowercase() {
        return false;
    }
    // A line ending in a comma or on a function word is hard-wrapped.
    let prev = i - 1;
    if doc.is_any(prev, &[",", ";", "-", "\u{2013}", "\u{2014}"]) && !doc.is_any(prev, &["-"]) {
        return false;
    }
    !(doc.kind(prev) == Some(TokenKind::Word) && doc.is_any(prev, CONTINUERS))
}

/// Token spans `(first, last)` of every sentence, in order.
pub fn sentence_tokens(doc: &Doc) -> Vec<(usize, usize)> {
    let n = doc.len();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        if i > start && breaks_line(doc, i) {
            out.push((start, i - 1));
            start = i;
        }
        if is_terminal(doc, i) {
            let mut last = i;
            while last + 1 < n
                && doc.glued(last + 1)
                && (is_terminal(doc, last + 1)
                    || doc.is_punct(last + 1, '.')
                    || is_closer(doc, last + 1))
            {
                last += 1;
            }
            if ends_sentence(doc, i, last) {
                out.push((start, last));
                start = last + 1;
            }
            i = last + 1;
            continue;
        }
        i += 1;
    }
    if start < n {
        out.push((start, n - 1));
    }
    // A stretch of punctuation alone (a rule, "***") is not a sentence.
    out.retain(|&(a, b)| (a..=b).any(|k| doc.kind(k) != Some(TokenKind::Punct)));
    out
}

/// Splits the document into sentences.
pub fn sentences(doc: &Doc) -> Vec<Sentence> {
    sentence_tokens(doc)
        .into_iter()
        .map(|(a, b)| {
            let (start, end) = (doc.start(a), doc.end(b));
            Sentence {
                start,
                end,
                text: doc.text[start..end].to_string(),
                claim_score: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        sentences(&Doc::new(text))
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn titles_months_and_numbers_do_not_end_sentences() {
        assert_eq!(
            split("Gen. Lena Ortiz met Mr. Abe on Sept. 3 at No. 10 Downing Street. Talks ended."),
            [
                "Gen. Lena Ortiz met Mr. Abe on Sept. 3 at No. 10 Downing Street.",
                "Talks ended."
            ]
        );
    }

    #[test]
    fn a_decade_ends_a_sentence() {
        assert_eq!(
            split("Prices have risen since the 1990s. “We cannot wait,” she said. It began in the 80s. Nobody came."),
            [
                "Prices have risen since the 1990s.",
                "“We cannot wait,” she said.",
                "It began in the 80s.",
                "Nobody came."
            ]
        );
    }

    #[test]
    fn plural_titles_and_state_abbreviations() {
        assert_eq!(
            split("Sens. Ana Ruiz and Tom Vale met in Dover, Del. The vote was close."),
            [
                "Sens. Ana Ruiz and Tom Vale met in Dover, Del.",
                "The vote was close."
            ]
        );
        assert_eq!(
            split("AMES, Ia. — Del. Mia Berg spoke in Salem, Ore., on Friday."),
            ["AMES, Ia. — Del. Mia Berg spoke in Salem, Ore., on Friday."]
        );
        // Written otherwise they are words: "mass", "ill", "MD".
        assert_eq!(
            split("It saves a ton of mass. Engineers cheered. He fell ill. Doctors came to Salem, MD. Visitors left."),
            [
                "It saves a ton of mass.",
                "Engineers cheered.",
                "He fell ill.",
                "Doctors came to Salem, MD.",
                "Visitors left."
            ]
        );
    }

    #[test]
    fn initialisms_and_initials() {
        assert_eq!(
            split("The U.S. Treasury and J. R. Hale agreed. The deal was signed in the U.S. It took a year."),
            ["The U.S. Treasury and J. R. Hale agreed.", "The deal was signed in the U.S.", "It took a year."]
        );
        assert_eq!(
            split("It opens at 9 a.m. on weekdays."),
            ["It opens at 9 a.m. on weekdays."]
        );
    }

    #[test]
    fn decimals_and_domains_stay_whole() {
        assert_eq!(
            split("Growth was 3.5 per cent, says example.com. Prices rose."),
            ["Growth was 3.5 per cent, says example.com.", "Prices rose."]
        );
    }

    #[test]
    fn quotes_ending_sentences() {
        assert_eq!(
            split("“The war has ended,” he said. “We are tired.” She left. \"Why?\" he asked."),
            [
                "“The war has ended,” he said.",
                "“We are tired.”",
                "She left.",
                "\"Why?\" he asked."
            ]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("We waited... and waited. Then… Nothing."),
            ["We waited... and waited.", "Then…", "Nothing."]
        );
    }

    #[test]
    fn headlines_paragraphs_and_lists() {
        let text = "Port reopens after storm\nHarbour\nThe port reopened on Monday.\n\nOfficials listed:\n- new cranes\n- 40 more berths\n";
        assert_eq!(
            split(text),
            [
                "Port reopens after storm",
                "Harbour",
                "The port reopened on Monday.",
                "Officials listed:",
                "- new cranes",
                "- 40 more berths"
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        assert_eq!(
            split("The council voted to close the\nlibrary, and the mayor said the\nMayor's office would review it."),
            ["The council voted to close the\nlibrary, and the mayor said the\nMayor's office would review it."]
        );
    }

    #[test]
    fn questions_and_exclamations() {
        assert_eq!(
            split("Is it true? Yes! It is."),
            ["Is it true?", "Yes!", "It is."]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for t in [
            "",
            ".",
            "...",
            "“",
            "\n\n\n",
            "Mr.",
            "U.S.",
            "a.b.c.",
            "*** ***",
            "😀. 😀",
        ] {
            let _ = split(t);
        }
        assert!(split("***\n---").is_empty());
    }
}
