package claims

// Durations: "90 days", "another 90 days", "three months", "a month", "a 90-day extension".
// "Two years ago" and "25 years old" are points in time and ages, not durations, and are skipped.
// "A week before the first airlift" is a gap between two moments: the mention records the
// relation, and the matcher checks it against the dates at both ends.

// duration recognizes a length of time whose number (v, tokens i to j) was already read.
func (r *recognizer) duration(i int, v float64, j int, words bool, m *mention) (int, bool) {
	k := j
	if r.punctAt(k, '-') && r.glued(k) {
		k++
	} else if r.roleAt(k, rMore) {
		k++ // "90 more days", "two additional months"
	}
	if k >= r.end || r.toks[k].kind != tokWord {
		return i, false
	}
	u := r.lx.info[r.toks[k].id].dur
	if u == NoUnit {
		return i, false
	}
	next := k + 1
	// "a 29-year-old pilot": an age.
	if r.punctAt(next, '-') && r.glued(next) && r.wordAt(next+1, wOld) {
		m.kind = ""
		return next + 2, true
	}
	// "three days ago": a day, counted back from the story's date like "yesterday".
	if r.wordAt(next, wAgo) && u == Days && v >= 1 && v <= 31 && v == float64(int(v)) {
		if h, _ := r.hedgeBefore(i); h == hedgeNone {
			day := r.refDay - int(v)
			*m = mention{kind: KindWeekday, t0: i, t1: next + 1, wday: int8(weekday(day)), wdayTok: i, d0: day, d1: day, prec: precDay,
				val: v, words: words}
			return next + 1, true
		}
	}
	// "two years ago", "25 years old", "two weeks later": a time or an age, not a length.
	if r.wordAt(next, wAgo) || r.wordAt(next, wOld) || r.wordAt(next, wLater) || r.wordAt(next, wEarlier) ||
		r.wordAt(next, wSince) {
		m.kind = ""
		return next + 1, true // consumed: a time or an age, not a duration
	}
	// "a week before the first airlift", "ten years to the day before": the gap between two
	// moments, checked against the dates at both ends (see offset.go).
	rel, relEnd, exact := r.relation(next)
	h, h0 := r.hedgeBefore(i)
	*m = mention{kind: KindDuration, val: v, words: words, rel: rel, relEnd: relEnd, exact: exact,
		t0: h0, t1: next, hedge: h, n0: i, n1: j, dur: Duration{N: v, Unit: u}, unitTok: [2]int{-1, -1}}
	d := m.dur.Days()
	m.lo, m.hi = interval(d, h)
	if m.rel != 0 {
		return m.relEnd, true
	}
	m.units, m.unitTok, _ = r.unitAfter(next)
	return next, true
}

// durationArticle recognizes "a month", "an hour", "another 90 days".
func (r *recognizer) durationArticle(i int, m *mention) (int, bool) {
	if !(r.wordAt(i, wA) || r.wordAt(i, wAn) || r.wordAt(i, wAnother)) {
		return i, false
	}
	if r.wordAt(i, wAnother) {
		if v, j, words, ok := r.parseNumber(i + 1); ok {
			if next, ok := r.duration(i+1, v, j, words, m); ok && m.kind != "" {
				return next, true
			}
		}
		return i, false
	}
	next, ok := r.duration(i, 1, i+1, true, m)
	if !ok || m.kind == "" {
		return i, false
	}
	return next, true
}

// relation reads "before", "after", "prior to" or "to the day before/after" at token i. It
// returns -1 for before, +1 for after, 0 for none; the token just past the relation words; and
// whether "to the day" makes the gap exact.
func (r *recognizer) relation(i int) (int8, int, bool) {
	exact := false
	if r.wordAt(i, wTo) && r.wordAt(i+1, wThe) && r.wordAt(i+2, wDay) {
		i, exact = i+3, true
	}
	switch {
	case r.wordAt(i, wBefore):
		return -1, i + 1, exact
	case r.wordAt(i, wAfter):
		return 1, i + 1, exact
	case r.wordAt(i, wPrior) && r.wordAt(i+1, wTo):
		return -1, i + 2, exact
	}
	return 0, i, false
}
