//! Factlens: a fact-checking lens for news text.
//!
//! Text in, [`Analysis`] out: sentences, numeric figures and dates, quotes,
//! attributions and the people they name (and, as their layers land, claims
//! and flags), each a span of the text. Plain Rust: no I/O, no wasm or DOM types.
//!
//! ```
//! use factlens::{analyze, Options};
//! let text = "Over 200 people came.";
//! let a = analyze(text, &Options::new());
//! assert_eq!(a.sentences.len(), 1);
//! ```

pub mod attribution;
pub mod claims;
pub mod dates;
pub mod figures;
pub mod flags;
pub mod lists;
pub mod model;
pub mod offsets;
pub mod options;
pub mod quotes;
pub mod segment;
pub mod sort;
pub mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use dates::Date;
pub use model::*;
pub use offsets::OffsetUnit;
pub use options::{Layers, Options};

/// Analyses `text`. Offsets in the result are UTF-8 byte offsets into `text`;
/// see [`Analysis::convert_offsets`] for characters or UTF-16.
pub fn analyze(text: &str, opts: &Options) -> Analysis {
    let doc = text::Doc::new(text);
    let mut analysis = Analysis::default();
    let layers = opts.layers;
    // Claims and flags read sentences, figures and attributions even when
    // those layers are not asked for.
    let needs_more = layers.claims || layers.flags;
    let mut sentences = if layers.sentences || needs_more {
        segment::sentences(&doc)
    } else {
        Vec::new()
    };
    let figures = if layers.figures || needs_more {
        figures::extract(&doc, opts.reference_date)
    } else {
        Vec::new()
    };
    if layers.quotes || layers.attributions || layers.claims {
        // A quote's role depends on its attribution: both come from one pass.
        let found = attribution::find(&doc);
        analysis.attributions = found.attributions;
        analysis.people = found.people;
        if layers.quotes {
            analysis.quotes = found.quotes;
        }
    }
    if layers.claims {
        analysis.claims = claims::score(&doc, &mut sentences, &figures, &analysis.attributions);
        if !layers.figures {
            analysis.claims.iter_mut().for_each(|c| c.figures.clear());
        }
    }
    if layers.flags {
        analysis.flags = flags::find(&doc, &sentences, &figures);
    }
    if !layers.attributions {
        // Computed for the claims only: not reported, and nothing points at them.
        analysis.attributions.clear();
        analysis.people.clear();
        analysis
            .quotes
            .iter_mut()
            .for_each(|q| q.attribution = None);
        analysis
            .claims
            .iter_mut()
            .for_each(|c| c.attribution = None);
    }
    if layers.sentences {
        analysis.sentences = sentences;
    }
    if layers.figures {
        analysis.figures = figures;
    }
    analysis
}
