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
pub mod dates;
pub mod figures;
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
    if opts.layers.sentences {
        analysis.sentences = segment::sentences(&doc);
    }
    if opts.layers.figures {
        analysis.figures = figures::extract(&doc, opts.reference_date);
    }
    if opts.layers.quotes || opts.layers.attributions {
        // A quote's role depends on its attribution: both come from one pass.
        let found = attribution::find(&doc);
        if opts.layers.attributions {
            analysis.attributions = found.attributions;
            analysis.people = found.people;
        }
        if opts.layers.quotes {
            analysis.quotes = found.quotes;
            if !opts.layers.attributions {
                for q in &mut analysis.quotes {
                    q.attribution = None;
                }
            }
        }
    }
    analysis
}
