//! Exercises from any scenario, and a checker for a student's answers (issue 12; the contract
//! is in docs/contract.md, "Exercises").
//!
//! The questions are made from the core's own report of the scenario (`calculate`), so every
//! answer is a figure the report states: a count, a share as the table shows it, the change in
//! percentage points the working writes, the "1 in N" and the hedge of the report's phrases,
//! the caveat a pitfall is about. Three levels:
//!
//! 1. a missing part by subtraction; a share to one decimal; a group's share of its category;
//! 2. the change between stages in percentage points; "1 in N" with its hedge; which hedge fits
//!    a share (about / nearly / just over / more than, docs/phrasing.md);
//! 3. pitfalls: "criminal history" is not "conviction", "no conviction" is not "no record",
//!    charges are not people, arrests and deportations in one period are not the same people.
//!
//! A question is made only where the scenario supports it (no change between stages with one
//! stage; nothing from figures reported as approximations). `generate.rs` makes them,
//! `check.rs` reads an answer as a careful student writes it and explains a near miss, and
//! `render.rs` lays a set out as text and as a printable worksheet. Every word is in
//! src/phrase/en.rs and es.rs ("Exercises").

mod check;
mod generate;
mod render;

use crate::calculate::{read_scenario, valid_json};
use crate::lang::Lang;
use crate::model::Scenario;
use crate::report::{ErrorReport, SourceOut};
use serde::Serialize;

pub use crate::phrase::exercises::ExerciseLabels;
pub(crate) use check::Key;

/// A set of exercises for one scenario, in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exercises {
    /// The contract version: 1.
    pub version: u32,
    /// Always `true`: a scenario that could not be calculated gives an `ErrorReport`.
    pub ok: bool,
    /// The language of every prompt, answer, hint and label.
    pub lang: Lang,
    /// Where the figures come from, as the report gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceOut>,
    /// Headings and buttons, in `lang`.
    pub labels: ExerciseLabels,
    /// The questions, level by level.
    pub questions: Vec<Question>,
}

/// What kind of answer a question asks for; in JSON, snake case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// A whole count: "1,719".
    Number,
    /// A percentage to one decimal: "32.9".
    Percent,
    /// A difference in percentage points: "3.6".
    Points,
    /// One of `choices`, by letter or by its words.
    Choice,
    /// "1 in N" with its hedge: "about 1 in 15".
    OneIn,
}

/// One question, with its answer and the working as hints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    /// Stable for a scenario: what is asked and about which figure ("share.arrests").
    pub id: String,
    /// 1, 2 or 3.
    pub level: u8,
    /// What kind of answer is asked for.
    pub kind: AnswerKind,
    /// The question, in the set's language.
    pub prompt: String,
    /// For `choice`: the choices, in order (a, b, c…); absent otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// The answer as written: "1,719", "32.9%", "3.6 percentage points", "b) about one in
    /// three". It is the report's own figure.
    pub answer: String,
    /// A strategy, then the working that leads to the answer, one step each.
    pub hints: Vec<String>,
    /// The ids of the report's figures the question is about.
    pub figures: Vec<String>,
    /// What the checker compares an answer with.
    #[serde(skip)]
    pub(crate) key: Key,
}

/// What the checker says about one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// The contract version: 1.
    pub version: u32,
    /// Always `true`: a scenario that could not be calculated gives an `ErrorReport`.
    pub ok: bool,
    /// The question's id, as asked.
    pub question: String,
    /// Whether the answer is right.
    pub correct: bool,
    /// Which kind of right or near miss it is.
    pub verdict: Verdict,
    /// What to tell the student, in the set's language.
    pub message: String,
    /// The question's answer as written (empty for an unknown question).
    pub expected: String,
}

/// The checker's verdict; in JSON, snake case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Right (also "about 33 percent" for 32.9%, and any correctly rounded form).
    Correct,
    /// Nothing typed.
    Empty,
    /// Not an answer of the kind asked for ("abc" for a number).
    Unreadable,
    /// A count written with the other language's separators ("1.719" in English).
    NumberStyle,
    /// Rounded in a step before the last (0.33 → 33.0% for 32.9%).
    RoundedTooEarly,
    /// Rounded wrongly, or to fewer places than asked for; or a rounded count for an exact one.
    OffByRounding,
    /// The share of the wrong whole (350 ÷ 5,232 for "of those with a criminal history").
    WrongWhole,
    /// The share of another part of the same whole.
    OtherPart,
    /// Percent where percentage points are asked for, or the other way round.
    PercentVsPoints,
    /// The size is right, the sign is not.
    Sign,
    /// The number is right, the hedge word is not ("1 in 15" for 350 of 5,232, which is
    /// "about 1 in 15"; "one in three" for 36.5%).
    Hedge,
    /// Wrong.
    Wrong,
    /// The scenario has no question with that id.
    UnknownQuestion,
}

/// The outcome of asking for exercises: a set, or why the scenario could not be calculated.
#[derive(Debug, Clone, PartialEq)]
pub enum ExercisesOutcome {
    /// The exercises.
    Set(Box<Exercises>),
    /// Every problem with the scenario, as `calculate` reports them.
    Errors(ErrorReport),
}

/// The outcome of checking an answer: the check, or why the scenario could not be calculated.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckOutcome {
    /// What the checker says.
    Check(Check),
    /// Every problem with the scenario, as `calculate` reports them.
    Errors(ErrorReport),
}

impl ExercisesOutcome {
    /// The outcome as JSON on one line (what the browser gets).
    pub fn to_json(&self) -> String {
        valid_json(match self {
            ExercisesOutcome::Set(s) => serde_json::to_string(s),
            ExercisesOutcome::Errors(e) => serde_json::to_string(e),
        })
    }

    /// The same JSON, indented (what the CLI prints).
    pub fn to_json_pretty(&self) -> String {
        valid_json(match self {
            ExercisesOutcome::Set(s) => serde_json::to_string_pretty(s),
            ExercisesOutcome::Errors(e) => serde_json::to_string_pretty(e),
        })
    }
}

impl CheckOutcome {
    /// The outcome as JSON on one line (what the browser gets).
    pub fn to_json(&self) -> String {
        valid_json(match self {
            CheckOutcome::Check(c) => serde_json::to_string(c),
            CheckOutcome::Errors(e) => serde_json::to_string(e),
        })
    }
}

/// The exercises for a scenario given as JSON text, in `lang` when given (else the scenario's
/// own language). A scenario with errors gives its error report, as `calculate_json` does.
pub fn exercises_json(input: &str, lang: Option<Lang>) -> ExercisesOutcome {
    match read_scenario(input, lang) {
        Ok(scenario) => exercises(&scenario),
        Err(e) => ExercisesOutcome::Errors(e),
    }
}

/// The exercises for a scenario.
pub fn exercises(scenario: &Scenario) -> ExercisesOutcome {
    match generate::generate(scenario) {
        Ok(set) => ExercisesOutcome::Set(Box::new(set)),
        Err(e) => ExercisesOutcome::Errors(e),
    }
}

/// Checks `answer` to the question `question` (an id from the set) of the scenario given as
/// JSON text, in `lang` when given: numbers are read in that language and the scenario's house
/// style ("1.719" is 1,719 in Spanish), and the message is in it.
pub fn check_answer_json(input: &str, lang: Option<Lang>, question: &str, answer: &str) -> CheckOutcome {
    match exercises_json(input, lang) {
        ExercisesOutcome::Set(set) => CheckOutcome::Check(check_answer(&set, question, answer)),
        ExercisesOutcome::Errors(e) => CheckOutcome::Errors(e),
    }
}

/// Checks `answer` to the question `question` of `set`.
pub fn check_answer(set: &Exercises, question: &str, answer: &str) -> Check {
    check::check(set, question, answer)
}

impl Exercises {
    /// The set as text: the questions with their choices, then the answers with their working.
    pub fn text(&self) -> String {
        render::text(self)
    }

    /// The set as a printable HTML page: the source, the questions with space to work, and the
    /// answer key on a page of its own. Every text is escaped.
    pub fn worksheet(&self) -> String {
        render::worksheet(self)
    }
}
