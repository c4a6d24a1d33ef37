package claims

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The sorter orders findings by start, then end, errors first, keeping the order made among
// equals, and drops a finding identical to the one before it: as a stable sort and a pass of
// compaction would.
func TestFindingSorter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sevs := []Severity{SevError, SevWarning, SevInfo}
	var fsr findingSorter
	for n := range 200 {
		var fs []Finding
		for i := range n {
			start := i*3 + rng.IntN(4)
			if rng.IntN(5) == 0 {
				start = rng.IntN(n*3 + 1) // far out of order
			}
			f := Finding{Start: start, End: start + 1 + rng.IntN(3), Severity: sevs[rng.IntN(3)], Message: string(rune('a' + rng.IntN(3)))}
			fs = append(fs, f)
			if rng.IntN(8) == 0 {
				fs = append(fs, f) // a duplicate
			}
		}
		want := slices.Clone(fs)
		slices.SortStableFunc(want, func(a, b Finding) int {
			switch {
			case a.Start != b.Start:
				return a.Start - b.Start
			case a.End != b.End:
				return a.End - b.End
			}
			return int(severityRank(a.Severity)) - int(severityRank(b.Severity))
		})
		want = slices.CompactFunc(want, func(a, b Finding) bool { return identical(&a, &b) })
		got := fsr.sort(slices.Clone(fs))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%d findings (-want +got):\n%s", len(fs), diff)
		}
	}
}
