package claims

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// nameMention is a name a recognizer found: the words, the claim they name, and whether a
// word of it is one letter off the claim set's.
type nameMention struct {
	Text  string
	Claim string
	Typo  bool
}

func namesOf(set *ClaimSet, text string) []nameMention {
	c := NewChecker(set)
	c.Check(text, Options{})
	var out []nameMention
	for _, m := range c.r.mentions {
		if m.kind == KindName {
			out = append(out, nameMention{text[c.r.toks[m.t0].start:c.r.toks[m.t1-1].end], set.Claims[m.claim].ID, m.typo})
		}
	}
	return out
}

func TestNameMentions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []nameMention
	}{
		{"canonical", "Servando Gómez Martínez was flown north.", []nameMention{{"Servando Gómez Martínez", "servando-gomez-martinez", false}}},
		{"without accents", "Servando Gomez Martinez was flown north.", []nameMention{{"Servando Gomez Martinez", "servando-gomez-martinez", false}}},
		{"capitals", "SERVANDO GÓMEZ MARTÍNEZ was flown north.", []nameMention{{"SERVANDO GÓMEZ MARTÍNEZ", "servando-gomez-martinez", false}}},
		{"alias in curly quotes", "“La Tuta” was flown north.", []nameMention{{"La Tuta", "servando-gomez-martinez", false}}},
		{"shorter alias", "Gómez Martínez was sent.", []nameMention{{"Gómez Martínez", "servando-gomez-martinez", false}}},
		{"the longest name wins", "Omar García Harfuch spoke.", []nameMention{{"Omar García Harfuch", "omar-garcia-harfuch", false}}},
		{"possessive", "Sheinbaum’s government acted.", []nameMention{{"Sheinbaum’s", "claudia-sheinbaum", false}}},
		{"one letter off a long name word", "Claudia Sheinbuam spoke.", []nameMention{{"Claudia Sheinbuam", "claudia-sheinbaum", true}}},
		{"one letter missing", "Claudia Sheinbum spoke.", []nameMention{{"Claudia Sheinbum", "claudia-sheinbaum", true}}},
		{"a group", "Caballeros Templarios lost power.", []nameMention{{"Caballeros Templarios", "knights-templar", false}}},
		{"a lone name word in lower case is an ordinary word", "They went to bondi beach.", nil},
		{"a short word one letter off is another name", "Bondy spoke.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, namesOf(Default(), tt.in)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestNameVerdicts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []judged
	}{
		{"canonical spelling", "Servando Gómez Martínez was flown north.",
			[]judged{{KindName, "Servando Gómez Martínez", Supports, SevInfo, "Servando Gómez Martínez", ""}}},
		{"all capitals in a headline", "PAM BONDI SPEAKS",
			[]judged{{KindName, "PAM BONDI", Supports, SevInfo, "Pam Bondi", ""}}},
		{"accented capitals", "GÓMEZ MARTÍNEZ was sent.",
			[]judged{{KindName, "GÓMEZ MARTÍNEZ", Supports, SevInfo, "Gómez Martínez", ""}}},
		{"alias", "La Tuta was flown north.",
			[]judged{{KindName, "La Tuta", Supports, SevInfo, "La Tuta", ""}}},
		{"no accents: a warning with the canonical spelling", "Servando Gomez Martinez was flown north.",
			[]judged{{KindName, "Servando Gomez Martinez", Contradicts, SevWarning, "Servando Gómez Martínez", "Servando Gómez Martínez"}}},
		{"one word without its accent: that word alone", "Servando Gómez Martinez was flown north.",
			[]judged{{KindName, "Martinez", Contradicts, SevWarning, "Servando Gómez Martínez", "Martínez"}}},
		{"first word of an alias", "Gomez Martínez was sent.",
			[]judged{{KindName, "Gomez", Contradicts, SevWarning, "Gómez Martínez", "Gómez"}}},
		{"lower case", "la tuta was flown north.",
			[]judged{{KindName, "la tuta", Contradicts, SevWarning, "La Tuta", "La Tuta"}}},
		{"a typo", "Claudia Sheinbuam spoke.",
			[]judged{{KindName, "Sheinbuam", Contradicts, SevWarning, "Claudia Sheinbaum", "Sheinbaum"}}},
		{"possessive of a correct name", "Omar García Harfuch’s ministry acted.",
			[]judged{{KindName, "Omar García Harfuch’s", Supports, SevInfo, "Omar García Harfuch", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, thursday14Aug2025, KindName)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// A spelling warning quotes the draft's words it marks, no fewer.
func TestNameMessageQuotesText(t *testing.T) {
	for _, in := range []string{"Servando Gomez Martinez was flown north.", "Servando Gómez Martinez was flown north.",
		"la tuta was flown north.", "Claudia Sheinbuam spoke."} {
		for _, f := range Check(Default(), in, Options{}).Findings {
			if f.Kind == KindName && f.Verdict == Contradicts && !strings.Contains(f.Message, "this says "+strconv.Quote(f.Text)+".") {
				t.Errorf("%q: the finding marks %q, its message says %q", in, f.Text, f.Message)
			}
		}
	}
}

// The council set's names have accents too; nothing about them is in the Go code.
func TestNameVerdictsCouncil(t *testing.T) {
	set := councilSet(t)
	tests := []struct {
		in   string
		want []judged
	}{
		{"Mayor Inés Peña signed it.", []judged{{KindName, "Inés Peña", Supports, SevInfo, "Inés Peña", ""}}},
		{"Mayor Ines Pena signed it.", []judged{{KindName, "Ines Pena", Contradicts, SevWarning, "Inés Peña", "Inés Peña"}}},
		{"Dolores Ibanez presented it.", []judged{{KindName, "Ibanez", Contradicts, SevWarning, "Dolores Ibáñez", "Ibáñez"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(set, tt.in, thursday12Mar2026, KindName)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Martínez", "martinez"},
		{"GÓMEZ", "gomez"},
		{"Peña", "pena"},
		{"Ibáñez", "ibanez"},
		{"Mexico’s", "mexico's"},
		{"Łódź", "lodz"},
		{"日本", "日本"},
		{"ß", "ß"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, fold(tt.in)); diff != "" {
				t.Errorf("fold(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestPhraseWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Servando Gómez Martínez", []string{"servando", "gomez", "martinez"}},
		{"U.S. Attorney General", []string{"u.s.", "attorney", "general"}},
		{"MS-13", []string{"ms", "13"}},
		{"  ", nil},
		{"—", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, phraseWords(tt.in)); diff != "" {
				t.Errorf("phraseWords(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
