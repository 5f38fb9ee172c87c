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

// Quotes and attribution.

use factlens::{Analysis, Attribution, QuoteRole, SourceKind};

fn analysis() -> Analysis {
    let Some(text) = seed() else {
        panic!("../shared/seed/*.txt is missing: the seed test needs the shared folder beside the checkout");
    };
    let opts = Options::new().with_reference_date("2025-10-31".parse().unwrap());
    analyze(&text, &opts)
}

/// The speaker and role of the quote that starts with `start`.
fn quote(a: &Analysis, start: &str) -> (QuoteRole, Option<String>) {
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?}"));
    let speaker = q
        .attribution
        .and_then(|k| a.attributions.get(k))
        .and_then(|t| t.speaker.clone());
    (q.role, speaker)
}

fn attribution<'a>(a: &'a Analysis, content_start: &str) -> &'a Attribution {
    a.attributions
        .iter()
        .find(|t| t.content.text.starts_with(content_start))
        .unwrap_or_else(|| panic!("no attribution of {content_start:?}"))
}

#[test]
fn full_speech_quotes_have_their_speakers() {
    let a = analysis();
    let asif = Some("Khawaja Asif".to_string());
    let andrabi = Some("Tahir Andrabi".to_string());
    assert_eq!(
        quote(&a, "“Peaceful relations"),
        (QuoteRole::Speech, asif.clone())
    );
    assert_eq!(
        quote(&a, "“Pakistan made it clear"),
        (QuoteRole::Speech, andrabi.clone())
    );
    let he = a
        .attributions
        .iter()
        .find(|t| t.content.text.starts_with("“Peaceful relations"))
        .expect("attributed");
    assert_eq!(he.source.as_ref().map(|s| s.text.as_str()), Some("he"));
    assert_eq!(he.source_kind, SourceKind::Pronoun);
    assert!(he.direct);
    // The first full speech quote of the story is Asif's, through "Asif said".
    let said = attribution(&a, "infiltration from Afghan soil");
    assert_eq!(said.speaker, asif);
}

#[test]
fn short_quotes_inside_reported_speech_are_speech() {
    let a = analysis();
    assert_eq!(
        quote(&a, "“in some form,”"),
        (QuoteRole::Speech, Some("Khawaja Asif".to_string()))
    );
    assert_eq!(
        quote(&a, "“under all circumstances”"),
        (QuoteRole::Speech, Some("Tahir Andrabi".to_string()))
    );
}

#[test]
fn group_names_in_quotes_are_terms() {
    let a = analysis();
    assert_eq!(quote(&a, "“Fitna al-Khawarij”"), (QuoteRole::Term, None));
    assert_eq!(quote(&a, "“Fitna al-Hindustan”"), (QuoteRole::Term, None));
}

#[test]
fn according_to_a_statement() {
    let a = analysis();
    let t = a
        .attributions
        .iter()
        .find(|t| t.cue.as_ref().is_some_and(|c| c.text == "According to"))
        .expect("an according-to attribution");
    let source = t.source.as_ref().map(|s| s.text.as_str());
    assert_eq!(
        source,
        Some("a joint statement released by Turkiye’s foreign ministry")
    );
    assert!(matches!(
        t.source_kind,
        SourceKind::Document | SourceKind::Organization
    ));
    assert!(t
        .content
        .text
        .starts_with("the meetings were held in Istanbul"));
}

#[test]
fn the_minister_and_he_resolve_to_asif() {
    let a = analysis();
    let asif = Some("Khawaja Asif".to_string());
    let minister = attribution(&a, "that several within the Afghan administration");
    assert_eq!(minister.source_kind, SourceKind::Role);
    assert_eq!(minister.speaker, asif);
    let stressed = attribution(&a, "that Kabul must guarantee peace");
    assert_eq!(
        stressed.cue.as_ref().map(|c| c.text.as_str()),
        Some("stressed")
    );
    assert_eq!(stressed.speaker, asif);
}

#[test]
fn people_have_their_titles() {
    let a = analysis();
    let person = |name: &str| {
        a.people
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no person {name:?}"))
    };
    assert_eq!(
        person("Khawaja Asif").title.as_deref(),
        Some("Defence Minister")
    );
    assert_eq!(
        person("Tahir Andrabi").title.as_deref(),
        Some("Foreign Office spokesperson")
    );
    assert!(person("Khawaja Asif")
        .mentions
        .iter()
        .any(|m| m.text == "The minister"));
}

// Claims and flags.

#[test]
fn the_casualty_sentence_is_a_top_three_claim() {
    let a = analysis();
    let mut claims = a.claims.clone();
    claims.sort_by(|x, y| y.score.total_cmp(&x.score));
    let rank = claims.iter().position(|c| {
        c.text.contains("23 Pakistani soldiers") && c.text.contains("over 200 militants")
    });
    assert!(
        rank.is_some_and(|r| r < 3),
        "rank {rank:?} in {:?}",
        claims
            .iter()
            .map(|c| (&c.text, c.score))
            .collect::<Vec<_>>()
    );
    assert!(a.sentences.iter().all(|s| s.claim_score.is_some()));
}

#[test]
fn flags_a_reader_should_see() {
    let a = analysis();
    let has = |kind: &str, inside: &str, text: &str| {
        a.flags.iter().any(|f| {
            f.kind == kind
                && f.text.contains(text)
                && a.sentences
                    .iter()
                    .any(|s| s.text.contains(inside) && s.start <= f.start && f.end <= s.end)
        })
    };
    assert!(
        has(
            "vague_source",
            "several within the Afghan administration are backing terrorist groups",
            "several within"
        ),
        "{:?}",
        a.flags
    );
    assert!(has(
        "agentless",
        "evidence has repeatedly been shared",
        "shared"
    ));
    assert!(has("loaded", "martyred", "martyred"));
}
