package claims

// The lexer splits a draft into words, numbers and punctuation, each with its byte span, in one
// pass and without allocating per token. Spaces are not tokens; a token records whether space, a
// line break or a blank line came before it. Every word is looked up once in the lexicon, so the
// recognizers compare small integers, not strings.

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tokWord   tokKind = iota + 1 // Martínez, U.S., Mexico's
	tokNumber                    // 26, 1,000, 482.5
	tokPunct                     // . , ; — “ % $ and every other symbol
)

// Token flags.
const (
	fSpace    uint16 = 1 << iota // white space before the token
	fNewline                     // a line break before the token
	fBlank                       // a blank line (paragraph break) before the token
	fCap                         // word starts with an upper-case letter
	fAllCaps                     // word of two or more letters, all upper case
	fNonASCII                    // word holds a non-ASCII letter
	fAbbrev                      // word written with internal periods, like U.S.
	fNoFact                      // part of a number that states no fact (an age, a label, a time): set by the recognizer
)

// token is one word, number or punctuation mark of a draft.
type token struct {
	start, end int32 // byte offsets into the draft, half-open
	id         int32 // lexicon id of the folded word, or of the number as written; 0 when unknown
	alt        int32 // lexicon id of the name word this word misspells by one letter; 0 if none
	r          rune  // for punctuation: the mark
	flags      uint16
	kind       tokKind // last, so that the token takes 24 bytes, not 28
}

func (t *token) is(f uint16) bool { return t.flags&f != 0 }

// lexAll tokenizes text, appending to toks (reused when non-nil). lx may be nil: then no word
// gets an id.
func lexAll(text string, lx *lexicon) []token {
	return lexAppend(nil, text, lx)
}

func lexAppend(toks []token, text string, lx *lexicon) []token {
	return lexRange(toks, text, 0, len(text), lx)
}

// lexRange appends the tokens of text that start in [from, to) to toks. from and to must be
// where lexing the whole text would be between tokens, with no space read (see lexCut); a
// token that starts before to and runs past it is read whole.
func lexRange(toks []token, text string, from, to int, lx *lexicon) []token {
	var buf [64]byte
	flags := uint16(0)
	newlines := 0
	i := from
	n := len(text)
	for i < to {
		i, flags, newlines = skipSpace(text, i, flags, newlines)
		if i >= n {
			break
		}
		c := text[i]
		// The token is made in place: the tokens of a long draft outgrow the caches, and a copy
		// from the stack would read each cache line before writing it.
		if len(toks) == cap(toks) {
			toks = append(toks, token{})[:len(toks)]
		}
		toks = toks[:len(toks)+1]
		tk := &toks[len(toks)-1]
		*tk = token{start: int32(i), flags: flags}
		switch {
		case asciiClass[c]&(classLower|classUpper) != 0:
			i = lexASCIIWord(text, i, tk, lx, &buf)
		case c >= '0' && c <= '9':
			j := i + 1
			for j < n {
				d := text[j]
				if d >= '0' && d <= '9' {
					j++
					continue
				}
				// 1,000 and 3.5: a separator only between digits; a comma needs three after it.
				if (d == ',' && j+4 <= n && isDigits(text[j+1:j+4]) && (j+4 == n || text[j+4] < '0' || text[j+4] > '9')) ||
					(d == '.' && j+1 < n && text[j+1] >= '0' && text[j+1] <= '9') {
					j += 2
					continue
				}
				break
			}
			tk.kind, tk.end = tokNumber, int32(j)
			if lx != nil {
				// A claim set's phrases may hold numbers ("1985 killing"); no other lexicon
				// entry is a number, so a number's id means nothing else anywhere.
				tk.id = lx.id(text[i:j])
			}
			i = j
		case c < utf8.RuneSelf:
			tk.kind, tk.r, tk.end = tokPunct, rune(c), int32(i+1)
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == 0xA0 || r == 0x2007 || r == 0x202F || r == 0x2009 || r == 0x200A || r == 0x2002 || r == 0x2003 || r == 0x3000 || r == 0xFEFF || r == 0x200B {
				flags |= fSpace
				i += size
				toks = toks[:len(toks)-1]
				continue
			}
			if r == 0x2028 || r == 0x2029 || r == 0x85 {
				flags |= fSpace | fNewline | fBlank
				i += size
				toks = toks[:len(toks)-1]
				continue
			}
			if isLetter(r) {
				i = lexWord(text, i, r, size, tk, lx, &buf)
			} else {
				tk.kind, tk.r, tk.end = tokPunct, r, int32(i+size)
				i += size
			}
		}
		flags, newlines = 0, 0
	}
	return toks
}

// lexCut returns a place near byte at where lexing may be split in two: a line break right after
// an ASCII byte that is not space, where the lexer has just ended a token and read no space. It
// returns -1 if there is none within a few kilobytes.
func lexCut(text string, at int) int {
	for p := at; p < len(text) && p < at+8192; p++ {
		if text[p] == '\n' && p > 0 {
			if c := text[p-1]; c < utf8.RuneSelf && c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v' && c != '\n' {
				return p
			}
		}
	}
	return -1
}

// lexASCIIWord reads the word starting with the ASCII letter at i into tk and returns its end.
// Most words are ASCII letters and digits followed by space or a mark: this path reads them,
// folding and hashing as it goes, and leaves every other shape (an apostrophe, a letter with an
// accent, an abbreviation like U.S.) to lexWord.
func lexASCIIWord(text string, i int, tk *token, lx *lexicon, buf *[64]byte) int {
	c := text[i]
	first := asciiClass[c]
	j, h, lower := asciiRun(text, i+1, (hashSeed^uint32(c|0x20))*hashPrime)
	if j < len(text) {
		if d := text[j]; d == '\'' || d == '.' && j == i+1 || d >= utf8.RuneSelf && wordGoesOn(text[j:]) {
			return lexWord(text, i, rune(c), 1, tk, lx, buf)
		}
	}
	if first == classUpper {
		tk.flags |= fCap
		if !lower && j-i > 1 {
			tk.flags |= fAllCaps
		}
	}
	tk.kind, tk.end = tokWord, int32(j)
	if lx != nil {
		tk.id = lx.lookupASCII(text[i:j], h)
		if tk.id == 0 && tk.flags&fCap != 0 && j-i >= 5 {
			tk.alt = lx.typoOf(text[i:j])
		}
	}
	return j
}

// wordGoesOn reports whether the non-ASCII character s starts with may go on a word: a letter,
// a mark, or a typographic apostrophe. A closing quote or a dash, the common case, may not.
func wordGoesOn(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '’' || isLetter(r) || unicode.IsMark(r)
}

// lexWord reads the word starting with the letter r (size bytes) at i into tk and returns its
// end: any word, in the general way.
func lexWord(text string, i int, r rune, size int, tk *token, lx *lexicon, buf *[64]byte) int {
	n := len(text)
	j := i + size
	allCaps := unicode.IsUpper(r)
	letters := 1
	nonASCII := r >= utf8.RuneSelf
	// An ASCII word is folded and hashed as it is read, for the lexicon's word table; any
	// other byte sends the word to lookupWord's general path.
	ascii, h := r < utf8.RuneSelf, hashSeed
	h = (h ^ uint32(lowerASCII(byte(r)))) * hashPrime
	for j < n {
		// ASCII letters and digits, in a loop of their own: most words are nothing else.
		k, hk, lower := asciiRun(text, j, h)
		if k > j {
			letters += k - j
			j, h = k, hk
			allCaps = allCaps && !lower
			if j >= n {
				break
			}
		}
		d, sz := rune(text[j]), 1
		if d >= utf8.RuneSelf {
			ascii = false
			d, sz = utf8.DecodeRuneInString(text[j:])
			if isLetter(d) || unicode.IsMark(d) {
				nonASCII = true
				if unicode.IsLower(d) {
					allCaps = false
				}
				letters++
				j += sz
				continue
			}
		}
		// No other ASCII byte is a letter, a mark or a digit: only an apostrophe may go on
		// ("Mexico's", "don't", "O'Brien").
		if d == '\'' || d == '’' {
			if j+sz < n {
				e, _ := utf8.DecodeRuneInString(text[j+sz:])
				if isLetter(e) {
					h = (h ^ '\'') * hashPrime
					j += sz
					continue
				}
			}
		}
		break
	}
	// U.S., U.N., D.C.: single letters each followed by a period.
	if letters == 1 && j+1 < n && text[j] == '.' {
		k := j
		for k+2 < n+1 && k+1 < n && text[k] == '.' {
			e, sz := utf8.DecodeRuneInString(text[k+1:])
			if !isLetter(e) || k+1+sz >= n || text[k+1+sz] != '.' {
				break
			}
			k += 1 + sz
		}
		if k > j {
			j = k + 1 // include the final period
			tk.flags |= fAbbrev
			ascii = false // the hash does not cover the periods
		}
	}
	if unicode.IsUpper(r) {
		tk.flags |= fCap
		if allCaps && letters > 1 {
			tk.flags |= fAllCaps
		}
	}
	if nonASCII {
		tk.flags |= fNonASCII
	}
	tk.kind, tk.end = tokWord, int32(j)
	if lx != nil {
		if ascii {
			tk.id = lx.lookupASCII(text[i:j], h)
		} else {
			tk.id = lx.lookupWord(text[i:j], buf)
		}
		// A capitalized unknown word may misspell a name word, so that a name can match
		// through it.
		if tk.id == 0 && tk.is(fCap) && j-i >= 5 {
			tk.alt = lx.typoOf(text[i:j])
		}
	}
	return j
}

// skipSpace skips ASCII white space from i on, adding to the flags of the next token and to the
// count of line breaks before it.
func skipSpace(text string, i int, flags uint16, newlines int) (int, uint16, int) {
	for ; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\r', '\f', '\v':
			flags |= fSpace
		case '\n':
			flags |= fSpace | fNewline
			newlines++
			if newlines >= 2 {
				flags |= fBlank
			}
		default:
			return i, flags, newlines
		}
	}
	return i, flags, newlines
}

// asciiRun reads the ASCII letters and digits of a word from j on, hashing each folded byte
// into h. It returns where the run ends, the hash, and whether the run held a lower-case letter.
// It is the lexer's innermost loop.
func asciiRun(text string, j int, h uint32) (int, uint32, bool) {
	var lower uint8
	for ; j < len(text); j++ {
		c := text[j]
		cl := asciiClass[c]
		if cl == 0 {
			break
		}
		lower |= cl & classLower
		h = (h ^ uint32(c|0x20)) * hashPrime // c|0x20 folds a letter and keeps a digit
	}
	return j, h, lower != 0
}

// ASCII letters and digits, the bytes that go on a word; zero for every other byte.
const (
	classLower = 1 << iota
	classUpper
	classDigit
)

var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = classUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	return t
}()

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}
