// Command bundle builds the editor's site into a directory (dist/ by default): index.html and,
// under assets/, the engine (WebAssembly), the script and the style, each named by a hash of its
// content, and beside it the single file claimcheck.html, the widget claimcheck-widget.js (and
// claimcheck-widget-lite.js) and the widget's examples. It removes the assets of earlier builds. Run it from the project's directory:
//
//	go run ./cmd/bundle -out dist
//
// What it builds and the rules the sources must follow are in the package
// github.com/claimcheck/claimcheck/internal/bundle and in docs/site.md.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/claimcheck/claimcheck/internal/bundle"
)

func main() {
	out := flag.String("out", "dist", "the output directory")
	root := flag.String("root", ".", "the project's directory (index.html, web/, wasm/)")
	quiet := flag.Bool("q", false, "print nothing but errors")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: bundle [-out DIR] [-root DIR] [-q]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	files, removed, err := bundle.Build(bundle.Config{Root: *root}, *out)
	if err != nil {
		fmt.Fprintf(os.Stderr, "bundle: %v\n", err)
		os.Exit(1)
	}
	if *quiet {
		return
	}
	for _, f := range files {
		fmt.Printf("%-48s %9d bytes\n", filepath.Join(*out, filepath.FromSlash(f.Name)), len(f.Data))
	}
	if len(removed) > 0 {
		fmt.Printf("removed %d stale asset(s)\n", len(removed))
	}
	fmt.Printf("built in %.1fs\n", time.Since(start).Seconds())
}
