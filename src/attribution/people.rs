//! ## What it finds
//! The people of an article with their titles, and who a pronoun or a role
//! noun stands for: "Health Minister Lea Strand" is a person titled
//! "Health Minister"; a later "Strand", "the minister" or "she" is the same
//! person.
//!
//! ## Why a reader cares
//! "He said" tells a reader nothing on its own; the widget shows "Lea
//! Strand, Health Minister" instead.
//!
//! ## Example
//! `Port chief Rosa Dal spoke first. The chief said … Dal added … she said`
//! → one person, "Rosa Dal", titled "Port chief", with four mentions.
//!
//! ## Limits
//! People are found from a title or honorific before a name ("Mayor Ana
//! Ruiz", "Dr. Ruiz"), an apposition after one ("Ana Ruiz, a surgeon at …,")
//! and the named sources of attributions. A pronoun ("he", "she", "who")
//! goes to the nearest person mentioned before it, of the gender an
//! honorific told when one did; a role noun ("the minister", "the
//! 45-year-old") to the nearest person whose title shares it (any person for
//! an age). "they", "it", "I" and "we" are not resolved. Two people who share
//! a surname are one person.

use super::lexicon::{lex, Word};
use super::source::name_word;
use crate::text::{Doc, TokenKind};
use std::collections::HashMap;

/// One person of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The name's tokens, first to last (as in the longest form seen).
    pub name: (usize, usize),
    /// The title's tokens.
    pub title: Option<(usize, usize)>,
    /// Role lines (lists/titles.txt) the title holds.
    pub roles: Vec<u16>,
    pub gender: Option<char>,
}

/// The people of a document and where each is mentioned.
#[derive(Debug, Default)]
pub struct People {
    pub list: Vec<Person>,
    /// Every mention so far: `(first token, person)` → last token.
    /// Mentions keyed by (first token, person), sorted by key: a sorted
    /// vector rather than a BTreeMap, whose code costs 6 KB of WebAssembly.
    mentions: Vec<((usize, usize), usize)>,
    /// Each person's name words, and the people each word belongs to.
    words: Vec<Vec<String>>,
    by_word: HashMap<String, Vec<usize>, crate::text::FnvBuild>,
}

/// Particles inside names: "Ayman al Safadi", "Ursula von der Leyen".
const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "van", "von", "der", "da", "di", "le", "la", "du", "del",
];

/// The name run starting at token `i` (capitalised words, particles,
/// initials, hyphenated parts), as its last token.
pub fn name_from(doc: &Doc, i: usize) -> Option<usize> {
    if !name_word(doc, i) {
        return None;
    }
    let mut last = i;
    let mut j = i + 1;
    while j < doc.len() && j - i < 8 && !doc.line_break_before(j) {
        if name_word(doc, j) && !doc.glued(j) {
            last = j;
            j += 1;
        } else if doc.is_punct(j, '-')
            && doc.glued(j)
            && doc.glued(j + 1)
            && doc.kind(j + 1) == Some(TokenKind::Word)
        {
            last = j + 1;
            j += 2;
        } else if doc.is_punct(j, '.') && doc.glued(j) && doc.tok(j - 1).chars().count() == 1 {
            last = j;
            j += 1;
        } else if doc.is_any(j, PARTICLES) && name_word(doc, j + 1) {
            j += 1;
        } else {
            break;
        }
    }
    // A possessive ends the name: "Strand’s" is Strand.
    Some(last)
}

/// The words of a name (without punctuation), for comparisons.
fn words(doc: &Doc, (a, b): (usize, usize)) -> Vec<String> {
    (a..=b)
        .filter(|&k| doc.kind(k) == Some(TokenKind::Word))
        .map(|k| strip_possessive(doc.tok(k)).to_string())
        .collect()
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w)
}

impl People {
    /// The person whose name has the words `w`: one whose last word is `w`'s
    /// last word, or whose name holds every word of `w`.
    fn find(&self, w: &[String]) -> Option<usize> {
        let last = w.last()?;
        let candidates = self.by_word.get(last)?;
        candidates
            .iter()
            .copied()
            .find(|&p| self.words[p].last() == Some(last))
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .find(|&p| w.iter().all(|x| self.words[p].contains(x)))
            })
    }

    fn index(&mut self, p: usize, w: Vec<String>) {
        for x in &w {
            let ps = self.by_word.entry(x.clone()).or_default();
            if !ps.contains(&p) {
                ps.push(p);
            }
        }
        if let Some(slot) = self.words.get_mut(p) {
            *slot = w;
        } else {
            self.words.push(w);
        }
    }

    /// The person a name `a..=b` refers to, added when new. A name whose last
    /// word is a known person's last word (or whose words are all in a known
    /// name) is that person; a longer form replaces a shorter one.
    pub fn add(
        &mut self,
        doc: &Doc,
        name: (usize, usize),
        title: Option<(usize, usize)>,
        gender: Option<char>,
    ) -> usize {
        let w = words(doc, name);
        let roles = title.map(|t| roles(doc, t)).unwrap_or_default();
        match self.find(&w) {
            Some(k) => {
                if w.len() > self.words[k].len() {
                    self.list[k].name = name;
                    self.index(k, w);
                }
                let p = &mut self.list[k];
                if p.title.is_none() && title.is_some() {
                    p.title = title;
                    p.roles = roles;
                }
                p.gender = p.gender.or(gender);
                k
            }
            None => {
                self.list.push(Person {
                    name,
                    title,
                    roles,
                    gender,
                });
                let k = self.list.len() - 1;
                self.index(k, w);
                k
            }
        }
    }

    /// The person named by the words `a..=b`, if known.
    pub fn lookup(&self, doc: &Doc, name: (usize, usize)) -> Option<usize> {
        self.find(&words(doc, name))
    }

    /// Records a mention of person `p` at tokens `a..=b`.
    pub fn mention(&mut self, a: usize, b: usize, p: usize) {
        let key = (a, p);
        if let Err(i) = self.mentions.binary_search_by(|e| e.0.cmp(&key)) {
            self.mentions.insert(i, (key, b));
        }
    }

    /// The nearest person mentioned before token `before` that `ok` accepts
    /// (among the last 40 mentions).
    pub fn nearest(&self, before: usize, ok: impl Fn(&Person) -> bool) -> Option<usize> {
        let end = self.mentions.partition_point(|e| e.0 < (before, 0));
        self.mentions[..end]
            .iter()
            .rev()
            .take(40)
            .map(|&((_, p), _)| p)
            .find(|&p| self.list.get(p).is_some_and(&ok))
    }

    /// Each person's mentions as token ranges, in text order.
    pub fn mention_lists(&self) -> Vec<Vec<(usize, usize)>> {
        let mut out = vec![Vec::new(); self.list.len()];
        for &((a, p), b) in &self.mentions {
            if let Some(v) = out.get_mut(p) {
                v.push((a, b));
            }
        }
        out
    }
}

/// The role lines of the title `a..=b`.
fn roles(doc: &Doc, (a, b): (usize, usize)) -> Vec<u16> {
    (a..=b)
        .filter_map(|k| lex().title(doc, k).map(|(r, _)| r))
        .collect()
}

/// Finds the people a title, an honorific or an apposition introduces.
pub fn introduce(doc: &Doc, people: &mut People) {
    let l = lex();
    let n = doc.len();
    let mut i = 0;
    while i < n {
        // Honorific + name: "Mr Reyes", "Dr. Ana Lund".
        if let Some((len, gender)) = l.word(Word::Honorific, doc, i) {
            let mut j = i + len;
            if doc.is_punct(j, '.') && doc.glued(j) {
                j += 1;
            }
            if let Some(last) = name_from(doc, j) {
                let title = title_before(doc, i + len - 1)
                    .or_else(|| (l.title(doc, i).is_some()).then_some((i, i + len - 1)));
                let p = people.add(doc, (j, last), title.or(apposition(doc, last)), gender);
                people.mention(j, last, p);
                i = last + 1;
                continue;
            }
        }
        // Title + name: "Health Minister Lea Strand".
        if let Some((_, len)) = l.title(doc, i) {
            let j = i + len;
            if !doc.line_break_before(j) {
                if let Some(last) = name_from(doc, j) {
                    let title = title_before(doc, j - 1);
                    let p = people.add(doc, (j, last), title, None);
                    people.mention(j, last, p);
                    i = last + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    // Appositions: "Ana Lund, a marine biologist at …,".
    let mut i = 0;
    while i < n {
        if name_word(doc, i) && (i == 0 || !name_word(doc, i - 1)) {
            if let Some(last) = name_from(doc, i) {
                if last > i || people.lookup(doc, (i, last)).is_some() {
                    if let Some(t) = apposition(doc, last) {
                        let p = people.add(doc, (i, last), Some(t), None);
                        people.mention(i, last, p);
                    }
                }
                i = last + 1;
                continue;
            }
        }
        i += 1;
    }
}

/// The title ending at token `end`: the title word and the capitalised
/// words, titles and organisation words before it ("Foreign Office
/// spokesperson"), as its tokens.
fn title_before(doc: &Doc, end: usize) -> Option<(usize, usize)> {
    let l = lex();
    let (_, first) = l.title_ending(doc, end)?;
    let mut a = first;
    while a > 0 && first - a < 5 && !doc.line_break_before(a) {
        let k = a - 1;
        let capital = doc.kind(k) == Some(TokenKind::Word)
            && doc.tok(k).starts_with(|c: char| c.is_uppercase())
            && !doc.is_any(
                k,
                &[
                    "the",
                    "a",
                    "an",
                    "in",
                    "on",
                    "at",
                    "but",
                    "and",
                    "speaking",
                    "when",
                    "after",
                    "according",
                    "while",
                ],
            );
        let known = l.title(doc, k).is_some()
            || l.is(Word::Organization, doc, k)
            || doc.is_any(
                k,
                &[
                    "chief",
                    "deputy",
                    "senior",
                    "former",
                    "acting",
                    "foreign",
                    "finance",
                    "defence",
                    "defense",
                    "interior",
                    "health",
                    "state",
                    "vice",
                    "assistant",
                    "executive",
                    "general",
                ],
            );
        if capital || known {
            a = k;
        } else {
            break;
        }
    }
    Some((a, end))
}

/// A title in apposition after a name ending at `last`: ", a marine
/// biologist at Carrow University," → "marine biologist at Carrow University".
fn apposition(doc: &Doc, last: usize) -> Option<(usize, usize)> {
    if !doc.is_punct(last + 1, ',') || !doc.is_any(last + 2, &["a", "an", "the"]) {
        return None;
    }
    let start = last + 3;
    let mut end = None;
    let mut has_title = false;
    for k in start..(start + 12).min(doc.len()) {
        if doc.kind(k) == Some(TokenKind::Punct) && !doc.is_punct(k, '-') && !doc.is_punct(k, '.') {
            break;
        }
        if doc.is_punct(k, '.') && !doc.glued(k + 1) {
            break;
        }
        if lex().title(doc, k).is_some() {
            has_title = true;
        }
        if doc.is_any(k, &["who", "which", "that", "said", "says", "told"]) {
            break;
        }
        end = Some(k);
    }
    let end = end?;
    has_title.then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<(String, Option<String>)> {
        let d = Doc::new(text);
        let mut p = People::default();
        introduce(&d, &mut p);
        p.list
            .iter()
            .map(|x| {
                (
                    text[d.start(x.name.0)..d.end(x.name.1)].to_string(),
                    x.title.map(|t| text[d.start(t.0)..d.end(t.1)].to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn titles_before_names() {
        assert_eq!(
            people(
                "Health Minister Lea Strand spoke. Harbour Board spokesperson Omar Quist agreed."
            ),
            [
                (
                    "Lea Strand".to_string(),
                    Some("Health Minister".to_string())
                ),
                (
                    "Omar Quist".to_string(),
                    Some("Harbour Board spokesperson".to_string())
                )
            ]
        );
    }

    #[test]
    fn honorifics_and_appositions() {
        assert_eq!(
            people("Dr. Ana Lund, a marine biologist at Nord University, spoke. Mr Falk left."),
            [
                (
                    "Ana Lund".to_string(),
                    Some("marine biologist at Nord University".to_string())
                ),
                ("Falk".to_string(), None)
            ]
        );
    }

    #[test]
    fn a_surname_is_the_same_person() {
        let d = Doc::new("Mayor Rosa Dal spoke. Dal left.");
        let mut p = People::default();
        introduce(&d, &mut p);
        assert_eq!(p.lookup(&d, (5, 5)), Some(0));
    }
}
