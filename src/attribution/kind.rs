//! ## What it finds
//! What an attribution reports: words (`speech`), a belief, wish or plan
//! (`thought`) or support and opposition (`stance`), read off its cue.
//!
//! ## Why a reader cares
//! "The minister said the dam is safe" and "the minister believes the dam is
//! safe" are not the same evidence, and "the union backs the plan" is no
//! statement at all. The widget lists what people said first and marks the
//! rest as views and positions.
//!
//! ## Example
//! "Ruiz has warned that …" → speech; "Ruiz hopes to …" → thought; "the
//! council endorsed the plan" → stance; "his belief that …" → thought.
//!
//! ## Limits
//! The kind is the third field of the cue's line in `lists/speech_cues.txt`
//! (the first listed word of the cue decides: "is supported by"), or, for a
//! noun cue, [`THOUGHT_NOUNS`]. Everything else is speech: quotes with their
//! speaker, "according to", a speaker's colon, verbs the list lacks.

use super::lexicon::lex;
use crate::model::AttributionKind;
use crate::text::Doc;

/// Noun cues that name a thought, not words ("her belief that …").
pub const THOUGHT_NOUNS: &[&str] = &[
    "belief", "view", "views", "opinion", "concern", "concerns", "decision",
];

/// What the attribution whose cue is tokens `a..=b` reports.
pub fn of_cue(doc: &Doc, a: usize, b: usize) -> AttributionKind {
    for i in a..=b {
        if let Some(p) = lex().cues.at(doc, i) {
            return p.value.1;
        }
        if doc.is_any(i, THOUGHT_NOUNS) {
            return AttributionKind::Thought;
        }
    }
    AttributionKind::Speech
}

#[cfg(test)]
mod tests {
    use crate::attribution::find;
    use crate::model::AttributionKind::{self, Speech, Stance, Thought};
    use crate::text::Doc;

    fn kinds(text: &str) -> Vec<AttributionKind> {
        find(&Doc::new(text))
            .attributions
            .iter()
            .map(|a| a.kind)
            .collect()
    }

    #[test]
    fn words_said_are_speech() {
        assert_eq!(
            kinds("Ada Velk has warned that the dam may fail."),
            [Speech]
        );
        assert_eq!(kinds("“The dam is safe,” said Ada Velk."), [Speech]);
        assert_eq!(
            kinds("According to the council, the dam is safe."),
            [Speech]
        );
    }

    #[test]
    fn beliefs_and_plans_are_thoughts() {
        assert_eq!(kinds("Ada Velk believes that the dam is safe."), [Thought]);
        assert_eq!(
            kinds("The council plans to close the dam in May."),
            [Thought]
        );
        assert_eq!(
            kinds("Velk’s belief that the dam is safe was shaken."),
            [Thought]
        );
    }

    #[test]
    fn support_and_opposition_are_stances() {
        assert_eq!(
            kinds("The fishermen’s union endorsed the plan to close the dam."),
            [Stance]
        );
        assert_eq!(kinds("Most growers backed the levy."), [Stance]);
        assert_eq!(kinds("The harbour board voted against the levy."), [Stance]);
    }
}
