package api

// Errors in a request body name the field they are about as a path in JavaScript notation
// (claims.claims[2].kind), which a CMS developer can follow into the JSON they sent. The
// engine's claim set loader reports line and column; pathAt turns a byte offset into that path
// with a scan that tolerates malformed JSON after the offset, so a syntax error gets a path too.

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// pathAt returns the path of the innermost value or member of the JSON text data at byte
// offset off: "" for the top level, "claims" for a member, "claims[2].kind" deeper. data need
// only be well formed before off.
func pathAt(data []byte, off int) string {
	type frame struct {
		array   bool
		index   int    // arrays: the element being read
		key     string // objects: the member being read, "" before the first
		inValue bool   // objects: past the member's colon
	}
	var stack []frame
	top := func() *frame {
		if len(stack) == 0 {
			return nil
		}
		return &stack[len(stack)-1]
	}
	for i := 0; i < len(data) && i <= off; {
		c := data[i]
		if i == off && (c != '"' || top() == nil || top().array || top().inValue) {
			break // off is at a value, a bracket or a separator: the path is the one so far
		}
		switch c {
		case '{', '[':
			stack = append(stack, frame{array: c == '['})
			i++
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			i++
		case ',':
			if f := top(); f != nil {
				if f.array {
					f.index++
				} else {
					f.key, f.inValue = "", false
				}
			}
			i++
		case ':':
			if f := top(); f != nil && !f.array {
				f.inValue = true
			}
			i++
		case '"':
			j := stringEnd(data, i)
			if f := top(); f != nil && !f.array && !f.inValue {
				var key string
				if json.Unmarshal(data[i:j], &key) != nil {
					key = string(data[i+1 : max(i+1, j-1)])
				}
				f.key = key
			}
			if i == off {
				i = len(data) // a member's name at off: the path ends with it
			} else {
				i = j
			}
		default:
			i++
		}
	}
	var b strings.Builder
	for _, f := range stack {
		switch {
		case f.array:
			b.WriteString("[" + strconv.Itoa(f.index) + "]")
		case f.key == "":
		case isIdent(f.key):
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(f.key)
		default:
			b.WriteString("[" + strconv.Quote(f.key) + "]")
		}
	}
	return b.String()
}

// stringEnd returns the offset just past the JSON string that starts at data[i], or len(data).
func stringEnd(data []byte, i int) int {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(data)
}

// isIdent reports whether key can follow a dot in JavaScript.
func isIdent(key string) bool {
	for i, c := range key {
		if c != '_' && c != '$' && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return key != ""
}

// offsetOf returns the byte offset of 1-based line and column col (in bytes) of data.
func offsetOf(data []byte, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return len(data)
		}
		off += i + 1
	}
	return min(off+col-1, len(data))
}
