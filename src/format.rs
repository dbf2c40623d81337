//! Numbers as each language writes them in news copy: AP style in English ("5,232",
//! "32.9 percent"), Spanish news style in Spanish ("5.232", "32,9 por ciento").

use crate::lang::Lang;

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
    let mut out = String::with_capacity(26);
    push_count(&mut out, n, lang);
    out
}

/// Appends `n` with thousands grouped, without an intermediate string (this runs for every
/// number in every sentence and step).
pub fn push_count(out: &mut String, n: u64, lang: Lang) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut v = n;
    loop {
        digits[len] = b'0' + (v % 10) as u8;
        len += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let sep = group_separator(lang);
    for i in (0..len).rev() {
        out.push(digits[i] as char);
        if i > 0 && i.is_multiple_of(3) {
            out.push(sep);
        }
    }
}

/// A value given in tenths, written with one decimal: 329 → "32.9" (en), "32,9" (es).
pub fn tenths(t: u64, lang: Lang) -> String {
    let mut out = String::with_capacity(28);
    push_count(&mut out, t / 10, lang);
    out.push(decimal_separator(lang));
    out.push((b'0' + (t % 10) as u8) as char);
    out
}

/// A rate of something that happened, given in tenths, without a trailing ".0": 192 → "19.2",
/// 14000 → "1,400"; one too small to show is "less than 0.1", never "0".
pub fn rate(t: u64, lang: Lang) -> String {
    if t == 0 {
        return match lang {
            Lang::En => "less than 0.1".into(),
            Lang::Es => "menos de 0,1".into(),
        };
    }
    if t.is_multiple_of(10) {
        count(t / 10, lang)
    } else {
        tenths(t, lang)
    }
}

/// A value given in ten-thousandths, with four decimals: 3286 → "0.3286" (en), "0,3286" (es).
pub fn ten_thousandths(t: u64, lang: Lang) -> String {
    format!("{}{}{:04}", count(t / 10_000, lang), decimal_separator(lang), t % 10_000)
}

/// A percentage in tenths for running text: "32.9 percent", "32,9 por ciento".
pub fn percent_words(t: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} percent", tenths(t, lang)),
        Lang::Es => format!("{} por ciento", tenths(t, lang)),
    }
}

/// A percentage of something that is not zero, for running text: 0 reads "less than 0.1
/// percent", since rounding must not make something into nothing.
pub fn percent_words_nonzero(t: u64, lang: Lang) -> String {
    match (t, lang) {
        (0, Lang::En) => "less than 0.1 percent".into(),
        (0, Lang::Es) => "menos del 0,1 por ciento".into(),
        _ => percent_words(t, lang),
    }
}

/// A percentage in tenths for tables and working: "32.9%", "32,9 %" (Spanish spaces the sign).
pub fn percent_sign(t: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{}%", tenths(t, lang)),
        Lang::Es => format!("{}\u{a0}%", tenths(t, lang)),
    }
}

/// Small whole numbers in words, as both styles spell one to nine; larger ones as figures.
pub fn small_number(n: u64, lang: Lang) -> String {
    const EN: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    const ES: [&str; 10] = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
    match (n, lang) {
        (0..=9, Lang::En) => EN[n as usize].to_string(),
        (0..=9, Lang::Es) => ES[n as usize].to_string(),
        _ => count(n, lang),
    }
}

/// A date "YYYY-MM-DD" (already checked) as news copy writes it: "Oct. 1, 2024" (AP),
/// "1 de octubre de 2024".
pub fn date(year: i32, month: u32, day: u32, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ];
    const ES: [&str; 12] = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    ];
    let m = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => format!("{} {}, {}", EN[m], day, year),
        Lang::Es => format!("{} de {} de {}", day, ES[m], year),
    }
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
    }

    #[test]
    fn percentages_in_words_and_signs() {
        assert_eq!(percent_words(329, Lang::En), "32.9 percent");
        assert_eq!(percent_words(329, Lang::Es), "32,9 por ciento");
        assert_eq!(percent_sign(5, Lang::En), "0.5%");
        assert_eq!(percent_sign(1000, Lang::Es), "100,0\u{a0}%");
        assert_eq!(ten_thousandths(3286, Lang::En), "0.3286");
    }

    #[test]
    fn dates_in_house_style() {
        assert_eq!(date(2024, 10, 1, Lang::En), "Oct. 1, 2024");
        assert_eq!(date(2025, 6, 30, Lang::En), "June 30, 2025");
        assert_eq!(date(2025, 6, 30, Lang::Es), "30 de junio de 2025");
    }
}
