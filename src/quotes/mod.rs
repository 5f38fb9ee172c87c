//! Quotes: every quoted stretch of the text, its marks included.
//!
//! - `marks.rs` tells quotation marks from apostrophes and says which way
//!   each faces;
//! - `pair.rs` pairs them (nesting, quotes over several paragraphs, quotes
//!   left open at a paragraph's end);
//! - `role.rs` tells someone's words (`speech`) from names, titles and scare
//!   quotes (`term`).
//!
//! The attribution layer (`src/attribution/`) then links each speech quote
//! to who said it; a quote it attributes is speech whatever its length.

pub mod marks;
pub mod pair;
pub mod role;

pub use pair::{pair, Paired};
pub use role::role;
