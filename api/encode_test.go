package api

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/report"
)

// encodingJSON is what appendResponse must write: encoding/json's Encoder on the same value.
func encodingJSON(t testing.TB, r *response) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestEncodeMatchesEncodingJSON(t *testing.T) {
	paths, _ := filepath.Glob("../claims/testdata/eval/*/drafts/*.txt")
	golden, _ := filepath.Glob("../claims/testdata/golden/*.txt")
	paths = append(paths, golden...)
	if len(paths) < 5 {
		t.Fatalf("found %d drafts", len(paths))
	}
	var cases []*response
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		file, _ := report.CheckShared(claims.Default(), "text", string(data), claims.Options{})
		cases = append(cases, &response{ClaimSet: report.Of(claims.Default()), File: file})
	}
	cases = append(cases,
		&response{File: report.File{Findings: nil}},
		&response{ClaimSet: report.ClaimSet{ID: "q\"\\\n\t\b\f\r\x01\x7f<>&\u2028\u2029\xff"}, File: report.File{
			Path: "p", Findings: []claims.Finding{{Text: "\xc3", Expected: "e", Suggestion: "s", Claim: "c", Source: "so", Start: -1}},
			Errors: []string{"a", "b"}}},
	)
	for i, r := range cases {
		if diff := cmp.Diff(encodingJSON(t, r), string(appendResponse(nil, r))); diff != "" {
			t.Errorf("case %d (-encoding/json +appendResponse):\n%s", i, diff)
		}
	}
}

func FuzzEncodeMatchesEncodingJSON(f *testing.F) {
	f.Add("Mexico sent 25 alleged cartel members on Tuesday, Aug. 12, 2025.", "id", "\u2028")
	f.Add("Martínez said 🇲🇽 the tariff was 25%.\xff", "\x00", "<&>")
	f.Fuzz(func(t *testing.T, text, id, msg string) {
		file, _ := report.CheckShared(claims.Default(), "text", text, claims.Options{})
		file.Errors = append(file.Errors, msg)
		r := &response{ClaimSet: report.ClaimSet{ID: id, Title: msg, AsOf: text}, File: file}
		if want, got := encodingJSON(t, r), string(appendResponse(nil, r)); want != got {
			t.Fatalf("%q:\nencoding/json %s\nappendResponse %s", text, want, got)
		}
	})
}
