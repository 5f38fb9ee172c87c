//! ## What it finds
//! The tokens every rule works on: words, digit runs and single punctuation
//! characters, each with its byte span and the whitespace before it.
//!
//! ## Why
//! Rules for figures, dates and sentences look at a handful of neighbouring
//! tokens ("over" + number, number + "km"). Splitting once, cheaply, keeps every
//! rule simple and the whole pass linear.
//!
//! ## Example
//! "US$3.5bn, on 12 Oct." → `US` `$` `3` `.` `5` `bn` `,` `on` `12` `Oct` `.`
//! with `3`, `.`, `5`, `bn` glued (no space before them).
//!
//! ## Limits
//! Digits are ASCII only; a hyphen, a dot or a comma is always its own token
//! (the number parser rejoins "3,400" and "1.5"). An apostrophe between two
//! letters stays inside the word ("don't", "Pakistan’s").

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script), with inner apostrophes and combining marks.
    Word,
    /// ASCII digits.
    Digits,
    /// One character that is neither a letter, a digit nor whitespace.
    Punct,
}

/// One token: `start..end` in bytes, and what separates it from the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// Whitespace between the previous token and this one.
    pub space_before: bool,
    /// Line breaks in that whitespace (2 or more: a paragraph break).
    pub newlines_before: u8,
}

impl Token {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Whether `c` continues a word: letters, plus combining marks (accents typed
/// as separate code points) and the zero-width joiner.
fn is_word_char(c: char) -> bool {
    // News text is full of curly quotes, dashes and ellipses (U+2010–U+206F):
    // answer those without the Unicode tables.
    if ('\u{2010}'..='\u{206F}').contains(&c) {
        return false;
    }
    // Latin letters with diacritics and Cyrillic: letters, no table needed.
    if matches!(c, '\u{C0}'..='\u{24F}' | '\u{400}'..='\u{4FF}') {
        return c != '\u{D7}' && c != '\u{F7}';
    }
    c.is_alphabetic()
        || matches!(c as u32,
            0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
            | 0xFE20..=0xFE2F | 0x200D | 0x200C
            // Hebrew points, Arabic marks, and the Indic and Thai blocks, whose
            // viramas and vowel signs are marks (their dandas are punctuation).
            | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
            | 0x06D6..=0x06ED | 0x0900..=0x0963 | 0x0966..=0x0DFF | 0x0E00..=0x0EFF)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text` into tokens.
///
/// ```
/// use factlens::text::{tokenize, TokenKind};
/// let t = tokenize("over 200 km");
/// assert_eq!(t.len(), 3);
/// assert_eq!(t[1].kind, TokenKind::Digits);
/// assert!(t[2].space_before);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0usize;
    let mut space_before = false;
    let mut newlines: u8 = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Fast path for ASCII.
        if b < 0x80 {
            if b.is_ascii_whitespace() {
                space_before = true;
                if b == b'\n' {
                    newlines = newlines.saturating_add(1);
                }
                i += 1;
                continue;
            }
            let start = i;
            let kind = if b.is_ascii_digit() {
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                TokenKind::Digits
            } else if b.is_ascii_alphabetic() {
                i = scan_word(text, i);
                TokenKind::Word
            } else {
                i += 1;
                TokenKind::Punct
            };
            tokens.push(Token {
                start: start as u32,
                end: i as u32,
                kind,
                space_before,
                newlines_before: newlines,
            });
            space_before = false;
            newlines = 0;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
                newlines = newlines.saturating_add(1);
            }
            i += len;
            continue;
        }
        let start = i;
        let kind = if is_word_char(c) {
            i = scan_word(text, i);
            TokenKind::Word
        } else {
            i += len;
            TokenKind::Punct
        };
        tokens.push(Token {
            start: start as u32,
            end: i as u32,
            kind,
            space_before,
            newlines_before: newlines,
        });
        space_before = false;
        newlines = 0;
    }
    tokens
}

/// The end of the word starting at `i`.
fn scan_word(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters quickly.
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i >= bytes.len() {
            return i;
        }
        let Some(c) = text[i..].chars().next() else {
            return i;
        };
        if c.is_ascii() && !is_apostrophe(c) {
            return i;
        }
        if is_apostrophe(c) {
            // Keep an apostrophe only between two letters.
            let after = i + c.len_utf8();
            match text[after..].chars().next() {
                Some(n) if n.is_alphabetic() => {
                    i = after;
                    continue;
                }
                _ => return i,
            }
        }
        if is_word_char(c) {
            i += c.len_utf8();
        } else {
            return i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.range()]).collect()
    }

    #[test]
    fn splits_money_and_dates() {
        assert_eq!(
            texts("US$3.5bn, on 12 Oct."),
            ["US", "$", "3", ".", "5", "bn", ",", "on", "12", "Oct", "."]
        );
    }

    #[test]
    fn keeps_inner_apostrophes_only() {
        assert_eq!(
            texts("don't Pakistan’s 'quoted'"),
            ["don't", "Pakistan’s", "'", "quoted", "'"]
        );
        assert_eq!(texts("the '40s"), ["the", "'", "40", "s"]);
    }

    #[test]
    fn records_spaces_and_paragraph_breaks() {
        let t = tokenize("a b\n\nc-d");
        assert!(!t[0].space_before);
        assert!(t[1].space_before && t[1].newlines_before == 0);
        assert_eq!(t[2].newlines_before, 2);
        assert!(!t[3].space_before, "hyphen is glued");
    }

    #[test]
    fn non_ascii_words_and_symbols() {
        assert_eq!(
            texts("café e\u{301}t 日本 €5 40°C"),
            ["café", "e\u{301}t", "日本", "€", "5", "40", "°", "C"]
        );
        assert_eq!(texts("नमस्ते"), ["नमस्ते"]);
    }

    #[test]
    fn empty_and_space_only() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \n\t ").is_empty());
    }
}
