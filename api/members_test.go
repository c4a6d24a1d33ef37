package api

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type member struct {
	Key   string
	Raw   string
	Start int
}

// decoderMembers is members as encoding/json's Decoder reads them: the reference.
func decoderMembers(body []byte) ([]member, bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, false
	}
	var out []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, false
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, false
		}
		out = append(out, member{tok.(string), string(raw), int(dec.InputOffset()) - len(raw)})
	}
	return out, true
}

// members accepts what encoding/json accepts, gives the same members, and places a syntax
// error where encoding/json does.
func FuzzMembers(f *testing.F) {
	for _, s := range []string{
		`{"text": "a\nb \u00e9 \ud83c\uddf2", "claims": {"a": [1, 2.5e3, true, null]}, "dateline": null}`,
		` { } `, `{"text": "x"} {}`, `{"text": "x",}`, `{"text": "\q"}`, "{\"text\": \"a\tb\"}", `{"a":1}`, `{"a":-0.5e+2 }`,
		`["text"]`, `"text"`, ``, `{"text": "x"`, `{"text" "x"}`, `{text: "x"}`, "{\"k\xff\": \"v\xfe\"}", `{"a": tru}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var got []member
		err := members(body, func(key string, raw []byte, start int) *Error {
			got = append(got, member{key, string(raw), start})
			return nil
		})
		valid := json.Valid(body)
		want, object := decoderMembers(body)
		switch {
		case valid && object:
			if err != nil {
				t.Fatalf("%q: %v, want no error", body, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("%q (-decoder +members):\n%s", body, diff)
			}
		case valid:
			if err == nil || err.Message != `the body must be a JSON object: {"text": "…"}` {
				t.Fatalf("%q: %v, want the body must be a JSON object", body, err)
			}
		default:
			if wantErr := malformed(body, json.Unmarshal(body, new(json.RawMessage))); !cmp.Equal(wantErr, err) {
				t.Fatalf("%q: %v, want %v", body, err, wantErr)
			}
		}
	})
}
