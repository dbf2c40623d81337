//! Predict, then reveal (issue 12): before the answer is shown, a reader guesses how many of
//! every 100 people fall in the headline's category; the core words how the guess compares.
//!
//! "You guessed 60 in 100; it was about one in three (32.9 percent): 27.1 points lower."
//!
//! The share is the headline's focus figure, the one the headline states, of any preset or
//! scenario. Exact first, rounded last:
//!
//! * the **direction** and the **verdict** are decided on the exact fraction, in integers: the
//!   share num/den against the guess g of 100 is `100·num` against `g·den`; the guess is
//!   *spot on* within 2 points (`|g·den − 100·num| ≤ 2·den`), *close* within 10, *far* beyond;
//! * the **points** said are the difference of the two percentages as shown (g − 32.9 = 27.1),
//!   as a change between stages is; a difference that rounds to 0.0 but is not zero is "less
//!   than 0.1 points";
//! * the share is read with the ladder of natural frequencies (`crate::frequency`, the
//!   headline's own reading), and its percentage rounded alone; at the edges where the lead
//!   reads "all but one", "only one" or "nearly all" (docs/phrasing.md), the percentage alone.
//!
//! The guess is typed (or set on the icon array) as a whole number from 0 to 100, written in the
//! reader's language ("60", "60 %", "60,0" in Spanish); anything else gets a message in that
//! language, with a stable code, and the guess as typed is kept by the caller.

use crate::calculate::{calculate_with, gender, read_scenario, subject, Options, Outcome};
use crate::error::Message;
use crate::frequency::natural_frequency;
use crate::lang::Lang;
use crate::model::{Category, Scenario, CONTRACT_VERSION};
use crate::phrase::classroom::{classroom_words, GuessProblem, GuessSaid};
use crate::report::ErrorReport;
use crate::share::{Share, Shown};
use serde::Serialize;

/// How a guess stands against the share: decided on the exact fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Within 2 points of the exact share.
    SpotOn,
    /// Within 10 points.
    Close,
    /// More than 10 points away.
    Far,
}

/// Where the share lies from the guess: "27.1 points lower" says the share was lower.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GuessDirection {
    /// The share is below the guess.
    Lower,
    /// The share is above the guess.
    Higher,
    /// The share is exactly the guess.
    Same,
}

/// The classroom's fixed words (buttons, labels, prompts), in the reader's language: they come
/// with the guess and the lesson, so the classroom code has no words of its own.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct ClassroomChrome {
    /// The number field's label: "Your guess, out of 100".
    pub your_guess: &'static str,
    /// How to set the picture: "Tap or drag on the people, or use the arrow keys."
    pub how_to_guess: &'static str,
    /// After a number in the picture's spoken value: "60[ in 100]".
    pub in_100: &'static str,
    /// "Reveal".
    pub reveal: &'static str,
    /// "Guess again".
    pub again: &'static str,
    /// The lesson's name: "Step by step".
    pub lesson: &'static str,
    /// "Next".
    pub next: &'static str,
    /// "Back".
    pub back: &'static str,
    /// Over the choices of a hedge pause: "What would you say?".
    pub what_would_you_say: &'static str,
    /// After the right choice: "Right.".
    pub right: &'static str,
    /// After another choice, before the answer: "Not quite. The answer:".
    pub not_quite: &'static str,
    /// The rule's heading: "The rule".
    pub rule_heading: &'static str,
}

/// A guess against the headline's figure: the question, and once a guess is typed, the
/// comparison or what is wrong with the guess.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Guess {
    /// The contract version: 1.
    pub version: u32,
    /// Always `true`: a scenario that cannot be calculated is an `ErrorReport`.
    pub ok: bool,
    /// The language of every word here.
    pub lang: Lang,
    /// The id of the figure guessed: the headline's ("arrests.no_record").
    pub figure: String,
    /// The index of its stage.
    pub stage: usize,
    /// What to guess: "Of every 100 people arrested by ICE …, how many do you think had no
    /// criminal history?"
    pub question: String,
    /// The comparison, when a guess was typed and is one; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// What is wrong with the guess typed (`field` "guess"), when something is; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<Message>,
    /// The classroom's words.
    pub words: &'static ClassroomChrome,
}

/// How a guess compares with the share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    /// The guess, of 100.
    pub guess: u64,
    /// The share's exact fraction.
    pub num: u64,
    /// Its whole.
    pub den: u64,
    /// The share rounded alone, in tenths of a percent.
    pub tenths: u64,
    /// The share in whole figures of 100, for the picture.
    pub per_100: u64,
    /// "32.9%".
    pub percent: String,
    /// |guess − share as shown| in tenths of a point (0 with a direction: less than 0.1).
    pub points_tenths: u64,
    /// `lower`, `higher` or `same`: where the share lies from the guess.
    pub direction: GuessDirection,
    /// `spot_on`, `close` or `far`.
    pub verdict: Verdict,
    /// "You guessed 60 in 100; it was about one in three (32.9 percent): 27.1 points lower."
    pub text: String,
    /// "Far off: more than 10 points away."
    pub verdict_text: String,
    /// The picture's legend for the guess, drawn over the answer: "Your guess: 60 in 100".
    pub legend: String,
}

/// A guess, or why the scenario gives nothing to guess.
#[derive(Debug, Clone, PartialEq)]
pub enum GuessOutcome {
    /// The question, and the comparison or the guess's problem.
    Guess(Box<Guess>),
    /// The scenario's errors, or `nothing_to_guess` (a headline with no exact share).
    Errors(ErrorReport),
}

impl GuessOutcome {
    /// The outcome as the contract's JSON, on one line.
    pub fn to_json(&self) -> String {
        match self {
            GuessOutcome::Guess(v) => crate::calculate::result_json(Ok(v)),
            GuessOutcome::Errors(e) => crate::calculate::result_json::<Guess>(Err(e)),
        }
    }
}

/// [`guess`] for a scenario given as JSON text; `lang`, when given, overrides the scenario's.
pub fn guess_json(scenario: &str, typed: &str, lang: Option<Lang>) -> GuessOutcome {
    match read_scenario(scenario, lang) {
        Ok(s) => guess(&s, typed),
        Err(e) => GuessOutcome::Errors(e),
    }
}

/// The question for the headline's figure of `scenario`, and, for a guess `typed` as the reader
/// typed it (empty: not yet), the comparison or what is wrong with the guess.
pub fn guess(scenario: &Scenario, typed: &str) -> GuessOutcome {
    // The headline's figure is all it needs: no working, no table (the number field asks at each
    // keystroke).
    let report = match calculate_with(scenario, &Options::SENTENCES) {
        Outcome::Report(r) => r,
        Outcome::Errors(e) => return GuessOutcome::Errors(e),
    };
    let lang = report.lang;
    let words = classroom_words(lang);
    let focus = report.headline.figures.first().and_then(|id| report.figures.iter().find(|f| &f.id == id));
    let found = focus.filter(|f| f.count_kind == crate::approx::CountKind::Exact).and_then(|f| {
        let share = f.of_total.as_ref()?;
        let category = Category::ALL.into_iter().find(|c| Some(c.key()) == f.category)?;
        Some((f, Share { num: share.num, den: share.den }, category))
    });
    let resolved = crate::resolve::resolve(scenario).ok();
    let stage = found.and_then(|(f, ..)| Some((resolved.as_ref()?, resolved.as_ref()?.stages.get(f.stage)?)));
    let (Some((figure, share, category)), Some((r, stage))) = (found, stage) else {
        let message = Message { field: String::new(), code: "nothing_to_guess", message: words.nothing_to_guess().to_string() };
        return GuessOutcome::Errors(ErrorReport::new(lang, vec![message]));
    };
    let mut question = String::with_capacity(160);
    let _ = words.guess_question(&mut question, &subject(r, stage), category);
    let (answer, problem) = match read_guess(typed, lang) {
        Ok(None) => (None, None),
        Ok(Some(g)) => (Some(compare(g, share, gender(stage.unit), lang)), None),
        Err(p) => {
            let mut message = String::with_capacity(96);
            let _ = words.guess_problem(&mut message, p, typed.trim());
            (None, Some(Message { field: "guess".to_string(), code: p.code(), message }))
        }
    };
    GuessOutcome::Guess(Box::new(Guess {
        version: CONTRACT_VERSION,
        ok: true,
        lang,
        figure: figure.id.clone(),
        stage: figure.stage,
        question,
        answer,
        problem,
        words: words.classroom(),
    }))
}

/// A guess as typed: `None` when nothing was typed yet; a whole number from 0 to 100, in the
/// reader's way of writing numbers ("60", "60 %", "60.0"; "60,0" in Spanish).
pub(crate) fn read_guess(typed: &str, lang: Lang) -> Result<Option<u64>, GuessProblem> {
    let t = typed.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let t = t.strip_suffix('%').unwrap_or(t).trim_end();
    let (negative, t) = match t.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    if t.is_empty() {
        return Err(if negative { GuessProblem::NotANumber } else { GuessProblem::Empty });
    }
    let decimal = crate::format::numbers(lang).decimal;
    let (whole, fraction) = t.split_once(decimal).unwrap_or((t, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
        return Err(GuessProblem::NotANumber);
    }
    let zero = whole.bytes().all(|b| b == b'0') && fraction.bytes().all(|b| b == b'0');
    match () {
        _ if negative && !zero => Err(GuessProblem::Negative),
        _ if fraction.bytes().any(|b| b != b'0') => Err(GuessProblem::Fractional),
        _ => match whole.trim_start_matches('0').parse::<u64>() {
            _ if whole.trim_start_matches('0').is_empty() => Ok(Some(0)),
            Ok(g) if g <= 100 => Ok(Some(g)),
            _ => Err(GuessProblem::TooLarge),
        },
    }
}

/// The guess `g` of 100 against `share`: decided exactly, worded as shown.
fn compare(g: u64, share: Share, gender: crate::frequency::Gender, lang: Lang) -> Answer {
    let (num, den) = (u128::from(share.num), u128::from(share.den.max(1)));
    let (actual, guessed) = (num * 100, u128::from(g) * den);
    let direction = match actual.cmp(&guessed) {
        std::cmp::Ordering::Less => GuessDirection::Lower,
        std::cmp::Ordering::Greater => GuessDirection::Higher,
        std::cmp::Ordering::Equal => GuessDirection::Same,
    };
    let gap = actual.abs_diff(guessed);
    let verdict = match () {
        _ if gap <= 2 * den => Verdict::SpotOn,
        _ if gap <= 10 * den => Verdict::Close,
        _ => Verdict::Far,
    };
    let shown = Shown::alone(share);
    let points_tenths = (g * 10).abs_diff(shown.tenths);
    let said = GuessSaid {
        guess: g,
        // At the edges (all but a few, only a few, nearly all) the ladder reads loosely ("more
        // than nine in 10" for 99.99%): the percentage alone, as the lead avoids it too.
        approx: natural_frequency(share).filter(|_| crate::phrase::edge(share.num, share.den).is_none()).map(|f| (f.approx, f.hedge)),
        gender,
        shown,
        points_tenths,
        direction,
    };
    let words = classroom_words(lang);
    let mut text = String::with_capacity(128);
    let _ = words.guess_result(&mut text, &said);
    let mut legend = String::with_capacity(32);
    let _ = words.guess_legend(&mut legend, g);
    Answer {
        guess: g,
        num: share.num,
        den: share.den,
        tenths: shown.tenths,
        per_100: share.scaled_round(100),
        percent: shown.percent_sign(lang),
        points_tenths,
        direction,
        verdict,
        text,
        verdict_text: words.guess_verdict(verdict).to_string(),
        legend,
    }
}
