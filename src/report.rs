//! The result: the output half of the JSON contract (docs/contract.md). Everything a reader sees
//! is here, already worded and rounded; the browser and the CLI only lay it out.

use crate::error::Message;
use crate::lang::Lang;
use crate::model::{StageKind, Unit};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

/// A successful calculation.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub version: u32,
    pub ok: bool,
    pub lang: Lang,
    /// The one sentence to lead with.
    pub headline: Sentence,
    /// Detail sentences, in reading order.
    pub details: Vec<Sentence>,
    /// What the numbers do not say; shown with the sentences, not hidden.
    pub caveats: Vec<Sentence>,
    pub stages: Vec<StageReport>,
    /// Every figure, once: the table, the CSV and the screen reader's view.
    pub figures: Vec<Figure>,
    /// The steps for each figure, as written on a board; empty when `has_working` is false.
    pub working: Vec<WorkingBlock>,
    /// Whether the working was asked for (`Options::working`). When it was not, the JSON
    /// leaves out the `working` field rather than showing an empty list.
    pub has_working: bool,
    pub warnings: Vec<Message>,
    pub source: Option<SourceOut>,
    /// Column headings and captions for the table, in the report's language.
    pub labels: TableLabels,
}

/// By hand, for the fields that may be left out (`working`, `source`); the fields go out in
/// the order declared, as a derive would write them.
impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Report {
            version,
            ok,
            lang,
            headline,
            details,
            caveats,
            stages,
            figures,
            working,
            has_working,
            warnings,
            source,
            labels,
        } = self;
        let mut out = serializer.serialize_struct("Report", 12)?;
        out.serialize_field("version", version)?;
        out.serialize_field("ok", ok)?;
        out.serialize_field("lang", lang)?;
        out.serialize_field("headline", headline)?;
        out.serialize_field("details", details)?;
        out.serialize_field("caveats", caveats)?;
        out.serialize_field("stages", stages)?;
        out.serialize_field("figures", figures)?;
        if *has_working {
            out.serialize_field("working", working)?;
        } else {
            out.skip_field("working")?;
        }
        out.serialize_field("warnings", warnings)?;
        match source {
            Some(source) => out.serialize_field("source", source)?,
            None => out.skip_field("source")?,
        }
        out.serialize_field("labels", labels)?;
        out.end()
    }
}

/// A failed calculation: every problem found, each with its field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorReport {
    pub version: u32,
    pub ok: bool,
    pub lang: Lang,
    pub errors: Vec<Message>,
    pub warnings: Vec<Message>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceKind {
    Headline,
    /// A later stage's own lead: "More than one in three people deported…".
    Lead,
    Breakdown,
    Subgroup,
    Place,
    Ratio,
    Stages,
    Rate,
    Population,
    Target,
    Comparison,
    Caveat,
}

/// A sentence and the ids of the figures it states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub kind: SentenceKind,
    /// For caveats, a stable code ("derived", "charges_not_people", …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    pub text: String,
    pub figures: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageReport {
    pub id: String,
    pub kind: StageKind,
    pub unit: Unit,
    /// "Arrests", "Deportaciones".
    pub label: String,
    pub total: u64,
    /// Figure ids of the parts of the whole shown together (bars, icon arrays): they add up to
    /// the total, with "not accounted for" when the given parts fall short.
    pub parts: Vec<String>,
    pub subgroups: Vec<String>,
    pub places: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Total,
    Category,
    Unaccounted,
    Subgroup,
    Place,
    PlaceUnaccounted,
    StageRatio,
    PerDay,
    Population,
    Target,
    Comparison,
}

/// One figure: a count and its shares, or a derived quantity such as a rate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// "arrests.no_record", "arrests.subgroup.0", "deportations.per_100_arrests".
    pub id: String,
    pub kind: FigureKind,
    /// Index of the stage the figure belongs to.
    pub stage: usize,
    /// Category key for category figures ("no_record").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<&'static str>,
    pub label: String,
    pub count: u64,
    /// The count as written: "1,719".
    pub count_text: String,
    /// Worked out from other counts rather than given.
    pub derived: bool,
    /// The share of the stage's total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of_total: Option<ShareOut>,
    /// The share of the group it is part of, when that is not the whole stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of_parent: Option<ShareOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// For figures that are not counts of people (rates, ratios): the value as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_text: Option<String>,
}

impl Figure {
    /// A figure with only its count; shares, parents and values are added where they apply.
    pub fn new(id: String, kind: FigureKind, stage: usize, label: String, count: u64, lang: Lang) -> Figure {
        Figure {
            id,
            kind,
            stage,
            category: None,
            label,
            count,
            count_text: crate::format::count(count, lang),
            derived: false,
            of_total: None,
            of_parent: None,
            parent: None,
            value_text: None,
        }
    }
}

/// A share as shown, with the exact fraction it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShareOut {
    pub num: u64,
    pub den: u64,
    /// Tenths of a percent after the documented rounding (parts of a whole sum to 1000).
    pub tenths: u64,
    /// Whole figures out of 100 (parts of a whole sum to 100): for icon arrays.
    pub per_100: u64,
    /// Whole figures out of 10 (parts of a whole sum to 10).
    pub per_10: u64,
    /// "32.9%", "less than 0.1%".
    pub percent: String,
    /// "about one in three"; absent for none or all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub natural: Option<String>,
    /// "about 1 in 3".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_in: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkingBlock {
    /// Figure id the steps lead to.
    pub figure: String,
    pub title: String,
    pub steps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Only http(s) addresses are passed on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// "Source:", "Fuente:".
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableLabels {
    pub figure: String,
    pub count: String,
    pub of_total: String,
    pub of_parent: String,
    pub natural: String,
    pub derived: String,
    pub working: String,
    pub caveats: String,
}
