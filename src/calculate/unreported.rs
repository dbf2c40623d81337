//! Stages whose total was not reported (issue 10): the reporting gives only parts ("1,900 for
//! homicide, 1,800 for kidnapping…", "fewer than half of the people named in detainers were
//! arrested"). No share of the total is worked out and nothing is divided by it or added up
//! into it; the sentences say only what the parts say, and the figures carry their counts as
//! typed (and a share typed as one, as the fact it is).

use super::{est_text, figure_id, numbered_id, Builder};
use crate::approx::Est;
use crate::model::{Category, StageKind, Unit};
use crate::phrase::{Caveat, Said, Subject, UnreportedItem};
use crate::report::{Figure, FigureKind, Sentence, SentenceKind, StageReport, WorkingBlock};
use crate::resolve::Stage;
use crate::working::{self, Step};

/// At most this many parts are named in the lead; the rest in a sentence of their own.
const LEAD_ITEMS: usize = 3;

/// The figures, sentences, working and caveats of a stage with no total.
pub(super) fn unreported_stage<'a>(
    b: &mut Builder<'a>,
    i: usize,
    stage: &'a Stage,
    subj: Subject<'a>,
    report: &mut StageReport,
    stage_label: &str,
    headline: &mut Option<Sentence>,
) {
    let lang = b.lang;
    let no_total = working::estimate(Step::Unreported, lang);
    // The parts as typed, in the order given: categories, groups, then places.
    let mut items: Vec<(UnreportedItem<'a>, Est, String)> = Vec::with_capacity(stage.subgroups.len() + stage.places.len() + 2);
    for c in Category::ALL {
        let Some(k) = stage.get(c) else { continue };
        let id = figure_id(stage, c.key());
        let count = Est { value: k.count, qual: k.qual, scale: 0 };
        b.work(|| WorkingBlock { figure: id.clone(), title: format!("{} — {stage_label}", crate::phrase::category_label(Some(c), lang)), steps: vec![no_total.clone()] });
        b.figures.push(Figure {
            category: Some(c.key()),
            count_kind: k.qual.kind(),
            count_text: est_text(count, lang),
            ..Figure::new(id.clone(), FigureKind::Category, i, crate::phrase::category_label(Some(c), lang).to_string(), k.count, lang)
        });
        report.parts.push(id.clone());
        items.push((UnreportedItem::Category(c), count, id));
    }
    let mut share_lead: Option<(Said<'a>, String)> = None;
    for (g, sg) in stage.subgroups.iter().enumerate() {
        let id = numbered_id(stage, "subgroup", g);
        let label = sg.label.get(lang).unwrap_or("").to_string();
        let mut figure = Figure {
            parent: sg.parent.map(|c| figure_id(stage, c.key())),
            ..Figure::new(id.clone(), FigureKind::Subgroup, i, label.clone(), sg.count, lang)
        };
        match sg.from_share {
            // A share of the unreported total: the share is the fact, and no count comes of it.
            Some(s) if sg.parent.is_none() => {
                let share = super::typed_share(s);
                // In `value_text`, not `of_total`: a share of a total not reported has no icons
                // to fill (five of 10 would picture "fewer than half" as exactly half).
                figure.value_text = Some(crate::format::short_string(crate::phrase::pct_est_sign_display(share, lang)));
                figure.count_kind = crate::approx::CountKind::Approximate;
                figure.count_text = String::new();
                figure.derived = true;
                let step = working::estimate(Step::UnreportedShare { share }, lang);
                b.work(|| WorkingBlock { figure: id.clone(), title: format!("{label} — {stage_label}"), steps: vec![step] });
                if share_lead.is_none() {
                    share_lead = Some((Said::UnreportedShare { subject: subj, label: sg.label, share }, id.clone()));
                } else {
                    b.sentence(SentenceKind::Subgroup, &Said::UnreportedShare { subject: subj, label: sg.label, share }, vec![id.clone()]);
                }
            }
            // A share of a category: no count either, and nothing to say beyond the working.
            Some(_) => {
                figure.count_text = String::new();
                b.work(|| WorkingBlock { figure: id.clone(), title: format!("{label} — {stage_label}"), steps: vec![no_total.clone()] });
            }
            None => {
                let count = Est { value: sg.count, qual: sg.qual, scale: 0 };
                figure.count_kind = sg.qual.kind();
                figure.count_text = est_text(count, lang);
                b.work(|| WorkingBlock { figure: id.clone(), title: format!("{label} — {stage_label}"), steps: vec![no_total.clone()] });
                items.push((UnreportedItem::Group(sg.label), count, id.clone()));
            }
        }
        b.figures.push(figure);
        report.subgroups.push(id);
    }
    for (p, &(name, count, qual)) in stage.places.iter().enumerate() {
        let id = numbered_id(stage, "place", p);
        let est = Est { value: count, qual, scale: 0 };
        b.figures.push(Figure {
            count_kind: qual.kind(),
            count_text: est_text(est, lang),
            ..Figure::new(id.clone(), FigureKind::Place, i, name.get(lang).unwrap_or("").to_string(), count, lang)
        });
        report.places.push(id.clone());
        items.push((UnreportedItem::Place(name), est, id));
    }

    // The lead: a share typed as one, else the largest parts given.
    let (lead, lead_ids) = match share_lead {
        Some((said, id)) => (said, vec![id]),
        None => {
            let mut largest: Vec<&(UnreportedItem, Est, String)> = items.iter().collect();
            crate::share::sort_small(&mut largest, |x, y| y.1.value.cmp(&x.1.value));
            largest.truncate(LEAD_ITEMS);
            let ids = largest.iter().map(|x| x.2.clone()).collect();
            let top = largest.iter().map(|x| (x.0, x.1)).collect();
            (Said::UnreportedLead { subject: subj, top, all: items.len() <= LEAD_ITEMS }, ids)
        }
    };
    let lead = Sentence { kind: SentenceKind::Headline, code: None, text: b.say(&lead).to_string(), figures: lead_ids };
    if headline.is_none() {
        *headline = Some(lead);
    } else {
        b.details.push(Sentence { kind: SentenceKind::Lead, ..lead });
    }
    if items.len() > LEAD_ITEMS {
        let ids = items.iter().map(|x| x.2.clone()).collect();
        let all: Vec<(UnreportedItem, Est)> = items.iter().map(|x| (x.0, x.1)).collect();
        b.sentence(SentenceKind::Subgroup, &Said::UnreportedAll { unit: stage.unit, items: all }, ids);
    }

    b.caveat(Caveat::TotalNotReported, Vec::new());
    if stage.unit == Unit::Charges {
        b.caveat(Caveat::ChargesNotPeople, Vec::new());
    }
    if stage.kind == StageKind::Detainers {
        b.caveat(Caveat::DetainersNotPeople, Vec::new());
    }
    if stage.subgroups.len() > 1 {
        b.caveat(Caveat::SubgroupsOverlap { unit: stage.unit }, report.subgroups.clone());
    }
    let inexact = stage.subgroups.iter().any(|g| !g.qual.is_exact() || g.from_share.is_some())
        || stage.places.iter().any(|p| !p.2.is_exact())
        || Category::ALL.iter().any(|&c| stage.get(c).is_some_and(|k| !k.qual.is_exact()));
    if inexact {
        b.caveat(Caveat::Approximate, Vec::new());
    }
}
