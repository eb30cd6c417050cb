# The two commands of the README, and a few helpers.
.PHONY: run test wasm-size bench fmt

## Install what is missing, then serve the demo site on SQLite at http://127.0.0.1:3000
run:
	.ci/setup
	cargo leptos build --release
	LEPTOS_SITE_ROOT=target/site ./target/release/solilab serve --demo

## Install what the tests need, then run every test (unit, SQLite, PostgreSQL, HTTP, browser)
test:
	.ci/test

## Build the release bundle and print the browser bundle's size (gzip), as in BENCHMARKS.md
wasm-size:
	.ci/setup
	.ci/wasm-size

## Booking commits/s and availability latency on both engines, as in BENCHMARKS.md
bench:
	cargo run --release -p server --example bench

fmt:
	cargo fmt --all
