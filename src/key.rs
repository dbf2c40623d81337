//! Which sentences a compact card shows beside the headline: at most three, chosen here so that
//! every rendering (the embed's card, a shared image, a newsroom's own layout) leads with the
//! same ones. In order:
//!
//! 1. the first stage's breakdown ("Of the 5,232 people arrested…, 3,513 had a criminal
//!    history…"): what the headline is a part of;
//! 2. the caveat that most changes how the headline reads: "criminal history" is not conviction,
//!    "not convicted" is not "no record", charges are not people… (see `CAVEAT_WEIGHT`), the
//!    first stage's before a later one's;
//! 3. the next stage's own lead ("More than one in three people deported…").
//!
//! Where one is missing (a stage with no breakdown, a single stage), the next sentence in
//! `FALLBACK` order takes the free place: a goal, a comparison, a group, the places, a ratio, a
//! population, a daily rate. The places keep the order above.

use crate::report::{KeySentence, Report, Sentence, SentenceKind};

/// Caveat codes, the one that most changes how the headline reads first.
const CAVEAT_WEIGHT: [&str; 11] = [
    "history_is_not_conviction",
    "not_convicted_is_not_no_record",
    "charges_not_people",
    "detainers_not_people",
    "small_base",
    "unaccounted",
    "stages_not_same_people",
    "population_not_same_people",
    "derived",
    "subgroups_overlap",
    "places_unaccounted",
];

/// Kinds of detail sentence that may stand in for a missing breakdown or lead, best first.
const FALLBACK: [SentenceKind; 7] = [
    SentenceKind::Target,
    SentenceKind::Comparison,
    SentenceKind::Subgroup,
    SentenceKind::Place,
    SentenceKind::Ratio,
    SentenceKind::Population,
    SentenceKind::Rate,
];

/// How many sentences a card shows beside the headline, at most.
pub(crate) const KEY_SENTENCES: usize = 3;

/// The key sentences of `report`, in the order a card shows them.
pub(crate) fn choose(report: &Report) -> Vec<KeySentence> {
    let stage_of = |s: &Sentence| {
        s.figures.first().and_then(|id| report.figures.iter().find(|f| &f.id == id)).map(|f| f.stage)
    };
    let first_detail = |wanted: &dyn Fn(&Sentence) -> bool| report.details.iter().position(wanted);

    let breakdown = first_detail(&|s| s.kind == SentenceKind::Breakdown && stage_of(s) == Some(0));
    let lead = first_detail(&|s| s.kind == SentenceKind::Lead);
    let caveat = report
        .caveats
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let weight = CAVEAT_WEIGHT.iter().position(|&c| Some(c) == s.code)?;
            Some((weight, stage_of(s).unwrap_or(0), i))
        })
        .min()
        .map(|(_, _, i)| KeySentence::Caveat(i));

    let mut details: Vec<usize> = [breakdown, lead].into_iter().flatten().collect();
    let mut fallbacks = FALLBACK
        .iter()
        .flat_map(|kind| report.details.iter().enumerate().filter(move |(_, s)| s.kind == *kind).map(|(i, _)| i));
    let wanted = KEY_SENTENCES - usize::from(caveat.is_some());
    while details.len() < wanted {
        match fallbacks.find(|i| !details.contains(i)) {
            Some(i) => details.push(i),
            None => break,
        }
    }

    // Breakdown (or what stands in for it), the caveat, then the lead (or its stand-in).
    let mut key: Vec<KeySentence> = Vec::with_capacity(KEY_SENTENCES);
    let (first, rest) = match breakdown {
        Some(b) => (Some(b), details.iter().copied().filter(|&i| i != b).collect::<Vec<_>>()),
        None => {
            let stand_in = details.iter().copied().find(|&i| Some(i) != lead);
            (stand_in, details.iter().copied().filter(|&i| Some(i) != stand_in).collect())
        }
    };
    key.extend(first.map(KeySentence::Detail));
    key.extend(caveat);
    key.extend(rest.into_iter().map(KeySentence::Detail));
    key.truncate(KEY_SENTENCES);
    key
}
