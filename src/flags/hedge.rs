//! ## What it finds
//! Hedges: "reportedly", "allegedly", "apparently", "possibly", "so-called",
//! "could", "may" and their kin (`lists/hedges.txt`).
//!
//! ## Why a reader cares
//! A hedge tells the reader the writer is not vouching for what follows: the
//! claim rests on someone else, or is only a possibility. "Reportedly" with
//! no report named is a prompt to look for the report.
//!
//! ## Example
//! "The minister reportedly resigned." → `hedge` over "reportedly";
//! "The bridge could close in May." → `hedge` over "could" (not "May", a
//! month).
//!
//! ## Limits
//! "may" is skipped when the dates layer reads it as the month and when it is
//! capitalised inside a sentence (a name); "could not" is ability, not a
//! hedge. Every "could" is flagged otherwise, including in quotes.

use super::{in_figure, token_flag};
use crate::figures::lexicon::{keyed, Lexicon};
use crate::model::{Figure, Flag};
use crate::text::Doc;
use std::sync::OnceLock;

fn hedges() -> &'static Lexicon<&'static str> {
    static L: OnceLock<Lexicon<&'static str>> = OnceLock::new();
    L.get_or_init(|| keyed(crate::lists::list_text!("hedges")))
}

/// Whether the hedge at tokens `i..=last` is not one.
fn excluded(doc: &Doc, figures: &[Figure], i: usize, last: usize) -> bool {
    if in_figure(doc, figures, i, last) {
        return true;
    }
    let capitalised = doc.tok(i).chars().next().is_some_and(char::is_uppercase);
    let sentence_start = i == 0
        || doc.line_break_before(i)
        || doc.is_punct(i - 1, '.')
        || doc.is_punct(i - 1, '"')
        || doc.is_punct(i - 1, '“');
    if doc.is(i, "may") && capitalised && !sentence_start {
        return true;
    }
    doc.is(i, "could") && last == i && (doc.is(i + 1, "not") || doc.is(i + 1, "n't"))
}

/// Adds a `hedge` flag for every hedge in `doc`.
pub fn find(doc: &Doc, figures: &[Figure], out: &mut Vec<Flag>) {
    for (i, last, p) in hedges().scan(doc) {
        if !excluded(doc, figures, i, last) {
            let w = doc.text_of(i, last);
            // The note with the hedge for "{w}" (a char search: `replace`
            // would pull a substring searcher into the wasm build).
            let note = match p.value.split_once('{') {
                Some((a, b)) => [a, w, b.strip_prefix("w}").unwrap_or(b)].concat(),
                None => p.value.to_string(),
            };
            out.push(token_flag(doc, i, last, "hedge", note));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::flags::testing::{flags, texts};

    fn hedges(text: &str) -> Vec<String> {
        texts(text, "hedge")
    }

    #[test]
    fn hedges_are_found() {
        assert_eq!(hedges("The minister reportedly resigned."), ["reportedly"]);
        assert_eq!(
            hedges("The so-called reform could cost jobs."),
            ["so-called", "could"]
        );
        assert_eq!(
            hedges("Allegedly, the firm may have hidden losses."),
            ["Allegedly", "may have"]
        );
        let f = flags("He was apparently absent.", "hedge");
        assert!(f[0].note.contains("\"apparently\""), "{}", f[0].note);
    }

    #[test]
    fn months_names_and_ability_are_not_hedges() {
        assert_eq!(hedges("The bridge could close in May."), ["could"]);
        assert!(hedges("Talks resume on 3 May 2026.").is_empty());
        assert!(hedges("Theresa May spoke first.").is_empty());
        assert!(hedges("She could not attend.").is_empty());
        assert_eq!(hedges("It may rain."), ["may"]);
    }
}
