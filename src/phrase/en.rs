//! English, in AP style: figures with commas, "percent" in running text, no serial comma.

use super::{agree, capitalize_from, write_list, Caveat, Direction, Edge, PartSaid, Said, Subject};
use crate::approx::{Est, PctEst, Qual};
use crate::format;
use crate::frequency::working::{at_least_a_tenth, count as big_count, fixed, Band, Comparison, FrequencyStep, RatioComparison, RatioStep};
use crate::frequency::{Approx, Form, Frequency, Gender, Hedge, RatioApprox, RatioReading};
use crate::dates::Date;
use crate::lang::{Lang, Text};
use crate::working::{expression_display, Step, Title};
use crate::model::{Category, StageKind, Unit};
use crate::report::TableLabels;
use crate::share::Shown;
use std::cmp::Ordering;
use std::fmt::{self, Display, Write as _};

const L: Lang = Lang::En;

fn n(v: u64) -> impl Display {
    format::count_display(v, L)
}

fn pct(s: Shown) -> impl Display {
    s.percent_words_display(L)
}

fn typed(t: &Text) -> impl Display + '_ {
    super::typed(t, L)
}

fn participle<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        if let Some(v) = s.verb.filter(|v| v.get(L).is_some()) {
            return typed(v).fmt(f);
        }
        f.write_str(match s.kind {
            StageKind::Arrests => "arrested",
            StageKind::Detentions => "booked into detention",
            StageKind::Removals => "removed",
            StageKind::Deportations => "deported",
            StageKind::Detainers => "named in detainer requests",
            StageKind::Custom => "counted",
        })
    })
}

fn people(s: &Subject) -> &'static str {
    match s.unit {
        Unit::People => "people",
        Unit::Charges => "charges against people",
    }
}

/// "people arrested": for later mentions.
fn short_subject<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        f.write_str(people(s))?;
        f.write_str(" ")?;
        participle(s).fmt(f)
    })
}

/// "people arrested by ICE in the Los Angeles area from October to June".
pub(crate) fn subject<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        short_subject(s).fmt(f)?;
        subject_tail(s).fmt(f)
    })
}

/// " by ICE in the Los Angeles area from October to June".
/// Whether the period reads from a start to now ("since Jan. 21"): the verb then takes the
/// present perfect ("have been arrested since Jan. 21", never "were arrested since").
fn up_to_now(s: &Subject) -> bool {
    s.period_label.and_then(|t| t.get(L)).is_some_and(|t| t.trim_start().get(..6).is_some_and(|w| w.eq_ignore_ascii_case("since ")))
}

fn subject_tail<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        if let Some(a) = s.agency {
            f.write_str(if s.kind == StageKind::Detainers { " from " } else { " by " })?;
            typed(a).fmt(f)?;
        }
        if let Some(p) = s.place {
            f.write_str(" in ")?;
            typed(p).fmt(f)?;
        }
        if let Some(label) = s.period_label {
            f.write_str(" ")?;
            typed(label).fmt(f)?;
        } else if let Some(p) = s.period.filter(|p| p.start == p.end) {
            write!(f, " on {}", format::date_display(p.start.year, p.start.month, p.start.day, L))?;
        } else if let Some(p) = s.period {
            write!(
                f,
                " from {}, to {}",
                format::date_display(p.start.year, p.start.month, p.start.day, L),
                format::date_display(p.end.year, p.end.month, p.end.day, L)
            )?;
        }
        Ok(())
    })
}

/// The stage as a plural noun: "arrests", "deportations".
fn noun<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    noun_for(s, 0)
}

// Issue 10, counts of one: the stage's noun and verbs for a count of 1.

/// The stage as a noun for `count` of it: "arrests", and for one "arrest".
fn noun_for<'a>(s: &'a Subject<'a>, count: u64) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        if s.unit == Unit::Charges {
            return f.write_str(agree(count, "charge", "charges"));
        }
        match (s.kind, s.verb.and_then(|v| v.get(L))) {
            (_, Some(_)) | (StageKind::Custom, None) if count == 1 => short_one(s).fmt(f),
            (_, Some(_)) | (StageKind::Custom, None) => short_subject(s).fmt(f),
            (StageKind::Arrests, _) => f.write_str(agree(count, "arrest", "arrests")),
            (StageKind::Detentions, _) => f.write_str(agree(count, "book-in into detention", "book-ins into detention")),
            (StageKind::Removals, _) => f.write_str(agree(count, "removal", "removals")),
            (StageKind::Deportations, _) => f.write_str(agree(count, "deportation", "deportations")),
            (StageKind::Detainers, _) => f.write_str(agree(count, "detainer", "detainers")),
        }
    })
}

/// "The 5,232 arrests", and for one "The one arrest".
fn counted<'a>(s: &'a Subject<'a>, total: u64) -> impl Display + 'a {
    fmt::from_fn(move |f| if total == 1 { write!(f, "The one {}", noun_for(s, 1)) } else { write!(f, "The {} {}", n(total), noun(s)) })
}

/// "The more than 100,000 arrests"; a value of one takes the singular ("The roughly 1 arrest").
fn counted_est<'a>(s: &'a Subject<'a>, total: Est) -> impl Display + 'a {
    fmt::from_fn(move |f| write!(f, "The {} {}", the_est(total), noun_for(s, total.value)))
}

/// The subject for a count: "people arrested by ICE …", and for one "person arrested by ICE …".
fn subject_for<'a>(s: &'a Subject<'a>, count: u64) -> impl Display + 'a {
    fmt::from_fn(move |f| if count == 1 { subject_one(s).fmt(f) } else { subject(s).fmt(f) })
}

// End of counts of one.

pub(crate) fn stage_label(s: &Subject) -> String {
    match s.kind {
        StageKind::Arrests if s.verb.is_none() => "Arrests".into(),
        StageKind::Detentions if s.verb.is_none() => "Detentions (book-ins)".into(),
        StageKind::Removals if s.verb.is_none() => "Removals".into(),
        StageKind::Deportations if s.verb.is_none() => "Deportations".into(),
        StageKind::Detainers if s.verb.is_none() => "Detainers".into(),
        _ => {
            let mut label = short_subject(s).to_string();
            capitalize_from(&mut label, 0);
            label
        }
    }
}

pub(crate) fn category_label(c: Option<Category>) -> &'static str {
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
fn predicate(c: Option<Category>, unit: Unit) -> impl Display {
    fmt::from_fn(move |f| match (c, unit) {
        (None, _) => f.write_str("are not accounted for in the figures"),
        (Some(c), Unit::Charges) => write!(f, "fell under “{}”", crate::lang::lowercase(category_label(Some(c)))),
        (Some(Category::Convicted), _) => f.write_str("had been convicted of a crime"),
        (Some(Category::Pending), _) => f.write_str("had pending criminal charges but no conviction"),
        (Some(Category::NoRecord), _) => f.write_str("had no criminal history"),
        (Some(Category::CriminalHistory), _) => f.write_str("had a criminal history"),
        (Some(Category::NotConvicted), _) => f.write_str("had no criminal conviction"),
    })
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

/// ", or about one in 15" after a share, when there is a phrase for it.
fn or_one_in(f: &Option<Frequency>) -> impl Display + '_ {
    fmt::from_fn(move |out| match f {
        Some(f) => write!(out, ", or {}", f.standalone_display(L, Gender::Feminine)),
        None => Ok(()),
    })
}

/// A phrase that opens a sentence, written at the end of `out`: capitalized, and never a
/// figure ("One in 15", not "1 in 15").
fn sentence_start(out: &mut String, phrase: impl Display) -> fmt::Result {
    let start = out.len();
    write!(out, "{phrase}")?;
    if out[start..].starts_with("1 in ") {
        out.replace_range(start..start + 1, "One");
    } else {
        capitalize_from(out, start);
    }
    Ok(())
}

/// A count with its qualifier: "more than 100,000", "1.4 million".
fn est(e: Est) -> impl Display {
    super::est_display(e, L)
}

/// A count after "the": "the more than 300", "the nearly 500", but "the roughly 5,000" (never
/// "the about 5,000").
fn the_est(e: Est) -> impl Display {
    fmt::from_fn(move |f| match e.qual {
        Qual::About => write!(f, "roughly {}", est(Est { qual: Qual::Exact, ..e })),
        _ => est(e).fmt(f),
    })
}

/// A rate in tenths with its qualifier: "more than 700".
fn rate_est(p: PctEst) -> impl Display {
    super::rate_est_display(p, L)
}

/// A percentage in running text with its qualifier: "nearly 30 percent", "less than 34 percent";
/// 50 percent is "half" ("fewer than half").
fn pct_est(p: PctEst) -> impl Display {
    fmt::from_fn(move |f| {
        if p.tenths == 500 {
            let q = qualifier(p.qual, false);
            return if q.is_empty() { f.write_str("half") } else { write!(f, "{q} half") };
        }
        super::pct_est_words_display(p, L).fmt(f)
    })
}

fn qualifier(q: Qual, percent: bool) -> &'static str {
    match q {
        Qual::Exact => "",
        Qual::MoreThan => "more than",
        Qual::AtLeast => "at least",
        Qual::Nearly => "nearly",
        Qual::About => "about",
        Qual::FewerThan if percent => "less than",
        Qual::FewerThan => "fewer than",
        Qual::UpTo => "up to",
    }
}

fn rate(tenths: u64) -> impl Display {
    format::rate_display(tenths, L)
}

/// "the goal", or the reporter's name for it.
fn goal(label: Option<&Text>) -> impl Display + '_ {
    fmt::from_fn(move |f| match label {
        Some(t) => typed(t).fmt(f),
        None => f.write_str("the goal"),
    })
}

/// "person arrested by ICE …", "charge against people arrested …": the subject, for one.
fn subject_one<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        short_one(s).fmt(f)?;
        subject_tail(s).fmt(f)
    })
}

/// "person arrested", "charge against people arrested": `short_subject`, for one.
fn short_one<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        f.write_str(match s.unit {
            Unit::People => "person ",
            Unit::Charges => "charge against people ",
        })?;
        participle(s).fmt(f)
    })
}

/// The whole a sub-group is counted in: "Among the 3,513 people", "Of the 900 charges";
/// for one, "Of the one person".
fn whole<'a>(opener: &'a str, count: u64, one: &'a str, many: impl Display + 'a) -> impl Display + 'a {
    fmt::from_fn(move |f| if count == 1 { write!(f, "Of the one {one}") } else { write!(f, "{opener} the {} {many}", n(count)) })
}

/// A lead at an edge of the ladder (`super::Edge`): "All but one of the 100,000 people
/// arrested had a criminal history: 99,999 (more than 99.9 percent)."
fn lead_edge(out: &mut String, s: &Subject, c: Category, count: u64, total: u64, shown: Shown, edge: Edge) -> fmt::Result {
    let pred = predicate(Some(c), s.unit);
    let words = |v: u64| format::small_number_display(v, L);
    match (edge, total) {
        (Edge::All, 1) => write!(out, "The one {} {pred}.", subject_one(s)),
        (Edge::All, 2) => write!(out, "Both {} {pred}.", subject(s)),
        (Edge::All, _) => write!(out, "All {} {} {pred}.", words(total), subject(s)),
        (Edge::NoneOf, 1) => write!(out, "None of the {} (one in all) {pred}.", subject(s)),
        (Edge::NoneOf, 2) => write!(out, "Neither of the two {} {pred}.", subject(s)),
        (Edge::NoneOf, _) => write!(out, "None of the {} {} {pred}.", words(total), subject(s)),
        (Edge::AllBut(k), _) => write!(out, "All but {} of the {} {} {pred}: {} ({}).", words(k), n(total), subject(s), n(count), pct(shown)),
        (Edge::Only(k), _) => write!(out, "Only {} of the {} {} {pred} ({}).", words(k), n(total), subject(s), pct(shown)),
        (Edge::NearlyAll, _) => write!(out, "Nearly all {} {pred}: {} of {} ({}).", subject(s), n(count), n(total), pct(shown)),
    }
}

/// "all 5,232 people arrested"; for one, "the one person arrested".
fn all_of<'a>(total: u64, s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| if total == 1 { write!(f, "the one {}", short_one(s)) } else { write!(f, "all {} {}", n(total), short_subject(s)) })
}

/// Writes the sentence for `said` at the end of `out`.
pub(crate) fn say(out: &mut String, said: &Said) -> fmt::Result {
    match said {
        Said::Lead { subject: s, category, count, total, shown, .. } if super::edge(*count, *total).is_some() => {
            super::edge(*count, *total).map_or(Ok(()), |e| lead_edge(out, s, *category, *count, *total, *shown, e))
        }
        Said::Breakdown { subject: s, total, parts } if parts.len() == 1 => match parts.first() {
            Some(PartSaid { category: Some(c), shown, .. }) => lead_edge(out, s, *c, *total, *total, *shown, Edge::All),
            _ => Ok(()),
        },
        Said::Lead { subject: s, category, count, total, shown, frequency } => match frequency {
            Some(f) => {
                sentence_start(out, f.quantifier_display(L, Gender::Feminine))?;
                write!(
                    out,
                    " {} {}: {} of {} ({}).",
                    subject(s),
                    predicate(Some(*category), s.unit),
                    n(*count),
                    n(*total),
                    pct(*shown)
                )
            }
            None if count == total => write!(out, "All {} {} {}.", n(*total), subject(s), predicate(Some(*category), s.unit)),
            None => write!(
                out,
                "Of the {} {}, {} {} ({}).",
                n(*total),
                subject(s),
                n(*count),
                predicate(Some(*category), s.unit),
                pct(*shown)
            ),
        },
        Said::Count { subject: s, total: 1 } => {
            let was = if up_to_now(s) { "has been" } else { "was" };
            match s.unit {
                Unit::People => write!(out, "In all, one person {was} {}{}.", participle(s), subject_tail(s)),
                Unit::Charges => write!(out, "In all, one charge {was} recorded against people {}{}.", participle(s), subject_tail(s)),
            }
        }
        Said::Count { subject: s, total } => match s.unit {
            Unit::People => {
                let were = if up_to_now(s) { "have been" } else { "were" };
                write!(out, "In all, {} people {were} {}{}.", n(*total), participle(s), subject_tail(s))
            }
            Unit::Charges => {
                let were = if up_to_now(s) { "have been" } else { "were" };
                write!(out, "In all, {} charges {were} recorded against people {}{}.", n(*total), participle(s), subject_tail(s))
            }
        },
        Said::Breakdown { subject: s, total, parts } => {
            write!(out, "Of the {} {}, ", n(*total), subject(s))?;
            write_list(out, parts, "and", |out, p: &PartSaid| match p.category {
                None if p.count == 1 => write!(out, "1 ({}) is not accounted for in the figures", pct(p.shown)),
                _ => write!(out, "{} ({}) {}", n(p.count), pct(p.shown), predicate(p.category, s.unit)),
            })?;
            out.push('.');
            Ok(())
        }
        Said::Ratio { larger, smaller, a, b, ratio } => {
            let reading = ratio.reading();
            if a == b {
                write!(
                    out,
                    "There were as many people {} as people {} ({} each).",
                    described(*larger),
                    described(*smaller),
                    n(*a)
                )
            } else if reading.is_even() {
                write!(
                    out,
                    "People {} and people {} were about equal in number ({} and {}).",
                    described(*larger),
                    described(*smaller),
                    n(*a),
                    n(*b)
                )
            } else {
                write!(
                    out,
                    "People {} outnumbered those {} {} ({} to {}).",
                    described(*larger),
                    described(*smaller),
                    reading.phrase_display(L),
                    n(*a),
                    n(*b)
                )
            }
        }
        Said::Subgroup { subject: s, label, count, total, of_total, one_in: f, parent } => {
            let tail = or_one_in(f);
            let were = if *count == 1 { "was" } else { "were" };
            if s.unit == Unit::Charges {
                return write!(out, "{}, {} {were} {} ({}){}.", whole("Of", *total, "charge", "charges"), n(*count), typed(label), pct(*of_total), tail);
            }
            match parent {
                Some((c, parent_count, of_parent)) => write!(
                    out,
                    "{} {}, {} {were} {} ({}); that is {} of {}{}.",
                    whole("Among", *parent_count, "person", "people"),
                    described(*c),
                    n(*count),
                    typed(label),
                    pct(*of_parent),
                    pct(*of_total),
                    all_of(*total, s),
                    tail
                ),
                None => write!(
                    out,
                    "{}, {} {were} {} ({}){}.",
                    whole("Among", *total, &short_one(s).to_string(), short_subject(s)),
                    n(*count),
                    typed(label),
                    pct(*of_total),
                    tail
                ),
            }
        }
        Said::Places { top, places } => {
            if *places <= top.len() {
                out.push_str("By place: ");
            } else {
                write!(out, "Of the {} places, the largest counts were in ", format::small_number_display(*places as u64, L))?;
            }
            // AP: semicolons in a series whose items have commas; two items need only ", and".
            for (i, (name, c, sh)) in top.iter().enumerate() {
                if i > 0 {
                    out.push_str(match (top.len(), i + 1 == top.len()) {
                        (2, _) => ", and ",
                        (_, true) => "; and ",
                        (_, false) => "; ",
                    });
                }
                write!(out, "{}, {} ({})", typed(name), n(*c), pct(*sh))?;
            }
            out.push('.');
            Ok(())
        }
        Said::PerHundred { earlier, later, later_total, per_100_tenths } => write!(
            out,
            "For every 100 {}, there {} {} {}: {} in all.",
            noun(earlier),
            agree(if *per_100_tenths == 10 { 1 } else { 2 }, "was", "were"),
            rate(*per_100_tenths),
            noun_for(later, if *per_100_tenths == 10 { 1 } else { 2 }),
            n(*later_total)
        ),
        Said::ShareChange { category, earlier, later, from, to, points_tenths, direction } => match direction {
            Direction::Same => write!(
                out,
                "The share of people {} was the same among {} and {} ({}).",
                described(*category),
                noun(later),
                noun(earlier),
                pct(*to)
            ),
            Direction::Higher | Direction::Lower => write!(
                out,
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
        Said::PerDay { subject: s, total, per_day_tenths, days } => write!(
            out,
            "{} {} {} a day over {} {}.",
            counted(s, *total),
            agree(*total, "averages", "average"),
            rate(*per_day_tenths),
            format::small_number_display(*days, L),
            if *days == 1 { "day" } else { "days" }
        ),
        Said::Population { subject: s, total, population, label, shown, one_in: f } => write!(
            out,
            "{} {} {} of the {} {}{}.",
            counted(s, *total),
            agree(*total, "equals", "equal"),
            pct(*shown),
            n(*population),
            typed(label),
            or_one_in(f)
        ),
        Said::TargetDaily { subject: s, pace_tenths, observed, target, percent_tenths, label } => write!(
            out,
            "At {} {} a day{}, the pace is {} of {} of {} a day.",
            rate(*pace_tenths),
            noun_for(s, if *pace_tenths == 10 { 1 } else { 2 }),
            if *observed { " (as reported)" } else { " on average" },
            format::percent_words_nonzero_display(*percent_tenths, L),
            goal(*label),
            n(*target)
        ),
        Said::TargetTotal { subject: s, total, target, percent_tenths, label } => write!(
            out,
            "{} {} {} of {} of {}.",
            counted(s, *total),
            agree(*total, "is", "are"),
            format::percent_words_nonzero_display(*percent_tenths, L),
            goal(*label),
            n(*target)
        ),
        Said::Comparison { subject: s, total, other, label, change_tenths, direction } => {
            write!(out, "{} {} with ", counted(s, *total), agree(*total, "compares", "compare"))?;
            if *other == 0 {
                out.push_str("none");
            } else {
                write!(out, "{}", n(*other))?;
            }
            write!(out, " in {}", typed(label))?;
            match (change_tenths, direction) {
                (None, _) => {}
                (Some(_), Direction::Same) => out.push_str(", the same number"),
                (Some(t), Direction::Higher) => write!(out, ", an increase of {}", format::percent_words_nonzero_display(*t, L))?,
                (Some(t), Direction::Lower) => write!(out, ", a decrease of {}", format::percent_words_nonzero_display(*t, L))?,
            }
            out.push('.');
            Ok(())
        }
        Said::CountEst { subject: s, total } => {
            let start = out.len();
            if total.qual == Qual::Exact {
                out.push_str("In all, ");
            }
            write!(out, "{}", est(*total))?;
            capitalize_from(out, start);
            let (was, were) = if up_to_now(s) { ("has been", "have been") } else { ("was", "were") };
            match (s.unit, total.value) {
                (Unit::People, 1) => write!(out, " person {was} {}{}.", participle(s), subject_tail(s)),
                (Unit::People, _) => write!(out, " people {were} {}{}.", participle(s), subject_tail(s)),
                (Unit::Charges, 1) => write!(out, " charge {was} recorded against people {}{}.", participle(s), subject_tail(s)),
                (Unit::Charges, _) => write!(out, " charges {were} recorded against people {}{}.", participle(s), subject_tail(s)),
            }
        }
        Said::LeadEst { subject: s, category, count, total, share } => {
            let Some(share) = share else {
                let count = count.unwrap_or_default();
                return write!(out, "Of the {} {}, {} {}.", the_est(*total), subject_for(s, total.value), est(count), predicate(Some(*category), s.unit));
            };
            sentence_start(out, pct_est(*share))?;
            write!(out, " of the {} {} {}", the_est(*total), subject_for(s, total.value), predicate(Some(*category), s.unit))?;
            if let Some(c) = count {
                write!(out, ": {}", est(*c))?;
            }
            out.push('.');
            Ok(())
        }
        Said::SubgroupEst { subject: s, label, count, whole, parent, share } => {
            match (s.unit, parent) {
                (Unit::Charges, _) => write!(out, "Of the {} {}, ", the_est(*whole), agree(whole.value, "charge", "charges"))?,
                (_, Some(c)) => write!(out, "Among the {} {} {}, ", the_est(*whole), agree(whole.value, "person", "people"), described(*c))?,
                (_, None) if whole.value == 1 => write!(out, "Among the {} {}, ", the_est(*whole), short_one(s))?,
                (_, None) => write!(out, "Among the {} {}, ", the_est(*whole), short_subject(s))?,
            }
            match (share, count) {
                (Some(p), Some(c)) => write!(out, "{} ({}) {} {}.", pct_est(*p), est(*c), agree(c.value, "was", "were"), typed(label)),
                (Some(p), None) => write!(out, "{} were {}.", pct_est(*p), typed(label)),
                (None, Some(c)) => write!(out, "{} {} {}.", est(*c), if c.value == 1 { "was" } else { "were" }, typed(label)),
                (None, None) => write!(out, "some were {}.", typed(label)),
            }
        }
        Said::PerHundredEst { earlier, later, per_100 } => {
            write!(out, "For every 100 {}, there were {} {}.", noun(earlier), rate_est(*per_100), noun(later))
        }
        Said::PerDayEst { subject: s, total, per_day, days } => write!(
            out,
            "{} {} {} a day over {} {}.",
            counted_est(s, *total),
            agree(total.value, "averages", "average"),
            rate_est(*per_day),
            format::small_number_display(*days, L),
            if *days == 1 { "day" } else { "days" }
        ),
        Said::PopulationEst { subject: s, total, population, label, share } => {
            write!(out, "{} {} {} of the {} {}.", counted_est(s, *total), agree(total.value, "equals", "equal"), pct_est(*share), the_est(*population), typed(label))
        }
        Said::TargetDailyEst { subject: s, pace, observed, target, percent, label } => write!(
            out,
            "At {} {} a day{}, the pace is {} of {} of {} a day.",
            rate_est(*pace),
            noun(s),
            if *observed { " (as reported)" } else { " on average" },
            pct_est(*percent),
            goal(*label),
            est(*target)
        ),
        Said::TargetTotalEst { subject: s, total, target, percent, label } => {
            write!(out, "{} {} {} of {} of {}.", counted_est(s, *total), agree(total.value, "is", "are"), pct_est(*percent), goal(*label), est(*target))
        }
        Said::UnreportedLead { subject: s, top, all } => {
            write!(out, "No total was reported for {}; the {}figures given are ", subject(s), if *all { "" } else { "largest " })?;
            unreported_list(out, top, s.unit)?;
            out.push('.');
            Ok(())
        }
        Said::UnreportedAll { unit, items } => {
            out.push_str("The figures given, in the order reported: ");
            unreported_list(out, items, *unit)?;
            out.push('.');
            Ok(())
        }
        Said::UnreportedShare { subject: s, label, share } => {
            sentence_start(out, pct_est(*share))?;
            write!(out, " of the {} were {}.", subject(s), typed(label))
        }
        Said::Caveat(c) => caveat(out, c),
    }
}

/// Parts of a total not reported, each with its count as typed: "more than 1,900 for homicide,
/// 400 in Denver and 300 with a criminal history".
fn unreported_list(out: &mut String, items: &[(super::UnreportedItem, Est)], unit: Unit) -> fmt::Result {
    use super::UnreportedItem;
    write_list(out, items, "and", |out, (item, count)| match item {
        UnreportedItem::Category(c) if unit == Unit::Charges => {
            write!(out, "{} under “{}”", est(*count), crate::lang::lowercase(category_label(Some(*c))))
        }
        UnreportedItem::Category(c) => write!(out, "{} {}", est(*count), described(*c)),
        UnreportedItem::Group(label) => write!(out, "{} {}", est(*count), typed(label)),
        UnreportedItem::Place(name) => write!(out, "{} in {}", est(*count), typed(name)),
    })
}

/// Percentage points in tenths; a difference too small to show is "less than 0.1".
fn points(tenths: u64) -> impl Display {
    fmt::from_fn(move |f| if tenths == 0 { f.write_str("less than 0.1") } else { format::tenths_display(tenths, L).fmt(f) })
}

fn caveat(out: &mut String, c: &Caveat) -> fmt::Result {
    match c {
        Caveat::Derived { category, count, terms, unit } => {
            let expr = crate::working::expression_display(terms, L);
            let who = match (unit, *count) {
                (Unit::People, 1) => "person who",
                (Unit::Charges, 1) => "charge that",
                (Unit::People, _) => "people who",
                (Unit::Charges, _) => "charges that",
            };
            write!(
                out,
                "The figure of {} {who} {} is derived — {expr} = {} — not reported directly.",
                n(*count),
                predicate(Some(*category), *unit),
                n(*count)
            )
        }
        Caveat::HistoryIsNotConviction { count: 1 } => out.write_str(
            "“Criminal history” counts pending criminal charges as well as convictions: the figures do not say whether the one person with a criminal history was convicted.",
        ),
        Caveat::NotConvictedIsNotNoRecord { count: 1 } => out.write_str(
            "“No criminal conviction” is not “no criminal record”: the one person with no criminal conviction may have had pending criminal charges.",
        ),
        Caveat::HistoryIsNotConviction { count } => write!(
            out,
            "“Criminal history” counts pending criminal charges as well as convictions: the figures do not say how many of the {} were convicted.",
            n(*count)
        ),
        Caveat::NotConvictedIsNotNoRecord { count } => write!(
            out,
            "“No criminal conviction” is not “no criminal record”: some of the {} may have had pending criminal charges.",
            n(*count)
        ),
        Caveat::ChargesNotPeople => out.write_str("These are counts of charges, not of people: one person can face several charges."),
        Caveat::DetainersNotPeople => out.write_str("A detainer is a request to hold someone; a count of detainers is not a count of people taken into custody."),
        Caveat::StagesNotSamePeople => out.write_str("Counts from different steps in the same period are not necessarily the same people: someone deported in the period may have been arrested before it. Comparing the counts does not give a rate."),
        Caveat::SmallBase { total: 1, unit } => write!(
            out,
            "With only one {}, every share is either 0 or 100{}; treat the percentages with care.",
            if *unit == Unit::Charges { "charge" } else { "person" },
            format::numbers(L).percent_word
        ),
        Caveat::SmallBase { total, unit } => write!(
            out,
            "With only {} {}, one {} more or less moves a share by {} percentage points or more; treat the percentages with care.",
            format::small_number_display(*total, L),
            if *unit == Unit::Charges { "charges" } else { "people" },
            if *unit == Unit::Charges { "charge" } else { "person" },
            format::tenths_display(crate::share::Share::new(1, *total).tenths(), L)
        ),
        Caveat::Unaccounted { count, total } => write!(
            out,
            "The categories given add up to {}; {} of the {} {} not accounted for.",
            n(total - count),
            n(*count),
            n(*total),
            agree(*count, "is", "are")
        ),
        Caveat::PlacesUnaccounted { count, total } => write!(
            out,
            "The places listed add up to {}; {} of the {} {} not assigned to a place.",
            n(total - count),
            n(*count),
            n(*total),
            agree(*count, "is", "are")
        ),
        Caveat::SubgroupsOverlap { unit: Unit::Charges } => {
            out.write_str("Groups named within the same count may overlap: one charge can be in more than one.")
        }
        Caveat::SubgroupsOverlap { .. } => out.write_str("Groups named within the same count may overlap: one person can be in more than one."),
        Caveat::TotalNotReported => out.write_str(
            "No total was reported: no share of it is worked out beyond any the reporting gives, and the figures given are not added up.",
        ),
        Caveat::Approximate => out.write_str(
            "Some of these figures were reported as approximations or bounds (“more than”, “nearly”), so what is worked out from them is hedged the same way, and comparisons the bounds cannot settle are left out.",
        ),
        Caveat::CategoryUnsplit { category: Category::NotConvicted } => out.write_str(
            "“No criminal conviction” is not “no criminal record”: some of these people may have had pending criminal charges.",
        ),
        Caveat::CategoryUnsplit { .. } => out.write_str(
            "“Criminal history” counts pending criminal charges as well as convictions: the figures do not say how many were convicted.",
        ),
        Caveat::PopulationNotSamePeople { label } => write!(
            out,
            "The comparison with the {} shows scale: the people counted are not necessarily drawn from that population.",
            typed(label)
        ),
    }
}

// Working

fn hedge_word(hedge: Hedge) -> Option<&'static str> {
    match hedge {
        Hedge::Exactly => None,
        Hedge::About => Some("about"),
        Hedge::Nearly => Some("nearly"),
        Hedge::JustOver => Some("just over"),
        Hedge::MoreThan => Some("more than"),
    }
}

/// A rung without its hedge. AP: "one in three", "three in 10"; a "1 in N" from 10 up all in
/// figures: "1 in 15"; "half", "half of the".
fn rung(f: &mut fmt::Formatter, approx: Approx, form: Form) -> fmt::Result {
    let (p, q) = approx.as_fraction();
    match approx {
        Approx::Fraction { numer: 1, denom: 2 } => {
            return f.write_str(match form {
                Form::Standalone => "half",
                Form::Quantifier => "half of the",
            })
        }
        Approx::OneIn(n) if n >= 10 => f.write_str("1")?,
        _ => format::small_number_display(p, L).fmt(f)?,
    }
    f.write_str(" in ")?;
    format::small_number_display(q, L).fmt(f)
}

/// `words`, with the hedge word before it when there is one.
fn hedged(f: &mut fmt::Formatter, hedge: Hedge, words: impl Display) -> fmt::Result {
    if let Some(word) = hedge_word(hedge) {
        f.write_str(word)?;
        f.write_str(" ")?;
    }
    words.fmt(f)
}

fn frequency_words(approx: Approx, hedge: Hedge, form: Form) -> impl Display {
    fmt::from_fn(move |f| hedged(f, hedge, fmt::from_fn(|f| rung(f, approx, form))))
}

/// "2 to 1", "1.8 to 1", "1,300 to 1".
fn ratio_words(approx: RatioApprox) -> impl Display {
    fmt::from_fn(move |f| match approx {
        RatioApprox::Simple { antecedent, consequent } => write!(f, "{} to {}", n(antecedent), n(consequent)),
        RatioApprox::Decimal { tenths } => write!(f, "{} to 1", format::tenths_display(tenths, L)),
    })
}

fn ratio_phrase(reading: RatioReading) -> impl Display {
    fmt::from_fn(move |f| hedged(f, reading.hedge, ratio_words(reading.approx)))
}

/// Which band the deviation lies in: "within 3% of it".
fn band_note(band: Band) -> &'static str {
    match band {
        Band::About => "within 3% of it",
        Band::Nearly => "3% to 10% below it",
        Band::JustOver => "3% to 6% above it",
        Band::MoreThan => "6% to 15% above it",
        Band::FarBelow => "more than 10% below it",
        Band::FarAbove => "more than 15% above it",
    }
}

fn direction(sign: Ordering) -> &'static str {
    match sign {
        Ordering::Less => "below",
        _ => "above",
    }
}

/// " ≈ 120 (two significant figures)" for a rounded N; else nothing.
fn two_figures(rounded: Option<u64>) -> impl Display {
    fmt::from_fn(move |f| match rounded {
        Some(v) => write!(f, " ≈ {} (two significant figures)", n(v)),
        None => Ok(()),
    })
}

/// "0.5 points", "less than 0.1 points".
fn points_apart(tenths: u128) -> impl Display {
    let (shown, less) = at_least_a_tenth(tenths);
    fmt::from_fn(move |f| {
        if less {
            f.write_str("less than ")?;
        }
        write!(f, "{} points", format::tenths_display(shown, L))
    })
}

/// "2.2%", "less than 0.1%".
fn relative_amount(tenths: u128) -> impl Display {
    let (shown, less) = at_least_a_tenth(tenths);
    fmt::from_fn(move |f| {
        if less {
            f.write_str("less than ")?;
        }
        format::percent_sign_display(shown, L).fmt(f)
    })
}

/// The end of every comparison: "(within 3% of it), so: about one in three".
fn conclusion(band: Band, phrase: impl Display) -> impl Display {
    fmt::from_fn(move |f| write!(f, "({}), so: {phrase}", band_note(band)))
}

fn frequency_step(out: &mut String, step: &FrequencyStep) -> fmt::Result {
    let fr = step.frequency;
    let rung = fmt::from_fn(|f| rung(f, fr.approx, Form::Standalone));
    let phrase = frequency_words(fr.approx, fr.hedge, Form::Standalone);
    if let Some(d) = step.division {
        write!(out, "{} ÷ {} = {}{} → ", n(d.den), n(d.num), fixed(d.quotient_tenths, 1, L), two_figures(d.rounded))?;
    }
    write!(out, "{rung}")?;
    if let Some(p) = step.rung_percent {
        write!(out, " = {}", p.percent_sign(L))?;
    }
    out.push_str("; ");
    match step.comparison {
        Comparison::Exact { num, den } => write!(out, "{} of {} is exactly {rung}", n(num), n(den)),
        Comparison::Points { share, points_tenths, off } => write!(
            out,
            "{} is {} {} {}",
            share.percent_sign(L),
            points_apart(points_tenths),
            direction(off.sign),
            conclusion(off.band, phrase)
        ),
        Comparison::Product { num, n: by, product, den, relative_tenths, off } => write!(
            out,
            "{} × {} = {} is {} {} {} {}",
            n(num),
            n(by),
            big_count(product, L),
            relative_amount(relative_tenths),
            direction(off.sign),
            n(den),
            conclusion(off.band, phrase)
        ),
    }
}

fn ratio_step(out: &mut String, step: &RatioStep) -> fmt::Result {
    let value = fixed(step.value_hundredths, 2, L);
    write!(out, "{} ÷ {} = {value}", n(step.a), n(step.b))?;
    let (words, phrase) = (ratio_words(step.reading.approx), ratio_phrase(step.reading));
    let rounding = two_figures(step.rounded);
    match step.comparison {
        RatioComparison::Exact => write!(out, "{rounding}; exactly {words}"),
        RatioComparison::Near { relative_tenths, off } => write!(
            out,
            "{rounding}; {value} is {} {} {words} {}",
            relative_amount(relative_tenths),
            direction(off.sign),
            conclusion(off.band, phrase)
        ),
        RatioComparison::Decimal => write!(
            out,
            "; {value} is not between 10% below and 15% above any simple ratio, so, to one decimal: {phrase}"
        ),
    }
}

fn working_step(out: &mut String, step: &Step) -> fmt::Result {
    let date = |d: Date| format::date_display(d.year, d.month, d.day, L);
    match *step {
        Step::Derivation { terms, result } => write!(out, "{} = {} (derived)", expression_display(terms, L), est(result)),
        Step::Apportioned { alone_sum_tenths, moved } => {
            write!(out, "Rounded one by one, the parts add up to {}; by largest remainder, ", format::percent_sign_display(alone_sum_tenths, L))?;
            for (i, (label, tenths)) in moved.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write!(out, "“{label}” is shown as {}", format::percent_sign_display(*tenths, L))?;
            }
            out.push_str(" so that they add up to 100%.");
            Ok(())
        }
        Step::Points { hi, lo } => write!(
            out,
            "{} − {} = {} percentage points",
            Shown::alone(hi).percent_sign(L),
            Shown::alone(lo).percent_sign(L),
            format::tenths_display(hi.tenths() - lo.tenths(), L)
        ),
        Step::Days { start, end, days } => write!(out, "{}, to {}: {} days, counting both", date(start), date(end), n(days)),
        Step::PerDay { total, days, tenths } => write!(out, "{} ÷ {} = {} a day", n(total), n(days), format::tenths_display(tenths, L)),
        Step::Change { now, before, tenths } => write!(
            out,
            "({} − {}) ÷ {} = {} {}",
            n(now.max(before)),
            n(now.min(before)),
            n(before),
            format::percent_sign_display(tenths, L),
            if now >= before { "more" } else { "fewer" }
        ),
        Step::EstDiv { .. } | Step::FromShare { .. } | Step::LeftOut | Step::Unreported | Step::UnreportedShare { .. } | Step::RestOfBound { .. } => {
            super::estimate_step(out, step, L)
        }
    }
}

fn working_title(out: &mut String, title: &Title) -> fmt::Result {
    match *title {
        Title::Parts { stage } => write!(out, "Rounding the parts — {stage}"),
        Title::Ratio { stage } => write!(out, "Ratio — {stage}"),
        Title::Change { category } => write!(out, "Change in share — {category}"),
        Title::Target => out.write_str("Progress against the goal"),
    }
}

// Table

fn table_labels() -> TableLabels {
    let s = |x: &str| x.to_string();
    TableLabels {
        figure: s("Figure"),
        count: s("Number"),
        of_total: s("Share of total"),
        of_parent: s("Share of group"),
        natural: s("In words"),
        derived: s("derived"),
        working: s("The working"),
        caveats: s("What the numbers do not say"),
    }
}
// The widget

/// The widget's words once the core is loaded (`super::Words::chrome`).
static CHROME: crate::editor::Chrome = crate::editor::Chrome {
    widget: crate::editor::WidgetWords {
        adjust: "Adjust the numbers",
        numbers: "The numbers",
        reset: "Reset to the reported figures",
        figures_panel: "All the figures",
        working_panel: "How it was worked out",
        stages: "Stages",
        everyone_else: "Everyone else",
        preset_failed: "These figures could not be loaded.",
        no_scenario: "No figures were given to this calculator.",
        last_good: "Some numbers need checking. The results shown are from the last numbers that worked.",
        hash_unreadable: "The figures in this link could not be read, so the reported figures are shown instead.",
        share: "Share and download",
        copy_sentence: "Copy sentence",
        copy_link: "Copy link",
        copy_embed: "Copy embed code",
        download_csv: "Download CSV",
        download_image: "Download image",
        download_slides: "Image for slides (2×)",
        download_svg: "Image as SVG",
        copied: "Copied",
        copy_manually: "Select the text below and copy it.",
        downloaded: "Downloaded",
        copy_box: "Text to copy",
        guess_first: "Guess first",
        // --- exercises ---
        practice: "Practice with exercises",
    },
    editor: crate::editor::EditorWords {
        stage_kind: "What was counted",
        total: "Total",
        subgroups: "Groups",
        places: "Places",
        more: "Place, dates and comparisons",
        context: "Context",
        population: "Population",
        target: "Target",
        comparison: "Another period",
        place: "Place",
        agency: "Agency",
        period_label: "Period, in words",
        period_start: "First day (YYYY-MM-DD)",
        period_end: "Last day (YYYY-MM-DD)",
        population_count: "Number of people",
        population_label: "Who they are",
        target_per_day: "Target per day",
        target_total: "Target in total",
        target_observed_per_day: "Observed per day",
        target_label: "Whose target",
        comparison_count: "Count in that period",
        comparison_label: "Which period",
        people: "People",
        charges: "Charges",
    },
    // The builder (issue 13): lists, paste, undo, and the builder page.
    builder: crate::editor::BuilderWords {
        add_stage: "Add a stage",
        add_subgroup: "Add a group",
        add_place: "Add a place",
        paste_stage: "Paste a stage's places from a spreadsheet",
        paste_subgroups: "Paste groups from a spreadsheet",
        paste_places: "Paste places from a spreadsheet",
        paste_hint: "Copy the rows, a name and a count in each, and paste them here. A header row is skipped.",
        pasted: "Pasted.",
        remove: "Remove",
        move_up: "Move up",
        move_down: "Move down",
        undo: "Undo",
        verb: "What happened to them (for another kind of count), in a word",
        unit: "Each counts",
        subgroup_label: "Group",
        subgroup_parent: "Part of",
        whole_stage: "The whole count",
        place_name: "Place",
        focus: "The headline leads with",
        focus_default: "No criminal history (the usual)",
        source: "Source",
        source_text: "Source, as it should read",
        source_url: "Link to the source",
        item_subgroup: "Group",
        item_place: "Place",
        builder_title: "Build an embed",
        preview: "Preview",
        phone: "Phone",
        desktop: "Desktop",
        layout: "Layout",
        card: "Card",
        full: "Everything at once",
        embed_code: "Embed code",
        element_code: "As an element, on a page that loads the script",
        open_preview: "Open preview in a new tab",
        export_json: "Download the figures (JSON)",
        import_json: "Open a figures file (JSON)",
        import_failed: "This file could not be read as figures for the calculator.",
    },
};

/// English: every word of the crate in this language (`super::Words`).
pub(crate) struct English;

impl super::Words for English {
    // --- sentences ---
    fn say(&self, out: &mut String, said: &Said) -> fmt::Result {
        say(out, said)
    }
    fn category_label(&self, category: Option<Category>) -> &'static str {
        category_label(category)
    }
    fn stage_label(&self, subject: &Subject) -> String {
        stage_label(subject)
    }

    // --- messages: errors and warnings ---
    fn parse_error(&self, out: &mut String, why: &crate::error::ParseError, typed: &str) -> fmt::Result {
        messages::parse_error(out, why, typed)
    }
    fn error_message(&self, out: &mut String, kind: &crate::error::ErrorKind) -> fmt::Result {
        messages::error_message(out, kind)
    }
    fn warning_message(&self, out: &mut String, kind: &crate::error::WarningKind) -> fmt::Result {
        messages::warning_message(out, kind)
    }
    fn cannot_read(&self, out: &mut String, source: Option<&str>, reason: &dyn Display) -> fmt::Result {
        messages::cannot_read(out, source, reason)
    }
    // --- the builder: pasted cells (src/paste.rs) ---
    fn cell_at(&self, out: &mut String, row: usize, column: usize, message: &str) -> fmt::Result {
        write!(out, "Row {row}, column {column}: {message}")
    }

    // --- numbers: locale facts ---
    fn numbers(&self, style: crate::lang::Style) -> &'static crate::format::Numbers {
        match style {
            crate::lang::Style::Ap => &numbers::AP,
            _ => &numbers::NUMBERS,
        }
    }

    // --- working: frequency rungs, hedges, steps ---
    fn frequency(&self, f: &mut fmt::Formatter, approx: Approx, hedge: Hedge, _gender: Gender, form: Form) -> fmt::Result {
        frequency_words(approx, hedge, form).fmt(f)
    }
    fn ratio(&self, f: &mut fmt::Formatter, reading: RatioReading) -> fmt::Result {
        ratio_phrase(reading).fmt(f)
    }
    fn frequency_step(&self, out: &mut String, step: &FrequencyStep) -> fmt::Result {
        frequency_step(out, step)
    }
    fn ratio_step(&self, out: &mut String, step: &RatioStep) -> fmt::Result {
        ratio_step(out, step)
    }
    fn working_step(&self, out: &mut String, step: &Step) -> fmt::Result {
        working_step(out, step)
    }
    fn qualifier(&self, q: Qual, percent: bool) -> &'static str {
        qualifier(q, percent)
    }
    fn scale_word(&self, exp10: u8, _plural: bool) -> &'static str {
        match exp10 {
            6 => "million",
            9 => "billion",
            _ => "trillion",
        }
    }
    fn working_title(&self, out: &mut String, title: &Title) -> fmt::Result {
        working_title(out, title)
    }

    // --- the table ---
    fn table_labels(&self) -> TableLabels {
        table_labels()
    }
    fn table_caption(&self) -> &'static str {
        "All figures"
    }
    fn derived_mark(&self) -> &'static str {
        "Yes"
    }
    fn per_100_label(&self, later: &str, earlier: &str) -> String {
        format!("{later} per 100 {}", crate::lang::lowercase_first(earlier))
    }
    fn per_day_label(&self, stage: &str) -> String {
        format!("{stage} a day")
    }
    fn source_label(&self) -> &'static str {
        "Source:"
    }
    fn csv_headers(&self) -> [&'static str; 8] {
        ["Stage", "Figure", "Number", "Derived", "Share of total", "Share of group", "In words", "Value"]
    }
    fn yes_no(&self, yes: bool) -> &'static str {
        if yes { "yes" } else { "no" }
    }
    fn embed_title(&self) -> &'static str {
        "Arrest breakdown calculator"
    }

    // --- the widget: vocabulary, editor fields, chrome ---
    fn chrome(&self) -> &'static crate::editor::Chrome {
        &CHROME
    }
}

// Messages

/// Errors and warnings in English: what is wrong and how to put it right, with what was typed
/// quoted back in curly quotes.
mod messages {
    use super::{n, L};
    use crate::error::{one_person_tenths, shorten, shorten_long, ErrorKind, ParseError, WarningKind, Whole, MAX_COUNT};
    use crate::format;
    use crate::model::{Category, CONTRACT_VERSION};
    use std::fmt::{self, Display, Write as _};

    pub(super) fn parse_error(out: &mut String, why: &ParseError, typed: &str) -> fmt::Result {
        let typed = shorten(typed);
        match why {
            ParseError::Empty => out.write_str("Enter a number."),
            ParseError::NotANumber => write!(out, "“{typed}” is not a number. Type digits, such as 5,232."),
            ParseError::ShareNeedsWhole => write!(out, "“{typed}” is a share, and this figure has no whole to be a share of. Type a count, such as 5,232 or “more than 5,000”."),
            ParseError::Negative => out.write_str("A count of people cannot be negative."),
            ParseError::Fractional => write!(
                out,
                "“{typed}” is not a whole number. People are counted in whole numbers; in English, write thousands with commas (5,232)."
            ),
            ParseError::MisplacedSeparator => {
                write!(out, "“{typed}” has a comma or point out of place. Group thousands in threes: 5,232 or 1,400,000.")
            }
            ParseError::UnknownWord(w) => write!(
                out,
                "“{}” is not a number word this calculator knows. Use thousand, million or billion.",
                shorten(w)
            ),
            ParseError::TooLarge => write!(out, "“{typed}” is too large: the limit is {}.", n(MAX_COUNT)),
        }
    }

    pub(super) fn error_message(out: &mut String, kind: &ErrorKind) -> fmt::Result {
        match kind {
            ErrorKind::Count { typed, why } => parse_error(out, why, typed),
            ErrorKind::Json(detail) => write!(out, "The scenario could not be read: {}", shorten_long(detail)),
            ErrorKind::ScenarioTooLarge { limit } => {
                write!(out, "The scenario is too large to read: the limit is {} KB.", n((*limit / 1024) as u64))
            }
            ErrorKind::UnsupportedVersion(v) => {
                write!(out, "This calculator reads scenario version {CONTRACT_VERSION}; this one says version {v}.")
            }
            ErrorKind::NoStages => out.write_str("Add at least one count: how many people were arrested, detained or deported."),
            ErrorKind::TooMany { limit } => write!(out, "Too many entries here: the limit is {limit}."),
            ErrorKind::TextTooLong { limit } => write!(out, "This text is too long: the limit is {limit} characters."),
            ErrorKind::EmptyText => out.write_str("Give this a name."),
            ErrorKind::ZeroTotal => {
                out.write_str("The total is zero, so there is nothing to break down. Enter how many people were counted.")
            }
            ErrorKind::PartExceedsWhole { part, whole, whole_name } => write!(
                out,
                "{} is more than {} ({}): a part cannot be larger than its whole.",
                n(*part),
                whole_named(*whole_name),
                n(*whole)
            ),
            ErrorKind::PartsExceedTotal { sum, total } => {
                write!(out, "The parts add up to {}, more than the total of {}.", n(*sum), n(*total))
            }
            ErrorKind::Inconsistent { given, expected } => {
                write!(out, "This says {}, but the counts it is made of add up to {}.", n(*given), n(*expected))
            }
            ErrorKind::Contradictory => out.write_str("These categories contradict each other: together they would need a negative number of people, or parts that do not add up to their group. Check the breakdown against the source."),
            ErrorKind::UnknownParent(c) => write!(
                out,
                "This group is said to be part of “{}”, but that count is not given or cannot be worked out.",
                category_name(*c)
            ),
            ErrorKind::UnknownStage { typed } => {
                write!(out, "No stage has the id “{}”. Use the id of one of the stages, such as “arrests”.", shorten(typed))
            }
            ErrorKind::BadDate { typed } => {
                write!(out, "“{}” is not a date. Use year-month-day, such as 2025-06-30.", shorten(typed))
            }
            ErrorKind::UnknownStyle { typed } => write!(
                out,
                "“{}” is not a house style: use percent or ap (English), es, us, mx or rae (Spanish).",
                shorten(typed)
            ),
            ErrorKind::UnknownCategory { typed } => write!(
                out,
                "“{}” is not a category: use convicted, pending, no_record, criminal_history or not_convicted (or a category's name), or leave it blank for the whole stage.",
                shorten(typed)
            ),
            ErrorKind::DatesOutOfOrder => out.write_str("The period ends before it starts."),
            ErrorKind::TargetNeedsDates => {
                out.write_str("A daily goal needs the period's start and end dates, or an observed daily pace.")
            }
        }
    }

    pub(super) fn warning_message(out: &mut String, kind: &WarningKind) -> fmt::Result {
        match kind {
            WarningKind::LaterStageLarger { later, earlier, .. } => write!(
                out,
                "This count ({}) is larger than the one before it ({}). That can be right — they are not the same people — but check it.",
                n(*later),
                n(*earlier)
            ),
            WarningKind::SmallBase { total } => write!(
                out,
                "With a total of {}, one person more or less moves a percentage by {} percentage points or more.",
                n(*total),
                format::tenths_display(one_person_tenths(*total), L)
            ),
        }
    }

    pub(super) fn cannot_read(out: &mut String, source: Option<&str>, reason: &dyn Display) -> fmt::Result {
        write!(out, "cannot read {}: {reason}", source.unwrap_or("standard input"))
    }

    /// The whole a part was checked against: "the total", "the “convicted” count".
    fn whole_named(w: Whole) -> impl Display {
        fmt::from_fn(move |f| match w {
            Whole::Total => f.write_str("the total"),
            Whole::Category(c) => write!(f, "the “{}” count", category_name(c)),
        })
    }

    /// A category as a message quotes it: "pending charges".
    fn category_name(c: Category) -> &'static str {
        match c {
            Category::Convicted => "convicted",
            Category::Pending => "pending charges",
            Category::NoRecord => "no criminal record",
            Category::CriminalHistory => "with a criminal history",
            Category::NotConvicted => "not convicted",
        }
    }
}

// Numbers

/// English numbers in AP style: "5,232", "32.9 percent", "32.9%", "Oct. 1, 2024".
mod numbers {
    use crate::format::{DatePart, Numbers};

    pub(super) static NUMBERS: Numbers = DEFAULT;

    /// The default style's facts, which the other styles change in part.
    const DEFAULT: Numbers = Numbers {
        thousands: ',',
        group_from: 1000,
        decimal: '.',
        percent_word: " percent",
        percent_sign: "%",
        less_than: "less than ",
        less_than_percent: "less than ",
        more_than_percent: "more than ",
        small: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
        // AP abbreviates the long months when a day follows.
        months: ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
        date: &[DatePart::Month, DatePart::Text(" "), DatePart::Day, DatePart::Text(", "), DatePart::Year],
        quotes: ("“", "”"),
    };

    /// AP style since 2019: the sign with figures in running text too ("32.9%"); "percentage
    /// points" stays spelled out.
    pub(super) static AP: Numbers = Numbers {
        percent_word: "%",
        ..DEFAULT
    };
}

/// The working's words for figures that are not exact (`super::estimate_step`).
pub(super) const ESTIMATE_WORDS: super::EstimateWords = super::EstimateWords {
    of: " of ",
    opposite: ": the two are bounds that pull opposite ways, so the result could be anything; no sentence states it",
    says_nothing: "; “more than 0” says nothing, so no sentence states it",
    unreported: "No total was reported, so no share of it can be worked out.",
    unreported_share: " of a total that was not reported: no count can be worked out from it",
    rounded: [" (two significant figures, rounded down so that “", " (two significant figures, rounded up so that “", "” stays true)"],
    approximate: " (two significant figures: no more precise than the figures it comes from)",
    share_opposite: ": of a whole that is only a bound (“more than”, “fewer than”) the count could be almost anything, so it is not stated: the share is what was reported",
    share_rounded: " (a reported share is itself rounded, so the count worked out from it is not exact)",
    rest_of_bound: [
        " less the parts reported as shares of it: the count could be almost anything, so it is not stated",
        "; its share is what the others leave: ",
    ],
    left_out: "Left out of the sentences: with figures reported as approximations or bounds, it would state more than the reporting does.",
};

/// English qualifiers and share words, for `parse` (folded: lower case, no accents).
pub(super) const QUALIFIER_WORDS: super::QualifierWords = super::QualifierWords {
    qualifiers: &[
        ("more than", Qual::MoreThan),
        ("over", Qual::MoreThan),
        ("at least", Qual::AtLeast),
        ("nearly", Qual::Nearly),
        ("almost", Qual::Nearly),
        ("about", Qual::About),
        ("around", Qual::About),
        ("roughly", Qual::About),
        ("approximately", Qual::About),
        ("fewer than", Qual::FewerThan),
        ("less than", Qual::FewerThan),
        ("up to", Qual::UpTo),
    ],
    articles: &[],
    halves: &["half", "one half", "a half"],
    percent: &["percent", "per cent", "%"],
};

// =============================================================================================
// Classroom (issue 12): predict, then reveal (`crate::guess`), and step through
// (`crate::lesson`). Everything the classroom says in English, and nothing else, is below.
// =============================================================================================

static CLASSROOM: crate::guess::ClassroomChrome = crate::guess::ClassroomChrome {
    your_guess: "Your guess, out of 100",
    how_to_guess: "Tap or drag on the people to set your guess, or use the arrow keys.",
    in_100: " in 100",
    reveal: "Reveal",
    again: "Guess again",
    lesson: "Step by step",
    next: "Next",
    back: "Back",
    what_would_you_say: "What would you say?",
    right: "Right.",
    not_quite: "Not quite. The rule says:",
    rule_heading: "The rule",
};

impl super::classroom::ClassroomWords for English {
    fn classroom(&self) -> &'static crate::guess::ClassroomChrome {
        &CLASSROOM
    }

    fn guess_question(&self, out: &mut String, s: &Subject, category: Category) -> fmt::Result {
        write!(out, "Of every 100 {}, how many do you think {}?", subject(s), predicate(Some(category), s.unit))
    }

    fn guess_result(&self, out: &mut String, g: &super::classroom::GuessSaid) -> fmt::Result {
        use crate::guess::GuessDirection;
        write!(out, "You guessed {} in 100; it was ", g.guess)?;
        if let Some((approx, hedge)) = g.approx {
            write!(out, "{} ({})", frequency_words(approx, hedge, Form::Standalone), pct(g.shown))?;
        } else {
            write!(out, "{}", pct(g.shown))?;
        }
        match g.direction {
            GuessDirection::Same => out.write_str(": exactly right."),
            GuessDirection::Lower => write!(out, ": {} lower.", points_apart(u128::from(g.points_tenths))),
            GuessDirection::Higher => write!(out, ": {} higher.", points_apart(u128::from(g.points_tenths))),
        }
    }

    fn guess_legend(&self, out: &mut String, guess: u64) -> fmt::Result {
        write!(out, "Your guess: {guess} in 100")
    }

    fn guess_verdict(&self, verdict: crate::guess::Verdict) -> &'static str {
        match verdict {
            crate::guess::Verdict::SpotOn => "Spot on: within 2 points.",
            crate::guess::Verdict::Close => "Close: within 10 points.",
            crate::guess::Verdict::Far => "Far off: more than 10 points away.",
        }
    }

    fn guess_problem(&self, out: &mut String, problem: super::classroom::GuessProblem, typed: &str) -> fmt::Result {
        use super::classroom::GuessProblem as P;
        let t = crate::error::shorten(typed);
        match problem {
            P::Empty => out.write_str("Type a number from 0 to 100."),
            P::NotANumber => write!(out, "“{t}” is not a number: type a whole number from 0 to 100."),
            P::Negative => write!(out, "“{t}” is below 0: type a number from 0 to 100."),
            P::Fractional => write!(out, "“{t}” has a fraction: a guess is a whole number of people in 100, from 0 to 100."),
            P::TooLarge => write!(out, "“{t}” is more than 100: a guess is how many in 100, from 0 to 100."),
        }
    }

    fn hedge_question(&self, out: &mut String, h: &super::classroom::HedgeSaid) -> fmt::Result {
        write!(
            out,
            "{} against {} ({})",
            h.shown.percent_sign_display(L),
            frequency_words(h.approx, Hedge::Exactly, Form::Standalone),
            h.rung.percent_sign_display(L)
        )
    }

    fn hedge_why(&self, out: &mut String, h: &super::classroom::HedgeSaid) -> fmt::Result {
        let rung = frequency_words(h.approx, Hedge::Exactly, Form::Standalone);
        match hedge_word(h.hedge) {
            None => write!(out, "{} is exactly {rung}: no hedge word.", h.shown.percent_sign_display(L)),
            Some(word) => write!(
                out,
                "{} is {} {} {rung}: {}, so “{word}”.",
                h.shown.percent_sign_display(L),
                relative_amount(h.relative_tenths),
                if h.below { "below" } else { "above" },
                band_note(h.band)
            ),
        }
    }

    fn hedge_rule(&self) -> &'static str {
        "Measure how far the share lies from the simple fraction, as a part of that fraction: \
         within 3% either way is “about”; 3% to 10% below it, “nearly”; 3% to 6% above it, “just \
         over”; 6% to 15% above it, “more than”. Only a share that is exactly the fraction goes \
         without a hedge word: 36.5% is “more than one in three”, never “one in three”."
    }

    fn nothing_to_guess(&self) -> &'static str {
        "These figures’ headline states no exact share to guess: give the first stage a breakdown in exact counts."
    }

    fn step_counter(&self, out: &mut String, at: usize, of: usize) -> fmt::Result {
        write!(out, "Step {at} of {of}")
    }
}

// =============================================================================================
// Exercises (src/exercise/): prompts, choices, hints, the checker's feedback, labels and the
// words an answer may carry. Kept apart from the report's words above.

#[cfg(feature = "tools")]
mod exercises {
    use super::{described, est, n, noun, participle, predicate, qualifier, short_subject, subject, typed, English, L};
    use crate::approx::{Est, Qual};
    use crate::exercise::AnswerKind;
    use crate::format;
    use crate::frequency::Hedge;
    use crate::phrase::exercises::{AnswerWords, ExerciseLabels, ExerciseWords, Feedback, Hint, Prompt};
    use crate::phrase::write_list;
    use std::fmt::{self, Write as _};

    static LABELS: ExerciseLabels = ExerciseLabels {
        title: "Exercises",
        questions: "Questions",
        answers: "Answers",
        answer_key: "Answer key",
        levels: ["Level 1: parts and shares", "Level 2: points, “1 in N” and hedges", "Level 3: what the numbers do not say"],
        name: "Name:",
        working: "Working:",
        answer: "Answer:",
        hints: "Hints",
        your_answer: "Your answer",
        check: "Check",
        hint: "Show a hint",
        next: "Next question",
        previous: "Previous question",
        show_answer: "Show the answer",
        print: "Print worksheet",
        position: ["Question ", " of "],
        practice: "Practice",
        close: "Close practice",
        none: "These figures give no exercises: the questions need exact figures with a total and a breakdown, groups or a second stage.",
    };

    static ANSWER_WORDS: AnswerWords = AnswerWords {
        hedges: &[
            ("about", Hedge::About),
            ("around", Hedge::About),
            ("roughly", Hedge::About),
            ("approximately", Hedge::About),
            ("nearly", Hedge::Nearly),
            ("almost", Hedge::Nearly),
            ("just over", Hedge::JustOver),
            ("a little over", Hedge::JustOver),
            ("slightly more than", Hedge::JustOver),
            ("more than", Hedge::MoreThan),
            ("over", Hedge::MoreThan),
            ("exactly", Hedge::Exactly),
        ],
        points: &["percentage points", "percentage point", "points", "point", "pts", "pp"],
        one_in: &["in", "out of"],
        one: &["one", "a"],
        ten: "ten",
        nouns: &["people", "persons", "charges"],
        yes_no: ["yes", "no"],
    };

    const ONE_DECIMAL: &str = "Give it to one decimal place.";

    impl ExerciseWords for English {
        fn prompt(&self, out: &mut String, prompt: &Prompt) -> fmt::Result {
            match prompt {
                Prompt::MissingPart { subject: s, total, given, asked } => {
                    write!(out, "Of the {} {}, ", n(*total), subject(s))?;
                    write_list(out, given, "and", |out, &(c, v)| write!(out, "{} {}", n(v), predicate(Some(c), s.unit)))?;
                    write!(out, ". How many {}?", predicate(Some(*asked), s.unit))
                }
                Prompt::Share { subject: s, category, count, total } => write!(
                    out,
                    "Of the {} {}, {} {}. What percentage is that? {ONE_DECIMAL}",
                    n(*total),
                    subject(s),
                    n(*count),
                    predicate(Some(*category), s.unit)
                ),
                Prompt::GroupShare { subject: s, label, count, parent, parent_count } => write!(
                    out,
                    "Among the {} {} {}, {} were {}. What percentage of the people {} is that? {ONE_DECIMAL}",
                    n(*parent_count),
                    subject(s),
                    described(*parent),
                    n(*count),
                    typed(label),
                    described(*parent)
                ),
                Prompt::Points { category, earlier, later, from, to } => write!(
                    out,
                    "The share of people {} was {} among {} and {} among {}. By how many percentage points did it change from {} to {}? Write a fall with a minus sign.",
                    described(*category),
                    from.percent_words_display(L),
                    noun(earlier),
                    to.percent_words_display(L),
                    noun(later),
                    noun(earlier),
                    noun(later)
                ),
                Prompt::OneIn { subject: s, label, count, total } => write!(
                    out,
                    "{} of the {} {} were {}. Write that as “1 in N”, with a hedge word (about, nearly, just over, more than) unless it is exact.",
                    n(*count),
                    n(*total),
                    subject(s),
                    typed(label)
                ),
                Prompt::Hedge { subject: s, category, count, total, shown } => write!(
                    out,
                    "{} of the {} {} {} ({}). Which words fit that share?",
                    n(*count),
                    n(*total),
                    subject(s),
                    predicate(Some(*category), s.unit),
                    shown.percent_words_display(L)
                ),
                Prompt::Conviction { subject: s, count, total } => write!(
                    out,
                    "{} of the {} {} had a criminal history. Which sentence do these figures support?",
                    n(*count),
                    n(*total),
                    subject(s)
                ),
                Prompt::NoRecord { subject: s, count, total } => write!(
                    out,
                    "{} of the {} {} had no criminal conviction. Can a reporter write that {} had no criminal record?",
                    n(*count),
                    n(*total),
                    subject(s),
                    n(*count)
                ),
                Prompt::Charges { subject: s, total } => write!(
                    out,
                    "The figures count {} {}. Can a reporter write that {} people were charged?",
                    n(*total),
                    subject(s),
                    n(*total)
                ),
                Prompt::Bound { subject: s, total } => write!(
                    out,
                    "The figures count {} {}. Can a reporter leave out “{}” and write {}?",
                    est(*total),
                    subject(s),
                    qualifier(total.qual, false),
                    est(Est { qual: Qual::Exact, ..*total })
                ),
                Prompt::Stages { earlier, later, earlier_total, later_total, per_100_tenths } => write!(
                    out,
                    "The figures count {} {} and {} {}. Can a reporter write that {} of the people {} were {}?",
                    n(*earlier_total),
                    subject(earlier),
                    n(*later_total),
                    short_subject(later),
                    format::percent_words_display(*per_100_tenths, L),
                    participle(earlier),
                    participle(later)
                ),
            }
        }

        fn choices(&self, prompt: &Prompt) -> Vec<String> {
            match prompt {
                Prompt::Conviction { count, .. } => vec![
                    format!("All {} had been convicted of a crime.", n(*count)),
                    format!("All {} had a criminal conviction or a pending criminal charge; the figures do not say how many were convicted.", n(*count)),
                    format!("None of the {} had been convicted of a crime.", n(*count)),
                ],
                Prompt::NoRecord { .. } => vec![
                    "Yes: no conviction means no criminal record.".into(),
                    "No: people with no conviction may still have pending criminal charges.".into(),
                ],
                Prompt::Bound { total, .. } => vec![
                    format!("Yes: {} is the figure reported.", est(Est { qual: Qual::Exact, ..*total })),
                    format!("No: “{}” is not an exact count; the sentence must keep “{}”.", est(*total), qualifier(total.qual, false)),
                ],
                Prompt::Charges { .. } => vec![
                    "Yes: each charge is one person.".into(),
                    "No: one person can face several charges, so a count of charges is not a count of people.".into(),
                ],
                Prompt::Stages { earlier, later, earlier_total, later_total, per_100_tenths } => vec![
                    format!("Yes: {} ÷ {} = {}.", n(*later_total), n(*earlier_total), format::percent_words_display(*per_100_tenths, L)),
                    format!(
                        "No: the people {} in the period are not necessarily the people {} in it; the figures allow “{} {} for every 100 {}”.",
                        participle(later),
                        participle(earlier),
                        format::tenths_display(*per_100_tenths, L),
                        noun(later),
                        noun(earlier)
                    ),
                ],
                _ => Vec::new(),
            }
        }

        fn hint(&self, out: &mut String, hint: Hint) -> fmt::Result {
            match hint {
                Hint::Subtract { total } => write!(out, "The parts add up to the whole: take the parts you know away from {}.", n(total)),
                Hint::Divide => out.write_str("Divide the part by the whole, multiply by 100, and round only at the end."),
                Hint::Whole { parent, count, total } => {
                    write!(out, "The whole here is the {} people {}, not all {}.", n(count), described(parent), n(total))
                }
                Hint::Points => out.write_str(
                    "Take the earlier percentage from the later one: the difference of two percentages is in percentage points, not percent.",
                ),
                Hint::OneIn { total, count } => write!(
                    out,
                    "Divide the whole by the part, {} ÷ {}, and round to a whole number (to two significant figures from 100 up).",
                    n(total),
                    n(count)
                ),
                Hint::Hedges => out.write_str(
                    "Compare the share with the simple fraction: within 3% of it is “about”; 3% to 10% below it, “nearly”; 3% to 6% above it, “just over”; 6% to 15% above it, “more than”; exactly equal needs no hedge word.",
                ),
                Hint::History => out.write_str("“Criminal history” counts pending criminal charges as well as convictions."),
                Hint::NoConviction => out.write_str("“No conviction” is not “no criminal record”: it can include people with pending charges."),
                Hint::Charges => out.write_str("Ask what is counted: one person can face several charges."),
                Hint::Bound => out.write_str("A qualifier is part of the figure: “more than” is a bound, “about” an approximation."),
                Hint::Stages => out.write_str(
                    "Ask whether the two counts are the same people, or only counts of the same period.",
                ),
            }
        }

        fn feedback(&self, out: &mut String, feedback: &Feedback) -> fmt::Result {
            match *feedback {
                Feedback::Correct { expected } => write!(out, "Right: {expected}."),
                Feedback::CorrectAbout { expected } => write!(out, "Right: to one decimal place it is {expected}."),
                Feedback::Empty => out.write_str("Write an answer first."),
                Feedback::Unreadable { kind } => match kind {
                    AnswerKind::Number => write!(out, "Write a whole number, such as {}.", n(1250)),
                    AnswerKind::Percent => write!(out, "Write a percentage, such as {} or {}.", format::tenths_display(452, L), format::percent_sign_display(452, L)),
                    AnswerKind::Points => write!(out, "Write a number of percentage points, such as {} or −{}.", format::tenths_display(25, L), format::tenths_display(25, L)),
                    AnswerKind::Choice => out.write_str("Write the letter of a choice (a, b, c…) or its words."),
                    AnswerKind::OneIn => out.write_str("Write it as “1 in N”, such as “about 1 in 20”."),
                },
                Feedback::NumberStyle { expected } => write!(out, "That reads as a number with decimals: write the count as {expected}."),
                Feedback::RoundedTooEarly { expected, quotient: "" } => {
                    write!(out, "Rounded too early: take one percentage from the other as shown, to one decimal place: {expected}.")
                }
                Feedback::RoundedTooEarly { expected, quotient } => write!(
                    out,
                    "Rounded too early: the division gives {quotient}; keep its digits and round only at the end: {expected}."
                ),
                Feedback::OneDecimal { expected } => {
                    write!(out, "That is the share rounded to a whole percent; the question asks for one decimal place: {expected}.")
                }
                Feedback::OffByRounding { expected, exact } => {
                    write!(out, "Close, but check the rounding: the division gives {exact}, which rounds to {expected}.")
                }
                Feedback::ExactCount { expected } => write!(out, "Close, but the count is exact: {expected}."),
                Feedback::WrongWhole { expected, used, whole } => {
                    write!(out, "Share of the wrong whole: that divides by {}, but the whole here is {}: {expected}.", n(used), n(whole))
                }
                Feedback::OtherPart { expected } => {
                    write!(out, "That is the share of another part of the whole; the question asks about this one: {expected}.")
                }
                Feedback::PercentVsPoints { expected, relative: false } => write!(
                    out,
                    "Percent versus percentage points: the difference of two percentages is measured in percentage points: {expected}, not percent."
                ),
                Feedback::PercentVsPoints { expected, relative: true } => write!(
                    out,
                    "That is the relative change (how much the share changed as a percentage of itself); the question asks for the difference in percentage points: {expected}."
                ),
                Feedback::PointsVsPercent { expected } => write!(out, "A share is a percentage, not percentage points: {expected}."),
                Feedback::Sign { expected } => write!(out, "The size is right, but the sign is not: {expected}."),
                Feedback::Hedge { step } => write!(out, "The number is right; the hedge word must fit it too: {step}."),
                Feedback::WrongChoice { why: Some(why) } => write!(out, "Not that one. {why}"),
                Feedback::WrongChoice { why: None } => out.write_str("Not that one."),
                Feedback::Wrong => out.write_str("Not yet. Try again, or open a hint."),
                Feedback::UnknownQuestion { id } => write!(out, "There is no question “{id}” for these figures."),
            }
        }

        fn points_answer(&self, out: &mut String, tenths: i64) -> fmt::Result {
            let sign = if tenths < 0 { "−" } else { "" };
            write!(out, "{sign}{} percentage points", format::tenths_display(tenths.unsigned_abs(), L))
        }

        fn exercise_labels(&self) -> &'static ExerciseLabels {
            &LABELS
        }

        fn answer_words(&self) -> &'static AnswerWords {
            &ANSWER_WORDS
        }
    }
}
