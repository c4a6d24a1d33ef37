package claims

// Internal checks need no claim set: the draft disagreeing with itself. A weekday that does not
// fit its date ("Tuesday, Aug. 13, 2025"), a number written twice differently ("twenty-five
// (26)"), a total that does not add up ("29 in February and 26 in August, 56 in all"), the same
// definite quantity stated two ways in a paragraph ("the 26 detainees" … "the 28 detainees"), and
// an ordinal beyond the count of events the draft gives ("the third transfer" of "two transfers").

// The checks run as each sentence is judged, while its tokens and mentions are at hand. Their
// findings follow the matcher's findings of the sentence: first those of each mention
// (weekdayFits, wordsAndDigits, total) in mention order, then definite's; ordinalCount, which
// needs every count of the draft, runs at the end. Where two findings have the same span and
// severity, this is the order the report keeps (findingSorter), and it is the order a pass
// over the whole draft would make them in.

// internalChecks is what the internal checks keep between sentences.
type internalChecks struct {
	perMention []Finding // the sentence's findings of the checks of single mentions, in mention order
	definite   []Finding // the sentence's findings of definite

	// definite's memory of the paragraph: the definite quantities seen, with their folded
	// unit nouns in units.
	seen  []definiteSeen
	units []byte
	buf   []byte
}

// unitCounts is what ordinalCount needs of the whole draft: the smallest exact count of each
// unit noun (folded, singular), as a mention index, and the ordinals with a noun. The Checker
// notes them as each sentence is recognized (countUnit), so that they cost the matcher nothing.
type unitCounts struct {
	counts   map[string]int
	ordinals []int
	buf      []byte
}

// definiteSeen is a definite quantity seen earlier in the paragraph.
type definiteSeen struct {
	u0, u1 int // the folded unit noun, units[u0:u1]
	para   int
	event  int
	val    float64
}

// internalSentence runs the checks of single mentions, and definite, on the mentions from the
// one numbered first on: those of the sentence just judged.
func (m *matcher) internalSentence(first int) {
	// The findings go to their own lists for now: emit appends to m.out, so it is pointed
	// at each list in turn.
	out := m.out
	m.out = m.ic.perMention
	ms := m.ms
	for i := first; i < len(ms); i++ {
		mt := &ms[i]
		switch mt.kind {
		case KindDate:
			m.weekdayFits(mt)
		case KindCount:
			m.wordsAndDigits(mt)
			m.total(i)
		}
	}
	m.ic.perMention = m.out
	m.out = m.ic.definite
	for i := first; i < len(ms); i++ {
		m.definite(i)
	}
	m.ic.definite = m.out
	m.out = out
	m.out = append(m.out, m.ic.perMention...)
	m.out = append(m.out, m.ic.definite...)
	clear(m.ic.perMention)
	clear(m.ic.definite)
	m.ic.perMention, m.ic.definite = m.ic.perMention[:0], m.ic.definite[:0]
}

// internal runs ordinalCount, the one internal check that needs the whole draft.
func (m *matcher) internal() {
	m.ordinalCount()
}

// weekdayFits checks a weekday written with a full date.
func (m *matcher) weekdayFits(mt *mention) {
	if mt.wday == 0 || mt.prec != precDay {
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
		d.Human()[len(weekdayNames[actual])+2:]+" was a "+weekdayNames[actual]+"; this says "+quote(m.text[tk.start:tk.end])+".")
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
		"The same number is written two ways: "+quote(m.text[t[mt.n0].start:t[mt.n1-1].end])+" is "+formatNumber(mt.val)+", the digits say "+formatNumber(d)+".")
}

// total checks a count introduced as a total against the other counts of its sentence.
func (m *matcher) total(mi int) {
	mt := &m.ms[mi]
	if mt.hedge != hedgeNone {
		return
	}
	if !m.isTotal(mi) {
		return
	}
	sum, parts := 0.0, 0
	first := mi
	// The parts are in the total's sentence, near it (a sentence with no full stop may be a
	// whole pasted table).
	for first > 0 && m.ms[first-1].sent == mt.sent && m.ms[first-1].t0 >= mt.t0-cueReach {
		first--
	}
	for i := first; i < len(m.ms) && m.ms[i].sent == mt.sent && m.ms[i].t0 <= mt.t1+cueReach; i++ {
		o := &m.ms[i]
		if i == mi || o.kind != KindCount || o.hedge != hedgeNone {
			continue
		}
		if o.units.n() > 0 && mt.units.n() > 0 && !sameUnits(m.unitsOf(o), m.unitsOf(mt)) {
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
	// "the two transfers moved 55 people, 29 and 26": one of the other numbers is the sum of
	// the rest, so the sentence states its total there, and this number counts something else.
	for i := first; i < len(m.ms) && m.ms[i].sent == mt.sent && m.ms[i].t0 <= mt.t1+cueReach; i++ {
		o := &m.ms[i]
		// A number left out of the parts (its unit differs from this number's) that is their
		// sum. (One counted among them cannot be told from a part that equals the others' sum:
		// "30, 20 and 10, 50 in all".)
		if i != mi && o.kind == KindCount && o.hedge == hedgeNone && !o.foreign && o.val == sum {
			return
		}
	}
	m.emit(mt, Contradicts, SevError, KindInternal, -1, formatNumber(sum), m.rewrite(mt.n0, mt.t1, mt.n0, mt.n1, m.numberText(mt, sum)),
		"The total does not add up: the parts in this sentence make "+formatNumber(sum)+"; this says "+quote(m.spanText(mt))+".")
}

// tallyClause is how many tokens an opening "Counting …," clause may hold; tallyReach, how many
// mentions either side of a count isTotal compares it with.
const (
	tallyClause = 16
	tallyReach  = 12
)

// isTotal reports whether a count is introduced as a total: "a total of 55", "totaling 55",
// "bringing the total to 55", "55 in all", "55 altogether".
func (m *matcher) isTotal(mi int) bool {
	mt := &m.ms[mi]
	c := m.c
	t := c.r.toks
	lx := c.set.lex
	isTotal := false
	// "a total of 55", "totaling 55", "bringing the total to 55"
	for j := mt.t0 - 1; j >= mt.t0-3 && j >= c.sents[mt.sent].t0; j-- {
		if t[j].kind == tokWord && (lx.info[t[j].id].roles&rTotal != 0 && t[j].id != wAll) {
			isTotal = true
		}
	}
	// "Counting the 29 sent in February, Mexico has sent 55": after an opening clause of a few
	// words, the largest unhedged count of the sentence, not the parts an aside lists ("55 in
	// all — more than two dozen in August"). Only a few mentions either side are read.
	if s0 := c.sents[mt.sent].t0; t[s0].kind == tokWord && lx.info[t[s0].id].roles&rTally != 0 && mt.hedge == hedgeNone {
		comma := s0 + 1
		for comma < mt.t0 && comma < s0+tallyClause && !(t[comma].kind == tokPunct && t[comma].r == ',') {
			comma++
		}
		if comma < mt.t0 && t[comma].kind == tokPunct && t[comma].r == ',' {
			isTotal = true
			for k := max(mi-tallyReach, 0); k < len(m.ms) && k <= mi+tallyReach; k++ {
				if o := &m.ms[k]; o.sent == mt.sent && o.kind == KindCount && o.t0 > comma && o.val > mt.val {
					isTotal = false
				}
			}
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
	return isTotal
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
// definite quantity, about the same event, stated two ways. It is called for every mention in
// order.
func (m *matcher) definite(i int) {
	c := m.c
	t := c.r.toks
	ic := &m.ic
	mt := &m.ms[i]
	if mt.kind != KindCount || mt.hedge != hedgeNone || mt.unitTok[0] < 0 || mt.t0 == 0 {
		return
	}
	p := &t[mt.t0-1]
	if p.kind != tokWord || !(p.id == wThe || p.id == wThese || p.id == wThose) {
		return
	}
	ic.buf = appendFold(ic.buf[:0], m.text[t[mt.unitTok[0]].start:t[mt.unitTok[1]-1].end])
	para := c.sents[mt.sent].para
	if len(ic.seen) > 0 && ic.seen[0].para != para {
		// Mentions come in paragraph order: the earlier ones can no longer match.
		ic.seen, ic.units = ic.seen[:0], ic.units[:0]
	}
	ev := c.best[i]
	for _, s := range ic.seen {
		if string(ic.units[s.u0:s.u1]) == string(ic.buf) && s.para == para && s.event == ev {
			if s.val != mt.val {
				m.emit(mt, Contradicts, SevWarning, KindInternal, -1, formatNumber(s.val), m.rewrite(mt.n0, mt.t1, mt.n0, mt.n1, m.numberText(mt, s.val)),
					"Possibly wrong: earlier in this paragraph the draft speaks of the "+formatNumber(s.val)+" "+string(ic.buf)+"; this says "+quote(m.spanText(mt))+".")
			}
			return
		}
	}
	ic.seen = append(ic.seen, definiteSeen{len(ic.units), len(ic.units) + len(ic.buf), para, ev, mt.val})
	ic.units = append(ic.units, ic.buf...)
}

// countUnit notes mention i, just recognized, if it is a count of the draft, by its unit noun,
// keeping the smallest, or an ordinal with a noun. It is called for every mention in order.
func (c *Checker) countUnit(i int) {
	uc := &c.uc
	n := &c.r.mentions[i]
	switch {
	case n.kind == KindOrdinal && n.unitTok[0] >= 0:
		uc.ordinals = append(uc.ordinals, i)
	case n.kind == KindCount && n.hedge == hedgeNone && n.unitTok[0] >= 0 && n.val >= 1:
		if uc.counts == nil {
			uc.counts = map[string]int{}
		}
		// The map is read with a string(bytes) key, which does not allocate.
		uc.buf = unitNoun(uc.buf, c.r.text, c.r.toks, n)
		if k, seen := uc.counts[string(uc.buf)]; !seen || n.val < c.r.mentions[k].val {
			uc.counts[string(uc.buf)] = i
		}
	}
}

// unitOf returns the folded singular of the last word of a mention's unit noun, in a buffer the
// next call overwrites.
func (m *matcher) unitOf(mt *mention) []byte {
	m.ic.buf = unitNoun(m.ic.buf, m.text, m.c.r.toks, mt)
	return m.ic.buf
}

// unitNoun writes into buf the last word of mention mt's unit noun, folded and singular.
func unitNoun(buf []byte, text string, t []token, mt *mention) []byte {
	return singular(appendFold(buf[:0], text[t[mt.unitTok[1]-1].start:t[mt.unitTok[1]-1].end]))
}

// ordinalCount checks each ordinal against the smallest exact count of the same noun in the
// draft.
func (m *matcher) ordinalCount() {
	c := m.c
	t := c.r.toks
	for _, i := range c.uc.ordinals {
		o := &m.ms[i]
		j, ok := c.uc.counts[string(m.unitOf(o))]
		if !ok || m.ms[j].val >= o.val {
			continue
		}
		n := &m.ms[j]
		m.emit(o, Contradicts, SevWarning, KindInternal, -1, "", "",
			"Possibly wrong: the draft counts "+formatNumber(n.val)+" "+m.text[t[n.unitTok[0]].start:t[n.unitTok[1]-1].end]+" ("+
				quote(m.spanText(n))+"), yet calls this the "+m.spanText(o)+".")
	}
}

// singular drops the plural "s" of a folded noun.
func singular(w []byte) []byte {
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}
