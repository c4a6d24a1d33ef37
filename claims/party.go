package claims

// A tariff story about Mexico also quotes the rates of Canada, China and Brazil; a story about
// one city's budget, the figures of its neighbours. The claim set names the parties its facts
// are about (subjects) and others it is not about (others). A number whose clause ties it to
// another party is about that party: it is left unchecked, as a number no claim covers, rather
// than judged against the set's own facts.
//
// A number is tied to the party named nearest before it in its clause ("Canada's tariff rose to
// 35%", "Brazil faces 50%"), or to one it applies to just after it ("35% on Canadian goods",
// "a 35% tariff for Canada"). Another party named beside a subject ("Mexico and Canada") shares
// the number with it, and the number is checked.

// partyAfter is how many tokens after a number "on Canadian goods" may begin.
const partyAfter = 4

// parties marks the mentions of the sentence just recognized, from first on, that its clauses
// tie to another party (mention.other).
func (c *Checker) parties(first int) {
	r := &c.r
	lx := c.set.lex
	others := false
	for _, h := range r.hits {
		if p := &lx.list[h.ph]; p.role == phParty && p.target == 1 {
			others = true
			break
		}
	}
	if !others {
		return
	}
	for i := first; i < len(r.mentions); i++ {
		mt := &r.mentions[i]
		if mt.kind == KindName || mt.kind == KindOffice {
			continue
		}
		best, bestD := -1, 0
		for hi, h := range r.hits {
			if lx.list[h.ph].role != phParty || c.clause[h.t0] != c.clause[mt.t0] || r.punctAt(int(h.t1), '-') && r.glued(int(h.t1)) {
				continue // "the Canadian-born suspect" describes someone, not a party
			}
			d := 0
			switch t0, t1 := int(h.t0), int(h.t1); {
			case t1 <= mt.t0:
				d = mt.t0 - t1
			case t0 >= mt.t1 && t0-mt.t1 <= partyAfter && r.appliesTo(t0):
				d = t0 - mt.t1
			default:
				continue
			}
			if best < 0 || d < bestD {
				best, bestD = hi, d
			}
		}
		if best < 0 || lx.list[r.hits[best].ph].target != 1 {
			continue
		}
		mt.other = true
		for _, h := range r.hits {
			if d := h.t0 - r.hits[best].t0; lx.list[h.ph].role == phParty && lx.list[h.ph].target == 0 && -3 <= d && d <= 3 {
				mt.other = false // "Mexico and Canada"
				break
			}
		}
	}
}

// appliesTo reports whether the words just before token k say that what comes before applies to
// what starts at k: "on", "for", perhaps with "all" or "the" ("on all Canadian goods").
func (r *recognizer) appliesTo(k int) bool {
	for k--; k >= r.start && r.toks[k].kind == tokWord && (r.toks[k].id == wAll || r.toks[k].id == wThe); k-- {
	}
	return k >= r.start && r.toks[k].kind == tokWord && (r.toks[k].id == wOn || r.toks[k].id == wFor)
}
