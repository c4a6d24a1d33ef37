package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRuleBounds pins where the rules that tie a mention to a fact stop: each sentence once
// went wrong when one of them reached too far.
func TestRuleBounds(t *testing.T) {
	jul20, aug14of2024 := Date{2025, 7, 20}, Date{2024, 8, 14}
	tests := []struct {
		name string
		in   string
		ref  Date
		want []judged
	}{
		{"a verb many facts share dates nothing of its own in an aside", "The designations, announced on July 12, covered eight groups.", thursday14Aug2025,
			[]judged{{KindDate, "July 12", Contradicts, SevWarning, "Thursday, 20 February 2025", ""}, {KindCount, "eight", Supports, SevInfo, "8", ""}}},
		{"nor does it steal a wrong date from the subject", "The designations, announced on Feb. 21, covered eight groups.", thursday14Aug2025,
			[]judged{{KindDate, "Feb. 21", Contradicts, SevError, "Thursday, 20 February 2025", "Feb. 20"}, {KindCount, "eight", Supports, SevInfo, "8", ""}}},
		{"a handover of power is no transfer of prisoners", "Sheinbaum took power in a handover on Oct. 1, 2024.", thursday14Aug2025,
			[]judged{{KindName, "Sheinbaum", Supports, SevInfo, "Sheinbaum", ""}, {KindDate, "Oct. 1, 2024", Supports, SevInfo, "Tuesday, 1 October 2024", ""}}},
		{"a count after or with a noun of its own, unhedged, is its own", "The operation involved 12 aircraft, or 11 from the army and one from the navy.", thursday14Aug2025,
			[]judged{{KindCount, "12", Supports, SevInfo, "12", ""}, {KindCount, "11", Supports, SevInfo, "11", ""}, {KindCount, "one", Supports, SevInfo, "1", ""}}},
		{"a unit phrase after the noun still narrows it", "The operation used 11 aircraft from the army and one from the navy.", thursday14Aug2025,
			[]judged{{KindCount, "11", Supports, SevInfo, "11", ""}, {KindCount, "one", Supports, SevInfo, "1", ""}}},
		{"a partitive count after a rate counts people", "About 80 percent of the 27 face US indictments.", thursday14Aug2025,
			[]judged{{KindPercent, "About 80 percent", Unknown, SevInfo, "", ""}, {KindCount, "27", Contradicts, SevWarning, "26", "26"}}},
		{"a count before a verb after a rate counts people", "Homicides fell 25 percent, officials said, and 27 were sent north.", thursday14Aug2025,
			[]judged{{KindPercent, "25 percent", Unknown, SevInfo, "", ""}, {KindCount, "27", Contradicts, SevWarning, "26", "26"}}},
		{"a year off by one in the event's own date keeps its month a cue", "The transfer of Aug. 12, 2024, involved 8 aircraft.", thursday14Aug2025,
			[]judged{{KindDate, "Aug. 12, 2024", Contradicts, SevError, "Tuesday, 12 August 2025", "Aug. 12, 2025"}, {KindCount, "8", Contradicts, SevError, "12", "12"}}},
		{"a dateline a year early rules no fact out", "Mexico sent 26 cartel members to the US on Tuesday, the second such transfer this year, bringing the total to 55.", aug14of2024,
			[]judged{{KindCount, "26", Supports, SevInfo, "26", ""}, {KindWeekday, "Tuesday", Contradicts, SevError, "Tuesday, 12 August 2025", ""},
				{KindOrdinal, "second", Supports, SevInfo, "second", ""}, {KindCount, "55", Supports, SevInfo, "55", ""}}},
		{"a preview weeks ahead states the coming event's facts", "Mexico plans a second mass transfer of 26 prisoners in August, officials said.", jul20,
			[]judged{{KindOrdinal, "second", Supports, SevInfo, "second", ""}, {KindCount, "26", Supports, SevInfo, "26", ""}, {KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025", ""}}},
		{"an ordinal tied by the sentence before stays an error", "Mexico sent 26 prisoners to the US on Tuesday. The operation was the first such transfer of 2025.", thursday14Aug2025,
			[]judged{{KindCount, "26", Supports, SevInfo, "26", ""}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025", ""},
				{KindOrdinal, "first", Contradicts, SevError, "second", "second"}, {KindYear, "2025", Supports, SevInfo, "2025", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, tt.ref)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
