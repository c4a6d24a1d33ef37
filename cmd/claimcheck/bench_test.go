package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bigDraft writes a draft of at least n bytes, the evaluation drafts of the built-in story
// repeated, and returns its path and size.
func bigDraft(b *testing.B, n int) (string, int) {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "claims", "testdata", "eval", "mx", "drafts", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no drafts in claims/testdata/eval/mx/drafts (%v)", err)
	}
	var sb strings.Builder
	for sb.Len() < n {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	path := filepath.Join(b.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path, sb.Len()
}

// BenchmarkCLI1MB measures what a user waits for: the built binary started on a 1 MiB draft,
// from exec to exit, start-up, reading, checking and printing included (the output is
// discarded). ms/file is the same wall time per run in milliseconds.
func BenchmarkCLI1MB(b *testing.B) {
	bin := binary(b)
	path, size := bigDraft(b, 1<<20)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, path)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Run(); err != nil {
			// Exit status 1 only says that the draft holds an error-severity finding.
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 1 {
				b.Fatalf("claimcheck %s: %v", path, err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/file")
}
