//! Every word has one home per language: no English or Spanish text in the crate's Rust outside
//! `src/phrase/` (the language files), so a third language is one new file. Reads the sources
//! themselves: string literals outside comments and test code that hold prose.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a source file without its comments and without its `#[cfg(test)]` module (tests
/// state expected sentences, which is where words belong in a test).
fn code(source: &str) -> String {
    let body = match source.find("#[cfg(test)]") {
        Some(at) => &source[..at],
        None => source,
    };
    body.lines()
        .filter(|l| {
            let t = l.trim_start();
            !t.starts_with("//") && !t.starts_with("#[doc") && !t.contains("assert!(") && !t.contains("assert_eq!(")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The string literals in `code` ("…" with escapes; raw strings are not used for words here).
fn literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if c == '\'' && prev != '\\' {
            // A char literal such as '"': skip it whole.
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                for _ in 0..rest.find('\'').unwrap_or(0) + 1 {
                    chars.next();
                }
                prev = '\'';
                continue;
            }
        }
        if c == '"' {
            let mut lit = String::new();
            let mut escaped = false;
            for d in chars.by_ref() {
                if escaped {
                    escaped = false;
                } else if d == '\\' {
                    escaped = true;
                } else if d == '"' {
                    break;
                }
                lit.push(d);
            }
            out.push(lit);
        }
        prev = c;
    }
    out
}

/// Prose: two or more words of letters in a row ("Source:", "no record", "de cada"), which no
/// key, path, format spec or CSS class needs.
fn is_prose(lit: &str) -> bool {
    // Placeholders ("{label}") are not words.
    let mut bare = String::new();
    let mut depth = 0;
    for c in lit.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let lit = bare.as_str();
    let words: Vec<&str> = lit
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|w| w.chars().count() >= 2)
        .collect();
    let spaced = lit.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 2;
    let accented = lit.chars().any(|c| "áéíóúñ¿¡«»“”".contains(c));
    (spaced && words.len() >= 2 && !lit.contains("{}") && !lit.contains('<')) || accented
}

/// Text that is not the reader's words, each with why: the JSON parser's own diagnostics, which
/// come out in English like serde_json's ("invalid type: …, expected a whole number"), inside
/// the error report's `detail`.
const NOT_PROSE: &[(&str, &str)] = &[
    ("model.rs", "a count: a number or text such as \\\"5,232\\\""),
    ("model.rs", "text, or an object with \\\"en\\\" and \\\"es\\\" texts"),
    ("model.rs", "a whole number"),
    ("model.rs", "integer `{v}` as u128"),
    ("model.rs", "integer `{v}` as i128"),
    ("model.rs", "duplicate field `{key}`"),
];

#[test]
fn no_words_outside_phrase() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut found = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        // The language files; the CLI's clap help (English, like every command-line tool's);
        // test modules kept in files of their own (props.rs, tests.rs), which state sentences.
        let test_module = rel.ends_with("/props.rs") || rel.ends_with("/tests.rs");
        if rel.starts_with("phrase/") || rel.starts_with("bin/") || test_module {
            continue;
        }
        for lit in literals(&code(&fs::read_to_string(&file).unwrap())) {
            if is_prose(&lit) && !NOT_PROSE.contains(&(rel.as_str(), lit.as_str())) {
                found.push(format!("src/{rel}: \"{lit}\""));
            }
        }
    }
    assert!(found.is_empty(), "words outside src/phrase/:\n{}", found.join("\n"));
}
