package claims

// Check is the engine's entry point: text → tokens → sentences → mentions → findings. Checking
// cannot fail: any input, including invalid UTF-8, yields findings whose spans lie inside the
// text, sorted by start.

import "sync"

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
	clause []int32
	hits   [][]phraseHit // phrase hits of each sentence
	best   []int         // for each mention: the event it was judged to be about, or -1

	dateTok []bool // per token: inside a date mention
	numTok  []bool // per token: inside a count mention

	out    []Finding // findings in the order the matcher makes them, before sorting
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
	*r = recognizer{text: text, toks: r.toks[:0], lx: set.lex, set: set, hits: r.hits[:0], mentions: r.mentions[:0],
		unitBuf: r.unitBuf[:0], unitScratch: r.unitScratch}
	if cap(r.toks) < len(text)/5 {
		r.toks = make([]token, 0, len(text)/5)
	}
	r.toks = lexAppend(r.toks, text, set.lex)
	c.sents, c.clause = segment(text, r.toks, set.lex, c.sents, c.clause)

	rep := Report{Reference: set.AsOf}
	if opts.Dateline.Day > 0 {
		rep.Reference = opts.Dateline
	} else if d, t0, t1, ok := c.dateline(); ok {
		rep.Reference, rep.Dateline = d, true
		_ = t0
		_ = t1
	}
	r.refDay = dayNumber(rep.Reference.Year, rep.Reference.Month, rep.Reference.Day)

	// Recognize mentions sentence by sentence, keeping each sentence's phrase hits.
	for len(c.hits) < len(c.sents) {
		c.hits = append(c.hits, nil)
	}
	for si, s := range c.sents {
		r.start, r.end = s.t0, s.t1
		r.hits = c.hits[si][:0]
		r.scanPhrases()
		c.hits[si] = r.hits
		r.recognize(si)
	}
	if rep.Dateline {
		c.markDateline()
	}
	c.dateTok = c.dateTok[:0]
	for range r.toks {
		c.dateTok = append(c.dateTok, false)
	}
	c.numTok = c.numTok[:0]
	for range r.toks {
		c.numTok = append(c.numTok, false)
	}
	for _, mt := range r.mentions {
		switch mt.kind {
		case KindDate, KindWeekday:
			for k := mt.t0; k < mt.t1; k++ {
				c.dateTok[k] = true
			}
		case KindCount:
			for k := mt.t0; k < mt.t1; k++ {
				c.numTok[k] = true
			}
		}
	}

	m := matcher{c: c, text: text, out: c.out[:0]}
	c.out = m.run()
	rep.Findings = c.sorter.sorted(c.out)
	locate(text, rep.Findings)
	return rep
}

// dateline finds the draft's dateline: a full date near the start of one of its first three
// paragraphs, followed by a dash or alone on its line ("MEXICO CITY, Aug. 13, 2025 —",
// "August 14, 2025").
func (c *Checker) dateline() (Date, int, int, bool) {
	r := &c.r
	for _, s := range c.sents {
		if s.para > 2 {
			break
		}
		r.start, r.end = s.t0, s.t1
		for i := s.t0; i < s.t1 && i < s.t0+12; i++ {
			start := i
			if wd := r.weekdayAt(i); wd > 0 {
				i++
				if r.punctAt(i, ',') {
					i++
				}
			}
			m, next, ok := r.calendarDate(i)
			if !ok || !m.explicitYear || m.prec != precDay {
				i = start
				continue
			}
			if next >= s.t1 || r.toks[next].is(fNewline) || r.punctAt(next, '—') || r.punctAt(next, '–') ||
				r.punctAt(next, '-') || r.punctAt(next, ':') || r.punctAt(next, '|') {
				return civil(m.d0), start, next, true
			}
			i = start
		}
	}
	return Date{}, 0, 0, false
}

// markDateline marks the mention of the dateline itself, which states no fact to check.
func (c *Checker) markDateline() {
	_, t0, _, ok := c.dateline()
	if !ok {
		return
	}
	for i := range c.r.mentions {
		m := &c.r.mentions[i]
		if m.kind == KindDate && m.t0 == t0 {
			m.dateline = true
			return
		}
	}
}
