//go:build browser

// Speed of the editor page in headless Chromium (make bench-browser): from a keystroke in a
// 64 KB draft to its highlights, from navigation to the first findings of the sample draft, and
// the size of what the page downloads. Each benchmark measures a fixed workload once
// (-benchtime 1x) and reports medians and 95th percentiles with b.ReportMetric; nothing here
// decides pass or fail on a timing.
package web_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/claimcheck/claimcheck/internal/bundle"
)

// benchTab opens a tab in a fresh browser context (empty storage, empty cache) for a benchmark.
func benchTab(b *testing.B) context.Context {
	b.Helper()
	if skipReason != "" {
		b.Skip(skipReason)
	}
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	b.Cleanup(cancel)
	// Open the tab with the tab's own context: one opened by a Run with a timeout would close
	// when that timeout's context ends.
	if err := chromedp.Do(ctx); err != nil {
		b.Fatal(err)
	}
	return ctx
}

// benchRun runs an action with the step timeout, failing the benchmark on an error.
func benchRun[T any](b *testing.B, ctx context.Context, a chromedp.Action[T]) T {
	b.Helper()
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.Fatal(err)
	}
	return v
}

func benchDo(b *testing.B, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	b.Helper()
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.Fatal(err)
	}
}

// benchDraft builds a draft of about n bytes from the evaluation drafts, cut at a paragraph, as
// the engine's benchmarks in package claims do.
func benchDraft(b *testing.B, n int) string {
	b.Helper()
	paths, _ := filepath.Glob("../claims/testdata/eval/mx/drafts/*.txt")
	if len(paths) == 0 {
		b.Fatal("no drafts in claims/testdata/eval/mx/drafts")
	}
	var parts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(parts[i%len(parts)])
		sb.WriteString("\n\n")
	}
	s := sb.String()
	if cut := strings.LastIndex(s[:n], "\n\n"); cut > n/2 {
		return s[:cut]
	}
	return s[:n]
}

// quantiles returns the median and the 95th percentile (nearest rank) of xs.
func quantiles(xs []float64) (median, p95 float64) {
	s := slices.Clone(xs)
	slices.Sort(s)
	rank := func(q float64) float64 {
		i := int(q*float64(len(s))+0.999999) - 1
		return s[max(0, min(i, len(s)-1))]
	}
	return rank(0.5), rank(0.95)
}

// BenchmarkEditorEdit64KB types single characters in the middle of a 64 KB draft and measures,
// per keystroke, from the keydown event to the claimcheck:findings event (the highlights are
// registered by then) and to the next frame after it, and the engine's own check time.
func BenchmarkEditorEdit64KB(b *testing.B) {
	const edits = 100
	ctx := benchTab(b)
	draft := benchDraft(b, 64<<10)
	// The draft as the page restores a saved one (a block per line, as Chromium lays out pasted
	// lines; pasting 64 KB through the browser's editing takes seconds, and is not what this
	// measures), then the caret after a word in the line in its middle.
	saved, _ := json.Marshal(map[string]any{"text": draft, "dismissed": map[string]any{"occurrences": []string{}, "claims": []string{}}})
	enc, _ := json.Marshal(string(saved))
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
		Source: `localStorage.setItem('claimcheck:draft:v1', ` + string(enc) + `);`,
	}); err != nil {
		b.Fatal(err)
	}
	benchDo(b, ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(siteURL))
	benchRun(b, ctx, chromedp.Poll[bool](`document.documentElement.dataset.engine === 'ready'`,
		chromedp.WithPollingInterval(10*time.Millisecond), chromedp.WithPollingTimeout(readyTimeout)))
	got := benchRun(b, ctx, chromedp.Evaluate[int](`(() => {
		const d = document.getElementById('draft');
		d.focus();
		const w = document.createTreeWalker(d, NodeFilter.SHOW_TEXT), nodes = [];
		let total = 0;
		for (let n = w.nextNode(); n; n = w.nextNode()) { nodes.push([n, total]); total += n.data.length; }
		const [n] = nodes.findLast(([, at]) => at <= total >> 1);
		getSelection().collapse(n, Math.max(0, n.data.indexOf(' ')));
		return total;
	})()`))
	if got < len(draft)*9/10 {
		b.Fatalf("the restored draft has %d characters; want the %d bytes saved", got, len(draft))
	}

	var toFindings, toFrame, engine []float64
	b.ResetTimer()
	for range b.N {
		toFindings, toFrame, engine = toFindings[:0], toFrame[:0], engine[:0]
		for i := range edits {
			benchRun(b, ctx, chromedp.Evaluate[bool](`(() => {
				const d = document.getElementById('draft');
				window.__claimcheckBenchEdit = new Promise((resolve) => {
					let down = 0;
					d.addEventListener('keydown', (e) => { down = e.timeStamp; }, { once: true });
					d.addEventListener('claimcheck:findings', (e) => {
						const found = performance.now(), ms = e.detail.ms;
						requestAnimationFrame(() => resolve([found - down, performance.now() - down, ms]));
					}, { once: true });
				});
				return true;
			})()`))
			benchDo(b, ctx, chromedp.KeyEvent(string(rune('a'+i%26))))
			r := benchRun(b, ctx, chromedp.Evaluate[[3]float64](`window.__claimcheckBenchEdit`, chromedp.EvalAwaitPromise))
			toFindings, toFrame, engine = append(toFindings, r[0]), append(toFrame, r[1]), append(engine, r[2])
			time.Sleep(30 * time.Millisecond) // a typist's pause between keys, not a wait for the page
		}
	}
	b.StopTimer()
	report := func(name string, xs []float64) {
		m, p := quantiles(xs)
		b.ReportMetric(m, name+"-ms-median")
		b.ReportMetric(p, name+"-ms-p95")
	}
	report("findings", toFindings)
	report("frame", toFrame)
	report("engine", engine)
	b.ReportMetric(float64(len(draft)), "draft-bytes")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkEditorFirstFindings opens the page in fresh browser contexts (empty storage, so the
// sample draft, and an empty cache) and measures from navigation to the first claimcheck:findings
// event and to the frame after it: cold, the first visit; warm, a second visit in the same
// context (cached assets, and the sample as saved).
func BenchmarkEditorFirstFindings(b *testing.B) {
	const visits = 10
	const probe = `addEventListener('claimcheck:findings', (e) => {
		if (window.__claimcheckBenchFirst) return;
		const found = performance.now();
		window.__claimcheckBenchFirst = [found];
		requestAnimationFrame(() => window.__claimcheckBenchFirst.push(performance.now()));
	}, true);`
	var cold, coldFrame, warm, warmFrame []float64
	b.ResetTimer()
	for range b.N {
		for range visits {
			ctx := benchTab(b)
			if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument,
				cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: probe}); err != nil {
				b.Fatal(err)
			}
			for visit := range 2 {
				benchDo(b, ctx, chromedp.Navigate(siteURL))
				r := benchRun(b, ctx, chromedp.Poll[[]float64](
					`window.__claimcheckBenchFirst && window.__claimcheckBenchFirst.length === 2 && window.__claimcheckBenchFirst`,
					chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(readyTimeout)))
				if visit == 0 {
					cold, coldFrame = append(cold, r[0]), append(coldFrame, r[1])
				} else {
					warm, warmFrame = append(warm, r[0]), append(warmFrame, r[1])
				}
			}
			chromedp.Cancel(ctx)
		}
	}
	b.StopTimer()
	report := func(name string, xs []float64) {
		m, p := quantiles(xs)
		b.ReportMetric(m, name+"-ms-median")
		b.ReportMetric(p, name+"-ms-p95")
	}
	report("cold", cold)
	report("cold-frame", coldFrame)
	report("warm", warm)
	report("warm-frame", warmFrame)
	b.ReportMetric(0, "ns/op")
}

// BenchmarkEditorAssetSizes builds the site and reports the size of the engine, the script and
// the style in dist/assets, as they are and compressed with gzip -9.
func BenchmarkEditorAssetSizes(b *testing.B) {
	dir := b.TempDir()
	if _, _, err := bundle.Build(bundle.Config{Root: ".."}, dir); err != nil {
		b.Fatal(err)
	}
	for range b.N {
	}
	for _, ext := range []string{"wasm", "js", "css"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "assets", "*."+ext))
		if len(paths) != 1 {
			b.Fatalf("assets/*.%s: %q; want one file", ext, paths)
		}
		data, err := os.ReadFile(paths[0])
		if err != nil {
			b.Fatal(err)
		}
		var gz bytes.Buffer
		w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		w.Write(data)
		w.Close()
		b.ReportMetric(float64(len(data)), ext+"-bytes")
		b.ReportMetric(float64(gz.Len()), ext+"-bytes-gz")
	}
	b.ReportMetric(0, "ns/op")
}
