//! Counts that are not exact: "more than 100,000", "nearly 30 percent", "about 1.4 million".
//!
//! A typed count carries a qualifier (`Qual`). What is worked out from qualified counts is
//! qualified in turn, by the rules below, and rounded to two significant figures in the
//! direction that keeps it true: a lower bound down ("more than 709.2" → "more than 700"), an
//! upper bound up, an approximation half up. Where the rules cannot say which way a result
//! goes (a lower bound over a lower bound), the answer is `None` and no sentence states it.
//! No words here: `phrase` says each qualifier in the reader's language.

use serde::Serialize;

/// A count's qualifier, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Qual {
    /// No qualifier.
    #[default]
    Exact,
    /// "more than", "over", "más de": the true value is above.
    MoreThan,
    /// "at least", "al menos": the value or above.
    AtLeast,
    /// "nearly", "almost", "casi": a little below.
    Nearly,
    /// "about", "around", "roughly", "unos", "alrededor de": either side.
    About,
    /// "fewer than", "less than", "menos de": the true value is below.
    FewerThan,
    /// "up to", "hasta": the value or below.
    UpTo,
}

/// What kind of value a count is, in the contract: `count_kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountKind {
    /// As counted.
    Exact,
    /// The true count is at or above it ("more than", "at least").
    LowerBound,
    /// The true count is at or below it ("fewer than", "up to").
    UpperBound,
    /// Near it, either side ("about", "nearly").
    Approximate,
}

impl Qual {
    pub(crate) fn kind(self) -> CountKind {
        match self {
            Qual::Exact => CountKind::Exact,
            Qual::MoreThan | Qual::AtLeast => CountKind::LowerBound,
            Qual::FewerThan | Qual::UpTo => CountKind::UpperBound,
            Qual::Nearly | Qual::About => CountKind::Approximate,
        }
    }

    pub(crate) fn is_exact(self) -> bool {
        self == Qual::Exact
    }

    /// The qualifier of the negated value: a lower bound taken away leaves an upper bound.
    fn flip(self) -> Qual {
        match self {
            Qual::Exact => Qual::Exact,
            Qual::MoreThan => Qual::FewerThan,
            Qual::AtLeast => Qual::UpTo,
            Qual::FewerThan => Qual::MoreThan,
            Qual::UpTo => Qual::AtLeast,
            Qual::Nearly | Qual::About => Qual::About,
        }
    }
}

/// The qualifier of `a + b` (and of `a × b` for counts and shares, which rise with both).
/// `None` when one is a lower bound and the other an upper bound: the result could be anything.
pub(crate) fn plus(a: Qual, b: Qual) -> Option<Qual> {
    use CountKind::{Approximate, Exact, LowerBound, UpperBound};
    Some(match (a.kind(), b.kind()) {
        (Exact, _) => b,
        (_, Exact) => a,
        (LowerBound, LowerBound) if a == Qual::AtLeast && b == Qual::AtLeast => Qual::AtLeast,
        (LowerBound, LowerBound) => Qual::MoreThan,
        (UpperBound, UpperBound) if a == Qual::UpTo && b == Qual::UpTo => Qual::UpTo,
        (UpperBound, UpperBound) => Qual::FewerThan,
        (LowerBound, UpperBound) | (UpperBound, LowerBound) => return None,
        (Approximate, _) | (_, Approximate) => Qual::About,
    })
}

/// The qualifier of `a − b`.
pub(crate) fn minus(a: Qual, b: Qual) -> Option<Qual> {
    plus(a, b.flip())
}

/// The qualifier of `a ÷ b`: a share, a rate, a ratio.
pub(crate) fn over(a: Qual, b: Qual) -> Option<Qual> {
    plus(a, b.flip())
}

/// `num/den` in `units` (10 for tenths), rounded for a value qualified by `q`: exact values to
/// the unit, half up; others to two significant figures, down for a lower bound, up for an upper
/// bound, half up for an approximation.
pub(crate) fn round_for(num: u64, den: u64, units: u64, q: Qual) -> u64 {
    let n = u128::from(num) * u128::from(units);
    let d = u128::from(den.max(1));
    if q.is_exact() {
        return u64::try_from((2 * n + d) / (2 * d)).unwrap_or(u64::MAX);
    }
    // The step: a power of ten (in `units`) that leaves two figures before it, never below one unit.
    let mut step: u128 = 1;
    while n >= 100 * step * d {
        step *= 10;
    }
    let whole = d * step;
    let steps = match q.kind() {
        CountKind::LowerBound => n / whole,
        CountKind::UpperBound => n.div_ceil(whole),
        _ => (2 * n + whole) / (2 * whole),
    };
    u64::try_from(steps * step).unwrap_or(u64::MAX)
}

/// A qualified number as a sentence states it: the value, its qualifier, and the scale word it
/// was typed with (6 for "1.4 million"; 0 for none), so that it reads as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Est {
    pub value: u64,
    pub qual: Qual,
    pub scale: u8,
}

impl Est {
    pub(crate) fn exact(value: u64) -> Est {
        Est { value, qual: Qual::Exact, scale: 0 }
    }
}

/// A share as a sentence states it when it is not exact: tenths of a percent and a qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PctEst {
    pub tenths: u64,
    pub qual: Qual,
}

impl PctEst {
    /// Whether a sentence stating it says anything: a lower bound rounded down to zero ("more
    /// than 0 a day", from "more than 1" over 141 days) does not, so no sentence states it; the
    /// working still shows the arithmetic.
    pub(crate) fn says_something(self) -> bool {
        !(self.tenths == 0 && self.qual.kind() == CountKind::LowerBound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qual::*;

    #[test]
    fn propagation() {
        assert_eq!(plus(MoreThan, Exact), Some(MoreThan));
        assert_eq!(minus(MoreThan, Exact), Some(MoreThan));
        assert_eq!(minus(Exact, MoreThan), Some(FewerThan));
        assert_eq!(over(Exact, MoreThan), Some(FewerThan));
        assert_eq!(over(MoreThan, MoreThan), None);
        assert_eq!(over(FewerThan, UpTo), None);
        assert_eq!(over(MoreThan, FewerThan), Some(MoreThan));
        assert_eq!(plus(Nearly, MoreThan), Some(About));
        assert_eq!(plus(AtLeast, AtLeast), Some(AtLeast));
    }

    #[test]
    fn rounding_keeps_the_bound_true() {
        // 100,000 ÷ 141 = 709.2: a lower bound rounds down to 700, an upper bound up to 710.
        assert_eq!(round_for(100_000, 141, 10, MoreThan), 7000);
        assert_eq!(round_for(100_000, 141, 10, FewerThan), 7100);
        assert_eq!(round_for(100_000, 141, 10, About), 7100);
        assert_eq!(round_for(100_000, 141, 10, Exact), 7092);
        // 1 ÷ 3 in tenths of a percent: 333.3 → about 330 (33 percent).
        assert_eq!(round_for(1, 3, 1000, About), 330);
        // Small values keep their unit: 9 stays 9.
        assert_eq!(round_for(9, 1, 1, MoreThan), 9);
        assert_eq!(round_for(90, 1, 1, About), 90);
        assert_eq!(round_for(12_345, 1, 1, About), 12_000);
    }
}
