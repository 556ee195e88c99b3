//! What each HTML element means for reading: never shown, a block, or inline text.

use copydesk_parse::{LocalName, local_name};

/// The reading role of an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Never part of the readable page (scripts, forms controls, embedded media …).
    Skip,
    /// Starts a new block of text.
    Block,
    /// Flows inside a block.
    Inline,
}

/// The role of element `name`.
pub fn role(name: &LocalName) -> Role {
    match *name {
        local_name!("script")
        | local_name!("style")
        | local_name!("template")
        | local_name!("svg")
        | local_name!("math")
        | local_name!("iframe")
        | local_name!("object")
        | local_name!("embed")
        | local_name!("canvas")
        | local_name!("head")
        | local_name!("title")
        | local_name!("meta")
        | local_name!("link")
        | local_name!("select")
        | local_name!("option")
        | local_name!("textarea")
        | local_name!("input")
        | local_name!("button")
        | local_name!("audio")
        | local_name!("video")
        | local_name!("map")
        | local_name!("source")
        | local_name!("track")
        | local_name!("dialog")
        | local_name!("base")
        | local_name!("rt")
        | local_name!("rp") => Role::Skip,
        local_name!("p")
        | local_name!("div")
        | local_name!("section")
        | local_name!("article")
        | local_name!("main")
        | local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("h5")
        | local_name!("h6")
        | local_name!("hgroup")
        | local_name!("ul")
        | local_name!("ol")
        | local_name!("li")
        | local_name!("dl")
        | local_name!("dt")
        | local_name!("dd")
        | local_name!("table")
        | local_name!("thead")
        | local_name!("tbody")
        | local_name!("tfoot")
        | local_name!("tr")
        | local_name!("td")
        | local_name!("th")
        | local_name!("caption")
        | local_name!("blockquote")
        | local_name!("pre")
        | local_name!("figure")
        | local_name!("figcaption")
        | local_name!("address")
        | local_name!("hr")
        | local_name!("center")
        | local_name!("details")
        | local_name!("summary")
        | local_name!("fieldset")
        | local_name!("legend")
        | local_name!("header")
        | local_name!("footer")
        | local_name!("nav")
        | local_name!("aside")
        | local_name!("menu")
        | local_name!("form")
        | local_name!("noscript")
        | local_name!("body")
        | local_name!("html") => Role::Block,
        _ => Role::Inline,
    }
}

/// Elements that are page chrome by their very name.
pub fn is_chrome_tag(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("nav")
            | local_name!("aside")
            | local_name!("footer")
            | local_name!("header")
            | local_name!("menu")
            | local_name!("form")
    )
}

/// Heading level of `h1`…`h6`.
pub fn heading_level(name: &LocalName) -> Option<u8> {
    match *name {
        local_name!("h1") => Some(1),
        local_name!("h2") => Some(2),
        local_name!("h3") => Some(3),
        local_name!("h4") => Some(4),
        local_name!("h5") => Some(5),
        local_name!("h6") => Some(6),
        _ => None,
    }
}
