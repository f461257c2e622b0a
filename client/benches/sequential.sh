#!/usr/bin/env bash
# Sequential DescribeZones calls (cvm 2017-03-12) against the mock's release binary, in one
# run: this client through the generated `cvm` crate (a multi-thread runtime as
# `#[tokio::main]` builds, then a current-thread one), the official Python SDK and the
# official Node SDK. Each caller prints the wall and CPU time of one call and the mock's
# CPU time per call over the same calls; the script prints the ratios.
#
#   client/benches/sequential.sh [ROUNDS]
#
# RUST_CALLS (20000) and SDK_CALLS (2000) set the calls per caller and round. SDK_DIR keeps
# the SDKs installed between runs (a fresh temporary directory otherwise). BASELINE=DIR
# measures, in the same run, a mock and a caller built from another commit
# (DIR/tencent-action-mock and DIR/sequential), each against its own mock, the SDKs
# beside both.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds="${1:-1}"
rust_calls="${RUST_CALLS:-20000}"
sdk_calls="${SDK_CALLS:-2000}"
scratch="$(mktemp -d)"
sdk_dir="${SDK_DIR:-$scratch/sdk}"
mock_pid=""
source mock/start-mock.sh
cleanup() {
    stop_mock
    rm -rf "$scratch"
}
trap cleanup EXIT

if [ ! -x "$sdk_dir/venv/bin/python" ]; then
    python3 -m venv "$sdk_dir/venv"
    "$sdk_dir/venv/bin/pip" install --quiet --disable-pip-version-check \
        "tencentcloud-sdk-python-common==3.1.195" "tencentcloud-sdk-python-cvm==3.1.178"
fi
if [ ! -d "$sdk_dir/node/node_modules/tencentcloud-sdk-nodejs-cvm" ]; then
    npm install --prefix "$sdk_dir/node" --no-save --no-audit --no-fund --loglevel=error \
        "tencentcloud-sdk-nodejs-common@4.1.220" "tencentcloud-sdk-nodejs-cvm@4.1.316" >/dev/null
fi

cargo build --quiet --locked --release -p tencent-action-mock
cargo build --quiet --locked --release -p tencent-action-examples --example sequential
target="${CARGO_TARGET_DIR:-target}/release"
id=AKIDSEQUENTIAL
key="sequential-key-$RANDOM$RANDOM"

# One round against the mock binary $1 with this client's caller $2, labelled $3.
round() {
    start_mock "$1" --listen 127.0.0.1:0 --specs data/tencent-api/services --secret-id "$id" \
        --secret-key "$key"
    {
        for flavor in multi current; do
            "$2" "$endpoint" "$id" "$key" "$rust_calls" "$flavor" "$mock_pid"
        done
        "$sdk_dir/venv/bin/python" client/benches/sequential.py \
            "$endpoint" "$id" "$key" "$sdk_calls" "$mock_pid"
        NODE_PATH="$sdk_dir/node/node_modules" node client/benches/sequential.js \
            "$endpoint" "$id" "$key" "$sdk_calls" "$mock_pid"
    } | python3 -c '
import json, sys
rows = [json.loads(line) for line in sys.stdin]
rust = rows[0]["wall_us"]
print("== " + sys.argv[1])
print("%-34s %12s %12s %17s %10s" % ("caller", "wall us/call", "CPU us/call", "mock CPU us/call", "wall/ours"))
for row in rows:
    values = (row["caller"], row["wall_us"], row["cpu_us"], row["mock_cpu_us"], row["wall_us"] / rust)
    print("%-34s %12.1f %12.1f %17.1f %10.2f" % values)
' "$3"
    stop_mock
}

for _ in $(seq "$rounds"); do
    if [ -n "${BASELINE:-}" ]; then
        round "$BASELINE/tencent-action-mock" "$BASELINE/sequential" "baseline ($BASELINE)"
    fi
    round "$target/tencent-action-mock" "$target/examples/sequential" "this tree"
done
