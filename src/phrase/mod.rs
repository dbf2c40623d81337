//! What to say. This module decides which sentences a scenario supports and with which
//! figures, in language-neutral form (`Said`); `en` and `es` say them. Keeping the decision
//! here means the two languages can never disagree about what the numbers support.

mod en;
mod es;

use crate::frequency::{Frequency, Ratio};
use crate::lang::{Lang, Text};
use crate::model::{Category, StageKind, Unit};
use crate::resolve::{DatedPeriod, Term};
use crate::share::Shown;
use std::fmt::{self, Display, Write as _};

/// Who was counted, at which step, where and when: the noun phrase sentences are about.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    pub kind: StageKind,
    pub unit: Unit,
    pub verb: Option<&'a Text>,
    pub agency: Option<&'a Text>,
    pub place: Option<&'a Text>,
    pub period_label: Option<&'a Text>,
    pub period: Option<DatedPeriod>,
}

/// One part of a stage's whole, as a sentence states it.
#[derive(Debug, Clone, Copy)]
pub struct PartSaid {
    /// `None` for what the given parts leave unaccounted for.
    pub category: Option<Category>,
    pub count: u64,
    pub shown: Shown,
}

#[derive(Debug, Clone, Copy)]
pub enum Direction {
    Higher,
    Lower,
    Same,
}

/// A sentence to say, with everything it needs and nothing worded yet.
#[derive(Debug, Clone)]
pub enum Said<'a> {
    /// The lead: the focus category's share as a natural frequency.
    Lead { subject: Subject<'a>, category: Category, count: u64, total: u64, shown: Shown, frequency: Option<Frequency> },
    /// A stage with no breakdown: how many.
    Count { subject: Subject<'a>, total: u64 },
    /// Every part of the whole with its share.
    Breakdown { subject: Subject<'a>, total: u64, parts: Vec<PartSaid> },
    /// Two complementary groups as a ratio.
    Ratio { larger: Category, smaller: Category, a: u64, b: u64, ratio: Ratio },
    Subgroup {
        subject: Subject<'a>,
        label: &'a Text,
        count: u64,
        total: u64,
        of_total: Shown,
        one_in: Option<Frequency>,
        parent: Option<(Category, u64, Shown)>,
    },
    /// The largest places, and how many places there are.
    Places { top: Vec<(&'a Text, u64, Shown)>, places: usize, unit: Unit },
    /// A later stage per 100 of an earlier one.
    PerHundred { earlier: Subject<'a>, later: Subject<'a>, later_total: u64, per_100_tenths: u64 },
    /// The change in one category's share between stages, in percentage points.
    ShareChange { category: Category, earlier: Subject<'a>, later: Subject<'a>, from: Shown, to: Shown, points_tenths: u64, direction: Direction },
    PerDay { subject: Subject<'a>, total: u64, per_day_tenths: u64, days: u64 },
    Population { subject: Subject<'a>, total: u64, population: u64, label: &'a Text, shown: Shown, one_in: Option<Frequency> },
    TargetDaily { subject: Subject<'a>, pace_tenths: u64, observed: bool, target: u64, percent_tenths: u64, label: Option<&'a Text> },
    TargetTotal { subject: Subject<'a>, total: u64, target: u64, percent_tenths: u64, label: Option<&'a Text> },
    Comparison { subject: Subject<'a>, total: u64, other: u64, label: &'a Text, change_tenths: Option<u64>, direction: Direction },
    Caveat(Caveat<'a>),
}

/// What the numbers do not say.
#[derive(Debug, Clone)]
pub enum Caveat<'a> {
    /// A count worked out from others, with how.
    Derived { category: Category, count: u64, terms: Vec<Term>, unit: Unit },
    /// "Criminal history" includes pending charges; the conviction count is not known.
    HistoryIsNotConviction { count: u64 },
    /// "Not convicted" may include pending charges.
    NotConvictedIsNotNoRecord { count: u64 },
    ChargesNotPeople,
    DetainersNotPeople,
    /// Different stages in one period are not the same people.
    StagesNotSamePeople,
    SmallBase { total: u64 },
    Unaccounted { count: u64, total: u64 },
    PlacesUnaccounted { count: u64, total: u64 },
    SubgroupsOverlap,
    PopulationNotSamePeople { label: &'a Text },
}

impl Caveat<'_> {
    pub fn code(&self) -> &'static str {
        match self {
            Caveat::Derived { .. } => "derived",
            Caveat::HistoryIsNotConviction { .. } => "history_is_not_conviction",
            Caveat::NotConvictedIsNotNoRecord { .. } => "not_convicted_is_not_no_record",
            Caveat::ChargesNotPeople => "charges_not_people",
            Caveat::DetainersNotPeople => "detainers_not_people",
            Caveat::StagesNotSamePeople => "stages_not_same_people",
            Caveat::SmallBase { .. } => "small_base",
            Caveat::Unaccounted { .. } => "unaccounted",
            Caveat::PlacesUnaccounted { .. } => "places_unaccounted",
            Caveat::SubgroupsOverlap => "subgroups_overlap",
            Caveat::PopulationNotSamePeople { .. } => "population_not_same_people",
        }
    }
}

/// Everything one language says: an implementation per language, each in its own file (`en.rs`,
/// `es.rs`), and nothing worded anywhere else. A third language is a third file, a `Lang`
/// variant and one line in `words`. The decisions (which sentence, which figure, which hedge)
/// are made before these are called, in language-neutral values, so the languages cannot
/// disagree about what the numbers support.
pub(crate) trait Words: Sync {
    // --- sentences ---
    /// Words `said` at the end of `out`.
    fn say(&self, out: &mut String, said: &Said) -> fmt::Result;
    /// The name of a category as a table row: "No criminal history"; `None` for the parts left.
    fn category_label(&self, category: Option<Category>) -> &'static str;
    /// A stage's name as a table heading: "Arrests", "Deportaciones".
    fn stage_label(&self, subject: &Subject) -> String;

    // --- messages: errors and warnings ---

    // --- numbers: locale facts ---

    // --- working: frequency rungs, hedges, steps ---

    // --- the table ---

    // --- the widget: vocabulary, editor fields, chrome ---
    /// The widget's words once the core is loaded: buttons, captions, status lines, and the
    /// editor's headings and labels (`crate::editor`). Category and stage-kind names are the
    /// table's (`category_label`, `stage_label`), never a copy.
    fn chrome(&self) -> &'static crate::editor::Chrome;
}

/// The words of `lang`.
pub(crate) fn words(lang: Lang) -> &'static dyn Words {
    match lang {
        Lang::En => &en::English,
        Lang::Es => &es::Spanish,
    }
}

/// Words `said` in `lang`.
pub fn say(said: &Said, lang: Lang) -> String {
    let mut out = String::new();
    say_into(&mut out, said, lang);
    out
}

/// Words `said` in `lang` at the end of `out`: sentence after sentence in one buffer, with no
/// string per fragment.
pub fn say_into(out: &mut String, said: &Said, lang: Lang) {
    // Writing to a `String` cannot fail, and no phrase here fails to write.
    let _ = words(lang).say(out, said);
}

/// The name of a category as a table row: "No criminal history".
pub fn category_label(category: Option<Category>, lang: Lang) -> &'static str {
    words(lang).category_label(category)
}

/// A stage's name as a table heading: "Arrests", "Deportaciones".
pub fn stage_label(subject: &Subject, lang: Lang) -> String {
    words(lang).stage_label(subject)
}

/// Reporter-typed text as typed; quoted (“…” or «…») when it was only typed in the other
/// language, so a reader sees it is the reporter's wording, not a translation.
pub(crate) fn typed(t: &Text, lang: Lang) -> impl Display + '_ {
    fmt::from_fn(move |f| {
        let s = t.get(lang).unwrap_or("");
        match (t.is_native(lang), lang) {
            (true, _) => f.write_str(s),
            (false, Lang::En) => write!(f, "“{s}”"),
            (false, Lang::Es) => write!(f, "«{s}»"),
        }
    })
}

/// Upper-cases the first letter of `out[start..]`, in place: for sentences and labels that
/// open with a generated phrase.
pub(crate) fn capitalize_from(out: &mut String, start: usize) {
    let Some(first) = out[start..].chars().next() else { return };
    if first.is_ascii() {
        out[start..start + 1].make_ascii_uppercase();
    } else {
        // Latin-1 (lang::upper_char): no Unicode case tables in the browser's download.
        let upper = crate::lang::upper_char(first);
        out.replace_range(start..start + first.len_utf8(), upper.encode_utf8(&mut [0; 4]));
    }
}

/// Writes items as a list: "a, b and c" (AP: no serial comma), "a, b y c".
pub(crate) fn write_list<T>(
    out: &mut String,
    items: &[T],
    and: &str,
    mut item: impl FnMut(&mut String, &T) -> fmt::Result,
) -> fmt::Result {
    for (i, t) in items.iter().enumerate() {
        if i > 0 {
            if i + 1 == items.len() {
                write!(out, " {and} ")?;
            } else {
                out.push_str(", ");
            }
        }
        item(out, t)?;
    }
    Ok(())
}
