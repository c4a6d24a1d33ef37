package claims

// Money: "$482.5 million", "US$4m", "€3 million", "1,000 pesos", "4 million dollars".

// currency is a currency the engine recognizes.
type currency uint8

const (
	curNone currency = iota
	curUSD
	curEUR
	curGBP
	curMXN
	curCAD
)

var currencyCodes = [...]string{"", "USD", "EUR", "GBP", "MXN", "CAD"}

func currencyByCode(code string) currency {
	for i, c := range currencyCodes {
		if c != "" && c == code {
			return currency(i)
		}
	}
	return curNone
}

// formatMoney writes an amount as drafts do: "$482.5 million".
func formatMoney(v float64, c currency) string {
	sym := map[currency]string{curUSD: "$", curEUR: "€", curGBP: "£", curMXN: "MXN ", curCAD: "C$"}[c]
	switch {
	case v >= 1e9:
		return sym + formatNumber(roundTo(v/1e9, 3)) + " billion"
	case v >= 1e6:
		return sym + formatNumber(roundTo(v/1e6, 3)) + " million"
	}
	return sym + formatNumber(v)
}

func roundTo(v float64, places int) float64 {
	p := 1.0
	for ; places > 0; places-- {
		p *= 10
	}
	return float64(int64(v*p+0.5)) / p
}

// money recognizes an amount at token i.
func (r *recognizer) money(i int, m *mention) (int, bool) {
	t := r.toks
	if i >= r.end {
		return i, false
	}
	cur := curNone
	j := i
	tk := &t[i]
	switch {
	case tk.kind == tokPunct && (tk.r == '$' || tk.r == '€' || tk.r == '£'):
		switch tk.r {
		case '$':
			cur = curUSD
		case '€':
			cur = curEUR
		default:
			cur = curGBP
		}
		j = i + 1
	case tk.kind == tokWord && r.punctAt(i+1, '$') && r.glued(i+1):
		switch r.text[tk.start:tk.end] {
		case "US", "U.S.":
			cur = curUSD
		case "C", "CA":
			cur = curCAD
		case "Mex", "MX":
			cur = curMXN
		default:
			return i, false
		}
		j = i + 2
	case tk.kind == tokWord && tk.is(fAllCaps) && r.lx.info[tk.id].cur != curNone:
		cur = r.lx.info[tk.id].cur
		j = i + 1
	}
	if cur != curNone {
		v, next, words, ok := r.parseNumber(j)
		if !ok || words {
			return i, false
		}
		h, h0 := r.hedgeBefore(i)
		*m = mention{kind: KindMoney, cur: cur, val: v, t0: h0, t1: next, n0: j, n1: next, hedge: h}
		m.lo, m.hi = interval(v, h)
		m.units, m.unitTok = r.unitNear(h0, next)
		return next, true
	}
	// A number followed by a currency word.
	v, next, words, ok := r.parseNumber(i)
	if !ok || next >= r.end || t[next].kind != tokWord {
		return i, false
	}
	if c := r.lx.info[t[next].id].cur; c != curNone && !(words && v == 1) {
		h, h0 := r.hedgeBefore(i)
		*m = mention{kind: KindMoney, cur: c, val: v, t0: h0, t1: next + 1, hedge: h, words: words}
		m.lo, m.hi = interval(v, h)
		m.units, m.unitTok = r.unitNear(h0, next+1)
		return next + 1, true
	}
	return i, false
}

// unitNear finds the noun an amount or rate goes with, after it ("$12.3 million for parks", "a
// 30% tariff") or before it ("a tariff of 30%", "cut street paving by $4 million").
func (r *recognizer) unitNear(t0, t1 int) (unitRange, [2]int) {
	k := t1
	// Past one preposition: "for parks", "in spending", "to street paving".
	if k < r.end && r.toks[k].kind == tokWord {
		switch r.toks[k].id {
		case wFor, wIn, wTo, wFrom, wOn, wOf:
			k++
		}
	}
	if units, ut, ok := r.unitAfter(k); ok && ut[0] <= k+2 {
		return units, ut
	}
	if units, ut, ok := r.unitAfter(t1); ok && ut[0] <= t1+2 {
		return units, ut
	}
	for k := t0 - 1; k >= r.start && k >= t0-6; k-- {
		if r.toks[k].kind == tokPunct && r.toks[k].r != '-' {
			break
		}
		if units, end := r.unitsAt(k); len(units) > 0 && end <= t0 {
			return r.keepUnits(len(r.unitBuf), units), [2]int{k, end}
		}
	}
	return unitRange{}, [2]int{-1, -1}
}
