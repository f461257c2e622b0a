#!/usr/bin/env bash
# Compile time of `#[tencent_action]` against plain `#[derive(Serialize, Deserialize)]`.
#
#   bash benches/compile-time.sh [REPETITIONS] > benches/results/compile-time.md
#
# Generates the same 400 action structs (about 10 fields each: strings, integers, floats,
# bools, Options, Vecs, nested structs, Vecs of them) twice, once with the attribute and
# once with the plain derives, in two throwaway crates of a workspace in a temporary
# folder, path-depending on this repository's runtime. The dependencies are built first;
# then each repetition touches one crate and rebuilds it, alternating between the two,
# and the median of each is compared. When the code generator (package
# tencent-action-codegen) is in the repository, its module for cvm is measured the same
# way against itself with the attribute replaced by the plain derives.
#
# Times are CPU seconds (user + system) of the whole `cargo build`, which a busy machine
# inflates less than wall-clock time; wall-clock medians are printed beside them.
# CARGO_TARGET_DIR, if set, is used for building the code generator only.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
repetitions="${1:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- the crates ------------------------------------------------------------------------
mkdir -p "$work/attr/src" "$work/derive/src"
cat > "$work/Cargo.toml" <<EOF
[workspace]
members = ["attr", "derive"]
resolver = "3"

[workspace.dependencies]
tencent-action = { path = "$repo/runtime" }
serde = { version = "1.0.229", features = ["derive"] }
EOF
for crate in attr derive; do
    cat > "$work/$crate/Cargo.toml" <<EOF
[package]
name = "compile-time-$crate"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
tencent-action.workspace = true
serde.workspace = true
EOF
done
# The repository's lock file, so that the dependencies are the versions it builds with.
cp "$repo/Cargo.lock" "$work/Cargo.lock"

python3 - "$work" <<'EOF'
import sys
from pathlib import Path

work = Path(sys.argv[1])
ACTIONS, NESTED = 400, 40

def nested(i):
    # The data structures the actions refer to: the same in both crates.
    return f"""
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Nested{i} {{
    pub id: String,
    pub name: Option<String>,
    pub size: i64,
    pub tags: Vec<String>,
}}
"""

FIELDS = [
    "pub total_count: i64",
    "pub instance_id: String",
    "pub description: Option<String>",
    "pub ratio: f64",
    "pub enabled: bool",
    "pub created_time: Option<String>",
    "pub names: Vec<String>",
    "pub limit: Option<u64>",
    "pub placement: Nested{a}",
    "pub items: Vec<Nested{b}>",
]

def action(i, attribute):
    fields = ",\n    ".join(f.format(a=i % NESTED, b=(i * 7 + 3) % NESTED) for f in FIELDS)
    return f"""
{attribute}
pub struct Action{i} {{
    {fields},
}}
"""

ATTR = '#[tencent_action::tencent_action(service = "cvm", version = "2017-03-12")]'
DERIVE = '#[derive(serde::Serialize, serde::Deserialize)]\n#[serde(rename_all = "PascalCase")]'
for crate, attribute in (("attr", ATTR), ("derive", DERIVE)):
    source = ["//! Generated for the compile-time measurement.", "#![allow(missing_docs, dead_code)]"]
    source += [nested(i) for i in range(NESTED)]
    source += [action(i, attribute) for i in range(ACTIONS)]
    (work / crate / "src" / "lib.rs").write_text("\n".join(source))
EOF

# --- the code generator's cvm module, if there is a code generator -----------------------
codegen=""
if [ -f "$repo/codegen/Cargo.toml" ] &&
    (cd "$repo" && cargo run -q -p tencent-action-codegen -- \
        data/tencent-api/services/cvm/v20170312/api.json -o "$work/cvm.rs") >&2; then
    codegen="cvm"
    mkdir -p "$work/cvm-attr/src" "$work/cvm-derive/src"
    sed -i 's/members = \["attr", "derive"\]/members = ["attr", "derive", "cvm-attr", "cvm-derive"]/' "$work/Cargo.toml"
    for crate in cvm-attr cvm-derive; do
        sed "s/compile-time-attr/compile-time-$crate/" "$work/attr/Cargo.toml" > "$work/$crate/Cargo.toml"
    done
    python3 - "$work" <<'EOF'
import re
import sys
from pathlib import Path

work = Path(sys.argv[1])
source = (work / "cvm.rs").read_text()
header = "#![allow(missing_docs, dead_code, deprecated)]\n"
(work / "cvm-attr" / "src" / "lib.rs").write_text(header + source)

# The same module with every `#[tencent_action::tencent_action(...)]` replaced by the plain
# derives: the attribute's arguments are skipped by matching parentheses outside strings.
DERIVE = '#[derive(serde::Serialize, serde::Deserialize)]\n#[serde(rename_all = "PascalCase")]'
out, at = [], 0
start = re.compile(r"#\[\s*(?:::)?tencent_action::tencent_action\s*\(")
while (match := start.search(source, at)) is not None:
    out.append(source[at:match.start()])
    depth, i, in_string = 1, match.end(), False
    while depth:
        c = source[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1
    assert source[i] == "]", source[match.start():i + 1]
    out.append(DERIVE)
    at = i + 1
out.append(source[at:])
stripped = "".join(out)
# What only the attribute defines (the `...Response` aliases, the `...ErrorCode` types and
# the `Action` impls) cannot be referred to any more: the items that name it, each
# request's `impl tencent_action::Request` (its `Action`), are dropped.
stripped = re.sub(r"impl tencent_action::Request for \w+ \{[^{}]*\}\n", "", stripped)
(work / "cvm-derive" / "src" / "lib.rs").write_text(header + stripped)
EOF
fi

# --- building ---------------------------------------------------------------------------
export CARGO_TARGET_DIR="$work/target"
export CARGO_TERM_COLOR=never
crates=(attr derive)
[ -n "$codegen" ] && crates+=(cvm-attr cvm-derive)
# Dependencies and a first build of every crate, untimed.
(cd "$work" && cargo build -q --workspace) >&2

# One timed rebuild of one crate: "cpu wall" in seconds.
rebuild() {
    touch "$work/$1/src/lib.rs"
    /usr/bin/time -f "%U %S %e" -o "$work/time" \
        cargo build -q --manifest-path "$work/$1/Cargo.toml" >&2
    awk '{ printf "%.2f %.2f\n", $1 + $2, $3 }' "$work/time"
}

declare -A cpu wall
for ((r = 1; r <= repetitions; r++)); do
    for crate in "${crates[@]}"; do
        read -r c w < <(rebuild "$crate")
        cpu[$crate]+="$c "
        wall[$crate]+="$w "
        echo "repetition $r: $crate ${c}s cpu, ${w}s wall" >&2
    done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

lines() { wc -l < "$work/$1/src/lib.rs"; }
row() {
    local label="$1" attr="$2" derive="$3"
    local ca cd wa wd
    ca=$(echo "${cpu[$attr]}" | median); cd=$(echo "${cpu[$derive]}" | median)
    wa=$(echo "${wall[$attr]}" | median); wd=$(echo "${wall[$derive]}" | median)
    echo "| $label | $(lines "$attr") | ${ca} s | ${cd} s | **$(ratio "$ca" "$cd")** | ${wa} s | ${wd} s | $(ratio "$wa" "$wd") |"
}

echo "# Compile time: \`#[tencent_action]\` against plain derives"
echo
echo "Produced by \`benches/compile-time.sh\`: a debug \`cargo build\` of one crate after"
echo "\`touch\`, dependencies prebuilt, $repetitions repetitions alternating between the two"
echo "crates; medians. CPU is user + system seconds of the whole build, wall is elapsed."
echo "rustc $(rustc --version | cut -d' ' -f2), $(nproc) cores."
echo
echo "| module | lines | CPU, attribute | CPU, plain derive | ratio | wall, attribute | wall, plain derive | ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
row "400 synthetic action structs, 10 fields each, 40 nested structs" attr derive
if [ -n "$codegen" ]; then
    row "the code generator's cvm module" cvm-attr cvm-derive
else
    echo
    echo "The code generator (package tencent-action-codegen) was not in the repository, so"
    echo "only the synthetic module was measured."
fi
