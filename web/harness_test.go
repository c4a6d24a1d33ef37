//go:build browser

// The browser tests drive Debian's Chromium headless against the built site, served by the same
// handler as claimcheck serve, and assert on what a person sees: the highlights drawn over the
// draft, the findings panel, the page's events. TestMain builds the site (internal/bundle) into a
// temporary directory, serves it on an httptest server and starts one Chromium; each test gets
// its own browser context (a fresh profile, so no storage leaks from one test to the next) and
// fails on any console error or uncaught exception. See docs/site.md.
package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/claimcheck/claimcheck/api"
	"github.com/claimcheck/claimcheck/internal/bundle"
	"github.com/claimcheck/claimcheck/internal/site"
)

// chromium is Debian's Chromium, which make browser-deps installs at a pinned version.
const chromium = "/usr/bin/chromium"

// Timeouts: for one step of a test, and for the engine to load.
const (
	stepTimeout  = 20 * time.Second
	readyTimeout = 30 * time.Second
)

var (
	distDir    string          // the built site (dist/ with every artifact), served at siteURL
	siteURL    string          // the httptest server's URL, ending in "/"
	browserCtx context.Context // a chromedp context whose browser has started
	skipReason string          // why every test skips, when Chromium is missing outside CI
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") != "" {
			fmt.Fprintf(os.Stderr, "FAIL: the browser tests need %s (make browser-deps installs it): %v\n", chromium, err)
			return 1
		}
		skipReason = fmt.Sprintf("%s is missing: make browser-deps installs it (with CI set, this fails)", chromium)
		return m.Run()
	}

	dist, err := os.MkdirTemp("", "claimcheck-dist-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dist)
	distDir = dist
	start := time.Now()
	if _, _, err := bundle.Build(bundle.Config{Root: ".."}, dist); err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: building the site: %v\n", err)
		return 1
	}
	fmt.Printf("built the site in %.1fs\n", time.Since(start).Seconds())

	srv := httptest.NewServer(site.WithAPI(api.New(api.Options{}), site.Handler(dist)))
	defer srv.Close()
	siteURL = srv.URL + "/"

	profile, err := os.MkdirTemp("", "claimcheck-chromium-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(profile)
	var output lockedBuffer
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.CombinedOutput(&output),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	start = time.Now()
	if err := chromedp.Do(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: starting %s: %v\n%s", chromium, err, output.String())
		return 1
	}
	if v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`navigator.userAgent`)); err == nil {
		fmt.Printf("started %s in %.1fs\n", v, time.Since(start).Seconds())
	}
	browserCtx = ctx
	code := m.Run()
	cancel()
	return code
}

// lockedBuffer collects the browser's output, which its process writes while a test may read.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// page is one tab of a fresh browser context, with the console messages that fail the test.
type page struct {
	t   *testing.T
	ctx context.Context

	mu       sync.Mutex
	problems []string // console errors, uncaught exceptions, unhandled rejections
}

// newPage opens a tab in a fresh browser context and collects its console errors and
// uncaught exceptions; the test fails on any when it ends.
func newPage(t *testing.T) *page {
	t.Helper()
	if skipReason != "" {
		t.Skip(skipReason)
	}
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	p := &page{t: t, ctx: ctx}
	// Subscribing opens the tab, so the messages of the first page load are caught too.
	messages := chromedp.Console(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				p.mu.Lock()
				p.problems = append(p.problems, fmt.Sprintf("%s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1))
				p.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		if t.Failed() {
			p.screenshot()
		}
		cancel()
		<-done
		p.mu.Lock()
		defer p.mu.Unlock()
		for _, pr := range p.problems {
			t.Errorf("the page's console: %s", pr)
		}
	})
	return p
}

// openEditor opens the editor in a fresh browser context and waits until its engine is ready.
func openEditor(t *testing.T) *page {
	t.Helper()
	p := newPage(t)
	p.do(chromedp.Navigate(siteURL))
	p.waitEngine("ready")
	return p
}

// do runs actions, failing the test on an error.
func (p *page) do(actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.t.Fatal(err)
	}
}

// run runs an action that returns a value, failing the test on an error.
func run[T any](p *page, a chromedp.Action[T]) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		p.t.Fatal(err)
	}
	return v
}

// call calls the JavaScript function fn (source text) with args encoded as JSON, awaits the
// Promise it may return, and decodes the result into T.
func call[T any](p *page, fn string, args ...any) T {
	p.t.Helper()
	enc := make([]string, len(args))
	for i, a := range args {
		b, err := json.Marshal(a)
		if err != nil {
			p.t.Fatal(err)
		}
		enc[i] = string(b)
	}
	return run(p, chromedp.Evaluate[T]("("+fn+")("+strings.Join(enc, ", ")+")", chromedp.EvalAwaitPromise))
}

// waitEngine waits until document.documentElement.dataset.engine is "ready" or "failed" and
// fails the test unless it is want; a page that failed shows its message.
func (p *page) waitEngine(want string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, readyTimeout)
	defer cancel()
	state, err := chromedp.Run(ctx, chromedp.Poll[string](
		`['ready', 'failed'].includes(document.documentElement.dataset.engine) && document.documentElement.dataset.engine`,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(readyTimeout)))
	if err != nil {
		p.t.Fatalf("waiting for the engine (data-engine %q): %v", p.engineState(), err)
	}
	if state != want {
		status := call[string](p, `() => (document.getElementById('engine-status') || {}).textContent || ''`)
		p.t.Fatalf("the engine is %q, want %q; the page says %q", state, want, status)
	}
}

func (p *page) engineState() string {
	ctx, cancel := context.WithTimeout(p.ctx, 2*time.Second)
	defer cancel()
	s, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`String(document.documentElement.dataset.engine)`))
	return s
}

// Finding is a finding as the claimcheck:findings event carries it (the CLI's JSON shape).
type Finding struct {
	Verdict    string `json:"verdict"`
	Severity   string `json:"severity"`
	Kind       string `json:"kind"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Start16    int    `json:"start16"`
	End16      int    `json:"end16"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	Text       string `json:"text"`
	Expected   string `json:"expected,omitempty"`
	Suggestion string `json:"suggestion,omitempty"`
	Claim      string `json:"claim,omitempty"`
	Message    string `json:"message"`
	Source     string `json:"source,omitempty"`
}

// Check is the detail of one claimcheck:findings event.
type Check struct {
	Findings []Finding `json:"findings"`
	MS       float64   `json:"ms"`
}

// nextCheck runs trigger and returns the detail of the first claimcheck:findings event that
// follows it, once the page has drawn two more frames (the panel is rendered in a frame).
func (p *page) nextCheck(trigger func()) Check {
	p.t.Helper()
	call[bool](p, `() => {
		const w = window;
		w.__claimcheckTestCheck = new Promise((resolve) => {
			document.addEventListener('claimcheck:findings', (e) => {
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(e.detail)));
			}, { once: true });
		});
		return true;
	}`)
	trigger()
	return call[Check](p, `() => Promise.race([
		window.__claimcheckTestCheck,
		new Promise((_, reject) => setTimeout(() => reject(new Error('no claimcheck:findings event within 10 s')), 10000)),
	]).finally(() => { delete window.__claimcheckTestCheck; })`)
}

// paste replaces the draft by pasting: it selects the whole draft and dispatches a paste
// ClipboardEvent whose DataTransfer holds text as text/plain and, unless empty, html as
// text/html, as a browser does for a copy from a web page. It returns the check that follows.
// The page must handle the paste itself (a dispatched event has no default action): the test
// fails if the event is not cancelled.
func (p *page) paste(text, html string) Check {
	p.t.Helper()
	return p.nextCheck(func() {
		handled := call[bool](p, `(text, html) => {
			const d = document.getElementById('draft');
			d.focus();
			getSelection().selectAllChildren(d);
			const data = new DataTransfer();
			data.setData('text/plain', text);
			if (html) data.setData('text/html', html);
			const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
			d.dispatchEvent(e);
			return e.defaultPrevented;
		}`, text, html)
		if !handled {
			p.t.Fatalf("the page did not handle the paste of %q", text)
		}
	})
}

// typeText replaces the draft's selection with text as an input method would (CDP
// Input.insertText: trusted beforeinput and input events), after selecting the whole draft
// when all is true. It returns the check that follows.
func (p *page) typeText(text string, all bool) Check {
	p.t.Helper()
	return p.nextCheck(func() {
		call[bool](p, `(all) => {
			const d = document.getElementById('draft');
			d.focus();
			if (all) getSelection().selectAllChildren(d);
			return true;
		}`, all)
		if _, err := chromedp.Call(p.ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
			p.t.Fatal(err)
		}
	})
}

// press presses keys (see chromedp.KeyEvent and package kb: kb.F8, kb.Enter…) with modifiers.
func (p *page) press(keys string, modifiers ...chromedp.Modifier) {
	p.t.Helper()
	p.do(chromedp.KeyEvent(keys, chromedp.KeyModifiers(modifiers...)))
}

// draftJS defines, in the page, the text of #draft as the editor reads it (text nodes; a <br>
// and the start of a block element after text read as "\n") and the UTF-16 offset of a DOM
// position in that text. It is the test's own reading, independent of the page's code.
const draftJS = `
const BLOCK = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE']);
const draftWalk = (root, node, offset) => {
	let text = '', found = -1;
	const visit = (el) => {
		let i = 0;
		for (let n = el.firstChild; ; n = n.nextSibling, i++) {
			if (found < 0 && el === node && i === offset) found = text.length;
			if (!n) break;
			if (n.nodeType === Node.TEXT_NODE) {
				if (n === node && found < 0) found = text.length + offset;
				text += n.data;
			} else if (n.nodeName === 'BR') {
				text += '\n';
			} else if (n.nodeType === Node.ELEMENT_NODE) {
				if (BLOCK.has(n.nodeName) && text && !text.endsWith('\n')) text += '\n';
				visit(n);
			}
		}
	};
	visit(root);
	// A last line left empty: a block holding only a <br> after a line end reads as nothing.
	const last = root.lastChild;
	if (last && BLOCK.has(last.nodeName) && last.childNodes.length === 1 && last.firstChild.nodeName === 'BR' &&
		text.endsWith('\n\n')) {
		text = text.slice(0, -1);
		found = Math.min(found, text.length);
	}
	return { text, offset: found };
};
`

// draftText is the text of #draft as the editor reads it.
func (p *page) draftText() string {
	p.t.Helper()
	return call[string](p, `() => { `+draftJS+` return draftWalk(document.getElementById('draft')).text; }`)
}

// Mark is one range of a highlight: its text and its UTF-16 offsets in the draft's text.
type Mark struct {
	Text    string `json:"text"`
	Start16 int    `json:"start16"`
	End16   int    `json:"end16"`
}

// highlightNames are the highlights the editor registers in CSS.highlights.
var highlightNames = []string{"claimcheck-error", "claimcheck-warning", "claimcheck-info", "claimcheck-current"}

// highlights returns the ranges of each of the editor's highlights, sorted by start; a name not
// registered maps to nil, a registered highlight with no range to an empty list.
func (p *page) highlights() map[string][]Mark {
	p.t.Helper()
	return call[map[string][]Mark](p, `(names) => { `+draftJS+`
		const root = document.getElementById('draft');
		const out = {};
		for (const name of names) {
			const h = CSS.highlights.get(name);
			if (!h) { out[name] = null; continue; }
			out[name] = [...h].map((r) => {
				const live = document.createRange();
				live.setStart(r.startContainer, r.startOffset);
				live.setEnd(r.endContainer, r.endOffset);
				return {
					text: live.toString(),
					start16: draftWalk(root, r.startContainer, r.startOffset).offset,
					end16: draftWalk(root, r.endContainer, r.endOffset).offset,
				};
			}).sort((a, b) => a.start16 - b.start16 || a.end16 - b.end16);
		}
		return out;
	}`, highlightNames)
}

// PanelItem is one child of #findings as the page shows it.
type PanelItem struct {
	Verdict  string `json:"verdict"`
	Severity string `json:"severity"`
	Kind     string `json:"kind"`
	Start16  int    `json:"start16"`
	End16    int    `json:"end16"`
	Visible  bool   `json:"visible"` // rendered (not display:none, not hidden)
}

// panel returns the children of the findings panel in the page's order.
func (p *page) panel() []PanelItem {
	p.t.Helper()
	return call[[]PanelItem](p, `() => [...document.getElementById('findings').children].map((el) => ({
		verdict: el.dataset.verdict || '',
		severity: el.dataset.severity || '',
		kind: el.dataset.kind || '',
		start16: Number(el.dataset.start16 ?? -1),
		end16: Number(el.dataset.end16 ?? -1),
		visible: el.checkVisibility(),
	}))`)
}

// screenshot saves what the page shows, for a failed test, in the test's artifact directory
// (kept with go test -artifacts).
func (p *page) screenshot() {
	ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return
	}
	name := filepath.Join(p.t.ArtifactDir(), "page.png")
	if err := os.WriteFile(name, png, 0o644); err == nil {
		p.t.Logf("screenshot: %s", name)
	}
}
