//! Flags: what a careful reader should notice about how the article says
//! things. One file per family, each opening with what it finds and why a
//! reader cares:
//!
//! - [`vague_source`]: "sources said", "experts say", "it is believed"
//! - [`hedge`]: "reportedly", "allegedly", "could", "may"
//! - [`puffery`]: "unprecedented", "the biggest ever", "record"
//! - [`loaded`]: contested labels ("martyred", "regime"), with a neutral note
//! - [`agentless`]: passives without an agent ("mistakes were made")
//! - [`inconsistency`]: the article contradicting itself (two values for one
//!   quantity, a weekday that is not its date's, a range running backwards,
//!   shares of one whole past 100%)
//!
//! The word lists are under `lists/` (`vague_sources.txt`, `hedges.txt`,
//! `puffery.txt`, `loaded_labels.txt`, `agentless_verbs.txt`).

pub mod agentless;
pub mod hedge;
pub mod inconsistency;
pub mod loaded;
pub mod puffery;
pub mod vague_source;

use crate::model::{Figure, Flag, Sentence, Span};
use crate::text::Doc;

/// A flag over bytes `start..end` of the text.
pub(crate) fn flag(
    doc: &Doc,
    start: usize,
    end: usize,
    kind: &str,
    note: String,
    related: Vec<Span>,
) -> Flag {
    Flag {
        start,
        end,
        text: doc.text.get(start..end).unwrap_or_default().to_string(),
        kind: kind.to_string(),
        note,
        related,
    }
}

/// The span of bytes `start..end` of the text ("" when out of range).
pub(crate) fn span(doc: &Doc, start: usize, end: usize) -> Span {
    Span {
        start,
        end,
        text: doc.text.get(start..end).unwrap_or_default().to_string(),
    }
}

/// A flag over tokens `first..=last`.
pub(crate) fn token_flag(doc: &Doc, first: usize, last: usize, kind: &str, note: String) -> Flag {
    flag(doc, doc.start(first), doc.end(last), kind, note, Vec::new())
}

/// Whether tokens `first..=last` overlap a figure.
pub(crate) fn in_figure(doc: &Doc, figures: &[Figure], first: usize, last: usize) -> bool {
    let (s, e) = (doc.start(first), doc.end(last));
    // Figures are sorted and do not overlap, so their ends rise with their
    // starts: only those just before `e` can reach past `s`.
    let hi = figures.partition_point(|f| f.start < e);
    figures[..hi]
        .iter()
        .rev()
        .take_while(|f| f.end > s)
        .next()
        .is_some()
}

/// Every flag of the text, sorted by position (then kind).
pub fn find(doc: &Doc, sentences: &[Sentence], figures: &[Figure]) -> Vec<Flag> {
    let mut out = Vec::new();
    vague_source::find(doc, &mut out);
    hedge::find(doc, figures, &mut out);
    puffery::find(doc, figures, &mut out);
    loaded::find(doc, &mut out);
    agentless::find(doc, &mut out);
    inconsistency::find(doc, sentences, figures, &mut out);
    // An agentless passive inside a vague source ("it is believed") is the
    // same finding twice: keep the vague source.
    let vague: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| f.kind == "vague_source")
        .map(|f| (f.start, f.end))
        .collect();
    out.retain(|f| f.kind != "agentless" || !vague.iter().any(|&(s, e)| f.start < e && f.end > s));
    crate::sort::sort_by(&mut out, |a, b| {
        (a.start, a.end, &a.kind, &a.note).cmp(&(b.start, b.end, &b.kind, &b.note))
    });
    out
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the rule files' tests.
    use crate::model::Flag;
    use crate::{analyze, Options};

    /// The flags of `kind` in `text`, as (text, note).
    pub fn flags(text: &str, kind: &str) -> Vec<Flag> {
        analyze(text, &Options::new())
            .flags
            .into_iter()
            .filter(|f| f.kind == kind)
            .collect()
    }

    /// The texts of the flags of `kind` in `text`.
    pub fn texts(text: &str, kind: &str) -> Vec<String> {
        flags(text, kind).into_iter().map(|f| f.text).collect()
    }
}
