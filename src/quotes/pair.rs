//! ## What it finds
//! Quoted stretches: an opening mark paired with the closing mark of its
//! family, nested quotes inside them, quotes that run over several
//! paragraphs, and quotes left open at the end of a paragraph.
//!
//! ## Why a reader cares
//! Which words are someone's own, and where they stop, is the first thing a
//! reader checks in a story; a quote that never closes is worth noticing too.
//!
//! ## Example
//! `“We will ‘hold the line’,” she said.` → the outer quote and, inside it,
//! ‘hold the line’ (depth 1).
//!
//! A quote over two paragraphs, the second opening with “ and no close at
//! the end of the first, is one quote. `“We will win` at the end of a
//! paragraph → a quote with `unclosed: true` to the paragraph end.
//!
//! ## Limits
//! A paragraph ends at a blank line, or at a line break before a word that
//! does not start in lower case (a hard-wrapped line continues). An unpaired
//! single mark is taken for an apostrophe and dropped; only double marks,
//! guillemets and corner brackets make unclosed quotes; an unclosed double
//! quote holding a whole double quote (“Harbor (“Come Home”).) was a stray
//! mark and stops before it. A closing mark that has nothing open is
//! ignored.

use super::marks::{lean, mark_at, plural_possessive, Family, Mark, Side};
use crate::text::Doc;

/// A quote found by pairing: token indices of its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paired {
    /// The opening mark's token.
    pub open: usize,
    /// The closing mark's token, or the paragraph's last token when unclosed.
    pub last: usize,
    pub unclosed: bool,
    /// How many quotes it sits inside.
    pub depth: u8,
}

struct Open {
    tok: usize,
    mark: Mark,
}

/// Whether the line break before token `i` ends a paragraph.
pub fn paragraph_break(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    if t.newlines_before >= 2 {
        return true;
    }
    t.newlines_before == 1 && !doc.tok(i).starts_with(|c: char| c.is_lowercase())
}

/// Whether `close` (a closing mark) closes `open`.
fn closes(open: Mark, close: &str, family: Family) -> bool {
    if open.family != family {
        return false;
    }
    if open.low {
        return true;
    }
    // “ ” and ‘ ’ do not close with their own opening shape; straight ones do.
    !matches!(close, "\u{201C}" | "\u{2018}")
}

/// Pairs every quotation mark of `doc`.
pub fn pair(doc: &Doc) -> Vec<Paired> {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // A continuing paragraph's opening mark is consumed by the quote it continues.
    let mut skip: Option<usize> = None;
    let n = doc.len();
    for i in 0..n {
        if i > 0 && paragraph_break(doc, i) {
            end_paragraph(doc, i, &mut stack, &mut out, &mut skip);
        }
        if skip == Some(i) {
            skip = None;
            continue;
        }
        let Some(mark) = mark_at(doc, i) else {
            continue;
        };
        let tok = doc.tok(i);
        // Does it close something open?
        let can_close = match mark.side {
            Side::Close => true,
            Side::Open => matches!(tok, "\u{201C}" | "\u{2018}"),
            Side::Either => lean(doc, i, mark.width) != Some(Side::Open),
        };
        let found = if can_close {
            stack.iter().rposition(|o| closes(o.mark, tok, mark.family))
        } else {
            None
        };
        if let Some(k) = found {
            let open = stack[k].tok;
            let depth = k;
            stack.truncate(k);
            out.push(Paired {
                open,
                last: i + mark.width - 1,
                unclosed: false,
                depth: u8::try_from(depth).unwrap_or(u8::MAX),
            });
            continue;
        }
        let can_open = match mark.side {
            Side::Open => true,
            // A closing mark typed to open a paragraph: ”Enough. We are tired.”
            Side::Close => {
                mark.family == Family::Double
                    && (i == 0 || paragraph_break(doc, i))
                    && stack.is_empty()
            }
            Side::Either => {
                lean(doc, i, mark.width) != Some(Side::Close)
                    && !(mark.family == Family::Single && plural_possessive(doc, i))
            }
        };
        if can_open {
            stack.push(Open { tok: i, mark });
        }
    }
    end_paragraph(doc, n, &mut stack, &mut out, &mut skip);
    crate::sort::sort_by_key(&mut out, |p| (p.open, std::cmp::Reverse(p.last)));
    out
}

/// Closes the paragraph ending before token `next`: its outermost open quote
/// continues when the next paragraph opens with a mark of the same family,
/// and is unclosed otherwise; single marks left open were apostrophes.
fn end_paragraph(
    doc: &Doc,
    next: usize,
    stack: &mut Vec<Open>,
    out: &mut Vec<Paired>,
    skip: &mut Option<usize>,
) {
    let Some(k) = stack.iter().position(|o| o.mark.family != Family::Single) else {
        stack.clear();
        return;
    };
    let family = stack[k].mark.family;
    let continues = next < doc.len()
        && mark_at(doc, next).is_some_and(|m| {
            m.family == family
                && m.side != Side::Close
                && lean(doc, next, m.width) != Some(Side::Close)
        });
    if continues {
        stack.truncate(k + 1);
        *skip = Some(next);
        return;
    }
    let open = stack[k].tok;
    let depth = u8::try_from(k).unwrap_or(u8::MAX);
    // English does not nest a double quote in another: a whole double quote
    // inside this unclosed one means this mark was stray, so it stops before
    // that quote, and what it held moves out. (Guillemets are left alone:
    // « « » » is a common way to nest them.)
    let first_inner = out
        .iter()
        .filter(|p| family == Family::Double && p.open > open && p.depth > depth)
        .filter(|p| mark_at(doc, p.open).is_some_and(|m| m.family == family))
        .map(|p| p.open)
        .min();
    let last = match first_inner {
        Some(first) => {
            for p in out.iter_mut().filter(|p| p.open > open) {
                p.depth = p.depth.saturating_sub(1);
            }
            first - 1
        }
        None => next - 1,
    };
    if last > open {
        out.push(Paired {
            open,
            last,
            unclosed: true,
            depth,
        });
    }
    stack.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(String, bool, u8)> {
        let d = Doc::new(text);
        pair(&d)
            .into_iter()
            .map(|p| {
                (
                    text[d.start(p.open)..d.end(p.last)].to_string(),
                    p.unclosed,
                    p.depth,
                )
            })
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|q| q.0).collect()
    }

    #[test]
    fn every_family() {
        assert_eq!(
            texts("A “b” c \"d\" e ‘f’ g 'h' i «j» k ‹l› m „n“ o „p” q 「r」."),
            [
                "“b”", "\"d\"", "‘f’", "'h'", "«j»", "‹l›", "„n“", "„p”", "「r」"
            ]
        );
    }

    #[test]
    fn apostrophes_do_not_pair() {
        assert_eq!(
            texts("Nadia's view: 'the '80s were rock 'n' roll,' don't you think"),
            ["'the '80s were rock 'n' roll,'"]
        );
        assert_eq!(
            texts("Sweden’s players' union called it ‘unfair’."),
            ["‘unfair’"]
        );
    }

    #[test]
    fn doubled_apostrophes_pair() {
        assert_eq!(
            texts("''It is over,'' he said. ''Really.''"),
            ["''It is over,''", "''Really.''"]
        );
        assert_eq!(
            texts("“It is over,’’ she said. ‘‘Really.’’"),
            ["“It is over,’’", "‘‘Really.’’"]
        );
    }

    #[test]
    fn nested_quotes() {
        assert_eq!(
            quotes("“We will ‘hold the line’,” she said."),
            [
                ("“We will ‘hold the line’,”".to_string(), false, 0),
                ("‘hold the line’".to_string(), false, 1)
            ]
        );
    }

    #[test]
    fn a_quote_over_paragraphs_is_one_quote() {
        let t = "“The river rose fast.\n\n“By noon the bridge was gone,” said Ines Maro.";
        assert_eq!(
            quotes(t),
            [(
                "“The river rose fast.\n\n“By noon the bridge was gone,”".to_string(),
                false,
                0
            )]
        );
    }

    #[test]
    fn a_closing_mark_opening_a_paragraph_opens() {
        assert_eq!(
            texts("Intro.\n\n” Enough is enough.” ― Rosa Dal"),
            ["” Enough is enough.”"]
        );
    }

    #[test]
    fn unclosed_stops_at_the_paragraph_end() {
        let t = "He said “we will stay here.\n\nThe vote is due.";
        assert_eq!(quotes(t), [("“we will stay here.".to_string(), true, 0)]);
    }

    #[test]
    fn a_stray_opener_stops_before_a_quote_of_its_own_family() {
        let t = "A song called “Harbor (“Come Home”). “It moved me,” he said.\n\nNext.";
        assert_eq!(
            quotes(t),
            [
                ("“Harbor (".to_string(), true, 0),
                ("“Come Home”".to_string(), false, 0),
                ("“It moved me,”".to_string(), false, 0)
            ]
        );
        // A quote of the other family inside an unclosed one stays inside.
        let t = "He said “we will ‘hold’ here.\n\nNext.";
        assert_eq!(
            quotes(t),
            [
                ("“we will ‘hold’ here.".to_string(), true, 0),
                ("‘hold’".to_string(), false, 1)
            ]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for t in [
            "\"",
            "'",
            "”",
            "“",
            "\"\"\"",
            "' ' '",
            "«»",
            "\n\n“",
            "“\n\n“",
        ] {
            let _ = texts(t);
        }
    }
}
