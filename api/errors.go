package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
)

// Error is an API error, sent as {"error": {...}} with its status.
type Error struct {
	Status   int       `json:"-"`
	Code     string    `json:"code"`               // stable, for programs: not_found, invalid_field, …
	Message  string    `json:"message"`            // for people
	Path     string    `json:"path,omitempty"`     // the request body's field at fault: claims.claims[2].kind
	Line     int       `json:"line,omitempty"`     // 1-based line of the fault in the body
	Column   int       `json:"column,omitempty"`   // 1-based column of the fault in the body, in bytes
	Problems []Problem `json:"problems,omitempty"` // invalid_claim_set: every problem found
}

// Problem is one problem of a claim set sent with a request.
type Problem struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`   // 1-based, in the request body
	Column  int    `json:"column"` // 1-based, in bytes, in the request body
	Message string `json:"message"`
}

func (e *Error) Error() string { return strconv.Itoa(e.Status) + " " + e.Code + ": " + e.Message }

func writeError(w http.ResponseWriter, e *Error) {
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, e.Status, struct {
		Error *Error `json:"error"`
	}{e})
}

var jsonPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// writeJSON sends v as JSON with status, HTML characters unescaped as the CLI writes them.
func writeJSON(w http.ResponseWriter, status int, v any) {
	buf := jsonPool.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 256<<10 {
			jsonPool.Put(buf)
		}
	}()
	buf.Reset()
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // the values sent are all plain data
	}
	hd := w.Header()
	hd.Set("Content-Type", "application/json; charset=utf-8")
	hd.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}
