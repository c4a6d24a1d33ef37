package claims_test

import (
	"fmt"
	"os"

	"github.com/claimcheck/claimcheck/claims"
)

// Check finds every checkable statement and judges it against the claim set.
func ExampleCheck() {
	draft := "MEXICO CITY, Aug. 13, 2025 — Mexico sent 25 alleged cartel members to the United States on Tuesday."
	rep := claims.Check(claims.Default(), draft, claims.Options{})
	for _, f := range rep.Findings {
		fmt.Printf("%d:%d %s %s %q expected %q\n", f.Line, f.Column, f.Severity, f.Kind, f.Text, f.Expected)
	}
	fmt.Println("relative dates resolved against", rep.Reference, "from the dateline:", rep.Dateline)
	// Output:
	// 1:44 error count "25" expected "26"
	// 1:94 info weekday "Tuesday" expected "Tuesday, 12 August 2025"
	// relative dates resolved against 2025-08-13 from the dateline: true
}

// Load reads a claim set and reports every problem with its line and column.
func ExampleLoad() {
	_, err := claims.Load("budget.json", []byte(`{
  "version": 1,
  "id": "budget",
  "title": "City budget",
  "asOf": "2026-03-12",
  "sources": [{"id": "minutes", "title": "Council minutes"}],
  "claims": [
    {"id": "seats", "kind": "count", "value": 9, "statement": "The council has 9 seats", "source": "minutes"},
    {"id": "seats", "kind": "tally", "statement": "Duplicate", "source": "minutes"}
  ]
}`))
	fmt.Println(err)
	// Output:
	// budget.json:9:12: claim: duplicate id "seats" (already used by a claim)
	// budget.json:9:29: claim "seats": unknown kind "tally" (known: count, date, year, percent, duration, ordinal, money, person, group)
}

// ParseDate reads the ISO dates claim sets and the -dateline flag use.
func ExampleParseDate() {
	d, ok := claims.ParseDate("2025-08-12")
	fmt.Println(d, d.Human(), ok)
	_, ok = claims.ParseDate("2025-02-30")
	fmt.Println(ok)
	// Output:
	// 2025-08-12 Tuesday, 12 August 2025 true
	// false
}

// A Checker reuses its buffers from one draft to the next; it suits a loop over many drafts.
func ExampleNewChecker() {
	c := claims.NewChecker(claims.Default())
	for _, draft := range []string{"Mexico sent 26 cartel figures north in August.", "The August transfer sent 29 cartel figures north."} {
		rep := c.Check(draft, claims.Options{})
		errors := 0
		for _, f := range rep.Findings {
			if f.Severity == claims.SevError {
				errors++
			}
		}
		fmt.Println(len(rep.Findings), "findings,", errors, "errors")
	}
	// Output:
	// 2 findings, 0 errors
	// 2 findings, 1 errors
}

// DefaultJSON returns the built-in claim set as the JSON it was built from.
func ExampleDefaultJSON() {
	set, err := claims.Load("default.json", claims.DefaultJSON())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Println(set.ID, set.AsOf)
	// Output: mx-us-cartel-transfers-2025 2025-08-14
}
