# Claimcheck: make (build), make serve, make test, make bench, make eval.
# Every target installs what it needs; none relies on state left by an earlier run.

GO      ?= go
BIN     := bin
export GOFLAGS := -buildvcs=false

.PHONY: all build serve test vet unit eval bench fuzz clean
.PHONY: worker worker-build worker-deps e2e load

all: build

build:
	$(GO) build -o $(BIN)/claimcheck ./cmd/claimcheck

# The HTTP API and, once dist/ is built, the site, at http://127.0.0.1:8080 (Ctrl-C stops it).
serve: build
	$(BIN)/claimcheck serve -addr 127.0.0.1:8080

test: vet unit eval e2e

vet:
	$(GO) vet ./...

unit:
	$(GO) test -count=1 ./...

# Accuracy on the evaluation corpus (fails below the required recall or on a false alarm).
eval:
	$(GO) test -count=1 -run '^TestEval$$' -v ./claims

bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 2s ./claims
	$(GO) test -run '^$$' -bench '^BenchmarkCLI1MB$$' -benchtime 2s ./cmd/claimcheck
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 2s ./api
	$(MAKE) load worker

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
