package claims_test

import (
	"errors"
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
)

// Default is the built-in claim set: the 2025 transfers of cartel figures from Mexico to the US.
func ExampleDefault() {
	set := claims.Default()
	fmt.Println(set.ID)
	fmt.Println(set.Title, "as of", set.AsOf.Human())
	for _, c := range set.Claims {
		if c.ID == "aug-transfer-count" {
			fmt.Println(c.Kind, c.Value, "—", c.Statement)
		}
	}
	// Output:
	// mx-us-cartel-transfers-2025
	// Mexico–US cartel transfers, 2025 as of Thursday, 14 August 2025
	// count 26 — 26 people were sent from Mexico to the US in the August 2025 transfer
}

// Checker.Check resolves "on Tuesday" against the reference date given in the options, and
// suggests a replacement for every contradiction it can fix.
func ExampleChecker_Check() {
	c := claims.NewChecker(claims.Default())
	rep := c.Check("Mexico sent twenty-five prisoners north on Tuesday.", claims.Options{Dateline: claims.Date{Year: 2025, Month: 8, Day: 20}})
	for _, f := range rep.Findings {
		fmt.Printf("%s %s %q → %q\n", f.Severity, f.Kind, f.Text, f.Suggestion)
	}
	// Output:
	// error count "twenty-five" → "twenty-six"
	// warning weekday "Tuesday" → ""
}

// Findings carry both byte offsets, for Go, and UTF-16 offsets, for JavaScript: they differ once
// the text holds accents or emoji.
func ExampleFinding() {
	draft := "🇲🇽 Martínez: Mexico sent 25 prisoners in August."
	for _, f := range claims.Check(claims.Default(), draft, claims.Options{}).Findings {
		if f.Kind == claims.KindCount {
			fmt.Printf("%q bytes [%d,%d) UTF-16 [%d,%d) line %d column %d\n", f.Text, f.Start, f.End, f.Start16, f.End16, f.Line, f.Column)
		}
	}
	// Output:
	// "25" bytes [32,34) UTF-16 [27,29) line 1 column 33
}

// Date.Human writes a date as an editor reads it, with its weekday.
func ExampleDate_Human() {
	fmt.Println(claims.Date{Year: 2025, Month: 8, Day: 12}.Human())
	fmt.Println(claims.Date{Year: 2025, Month: 2}.Human())
	fmt.Println(claims.Date{Year: 1985}.Human())
	// Output:
	// Tuesday, 12 August 2025
	// February 2025
	// 1985
}

// Date.String writes the ISO form ParseDate reads.
func ExampleDate_String() {
	fmt.Println(claims.Date{Year: 2025, Month: 8, Day: 12})
	fmt.Println(claims.Date{Year: 2025, Month: 2})
	// Output:
	// 2025-08-12
	// 2025-02
}

// Duration.Days converts a duration to days, as the engine compares them.
func ExampleDuration_Days() {
	fmt.Println(claims.Duration{N: 3, Unit: claims.Months}.Days())
	fmt.Println(claims.Duration{N: 2, Unit: claims.Weeks}.Days())
	// Output:
	// 90
	// 14
}

// Duration.String writes a duration as a fact sheet states it.
func ExampleDuration_String() {
	fmt.Println(claims.Duration{N: 90, Unit: claims.Days})
	fmt.Println(claims.Duration{N: 1, Unit: claims.Months})
	// Output:
	// 90 days
	// 1 month
}

// An ErrorList holds every problem of a claim set; each is an *Error with its position.
func ExampleErrorList() {
	_, err := claims.Load("set.json", []byte(`{"version": 1}`))
	var list claims.ErrorList
	if errors.As(err, &list) {
		fmt.Println(len(list), "problems; the first:")
		e := list[0]
		fmt.Println(e.File, e.Line, e.Column, e.Msg)
	}
	// Output:
	// 5 problems; the first:
	// set.json 1 1 claim set: missing field "id"
}

// ErrorList.Err is nil when the list holds no problem, so that a loader can return it as is.
func ExampleErrorList_Err() {
	var list claims.ErrorList
	fmt.Println(list.Err() == nil)
	list = append(list, &claims.Error{File: "set.json", Line: 3, Column: 7, Msg: "claim: missing field \"id\""})
	fmt.Println(list.Err())
	// Output:
	// true
	// set.json:3:7: claim: missing field "id"
}
