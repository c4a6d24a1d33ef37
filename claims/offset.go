package claims

// Gaps between two moments: "a week before the first airlift", "Feb. 27, 2015 — ten years to
// the day before the first transfer", "less than six months after it sent 29 on Feb. 27". No
// claim states such a gap; it follows from the dates at both ends, so the matcher finds the two
// moments in the sentence and measures the gap itself:
//
//   - the moment before the duration is the nearest written date just before it, else the
//     event the sentence's subject names ("The February transfer came …");
//   - the moment after the relation word is the first written date after it, else the event an
//     ordinal names ("the first airlift"), else the first event cue (refined to the date claim
//     whose own cue follows: "that tariff took effect").
//
// A gap that cannot be anchored at both ends stays unchecked. "For four decades" in a sentence
// that has "has" and a year ("the 1985 killing has shaped … for four decades") is the gap from
// that year to the reference date.

import (
	"math"
	"slices"
)

// moment is one end of a gap.
type moment struct {
	day     int  // day number
	claim   int  // the date claim it was resolved to, or -1
	event   int  // the event it was resolved to, or -1
	written bool // a date written in the draft, to the day
	ord     int  // the ordinal mention that named the event, or -1
}

// sentenceMentions returns the range of mentions [lo,hi) of the sentence of mention mi.
func (m *matcher) sentenceMentions(mi int) (int, int) {
	ms := m.ms
	lo, hi := mi, mi+1
	for lo > 0 && ms[lo-1].sent == ms[mi].sent {
		lo--
	}
	for hi < len(ms) && ms[hi].sent == ms[mi].sent {
		hi++
	}
	return lo, hi
}

// offset judges a duration that measures the gap between two moments.
func (m *matcher) offset(mi int) {
	c := m.c
	mt := &m.ms[mi]
	a, okA := m.momentBefore(mi)
	other := math.MinInt
	if okA {
		other = a.day
	}
	b, okB := m.momentAfter(mi, other)
	if !okA || !okB {
		m.emit(mt, Unknown, SevInfo, KindDuration, -1, "", "", unknownMsg[kindIndex(KindDuration)])
		return
	}
	from, to := a, b // the earlier and the later moment, as the draft says
	if mt.rel > 0 {
		from, to = b, a
	}
	ci := to.claim
	if ci < 0 {
		ci = from.claim
	}
	gap := m.describeGap(from.day, to.day, mt)
	if m.gapFits(mt, from.day, to.day) {
		msg := "Agrees with the fact sheet: from " + civil(from.day).Human() + " to " + civil(to.day).Human() + " is " + gap + "."
		m.emit(mt, Supports, SevInfo, KindDuration, ci, gap, "", msg)
		return
	}
	// The gap is right for another event than the ordinal names ("ten years to the day before
	// the second transfer", when the first fell ten years to the day after): the ordinal is wrong.
	if b.ord >= 0 {
		want := m.shift(a.day, mt)
		for e := range c.set.Events {
			if e == b.event {
				continue
			}
			if d, ok := m.eventDate(e, mt.sent, -1, -1); ok && m.gapFits(mt, min(a.day, d), max(a.day, d)) && math.Abs(float64(d-want)) <= 1 {
				m.force[b.ord] = e
				msg := "Agrees with the fact sheet: from " + civil(from.day).Human() + " to " + civil(d).Human() + " is " + m.describeGap(min(a.day, d), max(a.day, d), mt) + "."
				m.emit(mt, Supports, SevInfo, KindDuration, -1, "", "", msg)
				return
			}
		}
	}
	sev := SevWarning
	if a.written && b.written {
		sev = SevError
	}
	msg := "From " + civil(from.day).Human() + " to " + civil(to.day).Human() + " is " + gap
	if to.day < from.day { // the order is the other way round
		back := m.describeGap(to.day, from.day, mt)
		gap = back + " the other way"
		msg = civil(to.day).Human() + " is " + back + " before " + civil(from.day).Human() + ", not after"
	}
	if ci >= 0 {
		msg += " (fact sheet: " + c.set.source(c.set.Claims[ci].Source).Title + ")"
	}
	msg += "; this says " + quote(m.spanText(mt)) + "."
	if sev == SevWarning {
		msg = "Possibly wrong: " + msg
	}
	m.emit(mt, Contradicts, sev, KindDuration, ci, gap, "", msg)
}

// sinceYear judges "has shaped … for four decades" against the year the sentence names. It
// reports false when the sentence is not of that shape.
func (m *matcher) sinceYear(mi int) bool {
	c := m.c
	mt := &m.ms[mi]
	if mt.dur.Unit != Years && mt.dur.Unit != Decades {
		return false
	}
	lo, _ := m.sentenceMentions(mi)
	year := -1
	yearEnd := 0
	for j := lo; j < mi; j++ {
		o := &m.ms[j]
		if o.kind == KindYear && !o.dateline {
			year, yearEnd = int(o.val), o.t1
		}
	}
	if year < 0 {
		return false
	}
	perfect := false
	for t := yearEnd; t < mt.t0; t++ {
		if m.c.r.toks[t].kind == tokWord && (m.c.r.toks[t].id == wHas || m.c.r.toks[t].id == wHave) {
			perfect = true
		}
	}
	ref := civil(c.r.refDay).Year
	if !perfect || year >= ref {
		return false
	}
	years := float64(ref - year)
	v := mt.dur.N
	if mt.dur.Unit == Decades {
		v *= 10
	}
	lo2, hi2 := interval(v, mt.hedge)
	tol := 1.0 // the year is all the draft gives
	if mt.dur.Unit == Decades && mt.hedge == hedgeNone {
		tol = 5
	}
	gap := decimal(ref-year) + " years"
	from := decimal(year) + " to " + decimal(ref)
	if years >= lo2-tol && years <= hi2+tol {
		m.emit(mt, Supports, SevInfo, KindDuration, -1, gap, "", "Agrees with the dates: from "+from+" is "+gap+".")
		return true
	}
	msg := "Possibly wrong: from " + from + " is " + gap + "; this says " + quote(m.spanText(mt)) + "."
	m.emit(mt, Contradicts, SevWarning, KindDuration, -1, gap, "", msg)
	return true
}

// momentBefore finds the moment the gap is measured from: a date written just before the
// duration, else the event the sentence names before it.
func (m *matcher) momentBefore(mi int) (moment, bool) {
	c := m.c
	mt := &m.ms[mi]
	lo, _ := m.sentenceMentions(mi)
	for j := mi - 1; j >= lo; j-- {
		o := &m.ms[j]
		if o.kind == KindDate && o.prec == precDay && !o.dateline && o.t1 <= mt.t0 && mt.t0-o.t1 <= 6 {
			return moment{day: o.d0, claim: -1, event: -1, written: true, ord: -1}, true
		}
	}
	best, bestT := -1, -1
	for _, h := range c.hits[mt.sent] {
		p := &c.set.lex.list[h.ph]
		if p.role == phEventCue && int(h.t1) <= mt.t0 && mt.t0-int(h.t1) <= 12 && int(h.t0) > bestT {
			best, bestT = int(p.target), int(h.t0)
		}
	}
	if best < 0 {
		return moment{}, false
	}
	d, ok := m.eventDate(best, mt.sent, -1, -1)
	return moment{day: d, claim: m.lastDateClaim, event: best, ord: -1}, ok
}

// momentAfter finds the moment after the relation words: a written date, else the event an
// ordinal or an event cue names. A date written on the day other, the moment before, is that
// moment's own and is passed over.
func (m *matcher) momentAfter(mi, other int) (moment, bool) {
	c := m.c
	mt := &m.ms[mi]
	w0, w1 := mt.relEnd, mt.relEnd+14
	_, hi := m.sentenceMentions(mi)
	for j := mi + 1; j < hi; j++ {
		o := &m.ms[j]
		if o.t0 >= w1 {
			break
		}
		// "ten years to the day after his capture: on Feb. 27, 2025, Mexico sent 29 north",
		// where the first transfer is the other moment: the date after the colon is that
		// transfer's own, and the moment is the capture named before it.
		if o.kind == KindDate && o.prec == precDay && !o.dateline && o.t0 >= w0 && o.d0 != other {
			return moment{day: o.d0, claim: -1, event: -1, written: true, ord: -1}, true
		}
	}
	for j := mi + 1; j < hi; j++ {
		o := &m.ms[j]
		if o.t0 >= w1 {
			break
		}
		if o.kind != KindOrdinal || o.t0 < w0 {
			continue
		}
		for _, u := range m.unitsOf(o) {
			cl := &c.set.Claims[u]
			if cl.Kind == ClaimOrdinal && cl.Value == o.val {
				if e := c.set.claimEvent[u]; e >= 0 {
					if d, ok := m.eventDate(e, mt.sent, w0, w1); ok {
						return moment{day: d, claim: m.lastDateClaim, event: e, ord: j}, true
					}
				}
			}
		}
	}
	hits := c.hits[mt.sent]
	for x, h := range hits {
		p := &c.set.lex.list[h.ph]
		if p.role != phEventCue || int(h.t0) < w0 || int(h.t0) >= w1 {
			continue
		}
		// "after La Tuta's capture": the moment is the capture, not the event the possessor
		// is a cue of.
		if k := int(h.t1) - 1; possessiveLen(m.text[c.r.toks[k].start:c.r.toks[k].end]) > 0 &&
			slices.ContainsFunc(hits[x+1:], func(o phraseHit) bool { return int(o.t0) == k+1 && c.set.lex.list[o.ph].role == phEventCue }) {
			continue
		}
		e := int(p.target)
		d, ok := m.eventDate(e, mt.sent, w0, w1)
		if !ok {
			continue
		}
		ord := -1
		for j := mi + 1; j < hi; j++ {
			if o := &m.ms[j]; o.kind == KindOrdinal && o.t0 >= int(h.t0) && o.t1 <= int(h.t1) {
				ord = j
			}
		}
		return moment{day: d, claim: m.lastDateClaim, event: e, ord: ord}, true
	}
	return moment{}, false
}

// eventDate returns the date of event e: the date claim of e whose own cue appears in tokens
// [w0,w1) of sentence si, else e's first date claim to the day. It leaves the claim in
// lastDateClaim.
func (m *matcher) eventDate(e, si, w0, w1 int) (int, bool) {
	set := m.c.set
	if w0 >= 0 {
		for _, ht := range m.c.hits[si] {
			p := &set.lex.list[ht.ph]
			if p.role == phClaimCue && int(ht.t0) >= w0 && int(ht.t0) < w1 {
				cl := &set.Claims[p.target]
				if cl.Kind == ClaimDate && set.claimEvent[p.target] == e && cl.Date.Day > 0 {
					m.lastDateClaim = int(p.target)
					return set.claimDay[p.target], true
				}
			}
		}
	}
	first := set.firstDate[e]
	m.lastDateClaim = first
	if first < 0 {
		return 0, false
	}
	return set.claimDay[first], true
}

// shift returns the day the duration leads to from day, in the direction the draft gives.
func (m *matcher) shift(day int, mt *mention) int {
	sign := 1
	if mt.rel > 0 {
		sign = -1
	}
	if mt.dur.Unit == Years || mt.dur.Unit == Decades {
		n := int(mt.dur.N)
		if mt.dur.Unit == Decades {
			n *= 10
		}
		d := civil(day)
		return dayNumber(d.Year+sign*n, d.Month, d.Day)
	}
	return day + sign*int(math.Round(mt.dur.Days()))
}

// gapFits reports whether the days from..to agree with the duration, allowing for the
// precision its unit implies ("a month" is not 30 days to the day) and for its hedge.
func (m *matcher) gapFits(mt *mention, from, to int) bool {
	gap := float64(to - from)
	if gap < 0 {
		return false
	}
	if mt.exact {
		return m.shift(from, &mention{dur: mt.dur, rel: -1}) == to
	}
	var grain float64
	switch mt.dur.Unit {
	case Hours:
		grain = 1
	case Days:
		// "176 days after" counts days: off by one at most (counting both ends or one). A round
		// figure ("100 days", "about 12 days") is looser.
		grain = 1
		if n := mt.dur.N; mt.hedge != hedgeNone || n >= 30 && n < 1e9 && n == float64(int(n)/10*10) {
			grain = math.Max(1, n*0.15)
		}
	case Weeks:
		grain = 3.5
	case Months:
		grain = 15
	case Years:
		grain = 182
	case Decades:
		grain = 1826
	}
	lo, hi := mt.lo, mt.hi
	if mt.dur.Unit == Years || mt.dur.Unit == Decades {
		// Calendar years: 365.25 days.
		lo, hi = lo*365.25/365, hi*365.25/365
	}
	switch mt.hedge {
	case hedgeNone, hedgeAbout:
		lo, hi = lo-grain, hi+grain
	default:
		lo, hi = lo-1, hi+1
	}
	return gap >= lo && gap <= hi
}

// describeGap writes the days from..to as an editor would: "5 days", "about 5.5 months", "10
// years".
func (m *matcher) describeGap(from, to int, mt *mention) string {
	n := to - from
	a, b := civil(from), civil(to)
	if a.Month == b.Month && a.Day == b.Day && b.Year > a.Year {
		return plural(b.Year-a.Year, "year")
	}
	switch {
	case n < 21:
		return plural(n, "day")
	case n < 63:
		return plural(n, "day") + " (about " + plural(int(math.Round(float64(n)/7)), "week") + ")"
	case n < 730:
		return "about " + formatNumber(math.Round(float64(n)/30.44*2)/2) + " months (" + plural(n, "day") + ")"
	}
	return "about " + formatNumber(math.Round(float64(n)/365.25*2)/2) + " years"
}

func plural(n int, unit string) string {
	s := decimal(n) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}
