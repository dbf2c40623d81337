//! Natural-frequency phrases ("more than one in three") and ratios ("about 2 to 1"), decided with
//! exact integer arithmetic, never floats. The rule in full, with worked examples, is in
//! docs/phrasing.md ("Natural frequencies", "Ratios"). In brief:
//!
//! * A share is compared with the ladder 1/2, 1/3, 2/3, 1/4, 3/4, 1/5, 2/5, 3/5, 4/5, 1/10, 3/10,
//!   7/10, 9/10, simplest first. A rung f fits when its relative deviation r = (share − f)/f
//!   lies in [−10%, +15%], hedged by r: none when r = 0, "about" when |r| ≤ 3%, "nearly" when
//!   −10% ≤ r < −3%, "just over" when 3% < r ≤ 6%, "more than" when 6% < r ≤ 15%.
//! * The closest honest reading: of the rungs that fit, the one in the tightest step of
//!   closeness — |r| = 0, ≤ 3%, ≤ 6%, ≤ 10%, ≤ 15% (the edges of the bands) — and within a
//!   step, the simplest. 86% is "nearly nine in 10" (−4.4%), not "more than three in four"
//!   (+14.7%); 36.5% stays "more than one in three" (+9.4%), as 2/5 (−8.8%) is in the same step.
//! * When no rung fits: "1 in N", N = den/num rounded half up (from 100 up, rounded in one step
//!   to two significant figures), hedged by the same bands on r = share·N − 1.
//! * Ratios a : b (larger first) use the ladder 1, 3/2, 2, 5/2, 3, 4, …, 10 the same way (2.84
//!   is "nearly 3 to 1", not "more than 5 to 2"), then "N to 1" above 10, then one decimal
//!   ("about 1.7 to 1").
//! * No phrase for a share of none or of all.
//!
//! Here are the arithmetic and the choice of rung and hedge, as values (`Frequency`,
//! `RatioReading`); `working` lays out the steps that lead to them, and the words of every
//! language are in `phrase` (src/phrase/en.rs, es.rs).

pub(crate) mod working;

use std::cmp::Ordering;
use std::fmt::{self, Display};

use crate::format;
use crate::lang::Lang;
use crate::phrase::words;
use crate::share::Share;

/// Spanish agreement of the quantifier with the noun counted: "una de cada tres personas",
/// "uno de cada tres cargos".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Feminine,
    Masculine,
}

/// The word that says how the share stands against the rung it is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hedge {
    /// r = 0: no hedge word ("one in three").
    Exactly,
    /// |r| ≤ 3%: "about", "alrededor de".
    About,
    /// −10% ≤ r < −3%: "nearly", "casi". Also `one_in_n` below its band (see docs).
    Nearly,
    /// 3% < r ≤ 6%: "just over", "algo más de".
    JustOver,
    /// 6% < r ≤ 15%: "more than", "más de". Also `one_in_n` above its band (see docs).
    MoreThan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Approx {
    /// numer/denom from the ladder (1/2, 1/3, 2/3, 1/4, …, 9/10).
    Fraction { numer: u64, denom: u64 },
    /// 1 in N.
    OneIn(u64),
}

impl Approx {
    /// The rung as a fraction p/q: 1/3 for "one in three", 1/120 for "1 in 120".
    pub(crate) fn as_fraction(self) -> (u64, u64) {
        match self {
            Approx::Fraction { numer, denom } => (numer, denom),
            Approx::OneIn(n) => (1, n),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Frequency {
    pub share: Share,
    pub approx: Approx,
    pub hedge: Hedge,
}

/// The ladder of simple fractions, simplest first (see `closest_rung` for which rung wins).
#[rustfmt::skip]
pub(crate) const LADDER: [(u64, u64); 13] = [
    (1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (1, 5), (2, 5), (3, 5), (4, 5), (1, 10), (3, 10), (7, 10), (9, 10),
];

/// The natural-frequency reading of a share: a ladder rung, else "1 in N".
/// `None` for none, all, or a malformed share (num > den, den = 0).
pub(crate) fn natural_frequency(share: Share) -> Option<Frequency> {
    if !is_partial(share) {
        return None;
    }
    ladder_reading(share).or_else(|| one_in_n(share))
}

/// Always the "1 in N" reading (for small groups and populations), even where a ladder rung
/// would fit; `None` for none, all, or a malformed share.
pub(crate) fn one_in_n(share: Share) -> Option<Frequency> {
    if !is_partial(share) {
        return None;
    }
    // "1 in 1" says nothing; a share above two-thirds reads "more than one in two".
    let n = rounded_quotient(share.den, share.num).max(2);
    let hedge = Deviation::of(share.num, share.den, 1, n).hedge_or_direction();
    Some(Frequency { share, approx: Approx::OneIn(n), hedge })
}

fn is_partial(share: Share) -> bool {
    share.num > 0 && share.num < share.den
}

/// The closest honest reading on the ladder (`closest_rung`); `None` when no rung fits.
fn ladder_reading(share: Share) -> Option<Frequency> {
    // The smallest rung, one in 10, reads shares from 9% up (10% below it): under that no rung
    // fits, and there is nothing to try.
    if u128::from(share.num) * 100 < u128::from(share.den) * 9 {
        return None;
    }
    let ((numer, denom), hedge) = closest_rung(&LADDER, share.num, share.den)?;
    Some(Frequency { share, approx: Approx::Fraction { numer, denom }, hedge })
}

/// Of the rungs p/q of `ladder` (simplest first) that x/y fits, the one in the tightest step of
/// closeness (`Deviation::step`: exact, then |r| within 3%, 6%, 10%, 15%), and within a step the
/// simplest; with its hedge. 86% is "nearly nine in 10" (−4.4%, step 2), not "more than three
/// in four" (+14.7%, step 4); 36.5% is "more than one in three" (+9.4%), as 2/5 (−8.8%) is in
/// the same step 3 and one in three is simpler.
fn closest_rung(ladder: &[(u64, u64)], x: u64, y: u64) -> Option<((u64, u64), Hedge)> {
    let mut best: Option<((u64, u64), Hedge, u8)> = None;
    for &rung in ladder {
        let dev = Deviation::of(x, y, rung.0, rung.1);
        let Some(step) = dev.step() else { continue };
        if best.is_none_or(|(_, _, b)| step < b) {
            best = Some((rung, dev.hedge_or_direction(), step));
            if step == 0 {
                break; // exact: nothing is closer
            }
        }
    }
    best.map(|(rung, hedge, _)| (rung, hedge))
}

/// dividend/divisor rounded half up; from 100 up, the exact quotient rounded in one step to two
/// significant figures (5,232/43 = 121.67 → 120; 1,250 → 1,300).
fn rounded_quotient(dividend: u64, divisor: u64) -> u64 {
    let (dividend, divisor) = (u128::from(dividend), u128::from(divisor).max(1));
    let n = div_round(dividend, divisor);
    if n < 100 {
        return saturate(n);
    }
    let unit = 10u128.pow(n.ilog10() - 1);
    saturate(div_round(dividend, divisor * unit) * unit)
}

/// n/d rounded half up, without overflow; a zero divisor is treated as one.
fn div_round(n: u128, d: u128) -> u128 {
    let d = d.max(1);
    let (q, rem) = (n / d, n % d);
    if rem >= d - rem {
        q + 1
    } else {
        q
    }
}

fn saturate(n: u128) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// How far x/y lies from a target p/q, relative to the target: r = (x·q − p·y)/(p·y), kept as
/// an exact sign and magnitude.
#[derive(Debug, Clone, Copy)]
struct Deviation {
    sign: Ordering,
    /// |x·q − p·y|
    mag: u128,
    /// p·y
    base: u128,
}

impl Deviation {
    fn of(x: u64, y: u64, p: u64, q: u64) -> Deviation {
        let (value, target) = (u128::from(x) * u128::from(q), u128::from(p) * u128::from(y));
        Deviation { sign: value.cmp(&target), mag: value.abs_diff(target), base: target }
    }

    /// |r| ≤ pct %.
    fn at_most(self, pct: u128) -> bool {
        self.mag.saturating_mul(100) <= self.base.saturating_mul(pct)
    }

    /// The hedge for r, or `None` outside the accepted band [−10%, +15%].
    fn hedge(self) -> Option<Hedge> {
        // Outside the band first: most rungs of a ladder are, and then one test settles it.
        match self.sign {
            Ordering::Equal => Some(Hedge::Exactly),
            Ordering::Less if !self.at_most(10) => None,
            Ordering::Greater if !self.at_most(15) => None,
            _ if self.at_most(3) => Some(Hedge::About),
            Ordering::Less => Some(Hedge::Nearly),
            Ordering::Greater if self.at_most(6) => Some(Hedge::JustOver),
            Ordering::Greater => Some(Hedge::MoreThan),
        }
    }

    /// How close r is, in the steps the bands are drawn with: 0 when r = 0, then 1, 2, 3, 4 for
    /// |r| ≤ 3%, 6%, 10%, 15% (an edge belongs to the closer step); `None` outside the accepted
    /// band [−10%, +15%]. Only "more than" reaches step 4, and "nearly" no further than step 3.
    fn step(self) -> Option<u8> {
        if self.sign == Ordering::Equal {
            return Some(0);
        }
        let limit = if self.sign == Ordering::Less { 10 } else { 15 };
        [3, 6, 10, 15]
            .into_iter()
            .take_while(|&pct| pct <= limit)
            .position(|pct| self.at_most(pct))
            .and_then(|i| u8::try_from(i + 1).ok())
    }

    /// The band's hedge, or outside it the word that keeps the direction true.
    fn hedge_or_direction(self) -> Hedge {
        self.hedge().unwrap_or(match self.sign {
            Ordering::Less => Hedge::Nearly,
            _ => Hedge::MoreThan,
        })
    }

    /// |r| in tenths of a percent, rounded half up.
    fn tenths_of_percent(self) -> u128 {
        div_round(self.mag.saturating_mul(1000), self.base)
    }
}

impl Frequency {
    /// Whether the phrase counts more than one of each group ("two in three", "tres de cada
    /// diez"): Spanish then takes a plural verb ("no tenían"), as it does not for "una de cada
    /// tres" or "la mitad".
    pub(crate) fn is_plural(&self) -> bool {
        matches!(self.approx, Approx::Fraction { numer, .. } if numer >= 2)
    }

    /// The words that go right before the plural noun: "more than one in three" (people),
    /// "about half of the" (people), "más de una de cada tres" (personas),
    /// "alrededor de la mitad de las" (personas).
    #[cfg(test)]
    pub(crate) fn quantifier(&self, lang: Lang, gender: Gender) -> String {
        format::short_string(self.quantifier_display(lang, gender))
    }

    /// `quantifier` where it is written.
    pub(crate) fn quantifier_display(&self, lang: Lang, gender: Gender) -> impl Display {
        let this = *self;
        fmt::from_fn(move |f| words(lang).frequency(f, this.approx, this.hedge, gender, Form::Quantifier))
    }

    /// The phrase on its own: "about one in three", "about half", "alrededor de la mitad".
    pub(crate) fn standalone(&self, lang: Lang, gender: Gender) -> String {
        format::short_string(self.standalone_display(lang, gender))
    }

    /// `standalone` where it is written.
    pub(crate) fn standalone_display(&self, lang: Lang, gender: Gender) -> impl Display {
        let this = *self;
        fmt::from_fn(move |f| words(lang).frequency(f, this.approx, this.hedge, gender, Form::Standalone))
    }

    /// The working step: "one in three = 33.3%; 32.9% is 0.5 points below (within 3% of it),
    /// so: about one in three"; for 1 in N it starts with the division:
    /// "5,232 ÷ 350 = 14.9 → 1 in 15 = 6.7%; …" (the steps are decided in `working`).
    pub(crate) fn explain(&self, lang: Lang, gender: Gender) -> String {
        let mut out = String::with_capacity(160);
        // Writing to a `String` cannot fail.
        let _ = words(lang).frequency_step(&mut out, &working::FrequencyStep::of(self, gender));
        out
    }
}

/// Which form a rung takes: before a noun ("half of the"), or on its own ("half").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Quantifier,
    Standalone,
}

// ---------------------------------------------------------------------------------------------
// Ratios

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ratio {
    pub a: u64,
    pub b: u64,
}

/// How a ratio reads: a simple "x to y", or one decimal "1.8 to 1".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RatioApprox {
    /// "3 to 2", "2 to 1", "120 to 1".
    Simple { antecedent: u64, consequent: u64 },
    /// "1.8 to 1", kept in tenths (18).
    Decimal { tenths: u64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RatioReading {
    pub approx: RatioApprox,
    pub hedge: Hedge,
}

/// The ratio ladder, as values v = a/b written x/y: 1, 3/2, 2, 5/2, 3, 4, …, 10.
pub(crate) const RATIO_LADDER: [(u64, u64); 12] =
    [(1, 1), (3, 2), (2, 1), (5, 2), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 1), (9, 1), (10, 1)];

/// The ratio of two complementary groups, larger first; `None` when either is zero.
pub(crate) fn ratio(a: u64, b: u64) -> Option<Ratio> {
    if a == 0 || b == 0 {
        return None;
    }
    Some(Ratio { a: a.max(b), b: a.min(b) })
}

impl Ratio {
    /// The reading: the closest honest rung of the ladder (`closest_rung`), else "N to 1" above
    /// 10, else one decimal.
    pub(crate) fn reading(&self) -> RatioReading {
        let (a, b) = (self.a, self.b.max(1));
        // As for shares: the closest honest rung.
        let on_ladder = closest_rung(&RATIO_LADDER, a, b).map(|((x, y), hedge)| RatioReading {
            approx: RatioApprox::Simple { antecedent: x, consequent: y },
            hedge,
        });
        on_ladder.unwrap_or_else(|| {
            if u128::from(a) > 10 * u128::from(b) {
                n_to_one(a, b)
            } else {
                one_decimal(a, b)
            }
        })
    }

    /// "about 2 to 1", "alrededor de 2 a 1"; "1.8 to 1", "1,8 a 1".
    #[cfg(test)]
    pub(crate) fn phrase(&self, lang: Lang) -> String {
        format::short_string(self.phrase_display(lang))
    }

    /// `phrase` where it is written.
    #[cfg(test)]
    pub(crate) fn phrase_display(&self, lang: Lang) -> impl Display {
        self.reading().phrase_display(lang)
    }

    /// "3,513 ÷ 1,719 = 2.04; 2.04 is 2.2% above 2 to 1 (within 3% of it), so: about 2 to 1"
    /// (the steps are decided in `working`).
    pub(crate) fn explain(&self, lang: Lang) -> String {
        let mut out = String::with_capacity(160);
        // Writing to a `String` cannot fail.
        let _ = words(lang).ratio_step(&mut out, &working::RatioStep::of(self));
        out
    }
}

impl RatioReading {
    /// `Ratio::is_even`, for a reading already made.
    pub(crate) fn is_even(&self) -> bool {
        matches!(self.approx, RatioApprox::Simple { antecedent: 1, consequent: 1 })
    }

    /// `Ratio::phrase`, for a reading already made, where it is written.
    pub(crate) fn phrase_display(self, lang: Lang) -> impl Display {
        fmt::from_fn(move |f| words(lang).ratio(f, self))
    }
}

/// Above the ladder: "N to 1", N = a/b rounded half up (two significant figures from 100 up).
fn n_to_one(a: u64, b: u64) -> RatioReading {
    let n = rounded_quotient(a, b);
    let hedge = Deviation::of(a, b, n, 1).hedge_or_direction();
    RatioReading { approx: RatioApprox::Simple { antecedent: n, consequent: 1 }, hedge }
}

/// In a gap of the ladder: a/b to one decimal, "about" unless it is exact.
fn one_decimal(a: u64, b: u64) -> RatioReading {
    let tenths = div_round(10 * u128::from(a), u128::from(b));
    let exact = 10 * u128::from(a) == tenths * u128::from(b);
    let hedge = if exact { Hedge::Exactly } else { Hedge::About };
    RatioReading { approx: RatioApprox::Decimal { tenths: saturate(tenths) }, hedge }
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests {
    //! The specification, as tables. Every worked example in docs/phrasing.md appears here.

    use super::working::{digits, fixed};
    use super::*;

    #[test]
    fn digits_match_to_string() {
        for n in [0u128, 7, 10, 99, 18_446_744_073_709_551_616, u128::MAX] {
            assert_eq!(digits(n), n.to_string());
        }
        assert_eq!(fixed(2043, 2, Lang::En), "20.43");
        assert_eq!(fixed(2003, 2, Lang::Es), "20,03");
        assert_eq!(fixed(5, 1, Lang::En), "0.5");
    }
    use Hedge::*;

    const NB: &str = "\u{a0}";

    fn nf(num: u64, den: u64) -> Frequency {
        natural_frequency(Share::new(num, den)).expect("a partial share has a reading")
    }

    fn one_in(num: u64, den: u64) -> Frequency {
        one_in_n(Share::new(num, den)).expect("a partial share has a reading")
    }

    /// Spanish expectations are written with a plain space before "%"; the code uses a
    /// no-break space, as format::percent_sign does.
    fn es(text: &str) -> String {
        text.replace(" %", &format!("{NB}%"))
    }

    // share, hedge, English, Spanish (feminine: personas)
    const WORKED_EXAMPLES: &[(u64, u64, Hedge, &str, &str)] = &[
        // Los Angeles arrests: 5,232; 3,513 with a criminal history, 1,719 without.
        (1719, 5232, About, "about one in three", "alrededor de una de cada tres"),
        (3513, 5232, About, "about two in three", "alrededor de dos de cada tres"),
        (350, 5232, About, "about 1 in 15", "alrededor de una de cada 15"),
        (43, 5232, About, "about 1 in 120", "alrededor de una de cada 120"),
        // Deportations: 3,257; 2,069 with a criminal history, 1,188 without.
        (1188, 3257, MoreThan, "more than one in three", "más de una de cada tres"),
        (2069, 3257, Nearly, "nearly two in three", "casi dos de cada tres"),
        (185, 3257, About, "about 1 in 18", "alrededor de una de cada 18"),
        (18, 3257, About, "about 1 in 180", "alrededor de una de cada 180"),
        // A four-day operation: 498 arrests.
        (317, 498, Nearly, "nearly two in three", "casi dos de cada tres"),
        (181, 498, MoreThan, "more than one in three", "más de una de cada tres"),
        (104, 498, JustOver, "just over one in five", "algo más de una de cada cinco"),
        (18, 498, About, "about 1 in 28", "alrededor de una de cada 28"),
        // Against 480,869 residents without legal status.
        (5232, 480_869, About, "about 1 in 92", "alrededor de una de cada 92"),
        (3257, 480_869, About, "about 1 in 150", "alrededor de una de cada 150"),
        (1719, 480_869, About, "about 1 in 280", "alrededor de una de cada 280"),
        (43, 480_869, About, "about 1 in 11,000", "alrededor de una de cada 11.000"),
        // Round shares.
        (45, 100, Nearly, "nearly half", "casi la mitad"),
        (2616, 5232, Exactly, "half", "la mitad"),
        (100, 300, Exactly, "one in three", "una de cada tres"),
    ];

    #[test]
    fn worked_examples_in_both_languages() {
        for &(num, den, hedge, en, es) in WORKED_EXAMPLES {
            let f = nf(num, den);
            assert_eq!(f.hedge, hedge, "{num}/{den}");
            assert_eq!(f.standalone(Lang::En, Gender::Feminine), en, "{num}/{den}");
            assert_eq!(f.standalone(Lang::Es, Gender::Feminine), es, "{num}/{den}");
        }
    }

    #[test]
    fn the_36_5_percent_case_is_never_plain_one_in_three() {
        let f = nf(1188, 3257);
        assert_eq!(f.approx, Approx::Fraction { numer: 1, denom: 3 });
        assert_eq!(f.hedge, MoreThan);
        assert_ne!(f.standalone(Lang::En, Gender::Feminine), "one in three");
        assert!(f.explain(Lang::En, Gender::Feminine).ends_with("so: more than one in three"));
    }

    // share, gender, English quantifier, Spanish quantifier (what goes right before the noun)
    const QUANTIFIERS: &[(u64, u64, Gender, &str, &str)] = &[
        (1188, 3257, Gender::Feminine, "more than one in three", "más de una de cada tres"),
        (1188, 3257, Gender::Masculine, "more than one in three", "más de uno de cada tres"),
        (350, 5232, Gender::Masculine, "about 1 in 15", "alrededor de uno de cada 15"),
        (2616, 5232, Gender::Feminine, "half of the", "la mitad de las"),
        (2616, 5232, Gender::Masculine, "half of the", "la mitad de los"),
        (45, 100, Gender::Feminine, "nearly half of the", "casi la mitad de las"),
        (49, 100, Gender::Feminine, "about half of the", "alrededor de la mitad de las"),
        (52, 100, Gender::Masculine, "just over half of the", "algo más de la mitad de los"),
        (107, 200, Gender::Feminine, "more than half of the", "más de la mitad de las"),
    ];

    #[test]
    fn quantifiers_agree_with_the_noun() {
        for &(num, den, gender, en, es) in QUANTIFIERS {
            let f = nf(num, den);
            assert_eq!(f.quantifier(Lang::En, gender), en, "{num}/{den}");
            assert_eq!(f.quantifier(Lang::Es, gender), es, "{num}/{den}");
        }
        assert_eq!(nf(107, 200).standalone(Lang::Es, Gender::Feminine), "más de la mitad");
        assert_eq!(nf(49, 100).standalone(Lang::En, Gender::Feminine), "about half");
    }

    // Numbers: AP spells one to nine and uses figures from 10; Spanish spells up to diez.
    const NUMBER_STYLE: &[(u64, u64, &str, &str)] = &[
        (1, 10, "one in 10", "una de cada diez"),
        (29, 100, "nearly three in 10", "casi tres de cada diez"),
        (95, 100, "just over nine in 10", "algo más de nueve de cada diez"),
        (1, 7, "one in seven", "una de cada siete"),
        (1, 12_000, "1 in 12,000", "una de cada 12.000"),
        (1, 1_250, "just over 1 in 1,300", "algo más de una de cada 1.300"),
    ];

    /// Each share of `table` reads, on its own, as written in English and Spanish (personas).
    fn standalone_in_both(table: &[(u64, u64, &str, &str)]) {
        for &(num, den, en, es) in table {
            let f = nf(num, den);
            assert_eq!(f.standalone(Lang::En, Gender::Feminine), en, "{num}/{den}");
            assert_eq!(f.standalone(Lang::Es, Gender::Feminine), es, "{num}/{den}");
        }
    }

    #[test]
    fn number_style_in_phrases() {
        standalone_in_both(NUMBER_STYLE);
        assert_eq!(one_in(1, 10).standalone(Lang::En, Gender::Feminine), "1 in 10");
        assert_eq!(one_in(1, 10).standalone(Lang::Es, Gender::Masculine), "uno de cada diez");
    }

    // Every band edge. share, approx, hedge — on the rung 1/2 (r = 2·share − 1), on 1/10 for
    // +15% (above +10%, 3/5 is closer than 1/2), on "1 in 15" and "1 in 8" (r = share·N − 1).
    const BAND_EDGES: &[(u64, u64, Approx, Hedge)] = &[
        (5_000, 10_000, Approx::Fraction { numer: 1, denom: 2 }, Exactly),
        (5_150, 10_000, Approx::Fraction { numer: 1, denom: 2 }, About), // +3% exactly
        (5_151, 10_000, Approx::Fraction { numer: 1, denom: 2 }, JustOver), // +3.02%
        (5_300, 10_000, Approx::Fraction { numer: 1, denom: 2 }, JustOver), // +6% exactly
        (5_301, 10_000, Approx::Fraction { numer: 1, denom: 2 }, MoreThan), // +6.02%
        (5_500, 10_000, Approx::Fraction { numer: 1, denom: 2 }, MoreThan), // +10%; 3/5 −8.3%, same step
        (5_501, 10_000, Approx::Fraction { numer: 3, denom: 5 }, Nearly), // 1/2 +10.02%; 3/5 −8.3%, a step closer
        (1_150, 10_000, Approx::Fraction { numer: 1, denom: 10 }, MoreThan), // +15% exactly
        (1_151, 10_000, Approx::OneIn(9), JustOver), // past the band, no rung: 1 in 9, +3.6%
        (4_850, 10_000, Approx::Fraction { numer: 1, denom: 2 }, About), // −3% exactly
        (4_849, 10_000, Approx::Fraction { numer: 1, denom: 2 }, Nearly), // −3.02%
        (4_500, 10_000, Approx::Fraction { numer: 1, denom: 2 }, Nearly), // −10% exactly
        (4_499, 10_000, Approx::Fraction { numer: 2, denom: 5 }, MoreThan), // past the band
        (103, 1_500, Approx::OneIn(15), About),     // +3% exactly
        (1_031, 15_000, Approx::OneIn(15), JustOver), // +3.1%
        (97, 1_500, Approx::OneIn(15), About),      // −3% exactly
        (969, 15_000, Approx::OneIn(15), Nearly),   // −3.1%
        (53, 400, Approx::OneIn(8), JustOver),      // +6% exactly
        (531, 4_000, Approx::OneIn(8), MoreThan),   // +6.2%
    ];

    #[test]
    fn every_band_edge() {
        for &(num, den, approx, hedge) in BAND_EDGES {
            let f = nf(num, den);
            assert_eq!((f.approx, f.hedge), (approx, hedge), "{num}/{den}");
        }
    }

    /// An exact rung wins; otherwise the rung in the tightest step of closeness (|r| within 3%,
    /// 6%, 10%, 15%), and in a step the simplest (docs/phrasing.md, "Which rung").
    #[test]
    fn exact_rungs() {
        let cases: &[(u64, u64, &str)] = &[
            (3, 4, "three in four"),
            (3, 5, "three in five"),
            (4, 5, "four in five"),
            (3, 10, "three in 10"),
            (7, 10, "seven in 10"),
            (9, 10, "nine in 10"),
            (2, 5, "two in five"),
            (1, 5, "one in five"),
            (1, 4, "one in four"),
        ];
        for &(num, den, en) in cases {
            assert_eq!(nf(num, den).standalone(Lang::En, Gender::Feminine), en, "{num}/{den}");
        }
    }

    // The closest honest reading, worked by hand (docs/phrasing.md, "Which rung"): share, the
    // rungs that fit with r and step, English, Spanish (personas).
    const CLOSEST: &[(u64, u64, &str, &str)] = &[
        // 3/4 +14.7% (step 4), 4/5 +7.5% (3), 9/10 −4.4% (2): the wire's "nueve de cada diez".
        (86, 100, "nearly nine in 10", "casi nueve de cada diez"),
        // 6 of 7, 85.7%: 3/4 +14.3% (4), 4/5 +7.1% (3), 9/10 −4.8% (2).
        (6, 7, "nearly nine in 10", "casi nueve de cada diez"),
        // 1/3 +9.4% (3), 2/5 −8.8% (3): the same step, so the simpler. The seed's correction.
        (1188, 3257, "more than one in three", "más de una de cada tres"),
        // 1/3 −1.4% (1), 3/10 +9.5% (3).
        (1719, 5232, "about one in three", "alrededor de una de cada tres"),
        // 1/3 +9.0% (3), 2/5 −9.1% (3).
        (181, 498, "more than one in three", "más de una de cada tres"),
        // 1/3 +14% (4), 2/5 −5% (2).
        (38, 100, "nearly two in five", "casi dos de cada cinco"),
        // 3/4 +4% (2), 4/5 −2.5% (1).
        (78, 100, "about four in five", "alrededor de cuatro de cada cinco"),
        // 2/3 +2% (1), 7/10 −2.9% (1): the same step, so the simpler.
        (68, 100, "about two in three", "alrededor de dos de cada tres"),
        // 2/3 −4.7% (2), 3/5 +5.9% (2).
        (2069, 3257, "nearly two in three", "casi dos de cada tres"),
        // 1/2 +12% (4), 3/5 −6.7% (3).
        (56, 100, "nearly three in five", "casi tres de cada cinco"),
        // 1/2 −10% (3), 2/5 +12.5% (4).
        (45, 100, "nearly half", "casi la mitad"),
        // 1/5 +4.4% (2); 1/4 is −16.5%, outside.
        (104, 498, "just over one in five", "algo más de una de cada cinco"),
        // 4/5 +5.6% (2), 3/4 +12.7% (4), 9/10 −6.1% (3).
        (845, 1000, "just over four in five", "algo más de cuatro de cada cinco"),
    ];

    #[test]
    fn the_closest_honest_reading_in_both_languages() {
        standalone_in_both(CLOSEST);
    }

    // The same for ratios: a, b, English, Spanish.
    const CLOSEST_RATIOS: &[(u64, u64, &str, &str)] = &[
        // 2.84: 5 to 2 +13.6% (step 4), 3 to 1 −5.3% (2).
        (284, 100, "nearly 3 to 1", "casi 3 a 1"),
        // 2.04: 2 to 1 +2.2% (1).
        (3513, 1719, "about 2 to 1", "alrededor de 2 a 1"),
        // 2.3: 2 to 1 +15% (4), 5 to 2 −8% (3).
        (230, 100, "nearly 5 to 2", "casi 5 a 2"),
        // 2.2: 2 to 1 +10% (3); 5 to 2 is −12%, outside.
        (220, 100, "more than 2 to 1", "más de 2 a 1"),
        // 4.5: 4 to 1 +12.5% (4), 5 to 1 −10% (3).
        (45, 10, "nearly 5 to 1", "casi 5 a 1"),
        // 1.65: 3 to 2 +10% (3); 2 to 1 is −17.5%, outside.
        (165, 100, "more than 3 to 2", "más de 3 a 2"),
    ];

    #[test]
    fn the_closest_honest_ratio_in_both_languages() {
        for &(a, b, en, es) in CLOSEST_RATIOS {
            let r = ratio(a, b).expect("both non-zero");
            assert_eq!(r.phrase(Lang::En), en, "{a}:{b}");
            assert_eq!(r.phrase(Lang::Es), es, "{a}:{b}");
        }
    }

    #[test]
    fn one_in_n_always_gives_one_in_n() {
        // Where the ladder would say "two in five", one_in_n says 1 in N, hedged truthfully
        // even outside the band (N ≤ 4 only): 2/5 vs 1/3 is +20%.
        assert_eq!(one_in(2, 5).standalone(Lang::En, Gender::Feminine), "more than one in three");
        assert_eq!(one_in(9, 40).standalone(Lang::En, Gender::Feminine), "nearly one in four"); // −10%
        assert_eq!(one_in(29, 100).standalone(Lang::En, Gender::Feminine), "nearly one in three"); // −13%
        // Never "1 in 1": above two-thirds it is "more than one in two".
        assert_eq!(one_in(4, 5).standalone(Lang::En, Gender::Feminine), "more than one in two");
        assert_eq!(one_in(1, 2).standalone(Lang::Es, Gender::Feminine), "una de cada dos");
        assert_eq!(one_in(1719, 5232).standalone(Lang::En, Gender::Feminine), "about one in three");
    }

    #[test]
    fn two_significant_figures_in_one_step() {
        assert_eq!(rounded_quotient(5232, 43), 120); // 121.67
        assert_eq!(rounded_quotient(1250, 1), 1300);
        assert_eq!(rounded_quotient(995, 10), 100); // 99.5 → 100
        assert_eq!(rounded_quotient(1245, 10), 120); // 124.5 → 120, not 125 → 130
        assert_eq!(rounded_quotient(480_869, 18), 27_000); // 26,714.9
        assert_eq!(rounded_quotient(u64::MAX, 1), 18_000_000_000_000_000_000);
    }

    #[test]
    fn none_and_all_have_no_phrase() {
        for share in [Share::new(0, 5), Share::new(5, 5), Share { num: 6, den: 5 }, Share { num: 1, den: 0 }] {
            assert_eq!(natural_frequency(share), None);
            assert_eq!(one_in_n(share), None);
        }
    }

    // share, gender, English working, Spanish working
    const EXPLAIN: &[(u64, u64, Gender, &str, &str)] = &[
        (
            1719, 5232, Gender::Feminine,
            "one in three = 33.3%; 32.9% is 0.5 points below (within 3% of it), so: about one in three",
            "una de cada tres = 33,3 %; 32,9 % está 0,5 puntos por debajo (a un 3 % o menos de ese valor), así que: alrededor de una de cada tres",
        ),
        (
            1188, 3257, Gender::Feminine,
            "one in three = 33.3%; 36.5% is 3.1 points above (6% to 15% above it), so: more than one in three",
            "una de cada tres = 33,3 %; 36,5 % está 3,1 puntos por encima (entre un 6 % y un 15 % por encima de ese valor), así que: más de una de cada tres",
        ),
        (
            104, 498, Gender::Masculine,
            "one in five = 20.0%; 20.9% is 0.9 points above (3% to 6% above it), so: just over one in five",
            "uno de cada cinco = 20,0 %; 20,9 % está 0,9 puntos por encima (entre un 3 % y un 6 % por encima de ese valor), así que: algo más de uno de cada cinco",
        ),
        (
            45, 100, Gender::Feminine,
            "half = 50.0%; 45.0% is 5.0 points below (3% to 10% below it), so: nearly half",
            "la mitad = 50,0 %; 45,0 % está 5,0 puntos por debajo (entre un 3 % y un 10 % por debajo de ese valor), así que: casi la mitad",
        ),
        (
            2616, 5232, Gender::Feminine,
            "half = 50.0%; 2,616 of 5,232 is exactly half",
            "la mitad = 50,0 %; 2.616 de 5.232 es exactamente la mitad",
        ),
        (
            100, 300, Gender::Feminine,
            "one in three = 33.3%; 100 of 300 is exactly one in three",
            "una de cada tres = 33,3 %; 100 de 300 es exactamente una de cada tres",
        ),
        (
            350, 5232, Gender::Feminine,
            "5,232 ÷ 350 = 14.9 → 1 in 15 = 6.7%; 6.7% is less than 0.1 points above (within 3% of it), so: about 1 in 15",
            "5.232 ÷ 350 = 14,9 → una de cada 15 = 6,7 %; 6,7 % está menos de 0,1 puntos por encima (a un 3 % o menos de ese valor), así que: alrededor de una de cada 15",
        ),
        (
            43, 5232, Gender::Feminine,
            "5,232 ÷ 43 = 121.7 ≈ 120 (two significant figures) → 1 in 120 = 0.8%; 0.8% is less than 0.1 points below (within 3% of it), so: about 1 in 120",
            "5.232 ÷ 43 = 121,7 ≈ 120 (dos cifras significativas) → una de cada 120 = 0,8 %; 0,8 % está menos de 0,1 puntos por debajo (a un 3 % o menos de ese valor), así que: alrededor de una de cada 120",
        ),
        (
            5232, 480_869, Gender::Feminine,
            "480,869 ÷ 5,232 = 91.9 → 1 in 92 = 1.1%; 1.1% is less than 0.1 points above (within 3% of it), so: about 1 in 92",
            "480.869 ÷ 5.232 = 91,9 → una de cada 92 = 1,1 %; 1,1 % está menos de 0,1 puntos por encima (a un 3 % o menos de ese valor), así que: alrededor de una de cada 92",
        ),
        (
            43, 480_869, Gender::Feminine,
            "480,869 ÷ 43 = 11,183.0 ≈ 11,000 (two significant figures) → 1 in 11,000; 43 × 11,000 = 473,000 is 1.6% below 480,869 (within 3% of it), so: about 1 in 11,000",
            "480.869 ÷ 43 = 11.183,0 ≈ 11.000 (dos cifras significativas) → una de cada 11.000; 43 × 11.000 = 473.000, un 1,6 % por debajo de 480.869 (a un 3 % o menos de ese valor), así que: alrededor de una de cada 11.000",
        ),
    ];

    #[test]
    fn working_steps_in_both_languages() {
        for &(num, den, gender, en, es_text) in EXPLAIN {
            let f = nf(num, den);
            assert_eq!(f.explain(Lang::En, gender), en, "{num}/{den}");
            assert_eq!(f.explain(Lang::Es, gender), es(es_text), "{num}/{den}");
        }
    }

    #[test]
    fn working_outside_the_band_for_one_in_n() {
        assert_eq!(
            one_in(29, 100).explain(Lang::En, Gender::Feminine),
            "100 ÷ 29 = 3.4 → one in three = 33.3%; 29.0% is 4.3 points below (more than 10% below it), so: nearly one in three"
        );
    }

    // a, b, hedge, English, Spanish
    const RATIOS: &[(u64, u64, Hedge, &str, &str)] = &[
        (3513, 1719, About, "about 2 to 1", "alrededor de 2 a 1"),
        (2069, 1188, About, "about 1.7 to 1", "alrededor de 1,7 a 1"),
        (317, 181, About, "about 1.8 to 1", "alrededor de 1,8 a 1"),
        (480_869, 5232, About, "about 92 to 1", "alrededor de 92 a 1"),
        (480_869, 3257, About, "about 150 to 1", "alrededor de 150 a 1"),
        (5, 5, Exactly, "1 to 1", "1 a 1"),
        (3, 2, Exactly, "3 to 2", "3 a 2"),
        (5, 2, Exactly, "5 to 2", "5 a 2"),
        (3438, 1719, Exactly, "2 to 1", "2 a 1"),
        (13, 10, Exactly, "1.3 to 1", "1,3 a 1"),
        (120, 10, Exactly, "12 to 1", "12 a 1"),
        (125, 10, Nearly, "nearly 13 to 1", "casi 13 a 1"),
        (1250, 1, Nearly, "nearly 1,300 to 1", "casi 1.300 a 1"),
        // Band edges around 2 to 1.
        (206, 100, About, "about 2 to 1", "alrededor de 2 a 1"),
        (20_601, 10_000, JustOver, "just over 2 to 1", "algo más de 2 a 1"),
        (212, 100, JustOver, "just over 2 to 1", "algo más de 2 a 1"),
        (21_201, 10_000, MoreThan, "more than 2 to 1", "más de 2 a 1"),
        (220, 100, MoreThan, "more than 2 to 1", "más de 2 a 1"), // +10%; 5 to 2 is −12%
        // 2.3: 2 to 1 is +15%, 5 to 2 is −8%, a step closer.
        (230, 100, Nearly, "nearly 5 to 2", "casi 5 a 2"),
        (23_001, 10_000, Nearly, "nearly 5 to 2", "casi 5 a 2"),
        (180, 100, Nearly, "nearly 2 to 1", "casi 2 a 1"),
        (17_999, 10_000, About, "about 1.8 to 1", "alrededor de 1,8 a 1"),
    ];

    #[test]
    fn ratios_in_both_languages() {
        for &(a, b, hedge, en, es) in RATIOS {
            let r = ratio(b, a).expect("both non-zero"); // larger first, whatever the order
            assert_eq!(r.reading().hedge, hedge, "{a}:{b}");
            assert_eq!(r.phrase(Lang::En), en, "{a}:{b}");
            assert_eq!(r.phrase(Lang::Es), es, "{a}:{b}");
        }
        assert_eq!(ratio(0, 5), None);
        assert_eq!(ratio(5, 0), None);
    }

    #[test]
    fn ratio_working_in_both_languages() {
        let cases: &[(u64, u64, &str, &str)] = &[
            (
                3513, 1719,
                "3,513 ÷ 1,719 = 2.04; 2.04 is 2.2% above 2 to 1 (within 3% of it), so: about 2 to 1",
                "3.513 ÷ 1.719 = 2,04; 2,04 está un 2,2 % por encima de 2 a 1 (a un 3 % o menos de ese valor), así que: alrededor de 2 a 1",
            ),
            (
                2069, 1188,
                "2,069 ÷ 1,188 = 1.74; 1.74 is not between 10% below and 15% above any simple ratio, so, to one decimal: about 1.7 to 1",
                "2.069 ÷ 1.188 = 1,74; 1,74 no está entre un 10 % por debajo y un 15 % por encima de ninguna razón sencilla, así que, con un decimal: alrededor de 1,7 a 1",
            ),
            (
                480_869, 3257,
                "480,869 ÷ 3,257 = 147.64 ≈ 150 (two significant figures); 147.64 is 1.6% below 150 to 1 (within 3% of it), so: about 150 to 1",
                "480.869 ÷ 3.257 = 147,64 ≈ 150 (dos cifras significativas); 147,64 está un 1,6 % por debajo de 150 a 1 (a un 3 % o menos de ese valor), así que: alrededor de 150 a 1",
            ),
            (3438, 1719, "3,438 ÷ 1,719 = 2.00; exactly 2 to 1", "3.438 ÷ 1.719 = 2,00; exactamente 2 a 1"),
        ];
        for &(a, b, en, es_text) in cases {
            let r = ratio(a, b).expect("both non-zero");
            assert_eq!(r.explain(Lang::En), en, "{a}:{b}");
            assert_eq!(r.explain(Lang::Es), es(es_text), "{a}:{b}");
        }
    }

    #[test]
    fn extremes_do_not_panic() {
        let max = u64::MAX;
        let shares = [Share::new(1, max), Share::new(max - 1, max), Share::new(1, 2), Share::new(max / 3, max)];
        for share in shares {
            for f in [natural_frequency(share), one_in_n(share)].into_iter().flatten() {
                for lang in Lang::ALL {
                    assert!(!f.explain(lang, Gender::Masculine).is_empty());
                    assert!(!f.quantifier(lang, Gender::Feminine).is_empty());
                }
            }
        }
        // Hand-built values that no function here returns.
        let odd = Frequency { share: Share { num: 3, den: 0 }, approx: Approx::OneIn(0), hedge: About };
        assert!(!odd.explain(Lang::En, Gender::Feminine).is_empty());
        for r in [Ratio { a: max, b: 1 }, Ratio { a: 1, b: max }, Ratio { a: max, b: max - 1 }, Ratio { a: 1, b: 0 }] {
            assert!(!r.explain(Lang::Es).is_empty());
        }
    }
}
