package claims

// Dates: the calendar arithmetic the engine needs (without the time package, so that the browser
// build stays small), and the recognizer for dates in drafts: "August 12, 2025", "Aug. 12",
// "12 August 2025", "2025-08-12", "Tuesday, Aug. 12", month-only ("in February"), parts of a
// year or month ("early 2025", "late July"), years ("1985") and weekdays ("on Tuesday").
// Dates without a year, weekdays and bare months resolve against the reference date: the draft's
// dateline, or the claim set's as-of date.

// Date is a calendar date; Month and Day are zero for a year or a month.
type Date struct {
	Year, Month, Day int
}

// ParseDate reads YYYY-MM-DD, YYYY-MM or YYYY and checks it is a real date.
func ParseDate(s string) (Date, bool) {
	var d Date
	num := func(s string) (int, bool) {
		if !isDigits(s) {
			return 0, false
		}
		n := 0
		for i := 0; i < len(s); i++ {
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	ok := false
	switch len(s) {
	case 4:
		d.Year, ok = num(s)
	case 7:
		if s[4] == '-' {
			y, ok1 := num(s[:4])
			m, ok2 := num(s[5:])
			d, ok = Date{y, m, 0}, ok1 && ok2 && m >= 1 && m <= 12
		}
	case 10:
		if s[4] == '-' && s[7] == '-' {
			y, ok1 := num(s[:4])
			m, ok2 := num(s[5:7])
			dd, ok3 := num(s[8:])
			d, ok = Date{y, m, dd}, ok1 && ok2 && ok3 && validDate(y, m, dd)
		}
	}
	return d, ok && d.Year >= 1
}

// String writes the date as YYYY-MM-DD, YYYY-MM or YYYY.
func (d Date) String() string {
	s := pad(d.Year, 4)
	if d.Month > 0 {
		s += "-" + pad(d.Month, 2)
		if d.Day > 0 {
			s += "-" + pad(d.Day, 2)
		}
	}
	return s
}

// Human writes the date as an editor reads it: "Tuesday, 12 August 2025", "February 2025", "2025".
func (d Date) Human() string {
	switch {
	case d.Day > 0:
		return weekdayNames[weekday(dayNumber(d.Year, d.Month, d.Day))] + ", " + decimal(d.Day) + " " + monthNames[d.Month] + " " + decimal(d.Year)
	case d.Month > 0:
		return monthNames[d.Month] + " " + decimal(d.Year)
	}
	return decimal(d.Year)
}

// span returns the first and last day numbers the date covers.
func (d Date) span() (int, int) {
	switch {
	case d.Day > 0:
		n := dayNumber(d.Year, d.Month, d.Day)
		return n, n
	case d.Month > 0:
		return dayNumber(d.Year, d.Month, 1), dayNumber(d.Year, d.Month, daysIn(d.Year, d.Month))
	}
	return dayNumber(d.Year, 1, 1), dayNumber(d.Year, 12, 31)
}

func pad(n, width int) string {
	s := decimal(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var weekdayNames = [...]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if leap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func validDate(y, m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) }

// dayNumber returns the number of days from 1970-01-01 (proleptic Gregorian calendar).
func dayNumber(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil is the inverse of dayNumber.
func civil(n int) Date {
	n += 719468
	era := n / 146097
	if n < 0 && n%146097 != 0 {
		era--
	}
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, m, d}
}

// calendarYear places months and days in one year with a table rather than dayNumber's
// arithmetic, for comparing many dates within the same year.
type calendarYear struct {
	first int // day number of 1 January
	leap  bool
}

func yearOf(y int) calendarYear { return calendarYear{first: dayNumber(y, 1, 1), leap: leap(y)} }

// daysBeforeMonth counts the days of a year before each month, in a common and a leap year.
var daysBeforeMonth = [2][13]int{
	{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334},
	{0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335},
}

// day returns the day number of day d of month m (1–12) of the year.
func (cy calendarYear) day(m, d int) int {
	l := 0
	if cy.leap {
		l = 1
	}
	return cy.first + daysBeforeMonth[l][m] + d - 1
}

// weekday returns 1 for Monday through 7 for Sunday.
func weekday(n int) int {
	w := (n+3)%7 + 1 // 1970-01-01 was a Thursday
	if w <= 0 {
		w += 7
	}
	return w
}

// reference is the date relative expressions resolve against.
type reference struct {
	day    int  // day number
	future bool // the sentence speaks of what is to come
}

func (ref reference) date() Date { return civil(ref.day) }

// resolveMonthDay picks the year for a month and day written without one: the latest such date
// not after the reference (a week of slack), or the next one for a sentence about the future.
func (ref reference) resolveMonthDay(m, d int) (int, bool) {
	y := ref.date().Year
	if !validDate(y, m, d) && !(m == 2 && d == 29) {
		return 0, false
	}
	for _, cand := range []int{y + 1, y, y - 1} {
		if !validDate(cand, m, d) {
			continue
		}
		n := dayNumber(cand, m, d)
		if ref.future {
			if n >= ref.day-7 && n <= ref.day+366 {
				return n, true
			}
		} else if n <= ref.day+7 {
			return n, true
		}
	}
	return 0, false
}

// resolveMonth picks the year of a bare month the same way.
func (ref reference) resolveMonth(m int) int {
	r := ref.date()
	if ref.future {
		if m >= r.Month {
			return r.Year
		}
		return r.Year + 1
	}
	if m <= r.Month {
		return r.Year
	}
	return r.Year - 1
}

// resolveWeekday returns the day a bare weekday means: the latest such day on or before the
// reference, or the next one after it for a sentence about the future.
func (ref reference) resolveWeekday(wd int) int {
	rw := weekday(ref.day)
	if ref.future {
		delta := (wd - rw + 7) % 7
		if delta == 0 {
			delta = 7
		}
		return ref.day + delta
	}
	return ref.day - (rw-wd+7)%7
}

// Date mention precision.
type datePrec uint8

const (
	precDay  datePrec = iota + 1
	precPart          // early/mid/late of a month or year
	precMonth
	precYear
)

// date recognizes a date starting at token i. It returns the mention and the token after it.
func (r *recognizer) date(i int, m *mention) (int, bool) {
	next, ok := r.dateMention(i, m)
	// "officials said on Wednesday", "she told reporters Aug. 13": the day a thing was said,
	// not the day of anything the fact sheet states.
	if ok && m.kind != "" && r.statementDay(m.t0) {
		m.kind = ""
	}
	return next, ok
}

// statementDay reports whether the date or weekday starting at token t0 follows a speech verb,
// with or without "on": "said on Tuesday", "told reporters Wednesday".
func (r *recognizer) statementDay(t0 int) bool {
	// "reported on Monday's transfer": the day of the thing reported.
	if tk := &r.toks[t0]; possessiveLen(r.text[tk.start:tk.end]) > 0 {
		return false
	}
	k := t0 - 1
	if r.wordAt(k, wOn) {
		k--
	}
	// "the reported Aug. 13 handover": a verb's participle, describing the thing.
	if r.roleAt(k-1, rDeterminer) {
		return false
	}
	// "told reporters Wednesday"; but "paraded before reporters on Wednesday" is no statement.
	if r.roleAt(k, rAudience) && r.roleAt(k-1, rSpeech) {
		return true
	}
	return !r.roleAt(k, rAudience) && r.roleAt(k, rSpeech)
}

func (r *recognizer) dateMention(i int, m *mention) (int, bool) {
	t := r.toks
	// "yesterday": the day before the reference date, checked as a weekday is. ("Today" and
	// "tomorrow" are left alone: "the tariff is in force today" dates no event.)
	if r.wordAt(i, wYesterday) {
		day := r.refDay - 1
		*m = mention{kind: KindWeekday, t0: i, t1: i + 1, wday: int8(weekday(day)), wdayTok: i, d0: day, d1: day, prec: precDay}
		return i + 1, true
	}
	// A weekday first: "Tuesday, Aug. 12" or "on Tuesday".
	if wd := r.weekdayAt(i); wd > 0 {
		j := i + 1
		if j < r.end && t[j].kind == tokPunct && t[j].r == ',' {
			j++
		}
		if next, ok := r.calendarDate(j, m); ok {
			m.t0, m.wday, m.wdayTok = i, int8(wd), i
			return next, true
		}
		// A bare weekday, resolved against the reference date; but "on a Saturday" names no
		// day in particular.
		if r.possessiveOrCapital(i) && !r.wordAt(i-1, wA) {
			day := r.ref(i).resolveWeekday(wd)
			*m = mention{kind: KindWeekday, t0: i, t1: i + 1, wday: int8(wd), wdayTok: i, d0: day, d1: day, prec: precDay}
			return i + 1, true
		}
		return i, false
	}
	next, ok := r.calendarDate(i, m)
	if !ok {
		return i, false
	}
	// "On Feb. 27, a Thursday, Mexico sent …": a weekday in apposition goes with the date.
	if k := next + 2; m.prec == precDay && r.punctAt(next, ',') && r.wordAt(next+1, wA) && k < r.end && r.weekdayAt(k) > 0 &&
		(k+1 == r.end || r.toks[k+1].kind == tokPunct) {
		m.wday, m.wdayTok, m.t1 = int8(r.weekdayAt(k)), k, k+1
		return k + 1, true
	}
	// "Aug. 12, 2025 (a Tuesday)": the weekday in parentheses goes with the date.
	if m.prec == precDay && r.punctAt(next, '(') {
		k := next + 1
		if r.wordAt(k, wA) {
			k++
		}
		if k+1 < r.end && r.punctAt(k+1, ')') && r.weekdayAt(k) > 0 {
			wd := r.weekdayAt(k)
			m.wday, m.wdayTok, m.t1 = int8(wd), k, k+2
			return k + 2, true
		}
	}
	return next, true
}

// possessiveOrCapital reports whether the weekday at i is written as a name (capitalized).
func (r *recognizer) possessiveOrCapital(i int) bool { return r.toks[i].is(fCap) }

// weekdayAt returns the weekday named at token i (capitalized), or 0.
func (r *recognizer) weekdayAt(i int) int {
	tk := &r.toks[i]
	if tk.kind != tokWord || !tk.is(fCap) {
		return 0
	}
	wd := int(r.lx.info[tk.id].wday)
	if wd == 0 {
		return 0
	}
	// Abbreviations ("Tue", "Wed") only with a period or before a date.
	if tk.end-tk.start <= 4 && !r.punctAt(i+1, '.') && !r.punctAt(i+1, ',') {
		return 0
	}
	return wd
}

// monthAt returns the month named at token i and the token after the name (past an
// abbreviation's period), or 0.
func (r *recognizer) monthAt(i int) (int, int) {
	if i >= r.end {
		return 0, i
	}
	tk := &r.toks[i]
	// A month is capitalized, or in capitals in a headline ("AUGUST 12").
	if tk.kind != tokWord || !tk.is(fCap) {
		return 0, i
	}
	mo := int(r.lx.info[tk.id].month)
	if mo == 0 {
		return 0, i
	}
	next := i + 1
	// An abbreviation takes its period: Jan., Feb., Sept., Jun. and Jul., but not the period
	// after May, June or July written in full, which ends the sentence.
	n := tk.end - tk.start
	short := n <= 4 && mo != 5 && !((mo == 6 || mo == 7) && n == 4)
	if short && r.punctAt(next, '.') {
		next++
	}
	return mo, next
}

// calendarDate recognizes a written date at token i.
func (r *recognizer) calendarDate(i int, m *mention) (int, bool) {
	t := r.toks
	if i >= r.end {
		return i, false
	}
	// ISO: 2025-08-12.
	if t[i].kind == tokNumber && t[i].end-t[i].start == 4 && r.punctAt(i+1, '-') && r.glued(i+1) &&
		i+4 < r.end+1 && r.numLen(i+2) == 2 && r.punctAt(i+3, '-') && r.glued(i+3) && r.numLen(i+4) == 2 && r.glued(i+4) {
		y, mo, d := r.intAt(i), r.intAt(i+2), r.intAt(i+4)
		if validDate(y, mo, d) {
			n := dayNumber(y, mo, d)
			*m = mention{kind: KindDate, t0: i, t1: i + 5, d0: n, d1: n, prec: precDay, explicitYear: true}
			return i + 5, true
		}
	}
	// Month first: "August 12, 2025", "Aug. 12", "February 2025", "February".
	if mo, j := r.monthAt(i); mo > 0 {
		if d, next, ok := r.dayOfMonth(j); ok {
			{
				y, after, ok := r.yearAfter(next)
				if ok && validDate(y, mo, d) {
					n := dayNumber(y, mo, d)
					*m = mention{kind: KindDate, t0: i, t1: after, d0: n, d1: n, prec: precDay, explicitYear: true}
					return after, true
				}
				if n, ok := r.ref(i).resolveMonthDay(mo, d); ok {
					*m = mention{kind: KindDate, t0: i, t1: next, d0: n, d1: n, prec: precDay}
					return next, true
				}
			}
		}
		// A month alone, or with a year. "May" and "March" need a sign that they are months.
		if (mo == 5 || mo == 3) && !r.monthContext(i, j) {
			return i, false
		}
		// "February's airlift" names an event by its month; it states no date.
		if w := r.text[r.toks[i].start:r.toks[i].end]; possessiveLen(w) > 0 {
			m.kind = ""
			return i + 1, true
		}
		y, after, ok := r.yearAfter(j)
		if !ok {
			y, after = r.ref(i).resolveMonth(mo), j
		}
		*m = mention{kind: KindDate, t0: i, t1: after, d0: dayNumber(y, mo, 1), d1: dayNumber(y, mo, daysIn(y, mo)),
			prec: precMonth, explicitYear: ok}
		return after, true
	}
	// A day in words: "the first of August", "the first day of August", "the last day of July,
	// 2025". A capital names a holiday, not a day: "the Fourth of July".
	if r.wordAt(i-1, wThe) && t[i].kind == tokWord && !t[i].is(fCap) && (r.lx.info[t[i].id].ord > 0 || t[i].id == wLast) {
		j := i + 1
		if r.wordAt(j, wDay) {
			j++
		}
		if mo, k := r.monthAt(j + 1); mo > 0 && r.wordAt(j, wOf) && possessiveLen(r.text[t[j+1].start:t[j+1].end]) == 0 {
			y, after, ok := r.yearAfter(k)
			if !ok {
				y, after = r.ref(i).resolveMonth(mo), k
			}
			d := int(r.lx.info[t[i].id].ord)
			if t[i].id == wLast {
				d = daysIn(y, mo)
			}
			if validDate(y, mo, d) {
				n := dayNumber(y, mo, d)
				*m = mention{kind: KindDate, t0: i, t1: after, d0: n, d1: n, prec: precDay, explicitYear: ok}
				return after, true
			}
		}
	}
	// Day first: "12 August 2025", "12 Aug".
	if d, j, ok := r.dayOfMonth(i); ok {
		if r.wordAt(j, wOf) {
			j++
		}
		if mo, k := r.monthAt(j); mo > 0 {
			y, after, ok := r.yearAfterSpace(k)
			if ok && validDate(y, mo, d) {
				n := dayNumber(y, mo, d)
				*m = mention{kind: KindDate, t0: i, t1: after, d0: n, d1: n, prec: precDay, explicitYear: true}
				return after, true
			}
			if n, ok := r.ref(i).resolveMonthDay(mo, d); ok {
				*m = mention{kind: KindDate, t0: i, t1: k, d0: n, d1: n, prec: precDay}
				return k, true
			}
		}
	}
	return i, false
}

// monthContext reports whether the ambiguous words "May" and "March" at i are months.
func (r *recognizer) monthContext(i, after int) bool {
	if _, _, ok := r.yearAfter(after); ok {
		return true
	}
	if i > r.start {
		p := r.toks[i-1]
		if p.kind == tokWord {
			switch p.id {
			case wIn, wOf, wLast, wThis, wEarly, wLate, wMid, wSince, wUntil, wBy, wFrom, wThrough, wNext,
				wBefore, wAfter, wEnd, wStart, wBeginning, wMiddle:
				return true
			}
		}
		if p.kind == tokPunct && p.r == '-' && i >= r.start+2 && r.toks[i-2].id == wMid {
			return true
		}
	}
	return false
}

// yearAfter reads ", 2025" or " 2025" at i.
func (r *recognizer) yearAfter(i int) (int, int, bool) {
	j := i
	if r.punctAt(j, ',') {
		j++
	}
	return r.yearAfterSpace(j)
}

func (r *recognizer) yearAfterSpace(j int) (int, int, bool) {
	if r.numLen(j) == 4 && !r.gluedWord(j+1) {
		y := r.intAt(j)
		if y >= 1000 && y <= 2200 {
			return y, j + 1, true
		}
	}
	return 0, j, false
}

// part recognizes "early 2025", "mid-July", "late July 2025", "earlier this year", "last year".
func (r *recognizer) part(i int, m *mention) (int, bool) {
	t := r.toks
	if t[i].kind != tokWord {
		return i, false
	}
	season := int(r.lx.info[t[i].id].season)
	id := t[i].id
	if season > 0 && (id == wEarly || id == wMid || id == wLate) {
		j := i + 1
		if r.punctAt(j, '-') {
			j++
		}
		if y, after, ok := r.yearAfterSpace(j); ok {
			lo, hi := partOfYear(y, season)
			*m = mention{kind: KindDate, t0: i, t1: after, d0: lo, d1: hi, prec: precPart, explicitYear: true}
			return after, true
		}
		if mo, k := r.monthAt(j); mo > 0 && !r.isDayOfMonth(k) {
			y, after, ok := r.yearAfter(k)
			if !ok {
				y, after = r.ref(i).resolveMonth(mo), k
			}
			lo, hi := partOfMonth(y, mo, season)
			*m = mention{kind: KindDate, t0: i, t1: after, d0: lo, d1: hi, prec: precPart, explicitYear: ok}
			return after, true
		}
	}
	return i, false
}

// partOfYear returns the days of the early (Jan–Apr), mid (May–Aug) or late (Sep–Dec) part of y.
func partOfYear(y, season int) (int, int) {
	first := 1 + (season-1)*4
	return dayNumber(y, first, 1), dayNumber(y, first+3, daysIn(y, first+3))
}

// partOfMonth returns the days of the early (1–10), mid (11–20) or late (21–end) part of a month.
func partOfMonth(y, mo, season int) (int, int) {
	switch season {
	case 1:
		return dayNumber(y, mo, 1), dayNumber(y, mo, 10)
	case 2:
		return dayNumber(y, mo, 11), dayNumber(y, mo, 20)
	}
	return dayNumber(y, mo, 21), dayNumber(y, mo, daysIn(y, mo))
}
