//! `factlens eval claims FILE [--split train|test] [--folds K]`: scores the
//! claims layer's sentence scores against a check-worthiness set.
//!
//! - ROC AUC of the score, and precision, recall and F1 of the check-worthy
//!   class at the shipped model's threshold.
//! - When the file has debates (CLEF 2019 Task 1): mean average precision
//!   over the debates and speeches, as the CLEF 2019 lab computed it (each
//!   file's lines ranked by score, average precision per file, mean over
//!   files), and mean precision at 10.
//!
//! Which model scores a sentence:
//! - CLEF 2019 (either split) and any other file: the shipped model
//!   (`src/claims/model.bin`), which never saw CLEF data;
//! - ClaimBuster, whose every sentence the shipped model has seen: K-fold
//!   out-of-fold scores (`--folds`, default 5), each fold scored by a model
//!   trained with the shipped recipe (`train_claims`) on the other folds.

use super::train_claims::{
    claimbuster_folds, clef_out_of_fold, load, out_of_fold, recipe_data, Data, Example,
    CLAIMBUSTER_FILE, CLEF_FILE, FOLDS, RECIPE,
};
use factlens::claims::model::shipped;

/// ROC AUC: the probability that a random positive outscores a random
/// negative (ties count half).
pub fn roc_auc(scores: &[f64], labels: &[bool]) -> f64 {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let (mut rank_sum, mut i) = (0.0, 0);
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && scores[idx[j + 1]] == scores[idx[i]] {
            j += 1;
        }
        let mid = (i + j) as f64 / 2.0 + 1.0;
        rank_sum += (i..=j).filter(|&k| labels[idx[k]]).count() as f64 * mid;
        i = j + 1;
    }
    let pos = labels.iter().filter(|&&l| l).count() as f64;
    let neg = labels.len() as f64 - pos;
    if pos == 0.0 || neg == 0.0 {
        return 0.5;
    }
    (rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg)
}

/// Precision, recall and F1 of the positive class at `threshold`.
pub fn prf(scores: &[f64], labels: &[bool], threshold: f64) -> (f64, f64, f64) {
    let mut tp = 0.0;
    let mut fp = 0.0;
    let mut fn_ = 0.0;
    for (&s, &l) in scores.iter().zip(labels) {
        match (s >= threshold, l) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            _ => {}
        }
    }
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Average precision and precision at 10 of one ranked file: lines sorted by
/// score (ties in line order), as the CLEF 2019 scorer ranks them.
pub fn ap_and_p10(lines: &[(usize, f64, bool)]) -> (f64, f64) {
    let mut ranked: Vec<&(usize, f64, bool)> = lines.iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let positives = ranked.iter().filter(|l| l.2).count();
    let (mut correct, mut sum) = (0usize, 0.0);
    for (i, l) in ranked.iter().enumerate() {
        if l.2 {
            correct += 1;
            sum += correct as f64 / (i + 1) as f64;
        }
    }
    let ap = if positives > 0 {
        sum / positives as f64
    } else {
        0.0
    };
    let p10 = ranked.iter().take(10).filter(|l| l.2).count() as f64 / 10.0;
    (ap, p10)
}

/// One debate's (name, lines, AP, P@10).
pub type DebateRow = (String, usize, f64, f64);

/// MAP and mean P@10 over the debates of CLEF `examples` scored `scores`,
/// and each debate's row.
pub fn map_p10(examples: &[Example], scores: &[f64]) -> (f64, f64, Vec<DebateRow>) {
    let mut groups: Vec<&str> = examples.iter().map(|e| e.group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    let mut rows = Vec::new();
    for g in &groups {
        let lines: Vec<(usize, f64, bool)> = examples
            .iter()
            .zip(scores)
            .filter(|(e, _)| e.group == *g)
            .map(|(e, &s)| (e.line, s, e.label))
            .collect();
        let (ap, p10) = ap_and_p10(&lines);
        rows.push((g.to_string(), lines.len(), ap, p10));
    }
    let n = rows.len().max(1) as f64;
    let map = rows.iter().map(|r| r.2).sum::<f64>() / n;
    let p10 = rows.iter().map(|r| r.3).sum::<f64>() / n;
    (map, p10, rows)
}

struct Args {
    file: String,
    split: Option<String>,
    folds: Option<usize>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut out = Args {
        file: String::new(),
        split: None,
        folds: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--split" => {
                let s = value("--split")?;
                if s != "train" && s != "test" {
                    return Err(format!("unknown split {s:?}: expected train or test"));
                }
                out.split = Some(s);
            }
            "--folds" => {
                let v = value("--folds")?;
                let k: usize = v
                    .parse()
                    .map_err(|_| format!("--folds: expected a number, got {v:?}"))?;
                if !(2..=20).contains(&k) {
                    return Err(format!("--folds: expected 2 to 20, got {k}"));
                }
                out.folds = Some(k);
            }
            s if s.starts_with("--") => {
                return Err(format!("unknown option {s:?} for eval claims"))
            }
            s => {
                if !out.file.is_empty() {
                    return Err("eval claims takes one file".to_string());
                }
                out.file = s.to_string();
            }
        }
    }
    if out.file.is_empty() {
        return Err("eval claims needs a file (../shared/eval/claims/*.jsonl)".to_string());
    }
    Ok(out)
}

/// Runs `factlens eval claims`.
pub fn run(args: &[String]) -> Result<i32, String> {
    let a = parse_args(args)?;
    let name = std::path::Path::new(&a.file)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let dir = std::path::Path::new(&a.file)
        .parent()
        .and_then(|p| p.to_str())
        .filter(|p| !p.is_empty())
        .unwrap_or(".")
        .to_string();
    let is_cb = name == CLAIMBUSTER_FILE;
    let is_clef = name == CLEF_FILE;
    let clef_train = is_clef && a.split.as_deref() == Some("train");
    if a.folds.is_some() && !is_cb {
        return Err(format!(
            "--folds applies to {CLAIMBUSTER_FILE}: {name} is scored by the shipped model \
             (its train split by {FOLDS} folds by debate)"
        ));
    }
    let model = shipped();
    let threshold = f64::from(model.threshold);
    let (examples, scores, how): (Vec<Example>, Vec<f64>, String) = if is_cb {
        let k = a.folds.unwrap_or(FOLDS);
        let Data { cb, clef, extra } = recipe_data(&dir, &RECIPE)?;
        let fold = claimbuster_folds(cb.len(), k);
        let s = out_of_fold(&cb, &clef, &extra, &fold, k, &RECIPE);
        (cb, s, format!("{k}-fold out-of-fold, retrained per fold"))
    } else if clef_train {
        let Data { cb, extra, .. } = recipe_data(&dir, &RECIPE)?;
        let ex = load(&a.file, Some("train"))?;
        let s = clef_out_of_fold(&cb, &ex, &extra, FOLDS, &RECIPE);
        (
            ex,
            s,
            format!("{FOLDS} folds by debate, retrained per fold"),
        )
    } else {
        let ex = load(&a.file, a.split.as_deref())?;
        let s = ex.iter().map(|e| model.score(&e.features)).collect();
        (ex, s, "the shipped model".to_string())
    };
    if examples.is_empty() {
        return Err(format!("no sentences in {} (split {:?})", a.file, a.split));
    }
    let labels: Vec<bool> = examples.iter().map(|e| e.label).collect();
    let positives = labels.iter().filter(|&&l| l).count();
    println!(
        "claims: {name}{} — {} sentences, {positives} check-worthy; scores: {how}",
        a.split
            .as_deref()
            .map(|s| format!(" (split {s})"))
            .unwrap_or_default(),
        examples.len()
    );
    let auc = roc_auc(&scores, &labels);
    let (p, r, f1) = prf(&scores, &labels, threshold);
    println!("  ROC AUC {auc:.3}   F1 {f1:.3} (P {p:.3}, R {r:.3}) at threshold {threshold:.3}");
    if is_clef {
        let (map, p10, rows) = map_p10(&examples, &scores);
        println!(
            "  MAP {map:.4}   P@10 {p10:.4}   (mean over {} debates and speeches)",
            rows.len()
        );
        // Per debate on the train split only: the test split is reported as
        // its aggregate, never line by line or file by file.
        if clef_train {
            for (g, len, ap, p10) in rows {
                println!("    {g:<28} {len:>5} lines   AP {ap:.4}   P@10 {p10:.2}");
            }
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_counts_ties_half() {
        assert!((roc_auc(&[0.1, 0.9], &[false, true]) - 1.0).abs() < 1e-12);
        assert!((roc_auc(&[0.5, 0.5], &[false, true]) - 0.5).abs() < 1e-12);
        assert!((roc_auc(&[0.3, 0.1, 0.5], &[false, true, true]) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn average_precision_as_clef_2019() {
        // Ranked: line 2 (pos), line 1 (neg), line 3 (pos): (1/1 + 2/3) / 2.
        let lines = [(1, 0.5, false), (2, 0.9, true), (3, 0.1, true)];
        let (ap, p10) = ap_and_p10(&lines);
        assert!((ap - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-12);
        assert!((p10 - 0.2).abs() < 1e-12);
    }

    #[test]
    fn f1_at_a_threshold() {
        let (p, r, f) = prf(&[0.9, 0.6, 0.2], &[true, false, true], 0.5);
        assert_eq!((p, r), (0.5, 0.5));
        assert!((f - 0.5).abs() < 1e-12);
    }
}
