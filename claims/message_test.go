package claims

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quote writes what strconv.Quote writes for the text of drafts and claim sets.
func TestQuoteAgreesWithStrconv(t *testing.T) {
	for _, s := range []string{"", "26", `say "26"`, `back\slash`, "tab\there", "line\nbreak", "Martínez",
		"“La Tuta”", "🙂 中文", "no\u00a0break", "zero\u200bwidth", "bom\ufeff", "bad \xff byte", "\x00\x7f",
		"line\u2028separator", "soft\u00adhyphen"} {
		if diff := cmp.Diff(strconv.Quote(s), quote(s)); diff != "" {
			t.Errorf("quote(%q) (-strconv +quote):\n%s", s, diff)
		}
	}
}

// The JSON parser names an unexpected character as strconv.QuoteRune would.
func TestDescribeAgreesWithQuoteRune(t *testing.T) {
	for _, s := range []string{"x", "'", `"`, `\`, "é", "\u00a0", "\t", "🙂"} {
		p := &jsonParser{src: []byte(s)}
		if diff := cmp.Diff(strconv.QuoteRune([]rune(s)[0]), p.describe()); diff != "" {
			t.Errorf("describe(%q) (-strconv +describe):\n%s", s, diff)
		}
	}
}
