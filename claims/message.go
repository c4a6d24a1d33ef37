package claims

// Messages are built for findings and for a claim set's problems, in many places. The helpers
// here keep what they call out of line: inlined, a conversion adds a few hundred bytes of
// WebAssembly at each call site.

import (
	"strconv"
	"unicode/utf8"
)

// decimal is strconv.Itoa, kept out of line.
//
//go:noinline
func decimal(n int) string { return strconv.Itoa(n) }

// quote writes s in double quotes as Go would ("26 \"people\""), for messages: a backslash and
// a double quote are escaped, control characters, invalid bytes and the invisible characters a
// paste brings (no-break and other odd spaces, zero-width characters, line separators, the byte
// order mark) are written as escapes, and every other character as it is. It stands in for
// strconv.Quote, whose tables of printable characters would add some 6 KB gzipped to the
// browser's engine.
//
//go:noinline
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			if c == '"' || c == '\\' {
				b = append(b, '\\')
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\t':
			b = append(b, '\\', 't')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r < 0x20 || r == 0x7f:
			b = append(b, '\\', 'x', hex[r>>4], hex[r&15])
		case invisible(r):
			b = append(b, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(append(b, '"'))
}

// invisible reports whether r shows as nothing or as a plain space: C1 controls, spaces other
// than U+0020, zero-width and direction marks, separators, the byte order mark.
func invisible(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0xa0, r == 0xad, r == 0x1680, r >= 0x2000 && r <= 0x200f,
		r >= 0x2028 && r <= 0x202f, r >= 0x205f && r <= 0x206f, r == 0x3000, r == 0xfeff:
		return true
	}
	return false
}
