//! Typed errors and warnings. Each names the field it concerns; its message is written in the
//! reader's language only at the edge (`message`), so callers can match on the kind.

use crate::format;
use crate::lang::Lang;
use crate::model::Category;
use serde::Serialize;

/// The largest count accepted: well past any number of people (10^15).
pub const MAX_COUNT: u64 = 1_000_000_000_000_000;
/// The longest text accepted in any label, in characters.
pub const MAX_TEXT_CHARS: usize = 500;
pub const MAX_STAGES: usize = 6;
pub const MAX_SUBGROUPS: usize = 30;
pub const MAX_PLACES: usize = 60;
/// The largest scenario text read, in bytes: far above any real one, small enough that a hostile
/// link cannot make the reader's browser work hard.
pub const MAX_SCENARIO_BYTES: usize = 256 * 1024;

/// Why typed text is not a count of people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing typed.
    Empty,
    /// No number in it at all ("many", "abc").
    NotANumber,
    /// A minus sign: counts of people are never negative.
    Negative,
    /// A fraction of a person: "5.5", "1.2345 thousand", or "5.232" read as English.
    Fractional,
    /// Separators that fit no way of writing numbers: "5,23,2", "52,32".
    MisplacedSeparator,
    /// A word that is not a number scale we know ("5 dozen").
    UnknownWord(String),
    /// More than `MAX_COUNT`.
    TooLarge,
}

/// Which input a problem concerns, as a path into the scenario JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The document as a whole (bad JSON, wrong version, no stages).
    Scenario,
    StageTotal(usize),
    StageCategory(usize, Category),
    StageVerb(usize),
    SubgroupCount(usize, usize),
    SubgroupLabel(usize, usize),
    PlaceCount(usize, usize),
    PlaceName(usize, usize),
    PeriodStart,
    PeriodEnd,
    /// A text field of the context or reference: its path, e.g. "context.place".
    Text(&'static str),
    Population,
    TargetPerDay,
    TargetTotal,
    TargetObserved,
    Comparison,
}

impl Field {
    /// The JSON path of the field, e.g. `stages[0].breakdown.convicted`.
    pub fn path(&self) -> String {
        match *self {
            Field::Scenario => String::new(),
            Field::StageTotal(s) => format!("stages[{s}].total"),
            Field::StageCategory(s, c) => format!("stages[{s}].breakdown.{}", c.key()),
            Field::StageVerb(s) => format!("stages[{s}].verb"),
            Field::SubgroupCount(s, g) => format!("stages[{s}].subgroups[{g}].count"),
            Field::SubgroupLabel(s, g) => format!("stages[{s}].subgroups[{g}].label"),
            Field::PlaceCount(s, p) => format!("stages[{s}].places[{p}].count"),
            Field::PlaceName(s, p) => format!("stages[{s}].places[{p}].name"),
            Field::PeriodStart => "context.period.start".into(),
            Field::PeriodEnd => "context.period.end".into(),
            Field::Text(path) => path.into(),
            Field::Population => "reference.population.count".into(),
            Field::TargetPerDay => "reference.target.per_day".into(),
            Field::TargetTotal => "reference.target.total".into(),
            Field::TargetObserved => "reference.target.observed_per_day".into(),
            Field::Comparison => "reference.comparison.count".into(),
        }
    }
}

/// What is wrong with an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text could not be read as a count; `typed` is what the reader typed.
    Count { typed: String, why: ParseError },
    /// Not JSON, or not the shape of a scenario; the parser's own words (English).
    Json(String),
    /// The scenario text is longer than `MAX_SCENARIO_BYTES`.
    ScenarioTooLarge { limit: usize },
    UnsupportedVersion(u32),
    NoStages,
    TooMany { limit: usize },
    TextTooLong { limit: usize },
    /// A name or label left blank where one is needed.
    EmptyText,
    /// A stage of no one: shares of zero mean nothing.
    ZeroTotal,
    /// One part is larger than what it is part of.
    PartExceedsWhole { part: u64, whole: u64, whole_name: Whole },
    /// The parts given add up to more than the total.
    PartsExceedTotal { sum: u64, total: u64 },
    /// A union does not equal its parts: criminal history ≠ convicted + pending.
    Inconsistent { given: u64, expected: u64 },
    /// Counts that cannot all be true: what they imply would be negative, or a union that is not
    /// the sum of its parts (criminal history 50 with convicted 10 and "not convicted" 20 of 100).
    Contradictory,
    /// A sub-group names a category the stage has no count for.
    UnknownParent(Category),
    BadDate { typed: String },
    DatesOutOfOrder,
    /// A per-day target with neither dates nor an observed daily pace to compare.
    TargetNeedsDates,
}

/// The whole a part was checked against, named in the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whole {
    Total,
    Category(Category),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub field: Field,
    pub kind: ErrorKind,
}

/// Something legitimate but worth a second look; it does not stop the calculation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WarningKind {
    /// A later stage counts more than an earlier one (more deportations than arrests can be
    /// real: they are not the same people).
    LaterStageLarger { later: u64, earlier: u64, earlier_stage: usize },
    /// A total small enough that one person moves the percentage a lot.
    SmallBase { total: u64 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub field: Field,
    pub kind: WarningKind,
}

/// An error or warning as it crosses the edge: field path, stable code, message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

impl ParseError {
    pub fn code(&self) -> &'static str {
        match self {
            ParseError::Empty => "empty",
            ParseError::NotANumber => "not_a_number",
            ParseError::Negative => "negative",
            ParseError::Fractional => "fractional",
            ParseError::MisplacedSeparator => "misplaced_separator",
            ParseError::UnknownWord(_) => "unknown_word",
            ParseError::TooLarge => "too_large",
        }
    }

    /// Why `typed` is not a count, in the reader's language.
    pub fn message(&self, typed: &str, lang: Lang) -> String {
        let typed = shorten(typed);
        let max = format::count(MAX_COUNT, lang);
        match (self, lang) {
            (ParseError::Empty, Lang::En) => "Enter a number.".into(),
            (ParseError::Empty, Lang::Es) => "Escriba un número.".into(),
            (ParseError::NotANumber, Lang::En) => format!("“{typed}” is not a number. Type digits, such as 5,232."),
            (ParseError::NotANumber, Lang::Es) => format!("«{typed}» no es un número. Escriba cifras, como 5.232."),
            (ParseError::Negative, Lang::En) => "A count of people cannot be negative.".into(),
            (ParseError::Negative, Lang::Es) => "Un número de personas no puede ser negativo.".into(),
            (ParseError::Fractional, Lang::En) => format!(
                "“{typed}” is not a whole number. People are counted in whole numbers; in English, write thousands with commas (5,232)."
            ),
            (ParseError::Fractional, Lang::Es) => format!(
                "«{typed}» no es un número entero. Las personas se cuentan en números enteros; en español, separe los miles con puntos (5.232)."
            ),
            (ParseError::MisplacedSeparator, Lang::En) => {
                format!("“{typed}” has a comma or point out of place. Group thousands in threes: 5,232 or 1,400,000.")
            }
            (ParseError::MisplacedSeparator, Lang::Es) => {
                format!("«{typed}» tiene una coma o un punto fuera de lugar. Agrupe los miles de tres en tres: 5.232 o 1.400.000.")
            }
            (ParseError::UnknownWord(w), Lang::En) => format!(
                "“{}” is not a number word this calculator knows. Use thousand, million or billion.",
                shorten(w)
            ),
            (ParseError::UnknownWord(w), Lang::Es) => format!(
                "«{}» no es una palabra numérica que esta calculadora conozca. Use mil, millones o mil millones.",
                shorten(w)
            ),
            (ParseError::TooLarge, Lang::En) => format!("“{typed}” is too large: the limit is {max}."),
            (ParseError::TooLarge, Lang::Es) => format!("«{typed}» es demasiado grande: el límite es {max}."),
        }
    }
}

/// Long hostile input stays out of messages: only its start is quoted back.
fn shorten(s: &str) -> String {
    const KEEP: usize = 40;
    let mut out: String = s.trim().chars().take(KEEP).collect();
    if s.trim().chars().count() > KEEP {
        out.push('…');
    }
    out
}

fn category_name(c: Category, lang: Lang) -> &'static str {
    match (c, lang) {
        (Category::Convicted, Lang::En) => "convicted",
        (Category::Convicted, Lang::Es) => "condenados",
        (Category::Pending, Lang::En) => "pending charges",
        (Category::Pending, Lang::Es) => "con cargos pendientes",
        (Category::NoRecord, Lang::En) => "no criminal record",
        (Category::NoRecord, Lang::Es) => "sin antecedentes penales",
        (Category::CriminalHistory, Lang::En) => "with a criminal history",
        (Category::CriminalHistory, Lang::Es) => "con antecedentes penales",
        (Category::NotConvicted, Lang::En) => "not convicted",
        (Category::NotConvicted, Lang::Es) => "sin condena",
    }
}

impl ErrorKind {
    pub fn code(&self) -> &'static str {
        match self {
            ErrorKind::Count { why, .. } => why.code(),
            ErrorKind::Json(_) => "invalid_json",
            ErrorKind::ScenarioTooLarge { .. } => "scenario_too_large",
            ErrorKind::UnsupportedVersion(_) => "unsupported_version",
            ErrorKind::NoStages => "no_stages",
            ErrorKind::TooMany { .. } => "too_many",
            ErrorKind::TextTooLong { .. } => "text_too_long",
            ErrorKind::EmptyText => "empty_text",
            ErrorKind::ZeroTotal => "zero_total",
            ErrorKind::PartExceedsWhole { .. } => "part_exceeds_whole",
            ErrorKind::PartsExceedTotal { .. } => "parts_exceed_total",
            ErrorKind::Inconsistent { .. } => "inconsistent",
            ErrorKind::Contradictory => "contradictory",
            ErrorKind::UnknownParent(_) => "unknown_parent",
            ErrorKind::BadDate { .. } => "bad_date",
            ErrorKind::DatesOutOfOrder => "dates_out_of_order",
            ErrorKind::TargetNeedsDates => "target_needs_dates",
        }
    }
}

impl InputError {
    pub fn new(field: Field, kind: ErrorKind) -> Self {
        InputError { field, kind }
    }

    pub fn message(&self, lang: Lang) -> String {
        let n = |v: u64| format::count(v, lang);
        let whole = |w: Whole| match (w, lang) {
            (Whole::Total, Lang::En) => "the total".to_string(),
            (Whole::Total, Lang::Es) => "el total".to_string(),
            (Whole::Category(c), Lang::En) => format!("the “{}” count", category_name(c, lang)),
            (Whole::Category(c), Lang::Es) => format!("la cifra «{}»", category_name(c, lang)),
        };
        match (&self.kind, lang) {
            (ErrorKind::Count { typed, why }, _) => why.message(typed, lang),
            (ErrorKind::Json(detail), Lang::En) => format!("The scenario could not be read: {}", shorten_long(detail)),
            (ErrorKind::Json(detail), Lang::Es) => format!("No se pudo leer el escenario: {}", shorten_long(detail)),
            (ErrorKind::ScenarioTooLarge { limit }, Lang::En) => {
                format!("The scenario is too large to read: the limit is {} KB.", n((*limit / 1024) as u64))
            }
            (ErrorKind::ScenarioTooLarge { limit }, Lang::Es) => {
                format!("El escenario es demasiado grande para leerlo: el límite es de {} KB.", n((*limit / 1024) as u64))
            }
            (ErrorKind::UnsupportedVersion(v), Lang::En) => format!(
                "This calculator reads scenario version {}; this one says version {v}.",
                crate::model::CONTRACT_VERSION
            ),
            (ErrorKind::UnsupportedVersion(v), Lang::Es) => format!(
                "Esta calculadora lee escenarios de la versión {}; este dice versión {v}.",
                crate::model::CONTRACT_VERSION
            ),
            (ErrorKind::NoStages, Lang::En) => "Add at least one count: how many people were arrested, detained or deported.".into(),
            (ErrorKind::NoStages, Lang::Es) => "Añada al menos una cifra: cuántas personas fueron arrestadas, detenidas o deportadas.".into(),
            (ErrorKind::TooMany { limit }, Lang::En) => format!("Too many entries here: the limit is {limit}."),
            (ErrorKind::TooMany { limit }, Lang::Es) => format!("Demasiadas entradas aquí: el límite es {limit}."),
            (ErrorKind::TextTooLong { limit }, Lang::En) => format!("This text is too long: the limit is {limit} characters."),
            (ErrorKind::TextTooLong { limit }, Lang::Es) => format!("Este texto es demasiado largo: el límite es de {limit} caracteres."),
            (ErrorKind::EmptyText, Lang::En) => "Give this a name.".into(),
            (ErrorKind::EmptyText, Lang::Es) => "Escriba un nombre.".into(),
            (ErrorKind::ZeroTotal, Lang::En) => "The total is zero, so there is nothing to break down. Enter how many people were counted.".into(),
            (ErrorKind::ZeroTotal, Lang::Es) => "El total es cero: no hay nada que desglosar. Escriba cuántas personas se contaron.".into(),
            (ErrorKind::PartExceedsWhole { part, whole: w, whole_name }, Lang::En) => format!(
                "{} is more than {} ({}): a part cannot be larger than its whole.",
                n(*part), whole(*whole_name), n(*w)
            ),
            (ErrorKind::PartExceedsWhole { part, whole: w, whole_name }, Lang::Es) => format!(
                "{} es más que {} ({}): una parte no puede ser mayor que el todo.",
                n(*part), whole(*whole_name), n(*w)
            ),
            (ErrorKind::PartsExceedTotal { sum, total }, Lang::En) => format!(
                "The parts add up to {}, more than the total of {}.",
                n(*sum), n(*total)
            ),
            (ErrorKind::PartsExceedTotal { sum, total }, Lang::Es) => format!(
                "Las partes suman {}, más que el total de {}.",
                n(*sum), n(*total)
            ),
            (ErrorKind::Inconsistent { given, expected }, Lang::En) => format!(
                "This says {}, but the counts it is made of add up to {}.",
                n(*given), n(*expected)
            ),
            (ErrorKind::Inconsistent { given, expected }, Lang::Es) => format!(
                "Aquí dice {}, pero las cifras que lo componen suman {}.",
                n(*given), n(*expected)
            ),
            (ErrorKind::Contradictory, Lang::En) => "These categories contradict each other: together they would need a negative number of people, or parts that do not add up to their group. Check the breakdown against the source.".into(),
            (ErrorKind::Contradictory, Lang::Es) => "Estas categorías se contradicen: juntas exigirían un número negativo de personas, o partes que no suman su grupo. Compare el desglose con la fuente.".into(),
            (ErrorKind::UnknownParent(c), Lang::En) => format!(
                "This group is said to be part of “{}”, but that count is not given or cannot be worked out.",
                category_name(*c, lang)
            ),
            (ErrorKind::UnknownParent(c), Lang::Es) => format!(
                "Este grupo figura como parte de «{}», pero esa cifra no se ha dado ni se puede calcular.",
                category_name(*c, lang)
            ),
            (ErrorKind::BadDate { typed }, Lang::En) => format!("“{}” is not a date. Use year-month-day, such as 2025-06-30.", shorten(typed)),
            (ErrorKind::BadDate { typed }, Lang::Es) => format!("«{}» no es una fecha. Use año-mes-día, como 2025-06-30.", shorten(typed)),
            (ErrorKind::DatesOutOfOrder, Lang::En) => "The period ends before it starts.".into(),
            (ErrorKind::DatesOutOfOrder, Lang::Es) => "El periodo termina antes de empezar.".into(),
            (ErrorKind::TargetNeedsDates, Lang::En) => "A daily goal needs the period's start and end dates, or an observed daily pace.".into(),
            (ErrorKind::TargetNeedsDates, Lang::Es) => "Una meta diaria necesita las fechas de inicio y fin del periodo, o un ritmo diario observado.".into(),
        }
    }

    pub fn to_message(&self, lang: Lang) -> Message {
        Message { field: self.field.path(), code: self.kind.code(), message: self.message(lang) }
    }
}

fn shorten_long(s: &str) -> String {
    let mut out: String = s.chars().take(200).collect();
    if s.chars().count() > 200 {
        out.push('…');
    }
    out
}

impl Warning {
    pub fn code(&self) -> &'static str {
        match self.kind {
            WarningKind::LaterStageLarger { .. } => "later_stage_larger",
            WarningKind::SmallBase { .. } => "small_base",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let n = |v: u64| format::count(v, lang);
        match (&self.kind, lang) {
            (WarningKind::LaterStageLarger { later, earlier, .. }, Lang::En) => format!(
                "This count ({}) is larger than the one before it ({}). That can be right — they are not the same people — but check it.",
                n(*later), n(*earlier)
            ),
            (WarningKind::LaterStageLarger { later, earlier, .. }, Lang::Es) => format!(
                "Esta cifra ({}) es mayor que la anterior ({}). Puede ser correcto —no son las mismas personas—, pero conviene comprobarlo.",
                n(*later), n(*earlier)
            ),
            // The same figure as the small-base caveat, by the one rounding rule: a share of one
            // person in the total, in percentage points (a change in a percentage, not a percent).
            (WarningKind::SmallBase { total }, Lang::En) => format!(
                "With a total of {}, one person more or less moves a percentage by {} percentage points or more.",
                n(*total), format::tenths(crate::share::Share::new(1, (*total).max(1)).tenths(), lang)
            ),
            (WarningKind::SmallBase { total }, Lang::Es) => format!(
                "Con un total de {}, una persona más o menos mueve un porcentaje en {} puntos porcentuales o más.",
                n(*total), format::tenths(crate::share::Share::new(1, (*total).max(1)).tenths(), lang)
            ),
        }
    }

    pub fn to_message(&self, lang: Lang) -> Message {
        Message { field: self.field.path(), code: self.code(), message: self.message(lang) }
    }
}
