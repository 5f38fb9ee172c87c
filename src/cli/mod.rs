//! The command line: argument parsing and dispatch. Every failure is one line
//! on stderr, `factlens: <what went wrong>`, and exit code 2.

mod analyze;
mod eval_attributions;
mod eval_claims;
mod eval_figures;
mod json;
mod render;
mod train_claims;

pub const USAGE: &str = "\
factlens: a fact-checking lens for news text

Usage:
  factlens analyze [FILE|-] [--format json|text] [--offsets bytes|chars|utf16]
                   [--date YYYY-MM-DD] [--jsonl] [--pretty] [--color auto|always|never]
  factlens eval figures FILE [--spec NAME] [--errors]
  factlens eval attributions FILE --split dev|test [--half a|b] [--errors]
  factlens eval claims FILE [--split train|test] [--folds K]
  factlens train claims [--data DIR] [--out FILE] [--cv] [--set NAME=VALUE]...
  factlens --help | --version

analyze
  Reads an article (UTF-8 text) from FILE or standard input and prints its
  analysis. --date is the publication date relative dates resolve against.
  --format text marks the figures in the article for a terminal (coloured
  when writing to one, or as --color says).
  --jsonl reads one JSON object a line, {\"id\": any, \"text\": string,
  \"date\": \"YYYY-MM-DD\"?}, and writes one line each, {\"id\", \"analysis\"} or
  {\"id\", \"error\"}, in input order, using every core; exit code 1 if any
  line failed.

eval figures
  Scores the figures layer against the Recognizers-Text spec file
  (../shared/eval/numbers/recognizers_text_en.jsonl): exact and overlap
  precision, recall and F1 and value accuracy per spec. --errors lists
  every miss.

eval attributions
  Scores quotes and attribution against PolNeAR
  (../shared/eval/quotes/polnear_dev_test.jsonl): cue, source and content
  precision, recall and F1, exact (same tokens) and overlap (at least 50% of
  the gold span's tokens), and speaker accuracy on direct quotes. --errors
  lists misses (dev split only).
eval claims
  Scores the sentences' claim scores against a check-worthiness set
  (../shared/eval/claims/*.jsonl): ROC AUC, and F1 of the check-worthy class
  at the model's threshold; for CLEF 2019 Task 1 also MAP and P@10 over its
  debates and speeches (--split test: the lab's test set, never trained or
  tuned on, scored by the shipped model and reported in aggregate only;
  --split train: 5 folds by debate, each scored by a model retrained without
  it). ClaimBuster is scored out-of-fold (--folds, default 5): each fold by a
  model retrained on everything else with the shipped recipe.

train claims
  Retrains the shipped check-worthiness model (src/claims/model.bin) from
  ClaimBuster and the CLEF 2019 train split in DIR (../shared/eval/claims)
  and picks its threshold for the best ClaimBuster out-of-fold F1; the
  output is byte-identical on every run. --cv prints the recipe's
  cross-validated figures instead (ClaimBuster 5-fold ROC AUC and F1, CLEF
  2019 train MAP and P@10 with folds by debate); --set changes one setting
  (clef_weight, clef_pos, own_bias, cb_weight, epochs, lr, l2, bits, drop).

Exit codes: 0 success, 1 some --jsonl lines failed, 2 bad usage or input.
";

/// Precision, recall and F1 of `tp` matches among `pred` predictions and
/// `gold` gold items; `empty` is the precision (recall) of nothing predicted
/// (nothing to find): the evaluations differ on that convention.
pub(crate) fn prf(tp: usize, pred: usize, gold: usize, empty: f64) -> (f64, f64, f64) {
    let ratio = |n: usize| if n == 0 { empty } else { tp as f64 / n as f64 };
    let (p, r) = (ratio(pred), ratio(gold));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Runs the command line; returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let result = match args.first().map(String::as_str) {
        None | Some("-h") | Some("--help") | Some("help") => {
            print!("{USAGE}");
            Ok(0)
        }
        Some("-V") | Some("--version") => {
            println!("factlens {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Some("analyze") => analyze::run(&args[1..]),
        Some("eval") => match args.get(1).map(String::as_str) {
            Some("figures") => eval_figures::run(&args[2..]),
            Some("attributions") => eval_attributions::run(&args[2..]),
            Some("claims") => eval_claims::run(&args[2..]),
            Some(other) => Err(format!(
                "unknown evaluation {other:?}: expected figures, attributions or claims"
            )),
            None => Err("eval needs what to evaluate: figures, attributions or claims".to_string()),
        },
        Some("train") => train_claims::run(&args[1..]),
        Some(other) => Err(format!("unknown command {other:?} (try `factlens --help`)")),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("factlens: {msg}");
            2
        }
    }
}
