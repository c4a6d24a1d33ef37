package api_test

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"

	"github.com/claimcheck/claimcheck/api"
)

// The handler mounts on any server; here it answers one check of a draft sent as plain text.
func ExampleNew() {
	h := api.New(api.Options{Origins: []string{"https://cms.example.org"}})
	r := httptest.NewRequest("POST", "/api/v1/check", strings.NewReader("Mexico sent 25 alleged cartel members in the August transfer."))
	r.Header.Set("Content-Type", "text/plain; charset=utf-8")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)

	var res struct {
		Findings []struct{ Severity, Text, Suggestion string }
	}
	json.Unmarshal(w.Body.Bytes(), &res)
	for _, f := range res.Findings {
		fmt.Println(w.Code, f.Severity, f.Text, f.Suggestion)
	}
	// Output:
	// 200 error 25 26
	// 200 info August
}
