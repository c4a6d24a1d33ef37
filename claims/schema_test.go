package claims

// claimset.schema.json describes what Load accepts, for editors and for tools that write claim
// sets. These tests keep the two in step: every claim set in the repository passes both; sets
// with one mistake fail both; the schema's kinds and fields are the loader's; and each pattern
// of the schema is compared with the Go function that decides the same question, on many
// strings. A validator is a test-only dependency: the engine itself never reads the schema.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

const schemaFile = "claimset.schema.json"

// compileSchema compiles the schema; the compiler also checks it against the 2020-12 meta-schema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	sch, err := jsonschema.NewCompiler().Compile(schemaFile)
	if err != nil {
		t.Fatalf("compile %s: %v", schemaFile, err)
	}
	return sch
}

// schemaValidate returns the schema's verdict on a document.
func schemaValidate(t *testing.T, sch *jsonschema.Schema, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, data)
	}
	return sch.Validate(inst)
}

// schemaDoc is the schema as plain JSON, to read its parts.
func schemaDoc(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// schemaAt walks a decoded JSON document along keys.
func schemaAt(t *testing.T, v any, keys ...string) any {
	t.Helper()
	for i, k := range keys {
		m, ok := v.(map[string]any)
		if !ok || m[k] == nil {
			t.Fatalf("schema has no %s", strings.Join(keys[:i+1], "/"))
		}
		v = m[k]
	}
	return v
}

// Every claim set in the repository is valid for the schema and for the loader.
func TestSchemaAcceptsClaimSets(t *testing.T) {
	sch := compileSchema(t)
	files := []string{"default.json"}
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "claimset.json" {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2 {
		t.Fatalf("found only %q; want the default set and the test sets", files)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := schemaValidate(t, sch, data); err != nil {
			t.Errorf("%s: the schema rejects it:\n%v", f, err)
		}
		if _, err := Load(f, data); err != nil {
			t.Errorf("%s: the loader rejects it:\n%v", f, err)
		}
	}

	// The default set names the schema by a path that leads to it.
	var top struct {
		Schema string `json:"$schema"`
	}
	data, _ := os.ReadFile("default.json")
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(".", top.Schema)); err != nil || filepath.Base(top.Schema) != schemaFile {
		t.Errorf("default.json: $schema %q does not lead to %s (%v)", top.Schema, schemaFile, err)
	}
}

// schemaBaseSet is a small valid claim set about an invented story; each case below changes
// one thing.
const schemaBaseSet = `{
  "version": 1,
  "id": "harbour-strike-2026",
  "title": "Harbour ferry strike, 2026",
  "asOf": "2026-05-04",
  "sources": [{"id": "union", "title": "Ferry workers' union statement, 3 May 2026"}],
  "events": [{"id": "strike", "label": "the ferry strike", "cues": ["strike", "walkout"], "primary": true}],
  "claims": [
    {"id": "crews", "kind": "count", "event": "strike", "value": 14, "units": ["crews"],
     "statement": "14 ferry crews walked out", "source": "union"}
  ]
}`

// schemaEdit returns schemaBaseSet changed by fn, which gets the decoded set and its first claim.
func schemaEdit(t *testing.T, fn func(set, claim map[string]any)) []byte {
	t.Helper()
	var set map[string]any
	if err := json.Unmarshal([]byte(schemaBaseSet), &set); err != nil {
		t.Fatal(err)
	}
	fn(set, set["claims"].([]any)[0].(map[string]any))
	data, err := json.MarshalIndent(set, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// schemaAddClaim appends a claim given as JSON.
func schemaAddClaim(set map[string]any, claim string) {
	var c map[string]any
	if err := json.Unmarshal([]byte(claim), &c); err != nil {
		panic(err)
	}
	set["claims"] = append(set["claims"].([]any), c)
}

// schemaReplaceClaim makes the first claim the one given as JSON.
func schemaReplaceClaim(set map[string]any, claim string) {
	set["claims"] = []any{}
	schemaAddClaim(set, claim)
}

// The schema and the loader agree on sets that differ from a valid one by one detail.
func TestSchemaAgreesWithLoader(t *testing.T) {
	sch := compileSchema(t)
	tests := []struct {
		name  string
		edit  func(set, claim map[string]any)
		valid bool
	}{
		{"the base set", func(set, claim map[string]any) {}, true},
		{"$schema of any type", func(set, claim map[string]any) { set["$schema"] = 7 }, true},
		{"language en", func(set, claim map[string]any) { set["language"] = "en" }, true},
		{"empty language", func(set, claim map[string]any) { set["language"] = "" }, true},
		{"no events", func(set, claim map[string]any) { delete(set, "events"); delete(claim, "event") }, true},
		{"empty event reference", func(set, claim map[string]any) { claim["event"] = "" }, true},
		{"source with url and date", func(set, claim map[string]any) {
			set["sources"].([]any)[0].(map[string]any)["url"] = "https://example.org/union"
			set["sources"].([]any)[0].(map[string]any)["date"] = "early May"
		}, true},
		{"approximate count", func(set, claim map[string]any) { claim["min"], claim["max"], claim["primary"] = 12, 16, true }, true},
		{"a total", func(set, claim map[string]any) {
			schemaAddClaim(set, `{"id": "east", "kind": "count", "value": 9, "statement": "9 east crews", "source": "union"}`)
			schemaAddClaim(set, `{"id": "west", "kind": "count", "value": 5, "statement": "5 west crews", "source": "union"}`)
			claim["sumOf"] = []string{"east", "west"}
		}, true},
		{"leap day", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "date", "value": "2024-02-29", "statement": "s", "source": "union"}`)
		}, true},
		{"month date", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "date", "value": "2026-05", "statement": "s", "source": "union"}`)
		}, true},
		{"year date", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "date", "value": "1998", "statement": "s", "source": "union"}`)
		}, true},
		{"year", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "y", "kind": "year", "value": 1998, "statement": "s", "source": "union"}`)
		}, true},
		{"percentage points", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "p", "kind": "percent", "value": 2.5, "points": true, "units": ["pay rise"], "statement": "s", "source": "union"}`)
		}, true},
		{"duration in capitals", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "duration", "value": "2 WEEKS", "statement": "s", "source": "union"}`)
		}, true},
		{"duration in decades", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "duration", "value": "1.5 decades", "statement": "s", "source": "union"}`)
		}, true},
		{"ordinal", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "o", "kind": "ordinal", "value": 3, "units": ["strike"], "statement": "s", "source": "union"}`)
		}, true},
		{"money in lower case", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "m", "kind": "money", "value": 250000, "currency": "cad", "statement": "s", "source": "union"}`)
		}, true},
		{"person with office and group", func(set, claim map[string]any) {
			schemaAddClaim(set, `{"id": "union-group", "kind": "group", "name": "Ferry Workers' Union", "aliases": ["FWU"], "statement": "s", "source": "union"}`)
			schemaAddClaim(set, `{"id": "okafor", "kind": "person", "name": "Adaeze Okafor", "aliases": ["Okafor"], "event": "strike",
				"office": {"title": "General Secretary", "aliases": ["union leader"], "qualifiers": ["FWU"]},
				"groups": ["union-group"], "statement": "s", "source": "union"}`)
		}, true},

		{"version 2", func(set, claim map[string]any) { set["version"] = 2 }, false},
		{"version as a string", func(set, claim map[string]any) { set["version"] = "1" }, false},
		{"no version", func(set, claim map[string]any) { delete(set, "version") }, false},
		{"no title", func(set, claim map[string]any) { delete(set, "title") }, false},
		{"blank title", func(set, claim map[string]any) { set["title"] = " \u00a0\t" }, false},
		{"id with a space", func(set, claim map[string]any) { set["id"] = "harbour strike" }, false},
		{"asOf not in the calendar", func(set, claim map[string]any) { set["asOf"] = "2026-02-29" }, false},
		{"asOf without a day", func(set, claim map[string]any) { set["asOf"] = "2026-05" }, false},
		{"asOf written out", func(set, claim map[string]any) { set["asOf"] = "May 4, 2026" }, false},
		{"another language", func(set, claim map[string]any) { set["language"] = "es" }, false},
		{"unknown top-level field", func(set, claim map[string]any) { set["author"] = "desk" }, false},
		{"no sources", func(set, claim map[string]any) { set["sources"] = []any{} }, false},
		{"source without title", func(set, claim map[string]any) {
			delete(set["sources"].([]any)[0].(map[string]any), "title")
		}, false},
		{"source with an unknown field", func(set, claim map[string]any) {
			set["sources"].([]any)[0].(map[string]any)["page"] = 3
		}, false},
		{"event id with a space", func(set, claim map[string]any) {
			set["events"].([]any)[0].(map[string]any)["id"] = "the strike"
			claim["event"] = ""
		}, false},
		{"event without label", func(set, claim map[string]any) { delete(set["events"].([]any)[0].(map[string]any), "label") }, false},
		{"cue without a word", func(set, claim map[string]any) {
			set["events"].([]any)[0].(map[string]any)["cues"] = []string{"strike", "—"}
		}, false},
		{"two primary events", func(set, claim map[string]any) {
			set["events"] = append(set["events"].([]any), map[string]any{"id": "talks", "label": "the talks", "primary": true})
		}, false},
		{"no claims", func(set, claim map[string]any) { set["claims"] = []any{} }, false},
		{"claim that is not an object", func(set, claim map[string]any) { set["claims"] = []any{"crews"} }, false},
		{"unknown kind", func(set, claim map[string]any) { claim["kind"] = "tally" }, false},
		{"no kind", func(set, claim map[string]any) { delete(claim, "kind") }, false},
		{"no statement", func(set, claim map[string]any) { delete(claim, "statement") }, false},
		{"blank source", func(set, claim map[string]any) { claim["source"] = " " }, false},
		{"event reference that is no id", func(set, claim map[string]any) { claim["event"] = "the strike" }, false},
		{"no value", func(set, claim map[string]any) { delete(claim, "value") }, false},
		{"count as a string", func(set, claim map[string]any) { claim["value"] = "14" }, false},
		{"negative count", func(set, claim map[string]any) { claim["value"] = -14 }, false},
		{"unit without a word", func(set, claim map[string]any) { claim["units"] = []string{""} }, false},
		{"field of another kind", func(set, claim map[string]any) { claim["points"] = true }, false},
		{"primary as a string", func(set, claim map[string]any) { claim["primary"] = "yes" }, false},
		{"sumOf that is no id", func(set, claim map[string]any) { claim["sumOf"] = []string{"east crews"} }, false},
		{"fractional year", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "y", "kind": "year", "value": 1998.5, "statement": "s", "source": "union"}`)
		}, false},
		{"zeroth", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "o", "kind": "ordinal", "value": 0, "statement": "s", "source": "union"}`)
		}, false},
		{"date not in the calendar", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "date", "value": "2026-04-31", "statement": "s", "source": "union"}`)
		}, false},
		{"date as a number", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "date", "value": 2026, "statement": "s", "source": "union"}`)
		}, false},
		{"duration in words", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "duration", "value": "ninety days", "statement": "s", "source": "union"}`)
		}, false},
		{"zero duration", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "duration", "value": "0 days", "statement": "s", "source": "union"}`)
		}, false},
		{"unknown unit of time", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "duration", "value": "2 fortnights", "statement": "s", "source": "union"}`)
		}, false},
		{"money without currency", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "m", "kind": "money", "value": 250000, "statement": "s", "source": "union"}`)
		}, false},
		{"unknown currency", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "m", "kind": "money", "value": 250000, "currency": "JPY", "statement": "s", "source": "union"}`)
		}, false},
		{"percent with a currency", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "p", "kind": "percent", "value": 3, "currency": "USD", "statement": "s", "source": "union"}`)
		}, false},
		{"person without name", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "p", "kind": "person", "aliases": ["Okafor"], "statement": "s", "source": "union"}`)
		}, false},
		{"name without a word", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "p", "kind": "person", "name": "— …", "statement": "s", "source": "union"}`)
		}, false},
		{"office with an unknown field", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "p", "kind": "person", "name": "Adaeze Okafor", "office": {"title": "General Secretary", "since": 2019}, "statement": "s", "source": "union"}`)
		}, false},
		{"office without title", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "p", "kind": "person", "name": "Adaeze Okafor", "office": {"aliases": ["leader"]}, "statement": "s", "source": "union"}`)
		}, false},
		{"group with an office", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "g", "kind": "group", "name": "Ferry Workers' Union", "office": {"title": "Union"}, "statement": "s", "source": "union"}`)
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := schemaEdit(t, tt.edit)
			schemaErr := schemaValidate(t, sch, data)
			_, loadErr := Load("case.json", data)
			if (schemaErr == nil) != tt.valid {
				t.Errorf("schema: valid = %v, want %v (%v)\n%s", schemaErr == nil, tt.valid, schemaErr, data)
			}
			if (loadErr == nil) != tt.valid {
				t.Errorf("loader: valid = %v, want %v (%v)\n%s", loadErr == nil, tt.valid, loadErr, data)
			}
		})
	}
}

// What JSON Schema cannot express the loader alone rejects (the schema's $comment lists it).
func TestSchemaLeavesToLoader(t *testing.T) {
	sch := compileSchema(t)
	tests := []struct {
		name string
		edit func(set, claim map[string]any)
	}{
		{"duplicate id", func(set, claim map[string]any) { claim["id"] = "strike" }},
		{"duplicate source", func(set, claim map[string]any) {
			set["sources"] = append(set["sources"].([]any), map[string]any{"id": "union", "title": "again"})
		}},
		{"source that does not exist", func(set, claim map[string]any) { claim["source"] = "police" }},
		{"event that does not exist", func(set, claim map[string]any) { claim["event"] = "lockout" }},
		{"total that does not add up", func(set, claim map[string]any) {
			schemaAddClaim(set, `{"id": "east", "kind": "count", "value": 9, "statement": "9 east crews", "source": "union"}`)
			claim["sumOf"] = []string{"east"}
		}},
		{"range that misses the value", func(set, claim map[string]any) { claim["min"], claim["max"] = 15, 20 }},
		{"duration beyond float64", func(set, claim map[string]any) {
			schemaReplaceClaim(set, `{"id": "d", "kind": "duration", "value": "1e400 days", "statement": "s", "source": "union"}`)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := schemaEdit(t, tt.edit)
			if err := schemaValidate(t, sch, data); err != nil {
				t.Errorf("the schema now rejects it (move the case to TestSchemaAgreesWithLoader and out of $comment): %v", err)
			}
			if _, err := Load("case.json", data); err == nil {
				t.Errorf("the loader accepts it\n%s", data)
			}
		})
	}
}

// The schema knows the loader's kinds, and for each kind the loader's fields.
func TestSchemaKindsAndFields(t *testing.T) {
	doc := schemaDoc(t)
	var loaderKinds []string
	for _, k := range claimKinds {
		loaderKinds = append(loaderKinds, string(k))
	}
	toStrings := func(v any) []string {
		var out []string
		for _, s := range v.([]any) {
			out = append(out, s.(string))
		}
		return out
	}
	for _, path := range [][]string{{"$defs", "claim", "properties", "kind", "enum"}, {"$defs", "claimBase", "properties", "kind", "enum"}} {
		if diff := cmp.Diff(loaderKinds, toStrings(schemaAt(t, doc, path...))); diff != "" {
			t.Errorf("%s (-loader +schema):\n%s", strings.Join(path, "/"), diff)
		}
	}
	keys := func(v any) []string {
		var out []string
		for k := range v.(map[string]any) {
			out = append(out, k)
		}
		return out
	}
	common := keys(schemaAt(t, doc, "$defs", "claimBase", "properties"))
	var branches []string
	for _, b := range schemaAt(t, doc, "$defs", "claim", "allOf").([]any) {
		kind := schemaAt(t, b, "if", "properties", "kind", "const").(string)
		ref := schemaAt(t, b, "then", "$ref").(string)
		branches = append(branches, kind)
		if want := "#/$defs/" + kind + "Claim"; ref != want {
			t.Errorf("kind %s leads to %s, want %s", kind, ref, want)
		}
	}
	if diff := cmp.Diff(loaderKinds, branches); diff != "" {
		t.Errorf("kinds with their own fields (-loader +schema):\n%s", diff)
	}
	for _, k := range claimKinds {
		want := append([]string{"id", "kind", "statement", "source", "event", "cues"}, claimFields[k]...)
		got := append(common, keys(schemaAt(t, doc, "$defs", string(k)+"Claim", "properties"))...)
		slices.Sort(want)
		slices.Sort(got)
		got = slices.Compact(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("fields of a %s claim (-loader +schema):\n%s", k, diff)
		}
	}
}

// schemaPattern compiles the pattern at path in the schema with Go's regexp, the engine the validator
// uses.
func schemaPattern(t *testing.T, doc map[string]any, path ...string) *regexp.Regexp {
	t.Helper()
	return regexp.MustCompile(schemaAt(t, doc, path...).(string))
}

// Each pattern of the schema against the Go code that decides the same question.
func TestSchemaPatterns(t *testing.T) {
	doc := schemaDoc(t)
	type check struct {
		name    string
		re      *regexp.Regexp
		loader  func(string) bool
		strings []string
	}

	// Dates: every day of the months of years around the edges of the leap-year rule.
	var dates []string
	for _, y := range []int{0, 1, 4, 96, 100, 104, 400, 1582, 1900, 1996, 2000, 2023, 2024, 2025, 2100, 2400, 9996, 9999} {
		ys := fmt.Sprintf("%04d", y)
		dates = append(dates, ys, fmt.Sprint(y), ys+"-")
		for m := 0; m <= 13; m++ {
			ms := fmt.Sprintf("%s-%02d", ys, m)
			dates = append(dates, ms, fmt.Sprintf("%s-%d", ys, m))
			for d := 0; d <= 32; d++ {
				dates = append(dates, fmt.Sprintf("%s-%02d", ms, d))
			}
		}
	}
	dates = append(dates, "", "2025-08-12 ", " 2025-08-12", "2025/08/12", "2025-8-12", "12-08-2025", "+025-08-12",
		"２０２５-08-12", "2025-08-1x", "20250812", "2025-08-12T00:00", "Aug. 12, 2025", "-2025", "10000")

	texts := schemaCombos([]string{"", " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u0085", "\u200b", "\ufeff", "a", "1", "-"}, 3)
	phrases := schemaCombos([]string{"", " ", "\u00a0", "\ufeff", "a", "É", "ǅ", "ª", "北", "7", "٣", "Ⅻ", "\u0301", "—", ".", "%", "'", "_"}, 2)
	phrases = append(phrases, "U.S.", "Mexico's", "26-strong", "— …", "“ ”", "1,000", "½", "²", "Martínez")
	ids := schemaCombos([]string{"", "a", "Z", "0", "-", "_", ".", " ", "é", "/", ":", "\u00a0"}, 2)
	currencies := []string{"", " ", "USD", "usd", "Usd", "uſd", "UıD", "EUR", "eur", "GBP", "gbp", "MXN", "mxn", "CAD", "cad",
		"JPY", "US", "USDX", " USD", "USD ", "US$", "$", "€", "ＵＳＤ"}

	checks := []check{
		{"calendar date", schemaPattern(t, doc, "$defs", "calendarDate", "pattern"),
			func(s string) bool { d, ok := ParseDate(s); return ok && d.Day != 0 }, dates},
		{"date claim", schemaPattern(t, doc, "$defs", "dateClaim", "properties", "value", "pattern"),
			func(s string) bool { _, ok := ParseDate(s); return ok }, dates},
		{"id", schemaPattern(t, doc, "$defs", "id", "pattern"), validID, ids},
		{"event reference", schemaPattern(t, doc, "$defs", "claimBase", "properties", "event", "pattern"),
			func(s string) bool { return s == "" || validID(s) }, ids},
		{"text", schemaPattern(t, doc, "$defs", "text", "pattern"), func(s string) bool { return strings.TrimSpace(s) != "" }, texts},
		{"phrase", schemaPattern(t, doc, "$defs", "phrase", "pattern"), func(s string) bool { return len(phraseWords(s)) > 0 }, phrases},
		{"currency", schemaPattern(t, doc, "$defs", "moneyClaim", "properties", "currency", "pattern"),
			func(s string) bool {
				return strings.TrimSpace(s) != "" && currencyByCode(strings.ToUpper(s)) != curNone
			}, currencies},
		{"duration", schemaPattern(t, doc, "$defs", "durationClaim", "properties", "value", "pattern"),
			func(s string) bool { _, ok := parseDurationValue(s); return ok }, schemaDurations()},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			var wrong []string
			for _, s := range c.strings {
				if schema, loader := c.re.MatchString(s), c.loader(s); schema != loader {
					wrong = append(wrong, fmt.Sprintf("%q: schema %v, loader %v", s, schema, loader))
				}
			}
			if len(wrong) > 0 {
				t.Errorf("%d of %d strings judged differently:\n%s", len(wrong), len(c.strings), strings.Join(wrong, "\n"))
			}
		})
	}

	// Numbers strconv.ParseFloat reads but neither the schema nor the loader allows: Go-only
	// syntax, and values that are no length of time (NaN and infinity make every comparison false).
	re := schemaPattern(t, doc, "$defs", "durationClaim", "properties", "value", "pattern")
	for _, s := range []string{"NaN days", "Inf days", "+Inf days", "infinity days", "0x1p3 days", "1_000 days"} {
		if re.MatchString(s) {
			t.Errorf("duration %q: the schema accepts it", s)
		}
		if _, ok := parseDurationValue(s); ok {
			t.Errorf("duration %q: the loader accepts it", s)
		}
	}
}

// schemaDurations builds duration values from numbers, separators and units, the ones that the
// schema leaves out on purpose (see the end of TestSchemaPatterns) excepted.
func schemaDurations() []string {
	numbers := []string{"90", "1", "0", "00", "0.0", "0.5", ".5", "5.", "+5", "-5", "1e3", "1E-2", "2.5e+1", "1.2.3", "",
		"٩٠", "９０", "1,000", "ninety", "e3", "1e", "0e5", "007"}
	seps := []string{" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u200b", "\ufeff", "", "-"}
	units := []string{"day", "days", "DAYS", "Day", "dayss", "hour", "hours", "week", "WEE\u212a", "weeks", "month", "Months",
		"year", "YEARS", "decade", "decades", "fortnight", "d", "minutes", "dayſ", "days.", "mo"}
	var out []string
	for _, n := range numbers {
		for _, sep := range seps {
			for _, u := range units {
				out = append(out, n+sep+u)
			}
		}
	}
	return append(out, " 90 days", "90 days ", "\t90 days\n", "90 days 2", "90 days days", "\u3000 3 months \u2028")
}

// schemaCombos returns every string of up to n parts from parts.
func schemaCombos(parts []string, n int) []string {
	out := []string{""}
	level := []string{""}
	for range n {
		var next []string
		for _, prefix := range level {
			for _, p := range parts {
				next = append(next, prefix+p)
			}
		}
		out = append(out, next...)
		level = next
	}
	sort.Strings(out)
	return slices.Compact(out)
}
