package claims

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortErrors checks sortErrors against a stable sort of the standard library.
func TestSortErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 70 {
		l := make([]*Error, n)
		for i := range l {
			l[i] = &Error{Line: rng.IntN(8) + 1, Column: rng.IntN(4) + 1, Msg: string(rune('a' + i%26))}
		}
		want := slices.Clone(l)
		slices.SortStableFunc(want, func(a, b *Error) int {
			if a.Line != b.Line {
				return a.Line - b.Line
			}
			return a.Column - b.Column
		})
		sortErrors(l)
		for i := range l {
			if l[i] != want[i] {
				t.Fatalf("n=%d: at %d got %d:%d, want %d:%d (or not stable)", n, i, l[i].Line, l[i].Column, want[i].Line, want[i].Column)
			}
		}
	}
}
