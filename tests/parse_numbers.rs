//! Properties of reading typed counts: whatever the calculator writes, it reads back; and no
//! text, however odd, makes the reader panic.

use arrest_breakdown::{format_count, parse_count, Lang, ParseError, MAX_COUNT};
use proptest::prelude::*;

fn any_lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

/// Counts across every order of magnitude, not just the (mostly huge) uniform ones.
fn any_count() -> impl Strategy<Value = u64> {
    prop_oneof![
        0..=MAX_COUNT,
        (0u32..=15).prop_flat_map(|digits| 0..=10u64.pow(digits).min(MAX_COUNT)),
        Just(MAX_COUNT),
    ]
}

proptest! {
    /// Every count as the calculator writes it reads back as itself: "5,232" in English,
    /// "5.232" in Spanish.
    #[test]
    fn formatted_counts_read_back(n in any_count()) {
        for lang in Lang::ALL {
            prop_assert_eq!(parse_count(&format_count(n, lang), lang), Ok(n));
        }
    }

    /// Thousands grouped with a space, no-break space or narrow no-break space read back in
    /// either language.
    #[test]
    fn space_grouped_counts_read_back(
        n in any_count(),
        space in prop::sample::select(vec![" ", "\u{a0}", "\u{202f}"]),
    ) {
        let typed = format_count(n, Lang::En).replace(',', space);
        for lang in Lang::ALL {
            prop_assert_eq!(parse_count(&typed, lang), Ok(n));
        }
    }

    /// Padding and a leading "+" change nothing.
    #[test]
    fn padding_and_plus_are_ignored(n in any_count(), lang in any_lang()) {
        let typed = format!(" \t+{}\u{a0}", format_count(n, lang));
        prop_assert_eq!(parse_count(&typed, lang), Ok(n));
    }

    /// The same count in scientific notation, as a program may write it: 5232 → "5.232e3".
    #[test]
    fn scientific_notation_reads_back(n in any_count(), shift in 0usize..20, lang in any_lang()) {
        let digits = n.to_string();
        let shift = shift.min(digits.len() - 1);
        let (int, frac) = digits.split_at(digits.len() - shift);
        let typed = if frac.is_empty() {
            format!("{int}e0")
        } else {
            format!("{int}.{frac}e{shift}")
        };
        prop_assert_eq!(parse_count(&typed, lang), Ok(n));
    }

    /// A whole number of thousands or millions with a scale word reads as the product.
    #[test]
    fn scale_words_multiply(n in 0u64..1_000_000, lang in any_lang()) {
        prop_assert_eq!(parse_count(&format!("{n} thousand"), lang), Ok(n * 1_000));
        prop_assert_eq!(parse_count(&format!("{n}k"), lang), Ok(n * 1_000));
        prop_assert_eq!(parse_count(&format!("{n} millones"), lang), Ok(n * 1_000_000));
    }

    /// Counts past the limit are too large, not wrapped around.
    #[test]
    fn past_the_limit_is_too_large(extra in 1u64..=u64::MAX - MAX_COUNT, lang in any_lang()) {
        let n = MAX_COUNT + extra;
        prop_assert_eq!(parse_count(&n.to_string(), lang), Err(ParseError::TooLarge));
        prop_assert_eq!(parse_count(&format_count(n, lang), lang), Err(ParseError::TooLarge));
    }

    /// Any text at all, including any Unicode, gives an answer rather than a panic.
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>(), lang in any_lang()) {
        let _ = parse_count(&text, lang);
    }

    /// Text made of the characters the reader cares about reaches every branch; none panics,
    /// and whatever is accepted is within the limit.
    #[test]
    fn number_like_text_never_panics(
        text in "[-+0-9,. \u{a0}\u{202f}eEkKmMnbilortsdéó\u{2212}\u{301}]{0,40}",
        lang in any_lang(),
    ) {
        if let Ok(n) = parse_count(&text, lang) {
            prop_assert!(n <= MAX_COUNT);
        }
    }
}
