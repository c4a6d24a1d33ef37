// Package api is Claimcheck's HTTP API (the contract is in DESIGN.md, the details in
// docs/api.md): a plain net/http handler that knows nothing of where it runs. claimcheck serve
// mounts it on a native server; worker/ serves it on Cloudflare Workers.
//
//	POST /api/v1/check              check a draft (application/json or text/plain)
//	GET  /api/v1/claimsets/default  the built-in claim set
//	GET  /healthz                   200 while the handler can answer
//
// Every error is JSON, {"error": {"code", "message", ...}}, and no panic escapes: a recovered
// fault is a 500 in the same shape, logged with its stack, never sent to the client.
//
// The handler uses encoding/json, which the engine avoids to keep the browser build small, for
// the request's envelope and for errors: the API runs on servers, where size does not matter,
// and on Workers, where it fits the limit. The bulk of a request, the draft and its findings, is
// read and written by hand in one pass each (members.go, unquote.go, encode.go).
package api

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/report"
)

// Default limits.
const (
	DefaultMaxBody     = 1 << 20   // bytes of a request body (1 MiB)
	DefaultMaxClaimSet = 256 << 10 // bytes of a claim set sent with a request (256 KiB)
	DefaultMaxClaims   = 1000      // claims in a claim set sent with a request
)

// Options configure the handler. The zero value is usable: default limits, no CORS.
type Options struct {
	// Limits; zero means the default.
	MaxBody     int64 // bytes of a request body, checked before the engine sees it
	MaxClaimSet int   // bytes of a claim set sent with a request
	MaxClaims   int   // claims in a claim set sent with a request

	// Origins are the browser origins ("https://cms.example.org") allowed to call the API from
	// a page. "*" allows any. None means no CORS headers at all: same-origin pages and servers
	// only.
	Origins []string

	// Log receives recovered panics; nil means slog.Default().
	Log *slog.Logger
}

// Handler is the API. It is safe for concurrent use.
type Handler struct {
	maxBody     int64
	maxClaimSet int
	maxClaims   int
	anyOrigin   bool
	origins     map[string]bool
	log         *slog.Logger

	defaultSet  *claims.ClaimSet
	defaultJSON []byte
	defaultETag string
}

// New returns the API handler configured by opts.
func New(opts Options) *Handler {
	h := &Handler{
		maxBody:     positiveOr(opts.MaxBody, DefaultMaxBody),
		maxClaimSet: positiveOr(opts.MaxClaimSet, DefaultMaxClaimSet),
		maxClaims:   positiveOr(opts.MaxClaims, DefaultMaxClaims),
		origins:     map[string]bool{},
		log:         opts.Log,
		defaultSet:  claims.Default(),
		defaultJSON: claims.DefaultJSON(),
	}
	if h.log == nil {
		h.log = slog.Default()
	}
	for _, o := range opts.Origins {
		if o == "*" {
			h.anyOrigin = true
		}
		h.origins[o] = true
	}
	sum := sha256.Sum256(h.defaultJSON)
	h.defaultETag = `"` + hex.EncodeToString(sum[:8]) + `"`
	return h
}

// positiveOr returns v, or def when v is not positive.
func positiveOr[T int | int64](v, def T) T {
	if v > 0 {
		return v
	}
	return def
}

// A route is a path and the methods it answers; OPTIONS is answered for every route.
type route struct {
	methods string // for the Allow header
	serve   func(h *Handler, w http.ResponseWriter, r *http.Request)
	allow   func(method string) bool
}

var routes = map[string]route{
	"/api/v1/check": {"POST, OPTIONS", (*Handler).check,
		func(m string) bool { return m == http.MethodPost }},
	"/api/v1/claimsets/default": {"GET, HEAD, OPTIONS", (*Handler).defaultClaimSet,
		func(m string) bool { return m == http.MethodGet || m == http.MethodHead }},
	"/healthz": {"GET, HEAD, OPTIONS", (*Handler).health,
		func(m string) bool { return m == http.MethodGet || m == http.MethodHead }},
}

// ServeHTTP routes a request, answering CORS preflights, wrong methods and unknown paths.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rw := &recorder{ResponseWriter: w}
	defer h.recover(rw, r)
	w = rw
	w.Header().Set("X-Content-Type-Options", "nosniff")

	rt, ok := routes[r.URL.Path]
	if !ok {
		h.cors(w, r, "")
		writeError(w, &Error{Status: http.StatusNotFound, Code: "not_found",
			Message: "no such route: " + r.URL.Path + " (the API is POST /api/v1/check, GET /api/v1/claimsets/default, GET /healthz)"})
		return
	}
	allowed := h.cors(w, r, rt.methods)
	if r.Method == http.MethodOptions {
		if r.Header.Get("Origin") != "" && r.Header.Get("Access-Control-Request-Method") != "" && !allowed {
			writeError(w, &Error{Status: http.StatusForbidden, Code: "origin_not_allowed",
				Message: "origin " + r.Header.Get("Origin") + " may not call this API from a browser"})
			return
		}
		w.Header().Set("Allow", rt.methods)
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if !rt.allow(r.Method) {
		w.Header().Set("Allow", rt.methods)
		writeError(w, &Error{Status: http.StatusMethodNotAllowed, Code: "method_not_allowed",
			Message: r.Method + " is not allowed on " + r.URL.Path + "; use " + rt.methods})
		return
	}
	rt.serve(h, w, r)
}

// cors sets the CORS headers for a request from an allowed origin and reports whether its origin
// is allowed. methods is the route's Allow list, "" for an unknown route.
func (h *Handler) cors(w http.ResponseWriter, r *http.Request, methods string) bool {
	if len(h.origins) == 0 {
		return false
	}
	hd := w.Header()
	hd.Add("Vary", "Origin")
	origin := r.Header.Get("Origin")
	if origin == "" || !(h.anyOrigin || h.origins[origin]) {
		return false
	}
	if h.anyOrigin {
		hd.Set("Access-Control-Allow-Origin", "*")
	} else {
		hd.Set("Access-Control-Allow-Origin", origin)
	}
	if r.Method == http.MethodOptions && methods != "" {
		hd.Set("Access-Control-Allow-Methods", methods)
		hd.Set("Access-Control-Allow-Headers", "Content-Type")
		hd.Set("Access-Control-Max-Age", "7200")
	}
	return true
}

func (h *Handler) health(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	io.WriteString(w, `{"status":"ok"}`+"\n")
}

func (h *Handler) defaultClaimSet(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("ETag", h.defaultETag)
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(h.defaultJSON))
}

// response is the answer to a check: the CLI's files[] entry, less its path, beside the claim
// set.
type response struct {
	ClaimSet report.ClaimSet `json:"claimSet"`
	report.File
}

// checkDefault checks against the built-in set; a variable so that a test can make it fail.
var checkDefault = report.CheckShared

func (h *Handler) check(w http.ResponseWriter, r *http.Request) {
	req, err := h.readCheck(w, r)
	if err != nil {
		writeError(w, err)
		return
	}
	var file report.File
	set := h.defaultSet
	if req.set == nil {
		file, _ = checkDefault(set, "text", req.text, req.opts)
	} else {
		// A claim set of one request gets a Checker of its own: the shared pool keeps one per
		// set for good, which would grow with every request.
		set = req.set
		file, _ = report.Check(claims.NewChecker(set), "text", req.text, req.opts)
	}
	file.Path = "" // the API checks one text, named "text" in its errors
	if req.utf8 != "" {
		file.Errors = append(file.Errors, req.utf8)
	}
	out := outPool.Get().(*[]byte)
	b := appendResponse((*out)[:0], &response{ClaimSet: report.Of(set), File: file})
	hd := w.Header()
	hd.Set("Content-Type", "application/json; charset=utf-8")
	hd.Set("Content-Length", strconv.Itoa(len(b)))
	hd.Set("Cache-Control", "no-store")
	w.Write(b)
	if cap(b) <= 1<<20 { // a rare huge response is left to the collector
		*out = b
		outPool.Put(out)
	}
}

// outPool holds response buffers.
var outPool = sync.Pool{New: func() any { return new([]byte) }}

// checkRequest is a parsed POST /api/v1/check.
type checkRequest struct {
	text string
	set  *claims.ClaimSet // nil: the built-in set
	opts claims.Options
	utf8 string // the invalid UTF-8 the JSON decoder replaced in text, as report.UTF8Error writes it
}

// readCheck reads and validates a check request; the engine sees nothing of a request it
// rejects.
func (h *Handler) readCheck(w http.ResponseWriter, r *http.Request) (*checkRequest, *Error) {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || (mt != "application/json" && mt != "text/plain") {
		w.Header().Set("Accept-Post", "application/json, text/plain")
		got := r.Header.Get("Content-Type")
		if got == "" {
			got = "none"
		}
		return nil, &Error{Status: http.StatusUnsupportedMediaType, Code: "unsupported_media_type",
			Message: "send application/json or text/plain, not " + got}
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
		w.Header().Set("Accept-Post", "application/json, text/plain")
		return nil, &Error{Status: http.StatusUnsupportedMediaType, Code: "unsupported_media_type",
			Message: "send UTF-8, not charset " + cs}
	}
	if r.ContentLength > h.maxBody {
		return nil, h.tooLarge()
	}
	body, release, rerr := readBody(w, r, h.maxBody)
	defer release()
	if rerr != nil {
		var mbe *http.MaxBytesError
		if errors.As(rerr, &mbe) {
			return nil, h.tooLarge()
		}
		return nil, &Error{Status: http.StatusBadRequest, Code: "unreadable_body", Message: "cannot read the body: " + rerr.Error()}
	}
	if mt == "text/plain" {
		req := &checkRequest{text: string(body)}
		if d := r.URL.Query().Get("dateline"); d != "" {
			if req.opts.Dateline, err = parseDateline(d); err != nil {
				return nil, &Error{Status: http.StatusBadRequest, Code: "invalid_field", Path: "dateline",
					Message: "the dateline query parameter " + err.Error()}
			}
		}
		return req, nil
	}
	if r.URL.Query().Has("dateline") {
		return nil, &Error{Status: http.StatusBadRequest, Code: "invalid_field", Path: "dateline",
			Message: "with application/json, send the dateline in the body, not the query"}
	}
	return h.parseJSON(body)
}

func (h *Handler) tooLarge() *Error {
	return &Error{Status: http.StatusRequestEntityTooLarge, Code: "body_too_large",
		Message: "the body is over the limit of " + strconv.FormatInt(h.maxBody, 10) + " bytes"}
}

var bodyPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// readBody reads at most max bytes of the body into a pooled buffer, which release returns.
func readBody(w http.ResponseWriter, r *http.Request, max int64) (body []byte, release func(), err error) {
	buf := bodyPool.Get().(*bytes.Buffer)
	buf.Reset()
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength) + 1)
	}
	_, err = buf.ReadFrom(http.MaxBytesReader(w, r.Body, max))
	return buf.Bytes(), func() {
		if buf.Cap() <= 64<<10 { // a rare large body is left to the collector
			bodyPool.Put(buf)
		}
	}, err
}

// parseJSON reads {"text": "…", "claims": {…}, "dateline": "YYYY-MM-DD"}, strictly: unknown,
// repeated and mistyped members are errors that name their path.
func (h *Handler) parseJSON(body []byte) (*checkRequest, *Error) {
	req := &checkRequest{}
	seen := map[string]bool{}
	err := members(body, func(key string, raw []byte, start int) *Error {
		if seen[key] {
			return fieldError(key, "appears twice")
		}
		seen[key] = true
		null := string(raw) == "null"
		switch key {
		case "text":
			if raw[0] != '"' {
				return fieldError(key, "must be a string: the draft to check")
			}
			var badAt int
			var bad byte
			if req.text, badAt, bad = unquote(raw); badAt >= 0 {
				req.utf8 = report.UTF8Error("text", req.text, badAt, bad)
			}
		case "claims":
			if null {
				return nil
			}
			if raw[0] != '{' {
				return fieldError(key, "must be a claim set object (docs/claimset.md), or absent for the built-in set")
			}
			if len(raw) > h.maxClaimSet {
				return &Error{Status: http.StatusRequestEntityTooLarge, Code: "claim_set_too_large", Path: key,
					Message: "the claim set is over the limit of " + strconv.Itoa(h.maxClaimSet) + " bytes"}
			}
			var err *Error
			req.set, err = h.loadClaimSet(body, raw, start)
			return err
		case "dateline":
			var s string
			if !null && (raw[0] != '"' || json.Unmarshal(raw, &s) != nil) {
				return fieldError(key, "must be a string YYYY-MM-DD")
			}
			if s != "" {
				var err error
				if req.opts.Dateline, err = parseDateline(s); err != nil {
					return fieldError(key, err.Error())
				}
			}
		default:
			return fieldError(key, "is not a field of a check request (text, claims, dateline)")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !seen["text"] {
		return nil, fieldError("text", "is missing: the draft to check")
	}
	return req, nil
}

// loadClaimSet loads the claim set raw found at byte offset start of body, reporting each
// problem with its path and its line and column in the body.
func (h *Handler) loadClaimSet(body, raw []byte, start int) (*claims.ClaimSet, *Error) {
	set, err := claims.Load("claims", raw)
	if err != nil {
		var list claims.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			return nil, &Error{Status: http.StatusBadRequest, Code: "invalid_claim_set", Path: "claims", Message: err.Error()}
		}
		e := &Error{Status: http.StatusBadRequest, Code: "invalid_claim_set"}
		for _, le := range list {
			off := offsetOf(raw, le.Line, le.Column)
			p := Problem{Path: joinPath("claims", pathAt(raw, off)), Message: le.Msg}
			p.Line, p.Column = report.Position(string(body), start+off)
			e.Problems = append(e.Problems, p)
		}
		first := e.Problems[0]
		e.Path, e.Line, e.Column = first.Path, first.Line, first.Column
		e.Message = "invalid claim set: " + first.Path + ": " + first.Message
		if n := len(e.Problems) - 1; n > 0 {
			e.Message += " (and " + strconv.Itoa(n) + " more, in problems)"
		}
		return nil, e
	}
	if n := len(set.Claims); n > h.maxClaims {
		return nil, &Error{Status: http.StatusBadRequest, Code: "invalid_claim_set", Path: "claims.claims",
			Message: "the claim set has " + strconv.Itoa(n) + " claims; the limit is " + strconv.Itoa(h.maxClaims)}
	}
	return set, nil
}

func joinPath(a, b string) string {
	if b == "" || b[0] == '[' {
		return a + b
	}
	return a + "." + b
}

// parseDateline reads a reference date YYYY-MM-DD.
func parseDateline(s string) (claims.Date, error) {
	d, ok := claims.ParseDate(s)
	if !ok || d.Day == 0 {
		return claims.Date{}, errors.New("must be a date YYYY-MM-DD, not " + strconv.Quote(s))
	}
	return d, nil
}

// malformed describes the syntax error of body, found by the decoder as err, with its position
// and path. A json.Decoder's offsets are relative to the value it was reading, so the body is
// scanned again from its start to place the error.
func malformed(body []byte, err error) *Error {
	off := len(body)
	var se *json.SyntaxError
	if uerr := json.Unmarshal(body, new(json.RawMessage)); errors.As(uerr, &se) {
		err = se
		off = max(0, min(int(se.Offset)-1, len(body))) // the scanner counts the offending byte as read
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || msg == "unexpected end of JSON input" {
		msg, off = "the JSON ends too early", len(body)
	}
	line, col := report.Position(string(body), off)
	return &Error{Status: http.StatusBadRequest, Code: "malformed_json", Path: pathAt(body, off), Line: line, Column: col,
		Message: "malformed JSON at line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ": " + msg}
}

func fieldError(path, msg string) *Error {
	return &Error{Status: http.StatusBadRequest, Code: "invalid_field", Path: path, Message: path + " " + msg}
}

// recover turns a panic in the handler into a 500 in the error shape, logged with its stack.
func (h *Handler) recover(w *recorder, r *http.Request) {
	v := recover()
	if v == nil {
		return
	}
	if v == http.ErrAbortHandler {
		panic(v) // the server's way to drop a connection on purpose
	}
	h.log.Error("api: recovered panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
	if w.wrote {
		return // too late for a status: the client sees a cut response
	}
	w.Header().Del("Content-Length")
	writeError(w, &Error{Status: http.StatusInternalServerError, Code: "internal",
		Message: "an internal error stopped the check; it has been logged"})
}

// recorder notes whether the response has started, so that a recovered panic knows whether it
// can still send a status.
type recorder struct {
	http.ResponseWriter
	wrote bool
}

func (w *recorder) WriteHeader(code int) {
	w.wrote = true
	w.ResponseWriter.WriteHeader(code)
}

func (w *recorder) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// Unwrap gives http.ResponseController the writer underneath.
func (w *recorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }
