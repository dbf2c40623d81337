//! The classroom (issue 12): predict, then reveal (`guess`), and step through (`lesson`). Every
//! expected sentence is written out by hand, with its arithmetic beside it.

use arrest_breakdown::guess::{guess_json, Guess, GuessDirection, GuessOutcome, Verdict};
use arrest_breakdown::lesson::{lesson_json, Lesson, LessonOutcome};
use arrest_breakdown::Lang;

const LA: &str = include_str!("../examples/los-angeles.json");

#[track_caller]
fn guessed(scenario: &str, typed: &str, lang: Lang) -> Guess {
    match guess_json(scenario, typed, Some(lang)) {
        GuessOutcome::Guess(g) => *g,
        GuessOutcome::Errors(e) => panic!("expected a guess, got {:?}", e.errors),
    }
}

/// (scenario, guess, language, the sentence, points in tenths, direction, verdict).
#[test]
fn the_comparison_sentence_in_both_languages() {
    // A focus other than the default: 450 convicted of 1,000 = 45.0%, 10% below one half:
    // "nearly half".
    let convicted = r#"{"stages":[{"total":1000,"breakdown":{"convicted":450,"pending":150,"no_record":400}}],"focus":"convicted"}"#;
    // 100 of 300 is exactly one in three: 33.3% (33.33… rounded alone).
    let exact = r#"{"stages":[{"total":300,"breakdown":{"no_record":100,"criminal_history":200}}]}"#;
    // Charges (masculine in Spanish): 50 of 200 = 25.0%, exactly one in four.
    let charges = r#"{"stages":[{"unit":"charges","total":200,"breakdown":{"criminal_history":150}}]}"#;
    // 3,301 of 10,000 = 33.01%, shown 33.0%: a guess of 33 is below it by less than 0.1 points.
    let close = r#"{"stages":[{"total":10000,"breakdown":{"no_record":3301,"criminal_history":6699}}]}"#;
    // 50 of 100: half, exactly.
    let half = r#"{"stages":[{"total":100,"breakdown":{"no_record":50,"criminal_history":50}}]}"#;
    let all_but_one = r#"{"stages":[{"total":100000,"breakdown":{"criminal_history":99999}}],"focus":"criminal_history"}"#;
    let only_one = r#"{"stages":[{"total":100000,"breakdown":{"no_record":1,"criminal_history":99999}}]}"#;
    use GuessDirection::{Higher, Lower, Same};
    use Verdict::{Close, Far, SpotOn};
    let cases: &[(&str, &str, Lang, &str, u64, GuessDirection, Verdict)] = &[
        // Los Angeles, arrests: 5,232 − 3,513 = 1,719; 1,719 ÷ 5,232 = 32.855% → 32.9%, about one
        // in three. Guess 0: 32.9 − 0 = 32.9 points higher; |0 − 171,900| > 10 × 5,232: far.
        (LA, "0", Lang::En, "You guessed 0 in 100; it was about one in three (32.9 percent): 32.9 points higher.", 329, Higher, Far),
        // 33: 33 × 5,232 = 172,656 > 171,900 (the share is lower); 33.0 − 32.9 = 0.1 points;
        // 756 ≤ 2 × 5,232: spot on.
        (LA, "33", Lang::En, "You guessed 33 in 100; it was about one in three (32.9 percent): 0.1 points lower.", 1, Lower, SpotOn),
        // 60: 60.0 − 32.9 = 27.1 points lower; 313,920 − 171,900 = 142,020 > 52,320: far.
        (LA, "60", Lang::En, "You guessed 60 in 100; it was about one in three (32.9 percent): 27.1 points lower.", 271, Lower, Far),
        // 100: 100.0 − 32.9 = 67.1.
        (LA, "100", Lang::En, "You guessed 100 in 100; it was about one in three (32.9 percent): 67.1 points lower.", 671, Lower, Far),
        (LA, "0", Lang::Es, "Tu estimación: 0 de cada 100; en realidad era alrededor de una de cada tres (32,9 por ciento): 32,9 puntos por encima.", 329, Higher, Far),
        (LA, "33", Lang::Es, "Tu estimación: 33 de cada 100; en realidad era alrededor de una de cada tres (32,9 por ciento): 0,1 puntos por debajo.", 1, Lower, SpotOn),
        (LA, "60", Lang::Es, "Tu estimación: 60 de cada 100; en realidad era alrededor de una de cada tres (32,9 por ciento): 27,1 puntos por debajo.", 271, Lower, Far),
        (LA, "100", Lang::Es, "Tu estimación: 100 de cada 100; en realidad era alrededor de una de cada tres (32,9 por ciento): 67,1 puntos por debajo.", 671, Lower, Far),
        // Convicted, 45.0%: 50 − 45.0 = 5.0 points lower; 50,000 − 45,000 = 5,000 ≤ 10 × 1,000: close.
        (convicted, "50", Lang::En, "You guessed 50 in 100; it was nearly half (45.0 percent): 5.0 points lower.", 50, Lower, Close),
        (convicted, "50", Lang::Es, "Tu estimación: 50 de cada 100; en realidad era casi la mitad (45,0 por ciento): 5,0 puntos por debajo.", 50, Lower, Close),
        // 33 against exactly one in three: 3,300 × … 33 × 300 = 9,900 < 10,000: higher; 33.3 − 33.0 = 0.3.
        (exact, "33", Lang::En, "You guessed 33 in 100; it was one in three (33.3 percent): 0.3 points higher.", 3, Higher, SpotOn),
        // 60 against 25.0%: 35.0 points lower; uno (cargos, masculine).
        (charges, "60", Lang::En, "You guessed 60 in 100; it was one in four (25.0 percent): 35.0 points lower.", 350, Lower, Far),
        (charges, "60", Lang::Es, "Tu estimación: 60 de cada 100; en realidad era uno de cada cuatro (25,0 por ciento): 35,0 puntos por debajo.", 350, Lower, Far),
        // 33 × 10,000 = 330,000 < 330,100: higher, but 33.0 − 33.0 shows 0.0: "less than 0.1".
        (close, "33", Lang::En, "You guessed 33 in 100; it was about one in three (33.0 percent): less than 0.1 points higher.", 0, Higher, SpotOn),
        (half, "50", Lang::En, "You guessed 50 in 100; it was half (50.0 percent): exactly right.", 0, Same, SpotOn),
        (half, "50", Lang::Es, "Tu estimación: 50 de cada 100; en realidad era la mitad (50,0 por ciento): exactamente.", 0, Same, SpotOn),
        // At the edges, no ladder phrase: 99,999 of 100,000 = 99.999%, shown "more than 99.9
        // percent" (1,000 tenths, a bound); 100.0 − 99 = 1.0; 9,900,000 < 9,999,900: higher.
        (all_but_one, "99", Lang::En, "You guessed 99 in 100; it was more than 99.9 percent: 1.0 points higher.", 10, Higher, SpotOn),
        // 1 of 100,000: "less than 0.1 percent"; 0.0 shown against 5: 5.0 lower.
        (only_one, "5", Lang::Es, "Tu estimación: 5 de cada 100; en realidad era menos del 0,1 por ciento: 5,0 puntos por debajo.", 50, Lower, Close),
    ];
    for &(scenario, typed, lang, text, points, direction, verdict) in cases {
        let g = guessed(scenario, typed, lang);
        assert!(g.problem.is_none(), "{typed}: {:?}", g.problem);
        let a = g.answer.unwrap_or_else(|| panic!("{typed}: no answer"));
        assert_eq!(a.text, text, "{typed} ({lang:?})");
        assert_eq!((a.points_tenths, a.direction, a.verdict), (points, direction, verdict), "{text}");
    }
}

#[test]
fn the_verdict_is_worded_and_the_question_names_the_headline_figure() {
    let g = guessed(LA, "60", Lang::En);
    assert_eq!(g.figure, "arrests.no_record");
    assert_eq!(
        g.question,
        "Of every 100 people arrested by ICE in the Los Angeles area from October to June, how many do you think had no criminal history?"
    );
    assert_eq!(g.answer.map(|a| (a.verdict_text, a.per_100, a.percent)), Some(("Far off: more than 10 points away.".into(), 33, "32.9%".into())));
    let es = guessed(LA, "35", Lang::Es);
    assert_eq!(
        es.question,
        "De cada 100 personas arrestadas por ICE en el área de Los Ángeles de octubre a junio, ¿cuántas crees que no tenían antecedentes penales?"
    );
    // 35 − 32.855 = 2.14 points: close, not spot on (2.14 > 2).
    assert_eq!(es.answer.map(|a| (a.verdict_text, a.legend)), Some(("Cerca: a 10 puntos o menos.".into(), "Tu estimación: 35 de cada 100".into())));
    let charges = r#"{"stages":[{"unit":"charges","total":200,"breakdown":{"criminal_history":150}}]}"#;
    assert!(guessed(charges, "", Lang::Es).question.contains("¿cuántos crees que correspondían"));
    // No guess yet: the question alone.
    let ask = guessed(LA, "  ", Lang::En);
    assert!(ask.answer.is_none() && ask.problem.is_none());
    assert_eq!(ask.words.reveal, "Reveal");
}

/// A guess typed, its language, and the guess read or (code, message).
type GuessCase = (&'static str, Lang, Result<u64, (&'static str, &'static str)>);

/// A guess is a whole number from 0 to 100, written as the reader's language writes numbers.
#[test]
fn a_guess_is_checked_with_a_message_in_the_readers_language() {
    let cases: &[GuessCase] = &[
        ("60", Lang::En, Ok(60)),
        (" 60 % ", Lang::En, Ok(60)),
        ("60.0", Lang::En, Ok(60)),
        ("60,0", Lang::Es, Ok(60)),
        ("0", Lang::En, Ok(0)),
        ("-0", Lang::En, Ok(0)),
        ("100", Lang::Es, Ok(100)),
        ("%", Lang::En, Err(("empty", "Type a number from 0 to 100."))),
        ("abc", Lang::En, Err(("not_a_number", "“abc” is not a number: type a whole number from 0 to 100."))),
        ("abc", Lang::Es, Err(("not_a_number", "«abc» no es un número: escribe un número entero del 0 al 100."))),
        // In Spanish the point groups thousands: "60.5" is not a number there.
        ("60.5", Lang::Es, Err(("not_a_number", "«60.5» no es un número: escribe un número entero del 0 al 100."))),
        ("32.5", Lang::En, Err(("fractional", "“32.5” has a fraction: a guess is a whole number of people in 100, from 0 to 100."))),
        ("32,5", Lang::Es, Err(("fractional", "«32,5» tiene decimales: una estimación es un número entero de personas de cada 100, del 0 al 100."))),
        ("-5", Lang::En, Err(("negative", "“-5” is below 0: type a number from 0 to 100."))),
        ("120", Lang::En, Err(("too_large", "“120” is more than 100: a guess is how many in 100, from 0 to 100."))),
        ("120", Lang::Es, Err(("too_large", "«120» es más de 100: una estimación es cuántas de cada 100, del 0 al 100."))),
        ("99999999999999999999999", Lang::En, Err(("too_large", "“99999999999999999999999” is more than 100: a guess is how many in 100, from 0 to 100."))),
        ("1e2", Lang::En, Err(("not_a_number", "“1e2” is not a number: type a whole number from 0 to 100."))),
    ];
    for &(typed, lang, ref want) in cases {
        let g = guessed(LA, typed, lang);
        match want {
            Ok(v) => assert_eq!(g.answer.map(|a| a.guess), Some(*v), "{typed}"),
            Err((code, message)) => {
                let p = g.problem.unwrap_or_else(|| panic!("{typed}: no problem"));
                assert_eq!((p.field.as_str(), p.code, p.message.as_str()), ("guess", *code, *message), "{typed}");
                assert!(g.answer.is_none());
            }
        }
    }
}

#[test]
fn nothing_to_guess_and_bad_scenarios_are_errors() {
    // A stage with no breakdown: the headline states no share.
    let GuessOutcome::Errors(e) = guess_json(r#"{"stages":[{"total":500}]}"#, "50", Some(Lang::En)) else { panic!("no error") };
    assert_eq!(e.errors.first().map(|m| m.code), Some("nothing_to_guess"));
    // Approximate counts: no exact share either.
    let approx = r#"{"stages":[{"total":"more than 300","breakdown":{"no_record":"nearly 30 percent"}}]}"#;
    assert!(matches!(guess_json(approx, "50", Some(Lang::Es)), GuessOutcome::Errors(_)));
    let GuessOutcome::Errors(e) = guess_json("{", "50", Some(Lang::En)) else { panic!("no error") };
    assert_eq!(e.errors.first().map(|m| m.code), Some("invalid_json"));
    assert!(guess_json(LA, "60", Some(Lang::En)).to_json().starts_with(r#"{"version":1,"ok":true,"lang":"en","figure":"arrests.no_record""#));
}

#[track_caller]
fn lesson(scenario: &str, lang: Lang) -> Lesson {
    match lesson_json(scenario, Some(lang)) {
        LessonOutcome::Lesson(l) => *l,
        LessonOutcome::Errors(e) => panic!("expected a lesson, got {:?}", e.errors),
    }
}

#[test]
fn the_lesson_starts_with_the_headline_figure_and_pauses_before_each_hedge() {
    let l = lesson(LA, Lang::En);
    let first = &l.steps[0];
    assert_eq!((first.figure.as_str(), first.text.as_str(), first.counter.as_str()), ("arrests.no_record", "5,232 − 3,513 = 1,719 (derived)", "Step 1 of 32"));
    assert_eq!(first.highlight, ["arrests.no_record"]);
    assert!(first.pause.is_none());
    let hedge = &l.steps[2];
    assert_eq!(hedge.text, "one in three = 33.3%; 32.9% is 0.5 points below (within 3% of it), so: about one in three");
    let p = hedge.pause.as_ref().expect("a pause before the hedge");
    assert_eq!(p.question, "32.9% against one in three (33.3%)");
    assert_eq!(p.choices, ["one in three", "nearly one in three", "about one in three", "just over one in three", "more than one in three"]);
    assert_eq!(p.answer, 2);
    // r = (1,719 × 3 − 5,232) ÷ 5,232 = −75 ÷ 5,232 = −1.43% → 1.4% below.
    assert_eq!(p.why, "32.9% is 1.4% below one in three: within 3% of it, so “about”.");
    assert!(p.rule.contains("36.5% is “more than one in three”, never “one in three”"));
    // Deportations: 1,188 ÷ 3,257 = 36.5%; r = (3,564 − 3,257) ÷ 3,257 = +9.4%: "more than".
    let dep = l.steps.iter().find(|s| s.figure == "deportations.no_record" && s.pause.is_some()).expect("deportations' pause");
    let p = dep.pause.as_ref().expect("pause");
    assert_eq!((p.answer, p.why.as_str()), (4, "36.5% is 9.4% above one in three: 6% to 15% above it, so “more than”."));
    // A "1 in N" reading: 350 ÷ 5,232 = 6.69%; 1 in 15 = 6.67%; r = (350 × 15 − 5,232) ÷ 5,232 = +0.3%.
    let gang = l.steps.iter().find(|s| s.figure == "arrests.subgroup.0" && s.pause.is_some()).expect("gang pause");
    assert_eq!(gang.pause.as_ref().map(|p| (p.answer, p.why.as_str())), Some((2, "6.7% is 0.3% above 1 in 15: within 3% of it, so “about”.")));
    // The ratio's block lights both parts of its stage; a change in share, the category in both.
    let ratio = l.steps.iter().find(|s| s.figure == "arrests.ratio").expect("ratio step");
    assert_eq!((ratio.highlight.clone(), ratio.stage), (vec!["arrests.criminal_history".to_string(), "arrests.no_record".to_string()], Some(0)));
    let change = l.steps.iter().find(|s| s.figure.ends_with(".change")).expect("change step");
    assert_eq!(change.highlight, ["arrests.no_record", "deportations.no_record"]);
    assert_eq!(l.steps.iter().filter(|s| s.pause.is_some()).count(), 8);
}

#[test]
fn the_lesson_in_spanish_and_an_exact_share() {
    let l = lesson(LA, Lang::Es);
    let p = l.steps[2].pause.as_ref().expect("pause");
    assert_eq!(p.question, "32,9\u{a0}% frente a una de cada tres (33,3\u{a0}%)");
    assert_eq!(p.choices[2], "alrededor de una de cada tres");
    assert_eq!(p.why, "32,9\u{a0}% está un 1,4\u{a0}% por debajo de una de cada tres: a un 3\u{a0}% o menos de ese valor, así que «alrededor de».");
    assert_eq!(l.steps[0].counter, "Paso 1 de 32");
    let exact = r#"{"stages":[{"total":300,"breakdown":{"no_record":100,"criminal_history":200}}]}"#;
    let l = lesson(exact, Lang::En);
    let p = l.steps.iter().find_map(|s| s.pause.as_ref().filter(|p| p.question.starts_with("33.3%"))).expect("exact pause");
    assert_eq!((p.answer, p.why.as_str()), (0, "33.3% is exactly one in three: no hedge word."));
    assert!(matches!(lesson_json("[]", Some(Lang::En)), LessonOutcome::Errors(_)));
}

/// Every preset and every scenario the tests keep: a question and a comparison that states the
/// headline's own percentage (or `nothing_to_guess`), and a lesson whose steps are the working's.
#[test]
fn every_preset_and_scenario_can_be_guessed_and_stepped_through() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<_> = ["www/presets", "tests/scenarios"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(format!("{root}/{dir}")).expect("dir").map(|e| e.expect("entry").path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut guessed = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).expect("scenario");
        for lang in [Lang::En, Lang::Es] {
            match guess_json(&text, "50", Some(lang)) {
                GuessOutcome::Guess(g) => {
                    let a = g.answer.unwrap_or_else(|| panic!("{path:?}: no answer"));
                    let report = match arrest_breakdown::calculate_json(&text, Some(lang)) {
                        arrest_breakdown::Outcome::Report(r) => r,
                        arrest_breakdown::Outcome::Errors(e) => panic!("{path:?}: {:?}", e.errors),
                    };
                    let figure = report.figures.iter().find(|f| f.id == g.figure).expect("the figure");
                    assert_eq!(Some(a.tenths), figure.of_total.as_ref().map(|s| s.tenths), "{path:?}: the share as the headline states it");
                    assert!(a.text.contains(&figure.of_total.as_ref().map(|s| s.percent.replace('%', "")).unwrap_or_default().trim().to_string()), "{path:?}: {}", a.text);
                    guessed += 1;
                }
                GuessOutcome::Errors(e) => assert_eq!(e.errors.first().map(|m| m.code), Some("nothing_to_guess"), "{path:?}"),
            }
            let LessonOutcome::Lesson(l) = lesson_json(&text, Some(lang)) else { panic!("{path:?}: no lesson") };
            assert!(!l.steps.is_empty(), "{path:?}");
            assert!(l.steps.iter().all(|s| s.pause.as_ref().is_none_or(|p| p.answer < p.choices.len())), "{path:?}");
        }
    }
    assert!(guessed >= 20, "{guessed} of {} guessed", files.len() * 2);
}
