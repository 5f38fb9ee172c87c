//! Compiles the word lists in without their comments: `lists/*.txt` keep
//! their explanatory headers for the newsroom that edits them, and the
//! WebAssembly module gets only the entries (one a line, trimmed), which is
//! what `lists::entries` reads anyway. Saves about a third of the lists' bytes.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=lists");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir).join("lists");
    fs::create_dir_all(&out).expect("create OUT_DIR/lists");
    let mut paths: Vec<_> = fs::read_dir("lists")
        .expect("read lists/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("txt"))
        .collect();
    paths.sort();
    for path in paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("a list is UTF-8 text");
        let mut stripped = String::with_capacity(text.len());
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if !line.is_empty() {
                stripped.push_str(line);
                stripped.push('\n');
            }
        }
        let name = path.file_name().expect("a file name");
        fs::write(out.join(name), stripped).expect("write a stripped list");
    }
}
