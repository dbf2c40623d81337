//! Shares as exact fractions of integers, and the one rounding rule that turns them into what a
//! reader sees (docs/phrasing.md, "Rounding"):
//!
//! * A share on its own is rounded half up to a tenth of a percent.
//! * Parts of one whole shown together are apportioned by largest remainder, so they add up to
//!   exactly 100.0% (and, for icon arrays, to exactly 100 figures).
//! * A share that is neither none nor all never reads 0.0% or 100.0%: it reads
//!   "less than 0.1%" or "more than 99.9%".

use crate::format;
use crate::lang::Lang;
use std::fmt::{self, Display};

/// `num` of `den`, exact. `den` is never zero (resolve rejects zero totals).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Share {
    pub num: u64,
    pub den: u64,
}

impl Share {
    pub(crate) fn new(num: u64, den: u64) -> Share {
        debug_assert!(den > 0, "a share of nothing");
        Share { num, den: den.max(1) }
    }

    /// `num/den` scaled to `units` (1000 = tenths of a percent), rounded half up.
    pub(crate) fn scaled_round(self, units: u64) -> u64 {
        let n = self.num as u128 * units as u128;
        let d = self.den as u128;
        ((2 * n + d) / (2 * d)) as u64
    }

    /// The share in tenths of a percent, rounded half up: 1719/5232 → 329 (32.9%).
    pub(crate) fn tenths(self) -> u64 {
        self.scaled_round(1000)
    }

    pub(crate) fn is_none(self) -> bool {
        self.num == 0
    }

    /// Compares with `p/q` exactly: the sign of num/den − p/q.
    pub(crate) fn cmp_fraction(self, p: u64, q: u64) -> std::cmp::Ordering {
        (self.num as u128 * q as u128).cmp(&(p as u128 * self.den as u128))
    }
}

/// A share as shown: tenths of a percent after rounding, and the text for a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shown {
    pub share: Share,
    /// Displayed tenths of a percent (0..=1000).
    pub tenths: u64,
}

impl Shown {
    /// A share shown alone.
    pub(crate) fn alone(share: Share) -> Shown {
        Shown { share, tenths: share.tenths() }
    }

    /// Where a non-trivial share would round to an extreme, the bound it is shown as.
    pub(crate) fn bound(self) -> Bound {
        if self.tenths == 0 && !self.share.is_none() {
            Bound::Below
        } else if self.tenths == 1000 && self.share.num < self.share.den {
            Bound::Above
        } else {
            Bound::Exact
        }
    }

    /// "32.9%", "less than 0.1%", "32,9 %", "menos del 0,1 %".
    pub(crate) fn percent_sign(self, lang: Lang) -> String {
        format::short_string(self.percent_sign_display(lang))
    }

    /// `percent_sign` where it is written.
    pub(crate) fn percent_sign_display(self, lang: Lang) -> impl Display {
        fmt::from_fn(move |f| match self.bound() {
            Bound::Exact => format::percent_sign_display(self.tenths, lang).fmt(f),
            Bound::Below => write!(f, "{}{}", format::numbers(lang).less_than_percent, format::percent_sign_display(1, lang)),
            Bound::Above => write!(f, "{}{}", format::numbers(lang).more_than_percent, format::percent_sign_display(999, lang)),
        })
    }

    /// "32.9 percent", "less than 0.1 percent", "32,9 por ciento".
    #[cfg(test)]
    pub(crate) fn percent_words(self, lang: Lang) -> String {
        format::short_string(self.percent_words_display(lang))
    }

    /// `percent_words` where it is written.
    pub(crate) fn percent_words_display(self, lang: Lang) -> impl Display {
        fmt::from_fn(move |f| match self.bound() {
            Bound::Exact => format::percent_words_display(self.tenths, lang).fmt(f),
            Bound::Below => write!(f, "{}{}", format::numbers(lang).less_than_percent, format::percent_words_display(1, lang)),
            Bound::Above => write!(f, "{}{}", format::numbers(lang).more_than_percent, format::percent_words_display(999, lang)),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    Exact,
    Below,
    Above,
}

/// Splits `units` among parts in proportion to `counts` (which sum to `whole`), by largest
/// remainder: each part gets its floor, then the parts with the largest remainders get one more
/// until the units are used up. Ties go to the larger count, then to the earlier part, so the
/// result never depends on anything but the numbers.
#[cfg(test)]
pub(crate) fn apportion(counts: &[u64], whole: u64, units: u64) -> Vec<u64> {
    let mut shares = vec![0; counts.len()];
    apportion_into(counts, whole, units, &mut Vec::with_capacity(counts.len()), &mut shares);
    shares
}

/// `apportion`, written into `shares` (one for each count), with `order` as room to sort in.
fn apportion_into(counts: &[u64], whole: u64, units: u64, order: &mut Vec<(u128, u64, usize)>, shares: &mut [u64]) {
    if whole == 0 {
        shares.fill(0);
        return;
    }
    let whole = whole as u128;
    order.clear();
    for ((i, &c), share) in counts.iter().enumerate().zip(shares.iter_mut()) {
        let scaled = c as u128 * units as u128;
        *share = (scaled / whole) as u64;
        order.push((scaled % whole, c, i));
    }
    let given: u64 = shares.iter().sum();
    let left = units.saturating_sub(given) as usize;
    sort_small(order, |a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    for &(_, _, i) in order.iter().take(left) {
        if let Some(share) = shares.get_mut(i) {
            *share += 1;
        }
    }
}

/// Sorts a short list (a stage's parts, at most `MAX_PLACES` places) by insertion: for lists
/// this short it is as quick as the standard sort, which would add two quicksorts to the
/// browser's download. `cmp` must order every pair (ties broken by position), so the result is
/// what any sort gives.
pub(crate) fn sort_small<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while let (Some(a), Some(b)) = (j.checked_sub(1).and_then(|k| v.get(k)), v.get(j)) {
            if cmp(b, a).is_ge() {
                break;
            }
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Parts of one whole, shown together: tenths that add up to exactly 1000.
#[cfg(test)]
pub(crate) fn shown_parts(counts: &[u64], whole: u64) -> Vec<Shown> {
    apportion(counts, whole, 1000)
        .into_iter()
        .zip(counts)
        .map(|(tenths, &c)| Shown { share: Share::new(c, whole), tenths })
        .collect()
}

/// A part of a whole as drawn: its tenths for bars and text, and its figures out of 100 and out
/// of 10 for icon arrays, each apportioned so that the parts add up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Together {
    pub shown: Shown,
    pub per_100: u64,
    pub per_10: u64,
}

/// Parts of one whole shown together: tenths summing to 1000, per_100 to 100, per_10 to 10
/// (when the counts sum to the whole).
pub(crate) fn together(counts: &[u64], whole: u64) -> Vec<Together> {
    let n = counts.len();
    // One list for the three apportionings, and one to sort in, whatever the number of parts.
    let mut shares = vec![0; 3 * n];
    let mut order = Vec::with_capacity(n);
    let (tenths, rest) = shares.split_at_mut(n);
    let (per_100, per_10) = rest.split_at_mut(n);
    apportion_into(counts, whole, 1000, &mut order, tenths);
    apportion_into(counts, whole, 100, &mut order, per_100);
    apportion_into(counts, whole, 10, &mut order, per_10);
    counts
        .iter()
        .zip(tenths.iter().zip(per_100.iter().zip(per_10.iter())))
        .map(|(&c, (&tenths, (&per_100, &per_10)))| Together { shown: Shown { share: Share::new(c, whole), tenths }, per_100, per_10 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_up_to_tenths() {
        // 1,719 ÷ 5,232 = 0.32855… → 32.9%
        assert_eq!(Share::new(1719, 5232).tenths(), 329);
        // 1 ÷ 8 = 12.5% exactly; 1 ÷ 16 = 6.25% → 6.3% (half up)
        assert_eq!(Share::new(1, 16).tenths(), 63);
        assert_eq!(Share::new(1, 3).tenths(), 333);
    }

    #[test]
    fn parts_of_a_whole_add_to_exactly_100() {
        // Thirds: 33.3 + 33.3 + 33.3 = 99.9 if rounded alone; apportioned one gets 33.4.
        let shown = shown_parts(&[1, 1, 1], 3);
        assert_eq!(shown.iter().map(|s| s.tenths).sum::<u64>(), 1000);
        assert_eq!(shown[0].tenths, 334);
        assert_eq!(shown[1].tenths, 333);
    }

    #[test]
    fn sort_small_sorts_as_the_standard_sort_does() {
        // A small generator: every length up to 61 (60 places and the rest), with ties in the
        // key broken by position as the callers break them.
        let mut seed = 0x2545_f491_u64;
        for len in 0..=61 {
            let mut v: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    ((seed >> 60) % 7, i)
                })
                .collect();
            let cmp = |a: &(u64, usize), b: &(u64, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
            let mut expected = v.clone();
            expected.sort_unstable_by(cmp);
            sort_small(&mut v, cmp);
            assert_eq!(v, expected, "{len}");
        }
    }

    #[test]
    fn tiny_and_near_total_shares_read_as_bounds() {
        let tiny = Shown::alone(Share::new(1, 100_000));
        assert_eq!(tiny.percent_sign(Lang::En), "less than 0.1%");
        assert_eq!(tiny.percent_words(Lang::Es), "menos del 0,1 por ciento");
        let nearly_all = Shown::alone(Share::new(99_999, 100_000));
        assert_eq!(nearly_all.percent_sign(Lang::En), "more than 99.9%");
        assert_eq!(Shown::alone(Share::new(0, 5)).percent_sign(Lang::En), "0.0%");
        assert_eq!(Shown::alone(Share::new(5, 5)).percent_sign(Lang::En), "100.0%");
    }
}
