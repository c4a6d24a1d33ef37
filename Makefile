# Claimcheck: make (build), make serve, make test, make bench, make eval.
# Every target installs what it needs; none relies on state left by an earlier run.

GO      ?= go
BIN     := bin
export GOFLAGS := -buildvcs=false

.PHONY: all build serve test vet unit eval bench fuzz clean

all: build

build:
	$(GO) build -o $(BIN)/claimcheck ./cmd/claimcheck

# The HTTP API and, once dist/ is built, the site, at http://127.0.0.1:8080 (Ctrl-C stops it).
serve: build
	$(BIN)/claimcheck serve -addr 127.0.0.1:8080

test: vet unit eval

vet:
	$(GO) vet ./...

unit:
	$(GO) test -count=1 ./...

# Accuracy on the evaluation corpus (fails below the required recall or on a false alarm).
eval:
	$(GO) test -count=1 -run '^TestEval$$' -v ./claims

bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 2s ./claims

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzCheck -fuzztime 60s ./claims

clean:
	rm -rf $(BIN) dist
