//go:build browser

package web_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/domdebugger"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// violationsJS records, in every document, the Content-Security-Policy violations it reports.
const violationsJS = `window.__claimcheckViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
	window.__claimcheckViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});`

// instantiationsJS counts the WebAssembly modules the page instantiates.
const instantiationsJS = `window.__claimcheckInstances = 0;
for (const name of ['instantiate', 'instantiateStreaming']) {
	const orig = WebAssembly[name];
	WebAssembly[name] = function (...args) { window.__claimcheckInstances++; return orig.apply(this, args); };
}`

// openWidgetPage opens a page of the built site that loads claimcheck-widget.js, after the
// init scripts, and waits until every <claim-check> on it has checked its field once.
func openWidgetPage(t *testing.T, path string, init ...string) *page {
	t.Helper()
	p := newPage(t)
	initScript(p, violationsJS)
	for _, src := range init {
		initScript(p, src)
	}
	p.do(chromedp.Navigate(siteURL + path))
	ctx, cancel := context.WithTimeout(p.ctx, readyTimeout)
	defer cancel()
	state, err := chromedp.Run(ctx, chromedp.Poll[string](`(() => {
		const ws = [...document.querySelectorAll('claim-check')];
		if (ws.some((w) => w.dataset.engine === 'failed')) return 'failed: ' + ws.map((w) => w.shadowRoot.textContent).join(' | ');
		return ws.length > 0 && ws.every((w) => w.dataset.engine === 'ready') && 'ready';
	})()`, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(readyTimeout)))
	if err != nil || state != "ready" {
		t.Fatalf("%s: the widgets are not ready: %q %v", path, state, err)
	}
	t.Cleanup(func() {
		if v := call[[]string](p, `() => window.__claimcheckViolations`); len(v) > 0 {
			t.Errorf("%s: Content-Security-Policy violations: %q", path, v)
		}
	})
	return p
}

var examples = []string{"textarea.html", "contenteditable.html", "hostile-css.html"}

// Each example page, served with the site's strict Content-Security-Policy, gets its widget
// working from the one script: the engine inside it, a badge with counts, findings on the field.
func TestWidgetExamples(t *testing.T) {
	for _, ex := range examples {
		t.Run(ex, func(t *testing.T) {
			p := openWidgetPage(t, "examples/"+ex)
			got := call[struct {
				Findings int    `json:"findings"`
				Badge    string `json:"badge"`
				Drawn    int    `json:"drawn"`
			}](p, `() => {
				const w = document.querySelector('claim-check');
				const marks = w.shadowRoot.querySelectorAll('.overlay mark').length;
				const ranges = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
				return { findings: w.findings.length, badge: w.shadowRoot.querySelector('.badge').textContent, drawn: marks + ranges };
			}`)
			if got.Findings == 0 || got.Drawn == 0 || !strings.Contains(got.Badge, "contradiction") && !strings.Contains(got.Badge, "warning") {
				t.Errorf("%s: %+v; want findings, marks drawn and a badge with the problems", ex, got)
			}
		})
	}
}

// markRectsJS returns, for each <mark> over the textarea, its text and its first box, and the box
// of the same characters measured in a mirror that the test builds itself: a div laid over the
// textarea with its computed style, its text split around the characters, scrolled like it (in
// a shadow root of its own, so that the page's CSS does not restyle the test's span).
const markRectsJS = `() => {
	const w = document.querySelector('claim-check');
	const ta = document.getElementById(w.getAttribute('for'));
	const cs = getComputedStyle(ta);
	const out = [];
	let at = 0;
	for (const m of w.shadowRoot.querySelectorAll('.overlay mark')) {
		const start = ta.value.indexOf(m.textContent, at);
		at = start + m.textContent.length;
		const mirror = document.createElement('div');
		for (const p of cs) mirror.style.setProperty(p, cs.getPropertyValue(p));
		const r = ta.getBoundingClientRect();
		Object.assign(mirror.style, { position: 'fixed', left: r.left + 'px', top: r.top + 'px', margin: '0',
			overflow: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', visibility: 'hidden',
			width: r.width + 'px', height: r.height + 'px', boxSizing: 'border-box' });
		// The textarea's scrollbar takes width from its text.
		const bar = ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
		mirror.style.paddingRight = (parseFloat(cs.paddingRight) + bar) + 'px';
		const span = document.createElement('span');
		span.textContent = ta.value.slice(start, at);
		mirror.append(ta.value.slice(0, start), span, ta.value.slice(at) + '\n');
		const host = document.createElement('div');
		host.attachShadow({ mode: 'open' }).append(mirror);
		document.body.append(host);
		mirror.scrollTop = ta.scrollTop;
		const want = span.getClientRects()[0];
		const got = m.getClientRects()[0];
		host.remove();
		out.push({ text: m.textContent, got: [got.left, got.top, got.height], want: [want.left, want.top, want.height], scrollTop: ta.scrollTop });
	}
	return out;
}`

type markRect struct {
	Text      string     `json:"text"`
	Got       [3]float64 `json:"got"`
	Want      [3]float64 `json:"want"`
	ScrollTop float64    `json:"scrollTop"`
}

// The marks over a textarea cover the characters of their findings after the textarea is
// filled with a long draft, scrolled to its end and resized, on the plain page and on the page
// whose CSS restyles everything.
func TestWidgetOverlayAlignment(t *testing.T) {
	var long strings.Builder
	for i := range 30 {
		fmt.Fprintf(&long, "Paragraph %d. Officials said the talks went on, and the ministers met again; nothing in this sentence is a claim the fact sheet holds.\n\n", i+1)
	}
	long.WriteString("Mexico sent 29 alleged cartel members to the United States in the August transfer.\n")
	for _, ex := range []string{"textarea.html", "hostile-css.html"} {
		t.Run(ex, func(t *testing.T) {
			p := openWidgetPage(t, "examples/"+ex)
			n := call[int](p, `async (text) => {
				const w = document.querySelector('claim-check');
				const ta = document.getElementById(w.getAttribute('for'));
				ta.value = text;
				ta.dispatchEvent(new Event('input', { bubbles: true }));
				const findings = await w.check();
				ta.style.width = '431px';
				ta.style.height = '187px';
				ta.scrollTop = ta.scrollHeight;
				return findings.filter((f) => f.severity === 'error').length;
			}`, long.String())
			if n == 0 {
				t.Fatalf("no error on the long draft")
			}
			// The widget follows scrolls and resizes a frame later: poll until it has.
			var rects []markRect
			deadline := time.Now().Add(5 * time.Second)
			for {
				rects = call[[]markRect](p, markRectsJS)
				if aligned(rects) == "" || time.Now().After(deadline) {
					break
				}
				call[bool](p, `() => new Promise((r) => requestAnimationFrame(() => r(true)))`)
			}
			if msg := aligned(rects); msg != "" {
				t.Errorf("%s: %s", ex, msg)
			}
			if !slices.ContainsFunc(rects, func(r markRect) bool { return r.Text == "29" && r.ScrollTop > 0 }) {
				t.Errorf("no mark on \"29\" in the scrolled textarea: %+v", rects)
			}
		})
	}
}

// aligned says how the marks miss their characters, or "" when each is within 1.5 px.
func aligned(rects []markRect) string {
	if len(rects) == 0 {
		return "no marks"
	}
	for _, r := range rects {
		for i := range 3 {
			if d := r.Got[i] - r.Want[i]; d > 1.5 || d < -1.5 {
				return fmt.Sprintf("mark %q at (left, top, height) %v; its characters are at %v", r.Text, r.Got, r.Want)
			}
		}
	}
	return ""
}

// The hostile page's CSS does not reach inside the widget (the computed style of what it draws
// is the same as on the plain page), and the widget's does not reach out (the page's elements
// are styled the same once it is gone).
func TestWidgetStyleIsolation(t *testing.T) {
	const insideJS = `() => {
		const w = document.querySelector('claim-check');
		w.shadowRoot.querySelector('.badge').click();
		// The marks take the field's font and spacing on purpose (they lie over its text).
		const own = ['color', 'background-color', 'border-top-style', 'border-top-width', 'padding-top', 'box-sizing', 'text-decoration-line'];
		const text = ['font-family', 'font-size', 'letter-spacing', 'line-height'];
		const pick = (el) => {
			const cs = getComputedStyle(el);
			return (el.localName === 'mark' ? own : [...own, ...text])
				.map((p) => el.className + ' ' + el.localName + ' ' + p + ': ' + cs.getPropertyValue(p));
		};
		const els = [w, ...w.shadowRoot.querySelectorAll('.badge, .count, .panel, .summary, li, .words, .message, button.apply, .overlay mark')];
		const seen = new Set();
		return els.filter((el) => { const k = el.localName + el.className; if (seen.has(k)) return false; seen.add(k); return true; }).flatMap(pick);
	}`
	plain := call[[]string](openWidgetPage(t, "examples/textarea.html"), insideJS)
	p := openWidgetPage(t, "examples/hostile-css.html")
	hostile := call[[]string](p, insideJS)
	if diff := cmp.Diff(plain, hostile); diff != "" {
		t.Errorf("inside the widget, computed styles on the plain page (-) and the hostile one (+):\n%s", diff)
	}

	for _, ex := range examples {
		p := openWidgetPage(t, "examples/"+ex)
		// Every property but those that report the laid-out size, which the widget's own box changes.
		const outsideJS = `() => [...document.querySelectorAll('body *:not(claim-check)'), document.body, document.documentElement].map((el) => {
			const cs = getComputedStyle(el);
			const layout = new Set(['width', 'height', 'block-size', 'inline-size', 'perspective-origin', 'transform-origin']);
			return el.localName + ': ' + [...cs].filter((k) => !layout.has(k)).map((k) => k + '=' + cs.getPropertyValue(k)).join('; ');
		})`
		with := call[[]string](p, outsideJS)
		without := call[[]string](p, `() => { document.querySelector('claim-check').remove(); return (`+outsideJS+`)(); }`)
		if diff := cmp.Diff(without, with); diff != "" {
			t.Errorf("%s: the page's computed styles without the widget (-) and with it (+):\n%s", ex, diff)
		}
	}
}

// The widget's script adds no global but the element, and Go's wasm_exec.js none at all.
func TestWidgetNoGlobals(t *testing.T) {
	for _, ex := range examples {
		p := openWidgetPage(t, "examples/"+ex)
		added := call[[]string](p, `() => {
			const frame = document.createElement('iframe');
			document.body.append(frame);
			const fresh = new Set(Object.getOwnPropertyNames(frame.contentWindow));
			frame.remove();
			return Object.getOwnPropertyNames(window).filter((k) => !fresh.has(k) && k !== '__claimcheckViolations');
		}`)
		if len(added) != 0 {
			t.Errorf("%s: globals the widget added: %q", ex, added)
		}
		for _, name := range []string{"Go", "goGlobal", "fs", "process", "path", "claimcheckReady", "EMBEDDED_ENGINE", "ENGINE_FILE", "ClaimCheckElement"} {
			if call[bool](p, `(name) => name in globalThis`, name) {
				t.Errorf("%s: globalThis.%s exists", ex, name)
			}
		}
		if !call[bool](p, `() => typeof customElements.get('claim-check') === 'function'`) {
			t.Errorf("%s: claim-check is not defined", ex)
		}
	}
}

// listeners counts the event listeners on the value of a JavaScript expression (CDP
// DOMDebugger.getEventListeners), by event type.
func listeners(p *page, expr string) map[string]int {
	p.t.Helper()
	obj, err := chromedp.Call(p.ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: expr})
	if err != nil || obj.Result == nil || obj.Result.ObjectID == "" {
		p.t.Fatalf("%s: %v", expr, err)
	}
	res, err := chromedp.Call(p.ctx, domdebugger.GetEventListeners, domdebugger.GetEventListenersParams{ObjectID: obj.Result.ObjectID})
	if err != nil {
		p.t.Fatal(err)
	}
	n := map[string]int{}
	for _, l := range res.Listeners {
		n[l.Type]++
	}
	return n
}

// Removing the widget removes every listener it added to the field, the window, the document
// and itself, and the style sheet and highlights it put in the page.
func TestWidgetTeardown(t *testing.T) {
	for _, ex := range examples {
		t.Run(ex, func(t *testing.T) {
			p := openWidgetPage(t, "examples/"+ex)
			call[bool](p, `() => {
				window.__claimcheckWidget = document.querySelector('claim-check');
				window.__claimcheckField = document.getElementById(window.__claimcheckWidget.getAttribute('for'));
				window.__claimcheckBadge = window.__claimcheckWidget.shadowRoot.querySelector('.badge');
				return true;
			}`)
			targets := []string{"window.__claimcheckField", "window", "window.__claimcheckWidget", "window.__claimcheckBadge"}
			before := map[string]map[string]int{}
			for _, tg := range targets {
				before[tg] = listeners(p, tg)
			}
			if len(before["window.__claimcheckField"]) == 0 || len(before["window.__claimcheckBadge"]) == 0 {
				t.Fatalf("the widget listens to nothing on the field or its badge: %v", before)
			}
			// The test's own listener for violations stays on the document; the window keeps none.
			left := call[struct {
				Sheets     int `json:"sheets"`
				Highlights int `json:"highlights"`
			}](p, `() => { window.__claimcheckWidget.remove(); return { sheets: document.adoptedStyleSheets.length, highlights: CSS.highlights.size }; }`)
			for _, tg := range targets {
				if got := listeners(p, tg); len(got) != 0 {
					t.Errorf("after remove(), %s has listeners %v (before: %v)", tg, got, before[tg])
				}
			}
			if left.Sheets != 0 || left.Highlights != 0 {
				t.Errorf("after remove(), the page keeps %d adopted style sheets and %d highlights", left.Sheets, left.Highlights)
			}
		})
	}
}

// twoWidgetsPage is a page with two fields, each with its widget: the first with the built-in
// claim set, the second with another set from a URL and a dateline.
const twoWidgetsPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Two widgets</title>
<link rel="icon" href="data:,">
<script defer src="../claimcheck-widget.js"></script>
</head>
<body>
<textarea id="a" rows="4" cols="60">Mexico sent 29 alleged cartel members to the United States in the August transfer.</textarea>
<claim-check id="wa" for="a"></claim-check>
<textarea id="b" rows="4" cols="60">The Riverton City Council adopted a $412 million budget.</textarea>
<claim-check id="wb" for="b" claims="council.json"></claim-check>
</body>
</html>
`

// Two widgets on one page share one engine (one WebAssembly instantiation) and each checks its
// own field against its own claim set; check() returns a Promise of the findings and the
// claimcheck:findings event fires on the element; dateline changes how a weekday is read.
func TestWidgetTwoOnAPage(t *testing.T) {
	dir := filepath.Join(distDir, "widget-test")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	set, err := os.ReadFile("../claims/testdata/eval/council/claimset.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"two.html": []byte(twoWidgetsPage), "council.json": set} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := openWidgetPage(t, "widget-test/two.html", instantiationsJS)
	if n := call[int](p, `() => window.__claimcheckInstances`); n != 1 {
		t.Errorf("WebAssembly instantiations: %d; want 1 for two widgets", n)
	}

	type result struct {
		Returned []Finding `json:"returned"`
		Event    []Finding `json:"event"`
		Property []Finding `json:"property"`
		Target   string    `json:"target"`
	}
	checkJS := `async (id) => {
		const w = document.getElementById(id);
		let event = null, target = '';
		w.addEventListener('claimcheck:findings', (e) => { event = e.detail.findings; target = e.target.id; }, { once: true });
		const returned = await w.check();
		return { returned, event, property: w.findings, target };
	}`
	claimsOf := func(fs []Finding, sev string) []string {
		var out []string
		for _, f := range fs {
			if f.Severity == sev {
				out = append(out, f.Text+" "+f.Claim)
			}
		}
		return out
	}
	a := call[result](p, checkJS, "wa")
	b := call[result](p, checkJS, "wb")
	for id, r := range map[string]result{"wa": a, "wb": b} {
		if r.Target != id || !cmp.Equal(r.Returned, r.Event) || !cmp.Equal(r.Returned, r.Property) {
			t.Errorf("%s: check() gave %v, the event (on %q) %v, findings %v; want the same, on the element", id, r.Returned, r.Target, r.Event, r.Property)
		}
	}
	if got := claimsOf(a.Returned, "error"); !cmp.Equal(got, []string{"29 aug-transfer-count"}) {
		t.Errorf("the widget with the built-in set: errors %q; want \"29\" against aug-transfer-count", got)
	}
	if got := claimsOf(b.Returned, "error"); !cmp.Equal(got, []string{"$412 million budget-total"}) {
		t.Errorf("the widget with council.json: errors %q; want \"$412 million\" against budget-total", got)
	}

	// dateline: "Tuesday" in a story dated Thursday 14 August 2025 is the transfer's day; in one
	// dated 21 August it is a week late.
	weekday := func(dateline string) string {
		return call[string](p, `async (dateline) => {
			const w = document.getElementById('wa');
			const ta = document.getElementById('a');
			ta.value = 'Mexico sent 26 alleged cartel members to the United States on Tuesday.';
			w.setAttribute('dateline', dateline);
			const f = (await w.check()).find((f) => f.kind === 'weekday');
			return f ? f.verdict : 'none';
		}`, dateline)
	}
	if got := weekday("2025-08-14"); got != "supports" {
		t.Errorf("dateline 2025-08-14: the weekday %s; want supports", got)
	}
	if got := weekday("2025-08-21"); got != "contradicts" {
		t.Errorf("dateline 2025-08-21: the weekday %s; want contradicts", got)
	}
}

// claimcheck-widget-lite.js has no engine inside: it fetches the served site's, named by its
// hash, next to itself.
func TestWidgetLite(t *testing.T) {
	dir := filepath.Join(distDir, "widget-test")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(strings.Replace(twoWidgetsPage, "claimcheck-widget.js", "claimcheck-widget-lite.js", 1), ` claims="council.json"`, "", 1)
	if err := os.WriteFile(filepath.Join(dir, "lite.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	p := openWidgetPage(t, "widget-test/lite.html")
	got := call[[]string](p, `() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((n) => n.endsWith('.wasm'))`)
	if len(got) != 1 || !strings.HasPrefix(got[0], "/assets/claimcheck.") {
		t.Errorf("engines fetched: %q; want the one in /assets/", got)
	}
	if n := call[int](p, `() => document.getElementById('wa').findings.filter((f) => f.severity === 'error').length`); n != 1 {
		t.Errorf("the lite widget found %d errors; want 1", n)
	}
}
