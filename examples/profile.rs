//! A quick look at where a calculation's time goes: `cargo run --release --example profile [N]`.
//! Counts allocations per scenario, for the full report and for the sentences only.
use arrest_breakdown::{calculate_with, Lang, Options, Scenario};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}
#[global_allocator]
static A: Counting = Counting;

fn main() {
    let text = include_str!("los-angeles.json");
    let n: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2000);
    for lang in [Lang::En, Lang::Es] {
        let mut s: Scenario = serde_json::from_str(text).unwrap();
        s.lang = lang;
        for (what, options) in [("full report", Options::default()), ("sentences only", Options::SENTENCES)] {
            let (mut making, mut writing) = (0, 0);
            let t = std::time::Instant::now();
            let mut bytes = 0;
            for _ in 0..n {
                let before = ALLOCS.load(Ordering::Relaxed);
                let out = calculate_with(&s, &options);
                let made = ALLOCS.load(Ordering::Relaxed);
                bytes = out.to_json().len();
                writing += ALLOCS.load(Ordering::Relaxed) - made;
                making += made - before;
                std::hint::black_box(out);
            }
            let per = |count: usize| count / n as usize;
            eprintln!(
                "{lang:?} {what} + json: {:?} per scenario; allocations: {} making the report, {} writing its {bytes} bytes of JSON",
                t.elapsed() / n,
                per(making),
                per(writing)
            );
        }
    }
}
