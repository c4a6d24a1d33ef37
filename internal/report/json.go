package report

import (
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// AppendIndent appends r as JSON to b, byte for byte what an encoding/json Encoder writes with
// SetIndent("", "  ") and SetEscapeHTML(false), final newline included. A 1 MiB draft can
// hold tens of thousands of findings, which encoding/json takes longer to write (by reflection,
// then once more to indent) than the engine takes to find; TestAppendIndent keeps the two
// identical.
func AppendIndent(b []byte, r *Report) []byte {
	e := jsonWriter{b: b}
	e.report(r)
	return e.b
}

// WriteIndent writes r to w as AppendIndent writes it, a few tens of kilobytes at a time.
func WriteIndent(w io.Writer, r *Report) error {
	e := jsonWriter{b: make([]byte, 0, 2*flushAt), w: w}
	e.report(r)
	e.flush()
	return e.err
}

// flushAt is how much of the output WriteIndent gathers before it writes.
const flushAt = 32 << 10

// jsonWriter appends JSON to b and, when w is set, writes b out now and then.
type jsonWriter struct {
	b   []byte
	w   io.Writer
	err error // the first write error
}

// flush writes out what b holds, if there is a writer.
func (e *jsonWriter) flush() {
	if e.w == nil {
		return
	}
	if e.err == nil {
		_, e.err = e.w.Write(e.b)
	}
	e.b = e.b[:0]
}

func (e *jsonWriter) report(r *Report) {
	b := e.b
	b = append(b, "{\n  \"claimSet\": {\n    \"id\": "...)
	b = appendString(b, r.ClaimSet.ID)
	b = append(b, ",\n    \"title\": "...)
	b = appendString(b, r.ClaimSet.Title)
	b = append(b, ",\n    \"asOf\": "...)
	b = appendString(b, r.ClaimSet.AsOf)
	b = append(b, "\n  },\n  \"files\": "...)
	switch {
	case r.Files == nil:
		b = append(b, "null"...)
	case len(r.Files) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, '[')
		for i := range r.Files {
			if i > 0 {
				b = append(b, ',')
			}
			e.b = b
			e.file(&r.Files[i])
			b = e.b
		}
		b = append(b, "\n  ]"...)
	}
	e.b = append(b, "\n}\n"...)
}

// file appends one File, an element of "files", at its indentation.
func (e *jsonWriter) file(f *File) {
	b := append(e.b, "\n    {"...)
	if f.Path != "" {
		b = append(b, "\n      \"path\": "...)
		b = appendString(b, f.Path)
		b = append(b, ',')
	}
	b = append(b, "\n      \"findings\": "...)
	switch {
	case f.Findings == nil:
		b = append(b, "null"...)
	case len(f.Findings) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, '[')
		for i := range f.Findings {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendFinding(b, &f.Findings[i])
			if len(b) >= flushAt && e.w != nil {
				e.b = b
				e.flush()
				b = e.b
			}
		}
		b = append(b, "\n      ]"...)
	}
	if len(f.Errors) > 0 {
		b = append(b, ",\n      \"errors\": ["...)
		for i, e := range f.Errors {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n        "...)
			b = appendString(b, e)
		}
		b = append(b, "\n      ]"...)
	}
	e.b = append(b, "\n    }"...)
}

// appendFinding appends one finding, an element of "findings", at its indentation.
func appendFinding(b []byte, f *claims.Finding) []byte {
	const in = "\n          " // the indentation of a finding's fields
	b = append(b, "\n        {"+in+"\"verdict\": "...)
	b = appendString(b, string(f.Verdict))
	b = append(b, ","+in+"\"severity\": "...)
	b = appendString(b, string(f.Severity))
	b = append(b, ","+in+"\"kind\": "...)
	b = appendString(b, string(f.Kind))
	b = append(b, ","+in+"\"start\": "...)
	b = strconv.AppendInt(b, int64(f.Start), 10)
	b = append(b, ","+in+"\"end\": "...)
	b = strconv.AppendInt(b, int64(f.End), 10)
	b = append(b, ","+in+"\"start16\": "...)
	b = strconv.AppendInt(b, int64(f.Start16), 10)
	b = append(b, ","+in+"\"end16\": "...)
	b = strconv.AppendInt(b, int64(f.End16), 10)
	b = append(b, ","+in+"\"line\": "...)
	b = strconv.AppendInt(b, int64(f.Line), 10)
	b = append(b, ","+in+"\"column\": "...)
	b = strconv.AppendInt(b, int64(f.Column), 10)
	b = append(b, ","+in+"\"text\": "...)
	b = appendString(b, f.Text)
	if f.Expected != "" {
		b = append(b, ","+in+"\"expected\": "...)
		b = appendString(b, f.Expected)
	}
	if f.Suggestion != "" {
		b = append(b, ","+in+"\"suggestion\": "...)
		b = appendString(b, f.Suggestion)
	}
	if f.Claim != "" {
		b = append(b, ","+in+"\"claim\": "...)
		b = appendString(b, f.Claim)
	}
	b = append(b, ","+in+"\"message\": "...)
	b = appendString(b, f.Message)
	if f.Source != "" {
		b = append(b, ","+in+"\"source\": "...)
		b = appendString(b, f.Source)
	}
	return append(b, "\n        }"...)
}

// special8 reports whether any of the 8 bytes of s is below 0x20, a quote, a backslash, or not
// ASCII, with the bit tricks that find a zero byte in a word: it may answer yes for a byte
// that is none of these, never no for one that is.
func special8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	zero := func(v uint64) uint64 { return (v - ones) & ^v & highs }
	return (w&highs)|((w-0x20*ones) & ^w & highs)|zero(w^('"'*ones))|zero(w^('\\'*ones)) != 0
}

// appendString appends s as a JSON string, escaped as encoding/json escapes it without HTML
// escaping: quotes, backslashes and control characters; U+2028 and U+2029; invalid UTF-8 as
// U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a look: no control character, quote,
		// backslash or byte of a multi-byte character (most of a message is plain ASCII).
		for i+8 <= len(s) && !special8(s[i:i+8]) {
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
			case '\\', '"':
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
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
