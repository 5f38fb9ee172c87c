//! One stable sort for the whole crate.
//!
//! The standard library's sorts are fast but large: each element type and
//! comparison instantiates several kilobytes of code, which added up to 21 KB
//! of the WebAssembly module for seven call sites. Here the merge sort itself
//! is compiled once (it orders indices through a `dyn` comparison), and only a
//! few lines that apply the order are instantiated per element type.

use std::cmp::Ordering;

/// Lists up to this long are sorted by insertion, in place.
const SMALL: usize = 24;

/// Sorts `v` stably by `key` (like `slice::sort_by_key`).
///
/// ```
/// let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c')];
/// factlens::sort::sort_by_key(&mut v, |p| p.0);
/// assert_eq!(v, [(1, 'b'), (2, 'a'), (2, 'c')]);
/// ```
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably by `cmp` (like `slice::sort_by`).
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    if v.len() <= SMALL {
        // Short lists (a sentence's words) sort in place: no index vectors.
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let order = {
        let items: &[T] = v;
        merge_order(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The stable sorted order of `0..n` under `cmp`: a bottom-up merge sort over
/// indices, compiled once.
fn merge_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    // Runs of 8 by insertion sort, then merges of doubling width.
    const RUN: usize = 8;
    for chunk in a.chunks_mut(RUN) {
        for i in 1..chunk.len() {
            let mut j = i;
            while j > 0 && cmp(chunk[j - 1], chunk[j]) == Ordering::Greater {
                chunk.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut b = vec![0usize; n];
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right run only when strictly smaller: stable.
                if cmp(a[j], a[i]) == Ordering::Less {
                    b[k] = a[j];
                    j += 1;
                } else {
                    b[k] = a[i];
                    i += 1;
                }
                k += 1;
            }
            b[k..k + (mid - i)].copy_from_slice(&a[i..mid]);
            k += mid - i;
            b[k..k + (end - j)].copy_from_slice(&a[j..end]);
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_stays_stable() {
        // A deterministic pseudo-random sequence with many ties.
        let mut x: u32 = 12345;
        for n in [0usize, 1, 2, 7, 8, 9, 16, 17, 100, 1000, 4099] {
            let v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((x >> 16) % 37, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }

    #[test]
    fn sorts_by_a_comparison() {
        let mut v = vec!["bb", "a", "ccc", "dd"];
        sort_by(&mut v, |a, b| b.len().cmp(&a.len()));
        assert_eq!(v, ["ccc", "bb", "dd", "a"]);
    }
}
