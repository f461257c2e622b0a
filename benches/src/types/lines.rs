//! `DescribeRecordLineCategoryList` (dnspod): 12 KB, a self-referencing struct, `null`
//! lists and Chinese names.

use crate::approach::case;
use serde::{Deserialize, Serialize};
use tencent_action::tencent_action;

case! {
    /// The resolution lines a domain can use, as a tree.
    #[tencent_action(service = "dnspod", version = "2021-03-23")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeRecordLineCategoryList {
        /// The top-level lines.
        pub line_list: Vec<LineItem>,
    }
    hand HandDescribeRecordLineCategoryList;
    plain PlainDescribeRecordLineCategoryList;
}

/// A resolution line and its sub-lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LineItem {
    /// The line's name, in Chinese.
    pub line_name: String,
    /// The line's ID.
    pub line_id: Option<String>,
    /// Whether the domain's plan can use it.
    pub useful: bool,
    /// The plan it needs.
    pub grade: Option<String>,
    /// The sub-lines.
    pub sub_group: Option<Vec<LineItem>>,
    /// The lines of a line group.
    pub lines: Option<Vec<String>>,
}

case! {
    /// [`DescribeRecordLineCategoryList`], borrowed from the body.
    #[tencent_action(service = "dnspod", version = "2021-03-23", action = "DescribeRecordLineCategoryList")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeRecordLineCategoryListRef<'a> {
        /// The top-level lines.
        #[serde(borrow)]
        pub line_list: Vec<LineItemRef<'a>>,
    }
    hand HandDescribeRecordLineCategoryListRef;
    plain PlainDescribeRecordLineCategoryListRef;
}

/// [`LineItem`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LineItemRef<'a> {
    /// The line's name, in Chinese.
    pub line_name: &'a str,
    /// The line's ID.
    #[serde(borrow)]
    pub line_id: Option<&'a str>,
    /// Whether the domain's plan can use it.
    pub useful: bool,
    /// The plan it needs.
    #[serde(borrow)]
    pub grade: Option<&'a str>,
    /// The sub-lines.
    #[serde(borrow)]
    pub sub_group: Option<Vec<LineItemRef<'a>>>,
    /// The lines of a line group.
    #[serde(borrow)]
    pub lines: Option<Vec<&'a str>>,
}
