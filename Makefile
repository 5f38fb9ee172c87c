# Factlens: every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO ?= cargo
EVAL ?= ../shared/eval
SAMPLE ?= tests/fixtures/sample_article.txt
SAMPLE_DATE ?= 2025-03-14
FACTLENS := target/cli/factlens

.PHONY: help test fmt-check clippy unit wasm-check wasm-test browser-test demo demo-cli bench bench-web eval cli screenshot size-core fn-sizes build dist size real-pages bookmarklet

help:
	@echo "make test    format check, clippy -D warnings, every Rust test, the binding's tests and"
	@echo "             the widget's browser tests in headless Chromium (needs chromium, chromedriver,"
	@echo "             wasm-bindgen-cli $(WASM_BINDGEN_VERSION), node; .ci/run installs them)"
	@echo "make demo    build the widget and serve www/ on http://$(DEMO_HOST):$(DEMO_PORT)/"
	@echo "make demo-cli  analyse the sample article and print it with its figures marked"
	@echo "make build   the browser build: www/pkg/ (wasm-bindgen --target web)"
	@echo "make dist    www/factlens.min.js: the lens in one minified module (esbuild)"
	@echo "make size    what a page downloads: wasm + JS shell, raw and gzip -9"
	@echo "make bookmarklet [BASE=https://host/factlens/]  the javascript: URL for www/ hosted at BASE"
	@echo "             (build/bookmarklet.txt; www/bookmarklet.html makes it for wherever it is served)"
	@echo "make real-pages  the bookmarklet on the 210 saved news pages of $(EVAL)/html (part of make test)"
	@echo "make bench-web  module load to painted highlights on the demo, headless Chromium"
	@echo "make eval    score every evaluation on ../shared/eval and print one table"
	@echo "make bench   criterion: analyze on 3 KB / 100 KB / 1 MB of real news text (MB/s)"
	@echo "make size-core  what the core adds to a wasm32 build (raw and gzip -9)"
	@echo "make fn-sizes   the largest functions of the wasm build, by name (the browser tests keep"
	@echo "             them under a limit: a big hot function is slow to optimise at start-up)"

test: fmt-check clippy unit wasm-check wasm-test browser-test

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --all-targets -- -D warnings

unit:
	$(CARGO) test

# The core must build for the browser with no wasm-specific code in it.
wasm-check:
	$(CARGO) build --lib --target wasm32-unknown-unknown --quiet

# The browser build: www/pkg/ (generated, git-ignored) from the release wasm,
# by the wasm-bindgen-cli pinned in Cargo.lock. No wasm-opt: measured, npm
# binaryen's -Oz/-Os make the gzipped module 1% larger (README, "Size"), and
# Debian's binaryen corrupts wasm-bindgen output.
WASM := target/wasm32-unknown-unknown/release/factlens.wasm
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/,""); print}' Cargo.lock)
build:
	@v=$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}'); \
	  if [ "$$v" != "$(WASM_BINDGEN_VERSION)" ]; then \
	    echo "wasm-bindgen $(WASM_BINDGEN_VERSION) is needed (Cargo.lock), found '$$v':"; \
	    echo "  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)"; exit 1; fi
	$(CARGO) build --lib --release --target wasm32-unknown-unknown --quiet
	wasm-bindgen --target web --out-dir www/pkg --remove-name-section --remove-producers-section $(WASM)

# The binding's own tests (src/wasm.rs) in headless Chromium: offsets as
# JavaScript sees them, errors as JS Errors (.cargo/config.toml, webdriver.json).
wasm-test:
	$(CARGO) test --lib --target wasm32-unknown-unknown

tests/browser/node_modules/.package-lock.json: tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund

# Playwright (playwright-core) driving Debian's Chromium on the demo pages,
# and on the saved news pages of $(EVAL)/html (real-pages.test.mjs).
browser-test: dist
	cd tests/browser && FACTLENS_EVAL=$(abspath $(EVAL)) node --test --test-concurrency=1 --test-reporter=spec *.test.mjs

# Only the real-page suite: summary table on stdout, per-page rows in
# build/real-pages/rows.jsonl.
real-pages: dist
	FACTLENS_EVAL=$(abspath $(EVAL)) node tests/browser/real-pages.mjs --quiet

# The bookmarklet for www/ hosted at BASE (default: the `make demo` address).
BASE ?= http://$(DEMO_HOST):$(DEMO_PORT)/
bookmarklet: tests/browser/node_modules/.package-lock.json
	@node tools/bookmarklet.mjs $(BASE)

# The production file: every module of the lens and the wasm-bindgen glue in
# one minified ES module, www/factlens.min.js (generated, git-ignored; esbuild
# from tests/browser's devDependencies). It loads pkg/ from beside itself.
ESBUILD := tests/browser/node_modules/.bin/esbuild
dist: build tests/browser/node_modules/.package-lock.json
	$(ESBUILD) www/factlens.js --bundle --minify --format=esm --target=es2022 \
	  --legal-comments=none --log-level=warning --outfile=www/factlens.min.js

# What a page that embeds the lens downloads (README, "Size").
SHELL_JS := $(filter-out www/paste.js www/bench.js www/factlens.min.js,$(wildcard www/*.js))
size: dist
	@echo "Shipped (www/factlens.min.js + the wasm):"
	@tools/size.sh www/pkg/factlens_bg.wasm www/factlens.min.js
	@echo
	@echo "For reference, the unbundled modules (what the demo serves):"
	@tools/size.sh www/pkg/factlens_bg.wasm www/pkg/factlens.js $(SHELL_JS)

bench-web: build tests/browser/node_modules/.package-lock.json
	node tests/browser/bench.mjs

cli:
	$(CARGO) build --profile cli --quiet

DEMO_HOST ?= 127.0.0.1
DEMO_PORT ?= 8000
demo: build
	@node tools/serve.mjs --root www --host $(DEMO_HOST) --port $(DEMO_PORT)

demo-cli: cli
	$(FACTLENS) analyze $(SAMPLE) --format text --date $(SAMPLE_DATE)

eval: cli
	@$(FACTLENS) eval figures $(EVAL)/numbers/recognizers_text_en.jsonl
	@$(FACTLENS) eval attributions $(EVAL)/quotes/polnear_dev_test.jsonl --split dev
	@$(FACTLENS) eval claims $(EVAL)/claims/clef2019_task1_checkworthiness.jsonl --split test
	@$(FACTLENS) eval claims $(EVAL)/claims/claimbuster_2.5xncs.jsonl --folds 5

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
fn-sizes: build
	@node tools/wasm-functions.mjs target/wasm32-unknown-unknown/release/factlens.wasm --top 15

size-core:
	$(CARGO) build --release --example size_probe --target wasm32-unknown-unknown --quiet
	@f=target/wasm32-unknown-unknown/release/examples/size_probe.wasm; \
	  echo "core wasm: $$(stat -c%s $$f) bytes raw, $$(gzip -9c $$f | wc -c) bytes gzip -9"

# Retrain the check-worthiness model (src/claims/model.bin) from ClaimBuster
# in $(EVAL)/claims; byte-identical on every run. Rebuild afterwards.
.PHONY: train-claims
train-claims: cli
	$(FACTLENS) train claims --data $(EVAL)/claims --out src/claims/model.bin
