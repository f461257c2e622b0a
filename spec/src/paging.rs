//! Which actions answer a list in pages, and how: the one rule that the generator's
//! paginators and the mock's paged answers share, so that what a client asks for page by
//! page is what the mock serves page by page.
//!
//! Tencent's specs say nothing of paging; the names and types of the members do. An
//! action pages when its response holds exactly one list (at the top, or inside the one
//! structure the response holds when it has no list of its own, as ckafka's
//! `Result.{TotalCount, TopicList}`) and its request says where a page starts:
//! - by offset: integer `Offset` and `Limit` (about 2,060 of Tencent's 16,178 actions);
//! - by page number: an integer page number (`PageNumber`, `PageNo`, `PageNum`,
//!   `PageIndex`, `Page`) and an integer page size (`PageSize`, `Limit`, `Size`,
//!   `PerPage`) (about 430);
//! - by token: a text `NextToken`, `Cursor`, `NextCursor`, `ScrollId`, `Context`,
//!   `Marker` or `NextMarker` that the response gives back under the same name or with
//!   `Next` before it (about 100).
//!
//! The total, when there is one, is the integer beside the list named `TotalCount`,
//! `Total`, `TotalNum`, `TotalCnt`, `TotalNumber`, `TotalElements` or `TotalSize`, unless
//! its documentation says it counts the page (`返回数量`, "this page"). `Count` is not a
//! total: in Tencent's specs it counts the page's values about as often as all of them.
//! Members the spec disables are never used: the server may leave them out.

use crate::model::{Action, Member, Spec};
use crate::types::{Element, Scalar, TextFormat};

/// How one action's list comes in pages.
///
/// ```
/// use tencent_action_spec::{PageBy, Spec, parse};
///
/// let spec: Spec = parse("api.json", r#"{
///     "metadata": {"serviceShortName": "cvm", "apiVersion": "2017-03-12"},
///     "actions": {"DescribeInstances": {"input": "DescribeInstancesRequest", "output": "DescribeInstancesResponse"}},
///     "objects": {
///         "DescribeInstancesRequest": {"members": [
///             {"name": "Offset", "type": "int", "member": "int64"},
///             {"name": "Limit", "type": "int", "member": "int64"}]},
///         "DescribeInstancesResponse": {"members": [
///             {"name": "TotalCount", "type": "int", "member": "int64"},
///             {"name": "InstanceSet", "type": "list", "member": "Instance"},
///             {"name": "RequestId", "type": "string", "member": "string"}]},
///         "Instance": {"members": [{"name": "InstanceId", "type": "string", "member": "string"}]}
///     }
/// }"#)?;
/// let paging = spec.paging(&spec.actions["DescribeInstances"]).expect("it pages");
/// assert!(matches!(paging.by, PageBy::Offset { offset, limit } if offset.name == "Offset" && limit.name == "Limit"));
/// assert_eq!(paging.items.wire_path(), ["InstanceSet"]);
/// assert_eq!(paging.total.map(|total| total.wire_path()), Some(vec!["TotalCount"]));
/// # Ok::<(), tencent_action_spec::SpecError>(())
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Paging<'a> {
    /// What the request says of the page it asks for.
    pub by: PageBy<'a>,
    /// The page's list, in the response.
    pub items: MemberPath<'a>,
    /// How many items there are in all, when the response says.
    pub total: Option<MemberPath<'a>>,
    /// The request's page size: the `limit` or `size` of [`PageBy`], or beside a token
    /// an integer `MaxResults`, `MaxItems`, `Limit`, `PageSize`, `Size` or `PerPage`
    /// when the request has one.
    pub size: Option<&'a Member>,
}

impl Paging<'_> {
    /// The page size a request that names none gets, when the size member's
    /// documentation says (`默认为20`, `默认值：10`, `default 50`).
    pub fn default_size(&self) -> Option<u64> {
        let document = self.size?.document.as_deref()?;
        ["默认", "default", "Default"]
            .into_iter()
            .find_map(|keyword| numbers_after(document, keyword).next())
    }
}

/// What the request says of the page it asks for: members of the action's request.
#[derive(Debug, Clone)]
pub enum PageBy<'a> {
    /// The index of the page's first item and the page's size: the next page starts
    /// where this one ended.
    Offset {
        /// `Offset`.
        offset: &'a Member,
        /// `Limit`.
        limit: &'a Member,
    },
    /// The page's number and size: the next page is the next number.
    PageNumber {
        /// `PageNumber`, `PageNo`, `PageNum`, `PageIndex` or `Page`.
        number: &'a Member,
        /// `PageSize`, `Limit`, `Size` or `PerPage`.
        size: &'a Member,
        /// The number of the first page: 0 when the member's documentation says pages
        /// count from 0, else 1.
        first: u64,
    },
    /// A token the previous page's answer gave; none asks for the first page.
    Token {
        /// The request's token member.
        input: &'a Member,
        /// Where the response gives the next page's token: empty or absent on the last.
        output: MemberPath<'a>,
    },
}

/// A member of the response, reached from the response through zero or more structures:
/// `[InstanceSet]`, or `[Result, TopicList]`.
#[derive(Debug, Clone)]
pub struct MemberPath<'a> {
    /// The members from the response's own to the one meant.
    pub members: Vec<&'a Member>,
}

impl<'a> MemberPath<'a> {
    /// The member meant: the last of the path.
    pub fn member(&self) -> &'a Member {
        self.members[self.members.len() - 1]
    }

    /// The wire names along the path.
    pub fn wire_path(&self) -> Vec<&'a str> {
        self.members
            .iter()
            .map(|member| member.name.as_str())
            .collect()
    }
}

const PAGE_NUMBERS: [&str; 5] = ["PageNumber", "PageNo", "PageNum", "PageIndex", "Page"];
const PAGE_SIZES: [&str; 4] = ["PageSize", "Limit", "Size", "PerPage"];
const TOKEN_PAGE_SIZES: [&str; 6] = [
    "MaxResults",
    "MaxItems",
    "Limit",
    "PageSize",
    "Size",
    "PerPage",
];
const TOKENS: [&str; 7] = [
    "NextToken",
    "Cursor",
    "NextCursor",
    "ScrollId",
    "Context",
    "Marker",
    "NextMarker",
];
const TOTALS: [&str; 7] = [
    "TotalCount",
    "Total",
    "TotalNum",
    "TotalCnt",
    "TotalNumber",
    "TotalElements",
    "TotalSize",
];

impl Spec {
    /// How `action`'s answers come in pages, or `None` when it does not page (its
    /// response holds no list, or several; its request names no offset, page number or
    /// token).
    pub fn paging<'a>(&'a self, action: &'a Action) -> Option<Paging<'a>> {
        let request = self.members_of(action.input.as_deref()?);
        let response = self.members_of(&action.output);
        let (prefix, body) = self.page_body(&response)?;
        let lists: Vec<&Member> = body
            .iter()
            .copied()
            .filter(|member| member.kind == "list")
            .collect();
        let [list] = lists[..] else { return None };
        let path = |member: &'a Member| {
            let mut members = prefix.clone();
            members.push(member);
            MemberPath { members }
        };
        let by = self
            .by_offset(&request)
            .or_else(|| self.by_page_number(&request))
            .or_else(|| self.by_token(&request, &body, &path))?;
        let total = body
            .iter()
            .copied()
            .filter(|member| TOTALS.contains(&member.name.as_str()))
            .filter(|member| self.is_integer(member) && counts_everything(member))
            .min_by_key(|member| TOTALS.iter().position(|name| *name == member.name))
            .map(path);
        let size = match &by {
            PageBy::Offset { limit, .. } => Some(*limit),
            PageBy::PageNumber { size, .. } => Some(*size),
            PageBy::Token { .. } => self.integer(&request, &TOKEN_PAGE_SIZES),
        };
        Some(Paging {
            by,
            items: path(list),
            total,
            size,
        })
    }

    /// The members of the structure `name`, without the ones the spec disables or the
    /// response's own `RequestId`.
    fn members_of(&self, name: &str) -> Vec<&Member> {
        self.objects.get(name).map_or_else(Vec::new, |object| {
            object
                .members
                .iter()
                .filter(|member| member.disabled != Some(true) && member.name != "RequestId")
                .collect()
        })
    }

    /// Where the page's list and total are: among the response's own members when one
    /// of them is a list, else inside the one structure the response holds.
    fn page_body<'a>(
        &'a self,
        response: &[&'a Member],
    ) -> Option<(Vec<&'a Member>, Vec<&'a Member>)> {
        if response.iter().any(|member| member.kind == "list") {
            return Some((Vec::new(), response.to_vec()));
        }
        let structures: Vec<&Member> = response
            .iter()
            .copied()
            .filter(|member| matches!(member.value_type(self).element, Element::Struct(_)))
            .collect();
        let [holder] = structures[..] else {
            return None;
        };
        Some((vec![holder], self.members_of(&holder.member)))
    }

    fn by_offset<'a>(&'a self, request: &[&'a Member]) -> Option<PageBy<'a>> {
        let offset = self.integer(request, &["Offset"])?;
        let limit = self.integer(request, &["Limit"])?;
        Some(PageBy::Offset { offset, limit })
    }

    fn by_page_number<'a>(&'a self, request: &[&'a Member]) -> Option<PageBy<'a>> {
        let number = self.integer(request, &PAGE_NUMBERS)?;
        let size = self.integer(request, &PAGE_SIZES)?;
        let first = first_page(number.document.as_deref().unwrap_or(""));
        Some(PageBy::PageNumber {
            number,
            size,
            first,
        })
    }

    fn by_token<'a>(
        &'a self,
        request: &[&'a Member],
        body: &[&'a Member],
        path: &dyn Fn(&'a Member) -> MemberPath<'a>,
    ) -> Option<PageBy<'a>> {
        TOKENS.iter().find_map(|name| {
            let input = request
                .iter()
                .copied()
                .find(|member| member.name == *name && self.is_text(member))?;
            let next = format!("Next{name}");
            let output = body.iter().copied().find(|member| {
                (member.name == *name || member.name == next) && self.is_text(member)
            })?;
            Some(PageBy::Token {
                input,
                output: path(output),
            })
        })
    }

    /// The first member of `request` named one of `names` (in their order) that holds
    /// one integer.
    fn integer<'a>(&'a self, request: &[&'a Member], names: &[&str]) -> Option<&'a Member> {
        names.iter().find_map(|name| {
            request
                .iter()
                .copied()
                .find(|member| member.name == *name && self.is_integer(member))
        })
    }

    fn is_integer(&self, member: &Member) -> bool {
        let value = member.value_type(self);
        !value.list && matches!(value.element, Element::Scalar(Scalar::Int | Scalar::Uint))
    }

    fn is_text(&self, member: &Member) -> bool {
        let value = member.value_type(self);
        !value.list && value.element == Element::Scalar(Scalar::Text(TextFormat::Plain))
    }
}

/// Whether a total's documentation leaves it a total: not one that says it counts only
/// what this answer returned.
fn counts_everything(member: &Member) -> bool {
    let document = member.document.as_deref().unwrap_or("");
    const THIS_PAGE: [&str; 8] = [
        "本页",
        "当前页",
        "本次返回",
        "返回数量",
        "返回的数量",
        "返回条数",
        "返回个数",
        "this page",
    ];
    document.contains('总') || !THIS_PAGE.iter().any(|words| document.contains(words))
}

/// The number of the first page, from the page number's documentation: 0 when it says
/// pages count from 0 (`从0开始`, `默认为0`, `starting from 0`), else 1, the usual first
/// page of Tencent's APIs.
fn first_page(document: &str) -> u64 {
    const BEFORE_NUMBER: [&str; 6] = ["从", "起始", "默认", "default", "from", "at"];
    let from_zero = BEFORE_NUMBER
        .into_iter()
        .any(|keyword| numbers_after(document, keyword).any(|number| number == 0));
    if from_zero { 0 } else { 1 }
}

/// The numbers written right after each `keyword` in `document` (past spaces and `值`,
/// `为`, `是`, `:` or `=`): `从 0` and `默认值为 20` give 0 and 20; `默认最大值为100`
/// gives none.
fn numbers_after<'d>(document: &'d str, keyword: &'d str) -> impl Iterator<Item = u64> + 'd {
    document
        .match_indices(keyword)
        .filter_map(move |(found, _)| {
            let digits: String = document[found + keyword.len()..]
                .trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '值' | '为' | '是' | ':' | '：' | '=')
                })
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    /// A spec of one action `ListThings` whose request and response hold `request` and
    /// `response` (JSON arrays of members), with the structures `Thing` and `Page`.
    fn spec(request: &str, response: &str) -> Spec {
        let text = format!(
            r#"{{"metadata": {{"serviceShortName": "x", "apiVersion": "2020-01-01"}},
                "actions": {{"ListThings": {{"input": "ListThingsRequest", "output": "ListThingsResponse"}}}},
                "objects": {{
                    "ListThingsRequest": {{"members": {request}}},
                    "ListThingsResponse": {{"members": {response}}},
                    "Thing": {{"members": [{{"name": "ThingId", "type": "string", "member": "string"}}]}},
                    "Page": {{"members": [
                        {{"name": "TotalCount", "type": "int", "member": "uint64"}},
                        {{"name": "Things", "type": "list", "member": "Thing"}}]}}
                }}}}"#
        );
        parse("api.json", &text).unwrap()
    }

    fn member(name: &str, kind: &str, base: &str) -> String {
        format!(r#"{{"name": "{name}", "type": "{kind}", "member": "{base}"}}"#)
    }

    fn int(name: &str) -> String {
        member(name, "int", "int64")
    }

    fn text(name: &str) -> String {
        member(name, "string", "string")
    }

    fn list() -> String {
        member("Things", "list", "Thing")
    }

    fn described(name: &str, document: &str) -> String {
        format!(
            r#"{{"name": "{name}", "type": "int", "member": "int64", "document": "{document}"}}"#
        )
    }

    fn paging_of(spec: &Spec) -> Option<Paging<'_>> {
        spec.paging(&spec.actions["ListThings"])
    }

    #[test]
    fn offset_and_limit_with_a_total() {
        let spec = spec(
            &format!("[{}, {}]", int("Offset"), int("Limit")),
            &format!("[{}, {}, {}]", int("TotalCount"), list(), text("RequestId")),
        );
        let paging = paging_of(&spec).unwrap();
        assert!(matches!(paging.by, PageBy::Offset { .. }));
        assert_eq!(paging.items.wire_path(), ["Things"]);
        assert_eq!(paging.total.unwrap().wire_path(), ["TotalCount"]);
    }

    #[test]
    fn the_list_and_total_inside_the_one_structure() {
        let spec = spec(
            &format!("[{}, {}]", int("Offset"), int("Limit")),
            &format!(
                "[{}, {}]",
                member("Result", "object", "Page"),
                text("RequestId")
            ),
        );
        let paging = paging_of(&spec).unwrap();
        assert_eq!(paging.items.wire_path(), ["Result", "Things"]);
        assert_eq!(paging.total.unwrap().wire_path(), ["Result", "TotalCount"]);
    }

    #[test]
    fn no_paging_without_exactly_one_list() {
        let request = format!("[{}, {}]", int("Offset"), int("Limit"));
        let two = format!("[{}, {}]", list(), member("Others", "list", "Thing"));
        assert!(paging_of(&spec(&request, &two)).is_none());
        let none = format!("[{}]", int("TotalCount"));
        assert!(paging_of(&spec(&request, &none)).is_none());
        let two_structures = format!(
            "[{}, {}]",
            member("A", "object", "Page"),
            member("B", "object", "Page")
        );
        assert!(paging_of(&spec(&request, &two_structures)).is_none());
    }

    #[test]
    fn no_paging_when_the_request_says_nothing_of_pages() {
        let response = format!("[{}, {}]", int("TotalCount"), list());
        assert!(paging_of(&spec("[]", &response)).is_none());
        // An offset without a limit, or written as text, is no page.
        let offset_only = format!("[{}]", int("Offset"));
        assert!(paging_of(&spec(&offset_only, &response)).is_none());
        let as_text = format!("[{}, {}]", text("Offset"), text("Limit"));
        assert!(paging_of(&spec(&as_text, &response)).is_none());
    }

    #[test]
    fn page_numbers_count_from_one_unless_documented_from_zero() {
        let response = format!("[{}, {}]", int("Total"), list());
        for (document, first) in [
            ("页码", 1),
            ("页码，从1开始", 1),
            ("页码，从 0 开始", 0),
            ("页码，默认为0", 0),
            ("页码，默认值：10", 1),
            ("page number, starting from 0", 0),
        ] {
            let request = format!("[{}, {}]", described("PageNo", document), int("PageSize"));
            let spec = spec(&request, &response);
            let paging = paging_of(&spec).unwrap();
            match paging.by {
                PageBy::PageNumber {
                    number,
                    size,
                    first: found,
                } => {
                    assert_eq!(
                        (number.name.as_str(), size.name.as_str()),
                        ("PageNo", "PageSize")
                    );
                    assert_eq!(found, first, "{document}");
                }
                other => panic!("{other:?}"),
            }
            assert_eq!(paging.total.unwrap().wire_path(), ["Total"]);
        }
    }

    #[test]
    fn a_token_given_back_under_its_name_or_as_next() {
        for (input, output) in [("NextToken", "NextToken"), ("Cursor", "NextCursor")] {
            let spec = spec(
                &format!("[{}, {}]", text(input), int("Limit")),
                &format!("[{}, {}]", text(output), list()),
            );
            let paging = paging_of(&spec).unwrap();
            match &paging.by {
                PageBy::Token {
                    input: found,
                    output: next,
                } => {
                    assert_eq!(found.name, input);
                    assert_eq!(next.wire_path(), [output]);
                }
                other => panic!("{other:?}"),
            }
            assert!(paging.total.is_none());
        }
        // A token the answer never gives back does not page.
        let spec = spec(
            &format!("[{}]", text("NextToken")),
            &format!("[{}]", list()),
        );
        assert!(paging_of(&spec).is_none());
    }

    #[test]
    fn the_page_size_and_its_documented_default() {
        let response = format!("[{}, {}]", text("NextToken"), list());
        for (request, size, default) in [
            (
                format!(
                    "[{}, {}]",
                    int("Offset"),
                    described("Limit", "返回数量，默认为20，最大值为100")
                ),
                Some("Limit"),
                Some(20),
            ),
            (
                format!(
                    "[{}, {}]",
                    int("PageNumber"),
                    described("PageSize", "默认值：10。")
                ),
                Some("PageSize"),
                Some(10),
            ),
            (
                format!(
                    "[{}, {}]",
                    text("NextToken"),
                    described("MaxResults", "默认最大值为100")
                ),
                Some("MaxResults"),
                None,
            ),
            (format!("[{}]", text("NextToken")), None, None),
        ] {
            let spec = spec(&request, &response);
            let paging = paging_of(&spec).unwrap();
            assert_eq!(
                paging.size.map(|member| member.name.as_str()),
                size,
                "{request}"
            );
            assert_eq!(paging.default_size(), default, "{request}");
        }
    }

    #[test]
    fn a_count_of_the_page_is_no_total() {
        let request = format!("[{}, {}]", int("Offset"), int("Limit"));
        for (total, expected) in [
            (described("Total", "返回数量"), None),
            (described("Total", "总数"), Some(vec!["Total"])),
            (
                described("TotalCount", "符合条件的数量"),
                Some(vec!["TotalCount"]),
            ),
            (int("Count"), None),
        ] {
            let spec = spec(&request, &format!("[{total}, {}]", list()));
            let paging = paging_of(&spec).unwrap();
            assert_eq!(paging.total.map(|t| t.wire_path()), expected, "{total}");
        }
    }

    #[test]
    fn disabled_members_are_never_used() {
        let disabled = r#"{"name": "Offset", "type": "int", "member": "int64", "disabled": true}"#;
        let spec = spec(
            &format!("[{disabled}, {}]", int("Limit")),
            &format!("[{}]", list()),
        );
        assert!(paging_of(&spec).is_none());
    }
}
