//! Spanish, in standard news style: "5.232", "32,9 por ciento", "una de cada tres personas".
//! Sentences with a natural-frequency subject ("una de cada tres personas… no tenía") take a
//! singular verb; counted parts ("1.719 no tenían") a plural one.

use super::{capitalize_from, write_list, Caveat, Direction, PartSaid, Said, Subject};
use crate::format;
use crate::frequency::{Frequency, Gender};
use crate::lang::{Lang, Text};
use crate::model::{Category, StageKind, Unit};
use crate::share::{Bound, Shown};
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
pub fn subject<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
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
    fmt::from_fn(move |f| {
        if s.unit == Unit::Charges {
            return f.write_str("cargos");
        }
        match (s.kind, s.verb.and_then(|v| v.get(L))) {
            (_, Some(_)) | (StageKind::Custom, None) => short_subject(s).fmt(f),
            (StageKind::Arrests, _) => f.write_str("arrestos"),
            (StageKind::Detentions, _) => f.write_str("ingresos en detención"),
            (StageKind::Removals, _) => f.write_str("expulsiones"),
            (StageKind::Deportations, _) => f.write_str("deportaciones"),
            (StageKind::Detainers, _) => f.write_str("solicitudes de retención"),
        }
    })
}

/// "los arrestos", "las deportaciones".
fn with_article<'a>(s: &'a Subject<'a>) -> impl Display + 'a {
    fmt::from_fn(move |f| write!(f, "{} {}", article(s), noun(s)))
}

pub fn stage_label(s: &Subject) -> String {
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

/// Writes the sentence for `said` at the end of `out`.
pub fn say(out: &mut String, said: &Said) -> fmt::Result {
    match said {
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
        Said::Count { subject: s, total } => match s.unit {
            Unit::People => write!(out, "En total, {} personas fueron {}{}.", n(*total), participle(s), subject_tail(s)),
            Unit::Charges => {
                write!(out, "En total, se registraron {} cargos contra personas {}{}.", n(*total), participle(s), subject_tail(s))
            }
        },
        Said::Breakdown { subject: s, total, parts } => {
            write!(out, "{} {} {}, ", de_los(s), n(*total), subject(s))?;
            write_list(out, parts, "y", |out, p: &PartSaid| {
                write!(out, "{} ({}) {}", n(p.count), pct(p.shown), predicate(p.category, s.unit, true))
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
                return write!(out, "De los {} cargos, {} {eran} {} ({}){}.", n(*total), n(*count), typed(label), pct(*of_total), tail);
            }
            match parent {
                Some((c, parent_count, of_parent)) => write!(
                    out,
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
                None => write!(
                    out,
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
            noun(later),
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
            "{} equivalen a un promedio de {} al día durante {} {}.",
            counted_noun(s, *total),
            rate(*per_day_tenths),
            format::small_number_display(*days, L),
            if *days == 1 { "día" } else { "días" }
        ),
        Said::Population { subject: s, total, population, label, shown, one_in: f } => write!(
            out,
            "{} equivalen {} de un total de {} {}{}.",
            counted_noun(s, *total),
            pct_al(*shown),
            n(*population),
            typed(label),
            or_one_in(f, Gender::Feminine)
        ),
        Said::TargetDaily { subject: s, pace_tenths, observed, target, percent_tenths, label } => write!(
            out,
            "A un ritmo de {} {} al día{}, se alcanza {} de {} de {} diarios.",
            rate(*pace_tenths),
            noun(s),
            if *observed { " (según lo informado)" } else { " en promedio" },
            el_pct(*percent_tenths),
            goal(*label),
            n(*target)
        ),
        Said::TargetTotal { subject: s, total, target, percent_tenths, label } => write!(
            out,
            "{} suponen {} de {} de {}.",
            counted_noun(s, *total),
            el_pct(*percent_tenths),
            goal(*label),
            n(*target)
        ),
        Said::Comparison { subject: s, total, other, label, change_tenths, direction } => {
            write!(out, "{} se comparan con ", counted_noun(s, *total))?;
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
        Said::Caveat(c) => caveat(out, c),
    }
}

/// "Los 5.232 arrestos", "Las 3.257 deportaciones".
fn counted_noun<'a>(s: &'a Subject<'a>, total: u64) -> impl Display + 'a {
    fmt::from_fn(move |f| {
        let article = match article(s) {
            "las" => "Las",
            _ => "Los",
        };
        write!(f, "{article} {} {}", n(total), noun(s))
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
            let who = match unit {
                Unit::People => "personas que",
                Unit::Charges => "cargos que",
            };
            write!(
                out,
                "La cifra de {} {who} {} es un dato derivado —{expr} = {}—, no informado directamente.",
                n(*count),
                predicate(Some(*category), *unit, true),
                n(*count)
            )
        }
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
        Caveat::SmallBase { total } => write!(
            out,
            "Con solo {} personas, una persona más o menos mueve una proporción en {} puntos porcentuales o más; conviene tomar los porcentajes con cautela.",
            format::small_number_display(*total, L),
            format::tenths_display(crate::share::Share::new(1, *total).tenths(), L)
        ),
        Caveat::Unaccounted { count, total } => write!(
            out,
            "Las categorías dadas suman {}; {} de {} no figuran en ninguna.",
            n(total - count),
            n(*count),
            n(*total)
        ),
        Caveat::PlacesUnaccounted { count, total } => write!(
            out,
            "Los lugares enumerados suman {}; {} de {} no tienen lugar asignado.",
            n(total - count),
            n(*count),
            n(*total)
        ),
        Caveat::SubgroupsOverlap => out.write_str("Los grupos señalados dentro de una misma cifra pueden solaparse: una persona puede figurar en más de uno."),
        Caveat::PopulationNotSamePeople { label } => write!(
            out,
            "La comparación con el total de {} muestra una escala: las personas contadas no proceden necesariamente de esa población.",
            typed(label)
        ),
    }
}

// The widget

/// The widget's words once the core is loaded (`super::Words::chrome`).
static CHROME: crate::editor::Chrome = crate::editor::Chrome {
    widget: crate::editor::WidgetWords {
        adjust: "Ajustar las cifras",
        numbers: "Las cifras",
        reset: "Volver a las cifras publicadas",
        all_figures: "Todas las cifras",
        figures_panel: "Todas las cifras",
        working_panel: "Cómo se calculó",
        stages: "Etapas",
        yes: "Sí",
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

    // --- numbers: locale facts ---

    // --- working: frequency rungs, hedges, steps ---

    // --- the table ---

    // --- the widget: vocabulary, editor fields, chrome ---
    fn chrome(&self) -> &'static crate::editor::Chrome {
        &CHROME
    }
}
