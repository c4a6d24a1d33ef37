package api

// A check's response is most of its cost after the engine: a 7 KB draft yields some 170
// findings, 70 KB of JSON, which encoding/json's reflection took a fifth of a check to write.
// appendResponse writes the same bytes by hand; TestEncodeMatchesEncodingJSON and
// FuzzEncodeMatchesEncodingJSON hold it equal to encoding/json on the same value, so the shape
// stays the one the json tags of report.File and claims.Finding define.

import (
	"strconv"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// appendResponse appends r as encoding/json's Encoder (HTML escaping off) writes it, newline
// included.
func appendResponse(b []byte, r *response) []byte {
	b = append(b, `{"claimSet":{"id":`...)
	b = appendString(b, r.ClaimSet.ID)
	b = append(b, `,"title":`...)
	b = appendString(b, r.ClaimSet.Title)
	b = append(b, `,"asOf":`...)
	b = appendString(b, r.ClaimSet.AsOf)
	b = append(b, '}')
	if r.Path != "" {
		b = append(b, `,"path":`...)
		b = appendString(b, r.Path)
	}
	b = append(b, `,"findings":`...)
	if r.Findings == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Findings {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendFinding(b, &r.Findings[i])
		}
		b = append(b, ']')
	}
	if len(r.Errors) > 0 {
		b = append(b, `,"errors":[`...)
		for i, e := range r.Errors {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, e)
		}
		b = append(b, ']')
	}
	return append(b, "}\n"...)
}

func appendFinding(b []byte, f *claims.Finding) []byte {
	b = append(b, `{"verdict":`...)
	b = appendString(b, string(f.Verdict))
	b = append(b, `,"severity":`...)
	b = appendString(b, string(f.Severity))
	b = append(b, `,"kind":`...)
	b = appendString(b, string(f.Kind))
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(f.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(f.End), 10)
	b = append(b, `,"start16":`...)
	b = strconv.AppendInt(b, int64(f.Start16), 10)
	b = append(b, `,"end16":`...)
	b = strconv.AppendInt(b, int64(f.End16), 10)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(f.Line), 10)
	b = append(b, `,"column":`...)
	b = strconv.AppendInt(b, int64(f.Column), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, f.Text)
	if f.Expected != "" {
		b = append(b, `,"expected":`...)
		b = appendString(b, f.Expected)
	}
	if f.Suggestion != "" {
		b = append(b, `,"suggestion":`...)
		b = appendString(b, f.Suggestion)
	}
	if f.Claim != "" {
		b = append(b, `,"claim":`...)
		b = appendString(b, f.Claim)
	}
	b = append(b, `,"message":`...)
	b = appendString(b, f.Message)
	if f.Source != "" {
		b = append(b, `,"source":`...)
		b = appendString(b, f.Source)
	}
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// plain8 reports whether the eight bytes of s are ASCII that a JSON string holds as is: none is
// a control character, '"', '\\' or above 0x7f (bit tricks of "Bit Twiddling Hacks": a byte
// below n, a byte equal to n).
func plain8(s string) bool {
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	q, bs := x^(ones*'"'), x^(ones*'\\') // a zero byte where x has '"' or '\\'
	below := (x - ones*0x20) &^ x        // a high bit where a byte is below 0x20, if x is ASCII
	return (x|below|(q-ones)&^q|(bs-ones)&^bs)&highs == 0
}

// appendString appends s as a JSON string as encoding/json writes it with HTML escaping off:
// invalid UTF-8 becomes U+FFFD, and U+2028 and U+2029 are escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a look: the strings are mostly plain ASCII.
		for i+8 <= len(s) && plain8(s[i:i+8]) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
