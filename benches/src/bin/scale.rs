//! Time and memory of decoding large bodies: `cargo run --release -p tencent-action-benches
//! --bin scale [MB...]` (1, 10 and 100 by default) decodes a DescribeInstances-like body
//! of each size into a typed action and into an action without fields, prints the time
//! per megabyte and the slope of time against size, and the peak memory beyond the body
//! against the size of the decoded data. Each size runs in a process of its own, so that
//! its peak resident set is its own. Nothing is asserted: the figures are for reading.
//!
//! Memory is read from Linux's `/proc/self/status` (`VmHWM`, reset through
//! `/proc/self/clear_refs` before decoding); elsewhere it is not measured.

use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};
use tencent_action::tencent_action;

/// The action of the generated body.
#[tencent_action(service = "cvm", version = "2017-03-12")]
#[derive(Debug)]
struct DescribeInstances {
    total_count: u64,
    instance_set: Vec<Instance>,
}

/// One instance, with the kinds of field a real one has.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Instance {
    instance_id: String,
    instance_name: String,
    instance_type: String,
    instance_state: String,
    #[serde(rename = "CPU")]
    cpu: u64,
    memory: u64,
    private_ip_addresses: Vec<String>,
    placement: Placement,
    tags: Vec<Tag>,
    created_time: String,
    renew_flag: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Placement {
    zone: String,
    project_id: i64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Tag {
    key: String,
    value: String,
}

/// The same body read by an action without fields: every value skipped.
#[tencent_action(service = "cvm", version = "2017-03-12")]
#[derive(Debug)]
struct StartInstances;

fn body_of(megabytes: usize) -> Vec<u8> {
    let target = megabytes * 1_000_000;
    let mut body = Vec::with_capacity(target + 4096);
    body.extend_from_slice(br#"{"Response":{"TotalCount":0,"InstanceSet":["#);
    let mut i = 0u64;
    while body.len() < target {
        if i > 0 {
            body.push(b',');
        }
        let instance = Instance {
            instance_id: format!("ins-{i:08x}"),
            instance_name: format!("web-server-{i}"),
            instance_type: "S5.MEDIUM4".into(),
            instance_state: "RUNNING".into(),
            cpu: 2 + i % 7,
            memory: 4 << (i % 4),
            private_ip_addresses: vec![format!("10.0.{}.{}", i / 250 % 250, i % 250)],
            placement: Placement {
                zone: "ap-guangzhou-3".into(),
                project_id: (i % 3) as i64,
            },
            tags: vec![Tag {
                key: "env".into(),
                value: if i % 2 == 0 { "prod" } else { "test" }.into(),
            }],
            created_time: "2020-03-10T02:43:51Z".into(),
            renew_flag: (i % 5 == 0).then(|| "NOTIFY_AND_AUTO_RENEW".into()),
        };
        serde_json::to_writer(&mut body, &instance).expect("an instance serializes");
        i += 1;
    }
    body.extend_from_slice(br#"],"RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}}"#);
    body
}

/// The heap the decoded value holds: its vectors' and strings' capacities.
fn decoded_bytes(response: &DescribeInstances) -> usize {
    let mut total = response.instance_set.capacity() * size_of::<Instance>();
    for instance in &response.instance_set {
        total += instance.instance_id.capacity() + instance.instance_name.capacity();
        total += instance.instance_type.capacity() + instance.instance_state.capacity();
        total += instance.private_ip_addresses.capacity() * size_of::<String>();
        total += instance
            .private_ip_addresses
            .iter()
            .map(String::capacity)
            .sum::<usize>();
        total += instance.placement.zone.capacity();
        total += instance.tags.capacity() * size_of::<Tag>();
        total += instance
            .tags
            .iter()
            .map(|tag| tag.key.capacity() + tag.value.capacity())
            .sum::<usize>();
        total += instance.created_time.capacity();
        total += instance.renew_flag.as_ref().map_or(0, String::capacity);
    }
    total
}

/// A `kB` line of `/proc/self/status`, in bytes.
fn status(field: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            let value = f();
            let elapsed = start.elapsed();
            drop(value);
            elapsed
        })
        .min()
        .expect("at least one run")
}

/// One size, in this process: `megabytes body_bytes typed_s skip_s decoded_bytes peak_extra`.
fn child(megabytes: usize) {
    let body = body_of(megabytes);
    let runs = if megabytes >= 100 { 3 } else { 5 };

    // Memory first, on a fresh heap: the peak beyond what the process held before.
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let before = status("VmRSS:");
    let response = tencent_action::from_slice::<DescribeInstances>(&body).expect("it decodes");
    let peak = status("VmHWM:").filter(|_| reset);
    let decoded = decoded_bytes(response.data());
    assert_eq!(
        response.request_id(),
        Some("6ef60bec-0242-43af-bb20-270359fb54a7")
    );
    let count = response.instance_set.len();
    drop(response);
    let extra = match (before, peak) {
        (Some(before), Some(peak)) => peak.saturating_sub(before).to_string(),
        _ => "-".into(),
    };

    let typed = best_of(runs, || {
        tencent_action::from_slice::<DescribeInstances>(&body).expect("it decodes")
    });
    let skip = best_of(runs, || {
        tencent_action::from_slice::<StartInstances>(&body).expect("it decodes")
    });
    println!(
        "{megabytes} {} {} {} {decoded} {extra} {count}",
        body.len(),
        typed.as_secs_f64(),
        skip.as_secs_f64()
    );
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("--child") {
        let megabytes = args
            .nth(1)
            .and_then(|mb| mb.parse().ok())
            .expect("--child MB");
        return child(megabytes);
    }
    let sizes: Vec<usize> = match args.map(|mb| mb.parse()).collect::<Result<Vec<_>, _>>() {
        Ok(sizes) if !sizes.is_empty() => sizes,
        Ok(_) => vec![1, 10, 100],
        Err(error) => panic!("sizes are whole megabytes: {error}"),
    };
    if cfg!(debug_assertions) {
        eprintln!("note: a debug build; run with --release for real figures");
    }
    let exe = std::env::current_exe().expect("this program's path");
    println!(
        "{:>6} {:>12} {:>10} {:>10} {:>10} {:>10} {:>12} {:>12} {:>7}",
        "MB",
        "body bytes",
        "instances",
        "typed s",
        "typed ms/MB",
        "skip ms/MB",
        "decoded B",
        "peak extra B",
        "factor"
    );
    let mut points = Vec::new();
    for megabytes in sizes {
        let output = std::process::Command::new(&exe)
            .args(["--child", &megabytes.to_string()])
            .output()
            .expect("the child runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let line = String::from_utf8(output.stdout).expect("UTF-8");
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [_, body, typed, skip, decoded, extra, count] = fields[..] else {
            panic!("unexpected child output {line:?}");
        };
        let body_mb = body.parse::<f64>().unwrap() / 1e6;
        let typed: f64 = typed.parse().unwrap();
        let skip: f64 = skip.parse().unwrap();
        let decoded: f64 = decoded.parse().unwrap();
        let factor = extra
            .parse::<f64>()
            .map(|extra| format!("{:.2}", extra / decoded))
            .unwrap_or_else(|_| "-".into());
        println!(
            "{megabytes:>6} {body:>12} {count:>10} {typed:>10.4} {:>10.2} {:>10.2} {decoded:>12} {extra:>12} {factor:>7}",
            typed * 1e3 / body_mb,
            skip * 1e3 / body_mb,
        );
        points.push((body_mb, typed));
    }
    if points.len() >= 2 {
        // Least squares of time against size: the slope is the marginal cost of a
        // megabyte; an exponent near 1 between the smallest and the largest is linear.
        let n = points.len() as f64;
        let (sx, sy) = points
            .iter()
            .fold((0.0, 0.0), |(sx, sy), (x, y)| (sx + x, sy + y));
        let (mx, my) = (sx / n, sy / n);
        let sxy: f64 = points.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
        let sxx: f64 = points.iter().map(|(x, _)| (x - mx) * (x - mx)).sum();
        let slope = sxy / sxx;
        let (first, last) = (points[0], points[points.len() - 1]);
        let exponent = (last.1 / first.1).ln() / (last.0 / first.0).ln();
        println!(
            "slope: {:.2} ms/MB (intercept {:.2} ms); time grows as size^{exponent:.3} from {:.0} to {:.0} MB",
            slope * 1e3,
            (my - slope * mx) * 1e3,
            first.0,
            last.0
        );
    }
}
