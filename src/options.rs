//! What `analyze` should compute, and against which date.

use crate::dates::Date;

/// Options for [`crate::analyze`].
///
/// ```
/// use factlens::{analyze, Options};
/// let opts = Options::new().with_reference_date("2025-10-31".parse().unwrap());
/// let a = analyze("They met on Friday.", &opts);
/// assert_eq!(a.schema, factlens::SCHEMA_VERSION);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// The publication date: relative dates ("on Friday", "last week") resolve
    /// against it. Without it they keep `date: null`.
    pub reference_date: Option<Date>,
    /// Which layers to compute.
    pub layers: Layers,
}

impl Options {
    /// Every layer, no reference date.
    pub fn new() -> Options {
        Options::default()
    }

    /// These options with `date` as the reference date.
    pub fn with_reference_date(mut self, date: Date) -> Options {
        self.reference_date = Some(date);
        self
    }
}

/// Which lists of the Analysis to fill. A layer that is off stays empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub sentences: bool,
    pub figures: bool,
    pub quotes: bool,
    pub attributions: bool,
    pub claims: bool,
    pub flags: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers {
            sentences: true,
            figures: true,
            quotes: true,
            attributions: true,
            claims: true,
            flags: true,
        }
    }
}
