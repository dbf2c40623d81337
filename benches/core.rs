//! Core throughput, in scenarios per second (criterion's "elem/s"), for the Los Angeles example
//! and the four-day operation:
//!
//! * `sentences en`, `sentences es`: the report without the working (figures and sentences,
//!   enough for the CSV) in one language. Aim: at least 100,000 a second on one core.
//! * `full en+es`: the whole report, working included, in both languages.
//! * `json in, json out, en+es`: the trip the CLI and the browser make, JSON text to JSON text,
//!   full report, both languages.

use arrest_breakdown::{calculate, calculate_json, calculate_with, Lang, Options, Scenario};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const LOS_ANGELES: &str = include_str!("../examples/los-angeles.json");
const SAFE_CITY: &str = include_str!("../tests/scenarios/operation-safe-city.json");

fn scenarios(c: &mut Criterion) {
    let mut group = c.benchmark_group("scenario");
    group.throughput(Throughput::Elements(1));
    let sentences_only = Options::SENTENCES;
    for (name, text) in [("los-angeles", LOS_ANGELES), ("operation-safe-city", SAFE_CITY)] {
        let mut en: Scenario = serde_json::from_str(text).expect("example parses");
        en.lang = Lang::En;
        let mut es = en.clone();
        es.lang = Lang::Es;
        for (lang, scenario) in [("en", &en), ("es", &es)] {
            group.bench_function(format!("{name}/sentences {lang}"), |b| {
                b.iter(|| calculate_with(black_box(scenario), &sentences_only))
            });
        }
        group.bench_function(format!("{name}/full en+es"), |b| {
            b.iter(|| (calculate(black_box(&en)), calculate(black_box(&es))))
        });
        group.bench_function(format!("{name}/json in, json out, en+es"), |b| {
            b.iter(|| {
                let a = calculate_json(black_box(text), Some(Lang::En)).to_json();
                let b2 = calculate_json(black_box(text), Some(Lang::Es)).to_json();
                (a, b2)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, scenarios);
criterion_main!(benches);
