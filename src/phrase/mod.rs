//! What to say. This module decides which sentences a scenario supports and with which
//! figures, in language-neutral form (`Said`); `en` and `es` say them. Keeping the decision
//! here means the two languages can never disagree about what the numbers support.

mod en;
mod es;

use crate::frequency::working::{FrequencyStep, RatioStep};
use crate::frequency::{Approx, Form, Frequency, Gender, Hedge, Ratio, RatioReading};
use crate::lang::{Lang, Text};
use crate::model::{Category, StageKind, Unit};
use crate::resolve::{DatedPeriod, Term};
use crate::report::TableLabels;
use crate::share::Shown;
use crate::working::{Step, Title};
use std::fmt::{self, Display, Write as _};

/// Who was counted, at which step, where and when: the noun phrase sentences are about.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Subject<'a> {
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
pub(crate) struct PartSaid {
    /// `None` for what the given parts leave unaccounted for.
    pub category: Option<Category>,
    pub count: u64,
    pub shown: Shown,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Direction {
    Higher,
    Lower,
    Same,
}

/// A sentence to say, with everything it needs and nothing worded yet.
#[derive(Debug, Clone)]
pub(crate) enum Said<'a> {
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
    Places { top: Vec<(&'a Text, u64, Shown)>, places: usize },
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
pub(crate) enum Caveat<'a> {
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
    pub(crate) fn code(&self) -> &'static str {
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
    /// Why `typed` is not a count, and how to write one: "“abc” is not a number. …".
    fn parse_error(&self, out: &mut String, why: &crate::error::ParseError, typed: &str) -> fmt::Result;
    /// What is wrong with an input, and how to put it right.
    fn error_message(&self, out: &mut String, kind: &crate::error::ErrorKind) -> fmt::Result;
    /// Why an input is worth a second look.
    fn warning_message(&self, out: &mut String, kind: &crate::error::WarningKind) -> fmt::Result;
    /// Why the command line read no scenario: `source` is the file, `None` standard input;
    /// `reason` is the system's.
    fn cannot_read(&self, out: &mut String, source: Option<&str>, reason: &dyn Display) -> fmt::Result;

    // --- numbers: locale facts ---
    /// How this language writes numbers, percentages and dates: separators, percent words and
    /// signs, small numbers in words, months, the date pattern (`format::Numbers`).
    fn numbers(&self) -> &'static crate::format::Numbers;

    // --- working: frequency rungs, hedges, steps ---
    /// A natural frequency, hedged: "about one in three", "more than half of the",
    /// "alrededor de una de cada tres".
    fn frequency(&self, f: &mut fmt::Formatter, approx: Approx, hedge: Hedge, gender: Gender, form: Form) -> fmt::Result;
    /// A ratio, hedged: "about 2 to 1", "1,8 a 1".
    fn ratio(&self, f: &mut fmt::Formatter, reading: RatioReading) -> fmt::Result;
    /// The working for a natural frequency: "one in three = 33.3%; 32.9% is 0.5 points below
    /// (within 3% of it), so: about one in three".
    fn frequency_step(&self, out: &mut String, step: &FrequencyStep) -> fmt::Result;
    /// The working for a ratio: "3,513 ÷ 1,719 = 2.04; 2.04 is 2.2% above 2 to 1 (…)".
    fn ratio_step(&self, out: &mut String, step: &RatioStep) -> fmt::Result;
    /// A step of the working with words in it: "5,232 ÷ 273 = 19.2 a day".
    fn working_step(&self, out: &mut String, step: &Step) -> fmt::Result;
    /// A block of working's title: "Rounding the parts — Arrests".
    fn working_title(&self, out: &mut String, title: &Title) -> fmt::Result;

    // --- the table ---
    /// The table's column headings, and the headings of the caveats and the working.
    fn table_labels(&self) -> TableLabels;
    /// The table's caption: "All figures".
    fn table_caption(&self) -> &'static str;
    /// What the derived column says for a figure worked out from others: "Yes".
    fn derived_mark(&self) -> &'static str;
    /// A later stage per 100 of an earlier one, as a row: "Deportations per 100 arrests".
    fn per_100_label(&self, later: &str, earlier: &str) -> String;
    /// A stage's daily rate, as a row: "Arrests a day".
    fn per_day_label(&self, stage: &str) -> String;
    /// Before the source: "Source:".
    fn source_label(&self) -> &'static str;
    /// The CSV's header row, one heading per column.
    fn csv_headers(&self) -> [&'static str; 8];
    /// The CSV's derived column: "yes", "no".
    fn yes_no(&self, yes: bool) -> &'static str;
    /// The embedded calculator's frame title, for screen readers.
    fn embed_title(&self) -> &'static str;

    // --- the widget: vocabulary, editor fields, chrome ---
    /// The widget's words once the core is loaded: buttons, captions, status lines, and the
    /// editor's headings and labels (`crate::editor`). Category and stage-kind names are the
    /// table's (`category_label`, `stage_label`), never a copy.
    fn chrome(&self) -> &'static crate::editor::Chrome;
}

/// The words of `lang`.
#[inline(never)]
pub(crate) fn words(lang: Lang) -> &'static dyn Words {
    match lang {
        Lang::En => &en::English,
        Lang::Es => &es::Spanish,
    }
}


/// Words `said` in `lang` at the end of `out`: sentence after sentence in one buffer, with no
/// string per fragment.
pub(crate) fn say_into(out: &mut String, said: &Said, lang: Lang) {
    // Writing to a `String` cannot fail, and no phrase here fails to write.
    let _ = words(lang).say(out, said);
}

/// The name of a category as a table row: "No criminal history".
pub(crate) fn category_label(category: Option<Category>, lang: Lang) -> &'static str {
    words(lang).category_label(category)
}

/// A stage's name as a table heading: "Arrests", "Deportaciones".
pub(crate) fn stage_label(subject: &Subject, lang: Lang) -> String {
    words(lang).stage_label(subject)
}

/// Reporter-typed text as typed; quoted (“…” or «…») when it was only typed in the other
/// language, so a reader sees it is the reporter's wording, not a translation.
pub(crate) fn typed(t: &Text, lang: Lang) -> impl Display + '_ {
    fmt::from_fn(move |f| {
        let s = t.get(lang).unwrap_or("");
        if t.is_native(lang) {
            f.write_str(s)
        } else {
            let (open, close) = crate::format::numbers(lang).quotes;
            write!(f, "{open}{s}{close}")
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
