package claims

// Numbers and counts: "26", "1,000", "twenty-six", "Twenty-nine", "a dozen", "two dozen",
// "26-strong", and hedged forms that mean an interval: "about 26", "nearly 30", "more than two
// dozen", "at least 25", "fewer than 30". A number is a count unless something makes it another
// kind: a percent sign, a currency, a unit of time, a date, a year.

import (
	"math"
	"slices"
	"strings"
)

// parseNumber reads a number at token i, written in digits or words.
func (r *recognizer) parseNumber(i int) (val float64, next int, words, ok bool) {
	t := r.toks
	if i >= r.end {
		return 0, i, false, false
	}
	tk := &t[i]
	if tk.kind == tokNumber {
		v, ok := parseDigits(r.text[tk.start:tk.end])
		if !ok {
			return 0, i, false, false
		}
		next = i + 1
		if next < r.end && t[next].kind == tokWord {
			if sc := r.lx.info[t[next].id].scale; sc >= 1000 {
				w := r.text[t[next].start:t[next].end]
				// "1.2 million", "12m", "5bn": short scales only when glued.
				if len(w) > 2 || r.glued(next) {
					v *= float64(sc)
					next++
				}
			}
		}
		return v, next, false, true
	}
	if tk.kind != tokWord {
		return 0, i, false, false
	}
	info := r.lx.info[tk.id]
	// "a dozen", "a hundred", "a million".
	if (tk.id == wA || tk.id == wAn) && i+1 < r.end && t[i+1].kind == tokWord {
		if sc := r.lx.info[t[i+1].id].scale; sc > 0 && t[i+1].end-t[i+1].start > 2 {
			return float64(sc), i + 2, true, true
		}
		return 0, i, false, false
	}
	if info.num < 0 {
		return 0, i, false, false
	}
	total, cur := 0.0, float64(info.num)
	j := i + 1
	// "twenty-six"
	if info.num >= 20 && info.num%10 == 0 && r.punctAt(j, '-') && r.glued(j) && j+1 < r.end && r.glued(j+1) {
		if u := r.lx.info[t[j+1].id].num; t[j+1].kind == tokWord && u > 0 && u < 10 {
			cur += float64(u)
			j += 2
		}
	} else if info.num >= 20 && info.num < 100 && info.num%10 == 0 && j < r.end && t[j].kind == tokWord && !t[j].is(fNewline) {
		// "twenty six", written without the hyphen, is one number; "twenty, six" is two.
		if u := r.lx.info[t[j].id].num; u > 0 && u < 10 {
			cur += float64(u)
			j++
		}
	}
	for j < r.end && t[j].kind == tokWord {
		sc := r.lx.info[t[j].id].scale
		if sc == 0 || t[j].end-t[j].start <= 2 {
			break
		}
		if sc == 100 {
			cur *= 100
			j++
			// "one hundred and twenty", "one hundred twenty-six"
			k := j
			if r.wordAt(k, wAnd) {
				k++
			}
			if k < r.end && t[k].kind == tokWord && r.lx.info[t[k].id].num > 0 {
				v, n, _, ok := r.parseNumber(k)
				if ok && v < 100 {
					cur += v
					j = n
				}
			}
			continue
		}
		total += cur * float64(sc)
		cur = 0
		j++
	}
	return total + cur, j, true, true
}

// parseDigits reads "26", "1,000", "482.5".
func parseDigits(s string) (float64, bool) {
	v, frac, scale := 0.0, false, 1.0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if frac {
				scale /= 10
				v += float64(c-'0') * scale
			} else {
				v = v*10 + float64(c-'0')
			}
		case c == ',':
		case c == '.':
			frac = true
		default:
			return 0, false
		}
	}
	return v, !math.IsInf(v, 0)
}

// hedgeBefore reads a hedge ending just before token i and returns it with its first token.
func (r *recognizer) hedgeBefore(i int) (hedgeKind, int) {
	for k := range hedgePhrases {
		p := &hedgePhrases[k]
		if !r.wordAt(i-2, *p.a) || !r.wordAt(i-1, *p.b) {
			continue
		}
		switch {
		case p.a == &wMany: // "as many as"
			if !r.wordAt(i-3, wAs) {
				continue
			}
			return p.h, i - 3
		case p.no != hedgeNone && r.wordAt(i-3, wNo): // "no more than"
			return p.no, i - 3
		}
		return p.h, i - 2
	}
	if i-1 >= r.start && r.toks[i-1].kind == tokWord {
		// "handed over 26", "turned over 29": a verb's particle, not a hedge.
		if r.toks[i-1].id == wOver && r.roleAt(i-2, rOverVerb) {
			return hedgeNone, i
		}
		if h := r.lx.info[r.toks[i-1].id].hedge; h != hedgeNone {
			// "over" and "under" hedge only when nothing else explains them ("over 26 days").
			return h, i - 1
		}
	}
	return hedgeNone, i
}

// hedgePhrases are the hedges of two words (and "as many as"), a table rather than a chain of
// conditions: each condition inlined is code the browser downloads.
var hedgePhrases = [...]struct {
	a, b  *int32    // the two words
	h, no hedgeKind // the hedge, and the hedge with "no" before it ("no more than"), if any
}{
	{&wMore, &wThan, hedgeOver, hedgeAtMost},
	{&wUpwards, &wOf, hedgeOver, hedgeAtMost},
	{&wFewer, &wThan, hedgeUnder, hedgeAtLeast},
	{&wLess, &wThan, hedgeUnder, hedgeAtLeast},
	{&wAt, &wLeast, hedgeAtLeast, hedgeNone},
	{&wAt, &wMost, hedgeAtMost, hedgeNone},
	{&wUp, &wTo, hedgeAtMost, hedgeNone},
	{&wMany, &wAs, hedgeAtMost, hedgeNone},
	{&wClose, &wTo, hedgeNearly, hedgeNone},
	{&wAn, &wEstimated, hedgeAbout, hedgeNone},
	{&wJust, &wOver, hedgeOver, hedgeNone},
	{&wJust, &wUnder, hedgeUnder, hedgeNone},
}

// interval returns the values a hedged number allows.
func interval(v float64, h hedgeKind) (float64, float64) {
	const eps = 1e-9
	switch h {
	case hedgeAbout:
		d := math.Max(v*0.1, 1)
		return v - d, v + d
	case hedgeNearly:
		return v * 0.9, v - eps
	case hedgeOver:
		return v + eps, math.Inf(1)
	case hedgeAtLeast:
		return v, math.Inf(1)
	case hedgeUnder:
		return 0, v - eps
	case hedgeAtMost:
		return 0, v
	}
	return v, v
}

// quantity recognizes a number at i and decides its kind: money, percent, duration, ordinal,
// year or count. Like every recognizer, it writes the mention to m only when it finds one (and
// then all of it), and reports consumed tokens that are no mention with m.kind "".
func (r *recognizer) quantity(i int, m *mention) (int, bool) {
	t := r.toks
	// "half a day", "nearly half a billion dollars": the quantity after "half a", halved.
	if r.wordAt(i, wHalf) && (r.wordAt(i+1, wA) || r.wordAt(i+1, wAn)) {
		next, ok := r.quantity(i+1, m)
		if !ok || m.hedge != hedgeNone || m.kind != KindMoney && m.kind != KindDuration && m.kind != KindCount {
			if ok && m.kind == "" {
				return next, true
			}
			return i, false
		}
		m.val /= 2
		v := m.val
		if m.kind == KindDuration {
			m.dur.N /= 2
			v = m.dur.Days()
		}
		m.t0, m.n0 = i, i
		h, h0 := r.hedgeBefore(i)
		if h != hedgeNone {
			m.hedge, m.t0 = h, h0
		}
		m.lo, m.hi = interval(v, h)
		return next, true
	}
	if next, ok := r.money(i, m); ok {
		return next, true
	}
	// "a month", "another 90 days"
	if next, ok := r.durationArticle(i, m); ok {
		if r.sinceSuperlative(m.t0) {
			m.kind = ""
		}
		return next, true
	}
	v, j, words, ok := r.parseNumber(i)
	if !ok {
		return i, false
	}
	tk := &t[i]
	// Numbers that are part of something else: MS-13, COVID-19, G20, No. 2, 3:30, 10 a.m.
	if tk.kind == tokNumber && i > r.start && r.glued(i) {
		p := &t[i-1]
		if p.kind == tokWord || p.kind == tokPunct && (p.r == '-' || p.r == '/' || p.r == '#' || p.r == '.' || p.r == ':' || p.r == '+') {
			m.kind = ""
			return j, true // consumed, no mention
		}
	}
	// A label: "Highway 57", "Article 89 of the constitution", written as a name (capitalized,
	// not merely first in its sentence): "in the second phase 25 prisoners" counts prisoners.
	if tk.kind == tokNumber && i-1 > r.start && !r.glued(i) && t[i-1].is(fCap) && r.roleAt(i-1, rLabel) {
		m.kind = ""
		return j, true
	}
	// "No. 42", "Calle Morelos, No. 42": an abbreviated label.
	if tk.kind == tokNumber && i-2 >= r.start && !r.glued(i) && r.punctAt(i-1, '.') && r.glued(i-1) && t[i-2].is(fCap) && r.roleAt(i-2, rLabel) {
		m.kind = ""
		return j, true
	}
	// An age: "aged 41", "the pair, ages 41 and 53", "said Rosa Villanueva, 67, who sells".
	if tk.kind == tokNumber && !words && r.isAge(i, j, v) {
		m.kind = ""
		for j+1 < r.end && (r.punctAt(j, ',') || r.wordAt(j, wAnd)) && t[j+1].kind == tokNumber {
			j += 2 // "ages 41 and 53"
		}
		return j, true
	}
	// An exchange rate: "18.7 per dollar", "18.7 to the dollar".
	if k := r.currencyAfter(j); k > j {
		m.kind = ""
		return k, true
	}
	if j < r.end && r.glued(j) && t[j].kind == tokPunct && (t[j].r == ':' || t[j].r == '/') {
		m.kind = ""
		return j + 2, true
	}
	// A score or tally, "6-3" or "6–3": not a count of anything named.
	if tk.kind == tokNumber && (r.punctAt(j, '-') || r.punctAt(j, '–')) && r.glued(j) && j+1 < r.end && t[j+1].kind == tokNumber && r.glued(j+1) {
		m.kind = ""
		return j + 2, true
	}
	if j < r.end && t[j].kind == tokWord && r.lx.info[t[j].id].roles&rTimeOfDay != 0 {
		m.kind = ""
		return j + 1, true
	}
	if tk.kind == tokNumber && r.ordinalSuffix(j) {
		return r.ordinalAt(i, v, j+1, m)
	}
	// Words alone: "one" is too often a pronoun to count ("one of them").
	if words && v == 1 && tk.id != wA && tk.id != wAn {
		if _, _, ok := r.unitAfter(j); !ok {
			m.kind = ""
			return j, true
		}
	}
	if next, ok := r.percent(i, v, j, words, m); ok {
		return next, true
	}
	if next, ok := r.duration(i, v, j, words, m); ok {
		if r.sinceSuperlative(m.t0) {
			m.kind = ""
		}
		return next, true
	}
	h, h0 := r.hedgeBefore(i)
	// A year: four digits, no separator, nothing counted after it.
	if tk.kind == tokNumber && j == i+1 && tk.end-tk.start == 4 && h == hedgeNone {
		if y := r.intAt(i); y >= 1000 && y <= 2200 {
			if _, _, counted := r.unitAfter(j); !counted {
				*m = mention{kind: KindYear, t0: i, t1: j, val: float64(y), lo: float64(y), hi: float64(y),
					d0: dayNumber(y, 1, 1), d1: dayNumber(y, 12, 31), unitTok: [2]int{-1, -1}}
				return j, true
			}
		}
	}
	*m = mention{kind: KindCount, val: v, words: words, hedge: h, t0: h0, t1: j, n0: i, n1: j, unitTok: [2]int{-1, -1}}
	m.lo, m.hi = interval(v, h)
	// "two dozen", "dozens of"
	if j < r.end && t[j].kind == tokWord && t[j].id == wDozen {
		v *= 12
		m.val, m.t1, m.n1 = v, j+1, j+1
		m.lo, m.hi = interval(v, h)
		j++
	} else if tk.id == wA && v == 12 && h == hedgeNone {
		m.lo, m.hi = 10, 14 // "a dozen" is a round figure
	}
	if m.n1 > m.n0+1 && t[m.n1-1].kind == tokWord && t[m.n1-1].id == wDozen && h == hedgeNone && v > 12 {
		m.lo, m.hi = v-2, v+2 // "two dozen" is a round figure too: 22 to 26
	}
	// "26-strong", and what it counts after "group of": "a 26-strong group of prisoners"
	look := j
	if r.punctAt(j, '-') && r.glued(j) && r.wordAt(j+1, wStrong) {
		j += 2
		m.t1 = j
		look = j
		if r.roleAt(j, rCollective) && r.wordAt(j+1, wOf) {
			look = j + 2
		}
	}
	units, ut, ok := r.unitAfter(look)
	m.units, m.unitTok = units, ut
	if !ok && !r.wordAt(h0-1, wAll) {
		// "Ten of the planes belonged to the army": a part of a whole.
		m.units, m.unitTok, ok = r.partitive(j)
		m.foreign = ok && m.unitTok[0] < 0
	}
	if !ok {
		m.bare, m.foreign = r.bareAfter(j)
		// A bare number stands for the event's headline count only when written as one: in
		// digits (or large words) after a determiner ("the 26 were"), never in parentheses.
		if m.bare && !(r.bareEligible(h0) && (!words || v >= 13)) {
			m.bare = false
		}
	}
	return j, true
}

// unitAfter finds claim-set unit nouns within four words after token j: "26 alleged cartel
// members". Of several, the one ending last wins, since the head of a noun phrase comes last
// ("29 other cartel figures" counts figures, not other cartels). The search stops at a function
// word ("26 sent to eight cities" counts no cities).
func (r *recognizer) unitAfter(j int) (unitRange, [2]int, bool) {
	words := 0
	var best unitRange
	bt := [2]int{-1, -1}
	mark := len(r.unitBuf) // a better noun replaces the one kept before it
	for k := j; k < r.end && words < 4; k++ {
		tk := &r.toks[k]
		// "11 of them army planes": look past a partitive.
		if tk.kind == tokWord && tk.id == wOf && k+1 < r.end && r.toks[k+1].kind == tokWord && r.lx.info[r.toks[k+1].id].roles&rFunction != 0 &&
			r.lx.info[r.toks[k+1].id].roles&rDeterminer == 0 {
			k++
			continue
		}
		if tk.kind == tokPunct {
			if (tk.r == '-' || tk.r == '.' && tk.end-tk.start == 1) && r.glued(k) {
				continue
			}
			break
		}
		if tk.kind == tokNumber {
			break
		}
		if units, end := r.unitsAt(k); len(units) > 0 && end > bt[1] && !r.modifier(k, end) {
			best, bt = r.keepUnits(mark, units), [2]int{k, end}
		} else if len(units) == 0 && bt[0] >= 0 && k >= bt[1] {
			break // the noun phrase ended at its noun: "12 aircraft belonged to the army"
		}
		if k > j && r.lx.info[tk.id].roles&rFunction != 0 {
			break
		}
		words++
	}
	return best, bt, bt[0] >= 0
}

// currencyAfter returns the token after "per dollar" or "to the dollar" at token j, or j.
func (r *recognizer) currencyAfter(j int) int {
	k := j + 1
	switch {
	case r.wordAt(j, wPer):
	case r.wordAt(j, wTo) && r.wordAt(k, wThe):
		k++
	default:
		return j
	}
	if k < r.end && r.toks[k].kind == tokWord && r.lx.info[r.toks[k].id].cur != 0 {
		return k + 1
	}
	return j
}

// sinceSuperlative reports whether a duration at token i measures how long since something was
// last as much: "its strongest level in a year", "the first time in a decade", "a record high in
// two years". It states no length of anything.
func (r *recognizer) sinceSuperlative(i int) bool {
	if !r.wordAt(i-1, wIn) {
		return false
	}
	for k := i - 2; k >= r.start && k >= i-4; k-- {
		if r.toks[k].kind != tokWord {
			return false
		}
		switch w := strings.ToLower(r.text[r.toks[k].start:r.toks[k].end]); w {
		case "first", "record", "worst", "most":
			return true
		case "arrest", "interest", "protest", "request", "west", "rest", "test", "forest", "guest", "harvest", "contest":
		default:
			if len(w) > 4 && w[len(w)-3:] == "est" {
				return true
			}
		}
	}
	return false
}

// partitive reads a count at the token before j as a part of a whole a claim counts: "ten of
// the planes", "two of the 26 prisoners". The part is counted by a unit noun of another claim
// later in its clause ("ten of the planes belonged to the army"), whose claims it returns with
// their tokens; with none (tokens -1), it is a part no claim counts ("twenty of the prisoners
// were flown"), not the whole. ok is false where no whole a claim counts follows.
func (r *recognizer) partitive(j int) (unitRange, [2]int, bool) {
	none := [2]int{-1, -1}
	k := j + 1
	if !r.wordAt(j, wOf) || !(r.wordAt(k, wThe) || r.wordAt(k, wThose) || r.wordAt(k, wThese) || r.wordAt(k, wIts)) {
		return unitRange{}, none, false
	}
	if k++; k < r.end && r.toks[k].kind == tokNumber {
		k++ // "of the 12 aircraft"
	}
	whole, wt, ok := r.unitAfter(k)
	if !ok {
		return unitRange{}, none, false
	}
	for p := wt[1]; p < r.end && p <= wt[1]+8; p++ {
		if tk := &r.toks[p]; tk.kind == tokNumber || tk.kind == tokPunct && !(tk.r == '-' && r.glued(p)) {
			break
		}
		// Only a noun that says whose part it is: "to the army", "from the navy"; "arrived on the
		// navy plane" says nothing of which part.
		units, end := r.unitsAt(p)
		if len(units) == 0 || slices.Equal(units, r.unitBuf[whole.u0:whole.u1]) || r.lx.info[r.toks[p].id].roles&rFunction == 0 {
			continue
		}
		return r.keepUnits(int(whole.u0), units), [2]int{p, end}, true
	}
	r.unitBuf = r.unitBuf[:whole.u0]
	return unitRange{}, none, true
}

// bareEligible reports whether a number with no noun at token i may stand for a count: not in
// parentheses ("(988)"), not a number label ("No. 2", "#3").
func (r *recognizer) bareEligible(i int) bool {
	if i <= r.start {
		return true
	}
	p := &r.toks[i-1]
	if p.kind == tokPunct {
		return p.r != '(' && p.r != '[' && p.r != '#'
	}
	if p.kind != tokWord || r.text[p.start:p.end] == "No" {
		return false
	}
	// After a preposition a number is an amount of something named before ("put the head
	// count at 988"), unless it is a total ("bringing the total to 55").
	switch p.id {
	case wAt, wTo, wBy, wFrom, wWith, wFor:
		for k := i - 2; k >= r.start && k >= i-6; k-- {
			if r.toks[k].kind == tokWord && r.lx.info[r.toks[k].id].roles&rTotal != 0 {
				return true
			}
		}
		return false
	}
	return true
}

// modifier reports whether the unit phrase at [k,end) is the singular of a plural noun used to
// modify the word after it: in "25 accused cartel operatives" the 25 count operatives, not cartels.
func (r *recognizer) modifier(k, end int) bool {
	if end >= r.end || r.toks[end].kind != tokWord || r.lx.info[r.toks[end].id].roles&rFunction != 0 {
		return false
	}
	for _, h := range r.hitsAt(k) {
		if int(h.t1) == end && r.lx.list[h.ph].role == phUnit && r.lx.list[h.ph].canonical != singularForm {
			return false
		}
	}
	return true
}

// unitsAt returns the claims whose unit phrase starts at token k (longest phrase only), in a
// buffer that the next call overwrites: keepUnits copies what a mention keeps.
func (r *recognizer) unitsAt(k int) ([]int, int) {
	units := r.unitScratch[:0]
	best := 0
	for _, h := range r.hitsAt(k) {
		p := &r.lx.list[h.ph]
		if p.role != phUnit {
			continue
		}
		if int(h.t1) > best {
			best, units = int(h.t1), units[:0]
		}
		if int(h.t1) == best {
			units = append(units, p.target)
		}
	}
	r.unitScratch = units
	return units, best
}

// keepUnits stores units at position mark of the draft's unit buffer, dropping what was kept
// after mark, and returns where it stored them. Mentions share the buffer rather than each
// allocating its own slice.
func (r *recognizer) keepUnits(mark int, units []int) unitRange {
	r.unitBuf = append(r.unitBuf[:mark], units...)
	return unitRange{int32(mark), int32(len(r.unitBuf))}
}

// bareAfter classifies what follows a number with no unit: nothing (a bare number, "the 26
// were"), or a noun no claim counts ("32 states").
func (r *recognizer) bareAfter(j int) (bare, foreign bool) {
	if j >= r.end {
		return true, false
	}
	tk := &r.toks[j]
	if tk.kind != tokWord {
		return true, false
	}
	if r.lx.info[tk.id].roles&rFunction != 0 || r.lx.info[tk.id].month > 0 {
		return true, false
	}
	// A verb in the past ("twenty-nine followed"), not a noun.
	if w := r.text[tk.start:tk.end]; len(w) > 4 && w[len(w)-2:] == "ed" {
		return true, false
	}
	return false, true
}

// isAge reports whether the number v at token i, ending before token j, is a person's age:
// after "age", "aged" or "ages", or set off by commas after a name ("Rosa Villanueva, 67, who
// sells"), the name being capitalized words that are no month or weekday.
func (r *recognizer) isAge(i, j int, v float64) bool {
	t := r.toks
	if v < 1 || v > 120 || v != float64(int(v)) || r.glued(i) {
		return false
	}
	if r.roleAt(i-1, rAge) {
		return true
	}
	if !r.punctAt(i-1, ',') || i-2 <= r.start || t[i-2].kind != tokWord || !t[i-2].is(fCap) {
		return false
	}
	if info := &r.lx.info[t[i-2].id]; info.month > 0 || info.wday > 0 {
		return false // "on Tuesday, 26 were sent"
	}
	return j >= r.end || r.punctAt(j, ',') || r.punctAt(j, '.') && j+1 >= r.end
}
