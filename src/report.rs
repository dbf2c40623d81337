//! The result: the output half of the JSON contract (docs/contract.md). Everything a reader sees
//! is here, already worded and rounded; the browser and the CLI only lay it out.

use crate::error::Message;
use crate::lang::Lang;
use crate::model::{StageKind, Unit};
use serde::Serialize;

/// A successful calculation.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// The sentences a compact card shows beside the headline, at most three, in order
    /// (src/key.rs says which and why).
    pub key: Vec<KeySentence>,
    pub stages: Vec<StageReport>,
    /// Every figure, once: the table, the CSV and the screen reader's view.
    pub figures: Vec<Figure>,
    /// The steps for each figure, as written on a board; `None` when the working was not asked
    /// for (`Options::working`), and then left out of the JSON rather than shown as an empty list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working: Option<Vec<WorkingBlock>>,
    pub warnings: Vec<Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceOut>,
    /// Column headings and captions for the table, in the report's language.
    pub labels: TableLabels,
    /// The table of figures, every cell decided: the static HTML, the CSV and the widget only
    /// lay it out, so the three cannot disagree.
    pub table: Table,
}

/// A key sentence: where it stands in the report. In JSON, `{"details": 0}` or `{"caveats": 2}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum KeySentence {
    /// An index into `details`.
    #[serde(rename = "details")]
    Detail(usize),
    /// An index into `caveats`.
    #[serde(rename = "caveats")]
    Caveat(usize),
}

impl KeySentence {
    /// The sentence itself.
    pub fn in_report(self, report: &Report) -> Option<&Sentence> {
        match self {
            KeySentence::Detail(i) => report.details.get(i),
            KeySentence::Caveat(i) => report.caveats.get(i),
        }
    }
}

/// Every problem, one per line, as `Message` writes it.
impl std::fmt::Display for ErrorReport {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            e.fmt(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for ErrorReport {}

/// A failed calculation: every problem found, each with its field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorReport {
    pub version: u32,
    pub ok: bool,
    pub lang: Lang,
    /// The scenario as a whole could not be read (not JSON, too large, another contract
    /// version), as opposed to a wrong figure in it: a caller with other figures to fall back
    /// on (the widget's preset) uses them instead.
    pub unreadable: bool,
    pub errors: Vec<Message>,
    pub warnings: Vec<Message>,
}

/// The error codes that mean the scenario as a whole could not be read.
const UNREADABLE: [&str; 3] = ["invalid_json", "scenario_too_large", "unsupported_version"];

impl ErrorReport {
    /// A report of `errors`, in `lang`, with no warnings.
    pub fn new(lang: Lang, errors: Vec<Message>) -> ErrorReport {
        let unreadable = errors.iter().any(|m| UNREADABLE.contains(&m.code));
        ErrorReport { version: crate::model::CONTRACT_VERSION, ok: false, lang, unreadable, errors, warnings: Vec::new() }
    }
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
    /// How many icons the stage's picture has: 100, or 10 when the stage counts fewer than
    /// 100, so that one icon never stands for less than one person.
    pub icons: u64,
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

/// The table of every figure: a caption, the column headings, and a section per stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    /// "All figures".
    pub caption: String,
    /// The headings, one per column: figure, number, share of total, share of group, in words,
    /// derived.
    pub columns: Vec<String>,
    pub sections: Vec<TableSection>,
}

/// One stage's rows, under its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableSection {
    /// Index of the stage.
    pub stage: usize,
    /// The stage's label: "Arrests".
    pub heading: String,
    pub rows: Vec<TableRow>,
}

/// One figure's row: its cells as shown, in the order of `Table::columns`, and the plain values
/// a spreadsheet needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableRow {
    /// The figure's id.
    pub figure: String,
    pub kind: FigureKind,
    /// The row's heading: the figure's label.
    pub label: String,
    /// The number as shown: the count ("1,719"), or for a rate or a ratio its value ("19.2").
    pub count: String,
    /// The share of the stage's total; for a population, goal or comparison, the figure's
    /// value against that reference. Empty when there is none.
    pub of_total: String,
    /// The share of the group the figure is part of; empty when there is none.
    pub of_parent: String,
    /// The share in words: "about one in three"; empty for none or all.
    pub natural: String,
    /// Worked out from other counts rather than given.
    pub derived: bool,
    /// The derived column: "Yes" for a derived figure, empty otherwise.
    pub derived_text: String,
    /// The count as a plain integer (for a rate or a ratio, the count it is worked out from).
    pub number: u64,
    /// For a rate, ratio, population, goal or comparison: its value as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
