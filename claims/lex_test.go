package claims

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// lexed is one token as a table states it: kind, text and the flags that matter.
type lexed struct {
	Kind  tokKind
	Text  string
	Start int // byte offset
	Flags uint16
}

func lexTable(text string) []lexed {
	var out []lexed
	for _, tk := range lexAll(text, nil) {
		out = append(out, lexed{tk.kind, text[tk.start:tk.end], int(tk.start), tk.flags})
	}
	return out
}

func TestLexTokens(t *testing.T) {
	const (
		w = tokWord
		n = tokNumber
		p = tokPunct
	)
	tests := []struct {
		name string
		in   string
		want []lexed
	}{
		{"words numbers and a percent sign", "Mexico's 1,000 3.5%", []lexed{
			{w, "Mexico's", 0, fCap}, {n, "1,000", 9, fSpace}, {n, "3.5", 15, fSpace}, {p, "%", 18, 0}}},
		{"abbreviation with internal periods", "the U.S. and D.C.", []lexed{
			{w, "the", 0, 0}, {w, "U.S.", 4, fSpace | fCap | fAbbrev}, {w, "and", 9, fSpace}, {w, "D.C.", 13, fSpace | fCap | fAbbrev}}},
		{"title abbreviation keeps its period apart", "Mr. Smith", []lexed{
			{w, "Mr", 0, fCap}, {p, ".", 2, 0}, {w, "Smith", 4, fSpace | fCap}}},
		{"accents and capitals", "Martínez NASA é", []lexed{
			{w, "Martínez", 0, fCap | fNonASCII}, {w, "NASA", 10, fSpace | fCap | fAllCaps}, {w, "é", 15, fSpace | fNonASCII}}},
		{"a number before a sentence's period", "It cost 3. Then", []lexed{
			{w, "It", 0, fCap}, {w, "cost", 3, fSpace}, {n, "3", 8, fSpace}, {p, ".", 9, 0}, {w, "Then", 11, fSpace | fCap}}},
		{"a comma joins digits only in threes", "1,00 1,0000 12,345,678", []lexed{
			{n, "1", 0, 0}, {p, ",", 1, 0}, {n, "00", 2, 0},
			{n, "1", 5, fSpace}, {p, ",", 6, 0}, {n, "0000", 7, 0},
			{n, "12,345,678", 12, fSpace}}},
		{"apostrophes inside words, straight and curly", "don't O’Brien rock'", []lexed{
			{w, "don't", 0, 0}, {w, "O’Brien", 6, fSpace | fCap}, {w, "rock", 16, fSpace}, {p, "'", 20, 0}}},
		{"ISO date and a hyphenated count", "2025-08-12 26-strong", []lexed{
			{n, "2025", 0, 0}, {p, "-", 4, 0}, {n, "08", 5, 0}, {p, "-", 7, 0}, {n, "12", 8, 0},
			{n, "26", 11, fSpace}, {p, "-", 13, 0}, {w, "strong", 14, 0}}},
		{"line breaks and blank lines", "a  b\nc\n\nd", []lexed{
			{w, "a", 0, 0}, {w, "b", 3, fSpace}, {w, "c", 5, fSpace | fNewline}, {w, "d", 8, fSpace | fNewline | fBlank}}},
		{"non-breaking and other Unicode spaces", "26\u00a0men\u2009and\u202fsix", []lexed{
			{n, "26", 0, 0}, {w, "men", 4, fSpace}, {w, "and", 10, fSpace}, {w, "six", 16, fSpace}}},
		{"line and paragraph separators break paragraphs", "A\u2028B", []lexed{
			{w, "A", 0, fCap}, {w, "B", 4, fSpace | fNewline | fBlank | fCap}}},
		{"em dash and curly quotes are punctuation", "“26”—six", []lexed{
			{p, "“", 0, 0}, {n, "26", 3, 0}, {p, "”", 5, 0}, {p, "—", 8, 0}, {w, "six", 11, 0}}},
		{"emoji is punctuation, CJK is a word", "é🙂日本", []lexed{
			{w, "é", 0, fNonASCII}, {p, "🙂", 2, 0}, {w, "日本", 6, fNonASCII}}},
		{"each invalid byte is its own token", "A\xff\xfeB\xe2\x80 C", []lexed{
			{w, "A", 0, fCap}, {p, "\xff", 1, 0}, {p, "\xfe", 2, 0}, {w, "B", 3, fCap}, {p, "\xe2", 4, 0}, {p, "\x80", 5, 0}, {w, "C", 7, fSpace | fCap}}},
		{"empty", "", nil},
		{"only space", " \t\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, lexTable(tt.in)); diff != "" {
				t.Errorf("lexAll(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// Invalid bytes become punctuation tokens whose mark is U+FFFD, so that no recognizer mistakes
// them for anything else.
func TestLexInvalidUTF8Mark(t *testing.T) {
	in := "x\xffy"
	toks := lexAll(in, nil)
	if len(toks) != 3 {
		t.Fatalf("lexAll(%q): %d tokens, want 3", in, len(toks))
	}
	if diff := cmp.Diff(utf8.RuneError, toks[1].r); diff != "" {
		t.Errorf("lexAll(%q)[1].r (-want +got):\n%s", in, diff)
	}
}

// With a lexicon, every known word gets its id, folded: case and accents do not matter.
func TestLexWordIDs(t *testing.T) {
	lx := Default().lex
	tests := []struct {
		in, same string // two spellings that must get one id
	}{
		{"Martínez", "martinez"},
		{"MARTÍNEZ", "Martinez"},
		{"August", "august"},
		{"Mexico’s", "mexico's"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, b := lexAll(tt.in, lx), lexAll(tt.same, lx)
			if len(a) != 1 || len(b) != 1 {
				t.Fatalf("lexAll(%q), lexAll(%q): %d and %d tokens, want 1 each", tt.in, tt.same, len(a), len(b))
			}
			if a[0].id == 0 {
				t.Errorf("lexAll(%q): word has no id; want a known word", tt.in)
			}
			if diff := cmp.Diff(b[0].id, a[0].id); diff != "" {
				t.Errorf("id of %q vs %q (-want +got):\n%s", tt.in, tt.same, diff)
			}
		})
	}
	if toks := lexAll("Zyxwvut", lx); toks[0].id != 0 {
		t.Errorf("lexAll(%q): id %d, want 0 for an unknown word", "Zyxwvut", toks[0].id)
	}
}

// Tokens cover the text in order, never overlap, and never split a valid UTF-8 sequence.
func TestLexSpansTileText(t *testing.T) {
	inputs := []string{
		"MEXICO CITY, Aug. 13, 2025 — Mexico sent 26 “alleged” cartel members.",
		"Servando Gómez Martínez, “La Tuta,” 🇲🇽 日本語 \xff 1,000\u00a0people.",
		"U.S.A. e.g. a.m. 3.5% 1.2m 12th",
	}
	for _, in := range inputs {
		t.Run(in, func(t *testing.T) {
			prev := 0
			for i, tk := range lexAll(in, nil) {
				s, e := int(tk.start), int(tk.end)
				if s < prev || e <= s || e > len(in) {
					t.Fatalf("lexAll(%q): token %d at [%d,%d) after %d", in, i, s, e, prev)
				}
				if !utf8.RuneStart(in[s]) || e < len(in) && !utf8.RuneStart(in[e]) {
					t.Errorf("lexAll(%q): token %d [%d,%d) splits a character", in, i, s, e)
				}
				prev = e
			}
		})
	}
}
