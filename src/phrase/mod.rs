//! What to say. This module decides which sentences a scenario supports and with which
//! figures, in language-neutral form (`Said`); `en` and `es` say them. Keeping the decision
//! here means the two languages can never disagree about what the numbers support.

pub(crate) mod classroom;
mod en;
mod es;

// --- exercises (src/exercise/): their words' types; the words are in en.rs and es.rs ---
#[cfg(feature = "tools")]
pub(crate) mod exercises;

use crate::approx::{Est, PctEst, Qual};
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
    /// A total that is not exact: "More than 100,000 people were arrested…".
    CountEst { subject: Subject<'a>, total: Est },
    /// The lead of a stage with figures that are not exact: the focus category's share as the
    /// counts allow, and its count when it can be stated.
    /// At least one of `count` and `share` is given.
    LeadEst { subject: Subject<'a>, category: Category, count: Option<Est>, total: Est, share: Option<PctEst> },
    /// A group within a whole that is not exact (or a group that is not): its share and count,
    /// each when it can be stated.
    SubgroupEst { subject: Subject<'a>, label: &'a Text, count: Option<Est>, whole: Est, parent: Option<Category>, share: Option<PctEst> },
    PerHundredEst { earlier: Subject<'a>, later: Subject<'a>, per_100: PctEst },
    /// `per_day` is in tenths.
    PerDayEst { subject: Subject<'a>, total: Est, per_day: PctEst, days: u64 },
    PopulationEst { subject: Subject<'a>, total: Est, population: Est, label: &'a Text, share: PctEst },
    /// `pace` is in tenths a day.
    TargetDailyEst { subject: Subject<'a>, pace: PctEst, observed: bool, target: Est, percent: PctEst, label: Option<&'a Text> },
    TargetTotalEst { subject: Subject<'a>, total: Est, target: Est, percent: PctEst, label: Option<&'a Text> },
    // Issue 10, totals not reported.
    /// The lead of a stage whose total was not reported: the largest parts given; `all` when
    /// they are every part.
    UnreportedLead { subject: Subject<'a>, top: Vec<(UnreportedItem<'a>, Est)>, all: bool },
    /// Every part given of a total not reported, in the order given.
    UnreportedAll { unit: Unit, items: Vec<(UnreportedItem<'a>, Est)> },
    /// A group typed as a share of a total not reported: "Fewer than half of the people named
    /// in detainer requests were people ICE later arrested."
    UnreportedShare { subject: Subject<'a>, label: &'a Text, share: PctEst },
    Caveat(Caveat<'a>),
}

/// A part of a total that was not reported, as the sentences name it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum UnreportedItem<'a> {
    Category(Category),
    /// A group, by the reporter's label: "more than 1,900 for homicide".
    Group(&'a Text),
    /// A place: "400 in Denver".
    Place(&'a Text),
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
    SmallBase { total: u64, unit: Unit },
    Unaccounted { count: u64, total: u64 },
    PlacesUnaccounted { count: u64, total: u64 },
    SubgroupsOverlap { unit: Unit },
    PopulationNotSamePeople { label: &'a Text },
    /// Some figures were reported as approximations or bounds.
    Approximate,
    /// `HistoryIsNotConviction` and `NotConvictedIsNotNoRecord` for a count that is not exact.
    CategoryUnsplit { category: Category },
    /// A stage's total was not reported: no share of it, and the parts are not added up.
    TotalNotReported,
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
            Caveat::SubgroupsOverlap { .. } => "subgroups_overlap",
            Caveat::TotalNotReported => "total_not_reported",
            Caveat::PopulationNotSamePeople { .. } => "population_not_same_people",
            Caveat::Approximate => "approximate",
            Caveat::CategoryUnsplit { category: Category::NotConvicted } => "not_convicted_is_not_no_record",
            Caveat::CategoryUnsplit { .. } => "history_is_not_conviction",
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
    /// A pasted cell's message (src/paste.rs): where it is, from 1 as a spreadsheet numbers
    /// rows and columns, then `message`, the one a typed field gets.
    fn cell_at(&self, out: &mut String, row: usize, column: usize, message: &str) -> fmt::Result;

    // --- numbers: locale facts ---
    /// How this language writes numbers, percentages and dates: separators, percent words and
    /// signs, small numbers in words, months, the date pattern (`format::Numbers`).
    fn numbers(&self, style: crate::lang::Style) -> &'static crate::format::Numbers;

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
    /// A qualifier before a count or rate ("more than", "más de"), or before a percentage
    /// (`percent`: "less than", "menos de"); empty for an exact figure.
    fn qualifier(&self, q: Qual, percent: bool) -> &'static str;
    /// A scale word after a number typed with one: 6 → "million" (`plural` for "millones").
    fn scale_word(&self, exp10: u8, plural: bool) -> &'static str;
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

/// The words that may come with a typed count, in one language, as data for `parse`: each
/// folded (lower case, no accents), as `parse` compares them.
pub(crate) struct QualifierWords {
    /// "more than", "casi", each with what it means.
    pub qualifiers: &'static [(&'static str, crate::approx::Qual)],
    /// Words that may stand between a qualifier and a share: "el" ("casi el 30 %").
    pub articles: &'static [&'static str],
    /// A share of one half: "half", "la mitad".
    pub halves: &'static [&'static str],
    /// After a number, a percentage: "percent", "%".
    pub percent: &'static [&'static str],
}

/// The working's words for figures that are not exact, in one language.
pub(crate) struct EstimateWords {
    /// "nearly 30%[ of ]more than 300".
    pub of: &'static str,
    /// After a quotient of bounds that pull opposite ways.
    pub opposite: &'static str,
    /// After a lower bound rounded down to zero, which no sentence states.
    pub says_nothing: &'static str,
    /// `Step::Unreported`.
    pub unreported: &'static str,
    /// After a share of a total not reported (`Step::UnreportedShare`).
    pub unreported_share: &'static str,
    /// Around the qualifier kept true by rounding: before it (rounded down, rounded up), after it.
    pub rounded: [&'static str; 3],
    /// After an approximate result.
    pub approximate: &'static str,
    /// After a share of a whole whose bounds pull opposite ways.
    pub share_opposite: &'static str,
    /// After a count worked out from a share.
    pub share_rounded: &'static str,
    /// `Step::RestOfBound`: after the whole, then before the share the others leave.
    pub rest_of_bound: [&'static str; 2],
    /// `Step::LeftOut`.
    pub left_out: &'static str,
}

fn estimate_words(lang: Lang) -> &'static EstimateWords {
    match lang.base() {
        crate::lang::Base::En => &en::ESTIMATE_WORDS,
        crate::lang::Base::Es => &es::ESTIMATE_WORDS,
    }
}

/// The steps for figures that are not exact (`Step::EstDiv`, `FromShare`, `LeftOut`), in `lang`.
pub(crate) fn estimate_step(out: &mut String, step: &Step, lang: Lang) -> fmt::Result {
    use crate::approx::CountKind;
    let w = estimate_words(lang);
    let shown = |out: &mut String, p: PctEst, percent: bool| {
        if percent {
            write!(out, "{}", pct_est_sign_display(p, lang))
        } else {
            write!(out, "{}", rate_est_display(p, lang))
        }
    };
    match *step {
        Step::EstDiv { a, b, per, exact_tenths, result, percent } => {
            write!(out, "{} ÷ {}", est_display(a, lang), est_display(b, lang))?;
            if per == 100 && !percent {
                out.push_str(" × 100");
            }
            let Some(r) = result else { return out.write_str(w.opposite) };
            out.push_str(" = ");
            shown(out, PctEst { tenths: exact_tenths, qual: Qual::Exact }, percent)?;
            out.push_str(" → ");
            shown(out, r, percent)?;
            let [down, up, after] = w.rounded;
            match r.qual.kind() {
                CountKind::Exact => Ok(()),
                CountKind::LowerBound => {
                    write!(out, "{down}{}{after}", words(lang).qualifier(r.qual, percent))?;
                    if r.says_something() {
                        Ok(())
                    } else {
                        out.write_str(w.says_nothing)
                    }
                }
                CountKind::UpperBound => write!(out, "{up}{}{after}", words(lang).qualifier(r.qual, percent)),
                CountKind::Approximate => out.write_str(w.approximate),
            }
        }
        Step::FromShare { share, whole, product, result } => {
            write!(out, "{}{}{}", pct_est_sign_display(share, lang), w.of, est_display(whole, lang))?;
            let Some(r) = result else { return out.write_str(w.share_opposite) };
            write!(
                out,
                ": {} × {} = {} → {}{}",
                pct_est_sign_display(PctEst { qual: Qual::Exact, ..share }, lang),
                crate::format::count_display(whole.value, lang),
                crate::format::count_display(product, lang),
                est_display(r, lang),
                w.share_rounded
            )
        }
        Step::LeftOut => out.write_str(w.left_out),
        Step::Unreported => out.write_str(w.unreported),
        Step::UnreportedShare { share } => write!(out, "{}{}", pct_est_sign_display(share, lang), w.unreported_share),
        Step::RestOfBound { whole, rest } => {
            write!(out, "{}{}", est_display(whole, lang), w.rest_of_bound[0])?;
            match rest {
                Some(p) => write!(out, "{}{}", w.rest_of_bound[1], pct_est_sign_display(p, lang)),
                None => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

/// Both languages' qualifier words: a typed count is read with either.
pub(crate) fn qualifier_words() -> [&'static QualifierWords; 2] {
    [&en::QUALIFIER_WORDS, &es::QUALIFIER_WORDS]
}

/// The words of `lang`.
#[inline(never)]
/// A word agreeing with a count: `one` for 1, else `many` (issue 10, counts of one).
pub(crate) fn agree(count: u64, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 {
        one
    } else {
        many
    }
}

pub(crate) fn words(lang: Lang) -> &'static dyn Words {
    match lang.base() {
        crate::lang::Base::En => &en::English,
        crate::lang::Base::Es => &es::Spanish,
    }
}


/// Words `said` in `lang` at the end of `out`: sentence after sentence in one buffer, with no
/// string per fragment.
pub(crate) fn say_into(out: &mut String, said: &Said, lang: Lang) {
    // Writing to a `String` cannot fail, and no phrase here fails to write.
    let _ = words(lang).say(out, said);
}

/// A count with its qualifier, as typed: "more than 100,000", "1.4 million", "1,4 millones".
pub(crate) fn est_display(e: Est, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| {
        let w = words(lang);
        let q = w.qualifier(e.qual, false);
        if !q.is_empty() {
            write!(f, "{q} ")?;
        }
        match scale_tenth(e) {
            // "1.4 million": the value in the scale's units, to the tenths it was typed with.
            Some(tenth) => {
                let tenths = e.value / tenth;
                crate::format::rate_display(tenths, lang).fmt(f)?;
                write!(f, " {}", w.scale_word(e.scale, tenths != 10))
            }
            _ => crate::format::count_display(e.value, lang).fmt(f),
        }
    })
}

/// A tenth of the scale word a count is written with ("1.4 million": 100,000); `None` when it
/// is written in figures alone (no scale word typed, or one that does not fit the value).
pub(crate) fn scale_tenth(e: Est) -> Option<u64> {
    let unit = 10u64.checked_pow(u32::from(e.scale)).filter(|_| e.scale > 0)?;
    let tenth = (unit / 10).max(1);
    (e.value >= unit && e.value.is_multiple_of(tenth)).then_some(tenth)
}

/// A rate in tenths with its qualifier: "more than 700", "about 1.3".
pub(crate) fn rate_est_display(p: PctEst, lang: Lang) -> impl Display {
    qualified_tenths(p, lang, false)
}

/// A value in tenths after its qualifier. One that rounds to nothing is "less than 0.1" with no
/// other qualifier (that is one already), or "more than 0" for a lower bound.
fn qualified_tenths(p: PctEst, lang: Lang, percent: bool) -> impl Display {
    fmt::from_fn(move |f| {
        let lower = p.qual.kind() == crate::approx::CountKind::LowerBound;
        let q = words(lang).qualifier(p.qual, percent);
        match p.tenths {
            0 if lower => write!(f, "{q} 0"),
            0 => crate::format::rate_display(0, lang).fmt(f),
            _ if q.is_empty() => crate::format::rate_display(p.tenths, lang).fmt(f),
            _ => write!(f, "{q} {}", crate::format::rate_display(p.tenths, lang)),
        }
    })
}

/// A percentage in running text with its qualifier, in the order English and Spanish share:
/// "nearly 30 percent" (Spanish adds its article: `es::pct_est`).
pub(crate) fn pct_est_words_display(p: PctEst, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| {
        qualified_tenths(p, lang, true).fmt(f)?;
        f.write_str(crate::format::numbers(lang).percent_word)
    })
}

/// A percentage with its qualifier, for tables and working: "nearly 30%", "casi 30 %".
pub(crate) fn pct_est_sign_display(p: PctEst, lang: Lang) -> impl Display {
    fmt::from_fn(move |f| {
        qualified_tenths(p, lang, true).fmt(f)?;
        f.write_str(crate::format::numbers(lang).percent_sign)
    })
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

/// A share at an edge, where the ladder of natural frequencies reads loosely (docs/phrasing.md,
/// "Near all and near none"): the lead says it the way an editor would.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edge {
    /// Every one: "All 100", "The one person", "Both".
    All,
    /// Not one: "None of the 500", "Neither of the two".
    NoneOf,
    /// All but one to nine of them, when that leaves at least 95%: "All but one of the 100,000".
    AllBut(u64),
    /// One to nine of them, when that is at most 5%: "Only one of the 100,000".
    Only(u64),
    /// At least 99.5% but not all, and not "all but a few": "Nearly all".
    NearlyAll,
}

/// The edge `count` of `total` is at, if any. Integers only: "at least 95%" is
/// `rest × 20 ≤ total`, "at least 99.5%" is `count × 200 ≥ total × 199`.
pub(crate) fn edge(count: u64, total: u64) -> Option<Edge> {
    if total == 0 || count > total {
        return None;
    }
    let rest = total - count;
    let (count_w, rest_w, total_w) = (u128::from(count), u128::from(rest), u128::from(total));
    match () {
        _ if rest == 0 => Some(Edge::All),
        _ if count == 0 => Some(Edge::NoneOf),
        _ if rest <= 9 && rest_w * 20 <= total_w => Some(Edge::AllBut(rest)),
        _ if count <= 9 && count_w * 20 <= total_w => Some(Edge::Only(count)),
        _ if count_w * 200 >= total_w * 199 => Some(Edge::NearlyAll),
        _ => None,
    }
}

#[cfg(test)]
mod edge_tests {
    use super::{edge, Edge};

    /// docs/phrasing.md, "Near all and near none": each boundary, worked in integers.
    #[test]
    fn the_edges_and_their_boundaries() {
        let cases = [
            (100_000, 100_000, Some(Edge::All)),
            (0, 500, Some(Edge::NoneOf)),
            (99_999, 100_000, Some(Edge::AllBut(1))),
            (19, 20, Some(Edge::AllBut(1))), // 1 × 20 ≤ 20: 95%
            (18, 20, None),                  // 2 × 20 > 20: 90%, "nine in 10"
            (995, 1_000, Some(Edge::AllBut(5))),
            (9_950, 10_000, Some(Edge::NearlyAll)), // rest 50; 9,950 × 200 = 10,000 × 199
            (9_949, 10_000, None),                  // 99.49%: the ladder, "more than nine in 10"
            (1, 100_000, Some(Edge::Only(1))),
            (1, 20, Some(Edge::Only(1))),
            (1, 19, None), // 1 × 20 > 19: the ladder, "1 in 19"
            (10, 100_000, None),
            (1, 2, None),
        ];
        for (count, total, want) in cases {
            assert_eq!(edge(count, total), want, "{count} of {total}");
        }
    }
}
