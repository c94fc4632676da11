#!/usr/bin/env bash
# The test command: every test of the crate, with the committed Cargo.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --locked "$@"
