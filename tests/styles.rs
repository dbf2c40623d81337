//! House styles of numbers (issue 10): the Los Angeles example in every style of both languages,
//! typed numbers read in each style, and no output that mixes two conventions.

use arrest_breakdown::{calculate_json, csv, html, parse_count, Lang, Outcome};

const LA: &str = include_str!("../examples/los-angeles.json");

/// A scenario with its `"style"` set.
fn styled(json: &str, style: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["style"] = style.into();
    v.to_string()
}

fn report(json: &str, lang: Lang) -> Box<arrest_breakdown::report::Report> {
    match calculate_json(json, Some(lang)) {
        Outcome::Report(r) => r,
        Outcome::Errors(e) => panic!("{:?}", e.errors),
    }
}

#[test]
fn los_angeles_headline_in_every_style() {
    let en = "About one in three people arrested by ICE in the Los Angeles area from October to June had no criminal history: ";
    let es = "Alrededor de una de cada tres personas arrestadas por ICE en el área de Los Ángeles de octubre a junio no tenía antecedentes penales: ";
    let cases = [
        (Lang::En, None, format!("{en}1,719 of 5,232 (32.9 percent).")),
        (Lang::En, Some("percent"), format!("{en}1,719 of 5,232 (32.9 percent).")),
        (Lang::En, Some("ap"), format!("{en}1,719 of 5,232 (32.9%).")),
        (Lang::Es, None, format!("{es}1.719 de 5.232 (32,9 por ciento).")),
        (Lang::Es, Some("es"), format!("{es}1.719 de 5.232 (32,9 por ciento).")),
        (Lang::Es, Some("us"), format!("{es}1,719 de 5,232 (32.9%).")),
        (Lang::Es, Some("mx"), format!("{es}1,719 de 5,232 (32.9%).")),
        (Lang::Es, Some("rae"), format!("{es}1719 de 5232 (32,9\u{a0}%).")),
        // One name per language: each applies to its own.
        (Lang::En, Some("ap rae"), format!("{en}1,719 of 5,232 (32.9%).")),
        (Lang::Es, Some("ap rae"), format!("{es}1719 de 5232 (32,9\u{a0}%).")),
        (Lang::Es, Some("ap"), format!("{es}1.719 de 5.232 (32,9 por ciento).")),
    ];
    for (lang, style, expected) in cases {
        let json = style.map_or(LA.to_string(), |s| styled(LA, s));
        assert_eq!(report(&json, lang).headline.text, expected, "{lang:?} {style:?}");
    }
}

#[test]
fn rae_groups_from_ten_thousand_with_a_narrow_space() {
    let json = styled(&LA.replace("5232", "65135").replace("\"5,232\"", "\"65,135\""), "rae");
    let r = report(&json, Lang::Es);
    let table = csv::figures(&r);
    assert!(table.contains("65\u{202f}135") || r.headline.text.contains("65\u{202f}135"), "{}\n{table}", r.headline.text);
}

#[test]
fn unknown_style_is_an_error_beside_the_field_in_the_readers_language() {
    for (lang, word) in [(Lang::En, "house style"), (Lang::Es, "estilo")] {
        match calculate_json(&styled(LA, "chicago"), Some(lang)) {
            Outcome::Errors(e) => {
                let m = &e.errors[0];
                assert_eq!((m.field.as_str(), m.code), ("style", "unknown_style"));
                assert!(m.message.contains("chicago") && m.message.contains(word), "{}", m.message);
            }
            Outcome::Report(_) => panic!("an unknown style was accepted"),
        }
    }
}

#[test]
fn typed_numbers_are_read_in_the_style() {
    let style = |lang: Lang, s: &str| lang.styled(s).unwrap();
    let cases: [(Lang, &str, Option<u64>); 14] = [
        (Lang::En, "5,232", Some(5232)),
        (style(Lang::En, "ap"), "5,232", Some(5232)),
        (style(Lang::En, "ap"), "5232", Some(5232)),
        (Lang::Es, "5.232", Some(5232)),
        (Lang::Es, "5232", Some(5232)),
        (style(Lang::Es, "us"), "5,232", Some(5232)),
        (style(Lang::Es, "mx"), "1,400,000", Some(1_400_000)),
        (style(Lang::Es, "us"), "1.4 millones", Some(1_400_000)),
        // In US Spanish, as in English, "5.232" is a fraction, not a count.
        (style(Lang::Es, "us"), "5.232", None),
        (style(Lang::Es, "rae"), "5232", Some(5232)),
        (style(Lang::Es, "rae"), "65 135", Some(65_135)),
        (style(Lang::Es, "rae"), "65\u{202f}135", Some(65_135)),
        (style(Lang::Es, "rae"), "65\u{a0}135", Some(65_135)),
        (style(Lang::Es, "rae"), "1,4 millones", Some(1_400_000)),
    ];
    for (lang, text, expected) in cases {
        assert_eq!(parse_count(text, lang).ok(), expected, "{text:?} in {lang:?}");
    }
}

/// Every figure written in `text`: digits with the separators between them.
fn figures(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_alphanumeric()) {
            let mut j = i;
            let mut fig = String::new();
            while j < chars.len() {
                let c = chars[j];
                let sep = matches!(c, ',' | '.' | '\u{202f}') && chars.get(j + 1).is_some_and(char::is_ascii_digit);
                if c.is_ascii_digit() || sep {
                    fig.push(c);
                    j += 1;
                } else {
                    break;
                }
            }
            out.push(fig);
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether `fig` is a figure as a style with these separators writes it.
fn fits(fig: &str, thousands: char, decimal: char, group_from: u64) -> bool {
    if fig.chars().any(|c| !c.is_ascii_digit() && c != thousands && c != decimal) {
        return false;
    }
    let (int, frac) = fig.split_once(decimal).unwrap_or((fig, ""));
    if frac.contains(decimal) || frac.contains(thousands) || !matches!(frac.len(), 0 | 1 | 2 | 4) {
        return false;
    }
    let groups: Vec<&str> = int.split(thousands).collect();
    let value: u64 = groups.concat().parse().unwrap_or(0);
    if groups.len() == 1 {
        // Ungrouped: fine below `group_from`; years and other identifiers stay as written too.
        return value < group_from || int.len() <= 4;
    }
    value >= group_from && (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3)
}

/// Every scenario the project ships, in every style of both languages: each figure in the
/// sentences, the working and the table is written with that style's separators and no other,
/// and percentages take that style's sign or word.
#[test]
fn no_output_mixes_two_conventions() {
    let mut paths: Vec<_> = ["examples", "tests/scenarios"]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap().map(|e| e.unwrap().path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    // (language, style, thousands, decimal, group from, what must never follow a figure in the
    // sentences: the other conventions' percent)
    type StyleFacts = (Lang, &'static str, char, char, u64, &'static [&'static str]);
    let styles: [StyleFacts; 6] = [
        (Lang::En, "percent", ',', '.', 1000, &["%"]),
        (Lang::En, "ap", ',', '.', 1000, &[" percent ", " percent.", " percent)", " percent,"]),
        (Lang::Es, "es", '.', ',', 1000, &["%"]),
        (Lang::Es, "us", ',', '.', 1000, &[" por ciento", "\u{a0}%"]),
        (Lang::Es, "mx", ',', '.', 1000, &[" por ciento", "\u{a0}%"]),
        (Lang::Es, "rae", '\u{202f}', ',', 10_000, &[" por ciento", "%"]),
    ];
    let mut checked = 0;
    for path in &paths {
        let json = std::fs::read_to_string(path).unwrap();
        for &(lang, style, t, d, from, banned) in &styles {
            let Outcome::Report(r) = calculate_json(&styled(&json, style), Some(lang)) else { continue };
            let sentences: Vec<&str> = std::iter::once(&r.headline).chain(&r.details).chain(&r.caveats).map(|s| s.text.as_str()).collect();
            let working: Vec<&str> = r.working.iter().flatten().flat_map(|b| b.steps.iter().map(String::as_str)).collect();
            // The table as shown (the CSV's number columns are plain digits for spreadsheets).
            // The source line is the reporter's own text, quoted as typed: left out.
            let html = html::fragment(&r);
            let table = html.split("<p class=\"ab-source\">").next().unwrap_or_default().to_string();
            for text in sentences.iter().chain(&working).copied().chain([table.as_str()]) {
                for fig in figures(text) {
                    assert!(fits(&fig, t, d, from), "{}, {style}: {fig:?} in {text}", path.display());
                    checked += 1;
                }
            }
            for text in &sentences {
                for (at, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
                    let after = &text[at + 1..];
                    for b in banned {
                        assert!(!after.starts_with(b), "{}, {style}: {b:?} after a figure in {text}", path.display());
                    }
                }
                if style == "rae" {
                    for (at, _) in text.match_indices('%') {
                        assert!(text[..at].ends_with('\u{a0}'), "{}, rae: an unspaced sign in {text}", path.display());
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} figures checked");
}
