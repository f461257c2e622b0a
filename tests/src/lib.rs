//! Shared fixtures of the integration tests: action types shaped like real Tencent
//! responses, and the published bodies they are tested against.

use serde::{Deserialize, Serialize};
use tencent_action::tencent_action;

// Robustness: the reference oracle, the fuzzed shapes and the structure-aware mutators
// (of bodies and of specs), shared by the differential and property tests and by the fuzz
// targets.
pub mod corpus;
pub mod differential;
pub mod mutate;
pub mod oracle;
pub mod shapes;
pub mod specs;
pub mod tree;

/// CVM's `DescribeInstancesStatus`, the specification's own example.
#[tencent_action(
    service = "cvm",
    version = "2017-03-12",
    errors(
        "InvalidInstanceId.Malformed" = "The instance ID is malformed.",
        "InvalidInstanceId.NotFound",
        "InvalidParameterValue.InstanceIdMalformed",
        "InvalidParameterValueLimit",
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesStatus {
    /// The number of instances.
    pub total_count: i64,
    /// Their states.
    pub instance_status_set: Vec<InstanceStatus>,
}

/// One instance's state.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceStatus {
    /// The instance's ID.
    pub instance_id: String,
    /// Its state, `RUNNING`, `STOPPED`, ...
    pub instance_state: String,
}

/// An action with optional fields and a nested struct.
#[tencent_action(service = "cbs", version = "2017-03-12")]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDiskQuota {
    /// Optional, may be `null` or absent.
    pub disk_quota: Option<u64>,
    /// A nested struct, optional.
    pub placement: Option<Placement>,
}

/// Where a resource is.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Placement {
    /// The zone, `ap-guangzhou-3`.
    pub zone: String,
    /// The project, optional.
    #[serde(default)]
    pub project_id: Option<i64>,
}

/// An action that returns only the RequestId.
#[tencent_action(service = "cvm", version = "2017-03-12")]
#[derive(Debug, Clone, PartialEq)]
pub struct StartInstances;

/// The two sample responses of the specification, as it prints them.
pub struct SpecSamples {
    /// The successful `DescribeInstancesStatus` response.
    pub success: String,
    /// The `AuthFailure.SignatureFailure` response.
    pub failure: String,
}

/// The repository's copy of the response specification.
pub const SPEC: &str = include_str!("../../data/spec/response-format.txt");

/// The JSON bodies printed in the specification, in order of appearance.
pub fn spec_samples() -> SpecSamples {
    let mut bodies = json_blocks(SPEC).into_iter();
    let success = bodies.next().expect("the spec shows a successful response");
    let failure = bodies.next().expect("the spec shows a failed response");
    SpecSamples { success, failure }
}

/// Every top-level `{...}` block of a text, by brace matching (the spec's samples are
/// plain JSON between prose lines).
fn json_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut depth = 0usize;
    let mut start = None;
    for (at, ch) in text.char_indices() {
        match ch {
            '{' => {
                if depth == 0 {
                    start = Some(at);
                }
                depth += 1;
            }
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if let Some(start) = start.take() {
                        blocks.push(text[start..=at].to_owned());
                    }
                }
            }
            _ => {}
        }
    }
    blocks
}

/// The response examples of one service version, as `(action, body)` pairs.
pub fn examples(service_version: &str) -> Vec<(String, String)> {
    let path = format!(
        "{}/../data/tencent-api/services/{service_version}/examples.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file: serde_json::Value = serde_json::from_str(&text).expect("examples.json is JSON");
    let mut out = Vec::new();
    for (action, examples) in file["actions"].as_object().expect("actions") {
        for example in examples.as_array().expect("examples") {
            let body = example["output"].as_str().expect("output is a string");
            out.push((action.clone(), body.to_owned()));
        }
    }
    out
}
