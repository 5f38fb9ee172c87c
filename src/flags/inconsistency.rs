//! ## What it finds
//! The article contradicting itself:
//! - the same quantity given different values: "23 soldiers were killed" and
//!   later "25 soldiers were killed" (same counted noun, a shared word of
//!   context, different sentences);
//! - a weekday that is not its date's: "Friday, 12 October 2025" (a Sunday);
//! - a range whose low end exceeds its high end: "between 600 and 400 jobs";
//! - shares of one whole that add up past 100% within a sentence: "45% said
//!   yes, 40% said no and 25% were undecided".
//!
//! ## Why a reader cares
//! No other check catches these: each figure looks fine alone. Two values for
//! one count mean one of them is wrong (or the count changed and the article
//! does not say so); a wrong weekday means the date or the day is wrong.
//!
//! ## Example
//! "More than 1,200 workers will be on site during construction. … Earlier,
//! 1,400 workers were to be on site during construction." → `inconsistency`
//! over "1,400 workers", `related` = ["More than 1,200 workers"].
//!
//! ## Limits
//! Two values are "the same quantity" only when they count the same noun
//! ("workers") and their clauses share a content word ("site"), in different
//! sentences, within a factor of two of each other; two "about" figures
//! within 10% agree. A bound ("more than 1,200") against an exact value it
//! allows (1,400) is still flagged: the reader should know which is meant.
//! Shares count percentages and fractions of one sentence, minus those
//! stated as a change ("rose 5%", "up 3%", "by 2%").

use super::{flag, span};
use crate::dates::Date;
use crate::figures::decimal::push_int;
use crate::model::{Approx, Figure, FigureKind, Flag, Sentence, Span};
use crate::text::{Doc, TokenKind};

use crate::dates::calendar::WEEKDAYS;

/// Words that end the noun group after a number.
const FUNCTION: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "as", "is", "are", "was", "were", "be", "been", "will", "would", "could", "may",
    "have", "has", "had", "who", "that", "which", "this", "these", "those", "it", "its", "they",
    "their", "he", "she", "his", "her", "we", "our", "you", "not", "than", "more", "less", "each",
    "per", "said", "says", "during", "after", "before", "since", "into", "over", "under", "about",
    "also", "some", "all", "out", "up", "down", "there", "here", "when",
];

/// The first token at or after byte offset `at`.
fn token_at(doc: &Doc, at: usize) -> usize {
    doc.tokens.partition_point(|t| (t.start as usize) < at)
}

/// The index of the sentence that holds byte `at`.
fn sentence_of(sentences: &[Sentence], at: usize) -> usize {
    sentences.partition_point(|s| s.end <= at)
}

/// The counted noun after a figure ending before token `j`: the last word of
/// up to three words before a function word or punctuation ("23 Pakistani
/// soldiers were" → "soldiers"), lowercase, a final "s" dropped.
fn head_noun(doc: &Doc, j: usize) -> Option<(usize, String)> {
    let mut last = None;
    for k in j..(j + 3).min(doc.len()) {
        if doc.kind(k) != Some(TokenKind::Word)
            || doc.is_any(k, FUNCTION)
            || (k > j && doc.line_break_before(k))
        {
            break;
        }
        last = Some(k);
    }
    let k = last?;
    let w = crate::text::lowercase(doc.tok(k));
    let w = w.strip_suffix('s').map(str::to_string).unwrap_or(w);
    (w.len() >= 3).then_some((k, w))
}

/// The content words of tokens `a..b` (lowercase, four letters or more, not
/// function words).
fn content_words(doc: &Doc, a: usize, b: usize) -> Vec<String> {
    (a..b.min(doc.len()))
        .filter(|&k| {
            doc.kind(k) == Some(TokenKind::Word)
                && !doc.is_any(k, FUNCTION)
                && doc.tok(k).len() >= 4
        })
        .map(|k| crate::text::lowercase(doc.tok(k)))
        .collect()
}

/// One quantity stated in the text.
struct Stated<'f> {
    fig: &'f Figure,
    /// Through the counted noun: "more than 1,200 workers".
    span: (usize, usize),
    key: String,
    context: Vec<String>,
    sentence: usize,
}

fn quantities<'f>(doc: &Doc, sentences: &[Sentence], figures: &'f [Figure]) -> Vec<Stated<'f>> {
    let mut out = Vec::new();
    for f in figures {
        let value = f.value;
        if value.is_none() {
            continue;
        }
        let prefix = match f.kind {
            FigureKind::Number => "n".to_string(),
            FigureKind::Money => format!("m{}", f.currency.as_deref().unwrap_or("")),
            FigureKind::Quantity => format!("q{}", f.unit.as_deref().unwrap_or("")),
            _ => continue,
        };
        let after = token_at(doc, f.end);
        let Some((head, noun)) = head_noun(doc, after) else {
            continue;
        };
        let first = token_at(doc, f.start);
        let sentence = sentence_of(sentences, f.start);
        let (s_start, s_end) = sentences
            .get(sentence)
            .map_or((0, doc.text.len()), |s| (s.start, s.end));
        let (a, b) = (token_at(doc, s_start), token_at(doc, s_end));
        let mut context = content_words(doc, first.saturating_sub(8).max(a), first);
        context.extend(content_words(doc, head + 1, (head + 9).min(b)));
        context.retain(|w| *w != noun && !w.starts_with(&noun));
        out.push(Stated {
            fig: f,
            span: (f.start, doc.end(head)),
            key: format!("{prefix}|{noun}"),
            context,
            sentence,
        });
    }
    out
}

fn value_text(doc: &Doc, s: &Stated) -> String {
    doc.text
        .get(s.span.0..s.span.1)
        .unwrap_or_default()
        .to_string()
}

/// Whether two stated values disagree.
fn disagree(a: &Figure, b: &Figure) -> bool {
    let (Some(x), Some(y)) = (a.value, b.value) else {
        return false;
    };
    if x == y || x <= 0.0 || y <= 0.0 {
        return false;
    }
    let (lo, hi) = (x.min(y), x.max(y));
    if hi > 2.0 * lo {
        return false;
    }
    let about = a.approx == Approx::About || b.approx == Approx::About;
    !(about && hi <= 1.1 * lo)
}

fn same_quantity(doc: &Doc, sentences: &[Sentence], figures: &[Figure], out: &mut Vec<Flag>) {
    let q = quantities(doc, sentences, figures);
    for (k, later) in q.iter().enumerate() {
        let earlier = q[..k].iter().find(|e| {
            e.key == later.key
                && e.sentence != later.sentence
                && disagree(e.fig, later.fig)
                && e.context.iter().any(|w| later.context.contains(w))
        });
        if let Some(e) = earlier {
            out.push(flag(
                doc,
                later.span.0,
                later.span.1,
                "inconsistency",
                format!(
                    "The same quantity is given as \"{}\" elsewhere in the article",
                    value_text(doc, e)
                ),
                vec![span(doc, e.span.0, e.span.1)],
            ));
        }
    }
}

fn weekday_mismatch(doc: &Doc, figures: &[Figure], out: &mut Vec<Flag>) {
    for f in figures
        .iter()
        .filter(|f| matches!(f.kind, FigureKind::Date | FigureKind::Time))
    {
        let day = f.date.as_deref().and_then(|d| d.get(..10));
        let Some(date) = day.and_then(|d| d.parse::<Date>().ok()) else {
            continue;
        };
        let (a, b) = (token_at(doc, f.start), token_at(doc, f.end));
        for k in a..b {
            let Some(wd) = WEEKDAYS.iter().position(|w| doc.is(k, w)) else {
                continue;
            };
            let actual = date.weekday() as usize;
            if wd != actual {
                // The weekdays are ASCII: no Unicode case tables (12 KB of
                // wasm) for a capital letter.
                let cap = |w: &str| {
                    let mut s = w.to_string();
                    if let Some(first) = s.get_mut(..1) {
                        first.make_ascii_uppercase();
                    }
                    s
                };
                out.push(flag(
                    doc,
                    f.start,
                    f.end,
                    "inconsistency",
                    format!(
                        "{} is a {}, not a {}",
                        date.iso(),
                        cap(WEEKDAYS.get(actual).copied().unwrap_or("")),
                        cap(WEEKDAYS[wd])
                    ),
                    vec![span(doc, doc.start(k), doc.end(k))],
                ));
            }
            break;
        }
    }
}

/// A number for a note, to two decimals at most ("110", "100.5"). Integer
/// arithmetic only: float formatting would add kilobytes to the wasm build.
fn num_text(v: f64) -> String {
    let cents = (v.abs() * 100.0).round() as i64;
    let sign = if v < 0.0 && cents > 0 { "-" } else { "" };
    let (whole, frac) = (cents / 100, cents % 100);
    let mut out = sign.to_string();
    push_int(&mut out, whole, 0);
    if frac % 10 != 0 {
        out.push('.');
        push_int(&mut out, frac, 2);
    } else if frac != 0 {
        out.push('.');
        push_int(&mut out, frac / 10, 0);
    }
    out
}

fn backwards_ranges(doc: &Doc, figures: &[Figure], out: &mut Vec<Flag>) {
    for f in figures {
        if let (Some(lo), Some(hi), Approx::Exact) = (f.low, f.high, f.approx) {
            if lo > hi {
                out.push(flag(
                    doc,
                    f.start,
                    f.end,
                    "inconsistency",
                    format!(
                        "A range from {} down to {}: its low end is above its high end",
                        num_text(lo),
                        num_text(hi)
                    ),
                    Vec::new(),
                ));
            }
        }
    }
    // "between 600 and 400", "from 30 to 20": two figures the figures layer
    // would not join because they run backwards.
    for w in figures.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if a.kind != b.kind || a.kind.is_temporal() || a.kind == FigureKind::Ordinal {
            continue;
        }
        let (Some(x), Some(y)) = (a.value, b.value) else {
            continue;
        };
        let (ia, ib) = (token_at(doc, a.start), token_at(doc, b.start));
        let ends_a = token_at(doc, a.end);
        let opener = ia > 0 && doc.is_any(ia - 1, &["between", "from"]);
        let joiner = ends_a + 1 == ib
            && (doc.is_any(ends_a, &["and", "to"])
                || doc.is_punct(ends_a, '-')
                || doc.is_punct(ends_a, '–'));
        if opener && joiner && x > y && a.approx == Approx::Exact && b.approx == Approx::Exact {
            out.push(flag(
                doc,
                doc.start(ia - 1),
                b.end,
                "inconsistency",
                format!(
                    "A range from {} down to {}: its low end is above its high end",
                    num_text(x),
                    num_text(y)
                ),
                vec![span(doc, a.start, a.end), span(doc, b.start, b.end)],
            ));
        }
    }
}

/// Words before a percentage that make it a change, not a share.
const CHANGE_BEFORE: &[&str] = &[
    "by",
    "up",
    "down",
    "rose",
    "fell",
    "rise",
    "fall",
    "grew",
    "cut",
    "increase",
    "decrease",
    "from",
    "to",
    "another",
    "extra",
    "further",
    "additional",
];
const CHANGE_AFTER: &[&str] = &[
    "increase", "decrease", "rise", "fall", "drop", "growth", "cut", "higher", "lower", "more",
    "less", "fewer", "up", "down", "jump", "gain", "loss", "annually", "rate", "interest",
];

fn shares_over_100(doc: &Doc, sentences: &[Sentence], figures: &[Figure], out: &mut Vec<Flag>) {
    for s in sentences {
        let shares: Vec<(&Figure, f64)> = crate::figures::within(figures, s.start, s.end)
            .iter()
            .filter(|f| f.end <= s.end)
            .filter(|f| matches!(f.approx, Approx::Exact | Approx::About))
            .filter_map(|f| {
                let v = f.value?;
                let pct = match f.kind {
                    FigureKind::Percent if f.unit.as_deref() != Some("pp") => v,
                    FigureKind::Fraction if v < 1.0 => v * 100.0,
                    _ => return None,
                };
                let (a, b) = (token_at(doc, f.start), token_at(doc, f.end));
                let change = (a > 0 && doc.is_any(a - 1, CHANGE_BEFORE))
                    || doc.is_any(b, CHANGE_AFTER)
                    || doc.is_any(b + 1, CHANGE_AFTER);
                (!change && pct > 0.0 && pct <= 100.0).then_some((f, pct))
            })
            .collect();
        let total: f64 = shares.iter().map(|(_, v)| v).sum();
        if shares.len() < 2 || total <= 100.5 {
            continue;
        }
        let (Some(first), Some(last)) = (shares.first(), shares.last()) else {
            continue;
        };
        let related: Vec<Span> = shares[..shares.len() - 1]
            .iter()
            .map(|(f, _)| span(doc, f.start, f.end))
            .collect();
        out.push(flag(
            doc,
            first.0.start,
            last.0.end,
            "inconsistency",
            format!(
                "These shares add up to {}%: parts of one whole cannot pass 100%",
                num_text((total * 10.0).round() / 10.0)
            ),
            related,
        ));
    }
}

/// Adds an `inconsistency` flag for every contradiction found in `doc`.
pub fn find(doc: &Doc, sentences: &[Sentence], figures: &[Figure], out: &mut Vec<Flag>) {
    same_quantity(doc, sentences, figures, out);
    weekday_mismatch(doc, figures, out);
    backwards_ranges(doc, figures, out);
    shares_over_100(doc, sentences, figures, out);
}

#[cfg(test)]
mod tests {
    use crate::flags::testing::flags;

    fn found(text: &str) -> Vec<(String, String, Vec<String>)> {
        flags(text, "inconsistency")
            .into_iter()
            .map(|f| {
                (
                    f.text,
                    f.note,
                    f.related.into_iter().map(|r| r.text).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn one_count_two_values() {
        let got = found(
            "At dawn 23 border guards were killed in the ambush. \
             Officials later confirmed that 25 border guards were killed in the ambush.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "25 border guards");
        assert_eq!(got[0].2, ["23 border guards"]);
    }

    #[test]
    fn different_things_or_same_values_are_fine() {
        assert!(found(
            "Twelve soldiers were killed in the north. Fifteen soldiers were wounded at the port."
        )
        .is_empty());
        assert!(
            found("About 40 people came to the hall. About 42 people came to the hall.").is_empty()
        );
        assert!(found("Five workers were hired. Later five workers were hired again.").is_empty());
    }

    #[test]
    fn weekday_against_date() {
        let got = found("The vote is on Friday, 12 October 2025 at noon.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.contains("Sunday"), "{}", got[0].1);
        assert_eq!(got[0].2, ["Friday"]);
        assert!(found("The vote is on Sunday, 12 October 2025.").is_empty());
    }

    #[test]
    fn backwards_range() {
        let got = found("The plant will employ between 600 and 400 people.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "between 600 and 400");
        assert!(found("The plant will employ between 400 and 600 people.").is_empty());
    }

    #[test]
    fn numbers_in_notes() {
        assert_eq!(super::num_text(110.0), "110");
        assert_eq!(super::num_text(100.5), "100.5");
        assert_eq!(super::num_text(-0.25), "-0.25");
    }

    #[test]
    fn shares_past_a_whole() {
        let got = found("In the poll, 45% backed the plan, 40% opposed it and 25% were unsure.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.contains("110%"), "{}", got[0].1);
        assert!(found("In the poll, 45% backed the plan and 40% opposed it.").is_empty());
        assert!(found("Sales rose by 60% while costs grew 50% higher.").is_empty());
    }
}
