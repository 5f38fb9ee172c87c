//! Any text, however odd, gets an analysis whose spans are well formed, and no
//! panic. Inputs come from a fixed-seed generator mixing the characters rules
//! care about (digits, separators, currency signs, quotes, dots, dashes) with
//! multi-byte text.

use factlens::{analyze, Analysis, OffsetUnit, Options};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "0",
    "1",
    "12",
    "2025",
    "31",
    "3,400",
    "1.5",
    ".",
    ",",
    "-",
    "–",
    "/",
    ":",
    "%",
    "$",
    "£",
    "€",
    "Rs",
    "US$",
    "bn",
    "m",
    "k",
    "th",
    "st",
    "million",
    "per cent",
    "over",
    "nearly",
    "between",
    "and",
    "to",
    "from",
    "October",
    "Oct.",
    "Friday",
    "last week",
    "the",
    "Mr.",
    "U.S.",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "(",
    ")",
    "…",
    "?",
    "!",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "😀",
    "日本",
    "e\u{301}",
    "٣",
    "½",
    "°C",
    "km",
    "twenty",
    "-three",
    "first",
    "a third",
    "1/2",
    "12/10/2025",
    "9:30",
    "p.m.",
    "\u{feff}",
    "\t",
    "\u{2028}",
    "9999999999999999999999",
    "0.000",
    "..",
    "said",
    " he said",
    "according to",
    "Minister Ana Ruiz",
    "Ruiz",
    "told reporters",
    "‘",
    "«",
    "»",
    "„",
    "''",
    "「",
    "」",
];

fn random_text(rng: &mut Rng) -> String {
    let n = (rng.next() % 40) as usize;
    (0..n).map(|_| rng.pick(PIECES)).collect()
}

fn check(text: &str, a: &Analysis) {
    let check_span = |start: usize, end: usize, span_text: &str, what: &str| {
        assert!(
            start <= end && end <= text.len(),
            "{what} {start}..{end} out of bounds in {text:?}"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{what} not on char boundary in {text:?}"
        );
        assert_eq!(
            &text[start..end],
            span_text,
            "{what} text mismatch in {text:?}"
        );
        assert!(start < end, "{what} is empty in {text:?}");
    };
    let mut prev_end = 0;
    for s in &a.sentences {
        check_span(s.start, s.end, &s.text, "sentence");
        assert!(s.start >= prev_end, "sentences overlap in {text:?}");
        prev_end = s.end;
    }
    let mut prev_end = 0;
    for f in &a.figures {
        check_span(f.start, f.end, &f.text, "figure");
        assert!(
            f.start >= prev_end,
            "figures overlap or are unsorted in {text:?}"
        );
        prev_end = f.end;
        for x in [f.value, f.low, f.high].into_iter().flatten() {
            assert!(x.is_finite(), "non-finite number in {f:?}");
        }
    }
    for q in &a.quotes {
        check_span(q.start, q.end, &q.text, "quote");
        if let Some(k) = q.attribution {
            assert!(
                k < a.attributions.len(),
                "quote points past attributions in {text:?}"
            );
        }
    }
    for t in &a.attributions {
        check_span(t.content.start, t.content.end, &t.content.text, "content");
        for s in [&t.source, &t.cue].into_iter().flatten() {
            check_span(s.start, s.end, &s.text, "source or cue");
        }
        if let Some(k) = t.quote {
            assert!(
                k < a.quotes.len(),
                "attribution points past quotes in {text:?}"
            );
        }
        if let Some(k) = t.person {
            assert!(
                k < a.people.len(),
                "attribution points past people in {text:?}"
            );
        }
    }
    for p in &a.people {
        for m in &p.mentions {
            check_span(m.start, m.end, &m.text, "mention");
        }
    }
}

#[test]
fn random_texts_give_well_formed_spans() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let opts = Options::new().with_reference_date("2025-10-31".parse().expect("date"));
    for _ in 0..4000 {
        let text = random_text(&mut rng);
        let a = analyze(&text, &opts);
        check(&text, &a);
        // Offsets convert without panicking and stay ordered.
        for unit in [OffsetUnit::Chars, OffsetUnit::Utf16] {
            let mut b = a.clone();
            b.convert_offsets(&text, unit);
            for (x, y) in a.figures.iter().zip(&b.figures) {
                assert!(y.start <= x.start && y.end <= x.end && y.start <= y.end);
            }
        }
    }
}

#[test]
fn analysis_without_reference_date_or_layers() {
    let text = "On Friday, 23 soldiers and over 200 militants.";
    let mut opts = Options::new();
    let a = analyze(text, &opts);
    check(text, &a);
    opts.layers.figures = false;
    opts.layers.sentences = false;
    let b = analyze(text, &opts);
    assert!(b.figures.is_empty() && b.sentences.is_empty());
}
