package claims

// Internal checks need no claim set: the draft disagreeing with itself. A weekday that does not
// fit its date ("Tuesday, Aug. 13, 2025"), a number written twice differently ("twenty-five
// (26)"), a total that does not add up ("29 in February and 26 in August, 56 in all"), the same
// definite quantity stated two ways in a paragraph ("the 26 detainees" … "the 28 detainees"), and
// an ordinal beyond the count of events the draft gives ("the third transfer" of "two transfers").

import "strconv"

func (m *matcher) internal() {
	c := m.c
	ms := c.r.mentions
	t := c.r.toks
	for i := range ms {
		mt := &ms[i]
		switch mt.kind {
		case KindDate:
			m.weekdayFits(mt)
		case KindCount:
			m.wordsAndDigits(mt)
			m.total(i)
		}
	}
	m.definite()
	m.ordinalCount()
	_ = t
}

// weekdayFits checks a weekday written with a full date.
func (m *matcher) weekdayFits(mt *mention) {
	if mt.wday == 0 || mt.prec != precDay || mt.dateline && false {
		return
	}
	actual := weekday(mt.d0)
	if actual == int(mt.wday) {
		return
	}
	t := m.c.r.toks
	tk := t[mt.wdayTok]
	d := civil(mt.d0)
	m.emitSpan(int(tk.start), int(tk.end), Contradicts, SevError, KindInternal, -1, weekdayNames[actual], weekdayNames[actual],
		d.Human()[len(weekdayNames[actual])+2:]+" was a "+weekdayNames[actual]+"; this says "+strconv.Quote(m.text[tk.start:tk.end])+".")
}

// wordsAndDigits checks "twenty-five (26)".
func (m *matcher) wordsAndDigits(mt *mention) {
	c := m.c
	t := c.r.toks
	j := mt.n1
	if !mt.words || mt.hedge != hedgeNone || j+2 >= len(t) || t[j].kind != tokPunct || t[j].r != '(' || t[j+1].kind != tokNumber || t[j+2].kind != tokPunct || t[j+2].r != ')' {
		return
	}
	d, ok := parseDigits(m.text[t[j+1].start:t[j+1].end])
	if !ok || d == mt.val {
		return
	}
	m.emitSpan(int(t[mt.n0].start), int(t[j+2].end), Contradicts, SevError, KindInternal, -1, "", "",
		"The same number is written two ways: "+strconv.Quote(m.text[t[mt.n0].start:t[mt.n1-1].end])+" is "+formatNumber(mt.val)+", the digits say "+formatNumber(d)+".")
}

// total checks a count introduced as a total against the other counts of its sentence.
func (m *matcher) total(mi int) {
	c := m.c
	t := c.r.toks
	mt := &c.r.mentions[mi]
	if mt.hedge != hedgeNone {
		return
	}
	lx := c.set.lex
	isTotal := false
	// "a total of 55", "totaling 55", "bringing the total to 55"
	for j := mt.t0 - 1; j >= mt.t0-3 && j >= c.sents[mt.sent].t0; j-- {
		if t[j].kind == tokWord && (lx.info[t[j].id].roles&rTotal != 0 && t[j].id != wAll) {
			isTotal = true
		}
	}
	// "55 in all", "55 in total", "55 altogether", "55 combined"
	k := mt.t1
	if mt.unitTok[1] > k {
		k = mt.unitTok[1]
	}
	if k < c.sents[mt.sent].t1 && t[k].kind == tokWord && (t[k].id == wAltogether || t[k].id == wCombined || t[k].id == wTogether) {
		isTotal = true
	}
	if k+1 < c.sents[mt.sent].t1 && t[k].id == wIn && (t[k+1].id == wAll || t[k+1].id == wTotal) {
		isTotal = true
	}
	if !isTotal {
		return
	}
	sum, parts := 0.0, 0
	first := mi
	for first > 0 && c.r.mentions[first-1].sent == mt.sent {
		first--
	}
	for i := first; i < len(c.r.mentions) && c.r.mentions[i].sent == mt.sent; i++ {
		o := &c.r.mentions[i]
		if i == mi || o.kind != KindCount || o.hedge != hedgeNone {
			continue
		}
		if len(o.units) > 0 && len(mt.units) > 0 && !sameUnits(o.units, mt.units) {
			continue
		}
		if o.foreign {
			continue
		}
		sum += o.val
		parts++
	}
	if parts < 2 || sum == mt.val {
		return
	}
	m.emit(mt, Contradicts, SevError, KindInternal, -1, formatNumber(sum), m.rewrite(mt.n0, mt.t1, mt.n0, mt.n1, m.numberText(mt, sum)),
		"The total does not add up: the parts in this sentence make "+formatNumber(sum)+"; this says "+strconv.Quote(m.spanText(mt))+".")
}

func sameUnits(a, b []int) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// definite checks "the 26 detainees" against "the 28 detainees" in one paragraph: the same
// definite quantity, about the same event, stated two ways.
func (m *matcher) definite() {
	c := m.c
	t := c.r.toks
	type seen struct {
		u0, u1 int // the folded unit noun, units[u0:u1]
		para   int
		event  int
		val    float64
	}
	var first []seen
	var units, buf []byte
	for i := range c.r.mentions {
		mt := &c.r.mentions[i]
		if mt.kind != KindCount || mt.hedge != hedgeNone || mt.unitTok[0] < 0 || mt.t0 == 0 {
			continue
		}
		p := &t[mt.t0-1]
		if p.kind != tokWord || !(p.id == wThe || p.id == wThese || p.id == wThose) {
			continue
		}
		buf = appendFold(buf[:0], m.text[t[mt.unitTok[0]].start:t[mt.unitTok[1]-1].end])
		para := c.sents[mt.sent].para
		if len(first) > 0 && first[0].para != para {
			// Mentions come in paragraph order: the earlier ones can no longer match.
			first, units = first[:0], units[:0]
		}
		ev := c.best[i]
		conflict := false
		for _, s := range first {
			if string(units[s.u0:s.u1]) == string(buf) && s.para == para && s.event == ev {
				if s.val != mt.val {
					m.emit(mt, Contradicts, SevWarning, KindInternal, -1, formatNumber(s.val), m.rewrite(mt.n0, mt.t1, mt.n0, mt.n1, m.numberText(mt, s.val)),
						"Possibly wrong: earlier in this paragraph the draft speaks of the "+formatNumber(s.val)+" "+string(buf)+"; this says "+strconv.Quote(m.spanText(mt))+".")
				}
				conflict = true
				break
			}
		}
		if !conflict {
			first = append(first, seen{len(units), len(units) + len(buf), para, ev, mt.val})
			units = append(units, buf...)
		}
	}
}

// ordinalCount checks an ordinal against a count of the same events in the draft.
func (m *matcher) ordinalCount() {
	c := m.c
	t := c.r.toks
	// unitOf folds into buf: the map is read with string(bytes) keys, which do not allocate.
	var buf []byte
	unitOf := func(mt *mention) []byte {
		buf = appendFold(buf[:0], m.text[t[mt.unitTok[1]-1].start:t[mt.unitTok[1]-1].end])
		return singular(buf)
	}
	// The exact counts of the draft, by unit noun: rare, so built only when an ordinal exists.
	var counts map[string]int
	for i := range c.r.mentions {
		o := &c.r.mentions[i]
		if o.kind != KindOrdinal || o.unitTok[0] < 0 {
			continue
		}
		if counts == nil {
			counts = map[string]int{}
			for j := range c.r.mentions {
				n := &c.r.mentions[j]
				if n.kind == KindCount && n.hedge == hedgeNone && n.unitTok[0] >= 0 && n.val >= 1 {
					if k, seen := counts[string(unitOf(n))]; !seen || n.val < c.r.mentions[k].val {
						counts[string(unitOf(n))] = j
					}
				}
			}
		}
		j, ok := counts[string(unitOf(o))]
		if !ok || c.r.mentions[j].val >= o.val {
			continue
		}
		n := &c.r.mentions[j]
		m.emit(o, Contradicts, SevWarning, KindInternal, -1, "", "",
			"Possibly wrong: the draft counts "+formatNumber(n.val)+" "+m.text[t[n.unitTok[0]].start:t[n.unitTok[1]-1].end]+" ("+
				strconv.Quote(m.spanText(n))+"), yet calls this the "+m.spanText(o)+".")
	}
}

// singular drops the plural "s" of a folded noun.
func singular(w []byte) []byte {
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}
