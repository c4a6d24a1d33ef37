package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sentencesOf segments text and returns each sentence's text prefixed with its paragraph index,
// like "1|Next one.".
func sentencesOf(text string) []string {
	c := NewChecker(Default())
	c.Check(text, Options{})
	var out []string
	for _, s := range c.sents {
		out = append(out, string(rune('0'+s.para))+"|"+text[c.r.toks[s.t0].start:c.r.toks[s.t1-1].end])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"month abbreviation before a day", "The transfer happened on Feb. 27. It was the first.",
			[]string{"0|The transfer happened on Feb. 27.", "0|It was the first."}},
		{"month abbreviation inside a full date", "It happened on Aug. 12, 2025. Another sentence.",
			[]string{"0|It happened on Aug. 12, 2025.", "0|Another sentence."}},
		{"U.S. inside a sentence", "He moved to the U.S. in 2020. He stayed.",
			[]string{"0|He moved to the U.S. in 2020.", "0|He stayed."}},
		{"titles and initials", "Mr. Smith and Dr. Jones met J. Edgar. Then left.",
			[]string{"0|Mr. Smith and Dr. Jones met J. Edgar.", "0|Then left."}},
		{"a.m. before a weekday", "It happened at 10 a.m. Tuesday. Then more.",
			[]string{"0|It happened at 10 a.m. Tuesday.", "0|Then more."}},
		{"a decimal is not a sentence end, a final digit is", "It cost 3.5 million. Then 3. After.",
			[]string{"0|It cost 3.5 million.", "0|Then 3.", "0|After."}},
		{"headline without a period, then a dateline", "Mexico hands 26 cartel suspects to US\nMEXICO CITY, Aug. 13, 2025 — Mexico sent them.",
			[]string{"0|Mexico hands 26 cartel suspects to US", "1|MEXICO CITY, Aug. 13, 2025 — Mexico sent them."}},
		{"curly quotes close a sentence", "“It was done.” Officials left. “Really?” he asked. Yes!",
			[]string{"0|“It was done.”", "0|Officials left.", "0|“Really?” he asked.", "0|Yes!"}},
		{"straight quotes and brackets", "He said \"yes.\" (It was done.) Next sentence.",
			[]string{"0|He said \"yes.\"", "0|(It was done.)", "0|Next sentence."}},
		{"em dashes stay inside the sentence", "Sent 26 men — all of them cartel figures — on Tuesday. Done.",
			[]string{"0|Sent 26 men — all of them cartel figures — on Tuesday.", "0|Done."}},
		{"a sentence may start with an accented capital", "Martínez spoke. Éxito followed.",
			[]string{"0|Martínez spoke.", "0|Éxito followed."}},
		{"an ellipsis ends a sentence", "Ends with an ellipsis… Then more.",
			[]string{"0|Ends with an ellipsis…", "0|Then more."}},
		{"a lower-case word after a period goes on", "The vote was 6 to 3. and then some.",
			[]string{"0|The vote was 6 to 3. and then some."}},
		{"hard-wrapped line continues the sentence", "A line that is hard\nwrapped here. Next one.",
			[]string{"0|A line that is hard\nwrapped here.", "0|Next one."}},
		{"a capitalized line is a new paragraph", "Line one\nLine two",
			[]string{"0|Line one", "1|Line two"}},
		{"blank lines", "First para.\n\nSecond para. Still second.\n\n\nThird para.",
			[]string{"0|First para.", "1|Second para.", "1|Still second.", "2|Third para."}},
		{"non-breaking space inside a sentence", "A new paragraph follows\u00a0here. Then\u00a0more.",
			[]string{"0|A new paragraph follows\u00a0here.", "0|Then\u00a0more."}},
		{"paragraph separator", "One.\u2029Two.",
			[]string{"0|One.", "1|Two."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentencesOf(tt.in)); diff != "" {
				t.Errorf("sentences of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// Clauses split at ; : — ( ) and at words like "but"; the clause index only grows.
func TestClauses(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the text of each clause, in order
	}{
		{"Mexico sent 26; the US took them.", []string{"Mexico sent 26", "; the US took them."}},
		{"Mexico sent 26 — all men — north.", []string{"Mexico sent 26", "— all men", "— north."}},
		{"It rained but Mexico sent 26.", []string{"It rained", "but Mexico sent 26."}},
		{"After a long wait, the council voted.", []string{"After a long wait", ", the council voted."}},
		{"One (two) three.", []string{"One", "(two", ") three."}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c := NewChecker(Default())
			c.Check(tt.in, Options{})
			var got []string
			start := 0
			for i := 1; i <= len(c.clause); i++ {
				if i == len(c.clause) || c.clause[i] != c.clause[i-1] {
					if i < len(c.clause) && c.clause[i] < c.clause[i-1] {
						t.Fatalf("%q: clause index falls at token %d", tt.in, i)
					}
					got = append(got, tt.in[c.r.toks[start].start:c.r.toks[i-1].end])
					start = i
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("clauses of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// A dateline near the start sets the reference date for relative dates; its own date is no
// claim to check.
func TestDateline(t *testing.T) {
	type result struct {
		Reference Date
		Dateline  bool
		Kinds     []string // kind:text of each finding
	}
	tests := []struct {
		name string
		in   string
		opts Options
		want result
	}{
		{"wire dateline with an em dash", "MEXICO CITY, Aug. 13, 2025 — Mexico sent 26 prisoners north.", Options{},
			result{Date{2025, 8, 13}, true, []string{"count:26"}}},
		{"an agency in brackets before the dash", "MEXICO CITY, Aug. 13, 2025 (Wire) — Mexico sent 26 prisoners north.", Options{},
			result{Date{2025, 8, 13}, true, []string{"count:26"}}},
		{"Reuters style, no year", "MEXICO CITY, Aug 13 (Reuters) - Mexico sent 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 13}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"date alone on the first line", "August 14, 2025\n\nMexico sent the prisoners on Tuesday.", Options{},
			result{Date{2025, 8, 14}, true, []string{"weekday:Tuesday"}}},
		{"weekday and date before a colon", "Tuesday, Aug. 12, 2025: Mexico sent 26 prisoners.", Options{},
			result{Date{2025, 8, 12}, true, []string{"count:26"}}},
		{"wire dateline without a year: the year of the claim set's as-of date", "MEXICO CITY, Aug. 13 — Mexico sent 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 13}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"date without a year alone on the first line", "Aug. 11\n\nMexico sent 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 11}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"a date without a year in a sentence is no dateline", "Mexico sent 26 prisoners north on Aug. 12 - by air.", Options{},
			result{Date{2025, 8, 14}, false, []string{"count:26", "date:Aug. 12"}}},
		{"no dateline: the claim set's as-of date", "Mexico sent 26 prisoners north.", Options{},
			result{Date{2025, 8, 14}, false, []string{"count:26"}}},
		{"the option overrides the draft's dateline, which still states no fact", "MEXICO CITY, Aug. 13, 2025 — Mexico sent 26 prisoners north.", Options{Dateline: Date{2025, 8, 20}},
			result{Date{2025, 8, 20}, false, []string{"count:26"}}},
		{"a headline that ends with a date states a fact", "Mexico sent 26 prisoners north on Aug. 13, 2025\n\nMore came later.", Options{},
			result{Date{2025, 8, 14}, false, []string{"count:26", "date:Aug. 13, 2025"}}},
		{"a headline in capitals that ends with a date states a fact", "MEXICO SENDS PRISONERS NORTH ON AUGUST 13, 2025\n\nMore came later.", Options{},
			result{Date{2025, 8, 14}, false, []string{"date:AUGUST 13, 2025"}}},
		{"a number before the comma: a sentence, not a place", "Mexico sent 26 prisoners, Aug. 13, 2025\n\nMore came later.", Options{},
			result{Date{2025, 8, 14}, false, []string{"count:26", "date:Aug. 13, 2025"}}},
		{"byline and date", "By Ana Ruiz | Aug. 13, 2025\n\nMexico sent 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 13}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"a label and a date", "Updated Aug. 13, 2025\n\nMexico sent 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 13}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"a label with on", "Last updated on Aug. 21, 2025\n\nMexico flew the 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 21}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"a byline and an agency", "By Ana Ruiz, Reuters Aug. 21, 2025\n\nMexico flew the 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 21}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"a place, an agency and a hyphen", "MEXICO CITY (Reuters) - Aug. 21, 2025\n\nMexico flew the 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 21}, true, []string{"count:26", "weekday:Tuesday"}}},
		// A body that opens with a dateline of no date has none further on; nor has a timeline,
		// whose first entry looks like one.
		{"a dateline with no date", "WASHINGTON (Wire) — Trade and security moved together.\n\nFeb. 27 (Thursday) — Mexico sent 29 prisoners north.", Options{},
			result{Date{2025, 8, 14}, false, []string{"date:Feb. 27 (Thursday)", "count:29"}}},
		{"a timeline", "How it happened\n\nOct. 1, 2024 — Claudia Sheinbaum takes office.\n\nFeb. 27 (Thursday) — Mexico sends 29 prisoners north.", Options{},
			result{Date{2025, 8, 14}, false, []string{"date:Oct. 1, 2024", "name:Claudia Sheinbaum", "date:Feb. 27 (Thursday)", "count:29"}}},
		{"a kicker in capitals before the dateline", "BREAKING — Mexico sends 26 north\n\nMEXICO CITY, Aug. 21, 2025 — Mexico flew the 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 21}, true, []string{"count:26", "count:26", "weekday:Tuesday"}}},
		{"a headline with a dash in a name before the dateline", "US–Mexico truce holds\n\nMEXICO CITY, Aug. 21, 2025 — Mexico flew the 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 21}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"a dated line before a paragraph", "Oct. 1, 2024 — Claudia Sheinbaum takes office.\n\nMexico sends 29 prisoners north.", Options{},
			result{Date{2024, 10, 1}, true, []string{"name:Claudia Sheinbaum", "count:29"}}},
		{"a place with a small word", "Ciudad de México, Aug. 21, 2025 —\n\nMexico flew the 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 21}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"a label and a time", "Updated 3:15 p.m., Aug. 21, 2025\n\nMexico flew the 26 prisoners north on Tuesday.", Options{},
			result{Date{2025, 8, 21}, true, []string{"count:26", "weekday:Tuesday"}}},
		{"a headline in title case that ends with a date states a fact", "Mexico Sends Cartel Bosses North on Aug. 13, 2025\n\nMore came later.", Options{},
			result{Date{2025, 8, 14}, false, []string{"date:Aug. 13, 2025"}}},
		{"a date deep in the draft is no dateline", "Alpha.\n\nBeta.\n\nGamma.\n\nMEXICO CITY, Aug. 12, 2025 — Mexico sent 26 prisoners.", Options{},
			result{Date{2025, 8, 14}, false, []string{"date:Aug. 12, 2025", "count:26"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Check(Default(), tt.in, tt.opts)
			got := result{Reference: rep.Reference, Dateline: rep.Dateline}
			for _, f := range rep.Findings {
				got.Kinds = append(got.Kinds, string(f.Kind)+":"+f.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check(%q, %+v) (-want +got):\n%s", tt.in, tt.opts, diff)
			}
		})
	}
}

// Segmenting never loses a token: the sentences tile the token list.
func TestSentencesTileTokens(t *testing.T) {
	text := strings.Repeat("Mexico sent 26 men to the U.S. on Aug. 12. “It was done,” he said.\n\n", 5) + "Tail without end"
	c := NewChecker(Default())
	c.Check(text, Options{})
	next := 0
	for i, s := range c.sents {
		if s.t0 != next || s.t1 <= s.t0 {
			t.Fatalf("sentence %d is tokens [%d,%d), want it to start at %d", i, s.t0, s.t1, next)
		}
		next = s.t1
	}
	if next != len(c.r.toks) {
		t.Errorf("sentences end at token %d of %d", next, len(c.r.toks))
	}
}
