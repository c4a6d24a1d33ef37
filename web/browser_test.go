//go:build browser

package web_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The page loads, the engine starts, and a wrong count pasted into the draft is drawn as an
// error and listed in the panel.
func TestSmoke(t *testing.T) {
	p := openEditor(t)
	const draft = "Mexico sent 29 cartel figures to the United States in the August transfer."
	check := p.paste(draft, "")
	if got := p.draftText(); got != draft {
		t.Fatalf("after the paste the draft is %q; want %q", got, draft)
	}

	var errs []Finding
	for _, f := range check.Findings {
		if f.Severity == "error" {
			errs = append(errs, f)
		}
	}
	if len(errs) != 1 || errs[0].Text != "29" || errs[0].Start16 != 12 || errs[0].End16 != 14 || errs[0].Verdict != "contradicts" {
		t.Fatalf("claimcheck:findings: errors %+v; want one contradiction of \"29\" at [12, 14)", errs)
	}

	marks := p.highlights()
	if diff := cmp.Diff([]Mark{{Text: "29", Start16: 12, End16: 14}}, marks["claimcheck-error"]); diff != "" {
		t.Errorf("claimcheck-error highlight of %q (-want +got):\n%s", draft, diff)
	}
	if marks["claimcheck-warning"] == nil || marks["claimcheck-info"] == nil || marks["claimcheck-current"] == nil {
		t.Errorf("highlights registered: %v; want all of %q", marks, highlightNames)
	}

	var shown []PanelItem
	for _, it := range p.panel() {
		if it.Severity == "error" {
			shown = append(shown, it)
		}
	}
	want := []PanelItem{{Verdict: "contradicts", Severity: "error", Kind: "count", Start16: 12, End16: 14, Visible: true}}
	if diff := cmp.Diff(want, shown); diff != "" {
		t.Errorf("#findings, errors (-want +got):\n%s", diff)
	}
}

// Neither the editor's script, Go's wasm_exec.js nor the Go program adds a global to the page.
func TestNoGlobals(t *testing.T) {
	p := openEditor(t)
	added := call[[]string](p, `() => {
		const frame = document.createElement('iframe');
		document.body.append(frame);
		const fresh = new Set(Object.getOwnPropertyNames(frame.contentWindow));
		frame.remove();
		return Object.getOwnPropertyNames(window).filter((k) => !fresh.has(k));
	}`)
	if len(added) != 0 {
		t.Errorf("globals the page added: %q", added)
	}
	for _, name := range []string{"Go", "goGlobal", "fs", "process", "path", "claimcheckReady"} {
		if call[bool](p, `(name) => name in globalThis`, name) {
			t.Errorf("globalThis.%s exists", name)
		}
	}
}
