package api

// members walks the members of the JSON object that is the whole of body, in order. Drafts are
// the bulk of a request, and encoding/json's scanner reads a string a byte at a time through a
// state machine, twice; a string member is scanned here in one tight loop instead, and any other
// value is left to encoding/json. FuzzMembers holds the walk to encoding/json's verdict on the
// syntax.

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
)

// members calls fn with each member's name, raw value and the value's offset in body, stopping
// at the first error fn returns. Malformed JSON is an error with its position.
func members(body []byte, fn func(key string, raw []byte, start int) *Error) *Error {
	bad := func() *Error {
		err := json.Unmarshal(body, new(json.RawMessage))
		if err == nil {
			err = errors.New("not a JSON object") // not reached: FuzzMembers holds the walk to encoding/json
		}
		return malformed(body, err)
	}
	i := skipSpace(body, 0)
	if i == len(body) {
		return bad()
	}
	if body[i] != '{' {
		if json.Valid(body) {
			return &Error{Status: http.StatusBadRequest, Code: "malformed_json", Message: `the body must be a JSON object: {"text": "…"}`}
		}
		return bad()
	}
	i = skipSpace(body, i+1)
	if i < len(body) && body[i] == '}' {
		i++
	} else {
		for {
			// "name"
			end, ok := stringLiteral(body, i)
			if !ok {
				return bad()
			}
			key, _, _ := unquote(body[i:end])
			i = skipSpace(body, end)
			if i == len(body) || body[i] != ':' {
				return bad()
			}
			// : value
			start := skipSpace(body, i+1)
			if end, ok = stringLiteral(body, start); !ok {
				if start < len(body) && body[start] == '"' {
					return bad()
				}
				var raw json.RawMessage
				dec := json.NewDecoder(bytes.NewReader(body[start:]))
				if dec.Decode(&raw) != nil {
					return bad()
				}
				end = start + int(dec.InputOffset())
			}
			if err := fn(key, body[start:end], start); err != nil {
				return err
			}
			// , or }
			i = skipSpace(body, end)
			if i == len(body) {
				return bad()
			}
			if body[i] == '}' {
				i++
				break
			}
			if body[i] != ',' {
				return bad()
			}
			i = skipSpace(body, i+1)
		}
	}
	if skipSpace(body, i) != len(body) {
		return bad() // data after the object
	}
	return nil
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringLiteral returns the offset just past the well-formed JSON string that starts at b[i].
func stringLiteral(b []byte, i int) (int, bool) {
	if i >= len(b) || b[i] != '"' {
		return 0, false
	}
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return j + 1, true
		case c < 0x20:
			return 0, false
		case c == '\\':
			if j+1 >= len(b) {
				return 0, false
			}
			switch b[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j++
			case 'u':
				if hex4(b[j:]) < 0 {
					return 0, false
				}
				j += 5
			default:
				return 0, false
			}
		}
	}
	return 0, false
}
