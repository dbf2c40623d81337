//! Core throughput: one scenario calculated in full — figures, sentences and working — in both
//! languages. Criterion prints scenarios per second as "elem/s" (aim: at least 100,000 a second
//! on one core of the team's machines).

use arrest_breakdown::{calculate, calculate_json, Lang, Scenario};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const LOS_ANGELES: &str = include_str!("../examples/los-angeles.json");
const SAFE_CITY: &str = include_str!("../tests/scenarios/operation-safe-city.json");

fn both_languages(c: &mut Criterion) {
    let mut group = c.benchmark_group("scenario");
    group.throughput(Throughput::Elements(1));
    for (name, text) in [("los-angeles", LOS_ANGELES), ("operation-safe-city", SAFE_CITY)] {
        let mut en: Scenario = serde_json::from_str(text).expect("example parses");
        en.lang = Lang::En;
        let mut es = en.clone();
        es.lang = Lang::Es;
        group.bench_function(format!("{name}/calculate en+es"), |b| {
            b.iter(|| {
                let a = calculate(black_box(&en));
                let b2 = calculate(black_box(&es));
                black_box((a, b2))
            })
        });
        // The whole trip the CLI and the browser make: JSON text in, JSON text out.
        group.bench_function(format!("{name}/json in, json out, en+es"), |b| {
            b.iter(|| {
                let a = calculate_json(black_box(text), Some(Lang::En)).to_json();
                let b2 = calculate_json(black_box(text), Some(Lang::Es)).to_json();
                black_box((a, b2))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, both_languages);
criterion_main!(benches);
