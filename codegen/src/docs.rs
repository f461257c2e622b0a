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

mod bilingual;
mod html;
mod markdown;

pub(crate) use bilingual::Bilingual;
pub use markdown::{one_line, rustdoc};

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
    fn an_ampersand_before_chinese_text_is_text() {
        // An entity's name was once looked for in the text's first 12 bytes, a slice that
        // ends inside the fourth character here, and the generator panicked.
        assert_eq!(doc("签名&参数值参数值"), "签名&参数值参数值");
        assert_eq!(doc("&文文文文;"), "&文文文文;");
        assert_eq!(doc("&#x6587;&文"), "文&文");
    }

    #[test]
    fn links_in_link_labels_are_text() {
        assert_eq!(
            doc("[[a](/b)](/c)"),
            "[\\[a\\](/b)](https://cloud.tencent.com/c)"
        );
        let deep = format!("{}x{}", "[".repeat(10_000), "](/c)".repeat(10_000));
        assert!(!doc(&deep).is_empty());
    }

    #[test]
    fn every_piece_of_a_mixed_text_converts() {
        let text = "<p>参数&amp;值<a href=\"/doc\">链接</a>&#x4E2D;`代码` [见](/x) <https://a.b/c>文 http://e.f/g。</p>";
        for (start, _) in text.char_indices() {
            for (end, _) in text[start..].char_indices() {
                let piece = &text[start..start + end];
                for line in rustdoc(piece) {
                    assert!(!line.contains('\n'), "{piece:?}");
                }
            }
        }
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
