//! The command-line program, as a data desk uses it: a scenario file in, JSON or sentences out,
//! and a clear message with a non-zero exit for a bad file.

use assert_cmd::Command;
use std::path::PathBuf;

fn cli() -> Command {
    Command::cargo_bin("arrest-breakdown").expect("the CLI is built with the default features")
}

fn scenario(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios").join(format!("{name}.json"))
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn prints_the_result_json_for_a_scenario_file() {
    let out = stdout_of(cli().arg(scenario("los-angeles")));
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(json["version"], 1);
    assert_eq!(json["ok"], true);
    assert!(json["headline"]["text"].as_str().unwrap().contains("1,719 of 5,232"));
}

#[test]
fn prints_the_sentences_in_spanish() {
    let out = stdout_of(cli().arg(scenario("los-angeles")).args(["--lang", "es", "--format", "sentences"]));
    let first = out.lines().next().unwrap();
    assert!(first.contains("1.719 de 5.232 (32,9 por ciento)"), "{first}");
}

#[test]
fn style_writes_the_figures_in_a_house_style_and_an_unknown_one_is_an_error() {
    let ap = stdout_of(cli().arg(scenario("los-angeles")).args(["--style", "ap", "--format", "sentences"]));
    assert!(ap.lines().next().unwrap().contains("1,719 of 5,232 (32.9%)."), "{ap}");
    let us = stdout_of(cli().arg(scenario("los-angeles")).args(["--lang", "es", "--style", "ap us", "--format", "sentences"]));
    assert!(us.lines().next().unwrap().contains("1,719 de 5,232 (32.9%)."), "{us}");
    let out = cli().arg(scenario("los-angeles")).args(["--style", "chicago"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("style: “chicago” is not a house style"), "{err}");
}

#[test]
fn prints_the_working_after_the_sentences() {
    let out = stdout_of(cli().arg(scenario("los-angeles")).args(["--format", "working"]));
    assert!(out.contains("The working"));
    assert!(out.contains("5,232 − 3,513 = 1,719 (derived)"));
}

#[test]
fn reads_standard_input() {
    let out = stdout_of(cli().args(["-", "--format", "sentences"]).write_stdin(r#"{"stages":[{"total":"1,000","breakdown":{"no_record":"500"}}]}"#));
    assert!(out.starts_with("Half of the people arrested had no criminal history: 500 of 1,000 (50.0 percent)."), "{out}");
}

#[test]
fn a_bad_scenario_gets_a_clear_error_and_a_non_zero_exit() {
    let out = cli().write_stdin(r#"{"stages":[{"total":"abc"}]}"#).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("stages[0].total: “abc” is not a number"), "{err}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["ok"], false);
    assert_eq!(json["errors"][0]["code"], "not_a_number");
}

#[test]
fn broken_json_and_a_missing_file_are_errors_too() {
    let out = cli().write_stdin("{ not json").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("The scenario could not be read"));
    let out = cli().arg("/nonexistent/scenario.json").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/scenario.json"));
    let out = cli().args(["--lang", "es", "/nonexistent/scenario.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no se puede leer /nonexistent/scenario.json"));
}

/// `arrest-breakdown FILE | head -1`: a reader that closes the pipe before the program writes
/// ends it quietly (status 0, nothing on standard error), never with a panic.
#[test]
fn a_closed_output_pipe_ends_the_program_quietly() {
    let exe = assert_cmd::cargo::cargo_bin("arrest-breakdown");
    for format in ["json", "sentences", "working", "csv", "html"] {
        let mut child = std::process::Command::new(&exe)
            .arg(scenario("los-angeles"))
            .args(["--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end at once: whatever the program writes finds no reader.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{format}: {stderr}");
        assert!(out.status.success(), "{format}: {:?} {stderr}", out.status);
    }
}

/// The exit statuses the README lists: wrong arguments are 2 (clap's usage), input that is not
/// UTF-8 is 2, and a scenario with problems is 1 even in JSON mode.
#[test]
fn exit_statuses_as_documented() {
    let out = cli().arg("--no-such-flag").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = cli().write_stdin(vec![0xff, 0xfe, 0x00]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = cli().args(["-", "--format", "json"]).write_stdin(r#"{"stages":[{"total":"abc"}]}"#).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"ok\": false"));
}

// --- exercises (issue 12): --format exercises (text) and --format worksheet (HTML) ---

#[test]
fn exercises_print_the_questions_then_the_answers() {
    let out = stdout_of(cli().arg(scenario("los-angeles")).args(["--format", "exercises"]));
    let answers = out.find("\nAnswers\n").expect("an Answers heading");
    let (questions, key) = out.split_at(answers);
    assert!(questions.starts_with("Exercises\n"), "{out}");
    assert!(questions.contains("1. Of the 5,232 people arrested by ICE in the Los Angeles area from October to June, 3,513 had a criminal history. How many had no criminal history?"));
    assert!(questions.contains("   d) more than one in three"));
    assert!(!questions.contains("1,719 ÷ 5,232"), "no working among the questions");
    assert!(key.contains("\n1. 1,719\n") && key.contains("   1,719 ÷ 5,232 = 0.3286 → 32.9%"));
}

#[test]
fn exercises_in_spanish_and_a_worksheet_page() {
    let out = stdout_of(cli().arg(scenario("los-angeles")).args(["--format", "exercises", "--lang", "es"]));
    assert!(out.starts_with("Ejercicios\n") && out.contains("\nRespuestas\n") && out.contains("\n1. 1.719\n"), "{out}");
    let html = stdout_of(cli().arg(scenario("los-angeles")).args(["--format", "worksheet"]));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"), "{html}");
    assert!(html.contains("<p class=\"ab-ws-source\">Source: Internal ICE memo"));
    assert!(html.contains("break-before:page") && html.contains("<h2>Answer key</h2>"));
}

#[test]
fn exercises_of_a_bad_scenario_say_why_and_exit_1() {
    let out = cli().args(["-", "--format", "worksheet"]).write_stdin(r#"{"stages":[{"total":"abc"}]}"#).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("stages[0].total"), "{}", String::from_utf8_lossy(&out.stderr));
}
