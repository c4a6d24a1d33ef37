package claims

// Messages of the claim set loader, in full: each problem at file:line:column, every problem
// of a file reported at once, sorted by position. claimset_test.go checks the positions of the
// main kinds of problem; this file checks what an editor of a claim set reads.

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// loadMessages returns every line of the error Load reports for data, or nil.
func loadMessages(t *testing.T, data string) []string {
	t.Helper()
	set, err := Load("set.json", []byte(data))
	if err == nil {
		if set == nil {
			t.Fatalf("Load returned a nil set and a nil error")
		}
		return nil
	}
	if set != nil {
		t.Errorf("Load returned a set with the error %v", err)
	}
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Load error %T, want an ErrorList", err)
	}
	if diff := cmp.Diff(err.Error(), list.Error()); diff != "" {
		t.Errorf("error text and list text differ (-want +got):\n%s", diff)
	}
	return strings.Split(err.Error(), "\n")
}

func TestLoadMessages(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string
	}{
		{"malformed JSON", validHead + `    {"id": "a", "kind": "count", "value": 6,, }
  ]
}`, []string{`set.json:9:45: malformed JSON: unexpected ',', expected a quoted key`}},
		{"unknown kind", validHead + `    {"id": "a", "kind": "tally", "value": 6, "statement": "x", "source": "s"}
  ]
}`, []string{`set.json:9:25: claim "a": unknown kind "tally" (known: count, date, year, percent, duration, ordinal, money, person, group)`}},
		{"missing value", validHead + `    {"id": "a", "kind": "count", "statement": "x", "source": "s"}
  ]
}`, []string{`set.json:9:5: claim "a": missing field "value"`}},
		{"duplicate id", validHead + `    {"id": "a", "kind": "count", "value": 1, "statement": "x", "source": "s"},
    {"id": "a", "kind": "count", "value": 2, "statement": "y", "source": "s"}
  ]
}`, []string{`set.json:10:12: claim: duplicate id "a" (already used by a claim)`}},
		{"a claim id already used by an event", validHead + `    {"id": "vote", "kind": "count", "value": 1, "statement": "x", "source": "s"}
  ]
}`, []string{`set.json:9:12: claim: duplicate id "vote" (already used by an event)`}},
		{"cues that match nothing", validHead + `    {"id": "a", "kind": "count", "value": 1, "statement": "x", "source": "s", "cues": ["  ", "—"]}
  ]
}`, []string{
			`set.json:9:88: claim "a": cues entry "  " holds no word to match`,
			`set.json:9:94: claim "a": cues entry "—" holds no word to match`}},
		{"unknown field", validHead + `    {"id": "a", "kind": "count", "value": 6, "statement": "x", "source": "s", "colour": "red"}
  ]
}`, []string{`set.json:9:79: claim "a": unknown field "colour" (allowed: id, kind, statement, source, event, cues, value, units, min, max, primary, sumOf)`}},
		{"wrong type", validHead + `    {"id": "a", "kind": "count", "value": "six", "statement": "x", "source": "s"}
  ]
}`, []string{`set.json:9:43: claim "a": value must be a number, not string`}},
		{"dangling references", validHead + `    {"id": "a", "kind": "count", "value": 6, "statement": "x", "source": "nope", "event": "nada"}
  ]
}`, []string{
			`set.json:9:74: claim "a": source: "nope" is not the id of any source`,
			`set.json:9:91: claim "a": event: "nada" is not the id of any event`}},
		{"an event's person that is no person", `{
  "version": 1, "id": "t", "title": "Test", "asOf": "2026-03-12",
  "sources": [{"id": "s", "title": "Minutes"}],
  "events": [{"id": "arrest", "label": "the arrest", "person": "a", "cues": ["arrested"]},
             {"id": "trial", "label": "the trial", "person": "nobody"}],
  "claims": [
    {"id": "a", "kind": "count", "value": 6, "statement": "x", "source": "s"}
  ]
}`, []string{
			`set.json:4:64: event "arrest": person: "a" is not the id of any person claim`,
			`set.json:5:62: event "trial": person: "nobody" is not the id of any person claim`}},
		{"values of every kind", validHead + `    {"id": "a", "kind": "date", "value": "2025-02-30", "statement": "x", "source": "s"},
    {"id": "b", "kind": "duration", "value": "ninety days", "statement": "x", "source": "s"},
    {"id": "c", "kind": "count", "value": 5, "min": 6, "statement": "x", "source": "s"},
    {"id": "d", "kind": "person", "name": "X Y", "groups": ["a"], "statement": "x", "source": "s"},
    {"id": "e", "kind": "money", "value": 5, "currency": "XYZ", "statement": "x", "source": "s"},
    {"id": "f", "kind": "year", "value": 1985.5, "statement": "x", "source": "s"},
    {"id": "g h", "kind": "count", "value": 1, "statement": "x", "source": "s"}
  ]
}`, []string{
			`set.json:9:42: claim "a": value must be a calendar date YYYY-MM-DD, YYYY-MM or YYYY, not "2025-02-30"`,
			`set.json:10:46: claim "b": value must be a number and a unit (hour, day, week, month, year, decade), such as "90 days", not "ninety days"`,
			`set.json:11:53: claim "c": min and max must surround value (min 6, value 5, max 5)`,
			`set.json:12:61: claim "d": groups: "a" is not the id of any group claim`,
			`set.json:13:58: claim "e": unknown currency "XYZ" (known: USD, EUR, GBP, MXN, CAD)`,
			`set.json:14:42: claim "f": value must be a whole number above 0`,
			`set.json:15:12: claim: id "g h" may hold only letters, digits, '-', '_' and '.'`}},
		{"durations that are no length of time", validHead + `    {"id": "a", "kind": "duration", "value": "NaN days", "statement": "x", "source": "s"},
    {"id": "b", "kind": "duration", "value": "Inf days", "statement": "x", "source": "s"},
    {"id": "c", "kind": "duration", "value": "0x1p3 days", "statement": "x", "source": "s"}
  ]
}`, []string{
			`set.json:9:46: claim "a": value must be a number and a unit (hour, day, week, month, year, decade), such as "90 days", not "NaN days"`,
			`set.json:10:46: claim "b": value must be a number and a unit (hour, day, week, month, year, decade), such as "90 days", not "Inf days"`,
			`set.json:11:46: claim "c": value must be a number and a unit (hour, day, week, month, year, decade), such as "90 days", not "0x1p3 days"`}},
		{"a total that does not add up", validHead + `    {"id": "a", "kind": "count", "value": 6, "statement": "x", "source": "s"},
    {"id": "b", "kind": "count", "value": 3, "statement": "x", "source": "s"},
    {"id": "t", "kind": "count", "value": 10, "sumOf": ["a", "b"], "statement": "x", "source": "s"}
  ]
}`, []string{`set.json:11:56: claim "t": sumOf adds up to 9, not 10`}},
		{"empty statement and a cue that is no string", validHead + `    {"id": "a", "kind": "count", "value": 6, "statement": "", "source": "s", "cues": [7]}
  ]
}`, []string{
			`set.json:9:59: claim "a": statement must not be empty`,
			`set.json:9:87: claim "a": cues must hold strings, not number`}},
		{"header problems", `{"version": 2, "id": "x y", "title": "", "asOf": "2026-03", "language": "fr", "sources": [], "claims": []}`, []string{
			`set.json:1:13: claim set: unsupported version 2 (this engine reads version 1)`,
			`set.json:1:22: claim set: id may hold only letters, digits, '-', '_' and '.'`,
			`set.json:1:38: claim set: title must not be empty`,
			`set.json:1:50: claim set: asOf must be a calendar date YYYY-MM-DD, not "2026-03"`,
			`set.json:1:73: claim set: unsupported language "fr" (supported: en)`,
			`set.json:1:90: claim set: sources must not be empty`,
			`set.json:1:104: claim set: claims must not be empty`}},
		{"empty object", `{}`, []string{
			`set.json:1:1: claim set: missing field "version"`,
			`set.json:1:1: claim set: missing field "id"`,
			`set.json:1:1: claim set: missing field "title"`,
			`set.json:1:1: claim set: missing field "asOf"`,
			`set.json:1:1: claim set: missing field "sources"`,
			`set.json:1:1: claim set: missing field "claims"`}},
		{"parties that are not lists of phrases", `{"version":1,"id":"t","title":"T","asOf":"2026-03-12","subjects":"Riverton","others":["Oakdale",""],
"sources":[{"id":"s","title":"S"}],"claims":[{"id":"c","kind":"count","value":1,"statement":"x","source":"s"}]}`, []string{
			`set.json:1:66: claim set: subjects must be an array of strings, not string`,
			`set.json:1:97: claim set: others entry "" holds no word to match`}},
		{"not an object", `[]`, []string{`set.json:1:1: claim set must be an object, not array`}},
		{"two primary events and a duplicate source", `{"version":1,"id":"t","title":"T","asOf":"2026-03-12",
"sources":[{"id":"s","title":"S"},{"id":"s","title":"S2"}],
"events":[{"id":"e","label":"E","primary":true},{"id":"f","label":"F","primary":true}],
"claims":[{"id":"c","kind":"count","value":1,"statement":"x","source":"s"}]}`, []string{
			`set.json:2:41: source: duplicate id "s"`,
			`set.json:3:81: event "f": only one event may be primary, and "e" already is`}},
		{"a claim set with no error", validHead + `    {"id": "a", "kind": "count", "value": 6, "event": "vote", "statement": "6 voted", "source": "s"}
  ]
}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, loadMessages(t, tt.data)); diff != "" {
				t.Errorf("Load(%q) (-want +got):\n%s", tt.data, diff)
			}
		})
	}
}

// Each problem is an *Error with its parts; the list is sorted by position.
func TestLoadErrorParts(t *testing.T) {
	_, err := Load("budget.json", []byte("{\n  \"version\": 3\n}"))
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Load error %T, want an ErrorList", err)
	}
	got := []Error{}
	for _, e := range list {
		got = append(got, *e)
	}
	want := []Error{
		{File: "budget.json", Line: 1, Column: 1, Msg: `claim set: missing field "id"`},
		{File: "budget.json", Line: 1, Column: 1, Msg: `claim set: missing field "title"`},
		{File: "budget.json", Line: 1, Column: 1, Msg: `claim set: missing field "asOf"`},
		{File: "budget.json", Line: 1, Column: 1, Msg: `claim set: missing field "sources"`},
		{File: "budget.json", Line: 1, Column: 1, Msg: `claim set: missing field "claims"`},
		{File: "budget.json", Line: 2, Column: 14, Msg: "claim set: unsupported version 3 (this engine reads version 1)"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Load errors (-want +got):\n%s", diff)
	}
}

func TestErrorListErr(t *testing.T) {
	var empty ErrorList
	if err := empty.Err(); err != nil {
		t.Errorf("empty ErrorList.Err() = %v, want nil", err)
	}
	list := ErrorList{
		{File: "f", Line: 3, Column: 1, Msg: "c"},
		{File: "f", Line: 1, Column: 9, Msg: "b"},
		{File: "f", Line: 1, Column: 2, Msg: "a"},
	}
	err := list.Err()
	if err == nil {
		t.Fatal("ErrorList.Err() = nil for three problems")
	}
	if diff := cmp.Diff("f:1:2: a\nf:1:9: b\nf:3:1: c", err.Error()); diff != "" {
		t.Errorf("ErrorList.Err().Error() (-want +got):\n%s", diff)
	}
}

// The loader never panics and always reports something for a broken file: every prefix of the
// two real claim sets, and each with one byte changed, either loads or fails with positions
// inside the file.
func TestLoadNeverPanics(t *testing.T) {
	council, err := os.ReadFile("testdata/eval/council/claimset.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{DefaultJSON(), council} {
		lines := strings.Count(string(data), "\n") + 1
		try := func(b []byte, what string) {
			set, err := Load("x.json", b)
			if err == nil {
				if set == nil {
					t.Fatalf("Load(%s): nil set and nil error", what)
				}
				return
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("Load(%s): error %T %v, want a non-empty ErrorList", what, err, err)
			}
			for _, e := range list {
				if e.Line < 1 || e.Line > lines || e.Column < 1 {
					t.Fatalf("Load(%s): position %d:%d outside the file", what, e.Line, e.Column)
				}
			}
		}
		for n := 0; n < len(data); n += 1 + n/16 {
			try(data[:n], "prefix")
			b := append([]byte(nil), data...)
			for _, c := range []byte{'"', '}', ']', ',', '0', 'x', 0xff} {
				b[n] = c
				try(b, "one byte changed")
			}
		}
	}
}

// The two claim sets of the repository load, with what they say.
func TestLoadShippedSets(t *testing.T) {
	type summary struct {
		ID, AsOf                string
		Sources, Events, Claims int
	}
	sum := func(s *ClaimSet) summary {
		return summary{s.ID, s.AsOf.String(), len(s.Sources), len(s.Events), len(s.Claims)}
	}
	def := Default()
	if diff := cmp.Diff(summary{"mx-us-cartel-transfers-2025", "2025-08-14", 13, 9, len(def.Claims)}, sum(def)); diff != "" {
		t.Errorf("default set (-want +got):\n%s", diff)
	}
	council := councilSet(t)
	if diff := cmp.Diff(summary{"council-budget-2026", "2026-03-12", 5, 3, len(council.Claims)}, sum(council)); diff != "" {
		t.Errorf("council set (-want +got):\n%s", diff)
	}
	// Values of each kind are read into their typed fields.
	byID := map[string]Claim{}
	for _, c := range def.Claims {
		byID[c.ID] = c
	}
	if c := byID["pam-bondi"]; c.Office == nil || c.Office.Title != "Attorney General" || c.Kind != ClaimPerson {
		t.Errorf("pam-bondi = %+v, want a person whose office is Attorney General", c)
	}
	if diff := cmp.Diff(Duration{90, Days}, byID["talks-extension"].Duration); diff != "" {
		t.Errorf("talks-extension duration (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Date{2025, 8, 12}, byID["aug-transfer-date"].Date); diff != "" {
		t.Errorf("aug-transfer-date (-want +got):\n%s", diff)
	}
	if c := byID["aug-personnel"]; c.Value != 988 || c.Min != 900 || c.Max != 1100 {
		t.Errorf("aug-personnel = %v (%v–%v), want 988 (900–1100)", c.Value, c.Min, c.Max)
	}
	if diff := cmp.Diff([]string{"aug-transfer-count", "feb-transfer-count"}, byID["total-transfer-count"].SumOf); diff != "" {
		t.Errorf("total-transfer-count sumOf (-want +got):\n%s", diff)
	}
}
