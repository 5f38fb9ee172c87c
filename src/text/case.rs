//! Lowercasing without the standard library's table.
//!
//! ## What it does
//! Gives the lowercase of a character exactly as `char::to_lowercase` does,
//! for [`super::Doc::lowered_tok`] and the other lowercase lookups.
//!
//! ## Why
//! `char::to_lowercase` reads a table of 1,462 (character, lowercase) pairs:
//! 11.7 KB of the WebAssembly module. The same mapping is 185 runs of
//! characters that shift by one amount (A–Z by 32; Ā ā Ă ă … by one, every
//! other code point). `build.rs` derives the runs from the standard library
//! itself, so the two agree on every character (a test checks all of them).
//!
//! ## Example
//! 'É' → 'é' (run À–Þ, shift 32); 'Ł' → 'ł' (run Ĺ–Ň, stride 2, shift 1);
//! 'İ' → "i̇", the one character whose lowercase is two.

include!(concat!(env!("OUT_DIR"), "/lower_runs.rs"));

/// The lowercase of `c`: the characters `char::to_lowercase` gives.
pub fn to_lower(c: char) -> impl Iterator<Item = char> {
    let (first, second) = if c == '\u{130}' {
        ('i', Some('\u{307}'))
    } else {
        (lower_one(c), None)
    };
    std::iter::once(first).chain(second)
}

/// The lowercase of `c` when it is one character.
fn lower_one(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let cp = u32::from(c);
    // The runs are sorted and do not overlap: only the last one starting at
    // or before `cp` can hold it.
    let k = RUNS.partition_point(|r| r.0 <= cp);
    let Some(&(first, count, stride, shift)) = k.checked_sub(1).and_then(|k| RUNS.get(k)) else {
        return c;
    };
    let (off, stride) = (cp - first, u32::from(stride));
    if off % stride != 0 || off / stride >= u32::from(count) {
        return c;
    }
    cp.checked_add_signed(shift)
        .and_then(char::from_u32)
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::to_lower;

    #[test]
    fn lowercases_every_character_as_the_standard_library_does() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert!(to_lower(c).eq(c.to_lowercase()), "{c:?}");
        }
    }
}
