//! ## What it does
//! Reads a plain decimal numeral, digits with at most one point ("12", "3.5",
//! ".5", "5."), into an `f64`, for [`super::numeral`]; and writes integers
//! back as text ([`push_int`]) for ISO dates and flag notes.
//!
//! ## Why not `str::parse::<f64>`
//! The standard float parser brings its tables (powers of five for the
//! Eisel-Lemire algorithm, a big-decimal fallback) into the WebAssembly
//! module: about 8 KB gzipped of a 200 KiB budget, for numerals that in news
//! text have a few digits. This reads them exactly as the standard parser does
//! (correctly rounded) whenever the significant digits fit in 2^53 and the
//! power of ten in 10^22 (Clinger's fast path), which covers every figure a
//! story prints; past that it is within a few units in the last place.
//!
//! ## Example
//! "3.75" → 375 / 10^2 = 3.75; "0012" → 12; "." → none.
//!
//! ## Why not `format!` for integers
//! The few numbers the core writes (years, months, days, hours, a note's
//! figure) would each bring the formatter's integer code for their type; one
//! small function writes them all.

/// The value of `s`, digits and at most one point, or `None` for anything
/// else (a sign, an exponent, no digit at all).
pub fn decimal(s: &str) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut exp: i32 = 0;
    let mut digits = false;
    let mut point = false;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => {
                digits = true;
                if mantissa < u64::MAX / 10 - 1 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    exp -= i32::from(point);
                } else if !point {
                    // A digit past what u64 holds: keep its place value.
                    exp = exp.saturating_add(1);
                }
            }
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    if !digits {
        return None;
    }
    let m = mantissa as f64;
    let ten = |k: i32| (0..k).fold(1.0f64, |p, _| p * 10.0);
    Some(if mantissa < 1 << 53 && (-22..=22).contains(&exp) {
        // Both operands are exact, so one correctly rounded operation.
        if exp >= 0 {
            m * ten(exp)
        } else {
            m / ten(-exp)
        }
    } else {
        m * 10f64.powi(exp)
    })
}

/// Appends `n` as `format!("{n:0width$}")` would: in decimal, zero-padded
/// to `width` characters, a minus sign included ("07", "-05", "2025").
pub fn push_int(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        k -= 1;
        digits[k] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let len = digits.len() - k + usize::from(n < 0);
    for _ in len..width {
        out.push('0');
    }
    out.extend(digits[k..].iter().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::{decimal, push_int};

    #[test]
    fn writes_integers_as_format_does() {
        for n in [
            0i64,
            7,
            -5,
            42,
            -42,
            2025,
            -1,
            10000,
            -12345,
            i64::MIN,
            i64::MAX,
        ] {
            for width in [0, 2, 4, 5] {
                let mut out = String::new();
                push_int(&mut out, n, width);
                assert_eq!(out, format!("{n:0width$}"));
            }
        }
    }

    #[test]
    fn reads_what_the_standard_parser_reads_exactly() {
        let cases = [
            "0",
            "7",
            "12",
            "007",
            "3.5",
            ".5",
            "5.",
            "0.1",
            "0.3",
            "2.675",
            "1.005",
            "99.99",
            "3400",
            "1234567",
            "0.000001",
            "123456789.123",
            "9007199254740991",
            "1.7976931",
            "45.000",
            "12.3456789012",
            "1000000000000000000000",
        ];
        for s in cases {
            let want: f64 = s.parse().expect("a test numeral");
            assert_eq!(decimal(s), Some(want), "{s}");
        }
    }

    #[test]
    fn many_digits_stay_close() {
        let s = "123456789012345678901234567890";
        let want: f64 = s.parse().expect("a test numeral");
        let got = decimal(s).expect("digits");
        assert!((got - want).abs() / want < 1e-14, "{got} vs {want}");
        let s = "0.0000000000000000000000000123";
        let want: f64 = s.parse().expect("a test numeral");
        let got = decimal(s).expect("digits");
        assert!((got - want).abs() / want < 1e-14, "{got} vs {want}");
    }

    #[test]
    fn rejects_what_is_not_a_plain_decimal() {
        for s in [
            "", ".", "1.2.3", "-5", "+5", "1e5", "inf", "NaN", "1,000", "١٢",
        ] {
            assert_eq!(decimal(s), None, "{s}");
        }
    }
}
