package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/report"
)

// BenchmarkCheck7KB is one POST /api/v1/check of the load test's draft, without the network:
// the handler's own cost (reading, checking, writing JSON).
func BenchmarkCheck7KB(b *testing.B) {
	draft, err := os.ReadFile("testdata/draft-7k.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, tt := range []struct {
		name, contentType string
		body              []byte
	}{
		{"plain", "text/plain", draft},
		{"json", "application/json", must(json.Marshal(map[string]string{"text": string(draft)}))},
	} {
		b.Run(tt.name, func(b *testing.B) {
			h := New(Options{})
			b.SetBytes(int64(len(draft)))
			b.ReportAllocs()
			for b.Loop() {
				r := httptest.NewRequest(http.MethodPost, "/api/v1/check", bytes.NewReader(tt.body))
				r.Header.Set("Content-Type", tt.contentType)
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatalf("status %d: %s", w.Code, w.Body)
				}
			}
		})
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// BenchmarkEncode7KB writes the response of the load test's draft.
func BenchmarkEncode7KB(b *testing.B) {
	draft, err := os.ReadFile("testdata/draft-7k.txt")
	if err != nil {
		b.Fatal(err)
	}
	file, _ := report.CheckShared(claims.Default(), "text", string(draft), claims.Options{})
	r := &response{ClaimSet: report.Of(claims.Default()), File: file}
	buf := appendResponse(nil, r)
	b.SetBytes(int64(len(buf)))
	for b.Loop() {
		buf = appendResponse(buf[:0], r)
	}
}
