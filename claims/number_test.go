package claims

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCountMentions(t *testing.T) {
	inf := math.Inf(1)
	const eps = 1e-9
	count := func(text string, lo, hi float64) []rec {
		return []rec{{Kind: KindCount, Text: text, Lo: lo, Hi: hi}}
	}
	tests := []struct {
		name string
		in   string
		want []rec
	}{
		// Digits and words.
		{"digits", "Mexico sent 26 prisoners.", count("26", 26, 26)},
		{"thousands separator", "Mexico deployed 1,000 personnel.", count("1,000", 1000, 1000)},
		{"words", "Mexico sent twenty-six prisoners.", count("twenty-six", 26, 26)},
		{"capitalized words", "Twenty-six prisoners were sent.", count("Twenty-six", 26, 26)},
		{"words in title case", "Mexico sent Twenty-Six prisoners.", count("Twenty-Six", 26, 26)},
		{"hundreds in words", "Mexico sent one hundred and twenty prisoners.", count("one hundred and twenty", 120, 120)},
		{"tens and units without a hyphen", "Mexico sent twenty six prisoners.", count("twenty six", 26, 26)},
		{"hundreds, tens and units without a hyphen", "Mexico sent one hundred twenty six prisoners.", count("one hundred twenty six", 126, 126)},
		{"tens and units apart are two numbers", "The count went from twenty, six fewer than planned, to thirty.", []rec{
			{Kind: KindCount, Text: "twenty", Lo: 20, Hi: 20}, {Kind: KindCount, Text: "six", Lo: 6, Hi: 6}, {Kind: KindCount, Text: "thirty", Lo: 30, Hi: 30}}},
		{"a hundred", "Mexico sent a hundred prisoners.", count("a hundred", 100, 100)},
		{"decimal with a scale word", "Mexico sent 1.2 million prisoners.", count("1.2 million", 1.2e6, 1.2e6)},
		{"two dozen: a round figure, like a dozen", "Mexico sent two dozen prisoners.", count("two dozen", 22, 26)},
		{"24 in digits is exact", "Mexico sent 24 prisoners.", count("24", 24, 24)},
		{"a dozen is a round figure", "Mexico sent a dozen prisoners.", count("a dozen", 10, 14)},
		{"26-strong", "A 26-strong group of prisoners left.", count("26-strong", 26, 26)},

		// Hedges: about ±10% (at least 1).
		{"about", "Mexico sent about 26 prisoners.", count("about 26", 23.4, 28.6)},
		{"some", "Mexico sent some 26 prisoners.", count("some 26", 23.4, 28.6)},
		{"roughly, capitalized", "Roughly 26 prisoners left.", count("Roughly 26", 23.4, 28.6)},
		{"around a thousand", "Mexico sent around 1,000 personnel.", count("around 1,000", 900, 1100)},
		{"an estimated", "Mexico sent an estimated 26 prisoners.", count("an estimated 26", 23.4, 28.6)},
		{"about a small number", "Mexico sent about 5 prisoners.", count("about 5", 4, 6)},

		// Just below.
		{"nearly", "Mexico sent nearly 30 prisoners.", count("nearly 30", 27, 30-eps)},
		{"almost", "Mexico sent almost 30 prisoners.", count("almost 30", 27, 30-eps)},
		{"close to", "Mexico sent close to 30 prisoners.", count("close to 30", 27, 30-eps)},

		// Above.
		{"more than two dozen", "Mexico sent more than two dozen prisoners.", count("more than two dozen", 24+eps, inf)},
		{"over two dozen", "Mexico sent over two dozen prisoners.", count("over two dozen", 24+eps, inf)},
		{"just over", "Mexico sent just over 25 prisoners.", count("just over 25", 25+eps, inf)},
		{"at least", "Mexico sent at least 25 prisoners.", count("at least 25", 25, inf)},
		{"no fewer than", "Mexico sent no fewer than 25 prisoners.", count("no fewer than 25", 25, inf)},

		// Below.
		{"fewer than", "Mexico sent fewer than 30 prisoners.", count("fewer than 30", 0, 30-eps)},
		{"under", "Mexico sent under 30 prisoners.", count("under 30", 0, 30-eps)},
		{"up to", "Mexico sent up to 30 prisoners.", count("up to 30", 0, 30)},
		{"no more than", "Mexico sent no more than 30 prisoners.", count("no more than 30", 0, 30)},
		{"as many as", "Mexico sent as many as 30 prisoners.", count("as many as 30", 0, 30)},

		// Two counts in one sentence.
		{"two counts", "Mexico sent 26 prisoners and 12 aircraft.", []rec{
			{Kind: KindCount, Text: "26", Lo: 26, Hi: 26}, {Kind: KindCount, Text: "12", Lo: 12, Hi: 12}}},

		// Numbers that are no count.
		{"a score", "The vote was 6-3.", nil},
		{"a tally with an en dash", "The budget passed on a 6–3 vote.", nil},
		{"names with numbers", "MS-13 and COVID-19 and G20 met.", nil},
		{"time of day", "They left at 3:30 and at 10 a.m. sharp.", nil},
		{"an age", "He is 25 years old.", nil},
		{"one as a pronoun", "One of them was sent.", nil},
		{"vague dozens", "Mexico sent dozens of prisoners.", nil},
		{"an exchange rate", "The peso traded at 18.7 per dollar, then 18.6 to the dollar.", nil},
		{"a count sent to the US", "Mexico sent 26 to the US.", count("26", 26, 26)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, recognized(t, Default(), tt.in, thursday14Aug2025)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// A count's verdict follows from its interval: a hedge that allows the fact supports it.
func TestCountVerdicts(t *testing.T) {
	tests := []struct {
		in   string
		want judged
	}{
		{"Mexico sent 26 prisoners in August.", judged{KindCount, "26", Supports, SevInfo, "26", ""}},
		{"Mexico sent 25 prisoners in August.", judged{KindCount, "25", Contradicts, SevError, "26", "26"}},
		{"Two dozen cartel suspects were sent to the U.S. on Tuesday.", judged{KindCount, "Two dozen", Supports, SevInfo, "26", ""}},
		// A total that fits the one event named: possibly wrong, and no fix that would overwrite it.
		{"The flights on Tuesday carried 26 prisoners in total.", judged{KindCount, "26", Contradicts, SevWarning, "55", ""}},
		{"A total of 26 prisoners were sent in February's and August's transfers.", judged{KindCount, "26", Contradicts, SevError, "55", "55"}},
		{"Two dozen prisoners were sent in February.", judged{KindCount, "Two dozen", Contradicts, SevError, "29", "Twenty-nine"}},
		// "-strong" counts what follows "group of".
		{"A 25-strong group of cartel prisoners landed in the U.S. on Tuesday.", judged{KindCount, "25-strong", Contradicts, SevError, "26", "26-strong"}},
		{"A 26-strong contingent of alleged cartel members was flown north in August.", judged{KindCount, "26-strong", Supports, SevInfo, "26", ""}},
		{"Mexico sent twenty-five prisoners in August.", judged{KindCount, "twenty-five", Contradicts, SevError, "26", "twenty-six"}},
		{"Mexico sent about 26 prisoners in August.", judged{KindCount, "about 26", Supports, SevInfo, "26", ""}},
		{"Mexico sent more than two dozen prisoners in August.", judged{KindCount, "more than two dozen", Supports, SevInfo, "26", ""}},
		{"Mexico sent at least 25 prisoners in August.", judged{KindCount, "at least 25", Supports, SevInfo, "26", ""}},
		{"Mexico sent fewer than 30 prisoners in August.", judged{KindCount, "fewer than 30", Supports, SevInfo, "26", ""}},
		{"Mexico sent at least 27 prisoners in August.", judged{KindCount, "at least 27", Contradicts, SevError, "26", "26"}},
		{"Mexico sent nearly 30 prisoners in August.", judged{KindCount, "nearly 30", Contradicts, SevError, "26", "26"}},
		// A hedge that excludes its own number excludes a fact equal to it.
		{"Mexico sent more than 26 prisoners in August.", judged{KindCount, "more than 26", Contradicts, SevError, "26", "26"}},
		{"Mexico sent over 26 prisoners in August.", judged{KindCount, "over 26", Contradicts, SevError, "26", "26"}},
		{"Mexico sent fewer than 26 prisoners in August.", judged{KindCount, "fewer than 26", Contradicts, SevError, "26", "26"}},
		{"Mexico sent more than 25 prisoners in August.", judged{KindCount, "more than 25", Supports, SevInfo, "26", ""}},
		// "Nearly 26" for exactly 26 is loose rather than surely wrong: a warning.
		{"Mexico sent nearly 26 prisoners in August.", judged{KindCount, "nearly 26", Contradicts, SevWarning, "26", "26"}},
		{"Mexico sent almost 27 prisoners in August.", judged{KindCount, "almost 27", Supports, SevInfo, "26", ""}},
		{"Mexico sent a dozen prisoners in August.", judged{KindCount, "a dozen", Contradicts, SevError, "26", "twenty-six"}},
		{"In February, Mexico sent 29 prisoners.", judged{KindCount, "29", Supports, SevInfo, "29", ""}},
		{"Mexico deployed about 1,000 personnel in August.", judged{KindCount, "about 1,000", Supports, SevInfo, "988 (900–1,100)", ""}},
		{"Mexico deployed 2,000 personnel in August.", judged{KindCount, "2,000", Contradicts, SevError, "988 (900–1,100)", "about 990"}},
		{"The August operation used 90 vehicles.", judged{KindCount, "90", Supports, SevInfo, "90", ""}},
		{"The August operation used 80 vehicles.", judged{KindCount, "80", Contradicts, SevError, "90", "90"}},
		// A part of a whole: counted by the noun that follows it in its clause, or by none.
		{"Ten of the planes belonged to the army.", judged{KindCount, "Ten", Contradicts, SevWarning, "11", "Eleven"}},
		{"Eleven of the planes belonged to the army.", judged{KindCount, "Eleven", Supports, SevInfo, "11", ""}},
		{"Twenty of the prisoners were flown north on Tuesday.", judged{KindCount, "Twenty", Unknown, SevInfo, "", ""}},
		{"Two of the prisoners arrived on the navy plane.", judged{KindCount, "Two", Unknown, SevInfo, "", ""}},
		{"All 27 of the prisoners were flown north on Tuesday.", judged{KindCount, "27", Contradicts, SevError, "26", "26"}},
		// A noun phrase ends at its noun: "belonged to the army" does not make these army planes.
		{"Twelve aircraft belonged to the army.", judged{KindCount, "Twelve", Supports, SevInfo, "12", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := judgeKinds(Default(), tt.in, thursday14Aug2025, KindCount)
			if diff := cmp.Diff([]judged{tt.want}, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// The first count after an opening "Counting …," clause is a total, the counts of an aside after
// it are not.
func TestTallyTotal(t *testing.T) {
	tests := []struct {
		in   string
		want []judged
	}{
		{"Counting the 29 sent on Feb. 27, Mexico has now sent 55 people.", []judged{
			{KindCount, "29", Supports, SevInfo, "29", ""}, {KindCount, "55", Supports, SevInfo, "55", ""}}},
		{"Counting the 29 sent on Feb. 27, Mexico has now sent 56 people.", []judged{
			{KindCount, "29", Supports, SevInfo, "29", ""}, {KindCount, "56", Contradicts, SevError, "55", "55"}}},
		{"Counting both transfers, 29 in February and 26 in August, Mexico has sent 55 people.", []judged{
			{KindCount, "29", Supports, SevInfo, "29", ""}, {KindCount, "26", Supports, SevInfo, "26", ""}, {KindCount, "55", Supports, SevInfo, "55", ""}}},
		// "Including" lists a part, not a total.
		{"Including Caro Quintero, the 29 prisoners sent in February faced charges.", []judged{{KindCount, "29", Supports, SevInfo, "29", ""}}},
		{"Counting both airlifts, 55 people have been sent — more than three dozen in August.", []judged{
			{KindCount, "55", Supports, SevInfo, "55", ""}, {KindCount, "more than three dozen", Contradicts, SevError, "26", "twenty-six"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, thursday14Aug2025, KindCount)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// The engine knows no story: the same recognizer counts council seats and votes with the council
// claim set.
func TestCountVerdictsCouncil(t *testing.T) {
	set := councilSet(t)
	tests := []struct {
		in   string
		want []judged
	}{
		{"Six members voted for the budget and three voted against it.", []judged{
			{KindCount, "Six", Supports, SevInfo, "6", ""}, {KindCount, "three", Supports, SevInfo, "3", ""}}},
		{"The budget funds 12 new police officers.", []judged{{KindCount, "12", Supports, SevInfo, "12", ""}}},
		{"The budget funds 15 new police officers.", []judged{{KindCount, "15", Contradicts, SevWarning, "12", "12"}}},
		{"The public hearing drew 41 residents.", []judged{{KindCount, "41", Supports, SevInfo, "41", ""}}},
		{"The public hearing drew some 40 residents.", []judged{{KindCount, "some 40", Supports, SevInfo, "41", ""}}},
		// A total is judged against the total, never against one of its parts.
		{"Six members voted for the budget and three voted against it, a total of 10 votes.", []judged{
			{KindCount, "Six", Supports, SevInfo, "6", ""}, {KindCount, "three", Supports, SevInfo, "3", ""},
			{KindCount, "10", Contradicts, SevError, "9", "9"}}},
		// "votes" is the plural of the claim's cue "vote": the sentence names what it counts.
		{"A total of 10 votes were cast.", []judged{{KindCount, "10", Contradicts, SevError, "9", "9"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(set, tt.in, thursday12Mar2026, KindCount)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseDigits(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"26", 26, true},
		{"1,000", 1000, true},
		{"482.5", 482.5, true},
		{"12,345,678", 12345678, true},
		{"0.25", 0.25, true},
		{"26a", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, ok := parseDigits(tt.in)
			type result struct {
				V  float64
				OK bool
			}
			if diff := cmp.Diff(result{tt.want, tt.ok}, result{v, ok}); diff != "" {
				t.Errorf("parseDigits(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name   string
		v      float64
		h      hedgeKind
		lo, hi float64
	}{
		{"exact", 26, hedgeNone, 26, 26},
		{"about: 10 percent", 1000, hedgeAbout, 900, 1100},
		{"about: at least one either way", 3, hedgeAbout, 2, 4},
		{"nearly: up to 10 percent below, never the value", 30, hedgeNearly, 27, 30 - 1e-9},
		{"over: never the value", 24, hedgeOver, 24 + 1e-9, inf},
		{"at least", 25, hedgeAtLeast, 25, inf},
		{"under: never the value", 30, hedgeUnder, 0, 30 - 1e-9},
		{"at most", 30, hedgeAtMost, 0, 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi := interval(tt.v, tt.h)
			if diff := cmp.Diff([2]float64{tt.lo, tt.hi}, [2]float64{lo, hi}); diff != "" {
				t.Errorf("interval(%v, %d) (-want +got):\n%s", tt.v, tt.h, diff)
			}
		})
	}
}
