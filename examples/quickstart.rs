//! Calls CVM through the client, over HTTP on loopback, against the embedded mock server
//! (a success, a server error, a throttled call that succeeds after retrying, a wrong
//! key); then decodes the two sample responses of the API 3.0 specification and a real
//! CVM `DescribeInstances` response, and prints what a caller gets from each. No account
//! and no network are needed.
//!
//! Run it with `cargo run --example quickstart`.

use serde::{Deserialize, Serialize};
use serde_json::json;
use std::time::Duration;
use tencent_action::{Category, CommonCode, Error, ErrorCode, tencent_action};
use tencent_action_client::retry::{Backoff, RetryConfig};
use tencent_action_client::{Client, Credential};
use tencent_action_mock::{Fault, FaultRule, MockServer, Reply};

/// `DescribeInstancesStatus` (CVM, 2017-03-12): the specification's own example.
#[tencent_action(
    service = "cvm",
    version = "2017-03-12",
    errors(
        "InvalidInstanceId.Malformed" = "The instance ID is malformed.",
        "InvalidInstanceId.NotFound" = "The instance does not exist.",
    )
)]
#[derive(Debug)]
pub struct DescribeInstancesStatus {
    /// The number of instances matching the request.
    pub total_count: i64,
    /// Their states.
    pub instance_status_set: Vec<InstanceStatus>,
}

/// The state of one instance.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceStatus {
    /// The instance's ID.
    pub instance_id: String,
    /// `RUNNING`, `STOPPED`, ...
    pub instance_state: String,
}

/// `DescribeInstances` (CVM, 2017-03-12), with the fields this example reads; the
/// response's other fields are skipped.
#[tencent_action(service = "cvm", version = "2017-03-12")]
#[derive(Debug)]
pub struct DescribeInstances {
    /// The number of instances matching the request.
    pub total_count: i64,
    /// The instances.
    pub instance_set: Vec<Instance>,
}

/// One CVM instance.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Instance {
    /// The instance's ID.
    pub instance_id: String,
    /// Its name.
    pub instance_name: String,
    /// Its type, `S2.SMALL2` say.
    pub instance_type: String,
    /// `RUNNING`, `STOPPED`, ...
    pub instance_state: String,
    /// vCPUs.
    #[serde(rename = "CPU")]
    pub cpu: u32,
    /// Memory, in GiB.
    pub memory: u32,
    /// Where it runs.
    pub placement: Placement,
    /// Public IPv4 addresses; `null` when it has none.
    pub public_ip_addresses: Option<Vec<String>>,
    /// IPv6 addresses.
    #[serde(rename = "IPv6Addresses", default)]
    pub ipv6_addresses: Option<Vec<String>>,
    /// The system disk.
    pub system_disk: Disk,
    /// The data disks.
    #[serde(default)]
    pub data_disks: Option<Vec<Disk>>,
}

/// An instance's location.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Placement {
    /// The availability zone.
    pub zone: String,
    /// The project.
    pub project_id: i64,
}

/// A disk of an instance.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Disk {
    /// `CLOUD_SSD`, `CLOUD_PREMIUM`, ...
    pub disk_type: String,
    /// Size in GiB.
    pub disk_size: u32,
}

/// The specification's successful sample, as printed there.
const SPEC_SUCCESS: &str = r#"{
"Response": {
"TotalCount": 0,
"InstanceStatusSet": [],
"RequestId": "b5b41468-520d-4192-b42f-595cc34b6c1c"
}
}"#;

/// The specification's failed sample, as printed there.
const SPEC_FAILURE: &str = r#"{
"Response": {
"Error": {
"Code": "AuthFailure.SignatureFailure",
"Message": "The provided credentials could not be validated. Please ensure your signature is correct."
},
"RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
}
}"#;

/// A real response body: see `examples/data/README.md`.
const CVM_DESCRIBE_INSTANCES: &str = include_str!("data/cvm-describe-instances.json");

/// The embedded mock server's one account: made up, and never printed.
const SECRET_ID: &str = "AKIDquickstartEXAMPLE";
const SECRET_KEY: &str = "quickstart-secret-key-EXAMPLE";

/// Tencent's published CVM spec and examples, which the mock server answers from.
const SPECS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/tencent-api/services");

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    calls_through_the_client().await?;
    decoding_bodies();
    Ok(())
}

/// A local Tencent Cloud on loopback, and real signed calls to it.
async fn calls_through_the_client() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::builder()
        .specs_dir_services(SPECS, &["cvm"])
        .credential(SECRET_ID, SECRET_KEY)
        .start()
        .await?;
    println!(
        "== The client, calling the embedded mock server at {}",
        mock.url()
    );
    let client = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .region("ap-guangzhou")
        .endpoint(&mock.url())
        // Shorter waits than the default (1 s, doubling), so that the example is quick.
        .retry(RetryConfig::standard().with_backoff(Backoff::exponential(
            Duration::from_millis(50),
            Duration::from_millis(400),
        )))
        .build()?;

    println!("\n-- A success: DescribeInstances, answered from the published spec");
    let response = client
        .call::<DescribeInstances>(&json!({"Limit": 1}))
        .await?;
    println!("RequestId:  {}", response.request_id().unwrap_or("(none)"));
    println!("TotalCount: {}", response.total_count);
    for instance in &response.instance_set {
        println!(
            "instance:   {} ({})",
            instance.instance_id, instance.instance_state
        );
    }

    println!("\n-- A server error: the instance does not exist");
    mock.respond(
        "DescribeInstancesStatus",
        Reply::error(
            "InvalidInstanceId.NotFound",
            "The instance `ins-nothere` does not exist.",
        ),
    );
    mock.clear_requests();
    match client
        .call::<DescribeInstancesStatus>(&json!({"InstanceIds": ["ins-nothere"]}))
        .await
    {
        Ok(response) => println!("unexpected success: {response:?}"),
        Err(Error::Api(error)) => {
            println!("error:      {error}");
            println!(
                "typed code: {:?}",
                error.action_code::<DescribeInstancesStatus>()
            );
            println!(
                "category:   {} (retryable: {}; the server saw {} request(s))",
                error.category(),
                error.is_retryable(),
                mock.requests().len()
            );
        }
        Err(other) => println!("unexpected: {other}"),
    }

    println!("\n-- Throttled twice, then answered: the client retries with backoff");
    mock.clear_requests();
    mock.fault(
        FaultRule::new(Fault::Throttle)
            .action("DescribeInstances")
            .next(2),
    );
    let response = client
        .call::<DescribeInstances>(&json!({"Limit": 1}))
        .await?;
    for (attempt, seen) in mock.requests().iter().enumerate() {
        let answer = seen.error_code.as_deref().unwrap_or("success");
        println!(
            "attempt {}:  {answer} (RequestId: {})",
            attempt + 1,
            seen.request_id
        );
    }
    println!(
        "result:     {} instance(s) (RequestId: {})",
        response.total_count,
        response.request_id().unwrap_or("(none)")
    );

    println!("\n-- A wrong SecretKey: the server checks the signature");
    let wrong = Client::builder()
        .credential(Credential::new(SECRET_ID, "not-the-key"))
        .region("ap-guangzhou")
        .endpoint(&mock.url())
        .build()?;
    match wrong.call::<DescribeInstances>(&json!({"Limit": 1})).await {
        Ok(_) => println!("unexpected success"),
        Err(error) => {
            println!("error:      {error}");
            if let Some(category) = error.category() {
                println!(
                    "category:   {category} (retryable: {})",
                    error.is_retryable()
                );
            }
        }
    }
    mock.shutdown();
    Ok(())
}

/// Bodies decoded without a client: the specification's samples and a real response.
fn decoding_bodies() {
    println!("\n== The specification's successful sample: DescribeInstancesStatus");
    match tencent_action::from_str::<DescribeInstancesStatus>(SPEC_SUCCESS) {
        Ok(response) => {
            println!("RequestId:  {}", response.request_id().unwrap_or("(none)"));
            println!("TotalCount: {}", response.total_count);
            println!("instances:  {:?}", response.instance_status_set);
        }
        Err(error) => println!("unexpected: {error}"),
    }

    println!("\n== The specification's failed sample");
    match tencent_action::from_str::<DescribeInstancesStatus>(SPEC_FAILURE) {
        Ok(response) => println!("unexpected success: {response:?}"),
        Err(Error::Api(error)) => {
            println!("error:      {error}");
            println!("code:       {}", error.code());
            println!("message:    {}", error.message());
            println!("RequestId:  {}", error.request_id().unwrap_or("(none)"));
            let code = error.action_code::<DescribeInstancesStatus>();
            println!("typed code: {code:?}");
            let advice = match error.category() {
                Category::Throttling | Category::Transient => "retry after a backoff",
                Category::Auth => "check the credentials and the signature; do not retry",
                Category::DryRun => "the request would have succeeded",
                _ => "fix the request; do not retry",
            };
            println!("category:   {} ({advice})", error.category());
            if code.belongs_to(CommonCode::AuthFailureSignatureFailure) {
                println!(
                    "            the signature did not match: check the SecretKey and what was signed"
                );
            }
        }
        Err(other) => println!("unexpected: {other}"),
    }

    println!("\n== A real CVM DescribeInstances response");
    match tencent_action::from_str::<DescribeInstances>(CVM_DESCRIBE_INSTANCES) {
        Ok(response) => {
            println!("RequestId:  {}", response.request_id().unwrap_or("(none)"));
            println!("TotalCount: {}", response.total_count);
            for instance in &response.instance_set {
                println!(
                    "{} {:?}: {} in {}, {} vCPU / {} GiB, {}",
                    instance.instance_id,
                    instance.instance_name,
                    instance.instance_type,
                    instance.placement.zone,
                    instance.cpu,
                    instance.memory,
                    instance.instance_state,
                );
                let public = instance.public_ip_addresses.as_deref().unwrap_or_default();
                let ipv6 = instance.ipv6_addresses.as_deref().unwrap_or_default();
                println!("    public IPv4 {public:?}, IPv6 {ipv6:?}");
                let data = instance.data_disks.as_deref().unwrap_or_default();
                println!(
                    "    system disk {} GiB {}, {} data disk(s)",
                    instance.system_disk.disk_size,
                    instance.system_disk.disk_type,
                    data.len()
                );
            }
        }
        Err(error) => println!("unexpected: {error}"),
    }

    println!("\n== The same response with one field broken");
    let broken = CVM_DESCRIBE_INSTANCES.replacen("\"CPU\": 1", "\"CPU\": \"one\"", 1);
    match tencent_action::from_str::<DescribeInstances>(&broken) {
        Ok(_) => println!("unexpected success"),
        Err(error) => {
            println!("error:      {error}");
            println!(
                "RequestId:  {:?} (kept, though it comes after the broken field)",
                error.request_id()
            );
        }
    }
}
