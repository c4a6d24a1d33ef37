// Command sizes prints the size of every artifact of a built dist/ directory as it is, gzipped
// (level 9, as most servers and CDNs send it) and brotli-compressed (quality 11), and checks the
// budgets of the files meant to be used alone. make bench runs it:
//
//	go run ./internal/sizes dist
//
// Brotli comes from github.com/andybalholm/brotli (pinned in go.mod), used by this tool only: Go's
// standard library has no brotli, and this keeps the measure in Go with no system package.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/andybalholm/brotli"

	"github.com/claimcheck/claimcheck/internal/bundle"
)

func main() {
	dir := "dist"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && !strings.HasPrefix(d.Name(), ".") {
			rel, _ := filepath.Rel(dir, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "sizes:", err)
		os.Exit(1)
	}
	slices.Sort(names)
	fmt.Printf("%-40s %12s %12s %12s  %s\n", "file", "raw", "gzip -9", "brotli 11", "budget (raw)")
	over := false
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(n)))
		if err != nil {
			fmt.Fprintln(os.Stderr, "sizes:", err)
			os.Exit(1)
		}
		note := ""
		if b, ok := bundle.Budgets[n]; ok {
			if len(data) > b {
				note = fmt.Sprintf("%d: over by %d", b, len(data)-b)
				over = true
			} else {
				note = fmt.Sprintf("%d: ok, %d to spare", b, b-len(data))
			}
		}
		fmt.Printf("%-40s %12d %12d %12d  %s\n", n, len(data), gzipLen(data), brotliLen(data), note)
	}
	if over {
		fmt.Println("a file is over its budget")
	}
}

func gzipLen(data []byte) int {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	w.Write(data)
	w.Close()
	return b.Len()
}

func brotliLen(data []byte) int {
	var b bytes.Buffer
	w := brotli.NewWriterLevel(&b, brotli.BestCompression)
	w.Write(data)
	w.Close()
	return b.Len()
}
