//! A spec item's text in both languages. Tencent's international site publishes the same
//! specification with English text for most items; where an item has English text, its
//! documentation gives it first, so that rustdoc's summary line (the first paragraph) is
//! the English one, then the Chinese text, which stays the source of truth.

use super::{one_line, rustdoc};

/// The texts of one item (an action's title or description, a structure's or a member's
/// description, the service's brief), raw as the specs hold them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Bilingual {
    /// From the English spec, when it has the item and text for it.
    pub english: Option<String>,
    /// From the Chinese spec.
    pub chinese: Option<String>,
}

impl Bilingual {
    /// The text as rustdoc lines: the English paragraphs, then the Chinese ones; either
    /// alone when the other is missing or says the same; nothing when neither has text.
    pub fn rustdoc(&self) -> Vec<String> {
        let [english, chinese] = [&self.english, &self.chinese]
            .map(|text| text.as_deref().map(rustdoc).unwrap_or_default());
        if english.is_empty() || english == chinese {
            return chinese;
        }
        if chinese.is_empty() {
            return english;
        }
        let mut lines = english;
        lines.push(String::new());
        lines.extend(chinese);
        lines
    }

    /// The text on one line, for a title: `English (中文)`, or either alone.
    pub fn one_line(&self) -> String {
        let [english, chinese] = [&self.english, &self.chinese]
            .map(|text| text.as_deref().map(one_line).unwrap_or_default());
        if english.is_empty() || english == chinese {
            chinese
        } else if chinese.is_empty() {
            english
        } else {
            format!("{english} ({chinese})")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(english: Option<&str>, chinese: Option<&str>) -> Bilingual {
        Bilingual {
            english: english.map(str::to_owned),
            chinese: chinese.map(str::to_owned),
        }
    }

    #[test]
    fn english_comes_first_then_chinese() {
        let both = text(
            Some("Instance `ID`<br>Unique."),
            Some("实例<code>ID</code>。"),
        );
        assert_eq!(
            both.rustdoc(),
            ["Instance `ID`", "", "Unique.", "", "实例`ID`。"]
        );
        assert_eq!(
            text(Some("Views instances"), Some("查看实例列表")).one_line(),
            "Views instances (查看实例列表)"
        );
    }

    #[test]
    fn either_alone_when_the_other_has_nothing_or_the_same() {
        for (english, chinese, expected) in [
            (None, Some("实例。"), &["实例。"][..]),
            (Some(""), Some("实例。"), &["实例。"][..]),
            (Some("<p></p>"), Some("实例。"), &["实例。"][..]),
            (Some("Instance."), None, &["Instance."][..]),
            (Some("Instance."), Some(" "), &["Instance."][..]),
            (
                Some("Same <b>text</b>"),
                Some("Same text"),
                &["Same text"][..],
            ),
            (None, None, &[][..]),
        ] {
            assert_eq!(
                text(english, chinese).rustdoc(),
                expected,
                "{english:?} {chinese:?}"
            );
        }
        assert_eq!(text(None, Some("查看")).one_line(), "查看");
        assert_eq!(text(Some("View"), None).one_line(), "View");
        assert_eq!(text(Some("View"), Some("View")).one_line(), "View");
        assert_eq!(text(None, None).one_line(), "");
    }
}
