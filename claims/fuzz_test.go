package claims

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkInvariants asserts what every report must hold whatever the input: spans inside the
// text and on its bytes, sorted by start, UTF-16 offsets, lines and columns consistent with the
// byte offsets.
func checkInvariants(t *testing.T, text string, rep Report) {
	t.Helper()
	prev := -1
	for i, f := range rep.Findings {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			t.Fatalf("finding %d: span [%d,%d) outside text of %d bytes", i, f.Start, f.End, len(text))
		}
		if f.Start < prev {
			t.Fatalf("finding %d: start %d before previous start %d", i, f.Start, prev)
		}
		prev = f.Start
		if f.Text != text[f.Start:f.End] {
			t.Fatalf("finding %d: text %q, want %q", i, f.Text, text[f.Start:f.End])
		}
		if want := utf16Len(text[:f.Start]); f.Start16 != want {
			t.Fatalf("finding %d: start16 %d, want %d", i, f.Start16, want)
		}
		if want := utf16Len(text[:f.End]); f.End16 != want {
			t.Fatalf("finding %d: end16 %d, want %d", i, f.End16, want)
		}
		line := strings.Count(text[:f.Start], "\n") + 1
		col := f.Start - (strings.LastIndexByte(text[:f.Start], '\n') + 1) + 1
		if f.Line != line || f.Column != col {
			t.Fatalf("finding %d: at %d:%d, want %d:%d", i, f.Line, f.Column, line, col)
		}
		if f.Verdict == "" || f.Severity == "" || f.Kind == "" || f.Message == "" {
			t.Fatalf("finding %d: incomplete: %+v", i, f)
		}
	}
}

// utf16Len counts UTF-16 code units the way a browser decodes the bytes: each invalid byte
// becomes one U+FFFD.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func FuzzCheck(f *testing.F) {
	seeds := []string{
		"",
		"Mexico sent 25 alleged cartel members to the United States on Tuesday, Aug. 13, 2025.",
		"MEXICO CITY, Aug. 13, 2025 — Mexico sent twenty-six prisoners north on Tuesday.",
		"Martínez 🇲🇽 and 日本語 before 25 people; Servando Gomez Martinez, “La Tuta”.",
		"more than two dozen\u00a0suspects, nearly 30 planes, a 30% tariff, 25 per cent, 3 percentage points",
		"Deputy Attorney General Pam Bondi said the first such transfer came a month before Feb. 27, 2015.",
		"\xff\xfe 26 \xc3 people \xe2\x80 in August",
		strings.Repeat("26 ", 200),
		"2025-08-12 — 90 days; 1985; $4 million; 6-3 vote; No. 2; 10 a.m.; COVID-19; MS-13",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	set := Default()
	f.Fuzz(func(t *testing.T, text string) {
		rep := Check(set, text, Options{})
		checkInvariants(t, text, rep)
		if utf8.ValidString(text) {
			return
		}
		// Invalid bytes change nothing about where valid text's findings lie.
		for _, fd := range rep.Findings {
			if !utf8.ValidString(fd.Text) && fd.Kind != KindName {
				t.Fatalf("a %s finding spans invalid bytes: %q", fd.Kind, fd.Text)
			}
		}
	})
}
