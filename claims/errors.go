package claims

import (
	"sort"
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
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Line != l[j].Line {
			return l[i].Line < l[j].Line
		}
		return l[i].Column < l[j].Column
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
	i := sort.Search(len(idx), func(i int) bool { return idx[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, off - idx[i] + 1
}
