//! The result: the output half of the JSON contract (docs/contract.md). Everything a reader sees
//! is here, already worded and rounded; the browser and the CLI only lay it out.

use crate::error::Message;
use crate::lang::Lang;
use crate::model::{StageKind, Unit};
use serde::Serialize;

/// A successful calculation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The contract version the report is written in: 1.
    pub version: u32,
    /// Always `true`: a calculation that failed is an `ErrorReport`.
    pub ok: bool,
    /// The language of every sentence, label and step in the report.
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
    /// One entry per stage, in the scenario's order: its total and the ids of its figures.
    pub stages: Vec<StageReport>,
    /// Every figure, once: the table, the CSV and the screen reader's view.
    pub figures: Vec<Figure>,
    /// The steps for each figure, as written on a board; `None` when the working was not asked
    /// for (`Options::working`), and then left out of the JSON rather than shown as an empty list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working: Option<Vec<WorkingBlock>>,
    /// Input that is legitimate but worth a look (`later_stage_larger`, `small_base`), each with
    /// its field; empty when there is none.
    pub warnings: Vec<Message>,
    /// Where the figures come from, to show under them; `None` (left out of the JSON) when the
    /// scenario names no source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceOut>,
    /// Column headings and captions for the table, in the report's language.
    pub labels: TableLabels,
    /// The table of figures, every cell decided: the static HTML, the CSV and the widget only
    /// lay it out, so the three cannot disagree. `None` when it was not asked for
    /// (`Options::table`), and then left out of the JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<Table>,
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
    /// The contract version the report is written in: 1.
    pub version: u32,
    /// Always `false`: a calculation that succeeded is a `Report`.
    pub ok: bool,
    /// The language of the messages.
    pub lang: Lang,
    /// The scenario as a whole could not be read (not JSON, too large, another contract
    /// version), as opposed to a wrong figure in it: a caller with other figures to fall back
    /// on (the widget's preset) uses them instead.
    pub unreadable: bool,
    /// Every problem found, not just the first: each with the path of its field, a stable code
    /// and a message in `lang`.
    pub errors: Vec<Message>,
    /// Input that is legitimate but worth a look, as in `Report::warnings`.
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

/// What a sentence says; in JSON, its `kind` in snake case ("headline", "breakdown").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceKind {
    /// The one sentence to lead with: the first stage's lead.
    Headline,
    /// A later stage's own lead: "More than one in three people deported…".
    Lead,
    /// How a stage's total splits into its parts: the categories, and any part not accounted
    /// for.
    Breakdown,
    /// A group the reporter names, as a share of the stage (and of its parent category).
    Subgroup,
    /// The largest places, at most three, with their shares of the stage.
    Place,
    /// Two complementary groups set against each other (criminal history and no record, or
    /// convicted and not convicted). Only for people, and only when every part is accounted for.
    Ratio,
    /// A later stage against the one before it: per 100, or how the leading category's share
    /// changed, in percentage points.
    Stages,
    /// A stage's total per day over the period; only when both dates are given.
    Rate,
    /// The first stage set against `reference.population`.
    Population,
    /// The first stage set against the goal in `reference.target`.
    Target,
    /// The first stage set against its count in another period, `reference.comparison`.
    Comparison,
    /// What the numbers do not say; always in `caveats`, with a `code`.
    Caveat,
}

/// A sentence and the ids of the figures it states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// What the sentence says.
    pub kind: SentenceKind,
    /// For caveats, a stable code ("derived", "charges_not_people", …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// The sentence as written, in the report's language.
    pub text: String,
    /// Ids of the figures the sentence states, each one in `Report::figures`; empty when it
    /// states none.
    pub figures: Vec<String>,
}

/// One stage as reported: what it counts, its total, and the ids of its figures by role.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageReport {
    /// The stage's key, the start of its figure ids: the scenario's `id`, else its kind, made
    /// unique ("arrests").
    pub id: String,
    /// The step counted, as in the scenario.
    pub kind: StageKind,
    /// Whether the stage counts people or charges, as in the scenario.
    pub unit: Unit,
    /// "Arrests", "Deportaciones".
    pub label: String,
    /// The stage's total, as a whole number; `None` (JSON `null`) when it was not reported.
    pub total: Option<u64>,
    /// Figure ids of the parts of the whole shown together (bars, icon arrays): they add up to
    /// the total, with "not accounted for" when the given parts fall short.
    pub parts: Vec<String>,
    /// Figure ids of the groups the reporter names, in the order given; empty when there are
    /// none.
    pub subgroups: Vec<String>,
    /// Figure ids of the named places, in the order given, then the part no place accounts for
    /// when the places fall short of the total; empty when there are none.
    pub places: Vec<String>,
    /// How many icons the stage's picture has: 100, or 10 when the stage counts fewer than
    /// 100, so that one icon never stands for less than one person.
    pub icons: u64,
}

/// What a figure is; in JSON, its `kind` in snake case ("per_day").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// A stage's total: "arrests.total".
    Total,
    /// A criminality category of a stage, given or derived: "arrests.no_record".
    Category,
    /// The part of a stage's total its categories leave not accounted for:
    /// "arrests.unaccounted".
    Unaccounted,
    /// A group the reporter names: "arrests.subgroup.0".
    Subgroup,
    /// A named place's part of a stage: "arrests.place.0".
    Place,
    /// The part of a stage's total its places leave not accounted for:
    /// "arrests.place.unaccounted".
    PlaceUnaccounted,
    /// A stage per 100 of the stage before it: "deportations.per_100_arrests". Its count is
    /// the later stage's total; its value, the ratio to one decimal.
    StageRatio,
    /// A stage's total per day over the period: "arrests.per_day". Its count is the stage's
    /// total; its value, the rate to one decimal.
    PerDay,
    /// The reference population: its count is the population, its value the first stage's
    /// share of it.
    Population,
    /// A goal for the first stage (per day, or for the period): its count is the goal, its
    /// value the percentage of it reached.
    Target,
    /// The first stage's count in another period: its count is that count, its value the
    /// change to this period, in percent.
    Comparison,
}

/// One figure: a count and its shares, or a derived quantity such as a rate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// "arrests.no_record", "arrests.subgroup.0", "deportations.per_100_arrests".
    pub id: String,
    /// What the figure is.
    pub kind: FigureKind,
    /// Index of the stage the figure belongs to.
    pub stage: usize,
    /// Category key for category figures ("no_record").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<&'static str>,
    /// What the figure counts, in the report's language: a category's name, a group's label as
    /// typed, a place's name.
    pub label: String,
    /// The number of people (or charges); for a rate or a ratio, the count it is worked out
    /// from; for a population, goal or comparison, that reference's own count.
    pub count: u64,
    /// What kind of value `count` is: `exact`, or for a count typed or worked out with a
    /// qualifier, `lower_bound` ("more than"), `upper_bound` ("fewer than") or `approximate`
    /// ("about", "nearly").
    pub count_kind: crate::approx::CountKind,
    /// The count as written, with its qualifier when it is not exact: "1,719", "more than
    /// 100,000"; empty for a count worked out from a share and a whole whose bounds pull
    /// opposite ways (it cannot be stated).
    pub count_text: String,
    /// Worked out from other counts rather than given.
    pub derived: bool,
    /// The share of the stage's total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of_total: Option<ShareOut>,
    /// The share of the group it is part of, when that is not the whole stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of_parent: Option<ShareOut>,
    /// For a group within a category, the id of that category's figure ("arrests.no_record");
    /// absent when the group is part of the whole stage.
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
            count_kind: crate::approx::CountKind::Exact,
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
    /// The numerator: the figure's count.
    pub num: u64,
    /// The denominator: the count it is a share of (the stage's total, or the parent's count).
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

/// The steps that lead to one figure or sentence, as written on a board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkingBlock {
    /// Figure id the steps lead to.
    pub figure: String,
    /// What is worked out, in the report's language: "No criminal history — Arrests".
    pub title: String,
    /// The steps, one line each, in order, in the report's language.
    pub steps: Vec<String>,
}

/// Where the figures come from, as the scenario names it, to show under them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceOut {
    /// The source as the reporter wrote it, in the report's language (else the other one);
    /// absent when only a link was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Only http(s) addresses are passed on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// "Source:", "Fuente:".
    pub label: String,
}

/// Column headings and captions for the table, in the report's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableLabels {
    /// The figure column's heading: "Figure".
    pub figure: String,
    /// The number column's heading: "Number".
    pub count: String,
    /// The share-of-the-stage column's heading: "Share of total".
    pub of_total: String,
    /// The share-of-the-group column's heading: "Share of group".
    pub of_parent: String,
    /// The column of shares in words: "In words".
    pub natural: String,
    /// The derived column's heading: "derived".
    pub derived: String,
    /// The heading over the working: "The working".
    pub working: String,
    /// The heading over the caveats: "What the numbers do not say".
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
    /// One section per stage, in the stages' order.
    pub sections: Vec<TableSection>,
}

/// One stage's rows, under its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableSection {
    /// Index of the stage.
    pub stage: usize,
    /// The stage's label: "Arrests".
    pub heading: String,
    /// The stage's figures in the order of `Report::figures`; the first stage's section ends
    /// with the population, goal and comparison.
    pub rows: Vec<TableRow>,
}

/// One figure's row: its cells as shown, in the order of `Table::columns`, and the plain values
/// a spreadsheet needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableRow {
    /// The figure's id.
    pub figure: String,
    /// The figure's kind.
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
