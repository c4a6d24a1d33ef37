package claims

import (
	"strings"
	"testing"
)

// TestBaseIDs checks that baseWords' ids= group names each variable of baseIDs, in order.
func TestBaseIDs(t *testing.T) {
	var words []string
	in := false
	for _, w := range strings.Fields(baseWords) {
		if k, _, ok := strings.Cut(w, "="); ok {
			in = k == "ids"
			continue
		}
		if in {
			words = append(words, w)
		}
	}
	if len(words) != len(baseIDs) {
		t.Fatalf("baseWords names %d ids, baseIDs holds %d variables", len(words), len(baseIDs))
	}
	for i, w := range words {
		if got := *baseIDs[i]; got == 0 || base.words[got] != w {
			t.Errorf("baseIDs[%d]: id %d, want the id of %q", i, got, w)
		}
	}
}

func TestCuePlural(t *testing.T) {
	tests := []struct {
		words []string
		want  string
	}{
		{[]string{"designation"}, "designations"},
		{[]string{"mass", "transfer"}, "mass transfers"},
		{[]string{"policy"}, "policies"},
		{[]string{"airlift"}, "airlifts"},
		{[]string{"search"}, "searches"},
		{[]string{"designated"}, ""},  // a participle
		{[]string{"designating"}, ""}, // a participle
		{[]string{"terrorists"}, ""},  // already plural
		{[]string{"fto"}, ""},         // too short to tell
		{[]string{"u.s."}, ""},        // not letters only
		{[]string{"aug", "12"}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := cuePlural(tt.words); got != tt.want {
			t.Errorf("cuePlural(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// A capitalized cue, a name above all, gets no plural: "Quinteros" stays a misspelling of a name.
func TestCuePluralLeavesNames(t *testing.T) {
	set := Default()
	for _, w := range []string{"quinteros", "bondis", "februarys"} {
		if _, ok := set.lex.ids[w]; ok {
			t.Errorf("the lexicon has %q", w)
		}
	}
	for _, w := range []string{"designations", "extraditions"} {
		if _, ok := set.lex.ids[w]; !ok {
			t.Errorf("the lexicon lacks %q", w)
		}
	}
}
