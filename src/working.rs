//! The working, for teachers: each figure as the steps one writes on a board.
//! "5,232 − 3,513 = 1,719 (derived)", "1,719 ÷ 5,232 = 0.3286 → 32.9%". The numbers are
//! decided here; a step with words in it (`Step`, `Title`) is worded by `phrase`.

use crate::dates::Date;
use crate::format;
use crate::lang::Lang;
use crate::phrase::words;
use crate::resolve::Term;
use crate::share::{Share, Shown};
use std::fmt::{self, Display};

fn n(v: u64, lang: Lang) -> String {
    format::count(v, lang)
}

/// "5,232 − 3,513": the sum a derived count comes from, where it is written.
pub(crate) fn expression_display(terms: &[Term], lang: Lang) -> impl Display + '_ {
    fmt::from_fn(move |f| {
        for (i, t) in terms.iter().enumerate() {
            if i > 0 {
                f.write_str(if t.minus { " − " } else { " + " })?;
            }
            crate::phrase::est_display(crate::approx::Est { value: t.value, qual: t.qual, scale: 0 }, lang).fmt(f)?;
        }
        Ok(())
    })
}

/// A step with words in it, as values: `phrase` writes it in the reader's language.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step<'a> {
    /// "5,232 − 3,513 = 1,719 (derived)".
    Derivation { terms: &'a [Term], result: crate::approx::Est },
    /// Largest remainder moved parts away from their own rounding: the parts rounded one by
    /// one add up to `alone_sum_tenths`; each moved part with the tenths it is shown as.
    Apportioned { alone_sum_tenths: u64, moved: &'a [(&'a str, u64)] },
    /// "36.5% − 32.9% = 3.6 percentage points": the larger share first.
    Points { hi: Share, lo: Share },
    /// "Oct. 1, 2024, to June 30, 2025: 273 days, counting both".
    Days { start: Date, end: Date, days: u64 },
    /// "5,232 ÷ 273 = 19.2 a day".
    PerDay { total: u64, days: u64, tenths: u64 },
    /// "(5,232 − 2,100) ÷ 2,100 = 149.1% more".
    Change { now: u64, before: u64, tenths: u64 },
    /// A quotient of figures that are not all exact: "more than 100,000 ÷ 141 = 709.2 → more
    /// than 700 …". `per` is 1 for a rate, 100 for a percentage or per 100; `exact_tenths` the
    /// quotient of the values, in tenths; `result` what is stated, `None` when nothing can be.
    EstDiv { a: crate::approx::Est, b: crate::approx::Est, per: u64, exact_tenths: u64, result: Option<crate::approx::PctEst>, percent: bool },
    /// A count worked out from a typed share of a whole: "nearly 30% of more than 300: 30% ×
    /// 300 = 90 → about 90"; `result` is `None` when it cannot be stated.
    FromShare { share: crate::approx::PctEst, whole: crate::approx::Est, product: u64, result: Option<crate::approx::Est> },
    /// A sentence left out because its figures are not exact.
    LeftOut,
    /// A part of a stage whose total was not reported: no share of it can be worked out.
    Unreported,
    /// A share typed for a total that was not reported: no count comes of it.
    UnreportedShare { share: crate::approx::PctEst },
    /// What is left of a whole that is only a bound once parts typed as shares of it are taken
    /// away: no count, and the share the others leave ("about 70%"), or none.
    RestOfBound { whole: crate::approx::Est, rest: Option<crate::approx::PctEst> },
}

/// The title of a block of working that is not named after its figure.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Title<'a> {
    /// "Rounding the parts — Arrests".
    Parts { stage: &'a str },
    /// "Ratio — Arrests".
    Ratio { stage: &'a str },
    /// "Change in share — No criminal history".
    Change { category: &'a str },
    /// "Progress against the goal".
    Target,
}

/// `step` in `lang`.
fn worded(step: Step, lang: Lang) -> String {
    let mut out = String::with_capacity(96);
    // Writing to a `String` cannot fail.
    let _ = words(lang).working_step(&mut out, &step);
    out
}

/// A block's title in `lang`.
pub(crate) fn title(title: Title, lang: Lang) -> String {
    let mut out = String::with_capacity(48);
    let _ = words(lang).working_title(&mut out, &title);
    out
}

/// A step about figures that are not exact (`Step::EstDiv`, `FromShare`, `LeftOut`).
pub(crate) fn estimate(step: Step, lang: Lang) -> String {
    worded(step, lang)
}

/// "5,232 − 3,513 = 1,719 (derived)".
pub(crate) fn derivation(terms: &[Term], result: u64, lang: Lang) -> String {
    derivation_est(terms, crate::approx::Est::exact(result), lang)
}

/// "1,000 − nearly 400 − fewer than 200 = about 400 (derived)": a derivation from figures that
/// are not all exact, its result qualified as `approx` works it out.
pub(crate) fn derivation_est(terms: &[Term], result: crate::approx::Est, lang: Lang) -> String {
    worded(Step::Derivation { terms, result }, lang)
}

/// "1,719 ÷ 5,232 = 0.3286 → 32.9%".
pub(crate) fn share(shown: Shown, lang: Lang) -> String {
    let Share { num, den } = shown.share;
    format!(
        "{} ÷ {} = {} → {}",
        n(num, lang),
        n(den, lang),
        format::ten_thousandths(shown.share.scaled_round(10_000), lang),
        Shown::alone(shown.share).percent_sign(lang)
    )
}

/// When largest remainder moved a part away from its own rounding, say so and why.
pub(crate) fn apportioned(parts: &[(&str, Shown)], lang: Lang) -> Option<String> {
    let alone_sum_tenths: u64 = parts.iter().map(|(_, s)| s.share.tenths()).sum();
    let moved: Vec<(&str, u64)> =
        parts.iter().filter(|(_, s)| s.tenths != s.share.tenths()).map(|&(label, s)| (label, s.tenths)).collect();
    if moved.is_empty() {
        return None;
    }
    Some(worded(Step::Apportioned { alone_sum_tenths, moved: &moved }, lang))
}

/// "3,257 ÷ 5,232 × 100 = 62.3".
pub(crate) fn per_hundred(later: u64, earlier: u64, tenths: u64, lang: Lang) -> String {
    format!("{} ÷ {} × 100 = {}", n(later, lang), n(earlier, lang), format::tenths(tenths, lang))
}

/// "36.5% − 32.9% = 3.6 percentage points": the larger share first, as shown.
pub(crate) fn points(to: Share, from: Share, lang: Lang) -> String {
    let (hi, lo) = if to.tenths() >= from.tenths() { (to, from) } else { (from, to) };
    worded(Step::Points { hi, lo }, lang)
}

/// "Oct. 1, 2024, to June 30, 2025: 273 days, counting both".
pub(crate) fn days(start: Date, end: Date, days: u64, lang: Lang) -> String {
    worded(Step::Days { start, end, days }, lang)
}

/// "5,232 ÷ 273 = 19.2 a day".
pub(crate) fn per_day(total: u64, days: u64, tenths: u64, lang: Lang) -> String {
    worded(Step::PerDay { total, days, tenths }, lang)
}

/// "19.2 ÷ 3,000 = 0.6%", with the pace given in tenths.
pub(crate) fn of_target(pace_tenths: u64, target: u64, percent_tenths: u64, lang: Lang) -> String {
    format!(
        "{} ÷ {} = {}",
        format::tenths(pace_tenths, lang),
        n(target, lang),
        format::percent_sign(percent_tenths, lang)
    )
}

/// "(5,232 − 2,100) ÷ 2,100 = 149.1% more": the change is always a share of the earlier count.
pub(crate) fn change(now: u64, before: u64, tenths: u64, lang: Lang) -> String {
    worded(Step::Change { now, before, tenths }, lang)
}
