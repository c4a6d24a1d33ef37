package claims

// Helpers shared by the per-recognizer table tests (number_test.go, date_test.go, …): one runs
// the recognizers and returns the typed mentions, the other runs Check and returns the parts of
// each finding that a table can state.

import (
	"os"
	"testing"
)

// rec is one typed mention as a recognizer made it, for table tests. Quantities fill Lo and Hi
// (the interval the words allow; +Inf when unbounded above); dates and weekdays fill From and To
// (the first and last day covered, as ISO dates).
type rec struct {
	Kind     Kind
	Text     string
	Lo, Hi   float64
	From, To string
	Points   bool // percent: a difference in percentage points
}

// recognized runs the recognizers over text against set (relative dates resolved against ref,
// or as Check would when ref is the zero Date) and returns every typed mention but names.
func recognized(t *testing.T, set *ClaimSet, text string, ref Date) []rec {
	t.Helper()
	c := NewChecker(set)
	c.Check(text, Options{Dateline: ref})
	var out []rec
	for _, m := range c.r.mentions {
		if m.kind == KindName || m.kind == "" {
			continue
		}
		g := rec{Kind: m.kind, Text: text[c.r.toks[m.t0].start:c.r.toks[m.t1-1].end], Points: m.points}
		switch m.kind {
		case KindDate, KindWeekday:
			g.From, g.To = civil(m.d0).String(), civil(m.d1).String()
		default:
			g.Lo, g.Hi = m.lo, m.hi
		}
		out = append(out, g)
	}
	return out
}

// judged is the part of a finding a table states.
type judged struct {
	Kind       Kind
	Text       string
	Verdict    Verdict
	Severity   Severity
	Expected   string
	Suggestion string
}

// judgeKinds checks text against set with the reference date ref and returns the findings of
// the given kinds (all kinds when none is given).
func judgeKinds(set *ClaimSet, text string, ref Date, kinds ...Kind) []judged {
	var out []judged
	for _, f := range Check(set, text, Options{Dateline: ref}).Findings {
		if len(kinds) > 0 && !hasKind(kinds, f.Kind) {
			continue
		}
		out = append(out, judged{f.Kind, f.Text, f.Verdict, f.Severity, f.Expected, f.Suggestion})
	}
	return out
}

func hasKind(kinds []Kind, k Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// councilSet loads the claim set of the invented city council story, which shares no word of
// its subject with the default set.
func councilSet(t testing.TB) *ClaimSet {
	t.Helper()
	data, err := os.ReadFile("testdata/eval/council/claimset.json")
	if err != nil {
		t.Fatal(err)
	}
	set, err := Load("testdata/eval/council/claimset.json", data)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// Reference dates used across the tables.
var (
	thursday14Aug2025 = Date{2025, 8, 14} // the default set's as-of date
	thursday12Mar2026 = Date{2026, 3, 12} // the council set's as-of date
)
