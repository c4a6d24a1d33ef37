# Claimcheck: make (build), make serve, make test, make bench, make eval.
# Every target installs what it needs; none relies on state left by an earlier run.

GO      ?= go
BIN     := bin
export GOFLAGS := -buildvcs=false

.PHONY: all build serve test vet unit eval bench fuzz clean

all: build

build:
	$(GO) build -o $(BIN)/claimcheck ./cmd/claimcheck

# Until the editor page lands, serve checks the sample draft with the CLI.
serve: build
	-$(BIN)/claimcheck claims/testdata/sample-draft.txt

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
	$(GO) test -run '^$$' -bench '^BenchmarkCLI1MB$$' -benchtime 2s ./cmd/claimcheck

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzCheck -fuzztime 60s ./claims

clean:
	rm -rf $(BIN) dist
