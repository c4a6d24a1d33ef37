package report

import (
	"io"
	"strconv"

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
	b = AppendString(b, r.ClaimSet.ID)
	b = append(b, ",\n    \"title\": "...)
	b = AppendString(b, r.ClaimSet.Title)
	b = append(b, ",\n    \"asOf\": "...)
	b = AppendString(b, r.ClaimSet.AsOf)
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
		b = AppendString(b, f.Path)
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
			b = AppendString(b, e)
		}
		b = append(b, "\n      ]"...)
	}
	e.b = append(b, "\n    }"...)
}

// appendFinding appends one finding, an element of "findings", at its indentation.
func appendFinding(b []byte, f *claims.Finding) []byte {
	const in = "\n          " // the indentation of a finding's fields
	b = append(b, "\n        {"+in+"\"verdict\": "...)
	b = AppendString(b, string(f.Verdict))
	b = append(b, ","+in+"\"severity\": "...)
	b = AppendString(b, string(f.Severity))
	b = append(b, ","+in+"\"kind\": "...)
	b = AppendString(b, string(f.Kind))
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
	b = AppendString(b, f.Text)
	if f.Expected != "" {
		b = append(b, ","+in+"\"expected\": "...)
		b = AppendString(b, f.Expected)
	}
	if f.Suggestion != "" {
		b = append(b, ","+in+"\"suggestion\": "...)
		b = AppendString(b, f.Suggestion)
	}
	if f.Claim != "" {
		b = append(b, ","+in+"\"claim\": "...)
		b = AppendString(b, f.Claim)
	}
	b = append(b, ","+in+"\"message\": "...)
	b = AppendString(b, f.Message)
	if f.Source != "" {
		b = append(b, ","+in+"\"source\": "...)
		b = AppendString(b, f.Source)
	}
	return append(b, "\n        }"...)
}
