//! The generated SDK of one service against the local Tencent Cloud: the `cvm` crate's
//! `Client` sends typed requests to the mock server, which checks each body against the
//! action's input structure and answers with the action's documentation example.
//!
//! ```sh
//! cargo run -p tencent-action-examples --example sdk
//! ```

use std::path::Path;
use tencent_action_client::{Client, Credential};
use tencent_action_mock::MockServer;
use tencent_cloud_cvm::v20170312::{self as cvm, DescribeInstancesRequest, StartInstancesRequest};

const SECRET_ID: &str = "AKIDEXAMPLE";
const SECRET_KEY: &str = "example-secret-key";

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let services = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services");
    let mock = MockServer::builder()
        .specs_dir_services(services, &["cvm"])
        .credential(SECRET_ID, SECRET_KEY)
        .start()
        .await?;

    let client = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .region("ap-guangzhou")
        .endpoint(&mock.url())
        .build()?;
    let cvm = cvm::Client::new(client);

    // No member is required: the request is `Default`, and its optional members are set
    // as fields.
    let request = DescribeInstancesRequest {
        limit: Some(20),
        ..Default::default()
    };
    let instances = cvm.describe_instances(&request).await?;
    println!(
        "DescribeInstances: {} instance(s) (RequestId: {})",
        instances.total_count.unwrap_or_default(),
        instances.request_id().unwrap_or_default()
    );

    // A required member is a constructor argument.
    let start = StartInstancesRequest::new(["ins-r8hr2upy"]);
    let started = cvm.start_instances(&start).await?;
    println!(
        "StartInstances: done (RequestId: {})",
        started.request_id().unwrap_or_default()
    );
    Ok(())
}
