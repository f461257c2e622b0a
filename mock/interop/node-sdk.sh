#!/usr/bin/env bash
# Interoperability: the official Node SDK (tencentcloud-sdk-nodejs-common and the cvm
# package from npm, installed into a throwaway directory) against the mock's binary, on
# the repository's specs (every list that pages made of 30 items, `--items 30`), with the
# endpoint `127.0.0.1:PORT` as the SDK's documentation configures a custom endpoint. Needs
# only node and npm.
#
#   mock/interop/node-sdk.sh
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

npm install --prefix "$scratch/node" --no-save --no-audit --no-fund --loglevel=error \
    "tencentcloud-sdk-nodejs-common@4.1.220" "tencentcloud-sdk-nodejs-cvm@4.1.316" >/dev/null

cargo build --quiet --locked -p tencent-action-mock
key="interop-key-$RANDOM$RANDOM"
# `cargo run` finds the binary wherever CARGO_TARGET_DIR puts it, and becomes the mock
# (it execs the binary), so that $mock_pid is the mock's own process.
start_mock cargo run --quiet --locked -p tencent-action-mock -- --listen 127.0.0.1:0 \
    --specs data/tencent-api/services --secret-id AKIDINTEROP --secret-key "$key" --items 30

MOCK_ENDPOINT="$endpoint" MOCK_SECRET_ID=AKIDINTEROP MOCK_SECRET_KEY="$key" \
    NODE_PATH="$scratch/node/node_modules" node mock/interop/node_sdk.js

if grep -q "$key" "$scratch/mock-stderr"; then
    echo "the mock printed its secret key"; exit 1
fi
echo "interop: the official Node SDK works against the mock"
