//! `DescribeResolveCount` (dnspod): the largest real response, 70 KB of 576 small
//! records, most of it indentation.

use crate::approach::case;
use serde::{Deserialize, Serialize};
use tencent_action::tencent_action;

case! {
    /// A domain's resolution counts over time.
    #[tencent_action(service = "dnspod", version = "2021-03-23")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeResolveCount {
        /// The counts, one per interval.
        pub data: Vec<ResolveCountDataItem>,
        /// What was counted.
        pub info: ResolveCountInfo,
        /// The same for the domain's aliases.
        pub alias_data: Vec<ResolveCountAliasItem>,
    }
    hand HandDescribeResolveCount;
    plain PlainDescribeResolveCount;
}

/// The count of one interval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResolveCountDataItem {
    /// The number of resolutions.
    pub num: u64,
    /// The interval's start.
    pub date_key: String,
}

/// What a series of counts counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResolveCountInfo {
    /// The interval: `minute`, `hour`, `day`.
    #[serde(rename = "DNSFormat")]
    pub dns_format: String,
    /// The total number of resolutions.
    #[serde(rename = "DNSTotal")]
    pub dns_total: u64,
    /// The domain.
    pub domain: String,
    /// The last day.
    pub end_date: String,
    /// The first day.
    pub start_date: String,
    /// The subdomain, empty for the whole domain.
    pub sub_domain: String,
}

/// The counts of one alias.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResolveCountAliasItem {
    /// The counts, one per interval.
    pub data: Vec<ResolveCountDataItem>,
    /// What was counted.
    pub info: ResolveCountInfo,
}

case! {
    /// [`DescribeResolveCount`], borrowed from the body.
    #[tencent_action(service = "dnspod", version = "2021-03-23", action = "DescribeResolveCount")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeResolveCountRef<'a> {
        /// The counts, one per interval.
        #[serde(borrow)]
        pub data: Vec<ResolveCountDataItemRef<'a>>,
        /// What was counted.
        #[serde(borrow)]
        pub info: ResolveCountInfoRef<'a>,
        /// The same for the domain's aliases.
        #[serde(borrow)]
        pub alias_data: Vec<ResolveCountAliasItemRef<'a>>,
    }
    hand HandDescribeResolveCountRef;
    plain PlainDescribeResolveCountRef;
}

/// [`ResolveCountDataItem`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResolveCountDataItemRef<'a> {
    /// The number of resolutions.
    pub num: u64,
    /// The interval's start.
    pub date_key: &'a str,
}

/// [`ResolveCountInfo`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResolveCountInfoRef<'a> {
    /// The interval: `minute`, `hour`, `day`.
    #[serde(rename = "DNSFormat")]
    pub dns_format: &'a str,
    /// The total number of resolutions.
    #[serde(rename = "DNSTotal")]
    pub dns_total: u64,
    /// The domain.
    pub domain: &'a str,
    /// The last day.
    pub end_date: &'a str,
    /// The first day.
    pub start_date: &'a str,
    /// The subdomain, empty for the whole domain.
    pub sub_domain: &'a str,
}

/// [`ResolveCountAliasItem`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResolveCountAliasItemRef<'a> {
    /// The counts, one per interval.
    #[serde(borrow)]
    pub data: Vec<ResolveCountDataItemRef<'a>>,
    /// What was counted.
    #[serde(borrow)]
    pub info: ResolveCountInfoRef<'a>,
}
