//! The answer checker: reads what a careful student writes ("32.9", "32.86%", "about 33
//! percent", "1,719", "1.719" in Spanish, "one in three", "b") in the set's language and house
//! style, and says whether it is right; for a near miss, which one (rounded too early, percent
//! versus points, the wrong whole, the sign, the hedge) and why, in the student's language.
//!
//! Every comparison is made on the exact fraction with integers, as the core's own rounding is
//! (src/share.rs): a student's "32.86" is 3,286 hundredths, set against 1,719 × 100 × 100 ÷
//! 5,232 rounded half up.

use super::generate::letter;
use super::{Check, Exercises, Question, Verdict};
use crate::frequency::{Approx, Frequency, Hedge};
use crate::lang::Lang;
use crate::model::CONTRACT_VERSION;
use crate::parse::{fold, parse_count, parse_decimal};
use crate::phrase::exercises::{all_answer_words, exercise_words, Feedback};
use crate::share::Share;

/// What a question's answer is compared with.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Key {
    /// A whole count.
    Count { value: u64 },
    /// A share, rounded alone; `also` is the report's figure when it was apportioned with its
    /// whole's other parts (so it may differ by a tenth); `wholes` are wrong wholes a student
    /// may divide by, `others` the counts of the whole's other parts.
    Percent { share: Share, also: u64, wholes: Vec<u64>, others: Vec<u64> },
    /// A change in percentage points (tenths, signed) between two shares.
    Points { tenths: i64, from: Share, to: Share },
    /// "1 in N" with its hedge; `step` is the working that decides it, `parent` the count of
    /// the category the group is part of.
    OneIn { frequency: Frequency, step: String, parent: Option<u64> },
    /// One of `count` choices; `why` explains the right one; `hedge`: the choices differ only
    /// in their hedge word.
    Choice { right: usize, count: usize, why: String, hedge: bool },
}

/// Checks `answer` to the question `id` of `set`.
pub(super) fn check(set: &Exercises, id: &str, answer: &str) -> Check {
    let lang = set.lang;
    let w = exercise_words(lang);
    let question = set.questions.iter().find(|q| q.id == id);
    // The division a share's near misses are explained with: "0.3286".
    let quotient = match question.map(|q| &q.key) {
        Some(Key::Percent { share, .. }) => crate::format::ten_thousandths(share.scaled_round(10_000), lang),
        _ => String::new(),
    };
    let (feedback_verdict, expected) = match question {
        Some(q) => (judge(q, answer, lang, &quotient), q.answer.as_str()),
        None => ((Feedback::UnknownQuestion { id }, Verdict::UnknownQuestion), ""),
    };
    let (feedback, verdict) = feedback_verdict;
    let mut message = String::new();
    // Writing to a `String` cannot fail.
    let _ = w.feedback(&mut message, &feedback);
    Check {
        version: CONTRACT_VERSION,
        ok: true,
        question: id.to_string(),
        correct: verdict == Verdict::Correct,
        verdict,
        message,
        expected: expected.to_string(),
    }
}

/// An answer as read: a hedge word, a sign, a unit, and what is left.
struct Reading {
    hedge: Option<Hedge>,
    negative: bool,
    unit: Option<Unit>,
    rest: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Percent,
    Points,
}

/// `text` without the longest of `words` it starts with (followed by a space or the end).
fn strip_prefix_word<T: Copy>(text: &str, words: impl Iterator<Item = (&'static str, T)>) -> (Option<T>, &str) {
    let mut best: Option<(usize, T)> = None;
    for (word, value) in words {
        if let Some(after) = text.strip_prefix(word) {
            let boundary = after.is_empty() || after.starts_with(' ');
            if boundary && best.is_none_or(|(len, _)| word.len() > len) {
                best = Some((word.len(), value));
            }
        }
    }
    match best {
        Some((len, value)) => (Some(value), text.get(len..).unwrap_or("").trim_start()),
        None => (None, text),
    }
}

/// `text` without the longest of `words` it ends with.
fn strip_suffix_word<'a>(text: &'a str, words: impl Iterator<Item = &'static str>) -> Option<&'a str> {
    let mut best: Option<&'a str> = None;
    for word in words {
        if let Some(before) = text.strip_suffix(word) {
            if best.is_none_or(|b| before.len() < b.len()) {
                best = Some(before);
            }
        }
    }
    best.map(str::trim_end)
}

fn read(answer: &str) -> Reading {
    // A full stop or an exclamation after the answer is not part of it; "~" and "≈" are "about".
    let folded = fold(answer.trim().trim_end_matches(['.', '!'])).replace(['\u{a0}', '\u{202f}'], " ");
    let (approx, folded) = match folded.strip_prefix(['~', '\u{2248}']) {
        Some(rest) => (Some(Hedge::About), rest.trim_start()),
        None => (None, folded.as_str()),
    };
    let words = all_answer_words();
    let (hedge, rest) = strip_prefix_word(folded, words.iter().flat_map(|w| w.hedges.iter().copied()));
    let hedge = hedge.or(approx);
    // An article before the number, as Spanish writes a share: "el 32,9 %".
    let articles = crate::phrase::qualifier_words().into_iter().flat_map(|w| w.articles.iter().map(|&a| (a, ())));
    let (_, rest) = strip_prefix_word(rest, articles);
    let mut rest = rest.trim();
    let negative = rest.starts_with(['-', '\u{2212}']);
    rest = rest.trim_start_matches(['-', '\u{2212}', '+']).trim_start();
    // "1,719 people": the noun counted is not part of the number.
    if let Some(before) = strip_suffix_word(rest, words.iter().flat_map(|w| w.nouns.iter().copied())) {
        rest = before;
    }
    let mut unit = None;
    if let Some(before) = strip_suffix_word(rest, words.iter().flat_map(|w| w.points.iter().copied())) {
        unit = Some(Unit::Points);
        rest = before;
    } else if let Some(before) = strip_suffix_word(rest, crate::phrase::qualifier_words().into_iter().flat_map(|w| w.percent.iter().copied())) {
        unit = Some(Unit::Percent);
        rest = before;
    }
    Reading { hedge, negative, unit, rest: rest.trim().to_string() }
}

/// A decimal as typed: in the set's language and style, and for a share (never a count) also
/// the other way round when that is the only reading ("32.9" in Spain's Spanish).
fn decimal(text: &str, lang: Lang, lenient: bool) -> Option<(u64, u32)> {
    parse_decimal(text, lang).ok().or_else(|| {
        let other = match lang.base() {
            crate::lang::Base::En => Lang::Es,
            crate::lang::Base::Es => Lang::En,
        };
        lenient.then(|| parse_decimal(text, other).ok()).flatten()
    })
}

/// `num/den × 100`, rounded half up to `places` decimals.
fn percent_at(num: u64, den: u64, places: u32) -> u128 {
    let scale = 100 * 10u128.pow(places);
    let (n, d) = (u128::from(num) * scale, u128::from(den.max(1)));
    (2 * n + d) / (2 * d)
}

/// `value` to `places` decimals, from `value` given in `from` decimals (half up).
fn rescale(value: u128, from: u32, places: u32) -> u128 {
    if from <= places {
        value * 10u128.pow(places - from)
    } else {
        let d = 10u128.pow(from - places);
        (2 * value + d) / (2 * d)
    }
}

/// Two significant figures, half up: 5,232 → 5,200; 1,719 → 1,700.
fn two_figures(n: u64) -> u64 {
    let mut unit = 1u64;
    while n / unit >= 100 {
        unit = unit.saturating_mul(10);
    }
    (n + unit / 2) / unit * unit
}

type Judged<'a> = (Feedback<'a>, Verdict);

fn judge<'a>(q: &'a Question, answer: &str, lang: Lang, quotient: &'a str) -> Judged<'a> {
    if answer.trim().is_empty() {
        return (Feedback::Empty, Verdict::Empty);
    }
    let expected = q.answer.as_str();
    let unreadable = (Feedback::Unreadable { kind: q.kind }, Verdict::Unreadable);
    match &q.key {
        Key::Count { value } => {
            let r = read(answer);
            let Some((m, d)) = decimal(&r.rest, lang, false) else { return unreadable };
            count(*value, m, d, &r, expected)
        }
        Key::Percent { share, also, wholes, others } => {
            let r = read(answer);
            let Some((m, d)) = decimal(&r.rest, lang, true) else { return unreadable };
            percent(*share, *also, wholes, others, (m, d), &r, expected, quotient)
        }
        Key::Points { tenths, from, to } => {
            let r = read(answer);
            let Some((m, d)) = decimal(&r.rest, lang, true) else { return unreadable };
            points(*tenths, *from, *to, (m, d), &r, expected)
        }
        Key::OneIn { frequency, step, parent } => one_in(frequency, step, *parent, answer, lang, expected).unwrap_or(unreadable),
        Key::Choice { right, count, why, hedge } => match choice(&q.choices, *count, answer) {
            Some(i) if i == *right => (Feedback::Correct { expected }, Verdict::Correct),
            Some(_) if *hedge => (Feedback::Hedge { step: why }, Verdict::Hedge),
            Some(_) => (Feedback::WrongChoice { why: Some(why) }, Verdict::Wrong),
            None => unreadable,
        },
    }
}

fn count<'a>(value: u64, m: u64, d: u32, r: &Reading, expected: &'a str) -> Judged<'a> {
    let whole = u128::from(value) * 10u128.pow(d);
    match () {
        // "1.719" in English: the digits of the count, with a decimal point for a comma.
        _ if d > 0 && m == value => (Feedback::NumberStyle { expected }, Verdict::NumberStyle),
        _ if u128::from(m) == whole && r.negative => (Feedback::Sign { expected }, Verdict::Sign),
        _ if u128::from(m) == whole => (Feedback::Correct { expected }, Verdict::Correct),
        // "about 1,700": near, but the count is exact (within 2%).
        _ if u128::from(m).abs_diff(whole) * 50 <= whole => (Feedback::ExactCount { expected }, Verdict::OffByRounding),
        _ => (Feedback::Wrong, Verdict::Wrong),
    }
}

#[allow(clippy::too_many_arguments)]
fn percent<'a>(
    share: Share,
    also: u64,
    wholes: &[u64],
    others: &[u64],
    (m, d): (u64, u32),
    r: &Reading,
    expected: &'a str,
    quotient: &'a str,
) -> Judged<'a> {
    let m = u128::from(m);
    let right = percent_at(share.num, share.den, d);
    if r.unit == Some(Unit::Points) {
        return (Feedback::PointsVsPercent { expected }, Verdict::PercentVsPoints);
    }
    if r.negative {
        return (Feedback::Sign { expected }, Verdict::Sign);
    }
    if d >= 1 && (m == right || (d == 1 && m == u128::from(also))) {
        return (Feedback::Correct { expected }, Verdict::Correct);
    }
    if d == 0 && m == right {
        return match r.hedge {
            Some(Hedge::About) => (Feedback::CorrectAbout { expected }, Verdict::Correct),
            _ => (Feedback::OneDecimal { expected }, Verdict::OffByRounding),
        };
    }
    // Rounded before the end: the quotient to two places (0.33 → 33.0), or the counts to two
    // significant figures (1,700 ÷ 5,200).
    let early = [rescale(percent_at(share.num, share.den, 0), 0, d), percent_at(two_figures(share.num), two_figures(share.den), d)];
    if d >= 1 && early.contains(&m) {
        return (Feedback::RoundedTooEarly { expected, quotient }, Verdict::RoundedTooEarly);
    }
    if let Some(&used) = wholes.iter().find(|&&w| percent_at(share.num, w, d) == m) {
        return (Feedback::WrongWhole { expected, used, whole: share.den }, Verdict::WrongWhole);
    }
    if others.iter().any(|&o| percent_at(o, share.den, d) == m) {
        return (Feedback::OtherPart { expected }, Verdict::OtherPart);
    }
    if d >= 1 && m.abs_diff(right) <= 1 {
        return (Feedback::OffByRounding { expected, exact: quotient }, Verdict::OffByRounding);
    }
    (Feedback::Wrong, Verdict::Wrong)
}

fn points<'a>(tenths: i64, from: Share, to: Share, (m, d): (u64, u32), r: &Reading, expected: &'a str) -> Judged<'a> {
    let size = rescale(u128::from(m), d, 1);
    let want = u128::from(tenths.unsigned_abs());
    // The relative change, in percent of the earlier share: exactly, and from the shares as shown.
    let exact_rel = {
        let (a, b) = (u128::from(to.num) * u128::from(from.den), u128::from(from.num) * u128::from(to.den));
        let diff = a.abs_diff(b) * 1000;
        (2 * diff + b.max(1)) / (2 * b.max(1))
    };
    let shown_rel = {
        let (t, f) = (u128::from(to.tenths()), u128::from(from.tenths()));
        (2 * t.abs_diff(f) * 1000 + f.max(1)) / (2 * f.max(1))
    };
    let relative = [exact_rel, shown_rel];
    if size == want && r.unit == Some(Unit::Percent) {
        return (Feedback::PercentVsPoints { expected, relative: false }, Verdict::PercentVsPoints);
    }
    if size != want && (relative.contains(&size) || relative.iter().any(|&x| d == 0 && rescale(x, 1, 0) == u128::from(m))) {
        return (Feedback::PercentVsPoints { expected, relative: true }, Verdict::PercentVsPoints);
    }
    if size == want {
        let sign_right = tenths == 0 || (tenths < 0) == r.negative;
        return if sign_right { (Feedback::Correct { expected }, Verdict::Correct) } else { (Feedback::Sign { expected }, Verdict::Sign) };
    }
    // The shares rounded to whole percents before subtracting: 37 − 33 = 4.
    let whole = |s: Share| percent_at(s.num, s.den, 0);
    if d == 0 && whole(to).abs_diff(whole(from)) == u128::from(m) {
        return (Feedback::RoundedTooEarly { expected, quotient: "" }, Verdict::RoundedTooEarly);
    }
    (Feedback::Wrong, Verdict::Wrong)
}

/// "about 1 in 15", "one in 15", "1/15", "15", "alrededor de una de cada 15": the hedge and N.
fn read_one_in(answer: &str, lang: Lang) -> Option<(Option<Hedge>, u64)> {
    let r = read(answer);
    let words = all_answer_words();
    let rest = r.rest.trim();
    let n_text = words
        .iter()
        .flat_map(|w| w.one_in.iter())
        .filter_map(|sep| {
            let at = rest.find(&format!(" {sep} "))?;
            let (one, n) = (rest.get(..at)?.trim(), rest.get(at + sep.len() + 2..)?.trim());
            let is_one = one == "1" || words.iter().any(|w| w.one.contains(&one));
            is_one.then_some(n)
        })
        .next()
        .or_else(|| rest.strip_prefix("1/").map(str::trim))
        .unwrap_or(rest);
    let number = parse_count(n_text, lang).ok().or_else(|| {
        let small = [Lang::En, Lang::Es].map(|l| crate::format::numbers(l).small);
        small.iter().find_map(|s| s.iter().position(|&x| x == n_text)).and_then(|i| u64::try_from(i).ok()).or_else(|| {
            words.iter().any(|w| w.ten == n_text).then_some(10)
        })
    })?;
    Some((r.hedge, number))
}

fn one_in<'a>(f: &Frequency, step: &'a str, parent: Option<u64>, answer: &str, lang: Lang, expected: &'a str) -> Option<Judged<'a>> {
    let (hedge, n) = read_one_in(answer, lang)?;
    let Approx::OneIn(want) = f.approx else { return None };
    let (num, den) = (f.share.num, f.share.den);
    Some(match () {
        _ if n == want && (hedge == Some(f.hedge) || (hedge.is_none() && f.hedge == Hedge::Exactly)) => {
            (Feedback::Correct { expected }, Verdict::Correct)
        }
        _ if n == want => (Feedback::Hedge { step }, Verdict::Hedge),
        _ if parent.is_some_and(|p| n == (2 * p + num) / (2 * num.max(1))) => {
            (Feedback::WrongWhole { expected, used: parent.unwrap_or(0), whole: den }, Verdict::WrongWhole)
        }
        // N rounded another way: down, or to a whole number where two significant figures were due.
        _ if n == den / num.max(1) || n == (2 * den + num) / (2 * num.max(1)) || n == den.div_ceil(num.max(1)) => {
            (Feedback::OffByRounding { expected, exact: step }, Verdict::OffByRounding)
        }
        _ => (Feedback::Wrong, Verdict::Wrong),
    })
}

/// The choice an answer picks: its letter ("b", "B", "b)", "(b)"), its words, or "yes" / "no"
/// when one choice starts with that word.
fn choice(choices: &[String], count: usize, answer: &str) -> Option<usize> {
    // Quotes, brackets and end punctuation are not what a choice says.
    let clean = |s: &str| fold(s.trim()).trim_matches(|c: char| "().:;,'\" \u{201c}\u{201d}\u{ab}\u{bb}".contains(c)).to_string();
    let folded = clean(answer);
    let bare = folded.as_str();
    // "b", "(b)", "b)", and "b) about one in three" as the answer key writes it.
    let lettered = bare.len() == 1 || bare.get(1..2).is_some_and(|c| c == ")" || c == ".");
    if let Some(i) = (0..count).find(|&i| lettered && bare.starts_with(letter(i))) {
        return Some(i);
    }
    if let Some(i) = choices.iter().position(|c| clean(c) == bare) {
        return Some(i);
    }
    let words = all_answer_words();
    if words.iter().any(|w| w.yes_no.contains(&bare)) {
        let starts: Vec<usize> = choices
            .iter()
            .enumerate()
            .filter(|(_, c)| clean(c).strip_prefix(bare).is_some_and(|after| after.starts_with([':', ',', ' ', ';'])))
            .map(|(i, _)| i)
            .collect();
        if let [i] = starts.as_slice() {
            return Some(*i);
        }
    }
    None
}
