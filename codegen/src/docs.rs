//! The spec's `document` texts as rustdoc.
//!
//! Tencent writes them in Chinese with HTML (`<p>`, `<br>`, `<li>`, `<a href>`, `<code>`),
//! markdown (links, code spans, fences) and bare brackets (`[公共错误码]`). Rustdoc must
//! render them without a warning under `-D warnings`: no unclosed HTML tag, no bracket
//! taken for an intra-doc link, no bare URL, no doctest in an indented or fenced block,
//! and no character the compiler or clippy refuses. So known HTML becomes markdown,
//! everything else that markdown or rustdoc would interpret is escaped, relative links
//! are made absolute to the documentation site, and each source line becomes its own
//! paragraph (which also keeps clippy's lazy-continuation lint quiet after list items).

/// Where the spec's relative links (`/document/api/213/15753#InstanceStatus`) point.
const SITE: &str = "https://cloud.tencent.com";

/// The doc lines of `text`; empty lines separate paragraphs. Empty for an empty text.
pub fn rustdoc(text: &str) -> Vec<String> {
    let markdown = html_to_markdown(&clean(text));
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

/// Drops what no doc comment may hold: bidirectional overrides (a hard error in Rust),
/// invisible characters and controls (clippy lints), and tabs.
fn clean(text: &str) -> String {
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
fn html_to_markdown(text: &str) -> String {
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
    let lower = text.to_ascii_lowercase();
    let (inner, used) = match lower.find(&closing) {
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

/// The character an entity at the start of `text` stands for, and its length; a lone
/// `&` is itself.
fn entity(text: &str) -> (String, usize) {
    let Some(end) = text[..text.len().min(12)].find(';') else {
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

/// `[label](url)` when `href` can be made an absolute web address, else the label alone.
fn markdown_link(label: &str, href: &str) -> String {
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
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                out.push(c);
                out.push(chars[i + 1]);
                i += 2;
            }
            '`' => {
                let run = chars[i..].iter().take_while(|&&c| c == '`').count();
                match closing_backticks(&chars, i + run, run) {
                    Some(end) => {
                        out.extend(&chars[i..end + run]);
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
            '[' => match link_at(&chars, i) {
                Some((label, target, end)) => {
                    let label = escape_line(&label);
                    out.push_str(&markdown_link(&label, &target));
                    i = end;
                }
                None => {
                    out.push_str("\\[");
                    i += 1;
                }
            },
            ']' => {
                out.push_str("\\]");
                i += 1;
            }
            '<' => match autolink_at(&chars, i) {
                Some((url, end)) => {
                    out.push_str(&format!("<{url}>"));
                    i = end;
                }
                None => {
                    out.push_str("\\<");
                    i += 1;
                }
            },
            '>' if i > 0 => {
                out.push_str("\\>");
                i += 1;
            }
            'h' if starts_with(&chars, i, "http://") || starts_with(&chars, i, "https://") => {
                let end = bare_url_end(&chars, i);
                let url: String = chars[i..end].iter().collect();
                out.push_str(&format!("<{url}>"));
                i = end;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

fn starts_with(chars: &[char], at: usize, prefix: &str) -> bool {
    let mut rest = chars.get(at..).unwrap_or_default().iter();
    prefix.chars().all(|p| rest.next() == Some(&p))
}

/// Where a run of exactly `run` backticks starts at or after `from`.
fn closing_backticks(chars: &[char], from: usize, run: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '`' {
            let len = chars[i..].iter().take_while(|&&c| c == '`').count();
            if len == run {
                return Some(i);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

/// A markdown link `[label](target)` at `at`: its label, target and end.
fn link_at(chars: &[char], at: usize) -> Option<(String, String, usize)> {
    let mut depth = 0;
    let mut close = None;
    for (k, &c) in chars.iter().enumerate().skip(at) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(k);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let mut depth = 0;
    for (k, &c) in chars.iter().enumerate().skip(close + 1) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    let label = chars[at + 1..close].iter().collect();
                    let target = chars[close + 2..k].iter().collect();
                    return Some((label, target, k + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// An autolink `<https://...>` at `at`: the address and the end.
fn autolink_at(chars: &[char], at: usize) -> Option<(String, usize)> {
    if !(starts_with(chars, at + 1, "http://") || starts_with(chars, at + 1, "https://")) {
        return None;
    }
    let end = (at + 1..chars.len()).find(|&k| chars[k] == '>' || chars[k].is_whitespace())?;
    if chars[end] != '>' {
        return None;
    }
    let url: String = chars[at + 1..end].iter().collect();
    absolute_url(&url).map(|url| (url, end + 1))
}

/// The end of a bare URL at `at`: up to whitespace, a non-ASCII character (Chinese text
/// and its punctuation follow URLs without a space) or a character markdown would take,
/// less trailing punctuation.
fn bare_url_end(chars: &[char], at: usize) -> usize {
    let mut end = at;
    while end < chars.len() {
        let c = chars[end];
        if !c.is_ascii()
            || c.is_ascii_whitespace()
            || matches!(c, '<' | '>' | '`' | '"' | '[' | ']')
        {
            break;
        }
        end += 1;
    }
    while end > at
        && matches!(
            chars[end - 1],
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\''
        )
    {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> String {
        rustdoc(text).join("\n")
    }

    #[test]
    fn html_becomes_paragraphs_and_list_items() {
        assert_eq!(
            doc("<p>实例业务状态。取值范围：<br><li>NORMAL：正常</li><li>EXPIRED：过期</li></p>"),
            "实例业务状态。取值范围：\n\n- NORMAL：正常\n\n- EXPIRED：过期"
        );
    }

    #[test]
    fn each_source_line_is_a_paragraph() {
        assert_eq!(doc("a\nb\n\n\nc"), "a\n\nb\n\nc");
        assert_eq!(doc("- item\ncontinued"), "- item\n\ncontinued");
    }

    #[test]
    fn code_tags_become_code_spans() {
        assert_eq!(doc("实例<code>ID</code>。"), "实例`ID`。");
        assert_eq!(doc("<code>a`b</code>"), "``a`b``");
        assert_eq!(doc("<code></code>x"), "x");
    }

    #[test]
    fn links_are_made_absolute() {
        assert_eq!(
            doc("参考[InstanceStatus](/document/api/213/15753#InstanceStatus)。"),
            "参考[InstanceStatus](https://cloud.tencent.com/document/api/213/15753#InstanceStatus)。"
        );
        assert_eq!(
            doc(
                r#"实例<a href="https://cloud.tencent.com/document/product/213/2180">计费类型</a>。"#
            ),
            "实例[计费类型](https://cloud.tencent.com/document/product/213/2180)。"
        );
        assert_eq!(
            doc(r#"<a href="/document/product/213/2180">here</a>"#),
            "[here](https://cloud.tencent.com/document/product/213/2180)"
        );
        assert_eq!(doc("[anchor](#Filter)"), "anchor");
        assert_eq!(doc("[word](Instance)"), "word");
        assert_eq!(
            doc("[sp](/a b(c))"),
            "[sp](https://cloud.tencent.com/a%20b%28c%29)"
        );
        assert_eq!(doc("<a>unclosed"), "unclosed");
    }

    #[test]
    fn bare_brackets_and_angles_are_escaped() {
        assert_eq!(doc("见[公共错误码]。"), "见\\[公共错误码\\]。");
        assert_eq!(doc("[^1] note"), "\\[^1\\] note");
        assert_eq!(doc("格式 <key>:<value>"), "格式 \\<key\\>:\\<value\\>");
        assert_eq!(doc("a &lt;br&gt; b"), "a \\<br\\> b");
        assert_eq!(doc("x]"), "x\\]");
        assert_eq!(doc("> quote"), "> quote");
        assert_eq!(doc("already \\[escaped\\]"), "already \\[escaped\\]");
    }

    #[test]
    fn code_spans_are_kept_verbatim() {
        assert_eq!(doc("`[a]` and `<b>`"), "`[a]` and `<b>`");
        assert_eq!(doc("`a<br>b` x"), "`a<br>b` x");
        assert_eq!(doc("`open<br>\nclose`"), "\\`open\n\nclose\\`");
        assert_eq!(doc("stray ` tick"), "stray \\` tick");
    }

    #[test]
    fn bare_urls_are_wrapped() {
        assert_eq!(
            doc("见https://cloud.tencent.com/document/product/213。然后"),
            "见<https://cloud.tencent.com/document/product/213>。然后"
        );
        assert_eq!(doc("see http://a.b/c."), "see <http://a.b/c>.");
        assert_eq!(doc("<https://a.b/c>"), "<https://a.b/c>");
    }

    #[test]
    fn indented_and_fenced_blocks_are_no_doctests() {
        assert_eq!(doc("    let x = 1;"), "let x = 1;");
        assert_eq!(
            doc("intro\n```json\n{\"a\": [1]}\n```\nafter"),
            "intro\n\n```text\n{\"a\": [1]}\n```\n\nafter"
        );
        assert_eq!(doc("```\nunclosed"), "```text\nunclosed\n```");
        assert_eq!(doc("<pre>a\n  b</pre>"), "```text\na\n  b\n```");
    }

    #[test]
    fn tables_stay_together() {
        assert_eq!(
            doc("| a | b |\n|---|---|\n| 1 | 2 |"),
            "| a | b |\n|---|---|\n| 1 | 2 |"
        );
    }

    #[test]
    fn forbidden_characters_are_dropped() {
        assert_eq!(doc("a\u{202E}b\u{200B}c\td\u{0007}"), "abc d");
        assert_eq!(doc("&#x202E;x&#65;"), "xA");
    }

    #[test]
    fn custom_elements_keep_their_text() {
        assert_eq!(
            doc("<dx-alert infotype=\"explain\" title=\"\">\n注意\n</dx-alert>"),
            "注意"
        );
        assert_eq!(doc("a <x-y"), "a \\<x-y");
    }

    #[test]
    fn comments_unknown_tags_and_entities() {
        assert_eq!(doc("a<!-- hidden -->b"), "ab");
        assert_eq!(doc("<b>bold</b> <span style=\"x\">s</span>"), "bold s");
        assert_eq!(doc("A&amp;B &nbsp; & &bogus; x"), "A&B   & &bogus; x");
        assert_eq!(
            doc("<p style=\"padding-left: 30px;\">类型：String</p>"),
            "类型：String"
        );
    }

    #[test]
    fn one_line_joins_paragraphs() {
        assert_eq!(
            one_line("[`Filter`](/document/api/213/15753#Filter)传值超出限制。<br>再试"),
            "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。 再试"
        );
        assert_eq!(one_line(""), "");
    }
}
