//! Numbers as each language writes them in news copy, in a newsroom's house style
//! (`lang::Style`): by default "5,232" and "32.9 percent" in English, "5.232" and "32,9 por
//! ciento" in Spanish; AP's "32.9%", the RAE's "5232" and "65 135", US Spanish "5,232".
//!
//! The rules:
//! - This module knows how to write a number, not how any language does: the separators,
//!   percent words and signs, small-number words, month names and date pattern are data
//!   (`Numbers`), one value per language in its own file (`phrase::en`, `phrase::es`), reached
//!   with `numbers(lang)`. Nothing here matches on a language.
//! - Each figure comes two ways: as a `String` (`count`), and as a `Display` (`count_display`)
//!   that writes straight into the text around it, for sentences made in one buffer.

use crate::lang::{Lang, Style};
use std::fmt::{self, Display, Write as _};

/// How one language writes numbers, percentages and dates: its locale facts as data.
#[derive(Debug)]
pub(crate) struct Numbers {
    /// Groups thousands: ',' in "5,232".
    pub thousands: char,
    /// The smallest whole part that is grouped: 1,000 for most styles; 10,000 where four
    /// digits stand alone ("5232", "65 135").
    pub group_from: u64,
    /// Marks the decimals: '.' in "32.9".
    pub decimal: char,
    /// Follows a percentage in running text: " percent".
    pub percent_word: &'static str,
    /// Follows a percentage in tables and working, with its space if the language spaces the
    /// sign: "%", "\u{a0}%".
    pub percent_sign: &'static str,
    /// Precedes the smallest figure shown, for an amount that is not zero: "less than " (0.1).
    pub less_than: &'static str,
    /// Precedes the smallest percentage shown: "less than " (0.1%), "menos del ".
    pub less_than_percent: &'static str,
    /// Precedes the largest percentage short of all: "more than " (99.9%), "más del ".
    pub more_than_percent: &'static str,
    /// Zero to nine in words, as news style spells them.
    pub small: [&'static str; 10],
    /// January to December, as dates write them.
    pub months: [&'static str; 12],
    /// The order and words of a date: "Oct. 1, 2024", "1 de octubre de 2024".
    pub date: &'static [DatePart],
    /// Opens and closes a quotation: reporter-typed text shown in a language it was not typed
    /// in (“…”, «…»).
    pub quotes: (&'static str, &'static str),
}

/// One piece of a language's date pattern (`Numbers::date`).
#[derive(Debug, Clone, Copy)]
pub(crate) enum DatePart {
    Day,
    Month,
    Year,
    Text(&'static str),
}

/// The locale facts of `lang`. A language in its default style is written in the style the
/// calculation under way chose for it (`set_style`): the phrase files name their language
/// without a style, so the scenario's style reaches every figure they write this way.
#[inline(never)]
pub(crate) fn numbers(lang: Lang) -> &'static Numbers {
    let style = match lang.style() {
        Style::Default => ambient::get(lang),
        style => style,
    };
    crate::phrase::words(lang).numbers(style)
}

/// Writes every figure in `lang`'s language in `lang`'s style from now on, until the next call:
/// each calculation sets it first, so what it writes, and the CSV and HTML
/// made from its report afterwards, share one style.
pub(crate) fn set_style(lang: Lang) {
    ambient::set(lang);
}

/// The style the calculation under way chose for its language. In the browser, one static: the
/// module has one thread, and a thread-local's checks would cost the download more than the
/// styles themselves. Elsewhere, one per thread, since tests calculate side by side.
#[cfg(target_arch = "wasm32")]
mod ambient {
    use crate::lang::{Lang, Style};
    use std::sync::atomic::{AtomicU8, Ordering};

    /// `Lang::packed`; 0 before any calculation.
    static STYLE: AtomicU8 = AtomicU8::new(0);

    pub(super) fn get(lang: Lang) -> Style {
        Lang::unpacked(STYLE.load(Ordering::Relaxed)).filter(|s| s.base() == lang.base()).map_or(Style::Default, Lang::style)
    }

    pub(super) fn set(lang: Lang) {
        STYLE.store(lang.packed(), Ordering::Relaxed);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod ambient {
    use crate::lang::{Lang, Style};
    use std::cell::Cell;

    std::thread_local! {
        static STYLE: Cell<Option<Lang>> = const { Cell::new(None) };
    }

    pub(super) fn get(lang: Lang) -> Style {
        STYLE.try_with(Cell::get).ok().flatten().filter(|s| s.base() == lang.base()).map_or(Style::Default, Lang::style)
    }

    pub(super) fn set(lang: Lang) {
        let _ = STYLE.try_with(|s| s.set(Some(lang)));
    }
}

/// A whole number with thousands grouped: 5232 → "5,232" (en), "5.232" (es).
pub fn count(n: u64, lang: Lang) -> String {
    grouped(n, lang, &mut [0; GROUPED_LEN]).to_string()
}

/// `count` where it is written: into a sentence, with no string of its own.
pub(crate) fn count_display(n: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| f.write_str(grouped(n, lang, &mut [0; GROUPED_LEN])))
}

/// A short phrase as a `String`, in one allocation (`to_string` starts at 8 bytes and grows).
pub(crate) fn short_string(phrase: impl Display) -> String {
    let mut out = String::with_capacity(32);
    // Writing to a `String` cannot fail.
    let _ = write!(out, "{phrase}");
    out
}

/// The longest grouped u64: 20 digits and 6 separators of up to 4 bytes (a separator need not
/// be ASCII: a thin space groups thousands in some languages).
const GROUPED_LEN: usize = 20 + 6 * 4;

/// Writes `n` with thousands grouped at the end of `buf`, and returns it.
fn grouped(n: u64, lang: Lang, buf: &mut [u8; GROUPED_LEN]) -> &str {
    let mut sep = [0; 4];
    let facts = numbers(lang);
    let sep = facts.thousands.encode_utf8(&mut sep).as_bytes();
    let group = n >= facts.group_from;
    // Filled from the end; `start` is where the written part begins. GROUPED_LEN has room for
    // the longest u64, so the `get_mut`s always succeed.
    let mut start = buf.len();
    let mut v = n;
    let mut digits = 0;
    loop {
        if group && digits > 0 && digits % 3 == 0 {
            start -= sep.len();
            if let Some(slot) = buf.get_mut(start..start + sep.len()) {
                slot.copy_from_slice(sep);
            }
        }
        start -= 1;
        if let Some(slot) = buf.get_mut(start) {
            *slot = b'0' + (v % 10) as u8;
        }
        digits += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    // ASCII digits and whole characters: always UTF-8.
    buf.get(start..).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or_default()
}

/// A value given in tenths, written with one decimal: 329 → "32.9" (en), "32,9" (es).
pub(crate) fn tenths(t: u64, lang: Lang) -> String {
    short_string(tenths_display(t, lang))
}

/// `tenths` where it is written.
pub(crate) fn tenths_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| {
        f.write_str(grouped(t / 10, lang, &mut [0; GROUPED_LEN]))?;
        f.write_char(numbers(lang).decimal)?;
        f.write_char(char::from(b'0' + (t % 10) as u8))
    })
}

/// A rate of something that happened, given in tenths, without a trailing ".0": 192 → "19.2",
/// 14000 → "1,400"; one too small to show is "less than 0.1", never "0".
#[cfg(test)]
pub(crate) fn rate(t: u64, lang: Lang) -> String {
    short_string(rate_display(t, lang))
}

/// `rate` where it is written.
pub(crate) fn rate_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| match t {
        0 => write!(f, "{}{}", numbers(lang).less_than, tenths_display(1, lang)),
        _ if t.is_multiple_of(10) => count_display(t / 10, lang).fmt(f),
        _ => tenths_display(t, lang).fmt(f),
    })
}

/// A value given in ten-thousandths, with four decimals: 3286 → "0.3286" (en), "0,3286" (es).
pub(crate) fn ten_thousandths(t: u64, lang: Lang) -> String {
    format!("{}{}{:04}", count_display(t / 10_000, lang), numbers(lang).decimal, t % 10_000)
}

/// A percentage in tenths for running text: "32.9 percent", "32,9 por ciento".
#[cfg(test)]
pub(crate) fn percent_words(t: u64, lang: Lang) -> String {
    short_string(percent_words_display(t, lang))
}

/// `percent_words` where it is written.
pub(crate) fn percent_words_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| {
        tenths_display(t, lang).fmt(f)?;
        f.write_str(numbers(lang).percent_word)
    })
}

/// A percentage of something that is not zero, for running text: 0 reads "less than 0.1
/// percent", since rounding must not make something into nothing.
pub(crate) fn percent_words_nonzero_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| match t {
        0 => write!(f, "{}{}", numbers(lang).less_than_percent, percent_words_display(1, lang)),
        _ => percent_words_display(t, lang).fmt(f),
    })
}

/// A percentage in tenths for tables and working: "32.9%", "32,9 %" (Spanish spaces the sign).
pub(crate) fn percent_sign(t: u64, lang: Lang) -> String {
    short_string(percent_sign_display(t, lang))
}

/// `percent_sign` where it is written.
pub(crate) fn percent_sign_display(t: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| {
        tenths_display(t, lang).fmt(f)?;
        f.write_str(numbers(lang).percent_sign)
    })
}

/// Small whole numbers in words, as both styles spell one to nine; larger ones as figures.
pub(crate) fn small_number_display(n: u64, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| match n {
        0..=9 => match numbers(lang).small.get(n as usize) {
            Some(word) => f.write_str(word),
            None => count_display(n, lang).fmt(f),
        },
        _ => count_display(n, lang).fmt(f),
    })
}

/// A date "YYYY-MM-DD" (already checked) as news copy writes it: "Oct. 1, 2024" (AP),
/// "1 de octubre de 2024".
#[cfg(test)]
pub(crate) fn date(year: i32, month: u32, day: u32, lang: Lang) -> String {
    short_string(date_display(year, month, day, lang))
}

/// `date` where it is written, in the language's pattern (`Numbers::date`).
pub(crate) fn date_display(year: i32, month: u32, day: u32, lang: Lang) -> impl Display {
    let m = (month.clamp(1, 12) - 1) as usize;
    fmt::from_fn(move |f| {
        let numbers = numbers(lang);
        for part in numbers.date {
            match *part {
                DatePart::Day => write!(f, "{day}")?,
                DatePart::Month => f.write_str(numbers.months.get(m).copied().unwrap_or_default())?,
                DatePart::Year => write!(f, "{year}")?,
                DatePart::Text(text) => f.write_str(text)?,
            }
        }
        Ok(())
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

    /// Every language's figures are written from its `Numbers` and nothing else: a number
    /// written with the data's own separators, words and pattern is what this module writes.
    #[test]
    fn every_language_writes_numbers_from_its_data() {
        for lang in Lang::ALL {
            let d = numbers(lang);
            let (t, p) = (d.thousands, d.decimal);
            assert_eq!(count(1_234_567, lang), format!("1{t}234{t}567"));
            assert_eq!(tenths(12_345, lang), format!("1{t}234{p}5"));
            assert_eq!(percent_words(329, lang), format!("32{p}9{}", d.percent_word));
            assert_eq!(percent_sign(329, lang), format!("32{p}9{}", d.percent_sign));
            assert_eq!(rate(0, lang), format!("{}0{p}1", d.less_than));
            let nonzero = percent_words_nonzero_display(0, lang).to_string();
            assert_eq!(nonzero, format!("{}0{p}1{}", d.less_than_percent, d.percent_word));
            for (n, word) in d.small.iter().enumerate() {
                assert_eq!(small_number_display(n as u64, lang).to_string(), *word);
            }
            assert_eq!(small_number_display(10, lang).to_string(), "10");
            let date = date(2024, 10, 1, lang);
            assert!(date.contains(d.months[9]) && date.contains("2024"), "{date}");
            assert_ne!(d.thousands, d.decimal, "{lang:?}: a number must read one way");
        }
    }

    /// A month out of range is clamped, never an index past the names; a huge count past nine
    /// is a figure, not a word.
    #[test]
    fn out_of_range_input_does_not_panic() {
        assert_eq!(date(2024, 0, 1, Lang::En), "Jan. 1, 2024");
        assert_eq!(date(2024, 13, 1, Lang::Es), "1 de diciembre de 2024");
        assert_eq!(small_number_display((1 << 32) + 3, Lang::En).to_string(), "4,294,967,299");
    }
}
