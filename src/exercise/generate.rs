//! Which questions a scenario supports, and their answers, taken from the core's own report:
//! each answer is a figure the report states (its count, its share, its phrase, the working's
//! step), never worked out another way. The words are the language files' (`ExerciseWords`).

use crate::approx::Qual;
use super::check::Key;
use super::{AnswerKind, Exercises, Question};
use crate::calculate::{calculate_with, focus, gender, subject, Options, Outcome};
use crate::frequency::{natural_frequency, Approx, Frequency, Hedge};
use crate::model::{Category, Scenario, Unit, CONTRACT_VERSION};
use crate::phrase::exercises::{exercise_words, ExerciseWords, Hint, Prompt};
use crate::report::{ErrorReport, Figure, Report};
use crate::resolve::{resolve, Part, Resolved, Stage, Term};
use crate::share::{Share, Shown};
use crate::working;
use crate::lang::Lang;

/// Makes the questions for `scenario`, in its language; its errors when it has any.
pub(super) fn generate(scenario: &Scenario) -> Result<Exercises, ErrorReport> {
    // The working's steps are the hints; the table of figures is not needed.
    let report = match calculate_with(scenario, &Options { working: true, table: false }) {
        Outcome::Report(r) => r,
        Outcome::Errors(e) => return Err(e),
    };
    // The report was made from the same scenario, so it resolves again; the stages give the
    // prompts their subjects ("people arrested by ICE in …").
    let resolved = resolve(scenario).map_err(|_| ErrorReport::new(report.lang, Vec::new()))?;
    let mut m = Maker { lang: resolved.lang, w: exercise_words(resolved.lang), report: &report, questions: Vec::new() };
    let exact: Vec<&Stage> = resolved.stages.iter().filter(|s| s.exact()).collect();
    for stage in &exact {
        m.missing_part(&resolved, stage);
        m.share(&resolved, stage);
    }
    if let Some((stage, g)) = exact.iter().find_map(|s| s.subgroups.iter().position(|g| parent_count(s, g.parent).is_some()).map(|g| (*s, g))) {
        m.group_share(&resolved, stage, g);
    }
    for pair in resolved.stages.windows(2) {
        if let [earlier, later] = pair {
            m.points(&resolved, earlier, later);
        }
    }
    for stage in &exact {
        m.one_in(&resolved, stage);
    }
    for stage in &exact {
        m.hedge(&resolved, stage);
    }
    m.pitfalls(&resolved, &exact);
    // Made level by level, so already in order: no sort in the download.
    Ok(Exercises {
        version: CONTRACT_VERSION,
        ok: true,
        lang: report.lang,
        source: report.source.clone(),
        labels: *m.w.exercise_labels(),
        questions: m.questions,
    })
}

fn parent_count(stage: &Stage, parent: Option<Category>) -> Option<u64> {
    parent.and_then(|c| stage.count(c)).filter(|&n| n > 0)
}

/// A choice's letter: a, b, c…
pub(crate) fn letter(i: usize) -> char {
    char::from(b'a' + u8::try_from(i % 26).unwrap_or(0))
}

struct Maker<'r> {
    lang: Lang,
    w: &'static dyn ExerciseWords,
    report: &'r Report,
    questions: Vec<Question>,
}

/// A question before it is worded: what `Maker::push` needs.
struct Draft<'p> {
    id: String,
    level: u8,
    kind: AnswerKind,
    prompt: Prompt<'p>,
    choices: Vec<String>,
    answer: String,
    hints: Vec<Hint>,
    steps: Vec<String>,
    figures: Vec<String>,
    key: Key,
}

impl Maker<'_> {
    fn figure(&self, id: &str) -> Option<&Figure> {
        self.report.figures.iter().find(|f| f.id == id)
    }

    fn push(&mut self, d: Draft) {
        // A question is about figures the report gives: one it leaves out (a part with no one
        // in it, a union the breakdown does not need) is not asked about.
        if d.figures.iter().any(|id| self.figure(id).is_none()) {
            return;
        }
        let mut prompt = String::new();
        // Writing to a `String` cannot fail.
        let _ = self.w.prompt(&mut prompt, &d.prompt);
        let mut hints: Vec<String> = d
            .hints
            .iter()
            .map(|&h| {
                let mut s = String::new();
                let _ = self.w.hint(&mut s, h);
                s
            })
            .collect();
        hints.extend(d.steps);
        self.questions.push(Question {
            id: d.id,
            level: d.level,
            kind: d.kind,
            prompt,
            choices: d.choices,
            answer: d.answer,
            hints,
            figures: d.figures,
            key: d.key,
        });
    }

    /// Level 1: a part of the whole by subtraction: the focus part (else the last), from the
    /// total and the other parts.
    fn missing_part(&mut self, r: &Resolved, stage: &Stage) {
        let parts: Vec<(Category, u64)> =
            stage.partition.iter().filter_map(|p| p.category().and_then(|c| Some((c, stage.count(c)?)))).collect();
        if parts.len() < 2 || parts.len() != stage.partition.len() || parts.iter().any(|&(_, n)| n == 0) {
            return;
        }
        let asked = focus(r, stage).filter(|c| stage.partition.contains(&Part::Category(*c))).or(parts.last().map(|p| p.0));
        let Some(asked) = asked else { return };
        let id = format!("{}.{}", stage.id, asked.key());
        let Some(value) = self.figure(&id).map(|f| f.count) else { return };
        let given: Vec<(Category, u64)> = parts.iter().copied().filter(|&(c, _)| c != asked).collect();
        let terms: Vec<Term> = std::iter::once(Term { minus: false, value: stage.total, qual: Qual::Exact })
            .chain(given.iter().map(|&(_, v)| Term { minus: true, value: v, qual: Qual::Exact }))
            .collect();
        let step = format!("{} = {}", working::expression_display(&terms, self.lang), crate::format::count(value, self.lang));
        self.push(Draft {
            id: format!("missing.{}", stage.id),
            level: 1,
            kind: AnswerKind::Number,
            prompt: Prompt::MissingPart { subject: subject(r, stage), total: stage.total, given, asked },
            choices: Vec::new(),
            answer: crate::format::count(value, self.lang),
            hints: vec![Hint::Subtract { total: stage.total }],
            steps: vec![step],
            figures: vec![id, format!("{}.total", stage.id)],
            key: Key::Count { value },
        });
    }

    /// Level 1: the focus category's share of its stage, to one decimal, rounded alone as the
    /// headline rounds it.
    fn share(&mut self, r: &Resolved, stage: &Stage) {
        let Some(c) = focus(r, stage) else { return };
        let id = format!("{}.{}", stage.id, c.key());
        let Some(fig) = self.figure(&id) else { return };
        let Some(of_total) = fig.of_total.as_ref().filter(|s| s.num > 0 && s.num < s.den) else { return };
        let share = Share::new(of_total.num, of_total.den);
        let shown = Shown::alone(share);
        // Dividing by another part, or by another stage's total, is dividing by the wrong whole.
        let mut wholes: Vec<u64> = stage.partition.iter().filter_map(|p| p.category()).filter(|&o| o != c).filter_map(|o| stage.count(o)).collect();
        wholes.extend(r.stages.iter().filter(|s| s.id != stage.id).map(|s| s.total));
        let others = stage.partition.iter().filter(|&&p| p != Part::Category(c)).map(|&p| match p {
            Part::Category(o) => stage.count(o).unwrap_or(0),
            Part::Unaccounted(n) => n,
        });
        self.push(Draft {
            id: format!("share.{}", stage.id),
            level: 1,
            kind: AnswerKind::Percent,
            prompt: Prompt::Share { subject: subject(r, stage), category: c, count: of_total.num, total: of_total.den },
            choices: Vec::new(),
            answer: shown.percent_sign(self.lang),
            hints: vec![Hint::Divide],
            steps: vec![working::share(shown, self.lang)],
            figures: vec![id],
            key: Key::Percent { share, also: of_total.tenths, wholes, others: others.collect() },
        });
    }

    /// Level 1: a named group's share of the category it belongs to, not of the whole stage.
    fn group_share(&mut self, r: &Resolved, stage: &Stage, g: usize) {
        let Some(group) = stage.subgroups.get(g) else { return };
        let (Some(parent), Some(parent_n)) = (group.parent, parent_count(stage, group.parent)) else { return };
        let id = format!("{}.subgroup.{g}", stage.id);
        let Some(of_parent) = self.figure(&id).and_then(|f| f.of_parent.as_ref()) else { return };
        let share = Share::new(of_parent.num, of_parent.den);
        let shown = Shown::alone(share);
        self.push(Draft {
            id: format!("group.{id}"),
            level: 1,
            kind: AnswerKind::Percent,
            prompt: Prompt::GroupShare { subject: subject(r, stage), label: group.label, count: group.count, parent, parent_count: parent_n },
            choices: Vec::new(),
            answer: shown.percent_sign(self.lang),
            hints: vec![Hint::Whole { parent, count: parent_n, total: stage.total }],
            steps: vec![working::share(shown, self.lang)],
            figures: vec![id, format!("{}.{}", stage.id, parent.key())],
            key: Key::Percent { share, also: of_parent.tenths, wholes: vec![stage.total], others: Vec::new() },
        });
    }

    /// Level 2: the change in the earlier stage's focus share, in percentage points, as the
    /// report's change sentence and working give it (the difference of the shares as shown).
    fn points(&mut self, r: &Resolved, earlier: &Stage, later: &Stage) {
        if !(earlier.exact() && later.exact()) {
            return;
        }
        let Some(c) = focus(r, earlier).filter(|&c| later.count(c).is_some()) else { return };
        let change_id = format!("{}.{}.change", later.id, c.key());
        if !self.report.working.iter().flatten().any(|b| b.figure == change_id) {
            return;
        }
        let from = Share::new(earlier.count(c).unwrap_or(0), earlier.total);
        let to = Share::new(later.count(c).unwrap_or(0), later.total);
        let tenths = i64::try_from(to.tenths()).unwrap_or(0) - i64::try_from(from.tenths()).unwrap_or(0);
        let mut answer = String::new();
        let _ = self.w.points_answer(&mut answer, tenths);
        self.push(Draft {
            id: format!("points.{}", later.id),
            level: 2,
            kind: AnswerKind::Points,
            prompt: Prompt::Points { category: c, earlier: subject(r, earlier), later: subject(r, later), from: Shown::alone(from), to: Shown::alone(to) },
            choices: Vec::new(),
            answer,
            hints: vec![Hint::Points],
            steps: vec![working::points(to, from, self.lang)],
            figures: vec![format!("{}.{}", earlier.id, c.key()), format!("{}.{}", later.id, c.key())],
            key: Key::Points { tenths, from, to },
        });
    }

    /// Level 2: the stage's first named group that no simple fraction fits, as "1 in N" with
    /// the report's hedge.
    fn one_in(&mut self, r: &Resolved, stage: &Stage) {
        let found = stage.subgroups.iter().enumerate().find_map(|(g, group)| {
            let f = natural_frequency(Share::new(group.count, stage.total))?;
            matches!(f.approx, Approx::OneIn(_)).then_some((g, group, f))
        });
        let Some((g, group, f)) = found else { return };
        let id = format!("{}.subgroup.{g}", stage.id);
        let Some(answer) = self.figure(&id).and_then(|fig| fig.of_total.as_ref()).and_then(|s| s.one_in.clone()) else { return };
        let step = f.explain(self.lang, gender(stage.unit));
        self.push(Draft {
            id: format!("one_in.{id}"),
            level: 2,
            kind: AnswerKind::OneIn,
            prompt: Prompt::OneIn { subject: subject(r, stage), label: group.label, count: group.count, total: stage.total },
            choices: Vec::new(),
            answer,
            hints: vec![Hint::OneIn { total: stage.total, count: group.count }],
            steps: vec![step.clone()],
            figures: vec![id],
            key: Key::OneIn { frequency: f, step, parent: parent_count(stage, group.parent) },
        });
    }

    /// Level 2: which hedge fits the focus share's rung: the rung with no hedge, "about",
    /// "nearly", and "more than" (or "just over", when that is the one that fits).
    fn hedge(&mut self, r: &Resolved, stage: &Stage) {
        let Some(c) = focus(r, stage) else { return };
        let Some(count) = stage.count(c) else { return };
        let share = Share::new(count, stage.total);
        let Some(f) = natural_frequency(share).filter(|f| matches!(f.approx, Approx::Fraction { .. })) else { return };
        let above = if f.hedge == Hedge::JustOver { Hedge::JustOver } else { Hedge::MoreThan };
        let hedges = [Hedge::Exactly, Hedge::About, Hedge::Nearly, above];
        let Some(right) = hedges.iter().position(|&h| h == f.hedge) else { return };
        let g = gender(stage.unit);
        let choices: Vec<String> = hedges.iter().map(|&hedge| Frequency { hedge, ..f }.standalone(self.lang, g)).collect();
        let step = f.explain(self.lang, g);
        let answer = format!("{}) {}", letter(right), choices.get(right).map_or("", String::as_str));
        self.push(Draft {
            id: format!("hedge.{}", stage.id),
            level: 2,
            kind: AnswerKind::Choice,
            prompt: Prompt::Hedge { subject: subject(r, stage), category: c, count, total: stage.total, shown: Shown::alone(share) },
            choices,
            answer,
            hints: vec![Hint::Hedges],
            steps: vec![step.clone()],
            figures: vec![format!("{}.{}", stage.id, c.key())],
            key: Key::Choice { right, count: hedges.len(), why: step, hedge: true },
        });
    }

    /// Level 3: one question per pitfall the report's caveats name, each answered by the
    /// caveat itself.
    fn pitfalls<'a>(&mut self, r: &'a Resolved<'a>, exact: &[&'a Stage<'a>]) {
        let caveat = |code: &str, figure: Option<&str>| {
            self.report
                .caveats
                .iter()
                .find(|c| c.code == Some(code) && figure.is_none_or(|f| c.figures.iter().any(|id| id == f)))
                .map(|c| c.text.clone())
        };
        let mut drafts: Vec<(String, Prompt, Hint, String, Vec<String>)> = Vec::new();
        // A union the report warns about: "criminal history" (not "convicted"), "not convicted"
        // (not "no record").
        for (code, category, name, hint) in [
            ("history_is_not_conviction", Category::CriminalHistory, "conviction", Hint::History),
            ("not_convicted_is_not_no_record", Category::NotConvicted, "no_record", Hint::NoConviction),
        ] {
            let figure = |s: &Stage| format!("{}.{}", s.id, category.key());
            let Some((stage, why)) = exact.iter().find_map(|s| Some((*s, caveat(code, Some(&figure(s)))?))) else { continue };
            let (subject, count, total) = (subject(r, stage), stage.count(category).unwrap_or(0), stage.total);
            let prompt = match category {
                Category::CriminalHistory => Prompt::Conviction { subject, count, total },
                _ => Prompt::NoRecord { subject, count, total },
            };
            drafts.push((format!("pitfall.{name}.{}", stage.id), prompt, hint, why, vec![figure(stage)]));
        }
        // What a stage's total is: charges, not people; a bound or an approximation, not a count.
        let charges = exact.iter().find(|s| s.unit == Unit::Charges).map(|s| {
            ("charges_not_people", "charges", *s, Prompt::Charges { subject: subject(r, s), total: s.total }, Hint::Charges)
        });
        let bound = r.stages.iter().find(|s| !s.total_est.qual.is_exact()).map(|s| {
            ("approximate", "bound", s, Prompt::Bound { subject: subject(r, s), total: s.total_est }, Hint::Bound)
        });
        for (code, name, stage, prompt, hint) in [charges, bound].into_iter().flatten() {
            if let Some(why) = caveat(code, None) {
                drafts.push((format!("pitfall.{name}.{}", stage.id), prompt, hint, why, vec![format!("{}.total", stage.id)]));
            }
        }
        if let (Some(why), [earlier, later, ..]) = (caveat("stages_not_same_people", None), r.stages.as_slice()) {
            let per_100 = format!("{}.per_100_{}", later.id, earlier.id);
            if earlier.exact() && later.exact() && self.figure(&per_100).is_some() {
                let per_100_tenths = Share::new(later.total, earlier.total).scaled_round(1000);
                drafts.push((
                    format!("pitfall.stages.{}", later.id),
                    Prompt::Stages {
                        earlier: subject(r, earlier),
                        later: subject(r, later),
                        earlier_total: earlier.total,
                        later_total: later.total,
                        per_100_tenths,
                    },
                    Hint::Stages,
                    why,
                    vec![per_100],
                ));
            }
        }
        for (i, (id, prompt, hint, why, figures)) in drafts.into_iter().enumerate() {
            let mut choices = self.w.choices(&prompt);
            // The words put the careful answer second; turned by one more place per question, so
            // a class cannot learn that the answer is always "b".
            let turn = (i + 1) % choices.len().max(1);
            choices.rotate_left(turn);
            let right = (prompt.right_choice() + choices.len() - turn) % choices.len().max(1);
            let answer = format!("{}) {}", letter(right), choices.get(right).map_or("", String::as_str));
            self.push(Draft {
                id,
                level: 3,
                kind: AnswerKind::Choice,
                key: Key::Choice { right, count: choices.len(), why: why.clone(), hedge: false },
                prompt,
                choices,
                answer,
                hints: vec![hint],
                steps: vec![why],
                figures,
            });
        }
    }
}
