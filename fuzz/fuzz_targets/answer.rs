//! Any text as a student's answer to every exercise of the Los Angeles preset, in both
//! languages: never a panic, always a message, and "correct" only with the verdict that says so.
#![no_main]

use arrest_breakdown::exercise::Verdict;
use arrest_breakdown::{check_answer, exercises_json, ExercisesOutcome, Lang};
use libfuzzer_sys::fuzz_target;

const SCENARIO: &str = include_str!("../../examples/los-angeles.json");

fuzz_target!(|data: &[u8]| {
    let Ok(answer) = std::str::from_utf8(data) else { return };
    for lang in [Lang::En, Lang::Es] {
        let ExercisesOutcome::Set(set) = exercises_json(SCENARIO, Some(lang)) else { panic!("the preset has exercises") };
        for q in &set.questions {
            let c = check_answer(&set, &q.id, answer);
            assert!(!c.message.is_empty());
            assert_eq!(c.correct, c.verdict == Verdict::Correct);
        }
    }
});
