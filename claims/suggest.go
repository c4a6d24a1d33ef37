package claims

// Suggestions are replacements for a mention's exact span that state the canonical value in the
// draft's own style: words stay words ("twenty-five" → "twenty-six"), "Aug. 13" becomes "Aug. 12",
// "25 percent" becomes "30 percent". A hedge is dropped, since the fact sheet knows the value.

import (
	"math"
	"strings"
)

var smallNumbers = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tensNames = [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// numberWords writes 0..999 in words ("twenty-six"); larger numbers in digits.
func numberWords(n int) string {
	switch {
	case n < 0 || n >= 1000:
		return formatNumber(float64(n))
	case n < 20:
		return smallNumbers[n]
	case n < 100:
		if n%10 == 0 {
			return tensNames[n/10]
		}
		return tensNames[n/10] + "-" + smallNumbers[n%10]
	}
	s := smallNumbers[n/100] + " hundred"
	if n%100 != 0 {
		s += " " + numberWords(n%100)
	}
	return s
}

var ordinalNames = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth"}

// ordinalWord writes 2 as "second"; beyond twelfth, "13th".
func ordinalWord(n int) string {
	if n > 0 && n < len(ordinalNames) {
		return ordinalNames[n]
	}
	return ordinalDigits(n)
}

func ordinalDigits(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return decimal(n) + suf
}

// likeCase gives s the capitalization of model ("Twenty-six" for "Twenty-five").
func likeCase(s, model string) string {
	if model == "" || s == "" {
		return s
	}
	if model[0] >= 'A' && model[0] <= 'Z' && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// rewrite returns the text of tokens [from, to) with the tokens [r0, r1) replaced by repl,
// keeping the draft's spacing and punctuation.
func (m *matcher) rewrite(from, to, r0, r1 int, repl string) string {
	t := m.c.r.toks
	var b strings.Builder
	b.WriteString(m.text[t[from].start:t[r0].start])
	b.WriteString(repl)
	if r1 < to {
		b.WriteString(m.text[t[r1-1].end:t[to-1].end])
	}
	return b.String()
}

// numberText writes v as the mention wrote its number: in words or in digits.
func (m *matcher) numberText(mt *mention, v float64) string {
	t := m.c.r.toks
	orig := m.text[t[mt.n0].start:t[mt.n1-1].end]
	if mt.words && v == math.Trunc(v) && v < 1000 {
		return likeCase(numberWords(int(v)), orig)
	}
	s := formatNumber(v)
	if !strings.Contains(orig, ",") && strings.IndexByte(s, ',') >= 0 {
		b := make([]byte, 0, len(s)) // s without its commas: strings.ReplaceAll is 5 KB of WebAssembly
		for i := 0; i < len(s); i++ {
			if s[i] != ',' {
				b = append(b, s[i])
			}
		}
		s = string(b)
	}
	return s
}

// suggest returns the replacement of the mention's span that states the claim, or "".
func (m *matcher) suggest(mt *mention, cl *Claim) string {
	t := m.c.r.toks
	switch mt.kind {
	case KindCount, KindPercent, KindOrdinal:
		if mt.n1 == 0 {
			return ""
		}
		if mt.kind == KindOrdinal {
			if mt.words {
				return m.rewrite(mt.n0, mt.t1, mt.n0, mt.n1, likeCase(ordinalWord(int(cl.Value)), m.text[t[mt.n0].start:t[mt.n0].end]))
			}
			return ordinalDigits(int(cl.Value))
		}
		if cl.Min != cl.Max {
			// An approximate fact: say it the way the fact sheet rounds it.
			return "about " + formatNumber(roundSignificant(cl.Value, 2))
		}
		return m.rewrite(mt.n0, mt.t1, mt.n0, mt.n1, m.numberText(mt, cl.Value))
	case KindDuration:
		if mt.n1 == 0 {
			return cl.Duration.String()
		}
		// In the draft's unit when the fact converts exactly: "three months" for 90 days.
		unitDays := Duration{N: 1, Unit: mt.dur.Unit}.Days()
		n := cl.Duration.Days() / unitDays
		if cl.Duration.Unit == mt.dur.Unit || math.Abs(n-math.Round(n)) < 1e-9 && n >= 1 {
			n = math.Round(n)
			if cl.Duration.Unit == mt.dur.Unit {
				n = cl.Duration.N
			}
			unit := m.text[t[mt.t1-1].start:t[mt.t1-1].end]
			if n != 1 && !strings.HasSuffix(unit, "s") && !m.hyphenUnit(mt) {
				unit += "s"
			} else if n == 1 && strings.HasSuffix(unit, "s") {
				unit = strings.TrimSuffix(unit, "s")
			}
			num := m.numberText(mt, n)
			if n == 1 && mt.words {
				num = likeCase("one", m.text[t[mt.n0].start:t[mt.n0].end])
			}
			if mt.words && n != 1 || n == 1 {
				return m.rewrite(mt.n0, mt.t1, mt.n0, mt.t1, num+m.gap(mt.n1-1, mt.t1-1)+unit)
			}
			return m.rewrite(mt.n0, mt.t1, mt.n0, mt.t1, num+m.gap(mt.n1-1, mt.t1-1)+unit)
		}
		return cl.Duration.String()
	case KindMoney:
		return formatMoney(cl.Value, currencyByCode(cl.Currency))
	case KindYear:
		if cl.Kind == ClaimYear {
			return decimal(int(cl.Value))
		}
		return decimal(cl.Date.Year)
	case KindWeekday:
		if cl.Date.Day == 0 {
			return ""
		}
		cd := dayNumber(cl.Date.Year, cl.Date.Month, cl.Date.Day)
		w := weekdayNames[weekday(cd)]
		// "three days ago" → "two days ago", as the draft wrote its number.
		if t := m.c.r.toks; t[mt.t1-1].id == wAgo {
			if n := m.c.r.refDay - cd; n >= 2 {
				num := decimal(n)
				if mt.words {
					num = numberWords(n)
				}
				return likeCase(num+" days ago", m.spanText(mt))
			}
			return ""
		}
		if t := m.c.r.toks; t[mt.t0].id == wYesterday {
			if mt.t0 > 0 && t[mt.t0-1].kind == tokWord && t[mt.t0-1].id == wOn {
				return w
			}
			return likeCase("on "+w, m.spanText(mt)) // "sent 26 yesterday" → "sent 26 on Tuesday"
		}
		orig := m.spanText(mt)
		if i := strings.IndexFunc(orig, func(r rune) bool { return r == '\'' || r == '’' }); i > 0 {
			w += orig[i:]
		}
		return w
	case KindDate:
		return m.suggestDate(mt, cl)
	}
	return ""
}

// hyphenUnit reports whether the duration is written "90-day".
func (m *matcher) hyphenUnit(mt *mention) bool {
	return mt.n1 < mt.t1 && m.c.r.toks[mt.n1].kind == tokPunct && m.c.r.toks[mt.n1].r == '-'
}

// gap returns the text between token a's end and token b's start.
func (m *matcher) gap(a, b int) string {
	t := m.c.r.toks
	if b <= a {
		return ""
	}
	return m.text[t[a].end:t[b].start]
}

// roundSignificant rounds v to digits significant digits. It counts v's integer digits and
// scales by exact powers of ten rather than calling math.Log10 and math.Pow, which would bring
// some 3 KB gzipped of code into the browser's engine.
func roundSignificant(v float64, digits int) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	e := 0 // the power of ten just above |v|: |v| < 10^e
	for a := math.Abs(v); a >= 1; a /= 10 {
		e++
	}
	for a := math.Abs(v); a < 0.1; a *= 10 {
		e--
	}
	k := min(max(digits-e, -22), 22) // within the table of exact powers of ten
	if k >= 0 {
		return math.Round(v*pow10[k]) / pow10[k]
	}
	return math.Round(v/pow10[-k]) * pow10[-k]
}

var apMonths = [...]string{"", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

// suggestDate rewrites a date in the draft's style with the claim's day, month and year.
func (m *matcher) suggestDate(mt *mention, cl *Claim) string {
	c := m.c
	t := c.r.toks
	lx := c.set.lex
	want := cl.Date
	// ISO dates.
	if mt.t1-mt.t0 == 5 && t[mt.t0].kind == tokNumber && t[mt.t0+1].kind == tokPunct {
		if want.Day > 0 {
			return want.String()
		}
		return ""
	}
	var b strings.Builder
	prevEnd := int(t[mt.t0].start)
	sawDay := false
	for i := mt.t0; i < mt.t1; i++ {
		tk := &t[i]
		b.WriteString(m.text[prevEnd:tk.start])
		word := m.text[tk.start:tk.end]
		out := word
		switch {
		case tk.kind == tokWord && lx.info[tk.id].wday > 0 && want.Day > 0:
			out = weekdayNames[weekday(dayNumber(want.Year, want.Month, want.Day))]
		case tk.kind == tokWord && lx.info[tk.id].month > 0 && want.Month > 0:
			// A month written in full ("July", "May") stays in full; an abbreviated one takes
			// the AP abbreviation, which leaves March to July in full.
			abbrev := i+1 < mt.t1 && t[i+1].kind == tokPunct && t[i+1].r == '.' && t[i+1].start == tk.end
			if strings.EqualFold(word, monthNames[lx.info[tk.id].month]) {
				out = monthNames[want.Month]
			} else {
				out = apMonths[want.Month]
				if abbrev {
					i++ // the period is part of the AP form, or dropped for March–July
				} else {
					out = strings.TrimSuffix(out, ".") // "Aug 12": the draft writes no period
				}
			}
			out = likeCase(out, word)
			if tk.is(fAllCaps) {
				out = strings.ToUpper(out)
			}
		case i == mt.t0 && tk.kind == tokWord && (lx.info[tk.id].ord > 0 || tk.id == wLast): // "the first of August"
			sawDay = true
			if want.Day == 0 {
				return ""
			}
			out = likeCase(ordinalWord(want.Day), word)
		case tk.kind == tokNumber && tk.end-tk.start <= 2 && !sawDay:
			sawDay = true
			if want.Day == 0 {
				return ""
			}
			out = decimal(want.Day)
		case tk.kind == tokNumber && tk.end-tk.start == 4:
			out = decimal(want.Year)
		}
		b.WriteString(out)
		prevEnd = int(t[i].end)
	}
	return b.String()
}
