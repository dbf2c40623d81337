//! English, in AP style: figures with commas, "percent" in running text, no serial comma.

use super::{capitalize, join_list, Caveat, Direction, PartSaid, Said, Subject};
use crate::format;
use crate::frequency::{Frequency, Gender};
use crate::lang::{Lang, Text};
use crate::model::{Category, StageKind, Unit};
use crate::share::Shown;

const L: Lang = Lang::En;

fn n(v: u64) -> String {
    format::count(v, L)
}

fn pct(s: Shown) -> String {
    s.percent_words(L)
}

fn typed(t: &Text) -> String {
    super::typed(t, L)
}

fn participle(s: &Subject) -> String {
    if let Some(v) = s.verb.filter(|v| v.get(L).is_some()) {
        return typed(v);
    }
    match s.kind {
        StageKind::Arrests => "arrested",
        StageKind::Detentions => "booked into detention",
        StageKind::Removals => "removed",
        StageKind::Deportations => "deported",
        StageKind::Detainers => "named in detainer requests",
        StageKind::Custom => "counted",
    }
    .to_string()
}

fn people(s: &Subject) -> &'static str {
    match s.unit {
        Unit::People => "people",
        Unit::Charges => "charges against people",
    }
}

/// "people arrested": for later mentions.
fn short_subject(s: &Subject) -> String {
    format!("{} {}", people(s), participle(s))
}

/// "people arrested by ICE in the Los Angeles area from October to June".
pub fn subject(s: &Subject) -> String {
    short_subject(s) + &subject_tail(s)
}

/// " by ICE in the Los Angeles area from October to June".
fn subject_tail(s: &Subject) -> String {
    let mut out = String::new();
    if let Some(a) = s.agency {
        let by = if s.kind == StageKind::Detainers { "from" } else { "by" };
        out.push_str(&format!(" {by} {}", typed(a)));
    }
    if let Some(p) = s.place {
        out.push_str(&format!(" in {}", typed(p)));
    }
    if let Some(label) = s.period_label {
        out.push_str(&format!(" {}", typed(label)));
    } else if let Some(p) = s.period {
        out.push_str(&format!(
            " from {}, to {}",
            format::date(p.start.year, p.start.month, p.start.day, L),
            format::date(p.end.year, p.end.month, p.end.day, L)
        ));
    }
    out
}

/// The stage as a plural noun: "arrests", "deportations".
fn noun(s: &Subject) -> String {
    if s.unit == Unit::Charges {
        return "charges".into();
    }
    match (s.kind, s.verb.and_then(|v| v.get(L))) {
        (_, Some(_)) | (StageKind::Custom, None) => short_subject(s),
        (StageKind::Arrests, _) => "arrests".into(),
        (StageKind::Detentions, _) => "book-ins into detention".into(),
        (StageKind::Removals, _) => "removals".into(),
        (StageKind::Deportations, _) => "deportations".into(),
        (StageKind::Detainers, _) => "detainers".into(),
    }
}

pub fn stage_label(s: &Subject) -> String {
    match s.kind {
        StageKind::Arrests if s.verb.is_none() => "Arrests".into(),
        StageKind::Detentions if s.verb.is_none() => "Detentions (book-ins)".into(),
        StageKind::Removals if s.verb.is_none() => "Removals".into(),
        StageKind::Deportations if s.verb.is_none() => "Deportations".into(),
        StageKind::Detainers if s.verb.is_none() => "Detainers".into(),
        _ => capitalize(&short_subject(s)),
    }
}

pub fn category_label(c: Option<Category>) -> &'static str {
    match c {
        Some(Category::Convicted) => "Convicted of a crime",
        Some(Category::Pending) => "Pending criminal charges, not convicted",
        Some(Category::NoRecord) => "No criminal history",
        Some(Category::CriminalHistory) => "Criminal history (conviction or pending charge)",
        Some(Category::NotConvicted) => "No criminal conviction",
        None => "Not accounted for",
    }
}

/// What the people in a category had: reads after the subject.
fn predicate(c: Option<Category>, unit: Unit) -> String {
    match (c, unit) {
        (None, _) => "are not accounted for in the figures".into(),
        (Some(c), Unit::Charges) => format!("fell under “{}”", crate::lang::lowercase(category_label(Some(c)))),
        (Some(Category::Convicted), _) => "had been convicted of a crime".into(),
        (Some(Category::Pending), _) => "had pending criminal charges but no conviction".into(),
        (Some(Category::NoRecord), _) => "had no criminal history".into(),
        (Some(Category::CriminalHistory), _) => "had a criminal history".into(),
        (Some(Category::NotConvicted), _) => "had no criminal conviction".into(),
    }
}

/// The people in a category, after "people" or "those": "with a criminal history".
fn described(c: Category) -> &'static str {
    match c {
        Category::Convicted => "convicted of a crime",
        Category::Pending => "with pending charges only",
        Category::NoRecord => "with no criminal history",
        Category::CriminalHistory => "with a criminal history",
        Category::NotConvicted => "with no criminal conviction",
    }
}

fn one_in(f: &Option<Frequency>) -> Option<String> {
    f.as_ref().map(|f| f.standalone(L, Gender::Feminine))
}

/// A phrase that opens a sentence: capitalized, and never a figure ("One in 15", not "1 in 15").
fn sentence_start(phrase: &str) -> String {
    match phrase.strip_prefix("1 in ") {
        Some(rest) => format!("One in {rest}"),
        None => capitalize(phrase),
    }
}

fn rate(tenths: u64) -> String {
    format::rate(tenths, L)
}

fn part(p: &PartSaid, unit: Unit) -> String {
    format!("{} ({}) {}", n(p.count), pct(p.shown), predicate(p.category, unit))
}

pub fn say(said: &Said) -> String {
    match said {
        Said::Lead { subject: s, category, count, total, shown, frequency } => match frequency {
            Some(f) => format!(
                "{} {} {}: {} of {} ({}).",
                sentence_start(&f.quantifier(L, Gender::Feminine)),
                subject(s),
                predicate(Some(*category), s.unit),
                n(*count),
                n(*total),
                pct(*shown)
            ),
            None if count == total => format!("All {} {} {}.", n(*total), subject(s), predicate(Some(*category), s.unit)),
            None => format!(
                "Of the {} {}, {} {} ({}).",
                n(*total),
                subject(s),
                n(*count),
                predicate(Some(*category), s.unit),
                pct(*shown)
            ),
        },
        Said::Count { subject: s, total } => match s.unit {
            Unit::People => format!("In all, {} people were {}{}.", n(*total), participle(s), subject_tail(s)),
            Unit::Charges => {
                format!("In all, {} charges were recorded against people {}{}.", n(*total), participle(s), subject_tail(s))
            }
        },
        Said::Breakdown { subject: s, total, parts } => {
            let items: Vec<String> = parts.iter().map(|p| part(p, s.unit)).collect();
            format!("Of the {} {}, {}.", n(*total), subject(s), join_list(&items, "and"))
        }
        Said::Ratio { larger, smaller, a, b, ratio } => {
            if a == b {
                format!(
                    "There were as many people {} as people {} ({} each).",
                    described(*larger),
                    described(*smaller),
                    n(*a)
                )
            } else if ratio.is_even() {
                format!(
                    "People {} and people {} were about equal in number ({} and {}).",
                    described(*larger),
                    described(*smaller),
                    n(*a),
                    n(*b)
                )
            } else {
                format!(
                    "People {} outnumbered those {} {} ({} to {}).",
                    described(*larger),
                    described(*smaller),
                    ratio.phrase(L),
                    n(*a),
                    n(*b)
                )
            }
        }
        Said::Subgroup { subject: s, label, count, total, of_total, one_in: f, parent } => {
            let tail = one_in(f).map(|o| format!(", or {o}")).unwrap_or_default();
            let were = if *count == 1 { "was" } else { "were" };
            if s.unit == Unit::Charges {
                return format!("Of the {} charges, {} {were} {} ({}){}.", n(*total), n(*count), typed(label), pct(*of_total), tail);
            }
            match parent {
                Some((c, parent_count, of_parent)) => format!(
                    "Among the {} people {}, {} {were} {} ({}); that is {} of all {} {}{}.",
                    n(*parent_count),
                    described(*c),
                    n(*count),
                    typed(label),
                    pct(*of_parent),
                    pct(*of_total),
                    n(*total),
                    short_subject(s),
                    tail
                ),
                None => format!(
                    "Among the {} {}, {} {were} {} ({}){}.",
                    n(*total),
                    short_subject(s),
                    n(*count),
                    typed(label),
                    pct(*of_total),
                    tail
                ),
            }
        }
        Said::Places { top, places, unit: _ } => {
            let items: Vec<String> =
                top.iter().map(|(name, c, sh)| format!("{}, {} ({})", typed(name), n(*c), pct(*sh))).collect();
            // AP: semicolons in a series whose items have commas; two items need only ", and".
            let list = match items.as_slice() {
                [one] => one.clone(),
                [first, second] => format!("{first}, and {second}"),
                [init @ .., last] => format!("{}; and {last}", init.join("; ")),
                [] => String::new(),
            };
            if *places <= top.len() {
                format!("By place: {list}.")
            } else {
                format!("Of the {} places, the largest counts were in {list}.", format::small_number(*places as u64, L))
            }
        }
        Said::PerHundred { earlier, later, later_total, per_100_tenths } => format!(
            "For every 100 {}, there were {} {}: {} in all.",
            noun(earlier),
            rate(*per_100_tenths),
            noun(later),
            n(*later_total)
        ),
        Said::ShareChange { category, earlier, later, from, to, points_tenths, direction } => match direction {
            Direction::Same => format!(
                "The share of people {} was the same among {} and {} ({}).",
                described(*category),
                noun(later),
                noun(earlier),
                pct(*to)
            ),
            Direction::Higher | Direction::Lower => format!(
                "The share of people {} was {} percentage points {} among {} ({}) than among {} ({}).",
                described(*category),
                points(*points_tenths),
                if matches!(direction, Direction::Higher) { "higher" } else { "lower" },
                noun(later),
                pct(*to),
                noun(earlier),
                pct(*from)
            ),
        },
        Said::PerDay { subject: s, total, per_day_tenths, days } => format!(
            "The {} {} average {} a day over {} {}.",
            n(*total),
            noun(s),
            rate(*per_day_tenths),
            format::small_number(*days, L),
            if *days == 1 { "day" } else { "days" }
        ),
        Said::Population { subject: s, total, population, label, shown, one_in: f } => format!(
            "The {} {} equal {} of the {} {}{}.",
            n(*total),
            noun(s),
            pct(*shown),
            n(*population),
            typed(label),
            one_in(f).map(|o| format!(", or {o}")).unwrap_or_default()
        ),
        Said::TargetDaily { subject: s, pace_tenths, observed, target, percent_tenths, label } => format!(
            "At {} {} a day{}, the pace is {} of {} of {} a day.",
            rate(*pace_tenths),
            noun(s),
            if *observed { " (as reported)" } else { " on average" },
            format::percent_words_nonzero(*percent_tenths, L),
            label.map(typed).unwrap_or_else(|| "the goal".into()),
            n(*target)
        ),
        Said::TargetTotal { subject: s, total, target, percent_tenths, label } => format!(
            "The {} {} are {} of {} of {}.",
            n(*total),
            noun(s),
            format::percent_words_nonzero(*percent_tenths, L),
            label.map(typed).unwrap_or_else(|| "the goal".into()),
            n(*target)
        ),
        Said::Comparison { subject: s, total, other, label, change_tenths, direction } => {
            let change = match (change_tenths, direction) {
                (None, _) => String::new(),
                (Some(_), Direction::Same) => ", the same number".into(),
                (Some(t), Direction::Higher) => format!(", an increase of {}", format::percent_words_nonzero(*t, L)),
                (Some(t), Direction::Lower) => format!(", a decrease of {}", format::percent_words_nonzero(*t, L)),
            };
            let other = if *other == 0 { "none".to_string() } else { n(*other) };
            format!("The {} {} compare with {} in {}{}.", n(*total), noun(s), other, typed(label), change)
        }
        Said::Caveat(c) => caveat(c),
    }
}

/// Percentage points in tenths; a difference too small to show is "less than 0.1".
fn points(tenths: u64) -> String {
    if tenths == 0 {
        "less than 0.1".into()
    } else {
        format::tenths(tenths, L)
    }
}

fn caveat(c: &Caveat) -> String {
    match c {
        Caveat::Derived { category, count, terms, unit } => {
            let expr = crate::working::expression(terms, L);
            let who = match unit {
                Unit::People => format!("{} people who {}", n(*count), predicate(Some(*category), *unit)),
                Unit::Charges => format!("{} charges that {}", n(*count), predicate(Some(*category), *unit)),
            };
            format!("The figure of {who} is derived — {expr} = {} — not reported directly.", n(*count))
        }
        Caveat::HistoryIsNotConviction { count } => format!(
            "“Criminal history” counts pending criminal charges as well as convictions: the figures do not say how many of the {} were convicted.",
            n(*count)
        ),
        Caveat::NotConvictedIsNotNoRecord { count } => format!(
            "“No criminal conviction” is not “no criminal record”: some of the {} may have had pending criminal charges.",
            n(*count)
        ),
        Caveat::ChargesNotPeople => "These are counts of charges, not of people: one person can face several charges.".into(),
        Caveat::DetainersNotPeople => "A detainer is a request to hold someone; a count of detainers is not a count of people taken into custody.".into(),
        Caveat::StagesNotSamePeople => "Counts from different steps in the same period are not necessarily the same people: someone deported in the period may have been arrested before it. Comparing the counts does not give a rate.".into(),
        Caveat::SmallBase { total } => format!(
            "With only {} people, one person more or less moves a share by {} percentage points or more; treat the percentages with care.",
            format::small_number(*total, L),
            format::tenths(crate::share::Share::new(1, *total).tenths(), L)
        ),
        Caveat::Unaccounted { count, total } => format!(
            "The categories given add up to {}; {} of the {} are not accounted for.",
            n(total - count),
            n(*count),
            n(*total)
        ),
        Caveat::PlacesUnaccounted { count, total } => format!(
            "The places listed add up to {}; {} of the {} are not assigned to a place.",
            n(total - count),
            n(*count),
            n(*total)
        ),
        Caveat::SubgroupsOverlap => "Groups named within the same count may overlap: one person can be in more than one.".into(),
        Caveat::PopulationNotSamePeople { label } => format!(
            "The comparison with the {} shows scale: the people counted are not necessarily drawn from that population.",
            typed(label)
        ),
    }
}
