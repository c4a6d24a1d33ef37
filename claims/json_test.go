package claims

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// jsonShape renders a parsed value compactly, with the byte offset of every value and key, so
// that a table can state both what was read and where: "{@0 "a"@1:1@5}".
func jsonShape(v *jsonValue) string {
	var b strings.Builder
	var walk func(v *jsonValue)
	walk = func(v *jsonValue) {
		switch v.kind {
		case jsonNull:
			b.WriteString("null")
		case jsonBool:
			if v.b {
				b.WriteString("true")
			} else {
				b.WriteString("false")
			}
		case jsonNumber:
			b.WriteString(formatNumber(v.num))
		case jsonString:
			b.WriteString(`"` + v.str + `"`)
		case jsonArray:
			b.WriteString("[")
			for i, el := range v.arr {
				if i > 0 {
					b.WriteString(" ")
				}
				walk(el)
			}
			b.WriteString("]")
		case jsonObject:
			b.WriteString("{")
			for i, m := range v.obj {
				if i > 0 {
					b.WriteString(" ")
				}
				b.WriteString(`"` + m.key + `"@` + itoa(m.keyPos) + ":")
				walk(m.val)
			}
			b.WriteString("}")
		}
		b.WriteString("@" + itoa(v.pos))
	}
	walk(v)
	return b.String()
}

func itoa(n int) string { return formatNumber(float64(n)) }

func TestParseJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"object", `{"a": 1}`, `{"a"@1:1@6}@0`},
		{"nested", `{"a": [true, null, "x"]}`, `{"a"@1:[true@7 null@13 "x"@19]@6}@0`},
		{"numbers", `[0, -0.5e+2, 12.25, 1E3]`, `[0@1 -50@4 12.25@13 1,000@20]@0`},
		{"escapes", `"\u00e9\/\b\n\"\\"`, "\"é/\b\n\"\\\"@0"},
		{"surrogate pair", `"\ud83d\ude00"`, `"😀"@0`},
		// A surrogate that is not half of a pair becomes U+FFFD, as encoding/json makes it, and
		// what follows it is read as usual.
		{"lone high surrogate", `"\ud800"`, "\"\ufffd\"@0"},
		{"lone high surrogate before a letter", `"\ud800x"`, "\"\ufffdx\"@0"},
		{"lone high surrogate before an escape", `"\ud800\u0041"`, "\"\ufffdA\"@0"},
		{"two high surrogates", `"\ud800\ud800"`, "\"\ufffd\ufffd\"@0"},
		{"lone low surrogate", `"\udc00\u00e9"`, "\"\ufffdé\"@0"},
		{"UTF-8 as is", `"Martínez 日本"`, `"Martínez 日本"@0`},
		{"duplicate keys are kept, in order", `{"a":1,"a":2}`, `{"a"@1:1@5 "a"@7:2@11}@0`},
		{"byte order mark", "\xef\xbb\xbf{}", `{}@3`},
		{"white space around", " \t\r\n[ ] \n", `[]@4`},
		{"empty object and array", `{"o":{},"a":[]}`, `{"o"@1:{}@5 "a"@8:[]@12}@0`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := parseJSON([]byte(tt.in))
			if err != nil {
				t.Fatalf("parseJSON(%q): error at %d: %s", tt.in, err.pos, err.msg)
			}
			if diff := cmp.Diff(tt.want, jsonShape(v)); diff != "" {
				t.Errorf("parseJSON(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseJSONErrors(t *testing.T) {
	type problem struct {
		Pos int
		Msg string
	}
	tests := []struct {
		name string
		in   string
		want problem
	}{
		{"empty", ``, problem{0, "unexpected end of file, expected a value"}},
		{"only space", `  `, problem{2, "unexpected end of file, expected a value"}},
		{"trailing comma in an array", `[1,]`, problem{3, "unexpected ']', expected a value"}},
		{"trailing comma in an object", `{"a":1,}`, problem{7, "unexpected '}', expected a quoted key"}},
		{"missing colon", `{"a" 1}`, problem{5, "unexpected '1', expected ':' after key"}},
		{"unquoted key", `{a:1}`, problem{1, "unexpected 'a', expected a quoted key"}},
		{"missing comma", `[1 2]`, problem{3, "unexpected '2', expected ',' or ']'"}},
		{"unclosed array", `[1`, problem{2, "unexpected end of file, expected ',' or ']'"}},
		{"unclosed object", `{"a":1`, problem{6, "unexpected end of file, expected ',' or '}'"}},
		{"unclosed string", `"abc`, problem{4, "unexpected end of file in a string"}},
		{"bad literal", `tru`, problem{0, "unexpected 't', expected a value"}},
		{"leading zero", `01`, problem{1, "unexpected '1' after the end of the document"}},
		{"minus alone", `-`, problem{1, "invalid number"}},
		{"no fraction digits", `1.`, problem{2, "invalid number: digits expected after '.'"}},
		{"no exponent digits", `1e`, problem{2, "invalid number: digits expected in exponent"}},
		{"number out of range", `[1e400]`, problem{1, "number out of range"}},
		{"raw line break in a string", "\"a\nb\"", problem{2, "control character in a string (escape it)"}},
		{"bad escape", `"\x"`, problem{2, `invalid escape \x`}},
		{"bad unicode escape", `"\u12G4"`, problem{3, `invalid \u escape`}},
		{"bad unicode escape after a high surrogate", `"\ud800\u12G4"`, problem{9, `invalid \u escape`}},
		{"invalid UTF-8 in a string", "\"\xff\"", problem{1, "invalid UTF-8 in a string"}},
		{"invalid UTF-8 outside a string", "\xff", problem{0, "unexpected invalid UTF-8, expected a value"}},
		{"garbage after the document", `{} x`, problem{3, "unexpected 'x' after the end of the document"}},
		{"nested too deeply", strings.Repeat("[", jsonMaxDepth+1), problem{jsonMaxDepth, "nested too deeply"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := parseJSON([]byte(tt.in))
			if err == nil {
				t.Fatalf("parseJSON(%q) = %s, want an error", tt.in, jsonShape(v))
			}
			if diff := cmp.Diff(tt.want, problem{err.pos, err.msg}); diff != "" {
				t.Errorf("parseJSON(%q) (-want +got):\n%s", tt.in, diff)
			}
			if err.Error() != err.msg {
				t.Errorf("parseJSON(%q): Error() = %q, want the message %q", tt.in, err.Error(), err.msg)
			}
		})
	}
}

// As deep as allowed still parses.
func TestParseJSONDepthLimit(t *testing.T) {
	in := strings.Repeat("[", jsonMaxDepth) + strings.Repeat("]", jsonMaxDepth)
	if _, err := parseJSON([]byte(in)); err != nil {
		t.Errorf("parseJSON of %d nested arrays: error at %d: %s", jsonMaxDepth, err.pos, err.msg)
	}
}

func TestJSONGet(t *testing.T) {
	v, err := parseJSON([]byte(`{"a": 1, "b": "x", "a": 2}`))
	if err != nil {
		t.Fatal(err.msg)
	}
	if got := v.get("a"); got == nil || got.num != 1 {
		t.Errorf("get(%q) = %v, want the first member, 1", "a", got)
	}
	if got := v.get("missing"); got != nil {
		t.Errorf("get(%q) = %v, want nil", "missing", got)
	}
	if diff := cmp.Diff("string", v.get("b").kind.String()); diff != "" {
		t.Errorf("kind of %q (-want +got):\n%s", "b", diff)
	}
}

// The parser never panics: every prefix of a real claim set either parses or fails with a
// position inside the input.
func TestParseJSONPrefixes(t *testing.T) {
	data := DefaultJSON()
	for n := 0; n <= len(data); n += 1 + n/64 {
		v, err := parseJSON(data[:n])
		if err == nil {
			// Only the whole document, perhaps without its final line break, is complete.
			if strings.TrimSpace(string(data[:n])) != strings.TrimSpace(string(data)) {
				t.Errorf("parseJSON(prefix of %d bytes) = %v, want an error", n, v.kind)
			}
			continue
		}
		if err.pos < 0 || err.pos > n {
			t.Errorf("parseJSON(prefix of %d bytes): error at %d, outside the input", n, err.pos)
		}
	}
	if _, err := parseJSON(data); err != nil {
		t.Errorf("parseJSON(default.json): error at %d: %s", err.pos, err.msg)
	}
}

// Escaped surrogates, paired or not, read as encoding/json reads them.
func TestParseJSONSurrogatesAsEncodingJSON(t *testing.T) {
	for _, in := range []string{`"\ud83d\ude00"`, `"\ud800"`, `"a\ud800b"`, `"\ud800\u0041"`, `"\ud800\ud800"`,
		`"\ud800\ud83d\ude00"`, `"\udc00"`, `"\udc00\ud800"`, `"\ud800\n"`, `"\ud800\\"`} {
		var want string
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("encoding/json: %q: %v", in, err)
		}
		v, err := parseJSON([]byte(in))
		if err != nil {
			t.Fatalf("parseJSON(%q): error at %d: %s", in, err.pos, err.msg)
		}
		if diff := cmp.Diff(want, v.str); diff != "" {
			t.Errorf("parseJSON(%q) (-encoding/json +got):\n%s", in, diff)
		}
	}
}
