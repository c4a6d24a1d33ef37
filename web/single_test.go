//go:build browser

package web_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/claimcheck/claimcheck/internal/bundle"
)

// singleFileURL is the file:// URL of the built claimcheck.html.
func singleFileURL(t testing.TB) string {
	abs, err := filepath.Abs(filepath.Join(distDir, bundle.SingleFileName))
	if err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// requestLog records every request a page makes, as the browser reports it before sending.
type requestLog struct {
	mu   sync.Mutex
	urls []string
}

func (r *requestLog) list() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.urls)
}

// offline blocks every request of p's tab to a network scheme and records every request the
// tab makes, of any scheme. Call it before navigating.
func offline(p *page) *requestLog {
	p.t.Helper()
	log := &requestLog{}
	events := chromedp.Events(p.ctx, network.RequestWillBeSent)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			log.mu.Lock()
			log.urls = append(log.urls, ev.Request.URL)
			log.mu.Unlock()
		}
	}()
	if _, err := chromedp.Call(p.ctx, network.Enable, network.EnableParams{}); err != nil {
		p.t.Fatal(err)
	}
	var patterns []*network.BlockPattern
	for _, scheme := range []string{"http", "https", "ws", "wss", "ftp"} {
		patterns = append(patterns, &network.BlockPattern{URLPattern: scheme + "://*:*/*", Block: true})
	}
	if _, err := chromedp.Call(p.ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{URLPatterns: patterns}); err != nil {
		p.t.Fatal(err)
	}
	return log
}

// initScript runs src in every document of p's tab before the page's own scripts.
func initScript(p *page, src string) {
	p.t.Helper()
	if _, err := chromedp.Call(p.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
		p.t.Fatal(err)
	}
}

// firstFindingsJS records, in the page, the time and the detail of the first
// claimcheck:findings event.
const firstFindingsJS = `document.addEventListener('claimcheck:findings', (e) => {
	if (!window.__claimcheckFirst) window.__claimcheckFirst = { ms: performance.now(), findings: e.detail.findings };
}, true);`

// firstFindings waits for the first claimcheck:findings event recorded by firstFindingsJS and
// returns its time since the navigation started and its findings.
func (p *page) firstFindings() (float64, []Finding) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, readyTimeout)
	defer cancel()
	type first struct {
		MS       float64   `json:"ms"`
		Findings []Finding `json:"findings"`
	}
	f, err := chromedp.Run(ctx, chromedp.Poll[first](`window.__claimcheckFirst`,
		chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(readyTimeout)))
	if err != nil {
		p.t.Fatalf("no claimcheck:findings event (data-engine %q): %v", p.engineState(), err)
	}
	return f.MS, f.Findings
}

// The single file, opened from disk with every network scheme blocked: the engine embedded in
// it loads, the sample draft's wrong count is drawn as an error, and the page asks for nothing
// but itself.
func TestSingleFileOffline(t *testing.T) {
	p := newPage(t)
	requests := offline(p)
	initScript(p, firstFindingsJS)
	u := singleFileURL(t)
	p.do(chromedp.Navigate(u))
	p.waitEngine("ready")
	ms, findings := p.firstFindings()
	t.Logf("first findings %.0f ms after opening the file", ms)

	if got := call[string](p, `() => document.characterSet`); got != "windows-1252" {
		t.Errorf("document.characterSet = %q; want windows-1252", got)
	}
	var wrong *Finding
	for i, f := range findings {
		if f.Severity == "error" && f.Text == "25" {
			wrong = &findings[i]
		}
	}
	if wrong == nil {
		t.Fatalf("no error on the sample draft's \"25\" among %+v", findings)
	}
	marks := p.highlights()["claimcheck-error"]
	if !slices.ContainsFunc(marks, func(m Mark) bool { return m.Text == "25" && m.Start16 == wrong.Start16 && m.End16 == wrong.End16 }) {
		t.Errorf("claimcheck-error highlights %+v; want one on \"25\" at [%d, %d)", marks, wrong.Start16, wrong.End16)
	}
	// The text the user reads went through character references: it must read as written.
	if got := call[string](p, `() => document.title`); !strings.Contains(got, "Claimcheck — check") {
		t.Errorf("document.title = %q", got)
	}

	// Checking again after typing still asks for nothing.
	check := p.typeText("Mexico sent 29 cartel figures to the United States in the August transfer.", true)
	if !slices.ContainsFunc(check.Findings, func(f Finding) bool { return f.Severity == "error" && f.Text == "29" }) {
		t.Errorf("after typing, no error on \"29\": %+v", check.Findings)
	}
	if got := requests.list(); !slices.Equal(got, []string{u}) {
		t.Errorf("requests: %q; want only the file itself, %q", got, u)
	}
}

// BenchmarkSingleFileFirstFindings opens claimcheck.html from disk in a fresh browser context
// b.N times and reports the median time from the start of the navigation to the first
// claimcheck:findings event (the sample draft checked): the budget is 300 ms.
//
//	go test -tags browser -run '^$' -bench SingleFileFirstFindings -benchtime 9x ./web
func BenchmarkSingleFileFirstFindings(b *testing.B) {
	if skipReason != "" {
		b.Skip(skipReason)
	}
	u := singleFileURL(b)
	var times []float64
	for range b.N {
		ms, err := openSingleFile(u)
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, ms)
	}
	slices.Sort(times)
	b.ReportMetric(times[len(times)/2], "ms-median")
	b.ReportMetric(times[len(times)-1], "ms-max")
	b.ReportMetric(0, "ns/op")
}

// openSingleFile opens u in a fresh browser context and returns the time to its first findings.
func openSingleFile(u string) (float64, error) {
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, readyTimeout)
	defer cancelT()
	if err := chromedp.Do(ctx); err != nil {
		return 0, err
	}
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: firstFindingsJS}); err != nil {
		return 0, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
		return 0, err
	}
	return chromedp.Run(ctx, chromedp.Poll[float64](`window.__claimcheckFirst && window.__claimcheckFirst.ms`,
		chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(readyTimeout)))
}

// The single file and the widget stay within their budgets (bundle.Budgets), as built.
func TestBudgets(t *testing.T) {
	for name, budget := range bundle.Budgets {
		fi, err := os.Stat(filepath.Join(distDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size() > int64(budget) {
			t.Errorf("%s is %d bytes, over its budget of %d by %d", name, fi.Size(), budget, fi.Size()-int64(budget))
		}
	}
}
