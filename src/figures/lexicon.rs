//! Phrase lexicons: the word lists under `lists/` turned, once, into maps that
//! rules can look up token by token.
//!
//! A phrase is a short run of tokens ("more than", "HK$", "square metres").
//! It is stored split the way the tokenizer splits text, so "km/h" in a list
//! matches "km/h" and "km / h" alike. A phrase written in lowercase matches in
//! any case; one with a capital letter, or of a single character, matches only
//! as written ("MB", "C$", "g").
//! Lookups are keyed by the lowercase first (or last) token and never allocate.

use crate::text::{tokenize, Doc, FnvBuild, TokenKind};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One phrase of a lexicon: how many tokens it has and what it stands for.
#[derive(Debug)]
pub struct Phrase<T> {
    len: usize,
    pub value: T,
}

impl<T> Phrase<T> {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A phrase's tokens, as the matcher reads them. Kept apart from the value
/// so that the lookups below exist once in the build, not once per value type.
#[derive(Debug)]
struct Form {
    /// The phrase's tokens as written.
    toks: Vec<&'static str>,
    /// For each token, whether it must be glued to the one before: two letter
    /// or digit tokens written together ("m2", "km2"; not "km/h").
    glued: Vec<bool>,
    /// Match the tokens exactly (the phrase has a capital letter).
    exact: bool,
}

impl Form {
    fn matches(&self, doc: &Doc, first: usize) -> bool {
        self.toks.iter().enumerate().all(|(k, want)| {
            let j = first + k;
            if k > 0 && (doc.line_break_before(j) || (self.glued[k] && !doc.glued(j))) {
                return false;
            }
            if self.exact {
                doc.tok(j) == *want
            } else {
                doc.lowered_tok(j) == *want
            }
        })
    }
}

/// Phrases indexed by their first and their last token.
#[derive(Debug)]
pub struct Lexicon<T> {
    index: Index,
    /// What each form of the index stands for, by the same position.
    phrases: Vec<Phrase<T>>,
}

/// The forms of a lexicon's phrases, indexed by their first and last token.
#[derive(Debug, Default)]
struct Index {
    forms: Vec<Form>,
    by_first: HashMap<String, Vec<usize>, FnvBuild>,
    by_last: HashMap<String, Vec<usize>, FnvBuild>,
    /// Quick filters before the maps: one bit per (length, first byte, last
    /// byte) of the keys. Most tokens of a text miss them, and a dozen
    /// lexicons look up every token.
    first_seen: Sieve,
    last_seen: Sieve,
}

/// A 4,096-bit filter over (length, first byte, last byte) of words.
#[derive(Debug, Default)]
struct Sieve(Vec<u64>);

impl Sieve {
    fn bit(key: &str) -> usize {
        let b = key.as_bytes();
        let (first, last) = (b.first().copied(), b.last().copied());
        let h = (b.len().min(63) * 131 + usize::from(first.unwrap_or(0))) * 131
            + usize::from(last.unwrap_or(0));
        h % 4096
    }

    fn add(&mut self, key: &str) {
        if self.0.is_empty() {
            self.0 = vec![0; 64];
        }
        let k = Self::bit(key);
        self.0[k / 64] |= 1 << (k % 64);
    }

    fn may_hold(&self, key: &str) -> bool {
        let k = Self::bit(key);
        self.0.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
    }
}

impl Index {
    /// Adds the form of `phrase` (as written in a list) and returns its
    /// length in tokens, or `None` for an empty phrase or one already held.
    fn add(&mut self, phrase: &'static str) -> Option<usize> {
        let tokens = tokenize(phrase);
        let toks: Vec<&'static str> = tokens.iter().map(|t| &phrase[t.range()]).collect();
        let glued = tokens
            .iter()
            .enumerate()
            .map(|(k, t)| {
                k > 0
                    && !t.space_before
                    && t.kind != TokenKind::Punct
                    && tokens[k - 1].kind != TokenKind::Punct
            })
            .collect();
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return None;
        };
        // Capitals are significant, and so is the case of a one-letter unit:
        // "g" is grams, "G" is not.
        let exact = phrase.chars().any(char::is_uppercase) || phrase.chars().count() == 1;
        let key_first = crate::text::lowercase(first);
        let key_last = crate::text::lowercase(last);
        let dup = self.by_first.get(&key_first).is_some_and(|ids| {
            ids.iter()
                .any(|&k| self.forms[k].toks == toks && self.forms[k].exact == exact)
        });
        if dup {
            return None;
        }
        let id = self.forms.len();
        let len = toks.len();
        self.forms.push(Form { toks, glued, exact });
        self.first_seen.add(&key_first);
        self.last_seen.add(&key_last);
        self.by_first.entry(key_first).or_default().push(id);
        self.by_last.entry(key_last).or_default().push(id);
        Some(len)
    }

    /// The longest form that starts at token `i` (the last added on ties).
    fn at(&self, doc: &Doc, i: usize) -> Option<usize> {
        let key = doc.lower(i)?;
        if !self.first_seen.may_hold(key) {
            return None;
        }
        let ids = self.by_first.get(key)?;
        ids.iter()
            .copied()
            .filter(|&k| self.forms[k].matches(doc, i))
            .max_by_key(|&k| self.forms[k].toks.len())
    }

    /// The longest form that ends at token `i` (the last added on ties), with
    /// the index of its first token.
    fn ending_at(&self, doc: &Doc, i: usize) -> Option<(usize, usize)> {
        let key = doc.lower(i)?;
        if !self.last_seen.may_hold(key) {
            return None;
        }
        let ids = self.by_last.get(key)?;
        ids.iter()
            .filter_map(|&k| {
                let first = (i + 1).checked_sub(self.forms[k].toks.len())?;
                self.forms[k].matches(doc, first).then_some((first, k))
            })
            .max_by_key(|&(_, k)| self.forms[k].toks.len())
    }
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon {
            index: Index::default(),
            phrases: Vec::new(),
        }
    }
}

impl<T> Lexicon<T> {
    /// Adds `phrase` (as written in a list) standing for `value`. The first
    /// entry of a phrase wins; later duplicates are ignored.
    pub fn add(&mut self, phrase: &'static str, value: T) {
        if let Some(len) = self.index.add(phrase) {
            self.phrases.push(Phrase { len, value });
        }
    }

    /// The longest phrase that starts at token `i`.
    pub fn at(&self, doc: &Doc, i: usize) -> Option<&Phrase<T>> {
        self.phrases.get(self.index.at(doc, i)?)
    }

    /// The longest phrase that ends at token `i`, with the index of its first token.
    pub fn ending_at(&self, doc: &Doc, i: usize) -> Option<(usize, &Phrase<T>)> {
        let (first, k) = self.index.ending_at(doc, i)?;
        Some((first, self.phrases.get(k)?))
    }

    /// Every phrase of `doc` from left to right, the longest at each place,
    /// none overlapping: `(first token, last token, phrase)`.
    pub fn scan<'s>(
        &'s self,
        doc: &'s Doc,
    ) -> impl Iterator<Item = (usize, usize, &'s Phrase<T>)> + 's {
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < doc.len() {
                if let Some(p) = self.at(doc, i) {
                    let (first, last) = (i, i + p.len() - 1);
                    i = last + 1;
                    return Some((first, last, p));
                }
                i += 1;
            }
            None
        })
    }

    /// Whether some phrase starts at token `i`.
    pub fn contains_at(&self, doc: &Doc, i: usize) -> bool {
        self.index.at(doc, i).is_some()
    }
}

/// A lexicon of the one-field list `src` (every phrase stands for `()`).
pub fn plain(src: &'static str) -> Lexicon<()> {
    let mut lex = Lexicon::default();
    for e in crate::lists::entries(src) {
        for phrase in crate::lists::forms(e) {
            lex.add(phrase, ());
        }
    }
    lex
}

/// A lexicon of the two-field list `src`, `canonical | form, form, …`: every
/// form stands for its canonical name ("km | km, kilometre, kilometres").
pub fn keyed(src: &'static str) -> Lexicon<&'static str> {
    let mut lex = Lexicon::default();
    for e in crate::lists::entries(src) {
        let mut f = crate::lists::fields(e);
        let (Some(key), Some(list)) = (f.next(), f.next()) else {
            continue;
        };
        for form in crate::lists::forms(list) {
            lex.add(form, key);
        }
    }
    lex
}

/// Whether a word that makes the number before it a time or a date starts at
/// token `j` ("12 October", "three weeks"; `lists/time_after_number.txt`).
pub fn time_word_at(doc: &Doc, j: usize) -> bool {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| plain(crate::lists::list_text!("time_after_number")))
        .contains_at(doc, j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_phrases_by_first_and_last_token() {
        let mut lex = Lexicon::default();
        lex.add("more than", 1);
        lex.add("no more than", 2);
        lex.add("HK$", 3);
        let d = Doc::new("no more than 5 HK $ 3");
        assert_eq!(lex.at(&d, 0).map(|p| p.value), Some(2));
        assert_eq!(lex.at(&d, 1).map(|p| p.value), Some(1));
        assert_eq!(
            lex.ending_at(&d, 2).map(|(f, p)| (f, p.value)),
            Some((0, 2))
        );
        assert_eq!(lex.at(&d, 4).map(|p| p.value), Some(3));
        let lower = Doc::new("hk$ 3");
        assert!(
            lex.at(&lower, 0).is_none(),
            "a capitalised form matches as written"
        );
    }

    #[test]
    fn does_not_cross_line_breaks() {
        let mut lex = Lexicon::default();
        lex.add("more than", ());
        let d = Doc::new("more\nthan 5");
        assert!(lex.at(&d, 0).is_none());
    }
}
