package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A pipelined check finds exactly what a sequential one does, on drafts of every shape: the
// evaluation drafts one after another, a draft cut mid-paragraph, one long sentence, a draft
// whose sentences are a single token each.
func TestPipelineSameFindings(t *testing.T) {
	drafts := map[string]string{
		"64KB":         benchDraft(t, 64<<10),
		"1MB":          benchDraft(t, 1<<20),
		"cut":          benchDraft(t, 300<<10)[:200<<10],
		"one sentence": strings.Repeat("29 in February and 26 in August, 55 in all ", 2000),
		"short":        strings.Repeat("Twenty-six.\n\n", 6000),
		"odd bytes":    strings.ReplaceAll(benchDraft(t, 100<<10), ". ", ". Martínez 🇲🇽\xff\r\n\u2028"),
	}
	for name, text := range drafts {
		t.Run(name, func(t *testing.T) {
			c := NewChecker(Default())
			c.sequential = true
			want := c.Check(text, Options{})
			p := NewChecker(Default())
			for range 2 { // the second time with the buffers of the first
				if got := p.Check(text, Options{}); !cmp.Equal(want, got) {
					t.Fatalf("pipelined check differs (-sequential +pipelined):\n%s", cmp.Diff(want, got))
				}
			}
			if len(p.r.toks) < pipelineTokens {
				t.Fatalf("%d tokens: too few to pipeline", len(p.r.toks))
			}
		})
	}
}

// Lexing a draft in two halves gives the tokens lexing it whole does, wherever the cut falls.
func TestLexHalves(t *testing.T) {
	c := NewChecker(Default())
	lx := c.set.lex
	texts := []string{
		benchDraft(t, 200<<10),
		strings.Repeat("U.S.\nMexico's 1,000\r\n\u00a0Martínez —\n\n“26.”\n", 5000),
		strings.Repeat("a", 100<<10) + "\n" + strings.Repeat("b ", 10),
		strings.Repeat("x\u2028y\n", 30000),
	}
	for i, text := range texts {
		want := lexAppend(nil, text, lx)
		for _, at := range []int{0, 1, len(text) / 3, len(text) / 2, len(text) - 2} {
			cut := lexCut(text, at)
			if cut < 0 {
				continue
			}
			got := append(lexRange(nil, text, 0, cut, lx), lexRange(nil, text, cut, len(text), lx)...)
			if !cmp.Equal(want, got, cmp.AllowUnexported(token{})) {
				t.Errorf("text %d cut at %d: tokens differ", i, cut)
			}
		}
		if got := c.lexHalves(text); !cmp.Equal(want, got, cmp.AllowUnexported(token{})) {
			t.Errorf("text %d: lexHalves differs", i)
		}
	}
}

// On every evaluation and probe set, a draft made of all its mutated drafts one after another,
// each with one fact wrong, gets the same findings pipelined as sequentially: findings of every
// kind and verdict, contradictions that rest on each other, internal checks.
func TestPipelineMutations(t *testing.T) {
	for _, es := range append(loadEvalSets(t, "testdata/eval/*"), loadEvalSets(t, "testdata/probe/*")...) {
		t.Run(es.name, func(t *testing.T) {
			var sb strings.Builder
			for _, mu := range readMutations(t, es.dir) {
				data, err := os.ReadFile(filepath.Join(es.dir, "drafts", mu.Draft))
				if err != nil {
					t.Fatal(err)
				}
				if text, _, _, ok := mu.apply(string(data)); ok {
					sb.WriteString(text)
					sb.WriteString("\n\n")
				}
			}
			text := sb.String()
			c := NewChecker(es.set)
			c.sequential = true
			want := c.Check(text, Options{})
			p := NewChecker(es.set)
			got := p.Check(text, Options{})
			if len(p.r.toks) < pipelineTokens {
				t.Fatalf("%d tokens: too few to pipeline", len(p.r.toks))
			}
			if !cmp.Equal(want, got) {
				t.Fatalf("pipelined check differs (-sequential +pipelined):\n%s", cmp.Diff(want, got))
			}
			t.Logf("%d bytes, %d findings", len(text), len(got.Findings))
		})
	}
}

// Splitting a long draft into sentences in two halves gives the sentences splitting it whole does.
func TestSplitHalves(t *testing.T) {
	lx := Default().lex
	for i, text := range []string{
		benchDraft(t, 300<<10),
		strings.Repeat("One. Two!\n\nThree\nfour. (Five.)\n\n\n“Six.” U.S. Feb. 7\n\n", 4000),
		strings.Repeat("no blank line at all. ", 20000),
	} {
		toks := lexAppend(nil, text, lx)
		want := splitSentences(text, toks, nil)
		got, _ := splitHalves(text, toks, nil, nil)
		if !cmp.Equal(want, got, cmp.AllowUnexported(sentence{})) {
			t.Errorf("text %d: sentences differ (%d, want %d)", i, len(got), len(want))
		}
	}
}

// FuzzPipeline repeats any input into a draft long enough to be pipelined (lexing and splitting
// in halves, which need longer drafts, have tests of their own), and checks that it gets what a
// sequential check finds, whose invariants FuzzCheck checks (its drafts are too short to be
// pipelined).
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"Mexico sent 25 alleged cartel members to the United States on Tuesday, Aug. 13, 2025.\n\n",
		"MEXICO CITY, Aug. 13, 2025 — Mexico sent twenty-six prisoners north. Servando Gomez Martinez, “La Tuta”.\n",
		"29 in February and 26 in August, 55 in all; the third transfer\xff 🇲🇽 \r\n\u2028",
		"Knights Templar leader La Tuta, head of the Knights Templar cartel, was among the 26.\n\nTwenty-five (26).",
	} {
		f.Add(s)
	}
	set := Default()
	seq, pip := NewChecker(set), NewChecker(set)
	seq.sequential = true
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) == 0 || len(s) > 4096 {
			return
		}
		text := strings.Repeat(s, 30000/len(s)+1)
		want := seq.Check(text, Options{})
		got := pip.Check(text, Options{})
		if !sameReport(want, got) {
			t.Fatalf("pipelined check of %q repeated differs (-sequential +pipelined):\n%s", s, cmp.Diff(want, got))
		}
	})
}

// sameReport is cmp.Equal for reports, without reflection: fuzzing calls it often.
func sameReport(a, b Report) bool {
	if a.Reference != b.Reference || a.Dateline != b.Dateline || len(a.Findings) != len(b.Findings) {
		return false
	}
	for i := range a.Findings {
		if a.Findings[i] != b.Findings[i] {
			return false
		}
	}
	return true
}
