package claims

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const validHead = `{
  "version": 1,
  "id": "t",
  "title": "Test",
  "asOf": "2026-03-12",
  "sources": [{"id": "s", "title": "Minutes"}],
  "events": [{"id": "vote", "label": "the vote", "cues": ["vote"]}],
  "claims": [
`

// positions returns "line:col" of every error Load reports.
func positions(t *testing.T, data string) []string {
	t.Helper()
	_, err := Load("set.json", []byte(data))
	var list ErrorList
	if err == nil {
		return nil
	}
	if !errors.As(err, &list) {
		t.Fatalf("error %T %v, want an ErrorList", err, err)
	}
	var out []string
	for _, e := range list {
		s := e.Error()
		if !strings.HasPrefix(s, "set.json:") {
			t.Errorf("error %q does not start with the file name", s)
		}
		out = append(out, strings.SplitN(strings.TrimPrefix(s, "set.json:"), ": ", 2)[0])
	}
	return out
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string // line:col of each error
	}{
		{"valid", validHead + `    {"id": "a", "kind": "count", "value": 6, "event": "vote", "statement": "6 voted", "source": "s"}
  ]
}`, nil},
		{"malformed JSON", validHead + `    {"id": "a", "kind": "count", "value": 6,, }
  ]
}`, []string{"9:45"}},
		{"unknown kind", validHead + `    {"id": "a", "kind": "tally", "value": 6, "statement": "x", "source": "s"}
  ]
}`, []string{"9:25"}},
		{"missing value", validHead + `    {"id": "a", "kind": "count", "statement": "x", "source": "s"}
  ]
}`, []string{"9:5"}},
		{"duplicate id", validHead + `    {"id": "a", "kind": "count", "value": 1, "statement": "x", "source": "s"},
    {"id": "a", "kind": "count", "value": 2, "statement": "y", "source": "s"}
  ]
}`, []string{"10:12"}},
		{"cue that matches nothing", validHead + `    {"id": "a", "kind": "count", "value": 1, "statement": "x", "source": "s", "cues": ["  ", "—"]}
  ]
}`, []string{"9:88", "9:94"}},
		{"every problem at once", validHead + `    {"id": "a", "kind": "tally", "statement": "x", "source": "s"},
    {"id": "a", "kind": "count", "statement": "y", "source": "nope"}
  ]
}`, []string{"9:25", "10:5", "10:12", "10:62"}},
		{"empty input", ``, []string{"1:1"}},
		{"not an object", `[1, 2]`, []string{"1:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, positions(t, tt.data)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

// Load never panics, whatever the bytes.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(validHead + `{"id": "a", "kind": "count", "value": 1, "statement": "x", "source": "s"}]}`))
	f.Add(DefaultJSON())
	f.Add([]byte(`{"claims": [{"kind": "date", "date": "2025-02-30"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		set, err := Load("f.json", data)
		if err == nil && set == nil {
			t.Fatal("nil set and nil error")
		}
	})
}
