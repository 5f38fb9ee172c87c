//! The article this project started from (../shared/seed/, not shipped with
//! the crate): the figures a reader wants, and only those.

use factlens::{analyze, Approx, Figure, FigureKind, Options};

fn seed() -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed");
    let entry = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .find(|e| e.path().extension().is_some_and(|x| x == "txt"))?;
    std::fs::read_to_string(entry.path()).ok()
}

fn figures() -> Vec<Figure> {
    let Some(text) = seed() else {
        panic!("../shared/seed/*.txt is missing: the seed test needs the shared folder beside the checkout");
    };
    let opts = Options::new().with_reference_date("2025-10-31".parse().unwrap());
    analyze(&text, &opts).figures
}

fn find<'a>(figs: &'a [Figure], text: &str) -> &'a Figure {
    figs.iter().find(|f| f.text == text).unwrap_or_else(|| {
        panic!(
            "no figure {text:?} in {:?}",
            figs.iter().map(|f| &f.text).collect::<Vec<_>>()
        )
    })
}

#[test]
fn exactly_the_figures_a_reader_wants() {
    let figs = figures();
    let mut got: Vec<&str> = figs.iter().map(|f| f.text.as_str()).collect();
    got.sort_unstable();
    let mut want = vec![
        "Friday",
        "Thursday night",
        "6th November",
        "from 25th to 30th October",
        "18-19 October",
        "2021",
        "12 October",
        "23",
        "over 200",
        "17th October",
    ];
    want.sort_unstable();
    assert_eq!(got, want);
}

#[test]
fn counts_and_bounds() {
    let figs = figures();
    let soldiers = find(&figs, "23");
    assert_eq!(
        (soldiers.kind, soldiers.value),
        (FigureKind::Number, Some(23.0))
    );
    let militants = find(&figs, "over 200");
    assert_eq!(militants.kind, FigureKind::Number);
    assert_eq!(militants.approx, Approx::Over);
    assert_eq!(
        (militants.value, militants.low, militants.high),
        (Some(200.0), Some(200.0), None)
    );
}

#[test]
fn dates_resolve_against_the_publication_date() {
    let figs = figures();
    let day = |t: &str| {
        let f = find(&figs, t);
        (f.kind, f.date.clone(), f.date_end.clone())
    };
    let d = |s: &str| Some(s.to_string());
    assert_eq!(day("Friday"), (FigureKind::Date, d("2025-10-31"), None));
    assert_eq!(
        day("Thursday night"),
        (FigureKind::Date, d("2025-10-30"), None)
    );
    assert_eq!(
        day("6th November"),
        (FigureKind::Date, d("2025-11-06"), None)
    );
    assert_eq!(
        day("from 25th to 30th October"),
        (FigureKind::DateRange, d("2025-10-25"), d("2025-10-30"))
    );
    assert_eq!(
        day("18-19 October"),
        (FigureKind::DateRange, d("2025-10-18"), d("2025-10-19"))
    );
    assert_eq!(day("12 October"), (FigureKind::Date, d("2025-10-12"), None));
    assert_eq!(
        day("17th October"),
        (FigureKind::Date, d("2025-10-17"), None)
    );
    assert_eq!(day("2021"), (FigureKind::Date, d("2021"), None));
}
