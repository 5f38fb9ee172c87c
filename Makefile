# Factlens: every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO ?= cargo
EVAL ?= ../shared/eval
SAMPLE ?= tests/fixtures/sample_article.txt
SAMPLE_DATE ?= 2025-03-14
FACTLENS := target/cli/factlens

.PHONY: help test fmt-check clippy unit wasm-check demo bench eval cli screenshot size-core

help:
	@echo "make test    format check, clippy -D warnings, every test, the wasm32 build of the core"
	@echo "make demo    analyse the sample article and print it with its figures marked"
	@echo "make eval    score every evaluation on ../shared/eval and print one table"
	@echo "make bench   criterion: analyze on 3 KB / 100 KB / 1 MB of real news text (MB/s)"
	@echo "make size-core  what the core adds to a wasm32 build (raw and gzip -9)"

test: fmt-check clippy unit wasm-check

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --all-targets -- -D warnings

unit:
	$(CARGO) test

# The core must build for the browser with no wasm-specific code in it.
wasm-check:
	$(CARGO) build --lib --target wasm32-unknown-unknown --quiet

cli:
	$(CARGO) build --profile cli --quiet

demo: cli
	$(FACTLENS) analyze $(SAMPLE) --format text --date $(SAMPLE_DATE)

eval: cli
	@$(FACTLENS) eval figures $(EVAL)/numbers/recognizers_text_en.jsonl

bench:
	$(CARGO) bench --bench analyze

# The README's terminal screenshot of `make demo` (needs Debian's chromium).
screenshot: cli
	mkdir -p build docs
	$(FACTLENS) analyze $(SAMPLE) --format text --color always --date $(SAMPLE_DATE) | python3 tools/ansi2html.py > build/demo.html
	chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
	  --disable-component-update --disable-sync --no-first-run --user-data-dir=$$(mktemp -d) \
	  --hide-scrollbars --window-size=1144,830 --screenshot=$(CURDIR)/docs/demo-terminal.png file://$(CURDIR)/build/demo.html

# What the core adds to a WebAssembly build, gzip -9 (name section included;
# wasm-bindgen --remove-name-section takes it out in the real build).
size-core:
	$(CARGO) build --release --example size_probe --target wasm32-unknown-unknown --quiet
	@f=target/wasm32-unknown-unknown/release/examples/size_probe.wasm; \
	  echo "core wasm: $$(stat -c%s $$f) bytes raw, $$(gzip -9c $$f | wc -c) bytes gzip -9"
