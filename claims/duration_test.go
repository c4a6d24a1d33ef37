package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDurationMentions(t *testing.T) {
	dur := func(text string, lo, hi float64) []rec {
		return []rec{{Kind: KindDuration, Text: text, Lo: lo, Hi: hi}}
	}
	tests := []struct {
		name string
		in   string
		want []rec // Lo and Hi in days
	}{
		{"days", "Talks go on for 90 days.", dur("90 days", 90, 90)},
		{"another", "Talks go on for another 90 days.", dur("90 days", 90, 90)},
		{"months in words", "Talks go on for three months.", dur("three months", 90, 90)},
		{"a month", "The tariff was paused for a month.", dur("a month", 30, 30)},
		{"hyphenated", "They agreed a 90-day extension.", dur("90-day", 90, 90)},
		{"weeks", "It took two weeks.", dur("two weeks", 14, 14)},
		{"hours", "It took 48 hours.", dur("48 hours", 2, 2)},
		{"a year", "It took a year.", dur("a year", 365, 365)},
		{"a decade", "It took a decade.", dur("a decade", 3652, 3652)},
		{"hedged", "It took about three months.", dur("about three months", 81, 99)},
		{"a gap before a moment", "It came a week before the first transfer.", []rec{
			{Kind: KindDuration, Text: "a week", Lo: 7, Hi: 7},
			{Kind: KindOrdinal, Text: "first", Lo: 1, Hi: 1}}},
		{"a time, not a length", "He left two years ago.", nil},
		{"an age, not a length", "He is 25 years old.", nil},
		{"later", "Two weeks later he left.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, recognized(t, Default(), tt.in, thursday14Aug2025)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDurationVerdicts(t *testing.T) {
	tests := []struct {
		in   string
		want judged
	}{
		{"The two countries agreed to keep negotiating for another 90 days.", judged{KindDuration, "90 days", Supports, SevInfo, "90 days", ""}},
		{"The two countries agreed to keep negotiating for another 60 days.", judged{KindDuration, "60 days", Contradicts, SevError, "90 days", "90 days"}},
		{"The two countries agreed to keep negotiating for three months.", judged{KindDuration, "three months", Supports, SevInfo, "90 days", ""}},
		{"The two countries agreed to keep negotiating for two months.", judged{KindDuration, "two months", Contradicts, SevError, "90 days", "three months"}},
		{"On July 31 the two sides agreed on three more months of talks.", judged{KindDuration, "three more months", Supports, SevInfo, "90 days", ""}},
		{"On July 31 the two sides agreed on two more months of talks.", judged{KindDuration, "two more months", Contradicts, SevWarning, "90 days", "three more months"}},
		{"The two sides agreed on 60 additional days of talks.", judged{KindDuration, "60 additional days", Contradicts, SevWarning, "90 days", "90 additional days"}},
		{"They agreed a 90-day extension of the talks.", judged{KindDuration, "90-day", Supports, SevInfo, "90 days", ""}},
		{"They agreed a 60-day extension of the talks.", judged{KindDuration, "60-day", Contradicts, SevError, "90 days", "90-day"}},
		{"The tariff was paused for a month.", judged{KindDuration, "a month", Supports, SevInfo, "1 month", ""}},
		{"The tariff was paused for 30 days.", judged{KindDuration, "30 days", Supports, SevInfo, "1 month", ""}},
		{"The tariff was paused for half a month.", judged{KindDuration, "half a month", Contradicts, SevError, "1 month", "one month"}},
		// A gap between two dates is measured, not looked up.
		{"The groups were designated on Feb. 20, 2025, a week before the first transfer.", judged{KindDuration, "a week", Supports, SevInfo, "7 days", ""}},
		{"The groups were designated on Feb. 20, 2025, a month before the first transfer.", judged{KindDuration, "a month", Contradicts, SevWarning, "7 days", ""}},
		// The moment after "after" is what comes first: an event named before a date of another
		// clause, the event a possessor's noun names, or a date in the relation's own clause.
		{"The first transfer took place ten years to the day after his capture: on Feb. 27, 2025, Mexico sent 29 north.", judged{KindDuration, "ten years", Supports, SevInfo, "10 years", ""}},
		{"The first transfer took place nine years to the day after his capture: on Feb. 27, 2025, Mexico sent 29 north.", judged{KindDuration, "nine years", Contradicts, SevWarning, "10 years", ""}},
		{"Mexico sent 29 prisoners north on Feb. 27, 2025, ten years to the day after La Tuta's capture.", judged{KindDuration, "ten years", Supports, SevInfo, "10 years", ""}},
		// A date after the colon that is not the other moment's is the moment.
		{"The letter came 12 days after the talks broke down: on June 30, Mexico's negotiators left Washington.", judged{KindDuration, "12 days", Supports, SevInfo, "12 days", ""}},
		// A count of days is off by one at most; a round figure is looser.
		{"The second transfer, on Aug. 12, came 166 days after the first, on Feb. 27.", judged{KindDuration, "166 days", Supports, SevInfo, "about 5.5 months (166 days)", ""}},
		{"The second transfer, on Aug. 12, came 167 days after the first, on Feb. 27.", judged{KindDuration, "167 days", Supports, SevInfo, "about 5.5 months (166 days)", ""}},
		{"The second transfer, on Aug. 12, came 176 days after the first, on Feb. 27.", judged{KindDuration, "176 days", Contradicts, SevError, "about 5.5 months (166 days)", ""}},
		{"The airlift on Aug. 12 came 14 days after the July 31 deal.", judged{KindDuration, "14 days", Contradicts, SevError, "12 days", ""}},
		{"The airlift on Aug. 12 came about 14 days after the July 31 deal.", judged{KindDuration, "about 14 days", Supports, SevInfo, "12 days", ""}},
		{"The second transfer, on Aug. 12, came 170 days after the first, on Feb. 27.", judged{KindDuration, "170 days", Supports, SevInfo, "about 5.5 months (166 days)", ""}},
		// Moments in the other order are said so, not as a negative gap.
		{"The letter came 12 days after the talks were extended.", judged{KindDuration, "12 days", Contradicts, SevWarning, "19 days the other way", ""}},
		{"The first transfer came on Feb. 27, 2025, two weeks before that tariff took effect on March 4.", judged{KindDuration, "two weeks", Contradicts, SevError, "5 days", ""}},
		// How long since something was last as much is no length the fact sheet states.
		{"The reprieve lifted the peso to its strongest level in a year.", judged{}},
		{"The reprieve was the first in a decade.", judged{}},
		{"The reprieve lasts a year.", judged{KindDuration, "a year", Contradicts, SevError, "90 days", "90 days"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			want := []judged{tt.want}
			if tt.want == (judged{}) {
				want = nil
			}
			if diff := cmp.Diff(want, judgeKinds(Default(), tt.in, thursday14Aug2025, KindDuration)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDurationVerdictsCouncil(t *testing.T) {
	set := councilSet(t)
	tests := []struct {
		in   string
		want judged
	}{
		{"The budget ends a two-year hiring freeze for police.", judged{KindDuration, "two-year", Supports, SevInfo, "2 years", ""}},
		{"The budget ends a three-year hiring freeze for police.", judged{KindDuration, "three-year", Contradicts, SevError, "2 years", "two-year"}},
		{"Residents had a 30-day public comment period.", judged{KindDuration, "30-day", Supports, SevInfo, "30 days", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff([]judged{tt.want}, judgeKinds(set, tt.in, thursday12Mar2026, KindDuration)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDurationValue(t *testing.T) {
	tests := []struct {
		in   string
		want Duration
		days float64
		str  string
		ok   bool
	}{
		{"90 days", Duration{90, Days}, 90, "90 days", true},
		{"1 month", Duration{1, Months}, 30, "1 month", true},
		{"2 years", Duration{2, Years}, 730, "2 years", true},
		{"3 Weeks", Duration{3, Weeks}, 21, "3 weeks", true},
		{"1 decade", Duration{1, Decades}, 3652, "1 decade", true},
		{"36 hours", Duration{36, Hours}, 1.5, "36 hours", true},
		{"90", Duration{}, 0, "", false},
		{"0 days", Duration{}, 0, "", false},
		{"ninety days", Duration{}, 0, "", false},
		{"90 fortnights", Duration{}, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := parseDurationValue(tt.in)
			if ok != tt.ok {
				t.Fatalf("parseDurationValue(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if !ok {
				return
			}
			type result struct {
				D    Duration
				Days float64
				Str  string
			}
			if diff := cmp.Diff(result{tt.want, tt.days, tt.str}, result{d, d.Days(), d.String()}); diff != "" {
				t.Errorf("parseDurationValue(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// A hedged duration's message says what the hedge means with its unit.
func TestHedgedDurationMessage(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Mexico sent 26 prisoners north on Tuesday after more than a year of talks.", `"more than a year" means more than 1 year.`},
	} {
		var msgs []string
		for _, f := range Check(Default(), tt.in, Options{}).Findings {
			if f.Kind == KindDuration && f.Verdict == Contradicts {
				msgs = append(msgs, f.Message)
			}
		}
		if len(msgs) != 1 || !strings.Contains(msgs[0], tt.want) {
			t.Errorf("%q: messages %q; want one saying %q", tt.in, msgs, tt.want)
		}
	}
}
