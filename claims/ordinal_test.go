package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOrdinalMentions(t *testing.T) {
	ord := func(text string, v float64) rec { return rec{Kind: KindOrdinal, Text: text, Lo: v, Hi: v} }
	tests := []struct {
		name string
		in   string
		want []rec
	}{
		{"with such and its noun", "It was the second such transfer.", []rec{ord("second", 2)}},
		{"with its noun", "It was the first transfer of the year.", []rec{ord("first", 1)}},
		{"of its kind", "It was the first of its kind.", []rec{ord("first", 1)}},
		{"in digits", "It was the 3rd transfer.", []rec{ord("3rd", 3)}},
		{"alone: an adverb, no claim", "He was the first to speak.", nil},
		{"alone, but the noun of an earlier ordinal carries over", "The first transfer came in February; the second, in August.",
			[]rec{ord("first", 1), {Kind: KindDate, Text: "February", From: "2025-02-01", To: "2025-02-28"},
				ord("second", 2), {Kind: KindDate, Text: "August", From: "2025-08-01", To: "2025-08-31"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, recognized(t, Default(), tt.in, thursday14Aug2025)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestOrdinalVerdicts(t *testing.T) {
	tests := []struct {
		in   string
		want []judged
	}{
		{"It was the second such transfer.", []judged{{KindOrdinal, "second", Supports, SevInfo, "second", ""}}},
		{"It was the 2nd transfer.", []judged{{KindOrdinal, "2nd", Supports, SevInfo, "second", ""}}},
		{"It was the first transfer of its kind this year.", []judged{{KindOrdinal, "first", Supports, SevInfo, "first", ""}}},
		{"The August transfer was the first of its kind.", []judged{{KindOrdinal, "first", Contradicts, SevError, "second", "second"}}},
		{"The first transfer came in February; the second, in August.", []judged{
			{KindOrdinal, "first", Supports, SevInfo, "first", ""}, {KindOrdinal, "second", Supports, SevInfo, "second", ""}}},
		// No event says which transfer, but the fact sheet knows of two such transfers: a third is
		// possibly wrong whichever is meant, with no fix to suggest.
		{"It was the third such transfer.", []judged{{KindOrdinal, "third", Contradicts, SevWarning, "second", ""}}},
		{"It was the third mass transfer of cartel prisoners this year.", []judged{{KindOrdinal, "third", Contradicts, SevWarning, "second", ""}}},
		// The ordinal the sentence's noun is: "the operation was the second".
		{"This week's operation was the second.", []judged{{KindOrdinal, "second", Supports, SevInfo, "second", ""}}},
		{"This week's operation was the first.", []judged{{KindOrdinal, "first", Contradicts, SevError, "second", "second"}}},
		{"The February transfer was the first.", []judged{{KindOrdinal, "first", Supports, SevInfo, "first", ""}}},
		{"The first was in February.", nil}, // no noun: "first" may be anything
		// A word between the ordinal and its noun, then "of its kind".
		{"The August transfer was the first mass transfer of its kind.", []judged{{KindOrdinal, "first", Contradicts, SevError, "second", "second"}}},
		// Only the sentence before ties it to August; the ordinal may name the other transfer.
		{"Mexico sent 26 prisoners north in August. The 2015 arrest came ten years before the first transfer of 2025.",
			[]judged{{KindOrdinal, "first", Contradicts, SevWarning, "second", "second"}}},
		{"Mexico sent 26 prisoners north in August. The August transfer was the first such transfer of 2025.",
			[]judged{{KindOrdinal, "first", Contradicts, SevError, "second", "second"}}},
		// Nothing says over what the ordinal counts: flights of one day, perhaps.
		{"The fifth flight landed in Houston.", []judged{{KindOrdinal, "fifth", Unknown, SevInfo, "", ""}}},
		{"The fifth flight landed in Houston this year.", []judged{{KindOrdinal, "fifth", Unknown, SevInfo, "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, thursday14Aug2025, KindOrdinal)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestOrdinalVerdictsCouncil(t *testing.T) {
	set := councilSet(t)
	tests := []struct {
		in   string
		want judged
	}{
		{"It is the third budget of Peña's term.", judged{KindOrdinal, "third", Supports, SevInfo, "third", ""}},
		{"It is the fourth budget of Peña's term.", judged{KindOrdinal, "fourth", Contradicts, SevError, "third", "third"}},
		{"The council adopted it on second reading.", judged{KindOrdinal, "second", Supports, SevInfo, "second", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff([]judged{tt.want}, judgeKinds(set, tt.in, thursday12Mar2026, KindOrdinal)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestOrdinalWords(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "first"}, {2, "second"}, {3, "third"}, {12, "twelfth"},
		{13, "13th"}, {21, "21st"}, {22, "22nd"}, {23, "23rd"}, {111, "111th"}, {112, "112th"}, {101, "101st"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ordinalWord(tt.n)); diff != "" {
				t.Errorf("ordinalWord(%d) (-want +got):\n%s", tt.n, diff)
			}
		})
	}
}

// A story dated the day after the February transfer cannot speak of the August one: its facts
// drop out, unless nothing else is left, and February's transfer is the story's main event.
func TestStoryDateRulesOutLaterEvents(t *testing.T) {
	feb28 := Date{Year: 2025, Month: 2, Day: 28}
	tests := []struct {
		in   string
		ref  Date
		want []judged
	}{
		{"It was the second mass transfer of its kind.", thursday14Aug2025,
			[]judged{{KindOrdinal, "second", Supports, SevInfo, "second", ""}}},
		{"It was the second mass transfer of its kind.", feb28,
			[]judged{{KindOrdinal, "second", Contradicts, SevWarning, "first", ""}}},
		{"It was the first mass transfer of its kind.", feb28,
			[]judged{{KindOrdinal, "first", Supports, SevInfo, "first", ""}}},
		// Every candidate is later than the story (a dateline of the wrong year): all are kept.
		{"It was the second mass transfer of its kind.", Date{Year: 2024, Month: 2, Day: 28},
			[]judged{{KindOrdinal, "second", Supports, SevInfo, "second", ""}}},
		// The main event is then the latest begun by the story's date: a count of prisoners with
		// no event named is February's.
		{"Some wonder whether 30 prisoners is enough.", feb28,
			[]judged{{KindCount, "30", Contradicts, SevWarning, "29", "29"}}},
		{"Some wonder whether 30 prisoners is enough.", thursday14Aug2025,
			[]judged{{KindCount, "30", Contradicts, SevWarning, "26", "26"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in+" "+tt.ref.String(), func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, tt.ref, KindOrdinal, KindCount)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
