//! Attribution: who said what. Fills `attributions` and `people` of the
//! Analysis and gives each quote its role and its attribution.
//!
//! ```text
//! quotes::pair ─► units (sentences joined where a quote spans them)
//!                   └─► forms::in_unit (cue.rs finds cues, source.rs the source phrase)
//!                          └─► people.rs (titles, names, pronouns, role nouns → one person)
//!                                 └─► quotes::role (speech or term) ─► Attribution, Person
//! ```
//!
//! - `lexicon.rs` loads `lists/speech_cues.txt`, `lists/cue_objects.txt`,
//!   `lists/titles.txt` and `lists/source_words.txt`.
//! - `cue.rs` finds cues ("has warned", "went on to say"), `source.rs` the
//!   source phrase and its kind, `forms.rs` the constructions that tie them to
//!   content, `nominal.rs` cues that are nouns ("her claim that …"),
//!   `people.rs` the article's people and coreference, `kind.rs` whether an
//!   attribution reports speech, a thought or a stance.

pub mod cue;
pub mod forms;
pub mod kind;
pub mod lexicon;
pub mod nominal;
pub mod people;
pub mod source;

use crate::model::{Attribution, AttributionKind, Person, Quote, QuoteRole, SourceKind, Span};
use crate::quotes::{self, Paired};
use crate::text::{Doc, FnvBuild};
use forms::Raw;
use people::People;
use std::collections::HashSet;

/// Cues only people use: a one-word source of one of these is a person.
/// Also the verbs of saying whose phrase closing the sentence is an
/// occasion (`forms::occasion_to_end`).
pub(super) const SPEAKING: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "stated",
    "explained",
    "noted",
    "stressed",
    "warned",
    "insisted",
    "argued",
    "claimed",
    "confirmed",
    "denied",
    "announced",
    "asked",
    "replied",
    "responded",
    "tweeted",
    "posted",
    "recalled",
    "admitted",
    "joked",
    "shouted",
    "quipped",
];

/// Verbs of saying a reported "he wants", "she believes" hangs on.
const REPORTING: &[&str] = &[
    "say", "says", "said", "saying", "told", "tells", "telling", "added", "adds", "noted", "notes",
    "argued", "argues",
];

/// Whether `r` is a report nested in another's content: its source stands
/// right before its cue, and a verb of saying (with at most a listener and
/// "that" between) right before its source. What: "Ruiz said she plans to
/// run", "Ruiz said the board expected losses", "Ruiz told reporters that
/// he believes …". Why: PolNeAR (like PARC) marks the outer report only;
/// the inner stance is part of its content. Example: "Mira Tell said she
/// wants a new pier." → one attribution (Mira Tell, said, "she wants a new
/// pier"), not a second (she, wants, …).
#[inline(never)]
fn nested_report(doc: &Doc, r: &Raw) -> bool {
    let (Some((a, b)), Some((c, _))) = (r.source, r.cue) else {
        return false;
    };
    if c != b + 1 || a == 0 {
        return false;
    }
    let mut j = a - 1;
    if doc.is(j, "that") && j > 0 {
        j -= 1;
    }
    if doc.is_any(j, REPORTING) {
        return true;
    }
    // "told reporters that she …", "told the crowd he …".
    (j.saturating_sub(3)..j).rev().any(|k| {
        doc.is_any(k, &["told", "tells", "telling"])
            && (k + 1..=j).all(|m| {
                // "the most telling point was his claim": no listener.
                doc.kind(m) == Some(crate::text::TokenKind::Word)
                    && !doc.is_any(m, &["is", "was", "are", "were"])
            })
    })
}

/// Whether `r` is "what X calls …", "what X wants", "whatever X
/// believed": a thing the writer names by someone's label, wish or belief
/// inside a phrase of their own. What: a source right after "what" or
/// "whatever" whose cue is no verb of saying ([`SPEAKING`], or "described").
/// Why: PolNeAR marks "what Ruiz said was …" as a report but not the label
/// in "condemned what he called a breach" or the wish in "below what she
/// wants". Example: "Ruiz mocked what the board calls a reform." → no
/// attribution of "calls"; "what the board said was a reform" keeps one.
fn what_one_calls(doc: &Doc, r: &Raw) -> bool {
    let (Some((a, b)), Some((c, d))) = (r.source, r.cue) else {
        return false;
    };
    c == b + 1
        && a > 0
        && doc.is_any(a - 1, &["what", "whatever"])
        && !(c..=d).any(|k| doc.is_any(k, SPEAKING) || doc.is_any(k, &["described", "describes"]))
}

/// Whether `r` sits in an object relative clause with "that" left out:
/// "the policies she supported", "the guides I wrote", "the one he
/// delivered", "the deals we've found". What: a personal pronoun (not
/// "it"; alone, or contracted at the end of the phrase) as the source,
/// right before the cue, after a lowercase word that is not listed in
/// `lists/before_subject.txt` (conjunctions, helpers, adverbs and time
/// nouns: "and he said", "last week she argued") and is no cue word. Why:
/// the clause names a thing by what someone did to it; PolNeAR marks no
/// attribution there. Example: "The plans she backed failed." → none;
/// "The plans failed, and she said so." keeps "said".
#[inline(never)]
fn object_relative(doc: &Doc, r: &Raw) -> bool {
    use lexicon::{flag, lex};
    let (Some((a, b)), Some((c, _))) = (r.source, r.cue) else {
        return false;
    };
    // "the deals we've found", "someone he's learned from": contracted.
    let w = doc.lowered_tok(b);
    let pro = w.split(['\'', '\u{2019}']).next().unwrap_or(w);
    if c != b + 1
        || b == 0
        || a != b && pro.len() == w.len()
        || !["he", "she", "they", "i", "we", "you"].contains(&pro)
    {
        return false;
    }
    let p = b - 1;
    let w = doc.tok(p);
    doc.kind(p) == Some(crate::text::TokenKind::Word)
        && w.starts_with(|ch: char| ch.is_lowercase())
        && !w.ends_with("ly")
        && lex().flags(doc, p) & (flag::BEFORE_SUBJECT | flag::CUE_START) == 0
}

/// For each token, whether it lies in the indirect content (no quote) of
/// an attribution in `raws`. Each content lies within its sentence (or
/// the paragraph a colon opens), so marking costs at most that span per
/// attribution, never the article.
/// A capitalised cue between a capitalised source and a capitalised word
/// ("Updated Harbour Police Identify Man Found On Pier") is a word of a
/// title-case headline or a product name, not a report, past the first
/// paragraph (the article's own headline, "Lund Vows To Fix Pier", reports).
fn headline_cue(doc: &Doc, r: &Raw) -> bool {
    let Some((s0, _)) = r.source else {
        return false;
    };
    if !(1..=s0).any(|k| quotes::pair::paragraph_break(doc, k)) {
        return false;
    }
    let upper = |k: usize| source::is_cap(doc, k);
    match (r.source, r.cue) {
        (Some((_, s1)), Some((c0, c1))) => {
            s1 + 1 == c0 && upper(s1) && upper(c0) && c1 + 1 < doc.len() && upper(c1 + 1)
        }
        _ => false,
    }
}

#[inline(never)]
fn reported_tokens(n: usize, raws: &[Raw]) -> Vec<bool> {
    let mut out = vec![false; n];
    for r in raws.iter().filter(|r| r.quote.is_none()) {
        if let Some(s) = out.get_mut(r.content.0..=r.content.1) {
            s.fill(true);
        }
    }
    out
}

/// Whether `r` is a guess, a thought or a stance inside another's report:
/// its cue holds a modal ("would", "could", "might") or reports no words
/// said (kind thought or stance: "believes", "plans", "backed"), or it is
/// a pronoun's words in a when-clause ("Ruiz said Vale was right when he
/// said …": the clause dates what Ruiz judged), and it stands in the
/// indirect content of an attribution (`reported`, from
/// [`reported_tokens`]). What: "Ruiz said the board might decide against
/// the pier" and "Ruiz told the crowd that voters want a levy" keep only
/// Ruiz's report. Why: PolNeAR marks a modal cue the writer puts forward
/// ("critics would call it a stunt") and a belief the writer reports, but
/// not one that is part of what someone else said; words said inside a
/// report ("she said he told her …") it marks, so those stay. Example:
/// "Critics would call it a stunt." → cue "would call"; "Ruiz argued that
/// voters would welcome a levy." → only "argued".
fn guess_inside(doc: &Doc, r: &Raw, reported: &[bool]) -> bool {
    let Some((c, d)) = r.cue else {
        return false;
    };
    // "Ruiz demands answers, yet refuses …": a coordinated cue shares the
    // first one's source, it is no report inside it.
    let coordinated = c > 0 && doc.is_any(c - 1, &["and", "but", "yet", "or"]);
    reported.get(c).copied().unwrap_or(false)
        && !coordinated
        && !(r.content.0..=r.content.1).contains(&c)
        && ((c..=d).any(|k| doc.is_any(k, cue::MODALS))
            || kind::of_cue(doc, c, d) != AttributionKind::Speech
            || c > 1 && doc.is(c - 2, "when") && doc.is_any(c - 1, &["he", "she", "they"]))
}

/// What the rules read: the document, its quotes, and which token opens or
/// closes which quote.
pub struct Ctx<'a> {
    pub doc: &'a Doc<'a>,
    pub quotes: &'a [Paired],
    /// For each token, the quote (depth 0) whose opening mark it is.
    open_of: Vec<u32>,
    /// For each token, the quote (depth 0, closed) whose closing mark it is.
    close_of: Vec<u32>,
    /// For each token, whether it is inside a quote (marks excluded).
    inside: Vec<bool>,
}

const NONE: u32 = u32::MAX;

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Doc<'a>, quotes: &'a [Paired]) -> Ctx<'a> {
        let n = doc.len();
        let mut open_of = vec![NONE; n];
        let mut close_of = vec![NONE; n];
        let mut inside = vec![false; n];
        for (k, q) in quotes.iter().enumerate() {
            if q.depth > 0 {
                continue;
            }
            let k = u32::try_from(k).unwrap_or(NONE);
            if let Some(o) = open_of.get_mut(q.open) {
                *o = k;
            }
            if !q.unclosed {
                if let Some(c) = close_of.get_mut(q.last) {
                    *c = k;
                }
            }
            let end = if q.unclosed { q.last + 1 } else { q.last };
            for x in inside.iter_mut().take(end.min(n)).skip(q.open + 1) {
                *x = true;
            }
        }
        Ctx {
            doc,
            quotes,
            open_of,
            close_of,
            inside,
        }
    }

    /// The quote whose opening mark is token `i`.
    pub fn open_at(&self, i: usize) -> Option<usize> {
        self.open_of
            .get(i)
            .filter(|&&k| k != NONE)
            .map(|&k| k as usize)
    }

    /// The quote whose closing mark is token `i`.
    pub fn close_at(&self, i: usize) -> Option<usize> {
        self.close_of
            .get(i)
            .filter(|&&k| k != NONE)
            .map(|&k| k as usize)
    }

    /// Whether token `i` lies inside a quote.
    pub fn inside_quote(&self, i: usize) -> bool {
        self.inside.get(i).copied().unwrap_or(false)
    }
}

/// The attribution layer's output.
#[derive(Debug, Default)]
pub struct Found {
    pub quotes: Vec<Quote>,
    pub attributions: Vec<Attribution>,
    pub people: Vec<Person>,
}

/// Sentences joined where a quote runs across them, as token ranges. A
/// quote that ends in a question or an exclamation ends its sentence for the
/// segmenter; a short sentence with a cue right after it is its tag and
/// joins it (`asks_then_tag`).
fn units(doc: &Doc, quotes: &[Paired]) -> Vec<(usize, usize)> {
    // covered[t]: a depth-0 quote opens at or before t and closes after it.
    let n = doc.len();
    let mut diff = vec![0i32; n + 1];
    for q in quotes.iter().filter(|q| q.depth == 0 && q.last > q.open) {
        diff[q.open.min(n)] += 1;
        diff[q.last.min(n)] -= 1;
    }
    let mut covered = vec![false; n];
    let mut run = 0;
    for (t, c) in covered.iter_mut().enumerate() {
        run += diff[t];
        *c = run > 0;
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (a, b) in crate::segment::sentence_tokens(doc) {
        if let Some(last) = out.last_mut() {
            if covered.get(last.1).copied().unwrap_or(false) || asks_then_tag(doc, last.1, a, b) {
                last.1 = last.1.max(b);
                continue;
            }
        }
        out.push((a, b));
    }
    out
}

/// Whether the sentence `a..=b` is the tag of a quoted question or
/// exclamation that ends at token `end` right before it. What: "“Why
/// now?” Ruiz asked." Why: the segmenter ends a sentence at "?”", which
/// leaves the quote and its tag ("Ruiz asked.") in two units, neither with
/// an attribution. Example: "“Who pays?” the mayor asked. “Not us.”" → the
/// question is the mayor's. Limits: the tag runs at most eight tokens, on
/// the same line, and holds a cue.
fn asks_then_tag(doc: &Doc, end: usize, a: usize, b: usize) -> bool {
    b < a + 8
        && end > 0
        && doc.is_any(end - 1, &["?", "!"])
        && !doc.line_break_before(a)
        && doc.is_any(end, &["\u{201D}", "\""])
        && (a..=b).any(|k| cue::at(doc, k).is_some())
}

/// For each token, the unit it is in (or the last unit before it).
fn unit_of(n: usize, units: &[(usize, usize)]) -> Vec<usize> {
    let mut out = vec![0; n];
    let mut u = 0;
    for (t, slot) in out.iter_mut().enumerate() {
        while u + 1 < units.len() && units[u + 1].0 <= t {
            u += 1;
        }
        *slot = u;
    }
    out
}

/// The attributions of each unit (by the unit of their cue, or source, or
/// content), as indices into `raws`.
fn by_unit(raws: &[Raw], unit_of: &[usize], n_units: usize) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); n_units.max(1)];
    for (k, r) in raws.iter().enumerate() {
        let anchor = r
            .cue
            .map(|c| c.0)
            .or(r.source.map(|s| s.0))
            .unwrap_or(r.content.0);
        let u = unit_of.get(anchor).copied().unwrap_or(0);
        if let Some(v) = out.get_mut(u) {
            v.push(k);
        }
    }
    out
}

/// Finds quotes, attributions and people in `doc`.
/// The rules it calls are `#[inline(never)]` so that it stays a small function:
/// Chromium optimises hot functions during the first analysis, and a
/// dispatcher with every rule inlined into it is slow to optimise (see
/// `tools/wasm-functions.mjs`).
pub fn find(doc: &Doc) -> Found {
    let _tagged = lexicon::tag_document(doc);
    let paired = quotes::pair(doc);
    let ctx = Ctx::new(doc, &paired);
    let units = units(doc, &paired);
    let mut raws: Vec<Raw> = Vec::new();
    for &(a, b) in &units {
        forms::in_unit(&ctx, a, b, &mut raws);
    }
    let reported = reported_tokens(doc.len(), &raws);
    raws.retain(|r| {
        // "who asked not to be named": anonymity, not a report.
        !r.cue.is_some_and(|(c, _)| {
            lexicon::lex()
                .word(lexicon::Word::AnonPhrase, doc, c)
                .is_some_and(|(len, _)| len > 1)
        }) && !nested_report(doc, r)
            && !what_one_calls(doc, r)
            && !object_relative(doc, r)
            && !guess_inside(doc, r, &reported)
            && !headline_cue(doc, r)
    });
    // One attribution a quote: the first claim wins.
    let mut quote_taken = vec![false; paired.len()];
    raws.retain(|r| match r.quote {
        Some(q) if quote_taken[q] => false,
        Some(q) => {
            quote_taken[q] = true;
            true
        }
        None => true,
    });
    let unit_of = unit_of(doc.len(), &units);
    let groups = by_unit(&raws, &unit_of, units.len());
    let roles = quote_roles(&ctx, &raws, &groups, &unit_of);
    attach_neighbours(&ctx, &units, &roles, &groups, &mut raws);
    crate::sort::sort_by_key(&mut raws, |r| (r.content.0, r.cue.map_or(0, |c| c.0)));
    let groups = by_unit(&raws, &unit_of, units.len());

    let mut people = People::default();
    people::introduce(doc, &mut people);
    let mut places: Option<HashSet<&str, FnvBuild>> = None;
    let mut surnames: Option<HashSet<&str, FnvBuild>> = None;
    // A named source is a person when the name has two words or more, or
    // when it says something ("Norway seeks …" names no one) and is no
    // place ("the Liberation Front of Norland … Norland said").
    for r in &raws {
        if r.kind == SourceKind::Person {
            // "Ana Ruiz and Tom Vale said": the name before "and" too.
            let first = r.source.and_then(|(a, b)| {
                let and = (a + 1..b).find(|&k| doc.is(k, "and"))?;
                person_name(doc, (a, and - 1)).filter(|n| n.1 > n.0)
            });
            if let Some((a, b)) = first {
                let p = people.add(doc, (a, b), None, None);
                people.mention(a, b, p);
            }
            if let Some((a, b)) = r.source.and_then(|s| person_name(doc, s)) {
                // Next to its cue, not inherited ("Norway … and has responded").
                let speaks = r.cue.is_some_and(|(c0, c1)| {
                    (b + 1 == c0 || c1 + 1 == a) && (c0..=c1).any(|k| doc.is_any(k, SPEAKING))
                });
                let speaks = speaks
                    && !places
                        .get_or_insert_with(|| places_of(doc))
                        .contains(doc.tok(a));
                // "Dean, a medical doctor, …": a name with an apposition,
                // one that ends a longer name elsewhere ("Howard Dean"; not
                // "Apple, a giant producer,").
                let apposed = surnames
                    .get_or_insert_with(|| surnames_of(doc))
                    .contains(doc.tok(a))
                    && r.source.is_some_and(|s| {
                        s.1 > b + 2
                            && doc.is_punct(b + 1, ',')
                            && doc.is_any(b + 2, &["a", "an", "the"])
                    });
                if b > a || speaks || apposed || people.lookup(doc, (a, b)).is_some() {
                    let p = people.add(doc, (a, b), None, None);
                    people.mention(a, b, p);
                }
            }
        }
    }
    mention_names(doc, &mut people);

    let mut attributions = Vec::with_capacity(raws.len());
    let mut quote_attr = vec![None; paired.len()];
    for (k, r) in raws.iter().enumerate() {
        let person = resolve(doc, &mut people, r);
        if let Some(q) = r.quote {
            quote_attr[q] = Some(k);
        }
        // A one-word name that is nobody in the article, and never the last
        // word of a longer name, speaks for a place or a body ("Norway seeks
        // …", "Islamabad does not wish …").
        let kind = match r.source {
            Some((a, b))
                if a == b
                    && r.kind == SourceKind::Person
                    && person.is_none()
                    && !surnames
                        .get_or_insert_with(|| surnames_of(doc))
                        .contains(doc.tok(a)) =>
            {
                SourceKind::Organization
            }
            _ => r.kind,
        };
        attributions.push(Attribution {
            source: r.source.map(|(a, b)| source_span(doc, a, b)),
            cue: r.cue.map(|(a, b)| span(doc, a, b)),
            content: span(doc, r.content.0, r.content.1),
            kind: r.cue.map_or(AttributionKind::Speech, |(a, b)| {
                self::kind::of_cue(doc, a, b)
            }),
            source_kind: kind,
            speaker: match person {
                Some(p) => Some(name_text(doc, &people.list[p])),
                None if kind == SourceKind::Organization => {
                    r.source.map(|(a, b)| org_name(doc, a, b))
                }
                None => None,
            },
            person,
            quote: r.quote,
            direct: r.quote.is_some(),
        });
    }
    let quotes = paired
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let (start, end) = (doc.start(p.open), doc.end(p.last));
            let role = if quote_attr[k].is_some() {
                QuoteRole::Speech
            } else {
                roles[k]
            };
            // A speech quote inside reported content is the words of its
            // source: "Strand said the work goes on “at some pace”". Nested
            // reports prefer the innermost source that is a person.
            let attribution = quote_attr[k].or_else(|| {
                (role == QuoteRole::Speech)
                    .then(|| {
                        let u = unit_of.get(p.open).copied().unwrap_or(0);
                        groups
                            .get(u)?
                            .iter()
                            .copied()
                            .filter(|&i| {
                                raws.get(i)
                                    .is_some_and(|r| r.content.0 <= p.open && p.last <= r.content.1)
                            })
                            .min_by_key(|&i| {
                                let named = attributions.get(i).is_some_and(|a| a.person.is_some());
                                let len = raws.get(i).map_or(0, |r| r.content.1 - r.content.0);
                                (!named, len)
                            })
                    })
                    .flatten()
            });
            Quote {
                start,
                end,
                text: doc.text.get(start..end).unwrap_or_default().to_string(),
                role,
                unclosed: p.unclosed,
                attribution,
            }
        })
        .collect();
    let mention_lists = people.mention_lists();
    let people = people
        .list
        .iter()
        .zip(mention_lists)
        .map(|(p, mentions)| Person {
            name: name_text(doc, p),
            title: p.title.map(|(a, b)| doc.text_of(a, b).to_string()),
            mentions: mentions.into_iter().map(|(a, b)| span(doc, a, b)).collect(),
        })
        .collect();
    Found {
        quotes,
        attributions,
        people,
    }
}

fn span(doc: &Doc, a: usize, b: usize) -> Span {
    let (start, end) = (doc.start(a), doc.end(b));
    Span {
        start,
        end,
        text: doc.text.get(start..end).unwrap_or_default().to_string(),
    }
}

/// The span of a source, without the sentence's period a short last word
/// took along ("…, said Ana Oza."), which an abbreviation keeps ("Jr.",
/// "U.S.", "Inc.").
fn source_span(doc: &Doc, a: usize, b: usize) -> Span {
    let mut s = span(doc, a, b);
    let word = s.text.rsplit(' ').next().unwrap_or_default();
    let bare = word.strip_suffix('.').unwrap_or(word);
    let abbreviation = bare.contains('.')
        || bare.chars().count() < 3
        || [
            "Jr", "Sr", "Inc", "Corp", "Ltd", "Bros", "Gen", "Col", "Sgt", "Rep", "Sen", "Gov",
        ]
        .contains(&bare);
    if word.len() > bare.len() && !abbreviation {
        s.text.pop();
        s.end -= 1;
    }
    s
}

/// A person's name as the text writes it, possessive removed.
fn name_text(doc: &Doc, p: &people::Person) -> String {
    let s = doc.text_of(p.name.0, p.name.1);
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .unwrap_or(s)
        .to_string()
}

/// An organisation's name: the source without a leading article or a
/// closing bracket.
#[inline(never)]
fn org_name(doc: &Doc, a: usize, b: usize) -> String {
    let a = if doc.is_any(a, &["the", "a", "an"]) && a < b {
        a + 1
    } else {
        a
    };
    // "the Harbour Council, an industry body" → "Harbour Council".
    let b = (a + 1..b)
        .find(|&k| doc.is_punct(k, ','))
        .map_or(b, |k| k - 1);
    // "Lantern Foods (ticker: LNF)" → "Lantern Foods".
    let b = match (a + 1..b).find(|&k| doc.is_punct(k, '(')) {
        Some(open) if doc.is_punct(b, ')') => open - 1,
        _ => b,
    };
    span(doc, a, b).text
}

/// The name inside a person source: its last run of name words.
fn person_name(doc: &Doc, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    let h = source::head(doc, a, b);
    let mut first = h;
    while first > a {
        let k = first - 1;
        if source::name_word(doc, k)
            || (doc.is_punct(k, '-') && doc.glued(k))
            || (doc.is_punct(k, '.') && doc.glued(k) && doc.tok(k - 1).chars().count() == 1)
        {
            first = k;
        } else {
            break;
        }
    }
    while first < h && !source::name_word(doc, first) {
        first += 1;
    }
    if !source::name_word(doc, h) {
        return source::set_off_name(doc, h, b);
    }
    Some((first, h))
}

/// Records every later mention of a known person's name (full or last word).
fn mention_names(doc: &Doc, people: &mut People) {
    let mut i = 0;
    while i < doc.len() {
        if source::name_word(doc, i) && (i == 0 || !source::name_word(doc, i - 1)) {
            if let Some(last) = people::name_from(doc, i) {
                if let Some(p) = people.lookup(doc, (i, last)) {
                    people.mention(i, last, p);
                }
                i = last + 1;
                continue;
            }
        }
        i += 1;
    }
}

/// The words that end a name of two words or more anywhere in the text
/// ("Strand" after "Lea Strand chairs the board"), found in one pass.
fn surnames_of<'a>(doc: &Doc<'a>) -> HashSet<&'a str, FnvBuild> {
    (1..doc.len())
        .filter(|&k| source::name_word(doc, k - 1))
        .map(|k| doc.tok(k))
        .collect()
}

/// The one-word names that end a longer name after "of" ("Norland" in
/// "the Liberation Front of Norland", "Oslo" in "University of Oslo"):
/// places, which people are not named after.
fn places_of<'a>(doc: &Doc<'a>) -> HashSet<&'a str, FnvBuild> {
    (2..doc.len())
        .filter(|&k| {
            doc.is(k - 1, "of")
                && source::name_word(doc, k)
                && doc.tok(k - 2).starts_with(|c: char| c.is_uppercase())
                && !source::name_word(doc, k + 1)
        })
        .map(|k| doc.tok(k))
        .collect()
}

/// The person an attribution's source stands for, recording the mention.
#[inline(never)]
fn resolve(doc: &Doc, people: &mut People, r: &Raw) -> Option<usize> {
    let (a, b) = r.source?;
    let p = match r.kind {
        SourceKind::Person => {
            let name = person_name(doc, (a, b))?;
            let p = people.lookup(doc, name)?;
            people.mention(name.0, name.1, p);
            return Some(p);
        }
        SourceKind::Pronoun => {
            let gender = if doc.is(a, "he") {
                Some('m')
            } else if doc.is(a, "she") {
                Some('f')
            } else if doc.is(a, "who") {
                None
            } else {
                return None;
            };
            let p = people.nearest(a, |p| {
                gender.is_none() || p.gender.is_none_or(|g| Some(g) == gender)
            })?;
            if let Some(person) = people.list.get_mut(p) {
                person.gender = person.gender.or(gender);
            }
            p
        }
        SourceKind::Role if !r.possessed => {
            let h = source::head(doc, a, b);
            if source::age_noun(doc, a, b) {
                people.nearest(a, |_| true)?
            } else {
                let (role, _) = lexicon::lex().title(doc, h)?;
                people.nearest(a, |p| p.roles.contains(&role))?
            }
        }
        _ => return None,
    };
    people.mention(a, b, p);
    Some(p)
}

/// The role of every quote before attribution links: terms unless
/// attributed, long, or inside attributed content.
#[inline(never)]
fn quote_roles(
    ctx: &Ctx,
    raws: &[Raw],
    groups: &[Vec<usize>],
    unit_of: &[usize],
) -> Vec<QuoteRole> {
    ctx.quotes
        .iter()
        .map(|q| {
            let u = unit_of.get(q.open).copied().unwrap_or(0);
            let in_speech = groups.get(u).is_some_and(|g| {
                g.iter()
                    .filter_map(|&k| raws.get(k))
                    .any(|r| r.quote.is_none() && r.content.0 <= q.open && q.last <= r.content.1)
            });
            quotes::role(ctx.doc, q, in_speech)
        })
        .collect()
}

/// A speech quote standing alone as a sentence takes the speaker named at
/// the start of the next sentence ("“…” Lena Ortiz said so on Friday."),
/// or continues the direct quote of the sentence before.
#[inline(never)]
fn attach_neighbours(
    ctx: &Ctx,
    units: &[(usize, usize)],
    roles: &[QuoteRole],
    groups: &[Vec<usize>],
    raws: &mut Vec<Raw>,
) {
    let mut taken = vec![false; ctx.quotes.len()];
    for r in raws.iter() {
        if let Some(t) = r.quote.and_then(|q| taken.get_mut(q)) {
            *t = true;
        }
    }
    let of_unit = |u: usize| {
        groups
            .get(u)
            .into_iter()
            .flatten()
            .filter_map(|&k| raws.get(k))
    };
    let mut extra = Vec::new();
    for (u, &(a, b)) in units.iter().enumerate() {
        let Some(q) = ctx.open_at(a) else { continue };
        let p = ctx.quotes[q];
        if taken[q] || roles[q] != QuoteRole::Speech || p.last + 2 < b {
            continue;
        }
        let same_paragraph =
            |t: usize| !(t + 1..=a).any(|k| crate::quotes::pair::paragraph_break(ctx.doc, k));
        let next = units.get(u + 1).and_then(|&(na, _)| {
            of_unit(u + 1).find(|r| {
                r.source.is_some_and(|s| s.0 == na)
                    && matches!(
                        r.kind,
                        SourceKind::Person | SourceKind::Role | SourceKind::Pronoun
                    )
            })
        });
        // The speaker of the sentence before, when it quoted someone: its
        // last attribution of a quote, else its last ("“…,” said Ruiz,
        // speaking of the port." → "said", not "speaking of").
        let prev = u.checked_sub(1).and_then(|pu| {
            let (pa, pb) = units[pu];
            of_unit(pu)
                .filter(|r| {
                    r.content.0 >= pa
                        && r.content.1 <= pb
                        // "“…,” the doctors stated. “…”": any source of a
                        // quote goes on quoting in its paragraph.
                        && (matches!(
                            r.kind,
                            SourceKind::Person | SourceKind::Role | SourceKind::Pronoun
                        ) || r.quote.is_some() && same_paragraph(r.content.1))
                })
                .fold(None, |best: Option<&Raw>, r| match best {
                    Some(b) if b.quote.is_some() && r.quote.is_none() => Some(b),
                    _ => Some(r),
                })
        });
        let chosen = match (prev, next) {
            (Some(p), _) if same_paragraph(p.content.1) => Some(p),
            (_, Some(n)) => Some(n),
            (p, None) => p,
        };
        if let Some(r) = chosen {
            extra.push(Raw {
                content: (p.open, p.last),
                quote: Some(q),
                ..r.clone()
            });
        }
    }
    raws.extend(extra);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers(text: &str) -> Vec<Option<String>> {
        let d = Doc::new(text);
        find(&d)
            .attributions
            .into_iter()
            .map(|a| a.speaker)
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn any_source_of_a_quote_goes_on_quoting_in_its_paragraph() {
        let d = Doc::new(
            "\u{201C}The pier is unsafe,\u{201D} the doctors wrote. \u{201C}We ask for a review.\u{201D}\n\nThe board met.",
        );
        let f = find(&d);
        assert!(f.quotes.iter().all(|q| q.attribution.is_some()));
        // Not across a paragraph break.
        let d = Doc::new(
            "\u{201C}The pier is unsafe,\u{201D} the doctors wrote.\n\n\u{201C}We ask for a review.\u{201D}",
        );
        let f = find(&d);
        assert_eq!(
            f.quotes.iter().filter(|q| q.attribution.is_some()).count(),
            1
        );
    }

    #[test]
    fn a_title_case_headline_past_the_first_paragraph_reports_nothing() {
        let count = |t: &str| find(&Doc::new(t)).attributions.len();
        let list = "More stories\n\nHarbour Police Identify Man Found Near Old Pier\n\nThe Ferry Seems Slower Than Ever";
        assert_eq!(count(list), 0);
        // The article's own headline reports.
        assert_eq!(
            count("Lund Vows To Rebuild The Old Pier\n\nThe pier shut in May."),
            1
        );
    }

    #[test]
    fn a_modal_cue_stands_unless_inside_another_report() {
        let d = Doc::new("Critics would call the pier a stunt.");
        let f = find(&d);
        assert_eq!(f.attributions.len(), 1);
        assert_eq!(
            f.attributions[0].cue.as_ref().map(|c| c.text.as_str()),
            Some("would call")
        );
        let d = Doc::new("Ruiz argued that voters would welcome a harbour levy.");
        let f = find(&d);
        assert_eq!(f.attributions.len(), 1);
        assert_eq!(
            f.attributions[0].cue.as_ref().map(|c| c.text.as_str()),
            Some("argued")
        );
    }

    #[test]
    fn a_thought_inside_another_report_is_part_of_its_content() {
        let d = Doc::new("The mayor told the council that most dockers oppose the levy.");
        let f = find(&d);
        assert_eq!(f.attributions.len(), 1);
        assert_eq!(
            f.attributions[0].content.text,
            "that most dockers oppose the levy"
        );
        // Alone, the stance is reported; after "yet" it shares the subject.
        let d = Doc::new("Most dockers oppose the levy.");
        assert_eq!(find(&d).attributions.len(), 1);
        let d = Doc::new("Ruiz said the port is full, yet opposes a new pier.");
        assert_eq!(find(&d).attributions.len(), 2);
    }

    #[test]
    fn a_pronouns_words_in_a_when_clause_are_part_of_the_content() {
        let d = Doc::new("Ruiz said Vale was right when he said the pier was unsafe.");
        let f = find(&d);
        assert_eq!(f.attributions.len(), 1);
        assert_eq!(
            f.attributions[0].cue.as_ref().map(|c| c.text.as_str()),
            Some("said")
        );
        // A named source in the clause reports on its own.
        let d = Doc::new("Ruiz said Vale was right when Lund said the pier was unsafe.");
        assert_eq!(find(&d).attributions.len(), 2);
    }

    #[test]
    fn a_quoted_question_joins_its_tag() {
        let d = Doc::new(
            "\u{201C}Who pays for the pier?\u{201D} the mayor asked. \u{201C}Not us.\u{201D}",
        );
        let f = find(&d);
        assert_eq!(f.attributions.len(), 2);
        assert_eq!(
            f.attributions[0].content.text,
            "\u{201C}Who pays for the pier?\u{201D}"
        );
        // A sentence after a question that is no tag stays apart.
        let d = Doc::new("\u{201C}Who pays?\u{201D} The harbour board met on Monday to vote.");
        assert!(find(&d).attributions.is_empty());
    }

    #[test]
    fn a_report_nested_in_another_is_part_of_its_content() {
        let d = Doc::new("Mira Tell said she wants a new pier.");
        let f = find(&d);
        assert_eq!(f.attributions.len(), 1);
        assert_eq!(f.attributions[0].content.text, "she wants a new pier");
        let d = Doc::new("Tell told the harbour board that she plans to resign.");
        assert_eq!(find(&d).attributions.len(), 1);
        let d = Doc::new("Tell noted the harbour board expected losses.");
        assert_eq!(find(&d).attributions.len(), 1);
        // Without a verb of saying before it, the pronoun's report stands.
        let d = Doc::new("In March she plans to resign.");
        assert_eq!(find(&d).attributions.len(), 1);
    }

    #[test]
    fn what_one_calls_is_a_label_not_a_report() {
        let d = Doc::new("Ruiz mocked what the board calls a reform.");
        let f = find(&d);
        assert!(f
            .attributions
            .iter()
            .all(|a| a.cue.as_ref().is_some_and(|c| c.text == "mocked")));
        let d = Doc::new("The pier is far from what she wants.");
        assert!(find(&d).attributions.is_empty());
        let d = Doc::new("Ruiz rejected what the board said was a reform.");
        assert!(find(&d)
            .attributions
            .iter()
            .any(|a| a.cue.as_ref().is_some_and(|c| c.text == "said")));
    }

    #[test]
    fn an_object_relative_clause_reports_nothing() {
        let d = Doc::new("The plans she backed were dropped.");
        assert!(find(&d).attributions.is_empty());
        let d = Doc::new("The harbour plans were dropped, and she said the pier was safe.");
        assert_eq!(find(&d).attributions.len(), 1);
        let d = Doc::new("Last week she argued that the pier was safe.");
        assert_eq!(find(&d).attributions.len(), 1);
        let d = Doc::new("These are the best boots we\u{2019}ve tested this year.");
        assert!(find(&d).attributions.is_empty());
        let d = Doc::new("She is a coach he's learned a lot from.");
        assert!(find(&d).attributions.is_empty());
    }

    #[test]
    fn role_nouns_resolve_to_a_person_with_that_title() {
        let t = "Health Minister Lea Strand visited the clinic. The minister said beds were short.";
        assert_eq!(speakers(t), [s("Lea Strand")]);
    }

    #[test]
    fn a_later_surname_is_the_same_person() {
        let t = "Health Minister Lea Strand visited the clinic. Strand said beds were short.";
        let d = Doc::new(t);
        let f = find(&d);
        assert_eq!(f.attributions[0].speaker, s("Lea Strand"));
        assert_eq!(f.attributions[0].person, Some(0));
        assert_eq!(f.people.len(), 1);
        assert_eq!(f.people[0].title.as_deref(), Some("Health Minister"));
        assert_eq!(f.people[0].mentions.len(), 2);
    }

    #[test]
    fn pronouns_follow_gender_when_an_honorific_told_it() {
        let t = "Mr Omar Falk met Ms Lea Strand. He said the talks went well.";
        assert_eq!(speakers(t), [s("Omar Falk")]);
        let t = "Ms Lea Strand met Mr Omar Falk. She said the talks went well.";
        assert_eq!(speakers(t), [s("Lea Strand")]);
    }

    #[test]
    fn an_age_noun_is_the_nearest_person() {
        let t = "Rosa Dal, a nurse, was at the scene. The 45-year-old said smoke filled the ward.";
        assert_eq!(speakers(t), [s("Rosa Dal")]);
    }

    #[test]
    fn a_one_word_name_with_an_apposition_is_a_person() {
        let t = "Ines Dean spoke first. Dean, a retired surgeon, then wrote to the board, \
                 urging it to act. He said the clinic was full.";
        let v = speakers(t);
        assert_eq!(v.last(), Some(&s("Dean")), "{v:?}");
    }

    #[test]
    fn both_names_of_a_joined_source_are_people() {
        let t = "Ana Ruiz and Tom Vale said the pier was closed. Ruiz added that it was unsafe.";
        let v = speakers(t);
        assert_eq!(v.last(), Some(&s("Ana Ruiz")), "{v:?}");
    }

    #[test]
    fn a_party_in_parentheses_is_no_part_of_the_name() {
        let v = speakers("Rep. Ana Ruiz (D-Ore.) said the pier was closed.");
        assert_eq!(v, [s("Ana Ruiz")]);
    }

    #[test]
    fn a_body_is_named_without_its_bracket() {
        assert_eq!(
            speakers("Lantern Foods (ticker: LNF) said sales rose."),
            [s("Lantern Foods")]
        );
    }

    #[test]
    fn abbreviated_titles_are_titles() {
        let a = crate::analyze(
            "Rep. Ana Ruiz said the pier was closed. Gov. Tom Vale said it was not. Lt. Mia Berg agreed.",
            &crate::Options::new(),
        );
        let titles: Vec<(&str, Option<&str>)> = a
            .people
            .iter()
            .map(|p| (p.name.as_str(), p.title.as_deref()))
            .collect();
        assert!(titles.contains(&("Ana Ruiz", Some("Rep."))), "{titles:?}");
        assert!(titles.contains(&("Tom Vale", Some("Gov."))), "{titles:?}");
    }

    #[test]
    fn a_name_set_off_after_a_role_is_the_speaker() {
        let v = speakers("The port's spokeswoman, Ana Lund, said the pier was closed.");
        assert_eq!(v, [s("Ana Lund")]);
    }

    #[test]
    fn asking_not_to_be_named_is_no_report() {
        let d = Doc::new("A port official, who asked not to be named, said the pier was closed.");
        let f = find(&d);
        assert_eq!(f.attributions.len(), 1);
        assert_eq!(f.attributions[0].content.text, "the pier was closed");
    }

    #[test]
    fn no_person_no_speaker() {
        assert_eq!(speakers("He said the talks went well."), [None]);
        assert_eq!(speakers("Officials said the talks went well."), [None]);
    }

    #[test]
    fn a_one_word_name_that_is_nobody_speaks_for_a_place() {
        let kinds = |t: &str| -> Vec<(SourceKind, Option<String>)> {
            let d = Doc::new(t);
            find(&d)
                .attributions
                .into_iter()
                .map(|a| (a.source_kind, a.speaker))
                .collect()
        };
        let t = "Norway does not wish to reopen the talks.";
        assert_eq!(kinds(t)[0], (SourceKind::Organization, s("Norway")));
        // A surname the article introduced stays a person.
        let t = "Lea Strand chairs the board. Strand does not wish to reopen the talks.";
        assert_eq!(kinds(t)[0].0, SourceKind::Person);
        // A place at the end of a longer name speaks for that place, and
        // no later pronoun stands for it.
        let t = "Norland seeks talks: ministry\n\nThe Liberation Front of Norland \
                 met on Monday. Norland said it wanted peace. She said the talks failed.";
        let k = kinds(t);
        assert_eq!(k[0], (SourceKind::Organization, s("Norland")));
        assert_eq!(k[1], (SourceKind::Pronoun, None));
    }
    #[test]
    fn a_quote_continues_the_quote_before_not_a_participle_after_it() {
        let d = Doc::new(
            "“The pier is sinking,” said Ines Calder, speaking of the harbour. “It cannot wait.”",
        );
        let f = find(&d);
        let last = f.attributions.last().and_then(|a| a.cue.as_ref());
        assert_eq!(last.map(|c| c.text.as_str()), Some("said"));
    }

    #[test]
    fn a_source_ending_the_sentence_leaves_its_period() {
        let d = Doc::new("The pier is safe, said Ana Oza. The boats were out all day.");
        let f = find(&d);
        let src = f.attributions.first().and_then(|a| a.source.clone());
        assert_eq!(src.map(|s| s.text), Some("Ana Oza".to_string()));
        let d = Doc::new("The pier is safe, said Tom Vale Jr.");
        let f = find(&d);
        let src = f.attributions.first().and_then(|a| a.source.clone());
        assert_eq!(src.map(|s| s.text), Some("Tom Vale Jr.".to_string()));
    }
}
