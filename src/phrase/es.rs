//! Spanish, in standard news style: "5.232", "32,9 por ciento", "una de cada tres personas".
//! Sentences with a natural-frequency subject ("una de cada tres personas… no tenía") take a
//! singular verb; counted parts ("1.719 no tenían") a plural one.

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
use crate::share::{Bound, Shown};
use std::cmp::Ordering;
use std::fmt::{self, Display, Write as _};

const L: Lang = Lang::Es;

fn n(v: u64) -> impl Display {
    format::count_display(v, L)
}

fn pct(s: Shown) -> impl Display {
    s.percent_words_display(L)
}

/// "el 6,7 por ciento", but "menos del 0,1 por ciento".
fn pct_article(s: Shown) -> impl Display {
    fmt::from_fn(move |f| match s.bound() {
        Bound::Exact => write!(f, "el {}", pct(s)),
        _ => pct(s).fmt(f),
    })
}

fn typed(t: &Text) -> impl Display + '_ {
    super::typed(t, L)
}

fn gender(s: &Subject) -> Gender {
    match s.unit {
        Unit::People => Gender::Feminine,
        Unit::Charges => Gender::Masculine,
    }
}

fn participle<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        if let Some(v) = s.verb.filter(|v| v.get(L).is_some()) {
            return typed(v).fmt(f);
        }
        f.write_str(match s.kind {
            StageKind::Arrests => "arrestadas",
            StageKind::Detentions => "ingresadas en centros de detención",
            StageKind::Removals => "expulsadas",
            StageKind::Deportations => "deportadas",
            StageKind::Detainers => "señaladas en solicitudes de retención",
            StageKind::Custom => "contabilizadas",
        })
    })
}

fn people(s: &Subject) -> &'static str {
    match s.unit {
        Unit::People => "personas",
        Unit::Charges => "cargos contra personas",
    }
}

/// "personas arrestadas".
fn short_subject<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        f.write_str(people(s))?;
        f.write_str(" ")?;
        participle(s).fmt(f)
    })
}

/// "personas arrestadas por ICE en el área de Los Ángeles de octubre a junio".
pub(crate) fn subject<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        short_subject(s).fmt(f)?;
        subject_tail(s).fmt(f)
    })
}

fn subject_tail<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        if let Some(a) = s.agency {
            f.write_str(if s.kind == StageKind::Detainers { " de " } else { " por " })?;
            typed(a).fmt(f)?;
        }
        if let Some(p) = s.place {
            f.write_str(" en ")?;
            typed(p).fmt(f)?;
        }
        if let Some(label) = s.period_label {
            f.write_str(" ")?;
            typed(label).fmt(f)?;
        } else if let Some(p) = s.period.filter(|p| p.start == p.end) {
            write!(f, " el {}", format::date_display(p.start.year, p.start.month, p.start.day, L))?;
        } else if let Some(p) = s.period {
            write!(
                f,
                " del {} al {}",
                format::date_display(p.start.year, p.start.month, p.start.day, L),
                format::date_display(p.end.year, p.end.month, p.end.day, L)
            )?;
        }
        Ok(())
    })
}

/// The article the stage's plural noun takes: "los" (arrestos), "las" (deportaciones).
fn article(s: &Subject) -> &'static str {
    if s.unit == Unit::Charges {
        return "los";
    }
    match (s.kind, s.verb.and_then(|v| v.get(L))) {
        (_, Some(_)) | (StageKind::Custom, None) => "las",
        (StageKind::Arrests | StageKind::Detentions, _) => "los",
        (StageKind::Removals | StageKind::Deportations | StageKind::Detainers, _) => "las",
    }
}

/// The stage as a plural noun: "arrestos", "deportaciones".
fn noun<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    noun_for(s, 0)
}

/// "los arrestos", "las deportaciones".
fn with_article<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| write!(f, "{} {}", article(s), noun(s)))
}

// Issue 10, counts of one: the stage's noun, article and verbs for a count of 1.

/// The stage as a noun for `count` of it: "arrestos", and for one "arresto".
fn noun_for<'a>(s: &'a Subject<'a>, count: u64) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        if s.unit == Unit::Charges {
            return f.write_str(agree(count, "cargo", "cargos"));
        }
        match (s.kind, s.verb.and_then(|v| v.get(L))) {
            (_, Some(_)) | (StageKind::Custom, None) if count == 1 => short_one(s).fmt(f),
            (_, Some(_)) | (StageKind::Custom, None) => short_subject(s).fmt(f),
            (StageKind::Arrests, _) => f.write_str(agree(count, "arresto", "arrestos")),
            (StageKind::Detentions, _) => f.write_str(agree(count, "ingreso en detención", "ingresos en detención")),
            (StageKind::Removals, _) => f.write_str(agree(count, "expulsión", "expulsiones")),
            (StageKind::Deportations, _) => f.write_str(agree(count, "deportación", "deportaciones")),
            (StageKind::Detainers, _) => f.write_str(agree(count, "solicitud de retención", "solicitudes de retención")),
        }
    })
}

/// The singular article of the stage's noun, opening a sentence, and "único" agreeing with it:
/// ("El", "único") for "arresto", ("La", "única") for "expulsión".
fn capital_article_one(s: &Subject) -> (&'static str, &'static str) {
    match article(s) {
        "las" => ("La", "única"),
        _ => ("El", "único"),
    }
}

/// The subject for a count: "personas arrestadas por ICE …", and for one "persona arrestada …".
fn subject_for<'a>(s: &'a Subject<'a>, count: u64) -> impl Display + 'a {
    fmt::from_fn(move |f| if count == 1 { subject_one(s).fmt(f) } else { subject(s).fmt(f) })
}

/// `people_article` for a count: "las" personas, and for one "la" persona.
fn people_article_for(s: &Subject, count: u64) -> &'static str {
    match (people_article(s), count) {
        ("las", 1) => "la",
        (_, 1) => "el",
        (a, _) => a,
    }
}

/// `described`, for one person: "condenada por un delito".
fn described_for(c: Category, count: u64) -> &'static str {
    match (c, count) {
        (Category::Convicted, 1) => "condenada por un delito",
        _ => described(c),
    }
}

// End of counts of one.

pub(crate) fn stage_label(s: &Subject) -> String {
    match s.kind {
        StageKind::Arrests if s.verb.is_none() => "Arrestos".into(),
        StageKind::Detentions if s.verb.is_none() => "Ingresos en detención".into(),
        StageKind::Removals if s.verb.is_none() => "Expulsiones".into(),
        StageKind::Deportations if s.verb.is_none() => "Deportaciones".into(),
        StageKind::Detainers if s.verb.is_none() => "Solicitudes de retención (detainers)".into(),
        _ => {
            let mut label = short_subject(s).to_string();
            capitalize_from(&mut label, 0);
            label
        }
    }
}

pub(crate) fn category_label(c: Option<Category>) -> &'static str {
    match c {
        Some(Category::Convicted) => "Condenadas por un delito",
        Some(Category::Pending) => "Con cargos penales pendientes, sin condena",
        Some(Category::NoRecord) => "Sin antecedentes penales",
        Some(Category::CriminalHistory) => "Con antecedentes penales (condena o cargos pendientes)",
        Some(Category::NotConvicted) => "Sin condena penal",
        None => "Sin desglosar",
    }
}

/// What the people in a category had, singular ("no tenía") or plural ("no tenían").
fn predicate(c: Option<Category>, unit: Unit, plural: bool) -> impl Display {
    fmt::from_fn(move |f| {
        let (sing, plur) = match (c, unit) {
            (None, _) => ("no figura en ninguna categoría", "no figuran en ninguna categoría"),
            (Some(c), Unit::Charges) => {
                let label = crate::lang::lowercase(category_label(Some(c)));
                return if plural {
                    write!(f, "correspondían a la categoría «{label}»")
                } else {
                    write!(f, "correspondía a la categoría «{label}»")
                };
            }
            (Some(Category::Convicted), _) => ("había sido condenada por un delito", "habían sido condenadas por un delito"),
            (Some(Category::Pending), _) => ("tenía cargos penales pendientes pero ninguna condena", "tenían cargos penales pendientes pero ninguna condena"),
            (Some(Category::NoRecord), _) => ("no tenía antecedentes penales", "no tenían antecedentes penales"),
            (Some(Category::CriminalHistory), _) => ("tenía antecedentes penales", "tenían antecedentes penales"),
            (Some(Category::NotConvicted), _) => ("no tenía condenas penales", "no tenían condenas penales"),
        };
        f.write_str(if plural { plur } else { sing })
    })
}

/// The people in a category, after "personas": "con antecedentes penales".
fn described(c: Category) -> &'static str {
    match c {
        Category::Convicted => "condenadas por un delito",
        Category::Pending => "con cargos pendientes y sin condena",
        Category::NoRecord => "sin antecedentes penales",
        Category::CriminalHistory => "con antecedentes penales",
        Category::NotConvicted => "sin condena penal",
    }
}

/// ", o alrededor de una de cada 15" after a share, when there is a phrase for it.
fn or_one_in(f: &Option<Frequency>, g: Gender) -> impl Display + '_ {
    fmt::from_fn(move |out| match f {
        Some(f) => write!(out, ", o {}", f.standalone_display(L, g)),
        None => Ok(()),
    })
}

fn rate(tenths: u64) -> impl Display {
    format::rate_display(tenths, L)
}

fn points(tenths: u64) -> impl Display {
    fmt::from_fn(move |f| if tenths == 0 { f.write_str("menos de 0,1") } else { format::tenths_display(tenths, L).fmt(f) })
}

/// "la meta", or the reporter's name for it.
fn goal(label: Option<&Text>) -> impl Display + '_ {
    fmt::from_fn(move |f| match label {
        Some(t) => typed(t).fmt(f),
        None => f.write_str("la meta"),
    })
}

/// "De las" (personas), "De los" (cargos).
fn de_los(s: &Subject) -> &'static str {
    if gender(s) == Gender::Feminine {
        "De las"
    } else {
        "De los"
    }
}

/// The participle for one person: "arrestada". A verb the reporter typed in Spanish agrees by
/// its first word ("detenidas en la redada" → "detenida en la redada").
fn participle_one<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        if let Some(v) = s.verb.filter(|v| v.is_native(L)).and_then(|v| v.get(L)) {
            let first = v.split(' ').next().unwrap_or(v);
            return match first.strip_suffix('s').filter(|w| w.ends_with('a') || w.ends_with('o')) {
                Some(one) => write!(f, "{one}{}", v.get(first.len()..).unwrap_or("")),
                None => f.write_str(v),
            };
        }
        match s.kind {
            StageKind::Arrests => f.write_str("arrestada"),
            StageKind::Detentions => f.write_str("ingresada en un centro de detención"),
            StageKind::Removals => f.write_str("expulsada"),
            StageKind::Deportations => f.write_str("deportada"),
            StageKind::Detainers => f.write_str("señalada en una solicitud de retención"),
            StageKind::Custom => participle(s).fmt(f),
        }
    })
}

/// "persona arrestada por ICE …", "cargo contra personas arrestadas …": the subject, for one.
fn subject_one<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        short_one(s).fmt(f)?;
        subject_tail(s).fmt(f)
    })
}

/// "persona arrestada", "cargo contra personas arrestadas": `short_subject`, for one.
fn short_one<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| match s.unit {
        Unit::People => write!(f, "persona {}", participle_one(s)),
        Unit::Charges => write!(f, "cargo contra personas {}", participle(s)),
    })
}

/// One to nine in words, agreeing with the noun: "una" (persona), "uno" (cargo), "tres".
fn words(v: u64, g: Gender) -> impl Display {
    fmt::from_fn(move |f| match (v, g) {
        (1, Gender::Feminine) => f.write_str("una"),
        _ => format::small_number_display(v, L).fmt(f),
    })
}

/// A lead at an edge of the ladder (`super::Edge`): "Todas menos una de las 100.000 personas
/// arrestadas tenían antecedentes penales: 99.999 (más del 99,9 por ciento)."
fn lead_edge(out: &mut String, s: &Subject, c: Category, count: u64, total: u64, shown: Shown, edge: Edge) -> fmt::Result {
    let fem = gender(s) == Gender::Feminine;
    let (one, many) = (predicate(Some(c), s.unit, false), predicate(Some(c), s.unit, true));
    let (las, todas, ninguna) = if fem { ("las", "Todas", "Ninguna") } else { ("los", "Todos", "Ninguno") };
    let w = |v: u64| words(v, gender(s));
    match (edge, total) {
        (Edge::All, 1) => write!(out, "{} {} {one}.", if fem { "La única" } else { "El único" }, subject_one(s)),
        (Edge::All, 2..=9) => {
            let start = out.len();
            write!(out, "{las} {} {} {many}.", w(total), subject(s))?;
            capitalize_from(out, start);
            Ok(())
        }
        // "Todas … no tenían" reads as "not all had": say "Ninguna … tenía" instead.
        (Edge::All, _) if s.unit == Unit::People && matches!(c, Category::NoRecord | Category::NotConvicted) => {
            let positive = if c == Category::NoRecord { Category::CriminalHistory } else { Category::Convicted };
            write!(out, "Ninguna de las {} {} {}.", w(total), subject(s), predicate(Some(positive), s.unit, false))
        }
        (Edge::All, _) => write!(out, "{todas} {las} {} {} {many}.", n(total), subject(s)),
        (Edge::NoneOf, 1) => write!(out, "{ninguna} de {las} {} ({} en total) {one}.", subject(s), w(1)),
        (Edge::NoneOf, _) => write!(out, "{ninguna} de {las} {} {} {one}.", w(total), subject(s)),
        (Edge::AllBut(k), _) => write!(out, "{todas} menos {} de {las} {} {} {many}: {} ({}).", w(k), n(total), subject(s), n(count), pct(shown)),
        (Edge::Only(k), _) => {
            let verb = predicate(Some(c), s.unit, k > 1);
            write!(out, "Solo {} de {las} {} {} {verb} ({}).", w(k), n(total), subject(s), pct(shown))
        }
        (Edge::NearlyAll, _) => write!(out, "Casi {} {las} {} {many}: {} de {} ({}).", crate::lang::lowercase(todas), subject(s), n(count), n(total), pct(shown)),
    }
}

/// The whole a sub-group is counted in: "Entre las 3.513 personas", "De los 900 cargos"; for
/// one, "De la única persona", "Del único cargo".
fn whole<'a>(opener: &'a str, count: u64, s: &'a Subject<'a>, many: impl Display + 'a) -> impl Display + 'a {
    fmt::from_fn(move |f| match (count, gender(s)) {
        (1, Gender::Feminine) => write!(f, "De la única {many}"),
        (1, _) => write!(f, "Del único {many}"),
        _ => write!(f, "{opener} {} {many}", n(count)),
    })
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
                let start = out.len();
                write!(out, "{}", f.quantifier_display(L, gender(s)))?;
                capitalize_from(out, start);
                write!(
                    out,
                    " {} {}: {} de {} ({}).",
                    subject(s),
                    predicate(Some(*category), s.unit, f.is_plural()),
                    n(*count),
                    n(*total),
                    pct(*shown)
                )
            }
            None if count == total => {
                let todas = if gender(s) == Gender::Feminine { "Todas las" } else { "Todos los" };
                write!(out, "{todas} {} {} {}.", n(*total), subject(s), predicate(Some(*category), s.unit, true))
            }
            None => write!(
                out,
                "{} {} {}, {} {} ({}).",
                de_los(s),
                n(*total),
                subject(s),
                n(*count),
                predicate(Some(*category), s.unit, true),
                pct(*shown)
            ),
        },
        Said::Count { subject: s, total: 1 } => match s.unit {
            Unit::People => write!(out, "En total, una persona fue {}{}.", participle_one(s), subject_tail(s)),
            Unit::Charges => write!(out, "En total, se registró un cargo contra personas {}{}.", participle(s), subject_tail(s)),
        },
        Said::Count { subject: s, total } => match s.unit {
            Unit::People => write!(out, "En total, {} personas fueron {}{}.", n(*total), participle(s), subject_tail(s)),
            Unit::Charges => {
                write!(out, "En total, se registraron {} cargos contra personas {}{}.", n(*total), participle(s), subject_tail(s))
            }
        },
        Said::Breakdown { subject: s, total, parts } => {
            write!(out, "{} {} {}, ", de_los(s), n(*total), subject(s))?;
            write_list(out, parts, "y", |out, p: &PartSaid| {
                write!(out, "{} ({}) {}", n(p.count), pct(p.shown), predicate(p.category, s.unit, p.count != 1))
            })?;
            out.push('.');
            Ok(())
        }
        Said::Ratio { larger, smaller, a, b, ratio } => {
            let reading = ratio.reading();
            if a == b {
                write!(
                    out,
                    "Había tantas personas {} como personas {} ({} en cada grupo).",
                    described(*larger),
                    described(*smaller),
                    n(*a)
                )
            } else if reading.is_even() {
                write!(
                    out,
                    "Las personas {} y las personas {} eran aproximadamente tantas unas como otras ({} y {}).",
                    described(*larger),
                    described(*smaller),
                    n(*a),
                    n(*b)
                )
            } else {
                write!(
                    out,
                    "Las personas {} superaban a las personas {} en una proporción de {} ({} frente a {}).",
                    described(*larger),
                    described(*smaller),
                    reading.phrase_display(L),
                    n(*a),
                    n(*b)
                )
            }
        }
        Said::Subgroup { subject: s, label, count, total, of_total, one_in: f, parent } => {
            let tail = or_one_in(f, gender(s));
            let eran = if *count == 1 { "era" } else { "eran" };
            if s.unit == Unit::Charges {
                return write!(out, "{}, {} {eran} {} ({}){}.", whole("De los", *total, s, if *total == 1 { "cargo" } else { "cargos" }), n(*count), typed(label), pct(*of_total), tail);
            }
            match parent {
                Some((c, parent_count, of_parent)) => write!(
                    out,
                    "{} {}, {} {eran} {} ({}); es decir, {} {}{}.",
                    whole("Entre las", *parent_count, s, if *parent_count == 1 { "persona" } else { "personas" }),
                    described_for(*c, *parent_count),
                    n(*count),
                    typed(label),
                    pct(*of_parent),
                    pct_article(*of_total),
                    fmt::from_fn(|f| if *total == 1 { write!(f, "de la única {}", short_one(s)) } else { write!(f, "del total de {} {}", n(*total), short_subject(s)) }),
                    tail
                ),
                None => write!(
                    out,
                    "{}, {} {eran} {} ({}){}.",
                    whole("Entre las", *total, s, fmt::from_fn(|f| if *total == 1 { short_one(s).fmt(f) } else { short_subject(s).fmt(f) })),
                    n(*count),
                    typed(label),
                    pct(*of_total),
                    tail
                ),
            }
        }
        Said::Places { top, places } => {
            if *places <= top.len() {
                out.push_str("Por lugar: ");
            } else {
                write!(out, "De los {} lugares, las cifras más altas fueron las de ", format::small_number_display(*places as u64, L))?;
            }
            // In a series separated by semicolons, Spanish puts a comma before the final "y".
            for (i, (name, c, sh)) in top.iter().enumerate() {
                if i > 0 {
                    out.push_str(match (top.len(), i + 1 == top.len()) {
                        (2, _) => " y ",
                        (_, true) => ", y ",
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
            "Por cada 100 {} hubo {} {}: {} en total.",
            noun(earlier),
            rate(*per_100_tenths),
            noun_for(later, if *per_100_tenths == 10 { 1 } else { 2 }),
            n(*later_total)
        ),
        Said::ShareChange { category, earlier, later, from, to, points_tenths, direction } => match direction {
            Direction::Same => write!(
                out,
                "La proporción de personas {} fue la misma entre {} y entre {} ({}).",
                described(*category),
                with_article(later),
                with_article(earlier),
                pct(*to)
            ),
            Direction::Higher | Direction::Lower => write!(
                out,
                "La proporción de personas {} fue {} puntos porcentuales {} entre {} ({}) que entre {} ({}).",
                described(*category),
                points(*points_tenths),
                if matches!(direction, Direction::Higher) { "mayor" } else { "menor" },
                with_article(later),
                pct(*to),
                with_article(earlier),
                pct(*from)
            ),
        },
        Said::PerDay { subject: s, total, per_day_tenths, days } => write!(
            out,
            "{} {} a un promedio de {} al día durante {} {}.",
            counted_noun(s, *total),
            agree(*total, "equivale", "equivalen"),
            rate(*per_day_tenths),
            format::small_number_display(*days, L),
            if *days == 1 { "día" } else { "días" }
        ),
        Said::Population { subject: s, total, population, label, shown, one_in: f } => write!(
            out,
            "{} {} {} de un total de {} {}{}.",
            counted_noun(s, *total),
            agree(*total, "equivale", "equivalen"),
            pct_al(*shown),
            n(*population),
            typed(label),
            or_one_in(f, Gender::Feminine)
        ),
        Said::TargetDaily { subject: s, pace_tenths, observed, target, percent_tenths, label } => write!(
            out,
            "A un ritmo de {} {} al día{}, se alcanza {} de {} de {} diarios.",
            rate(*pace_tenths),
            noun_for(s, if *pace_tenths == 10 { 1 } else { 2 }),
            if *observed { " (según lo informado)" } else { " en promedio" },
            el_pct(*percent_tenths),
            goal(*label),
            n(*target)
        ),
        Said::TargetTotal { subject: s, total, target, percent_tenths, label } => write!(
            out,
            "{} {} {} de {} de {}.",
            counted_noun(s, *total),
            agree(*total, "supone", "suponen"),
            el_pct(*percent_tenths),
            goal(*label),
            n(*target)
        ),
        Said::Comparison { subject: s, total, other, label, change_tenths, direction } => {
            write!(out, "{} {} con ", counted_noun(s, *total), agree(*total, "se compara", "se comparan"))?;
            match (*other, article(s)) {
                (0, "las") => out.push_str("ninguna"),
                (0, _) => out.push_str("ninguno"),
                _ => write!(out, "{}", n(*other))?,
            }
            write!(out, " en {}", typed(label))?;
            match (change_tenths, direction) {
                (None, _) => {}
                (Some(_), Direction::Same) => out.push_str(": la misma cifra"),
                (Some(t), Direction::Higher) => write!(out, ": un aumento {}", de_pct(*t))?,
                (Some(t), Direction::Lower) => write!(out, ": una disminución {}", de_pct(*t))?,
            }
            out.push('.');
            Ok(())
        }
        Said::CountEst { subject: s, total } => {
            let start = out.len();
            if total.qual == Qual::Exact {
                out.push_str("En total, ");
            }
            match s.unit {
                Unit::People if total.value == 1 => {
                    write!(out, "{}persona fue {}{}.", est_before_noun(*total, false), participle_one(s), subject_tail(s))?;
                }
                Unit::People => {
                    write!(out, "{}personas fueron {}{}.", est_before_noun(*total, false), participle(s), subject_tail(s))?;
                }
                Unit::Charges if total.value == 1 => {
                    write!(out, "se registró {}cargo contra personas {}{}.", est_before_noun(*total, false), participle(s), subject_tail(s))?;
                }
                Unit::Charges => {
                    write!(out, "se registraron {}cargos contra personas {}{}.", est_before_noun(*total, false), participle(s), subject_tail(s))?;
                }
            }
            capitalize_from(out, start);
            Ok(())
        }
        Said::LeadEst { subject: s, category, count, total, share } => {
            let Some(share) = share else {
                let count = count.unwrap_or_default();
                return write!(
                    out,
                    "De {} {}{}, {} {}.",
                    people_article_for(s, total.value),
                    est_de(*total),
                    subject_for(s, total.value),
                    est(count),
                    predicate(Some(*category), s.unit, count.value != 1)
                );
            };
            let start = out.len();
            write!(
                out,
                "{} de {} {}{} {}",
                pct_est(*share),
                people_article_for(s, total.value),
                est_de(*total),
                subject_for(s, total.value),
                predicate(Some(*category), s.unit, false)
            )?;
            capitalize_from(out, start);
            if let Some(c) = count {
                write!(out, ": {}", est(*c))?;
            }
            out.push('.');
            Ok(())
        }
        Said::SubgroupEst { subject: s, label, count, whole, parent, share } => {
            match (s.unit, parent) {
                (Unit::Charges, _) if whole.value == 1 => write!(out, "Del {}cargo, ", est_de(*whole))?,
                (Unit::Charges, _) => write!(out, "De los {}cargos, ", est_de(*whole))?,
                (_, Some(c)) if whole.value == 1 => write!(out, "Entre la {}persona {}, ", est_de(*whole), described_for(*c, 1))?,
                (_, Some(c)) => write!(out, "Entre las {}personas {}, ", est_de(*whole), described(*c))?,
                (_, None) if whole.value == 1 => write!(out, "Entre la {}{}, ", est_de(*whole), short_one(s))?,
                (_, None) => write!(out, "Entre {} {}{}, ", people_article(s), est_de(*whole), short_subject(s))?,
            }
            match (share, count) {
                (Some(p), Some(c)) => write!(out, "{} ({}) {} {}.", pct_est(*p), est(*c), agree(c.value, "era", "eran"), typed(label)),
                (Some(p), None) => write!(out, "{} eran {}.", pct_est(*p), typed(label)),
                (None, Some(c)) => write!(out, "{} {} {}.", est(*c), if c.value == 1 { "era" } else { "eran" }, typed(label)),
                (None, None) => write!(out, "algunas eran {}.", typed(label)),
            }
        }
        Said::PerHundredEst { earlier, later, per_100 } => {
            write!(out, "Por cada 100 {} hubo {} {}.", noun(earlier), rate_est(*per_100), noun(later))
        }
        Said::PerDayEst { subject: s, total, per_day, days } => write!(
            out,
            "{} {} a un promedio de {} al día durante {} {}.",
            counted_est(s, *total),
            agree(total.value, "equivale", "equivalen"),
            rate_est(*per_day),
            format::small_number_display(*days, L),
            if *days == 1 { "día" } else { "días" }
        ),
        Said::PopulationEst { subject: s, total, population, label, share } => write!(
            out,
            "{} {} a {} de un total de {}{}.",
            counted_est(s, *total),
            agree(total.value, "equivale", "equivalen"),
            pct_est(*share),
            est_de(*population),
            typed(label)
        ),
        Said::TargetDailyEst { subject: s, pace, observed, target, percent, label } => write!(
            out,
            "A un ritmo de {} {} al día{}, se alcanza {} de {} de {} diarios.",
            rate_est(*pace),
            noun(s),
            if *observed { " (según lo informado)" } else { " en promedio" },
            pct_est(*percent),
            goal(*label),
            est(*target)
        ),
        Said::TargetTotalEst { subject: s, total, target, percent, label } => {
            write!(out, "{} {} {} de {} de {}.", counted_est(s, *total), agree(total.value, "supone", "suponen"), pct_est(*percent), goal(*label), est(*target))
        }
        Said::UnreportedLead { subject: s, top, all } => {
            write!(out, "No se informó el total de {}; las cifras {}que se dieron son ", subject(s), if *all { "" } else { "más altas " })?;
            unreported_list(out, top, s.unit)?;
            out.push('.');
            Ok(())
        }
        Said::UnreportedAll { unit, items } => {
            out.push_str("Las cifras dadas, en el orden en que se publicaron: ");
            unreported_list(out, items, *unit)?;
            out.push('.');
            Ok(())
        }
        Said::UnreportedShare { subject: s, label, share } => {
            let start = out.len();
            write!(out, "{} de {} {} eran {}.", pct_est(*share), people_article(s), subject(s), typed(label))?;
            capitalize_from(out, start);
            Ok(())
        }
        Said::Caveat(c) => caveat(out, c),
    }
}

/// Parts of a total not reported, each with its count as typed: "más de 1.900 por homicidio,
/// 400 en Denver y 300 con antecedentes penales".
fn unreported_list(out: &mut String, items: &[(super::UnreportedItem, Est)], unit: Unit) -> fmt::Result {
    use super::UnreportedItem;
    write_list(out, items, "y", |out, (item, count)| match item {
        UnreportedItem::Category(c) if unit == Unit::Charges => {
            write!(out, "{} en la categoría «{}»", est(*count), crate::lang::lowercase(category_label(Some(*c))))
        }
        UnreportedItem::Category(c) => write!(out, "{} {}", est(*count), described(*c)),
        UnreportedItem::Group(label) => write!(out, "{} {}", est(*count), typed(label)),
        UnreportedItem::Place(name) => write!(out, "{} en {}", est(*count), typed(name)),
    })
}

/// "Los 5.232 arrestos", "Las 3.257 deportaciones".
/// A count with its qualifier: "más de 100.000", "1,4 millones".
fn est(e: Est) -> impl Display {
    super::est_display(e, L)
}

/// `est` before a noun, with a space: "1,4 millones de " takes "de" before the noun. Always
/// after an article here, so "alrededor de" reads "aproximadamente" ("las aproximadamente 5.000
/// personas").
fn est_de(e: Est) -> impl Display {
    est_before_noun(e, true)
}

/// `est_de`, after an article or not (at the start of a sentence: "Alrededor de 1,4 millones de
/// personas").
fn est_before_noun(e: Est, after_article: bool) -> impl Display {
    fmt::from_fn(move |f| {
        if e.qual == Qual::About && after_article {
            write!(f, "aproximadamente {}", est(Est { qual: Qual::Exact, ..e }))?;
        } else {
            est(e).fmt(f)?;
        }
        f.write_str(if super::scale_tenth(e).is_some() { " de " } else { " " })
    })
}

/// A rate in tenths with its qualifier: "más de 700".
fn rate_est(p: PctEst) -> impl Display {
    super::rate_est_display(p, L)
}

/// A percentage in running text with its article and qualifier: "casi el 30 por ciento", "más
/// del 23 por ciento".
fn pct_est(p: PctEst) -> impl Display {
    fmt::from_fn(move |f| {
        let q = qualifier(p.qual, true);
        if p.tenths == 500 {
            return if q.is_empty() { f.write_str("la mitad") } else { write!(f, "{q} la mitad") };
        }
        if p.tenths == 0 && p.qual.kind() != crate::approx::CountKind::LowerBound {
            // "menos del 0,1 por ciento": already a bound.
            return el_pct(0).fmt(f);
        }
        match q.strip_suffix(" de") {
            Some(head) => write!(f, "{head} del ")?,
            None if q.is_empty() => f.write_str("el ")?,
            None => write!(f, "{q} el ")?,
        }
        let word = format::numbers(L).percent_word;
        match p.tenths {
            0 => write!(f, "0{word}"),
            t => write!(f, "{}{word}", format::rate_display(t, L)),
        }
    })
}

/// The article of the people (or charges) counted: "las personas", "los cargos".
fn people_article(s: &Subject) -> &'static str {
    match s.unit {
        Unit::People => "las",
        Unit::Charges => "los",
    }
}

/// `article`, opening a sentence: "Las", "Los".
fn capital_article(s: &Subject) -> &'static str {
    match article(s) {
        "las" => "Las",
        _ => "Los",
    }
}

/// "Los más de 100.000 arrestos".
fn counted_est<'a>(s: &'a Subject<'a>, total: Est) -> impl Display + 'a {
    fmt::from_fn(move |f| match total.value {
        1 => write!(f, "{} {}{}", capital_article_one(s).0, est_de(total), noun_for(s, 1)),
        _ => write!(f, "{} {}{}", capital_article(s), est_de(total), noun(s)),
    })
}

fn qualifier(q: Qual, _percent: bool) -> &'static str {
    match q {
        Qual::Exact => "",
        Qual::MoreThan => "más de",
        Qual::AtLeast => "al menos",
        Qual::Nearly => "casi",
        Qual::About => "alrededor de",
        Qual::FewerThan => "menos de",
        Qual::UpTo => "hasta",
    }
}

fn counted_noun<'a>(s: &'a Subject<'a>, total: u64) -> impl Display + 'a {
    fmt::from_fn(move |f| match total {
        1 => {
            let (el, unico) = capital_article_one(s);
            write!(f, "{el} {unico} {}", noun_for(s, 1))
        }
        _ => write!(f, "{} {} {}", capital_article(s), n(total), noun(s)),
    })
}

/// "el 0,6 por ciento", "menos del 0,1 por ciento" (a percentage in tenths that is not zero).
fn el_pct(t: u64) -> impl Display {
    fmt::from_fn(move |f| {
        if t == 0 {
            format::percent_words_nonzero_display(0, L).fmt(f)
        } else {
            write!(f, "el {}", format::percent_words_display(t, L))
        }
    })
}

/// "del 149,1 por ciento", "de menos del 0,1 por ciento".
fn de_pct(t: u64) -> impl Display {
    fmt::from_fn(move |f| {
        if t == 0 {
            write!(f, "de {}", format::percent_words_nonzero_display(0, L))
        } else {
            write!(f, "del {}", format::percent_words_display(t, L))
        }
    })
}

/// "al 1,1 por ciento", "a menos del 0,1 por ciento".
fn pct_al(s: Shown) -> impl Display {
    fmt::from_fn(move |f| match s.bound() {
        Bound::Exact => write!(f, "al {}", pct(s)),
        _ => write!(f, "a {}", pct(s)),
    })
}

fn caveat(out: &mut String, c: &Caveat) -> fmt::Result {
    match c {
        Caveat::Derived { category, count, terms, unit } => {
            let expr = crate::working::expression_display(terms, L);
            let who = match (unit, *count) {
                (Unit::People, 1) => "persona que",
                (Unit::Charges, 1) => "cargo que",
                (Unit::People, _) => "personas que",
                (Unit::Charges, _) => "cargos que",
            };
            write!(
                out,
                "La cifra de {} {who} {} es un dato derivado —{expr} = {}—, no informado directamente.",
                n(*count),
                predicate(Some(*category), *unit, *count != 1),
                n(*count)
            )
        }
        Caveat::HistoryIsNotConviction { count: 1 } => out.write_str(
            "«Antecedentes penales» abarca tanto condenas como cargos penales pendientes: las cifras no dicen si la única persona con antecedentes penales fue condenada.",
        ),
        Caveat::NotConvictedIsNotNoRecord { count: 1 } => out.write_str(
            "«Sin condena penal» no equivale a «sin antecedentes penales»: la única persona sin condena penal podía tener cargos penales pendientes.",
        ),
        Caveat::HistoryIsNotConviction { count } => write!(
            out,
            "«Antecedentes penales» abarca tanto condenas como cargos penales pendientes: las cifras no dicen cuántas de las {} personas fueron condenadas.",
            n(*count)
        ),
        Caveat::NotConvictedIsNotNoRecord { count } => write!(
            out,
            "«Sin condena penal» no equivale a «sin antecedentes penales»: algunas de las {} personas podían tener cargos penales pendientes.",
            n(*count)
        ),
        Caveat::ChargesNotPeople => out.write_str("Son recuentos de cargos, no de personas: una misma persona puede enfrentar varios cargos."),
        Caveat::DetainersNotPeople => out.write_str("Una solicitud de retención (detainer) es una petición para retener a alguien; el número de solicitudes no es el número de personas detenidas."),
        Caveat::StagesNotSamePeople => out.write_str("Las cifras de distintas etapas en un mismo periodo no se refieren necesariamente a las mismas personas: alguien deportado en el periodo pudo haber sido arrestado antes. Compararlas no da una tasa."),
        Caveat::SmallBase { total: 1, unit } => write!(
            out,
            "Con solo {}, cada proporción es del 0 o del 100{}; conviene tomar los porcentajes con cautela.",
            if *unit == Unit::Charges { "un cargo" } else { "una persona" },
            format::numbers(L).percent_word
        ),
        Caveat::SmallBase { total, unit } => write!(
            out,
            "Con solo {} {}, {} más o menos mueve una proporción en {} puntos porcentuales o más; conviene tomar los porcentajes con cautela.",
            format::small_number_display(*total, L),
            if *unit == Unit::Charges { "cargos" } else { "personas" },
            if *unit == Unit::Charges { "un cargo" } else { "una persona" },
            format::tenths_display(crate::share::Share::new(1, *total).tenths(), L)
        ),
        Caveat::Unaccounted { count, total } => write!(
            out,
            "Las categorías dadas suman {}; {} de {} no {} en ninguna.",
            n(total - count),
            n(*count),
            n(*total),
            agree(*count, "figura", "figuran")
        ),
        Caveat::PlacesUnaccounted { count, total } => write!(
            out,
            "Los lugares enumerados suman {}; {} de {} no {} lugar asignado.",
            n(total - count),
            n(*count),
            n(*total),
            agree(*count, "tiene", "tienen")
        ),
        Caveat::SubgroupsOverlap { unit: Unit::Charges } => {
            out.write_str("Los grupos señalados dentro de una misma cifra pueden solaparse: un cargo puede figurar en más de uno.")
        }
        Caveat::SubgroupsOverlap { .. } => out.write_str("Los grupos señalados dentro de una misma cifra pueden solaparse: una persona puede figurar en más de uno."),
        Caveat::TotalNotReported => out.write_str(
            "No se informó el total: no se calcula ninguna proporción de él aparte de las que da la información publicada, y las cifras dadas no se suman.",
        ),
        Caveat::Approximate => out.write_str(
            "Algunas de estas cifras se dieron como aproximaciones o límites («más de», «casi»), así que lo que se calcula a partir de ellas se matiza igual, y se omiten las comparaciones que esos límites no permiten resolver.",
        ),
        Caveat::CategoryUnsplit { category: Category::NotConvicted } => out.write_str(
            "«Sin condena penal» no equivale a «sin antecedentes penales»: algunas de estas personas podían tener cargos penales pendientes.",
        ),
        Caveat::CategoryUnsplit { .. } => out.write_str(
            "«Antecedentes penales» incluye cargos penales pendientes además de condenas: las cifras no dicen cuántas personas fueron condenadas.",
        ),
        Caveat::PopulationNotSamePeople { label } => write!(
            out,
            "La comparación con el total de {} muestra una escala: las personas contadas no proceden necesariamente de esa población.",
            typed(label)
        ),
    }
}

// Working

fn hedge_word(hedge: Hedge) -> Option<&'static str> {
    match hedge {
        Hedge::Exactly => None,
        Hedge::About => Some("alrededor de"),
        Hedge::Nearly => Some("casi"),
        Hedge::JustOver => Some("algo más de"),
        Hedge::MoreThan => Some("más de"),
    }
}

/// A rung without its hedge: "una de cada tres", "uno de cada tres", "tres de cada diez",
/// "una de cada 12.000"; "la mitad", "la mitad de las".
fn rung(f: &mut fmt::Formatter, approx: Approx, gender: Gender, form: Form) -> fmt::Result {
    let (p, q) = approx.as_fraction();
    if let Approx::Fraction { numer: 1, denom: 2 } = approx {
        return f.write_str(match (form, gender) {
            (Form::Standalone, _) => "la mitad",
            (Form::Quantifier, Gender::Feminine) => "la mitad de las",
            (Form::Quantifier, Gender::Masculine) => "la mitad de los",
        });
    }
    match (p, gender) {
        (1, Gender::Feminine) => f.write_str("una")?,
        (1, Gender::Masculine) => f.write_str("uno")?,
        _ => format::small_number_display(p, L).fmt(f)?,
    }
    f.write_str(" de cada ")?;
    match q {
        10 => f.write_str("diez"),
        _ => format::small_number_display(q, L).fmt(f),
    }
}

/// `words`, with the hedge word before it when there is one.
fn hedged(f: &mut fmt::Formatter, hedge: Hedge, words: impl Display) -> fmt::Result {
    if let Some(word) = hedge_word(hedge) {
        f.write_str(word)?;
        f.write_str(" ")?;
    }
    words.fmt(f)
}

fn frequency_words(approx: Approx, hedge: Hedge, gender: Gender, form: Form) -> impl Display {
    fmt::from_fn(move |f| hedged(f, hedge, fmt::from_fn(|f| rung(f, approx, gender, form))))
}

/// "2 a 1", "1,8 a 1", "1.300 a 1".
fn ratio_words(approx: RatioApprox) -> impl Display {
    fmt::from_fn(move |f| match approx {
        RatioApprox::Simple { antecedent, consequent } => write!(f, "{} a {}", n(antecedent), n(consequent)),
        RatioApprox::Decimal { tenths } => write!(f, "{} a 1", format::tenths_display(tenths, L)),
    })
}

fn ratio_phrase(reading: RatioReading) -> impl Display {
    fmt::from_fn(move |f| hedged(f, reading.hedge, ratio_words(reading.approx)))
}

/// Which band the deviation lies in: "a un 3 % o menos de ese valor" (no-break space before "%").
fn band_note(band: Band) -> &'static str {
    match band {
        Band::About => "a un 3\u{a0}% o menos de ese valor",
        Band::Nearly => "entre un 3\u{a0}% y un 10\u{a0}% por debajo de ese valor",
        Band::JustOver => "entre un 3\u{a0}% y un 6\u{a0}% por encima de ese valor",
        Band::MoreThan => "entre un 6\u{a0}% y un 15\u{a0}% por encima de ese valor",
        Band::FarBelow => "más de un 10\u{a0}% por debajo de ese valor",
        Band::FarAbove => "más de un 15\u{a0}% por encima de ese valor",
    }
}

fn direction(sign: Ordering) -> &'static str {
    match sign {
        Ordering::Less => "por debajo",
        _ => "por encima",
    }
}

/// " ≈ 120 (dos cifras significativas)" for a rounded N; else nothing.
fn two_figures(rounded: Option<u64>) -> impl Display {
    fmt::from_fn(move |f| match rounded {
        Some(v) => write!(f, " ≈ {} (dos cifras significativas)", n(v)),
        None => Ok(()),
    })
}

/// "0,5 puntos", "menos de 0,1 puntos".
fn points_apart(tenths: u128) -> impl Display {
    let (shown, less) = at_least_a_tenth(tenths);
    fmt::from_fn(move |f| {
        if less {
            f.write_str("menos de ")?;
        }
        write!(f, "{} puntos", format::tenths_display(shown, L))
    })
}

/// "un 2,2 %", "menos de un 0,1 %".
fn relative_amount(tenths: u128) -> impl Display {
    let (shown, less) = at_least_a_tenth(tenths);
    fmt::from_fn(move |f| {
        f.write_str(if less { "menos de un " } else { "un " })?;
        format::percent_sign_display(shown, L).fmt(f)
    })
}

/// The end of every comparison: "(a un 3 % o menos de ese valor), así que: alrededor de una de
/// cada tres".
fn conclusion(band: Band, phrase: impl Display) -> impl Display {
    fmt::from_fn(move |f| write!(f, "({}), así que: {phrase}", band_note(band)))
}

fn frequency_step(out: &mut String, step: &FrequencyStep) -> fmt::Result {
    let (fr, g) = (step.frequency, step.gender);
    let rung = fmt::from_fn(|f| rung(f, fr.approx, g, Form::Standalone));
    let phrase = frequency_words(fr.approx, fr.hedge, g, Form::Standalone);
    if let Some(d) = step.division {
        write!(out, "{} ÷ {} = {}{} → ", n(d.den), n(d.num), fixed(d.quotient_tenths, 1, L), two_figures(d.rounded))?;
    }
    write!(out, "{rung}")?;
    if let Some(p) = step.rung_percent {
        write!(out, " = {}", p.percent_sign(L))?;
    }
    out.push_str("; ");
    match step.comparison {
        Comparison::Exact { num, den } => write!(out, "{} de {} es exactamente {rung}", n(num), n(den)),
        Comparison::Points { share, points_tenths, off } => write!(
            out,
            "{} está {} {} {}",
            share.percent_sign(L),
            points_apart(points_tenths),
            direction(off.sign),
            conclusion(off.band, phrase)
        ),
        Comparison::Product { num, n: by, product, den, relative_tenths, off } => write!(
            out,
            "{} × {} = {}, {} {} de {} {}",
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
        RatioComparison::Exact => write!(out, "{rounding}; exactamente {words}"),
        RatioComparison::Near { relative_tenths, off } => write!(
            out,
            "{rounding}; {value} está {} {} de {words} {}",
            relative_amount(relative_tenths),
            direction(off.sign),
            conclusion(off.band, phrase)
        ),
        RatioComparison::Decimal => write!(
            out,
            "; {value} no está entre un 10\u{a0}% por debajo y un 15\u{a0}% por encima de ninguna razón \
             sencilla, así que, con un decimal: {phrase}"
        ),
    }
}

fn working_step(out: &mut String, step: &Step) -> fmt::Result {
    let date = |d: Date| format::date_display(d.year, d.month, d.day, L);
    match *step {
        Step::Derivation { terms, result } => write!(out, "{} = {} (derivado)", expression_display(terms, L), est(result)),
        Step::Apportioned { alone_sum_tenths, moved } => {
            write!(out, "Redondeadas una a una, las partes suman {}; por el método del resto mayor, ", format::percent_sign_display(alone_sum_tenths, L))?;
            for (i, (label, tenths)) in moved.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write!(out, "«{label}» se muestra como {}", format::percent_sign_display(*tenths, L))?;
            }
            out.push_str(" para que sumen 100 %.");
            Ok(())
        }
        Step::Points { hi, lo } => write!(
            out,
            "{} − {} = {} puntos porcentuales",
            Shown::alone(hi).percent_sign(L),
            Shown::alone(lo).percent_sign(L),
            format::tenths_display(hi.tenths() - lo.tenths(), L)
        ),
        Step::Days { start, end, days } => write!(out, "Del {} al {}: {} días, contando ambos", date(start), date(end), n(days)),
        Step::PerDay { total, days, tenths } => write!(out, "{} ÷ {} = {} al día", n(total), n(days), format::tenths_display(tenths, L)),
        Step::Change { now, before, tenths } => write!(
            out,
            "({} − {}) ÷ {} = {} {}",
            n(now.max(before)),
            n(now.min(before)),
            n(before),
            format::percent_sign_display(tenths, L),
            if now >= before { "más" } else { "menos" }
        ),
        Step::EstDiv { .. } | Step::FromShare { .. } | Step::LeftOut | Step::Unreported | Step::UnreportedShare { .. } | Step::RestOfBound { .. } => {
            super::estimate_step(out, step, L)
        }
    }
}

fn working_title(out: &mut String, title: &Title) -> fmt::Result {
    match *title {
        Title::Parts { stage } => write!(out, "Redondeo de las partes — {stage}"),
        Title::Ratio { stage } => write!(out, "Proporción — {stage}"),
        Title::Change { category } => write!(out, "Cambio de proporción — {category}"),
        Title::Target => out.write_str("Avance respecto a la meta"),
    }
}

// Table

fn table_labels() -> TableLabels {
    let s = |x: &str| x.to_string();
    TableLabels {
        figure: s("Cifra"),
        count: s("Número"),
        of_total: s("Proporción del total"),
        of_parent: s("Proporción del grupo"),
        natural: s("En palabras"),
        derived: s("derivado"),
        working: s("Los cálculos"),
        caveats: s("Lo que las cifras no dicen"),
    }
}
// The widget

/// The widget's words once the core is loaded (`super::Words::chrome`).
static CHROME: crate::editor::Chrome = crate::editor::Chrome {
    widget: crate::editor::WidgetWords {
        adjust: "Ajustar las cifras",
        numbers: "Las cifras",
        reset: "Volver a las cifras publicadas",
        figures_panel: "Todas las cifras",
        working_panel: "Cómo se calculó",
        stages: "Etapas",
        everyone_else: "El resto",
        preset_failed: "No se pudieron cargar estas cifras.",
        no_scenario: "No se han dado cifras a esta calculadora.",
        last_good: "Hay cifras que revisar. Los resultados que se ven son los de las últimas cifras válidas.",
        hash_unreadable: "No se pudieron leer las cifras de este enlace; se muestran las cifras publicadas.",
        share: "Compartir y descargar",
        copy_sentence: "Copiar la frase",
        copy_link: "Copiar el enlace",
        copy_embed: "Copiar el código para insertar",
        download_csv: "Descargar CSV",
        download_image: "Descargar imagen",
        download_slides: "Imagen para diapositivas (2×)",
        download_svg: "Imagen en SVG",
        copied: "Copiado",
        copy_manually: "Seleccione el texto de abajo y cópielo.",
        downloaded: "Descargado",
        copy_box: "Texto para copiar",
        guess_first: "Adivina primero",
        // --- exercises ---
        practice: "Practicar con ejercicios",
    },
    editor: crate::editor::EditorWords {
        stage_kind: "Qué se contó",
        total: "Total",
        subgroups: "Grupos",
        places: "Lugares",
        more: "Lugar, fechas y comparaciones",
        context: "Contexto",
        population: "Población",
        target: "Meta",
        comparison: "Otro periodo",
        place: "Lugar",
        agency: "Agencia",
        period_label: "Periodo, en palabras",
        period_start: "Primer día (AAAA-MM-DD)",
        period_end: "Último día (AAAA-MM-DD)",
        population_count: "Número de personas",
        population_label: "Quiénes son",
        target_per_day: "Meta diaria",
        target_total: "Meta total",
        target_observed_per_day: "Cifra diaria observada",
        target_label: "De quién es la meta",
        comparison_count: "Cifra en ese periodo",
        comparison_label: "Qué periodo",
        people: "Personas",
        charges: "Cargos",
    },
    // The builder (issue 13): lists, paste, undo, and the builder page.
    builder: crate::editor::BuilderWords {
        add_stage: "Añadir una etapa",
        add_subgroup: "Añadir un grupo",
        add_place: "Añadir un lugar",
        paste_stage: "Pegar los lugares de una etapa desde una hoja de cálculo",
        paste_subgroups: "Pegar grupos desde una hoja de cálculo",
        paste_places: "Pegar lugares desde una hoja de cálculo",
        paste_hint: "Copie las filas, con un nombre y una cifra en cada una, y péguelas aquí. Una fila de encabezado se omite.",
        pasted: "Pegado.",
        remove: "Quitar",
        move_up: "Subir",
        move_down: "Bajar",
        undo: "Deshacer",
        verb: "Qué les pasó (para otro tipo de cifra), en una palabra",
        unit: "Cada uno cuenta",
        subgroup_label: "Grupo",
        subgroup_parent: "Parte de",
        whole_stage: "Toda la cifra",
        place_name: "Lugar",
        focus: "El titular empieza por",
        focus_default: "Sin antecedentes penales (lo habitual)",
        source: "Fuente",
        source_text: "Fuente, tal como debe leerse",
        source_url: "Enlace a la fuente",
        item_subgroup: "Grupo",
        item_place: "Lugar",
        builder_title: "Crear un gráfico para insertar",
        preview: "Vista previa",
        phone: "Teléfono",
        desktop: "Escritorio",
        layout: "Diseño",
        card: "Tarjeta",
        full: "Todo a la vez",
        embed_code: "Código para insertar",
        element_code: "Como elemento, en una página que carga el script",
        open_preview: "Abrir la vista previa en otra pestaña",
        export_json: "Descargar las cifras (JSON)",
        import_json: "Abrir un archivo de cifras (JSON)",
        import_failed: "Este archivo no se pudo leer como cifras para la calculadora.",
    },
};

/// Spanish: every word of the crate in this language (`super::Words`).
pub(crate) struct Spanish;

impl super::Words for Spanish {
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
        write!(out, "Fila {row}, columna {column}: {message}")
    }

    // --- numbers: locale facts ---
    fn numbers(&self, style: crate::lang::Style) -> &'static crate::format::Numbers {
        match style {
            crate::lang::Style::Us => &numbers::US,
            crate::lang::Style::Rae => &numbers::RAE,
            _ => &numbers::NUMBERS,
        }
    }

    // --- working: frequency rungs, hedges, steps ---
    fn frequency(&self, f: &mut fmt::Formatter, approx: Approx, hedge: Hedge, gender: Gender, form: Form) -> fmt::Result {
        frequency_words(approx, hedge, gender, form).fmt(f)
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
    fn scale_word(&self, exp10: u8, plural: bool) -> &'static str {
        match (exp10, plural) {
            (6, false) => "millón",
            (6, true) => "millones",
            (9, _) => "mil millones",
            (_, false) => "billón",
            (_, true) => "billones",
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
        "Todas las cifras"
    }
    fn derived_mark(&self) -> &'static str {
        "Sí"
    }
    fn per_100_label(&self, later: &str, earlier: &str) -> String {
        format!("{later} por cada 100 {}", crate::lang::lowercase_first(earlier))
    }
    fn per_day_label(&self, stage: &str) -> String {
        format!("{stage} al día")
    }
    fn source_label(&self) -> &'static str {
        "Fuente:"
    }
    fn csv_headers(&self) -> [&'static str; 8] {
        ["Etapa", "Cifra", "Número", "Derivado", "Proporción del total", "Proporción del grupo", "En palabras", "Valor"]
    }
    fn yes_no(&self, yes: bool) -> &'static str {
        if yes { "sí" } else { "no" }
    }
    fn embed_title(&self) -> &'static str {
        "Calculadora del desglose de arrestos"
    }

    // --- the widget: vocabulary, editor fields, chrome ---
    fn chrome(&self) -> &'static crate::editor::Chrome {
        &CHROME
    }
}

// Messages

/// Errors and warnings in Spanish: what is wrong and how to put it right, with what was typed
/// quoted back in «comillas latinas».
mod messages {
    use super::{n, L};
    use crate::error::{one_person_tenths, shorten, shorten_long, ErrorKind, ParseError, WarningKind, Whole, MAX_COUNT};
    use crate::format;
    use crate::model::{Category, CONTRACT_VERSION};
    use std::fmt::{self, Display, Write as _};

    pub(super) fn parse_error(out: &mut String, why: &ParseError, typed: &str) -> fmt::Result {
        let typed = shorten(typed);
        match why {
            ParseError::Empty => out.write_str("Escriba un número."),
            ParseError::NotANumber => write!(out, "«{typed}» no es un número. Escriba cifras, como 5.232."),
            ParseError::ShareNeedsWhole => write!(out, "«{typed}» es una proporción, y esta cifra no tiene un total del que sea parte. Escriba una cantidad, como 5.232 o «más de 5.000»."),
            ParseError::Negative => out.write_str("Un número de personas no puede ser negativo."),
            ParseError::Fractional => write!(
                out,
                "«{typed}» no es un número entero. Las personas se cuentan en números enteros; en español, separe los miles con puntos (5.232)."
            ),
            ParseError::MisplacedSeparator => write!(
                out,
                "«{typed}» tiene una coma o un punto fuera de lugar. Agrupe los miles de tres en tres: 5.232 o 1.400.000."
            ),
            ParseError::UnknownWord(w) => write!(
                out,
                "«{}» no es una palabra numérica que esta calculadora conozca. Use mil, millones o mil millones.",
                shorten(w)
            ),
            ParseError::TooLarge => write!(out, "«{typed}» es demasiado grande: el límite es {}.", n(MAX_COUNT)),
        }
    }

    pub(super) fn error_message(out: &mut String, kind: &ErrorKind) -> fmt::Result {
        match kind {
            ErrorKind::Count { typed, why } => parse_error(out, why, typed),
            ErrorKind::Json(detail) => write!(out, "No se pudo leer el escenario: {}", shorten_long(detail)),
            ErrorKind::ScenarioTooLarge { limit } => write!(
                out,
                "El escenario es demasiado grande para leerlo: el límite es de {} KB.",
                n((*limit / 1024) as u64)
            ),
            ErrorKind::UnsupportedVersion(v) => {
                write!(out, "Esta calculadora lee escenarios de la versión {CONTRACT_VERSION}; este dice versión {v}.")
            }
            ErrorKind::NoStages => {
                out.write_str("Añada al menos una cifra: cuántas personas fueron arrestadas, detenidas o deportadas.")
            }
            ErrorKind::TooMany { limit } => write!(out, "Demasiadas entradas aquí: el límite es {limit}."),
            ErrorKind::TextTooLong { limit } => {
                write!(out, "Este texto es demasiado largo: el límite es de {limit} caracteres.")
            }
            ErrorKind::EmptyText => out.write_str("Escriba un nombre."),
            ErrorKind::ZeroTotal => {
                out.write_str("El total es cero: no hay nada que desglosar. Escriba cuántas personas se contaron.")
            }
            ErrorKind::PartExceedsWhole { part, whole, whole_name } => write!(
                out,
                "{} es más que {} ({}): una parte no puede ser mayor que el todo.",
                n(*part),
                whole_named(*whole_name),
                n(*whole)
            ),
            ErrorKind::PartsExceedTotal { sum, total } => {
                write!(out, "Las partes suman {}, más que el total de {}.", n(*sum), n(*total))
            }
            ErrorKind::Inconsistent { given, expected } => {
                write!(out, "Aquí dice {}, pero las cifras que lo componen suman {}.", n(*given), n(*expected))
            }
            ErrorKind::Contradictory => out.write_str("Estas categorías se contradicen: juntas exigirían un número negativo de personas, o partes que no suman su grupo. Compare el desglose con la fuente."),
            ErrorKind::UnknownParent(c) => write!(
                out,
                "Este grupo figura como parte de «{}», pero esa cifra no se ha dado ni se puede calcular.",
                category_name(*c)
            ),
            ErrorKind::UnknownStage { typed } => {
                write!(out, "Ninguna etapa tiene el identificador «{}». Use el de una de las etapas, como «arrests».", shorten(typed))
            }
            ErrorKind::BadDate { typed } => {
                write!(out, "«{}» no es una fecha. Use año-mes-día, como 2025-06-30.", shorten(typed))
            }
            ErrorKind::UnknownStyle { typed } => write!(
                out,
                "«{}» no es un estilo: use es, us, mx o rae (español), percent o ap (inglés).",
                shorten(typed)
            ),
            ErrorKind::UnknownCategory { typed } => write!(
                out,
                "«{}» no es una categoría: use convicted, pending, no_record, criminal_history o not_convicted (o el nombre de una categoría), o déjela en blanco para toda la etapa.",
                shorten(typed)
            ),
            ErrorKind::DatesOutOfOrder => out.write_str("El periodo termina antes de empezar."),
            ErrorKind::TargetNeedsDates => out.write_str(
                "Una meta diaria necesita las fechas de inicio y fin del periodo, o un ritmo diario observado.",
            ),
        }
    }

    pub(super) fn warning_message(out: &mut String, kind: &WarningKind) -> fmt::Result {
        match kind {
            WarningKind::LaterStageLarger { later, earlier, .. } => write!(
                out,
                "Esta cifra ({}) es mayor que la anterior ({}). Puede ser correcto —no son las mismas personas—, pero conviene comprobarlo.",
                n(*later),
                n(*earlier)
            ),
            WarningKind::SmallBase { total } => write!(
                out,
                "Con un total de {}, una persona más o menos mueve un porcentaje en {} puntos porcentuales o más.",
                n(*total),
                format::tenths_display(one_person_tenths(*total), L)
            ),
        }
    }

    pub(super) fn cannot_read(out: &mut String, source: Option<&str>, reason: &dyn Display) -> fmt::Result {
        write!(out, "no se puede leer {}: {reason}", source.unwrap_or("la entrada estándar"))
    }

    /// The whole a part was checked against: "el total", "la cifra «condenados»".
    fn whole_named(w: Whole) -> impl Display {
        fmt::from_fn(move |f| match w {
            Whole::Total => f.write_str("el total"),
            Whole::Category(c) => write!(f, "la cifra «{}»", category_name(c)),
        })
    }

    /// A category as a message quotes it: "con cargos pendientes".
    fn category_name(c: Category) -> &'static str {
        match c {
            Category::Convicted => "condenados",
            Category::Pending => "con cargos pendientes",
            Category::NoRecord => "sin antecedentes penales",
            Category::CriminalHistory => "con antecedentes penales",
            Category::NotConvicted => "sin condena",
        }
    }
}

// Numbers

/// Spanish numbers in news style: "5.232", "32,9 por ciento", "32,9 %" (the sign spaced, with
/// a no-break space), "1 de octubre de 2024".
mod numbers {
    use crate::format::{DatePart, Numbers};

    pub(super) static NUMBERS: Numbers = DEFAULT;

    /// The default style's facts, which the other styles change in part.
    const DEFAULT: Numbers = Numbers {
        thousands: '.',
        group_from: 1000,
        decimal: ',',
        percent_word: " por ciento",
        percent_sign: "\u{a0}%",
        less_than: "menos de ",
        less_than_percent: "menos del ",
        more_than_percent: "más del ",
        small: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
        months: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre",
        ],
        date: &[DatePart::Day, DatePart::Text(" de "), DatePart::Month, DatePart::Text(" de "), DatePart::Year],
        quotes: ("«", "»"),
    };

    /// US Spanish-language and Mexican newsrooms: "5,232", "32.9%".
    pub(super) static US: Numbers = Numbers {
        thousands: ',',
        decimal: '.',
        percent_word: "%",
        percent_sign: "%",
        ..DEFAULT
    };

    /// The RAE's recommendation: four digits stand alone ("5232"), longer numbers are grouped
    /// by a narrow no-break space ("65 135"), and the sign is spaced ("32,9 %").
    pub(super) static RAE: Numbers = Numbers {
        thousands: '\u{202f}',
        group_from: 10_000,
        percent_word: "\u{a0}%",
        ..DEFAULT
    };
}

/// Las palabras de los cálculos con cifras que no son exactas (`super::estimate_step`).
pub(super) const ESTIMATE_WORDS: super::EstimateWords = super::EstimateWords {
    of: " de ",
    opposite: ": los dos son límites que tiran en sentidos opuestos, así que el resultado podría ser cualquiera; ninguna frase lo afirma",
    says_nothing: "; «más de 0» no dice nada, así que ninguna frase lo afirma",
    unreported: "No se informó el total, así que no puede calcularse ninguna proporción de él.",
    unreported_share: " de un total que no se informó: no puede calcularse ninguna cantidad a partir de ella",
    rounded: [" (dos cifras significativas, redondeado hacia abajo para que «", " (dos cifras significativas, redondeado hacia arriba para que «", "» siga siendo cierto)"],
    approximate: " (dos cifras significativas: no más precisión que la de las cifras de origen)",
    share_opposite: ": de un total que es solo un límite («más de», «menos de») la cantidad podría ser casi cualquiera, así que no se da: lo publicado es la proporción",
    share_rounded: " (una proporción publicada ya está redondeada, así que la cantidad que se calcula con ella no es exacta)",
    rest_of_bound: [
        " menos las partes dadas como proporciones de él: la cantidad podría ser casi cualquiera, así que no se da",
        "; su proporción es lo que dejan las demás: ",
    ],
    left_out: "Se omite en las frases: con cifras dadas como aproximaciones o límites, afirmaría más de lo que dice la información publicada.",
};

/// Spanish qualifiers and share words, for `parse` (folded: lower case, no accents).
pub(super) const QUALIFIER_WORDS: super::QualifierWords = super::QualifierWords {
    qualifiers: &[
        ("mas de", Qual::MoreThan),
        ("al menos", Qual::AtLeast),
        ("por lo menos", Qual::AtLeast),
        ("casi", Qual::Nearly),
        ("cerca de", Qual::About),
        ("unos", Qual::About),
        ("unas", Qual::About),
        ("alrededor de", Qual::About),
        ("aproximadamente", Qual::About),
        ("menos de", Qual::FewerThan),
        ("hasta", Qual::UpTo),
    ],
    articles: &["el", "un"],
    halves: &["la mitad"],
    percent: &["por ciento", "%"],
};

// =============================================================================================
// Classroom (issue 12): predict, then reveal (`crate::guess`), and step through
// (`crate::lesson`). Everything the classroom says in Spanish, and nothing else, is below.
// =============================================================================================

static CLASSROOM: crate::guess::ClassroomChrome = crate::guess::ClassroomChrome {
    your_guess: "Tu estimación, de cada 100",
    how_to_guess: "Toca o arrastra sobre las personas para marcar tu estimación, o usa las flechas del teclado.",
    in_100: " de cada 100",
    reveal: "Mostrar la respuesta",
    again: "Volver a adivinar",
    lesson: "Paso a paso",
    next: "Siguiente",
    back: "Anterior",
    what_would_you_say: "¿Tú qué dirías?",
    right: "Correcto.",
    not_quite: "No exactamente. La regla dice:",
    rule_heading: "La regla",
};

impl super::classroom::ClassroomWords for Spanish {
    fn classroom(&self) -> &'static crate::guess::ClassroomChrome {
        &CLASSROOM
    }

    fn guess_question(&self, out: &mut String, s: &Subject, category: Category) -> fmt::Result {
        let how_many = if gender(s) == Gender::Masculine { "cuántos" } else { "cuántas" };
        write!(out, "De cada 100 {}, ¿{how_many} crees que {}?", subject(s), predicate(Some(category), s.unit, true))
    }

    fn guess_result(&self, out: &mut String, g: &super::classroom::GuessSaid) -> fmt::Result {
        use crate::guess::GuessDirection;
        write!(out, "Tu estimación: {} de cada 100; en realidad era ", g.guess)?;
        if let Some((approx, hedge)) = g.approx {
            write!(out, "{} ({})", frequency_words(approx, hedge, g.gender, Form::Standalone), pct(g.shown))?;
        } else {
            write!(out, "{}", pct(g.shown))?;
        }
        match g.direction {
            GuessDirection::Same => out.write_str(": exactamente."),
            GuessDirection::Lower => write!(out, ": {} por debajo.", points_apart(u128::from(g.points_tenths))),
            GuessDirection::Higher => write!(out, ": {} por encima.", points_apart(u128::from(g.points_tenths))),
        }
    }

    fn guess_legend(&self, out: &mut String, guess: u64) -> fmt::Result {
        write!(out, "Tu estimación: {guess} de cada 100")
    }

    fn guess_verdict(&self, verdict: crate::guess::Verdict) -> &'static str {
        match verdict {
            crate::guess::Verdict::SpotOn => "Muy bien: a 2 puntos o menos.",
            crate::guess::Verdict::Close => "Cerca: a 10 puntos o menos.",
            crate::guess::Verdict::Far => "Lejos: a más de 10 puntos.",
        }
    }

    fn guess_problem(&self, out: &mut String, problem: super::classroom::GuessProblem, typed: &str) -> fmt::Result {
        use super::classroom::GuessProblem as P;
        let t = crate::error::shorten(typed);
        match problem {
            P::Empty => out.write_str("Escribe un número del 0 al 100."),
            P::NotANumber => write!(out, "«{t}» no es un número: escribe un número entero del 0 al 100."),
            P::Negative => write!(out, "«{t}» es menos de 0: escribe un número del 0 al 100."),
            P::Fractional => write!(out, "«{t}» tiene decimales: una estimación es un número entero de personas de cada 100, del 0 al 100."),
            P::TooLarge => write!(out, "«{t}» es más de 100: una estimación es cuántas de cada 100, del 0 al 100."),
        }
    }

    fn hedge_question(&self, out: &mut String, h: &super::classroom::HedgeSaid) -> fmt::Result {
        write!(
            out,
            "{} frente a {} ({})",
            h.shown.percent_sign_display(L),
            frequency_words(h.approx, Hedge::Exactly, h.gender, Form::Standalone),
            h.rung.percent_sign_display(L)
        )
    }

    fn hedge_why(&self, out: &mut String, h: &super::classroom::HedgeSaid) -> fmt::Result {
        let rung = frequency_words(h.approx, Hedge::Exactly, h.gender, Form::Standalone);
        match hedge_word(h.hedge) {
            None => write!(out, "{} es exactamente {rung}: sin palabra de matiz.", h.shown.percent_sign_display(L)),
            Some(word) => write!(
                out,
                "{} está {} {} de {rung}: {}, así que «{word}».",
                h.shown.percent_sign_display(L),
                relative_amount(h.relative_tenths),
                if h.below { "por debajo" } else { "por encima" },
                band_note(h.band)
            ),
        }
    }

    fn hedge_rule(&self) -> &'static str {
        "Se mide cuánto se aleja la proporción de la fracción sencilla, en relación con esa \
         fracción: a un 3\u{a0}% o menos, por encima o por debajo, es «alrededor de»; entre un \
         3\u{a0}% y un 10\u{a0}% por debajo, «casi»; entre un 3\u{a0}% y un 6\u{a0}% por encima, \
         «algo más de»; entre un 6\u{a0}% y un 15\u{a0}% por encima, «más de». Solo una proporción \
         que es exactamente la fracción va sin matiz: 36,5\u{a0}% es «más de una de cada tres», \
         nunca «una de cada tres»."
    }

    fn nothing_to_guess(&self) -> &'static str {
        "El titular de estas cifras no da una proporción exacta que adivinar: indica un desglose con cifras exactas en la primera etapa."
    }

    fn step_counter(&self, out: &mut String, at: usize, of: usize) -> fmt::Result {
        write!(out, "Paso {at} de {of}")
    }
}

// =============================================================================================
// Exercises (src/exercise/): prompts, choices, hints, the checker's feedback, labels and the
// words an answer may carry. Kept apart from the report's words above.

#[cfg(feature = "tools")]
mod exercises {
    use super::{de_los, described, est, gender, n, noun, participle, predicate, qualifier, short_subject, subject, typed, with_article, Spanish, L};
    use crate::approx::{Est, Qual};
    use crate::exercise::AnswerKind;
    use crate::format;
    use crate::frequency::{Gender, Hedge};
    use crate::phrase::exercises::{AnswerWords, ExerciseLabels, ExerciseWords, Feedback, Hint, Prompt};
    use crate::phrase::{write_list, Subject};
    use std::fmt::{self, Write as _};

    static LABELS: ExerciseLabels = ExerciseLabels {
        title: "Ejercicios",
        questions: "Preguntas",
        answers: "Respuestas",
        answer_key: "Soluciones",
        levels: ["Nivel 1: partes y proporciones", "Nivel 2: puntos, «1 de cada N» y aproximaciones", "Nivel 3: lo que las cifras no dicen"],
        name: "Nombre:",
        working: "Operaciones:",
        answer: "Respuesta:",
        hints: "Pistas",
        your_answer: "Tu respuesta",
        check: "Comprobar",
        hint: "Ver una pista",
        next: "Siguiente pregunta",
        previous: "Pregunta anterior",
        show_answer: "Ver la respuesta",
        print: "Imprimir la hoja de ejercicios",
        position: ["Pregunta ", " de "],
        practice: "Practicar",
        close: "Cerrar la práctica",
        none: "Estas cifras no dan ejercicios: las preguntas necesitan cifras exactas con un total y un desglose, grupos o una segunda etapa.",
    };

    static ANSWER_WORDS: AnswerWords = AnswerWords {
        hedges: &[
            ("alrededor de", Hedge::About),
            ("alrededor del", Hedge::About),
            ("cerca de", Hedge::About),
            ("cerca del", Hedge::About),
            ("aproximadamente", Hedge::About),
            ("aproximadamente el", Hedge::About),
            ("unos", Hedge::About),
            ("unas", Hedge::About),
            ("casi", Hedge::Nearly),
            ("casi el", Hedge::Nearly),
            ("algo mas de", Hedge::JustOver),
            ("algo mas del", Hedge::JustOver),
            ("poco mas de", Hedge::JustOver),
            ("mas de", Hedge::MoreThan),
            ("mas del", Hedge::MoreThan),
            ("exactamente", Hedge::Exactly),
        ],
        points: &["puntos porcentuales", "punto porcentual", "puntos", "punto", "p. p.", "pp"],
        one_in: &["de cada"],
        one: &["una", "uno", "un"],
        ten: "diez",
        nouns: &["personas", "cargos"],
        yes_no: ["si", "no"],
    };

    const ONE_DECIMAL: &str = "Dalo con un decimal.";

    /// "¿Cuántas" (personas), "¿Cuántos" (cargos).
    fn how_many(s: &Subject) -> &'static str {
        if gender(s) == Gender::Feminine {
            "¿Cuántas"
        } else {
            "¿Cuántos"
        }
    }

    /// "de las" (personas), "de los" (cargos).
    fn of_the(s: &Subject) -> &'static str {
        if gender(s) == Gender::Feminine {
            "de las"
        } else {
            "de los"
        }
    }

    impl ExerciseWords for Spanish {
        fn prompt(&self, out: &mut String, prompt: &Prompt) -> fmt::Result {
            match prompt {
                Prompt::MissingPart { subject: s, total, given, asked } => {
                    write!(out, "{} {} {}, ", de_los(s), n(*total), subject(s))?;
                    write_list(out, given, "y", |out, &(c, v)| write!(out, "{} {}", n(v), predicate(Some(c), s.unit, v != 1)))?;
                    write!(out, ". {} {}?", how_many(s), predicate(Some(*asked), s.unit, true))
                }
                Prompt::Share { subject: s, category, count, total } => write!(
                    out,
                    "{} {} {}, {} {}. ¿Qué porcentaje es? {ONE_DECIMAL}",
                    de_los(s),
                    n(*total),
                    subject(s),
                    n(*count),
                    predicate(Some(*category), s.unit, *count != 1)
                ),
                Prompt::GroupShare { subject: s, label, count, parent, parent_count } => write!(
                    out,
                    "{} {} {} {}, {} eran {}. ¿Qué porcentaje de las personas {} es? {ONE_DECIMAL}",
                    de_los(s),
                    n(*parent_count),
                    subject(s),
                    described(*parent),
                    n(*count),
                    typed(label),
                    described(*parent)
                ),
                Prompt::Points { category, earlier, later, from, to } => write!(
                    out,
                    "La proporción de personas {} fue del {} entre {} y del {} entre {}. ¿En cuántos puntos porcentuales cambió de {} a {}? Si bajó, escribe el número con signo menos.",
                    described(*category),
                    from.percent_words_display(L),
                    with_article(earlier),
                    to.percent_words_display(L),
                    with_article(later),
                    with_article(earlier),
                    with_article(later)
                ),
                Prompt::OneIn { subject: s, label, count, total } => write!(
                    out,
                    "{} {} {} {} eran {}. Escríbelo como «1 de cada N», con una palabra de aproximación (alrededor de, casi, algo más de, más de) si no es exacto.",
                    n(*count),
                    of_the(s),
                    n(*total),
                    subject(s),
                    typed(label)
                ),
                Prompt::Hedge { subject: s, category, count, total, shown } => write!(
                    out,
                    "{} {} {} {} {} ({}). ¿Qué expresión corresponde a esa proporción?",
                    n(*count),
                    of_the(s),
                    n(*total),
                    subject(s),
                    predicate(Some(*category), s.unit, *count != 1),
                    shown.percent_words_display(L)
                ),
                Prompt::Conviction { subject: s, count, total } => write!(
                    out,
                    "{} {} {} {} tenían antecedentes penales. ¿Qué frase respaldan estas cifras?",
                    n(*count),
                    of_the(s),
                    n(*total),
                    subject(s)
                ),
                Prompt::NoRecord { subject: s, count, total } => write!(
                    out,
                    "{} {} {} {} no tenían condenas penales. ¿Puede un periodista escribir que {} no tenían antecedentes penales?",
                    n(*count),
                    of_the(s),
                    n(*total),
                    subject(s),
                    n(*count)
                ),
                Prompt::Charges { subject: s, total } => write!(
                    out,
                    "Las cifras cuentan {} {}. ¿Puede un periodista escribir que se acusó a {} personas?",
                    n(*total),
                    subject(s),
                    n(*total)
                ),
                Prompt::Bound { subject: s, total } => write!(
                    out,
                    "Las cifras cuentan {} {}. ¿Puede un periodista quitar «{}» y escribir {}?",
                    est(*total),
                    subject(s),
                    qualifier(total.qual, false),
                    est(Est { qual: Qual::Exact, ..*total })
                ),
                Prompt::Stages { earlier, later, earlier_total, later_total, per_100_tenths } => write!(
                    out,
                    "Las cifras cuentan {} {} y {} {}. ¿Puede un periodista escribir que el {} de las personas {} fueron {}?",
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
                    format!("Las {} habían sido condenadas por un delito.", n(*count)),
                    format!("Las {} tenían una condena o un cargo penal pendiente; las cifras no dicen cuántas fueron condenadas.", n(*count)),
                    format!("Ninguna de las {} había sido condenada por un delito.", n(*count)),
                ],
                Prompt::NoRecord { .. } => vec![
                    "Sí: sin condena quiere decir sin antecedentes penales.".into(),
                    "No: una persona sin condena puede tener cargos penales pendientes.".into(),
                ],
                Prompt::Bound { total, .. } => vec![
                    format!("Sí: {} es la cifra publicada.", est(Est { qual: Qual::Exact, ..*total })),
                    format!("No: «{}» no es una cifra exacta; la frase tiene que conservar «{}».", est(*total), qualifier(total.qual, false)),
                ],
                Prompt::Charges { .. } => vec![
                    "Sí: cada cargo es una persona.".into(),
                    "No: una persona puede enfrentar varios cargos, así que contar cargos no es contar personas.".into(),
                ],
                Prompt::Stages { earlier, later, earlier_total, later_total, per_100_tenths } => vec![
                    format!("Sí: {} ÷ {} = {}.", n(*later_total), n(*earlier_total), format::percent_words_display(*per_100_tenths, L)),
                    format!(
                        "No: las personas {} en el periodo no son necesariamente las {} en él; las cifras permiten decir «{} {} por cada 100 {}».",
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
                Hint::Subtract { total } => write!(out, "Las partes suman el total: resta de {} las partes que conoces.", n(total)),
                Hint::Divide => out.write_str("Divide la parte entre el total, multiplica por 100 y redondea solo al final."),
                Hint::Whole { parent, count, total } => {
                    write!(out, "Aquí el total son las {} personas {}, no las {}.", n(count), described(parent), n(total))
                }
                Hint::Points => out.write_str(
                    "Resta el porcentaje anterior del posterior: la diferencia entre dos porcentajes se mide en puntos porcentuales, no en por ciento.",
                ),
                Hint::OneIn { total, count } => write!(
                    out,
                    "Divide el total entre la parte, {} ÷ {}, y redondea a un número entero (a dos cifras significativas a partir de 100).",
                    n(total),
                    n(count)
                ),
                Hint::Hedges => out.write_str(
                    "Compara la proporción con la fracción sencilla: a un 3 % o menos, «alrededor de»; entre un 3 % y un 10 % por debajo, «casi»; entre un 3 % y un 6 % por encima, «algo más de»; entre un 6 % y un 15 % por encima, «más de»; si es exacta, sin palabra.",
                ),
                Hint::History => out.write_str("«Antecedentes penales» incluye los cargos pendientes además de las condenas."),
                Hint::NoConviction => out.write_str("«Sin condena» no es «sin antecedentes penales»: puede incluir a personas con cargos pendientes."),
                Hint::Charges => out.write_str("Pregúntate qué se cuenta: una persona puede enfrentar varios cargos."),
                Hint::Bound => out.write_str("El calificativo forma parte de la cifra: «más de» es un límite, «alrededor de» una aproximación."),
                Hint::Stages => out.write_str(
                    "Pregúntate si los dos recuentos son las mismas personas o solo recuentos del mismo periodo.",
                ),
            }
        }

        fn feedback(&self, out: &mut String, feedback: &Feedback) -> fmt::Result {
            match *feedback {
                Feedback::Correct { expected } => write!(out, "Correcto: {expected}."),
                Feedback::CorrectAbout { expected } => write!(out, "Correcto: con un decimal, {expected}."),
                Feedback::Empty => out.write_str("Escribe primero una respuesta."),
                Feedback::Unreadable { kind } => match kind {
                    AnswerKind::Number => write!(out, "Escribe un número entero, como {}.", n(1250)),
                    AnswerKind::Percent => write!(out, "Escribe un porcentaje, como {} o {}.", format::tenths_display(452, L), format::percent_sign_display(452, L)),
                    AnswerKind::Points => write!(out, "Escribe un número de puntos porcentuales, como {} o −{}.", format::tenths_display(25, L), format::tenths_display(25, L)),
                    AnswerKind::Choice => out.write_str("Escribe la letra de una opción (a, b, c…) o sus palabras."),
                    AnswerKind::OneIn => out.write_str("Escríbelo como «1 de cada N», por ejemplo «alrededor de 1 de cada 20»."),
                },
                Feedback::NumberStyle { expected } => write!(out, "Eso se lee como un número con decimales; escribe la cifra así: {expected}."),
                Feedback::RoundedTooEarly { expected, quotient: "" } => {
                    write!(out, "Redondeaste demasiado pronto: resta los porcentajes tal como se muestran, con un decimal: {expected}.")
                }
                Feedback::RoundedTooEarly { expected, quotient } => write!(
                    out,
                    "Redondeaste demasiado pronto: la división da {quotient}; conserva sus cifras y redondea solo al final: {expected}."
                ),
                Feedback::OneDecimal { expected } => {
                    write!(out, "Es la proporción redondeada a un número entero; la pregunta pide un decimal: {expected}.")
                }
                Feedback::OffByRounding { expected, exact } => {
                    write!(out, "Casi: revisa el redondeo. La división da {exact}, que se redondea a {expected}.")
                }
                Feedback::ExactCount { expected } => write!(out, "Casi, pero la cifra es exacta: {expected}."),
                Feedback::WrongWhole { expected, used, whole } => {
                    write!(out, "Proporción del total equivocado: eso divide entre {}, pero aquí el total es {}: {expected}.", n(used), n(whole))
                }
                Feedback::OtherPart { expected } => {
                    write!(out, "Esa es la proporción de otra parte del total; la pregunta se refiere a esta: {expected}.")
                }
                Feedback::PercentVsPoints { expected, relative: false } => write!(
                    out,
                    "Por ciento frente a puntos porcentuales: la diferencia entre dos porcentajes se mide en puntos porcentuales: {expected}, no por ciento."
                ),
                Feedback::PercentVsPoints { expected, relative: true } => write!(
                    out,
                    "Ese es el cambio relativo (cuánto cambió la proporción en porcentaje de sí misma); la pregunta pide la diferencia en puntos porcentuales: {expected}."
                ),
                Feedback::PointsVsPercent { expected } => write!(out, "Una proporción es un porcentaje, no puntos porcentuales: {expected}."),
                Feedback::Sign { expected } => write!(out, "El tamaño es correcto, pero el signo no: {expected}."),
                Feedback::Hedge { step } => write!(out, "El número es correcto; la palabra de aproximación también tiene que corresponder: {step}."),
                Feedback::WrongChoice { why: Some(why) } => write!(out, "Esa no. {why}"),
                Feedback::WrongChoice { why: None } => out.write_str("Esa no."),
                Feedback::Wrong => out.write_str("Todavía no. Inténtalo de nuevo o abre una pista."),
                Feedback::UnknownQuestion { id } => write!(out, "No hay ninguna pregunta «{id}» para estas cifras."),
            }
        }

        fn points_answer(&self, out: &mut String, tenths: i64) -> fmt::Result {
            let sign = if tenths < 0 { "−" } else { "" };
            write!(out, "{sign}{} puntos porcentuales", format::tenths_display(tenths.unsigned_abs(), L))
        }

        fn exercise_labels(&self) -> &'static ExerciseLabels {
            &LABELS
        }

        fn answer_words(&self) -> &'static AnswerWords {
            &ANSWER_WORDS
        }
    }
}
