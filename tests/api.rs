//! The public error type: `ErrorReport` and each `Message` read as text and work as
//! `std::error::Error`, so a Rust caller can use `?` and print what went wrong.

use arrest_breakdown::{calculate_json, Lang, Outcome};

fn errors(json: &str, lang: Lang) -> arrest_breakdown::report::ErrorReport {
    match calculate_json(json, Some(lang)) {
        Outcome::Errors(e) => e,
        Outcome::Report(r) => panic!("errors expected, got {}", r.headline.text),
    }
}

#[test]
fn an_error_report_displays_each_problem_with_its_field() {
    let e = errors(r#"{"stages":[{"total":"1,000","breakdown":{"convicted":"600","no_record":"500"}}]}"#, Lang::En);
    assert_eq!(e.to_string(), "stages[0].breakdown.no_record: The parts add up to 1,100, more than the total of 1,000.");
    let e = errors(r#"{"stages":[{"total":"mil"}]}"#, Lang::Es);
    assert_eq!(e.to_string(), "stages[0].total: «mil» no es un número. Escriba cifras, como 5.232.");
}

#[test]
fn a_problem_with_the_whole_scenario_has_no_field_prefix() {
    let e = errors("not json", Lang::En);
    let text = e.to_string();
    assert!(text.starts_with("The scenario could not be read: "), "{text}");
}

#[test]
fn errors_work_with_the_question_mark() {
    fn run() -> Result<String, Box<dyn std::error::Error>> {
        match calculate_json(r#"{"stages":[]}"#, Some(Lang::En)) {
            Outcome::Report(r) => Ok(r.headline.text),
            Outcome::Errors(e) => Err(e.into()),
        }
    }
    let err = run().unwrap_err();
    assert!(!err.to_string().is_empty());
}
