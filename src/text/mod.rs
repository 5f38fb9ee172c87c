//! Text plumbing shared by every layer: tokens and the [`Doc`] that rules read.

pub mod case;
mod token;

pub use token::{tokenize, Token, TokenKind};

/// FNV-1a, the hasher of every word table: lookups run for nearly every
/// token, keys are short, and nothing needs protection against crafted keys
/// (the standard SipHash took a fifth of the analysis time).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Builds [`Fnv`] hashers: `HashMap<K, V, FnvBuild>`.
pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// A text with its tokens: what every rule reads.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Every token in lowercase, made on first use: a dozen word lists look
    /// up every token, and lowering it each time was a third of the work.
    lowered: std::cell::OnceCell<Lowered>,
}

/// The lowercase forms of a document's tokens: `spans[i]` is token `i`'s
/// range in `buf`.
struct Lowered {
    buf: String,
    spans: Vec<(u32, u32)>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        Doc {
            text,
            tokens: tokenize(text),
            lowered: std::cell::OnceCell::new(),
        }
    }

    fn lowered(&self) -> &Lowered {
        self.lowered.get_or_init(|| {
            let mut buf = String::with_capacity(self.text.len());
            let mut spans = Vec::with_capacity(self.tokens.len());
            for t in &self.tokens {
                let s = &self.text[t.range()];
                let from = buf.len();
                if s.is_ascii() {
                    buf.extend(s.bytes().map(|b| char::from(b.to_ascii_lowercase())));
                } else {
                    buf.extend(s.chars().flat_map(case::to_lower));
                }
                spans.push((from as u32, buf.len() as u32));
            }
            Lowered { buf, spans }
        })
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The text of token `i` ("" when out of range).
    pub fn tok(&self, i: usize) -> &'a str {
        match self.tokens.get(i) {
            Some(t) => &self.text[t.range()],
            None => "",
        }
    }

    /// The kind of token `i`, if it exists.
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// The bytes of token `i` (empty past the end). Rules compare tokens
    /// millions of times; bytes skip the char-boundary checks of `tok`.
    fn bytes(&self, i: usize) -> &'a [u8] {
        match self.tokens.get(i) {
            Some(t) => self.text.as_bytes().get(t.range()).unwrap_or_default(),
            None => &[],
        }
    }

    /// Whether token `i` is the word `w`, ignoring ASCII case (`w` lowercase).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.bytes(i).eq_ignore_ascii_case(w.as_bytes())
    }

    /// Whether token `i` is one of `words` (lowercase), ignoring ASCII case.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let t = self.bytes(i);
        words.iter().any(|w| t.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// Whether token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        let mut buf = [0u8; 4];
        matches!(self.tokens.get(i), Some(t) if t.kind == TokenKind::Punct)
            && self.bytes(i) == c.encode_utf8(&mut buf).as_bytes()
    }

    /// Whether token `i` exists and follows token `i - 1` with no space.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && matches!(self.tokens.get(i), Some(t) if !t.space_before)
    }

    /// Whether a line break separates token `i` from the one before it.
    pub fn line_break_before(&self, i: usize) -> bool {
        matches!(self.tokens.get(i), Some(t) if t.newlines_before > 0)
    }

    /// The text from token `first` to token `last`, both included ("" when
    /// out of range).
    pub fn text_of(&self, first: usize, last: usize) -> &'a str {
        self.text
            .get(self.start(first)..self.end(last))
            .unwrap_or_default()
    }

    /// Byte offset where token `i` starts (text length past the end).
    pub fn start(&self, i: usize) -> usize {
        self.tokens
            .get(i)
            .map_or(self.text.len(), |t| t.start as usize)
    }

    /// Byte offset where token `i` ends (text length past the end).
    pub fn end(&self, i: usize) -> usize {
        self.tokens
            .get(i)
            .map_or(self.text.len(), |t| t.end as usize)
    }

    /// The lowercase form of token `i`, for lexicon lookups ("" past the
    /// end). Computed once per document.
    pub fn lowered_tok(&self, i: usize) -> &str {
        let l = self.lowered();
        match l.spans.get(i) {
            Some(&(a, b)) => l.buf.get(a as usize..b as usize).unwrap_or(""),
            None => "",
        }
    }

    /// The lowercase form of token `i`, for lexicon lookups. `None` when it
    /// is longer than 48 bytes (no word of a list is).
    pub fn lower(&self, i: usize) -> Option<&str> {
        let t = self.lowered_tok(i);
        (t.len() <= 48).then_some(t)
    }
}

/// `s` in lowercase. Used instead of `str::to_lowercase`, whose own code
/// (final-sigma rules) adds 4 KB to the WebAssembly build for nothing here.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().flat_map(case::to_lower).collect()
}

/// `s` in lowercase (ASCII and Latin-1 letters), written into `buf`.
/// `None` when it does not fit.
pub fn lower_into<'b>(s: &str, buf: &'b mut [u8; 48]) -> Option<&'b str> {
    if s.is_ascii() {
        let n = s.len();
        if n > buf.len() {
            return None;
        }
        for (d, b) in buf[..n].iter_mut().zip(s.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        return std::str::from_utf8(&buf[..n]).ok();
    }
    let mut n = 0;
    for c in s.chars().flat_map(case::to_lower) {
        let l = c.len_utf8();
        if n + l > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[n..n + l]);
        n += l;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_helpers() {
        let d = Doc::new("Over 200 KM.");
        assert!(d.is(0, "over"));
        assert!(d.is_any(2, &["mile", "km"]));
        assert!(d.is_punct(3, '.'));
        assert!(d.glued(3));
        assert!(!d.glued(1));
        assert_eq!(d.tok(9), "");
        let mut buf = [0u8; 48];
        assert_eq!(d.lower(2), Some("km"));
        assert_eq!(lower_into("ÉTÉ", &mut buf), Some("été"));
    }
}
