//! arrest-breakdown: from enforcement counts to shares, ratios, natural-frequency phrases and
//! plain-language sentences in English and Spanish, with the working shown.
//!
//! The pipeline: `model::Scenario` (as typed) → `resolve` (read, check, derive) →
//! `share` / `frequency` (exact arithmetic, then one rounding) → `phrase` (sentences) and
//! `working` (steps) → `report::Report` (the JSON the CLI prints and the browser renders).

// "Nothing panics on any input": outside tests, the compiler checks it (no unwrap, expect,
// panic or indexing that could go out of range).
#![forbid(unreachable_pub)]
#![warn(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

// The contract's two halves and the report's renderings are public; everything else is the
// engine, reached through the functions and types re-exported below.
pub mod csv;
pub mod editor;
pub mod guess;
#[cfg(feature = "tools")]
pub mod exercise;
pub mod html;
pub mod lesson;
pub mod model;
pub mod paste;
pub mod report;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

mod approx;
mod calculate;
mod dates;
mod error;
mod format;
mod frequency;
mod key;
mod lang;
mod parse;
mod phrase;
mod resolve;
mod share;
mod working;

/// The wasm build's allocator: a few hundred bytes of code instead of dlmalloc's kilobytes. The
/// locked wrapper needs no `unsafe` here; wasm has one thread, so the lock is never contended.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

/// The README's Rust example, compiled and run as a doctest so it cannot go stale.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub use approx::CountKind;
pub use calculate::{calculate, calculate_json, calculate_json_with, calculate_with, Options, Outcome};
pub use error::{cannot_read, Message, ParseError, MAX_COUNT};
pub use format::count as format_count;
pub use lang::{Base, Lang, Style, Text};
pub use model::Scenario;
pub use parse::parse_count;

// --- exercises (issue 12): generated from any scenario, with an answer checker ---
#[cfg(feature = "tools")]
pub use exercise::{check_answer, check_answer_json, exercises, exercises_json, Check, CheckOutcome, Exercises, ExercisesOutcome};
