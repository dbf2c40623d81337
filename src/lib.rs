//! arrest-breakdown: from enforcement counts to shares, ratios, natural-frequency phrases and
//! plain-language sentences in English and Spanish, with the working shown.
//!
//! The pipeline: `model::Scenario` (as typed) → `resolve` (read, check, derive) →
//! `share` / `frequency` (exact arithmetic, then one rounding) → `phrase` (sentences) and
//! `working` (steps) → `report::Report` (the JSON the CLI prints and the browser renders).

pub mod calculate;
pub mod csv;
pub mod dates;
pub mod editor;
pub mod error;
pub mod format;
pub mod frequency;
pub mod html;
pub mod key;
pub mod lang;
pub mod model;
pub mod parse;
pub mod phrase;
pub mod report;
pub mod resolve;
pub mod share;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod working;

/// The wasm build's allocator: a few hundred bytes of code instead of dlmalloc's kilobytes. The
/// locked wrapper needs no `unsafe` here; wasm has one thread, so the lock is never contended.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

pub use calculate::{calculate, calculate_json, calculate_json_with, calculate_with, Options, Outcome};
pub use lang::Lang;
pub use model::Scenario;
