//! Rows pasted from a spreadsheet: what Excel, Google Sheets and LibreOffice put on the clipboard
//! when a reporter copies a range of cells (docs/contract.md, "Pasting rows"), read into a stage's
//! places, its groups, or a whole first stage.
//!
//! The clipboard holds one line per row (CRLF from Excel, LF elsewhere) with the cells separated
//! by tabs; a CSV file opened in a text editor separates them by commas (or by semicolons, as
//! European Excel saves it). A cell holding the separator, a quote or a line break is quoted,
//! with quotes inside doubled (RFC 4180). Blank lines are skipped; so is the empty line a
//! spreadsheet leaves after its last row.
//!
//! Which column is which is read from the cells, not from their order: the **count** column is
//! the one whose cells most often read as counts (as a typed field reads them, in the scenario's
//! language and house style: "5,232", "5.232" in Spanish, "more than 300"); the **name** is the
//! first other column with text; for groups, a third column with text is the **parent**, a
//! category by its key or its name in either language ("convicted", "No criminal conviction",
//! "Condenados por un delito"), blank for the whole stage. A first row whose count cell has no
//! digit in it is a **header** and is skipped; a last row named "Total" is the stage's total, not
//! a place.
//!
//! Every cell that cannot be read gets the message a typed field would get, with its row and
//! column as the spreadsheet numbers them (from 1, counting the header); nothing is dropped
//! silently. Counts read as exact whole numbers come back as JSON numbers, so the scenario reads
//! the same in either language; anything else ("more than 300", "1.4 million", "30 percent" for
//! a group) comes back as typed, for the calculation to read as it reads a typed field.

use crate::error::{ErrorKind, InputError, ParseError, MAX_PLACES, MAX_SUBGROUPS, MAX_TEXT_CHARS};
use crate::editor::Json;
use crate::error::Field;
use crate::lang::{lowercase, Lang, Text};
use crate::model::{Category, PlacePart, RawCount, Stage, Subgroup};
use crate::parse::{parse_qualified, Typed};
use crate::phrase;

/// What the pasted rows become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasteInto {
    /// A stage's places: name and count.
    Places,
    /// A stage's groups: label, count and (optionally) the category they are part of.
    Subgroups,
    /// A first stage of arrests, its places the rows, its total the "Total" row or their sum.
    Stage,
}

impl PasteInto {
    /// "places", "subgroups" or "stage"; anything else is `None`.
    pub fn from_name(name: &str) -> Option<PasteInto> {
        match name {
            "places" => Some(PasteInto::Places),
            "subgroups" => Some(PasteInto::Subgroups),
            "stage" => Some(PasteInto::Stage),
            _ => None,
        }
    }
}

/// The rows read, ready to go into a scenario, and what could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Pasted {
    /// The contract version: 1.
    pub version: u32,
    /// Whether every cell was read: then `errors` is empty.
    pub ok: bool,
    /// Whether the first row was taken for a header and skipped.
    pub header: bool,
    /// The places read (for `places` and `stage`), in order.
    pub places: Vec<PlacePart>,
    /// The groups read (for `subgroups`), in order.
    pub subgroups: Vec<Subgroup>,
    /// For `stage`: the stage, with the places and the total (the "Total" row, else the places'
    /// sum when every count is exact), ready to be a scenario's first stage.
    pub stage: Option<Stage>,
    /// The count of a last row named "Total", when there was one.
    pub total: Option<RawCount>,
    /// `{row, column, code, message}` for each cell that could not be read: `row` and `column`
    /// from 1 as the spreadsheet numbers them, `message` the one a typed field gets, after "Row
    /// 3, column 2: ".
    pub errors: Vec<CellError>,
}

/// A cell that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    /// The row, from 1, counting a header.
    pub row: usize,
    /// The column, from 1.
    pub column: usize,
    /// The stable code a typed field's error has (`not_a_number`, `empty_text`…).
    pub code: &'static str,
    /// What is wrong, in the reader's language, with where.
    pub message: String,
}

impl Pasted {
    /// The result as JSON text (docs/contract.md, "Pasting rows"), written by hand as the
    /// editor's is: the browser's download carries no serializer for the scenario's types.
    pub fn to_json(&self) -> String {
        let mut j = Json(String::with_capacity(256 + 64 * (self.places.len() + self.subgroups.len())));
        let yes = |b: bool| if b { "true" } else { "false" };
        j.open(None, '{');
        j.raw("version", &self.version.to_string());
        j.raw("ok", yes(self.ok));
        j.raw("header", yes(self.header));
        if !self.places.is_empty() {
            places_json(&mut j, Some("places"), &self.places);
        }
        if !self.subgroups.is_empty() {
            j.open(Some("subgroups"), '[');
            for g in &self.subgroups {
                j.open(None, '{');
                text_json(&mut j, "label", &g.label);
                count_json(&mut j, "count", &g.count);
                if let Some(p) = g.parent {
                    j.str("parent", p.key());
                }
                j.close('}');
            }
            j.close(']');
        }
        if let Some(stage) = &self.stage {
            j.open(Some("stage"), '{');
            j.str("kind", "arrests");
            j.str("unit", "people");
            // No "Total" row and counts that cannot be summed (a qualifier): a total not reported.
            if let Some(total) = &stage.total {
                count_json(&mut j, "total", total);
            }
            if !stage.places.is_empty() {
                places_json(&mut j, Some("places"), &stage.places);
            }
            j.close('}');
        }
        if let Some(total) = &self.total {
            count_json(&mut j, "total", total);
        }
        j.open(Some("errors"), '[');
        for e in &self.errors {
            j.open(None, '{');
            j.raw("row", &e.row.to_string());
            j.raw("column", &e.column.to_string());
            j.str("code", e.code);
            j.str("message", &e.message);
            j.close('}');
        }
        j.close(']');
        j.close('}');
        j.0
    }
}

fn places_json(j: &mut Json, key: Option<&str>, places: &[PlacePart]) {
    j.open(key, '[');
    for p in places {
        j.open(None, '{');
        text_json(j, "name", &p.name);
        count_json(j, "count", &p.count);
        j.close('}');
    }
    j.close(']');
}

/// A count as the scenario keeps it: a whole number as a number, anything else as its text.
fn count_json(j: &mut Json, key: &str, count: &RawCount) {
    match count {
        RawCount::Number(n) if n.parse::<u64>().is_ok() => j.raw(key, n),
        other => j.str(key, other.as_typed()),
    }
}

/// A pasted name: always one string.
fn text_json(j: &mut Json, key: &str, text: &Text) {
    j.str(key, text.get(Lang::En).unwrap_or(""));
}

/// Reads `text`, as pasted, into `into`, with counts read in `lang` (with its house style).
pub fn paste(text: &str, into: PasteInto, lang: Lang) -> Pasted {
    let rows: Vec<Vec<String>> = split(text).into_iter().filter(|r| r.iter().any(|c| !c.is_empty())).collect();
    let mut out = Pasted {
        version: crate::model::CONTRACT_VERSION,
        ok: false,
        header: false,
        places: Vec::new(),
        subgroups: Vec::new(),
        stage: None,
        total: None,
        errors: Vec::new(),
    };
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let reads = |s: &str| parse_qualified(s, lang).is_ok();
    // The count column: the one whose cells (after the first row, which may be a header) most
    // often read as counts; the rightmost of equals, as names come first in a sheet.
    let body = rows.get(1..).filter(|b| !b.is_empty()).unwrap_or(&rows);
    let count_col = (0..width).max_by_key(|&c| body.iter().filter(|r| reads(cell(r, c))).count()).unwrap_or(0);
    let texts = |c: usize| c != count_col && rows.iter().any(|r| !cell(r, c).is_empty());
    let name_col = (0..width).find(|&c| texts(c));
    let parent_col = name_col.and_then(|n| (n + 1..width).find(|&c| texts(c)));
    let first_count = rows.first().map(|r| cell(r, count_col)).unwrap_or("");
    out.header = rows.len() > 1 && !first_count.bytes().any(|b| b.is_ascii_digit());
    let skip = usize::from(out.header);
    let mut body: Vec<(usize, &Vec<String>)> = rows.iter().enumerate().skip(skip).collect();
    // A last row named "Total", in either language, is the total rather than a part.
    if let Some(&(_, last)) = body.last() {
        let name = name_col.map(|c| lowercase(cell(last, c))).unwrap_or_default();
        if !name.is_empty() && Lang::ALL.iter().any(|&l| lowercase(crate::editor::chrome(l).editor.total) == name) {
            out.total = Some(raw(cell(last, count_col)));
            body.pop();
        }
    }
    let limit = if into == PasteInto::Subgroups { MAX_SUBGROUPS } else { MAX_PLACES };
    let mut fail = |row: usize, col: usize, kind: ErrorKind| {
        let e = InputError::new(Field::Scenario, kind);
        let mut message = String::new();
        // Writing to a `String` cannot fail.
        let _ = phrase::words(lang).cell_at(&mut message, row + 1, col + 1, &e.message(lang));
        out.errors.push(CellError { row: row + 1, column: col + 1, code: e.kind.code(), message });
    };
    if body.is_empty() {
        fail(0, count_col, ErrorKind::Count { typed: String::new(), why: ParseError::Empty });
    }
    if body.len() > limit {
        if let Some(&(row, _)) = body.get(limit) {
            fail(row, 0, ErrorKind::TooMany { limit });
        }
    }
    let mut sum: Option<u64> = Some(0);
    let (mut places, mut subgroups) = (Vec::new(), Vec::new());
    for &(row, cells) in body.iter().take(limit) {
        let name = name_col.map(|c| cell(cells, c)).unwrap_or("");
        let name_at = name_col.unwrap_or(if count_col == 0 { 1 } else { 0 });
        if name.is_empty() {
            fail(row, name_at, ErrorKind::EmptyText);
        } else if name.chars().count() > MAX_TEXT_CHARS {
            fail(row, name_at, ErrorKind::TextTooLong { limit: MAX_TEXT_CHARS });
        }
        let typed = cell(cells, count_col);
        let count = match parse_qualified(typed, lang) {
            // A place is counted exactly; a group may be a share of its whole.
            Ok(Typed::Share { .. }) if into != PasteInto::Subgroups => {
                fail(row, count_col, ErrorKind::Count { typed: typed.to_string(), why: ParseError::ShareNeedsWhole });
                sum = None;
                raw(typed)
            }
            Ok(Typed::Count(e)) if e.qual.is_exact() && e.scale == 0 => {
                sum = sum.and_then(|s| s.checked_add(e.value));
                RawCount::from(e.value)
            }
            Ok(_) => {
                sum = None;
                raw(typed)
            }
            Err(why) => {
                fail(row, count_col, ErrorKind::Count { typed: typed.to_string(), why });
                sum = None;
                raw(typed)
            }
        };
        let parent = match parent_col.map(|c| (c, cell(cells, c))) {
            Some((c, typed)) if into == PasteInto::Subgroups && !typed.is_empty() => match category(typed) {
                Some(p) => Some(p),
                None => {
                    fail(row, c, ErrorKind::UnknownCategory { typed: typed.to_string() });
                    None
                }
            },
            _ => None,
        };
        let label = Text::Same(name.to_string());
        match into {
            PasteInto::Subgroups => subgroups.push(Subgroup { label, count, parent }),
            _ => places.push(PlacePart { name: label, count }),
        }
    }
    out.ok = out.errors.is_empty();
    if into == PasteInto::Stage {
        let total = out.total.clone().or(sum.map(RawCount::from));
        out.stage = Some(Stage { total, places: places.clone(), ..Stage::default() });
    }
    out.places = places;
    out.subgroups = subgroups;
    out
}

/// A row's cell, or "" past its end.
fn cell(row: &[String], col: usize) -> &str {
    row.get(col).map(String::as_str).unwrap_or("")
}

/// A count cell kept as typed (trimmed), for the calculation to read as it reads a typed field.
fn raw(typed: &str) -> RawCount {
    RawCount::Text(typed.trim().to_string())
}

/// A category by its key ("no_record", "no record") or its name in either language.
fn category(typed: &str) -> Option<Category> {
    let folded = lowercase(typed.trim()).replace(' ', "_");
    Category::ALL.into_iter().find(|&c| {
        c.key() == folded
            || Lang::ALL.iter().any(|&l| lowercase(phrase::category_label(Some(c), l)).replace(' ', "_") == folded)
    })
}

/// The clipboard's rows and cells: tab-separated if any line has a tab outside quotes, else
/// semicolon-separated if the first line has a semicolon, else comma-separated. Quoted cells
/// (RFC 4180) may hold the separator, doubled quotes and line breaks; every cell is trimmed.
fn split(text: &str) -> Vec<Vec<String>> {
    let outside_quotes = |sep: char, first_line_only: bool| {
        let mut quoted = false;
        for c in text.chars() {
            match c {
                '"' => quoted = !quoted,
                '\n' | '\r' if !quoted && first_line_only => return false,
                c if c == sep && !quoted => return true,
                _ => {}
            }
        }
        false
    };
    let sep = if outside_quotes('\t', false) {
        '\t'
    } else if outside_quotes(';', true) {
        ';'
    } else {
        ','
    };
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true; // at the start of a cell: a quote there opens a quoted cell
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start && cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            c if c == sep => {
                row.push(std::mem::take(&mut cell).trim().to_string());
                at_start = true;
                continue;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut cell).trim().to_string());
                rows.push(std::mem::take(&mut row));
                at_start = true;
                continue;
            }
            c => cell.push(c),
        }
        at_start = false;
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell.trim().to_string());
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(p: &Pasted) -> Vec<(String, String)> {
        p.places.iter().map(|p| (p.name.get(Lang::En).unwrap_or("").to_string(), p.count.as_typed().to_string())).collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|&(a, b)| (a.to_string(), b.to_string())).collect()
    }

    /// The four-day operation's ten places (www/presets/operation-safe-city.json), as Google
    /// Sheets copies them with their header: tab-separated, LF, no line after the last row.
    const SAFE_CITY_TSV: &str = "Jurisdiction\tArrests\nPhiladelphia\t107\nBaltimore\t28\nCook County, Ill.\t30\nDenver\t63\nLos Angeles\t101\nNew York\t45\nPortland, Ore.\t33\nSanta Clara County, Calif.\t27\nWashington, D.C.\t14\nMassachusetts\t50";

    #[test]
    fn the_four_day_operations_ten_places_with_a_header() {
        let p = paste(SAFE_CITY_TSV, PasteInto::Places, Lang::En);
        assert!(p.ok && p.header, "{p:?}");
        assert_eq!(p.places.len(), 10);
        assert_eq!(places(&p)[2], ("Cook County, Ill.".to_string(), "30".to_string()));
        assert_eq!(places(&p)[9], ("Massachusetts".to_string(), "50".to_string()));
        // Into an empty widget: a first stage whose total is their sum, 498, as the preset's.
        let s = paste(SAFE_CITY_TSV, PasteInto::Stage, Lang::En).stage.unwrap();
        assert_eq!(s.total, Some(RawCount::from(498)));
        assert_eq!(s.places.len(), 10);
    }

    /// What was pasted, the language, the places read as (name, count as kept), and the header.
    type Case = (&'static str, Lang, &'static [(&'static str, &'static str)], bool);

    #[test]
    fn table_of_clipboards() {
        // (what was pasted, language, places read as (name, count as the scenario keeps it), header)
        let cases: &[Case] = &[
            // Excel: CRLF, a trailing line break, no header.
            ("Philadelphia\t107\r\nBaltimore\t28\r\n", Lang::En, &[("Philadelphia", "107"), ("Baltimore", "28")], false),
            // LibreOffice, with blank lines at the end.
            ("Denver\t63\n\n\n", Lang::En, &[("Denver", "63")], false),
            // A CSV file: quoted cells with commas and doubled quotes inside.
            (
                "\"Place\",\"People\"\n\"Portland, Ore.\",\"1,204\"\n\"The \"\"Valley\"\"\",33\n",
                Lang::En,
                &[("Portland, Ore.", "1204"), ("The \"Valley\"", "33")],
                true,
            ),
            // Spanish numbers: "5.232" is five thousand, "1,4 millones" keeps its scale word.
            ("Lugar\tDetenciones\nMadrid\t5.232\nSevilla\t1,4 millones\n", Lang::Es, &[("Madrid", "5232"), ("Sevilla", "1,4 millones")], true),
            // European CSV: semicolons.
            ("Ciudad;Cifra\nValencia;2.345\n", Lang::Es, &[("Valencia", "2345")], true),
            // Count first, name second; a qualifier kept as typed.
            ("300\tChicago\nmore than 300\tHouston\n", Lang::En, &[("Chicago", "300"), ("Houston", "more than 300")], false),
            // A quoted cell with a line break in it (a wrapped cell in Sheets).
            ("\"Santa Clara\nCounty\"\t27\n", Lang::En, &[("Santa Clara\nCounty", "27")], false),
            // A total row is the total, not a place.
            ("Denver\t63\nBoston\t50\nTotal\t113\n", Lang::En, &[("Denver", "63"), ("Boston", "50")], false),
        ];
        for &(text, lang, want, header) in cases {
            let p = paste(text, PasteInto::Places, lang);
            assert!(p.ok, "{text:?}: {:?}", p.errors);
            assert_eq!(places(&p), pairs(want), "{text:?}");
            assert_eq!(p.header, header, "{text:?}");
        }
    }

    #[test]
    fn a_bad_cell_gets_a_typed_fields_message_with_its_row_and_column() {
        let p = paste("Place\tArrests\nPhiladelphia\t107\nBaltimore\t5.232\nDenver\tmany\n", PasteInto::Places, Lang::En);
        assert!(!p.ok);
        let got: Vec<_> = p.errors.iter().map(|e| (e.row, e.column, e.code)).collect();
        assert_eq!(got, [(3, 2, "fractional"), (4, 2, "not_a_number")]);
        assert!(p.errors[1].message.starts_with("Row 4, column 2: “many” is not a number."), "{}", p.errors[1].message);
        // Every row is still there, a bad count as typed: the field shows the same message.
        assert_eq!(places(&p)[1], ("Baltimore".to_string(), "5.232".to_string()));
        let es = paste("Lugar\tDetenciones\nMadrid\tmuchas\n", PasteInto::Places, Lang::Es);
        assert!(es.errors[0].message.starts_with("Fila 2, columna 2: «muchas» no es un número."), "{}", es.errors[0].message);
    }

    #[test]
    fn house_style_decides_what_a_dot_means() {
        // In US Spanish, "5.232" is not a count, as when typed.
        let us = Lang::Es.styled("us").unwrap();
        assert_eq!(paste("Austin\t5.232\n", PasteInto::Places, us).errors[0].code, "fractional");
        assert_eq!(places(&paste("Austin\t5,232\n", PasteInto::Places, us)), pairs(&[("Austin", "5232")]));
    }

    #[test]
    fn groups_with_their_parent() {
        let text = "Group\tCount\tPart of\npreviously deported\t104\tnot_convicted\nalleged gang members or affiliates\t18\t\nno record\t30 percent\tNo criminal conviction\nx\t5\tfelons\n";
        let p = paste(text, PasteInto::Subgroups, Lang::En);
        let got: Vec<_> = p.subgroups.iter().map(|g| (g.count.as_typed().to_string(), g.parent)).collect();
        assert_eq!(
            got,
            [
                ("104".to_string(), Some(Category::NotConvicted)),
                ("18".to_string(), None),
                ("30 percent".to_string(), Some(Category::NotConvicted)),
                ("5".to_string(), None),
            ]
        );
        assert_eq!((p.errors[0].row, p.errors[0].column, p.errors[0].code), (5, 3, "unknown_category"));
    }

    #[test]
    fn what_cannot_be_a_place() {
        let share = paste("Denver\t30%\n", PasteInto::Places, Lang::En);
        assert_eq!(share.errors[0].code, "share_needs_whole");
        let nameless = paste("\t63\n", PasteInto::Places, Lang::En);
        assert_eq!((nameless.errors[0].column, nameless.errors[0].code), (1, "empty_text"));
        let empty = paste("\r\n\r\n", PasteInto::Places, Lang::En);
        assert_eq!(empty.errors[0].code, "empty");
        let many: String = (0..61).map(|i| format!("P{i}\t{i}\n")).collect();
        let p = paste(&many, PasteInto::Places, Lang::En);
        assert_eq!((p.errors[0].row, p.errors[0].code), (61, "too_many"));
        assert_eq!(p.places.len(), 60);
    }

    #[test]
    fn a_stage_from_approximate_rows_leaves_the_total_unreported_for_the_reporter() {
        // Approximate counts cannot be summed: the stage is one whose total was not reported
        // (its field left blank) until the reporter types one.
        let s = paste("A\tabout 300\nB\t20\n", PasteInto::Stage, Lang::En).stage.unwrap();
        assert_eq!(s.total, None);
        let t = paste("A\tabout 300\nB\t20\nTotal\tmore than 320\n", PasteInto::Stage, Lang::En).stage.unwrap();
        assert_eq!(t.total, Some(RawCount::Text("more than 320".into())));
    }

    #[test]
    fn the_json_is_the_contracts() {
        let p = paste("Denver\t63\n", PasteInto::Stage, Lang::En);
        assert_eq!(
            p.to_json(),
            r#"{"version":1,"ok":true,"header":false,"places":[{"name":"Denver","count":63}],"stage":{"kind":"arrests","unit":"people","total":63,"places":[{"name":"Denver","count":63}]},"errors":[]}"#
        );
    }
}
