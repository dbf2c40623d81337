//! The editor: which inputs the widget offers for a scenario, in reading order, each with the
//! JSON path the core's messages name it by and its label in the reader's language; the
//! vocabulary (categories, stage kinds, units); and the widget's words once the core is loaded
//! (docs/contract.md, "The editor"). The browser keeps only the mechanics of reading and writing
//! paths, and the few words it needs before the core arrives.
//!
//! The scenario is read as plain JSON, not as a `Scenario`: the editor must offer the inputs of
//! a scenario the calculation refuses (a count typed wrong, a kind it does not know), so that
//! the reader can put it right beside the message.

use crate::error::MAX_SCENARIO_BYTES;
use crate::lang::{Lang, Text};
use crate::model::{Category, StageKind, Unit, CONTRACT_VERSION};
use crate::phrase::{self, Subject};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Everything the widget's editor shows, for one scenario in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Editor {
    pub version: u32,
    pub lang: Lang,
    /// Fieldsets in reading order; a group `within` another is shown inside it.
    pub groups: Vec<Group>,
    /// Every input, in reading order, each in one of `groups`.
    pub fields: Vec<Field>,
    pub vocabulary: Vocabulary,
    /// Buttons, captions and status lines.
    pub chrome: &'static Chrome,
}

/// A set of inputs under one heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// "stage-0", "stage-0-groups", "stage-0-places", "more", "context"…
    pub id: String,
    pub kind: GroupKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<usize>,
    /// The id of the group this one sits in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
    pub heading: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// One stage: its kind, total and breakdown.
    Stage,
    /// A stage's named groups.
    Subgroups,
    /// A stage's places.
    Places,
    /// Place, dates and comparisons: folded away until wanted.
    More,
    Context,
    Population,
    Target,
    Comparison,
}

/// One input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    /// Where the value lives in the scenario, as the core's messages name it.
    pub path: String,
    pub kind: FieldKind,
    /// The id of its group.
    pub group: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    pub label: String,
    /// Left blank, the key is left out of the scenario (and objects emptied on the way).
    pub optional: bool,
}

/// What an input holds, and so how it is shown and written back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// A menu of `vocabulary.stage_kinds`.
    StageKind,
    Total,
    Category,
    Subgroup,
    Place,
    /// A count outside the stages: a population, a goal, another period.
    Count,
    /// A day, "YYYY-MM-DD".
    Date,
    /// Reporter text, one string or one per language: only the reader's language is replaced.
    Text,
}

/// The names of what the scenario's keys stand for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Vocabulary {
    pub categories: Vec<Term<Category>>,
    pub stage_kinds: Vec<Term<StageKind>>,
    pub units: Vec<Term<Unit>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term<K> {
    pub key: K,
    pub label: String,
}

/// The widget's own words once the core is loaded, one set per language (`phrase::Words`).
/// The words needed before it loads (loading, could not load, the language buttons) stay in
/// the page's script.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Chrome {
    pub adjust: &'static str,
    pub numbers: &'static str,
    pub reset: &'static str,
    pub all_figures: &'static str,
    pub figures_panel: &'static str,
    pub working_panel: &'static str,
    pub stages: &'static str,
    pub yes: &'static str,
    pub everyone_else: &'static str,
    pub preset_failed: &'static str,
    pub no_scenario: &'static str,
    pub last_good: &'static str,
    pub hash_unreadable: &'static str,
    pub share: &'static str,
    pub copy_sentence: &'static str,
    pub copy_link: &'static str,
    pub copy_embed: &'static str,
    pub download_csv: &'static str,
    pub download_image: &'static str,
    pub download_slides: &'static str,
    pub download_svg: &'static str,
    pub copied: &'static str,
    pub copy_manually: &'static str,
    pub downloaded: &'static str,
    pub copy_box: &'static str,
    /// Headings and labels of the editor's inputs: in `Editor::groups` and `fields`.
    #[serde(skip)]
    pub editor: EditorWords,
}

/// The editor's headings and the labels of its fixed inputs.
#[derive(Debug, PartialEq, Eq)]
pub struct EditorWords {
    pub stage_kind: &'static str,
    pub total: &'static str,
    pub subgroups: &'static str,
    pub places: &'static str,
    pub more: &'static str,
    pub context: &'static str,
    pub population: &'static str,
    pub target: &'static str,
    pub comparison: &'static str,
    pub place: &'static str,
    pub agency: &'static str,
    pub period_label: &'static str,
    pub period_start: &'static str,
    pub period_end: &'static str,
    pub population_count: &'static str,
    pub population_label: &'static str,
    pub target_per_day: &'static str,
    pub target_total: &'static str,
    pub target_observed_per_day: &'static str,
    pub target_label: &'static str,
    pub comparison_count: &'static str,
    pub comparison_label: &'static str,
    /// Units, as `Vocabulary::units` names them.
    pub people: &'static str,
    pub charges: &'static str,
}

/// A group under "more": its kind, id and heading, and its inputs (path, kind, label).
type MoreGroup<'a> = (GroupKind, &'a str, &'a str, &'a [(&'a str, FieldKind, &'a str)]);

/// The breakdown's inputs in reading order: the union reporters most often have first, so a
/// reader can split "criminal history" into ICE's categories below it.
const CATEGORY_ORDER: [Category; 5] =
    [Category::CriminalHistory, Category::Convicted, Category::Pending, Category::NoRecord, Category::NotConvicted];

const STAGE_KINDS: [StageKind; 6] = [
    StageKind::Arrests,
    StageKind::Detentions,
    StageKind::Removals,
    StageKind::Deportations,
    StageKind::Detainers,
    StageKind::Custom,
];

/// The widget's words in `lang`.
pub fn chrome(lang: Lang) -> &'static Chrome {
    phrase::words(lang).chrome()
}

/// The editor for a scenario given as JSON text. `lang`, when given, overrides the scenario's
/// own. Text that is not a scenario (not JSON, not an object, too large) has no stages: the
/// editor then offers the fields every scenario has, with the vocabulary and the chrome.
pub fn editor_json(input: &str, lang: Option<Lang>) -> Editor {
    let value = if input.len() > MAX_SCENARIO_BYTES { Value::Null } else { serde_json::from_str(input).unwrap_or(Value::Null) };
    editor(&value, lang)
}

/// The editor for a scenario as a JSON value.
pub fn editor(scenario: &Value, lang: Option<Lang>) -> Editor {
    let lang = lang.or_else(|| scenario.get("lang").and_then(Value::as_str).and_then(Lang::from_code)).unwrap_or_default();
    let words = chrome(lang);
    let w = &words.editor;
    let mut out = Editor {
        version: CONTRACT_VERSION,
        lang,
        groups: Vec::new(),
        fields: Vec::new(),
        vocabulary: vocabulary(lang),
        chrome: words,
    };
    let stages = scenario.get("stages").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    for (s, stage) in stages.iter().enumerate() {
        if !stage.is_object() {
            continue;
        }
        let id = format!("stage-{s}");
        out.group(&id, GroupKind::Stage, Some(s), None, stage_heading(stage, lang));
        let at = |rest: &str| format!("stages[{s}].{rest}");
        out.field(at("kind"), FieldKind::StageKind, &id, Some(s), w.stage_kind, false);
        out.field(at("total"), FieldKind::Total, &id, Some(s), w.total, false);
        for c in CATEGORY_ORDER {
            out.field(at(&format!("breakdown.{}", c.key())), FieldKind::Category, &id, Some(s), phrase::category_label(Some(c), lang), true);
            if let Some(last) = out.fields.last_mut() {
                last.category = Some(c);
            }
        }
        for (list, label_key, kind, group_kind, heading) in [
            ("subgroups", "label", FieldKind::Subgroup, GroupKind::Subgroups, w.subgroups),
            ("places", "name", FieldKind::Place, GroupKind::Places, w.places),
        ] {
            let items = stage.get(list).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
            if items.is_empty() {
                continue;
            }
            let group = format!("{id}-{list}");
            out.group(&group, group_kind, Some(s), Some(&id), heading.to_string());
            for (i, item) in items.iter().enumerate() {
                let label = item.get(label_key).and_then(read::<Text>).and_then(|t| t.get(lang).map(str::to_string));
                out.field(at(&format!("{list}[{i}].count")), kind, &group, Some(s), &label.unwrap_or_default(), false);
            }
        }
    }
    out.group("more", GroupKind::More, None, None, w.more.to_string());
    let more: [MoreGroup; 4] = [
        (
            GroupKind::Context,
            "context",
            w.context,
            &[
                ("context.place", FieldKind::Text, w.place),
                ("context.agency", FieldKind::Text, w.agency),
                ("context.period.label", FieldKind::Text, w.period_label),
                ("context.period.start", FieldKind::Date, w.period_start),
                ("context.period.end", FieldKind::Date, w.period_end),
            ],
        ),
        (
            GroupKind::Population,
            "population",
            w.population,
            &[
                ("reference.population.count", FieldKind::Count, w.population_count),
                ("reference.population.label", FieldKind::Text, w.population_label),
            ],
        ),
        (
            GroupKind::Target,
            "target",
            w.target,
            &[
                ("reference.target.per_day", FieldKind::Count, w.target_per_day),
                ("reference.target.total", FieldKind::Count, w.target_total),
                ("reference.target.observed_per_day", FieldKind::Count, w.target_observed_per_day),
                ("reference.target.label", FieldKind::Text, w.target_label),
            ],
        ),
        (
            GroupKind::Comparison,
            "comparison",
            w.comparison,
            &[
                ("reference.comparison.count", FieldKind::Count, w.comparison_count),
                ("reference.comparison.label", FieldKind::Text, w.comparison_label),
            ],
        ),
    ];
    for (kind, id, heading, fields) in more {
        out.group(id, kind, None, Some("more"), heading.to_string());
        for &(path, field_kind, label) in fields {
            out.field(path.to_string(), field_kind, id, None, label, true);
        }
    }
    out
}

impl Editor {
    pub fn to_json(&self) -> String {
        // Plain structs of strings, numbers and booleans: serializing cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    fn group(&mut self, id: &str, kind: GroupKind, stage: Option<usize>, within: Option<&str>, heading: String) {
        self.groups.push(Group { id: id.to_string(), kind, stage, within: within.map(str::to_string), heading });
    }

    fn field(&mut self, path: String, kind: FieldKind, group: &str, stage: Option<usize>, label: &str, optional: bool) {
        self.fields.push(Field { path, kind, group: group.to_string(), stage, category: None, label: label.to_string(), optional });
    }
}

/// A value of the contract's own type, or `None` when it is not one.
fn read<T: for<'de> Deserialize<'de>>(value: &Value) -> Option<T> {
    T::deserialize(value).ok()
}

/// A stage's name, as its report heads it ("Arrests", "People released"); a kind the core does
/// not know, as typed.
fn stage_heading(stage: &Value, lang: Lang) -> String {
    let kind = match stage.get("kind") {
        None => Some(StageKind::default()),
        Some(v) => read::<StageKind>(v),
    };
    let Some(kind) = kind else {
        return stage.get("kind").and_then(Value::as_str).unwrap_or("").to_string();
    };
    let unit = stage.get("unit").and_then(read::<Unit>).unwrap_or_default();
    let verb = stage.get("verb").and_then(read::<Text>);
    phrase::stage_label(&bare_subject(kind, unit, verb.as_ref()), lang)
}

fn bare_subject(kind: StageKind, unit: Unit, verb: Option<&Text>) -> Subject<'_> {
    Subject { kind, unit, verb, agency: None, place: None, period_label: None, period: None }
}

fn vocabulary(lang: Lang) -> Vocabulary {
    let w = &chrome(lang).editor;
    Vocabulary {
        categories: CATEGORY_ORDER.map(|c| Term { key: c, label: phrase::category_label(Some(c), lang).to_string() }).into(),
        stage_kinds: STAGE_KINDS
            .map(|k| Term { key: k, label: phrase::stage_label(&bare_subject(k, Unit::People, None), lang) })
            .into(),
        units: vec![Term { key: Unit::People, label: w.people.to_string() }, Term { key: Unit::Charges, label: w.charges.to_string() }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_kind_is_headed_as_typed_and_still_offers_its_inputs() {
        let e = editor_json(r#"{"stages":[{"kind":"raids","total":"12"}]}"#, None);
        assert_eq!(e.groups[0].heading, "raids");
        assert_eq!(e.fields[0].path, "stages[0].kind");
        assert_eq!(e.fields[1].path, "stages[0].total");
    }

    #[test]
    fn text_that_is_not_a_scenario_has_only_the_fields_every_scenario_has() {
        for text in ["", "nope", "[1,2]", "null", "{\"stages\": 3}"] {
            let e = editor_json(text, Some(Lang::Es));
            assert_eq!(e.lang, Lang::Es);
            assert!(e.fields.iter().all(|f| f.stage.is_none()), "{text}");
            assert_eq!(e.fields.len(), 13, "{text}");
        }
    }
}
