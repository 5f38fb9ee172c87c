//! ## What it finds
//! The attribution layer's word lists, loaded once: speech cues
//! (`lists/speech_cues.txt`), cues that take an object and a preposition
//! (`lists/cue_objects.txt`), titles and role nouns (`lists/titles.txt`) and
//! the words that say what kind of source a phrase names
//! (`lists/source_words.txt`).
//!
//! ## Why a reader cares
//! A newsroom adds a cue ("quipped") or a title ("ombudsman") by editing a
//! list, not the rules.
//!
//! ## Example
//! `speech | say, says, said, saying` makes each form a cue; `minister,
//! ministers` makes "the minister" a role compatible with "Health Minister".
//!
//! ## Limits
//! Every inflection is written out; nothing is stemmed. Words match in any case.

use crate::figures::lexicon::Lexicon;
use crate::lists;
use crate::model::AttributionKind;
use crate::text::{tokenize, Doc};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// How a cue takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// "X said (that) …"
    Speech,
    /// "X told reporters (that) …": a listener comes first.
    Object,
    /// Several words read as one cue.
    Phrase,
    /// A verb of intention or expectation, a cue only before a
    /// to-infinitive or a that-clause: "X plans to …", "X hopes that …".
    Intent,
    /// A verb of stance, a cue only after a first-person subject outside
    /// quotation marks: an opinion writer's own "I know", "we doubt".
    Stance,
    /// A verb of support or opposition, a cue only before its object:
    /// "voters support the levy", "the union backed Ruiz".
    Favor,
}

/// What the head word of a source phrase says about the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Pronoun,
    Anonymous,
    AnonPhrase,
    Vague,
    Document,
    Organization,
    OrgSuffix,
    /// A courtesy title ("Mr", "Dr"); it may tell a gender.
    Honorific,
}

/// Bits of [`Lexicons::flags`]: which lists hold a token as a one-word entry.
pub mod flag {
    pub const TITLE: u16 = 1;
    pub const ANONYMOUS: u16 = 1 << 1;
    pub const ANON_PHRASE: u16 = 1 << 2;
    pub const VAGUE: u16 = 1 << 3;
    pub const DOCUMENT: u16 = 1 << 4;
    pub const ORGANIZATION: u16 = 1 << 5;
    pub const ORG_SUFFIX: u16 = 1 << 6;
    pub const HONORIFIC: u16 = 1 << 7;
    pub const PRONOUN: u16 = 1 << 8;
    /// The first word of a speech cue.
    pub const CUE_START: u16 = 1 << 9;
    /// A noun that reports speech ("claim", "warning"): see `nominal.rs`.
    pub const NOMINAL: u16 = 1 << 10;
    /// The first word of a title ("prime" of "prime minister").
    pub const TITLE_START: u16 = 1 << 11;
    /// The first word of a courtesy title ("mr" of "mr.").
    pub const HONORIFIC_START: u16 = 1 << 12;
    /// A capitalised word that opens sentences and names no one ("The").
    pub const NOT_NAME: u16 = 1 << 13;
    /// A plural noun that is also a cue verb's -s form ("issues", "rules"):
    /// `lists/noun_plurals.txt`.
    pub const NOUN_PLURAL: u16 = 1 << 14;
    /// A word that may stand before a pronoun subject ("and", "because",
    /// "week"): `lists/before_subject.txt`.
    pub const BEFORE_SUBJECT: u16 = 1 << 15;
    /// A title or a source noun: a word a source phrase is made of.
    pub const LISTED: u16 = TITLE | ANONYMOUS | VAGUE | DOCUMENT | ORGANIZATION;
}

fn bit(kind: Word) -> u16 {
    match kind {
        Word::Pronoun => flag::PRONOUN,
        Word::Anonymous => flag::ANONYMOUS,
        Word::AnonPhrase => flag::ANON_PHRASE,
        Word::Vague => flag::VAGUE,
        Word::Document => flag::DOCUMENT,
        Word::Organization => flag::ORGANIZATION,
        Word::OrgSuffix => flag::ORG_SUFFIX,
        Word::Honorific => flag::HONORIFIC,
    }
}

use crate::text::FnvBuild;

pub struct Lexicons {
    /// Each cue form: how it takes its content, and what it reports.
    pub cues: Lexicon<(CueKind, AttributionKind)>,
    /// Every role noun, standing for its line in titles.txt (compatible roles share it).
    pub titles: Lexicon<u16>,
    /// One lexicon per kind of source word (a word may be in several: "reports").
    words: Vec<(Word, Lexicon<Option<char>>)>,
    /// One-word entries of every list, lowercase, with their `flag` bits.
    flags: HashMap<String, u16, FnvBuild>,
    /// A quick filter before `flags`: one bit per (length, first letter,
    /// last letter) of the entries; most words of a text miss it.
    seen: Vec<u64>,
    /// Cue forms of `lists/cue_objects.txt`, with the prepositions (bits of
    /// [`PREPOSITIONS`]) that follow their object. A `u16` like `flags`, so
    /// that the two maps share one copy of the hash table's code.
    objects: HashMap<String, u16, FnvBuild>,
}

/// The prepositions of `lists/cue_objects.txt`, bit `k` for entry `k`.
pub const PREPOSITIONS: &[&str] = &["as", "of", "about", "for", "on"];

/// The filter slot of a word: its length and first and last bytes, folded.
fn slot(w: &[u8]) -> usize {
    let (Some(&a), Some(&z)) = (w.first(), w.last()) else {
        return 0;
    };
    let fold = |b: u8| usize::from(b.to_ascii_lowercase() & 31);
    (w.len() & 31) << 10 | fold(a) << 5 | fold(z)
}

/// A document's key (text address and length) and its tokens' flags.
type Table = ((usize, usize), Vec<u16>);

thread_local! {
    /// The flags of every token of the document being analysed, keyed by its
    /// text's address and length (see [`tag_document`]).
    static TABLE: RefCell<Option<Table>> = const { RefCell::new(None) };
}

/// While alive, the flags of `doc`'s tokens are looked up once and read
/// from a table: the rules ask about the same tokens many times.
pub struct Tagged(());

impl Drop for Tagged {
    fn drop(&mut self) {
        TABLE.with(|t| *t.borrow_mut() = None);
    }
}

/// Computes the flags of every token of `doc` for the scope of the guard.
pub fn tag_document(doc: &Doc) -> Tagged {
    let l = lex();
    let flags: Vec<u16> = (0..doc.len()).map(|i| l.flags_uncached(doc, i)).collect();
    let key = (doc.text.as_ptr() as usize, doc.text.len());
    TABLE.with(|t| *t.borrow_mut() = Some((key, flags)));
    Tagged(())
}

/// The lexicons, built on first use.
pub fn lex() -> &'static Lexicons {
    static L: OnceLock<Lexicons> = OnceLock::new();
    L.get_or_init(|| {
        let mut flags: HashMap<String, u16, FnvBuild> = HashMap::default();
        let mut cues = Lexicon::default();
        for e in lists::entries(crate::lists::list_text!("speech_cues")) {
            let mut f = lists::fields(e);
            let (Some(kind), Some(forms)) = (f.next(), f.next()) else {
                continue;
            };
            let kind = match kind {
                "speech" => CueKind::Speech,
                "object" => CueKind::Object,
                "phrase" => CueKind::Phrase,
                "intent" => CueKind::Intent,
                "stance" => CueKind::Stance,
                "favor" => CueKind::Favor,
                _ => continue,
            };
            let reports = match f.next() {
                Some("thought") => AttributionKind::Thought,
                Some("stance") => AttributionKind::Stance,
                _ if matches!(kind, CueKind::Intent | CueKind::Stance) => AttributionKind::Thought,
                _ => AttributionKind::Speech,
            };
            for form in lists::forms(forms) {
                cues.add(form, (kind, reports));
                if let Some(first) = form.split_whitespace().next() {
                    *flags.entry(crate::text::lowercase(first)).or_default() |= flag::CUE_START;
                }
            }
        }
        for noun in super::nominal::NOUNS {
            *flags.entry((*noun).to_string()).or_default() |= flag::NOMINAL;
        }
        for (list, bit) in [
            (crate::lists::list_text!("noun_plurals"), flag::NOUN_PLURAL),
            (
                crate::lists::list_text!("before_subject"),
                flag::BEFORE_SUBJECT,
            ),
        ] {
            for w in lists::entries(list).flat_map(lists::forms) {
                *flags.entry(w.to_string()).or_default() |= bit;
            }
        }
        for w in super::source::NOT_NAMES
            .iter()
            .chain(&crate::dates::calendar::WEEKDAYS)
        {
            *flags.entry((*w).to_string()).or_default() |= flag::NOT_NAME;
        }
        let mut set = |form: &str, b: u16| {
            let toks = tokenize(form);
            if toks.len() == 1 {
                *flags.entry(crate::text::lowercase(form)).or_default() |= b;
            }
            let start = match b {
                flag::TITLE => flag::TITLE_START,
                flag::HONORIFIC => flag::HONORIFIC_START,
                _ => 0,
            };
            if let Some(t) = toks.first().filter(|_| start != 0) {
                let first = crate::text::lowercase(form.get(t.range()).unwrap_or_default());
                *flags.entry(first).or_default() |= start;
            }
        };
        let mut titles = Lexicon::default();
        for (n, e) in lists::entries(crate::lists::list_text!("titles")).enumerate() {
            for form in lists::forms(e) {
                titles.add(form, u16::try_from(n).unwrap_or(u16::MAX));
                set(form, flag::TITLE);
            }
        }
        let mut words: Vec<(Word, Lexicon<Option<char>>)> = Vec::new();
        for e in lists::entries(crate::lists::list_text!("source_words")) {
            let mut f = lists::fields(e);
            let (Some(kind), Some(forms)) = (f.next(), f.next()) else {
                continue;
            };
            let w = match kind {
                "pronoun" => Word::Pronoun,
                "anonymous" => Word::Anonymous,
                "anon_phrase" => Word::AnonPhrase,
                "vague" => Word::Vague,
                "document" => Word::Document,
                "organization" => Word::Organization,
                "org_suffix" => Word::OrgSuffix,
                "honorific" => Word::Honorific,
                _ => continue,
            };
            let k = match words.iter().position(|(x, _)| *x == w) {
                Some(k) => k,
                None => {
                    words.push((w, Lexicon::default()));
                    words.len() - 1
                }
            };
            for form in lists::forms(forms) {
                let (form, gender) = match form.split_once(':') {
                    Some((w, g)) => (w, g.chars().next()),
                    None => (form, None),
                };
                words[k].1.add(form, gender);
                set(form, bit(w));
            }
        }
        let mut objects: HashMap<String, u16, FnvBuild> = HashMap::default();
        for e in lists::entries(crate::lists::list_text!("cue_objects")) {
            let mut f = lists::fields(e);
            let (Some(prep), Some(forms)) = (f.next(), f.next()) else {
                continue;
            };
            let Some(k) = PREPOSITIONS.iter().position(|p| *p == prep) else {
                continue;
            };
            for form in lists::forms(forms) {
                *objects.entry(crate::text::lowercase(form)).or_default() |= 1 << k;
            }
        }
        let mut seen = vec![0u64; 1 << 9];
        for w in flags.keys() {
            let k = slot(w.as_bytes());
            seen[k >> 6] |= 1 << (k & 63);
        }
        Lexicons {
            cues,
            titles,
            words,
            flags,
            seen,
            objects,
        }
    })
}

impl Lexicons {
    /// Whether the cue word at token `i` takes an object and then the
    /// preposition at token `p` before its content ("accused X of …").
    pub fn object_then(&self, doc: &Doc, i: usize, p: usize) -> bool {
        let Some(k) = PREPOSITIONS.iter().position(|w| doc.is(p, w)) else {
            return false;
        };
        self.objects
            .get(doc.lowered_tok(i))
            .is_some_and(|bits| bits & (1 << k) != 0)
    }

    /// Whether a `kind` word starts at token `i`: its length in tokens and,
    /// for honorifics, the gender it tells.
    pub fn word(&self, kind: Word, doc: &Doc, i: usize) -> Option<(usize, Option<char>)> {
        if kind == Word::Honorific && self.flags(doc, i) & flag::HONORIFIC_START == 0 {
            return None;
        }
        let (_, lex) = self.words.iter().find(|(w, _)| *w == kind)?;
        lex.at(doc, i).map(|p| (p.len(), p.value))
    }

    /// The `flag` bits of a lowercase word.
    pub fn word_flags(&self, w: &str) -> u16 {
        self.flags.get(w).copied().unwrap_or(0)
    }

    /// Whether token `i` alone is a `kind` word.
    pub fn is(&self, kind: Word, doc: &Doc, i: usize) -> bool {
        self.flags(doc, i) & bit(kind) != 0
    }

    /// The `flag` bits of token `i`: the lists that hold it as a one-word
    /// entry. Inside [`tag_document`]'s scope they are read from its table.
    pub fn flags(&self, doc: &Doc, i: usize) -> u16 {
        let key = (doc.text.as_ptr() as usize, doc.text.len());
        let cached = TABLE.with(|t| {
            t.borrow()
                .as_ref()
                .filter(|(k, _)| *k == key)
                .map(|(_, v)| v.get(i).copied().unwrap_or(0))
        });
        match cached {
            Some(f) => f,
            None => self.flags_uncached(doc, i),
        }
    }

    fn flags_uncached(&self, doc: &Doc, i: usize) -> u16 {
        let t = doc.tok(i);
        if t.is_ascii() {
            let k = slot(t.as_bytes());
            if self
                .seen
                .get(k >> 6)
                .is_none_or(|b| b & (1 << (k & 63)) == 0)
            {
                return 0;
            }
        }
        doc.lower(i)
            .and_then(|w| self.flags.get(w).copied())
            .unwrap_or(0)
    }

    /// The role line of the title starting at `i`, with its length in tokens.
    pub fn title(&self, doc: &Doc, i: usize) -> Option<(u16, usize)> {
        if self.flags(doc, i) & flag::TITLE_START == 0 {
            return None;
        }
        self.titles.at(doc, i).map(|p| (p.value, p.len()))
    }

    /// The role line of the title ending at `i`, with its first token.
    pub fn title_ending(&self, doc: &Doc, i: usize) -> Option<(u16, usize)> {
        self.titles.ending_at(doc, i).map(|(f, p)| (p.value, f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let l = lex();
        let d = Doc::new("has warned the Health Minister Mr");
        assert_eq!(
            l.cues.at(&d, 1).map(|p| p.value),
            Some((CueKind::Object, AttributionKind::Speech))
        );
        assert!(l.titles.at(&d, 4).is_some());
        assert_eq!(l.word(Word::Honorific, &d, 5), Some((1, Some('m'))));
        let d = Doc::new("reports");
        assert!(l.is(Word::Vague, &d, 0) && l.is(Word::Document, &d, 0));
    }
}
