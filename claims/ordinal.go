package claims

// Ordinals: "the second such transfer", "the first of its kind", "the 3rd reading". An ordinal is
// a checkable mention only when a claim-set unit follows it ("transfer", "of its kind"): "first"
// alone is far more often an adverb than a claim, unless an ordinal with its noun came earlier in
// the sentence ("the first transfer …; the second, in August, …") or the ordinal is what the
// sentence's noun is ("This week's operation was the second.").

// ordinal recognizes an ordinal word at token i.
func (r *recognizer) ordinal(i int, m *mention) (int, bool) {
	tk := &r.toks[i]
	if tk.kind != tokWord {
		return i, false
	}
	o := r.lx.info[tk.id].ord
	if o == 0 {
		return i, false
	}
	return r.ordinalAt(i, float64(o), i+1, m)
}

// ordinalAt builds the mention of an ordinal with value v spanning tokens i to j.
func (r *recognizer) ordinalAt(i int, v float64, j int, m *mention) (int, bool) {
	k := j
	if r.wordAt(k, wSuch) {
		k++
	}
	units, ut, ok := r.unitAfter(k)
	if ok && ut[0] > k+1 {
		// "the second mass transfer of its kind": a noun right after the ordinal, then a
		// phrase that unitAfter took for the longer noun.
		for s := k; s <= k+1 && s < ut[0]; s++ {
			if u, end := r.unitsAt(s); len(u) > 0 && end <= ut[0] {
				units, ut = r.keepUnits(len(r.unitBuf), u), [2]int{s, end}
				break
			}
		}
	}
	if !ok || ut[0] > k+1 {
		// "The first transfer … the second, in August, …": the noun of an earlier ordinal in
		// the sentence carries over to "the second" standing alone.
		if prev := r.lastOrdinal(); prev >= 0 && r.wordAt(i-1, wThe) && (k >= r.end || r.toks[k].kind == tokPunct) {
			p := &r.mentions[prev]
			*m = mention{kind: KindOrdinal, t0: i, t1: j, n0: i, n1: j, val: v, lo: v, hi: v,
				units: p.units, unitTok: p.unitTok, words: r.toks[i].kind == tokWord}
			return j, true
		}
		// "This week's operation was the second.": the subject's noun, before a copula.
		if r.roleAt(i-2, rCopula) && r.wordAt(i-1, wThe) && (k >= r.end || r.toks[k].kind == tokPunct) {
			for s := i - 3; s >= r.start; s-- {
				if units, end := r.unitsAt(s); len(units) > 0 && end <= i-2 {
					*m = mention{kind: KindOrdinal, t0: i, t1: j, n0: i, n1: j, val: v, lo: v, hi: v,
						units: r.keepUnits(len(r.unitBuf), units), unitTok: [2]int{s, end}, words: r.toks[i].kind == tokWord}
					return j, true
				}
			}
		}
		return j, false
	}
	*m = mention{kind: KindOrdinal, t0: i, t1: j, n0: i, n1: j, val: v, lo: v, hi: v,
		units: units, unitTok: ut, words: r.toks[i].kind == tokWord}
	return j, true
}

// lastOrdinal returns the index of the last ordinal mention with a noun in the current sentence,
// or -1.
func (r *recognizer) lastOrdinal() int {
	for k := len(r.mentions) - 1; k >= 0; k-- {
		mt := &r.mentions[k]
		if mt.t0 < r.start {
			break
		}
		if mt.kind == KindOrdinal && mt.units.n() > 0 {
			return k
		}
	}
	return -1
}
