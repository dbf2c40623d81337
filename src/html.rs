//! The report as static HTML, for pages to carry before (or without) JavaScript: the build
//! writes the default preset's sentences and table into the page so it reads right at once and
//! the live widget takes over in the same space. Every text is escaped; nothing is trusted.

use crate::report::{Report, Table, TableRow};

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn push_el(out: &mut String, tag: &str, class: &str, text: &str) {
    out.push_str(&format!("<{tag} class=\"{class}\">{}</{tag}>", escape(text)));
}

/// A row of the table, as the core decided it: the label, then a cell per column.
fn row(out: &mut String, r: &TableRow) {
    let kind = serde_json::to_value(r.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    out.push_str(&format!("<tr class=\"row-{kind}\"><th scope=\"row\">{}</th>", escape(&r.label)));
    for (class, cell) in [("num", &r.count), ("num", &r.of_total), ("num", &r.of_parent), ("words", &r.natural)] {
        out.push_str(&format!("<td class=\"{class}\">{}</td>", escape(cell)));
    }
    out.push_str(&format!("<td>{}</td></tr>", escape(&r.derived_text)));
}

/// The table of figures (`Report::table`), laid out as the widget lays it out: a caption, the
/// headings, then a group of rows per stage under the stage's label.
fn table(out: &mut String, t: &Table) {
    out.push_str("<table class=\"ab-table\">");
    push_el(out, "caption", "ab-table-caption", &t.caption);
    out.push_str("<thead><tr>");
    for (i, h) in t.columns.iter().enumerate() {
        let class = if (1..=3).contains(&i) { " class=\"num\"" } else { "" };
        out.push_str(&format!("<th scope=\"col\"{class}>{}</th>", escape(h)));
    }
    out.push_str("</tr></thead>");
    for section in &t.sections {
        out.push_str(&format!(
            "<tbody><tr class=\"stage-row\"><th scope=\"rowgroup\" colspan=\"{}\">{}</th></tr>",
            t.columns.len(),
            escape(&section.heading)
        ));
        for r in &section.rows {
            row(out, r);
        }
        out.push_str("</tbody>");
    }
    out.push_str("</table>");
}

/// The whole report as one HTML fragment: headline, details, caveats, the table of figures and
/// the source. Class names start with `ab-` so a page's own styles do not collide with them.
pub fn fragment(r: &Report) -> String {
    let mut out = String::with_capacity(8192);
    out.push_str(&format!("<div class=\"ab-static\" lang=\"{}\">", r.lang.code()));
    push_el(&mut out, "p", "ab-headline", &r.headline.text);
    out.push_str("<ul class=\"ab-details\">");
    for s in &r.details {
        push_el(&mut out, "li", "ab-detail", &s.text);
    }
    out.push_str("</ul>");
    if !r.caveats.is_empty() {
        // Not a heading element: the fragment does not know the heading levels of the page
        // it is written into.
        push_el(&mut out, "p", "ab-caveats-heading", &r.labels.caveats);
        out.push_str("<ul class=\"ab-caveats\">");
        for s in &r.caveats {
            push_el(&mut out, "li", "ab-caveat", &s.text);
        }
        out.push_str("</ul>");
    }
    if let Some(t) = &r.table {
        table(&mut out, t);
    }
    if let Some(src) = &r.source {
        out.push_str("<p class=\"ab-source\">");
        out.push_str(&escape(&src.label));
        out.push(' ');
        match (&src.text, &src.url) {
            (Some(t), Some(u)) => out.push_str(&format!("<a href=\"{}\" rel=\"noopener\">{}</a>", escape(u), escape(t))),
            (Some(t), None) => out.push_str(&escape(t)),
            (None, Some(u)) => out.push_str(&format!("<a href=\"{}\" rel=\"noopener\">{}</a>", escape(u), escape(u))),
            (None, None) => {}
        }
        out.push_str("</p>");
    }
    out.push_str("</div>");
    out
}

/// The iframe title, in the reader's language: what a screen reader announces for the frame.
pub fn embed_title(lang: crate::Lang) -> &'static str {
    crate::phrase::words(lang).embed_title()
}

/// The code a newsroom pastes into an article to embed `embed_url` (the embed page's address,
/// with the reader's figures in it, or a preset's pre-rendered page): a lazy, titled, sandboxed
/// iframe and the parent-side resizer at `script_url`. The sandbox lets the calculator run and fetch its own files
/// (scripts, same origin) and lets its source link open a new tab, and nothing else.
pub fn embed_snippet(embed_url: &str, script_url: &str, lang: crate::Lang) -> String {
    format!(
        "<iframe data-arrest-breakdown src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"600\" sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" allow=\"clipboard-write\"></iframe>\n<script src=\"{}\" defer></script>",
        escape(embed_url),
        escape(embed_title(lang)),
        escape(script_url)
    )
}

/// The builder's second embed code (issue 13): the element itself, for a page that can load
/// scripts from the calculator's address. `script_url` is the element's module
/// (build/arrest-breakdown.js); `scenario` the figures as JSON text, carried in the `scenario`
/// attribute; `lang` and `mode` as the element reads them. Everything is escaped.
pub fn element_snippet(script_url: &str, scenario: &str, lang: crate::Lang, mode: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n<arrest-breakdown lang=\"{}\" mode=\"{}\" scenario=\"{}\"></arrest-breakdown>",
        escape(script_url),
        lang.code(),
        escape(mode),
        escape(scenario)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{calculate_json, Lang, Outcome};

    #[test]
    fn the_element_snippet_escapes_the_figures() {
        let s = element_snippet("https://example.org/build/arrest-breakdown.js", r#"{"stages":[{"total":"5 < 6 & 'x'"}]}"#, Lang::Es, "card");
        assert_eq!(
            s,
            "<script type=\"module\" src=\"https://example.org/build/arrest-breakdown.js\"></script>\n<arrest-breakdown lang=\"es\" mode=\"card\" scenario=\"{&quot;stages&quot;:[{&quot;total&quot;:&quot;5 &lt; 6 &amp; &#39;x&#39;&quot;}]}\"></arrest-breakdown>"
        );
    }

    #[test]
    fn escapes_everything_a_reader_could_type() {
        assert_eq!(escape(r#"<script>alert("x")</script> & 'y'"#), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    }

    #[test]
    fn the_embed_snippet_escapes_both_addresses() {
        let url = "https://example.org/calc/embed.html?lang=es#%7B%22a%22%3A1%7D\"><script>";
        let snippet = embed_snippet(url, "https://example.org/calc/build/embed-parent.js", crate::Lang::Es);
        assert!(snippet.starts_with("<iframe data-arrest-breakdown src=\"https://example.org/calc/embed.html?lang=es#%7B%22a%22%3A1%7D&quot;&gt;&lt;script&gt;\""), "{snippet}");
        assert!(snippet.contains("title=\"Calculadora del desglose de arrestos\""));
        assert!(snippet.contains("loading=\"lazy\""));
        assert!(snippet.ends_with("<script src=\"https://example.org/calc/build/embed-parent.js\" defer></script>"));
    }

    #[test]
    fn hostile_labels_arrive_as_text() {
        let json = r#"{"context":{"place":"<img src=x onerror=alert(1)>"},"stages":[{"total":10,"breakdown":{"convicted":4},
            "subgroups":[{"label":"<script>alert(1)</script>","count":1}]}]}"#;
        let Outcome::Report(r) = calculate_json(json, Some(Lang::En)) else { panic!("report expected") };
        let html = fragment(&r);
        assert!(!html.contains("<script>") && !html.contains("<img"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    #[test]
    fn the_table_is_the_reports_table() {
        let json = r#"{"context":{"period":{"start":"2025-01-01","end":"2025-01-10"}},"stages":[{"total":200,"breakdown":{"convicted":50,"not_convicted":150}}]}"#;
        let Outcome::Report(r) = calculate_json(json, Some(Lang::Es)) else { panic!("report expected") };
        let html = fragment(&r);
        assert!(html.contains("<caption class=\"ab-table-caption\">Todas las cifras</caption>"), "{html}");
        assert!(html.contains("<tr class=\"stage-row\"><th scope=\"rowgroup\" colspan=\"6\">Arrestos</th></tr>"), "{html}");
        // A rate shows its value in the number column, and no share.
        assert!(html.contains("<tr class=\"row-per_day\"><th scope=\"row\">Arrestos al día</th><td class=\"num\">20,0</td><td class=\"num\"></td>"), "{html}");
        let rows: usize = r.table.as_ref().expect("asked for").sections.iter().map(|s| s.rows.len()).sum();
        assert_eq!(rows, r.figures.len());
    }
}
