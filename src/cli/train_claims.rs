//! `factlens train claims`: trains the check-worthiness model shipped in
//! `src/claims/model.bin` (`make train-claims`).
//!
//! The recipe ([`RECIPE`]), fixed so that the output is byte-identical on
//! every run:
//! - data: the ClaimBuster 2.5xNCS set (US presidential debates, 29%
//!   check-worthy) and the CLEF 2019 Task 1 train split (19 debates and
//!   speeches, 2.7% check-worthy: only the claims fact-checkers picked), both
//!   read from `../shared/eval/claims/` at run time. A CLEF sentence weighs
//!   0.3 in the loss, a check-worthy one 5 times that (1.5), and CLEF
//!   sentences get an intercept of their own, so that its rarer positives do
//!   not shift ClaimBuster's (the shipped model keeps ClaimBuster's
//!   intercept and threshold);
//! - features: [`factlens::claims::features::of_text`], the very function the
//!   library runs on an article's sentences (with "figure_past", a figure in
//!   a sentence in the past tense: CLEF 2019 train MAP 0.2369 → 0.2386 over
//!   16 seeds, ClaimBuster ROC AUC 0.9279 → 0.9277);
//! - model: logistic regression (L2), AdaGrad SGD, 15 epochs, examples in
//!   an order shuffled with a fixed seed, single-threaded; words hashed into
//!   8,192 buckets; the weights are the mean of ten such runs, each with its
//!   own order (seeds derived from the recipe's), which steadies the ranking
//!   (CLEF 2019 train MAP, mean ± sd over seeds: 0.2352 ± 0.0024 for one
//!   run, 12 seeds; 0.2369 ± 0.0018 for ten, 16 seeds);
//! - threshold: the one that maximises F1 of the check-worthy class on the
//!   5-fold out-of-fold scores of ClaimBuster (each fold scored by a model
//!   trained, with this same recipe, on everything else);
//! - the word weights are quantised to seven levels ([`Model::from_weights`]).
//!
//! The recipe was chosen with `factlens train claims --cv [--set NAME=VALUE]`
//! only: ClaimBuster 5-fold out-of-fold ROC AUC, and CLEF 2019 train MAP with
//! 5 folds by debate (ClaimBuster sentences from a held-out debate left out
//! of that fold's training). CLEF 2019 test and CLEF 2020 are never read
//! here.

use crate::cli::json::{read_lines, str_field};
use factlens::claims::features::{of_text, Features, N_DENSE};
use factlens::claims::model::Model;
use serde_json::Value;

/// The training recipe. [`RECIPE`] is the shipped one; `factlens train claims
/// --cv --set NAME=VALUE` measures a variant by cross-validation.
#[derive(Debug, Clone)]
pub struct Recipe {
    /// Weight of a ClaimBuster sentence in the loss.
    pub cb_weight: f64,
    /// Weight of a CLEF 2019 train sentence in the loss (0: not trained on).
    pub clef_weight: f64,
    /// Further weight of a check-worthy CLEF sentence (2.7% of them are).
    pub clef_pos: f64,
    /// CLEF sentences get an intercept of their own (the shipped model keeps
    /// ClaimBuster's, so that its threshold means the same).
    pub own_bias: bool,
    pub epochs: usize,
    pub lr: f64,
    pub l2: f64,
    /// log2 of the number of n-gram buckets.
    pub bits: u8,
    /// Named features left out (bit k: `features::DENSE[k]`).
    pub drop: u64,
    /// Seed of the order examples are shown in (`--cv --set seed=N` measures
    /// how much a figure moves between runs of one recipe).
    pub seed: u64,
    /// Runs averaged: the model's weights are the mean of this many runs,
    /// each showing the examples in its own order (seeds derived from
    /// `seed`), before they are quantised.
    pub avg: usize,
    /// Word weights are quantised to -qmax..=qmax (the file holds up to 7).
    pub qmax: f32,
    /// Pairs ranked for each check-worthy CLEF line against lines of its
    /// debate (0: none), and their weight in the loss.
    pub pairs: usize,
    pub pair_weight: f64,
    /// Weight of a fact-checked line from outside CLEF 2019 (0: not read):
    /// the debate and speech lines PolitiFact checked (CLEF 2021 Task 2b,
    /// `t2b`), LIAR-PLUS statements (`liar`) and PolitiFact's claims
    /// (CLEF 2021 Task 2b verified claims, `pf`). All are check-worthy.
    pub t2b_weight: f64,
    pub liar_weight: f64,
    pub pf_weight: f64,
    /// Those lines share CLEF's intercept (else ClaimBuster's).
    pub extra_clef_bias: bool,
}

/// The shipped recipe.
pub const RECIPE: Recipe = Recipe {
    cb_weight: 1.0,
    clef_weight: 0.3,
    clef_pos: 5.0,
    own_bias: true,
    epochs: 15,
    lr: 0.1,
    l2: 2e-5,
    bits: 13,
    drop: 0,
    seed: SEED,
    avg: 10,
    qmax: 3.0,
    pairs: 0,
    pair_weight: 0.3,
    t2b_weight: 0.0,
    liar_weight: 0.0,
    pf_weight: 0.0,
    extra_clef_bias: true,
};

impl Recipe {
    /// Sets one setting from `NAME=VALUE`.
    pub fn set(&mut self, kv: &str) -> Result<(), String> {
        let (k, v) = kv
            .split_once('=')
            .ok_or_else(|| format!("--set expects NAME=VALUE, got {kv:?}"))?;
        let num = |v: &str| {
            v.parse::<f64>()
                .map_err(|_| format!("--set {k}: expected a number, got {v:?}"))
        };
        match k {
            "cb_weight" => self.cb_weight = num(v)?,
            "clef_weight" => self.clef_weight = num(v)?,
            "clef_pos" => self.clef_pos = num(v)?,
            "own_bias" => self.own_bias = num(v)? != 0.0,
            "epochs" => self.epochs = num(v)? as usize,
            "lr" => self.lr = num(v)?,
            "l2" => self.l2 = num(v)?,
            "drop" => {
                let k = factlens::claims::features::dense_index(v)
                    .ok_or_else(|| format!("--set drop: no feature {v:?}"))?;
                self.drop |= 1 << k;
            }
            "seed" => self.seed = SEED ^ (num(v)? as u64),
            "pairs" => self.pairs = num(v)? as usize,
            "pair_weight" => self.pair_weight = num(v)?,
            "qmax" => self.qmax = num(v)?.clamp(1.0, 7.0) as f32,
            "avg" => self.avg = (num(v)? as usize).max(1),
            "bits" => self.bits = (num(v)? as u8).clamp(1, 24),
            "t2b" => self.t2b_weight = num(v)?,
            "liar" => self.liar_weight = num(v)?,
            "pf" => self.pf_weight = num(v)?,
            "extra_clef_bias" => self.extra_clef_bias = num(v)? != 0.0,
            _ => return Err(format!("--set: unknown setting {k:?}")),
        }
        Ok(())
    }
}

const SEED: u64 = 0x5eed_c1a1;
pub const FOLDS: usize = 5;

pub const CLEF_FILE: &str = "clef2019_task1_checkworthiness.jsonl";
pub const CLAIMBUSTER_FILE: &str = "claimbuster_2.5xncs.jsonl";
pub const CLEF2020_FILE: &str = "clef2020_task5_test_checkworthiness.jsonl";

/// One labelled sentence.
pub struct Example {
    pub features: Features,
    pub label: bool,
    /// The debate or speech (CLEF) or "claimbuster".
    pub group: String,
    /// Line number within the debate (CLEF), or the position in the file.
    pub line: usize,
    /// From CLEF 2019 (a line of a debate), not ClaimBuster.
    pub clef: bool,
    /// Where it comes from (which weight it takes in the loss).
    pub origin: Origin,
    /// Hashes of its runs of five words, sorted ([`shingles`]): what tells
    /// a fact-checked line apart from a line of a held-out debate.
    pub shingles: Vec<u64>,
}

/// The data set an [`Example`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    ClaimBuster,
    Clef,
    T2b,
    Liar,
    PolitiFact,
}

/// The hashes (FNV-1a) of every run of five words of `text`, lowercased,
/// words being runs of letters and digits; sorted, without repeats.
pub fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out: Vec<u64> = words
        .windows(5)
        .map(|w| {
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for b in w.join(" ").bytes() {
                h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
            h
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `e` shares a run of five words with `held` (sorted shingles).
fn shares_run(e: &Example, held: &[u64]) -> bool {
    e.shingles.iter().any(|h| held.binary_search(h).is_ok())
}

/// `items` sorted, without repeats: a set to search with `binary_search`.
fn sorted_set<T: Ord>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut set: Vec<T> = items.collect();
    set.sort_unstable();
    set.dedup();
    set
}

/// The sorted shingles of every example in `set`.
fn shingle_set<'a>(set: impl Iterator<Item = &'a Example>) -> Vec<u64> {
    sorted_set(set.flat_map(|e| e.shingles.iter().copied()))
}

/// xorshift64*: deterministic, no dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// `items` shuffled (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Reads a claims JSONL file: every line whose `split` is `split` (any line
/// when the file has no split or `split` is `None`).
pub fn load(path: &str, split: Option<&str>) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    for (n, v) in read_lines(path)? {
        if let (Some(want), Some(got)) = (split, str_field(&v, "split")) {
            if want != got {
                continue;
            }
        }
        let text = str_field(&v, "text").unwrap_or_default();
        let label = v.get("label").and_then(Value::as_i64) == Some(1);
        let debate = str_field(&v, "debate");
        let line_no = v
            .get("line_number")
            .and_then(Value::as_u64)
            .map_or(n, |l| l as usize);
        out.push(Example {
            features: of_text(text),
            label,
            group: debate.unwrap_or("claimbuster").to_string(),
            line: line_no,
            clef: debate.is_some(),
            origin: if debate.is_some() {
                Origin::Clef
            } else {
                Origin::ClaimBuster
            },
            shingles: shingles(text),
        });
    }
    Ok(out)
}

/// The training data of a recipe.
pub struct Data {
    pub cb: Vec<Example>,
    /// The CLEF 2019 train split, when the recipe learns from it.
    pub clef: Vec<Example>,
    /// Fact-checked lines from outside CLEF 2019 the recipe learns from,
    /// none sharing a run of five words with a line of the sets that are
    /// only ever scored (CLEF 2019 test, CLEF 2020).
    pub extra: Vec<Example>,
}

/// Reads field `field` of every line of JSONL file `path` as a check-worthy
/// example of `origin` (all splits: none of these sets is scored here).
fn load_checked(path: &str, field: &str, origin: Origin) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    for (n, v) in read_lines(path)? {
        let Some(text) = str_field(&v, field) else {
            continue;
        };
        out.push(Example {
            features: of_text(text),
            label: true,
            group: "fact-checked".to_string(),
            line: n,
            clef: false,
            origin,
            shingles: shingles(text),
        });
    }
    Ok(out)
}

/// The training data of the recipe, from directory `dir` (and, for the
/// fact-checked lines, `dir/../claimmatch`).
pub fn recipe_data(dir: &str, r: &Recipe) -> Result<Data, String> {
    let cb = load(&format!("{dir}/{CLAIMBUSTER_FILE}"), None)?;
    let clef = if r.clef_weight > 0.0 {
        load(&format!("{dir}/{CLEF_FILE}"), Some("train"))?
    } else {
        Vec::new()
    };
    let mut extra = Vec::new();
    let sets = [
        (
            r.t2b_weight,
            "clef2021_t2b_pairs.jsonl",
            "query",
            Origin::T2b,
        ),
        (
            r.liar_weight,
            "liar_plus_valid_test.jsonl",
            "claim",
            Origin::Liar,
        ),
        (
            r.pf_weight,
            "clef2021_t2b_vclaims.jsonl",
            "claim",
            Origin::PolitiFact,
        ),
    ];
    for (w, file, field, origin) in sets {
        if w > 0.0 {
            extra.extend(load_checked(
                &format!("{dir}/../claimmatch/{file}"),
                field,
                origin,
            )?);
        }
    }
    if !extra.is_empty() {
        // Only the text of the scored-only sets is read, to leave out any
        // line that quotes them; never their labels.
        let mut scored = load(&format!("{dir}/{CLEF_FILE}"), Some("test"))?;
        scored.extend(load(&format!("{dir}/{CLEF2020_FILE}"), None)?);
        let held = shingle_set(scored.iter());
        extra.retain(|e| !shares_run(e, &held));
    }
    Ok(Data { cb, clef, extra })
}

/// Trains a model on `examples` with recipe `r` and returns it quantised,
/// as it would be shipped, with `threshold`: the mean of `r.avg` runs.
pub fn train(examples: &[&Example], r: &Recipe, threshold: f32) -> Model {
    let mut bias = 0f64;
    let mut wd = [0f64; N_DENSE];
    let mut wg = vec![0f64; 1usize << r.bits];
    let runs = r.avg.max(1);
    for run in 0..runs {
        // Run 0 is the recipe's own seed: one run is the model of one seed.
        let seed = r.seed ^ (run as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let (b, d, g) = train_run(examples, r, seed);
        bias += b / runs as f64;
        for (a, x) in wd.iter_mut().zip(d) {
            *a += x / runs as f64;
        }
        for (a, x) in wg.iter_mut().zip(g) {
            *a += x / runs as f64;
        }
    }
    let mut dense = [0f32; N_DENSE];
    for (d, w) in dense.iter_mut().zip(wd) {
        *d = w as f32;
    }
    let grams: Vec<f32> = wg.iter().map(|&w| w as f32).collect();
    Model::from_weights_levels(bias as f32, threshold, dense, &grams, r.qmax)
}

/// The weights being learnt and AdaGrad's sums of squared gradients.
struct Sgd {
    wd: [f64; N_DENSE],
    wg: Vec<f64>,
    gd: [f64; N_DENSE],
    gg: Vec<f64>,
    mask: usize,
    lr: f64,
    l2: f64,
    drop: u64,
}

impl Sgd {
    /// The log-odds of `ex` without an intercept.
    fn margin(&self, ex: &Example) -> f64 {
        let mut z = 0.0;
        for (w, x) in self.wd.iter().zip(ex.features.dense.iter()) {
            z += w * f64::from(*x); // a dropped feature's weight stays 0
        }
        // Each word counts 1/sqrt(n), as the library scores it.
        let gv = f64::from(ex.features.gram_norm());
        for &h in &ex.features.grams {
            z += self.wg[h as usize & self.mask] * gv;
        }
        z
    }

    /// One AdaGrad step on the weights of `ex`'s features, the loss's
    /// derivative by its margin being `g`.
    fn step(&mut self, ex: &Example, g: f64) {
        let (lr, l2) = (self.lr, self.l2);
        for (i, x) in ex.features.dense.iter().enumerate() {
            let x = f64::from(*x);
            if x != 0.0 && self.drop & (1 << i) == 0 {
                let gi = g * x + l2 * self.wd[i];
                self.gd[i] += gi * gi;
                self.wd[i] -= lr * gi / self.gd[i].sqrt();
            }
        }
        let gv = f64::from(ex.features.gram_norm());
        for &h in &ex.features.grams {
            let b = h as usize & self.mask;
            let gi = g * gv + l2 * self.wg[b];
            self.gg[b] += gi * gi;
            self.wg[b] -= lr * gi / self.gg[b].sqrt();
        }
    }
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// One run of AdaGrad SGD with examples shown in the order of `seed`: the
/// ClaimBuster intercept, the named features' weights and the buckets'.
/// With `r.pairs` > 0, each check-worthy CLEF line is also ranked against
/// that many other lines of its debate drawn at random (pairwise logistic
/// loss, weight `r.pair_weight`): CLEF is scored by its ranking within a
/// debate.
fn train_run(examples: &[&Example], r: &Recipe, seed: u64) -> (f64, [f64; N_DENSE], Vec<f64>) {
    let buckets = 1usize << r.bits;
    let mut m = Sgd {
        wd: [0f64; N_DENSE],
        wg: vec![0f64; buckets],
        gd: [1e-8f64; N_DENSE],
        gg: vec![1e-8f64; buckets],
        mask: buckets - 1,
        lr: r.lr,
        l2: r.l2,
        drop: r.drop,
    };
    // [ClaimBuster, CLEF] intercepts (one when the recipe shares it).
    let mut bias = [0f64; 2];
    let mut gb = [1e-8f64; 2];
    // The not check-worthy CLEF lines of each debate, for the pairs.
    let mut negatives: Vec<(&str, Vec<usize>)> = Vec::new();
    if r.pairs > 0 {
        for (k, ex) in examples.iter().enumerate() {
            if ex.clef && !ex.label {
                match negatives.iter_mut().find(|(g, _)| *g == ex.group) {
                    Some((_, v)) => v.push(k),
                    None => negatives.push((&ex.group, vec![k])),
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(seed);
    for _ in 0..r.epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = examples[k];
            let weight = match (ex.origin, ex.label) {
                (Origin::ClaimBuster, _) => r.cb_weight,
                (Origin::Clef, false) => r.clef_weight,
                (Origin::Clef, true) => r.clef_weight * r.clef_pos,
                (Origin::T2b, _) => r.t2b_weight,
                (Origin::Liar, _) => r.liar_weight,
                (Origin::PolitiFact, _) => r.pf_weight,
            };
            if weight > 0.0 {
                let clef_like = ex.clef || (ex.origin != Origin::ClaimBuster && r.extra_clef_bias);
                let src = usize::from(clef_like && r.own_bias);
                let p = sigmoid(bias[src] + m.margin(ex));
                let y = if ex.label { 1.0 } else { 0.0 };
                let g = weight * (p - y);
                gb[src] += g * g;
                bias[src] -= r.lr * g / gb[src].sqrt();
                m.step(ex, g);
            }
            if !(ex.clef && ex.label) || r.pairs == 0 {
                continue;
            }
            let Some((_, neg)) = negatives.iter().find(|(g, _)| *g == ex.group) else {
                continue;
            };
            for _ in 0..r.pairs {
                let other = examples[neg[(rng.next() % neg.len() as u64) as usize]];
                let d = m.margin(ex) - m.margin(other);
                let g = r.pair_weight * (sigmoid(d) - 1.0);
                m.step(ex, g);
                m.step(other, -g);
            }
        }
    }
    (bias[0], m.wd, m.wg)
}

/// The fold (0..k) of each ClaimBuster sentence: a fixed-seed shuffle dealt
/// round-robin.
pub fn claimbuster_folds(n: usize, k: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    Rng(SEED ^ 0xcb).shuffle(&mut order);
    let mut fold = vec![0; n];
    for (pos, &i) in order.iter().enumerate() {
        fold[i] = pos % k.max(1);
    }
    fold
}

/// Out-of-fold scores of the ClaimBuster sentences `cb`: for each fold, a
/// model trained with `r` on the other folds, on `clef` (the CLEF train
/// sentences the recipe learns from) and on the fact-checked lines `extra`
/// that share no run of five words with the held-out fold.
pub fn out_of_fold(
    cb: &[Example],
    clef: &[Example],
    extra: &[Example],
    fold: &[usize],
    k: usize,
    r: &Recipe,
) -> Vec<f64> {
    let mut scores = vec![0.0; cb.len()];
    for f in 0..k {
        let held = shingle_set(cb.iter().zip(fold).filter(|(_, &g)| g == f).map(|(e, _)| e));
        let train_set: Vec<&Example> = cb
            .iter()
            .zip(fold)
            .filter(|(_, &g)| g != f)
            .map(|(e, _)| e)
            .chain(clef)
            .chain(extra.iter().filter(|e| !shares_run(e, &held)))
            .collect();
        let m = train(&train_set, r, 0.5);
        for (i, e) in cb.iter().enumerate() {
            if fold[i] == f {
                scores[i] = m.score(&e.features);
            }
        }
    }
    scores
}

/// The fold (0..k) of each CLEF debate: the debates in name order, dealt
/// round-robin.
pub fn debate_folds(clef: &[Example], k: usize) -> Vec<usize> {
    let mut names: Vec<&str> = clef.iter().map(|e| e.group.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    clef.iter()
        .map(|e| names.binary_search(&e.group.as_str()).unwrap_or(0) % k.max(1))
        .collect()
}

/// Whether ClaimBuster sentence `e` is (a part of) a line of the held-out
/// debates, whose word hashes are `held` (sorted): nearly all
/// of its own are among them. ClaimBuster comes from the same debates as
/// some CLEF files, cut into sentences differently.
fn overlaps(e: &Example, held: &[u32]) -> bool {
    let g = &e.features.grams;
    let inside = g.iter().filter(|h| held.binary_search(h).is_ok()).count();
    !g.is_empty() && inside * 10 >= g.len() * 9
}

/// Out-of-fold scores of the CLEF train sentences `clef`, folds by debate:
/// each fold scored by a model trained with `r` on ClaimBuster and (when
/// `r` learns from CLEF) the other folds' debates. ClaimBuster sentences
/// that also occur in a held-out debate ([`overlaps`]) are left out of that
/// fold's training, so that no held-out sentence is seen with a label.
pub fn clef_out_of_fold(
    cb: &[Example],
    clef: &[Example],
    extra: &[Example],
    k: usize,
    r: &Recipe,
) -> Vec<f64> {
    let fold = debate_folds(clef, k);
    let mut scores = vec![0.0; clef.len()];
    for f in 0..k {
        let held_out: Vec<&Example> = clef
            .iter()
            .zip(&fold)
            .filter(|(_, &g)| g == f)
            .map(|(e, _)| e)
            .collect();
        let held = sorted_set(
            held_out
                .iter()
                .flat_map(|e| e.features.grams.iter().copied()),
        );
        let runs = shingle_set(held_out.iter().copied());
        let train_set: Vec<&Example> = cb
            .iter()
            .filter(|e| !overlaps(e, &held))
            .chain(
                clef.iter()
                    .zip(&fold)
                    .filter(|(_, &g)| g != f && r.clef_weight > 0.0)
                    .map(|(e, _)| e),
            )
            .chain(extra.iter().filter(|e| !shares_run(e, &runs)))
            .collect();
        let m = train(&train_set, r, 0.5);
        for (i, e) in clef.iter().enumerate() {
            if fold[i] == f {
                scores[i] = m.score(&e.features);
            }
        }
    }
    scores
}

/// The threshold that maximises F1 of the positive class, and that F1.
pub fn best_threshold(scores: &[f64], labels: &[bool]) -> (f64, f64) {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let pos = labels.iter().filter(|&&l| l).count() as f64;
    let (mut tp, mut best) = (0.0, (1.0, 0.0));
    for (rank, &i) in idx.iter().enumerate() {
        if labels[i] {
            tp += 1.0;
        }
        // Only cut between distinct scores.
        if idx.get(rank + 1).is_some_and(|&j| scores[j] == scores[i]) {
            continue;
        }
        let f1 = 2.0 * tp / (rank as f64 + 1.0 + pos);
        if f1 > best.1 {
            let next = idx.get(rank + 1).map_or(0.0, |&j| scores[j]);
            best = ((scores[i] + next) / 2.0, f1);
        }
    }
    best
}

struct Args {
    data: String,
    out: String,
    cv: bool,
    recipe: Recipe,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut a = Args {
        data: "../shared/eval/claims".to_string(),
        out: "src/claims/model.bin".to_string(),
        cv: false,
        recipe: RECIPE,
    };
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("claims") => {}
        Some(other) => return Err(format!("unknown model {other:?}: expected claims")),
        None => return Err("train needs what to train: claims".to_string()),
    }
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--data" => a.data = value("--data")?,
            "--out" => a.out = value("--out")?,
            "--cv" => a.cv = true,
            "--set" => a.recipe.set(&value("--set")?)?,
            other => return Err(format!("unknown option {other:?} for train claims")),
        }
    }
    Ok(a)
}

/// `--cv`: the recipe's cross-validated figures, on training data only:
/// ClaimBuster out-of-fold ROC AUC and F1, CLEF 2019 train MAP and P@10
/// with folds by debate. CLEF 2019 test is not read.
fn cross_validate(dir: &str, r: &Recipe) -> Result<(), String> {
    let Data { cb, clef, extra } = recipe_data(dir, r)?;
    let fold = claimbuster_folds(cb.len(), FOLDS);
    let oof = out_of_fold(&cb, &clef, &extra, &fold, FOLDS, r);
    let labels: Vec<bool> = cb.iter().map(|e| e.label).collect();
    let auc = super::eval_claims::roc_auc(&oof, &labels);
    let (t, f1) = best_threshold(&oof, &labels);
    // CLEF train is scored whether or not the recipe learns from it.
    let clef = if clef.is_empty() {
        load(&format!("{dir}/{CLEF_FILE}"), Some("train"))?
    } else {
        clef
    };
    let clef_oof = clef_out_of_fold(&cb, &clef, &extra, FOLDS, r);
    let (map, p10, _) = super::eval_claims::map_p10(&clef, &clef_oof);
    println!(
        "cv {r:?}\n  ClaimBuster {FOLDS}-fold: ROC AUC {auc:.4}  F1 {f1:.4} at {t:.3}\n  \
         CLEF 2019 train, {FOLDS} folds by debate: MAP {map:.4}  P@10 {p10:.4}"
    );
    Ok(())
}

/// Runs `factlens train claims [--data DIR] [--out FILE] [--cv] [--set NAME=VALUE]…`.
pub fn run(args: &[String]) -> Result<i32, String> {
    let a = parse_args(args)?;
    let (dir, out, r) = (a.data, a.out, a.recipe);
    if a.cv {
        cross_validate(&dir, &r)?;
        return Ok(0);
    }
    let Data { cb, clef, extra } = recipe_data(&dir, &r)?;
    eprintln!(
        "train claims: {} ClaimBuster sentences, {} CLEF 2019 train sentences, \
         {} fact-checked lines from elsewhere",
        cb.len(),
        clef.len(),
        extra.len()
    );
    let fold = claimbuster_folds(cb.len(), FOLDS);
    let oof = out_of_fold(&cb, &clef, &extra, &fold, FOLDS, &r);
    let labels: Vec<bool> = cb.iter().map(|e| e.label).collect();
    let (threshold, f1) = best_threshold(&oof, &labels);
    let threshold = (threshold * 1000.0).round() / 1000.0;
    let all: Vec<&Example> = cb.iter().chain(&clef).chain(&extra).collect();
    let model = train(&all, &r, threshold as f32);
    let bytes = model.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
    println!(
        "wrote {out}: {} bytes, {} n-gram buckets; threshold {threshold:.3} \
         (ClaimBuster out-of-fold F1 {f1:.3})",
        bytes.len(),
        1usize << r.bits
    );
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threshold_maximises_f1() {
        let scores = [0.9, 0.8, 0.7, 0.2, 0.1];
        let labels = [true, true, false, false, true];
        let (t, f1) = best_threshold(&scores, &labels);
        assert!((0.7..0.8).contains(&t), "{t}");
        assert!((f1 - 0.8).abs() < 1e-9);
    }

    #[test]
    fn a_shared_run_of_five_words_is_found() {
        let ex = |text: &str| Example {
            features: of_text(text),
            label: true,
            group: String::new(),
            line: 0,
            clef: false,
            origin: Origin::Liar,
            shingles: shingles(text),
        };
        let held = shingles("Well, we cut the county's payroll by 12 percent last year.");
        assert!(shares_run(
            &ex("They say we cut the County's payroll by half."),
            &held
        ));
        assert!(!shares_run(&ex("We cut the payroll of the county."), &held));
        assert!(shingles("Too short to count.").is_empty());
    }

    #[test]
    fn folds_are_balanced_and_fixed() {
        let f = claimbuster_folds(10, 5);
        assert_eq!(f, claimbuster_folds(10, 5));
        for k in 0..5 {
            assert_eq!(f.iter().filter(|&&x| x == k).count(), 2);
        }
    }
}
