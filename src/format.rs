//! Numbers as each language writes them in news copy: AP style in English ("5,232",
//! "32.9 percent"), Spanish news style in Spanish ("5.232", "32,9 por ciento").
//!
//! Each comes two ways: as a `String` (`count`), and as a `Display` (`count_display`) that
//! writes straight into the text around it, for sentences made in one buffer.

use crate::lang::Lang;
use std::fmt::{self, Display, Write as _};

fn group_separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Es => '.',
    }
}

fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Es => ',',
    }
}

/// A whole number with thousands grouped: 5232 → "5,232" (en), "5.232" (es).
pub fn count(n: u64, lang: Lang) -> String {
    grouped(n, lang, &mut [0; GROUPED_LEN]).to_string()
}

/// `count` where it is written: into a sentence, with no string of its own.
pub fn count_display(n: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| f.write_str(grouped(n, lang, &mut [0; GROUPED_LEN])))
}

/// A short phrase as a `String`, in one allocation (`to_string` starts at 8 bytes and grows).
pub fn short_string(phrase: impl Display) -> String {
    let mut out = String::with_capacity(32);
    // Writing to a `String` cannot fail.
    let _ = write!(out, "{phrase}");
    out
}

/// The longest grouped u64: 20 digits and 6 separators.
const GROUPED_LEN: usize = 26;

/// Writes `n` with thousands grouped at the end of `buf`, and returns it.
fn grouped(n: u64, lang: Lang, buf: &mut [u8; GROUPED_LEN]) -> &str {
    let sep = group_separator(lang) as u8;
    let mut start = buf.len();
    let mut v = n;
    let mut digits = 0;
    loop {
        if digits > 0 && digits % 3 == 0 {
            start -= 1;
            buf[start] = sep;
        }
        start -= 1;
        buf[start] = b'0' + (v % 10) as u8;
        digits += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    // ASCII digits and separators: always UTF-8.
    std::str::from_utf8(&buf[start..]).unwrap_or_default()
}

/// A value given in tenths, written with one decimal: 329 → "32.9" (en), "32,9" (es).
pub fn tenths(t: u64, lang: Lang) -> String {
    short_string(tenths_display(t, lang))
}

/// `tenths` where it is written.
pub fn tenths_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| {
        f.write_str(grouped(t / 10, lang, &mut [0; GROUPED_LEN]))?;
        f.write_char(decimal_separator(lang))?;
        f.write_char(char::from(b'0' + (t % 10) as u8))
    })
}

/// A rate of something that happened, given in tenths, without a trailing ".0": 192 → "19.2",
/// 14000 → "1,400"; one too small to show is "less than 0.1", never "0".
pub fn rate(t: u64, lang: Lang) -> String {
    short_string(rate_display(t, lang))
}

/// `rate` where it is written.
pub fn rate_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| match (t, lang) {
        (0, Lang::En) => f.write_str("less than 0.1"),
        (0, Lang::Es) => f.write_str("menos de 0,1"),
        _ if t.is_multiple_of(10) => count_display(t / 10, lang).fmt(f),
        _ => tenths_display(t, lang).fmt(f),
    })
}

/// A value given in ten-thousandths, with four decimals: 3286 → "0.3286" (en), "0,3286" (es).
pub fn ten_thousandths(t: u64, lang: Lang) -> String {
    format!("{}{}{:04}", count_display(t / 10_000, lang), decimal_separator(lang), t % 10_000)
}

/// A percentage in tenths for running text: "32.9 percent", "32,9 por ciento".
pub fn percent_words(t: u64, lang: Lang) -> String {
    short_string(percent_words_display(t, lang))
}

/// `percent_words` where it is written.
pub fn percent_words_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| {
        tenths_display(t, lang).fmt(f)?;
        f.write_str(match lang {
            Lang::En => " percent",
            Lang::Es => " por ciento",
        })
    })
}

/// A percentage of something that is not zero, for running text: 0 reads "less than 0.1
/// percent", since rounding must not make something into nothing.
pub fn percent_words_nonzero_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| match (t, lang) {
        (0, Lang::En) => f.write_str("less than 0.1 percent"),
        (0, Lang::Es) => f.write_str("menos del 0,1 por ciento"),
        _ => percent_words_display(t, lang).fmt(f),
    })
}

/// A percentage in tenths for tables and working: "32.9%", "32,9 %" (Spanish spaces the sign).
pub fn percent_sign(t: u64, lang: Lang) -> String {
    short_string(percent_sign_display(t, lang))
}

/// `percent_sign` where it is written.
pub fn percent_sign_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| {
        tenths_display(t, lang).fmt(f)?;
        f.write_str(match lang {
            Lang::En => "%",
            Lang::Es => "\u{a0}%",
        })
    })
}

/// Small whole numbers in words, as both styles spell one to nine; larger ones as figures.
pub fn small_number_display(n: u64, lang: Lang) -> impl Display {
    const EN: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    const ES: [&str; 10] = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
    fmt::from_fn(move |f| match (n, lang) {
        (0..=9, Lang::En) => f.write_str(EN[n as usize]),
        (0..=9, Lang::Es) => f.write_str(ES[n as usize]),
        _ => count_display(n, lang).fmt(f),
    })
}

/// A date "YYYY-MM-DD" (already checked) as news copy writes it: "Oct. 1, 2024" (AP),
/// "1 de octubre de 2024".
pub fn date(year: i32, month: u32, day: u32, lang: Lang) -> String {
    short_string(date_display(year, month, day, lang))
}

/// `date` where it is written.
pub fn date_display(year: i32, month: u32, day: u32, lang: Lang) -> impl Display {
    const EN: [&str; 12] = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ];
    const ES: [&str; 12] = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    ];
    let m = (month.clamp(1, 12) - 1) as usize;
    fmt::from_fn(move |f| match lang {
        Lang::En => write!(f, "{} {}, {}", EN[m], day, year),
        Lang::Es => write!(f, "{} de {} de {}", day, ES[m], year),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_by_language() {
        assert_eq!(count(5232, Lang::En), "5,232");
        assert_eq!(count(5232, Lang::Es), "5.232");
        assert_eq!(count(480_869, Lang::En), "480,869");
        assert_eq!(count(1_000_000_000_000, Lang::En), "1,000,000,000,000");
        assert_eq!(count(999, Lang::En), "999");
        assert_eq!(count(0, Lang::Es), "0");
        assert_eq!(count(u64::MAX, Lang::En), "18,446,744,073,709,551,615");
        assert_eq!(count_display(1_000, Lang::Es).to_string(), "1.000");
    }

    #[test]
    fn percentages_in_words_and_signs() {
        assert_eq!(percent_words(329, Lang::En), "32.9 percent");
        assert_eq!(percent_words(329, Lang::Es), "32,9 por ciento");
        assert_eq!(percent_sign(5, Lang::En), "0.5%");
        assert_eq!(percent_sign(1000, Lang::Es), "100,0\u{a0}%");
        assert_eq!(ten_thousandths(3286, Lang::En), "0.3286");
        assert_eq!(ten_thousandths(123_456_789, Lang::Es), "12.345,6789");
    }

    #[test]
    fn dates_in_house_style() {
        assert_eq!(date(2024, 10, 1, Lang::En), "Oct. 1, 2024");
        assert_eq!(date(2025, 6, 30, Lang::En), "June 30, 2025");
        assert_eq!(date(2025, 6, 30, Lang::Es), "30 de junio de 2025");
    }
}
