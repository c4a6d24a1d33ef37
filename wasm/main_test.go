//go:build js && wasm

package main

import (
	"os"
	"strings"
	"syscall/js"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/claimcheck/claimcheck/claims"
)

// unpack reads the packed result of check the way web/engine.js does: numbers from the
// Int32Array, new strings cut from the joined string by their UTF-16 lengths with String.slice,
// repeated ones taken from those already cut.
func unpack(t *testing.T, v js.Value) []claims.Finding {
	t.Helper()
	if e := v.Get("error"); !e.IsUndefined() {
		t.Fatalf("check: %s", e.String())
	}
	n := v.Get("count").Int()
	ints := v.Get("ints")
	strs := js.Global().Get("Object").Invoke(v.Get("strings")) // a String object, for length and slice
	if got := ints.Get("length").Int(); got != n*intsPerFinding {
		t.Fatalf("ints has %d numbers for %d findings", got, n)
	}
	var out []claims.Finding
	var table []string
	pos := 0
	for i := 0; i < n; i++ {
		at := func(k int) int { return ints.Index(i*intsPerFinding + k).Int() }
		var s [stringsPerFinding]string
		for k := range s {
			switch l := at(6 + k); {
			case l < 0:
				s[k] = table[-l-1]
			case l > 0:
				s[k] = strs.Call("slice", pos, pos+l).String()
				table = append(table, s[k])
				pos += l
			}
		}
		out = append(out, claims.Finding{
			Start: at(0), End: at(1), Start16: at(2), End16: at(3), Line: at(4), Column: at(5),
			Verdict: claims.Verdict(s[0]), Severity: claims.Severity(s[1]), Kind: claims.Kind(s[2]),
			Text: s[3], Expected: s[4], Suggestion: s[5], Claim: s[6], Message: s[7], Source: s[8],
		})
	}
	if total := strs.Get("length").Int(); pos != total {
		t.Fatalf("strings: read %d UTF-16 units of %d", pos, total)
	}
	return out
}

func TestCheckMatchesEngine(t *testing.T) {
	drafts := []string{
		"",
		"Mexico sent 29 cartel figures to the United States in the August transfer.",
		// Accents, curly quotes, emoji and CJK before and after the findings: every UTF-16
		// offset must still cut the finding's own words out of the JavaScript string.
		"“Martínez” 🇲🇽 said 中文 in Mexico City: Mexico sent 25 cartel members to the U.S. in August 2025, " +
			"after 29 in February. 😀 Trump threatened a 35% tariff. Ovidio Guzman 报道 🎉 was not among them.",
		strings.Repeat("In February, 29 people were sent. 🙂 ", 50),
	}
	e := newEngine()
	for _, text := range drafts {
		jsText := js.Global().Get("Object").Invoke(text)
		got := unpack(t, e.check(js.Undefined(), []js.Value{js.ValueOf(text)}).(js.Value))
		want := claims.Check(claims.Default(), text, claims.Options{}).Findings
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("check(%.60q): (-engine +binding)\n%s", text, diff)
		}
		for _, f := range got {
			if s := jsText.Call("slice", f.Start16, f.End16).String(); s != f.Text {
				t.Errorf("check(%.60q): text.slice(%d, %d) = %q, finding says %q", text, f.Start16, f.End16, s, f.Text)
			}
		}
	}
}

// A message, claim id and source repeated by fifty confirmations is sent once.
func TestCheckSendsRepeatedStringsOnce(t *testing.T) {
	e := newEngine()
	text := strings.Repeat("In February, 29 people were sent. ", 50)
	v := e.check(js.Undefined(), []js.Value{js.ValueOf(text)}).(js.Value)
	fs := unpack(t, v)
	if len(fs) < 50 {
		t.Fatalf("%d findings; want one per sentence at least", len(fs))
	}
	// Each message and source goes once, however many findings repeat it.
	sent := v.Get("strings").String()
	seen := map[string]bool{}
	for _, f := range fs {
		for _, s := range []string{f.Message, f.Source} {
			if s == "" || seen[s] {
				continue
			}
			seen[s] = true
			if n := strings.Count(sent, s); n != 1 {
				t.Errorf("%q is sent %d times; want once", s, n)
			}
		}
	}
	if len(seen) == 0 {
		t.Error("no message or source in the findings")
	}
}

func TestCheckDateline(t *testing.T) {
	e := newEngine()
	text := "Mexico sent the prisoners on Tuesday."
	for _, tt := range []struct {
		dateline, reference string
	}{
		{"", claims.Default().AsOf.String()},
		{"2025-02-28", "2025-02-28"},
	} {
		v := e.check(js.Undefined(), []js.Value{js.ValueOf(text), js.ValueOf(tt.dateline)}).(js.Value)
		if got := v.Get("reference").String(); got != tt.reference {
			t.Errorf("dateline %q: reference = %q, want %q", tt.dateline, got, tt.reference)
		}
	}
	v := e.check(js.Undefined(), []js.Value{js.ValueOf(text), js.ValueOf("August 2025")}).(js.Value)
	if got := v.Get("error"); got.IsUndefined() || !strings.Contains(got.String(), "YYYY-MM-DD") {
		t.Errorf("malformed dateline: error = %v, want a message naming YYYY-MM-DD", got)
	}
	v = e.check(js.Undefined(), []js.Value{js.ValueOf(42)}).(js.Value)
	if v.Get("error").IsUndefined() {
		t.Error("check(42): no error for a text that is not a string")
	}
}

func TestLoadClaimSet(t *testing.T) {
	council, err := os.ReadFile("../claims/testdata/eval/council/claimset.json")
	if err != nil {
		t.Fatal(err)
	}
	e := newEngine()
	v := e.loadClaimSet(js.Undefined(), []js.Value{js.ValueOf("council.json"), js.ValueOf(string(council))}).(js.Value)
	if errs := v.Get("errors"); !errs.IsUndefined() {
		t.Fatalf("loading a valid claim set: errors %v", js.Global().Get("JSON").Call("stringify", errs))
	}
	view := v.Get("claimSet")
	got := []string{view.Get("id").String(), view.Get("asOf").String(), view.Get("claims").Index(0).Get("statement").String(),
		view.Get("sources").Index(0).Get("title").String()}
	set, err := claims.Load("council.json", council)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{set.ID, set.AsOf.String(), set.Claims[0].Statement, set.Sources[0].Title}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claim set view (-want +got):\n%s", diff)
	}
	draft := "The council adopted the budget with seven members voting in favor."
	got2 := unpack(t, e.check(js.Undefined(), []js.Value{js.ValueOf(draft)}).(js.Value))
	if diff := cmp.Diff(claims.Check(set, draft, claims.Options{}).Findings, got2); diff != "" {
		t.Errorf("check with the loaded set (-engine +binding):\n%s", diff)
	}
	if len(got2) == 0 || got2[0].Verdict != claims.Contradicts {
		t.Errorf("check with the loaded set: %+v, want a contradiction of seven votes in favor", got2)
	}

	// A broken set keeps the one in use and reports every problem with its line and column.
	broken := "{\n  \"version\": 1,\n  \"id\": \"x\",\n  \"claims\": [{\"id\": \"a\", \"kind\": \"colour\"}]\n}"
	v = e.loadClaimSet(js.Undefined(), []js.Value{js.ValueOf("broken.json"), js.ValueOf(broken)}).(js.Value)
	errs := v.Get("errors")
	if errs.IsUndefined() || errs.Length() == 0 {
		t.Fatal("loading a broken claim set: no errors")
	}
	var lines []int
	for i := 0; i < errs.Length(); i++ {
		if errs.Index(i).Get("message").String() == "" {
			t.Errorf("error %d has no message", i)
		}
		lines = append(lines, errs.Index(i).Get("line").Int())
	}
	if !containsInt(lines, 4) {
		t.Errorf("errors on lines %v; want one on line 4 (the unknown kind)", lines)
	}
	if id := e.sets[e.current].view.Get("id").String(); id != set.ID {
		t.Errorf("after a failed load the set in use is %q, want %q", id, set.ID)
	}

	v = e.loadClaimSet(js.Undefined(), []js.Value{js.ValueOf("x.json")}).(js.Value)
	if v.Get("error").IsUndefined() {
		t.Error("loadClaimSet with one argument: no error")
	}
}

func containsInt(l []int, v int) bool {
	for _, x := range l {
		if x == v {
			return true
		}
	}
	return false
}

func TestUTF16Len(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"Martínez", 8}, {"中文", 2}, {"😀", 2}, {"a😀b", 4}, {"\xff", 1},
	} {
		if got := utf16Len(tt.s); got != tt.want {
			t.Errorf("utf16Len(%q) = %d, want %d", tt.s, got, tt.want)
		}
		if tt.s != "\xff" {
			if js := js.Global().Get("Object").Invoke(tt.s).Length(); js != tt.want {
				t.Errorf("JavaScript length of %q = %d, want %d", tt.s, js, tt.want)
			}
		}
	}
}

// Two sets open at once, as two widgets on one page have them: each check uses the set it names,
// and opening the same file twice gives the same handle.
func TestOpenClaimSet(t *testing.T) {
	council, err := os.ReadFile("../claims/testdata/eval/council/claimset.json")
	if err != nil {
		t.Fatal(err)
	}
	e := newEngine()
	open := func() int {
		v := e.openClaimSet(js.Undefined(), []js.Value{js.ValueOf("council.json"), js.ValueOf(string(council))}).(js.Value)
		if !v.Get("errors").IsUndefined() {
			t.Fatal("opening the council set failed")
		}
		return v.Get("handle").Int()
	}
	h := open()
	if again := open(); again != h {
		t.Errorf("opening the same set twice: handles %d and %d", h, again)
	}
	if e.current != 0 {
		t.Errorf("openClaimSet changed the current set to %d", e.current)
	}
	draft := "The council adopted the budget with seven members voting in favor. Mexico sent 29 cartel figures in the August transfer."
	set, _ := claims.Load("council.json", council)
	for _, tt := range []struct {
		handle js.Value
		set    *claims.ClaimSet
	}{
		{js.Undefined(), claims.Default()},
		{js.ValueOf(0), claims.Default()},
		{js.ValueOf(h), set},
	} {
		got := unpack(t, e.check(js.Undefined(), []js.Value{js.ValueOf(draft), js.ValueOf(""), tt.handle}).(js.Value))
		if diff := cmp.Diff(claims.Check(tt.set, draft, claims.Options{}).Findings, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("check with set %v (-engine +binding):\n%s", tt.handle, diff)
		}
	}
	v := e.check(js.Undefined(), []js.Value{js.ValueOf(draft), js.ValueOf(""), js.ValueOf(99)}).(js.Value)
	if v.Get("error").IsUndefined() {
		t.Error("check with an unknown handle: no error")
	}
}
