// Command claimcheck checks news drafts against a claim set (a newsroom's fact sheet).
//
//	claimcheck [check] [flags] [FILE|-]...
//	claimcheck serve [-addr HOST:PORT] [-max-body BYTES] [-cors-origin ORIGIN]... [-site DIR]
//
// check reads each FILE (standard input when there is none, or for "-"), prints every
// contradiction as file:line:col: severity: message, or the whole report as JSON with -format
// json, and exits 0 when no finding is an error, 1 when one is, and 2 on bad usage, an
// unreadable or invalid input, or a bad claim set.
//
// serve serves the HTTP API (docs/api.md) and the built site until SIGINT or SIGTERM.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "serve" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		os.Exit(serveMain(ctx, os.Args[2:], os.Stdout, os.Stderr))
	}
	// A check is one burst of allocation that stays live until the end (a draft's tokens,
	// mentions and findings, in buffers sized once): collecting it as often as a long-running
	// server would costs a 1 MiB draft a tenth of its time, in the collector and in fresh
	// memory. GOGC, when set, still decides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
