//! `DescribeRecordList` (dnspod): the small real success, about 1 KB, with a nested
//! struct, `null`s and non-ASCII text.

use super::Text;
use crate::approach::case;
use serde::{Deserialize, Serialize};
use tencent_action::tencent_action;

case! {
    /// A domain's DNS records.
    #[tencent_action(service = "dnspod", version = "2021-03-23")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeRecordList {
        /// The counts of records.
        pub record_count_info: RecordCountInfo,
        /// The records.
        pub record_list: Vec<RecordListItem>,
    }
    hand HandDescribeRecordList;
    plain PlainDescribeRecordList;
}

/// The counts of a record list.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RecordCountInfo {
    /// Subdomains.
    pub subdomain_count: u64,
    /// Records in all.
    pub total_count: u64,
    /// Records in this list.
    pub list_count: u64,
}

/// One DNS record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RecordListItem {
    /// The record's ID.
    pub record_id: u64,
    /// The record's value.
    pub value: String,
    /// `ENABLE` or `DISABLE`.
    pub status: String,
    /// When it last changed.
    pub updated_on: String,
    /// The host name.
    pub name: String,
    /// The resolution line, in Chinese.
    pub line: String,
    /// The line's ID.
    pub line_id: String,
    /// `A`, `NS`, `MX`, ...
    #[serde(rename = "Type")]
    pub record_type: String,
    /// The weight, `null` when unset.
    pub weight: Option<u64>,
    /// The monitoring state.
    pub monitor_status: String,
    /// The owner's remark.
    pub remark: String,
    /// The time to live, in seconds.
    #[serde(rename = "TTL")]
    pub ttl: u64,
    /// The MX priority.
    #[serde(rename = "MX")]
    pub mx: u64,
    /// Whether this is a default NS record.
    #[serde(rename = "DefaultNS")]
    pub default_ns: bool,
}

case! {
    /// [`DescribeRecordList`], borrowed from the body.
    #[tencent_action(service = "dnspod", version = "2021-03-23", action = "DescribeRecordList")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeRecordListRef<'a> {
        /// The counts of records.
        pub record_count_info: RecordCountInfo,
        /// The records.
        #[serde(borrow)]
        pub record_list: Vec<RecordListItemRef<'a>>,
    }
    hand HandDescribeRecordListRef;
    plain PlainDescribeRecordListRef;
}

/// [`RecordListItem`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RecordListItemRef<'a> {
    /// The record's ID.
    pub record_id: u64,
    /// The record's value.
    pub value: &'a str,
    /// `ENABLE` or `DISABLE`.
    pub status: &'a str,
    /// When it last changed.
    pub updated_on: &'a str,
    /// The host name.
    pub name: &'a str,
    /// The resolution line, in Chinese.
    pub line: &'a str,
    /// The line's ID.
    pub line_id: &'a str,
    /// `A`, `NS`, `MX`, ...
    #[serde(rename = "Type")]
    pub record_type: &'a str,
    /// The weight, `null` when unset.
    pub weight: Option<u64>,
    /// The monitoring state.
    pub monitor_status: &'a str,
    /// The owner's remark: free text.
    #[serde(borrow)]
    pub remark: Text<'a>,
    /// The time to live, in seconds.
    #[serde(rename = "TTL")]
    pub ttl: u64,
    /// The MX priority.
    #[serde(rename = "MX")]
    pub mx: u64,
    /// Whether this is a default NS record.
    #[serde(rename = "DefaultNS")]
    pub default_ns: bool,
}
