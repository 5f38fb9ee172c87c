//! Helpers the date rules' tests share, and tests that cross rules: the seed
//! article's dates and robustness on any input.

use crate::model::{Figure, FigureKind};
use crate::text::Doc;

/// Every figure of `text`, resolved against `reference` ("YYYY-MM-DD").
pub fn figures(text: &str, reference: Option<&str>) -> Vec<Figure> {
    let doc = Doc::new(text);
    let r = reference.map(|r| r.parse().expect("test reference date"));
    crate::figures::extract(&doc, r)
}

/// One date or date range as a test reads it: text, kind, date, date_end
/// ("" for none).
#[derive(Debug, Clone, PartialEq)]
pub struct Row(pub String, pub &'static str, pub String, pub String);

impl PartialEq<(&str, &str, &str, &str)> for Row {
    fn eq(&self, o: &(&str, &str, &str, &str)) -> bool {
        self.0 == o.0 && self.1 == o.1 && self.2 == o.2 && self.3 == o.3
    }
}

fn rows(figs: Vec<Figure>) -> Vec<Row> {
    figs.into_iter()
        .filter(|f| matches!(f.kind, FigureKind::Date | FigureKind::DateRange))
        .map(|f| {
            Row(
                f.text,
                f.kind.as_str(),
                f.date.unwrap_or_default(),
                f.date_end.unwrap_or_default(),
            )
        })
        .collect()
}

/// The dates and date ranges of `text` with no reference date.
pub fn dates(text: &str) -> Vec<Row> {
    rows(figures(text, None))
}

/// The dates and date ranges of `text` against `reference`.
pub fn dates_on(text: &str, reference: &str) -> Vec<Row> {
    rows(figures(text, Some(reference)))
}

#[test]
fn a_news_paragraph_with_every_kind() {
    let text = "Ceasefire talks held in Doha on 18-19 October failed. Envoys met \
                again from 25th to 30th October and will return on 6th November. \
                Since the takeover in 2021, attacks have doubled; on Thursday night \
                a 24-hour curfew began at 9pm.";
    let got = figures(text, Some("2025-10-31"));
    let summary: Vec<(&str, &str)> = got
        .iter()
        .filter(|f| f.kind.is_temporal())
        .map(|f| (f.text.as_str(), f.kind.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("18-19 October", "date_range"),
            ("from 25th to 30th October", "date_range"),
            ("6th November", "date"),
            ("2021", "date"),
            ("Thursday night", "date"),
            ("24-hour", "duration"),
            ("9pm", "time"),
        ]
    );
}

#[test]
fn numbers_inside_identifiers_are_not_times() {
    let text = "The laptop has an Vexa Core x7-8400H chip. \
                pic.twitter.com/Kq7dw2h9Tm — shipping from mid-2019, \
                budgets for FY2020-22, and a midnight-to-8 a.m. shift.";
    let got: Vec<String> = figures(text, None)
        .into_iter()
        .filter(|f| f.kind.is_temporal())
        .map(|f| f.text)
        .collect();
    assert_eq!(got, ["mid-2019", "2020-22", "midnight", "8 a.m."]);
}

#[test]
fn never_panics_on_odd_input() {
    let long_digits = "9".repeat(400);
    let many = "1 day after ".repeat(300);
    let inputs = [
        "",
        " ",
        "...",
        "—–-/:;!?",
        "31/02/2020",
        "99:99",
        "0th",
        "the 0th of May",
        "32 October",
        "February 30, 2021",
        "Q0 Q5 H3",
        "week 0, week 54 of 2025",
        "99999999999999999999 days ago",
        "in 99999999999 years",
        "1e308 years",
        long_digits.as_str(),
        many.as_str(),
        "😀 on 12 October 😀 at 3pm 🎉",
        "'",
        "the '",
        "from",
        "between 2014 and",
        "mid-",
        "12/",
        "/12",
        "2025-",
        "-2025-10-01-",
        "Friday the",
        "the week of",
        "Ünïcödé Mäy 5 ß 2021",
        "नमस्ते 12 अक्टूबर",
        "12 October\n2025",
        "from 25th\n to 30th October",
        "Christmas",
        "on",
        "at 12:60 and 25:00 and 0:00",
        "the 1990s 1990s '90s 90s",
        "the 31st of next month",
        "the 31st",
        "between 9 and",
        "year",
        "next",
        "the past",
        "3 p .",
        "a.m.",
        "half",
        "an hour and a",
        "the last quarter-",
        "Week 12 of",
        "17:46 into",
        "Today's",
        "x7-",
        "the 2016",
        "Ruiz's 1995",
        "since Feb",
        "was held on Feb. 9 will",
    ];
    for text in inputs {
        for reference in [
            None,
            Some("2025-10-31"),
            Some("2024-02-29"),
            Some("0001-01-01"),
        ] {
            let figs = figures(text, reference);
            for f in figs {
                assert!(f.start <= f.end && f.end <= text.len(), "{text:?}");
                assert_eq!(&text[f.start..f.end], f.text);
            }
        }
    }
}

#[test]
fn no_figure_crosses_a_line_break() {
    for f in figures("It ended on 12 October\n2025 began badly.", None) {
        assert!(!f.text.contains('\n'), "{:?}", f.text);
    }
}

#[test]
fn pitfalls_of_real_pages() {
    // Names, handles, web addresses, scores and parenthetical dashes.
    let text = "He told USA Today about @sunday_times and posted \
                example.org/2011/09/07/story — the first of many. \
                Scores rose from 1061 to 1128, a total score of 2072.";
    assert!(
        dates_on(text, "2025-10-31").is_empty(),
        "{:?}",
        dates_on(text, "2025-10-31")
    );
    // "365 days a year" is a rate after a duration.
    let figs = figures("Open 7 days a week, 365 days a year.", None);
    let texts: Vec<&str> = figs
        .iter()
        .filter(|f| f.kind.is_temporal())
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(texts, ["7 days", "365 days"]);
}
