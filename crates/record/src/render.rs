//! Renderings of a record: JSON, Markdown, plain text and a reader-view HTML page.
//!
//! Every rendering is a pure function of the [`Article`]; none of them reads the page again.
//! [`Format::Text`] is exactly [`Article::text`] (the body, no headline) so that evaluation
//! can compare it directly with reference texts.

use std::fmt::Write as _;

use crate::{Article, Block, Image};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The record as compact JSON (one line).
    Json,
    /// Markdown: `# headline`, a metadata line, then the blocks.
    Markdown,
    /// The body as plain text, exactly [`Article::text`]; the headline is not included.
    Text,
    /// A complete, self-contained reader-view HTML page.
    Html,
}

/// Renders `article` in `format`.
///
/// JSON and plain text carry no trailing newline; Markdown and HTML end with one.
pub fn render(article: &Article, format: Format) -> String {
    match format {
        // Serialising the record cannot fail: every map key is a string.
        Format::Json => serde_json::to_string(article).unwrap_or_default(),
        Format::Markdown => markdown(article),
        Format::Text => article.text.clone(),
        Format::Html => html(article),
    }
}

/// The names of the authors as a phrase: "A", "A and B", "A, B and C".
fn author_names(article: &Article) -> Option<String> {
    let names: Vec<&str> = article
        .authors
        .iter()
        .map(|a| a.name.trim())
        .filter(|n| !n.is_empty())
        .collect();
    match names.as_slice() {
        [] => None,
        [one] => Some((*one).to_string()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// The date part of an ISO 8601 value, for display ("2024-10-25T07:30:00Z" → "2024-10-25").
fn display_date(value: &str) -> &str {
    match value.split_once('T') {
        Some((date, _)) if !date.is_empty() => date,
        _ => value,
    }
}

/// The lead image, unless a figure block already shows the same picture.
fn lead_image_to_show(article: &Article) -> Option<&Image> {
    let lead = article.lead_image.as_ref()?;
    lead.src.as_ref()?;
    let shown = article
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Figure { src, .. } if *src == lead.src));
    (!shown).then_some(lead)
}

// ---------------------------------------------------------------------------------------------
// Markdown

fn markdown(article: &Article) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(headline) = article.headline.as_deref().filter(|h| !h.trim().is_empty()) {
        parts.push(format!("# {}", md_inline(headline)));
    }
    if let Some(sub) = article
        .subheadline
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        parts.push(md_text(sub));
    }
    let mut meta = Vec::new();
    if let Some(names) = author_names(article) {
        meta.push(format!("By {}", md_inline(&names)));
    }
    if let Some(date) = article.published.as_deref() {
        meta.push(md_inline(display_date(date)));
    }
    if let Some(site) = article
        .site_name
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        meta.push(md_inline(site));
    }
    if !meta.is_empty() {
        parts.push(format!("*{}*", meta.join(" · ")));
    }
    if let Some(reason) = &article.error {
        parts.push(format!(
            "> copydesk could not read this input: {}",
            md_inline(reason)
        ));
    }
    if let Some(lead) = lead_image_to_show(article) {
        parts.push(md_figure(
            lead.src.as_deref(),
            lead.caption.as_deref(),
            lead.credit.as_deref(),
        ));
    }
    for block in &article.blocks {
        let part = md_block(block);
        if !part.is_empty() {
            parts.push(part);
        }
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

fn md_block(block: &Block) -> String {
    match block {
        Block::Paragraph { text } => md_text(text),
        Block::Heading { level, text } => {
            let level = usize::from((*level).clamp(1, 6));
            format!("{} {}", "#".repeat(level), md_inline(&one_line(text)))
        }
        Block::List { ordered, items } => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let marker = if *ordered {
                    format!("{}. ", i + 1)
                } else {
                    "- ".to_string()
                };
                let indent = " ".repeat(marker.len());
                let body = md_text(item).replace('\n', &format!("\n{indent}"));
                format!("{marker}{body}")
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Quote { text } => md_text(text)
            .lines()
            .map(|l| {
                if l.is_empty() {
                    ">".to_string()
                } else {
                    format!("> {l}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Table { rows } => md_table(rows),
        Block::Code { text } => {
            let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
            format!("{fence}\n{}\n{fence}", text.trim_end_matches('\n'))
        }
        Block::Figure {
            src,
            caption,
            credit,
        } => md_figure(src.as_deref(), caption.as_deref(), credit.as_deref()),
    }
}

fn md_figure(src: Option<&str>, caption: Option<&str>, credit: Option<&str>) -> String {
    let caption = caption.map(str::trim).filter(|c| !c.is_empty());
    let credit = credit.map(str::trim).filter(|c| !c.is_empty());
    let mut lines = Vec::new();
    if let Some(src) = src.filter(|s| !s.is_empty()) {
        let alt = caption.map(|c| md_inline(&one_line(c))).unwrap_or_default();
        lines.push(format!("![{alt}]({})", md_url(src)));
    }
    let note = match (caption, credit) {
        (Some(c), Some(cr)) => Some(format!("{} ({})", md_inline(&one_line(c)), md_inline(cr))),
        (Some(c), None) => Some(md_inline(&one_line(c))),
        (None, Some(cr)) => Some(md_inline(cr)),
        (None, None) => None,
    };
    if let Some(note) = note {
        lines.push(format!("*{note}*"));
    }
    lines.join("\n")
}

fn md_table(rows: &[Vec<String>]) -> String {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    if width == 0 {
        return String::new();
    }
    let line = |row: &[String]| {
        let mut out = String::from("|");
        for i in 0..width {
            let cell = row.get(i).map(String::as_str).unwrap_or("");
            out.push(' ');
            out.push_str(&md_inline(&one_line(cell)).replace('|', "\\|"));
            out.push_str(" |");
        }
        out
    };
    let mut lines = Vec::with_capacity(rows.len() + 1);
    lines.push(line(&rows[0]));
    lines.push(format!("|{}", " --- |".repeat(width)));
    lines.extend(rows[1..].iter().map(|r| line(r)));
    lines.join("\n")
}

/// Multi-line text: inline escaping plus line-start escaping on every line.
fn md_text(text: &str) -> String {
    text.trim()
        .lines()
        .map(|l| md_line_start(&md_inline(l.trim_end())))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Escapes the characters that would start inline Markdown syntax, and `&` where it
/// would begin a character reference (`&amp;`, `&#39;`).
fn md_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' => {
                out.push('\\');
                out.push(c);
            }
            '&' if starts_reference(&text[i + 1..]) => out.push_str("\\&"),
            _ => out.push(c),
        }
    }
    out
}

/// Whether the text after an `&` reads as a character reference (`amp;`, `#39;`, `#x27;`).
fn starts_reference(rest: &str) -> bool {
    let name = rest.strip_prefix('#').unwrap_or(rest);
    let len = name.bytes().take_while(u8::is_ascii_alphanumeric).count();
    len > 0 && name[len..].starts_with(';')
}

/// Escapes a line start that Markdown would read as a heading, quote, list or rule.
fn md_line_start(line: &str) -> String {
    let trimmed = line.trim_start();
    let lead = &line[..line.len() - trimmed.len()];
    let first = trimmed.chars().next();
    let needs = match first {
        Some('#' | '>' | '+' | '-' | '=' | '|' | '~') => true,
        Some(d) if d.is_ascii_digit() => {
            let rest = trimmed.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(". ") || rest.starts_with(") ") || rest == "." || rest == ")"
        }
        _ => false,
    };
    if !needs {
        return line.to_string();
    }
    if first.is_some_and(|c| c.is_ascii_digit()) {
        let digits = trimmed.len()
            - trimmed
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        format!("{lead}{}\\{}", &trimmed[..digits], &trimmed[digits..])
    } else {
        format!("{lead}\\{trimmed}")
    }
}

/// A link destination that cannot break out of `(…)`.
fn md_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.trim().chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn longest_run(text: &str, ch: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in text.chars() {
        if c == ch {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}

// ---------------------------------------------------------------------------------------------
// HTML

const STYLE: &str = "body{margin:0;background:#fbfaf7;color:#1d1d1b;\
font:1.125rem/1.6 Georgia,'Times New Roman',serif}\
article{max-width:42rem;margin:0 auto;padding:2rem 1.25rem 4rem}\
h1,h2,h3,h4,h5,h6{font-family:system-ui,sans-serif;line-height:1.25}\
h1{font-size:2.1rem;margin:.2rem 0 .6rem}\
.site{font:600 .85rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:#8a3b12;margin:0}\
.standfirst{font-size:1.25rem;color:#444}\
.byline{font:.9rem system-ui,sans-serif;color:#555;border-bottom:1px solid #ddd;padding-bottom:1rem}\
figure{margin:1.5rem 0}img{max-width:100%;height:auto}\
figcaption{font:.85rem/1.4 system-ui,sans-serif;color:#555;margin-top:.4rem}\
.credit{color:#888;margin-left:.3rem}\
blockquote{margin:1.2rem 0;padding-left:1rem;border-left:3px solid #8a3b12;color:#333}\
table{border-collapse:collapse;font:.9rem system-ui,sans-serif}td{border:1px solid #ccc;padding:.3rem .5rem}\
pre{overflow-x:auto;background:#f0eee8;padding:.8rem;font-size:.85rem}\
.error{color:#a00}footer{font:.8rem system-ui,sans-serif;color:#777;margin-top:3rem}";

fn html(article: &Article) -> String {
    let mut out = String::with_capacity(article.text.len() * 2 + 2048);
    out.push_str("<!DOCTYPE html>\n<html");
    if let Some(lang) = article.language.as_deref().filter(|l| is_language_tag(l)) {
        let _ = write!(out, " lang=\"{lang}\"");
    }
    out.push_str(">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let title = article
        .headline
        .as_deref()
        .or(article.site_name.as_deref())
        .unwrap_or("Article");
    let _ = writeln!(out, "<title>{}</title>", esc_text(&one_line(title)));
    let link = article
        .canonical_url
        .as_deref()
        .or(article.source.url.as_deref())
        .and_then(safe_url);
    if let Some(url) = link {
        let _ = writeln!(out, "<link rel=\"canonical\" href=\"{}\">", esc_attr(url));
    }
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>\n<article>");

    out.push_str("<header>\n");
    if let Some(site) = article.site_name.as_deref() {
        let _ = writeln!(out, "<p class=\"site\">{}</p>", esc_text(site));
    }
    if let Some(headline) = article.headline.as_deref() {
        let _ = writeln!(out, "<h1>{}</h1>", esc_text(headline));
    }
    if let Some(sub) = article.subheadline.as_deref() {
        let _ = writeln!(out, "<p class=\"standfirst\">{}</p>", esc_text(sub));
    }
    let names = author_names(article);
    if names.is_some() || article.published.is_some() {
        out.push_str("<p class=\"byline\">");
        if let Some(names) = &names {
            let _ = write!(out, "By <span class=\"author\">{}</span>", esc_text(names));
        }
        if let Some(date) = article.published.as_deref() {
            if names.is_some() {
                out.push_str(" · ");
            }
            let _ = write!(
                out,
                "<time datetime=\"{}\">{}</time>",
                esc_attr(date),
                esc_text(display_date(date))
            );
        }
        out.push_str("</p>\n");
    }
    out.push_str("</header>\n");

    if let Some(reason) = &article.error {
        let _ = writeln!(
            out,
            "<p class=\"error\">copydesk could not read this input: {}</p>",
            esc_text(reason)
        );
    }
    if let Some(lead) = lead_image_to_show(article) {
        html_figure(
            &mut out,
            lead.src.as_deref(),
            lead.caption.as_deref(),
            lead.credit.as_deref(),
        );
    }
    for block in &article.blocks {
        html_block(&mut out, block);
    }
    if let Some(url) = link {
        let _ = writeln!(
            out,
            "<footer>Source: <a href=\"{}\">{}</a></footer>",
            esc_attr(url),
            esc_text(url)
        );
    }
    out.push_str("</article>\n</body>\n</html>\n");
    out
}

fn html_block(out: &mut String, block: &Block) {
    match block {
        Block::Paragraph { text } => {
            let _ = writeln!(out, "<p>{}</p>", esc_lines(text.trim()));
        }
        Block::Heading { level, text } => {
            let level = (*level).clamp(1, 6);
            let _ = writeln!(out, "<h{level}>{}</h{level}>", esc_text(text.trim()));
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            let _ = writeln!(out, "<{tag}>");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", esc_lines(item.trim()));
            }
            let _ = writeln!(out, "</{tag}>");
        }
        Block::Quote { text } => {
            out.push_str("<blockquote>");
            for para in text.trim().split("\n\n").filter(|p| !p.trim().is_empty()) {
                let _ = write!(out, "<p>{}</p>", esc_lines(para.trim()));
            }
            out.push_str("</blockquote>\n");
        }
        Block::Table { rows } => {
            if rows.is_empty() {
                return;
            }
            out.push_str("<table>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    let _ = write!(out, "<td>{}</td>", esc_lines(cell.trim()));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Block::Code { text } => {
            let _ = writeln!(
                out,
                "<pre><code>{}</code></pre>",
                esc_text(text.trim_end_matches('\n'))
            );
        }
        Block::Figure {
            src,
            caption,
            credit,
        } => html_figure(out, src.as_deref(), caption.as_deref(), credit.as_deref()),
    }
}

fn html_figure(out: &mut String, src: Option<&str>, caption: Option<&str>, credit: Option<&str>) {
    let caption = caption.map(str::trim).filter(|c| !c.is_empty());
    let credit = credit.map(str::trim).filter(|c| !c.is_empty());
    let src = src.and_then(safe_url);
    if src.is_none() && caption.is_none() && credit.is_none() {
        return;
    }
    out.push_str("<figure>");
    if let Some(src) = src {
        let alt = caption.map(one_line).unwrap_or_default();
        let _ = write!(
            out,
            "<img src=\"{}\" alt=\"{}\" loading=\"lazy\">",
            esc_attr(src),
            esc_attr(&alt)
        );
    }
    if caption.is_some() || credit.is_some() {
        out.push_str("<figcaption>");
        if let Some(c) = caption {
            out.push_str(&esc_text(c));
        }
        if let Some(cr) = credit {
            let _ = write!(out, "<small class=\"credit\">{}</small>", esc_text(cr));
        }
        out.push_str("</figcaption>");
    }
    out.push_str("</figure>\n");
}

/// Only web and relative URLs go into `href`/`src`; `javascript:` and the like are dropped.
fn safe_url(url: &str) -> Option<&str> {
    let url = url.trim();
    if url.is_empty() {
        return None;
    }
    let scheme_end = url.find(':');
    let first_delim = url.find(['/', '?', '#']);
    match scheme_end {
        Some(colon) if first_delim.is_none_or(|d| colon < d) => {
            let scheme = &url[..colon];
            (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"))
                .then_some(url)
        }
        _ => Some(url),
    }
}

/// A BCP 47-looking tag: letters, digits and hyphens only.
fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty() && tag.len() <= 35 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Escapes text content.
fn esc_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text content and keeps its line breaks as `<br>`.
fn esc_lines(text: &str) -> String {
    esc_text(text).replace('\n', "<br>\n")
}

/// Escapes a double-quoted attribute value.
fn esc_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Author, AuthorKind, Source};

    fn sample() -> Article {
        let mut a = Article::new(Source {
            url: Some("https://news.example/2024/harbour".to_string()),
            ..Source::default()
        });
        a.headline = Some("Harbour <Bridge> reopens & traffic flows".to_string());
        a.site_name = Some("The Harbour Gazette".to_string());
        a.language = Some("en".to_string());
        a.published = Some("2024-10-25T07:30:00+11:00".to_string());
        a.authors = vec![
            Author {
                name: "Mara Quill".to_string(),
                email: None,
                role: None,
                raw: None,
                kind: AuthorKind::Person,
            },
            Author {
                name: "Tom O'Dell".to_string(),
                email: None,
                role: None,
                raw: None,
                kind: AuthorKind::Person,
            },
        ];
        a.blocks = vec![
            Block::Paragraph {
                text: "Crews worked *overnight* on the <span> deck.".to_string(),
            },
            Block::Heading {
                level: 2,
                text: "What changes".to_string(),
            },
            Block::List {
                ordered: true,
                items: vec!["Two lanes".to_string(), "A cycle path".to_string()],
            },
            Block::Quote {
                text: "It is a great day for the city.".to_string(),
            },
            Block::Table {
                rows: vec![
                    vec!["Lane".to_string(), "Opens".to_string()],
                    vec!["North | East".to_string(), "Monday".to_string()],
                ],
            },
            Block::Code {
                text: "let x = 1;\n```".to_string(),
            },
            Block::Figure {
                src: Some("https://img.example/bridge (1).jpg".to_string()),
                caption: Some("The bridge at dawn".to_string()),
                credit: Some("Photo: Ana Ruiz".to_string()),
            },
        ];
        a.rebuild_text();
        a
    }

    #[test]
    fn json_is_one_line_with_schema() {
        let out = render(&sample(), Format::Json);
        assert!(!out.contains('\n'));
        let value: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(value["schema"], "copydesk/article@1");
        assert_eq!(value["blocks"][6]["kind"], "figure");
    }

    #[test]
    fn text_is_exactly_the_body() {
        let a = sample();
        assert_eq!(render(&a, Format::Text), a.text);
        assert!(!render(&a, Format::Text).contains("Harbour <Bridge>"));
    }

    #[test]
    fn markdown_shapes_and_escaping() {
        let md = render(&sample(), Format::Markdown);
        assert!(md.starts_with("# Harbour \\<Bridge> reopens & traffic flows\n"));
        assert!(md.contains("*By Mara Quill and Tom O'Dell · 2024-10-25 · The Harbour Gazette*"));
        assert!(md.contains("Crews worked \\*overnight\\* on the \\<span> deck."));
        assert!(md.contains("\n## What changes\n"));
        assert!(md.contains("1. Two lanes\n2. A cycle path"));
        assert!(md.contains("> It is a great day for the city."));
        assert!(md.contains("| Lane | Opens |\n| --- | --- |\n| North \\| East | Monday |"));
        assert!(md.contains("````\nlet x = 1;\n```\n````"));
        assert!(md.contains("![The bridge at dawn](https://img.example/bridge%20%281%29.jpg)"));
        assert!(md.contains("*The bridge at dawn (Photo: Ana Ruiz)*"));
        assert!(md.ends_with('\n'));
    }

    #[test]
    fn markdown_escapes_line_starts() {
        assert_eq!(md_text("# not a heading"), "\\# not a heading");
        assert_eq!(md_text("1984. A year"), "1984\\. A year");
        assert_eq!(md_text("- dash"), "\\- dash");
        assert_eq!(md_text("2024 was a year"), "2024 was a year");
        assert_eq!(md_inline("AT&T &amp; co"), "AT&T \\&amp; co");
    }

    #[test]
    fn html_page_is_complete_and_escaped() {
        let page = render(&sample(), Format::Html);
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(page.contains("<title>Harbour &lt;Bridge&gt; reopens &amp; traffic flows</title>"));
        assert!(page.contains("<h1>Harbour &lt;Bridge&gt; reopens &amp; traffic flows</h1>"));
        assert!(page.contains("By <span class=\"author\">Mara Quill and Tom O'Dell</span>"));
        assert!(page.contains("<time datetime=\"2024-10-25T07:30:00+11:00\">2024-10-25</time>"));
        assert!(page.contains("<p>Crews worked *overnight* on the &lt;span&gt; deck.</p>"));
        assert!(page.contains("<ol>\n<li>Two lanes</li>"));
        assert!(page.contains("<blockquote><p>It is a great day for the city.</p></blockquote>"));
        assert!(page.contains("<td>North | East</td>"));
        assert!(page.contains("<figcaption>The bridge at dawn<small class=\"credit\">Photo: Ana Ruiz</small></figcaption>"));
        assert!(page.contains("<style>"));
        assert!(page.contains("</article>\n</body>\n</html>\n"));
        assert!(!page.contains("<span>"));
    }

    #[test]
    fn html_attributes_and_urls_are_safe() {
        let mut a = Article::new(Source::default());
        a.language = Some("en\"><script>".to_string());
        a.canonical_url = Some("javascript:alert(1)".to_string());
        a.blocks = vec![Block::Figure {
            src: Some("https://img.example/a.jpg?x=1&y=\"2\"".to_string()),
            caption: Some("Say \"cheese\" <now>".to_string()),
            credit: None,
        }];
        let page = render(&a, Format::Html);
        assert!(page.starts_with("<!DOCTYPE html>\n<html>\n"));
        assert!(!page.contains("javascript:"));
        assert!(page.contains("src=\"https://img.example/a.jpg?x=1&amp;y=&quot;2&quot;\""));
        assert!(page.contains("alt=\"Say &quot;cheese&quot; &lt;now&gt;\""));
        assert!(page.contains("<title>Article</title>"));
    }

    #[test]
    fn safe_url_rules() {
        assert_eq!(safe_url("https://a.example/x"), Some("https://a.example/x"));
        assert_eq!(safe_url("HTTP://a.example/"), Some("HTTP://a.example/"));
        assert_eq!(safe_url("/img/a.jpg"), Some("/img/a.jpg"));
        assert_eq!(safe_url("a.jpg?t=1:2"), Some("a.jpg?t=1:2"));
        assert_eq!(safe_url(" JavaScript:alert(1)"), None);
        assert_eq!(safe_url("data:image/png;base64,AAAA"), None);
        assert_eq!(safe_url(""), None);
    }

    #[test]
    fn failed_record_renders_its_reason() {
        let a = Article::failed(Source::default(), "reading x.html: not found");
        assert_eq!(render(&a, Format::Text), "");
        assert!(render(&a, Format::Markdown).contains("could not read this input: reading x.html"));
        assert!(render(&a, Format::Html).contains("<p class=\"error\">"));
    }

    #[test]
    fn lead_image_shown_once() {
        let mut a = sample();
        a.lead_image = Some(Image {
            src: Some("https://img.example/bridge (1).jpg".to_string()),
            caption: None,
            credit: None,
        });
        assert_eq!(render(&a, Format::Html).matches("<img ").count(), 1);
        a.lead_image = Some(Image {
            src: Some("https://img.example/lead.jpg".to_string()),
            caption: Some("Lead".to_string()),
            credit: None,
        });
        let page = render(&a, Format::Html);
        assert_eq!(page.matches("<img ").count(), 2);
        assert!(render(&a, Format::Markdown).contains("![Lead](https://img.example/lead.jpg)"));
    }
}
