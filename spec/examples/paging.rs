//! Counts the actions of every spec under a folder of service folders by how they page
//! (the rule of `Spec::paging`), and names a few of each shape to read by hand:
//!
//! ```sh
//! cargo run -p tencent-action-spec --example paging -- data/tencent-api/services
//! ```

use std::collections::BTreeMap;
use std::process::ExitCode;
use tencent_action_spec::{PageBy, Status, service_versions};

fn main() -> ExitCode {
    let Some(root) = std::env::args_os().nth(1) else {
        eprintln!("usage: paging <folder of service folders> [samples per shape]");
        return ExitCode::from(2);
    };
    let samples: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let versions = match service_versions(root.as_ref()) {
        Ok(versions) => versions,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let mut shapes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut actions = 0;
    for version in &versions {
        let spec = match version.api() {
            Ok(spec) => spec,
            Err(error) => {
                eprintln!("skipped: {error}");
                continue;
            }
        };
        for (name, action) in &spec.actions {
            if action.status == Status::Offline {
                continue;
            }
            actions += 1;
            let Some(paging) = spec.paging(action) else {
                continue;
            };
            let by = match &paging.by {
                PageBy::Offset { .. } => "offset".to_owned(),
                PageBy::PageNumber { number, first, .. } => {
                    format!("page number (first {first}, {})", number.name)
                }
                PageBy::Token { input, output } => {
                    format!("token ({} -> {})", input.name, output.wire_path().join("."))
                }
            };
            let place = if paging.items.members.len() > 1 {
                "in a structure"
            } else {
                "at the top"
            };
            let total = if paging.total.is_some() {
                "with a total"
            } else {
                "no total"
            };
            let sample = format!(
                "{}/{} {name}: {}{}",
                version.service,
                version.version,
                paging.items.wire_path().join("."),
                paging
                    .total
                    .map(|total| format!(", total {}", total.wire_path().join(".")))
                    .unwrap_or_default(),
            );
            shapes
                .entry(format!("{by}, list {place}, {total}"))
                .or_default()
                .push(sample);
        }
    }
    let paged: usize = shapes.values().map(Vec::len).sum();
    println!(
        "{} versions, {actions} actions not offline, {paged} page",
        versions.len()
    );
    for (shape, names) in &shapes {
        println!("{:6}  {shape}", names.len());
        for sample in names
            .iter()
            .step_by((names.len() / samples.max(1)).max(1))
            .take(samples)
        {
            println!("          {sample}");
        }
    }
    ExitCode::SUCCESS
}
