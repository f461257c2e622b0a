//! The start of a body, as an error quotes it.

/// How much of a body an error keeps: enough to recognise a gateway's page.
pub(crate) const SNIPPET_CHARS: usize = 200;

/// The first 200 characters of `body`, invalid UTF-8 replaced and whitespace runs folded
/// to one space, with `…` when there was more; `None` for a blank body.
pub(crate) fn snippet(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(&body[..body.len().min(SNIPPET_CHARS * 4)]);
    let mut snippet = String::new();
    for word in text.split_whitespace() {
        if !snippet.is_empty() {
            snippet.push(' ');
        }
        snippet.push_str(word);
    }
    if let Some((cut, _)) = snippet.char_indices().nth(SNIPPET_CHARS) {
        snippet.truncate(cut);
        snippet.push('…');
    }
    Some(snippet).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_folded() {
        let body = format!("<html>\n  <body>{}</body></html>", "x".repeat(1000));
        let snippet = snippet(body.as_bytes()).unwrap();
        assert!(snippet.starts_with("<html> <body>xxx"), "{snippet}");
        assert_eq!(snippet.chars().count(), SNIPPET_CHARS + 1);
        assert!(snippet.ends_with('…'));
        assert_eq!(super::snippet(b" \r\n\t"), None);
        assert_eq!(super::snippet(b"\xffok").as_deref(), Some("\u{fffd}ok"));
    }
}
