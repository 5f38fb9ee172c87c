//! ## What it finds
//! Loaded labels: contested words that take a side by the way they name
//! ("martyred", "regime", "terrorist", "freedom fighter"), each from
//! `lists/loaded_labels.txt` with a neutral note.
//!
//! ## Why a reader cares
//! The same death is "martyred" in one outlet and "killed" in another. The
//! word carries a view; a reader should notice it, and know what plainer
//! word exists, to judge the facts apart from the framing.
//!
//! ## Example
//! "Four guards were martyred in the raid." → `loaded` over "martyred",
//! note: "Martyred" presents a death as a sacrifice for a cause; a neutral
//! report says "killed" or "died".
//!
//! ## Limits
//! The lens reports the word, never whether it fits: a court may have found
//! that a group is a terrorist organisation. A word inside a direct quote is
//! flagged too (the speaker's framing is still framing). Each label is
//! matched by its listed forms only.

use super::token_flag;
use crate::figures::lexicon::{keyed, Lexicon};
use crate::model::Flag;
use crate::text::Doc;
use std::sync::OnceLock;

fn labels() -> &'static Lexicon<&'static str> {
    static L: OnceLock<Lexicon<&'static str>> = OnceLock::new();
    L.get_or_init(|| keyed(crate::lists::list_text!("loaded_labels")))
}

/// Adds a `loaded` flag for every loaded label in `doc`.
pub fn find(doc: &Doc, out: &mut Vec<Flag>) {
    for (i, last, p) in labels().scan(doc) {
        out.push(token_flag(
            doc,
            i,
            last,
            "loaded",
            format!("Loaded term: {}", p.value),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::flags::testing::{flags, texts};

    #[test]
    fn labels_with_neutral_notes() {
        let f = flags("Four guards were martyred in the raid.", "loaded");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, "martyred");
        assert!(f[0].note.contains("\"killed\""), "{}", f[0].note);
        assert_eq!(
            texts("The regime called them terrorists.", "loaded"),
            ["regime", "terrorists"]
        );
        assert_eq!(
            texts("A terrorist group claimed it.", "loaded"),
            ["terrorist group"]
        );
    }

    #[test]
    fn plain_words_are_not_flagged() {
        assert!(texts(
            "Four guards were killed by the government's troops.",
            "loaded"
        )
        .is_empty());
    }
}
