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
