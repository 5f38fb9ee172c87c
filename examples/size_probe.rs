//! A stand-in for the browser binding, to measure what the core adds to a
//! WebAssembly build: `make size-core` builds it for wasm32 and prints its
//! size, raw and gzipped. It exports one function that runs `analyze` and
//! touches every figure, quote, attribution, person, claim and flag field, so
//! nothing the
//! binding needs is optimised away.

/// Analyses `len` bytes of UTF-8 at `ptr`; returns a checksum.
///
/// # Safety
/// `ptr..ptr + len` must be readable memory owned by the caller.
#[no_mangle]
pub unsafe extern "C" fn probe(ptr: *const u8, len: usize) -> usize {
    // SAFETY: the caller guarantees the range is valid.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    let text = std::str::from_utf8(bytes).unwrap_or("");
    let a = factlens::analyze(text, &factlens::Options::new());
    let fields: usize = a
        .figures
        .iter()
        .map(|f| {
            f.text.len()
                + f.kind.as_str().len()
                + f.approx.as_str().len()
                + f.unit.as_ref().map_or(0, String::len)
                + f.currency.as_ref().map_or(0, String::len)
                + f.date.as_ref().map_or(0, String::len)
                + f.date_end.as_ref().map_or(0, String::len)
                + [f.value, f.low, f.high].iter().flatten().count()
        })
        .sum();
    let quotes: usize = a
        .quotes
        .iter()
        .map(|q| {
            q.text.len() + usize::from(q.unclosed) + q.attribution.unwrap_or(0) + q.role as usize
        })
        .sum();
    let attributions: usize = a
        .attributions
        .iter()
        .map(|t| {
            t.content.text.len()
                + t.source.as_ref().map_or(0, |s| s.text.len())
                + t.cue.as_ref().map_or(0, |s| s.text.len())
                + t.speaker.as_ref().map_or(0, String::len)
                + t.person.unwrap_or(0)
                + t.quote.unwrap_or(0)
                + usize::from(t.direct)
                + t.source_kind as usize
        })
        .sum();
    let people: usize = a
        .people
        .iter()
        .map(|p| p.name.len() + p.title.as_ref().map_or(0, String::len) + p.mentions.len())
        .sum();
    let claims: usize = a
        .claims
        .iter()
        .map(|c| c.text.len() + c.reasons.len() + c.figures.len() + c.attribution.unwrap_or(0))
        .sum();
    let flags: usize = a
        .flags
        .iter()
        .map(|f| f.text.len() + f.kind.len() + f.note.len() + f.related.len())
        .sum();
    let scores = a
        .sentences
        .iter()
        .filter_map(|s| s.claim_score)
        .sum::<f64>() as usize;
    a.sentences.len() + fields + quotes + attributions + people + claims + flags + scores
}
