package claims

// This file is a small JSON reader that keeps the byte offset of every value and key, so that
// a claim set's problems can be reported at file:line:column, and so that the engine (and the
// WebAssembly build that imports it) needs neither encoding/json nor reflection.

import (
	"unicode/utf16"
	"unicode/utf8"
)

// jsonKind is the type of a JSON value.
type jsonKind uint8

const (
	jsonNull jsonKind = iota
	jsonBool
	jsonNumber
	jsonString
	jsonArray
	jsonObject
)

var jsonKindNames = [...]string{"null", "boolean", "number", "string", "array", "object"}

func (k jsonKind) String() string { return jsonKindNames[k] }

// jsonValue is one parsed JSON value and where it starts.
type jsonValue struct {
	kind jsonKind
	pos  int // byte offset of the value's first byte in the input
	b    bool
	num  float64
	str  string
	arr  []*jsonValue
	obj  []jsonMember // in input order; duplicates kept so that they can be reported
}

// jsonMember is one key of an object with its value.
type jsonMember struct {
	key    string
	keyPos int // byte offset of the key's opening quote
	val    *jsonValue
}

// get returns the value of the first member named key, or nil. The loader calls it some thirty
// times: kept out of line, as inlined it grew the WebAssembly build by 3 KB.
//
//go:noinline
func (v *jsonValue) get(key string) *jsonValue {
	for i := range v.obj {
		if v.obj[i].key == key {
			return v.obj[i].val
		}
	}
	return nil
}

// jsonSyntaxError is a malformed-JSON problem at a byte offset.
type jsonSyntaxError struct {
	pos int
	msg string
}

func (e *jsonSyntaxError) Error() string { return e.msg }

const jsonMaxDepth = 64

type jsonParser struct {
	src   []byte
	i     int
	depth int
}

// parseJSON parses one JSON document. On failure it returns the offset and a message.
func parseJSON(src []byte) (v *jsonValue, err *jsonSyntaxError) {
	p := &jsonParser{src: src}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		p.i = 3 // a UTF-8 byte order mark
	}
	p.space()
	v, err = p.value()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i < len(p.src) {
		return nil, p.fail("unexpected " + p.describe() + " after the end of the document")
	}
	return v, nil
}

// fail returns a syntax error at the current position. It is kept out of line, like get.
//
//go:noinline
func (p *jsonParser) fail(msg string) *jsonSyntaxError { return &jsonSyntaxError{pos: p.i, msg: msg} }

func (p *jsonParser) describe() string {
	if p.i >= len(p.src) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.src[p.i:])
	if r == utf8.RuneError {
		return "invalid UTF-8"
	}
	// As strconv.QuoteRune writes it: 'x'.
	q := quote(string(r))
	q = q[1 : len(q)-1]
	switch q {
	case "'":
		q = `\'`
	case `\"`:
		q = `"`
	}
	return "'" + q + "'"
}

func (p *jsonParser) space() {
	for p.i < len(p.src) {
		switch p.src[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) value() (*jsonValue, *jsonSyntaxError) {
	if p.i >= len(p.src) {
		return nil, p.fail("unexpected end of file, expected a value")
	}
	start := p.i
	switch c := p.src[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s, err := p.string()
		if err != nil {
			return nil, err
		}
		return &jsonValue{kind: jsonString, pos: start, str: s}, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case p.literal("true"):
		return &jsonValue{kind: jsonBool, pos: start, b: true}, nil
	case p.literal("false"):
		return &jsonValue{kind: jsonBool, pos: start}, nil
	case p.literal("null"):
		return &jsonValue{kind: jsonNull, pos: start}, nil
	}
	return nil, p.fail("unexpected " + p.describe() + ", expected a value")
}

func (p *jsonParser) literal(word string) bool {
	if len(p.src)-p.i >= len(word) && string(p.src[p.i:p.i+len(word)]) == word {
		p.i += len(word)
		return true
	}
	return false
}

func (p *jsonParser) enter() *jsonSyntaxError {
	p.depth++
	if p.depth > jsonMaxDepth {
		return p.fail("nested too deeply")
	}
	return nil
}

func (p *jsonParser) object() (*jsonValue, *jsonSyntaxError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	v := &jsonValue{kind: jsonObject, pos: p.i}
	p.i++ // {
	p.space()
	if p.i < len(p.src) && p.src[p.i] == '}' {
		p.i++
		p.depth--
		return v, nil
	}
	for {
		p.space()
		if p.i >= len(p.src) || p.src[p.i] != '"' {
			return nil, p.fail("unexpected " + p.describe() + ", expected a quoted key")
		}
		keyPos := p.i
		key, err := p.string()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.i >= len(p.src) || p.src[p.i] != ':' {
			return nil, p.fail("unexpected " + p.describe() + ", expected ':' after key")
		}
		p.i++
		p.space()
		val, err := p.value()
		if err != nil {
			return nil, err
		}
		v.obj = append(v.obj, jsonMember{key: key, keyPos: keyPos, val: val})
		p.space()
		if p.i >= len(p.src) {
			return nil, p.fail("unexpected end of file, expected ',' or '}'")
		}
		switch p.src[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			p.depth--
			return v, nil
		default:
			return nil, p.fail("unexpected " + p.describe() + ", expected ',' or '}'")
		}
	}
}

func (p *jsonParser) array() (*jsonValue, *jsonSyntaxError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	v := &jsonValue{kind: jsonArray, pos: p.i}
	p.i++ // [
	p.space()
	if p.i < len(p.src) && p.src[p.i] == ']' {
		p.i++
		p.depth--
		return v, nil
	}
	for {
		p.space()
		el, err := p.value()
		if err != nil {
			return nil, err
		}
		v.arr = append(v.arr, el)
		p.space()
		if p.i >= len(p.src) {
			return nil, p.fail("unexpected end of file, expected ',' or ']'")
		}
		switch p.src[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			p.depth--
			return v, nil
		default:
			return nil, p.fail("unexpected " + p.describe() + ", expected ',' or ']'")
		}
	}
}

func (p *jsonParser) number() (*jsonValue, *jsonSyntaxError) {
	start := p.i
	if p.src[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		n := 0
		for p.i < len(p.src) && p.src[p.i] >= '0' && p.src[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.i < len(p.src) && p.src[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		return nil, p.fail("invalid number")
	}
	if p.i < len(p.src) && p.src[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return nil, p.fail("invalid number: digits expected after '.'")
		}
	}
	if p.i < len(p.src) && (p.src[p.i] == 'e' || p.src[p.i] == 'E') {
		p.i++
		if p.i < len(p.src) && (p.src[p.i] == '+' || p.src[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, p.fail("invalid number: digits expected in exponent")
		}
	}
	f, ok := parseDecimal(string(p.src[start:p.i]))
	if !ok {
		p.i = start
		return nil, p.fail("number out of range")
	}
	return &jsonValue{kind: jsonNumber, pos: start, num: f}, nil
}

func (p *jsonParser) string() (string, *jsonSyntaxError) {
	p.i++ // opening quote
	var buf []byte
	start := p.i
	for {
		if p.i >= len(p.src) {
			return "", p.fail("unexpected end of file in a string")
		}
		c := p.src[p.i]
		switch {
		case c == '"':
			s := string(p.src[start:p.i])
			if buf != nil {
				s = string(append(buf, p.src[start:p.i]...))
			}
			p.i++
			return s, nil
		case c < 0x20:
			return "", p.fail("control character in a string (escape it)")
		case c == '\\':
			buf = append(buf, p.src[start:p.i]...)
			if p.i+1 >= len(p.src) {
				return "", p.fail("unexpected end of file in a string")
			}
			esc := p.src[p.i+1]
			p.i += 2
			switch esc {
			case '"', '\\', '/':
				buf = append(buf, esc)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return "", p.fail("invalid \\u escape")
				}
				if utf16.IsSurrogate(r) {
					// Half of a pair: the other half must follow as an escape. Anything else
					// leaves U+FFFD, as encoding/json does, and is read on its own.
					r2 := utf8.RuneError
					if p.i+1 < len(p.src) && p.src[p.i] == '\\' && p.src[p.i+1] == 'u' {
						at := p.i
						p.i += 2
						if lo, ok := p.hex4(); ok {
							r2 = utf16.DecodeRune(r, lo)
						}
						if r2 == utf8.RuneError {
							p.i = at
						}
					}
					r = r2
				}
				buf = utf8.AppendRune(buf, r)
			default:
				p.i--
				return "", p.fail("invalid escape \\" + string(rune(esc)))
			}
			start = p.i
		case c < utf8.RuneSelf:
			p.i++
		default:
			r, size := utf8.DecodeRune(p.src[p.i:])
			if r == utf8.RuneError && size == 1 {
				return "", p.fail("invalid UTF-8 in a string")
			}
			p.i += size
		}
	}
}

func (p *jsonParser) hex4() (rune, bool) {
	if len(p.src)-p.i < 4 {
		return 0, false
	}
	var n rune
	for _, c := range p.src[p.i : p.i+4] {
		switch {
		case c >= '0' && c <= '9':
			n = n<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			n = n<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			n = n<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	p.i += 4
	return n, true
}
