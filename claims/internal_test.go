package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestInternalVerdicts(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []judged
		message string // a part of the first finding's message
	}{
		// A weekday that does not fit its date.
		{"weekday does not fit its date", "It happened on Tuesday, Aug. 13, 2025.",
			[]judged{{KindInternal, "Tuesday", Contradicts, SevError, "Wednesday", "Wednesday"}},
			`13 August 2025 was a Wednesday; this says "Tuesday".`},
		{"weekday fits its date", "It happened on Wednesday, Aug. 13, 2025.", nil, ""},
		{"weekday in parentheses after its date", "Mexico flew the prisoners north on Aug. 12, 2025 (a Wednesday).",
			[]judged{{KindInternal, "Wednesday", Contradicts, SevError, "Tuesday", "Tuesday"}},
			`12 August 2025 was a Tuesday; this says "Wednesday".`},
		{"weekday in parentheses fits its date", "The council met on March 10, 2026 (Tuesday).", nil, ""},
		{"weekday and day-first date", "It happened on Friday, 27 February 2015.", nil, ""},
		{"weekday against a date of another year", "The council met on Monday, March 10, 2026.",
			[]judged{{KindInternal, "Monday", Contradicts, SevError, "Tuesday", "Tuesday"}},
			"10 March 2026 was a Tuesday"},

		// The same number written two ways.
		{"words and digits disagree", "Mexico sent twenty-five (26) prisoners.",
			[]judged{{KindInternal, "twenty-five (26)", Contradicts, SevError, "", ""}},
			`"twenty-five" is 25, the digits say 26.`},
		{"words and digits agree", "Mexico sent twenty-six (26) prisoners.", nil, ""},

		// Totals.
		{"a total that does not add up", "Mexico sent 29 prisoners in February and 26 in August, 56 in all.",
			[]judged{{KindInternal, "56", Contradicts, SevError, "55", "55"}},
			"the parts in this sentence make 55"},
		{"a total that adds up", "Mexico sent 29 prisoners in February and 26 in August, 55 in all.", nil, ""},
		{"a total of", "Mexico sent 29 prisoners in February and 26 in August, a total of 54 prisoners.",
			[]judged{{KindInternal, "54", Contradicts, SevError, "55", "55"}},
			`this says "54"`},

		// The same definite quantity stated two ways in a paragraph.
		{"the 26 detainees, then the 28", "The 26 detainees were flown north. Later the 28 detainees landed.",
			[]judged{{KindInternal, "28", Contradicts, SevWarning, "26", "26"}},
			"earlier in this paragraph the draft speaks of the 26 detainees"},
		{"the same number twice", "The 26 detainees were flown north. Later the 26 detainees landed.", nil, ""},
		{"different paragraphs", "The 26 detainees were flown north.\n\nLater the 28 detainees landed.", nil, ""},

		// An ordinal beyond the count of events the draft gives.
		{"third of two", "Mexico has made two transfers this year. This was the third transfer.",
			[]judged{{KindInternal, "third", Contradicts, SevWarning, "", ""}},
			`the draft counts 2 transfers ("two"), yet calls this the third`},
		{"second of two", "Mexico has made two transfers this year. This was the second transfer.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []judged
			var msg string
			for _, f := range Check(Default(), tt.in, Options{Dateline: thursday14Aug2025}).Findings {
				if f.Kind == KindInternal {
					got = append(got, judged{f.Kind, f.Text, f.Verdict, f.Severity, f.Expected, f.Suggestion})
					if msg == "" {
						msg = f.Message
					}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("%q (-want +got):\n%s", tt.in, diff)
			}
			if !strings.Contains(msg, tt.message) {
				t.Errorf("%q: message %q does not say %q", tt.in, msg, tt.message)
			}
		})
	}
}

// Internal checks need no claim set: the council story's totals and weekdays are checked the
// same way.
func TestInternalVerdictsCouncil(t *testing.T) {
	set := councilSet(t)
	tests := []struct {
		in   string
		want []judged
	}{
		{"Six members voted for the budget and three voted against it, nine votes in all.", nil},
		{"Six members voted for the budget and three voted against it, 10 votes in all.",
			[]judged{{KindInternal, "10", Contradicts, SevError, "9", "9"}}},
		{"The hearing was held on Wednesday, Feb. 26, 2026.",
			[]judged{{KindInternal, "Wednesday", Contradicts, SevError, "Thursday", "Thursday"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(set, tt.in, thursday12Mar2026, KindInternal)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// A weekday written with the draft's own dateline is checked like any other.
func TestInternalDatelineWeekday(t *testing.T) {
	in := "MEXICO CITY, Tuesday, Aug. 13, 2025 — Mexico sent 26 prisoners."
	got := judgeKinds(Default(), in, Date{}, KindInternal)
	want := []judged{{KindInternal, "Tuesday", Contradicts, SevError, "Wednesday", "Wednesday"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%q (-want +got):\n%s", in, diff)
	}
}
