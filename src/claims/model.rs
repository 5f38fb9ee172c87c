//! The check-worthiness model: logistic regression over the named features
//! and hashed words of [`super::features`], shipped as a small binary
//! file (`src/claims/model.bin`, written by `factlens train claims`).
//!
//! File format (little-endian):
//!
//! | bytes | what |
//! |---|---|
//! | 4 | magic `FLCM` |
//! | 1 | format version (1) |
//! | 1 | log2 of the number of n-gram buckets |
//! | 4 | f32 bias |
//! | 4 | f32 threshold: a sentence scoring at least this is a claim |
//! | 4 | f32 scale of the n-gram weights |
//! | 1 | number of named features, then for each: 1 byte name length, the name, f32 weight |
//! | 2^bits / 2 | word weights in 4-bit nibbles, two a byte (low nibble first), each a signed value in -7..=7 (weight = value × scale); `factlens train claims` writes -3..=3 only |
//!
//! Named features are matched by name, so a model trained with a feature the
//! code no longer computes (or without one it now does) still loads.

use super::features::{dense_index, Features, N_DENSE};
use std::sync::OnceLock;

const MAGIC: &[u8; 4] = b"FLCM";
const VERSION: u8 = 2;
/// The largest quantised word weight written. The file holds -7..=7; seven
/// levels (-3..=3) instead of fifteen make the shipped model compress to
/// 2.9 KB gzip instead of 3.7 KB, for ClaimBuster cross-validated ROC AUC
/// 0.9275 against 0.9295 and CLEF 2019 train MAP 0.235 against 0.239.
const QMAX: f32 = 3.0;

/// A loaded model.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub bias: f32,
    pub threshold: f32,
    /// Weights of the named features, in the order of `features::DENSE`.
    pub dense: [f32; N_DENSE],
    /// log2 of the number of n-gram buckets.
    pub bits: u8,
    pub scale: f32,
    /// Quantised word weights (-7..=7), one per bucket.
    pub grams: Vec<i8>,
}

/// Reads bytes off the front of a slice.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Some(a)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    fn f32(&mut self) -> Option<f32> {
        let b = self.take(4)?;
        Some(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

impl Model {
    /// A model whose every weight is zero (every sentence scores 0.5) and
    /// whose threshold is above every score: no claims.
    pub fn empty() -> Model {
        Model {
            bias: 0.0,
            threshold: 2.0,
            dense: [0.0; N_DENSE],
            bits: 1,
            scale: 0.0,
            grams: vec![0, 0],
        }
    }

    /// Parses a model file; `None` when it is not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader(bytes);
        if r.take(4)? != MAGIC || r.u8()? != VERSION {
            return None;
        }
        let bits = r.u8()?;
        if !(1..=24).contains(&bits) {
            return None;
        }
        let (bias, threshold, scale) = (r.f32()?, r.f32()?, r.f32()?);
        let mut dense = [0f32; N_DENSE];
        for _ in 0..r.u8()? {
            let len = r.u8()? as usize;
            let name = std::str::from_utf8(r.take(len)?).ok()?;
            let w = r.f32()?;
            if let Some(k) = dense_index(name) {
                dense[k] = w;
            }
        }
        let packed = r.take(1 << (bits - 1))?;
        let mut grams = Vec::with_capacity(2 * packed.len());
        for &b in packed {
            // Each nibble sign-extended: 0xf → -1.
            grams.push(((b << 4) as i8) >> 4);
            grams.push((b as i8) >> 4);
        }
        if !r.0.is_empty() {
            return None;
        }
        Some(Model {
            bias,
            threshold,
            dense,
            bits,
            scale,
            grams,
        })
    }

    /// A model from real-valued weights: the n-gram weights (a power of two
    /// of them, at least two) are quantised to -3..=3, as they are shipped.
    /// The step is set so that the largest 1% of weights saturate: a few
    /// outliers must not flatten every other weight to zero.
    pub fn from_weights(bias: f32, threshold: f32, dense: [f32; N_DENSE], grams: &[f32]) -> Model {
        Model::from_weights_levels(bias, threshold, dense, grams, QMAX)
    }

    /// [`Model::from_weights`] with the word weights quantised to
    /// -`qmax`..=`qmax` (1 to 7).
    pub fn from_weights_levels(
        bias: f32,
        threshold: f32,
        dense: [f32; N_DENSE],
        grams: &[f32],
        qmax: f32,
    ) -> Model {
        let qmax = qmax.clamp(1.0, 7.0);
        let n = grams.len().max(2).next_power_of_two();
        let bits = n.trailing_zeros() as u8;
        let mut mags: Vec<f32> = grams.iter().map(|w| w.abs()).collect();
        mags.sort_by(f32::total_cmp);
        let top = mags
            .get((mags.len() * 99 / 100).min(mags.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0.0);
        let scale = if top > 0.0 { top / qmax } else { 0.0 };
        let mut q = vec![0i8; n];
        if scale > 0.0 {
            for (d, w) in q.iter_mut().zip(grams) {
                *d = (w / scale).round().clamp(-qmax, qmax) as i8;
            }
        }
        Model {
            bias,
            threshold,
            dense,
            bits,
            scale,
            grams: q,
        }
    }

    /// The model as a file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.grams.len() + 64 + 16 * N_DENSE);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.push(self.bits);
        for v in [self.bias, self.threshold, self.scale] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.push(N_DENSE as u8);
        for ((name, _), w) in super::features::DENSE.iter().zip(self.dense) {
            out.push(name.len() as u8);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend(
            self.grams
                .chunks(2)
                .map(|p| (p[0] as u8 & 0x0f) | ((p.get(1).copied().unwrap_or(0) as u8) << 4)),
        );
        out
    }

    /// The bucket of an n-gram hash.
    pub fn bucket(&self, hash: u32) -> usize {
        (hash as usize) & (self.grams.len().saturating_sub(1))
    }

    /// The contribution of each named feature to the log-odds.
    pub fn contributions(&self, f: &Features) -> [f32; N_DENSE] {
        let mut c = [0f32; N_DENSE];
        for (k, c) in c.iter_mut().enumerate() {
            *c = self.dense[k] * f.dense[k];
        }
        c
    }

    /// The log-odds that the sentence is check-worthy.
    pub fn margin(&self, f: &Features) -> f32 {
        let dense: f32 = self.contributions(f).iter().sum();
        let grams: i32 = f
            .grams
            .iter()
            .map(|&h| i32::from(self.grams.get(self.bucket(h)).copied().unwrap_or(0)))
            .sum();
        self.bias + dense + self.scale * grams as f32 * f.gram_norm()
    }

    /// The probability that the sentence is check-worthy, in [0, 1].
    pub fn score(&self, f: &Features) -> f64 {
        let z = f64::from(self.margin(f));
        if !z.is_finite() {
            return if z > 0.0 { 1.0 } else { 0.0 };
        }
        1.0 / (1.0 + exp(-z))
    }
}

/// e^x, to about 1e-13 relative error (0 below 2^-1022) (scores keep four decimals): 2^k
/// times a polynomial for 2^f. Written out because the library's `exp`
/// adds 650 bytes to the wasm build; `floor` is one wasm instruction.
fn exp(x: f64) -> f64 {
    let t = x * std::f64::consts::LOG2_E;
    if t < -1022.0 {
        return 0.0;
    }
    if t > 1023.0 {
        return f64::INFINITY;
    }
    let k = t.floor();
    let f = (t - k) * std::f64::consts::LN_2;
    // e^f for f in [0, ln 2): Taylor to the 14th power.
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..15 {
        term *= f / f64::from(n);
        sum += term;
    }
    sum * f64::from_bits(((k as i64 + 1023) as u64) << 52)
}

/// The model shipped with the crate.
pub fn shipped() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(include_bytes!("model.bin")).unwrap_or_else(Model::empty))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_loads() {
        let bytes = include_bytes!("model.bin");
        assert!(
            Model::from_bytes(bytes).is_some(),
            "model.bin does not parse"
        );
        assert!(bytes.len() < 100 * 1024);
    }

    #[test]
    fn round_trip_and_quantisation() {
        let mut dense = [0f32; N_DENSE];
        dense[0] = 1.5;
        let m = Model::from_weights(-1.0, 0.4, dense, &[0.6, -1.0, 0.25, 0.0]);
        assert_eq!(m.grams, vec![2, -3, 1, 0]);
        let back = Model::from_bytes(&m.to_bytes());
        assert_eq!(back.as_ref(), Some(&m));
        let f = Features {
            dense,
            grams: vec![1, 5],
        };
        // bias -1 + figure 1.5 * 1.5 + buckets 1 and 1 (5 & 3): 2 * -3 * scale,
        // each word counting 1/sqrt(2)
        let want = -1.0 + 2.25 - 2.0 * 3.0 * m.scale / 2f32.sqrt();
        assert!((m.margin(&f) - want).abs() < 1e-5);
    }

    #[test]
    fn exp_matches_the_library() {
        assert_eq!(exp(-800.0), 0.0);
        for x in [
            -700.0, -30.0, -2.5, -0.3, 0.0, 1e-9, 0.7, 1.0, 3.3, 20.0, 700.0,
        ] {
            let (got, want) = (exp(x), f64::exp(x));
            assert!(((got - want) / want).abs() < 1e-12, "{x}: {got} vs {want}");
        }
    }

    #[test]
    fn broken_files_are_refused() {
        let m = Model::from_weights(0.0, 0.5, [0.0; N_DENSE], &[1.0; 8]);
        let bytes = m.to_bytes();
        for cut in [0, 3, 5, 20, bytes.len() - 1] {
            assert_eq!(Model::from_bytes(&bytes[..cut]), None);
        }
        let mut more = bytes.clone();
        more.push(0);
        assert_eq!(Model::from_bytes(&more), None);
        assert_eq!(Model::from_bytes(b"FLCM\x02\x30"), None);
    }
}
