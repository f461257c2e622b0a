//! HTML to markdown: the known tags of Tencent's documents become their markdown, entities
//! are decoded, and everything else stays text for [`markdown`](super::markdown) to escape.
//!
//! The text is walked as a `&str`, by the byte offsets of ASCII delimiters (`<`, `&`,
//! `` ` ``, `>`, `;`), which are always character boundaries.

use super::markdown::markdown_link;

/// Drops what no doc comment may hold: bidirectional overrides (a hard error in Rust),
/// invisible characters and controls (clippy lints), and tabs.
pub fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\r' => Some('\n'),
            '\t' => Some(' '),
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' => None,
            '\u{2060}'..='\u{206F}' | '\u{FEFF}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Known HTML tags become markdown; entities are decoded. `<` that starts no known tag
/// stays text (`<InstanceId>` is a placeholder, not markup) and is escaped later.
pub fn html_to_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut link: Option<(String, usize)> = None;
    while let Some(start) = rest.find(['<', '&', '`']) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with('`') {
            // A markdown code span is verbatim: `<b>` in it is text, not a tag.
            let used = code_span_len(rest);
            out.push_str(&rest[..used]);
            rest = &rest[used..];
            continue;
        }
        if rest.starts_with('&') {
            let (decoded, used) = entity(rest);
            out.push_str(&decoded);
            rest = &rest[used..];
            continue;
        }
        if let Some(end) = rest.strip_prefix("<!--").and_then(|r| r.find("-->")) {
            rest = &rest[4 + end + 3..];
            continue;
        }
        if let Some(len) = custom_element_len(rest) {
            // `<dx-alert infotype="explain">`: the site's own widgets; their text stays.
            out.push_str("\n\n");
            rest = &rest[len..];
            continue;
        }
        let Some(tag) = Tag::parse(rest) else {
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        match (tag.name.as_str(), tag.closing) {
            ("br" | "p" | "div" | "ul" | "ol" | "table" | "tr" | "hr" | "blockquote", _)
            | ("h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "dl" | "dd" | "dt", _) => {
                out.push_str("\n\n");
            }
            ("li", false) => out.push_str("\n\n- "),
            ("li", true) => out.push_str("\n\n"),
            ("td" | "th", _) => out.push(' '),
            ("a", false) => link = Some((tag.href.unwrap_or_default(), out.len())),
            ("a", true) => {
                if let Some((href, at)) = link.take() {
                    let label = out.split_off(at);
                    out.push_str(&markdown_link(&label, &href));
                }
            }
            ("code", false) => {
                let (code, used) = until_closing(rest, "code");
                out.push_str(&code_span(&code));
                rest = &rest[used..];
            }
            ("pre", false) => {
                let (code, used) = until_closing(rest, "pre");
                out.push_str("\n```text\n");
                out.push_str(code.trim_matches('\n'));
                out.push_str("\n```\n");
                rest = &rest[used..];
            }
            // Emphasis, spans, fonts, images: their text is what matters.
            _ => {}
        }
    }
    out.push_str(rest);
    if let Some((href, at)) = link {
        let label = out.split_off(at);
        out.push_str(&markdown_link(&label, &href));
    }
    out
}

/// The length of the markdown code span at the start of `text`, or of its opening
/// backticks alone when they are not closed on the same line (every line becomes its own
/// paragraph, so a span cannot cross one).
fn code_span_len(text: &str) -> usize {
    let run = text.len() - text.trim_start_matches('`').len();
    let line = &text[..text.find('\n').unwrap_or(text.len())];
    let fence = &text[..run];
    let mut at = run;
    while let Some(found) = line[at..].find(fence) {
        let start = at + found;
        let len = line[start..].len() - line[start..].trim_start_matches('`').len();
        if len == run {
            return start + run;
        }
        at = start + len;
    }
    run
}

/// The length of a custom element's tag (`<dx-alert ...>`, `</dx-alert>`: a name with a
/// `-`) at the start of `text`.
fn custom_element_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('<')?;
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name_len = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(inner.len());
    let name = &inner[..name_len];
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) || !name.contains('-') {
        return None;
    }
    let after = &inner[name_len..];
    if !after.starts_with(['>', ' ', '/', '\n']) {
        return None;
    }
    let end = after.find('>')?;
    Some(text.len() - after.len() + end + 1)
}

/// An HTML tag the converter knows, with its `href` for links.
struct Tag {
    name: String,
    closing: bool,
    href: Option<String>,
    /// Bytes of the tag, `<` to `>`.
    len: usize,
}

impl Tag {
    const KNOWN: &'static [&'static str] = &[
        "a",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "div",
        "dl",
        "dt",
        "em",
        "font",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    ];

    fn parse(text: &str) -> Option<Tag> {
        let inner = text.strip_prefix('<')?;
        let (closing, inner) = match inner.strip_prefix('/') {
            Some(inner) => (true, inner),
            None => (false, inner),
        };
        let name_len = inner
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(inner.len());
        let name = inner[..name_len].to_ascii_lowercase();
        if !Self::KNOWN.contains(&name.as_str()) {
            return None;
        }
        let after = &inner[name_len..];
        if !after.starts_with(['>', ' ', '/', '\n']) {
            return None;
        }
        let end = after.find('>')?;
        let attributes = &after[..end];
        let len = text.len() - after.len() + end + 1;
        Some(Tag {
            href: (name == "a")
                .then(|| attribute(attributes, "href"))
                .flatten(),
            name,
            closing,
            len,
        })
    }
}

fn attribute(attributes: &str, key: &str) -> Option<String> {
    let at = attributes.find(&format!("{key}="))? + key.len() + 1;
    let value = &attributes[at..];
    let value = match value.chars().next()? {
        quote @ ('"' | '\'') => value[1..].split(quote).next()?,
        _ => value.split([' ', '/']).next()?,
    };
    Some(entity_decoded(value))
}

/// The text up to `</name>` (tags inside dropped, entities decoded), and the bytes used.
fn until_closing(text: &str, name: &str) -> (String, usize) {
    let closing = format!("</{name}>");
    let (inner, used) = match find_ignoring_case(text, &closing) {
        Some(end) => (&text[..end], end + closing.len()),
        None => (text, text.len()),
    };
    let mut plain = String::new();
    let mut rest = inner;
    while let Some(start) = rest.find('<') {
        plain.push_str(&rest[..start]);
        match Tag::parse(&rest[start..]) {
            Some(tag) => {
                if tag.name == "br" {
                    plain.push('\n');
                }
                rest = &rest[start + tag.len..];
            }
            None => {
                plain.push('<');
                rest = &rest[start + 1..];
            }
        }
    }
    plain.push_str(rest);
    (entity_decoded(&plain), used)
}

/// Where `needle` (ASCII) is in `text`, ignoring ASCII case, without copying `text`: a
/// lowercased copy per `<code>` made a text of many of them quadratic.
fn find_ignoring_case(text: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    let first = *needle.first()?;
    text.bytes().enumerate().find_map(|(k, b)| {
        let found = b.eq_ignore_ascii_case(&first)
            && text.as_bytes()[k..]
                .get(..needle.len())
                .is_some_and(|candidate| candidate.eq_ignore_ascii_case(needle));
        found.then_some(k)
    })
}

/// The character an entity at the start of `text` stands for, and its length; a lone
/// `&` is itself.
fn entity(text: &str) -> (String, usize) {
    // The longest entity this decodes, `&#x10FFFF;`, fits in 12 bytes. The search is on
    // bytes: `;` is ASCII, so where it is found is a character boundary, and the 12th byte
    // need not be one (`&` then Chinese text).
    let Some(end) = text.bytes().take(12).position(|b| b == b';') else {
        return ("&".to_owned(), 1);
    };
    let name = &text[1..end];
    let decoded = match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" | "ensp" | "emsp" => Some(' '),
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
            .and_then(char::from_u32),
    };
    match decoded {
        Some(c) => (clean(&c.to_string()), end + 1),
        None => ("&".to_owned(), 1),
    }
}

fn entity_decoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let (decoded, used) = entity(&rest[start..]);
        out.push_str(&decoded);
        rest = &rest[start + used..];
    }
    out.push_str(rest);
    out
}

/// A code span holding `code` verbatim, fenced by more backticks than it contains.
fn code_span(code: &str) -> String {
    let code = code.replace('\n', " ");
    let code = code.trim();
    if code.is_empty() {
        return String::new();
    }
    let longest = code
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}
