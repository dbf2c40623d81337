//! Puts it together: resolve the scenario, work out every figure once, decide what to say,
//! and word it in the reader's language with the working.

use crate::approx::{over, round_for, Est, PctEst, Qual};
use crate::error::{ErrorKind, Field, InputError, Message, MAX_SCENARIO_BYTES};
use crate::frequency::{natural_frequency, one_in_n, ratio, Approx, Gender};
use crate::lang::Lang;
use crate::model::{Category, Scenario, StageKind, Unit, CONTRACT_VERSION};
use crate::phrase::{self, category_label, say_into, Caveat, Direction, PartSaid, Said, Subject};
use crate::report::{
    ErrorReport, Figure, FigureKind, Report, Sentence, SentenceKind, ShareOut, SourceOut, StageReport, Table, TableRow, TableSection,
    WorkingBlock,
};
use crate::resolve::{resolve, Part, Resolved, Stage, SMALL_BASE};
use crate::share::{together, Share, Shown, Together};
use crate::working::{self, Step, Title};
use std::fmt::Write as _;

mod unreported;

/// The outcome of one calculation: a report, or every input error.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The figures held together: everything worked out and worded.
    Report(Box<Report>),
    /// The figures could not be used: every problem, each with its field.
    Errors(ErrorReport),
}

impl Outcome {
    /// Whether there is a report.
    pub fn is_ok(&self) -> bool {
        matches!(self, Outcome::Report(_))
    }

    /// The outcome as the contract's JSON, on one line (what the browser gets).
    pub fn to_json(&self) -> String {
        match self {
            Outcome::Report(r) => result_json(Ok(r)),
            Outcome::Errors(e) => result_json::<Report>(Err(e)),
        }
    }

    /// The same JSON, indented (what the CLI prints).
    pub fn to_json_pretty(&self) -> String {
        let json = match self {
            Outcome::Report(r) => serde_json::to_string_pretty(r),
            Outcome::Errors(e) => serde_json::to_string_pretty(e),
        };
        json.unwrap_or_else(|_| self.to_json())
    }
}

/// What a calculation makes beyond the figures and the sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The working: the steps for each figure (`Report::working`). Without it a report is
    /// quicker to make, and its JSON has no `working` field.
    pub working: bool,
    /// The table of figures (`Report::table`), every cell decided. Without it a report is
    /// quicker to make (its cells are most of a report's allocations), and its JSON has no
    /// `table` field; `csv::figures` and `html::report` then have no table to lay out.
    pub table: bool,
}

impl Options {
    /// The sentences and figures alone: what a keystroke needs while the reader sees neither
    /// the working nor the table.
    pub const SENTENCES: Options = Options { working: false, table: false };
}

impl Default for Options {
    /// Everything: what `calculate` makes.
    fn default() -> Options {
        Options { working: true, table: true }
    }
}

/// Reads a scenario from JSON text and calculates it. `lang`, when given, overrides the
/// scenario's own. Bad JSON is an error report like any other, never a panic.
pub fn calculate_json(input: &str, lang: Option<Lang>) -> Outcome {
    calculate_json_with(input, lang, &Options::default())
}

/// `calculate_json`, making only what `options` asks for.
pub fn calculate_json_with(input: &str, lang: Option<Lang>, options: &Options) -> Outcome {
    match read_scenario(input, lang) {
        Ok(scenario) => calculate_with(&scenario, options),
        Err(errors) => Outcome::Errors(errors),
    }
}

/// A scenario from JSON text, in `lang` when given; the error outcome when it cannot be read.
/// Every function of the contract that takes a scenario as text reads it here.
pub(crate) fn read_scenario(input: &str, lang: Option<Lang>) -> Result<Scenario, ErrorReport> {
    let unread = |kind| match input_error(kind, lang.unwrap_or_default()) {
        Outcome::Errors(e) => e,
        Outcome::Report(_) => ErrorReport::new(lang.unwrap_or_default(), Vec::new()),
    };
    if input.len() > MAX_SCENARIO_BYTES {
        return Err(unread(ErrorKind::ScenarioTooLarge { limit: MAX_SCENARIO_BYTES }));
    }
    match serde_json::from_str::<Scenario>(input) {
        Ok(mut scenario) => {
            if let Some(l) = lang {
                scenario.lang = l;
            }
            Ok(scenario)
        }
        Err(e) => Err(unread(ErrorKind::Json(e.to_string()))),
    }
}

/// A result of the contract as JSON text on one line: the value, or the error report.
pub(crate) fn result_json<T: serde::Serialize>(result: Result<&T, &ErrorReport>) -> String {
    valid_json(match result {
        Ok(value) => serde_json::to_string(value),
        Err(errors) => serde_json::to_string(errors),
    })
}

/// Serialized JSON, or a valid (empty) error report should serializing fail, which plain structs
/// of strings and numbers cannot.
pub(crate) fn valid_json(json: Result<String, serde_json::Error>) -> String {
    json.unwrap_or_else(|_| r#"{"version":1,"ok":false,"errors":[]}"#.to_string())
}

/// An error about the scenario as a whole (unreadable JSON, too large), as an outcome.
pub(crate) fn input_error(kind: ErrorKind, lang: Lang) -> Outcome {
    crate::format::set_style(lang);
    let err = InputError::new(Field::Scenario, kind);
    Outcome::Errors(ErrorReport::new(lang, vec![err.to_message(lang)]))
}

/// Calculates a scenario in full: figures, sentences and the working.
pub fn calculate(scenario: &Scenario) -> Outcome {
    calculate_with(scenario, &Options::default())
}

/// Calculates a scenario, making only what `options` asks for; what is left out is not worked
/// out at all.
pub fn calculate_with(scenario: &Scenario, options: &Options) -> Outcome {
    let lang = scenario.styled_lang().unwrap_or(scenario.lang);
    crate::format::set_style(lang);
    match resolve(scenario) {
        Ok(r) => Outcome::Report(Box::new(build(&r, options))),
        Err(errors) => Outcome::Errors(ErrorReport::new(lang, errors.iter().map(|e| e.to_message(lang)).collect())),
    }
}

/// Shares of one stage, worked out once and used by the figures, sentences and working.
struct StageFacts {
    /// Partition parts with their apportioned shares.
    parts: Vec<(Part, Together)>,
    /// Places, apportioned together with what no place accounts for.
    places: Vec<Together>,
    places_rest: Option<(u64, Together)>,
}

fn facts(stage: &Stage) -> StageFacts {
    let counts: Vec<u64> = stage.partition.iter().map(|p| part_count(stage, *p)).collect();
    let parts = stage.partition.iter().copied().zip(together(&counts, stage.total)).collect();
    let mut place_counts: Vec<u64> = stage.places.iter().map(|(_, c, _)| *c).collect();
    let rest = stage.total.saturating_sub(stage.places_sum());
    let has_rest = !place_counts.is_empty() && rest > 0;
    if has_rest {
        place_counts.push(rest);
    }
    let mut places = together(&place_counts, stage.total);
    let places_rest = if has_rest { places.pop().map(|t| (rest, t)) } else { None };
    StageFacts { parts, places, places_rest }
}

fn part_count(stage: &Stage, p: Part) -> u64 {
    match p {
        Part::Category(c) => stage.count(c).unwrap_or(0),
        Part::Unaccounted(n) => n,
    }
}

pub(crate) fn subject<'a>(r: &'a Resolved<'a>, stage: &'a Stage<'a>) -> Subject<'a> {
    Subject {
        kind: stage.kind,
        unit: stage.unit,
        verb: stage.verb,
        agency: r.agency,
        place: r.place,
        period_label: r.period_label,
        period: r.period,
    }
}

pub(crate) fn gender(unit: Unit) -> Gender {
    match unit {
        Unit::People => Gender::Feminine,
        Unit::Charges => Gender::Masculine,
    }
}

fn share_out(t: Together, unit: Unit, lang: Lang) -> ShareOut {
    let Together { shown, per_100, per_10 } = t;
    let g = gender(unit);
    let natural = natural_frequency(shown.share);
    let natural_text = natural.map(|f| f.standalone(lang, g));
    // Where no simple fraction fits, the natural frequency is already the "1 in N" reading.
    let one_in_text = match natural {
        Some(f) if matches!(f.approx, Approx::OneIn(_)) => natural_text.clone(),
        _ => one_in_n(shown.share).map(|f| f.standalone(lang, g)),
    };
    ShareOut {
        num: shown.share.num,
        den: shown.share.den,
        tenths: shown.tenths,
        per_100,
        per_10,
        percent: shown.percent_sign(lang),
        natural: natural_text,
        one_in: one_in_text,
    }
}

fn share_alone(share: Share, unit: Unit, lang: Lang) -> ShareOut {
    let alone = Together { shown: Shown::alone(share), per_100: share.scaled_round(100), per_10: share.scaled_round(10) };
    share_out(alone, unit, lang)
}

/// The category a headline leads with: the reporter's choice, else the one with no record.
pub(crate) fn focus(r: &Resolved, stage: &Stage) -> Option<Category> {
    let in_partition = |c: Category| stage.partition.contains(&Part::Category(c));
    if let Some(c) = r.focus.filter(|&c| stage.count(c).is_some()) {
        return Some(c);
    }
    let preferred = [Category::NoRecord, Category::NotConvicted, Category::Pending, Category::Convicted, Category::CriminalHistory]
        .into_iter()
        .find(|&c| in_partition(c))?;
    // "0 of the 100 had no criminal history" buries the news: say that all 100 had one.
    if stage.count(preferred) == Some(0) {
        let all = Category::ALL.into_iter().find(|&c| stage.count(c) == Some(stage.total));
        return all.or(Some(preferred));
    }
    Some(preferred)
}

/// "arrests.no_record": a figure's id, its stage's first.
fn figure_id(stage: &Stage, rest: &str) -> String {
    [stage.id.as_str(), ".", rest].concat()
}

/// "arrests.subgroup.0", "arrests.place.3".
fn numbered_id(stage: &Stage, kind: &str, n: usize) -> String {
    let mut id = String::with_capacity(stage.id.len() + kind.len() + 6);
    // Writing to a `String` cannot fail.
    let _ = write!(id, "{}.{kind}.{n}", stage.id);
    id
}

struct Builder<'a> {
    r: &'a Resolved<'a>,
    lang: Lang,
    details: Vec<Sentence>,
    caveats: Vec<Sentence>,
    figures: Vec<Figure>,
    /// `None` when the working was not asked for.
    working: Option<Vec<WorkingBlock>>,
    /// Where each sentence is worded before it is kept: one buffer for the whole report.
    text: String,
}

impl<'a> Builder<'a> {
    /// Words `said` in the report's buffer.
    fn say(&mut self, said: &Said) -> &str {
        self.text.clear();
        say_into(&mut self.text, said, self.lang);
        &self.text
    }

    fn sentence(&mut self, kind: SentenceKind, said: &Said, figures: Vec<String>) {
        let text = self.say(said).to_string();
        self.details.push(Sentence { kind, code: None, text, figures });
    }

    fn caveat(&mut self, c: Caveat, figures: Vec<String>) {
        let code = c.code();
        self.say(&Said::Caveat(c));
        if self.caveats.iter().any(|s| s.text == self.text) {
            return;
        }
        self.caveats.push(Sentence { kind: SentenceKind::Caveat, code: Some(code), text: self.text.clone(), figures });
    }

    /// Adds the working for a figure. `block` runs only when the working was asked for; a
    /// block with no steps is left out.
    fn work(&mut self, block: impl FnOnce() -> WorkingBlock) {
        let Some(working) = &mut self.working else { return };
        let block = block();
        if !block.steps.is_empty() {
            working.push(block);
        }
    }
}

fn build(r: &Resolved, options: &Options) -> Report {
    let lang = r.lang;
    // Room for what a stage usually gives, so that the lists are not moved as they grow.
    let per_stage: usize = r.stages.iter().map(|s| 8 + s.subgroups.len() + s.places.len()).sum();
    let mut b = Builder {
        r,
        lang,
        details: Vec::with_capacity(per_stage + 4),
        caveats: Vec::with_capacity(8),
        figures: Vec::with_capacity(per_stage + 4),
        working: options.working.then(|| Vec::with_capacity(per_stage + 4)),
        text: String::with_capacity(512),
    };
    let mut stage_reports = Vec::with_capacity(r.stages.len());
    let mut headline: Option<Sentence> = None;

    for (i, stage) in r.stages.iter().enumerate() {
        let subj = subject(r, stage);
        let stage_label = phrase::stage_label(&subj, lang);
        let mut report = StageReport {
            id: stage.id.clone(),
            kind: stage.kind,
            unit: stage.unit,
            label: stage_label.clone(),
            total: stage.reported.then_some(stage.total),
            parts: Vec::new(),
            subgroups: Vec::new(),
            places: Vec::new(),
            icons: if stage.total >= 100 { 100 } else { 10 },
        };
        if !stage.reported {
            unreported::unreported_stage(&mut b, i, stage, subj, &mut report, &stage_label, &mut headline);
            stage_reports.push(report);
            continue;
        }
        let f = facts(stage);
        let total_id = figure_id(stage, "total");
        b.figures.push(Figure {
            ..Figure::new(total_id.clone(), FigureKind::Total, i, stage_label.clone(), stage.total, lang)
        });

        category_figures(&mut b, i, stage, &f, &mut report, &stage_label);
        if !stage.exact() {
            estimated_stage(&mut b, i, stage, subj, &mut report, &stage_label, &mut headline);
            if let Some(earlier) = i.checked_sub(1).and_then(|e| r.stages.get(e)) {
                compare_stages(&mut b, i, earlier, stage);
            }
            stage_reports.push(report);
            continue;
        }

        // The lead sentence: the headline for the first stage, a detail for later ones.
        let (said, figures) = match focus(r, stage) {
            Some(c) => {
                let count = stage.count(c).unwrap_or(0);
                // A share stated alone is rounded alone: "one in three … (33.3 percent)", even
                // where the breakdown and the table show 33.4% so that the parts add up to 100%.
                let shown = Shown::alone(Share::new(count, stage.total));
                let frequency = natural_frequency(shown.share);
                let said = Said::Lead { subject: subj, category: c, count, total: stage.total, shown, frequency };
                (said, vec![figure_id(stage, c.key()), total_id.clone()])
            }
            None => (Said::Count { subject: subj, total: stage.total }, vec![total_id.clone()]),
        };
        let lead = Sentence { kind: SentenceKind::Headline, code: None, text: b.say(&said).to_string(), figures };
        if headline.is_none() {
            headline = Some(lead);
        } else {
            b.details.push(Sentence { kind: SentenceKind::Lead, ..lead });
        }

        breakdown_sentences(&mut b, stage, &f, subj);
        subgroup_figures(&mut b, i, stage, subj, &mut report, &stage_label);
        place_figures(&mut b, i, stage, &f, &mut report);
        if let Some(earlier) = i.checked_sub(1).and_then(|e| r.stages.get(e)) {
            compare_stages(&mut b, i, earlier, stage);
        }
        per_day(&mut b, i, stage, subj);
        stage_caveats(&mut b, stage);
        stage_reports.push(report);
    }
    if r.stages.len() > 1 {
        b.caveat(Caveat::StagesNotSamePeople, Vec::new());
    }
    if let Some((_, _, i)) = r.population {
        if let Some(stage) = r.stages.get(i) {
            population(&mut b, i, stage, subject(r, stage));
        }
    }
    if let Some(first) = r.stages.first() {
        reference(&mut b, first, subject(r, first));
    }

    let mut headline = headline.unwrap_or(Sentence { kind: SentenceKind::Headline, code: None, text: String::new(), figures: Vec::new() });
    // A sentence cites only figures the table has (a union used in a ratio may not be one).
    let figures = &b.figures;
    let keep = |s: &mut Sentence| s.figures.retain(|id| figures.iter().any(|f| f.id == *id));
    keep(&mut headline);
    b.details.iter_mut().for_each(keep);
    b.caveats.iter_mut().for_each(keep);
    let mut report = Report {
        version: CONTRACT_VERSION,
        ok: true,
        lang,
        headline,
        details: b.details,
        caveats: b.caveats,
        key: Vec::new(),
        stages: stage_reports,
        figures: b.figures,
        working: b.working,
        warnings: r.warnings.iter().map(|w| w.to_message(lang)).collect::<Vec<Message>>(),
        source: source(r, lang),
        labels: phrase::words(lang).table_labels(),
        table: None,
    };
    if options.table {
        report.table = Some(table(&report, lang));
    }
    report.key = crate::key::choose(&report);
    report
}

fn category_figures(b: &mut Builder, i: usize, stage: &Stage, f: &StageFacts, report: &mut StageReport, stage_label: &str) {
    let lang = b.lang;
    for &(part, drawn) in &f.parts {
        let shown = drawn.shown;
        let (id, kind, category, derived) = match part {
            Part::Category(c) => (
                figure_id(stage, c.key()),
                FigureKind::Category,
                Some(c),
                stage.get(c).is_some_and(|k| k.derivation.is_some()),
            ),
            Part::Unaccounted(_) => (figure_id(stage, "unaccounted"), FigureKind::Unaccounted, None, false),
        };
        let label = category_label(category, lang);
        let count = part_count(stage, part);
        b.work(|| {
            if !stage.exact() {
                let steps = estimated_part_steps(stage, part, count, lang);
                return WorkingBlock { figure: id.clone(), title: format!("{label} — {stage_label}"), steps };
            }
            let mut steps = Vec::new();
            if let Some(c) = category {
                if let Some(d) = stage.get(c).and_then(|k| k.derivation) {
                    steps.push(working::derivation(&d.terms(stage), count, lang));
                }
            } else {
                steps.push(working::derivation(
                    &std::iter::once(crate::resolve::Term { minus: false, value: stage.total, qual: stage.total_est.qual })
                        .chain(stage.partition.iter().filter_map(|p| match p {
                            Part::Category(c) => Some(crate::resolve::Term {
                                minus: true,
                                value: stage.count(*c).unwrap_or(0),
                                qual: stage.get(*c).map_or(Qual::Exact, |k| k.qual),
                            }),
                            Part::Unaccounted(_) => None,
                        }))
                        .collect::<Vec<_>>(),
                    count,
                    lang,
                ));
            }
            steps.push(working::share(shown, lang));
            if let Some(freq) = natural_frequency(shown.share) {
                steps.push(freq.explain(lang, gender(stage.unit)));
            }
            WorkingBlock { figure: id.clone(), title: format!("{label} — {stage_label}"), steps }
        });
        b.figures.push(Figure {
            category: category.map(|c| c.key()),
            derived,
            of_total: Some(share_out(drawn, stage.unit, lang)),
            ..Figure::new(id.clone(), kind, i, label.to_string(), count, lang)
        });
        report.parts.push(id);
    }
    b.work(|| {
        let rows: Vec<(&str, Shown)> =
            f.parts.iter().map(|&(part, drawn)| (category_label(part.category(), lang), drawn.shown)).collect();
        let title = working::title(Title::Parts { stage: stage_label }, lang);
        WorkingBlock { figure: figure_id(stage, "parts"), title, steps: working::apportioned(&rows, lang).into_iter().collect() }
    });
    // Categories known but not among the parts (a given union, or a sub-group's parent).
    for c in Category::ALL {
        let Some(known) = stage.get(c) else { continue };
        if stage.partition.contains(&Part::Category(c)) {
            continue;
        }
        let is_parent = stage.subgroups.iter().any(|g| g.parent == Some(c));
        if known.derivation.is_some() && !is_parent {
            continue;
        }
        let id = figure_id(stage, c.key());
        let label = category_label(Some(c), lang);
        let share = Share::new(known.count, stage.total);
        b.work(|| {
            let mut steps = Vec::new();
            if let Some(d) = known.derivation {
                steps.push(working::derivation(&d.terms(stage), known.count, lang));
            }
            steps.push(working::share(Shown::alone(share), lang));
            WorkingBlock { figure: id.clone(), title: format!("{label} — {stage_label}"), steps }
        });
        b.figures.push(Figure {
            category: Some(c.key()),
            derived: known.derivation.is_some(),
            of_total: Some(share_alone(share, stage.unit, lang)),
            ..Figure::new(id, FigureKind::Category, i, label.to_string(), known.count, lang)
        });
    }
}

fn breakdown_sentences<'a>(b: &mut Builder<'a>, stage: &'a Stage, f: &StageFacts, subj: Subject<'a>) {
    // A part with no one in it is left out of the sentence (the table still shows it); when one
    // part is everyone, that is said once: by the lead, or else as "All 500 … had …".
    let nonzero: Vec<(Part, Together)> = f.parts.iter().copied().filter(|&(p, _)| part_count(stage, p) > 0).collect();
    let said_by_lead = match nonzero.as_slice() {
        [(Part::Category(c), _)] => focus(b.r, stage) == Some(*c),
        [(Part::Unaccounted(_), _)] => true,
        _ => false,
    };
    if f.parts.len() >= 2 && !said_by_lead {
        let parts: Vec<PartSaid> = nonzero
            .iter()
            .map(|&(p, drawn)| PartSaid {
                category: p.category(),
                count: part_count(stage, p),
                shown: drawn.shown,
            })
            .collect();
        let ids = nonzero
            .iter()
            .map(|(p, ..)| match p {
                Part::Category(c) => figure_id(stage, c.key()),
                Part::Unaccounted(_) => figure_id(stage, "unaccounted"),
            })
            .collect();
        b.sentence(SentenceKind::Breakdown, &Said::Breakdown { subject: subj, total: stage.total, parts }, ids);
    }
    // Two complementary groups as a ratio: people, not charges.
    let unaccounted = stage.partition.iter().any(|p| matches!(p, Part::Unaccounted(_)));
    if stage.unit == Unit::People && !unaccounted {
        let pair = [(Category::CriminalHistory, Category::NoRecord), (Category::Convicted, Category::NotConvicted)]
            .into_iter()
            .find(|&(x, y)| stage.count(x).is_some_and(|v| v > 0) && stage.count(y).is_some_and(|v| v > 0));
        if let Some((x, y)) = pair {
            let (vx, vy) = (stage.count(x).unwrap_or(0), stage.count(y).unwrap_or(0));
            let (larger, smaller, a, bb) = if vx >= vy { (x, y, vx, vy) } else { (y, x, vy, vx) };
            if let Some(rt) = ratio(a, bb) {
                b.sentence(
                    SentenceKind::Ratio,
                    &Said::Ratio { larger, smaller, a, b: bb, ratio: rt },
                    vec![figure_id(stage, larger.key()), figure_id(stage, smaller.key())],
                );
                let lang = b.lang;
                b.work(|| {
                    let title = working::title(Title::Ratio { stage: &phrase::stage_label(&subj, lang) }, lang);
                    WorkingBlock { figure: figure_id(stage, "ratio"), title, steps: vec![rt.explain(lang)] }
                });
            }
        }
    }
}

fn subgroup_figures<'a>(b: &mut Builder<'a>, i: usize, stage: &'a Stage, subj: Subject<'a>, report: &mut StageReport, stage_label: &str) {
    let lang = b.lang;
    for (g, sg) in stage.subgroups.iter().enumerate() {
        let id = numbered_id(stage, "subgroup", g);
        let of_total = Shown::alone(Share::new(sg.count, stage.total));
        let parent = sg.parent.and_then(|c| stage.count(c).filter(|&n| n > 0).map(|n| (c, n, Shown::alone(Share::new(sg.count, n)))));
        let one_in = natural_frequency(of_total.share);
        b.sentence(
            SentenceKind::Subgroup,
            &Said::Subgroup { subject: subj, label: sg.label, count: sg.count, total: stage.total, of_total, one_in, parent },
            vec![id.clone()],
        );
        let label = sg.label.get(lang).unwrap_or("").to_string();
        b.work(|| {
            let mut steps = vec![working::share(of_total, lang)];
            if let Some(f) = one_in {
                steps.push(f.explain(lang, gender(stage.unit)));
            }
            if let Some((_, _, of_parent)) = parent {
                steps.push(working::share(of_parent, lang));
            }
            WorkingBlock { figure: id.clone(), title: format!("{label} — {stage_label}"), steps }
        });
        b.figures.push(Figure {
            of_total: Some(share_alone(of_total.share, stage.unit, lang)),
            of_parent: parent.map(|(_, _, s)| share_alone(s.share, stage.unit, lang)),
            parent: sg.parent.map(|c| figure_id(stage, c.key())),
            ..Figure::new(id.clone(), FigureKind::Subgroup, i, label, sg.count, lang)
        });
        report.subgroups.push(id);
    }
    if stage.subgroups.len() > 1 {
        b.caveat(Caveat::SubgroupsOverlap { unit: stage.unit }, report.subgroups.clone());
    }
}

fn place_figures(b: &mut Builder, i: usize, stage: &Stage, f: &StageFacts, report: &mut StageReport) {
    let lang = b.lang;
    if stage.places.is_empty() {
        return;
    }
    for (p, ((name, count, _), drawn)) in stage.places.iter().zip(&f.places).enumerate() {
        let id = numbered_id(stage, "place", p);
        b.figures.push(Figure {
            of_total: Some(share_out(*drawn, stage.unit, lang)),
            ..Figure::new(id.clone(), FigureKind::Place, i, name.get(lang).unwrap_or("").to_string(), *count, lang)
        });
        report.places.push(id);
    }
    if let Some((rest, drawn)) = f.places_rest {
        let id = figure_id(stage, "place.unaccounted");
        b.figures.push(Figure {
            derived: true,
            of_total: Some(share_out(drawn, stage.unit, lang)),
            ..Figure::new(id.clone(), FigureKind::PlaceUnaccounted, i, category_label(None, lang).to_string(), rest, lang)
        });
        report.places.push(id);
        b.caveat(Caveat::PlacesUnaccounted { count: rest, total: stage.total }, Vec::new());
    }
    // The largest first; equal counts in the order given.
    let mut order: Vec<(usize, &(&crate::lang::Text, u64, Qual), Shown)> =
        stage.places.iter().zip(&f.places).enumerate().map(|(p, (place, fig))| (p, place, fig.shown)).collect();
    crate::share::sort_small(&mut order, |x, y| y.1 .1.cmp(&x.1 .1).then(x.0.cmp(&y.0)));
    let top: Vec<_> = order.iter().take(3).map(|&(_, &(name, count, _), shown)| (name, count, shown)).collect();
    let ids = order.iter().take(3).map(|&(p, _, _)| numbered_id(stage, "place", p)).collect();
    let said = Said::Places { top, places: stage.places.len() };
    b.sentence(SentenceKind::Place, &said, ids);
}

fn compare_stages(b: &mut Builder, i: usize, earlier: &Stage, later: &Stage) {
    let lang = b.lang;
    // Nothing is worked out from a total that was not reported.
    if !(earlier.reported && later.reported) {
        return;
    }
    let r = b.r;
    let (se, sl) = (subject(r, earlier), subject(r, later));
    if !(earlier.exact() && later.exact()) {
        let id = [later.id.as_str(), ".per_100_", earlier.id.as_str()].concat();
        let label = phrase::words(lang).per_100_label(&phrase::stage_label(&sl, lang), &phrase::stage_label(&se, lang));
        let (a, bb) = (later.total_est, earlier.total_est);
        let q = over(a.qual, bb.qual);
        let exact_tenths = Share::new(a.value.saturating_mul(100), bb.value).scaled_round(10);
        let result = q.map(|q| PctEst { tenths: round_for(a.value.saturating_mul(100), bb.value, 10, q), qual: q });
        if let Some(per_100) = result.filter(|p| p.says_something()) {
            b.sentence(SentenceKind::Stages, &Said::PerHundredEst { earlier: se, later: sl, per_100 }, vec![id.clone()]);
        }
        b.work(|| WorkingBlock {
            figure: id.clone(),
            title: label.clone(),
            steps: vec![working::estimate(Step::EstDiv { a, b: bb, per: 100, exact_tenths, result, percent: false }, lang)],
        });
        b.figures.push(Figure {
            derived: true,
            count_kind: a.qual.kind(),
            count_text: est_text(a, lang),
            value_text: result.map(|p| est_rate_text(p, lang)),
            ..Figure::new(id, FigureKind::StageRatio, i, label, later.total, lang)
        });
        return;
    }
    let per_100_tenths = Share::new(later.total, earlier.total).scaled_round(1000);
    let id = [later.id.as_str(), ".per_100_", earlier.id.as_str()].concat();
    b.sentence(
        SentenceKind::Stages,
        &Said::PerHundred { earlier: se, later: sl, later_total: later.total, per_100_tenths },
        vec![id.clone()],
    );
    let value_text = crate::format::tenths(per_100_tenths, lang);
    let label = phrase::words(lang).per_100_label(&phrase::stage_label(&sl, lang), &phrase::stage_label(&se, lang));
    b.work(|| WorkingBlock {
        figure: id.clone(),
        title: label.clone(),
        steps: vec![working::per_hundred(later.total, earlier.total, per_100_tenths, lang)],
    });
    b.figures.push(Figure {
        derived: true,
        value_text: Some(value_text),
        ..Figure::new(id, FigureKind::StageRatio, i, label, later.total, lang)
    });

    // The same category's share in both stages, in percentage points.
    let Some(c) = focus(r, earlier).filter(|&c| later.count(c).is_some()) else { return };
    let from = Share::new(earlier.count(c).unwrap_or(0), earlier.total);
    let to = Share::new(later.count(c).unwrap_or(0), later.total);
    // The difference of the percentages the reader sees, so that 36.5 − 32.9 reads 3.6.
    let points_tenths = to.tenths().abs_diff(from.tenths());
    let direction = match to.cmp_fraction(from.num, from.den) {
        std::cmp::Ordering::Greater => Direction::Higher,
        std::cmp::Ordering::Less => Direction::Lower,
        std::cmp::Ordering::Equal => Direction::Same,
    };
    b.sentence(
        SentenceKind::Stages,
        &Said::ShareChange { category: c, earlier: se, later: sl, from: Shown::alone(from), to: Shown::alone(to), points_tenths, direction },
        vec![figure_id(earlier, c.key()), figure_id(later, c.key())],
    );
    b.work(|| {
        let title = working::title(Title::Change { category: category_label(Some(c), lang) }, lang);
        WorkingBlock { figure: format!("{}.{}.change", later.id, c.key()), title, steps: vec![working::points(to, from, lang)] }
    });
}

fn per_day(b: &mut Builder, i: usize, stage: &Stage, subj: Subject) {
    // Over one day the daily figure is the total: nothing to add.
    let Some(p) = b.r.period.filter(|p| p.days > 1) else { return };
    let lang = b.lang;
    let tenths = Share::new(stage.total, p.days).scaled_round(10);
    let id = figure_id(stage, "per_day");
    b.sentence(SentenceKind::Rate, &Said::PerDay { subject: subj, total: stage.total, per_day_tenths: tenths, days: p.days }, vec![id.clone()]);
    let label = phrase::words(lang).per_day_label(&phrase::stage_label(&subj, lang));
    b.work(|| WorkingBlock {
        figure: id.clone(),
        title: label.clone(),
        steps: vec![working::days(p.start, p.end, p.days, lang), working::per_day(stage.total, p.days, tenths, lang)],
    });
    b.figures.push(Figure {
        derived: true,
        value_text: Some(crate::format::tenths(tenths, lang)),
        ..Figure::new(id, FigureKind::PerDay, i, label, stage.total, lang)
    });
}

fn stage_caveats(b: &mut Builder, stage: &Stage) {
    for c in Category::ALL {
        if let Some(known) = stage.get(c) {
            if let Some(d) = known.derivation {
                let shown_or_parent =
                    stage.partition.contains(&Part::Category(c)) || stage.subgroups.iter().any(|g| g.parent == Some(c));
                // A derived zero is not stated in any sentence (the table marks it derived).
                if shown_or_parent && known.count > 0 {
                    b.caveat(Caveat::Derived { category: c, count: known.count, terms: d.terms(stage), unit: stage.unit }, vec![figure_id(stage, c.key())]);
                }
            }
        }
    }
    // What a count of people with a history or without a conviction does not say.
    if let Some(ch) = stage.count(Category::CriminalHistory).filter(|&n| stage.unit == Unit::People && n > 0) {
        if stage.count(Category::Convicted).is_none() {
            b.caveat(Caveat::HistoryIsNotConviction { count: ch }, vec![figure_id(stage, "criminal_history")]);
        }
    }
    if let Some(nc) = stage.count(Category::NotConvicted).filter(|&n| stage.unit == Unit::People && n > 0) {
        if stage.count(Category::Pending).is_none() {
            b.caveat(Caveat::NotConvictedIsNotNoRecord { count: nc }, vec![figure_id(stage, "not_convicted")]);
        }
    }
    for p in &stage.partition {
        if let Part::Unaccounted(n) = p {
            b.caveat(Caveat::Unaccounted { count: *n, total: stage.total }, vec![figure_id(stage, "unaccounted")]);
        }
    }
    if stage.unit == Unit::Charges {
        b.caveat(Caveat::ChargesNotPeople, Vec::new());
    }
    if stage.kind == StageKind::Detainers {
        b.caveat(Caveat::DetainersNotPeople, Vec::new());
    }
    if stage.total < SMALL_BASE {
        b.caveat(Caveat::SmallBase { total: stage.total, unit: stage.unit }, vec![figure_id(stage, "total")]);
    }
}

/// The population set against a stage's total (`reference.population`, the first stage unless
/// it names another): its share, and "1 in N" where the counts are exact; hedged where the
/// stage's total or the population is not; nothing from a total that was not reported.
fn population(b: &mut Builder, i: usize, stage: &Stage, subj: Subject) {
    let Some((population, label, _)) = b.r.population else { return };
    if !stage.reported {
        return;
    }
    let lang = b.lang;
    let id = "reference.population".to_string();
    let flabel = label.get(lang).unwrap_or("").to_string();
    let plain = |e: &Est| e.qual.is_exact() && e.scale == 0;
    if plain(&stage.total_est) && plain(&population) {
        // Can pass 100%: the people counted need not be drawn from the population.
        let shown = Shown::alone(Share::new(stage.total, population.value));
        let one_in = if stage.total > population.value { None } else { one_in_n(shown.share) };
        b.sentence(
            SentenceKind::Population,
            &Said::Population { subject: subj, total: stage.total, population: population.value, label, shown, one_in },
            vec![id.clone(), figure_id(stage, "total")],
        );
        b.work(|| {
            let mut steps = vec![working::share(shown, lang)];
            if let Some(f) = one_in {
                steps.push(f.explain(lang, Gender::Masculine));
            }
            WorkingBlock { figure: id.clone(), title: flabel.clone(), steps }
        });
        b.figures.push(Figure {
            value_text: Some(shown.percent_sign(lang)),
            ..Figure::new(id, FigureKind::Population, i, flabel, population.value, lang)
        });
    } else {
        let total = stage.total_est;
        let q = over(total.qual, population.qual);
        let exact_tenths = Share::new(total.value, population.value).scaled_round(1000);
        let share = q.map(|q| PctEst { tenths: round_for(total.value, population.value, 1000, q), qual: q });
        if let Some(share) = share.filter(|p| p.says_something()) {
            b.sentence(
                SentenceKind::Population,
                &Said::PopulationEst { subject: subj, total, population, label, share },
                vec![id.clone(), figure_id(stage, "total")],
            );
        }
        b.work(|| WorkingBlock {
            figure: id.clone(),
            title: flabel.clone(),
            steps: vec![working::estimate(Step::EstDiv { a: total, b: population, per: 100, exact_tenths, result: share, percent: true }, lang)],
        });
        b.figures.push(Figure {
            count_kind: population.qual.kind(),
            count_text: est_text(population, lang),
            value_text: Some(share.map(|p| crate::format::short_string(phrase::pct_est_sign_display(p, lang))).unwrap_or_default()),
            ..Figure::new(id, FigureKind::Population, i, flabel, population.value, lang)
        });
    }
    b.caveat(Caveat::PopulationNotSamePeople { label }, Vec::new());
}

fn reference(b: &mut Builder, first: &Stage, subj: Subject) {
    if !first.reported {
        return;
    }
    let lang = b.lang;
    let r = b.r;
    // Exact, and typed in figures: "1.4 million" is said as typed, which the hedged sentences do.
    let plain = |e: &Est| e.qual.is_exact() && e.scale == 0;
    let all_exact = plain(&first.total_est)
        && r.comparison.is_none_or(|(c, _)| plain(&c))
        && r.target.as_ref().is_none_or(|t| [t.per_day, t.total, t.observed_per_day].iter().flatten().all(plain));
    if !all_exact {
        return estimated_reference(b, first, subj);
    }
    if let Some(t) = &r.target {
        let id = "reference.target".to_string();
        let title = working::title(Title::Target, lang);
        if let Some(Est { value: target, .. }) = t.per_day {
            let (pace_tenths, percent_tenths, observed) = match (t.observed_per_day.map(|e| e.value), r.period) {
                (Some(obs), _) => (obs.saturating_mul(10), Share::new(obs, target).scaled_round(1000), true),
                (None, Some(p)) => (
                    Share::new(first.total, p.days).scaled_round(10),
                    Share::new(first.total, p.days.saturating_mul(target)).scaled_round(1000),
                    false,
                ),
                (None, None) => (0, 0, false),
            };
            b.sentence(
                SentenceKind::Target,
                &Said::TargetDaily { subject: subj, pace_tenths, observed, target, percent_tenths, label: t.label },
                vec![id.clone()],
            );
            b.work(|| WorkingBlock {
                figure: id.clone(),
                title: title.clone(),
                steps: vec![working::of_target(pace_tenths, target, percent_tenths, lang)],
            });
            push_reference_figure(b, &id, FigureKind::Target, title.clone(), target, crate::format::percent_sign(percent_tenths, lang));
        }
        if let Some(Est { value: target, .. }) = t.total {
            let percent_tenths = Share::new(first.total, target).scaled_round(1000);
            let tid = "reference.target_total".to_string();
            b.sentence(
                SentenceKind::Target,
                &Said::TargetTotal { subject: subj, total: first.total, target, percent_tenths, label: t.label },
                vec![tid.clone()],
            );
            let shown = Shown { share: Share::new(first.total, target), tenths: percent_tenths };
            b.work(|| WorkingBlock { figure: tid.clone(), title: title.clone(), steps: vec![working::share(shown, lang)] });
            push_reference_figure(b, &tid, FigureKind::Target, title, target, crate::format::percent_sign(percent_tenths, lang));
        }
    }
    if let Some((Est { value: other, .. }, label)) = &r.comparison {
        let id = "reference.comparison".to_string();
        let direction = match first.total.cmp(other) {
            std::cmp::Ordering::Greater => Direction::Higher,
            std::cmp::Ordering::Less => Direction::Lower,
            std::cmp::Ordering::Equal => Direction::Same,
        };
        let change_tenths = (*other > 0).then(|| Share::new(first.total.abs_diff(*other), *other).scaled_round(1000));
        b.sentence(
            SentenceKind::Comparison,
            &Said::Comparison { subject: subj, total: first.total, other: *other, label, change_tenths, direction },
            vec![id.clone(), figure_id(first, "total")],
        );
        let flabel = label.get(lang).unwrap_or("").to_string();
        b.work(|| WorkingBlock {
            figure: id.clone(),
            title: flabel.clone(),
            steps: change_tenths.map(|t| working::change(first.total, *other, t, lang)).into_iter().collect(),
        });
        let value = change_tenths.map(|t| crate::format::percent_sign(t, lang)).unwrap_or_default();
        push_reference_figure(b, &id, FigureKind::Comparison, flabel, *other, value);
    }
}

fn push_reference_figure(b: &mut Builder, id: &str, kind: FigureKind, label: String, count: u64, value: String) {
    b.figures.push(Figure {
        value_text: Some(value),
        ..Figure::new(id.to_string(), kind, 0, label, count, b.lang)
    });
}

fn source(r: &Resolved, lang: Lang) -> Option<SourceOut> {
    let text = r.source_text.as_ref().and_then(|t| t.get(lang)).map(str::to_string);
    if text.is_none() && r.source_url.is_none() {
        return None;
    }
    Some(SourceOut {
        text,
        url: r.source_url.clone(),
        label: phrase::words(lang).source_label().to_string(),
    })
}

/// The table of figures, every cell decided here: a section per stage with its figures in
/// order (the population, goal and comparison, which are measured against the first stage,
/// close the first section).
fn table(r: &Report, lang: Lang) -> Table {
    let words = phrase::words(lang);
    let mark = words.derived_mark();
    let l = &r.labels;
    let columns = [&l.figure, &l.count, &l.of_total, &l.of_parent, &l.natural, &l.derived].map(|c| c.to_string());
    let sections = r
        .stages
        .iter()
        .enumerate()
        .map(|(s, stage)| TableSection {
            stage: s,
            heading: stage.label.clone(),
            rows: r.figures.iter().filter(|f| f.stage == s).map(|f| table_row(f, mark)).collect(),
        })
        .collect();
    Table { caption: words.table_caption().to_string(), columns: columns.into(), sections }
}

/// A figure's row. A rate or a ratio is not a count of people: its number column shows its
/// value, and it has no share. A population, goal or comparison shows its value (a share of
/// that reference) in the share column.
fn table_row(f: &Figure, derived_mark: &str) -> TableRow {
    let is_rate = matches!(f.kind, FigureKind::PerDay | FigureKind::StageRatio);
    // Every cell as text borrowed from the figure, then copied once: one path for every cell.
    let value = f.value_text.as_deref().unwrap_or_default();
    let count = if is_rate { value } else { &f.count_text };
    let of_total = match (&f.of_total, is_rate) {
        (Some(s), _) => &s.percent,
        (None, false) => value,
        (None, true) => "",
    };
    let natural = f.of_total.as_ref().and_then(|s| s.natural.as_deref().or(s.one_in.as_deref())).unwrap_or_default();
    let of_parent = f.of_parent.as_ref().map_or("", |s| &s.percent);
    TableRow {
        figure: f.id.clone(),
        kind: f.kind,
        label: f.label.clone(),
        count: count.to_string(),
        of_total: of_total.to_string(),
        of_parent: of_parent.to_string(),
        natural: natural.to_string(),
        derived: f.derived,
        derived_text: if f.derived { derived_mark } else { "" }.to_string(),
        number: f.count,
        value: f.value_text.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// Stages with figures that are not exact: every sentence hedged as its inputs allow, or left out
// with the working saying why (docs/phrasing.md, "Approximate figures").

/// A count as written with its qualifier: "more than 100,000", "about 1.4 million".
fn est_text(e: Est, lang: Lang) -> String {
    crate::format::short_string(phrase::est_display(e, lang))
}

/// A rate or per-100 value in tenths with its qualifier: "more than 700".
fn est_rate_text(p: PctEst, lang: Lang) -> String {
    crate::format::short_string(phrase::rate_est_display(p, lang))
}

/// A worked-out count as a sentence states it: exact inputs give the count, others two
/// significant figures in the direction that keeps the qualifier true.
fn stated(count: u64, qual: Qual) -> Est {
    Est { value: round_for(count, 1, 1, qual), qual, scale: 0 }
}

/// A category's or group's count as stated: typed counts as typed, worked-out ones rounded;
/// `None` when it cannot be stated at all.
fn stated_count(count: u64, qual: Qual, from_share: Option<crate::resolve::FromShare>, derived: bool) -> Option<Est> {
    match from_share {
        Some(s) => s.count_qual.map(|q| stated(count, q)),
        None if derived => Some(stated(count, qual)),
        None => Some(Est { value: count, qual, scale: 0 }),
    }
}

/// The share a part is of its whole, as stated: a typed share as typed; else worked out, with
/// the qualifier the two counts allow (`None`: they pull opposite ways).
fn stated_share(count: u64, qual: Qual, from_share: Option<crate::resolve::FromShare>, whole: Est) -> Option<PctEst> {
    match from_share {
        Some(s) => Some(typed_share(s)),
        None => over(qual, whole.qual).map(|q| PctEst { tenths: round_for(count, whole.value, 1000, q), qual: q }),
    }
}

/// Whether a part of the stage was typed as a share of a whole that is only a bound, so that
/// neither it nor a part worked out from it has a count to state.
fn shares_of_a_bound(stage: &Stage) -> bool {
    Category::ALL.iter().any(|&c| stage.get(c).and_then(|k| k.from_share).is_some_and(|s| s.count_qual.is_none()))
}

/// The working of a part of a stage with figures that are not exact: how it was worked out,
/// with each figure's qualifier ("1,000 − nearly 400 − fewer than 200 = about 400"), then its
/// share as stated ("nearly 400 ÷ 1,000 = 40.0% → about 40%"); never a natural-frequency
/// reading, which would be more precise than the reporting.
fn estimated_part_steps(stage: &Stage, part: Part, count: u64, lang: Lang) -> Vec<String> {
    use crate::resolve::Term;
    let total = stage.total_est;
    let known = part.category().and_then(|c| stage.get(c));
    let mut steps = Vec::with_capacity(2);
    let qual = match (part, known) {
        (Part::Category(_), Some(k)) => {
            if let Some(d) = k.derivation {
                if shares_of_a_bound(stage) {
                    let rest = stated_share(count, k.qual, None, total);
                    steps.push(working::estimate(Step::RestOfBound { whole: total, rest }, lang));
                    return steps;
                }
                steps.push(working::derivation_est(&d.terms(stage), stated(count, k.qual), lang));
            }
            Some(k.qual)
        }
        (Part::Category(_), None) => None,
        (Part::Unaccounted(_), _) => {
            let given = stage.partition.iter().filter_map(|p| p.category().and_then(|c| stage.get(c)));
            let terms: Vec<Term> = std::iter::once(Term { minus: false, value: stage.total, qual: total.qual })
                .chain(given.map(|k| Term { minus: true, value: k.count, qual: k.qual }))
                .collect();
            let qual = terms.iter().skip(1).try_fold(total.qual, |q, t| crate::approx::minus(q, t.qual));
            if let Some(q) = qual {
                steps.push(working::derivation_est(&terms, stated(count, q), lang));
            }
            qual
        }
    };
    let Some(qual) = qual else {
        steps.push(working::estimate(Step::LeftOut, lang));
        return steps;
    };
    steps.push(part_share_step(count, qual, known.and_then(|k| k.from_share), total, lang));
    steps
}

/// A typed share as a sentence states it: "nearly 30%".
fn typed_share(s: crate::resolve::FromShare) -> PctEst {
    PctEst { tenths: Share::new(s.num.min(s.den), s.den).scaled_round(1000), qual: s.qual }
}

/// The working of a part's share of a whole, where either is not exact: "more than 300 ÷ 1,000
/// = 30% → more than 30%"; for a part typed as a share, how its count comes of it ("nearly 30%
/// of more than 300: 30% × 300 = 90 → about 90").
fn part_share_step(count: u64, qual: Qual, from_share: Option<crate::resolve::FromShare>, whole: Est, lang: Lang) -> String {
    let step = match from_share {
        Some(s) => Step::FromShare { share: typed_share(s), whole, product: count, result: s.count_qual.map(|q| stated(count, q)) },
        None => Step::EstDiv {
            a: Est { value: count, qual, scale: 0 },
            b: whole,
            per: 100,
            exact_tenths: Share::new(count, whole.value).scaled_round(1000),
            result: stated_share(count, qual, None, whole),
            percent: true,
        },
    };
    working::estimate(step, lang)
}

/// The places of a stage with figures that are not exact: each with its count as typed and its
/// share hedged, in the table and the working; no sentence (the working of the parts says why).
fn estimated_places(b: &mut Builder, i: usize, stage: &Stage, report: &mut StageReport, stage_label: &str) {
    let lang = b.lang;
    let total = stage.total_est;
    for (p, &(name, count, qual)) in stage.places.iter().enumerate() {
        let id = numbered_id(stage, "place", p);
        let count_est = Est { value: count, qual, scale: 0 };
        let share = stated_share(count, qual, None, total);
        let label = name.get(lang).unwrap_or("").to_string();
        b.work(|| WorkingBlock {
            figure: id.clone(),
            title: format!("{label} — {stage_label}"),
            steps: vec![part_share_step(count, qual, None, total, lang)],
        });
        let mut of_total = share_alone(Share::new(count.min(stage.total), stage.total), stage.unit, lang);
        hedge_share(&mut of_total, share, lang);
        b.figures.push(Figure {
            count_kind: qual.kind(),
            count_text: est_text(count_est, lang),
            of_total: Some(of_total),
            ..Figure::new(id.clone(), FigureKind::Place, i, label, count, lang)
        });
        report.places.push(id);
    }
}

/// The hedged figures, sentences and working of a stage with figures that are not exact.
fn estimated_stage<'a>(
    b: &mut Builder<'a>,
    i: usize,
    stage: &'a Stage,
    subj: Subject<'a>,
    report: &mut StageReport,
    stage_label: &str,
    headline: &mut Option<Sentence>,
) {
    let lang = b.lang;
    let total = stage.total_est;
    // A part typed as a share of a whole that is only a bound has no count to state, and nor
    // has a part worked out from it ("more than 300" less "nearly 30 percent" of it).
    let share_of_bound = shares_of_a_bound(stage);
    // The figures already made for the parts: their counts and shares carry their qualifiers.
    for fig in b.figures.iter_mut().filter(|f| f.stage == i) {
        let category = fig.category.and_then(|key| Category::ALL.into_iter().find(|c| c.key() == key));
        fig.derived |= category.and_then(|c| stage.get(c)).and_then(|k| k.from_share).is_some();
        let (count_est, share) = match category {
            Some(c) => match stage.get(c) {
                Some(k) => (
                    stated_count(k.count, k.qual, k.from_share, k.derivation.is_some())
                        .filter(|_| !(share_of_bound && k.derivation.is_some())),
                    stated_share(k.count, k.qual, k.from_share, total),
                ),
                None => continue,
            },
            None if fig.kind == FigureKind::Total => (Some(total), None),
            None => continue,
        };
        match count_est {
            Some(e) => {
                fig.count_kind = e.qual.kind();
                fig.count_text = est_text(e, lang);
            }
            // A count that cannot be stated (a share of a bound) is no exact figure either.
            None => {
                fig.count_kind = crate::approx::CountKind::Approximate;
                fig.count_text.clear();
            }
        }
        if let Some(s) = fig.of_total.as_mut() {
            hedge_share(s, share, lang);
        }
    }

    // The lead: the focus category's share as the counts allow, else the total alone.
    let total_id = figure_id(stage, "total");
    let lead = focus(b.r, stage).and_then(|c| {
        let k = stage.get(c)?;
        let share = stated_share(k.count, k.qual, k.from_share, total);
        let count = stated_count(k.count, k.qual, k.from_share, k.derivation.is_some());
        // Where the bounds settle neither the share nor the count, the total alone.
        let share = share.filter(|p| p.says_something());
        share.or(count.map(|_| PctEst { tenths: 0, qual: Qual::Exact }))?;
        Some((Said::LeadEst { subject: subj, category: c, count, total, share }, vec![figure_id(stage, c.key()), total_id.clone()]))
    });
    let (said, figures) = lead.unwrap_or_else(|| (Said::CountEst { subject: subj, total }, vec![total_id.clone()]));
    let lead = Sentence { kind: SentenceKind::Headline, code: None, text: b.say(&said).to_string(), figures };
    if headline.is_none() {
        *headline = Some(lead);
    } else {
        b.details.push(Sentence { kind: SentenceKind::Lead, ..lead });
    }
    // The breakdown, the ratio, the places and the change between stages would each state a
    // figure more precisely than the reporting: left out, and the working says why.
    if stage.partition.len() >= 2 || !stage.places.is_empty() {
        b.work(|| WorkingBlock {
            figure: figure_id(stage, "parts"),
            title: working::title(Title::Parts { stage: stage_label }, lang),
            steps: vec![working::estimate(Step::LeftOut, lang)],
        });
    }

    for (g, sg) in stage.subgroups.iter().enumerate() {
        let id = numbered_id(stage, "subgroup", g);
        let whole = match sg.parent {
            None => Some(total),
            Some(c) => stage.get(c).map(|k| stated_count(k.count, k.qual, k.from_share, k.derivation.is_some())).unwrap_or(None),
        };
        let Some(whole) = whole else { continue };
        let share = stated_share(sg.count, sg.qual, sg.from_share, whole);
        let count = stated_count(sg.count, sg.qual, sg.from_share, false);
        b.sentence(
            SentenceKind::Subgroup,
            &Said::SubgroupEst { subject: subj, label: sg.label, count, whole, parent: sg.parent, share: share.filter(|p| p.says_something()) },
            vec![id.clone()],
        );
        let label = sg.label.get(lang).unwrap_or("").to_string();
        b.work(|| WorkingBlock {
            figure: id.clone(),
            title: format!("{label} — {stage_label}"),
            steps: vec![part_share_step(sg.count, sg.qual, sg.from_share, whole, lang)],
        });
        let mut of_total = share_alone(Share::new(sg.count.min(stage.total), stage.total), stage.unit, lang);
        hedge_share(&mut of_total, if sg.parent.is_none() { share } else { None }, lang);
        b.figures.push(Figure {
            derived: sg.from_share.is_some(),
            count_kind: count.map_or(crate::approx::CountKind::Approximate, |e| e.qual.kind()),
            count_text: count.map(|e| est_text(e, lang)).unwrap_or_default(),
            of_total: Some(of_total),
            parent: sg.parent.map(|c| figure_id(stage, c.key())),
            ..Figure::new(id.clone(), FigureKind::Subgroup, i, label, sg.count, lang)
        });
        report.subgroups.push(id);
    }
    if stage.subgroups.len() > 1 {
        b.caveat(Caveat::SubgroupsOverlap { unit: stage.unit }, report.subgroups.clone());
    }
    estimated_places(b, i, stage, report, stage_label);

    if let Some(p) = b.r.period {
        let id = figure_id(stage, "per_day");
        let exact_tenths = Share::new(total.value, p.days).scaled_round(10);
        let per_day = PctEst { tenths: round_for(total.value, p.days, 10, total.qual), qual: total.qual };
        if per_day.says_something() {
            b.sentence(SentenceKind::Rate, &Said::PerDayEst { subject: subj, total, per_day, days: p.days }, vec![id.clone()]);
        }
        let label = phrase::words(lang).per_day_label(&phrase::stage_label(&subj, lang));
        b.work(|| WorkingBlock {
            figure: id.clone(),
            title: label.clone(),
            steps: vec![
                working::days(p.start, p.end, p.days, lang),
                working::estimate(Step::EstDiv { a: total, b: Est::exact(p.days), per: 1, exact_tenths, result: Some(per_day), percent: false }, lang),
            ],
        });
        b.figures.push(Figure {
            derived: true,
            count_kind: total.qual.kind(),
            count_text: est_text(total, lang),
            value_text: Some(est_rate_text(per_day, lang)),
            ..Figure::new(id, FigureKind::PerDay, i, label, stage.total, lang)
        });
    }

    b.caveat(Caveat::Approximate, Vec::new());
    for c in [Category::CriminalHistory, Category::NotConvicted] {
        let other = if c == Category::CriminalHistory { Category::Convicted } else { Category::Pending };
        if stage.unit == Unit::People && stage.count(c).is_some_and(|n| n > 0) && stage.count(other).is_none() {
            b.caveat(Caveat::CategoryUnsplit { category: c }, vec![figure_id(stage, c.key())]);
        }
    }
    if stage.unit == Unit::Charges {
        b.caveat(Caveat::ChargesNotPeople, Vec::new());
    }
    if stage.kind == StageKind::Detainers {
        b.caveat(Caveat::DetainersNotPeople, Vec::new());
    }
}

/// A share shown in a table for a figure that is not exact: its text hedged, no "one in N"
/// (which would state it more precisely than it is known).
fn hedge_share(s: &mut ShareOut, share: Option<PctEst>, lang: Lang) {
    s.natural = None;
    s.one_in = None;
    s.percent = share.map(|p| crate::format::short_string(phrase::pct_est_sign_display(p, lang))).unwrap_or_default();
}

/// The population, goal and comparison for a first stage or references that are not exact.
fn estimated_reference(b: &mut Builder, first: &Stage, subj: Subject) {
    let lang = b.lang;
    let r = b.r;
    let total = first.total_est;
    if let Some(t) = &r.target {
        let title = working::title(Title::Target, lang);
        if let Some(target) = t.per_day {
            let id = "reference.target".to_string();
            let pace = match (t.observed_per_day, r.period) {
                (Some(obs), _) => Some((obs, Est::exact(1), true)),
                (None, Some(p)) => Some((total, Est::exact(p.days), false)),
                (None, None) => None,
            };
            if let Some((counted, days, observed)) = pace {
                let pace_q = counted.qual;
                let pace_est = PctEst { tenths: round_for(counted.value, days.value, 10, pace_q), qual: pace_q };
                let den = days.value.saturating_mul(target.value);
                let q = over(pace_q, target.qual);
                let exact_tenths = Share::new(counted.value, den).scaled_round(1000);
                let percent = q.map(|q| PctEst { tenths: round_for(counted.value, den, 1000, q), qual: q });
                if let Some(percent) = percent.filter(|p| p.says_something() && pace_est.says_something()) {
                    b.sentence(
                        SentenceKind::Target,
                        &Said::TargetDailyEst { subject: subj, pace: pace_est, observed, target, percent, label: t.label },
                        vec![id.clone()],
                    );
                }
                let per_day_target = Est { value: den, qual: target.qual, scale: 0 };
                b.work(|| WorkingBlock {
                    figure: id.clone(),
                    title: title.clone(),
                    steps: vec![working::estimate(
                        Step::EstDiv { a: counted, b: per_day_target, per: 100, exact_tenths, result: percent, percent: true },
                        lang,
                    )],
                });
                let value = percent.map(|p| crate::format::short_string(phrase::pct_est_sign_display(p, lang))).unwrap_or_default();
                b.figures.push(Figure {
                    count_kind: target.qual.kind(),
                    count_text: est_text(target, lang),
                    value_text: Some(value),
                    ..Figure::new(id, FigureKind::Target, 0, title.clone(), target.value, lang)
                });
            }
        }
        if let Some(target) = t.total {
            let id = "reference.target_total".to_string();
            let q = over(total.qual, target.qual);
            let exact_tenths = Share::new(total.value, target.value).scaled_round(1000);
            let percent = q.map(|q| PctEst { tenths: round_for(total.value, target.value, 1000, q), qual: q });
            if let Some(percent) = percent.filter(|p| p.says_something()) {
                b.sentence(SentenceKind::Target, &Said::TargetTotalEst { subject: subj, total, target, percent, label: t.label }, vec![id.clone()]);
            }
            b.work(|| WorkingBlock {
                figure: id.clone(),
                title: title.clone(),
                steps: vec![working::estimate(Step::EstDiv { a: total, b: target, per: 100, exact_tenths, result: percent, percent: true }, lang)],
            });
            let value = percent.map(|p| crate::format::short_string(phrase::pct_est_sign_display(p, lang))).unwrap_or_default();
            b.figures.push(Figure {
                count_kind: target.qual.kind(),
                count_text: est_text(target, lang),
                value_text: Some(value),
                ..Figure::new(id, FigureKind::Target, 0, title, target.value, lang)
            });
        }
    }
    if let Some((other, label)) = r.comparison {
        // A change in percent between two counts that are not both exact says more than they do.
        let id = "reference.comparison".to_string();
        let flabel = label.get(lang).unwrap_or("").to_string();
        b.work(|| WorkingBlock { figure: id.clone(), title: flabel.clone(), steps: vec![working::estimate(Step::LeftOut, lang)] });
        b.figures.push(Figure {
            count_kind: other.qual.kind(),
            count_text: est_text(other, lang),
            value_text: Some(String::new()),
            ..Figure::new(id, FigureKind::Comparison, 0, flabel, other.value, lang)
        });
    }
}
