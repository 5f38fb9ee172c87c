//! The Analysis model: what `analyze` returns and what the JSON contract says.
//!
//! Every list is a list of spans over the analysed text. Offsets are UTF-8 byte
//! offsets (end exclusive) until [`Analysis::convert_offsets`] turns them into
//! characters or UTF-16 code units. The field names and their meaning are public
//! API (see README, "JSON schema"): change them only together with
//! [`SCHEMA_VERSION`].

use serde::Serialize;

/// Version of the JSON contract. Bump it with any change to the shape or the
/// meaning of a field.
pub const SCHEMA_VERSION: u32 = 3;

/// A stretch of the analysed text: `start..end` (end exclusive) and its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Span {
    /// The span `start..end` of `text`.
    ///
    /// # Panics
    /// When the range is out of bounds or not on character boundaries; callers
    /// build spans from offsets they found in `text` itself.
    pub fn of(text: &str, start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            text: text[start..end].to_string(),
        }
    }
}

/// The result of [`crate::analyze`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub schema: u32,
    pub sentences: Vec<Sentence>,
    pub figures: Vec<Figure>,
    pub quotes: Vec<Quote>,
    pub attributions: Vec<Attribution>,
    /// The people the article names, with their titles (schema 2).
    pub people: Vec<Person>,
    pub claims: Vec<Claim>,
    pub flags: Vec<Flag>,
}

impl Default for Analysis {
    fn default() -> Self {
        Analysis {
            schema: SCHEMA_VERSION,
            sentences: Vec::new(),
            figures: Vec::new(),
            quotes: Vec::new(),
            attributions: Vec::new(),
            people: Vec::new(),
            claims: Vec::new(),
            flags: Vec::new(),
        }
    }
}

/// One sentence (or headline, or list item).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// How check-worthy the sentence is, in [0, 1]; `null` until the claims
    /// layer computes it.
    pub claim_score: Option<f64>,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// A count or other plain cardinal: "23", "twenty-three", "1.2 million".
    Number,
    /// A rank: "17th", "third".
    Ordinal,
    /// A part of a whole: "a third", "half", "3/4", "2 in 5".
    Fraction,
    /// "12%", "12 per cent"; `unit` is "%" or "pp" (percentage points).
    Percent,
    /// An amount of money; `currency` says which.
    Money,
    /// A number with a unit of measure: "5 km", "40°C"; `unit` says which.
    Quantity,
    /// A calendar day, month or year: "12 October", "Oct. 2025", "in 2021".
    Date,
    /// A stretch of days: "18-19 October", "last week", "the 1990s".
    DateRange,
    /// A time of day: "3pm", "14:30", "Thursday night".
    Time,
    /// A length of time: "three weeks", "90 minutes".
    Duration,
}

impl FigureKind {
    /// The name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Number => "number",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Fraction => "fraction",
            FigureKind::Percent => "percent",
            FigureKind::Money => "money",
            FigureKind::Quantity => "quantity",
            FigureKind::Date => "date",
            FigureKind::DateRange => "date_range",
            FigureKind::Time => "time",
            FigureKind::Duration => "duration",
        }
    }

    /// Dates, date ranges, times and durations.
    pub fn is_temporal(self) -> bool {
        matches!(
            self,
            FigureKind::Date | FigureKind::DateRange | FigureKind::Time | FigureKind::Duration
        )
    }
}

/// How a figure relates to the true quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// Stated as is: "23 soldiers".
    #[default]
    Exact,
    /// Strictly more: "over 200", "more than half".
    Over,
    /// Strictly less, or approached from below: "under 5", "fewer than ten", "nearly 50".
    Under,
    /// Approximately: "about 40", "roughly 3m", "some 300".
    About,
    /// "at least 12", "no fewer than 12", "12 or more".
    AtLeast,
    /// "at most 12", "no more than 12", "12 or less".
    AtMost,
    /// "up to 700".
    UpTo,
}

impl Approx {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::Exact => "exact",
            Approx::Over => "over",
            Approx::Under => "under",
            Approx::About => "about",
            Approx::AtLeast => "at_least",
            Approx::AtMost => "at_most",
            Approx::UpTo => "up_to",
        }
    }
}

/// A numeric figure or a date found in the text.
///
/// `value` is the stated number (in `unit` or `currency` units; 0.4 for "2 in 5";
/// 12 for "12%"). A range ("18-19", "between 5 and 10") has no single value:
/// `value` is null and `low`/`high` hold its ends. A bound sets the end it
/// states ("over 200": `low` 200; "up to 700": `high` 700) and keeps `value`.
/// `date`/`date_end` are ISO 8601 at the precision the text gives ("2021",
/// "2025-10", "2025-10-12", "--10-12" when the year is unknown), resolved
/// against the reference date when the text is relative ("on Friday").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: FigureKind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<String>,
    pub currency: Option<String>,
    pub approx: Approx,
    pub date: Option<String>,
    pub date_end: Option<String>,
}

impl Figure {
    /// A figure of `kind` over `start..end` of `text` with every other field empty.
    pub fn new(text: &str, start: usize, end: usize, kind: FigureKind) -> Figure {
        Figure {
            text: text[start..end].to_string(),
            ..Figure::untexted(start, end, kind)
        }
    }

    /// A figure whose `text` is filled in later (rules leave it empty until
    /// the candidates are resolved, to copy only the text of those kept).
    pub(crate) fn untexted(start: usize, end: usize, kind: FigureKind) -> Figure {
        Figure {
            start,
            end,
            text: String::new(),
            kind,
            value: None,
            low: None,
            high: None,
            unit: None,
            currency: None,
            approx: Approx::Exact,
            date: None,
            date_end: None,
        }
    }
}

/// Whose words a quoted stretch holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteRole {
    /// Someone's words.
    Speech,
    /// A name, title, slogan or scare quote.
    Term,
}

/// A quoted stretch of text, marks included.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub role: QuoteRole,
    /// The quote runs to the end of its paragraph without a closing mark.
    pub unclosed: bool,
    /// Index into `attributions`.
    pub attribution: Option<usize>,
}

/// The kind of source an attribution names.
///
/// `person`: a named person ("Lea Strand"); `role`: a person named only by a
/// role ("the minister", "the 45-year-old"); `organization`: an institution
/// ("the ministry", "Reuters"); `document`: a text or study ("a report", "a
/// joint statement"); `pronoun`: "he", "she", "they", "who"; `anonymous`: a
/// hidden source ("a source", "sources familiar with the matter", anyone
/// "speaking on condition of anonymity"); `vague`: a group no one can be held
/// to ("officials", "experts say"), or no source at all ("it is believed").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Person,
    Role,
    Organization,
    Document,
    Pronoun,
    Anonymous,
    Vague,
}

/// What an attribution reports, after its cue (schema 3): a reader weighs
/// "X said" differently from "X believes" or "X backs".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// Words said, written or published: "said", "told", "according to",
    /// "wrote", "criticized", a quote with its speaker.
    Speech,
    /// A belief, a wish, a plan or a finding held: "believes", "hopes to",
    /// "plans to", "fears", "decided", "I think".
    Thought,
    /// Support or opposition: "backs", "endorsed", "opposes", "welcomed".
    Stance,
}

/// Who said what: source, cue and content (PARC style).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// The source phrase as written ("he", "Health Minister Lea Strand");
    /// null when the text names none ("it is believed that …").
    pub source: Option<Span>,
    /// The cue: "said", "has warned", "according to".
    pub cue: Option<Span>,
    /// What was said: the quote (marks included) or the reported clause.
    pub content: Span,
    /// Speech, thought or stance, from the cue (schema 3).
    pub kind: AttributionKind,
    pub source_kind: SourceKind,
    /// The canonical name of the speaker after resolution: a person's name
    /// (`people[person].name`) when the source is, or resolves to, a person;
    /// an organisation's name as written; null otherwise.
    pub speaker: Option<String>,
    /// Index into `people` (schema 2).
    pub person: Option<usize>,
    /// Index into `quotes` when the content is a direct quote.
    pub quote: Option<usize>,
    pub direct: bool,
}

/// A person the article names, once, however often it mentions them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    /// The fullest form of the name the article uses ("Lea Strand").
    pub name: String,
    /// The title the article gives, as written ("Health Minister",
    /// "marine biologist at Carrow University").
    pub title: Option<String>,
    /// Every mention: the name, its surname alone, and the pronouns and role
    /// nouns of attributions resolved to this person.
    pub mentions: Vec<Span>,
}

/// A check-worthy sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub score: f64,
    pub reasons: Vec<String>,
    /// Indices into `figures`.
    pub figures: Vec<usize>,
    /// Index into `attributions`.
    pub attribution: Option<usize>,
}

/// Something about the text a careful reader should notice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: String,
    pub note: String,
    pub related: Vec<Span>,
}
