package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDateMentions(t *testing.T) {
	date := func(text, from, to string) []rec {
		return []rec{{Kind: KindDate, Text: text, From: from, To: to}}
	}
	weekday := func(text, day string) []rec {
		return []rec{{Kind: KindWeekday, Text: text, From: day, To: day}}
	}
	tests := []struct {
		name string
		in   string
		ref  Date
		want []rec
	}{
		{"month day year", "It happened on August 12, 2025.", thursday14Aug2025, date("August 12, 2025", "2025-08-12", "2025-08-12")},
		{"AP month and day", "It happened on Aug. 12.", thursday14Aug2025, date("Aug. 12", "2025-08-12", "2025-08-12")},
		{"AP date with year", "La Tuta was caught on Feb. 27, 2015.", thursday14Aug2025, date("Feb. 27, 2015", "2015-02-27", "2015-02-27")},
		{"day month year", "It happened on 12 August 2025.", thursday14Aug2025, date("12 August 2025", "2025-08-12", "2025-08-12")},
		{"Jun. with its period", "It happened on Jun. 12, 2025.", thursday14Aug2025, date("Jun. 12, 2025", "2025-06-12", "2025-06-12")},
		{"Jul. with its period", "It happened on Jul. 4.", thursday14Aug2025, date("Jul. 4", "2025-07-04", "2025-07-04")},
		{"June in full ends the sentence", "It happened in June. More came later.", thursday14Aug2025, date("June", "2025-06-01", "2025-06-30")},
		{"a month in capitals", "MEXICO SENT THEM ON AUGUST 12, 2025", thursday14Aug2025, date("AUGUST 12, 2025", "2025-08-12", "2025-08-12")},
		{"day and month in capitals", "SENT ON 12 AUGUST 2025", thursday14Aug2025, date("12 AUGUST 2025", "2025-08-12", "2025-08-12")},
		{"MAY and MARCH in capitals are no months alone", "MAY THE MARCH GO ON", thursday14Aug2025, nil},
		{"day and abbreviated month", "It happened on 12 Aug.", thursday14Aug2025, date("12 Aug.", "2025-08-12", "2025-08-12")},
		{"ISO", "It happened on 2025-08-12.", thursday14Aug2025, date("2025-08-12", "2025-08-12", "2025-08-12")},
		{"ordinal day", "It happened on August 12th.", thursday14Aug2025, date("August 12th", "2025-08-12", "2025-08-12")},
		{"the 12th of August", "It happened on the 12th of August.", thursday14Aug2025, date("12th of August", "2025-08-12", "2025-08-12")},
		{"a day in words", "It was to start on the first of August.", thursday14Aug2025, date("first of August", "2025-08-01", "2025-08-01")},
		{"a day in words, with day", "It was to start on the first day of August.", thursday14Aug2025, date("first day of August", "2025-08-01", "2025-08-01")},
		{"the last day of a month", "They agreed on the last day of July.", thursday14Aug2025, date("last day of July", "2025-07-31", "2025-07-31")},
		{"the last day of a month in a leap year", "It ended on the last day of February 2024.", thursday14Aug2025, date("last day of February 2024", "2024-02-29", "2024-02-29")},
		{"an ordinal before a possessive month is no day", "It was the first of August's two raids.", thursday14Aug2025, []rec{{Kind: KindCount, Text: "two", Lo: 2, Hi: 2}}},
		{"a holiday is no day", "The letter came after the Fourth of July.", thursday14Aug2025, date("July", "2025-07-01", "2025-07-31")},
		{"a day in words with its year after a comma", "It was to start on the first of August, 2024.", thursday14Aug2025, date("first of August, 2024", "2024-08-01", "2024-08-01")},
		{"the last of them is no date", "The last of the prisoners arrived in August.", thursday14Aug2025, date("August", "2025-08-01", "2025-08-31")},
		{"weekday with a full date", "It happened on Tuesday, Aug. 12, 2025.", thursday14Aug2025, date("Tuesday, Aug. 12, 2025", "2025-08-12", "2025-08-12")},
		{"month and year", "It happened in February 2025.", thursday14Aug2025, date("February 2025", "2025-02-01", "2025-02-28")},
		{"month only: February of the reference year", "It happened in February.", thursday14Aug2025, date("February", "2025-02-01", "2025-02-28")},
		{"month only, leap year", "It happened in February.", Date{2024, 6, 1}, date("February", "2024-02-01", "2024-02-29")},
		{"month only after the reference month: the year before", "It happened in December.", thursday14Aug2025, date("December", "2024-12-01", "2024-12-31")},
		{"month only in a sentence about the future", "It will happen in December.", thursday14Aug2025, date("December", "2025-12-01", "2025-12-31")},
		{"May needs a sign that it is a month", "It happened in May.", thursday14Aug2025, date("May", "2025-05-01", "2025-05-31")},
		{"may as a verb and March as a verb", "May I help? March on.", thursday14Aug2025, nil},
		{"early in a year", "It happened in early 2025.", thursday14Aug2025, date("early 2025", "2025-01-01", "2025-04-30")},
		{"late in a year", "It happened in late 2024.", thursday14Aug2025, date("late 2024", "2024-09-01", "2024-12-31")},
		{"late in a month", "It happened in late July.", thursday14Aug2025, date("late July", "2025-07-21", "2025-07-31")},
		{"mid-month", "It happened in mid-July.", thursday14Aug2025, date("mid-July", "2025-07-11", "2025-07-20")},
		{"year", "It happened in 1985.", thursday14Aug2025, []rec{{Kind: KindYear, Text: "1985", Lo: 1985, Hi: 1985}}},
		{"day without a year: the latest not after the reference", "It happened on Sept. 3.", thursday14Aug2025, date("Sept. 3", "2024-09-03", "2024-09-03")},
		{"day without a year: a week of slack", "It happened on Aug. 20.", thursday14Aug2025, date("Aug. 20", "2025-08-20", "2025-08-20")},

		// Weekdays resolve against the reference date: the latest such day on or before it.
		{"on Tuesday, story dated Thursday 14 Aug 2025", "It happened on Tuesday.", thursday14Aug2025, weekday("Tuesday", "2025-08-12")},
		{"on Thursday, story dated that Thursday", "It happened on Thursday.", thursday14Aug2025, weekday("Thursday", "2025-08-14")},
		{"on Friday, story dated Thursday: the Friday before", "It happened on Friday.", thursday14Aug2025, weekday("Friday", "2025-08-08")},
		{"on Tuesday, story dated Wednesday 20 Aug 2025", "It happened on Tuesday.", Date{2025, 8, 20}, weekday("Tuesday", "2025-08-19")},
		{"future: the next such day", "It will happen on Tuesday.", thursday14Aug2025, weekday("Tuesday", "2025-08-19")},
		{"future on the same weekday: a week on", "It will happen on Thursday.", thursday14Aug2025, weekday("Thursday", "2025-08-21")},
		{"a lower-case weekday is no date", "It happened on tuesday.", thursday14Aug2025, nil},

		// Not dates.
		{"a month's possessive names an event", "February's airlift was big.", thursday14Aug2025, nil},
		{"an impossible ISO date", "It happened on 2025-02-30.", thursday14Aug2025, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, recognized(t, Default(), tt.in, tt.ref)); diff != "" {
				t.Errorf("%q (reference %s) (-want +got):\n%s", tt.in, tt.ref, diff)
			}
		})
	}
}

// The dateline in the draft resolves "on Tuesday" as a reader of that day's paper would.
func TestWeekdayAgainstDateline(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    judged
		message string // a part of the message
	}{
		{"dated Thursday: Tuesday is 12 Aug", "WASHINGTON, Aug. 14, 2025 — Mexico sent the prisoners on Tuesday.",
			judged{KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025", ""}, "Agrees with the fact sheet"},
		{"dated Wednesday: Tuesday is still 12 Aug", "MEXICO CITY, Aug. 13, 2025 — Mexico sent the prisoners on Tuesday.",
			judged{KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025", ""}, "Agrees with the fact sheet"},
		{"dated a week later: Tuesday is 19 Aug", "WASHINGTON, Aug. 20, 2025 — Mexico sent the prisoners on Tuesday.",
			judged{KindWeekday, "Tuesday", Contradicts, SevWarning, "Tuesday, 12 August 2025", ""}, "means Tuesday, 19 August 2025. Write the date in full if the earlier Tuesday is meant."},
		{"yesterday in a story dated Wednesday is Tuesday", "MEXICO CITY, Aug. 13, 2025 — Mexico yesterday sent the prisoners north.",
			judged{KindWeekday, "yesterday", Supports, SevInfo, "Tuesday, 12 August 2025", ""}, "Agrees with the fact sheet"},
		{"yesterday in a story dated Thursday is Wednesday", "MEXICO CITY, Aug. 14, 2025 — Mexico sent the prisoners north yesterday.",
			judged{KindWeekday, "yesterday", Contradicts, SevWarning, "Tuesday, 12 August 2025", "on Tuesday"}, "this says \"yesterday\", which in a story dated Thursday, 14 August 2025 means Wednesday, 13 August 2025."},
		{"yesterday after a speech verb is the day it was said", "MEXICO CITY, Aug. 14, 2025 — Officials said yesterday that Mexico sent the prisoners on Tuesday.",
			judged{KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 12 August 2025", ""}, "Agrees with the fact sheet"},
		{"the story's own day is possibly the day of what is reported", "SAN DIEGO, Aug. 13, 2025 — Two of the 26 men Mexico sent north this week appeared in federal court here on Wednesday.",
			judged{KindWeekday, "Wednesday", Contradicts, SevWarning, "Tuesday, 12 August 2025", "Tuesday"}, "Possibly wrong"},
		{"a day before the story's is an error", "SAN DIEGO, Aug. 14, 2025 — The 26 men Mexico sent north this week were flown out on Wednesday.",
			judged{KindWeekday, "Wednesday", Contradicts, SevError, "Tuesday, 12 August 2025", "Tuesday"}, "means Wednesday, 13 August 2025"},
		{"days ago count back from the story's date", "WASHINGTON, Aug. 14, 2025 — Two days ago, Mexico loaded the 26 prisoners onto planes.",
			judged{KindWeekday, "Two days ago", Supports, SevInfo, "Tuesday, 12 August 2025", ""}, "Agrees with the fact sheet"},
		{"a wrong count of days ago is rewritten as the draft wrote it", "WASHINGTON, Aug. 14, 2025 — Three days ago, Mexico loaded the 26 prisoners onto planes.",
			judged{KindWeekday, "Three days ago", Contradicts, SevWarning, "Tuesday, 12 August 2025", "Two days ago"}, "means Monday, 11 August 2025"},
		{"days ago in figures", "WASHINGTON, Aug. 14, 2025 — Mexico flew the 26 prisoners north 3 days ago.",
			judged{KindWeekday, "3 days ago", Contradicts, SevWarning, "Tuesday, 12 August 2025", "2 days ago"}, "means Monday, 11 August 2025"},
		{"wrong weekday", "WASHINGTON, Aug. 14, 2025 — Mexico sent the prisoners on Wednesday.",
			judged{KindWeekday, "Wednesday", Contradicts, SevWarning, "Tuesday, 12 August 2025", "Tuesday"}, "which in a story dated Thursday, 14 August 2025 means Wednesday, 13 August 2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []judged
			var msg string
			for _, f := range Check(Default(), tt.in, Options{}).Findings {
				if f.Kind == KindWeekday {
					got = append(got, judged{f.Kind, f.Text, f.Verdict, f.Severity, f.Expected, f.Suggestion})
					msg = f.Message
				}
			}
			if diff := cmp.Diff([]judged{tt.want}, got); diff != "" {
				t.Fatalf("%q (-want +got):\n%s", tt.in, diff)
			}
			if !strings.Contains(msg, tt.message) {
				t.Errorf("%q: message %q does not say %q", tt.in, msg, tt.message)
			}
		})
	}
}

func TestDateVerdicts(t *testing.T) {
	tests := []struct {
		in   string
		want []judged
	}{
		{"Mexico sent the prisoners on August 12, 2025.", []judged{{KindDate, "August 12, 2025", Supports, SevInfo, "Tuesday, 12 August 2025", ""}}},
		{"Mexico sent the prisoners on Aug. 13.", []judged{{KindDate, "Aug. 13", Contradicts, SevWarning, "Tuesday, 12 August 2025", "Aug. 12"}}},
		// A suggestion keeps the draft's style: a month in full stays in full, an abbreviation
		// becomes the AP one, which writes March to July in full.
		{"Mexico flew the 26 prisoners north on July 12.", []judged{{KindDate, "July 12", Contradicts, SevError, "Tuesday, 12 August 2025", "August 12"}}},
		{"Mexico flew the 26 prisoners north on Aug 13.", []judged{{KindDate, "Aug 13", Contradicts, SevError, "Tuesday, 12 August 2025", "Aug 12"}}},
		{"The letter that threatened a 30% tariff was dated Aug. 12.", []judged{{KindDate, "Aug. 12", Contradicts, SevError, "Saturday, 12 July 2025", "July 12"}}},
		// A day in words: "starting on the first day of August" is when the threatened tariff
		// was to start, not when it was threatened; a wrong one is rewritten in words.
		{"The July 12 letter threatened a 30% tariff starting on the first day of August.", []judged{
			{KindDate, "July 12", Supports, SevInfo, "Saturday, 12 July 2025", ""}, {KindDate, "first day of August", Supports, SevInfo, "Friday, 1 August 2025", ""}}},
		{"Mexico sent 29 prisoners north on the last day of February 2025.", []judged{
			{KindDate, "last day of February 2025", Contradicts, SevError, "Thursday, 27 February 2025", "27th day of February 2025"}}},
		// Only a day in words after "the" makes "starting on the" a start: "for the Feb. 27
		// transfer" is no start of anything.
		{"Trump praised Mexico for the Feb. 27 transfer days before his tariffs took effect.", []judged{
			{KindDate, "Feb. 27", Supports, SevInfo, "Thursday, 27 February 2025", ""}}},
		{"Mexico sent the 26 prisoners north on the second of August.", []judged{
			{KindDate, "second of August", Contradicts, SevError, "Tuesday, 12 August 2025", "twelfth of August"}}},
		{"Mexico sent the prisoners on 13 August 2025.", []judged{{KindDate, "13 August 2025", Contradicts, SevWarning, "Tuesday, 12 August 2025", "12 August 2025"}}},
		{"Mexico sent the prisoners on 2025-08-11.", []judged{{KindDate, "2025-08-11", Contradicts, SevWarning, "Tuesday, 12 August 2025", "2025-08-12"}}},
		{"Mexico sent 29 prisoners on March 27.", []judged{{KindDate, "March 27", Contradicts, SevError, "Thursday, 27 February 2025", "February 27"}}},
		{"Mexico sent 29 prisoners on Feb. 28, 2025.", []judged{{KindDate, "Feb. 28, 2025", Contradicts, SevError, "Thursday, 27 February 2025", "Feb. 27, 2025"}}},
		{"Mexico sent 29 prisoners on 28 February 2025.", []judged{{KindDate, "28 February 2025", Contradicts, SevError, "Thursday, 27 February 2025", "27 February 2025"}}},
		{"Mexico sent 29 prisoners in March.", []judged{{KindDate, "March", Contradicts, SevError, "Thursday, 27 February 2025", "February"}}},
		{"Mexico sent 29 prisoners in early 2025.", []judged{{KindDate, "early 2025", Supports, SevInfo, "Thursday, 27 February 2025", ""}}},
		{"The two countries agreed in late July to keep talking.", []judged{{KindDate, "late July", Supports, SevInfo, "Thursday, 31 July 2025", ""}}},
		{"La Tuta was arrested on Feb. 27, 2015.", []judged{{KindDate, "Feb. 27, 2015", Supports, SevInfo, "Friday, 27 February 2015", ""}}},
		{"La Tuta was arrested on Feb. 26, 2015.", []judged{{KindDate, "Feb. 26, 2015", Contradicts, SevWarning, "Friday, 27 February 2015", "Feb. 27, 2015"}}},
		{"Camarena was killed in 1985.", []judged{{KindYear, "1985", Supports, SevInfo, "1985", ""}}},
		{"Camarena was killed in 1986.", []judged{{KindYear, "1986", Contradicts, SevError, "1985", "1985"}}},
		{"It happened on Wednesday, Aug. 13, 2025.", []judged{{KindDate, "Wednesday, Aug. 13, 2025", Unknown, SevInfo, "", ""}}},
		// The right date with the wrong weekday: only the weekday is wrong, and the internal
		// check says so; the date agrees with the fact sheet.
		{"Mexico flew 26 prisoners north on Wednesday, Aug. 12, 2025.", []judged{{KindDate, "Wednesday, Aug. 12, 2025", Supports, SevInfo, "Tuesday, 12 August 2025", ""}}},
		{"Mexico flew 26 prisoners north on Aug. 12, 2025 (a Wednesday).", []judged{{KindDate, "Aug. 12, 2025 (a Wednesday)", Supports, SevInfo, "Tuesday, 12 August 2025", ""}}},
		{"Mexico flew 26 prisoners north on Aug. 13 (a Wednesday).", []judged{{KindDate, "Aug. 13 (a Wednesday)", Contradicts, SevError, "Tuesday, 12 August 2025", "Aug. 12 (a Tuesday)"}}},
		{"Mexico flew 26 prisoners north on Wednesday, Aug. 13, 2025.", []judged{{KindDate, "Wednesday, Aug. 13, 2025", Contradicts, SevError, "Tuesday, 12 August 2025", "Tuesday, Aug. 12, 2025"}}},
		// A date after "from" or "starting" says when the thing before it starts: here the
		// tariff, not the letter that threatened it.
		{"Trump threatened a 30% tariff from Aug. 1 in a letter.", []judged{{KindDate, "Aug. 1", Supports, SevInfo, "Friday, 1 August 2025", ""}}},
		{"On July 31, Sheinbaum announced that the two sides would keep negotiating for 90 days.", []judged{{KindDate, "July 31", Supports, SevInfo, "Thursday, 31 July 2025", ""}}},
		// A date without a year that is the date of another event the sentence names is
		// possibly wrong, with no fix.
		{"On Saturday, July 12, Trump sent a letter threatening a 30% tariff from Aug. 1. The deadline passed without it taking effect: on July 31, Sheinbaum announced after a phone call that the two sides would keep negotiating for 90 days.",
			[]judged{{KindDate, "Saturday, July 12", Supports, SevInfo, "Saturday, 12 July 2025", ""}, {KindDate, "Aug. 1", Supports, SevInfo, "Friday, 1 August 2025", ""},
				{KindDate, "July 31", Contradicts, SevWarning, "Saturday, 12 July 2025", ""}}},
		// A second date of the sentence, exactly another fact's date that its own stretch of
		// the sentence speaks of, may be that fact's date or it misplaced: possibly wrong, with
		// no fix, and the message names the other fact.
		{"On July 31 the two countries agreed to a 90-day extension of their trade talks, which kept a 30% tariff from taking effect on Aug. 1.",
			[]judged{{KindDate, "July 31", Supports, SevInfo, "Thursday, 31 July 2025", ""}, {KindDate, "Aug. 1", Contradicts, SevWarning, "Thursday, 31 July 2025", ""}}},
		{"A 30% rate, threatened in a letter dated Saturday, July 12, was due on Aug. 1.",
			[]judged{{KindDate, "Saturday, July 12", Supports, SevInfo, "Saturday, 12 July 2025", ""}, {KindDate, "Aug. 1", Contradicts, SevWarning, "Saturday, 12 July 2025", ""}}},
		// A rate's sign before "starting" still makes the date a start ("30% starting August 1").
		{"Then on July 12, a Saturday, came a letter threatening 30% starting August 1.",
			[]judged{{KindDate, "July 12, a Saturday", Supports, SevInfo, "Saturday, 12 July 2025", ""}, {KindDate, "August 1", Supports, SevInfo, "Friday, 1 August 2025", ""}}},
		{"A 25% tariff on all Mexican imports was due on Feb. 4, postponed by a month on Feb. 3, and imposed on March 4.",
			[]judged{{KindDate, "Feb. 4", Contradicts, SevWarning, "Monday, 3 February 2025", ""}, {KindDate, "Feb. 3", Supports, SevInfo, "Monday, 3 February 2025", ""},
				{KindDate, "March 4", Supports, SevInfo, "Tuesday, 4 March 2025", ""}}},
		{"Trump's letter, sent on Aug. 1, threatened a 30% tariff.", []judged{{KindDate, "Aug. 1", Contradicts, SevWarning, "Saturday, 12 July 2025", ""}}},
		{"The letter, dated Aug. 1, threatened 30%.", []judged{{KindDate, "Aug. 1", Contradicts, SevWarning, "Saturday, 12 July 2025", ""}}},
		// Beside the best candidate's own cue, or only set off from it, it stays wrong.
		{"The extension was agreed on Aug. 1.", []judged{{KindDate, "Aug. 1", Contradicts, SevError, "Thursday, 31 July 2025", "July 31"}}},
		{"The two countries agreed on Aug. 1 to extend the talks by 90 days.", []judged{{KindDate, "Aug. 1", Contradicts, SevError, "Thursday, 31 July 2025", "July 31"}}},
		{"The transfer, which came on Aug. 1, was the second this year.", []judged{{KindDate, "Aug. 1", Contradicts, SevWarning, "Tuesday, 12 August 2025", "Aug. 12"}}},
		{"After a month's pause, the 25% tariff on all Mexican imports was due on March 4.", []judged{{KindDate, "March 4", Supports, SevInfo, "Tuesday, 4 March 2025", ""}}},
		// A planned start: "supposed to start on", "to take effect".
		{"It was supposed to start on Feb. 4, was paused for a month on Feb. 3 and took effect on March 4.", []judged{
			{KindDate, "Feb. 4", Supports, SevInfo, "Tuesday, 4 February 2025", ""}, {KindDate, "Feb. 3", Supports, SevInfo, "Monday, 3 February 2025", ""},
			{KindDate, "March 4", Supports, SevInfo, "Tuesday, 4 March 2025", ""}}},
		{"Trump threatened that 30% rate in a July 12 letter, to take effect Aug. 1.", []judged{
			{KindDate, "July 12", Supports, SevInfo, "Saturday, 12 July 2025", ""}, {KindDate, "Aug. 1", Supports, SevInfo, "Friday, 1 August 2025", ""}}},
		// When something ends is no date of the fact sheet.
		{"The 90-day extension runs to late October.", []judged{{KindDate, "late October", Unknown, SevInfo, "", ""}}},
		{"The 90-day extension of the talks runs until late October.", []judged{{KindDate, "late October", Unknown, SevInfo, "", ""}}},
		{"The extension takes the talks into late October.", []judged{{KindDate, "late October", Unknown, SevInfo, "", ""}}},
		{"The 90-day window of the talks closes in late October.", []judged{{KindDate, "late October", Unknown, SevInfo, "", ""}}},
		{"The extension of the talks was agreed in late October.", []judged{{KindDate, "late October", Contradicts, SevError, "Thursday, 31 July 2025", "late July"}}},
		{"The 90-day extension was agreed in late October.", []judged{{KindDate, "late October", Contradicts, SevError, "Thursday, 31 July 2025", "late July"}}},
		{"A 30% tariff threatened by Trump for Aug. 1 is on hold.", []judged{{KindDate, "Aug. 1", Supports, SevInfo, "Friday, 1 August 2025", ""}}},
		{"A letter threatens a 30% tariff starting August 1.", []judged{{KindDate, "August 1", Supports, SevInfo, "Friday, 1 August 2025", ""}}},
		// A cue in the singular also matches its plural: the designations, not the tariff that
		// "took effect".
		{"The designations took effect on Feb. 20, 2025.", []judged{{KindDate, "Feb. 20, 2025", Supports, SevInfo, "Thursday, 20 February 2025", ""}}},
		{"The designations were announced on Feb. 21, 2025.", []judged{{KindDate, "Feb. 21, 2025", Contradicts, SevError, "Thursday, 20 February 2025", "Feb. 20, 2025"}}},
		{"Trump threatened the 30% tariff in a letter on Aug. 1.", []judged{{KindDate, "Aug. 1", Contradicts, SevError, "Saturday, 12 July 2025", "July 12"}}},
		// A date right after its own fact's verb, in a stretch of its own, is that fact's date,
		// though the sentence speaks of another.
		{"Acting under an executive order Trump signed on Jan. 20, the State Department designated eight groups.",
			[]judged{{KindDate, "Jan. 20", Supports, SevInfo, "Monday, 20 January 2025", ""}}},
		{"Acting under an executive order Trump signed on Jan. 21, the State Department designated eight groups.",
			[]judged{{KindDate, "Jan. 21", Contradicts, SevWarning, "Monday, 20 January 2025", "Jan. 20"}}},
		// "the August handover" is the transfer, not the talks of the clause before.
		{"The talks were extended, which leaves the August handover inside that window.",
			[]judged{{KindDate, "August", Supports, SevInfo, "Tuesday, 12 August 2025", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, thursday14Aug2025, KindDate, KindYear)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// Dates of the council story: the engine's date arithmetic knows no story.
func TestDateVerdictsCouncil(t *testing.T) {
	set := councilSet(t)
	tests := []struct {
		in   string
		want []judged
	}{
		{"The council voted on Tuesday.", []judged{{KindWeekday, "Tuesday", Supports, SevInfo, "Tuesday, 10 March 2026", ""}}},
		{"The council voted on Wednesday.", []judged{{KindWeekday, "Wednesday", Contradicts, SevError, "Tuesday, 10 March 2026", "Tuesday"}}},
		{"The public hearing on Thursday, Feb. 26 drew crowds.", []judged{{KindDate, "Thursday, Feb. 26", Supports, SevInfo, "Thursday, 26 February 2026", ""}}},
		{"The fiscal year begins July 1.", []judged{{KindDate, "July 1", Supports, SevInfo, "Wednesday, 1 July 2026", ""}}},
		{"The oldest library was founded in 1911.", []judged{{KindYear, "1911", Supports, SevInfo, "1911", ""}}},
		{"The oldest library was founded in 1912.", []judged{{KindYear, "1912", Contradicts, SevError, "1911", "1911"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, judgeKinds(set, tt.in, thursday12Mar2026, KindDate, KindWeekday, KindYear)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseDateTable(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2025-08-12", Date{2025, 8, 12}, true},
		{"2024-02-29", Date{2024, 2, 29}, true},
		{"2025-02-29", Date{2025, 2, 29}, false},
		{"2025-02-30", Date{2025, 2, 30}, false},
		{"2025-13-01", Date{2025, 13, 1}, false},
		{"2025-08", Date{2025, 8, 0}, true},
		{"2025-00", Date{2025, 0, 0}, false},
		{"1985", Date{1985, 0, 0}, true},
		{"0000", Date{}, false},
		{"2025/08/12", Date{}, false},
		{"2025-8-12", Date{}, false},
		{"+025-08-12", Date{}, false},
		{"", Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := ParseDate(tt.in)
			if ok != tt.ok {
				t.Fatalf("ParseDate(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if ok {
				if diff := cmp.Diff(tt.want, d); diff != "" {
					t.Errorf("ParseDate(%q) (-want +got):\n%s", tt.in, diff)
				}
				if s := d.String(); s != tt.in {
					t.Errorf("ParseDate(%q).String() = %q, want the input back", tt.in, s)
				}
			}
		})
	}
}

func TestDateHuman(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{2025, 8, 12}, "Tuesday, 12 August 2025"},
		{Date{2025, 2, 27}, "Thursday, 27 February 2025"},
		{Date{2015, 2, 27}, "Friday, 27 February 2015"},
		{Date{2000, 2, 29}, "Tuesday, 29 February 2000"},
		{Date{1970, 1, 1}, "Thursday, 1 January 1970"},
		{Date{1969, 12, 31}, "Wednesday, 31 December 1969"},
		{Date{2025, 2, 0}, "February 2025"},
		{Date{1985, 0, 0}, "1985"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.d.Human()); diff != "" {
				t.Errorf("%#v.Human() (-want +got):\n%s", tt.d, diff)
			}
		})
	}
}

// civil inverts dayNumber on every day of four centuries around the epoch, and weekday steps
// by one each day.
func TestDayNumberRoundTrip(t *testing.T) {
	start, end := dayNumber(1800, 1, 1), dayNumber(2200, 12, 31)
	prevWD := weekday(start - 1)
	for n := start; n <= end; n++ {
		d := civil(n)
		if !validDate(d.Year, d.Month, d.Day) {
			t.Fatalf("civil(%d) = %v, not a valid date", n, d)
		}
		if back := dayNumber(d.Year, d.Month, d.Day); back != n {
			t.Fatalf("dayNumber(civil(%d) = %v) = %d", n, d, back)
		}
		wd := weekday(n)
		if wd != prevWD%7+1 {
			t.Fatalf("weekday(%d) (%v) = %d after %d", n, d, wd, prevWD)
		}
		prevWD = wd
	}
	if got := dayNumber(1970, 1, 1); got != 0 {
		t.Errorf("dayNumber(1970, 1, 1) = %d, want 0", got)
	}
}

// "Jun." and "Jul." keep their period, and a month in capitals is a month: the day after either
// is part of the date, not a count of something.
func TestMonthFormsLeaveNoStrayCount(t *testing.T) {
	tests := []struct {
		in   string
		want []judged
	}{
		{"Mexico sent 26 prisoners on Jun. 12, 2025.", []judged{
			{KindCount, "26", Supports, SevInfo, "26", ""},
			{KindDate, "Jun. 12, 2025", Contradicts, SevError, "Tuesday, 12 August 2025", "Aug. 12, 2025"},
		}},
		{"Mexico sent 26 prisoners on Jul. 12.", []judged{
			{KindCount, "26", Supports, SevInfo, "26", ""},
			{KindDate, "Jul. 12", Contradicts, SevError, "Tuesday, 12 August 2025", "Aug. 12"},
		}},
		{"MEXICO SENT 26 PRISONERS ON AUGUST 13, 2025", []judged{
			{KindCount, "26", Supports, SevInfo, "26", ""},
			{KindDate, "AUGUST 13, 2025", Contradicts, SevError, "Tuesday, 12 August 2025", "AUGUST 12, 2025"},
		}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, thursday14Aug2025, KindDate, KindYear, KindCount)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}

// A full date with the day and month of a fact and a year off by one is that fact's date
// with its year slipped, whatever event the story is about; a day a year off that is no fact's
// day ties nothing to the fact.
func TestYearSlip(t *testing.T) {
	dates, counts := []Kind{KindDate, KindCount}, []Kind{KindCount}
	tests := []struct {
		in    string
		kinds []Kind
		want  []judged
	}{
		{"The handover took place on Feb. 27, 2024, officials said.", dates,
			[]judged{{KindDate, "Feb. 27, 2024", Contradicts, SevWarning, "Thursday, 27 February 2025", "Feb. 27, 2025"}}},
		{"Sheinbaum took office on Oct. 1, 2023.", dates,
			[]judged{{KindDate, "Oct. 1, 2023", Contradicts, SevError, "Tuesday, 1 October 2024", "Oct. 1, 2024"}}},
		{"The first transfer took place on Feb. 27, 2026.", dates,
			[]judged{{KindDate, "Feb. 27, 2026", Contradicts, SevError, "Thursday, 27 February 2025", "Feb. 27, 2025"}}},
		// With no cue of a fact, a day a year off is unchecked.
		{"Mexico's Senate approved the reform on Aug. 12, 2024.", dates,
			[]judged{{KindDate, "Aug. 12, 2024", Unknown, SevInfo, "", ""}}},
		// Before: "Feb." made the 26 a count of the February transfer, an error. (The date
		// itself is still a warning against Sheinbaum's taking office, by "sworn in".)
		{"Bondi, sworn in on Feb. 5, 2024, said the 26 would be tried.", counts,
			[]judged{{KindCount, "26", Supports, SevInfo, "26", ""}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, judgeKinds(Default(), tt.in, thursday14Aug2025, tt.kinds...)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}
