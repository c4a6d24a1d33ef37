package claims

import (
	"slices"
	"strconv"
)

// Error is one problem in a claim set, at a position of its file.
type Error struct {
	File   string // name of the file as given to Load
	Line   int    // 1-based line
	Column int    // 1-based column, counted in bytes as Go tools do
	Msg    string
}

// Error formats the problem as file:line:column: message.
func (e *Error) Error() string {
	return e.File + ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column) + ": " + e.Msg
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
	// slices, not sort.SliceStable: the engine is built for WebAssembly, where reflection costs size.
	slices.SortStableFunc(l, func(a, b *Error) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
	return l
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
