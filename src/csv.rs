//! The table of figures (`Report::table`) as CSV, for "Download CSV": one row per figure, in
//! the report's language, with the stage, the plain count and the value beside the cells. Cells are quoted by RFC 4180, and a cell that a spreadsheet would run as a formula
//! (it starts with =, +, -, @ or a tab) is prefixed with an apostrophe, since labels come from
//! whoever wrote the scenario.

use crate::report::Report;

fn cell(text: &str) -> String {
    let guarded = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The report's table as CSV text with a header row; lines end with CRLF as RFC 4180 asks.
pub fn figures(r: &Report) -> String {
    let words = crate::phrase::words(r.lang);
    let headers = words.csv_headers();
    let yes_no = |b: bool| words.yes_no(b);
    let mut out = String::with_capacity(4096);
    out.push_str(&headers.map(cell).join(","));
    out.push_str("\r\n");
    for section in r.table.iter().flat_map(|t| &t.sections) {
        for row in &section.rows {
            // The number as a plain integer, so a spreadsheet reads it in any locale; none where
            // no count can be stated (a share of a total that was not reported, or of one that is
            // only a bound).
            let cells = [
                cell(&section.heading),
                cell(&row.label),
                if row.count.is_empty() && matches!(row.kind, crate::report::FigureKind::Subgroup | crate::report::FigureKind::Category) { String::new() } else { row.number.to_string() },
                cell(yes_no(row.derived)),
                cell(&row.of_total),
                cell(&row.of_parent),
                cell(&row.natural),
                cell(row.value.as_deref().unwrap_or("")),
            ];
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn quotes_commas_and_quotes_and_defuses_formulas() {
        assert_eq!(cell("Cook County, Ill."), "\"Cook County, Ill.\"");
        assert_eq!(cell("say \"alleged\""), "\"say \"\"alleged\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(cell("plain"), "plain");
    }

    #[test]
    fn one_row_per_figure_with_a_header() {
        let json = r#"{"stages":[{"total":"5,232","breakdown":{"criminal_history":"3,513"}}]}"#;
        let crate::Outcome::Report(r) = crate::calculate_json(json, Some(Lang::En)) else { panic!("report") };
        let text = figures(&r);
        let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + r.figures.len());
        assert_eq!(lines[0], "Stage,Figure,Number,Derived,Share of total,Share of group,In words,Value");
        assert!(lines.contains(&"Arrests,No criminal history,1719,yes,32.9%,,about one in three,"), "{text}");
    }
}
