//! ## What it finds
//! Sources nobody can check: "sources said", "experts say", "critics argue",
//! "it is believed", "some people", "many say", "observers", "it has been
//! reported", "several within the Afghan administration".
//!
//! ## Why a reader cares
//! A statement is only as good as whoever vouches for it. When the source is
//! a crowd with no name, the reader cannot weigh it, and the writer may be
//! the only one who holds the view.
//!
//! ## Example
//! "Sources close to the minister said talks had failed." → `vague_source`
//! over "Sources close to the minister"; "several within the Kestrel
//! administration are funding the group" → over "several within the Kestrel
//! administration".
//!
//! ## Limits
//! The phrases are in `lists/vague_sources.txt`; a source described but not
//! named in other words ("a man who asked not to be named") is the
//! attribution layer's to find. A phrase ending in a preposition takes in the
//! group it names: a determiner, capitalised words and one more word at most.

use super::token_flag;
use crate::figures::lexicon::{plain, Lexicon};
use crate::model::Flag;
use crate::text::{Doc, TokenKind};
use std::sync::OnceLock;

fn phrases() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| plain(crate::lists::list_text!("vague_sources")))
}

const PREPOSITIONS: &[&str] = &["within", "inside", "in", "to", "with", "the"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "his", "her", "their",
];
/// Words that end the group a preposition names.
const STOP: &[&str] = &[
    "are", "is", "was", "were", "have", "has", "had", "said", "say", "says", "told", "who", "that",
    "which", "and", "or", "but", "will", "would", "could", "may", "believe", "claim",
];

/// The last token of the group named after a preposition at `i - 1`.
fn group_end(doc: &Doc, mut i: usize, limit: usize) -> Option<usize> {
    let mut last = None;
    if doc.is_any(i, DETERMINERS) {
        last = Some(i);
        i += 1;
    }
    let mut capitals = 0;
    while i < limit && capitals < 4 && doc.kind(i) == Some(TokenKind::Word) {
        let upper = doc.tok(i).chars().next().is_some_and(char::is_uppercase);
        if upper {
            capitals += 1;
            last = Some(i);
            i += 1;
            continue;
        }
        if !doc.is_any(i, STOP) && !doc.line_break_before(i) {
            last = Some(i);
        }
        break;
    }
    last
}

/// Adds a `vague_source` flag for every vague source in `doc`.
pub fn find(doc: &Doc, out: &mut Vec<Flag>) {
    let lex = phrases();
    let mut i = 0;
    while i < doc.len() {
        let Some(p) = lex.at(doc, i) else {
            i += 1;
            continue;
        };
        let mut last = i + p.len() - 1;
        if doc.is_any(last, PREPOSITIONS) {
            if let Some(e) = group_end(doc, last + 1, (last + 8).min(doc.len())) {
                last = e;
            }
        }
        let phrase = doc.text_of(i, last);
        out.push(token_flag(
            doc,
            i,
            last,
            "vague_source",
            format!("Vague source: \"{phrase}\" names no one a reader could check"),
        ));
        i = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::flags::testing::texts;

    fn vague(text: &str) -> Vec<String> {
        texts(text, "vague_source")
    }

    #[test]
    fn crowds_without_names() {
        assert_eq!(
            vague("Sources close to the minister said talks had failed."),
            ["Sources close to the minister"]
        );
        assert_eq!(vague("Experts say the bridge is unsafe."), ["Experts say"]);
        assert_eq!(
            vague("It is believed that the ship sank in 1911."),
            ["It is believed"]
        );
        assert_eq!(vague("Many say the vote was rigged."), ["Many say"]);
        assert_eq!(
            vague("It has been reported that the mayor resigned."),
            ["It has been reported"]
        );
        assert_eq!(
            vague("Observers noted the delay, and critics argue it was planned."),
            ["Observers", "critics argue"]
        );
    }

    #[test]
    fn several_within_takes_the_group() {
        assert_eq!(
            vague("He said several within the Kestrel administration are funding the group."),
            ["several within the Kestrel administration"]
        );
    }

    #[test]
    fn named_sources_are_not_vague() {
        assert!(vague("Mayor Ada Lin said the bridge is unsafe.").is_empty());
        assert!(vague("The report, published by the agency, says so.").is_empty());
    }
}
