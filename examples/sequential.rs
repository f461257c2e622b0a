//! Sequential calls of the generated `cvm` crate against a running mock, timed from the
//! caller's side: `client/benches/sequential.sh` runs it beside the official Python and
//! Node SDKs making the same call against the same mock.
//!
//! ```sh
//! cargo run --release -p tencent-action-examples --example sequential -- \
//!     HOST:PORT SECRET_ID SECRET_KEY CALLS [multi|current] [MOCK_PID]
//! ```
//!
//! Prints one JSON line: the wall and CPU time of one call in microseconds (CPU of this
//! whole process, from `/proc/self/stat`) and, given the mock's process id, the mock's CPU
//! time per call over the same calls.

use std::time::Instant;
use tencent_action_client::{Client, Credential};
use tencent_cloud_cvm::v20170312::{self as cvm, DescribeZonesRequest};

/// Calls before the timed ones: connections opened, caches warm.
const WARM_UP: usize = 200;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [endpoint, id, key, calls, rest @ ..] = args.as_slice() else {
        return Err(
            "usage: sequential HOST:PORT SECRET_ID SECRET_KEY CALLS [multi|current] [MOCK_PID]"
                .into(),
        );
    };
    let calls: usize = calls.parse()?;
    let flavor = rest.first().map_or("multi", String::as_str);
    let mock_pid = rest.get(1).map(String::as_str);
    let runtime = match flavor {
        // What `#[tokio::main]` builds: a worker per core.
        "multi" => tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?,
        "current" => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?,
        other => return Err(format!("unknown runtime flavour {other}").into()),
    };
    let client = Client::builder()
        .credential(Credential::new(id.as_str(), key.as_str()))
        .region("ap-guangzhou")
        .endpoint(&format!("http://{endpoint}"))
        .build()?;
    let cvm = cvm::Client::new(client);
    let request = DescribeZonesRequest::default();
    let (wall, cpu, mock_cpu) = runtime.block_on(async {
        for _ in 0..WARM_UP {
            cvm.describe_zones(&request).await?;
        }
        let cpu = cpu_seconds("self")?;
        let mock = mock_pid.map(cpu_seconds).transpose()?;
        let started = Instant::now();
        for _ in 0..calls {
            let zones = cvm.describe_zones(&request).await?;
            assert!(zones.zone_set.as_ref().is_some_and(|set| !set.is_empty()));
        }
        let wall = started.elapsed().as_secs_f64();
        let cpu = cpu_seconds("self")? - cpu;
        let mock = match (mock, mock_pid) {
            (Some(before), Some(pid)) => Some(cpu_seconds(pid)? - before),
            _ => None,
        };
        Ok::<_, Box<dyn std::error::Error>>((wall, cpu, mock))
    })?;
    let per_call = |seconds: f64| seconds * 1e6 / calls as f64;
    let mock = mock_cpu.map_or("null".to_owned(), |cpu| format!("{:.1}", per_call(cpu)));
    println!(
        r#"{{"caller": "tencent-action ({flavor})", "calls": {calls}, "wall_us": {:.1}, "cpu_us": {:.1}, "mock_cpu_us": {mock}}}"#,
        per_call(wall),
        per_call(cpu),
    );
    Ok(())
}

/// The user and system CPU time of process `pid` (`self` for this one), in seconds, from
/// `/proc/PID/stat` (fields 14 and 15, in clock ticks of 1/100 s).
fn cpu_seconds(pid: &str) -> Result<f64, Box<dyn std::error::Error>> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // The command name may hold blanks: the fields are counted after its closing bracket.
    let after = stat.rsplit_once(')').ok_or("no ) in /proc/PID/stat")?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields[11].parse::<f64>()? + fields[12].parse::<f64>()?;
    Ok(ticks / 100.0)
}
