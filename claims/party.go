package claims

import "strings"

// A tariff story about Mexico also quotes the rates of Canada, China and Brazil; a story about
// one city's budget, the figures of its neighbours. The claim set names the parties its facts
// are about (subjects) and others it is not about (others). A number its sentence ties to
// another party is about that party: it is left unchecked, as a number no claim covers, rather
// than judged against the set's own facts.
//
// A number is tied to a party right after it ("seven Mexican cartels"); a rate, an amount or a
// duration also to the party nearest before it with no punctuation between ("Canada's tariff
// rose to 35%"), or to one it applies to just after it ("35% on Canadian goods"), which wins; a
// count only to a party right beside it, since a party a few words before a count of prisoners
// is more often someone else. Failing those, the party nearest before it in its sentence takes
// it where the sentence names no subject before it ("Brazil, whose dispute is about politics,
// pays 50%") or "its" points back. A date goes with the number before it in its stretch, and a
// timeline entry's date with the party the entry opens with. A party named beside a subject
// ("Mexico and Canada") shares the number, which is checked. docs/claimset.md has the rule with
// its examples.

// partyNear is how many tokens before a number a party with no punctuation between may be named
// ("Canada's tariff on goods outside the USMCA rose to 35%"), partyBefore how many a party
// beyond punctuation; partyAfter, how many after it "on Canadian goods" may begin.
const (
	partyNear   = 8
	partyBefore = 16
	partyAfter  = 4
)

// parties marks the mentions of the sentence just recognized, from first on, that it ties to
// another party (mention.other). Each mention reads only the hits within a few words of it, so
// that a long pasted table stays linear.
func (c *Checker) parties(first int) {
	r := &c.r
	lx := c.set.lex
	others, subjectEnd := false, r.end // any other party; where the first subject ends
	for _, h := range r.hits {
		if p := &lx.list[h.ph]; p.role == phParty {
			others = others || p.target == 1
			if p.target == 0 {
				subjectEnd = min(subjectEnd, int(h.t1))
			}
		}
	}
	if !others {
		return
	}
	head := c.entryParty() // the party a timeline entry opens with, or -1
	for i := first; i < len(r.mentions); i++ {
		mt := &r.mentions[i]
		if mt.kind == KindName || mt.kind == KindOffice {
			continue
		}
		dated := mt.kind == KindDate || mt.kind == KindWeekday
		// A date goes with the number before it in its stretch: "Canada's tariff on goods outside
		// the USMCA rose to 35% on Aug. 1", "the transfer of 27 prisoners on Tuesday".
		if dated {
			if o := c.numberBefore(first, i); o >= 0 {
				mt.other = r.mentions[o].other
				continue
			}
		}
		// A count of people or things is tied only to a party right beside it ("Canada's 12
		// envoys", "seven Mexican cartels"): a party a few words before a count of prisoners
		// is more often someone else in the sentence ("Canadian officials praised the transfer
		// of 26").
		counted := mt.kind == KindCount || mt.kind == KindOrdinal
		best, bestD := -1, 0
		h0, h1 := r.hitRange(mt.t0-partyBefore-8, mt.t1+partyAfter+1)
		for hi := h0; hi < h1; hi++ {
			h := r.hits[hi]
			if lx.list[h.ph].role != phParty || r.punctAt(int(h.t1), '-') && r.glued(int(h.t1)) || r.compared(int(h.t0)) {
				continue // "the Canadian-born suspect" describes someone; "unlike Canada" compares
			}
			t0, t1 := int(h.t0), int(h.t1)
			d := 0
			switch {
			case t0 == mt.t1 || t0 == mt.t1+1 && dated && r.punctAt(mt.t1, ','):
				d = 0 // "seven Mexican cartels", "on Aug. 1 Canada saw its rate climb"
			case t1 <= mt.t0 && counted:
				if mt.t0-t1 > 1 || !r.unbroken(t1, mt.t0) {
					continue
				}
				d = mt.t0 - t1
			case t1 <= mt.t0 && mt.t0-t1 <= partyNear && r.unbroken(t1, mt.t0):
				d = mt.t0 - t1
			case t1 <= mt.t0 && mt.t0-t1 <= partyBefore && !r.unbroken(t1, mt.t0):
				d = mt.t0 - t1 + partyBefore // a party of the mention's own stretch comes first
			case t0 >= mt.t1 && t0-mt.t1 <= partyAfter && r.unbroken(mt.t1, t0) && r.appliesTo(t0):
				d = -1 // said outright, it wins: "30% on Mexico and 35% on Canada"
			default:
				continue
			}
			if best < 0 || d < bestD {
				best, bestD = hi, d
			}
		}
		if best < 0 && head >= 0 && dated && int(r.hits[head].t0) > mt.t0 {
			best = head
		}
		// "India's rate is 25% now and is set to reach 50%": a rate goes with the rate before it.
		if best < 0 && !counted {
			if o := c.numberBefore(first, i); o >= 0 && r.mentions[o].other {
				mt.other = true
			}
			continue
		}
		// A party beyond the mention's stretch of the sentence takes it where the sentence names no
		// subject before it, or where "its" points back: "Canada won no pause: its rate went to 35%".
		if best >= 0 && bestD > partyBefore && subjectEnd <= mt.t0 && !c.pointsBack(mt.t0) {
			continue
		}
		if best < 0 || lx.list[r.hits[best].ph].target != 1 {
			continue
		}
		mt.other = true
		b := r.hits[best]
		s0, s1 := r.hitRange(int(b.t0)-3, int(b.t0)+4)
		for _, h := range r.hits[s0:s1] {
			if p := &lx.list[h.ph]; p.role == phParty && p.target == 0 && r.unbroken(int(min(h.t1, b.t1)), int(max(h.t0, b.t0))) {
				mt.other = false // "Mexico and Canada", not "Unlike Mexico, Canada"
				break
			}
		}
	}
}

// numberBefore returns the mention among the few before mention i (from first on) nearest
// before it, with no punctuation between, that is no date, name or office, or -1.
func (c *Checker) numberBefore(first, i int) int {
	r := &c.r
	mt := &r.mentions[i]
	best := -1
	for k := max(first, i-8); k < i; k++ {
		o := &r.mentions[k]
		switch o.kind {
		case KindDate, KindWeekday, KindName, KindOffice:
			continue
		}
		if o.t1 <= mt.t0 && (best < 0 || o.t1 > r.mentions[best].t1) {
			best = k
		}
	}
	if best >= 0 && !r.unbroken(r.mentions[best].t1, mt.t0) {
		return -1
	}
	return best
}

// compared reports whether the party at token k is one a comparison names, "unlike Canada",
// "like Canada": not who the clause speaks of.
func (r *recognizer) compared(k int) bool {
	if k-1 < r.start || r.toks[k-1].kind != tokWord {
		return false
	}
	w := r.text[r.toks[k-1].start:r.toks[k-1].end]
	return strings.EqualFold(w, "like") || strings.EqualFold(w, "unlike")
}

// hitRange returns the indexes [h0, h1) of the current sentence's hits that start at tokens
// [lo, hi), clamped to the sentence.
func (r *recognizer) hitRange(lo, hi int) (int, int) {
	lo, hi = max(lo, r.start), min(hi, r.end)
	if lo >= hi {
		return 0, 0
	}
	return int(r.hitFrom[lo-r.start]), int(r.hitFrom[hi-r.start])
}

// unbroken reports whether no punctuation but a glued hyphen or period stands between tokens a
// and b: "Canada's tariff rose to", not "Canada, whose dispute is about politics, pays".
func (r *recognizer) unbroken(a, b int) bool {
	for k := a; k < b; k++ {
		if tk := &r.toks[k]; tk.kind == tokPunct && !((tk.r == '-' || tk.r == '.' || tk.r == '\'' || tk.r == '’') && r.glued(k)) && tk.r != '%' {
			return false
		}
	}
	return true
}

// pointsBack reports whether "its" stands a few words before token t with no punctuation
// between.
func (c *Checker) pointsBack(t int) bool {
	r := &c.r
	for k := t - 1; k >= r.start && k >= t-partyBefore && r.toks[k].kind != tokPunct; k-- {
		if r.wordAt(k, wIts) {
			return true
		}
	}
	return false
}

// entryParty returns the index among the sentence's hits of the party a timeline entry opens
// with, "July 22 and July 27 — Japan and the European Union settle", or -1: the sentence opens
// with dates and a dash, and a party follows the dash, perhaps after "the".
func (c *Checker) entryParty() int {
	r := &c.r
	k := r.start
	for k < r.end && k < r.start+12 && (c.dateTok[k] != 0 || r.wordAt(k, wAnd) || r.punctAt(k, ',') || r.punctAt(k, '(') || r.punctAt(k, ')')) {
		k++
	}
	if k == r.start || !(r.punctAt(k, '—') || r.punctAt(k, '–') || r.punctAt(k, '-')) {
		return -1
	}
	if k++; r.wordAt(k, wThe) {
		k++
	}
	for hi, h := range r.hits {
		if int(h.t0) == k && r.lx.list[h.ph].role == phParty {
			return hi
		}
	}
	return -1
}

// appliesTo reports whether the words just before token k say that what comes before applies to
// what starts at k: "on", "for", perhaps with "all" or "the" ("on all Canadian goods").
func (r *recognizer) appliesTo(k int) bool {
	for k--; k >= r.start && r.toks[k].kind == tokWord && (r.toks[k].id == wAll || r.toks[k].id == wThe); k-- {
	}
	return k >= r.start && r.toks[k].kind == tokWord && (r.toks[k].id == wOn || r.toks[k].id == wFor)
}
