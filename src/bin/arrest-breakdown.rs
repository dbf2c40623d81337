//! The command-line program: a scenario in (a file or standard input), the result out — the
//! same JSON the browser gets, or just the sentences, in English or Spanish. For data desks that
//! write many stories from one spreadsheet.

// Nothing panics on any input here either (the library is checked the same way).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

use arrest_breakdown::{calculate_json_with, cannot_read, exercises_json, ExercisesOutcome, Lang, Options, Outcome};
use clap::{Parser, ValueEnum};
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "arrest-breakdown", version, about = "Shares, ratios and plain-language sentences from enforcement figures.")]
struct Args {
    /// Scenario JSON file; `-` or nothing reads standard input.
    file: Option<String>,
    /// Language of sentences, messages and typed numbers (overrides the scenario's "lang").
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// House style of numbers (overrides the scenario's "style"): "percent" or "ap" for
    /// English, "es", "us", "mx" or "rae" for Spanish; several separated by spaces ("ap rae").
    #[arg(long)]
    style: Option<String>,
    /// What to print.
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    En,
    Es,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    /// The result JSON (docs/contract.md).
    Json,
    /// Headline, details and caveats, one per line.
    Sentences,
    /// The sentences, then the working for each figure.
    Working,
    /// The sentences and the table as a static HTML fragment, escaped, for pages to carry
    /// before the live widget loads.
    Html,
    /// The table of figures as CSV.
    Csv,
    /// Exercises from the figures (three levels): the questions, then the answers with their
    /// working.
    Exercises,
    /// The exercises as a printable HTML page: questions with space to work, then the answer
    /// key on a page of its own.
    Worksheet,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let lang = args.lang.map(|l| match l {
        LangArg::En => Lang::En,
        LangArg::Es => Lang::Es,
    });
    let input = match read_input(args.file.as_deref()) {
        // Exercises are made from the whole report, by their own function.
        Ok(text) if matches!(args.format, Format::Exercises | Format::Worksheet) => {
            return exercises(&with_style(text, args.style.as_deref()), lang, args.format);
        }
        Ok(text) => with_style(text, args.style.as_deref()),
        Err(e) => {
            // Before the scenario is read only `--lang` can choose the language of the message.
            let message = cannot_read(args.file.as_deref(), &e, lang.unwrap_or_default());
            let _ = writeln!(std::io::stderr(), "arrest-breakdown: {message}");
            return ExitCode::from(2);
        }
    };
    // Only the JSON and the working print the working, only the JSON, HTML and CSV the table;
    // the other formats skip making them.
    let options = Options {
        working: matches!(args.format, Format::Json | Format::Working),
        table: matches!(args.format, Format::Json | Format::Html | Format::Csv),
    };
    let outcome = calculate_json_with(&input, lang, &options);
    // Everything is written at once, and a reader that stops early (`| head -1`) is not an
    // error: the program ends quietly, as command-line tools do, instead of panicking.
    let (out, err) = render(&outcome, args.format);
    if let Err(e) = std::io::stdout().lock().write_all(out.as_bytes()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            let _ = writeln!(std::io::stderr(), "arrest-breakdown: {e}");
            return ExitCode::from(2);
        }
    }
    let _ = std::io::stderr().lock().write_all(err.as_bytes());
    if outcome.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `--format exercises` and `--format worksheet`: the exercise set as text or as an HTML page;
/// a scenario with errors is reported as every other format reports it.
fn exercises(input: &str, lang: Option<Lang>, format: Format) -> ExitCode {
    let (out, err, code) = match exercises_json(input, lang) {
        ExercisesOutcome::Set(set) => (if format == Format::Worksheet { set.worksheet() } else { set.text() }, String::new(), ExitCode::SUCCESS),
        ExercisesOutcome::Errors(e) => (String::new(), format!("{e}\n"), ExitCode::from(1)),
    };
    if let Err(e) = std::io::stdout().lock().write_all(out.as_bytes()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            let _ = writeln!(std::io::stderr(), "arrest-breakdown: {e}");
            return ExitCode::from(2);
        }
    }
    let _ = std::io::stderr().lock().write_all(err.as_bytes());
    code
}

/// What the program prints for `outcome` in `format`: standard output, standard error.
fn render(outcome: &Outcome, format: Format) -> (String, String) {
    let (mut out, mut err) = (String::new(), String::new());
    // Writing to a String cannot fail.
    match (outcome, format) {
        (Outcome::Report(_), Format::Json) => _ = writeln!(out, "{}", outcome.to_json_pretty()),
        (Outcome::Report(r), Format::Html) => _ = writeln!(out, "{}", arrest_breakdown::html::fragment(r)),
        (Outcome::Report(r), Format::Csv) => out.push_str(&arrest_breakdown::csv::figures(r)),
        (Outcome::Report(r), format) => {
            _ = writeln!(out, "{}", r.headline.text);
            for s in r.details.iter().chain(&r.caveats) {
                _ = writeln!(out, "{}", s.text);
            }
            if format == Format::Working {
                _ = write!(out, "\n{}\n", r.labels.working);
                for block in r.working.iter().flatten() {
                    _ = write!(out, "\n{}\n", block.title);
                    for step in &block.steps {
                        _ = writeln!(out, "  {step}");
                    }
                }
            }
        }
        (Outcome::Errors(e), format) => {
            // In JSON mode the error report goes to standard output as well, for scripts.
            if format == Format::Json {
                _ = writeln!(out, "{}", outcome.to_json_pretty());
            }
            for m in &e.errors {
                _ = writeln!(err, "{m}");
            }
        }
    }
    (out, err)
}

/// The scenario text with its "style" set to `style`, when given: an unknown name is then
/// reported as the scenario's would be. Text that is not a JSON object is left as it is.
fn with_style(text: String, style: Option<&str>) -> String {
    let Some(style) = style else { return text };
    match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&text) {
        Ok(mut object) => {
            object.insert("style".into(), style.into());
            serde_json::Value::Object(object).to_string()
        }
        Err(_) => text,
    }
}

fn read_input(file: Option<&str>) -> std::io::Result<String> {
    match file {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            Ok(s)
        }
        Some(path) => std::fs::read_to_string(path),
    }
}
