//! What the exercises say (src/exercise/), in language-neutral form: the prompts, the choices
//! of the pitfall questions, the checker's feedback and the labels of a worksheet. Each language
//! words them in its own file (`en.rs`, `es.rs`, in their "Exercises" section), so a third
//! language is still one new file. The decisions (which question, which answer, which near
//! miss) are made in src/exercise/ before these are called.

use super::{Subject, Words};
use crate::frequency::Hedge;
use crate::lang::{Lang, Text};
use crate::model::Category;
use crate::share::Shown;
use serde::Serialize;
use std::fmt;

/// A question's prompt, with everything it needs and nothing worded yet.
#[derive(Debug, Clone)]
pub(crate) enum Prompt<'a> {
    /// The parts of a stage add up to its total: `given` are the parts told, `asked` the one to
    /// find by subtraction.
    MissingPart { subject: Subject<'a>, total: u64, given: Vec<(Category, u64)>, asked: Category },
    /// A category's share of its stage, to one decimal.
    Share { subject: Subject<'a>, category: Category, count: u64, total: u64 },
    /// A named group's share of the category it is part of (not of the whole stage).
    GroupShare { subject: Subject<'a>, label: &'a Text, count: u64, parent: Category, parent_count: u64 },
    /// The change in a category's share from one stage to the next, in percentage points.
    Points { category: Category, earlier: Subject<'a>, later: Subject<'a>, from: Shown, to: Shown },
    /// A named group as "1 in N" of its stage, with its hedge.
    OneIn { subject: Subject<'a>, label: &'a Text, count: u64, total: u64 },
    /// Which hedge fits a share's natural frequency; the choices are the rung with each hedge.
    Hedge { subject: Subject<'a>, category: Category, count: u64, total: u64, shown: Shown },
    /// "Criminal history" is not "conviction". Choices, in order: all convicted (wrong), a
    /// conviction or a pending charge (right), none convicted (wrong).
    Conviction { subject: Subject<'a>, count: u64, total: u64 },
    /// "No conviction" is not "no criminal record". Choices: yes (wrong), no (right).
    NoRecord { subject: Subject<'a>, count: u64, total: u64 },
    /// Charges are not people. Choices: yes (wrong), no (right).
    Charges { subject: Subject<'a>, total: u64 },
    /// Two stages in one period are not the same people: no "percent of those arrested were
    /// deported". Choices: yes (wrong), no (right); `per_100_tenths` is the figure the report
    /// does allow.
    Stages { earlier: Subject<'a>, later: Subject<'a>, earlier_total: u64, later_total: u64, per_100_tenths: u64 },
    /// A total reported with a qualifier ("more than 100,000") is not the bare number.
    /// Choices: yes (wrong), no (right).
    Bound { subject: Subject<'a>, total: crate::approx::Est },
}

impl Prompt<'_> {
    /// Which of the choices a pitfall's words give is right (`ExerciseWords::choices`).
    pub(crate) fn right_choice(&self) -> usize {
        1
    }
}

/// A strategy hint, said before the arithmetic the core writes itself.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Hint {
    /// Take the known parts away from `total`.
    Subtract { total: u64 },
    /// Divide the part by the whole, then multiply by 100.
    Divide,
    /// The whole is the category's `count`, not the stage's `total`.
    Whole { parent: Category, count: u64, total: u64 },
    /// The difference of two percentages is in percentage points.
    Points,
    /// N = the whole divided by the part, rounded.
    OneIn { total: u64, count: u64 },
    /// The hedge bands of docs/phrasing.md.
    Hedges,
    /// What "criminal history" counts.
    History,
    /// What "no conviction" leaves out.
    NoConviction,
    /// One person, several charges.
    Charges,
    /// Different steps, different people.
    Stages,
    /// A qualifier is part of the figure.
    Bound,
}

/// What the checker says about an answer. `expected` is the answer as the question's key
/// writes it ("32.9%", "about 1 in 15").
#[derive(Debug, Clone, Copy)]
pub(crate) enum Feedback<'a> {
    /// Right.
    Correct { expected: &'a str },
    /// Right, hedged and rounded to a whole number ("about 33 percent"); `expected` to one decimal.
    CorrectAbout { expected: &'a str },
    /// Nothing typed.
    Empty,
    /// Not an answer of the kind asked for.
    Unreadable { kind: crate::exercise::AnswerKind },
    /// A count written with the wrong separators for the language ("1.719" in English).
    NumberStyle { expected: &'a str },
    /// The result of rounding a step before the last: `quotient` is the division unrounded
    /// ("0.3286").
    RoundedTooEarly { expected: &'a str, quotient: &'a str },
    /// Rounded to a whole number where one decimal was asked for.
    OneDecimal { expected: &'a str },
    /// A step of rounding off: `exact` is the value before rounding ("32.856").
    OffByRounding { expected: &'a str, exact: &'a str },
    /// A count rounded where the count is exact.
    ExactCount { expected: &'a str },
    /// A share of the wrong whole: `used` is the whole divided by, `whole` the right one.
    WrongWhole { expected: &'a str, used: u64, whole: u64 },
    /// The share of another part of the same whole.
    OtherPart { expected: &'a str },
    /// A difference of percentages given in percent (`relative`: the relative change instead).
    PercentVsPoints { expected: &'a str, relative: bool },
    /// A percentage given in percentage points.
    PointsVsPercent { expected: &'a str },
    /// The size is right, the sign (or direction) is not.
    Sign { expected: &'a str },
    /// The number is right, the hedge word is not; `step` is the working that decides it.
    Hedge { step: &'a str },
    /// A choice that is not the right one; `why` is the report's own caveat, when it has one.
    WrongChoice { why: Option<&'a str> },
    /// Wrong, with nothing closer to say.
    Wrong,
    /// The question id is not one of this scenario's.
    UnknownQuestion { id: &'a str },
}

/// The labels of an exercise set: headings, the levels' names, and the practice panel's
/// buttons. In JSON, `labels` of the exercise set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ExerciseLabels {
    /// "Exercises".
    pub title: &'static str,
    /// "Questions".
    pub questions: &'static str,
    /// "Answers".
    pub answers: &'static str,
    /// The worksheet's last page: "Answer key".
    pub answer_key: &'static str,
    /// The levels' names, 1 to 3.
    pub levels: [&'static str; 3],
    /// "Name:", a line to write on at the top of the worksheet.
    pub name: &'static str,
    /// Over the space to work in: "Working:".
    pub working: &'static str,
    /// The answer line: "Answer:".
    pub answer: &'static str,
    /// Before the hints: "Hints".
    pub hints: &'static str,
    /// The practice panel's answer field: "Your answer".
    pub your_answer: &'static str,
    /// The button that checks an answer: "Check".
    pub check: &'static str,
    /// The button that shows the next hint: "Show a hint".
    pub hint: &'static str,
    /// "Next question".
    pub next: &'static str,
    /// "Previous question".
    pub previous: &'static str,
    /// The button that shows the answer: "Show the answer".
    pub show_answer: &'static str,
    /// "Print worksheet".
    pub print: &'static str,
    /// "Question {n} of {m}": before and between the numbers.
    pub position: [&'static str; 2],
    /// The practice panel's button in the widget: "Practice".
    pub practice: &'static str,
    /// The practice panel's close button: "Close practice".
    pub close: &'static str,
    /// Said instead of questions when the figures give none.
    pub none: &'static str,
}

/// The words an answer may carry, in one language, folded (lower case, no accents): read in
/// both languages whatever the question's, as the qualifiers of a typed count are.
#[derive(Debug)]
pub(crate) struct AnswerWords {
    /// Hedge words before a phrase or a number: "about", "just over", "casi".
    pub hedges: &'static [(&'static str, Hedge)],
    /// After a number, percentage points: "percentage points", "points", "pp".
    pub points: &'static [&'static str],
    /// Between 1 and N: "in", "de cada".
    pub one_in: &'static [&'static str],
    /// Words for one, before "in": "one", "una", "uno".
    pub one: &'static [&'static str],
    /// Ten in words (the small numbers stop at nine): "ten", "diez".
    pub ten: &'static str,
    /// Nouns a count may be followed by: "people", "personas".
    pub nouns: &'static [&'static str],
    /// A short answer that picks the choice starting with it: "yes", "no".
    pub yes_no: [&'static str; 2],
}

/// Everything one language says about exercises: the "Exercises" section of `en.rs`, `es.rs`.
pub(crate) trait ExerciseWords: Words {
    /// Words a question's prompt at the end of `out`.
    fn prompt(&self, out: &mut String, prompt: &Prompt) -> fmt::Result;
    /// The choices of a pitfall question, in the order `Prompt` documents (empty for others).
    fn choices(&self, prompt: &Prompt) -> Vec<String>;
    /// A strategy hint, at the end of `out`.
    fn hint(&self, out: &mut String, hint: Hint) -> fmt::Result;
    /// What the checker says, at the end of `out`.
    fn feedback(&self, out: &mut String, feedback: &Feedback) -> fmt::Result;
    /// An answer in percentage points: "3.6 percentage points", with a minus sign for a fall.
    fn points_answer(&self, out: &mut String, tenths: i64) -> fmt::Result;
    /// The set's labels.
    fn exercise_labels(&self) -> &'static ExerciseLabels;
    /// The words an answer may carry.
    fn answer_words(&self) -> &'static AnswerWords;
}

/// The exercise words of `lang`.
pub(crate) fn exercise_words(lang: Lang) -> &'static dyn ExerciseWords {
    match lang.base() {
        crate::lang::Base::En => &super::en::English,
        crate::lang::Base::Es => &super::es::Spanish,
    }
}

/// Both languages' answer words.
pub(crate) fn all_answer_words() -> [&'static AnswerWords; 2] {
    [exercise_words(Lang::En).answer_words(), exercise_words(Lang::Es).answer_words()]
}
