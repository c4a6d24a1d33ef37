//go:build js && wasm

// Command worker serves Claimcheck's HTTP API (package api) on Cloudflare Workers, through
// github.com/syumai/workers, which turns each fetch event into a net/http request. Built with
// GOOS=js GOARCH=wasm; the site beside it is served by Workers' static assets (wrangler.toml).
//
// Configuration comes from the Worker's variables: CORS_ORIGINS (origins allowed to call the
// API from a browser, separated by spaces or commas; "*" for any) and MAX_BODY (bytes).
package main

import (
	"strconv"
	"strings"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"

	"github.com/claimcheck/claimcheck/api"
)

func main() {
	opts := api.Options{Origins: strings.FieldsFunc(cloudflare.Getenv("CORS_ORIGINS"), func(r rune) bool { return r == ',' || r == ' ' })}
	if n, err := strconv.ParseInt(cloudflare.Getenv("MAX_BODY"), 10, 64); err == nil && n > 0 {
		opts.MaxBody = n
	}
	workers.Serve(api.New(opts))
}
