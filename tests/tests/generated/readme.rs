//! The table of the generated SDKs in `tests/README.md`: one row per service version of
//! `data/`, with how many of its response and request examples pass in each mode, a row of
//! totals, and the listed disagreements by cause.
//!
//! A run checks the rows of the services it compiled (those of
//! `data/generated-services.txt`, or what `TENCENT_ACTION_SWEEP` names), that every service version of the data has a row, that
//! the totals are the rows' sums, and the causes against both lists. With
//! `TENCENT_ACTION_BLESS=1` it rewrites its rows, the totals and the causes instead.

use super::{Mode, published_dir, read_jsonl, sdk};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const START: &str = "<!-- sweep-table:start -->";
const END: &str = "<!-- sweep-table:end -->";
const HEADER: &str = "| service | version | response examples | strict | tolerant | request examples | strict | tolerant |\n\
                      |---|---|---:|---:|---:|---:|---:|---:|\n";
const TOTAL: &str = "| **all** |";

/// The counts of one service version: examples, then passed in strict and in tolerant
/// mode; responses first, then requests.
pub type Counts = [usize; 6];

/// Adds one example's outcome to the counts of its service version.
pub fn count(
    counts: &mut BTreeMap<(String, String), Counts>,
    key: (&str, &str),
    requests: bool,
    mode: Mode,
    passed: bool,
) {
    let row = counts
        .entry((key.0.to_owned(), key.1.to_owned()))
        .or_default();
    let first = if requests { 3 } else { 0 };
    // Each example is counted once per mode; the strict one counts it as an example.
    if mode == Mode::Strict {
        row[first] += 1;
    }
    row[first + 1 + usize::from(mode == Mode::Tolerant)] += usize::from(passed);
}

fn row((service, version): &(String, String), counts: &Counts) -> String {
    let mut line = format!("| {service} | {version} |");
    for count in counts {
        write!(line, " {count} |").unwrap();
    }
    line
}

/// `(service, version)` of every service version of the data.
fn data_versions() -> Vec<(String, String)> {
    let services = published_dir().join("tencent-api/services");
    let mut found = Vec::new();
    for service in std::fs::read_dir(&services).expect("data/tencent-api/services") {
        let service = service.unwrap().path();
        for version in std::fs::read_dir(&service).unwrap() {
            let version = version.unwrap().path();
            if version.join("api.json").exists() {
                let name =
                    |path: &PathBuf| path.file_name().unwrap().to_string_lossy().into_owned();
                let digits = name(&version).trim_start_matches('v').to_owned();
                let date = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]);
                found.push((name(&service), date));
            }
        }
    }
    found.sort();
    found
}

/// The listed disagreements by list, cause and mode, from both lists.
fn causes_table() -> String {
    let mut causes: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    for entry in read_jsonl(&super::data_dir().join("disagreements.jsonl")) {
        let cause = entry["cause"].as_str().unwrap_or_default();
        let column = usize::from(entry["mode"] == "tolerant");
        causes.entry(format!("response: `{cause}`")).or_default()[column] += 1;
    }
    for entry in read_jsonl(&super::data_dir().join("request-disagreements.jsonl")) {
        let column = usize::from(entry["mode"] == "tolerant");
        causes
            .entry("request: does not round-trip".to_owned())
            .or_default()[column] += 1;
    }
    let mut table = String::from("| listed disagreements | strict | tolerant |\n|---|---:|---:|\n");
    for (cause, [strict, tolerant]) in causes {
        writeln!(table, "| {cause} | {strict} | {tolerant} |").unwrap();
    }
    table
}

fn readme_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")
}

/// Checks `tests/README.md` against `counts`, the rows of the compiled services; or
/// rewrites it.
pub fn check(counts: &BTreeMap<(String, String), Counts>) {
    let path = readme_path();
    let readme = std::fs::read_to_string(&path).expect("tests/README.md is readable");
    let (before, rest) = readme
        .split_once(START)
        .expect("tests/README.md has the sweep table");
    let (section, after) = rest.split_once(END).expect("the sweep table ends");
    let mut rows: BTreeMap<(String, String), String> = BTreeMap::new();
    for line in section.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() == 10
            && !line.starts_with(TOTAL)
            && cells[1] != "service"
            && !cells[1].starts_with('-')
        {
            rows.insert((cells[1].to_owned(), cells[2].to_owned()), line.to_owned());
        }
    }
    let bless = std::env::var_os("TENCENT_ACTION_BLESS").is_some();
    let mut problems = Vec::new();
    for (key, counts) in counts {
        let expected = row(key, counts);
        match rows.get(key) {
            Some(line) if *line == expected => {}
            _ if bless => {
                rows.insert(key.clone(), expected);
            }
            Some(line) => {
                problems.push(format!("the row is\n  {line}\nit should be\n  {expected}"))
            }
            None => problems.push(format!("no row for {key:?}; it should be\n  {expected}")),
        }
    }
    let versions = data_versions();
    let keys: Vec<_> = rows.keys().cloned().collect();
    if keys != versions {
        problems.push(format!(
            "the rows are of {keys:?}\nthe data has {versions:?}"
        ));
    }
    let mut total = [0usize; 6];
    for line in rows.values() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        for (sum, cell) in total.iter_mut().zip(&cells[3..9]) {
            *sum += cell
                .parse::<usize>()
                .unwrap_or_else(|_| panic!("`{cell}` in\n  {line}"));
        }
    }
    let total = row(
        &("**all**".to_owned(), format!("{} versions", rows.len())),
        &total,
    );
    let mut table = String::from(HEADER);
    for line in rows.values() {
        writeln!(table, "{line}").unwrap();
    }
    writeln!(table, "{total}\n\n{}", causes_table()).unwrap();
    let table = format!("\n{table}");
    if bless {
        std::fs::write(&path, format!("{before}{START}{table}{END}{after}"))
            .expect("tests/README.md is writable");
        return;
    }
    if section != table {
        problems.push(format!("the table should be\n{table}"));
    }
    assert!(
        problems.is_empty(),
        "the sweep table of tests/README.md ({} compiled services; `TENCENT_ACTION_BLESS=1 tests/sweep` \
         rewrites it):\n{}",
        sdk::SERVICES.len(),
        problems.join("\n")
    );
}
