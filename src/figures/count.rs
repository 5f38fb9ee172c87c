//! ## What it finds
//! Plain numbers as figures: counts and other cardinals ("23 soldiers",
//! "twenty-three", "1.2 million", "three soldiers"), ranks ("17th", "third",
//! "second-largest") and parts of a whole ("a third", "two thirds", "half",
//! "3/4", "½", "2 in 5", "one out of three", "1 in 10").
//!
//! ## Why a reader cares
//! Counts are the backbone of a news claim: how many died, how many voted,
//! which place a country came. "One in five" and "a third" are claims about
//! proportions a reader can check.
//!
//! ## Example
//! "23 Pakistani soldiers were martyred" → number 23;
//! "one in five adults" → fraction, value 0.2;
//! "the third time" → ordinal 3.
//!
//! ## Limits
//! "one" is not a figure when it is a pronoun, an idiom or an indefinite
//! article (`lists/one_not_a_count.txt`): "one of the reasons", "one day",
//! "no one", "the one", "which one", "one must", "one another", "one-off",
//! "one that …", "one with …", "one at a time", "a costly one", "I don't need
//! one.", "one study found", and before or after a speech verb ("said one
//! official", "one user quipped"), nor inside a name ("Formula One", "Air Force
//! One"). "One" that introduces a person is sometimes a count ("one woman
//! among the deportees") and is kept unless a speech verb follows.
//!
//! Ordinals are figures when they rank or count ("17th", "third-largest", "the
//! third time", "her second term"). They are not when they only name or
//! enumerate: capitalised ordinals inside names ("First Lady", "Second World
//! War", "Fifth Avenue"), idioms ("at first", "first aid", "second-hand",
//! "third-party", "first responders"; `lists/ordinal_idioms.txt`), "first" as
//! an adverb, without a determiner or possessive before it ("try it first",
//! "put kids first"; `lists/determiners.txt`), "a second later", "per second",
//! the parts of a match or a year ("the second half", "the third period",
//! "first-half goals"; "the second quarter" is the dates layer's) and the
//! points of an argument ("First, …; second, …"). A rank without a determiner
//! ("she finished first") is lost. Relative ordinals ("next", "last",
//! "previous", "penultimate") are not read: in news they are nearly always
//! ordinary words. A bare year-like number ("2021") is offered with the
//! lowest priority so the dates layer can claim it (and not at all when the
//! words around it make it a year: see [`super::year`]). "2 in 5" needs the
//! second number to be larger and not year-like ("12 in 2009" is not a
//! fraction).

use super::exclude::sentence_start;
use super::lexicon::{plain, time_word_at, Lexicon};
use super::numeral::{Numeral, NumeralKind};
use super::{Ctx, Found};
use crate::model::FigureKind;
use crate::text::{Doc, TokenKind};
use std::sync::OnceLock;

/// Words before and after "one" that make it a pronoun or an idiom.
struct OneWords {
    before: Lexicon<()>,
    after: Lexicon<()>,
    speech: Lexicon<()>,
    sentence_end_ok: Lexicon<()>,
}

fn one_words() -> &'static OneWords {
    static W: OnceLock<OneWords> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = OneWords {
            before: Lexicon::default(),
            after: Lexicon::default(),
            speech: Lexicon::default(),
            sentence_end_ok: Lexicon::default(),
        };
        for e in crate::lists::entries(crate::lists::list_text!("one_not_a_count")) {
            let mut f = crate::lists::fields(e);
            let (Some(side), Some(list)) = (f.next(), f.next()) else {
                continue;
            };
            let lex = match side {
                "before" => &mut w.before,
                "after" => &mut w.after,
                "speech" => &mut w.speech,
                "sentence_end_ok" => &mut w.sentence_end_ok,
                _ => continue,
            };
            for word in crate::lists::forms(list) {
                lex.add(word, ());
            }
        }
        w
    })
}

fn ordinal_idioms() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| plain(crate::lists::list_text!("ordinal_idioms")))
}

fn determiners() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| plain(crate::lists::list_text!("determiners")))
}

/// Whether token `i` is a possessive ("Apple's", "Trump’s"), not a contraction
/// ("let's", "it's", "that's").
pub(crate) fn possessive(doc: &Doc, i: usize) -> bool {
    let t = doc.tok(i);
    let Some(stem) = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")) else {
        return false;
    };
    !stem.is_empty()
        && ![
            "let", "it", "that", "what", "there", "here", "who", "he", "she", "where", "how",
        ]
        .iter()
        .any(|w| stem.eq_ignore_ascii_case(w))
}

/// Whether "first" at `i` follows a determiner or a possessive ("the first",
/// "Apple's first", "its very first"): a rank, not an adverb.
fn determined(doc: &Doc, i: usize) -> bool {
    let before = |k: usize| {
        !doc.line_break_before(k + 1) && (determiners().contains_at(doc, k) || possessive(doc, k))
    };
    i.checked_sub(1).is_some_and(before)
        || (i >= 2 && doc.is_any(i - 1, &["very", "own"]) && before(i - 2))
}

/// Whether ordinal word `i` is inside an idiom ("at first", "second-hand").
fn in_idiom(doc: &Doc, i: usize) -> bool {
    (i.saturating_sub(2)..=i).any(|k| {
        ordinal_idioms()
            .at(doc, k)
            .is_some_and(|ph| k + ph.len() > i)
    })
}

/// Whether the word at `next` (or after a hyphen) names a part of a match or a
/// year that an ordinal before it picks out: "the second half", "the third
/// period", "first-half goals", "the second quarter" (a period, which the
/// dates layer reads). The ordinal there ranks nothing.
fn part_of_a_match(doc: &Doc, next: usize) -> bool {
    let j = if doc.is_punct(next, '-') && doc.glued(next) && doc.glued(next + 1) {
        next + 1
    } else {
        next
    };
    !doc.line_break_before(j)
        && doc.is_any(
            j,
            &[
                "half", "halves", "period", "periods", "inning", "innings", "quarter", "quarters",
            ],
        )
}

/// "First, …", "Second, maybe he is not as rich", "and third, …": an ordinal
/// word that numbers the points of an argument, not a rank.
fn enumerates(doc: &Doc, n: &Numeral) -> bool {
    n.words
        && n.first == n.last
        && doc.is_punct(n.last + 1, ',')
        && (sentence_start(doc, n.first)
            || n.first
                .checked_sub(1)
                .is_some_and(|p| doc.is_any(p, &["and", ",", ";"])))
}

/// Adds every count, rank and fraction in the document to `out`.
pub fn find(ctx: &Ctx, out: &mut Vec<Found>) {
    for n in &ctx.numerals {
        if ctx.is_blocked(n.first, n.last) || !is_figure(ctx, n) {
            continue;
        }
        let (kind, priority) = match n.kind {
            NumeralKind::Cardinal if n.year_like() => (FigureKind::Number, 5),
            NumeralKind::Cardinal => (FigureKind::Number, 10),
            NumeralKind::Ordinal => (FigureKind::Ordinal, 12),
            NumeralKind::Fraction => (FigureKind::Fraction, 12),
        };
        out.push(Found::new(
            ctx.doc,
            n.first,
            n.last,
            kind,
            Some(n.value),
            priority,
        ));
        if let Some(f) = ratio(ctx, n) {
            out.push(f);
        }
    }
}

/// Whether the word at `i` starts with a capital letter.
fn capitalised(doc: &Doc, i: usize) -> bool {
    doc.kind(i) == Some(TokenKind::Word)
        && doc.tok(i).chars().next().is_some_and(char::is_uppercase)
}

/// Whether numeral `n` is a figure a reader wants, not a pronoun, an idiom or
/// part of a name.
fn is_figure(ctx: &Ctx, n: &Numeral) -> bool {
    let doc = ctx.doc;
    let prev = n
        .first
        .checked_sub(1)
        .filter(|&p| !doc.line_break_before(p + 1));
    let next = n.last + 1;
    let single = n.first == n.last && n.words;
    let word = if single {
        doc.lower(n.first).unwrap_or("")
    } else {
        ""
    };
    // Inside a name: "Formula One", "First Lady", "Second World War".
    if single && capitalised(doc, n.first) && !sentence_start(doc, n.first) {
        let name_before = word == "one" && prev.is_some_and(|p| capitalised(doc, p));
        let name_after = n.kind == NumeralKind::Ordinal
            && capitalised(doc, next)
            && !doc.line_break_before(next);
        if name_before || name_after {
            return false;
        }
    }
    match word {
        "one" if n.kind == NumeralKind::Cardinal => !one_not_a_count(doc, n.first, prev),
        _ if matches!(n.kind, NumeralKind::Ordinal | NumeralKind::Fraction)
            && in_idiom(doc, n.last) =>
        {
            false
        }
        _ if n.kind == NumeralKind::Ordinal
            && (part_of_a_match(doc, next) || enumerates(doc, n)) =>
        {
            false
        }
        "first" => determined(doc, n.first),
        "second" => {
            let rate = prev.is_some_and(|p| {
                doc.is_any(
                    p,
                    &["per", "every", "split", "one", "each", "nano", "milli"],
                )
            });
            let moment = prev.is_some_and(|p| doc.is(p, "a"))
                && (doc.kind(next) != Some(TokenKind::Word)
                    || doc.is_any(
                        next,
                        &[
                            "later", "ago", "or", "and", "before", "after", "too", "earlier",
                            "longer", "to", "for", "in",
                        ],
                    ));
            !(rate || moment)
        }
        "half" if n.kind == NumeralKind::Fraction => {
            let after_ordinal = prev.is_some_and(|p| {
                doc.lower(p).is_some_and(|w| {
                    matches!(
                        w,
                        "first" | "second" | "third" | "fourth" | "final" | "last" | "opening"
                    )
                })
            });
            !(after_ordinal || doc.is_any(next, &["past", "time"]))
        }
        _ => true,
    }
}

/// Whether "one" at `i` (with `prev` the token before it on its line) is a
/// pronoun, an idiom or an indefinite article rather than a count.
fn one_not_a_count(doc: &Doc, i: usize, prev: Option<usize>) -> bool {
    let ow = one_words();
    let next = i + 1;
    let next_on_line = next < doc.len() && !doc.line_break_before(next);
    let before = prev.is_some_and(|p| ow.before.ending_at(doc, p).is_some());
    let after = next_on_line && ow.after.contains_at(doc, next);
    // "one-off", "one-sided", "one-time"
    let compound = doc.is_punct(next, '-') && doc.glued(next) && doc.glued(next + 1);
    // "a fortunate one", "the old one", "his final one": an adjective between
    // a determiner and "one".
    let after_adjective = prev.is_some_and(|p| {
        p > 0
            && !doc.line_break_before(p)
            && doc.kind(p) == Some(TokenKind::Word)
            && doc.tok(p).chars().next().is_some_and(char::is_lowercase)
            && super::numeral::numeral_at(doc, p).is_none()
            && (doc.is_any(
                p - 1,
                &[
                    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
                ],
            ) || possessive(doc, p - 1))
    });
    // "I don't need one.", "lack of one)": nothing counted after it.
    let clause_end = (!next_on_line
        || (doc.kind(next) == Some(TokenKind::Punct) && !doc.is_any(next, &["-", "%", "/"])))
        && prev.is_none_or(|p| ow.sentence_end_ok.ending_at(doc, p).is_none());
    // "said one official", "according to one estimate", "one user quipped".
    let speaker_before = prev.is_some_and(|p| ow.speech.ending_at(doc, p).is_some());
    let mut speaker_after = false;
    let (mut j, mut words) = (next, 0);
    while words < 4 && j < doc.len() && !doc.line_break_before(j) {
        if doc.is_punct(j, '-') {
            j += 1;
            continue;
        }
        if doc.kind(j) != Some(TokenKind::Word)
            || doc.is_any(j, &["and", "or", "but", "was", "were", "is", "who", "that"])
        {
            break;
        }
        if ow.speech.contains_at(doc, j) {
            speaker_after = true;
            break;
        }
        words += 1;
        j += 1;
    }
    before || after || compound || after_adjective || clause_end || speaker_before || speaker_after
}

/// "2 in 5", "one in five", "one out of three", "1 in every 10", "one over
/// three": a proportion starting with numeral `n`.
fn ratio(ctx: &Ctx, n: &Numeral) -> Option<Found> {
    let doc = ctx.doc;
    if n.kind != NumeralKind::Cardinal || n.year_like() || n.value < 0.0 || n.value.fract() != 0.0 {
        return None;
    }
    let mut j = n.last + 1;
    let over = doc.is(j, "over");
    if doc.is(j, "in") || over {
        j += 1;
    } else if doc.is(j, "out") && doc.is(j + 1, "of") {
        j += 2;
    } else {
        return None;
    }
    if doc.is(j, "every") {
        j += 1;
    }
    let m = ctx.numeral_at(j)?;
    // "one over three" is a fraction only as a whole expression: "2000 over 3
    // years" is an amount and a bound.
    let ends = doc.kind(m.last + 1) != Some(TokenKind::Word);
    let ok = m.kind == NumeralKind::Cardinal
        && !m.year_like()
        && m.value.fract() == 0.0
        && m.value >= 2.0
        && (m.value > n.value || over)
        && (!over || ends)
        && ctx.same_line(n.first, m.last)
        && !ctx.is_blocked(m.first, m.last)
        && !time_word_at(doc, m.last + 1);
    if !ok {
        return None;
    }
    Some(Found::new(
        doc,
        n.first,
        m.last,
        FigureKind::Fraction,
        Some(n.value / m.value),
        15,
    ))
}

#[cfg(test)]
mod tests {
    use crate::figures::testing::{close, texts, the};
    use crate::model::FigureKind;

    #[test]
    fn counts_in_digits_and_words() {
        let f = the("23 Pakistani soldiers were martyred", "23");
        assert_eq!((f.kind, f.value), (FigureKind::Number, Some(23.0)));
        assert_eq!(
            the("three soldiers and two countries", "three").value,
            Some(3.0)
        );
        assert_eq!(
            the("three soldiers and two countries", "two").value,
            Some(2.0)
        );
        assert_eq!(
            the("Twenty-six people died", "Twenty-six").value,
            Some(26.0)
        );
        assert_eq!(the("a loss of -12", "-12").value, Some(-12.0));
    }

    #[test]
    fn ranks() {
        let f = the("for the third time", "third");
        assert_eq!((f.kind, f.value), (FigureKind::Ordinal, Some(3.0)));
        assert_eq!(the("She finished 17th.", "17th").kind, FigureKind::Ordinal);
        assert_eq!(the("the second-largest city", "second").value, Some(2.0));
        assert_eq!(the("Apple's first phone", "first").value, Some(1.0));
        assert_eq!(the("its very first win", "first").value, Some(1.0));
    }

    #[test]
    fn fractions_and_proportions() {
        let f = the("a third of voters", "a third");
        assert_eq!(f.kind, FigureKind::Fraction);
        assert!(close(f.value, 1.0 / 3.0));
        assert!(close(
            the("two thirds of them", "two thirds").value,
            2.0 / 3.0
        ));
        assert!(close(the("one in five adults", "one in five").value, 0.2));
        assert!(close(
            the("one out of three", "one out of three").value,
            1.0 / 3.0
        ));
        assert!(close(the("3/4 of the town", "3/4").value, 0.75));
        assert_eq!(the("half of them left", "half").kind, FigureKind::Fraction);
    }

    #[test]
    fn one_as_a_pronoun_or_idiom_is_no_figure() {
        for s in [
            "one of the reasons",
            "One day we will win",
            "no one came",
            "the one who left",
            "Which one do you prefer?",
            "one must ask",
            "they love one another",
            "a one-off payment",
            "since Formula One began",
        ] {
            assert!(texts(s).is_empty(), "{s:?} gave {:?}", texts(s));
        }
        assert_eq!(texts("one soldier died"), ["one"]);
    }

    #[test]
    fn ordinals_inside_names_and_idioms_are_no_figures() {
        for s in [
            "the First Lady spoke",
            "after the Second World War",
            "at first glance",
            "first of all",
            "a second later",
            "in the second half",
            "Test a version of it first!",
            "after first consulting the board",
        ] {
            assert!(
                texts(s)
                    .iter()
                    .all(|t| t != "First" && t != "Second" && t != "first" && t != "half"),
                "{s:?} gave {:?}",
                texts(s)
            );
        }
    }

    #[test]
    fn idioms_with_ordinals_are_no_ranks() {
        for s in [
            "first aid",
            "a second-hand car",
            "third-party software",
            "in the first place",
        ] {
            assert!(texts(s).is_empty(), "{s:?} gave {:?}", texts(s));
        }
        assert!(close(
            the("the answer is one over three.", "one over three").value,
            1.0 / 3.0
        ));
        assert_eq!(texts("earn $2000 over 3 years")[0], "$2000");
    }

    #[test]
    fn a_year_is_no_proportion() {
        assert!(!texts("records less than 3000 in 2009")
            .iter()
            .any(|t| t.contains(" in ")));
        assert_eq!(texts("I count 12 in six boxes").len(), 2);
    }

    #[test]
    fn one_as_a_pronoun_or_an_indefinite_article_is_no_count() {
        for s in [
            "I don't need one.",
            "The move proved a costly one.",
            "It is not one that ends well.",
            "They use one with a bigger screen.",
            "said one senior official",
            "according to one estimate",
            "One local farmer told us so",
            "One study found that sleep helps.",
            "Lower them one at a time.",
            "I own one myself.",
        ] {
            assert!(texts(s).is_empty(), "{s:?} gave {:?}", texts(s));
        }
        for (s, want) in [
            ("Police arrested one man.", "one"),
            ("The bill passed by one.", "one"),
            ("Each faces one count of fraud.", "one"),
            ("Let's try one last time.", "one"),
            ("One man died and police said more may follow.", "One"),
        ] {
            assert_eq!(texts(s), [want], "{s:?}");
        }
    }

    #[test]
    fn ordinals_that_rank_nothing_are_no_figures() {
        for s in [
            "He scored in the second half.",
            "She stopped 15 shots in the third period.",
            "His first-period goal stood.",
            "First, prices rose. Second, wages fell.",
            "Thank our first responders.",
            "He played third base.",
            "Block a third-party cookie.",
        ] {
            assert!(
                texts(s).iter().all(|t| !t.to_lowercase().contains("first")
                    && !t.to_lowercase().contains("second")
                    && !t.to_lowercase().contains("third")),
                "{s:?} gave {:?}",
                texts(s)
            );
        }
        assert_eq!(texts("She finished second, behind Ann."), ["second"]);
        assert_eq!(texts("the second-largest bank"), ["second"]);
    }
}
