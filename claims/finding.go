package claims

import (
	"slices"
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

// sortFindings orders findings by start, then by end, then errors first. It sorts indices and
// permutes once: findings are large, and a stable sort that swaps them moves far more memory.
func sortFindings(fs []Finding) {
	rank := func(s Severity) int {
		switch s {
		case SevError:
			return 0
		case SevWarning:
			return 1
		}
		return 2
	}
	sorted := true
	for i := 1; i < len(fs) && sorted; i++ {
		a, b := &fs[i-1], &fs[i]
		sorted = a.Start < b.Start || a.Start == b.Start && (a.End < b.End || a.End == b.End && rank(a.Severity) <= rank(b.Severity))
	}
	if sorted {
		return
	}
	idx := make([]int32, len(fs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		a, b := &fs[i], &fs[j]
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return a.End - b.End
		}
		return rank(a.Severity) - rank(b.Severity)
	})
	out := make([]Finding, len(fs))
	for i, k := range idx {
		out[i] = fs[k]
	}
	copy(fs, out)
}

// locate fills in line, column and UTF-16 offsets of findings sorted by Start, in one pass over
// the text (each span's own bytes are read once more for its end). An invalid UTF-8 byte counts
// as one UTF-16 unit, as it becomes one U+FFFD.
func locate(text string, fs []Finding) {
	pos, u16, line, lineStart := 0, 0, 1, 0
	for i := range fs {
		f := &fs[i]
		pos, u16, line, lineStart = advance(text, pos, f.Start, u16, line, lineStart)
		f.Start16, f.Line, f.Column = u16, line, f.Start-lineStart+1
		_, f.End16, _, _ = advance(text, pos, f.End, u16, line, lineStart)
	}
}

// advance moves from byte pos to byte to, counting UTF-16 units and lines.
func advance(text string, pos, to, u16, line, lineStart int) (int, int, int, int) {
	for pos < to && pos < len(text) {
		c := text[pos]
		if c < utf8.RuneSelf {
			if c == '\n' {
				line++
				lineStart = pos + 1
			}
			pos++
			u16++
			continue
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
