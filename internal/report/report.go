// Package report is the JSON shape of a check that the command line (-format json) and the HTTP
// API share, so that a draft gets the same findings, written the same way, from either.
package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// Report is the command line's -format json output: the claim set and one File per input.
type Report struct {
	ClaimSet ClaimSet `json:"claimSet"`
	Files    []File   `json:"files"`
}

// ClaimSet names the claim set a draft was checked against.
type ClaimSet struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	AsOf  string `json:"asOf"` // YYYY-MM-DD, YYYY-MM or YYYY
}

// File is the check of one input. The API answers with the same fields, less Path, beside the
// claim set.
type File struct {
	Path     string           `json:"path,omitempty"`   // the input's name; empty in the API, which checks one text
	Findings []claims.Finding `json:"findings"`         // sorted by Start; never null
	Errors   []string         `json:"errors,omitempty"` // problems with the input itself (unreadable, invalid UTF-8)
}

// Of returns the name of set as a report writes it.
func Of(set *claims.ClaimSet) ClaimSet {
	return ClaimSet{ID: set.ID, Title: set.Title, AsOf: set.AsOf.String()}
}

// Check checks text with c and returns its File entry named name, with an error for invalid
// UTF-8 (the draft is still checked: the engine takes any bytes) and the engine's report.
func Check(c *claims.Checker, name, text string, opts claims.Options) (File, claims.Report) {
	return file(name, text, c.Check(text, opts))
}

// CheckShared is Check with the package-level claims.Check, which is safe for concurrent use.
func CheckShared(set *claims.ClaimSet, name, text string, opts claims.Options) (File, claims.Report) {
	return file(name, text, claims.Check(set, text, opts))
}

func file(name, text string, rep claims.Report) (File, claims.Report) {
	f := File{Path: name, Findings: rep.Findings}
	if f.Findings == nil {
		f.Findings = []claims.Finding{}
	}
	if msg := InvalidUTF8(name, text); msg != "" {
		f.Errors = append(f.Errors, msg)
	}
	return f, rep
}

// InvalidUTF8 describes the first invalid UTF-8 sequence of text as name:line:col, or returns ""
// when text is valid.
func InvalidUTF8(name, text string) string {
	if utf8.ValidString(text) {
		return ""
	}
	off := 0
	for off < len(text) {
		r, size := utf8.DecodeRuneInString(text[off:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		off += size
	}
	return UTF8Error(name, text, off, text[off])
}

// UTF8Error describes an invalid byte b found at byte offset off of text as name:line:col. text
// need not hold b itself: a JSON decoder has already put U+FFFD in its place.
func UTF8Error(name, text string, off int, b byte) string {
	line, col := Position(text, off)
	return fmt.Sprintf("%s:%d:%d: invalid UTF-8 (byte 0x%02x); the draft was checked, but its encoding must be fixed", name, line, col, b)
}

// Position returns the 1-based line and column (counted in bytes, as Go tools do) of byte offset
// off in s.
func Position(s string, off int) (line, col int) {
	line = 1 + strings.Count(s[:off], "\n")
	return line, off - strings.LastIndexByte(s[:off], '\n')
}
