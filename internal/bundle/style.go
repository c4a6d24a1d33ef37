package bundle

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	cssCommentRE = regexp.MustCompile(`(?s)/\*.*?\*/`)
	cssURLRE     = regexp.MustCompile(`(?i)\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)`)
	cssImportRE  = regexp.MustCompile(`(?i)@import\b`)
)

// checkStyle fails on what the built style cannot keep: @import (another request, outside the
// bundle) and url() of anything but data: and same-document fragments, since the style moves to
// assets/ and the site's Content-Security-Policy allows images only from the site and data:.
func checkStyle(name string, src []byte) error {
	s := cssCommentRE.ReplaceAllStringFunc(string(src), func(c string) string {
		return strings.Repeat("\n", strings.Count(c, "\n")) // keep line numbers
	})
	if loc := cssImportRE.FindStringIndex(s); loc != nil {
		return fmt.Errorf("%s:%d: @import cannot be bundled; put the rules in %s", name, 1+strings.Count(s[:loc[0]], "\n"), name)
	}
	for _, m := range cssURLRE.FindAllStringSubmatchIndex(s, -1) {
		u := ""
		for g := 1; g <= 3; g++ {
			if m[2*g] >= 0 {
				u = s[m[2*g]:m[2*g+1]]
			}
		}
		if strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "#") {
			continue
		}
		return fmt.Errorf("%s:%d: url(%s): the style can refer only to data: URLs (files are not copied with it)", name, 1+strings.Count(s[:m[0]], "\n"), u)
	}
	return nil
}
