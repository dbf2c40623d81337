//! Which input a problem concerns: a place in the scenario, named by its JSON path so the
//! browser can show a message beside the field it is about.

use crate::model::Category;

/// Which input a problem concerns, as a path into the scenario JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Field {
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
    /// The house style of numbers.
    Style,
}

impl Field {
    /// The JSON path of the field, e.g. `stages[0].breakdown.convicted`.
    pub(crate) fn path(&self) -> String {
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
            Field::Style => "style".into(),
        }
    }
}
