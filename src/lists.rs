//! Word lists compiled in from `lists/*.txt`.
//!
//! Every list is plain text: one entry a line, `#` starts a comment, blank
//! lines are ignored. A line may hold several fields separated by `|`; each
//! list's header says what the fields mean. A newsroom extends Factlens by
//! editing these files and rebuilding. `build.rs` compiles them in without
//! their comments; [`list_text!`] names one.

/// The text of `lists/<name>.txt` as compiled in (comments and blank lines
/// removed by `build.rs`): `list_text!("units")`.
macro_rules! list_text {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lists/", $name, ".txt"))
    };
}
pub(crate) use list_text;

/// The entries of a list: trimmed lines with comments and blanks removed.
pub fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().filter_map(|line| {
        let line = match line.find('#') {
            Some(k) => &line[..k],
            None => line,
        };
        let line = line.trim();
        (!line.is_empty()).then_some(line)
    })
}

/// The `|`-separated fields of an entry, trimmed.
pub fn fields(entry: &'static str) -> impl Iterator<Item = &'static str> {
    entry.split('|').map(str::trim)
}

/// The comma-separated forms of a field, trimmed, empty ones dropped:
/// "km, kilometre, kilometres".
pub fn forms(field: &'static str) -> impl Iterator<Item = &'static str> {
    field.split(',').map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_and_fields() {
        let src = "# header\n\nkm | kilometre, kilometres  # comment\n  mile\n";
        let e: Vec<_> = entries(src).collect();
        assert_eq!(e, ["km | kilometre, kilometres", "mile"]);
        let f: Vec<_> = fields(e[0]).collect();
        assert_eq!(f, ["km", "kilometre, kilometres"]);
        assert_eq!(forms(f[1]).collect::<Vec<_>>(), ["kilometre", "kilometres"]);
        assert_eq!(forms(" a,, b ,").collect::<Vec<_>>(), ["a", "b"]);
    }
}
