//! The editor: which inputs the widget offers for a scenario, in reading order, each with the
//! JSON path the core's messages name it by and its label in the reader's language; the
//! vocabulary (categories, stage kinds, units); and the widget's words once the core is loaded
//! (docs/contract.md, "The editor"). The browser keeps only the mechanics of reading and writing
//! paths, and the few words it needs before the core arrives.
//!
//! The scenario is read as the calculation reads it, before any figure in it is checked: a
//! count typed wrong still gets its input, so the reader can put it right beside the message.
//! (Reading it as free-form JSON instead would cost the browser's download a second JSON
//! reader; a scenario serde cannot read at all is refused as a whole, `unreadable`.)

use crate::error::{MAX_PLACES, MAX_SCENARIO_BYTES, MAX_STAGES, MAX_SUBGROUPS};
use crate::lang::{Lang, Text};
use crate::model::{Category, Scenario, StageKind, Unit, CONTRACT_VERSION};
use crate::phrase::{self, Subject};
use std::fmt::Write as _;

/// Everything the widget's editor shows, for one scenario in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    /// The contract version: 1.
    pub version: u32,
    /// The language of every heading and label: the one asked for, else the scenario's own,
    /// else English.
    pub lang: Lang,
    /// Fieldsets in reading order; a group `within` another is shown inside it.
    pub groups: Vec<Group>,
    /// Every input, in reading order, each in one of `groups`.
    pub fields: Vec<Field>,
    /// The lists a reader can add to, take from and reorder: the stages, and each stage's
    /// groups and places.
    pub lists: Vec<List>,
    /// The names of categories, stage kinds and units, as the result's table uses them.
    pub vocabulary: Vocabulary,
    /// Buttons, captions and status lines.
    pub chrome: &'static Chrome,
}

/// A set of inputs under one heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// "stage-0", "stage-0-subgroups", "stage-0-places", "more", "context"…
    pub id: String,
    /// What the group holds.
    pub kind: GroupKind,
    /// Index of the stage the group belongs to; `None` for "more" and the groups within it.
    pub stage: Option<usize>,
    /// The id of the group this one sits in; `None` for a group at the top level.
    pub within: Option<String>,
    /// For an item of a list (a stage, a group, a place): the list's path and the item's index.
    pub item: Option<(String, usize)>,
    /// The heading, in the editor's language; a stage's group is headed as its report heads
    /// the stage ("Arrests").
    pub heading: String,
}

/// A list of items in the scenario the editor can add to, remove from and reorder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// The list's path in the scenario: `stages`, `stages[0].places`.
    pub path: String,
    /// The id of the group its items sit in; `None` for the stages, at the top level.
    pub within: Option<String>,
    /// What an item is: "stage", "subgroup" or "place" (`GroupKind::name`).
    pub item: GroupKind,
    /// How many items it has.
    pub len: usize,
    /// How many it may have (docs/contract.md: 6 stages, 30 groups, 60 places).
    pub max: usize,
    /// The button that adds an item, in the editor's language.
    pub add: &'static str,
    /// The label of the box rows from a spreadsheet are pasted into.
    pub paste: &'static str,
}

/// What a group holds; in JSON, its `kind` (`GroupKind::name`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKind {
    /// One stage: its kind, total and breakdown.
    Stage,
    /// A stage's named groups.
    Subgroups,
    /// A stage's places.
    Places,
    /// Place, dates and comparisons: folded away until wanted.
    More,
    /// Where, who and when: the place, the agency and the period.
    Context,
    /// The reference population: its count and label.
    Population,
    /// The goal: per day, for the period, an observed pace, and whose goal.
    Target,
    /// The first stage's count in another period, and that period's label.
    Comparison,
    /// One of a stage's named groups: its label, count and parent.
    Subgroup,
    /// One of a stage's places: its name and count.
    Place,
    /// Where the figures come from: the source's text and link.
    Source,
}

/// One input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Where the value lives in the scenario, as the core's messages name it.
    pub path: String,
    /// What the input holds.
    pub kind: FieldKind,
    /// The id of its group.
    pub group: String,
    /// Index of the stage the input belongs to; `None` outside the stages.
    pub stage: Option<usize>,
    /// For a breakdown's input, the category it holds; `None` for every other input.
    pub category: Option<Category>,
    /// The input's label, in the editor's language; for a group or a place, the reporter's own
    /// label or name.
    pub label: String,
    /// Left blank, the key is left out of the scenario (and objects emptied on the way).
    pub optional: bool,
    /// For a text given in both languages (and a custom verb, always): the languages it is
    /// edited in, side by side; empty for one input in the reader's language.
    pub langs: Vec<Lang>,
    /// Whether only the newsroom's editor (`mode="editor"`, the builder) offers it: a stage's
    /// verb and unit, names and labels, parents, the focus, the source. A reader adjusting the
    /// numbers gets the counts and the context.
    pub builder: bool,
}

/// What an input holds, and so how it is shown and written back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A menu of `vocabulary.stage_kinds`.
    StageKind,
    /// A stage's total.
    Total,
    /// A count in a stage's breakdown; `Field::category` says which.
    Category,
    /// The count of a group the reporter names.
    Subgroup,
    /// The count of a named place.
    Place,
    /// A count outside the stages: a population, a goal, another period.
    Count,
    /// A day, "YYYY-MM-DD".
    Date,
    /// Reporter text, one string or one per language: only the reader's language is replaced.
    Text,
    /// A name that cannot be left blank: a group's label, a place's name (text, as `Text`).
    Name,
    /// A menu of `vocabulary.units`.
    Unit,
    /// A menu of `vocabulary.categories`, with "the whole stage" first (no parent).
    Parent,
    /// A menu of `vocabulary.categories`, with the contract's default first (no focus).
    Focus,
    /// A web address.
    Url,
}

/// The names of what the scenario's keys stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    /// The criminality categories, in the breakdown's reading order (criminal history first).
    pub categories: Vec<Term<Category>>,
    /// Every stage kind, in the menu's order, named as a stage of people is ("Arrests").
    pub stage_kinds: Vec<Term<StageKind>>,
    /// The units: people, then charges.
    pub units: Vec<Term<Unit>>,
}

/// A key of the contract and its name in the editor's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term<K> {
    /// The value, written in JSON as the scenario spells it ("no_record", "arrests").
    pub key: K,
    /// Its name: "No criminal history".
    pub label: String,
}

/// A struct of words, and its words with their keys in order, for the JSON.
macro_rules! words {
    ($(#[$meta:meta])* pub struct $name:ident { $($field:ident,)* }) => {
        $(#[$meta])*
        #[derive(Debug, PartialEq, Eq)]
        pub struct $name {
            $(
                /// One word or phrase, in the set's language; in the JSON, keyed by its name.
                pub $field: &'static str,
            )*
        }

        impl $name {
            /// Every word with its key, in order.
            pub fn entries(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
                // The keys as static data beside the words: a list of pairs would be built on
                // the stack a store at a time, in the browser's download too.
                const KEYS: &[&str] = &[$(stringify!($field)),*];
                KEYS.iter().copied().zip([$(self.$field),*])
            }
        }
    };
}

/// The widget's own words once the core is loaded, one set per language (`phrase::Words`).
/// The words needed before it loads (loading, could not load, the language buttons) stay in
/// the page's script.
#[derive(Debug, PartialEq, Eq)]
pub struct Chrome {
    /// Buttons, captions and status lines: `Editor::chrome`.
    pub widget: WidgetWords,
    /// Headings and labels of the editor's inputs: in `Editor::groups` and `fields`.
    pub editor: EditorWords,
    /// The builder's words: adding, moving and pasting items, undo, and the builder page.
    pub builder: BuilderWords,
}

words! {
    /// Buttons, captions and status lines.
    pub struct WidgetWords {
        adjust,
        numbers,
        reset,
        figures_panel,
        working_panel,
        stages,
        everyone_else,
        preset_failed,
        no_scenario,
        last_good,
        hash_unreadable,
        share,
        copy_sentence,
        copy_link,
        copy_embed,
        download_csv,
        download_image,
        download_slides,
        download_svg,
        copied,
        copy_manually,
        downloaded,
        copy_box,
        guess_first,
        // --- exercises (issue 12): the button that opens the practice panel (www/lib/practice.js) ---
        practice,
    }
}

words! {
    /// The editor's headings, the labels of its fixed inputs, and the units' names.
    pub struct EditorWords {
        stage_kind,
        total,
        subgroups,
        places,
        more,
        context,
        population,
        target,
        comparison,
        place,
        agency,
        period_label,
        period_start,
        period_end,
        population_count,
        population_label,
        target_per_day,
        target_total,
        target_observed_per_day,
        target_label,
        comparison_count,
        comparison_label,
        people,
        charges,
    }
}

words! {
    /// The builder's words (issue 13): the editor's list buttons, the paste boxes, undo, the
    /// labels of the inputs only the builder needs, and the builder page's own.
    pub struct BuilderWords {
        add_stage,
        add_subgroup,
        add_place,
        paste_stage,
        paste_subgroups,
        paste_places,
        paste_hint,
        pasted,
        remove,
        move_up,
        move_down,
        undo,
        verb,
        unit,
        subgroup_label,
        subgroup_parent,
        whole_stage,
        place_name,
        focus,
        focus_default,
        source,
        source_text,
        source_url,
        item_subgroup,
        item_place,
        builder_title,
        preview,
        phone,
        desktop,
        layout,
        card,
        full,
        embed_code,
        element_code,
        open_preview,
        export_json,
        import_json,
        import_failed,
    }
}

/// A group under "more": its kind, id and heading, and its inputs (path, kind, label).
type MoreGroup<'a> = (GroupKind, &'a str, &'a str, &'a [(&'a str, FieldKind, &'a str)]);

/// JSON written by hand, a key or an item at a time.
pub(crate) struct Json(pub(crate) String);

impl Json {
    /// A comma, unless this is the first thing in an object or a list.
    pub(crate) fn sep(&mut self) {
        if !matches!(self.0.as_bytes().last(), None | Some(b'{' | b'[' | b':')) {
            self.0.push(',');
        }
    }

    pub(crate) fn key(&mut self, key: &str) {
        self.sep();
        let _ = write!(self.0, "\"{key}\":");
    }

    pub(crate) fn open(&mut self, key: Option<&str>, bracket: char) {
        match key {
            Some(k) => self.key(k),
            None => self.sep(),
        }
        self.0.push(bracket);
    }

    pub(crate) fn close(&mut self, bracket: char) {
        self.0.push(bracket);
    }

    /// A value already in JSON: a number, a boolean, a quoted string.
    pub(crate) fn raw(&mut self, key: &str, json: &str) {
        self.key(key);
        self.0.push_str(json);
    }

    pub(crate) fn str(&mut self, key: &str, value: &str) {
        // The escaping the reports use; a string always serializes.
        self.raw(key, &serde_json::to_string(value).unwrap_or_default());
    }

    /// A list of `{key, label}`; each key already in JSON.
    fn terms<'a>(&mut self, name: &str, terms: impl Iterator<Item = (String, &'a String)>) {
        self.open(Some(name), '[');
        for (key, label) in terms {
            self.open(None, '{');
            if key.starts_with('"') {
                self.raw("key", &key);
            } else {
                self.str("key", &key);
            }
            self.str("label", label);
            self.close('}');
        }
        self.close(']');
    }
}

/// A contract value's name as the scenario spells it, quoted ("\"arrests\"").
fn name_of<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

impl GroupKind {
    /// The kind as the JSON spells it: "stage", "subgroups", "more".
    pub fn name(self) -> &'static str {
        match self {
            GroupKind::Stage => "stage",
            GroupKind::Subgroups => "subgroups",
            GroupKind::Places => "places",
            GroupKind::More => "more",
            GroupKind::Context => "context",
            GroupKind::Population => "population",
            GroupKind::Target => "target",
            GroupKind::Comparison => "comparison",
            GroupKind::Subgroup => "subgroup",
            GroupKind::Place => "place",
            GroupKind::Source => "source",
        }
    }
}

impl FieldKind {
    /// The kind as the JSON spells it: "stage_kind", "category", "date".
    pub fn name(self) -> &'static str {
        match self {
            FieldKind::StageKind => "stage_kind",
            FieldKind::Total => "total",
            FieldKind::Category => "category",
            FieldKind::Subgroup => "subgroup",
            FieldKind::Place => "place",
            FieldKind::Count => "count",
            FieldKind::Date => "date",
            FieldKind::Text => "text",
            FieldKind::Name => "name",
            FieldKind::Unit => "unit",
            FieldKind::Parent => "parent",
            FieldKind::Focus => "focus",
            FieldKind::Url => "url",
        }
    }
}

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
/// own. Text that is not a scenario (not JSON, too large, not what the contract reads: an
/// unknown kind, say) has no stages: the editor then offers the fields every scenario has,
/// with the vocabulary and the chrome.
pub fn editor_json(input: &str, lang: Option<Lang>) -> Editor {
    let scenario = if input.len() > MAX_SCENARIO_BYTES { None } else { serde_json::from_str::<Scenario>(input).ok() };
    editor(scenario.as_ref(), lang)
}

/// The editor for a scenario (`None`: the fields every scenario has).
pub fn editor(scenario: Option<&Scenario>, lang: Option<Lang>) -> Editor {
    let lang = lang.or(scenario.map(|s| s.lang)).unwrap_or_default();
    let words = chrome(lang);
    let w = &words.editor;
    let mut out = Editor {
        version: CONTRACT_VERSION,
        lang,
        groups: Vec::new(),
        fields: Vec::new(),
        lists: Vec::new(),
        vocabulary: vocabulary(lang),
        chrome: words,
    };
    let b = &words.builder;
    let stages = scenario.map(|s| s.stages.as_slice()).unwrap_or_default();
    out.list("stages", None, GroupKind::Stage, stages.len(), MAX_STAGES, b.add_stage, b.paste_stage);
    for (s, stage) in stages.iter().enumerate() {
        let id = format!("stage-{s}");
        let heading = phrase::stage_label(&bare_subject(stage.kind, stage.unit, stage.verb.as_ref()), lang);
        out.group(&id, GroupKind::Stage, Some(s), None, heading);
        if let Some(g) = out.groups.last_mut() {
            g.item = Some(("stages".to_string(), s));
        }
        let at = |rest: &str| format!("stages[{s}].{rest}");
        out.field(at("kind"), FieldKind::StageKind, &id, Some(s), w.stage_kind, false);
        // A custom stage's verb agrees with its noun in Spanish: always both languages.
        out.field(at("verb"), FieldKind::Text, &id, Some(s), b.verb, true);
        out.langs(Lang::ALL.to_vec());
        out.for_builder();
        out.field(at("unit"), FieldKind::Unit, &id, Some(s), b.unit, true);
        // A stage that gives only parts has no total (issue 10): left blank, it stays out.
        out.field(at("total"), FieldKind::Total, &id, Some(s), w.total, stage.total.is_none());
        for c in CATEGORY_ORDER {
            out.field(at(&format!("breakdown.{}", c.key())), FieldKind::Category, &id, Some(s), phrase::category_label(Some(c), lang), true);
            if let Some(last) = out.fields.last_mut() {
                last.category = Some(c);
            }
        }
        let subgroups: Vec<&Text> = stage.subgroups.iter().map(|g| &g.label).collect();
        let places: Vec<&Text> = stage.places.iter().map(|p| &p.name).collect();
        for (list, names, kind, group_kind, heading) in [
            ("subgroups", subgroups, FieldKind::Subgroup, GroupKind::Subgroups, w.subgroups),
            ("places", places, FieldKind::Place, GroupKind::Places, w.places),
        ] {
            let group = format!("{id}-{list}");
            out.group(&group, group_kind, Some(s), Some(&id), heading.to_string());
            let (item_kind, max, add, paste, name_key, name_label, item_word) = if kind == FieldKind::Subgroup {
                (GroupKind::Subgroup, MAX_SUBGROUPS, b.add_subgroup, b.paste_subgroups, "label", b.subgroup_label, b.item_subgroup)
            } else {
                (GroupKind::Place, MAX_PLACES, b.add_place, b.paste_places, "name", b.place_name, b.item_place)
            };
            let list_path = at(list);
            out.list(&list_path, Some(&group), item_kind, names.len(), max, add, paste);
            for (i, name) in names.into_iter().enumerate() {
                // As the report labels its figure: the reporter's text, in the reader's language.
                let label = name.get(lang).unwrap_or("");
                let item = format!("{group}-{i}");
                let item_heading = if label.trim().is_empty() { format!("{item_word} {}", i + 1) } else { label.to_string() };
                out.group(&item, item_kind, Some(s), Some(&group), item_heading);
                if let Some(g) = out.groups.last_mut() {
                    g.item = Some((list_path.clone(), i));
                }
                out.field(at(&format!("{list}[{i}].{name_key}")), FieldKind::Name, &item, Some(s), name_label, false);
                out.langs(both(Some(name)));
                out.field(at(&format!("{list}[{i}].count")), kind, &item, Some(s), label, false);
                if kind == FieldKind::Subgroup {
                    out.field(at(&format!("{list}[{i}].parent")), FieldKind::Parent, &item, Some(s), b.subgroup_parent, true);
                }
            }
        }
    }
    out.group("more", GroupKind::More, None, None, w.more.to_string());
    let more: [MoreGroup; 5] = [
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
                ("focus", FieldKind::Focus, b.focus),
            ],
        ),
        (
            GroupKind::Source,
            "source",
            b.source,
            &[("context.source.text", FieldKind::Text, b.source_text), ("context.source.url", FieldKind::Url, b.source_url)],
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
            if field_kind == FieldKind::Text {
                out.langs(both(scenario.and_then(|s| text_at(s, path))));
            }
            if kind == GroupKind::Source {
                out.for_builder();
            }
        }
    }
    out
}

impl Editor {
    /// The editor as JSON (docs/contract.md, "The editor"), written by hand: the answer costs
    /// the browser's download no serializer of its own.
    pub fn to_json(&self) -> String {
        let mut j = Json(String::with_capacity(8192));
        j.open(None, '{');
        j.raw("version", &self.version.to_string());
        j.str("lang", self.lang.code());
        j.open(Some("groups"), '[');
        for g in &self.groups {
            j.open(None, '{');
            j.str("id", &g.id);
            j.str("kind", g.kind.name());
            if let Some(s) = g.stage {
                j.raw("stage", &s.to_string());
            }
            if let Some(w) = &g.within {
                j.str("within", w);
            }
            if let Some((list, index)) = &g.item {
                j.str("list", list);
                j.raw("index", &index.to_string());
            }
            j.str("heading", &g.heading);
            j.close('}');
        }
        j.close(']');
        j.open(Some("fields"), '[');
        for f in &self.fields {
            j.open(None, '{');
            j.str("path", &f.path);
            j.str("kind", f.kind.name());
            j.str("group", &f.group);
            if let Some(s) = f.stage {
                j.raw("stage", &s.to_string());
            }
            if let Some(c) = f.category {
                j.str("category", c.key());
            }
            j.str("label", &f.label);
            j.raw("optional", if f.optional { "true" } else { "false" });
            if f.builder {
                j.raw("builder", "true");
            }
            if !f.langs.is_empty() {
                j.open(Some("langs"), '[');
                for l in &f.langs {
                    j.sep();
                    j.0.push_str(&name_of(l));
                }
                j.close(']');
            }
            j.close('}');
        }
        j.close(']');
        j.open(Some("lists"), '[');
        for l in &self.lists {
            j.open(None, '{');
            j.str("path", &l.path);
            if let Some(w) = &l.within {
                j.str("within", w);
            }
            j.str("item", l.item.name());
            j.raw("len", &l.len.to_string());
            j.raw("max", &l.max.to_string());
            j.str("add", l.add);
            j.str("paste", l.paste);
            j.close('}');
        }
        j.close(']');
        j.open(Some("vocabulary"), '{');
        let v = &self.vocabulary;
        j.terms("categories", v.categories.iter().map(|t| (t.key.key().to_string(), &t.label)));
        j.terms("stage_kinds", v.stage_kinds.iter().map(|t| (name_of(&t.key), &t.label)));
        j.terms("units", v.units.iter().map(|t| (name_of(&t.key), &t.label)));
        j.close('}');
        j.open(Some("chrome"), '{');
        for (key, word) in self.chrome.widget.entries().chain(self.chrome.builder.entries()) {
            j.str(key, word);
        }
        j.close('}');
        j.close('}');
        j.0
    }

    fn group(&mut self, id: &str, kind: GroupKind, stage: Option<usize>, within: Option<&str>, heading: String) {
        self.groups.push(Group { id: id.to_string(), kind, stage, within: within.map(str::to_string), item: None, heading });
    }

    fn field(&mut self, path: String, kind: FieldKind, group: &str, stage: Option<usize>, label: &str, optional: bool) {
        self.fields.push(Field {
            path,
            kind,
            group: group.to_string(),
            stage,
            category: None,
            label: label.to_string(),
            optional,
            langs: Vec::new(),
            builder: matches!(kind, FieldKind::Name | FieldKind::Unit | FieldKind::Parent | FieldKind::Focus | FieldKind::Url),
        });
    }

    /// The last field is the newsroom's only (a text: the verb, the source).
    fn for_builder(&mut self) {
        if let Some(last) = self.fields.last_mut() {
            last.builder = true;
        }
    }

    /// The languages the last field is edited in.
    fn langs(&mut self, langs: Vec<Lang>) {
        if let Some(last) = self.fields.last_mut() {
            last.langs = langs;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn list(&mut self, path: &str, within: Option<&str>, item: GroupKind, len: usize, max: usize, add: &'static str, paste: &'static str) {
        self.lists.push(List { path: path.to_string(), within: within.map(str::to_string), item, len, max, add, paste });
    }
}

/// Both languages for a text given per language, none (the reader's alone) for one string.
fn both(text: Option<&Text>) -> Vec<Lang> {
    match text {
        Some(Text::PerLang { .. }) => Lang::ALL.to_vec(),
        _ => Vec::new(),
    }
}

/// The text of the context at one of the paths the editor lists.
fn text_at<'a>(s: &'a Scenario, path: &str) -> Option<&'a Text> {
    let c = &s.context;
    let r = &s.reference;
    match path {
        "context.place" => c.place.as_ref(),
        "context.agency" => c.agency.as_ref(),
        "context.period.label" => c.period.as_ref()?.label.as_ref(),
        "context.source.text" => c.source.as_ref()?.text.as_ref(),
        "reference.population.label" => r.population.as_ref()?.label.as_ref(),
        "reference.target.label" => r.target.as_ref()?.label.as_ref(),
        "reference.comparison.label" => r.comparison.as_ref()?.label.as_ref(),
        _ => None,
    }
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
    fn a_wrong_count_still_offers_its_inputs() {
        let e = editor_json(r#"{"stages":[{"kind":"detainers","total":"twelve-ish"}]}"#, None);
        assert_eq!(e.groups[0].heading, "Detainers");
        assert_eq!(e.fields[0].path, "stages[0].kind");
        assert_eq!(e.fields[3].path, "stages[0].total");
    }

    #[test]
    fn text_that_is_not_a_scenario_has_only_the_fields_every_scenario_has() {
        for text in ["", "nope", "[1,2]", "null", "{\"stages\": 3}", "{\"stages\": [{\"kind\": \"raids\", \"total\": 3}]}"] {
            let e = editor_json(text, Some(Lang::Es));
            assert_eq!(e.lang, Lang::Es);
            assert!(e.fields.iter().all(|f| f.stage.is_none()), "{text}");
            assert_eq!(e.fields.len(), 16, "{text}");
        }
    }
}
