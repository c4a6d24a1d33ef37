package claims

// A document is a draft split into paragraphs, sentences and clauses. Paragraphs end at blank
// lines, and at single line breaks unless the next line continues a hard-wrapped sentence (it
// starts in lower case). Sentences end at . ! ? unless the period belongs to an abbreviation
// ("Feb.", "U.S.", "Mr.", an initial). Clauses, which weigh context, split at ; : — ( ) and at
// words like "but" and "while".

import "strings"

// sentence is a token range of a draft.
type sentence struct {
	t0, t1 int // token range, half-open
	para   int // paragraph index
}

// abbreviations whose period does not end a sentence.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("mr mrs ms dr st gen sen rep gov lt col sgt capt cpt jr sr inc corp co ltd no vs etc " +
		"approx est dept univ ave blvd mt ft fig prof pres atty supt cmdr adm rev jan feb " +
		"mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun e.g " +
		"i.e p.m a.m") {
		m[w] = true
	}
	return m
}()

// isClauseBreak reports whether token i starts a new clause.
func isClauseBreak(tk *token, lx *lexicon) bool {
	if tk.kind == tokPunct {
		switch tk.r {
		case ';', ':', '—', '–', '(', ')', '[', ']':
			return true
		}
		return false
	}
	return tk.kind == tokWord && lx.info[tk.id].roles&rClause != 0
}

// clauses numbers the clauses of a draft, sentence by sentence, counting from the first; it
// also counts, for each token, the clause-breaking marks (; : — ( ) [ ]) before it, so that
// whether any lies between two tokens is one subtraction. The Checker numbers each sentence just
// before it is recognized, so that the numbers are at hand when its mentions are judged.
type clauses struct {
	cl, marks int32
	sub       bool // the sentence opened with a subordinate clause not yet closed
}

// number numbers the tokens of sentence s, the si-th, into clause and breaks.
func (cs *clauses) number(toks []token, lx *lexicon, s sentence, si int, clause, breaks []int32) {
	cl, marks, sub := cs.cl, cs.marks, cs.sub
	if si > 0 {
		cl++ // every sentence is a new clause
	}
	for i := s.t0; i < s.t1; i++ {
		tk := &toks[i]
		breaks[i] = marks
		if isClauseBreak(tk, lx) {
			cl++
			if tk.kind == tokPunct {
				marks++
			}
			// "After a packed hearing, the council voted": the comma closes a sentence's
			// opening subordinate clause.
			sub = i == s.t0
		} else if sub && tk.kind == tokPunct && tk.r == ',' {
			cl++
			sub = false
		}
		clause[i] = cl
	}
	cs.cl, cs.marks, cs.sub = cl, marks, sub
}

// splitSentences appends the sentences of the tokens to sents.
func splitSentences(text string, toks []token, sents []sentence) []sentence {
	return splitRange(text, toks, 0, len(toks), sents)
}

// splitRange appends the sentences of toks[from:to] to sents, numbering paragraphs from 0. from
// must start a paragraph (the first token, or one after a blank line), and so must to unless it
// is the end: then the sentences are those splitting all the tokens would give, less paragraphs
// before from (see splitHalves).
func splitRange(text string, toks []token, from, to int, sents []sentence) []sentence {
	para := 0
	start := from
	var buf [64]byte
	for i := from + 1; i < to; i++ {
		// A sentence ends only where space comes first (a line break is space too), and, unless
		// at a line break, only after a mark: most tokens are neither.
		tk := &toks[i]
		if i == start || tk.flags&fSpace == 0 || tk.flags&fNewline == 0 && toks[i-1].kind != tokPunct {
			continue
		}
		if tk.is(fNewline) && (tk.is(fBlank) || !startsLower(text, tk)) {
			sents = append(sents, sentence{start, i, para})
			start = i
			para++
		} else if toks[i-1].kind == tokPunct && endsSentence(text, toks, i, &buf) {
			sents = append(sents, sentence{start, i, para})
			start = i
		}
	}
	if start < to {
		sents = append(sents, sentence{start, to, para})
	}
	return sents
}

// splitHalves splits the tokens into sentences as splitSentences does, the two halves of a long
// draft at once, at a blank line near the middle, where a paragraph and so a sentence always
// ends. second is scratch space for the second half's sentences.
func splitHalves(text string, toks []token, sents, second []sentence) ([]sentence, []sentence) {
	m := len(toks) / 2
	for m < len(toks) && m < len(toks)/2+4096 && !toks[m].is(fBlank) {
		m++
	}
	if m >= len(toks) || !toks[m].is(fBlank) {
		return splitSentences(text, toks, sents), second
	}
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		second = splitRange(text, toks, m, len(toks), second[:0])
	}()
	sents = splitRange(text, toks, 0, m, sents)
	if fault := <-done; fault != nil {
		panic(fault)
	}
	paras := 0
	if n := len(sents); n > 0 {
		paras = sents[n-1].para + 1
	}
	for _, s := range second {
		s.para += paras
		sents = append(sents, s)
	}
	return sents, second
}

func startsLower(text string, tk *token) bool {
	c := text[tk.start]
	return tk.kind == tokWord && c >= 'a' && c <= 'z'
}

// endsSentence reports whether a sentence ends before token i.
func endsSentence(text string, toks []token, i int, buf *[64]byte) bool {
	tk := &toks[i]
	if tk.flags&fSpace == 0 {
		return false
	}
	// Walk back over closing quotes and brackets to the terminal mark.
	j := i - 1
	for j >= 0 && toks[j].kind == tokPunct && isCloser(toks[j].r) {
		j--
	}
	if j < 0 || toks[j].kind != tokPunct {
		return false
	}
	switch toks[j].r {
	case '!', '?', '…':
	case '.':
		if j == 0 {
			return false
		}
		prev := &toks[j-1]
		if prev.kind == tokWord && prev.end == toks[j].start {
			w := text[prev.start:prev.end]
			b := appendFold(buf[:0], w)
			if abbreviations[string(b)] {
				// A month abbreviation ends the sentence only before a capitalized non-number.
				return false
			}
			// An initial: "J. Smith".
			if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
				return false
			}
		}
	default:
		return false
	}
	// The next sentence starts with a capital, a digit or an opening quote.
	switch tk.kind {
	case tokNumber:
		return true
	case tokWord:
		c := text[tk.start]
		return !(c >= 'a' && c <= 'z')
	}
	return isOpener(tk.r)
}

// A token with an abbreviation's internal periods (U.S.) at the end of a sentence keeps its
// period inside the token; such sentences run on into the next, which costs little context.

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '‹', '—', '–', '-', '•', '*':
		return true
	}
	return false
}
