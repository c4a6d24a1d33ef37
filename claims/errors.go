package claims

import "slices"

// Error is one problem in a claim set, at a position of its file.
type Error struct {
	File   string // name of the file as given to Load
	Line   int    // 1-based line
	Column int    // 1-based column, counted in bytes as Go tools do
	Msg    string
}

// Error formats the problem as file:line:column: message.
func (e *Error) Error() string {
	return e.File + ":" + decimal(e.Line) + ":" + decimal(e.Column) + ": " + e.Msg
}

// ErrorList is every problem found while loading a claim set, in file order.
type ErrorList []*Error

// Error joins the problems, one per line.
func (l ErrorList) Error() string {
	s := ""
	for i, e := range l {
		if i > 0 {
			s += "\n"
		}
		s += e.Error()
	}
	return s
}

// Err returns the list as an error, or nil when it holds no problem.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sortErrors(l)
	return l
}

// sortErrors sorts l by line, then column, keeping the order of problems at the same place: a
// bottom-up merge sort. A generic sort (slices.SortStableFunc) would add some 10 KB of
// WebAssembly for this one cold call; sort.SliceStable, reflection.
func sortErrors(l []*Error) {
	before := func(a, b *Error) bool { return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column }
	src, dst := l, make([]*Error, len(l))
	for w := 1; w < len(l); w *= 2 {
		for lo := 0; lo < len(l); lo += 2 * w {
			mid, hi := min(lo+w, len(l)), min(lo+2*w, len(l))
			i, j, k := lo, mid, lo
			for ; i < mid && j < hi; k++ {
				if before(src[j], src[i]) {
					dst[k], j = src[j], j+1
				} else {
					dst[k], i = src[i], i+1
				}
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	copy(l, src)
}

// lineIndex converts byte offsets of one text to 1-based line and byte column.
type lineIndex []int // byte offset of the start of each line

func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range src {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// position returns the 1-based line and column of byte offset off.
func (idx lineIndex) position(off int) (line, col int) {
	i, _ := slices.BinarySearch(idx, off+1) // the first line starting after off
	i--
	if i < 0 {
		i = 0
	}
	return i + 1, off - idx[i] + 1
}
