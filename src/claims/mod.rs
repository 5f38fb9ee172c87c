//! ## What it finds
//! Check-worthy claims: every sentence gets a `claim_score` in [0, 1] (how
//! likely a fact-checker would want to check it), and those scoring at least
//! the model's threshold become `claims`, each with the reasons a reader can
//! see, the figures inside it and the attribution that carries it.
//!
//! ## Why a reader cares
//! An article makes dozens of statements; a few of them carry its facts
//! ("23 soldiers were killed on 12 October"). Those are the ones to check
//! first, and "unattributed" tells the reader nobody is named as vouching
//! for one.
//!
//! ## Example
//! "The council approved a £2.4bn plan on Thursday." → claim, reasons
//! ["figure", "date", …]; "Thank you all for coming." → score near 0, no
//! claim.
//!
//! ## Limits
//! The model ([`model`]) is a logistic regression trained on sentences from
//! US presidential debates and speeches (ClaimBuster 2.5xNCS and the CLEF
//! 2019 Task 1 train split): it judges one sentence at a time, without the
//! article's context, knows English only, and has seen speech, not news
//! prose. Reasons list only the named features that pushed the score up,
//! never the hashed words.

pub mod features;
pub mod model;

use crate::model::{Attribution, Claim, Figure, Sentence};
use crate::text::Doc;

/// A reason is shown when its feature adds at least this to the log-odds.
const REASON_MIN: f32 = 0.15;

/// The reasons a reader sees for a score: the words of the named features
/// that pushed it up, strongest first, no repeats.
pub fn reasons(m: &model::Model, f: &features::Features) -> Vec<String> {
    let c = m.contributions(f);
    let mut order: Vec<usize> = (0..c.len()).filter(|&k| c[k] >= REASON_MIN).collect();
    // Strongest first, ties in feature order (the sort is stable).
    crate::sort::sort_by(&mut order, |&a, &b| c[b].total_cmp(&c[a]));
    let mut out: Vec<String> = Vec::new();
    for k in order {
        let word = features::DENSE[k].1;
        if !word.is_empty() && !out.iter().any(|w| w == word) {
            out.push(word.to_string());
        }
    }
    out
}

/// The attribution whose content overlaps `start..end` most (ties: the
/// first), among the candidates `near` (indices into `attributions`).
fn carrier(
    attributions: &[Attribution],
    near: &[usize],
    start: usize,
    end: usize,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for &k in near {
        let a = &attributions[k];
        let (s, e) = (a.content.start.max(start), a.content.end.min(end));
        if s < e && best.is_none_or(|(_, o)| e - s > o) {
            best = Some((k, e - s));
        }
    }
    best.map(|(k, _)| k)
}

/// For each sentence, the attributions whose content overlaps it (indices,
/// in order): one pass over the attributions with a binary search each,
/// instead of every attribution for every sentence.
fn attributions_by_sentence(
    sentences: &[Sentence],
    attributions: &[Attribution],
) -> Vec<Vec<usize>> {
    let mut near = vec![Vec::new(); sentences.len()];
    for (k, a) in attributions.iter().enumerate() {
        let mut i = sentences.partition_point(|s| s.end <= a.content.start);
        while i < sentences.len() && sentences[i].start < a.content.end {
            near[i].push(k);
            i += 1;
        }
    }
    near
}

/// Scores every sentence (filling `claim_score`) and returns the claims, in
/// text order.
pub fn score(
    doc: &Doc,
    sentences: &mut [Sentence],
    figures: &[Figure],
    attributions: &[Attribution],
) -> Vec<Claim> {
    let m = model::shipped();
    let near = attributions_by_sentence(sentences, attributions);
    let mut claims = Vec::new();
    for (i, s) in sentences.iter_mut().enumerate() {
        let first = doc.tokens.partition_point(|t| (t.start as usize) < s.start);
        let last = doc.tokens.partition_point(|t| (t.end as usize) <= s.end);
        let inside = crate::figures::within(figures, s.start, s.end);
        let lo = figures.partition_point(|f| f.start < s.start);
        let candidates: Vec<&Attribution> = near[i].iter().map(|&k| &attributions[k]).collect();
        let f = features::extract(doc, first, last.max(first), inside, &candidates);
        // Four decimals: the model's weights are not more precise than that,
        // and the JSON reads back exactly.
        let score = (m.score(&f) * 10_000.0).round() / 10_000.0;
        s.claim_score = Some(score);
        if score < f64::from(m.threshold) {
            continue;
        }
        claims.push(Claim {
            start: s.start,
            end: s.end,
            text: s.text.clone(),
            score,
            reasons: reasons(m, &f),
            figures: inside
                .iter()
                .enumerate()
                .filter(|(_, g)| g.end <= s.end)
                .map(|(k, _)| lo + k)
                .collect(),
            attribution: carrier(attributions, &near[i], s.start, s.end),
        });
    }
    claims
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    #[test]
    fn every_sentence_gets_a_score_in_range() {
        let text = "Thank you. The council approved a £2.4bn plan on Thursday. Why?";
        let a = analyze(text, &Options::new());
        assert_eq!(a.sentences.len(), 3);
        for s in &a.sentences {
            let v = s.claim_score.unwrap_or(-1.0);
            assert!((0.0..=1.0).contains(&v), "{v}");
        }
    }

    #[test]
    fn a_factual_sentence_outscores_thanks() {
        let text = "Thank you all so much for coming tonight. \
                    Unemployment fell from 7.8% to 5.1% in 2024, the lowest rate since 1990.";
        let a = analyze(text, &Options::new());
        let s: Vec<f64> = a.sentences.iter().filter_map(|s| s.claim_score).collect();
        assert!(s[1] > s[0] + 0.3, "{s:?}");
        assert_eq!(a.claims.len(), 1);
        let c = &a.claims[0];
        assert!(c.text.starts_with("Unemployment"));
        assert!(c.reasons.iter().any(|r| r == "figure"), "{:?}", c.reasons);
        assert_eq!(c.figures.len(), 4, "{:?}", a.figures);
        assert_eq!(c.attribution, None);
    }

    #[test]
    fn layers_off_leave_scores_empty() {
        let mut opts = Options::new();
        opts.layers.claims = false;
        let a = analyze("Prices rose 5% in 2024.", &opts);
        assert!(a.claims.is_empty());
        assert_eq!(a.sentences[0].claim_score, None);
    }
}
