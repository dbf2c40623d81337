//! An exercise set laid out: as text (the CLI's `--format exercises`: the questions, then the
//! answers with their working) and as a printable HTML page (`--format worksheet`: the source,
//! the questions with space to work, the answer key on a page of its own). Every text in the
//! page is escaped (`html::escape`); every word is the set's.

use super::generate::letter;
use super::{AnswerKind, Exercises, Question};
use crate::html::escape;
use std::fmt::Write as _;

/// The questions of `level`, numbered from 1 across the whole set.
fn level(set: &Exercises, level: u8) -> impl Iterator<Item = (usize, &Question)> {
    set.questions.iter().enumerate().filter(move |(_, q)| q.level == level).map(|(i, q)| (i + 1, q))
}

fn levels(set: &Exercises) -> impl Iterator<Item = (u8, &'static str)> + '_ {
    (1u8..=3).zip(set.labels.levels).filter(|(l, _)| set.questions.iter().any(|q| q.level == *l))
}

/// The set as text.
pub(super) fn text(set: &Exercises) -> String {
    let mut out = String::with_capacity(4096);
    // Writing to a `String` cannot fail.
    _ = writeln!(out, "{}", set.labels.title);
    if let Some(s) = &set.source {
        _ = writeln!(out, "{} {}", s.label, s.text.as_deref().or(s.url.as_deref()).unwrap_or(""));
    }
    if set.questions.is_empty() {
        _ = writeln!(out, "\n{}", set.labels.none);
    }
    for (l, name) in levels(set) {
        _ = write!(out, "\n{name}\n");
        for (n, q) in level(set, l) {
            _ = writeln!(out, "\n{n}. {}", q.prompt);
            for (i, c) in q.choices.iter().enumerate() {
                _ = writeln!(out, "   {}) {c}", letter(i));
            }
        }
    }
    if !set.questions.is_empty() {
        _ = write!(out, "\n{}\n", set.labels.answers);
    }
    for (n, q) in set.questions.iter().enumerate() {
        _ = writeln!(out, "\n{}. {}", n + 1, q.answer);
        for h in &q.hints {
            _ = writeln!(out, "   {h}");
        }
    }
    out
}

/// The page's own styles: readable on screen, and on paper the questions kept whole and the
/// answer key on a page of its own.
const CSS: &str = include_str!("worksheet.css");

/// The set as a printable HTML page.
pub(super) fn worksheet(set: &Exercises) -> String {
    let l = &set.labels;
    let lang = set.lang.base();
    let code = serde_json::to_value(lang).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    let mut out = String::with_capacity(8192);
    _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{CSS}</style></head><body><main class=\"ab-worksheet\"><h1>{}</h1>",
        escape(&code),
        escape(l.title),
        escape(l.title)
    );
    if let Some(s) = &set.source {
        _ = write!(out, "<p class=\"ab-ws-source\">{} ", escape(&s.label));
        match (&s.text, &s.url) {
            (Some(t), Some(u)) => _ = write!(out, "<a href=\"{}\">{}</a>", escape(u), escape(t)),
            (Some(t), None) => out.push_str(&escape(t)),
            (None, Some(u)) => _ = write!(out, "<a href=\"{}\">{}</a>", escape(u), escape(u)),
            (None, None) => {}
        }
        out.push_str("</p>");
    }
    _ = write!(out, "<p class=\"ab-ws-name\">{}</p>", escape(l.name));
    if set.questions.is_empty() {
        _ = write!(out, "<p>{}</p>", escape(l.none));
    }
    for (lv, name) in levels(set) {
        let first = level(set, lv).next().map_or(1, |(n, _)| n);
        _ = write!(out, "<section><h2>{}</h2><ol start=\"{first}\">", escape(name));
        for (_, q) in level(set, lv) {
            let choice = if q.kind == AnswerKind::Choice { " ab-ws-choice" } else { "" };
            _ = write!(out, "<li class=\"ab-ws-q{choice}\"><p>{}</p>", escape(&q.prompt));
            if !q.choices.is_empty() {
                out.push_str("<ol type=\"a\">");
                for c in &q.choices {
                    _ = write!(out, "<li>{}</li>", escape(c));
                }
                out.push_str("</ol>");
            }
            _ = write!(out, "<div class=\"ab-ws-work\">{}</div><p class=\"ab-ws-answer\">{}</p></li>", escape(l.working), escape(l.answer));
        }
        out.push_str("</ol></section>");
    }
    if set.questions.is_empty() {
        out.push_str("</main></body></html>\n");
        return out;
    }
    _ = write!(out, "<section class=\"ab-ws-key\"><h2>{}</h2><ol>", escape(l.answer_key));
    for q in &set.questions {
        _ = write!(out, "<li><p><strong>{}</strong></p><ul>", escape(&q.answer));
        for h in &q.hints {
            _ = write!(out, "<li>{}</li>", escape(h));
        }
        out.push_str("</ul></li>");
    }
    out.push_str("</ol></section></main></body></html>\n");
    out
}
