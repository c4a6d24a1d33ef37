package claims

// Invariants of Check for any input, computed independently of the engine's own offset code
// (finding.go): UTF-16 offsets come from unicode/utf16 over the []rune conversion of the prefix,
// which, like the engine documents, turns each invalid UTF-8 byte into one U+FFFD (one UTF-16
// unit). FuzzCheck (fuzz_test.go) fuzzes the text against the default set; FuzzCheckOptions also
// fuzzes the claim set and the reference date, and checks that a reused Checker answers as a
// fresh one does.

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
)

// u16 is the UTF-16 length of s, as a browser holds the decoded text.
func u16(s string) int { return len(utf16.Encode([]rune(s))) }

// assertReport checks every invariant a report must hold for text.
func assertReport(t *testing.T, text string, rep Report) {
	t.Helper()
	kinds := map[Kind]bool{KindCount: true, KindDate: true, KindWeekday: true, KindYear: true, KindPercent: true,
		KindDuration: true, KindOrdinal: true, KindMoney: true, KindName: true, KindOffice: true,
		KindAttribution: true, KindInternal: true}
	for i, f := range rep.Findings {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			t.Fatalf("finding %d of %q: span [%d,%d) outside a text of %d bytes", i, text, f.Start, f.End, len(text))
		}
		if i > 0 && f.Start < rep.Findings[i-1].Start {
			t.Fatalf("finding %d of %q: start %d before the previous one's %d", i, text, f.Start, rep.Findings[i-1].Start)
		}
		if f.Text != text[f.Start:f.End] {
			t.Fatalf("finding %d of %q: Text %q, want text[%d:%d] = %q", i, text, f.Text, f.Start, f.End, text[f.Start:f.End])
		}
		if want := u16(text[:f.Start]); f.Start16 != want {
			t.Fatalf("finding %d of %q: Start16 %d, want %d", i, text, f.Start16, want)
		}
		if want := u16(text[:f.End]); f.End16 != want {
			t.Fatalf("finding %d of %q: End16 %d, want %d", i, text, f.End16, want)
		}
		if f.End16-f.Start16 != u16(f.Text) {
			t.Fatalf("finding %d of %q: %d UTF-16 units for %q, want %d", i, text, f.End16-f.Start16, f.Text, u16(f.Text))
		}
		lineStart := strings.LastIndexByte(text[:f.Start], '\n') + 1
		if line := 1 + strings.Count(text[:f.Start], "\n"); f.Line != line || f.Column != f.Start-lineStart+1 {
			t.Fatalf("finding %d of %q: at %d:%d, want %d:%d", i, text, f.Line, f.Column, line, f.Start-lineStart+1)
		}
		if !kinds[f.Kind] {
			t.Fatalf("finding %d of %q: unknown kind %q", i, text, f.Kind)
		}
		switch f.Verdict {
		case Supports, Unknown:
			if f.Severity != SevInfo {
				t.Fatalf("finding %d of %q: %s with severity %s, want info", i, text, f.Verdict, f.Severity)
			}
		case Contradicts:
			if f.Severity != SevError && f.Severity != SevWarning {
				t.Fatalf("finding %d of %q: contradicts with severity %s", i, text, f.Severity)
			}
		default:
			t.Fatalf("finding %d of %q: unknown verdict %q", i, text, f.Verdict)
		}
		if f.Message == "" {
			t.Fatalf("finding %d of %q: no message", i, text)
		}
		if f.Suggestion != "" && f.Suggestion == f.Text {
			t.Fatalf("finding %d of %q: suggests the text itself, %q", i, text, f.Text)
		}
	}
}

func FuzzCheckOptions(f *testing.F) {
	seeds := []string{
		"",
		"Riverton passes $482.5 million budget\n\nRIVERTON, March 11, 2026 — The council voted 6 to 3 on Tuesday.",
		"Ines Peña, the mayor, said 41 residents spoke at the hearing on Thursday, Feb. 26, 2026.",
		"WASHINGTON, Aug. 14, 2025 — Mexico sent more than two dozen prisoners north on Tuesday.",
		"Gomez Martinez 🇲🇽 “La Tuta” 日本語 26\u00a0men — 25 per cent; 3 percentage points.",
		"\xf0\x9f\x87 26 \xed\xa0\x80 men \xc0\xaf in February \xff",
		"Six members voted for, three against, 10 votes in all; the fourth budget of her term.",
		"\r\n\r\nTuesday, Aug. 13, 2025\u2028twenty-five (26) prisoners\u2029",
	}
	for i, s := range seeds {
		f.Add(s, i%2 == 0, 2025, 8, 14)
	}
	council := councilSet(f)
	f.Fuzz(func(t *testing.T, text string, useCouncil bool, y, m, d int) {
		set := Default()
		if useCouncil {
			set = council
		}
		opts := Options{}
		if validDate(y, m, d) && y >= 1 && y <= 9999 {
			opts.Dateline = Date{y, m, d}
		}
		rep := Check(set, text, opts)
		assertReport(t, text, rep)
		if opts.Dateline.Day > 0 && rep.Reference != opts.Dateline {
			t.Fatalf("%q: reference %v, want the option's %v", text, rep.Reference, opts.Dateline)
		}
		// A Checker that has just checked another draft answers as a fresh one.
		c := NewChecker(set)
		c.Check(strings.Repeat("Mexico sent 26 prisoners on Tuesday, Aug. 12, 2025. ", 3), Options{})
		if again := c.Check(text, opts); !reflect.DeepEqual(rep, again) {
			t.Fatalf("%q: a reused Checker gives %+v, want %+v", text, again, rep)
		}
	})
}

// The invariants hold on every draft of the repository, on each cut at arbitrary bytes (which
// splits characters) and with invalid bytes spliced in.
func TestCheckInvariantsOnDrafts(t *testing.T) {
	paths, _ := filepath.Glob("testdata/golden/*.txt")
	more, _ := filepath.Glob("testdata/eval/*/drafts/*.txt")
	paths = append(paths, more...)
	if len(paths) == 0 {
		t.Fatal("no drafts")
	}
	council := councilSet(t)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		set := Default()
		if strings.Contains(p, "council") {
			set = council
		}
		text := string(data)
		assertReport(t, text, Check(set, text, Options{}))
		for n := 1; n < len(text); n += 1 + n/8 {
			assertReport(t, text[:n], Check(set, text[:n], Options{}))
			spliced := text[:n] + "\xe2\x80" + text[n:]
			assertReport(t, spliced, Check(set, spliced, Options{}))
		}
	}
}
