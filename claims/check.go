package claims

// Check is the engine's entry point: text → tokens → sentences → mentions → findings. Checking
// cannot fail: any input, including invalid UTF-8, yields findings whose spans lie inside the
// text, sorted by start.

import (
	"runtime"
	"slices"
	"sync"
)

// Options tune one check.
type Options struct {
	// Dateline is the reference date for relative dates ("on Tuesday", "in February"). The zero
	// Date means: the draft's own dateline if it has one, else the claim set's as-of date.
	Dateline Date
}

// Report is the result of checking one draft.
type Report struct {
	Findings  []Finding
	Reference Date // the date relative expressions were resolved against
	Dateline  bool // Reference came from the draft's own dateline
}

// Checker checks drafts against one claim set, reusing its buffers between checks. A Checker is
// not safe for concurrent use; the package-level Check is.
type Checker struct {
	set    *ClaimSet
	r      recognizer
	sents  []sentence
	clause []int32       // per token: its clause, numbered across the draft
	breaks []int32       // per token and one past: the clause-breaking marks before it (see clauses)
	hits   [][]phraseHit // phrase hits of each sentence
	best   []int         // for each mention: the event it was judged to be about, or -1

	dateTok []uint8 // per token: inside a date mention (inDate), one to the day (inDayDate)
	dateAt  []int32 // per token inside a date mention: that mention's index (read only where dateTok is set)

	sequential bool // never pipeline (for tests)

	sents2                 []sentence // splitHalves' second half
	lastFindings, lastToks int        // findings and tokens of the last draft, to size the next one's findings

	cs clauses    // the numbering of clauses, sentence by sentence
	uc unitCounts // the counts and ordinals of the draft, for ordinalCount

	prep       []sentPrep   // per sentence: where prepare put its cue hits and dates
	cueBuf     []cueHit     // every sentence's phrase hits, sorted by what they stand for
	dateBuf    []dateHit    // every sentence's dates that are an event's date
	sc         sentenceCues // prepare's lists
	cps        []textPos    // where each sentence starts, counted for locate (checkpoints)
	datelineAt int          // the first token of the draft's dateline while its mention is not found, or -1

	m      matcher // kept, with its buffers, from one check to the next
	sorter findingSorter
}

// NewChecker returns a Checker for set.
func NewChecker(set *ClaimSet) *Checker {
	return &Checker{set: set}
}

var pools sync.Map // *ClaimSet → *sync.Pool of *Checker

// Check checks text against set. It is safe for concurrent use.
func Check(set *ClaimSet, text string, opts Options) Report {
	p, _ := pools.LoadOrStore(set, &sync.Pool{New: func() any { return NewChecker(set) }})
	pool := p.(*sync.Pool)
	c := pool.Get().(*Checker)
	rep := c.Check(text, opts)
	pool.Put(c)
	return rep
}

// Check checks one draft.
func (c *Checker) Check(text string, opts Options) Report {
	set := c.set
	r := &c.r
	*r = recognizer{text: text, toks: r.toks[:0], lx: set.lex, set: set, hitBuf: r.hitBuf[:0], mentions: r.mentions[:0],
		unitBuf: r.unitBuf[:0], unitScratch: r.unitScratch, hitFrom: r.hitFrom}
	if cap(r.toks) < len(text)/5 {
		r.toks = make([]token, 0, len(text)/5)
	}
	if len(text) >= pipelineTokens*16 && parallel && c.parallel() {
		r.toks = c.lexHalves(text)
	} else {
		r.toks = lexAppend(r.toks, text, set.lex)
	}
	if len(r.toks) >= 4*pipelineTokens && parallel && c.parallel() {
		c.sents, c.sents2 = splitHalves(text, r.toks, c.sents[:0], c.sents2)
	} else {
		c.sents = splitSentences(text, r.toks, c.sents[:0])
	}
	// A Checker's first check would grow its largest buffers by doubling, copying each several
	// times over; sized from the tokens (as dense in facts as the evaluation drafts: a mention
	// in nine tokens, a phrase hit in two), they are allocated once.
	r.mentions = slices.Grow(r.mentions, len(r.toks)/8)
	r.hitBuf = slices.Grow(r.hitBuf, len(r.toks)/2)

	rep := Report{Reference: set.AsOf}
	datelineAt := -1 // the first token of the draft's own dateline, whose mention states no fact
	// The draft's dateline states no fact, even when the option sets the reference.
	if d, t0, ok := c.dateline(); ok {
		rep.Reference, rep.Dateline = d, true
		datelineAt = t0
	}
	if opts.Dateline.Day > 0 {
		rep.Reference, rep.Dateline = opts.Dateline, false
	}
	r.refDay = dayNumber(rep.Reference.Year, rep.Reference.Month, rep.Reference.Day)

	// Recognize mentions sentence by sentence, keeping each sentence's phrase hits, and judge
	// each sentence's mentions as soon as they are found: the matcher reads nothing of later
	// sentences, and reads this one's tokens, hits and mentions while they are still in the
	// processor's caches. A long draft is recognized and judged at once, on two processors
	// (pipeline.go).
	for len(c.hits) < len(c.sents) {
		c.hits = append(c.hits, nil)
	}
	c.dateTok = slices.Grow(c.dateTok[:0], len(r.toks))[:len(r.toks)]
	clear(c.dateTok)
	c.dateAt = slices.Grow(c.dateAt[:0], len(r.toks))[:len(r.toks)]
	c.clause = slices.Grow(c.clause[:0], len(r.toks))[:len(r.toks)]
	c.breaks = slices.Grow(c.breaks[:0], len(r.toks)+1)[:len(r.toks)+1]
	c.cs, c.datelineAt = clauses{}, datelineAt
	clear(c.uc.counts)
	c.prep = resize(c.prep, len(c.sents))
	c.cueBuf = slices.Grow(c.cueBuf[:0], len(r.toks)/3)
	c.dateBuf = c.dateBuf[:0]
	c.uc.ordinals = c.uc.ordinals[:0]
	m := &c.m
	// The findings go straight into the slice the report hands out, sorted there in place. It is
	// sized as densely as the last draft was in findings, or as the evaluation drafts are, a
	// finding in six tokens: growing it would copy every finding.
	est := len(r.toks)/6 + 16
	if c.lastToks > 0 {
		est = int(int64(c.lastFindings)*int64(len(r.toks))/int64(c.lastToks))*9/8 + 16
	}
	m.start(c, text, make([]Finding, 0, est))
	c.cps = c.cps[:0]
	if len(r.toks) >= pipelineTokens && parallel && c.parallel() {
		c.pipeline()
	} else {
		for si := range c.sents {
			first := c.recognizeSentence(si)
			m.ms, m.units, m.cueBuf, m.dateBuf = r.mentions, r.unitBuf, c.cueBuf, c.dateBuf
			m.judge(first)
		}
	}
	m.ms, m.units, m.cueBuf, m.dateBuf = r.mentions, r.unitBuf, c.cueBuf, c.dateBuf
	c.breaks[len(r.toks)] = c.cs.marks
	rep.Findings = c.sorter.sort(m.finish())
	c.lastFindings, c.lastToks = len(rep.Findings), len(r.toks)
	if fs := rep.Findings; parallel && len(c.cps) > 0 && len(fs) >= 4096 {
		// The checkpoints of a pipelined check let each half of the findings be located on
		// its own processor: the pass is bound by reading and writing the findings.
		done := make(chan any, 1)
		go func() {
			defer func() { done <- recover() }()
			locate(text, fs[len(fs)/2:], c.cps)
		}()
		locate(text, fs[:len(fs)/2], c.cps)
		if fault := <-done; fault != nil {
			panic(fault)
		}
	} else {
		locate(text, rep.Findings, c.cps)
	}
	return rep
}

// parallel tells whether this check may use a second processor: never in a browser, where Go's
// WebAssembly runs on one thread. Its callers test the constant parallel first, so that the
// browser build, which compiles without inlining, leaves the pipeline's code out.
func (c *Checker) parallel() bool {
	return parallel && !c.sequential && runtime.GOMAXPROCS(0) > 1
}

// lexHalves lexes a long draft in two halves at once, on two processors, and returns its tokens.
// Both halves go into one array, the second after room for the first as long as a token in
// four bytes; the second is then moved down to follow the first. A half that outgrows its room
// goes to an array of its own, and is copied.
func (c *Checker) lexHalves(text string) []token {
	r := &c.r
	cut := lexCut(text, len(text)/2)
	if cut < 0 {
		return lexAppend(r.toks, text, c.set.lex)
	}
	room := cut/4 + 64
	if need := room + (len(text)-cut)/4 + 64; cap(r.toks) < need {
		r.toks = make([]token, 0, need)
	}
	first, second := r.toks[:0:room], r.toks[room:room]
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		second = lexRange(second, text, cut, len(text), c.set.lex)
	}()
	waited := false
	defer func() {
		if !waited {
			<-done // a panic in the first half goes on once the second is lexed
		}
	}()
	first = lexRange(first, text, 0, cut, c.set.lex)
	waited = true
	if fault := <-done; fault != nil {
		panic(fault)
	}
	if cap(first) != room || cap(second) != cap(r.toks)-room {
		return append(first, second...) // a half outgrew its room
	}
	n := copy(r.toks[len(first):cap(r.toks)], second)
	return r.toks[:len(first)+n]
}

// What dateTok holds for a token inside a date mention.
const (
	inDate    = 1 // a month, a weekday, a date to the month
	inDayDate = 2 // a date to the day
)

// recognizeSentence numbers the clauses of sentence si, finds its phrases and its mentions, and
// returns the index of its first mention.
func (c *Checker) recognizeSentence(si int) int {
	r := &c.r
	s := c.sents[si]
	c.cs.number(r.toks, c.set.lex, s, si, c.clause, c.breaks)
	r.start, r.end = s.t0, s.t1
	r.scanPhrases()
	c.hits[si] = r.hits
	first := len(r.mentions)
	r.recognize(si)
	for i := first; i < len(r.mentions); i++ {
		mt := &r.mentions[i]
		if c.datelineAt >= 0 && mt.kind == KindDate && mt.t0 == c.datelineAt {
			mt.dateline, c.datelineAt = true, -1
		}
		if mt.kind == KindDate || mt.kind == KindWeekday {
			mark := uint8(inDate)
			if mt.kind == KindDate && mt.prec == precDay {
				mark = inDayDate
			}
			for k := mt.t0; k < mt.t1; k++ {
				c.dateTok[k], c.dateAt[k] = mark, int32(i)
			}
		}
		c.countUnit(i)
	}
	c.parties(first)
	c.prepare(si, first)
	return first
}

// dateline finds the draft's dateline and the token it starts at: a date near the start of one
// of its first three paragraphs, followed by a dash or alone on its line ("MEXICO CITY, Aug. 13,
// 2025 —", "August 14, 2025", "By Ana Ruiz | Aug. 14, 2025"), with perhaps an agency in
// brackets before the dash ("MEXICO CITY, Aug 13 (Reuters) -"). The date heads its line or
// follows a place, a byline or a label ("Updated") and a separator, with no number before it:
// a headline that ends with a date ("Mexico sends 26 north on Aug. 13, 2025") states a fact
// and is checked. Without a year ("MEXICO CITY, Aug. 13 —") the year is the claim set's as-of
// year.
func (c *Checker) dateline() (Date, int, bool) {
	r := &c.r
	asOf := c.set.AsOf
	r.refDay = dayNumber(asOf.Year, asOf.Month, asOf.Day) // for a date without a year
	for si, s := range c.sents {
		if s.para > 2 {
			break
		}
		r.start, r.end = s.t0, s.t1
		if c.datelessLead(s) {
			break // "WASHINGTON (Wire) —": the body opens with no date, and what follows is no dateline
		}
		for i := s.t0; i < s.t1 && i < s.t0+12; i++ {
			start := i
			if wd := r.weekdayAt(i); wd > 0 {
				i++
				if r.punctAt(i, ',') {
					i++
				}
			}
			var m mention
			next, ok := r.calendarDate(i, &m)
			if !ok || m.prec != precDay || start != s.t0 && !c.datelineLead(s.t0, start) {
				i = start
				continue
			}
			// "Aug. 13, 2025 (Reuters) —": an agency in brackets between the date and the dash.
			if r.punctAt(next, '(') {
				for k := next + 1; k < s.t1 && k <= next+4; k++ {
					if r.punctAt(k, ')') {
						next = k + 1
						break
					}
				}
			}
			if next >= s.t1 || r.toks[next].is(fNewline) || r.punctAt(next, '—') || r.punctAt(next, '–') ||
				r.punctAt(next, '-') || r.punctAt(next, ':') || r.punctAt(next, '|') {
				if start == s.t0 && c.timelineAt(si+1, s.para) {
					return Date{}, 0, false // "Oct. 1, 2024 — Sheinbaum takes office." and more dated lines
				}
				d := civil(m.d0)
				if !m.explicitYear {
					d.Year = asOf.Year
					if !validDate(d.Year, d.Month, d.Day) {
						i = start
						continue
					}
				}
				return d, start, true
			}
			i = start
		}
	}
	return Date{}, 0, false
}

// datelessLead reports whether sentence s opens with a dateline that gives no date: a place in
// capitals, perhaps an agency in brackets, a spaced dash with no date after it ("WASHINGTON
// (Wire) —", "MEXICO CITY —"), and the body's first sentence.
func (c *Checker) datelessLead(s sentence) bool {
	t := c.r.toks
	if t[s.t0].kind != tokWord || !t[s.t0].is(fAllCaps) {
		return false
	}
	for k := s.t0 + 1; k < s.t1 && k <= s.t0+8; k++ {
		switch tk := &t[k]; {
		case tk.kind == tokPunct && (tk.r == '—' || tk.r == '–' || tk.r == '-') && !c.r.glued(k):
			// The body runs on after the dash to a full stop; a headline or a kicker ("BREAKING —
			// Mexico sends 26 north") does not.
			if t[s.t1-1].kind != tokPunct || t[s.t1-1].r != '.' {
				return false
			}
			if k++; c.r.weekdayAt(k) > 0 { // "MEXICO CITY (Reuters) - Thursday, Aug. 21, 2025"
				k++
				if c.r.punctAt(k, ',') {
					k++
				}
			}
			var m mention
			_, dated := c.r.calendarDate(k, &m)
			return !dated
		case tk.kind == tokWord && tk.is(fCap), tk.kind == tokPunct && (tk.r == '(' || tk.r == ')' || tk.r == ','):
		default:
			return false
		}
	}
	return false
}

// timelineAt reports whether the sentence si opens a paragraph after para with a date and a
// dash, as the entries of a timeline do ("Jan. 20, 2025 — Trump signs an executive order."): a
// date opening the paragraph before it is an entry too, not a dateline.
func (c *Checker) timelineAt(si, para int) bool {
	r := &c.r
	for ; si < len(c.sents) && c.sents[si].para == para; si++ {
	}
	if si >= len(c.sents) {
		return false
	}
	s := c.sents[si]
	start, end := r.start, r.end
	defer func() { r.start, r.end = start, end }()
	r.start, r.end = s.t0, s.t1
	var m mention
	next, ok := r.calendarDate(s.t0, &m)
	if ok && r.punctAt(next, '(') { // "Feb. 27 (Thursday) —"
		for next++; next < s.t1 && !r.punctAt(next, ')'); next++ {
		}
		next++
	}
	return ok && (r.punctAt(next, '—') || r.punctAt(next, '–') || r.punctAt(next, '-'))
}

// datelineLead reports whether the tokens [t0, start) may lead a dateline's date: a place, a
// byline, an agency or a label ("MEXICO CITY,", "By Ana Ruiz |", "MEXICO CITY (Reuters) -",
// "Published on", "Updated 3:15 p.m.,"). Its words are capitalized or a few small ones; its
// numbers only tell the time; and a date after "on" follows a label, not a headline's verb
// ("Mexico Sends Cartel Bosses North on Aug. 13, 2025" states a fact).
func (c *Checker) datelineLead(t0, start int) bool {
	t := c.r.toks
	info := c.set.lex.info
	label := func(i int) bool {
		if i < t0 || t[i].kind != tokWord {
			return false
		}
		switch t[i].id {
		case wUpdated, wPublished, wPosted, wFiled, wDated, wModified, wIssued:
			return true
		}
		return false
	}
	for i := t0; i < start; i++ {
		tk := &t[i]
		switch tk.kind {
		case tokNumber:
			// A time: 3:15, 9 a.m.
			if !(i+1 < start && (t[i+1].kind == tokPunct && t[i+1].r == ':' || t[i+1].kind == tokWord && info[t[i+1].id].roles&rTimeOfDay != 0) ||
				i > t0 && t[i-1].kind == tokPunct && t[i-1].r == ':') {
				return false
			}
		case tokWord:
			switch {
			case tk.is(fCap), label(i), info[tk.id].roles&rTimeOfDay != 0:
			case tk.id == wOn || tk.id == wAt || tk.id == wBy || tk.id == wOf || tk.id == wAnd || tk.id == wLast:
			case tk.end-tk.start <= 3 && info[tk.id].roles&rFunction == 0: // "Ciudad de México"
			default:
				return false // a lower-case word: a sentence, not a dateline
			}
		}
	}
	last := start - 1
	if t[last].kind == tokWord && t[last].id == wOn {
		return label(last - 1)
	}
	// "MEXICO SENDS PRISONERS NORTH AUGUST 13": a headline in capitals running into its date; a
	// place in capitals is followed by a comma.
	return !(t[last].kind == tokWord && t[last].is(fAllCaps) && !label(last) && last-1 >= t0 &&
		t[last-1].kind == tokWord && t[last-1].is(fAllCaps))
}
