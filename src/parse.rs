//! Reading counts of people as they are typed or pasted.
//!
//! Accepted, in either language unless noted:
//!
//! * digits, optionally grouped in thousands: "5232", "5 232" (also with U+00A0 or U+202F),
//!   "5,232" and "1,400,000" (English), "5.232" and "1.400.000" (Spanish);
//! * a scale word after the number: "2 thousand", "2k", "2 mil", "1.4 million", "1.4m"
//!   (English only), "1.4 mn", "1,4 millones", "3 billion", "3bn", "1 trillion",
//!   "1 millardo", "1 billón", and "mil"/"thousand" before a larger word: "3 mil millones";
//! * a decimal part that comes out whole: "5.0", "1.4 million", "1,4 millones"; a scale word
//!   that belongs to one language says how the number before it is written, whatever the
//!   reader's language: "1.4 million" is 1,400,000 in Spanish too, "1,4 millones" in English
//!   too (a preset typed in one language reads in both);
//! * JSON number text: "5232.0", "5.232e3";
//! * surrounding whitespace and a leading "+".
//!
//! Anything else is a [`ParseError`] saying why, so the reader can be told how to fix it.
//!
//! Reading goes in three steps: split the text into tokens (a number, words, signs); decide
//! which separator is the decimal mark and check the thousands grouping; then compute the value
//! exactly. Every scale is a power of ten, so a count is `digits × 10^exp` and is computed with
//! integers only (no floating point, no overflow, linear time whatever the input's length).

use crate::approx::{Est, Qual};
use crate::error::{ParseError, MAX_COUNT};
use crate::lang::Lang;

/// Reads a count of people as typed in `lang`.
///
/// `lang` decides what '.' and ',' mean: in English ',' groups thousands and '.' is the decimal
/// mark ("5.232" is a fraction); in Spanish it is the other way round ("5.232" is 5232).
pub fn parse_count(text: &str, lang: Lang) -> Result<u64, ParseError> {
    simple_count(text).map_or_else(|| parse_typed(text, lang).map(|(n, _)| n), Ok)
}

/// A count as typed with what may come with it: a qualifier ("more than 100,000", "casi
/// 300"), or a share of its whole instead of a count ("nearly 30 percent", "fewer than half",
/// "más de la mitad", "casi el 30 %"). The qualifier and share words are each language's data
/// (`phrase::qualifier_words`); both languages' are read whatever `lang` is, since the words do
/// not overlap. The number itself is read as `parse_count` reads it.
pub(crate) fn parse_qualified(text: &str, lang: Lang) -> Result<Typed, ParseError> {
    if let Some(n) = simple_count(text) {
        return Ok(Typed::Count(Est::exact(n)));
    }
    let folded = fold(text.trim());
    let langs = crate::phrase::qualifier_words();
    let mut qual = Qual::Exact;
    let mut rest = folded.as_str();
    // The longest qualifier that starts the text and ends at a word boundary.
    let mut best = 0;
    for &(word, q) in langs.iter().flat_map(|w| w.qualifiers) {
        if let Some(after) = rest.strip_prefix(word) {
            if word.len() > best && (after.is_empty() || after.starts_with(char::is_whitespace)) {
                best = word.len();
                qual = q;
            }
        }
    }
    rest = rest.get(best..).unwrap_or("").trim_start();
    for &article in langs.iter().flat_map(|w| w.articles) {
        if let Some(after) = rest.strip_prefix(article).filter(|a| a.starts_with(char::is_whitespace)) {
            rest = after.trim_start();
            break;
        }
    }
    if langs.iter().any(|w| w.halves.contains(&rest.trim_end())) {
        return Ok(Typed::Share { num: 1, den: 2, qual });
    }
    for &sign in langs.iter().flat_map(|w| w.percent) {
        if let Some(number) = rest.trim_end().strip_suffix(sign) {
            return percent(number.trim_end(), lang).map(|(num, den)| Typed::Share { num, den, qual });
        }
    }
    if best == 0 {
        // No qualifier: the text exactly as `parse_count` reads it, with the same errors.
        return parse_typed(text, lang).map(|(value, scale)| Typed::Count(Est { value, qual, scale }));
    }
    parse_typed(rest, lang).map(|(value, scale)| Typed::Count(Est { value, qual, scale }))
}

/// What a typed count says: a count, or a share of its whole (num/den, at most 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Typed {
    Count(Est),
    Share { num: u64, den: u64, qual: Qual },
}

/// "30", "29.5", "29,5" as a percentage: hundredths of a percent over 10,000. At most two
/// decimals, and at most 100 percent.
fn percent(number: &str, lang: Lang) -> Result<(u64, u64), ParseError> {
    let mark = |c: char| c == '.' || c == ',';
    let split = number.rfind(mark).and_then(|at| Some((number.get(..at)?, number.get(at + 1..)?)));
    let (whole, fraction) = match split {
        Some((whole, fraction)) if fraction.len() <= 2 && whole.bytes().all(|b| b.is_ascii_digit()) => (whole, fraction),
        _ => (number, ""),
    };
    let whole = parse_count(whole, lang)?;
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseError::MisplacedSeparator);
    }
    let hundredths = fraction.bytes().chain(std::iter::repeat(b'0')).take(2).fold(0u64, |a, b| a * 10 + u64::from(b - b'0'));
    let num = whole.saturating_mul(100).saturating_add(hundredths);
    if num > 10_000 {
        return Err(ParseError::TooLarge);
    }
    Ok((num, 10_000))
}

/// The two commonest shapes, read directly: plain digits ("350", as JSON numbers mostly are)
/// and digits grouped in thousands by commas ("5,232"), which both languages read alike. At
/// most 15 digits, so never too large. `None` for anything else.
fn simple_count(text: &str) -> Option<u64> {
    let digits = |run: &str| run.bytes().all(|b| b.is_ascii_digit());
    if (1..=15).contains(&text.len()) && digits(text) {
        return text.parse().ok();
    }
    let mut runs = text.split(',');
    let first = runs.next()?;
    if !(1..=3).contains(&first.len()) || first.starts_with('0') || !digits(first) {
        return None;
    }
    let mut value: u64 = first.parse().ok()?;
    let mut count = first.len();
    for run in runs {
        count += 3;
        if run.len() != 3 || !digits(run) || count > 15 {
            return None;
        }
        value = value * 1000 + run.parse::<u64>().ok()?;
    }
    Some(value)
}

/// `parse_count` the long way: tokens, separators, scale words. With the value, the power of ten
/// of the scale word it was typed with when that is a million or more (6 for "1.4 million"), so
/// a sentence can say it the same way; else 0.
fn parse_typed(text: &str, lang: Lang) -> Result<(u64, u8), ParseError> {
    let tokens = tokenize(text);
    if tokens.is_empty() {
        return Err(ParseError::Empty);
    }
    // No digit anywhere ("abc", ".", "five", "million"): there is no number to fix.
    if !tokens.iter().any(Token::has_digit) || tokens.contains(&Token::Other) {
        return Err(ParseError::NotANumber);
    }

    let mut rest = tokens.as_slice();
    match rest {
        // Checked before the rest so "-5.5" or "-1e20" says what is most wrong.
        [Token::Minus, ..] => return Err(ParseError::Negative),
        [Token::Plus, tail @ ..] => rest = tail,
        _ => {}
    }
    let (number, after) = match rest {
        [Token::Number(number), after @ ..] => (number, after),
        // "about 5,000": a word before the number.
        [Token::Word(word), ..] => return Err(ParseError::UnknownWord(word.to_string())),
        _ => return Err(ParseError::NotANumber),
    };
    let mut words = Vec::with_capacity(after.len());
    for token in after {
        match token {
            Token::Word(word) => words.push(*word),
            // "5  232" (two spaces) or "2 million 300": a second number.
            Token::Number(_) => return Err(ParseError::MisplacedSeparator),
            _ => return Err(ParseError::NotANumber),
        }
    }

    // Left to right: the number's own problems are reported before those of the words after it.
    let digits = read_number(number, scale_word_lang(&words, lang), !words.is_empty())?;
    let scale = read_scale(&words, lang)?;
    let value = whole_value(&digits.digits, digits.exp10.saturating_add(scale))?;
    let shown_scale = if (6..=12).contains(&scale) { scale as u8 } else { 0 };
    Ok((value, shown_scale))
}

// ---------------------------------------------------------------------------------------------
// Step 1: tokens.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Number(NumberText<'a>),
    /// A run of letters: a scale word, or something we will not read ("dozen", "five").
    Word(&'a str),
    Plus,
    /// '-' or '−' (U+2212).
    Minus,
    /// Any other character: "%", "$", "５" (full-width digit), "²".
    Other,
}

/// A number as typed: digits with the separators between them ("1,400,000", "5 232", "1,4"),
/// and, for JSON-style numbers, the exponent after the "e" ("3", "-3", "+3").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NumberText<'a> {
    body: &'a str,
    exponent: Option<&'a str>,
}

impl Token<'_> {
    fn has_digit(&self) -> bool {
        matches!(self, Token::Number(n) if n.body.bytes().any(|b| b.is_ascii_digit()))
    }
}

/// Spaces that group thousands when they stand between two digits: plain, no-break, and narrow
/// no-break (what French- and SI-style formatting, and many word processors, insert).
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Letters, plus combining accents so a decomposed "millo\u{301}n" is still one word.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_accent(c)
}

fn is_combining_accent(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let (token, len) = if c.is_whitespace() {
            (None, c.len_utf8())
        } else if c.is_ascii_digit() || c == ',' || c == '.' {
            let (number, len) = scan_number(rest);
            (Some(Token::Number(number)), len)
        } else if is_word_char(c) {
            let len = rest.find(|c| !is_word_char(c)).unwrap_or(rest.len());
            (Some(Token::Word(&rest[..len])), len)
        } else {
            let token = match c {
                '+' => Token::Plus,
                '-' | '\u{2212}' => Token::Minus,
                _ => Token::Other,
            };
            (Some(token), c.len_utf8())
        };
        tokens.extend(token);
        rest = &rest[len..];
    }
    tokens
}

/// The number at the start of `s` and how many bytes it takes. A space belongs to the number
/// only between two digits, so "1.4 million" ends before the space and "5 232" does not.
fn scan_number(s: &str) -> (NumberText<'_>, usize) {
    let mut end = 0;
    let mut prev_is_digit = false;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_digit = chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit());
        let in_number = c.is_ascii_digit()
            || c == ','
            || c == '.'
            || (is_group_space(c) && prev_is_digit && next_is_digit);
        if !in_number {
            break;
        }
        end = i + c.len_utf8();
        prev_is_digit = c.is_ascii_digit();
    }
    let body = &s[..end];

    // An exponent: 'e' or 'E', an optional sign, at least one digit. Otherwise the 'e' starts a
    // word ("5e" → unknown word "e").
    let after = &s[end..];
    if let Some(exp) = after.strip_prefix(['e', 'E']) {
        let unsigned = exp.strip_prefix(['+', '-']).unwrap_or(exp);
        let digits = unsigned.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            let exp_len = exp.len() - unsigned.len() + digits;
            let number = NumberText {
                body,
                exponent: Some(&exp[..exp_len]),
            };
            return (number, end + 1 + exp_len);
        }
    }
    (
        NumberText {
            body,
            exponent: None,
        },
        end,
    )
}

// ---------------------------------------------------------------------------------------------
// Step 2: separators.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Comma,
    Point,
    /// Any of the group spaces: pasted text mixes them, and they all look alike.
    Space,
}

/// A number's digit runs and the separators between them: "1,400.5" → ["1", "400", "5"],
/// [Comma, Point]. There is always one run more than separators, and no run is empty.
struct Layout<'a> {
    runs: Vec<&'a str>,
    seps: Vec<Sep>,
}

/// The digits of a number and where its decimal point goes: the value is `digits × 10^exp10`.
struct Digits {
    digits: String,
    exp10: i64,
}

fn layout(body: &str) -> Result<Layout<'_>, ParseError> {
    let mut runs = Vec::new();
    let mut seps = Vec::new();
    let mut start = 0;
    for (i, c) in body.char_indices() {
        let sep = match c {
            ',' => Sep::Comma,
            '.' => Sep::Point,
            c if is_group_space(c) => Sep::Space,
            _ => continue,
        };
        // A separator first, or two in a row: ".5", "5,,232".
        if i == start {
            return Err(ParseError::MisplacedSeparator);
        }
        runs.push(&body[start..i]);
        seps.push(sep);
        start = i + c.len_utf8();
    }
    // A separator last: "5,", "5.".
    if start == body.len() {
        return Err(ParseError::MisplacedSeparator);
    }
    runs.push(&body[start..]);
    Ok(Layout { runs, seps })
}

/// Reads the typed number, choosing the decimal mark by language and by whether a scale word
/// follows.
fn read_number(number: &NumberText, lang: Lang, has_scale: bool) -> Result<Digits, ParseError> {
    use Sep::{Comma, Point, Space};
    let layout = layout(number.body)?;
    let read = if number.exponent.is_some() {
        // Scientific notation is JSON's (or a program's): '.' is the decimal mark whatever the
        // language, and there is no grouping.
        read_as(&layout, Some(Point), &[])
    } else {
        // US and Mexican Spanish write numbers as English does ("5,232", "32.9").
        let english = lang.base() == crate::lang::Base::En || lang.style() == crate::lang::Style::Us;
        match (english, has_scale) {
            (true, _) => read_as(&layout, Some(Point), &[Comma, Space]),
            (false, true) => read_as(&layout, Some(Comma), &[Point, Space]),
            // Spanish without a scale word. Spain writes "5.232" and "5,5", but Mexico, Central
            // America and US Spanish write "5,232" like English, so commas that group thousands
            // correctly ("5,232", "1,400,000") are read as grouping first; otherwise a comma is
            // the decimal mark ("5,5", "52,32").
            (false, false) => read_as(&layout, None, &[Comma])
                .or_else(|| read_as(&layout, Some(Comma), &[Point, Space]))
                .or_else(|| read_lone_point(&layout)),
        }
    };
    let mut digits = read.ok_or(ParseError::MisplacedSeparator)?;
    if let Some(exponent) = number.exponent {
        digits.exp10 = digits.exp10.saturating_add(exponent_value(exponent));
    }
    Ok(digits)
}

/// Spanish, no scale word: a single '.' that cannot be a thousands separator because more than
/// three digits (or a leading zero) come before it is a decimal point, as in JSON text
/// ("5232.0", "0.5"). "5.5" or "1.0000" stay misplaced: they may be a mistyped "5.500".
fn read_lone_point(layout: &Layout) -> Option<Digits> {
    let first = layout.runs.first()?;
    let could_be_group = first.len() <= 3 && !first.starts_with('0');
    if layout.seps == [Sep::Point] && !could_be_group {
        read_as(layout, Some(Sep::Point), &[])
    } else {
        None
    }
}

/// Reads `layout` with `decimal` as the decimal mark (once at most, after all grouping) and one
/// kind of separator from `groups` grouping thousands throughout; `None` if it does not fit.
/// `decimal` must not be one of `groups`.
fn read_as(layout: &Layout, decimal: Option<Sep>, groups: &[Sep]) -> Option<Digits> {
    let (runs, seps) = (layout.runs.as_slice(), layout.seps.as_slice());
    let (int_runs, int_seps, fraction) = match (seps.split_last(), runs.split_last()) {
        (Some((&last, int_seps)), Some((&fraction, int_runs))) if Some(last) == decimal => {
            (int_runs, int_seps, fraction)
        }
        _ => (runs, seps, ""),
    };
    // The same separator throughout ("1,400 000" mixes two), and one allowed for grouping (so a
    // second decimal mark, as in "1.400.000" read as English, does not fit).
    if let Some(first) = int_seps.first() {
        if !groups.contains(first) || int_seps.iter().any(|s| s != first) {
            return None;
        }
    }
    if !well_grouped(int_runs) {
        return None;
    }
    let mut digits =
        String::with_capacity(int_runs.iter().map(|r| r.len()).sum::<usize>() + fraction.len());
    int_runs.iter().for_each(|run| digits.push_str(run));
    digits.push_str(fraction);
    let exp10 = -i64::try_from(fraction.len()).unwrap_or(i64::MAX);
    Some(Digits { digits, exp10 })
}

/// Ungrouped digits, or thousands grouping: a first group of one to three digits (not starting
/// with 0, which suggests a decimal typed the other way: "0,232"), then groups of exactly three.
fn well_grouped(runs: &[&str]) -> bool {
    match runs {
        [] => false,
        [_] => true,
        [first, rest @ ..] => {
            (1..=3).contains(&first.len())
                && !first.starts_with('0')
                && rest.iter().all(|run| run.len() == 3)
        }
    }
}

/// The exponent's value, kept within ±10^12: beyond that the answer (too large, or a
/// fraction) no longer depends on it, since no input has that many digits.
fn exponent_value(text: &str) -> i64 {
    const CAP: i64 = 1_000_000_000_000;
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let value = digits
        .bytes()
        .fold(0i64, |acc, b| (acc * 10 + i64::from(b - b'0')).min(CAP));
    if negative {
        -value
    } else {
        value
    }
}

// ---------------------------------------------------------------------------------------------
// Step 2b: scale words.

/// The language whose decimal mark the number before `words` is read with: English before an
/// English-only scale word ("million"), Spanish before a Spanish-only one ("millones"), else
/// the reader's (`lang`; "mil", "k", "mn" are written in both).
fn scale_word_lang(words: &[&str], lang: Lang) -> Lang {
    let spanish_reader = lang.base() == crate::lang::Base::Es;
    for word in words {
        match fold(word).as_str() {
            "thousand" | "thousands" | "million" | "millions" | "billion" | "billions" | "trillion" | "trillions" => return Lang::En,
            "millon" | "millones" | "millardo" | "millardos" | "billon" | "billones" if !spanish_reader => return Lang::Es,
            _ => {}
        }
    }
    lang
}

/// A scale word: the power of ten it stands for, and whether it is a full word (only full
/// words combine: "mil millones", not "k mn").
struct Scale {
    exp10: i64,
    full_word: bool,
}

/// The scale a word stands for. Each word keeps its own language's meaning whatever the
/// reader's language, since the spellings differ: "billion" (English) is 10^9, "billón"
/// (Spanish, long scale) is 10^12.
fn scale(word: &str, lang: Lang) -> Option<Scale> {
    let (exp10, full_word) = match fold(word).as_str() {
        "thousand" | "thousands" | "mil" => (3, true),
        "k" => (3, false),
        "million" | "millions" | "millon" | "millones" => (6, true),
        "mn" => (6, false),
        // In Spanish "M" is also used for "mil" (the Roman numeral), so it is read only in English.
        "m" if lang.base() == crate::lang::Base::En => (6, false),
        "billion" | "billions" | "millardo" | "millardos" => (9, true),
        "bn" => (9, false),
        "trillion" | "trillions" | "billon" | "billones" => (12, true),
        // Read so that "1 trillón" is too large rather than an unknown word.
        "trillon" | "trillones" => (18, true),
        _ => return None,
    };
    Some(Scale { exp10, full_word })
}

/// Lower case, without accents: "MILLÓN" and "millon" both become "millon".
pub(crate) fn fold(word: &str) -> String {
    word.chars()
        .map(crate::lang::lower_char)
        .filter(|&c| !is_combining_accent(c))
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' => 'u',
            c => c,
        })
        .collect()
}

/// The power of ten the words after the number stand for: none, one scale word, or "mil" /
/// "thousand" before a larger full word ("3 mil millones" = 3 × 10^9).
fn read_scale(words: &[&str], lang: Lang) -> Result<i64, ParseError> {
    let unknown = |word: &str| ParseError::UnknownWord(word.to_string());
    let mut total = 0;
    let mut previous: Option<Scale> = None;
    for &word in words {
        let this = scale(word, lang).ok_or_else(|| unknown(word))?;
        if let Some(prev) = &previous {
            // The only combination, so the first word is the previous one: "mil millones" and
            // "thousand million", but not "million thousand" or "mil millones millones".
            let combines = prev.exp10 == 3 && prev.full_word && this.full_word && this.exp10 >= 6;
            if !combines {
                return Err(unknown(word));
            }
        }
        total += this.exp10;
        previous = Some(this);
    }
    Ok(total)
}

// ---------------------------------------------------------------------------------------------
// Exercises: a student's decimal answer ("32.9", "32,86", "1.719" in Spanish), read with the same
// separators as a count (src/exercise/check.rs).

/// A number with decimals, as a student types it in `lang`: its digits and how many of them are
/// decimals ("32.86" is (3286, 2); "1.719" in Spanish is (1719, 0)). Only the number: no sign,
/// words or scale; the separators are read as `parse_count` reads them, so the house style
/// decides what "5.232" means. At most 15 digits before the mark and 6 after.
#[cfg(feature = "tools")]
pub(crate) fn parse_decimal(text: &str, lang: Lang) -> Result<(u64, u32), ParseError> {
    let tokens = tokenize(text);
    let number = match tokens.as_slice() {
        [] => return Err(ParseError::Empty),
        [Token::Number(n)] if n.exponent.is_none() && n.body.bytes().any(|b| b.is_ascii_digit()) => n,
        [Token::Minus, ..] => return Err(ParseError::Negative),
        [.., Token::Word(word)] if tokens.iter().any(Token::has_digit) => return Err(ParseError::UnknownWord(word.to_string())),
        _ if tokens.iter().any(Token::has_digit) => return Err(ParseError::MisplacedSeparator),
        _ => return Err(ParseError::NotANumber),
    };
    let digits = read_number(number, lang, false)?;
    let decimals = u32::try_from(digits.exp10.unsigned_abs()).unwrap_or(u32::MAX);
    let significant = digits.digits.trim_start_matches('0');
    if decimals > 6 || significant.len() > 15 + decimals as usize {
        return Err(ParseError::TooLarge);
    }
    let value = significant.bytes().fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0'));
    Ok((value, decimals))
}

// ---------------------------------------------------------------------------------------------
// Step 3: the value.

/// `digits × 10^exp10` as a whole count, exactly.
fn whole_value(digits: &str, exp10: i64) -> Result<u64, ParseError> {
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Ok(0);
    }
    // Trailing zeros move into the exponent, so `significant` ends in a non-zero digit and the
    // value is whole exactly when `exp10 >= 0`.
    let significant = digits.trim_end_matches('0');
    let trailing = i64::try_from(digits.len() - significant.len()).unwrap_or(i64::MAX);
    let exp10 = exp10.saturating_add(trailing);
    let len = i64::try_from(significant.len()).unwrap_or(i64::MAX);
    // The whole part has `len + exp10` digits; 17 or more is at least 10^16. Checked first so a
    // huge number with a fraction is reported as too large.
    if len.saturating_add(exp10) > 16 {
        return Err(ParseError::TooLarge);
    }
    if exp10 < 0 {
        return Err(ParseError::Fractional);
    }
    // Now len ≤ 16 and exp10 ≤ 15: the product is below 10^16, well within u128.
    let mantissa = significant
        .bytes()
        .fold(0u128, |acc, b| acc * 10 + u128::from(b - b'0'));
    let value = mantissa * 10u128.pow(exp10 as u32);
    if value > u128::from(MAX_COUNT) {
        return Err(ParseError::TooLarge);
    }
    Ok(value as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParseError::*;

    /// Which languages a case holds for.
    #[derive(Clone, Copy)]
    enum In {
        En,
        Es,
        Both,
    }

    fn unknown(word: &str) -> Result<u64, ParseError> {
        Err(UnknownWord(word.to_string()))
    }

    /// The specification: what each input reads as, by language.
    #[test]
    fn specification() {
        let cases: &[(&str, In, Result<u64, ParseError>)] = &[
            // Plain digits and whitespace.
            ("5232", In::Both, Ok(5232)),
            ("0", In::Both, Ok(0)),
            ("007", In::Both, Ok(7)),
            ("  5232\t", In::Both, Ok(5232)),
            ("\u{a0}5232\u{202f}", In::Both, Ok(5232)),
            ("+5232", In::Both, Ok(5232)),
            ("+ 5232", In::Both, Ok(5232)),
            // Spaces grouping thousands.
            ("5 232", In::Both, Ok(5232)),
            ("5\u{a0}232", In::Both, Ok(5232)),
            ("5\u{202f}232", In::Both, Ok(5232)),
            ("1 400\u{a0}000", In::Both, Ok(1_400_000)),
            // Commas and points: English.
            ("5,232", In::En, Ok(5232)),
            ("1,400,000", In::En, Ok(1_400_000)),
            ("1,000,000,000,000,000", In::En, Ok(MAX_COUNT)),
            ("5.232", In::En, Err(Fractional)),
            ("5.5", In::En, Err(Fractional)),
            ("5.0", In::En, Ok(5)),
            ("5232.000", In::En, Ok(5232)),
            ("1,400.0", In::En, Ok(1400)),
            ("52,32", In::En, Err(MisplacedSeparator)),
            ("0,232", In::En, Err(MisplacedSeparator)),
            ("1.400.000", In::En, Err(MisplacedSeparator)),
            ("1,400 000", In::En, Err(MisplacedSeparator)),
            ("1.400,5", In::En, Err(MisplacedSeparator)),
            // Commas and points: Spanish.
            ("5.232", In::Es, Ok(5232)),
            ("1.400.000", In::Es, Ok(1_400_000)),
            ("1.000.000.000.000.000", In::Es, Ok(MAX_COUNT)),
            ("5,232", In::Es, Ok(5232)),
            ("1,400,000", In::Es, Ok(1_400_000)),
            ("5,5", In::Es, Err(Fractional)),
            ("52,32", In::Es, Err(Fractional)),
            ("5.232,0", In::Es, Ok(5232)),
            ("1 400,5", In::Es, Err(Fractional)),
            ("0,500", In::Es, Err(Fractional)),
            ("5232.0", In::Es, Ok(5232)),
            ("0.5", In::Es, Err(Fractional)),
            ("5.5", In::Es, Err(MisplacedSeparator)),
            ("1.0000", In::Es, Err(MisplacedSeparator)),
            ("5,232.5", In::Es, Err(MisplacedSeparator)),
            ("1.400 000", In::Es, Err(MisplacedSeparator)),
            // Grouping that fits no convention.
            ("5,23,2", In::Both, Err(MisplacedSeparator)),
            ("1,2,3", In::Both, Err(MisplacedSeparator)),
            ("1.2.3", In::Both, Err(MisplacedSeparator)),
            ("5,,232", In::Both, Err(MisplacedSeparator)),
            ("5232,", In::Both, Err(MisplacedSeparator)),
            ("5232.", In::Both, Err(MisplacedSeparator)),
            (".5", In::Both, Err(MisplacedSeparator)),
            ("5 23", In::Both, Err(MisplacedSeparator)),
            ("5  232", In::Both, Err(MisplacedSeparator)),
            ("5232 1", In::Both, Err(MisplacedSeparator)),
            ("2 million 300", In::Both, Err(MisplacedSeparator)),
            // Scale words, English.
            ("1.4 million", In::En, Ok(1_400_000)),
            ("1.4million", In::En, Ok(1_400_000)),
            ("1.4\u{a0}million", In::En, Ok(1_400_000)),
            ("1.4m", In::En, Ok(1_400_000)),
            ("1.4M", In::En, Ok(1_400_000)),
            ("1.4 mn", In::En, Ok(1_400_000)),
            ("2 thousand", In::En, Ok(2000)),
            ("2k", In::En, Ok(2000)),
            ("2K", In::En, Ok(2000)),
            ("3 billion", In::En, Ok(3_000_000_000)),
            ("3bn", In::En, Ok(3_000_000_000)),
            ("1 trillion", In::En, Ok(1_000_000_000_000)),
            ("1 Thousand Million", In::En, Ok(1_000_000_000)),
            ("1,400.5 thousand", In::En, Ok(1_400_500)),
            ("0.5 million", In::En, Ok(500_000)),
            ("1.2345 thousand", In::En, Err(Fractional)),
            ("1,5 million", In::En, Err(MisplacedSeparator)),
            // The scale word's language says how the number is written (issue 10: presets read
            // in both languages).
            ("1.4 million", In::Es, Ok(1_400_000)),
            ("1,4 millones", In::En, Ok(1_400_000)),
            ("1,5 million", In::Es, Err(MisplacedSeparator)),
            // Scale words, Spanish: ',' is the decimal mark, '.' groups.
            ("1,4 millones", In::Es, Ok(1_400_000)),
            ("1,4 millón", In::Es, Ok(1_400_000)),
            ("1 millón", In::Es, Ok(1_000_000)),
            ("1 millon", In::Es, Ok(1_000_000)),
            ("1 MILLÓN", In::Es, Ok(1_000_000)),
            ("1 millo\u{301}n", In::Es, Ok(1_000_000)),
            ("1,4 mn", In::Es, Ok(1_400_000)),
            ("2 mil", In::Es, Ok(2000)),
            ("5,232 mil", In::Es, Ok(5232)),
            ("1.500 millones", In::Es, Ok(1_500_000_000)),
            ("3 mil millones", In::Es, Ok(3_000_000_000)),
            ("1,5 mil millones", In::Es, Ok(1_500_000_000)),
            ("2 millardos", In::Es, Ok(2_000_000_000)),
            ("1 billón", In::Es, Ok(1_000_000_000_000)),
            ("2 billones", In::Es, Ok(2_000_000_000_000)),
            ("1 mil billones", In::Es, Ok(MAX_COUNT)),
            ("1,2345 mil", In::Es, Err(Fractional)),
            ("1.4 millones", In::Es, Err(MisplacedSeparator)),
            ("1,4m", In::Es, unknown("m")),
            // Each word keeps its own language's meaning, in either mode.
            ("1 billion", In::Both, Ok(1_000_000_000)),
            ("1 billón", In::Both, Ok(1_000_000_000_000)),
            ("2 millones", In::Both, Ok(2_000_000)),
            ("2 mil", In::Both, Ok(2000)),
            ("2 thousand", In::Both, Ok(2000)),
            ("3 mil millones", In::Both, Ok(3_000_000_000)),
            ("1 trillón", In::Both, Err(TooLarge)),
            ("0 trillones", In::Both, Ok(0)),
            // JSON number text.
            ("5232.0", In::En, Ok(5232)),
            ("5.232e3", In::Both, Ok(5232)),
            ("5.232E+3", In::Both, Ok(5232)),
            ("5232e0", In::Both, Ok(5232)),
            ("523200e-2", In::Both, Ok(5232)),
            ("1e15", In::Both, Ok(MAX_COUNT)),
            ("0e999999999999999999999", In::Both, Ok(0)),
            ("1e20", In::Both, Err(TooLarge)),
            ("1e999999999999999999999", In::Both, Err(TooLarge)),
            ("5.5e0", In::Both, Err(Fractional)),
            ("1e-3", In::Both, Err(Fractional)),
            ("1e-999999999999999999999", In::Both, Err(Fractional)),
            ("5,232e3", In::Both, Err(MisplacedSeparator)),
            ("5e", In::Both, unknown("e")),
            // Negative.
            ("-5", In::Both, Err(Negative)),
            ("\u{2212}5", In::Both, Err(Negative)),
            ("- 5", In::Both, Err(Negative)),
            ("-0", In::Both, Err(Negative)),
            ("-1e20", In::Both, Err(Negative)),
            // Empty.
            ("", In::Both, Err(Empty)),
            ("   ", In::Both, Err(Empty)),
            ("\u{a0}\u{202f}\n", In::Both, Err(Empty)),
            // Not a number.
            ("abc", In::Both, Err(NotANumber)),
            (".", In::Both, Err(NotANumber)),
            (",", In::Both, Err(NotANumber)),
            ("five", In::Both, Err(NotANumber)),
            ("million", In::Both, Err(NotANumber)),
            ("-", In::Both, Err(NotANumber)),
            ("+", In::Both, Err(NotANumber)),
            ("-abc", In::Both, Err(NotANumber)),
            ("５２３２", In::Both, Err(NotANumber)),
            ("٥٢٣٢", In::Both, Err(NotANumber)),
            ("5５", In::Both, Err(NotANumber)),
            ("5%", In::Both, Err(NotANumber)),
            ("$5", In::Both, Err(NotANumber)),
            ("5²", In::Both, Err(NotANumber)),
            ("5 -", In::Both, Err(NotANumber)),
            ("+-5", In::Both, Err(NotANumber)),
            // Unknown words.
            ("5 dozen", In::Both, unknown("dozen")),
            ("5 people", In::Both, unknown("people")),
            ("5 personas", In::Both, unknown("personas")),
            ("about 5", In::Both, unknown("about")),
            ("2 mil millones de personas", In::Both, unknown("de")),
            ("2 million thousand", In::Both, unknown("thousand")),
            ("2 mil mil", In::Both, unknown("mil")),
            ("2 k mn", In::Both, unknown("mn")),
            ("2 mil millones millones", In::Both, unknown("millones")),
            // Too large.
            ("1,000,000,000,000,001", In::En, Err(TooLarge)),
            ("1.000.000.000.000.001", In::Es, Err(TooLarge)),
            ("1000000000000001", In::Both, Err(TooLarge)),
            (
                "99999999999999999999999999999999999999999",
                In::Both,
                Err(TooLarge),
            ),
            ("99999999999999999999.5", In::Both, Err(TooLarge)),
            ("1000001 billion", In::Both, Err(TooLarge)),
            ("1000 trillion", In::Both, Ok(MAX_COUNT)),
            ("1001 billones", In::Both, Err(TooLarge)),
        ];
        let mut failures = Vec::new();
        for (text, langs, expected) in cases {
            let langs: &[Lang] = match langs {
                In::En => &[Lang::En],
                In::Es => &[Lang::Es],
                In::Both => &Lang::ALL,
            };
            for &lang in langs {
                let got = parse_count(text, lang);
                if &got != expected {
                    failures.push(format!(
                        "{text:?} ({lang:?}): got {got:?}, expected {expected:?}"
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    /// Every qualifier and share form, in the language it is written in (both languages'
    /// words are read whatever the language; the number is read in the reader's language).
    #[test]
    fn qualified_counts_and_shares() {
        use crate::approx::Qual::*;
        let count = |value, qual, scale| Ok(Typed::Count(Est { value, qual, scale }));
        let pct = |num, qual| Ok(Typed::Share { num, den: 10_000, qual });
        let half = |qual| Ok(Typed::Share { num: 1, den: 2, qual });
        let cases: &[(&str, Lang, Result<Typed, ParseError>)] = &[
            // English qualifiers.
            ("more than 100,000", Lang::En, count(100_000, MoreThan, 0)),
            ("More Than 200,000", Lang::En, count(200_000, MoreThan, 0)),
            ("over 300", Lang::En, count(300, MoreThan, 0)),
            ("at least 25,000", Lang::En, count(25_000, AtLeast, 0)),
            ("nearly 500", Lang::En, count(500, Nearly, 0)),
            ("almost 500", Lang::En, count(500, Nearly, 0)),
            ("about 1.4 million", Lang::En, count(1_400_000, About, 6)),
            ("around 2,000", Lang::En, count(2000, About, 0)),
            ("roughly 2,000", Lang::En, count(2000, About, 0)),
            ("approximately 2,000", Lang::En, count(2000, About, 0)),
            ("fewer than 50", Lang::En, count(50, FewerThan, 0)),
            ("less than 50", Lang::En, count(50, FewerThan, 0)),
            ("up to 3,000", Lang::En, count(3000, UpTo, 0)),
            ("1.4 million", Lang::En, count(1_400_000, Exact, 6)),
            ("5,232", Lang::En, count(5232, Exact, 0)),
            // Spanish qualifiers.
            ("más de 200.000", Lang::Es, count(200_000, MoreThan, 0)),
            ("mas de 200.000", Lang::Es, count(200_000, MoreThan, 0)),
            ("al menos 300", Lang::Es, count(300, AtLeast, 0)),
            ("casi 500", Lang::Es, count(500, Nearly, 0)),
            ("cerca de 500", Lang::Es, count(500, About, 0)),
            ("unos 2.000", Lang::Es, count(2000, About, 0)),
            ("unas 2.000", Lang::Es, count(2000, About, 0)),
            ("alrededor de 1,4 millones", Lang::Es, count(1_400_000, About, 6)),
            ("aproximadamente 2.000", Lang::Es, count(2000, About, 0)),
            ("menos de 50", Lang::Es, count(50, FewerThan, 0)),
            ("hasta 3.000", Lang::Es, count(3000, UpTo, 0)),
            ("3 mil millones", Lang::Es, count(3_000_000_000, Exact, 9)),
            // Shares, English.
            ("30 percent", Lang::En, pct(3000, Exact)),
            ("30%", Lang::En, pct(3000, Exact)),
            ("29.5 per cent", Lang::En, pct(2950, Exact)),
            ("nearly 30 percent", Lang::En, pct(3000, Nearly)),
            ("more than 25 %", Lang::En, pct(2500, MoreThan)),
            ("fewer than half", Lang::En, half(FewerThan)),
            ("half", Lang::En, half(Exact)),
            // Shares, Spanish.
            ("30 por ciento", Lang::Es, pct(3000, Exact)),
            ("casi el 30 %", Lang::Es, pct(3000, Nearly)),
            ("casi el 30\u{a0}%", Lang::Es, pct(3000, Nearly)),
            ("29,5 %", Lang::Es, pct(2950, Exact)),
            ("más de la mitad", Lang::Es, half(MoreThan)),
            ("menos de la mitad", Lang::Es, half(FewerThan)),
            // Errors: what is wrong is said about the number.
            ("more than", Lang::En, Err(Empty)),
            ("more than abc", Lang::En, Err(NotANumber)),
            ("about 5.5", Lang::En, Err(Fractional)),
            ("120 percent", Lang::En, Err(TooLarge)),
            ("moreover 5", Lang::En, Err(UnknownWord("moreover".into()))),
            ("5 dozen", Lang::En, Err(UnknownWord("dozen".into()))),
        ];
        let mut failures = Vec::new();
        for (text, lang, expected) in cases {
            let got = parse_qualified(text, *lang);
            if &got != expected {
                failures.push(format!("{text:?} ({lang:?}): got {got:?}, expected {expected:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    /// `parse_count` is unchanged by qualifiers: a qualified count is not a bare number.
    #[test]
    fn parse_count_still_refuses_qualifiers() {
        assert_eq!(parse_count("about 5", Lang::En), Err(UnknownWord("about".into())));
        assert_eq!(parse_count("5%", Lang::En), Err(NotANumber));
    }

    /// A megabyte of hostile input is read in linear time, without overflow or panic.
    #[test]
    fn huge_inputs() {
        const MB: usize = 1 << 20;
        for lang in Lang::ALL {
            assert_eq!(parse_count(&"9".repeat(MB), lang), Err(TooLarge));
            assert_eq!(parse_count(&format!("{}5", "0".repeat(MB)), lang), Ok(5));
            assert_eq!(
                parse_count(&format!("5.{}", "0".repeat(MB)), Lang::En),
                Ok(5)
            );
            assert_eq!(
                parse_count(&format!("5.{}1", "0".repeat(MB)), Lang::En),
                Err(Fractional)
            );
            assert_eq!(
                parse_count(&format!("1{}e-{MB}", "0".repeat(MB)), lang),
                Ok(1)
            );
            assert_eq!(
                parse_count(&"1,000".repeat(MB / 5), lang),
                Err(MisplacedSeparator)
            );
            assert_eq!(
                parse_count(&format!("1{}", " 000".repeat(MB / 4)), lang),
                Err(TooLarge)
            );
            assert_eq!(parse_count(&"a".repeat(MB), lang), Err(NotANumber));
            assert_eq!(parse_count(&" ".repeat(MB), lang), Err(Empty));
            assert_eq!(
                parse_count(&"5 ".repeat(MB / 2), lang),
                Err(MisplacedSeparator)
            );
            assert_eq!(parse_count(&"-".repeat(MB), lang), Err(NotANumber));
            let word = "x".repeat(MB);
            assert_eq!(
                parse_count(&format!("5 {word}"), lang),
                Err(UnknownWord(word))
            );
            assert_eq!(
                parse_count(&format!("1e{}", "9".repeat(MB)), lang),
                Err(TooLarge)
            );
        }
    }

    /// The shortcut for plain and comma-grouped digits reads exactly what the long way reads.
    #[test]
    fn simple_counts_read_the_same_either_way() {
        let mut n: u64 = 1;
        for i in 0..4000u64 {
            // Numbers of every length up to 15 digits, with and without leading zeros.
            n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let digits = (n % 10u64.pow((i % 15) as u32 + 1)).to_string();
            let grouped = |sep: &str, from: usize| {
                let (head, tail) = digits.split_at(from);
                let groups: Vec<&str> = tail.as_bytes().chunks(3).map(|c| std::str::from_utf8(c).unwrap()).collect();
                std::iter::once(head).chain(groups).filter(|g| !g.is_empty()).collect::<Vec<_>>().join(sep)
            };
            let head = (digits.len() - 1) % 3 + 1;
            let shapes = [
                digits.clone(),
                format!("0{digits}"),
                format!("00{digits}"),
                grouped(",", head),
                grouped(",", (head + 1).min(digits.len())),
                grouped(",", head) + "0",
                format!("0,{}", grouped(",", head)),
                grouped(".", head),
                grouped(" ", head),
                format!("1{}", grouped(",", head)),
            ];
            for text in shapes {
                for lang in Lang::ALL {
                    assert_eq!(parse_count(&text, lang), parse_typed(&text, lang).map(|(n, _)| n), "{text}");
                }
            }
        }
    }
}
