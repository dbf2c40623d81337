//! Exercises (issue 12): the questions the Los Angeles preset gives, each answer worked by hand
//! beside it, in both languages; the checker's verdicts on what students write, right and
//! nearly right, with the reason; and properties over random scenarios: every answer is what
//! the core's own report says, the checker accepts it, and no string makes the checker panic.
#![cfg(feature = "tools")]

mod common;
use arrest_breakdown::exercise::{AnswerKind, Exercises, Question, Verdict};
use arrest_breakdown::model::{Breakdown, Category, RawCount, Scenario, Stage, StageKind, Subgroup, Unit};
use arrest_breakdown::{calculate, check_answer, check_answer_json, exercises, exercises_json, ExercisesOutcome, Lang, Outcome};
use proptest::prelude::*;

fn set(lang: Lang) -> Exercises {
    match exercises_json(&common::scenario_text("los-angeles"), Some(lang)) {
        ExercisesOutcome::Set(s) => *s,
        ExercisesOutcome::Errors(e) => panic!("{:?}", e.errors),
    }
}

fn question<'a>(set: &'a Exercises, id: &str) -> &'a Question {
    set.questions.iter().find(|q| q.id == id).unwrap_or_else(|| panic!("no question {id}"))
}

/// The Los Angeles preset: 5,232 arrests of which 3,513 with a criminal history; 3,257
/// deportations of which 2,069; groups of 350 and 43 (arrests), 185 and 18 (deportations)
/// within criminal history.
#[test]
fn los_angeles_gives_these_questions_and_answers() {
    use AnswerKind::*;
    let expected: [(&str, u8, AnswerKind, &str); 12] = [
        // 5,232 − 3,513 = 1,719
        ("missing.arrests", 1, Number, "1,719"),
        // 1,719 ÷ 5,232 = 0.328555… → 32.9%
        ("share.arrests", 1, Percent, "32.9%"),
        // 3,257 − 2,069 = 1,188
        ("missing.deportations", 1, Number, "1,188"),
        // 1,188 ÷ 3,257 = 0.364753… → 36.5%
        ("share.deportations", 1, Percent, "36.5%"),
        // 350 ÷ 3,513 = 0.099630… → 10.0% (of the group's category, not of all 5,232)
        ("group.arrests.subgroup.0", 1, Percent, "10.0%"),
        // 36.5 − 32.9 = 3.6, the shares as shown; higher, so no minus sign
        ("points.deportations", 2, Points, "3.6 percentage points"),
        // 5,232 ÷ 350 = 14.95 → 15; 350 × 15 = 5,250 is 0.3% above 5,232: about
        ("one_in.arrests.subgroup.0", 2, OneIn, "about 1 in 15"),
        // 3,257 ÷ 185 = 17.6 → 18; 185 × 18 = 3,330 is 2.2% above 3,257: about
        ("one_in.deportations.subgroup.0", 2, OneIn, "about 1 in 18"),
        // 1,719 × 3 = 5,157 against 5,232: r = −1.4%, within 3%: about
        ("hedge.arrests", 2, Choice, "b) about one in three"),
        // 1,188 × 3 = 3,564 against 3,257: r = +9.4%, 6% to 15% above: more than
        ("hedge.deportations", 2, Choice, "d) more than one in three"),
        // criminal history without a conviction count: the history_is_not_conviction caveat
        ("pitfall.conviction.arrests", 3, Choice, "a) All 3,513 had a criminal conviction or a pending criminal charge; the figures do not say how many were convicted."),
        // two stages in one period: the stages_not_same_people caveat; 3,257 ÷ 5,232 × 100 = 62.3
        ("pitfall.stages.deportations", 3, Choice, "b) No: the people deported in the period are not necessarily the people arrested in it; the figures allow “62.3 deportations for every 100 arrests”."),
    ];
    let s = set(Lang::En);
    let got: Vec<(&str, u8, AnswerKind, &str)> = s.questions.iter().map(|q| (q.id.as_str(), q.level, q.kind, q.answer.as_str())).collect();
    assert_eq!(got, expected);

    let q = question(&s, "missing.arrests");
    assert_eq!(
        q.prompt,
        "Of the 5,232 people arrested by ICE in the Los Angeles area from October to June, 3,513 had a criminal history. How many had no criminal history?"
    );
    assert_eq!(q.hints, ["The parts add up to the whole: take the parts you know away from 5,232.", "5,232 − 3,513 = 1,719"]);
    let q = question(&s, "share.arrests");
    assert_eq!(q.hints.last().unwrap(), "1,719 ÷ 5,232 = 0.3286 → 32.9%");
    let q = question(&s, "points.deportations");
    assert_eq!(q.hints.last().unwrap(), "36.5% − 32.9% = 3.6 percentage points");
    let q = question(&s, "hedge.deportations");
    assert_eq!(q.choices, ["one in three", "about one in three", "nearly one in three", "more than one in three"]);
    assert_eq!(q.hints.last().unwrap(), "one in three = 33.3%; 36.5% is 3.1 points above (6% to 15% above it), so: more than one in three");
    let q = question(&s, "pitfall.stages.deportations");
    assert_eq!(
        q.prompt,
        "The figures count 5,232 people arrested by ICE in the Los Angeles area from October to June and 3,257 people deported. Can a reporter write that 62.3 percent of the people arrested were deported?"
    );
    assert_eq!(q.choices.first().unwrap(), "Yes: 3,257 ÷ 5,232 = 62.3 percent.");
}

#[test]
fn los_angeles_in_spanish() {
    let s = set(Lang::Es);
    let answers: Vec<(&str, &str)> = s.questions.iter().map(|q| (q.id.as_str(), q.answer.as_str())).collect();
    assert_eq!(
        answers[..10],
        [
            ("missing.arrests", "1.719"),
            ("share.arrests", "32,9\u{a0}%"),
            ("missing.deportations", "1.188"),
            ("share.deportations", "36,5\u{a0}%"),
            ("group.arrests.subgroup.0", "10,0\u{a0}%"),
            ("points.deportations", "3,6 puntos porcentuales"),
            ("one_in.arrests.subgroup.0", "alrededor de una de cada 15"),
            ("one_in.deportations.subgroup.0", "alrededor de una de cada 18"),
            ("hedge.arrests", "b) alrededor de una de cada tres"),
            ("hedge.deportations", "d) más de una de cada tres"),
        ]
    );
    assert_eq!(
        question(&s, "missing.arrests").prompt,
        "De las 5.232 personas arrestadas por ICE en el área de Los Ángeles de octubre a junio, 3.513 tenían antecedentes penales. ¿Cuántas no tenían antecedentes penales?"
    );
    assert_eq!(s.labels.answer_key, "Soluciones");
}

/// Each answer gets its verdict, and a message with the words given.
fn assert_verdicts(s: &Exercises, cases: &[(&str, &str, Verdict, &str)]) {
    for &(id, answer, verdict, words) in cases {
        let c = check_answer(s, id, answer);
        assert_eq!((c.verdict, c.correct), (verdict, verdict == Verdict::Correct), "{id} ← {answer:?}: {}", c.message);
        assert!(c.message.contains(words), "{id} ← {answer:?}: {:?} lacks {words:?}", c.message);
    }
}

/// What a student writes, and what the checker says: (question, answer, verdict, words the
/// message must hold).
#[test]
fn the_checker_in_english() {
    use Verdict::*;
    let s = set(Lang::En);
    let cases: &[(&str, &str, Verdict, &str)] = &[
        ("share.arrests", "32.9", Correct, "32.9%"),
        ("share.arrests", "32.86%", Correct, ""),
        ("share.arrests", "32.856 percent", Correct, ""), // 32.8555… to three places
        ("share.arrests", "about 33 percent", Correct, "32.9%"),
        ("share.arrests", "  32.9 %  ", Correct, ""),
        ("share.arrests", "32.9%.", Correct, ""),
        ("share.arrests", "~33%", Correct, ""),
        ("share.arrests", "33", OffByRounding, "one decimal place"),
        ("share.arrests", "33.0%", RoundedTooEarly, "0.3286"), // 0.33 × 100
        ("share.arrests", "32.7", RoundedTooEarly, ""),        // 1,700 ÷ 5,200 = 32.69…
        ("share.arrests", "32.8", OffByRounding, "0.3286"),    // cut, not rounded
        ("share.arrests", "48.9", WrongWhole, "3,513"),        // 1,719 ÷ 3,513
        ("share.arrests", "52.8", WrongWhole, "3,257"),        // 1,719 ÷ 3,257: the other stage
        ("share.arrests", "67.1", OtherPart, "32.9%"),         // 3,513 ÷ 5,232
        ("share.arrests", "32.9 points", PercentVsPoints, "not percentage points"),
        ("share.arrests", "-32.9", Sign, ""),
        ("share.arrests", "50", Wrong, "hint"),
        ("share.arrests", "abc", Unreadable, "percentage"),
        ("share.arrests", "   ", Empty, ""),
        ("missing.arrests", "1719", Correct, "1,719"),
        ("missing.arrests", "1,719", Correct, ""),
        ("missing.arrests", "about 1,719", Correct, ""),
        ("missing.arrests", "1,719 people", Correct, ""),
        ("missing.arrests", "1.719", NumberStyle, "1,719"), // a decimal in English
        ("missing.arrests", "about 1,700", OffByRounding, "exact"),
        ("missing.arrests", "−1,719", Sign, ""),
        ("missing.arrests", "8745", Wrong, ""), // 5,232 + 3,513
        ("group.arrests.subgroup.0", "10.0", Correct, ""),
        ("group.arrests.subgroup.0", "6.7", WrongWhole, "5,232"), // 350 ÷ 5,232
        ("points.deportations", "3.6", Correct, ""),
        ("points.deportations", "+3.6 percentage points", Correct, ""),
        ("points.deportations", "3.6 pp", Correct, ""),
        ("points.deportations", "3.6%", PercentVsPoints, "percentage points"),
        ("points.deportations", "10.9", PercentVsPoints, "relative change"), // 3.6 ÷ 32.9
        ("points.deportations", "11%", PercentVsPoints, "relative change"),  // 36.475 ÷ 32.856 − 1
        ("points.deportations", "-3.6", Sign, "3.6 percentage points"),
        ("points.deportations", "3", RoundedTooEarly, ""), // 36 − 33
        ("one_in.arrests.subgroup.0", "about 1 in 15", Correct, ""),
        ("one_in.arrests.subgroup.0", "About one in 15", Correct, ""),
        ("one_in.arrests.subgroup.0", "1 in 15", Hedge, "so: about 1 in 15"), // not exactly
        ("one_in.arrests.subgroup.0", "more than 1 in 15", Hedge, "within 3%"),
        ("one_in.arrests.subgroup.0", "about 1 in 14", OffByRounding, "14.9"), // cut, not rounded
        ("one_in.arrests.subgroup.0", "about 1 in 10", WrongWhole, "3,513"),    // 3,513 ÷ 350
        ("one_in.arrests.subgroup.0", "many", Unreadable, "1 in N"),
        ("hedge.deportations", "d", Correct, ""),
        ("hedge.deportations", "(D)", Correct, ""),
        ("hedge.deportations", "more than one in three", Correct, ""),
        ("hedge.deportations", "one in three", Hedge, "6% to 15% above"),
        ("hedge.deportations", "e", Unreadable, "letter"),
        ("pitfall.stages.deportations", "b", Correct, ""),
        ("pitfall.stages.deportations", "No", Correct, ""),
        ("pitfall.stages.deportations", "yes", Wrong, "not necessarily the same people"),
        ("pitfall.conviction.arrests", "b", Wrong, "pending criminal charges"),
        ("no.such.question", "1", UnknownQuestion, "no.such.question"),
    ];
    assert_verdicts(&s, cases);
}

#[test]
fn the_checker_in_spanish_reads_spanish_numbers_and_answers_in_spanish() {
    use Verdict::*;
    let s = set(Lang::Es);
    let cases: &[(&str, &str, Verdict, &str)] = &[
        ("missing.arrests", "1.719", Correct, "Correcto: 1.719."),
        ("missing.arrests", "1719", Correct, ""),
        ("missing.arrests", "1.719 personas", Correct, ""),
        ("missing.arrests", "1,719", Correct, ""), // grouped the US way, as the parser reads it
        ("share.arrests", "32,9", Correct, ""),
        ("share.arrests", "32,86 %", Correct, ""),
        ("share.arrests", "el 32,9 %", Correct, ""),
        ("share.arrests", "32.9", Correct, ""), // a lone point that cannot group thousands
        ("share.arrests", "alrededor del 33 %", Correct, "con un decimal"),
        ("share.arrests", "33,0 %", RoundedTooEarly, "0,3286"),
        ("share.arrests", "48,9", WrongWhole, "3.513"),
        ("points.deportations", "3,6 puntos porcentuales", Correct, ""),
        ("points.deportations", "3,6 %", PercentVsPoints, "puntos porcentuales"),
        ("one_in.arrests.subgroup.0", "alrededor de una de cada 15", Correct, ""),
        ("one_in.arrests.subgroup.0", "una de cada 15", Hedge, "alrededor de una de cada 15"),
        ("hedge.arrests", "b", Correct, ""),
        ("pitfall.stages.deportations", "no", Correct, ""),
        ("pitfall.stages.deportations", "sí", Wrong, "Esa no."),
        ("share.arrests", "", Empty, "Escribe primero"),
    ];
    assert_verdicts(&s, cases);
}

#[test]
fn a_house_style_reads_and_writes_its_own_numbers() {
    // RAE: "1719" ungrouped, "32,9 %"; US Spanish: "1,719", "32.9%".
    let text = common::scenario_text("los-angeles");
    let styled = |style: &str| text.replacen('{', &format!("{{\"style\": \"{style}\", "), 1);
    let rae = check_answer_json(&styled("rae"), Some(Lang::Es), "missing.arrests", "1719");
    assert!(rae.to_json().contains("\"correct\":true") && rae.to_json().contains("Correcto: 1719."), "{}", rae.to_json());
    let us = check_answer_json(&styled("us"), Some(Lang::Es), "share.arrests", "32.9%");
    assert!(us.to_json().contains("\"correct\":true"), "{}", us.to_json());
}

#[test]
fn a_scenario_with_errors_gives_its_errors_and_questions_only_where_supported() {
    let bad = exercises_json(r#"{"stages":[{"total":"abc"}]}"#, Some(Lang::En));
    assert!(matches!(bad, ExercisesOutcome::Errors(_)), "{}", bad.to_json());
    // One stage, no breakdown: nothing to subtract, no share, no change between stages.
    let one = exercises_json(r#"{"stages":[{"total":"5,232"}]}"#, Some(Lang::En));
    let ExercisesOutcome::Set(one) = one else { panic!("a set") };
    assert!(one.questions.is_empty(), "{:?}", one.questions.iter().map(|q| &q.id).collect::<Vec<_>>());
    // Approximate figures: no question states them as exact.
    let approx = exercises_json(r#"{"stages":[{"total":"more than 300","breakdown":{"no_record":"nearly 30 percent"}}]}"#, Some(Lang::En));
    let ExercisesOutcome::Set(approx) = approx else { panic!("a set") };
    // Only the pitfall of the bound itself: "more than 300" is not 300.
    assert_eq!(approx.questions.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["pitfall.bound.arrests"]);
    let q = question(&approx, "pitfall.bound.arrests");
    assert_eq!(q.prompt, "The figures count more than 300 people arrested. Can a reporter leave out “more than” and write 300?");
    assert_eq!(check_answer(&approx, &q.id, "no").verdict, Verdict::Correct);
    assert_eq!(check_answer(&approx, &q.id, "b").verdict, Verdict::Wrong);
    assert_eq!(check_answer(&approx, &q.id, "a").verdict, Verdict::Correct);
    assert!(one.text().contains("These figures give no exercises") && !one.text().contains("Answers"), "{}", one.text());
    // Charges and "not convicted": those pitfalls, and no deportation one.
    let charges = exercises_json(
        r#"{"stages":[{"total":900,"unit":"charges","breakdown":{"convicted":300}}, {"kind":"detentions","total":400,"breakdown":{"convicted":100,"not_convicted":300}}]}"#,
        Some(Lang::En),
    );
    let ExercisesOutcome::Set(charges) = charges else { panic!("a set") };
    let ids: Vec<&str> = charges.questions.iter().map(|q| q.id.as_str()).collect();
    assert!(ids.contains(&"pitfall.charges.arrests") && ids.contains(&"pitfall.no_record.detentions"), "{ids:?}");
    let q = question(&charges, "pitfall.no_record.detentions");
    assert_eq!(check_answer(&charges, &q.id, "no").verdict, Verdict::Correct);
    // The right letter moves from question to question (the careful answer is not always "b").
    let letters: Vec<&str> = charges.questions.iter().filter(|q| q.id.starts_with("pitfall.")).map(|q| &q.answer[..1]).collect();
    assert!(letters.windows(2).any(|w| w[0] != w[1]), "{letters:?}");
}

#[test]
fn the_json_contract() {
    let json: serde_json::Value = serde_json::from_str(&exercises_json(&common::scenario_text("los-angeles"), Some(Lang::En)).to_json()).unwrap();
    assert_eq!((json["version"].as_u64(), json["ok"].as_bool(), json["lang"].as_str()), (Some(1), Some(true), Some("en")));
    let q = &json["questions"][0];
    assert_eq!(q["id"], "missing.arrests");
    assert_eq!(q["kind"], "number");
    assert!(q.get("choices").is_none() && q.get("key").is_none());
    assert_eq!(json["questions"][8]["choices"].as_array().map(Vec::len), Some(4));
    let check: serde_json::Value =
        serde_json::from_str(&check_answer_json(&common::scenario_text("los-angeles"), Some(Lang::En), "share.arrests", "33.0").to_json()).unwrap();
    assert_eq!(check["verdict"], "rounded_too_early");
    assert_eq!(check["correct"], false);
    assert_eq!(check["expected"], "32.9%");
}

#[test]
fn the_worksheet_escapes_reporter_text_and_puts_the_key_on_its_own_page() {
    let mut scenario: serde_json::Value = serde_json::from_str(&common::scenario_text("los-angeles")).unwrap();
    scenario["stages"][0]["subgroups"][0]["label"] = "<script>alert(1)</script> members".into();
    let ExercisesOutcome::Set(set) = exercises_json(&scenario.to_string(), Some(Lang::En)) else { panic!("a set") };
    let html = set.worksheet();
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"), "escaped");
    let key = html.find("class=\"ab-ws-key\"").expect("an answer key");
    assert!(html.contains(".ab-ws-key{break-before:page"));
    assert!(html[..key].matches("class=\"ab-ws-work\"").count() == set.questions.len());
    assert!(html[key..].contains("1,719") && !html[..key].contains("<strong>"));
}

// ---------------------------------------------------------------------------------------------
// Properties

/// A stage as reporters give them: a breakdown in one of its forms, groups within criminal
/// history or the whole, people or charges. (`into` on the total: where the model's total is
/// optional, a total not reported, a count still goes in as one.)
#[allow(clippy::useless_conversion)]
fn stage() -> impl Strategy<Value = Stage> {
    (1u64..=5_000_000, 0u8..5, any::<bool>(), proptest::collection::vec((1u64..=1000, any::<bool>()), 0..3), 0u64..=1000, 0u64..=1000)
        .prop_map(|(total, form, charges, groups, a, b)| {
            let (lo, hi) = (a.min(b) * total / 1000, a.max(b) * total / 1000);
            let mut breakdown = Breakdown::default();
            match form {
                0 => breakdown.criminal_history = Some(hi.into()),
                1 => {
                    breakdown.convicted = Some(lo.into());
                    breakdown.pending = Some((hi - lo).into());
                }
                2 => breakdown.not_convicted = Some(hi.into()),
                3 => {
                    breakdown.convicted = Some(lo.into());
                    breakdown.pending = Some((hi - lo).into());
                    breakdown.no_record = Some((total - hi).into());
                }
                _ => {}
            }
            let within = matches!(form, 0 | 1 | 3);
            let subgroups = groups
                .into_iter()
                .map(|(per_mille, in_history)| {
                    let parent = (within && in_history).then_some(Category::CriminalHistory);
                    let whole = if parent.is_some() { hi } else { total };
                    Subgroup { label: "alleged gang members".into(), count: RawCount::from(per_mille * whole / 1000), parent }
                })
                .collect();
            let unit = if charges { Unit::Charges } else { Unit::People };
            Stage { total: Some(total.into()), breakdown, subgroups, unit, ..Stage::default() }
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (proptest::collection::vec(stage(), 1..4), any::<bool>()).prop_map(|(mut stages, es)| {
        let kinds = [StageKind::Arrests, StageKind::Detentions, StageKind::Deportations];
        for (s, k) in stages.iter_mut().zip(kinds) {
            s.kind = k;
        }
        Scenario { lang: if es { Lang::Es } else { Lang::En }, stages, ..Scenario::default() }
    })
}

/// `num/den` in tenths of a percent, half up: the rounding of a share shown alone.
fn alone_tenths(num: u64, den: u64) -> u64 {
    ((2 * u128::from(num) * 1000 + u128::from(den)) / (2 * u128::from(den))) as u64
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_answer_is_the_reports_own_and_the_checker_accepts_it(s in scenario()) {
        let Outcome::Report(r) = calculate(&s) else { return Err(TestCaseError::reject("refused")) };
        let ExercisesOutcome::Set(set) = exercises(&s) else { panic!("the report was made, so the exercises are") };
        let figure = |id: &str| r.figures.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("no figure {id}"));
        prop_assert!(set.questions.windows(2).all(|w| w[0].level <= w[1].level), "level by level");
        for q in &set.questions {
            let first = q.figures.first().map(|id| figure(id)).unwrap();
            match q.id.split('.').next().unwrap() {
                "missing" => prop_assert_eq!(&q.answer, &first.count_text),
                "share" => {
                    let t = first.of_total.as_ref().unwrap();
                    // The table's share, or (where the parts were apportioned) the share rounded alone.
                    if t.tenths == alone_tenths(t.num, t.den) {
                        prop_assert_eq!(&q.answer, &t.percent);
                    }
                    prop_assert!(r.working.iter().flatten().any(|b| b.figure == first.id && b.steps.contains(q.hints.last().unwrap())) || t.tenths != alone_tenths(t.num, t.den));
                }
                "group" => prop_assert_eq!(&q.answer, &first.of_parent.as_ref().unwrap().percent),
                "points" => {
                    let change = format!("{}.change", q.figures.last().unwrap());
                    let block = r.working.iter().flatten().find(|b| b.figure == change).unwrap();
                    prop_assert_eq!(block.steps.first(), q.hints.last());
                }
                "one_in" => prop_assert_eq!(Some(&q.answer), first.of_total.as_ref().unwrap().one_in.as_ref()),
                "hedge" => {
                    let natural = first.of_total.as_ref().unwrap().natural.as_ref().unwrap();
                    prop_assert!(q.answer.ends_with(&format!(") {natural}")), "{} against {}", q.answer, natural);
                }
                "pitfall" => prop_assert!(r.caveats.iter().any(|c| Some(&c.text) == q.hints.last())),
                other => prop_assert!(false, "unknown question kind {}", other),
            }
            let c = check_answer(&set, &q.id, &q.answer);
            prop_assert!(c.correct, "{} ← {:?}: {}", q.id, q.answer, c.message);
            if q.kind == AnswerKind::Choice {
                let letter = &q.answer[..1];
                prop_assert!(check_answer(&set, &q.id, letter).correct);
                prop_assert!(check_answer(&set, &q.id, &q.answer[3..]).correct);
            }
        }
    }

    #[test]
    fn the_checker_never_panics(answer in "\\PC{0,40}", picks in proptest::collection::vec(any::<prop::sample::Index>(), 1..4)) {
        for lang in [Lang::En, Lang::Es] {
            let s = set(lang);
            for pick in &picks {
                let q = pick.get(&s.questions);
                let c = check_answer(&s, &q.id, &answer);
                prop_assert!(!c.message.is_empty());
            }
        }
    }

    #[test]
    fn numbers_in_every_shape_never_panic(m in any::<u64>(), d in 0u32..12, neg in any::<bool>(), sep in "[ .,%]{0,3}") {
        let s = set(Lang::En);
        let text = format!("{}{}{}{}", if neg { "-" } else { "" }, m, sep, d);
        for q in &s.questions {
            let c = check_answer(&s, &q.id, &text);
            prop_assert!(!c.message.is_empty());
        }
    }
}

#[test]
fn the_contract_shows_a_check_and_the_set_as_they_are() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/contract.md")).expect("docs/contract.md");
    let text = common::scenario_text("los-angeles");
    let check = check_answer_json(&text, Some(Lang::En), "share.arrests", "33.0%").to_json();
    assert!(doc.contains(&format!("```text\n{check}\n```")), "docs/contract.md.head should show:\n{check}");
    let ExercisesOutcome::Set(set) = exercises_json(&text, None) else { panic!("a set") };
    assert!(doc.contains(&format!("```text\n{}```", set.text())), "run ./build.sh docs to bring the example up to date");
}
