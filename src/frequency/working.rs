//! The working behind a natural frequency or a ratio, as values: which division, which rung, how
//! far the share lies from it and in which band. Nothing is worded here; `phrase` writes the
//! steps ("one in three = 33.3%; 32.9% is 0.5 points below (within 3% of it), so: about one in
//! three"), so the languages show the same steps with the same numbers.

use std::cmp::Ordering;

use super::{div_round, saturate, Approx, Deviation, Frequency, Gender, Hedge, Ratio, RatioApprox, RatioReading};
use crate::format;
use crate::lang::Lang;
use crate::share::{Bound, Share, Shown};

/// Where r, the relative deviation from a rung, lies: one band per hedge, and the two outside
/// the accepted band [−10%, +15%].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Band {
    /// |r| ≤ 3%.
    About,
    /// −10% ≤ r < −3%.
    Nearly,
    /// 3% < r ≤ 6%.
    JustOver,
    /// 6% < r ≤ 15%.
    MoreThan,
    /// r < −10%.
    FarBelow,
    /// r > 15%.
    FarAbove,
}

/// How far a value lies from its rung: below or above, by how much, in which band.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Off {
    /// Below (`Less`) or above the rung; never `Equal` here.
    pub sign: Ordering,
    pub band: Band,
}

impl Deviation {
    fn off(self) -> Off {
        let band = match (self.hedge(), self.sign) {
            (Some(Hedge::About), _) => Band::About,
            (Some(Hedge::Nearly), _) => Band::Nearly,
            (Some(Hedge::JustOver), _) => Band::JustOver,
            (Some(Hedge::MoreThan), _) => Band::MoreThan,
            (_, Ordering::Less) => Band::FarBelow,
            _ => Band::FarAbove,
        };
        Off { sign: self.sign, band }
    }
}

/// For "1 in N": den ÷ num, to one decimal, and N when it was rounded to two significant
/// figures (100 and up).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Division {
    pub den: u64,
    pub num: u64,
    pub quotient_tenths: u128,
    pub rounded: Option<u64>,
}

/// How the share compares with its rung.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Comparison {
    /// "100 of 300 is exactly one in three".
    Exact { num: u64, den: u64 },
    /// "32.9% is 0.5 points below": the share as a percent and the gap in tenths of a point
    /// (0: less than 0.1).
    Points { share: Shown, points_tenths: u128, off: Off },
    /// For a rung below 0.1%, where percents cannot show the gap: "43 × 11,000 = 473,000 is
    /// 1.6% below 480,869" (the gap in tenths of a percent; 0: less than 0.1).
    Product { num: u64, n: u64, product: u128, den: u64, relative_tenths: u128, off: Off },
}

/// The working for a natural frequency, start to end.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FrequencyStep {
    /// The phrase the steps lead to.
    pub frequency: Frequency,
    pub gender: Gender,
    pub division: Option<Division>,
    /// The rung as a percent; `None` when it is below 0.1% and a percent would not show it.
    pub rung_percent: Option<Shown>,
    pub comparison: Comparison,
}

impl FrequencyStep {
    pub(crate) fn of(f: &Frequency, gender: Gender) -> FrequencyStep {
        let share = Share { num: f.share.num, den: f.share.den.max(1) };
        let (p, q) = f.approx.as_fraction();
        let rung_shown = Shown::alone(Share { num: p, den: q.max(1) });
        let tiny = rung_shown.bound() == Bound::Below;
        let dev = Deviation::of(share.num, share.den, p, q);
        let division = match f.approx {
            Approx::OneIn(n) => Some(Division {
                den: share.den,
                num: share.num,
                quotient_tenths: div_round(u128::from(share.den) * 10, u128::from(share.num)),
                rounded: (n >= 100).then_some(n),
            }),
            Approx::Fraction { .. } => None,
        };
        let comparison = match (dev.sign, tiny) {
            (Ordering::Equal, _) => Comparison::Exact { num: share.num, den: share.den },
            (_, false) => Comparison::Points {
                share: Shown::alone(share),
                // |num/den − p/q| = |num·q − p·den| / (den·q); in tenths of a point, × 1000.
                points_tenths: div_round(dev.mag.saturating_mul(1000), u128::from(share.den) * u128::from(q.max(1))),
                off: dev.off(),
            },
            (_, true) => Comparison::Product {
                num: share.num,
                n: q,
                product: u128::from(share.num) * u128::from(q),
                den: share.den,
                relative_tenths: dev.tenths_of_percent(),
                off: dev.off(),
            },
        };
        FrequencyStep { frequency: *f, gender, division, rung_percent: (!tiny).then_some(rung_shown), comparison }
    }
}

/// How a ratio compares with the reading it is given.
#[derive(Debug, Clone, Copy)]
pub(crate) enum RatioComparison {
    /// "exactly 2 to 1".
    Exact,
    /// "2.04 is 2.2% above 2 to 1 (within 3% of it)": the gap in tenths of a percent.
    Near { relative_tenths: u128, off: Off },
    /// No simple ratio in the band: one decimal.
    Decimal,
}

/// The working for a ratio: a ÷ b to two decimals, then the reading.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RatioStep {
    pub a: u64,
    pub b: u64,
    pub value_hundredths: u128,
    pub reading: RatioReading,
    /// N of "N to 1" when it was rounded to two significant figures (100 and up).
    pub rounded: Option<u64>,
    pub comparison: RatioComparison,
}

impl RatioStep {
    pub(crate) fn of(r: &Ratio) -> RatioStep {
        let (a, b) = (r.a, r.b.max(1));
        let reading = r.reading();
        let (rounded, comparison) = match reading.approx {
            RatioApprox::Simple { antecedent: x, consequent: y } => {
                let dev = Deviation::of(a, b, x, y);
                let comparison = match dev.sign {
                    Ordering::Equal => RatioComparison::Exact,
                    _ => RatioComparison::Near { relative_tenths: dev.tenths_of_percent(), off: dev.off() },
                };
                ((x >= 100).then_some(x), comparison)
            }
            RatioApprox::Decimal { .. } => (None, RatioComparison::Decimal),
        };
        RatioStep { a, b, value_hundredths: div_round(100 * u128::from(a), u128::from(b)), reading, rounded, comparison }
    }
}

/// A u128 count with grouping ("5,232", "5.232").
pub(crate) fn count(n: u128, lang: Lang) -> String {
    match u64::try_from(n) {
        Ok(n) => format::count(n, lang),
        Err(_) => digits(n),
    }
}

/// A u128 in plain digits, as `to_string` writes it (without core's u128 formatting code).
pub(crate) fn digits(mut n: u128) -> String {
    let mut out = Vec::with_capacity(39);
    loop {
        out.push(char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.iter().rev().collect()
}

/// A value given in units of 10^-places, written with that many decimals: (2043, 2) → "20.43".
pub(crate) fn fixed(scaled: u128, places: u32, lang: Lang) -> String {
    let unit = 10u128.pow(places);
    let mut out = count(scaled / unit, lang);
    out.push(crate::format::numbers(lang).decimal);
    let decimals = digits(scaled % unit);
    for _ in decimals.len()..places as usize {
        out.push('0');
    }
    out.push_str(&decimals);
    out
}

/// A gap in tenths (of a point or a percent) as shown: at least 0.1, with `true` when it is
/// less than that.
pub(crate) fn at_least_a_tenth(tenths: u128) -> (u64, bool) {
    (saturate(tenths.max(1)), tenths == 0)
}
