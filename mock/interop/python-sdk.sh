#!/usr/bin/env bash
# Interoperability: the official Python SDK (tencentcloud-sdk-python-common and the cvm
# package from PyPI, in a throwaway virtual environment) against the mock's binary, on
# the repository's specs, every list that pages made of 30 items (`--items 30`). Needs
# only python3 (with venv) and pip.
#
#   mock/interop/python-sdk.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

scratch="$(mktemp -d)"
mock_pid=""
source mock/start-mock.sh
cleanup() {
    stop_mock
    rm -rf "$scratch"
}
trap cleanup EXIT

python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet --disable-pip-version-check \
    "tencentcloud-sdk-python-common==3.1.195" "tencentcloud-sdk-python-cvm==3.1.178"

cargo build --quiet --locked -p tencent-action-mock
key="interop-key-$RANDOM$RANDOM"
# `cargo run` finds the binary wherever CARGO_TARGET_DIR puts it, and becomes the mock
# (it execs the binary), so that $mock_pid is the mock's own process.
start_mock cargo run --quiet --locked -p tencent-action-mock -- --listen 127.0.0.1:0 \
    --specs data/tencent-api/services --secret-id AKIDINTEROP --secret-key "$key" --items 30

MOCK_ENDPOINT="$endpoint" MOCK_SECRET_ID=AKIDINTEROP MOCK_SECRET_KEY="$key" \
    "$scratch/venv/bin/python" mock/interop/python_sdk.py

if grep -q "$key" "$scratch/mock-stderr"; then
    echo "the mock printed its secret key"; exit 1
fi
echo "interop: the official Python SDK works against the mock"
