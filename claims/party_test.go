package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A number a sentence ties to a party the claim set does not cover is left unchecked; one tied
// to the set's own party, or shared by both, is checked as before.
func TestOtherParties(t *testing.T) {
	unknown := func(kind Kind, text string) judged { return judged{kind, text, Unknown, SevInfo, "", ""} }
	tests := []struct {
		in   string
		want []judged
	}{
		// Another party named before the number in its clause.
		{"Canada's tariff rose to 35% on Aug. 1.", []judged{unknown(KindPercent, "35%"), unknown(KindDate, "Aug. 1")}},
		{"Tariffs on Canada went up to 35 percent on Friday.", []judged{unknown(KindPercent, "up to 35 percent"), unknown(KindWeekday, "Friday")}},
		{"The United States imposed a 50% tariff on Brazilian goods in July.", []judged{unknown(KindPercent, "50%"), unknown(KindDate, "July")}},
		// Or the number applies to it: "on", "for", perhaps through "all" or "the".
		{"A 35% tariff on all Canadian goods looms.", []judged{unknown(KindPercent, "35%")}},
		{"The letter set 35% for Canada.", []judged{unknown(KindPercent, "35%")}},
		// Each number goes with the party nearest before it in its clause.
		{"The letter threatened 30% on Mexico and 35% on Canada.", []judged{
			{KindPercent, "30%", Supports, SevInfo, "30%", ""}, unknown(KindPercent, "35%")}},
		{"The letter threatened 35% on Mexico, more than Canada's 30%.", []judged{
			{KindPercent, "35%", Contradicts, SevWarning, "30%", "30%"}, unknown(KindPercent, "30%")}},
		{"The letter threatened Canada's 30% and Mexico's 35% tariffs.", []judged{
			unknown(KindPercent, "30%"), {KindPercent, "35%", Contradicts, SevWarning, "30%", "30%"}}},
		// Beyond the number's clause, the party nearest before it takes it where no subject is
		// named before it, or where "its" points back to it.
		{"Brazil, whose dispute is about politics, now pays 50%.", []judged{unknown(KindPercent, "50%")}},
		{"Canada won no such pause: its rate went to 35% on Aug. 1.", []judged{unknown(KindPercent, "35%"), unknown(KindDate, "Aug. 1")}},
		{"Mexico won an extension, and on Aug. 1 Canada saw its rate climb to 35%.", []judged{unknown(KindDate, "Aug. 1"), unknown(KindPercent, "35%")}},
		{"Steel from Mexico, like that from Canada and Brazil, has paid 50% since June 4.", []judged{
			{KindPercent, "50%", Supports, SevInfo, "50%", ""}, {KindDate, "June 4", Supports, SevInfo, "Wednesday, 4 June 2025", ""}}},
		{"Steel from Mexico, like that from Canada and Brazil, has paid 40% since June 4.", []judged{
			{KindPercent, "40%", Contradicts, SevWarning, "50%", "50%"}, {KindDate, "June 4", Supports, SevInfo, "Wednesday, 4 June 2025", ""}}},
		// A timeline's entries: their dates go with the party each opens with.
		{"Timeline\n\nJuly 22 — Japan settles on a 15% rate.\n\nJuly 31 — Mexico wins a 90-day extension of the talks.", []judged{
			unknown(KindDate, "July 22"), unknown(KindPercent, "15%"), {KindDate, "July 31", Supports, SevInfo, "Thursday, 31 July 2025", ""}}},
		// A party nearer than its subject but beyond punctuation takes the number; a party a
		// comparison names does not.
		{"Unlike Mexico, Canada saw its tariff rise to 35% on Aug. 1.", []judged{unknown(KindPercent, "35%"), unknown(KindDate, "Aug. 1")}},
		{"Mexico, which unlike Canada kept negotiating, saw its tariff threat rise to 35%.", []judged{
			{KindPercent, "35%", Contradicts, SevWarning, "30%", "30%"}}},
		// A count goes only with a party right beside it; a date, with the number before it.
		{"Canadian Prime Minister Mark Carney praised the transfer of 27 prisoners on Tuesday.", []judged{
			{KindCount, "27", Contradicts, SevError, "26", "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025", ""}}},
		{"Chinese precursor chemicals were at the center of the case against the 27 prisoners flown north on Tuesday.", []judged{
			{KindCount, "27", Contradicts, SevError, "26", "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025", ""}}},
		{"Canada's tariff on goods outside the USMCA rose to 35% on Aug. 1.", []judged{unknown(KindPercent, "35%"), unknown(KindDate, "Aug. 1")}},
		{"India's rate is 25% now and is set to reach 50% at the end of August.", []judged{
			unknown(KindPercent, "25%"), unknown(KindPercent, "50%"), unknown(KindDate, "August")}},
		// Named beside the set's own party, the other shares the number, which is checked (a
		// warning, as with "Mexico and its allies": the cue is beyond the "and").
		{"The letter threatened Mexico and Canada with 35% tariffs.", []judged{{KindPercent, "35%", Contradicts, SevWarning, "30%", "30%"}}},
		{"The letter threatened Canada and Mexico with 35% tariffs.", []judged{{KindPercent, "35%", Contradicts, SevWarning, "30%", "30%"}}},
		// A party in another clause, after the number without "on" or "for", or in a compound
		// describing someone, does not take the number.
		{"The letter threatened a 35% tariff; Canada got a similar letter.", []judged{{KindPercent, "35%", Contradicts, SevError, "30%", "30%"}}},
		{"The letter threatened a 35% tariff, Canadian officials noted.", []judged{{KindPercent, "35%", Contradicts, SevError, "30%", "30%"}}},
		{"The Canadian-born suspect was one of 27 prisoners flown north on Tuesday.", []judged{
			{KindCount, "27", Contradicts, SevError, "26", "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := judgeKinds(Default(), tt.in, thursday14Aug2025, KindCount, KindDate, KindWeekday, KindPercent)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// Parties are data: the council set names its own town and its neighbours.
func TestOtherPartiesCouncil(t *testing.T) {
	in := "Oakdale raised its property tax 5 percent."
	want := []judged{{KindPercent, "5 percent", Unknown, SevInfo, "", ""}}
	if diff := cmp.Diff(want, judgeKinds(councilSet(t), in, thursday12Mar2026, KindPercent)); diff != "" {
		t.Errorf("council set (-want +got):\n%s", diff)
	}
	want = []judged{{KindPercent, "5 percent", Contradicts, SevWarning, "3.5%", "3.5 percent"}}
	if diff := cmp.Diff(want, judgeKinds(councilSet(t), "Riverton raised its property tax 5 percent.", thursday12Mar2026, KindPercent)); diff != "" {
		t.Errorf("council set, its own city (-want +got):\n%s", diff)
	}
}
