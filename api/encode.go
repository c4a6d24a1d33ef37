package api

// A check's response is most of its cost after the engine: a 7 KB draft yields some 170
// findings, 70 KB of JSON, which encoding/json's reflection took a fifth of a check to write.
// appendResponse writes the same bytes by hand; TestEncodeMatchesEncodingJSON and
// FuzzEncodeMatchesEncodingJSON hold it equal to encoding/json on the same value, so the shape
// stays the one the json tags of report.File and claims.Finding define.

import (
	"strconv"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/report"
)

// appendResponse appends r as encoding/json's Encoder (HTML escaping off) writes it, newline
// included.
func appendResponse(b []byte, r *response) []byte {
	b = append(b, `{"claimSet":{"id":`...)
	b = report.AppendString(b, r.ClaimSet.ID)
	b = append(b, `,"title":`...)
	b = report.AppendString(b, r.ClaimSet.Title)
	b = append(b, `,"asOf":`...)
	b = report.AppendString(b, r.ClaimSet.AsOf)
	b = append(b, '}')
	if r.Path != "" {
		b = append(b, `,"path":`...)
		b = report.AppendString(b, r.Path)
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
			b = report.AppendString(b, e)
		}
		b = append(b, ']')
	}
	return append(b, "}\n"...)
}

func appendFinding(b []byte, f *claims.Finding) []byte {
	b = append(b, `{"verdict":`...)
	b = report.AppendString(b, string(f.Verdict))
	b = append(b, `,"severity":`...)
	b = report.AppendString(b, string(f.Severity))
	b = append(b, `,"kind":`...)
	b = report.AppendString(b, string(f.Kind))
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
	b = report.AppendString(b, f.Text)
	if f.Expected != "" {
		b = append(b, `,"expected":`...)
		b = report.AppendString(b, f.Expected)
	}
	if f.Suggestion != "" {
		b = append(b, `,"suggestion":`...)
		b = report.AppendString(b, f.Suggestion)
	}
	if f.Claim != "" {
		b = append(b, `,"claim":`...)
		b = report.AppendString(b, f.Claim)
	}
	b = append(b, `,"message":`...)
	b = report.AppendString(b, f.Message)
	if f.Source != "" {
		b = append(b, `,"source":`...)
		b = report.AppendString(b, f.Source)
	}
	return append(b, '}')
}
