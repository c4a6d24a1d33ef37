package claims

// Matching decides which canonical claim a mention speaks about, from its sentence's context:
// event cues ("February", "Caro Quintero"), weighed by distance and clause; claim cues; and the
// noun that goes with the number ("vehicles", "days", "tariff"). A sentence with no cue borrows,
// more weakly, the context of the sentence before it in the same paragraph, and the story's
// primary event is assumed, more weakly still, where nothing else speaks.
//
// The verdict then follows: the mention supports a plausible claim whose value it fits; it
// contradicts the most plausible claim otherwise, as an error when the context is strong and
// unambiguous, as a warning when it is not; it is unknown when no claim could be meant.

import (
	"cmp"
	"slices"
	"strings"
)

type matcher struct {
	figuresSent int  // the sentence numbersOnly last worked out, plus one (0: none)
	figures     bool // what it found
	c           *Checker
	text        string
	ms          []mention // the mentions recognized so far: those of the sentence judged and before
	units       []int     // the recognizer's unitBuf, as far as ms's mentions use it
	cueBuf      []cueHit  // the Checker's, as far as the sentences handed over (prepare)
	dateBuf     []dateHit // the same
	out         []Finding
	cands       []candidate // reused for every mention

	unitSent  int    // the sentence unitNamed describes, or -1
	unitNamed []bool // per claim: whether sentence unitSent names one of its unit nouns

	cueW    []float64 // per claim: weight of its best claim cue for the mention at hand
	cueH    []int     // per claim: that cue's hit index, or -1
	touched []int     // claims whose cueW is set

	evScore  []float64 // per event, for the mention at hand
	evCue    []int     // per event: the cue hit that gave the score, or -1
	prevEv   []float64 // event context of the previous sentence in the paragraph
	prevPara int
	prevSent int
	sentEv   []float64 // event context of the current sentence, for carrying over

	dateHits      []dateHit   // dates of the current sentence that are an event's date (a view of dateBuf)
	force         map[int]int // mention → the event a measured gap proved it is about
	lastDateClaim int         // set by eventDate
	nextSent      int         // the next sentence to enter
	contra        []contradiction
	groupHits     []groupHit // affiliation's, reused
	ic            internalChecks

	perm, inv []int32   // orderMany's
	scratch   []Finding // orderMany's
	isContra  []bool    // dedupe's
	cover     []bool    // nameAt's: per token of sentence coverSent, inside a person's name
	coverSent int
	drops     []int32 // dedupe's

	cur, other sentenceCues // the cues of the sentence at hand, and of one other (see cues)
	primary    []bool       // per event: the story's main event
}

// sentenceCues holds one sentence's phrase hits sorted by what they stand for, each list in the
// order of the hits, so that the matcher's many questions about a sentence (for every mention,
// every token near a name) read only the hits that can answer them.
type sentenceCues struct {
	si      int      // the sentence; -1 before any
	events  []cueHit // event cues
	claims  []cueHit // claim cues
	persons []cueHit // names of people
	groups  []cueHit // names of groups
	offices []cueHit // office titles
	quals   []cueHit // office qualifiers
}

// cueHit is a phrase hit of a sentence, with what matching asks of it.
type cueHit struct {
	hi     int  // index among the sentence's hits
	t0, t1 int  // token range
	target int  // the event or claim the phrase stands for
	total  bool // it starts with a word of totals ("bringing the total to 55")
}

func (h *cueHit) covers(j int) bool { return h.t0 <= j && j < h.t1 }

// cueReach is how many tokens away a cue may speak of a mention. Farther cues weigh under 0.07
// by distance; the limit keeps a sentence with no full stop (a pasted table) linear to check.
const cueReach = 80

// near returns the hits (in token order) that start within cueReach of tokens [t0,t1).
func near(hs []cueHit, t0, t1 int) []cueHit {
	lo, hi := 0, len(hs)
	for lo < hi { // the first hit starting at or after t0-2*cueReach (phrases are short)
		mid := (lo + hi) / 2
		if hs[mid].t0 < t0-2*cueReach {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	end := lo
	for end < len(hs) && hs[end].t0 <= t1+cueReach {
		end++
	}
	for lo < end && hs[lo].t1 < t0-cueReach {
		lo++
	}
	return hs[lo:end]
}

// build sorts the hits of sentence si.
func (sc *sentenceCues) build(c *Checker, si int) {
	sc.si = si
	sc.events, sc.claims, sc.persons = sc.events[:0], sc.claims[:0], sc.persons[:0]
	sc.groups, sc.offices, sc.quals = sc.groups[:0], sc.offices[:0], sc.quals[:0]
	lx := c.set.lex
	for hi, h := range c.hits[si] {
		p := &lx.list[h.ph]
		ch := cueHit{hi: hi, t0: int(h.t0), t1: int(h.t1), target: p.target}
		if tk := &c.r.toks[h.t0]; tk.kind == tokNumber && tk.is(fNoFact) && (p.role == phEventCue || p.role == phClaimCue) {
			continue // "29" in "a 29-year-old pilot" or "Highway 29"
		}
		switch p.role {
		case phEventCue:
			tk := &c.r.toks[h.t0]
			ch.total = tk.kind == tokWord && tk.id != wAll && lx.info[tk.id].roles&rTotal != 0
			sc.events = append(sc.events, ch)
		case phClaimCue:
			sc.claims = append(sc.claims, ch)
		case phName:
			if c.set.Claims[p.target].Kind == ClaimPerson {
				sc.persons = append(sc.persons, ch)
			} else {
				sc.groups = append(sc.groups, ch)
			}
		case phOffice:
			sc.offices = append(sc.offices, ch)
		case phQualifier:
			sc.quals = append(sc.quals, ch)
		}
	}
	if c.set.personEvents && len(sc.persons) > 0 {
		n := 0
		for _, h := range sc.events {
			if !sc.otherSubject(c, h) {
				sc.events[n] = h
				n++
			}
		}
		sc.events = sc.events[:n]
	}
}

// otherSubject reports whether event cue h, of an event that happened to one person, follows
// the name of another person of the claim set as what happened to that one: within three
// tokens after the name ("Caro Quintero, arrested in 2022", "Caro Quintero was arrested on
// …"), the name neither a possessor ("Sheinbaum's cabinet") nor a speaker ("García Harfuch
// said the Knights Templar chief was captured").
func (sc *sentenceCues) otherSubject(c *Checker, h cueHit) bool {
	p := c.set.eventPerson[h.target]
	if p < 0 {
		return false
	}
	t := c.r.toks
	info := c.set.lex.info
	for _, q := range sc.persons {
		if q.target == p || q.t1 > h.t0 || h.t0-q.t1 > 3 {
			continue
		}
		last := &t[q.t1-1]
		if possessiveLen(c.r.text[last.start:last.end]) > 0 {
			continue
		}
		if k := q.t1; k < len(t) && t[k].kind == tokWord && info[t[k].id].roles&rSpeech != 0 {
			continue
		}
		return true
	}
	return false
}

// answers reports whether sentence si answers a question: the sentence before ends with "?"
// ("How many men did Mexico fly north on Tuesday? Twenty-five.").
func (m *matcher) answers(si int) bool {
	return si > 0 && m.asks(si-1)
}

// asks reports whether sentence si ends with "?": "Forty? Sixty?" asks, and states nothing.
func (m *matcher) asks(si int) bool {
	p := m.c.sents[si]
	for j := p.t1 - 1; j >= p.t0; j-- {
		if tk := &m.c.r.toks[j]; tk.kind == tokPunct {
			if tk.r == '?' {
				return true
			}
			continue // a closing quote or bracket
		}
		break
	}
	return false
}

// otherRate reports whether sentence si names a rate of something no tariff claim is about:
// inflation, interest, a benchmark, a poll.
func (m *matcher) otherRate(si int) bool {
	s := m.c.sents[si]
	for j := s.t0; j < s.t1; j++ {
		if tk := &m.c.r.toks[j]; tk.kind == tokWord && m.c.set.lex.info[tk.id].roles&rOtherRate != 0 {
			return true
		}
	}
	return false
}

// monthCue reports whether hit hi of sentence si is a month's name alone ("July"), not a day.
func (m *matcher) monthCue(si, hi int) bool {
	h := m.c.hits[si][hi]
	tk := &m.c.r.toks[h.t0]
	return h.t1-h.t0 == 1 && tk.kind == tokWord && m.c.set.lex.info[tk.id].month > 0
}

// claimCueIn reports whether sentence si holds, starting within tokens [lo,hi), a cue of claim
// ci or of its event; in words only, no date, month or relative time, where words is set.
// "agreed to a 90-day extension …, which means the 30 percent rate …" speaks of the extension
// in words; "Caro Quintero, sought over the 1985 killing of …" holds the killing's cue in the
// aside.
func (m *matcher) claimCueIn(si, ci, lo, hi int, words bool) bool {
	c := m.c
	sc := m.cues(si)
	e := c.set.claimEvent[ci]
	for k, hs := range [2][]cueHit{sc.claims, sc.events} {
		want := ci // a claim cue of the claim, then an event cue of its event
		if k == 1 {
			want = e
		}
		for _, h := range hs {
			if want >= 0 && h.target == want && h.t0 >= lo && h.t0 < hi &&
				!(words && (c.dateTok[h.t0] != 0 || m.relativeTime(h))) {
				return true
			}
		}
	}
	return false
}

// relativeTime reports whether cue h is a time of its own, relative to the story's date: "this
// week", "last month". A date in the same sentence ("has gained 10% since January, trading
// near 18.6 this week") is another time.
func (m *matcher) relativeTime(h cueHit) bool {
	t := m.c.r.toks
	if h.t1-h.t0 != 2 || t[h.t0].kind != tokWord || !(t[h.t0].id == wThis || t[h.t0].id == wLast) {
		return false
	}
	u := m.c.set.lex.info[t[h.t0+1].id].dur
	return t[h.t0+1].kind == tokWord && (u == Weeks || u == Months || u == Years)
}

// wordBetween reports whether word id lies among tokens [a,b).
func (m *matcher) wordBetween(a, b int, id int32) bool {
	for j := a; j < b; j++ {
		if tk := &m.c.r.toks[j]; tk.kind == tokWord && tk.id == id {
			return true
		}
	}
	return false
}

// countsOthers reports whether a count claim's nouns are others of a kind ("other groups"): it
// counts what "N other groups" counts. ("Others" alone is a noun for people.)
func countsOthers(cl *Claim) bool {
	for _, u := range cl.Units {
		if len(u) > 6 && equalFoldASCII("other ", u[:6]) {
			return true
		}
	}
	return false
}

// othersAfter reports whether "other" or "others" follows the count: "25 other prisoners",
// "the 25 others".
func (m *matcher) othersAfter(mt *mention) bool {
	j := mt.t1
	return j < m.c.sents[mt.sent].t1 && m.c.r.toks[j].kind == tokWord && m.c.set.lex.info[m.c.r.toks[j].id].roles&rOther != 0
}

// oneLeftOut reports whether the others of "N others" leave out one: "with 25 other
// prisoners", "La Tuta and 25 others"; not "El Cuini, La Tuta and 25 others".
func (m *matcher) oneLeftOut(mt *mention) bool {
	t := m.c.r.toks
	j := mt.t0 - 1
	if j < 0 || t[j].kind != tokWord {
		return false
	}
	if t[j].id == wWith {
		return true
	}
	if t[j].id != wAnd {
		return false
	}
	for _, q := range m.cues(mt.sent).persons {
		if q.t1 == j {
			k := q.t0 - 1
			return k < 0 || !(t[k].kind == tokPunct && t[k].r == ',' || t[k].kind == tokWord && t[k].id == wAnd)
		}
	}
	return false
}

// numbersOnly reports whether the sentence of mention mi holds nothing but count mentions,
// punctuation, "and" and "or": "Fifty-five.", "25, 50 and 30.".
func (m *matcher) numbersOnly(mi int) bool {
	c := m.c
	if m.figuresSent == m.ms[mi].sent+1 {
		return m.figures // worked out for the sentence's first count
	}
	m.figuresSent, m.figures = m.ms[mi].sent+1, false
	s := c.sents[m.ms[mi].sent]
	if s.t0 > 0 && c.r.toks[s.t0-1].kind != tokPunct {
		return false // a hard-wrapped line that goes on with the sentence before ("sent was\n25.")
	}
	lo, hi := m.sentenceMentions(mi)
	k := lo
	for j := s.t0; j < s.t1; j++ {
		for k < hi && m.ms[k].t1 <= j {
			k++
		}
		if k < hi && m.ms[k].t0 <= j && m.ms[k].kind == KindCount {
			continue
		}
		tk := &c.r.toks[j]
		if tk.kind == tokPunct || tk.is(fNoFact) || tk.kind == tokWord && (tk.id == wAnd || tk.id == wOr) {
			continue
		}
		return false
	}
	m.figures = true
	return true
}

// ownDate returns the candidate a date to the day fits that its own stretch of the sentence
// (up to a comma or a clause break) speaks of, or -1, when the best candidate, which the date
// does not fit, has no cue in that stretch and was tied to it from beyond. The date is then
// possibly wrong, not an error: it may be that candidate's date, or it put in the wrong place
// ("Trump's letter, sent on Aug. 1, …"). The stretch speaks of
// a candidate of the best one's own event as such (two dates of one event: "a 30% rate,
// threatened in a letter dated July 12, was due on Aug. 1"); of another event only by a word
// of it, a cue or a noun, not by the date itself ("which kept a 30% tariff from taking effect
// on Aug. 1" after the talks' extension; but "the latest transfer, carried out on Aug. 1,"
// stays wrong). A date that says when something starts goes to a start of the best one's event
// ("a letter threatening 30% starting August 1").
func (m *matcher) ownDate(mt *mention, cands []candidate, best int) int {
	c := m.c
	set := c.set
	lo, hi := m.stretch(mt)
	b := cands[best]
	be := set.claimEvent[b.ci]
	startDay := m.startsAt(mt)
	// What of the stretch, the date apart, speaks of event e (any cue or noun of it or of its
	// claims), or of claim ci alone (its own cues).
	speaks := func(e, ci int) bool {
		for _, h := range c.hits[mt.sent] {
			if int(h.t0) < lo || int(h.t1) > hi || int(h.t0) < mt.t1 && int(h.t1) > mt.t0 || c.dateTok[h.t0] != 0 {
				continue
			}
			p := &set.lex.list[h.ph]
			switch {
			case ci >= 0:
				if p.role == phClaimCue && p.target == ci {
					return true
				}
			case p.role == phEventCue:
				if p.target == e {
					return true
				}
			case p.role == phClaimCue || p.role == phUnit:
				if set.claimEvent[p.target] == e {
					return true
				}
			}
		}
		return false
	}
	if startDay {
		for k, cd := range cands {
			if cd.fits && k != best && be >= 0 && set.claimEvent[cd.ci] == be && set.startClaim[cd.ci] {
				return k
			}
		}
	}
	if b.cueT >= lo && b.cueT < hi || speaks(be, b.ci) {
		return -1
	}
	for k, cd := range cands {
		if !cd.fits || k == best {
			continue
		}
		e := set.claimEvent[cd.ci]
		if e >= 0 && e == be || e >= 0 && e != be && speaks(e, -1) && (be < 0 || !speaks(be, -1)) {
			return k
		}
	}
	return -1
}

// stretch returns the tokens of mention mt's stretch of its sentence: up to a comma or a clause
// break on either side.
func (m *matcher) stretch(mt *mention) (lo, hi int) {
	t, lx := m.c.r.toks, m.c.set.lex
	s := m.c.sents[mt.sent]
	lo, hi = mt.t0, mt.t1
	for lo > s.t0 && !(t[lo-1].kind == tokPunct && t[lo-1].r == ',') && !isClauseBreak(&t[lo-1], lx) {
		lo--
	}
	for hi < s.t1 && !(t[hi].kind == tokPunct && t[hi].r == ',') && !isClauseBreak(&t[hi], lx) {
		hi++
	}
	return lo, hi
}

// cues returns the sorted hits of sentence si, which the Checker sorted when it recognized the
// sentence (prepare).
func (m *matcher) cues(si int) *sentenceCues {
	if m.cur.si == si {
		return &m.cur
	}
	if m.other.si != si {
		m.other.view(m.cueBuf, &m.c.prep[si], si)
	}
	return &m.other
}

// sentenceOf returns the sentence holding token j, or -1.
func (m *matcher) sentenceOf(j int) int {
	c := m.c
	if s := m.prevSent; s >= 0 && c.sents[s].t0 <= j && j < c.sents[s].t1 {
		return s
	}
	// Sentences are in order and leave no token out: the last one starting at or before j.
	i, _ := slices.BinarySearchFunc(c.sents, j+1, func(s sentence, t int) int { return cmp.Compare(s.t0, t) })
	if i--; i >= 0 && c.sents[i].t0 <= j && j < c.sents[i].t1 {
		return i
	}
	return -1
}

// Evidence strengths.
const (
	strong        = 0.3  // context (cues, not the unit) enough for an error
	supportMargin = 0.12 // how much less plausible a claim the mention fits may be
	unitWeight    = 0.5
	primaryAmb    = 0.08 // the primary event, where no cue speaks
	clauseFloor   = 0.25 // an event cue anywhere in the mention's clause
	conjFloor     = 0.2  // an event cue beyond a conjunction in the mention's sentence
	exactDate     = 0.45 // a full date equal to a fact-sheet date
	rivalDate     = 0.6  // how plausible, against the best claim, a claim a full date fits must be to soften a contradiction
	fitDate       = 0.3  // a day without a year that fits a fact-sheet date
	fitMonth      = 0.15 // a month or a season that fits one: many facts share a month
)

// start prepares the matcher, which the Checker keeps, for the draft text: every field as new,
// but the buffers of the last draft kept for reuse, so that a short draft does not pay for them.
// The findings are appended to out.
func (m *matcher) start(c *Checker, text string, out []Finding) {
	old := *m
	ne, nc := len(c.set.Events), len(c.set.Claims)
	*m = matcher{c: c, text: text, out: out,
		cands: old.cands[:0], touched: old.touched[:0], contra: old.contra[:0],
		groupHits: old.groupHits[:0], force: old.force,
		perm: old.perm, inv: old.inv, scratch: old.scratch, isContra: old.isContra, drops: old.drops,
		cover: old.cover, coverSent: -1, unitSent: -1, unitNamed: old.unitNamed,
		evScore: resize(old.evScore, ne), evCue: resize(old.evCue, ne), prevEv: resize(old.prevEv, ne),
		sentEv: resize(old.sentEv, ne), primary: resize(old.primary, ne),
		cueW: resize(old.cueW, nc), cueH: resize(old.cueH, nc),
		cur: old.cur, other: old.other,
		ic: internalChecks{perMention: old.ic.perMention[:0], definite: old.ic.definite[:0], seen: old.ic.seen[:0],
			units: old.ic.units[:0], buf: old.ic.buf[:0]},
	}
	m.prevPara, m.prevSent = -1, -1
	m.cur.si, m.other.si = -1, -1
	set := c.set
	for e := range set.Events {
		m.primary[e] = set.Events[e].Primary
	}
	// A story dated months before its claim set's main event began speaks of an earlier one: in
	// a wire story of Feb. 28, 2025 the main transfer is February's. The main event's place goes to the
	// latest event of its sort (sameSort) begun by the story's date.
	for e := range set.Events {
		if !m.primary[e] || set.eventDay[e] == 0 || set.eventDay[e] <= c.r.refDay+laterEvent {
			continue
		}
		alt := -1
		for x := range set.Events {
			if x != e && set.sameSort[e][x] && set.eventDay[x] > 0 && set.eventDay[x] <= c.r.refDay &&
				(alt < 0 || set.eventDay[x] > set.eventDay[alt]) {
				alt = x
			}
		}
		if alt >= 0 {
			m.primary[e], m.primary[alt] = false, true
		}
	}
	if m.force == nil {
		m.force = map[int]int{}
	}
	clear(m.force)
	for i := range m.cueH {
		m.cueH[i] = -1
	}
	c.best = c.best[:0]
}

// unitsOf returns the claims whose unit noun goes with mention mt.
func (m *matcher) unitsOf(mt *mention) []int { return m.units[mt.units.u0:mt.units.u1] }

// resize returns s with length n and every element zero, reusing its array when it is large
// enough.
func resize[T any](s []T, n int) []T {
	s = slices.Grow(s[:0], n)[:n]
	clear(s)
	return s
}

// judge judges the mentions from the one numbered first on: those of the sentence just
// recognized. Sentences are entered in order, every one up to the mention's, so that every
// sentence's cues carry over.
func (m *matcher) judge(first int) {
	c := m.c
	ms := m.ms
	o0 := len(m.out)
	for range ms[first:] {
		c.best = append(c.best, -1)
	}
	for i := first; i < len(ms); i++ {
		mt := &ms[i]
		for m.nextSent <= mt.sent {
			m.enterSentence(m.nextSent)
			m.nextSent++
		}
		switch {
		case mt.kind == KindName:
			m.name(i)
		case mt.kind == KindOffice:
			m.holder(i)
		case mt.kind == KindDuration && mt.rel != 0:
			m.offset(i)
		case mt.kind == KindDuration && m.sinceYear(i):
		default:
			if mt.dateline {
				continue
			}
			m.quantity(i)
		}
	}
	m.internalSentence(first)
	m.order(o0)
	m.dedupe(o0)
}

// order puts the findings from m.out[o0] on, those of the sentence just judged, in the order of
// their spans, keeping the order they were made in where two spans are the same, so that the
// report's sort (findingSorter) finds them in place. The matcher judges a sentence's names after
// its numbers, so a name's findings come after those of numbers later in the sentence; moving
// them here, a few at a time while they are in the processor's caches, costs less than moving
// them among all the draft's. Contradictions keep pointing at their findings.
func (m *matcher) order(o0 int) {
	fs := m.out[o0:]
	if len(fs) > 32 {
		m.orderMany(o0)
		return
	}
	for i := 1; i < len(fs); i++ {
		if !spanLess(&fs[i], &fs[i-1]) {
			continue
		}
		// An insertion sort, stable: few findings are out of place, and by few places.
		x := fs[i]
		k := i - 1
		for k > 0 && spanLess(&x, &fs[k-1]) {
			k--
		}
		copy(fs[k+1:i+1], fs[k:i])
		fs[k] = x
		for j := len(m.contra) - 1; j >= 0 && m.contra[j].finding >= o0; j-- {
			switch f := m.contra[j].finding - o0; {
			case f == i:
				m.contra[j].finding = o0 + k
			case f >= k && f < i:
				m.contra[j].finding++
			}
		}
	}
}

// orderMany is order for a sentence of many findings (a pasted table with no full stop): a
// stable sort of their indexes, then one move of each finding out of place, so that the cost
// stays n log n however far the internal checks' findings must move.
func (m *matcher) orderMany(o0 int) {
	fs := m.out[o0:]
	sorted := true
	for i := 1; i < len(fs); i++ {
		if spanLess(&fs[i], &fs[i-1]) {
			sorted = false
			break
		}
	}
	if sorted {
		return
	}
	perm := m.perm[:0] // perm[k]: the finding that goes to place k
	for i := range fs {
		perm = append(perm, int32(i))
	}
	slices.SortStableFunc(perm, func(a, b int32) int {
		switch {
		case spanLess(&fs[a], &fs[b]):
			return -1
		case spanLess(&fs[b], &fs[a]):
			return 1
		}
		return 0
	})
	m.scratch = append(m.scratch[:0], fs...)
	for k, i := range perm {
		fs[k] = m.scratch[i]
	}
	clear(m.scratch)
	inv := slices.Grow(m.inv[:0], len(perm))[:len(perm)] // inv[i]: the place finding i went to
	for k, i := range perm {
		inv[i] = int32(k)
	}
	for j := len(m.contra) - 1; j >= 0 && m.contra[j].finding >= o0; j-- {
		m.contra[j].finding = o0 + int(inv[m.contra[j].finding-o0])
	}
	m.perm, m.inv = perm, inv
}

// dedupe drops, from the findings from m.out[o0] on, now in the order of their spans, a finding
// identical to the one before it, as the report's sort would. It does so only among findings of
// one span that share a severity and that mutual will not rewrite (no contradiction): their order
// here is then theirs in the report. The duplicates (a group tied to a person through two of its
// names) then go while the sentence's findings are in the caches, and the sort need not move
// every later finding of the draft to close the gap. One pass, however many findings.
func (m *matcher) dedupe(o0 int) {
	n := len(m.out) - o0
	if n < 2 {
		return
	}
	contra := slices.Grow(m.isContra[:0], n)[:n] // per finding of the sentence: a contradiction
	clear(contra)
	for j := len(m.contra) - 1; j >= 0 && m.contra[j].finding >= o0; j-- {
		contra[m.contra[j].finding-o0] = true
	}
	m.isContra = contra
	w := o0 // where the next finding kept goes
	drops := m.drops[:0]
	for r0 := o0; r0 < len(m.out); {
		r1 := r0 + 1
		for r1 < len(m.out) && sameSpan(&m.out[r1], &m.out[r0]) {
			r1++
		}
		uniform := r1-r0 > 1
		for i := r0; i < r1 && uniform; i++ {
			uniform = !contra[i-o0] && m.out[i].Severity == m.out[r0].Severity
		}
		for i := r0; i < r1; i++ {
			if uniform && i > r0 && identical(&m.out[w-1], &m.out[i]) {
				drops = append(drops, int32(i))
				continue
			}
			if w != i {
				m.out[w] = m.out[i]
			}
			w++
		}
		r0 = r1
	}
	m.drops = drops
	if len(drops) == 0 {
		return
	}
	// Contradictions, none of them dropped, move down by the findings dropped before them.
	for j := len(m.contra) - 1; j >= 0 && m.contra[j].finding >= o0; j-- {
		f := m.contra[j].finding
		gone, _ := slices.BinarySearch(drops, int32(f))
		m.contra[j].finding = f - gone
	}
	clear(m.out[w:])
	m.out = m.out[:w]
}

// identical reports whether b repeats a, as the report's sort compares findings.
func identical(a, b *Finding) bool {
	return a.Start == b.Start && a.End == b.End && a.Kind == b.Kind && a.Verdict == b.Verdict &&
		a.Claim == b.Claim && a.Message == b.Message
}

func sameSpan(a, b *Finding) bool { return a.Start == b.Start && a.End == b.End }

// spanLess orders findings by start, then end.
func spanLess(a, b *Finding) bool {
	return a.Start < b.Start || a.Start == b.Start && a.End < b.End
}

// finish runs the checks that need the whole draft and returns the findings.
func (m *matcher) finish() []Finding {
	m.mutual()
	m.internal()
	return m.out
}

// enterSentence carries the previous sentence's event context over when the paragraph goes on.
func (m *matcher) enterSentence(si int) {
	c := m.c
	s := c.sents[si]
	if m.prevSent >= 0 && c.sents[m.prevSent].para == s.para && si == m.prevSent+1 {
		for e := range m.prevEv {
			m.prevEv[e] = max(m.prevEv[e]*0.5, m.sentEv[e]*0.5)
		}
	} else {
		for e := range m.prevEv {
			m.prevEv[e] = 0
		}
	}
	// The whole sentence's event context, for the next sentence.
	for e := range m.sentEv {
		m.sentEv[e] = 0
	}
	p := &c.prep[si]
	m.cur.view(m.cueBuf, p, si)
	for _, h := range m.cur.events {
		m.sentEv[h.target] = max(m.sentEv[h.target], 0.6)
	}
	m.prevSent = si
	m.dateHits = m.dateBuf[p.dates[0]:p.dates[1]]
	for _, dh := range m.dateHits {
		m.sentEv[dh.ev] = max(m.sentEv[dh.ev], 0.6)
	}
}

// sentPrep says where the Checker put a sentence's cue hits and event dates (prepare).
type sentPrep struct {
	cues  [7]int32 // by role, cueBuf[cues[r]:cues[r+1]]: events, claims, persons, groups, offices, qualifiers
	dates [2]int32 // dateBuf[dates[0]:dates[1]]
}

// view makes sc the cue hits of sentence si, from where prepare put them in buf.
func (sc *sentenceCues) view(buf []cueHit, p *sentPrep, si int) {
	sc.si = si
	sc.events, sc.claims, sc.persons = buf[p.cues[0]:p.cues[1]], buf[p.cues[1]:p.cues[2]], buf[p.cues[2]:p.cues[3]]
	sc.groups, sc.offices, sc.quals = buf[p.cues[3]:p.cues[4]], buf[p.cues[4]:p.cues[5]], buf[p.cues[5]:p.cues[6]]
}

// prepare sorts the phrase hits of sentence si, just recognized, by what they stand for, into
// cueBuf, and notes its dates that are an event's date, to the day, into dateBuf: what the
// matcher reads of every sentence, worked out by the recognizing stage, the lighter of a long
// draft's two (pipeline.go). first is the sentence's first mention.
func (c *Checker) prepare(si, first int) {
	sc := &c.sc
	sc.build(c, si)
	p := &c.prep[si]
	p.cues[0] = int32(len(c.cueBuf))
	for k, l := range [...][]cueHit{sc.events, sc.claims, sc.persons, sc.groups, sc.offices, sc.quals} {
		c.cueBuf = append(c.cueBuf, l...)
		p.cues[k+1] = int32(len(c.cueBuf))
	}
	p.dates[0] = int32(len(c.dateBuf))
	ms := c.r.mentions
	for mi := first; mi < len(ms); mi++ {
		o := &ms[mi]
		if o.kind != KindDate || o.prec != precDay || o.dateline {
			continue
		}
		for _, ci := range c.set.dayClaims {
			if c.set.claimDay[ci] == o.d0 {
				c.dateBuf = append(c.dateBuf, dateHit{o.t0, o.t1, c.set.claimEvent[ci], mi})
			}
		}
	}
	p.dates[1] = int32(len(c.dateBuf))
}

// dateHit is a date in a sentence that is, to the day, the date of an event.
type dateHit struct {
	t0, t1 int // token range
	ev     int // the event
	mi     int // the date mention
}

// proximityTable holds 1 / (1 + d/6) for the distances of one sentence, computed as proximity
// would compute it: two divisions saved for every cue of every mention.
var proximityTable = func() (t [64]float64) {
	for d := range t {
		t[d] = 1 / (1 + float64(d)/6)
	}
	return t
}()

// proximity weighs a cue at token distance d, in the same clause or not.
func proximity(d int, sameClause bool) float64 {
	if d < 0 {
		d = -d
	}
	w := 0.0
	if d < len(proximityTable) {
		w = proximityTable[d]
	} else {
		w = 1 / (1 + float64(d)/6)
	}
	if !sameClause {
		w *= 0.45
	}
	return w
}

// cueWeight weighs an event cue at tokens [h0,h1) for a mention at [t0,t1) of the same
// sentence. A cue anywhere in the mention's clause says something of what it is about, however
// long the clause; so does, a little less, one beyond a mere "and" or "but"; one beyond a
// semicolon, colon, dash or bracket counts by distance only. near reports whether the cue is in
// the mention's clause or beyond a mere conjunction.
func (m *matcher) cueWeight(t0, t1, h0, h1 int) (w float64, near bool) {
	c := m.c
	same := c.clause[h0] == c.clause[t0]
	w = proximity(distance(t0, t1, h0, h1), same)
	if same {
		return max(w, clauseFloor), true
	}
	a, b := h1, t0
	if h0 >= t1 {
		a, b = t1, h0
	}
	if a < b && c.breaks[b] > c.breaks[a] {
		return w, false // a semicolon, colon, dash or bracket between
	}
	return max(w, conjFloor), true
}

// distance returns the token distance between a mention [t0,t1) and a hit [h0,h1).
func distance(t0, t1, h0, h1 int) int {
	if h1 <= t0 {
		return t0 - h1 + 1
	}
	if h0 >= t1 {
		return h0 - t1 + 1
	}
	return 0
}

// events scores each event for mention mi.
func (m *matcher) events(mi int, dateOnly bool) {
	c := m.c
	si, t0, t1 := m.ms[mi].sent, m.ms[mi].t0, m.ms[mi].t1
	for e := range m.evScore {
		m.evScore[e], m.evCue[e] = 0, -1
	}
	any := false
	for _, h := range near(m.cues(si).events, t0, t1) {
		if h.t0 < t1 && h.t1 > t0 {
			continue // the mention itself
		}
		// A relative time beside the date is the same time in other words ("this week, on Aug.
		// 11"); farther off, another time.
		if dateOnly && (c.dateTok[h.t0] != 0 || m.relativeTime(h) && (h.t1 < t0-3 || h.t0 > t1+3)) {
			continue // another date speaks of its own event, not of this one
		}
		if h.t0 >= t1+2 && h.total {
			continue // "29 prisoners, bringing the total to 55": a total speaks of the number after it
		}
		if c.dateTok[h.t0] != 0 && m.dateOfOtherYear(h.t0, h.target) {
			continue // "caught in February 2014" says nothing of a February 2025 transfer
		}
		if tk := &c.r.toks[h.t0]; h.t1-h.t0 == 1 && tk.kind == tokWord && c.set.lex.info[tk.id].roles&rTotalVerb != 0 &&
			!(h.t1 <= t0 && (t0-h.t1 <= 2 || m.wordBetween(h.t1, t0, wTo))) {
			continue // "will bring no cases against the 26": "bring" totals only "to 55" or "makes 55"
		}
		w, near := m.cueWeight(t0, t1, h.t0, h.t1)
		any = any || near
		if w > m.evScore[h.target] {
			m.evScore[h.target], m.evCue[h.target] = w, h.hi
		}
	}
	// A date to the day that is an event's date names that event as surely as a cue.
	if !dateOnly {
		// The sentence's date hits are in token order: in a long sentence (a pasted table),
		// read only those within reach.
		hs, lo := m.dateHits, 0
		if len(hs) > 16 {
			lo, _ = slices.BinarySearchFunc(hs, t0-cueReach, func(dh dateHit, t int) int { return cmp.Compare(dh.t1, t) })
		}
		for _, dh := range hs[lo:] {
			if dh.t0 > t1+cueReach {
				break
			}
			if dh.t1 < t0-cueReach || dh.t0 < t1 && dh.t1 > t0 {
				continue
			}
			w, near := m.cueWeight(t0, t1, dh.t0, dh.t1)
			any = any || near
			if w > m.evScore[dh.ev] {
				m.evScore[dh.ev], m.evCue[dh.ev] = w, -2-dh.mi
			}
		}
	}
	// The paragraph's context so far counts too, more weakly, and less where the clause names
	// its own events.
	carry := 1.0
	if any {
		carry = 0.5
	}
	for e := range m.evScore {
		if m.prevEv[e]*carry > m.evScore[e] {
			m.evScore[e], m.evCue[e] = m.prevEv[e]*carry, -1
		}
		if m.primary[e] && m.evScore[e] < primaryAmb {
			m.evScore[e] = primaryAmb
		}
	}
}

// claimCues weighs the claim cues of the mention's sentence, once per mention, into cueW and
// cueH (indexed by claim); touched remembers which entries to reset.
func (m *matcher) claimCues(mi int) {
	c := m.c
	mt := &m.ms[mi]
	for _, ci := range m.touched {
		m.cueW[ci], m.cueH[ci] = 0, -1
	}
	m.touched = m.touched[:0]
	for _, h := range near(m.cues(mt.sent).claims, mt.t0, mt.t1) {
		if h.t0 < mt.t1 && h.t1 > mt.t0 {
			continue
		}
		// A month named as a cue ("In July, …") says nothing when it is part of a date to the day
		// that is another event's: "the extension agreed on July 31" names the extension, which
		// events() weighs, not everything else of July. In "posted on July 11", a day of no
		// event, the month still speaks.
		if c.dateTok[h.t0] == inDayDate && h.t1-h.t0 == 1 && c.set.lex.info[c.r.toks[h.t0].id].month > 0 && m.otherEventsDay(h.t0, h.target) {
			continue
		}
		if e := c.set.claimEvent[h.target]; c.dateTok[h.t0] != 0 && e >= 0 && m.dateOfOtherYear(h.t0, e) {
			continue
		}
		w := proximity(distance(mt.t0, mt.t1, h.t0, h.t1), c.clause[h.t0] == c.clause[mt.t0])
		if w > m.cueW[h.target] {
			if m.cueW[h.target] == 0 {
				m.touched = append(m.touched, h.target)
			}
			m.cueW[h.target], m.cueH[h.target] = w, h.hi
		}
	}
}

// otherEventsDay reports whether token t lies in a date of the current sentence that is, to the
// day, the date of an event other than claim ci's.
func (m *matcher) otherEventsDay(t, ci int) bool {
	for _, dh := range m.dateHits {
		if dh.t0 <= t && t < dh.t1 && dh.ev != m.c.set.claimEvent[ci] {
			return true
		}
	}
	return false
}

// beyondLastOrdinal handles an ordinal that names no event ("the third mass transfer this
// year") and is higher than every ordinal the fact sheet states of its noun: whichever event
// it means, there is no such one. It is reported as possibly wrong, against the last of them,
// with no suggestion.
func (m *matcher) beyondLastOrdinal(mt *mention, cands []candidate) bool {
	if mt.kind != KindOrdinal || mt.units.n() == 0 {
		return false
	}
	set := m.c.set
	units := m.unitsOf(mt)
	last := -1
	for _, cd := range cands {
		cl := &set.Claims[cd.ci]
		if cd.fits || cl.Kind != ClaimOrdinal || !contains(units, cd.ci) || mt.val <= cl.Value {
			return false
		}
		if last < 0 || cl.Value > set.Claims[last].Value {
			last = cd.ci
		}
	}
	if last < 0 || !m.countScope(mt) {
		return false
	}
	cl := &set.Claims[last]
	m.emit(mt, Contradicts, SevWarning, mt.kind, last, m.expected(mt, last), "",
		"Possibly wrong: the fact sheet counts no event of this kind after the "+ordinalWord(int(cl.Value))+
			" ("+cl.Statement+"; fact sheet: "+set.source(cl.Source).Title+"); this says "+quote(m.spanText(mt))+".")
	return true
}

// countScope reports whether the ordinal's noun phrase says over what it counts: "the third such
// transfer", "the third mass transfer of cartel prisoners this year", "the third transfer of
// 2025", "so far", "of its kind". "The fifth flight landed in Houston this year" counts flights
// of a day: the phrase ends at "landed".
func (m *matcher) countScope(mt *mention) bool {
	c := m.c
	t := c.r.toks
	s := c.sents[mt.sent]
	id := func(i int) int32 { // the word's id, or -1
		if i < s.t1 && t[i].kind == tokWord {
			return t[i].id
		}
		return -1
	}
	u0, u1 := mt.unitTok[0], mt.unitTok[1]
	if u0 < mt.t1 || u1 > s.t1 {
		return false // the noun comes after the ordinal
	}
	for i := mt.t1; i < u0; i++ {
		if id(i) == wSuch {
			return true
		}
	}
	lx := c.set.lex
	for i := u1; i < s.t1 && i < u1+8; i++ {
		w, next := id(i), id(i+1)
		switch {
		case w == wThis && (next == wYear || next == wCentury), w == wSo && next == wFar, w == wIts && next == wKind:
			return true
		case t[i].kind == tokNumber && t[i].end-t[i].start == 4:
			if y, ok := parseDigits(m.text[t[i].start:t[i].end]); ok && y >= 1900 && y <= 2100 {
				return true
			}
		case t[i].kind == tokPunct:
			return false
		case w >= 0 && lx.info[w].roles&rFunction != 0 && w != wOf && w != wIn && w != wThis && w != wIts && w != wSo && w != wThe:
			return false // a verb or a clause begins: "landed", "after"
		}
	}
	return false
}

// personAside returns the tokens [lo,hi) of an aside about a person that holds the mention. The
// aside may be set off by commas and open with "who" ("Caro Quintero, who was freed in 2013,
// was among the 29") or, after a person's name, with a past participle ("La Tuta, captured in
// 2015, was sent north"); or it may open the sentence ("Arrested in 2022, Caro Quintero was
// flown out"). An aside with "which", or a participle after anything but a name, speaks of the
// thing before it, often the event itself ("The transfer, carried out in 2024, sent 26").
func (m *matcher) personAside(mt *mention) (lo, hi int, ok bool) {
	c := m.c
	t := c.r.toks
	s := c.sents[mt.sent]
	lo = -1
	for i := mt.t0 - 1; i >= s.t0; i-- {
		if t[i].kind == tokPunct && t[i].r == ',' {
			if i+1 < mt.t0 && t[i+1].kind == tokWord {
				switch w := m.text[t[i+1].start:t[i+1].end]; {
				case equalFoldASCII("who", w), equalFoldASCII("whose", w), equalFoldASCII("whom", w):
					lo = i
				case i > s.t0 && m.nameAt(i-1) && !t[i+1].is(fCap) && m.participle(i+1):
					lo = i
				}
			}
			break
		}
		if i == s.t0 && m.participle(i) {
			lo = i // the sentence opens with the aside; it ends at the first comma
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	hi = s.t1
	for i := mt.t1; i < s.t1; i++ {
		if t[i].kind == tokPunct && (t[i].r == ',' || t[i].r == ';' || t[i].r == '—') {
			hi = i
			break
		}
	}
	if lo == s.t0 && (hi == s.t1 || !m.nameAt(hi+1) && !m.pronounAt(hi+1)) {
		// No comma closes it ("Arrested in 2022" is the whole clause), or no person's name
		// follows: "Carried out in 2024, the second transfer …" is about the transfer.
		return 0, 0, false
	}
	return lo, hi, true
}

// pronounAt reports whether token j is "he", "she" or "they".
func (m *matcher) pronounAt(j int) bool {
	t := m.c.r.toks
	if j >= len(t) || t[j].kind != tokWord {
		return false
	}
	w := m.text[t[j].start:t[j].end]
	return equalFoldASCII("he", w) || equalFoldASCII("she", w) || equalFoldASCII("they", w)
}

// participle reports whether token i is a verb's past participle that can open an aside:
// "arrested", "captured" (a lower-case word of five letters or more in -ed, "hundred" apart),
// or one the lexicon lists ("caught", "held").
func (m *matcher) participle(i int) bool {
	tk := &m.c.r.toks[i]
	if tk.kind != tokWord {
		return false
	}
	w := m.text[tk.start:tk.end]
	return m.c.set.lex.info[tk.id].roles&rParticiple != 0 ||
		len(w) >= 5 && (w[len(w)-2:] == "ed" || w[len(w)-2:] == "ED") && !equalFoldASCII("hundred", w)
}

// candidate is a claim a mention may speak about.
type candidate struct {
	ci    int
	score float64
	ctx   float64 // the part of score that comes from cues, not from the unit noun
	cue   cueRef  // the words that tied the mention to the claim
	fits  bool
	own   bool // some evidence comes from the mention's own sentence
	cueT  int  // the first token of the cue, or -1
	evT   int  // the first token of the event cue, or -1
}

// cueRef says what tied a mention to a claim, to be written out by cueText.
type cueRef struct {
	kind uint8
	i    int // cueHitRef: index among the sentence's hits; cueDateRef: the date mention
}

// The kinds of cueRef.
const (
	cueNone          = iota
	cueHitRef        // a phrase hit of the mention's sentence
	cueDateRef       // a date mention that is an event's date
	cueBeforeRef     // the context of the sentence before
	cueUnitRef       // the mention's unit noun
	cueDateItselfRef // the date fits a fact-sheet date
)

// cueText writes out what tied mention mt to a claim.
func (m *matcher) cueText(mt *mention, cue cueRef) string {
	c := m.c
	switch cue.kind {
	case cueHitRef:
		hh := c.hits[mt.sent][cue.i]
		return m.text[c.r.toks[hh.t0].start:c.r.toks[hh.t1-1].end]
	case cueDateRef:
		return m.spanText(&m.ms[cue.i])
	case cueBeforeRef:
		return "the sentence before"
	case cueUnitRef:
		return m.text[c.r.toks[mt.unitTok[0]].start:c.r.toks[mt.unitTok[1]-1].end]
	case cueDateItselfRef:
		return "the date itself"
	}
	return ""
}

// claimKindFor returns the claim kinds a mention kind is checked against.
func claimKindFor(k Kind) (ClaimKind, ClaimKind) {
	switch k {
	case KindCount:
		return ClaimCount, ""
	case KindPercent:
		return ClaimPercent, ""
	case KindDuration:
		return ClaimDuration, ""
	case KindOrdinal:
		return ClaimOrdinal, ""
	case KindMoney:
		return ClaimMoney, ""
	case KindDate, KindWeekday:
		return ClaimDate, ""
	case KindYear:
		return ClaimYear, ClaimDate
	}
	return "", ""
}

func contains(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

// quantity judges a number, date, weekday or ordinal mention.
func (m *matcher) quantity(mi int) {
	c := m.c
	mt := &m.ms[mi]
	set := c.set
	m.events(mi, mt.kind == KindDate || mt.kind == KindWeekday)
	if e, ok := m.force[mi]; ok {
		m.evScore[e], m.evCue[e] = 1, -1
	}
	// "Ninety." standing alone, as a list gives its figures, says nothing of what it counts:
	// the next sentence does ("The number of days …").
	if mt.kind == KindCount && m.numbersOnly(mi) && (!m.answers(mt.sent) || m.asks(mt.sent)) {
		m.unknown(mt)
		return
	}
	cands := m.cands[:0]
	defer func() { m.cands = cands[:0] }()
	m.claimCues(mi)
	if !mt.foreign && !mt.other {
		var year calendarYear // the year a date without one was resolved to
		if mt.kind == KindDate && !mt.explicitYear {
			year = yearOf(civil(mt.d0).Year)
		}
		// The mention's kind, asked about for every claim, asked once.
		isCount, isDate, isYear, isPercent := mt.kind == KindCount, mt.kind == KindDate, mt.kind == KindYear, mt.kind == KindPercent
		needsCue := isDate || isYear || mt.kind == KindWeekday
		units := m.unitsOf(mt)
		startDay := isDate && mt.prec == precDay && m.startsAt(mt)
		for _, ci := range set.byMention[kindIndex(mt.kind)] {
			cl := &set.Claims[ci]
			inUnits := contains(units, ci)
			if !m.compatible(mt, cl, ci, inUnits) {
				continue
			}
			// What tied the mention to the claim, for the message, is written out only for the
			// claim that wins (see cueText).
			score, cue, own, cueT, evT := 0.0, cueRef{}, false, -1, -1
			if e := set.claimEvent[ci]; e >= 0 {
				score = m.evScore[e]
				own = m.evCue[e] != -1 && score > primaryAmb
				if h := m.evCue[e]; h >= 0 {
					hh := c.hits[mt.sent][h]
					cue, cueT, evT = cueRef{cueHitRef, h}, int(hh.t0), int(hh.t0)
				} else if h <= -2 {
					cue = cueRef{cueDateRef, -2 - h}
				} else if score > primaryAmb {
					cue = cueRef{cueBeforeRef, 0}
				}
			}
			if w, h := m.cueW[ci], m.cueH[ci]; w > 0 {
				if w > score || cue.kind == cueNone {
					cue, cueT = cueRef{cueHitRef, h}, int(c.hits[mt.sent][h].t0)
				}
				score += w + m.moreCues(mt, ci, h)
				own = true
			}
			// "a 30% tariff from Aug. 1": the date says when the thing before it starts, which a
			// claim whose cues speak of starting states, wherever the sentence's other cues point.
			if startDay && set.startClaim[ci] && (score > primaryAmb || m.fits(mt, cl, ci, year)) {
				score += proximity(1, true)
				own = true
			}
			ctx := score
			if inUnits {
				score += unitWeight
				if cue.kind == cueNone {
					cue = cueRef{cueUnitRef, 0}
				}
			}
			if isCount && mt.bare && cl.Primary {
				score += 0.05
			}
			// A date that fits a fact-sheet date is some evidence in itself, a full date more.
			fits := m.fits(mt, cl, ci, year)
			if isDate && fits {
				switch {
				case mt.prec == precDay && mt.explicitYear:
					score += exactDate
				case mt.prec == precDay:
					score += fitDate
				default:
					score += fitMonth
				}
				if cue.kind == cueNone {
					cue = cueRef{cueDateItselfRef, 0}
				}
			} else if isDate && score > primaryAmb && mt.prec == precDay && mt.explicitYear && yearSlip(civil(mt.d0), set.claimCivil[ci]) {
				// "The handover took place on Feb. 27, 2024" for a fact of 27 Feb 2025: with a
				// cue of the fact, the day names it and the year slipped, whatever event the
				// story is about.
				score += fitDate
			}
			// A year checks a full date only where a cue of that claim itself speaks.
			if isYear && cl.Kind == ClaimDate && m.cueW[ci] == 0 {
				continue
			}
			// A change in percentage points is not a rate, unless the rate's noun is named.
			if isPercent && mt.points != cl.Points && !(inUnits && (mt.unitTok[0] >= mt.t1 || mt.val == cl.Value)) {
				// "5 percentage points higher" is a change, even after "the 30% tariff"; "raised
				// the tax by 3.5 percentage points" where the fact is 3.5% confuses the two.
				continue
			}
			// Dates need a cue of their own: the story's main event alone does not make "after
			// July 1" a statement about it.
			if score <= 0 || score <= primaryAmb && needsCue {
				continue
			}
			cands = append(cands, candidate{ci: ci, score: score, ctx: ctx, cue: cue, fits: fits, own: own, cueT: cueT, evT: evT})
		}
	}
	// A story speaks of what has happened by its date: in one dated Feb. 28, 2025, "the second
	// mass transfer" is no transfer of August. Facts of events that begin months after the
	// story's date drop out (a preview a few weeks ahead may well state a coming event's facts,
	// and so may words of the future nearby: "a second transfer could follow in August"), when
	// a candidate of an event begun by then remains: a dateline with a wrong year must not
	// leave only the undated facts.
	if len(cands) > 1 && !m.speaksAhead(mt) {
		begun, later := 0, 0
		for _, cd := range cands {
			switch m.eventTime(cd.ci) {
			case eventBegun:
				begun++
			case eventLater:
				later++
			}
		}
		if begun > 0 && later > 0 {
			kept := cands[:0]
			for _, cd := range cands {
				if m.eventTime(cd.ci) != eventLater {
					kept = append(kept, cd)
				}
			}
			cands = kept
		}
	}
	// A count introduced as a total ("a total of 10 votes") speaks of a claim that sums others
	// when one is a candidate, never of one of the parts.
	// A total speaks of a sum; but a part it fits, whose event the sentence names, makes the
	// sum less sure ("on Tuesday, carrying 26 prisoners in total").
	partFits := false
	if mt.kind == KindCount && len(cands) > 1 && m.isTotal(mi) {
		n, named, fit := 0, 0, 0 // the sums, moved to the front in place: only parts are overwritten
		for _, cd := range cands {
			if len(set.Claims[cd.ci].SumOf) > 0 {
				// Being introduced as a total ties the count to the sum as a cue would.
				cd.score, cd.ctx = cd.score+max(strong-cd.ctx, 0), max(cd.ctx, strong)
				cands[n] = cd
				n++
				continue
			}
			if cd.own && cd.evT >= 0 {
				named++
				if cd.fits {
					fit++
				}
			}
		}
		// Only where one event is named: "the two transfers, February's and August's" name both.
		partFits = named == 1 && fit == 1
		if n > 0 {
			cands = cands[:n]
		}
	}
	// A year in an aside about a person dates what the aside tells of that person ("Caro
	// Quintero, who was freed in 2013, was among the 29 sent in February"; "La Tuta, captured in
	// 2015, was sent north"): only claims with a cue inside the aside are in question ("Caro
	// Quintero, sought over the 1985 killing of …"). A full date keeps the sentence's cues unless
	// it is of another era ("Born on Feb. 6, 1966, he …"): "El Cuini, who left Mexico on Aug. 13,
	// 2025, …" is checked.
	if (mt.kind == KindYear || mt.kind == KindDate && mt.explicitYear) && len(cands) > 0 {
		if lo, hi, ok := m.personAside(mt); ok {
			n := 0
			y := civil(mt.d0).Year
			for _, cd := range cands {
				if cd.cueT >= lo && cd.cueT < hi || m.claimCueIn(mt.sent, cd.ci, lo, hi, false) || mt.kind == KindDate && y-set.Claims[cd.ci].Date.Year < 2 && set.Claims[cd.ci].Date.Year-y < 2 {
					cands[n] = cd
					n++
				}
			}
			cands = cands[:n]
		}
	}
	if len(cands) == 0 {
		m.unknown(mt)
		return
	}
	// A month that names its event ("the August transfer", "a February airlift") is right when
	// an event of that noun happened in that month, whatever else the sentence speaks of.
	if mt.kind == KindDate && mt.prec == precMonth {
		for _, h := range near(m.cues(mt.sent).claims, mt.t1, mt.t1) {
			if h.t0 != mt.t1 {
				continue
			}
			for i := range cands {
				if cands[i].ci == h.target && cands[i].fits {
					c.best[mi] = set.claimEvent[cands[i].ci]
					m.emit(mt, Supports, SevInfo, mt.kind, cands[i].ci, m.expected(mt, cands[i].ci), "", set.supportMsg[cands[i].ci])
					return
				}
			}
		}
	}
	best := 0
	for i := range cands {
		if cands[i].score > cands[best].score {
			best = i
		}
	}
	// A date its claim's own verb governs is that claim's date, right or wrong.
	gov := -1
	if mt.kind == KindDate {
		// Only when the best candidate is tied from beyond the date's stretch.
		lo, hi := m.stretch(mt)
		if b := &cands[best]; !(b.cueT >= lo && b.cueT < hi || b.evT >= lo && b.evT < hi) {
			gov = m.governed(mt, cands, best, lo)
		}
	}
	top := cands[best].score
	// Supported by any plausible claim it fits: one nearly as plausible as the best.
	sup := -1
	for i := range cands {
		if cands[i].fits && cands[i].score >= top-supportMargin && (sup < 0 || cands[i].score > cands[sup].score) &&
			!(cands[i].ctx <= primaryAmb && cands[best].ctx > primaryAmb && mt.kind != KindDate) &&
			!(cands[best].own && !cands[i].own && !(mt.kind == KindDate && mt.prec == precDay)) {
			sup = i
		}
	}
	if sup < 0 && gov >= 0 && cands[gov].fits {
		sup = gov
	}
	if sup >= 0 {
		c.best[mi] = set.claimEvent[cands[sup].ci]
		m.emit(mt, Supports, SevInfo, mt.kind, cands[sup].ci, m.expected(mt, cands[sup].ci), "", set.supportMsg[cands[sup].ci])
		return
	}
	if gov >= 0 {
		best, top = gov, cands[gov].score // judged against its own claim, having been weighed as it was
	}
	// A date to the day that is exactly another date of the fact sheet, which the words around
	// it speak of, may well be that date ("a 30% rate, threatened in a letter of July 12, was due
	// on Aug. 1"; "kept a 30% tariff from taking effect on Aug. 1" after the talks' extension),
	// or that date put in the wrong place: possibly wrong, with no fix (below).
	own := -1
	if mt.kind == KindDate && mt.prec == precDay && !cands[best].fits {
		own = m.ownDate(mt, cands, best)
	}
	b := cands[best]
	cl := &set.Claims[b.ci]
	c.best[mi] = set.claimEvent[b.ci]
	// "He traveled with 25 other prisoners": the count leaves out someone, most often the one
	// the sentence speaks of. One more is the claim's count; any other figure is possibly wrong,
	// with no fix (who is left out is not known).
	others := false
	// A claim whose own noun says "other groups" counts the others itself.
	if mt.kind == KindCount && !b.fits && m.othersAfter(mt) && m.oneLeftOut(mt) && !countsOthers(cl) {
		one := *mt
		one.lo, one.hi = mt.lo+1, mt.hi+1
		if m.fits(&one, cl, b.ci, calendarYear{}) {
			m.emit(mt, Supports, SevInfo, mt.kind, b.ci, m.expected(mt, b.ci), "", set.supportMsg[b.ci])
			return
		}
		others = true
	}
	// A bare weekday names a day of the story's week; tied to a fact of another month by no
	// cue of its event (only by a verb such as "delayed", or the sentence before), it speaks of
	// something else.
	// Whatever ties it, a day of the story's week is no fact more than a year away ("He was
	// arrested 10 days ago" beside the capture of 2015).
	if mt.kind == KindWeekday && cl.Kind == ClaimDate {
		if d := dayNumber(cl.Date.Year, cl.Date.Month, cl.Date.Day) - mt.d0; b.evT < 0 && (d > 7 || d < -7) || d > 366 || d < -366 {
			m.unknown(mt)
			return
		}
	}
	// "according to two people familiar with the matter": who the reporter asked.
	if mt.kind == KindCount && m.sourcing(mt) {
		m.unknown(mt)
		return
	}
	// "went from 25% to 50%": the first is what was before, which the fact sheet need not state;
	// "runs until late October": when something ends, which no date of the fact sheet states.
	if m.fromValue(mi) || mt.kind == KindDate && m.endsAt(mt) {
		m.unknown(mt)
		return
	}
	// The sentence states the claim's count already ("Two of the 26, in Courtroom 15"): another
	// count beside it, whose noun is not the claim's, counts something else.
	if mt.kind == KindCount && cl.Kind == ClaimCount && !contains(m.unitsOf(mt), b.ci) && m.countStated(mi, cl) {
		m.unknown(mt)
		return
	}
	// A date with its year written, of another month and another era than the claim's (more
	// than two years away, or in a later year still to come where the claim is past), may be of
	// something else the cue also fits: "The agreement took effect on July 1, 2020", "the USMCA
	// comes up for review in July 2026". It is possibly wrong, not an error (see sev below): a
	// date of the fact sheet's own event may be mistyped in month and year at once.
	otherEra := false
	if mt.kind == KindDate && mt.explicitYear && (mt.prec == precDay || mt.prec == precMonth) && cl.Kind == ClaimDate {
		d, span := civil(mt.d0), set.claimSpan[b.ci]
		otherEra = d.Month != cl.Date.Month && (mt.d0 > span[1]+730 || mt.d0 < span[0]-730 ||
			d.Year > cl.Date.Year && mt.d0 > c.r.refDay && span[1] < c.r.refDay)
	}
	// Nothing but the story's main event points at the claim: too little to contradict, unless
	// the claim is that event's headline count, or the noun belongs to this claim alone. The
	// mention stays unchecked.
	weak := b.ctx <= primaryAmb
	// "Mexico exported about 3.5 million light vehicles": a count over a thousand times the
	// claim's is not a slip of the keyboard but a count of something else, whatever ties it.
	if mt.kind == KindCount && mt.val > 1000*max(cl.Max, 1) {
		m.unknown(mt)
		return
	}
	if weak && (mt.kind == KindCount || mt.kind == KindMoney) && (mt.val > 10*cl.Max || mt.val < cl.Min/10) && !m.unitUnique(mt, b.ci) {
		// A number of another order of magnitude, on weak evidence, is about something else, unless
		// its noun is the claim's alone ("$482.5 billion in total spending").
		m.unknown(mt)
		return
	}
	if weak && !(mt.kind == KindDate && b.score > primaryAmb) && !(cl.Primary && b.ctx > 0) && !m.unitUnique(mt, b.ci) &&
		!m.primaryUnit(mt, cands, best) {
		if m.beyondLastOrdinal(mt, cands) {
			return
		}
		m.unknown(mt)
		return
	}
	// A rate whose sentence names no noun of the claim but a rate of something else, tied to
	// the claim by a month alone and no word ("the Bank of Mexico cut its benchmark rate to
	// 7.75% on 7 August, as inflation eased to 3.51% in July"), is that other rate. A day ("35%
	// on Aug. 1") is a closer tie; "Trump said in July he would raise the rate to 35%" names no
	// other rate.
	if mt.kind == KindPercent && !m.unitInSentence(mt.sent, b.ci) && b.cue.kind == cueHitRef && m.monthCue(mt.sent, b.cue.i) &&
		!m.claimCueIn(mt.sent, b.ci, 0, len(c.r.toks), true) && m.otherRate(mt.sent) {
		m.unknown(mt)
		return
	}
	// A number with no noun and no cue after a rate in its sentence, as a rate stands ("paying
	// 50 on", "faces 50."), leaves out the percent sign: "paying 25 percent today, and some are
	// paying 50 on the metal". "Of the 27", "27 were sent" are people.
	if mt.kind == KindCount && mt.bare && b.ctx <= primaryAmb && m.elidedRate(mi) {
		m.unknown(mt)
		return
	}
	// Confidence: strong evidence, and no rival claim nearly as plausible.
	second := 0.0
	for i := range cands {
		if i != best && cands[i].score > second && m.expected(mt, cands[i].ci) != m.expected(mt, b.ci) {
			second = cands[i].score
		}
	}
	sev := SevError
	if b.ctx < strong || second > 0.75*top || m.negated(mt.t0) || mt.kind == KindYear && cl.Kind == ClaimDate && top < 0.5+unitWeight {
		sev = SevWarning
	}
	if mt.kind == KindCount && mt.bare && !cl.Primary || partFits {
		sev = SevWarning
	}
	// A weekday tied to the event by its count, in a partitive ("One of the 26 men … stood
	// before a judge Wednesday"), may be the day of what some of them did next.
	if k := b.cueT; mt.kind == KindWeekday && k >= 2 && c.r.toks[k].kind == tokNumber && c.r.toks[k-1].id == wThe && c.r.toks[k-2].id == wOf {
		sev = SevWarning
	}
	// A weekday that is the story's own day is most often the day of what is reported ("made
	// their first appearance in court on Wednesday", in a story dated Wednesday).
	if mt.kind == KindWeekday && mt.d0 == c.r.refDay {
		sev = SevWarning
	}
	// A rate whose sentence never names the claim's noun ("approval stood at about 70% in a
	// poll published in July") may be a rate of anything.
	if mt.kind == KindPercent && !m.unitInSentence(mt.sent, b.ci) {
		sev = SevWarning
	}
	// Only the sentence before ties the mention to the claim, not even its noun: the paragraph
	// may have moved on ("The judge set a hearing for Aug. 27"), so it is possibly wrong, never
	// an error.
	if b.cue.kind == cueBeforeRef && !contains(m.unitsOf(mt), b.ci) {
		sev = SevWarning
	}
	if otherEra || others {
		sev = SevWarning
	}
	// An ordinal names its event itself: "ten years to the day before Mexico's first mass
	// transfer", in a paragraph about the second, speaks of the first. Tied by nothing of its
	// own sentence, after "before", "after" or "since", and fitting another event's ordinal, it
	// is possibly wrong. ("It was the first transfer of its kind" after a sentence about the
	// second stays an error.)
	if mt.kind == KindOrdinal && !b.own && m.measuredFrom(mt) {
		for i := range cands {
			if cands[i].fits && set.Claims[cands[i].ci].Kind == ClaimOrdinal {
				sev = SevWarning
			}
		}
	}
	// "30 additional days to finish the talks", "met officials 10 days ago": time counted from
	// something the sentence may not name. Possibly wrong.
	if mt.kind == KindDuration && mt.n1 < mt.t1 && c.r.toks[mt.n1].kind == tokWord && set.lex.info[c.r.toks[mt.n1].id].roles&rMore != 0 ||
		mt.kind == KindWeekday && c.r.toks[mt.t1-1].kind == tokWord && c.r.toks[mt.t1-1].id == wAgo {
		sev = SevWarning
	}
	// "Nearly 26" for exactly 26 is loose wording more often than a wrong number.
	if mt.hedge == hedgeNearly && openMiss(mt, cl) {
		sev = SevWarning
	}
	kind := mt.kind
	exp := m.expected(mt, b.ci)
	msg := cl.Statement + " (fact sheet: " + set.source(cl.Source).Title + "); this says " + quote(m.spanText(mt)) + "."
	if mt.kind == KindWeekday {
		cd := dayNumber(cl.Date.Year, cl.Date.Month, cl.Date.Day)
		msg = cl.Statement + " (fact sheet: " + set.source(cl.Source).Title + "), a " + weekdayNames[weekday(cd)] +
			"; this says " + quote(m.spanText(mt)) + ", which in a story dated " + civil(c.r.refDay).Human() + " means " + civil(mt.d0).Human() + "."
		if weekday(cd) == int(mt.wday) && c.r.toks[mt.t0].id != wYesterday {
			msg += " Write the date in full if the earlier " + weekdayNames[mt.wday] + " is meant."
		}
	}
	if mt.kind == KindPercent && mt.points != cl.Points {
		if cl.Points {
			msg += " The fact sheet speaks of percentage points, not percent."
		} else {
			msg += " The fact sheet gives a rate in percent, not a change in percentage points."
		}
	}
	if openMiss(mt, cl) {
		v := formatNumber(mt.val)
		switch mt.kind {
		case KindPercent:
			v += "%"
		case KindMoney:
			v = formatMoney(mt.val, mt.cur)
		case KindDuration:
			v = mt.dur.String() // "more than a day" means more than 1 day
		}
		rel := " means less than "
		if mt.hedge == hedgeOver {
			rel = " means more than "
		}
		msg += " " + quote(m.spanText(mt)) + rel + v + "."
	}
	if b.cue.kind != cueNone {
		msg += " Matched by " + quote(m.cueText(mt, b.cue)) + "."
	}
	// A full date that is, to the day, the date of another fact ("Feb. 27, 2015" in a caption
	// on La Tuta, whom only his name ties to the August transfer) may well speak of that fact,
	// unless the sentence's cues point far more strongly at the claim it contradicts ("on Feb.
	// 20, 2025, when Mexico sent 29"): possibly wrong, with no fix that would overwrite it.
	suggestion := m.suggest(mt, cl)
	if partFits || others {
		suggestion = "" // the number may well be right for the event the sentence names
	}
	// Without a year, the other fact must be of another event that the sentence names ("on July
	// 31, Sheinbaum announced that the two sides would keep negotiating").
	if mt.kind == KindDate && mt.prec == precDay {
		for k, cd := range cands {
			if cd.fits && (k == own || cd.score >= rivalDate*b.score &&
				(mt.explicitYear || cd.own && set.claimEvent[cd.ci] != set.claimEvent[b.ci])) {
				sev, suggestion = SevWarning, ""
				msg += " It is the date of another fact: " + set.Claims[cd.ci].Statement + "."
				break
			}
		}
	}
	if sev == SevWarning {
		msg = "Possibly wrong: " + msg
	}
	m.contra = append(m.contra, contradiction{finding: len(m.out), mention: mi, cueT: b.cueT, evT: b.evT})
	m.emit(mt, Contradicts, sev, kind, b.ci, exp, suggestion, msg)
}

// unknown reports mention mt as covered by no claim. (One call, not the emit it stands for at
// each place: less code for the browser to download.)
//
//go:noinline
func (m *matcher) unknown(mt *mention) {
	m.emit(mt, Unknown, SevInfo, mt.kind, -1, "", "", unknownMsg[kindIndex(mt.kind)])
}

// fromValue reports whether mention mi is a value the sentence moves away from: the first of
// "from A to B", B a mention of its kind, or what comes after "up from" or "down from" ("a 30%
// tariff, up from the 25% levy").
func (m *matcher) fromValue(mi int) bool {
	mt := &m.ms[mi]
	t := m.c.r.toks
	s := m.c.sents[mt.sent]
	word := func(k int, id int32) bool { return k >= s.t0 && k < s.t1 && t[k].kind == tokWord && t[k].id == id }
	f := mt.t0 - 1
	if f > s.t0 && t[f].kind == tokWord && m.c.set.lex.info[t[f].id].roles&rDeterminer != 0 {
		f-- // "from the 25% levy"
	}
	if !word(f, wFrom) {
		return false
	}
	if k := f - 1; k >= s.t0 && t[k].kind == tokWord && m.c.set.lex.info[t[k].id].roles&rUpDown != 0 {
		return true
	}
	if mi+1 >= len(m.ms) || !word(mt.t1, wTo) {
		return false
	}
	next := &m.ms[mi+1]
	return next.sent == mt.sent && next.t0 == mt.t1+1 && next.kind == mt.kind
}

// unitInSentence reports whether sentence si names a unit noun of claim ci. The sentence's
// hits are read once, not once a mention: a pasted table is one sentence of many rates.
func (m *matcher) unitInSentence(si, ci int) bool {
	if m.unitSent != si || len(m.unitNamed) != len(m.c.set.Claims) {
		m.unitSent = si
		m.unitNamed = resize(m.unitNamed, len(m.c.set.Claims))
		clear(m.unitNamed)
		lx := m.c.set.lex
		for _, h := range m.c.hits[si] {
			if p := &lx.list[h.ph]; p.role == phUnit {
				m.unitNamed[p.target] = true
			}
		}
	}
	return m.unitNamed[ci]
}

// sourcing reports whether the count mt says who a reporter spoke to: its noun is followed by
// "familiar with", "briefed on" or "knowledgeable about".
func (m *matcher) sourcing(mt *mention) bool {
	t := m.c.r.toks
	k := mt.unitTok[1]
	return mt.unitTok[0] >= 0 && k < m.c.sents[mt.sent].t1 && t[k].kind == tokWord && m.c.set.lex.info[t[k].id].roles&rSource != 0
}

// endsAt reports whether the date mention mt says when something ends: after "until",
// "through", "till", "into", "expires", "runs out", "to" after "runs" or "lasts", "in" or "on"
// after "closes", "expires" or "runs out".
func (m *matcher) endsAt(mt *mention) bool {
	t := m.c.r.toks
	info := m.c.set.lex.info
	i, s0 := mt.t0-1, m.c.sents[mt.sent].t0
	if i < s0 || t[i].kind != tokWord {
		return false
	}
	if info[t[i].id].roles&(rUntil|rEndVerb) != 0 || m.runsOut(i, s0) {
		return true // "until late October", "expires late October", "runs out late October"
	}
	verb := rRunVerb
	switch t[i].id {
	case wTo:
	case wIn, wOn:
		if m.runsOut(i-1, s0) {
			return true
		}
		verb = rEndVerb
	default:
		return false
	}
	return i-1 >= s0 && t[i-1].kind == tokWord && info[t[i-1].id].roles&verb != 0
}

// runsOut reports whether token i is "out" after "runs" or the like: "the clock runs out".
func (m *matcher) runsOut(i, s0 int) bool {
	t := m.c.r.toks
	return i-1 >= s0 && t[i].kind == tokWord && t[i].id == wOut &&
		t[i-1].kind == tokWord && m.c.set.lex.info[t[i-1].id].roles&rRunVerb != 0
}

// countStated reports whether another count of mention mi's sentence, unhedged, is claim cl's
// own value.
func (m *matcher) countStated(mi int, cl *Claim) bool {
	si := m.ms[mi].sent
	k := mi
	for k > 0 && m.ms[k-1].sent == si {
		k-- // the sentence's first mention
	}
	for ; k < len(m.ms) && m.ms[k].sent == si; k++ {
		if o := &m.ms[k]; k != mi && o.kind == KindCount && o.hedge == hedgeNone && o.val >= cl.Min && o.val <= cl.Max {
			return true
		}
	}
	return false
}

// contradiction records a contradiction and the token of the cue that decided it.
type contradiction struct {
	finding, mention int
	cueT, evT        int // the tokens of the deciding cue and of the event cue, or -1
}

// mutual softens contradictions that rest on each other: in "In August, Mexico sent 29", the
// month says the 29 are wrong and the 29 say the month is; one of them is, and the engine
// cannot tell which, so both become warnings that name the other.
func (m *matcher) mutual() {
	ms := m.ms
	inside := func(x *contradiction, mi int) bool {
		in := func(t int) bool { return t >= ms[mi].t0 && t < ms[mi].t1 }
		return x.cueT >= 0 && in(x.cueT) || x.evT >= 0 && in(x.evT)
	}
	for i := range m.contra {
		a := &m.contra[i]
		for j := i + 1; j < len(m.contra); j++ {
			b := &m.contra[j]
			if ms[b.mention].sent != ms[a.mention].sent {
				// Contradictions come in mention order, and a cue lies in its mention's
				// sentence: none further on can rest on this one.
				break
			}
			if ms[b.mention].t0 > max(a.cueT, a.evT) {
				break // b and those after it start beyond a's cues, so hold none of them
			}
			if !inside(a, b.mention) || !inside(b, a.mention) {
				continue
			}
			for _, x := range [][2]*contradiction{{a, b}, {b, a}} {
				f := &m.out[x[0].finding]
				if f.Severity == SevError {
					f.Severity = SevWarning
					f.Message = "Possibly wrong: " + f.Message
				}
				f.Message += " Or " + quote(m.out[x[1].finding].Text) + " is wrong instead."
			}
		}
	}
}

// primaryUnit reports whether a count whose noun is the best claim's is about the story's main
// event for want of any rival: "Fifteen aircraft carried the prisoners", in a paragraph that names
// no event, is about the main transfer's aircraft, however many other events had aircraft.
func (m *matcher) primaryUnit(mt *mention, cands []candidate, best int) bool {
	set := m.c.set
	e := set.claimEvent[cands[best].ci]
	if mt.kind != KindCount || e < 0 || !m.primary[e] || cands[best].ctx <= 0 || !contains(m.unitsOf(mt), cands[best].ci) {
		return false
	}
	for i := range cands {
		if i != best && cands[i].ctx > 0 {
			return false
		}
	}
	for o := range m.evScore {
		if o != e && m.evScore[o] > primaryAmb {
			return false // the sentence speaks of another event
		}
	}
	return true
}

// unitUnique reports whether the mention's noun belongs to claim ci alone among claims of its
// kind, and no other event is cued in the mention's clause more strongly than ci's: "90 vehicles"
// can only be the vehicles of the August operation.
func (m *matcher) unitUnique(mt *mention, ci int) bool {
	set := m.c.set
	units := m.unitsOf(mt)
	if len(units) == 0 || !contains(units, ci) {
		return false
	}
	for _, u := range units {
		if u != ci && set.Claims[u].Kind == set.Claims[ci].Kind {
			return false
		}
	}
	own := set.claimEvent[ci]
	if own < 0 {
		return true // a standing fact (seats, libraries), true whatever the sentence is about
	}
	for e := range m.evScore {
		if e != own && m.evScore[e] >= clauseFloor && (own < 0 || m.evScore[e] > m.evScore[own]) {
			return false // the mention's clause speaks of another event
		}
	}
	return true
}

// compatible reports whether a claim could be what the mention speaks of, given its form.
// inUnits is whether the mention's unit noun is one of claim ci's.
func (m *matcher) compatible(mt *mention, cl *Claim, ci int, inUnits bool) bool {
	switch mt.kind {
	case KindCount:
		// "The peso traded near 18.6": a fraction counts no people or things.
		if mt.val < 1e15 && mt.val != float64(int64(mt.val)) && cl.Value < 1e15 && cl.Value == float64(int64(cl.Value)) {
			return false
		}
		if mt.units.n() > 0 {
			return inUnits
		}
		// A bare number is the event's headline count, or a count a cue of its own names
		// ("a total of 55").
		// A number after a preposition is an amount of what a cue just before names ("the head
		// count at 988").
		return mt.bare && (cl.Primary || m.cueW[ci] > 0 || len(cl.SumOf) > 0) || !mt.foreign && m.cueW[ci] >= 0.6
	case KindPercent:
		return mt.units.n() == 0 || inUnits || len(cl.Units) == 0
	case KindDuration, KindOrdinal:
		if mt.kind == KindOrdinal {
			return inUnits
		}
		return mt.units.n() == 0 || inUnits || len(cl.Units) == 0
	case KindMoney:
		return mt.cur == m.c.set.claimCur[ci] && (mt.units.n() == 0 || inUnits || len(cl.Units) == 0)
	case KindWeekday:
		return cl.Date.Day > 0
	case KindYear:
		return true
	case KindDate:
		return true
	}
	return false
}

// fits reports whether the mention agrees with claim ci (cl). year is the year a date mention
// written without one was resolved to.
func (m *matcher) fits(mt *mention, cl *Claim, ci int, year calendarYear) bool {
	switch mt.kind {
	case KindPercent:
		return mt.points == cl.Points && mt.lo <= cl.Max+1e-9 && mt.hi >= cl.Min-1e-9 && !openMiss(mt, cl)
	case KindCount, KindOrdinal, KindMoney:
		return mt.lo <= cl.Max+1e-9 && mt.hi >= cl.Min-1e-9 && !openMiss(mt, cl)
	case KindDuration:
		d := cl.Duration.Days()
		return mt.lo <= d*1.02+1e-9 && mt.hi >= d*0.98-1e-9
	case KindYear:
		if cl.Kind == ClaimYear {
			return mt.val == cl.Value
		}
		return int(mt.val) == cl.Date.Year
	case KindWeekday:
		// "On Tuesday" is the Tuesday of the reference date's week, not any Tuesday.
		return m.c.set.claimDay[ci] == mt.d0
	case KindDate:
		lo, hi := m.c.set.claimSpan[ci][0], m.c.set.claimSpan[ci][1]
		if !mt.explicitYear {
			// The year was inferred, not written: compare within the claim's year.
			lo, hi = sameYear(year, lo, hi, m.c.set.claimCivil[ci])
		}
		if mt.d1 < lo || mt.d0 > hi {
			return false
		}
		// A weekday written with a month must fit the claim too. One written with a day that
		// fits the claim cannot fit the claim unless it fits its own date; when it does not,
		// only the weekday is wrong, which weekdayFits reports, and the date stands.
		if mt.wday > 0 && cl.Date.Day > 0 && mt.prec != precDay && weekday(lo) != int(mt.wday) {
			return false
		}
		return true
	}
	return false
}

// moreCues weighs the claim cues of claim ci in the mention's sentence beyond the best one, the
// hit best: a quarter of each that no other claim of its kind shares. Two claims may share a cue
// ("threatened" a 25% tariff in early 2025 and a 30% one in July); the one whose own cues are
// there too ("In July") is the likelier.
func (m *matcher) moreCues(mt *mention, ci, best int) float64 {
	c := m.c
	w := 0.0
	hs := near(m.cues(mt.sent).claims, mt.t0, mt.t1)
	kind := c.set.Claims[ci].Kind
next:
	for _, h := range hs {
		if h.target != ci || h.hi == best || h.t0 < mt.t1 && h.t1 > mt.t0 {
			continue
		}
		for _, o := range hs {
			if o.t0 == h.t0 && o.t1 == h.t1 && o.target != ci && c.set.Claims[o.target].Kind == kind {
				continue next
			}
		}
		w += 0.25 * proximity(distance(mt.t0, mt.t1, h.t0, h.t1), c.clause[h.t0] == c.clause[mt.t0])
	}
	return w
}

// startsAt reports whether a date mention follows a word that makes it the starting point of
// the noun before: "a 30% tariff from Aug. 1", "tariffs starting Aug. 1". At the head of a
// clause ("From March 7, goods were exempted") the date goes with the verb, not a noun.
func (m *matcher) startsAt(mt *mention) bool {
	t := m.c.r.toks
	info := m.c.set.lex.info
	i := mt.t0 - 1
	// "starting on the first of August": a day in words follows "the".
	if w := t[mt.t0]; i-1 >= m.c.sents[mt.sent].t0 && t[i].kind == tokWord && t[i].id == wThe && w.kind == tokWord && (info[w.id].ord > 0 || w.id == wLast) {
		i--
	}
	// The word before may end a rate: "threatening 30% starting August 1".
	if i-1 < m.c.sents[mt.sent].t0 || t[i].kind != tokWord || t[i-1].kind != tokWord && !(t[i-1].kind == tokPunct && t[i-1].r == '%') {
		return false
	}
	if t[i].id == wFrom || t[i].id == wFor {
		return true
	}
	// "starting Aug. 1", "was supposed to start on Feb. 4", "to take effect Aug. 1" (a planned
	// start; "took effect" is a claim's own cue, not a start to weigh again).
	if t[i].id == wOn {
		i--
	}
	if t[i].kind != tokWord {
		return false // "30% on Aug. 1": the rate's sign, no verb
	}
	if info[t[i].id].roles&rStartVerb != 0 {
		return true
	}
	return i-1 >= m.c.sents[mt.sent].t0 && strings.EqualFold(m.text[t[i].start:t[i].end], "effect") && t[i-1].kind == tokWord &&
		strings.EqualFold(m.text[t[i-1].start:t[i-1].end], "take")
}

// startClaim reports whether a date claim's cues speak of a start ("set to start", "took
// effect"): the claim is the date something began or was to begin.
func startClaim(cl *Claim) bool {
	for _, cue := range cl.Cues {
		for cue != "" {
			w := cue
			if i := strings.IndexByte(cue, ' '); i >= 0 {
				w, cue = cue[:i], cue[i+1:]
			} else {
				cue = ""
			}
			for _, s := range [...]string{"start", "starts", "begin", "begins", "effect", "effective", "force"} {
				if strings.EqualFold(w, s) {
					return true
				}
			}
		}
	}
	return false
}

// openMiss reports whether the claim lies only at the open end of a hedged quantity: "more than
// 26", "fewer than 26" and "nearly 26" each exclude 26 itself. The tolerance fits allows for
// rounding would otherwise let the fact through.
func openMiss(mt *mention, cl *Claim) bool {
	switch mt.hedge {
	case hedgeOver:
		return cl.Max <= mt.val
	case hedgeUnder, hedgeNearly:
		return cl.Min >= mt.val
	}
	return false
}

// sameYear moves the claim's days [lo,hi], the calendar dates ab, into the year my of the
// mention, so that a date written without a year ("July 1") is compared by month and day only.
func sameYear(my calendarYear, lo, hi int, ab [2]Date) (int, int) {
	a, b := ab[0], ab[1]
	if a.Year != b.Year {
		return lo, hi // the claim spans years; leave it
	}
	shift := func(d Date) int {
		if d.Month == 2 && d.Day == 29 && !my.leap {
			d.Day = 28
		}
		return my.day(d.Month, d.Day)
	}
	return shift(a), shift(b)
}

// negated reports whether the clause of token t holds a negation ("not", "unlike").
func (m *matcher) negated(t int) bool {
	c := m.c
	cl := c.clause[t]
	for j := t - 1; j >= 0 && c.clause[j] == cl && j >= t-10; j-- {
		tk := &c.r.toks[j]
		if tk.kind == tokWord && c.set.lex.info[tk.id].roles&rNegation != 0 {
			return true
		}
		if tk.kind == tokWord && strings.HasSuffix(m.text[tk.start:tk.end], "n't") {
			return true
		}
	}
	return false
}

// unknownMsg is the message of an unknown mention, by kindIndex.
var unknownMsg = func() (out [numKinds]string) {
	for _, k := range []Kind{KindCount, KindDate, KindWeekday, KindYear, KindPercent, KindDuration, KindOrdinal, KindMoney} {
		out[kindIndex(k)] = "No claim in the fact sheet covers this " + kindNoun(k) + "; check it by hand."
	}
	return out
}()

// numKinds bounds kindIndex.
const numKinds = 10

// kindIndex numbers the kinds of mention, for tables indexed by kind: a switch, not a map's
// hash, for every mention judged.
func kindIndex(k Kind) int {
	switch k {
	case KindCount:
		return 1
	case KindDate:
		return 2
	case KindWeekday:
		return 3
	case KindYear:
		return 4
	case KindPercent:
		return 5
	case KindDuration:
		return 6
	case KindOrdinal:
		return 7
	case KindMoney:
		return 8
	case KindName:
		return 9
	}
	return 0
}

func kindNoun(k Kind) string {
	switch k {
	case KindCount:
		return "number"
	case KindPercent:
		return "percentage"
	}
	return string(k)
}

// spanText returns the draft's words of a mention.
func (m *matcher) spanText(mt *mention) string {
	t := m.c.r.toks
	return m.text[t[mt.t0].start:t[mt.t1-1].end]
}

// emit records a finding for tokens [mt.t0, mt.t1).
func (m *matcher) emit(mt *mention, v Verdict, sev Severity, kind Kind, ci int, expected, suggestion, msg string) {
	t := m.c.r.toks
	m.emitSpan(int(t[mt.t0].start), int(t[mt.t1-1].end), v, sev, kind, ci, expected, suggestion, msg)
}

// emitSpan records a finding for bytes [start, end). It is kept out of line: it is called from
// some twenty places, and inlined it grew the WebAssembly build by 9 KB (4 KB gzipped).
//
//go:noinline
func (m *matcher) emitSpan(start, end int, v Verdict, sev Severity, kind Kind, ci int, expected, suggestion, msg string) {
	f := Finding{Verdict: v, Severity: sev, Kind: kind, Start: start, End: end, Text: m.text[start:end],
		Expected: expected, Suggestion: suggestion, Message: msg}
	if ci >= 0 {
		f.Claim = m.c.set.Claims[ci].ID
		f.Source = m.c.set.sourceText[ci]
	}
	if f.Suggestion == f.Text {
		f.Suggestion = ""
	}
	m.out = append(m.out, f)
}

// expected returns the claim's value as an editor reads it, for a mention of the claim.
func (m *matcher) expected(mt *mention, ci int) string {
	if mt.kind == KindYear {
		return m.c.set.expectedYear[ci]
	}
	return m.c.set.expected[ci]
}

// expectedText writes the claim's value as an editor reads it; year asks a date claim for its
// year alone. It runs once per claim, when the claim set loads.
func expectedText(cl *Claim, year bool) string {
	switch cl.Kind {
	case ClaimCount:
		if cl.Min != cl.Max {
			return formatNumber(cl.Value) + " (" + formatNumber(cl.Min) + "–" + formatNumber(cl.Max) + ")"
		}
		return formatNumber(cl.Value)
	case ClaimPercent:
		if cl.Points {
			return formatNumber(cl.Value) + " percentage points"
		}
		return formatNumber(cl.Value) + "%"
	case ClaimDuration:
		return cl.Duration.String()
	case ClaimOrdinal:
		return ordinalWord(int(cl.Value))
	case ClaimMoney:
		return formatMoney(cl.Value, currencyByCode(cl.Currency))
	case ClaimYear:
		return decimal(int(cl.Value))
	case ClaimDate:
		if year {
			return decimal(cl.Date.Year)
		}
		return cl.Date.Human()
	}
	return ""
}

// governed returns the candidate whose claim's own words govern a date, or -1: "an executive
// order Trump signed on Jan. 20, the State Department designated …" dates the signing, though
// the sentence speaks of the designation. The caller asks only when the best candidate is tied
// from beyond the date's stretch, which starts at token lo (see stretch). The cue must end
// right before the date, or before "on" or "in" and the date, and the stretch must name the
// claim's thing, not just a verb many facts share ("The designations, announced on July 12, …" dates no letter): by a
// second cue of the claim ("executive order … signed"), or, for a date the claim fits, by the
// cue itself being a noun of the claim's event ("a handover in August, an extension"). The cue
// may speak for several candidates: the date then goes to one it fits unless one it does not
// fit is the best ("Of the 26, most were sent on Feb. 27": "sent" speaks of both transfers, "26"
// of the August one); if the date fits none, the cue must speak for one alone.
func (m *matcher) governed(mt *mention, cands []candidate, best, lo int) int {
	c := m.c
	at := mt.t0
	if at > 0 && c.r.toks[at-1].kind == tokWord && (c.r.toks[at-1].id == wOn || c.r.toks[at-1].id == wIn) {
		at--
	}
	hits := near(m.cues(mt.sent).claims, mt.t0, mt.t1)
	found, fitting, n, fit, bestIn := -1, -1, 0, 0, false
	var gh cueHit
	for _, h := range hits {
		if h.t1 != at {
			continue
		}
		for i := range cands {
			if cands[i].ci == h.target {
				found, n, gh = i, n+1, h
				bestIn = bestIn || i == best
				if cands[i].fits {
					fitting, fit = i, fit+1
				}
			}
		}
	}
	pick := found
	switch {
	case fit > 0 && (fit == n || !bestIn):
		pick = fitting
	case fit > 0 || n != 1:
		return -1
	}
	// A second cue of the claim in the stretch names it; so does, for a date it fits, a noun of
	// its event as the cue itself.
	for _, h := range hits {
		if h.target == cands[pick].ci && h.t0 >= lo && h.t1 <= gh.t0 && !(h.t0 < mt.t1 && h.t1 > mt.t0) {
			return pick
		}
	}
	if fit > 0 && m.eventNoun(mt.sent, gh.t0, gh.t1, m.c.set.claimEvent[cands[pick].ci]) {
		return pick
	}
	return -1
}

// eventNoun reports whether tokens [t0,t1) of sentence si are a unit noun of a claim of event e
// ("handover").
func (m *matcher) eventNoun(si, t0, t1, e int) bool {
	if e < 0 {
		return false
	}
	set := m.c.set
	hs := m.c.hits[si] // in token order
	k, hi := 0, len(hs)
	for k < hi {
		if mid := (k + hi) / 2; int(hs[mid].t0) < t0 {
			k = mid + 1
		} else {
			hi = mid
		}
	}
	for ; k < len(hs) && int(hs[k].t0) == t0; k++ {
		p := &set.lex.list[hs[k].ph]
		if int(hs[k].t1) == t1 && p.role == phUnit && set.claimEvent[p.target] == e {
			return true
		}
	}
	return false
}

// elidedRate reports whether count mi stands where a rate would, shortly after one in its
// sentence (among the four mentions before it: a pasted table is one long sentence): not after
// "the" or "of", and followed by a mark or by "on", "in" or "for".
func (m *matcher) elidedRate(mi int) bool {
	t := m.c.r.toks
	mt := &m.ms[mi]
	if p := mt.t0 - 1; p >= 0 && t[p].kind == tokWord && (t[p].id == wThe || t[p].id == wOf) {
		return false
	}
	if mt.t1 < len(t) {
		if n := &t[mt.t1]; n.kind == tokWord && n.id != wOn && n.id != wIn && n.id != wFor {
			return false
		}
	}
	for k := mi - 1; k >= 0 && k >= mi-4 && m.ms[k].sent == mt.sent; k-- {
		if m.ms[k].kind == KindPercent {
			return true
		}
	}
	return false
}

// laterEvent is how many days after a story's date an event must begin for the story to be
// taken as not speaking of it (see quantity).
const laterEvent = 60

// What eventTime says of a claim's event against the story's date.
const (
	eventUndated = iota // no event, or an event with no date
	eventBegun          // begun by the story's date
	eventSoon           // beginning within laterEvent days of it
	eventLater          // beginning later still
)

func (m *matcher) eventTime(ci int) int {
	set := m.c.set
	e := set.claimEvent[ci]
	switch {
	case e < 0 || set.eventDay[e] == 0:
		return eventUndated
	case set.eventDay[e] <= m.c.r.refDay:
		return eventBegun
	case set.eventDay[e] <= m.c.r.refDay+laterEvent:
		return eventSoon
	}
	return eventLater
}

// measuredFrom reports whether "before", "after" or "since" comes shortly before mention mt in
// its sentence: what follows is another moment than the one the sentence tells of.
func (m *matcher) measuredFrom(mt *mention) bool {
	t := m.c.r.toks
	s0 := m.c.sents[mt.sent].t0
	for k := mt.t0 - 1; k >= s0 && k >= mt.t0-8; k-- {
		if t[k].kind == tokWord && (t[k].id == wBefore || t[k].id == wAfter || t[k].id == wSince) {
			return true
		}
	}
	return false
}

// speaksAhead reports whether words of the future or of a plan stand within ten tokens of
// mention mt in its sentence ("will", "plans", "could").
func (m *matcher) speaksAhead(mt *mention) bool {
	c := m.c
	t := c.r.toks
	s := c.sents[mt.sent]
	for k := max(s.t0, mt.t0-10); k < min(s.t1, mt.t1+10); k++ {
		if t[k].kind == tokWord && c.set.lex.info[t[k].id].roles&rFuture != 0 {
			return true
		}
	}
	return false
}

// yearSlip reports whether d is the one-day fact span, its month and day, a year before or after.
func yearSlip(d Date, span [2]Date) bool {
	f := span[0]
	return f == span[1] && d.Month == f.Month && d.Day == f.Day && (d.Year == f.Year+1 || d.Year == f.Year-1)
}
