# Claimcheck: make (the CLI and the site), make serve, make test, make bench, make eval.
# Every target installs what it needs; none relies on state left by an earlier run.

GO      ?= go
BIN     := bin
export GOFLAGS := -buildvcs=false

.PHONY: all generate build site site-deps serve test vet unit eval bench fuzz clean
.PHONY: worker worker-build worker-deps e2e load browser browser-deps wasm-test ship-bench bench-browser

all: build site

# The built-in claim set is compiled in from claims/default.json: editing that file and running
# make is all it takes to change the default.
generate:
	$(GO) generate ./claims

build: generate
	$(GO) build -o $(BIN)/claimcheck ./cmd/claimcheck

# dist/: the editor site (index.html, web/ and the engine bundled, assets named by their hash,
# stale assets removed), the single file claimcheck.html, the widget claimcheck-widget.js (and
# claimcheck-widget-lite.js) and the widget's examples (docs/site.md). A missing input fails it.
site: generate site-deps
	$(GO) run ./cmd/bundle -out dist

# The HTTP API and the editor, at http://127.0.0.1:8080 (Ctrl-C stops it).
serve: build site
	$(BIN)/claimcheck serve -addr 127.0.0.1:8080

test: vet unit wasm-test eval e2e browser

vet:
	@unformatted="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "not gofmt-formatted (gofmt -w them):"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm
	$(GO) vet -tags browser ./web/...

unit:
	$(GO) test -count=1 ./...

# The engine's JavaScript binding (wasm/), compiled to WebAssembly and run under node.
wasm-test:
	PATH="$$PATH:$$($(GO) env GOROOT)/lib/wasm" GOOS=js GOARCH=wasm $(GO) test -count=1 ./wasm

# Accuracy on the evaluation corpus (fails below the required recall or on a false alarm).
eval:
	$(GO) test -count=1 -run '^Test(Eval|Probe)$$' -v ./claims

bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 2s -cpu 2,1 ./claims
	$(GO) test -run '^$$' -bench '^BenchmarkCLI1MB$$' -benchtime 2s ./cmd/claimcheck
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 2s ./api
	$(MAKE) ship-bench bench-browser load worker

# The artifacts of dist/: each file's size raw, gzipped and brotli-compressed, and the median time
# from opening claimcheck.html (file://) to its first findings in headless Chromium.
ship-bench: site browser-deps
	$(GO) run ./internal/sizes dist
	$(GO) test -count=1 -tags browser -run '^$$' -bench '^BenchmarkSingleFileFirstFindings$$' -benchtime 9x ./web

fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzCheck$$' -fuzztime 60s ./claims

clean:
	rm -rf $(BIN) dist
	rm -rf worker/build worker/node_modules worker/.wrangler

# The Cloudflare Worker: the API compiled to WebAssembly with github.com/syumai/workers' glue
# (pinned as a tool in go.mod) into worker/build/. wrangler runs this itself before it bundles.
WORKER_OUT ?= build
worker-build:
	cd worker && $(GO) tool workers-assets-gen -mode=go -o $(WORKER_OUT)
	cd worker && GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WORKER_OUT)/app.wasm .

# Wrangler and workerd, pinned by worker/package-lock.json.
worker-deps:
	cd worker && npm ci --no-audit --no-fund --loglevel=error

# Build the Worker and measure its upload as Cloudflare counts it, offline (wrangler's dry run).
# The site is its static assets: dist/ (empty until the site is built).
worker: worker-deps
	mkdir -p dist
	cd worker && WRANGLER_SEND_METRICS=false ./node_modules/.bin/wrangler deploy --dry-run --outdir .wrangler/dry-run

# The Worker end to end: built as it deploys, run by workerd from npm on 127.0.0.1, giving a
# draft the CLI's findings. Part of make test; it fails, never skips, when a tool is missing.
e2e: worker-deps
	GOOS=js GOARCH=wasm $(GO) vet ./worker
	$(GO) vet -tags e2e ./worker
	$(GO) test -count=1 -tags e2e -v -run '^TestWorkerEndToEnd$$' ./worker

# The native server under load on 127.0.0.1: a 7 KB draft for 10 s; fails on any error, below
# 5,000 checks/s or at a p99 of 20 ms or more.
load: build
	$(GO) run ./internal/loadtest -server $(BIN)/claimcheck -draft api/testdata/draft-7k.txt -duration 10s

# Debian's Chromium for the browser tests, pinned; skipped when that version is installed. Its
# chromium-common is pinned too, so that apt cannot pair it with another version.
CHROMIUM_VERSION := 156.0.8078.79-1~deb12u1
# zopfli, Debian's, pinned: the best gzip compression there is, for the engine inside the single
# file and the widget (internal/bundle/embed.go). Without it the build still works, 5% larger.
ZOPFLI_VERSION := 1.0.3-1
site-deps:
	@if command -v zopfli >/dev/null; then \
		echo "zopfli is installed"; \
	else \
		sudo=; [ "$$(id -u)" = 0 ] || sudo="sudo -n"; \
		set -x; \
		$$sudo apt-get update -q && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends zopfli=$(ZOPFLI_VERSION); \
	fi

browser-deps:
	@if [ -x /usr/bin/chromium ] && [ "$$(dpkg-query -W -f='$${Version}' chromium 2>/dev/null)" = "$(CHROMIUM_VERSION)" ]; then \
		echo "chromium $(CHROMIUM_VERSION) is installed"; \
	else \
		sudo=; [ "$$(id -u)" = 0 ] || sudo="sudo -n"; \
		set -x; \
		$$sudo apt-get update -q && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
			chromium=$(CHROMIUM_VERSION) chromium-common=$(CHROMIUM_VERSION); \
	fi

# The editor page's speed in headless Chromium (web/bench_test.go): a keystroke in a 64 KB draft
# to its highlights, navigation to the sample's first findings, the size of the assets. Figures
# only: no timing fails it.
bench-browser: browser-deps site-deps
	$(GO) test -count=1 -tags browser -run '^$$' -bench '^BenchmarkEditor' -benchtime 1x ./web/

# The editor in headless Chromium (web/*_test.go, build tag browser): the site built and served
# as claimcheck serve does. Part of make test; with CI set, a missing Chromium fails it.
browser: browser-deps site-deps
	$(GO) test -count=1 -tags browser -v ./web/...
