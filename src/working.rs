//! The working, for teachers: each figure as the steps one writes on a board.
//! "5,232 − 3,513 = 1,719 (derived)", "1,719 ÷ 5,232 = 0.3286 → 32.9%".

use crate::dates::Date;
use crate::format;
use crate::lang::Lang;
use crate::resolve::Term;
use crate::share::{Share, Shown};
use std::fmt::{self, Display};

fn n(v: u64, lang: Lang) -> String {
    format::count(v, lang)
}

/// "5,232 − 3,513": the sum a derived count comes from.
pub fn expression(terms: &[Term], lang: Lang) -> String {
    expression_display(terms, lang).to_string()
}

/// `expression` where it is written.
pub fn expression_display(terms: &[Term], lang: Lang) -> impl Display + '_ {
    fmt::from_fn(move |f| {
        for (i, t) in terms.iter().enumerate() {
            if i > 0 {
                f.write_str(if t.minus { " − " } else { " + " })?;
            }
            format::count_display(t.value, lang).fmt(f)?;
        }
        Ok(())
    })
}

/// "5,232 − 3,513 = 1,719 (derived)".
pub fn derivation(terms: &[Term], result: u64, lang: Lang) -> String {
    let expr = expression(terms, lang);
    let derived = match lang {
        Lang::En => "derived",
        Lang::Es => "derivado",
    };
    format!("{expr} = {} ({derived})", n(result, lang))
}

/// "1,719 ÷ 5,232 = 0.3286 → 32.9%".
pub fn share(shown: Shown, lang: Lang) -> String {
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
pub fn apportioned(parts: &[(&str, Shown)], lang: Lang) -> Option<String> {
    let alone_sum: u64 = parts.iter().map(|(_, s)| s.share.tenths()).sum();
    let moved: Vec<String> = parts
        .iter()
        .filter(|(_, s)| s.tenths != s.share.tenths())
        .map(|(label, s)| match lang {
            Lang::En => format!("“{label}” is shown as {}", format::percent_sign(s.tenths, lang)),
            Lang::Es => format!("«{label}» se muestra como {}", format::percent_sign(s.tenths, lang)),
        })
        .collect();
    if moved.is_empty() {
        return None;
    }
    Some(match lang {
        Lang::En => format!(
            "Rounded one by one, the parts add up to {}; by largest remainder, {} so that they add up to 100%.",
            format::percent_sign(alone_sum, lang),
            moved.join(", ")
        ),
        Lang::Es => format!(
            "Redondeadas una a una, las partes suman {}; por el método del resto mayor, {} para que sumen 100 %.",
            format::percent_sign(alone_sum, lang),
            moved.join(", ")
        ),
    })
}

/// "3,257 ÷ 5,232 × 100 = 62.3".
pub fn per_hundred(later: u64, earlier: u64, tenths: u64, lang: Lang) -> String {
    format!("{} ÷ {} × 100 = {}", n(later, lang), n(earlier, lang), format::tenths(tenths, lang))
}

/// "36.5% − 32.9% = 3.6 percentage points": the larger share first, as shown.
pub fn points(to: Share, from: Share, lang: Lang) -> String {
    let (hi, lo) = if to.tenths() >= from.tenths() { (to, from) } else { (from, to) };
    let unit = match lang {
        Lang::En => "percentage points",
        Lang::Es => "puntos porcentuales",
    };
    format!(
        "{} − {} = {} {unit}",
        Shown::alone(hi).percent_sign(lang),
        Shown::alone(lo).percent_sign(lang),
        format::tenths(hi.tenths() - lo.tenths(), lang)
    )
}

/// "Oct. 1, 2024, to June 30, 2025: 273 days, counting both".
pub fn days(start: Date, end: Date, days: u64, lang: Lang) -> String {
    let d = |x: Date| format::date(x.year, x.month, x.day, lang);
    match lang {
        Lang::En => format!("{}, to {}: {} days, counting both", d(start), d(end), n(days, lang)),
        Lang::Es => format!("Del {} al {}: {} días, contando ambos", d(start), d(end), n(days, lang)),
    }
}

/// "5,232 ÷ 273 = 19.2 a day".
pub fn per_day(total: u64, days: u64, tenths: u64, lang: Lang) -> String {
    let a_day = match lang {
        Lang::En => "a day",
        Lang::Es => "al día",
    };
    format!("{} ÷ {} = {} {a_day}", n(total, lang), n(days, lang), format::tenths(tenths, lang))
}

/// "19.2 ÷ 3,000 = 0.6%", with the pace given in tenths.
pub fn of_target(pace_tenths: u64, target: u64, percent_tenths: u64, lang: Lang) -> String {
    format!(
        "{} ÷ {} = {}",
        format::tenths(pace_tenths, lang),
        n(target, lang),
        format::percent_sign(percent_tenths, lang)
    )
}

/// "(5,232 − 2,100) ÷ 2,100 = 149.1% more": the change is always a share of the earlier count.
pub fn change(now: u64, before: u64, tenths: u64, lang: Lang) -> String {
    let word = match (now >= before, lang) {
        (true, Lang::En) => "more",
        (true, Lang::Es) => "más",
        (false, Lang::En) => "fewer",
        (false, Lang::Es) => "menos",
    };
    format!(
        "({} − {}) ÷ {} = {} {word}",
        n(now.max(before), lang),
        n(now.min(before), lang),
        n(before, lang),
        format::percent_sign(tenths, lang)
    )
}
