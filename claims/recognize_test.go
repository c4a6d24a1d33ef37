package claims

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// got is what a recognizer made of a mention, for table tests.
type got struct {
	Kind   Kind
	Text   string
	Lo, Hi float64 // quantities: the interval; dates: the day range as ISO dates in Day0/Day1
	Day0   string  `cmp:"omitempty"`
	Day1   string
}

// mentions runs the recognizers over text (reference date ref) and returns every typed mention
// but names.
func mentions(t *testing.T, set *ClaimSet, text string, ref Date) []got {
	t.Helper()
	c := NewChecker(set)
	c.Check(text, Options{Dateline: ref})
	var out []got
	for _, m := range c.r.mentions {
		if m.kind == KindName || m.kind == "" {
			continue
		}
		g := got{Kind: m.kind, Text: text[c.r.toks[m.t0].start:c.r.toks[m.t1-1].end]}
		switch m.kind {
		case KindDate, KindWeekday:
			g.Day0, g.Day1 = civil(m.d0).String(), civil(m.d1).String()
		default:
			g.Lo, g.Hi = m.lo, m.hi
			if math.IsInf(g.Hi, 1) {
				g.Hi = -1 // no upper bound
			}
		}
		out = append(out, g)
	}
	return out
}

var thu14Aug = Date{2025, 8, 14}

func TestCounts(t *testing.T) {
	tests := []struct {
		in   string
		want []got
	}{
		{"Mexico sent 26 prisoners.", []got{{Kind: KindCount, Text: "26", Lo: 26, Hi: 26}}},
		{"Mexico sent twenty-six prisoners.", []got{{Kind: KindCount, Text: "twenty-six", Lo: 26, Hi: 26}}},
		{"Twenty-six prisoners were sent.", []got{{Kind: KindCount, Text: "Twenty-six", Lo: 26, Hi: 26}}},
		{"A 26-strong group of prisoners left.", []got{{Kind: KindCount, Text: "26-strong", Lo: 26, Hi: 26}}},
		{"About 1,000 personnel took part.", []got{{Kind: KindCount, Text: "About 1,000", Lo: 900, Hi: 1100}}},
		{"Roughly 26 prisoners left.", []got{{Kind: KindCount, Text: "Roughly 26", Lo: 23.4, Hi: 28.6}}},
		{"Nearly 30 prisoners left.", []got{{Kind: KindCount, Text: "Nearly 30", Lo: 27, Hi: 30 - 1e-9}}},
		{"More than two dozen prisoners left.", []got{{Kind: KindCount, Text: "More than two dozen", Lo: 24 + 1e-9, Hi: -1}}},
		{"At least 25 prisoners left.", []got{{Kind: KindCount, Text: "At least 25", Lo: 25, Hi: -1}}},
		{"Fewer than 30 prisoners left.", []got{{Kind: KindCount, Text: "Fewer than 30", Lo: 0, Hi: 30 - 1e-9}}},
		{"A dozen prisoners left.", []got{{Kind: KindCount, Text: "A dozen", Lo: 10, Hi: 14}}}, // a dozen is round
		{"The vote was 6-3 and MS-13 was listed.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentions(t, Default(), tt.in, thu14Aug)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		in   string
		want []got
	}{
		{"It happened on August 12, 2025.", []got{{Kind: KindDate, Text: "August 12, 2025", Day0: "2025-08-12", Day1: "2025-08-12"}}},
		{"It happened on Aug. 12.", []got{{Kind: KindDate, Text: "Aug. 12", Day0: "2025-08-12", Day1: "2025-08-12"}}},
		{"It happened on 12 August 2025.", []got{{Kind: KindDate, Text: "12 August 2025", Day0: "2025-08-12", Day1: "2025-08-12"}}},
		{"It happened on 2025-08-12.", []got{{Kind: KindDate, Text: "2025-08-12", Day0: "2025-08-12", Day1: "2025-08-12"}}},
		{"He was caught on Feb. 27, 2015.", []got{{Kind: KindDate, Text: "Feb. 27, 2015", Day0: "2015-02-27", Day1: "2015-02-27"}}},
		{"It happened in February.", []got{{Kind: KindDate, Text: "February", Day0: "2025-02-01", Day1: "2025-02-28"}}},
		{"It began in early 2025.", []got{{Kind: KindDate, Text: "early 2025", Day0: "2025-01-01", Day1: "2025-04-30"}}},
		{"It ended in late July.", []got{{Kind: KindDate, Text: "late July", Day0: "2025-07-21", Day1: "2025-07-31"}}},
		{"It happened on Tuesday.", []got{{Kind: KindWeekday, Text: "Tuesday", Day0: "2025-08-12", Day1: "2025-08-12"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentions(t, Default(), tt.in, thu14Aug)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestPercentsDurationsOrdinals(t *testing.T) {
	tests := []struct {
		in   string
		want []got
	}{
		{"A 25% tariff.", []got{{Kind: KindPercent, Text: "25%", Lo: 25, Hi: 25}}},
		{"A tariff of 25 percent.", []got{{Kind: KindPercent, Text: "25 percent", Lo: 25, Hi: 25}}},
		{"A tariff of 25 per cent.", []got{{Kind: KindPercent, Text: "25 per cent", Lo: 25, Hi: 25}}},
		{"A tariff of twenty-five percent.", []got{{Kind: KindPercent, Text: "twenty-five percent", Lo: 25, Hi: 25}}},
		{"Talks go on for another 90 days.", []got{{Kind: KindDuration, Text: "90 days", Lo: 90, Hi: 90}}},
		{"The tariff was paused for a month.", []got{{Kind: KindDuration, Text: "a month", Lo: 30, Hi: 30}}},
		{"They agreed a 90-day extension.", []got{{Kind: KindDuration, Text: "90-day", Lo: 90, Hi: 90}}},
		{"He left two years ago.", nil},
		{"It was the second such transfer.", []got{{Kind: KindOrdinal, Text: "second", Lo: 2, Hi: 2}}},
		{"He was the first to speak.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentions(t, Default(), tt.in, thu14Aug)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// verdict is the judgement of one mention, for table tests through Check.
type verdict struct {
	Kind     Kind
	Text     string
	Verdict  Verdict
	Severity Severity
	Expected string
}

func judge(set *ClaimSet, text string, ref Date) []verdict {
	var out []verdict
	for _, f := range Check(set, text, Options{Dateline: ref}).Findings {
		if f.Kind == KindName || f.Kind == KindOffice && f.Verdict == Supports {
			continue
		}
		out = append(out, verdict{f.Kind, f.Text, f.Verdict, f.Severity, f.Expected})
	}
	return out
}

func TestJudgements(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []verdict
	}{
		// Numbers and days that state no fact of the fact sheet.
		{"handed over is no hedge", "In February, Mexico handed over 29 prisoners.",
			[]verdict{{KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}, {KindCount, "29", Supports, SevInfo, "29"}}},
		{"turned over is no hedge", "Mexico turned over 26 prisoners on Tuesday.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"an age is no count, nor a cue for the transfer of 29", "The 29-year-old pilot flew north on Tuesday.",
			[]verdict{{KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"a highway's number is a label", "Convoys of 90 vehicles used Highway 57 on Tuesday.",
			[]verdict{{KindCount, "90", Supports, SevInfo, "90"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"an article's number is a label", "Mexico invoked Article 89 of its constitution to send the 26 men north.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}}},
		{"the day something was said", "The 26 arrived in the United States on Aug. 12, officials said on Wednesday.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindDate, "Aug. 12", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"the day something was said, AP style", "The 26 were flown north, a spokesman told reporters Wednesday.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}}},
		{"the day something was published", "Accounts of the flights published on Wednesday said 26 were sent.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}}},
		{"the day something was reported", "Reuters reported Wednesday that 26 were sent.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}}},
		{"a reported day is the thing's own", "The reported Aug. 13 handover of 26 prisoners took hours.",
			[]verdict{{KindDate, "Aug. 13", Contradicts, SevError, "Tuesday, 12 August 2025"}, {KindCount, "26", Supports, SevInfo, "26"}}},
		{"the number of transfers is no total of people", "Together, the two transfers moved 55 people, 29 in late February and 26 in mid-August.",
			[]verdict{{KindCount, "two", Unknown, SevInfo, ""}, {KindCount, "55", Supports, SevInfo, "55"}, {KindCount, "29", Supports, SevInfo, "29"},
				{KindDate, "late February", Supports, SevInfo, "Thursday, 27 February 2025"}, {KindCount, "26", Supports, SevInfo, "26"},
				{KindDate, "mid-August", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"a wrong total still does not add up", "A total of 54 people were sent, 29 in February and 26 in August.",
			[]verdict{{KindCount, "54", Contradicts, SevError, "55"}, {KindInternal, "54", Contradicts, SevError, "55"}, {KindCount, "29", Supports, SevInfo, "29"},
				{KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}, {KindCount, "26", Supports, SevInfo, "26"},
				{KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"a year in an aside about a person dates what the aside tells", "Caro Quintero, who spent 28 years in prison before his release in 2013, was among the 29 sent in February.",
			[]verdict{{KindDuration, "28 years", Unknown, SevInfo, ""}, {KindYear, "2013", Unknown, SevInfo, ""}, {KindCount, "29", Supports, SevInfo, "29"},
				{KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}}},
		{"a list's item numbers state nothing", "3. Twenty-six. The number sent in August.",
			[]verdict{{KindCount, "Twenty-six", Unknown, SevInfo, ""}, {KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"a list marker with a parenthesis", "2) Mexico sent 29 people north in February.",
			[]verdict{{KindCount, "29", Supports, SevInfo, "29"}, {KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}}},
		{"a number after a full stop mid-line is no list marker", "Mexico sent 26 people. 3. That was all.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindCount, "3", Unknown, SevInfo, ""}}},
		{"a figure standing alone says nothing of what it counts", "The 26 were flown on Tuesday. Fifty-five.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}, {KindCount, "Fifty-five", Unknown, SevInfo, ""}}},
		{"a restatement after or counts what the count before counts", "The operation used 988 personnel, or roughly a thousand.",
			[]verdict{{KindCount, "988", Supports, SevInfo, "988 (900–1,100)"}, {KindCount, "roughly a thousand", Supports, SevInfo, "988 (900–1,100)"}}},
		{"a restatement after or with a noun of its own still counts what the count before counts", "* 988 personnel, or about 1,000 people in all",
			[]verdict{{KindCount, "988", Supports, SevInfo, "988 (900–1,100)"}, {KindCount, "about 1,000", Supports, SevInfo, "988 (900–1,100)"}}},
		{"a number with no noun and no cue after a rate leaves out its percent sign", "Some pay 25 percent today, and some are paying 50 on the metal they use.",
			[]verdict{{KindPercent, "25 percent", Unknown, SevInfo, ""}, {KindCount, "50", Unknown, SevInfo, ""}}},
		{"adding up the two transfers is a total", "Mexico sent 26 in August and 29 in February. Add them up and 55 people have left.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025"},
				{KindCount, "29", Supports, SevInfo, "29"}, {KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"},
				{KindCount, "55", Supports, SevInfo, "55"}}},
		{"a wrong restatement after or is checked as that count", "The operation used 988 personnel, or roughly 2,000.",
			[]verdict{{KindCount, "988", Supports, SevInfo, "988 (900–1,100)"}, {KindCount, "roughly 2,000", Contradicts, SevError, "988 (900–1,100)"}}},
		{"all told sums both transfers", "In February Mexico sent 29 people. All told, fifty-five people were sent this year.",
			[]verdict{{KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}, {KindCount, "29", Supports, SevInfo, "29"}, {KindCount, "fifty-five", Supports, SevInfo, "55"}}},
		{"others leave out the one the sentence speaks of", "He was one of the 26 prisoners Mexico flew north on Tuesday. He traveled with 25 other prisoners.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}, {KindCount, "25", Supports, SevInfo, "26"}}},
		{"a wrong count of others is possibly wrong, with no fix", "La Tuta was flown north on Tuesday with 22 others.",
			[]verdict{{KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}, {KindCount, "22", Contradicts, SevWarning, "26"}}},
		{"a claim of other groups counts the others itself", "The Sinaloa Cartel and five other groups were designated.",
			[]verdict{{KindCount, "five", Contradicts, SevError, "6"}}},
		{"a fraction counts no people", "Mexico flew 26 prisoners north. The peso traded near 18.6 this week.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindCount, "18.6", Unknown, SevInfo, ""}}},
		{"bring totals only what it brings something to", "The Justice Department will bring no death-penalty cases against the 26.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}}},
		{"brings to a wrong total", "Tuesday's transfer brings to 56 the number sent this year.",
			[]verdict{{KindWeekday, "Tuesday's", Supports, SevInfo, "Tuesday, 12 August 2025"}, {KindCount, "56", Contradicts, SevWarning, "55"}}},
		{"a date after runs out is when something ends", "The two sides agreed on 90 more days of talks, so the clock runs out late October.",
			[]verdict{{KindCount, "two", Unknown, SevInfo, ""}, {KindDuration, "90 more days", Supports, SevInfo, "90 days"}, {KindDate, "late October", Unknown, SevInfo, ""}}},
		{"a date after expires is when something ends", "The extension expires Oct. 29.",
			[]verdict{{KindDate, "Oct. 29", Unknown, SevInfo, ""}}},
		{"a count a thousand times the claim's counts something else", "Mexico exported about 3.5 million light vehicles in 2024.",
			[]verdict{{KindCount, "about 3.5 million", Unknown, SevInfo, ""}, {KindYear, "2024", Unknown, SevInfo, ""}}},
		{"a count a hundred times the claim's may be a slip", "The convoy had 9,000 vehicles.",
			[]verdict{{KindCount, "9,000", Contradicts, SevWarning, "90"}}},
		{"a day of the story's week is no fact a year away", "He was arrested 10 days ago in Sinaloa.",
			[]verdict{{KindWeekday, "10 days ago", Unknown, SevInfo, ""}}},
		{"a hedged count of days ago is no day", "About three days ago, Mexico sent the 26 prisoners north.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}}},
		{"a name after the cue is a source, not the person", "The Knights Templar leader was captured on Feb. 28, 2015, according to García Harfuch.",
			[]verdict{{KindDate, "Feb. 28, 2015", Contradicts, SevError, "Friday, 27 February 2015"}}},
		{"a year after since is no capture date", "La Tuta, a fugitive since 2010, was arrested in February 2015.",
			[]verdict{{KindYear, "2010", Unknown, SevInfo, ""}, {KindDate, "February 2015", Supports, SevInfo, "Friday, 27 February 2015"}}},
		{"others after a list leave out more than one", "Mexico sent El Cuini, La Tuta and 25 others to the US on Tuesday.",
			[]verdict{{KindCount, "25", Contradicts, SevError, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"others after one name leave out one", "La Tuta and 25 others were flown north on Tuesday.",
			[]verdict{{KindCount, "25", Supports, SevInfo, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"a rate tied by a month, with no other rate named, is possibly wrong", "Trump said in July he would raise the rate on Mexican goods to 35%.",
			[]verdict{{KindDate, "July", Supports, SevInfo, "Saturday, 12 July 2025"}, {KindPercent, "35%", Contradicts, SevWarning, "30%"}}},
		{"more days are possibly wrong", "Negotiators will need 30 additional days to finish the talks, an official said.",
			[]verdict{{KindDuration, "30 additional days", Contradicts, SevWarning, "90 days"}}},
		{"a date of another event named in words in its stretch is possibly wrong", "Mexico's second transfer, carried out on Aug. 1 as the 30% tariff loomed, sent 26 men north.",
			[]verdict{{KindOrdinal, "second", Supports, SevInfo, "second"}, {KindDate, "Aug. 1", Contradicts, SevWarning, "Tuesday, 12 August 2025"}, {KindPercent, "30%", Supports, SevInfo, "30%"}, {KindCount, "26", Supports, SevInfo, "26"}}},
		{"a hard-wrapped line is no list", "The number of prisoners sent was\n25. It was a record.",
			[]verdict{{KindCount, "25", Contradicts, SevWarning, "26"}}},
		{"a participle aside after a name", "Caro Quintero, arrested in 2022, was flown out in February.",
			[]verdict{{KindYear, "2022", Unknown, SevInfo, ""}, {KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}}},
		{"a participle aside with a full date of another fact", "La Tuta, captured on Feb. 27, 2015, was sent north in August.",
			[]verdict{{KindDate, "Feb. 27, 2015", Supports, SevInfo, "Friday, 27 February 2015"}, {KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"a participle aside opening the sentence", "Arrested in 2022, Caro Quintero was flown out in February.",
			[]verdict{{KindYear, "2022", Unknown, SevInfo, ""}, {KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}}},
		{"a participle aside with the event's own cue is checked", "La Tuta, sent north in 2024, faces charges in Washington.",
			[]verdict{{KindYear, "2024", Contradicts, SevError, "2025"}}},
		{"an opening participle with the event's own cue is checked", "Flown out in 2024, the 29 landed in eight cities.",
			[]verdict{{KindYear, "2024", Contradicts, SevError, "2025"}, {KindCount, "29", Supports, SevInfo, "29"}, {KindCount, "eight", Supports, SevInfo, "8"}}},
		{"a full date of another era in an aside about a person dates what the aside tells", "Caro Quintero, arrested on July 15, 2022, was flown out in February.",
			[]verdict{{KindDate, "July 15, 2022", Unknown, SevInfo, ""}, {KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}}},
		{"an opening participle before a pronoun", "Born on Feb. 6, 1966, he trained as a teacher before he led the Knights Templar.",
			[]verdict{{KindDate, "Feb. 6, 1966", Unknown, SevInfo, ""}}},
		{"figures that ask state nothing", "Forty? Sixty? Nobody knows how many remain.",
			[]verdict{{KindCount, "Forty", Unknown, SevInfo, ""}, {KindCount, "Sixty", Unknown, SevInfo, ""}}},
		{"a month in a date of another year is no cue for the event of that month", "El Cuini and the Knights Templar chief, who was caught in February 2015, were among the 26.",
			[]verdict{{KindDate, "February 2015", Supports, SevInfo, "Friday, 27 February 2015"}, {KindCount, "26", Supports, SevInfo, "26"}}},
		{"a month in a date of the event's year still is", "In February 2025, Mexico sent 26 prisoners north.",
			[]verdict{{KindDate, "February 2025", Contradicts, SevWarning, "Tuesday, 12 August 2025"}, {KindCount, "26", Contradicts, SevWarning, "29"}}},
		{"a full date in a who-aside is checked", "El Cuini, who left Mexico on Aug. 13, 2025, appeared in court.",
			[]verdict{{KindDate, "Aug. 13, 2025", Contradicts, SevError, "Tuesday, 12 August 2025"}}},
		{"an opening participle with no person after it is about what follows", "Carried out in 2024, the second transfer sent 26 prisoners to the United States.",
			[]verdict{{KindYear, "2024", Contradicts, SevError, "2025"}, {KindOrdinal, "second", Supports, SevInfo, "second"}, {KindCount, "26", Supports, SevInfo, "26"}}},
		{"an opening word in -ed is no participle aside unless a person follows", "Indeed on Aug. 13, 2025, Mexico sent 26 prisoners.",
			[]verdict{{KindDate, "Aug. 13, 2025", Contradicts, SevError, "Tuesday, 12 August 2025"}, {KindCount, "26", Supports, SevInfo, "26"}}},
		{"an aside's own cue keeps the candidates it shares with the sentence", "Expelled in 2024, Caro Quintero now awaits trial.",
			[]verdict{{KindYear, "2024", Contradicts, SevError, "2025"}}},
		{"a speaker is no person the event happened to", "He was arrested in February 2016, García Harfuch said.",
			[]verdict{{KindDate, "February 2016", Contradicts, SevError, "Friday, 27 February 2015"}}},
		{"a possessor is no person the event happened to", "La Tuta's brother was arrested in 2013 in Michoacán.",
			[]verdict{{KindYear, "2013", Unknown, SevInfo, ""}}},
		{"a relative time beside a date is the same time", "The planes left Mexico City this week, on Aug. 11.",
			[]verdict{{KindDate, "Aug. 11", Contradicts, SevError, "Tuesday, 12 August 2025"}}},
		{"a figure answering a question is checked", "How many men did Mexico fly north on Tuesday? Twenty-five.",
			[]verdict{{KindWeekday, "Tuesday", Unknown, SevInfo, ""}, {KindCount, "Twenty-five", Contradicts, SevWarning, "26"}}},
		{"a date of another event tied by the date alone stays wrong", "In its latest transfer, carried out on Aug. 1, Mexico sent 26 prisoners.",
			[]verdict{{KindDate, "Aug. 1", Contradicts, SevError, "Tuesday, 12 August 2025"}, {KindCount, "26", Supports, SevInfo, "26"}}},
		{"another date of the transfer's own sentence tied by nothing else stays wrong", "The latest transfer of 26 prisoners, which took place on July 31, was the second this year.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindDate, "July 31", Contradicts, SevError, "Tuesday, 12 August 2025"}}},
		{"a participle after the event is about the event", "The transfer, carried out in 2024, sent 26 people north.",
			[]verdict{{KindYear, "2024", Contradicts, SevError, "2025"}, {KindCount, "26", Supports, SevInfo, "26"}}},
		{"a year in an aside with its own cue is wrong", "The 29 prisoners, who were sent in 2024, landed in eight cities.",
			[]verdict{{KindCount, "29", Supports, SevInfo, "29"}, {KindYear, "2024", Contradicts, SevError, "2025"}, {KindCount, "eight", Supports, SevInfo, "8"}}},
		{"a total that fits the count of the event the sentence names is only possibly wrong", "The first plane took off at 6:30 a.m. on Tuesday, carrying 26 prisoners in total.",
			[]verdict{{KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}, {KindCount, "26", Contradicts, SevWarning, "55"}}},
		{"a total of both transfers that is one transfer's count is wrong", "A total of 26 people were sent in the two transfers.",
			[]verdict{{KindCount, "26", Contradicts, SevError, "55"}, {KindCount, "two", Unknown, SevInfo, ""}}},
		{"a full date that is another fact's date, tied to the event by a name alone", "Photo caption: Soldiers escort Servando Gómez Martínez in Morelia on Feb. 27, 2015.",
			[]verdict{{KindDate, "Feb. 27, 2015", Contradicts, SevWarning, "Tuesday, 12 August 2025"}}},
		{"a date of another month and another era may be of something else", "The agreement took effect on July 1, 2020, replacing NAFTA.",
			[]verdict{{KindDate, "July 1, 2020", Contradicts, SevWarning, "Tuesday, 4 March 2025"}}},
		{"a date of another month in a later year to come, where the fact is past", "The USMCA comes up for a joint review in July 2026.",
			[]verdict{{KindDate, "July 2026", Contradicts, SevWarning, "Friday, 7 March 2025"}}},
		{"a month slip within the year is an error", "Mexico sent 26 prisoners to the US on Sept. 12, 2025.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindDate, "Sept. 12, 2025", Contradicts, SevError, "Tuesday, 12 August 2025"}}},
		{"a wrong year alone is checked", "The 25% tariff took effect on March 4, 2020.",
			[]verdict{{KindPercent, "25%", Supports, SevInfo, "25%"}, {KindDate, "March 4, 2020", Contradicts, SevError, "Tuesday, 4 March 2025"}}},
		{"a wrong month of the fact's year is checked", "USMCA goods were exempted from July 2025.",
			[]verdict{{KindDate, "July 2025", Contradicts, SevError, "Friday, 7 March 2025"}}},
		{"a full date that is another fact's date, against strong cues", "On Thursday, Feb. 20, 2025, Mexico sent 29 prisoners north.",
			[]verdict{{KindDate, "Thursday, Feb. 20, 2025", Contradicts, SevError, "Thursday, 27 February 2025"}, {KindCount, "29", Supports, SevInfo, "29"}}},
		{"a lower-case noun before a number is no label", "In the second phase 25 prisoners were flown to the United States on Tuesday.",
			[]verdict{{KindCount, "25", Contradicts, SevError, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"}}},
		{"equal parts still add up to their total", "Mexico sent 26 prisoners in February and 26 in August, 50 in all.",
			[]verdict{{KindCount, "26", Contradicts, SevWarning, "29"}, {KindDate, "February", Contradicts, SevWarning, "Tuesday, 12 August 2025"},
				{KindCount, "26", Supports, SevInfo, "26"}, {KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025"},
				{KindInternal, "50", Contradicts, SevError, "52"}, {KindCount, "50", Contradicts, SevWarning, "55"}}},
		{"a which-aside speaks of the event before it", "The February transfer, which took place in 2024, sent 29 prisoners north.",
			[]verdict{{KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}, {KindYear, "2024", Contradicts, SevError, "2025"}, {KindCount, "29", Supports, SevInfo, "29"}}},
		{"a day before reporters is no statement's day", "The 26 prisoners were paraded before reporters on Wednesday after they landed.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Wednesday", Contradicts, SevError, "Tuesday, 12 August 2025"}}},
		// What only the sentence before ties to a claim is possibly wrong, never an error: the
		// paragraph may have moved on.
		{"a date tied by the sentence before alone", "Mexico sent 26 prisoners north on Tuesday. A judge set a detention hearing for Aug. 27.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"},
				{KindDate, "Aug. 27", Contradicts, SevWarning, "Tuesday, 12 August 2025"}}},
		{"a date with a cue of its own", "Mexico sent 26 prisoners north on Tuesday. The transfer took place on Aug. 27.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"},
				{KindDate, "Aug. 27", Contradicts, SevError, "Tuesday, 12 August 2025"}}},
		// A weekday in apposition goes with its date; "on a Saturday" names no day.
		{"a weekday in apposition", "On Feb. 27, a Thursday, Mexico sent 29 prisoners north.",
			[]verdict{{KindDate, "Feb. 27, a Thursday", Supports, SevInfo, "Thursday, 27 February 2025"}, {KindCount, "29", Supports, SevInfo, "29"}}},
		{"a wrong weekday in apposition", "On Feb. 27, a Friday, Mexico sent 29 prisoners north.",
			[]verdict{{KindDate, "Feb. 27, a Friday", Supports, SevInfo, "Thursday, 27 February 2025"}, {KindInternal, "Friday", Contradicts, SevError, "Thursday"},
				{KindCount, "29", Supports, SevInfo, "29"}}},
		{"a weekday with an article names no day", "The letter, sent on a Saturday, threatened a 30% tariff.",
			[]verdict{{KindPercent, "30%", Supports, SevInfo, "30%"}}},
		// Ages and labels state no count.
		{"an age set off by commas after a name", "Mexico sent 26 prisoners, said Rosa Villanueva, 67, who sells tamales.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}}},
		{"ages after a word of age", "The pair, ages 41 and 53, were among the 26 sent north.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}}},
		{"a month before a comma is no name", "In August, 25 were sent.",
			[]verdict{{KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025"}, {KindCount, "25", Contradicts, SevError, "26"}}},
		{"an abbreviated label", "The 26 were held on Calle Morelos, No. 42.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}}},
		{"a courtroom's number", "Two of the 26 men appeared in Courtroom 15.",
			[]verdict{{KindCount, "Two", Unknown, SevInfo, ""}, {KindCount, "26", Supports, SevInfo, "26"}}},
		// Beside the claim's own count, a count with no noun of the claim counts something else;
		// one with the claim's noun is still checked.
		{"another count beside the claim's own", "Mexico sent 26 prisoners; 15 face charges in Texas.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindCount, "15", Unknown, SevInfo, ""}}},
		{"the claim's noun beside the claim's own count", "Mexico sent 26 prisoners on Tuesday, not 25 prisoners.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"},
				{KindCount, "25", Contradicts, SevWarning, "26"}}}, // negated: possibly wrong
		// A bare weekday is a day of the story's week: a verb cue ("delayed") of a fact of
		// February does not make it that fact's; the event named does.
		{"a weekday tied to another month's fact by a verb only", "Rain delayed some departures from the airport on Tuesday afternoon.",
			[]verdict{{KindWeekday, "Tuesday", Unknown, SevInfo, ""}}},
		{"a weekday of another month's event it names", "In February, Mexico sent 29 prisoners north on Tuesday.",
			[]verdict{{KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}, {KindCount, "29", Supports, SevInfo, "29"},
				{KindWeekday, "Tuesday", Contradicts, SevError, "Thursday, 27 February 2025"}}},
		// Who the reporter asked is no count of the story.
		{"sources", "Mexico sent 26 prisoners on Tuesday, according to two people familiar with the plans.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025"},
				{KindCount, "two", Unknown, SevInfo, ""}}},
		// Some of the 26, on another day, did something else: possibly wrong.
		{"a weekday of some of the group", "One of the 26 men Mexico sent to the United States stood before a judge here Wednesday afternoon.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Wednesday", Contradicts, SevWarning, "Tuesday, 12 August 2025"}}},
		{"count fits its event", "In February, Mexico sent 29 prisoners north.",
			[]verdict{{KindDate, "February", Supports, SevInfo, "Thursday, 27 February 2025"}, {KindCount, "29", Supports, SevInfo, "29"}}},
		{"same number, other event", "In the August transfer, Mexico sent 29 prisoners north.",
			[]verdict{{KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025"}, {KindCount, "29", Contradicts, SevError, "26"}}},
		{"90 is a duration here", "The two countries agreed to keep negotiating for another 90 days.",
			[]verdict{{KindCount, "two", Unknown, SevInfo, ""}, {KindDuration, "90 days", Supports, SevInfo, "90 days"}}},
		{"90 is a count here", "The August operation used 90 vehicles.",
			[]verdict{{KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025"}, {KindCount, "90", Supports, SevInfo, "90"}}},
		{"weekday against a dateline", "Mexico sent 26 prisoners north on Wednesday.",
			[]verdict{{KindCount, "26", Supports, SevInfo, "26"}, {KindWeekday, "Wednesday", Contradicts, SevError, "Tuesday, 12 August 2025"}}},
		{"percentage points are not a rate", "The 30% tariff would be 5 percentage points higher.",
			[]verdict{{KindPercent, "30%", Supports, SevInfo, "30%"}, {KindPercent, "5 percentage points", Unknown, SevInfo, ""}}},
		{"gap between dates", "The groups were designated on Feb. 20, 2025, a month before the first transfer.",
			[]verdict{{KindDate, "Feb. 20, 2025", Supports, SevInfo, "Thursday, 20 February 2025"}, {KindDuration, "a month", Contradicts, SevWarning, "7 days"}, {KindOrdinal, "first", Supports, SevInfo, "first"}}},
		{"wrong office", "Deputy Attorney General Pam Bondi spoke.",
			[]verdict{{KindOffice, "Deputy Attorney General", Contradicts, SevError, "Attorney General"}}},
		{"weekday that does not fit its date", "It happened on Tuesday, Aug. 13, 2025.",
			[]verdict{{KindInternal, "Tuesday", Contradicts, SevError, "Wednesday"}, {KindDate, "Tuesday, Aug. 13, 2025", Unknown, SevInfo, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judge(Default(), tt.in, thu14Aug)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		in         string
		verdict    Verdict
		severity   Severity
		suggestion string
	}{
		{"Servando Gómez Martínez was flown north.", Supports, SevInfo, ""},
		{"SERVANDO GÓMEZ MARTÍNEZ was flown north.", Supports, SevInfo, ""},
		{"Servando Gomez Martinez was flown north.", Contradicts, SevWarning, "Servando Gómez Martínez"},
		{"“La Tuta” was flown north.", Supports, SevInfo, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var fs []Finding
			for _, f := range Check(Default(), tt.in, Options{}).Findings {
				if f.Kind == KindName {
					fs = append(fs, f)
				}
			}
			if len(fs) != 1 {
				t.Fatalf("%q: %d name findings, want 1: %+v", tt.in, len(fs), fs)
			}
			type v struct {
				Verdict    Verdict
				Severity   Severity
				Suggestion string
			}
			if diff := cmp.Diff(v{tt.verdict, tt.severity, tt.suggestion}, v{fs[0].Verdict, fs[0].Severity, fs[0].Suggestion}); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSegment(t *testing.T) {
	text := "MEXICO CITY, Aug. 13, 2025 — The U.S. received 26 men. Officials said “it was done.”\n\nA new paragraph follows\u00a0here."
	c := NewChecker(Default())
	c.Check(text, Options{})
	var sents []string
	var paras []int
	for _, s := range c.sents {
		sents = append(sents, text[c.r.toks[s.t0].start:c.r.toks[s.t1-1].end])
		paras = append(paras, s.para)
	}
	want := []string{"MEXICO CITY, Aug. 13, 2025 — The U.S. received 26 men.", "Officials said “it was done.”", "A new paragraph follows\u00a0here."}
	if diff := cmp.Diff(want, sents); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0, 0, 1}, paras); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}
