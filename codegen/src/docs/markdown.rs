//! Markdown to rustdoc: each line of the converted text becomes a paragraph in which
//! nothing is left that rustdoc could misread, with fenced blocks kept verbatim as `text`.
//!
//! Like [`html`](super::html), the text is walked as a `&str` by the byte offsets of ASCII
//! delimiters, which are always character boundaries.

use super::html;
use std::collections::BTreeMap;

/// Where the spec's relative links (`/document/api/213/15753#InstanceStatus`) point.
const SITE: &str = "https://cloud.tencent.com";

/// The doc lines of `text`; empty lines separate paragraphs. Empty for an empty text.
pub fn rustdoc(text: &str) -> Vec<String> {
    let markdown = html::html_to_markdown(&html::clean(text));
    let mut lines = Vec::new();
    let mut fence = false;
    let mut previous_is_table = false;
    for raw in markdown.lines() {
        let line = raw.trim();
        if is_fence(line) {
            if !fence && !lines.is_empty() {
                lines.push(String::new());
            }
            lines.push(if fence { "```" } else { "```text" }.to_owned());
            fence = !fence;
            previous_is_table = false;
            continue;
        }
        if fence {
            // Verbatim, but unindented: rustdoc does not need the indentation of a text
            // block, and clippy flags tabs.
            lines.push(raw.trim_end().to_owned());
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let is_table = line.starts_with('|');
        let continues_table = is_table && previous_is_table;
        if !lines.is_empty() && !continues_table {
            lines.push(String::new());
        }
        lines.push(escape_line(line));
        previous_is_table = is_table;
    }
    if fence {
        lines.push("```".to_owned());
    }
    lines
}

/// `text` as one line: for an error code's description, which goes into a single doc line.
pub fn one_line(text: &str) -> String {
    rustdoc(text)
        .into_iter()
        .filter(|line| !line.is_empty() && !is_fence(line))
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_fence(line: &str) -> bool {
    line.starts_with("```") || line.starts_with("~~~")
}

/// `[label](url)` when `href` can be made an absolute web address, else the label alone.
pub fn markdown_link(label: &str, href: &str) -> String {
    let label = label.trim();
    match absolute_url(href) {
        Some(url) if !label.is_empty() => format!("[{label}]({url})"),
        Some(url) => format!("<{url}>"),
        None => label.to_owned(),
    }
}

/// An absolute `http(s)` address for a link target, or `None` when it points nowhere a
/// reader of rustdoc can follow (a bare anchor, a word).
fn absolute_url(target: &str) -> Option<String> {
    let target = target.trim();
    let url = if target.starts_with("https://") || target.starts_with("http://") {
        target.to_owned()
    } else if let Some(rest) = target.strip_prefix("//") {
        format!("https://{rest}")
    } else if target.starts_with('/') {
        format!("{SITE}{target}")
    } else if target.starts_with("www.") {
        format!("https://{target}")
    } else if target.starts_with("document/") {
        format!("{SITE}/{target}")
    } else {
        return None;
    };
    // Markdown ends a link target at whitespace or an unbalanced parenthesis.
    let mut encoded = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => encoded.push_str("%20"),
            '(' => encoded.push_str("%28"),
            ')' => encoded.push_str("%29"),
            '<' => encoded.push_str("%3C"),
            '>' => encoded.push_str("%3E"),
            '`' => encoded.push_str("%60"),
            c if c.is_whitespace() => {}
            c => encoded.push(c),
        }
    }
    Some(encoded)
}

/// One line of markdown with nothing left that rustdoc could misread: code spans and
/// links are kept (links made absolute), bare URLs are wrapped in `<>`, and other
/// brackets, angle brackets and stray backticks are escaped.
fn escape_line(line: &str) -> String {
    escape(line, true)
}

/// The bytes that may start something to escape or keep; all ASCII, so every offset
/// where one is found is a character boundary.
const SPECIAL: [char; 7] = ['\\', '`', '[', ']', '<', '>', 'h'];

/// [`escape_line`], with links kept only when `links` (a link's label holds none).
fn escape(line: &str, links: bool) -> String {
    let bytes = line.as_bytes();
    let partners = if links {
        partners(line)
    } else {
        BTreeMap::new()
    };
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    while i < bytes.len() {
        let rest = &line[i..];
        match bytes[i] {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                out.push_str(&rest[..2]);
                i += 2;
            }
            b'`' => {
                let run = run_len(rest, b'`');
                match closing_run(line, i + run, run) {
                    Some(end) => {
                        out.push_str(&line[i..end + run]);
                        i = end + run;
                    }
                    None => {
                        for _ in 0..run {
                            out.push_str("\\`");
                        }
                        i += run;
                    }
                }
            }
            b'[' => match link_at(line, i, &partners) {
                Some((label, target, end)) => {
                    out.push_str(&markdown_link(&escape(label, false), target));
                    i = end;
                }
                None => {
                    out.push_str("\\[");
                    i += 1;
                }
            },
            b']' => {
                out.push_str("\\]");
                i += 1;
            }
            b'<' => match autolink_at(rest) {
                Some((url, used)) => {
                    out.push('<');
                    out.push_str(&url);
                    out.push('>');
                    i += used;
                }
                None => {
                    out.push_str("\\<");
                    i += 1;
                }
            },
            b'>' if i > 0 => {
                out.push_str("\\>");
                i += 1;
            }
            b'h' if rest.starts_with("http://") || rest.starts_with("https://") => {
                let used = bare_url_len(rest);
                out.push('<');
                out.push_str(&rest[..used]);
                out.push('>');
                i += used;
            }
            _ => {
                // Up to the next byte that may start something, past this character.
                let first = rest.chars().next().map_or(1, char::len_utf8);
                let used = rest[first..]
                    .find(SPECIAL)
                    .map_or(rest.len(), |k| first + k);
                out.push_str(&rest[..used]);
                i += used;
            }
        }
    }
    out
}

/// How many `byte`s `text` starts with.
fn run_len(text: &str, byte: u8) -> usize {
    text.bytes().take_while(|&b| b == byte).count()
}

/// Where a run of exactly `run` backticks starts at or after byte `from` of `line`.
fn closing_run(line: &str, from: usize, run: usize) -> Option<usize> {
    let mut at = from;
    while let Some(found) = line.get(at..)?.find('`') {
        let start = at + found;
        let len = run_len(&line[start..], b'`');
        if len == run {
            return Some(start);
        }
        at = start + len;
    }
    None
}

/// A markdown link `[label](target)` at byte `at` of `line`: its label, its target and
/// its end.
fn link_at<'a>(
    line: &'a str,
    at: usize,
    partners: &BTreeMap<usize, usize>,
) -> Option<(&'a str, &'a str, usize)> {
    let close = *partners.get(&at)?;
    let open = close + 1;
    if line.as_bytes().get(open) != Some(&b'(') {
        return None;
    }
    let end = *partners.get(&open)?;
    Some((&line[at + 1..close], &line[open + 1..end], end + 1))
}

/// The closing bracket or parenthesis of every one opened in `line` that is closed, by
/// byte offset: found in one pass, so that a line of thousands of `[` is not scanned
/// again for each.
fn partners(line: &str) -> BTreeMap<usize, usize> {
    let mut partners = BTreeMap::new();
    let (mut brackets, mut parens) = (Vec::new(), Vec::new());
    for (k, b) in line.bytes().enumerate() {
        let (open, stack) = match b {
            b'[' | b']' => (b == b'[', &mut brackets),
            b'(' | b')' => (b == b'(', &mut parens),
            _ => continue,
        };
        if open {
            stack.push(k);
        } else if let Some(start) = stack.pop() {
            partners.insert(start, k);
        }
    }
    partners
}

/// An autolink `<https://...>` at the start of `text`: the address and the bytes taken.
fn autolink_at(text: &str) -> Option<(String, usize)> {
    let inner = text.strip_prefix('<')?;
    if !(inner.starts_with("http://") || inner.starts_with("https://")) {
        return None;
    }
    let end = inner.find(|c: char| c == '>' || c.is_whitespace())?;
    if !inner[end..].starts_with('>') {
        return None;
    }
    absolute_url(&inner[..end]).map(|url| (url, 1 + end + 1))
}

/// The length of the bare URL at the start of `text`: up to whitespace, a non-ASCII
/// character (Chinese text and its punctuation follow URLs without a space) or a
/// character markdown would take, less trailing punctuation.
fn bare_url_len(text: &str) -> usize {
    let url = text
        .find(|c: char| {
            !c.is_ascii()
                || c.is_ascii_whitespace()
                || matches!(c, '<' | '>' | '`' | '"' | '[' | ']')
        })
        .map_or(text, |end| &text[..end]);
    url.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\''])
        .len()
}
