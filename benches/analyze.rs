//! `make bench`: `analyze` on 3 KB, 100 KB and 1 MB of real news text, built
//! at run time from the article texts in ../shared/eval (written by others,
//! never copied into the repository). Criterion reports throughput in MiB/s.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factlens::{analyze, Options};
use serde_json::Value;
use std::path::Path;

/// Every article text of the article-extraction benchmark and Readability's
/// test pages, in file order.
fn news_texts() -> Vec<String> {
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/html");
    let mut texts = Vec::new();
    for (file, field) in [
        ("article_extraction_benchmark.jsonl", "article_body"),
        ("readability_pages.jsonl", "expected_text"),
    ] {
        let path = eval.join(file);
        let data = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("the benchmark needs {}: {e}", path.display()));
        for line in data.lines() {
            if let Ok(v) = serde_json::from_str::<Value>(line) {
                if let Some(t) = v.get(field).and_then(Value::as_str) {
                    texts.push(t.to_string());
                }
            }
        }
    }
    assert!(
        !texts.is_empty(),
        "no article texts found under {}",
        eval.display()
    );
    texts
}

/// `size` bytes of news text: whole articles joined by blank lines, cut at a
/// character boundary.
fn corpus(texts: &[String], size: usize) -> String {
    let mut out = String::with_capacity(size + 4096);
    for t in texts.iter().cycle() {
        if out.len() >= size {
            break;
        }
        out.push_str(t);
        out.push_str("\n\n");
    }
    let mut cut = size.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn bench(c: &mut Criterion) {
    let texts = news_texts();
    let opts = Options::new().with_reference_date("2025-10-31".parse().expect("valid date"));
    let mut group = c.benchmark_group("analyze");
    for (name, size) in [
        ("3KB", 3 * 1024),
        ("100KB", 100 * 1024),
        ("1MB", 1024 * 1024),
    ] {
        let text = corpus(&texts, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if size >= 1024 * 1024 {
            group.sample_size(20);
        }
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| analyze(std::hint::black_box(t), &opts))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
