//go:build browser

package web_test

import (
	"slices"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/claimcheck/claimcheck/internal/site"
)

// The served editor works under the site's strict Content-Security-Policy (no inline script or
// style, 'wasm-unsafe-eval' only): it loads, checks, and the page reports no violation.
func TestEditorUnderCSP(t *testing.T) {
	p := newPage(t)
	initScript(p, violationsJS)
	p.do(chromedp.Navigate(siteURL))
	p.waitEngine("ready")
	if got := call[string](p, `() => fetch(location.href, { method: 'HEAD' }).then((r) => r.headers.get('Content-Security-Policy'))`); got != site.CSP {
		t.Fatalf("the page is served with Content-Security-Policy %q; want %q", got, site.CSP)
	}
	check := p.paste("Mexico sent 29 cartel figures to the United States in the August transfer.", "")
	if !slices.ContainsFunc(check.Findings, func(f Finding) bool { return f.Severity == "error" && f.Text == "29" }) {
		t.Errorf("no error on \"29\": %+v", check.Findings)
	}
	if v := call[[]string](p, `() => window.__claimcheckViolations`); len(v) > 0 {
		t.Errorf("Content-Security-Policy violations: %q", v)
	}
	// Nothing inline is left for the policy to block.
	inline := call[[]string](p, `() => [...document.querySelectorAll('script:not([src]), style, [style]')].map((e) => e.outerHTML.slice(0, 80))`)
	if len(inline) > 0 {
		t.Errorf("inline scripts or styles: %q", inline)
	}
}
