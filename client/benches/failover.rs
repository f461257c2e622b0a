//! What the failover policies cost a call that does not fail over: a whole call without
//! a socket (sign, build, decode) with both policies off, the default, and with the
//! region breaker and domain failover on, in one run.

#[path = "../tests/support/mod.rs"]
mod support;

use criterion::{Criterion, criterion_main};
use std::hint::black_box;
use support::{DescribeInstancesStatus, SECRET_ID, SECRET_KEY};
use tencent_action::Error;
use tencent_action_client::failover::{DomainFailover, RegionBreaker};
use tencent_action_client::transport::{Body, BoxFuture, HttpRequest, HttpResponse, Transport};
use tencent_action_client::{Client, ClientBuilder, Credential};

const ANSWER: &[u8] =
    br#"{"Response":{"TotalCount":1,"RequestId":"b5b41468-520d-4192-b42f-595cc34b6c1c"}}"#;

/// Answers every request at once, in memory.
#[derive(Debug)]
struct Canned;

impl Transport for Canned {
    fn send(&self, _request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        Box::pin(async { Ok(HttpResponse::new(200, Body::from(ANSWER))) })
    }
}

fn builder() -> ClientBuilder {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .region("ap-shanghai")
        .transport(Canned)
}

fn calls(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let body = serde_json::json!({"Limit": 10});
    let off = builder().build().unwrap();
    let on = builder()
        .region_breaker(RegionBreaker::default())
        .domain_failover(DomainFailover::default())
        .build()
        .unwrap();
    for (name, client) in [("off", &off), ("on", &on)] {
        c.bench_function(&format!("call/in memory, failover {name}"), |b| {
            b.iter(|| {
                runtime
                    .block_on(client.call::<DescribeInstancesStatus>(black_box(&body)))
                    .unwrap()
            })
        });
    }
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(5))
        .configure_from_args()
}

/// In a private module: `criterion_group!` makes a public function that no one documents.
mod group {
    use super::{calls, config};
    use criterion::criterion_group;

    criterion_group! {
        name = benches;
        config = config();
        targets = calls
    }
}

criterion_main!(group::benches);
