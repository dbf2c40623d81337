//! The report as static HTML, for pages to carry before (or without) JavaScript: the build
//! writes the default preset's sentences and table into the page so it reads right at once and
//! the live widget takes over in the same space. Every text is escaped; nothing is trusted.

use crate::report::{Figure, FigureKind, Report};

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

/// A figure's row in the table: label, count, share of the total, share of its group, words.
fn row(out: &mut String, f: &Figure, derived_word: &str) {
    let label = if f.derived { format!("{} ({derived_word})", f.label) } else { f.label.clone() };
    let value = f.value_text.clone().unwrap_or_default();
    let of_total = f.of_total.as_ref().map(|s| s.percent.clone()).unwrap_or(value);
    let of_parent = f.of_parent.as_ref().map(|s| s.percent.clone()).unwrap_or_default();
    let words = f.of_total.as_ref().and_then(|s| s.natural.clone()).unwrap_or_default();
    out.push_str("<tr>");
    out.push_str(&format!("<th scope=\"row\">{}</th>", escape(&label)));
    for cell in [&f.count_text, &of_total, &of_parent, &words] {
        out.push_str(&format!("<td>{}</td>", escape(cell)));
    }
    out.push_str("</tr>");
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
    out.push_str("<table class=\"ab-table\"><thead><tr>");
    let l = &r.labels;
    for h in [&l.figure, &l.count, &l.of_total, &l.of_parent, &l.natural] {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
    }
    out.push_str("</tr></thead>");
    for i in 0..r.stages.len() {
        out.push_str("<tbody>");
        for f in r.figures.iter().filter(|f| f.stage == i && !matches!(f.kind, FigureKind::Population | FigureKind::Target | FigureKind::Comparison)) {
            row(&mut out, f, &l.derived);
        }
        out.push_str("</tbody>");
    }
    let reference: Vec<&Figure> =
        r.figures.iter().filter(|f| matches!(f.kind, FigureKind::Population | FigureKind::Target | FigureKind::Comparison)).collect();
    if !reference.is_empty() {
        out.push_str("<tbody>");
        for f in reference {
            row(&mut out, f, &l.derived);
        }
        out.push_str("</tbody>");
    }
    out.push_str("</table>");
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{calculate_json, Lang, Outcome};

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
}
