package claims

// Golden files: each testdata/golden/NAME.txt is checked (against the claim set in
// testdata/eval/council for drafts named council-*, else the default set) and rendered with
// its findings inline, as an editor would mark up a proof:
//
//	[25|error count: want 26]       a contradiction, with its severity, kind and expected value
//	[Gomez Martinez|warning name: want Gómez Martínez]
//	[26|ok]                         a mention the claim set confirms
//	[4,000|unchecked]               a checkable mention no claim covers
//
// `go test ./claims -run Golden -update` rewrites NAME.golden; review the diff before committing.

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// markup renders text with its findings inline. Findings that share a span are joined.
func markup(text string, fs []Finding) string {
	var sb strings.Builder
	pos := 0
	for i := 0; i < len(fs); {
		f := fs[i]
		if f.Start < pos {
			i++
			continue // overlaps a span already written
		}
		sb.WriteString(text[pos:f.Start])
		var notes []string
		j := i
		for ; j < len(fs) && fs[j].Start == f.Start && fs[j].End == f.End; j++ {
			notes = append(notes, note(fs[j]))
		}
		sb.WriteString("[" + f.Text + "|" + strings.Join(notes, "; ") + "]")
		pos, i = f.End, j
	}
	sb.WriteString(text[pos:])
	return sb.String()
}

func note(f Finding) string {
	switch f.Verdict {
	case Supports:
		return "ok"
	case Unknown:
		return "unchecked"
	}
	s := string(f.Severity) + " " + string(f.Kind)
	if f.Expected != "" {
		s += ": want " + f.Expected
	}
	return s
}

func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden drafts: %v", err)
	}
	council, err := os.ReadFile("testdata/eval/council/claimset.json")
	if err != nil {
		t.Fatal(err)
	}
	councilSet, err := Load("council", council)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			set := Default()
			if strings.HasPrefix(name, "council-") {
				set = councilSet
			}
			text := string(data)
			rep := Check(set, text, Options{})
			checkInvariants(t, text, rep)
			got := markup(text, rep.Findings)
			golden := strings.TrimSuffix(p, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./claims -run Golden -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", golden, diff)
			}
		})
	}
}
