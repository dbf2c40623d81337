//! Spanish, in standard news style: "5.232", "32,9 por ciento", "una de cada tres personas".
//! Sentences with a natural-frequency subject ("una de cada tres personas… no tenía") take a
//! singular verb; counted parts ("1.719 no tenían") a plural one.

use super::{capitalize, join_list, Caveat, Direction, PartSaid, Said, Subject};
use crate::format;
use crate::frequency::{Frequency, Gender};
use crate::lang::{Lang, Text};
use crate::model::{Category, StageKind, Unit};
use crate::share::{Bound, Shown};

const L: Lang = Lang::Es;

fn n(v: u64) -> String {
    format::count(v, L)
}

fn pct(s: Shown) -> String {
    s.percent_words(L)
}

/// "el 6,7 por ciento", but "menos del 0,1 por ciento".
fn pct_article(s: Shown) -> String {
    match s.bound() {
        Bound::Exact => format!("el {}", pct(s)),
        _ => pct(s),
    }
}

fn typed(t: &Text) -> String {
    super::typed(t, L)
}

fn gender(s: &Subject) -> Gender {
    match s.unit {
        Unit::People => Gender::Feminine,
        Unit::Charges => Gender::Masculine,
    }
}

fn participle(s: &Subject) -> String {
    if let Some(v) = s.verb.filter(|v| v.get(L).is_some()) {
        return typed(v);
    }
    match s.kind {
        StageKind::Arrests => "arrestadas",
        StageKind::Detentions => "ingresadas en centros de detención",
        StageKind::Removals => "expulsadas",
        StageKind::Deportations => "deportadas",
        StageKind::Detainers => "señaladas en solicitudes de retención",
        StageKind::Custom => "contabilizadas",
    }
    .to_string()
}

fn people(s: &Subject) -> &'static str {
    match s.unit {
        Unit::People => "personas",
        Unit::Charges => "cargos contra personas",
    }
}

/// "personas arrestadas".
fn short_subject(s: &Subject) -> String {
    format!("{} {}", people(s), participle(s))
}

/// "personas arrestadas por ICE en el área de Los Ángeles de octubre a junio".
pub fn subject(s: &Subject) -> String {
    short_subject(s) + &subject_tail(s)
}

fn subject_tail(s: &Subject) -> String {
    let mut out = String::new();
    if let Some(a) = s.agency {
        let by = if s.kind == StageKind::Detainers { "de" } else { "por" };
        out.push_str(&format!(" {by} {}", typed(a)));
    }
    if let Some(p) = s.place {
        out.push_str(&format!(" en {}", typed(p)));
    }
    if let Some(label) = s.period_label {
        out.push_str(&format!(" {}", typed(label)));
    } else if let Some(p) = s.period {
        out.push_str(&format!(
            " del {} al {}",
            format::date(p.start.year, p.start.month, p.start.day, L),
            format::date(p.end.year, p.end.month, p.end.day, L)
        ));
    }
    out
}

/// The stage as a plural noun with its article: ("los", "arrestos").
fn noun(s: &Subject) -> (&'static str, String) {
    if s.unit == Unit::Charges {
        return ("los", "cargos".into());
    }
    match (s.kind, s.verb.and_then(|v| v.get(L))) {
        (_, Some(_)) | (StageKind::Custom, None) => ("las", short_subject(s)),
        (StageKind::Arrests, _) => ("los", "arrestos".into()),
        (StageKind::Detentions, _) => ("los", "ingresos en detención".into()),
        (StageKind::Removals, _) => ("las", "expulsiones".into()),
        (StageKind::Deportations, _) => ("las", "deportaciones".into()),
        (StageKind::Detainers, _) => ("las", "solicitudes de retención".into()),
    }
}

fn with_article(s: &Subject) -> String {
    let (art, noun) = noun(s);
    format!("{art} {noun}")
}

pub fn stage_label(s: &Subject) -> String {
    match s.kind {
        StageKind::Arrests if s.verb.is_none() => "Arrestos".into(),
        StageKind::Detentions if s.verb.is_none() => "Ingresos en detención".into(),
        StageKind::Removals if s.verb.is_none() => "Expulsiones".into(),
        StageKind::Deportations if s.verb.is_none() => "Deportaciones".into(),
        StageKind::Detainers if s.verb.is_none() => "Solicitudes de retención (detainers)".into(),
        _ => capitalize(&short_subject(s)),
    }
}

pub fn category_label(c: Option<Category>) -> &'static str {
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
fn predicate(c: Option<Category>, unit: Unit, plural: bool) -> String {
    let (sing, plur) = match (c, unit) {
        (None, _) => ("no figura en ninguna categoría", "no figuran en ninguna categoría"),
        (Some(c), Unit::Charges) => {
            let label = crate::lang::lowercase(category_label(Some(c)));
            return if plural {
                format!("correspondían a la categoría «{label}»")
            } else {
                format!("correspondía a la categoría «{label}»")
            };
        }
        (Some(Category::Convicted), _) => ("había sido condenada por un delito", "habían sido condenadas por un delito"),
        (Some(Category::Pending), _) => ("tenía cargos penales pendientes pero ninguna condena", "tenían cargos penales pendientes pero ninguna condena"),
        (Some(Category::NoRecord), _) => ("no tenía antecedentes penales", "no tenían antecedentes penales"),
        (Some(Category::CriminalHistory), _) => ("tenía antecedentes penales", "tenían antecedentes penales"),
        (Some(Category::NotConvicted), _) => ("no tenía condenas penales", "no tenían condenas penales"),
    };
    if plural { plur } else { sing }.to_string()
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

fn one_in(f: &Option<Frequency>, g: Gender) -> Option<String> {
    f.as_ref().map(|f| f.standalone(L, g))
}

fn rate(tenths: u64) -> String {
    format::rate(tenths, L)
}

fn part(p: &PartSaid, unit: Unit) -> String {
    format!("{} ({}) {}", n(p.count), pct(p.shown), predicate(p.category, unit, true))
}

fn points(tenths: u64) -> String {
    if tenths == 0 {
        "menos de 0,1".into()
    } else {
        format::tenths(tenths, L)
    }
}

pub fn say(said: &Said) -> String {
    match said {
        Said::Lead { subject: s, category, count, total, shown, frequency } => match frequency {
            Some(f) => format!(
                "{} {} {}: {} de {} ({}).",
                capitalize(&f.quantifier(L, gender(s))),
                subject(s),
                predicate(Some(*category), s.unit, f.is_plural()),
                n(*count),
                n(*total),
                pct(*shown)
            ),
            None if count == total => {
                let todas = if gender(s) == Gender::Feminine { "Todas las" } else { "Todos los" };
                format!("{todas} {} {} {}.", n(*total), subject(s), predicate(Some(*category), s.unit, true))
            }
            None => format!(
                "{} {} {}, {} {} ({}).",
                if gender(s) == Gender::Feminine { "De las" } else { "De los" },
                n(*total),
                subject(s),
                n(*count),
                predicate(Some(*category), s.unit, true),
                pct(*shown)
            ),
        },
        Said::Count { subject: s, total } => match s.unit {
            Unit::People => format!("En total, {} personas fueron {}{}.", n(*total), participle(s), subject_tail(s)),
            Unit::Charges => {
                format!("En total, se registraron {} cargos contra personas {}{}.", n(*total), participle(s), subject_tail(s))
            }
        },
        Said::Breakdown { subject: s, total, parts } => {
            let items: Vec<String> = parts.iter().map(|p| part(p, s.unit)).collect();
            let de = if gender(s) == Gender::Feminine { "De las" } else { "De los" };
            format!("{de} {} {}, {}.", n(*total), subject(s), join_list(&items, "y"))
        }
        Said::Ratio { larger, smaller, a, b, ratio } => {
            if a == b {
                format!(
                    "Había tantas personas {} como personas {} ({} en cada grupo).",
                    described(*larger),
                    described(*smaller),
                    n(*a)
                )
            } else if ratio.is_even() {
                format!(
                    "Las personas {} y las personas {} eran aproximadamente tantas unas como otras ({} y {}).",
                    described(*larger),
                    described(*smaller),
                    n(*a),
                    n(*b)
                )
            } else {
                format!(
                    "Las personas {} superaban a las personas {} en una proporción de {} ({} frente a {}).",
                    described(*larger),
                    described(*smaller),
                    ratio.phrase(L),
                    n(*a),
                    n(*b)
                )
            }
        }
        Said::Subgroup { subject: s, label, count, total, of_total, one_in: f, parent } => {
            let tail = one_in(f, gender(s)).map(|o| format!(", o {o}")).unwrap_or_default();
            let eran = if *count == 1 { "era" } else { "eran" };
            if s.unit == Unit::Charges {
                return format!("De los {} cargos, {} {eran} {} ({}){}.", n(*total), n(*count), typed(label), pct(*of_total), tail);
            }
            match parent {
                Some((c, parent_count, of_parent)) => format!(
                    "Entre las {} personas {}, {} {eran} {} ({}); es decir, {} del total de {} {}{}.",
                    n(*parent_count),
                    described(*c),
                    n(*count),
                    typed(label),
                    pct(*of_parent),
                    pct_article(*of_total),
                    n(*total),
                    short_subject(s),
                    tail
                ),
                None => format!(
                    "Entre las {} {}, {} {eran} {} ({}){}.",
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
            // In a series separated by semicolons, Spanish puts a comma before the final "y".
            let list = match items.as_slice() {
                [one] => one.clone(),
                [first, second] => format!("{first} y {second}"),
                [init @ .., last] => format!("{}, y {last}", init.join("; ")),
                [] => String::new(),
            };
            if *places <= top.len() {
                format!("Por lugar: {list}.")
            } else {
                format!("De los {} lugares, las cifras más altas fueron las de {list}.", format::small_number(*places as u64, L))
            }
        }
        Said::PerHundred { earlier, later, later_total, per_100_tenths } => format!(
            "Por cada 100 {} hubo {} {}: {} en total.",
            noun(earlier).1,
            rate(*per_100_tenths),
            noun(later).1,
            n(*later_total)
        ),
        Said::ShareChange { category, earlier, later, from, to, points_tenths, direction } => match direction {
            Direction::Same => format!(
                "La proporción de personas {} fue la misma entre {} y entre {} ({}).",
                described(*category),
                with_article(later),
                with_article(earlier),
                pct(*to)
            ),
            Direction::Higher | Direction::Lower => format!(
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
        Said::PerDay { subject: s, total, per_day_tenths, days } => format!(
            "{} equivalen a un promedio de {} al día durante {} {}.",
            counted_noun(s, *total),
            rate(*per_day_tenths),
            format::small_number(*days, L),
            if *days == 1 { "día" } else { "días" }
        ),
        Said::Population { subject: s, total, population, label, shown, one_in: f } => format!(
            "{} equivalen {} de un total de {} {}{}.",
            counted_noun(s, *total),
            pct_al(*shown),
            n(*population),
            typed(label),
            one_in(f, Gender::Feminine).map(|o| format!(", o {o}")).unwrap_or_default()
        ),
        Said::TargetDaily { subject: s, pace_tenths, observed, target, percent_tenths, label } => format!(
            "A un ritmo de {} {} al día{}, se alcanza {} de {} de {} diarios.",
            rate(*pace_tenths),
            noun(s).1,
            if *observed { " (según lo informado)" } else { " en promedio" },
            el_pct(*percent_tenths),
            label.map(typed).unwrap_or_else(|| "la meta".into()),
            n(*target)
        ),
        Said::TargetTotal { subject: s, total, target, percent_tenths, label } => format!(
            "{} suponen {} de {} de {}.",
            counted_noun(s, *total),
            el_pct(*percent_tenths),
            label.map(typed).unwrap_or_else(|| "la meta".into()),
            n(*target)
        ),
        Said::Comparison { subject: s, total, other, label, change_tenths, direction } => {
            let change = match (change_tenths, direction) {
                (None, _) => String::new(),
                (Some(_), Direction::Same) => ": la misma cifra".into(),
                (Some(t), Direction::Higher) => format!(": un aumento {}", de_pct(*t)),
                (Some(t), Direction::Lower) => format!(": una disminución {}", de_pct(*t)),
            };
            let none = if noun(s).0 == "las" { "ninguna" } else { "ninguno" };
            let other = if *other == 0 { none.to_string() } else { n(*other) };
            format!("{} se comparan con {} en {}{}.", counted_noun(s, *total), other, typed(label), change)
        }
        Said::Caveat(c) => caveat(c),
    }
}

/// "Los 5.232 arrestos", "Las 3.257 deportaciones".
fn counted_noun(s: &Subject, total: u64) -> String {
    let (art, noun) = noun(s);
    format!("{} {} {}", capitalize(art), n(total), noun)
}

/// "el 0,6 por ciento", "menos del 0,1 por ciento" (a percentage in tenths that is not zero).
fn el_pct(t: u64) -> String {
    if t == 0 {
        format::percent_words_nonzero(0, L)
    } else {
        format!("el {}", format::percent_words(t, L))
    }
}

/// "del 149,1 por ciento", "de menos del 0,1 por ciento".
fn de_pct(t: u64) -> String {
    if t == 0 {
        format!("de {}", format::percent_words_nonzero(0, L))
    } else {
        format!("del {}", format::percent_words(t, L))
    }
}

/// "al 1,1 por ciento", "a menos del 0,1 por ciento".
fn pct_al(s: Shown) -> String {
    match s.bound() {
        Bound::Exact => format!("al {}", pct(s)),
        _ => format!("a {}", pct(s)),
    }
}

fn caveat(c: &Caveat) -> String {
    match c {
        Caveat::Derived { category, count, terms, unit } => {
            let expr = crate::working::expression(terms, L);
            let who = match unit {
                Unit::People => format!("{} personas que {}", n(*count), predicate(Some(*category), *unit, true)),
                Unit::Charges => format!("{} cargos que {}", n(*count), predicate(Some(*category), *unit, true)),
            };
            format!("La cifra de {who} es un dato derivado —{expr} = {}—, no informado directamente.", n(*count))
        }
        Caveat::HistoryIsNotConviction { count } => format!(
            "«Antecedentes penales» abarca tanto condenas como cargos penales pendientes: las cifras no dicen cuántas de las {} personas fueron condenadas.",
            n(*count)
        ),
        Caveat::NotConvictedIsNotNoRecord { count } => format!(
            "«Sin condena penal» no equivale a «sin antecedentes penales»: algunas de las {} personas podían tener cargos penales pendientes.",
            n(*count)
        ),
        Caveat::ChargesNotPeople => "Son recuentos de cargos, no de personas: una misma persona puede enfrentar varios cargos.".into(),
        Caveat::DetainersNotPeople => "Una solicitud de retención (detainer) es una petición para retener a alguien; el número de solicitudes no es el número de personas detenidas.".into(),
        Caveat::StagesNotSamePeople => "Las cifras de distintas etapas en un mismo periodo no se refieren necesariamente a las mismas personas: alguien deportado en el periodo pudo haber sido arrestado antes. Compararlas no da una tasa.".into(),
        Caveat::SmallBase { total } => format!(
            "Con solo {} personas, una persona más o menos mueve una proporción en {} puntos porcentuales o más; conviene tomar los porcentajes con cautela.",
            format::small_number(*total, L),
            format::tenths(crate::share::Share::new(1, *total).tenths(), L)
        ),
        Caveat::Unaccounted { count, total } => format!(
            "Las categorías dadas suman {}; {} de {} no figuran en ninguna.",
            n(total - count),
            n(*count),
            n(*total)
        ),
        Caveat::PlacesUnaccounted { count, total } => format!(
            "Los lugares enumerados suman {}; {} de {} no tienen lugar asignado.",
            n(total - count),
            n(*count),
            n(*total)
        ),
        Caveat::SubgroupsOverlap => "Los grupos señalados dentro de una misma cifra pueden solaparse: una persona puede figurar en más de uno.".into(),
        Caveat::PopulationNotSamePeople { label } => format!(
            "La comparación con el total de {} muestra una escala: las personas contadas no proceden necesariamente de esa población.",
            typed(label)
        ),
    }
}
