package api

import (
	"encoding/json"
	"unicode/utf16"
	"unicode/utf8"
)

// unquote decodes raw, a JSON string literal the decoder has already checked, to the string
// encoding/json would give (invalid UTF-8 and lone surrogates become U+FFFD; a test holds the
// two equal), in one pass instead of encoding/json's two. bad is the first byte that was not
// UTF-8 and badAt its offset in text, or -1.
func unquote(raw []byte) (text string, badAt int, bad byte) {
	badAt = -1
	s := raw[1 : len(raw)-1]
	b := make([]byte, 0, len(s))
	for r := 0; r < len(s); {
		c := s[r]
		switch {
		case c == '\\' && r+1 < len(s):
			switch e := s[r+1]; e {
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				rr := hex4(s[r:])
				if rr < 0 {
					return fallback(raw)
				}
				r += 6
				if utf16.IsSurrogate(rr) {
					if dec := utf16.DecodeRune(rr, hex4(s[r:])); dec != utf8.RuneError {
						r += 6
						b = utf8.AppendRune(b, dec)
						continue
					}
					rr = utf8.RuneError
				}
				b = utf8.AppendRune(b, rr)
				continue
			default: // " \ / and ', which encoding/json also takes
				b = append(b, e)
			}
			r += 2
		case c < utf8.RuneSelf:
			// A run of plain ASCII is copied at once.
			start := r
			for r < len(s) && s[r] < utf8.RuneSelf && s[r] != '\\' {
				r++
			}
			b = append(b, s[start:r]...)
		default:
			rr, size := utf8.DecodeRune(s[r:])
			if rr == utf8.RuneError && size == 1 && badAt < 0 {
				badAt, bad = len(b), c
			}
			b = utf8.AppendRune(b, rr)
			r += size
		}
	}
	return string(b), badAt, bad
}

// hex4 reads the escape \uXXXX at the start of s, or returns -1.
func hex4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// fallback decodes a literal unquote does not expect (the decoder has checked it, so this is
// not reached) with encoding/json.
func fallback(raw []byte) (string, int, byte) {
	var s string
	json.Unmarshal(raw, &s)
	return s, -1, 0
}
