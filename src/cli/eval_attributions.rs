//! `factlens eval attributions FILE --split dev|test [--half a|b] [--errors]`: scores the
//! attribution layer against PolNeAR (normalised JSONL, see ../shared/eval).
//!
//! Each line is one annotated article: its text and gold attributions, each
//! with source, cue and content as lists of character ranges (possibly
//! discontinuous). Spans are compared as sets of tokens (the core's
//! tokenizer):
//!
//! - **exact**: the predicted span covers exactly the gold span's tokens;
//! - **overlap**: the predicted span covers at least 50% of the gold span's
//!   tokens.
//!
//! Predicted attributions that share a cue (a quote continued after "he
//! said", a second sentence of the same quote) count as one, their contents
//! joined, as PolNeAR annotates them. Cues, sources and contents are matched
//! one-to-one within an article, exact matches first. Speaker accuracy is over
//! the gold attributions whose content is a direct quote (it opens with a
//! quotation mark) and that name a source: right when the prediction whose
//! content overlaps it has a source overlapping the gold source, or a
//! resolved speaker sharing a word with it ("he" resolved to "Lea Strand"
//! against gold "Ms. Strand").
//!
//! `--errors` lists misses (and, as `EXTRA[cue]`, predicted cues matching no
//! gold cue) and is refused on the test split: tune on dev.
//! `--half a|b` scores one half of the split's articles, by a hash of the
//! article id: develop a rule on one half, confirm it on the other.

use crate::cli::json::read_lines;
use factlens::{analyze, Layers, OffsetUnit, Options};
use serde_json::Value;
use std::collections::BTreeSet;

type Toks = BTreeSet<usize>;

/// One gold attribution: token sets of its parts (empty when absent).
struct GoldAttr {
    source: Toks,
    source_text: String,
    cue: Toks,
    content: Toks,
    direct: bool,
}

/// One predicted attribution (attributions sharing a cue joined).
struct PredAttr {
    source: Toks,
    cue: Toks,
    content: Toks,
    speaker: Option<String>,
}

/// Match counts for one part.
#[derive(Default, Clone, Copy)]
struct Part {
    gold: usize,
    pred: usize,
    exact: usize,
    overlap: usize,
}

impl Part {
    fn add(&mut self, o: Part) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.exact += o.exact;
        self.overlap += o.overlap;
    }

    fn prf(&self, tp: usize) -> (f64, f64, f64) {
        super::prf(tp, self.pred, self.gold, 0.0)
    }
}

/// Token char ranges of `text`.
fn token_ranges(text: &str) -> Vec<(usize, usize)> {
    let toks = factlens::text::tokenize(text);
    let mut offs: Vec<usize> = toks
        .iter()
        .flat_map(|t| [t.start as usize, t.end as usize])
        .collect();
    factlens::offsets::convert(text, OffsetUnit::Chars, offs.iter_mut());
    offs.chunks(2)
        .map(|c| (c[0], c.get(1).copied().unwrap_or(c[0])))
        .collect()
}

/// The tokens inside any of `ranges` (char offsets).
fn toks_in(tokens: &[(usize, usize)], ranges: &[(usize, usize)]) -> Toks {
    let mut out = Toks::new();
    for &(s, e) in ranges {
        let from = tokens.partition_point(|t| t.1 <= s);
        for (k, t) in tokens.iter().enumerate().skip(from) {
            if t.0 >= e {
                break;
            }
            out.insert(k);
        }
    }
    out
}

fn ranges_of(v: &Value) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for item in v.as_array().into_iter().flatten() {
        for sp in item
            .get("spans")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let s = sp.get(0).and_then(Value::as_u64);
            let e = sp.get(1).and_then(Value::as_u64);
            if let (Some(s), Some(e)) = (s, e) {
                out.push((s as usize, e as usize));
            }
        }
    }
    out
}

fn text_of(v: &Value) -> String {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i.get("text").and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join(" ")
}

fn overlap_ok(pred: &Toks, gold: &Toks) -> bool {
    !gold.is_empty() && 2 * pred.intersection(gold).count() >= gold.len()
}

/// One-to-one matches of non-empty predicted and gold token sets.
fn match_part(pred: &[&Toks], gold: &[&Toks]) -> (Part, Vec<Option<usize>>) {
    let pred: Vec<(usize, &Toks)> = pred
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let gold_ne: Vec<(usize, &Toks)> = gold
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let mut part = Part {
        gold: gold_ne.len(),
        pred: pred.len(),
        ..Part::default()
    };
    let mut used = vec![false; pred.len()];
    let mut hit: Vec<Option<usize>> = vec![None; gold.len()];
    for &(gi, g) in &gold_ne {
        if let Some(k) = (0..pred.len()).find(|&k| !used[k] && pred[k].1 == g) {
            used[k] = true;
            hit[gi] = Some(pred[k].0);
            part.exact += 1;
            part.overlap += 1;
        }
    }
    for &(gi, g) in &gold_ne {
        if hit[gi].is_some() {
            continue;
        }
        if let Some(k) = (0..pred.len()).find(|&k| !used[k] && overlap_ok(pred[k].1, g)) {
            used[k] = true;
            hit[gi] = Some(pred[k].0);
            part.overlap += 1;
        }
    }
    (part, hit)
}

/// Totals over a split.
#[derive(Default)]
struct Totals {
    docs: usize,
    cue: Part,
    source: Part,
    content: Part,
    direct: usize,
    speaker_right: usize,
}

fn predict(text: &str, tokens: &[(usize, usize)]) -> Vec<PredAttr> {
    let opts = Options {
        reference_date: None,
        layers: Layers {
            sentences: false,
            figures: false,
            quotes: true,
            attributions: true,
            claims: false,
            flags: false,
        },
    };
    let mut a = analyze(text, &opts);
    a.convert_offsets(text, OffsetUnit::Chars);
    let mut out: Vec<PredAttr> = Vec::new();
    let mut by_cue: Vec<((usize, usize), usize)> = Vec::new();
    for at in &a.attributions {
        let content = toks_in(tokens, &[(at.content.start, at.content.end)]);
        let cue_key = at.cue.as_ref().map(|c| (c.start, c.end));
        if let Some(key) = cue_key {
            if let Some(&(_, k)) = by_cue.iter().find(|(c, _)| *c == key) {
                out[k].content.extend(content);
                continue;
            }
        }
        let p = PredAttr {
            source: at
                .source
                .as_ref()
                .map(|s| toks_in(tokens, &[(s.start, s.end)]))
                .unwrap_or_default(),
            cue: at
                .cue
                .as_ref()
                .map(|s| toks_in(tokens, &[(s.start, s.end)]))
                .unwrap_or_default(),
            content,
            speaker: at.speaker.clone(),
        };
        if let Some(key) = cue_key {
            by_cue.push((key, out.len()));
        }
        out.push(p);
    }
    out
}

fn words_of(toks: &Toks, tokens: &[(usize, usize)], chars: &[char]) -> String {
    toks.iter()
        .filter_map(|&k| tokens.get(k))
        .map(|&(s, e)| {
            chars
                .get(s..e)
                .map(|c| c.iter().collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn score_doc(v: &Value, totals: &mut Totals, errors: Option<&mut Vec<String>>) {
    let text = v.get("text").and_then(Value::as_str).unwrap_or_default();
    let tokens = token_ranges(text);
    let gold: Vec<GoldAttr> = v
        .get("attributions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|g| {
            let content_ranges = ranges_of(&g["content"]);
            let content = toks_in(&tokens, &content_ranges);
            let first = content.iter().next().and_then(|&k| tokens.get(k)).copied();
            let direct = first.is_some_and(|(s, e)| {
                text.chars().skip(s).take(e - s).all(|c| {
                    matches!(
                        c,
                        '"' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\'' | '\u{AB}'
                    )
                })
            });
            GoldAttr {
                source: toks_in(&tokens, &ranges_of(&g["source"])),
                source_text: text_of(&g["source"]),
                cue: toks_in(&tokens, &ranges_of(&g["cue"])),
                content,
                direct,
            }
        })
        .collect();
    let pred = predict(text, &tokens);
    let (cue, cue_hit) = match_part(
        &pred.iter().map(|p| &p.cue).collect::<Vec<_>>(),
        &gold.iter().map(|g| &g.cue).collect::<Vec<_>>(),
    );
    let (source, source_hit) = match_part(
        &pred.iter().map(|p| &p.source).collect::<Vec<_>>(),
        &gold.iter().map(|g| &g.source).collect::<Vec<_>>(),
    );
    let (content, content_hit) = match_part(
        &pred.iter().map(|p| &p.content).collect::<Vec<_>>(),
        &gold.iter().map(|g| &g.content).collect::<Vec<_>>(),
    );
    totals.docs += 1;
    totals.cue.add(cue);
    totals.source.add(source);
    totals.content.add(content);
    let mut speaker_misses = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if !g.direct || g.source.is_empty() {
            continue;
        }
        totals.direct += 1;
        let Some(p) = content_hit[gi].and_then(|k| pred.get(k)) else {
            speaker_misses.push((gi, None));
            continue;
        };
        let by_span = overlap_ok(&p.source, &g.source);
        let by_name = p.speaker.as_ref().is_some_and(|s| {
            let gold_words: Vec<String> = g
                .source_text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 2)
                .map(str::to_lowercase)
                .collect();
            s.split_whitespace()
                .any(|w| gold_words.contains(&w.to_lowercase()))
        });
        totals.speaker_right += usize::from(by_span || by_name);
        if !(by_span || by_name) {
            speaker_misses.push((gi, Some(p)));
        }
    }
    if let Some(errors) = errors {
        let chars: Vec<char> = text.chars().collect();
        let w = |t: &Toks| words_of(t, &tokens, &chars);
        let doc = v.get("doc").and_then(Value::as_str).unwrap_or_default();
        for (gi, g) in gold.iter().enumerate() {
            if cue_hit[gi].is_some() && source_hit[gi].is_none() && !g.source.is_empty() {
                let got = cue_hit[gi].and_then(|k| pred.get(k)).map(|p| w(&p.source));
                errors.push(format!(
                    "{doc} MISS[source] gold={:?} got={:?} cue={:?}",
                    w(&g.source),
                    got.unwrap_or_default(),
                    w(&g.cue)
                ));
            }
            if content_hit[gi].is_none() || cue_hit[gi].is_none() {
                let what = match (cue_hit[gi].is_none(), content_hit[gi].is_none()) {
                    (true, true) => "cue+content",
                    (true, false) => "cue",
                    _ => "content",
                };
                // The cue of the prediction whose content matched, if any.
                let got = content_hit[gi]
                    .and_then(|k| pred.get(k))
                    .map(|p| format!(" got_cue={:?}", w(&p.cue)))
                    .unwrap_or_default();
                errors.push(format!(
                    "{doc} MISS[{what}] source={:?} cue={:?}{got} content={:?}",
                    w(&g.source),
                    w(&g.cue),
                    w(&g.content).chars().take(120).collect::<String>()
                ));
            }
        }
        // Direct quotes whose speaker we missed: no content found, or a
        // source and speaker that match neither gold's span nor its words.
        for &(gi, p) in &speaker_misses {
            let g = &gold[gi];
            errors.push(format!(
                "{doc} MISS[speaker] gold={:?} got={:?} speaker={:?} content={:?}",
                w(&g.source),
                p.map(|p| w(&p.source))
                    .unwrap_or_else(|| "(no content)".into()),
                p.and_then(|p| p.speaker.clone()).unwrap_or_default(),
                w(&g.content).chars().take(60).collect::<String>()
            ));
        }
        for (pi, p) in pred.iter().enumerate() {
            if !p.cue.is_empty() && !cue_hit.contains(&Some(pi)) {
                errors.push(format!(
                    "{doc} EXTRA[cue] source={:?} cue={:?} content={:?}",
                    w(&p.source),
                    w(&p.cue),
                    w(&p.content).chars().take(120).collect::<String>()
                ));
            }
            if !content_hit.contains(&Some(pi)) {
                errors.push(format!(
                    "{doc} EXTRA source={:?} cue={:?} content={:?}",
                    w(&p.source),
                    w(&p.cue),
                    w(&p.content).chars().take(120).collect::<String>()
                ));
            }
        }
    }
}

fn row(name: &str, p: &Part) -> String {
    let (ep, er, ef) = p.prf(p.exact);
    let (op, or, of) = p.prf(p.overlap);
    format!(
        "| {name:<8} | {:>5} | {:>5} | {ep:.3} {er:.3} **{ef:.3}** | {op:.3} {or:.3} **{of:.3}** |",
        p.gold, p.pred
    )
}

/// Which half of a split an article id falls in: FNV-1a of the id, low bit
/// (`'a'` even, `'b'` odd).
fn half_of(doc: &str) -> char {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in doc.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    if h & 1 == 0 {
        'a'
    } else {
        'b'
    }
}

/// `factlens eval attributions FILE --split dev|test [--half a|b] [--errors]`.
pub fn run(args: &[String]) -> Result<i32, String> {
    let mut path = None;
    let mut split = None;
    let mut show_errors = false;
    let mut half = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--split" => split = Some(it.next().ok_or("--split needs dev or test")?.clone()),
            "--errors" => show_errors = true,
            "--half" => {
                half = match it.next().map(String::as_str) {
                    Some("a") => Some('a'),
                    Some("b") => Some('b'),
                    _ => return Err("--half needs a or b".to_string()),
                }
            }
            s if s.starts_with('-') => {
                return Err(format!("unknown option {s:?} for eval attributions"))
            }
            s => path = Some(s.to_string()),
        }
    }
    let path = path.ok_or("eval attributions needs the PolNeAR file, e.g. ../shared/eval/quotes/polnear_dev_test.jsonl")?;
    let split = split.ok_or("eval attributions needs --split dev or --split test")?;
    if split != "dev" && split != "test" {
        return Err(format!("unknown split {split:?}: expected dev or test"));
    }
    if show_errors && split == "test" {
        return Err(
            "--errors is for the dev split only: the test split is scored, never read".to_string(),
        );
    }
    let mut totals = Totals::default();
    let mut errors = Vec::new();
    for (_, v) in read_lines(&path)? {
        if v.get("split").and_then(Value::as_str) != Some(split.as_str()) {
            continue;
        }
        let id = v.get("doc").and_then(Value::as_str).unwrap_or_default();
        if half.is_some_and(|h| half_of(id) != h) {
            continue;
        }
        score_doc(&v, &mut totals, show_errors.then_some(&mut errors));
    }
    for e in &errors {
        println!("{e}");
    }
    let which = half.map(|h| format!(" half {h}")).unwrap_or_default();
    println!("PolNeAR {split}{which}: {} annotated articles", totals.docs);
    println!(
        "| part | gold | pred | exact P R **F1** | overlap P R **F1** |\n|---|---:|---:|---|---|"
    );
    println!("{}", row("cue", &totals.cue));
    println!("{}", row("source", &totals.source));
    println!("{}", row("content", &totals.content));
    let acc = if totals.direct == 0 {
        0.0
    } else {
        totals.speaker_right as f64 / totals.direct as f64
    };
    println!(
        "speaker accuracy (direct quotes): {acc:.3} ({} of {})",
        totals.speaker_right, totals.direct
    );
    Ok(0)
}
