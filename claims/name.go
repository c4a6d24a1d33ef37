package claims

// Names of people and groups come from the claim set (names and aliases). Matching ignores case
// and accents, and accepts one wrong letter in a long name word ("Sheinbuam"); the spelling is
// then judged against the canonical form, so that "Martinez" for "Martínez" is a spelling note.

import (
	"strings"
	"unicode/utf8"
)

// names adds a mention for every person or group named in the current sentence.
func (r *recognizer) names(sent int) {
	last := -1
	for hi := 0; hi < len(r.hits); hi++ {
		h := r.hits[hi]
		p := &r.lx.list[h.ph]
		if p.role != phName || int(h.t0) < last {
			continue
		}
		// The longest name starting here.
		best := h
		for _, h2 := range r.hits[hi+1:] {
			if h2.t0 != h.t0 {
				break
			}
			if r.lx.list[h2.ph].role == phName && h2.t1 > best.t1 {
				best = h2
			}
		}
		bp := &r.lx.list[best.ph]
		m := mention{kind: KindName, t0: int(best.t0), t1: int(best.t1), claim: bp.target, phrase: best.ph, unitTok: [2]int{-1, -1}}
		words := 0
		for k := best.t0; k < best.t1; k++ {
			if r.toks[k].kind == tokWord {
				words++
				if r.toks[k].id != bp.words[min(words-1, len(bp.words)-1)] {
					m.typo = true
				}
			}
		}
		// A lone name word written in lower case is an ordinary word ("the bondi beach"), and a
		// lone short word one letter off a name is more likely another name.
		if len(bp.words) == 1 && (!r.toks[best.t0].is(fCap) || m.typo && r.toks[best.t0].end-r.toks[best.t0].start < 6) {
			continue
		}
		r.add(&m, sent)
		last = int(best.t1)
	}
	r.holders(sent)
}

// holders adds a mention for a name the claim set does not know written right after the title
// of an office one person holds: "Attorney General Merrick Garland", "Security Minister Omar
// Carmona". Only a title written as the fact sheet writes it, capitalized, of no other person,
// with nothing before it but an article, "by" or the holder's qualifier ("former", "Texas",
// "Mexico's new" make it another office); the name is two to four capitalized words, each
// unknown or the first word of a name, and no known name is among them ("Omar Hamid García
// Harfuch"). One mention for a name, however many of the office's phrases end before it.
func (r *recognizer) holders(sent int) {
	t := r.toks
	last := -1
	for _, h := range r.hits {
		p := &r.lx.list[h.ph]
		if p.role != phOffice || !t[h.t0].is(fCap) || int(h.t1) == last {
			continue
		}
		cl := &r.set.Claims[p.target]
		// "Ambassador" alone, for "Ambassador to Mexico", may be anyone's.
		if cl.Office == nil || cl.Office.Title == "" || cl.Office.Title[0] < 'A' || cl.Office.Title[0] > 'Z' ||
			len(p.words) == 1 && strings.IndexByte(cl.Office.Title, ' ') >= 0 {
			continue
		}
		j, e, other := int(h.t0)-1, int(h.t1), false
		// The hits that may bear on it start a few words before it, up to the end of the name.
		for k := max(r.start, j-8); k < min(r.end, e+4); k++ {
			for _, h2 := range r.hitsAt(k) {
				q := &r.lx.list[h2.ph]
				switch {
				case q.role == phOffice && q.target != p.target && h2.t0 < h.t1 && h2.t1 > h.t0,
					q.role == phOffice && h2.t0 == h.t0 && h2.t1 > h.t1,
					q.role == phName && int(h2.t0) >= e:
					other = true // another's title, a longer one, or a known name in the name
				case q.role == phQualifier && q.target == p.target && int(h2.t1) == j+1:
					j = int(h2.t0) - 1 // "U.S. Attorney General"
				}
			}
		}
		if other {
			continue
		}
		// "headed by Attorney General …" names the holder too.
		if j >= r.start && (t[j].kind == tokWord && !r.roleAt(j, rDeterminer) && !r.wordAt(j, wBy) || t[j].kind == tokPunct && t[j].r == '-' || t[j].kind == tokNumber) {
			continue
		}
		k := e
		for k < r.end && k < e+5 && t[k].kind == tokWord && t[k].is(fCap) && !t[k].is(fAllCaps) && (t[k].id == 0 || r.startsName(t[k].id)) &&
			possessiveLen(r.text[t[k].start:t[k].end]) == 0 {
			k++
		}
		// The name ends there: not at a capitalized word of another kind (a headline's "Hails
		// Second Mass Transfer"), a possessive or an initial.
		if k-e < 2 || k-e > 4 || k < r.end && (t[k].kind == tokWord && t[k].is(fCap) ||
			t[k].kind == tokPunct && t[k].r == '.' && !t[k].is(fSpace) && k+1 < r.end && t[k+1].kind == tokWord) {
			continue
		}
		r.add(&mention{kind: KindOffice, t0: e, t1: k, claim: p.target, phrase: h.ph, unitTok: [2]int{-1, -1}}, sent)
		last = e
	}
}

// startsName reports whether the word id is the first word of a name of the claim set.
func (r *recognizer) startsName(id int32) bool {
	if int(id) < len(r.lx.phrases) {
		for _, ps := range r.lx.phrases[id] {
			if r.lx.list[ps.ph].role == phName {
				return true
			}
		}
	}
	return false
}

// writtenWords splits a canonical name into its words as written (not folded), the way the lexer
// splits a draft. A claim set's names are split once, when it loads.
func writtenWords(canonical string) []string {
	var cw []string
	for _, t := range lexAll(canonical, nil) {
		if t.kind == tokWord || t.kind == tokNumber {
			cw = append(cw, canonical[t.start:t.end])
		}
	}
	return cw
}

// spellingDiff compares the draft's spelling of a name with the canonical one, whose words as
// written are cw, word by word, and returns the byte range of the first through last differing
// word, or ok=false if they agree.
func spellingDiff(text string, toks []token, t0, t1 int, cw []string) (start, end int, ok bool) {
	k := 0
	start, end = -1, -1
	for i := t0; i < t1 && k < len(cw); i++ {
		tk := toks[i]
		if tk.kind != tokWord && tk.kind != tokNumber {
			continue
		}
		w := text[tk.start:tk.end]
		wend := int(tk.end)
		if p := possessiveLen(w); p > 0 && possessiveLen(cw[k]) == 0 {
			w, wend = w[:len(w)-p], wend-p
		}
		if w != cw[k] && !sameIgnoringCase(w, cw[k], tk) {
			if start < 0 {
				start = int(tk.start)
			}
			end = wend
		}
		k++
	}
	return start, end, start >= 0
}

// sameIgnoringCase accepts a canonical word written in capitals ("BONDI" in a headline); any other
// difference of case or accents is a spelling difference.
func sameIgnoringCase(w, canonical string, tk token) bool {
	if !tk.is(fAllCaps) {
		return false
	}
	// Compare rune by rune, without building the upper-case string.
	i := 0
	var buf [utf8.UTFMax]byte
	for _, r := range canonical {
		n := utf8.EncodeRune(buf[:], toUpper(r))
		if len(w)-i < n || w[i:i+n] != string(buf[:n]) {
			return false
		}
		i += n
	}
	return i == len(w)
}

func toUpper(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 'a' + 'A'
	}
	if r >= 0xE0 && r <= 0xFE && r != 0xF7 {
		return r - 0x20
	}
	return r
}

// possessiveLen returns the length of a final "'s" or "’s" of w, or 0.
func possessiveLen(w string) int {
	switch {
	case len(w) > 2 && w[len(w)-2:] == "'s":
		return 2
	case len(w) > 4 && w[len(w)-4:] == "’s":
		return 4
	}
	return 0
}
