//! Properties over random scenarios: whatever the numbers, the core never panics, never shows
//! an impossible share, and never words a share as none or all when it is neither.

mod common;
use arrest_breakdown::model::{Breakdown, Category, PlacePart, RawCount, Scenario, Stage, Subgroup};
use arrest_breakdown::{calculate, Lang, Outcome};
use proptest::prelude::*;

/// A stage whose parts always fit: total, then parts drawn inside it.
fn stage() -> impl Strategy<Value = Stage> {
    (1u64..=2_000_000_000_000).prop_flat_map(|total| {
        (
            Just(total),
            0..=total,
            0..=total,
            0u8..6,
            proptest::collection::vec((0u64..=total, 0u8..3), 0..4),
            proptest::collection::vec(0u64..=total / 4 + 1, 0..5),
        )
            .prop_map(|(total, a, b, form, subgroups, places)| {
                let (lo, hi) = (a.min(b), a.max(b));
                let mut breakdown = Breakdown::default();
                // Every partial form a reporter meets, with parts that fit the total.
                match form {
                    0 => {
                        breakdown.convicted = Some(lo.into());
                        breakdown.pending = Some((hi - lo).into());
                    }
                    1 => breakdown.criminal_history = Some(a.into()),
                    2 => breakdown.convicted = Some(a.into()),
                    3 => {
                        breakdown.convicted = Some(lo.into());
                        breakdown.pending = Some((hi - lo).into());
                        breakdown.no_record = Some((total - hi).into());
                    }
                    4 => breakdown.no_record = Some(a.into()),
                    _ => {}
                }
                // The criminal-history count each form gives, for sub-groups within it.
                let ch = match form {
                    0 | 3 => Some(hi),
                    1 => Some(a),
                    4 => Some(total - a),
                    _ => None,
                };
                let subgroups = subgroups
                    .into_iter()
                    .map(|(n, p)| {
                        let parent = ch.filter(|_| p == 1).map(|_| Category::CriminalHistory);
                        let cap = ch.filter(|_| p == 1).unwrap_or(total);
                        Subgroup { label: "alleged gang members".into(), count: RawCount::from(n.min(cap)), parent }
                    })
                    .collect();
                let mut left = total;
                let places = places
                    .into_iter()
                    .enumerate()
                    .map(|(i, n)| {
                        let n = n.min(left);
                        left -= n;
                        PlacePart { name: format!("Place {i}").as_str().into(), count: n.into() }
                    })
                    .collect();
                Stage { total: Some(total.into()), breakdown, subgroups, places, ..Stage::default() }
            })
    })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (proptest::collection::vec(stage(), 1..3), any::<bool>()).prop_map(|(stages, es)| Scenario {
        lang: if es { Lang::Es } else { Lang::En },
        stages,
        ..Scenario::default()
    })
}

fn is_bare_extreme(text: &str) -> bool {
    // "0.0%" or "100.0%" (and the Spanish forms) as a share shown on its own.
    let t = text.trim_start_matches(['(', ' ']);
    t.starts_with("0.0 percent") || t.starts_with("0,0 por ciento") || t.starts_with("100.0 percent") || t.starts_with("100,0 por ciento")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_and_every_share_is_sane(s in scenario()) {
        let outcome = calculate(&s);
        let r = match outcome {
            Outcome::Report(r) => r,
            Outcome::Errors(e) => panic!("valid scenario refused: {:?}", e.errors),
        };
        for f in &r.figures {
            for share in [&f.of_total, &f.of_parent].into_iter().flatten() {
                prop_assert!(share.tenths <= 1000);
                prop_assert!(share.num <= share.den);
                let neither = share.num > 0 && share.num < share.den;
                if neither {
                    prop_assert!(share.percent != "0.0%" && share.percent != "100.0%", "{} for {}/{}", share.percent, share.num, share.den);
                    prop_assert!(!share.percent.starts_with("0,0") && !share.percent.starts_with("100,0"));
                }
            }
        }
        for stage in &r.stages {
            if !stage.parts.is_empty() {
                let parts: Vec<_> = stage.parts.iter().map(|id| r.figures.iter().find(|f| &f.id == id).unwrap()).collect();
                let tenths: u64 = parts.iter().map(|f| f.of_total.as_ref().unwrap().tenths).sum();
                let per_100: u64 = parts.iter().map(|f| f.of_total.as_ref().unwrap().per_100).sum();
                let counts: u64 = parts.iter().map(|f| f.count).sum();
                prop_assert_eq!(tenths, 1000);
                prop_assert_eq!(per_100, 100);
                prop_assert_eq!(Some(counts), stage.total);
            }
            if stage.places.len() > 1 {
                let places: Vec<_> = stage.places.iter().map(|id| r.figures.iter().find(|f| &f.id == id).unwrap().of_total.clone().unwrap()).collect();
                prop_assert_eq!(places.iter().map(|s| s.tenths).sum::<u64>(), 1000);
                prop_assert_eq!(places.iter().map(|s| s.per_100).sum::<u64>(), 100);
                prop_assert_eq!(places.iter().map(|s| s.per_10).sum::<u64>(), 10);
            }
        }
        let texts = std::iter::once(&r.headline).chain(&r.details).chain(&r.caveats).map(|s| &s.text);
        for t in texts {
            let bad_word = t.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "NaN" | "inf" | "Infinity"));
            prop_assert!(!bad_word && !t.is_empty(), "{}", t);
            prop_assert!(!t.contains("  "), "double space: {}", t);
        }
        // A share shown in words is never "0.0 percent" or "100.0 percent" unless it is exactly that.
        for f in &r.figures {
            if let Some(s) = &f.of_total {
                if s.num > 0 && s.num < s.den {
                    prop_assert!(!is_bare_extreme(&s.percent));
                }
            }
        }
    }

    #[test]
    fn any_json_text_gives_an_answer_not_a_panic(text in ".{0,300}") {
        let _ = arrest_breakdown::calculate_json(&text, None).to_json();
    }

    #[test]
    fn any_count_text_gives_an_answer_not_a_panic(total in ".{0,40}", part in ".{0,40}", es in any::<bool>()) {
        let s = Scenario {
            lang: if es { Lang::Es } else { Lang::En },
            stages: vec![Stage {
                total: Some(RawCount::Text(total)),
                breakdown: Breakdown { criminal_history: Some(RawCount::Text(part)), ..Breakdown::default() },
                ..Stage::default()
            }],
            ..Scenario::default()
        };
        let _ = calculate(&s).to_json();
    }
}
