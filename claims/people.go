package claims

// People and groups: spelling of a canonical name, the office written before or beside a
// person's name, the group a person is tied to, and the event a person is said to belong to.

// name judges a person or group mention: spelling, then office, group and event.
func (m *matcher) name(mi int) {
	c := m.c
	mt := &m.ms[mi]
	cl := &c.set.Claims[mt.claim]
	p := &c.set.lex.list[mt.phrase]
	if s, e, diff := spellingDiff(m.text, c.r.toks, mt.t0, mt.t1, p.canonWords); diff {
		sug := p.canonical
		start, end := int(c.r.toks[mt.t0].start), int(c.r.toks[mt.t1-1].end)
		// One word misspelt: replace just that word.
		if w, ok := canonicalWordAt(m.text, c.r.toks, mt.t0, mt.t1, p.canonWords, s, e); ok {
			sug, start, end = w, s, e
		}
		m.emitSpan(start, end, Contradicts, SevWarning, KindName, mt.claim, p.canonical, sug,
			"The fact sheet spells this name "+quote(p.canonical)+"; this says "+quote(m.text[start:end])+".")
	} else {
		m.emit(mt, Supports, SevInfo, KindName, mt.claim, p.canonical, "", c.set.spelledMsg[mt.claim])
	}
	if cl.Kind != ClaimPerson {
		return
	}
	if cl.Office != nil {
		m.office(mt, cl)
	}
	if len(cl.Groups) > 0 {
		m.affiliation(mt, cl)
	}
	if cl.Event != "" {
		m.attribution(mi, mt, cl)
	}
}

// canonicalWordAt returns the canonical word (of the canonical name's words cw) for a single
// misspelt word at bytes [s,e).
func canonicalWordAt(text string, toks []token, t0, t1 int, cw []string, s, e int) (string, bool) {
	k := 0
	for i := t0; i < t1 && k < len(cw); i++ {
		if toks[i].kind != tokWord && toks[i].kind != tokNumber {
			continue
		}
		if int(toks[i].start) == s && (int(toks[i].end) == e || int(toks[i].end)-possessiveLen(text[toks[i].start:toks[i].end]) == e) {
			return cw[k], true
		}
		k++
	}
	return "", false
}

// titleRun finds the words before a name that make an office title: "U.S. Attorney General",
// "Deputy Attorney General", "security analyst". It returns the token range and whether any
// word of it is capitalized.
func (m *matcher) titleRun(t0 int, person int) (int, int, bool, bool) {
	c := m.c
	t := c.r.toks
	lx := c.set.lex
	lo := t0
	for j := t0 - 1; j >= 0 && j >= t0-8; j-- {
		tk := &t[j]
		if tk.is(fNewline) && j != t0-1 {
			lo = j
			break
		}
		if tk.kind == tokPunct {
			if tk.r == '-' && j+1 < len(t) && t[j+1].flags&fSpace == 0 && tk.flags&fSpace == 0 {
				continue
			}
			break
		}
		if tk.kind != tokWord || m.nameAt(j) || m.groupAt(j) {
			break
		}
		info := lx.info[tk.id]
		inner := tk.id == wOf || tk.id == wAnd || tk.id == wThe || tk.id == wFor || tk.id == wTo
		// A lower-case word stays in the title when it is part of an office phrase ("fire"
		// in "fire chief").
		if !(tk.is(fCap) || info.roles&rOfficeHead != 0 || inner || m.isQualifier(j, person) || m.officeWord(j)) {
			break
		}
		lo = j
		if tk.is(fNewline) {
			break
		}
	}
	// Trim what may stand before a title without being part of it.
	for lo < t0 {
		tk := &t[lo]
		w := m.text[tk.start:tk.end]
		info := lx.info[tk.id]
		possessive := possessiveLen(w) > 0
		if m.isQualifier(lo, person) || possessive || info.roles&(rDeterminer|rFunction) != 0 && info.roles&rOfficeHead == 0 ||
			tk.kind == tokPunct || m.groupAt(lo) {
			lo++
			continue
		}
		break
	}
	head, caps := false, false
	for j := lo; j < t0; j++ {
		if t[j].kind == tokWord && lx.info[t[j].id].roles&rOfficeHead != 0 {
			head = true
			if t[j].is(fCap) {
				caps = true
			}
		}
	}
	if !head {
		return t0, t0, false, false
	}
	return lo, t0, caps, true
}

// isQualifier reports whether a qualifier phrase of the person's office covers token j.
func (m *matcher) isQualifier(j, person int) bool {
	for _, h := range m.sentCues(j).quals {
		if h.target == person && h.covers(j) {
			return true
		}
	}
	return false
}

// sentCues returns the sorted hits of the sentence holding token j.
func (m *matcher) sentCues(j int) *sentenceCues {
	if si := m.sentenceOf(j); si >= 0 {
		return m.cues(si)
	}
	return &sentenceCues{}
}

// groupAt reports whether token j is part of a group's name.
func (m *matcher) groupAt(j int) bool {
	for _, h := range m.sentCues(j).groups {
		if h.covers(j) {
			return true
		}
	}
	return false
}

// nameAt reports whether token j is part of a person's name.
// The matcher asks it for every event cue near every person (attribution), so it marks, once
// per sentence, the tokens its names of people cover.
func (m *matcher) nameAt(j int) bool {
	si := m.sentenceOf(j)
	if si < 0 {
		return false
	}
	s := m.c.sents[si]
	if si != m.coverSent {
		m.cover = resize(m.cover, s.t1-s.t0)
		for _, h := range m.cues(si).persons {
			for k := h.t0; k < h.t1; k++ {
				m.cover[k-s.t0] = true
			}
		}
		m.coverSent = si
	}
	return m.cover[j-s.t0]
}

// officeMatches reports whether tokens [lo,hi) are exactly one of the person's office phrases.
func (m *matcher) officeMatches(lo, hi, person int) bool {
	for _, h := range m.sentCues(lo).offices {
		if h.target == person && h.t0 == lo && h.t1 >= hi {
			return true
		}
	}
	return false
}

// knownOffice reports whether tokens [lo,hi) are exactly some person's office in the claim set.
func (m *matcher) knownOffice(lo, hi int) bool {
	for _, h := range m.sentCues(lo).offices {
		if h.t0 == lo && h.t1 >= hi {
			return true
		}
	}
	return false
}

// office checks the title written before the person's name, or in apposition after it.
func (m *matcher) office(mt *mention, cl *Claim) {
	c := m.c
	t := c.r.toks
	lo, hi, caps, ok := m.titleRun(mt.t0, mt.claim)
	if !ok && mt.t0 > 0 && m.copula(mt.t0-1) {
		lo, hi, caps, ok = m.titleRun(mt.t0-1, mt.claim) // "Mexico's Defense Minister is García Harfuch"
	}
	// "Mexico's Defense Minister, Omar García Harfuch, said": the name set off by commas after
	// its title, which ends with an office word ("Former president Andrés López Obrador,
	// Claudia Sheinbaum, and others" is a list).
	if s := c.sents[mt.sent]; !ok && mt.t0-2 >= s.t0 && mt.t1 < s.t1 && t[mt.t0-1].kind == tokPunct && t[mt.t0-1].r == ',' &&
		t[mt.t1].kind == tokPunct && t[mt.t1].r == ',' && t[mt.t0-2].kind == tokWord && c.set.lex.info[t[mt.t0-2].id].roles&rOfficeHead != 0 {
		lo, hi, caps, ok = m.titleRun(mt.t0-1, mt.claim)
	}
	if !ok {
		lo, hi, caps, ok = m.appositive(mt)
		if !ok {
			return
		}
	}
	if m.officeMatches(lo, hi, mt.claim) {
		// "police chief Renée Brodeur" for a fire chief: a lower-case word the claim set does not
		// know qualifies the title, which is then some other office or only described. Unchecked
		// rather than confirmed.
		if lo > 0 && m.unknownQualifier(lo-1) {
			return
		}
		m.emitSpan(int(t[lo].start), int(t[hi-1].end), Supports, SevInfo, KindOffice, mt.claim, cl.Office.Title, "",
			c.set.officeMsg[mt.claim])
		return
	}
	modifier := false
	for j := lo; j < hi; j++ {
		if c.set.lex.info[t[j].id].roles&rModifier != 0 {
			modifier = true
		}
	}
	// A lower-case description ("the veteran analyst") is not a title unless it names an office.
	if !caps && !modifier && !m.knownOffice(lo, hi) {
		return
	}
	sev := SevError
	if !caps || m.negated(lo) {
		sev = SevWarning
	}
	text := m.text[t[lo].start:t[hi-1].end]
	sug := cl.Office.Title
	if !caps {
		sug = fold(sug)
	}
	msg := "The fact sheet gives " + cl.Name + "'s office as " + quote(cl.Office.Title) + " (" + c.set.source(cl.Source).Title + "); this says " + quote(text) + "."
	if sev == SevWarning {
		msg = "Possibly wrong: " + msg
	}
	m.emitSpan(int(t[lo].start), int(t[hi-1].end), Contradicts, sev, KindOffice, mt.claim, cl.Office.Title, sug, msg)
}

// holder judges a name the claim set does not know after the title of an office one of its
// people holds (recognizer.holders): possibly wrong, as the office may have changed hands.
func (m *matcher) holder(mi int) {
	mt := &m.ms[mi]
	cl := &m.c.set.Claims[mt.claim]
	// Not when the sentence names the holder too ("Asked about Attorney General Merrick
	// Garland, Bondi said") or a year other than the story's ("In 2021, Attorney General …"),
	// among the mentions near it.
	y := civil(m.c.r.refDay).Year
	for i := max(0, mi-16); i < min(len(m.ms), mi+16); i++ {
		o := &m.ms[i]
		if o.sent == mt.sent && (o.kind == KindName && o.claim == mt.claim || o.kind == KindYear && int(o.val) != y ||
			o.kind == KindDate && o.explicitYear && civil(o.d0).Year != y) {
			return
		}
	}
	m.emit(mt, Contradicts, SevWarning, KindOffice, mt.claim, cl.Name, cl.Name,
		"Possibly wrong: the fact sheet has "+cl.Name+" as "+cl.Office.Title+" ("+m.c.set.source(cl.Source).Title+"); this names "+quote(m.text[m.c.r.toks[mt.t0].start:m.c.r.toks[mt.t1-1].end])+".")
}

// unknownQualifier reports whether token j is a lower-case word that may qualify a title after
// it and is no part of the claim set: not a function word, a name, a group or an office word.
func (m *matcher) unknownQualifier(j int) bool {
	t := m.c.r.toks
	tk := &t[j]
	if tk.kind != tokWord || tk.is(fCap) || t[j+1].is(fNewline) || t[j+1].flags&fSpace == 0 && t[j+1].kind == tokWord {
		return false
	}
	if m.c.set.lex.info[tk.id].roles&(rFunction|rDeterminer|rOfficeHead) != 0 || m.nameAt(j) || m.groupAt(j) || m.officeWord(j) {
		return false
	}
	return true
}

// appositive finds ", the attorney general," after a name.
func (m *matcher) appositive(mt *mention) (int, int, bool, bool) {
	c := m.c
	t := c.r.toks
	lx := c.set.lex
	j := mt.t1
	s := c.sents[mt.sent]
	if j >= s.t1 || !(t[j].kind == tokPunct && t[j].r == ',' || m.copula(j)) {
		return 0, 0, false, false
	}
	cop := m.copula(j) // after "is", a title is capitalized words, as before a name
	j++
	// "García Harfuch is Mexico's Defense Minister": a possessive before the title.
	if j+1 < s.t1 && t[j].kind == tokWord && possessiveLen(m.text[t[j].start:t[j].end]) > 0 {
		j++
	}
	for j < s.t1 && t[j].kind == tokWord && lx.info[t[j].id].roles&rDeterminer != 0 {
		j++
	}
	lo := j
	head, caps := false, false
	last := -1 // after a copula: the title's last office head
	for ; j < s.t1 && j < lo+6; j++ {
		tk := &t[j]
		if tk.kind == tokPunct {
			if tk.r == '-' && tk.flags&fSpace == 0 {
				continue
			}
			break
		}
		if tk.kind != tokWord {
			return 0, 0, false, false
		}
		info := lx.info[tk.id]
		inner := tk.id == wOf || tk.id == wAnd || tk.id == wThe || tk.id == wFor
		if cop {
			// "is the Security Minister of Mexico": the capitalized run up to its last office
			// head; "is President Sheinbaum's security chief" is someone else's title.
			if possessiveLen(m.text[tk.start:tk.end]) > 0 {
				return 0, 0, false, false
			}
			if !(tk.is(fCap) || info.roles&rOfficeHead != 0 || m.officeWord(j)) {
				break
			}
		} else if !(info.roles&rOfficeHead != 0 || inner || m.isQualifier(j, mt.claim) || m.officeWord(j)) {
			return 0, 0, false, false
		}
		if info.roles&rOfficeHead != 0 {
			head, last = true, j
			caps = caps || tk.is(fCap)
		}
	}
	if cop && head {
		j = last + 1
	} else if !head || j == lo || j < s.t1 && !(t[j].kind == tokPunct && (t[j].r == ',' || t[j].r == '.' || t[j].r == ')' || t[j].r == ';')) {
		return 0, 0, false, false
	}
	for lo < j && m.isQualifier(lo, mt.claim) {
		lo++
	}
	if lo == j || m.groupAt(lo) {
		return 0, 0, false, false
	}
	return lo, j, caps, true
}

// officeWord reports whether token j is inside some office phrase of the claim set.
func (m *matcher) officeWord(j int) bool {
	for _, h := range m.sentCues(j).offices {
		if h.covers(j) {
			return true
		}
	}
	return false
}

// affiliation checks a group written as the person's: "Knights Templar leader X", "X, head of
// the Y", "X of Los Cuinis".
func (m *matcher) affiliation(mt *mention, cl *Claim) {
	c := m.c
	t := c.r.toks
	found := m.groupHits[:0]
	defer func() { m.groupHits = found[:0] }()
	// Before: the group's name, then at most two words of relation, then the person.
	for _, h := range m.cues(mt.sent).groups {
		if h.t1 <= mt.t0 && mt.t0-h.t1 <= 2 {
			rel := h.t1 == mt.t0
			for j := h.t1; j < mt.t0; j++ {
				if t[j].kind == tokWord && c.set.lex.info[t[j].id].roles&(rRelation|rOfficeHead) != 0 {
					rel = true
				}
				if t[j].kind == tokPunct && t[j].r != '-' {
					rel = false
					break
				}
			}
			if rel && !(h.t1 == mt.t0 && t[h.t1-1].kind == tokWord) {
				found = append(found, groupHit{h.t0, h.t1, h.target, true})
			} else if rel && h.t1 < mt.t0 {
				found = append(found, groupHit{h.t0, h.t1, h.target, true})
			}
			continue
		}
		// After: within the sentence, with a relation word just before the group and no other
		// person or clause break between.
		if h.t0 >= mt.t1 && h.t0-mt.t1 <= 24 {
			relNear := false
			for j := h.t0 - 1; j >= mt.t1 && j >= h.t0-4; j-- {
				if t[j].kind == tokWord && c.set.lex.info[t[j].id].roles&rRelation != 0 {
					relNear = true
				}
			}
			if !relNear {
				continue
			}
			// Another person's name between: one of the sentence's names that overlaps the
			// tokens between, asked once rather than for every token.
			blocked := false
			for _, p := range m.cues(mt.sent).persons {
				if p.target != mt.claim && p.t0 < h.t0 && p.t1 > mt.t1 && mt.t1 < h.t0 {
					blocked = true
					break
				}
			}
			for j := mt.t1; j < h.t0 && !blocked; j++ {
				if c.clause[j] != c.clause[mt.t1] && !(t[j].kind == tokPunct) {
					blocked = true
				}
				if t[j].kind == tokPunct && (t[j].r == '.' || t[j].r == ';') {
					blocked = true
				}
			}
			if !blocked {
				found = append(found, groupHit{h.t0, h.t1, h.target, h.t0-mt.t1 <= 6})
			}
		}
	}
	// One finding per group: the longest name of it, once.
	for i := 0; i < len(found); i++ {
		for j := 0; j < len(found); j++ {
			if i != j && found[j].t0 <= found[i].t0 && found[i].t1 <= found[j].t1 && (found[j].t1-found[j].t0 > found[i].t1-found[i].t0 || j < i) {
				found = append(found[:i], found[i+1:]...)
				i--
				break
			}
		}
	}
	for _, g := range found {
		own := -1
		for k, gi := range c.set.groups[mt.claim] {
			if gi == g.claim {
				own = k
			}
		}
		start, end := int(t[g.t0].start), int(t[g.t1-1].end)
		if own >= 0 {
			m.emitSpan(start, end, Supports, SevInfo, KindAttribution, g.claim, "", "", c.set.belongsMsg[mt.claim][own])
			continue
		}
		var names string
		for i, gi := range c.set.groups[mt.claim] {
			if i > 0 {
				names += " / "
			}
			names += c.set.Claims[gi].Name
		}
		sev := SevError
		if !g.tight || m.negated(g.t0) {
			sev = SevWarning
		}
		msg := "The fact sheet ties " + cl.Name + " to " + names + " (" + c.set.source(cl.Source).Title + "); this ties them to " + quote(m.text[start:end]) + "."
		if sev == SevWarning {
			msg = "Possibly wrong: " + msg
		}
		sug := ""
		if len(cl.Groups) == 1 {
			sug = c.set.Claims[c.set.groups[mt.claim][0]].Name
		}
		m.emitSpan(start, end, Contradicts, sev, KindAttribution, mt.claim, names, sug, msg)
	}
}

// groupHit is a group named near a person, for affiliation.
type groupHit struct {
	t0, t1, claim int
	tight         bool // right next to the person, or a few words after
}

// dateOfOtherYear reports whether token k, which lies in a date mention (dateTok), lies in one
// that states a year at least two years from every date of event e, or a day a year from them
// that is not theirs: "Feb." in "Feb. 27, 2015" is no cue for a February 2025 transfer.
func (m *matcher) dateOfOtherYear(k, e int) bool {
	set := m.c.set
	o := &m.ms[m.c.dateAt[k]]
	if o.kind != KindDate || !o.explicitYear {
		return false
	}
	y := civil(o.d0).Year
	dated := false
	for _, ci := range set.byKind[ClaimDate] {
		if set.claimEvent[ci] == e {
			// A year off by one is more often a slip in the event's own date ("The transfer of
			// Aug. 12, 2024, …"), which is checked, than another time; not with another day
			// ("sworn in on Feb. 5, 2024" is no cue for a transfer of 27 Feb 2025).
			if d := set.Claims[ci].Date.Year - y; d == 0 || (d == -1 || d == 1) && (o.prec != precDay || yearSlip(civil(o.d0), set.claimCivil[ci])) {
				return false
			}
			dated = true
		}
	}
	return dated
}

// attribution checks that a person is not placed in another event than theirs: "Caro Quintero,
// among the 26 sent in August" when he was sent in February.
func (m *matcher) attribution(mi int, mt *mention, cl *Claim) {
	c := m.c
	own := c.set.claimEvent[mt.claim]
	if own < 0 {
		return
	}
	// Event cues of the sentence, ignoring the names of people (they are no evidence here).
	for e := range m.evScore {
		m.evScore[e], m.evCue[e] = 0, -1
	}
	for _, h := range m.cues(mt.sent).events {
		if m.nameAt(h.t0) || m.personCue(h.t0, h.t1) || c.dateTok[h.t0] != 0 && m.dateOfOtherYear(h.t0, h.target) {
			continue
		}
		w := proximity(distance(mt.t0, mt.t1, h.t0, h.t1), c.clause[h.t0] == c.clause[mt.t0])
		if w > m.evScore[h.target] {
			m.evScore[h.target], m.evCue[h.target] = w, h.hi
		}
	}
	if m.evScore[own] > 0 {
		return
	}
	best := -1
	for e := range m.evScore {
		if e != own && m.evScore[e] >= 0.3 && (best < 0 || m.evScore[e] > m.evScore[best]) {
			best = e
		}
	}
	if best < 0 || m.negated(mt.t0) || m.negatedAfter(mt) {
		return
	}
	// Only events of the same sort compete: a person sent in February is not contradicted by a
	// sentence about a tariff letter. Events compete when both have claims of a kind in common.
	if !m.sameSort(own, best) {
		return
	}
	h := c.hits[mt.sent][m.evCue[best]]
	cue := m.text[c.r.toks[h.t0].start:c.r.toks[h.t1-1].end]
	// A cue nearer another person of that event speaks of that person.
	d := distance(mt.t0, mt.t1, int(h.t0), int(h.t1))
	lo, hi := m.sentenceMentions(mi)
	for k := lo; k < hi; k++ {
		o := &m.ms[k]
		if o.kind == KindName && o.sent == mt.sent && o.claim != mt.claim && c.set.Claims[o.claim].Kind == ClaimPerson &&
			c.set.claimEvent[o.claim] == best && distance(o.t0, o.t1, int(h.t0), int(h.t1)) < d {
			return
		}
	}
	sev := SevWarning
	if m.evScore[best] >= 0.5 {
		sev = SevError
	}
	msg := "The fact sheet places " + cl.Name + " in " + c.set.Events[own].Label + " (" + c.set.source(cl.Source).Title + "); this sentence is about " +
		c.set.Events[best].Label + " (" + quote(cue) + ")."
	if sev == SevWarning {
		msg = "Possibly wrong: " + msg
	}
	m.emit(mt, Contradicts, sev, KindAttribution, mt.claim, c.set.Events[own].Label, "", msg)
}

// personCue reports whether a cue hit at tokens [t0,t1) is itself the name of a person or group.
func (m *matcher) personCue(t0, t1 int) bool {
	sc := m.cues(m.prevSent)
	for _, names := range [2][]cueHit{sc.persons, sc.groups} {
		for _, h := range names {
			if h.t0 <= t0 && t1 <= h.t1 {
				return true
			}
		}
	}
	return false
}

// negatedAfter reports a negation shortly after the person ("X was not among them").
func (m *matcher) negatedAfter(mt *mention) bool {
	c := m.c
	for j := mt.t1; j < c.sents[mt.sent].t1 && j < mt.t1+5; j++ {
		tk := &c.r.toks[j]
		if tk.kind == tokWord && (c.set.lex.info[tk.id].roles&rNegation != 0) {
			return true
		}
	}
	return false
}

// sameSort reports whether two events have claims of a common kind (two transfers both have
// counts and dates), so that one can be mistaken for the other. The claim set works it out once.
func (m *matcher) sameSort(a, b int) bool {
	return m.c.set.sameSort[a][b]
}

// copula reports whether token j is "is", "was", "became" and the like.
func (m *matcher) copula(j int) bool {
	t := m.c.r.toks
	return j < len(t) && t[j].kind == tokWord && m.c.set.lex.info[t[j].id].roles&rCopula != 0
}
