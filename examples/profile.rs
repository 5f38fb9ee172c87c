//! Runs `analyze` on a file many times: `cargo run --release --example profile FILE [N]`
//! (for profilers such as `perf record` or `valgrind --tool=callgrind`).

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: profile FILE [N]");
        std::process::exit(2);
    };
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let opts = factlens::Options::new();
    let start = std::time::Instant::now();
    let mut figures = 0;
    for _ in 0..n {
        figures += factlens::analyze(&text, &opts).figures.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} figures per run, {:.1} MB/s",
        figures / n.max(1),
        text.len() as f64 * n as f64 / secs / 1e6
    );
}
