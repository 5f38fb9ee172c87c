//! Offsets: UTF-8 bytes (the Rust API), characters (Python, most corpora) and
//! UTF-16 code units (JavaScript string indices, the browser).
//!
//! There is one conversion, [`convert`]: it takes byte offsets and rewrites them
//! in place, sweeping the text once, so converting every span of an Analysis
//! costs one pass over the text plus a sort of the offsets.

use crate::model::{Analysis, Span};

/// The unit an offset counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OffsetUnit {
    /// UTF-8 bytes (what the Rust API speaks).
    #[default]
    Bytes,
    /// Unicode scalar values (Python string indices).
    Chars,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;

    /// Parses `bytes`, `chars` or `utf16`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "bytes" => Ok(OffsetUnit::Bytes),
            "chars" => Ok(OffsetUnit::Chars),
            "utf16" | "utf-16" => Ok(OffsetUnit::Utf16),
            _ => Err(format!(
                "unknown offset unit {s:?}: expected bytes, chars or utf16"
            )),
        }
    }
}

/// Rewrites byte offsets into `text` as offsets in `unit`.
///
/// An offset that is not on a character boundary counts the character it falls
/// in as not yet reached; an offset past the end maps to the length of the text.
///
/// ```
/// use factlens::offsets::{convert, OffsetUnit};
/// let text = "a😀b";
/// let (mut start, mut end) = (5, 6); // "b" in bytes
/// convert(text, OffsetUnit::Utf16, [&mut start, &mut end]);
/// assert_eq!((start, end), (3, 4));
/// ```
pub fn convert<'a>(text: &str, unit: OffsetUnit, offsets: impl IntoIterator<Item = &'a mut usize>) {
    if unit == OffsetUnit::Bytes {
        return;
    }
    let mut offsets: Vec<&mut usize> = offsets.into_iter().collect();
    crate::sort::sort_by_key(&mut offsets, |o| **o);
    let mut chars = text.char_indices().peekable();
    let mut converted = 0usize;
    for offset in offsets {
        let target = *offset;
        while let Some(&(byte, c)) = chars.peek() {
            if byte >= target {
                break;
            }
            converted += match unit {
                OffsetUnit::Utf16 => c.len_utf16(),
                _ => 1,
            };
            chars.next();
        }
        *offset = converted;
    }
}

impl Analysis {
    /// Rewrites every offset in the analysis of `text` from bytes to `unit`.
    /// Call it once, on an analysis whose offsets are still bytes.
    pub fn convert_offsets(&mut self, text: &str, unit: OffsetUnit) {
        if unit == OffsetUnit::Bytes {
            return;
        }
        let mut all: Vec<&mut usize> = Vec::new();
        fn span<'a>(all: &mut Vec<&'a mut usize>, s: &'a mut Span) {
            all.push(&mut s.start);
            all.push(&mut s.end);
        }
        for s in &mut self.sentences {
            all.push(&mut s.start);
            all.push(&mut s.end);
        }
        for f in &mut self.figures {
            all.push(&mut f.start);
            all.push(&mut f.end);
        }
        for q in &mut self.quotes {
            all.push(&mut q.start);
            all.push(&mut q.end);
        }
        for a in &mut self.attributions {
            if let Some(s) = a.source.as_mut() {
                span(&mut all, s);
            }
            if let Some(s) = a.cue.as_mut() {
                span(&mut all, s);
            }
            span(&mut all, &mut a.content);
        }
        for p in &mut self.people {
            for m in &mut p.mentions {
                span(&mut all, m);
            }
        }
        for c in &mut self.claims {
            all.push(&mut c.start);
            all.push(&mut c.end);
        }
        for f in &mut self.flags {
            all.push(&mut f.start);
            all.push(&mut f.end);
            for r in &mut f.related {
                span(&mut all, r);
            }
        }
        convert(text, unit, all);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(text: &str, unit: OffsetUnit, offs: &[usize]) -> Vec<usize> {
        let mut v = offs.to_vec();
        convert(text, unit, v.iter_mut());
        v
    }

    #[test]
    fn ascii_is_unchanged() {
        assert_eq!(conv("hello", OffsetUnit::Chars, &[0, 3, 5]), vec![0, 3, 5]);
        assert_eq!(conv("hello", OffsetUnit::Utf16, &[0, 3, 5]), vec![0, 3, 5]);
    }

    #[test]
    fn emoji_is_one_char_and_two_utf16_units() {
        // "a" (1 byte) "😀" (4 bytes, 1 char, 2 UTF-16 units) "b"
        let t = "a😀b";
        assert_eq!(conv(t, OffsetUnit::Chars, &[0, 1, 5, 6]), vec![0, 1, 2, 3]);
        assert_eq!(conv(t, OffsetUnit::Utf16, &[0, 1, 5, 6]), vec![0, 1, 3, 4]);
    }

    #[test]
    fn cjk_and_combining_marks() {
        // "日本" is 2 chars of 3 bytes each; "e\u{301}" is two chars (e + accent).
        let t = "日本 e\u{301}x";
        let x = t.find('x').unwrap();
        assert_eq!(conv(t, OffsetUnit::Chars, &[3, 6, x]), vec![1, 2, 5]);
        assert_eq!(conv(t, OffsetUnit::Utf16, &[3, 6, x]), vec![1, 2, 5]);
    }

    #[test]
    fn unsorted_and_repeated_offsets() {
        let t = "€5 and €6";
        let six = t.rfind('6').unwrap();
        assert_eq!(
            conv(t, OffsetUnit::Chars, &[six, 0, six, 3]),
            vec![8, 0, 8, 1]
        );
    }

    #[test]
    fn offset_past_end_maps_to_length() {
        assert_eq!(conv("a😀", OffsetUnit::Utf16, &[99]), vec![3]);
    }
}
