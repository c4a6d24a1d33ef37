package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPercentMentions(t *testing.T) {
	pct := func(text string, lo, hi float64, points bool) []rec {
		return []rec{{Kind: KindPercent, Text: text, Lo: lo, Hi: hi, Points: points}}
	}
	tests := []struct {
		name string
		in   string
		want []rec
	}{
		{"sign", "A 25% tariff.", pct("25%", 25, 25, false)},
		{"percent", "A tariff of 25 percent.", pct("25 percent", 25, 25, false)},
		{"per cent", "A tariff of 25 per cent.", pct("25 per cent", 25, 25, false)},
		{"words", "A tariff of twenty-five percent.", pct("twenty-five percent", 25, 25, false)},
		{"hyphenated", "A 25-percent tariff.", pct("25-percent", 25, 25, false)},
		{"pct", "A 25 pct tariff.", pct("25 pct", 25, 25, false)},
		{"full-width sign", "A 25％ tariff.", pct("25％", 25, 25, false)},
		{"decimal", "The tax rises 3.5 percent.", pct("3.5 percent", 3.5, 3.5, false)},
		{"hedged", "Some 75 percent of exporters ship by truck.", pct("Some 75 percent", 67.5, 82.5, false)},
		{"nearly", "Nearly 30% of them.", pct("Nearly 30%", 27, 30-1e-9, false)},
		{"percentage points", "It rose 3 percentage points.", pct("3 percentage points", 3, 3, true)},
		{"percent points", "It rose 3 percent points.", pct("3 percent points", 3, 3, true)},
		{"no percent: a bare number", "A tariff of 25 was set.", []rec{{Kind: KindCount, Text: "25", Lo: 25, Hi: 25}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, recognized(t, Default(), tt.in, thursday14Aug2025)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestPercentVerdicts(t *testing.T) {
	tests := []struct {
		in   string
		want judged
	}{
		{"Trump threatened a 25% tariff on all Mexican imports.", judged{KindPercent, "25%", Supports, SevInfo, "25%", ""}},
		{"Trump threatened a 20% tariff on all Mexican imports.", judged{KindPercent, "20%", Contradicts, SevError, "25%", "25%"}},
		{"Trump threatened a tariff of 25 percent on all Mexican imports.", judged{KindPercent, "25 percent", Supports, SevInfo, "25%", ""}},
		{"Trump threatened a tariff of 25 per cent on all Mexican imports.", judged{KindPercent, "25 per cent", Supports, SevInfo, "25%", ""}},
		{"Trump threatened a tariff of twenty-five percent on all Mexican imports.", judged{KindPercent, "twenty-five percent", Supports, SevInfo, "25%", ""}},
		{"Trump threatened a tariff of twenty percent on all Mexican imports.", judged{KindPercent, "twenty percent", Contradicts, SevError, "25%", "twenty-five percent"}},
		{"The letter threatened a 30 percent tariff.", judged{KindPercent, "30 percent", Supports, SevInfo, "30%", ""}},
		{"The letter threatened a 35 percent tariff.", judged{KindPercent, "35 percent", Contradicts, SevError, "30%", "30 percent"}},
		// "Threatened" is a cue of both threats; "July" only of the 30% one: a rate stated of July
		// is checked against 30%, as a warning while the shared cue leaves room for doubt.
		{"In July, Trump threatened a 35% tariff.", judged{KindPercent, "35%", Contradicts, SevWarning, "30%", "30%"}},
		{"In July, Trump threatened a 25% tariff.", judged{KindPercent, "25%", Contradicts, SevWarning, "30%", "30%"}},
		{"In July, Trump threatened a 30% tariff.", judged{KindPercent, "30%", Supports, SevInfo, "30%", ""}},
		// A month inside a date to the day is no "in July": the date names its own event.
		{"Mexico's 25% tariff was left in place under the extension agreed on July 31.", judged{KindPercent, "25%", Supports, SevInfo, "25%", ""}},
		{"Mexico's 20% tariff on goods outside the USMCA was left in place under the extension agreed on July 31.", judged{KindPercent, "20%", Contradicts, SevError, "25%", "25%"}},
		{"The two sides agreed on July 31 to keep negotiating and hold off a 35% tariff.", judged{KindPercent, "35%", Contradicts, SevWarning, "30%", "30%"}},
		{"Trump held off on 25% tariffs for a month.", judged{KindPercent, "25%", Supports, SevInfo, "25%", ""}},
		// A day of no event: the month still speaks.
		{"Trump posted on July 11 that Mexican goods would face 35% tariffs.", judged{KindPercent, "35%", Contradicts, SevError, "30%", "30%"}},
		{"In late July the two sides agreed to keep talking, leaving in place the 25% levy on products that do not comply with the USMCA.", judged{KindPercent, "25%", Supports, SevInfo, "25%", ""}},
		{"The tariff on steel is 50%.", judged{KindPercent, "50%", Supports, SevInfo, "50%", ""}},
		{"The tariff on steel is 25%.", judged{KindPercent, "25%", Contradicts, SevError, "50%", "50%"}},
		// A change in points is not a rate; the rate written in points is.
		{"The letter raised the tariff by 5 percentage points.", judged{KindPercent, "5 percentage points", Unknown, SevInfo, "", ""}},
		{"The letter threatened a tariff of 30 percentage points.", judged{KindPercent, "30 percentage points", Contradicts, SevError, "30%", ""}},
		// A rate in a sentence that never names the claim's noun, tied to it by a month alone,
		// is a rate of something else.
		{"Her approval stood at about 70% in a poll published in July.", judged{KindPercent, "about 70%", Unknown, SevInfo, "", ""}},
		{"The central bank cut its key rate to 7.75% in July.", judged{KindPercent, "7.75%", Unknown, SevInfo, "", ""}},
		{"The Fed left its key rate at 4.5% on 30 July.", judged{KindPercent, "4.5%", Unknown, SevInfo, "", ""}},
		// Tied by a word, it may be a rate of anything: possibly wrong. "Rate" alone is no noun
		// of a tariff: a central bank's key rate is one too.
		{"Mexico wants to avoid the 35% rate.", judged{KindPercent, "35%", Contradicts, SevWarning, "30%", "30%"}},
		{"In July, Trump threatened Mexico with 35%.", judged{KindPercent, "35%", Contradicts, SevWarning, "30%", "30%"}},
		{"Some 75 percent of exporters ship by truck.", judged{KindPercent, "Some 75 percent", Unknown, SevInfo, "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff([]judged{tt.want}, judgeKinds(Default(), tt.in, thursday14Aug2025, KindPercent)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestPercentVerdictsCouncil(t *testing.T) {
	set := councilSet(t)
	tests := []struct {
		in   string
		want judged
	}{
		{"The property tax rises 3.5 percent.", judged{KindPercent, "3.5 percent", Supports, SevInfo, "3.5%", ""}},
		{"The property tax rises 4 percent.", judged{KindPercent, "4 percent", Contradicts, SevWarning, "3.5%", "3.5 percent"}},
		{"The property tax rises 3.5 percentage points.", judged{KindPercent, "3.5 percentage points", Contradicts, SevWarning, "3.5%", ""}},
		{"Workers get a 2% raise.", judged{KindPercent, "2%", Supports, SevInfo, "2%", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff([]judged{tt.want}, judgeKinds(set, tt.in, thursday12Mar2026, KindPercent)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// In "from A to B" the first value is what was before: the fact sheet states the second.
func TestFromValueTo(t *testing.T) {
	tests := []struct {
		in   string
		want []judged
	}{
		{"The tariff on steel went from 25% to 50% in June.", []judged{
			{KindPercent, "25%", Unknown, SevInfo, "", ""}, {KindPercent, "50%", Supports, SevInfo, "50%", ""}}},
		{"The tariff on steel went from 25% to 40% in June.", []judged{
			{KindPercent, "25%", Unknown, SevInfo, "", ""}, {KindPercent, "40%", Contradicts, SevError, "50%", "50%"}}},
		{"In a letter, Trump threatened a 30% tariff on Mexican goods, up from the 25% levy, starting Aug. 1.", []judged{
			{KindPercent, "30%", Supports, SevInfo, "30%", ""}, {KindPercent, "25%", Unknown, SevInfo, "", ""}}},
		// A value moved away from that fits a claim is confirmed as any other.
		{"In July, Trump threatened a 30% tariff, up from the 25% levy.", []judged{
			{KindPercent, "30%", Supports, SevInfo, "30%", ""}, {KindPercent, "25%", Supports, SevInfo, "25%", ""}}},
		// Without a second value of its kind, or "up" or "down" before it, "from" is no change.
		{"The tariff on steel is 25% from June.", []judged{{KindPercent, "25%", Contradicts, SevError, "50%", "50%"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, thursday14Aug2025, KindPercent)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
