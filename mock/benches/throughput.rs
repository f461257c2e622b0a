//! Requests per second on loopback: concurrent keep-alive clients, each sending signed
//! `DescribeZones` calls (signature verified, documentation example answered) to the
//! mock, with one client as the baseline of the same run. Client and server share the
//! machine's cores, so the figure is of the pair.
//!
//! `cargo bench -p tencent-action-mock --bench throughput`

use criterion::{Criterion, Throughput, criterion_main};
use std::path::Path;
use std::time::{Duration, Instant};
use tencent_action_mock::MockServer;
use tencent_action_mock::caller::{Caller, SignedCall, unix_now};

const ID: &str = "AKIDBENCH";
const KEY: &str = "bench-secret-key";
/// Requests per measured batch, shared among the clients.
const BATCH: u64 = 2_000;

async fn batch(addr: std::net::SocketAddr, clients: u64) -> Duration {
    let mut callers = Vec::new();
    for _ in 0..clients {
        callers.push(Caller::connect(addr).await.expect("connects"));
    }
    let started = Instant::now();
    let tasks: Vec<_> = callers
        .into_iter()
        .map(|mut caller| {
            tokio::spawn(async move {
                for _ in 0..BATCH / clients {
                    let call = SignedCall {
                        service: "cvm",
                        version: "2017-03-12",
                        action: "DescribeZones",
                        body: b"{}",
                        secret_id: ID,
                        secret_key: KEY,
                        token: None,
                        timestamp: unix_now(),
                    };
                    let raw = caller.call(&call).await.expect("answered");
                    assert_eq!(raw.status, 200);
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("the client finishes");
    }
    started.elapsed()
}

fn throughput(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let services = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services");
    let mock = runtime.block_on(async {
        MockServer::builder()
            .specs_dir_services(services, &["cvm"])
            .credential(ID, KEY)
            .keep_requests(0)
            .start()
            .await
            .expect("the mock starts")
    });
    let addr = mock.addr();
    let mut group = c.benchmark_group("mock");
    group.throughput(Throughput::Elements(BATCH));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for clients in [1, 8, 32] {
        group.bench_function(format!("loopback_{clients}_clients"), |b| {
            b.iter_custom(|iterations| {
                (0..iterations)
                    .map(|_| runtime.block_on(batch(addr, clients)))
                    .sum()
            });
        });
    }
    group.finish();
}

/// In a private module: `criterion_group!` makes a public function that no one documents.
mod group {
    use super::throughput;
    use criterion::criterion_group;

    criterion_group!(benches, throughput);
}

criterion_main!(group::benches);
