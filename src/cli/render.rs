//! `--format text`: the article with its figures marked for a terminal, then
//! who said what, its claims (strongest first) and its flags.
//!
//! On a terminal each figure is coloured by kind and followed by a dim note;
//! elsewhere it is bracketed: `[over 200]{number over 200}`. After the
//! article come the quotes (speech with its speaker, or term), the
//! attributions (speaker, kind of source, cue, content), the people with
//! their titles, the claims (`0.97  figure, date  — unattributed` above the
//! text) and the flags (`vague_source  "experts say": <note>`).

use factlens::{Analysis, Approx, AttributionKind, Figure, FigureKind, QuoteRole, SourceKind};

const RESET: &str = "\x1b[0m";
const DIM: &str = "\x1b[2m";

fn colour(kind: FigureKind) -> &'static str {
    use FigureKind::*;
    match kind {
        Number | Fraction | Ordinal => "\x1b[1;36m",
        Percent => "\x1b[1;35m",
        Money => "\x1b[1;32m",
        Quantity => "\x1b[1;34m",
        Date | DateRange | Time | Duration => "\x1b[1;33m",
    }
}

/// A number for people: "2,400,000,000", "0.333333", "7.8".
fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        let digits = (x.abs() as i64).to_string();
        let mut out = String::new();
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k) % 3 == 0 && digits.len() > 4 {
                out.push(',');
            }
            out.push(c);
        }
        if x < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A short description of a figure: "money 1500000000 USD", "date 2025-10-12".
pub fn describe(f: &Figure) -> String {
    let mut parts = vec![f.kind.as_str().to_string()];
    if f.approx != Approx::Exact {
        parts.push(f.approx.as_str().to_string());
    }
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => parts.push(num(v)),
        (None, Some(l), Some(h)) => parts.push(format!("{}–{}", num(l), num(h))),
        (None, Some(l), None) => parts.push(format!("≥{}", num(l))),
        (None, None, Some(h)) => parts.push(format!("≤{}", num(h))),
        _ => {}
    }
    if let Some(c) = &f.currency {
        parts.push(c.clone());
    }
    if let Some(u) = &f.unit {
        parts.push(u.clone());
    }
    match (&f.date, &f.date_end) {
        (Some(d), Some(e)) => parts.push(format!("{d}/{e}")),
        (Some(d), None) => parts.push(d.clone()),
        _ => {}
    }
    parts.join(" ")
}

/// The text with every figure marked.
pub fn render(text: &str, a: &Analysis, colour_on: bool) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for f in &a.figures {
        if f.start < at || f.end > text.len() {
            continue;
        }
        out.push_str(&text[at..f.start]);
        let note = describe(f);
        if colour_on {
            out.push_str(colour(f.kind));
            out.push_str(&text[f.start..f.end]);
            out.push_str(RESET);
            out.push_str(DIM);
            out.push_str(" ‹");
            out.push_str(&note);
            out.push('›');
            out.push_str(RESET);
        } else {
            out.push('[');
            out.push_str(&text[f.start..f.end]);
            out.push_str("]{");
            out.push_str(&note);
            out.push('}');
        }
        at = f.end;
    }
    out.push_str(&text[at..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&who_said_what(a, colour_on));
    render_claims_and_flags(a, colour_on, &mut out);
    out
}

/// At most `n` characters of `s` on one line, with an ellipsis when cut.
fn clip(s: &str, n: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        return flat;
    }
    let mut cut: String = flat.chars().take(n).collect();
    cut.push('…');
    cut
}

fn kind_name(k: SourceKind) -> &'static str {
    match k {
        SourceKind::Person => "person",
        SourceKind::Role => "role",
        SourceKind::Organization => "organization",
        SourceKind::Document => "document",
        SourceKind::Pronoun => "pronoun",
        SourceKind::Anonymous => "anonymous",
        SourceKind::Vague => "vague",
    }
}

/// The quotes, attributions and people of `a`, one a line.
pub fn who_said_what(a: &Analysis, colour_on: bool) -> String {
    let (head, dim, reset) = if colour_on {
        ("\x1b[1m", DIM, RESET)
    } else {
        ("", "", "")
    };
    let mut out = String::new();
    if !a.quotes.is_empty() {
        out.push_str(&format!("\n{head}Quotes{reset}\n"));
        for q in &a.quotes {
            let who = match q.role {
                QuoteRole::Term => "term".to_string(),
                QuoteRole::Speech => q
                    .attribution
                    .and_then(|k| a.attributions.get(k))
                    .map(|t| {
                        t.speaker
                            .clone()
                            .or_else(|| t.source.as_ref().map(|s| s.text.clone()))
                            .unwrap_or_else(|| "unnamed source".to_string())
                    })
                    .unwrap_or_else(|| "no speaker".to_string()),
            };
            let open = if q.unclosed { " (unclosed)" } else { "" };
            out.push_str(&format!(
                "  {} {dim}— {who}{open}{reset}\n",
                clip(&q.text, 70)
            ));
        }
    }
    if !a.attributions.is_empty() {
        out.push_str(&format!("\n{head}Who said what{reset}\n"));
        for t in &a.attributions {
            let source = t.source.as_ref().map_or("(no source)", |s| s.text.as_str());
            let speaker = match &t.speaker {
                Some(sp) if sp != source => format!(" = {sp}"),
                _ => String::new(),
            };
            let cue = t.cue.as_ref().map_or("", |c| c.text.as_str());
            // What is not speech says so: "[organization, stance] endorsed:".
            let reports = match t.kind {
                AttributionKind::Speech => "",
                AttributionKind::Thought => ", thought",
                AttributionKind::Stance => ", stance",
            };
            out.push_str(&format!(
                "  {}{speaker} {dim}[{}{reports}] {cue}:{reset} {}\n",
                clip(source, 40),
                kind_name(t.source_kind),
                clip(&t.content.text, 70)
            ));
        }
    }
    if !a.people.is_empty() {
        out.push_str(&format!("\n{head}People{reset}\n"));
        for p in &a.people {
            match &p.title {
                Some(t) => out.push_str(&format!("  {}, {t}\n", p.name)),
                None => out.push_str(&format!("  {}\n", p.name)),
            }
        }
    }
    out
}

/// One line per claim (strongest first) and per flag, after the article.
fn render_claims_and_flags(a: &Analysis, colour_on: bool, out: &mut String) {
    let (bold, dim, reset) = if colour_on {
        ("\x1b[1m", DIM, RESET)
    } else {
        ("", "", "")
    };
    if !a.claims.is_empty() {
        let mut claims: Vec<&factlens::Claim> = a.claims.iter().collect();
        claims.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.start.cmp(&y.start)));
        out.push_str(&format!("\n{bold}Claims{reset} ({})\n", claims.len()));
        for c in claims {
            let source = match c.attribution.and_then(|k| a.attributions.get(k)) {
                Some(att) => match (att.source.as_ref(), att.speaker.as_deref()) {
                    (Some(s), Some(who)) if who != s.text => {
                        format!("attributed to {who} (\"{}\")", s.text)
                    }
                    (Some(s), _) => format!("attributed to {}", s.text),
                    (None, _) => "attributed".to_string(),
                },
                None => "unattributed".to_string(),
            };
            out.push_str(&format!(
                "  {:.2}  {dim}{} — {source}{reset}\n        {}\n",
                c.score,
                c.reasons.join(", "),
                c.text.replace('\n', " ")
            ));
        }
    }
    if !a.flags.is_empty() {
        out.push_str(&format!("\n{bold}Flags{reset} ({})\n", a.flags.len()));
        for f in &a.flags {
            out.push_str(&format!(
                "  {:<13} \"{}\": {dim}{}{reset}\n",
                f.kind,
                f.text.replace('\n', " "),
                f.note
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use factlens::{analyze, Options};

    #[test]
    fn numbers_read_like_numbers() {
        assert_eq!(num(2_400_000_000.0), "2,400,000,000");
        assert_eq!(num(1200.0), "1200");
        assert_eq!(num(-45_000.0), "-45,000");
        assert_eq!(num(1.0 / 3.0), "0.333333");
        assert_eq!(num(7.8), "7.8");
    }

    #[test]
    fn figures_are_bracketed_with_a_note() {
        let text = "Over 200 came.";
        let mut opts = Options::new();
        opts.layers.claims = false;
        let a = analyze(text, &opts);
        assert_eq!(
            render(text, &a, false),
            "[Over 200]{number over 200} came.\n"
        );
        assert!(render(text, &a, true).contains("\x1b[1;36mOver 200\x1b[0m"));
    }

    #[test]
    fn speakers_are_listed_after_the_article() {
        let text = "Harbour Board spokesperson Omar Quist said the cranes were late. “We will catch up,” he said.";
        let a = analyze(text, &Options::new());
        let out = render(text, &a, false);
        assert!(out.contains("“We will catch up,” — Omar Quist"), "{out}");
        assert!(
            out.contains("he = Omar Quist [pronoun] said: “We will catch up,”"),
            "{out}"
        );
        assert!(
            out.contains("Omar Quist, Harbour Board spokesperson"),
            "{out}"
        );
    }

    #[test]
    fn claims_and_flags_follow_the_article() {
        let text = "Thank you. Experts say exports rose 40% in 2024 because of the new port.";
        let a = analyze(text, &Options::new());
        let out = render(text, &a, false);
        assert!(out.contains("\nClaims (1)\n"), "{out}");
        assert!(
            out.contains("— attributed to Experts\n        Experts say exports"),
            "{out}"
        );
        assert!(
            out.contains("vague_source  \"Experts say\": Vague source"),
            "{out}"
        );
    }

    #[test]
    fn a_claim_names_the_resolved_speaker() {
        let text = "Port director Ada Velk spoke on Monday. She said exports rose 40% in 2024.";
        let a = analyze(text, &Options::new());
        let out = render(text, &a, false);
        assert!(out.contains("attributed to Ada Velk (\"She\")"), "{out}");
    }
}
