package api

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/report"
)

const (
	wrong = "MEXICO CITY, Aug. 13, 2025 — Mexico sent 25 alleged cartel members to the United States on Tuesday.\n"
	// undated has no dateline, so "on Tuesday" is the Tuesday of the reference date's week.
	undated = "Mexico sent 26 alleged cartel members to the United States on Tuesday.\n"
)

// req describes one request of a table.
type req struct {
	method, path, contentType string
	body                      string
	header                    map[string]string
}

func (q req) do(t *testing.T, h http.Handler) *httptest.ResponseRecorder {
	t.Helper()
	method := q.method
	if method == "" {
		method = http.MethodPost
	}
	path := q.path
	if path == "" {
		path = "/api/v1/check"
	}
	r := httptest.NewRequest(method, path, strings.NewReader(q.body))
	if q.contentType != "" {
		r.Header.Set("Content-Type", q.contentType)
	}
	for k, v := range q.header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func jsonBody(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checked is a 200 answer to POST /api/v1/check.
type checked struct {
	ClaimSet report.ClaimSet `json:"claimSet"`
	Findings []claims.Finding
	Errors   []string
}

func decodeChecked(t *testing.T, w *httptest.ResponseRecorder) checked {
	t.Helper()
	if w.Code != http.StatusOK {
		t.Fatalf("status %d, want 200: %s", w.Code, w.Body)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(w.Body.Bytes(), &raw); err != nil {
		t.Fatalf("%v in %s", err, w.Body)
	}
	for k := range raw {
		if k != "claimSet" && k != "findings" && k != "errors" {
			t.Errorf("unexpected member %q in the response", k)
		}
	}
	var c checked
	if err := json.Unmarshal(w.Body.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func engine(set *claims.ClaimSet, text string, opts claims.Options) []claims.Finding {
	return claims.Check(set, text, opts).Findings
}

func council(t *testing.T) json.RawMessage {
	t.Helper()
	data, err := os.ReadFile("../claims/testdata/eval/council/claimset.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A draft gets the engine's findings, whichever way it is sent.
func TestCheck(t *testing.T) {
	h := New(Options{})
	def := report.Of(claims.Default())
	councilText := "RIVERTON, March 11, 2026 — The Riverton City Council on Tuesday adopted a $482.5 million budget, with seven members voting in favor.\n"
	councilSet, err := claims.Load("council", council(t))
	if err != nil {
		t.Fatal(err)
	}
	aug21 := claims.Options{Dateline: claims.Date{Year: 2025, Month: 8, Day: 21}}
	tests := []struct {
		name string
		req  req
		want checked
	}{
		{"json", req{contentType: "application/json", body: jsonBody(t, map[string]string{"text": wrong})},
			checked{def, engine(claims.Default(), wrong, claims.Options{}), nil}},
		{"json with charset", req{contentType: "application/json; charset=UTF-8", body: jsonBody(t, map[string]string{"text": wrong})},
			checked{def, engine(claims.Default(), wrong, claims.Options{}), nil}},
		{"plain text", req{contentType: "text/plain; charset=utf-8", body: wrong},
			checked{def, engine(claims.Default(), wrong, claims.Options{}), nil}},
		{"empty text", req{contentType: "application/json", body: `{"text": ""}`},
			checked{def, []claims.Finding{}, nil}},
		{"null members are absent", req{contentType: "application/json", body: `{"text": "", "claims": null, "dateline": null}`},
			checked{def, []claims.Finding{}, nil}},
		{"dateline in the body", req{contentType: "application/json", body: jsonBody(t, map[string]string{"text": undated, "dateline": "2025-08-21"})},
			checked{def, engine(claims.Default(), undated, aug21), nil}},
		{"dateline in the query", req{path: "/api/v1/check?dateline=2025-08-21", contentType: "text/plain", body: undated},
			checked{def, engine(claims.Default(), undated, aug21), nil}},
		{"claim set of the request", req{contentType: "application/json", body: jsonBody(t, map[string]any{"text": councilText, "claims": council(t)})},
			checked{report.Of(councilSet), engine(councilSet, councilText, claims.Options{}), nil}},
		{"invalid UTF-8 as plain text", req{contentType: "text/plain", body: "Mexico sent\n26 \xff people in August.\n"},
			checked{def, engine(claims.Default(), "Mexico sent\n26 \xff people in August.\n", claims.Options{}),
				[]string{"text:2:4: invalid UTF-8 (byte 0xff); the draft was checked, but its encoding must be fixed"}}},
		// The JSON decoder puts U+FFFD in place of the bad byte; the error names its place in the text.
		{"invalid UTF-8 in JSON", req{contentType: "application/json", body: "{\"text\": \"Mexico sent\\n26 \xfe people\"}"},
			checked{def, engine(claims.Default(), "Mexico sent\n26 \uFFFD people", claims.Options{}),
				[]string{"text:2:4: invalid UTF-8 (byte 0xfe); the draft was checked, but its encoding must be fixed"}}},
		{"lone surrogate escape", req{contentType: "application/json", body: `{"text": "Mexico sent 25 \ud800 alleged cartel members in the August transfer."}`},
			checked{def, engine(claims.Default(), "Mexico sent 25 \uFFFD alleged cartel members in the August transfer.", claims.Options{}), nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := tt.req.do(t, h)
			got := decodeChecked(t, w)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s %q (-want +got):\n%s", tt.req.contentType, tt.req.body, diff)
			}
			if got.Findings == nil {
				t.Errorf("findings is null, want a list")
			}
			if diff := cmp.Diff("application/json; charset=utf-8", w.Header().Get("Content-Type")); diff != "" {
				t.Errorf("Content-Type (-want +got):\n%s", diff)
			}
		})
	}
}

// The draft with a contradiction reads as the CLI reads it: one error, 26 for 25.
func TestCheckFinds(t *testing.T) {
	got := decodeChecked(t, req{contentType: "text/plain", body: wrong}.do(t, New(Options{})))
	var errs []string
	for _, f := range got.Findings {
		if f.Severity == claims.SevError {
			errs = append(errs, f.Text+"→"+f.Suggestion)
		}
	}
	if diff := cmp.Diff([]string{"25→26"}, errs); diff != "" {
		t.Errorf("error findings (-want +got):\n%s", diff)
	}
}

func TestHealth(t *testing.T) {
	h := New(Options{})
	w := req{method: http.MethodGet, path: "/healthz"}.do(t, h)
	if diff := cmp.Diff("200 {\"status\":\"ok\"}\n", w.Result().Status[:3]+" "+w.Body.String()); diff != "" {
		t.Errorf("GET /healthz (-want +got):\n%s", diff)
	}
	if w := (req{method: http.MethodHead, path: "/healthz"}).do(t, h); w.Code != http.StatusOK {
		t.Errorf("HEAD /healthz: status %d, want 200", w.Code)
	}
}

func TestDefaultClaimSet(t *testing.T) {
	h := New(Options{})
	w := req{method: http.MethodGet, path: "/api/v1/claimsets/default"}.do(t, h)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	if diff := cmp.Diff(string(claims.DefaultJSON()), w.Body.String()); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
	if _, err := claims.Load("got", w.Body.Bytes()); err != nil {
		t.Errorf("the claim set served does not load: %v", err)
	}
	etag := w.Header().Get("ETag")
	w = req{method: http.MethodGet, path: "/api/v1/claimsets/default", header: map[string]string{"If-None-Match": etag}}.do(t, h)
	if diff := cmp.Diff(http.StatusNotModified, w.Code); etag == "" || diff != "" {
		t.Errorf("If-None-Match %q: (-want +got):\n%s", etag, diff)
	}
}

// errorOf decodes an error response, checking it has the shape of DESIGN.md and nothing else.
func errorOf(t *testing.T, w *httptest.ResponseRecorder) *Error {
	t.Helper()
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(w.Body.Bytes(), &raw); err != nil || len(raw) != 1 || raw["error"] == nil {
		t.Fatalf("status %d body %q: want {\"error\": …} (%v)", w.Code, w.Body, err)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	var e struct{ Error *Error }
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	e.Error.Status = w.Code
	return e.Error
}

// Every error status, in the error shape, without the engine seeing the request.
func TestErrors(t *testing.T) {
	textJSON := func(extra string) string { return `{"text": "Mexico sent 26."` + extra + `}` }
	withClaims := func(set string) string { return "{\"text\": \"x\",\n \"claims\": " + set + "}" }
	bigSet := `{"version": 1, "id": "big", "title": "Big", "asOf": "2025-01-01", "sources": [{"id": "s", "title": "S"}], "claims": [` +
		strings.Repeat(`{"id": "c", "kind": "year", "value": 1999, "statement": "x", "source": "s"},`, 3)
	tests := []struct {
		name      string
		opts      Options
		req       req
		want      *Error
		wantAllow string
	}{
		{"unknown route", Options{}, req{method: http.MethodGet, path: "/nope"},
			&Error{Status: 404, Code: "not_found", Message: "no such route: /nope (the API is POST /api/v1/check, GET /api/v1/claimsets/default, GET /healthz)"}, ""},
		{"unknown route under the API", Options{}, req{path: "/api/v1/checks", contentType: "text/plain"},
			&Error{Status: 404, Code: "not_found", Message: "no such route: /api/v1/checks (the API is POST /api/v1/check, GET /api/v1/claimsets/default, GET /healthz)"}, ""},
		{"GET check", Options{}, req{method: http.MethodGet},
			&Error{Status: 405, Code: "method_not_allowed", Message: "GET is not allowed on /api/v1/check; use POST, OPTIONS"}, "POST, OPTIONS"},
		{"PUT check", Options{}, req{method: http.MethodPut, contentType: "text/plain", body: "x"},
			&Error{Status: 405, Code: "method_not_allowed", Message: "PUT is not allowed on /api/v1/check; use POST, OPTIONS"}, "POST, OPTIONS"},
		{"POST healthz", Options{}, req{path: "/healthz"},
			&Error{Status: 405, Code: "method_not_allowed", Message: "POST is not allowed on /healthz; use GET, HEAD, OPTIONS"}, "GET, HEAD, OPTIONS"},
		{"DELETE claim set", Options{}, req{method: http.MethodDelete, path: "/api/v1/claimsets/default"},
			&Error{Status: 405, Code: "method_not_allowed", Message: "DELETE is not allowed on /api/v1/claimsets/default; use GET, HEAD, OPTIONS"}, "GET, HEAD, OPTIONS"},
		{"no content type", Options{}, req{body: "Mexico sent 26."},
			&Error{Status: 415, Code: "unsupported_media_type", Message: "send application/json or text/plain, not none"}, ""},
		{"form", Options{}, req{contentType: "application/x-www-form-urlencoded", body: "text=Mexico"},
			&Error{Status: 415, Code: "unsupported_media_type", Message: "send application/json or text/plain, not application/x-www-form-urlencoded"}, ""},
		{"another charset", Options{}, req{contentType: "text/plain; charset=iso-8859-1", body: "Mexico sent 26."},
			&Error{Status: 415, Code: "unsupported_media_type", Message: "send UTF-8, not charset iso-8859-1"}, ""},
		{"body over the limit", Options{MaxBody: 10}, req{contentType: "text/plain", body: "Mexico sent 26 people."},
			&Error{Status: 413, Code: "body_too_large", Message: "the body is over the limit of 10 bytes"}, ""},
		{"JSON over the limit", Options{MaxBody: 10}, req{contentType: "application/json", body: textJSON("")},
			&Error{Status: 413, Code: "body_too_large", Message: "the body is over the limit of 10 bytes"}, ""},
		{"claim set over its limit", Options{MaxClaimSet: 10}, req{contentType: "application/json", body: withClaims(string(council(t)))},
			&Error{Status: 413, Code: "claim_set_too_large", Path: "claims", Message: "the claim set is over the limit of 10 bytes"}, ""},
		{"too many claims", Options{MaxClaims: 2}, req{contentType: "application/json", body: withClaims(strings.ReplaceAll(bigSet, `"c"`, `"c1"`) + `{"id": "d", "kind": "year", "value": 2000, "statement": "y", "source": "s"}]}`)},
			nil, ""}, // filled below: the loader rejects the repeated id first
		{"malformed JSON", Options{}, req{contentType: "application/json", body: "{\"text\": \"x\",\n \"dateline\": '2025-08-12'}"},
			&Error{Status: 400, Code: "malformed_json", Path: "dateline", Line: 2, Column: 14,
				Message: "malformed JSON at line 2, column 14: invalid character '\\'' looking for beginning of value"}, ""},
		{"truncated JSON", Options{}, req{contentType: "application/json", body: `{"text": "x"`},
			&Error{Status: 400, Code: "malformed_json", Path: "text", Line: 1, Column: 13,
				Message: "malformed JSON at line 1, column 13: the JSON ends too early"}, ""},
		{"empty JSON body", Options{}, req{contentType: "application/json"},
			&Error{Status: 400, Code: "malformed_json", Line: 1, Column: 1, Message: "malformed JSON at line 1, column 1: the JSON ends too early"}, ""},
		{"not an object", Options{}, req{contentType: "application/json", body: `["Mexico sent 26."]`},
			&Error{Status: 400, Code: "malformed_json", Message: `the body must be a JSON object: {"text": "…"}`}, ""},
		{"data after the object", Options{}, req{contentType: "application/json", body: textJSON("") + ` {}`},
			&Error{Status: 400, Code: "malformed_json", Line: 1, Column: 29,
				Message: "malformed JSON at line 1, column 29: invalid character '{' after top-level value"}, ""},
		{"text missing", Options{}, req{contentType: "application/json", body: `{"dateline": "2025-08-12"}`},
			&Error{Status: 400, Code: "invalid_field", Path: "text", Message: "text is missing: the draft to check"}, ""},
		{"text not a string", Options{}, req{contentType: "application/json", body: `{"text": ["Mexico"]}`},
			&Error{Status: 400, Code: "invalid_field", Path: "text", Message: "text must be a string: the draft to check"}, ""},
		{"unknown field", Options{}, req{contentType: "application/json", body: textJSON(`, "dateLine": "2025-08-12"`)},
			&Error{Status: 400, Code: "invalid_field", Path: "dateLine", Message: "dateLine is not a field of a check request (text, claims, dateline)"}, ""},
		{"field twice", Options{}, req{contentType: "application/json", body: textJSON(`, "text": "again"`)},
			&Error{Status: 400, Code: "invalid_field", Path: "text", Message: "text appears twice"}, ""},
		{"dateline not a date", Options{}, req{contentType: "application/json", body: textJSON(`, "dateline": "2025-02-30"`)},
			&Error{Status: 400, Code: "invalid_field", Path: "dateline", Message: `dateline must be a date YYYY-MM-DD, not "2025-02-30"`}, ""},
		{"dateline a month", Options{}, req{contentType: "application/json", body: textJSON(`, "dateline": "2025-08"`)},
			&Error{Status: 400, Code: "invalid_field", Path: "dateline", Message: `dateline must be a date YYYY-MM-DD, not "2025-08"`}, ""},
		{"dateline a number", Options{}, req{contentType: "application/json", body: textJSON(`, "dateline": 20250812`)},
			&Error{Status: 400, Code: "invalid_field", Path: "dateline", Message: "dateline must be a string YYYY-MM-DD"}, ""},
		{"dateline query not a date", Options{}, req{path: "/api/v1/check?dateline=Tuesday", contentType: "text/plain", body: "x"},
			&Error{Status: 400, Code: "invalid_field", Path: "dateline", Message: `the dateline query parameter must be a date YYYY-MM-DD, not "Tuesday"`}, ""},
		{"dateline query with JSON", Options{}, req{path: "/api/v1/check?dateline=2025-08-12", contentType: "application/json", body: textJSON("")},
			&Error{Status: 400, Code: "invalid_field", Path: "dateline", Message: "with application/json, send the dateline in the body, not the query"}, ""},
		{"claims not an object", Options{}, req{contentType: "application/json", body: withClaims(`"council"`)},
			&Error{Status: 400, Code: "invalid_field", Path: "claims", Message: "claims must be a claim set object (docs/claimset.md), or absent for the built-in set"}, ""},
		{"invalid claim set", Options{}, req{contentType: "application/json", body: withClaims("{\"version\": 1, \"id\": \"x\", \"title\": \"X\", \"asOf\": \"2025-01-01\",\n" +
			"  \"sources\": [{\"id\": \"s\", \"title\": \"S\"}],\n" +
			"  \"claims\": [{\"id\": \"a\", \"kind\": \"year\", \"value\": 1999, \"statement\": \"x\", \"source\": \"s\"},\n" +
			"             {\"id\": \"b\", \"kind\": \"tally\", \"value\": 6, \"statement\": \"x\", \"source\": \"s\"}]}")},
			&Error{Status: 400, Code: "invalid_claim_set", Path: "claims.claims[1].kind", Line: 5, Column: 34,
				Message: `invalid claim set: claims.claims[1].kind: claim "b": unknown kind "tally" (known: count, date, year, percent, duration, ordinal, money, person, group)`,
				Problems: []Problem{{Path: "claims.claims[1].kind", Line: 5, Column: 34,
					Message: `claim "b": unknown kind "tally" (known: count, date, year, percent, duration, ordinal, money, person, group)`}}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			defer swapCheck(func(set *claims.ClaimSet, name, text string, opts claims.Options) (report.File, claims.Report) {
				calls++
				return report.CheckShared(set, name, text, opts)
			})()
			w := tt.req.do(t, New(tt.opts))
			got := errorOf(t, w)
			want := tt.want
			if want == nil {
				if got.Code != "invalid_claim_set" || got.Status != 400 || !strings.HasPrefix(got.Path, "claims.claims[") {
					t.Errorf("got %+v, want a 400 invalid_claim_set with the path of a claim", got)
				}
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s %s %q (-want +got):\n%s", tt.req.method, tt.req.path, tt.req.body, diff)
			}
			if diff := cmp.Diff(tt.wantAllow, w.Header().Get("Allow")); diff != "" {
				t.Errorf("Allow (-want +got):\n%s", diff)
			}
			if calls != 0 {
				t.Errorf("the engine saw a request answered %d", w.Code)
			}
		})
	}
}

// A claim set within its size limit but over the number of claims is refused after loading.
func TestTooManyClaims(t *testing.T) {
	w := req{contentType: "application/json", body: jsonBody(t, map[string]any{"text": "x", "claims": council(t)})}.do(t, New(Options{MaxClaims: 10}))
	want := &Error{Status: 400, Code: "invalid_claim_set", Path: "claims.claims", Message: "the claim set has 33 claims; the limit is 10"}
	if diff := cmp.Diff(want, errorOf(t, w)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// A body sent without a length is cut at the limit as it is read.
func TestBodyOverLimitUnannounced(t *testing.T) {
	r := httptest.NewRequest(http.MethodPost, "/api/v1/check", io.MultiReader(strings.NewReader(strings.Repeat("Mexico sent 26. ", 100))))
	r.ContentLength = -1
	r.Header.Set("Content-Type", "text/plain")
	w := httptest.NewRecorder()
	New(Options{MaxBody: 1000}).ServeHTTP(w, r)
	want := &Error{Status: 413, Code: "body_too_large", Message: "the body is over the limit of 1000 bytes"}
	if diff := cmp.Diff(want, errorOf(t, w)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// swapCheck replaces the engine call for one test and returns the function that restores it.
func swapCheck(f func(*claims.ClaimSet, string, string, claims.Options) (report.File, claims.Report)) func() {
	old := checkDefault
	checkDefault = f
	return func() { checkDefault = old }
}

// A panic is a 500 in the error shape, logged with its stack and never sent to the client.
func TestPanic(t *testing.T) {
	defer swapCheck(func(*claims.ClaimSet, string, string, claims.Options) (report.File, claims.Report) {
		var m map[string]int
		m["boom"]++ // a nil map: a real runtime fault
		return report.File{}, claims.Report{}
	})()
	var log bytes.Buffer
	h := New(Options{Log: slog.New(slog.NewTextHandler(&log, nil))})
	w := req{contentType: "text/plain", body: "Mexico sent 26."}.do(t, h)
	want := &Error{Status: 500, Code: "internal", Message: "an internal error stopped the check; it has been logged"}
	if diff := cmp.Diff(want, errorOf(t, w)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if strings.Contains(w.Body.String(), "goroutine") || strings.Contains(w.Body.String(), ".go:") {
		t.Errorf("the response shows the stack: %s", w.Body)
	}
	if !strings.Contains(log.String(), "assignment to entry in nil map") || !strings.Contains(log.String(), "api_test.go") {
		t.Errorf("the log lacks the panic and its stack:\n%s", log.String())
	}
	// The server's own way to abort a response still reaches the server.
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler", v)
		}
	}()
	checkDefault = func(*claims.ClaimSet, string, string, claims.Options) (report.File, claims.Report) {
		panic(http.ErrAbortHandler)
	}
	req{contentType: "text/plain", body: "x"}.do(t, h)
}

func TestCORS(t *testing.T) {
	const site = "https://cms.example.org"
	preflight := func(origin, method string) req {
		path := "/api/v1/check"
		if method == "GET" {
			path = "/api/v1/claimsets/default"
		}
		return req{method: http.MethodOptions, path: path, header: map[string]string{"Origin": origin, "Access-Control-Request-Method": method,
			"Access-Control-Request-Headers": "content-type"}}
	}
	post := req{contentType: "application/json", body: `{"text": "Mexico sent 26."}`, header: map[string]string{"Origin": site}}
	hdrs := []string{"Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Max-Age", "Vary", "Allow"}
	tests := []struct {
		name       string
		origins    []string
		req        req
		wantStatus int
		want       map[string]string
	}{
		{"no origins configured", nil, preflight(site, "POST"), 403, map[string]string{}},
		{"OPTIONS without CORS", nil, req{method: http.MethodOptions}, 204, map[string]string{"Allow": "POST, OPTIONS"}},
		{"no origins configured, POST", nil, post, 200, map[string]string{}},
		{"preflight from an allowed origin", []string{site}, preflight(site, "POST"), 204, map[string]string{
			"Access-Control-Allow-Origin": site, "Access-Control-Allow-Methods": "POST, OPTIONS", "Access-Control-Allow-Headers": "Content-Type",
			"Access-Control-Max-Age": "7200", "Vary": "Origin", "Allow": "POST, OPTIONS"}},
		{"preflight from another origin", []string{site}, preflight("https://evil.example", "POST"), 403, map[string]string{"Vary": "Origin"}},
		{"POST from an allowed origin", []string{site, "http://localhost:3000"}, post, 200, map[string]string{"Access-Control-Allow-Origin": site, "Vary": "Origin"}},
		{"POST from another origin", []string{"http://localhost:3000"}, post, 200, map[string]string{"Vary": "Origin"}},
		{"any origin", []string{"*"}, post, 200, map[string]string{"Access-Control-Allow-Origin": "*", "Vary": "Origin"}},
		{"error from an allowed origin", []string{site}, req{method: http.MethodGet, header: map[string]string{"Origin": site}}, 405,
			map[string]string{"Access-Control-Allow-Origin": site, "Vary": "Origin", "Allow": "POST, OPTIONS"}},
		{"preflight of the claim set", []string{site}, preflight(site, "GET"), 204, map[string]string{
			"Access-Control-Allow-Origin": site, "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS", "Access-Control-Allow-Headers": "Content-Type",
			"Access-Control-Max-Age": "7200", "Vary": "Origin", "Allow": "GET, HEAD, OPTIONS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := tt.req.do(t, New(Options{Origins: tt.origins}))
			got := map[string]string{}
			for _, k := range hdrs {
				if v := w.Header().Get(k); v != "" {
					got[k] = v
				}
			}
			if diff := cmp.Diff(tt.wantStatus, w.Code); diff != "" {
				t.Errorf("status (-want +got):\n%s\n%s", diff, w.Body)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("headers (-want +got):\n%s", diff)
			}
			if w.Code == 403 {
				if e := errorOf(t, w); e.Code != "origin_not_allowed" {
					t.Errorf("code %q, want origin_not_allowed", e.Code)
				}
			}
		})
	}
}

func TestPathAt(t *testing.T) {
	data := `{"text": "a", "claims": {"claims": [{"id": "a"}, {"id": "b", "kind": "tally"}], "we ird": [1, [2, 3]]}}`
	tests := []struct {
		at   string // the first occurrence of this marks the offset
		want string
	}{
		{`{"text"`, ""},
		{`"text"`, "text"},
		{`"a"`, "text"},
		{`{"claims": [`, "claims"},
		{`[{"id": "a"}`, "claims.claims"},
		{`{"id": "a"}`, "claims.claims[0]"},
		{`"b"`, "claims.claims[1].id"},
		{`"kind"`, "claims.claims[1].kind"},
		{`"tally"`, "claims.claims[1].kind"},
		{`3]`, `claims["we ird"][1][1]`},
	}
	for _, tt := range tests {
		off := strings.Index(data, tt.at)
		if diff := cmp.Diff(tt.want, pathAt([]byte(data), off)); diff != "" {
			t.Errorf("pathAt(%q) (-want +got):\n%s", data[off:], diff)
		}
	}
}

// Any body gets a JSON answer with a status of the contract, never a 500.
func FuzzCheckRequest(f *testing.F) {
	f.Add("application/json", []byte(`{"text": "Mexico sent 25 alleged cartel members on Tuesday."}`))
	f.Add("application/json", []byte(`{"text": "x", "claims": {"version": 1, "claims": [{"kind": "tally"}]}}`))
	f.Add("application/json", []byte(`{"text": "x", "dateline": "2025-08-12"} x`))
	f.Add("text/plain", []byte("Mexico sent 25 \xff alleged cartel members."))
	f.Add("text/html", []byte("<p>"))
	h := New(Options{MaxBody: 64 << 10, Log: slog.New(slog.DiscardHandler)})
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		r := httptest.NewRequest(http.MethodPost, "/api/v1/check", bytes.NewReader(body))
		r.Header.Set("Content-Type", contentType)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		switch w.Code {
		case 200:
			var c checked
			if err := json.Unmarshal(w.Body.Bytes(), &c); err != nil || c.Findings == nil {
				t.Fatalf("200 with %q: %v", w.Body, err)
			}
		case 400, 413, 415:
			errorOf(t, w)
		default:
			t.Fatalf("status %d for %q %q: %s", w.Code, contentType, body, w.Body)
		}
	})
}
