package claims

// Durations: "90 days", "another 90 days", "three months", "a month", "a 90-day extension".
// "Two years ago" and "25 years old" are points in time and ages, not durations, and are skipped.

// duration recognizes a length of time whose number (v, tokens i to j) was already read.
func (r *recognizer) duration(i int, v float64, j int, words bool) (mention, int, bool) {
	m := mention{kind: KindDuration, t0: i, val: v, words: words, unitTok: [2]int{-1, -1}}
	k := j
	if r.punctAt(k, '-') && r.glued(k) {
		k++
	}
	if k >= r.end || r.toks[k].kind != tokWord {
		return m, i, false
	}
	u := r.lx.info[r.toks[k].id].dur
	if u == NoUnit {
		return m, i, false
	}
	next := k + 1
	// "two years ago", "25 years old", "two weeks after the talks": a time or an age, not a length.
	if r.wordAt(next, wAgo) || r.wordAt(next, r.lx.ids["old"]) || r.wordAt(next, r.lx.ids["after"]) ||
		r.wordAt(next, r.lx.ids["before"]) || r.wordAt(next, r.lx.ids["later"]) || r.wordAt(next, r.lx.ids["earlier"]) ||
		r.wordAt(next, r.lx.ids["prior"]) || r.wordAt(next, r.lx.ids["since"]) {
		m.kind = ""
		return m, next + 1, true // consumed: a time or an age, not a duration
	}
	h, h0 := r.hedgeBefore(i)
	m.t0, m.t1, m.hedge, m.n0, m.n1 = h0, next, h, i, j
	m.dur = Duration{N: v, Unit: u}
	d := m.dur.Days()
	m.lo, m.hi = interval(d, h)
	m.units, m.unitTok, _ = r.unitAfter(next)
	return m, next, true
}

// durationArticle recognizes "a month", "an hour", "another 90 days".
func (r *recognizer) durationArticle(i int) (mention, int, bool) {
	m := mention{}
	if !(r.wordAt(i, wA) || r.wordAt(i, wAn) || r.wordAt(i, wAnother)) {
		return m, i, false
	}
	if r.wordAt(i, wAnother) {
		if v, j, words, ok := r.parseNumber(i + 1); ok {
			if dm, next, ok := r.duration(i+1, v, j, words); ok && dm.kind != "" {
				return dm, next, true
			}
		}
		return m, i, false
	}
	dm, next, ok := r.duration(i, 1, i+1, true)
	if !ok || dm.kind == "" {
		return m, i, false
	}
	return dm, next, true
}
