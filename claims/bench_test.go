package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// benchDraft builds a draft of about n bytes from the evaluation drafts, cut at a paragraph.
func benchDraft(tb testing.TB, n int) string {
	paths, _ := filepath.Glob("testdata/eval/mx/drafts/*.txt")
	if len(paths) == 0 {
		tb.Fatal("no drafts in testdata/eval/mx/drafts")
	}
	var parts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		parts = append(parts, string(b))
	}
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(parts[i%len(parts)])
		sb.WriteString("\n\n")
	}
	s := sb.String()
	if cut := strings.LastIndex(s[:n], "\n\n"); cut > n/2 {
		return s[:cut]
	}
	return s[:n]
}

func benchmarkCheck(b *testing.B, size int) {
	text := benchDraft(b, size)
	set := Default()
	c := NewChecker(set)
	c.Check(text, Options{}) // warm the buffers
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.Check(text, Options{})
	}
}

// featureDraft is a long feature written at the density of published news copy, a checkable
// fact in about 120 bytes, repeated to about n bytes. The evaluation drafts, from which
// benchDraft builds the other benchmarks' drafts, hold one in 43: they were written to carry
// mutations, and are the engine's worst case.
func featureDraft(tb testing.TB, n int) string {
	b, err := os.ReadFile("testdata/bench/feature.txt")
	if err != nil {
		tb.Fatal(err)
	}
	s := strings.Repeat(string(b)+"\n\n", n/(len(b)+2)+1)
	if cut := strings.LastIndex(s[:n], "\n\n"); cut > n/2 {
		return s[:cut]
	}
	return s[:n]
}

func BenchmarkCheckFeature7KB(b *testing.B)  { benchmarkFeature(b, 7<<10, 1) }
func BenchmarkCheckFeature64KB(b *testing.B) { benchmarkFeature(b, 64<<10, 1) }
func BenchmarkCheckFeature1MB(b *testing.B)  { benchmarkFeature(b, 1<<20, 1) }

// BenchmarkCheckFeatureSixteen64KB checks sixteen 64 KB drafts of news copy: 1 MB of it costs
// about as much, or less.
func BenchmarkCheckFeatureSixteen64KB(b *testing.B) { benchmarkFeature(b, 64<<10, 16) }

func benchmarkFeature(b *testing.B, size, times int) {
	text := featureDraft(b, size)
	c := NewChecker(Default())
	c.Check(text, Options{})
	b.SetBytes(int64(times * len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range times {
			c.Check(text, Options{})
		}
	}
}

// The feature is correct copy: nothing in it may be an error, and its warnings are counted.
func TestFeatureDraft(t *testing.T) {
	b, err := os.ReadFile("testdata/bench/feature.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	counts := map[Severity]int{}
	facts := 0
	for _, f := range Check(Default(), text, Options{}).Findings {
		if f.Verdict == Contradicts {
			counts[f.Severity]++
			t.Logf("%s at %d: %s", f.Severity, f.Start, f.Message)
		}
		if f.Verdict == Supports {
			facts++
		}
	}
	if diff := cmp.Diff(map[Severity]int{}, counts); diff != "" {
		t.Errorf("contradictions in the feature draft (-want +got):\n%s", diff)
	}
	// Published copy holds a checkable fact in 100 to 200 bytes; the benchmark says so.
	if per := len(text) / max(facts, 1); per < 100 || per > 200 {
		t.Errorf("a fact the engine confirms in every %d bytes; the feature is meant to be as dense as published copy", per)
	}
}

func BenchmarkCheck7KB(b *testing.B)  { benchmarkCheck(b, 7<<10) }
func BenchmarkCheck64KB(b *testing.B) { benchmarkCheck(b, 64<<10) }
func BenchmarkCheck1MB(b *testing.B)  { benchmarkCheck(b, 1<<20) }

// BenchmarkCheckSixteen64KB checks sixteen 64 KB drafts, the same bytes as one 1 MB draft, to
// show that cost is linear in size.
func BenchmarkCheckSixteen64KB(b *testing.B) {
	text := benchDraft(b, 64<<10)
	c := NewChecker(Default())
	b.SetBytes(int64(16 * len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range 16 {
			c.Check(text, Options{})
		}
	}
}

// A pasted table with no full stop is one long sentence: its cost must stay linear too, the
// 512 KB one about eight times the 64 KB one. Both run on one processor (a sentence is never
// split across the pipeline's two).
func BenchmarkCheckOneSentence64KB(b *testing.B)  { benchmarkOneSentence(b, sentenceTable, 64<<10) }
func BenchmarkCheckOneSentence512KB(b *testing.B) { benchmarkOneSentence(b, sentenceTable, 512<<10) }

// A pasted table of countries' rates is one long sentence full of parties (party.go): each
// number reads only the parties near it.
func BenchmarkCheckPartyTable64KB(b *testing.B)  { benchmarkOneSentence(b, partyTable, 64<<10) }
func BenchmarkCheckPartyTable512KB(b *testing.B) { benchmarkOneSentence(b, partyTable, 512<<10) }

const (
	sentenceTable = "29 in February and 26 in August, 55 in all "
	partyTable    = "Canada 35% on Aug. 1, Brazil 50%, Mexico 25% since March "
)

func benchmarkOneSentence(b *testing.B, row string, size int) {
	text := strings.Repeat(row, size/len(row))
	c := NewChecker(Default())
	c.sequential = true
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		c.Check(text, Options{})
	}
}
