package api

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// unquote decodes every JSON string literal as encoding/json does, and finds its first byte
// that is not UTF-8.
func FuzzUnquote(f *testing.F) {
	for _, s := range []string{`plain`, `a\nb\t\"c\\d\/e\'`, `\u00e9\u2028 \ud83c\uddf2 \ud800 \udc00x \ud800\u0041`, "Mart\xc3\xadnez \xff \xc3(", `\b\f\r`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, inner []byte) {
		raw := append(append([]byte{'"'}, inner...), '"')
		var want string
		if json.Unmarshal(raw, &want) != nil {
			return // not a literal the decoder would pass
		}
		got, badAt, bad := unquote(raw)
		if got != want {
			t.Fatalf("unquote(%q) = %q, encoding/json %q", raw, got, want)
		}
		wantAt, wantBad := -1, byte(0)
		if !utf8.Valid(inner) {
			// The literal up to the first bad byte, decoded, is where it lands in the text.
			for i := 0; i < len(inner); {
				r, size := utf8.DecodeRune(inner[i:])
				if r == utf8.RuneError && size == 1 {
					var prefix string
					json.Unmarshal(append(append([]byte{'"'}, inner[:i]...), '"'), &prefix)
					wantAt, wantBad = len(prefix), inner[i]
					break
				}
				i += size
			}
		}
		if badAt != wantAt || bad != wantBad {
			t.Fatalf("unquote(%q): bad byte %#x at %d, want %#x at %d", raw, bad, badAt, wantBad, wantAt)
		}
	})
}
