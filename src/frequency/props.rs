//! Properties of natural-frequency phrases and ratios (docs/phrasing.md), checked against an
//! independent exact reading of the rule.

use std::cmp::Ordering;

use super::{natural_frequency, one_in_n, ratio, Approx, Frequency, Gender, Hedge, RatioApprox, LADDER, RATIO_LADDER};
use crate::lang::Lang;
use crate::share::Share;
use proptest::prelude::*;

/// num < den, den up to `max`, with small denominators well represented (they hit rungs exactly).
fn partial_share(max: u64) -> impl Strategy<Value = Share> {
    prop_oneof![2u64..=1_000, 2u64..=max]
        .prop_flat_map(|den| (1..den, Just(den)))
        .prop_map(|(num, den)| Share::new(num, den))
}

/// 100·r for share vs p/q, as an exact comparison with a percentage: sign of r − pct/100.
fn r_vs_percent(share: Share, p: u64, q: u64, pct: i128) -> Ordering {
    // r = (num·q − p·den)/(p·den); compare 100·(num·q − p·den) with pct·p·den.
    let d = share.num as i128 * q as i128 - p as i128 * share.den as i128;
    (100 * d).cmp(&(pct * p as i128 * share.den as i128))
}

fn in_band(share: Share, p: u64, q: u64) -> bool {
    r_vs_percent(share, p, q, -10) != Ordering::Less && r_vs_percent(share, p, q, 15) != Ordering::Greater
}

fn phrases(f: &Frequency) -> Vec<String> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for gender in [Gender::Feminine, Gender::Masculine] {
            out.push(f.quantifier(lang, gender));
            out.push(f.standalone(lang, gender));
        }
    }
    out
}

/// The hedge says the right thing about the share against the rung it names.
fn hedge_is_truthful(share: Share, f: &Frequency) -> Result<(), TestCaseError> {
    let (p, q) = f.approx.as_fraction();
    let side = share.cmp_fraction(p, q);
    match f.hedge {
        Hedge::Exactly => prop_assert_eq!(side, Ordering::Equal),
        Hedge::MoreThan | Hedge::JustOver => prop_assert_eq!(side, Ordering::Greater),
        Hedge::Nearly => prop_assert_eq!(side, Ordering::Less),
        Hedge::About => {
            prop_assert!(r_vs_percent(share, p, q, -3) != Ordering::Less);
            prop_assert!(r_vs_percent(share, p, q, 3) != Ordering::Greater);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn phrases_are_clean(share in partial_share(1_000_000_000_000)) {
        for f in [natural_frequency(share), one_in_n(share)] {
            let f = f.expect("a partial share has a reading");
            for text in phrases(&f) {
                prop_assert!(!text.contains("NaN") && !text.contains("inf") && !text.contains("0%"), "{}", text);
                prop_assert!(!text.is_empty());
            }
            for lang in Lang::ALL {
                let working = f.explain(lang, Gender::Feminine);
                prop_assert!(!working.contains("NaN") && !working.contains("inf"), "{}", working);
            }
        }
    }

    #[test]
    fn hedges_are_truthful(share in partial_share(1_000_000_000_000)) {
        hedge_is_truthful(share, &natural_frequency(share).unwrap())?;
        hedge_is_truthful(share, &one_in_n(share).unwrap())?;
    }

    #[test]
    fn an_exact_rung_then_the_simplest_about_then_the_first_fit(share in partial_share(1_000_000_000_000)) {
        let f = natural_frequency(share).unwrap();
        let exact = LADDER.iter().copied().find(|&(p, q)| share.cmp_fraction(p, q) == Ordering::Equal);
        let about = LADDER.iter().copied().find(|&(p, q)| {
            r_vs_percent(share, p, q, -3) != Ordering::Less && r_vs_percent(share, p, q, 3) != Ordering::Greater
        });
        let first = LADDER.iter().copied().find(|&(p, q)| in_band(share, p, q));
        let expected = exact.or(about).or(first);
        match (expected, f.approx) {
            (Some((p, q)), Approx::Fraction { numer, denom }) => prop_assert_eq!((p, q), (numer, denom)),
            (None, Approx::OneIn(n)) => {
                prop_assert!(n >= 6, "below 9% or in the 11.5%–18% gap: {}", n);
                prop_assert!(in_band(share, 1, n), "1 in {} is in its band", n);
            }
            (expected, approx) => prop_assert!(false, "expected {:?}, got {:?}", expected, approx),
        }
    }

    #[test]
    fn one_in_n_is_rounded_to_two_significant_figures(share in partial_share(1_000_000_000_000)) {
        let f = one_in_n(share).unwrap();
        let Approx::OneIn(n) = f.approx else { return Err(TestCaseError::fail("not 1 in N")) };
        prop_assert!(n >= 2);
        let digits = n.to_string();
        if n >= 100 {
            prop_assert!(digits[2..].bytes().all(|b| b == b'0'), "{}", n);
        }
    }

    #[test]
    fn an_unhedged_phrase_is_exact(share in partial_share(1_000_000)) {
        let f = natural_frequency(share).unwrap();
        let en = f.standalone(Lang::En, Gender::Feminine);
        let hedged = ["about ", "nearly ", "just over ", "more than "].iter().any(|w| en.starts_with(w));
        prop_assert_eq!(!hedged, f.hedge == Hedge::Exactly);
        if en == "one in three" {
            prop_assert_eq!(share.cmp_fraction(1, 3), Ordering::Equal);
        }
    }

    #[test]
    fn nothing_panics_up_to_10_to_the_15(share in partial_share(1_000_000_000_000_000)) {
        for f in [natural_frequency(share), one_in_n(share)] {
            let f = f.unwrap();
            for lang in Lang::ALL {
                prop_assert!(!f.explain(lang, Gender::Masculine).is_empty());
            }
        }
    }

    #[test]
    fn ratio_hedges_are_truthful(
        a in prop_oneof![1u64..=1_000, 1u64..=1_000_000_000_000],
        b in prop_oneof![1u64..=1_000, 1u64..=1_000_000_000_000],
    ) {
        let r = ratio(a, b).unwrap();
        prop_assert!(r.a >= r.b);
        let reading = r.reading();
        let value = |x: u64, y: u64| (r.a as u128 * y as u128).cmp(&(r.b as u128 * x as u128));
        let side = match reading.approx {
            RatioApprox::Simple { antecedent, consequent } => value(antecedent, consequent),
            RatioApprox::Decimal { tenths } => value(tenths, 10),
        };
        match reading.hedge {
            Hedge::Exactly => prop_assert_eq!(side, Ordering::Equal),
            Hedge::MoreThan | Hedge::JustOver => prop_assert_eq!(side, Ordering::Greater),
            Hedge::Nearly => prop_assert_eq!(side, Ordering::Less),
            Hedge::About => {}
        }
        // As for shares: an exact rung, else the simplest within 3%, else the first that fits,
        // with r = (a·y − x·b)/(x·b).
        let within = |x: u64, y: u64, lo: i128, hi: i128| {
            let d = r.a as i128 * y as i128 - x as i128 * r.b as i128;
            let base = x as i128 * r.b as i128;
            100 * d >= lo * base && 100 * d <= hi * base
        };
        let first = RATIO_LADDER
            .iter()
            .copied()
            .find(|&(x, y)| within(x, y, 0, 0))
            .or_else(|| RATIO_LADDER.iter().copied().find(|&(x, y)| within(x, y, -3, 3)))
            .or_else(|| RATIO_LADDER.iter().copied().find(|&(x, y)| within(x, y, -10, 15)));
        match (first, reading.approx) {
            (Some(rung), RatioApprox::Simple { antecedent, consequent }) => {
                prop_assert_eq!(rung, (antecedent, consequent));
            }
            (None, RatioApprox::Simple { antecedent, consequent: 1 }) => prop_assert!(antecedent > 10),
            (None, RatioApprox::Decimal { tenths }) => prop_assert!(tenths <= 100),
            (first, approx) => prop_assert!(false, "first fit {:?}, got {:?}", first, approx),
        }
        for lang in Lang::ALL {
            let text = r.phrase(lang);
            prop_assert!(!text.contains("NaN") && !text.contains("inf") && !text.contains("0%"), "{}", text);
            prop_assert!(!r.explain(lang).is_empty());
        }
    }
}

#[test]
fn the_36_5_percent_case_never_reads_one_in_three() {
    let f = natural_frequency(Share::new(1188, 3257)).unwrap();
    for text in phrases(&f) {
        assert!(text != "one in three" && text != "una de cada tres" && text != "uno de cada tres", "{text}");
    }
    assert_eq!(f.standalone(Lang::En, Gender::Feminine), "more than one in three");
}
