//! ## What it finds
//! The evidence a sentence carries for (or against) being a check-worthy
//! claim: a figure or a date, a comparison, a causal link, a statistic word,
//! a named entity with a factual verb, a prediction, a law or policy, a cited
//! or named source; and against: an opinion, a question, a greeting, thanks,
//! hedged speculation, a feeling in the first person. Also a verb in the past
//! tense, a figure in a sentence in the past tense ("closed 3 plants": a
//! count of something that happened), the speaker's own record ("we created",
//! "I voted": "I" or "we" with a past verb right after), two named entities,
//! the sentence's length. Plus the sentence's words, hashed, for what no list
//! names (word pairs were measured too: in the same 8,192 buckets they
//! lowered ClaimBuster's cross-validated ROC AUC from 0.930 to 0.923 and
//! CLEF 2019 train MAP from 0.235 to 0.232).
//!
//! ## Why a reader cares
//! "23 soldiers were killed on 12 October" can be checked; "I think we did a
//! great job" cannot. Every named feature is something a reader can see in the
//! sentence, and the ones that pushed a score up become the claim's `reasons`.
//!
//! ## Example
//! "Unemployment fell to 4.1% in March because of new jobs." → figure, date,
//! comparison ("fell"), causal ("because of"), statistic ("unemployment",
//! "jobs").
//!
//! ## Limits
//! The cue words are in `lists/claim_cues.txt` (a newsroom can extend them;
//! retrain with `make train-claims` after changing them). A named entity is a
//! capitalised word that does not open the sentence, so a headline in title
//! case is full of them. The same function computes the features when the
//! model is trained (`factlens train claims`) and when an article is read.

use crate::figures::lexicon::{keyed, Lexicon};
use crate::model::{Attribution, Figure, FigureKind, SourceKind};
use crate::text::{Doc, TokenKind};
use std::sync::OnceLock;

/// The named features, in the order of [`Features::dense`], with the word a
/// reader sees in a claim's `reasons` when the feature pushed the score up
/// (`""`: never shown).
pub const DENSE: &[(&str, &str)] = &[
    ("figure", "figure"),
    ("figures2", "figure"),
    ("money_percent", "figure"),
    ("figure_past", "figure"),
    ("date", "date"),
    ("comparison", "comparison"),
    ("causal", "causal"),
    ("statistic", "statistic"),
    ("fact_verb", "factual verb"),
    ("entity", ""),
    ("entity_fact", "named entity"),
    ("entities2", "named entity"),
    ("past", "past tense"),
    ("record", "the speaker's record"),
    ("prediction", "prediction"),
    ("policy", "law or policy"),
    ("source", "cited source"),
    ("named_source", "named source"),
    ("opinion", ""),
    ("greeting", ""),
    ("thanks", ""),
    ("speculation", ""),
    ("feeling", ""),
    ("question", ""),
    ("first_person", ""),
    ("second_person", ""),
    ("short", ""),
    ("long", ""),
    ("medium", ""),
    ("words", ""),
    ("digits", ""),
];

/// Number of named features.
pub const N_DENSE: usize = DENSE.len();

/// Index of the named feature `name` in [`DENSE`].
pub fn dense_index(name: &str) -> Option<usize> {
    DENSE.iter().position(|(n, _)| *n == name)
}

/// The features of one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    /// The named features, each in [0, 1], in the order of [`DENSE`].
    pub dense: [f32; N_DENSE],
    /// 32-bit hashes of the sentence's words, sorted, no duplicates. The
    /// model folds them into its buckets.
    pub grams: Vec<u32>,
}

impl Features {
    /// The value of each word present: 1/√n for n distinct words, so that a long
    /// sentence does not outscore a short one by its length alone.
    pub fn gram_norm(&self) -> f32 {
        1.0 / (self.grams.len().max(1) as f32).sqrt()
    }
}

fn cues() -> &'static Lexicon<&'static str> {
    static L: OnceLock<Lexicon<&'static str>> = OnceLock::new();
    L.get_or_init(|| keyed(crate::lists::list_text!("claim_cues")))
}

/// Index of a cue group's feature.
fn cue_feature(group: &str) -> Option<usize> {
    match group {
        "comparison" | "causal" | "statistic" | "fact_verb" | "prediction" | "policy"
        | "source" | "opinion" | "greeting" | "thanks" | "speculation" | "feeling" => {
            dense_index(group)
        }
        _ => None,
    }
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

fn fnv(mut h: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The hash of token `i` as a word: lowercase (curly apostrophes
/// made straight), "0" for any digits, a few telling punctuation marks;
/// `None` for other tokens. Allocates nothing.
fn word_hash(doc: &Doc, i: usize) -> Option<u32> {
    match doc.kind(i)? {
        TokenKind::Digits => Some(fnv(FNV_OFFSET, b"0")),
        TokenKind::Punct => {
            let t = doc.tok(i);
            matches!(t, "?" | "!" | "%" | "$" | "£" | "€").then(|| fnv(FNV_OFFSET, t.as_bytes()))
        }
        TokenKind::Word => {
            let w = doc.lower(i)?;
            let mut h = FNV_OFFSET;
            for (k, part) in w.split('\u{2019}').enumerate() {
                if k > 0 {
                    h = fnv(h, b"'");
                }
                h = fnv(h, part.as_bytes());
            }
            Some(h)
        }
    }
}

const FIRST_PERSON: &[&str] = &[
    "i", "me", "my", "we", "us", "our", "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'll",
];

/// Whether token `i` is a verb in the past tense: "was", "were", "had",
/// "did", or a word of five letters or more ending in "ed" ("created",
/// "voted"; not "need", "red").
fn is_past(doc: &Doc, i: usize) -> bool {
    let t = doc.tok(i).as_bytes();
    doc.is_any(
        i,
        &[
            "was", "were", "had", "did", "made", "won", "lost", "built", "cut", "spent", "paid",
            "sent", "got",
        ],
    ) || (t.len() >= 5 && t[t.len() - 2..].eq_ignore_ascii_case(b"ed"))
}

/// Whether token `i` is a capitalised word that names something: not the
/// sentence's first word, not "I", not right after an opening quote or colon.
fn is_entity(doc: &Doc, i: usize, first_word: usize) -> bool {
    if i <= first_word || doc.kind(i) != Some(TokenKind::Word) || doc.is(i, "i") {
        return false;
    }
    if !doc.tok(i).chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let prev = doc.tok(i - 1);
    !matches!(prev, "\"" | "“" | "‘" | "'" | ":" | "(" | "—" | "–")
}

/// The features of tokens `first..last` (exclusive) of `doc`, given the
/// figures and attributions near them (any order; those outside the range
/// are ignored).
pub fn extract(
    doc: &Doc,
    first: usize,
    last: usize,
    figures: &[Figure],
    attributions: &[&Attribution],
) -> Features {
    let mut x = [0f32; N_DENSE];
    let last = last.min(doc.len());
    let (start, end) = (doc.start(first), doc.end(last.saturating_sub(1)));
    let set = |x: &mut [f32; N_DENSE], name: &str| {
        if let Some(k) = dense_index(name) {
            x[k] = 1.0;
        }
    };
    let mut numeric = 0;
    for f in figures.iter().filter(|f| f.start >= start && f.end <= end) {
        match f.kind {
            FigureKind::Date | FigureKind::DateRange => set(&mut x, "date"),
            FigureKind::Time | FigureKind::Duration | FigureKind::Ordinal => {}
            k => {
                numeric += 1;
                if matches!(k, FigureKind::Money | FigureKind::Percent) {
                    set(&mut x, "money_percent");
                }
            }
        }
    }
    if numeric >= 1 {
        set(&mut x, "figure");
    }
    if numeric >= 2 {
        set(&mut x, "figures2");
    }
    let named = attributions.iter().any(|a| {
        a.content.start < end
            && a.content.end > start
            && matches!(
                a.source_kind,
                SourceKind::Person
                    | SourceKind::Role
                    | SourceKind::Organization
                    | SourceKind::Document
            )
    });
    if named {
        set(&mut x, "named_source");
    }

    let lex = cues();
    let mut grams = Vec::with_capacity(last.saturating_sub(first));
    // The features set token by token, looked up once rather than per token.
    let on = |x: &mut [f32; N_DENSE], k: Option<usize>| {
        if let Some(k) = k {
            x[k] = 1.0;
        }
    };
    let first_person = dense_index("first_person");
    let second_person = dense_index("second_person");
    let digits = dense_index("digits");
    let question = dense_index("question");
    let mut words = 0usize;
    let mut entities = 0usize;
    let mut first_word = None;
    let mut past = false;
    let mut we_did = false;
    let mut since_person = usize::MAX;
    for i in first..last {
        if let Some(p) = lex.at(doc, i) {
            if let Some(k) = cue_feature(p.value) {
                x[k] = 1.0;
            }
        }
        match doc.kind(i) {
            Some(TokenKind::Word) => {
                words += 1;
                if first_word.is_none() {
                    first_word = Some(i);
                }
                if doc.is_any(i, FIRST_PERSON) {
                    on(&mut x, first_person);
                }
                if doc.is_any(i, &["i", "we"]) {
                    since_person = 0;
                } else {
                    since_person = since_person.saturating_add(1);
                }
                if is_past(doc, i) {
                    past = true;
                    we_did |= since_person <= 2;
                }
                if doc.is_any(i, &["you", "your"]) {
                    on(&mut x, second_person);
                }
                if first_word.is_some_and(|fw| is_entity(doc, i, fw)) {
                    entities += 1;
                }
            }
            Some(TokenKind::Digits) => {
                words += 1;
                on(&mut x, digits);
            }
            _ => {
                if doc.is_punct(i, '?') {
                    on(&mut x, question);
                }
            }
        }
        if let Some(h) = word_hash(doc, i) {
            grams.push(h);
        }
    }
    if past {
        set(&mut x, "past");
    }
    if we_did {
        set(&mut x, "record");
    }
    if numeric >= 1 && past {
        set(&mut x, "figure_past");
    }
    if entities >= 2 {
        set(&mut x, "entities2");
    }
    if words >= 12 {
        set(&mut x, "medium");
    }
    if entities > 0 {
        set(&mut x, "entity");
        if x[dense_index("fact_verb").unwrap_or(0)] > 0.0 {
            set(&mut x, "entity_fact");
        }
    }
    if words <= 4 {
        set(&mut x, "short");
    }
    if words >= 25 {
        set(&mut x, "long");
    }
    if let Some(k) = dense_index("words") {
        x[k] = ((1 + words) as f32).ln() / 4.0;
    }
    crate::sort::sort_by_key(&mut grams, |g| *g);
    grams.dedup();
    Features { dense: x, grams }
}

/// The features of a whole text read as one sentence, with its own figures
/// and attributions: what the model is trained on.
pub fn of_text(text: &str) -> Features {
    let mut opts = crate::Options::new();
    opts.layers.claims = false;
    opts.layers.flags = false;
    opts.layers.sentences = false;
    let a = crate::analyze(text, &opts);
    let doc = Doc::new(text);
    let attributions: Vec<&Attribution> = a.attributions.iter().collect();
    extract(&doc, 0, doc.len(), &a.figures, &attributions)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(text: &str) -> Vec<&'static str> {
        let f = of_text(text);
        DENSE
            .iter()
            .zip(f.dense.iter())
            .filter(|(_, v)| **v == 1.0)
            .map(|((n, _), _)| *n)
            .collect()
    }

    #[test]
    fn evidence_for_a_claim() {
        let got = on("Unemployment in Lindale fell to 4.1% in March 2024 because of new jobs.");
        for want in [
            "figure",
            "money_percent",
            "date",
            "comparison",
            "causal",
            "statistic",
            "entity",
        ] {
            assert!(got.contains(&want), "{want} missing from {got:?}");
        }
        let got = on("The Senate passed the bill, which will cut taxes by $2 billion.");
        for want in ["policy", "prediction", "fact_verb", "entity_fact", "figure"] {
            assert!(got.contains(&want), "{want} missing from {got:?}");
        }
    }

    #[test]
    fn evidence_against_a_claim() {
        let got = on("Thank you, good evening!");
        assert!(got.contains(&"thanks") && got.contains(&"greeting") && got.contains(&"short"));
        let got = on("Do you really think I'm proud of that?");
        assert!(got.contains(&"question") && got.contains(&"feeling"));
        assert!(got.contains(&"second_person") && got.contains(&"first_person"));
        assert!(on("Maybe it rains.").contains(&"speculation"));
        assert!(!on("Maybe it rains.").contains(&"entity"));
    }

    #[test]
    fn the_past_and_the_speakers_record() {
        let got = on("We created 15 million jobs and I voted against the war in Iraq.");
        for want in ["past", "record", "medium", "first_person"] {
            assert!(got.contains(&want), "{want} missing from {got:?}");
        }
        let got = on("I need a bed.");
        assert!(
            !got.contains(&"past") && !got.contains(&"record"),
            "{got:?}"
        );
        let got = on("The plant was closed, the mayor of Lindale told Reuters.");
        assert!(got.contains(&"past") && !got.contains(&"record"), "{got:?}");
        assert!(got.contains(&"entities2"), "{got:?}");
    }

    #[test]
    fn a_figure_in_the_past_tense() {
        let got = on("The mill closed 3 of its 5 plants.");
        assert!(got.contains(&"figure_past"), "{got:?}");
        let got = on("The mill runs 5 plants.");
        assert!(
            got.contains(&"figure") && !got.contains(&"figure_past"),
            "{got:?}"
        );
        let got = on("The mill closed its doors.");
        assert!(
            got.contains(&"past") && !got.contains(&"figure_past"),
            "{got:?}"
        );
    }

    #[test]
    fn grams_are_sorted_unique_and_case_blind() {
        let a = of_text("Jobs, jobs, JOBS.");
        let b = of_text("jobs jobs jobs");
        assert_eq!(a.grams, b.grams);
        assert!(a.grams.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(of_text("").grams, Vec::<u32>::new());
    }

    #[test]
    fn a_range_takes_only_its_figures() {
        let text = "Prices rose 5%. Nobody came.";
        let doc = Doc::new(text);
        let figs = crate::figures::extract(&doc, None);
        let second = (0..doc.len()).find(|&i| doc.is(i, "nobody")).unwrap_or(0);
        let f = extract(&doc, second, doc.len(), &figs, &[]);
        assert_eq!(f.dense[dense_index("figure").unwrap_or(0)], 0.0);
    }
}
