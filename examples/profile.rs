//! A quick look at where a calculation's time goes: `cargo run --release --example profile`.
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
    let s: arrest_breakdown::Scenario = serde_json::from_str(text).unwrap();
    let n: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2000);
    let before = ALLOCS.load(Ordering::Relaxed);
    let t = std::time::Instant::now();
    let mut bytes = 0;
    for _ in 0..n {
        let out = arrest_breakdown::calculate(&s);
        bytes = out.to_json().len();
        std::hint::black_box(out);
    }
    let allocs = (ALLOCS.load(Ordering::Relaxed) - before) / n as usize;
    eprintln!("calculate+json: {:?} per scenario (one language), {allocs} allocations, {bytes} bytes of JSON", t.elapsed() / n);
}
