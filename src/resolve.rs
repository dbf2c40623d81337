//! From the scenario as typed to checked numbers: every count read in the reader's language,
//! every part checked against its whole, and what the given counts imply derived — and marked
//! as derived, so no sentence states it as if it had been reported.

use crate::dates::{days_inclusive, Date};
use crate::error::{
    ErrorKind, Field, InputError, Warning, WarningKind, Whole, MAX_PLACES, MAX_STAGES, MAX_SUBGROUPS,
    MAX_TEXT_CHARS,
};
use crate::lang::{Lang, Text};
use crate::model::{Category, RawCount, Scenario, StageKind, Unit, CONTRACT_VERSION};
use crate::approx::{plus, Est, Qual};
use crate::parse::{parse_qualified, Typed};

/// Below this total a percentage moves by more than about three points per person.
pub(crate) const SMALL_BASE: u64 = 30;

/// A checked scenario. Texts are borrowed from the scenario, not copied.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved<'a> {
    pub lang: Lang,
    pub place: Option<&'a Text>,
    pub agency: Option<&'a Text>,
    pub period_label: Option<&'a Text>,
    pub period: Option<DatedPeriod>,
    pub source_text: Option<&'a Text>,
    pub source_url: Option<String>,
    pub stages: Vec<Stage<'a>>,
    /// The population, its label, and the index of the stage set against it.
    pub population: Option<(Est, &'a Text, usize)>,
    pub target: Option<Target<'a>>,
    pub comparison: Option<(Est, &'a Text)>,
    pub focus: Option<Category>,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DatedPeriod {
    pub start: Date,
    pub end: Date,
    pub days: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Target<'a> {
    pub per_day: Option<Est>,
    pub total: Option<Est>,
    pub observed_per_day: Option<Est>,
    pub label: Option<&'a Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Stage<'a> {
    pub id: String,
    pub kind: StageKind,
    pub verb: Option<&'a Text>,
    pub unit: Unit,
    pub total: u64,
    /// The total as typed: its value, qualifier and scale word.
    pub total_est: Est,
    /// `false` when the reporting gave only parts: `total` is then 0 and nothing is worked
    /// out from it.
    pub reported: bool,
    /// Each category's count, given or derived.
    pub known: PerCategory<Option<Known>>,
    /// The parts of the whole shown together, in order.
    pub partition: Vec<Part>,
    pub subgroups: Vec<Subgroup<'a>>,
    /// Each place's name, count and the count's qualifier ("more than 300" in a place).
    pub places: Vec<(&'a Text, u64, Qual)>,
}

/// A part of a stage's whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Category(Category),
    /// What the given parts leave of the total.
    Unaccounted(u64),
}

impl Part {
    /// The part's category; `None` for what is not accounted for.
    pub(crate) fn category(self) -> Option<Category> {
        match self {
            Part::Category(c) => Some(c),
            Part::Unaccounted(_) => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Known {
    pub count: u64,
    pub derivation: Option<Derivation>,
    /// The count's qualifier: as typed, or worked out from those of the counts it comes from.
    pub qual: Qual,
    /// Typed as a share of the stage's total: the count is worked out from it.
    pub from_share: Option<FromShare>,
}

/// A part typed as a share of its whole ("nearly 30 percent"): the share is the fact, and the
/// count is worked out from it and the whole, rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FromShare {
    /// The share as typed: `num/den` (hundredths of a percent over 10,000, or 1/2).
    pub num: u64,
    pub den: u64,
    pub qual: Qual,
    /// The count's qualifier; `None` when the share's bound and the whole's go opposite ways,
    /// so the count cannot be stated.
    pub count_qual: Option<Qual>,
}

impl FromShare {
    /// The count it stands for in `whole`: the product, rounded half up.
    fn count(self, whole: u64) -> u64 {
        crate::share::Share::new(self.num.min(self.den), self.den).scaled_round(whole)
    }

    fn new(num: u64, den: u64, qual: Qual, whole: Qual) -> FromShare {
        // A reported share is itself rounded, so a count worked out from it is never exact. Of a
        // whole that is only a bound it says nothing a reader can use: "nearly 30 percent" of
        // "more than 300" is more than 80 or so, or 400, or 4,000. The share is the fact then,
        // and no count is stated.
        let bounded = matches!(whole.kind(), crate::approx::CountKind::LowerBound | crate::approx::CountKind::UpperBound);
        let count_qual = if bounded { None } else { plus(qual, whole).map(|q| if q.is_exact() { Qual::About } else { q }) };
        FromShare { num, den, qual, count_qual }
    }
}

/// How a count was worked out: `plus` terms added, then `minus` terms taken away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Derivation {
    pub from_total: bool,
    pub plus: [Option<Category>; 2],
    pub minus: [Option<Category>; 2],
}

/// One number in a derivation: `minus` when it is taken away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Term {
    pub minus: bool,
    pub value: u64,
    /// The number's qualifier, so that the working writes "more than 100,000 − 3,000".
    pub qual: Qual,
}

impl Derivation {
    /// The numbers the derivation uses, in order: 5,232 − 3,513.
    pub(crate) fn terms(&self, stage: &Stage) -> Vec<Term> {
        let mut out = Vec::with_capacity(3);
        if self.from_total {
            out.push(Term { minus: false, value: stage.total, qual: stage.total_est.qual });
        }
        let term = |minus: bool, c: Category| {
            let k = stage.get(c);
            Term { minus, value: k.map_or(0, |k| k.count), qual: k.map_or(Qual::Exact, |k| k.qual) }
        };
        for c in self.plus.iter().flatten() {
            out.push(term(false, *c));
        }
        for c in self.minus.iter().flatten() {
            out.push(term(true, *c));
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Subgroup<'a> {
    pub label: &'a Text,
    pub count: u64,
    pub parent: Option<Category>,
    pub qual: Qual,
    pub from_share: Option<FromShare>,
}

/// One value per category, reached by the category itself: no index that could be out of range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct PerCategory<T> {
    convicted: T,
    pending: T,
    no_record: T,
    criminal_history: T,
    not_convicted: T,
}

impl<T> PerCategory<T> {
    pub(crate) fn get(&self, c: Category) -> &T {
        match c {
            Category::Convicted => &self.convicted,
            Category::Pending => &self.pending,
            Category::NoRecord => &self.no_record,
            Category::CriminalHistory => &self.criminal_history,
            Category::NotConvicted => &self.not_convicted,
        }
    }

    pub(crate) fn get_mut(&mut self, c: Category) -> &mut T {
        match c {
            Category::Convicted => &mut self.convicted,
            Category::Pending => &mut self.pending,
            Category::NoRecord => &mut self.no_record,
            Category::CriminalHistory => &mut self.criminal_history,
            Category::NotConvicted => &mut self.not_convicted,
        }
    }

    pub(crate) fn map<U>(self, mut f: impl FnMut(T) -> U) -> PerCategory<U> {
        PerCategory {
            convicted: f(self.convicted),
            pending: f(self.pending),
            no_record: f(self.no_record),
            criminal_history: f(self.criminal_history),
            not_convicted: f(self.not_convicted),
        }
    }
}

impl Stage<'_> {
    pub(crate) fn get(&self, c: Category) -> Option<Known> {
        *self.known.get(c)
    }

    pub(crate) fn count(&self, c: Category) -> Option<u64> {
        self.get(c).map(|k| k.count)
    }

    /// The count a sub-group's share of parent is taken of.
    pub(crate) fn parent_count(&self, parent: Option<Category>) -> Option<u64> {
        match parent {
            None => Some(self.total),
            Some(c) => self.count(c),
        }
    }

    pub(crate) fn places_sum(&self) -> u64 {
        self.places.iter().map(|(_, c, _)| c).sum()
    }

    /// Whether every figure of the stage is exact (and its total typed in figures, not "1.4
    /// million", which sentences repeat as typed): then it is worded as it always was.
    pub(crate) fn exact(&self) -> bool {
        self.reported
            && self.total_est.qual.is_exact()
            && self.total_est.scale == 0
            && Category::ALL.iter().all(|&c| self.get(c).is_none_or(|k| k.qual.is_exact()))
            && self.subgroups.iter().all(|g| g.qual.is_exact())
            && self.places.iter().all(|p| p.2.is_exact())
    }
}

/// Collects every problem, not just the first, so the reader sees them all at once.
struct Checker {
    lang: Lang,
    errors: Vec<InputError>,
}

impl Checker {
    fn fail(&mut self, field: Field, kind: ErrorKind) {
        self.errors.push(InputError::new(field, kind));
    }

    /// A count that may be qualified ("more than 5,000") or typed as a share ("30 percent").
    fn typed(&mut self, raw: &RawCount, field: Field) -> Option<Typed> {
        match parse_qualified(raw.as_typed(), self.lang) {
            Ok(t) => Some(t),
            Err(why) => {
                self.fail(field, ErrorKind::Count { typed: raw.as_typed().to_string(), why });
                None
            }
        }
    }

    /// A count that may be qualified, but not a share: it has no whole.
    fn est(&mut self, raw: &RawCount, field: Field) -> Option<Est> {
        match self.typed(raw, field)? {
            Typed::Count(e) => Some(e),
            Typed::Share { .. } => {
                self.fail(field, ErrorKind::Count { typed: raw.as_typed().to_string(), why: crate::error::ParseError::ShareNeedsWhole });
                None
            }
        }
    }

    fn text<'a>(&mut self, text: Option<&'a Text>, field: Field) -> Option<&'a Text> {
        let t = text?;
        // A text no longer in bytes than the limit is within it in characters: no need to count.
        let too_long =
            Lang::ALL.iter().any(|&l| t.get(l).is_some_and(|s| s.len() > MAX_TEXT_CHARS && s.chars().count() > MAX_TEXT_CHARS));
        if too_long {
            self.fail(field, ErrorKind::TextTooLong { limit: MAX_TEXT_CHARS });
            return None;
        }
        Lang::ALL.iter().any(|&l| t.get(l).is_some()).then_some(t)
    }

    /// A text that must not be blank: a blank one is an error on its field.
    fn required_text<'a>(&mut self, text: &'a Text, field: Field) -> Option<&'a Text> {
        self.required(Some(text), field)
    }

    /// The same for a text that may be missing altogether.
    fn required<'a>(&mut self, text: Option<&'a Text>, field: Field) -> Option<&'a Text> {
        let before = self.errors.len();
        let t = self.text(text, field);
        if t.is_none() && self.errors.len() == before {
            self.fail(field, ErrorKind::EmptyText);
        }
        t
    }

    fn date(&mut self, text: Option<&str>, field: Field) -> Option<Date> {
        let t = text.map(str::trim).filter(|t| !t.is_empty())?;
        let date = Date::parse(t);
        if date.is_none() {
            self.fail(field, ErrorKind::BadDate { typed: t.to_string() });
        }
        date
    }
}

/// Reads and checks a scenario. On failure, every error found; warnings travel with success.
pub(crate) fn resolve(scenario: &Scenario) -> Result<Resolved<'_>, Vec<InputError>> {
    let styled = scenario.styled_lang();
    let lang = styled.clone().unwrap_or(scenario.lang);
    let mut ck = Checker { lang, errors: Vec::new() };
    if let Err(typed) = styled {
        ck.fail(Field::Style, ErrorKind::UnknownStyle { typed });
    }
    if let Some(v) = scenario.version {
        if v != CONTRACT_VERSION {
            return Err(vec![InputError::new(Field::Scenario, ErrorKind::UnsupportedVersion(v))]);
        }
    }
    if scenario.stages.is_empty() {
        ck.fail(Field::Scenario, ErrorKind::NoStages);
    }
    if scenario.stages.len() > MAX_STAGES {
        return Err(vec![InputError::new(Field::Scenario, ErrorKind::TooMany { limit: MAX_STAGES })]);
    }

    let ctx = &scenario.context;
    let place = ck.text(ctx.place.as_ref(), Field::Text("context.place"));
    let agency = ck.text(ctx.agency.as_ref(), Field::Text("context.agency"));
    let given_period = ctx.period.as_ref();
    let period_label = ck.text(given_period.and_then(|p| p.label.as_ref()), Field::Text("context.period.label"));
    let start = ck.date(given_period.and_then(|p| p.start.as_deref()), Field::PeriodStart);
    let end = ck.date(given_period.and_then(|p| p.end.as_deref()), Field::PeriodEnd);
    let period = match (start, end) {
        (Some(s), Some(e)) if e < s => {
            ck.fail(Field::PeriodEnd, ErrorKind::DatesOutOfOrder);
            None
        }
        (Some(start), Some(end)) => Some(DatedPeriod { start, end, days: days_inclusive(start, end) }),
        _ => None,
    };
    let source_text = ck.text(ctx.source.as_ref().and_then(|s| s.text.as_ref()), Field::Text("context.source.text"));
    let source_url = ctx.source.as_ref().and_then(|s| s.url.as_deref()).and_then(safe_url);

    let mut stages = Vec::with_capacity(scenario.stages.len());
    for (i, raw) in scenario.stages.iter().enumerate() {
        if let Some(stage) = resolve_stage(&mut ck, i, raw) {
            stages.push(stage);
        }
    }
    make_ids_unique(&mut stages);

    let reference = &scenario.reference;
    let population = reference.population.as_ref().and_then(|p| {
        let n = ck.est(&p.count, Field::Population);
        if n.is_some_and(|n| n.value == 0) {
            ck.fail(Field::Population, ErrorKind::ZeroTotal);
        }
        let n = n.filter(|n| n.value > 0);
        let label = ck.required(p.label.as_ref(), Field::Text("reference.population.label"));
        let stage = match &p.stage {
            None => Some(0),
            Some(id) => {
                let found = stages.iter().position(|s: &Stage| s.id == *id);
                // A stage that could not be read has its own errors: only name a missing id.
                if found.is_none() && stages.len() == scenario.stages.len() {
                    ck.fail(Field::Text("reference.population.stage"), ErrorKind::UnknownStage { typed: id.clone() });
                }
                found
            }
        };
        Some((n?, label?, stage?))
    });
    let comparison = reference.comparison.as_ref().and_then(|c| {
        let n = ck.est(&c.count, Field::Comparison);
        let label = ck.required(c.label.as_ref(), Field::Text("reference.comparison.label"));
        Some((n?, label?))
    });
    let target = reference.target.as_ref().and_then(|t| {
        let mut nonzero = |raw: &Option<RawCount>, field: Field| {
            let n = ck.est(raw.as_ref()?, field)?;
            if n.value == 0 {
                ck.fail(field, ErrorKind::ZeroTotal);
                return None;
            }
            Some(n)
        };
        let per_day = nonzero(&t.per_day, Field::TargetPerDay);
        let total = nonzero(&t.total, Field::TargetTotal);
        let observed_per_day = nonzero(&t.observed_per_day, Field::TargetObserved);
        if per_day.is_some() && period.is_none() && observed_per_day.is_none() {
            ck.fail(Field::TargetPerDay, ErrorKind::TargetNeedsDates);
        }
        let label = ck.text(t.label.as_ref(), Field::Text("reference.target.label"));
        (per_day.is_some() || total.is_some()).then_some(Target { per_day, total, observed_per_day, label })
    });

    if !ck.errors.is_empty() {
        return Err(ck.errors);
    }
    let warnings = warnings_for(&stages);
    Ok(Resolved {
        lang,
        place,
        agency,
        period_label,
        period,
        source_text,
        source_url,
        stages,
        population,
        target,
        comparison,
        focus: scenario.focus,
        warnings,
    })
}

/// Only plain web addresses become links; anything else (javascript:, data:) is dropped.
fn safe_url(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && u.len() <= 2000
        && !u.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    ok.then(|| u.to_string())
}

fn resolve_stage<'a>(ck: &mut Checker, i: usize, raw: &'a crate::model::Stage) -> Option<Stage<'a>> {
    let errors_before = ck.errors.len();
    let reported = raw.total.is_some();
    let total_est = match &raw.total {
        Some(t) => ck.est(t, Field::StageTotal(i)),
        None if raw.breakdown.is_empty() && raw.subgroups.is_empty() && raw.places.is_empty() => {
            // Nothing reported at all: the total is missing, not just unreported.
            ck.fail(Field::StageTotal(i), ErrorKind::Count { typed: String::new(), why: crate::error::ParseError::Empty });
            None
        }
        None => Some(Est::exact(0)),
    };
    let total = total_est.map(|e| e.value);
    if reported && total == Some(0) {
        ck.fail(Field::StageTotal(i), ErrorKind::ZeroTotal);
    }
    let verb = ck.text(raw.verb.as_ref(), Field::StageVerb(i));
    if raw.subgroups.len() > MAX_SUBGROUPS {
        ck.fail(Field::StageTotal(i), ErrorKind::TooMany { limit: MAX_SUBGROUPS });
        return None;
    }
    if raw.places.len() > MAX_PLACES {
        ck.fail(Field::StageTotal(i), ErrorKind::TooMany { limit: MAX_PLACES });
        return None;
    }

    let mut typed: PerCategory<Option<Typed>> = PerCategory::default();
    for (c, rc) in raw.breakdown.get_all() {
        if let Some(rc) = rc {
            *typed.get_mut(c) = ck.typed(rc, Field::StageCategory(i, c));
        }
    }
    let subgroups: Vec<(Option<&Text>, Option<Typed>, Option<Category>)> = raw
        .subgroups
        .iter()
        .enumerate()
        .map(|(g, s)| {
            let label = ck.required_text(&s.label, Field::SubgroupLabel(i, g));
            (label, ck.typed(&s.count, Field::SubgroupCount(i, g)), s.parent)
        })
        .collect();
    let places: Vec<(Option<&Text>, Option<Est>)> = raw
        .places
        .iter()
        .enumerate()
        .map(|(p, pl)| (ck.required_text(&pl.name, Field::PlaceName(i, p)), ck.est(&pl.count, Field::PlaceCount(i, p))))
        .collect();
    let total = total.filter(|&t| t > 0 || !reported)?;
    let total_est = total_est?;
    if ck.errors.len() > errors_before {
        return None;
    }
    if !reported {
        return unreported_stage(ck, i, raw, verb, typed, subgroups, places);
    }
    // Shares of the whole become counts of it, marked as worked out from the share.
    let given: PerCategory<Option<Known>> = typed.map(|t| {
        t.map(|t| match t {
            Typed::Count(e) => Known { count: e.value, derivation: None, qual: e.qual, from_share: None },
            Typed::Share { num, den, qual } => {
                let s = FromShare::new(num, den, qual, total_est.qual);
                Known { count: s.count(total), derivation: None, qual: s.count_qual.unwrap_or(Qual::About), from_share: Some(s) }
            }
        })
    });

    let (known, partition) = derive_breakdown(ck, i, total_est, given)?;
    let mut stage = Stage {
        id: stage_id(raw.id.as_deref(), raw.kind),
        kind: raw.kind,
        verb,
        unit: raw.unit,
        total,
        total_est,
        reported: true,
        known,
        partition,
        subgroups: Vec::new(),
        places: Vec::new(),
    };

    // Every label and count was read without error above, so each is here.
    for (g, (label, typed, parent)) in subgroups.into_iter().enumerate() {
        let (Some(label), Some(typed)) = (label, typed) else { continue };
        let parent_qual = match parent {
            None => total_est.qual,
            Some(c) => stage.get(c).map_or(Qual::Exact, |k| k.qual),
        };
        let whole_count = stage.parent_count(parent).unwrap_or(0);
        let (count, qual, from_share) = match typed {
            Typed::Count(e) => (e.value, e.qual, None),
            Typed::Share { num, den, qual } => {
                let s = FromShare::new(num, den, qual, parent_qual);
                (s.count(whole_count), s.count_qual.unwrap_or(Qual::About), Some(s))
            }
        };
        let checkable = qual.is_exact() && parent_qual.is_exact();
        match stage.parent_count(parent) {
            None => ck.fail(Field::SubgroupCount(i, g), ErrorKind::UnknownParent(parent.unwrap_or(Category::CriminalHistory))),
            Some(whole) if count > whole && checkable => ck.fail(
                Field::SubgroupCount(i, g),
                ErrorKind::PartExceedsWhole {
                    part: count,
                    whole,
                    whole_name: parent.map_or(Whole::Total, Whole::Category),
                },
            ),
            Some(_) => stage.subgroups.push(Subgroup { label, count, parent, qual, from_share }),
        }
    }

    let mut sum: u64 = 0;
    // Once the places pass the total, that is said once, where it happens: the places after it
    // are not wrong in themselves.
    let mut over = false;
    // Places with qualifiers are not checked against the total or each other, as categories are
    // not: "more than 300" in a place may be more than an exact total leaves, and neither is wrong.
    let checkable = total_est.qual.is_exact() && places.iter().all(|(_, e)| e.is_none_or(|e| e.qual.is_exact()));
    for (p, (name, est)) in places.into_iter().enumerate() {
        let (Some(name), Some(Est { value: count, qual, .. })) = (name, est) else { continue };
        stage.places.push((name, count, qual));
        if !checkable {
            continue;
        }
        sum = sum.saturating_add(count);
        if count > total {
            ck.fail(Field::PlaceCount(i, p), ErrorKind::PartExceedsWhole { part: count, whole: total, whole_name: Whole::Total });
            over = true;
        } else if sum > total && !over {
            ck.fail(Field::PlaceCount(i, p), ErrorKind::PartsExceedTotal { sum, total });
            over = true;
        }
    }
    (ck.errors.len() == errors_before).then_some(stage)
}

/// A stage whose total was not reported: its parts as typed, none checked against a total or
/// derived from one. A breakdown part typed as a share has no count to stand for (the error
/// `share_needs_whole`); a group typed as a share keeps the share, with no count.
fn unreported_stage<'a>(
    ck: &mut Checker,
    i: usize,
    raw: &'a crate::model::Stage,
    verb: Option<&'a Text>,
    typed: PerCategory<Option<Typed>>,
    subgroups: Vec<(Option<&'a Text>, Option<Typed>, Option<Category>)>,
    places: Vec<(Option<&'a Text>, Option<Est>)>,
) -> Option<Stage<'a>> {
    let errors_before = ck.errors.len();
    let mut known: PerCategory<Option<Known>> = PerCategory::default();
    for c in Category::ALL {
        match typed.get(c) {
            Some(Typed::Count(e)) => *known.get_mut(c) = Some(Known { count: e.value, derivation: None, qual: e.qual, from_share: None }),
            Some(Typed::Share { .. }) => ck.fail(
                Field::StageCategory(i, c),
                ErrorKind::Count { typed: raw.breakdown.get(c).map(|r| r.as_typed().to_string()).unwrap_or_default(), why: crate::error::ParseError::ShareNeedsWhole },
            ),
            None => {}
        }
    }
    let mut stage = Stage {
        id: stage_id(raw.id.as_deref(), raw.kind),
        kind: raw.kind,
        verb,
        unit: raw.unit,
        total: 0,
        total_est: Est::exact(0),
        reported: false,
        known,
        partition: Vec::new(),
        subgroups: Vec::new(),
        places: Vec::new(),
    };
    for (g, (label, typed, parent)) in subgroups.into_iter().enumerate() {
        let (Some(label), Some(typed)) = (label, typed) else { continue };
        let (count, qual, from_share) = match typed {
            Typed::Count(e) => (e.value, e.qual, None),
            // A share of a total not reported: the share is the fact, and no count comes of it.
            Typed::Share { num, den, qual } => (0, qual, Some(FromShare { num, den, qual, count_qual: None })),
        };
        match parent {
            Some(c) if stage.get(c).is_none() => ck.fail(Field::SubgroupCount(i, g), ErrorKind::UnknownParent(c)),
            _ => stage.subgroups.push(Subgroup { label, count, parent, qual, from_share }),
        }
    }
    for (name, est) in places {
        if let (Some(name), Some(e)) = (name, est) {
            stage.places.push((name, e.value, e.qual));
        }
    }
    (ck.errors.len() == errors_before).then_some(stage)
}

fn stage_id(given: Option<&str>, kind: StageKind) -> String {
    let cleaned: String = given
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .take(40)
        .collect::<String>()
        .to_ascii_lowercase();
    if cleaned.is_empty() {
        match kind {
            StageKind::Arrests => "arrests",
            StageKind::Detentions => "detentions",
            StageKind::Removals => "removals",
            StageKind::Deportations => "deportations",
            StageKind::Detainers => "detainers",
            StageKind::Custom => "stage",
        }
        .to_string()
    } else {
        cleaned
    }
}

fn make_ids_unique(stages: &mut [Stage]) {
    for i in 1..stages.len() {
        let (before, rest) = stages.split_at_mut(i);
        let Some(stage) = rest.first_mut() else { continue };
        let base = stage.id.clone();
        let mut n = 2;
        while before.iter().any(|s| s.id == stage.id) {
            stage.id = format!("{base}-{n}");
            n += 1;
        }
    }
}

use Category::{Convicted as C, CriminalHistory as CH, NoRecord as N, NotConvicted as NC, Pending as P};

/// Checks the given categories against each other and the total, then derives the rest.
///
/// The unions are criminal history = convicted + pending and not convicted = pending + no
/// record. Derivations that do not need the total come first; the total is used only to close
/// a partition that is otherwise one part short, so given parts that fall short of the total
/// leave "not accounted for" rather than a made-up remainder.
fn derive_breakdown(ck: &mut Checker, i: usize, total_est: Est, given: PerCategory<Option<Known>>) -> Option<(PerCategory<Option<Known>>, Vec<Part>)> {
    let errors_before = ck.errors.len();
    let total = total_est.value;
    let field = |c| Field::StageCategory(i, c);
    // Approximate figures are not checked against each other: "about 90" may be more than
    // "more than 80" leaves, and neither is wrong.
    let strict = total_est.qual.is_exact() && Category::ALL.iter().all(|&c| given.get(c).is_none_or(|k| k.qual.is_exact()));
    let g = |c: Category| given.get(c).filter(|_| strict).map(|k| k.count);

    for c in Category::ALL {
        if let Some(n) = g(c) {
            if n > total {
                ck.fail(field(c), ErrorKind::PartExceedsWhole { part: n, whole: total, whole_name: Whole::Total });
            }
        }
    }
    // Parts within their unions.
    for (part, union) in [(C, CH), (P, CH), (P, NC), (N, NC)] {
        if let (Some(p), Some(u)) = (g(part), g(union)) {
            if p > u {
                ck.fail(field(part), ErrorKind::PartExceedsWhole { part: p, whole: u, whole_name: Whole::Category(union) });
            }
        }
    }
    for (a, b, union) in [(C, P, CH), (P, N, NC)] {
        if let (Some(x), Some(y), Some(u)) = (g(a), g(b), g(union)) {
            if x.saturating_add(y) != u {
                ck.fail(field(union), ErrorKind::Inconsistent { given: u, expected: x.saturating_add(y) });
            }
        }
    }
    // Disjoint parts together within the total.
    for set in [&[C, P, N][..], &[CH, N], &[C, NC], &[C, N], &[C, P], &[P, N]] {
        let parts: Vec<u64> = set.iter().filter_map(|&c| g(c)).collect();
        if parts.len() == set.len() {
            let sum = parts.iter().fold(0u64, |a, &b| a.saturating_add(b));
            if sum > total {
                ck.fail(field(*set.last().unwrap_or(&N)), ErrorKind::PartsExceedTotal { sum, total });
                break;
            }
        }
    }
    if ck.errors.len() > errors_before {
        return None;
    }

    let mut known: PerCategory<Option<Known>> = given;
    let val = |k: &PerCategory<Option<Known>>, c: Category| k.get(c).map(|x| x.count);
    // A derived count's qualifier comes from those of its terms; where they pull opposite ways
    // ("more than 300" less "more than 200") nothing can be said, and the count is not derived.
    let set = |k: &mut PerCategory<Option<Known>>, c: Category, count: u64, d: Derivation| {
        let q = |c: Option<Category>| c.and_then(|c| *k.get(c)).map_or(Qual::Exact, |x| x.qual);
        let mut qual = Some(if d.from_total { total_est.qual } else { Qual::Exact });
        for c in d.plus {
            qual = qual.and_then(|a| plus(a, q(c)));
        }
        for c in d.minus {
            qual = qual.and_then(|a| crate::approx::minus(a, q(c)));
        }
        let slot = k.get_mut(c);
        if let (None, Some(qual)) = (&slot, qual) {
            *slot = Some(Known { count, derivation: Some(d), qual, from_share: None });
        }
    };
    let sum_of = |a, b| Derivation { from_total: false, plus: [Some(a), Some(b)], minus: [None, None] };
    let diff_of = |a, b| Derivation { from_total: false, plus: [Some(a), None], minus: [Some(b), None] };
    let total_minus = |a, b| Derivation { from_total: true, plus: [None, None], minus: [Some(a), b] };

    // Without the total: unions from parts, parts from unions.
    let close_unions = |known: &mut PerCategory<Option<Known>>| {
        for _ in 0..2 {
            if let (Some(c), Some(p)) = (val(known, C), val(known, P)) {
                set(known, CH, c.saturating_add(p), sum_of(C, P));
            }
            if let (Some(p), Some(n)) = (val(known, P), val(known, N)) {
                set(known, NC, p.saturating_add(n), sum_of(P, N));
            }
            if let (Some(ch), Some(c)) = (val(known, CH), val(known, C)) {
                set(known, P, ch.saturating_sub(c), diff_of(CH, C));
            }
            if let (Some(ch), Some(p)) = (val(known, CH), val(known, P)) {
                set(known, C, ch.saturating_sub(p), diff_of(CH, P));
            }
            if let (Some(nc), Some(n)) = (val(known, NC), val(known, N)) {
                set(known, P, nc.saturating_sub(n), diff_of(NC, N));
            }
            if let (Some(nc), Some(p)) = (val(known, NC), val(known, P)) {
                set(known, N, nc.saturating_sub(p), diff_of(NC, P));
            }
        }
    };
    close_unions(&mut known);

    let has = |k: &PerCategory<Option<Known>>, c| val(k, c).is_some();
    // With the total: close a partition that is one part short.
    let three = [C, P, N];
    let missing: Vec<Category> = three.iter().copied().filter(|&c| !has(&known, c)).collect();
    let others = |m: Category| {
        let mut rest = three.iter().copied().filter(move |&c| c != m);
        (rest.next(), rest.next())
    };
    if let (&[m], (Some(a), Some(b))) = (missing.as_slice(), missing.first().map_or((None, None), |&m| others(m))) {
        let s = val(&known, a).unwrap_or(0).saturating_add(val(&known, b).unwrap_or(0));
        set(&mut known, m, total.saturating_sub(s), total_minus(a, Some(b)));
    } else if has(&known, CH) && !has(&known, N) {
        let ch = val(&known, CH).unwrap_or(0);
        set(&mut known, N, total.saturating_sub(ch), total_minus(CH, None));
    } else if has(&known, N) && !has(&known, CH) {
        let n = val(&known, N).unwrap_or(0);
        set(&mut known, CH, total.saturating_sub(n), total_minus(N, None));
    } else if has(&known, C) && !has(&known, NC) {
        let c = val(&known, C).unwrap_or(0);
        set(&mut known, NC, total.saturating_sub(c), total_minus(C, None));
    } else if has(&known, NC) && !has(&known, C) {
        let nc = val(&known, NC).unwrap_or(0);
        set(&mut known, C, total.saturating_sub(nc), total_minus(NC, None));
    }

    close_unions(&mut known);

    // Derived counts must agree with everything given. A subtraction that went below zero (and
    // was clipped), a union that is not the sum of its parts, or parts past the total mean the
    // figures contradict each other; no sentence may be built on them.
    let v = |c| val(&known, c);
    let blame = |cs: &[Category]| cs.iter().copied().find(|&c| g(c).is_some()).map(field).unwrap_or(Field::StageTotal(i));
    let unions_hold = [(C, P, CH), (P, N, NC)]
        .iter()
        .all(|&(a, b, u)| !matches!((v(a), v(b), v(u)), (Some(x), Some(y), Some(z)) if x.saturating_add(y) != z));
    let parts_within = [(C, CH), (P, CH), (P, NC), (N, NC)]
        .iter()
        .all(|&(p, u)| !matches!((v(p), v(u)), (Some(x), Some(y)) if x > y));
    let within_total = [&[C, P, N][..], &[CH, N], &[C, NC]]
        .iter()
        .all(|set| set.iter().map(|&c| v(c).unwrap_or(0)).fold(0u64, u64::saturating_add) <= total);
    if strict && !(unions_hold && parts_within && within_total) {
        ck.fail(blame(&[CH, NC, N, P, C]), ErrorKind::Contradictory);
        return None;
    }

    let sum_parts = |k: &PerCategory<Option<Known>>, cs: &[Category]| cs.iter().filter_map(|&c| val(k, c)).sum::<u64>();
    let (cats, accounted): (Vec<Category>, u64) = if three.iter().all(|&c| has(&known, c)) {
        (three.to_vec(), sum_parts(&known, &three))
    } else if has(&known, CH) && has(&known, N) {
        (vec![CH, N], sum_parts(&known, &[CH, N]))
    } else if has(&known, C) && has(&known, NC) {
        (vec![C, NC], sum_parts(&known, &[C, NC]))
    } else {
        let only: Vec<Category> = Category::ALL.iter().copied().filter(|&c| has(&known, c)).collect();
        let s = sum_parts(&known, &only);
        (only, s)
    };
    let mut partition: Vec<Part> = cats.into_iter().map(Part::Category).collect();
    if strict && !partition.is_empty() && accounted < total {
        partition.push(Part::Unaccounted(total - accounted));
    }
    Some((known, partition))
}

fn warnings_for(stages: &[Stage]) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut previous: Option<&Stage> = None;
    for (i, s) in stages.iter().enumerate() {
        if !s.reported {
            previous = None;
            continue;
        }
        if s.total < SMALL_BASE {
            out.push(Warning { field: Field::StageTotal(i), kind: WarningKind::SmallBase { total: s.total } });
        }
        // Between bounds ("more than 200,000" after "more than 100,000") which is larger is not
        // known, so nothing is said.
        let comparable = |e: &&Stage| e.total_est.qual.is_exact() && s.total_est.qual.is_exact();
        if let Some(earlier) = previous.filter(comparable).filter(|e| s.total > e.total) {
            out.push(Warning {
                field: Field::StageTotal(i),
                kind: WarningKind::LaterStageLarger { later: s.total, earlier: earlier.total, earlier_stage: i - 1 },
            });
        }
        previous = Some(s);
    }
    out
}
