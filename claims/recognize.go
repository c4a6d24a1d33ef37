package claims

// The recognizer walks each sentence once. It first finds the claim set's phrases (event cues,
// unit nouns, names, office titles), then the typed mentions (dates, quantities, ordinals), each
// recognizer in its own file. A token belongs to at most one typed mention: longer forms are
// tried first ("Tuesday, Aug. 12, 2025" before "Tuesday", "90 days" before "90").

import "slices"

// Kind is the kind of a mention and of its finding.
type Kind string

// The kinds of finding. Each is documented in docs/findings.md.
const (
	KindCount       Kind = "count"       // 26 people, twenty-six, more than two dozen
	KindDate        Kind = "date"        // Aug. 12, 2025; in February; early 2025
	KindWeekday     Kind = "weekday"     // on Tuesday
	KindYear        Kind = "year"        // 1985
	KindPercent     Kind = "percent"     // 25%, 25 percent, 3 percentage points
	KindDuration    Kind = "duration"    // 90 days, a month
	KindOrdinal     Kind = "ordinal"     // the second such transfer
	KindMoney       Kind = "money"       // $482.5 million
	KindName        Kind = "name"        // Servando Gómez Martínez
	KindOffice      Kind = "office"      // Attorney General Pam Bondi
	KindAttribution Kind = "attribution" // a person tied to the wrong group or event
	KindInternal    Kind = "internal"    // the draft disagrees with itself
)

// mention is one checkable statement found in a draft. Its fields are grouped by role, and
// within a role the small ones last, so that the struct, copied for every mention found and
// read for every one judged, carries no padding.
type mention struct {
	kind   Kind
	t0, t1 int // token range, half-open
	sent   int // index of the sentence

	// Quantities: the interval the words allow, the value as written, how it was written.
	lo, hi  float64
	val     float64
	n0, n1  int       // token range of the number itself, inside [t0,t1); n1 == 0 when unknown
	dur     Duration  // durations
	relEnd  int       // durations with rel: the token just past the relation words
	units   unitRange // claims whose unit noun goes with this number
	unitTok [2]int    // token range of the unit noun found, or -1

	// Dates: the day numbers covered, how precisely, and any weekday written with them.
	d0, d1  int
	wdayTok int

	// Names: the person or group claim and the phrase matched.
	claim  int
	phrase int32

	hedge   hedgeKind
	words   bool     // written in words ("twenty-six")
	points  bool     // percentage points
	cur     currency // money
	rel     int8     // durations: -1 "before", +1 "after" the moment that follows, 0 a plain length
	exact   bool     // durations with rel: "to the day"
	bare    bool     // no noun follows: "the 26 were flown"
	foreign bool     // a noun follows that no claim counts
	other   bool     // the sentence ties it to a party the claim set is not about (parties)

	prec         datePrec // dates
	explicitYear bool
	wday         int8
	dateline     bool

	typo bool // names: matched through a misspelt word
}

// unitRange is where a mention's unit claims are kept: unitBuf[u0:u1] of its draft. A mention
// holds no pointer, so that the garbage collector need not scan the draft's mentions, nor
// copying one need write barriers.
type unitRange struct{ u0, u1 int32 }

// n returns how many claims the range holds.
func (u unitRange) n() int { return int(u.u1 - u.u0) }

// phraseHit is one occurrence of a claim-set phrase in a sentence.
type phraseHit struct {
	t0, t1 int32 // token range, half-open
	ph     int32
}

// recognizer holds the state of one pass over a draft.
type recognizer struct {
	text     string
	toks     []token
	lx       *lexicon
	set      *ClaimSet
	refDay   int // day number of the reference date
	start    int // token range of the current sentence
	end      int
	future   bool        // the current clause speaks of the future
	hits     []phraseHit // the current sentence's, a slice of hitBuf
	hitBuf   []phraseHit // the hits of every sentence so far
	hitFrom  []int32     // per token of the sentence, and one past: the first of its hits (see hitsAt)
	mentions []mention

	unitBuf     []int // the unit claims of every mention: each mention's units is a slice of it
	unitScratch []int // unitsAt's result
}

// ref returns the reference for relative dates at token i.
func (r *recognizer) ref(i int) reference {
	return reference{day: r.refDay, future: r.futureAt(i)}
}

// futureAt reports whether the clause of token i speaks of the future ("will", "next").
func (r *recognizer) futureAt(i int) bool {
	for j := i - 1; j >= r.start && j >= i-8; j-- {
		tk := &r.toks[j]
		if tk.kind == tokPunct && (tk.r == ';' || tk.r == '—' || tk.r == '.') {
			break
		}
		if tk.kind == tokWord && r.lx.info[tk.id].roles&rFuture != 0 {
			return true
		}
	}
	return false
}

func (r *recognizer) punctAt(i int, p rune) bool {
	return i < r.end && i >= r.start && r.toks[i].kind == tokPunct && r.toks[i].r == p
}

func (r *recognizer) wordAt(i int, id int32) bool {
	return i < r.end && i >= r.start && r.toks[i].kind == tokWord && r.toks[i].id == id
}

// roleAt reports whether token i of the current sentence is a word of the role.
func (r *recognizer) roleAt(i int, role uint32) bool {
	return i >= r.start && i < r.end && r.toks[i].kind == tokWord && r.lx.info[r.toks[i].id].roles&role != 0
}

// glued reports whether token i follows the previous one with no space between.
func (r *recognizer) glued(i int) bool {
	return i < r.end && i > r.start && r.toks[i].flags&fSpace == 0
}

// numLen returns the number of digits of a plain number token at i (no separators), or 0.
func (r *recognizer) numLen(i int) int {
	if i >= r.end || i < r.start || r.toks[i].kind != tokNumber {
		return 0
	}
	s := r.text[r.toks[i].start:r.toks[i].end]
	if !isDigits(s) {
		return 0
	}
	return len(s)
}

// gluedWord reports whether token i is a word, number, hyphen or percent sign glued to the one
// before: "2025-08", "2025s", "1985%".
func (r *recognizer) gluedWord(i int) bool {
	if !r.glued(i) {
		return false
	}
	tk := &r.toks[i]
	return tk.kind != tokPunct || tk.r == '-' || tk.r == '%' || tk.r == '/'
}

func (r *recognizer) intAt(i int) int {
	n := 0
	for _, c := range []byte(r.text[r.toks[i].start:r.toks[i].end]) {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			if n > 1e9 {
				return n
			}
		}
	}
	return n
}

// ordinalSuffix reports whether token i is "st", "nd", "rd" or "th" glued to a number.
func (r *recognizer) ordinalSuffix(i int) bool {
	if i >= r.end || r.toks[i].kind != tokWord || !r.glued(i) {
		return false
	}
	s := r.text[r.toks[i].start:r.toks[i].end]
	return s == "st" || s == "nd" || s == "rd" || s == "th"
}

// dayOfMonth reads a day number (1–31, optionally "12th") at i.
func (r *recognizer) dayOfMonth(i int) (int, int, bool) {
	if n := r.numLen(i); n < 1 || n > 2 {
		return 0, i, false
	}
	d := r.intAt(i)
	next := i + 1
	if r.ordinalSuffix(next) {
		next++
	} else if next < r.end && r.glued(next) && (r.toks[next].kind != tokPunct ||
		r.toks[next].r == ':' || r.toks[next].r == '%' || r.toks[next].r == '-' && next+1 < r.end && r.glued(next+1) && r.toks[next+1].kind == tokWord) {
		return 0, i, false
	}
	return d, next, d >= 1 && d <= 31
}

func (r *recognizer) isDayOfMonth(i int) bool { _, _, ok := r.dayOfMonth(i); return ok }

// scanPhrases finds the claim set's phrases in the current sentence, longest first at each token.
func (r *recognizer) scanPhrases() {
	// The hits of every sentence go one after another in hitBuf, which each check reuses.
	h0 := len(r.hitBuf)
	r.hitFrom = slices.Grow(r.hitFrom[:0], r.end-r.start+1)[:r.end-r.start+1]
	lx := r.lx
	for i := r.start; i < r.end; i++ {
		r.hitFrom[i-r.start] = int32(len(r.hitBuf) - h0)
		tk := &r.toks[i]
		if tk.kind != tokWord && tk.kind != tokNumber {
			continue
		}
		if tk.kind == tokNumber && tk.end-tk.start > 12 {
			continue
		}
		first := tk.id
		if first == 0 {
			first = tk.alt
		}
		if first == 0 || int(first) >= len(lx.phrases) {
			continue
		}
		cands := lx.phrases[first]
		if len(cands) == 0 {
			continue
		}
		// The word after this one, as matchPhrase would read it, rules out most longer phrases
		// before they are tried.
		second, secondAlt := int32(-1), int32(-1)
		if j := r.nextWord(i + 1); j < r.end {
			if tk := &r.toks[j]; tk.kind == tokWord || tk.kind == tokNumber {
				second, secondAlt = tk.id, tk.alt
			}
		}
		// A word that stands for several claims starts as many one-word phrases; they all end
		// where the first does.
		one := -1
		for _, ps := range cands {
			if ps.second != 0 && ps.second != second && ps.second != secondAlt {
				continue
			}
			if len(ps.words) == 1 {
				if one < 0 {
					one, _ = r.matchPhrase(i, ps.words)
				}
				r.hitBuf = append(r.hitBuf, phraseHit{t0: int32(i), t1: int32(one), ph: ps.ph})
			} else if end, ok := r.matchPhrase(i, ps.words); ok {
				r.hitBuf = append(r.hitBuf, phraseHit{t0: int32(i), t1: int32(end), ph: ps.ph})
			}
		}
	}
	r.hitFrom[r.end-r.start] = int32(len(r.hitBuf) - h0)
	r.hits = r.hitBuf[h0:len(r.hitBuf):len(r.hitBuf)]
}

// hitsAt returns the phrase hits of the current sentence that start at token k. scanPhrases
// finds them in token order and notes where each token's begin.
func (r *recognizer) hitsAt(k int) []phraseHit {
	if k < r.start || k >= r.end {
		return nil
	}
	return r.hits[r.hitFrom[k-r.start]:r.hitFrom[k-r.start+1]]
}

// nextWord returns the first token from j on that is not a glued hyphen or period: where a
// phrase's next word must be.
func (r *recognizer) nextWord(j int) int {
	for j < r.end && r.toks[j].kind == tokPunct && (r.toks[j].r == '-' || r.toks[j].r == '.') && r.glued(j) {
		j++
	}
	return j
}

// matchPhrase matches words starting at token i, skipping glued hyphens and periods between words.
func (r *recognizer) matchPhrase(i int, words []int32) (int, bool) {
	j := i
	for k, w := range words {
		if k > 0 {
			j = r.nextWord(j)
		}
		if j >= r.end {
			return 0, false
		}
		tk := &r.toks[j]
		if tk.kind != tokWord && tk.kind != tokNumber {
			return 0, false
		}
		if tk.id != w && tk.alt != w {
			return 0, false
		}
		j++
	}
	// An abbreviation's period belongs to it: "Aug." matched as "aug"; a month written in full
	// ("in July.") ends a sentence.
	if k := j - 1; j < r.end && r.punctAt(j, '.') && r.glued(j) && r.toks[k].end-r.toks[k].start <= 5 && r.lx.info[r.toks[k].id].month > 0 &&
		int(r.toks[k].end-r.toks[k].start) < len(monthNames[r.lx.info[r.toks[k].id].month]) {
		j++
	}
	return j, true
}

// restatement gives a count that restates the count just before it, after "or", that count's
// noun: "988 personnel, or roughly a thousand" counts personnel, and so does a hedged count
// with a noun of its own ("988 personnel, or about 1,000 people"), though people are what the
// transfers' counts count.
func (r *recognizer) restatement(m *mention) {
	// A count with a noun of its own restates only when hedged: "12 aircraft, or 11 from the
	// army" counts the army's.
	if m.kind != KindCount || len(r.mentions) == 0 || m.units.n() > 0 && m.hedge == 0 {
		return
	}

	j := m.t0 - 1
	if j <= r.start || !r.wordAt(j, wOr) {
		return
	}
	if r.punctAt(j-1, ',') {
		j--
	}
	p := &r.mentions[len(r.mentions)-1]
	if p.kind == KindCount && p.units.n() > 0 && p.t0 >= r.start && max(p.t1, p.unitTok[1]) == j {
		m.units, m.unitTok, m.bare = p.units, p.unitTok, false
	}
}

// listMarker reports whether token i numbers an item of a list: one or two digits opening a
// line, a full stop or a parenthesis glued after them, then a space ("3. The number sent in
// August", "2) Twenty-nine"). It states nothing.
func (r *recognizer) listMarker(i int) bool {
	t := r.toks
	tk := &t[i]
	if tk.kind != tokNumber || tk.end-tk.start > 2 || !(tk.start == 0 || tk.is(fNewline)) || i+2 >= len(t) {
		return false
	}
	p, next := &t[i+1], &t[i+2]
	if !(p.kind == tokPunct && (p.r == '.' || p.r == ')') && p.flags&fSpace == 0 && next.flags&fSpace != 0 && !next.is(fNewline)) {
		return false
	}
	// A list's line follows a blank line or a line that ended its sentence or heading; a
	// hard-wrapped line ("The number sent was\n25. It was …") continues one.
	if tk.start == 0 || tk.is(fBlank) {
		return true
	}
	prev := &t[i-1]
	return prev.kind == tokPunct && (prev.r == '.' || prev.r == '!' || prev.r == '?' || prev.r == ':' || prev.r == ')' ||
		prev.r == '"' || prev.r == '”' || prev.r == '\'' || prev.r == '’')
}

// recognize finds the typed mentions of the current sentence.
func (r *recognizer) recognize(sent int) {
	var m mention // each recognizer writes here only what it finds
	for i := r.start; i < r.end; {
		// Most words cannot start a mention: skip them at once.
		if tk := &r.toks[i]; tk.kind == tokWord && r.lx.info[tk.id].roles&rStarts == 0 || tk.kind == tokPunct && tk.r != '$' && tk.r != '€' && tk.r != '£' {
			i++
			continue
		}
		if r.listMarker(i) {
			r.toks[i].flags |= fNoFact
			i += 2
			continue
		}
		if next, ok := r.date(i, &m); ok {
			r.add(&m, sent)
			i = next
			continue
		}
		if next, ok := r.part(i, &m); ok {
			r.add(&m, sent)
			i = next
			continue
		}
		if next, ok := r.quantity(i, &m); ok {
			r.restatement(&m)
			if m.kind == "" {
				// A time, an age or a label: its number names no event either ("a
				// 29-year-old pilot" is no cue for the transfer of 29).
				for k := i; k < next && k < r.end; k++ {
					r.toks[k].flags |= fNoFact
				}
			}
			r.add(&m, sent)
			i = next
			continue
		}
		if next, ok := r.ordinal(i, &m); ok {
			r.add(&m, sent)
			i = next
			continue
		}
		i++
	}
	r.names(sent)
}

func (r *recognizer) add(m *mention, sent int) {
	if m.kind == "" {
		return // consumed tokens that are no claim: a time, an age, "MS-13"
	}
	if m.t1 <= m.t0 {
		m.t1 = m.t0 + 1
	}
	m.sent = sent
	if m.kind != KindName && m.kind != KindOffice {
		m.claim = -1
	}
	r.mentions = append(r.mentions, *m)
}
