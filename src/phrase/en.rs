//! English, in AP style: figures with commas, "percent" in running text, no serial comma.

use super::{capitalize_from, write_list, Caveat, Direction, PartSaid, Said, Subject};
use crate::format;
use crate::frequency::{Frequency, Gender};
use crate::lang::{Lang, Text};
use crate::model::{Category, StageKind, Unit};
use crate::share::Shown;
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
pub fn subject<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        short_subject(s).fmt(f)?;
        subject_tail(s).fmt(f)
    })
}

/// " by ICE in the Los Angeles area from October to June".
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
    fmt::from_fn(move |f| {
        if s.unit == Unit::Charges {
            return f.write_str("charges");
        }
        match (s.kind, s.verb.and_then(|v| v.get(L))) {
            (_, Some(_)) | (StageKind::Custom, None) => short_subject(s).fmt(f),
            (StageKind::Arrests, _) => f.write_str("arrests"),
            (StageKind::Detentions, _) => f.write_str("book-ins into detention"),
            (StageKind::Removals, _) => f.write_str("removals"),
            (StageKind::Deportations, _) => f.write_str("deportations"),
            (StageKind::Detainers, _) => f.write_str("detainers"),
        }
    })
}

pub fn stage_label(s: &Subject) -> String {
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

/// Writes the sentence for `said` at the end of `out`.
pub fn say(out: &mut String, said: &Said) -> fmt::Result {
    match said {
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
        Said::Count { subject: s, total } => match s.unit {
            Unit::People => write!(out, "In all, {} people were {}{}.", n(*total), participle(s), subject_tail(s)),
            Unit::Charges => {
                write!(out, "In all, {} charges were recorded against people {}{}.", n(*total), participle(s), subject_tail(s))
            }
        },
        Said::Breakdown { subject: s, total, parts } => {
            write!(out, "Of the {} {}, ", n(*total), subject(s))?;
            write_list(out, parts, "and", |out, p: &PartSaid| {
                write!(out, "{} ({}) {}", n(p.count), pct(p.shown), predicate(p.category, s.unit))
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
                return write!(out, "Of the {} charges, {} {were} {} ({}){}.", n(*total), n(*count), typed(label), pct(*of_total), tail);
            }
            match parent {
                Some((c, parent_count, of_parent)) => write!(
                    out,
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
                None => write!(
                    out,
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
            "For every 100 {}, there were {} {}: {} in all.",
            noun(earlier),
            rate(*per_100_tenths),
            noun(later),
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
            "The {} {} average {} a day over {} {}.",
            n(*total),
            noun(s),
            rate(*per_day_tenths),
            format::small_number_display(*days, L),
            if *days == 1 { "day" } else { "days" }
        ),
        Said::Population { subject: s, total, population, label, shown, one_in: f } => write!(
            out,
            "The {} {} equal {} of the {} {}{}.",
            n(*total),
            noun(s),
            pct(*shown),
            n(*population),
            typed(label),
            or_one_in(f)
        ),
        Said::TargetDaily { subject: s, pace_tenths, observed, target, percent_tenths, label } => write!(
            out,
            "At {} {} a day{}, the pace is {} of {} of {} a day.",
            rate(*pace_tenths),
            noun(s),
            if *observed { " (as reported)" } else { " on average" },
            format::percent_words_nonzero_display(*percent_tenths, L),
            goal(*label),
            n(*target)
        ),
        Said::TargetTotal { subject: s, total, target, percent_tenths, label } => write!(
            out,
            "The {} {} are {} of {} of {}.",
            n(*total),
            noun(s),
            format::percent_words_nonzero_display(*percent_tenths, L),
            goal(*label),
            n(*target)
        ),
        Said::Comparison { subject: s, total, other, label, change_tenths, direction } => {
            write!(out, "The {} {} compare with ", n(*total), noun(s))?;
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
        Said::Caveat(c) => caveat(out, c),
    }
}

/// Percentage points in tenths; a difference too small to show is "less than 0.1".
fn points(tenths: u64) -> impl Display {
    fmt::from_fn(move |f| if tenths == 0 { f.write_str("less than 0.1") } else { format::tenths_display(tenths, L).fmt(f) })
}

fn caveat(out: &mut String, c: &Caveat) -> fmt::Result {
    match c {
        Caveat::Derived { category, count, terms, unit } => {
            let expr = crate::working::expression_display(terms, L);
            let who = match unit {
                Unit::People => "people who",
                Unit::Charges => "charges that",
            };
            write!(
                out,
                "The figure of {} {who} {} is derived — {expr} = {} — not reported directly.",
                n(*count),
                predicate(Some(*category), *unit),
                n(*count)
            )
        }
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
        Caveat::SmallBase { total } => write!(
            out,
            "With only {} people, one person more or less moves a share by {} percentage points or more; treat the percentages with care.",
            format::small_number_display(*total, L),
            format::tenths_display(crate::share::Share::new(1, *total).tenths(), L)
        ),
        Caveat::Unaccounted { count, total } => write!(
            out,
            "The categories given add up to {}; {} of the {} are not accounted for.",
            n(total - count),
            n(*count),
            n(*total)
        ),
        Caveat::PlacesUnaccounted { count, total } => write!(
            out,
            "The places listed add up to {}; {} of the {} are not assigned to a place.",
            n(total - count),
            n(*count),
            n(*total)
        ),
        Caveat::SubgroupsOverlap => out.write_str("Groups named within the same count may overlap: one person can be in more than one."),
        Caveat::PopulationNotSamePeople { label } => write!(
            out,
            "The comparison with the {} shows scale: the people counted are not necessarily drawn from that population.",
            typed(label)
        ),
    }
}

// The widget

/// The widget's words once the core is loaded (`super::Words::chrome`).
static CHROME: crate::editor::Chrome = crate::editor::Chrome {
    widget: crate::editor::WidgetWords {
        adjust: "Adjust the numbers",
        numbers: "The numbers",
        reset: "Reset to the reported figures",
        all_figures: "All figures",
        figures_panel: "All the figures",
        working_panel: "How it was worked out",
        stages: "Stages",
        yes: "Yes",
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

    // --- numbers: locale facts ---

    // --- working: frequency rungs, hedges, steps ---

    // --- the table ---

    // --- the widget: vocabulary, editor fields, chrome ---
    fn chrome(&self) -> &'static crate::editor::Chrome {
        &CHROME
    }
}
