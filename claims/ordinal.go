package claims

// Ordinals: "the second such transfer", "the first of its kind", "the 3rd reading". An ordinal is
// a checkable mention only when a claim-set unit follows it ("transfer", "of its kind"): "first"
// alone is far more often an adverb than a claim.

// ordinal recognizes an ordinal word at token i.
func (r *recognizer) ordinal(i int) (mention, int, bool) {
	tk := &r.toks[i]
	if tk.kind != tokWord {
		return mention{}, i, false
	}
	o := r.lx.info[tk.id].ord
	if o == 0 {
		return mention{}, i, false
	}
	return r.ordinalAt(i, float64(o), i+1)
}

// ordinalAt builds the mention of an ordinal with value v spanning tokens i to j.
func (r *recognizer) ordinalAt(i int, v float64, j int) (mention, int, bool) {
	m := mention{kind: KindOrdinal, t0: i, t1: j, n0: i, n1: j, val: v, lo: v, hi: v, unitTok: [2]int{-1, -1}}
	k := j
	if r.wordAt(k, wSuch) {
		k++
	}
	units, ut, ok := r.unitAfter(k)
	if !ok || ut[0] > k+1 {
		return mention{}, j, false
	}
	m.units, m.unitTok = units, ut
	m.words = r.toks[i].kind == tokWord
	return m, j, true
}
