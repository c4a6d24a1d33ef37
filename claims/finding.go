package claims

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Verdict is what a finding says of a mention.
type Verdict string

// The verdicts.
const (
	Contradicts Verdict = "contradicts" // the draft disagrees with the claim set or with itself
	Supports    Verdict = "supports"    // the mention agrees with a canonical claim
	Unknown     Verdict = "unknown"     // a checkable mention no claim covers
)

// Severity is how sure the engine is that an editor must act.
type Severity string

// The severities.
const (
	SevError   Severity = "error"   // a contradiction the engine is confident of
	SevWarning Severity = "warning" // a likely contradiction, or a spelling variant of a name
	SevInfo    Severity = "info"    // supports and unknown
)

// Finding is the engine's judgement of one mention in a draft.
type Finding struct {
	Verdict  Verdict  `json:"verdict"`
	Severity Severity `json:"severity"`
	Kind     Kind     `json:"kind"`

	Start   int `json:"start"`   // UTF-8 byte offset of the mention's first byte
	End     int `json:"end"`     // UTF-8 byte offset just past the mention (half-open)
	Start16 int `json:"start16"` // the same start in UTF-16 code units, as JavaScript counts
	End16   int `json:"end16"`   // the same end in UTF-16 code units
	Line    int `json:"line"`    // 1-based line of Start
	Column  int `json:"column"`  // 1-based column of Start, counted in bytes

	Text       string `json:"text"`                 // the draft's words, exactly as written
	Expected   string `json:"expected,omitempty"`   // the canonical value
	Suggestion string `json:"suggestion,omitempty"` // a replacement for Text that fixes it
	Claim      string `json:"claim,omitempty"`      // id of the claim it was judged against
	Message    string `json:"message"`              // why, in words an editor reads
	Source     string `json:"source,omitempty"`     // where the canonical value comes from
}

// findingKey is what findings sort by: start, then end, then errors first; i, the finding's
// index, keeps the sort stable.
type findingKey struct {
	start, end int
	rank       int8
	i          int32
}

func (a *findingKey) less(b *findingKey) bool {
	switch {
	case a.start != b.start:
		return a.start < b.start
	case a.end != b.end:
		return a.end < b.end
	case a.rank != b.rank:
		return a.rank < b.rank
	}
	return a.i < b.i
}

func severityRank(s Severity) int8 {
	switch s {
	case SevError:
		return 0
	case SevWarning:
		return 1
	}
	return 2
}

// findingSorter orders a check's findings; it keeps its buffers for the next check.
type findingSorter struct {
	keys   []findingKey // the findings already in order, in the order made
	side   []findingKey // the others
	bySide []int32      // places in side, in the order of their keys
	order  []int32      // the finding each place receives, then -1 once it has
}

// sort orders the findings fs in place by start, then by end, then errors first (a stable
// sort), and drops a finding identical to the one before it (a name reached through two aliases
// is judged once). It returns fs shortened. Findings are large, and the slice is the one the
// report hands out: each finding moves at most once, and most not at all.
//
// The matcher makes findings mention by mention, so they come nearly in order: a name's
// findings after the numbers of its sentence, an office before its name, the internal checks
// last. So the keys of findings that keep the order go in one list, the few that break it in
// another, which alone is sorted; the merge of the two says where each finding goes, and the
// findings are then moved along the cycles of that permutation.
func (fsr *findingSorter) sort(fs []Finding) []Finding {
	keys, side := slices.Grow(fsr.keys[:0], len(fs)), fsr.side[:0]
	for i := range fs {
		k := findingKey{start: fs[i].Start, end: fs[i].End, rank: severityRank(fs[i].Severity), i: int32(i)}
		if n := len(keys); n == 0 || !k.less(&keys[n-1]) {
			keys = append(keys, k)
		} else {
			side = append(side, k)
		}
	}
	fsr.keys, fsr.side = keys, side
	if len(side) > 0 {
		// The side keys are sorted through their places in side, with the sort of int32 the
		// matcher uses (orderMany): a sort of its own for findingKey would add 7 KB gzipped to
		// the browser's engine. Keys are never equal (i tells them apart), so stable or not
		// is all one.
		bySide := slices.Grow(fsr.bySide[:0], len(side))
		for k := range side {
			bySide = append(bySide, int32(k))
		}
		slices.SortStableFunc(bySide, func(a, b int32) int {
			if side[a].less(&side[b]) {
				return -1
			}
			return 1
		})
		fsr.bySide = bySide
		order := slices.Grow(fsr.order[:0], len(fs))
		for len(keys) > 0 || len(bySide) > 0 {
			if len(bySide) == 0 || len(keys) > 0 && keys[0].less(&side[bySide[0]]) {
				order, keys = append(order, keys[0].i), keys[1:]
			} else {
				order, bySide = append(order, side[bySide[0]].i), bySide[1:]
			}
		}
		fsr.order = order
		// Place p receives finding order[p]: follow each cycle from its first place, holding
		// that place's finding aside until the cycle closes.
		for p := range order {
			if order[p] < 0 || int(order[p]) == p {
				continue
			}
			held := fs[p]
			q := p
			for {
				from := int(order[q])
				order[q] = -1
				if from == p {
					fs[q] = held
					break
				}
				fs[q] = fs[from]
				q = from
			}
		}
	}
	out := fs[:0]
	for i := range fs {
		f := &fs[i]
		if n := len(out); n > 0 {
			p := &out[n-1]
			if identical(p, f) {
				continue
			}
		}
		if len(out) != i {
			out = append(out, *f)
		} else {
			out = out[:i+1]
		}
	}
	clear(fs[len(out):]) // let the dropped findings' strings go
	return out
}

// locate fills in line, column and UTF-16 offsets of findings sorted by Start, in one pass over
// the text (each span's own bytes are read once more for its end). An invalid UTF-8 byte counts
// as one UTF-16 unit, as it becomes one U+FFFD. cps, in order, may give the counts at places
// worked out before (see checkpoints): the pass then skips from one to the next.
func locate(text string, fs []Finding, cps []textPos) {
	pos, u16, line, lineStart := 0, 0, 1, 0
	k := 0 // the first checkpoint past the last finding
	for i := range fs {
		f := &fs[i]
		for k < len(cps) && cps[k].pos <= f.Start {
			k++
		}
		if k > 0 && cps[k-1].pos > pos {
			cp := &cps[k-1]
			pos, u16, line, lineStart = cp.pos, cp.u16, cp.line, cp.lineStart
		}
		pos, u16, line, lineStart = advance(text, pos, f.Start, u16, line, lineStart)
		f.Start16, f.Line, f.Column = u16, line, f.Start-lineStart+1
		_, f.End16, _, _ = advance(text, pos, f.End, u16, line, lineStart)
	}
}

// textPos is what locate counts at byte pos of a text: UTF-16 units before it, its line, and
// where its line starts.
type textPos struct{ pos, u16, line, lineStart int }

// checkpoints counts, once every sentence has been recognized, the UTF-16 units and lines
// before each sentence, so that locate need not pass over the whole text again. A pipelined
// check does this on the recognizing stage's processor while the matcher finishes.
func (c *Checker) checkpoints() {
	cps := c.cps[:0]
	pos, u16, line, lineStart := 0, 0, 1, 0
	for _, s := range c.sents {
		if s.t0 >= len(c.r.toks) {
			break
		}
		pos, u16, line, lineStart = advance(c.r.text, pos, int(c.r.toks[s.t0].start), u16, line, lineStart)
		cps = append(cps, textPos{pos, u16, line, lineStart})
	}
	c.cps = cps
}

// advance moves from byte pos to byte to, counting UTF-16 units and lines.
func advance(text string, pos, to, u16, line, lineStart int) (int, int, int, int) {
	to = min(to, len(text))
	for pos < to {
		// A run of ASCII is one UTF-16 unit a byte: only its line breaks need finding, and
		// IndexByte finds them faster than a loop over every byte.
		k := pos + asciiPrefix(text[pos:to])
		u16 += k - pos
		for pos < k {
			nl := strings.IndexByte(text[pos:k], '\n')
			if nl < 0 {
				pos = k
				break
			}
			pos += nl + 1
			line, lineStart = line+1, pos
		}
		if pos >= to {
			break
		}
		r, size := utf8.DecodeRuneInString(text[pos:])
		pos += size
		if r >= 0x10000 {
			u16 += 2
		} else {
			u16++
		}
	}
	return pos, u16, line, lineStart
}

// asciiPrefix returns the length of the ASCII run s starts with, reading eight bytes at a time.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}
