package claims

// Percentages and rates: "25%", "25 percent", "25 per cent", "twenty-five percent", "a 30%
// tariff", "a tariff of 30%", and differences in percentage points ("3 percentage points").

// percent recognizes a percentage whose number (value v, from token i to j) was already read.
func (r *recognizer) percent(i int, v float64, j int, words bool, m *mention) (int, bool) {
	next, points := j, false
	switch {
	case r.punctAt(j, '%') || r.punctAt(j, '％'):
		next = j + 1
	case r.wordAt(j, wPercent) || r.wordAt(j, wPct):
		next = j + 1
	case r.wordAt(j, wPer) && r.wordAt(j+1, wCent):
		next = j + 2
	case r.punctAt(j, '-') && r.glued(j) && r.wordAt(j+1, wPercent):
		next = j + 2
	case r.wordAt(j, wPercentage) && (r.wordAt(j+1, wPoint) || r.wordAt(j+1, wPoints)):
		next, points = j+2, true
	default:
		return i, false
	}
	if !points && (r.wordAt(next, wPoint) || r.wordAt(next, wPoints)) {
		next++
		points = true
	}
	h, h0 := r.hedgeBefore(i)
	*m = mention{kind: KindPercent, val: v, words: words, points: points, t0: h0, t1: next, hedge: h, n0: i, n1: j}
	m.lo, m.hi = interval(v, h)
	// The noun the rate applies to, after it ("a 30% tariff") or before it ("a tariff of 30%").
	m.units, m.unitTok = r.unitNear(h0, next)
	return next, true
}
