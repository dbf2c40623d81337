//! Step through (issue 12): the working of a report one step at a time, for a class, with a
//! pause before each hedge decision ("about", "nearly", "just over", "more than" one in three)
//! where the reader picks, then sees the rule's answer (docs/phrasing.md, "The ladder").
//!
//! The steps are the report's working (`Report::working`), in its order, with the headline's
//! block first: the lesson starts where the story does. Each step names the figures it is
//! about (`highlight`), for the picture to light up. A step that decides a hedge is the
//! natural-frequency step of a figure ("one in three = 33.3%; 32.9% is 0.5 points below (within
//! 3% of it), so: about one in three"); the pause before it offers the rung bare and with each
//! hedge, and the rule picks one from r, the relative distance to the rung, exactly.

use crate::calculate::{read_scenario, Outcome};
use crate::frequency::{natural_frequency, one_in_n, Frequency, Gender, Hedge};
use crate::guess::ClassroomChrome;
use crate::lang::Lang;
use crate::model::{Scenario, CONTRACT_VERSION};
use crate::phrase::classroom::{classroom_words, HedgeSaid};
use crate::frequency::working::Band;
use crate::report::{ErrorReport, Figure, Report};
use crate::share::{Share, Shown};
use serde::Serialize;

/// A report's working, step by step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lesson {
    /// The contract version: 1.
    pub version: u32,
    /// Always `true`: a scenario that cannot be calculated is an `ErrorReport`.
    pub ok: bool,
    /// The language of every word here.
    pub lang: Lang,
    /// The report's headline, which the lesson works towards.
    pub headline: String,
    /// The steps, in teaching order.
    pub steps: Vec<LessonStep>,
    /// The classroom's words.
    pub words: &'static ClassroomChrome,
}

/// One step of the working.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonStep {
    /// The working block's figure id ("arrests.no_record", "arrests.ratio").
    pub figure: String,
    /// The ids of the figures the step is about, for the picture to light up: the figure
    /// itself, or the parts a ratio or a rounding is about, or one category across stages.
    pub highlight: Vec<String>,
    /// The index of the stage the step is about, when it is one stage's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<usize>,
    /// The block's title: "No criminal history — Arrests".
    pub title: String,
    /// The step as written on a board.
    pub text: String,
    /// "Step 3 of 12".
    pub counter: String,
    /// The question to answer before this step is shown, when the step decides a hedge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pause: Option<Pause>,
}

/// "What would you say?": before a hedge decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pause {
    /// "32.9% against one in three (33.3%)".
    pub question: String,
    /// The rung bare, then with each hedge: "one in three", "nearly one in three", "about one in
    /// three", "just over one in three", "more than one in three".
    pub choices: Vec<String>,
    /// The index of the choice the rule picks.
    pub answer: usize,
    /// Why: "32.9% is 1.4% below one in three: within 3% of it, so “about”."
    pub why: String,
    /// The rule, as docs/phrasing.md states it.
    pub rule: &'static str,
}

/// A lesson, or the scenario's errors.
#[derive(Debug, Clone, PartialEq)]
pub enum LessonOutcome {
    /// The steps.
    Lesson(Box<Lesson>),
    /// The scenario's errors, as `calculate` gives them.
    Errors(ErrorReport),
}

impl LessonOutcome {
    /// The outcome as the contract's JSON, on one line.
    pub fn to_json(&self) -> String {
        match self {
            LessonOutcome::Lesson(v) => crate::calculate::result_json(Ok(v)),
            LessonOutcome::Errors(e) => crate::calculate::result_json::<Lesson>(Err(e)),
        }
    }
}

/// [`lesson`] for a scenario given as JSON text; `lang`, when given, overrides the scenario's.
pub fn lesson_json(scenario: &str, lang: Option<Lang>) -> LessonOutcome {
    match read_scenario(scenario, lang) {
        Ok(s) => lesson(&s),
        Err(e) => LessonOutcome::Errors(e),
    }
}

/// The working of `scenario`, step by step, with a pause before each hedge decision.
pub fn lesson(scenario: &Scenario) -> LessonOutcome {
    // The working is the lesson; the table of figures is not needed.
    match crate::calculate::calculate_with(scenario, &crate::calculate::Options { working: true, table: false }) {
        Outcome::Report(r) => LessonOutcome::Lesson(Box::new(steps(&r))),
        Outcome::Errors(e) => LessonOutcome::Errors(e),
    }
}

fn steps(report: &Report) -> Lesson {
    let lang = report.lang;
    let words = classroom_words(lang);
    let blocks = report.working.as_deref().unwrap_or_default();
    let first = report.headline.figures.first();
    // The headline's block first, then the others in the report's order.
    let ordered = blocks.iter().filter(|b| Some(&b.figure) == first).chain(blocks.iter().filter(|b| Some(&b.figure) != first));
    let mut steps = Vec::with_capacity(blocks.iter().map(|b| b.steps.len()).sum());
    for block in ordered {
        let figure = report.figures.iter().find(|f| f.id == block.figure);
        let stage = figure.map(|f| f.stage).or_else(|| stage_of(report, &block.figure));
        let highlight = highlight(report, &block.figure, figure, stage);
        for text in &block.steps {
            let pause = figure.and_then(|f| pause(report, f, text, lang));
            steps.push(LessonStep {
                figure: block.figure.clone(),
                highlight: highlight.clone(),
                stage,
                title: block.title.clone(),
                text: text.clone(),
                counter: String::new(),
                pause,
            });
        }
    }
    let of = steps.len();
    for (i, step) in steps.iter_mut().enumerate() {
        let _ = words.step_counter(&mut step.counter, i + 1, of);
    }
    Lesson { version: CONTRACT_VERSION, ok: true, lang, headline: report.headline.text.clone(), steps, words: words.classroom() }
}

/// The stage a block that is not a figure belongs to: "arrests.ratio", "arrests.parts".
fn stage_of(report: &Report, id: &str) -> Option<usize> {
    report.stages.iter().position(|s| id.strip_prefix(s.id.as_str()).is_some_and(|rest| rest.starts_with('.')))
}

/// The figures a block is about: itself; a stage's parts for its ratio and rounding; a
/// category in every stage for its change in share ("deportations.no_record.change").
fn highlight(report: &Report, id: &str, figure: Option<&Figure>, stage: Option<usize>) -> Vec<String> {
    if figure.is_some() {
        return vec![id.to_string()];
    }
    if let Some(rest) = id.strip_suffix(".change") {
        let category = crate::model::Category::ALL.into_iter().map(|c| c.key()).find(|k| rest.ends_with(k));
        return report.figures.iter().filter(|f| f.category.is_some() && f.category == category && f.of_total.is_some()).map(|f| f.id.clone()).collect();
    }
    stage.and_then(|i| report.stages.get(i)).map(|s| s.parts.clone()).unwrap_or_default()
}

/// The pause before `text`, when `text` is the step that decides the hedge of one of the
/// figure's natural frequencies.
fn pause(report: &Report, figure: &Figure, text: &str, lang: Lang) -> Option<Pause> {
    let unit = report.stages.get(figure.stage).map(|s| s.unit);
    let genders = [crate::calculate::gender(unit.unwrap_or_default()), Gender::Masculine];
    let shares = [&figure.of_total, &figure.of_parent];
    let readings: [fn(Share) -> Option<Frequency>; 2] = [natural_frequency, one_in_n];
    for share in shares.into_iter().flatten() {
        let share = Share { num: share.num, den: share.den };
        for reading in readings {
            let Some(f) = reading(share) else { continue };
            for gender in genders {
                if f.explain(lang, gender) == text {
                    return Some(ask(f, gender, lang));
                }
            }
        }
    }
    None
}

/// The choices and the rule's answer for `f`.
fn ask(f: Frequency, gender: Gender, lang: Lang) -> Pause {
    const HEDGES: [Hedge; 5] = [Hedge::Exactly, Hedge::Nearly, Hedge::About, Hedge::JustOver, Hedge::MoreThan];
    let (p, q) = f.approx.as_fraction();
    let (num, den) = (u128::from(f.share.num), u128::from(f.share.den));
    let (value, target) = (num * u128::from(q), u128::from(p) * den);
    let said = HedgeSaid {
        approx: f.approx,
        hedge: f.hedge,
        gender,
        shown: Shown::alone(f.share),
        rung: Shown::alone(Share { num: p, den: q.max(1) }),
        // |r| = |num·q − p·den| / (p·den), in tenths of a percent, half up.
        relative_tenths: (value.abs_diff(target) * 2000 / target.max(1)).div_ceil(2),
        below: value < target,
        band: band(f.hedge, value.abs_diff(target), target),
    };
    let words = classroom_words(lang);
    let mut question = String::with_capacity(64);
    let _ = words.hedge_question(&mut question, &said);
    let mut why = String::with_capacity(96);
    let _ = words.hedge_why(&mut why, &said);
    Pause {
        question,
        choices: HEDGES.iter().map(|&hedge| Frequency { hedge, ..f }.standalone(lang, gender)).collect(),
        answer: HEDGES.iter().position(|&h| h == f.hedge).unwrap_or(0),
        why,
        rule: words.hedge_rule(),
    }
}

/// The band of r = gap/target for a reading with `hedge` (docs/phrasing.md's table): a
/// "1 in N" reading may lie outside the accepted band, and then says so.
fn band(hedge: Hedge, gap: u128, target: u128) -> Band {
    let within = |pct: u128| gap.saturating_mul(100) <= target.saturating_mul(pct);
    match hedge {
        Hedge::Exactly | Hedge::About => Band::About,
        Hedge::Nearly if within(10) => Band::Nearly,
        Hedge::Nearly => Band::FarBelow,
        Hedge::JustOver => Band::JustOver,
        Hedge::MoreThan if within(15) => Band::MoreThan,
        Hedge::MoreThan => Band::FarAbove,
    }
}
