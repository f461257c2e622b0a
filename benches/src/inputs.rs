//! The bodies the suite decodes, and for each the list of approaches that decode it.
//!
//! Everything is read from the repository's test data (`data/`), never edited, or
//! generated ([`synthetic::body`]).

use crate::approach::{self, Approach, Case};
use crate::synthetic;
use crate::types::face::{AnalyzeFace, AnalyzeFaceRef};
use crate::types::instances::{DescribeInstances, DescribeInstancesRef};
use crate::types::lines::{DescribeRecordLineCategoryList, DescribeRecordLineCategoryListRef};
use crate::types::records::{DescribeRecordList, DescribeRecordListRef};
use crate::types::resolve::{DescribeResolveCount, DescribeResolveCountRef};
use crate::types::status::{DescribeInstancesStatus, DescribeInstancesStatusRef};
use crate::types::whois::{DescribeDomainWhois, DescribeDomainWhoisRef};
use serde::Serialize;
use std::fmt::Debug;

/// What a body holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// The action's payload.
    Success,
    /// The server's `Error`.
    ApiError,
}

/// One body to decode.
#[derive(Clone, Copy, Debug)]
pub struct Input {
    /// The benchmark group's name: what, and about how big.
    pub name: &'static str,
    /// Where the body comes from.
    pub origin: &'static str,
    /// The body. Leaked: inputs live as long as the process, and borrowed payloads borrow
    /// from them for `'static`.
    pub body: &'static str,
    /// What it holds.
    pub expect: Expect,
}

/// The name of approach 3, the reference every other approach is compared with.
pub const REFERENCE: &str = "3-plain";

/// The name of approach 7, the bare scan, which has no result to compare.
pub const SCAN: &str = "7-scan";

/// An input with the approaches that decode it: owned ones into `O`, borrowed ones into
/// `B`. Approach 7 ([`approach::scan`]) runs on every input and is not listed.
pub struct Suite<O: 'static, B: 'static> {
    /// The body.
    pub input: Input,
    /// The approaches that decode into owned types, the reference ([`REFERENCE`]) among
    /// them.
    pub owned: Vec<(&'static str, Approach<'static, O>)>,
    /// The approaches that decode into borrowed types.
    pub borrowed: Vec<(&'static str, Approach<'static, B>)>,
}

fn entry<A>(
    name: &'static str,
    approach: Approach<'static, A>,
) -> (&'static str, Approach<'static, A>) {
    (name, approach)
}

impl<O, B> Suite<O, B>
where
    O: for<'de> Case<'de>,
    B: Case<'static>,
{
    /// Every approach, for a success body.
    pub fn success(input: Input) -> Self {
        Suite {
            input,
            owned: vec![
                entry("1-from_slice", approach::library_slice::<O>),
                entry("1-from_str", approach::library_str::<O>),
                entry("2-hand-written", approach::hand_written::<O>),
                entry(REFERENCE, approach::plain::<O>),
                entry("4-two-pass", approach::two_pass::<O>),
                entry("5-value", approach::value::<O>),
                entry("6-flatten", approach::flatten::<O>),
                entry("6-untagged", approach::untagged::<O>),
                entry("1-sonic-rs", approach::sonic::<O>),
                entry("1-simd-json", approach::simd::<O>),
            ],
            borrowed: vec![
                entry("1-from_slice-borrowed", approach::library_slice::<B>),
                entry("1-from_str-borrowed", approach::library_str::<B>),
                entry("2-hand-written-borrowed", approach::hand_written::<B>),
                entry("3-plain-borrowed", approach::plain::<B>),
            ],
        }
    }

    /// Every approach, for an error body: approach 3 is the plain derive of the error
    /// object alone.
    pub fn failure(input: Input) -> Self {
        let mut suite = Self::success(input);
        for (name, function) in &mut suite.owned {
            if *name == REFERENCE {
                *function = approach::plain_error::<O>;
            }
        }
        suite.borrowed.retain(|(name, _)| !name.starts_with('3'));
        suite
    }

    /// The reference approach.
    pub fn reference(&self) -> Approach<'static, O> {
        self.owned
            .iter()
            .find(|(name, _)| *name == REFERENCE)
            .map(|(_, approach)| *approach)
            .expect("every suite has the reference")
    }
}

/// Something done with every suite, whatever its types: timing, checking, counting.
pub trait Visit {
    /// Visits one suite.
    fn visit<O, B>(&mut self, suite: &Suite<O, B>)
    where
        O: for<'de> Case<'de> + Debug + PartialEq + Serialize,
        B: Case<'static> + Debug + Serialize;
}

/// A real example body: `(service, version, action, index)` in `examples.json`.
fn real(
    name: &'static str,
    origin: &'static str,
    at: (&str, &str, &str, usize),
    expect: Expect,
) -> Input {
    let (service, version, action, index) = at;
    Input {
        name,
        origin,
        body: example(service, version, action, index),
        expect,
    }
}

/// Visits every suite, smallest body first.
pub fn each(visitor: &mut impl Visit) {
    use Expect::{ApiError, Success};
    const DNSPOD: &str = "v20210323";
    const IAI: &str = "v20200303";

    let (success, error) = spec_samples();
    visitor.visit(&Suite::<DescribeInstancesStatus, DescribeInstancesStatusRef>::success(success));
    visitor.visit(&Suite::<DescribeInstancesStatus, DescribeInstancesStatusRef>::failure(error));
    let origin = "iai 2020-03-03 AnalyzeFace, example 2: RequestId first, Chinese message";
    let input = real(
        "error_real_226b",
        origin,
        ("iai", IAI, "AnalyzeFace", 1),
        ApiError,
    );
    visitor.visit(&Suite::<AnalyzeFace, AnalyzeFaceRef>::failure(input));
    let origin = "dnspod 2021-03-23 DescribeRecordList, example 1";
    let input = real(
        "records_1k",
        origin,
        ("dnspod", DNSPOD, "DescribeRecordList", 0),
        Success,
    );
    let compact = Input {
        name: "records_1k_compact",
        origin: "the same example without its indentation, as servers send it",
        body: leak(minify(input.body)),
        expect: Success,
    };
    visitor.visit(&Suite::<DescribeRecordList, DescribeRecordListRef>::success(input));
    visitor.visit(&Suite::<DescribeRecordList, DescribeRecordListRef>::success(compact));
    let origin = "iai 2020-03-03 AnalyzeFace, example 1";
    let input = real("face_11k", origin, ("iai", IAI, "AnalyzeFace", 0), Success);
    visitor.visit(&Suite::<AnalyzeFace, AnalyzeFaceRef>::success(input));
    let origin = "dnspod 2021-03-23 DescribeRecordLineCategoryList, example 1";
    let at = ("dnspod", DNSPOD, "DescribeRecordLineCategoryList", 0);
    visitor.visit(&Suite::<
        DescribeRecordLineCategoryList,
        DescribeRecordLineCategoryListRef,
    >::success(real("lines_12k", origin, at, Success)));
    let origin = "dnspod 2021-03-23 DescribeDomainWhois, example 1";
    let input = real(
        "whois_14k",
        origin,
        ("dnspod", DNSPOD, "DescribeDomainWhois", 0),
        Success,
    );
    visitor.visit(&Suite::<DescribeDomainWhois, DescribeDomainWhoisRef>::success(input));
    let origin = "dnspod 2021-03-23 DescribeResolveCount, example 1: the largest in the data";
    let input = real(
        "resolve_70k",
        origin,
        ("dnspod", DNSPOD, "DescribeResolveCount", 0),
        Success,
    );
    visitor.visit(&Suite::<DescribeResolveCount, DescribeResolveCountRef>::success(input));
    let input = Input {
        name: "instances_1m",
        origin: "synthetic DescribeInstances (benches/src/synthetic.rs)",
        body: leak(synthetic::body()),
        expect: Success,
    };
    visitor.visit(&Suite::<DescribeInstances, DescribeInstancesRef>::success(
        input,
    ));
}

/// The JSON text without the whitespace between its tokens; strings are kept as they are.
pub fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn data(path: &str) -> String {
    let path = format!("{}/../data/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The body of one response example: `examples.json` holds it as a JSON string.
pub fn example(service: &str, version: &str, action: &str, index: usize) -> &'static str {
    let path = format!("tencent-api/services/{service}/{version}/examples.json");
    let examples: serde_json::Value =
        serde_json::from_str(&data(&path)).unwrap_or_else(|error| panic!("{path}: {error}"));
    let output = examples["actions"][action][index]["output"]
        .as_str()
        .unwrap_or_else(|| panic!("{path}: no output for {action}[{index}]"));
    leak(output.to_owned())
}

/// The specification's two sample bodies, success and failure, as its text shows them
/// (multi-line): each is the text from a line that is `{` to the brace that closes it.
pub fn spec_samples() -> (Input, Input) {
    let text = data("spec/response-format.txt");
    let mut samples = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("\n{\n") {
        let from = &rest[start + 1..];
        let mut depth = 0usize;
        let end = from
            .char_indices()
            .find_map(|(at, c)| {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => return None,
                }
                (depth == 0).then_some(at + 1)
            })
            .expect("a sample's braces close");
        samples.push(leak(from[..end].to_owned()));
        rest = &from[end..];
    }
    let [success, error] = samples[..] else {
        panic!(
            "the specification's text has two samples, found {}",
            samples.len()
        );
    };
    (
        Input {
            name: "spec_success_200b",
            origin: "the specification's success sample (DescribeInstancesStatus)",
            body: success,
            expect: Expect::Success,
        },
        Input {
            name: "spec_error_250b",
            origin: "the specification's error sample (AuthFailure.SignatureFailure)",
            body: error,
            expect: Expect::ApiError,
        },
    )
}
