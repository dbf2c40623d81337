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

/// r for x/y against a rung p/q, r = (x·q − p·y)/(p·y), as an exact comparison with a
/// percentage: the sign of r − pct/100. (x/y is a share num/den, or a ratio a/b.)
fn r_vs(x: u64, y: u64, p: u64, q: u64, pct: i128) -> Ordering {
    let d = x as i128 * q as i128 - p as i128 * y as i128;
    (100 * d).cmp(&(pct * p as i128 * y as i128))
}

fn r_vs_percent(share: Share, p: u64, q: u64, pct: i128) -> Ordering {
    r_vs(share.num, share.den, p, q, pct)
}

/// −lo% ≤ r ≤ +hi%.
fn within(x: u64, y: u64, p: u64, q: u64, lo: i128, hi: i128) -> bool {
    r_vs(x, y, p, q, -lo) != Ordering::Less && r_vs(x, y, p, q, hi) != Ordering::Greater
}

fn in_band(share: Share, p: u64, q: u64) -> bool {
    within(share.num, share.den, p, q, 10, 15)
}

/// The step of closeness of x/y to p/q, read straight from docs/phrasing.md: 0 exact, 1 within
/// 3%, 2 within 6%, 3 within 10%, 4 within 15% (above only); `None` outside the band.
fn step(x: u64, y: u64, p: u64, q: u64) -> Option<usize> {
    if !within(x, y, p, q, 10, 15) {
        return None;
    }
    if r_vs(x, y, p, q, 0) == Ordering::Equal {
        return Some(0);
    }
    [3, 6, 10, 15].iter().position(|&pct| within(x, y, p, q, pct, pct)).map(|i| i + 1)
}

/// The rule's order on the rungs that fit: a tighter step first, then the simpler (earlier)
/// rung. The reading must be the least of these.
fn closeness(ladder: &[(u64, u64)], x: u64, y: u64) -> Vec<((u64, u64), (usize, usize))> {
    ladder
        .iter()
        .enumerate()
        .filter_map(|(i, &(p, q))| Some(((p, q), (step(x, y, p, q)?, i))))
        .collect()
}

/// The reading (p, q) is in its band, and no other rung of the ladder that fits is closer by
/// the rule: none in a tighter step, none simpler in the same step.
fn closest_honest(ladder: &[(u64, u64)], x: u64, y: u64, reading: (u64, u64)) -> Result<(), TestCaseError> {
    let fits = closeness(ladder, x, y);
    let Some(&(_, chosen)) = fits.iter().find(|(rung, _)| *rung == reading) else {
        return Err(TestCaseError::fail(format!("{x}/{y}: {reading:?} is not a rung that fits")));
    };
    for &(rung, key) in &fits {
        prop_assert!(key >= chosen, "{}/{}: {:?} (step {}) is closer, or as close and simpler, than {:?} (step {})", x, y, rung, key.0, reading, chosen.0);
    }
    Ok(())
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
    fn the_closest_honest_rung(share in partial_share(1_000_000_000_000)) {
        let f = natural_frequency(share).unwrap();
        let any_fits = !closeness(&LADDER, share.num, share.den).is_empty();
        match f.approx {
            Approx::Fraction { numer, denom } => closest_honest(&LADDER, share.num, share.den, (numer, denom))?,
            Approx::OneIn(n) => {
                prop_assert!(!any_fits, "a rung fits, yet 1 in {}", n);
                prop_assert!(n >= 6, "below 9% or in the 11.5%–18% gap: {}", n);
                prop_assert!(in_band(share, 1, n), "1 in {} is in its band", n);
            }
        }
    }

    /// Never a whole step looser: any rung that fits with a smaller |r| than the reading's is in
    /// the same step (and then simpler or as simple), so a reader is never sent to a picture
    /// farther off than the rule's own resolution allows.
    #[test]
    fn no_rung_is_a_step_closer(share in partial_share(1_000_000)) {
        let f = natural_frequency(share).unwrap();
        let Approx::Fraction { numer, denom } = f.approx else { return Ok(()) };
        let chosen = step(share.num, share.den, numer, denom).unwrap();
        for &(p, q) in &LADDER {
            if let Some(s) = step(share.num, share.den, p, q) {
                prop_assert!(s >= chosen, "{}/{}: {}/{} step {} < {}/{} step {}", share.num, share.den, p, q, s, numer, denom, chosen);
            }
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
        // As for shares: the closest honest rung, with r = (a·y − x·b)/(x·b).
        let on_ladder = !closeness(&RATIO_LADDER, r.a, r.b).is_empty();
        match reading.approx {
            RatioApprox::Simple { antecedent, consequent } if on_ladder => {
                closest_honest(&RATIO_LADDER, r.a, r.b, (antecedent, consequent))?;
            }
            RatioApprox::Simple { antecedent, consequent: 1 } => prop_assert!(antecedent > 10),
            RatioApprox::Decimal { tenths } => prop_assert!(!on_ladder && tenths <= 100),
            approx => prop_assert!(false, "{:?} for {}:{}", approx, r.a, r.b),
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
