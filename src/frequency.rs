//! Natural-frequency phrases ("more than one in three") and ratios ("about 2 to 1").
//! (Being written: see the frequency helper's task.)

use crate::lang::Lang;
use crate::share::Share;

/// Spanish agreement of the quantifier with the noun counted: "una de cada tres personas",
/// "uno de cada tres cargos".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Feminine,
    Masculine,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    Exactly,
    About,
    Nearly,
    JustOver,
    MoreThan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approx {
    /// numer/denom from the ladder (1/2, 1/3, 2/3, 1/4, …, 9/10).
    Fraction { numer: u64, denom: u64 },
    /// 1 in N.
    OneIn(u64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frequency {
    pub share: Share,
    pub approx: Approx,
    pub hedge: Hedge,
}

/// The natural-frequency reading of a share; `None` for none or all.
pub fn natural_frequency(share: Share) -> Option<Frequency> {
    if share.is_none() || share.is_all() {
        return None;
    }
    let n = (share.den + share.num / 2) / share.num;
    Some(Frequency { share, approx: Approx::OneIn(n.max(1)), hedge: Hedge::About })
}

/// Always the "1 in N" reading (for small groups and populations); `None` for none or all.
pub fn one_in_n(share: Share) -> Option<Frequency> {
    natural_frequency(share)
}

impl Frequency {
    /// The words that go right before the noun: "about one in three", "about half of the".
    pub fn quantifier(&self, lang: Lang, gender: Gender) -> String {
        let _ = gender;
        match (self.approx, lang) {
            (Approx::OneIn(n), Lang::En) => format!("about 1 in {n}"),
            (Approx::OneIn(n), Lang::Es) => format!("alrededor de 1 de cada {n}"),
            (Approx::Fraction { numer, denom }, _) => format!("{numer}/{denom}"),
        }
    }

    /// The phrase on its own: "about one in three", "about half".
    pub fn standalone(&self, lang: Lang, gender: Gender) -> String {
        self.quantifier(lang, gender)
    }

    /// The working step: "one in three = 33.3%; 32.9% is 0.5 points below, so: about one in three".
    pub fn explain(&self, lang: Lang, gender: Gender) -> String {
        self.standalone(lang, gender)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    pub a: u64,
    pub b: u64,
}

/// The ratio of two complementary groups, larger first; `None` when either is zero.
pub fn ratio(a: u64, b: u64) -> Option<Ratio> {
    if a == 0 || b == 0 {
        return None;
    }
    Some(Ratio { a: a.max(b), b: a.min(b) })
}

impl Ratio {
    /// "about 2 to 1", "alrededor de 2 a 1".
    pub fn phrase(&self, lang: Lang) -> String {
        let v = (self.a + self.b / 2) / self.b;
        match lang {
            Lang::En => format!("about {v} to 1"),
            Lang::Es => format!("alrededor de {v} a 1"),
        }
    }

    /// "3,513 ÷ 1,719 = 2.04; 2 to 1 = 2.00; 2.04 is 2.2% above, so: about 2 to 1".
    pub fn explain(&self, lang: Lang) -> String {
        self.phrase(lang)
    }
}
