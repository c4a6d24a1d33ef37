package claims

// Folding makes "Martínez", "MARTINEZ" and "martinez" the same word for matching: lower case,
// Latin accents removed, typographic apostrophes made plain. Spelling is judged separately, by
// comparing the draft's bytes with the canonical spelling.

import (
	"strings"
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
var accentBase = func() (t [0x17F - 0xE0 + 1]byte) {
	// Each word is a base letter followed by the letters that fold to it.
	for _, w := range strings.Fields("aàáâãäåāăą cçćĉċč dď eèéêëēĕėęě gĝğġģ hĥ iìíîïĩīĭįı jĵ kķ lĺļľŀł " +
		"nñńņňŉ oòóôõöøōŏő rŕŗř sśŝşš tţťŧ uùúûüũūŭůűų wŵ yýÿŷ zźżž") {
		for _, r := range w[1:] {
			t[r-0xE0] = w[0]
		}
	}
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
