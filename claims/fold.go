package claims

// Folding makes "Martínez", "MARTINEZ" and "martinez" the same word for matching: lower case,
// Latin accents removed, typographic apostrophes made plain. Spelling is judged separately, by
// comparing the draft's bytes with the canonical spelling.

import (
	"unicode"
	"unicode/utf8"
)

// foldRune returns the unaccented lower-case form of r.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	switch r {
	case '’', '‘', 'ʼ', '′':
		return '\''
	}
	r = unicode.ToLower(r)
	if r >= 0xE0 && r <= 0x17F {
		if b := accentBase[r-0xE0]; b != 0 {
			return rune(b)
		}
	}
	return r
}

// accentBase maps U+00E0..U+017F (lower-case Latin letters with diacritics) to their base
// letter; zero where the letter has none.
var accentBase = func() [0x17F - 0xE0 + 1]byte {
	var t [0x17F - 0xE0 + 1]byte
	set := func(base byte, runes string) {
		for _, r := range runes {
			t[r-0xE0] = base
		}
	}
	set('a', "àáâãäåāăą")
	set('c', "çćĉċč")
	set('d', "ď")
	set('e', "èéêëēĕėęě")
	set('g', "ĝğġģ")
	set('h', "ĥ")
	set('i', "ìíîïĩīĭįı")
	set('j', "ĵ")
	set('k', "ķ")
	set('l', "ĺļľŀł")
	set('n', "ñńņňŉ")
	set('o', "òóôõöøōŏő")
	set('r', "ŕŗř")
	set('s', "śŝşš")
	set('t', "ţťŧ")
	set('u', "ùúûüũūŭůűų")
	set('w', "ŵ")
	set('y', "ýÿŷ")
	set('z', "źżž")
	return t
}()

// appendFold appends the folded form of s to buf.
func appendFold(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		buf = utf8.AppendRune(buf, foldRune(r))
	}
	return buf
}

// fold returns the folded form of s.
func fold(s string) string { return string(appendFold(nil, s)) }

// phraseWords splits a cue, unit or name into folded words the way the lexer splits a draft.
func phraseWords(s string) []string {
	var out []string
	toks := lexAll(s, nil)
	for _, t := range toks {
		if t.kind == tokWord || t.kind == tokNumber {
			out = append(out, fold(s[t.start:t.end]))
		}
	}
	return out
}
