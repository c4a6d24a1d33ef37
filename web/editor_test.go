//go:build browser

// The editor page as an editor uses it: paste a draft, read the highlights, walk the problems
// with the keyboard, fix, dismiss, reload, load claim sets, export. Each test asserts on what a
// person sees (highlighted words, the selection, the summary, the panel, the live region) and on
// the hooks of DESIGN.md. docs/editor.md says what each behaviour should be.
package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/report"
)

// airlift is a draft with four deliberate problems: the count in the headline (a warning: the
// headline names no event), the same count in the story (an error), the weekday (an error: the
// transfer was on Tuesday) and a name without its accents (a spelling warning). The rest agrees
// with the fact sheet, except one number it does not cover.
const airlift = "Second airlift takes 27 cartel figures to US\n\n" +
	"MEXICO CITY, Aug. 14, 2025 — Mexico put 27 alleged cartel members on planes to the United States on Wednesday, its second such transfer this year. The group included Servando Gomez Martinez, the former teacher called \"La Tuta\".\n\n" +
	"In February, Mexico had sent 29 prisoners north. Officials in late July agreed to another 90 days of trade talks to avoid a 30% tariff. About 400 soldiers guarded the runway."

// The problems of airlift as the page must mark them (UTF-16 offsets: the dash is one unit).
var (
	airliftHeadline = Mark{Text: "27", Start16: 21, End16: 23}
	airliftCount    = Mark{Text: "27", Start16: 86, End16: 88}
	airliftWeekday  = Mark{Text: "Wednesday", Start16: 146, End16: 155}
	airliftName     = Mark{Text: "Servando Gomez Martinez", Start16: 212, End16: 235}
)

const airliftSummary = "2 contradictions · 1 likely contradiction · 1 spelling · 8 confirmed · 1 unchecked"

// clean is a draft in which every checked fact agrees with the built-in set.
const clean = "On Tuesday, Aug. 12, 2025, Mexico sent 26 alleged cartel members to the United States, its second such transfer of the year. In February it had sent 29."

// editorJS holds the test's own helpers in the page: draftWalk (from draftJS) and draftPoint,
// the DOM position of a UTF-16 offset in the draft's text as draftWalk reads it.
const editorJS = draftJS + `
const draftPoint = (root, target) => {
	let text = '', res = null;
	const visit = (el) => {
		for (let n = el.firstChild; n && !res; n = n.nextSibling) {
			if (n.nodeType === Node.TEXT_NODE) {
				if (target <= text.length + n.data.length) { res = [n, Math.max(0, target - text.length)]; return; }
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
	return res || [root, root.childNodes.length];
};
`

// openWide opens the editor in a window wide enough for the draft and the panel side by side.
func openWide(t *testing.T) *page {
	t.Helper()
	p := newPage(t)
	p.do(chromedp.EmulateViewport(1280, 900), chromedp.Navigate(siteURL))
	p.waitEngine("ready")
	return p
}

// Selection is the document's selection as the draft's text sees it.
type Selection struct {
	Text    string `json:"text"`    // window.getSelection().toString()
	Start16 int    `json:"start16"` // -1 outside the draft
	End16   int    `json:"end16"`
	Focused bool   `json:"focused"` // whether #draft has the focus
}

func (p *page) selection() Selection {
	p.t.Helper()
	return call[Selection](p, `() => { `+editorJS+`
		const d = document.getElementById('draft');
		const s = getSelection();
		if (!s.rangeCount) return { text: '', start16: -1, end16: -1, focused: document.activeElement === d };
		const r = s.getRangeAt(0);
		return {
			text: s.toString(),
			start16: draftWalk(d, r.startContainer, r.startOffset).offset,
			end16: draftWalk(d, r.endContainer, r.endOffset).offset,
			focused: document.activeElement === d,
		};
	}`)
}

// selectDraft focuses the draft and selects [start16, end16) of its text (a caret when equal).
func (p *page) selectDraft(start16, end16 int) {
	p.t.Helper()
	call[bool](p, `(a, b) => { `+editorJS+`
		const d = document.getElementById('draft');
		d.focus();
		const r = document.createRange();
		r.setStart(...draftPoint(d, a));
		r.setEnd(...draftPoint(d, b));
		getSelection().removeAllRanges();
		getSelection().addRange(r);
		return true;
	}`, start16, end16)
}

// poll waits until the JavaScript expression is truthy and returns its value.
func poll[T any](p *page, expr string, args ...any) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.PollFunction[T](expr,
		chromedp.WithPollingArgs(args...), chromedp.WithPollingInterval(10*time.Millisecond),
		chromedp.WithPollingTimeout(stepTimeout)))
	if err != nil {
		p.t.Fatalf("waiting for %s %v: %v", expr, args, err)
	}
	return v
}

// announced waits for the live region #announce to say something starting with prefix (the page
// empties it, then writes the new text in the next frame) and returns what it says.
func (p *page) announced(prefix string) string {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.PollFunction[string](`(prefix) => {
		const s = document.getElementById('announce').textContent;
		return s.startsWith(prefix) && s;
	}`, chromedp.WithPollingArgs(prefix), chromedp.WithPollingInterval(10*time.Millisecond),
		chromedp.WithPollingTimeout(5*time.Second)))
	if err != nil {
		got := call[string](p, `() => document.getElementById('announce').textContent`)
		p.t.Fatalf("#announce says %q; want it to start with %q", got, prefix)
	}
	return v
}

func (p *page) text(id string) string {
	p.t.Helper()
	return call[string](p, `(id) => document.getElementById(id).textContent`, id)
}

func (p *page) visible(id string) bool {
	p.t.Helper()
	return call[bool](p, `(id) => document.getElementById(id).checkVisibility()`, id)
}

// panelView is the findings panel as a person reads it: a "## label" line where a group starts,
// then one line per visible finding with its words, severity and visible buttons.
func (p *page) panelView() []string {
	p.t.Helper()
	return call[[]string](p, `() => {
		const out = [];
		for (const el of document.getElementById('findings').children) {
			if (el.dataset.groupLabel) out.push('## ' + el.dataset.groupLabel);
			if (!el.checkVisibility()) continue;
			const buttons = [...el.querySelectorAll('button')].filter((b) => b.checkVisibility()).map((b) => b.textContent);
			out.push(el.querySelector('.words').textContent + ' ' + el.dataset.severity + (buttons.length ? ' [' + buttons.join(' | ') + ']' : ''));
		}
		return out;
	}`)
}

// clickPanel clicks, with the mouse, the button (or, when button is "", the words) of the panel
// item for the finding with these offsets and severity.
func (p *page) clickPanel(m Mark, severity, button string) {
	p.t.Helper()
	sel := fmt.Sprintf(`#findings > [data-start16="%d"][data-end16="%d"][data-severity="%s"]`, m.Start16, m.End16, severity)
	if button != "" {
		sel += " button." + button
	} else {
		sel += " .words"
	}
	p.click(sel)
}

// click clicks the middle of the element matching the CSS selector with the mouse, once it is
// in view and stays put for a frame (panel items outside the view are laid out only when they
// come into it, which moves what follows them).
func (p *page) click(selector string) {
	p.t.Helper()
	var xy [2]float64
	for range 50 {
		r := call[[]float64](p, `(sel) => new Promise((resolve) => {
			const el = document.querySelector(sel);
			if (!el) { resolve(null); return; }
			el.scrollIntoView({ block: 'center' });
			const at = () => { const b = el.getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2]; };
			const before = at();
			requestAnimationFrame(() => requestAnimationFrame(() => {
				const after = at();
				resolve(after[0] === before[0] && after[1] === before[1] ? after : []);
			}));
		})`, selector)
		if r == nil {
			p.t.Fatalf("no element %s to click", selector)
		}
		if len(r) == 2 {
			xy = [2]float64{r[0], r[1]}
			break
		}
	}
	p.do(chromedp.MouseClickXY(xy[0], xy[1]))
}

// expectConsole waits for a console message of the page that contains substr and takes every
// such message off the problems that fail the test: the test expects them.
func (p *page) expectConsole(substr string) {
	p.t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for {
		p.mu.Lock()
		kept := p.problems[:0]
		found := false
		for _, pr := range p.problems {
			if strings.Contains(pr, substr) {
				found = true
			} else {
				kept = append(kept, pr)
			}
		}
		p.problems = kept
		p.mu.Unlock()
		if found {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("no console message with %q", substr)
		}
		time.Sleep(10 * time.Millisecond) // the console's messages arrive on another goroutine
	}
}

// marksOf keeps the marks of findings of one severity, for comparing with a highlight.
func marksOf(check Check, severity string) []Mark {
	var out []Mark
	for _, f := range check.Findings {
		if f.Severity == severity {
			out = append(out, Mark{Text: f.Text, Start16: f.Start16, End16: f.End16})
		}
	}
	return out
}

// wantMarks is what the four highlights hold: problems as given, info only when shown.
func wantMarks(errs, warns, info, current []Mark) map[string][]Mark {
	nz := func(m []Mark) []Mark {
		if m == nil {
			return []Mark{}
		}
		return m
	}
	return map[string][]Mark{
		"claimcheck-error": nz(errs), "claimcheck-warning": nz(warns),
		"claimcheck-info": nz(info), "claimcheck-current": nz(current),
	}
}

// The problems of a pasted draft are drawn in the highlight of their severity, exactly over
// their words; confirmed and unchecked mentions only when asked; and errors and warnings look
// different on screen.
func TestEditorHighlights(t *testing.T) {
	p := openWide(t)
	check := p.paste(airlift, "")
	errs := []Mark{airliftCount, airliftWeekday}
	warns := []Mark{airliftHeadline, airliftName}
	if diff := cmp.Diff(wantMarks(errs, warns, nil, nil), p.highlights()); diff != "" {
		t.Errorf("highlights of the airlift draft (-want +got):\n%s", diff)
	}

	info := marksOf(check, "info")
	if len(info) != 9 {
		t.Errorf("claimcheck:findings has %d info findings; want 9 (8 confirmed, 1 unchecked): %+v", len(info), info)
	}
	p.do(chromedp.Click(chromedp.ID("show-info"), chromedp.NodeVisible))
	if diff := cmp.Diff(wantMarks(errs, warns, info, nil), p.highlights()); diff != "" {
		t.Errorf("highlights with \"Show confirmed and unchecked\" on (-want +got):\n%s", diff)
	}
	p.do(chromedp.Click(chromedp.ID("show-info"), chromedp.NodeVisible))
	if got := p.highlights()["claimcheck-info"]; len(got) != 0 {
		t.Errorf("claimcheck-info with the box unticked: %+v; want none", got)
	}

	// The colours the style sheet gives each highlight, and the pixels under the words.
	type look struct{ Background, Color string }
	looks := call[map[string]look](p, `() => {
		const out = {};
		for (const name of ['claimcheck-error', 'claimcheck-warning']) {
			const s = getComputedStyle(document.getElementById('draft'), '::highlight(' + name + ')');
			out[name] = { background: s.backgroundColor, color: s.color };
		}
		return out;
	}`)
	e, w := looks["claimcheck-error"], looks["claimcheck-warning"]
	if e.Background == w.Background || e.Color == w.Color || e.Background == "rgba(0, 0, 0, 0)" {
		t.Errorf("::highlight(claimcheck-error) is %+v and ::highlight(claimcheck-warning) %+v; want two visible, different looks", e, w)
	}
	p.selectDraft(9, 9) // in "airlift": no finding there, so nothing is current
	p.do(chromedp.Blur(chromedp.ID("draft")))
	rect := func(m Mark) [4]float64 {
		return call[[4]float64](p, `(a, b) => { `+editorJS+`
			const d = document.getElementById('draft');
			const r = document.createRange();
			r.setStart(...draftPoint(d, a));
			r.setEnd(...draftPoint(d, b));
			const x = r.getClientRects()[0];
			return [x.left, x.top, x.right, x.bottom];
		}`, m.Start16, m.End16)
	}
	// The screenshot of a settled page: fonts loaded, two frames drawn, the words where they were.
	var shot image.Image
	for {
		call[bool](p, `() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))`)
		r := rect(airliftCount)
		shot = screenshotImage(p)
		if rect(airliftCount) == r {
			break
		}
	}
	errBg := commonColour(shot, rect(airliftCount))
	warnBg := commonColour(shot, rect(airliftName))
	plain := commonColour(shot, rect(Mark{Start16: 60, End16: 70})) // "Mexico put", no finding
	if errBg == warnBg || errBg == plain || warnBg == plain {
		t.Errorf("on screen the error %q is on %v, the warning %q on %v, plain text on %v; want three different colours",
			airliftCount.Text, errBg, airliftName.Text, warnBg, plain)
	}
	if want := cssRGB(e.Background); errBg != want {
		t.Errorf("pixels under the error: %v; want the style's %v", errBg, want)
	}
	if want := cssRGB(w.Background); warnBg != want {
		t.Errorf("pixels under the warning: %v; want the style's %v", warnBg, want)
	}
}

func screenshotImage(p *page) image.Image {
	p.t.Helper()
	b := run(p, chromedp.CaptureScreenshot())
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		p.t.Fatal(err)
	}
	return img
}

// commonColour is the most frequent colour inside r (left, top, right, bottom in CSS pixels,
// which are device pixels here): the background under a word, whose glyphs cover less.
func commonColour(img image.Image, r [4]float64) [3]uint8 {
	count := map[[3]uint8]int{}
	var best [3]uint8
	for y := int(r[1]) + 1; y < int(r[3])-1; y++ {
		for x := int(r[0]) + 1; x < int(r[2])-1; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			c := [3]uint8{uint8(cr >> 8), uint8(cg >> 8), uint8(cb >> 8)}
			count[c]++
			if count[c] > count[best] {
				best = c
			}
		}
	}
	return best
}

// cssRGB parses "rgb(r, g, b)".
func cssRGB(s string) [3]uint8 {
	var r, g, b uint8
	fmt.Sscanf(s, "rgb(%d, %d, %d)", &r, &g, &b)
	return [3]uint8{r, g, b}
}

// F8, Shift+F8 and Alt+Arrow walk the problems in the order of the text, selecting the words of
// each in the draft, keeping the focus there and announcing "severity k of n: message".
func TestEditorKeyboard(t *testing.T) {
	p := openWide(t)
	check := p.paste(airlift, "")
	messages := map[int]string{}
	for _, f := range check.Findings {
		messages[f.Start16] = f.Message
	}
	p.selectDraft(0, 0)

	type stop struct {
		keys     string
		mods     []chromedp.Modifier
		mark     Mark
		severity string
		k        int
	}
	steps := []stop{
		{kb.F8, nil, airliftHeadline, "warning", 1},
		{kb.F8, nil, airliftCount, "error", 2},
		{kb.ArrowDown, []chromedp.Modifier{chromedp.ModifierAlt}, airliftWeekday, "error", 3},
		{kb.F8, nil, airliftName, "warning", 4},
		{kb.F8, nil, airliftHeadline, "warning", 1}, // wraps round
		{kb.F8, []chromedp.Modifier{chromedp.ModifierShift}, airliftName, "warning", 4},
		{kb.F8, []chromedp.Modifier{chromedp.ModifierShift}, airliftWeekday, "error", 3},
		{kb.ArrowUp, []chromedp.Modifier{chromedp.ModifierAlt}, airliftCount, "error", 2},
	}
	for i, s := range steps {
		p.press(s.keys, s.mods...)
		want := Selection{Text: s.mark.Text, Start16: s.mark.Start16, End16: s.mark.End16, Focused: true}
		if diff := cmp.Diff(want, p.selection()); diff != "" {
			t.Fatalf("step %d (%q %v): the selection (-want +got):\n%s", i+1, s.keys, s.mods, diff)
		}
		say := fmt.Sprintf("%s %d of 4: %s", s.severity, s.k, messages[s.mark.Start16])
		if got := p.announced(fmt.Sprintf("%s %d of 4: ", s.severity, s.k)); got != say {
			t.Errorf("step %d: #announce says %q; want %q", i+1, got, say)
		}
		if got := p.highlights()["claimcheck-current"]; !cmp.Equal(got, []Mark{s.mark}) {
			t.Errorf("step %d: claimcheck-current is %+v; want %+v", i+1, got, s.mark)
		}
	}
}

// Alt+Enter replaces the finding at the caret with its suggestion, and only it; the caret ends
// after the new words; Ctrl+Z gives back the draft byte for byte.
func TestEditorApplyKeyboard(t *testing.T) {
	p := openWide(t)
	p.paste(airlift, "")
	p.selectDraft(airliftHeadline.End16, airliftHeadline.End16)
	p.press(kb.F8) // the count in the story
	if got := p.selection().Text; got != airliftCount.Text {
		t.Fatalf("F8 selected %q; want %q", got, airliftCount.Text)
	}
	after := p.nextCheck(func() { p.press(kb.Enter, chromedp.ModifierAlt) })
	want := airlift[:airliftCount.Start16+2] + "26" + airlift[airliftCount.End16+2:] // two bytes more: the dash
	if got := p.draftText(); got != want {
		t.Fatalf("after Alt+Enter the draft is\n%q\nwant\n%q", got, want)
	}
	caret := airliftCount.Start16 + 2
	if diff := cmp.Diff(Selection{Start16: caret, End16: caret, Focused: true}, p.selection()); diff != "" {
		t.Errorf("the caret after Alt+Enter (-want +got):\n%s", diff)
	}
	if got := marksOf(after, "error"); !cmp.Equal(got, []Mark{airliftWeekday}) {
		t.Errorf("errors after the fix: %+v; want only %+v", got, airliftWeekday)
	}
	if got := p.highlights()["claimcheck-error"]; !cmp.Equal(got, []Mark{airliftWeekday}) {
		t.Errorf("claimcheck-error after the fix: %+v; want only %+v", got, airliftWeekday)
	}
	p.announced("Replaced “27” with “26”")
	if got := p.text("summary"); !strings.HasPrefix(got, "1 contradiction ·") {
		t.Errorf("the summary after the fix: %q; want 1 contradiction", got)
	}

	undone := p.nextCheck(func() { p.press("z", chromedp.ModifierCtrl) })
	if got := p.draftText(); got != airlift {
		t.Fatalf("after Ctrl+Z the draft is\n%q\nwant it as pasted\n%q", got, airlift)
	}
	if got := marksOf(undone, "error"); !cmp.Equal(got, []Mark{airliftCount, airliftWeekday}) {
		t.Errorf("errors after the undo: %+v", got)
	}
}

// The panel's Apply button replaces the finding's words and leaves the caret where the editor
// had it, shifted by the change in length when it was after the fix.
func TestEditorApplyPanel(t *testing.T) {
	for _, tt := range []struct {
		name          string
		caret, wantAt int
	}{
		{"caret before", 5, 5},
		{"caret after", 300, 298}, // "Wednesday" becomes "Tuesday": two units fewer
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := openWide(t)
			p.paste(airlift, "")
			p.selectDraft(tt.caret, tt.caret)
			after := p.nextCheck(func() { p.clickPanel(airliftWeekday, "error", "apply") })
			want := strings.Replace(airlift, "Wednesday", "Tuesday", 1)
			if got := p.draftText(); got != want {
				t.Fatalf("after Apply the draft is\n%q\nwant\n%q", got, want)
			}
			if diff := cmp.Diff(Selection{Start16: tt.wantAt, End16: tt.wantAt, Focused: true}, p.selection()); diff != "" {
				t.Errorf("the caret after Apply, from %d (-want +got):\n%s", tt.caret, diff)
			}
			if got := marksOf(after, "error"); !cmp.Equal(got, []Mark{airliftCount}) {
				t.Errorf("errors after Apply: %+v; want only %+v", got, airliftCount)
			}
			if got := p.panelView(); !cmp.Equal(got[:3], []string{"## Contradictions (1)", "“27” error [Apply “26” | Dismiss here | Dismiss this claim]", "## Warnings (2)"}) {
				t.Errorf("the panel after Apply starts %q", got[:3])
			}
			p.nextCheck(func() { p.press("z", chromedp.ModifierCtrl) })
			if got := p.draftText(); got != airlift {
				t.Errorf("after Ctrl+Z the draft is\n%q\nwant\n%q", got, airlift)
			}
		})
	}
}

// Alt+Delete dismisses one occurrence, Alt+Shift+Delete every finding of the claim; the panel's
// buttons do the same. Dismissed findings leave the highlights and the counts for the Dismissed
// group, whose Restore brings them back.
func TestEditorDismiss(t *testing.T) {
	p := openWide(t)
	p.paste(airlift, "")
	p.selectDraft(airliftHeadline.End16, airliftHeadline.End16)
	p.press(kb.F8) // the count in the story
	p.press(kb.Delete, chromedp.ModifierAlt)
	p.announced("Dismissed “27”")
	if diff := cmp.Diff(wantMarks([]Mark{airliftWeekday}, []Mark{airliftHeadline, airliftName}, nil, nil), p.highlights()); diff != "" {
		t.Errorf("highlights after Alt+Delete (-want +got):\n%s", diff)
	}
	if got, want := p.text("summary"), "1 contradiction · 1 likely contradiction · 1 spelling · 8 confirmed · 1 unchecked · 1 dismissed"; got != want {
		t.Errorf("summary after Alt+Delete: %q; want %q", got, want)
	}
	wantPanel := []string{
		"## Contradictions (1)", "“Wednesday” error [Apply “Tuesday” | Dismiss here | Dismiss this claim]",
		"## Warnings (2)", "“27” warning [Apply “26” | Dismiss here | Dismiss this claim]",
		"“Servando Gomez Martinez” warning [Apply “Servando Gómez Martínez” | Dismiss here | Dismiss this claim]",
		"## Confirmed and unchecked (9)",
		"## Dismissed (1)", "“27” error [Apply “26” | Restore]",
	}
	if diff := cmp.Diff(wantPanel, p.panelView()); diff != "" {
		t.Errorf("panel after Alt+Delete (-want +got):\n%s", diff)
	}

	// Restore from the panel.
	p.clickPanel(airliftCount, "error", "restore")
	p.announced("Restored “27”")
	// (Whether the restored words are current again depends on whether the caret's last
	// selectionchange came before the dismissal: left out.)
	restored := p.highlights()
	delete(restored, "claimcheck-current")
	want := wantMarks([]Mark{airliftCount, airliftWeekday}, []Mark{airliftHeadline, airliftName}, nil, nil)
	delete(want, "claimcheck-current")
	if diff := cmp.Diff(want, restored); diff != "" {
		t.Errorf("highlights after Restore (-want +got):\n%s", diff)
	}
	if got := p.text("summary"); got != airliftSummary {
		t.Errorf("summary after Restore: %q; want %q", got, airliftSummary)
	}

	// The whole claim, from the keyboard: both 27s are judged against the August count.
	p.selectDraft(0, 0)
	p.press(kb.F8)
	p.press(kb.Delete, chromedp.ModifierAlt, chromedp.ModifierShift)
	p.announced("Dismissed every finding of this claim")
	if diff := cmp.Diff(wantMarks([]Mark{airliftWeekday}, []Mark{airliftName}, nil, nil), p.highlights()); diff != "" {
		t.Errorf("highlights after Alt+Shift+Delete (-want +got):\n%s", diff)
	}
	if got, want := p.text("summary"), "1 contradiction · 1 spelling · 8 confirmed · 1 unchecked · 2 dismissed"; got != want {
		t.Errorf("summary after Alt+Shift+Delete: %q; want %q", got, want)
	}
	p.clickPanel(airliftHeadline, "warning", "restore") // restoring one restores the claim
	if got := p.highlights()["claimcheck-warning"]; !cmp.Equal(got, []Mark{airliftHeadline, airliftName}) {
		t.Errorf("claimcheck-warning after Restore: %+v", got)
	}

	// The panel's own buttons.
	p.clickPanel(airliftName, "warning", "dismiss")
	if got := p.highlights()["claimcheck-warning"]; !cmp.Equal(got, []Mark{airliftHeadline}) {
		t.Errorf("claimcheck-warning after Dismiss here: %+v", got)
	}
	p.clickPanel(airliftWeekday, "error", "dismiss-claim")
	if got := p.highlights()["claimcheck-error"]; !cmp.Equal(got, []Mark{airliftCount}) {
		t.Errorf("claimcheck-error after Dismiss this claim: %+v", got)
	}
	if got, want := p.text("summary"), "1 contradiction · 1 likely contradiction · 8 confirmed · 1 unchecked · 2 dismissed"; got != want {
		t.Errorf("summary after the panel's dismissals: %q; want %q", got, want)
	}
	if got := p.draftText(); got != airlift {
		t.Errorf("dismissing changed the draft to %q", got)
	}
}

// claimSetFile copies a claim set into a directory of the test under name, for the file input.
func claimSetFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// loadClaimSet opens the Claim set dialog and gives the file to its file input.
func (p *page) loadClaimSet(path string) {
	p.t.Helper()
	if !call[bool](p, `() => document.getElementById('claimset-dialog').open`) {
		p.do(chromedp.Click(chromedp.ID("claimset-open"), chromedp.NodeVisible))
	}
	p.do(chromedp.SetUploadFiles(chromedp.ID("claimset-file"), []string{path}))
}

// A draft, its dismissals and a loaded claim set survive a reload.
func TestEditorReload(t *testing.T) {
	p := openWide(t)
	council := readFile(t, "../claims/testdata/eval/council/claimset.json")
	p.nextCheck(func() { p.loadClaimSet(claimSetFile(t, "council.json", council)) })
	p.announced("Now checking against Riverton city council budget vote")
	p.do(chromedp.Click(chromedp.CSS("#claimset-dialog .dialog-head button"), chromedp.NodeVisible))

	draft := strings.Replace(string(readFile(t, "../claims/testdata/eval/council/drafts/brief.txt")),
		"six members voting in favor", "seven members voting in favor", 1)
	check := p.paste(draft, "")
	errs := marksOf(check, "error")
	if len(errs) == 0 {
		t.Fatalf("no error in the council brief with seven votes in favour: %+v", check.Findings)
	}
	p.selectDraft(0, 0)
	p.press(kb.F8)
	first := p.selection()
	p.press(kb.Delete, chromedp.ModifierAlt)
	p.announced("Dismissed")

	before := struct {
		Text       string
		Highlights map[string][]Mark
		Summary    string
		Panel      []string
		SetName    string
	}{p.draftText(), p.highlights(), p.text("summary"), p.panelView(), p.text("claimset-name")}
	if before.SetName != "council-budget-2026" {
		t.Errorf("the Claim set button names %q; want the council set's id", before.SetName)
	}
	if !strings.Contains(before.Summary, "1 dismissed") {
		t.Errorf("summary %q; want one dismissed (%q)", before.Summary, first.Text)
	}
	// Wait for the save the page makes a moment after the last change.
	poll[bool](p, `(text) => { const v = JSON.parse(localStorage.getItem('claimcheck:draft:v1') || '{}'); return v.text === text && v.dismissed.occurrences.length === 1; }`, draft)

	p.do(chromedp.Reload())
	p.waitEngine("ready") // the page checks the restored draft as the engine becomes ready
	call[bool](p, `() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	after := before
	after.Text, after.Highlights, after.Summary, after.Panel, after.SetName = p.draftText(), p.highlights(), p.text("summary"), p.panelView(), p.text("claimset-name")
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("after a reload (-before +after):\n%s", diff)
	}
	if after.Text != draft {
		t.Errorf("after a reload the draft is %q; want %q", after.Text, draft)
	}
}

// A restored draft reads back exactly as it was saved, whatever its blank lines, and is laid out
// as Chromium lays out pasted lines (a block per line after the first), so that a keystroke in a
// long draft lays out one line again rather than the whole draft.
func TestEditorRestoreLines(t *testing.T) {
	for _, text := range []string{
		"One line, no end.",
		"Headline\n\nFirst paragraph.\nSecond line.",
		"Ends with a line end.\n",
		"Ends with two.\n\n",
		"\nStarts with a line end.",
		"\n\n\nThree, then text\n\n\n",
		"\n",
		"Accents: Ovidio Guzmán López 🇲🇽 and 中文.\n\nMEXICO CITY, Aug. 13, 2025 — 26 people were sent.",
	} {
		saved, err := json.Marshal(map[string]any{"text": text, "dismissed": map[string]any{"occurrences": []string{}, "claims": []string{}}})
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := json.Marshal(string(saved))
		p := newPage(t)
		if _, err := chromedp.Call(p.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
			Source: `localStorage.setItem('claimcheck:draft:v1', ` + string(enc) + `);`,
		}); err != nil {
			t.Fatal(err)
		}
		p.do(chromedp.Navigate(siteURL))
		p.waitEngine("ready")
		if got := p.draftText(); got != text {
			t.Errorf("restored %q; want %q", got, text)
		}
		blocks := call[int](p, `() => document.querySelectorAll('#draft > div').length`)
		want := strings.Count(text, "\n")
		if strings.HasPrefix(text, "\n") {
			want++ // an empty first line is a block too
		}
		if blocks != want {
			t.Errorf("%q is restored in %d blocks; want one per line but a first line with text, %d", text, blocks, want)
		}
	}
}

// A claim set with mistakes is refused with each mistake as name:line:col: message, and the set
// in use stays; "Use the built-in set" goes back to the default.
func TestEditorBrokenClaimSet(t *testing.T) {
	p := openWide(t)
	council := readFile(t, "../claims/testdata/eval/council/claimset.json")
	p.loadClaimSet(claimSetFile(t, "council.json", council))
	p.announced("Now checking against Riverton")
	p.do(chromedp.Click(chromedp.CSS("#claimset-dialog .dialog-head button"), chromedp.NodeVisible))
	p.paste(airlift, "")
	inUse := p.highlights()

	var set map[string]any
	if err := json.Unmarshal(council, &set); err != nil {
		t.Fatal(err)
	}
	cl := set["claims"].([]any)
	cl[0].(map[string]any)["kind"] = "tally"                    // an unknown kind
	cl[2].(map[string]any)["id"] = cl[1].(map[string]any)["id"] // a duplicate id
	cl[3].(map[string]any)["source"] = "no-such-source"         // a dangling reference
	broken, err := json.MarshalIndent(set, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, file string }{
		{"mistakes", string(broken)},
		{"malformed", `{"version": 1, "id": "x", "claims": [}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			name := tt.name + ".json"
			_, loadErr := claims.Load(name, []byte(tt.file))
			list, ok := loadErr.(claims.ErrorList)
			if !ok || len(list) == 0 {
				t.Fatalf("claims.Load(%s): %v; want an ErrorList", name, loadErr)
			}
			var want []string
			for _, e := range list {
				want = append(want, e.Error())
			}
			p.loadClaimSet(claimSetFile(t, name, []byte(tt.file)))
			poll[bool](p, `(name) => !document.getElementById('claimset-errors').hidden && document.getElementById('claimset-errors-title').textContent.startsWith(name)`, name)
			got := call[[]string](p, `() => [...document.getElementById('claimset-errors-list').children].map((li) => li.textContent)`)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("#claimset-errors-list for %s (-want +got):\n%s", name, diff)
			}
			if got := p.text("claimset-errors-title"); !strings.Contains(got, "The claim set in use has not changed") {
				t.Errorf("#claimset-errors-title: %q", got)
			}
			if got := p.text("claimset-name"); got != "council-budget-2026" {
				t.Errorf("the set in use is %q; want council-budget-2026", got)
			}
			if diff := cmp.Diff(inUse, p.highlights()); diff != "" {
				t.Errorf("the highlights changed (-before +after):\n%s", diff)
			}
		})
	}

	check := p.nextCheck(func() { p.do(chromedp.Click(chromedp.ID("claimset-default"), chromedp.NodeVisible)) })
	if got := p.text("claimset-name"); got != "built-in" {
		t.Errorf("after Use the built-in set, the Claim set button names %q", got)
	}
	if got := marksOf(check, "error"); !cmp.Equal(got, []Mark{airliftCount, airliftWeekday}) {
		t.Errorf("errors with the built-in set again: %+v", got)
	}
	if p.visible("claimset-errors") || p.visible("claimset-default") {
		t.Errorf("the errors or the Use the built-in set button are still shown")
	}
	if got := call[string](p, `() => localStorage.getItem('claimcheck:claimset:v1') ?? ''`); got != "" {
		t.Errorf("a claim set is still saved: %.60q", got)
	}
}

// Accents, curly quotes, emoji (ZWJ sequences too), CJK and combining marks before and after a
// finding: its highlight covers exactly its words, at the engine's UTF-16 offsets.
func TestEditorUnicodeOffsets(t *testing.T) {
	p := openWide(t)
	const fact = "Mexico sent 29 cartel figures to the United States in the August transfer."
	for _, tt := range []struct{ name, before, after string }{
		{"accents", "Martínez and Peña said: ", " Señor Ibáñez agreed."},
		{"curly quotes", "“It was ‘routine’,” an official said. ", " ‘Yes.’"},
		{"emoji", "🚨🇲🇽 Breaking: ", " 👍🏽"},
		{"zwj", "👩‍👩‍👧‍👦 and 🧑🏿‍💻 wrote: ", " 👨‍👨‍👦"},
		{"cjk", "東京と北京の記者によると、", " 墨西哥城。"},
		{"combining", "Marti\u0301nez and Pen\u0303a wrote: ", " Cafe\u0301."},
		{"astral", "𝔐𝔢𝔵𝔦𝔠𝔬 𐐷 ", " 𝟐𝟔"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			draft := tt.before + fact + tt.after
			check := p.paste(draft, "")
			rep := claims.Check(claims.Default(), draft, claims.Options{})
			var want []Mark
			for _, f := range rep.Findings {
				if f.Severity == claims.SevError {
					want = append(want, Mark{Text: f.Text, Start16: f.Start16, End16: f.End16})
				}
			}
			if len(want) != 1 || want[0].Text != "29" {
				t.Fatalf("the engine's errors in %q: %+v; want one, \"29\"", draft, want)
			}
			if got := marksOf(check, "error"); !cmp.Equal(got, want) {
				t.Errorf("claimcheck:findings errors %+v; want the engine's %+v", got, want)
			}
			if diff := cmp.Diff(want, p.highlights()["claimcheck-error"]); diff != "" {
				t.Errorf("claimcheck-error over %q (-want +got):\n%s", draft, diff)
			}
			if got := p.draftText(); got != draft {
				t.Errorf("the draft is %q; want %q", got, draft)
			}
		})
	}
}

// Markup pasted into the draft, as plain text or as HTML, is text: nothing of it runs or
// becomes an element of the page.
func TestEditorPasteIsInert(t *testing.T) {
	const (
		img    = `<img src=x onerror="window.__claimcheckPwned = 'img'">`
		script = `<script>window.__claimcheckPwned = 'script'</script>`
		svg    = `<svg onload="window.__claimcheckPwned = 'svg'"></svg>`
	)
	payload := "Mexico sent 29 cartel figures. " + img + " and " + script + " " + svg
	for _, tt := range []struct {
		name, plain, html, want string
		blocked                 int // inline handlers the Content-Security-Policy refused
	}{
		{"text/plain", payload, "", payload, 0},
		{"text/plain with text/html", payload, "<p>" + payload + "</p>", payload, 0},
		// The page reads an HTML-only clipboard without parsing it as HTML: tags are dropped,
		// references decoded, so no handler is even looked at.
		{"text/html only", "", "<p>Mexico sent 29 cartel\nfigures &amp; more.</p>" + img + script + svg + "<p>After&nbsp;&#8220;it&#x201D;.</p>",
			"Mexico sent 29 cartel figures & more.\n\nAfter\u00a0\u201cit\u201d.", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := openWide(t)
			call[bool](p, `() => {
				window.__claimcheckAdded = [];
				window.__claimcheckViolations = [];
				document.addEventListener('securitypolicyviolation', (e) => window.__claimcheckViolations.push(e.violatedDirective));
				new MutationObserver((records) => {
					for (const r of records) for (const n of r.addedNodes) {
						if (n.nodeType === Node.ELEMENT_NODE && (n.closest('#draft') ? !['DIV', 'BR'].includes(n.nodeName) : ['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'svg'].includes(n.nodeName))) {
							window.__claimcheckAdded.push(n.nodeName);
						}
					}
				}).observe(document, { childList: true, subtree: true });
				return true;
			}`)
			before := call[int](p, `() => document.querySelectorAll('script, img, svg, iframe, object, embed').length`)
			p.pasteData(tt.plain, tt.html)
			if got := p.draftText(); got != tt.want {
				t.Errorf("the draft is %q; want %q", got, tt.want)
			}
			type state struct {
				Pwned      string
				Added      []string
				Violations []string
				Elements   int
				InDraft    int
			}
			got := call[state](p, `() => ({
				pwned: String(window.__claimcheckPwned ?? ''),
				added: window.__claimcheckAdded,
				violations: window.__claimcheckViolations,
				elements: document.querySelectorAll('script, img, svg, iframe, object, embed').length,
				inDraft: document.querySelectorAll('#draft :not(div):not(br)').length,
			})`)
			if tt.blocked > 0 {
				p.expectConsole("Executing inline event handler violates the following Content Security Policy")
				poll[bool](p, `(n) => window.__claimcheckViolations.length >= n`, tt.blocked)
			}
			got = call[state](p, `() => ({
				pwned: String(window.__claimcheckPwned ?? ''),
				added: window.__claimcheckAdded,
				violations: window.__claimcheckViolations,
				elements: document.querySelectorAll('script, img, svg, iframe, object, embed').length,
				inDraft: document.querySelectorAll('#draft :not(div):not(br)').length,
			})`)
			want := state{Added: []string{}, Violations: []string{}, Elements: before}
			for range tt.blocked {
				want.Violations = append(want.Violations, "script-src-attr")
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("after the paste (-want +got):\n%s", diff)
			}
		})
	}
}

// pasteData pastes a clipboard holding text/plain (unless empty) and text/html (unless empty)
// over the whole draft and waits for the check that follows.
func (p *page) pasteData(plain, html string) Check {
	p.t.Helper()
	return p.nextCheck(func() {
		handled := call[bool](p, `(plain, html) => {
			const d = document.getElementById('draft');
			d.focus();
			getSelection().selectAllChildren(d);
			const data = new DataTransfer();
			if (plain) data.setData('text/plain', plain);
			if (html) data.setData('text/html', html);
			const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
			d.dispatchEvent(e);
			return e.defaultPrevented;
		}`, plain, html)
		if !handled {
			p.t.Fatalf("the page did not handle the paste of %q / %q", plain, html)
		}
	})
}

// Checking never changes the draft: the text after a check is the text before, with no markup.
func TestEditorTextUnchanged(t *testing.T) {
	p := openWide(t)
	drafts := []string{
		airlift,
		clean,
		"Mexico sent 29 cartel figures on Wednesday.\r\n\r\nA second paragraph, 30% of it wrong.",
		"  Leading spaces, \ttabs\tand trailing spaces 29   \n\n\n\nfour line ends.\n",
		strings.Repeat("In August Mexico sent 25 prisoners north. ", 40),
		"No facts here at all.",
		"Ends with two line ends 29.\n\n",
	}
	for i, d := range drafts {
		want := strings.ReplaceAll(d, "\r\n", "\n") // the page's paste turns Windows line ends into \n
		for _, how := range []string{"paste", "type"} {
			if how == "paste" {
				p.paste(d, "")
			} else {
				p.typeText(want, true)
			}
			if got := p.draftText(); got != want {
				t.Errorf("draft %d (%s): after the check the text is\n%q\nwant\n%q", i, how, got, want)
			}
			if got := call[[]string](p, `() => [...document.querySelectorAll('#draft *')].map((e) => e.nodeName).filter((n) => n !== 'DIV' && n !== 'BR')`); len(got) != 0 {
				t.Errorf("draft %d (%s): elements in #draft: %q", i, how, got)
			}
		}
	}
}

// The summary counts contradictions, confirmed and unchecked, or says all agree; the
// claimcheck:findings event matches the panel and is the command line's JSON, finding for
// finding.
func TestEditorSummaryAndEvent(t *testing.T) {
	p := openWide(t)
	check := p.paste(airlift, "")
	if got := p.text("summary"); got != airliftSummary {
		t.Errorf("summary: %q; want %q", got, airliftSummary)
	}
	if got := call[string](p, `() => document.getElementById('summary').dataset.state`); got != "problems" {
		t.Errorf("summary data-state %q; want problems", got)
	}

	// The panel: one element per finding, in its own order, with the event's verdicts and
	// severities.
	type vs struct {
		Verdict, Severity string
		Start16, End16    int
	}
	var fromEvent, fromPanel []vs
	for _, f := range check.Findings {
		fromEvent = append(fromEvent, vs{f.Verdict, f.Severity, f.Start16, f.End16})
	}
	for _, it := range p.panel() {
		fromPanel = append(fromPanel, vs{it.Verdict, it.Severity, it.Start16, it.End16})
	}
	byPlace := func(a, b vs) bool {
		return a.Start16 < b.Start16 || a.Start16 == b.Start16 && a.Severity < b.Severity
	}
	if diff := cmp.Diff(fromEvent, fromPanel, cmpopts.SortSlices(byPlace)); diff != "" {
		t.Errorf("findings of the event vs children of #findings (-event +panel):\n%s", diff)
	}

	// The event against the command line's -format json for the same text, as raw JSON.
	if diff := cmp.Diff(cliFindings(t, airlift), eventJSON(p)); diff != "" {
		t.Errorf("claimcheck:findings vs claimcheck -format json (-cli +event):\n%s", diff)
	}

	// A clean draft.
	c := p.paste(clean, "")
	if len(marksOf(c, "error"))+len(marksOf(c, "warning")) != 0 {
		t.Fatalf("the clean draft has problems: %+v", c.Findings)
	}
	confirmed, unchecked := 0, 0
	for _, f := range c.Findings {
		if f.Verdict == "supports" {
			confirmed++
		} else {
			unchecked++
		}
	}
	want := fmt.Sprintf("All checked facts agree · %d confirmed · %d unchecked", confirmed, unchecked)
	if got := p.text("summary"); got != want || confirmed == 0 {
		t.Errorf("summary of the clean draft: %q; want %q", got, want)
	}
	if got := call[string](p, `() => document.getElementById('summary').dataset.state`); got != "agree" {
		t.Errorf("summary data-state %q; want agree", got)
	}
	if diff := cmp.Diff(wantMarks(nil, nil, nil, nil), p.highlights()); diff != "" {
		t.Errorf("highlights of the clean draft (-want +got):\n%s", diff)
	}
}

// cliFindings is what claimcheck -format json prints for text as the findings of its one file,
// decoded as generic JSON.
func cliFindings(t *testing.T, text string) []map[string]any {
	t.Helper()
	f, _ := report.CheckShared(claims.Default(), "draft", text, claims.Options{})
	b, err := json.Marshal(report.Report{ClaimSet: report.Of(claims.Default()), Files: []report.File{f}})
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Files []struct {
			Findings []map[string]any `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r.Files[0].Findings
}

// eventJSON reads the findings of the last claimcheck:findings event as generic JSON, keys and
// all, as the page built them.
func eventJSON(p *page) []map[string]any {
	p.t.Helper()
	return call[[]map[string]any](p, `() => new Promise((resolve) => {
		document.addEventListener('claimcheck:findings', (e) => resolve(e.detail.findings), { once: true });
		document.getElementById('draft').dispatchEvent(new InputEvent('input', { bubbles: true }));
	})`)
}

// When local storage is full or refused, a banner says the draft is not saved, and checking
// goes on.
func TestEditorStorageRefused(t *testing.T) {
	for _, tt := range []struct{ name, script string }{
		{"quota exceeded", `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`},
		{"security error", `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newPage(t)
			if _, err := chromedp.Call(p.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: tt.script}); err != nil {
				t.Fatal(err)
			}
			p.do(chromedp.EmulateViewport(1280, 900), chromedp.Navigate(siteURL))
			p.waitEngine("ready")
			if !p.visible("storage-warning") {
				t.Errorf("#storage-warning is not visible")
			}
			if got := p.text("storage-warning"); !strings.Contains(got, "not") || !strings.Contains(got, "draft") {
				t.Errorf("#storage-warning says %q; want it to say the draft is not saved", got)
			}
			check := p.paste(airlift, "")
			if got := marksOf(check, "error"); !cmp.Equal(got, []Mark{airliftCount, airliftWeekday}) {
				t.Errorf("errors: %+v", got)
			}
			if got := p.highlights()["claimcheck-error"]; !cmp.Equal(got, []Mark{airliftCount, airliftWeekday}) {
				t.Errorf("claimcheck-error: %+v", got)
			}
			if !p.visible("storage-warning") {
				t.Errorf("#storage-warning is gone after an edit")
			}
		})
	}
}

// When the engine cannot be downloaded, the page says so, data-engine is "failed", and the
// draft can still be edited.
func TestEditorEngineFails(t *testing.T) {
	p := newPage(t)
	if _, err := chromedp.Call(p.ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(p.ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{
		URLPatterns: []*network.BlockPattern{{URLPattern: siteURL + "assets/*.wasm", Block: true}},
	}); err != nil {
		t.Fatal(err)
	}
	p.do(chromedp.EmulateViewport(1280, 900), chromedp.Navigate(siteURL))
	p.waitEngine("failed")
	if !p.visible("engine-status") {
		t.Errorf("#engine-status is not visible")
	}
	if got := p.text("engine-status"); !strings.Contains(got, "could not load") || !strings.Contains(got, "keep writing") {
		t.Errorf("#engine-status says %q; want why, and that the draft is safe", got)
	}
	before := p.draftText()
	p.selectDraft(0, 0)
	p.do(chromedp.KeyEvent("Draft: "))
	want := "Draft: " + before
	poll[bool](p, `(want) => { `+editorJS+` return draftWalk(document.getElementById('draft')).text === want; }`, want)
	if got := call[bool](p, `() => document.getElementById('draft').isContentEditable`); !got {
		t.Errorf("#draft is not editable")
	}
}

// Export JSON downloads the command line's shape with the event's findings; Export Markdown the
// summary and a table row per problem.
func TestEditorExport(t *testing.T) {
	p := openWide(t)
	dir := t.TempDir()
	c := chromedp.FromContext(p.ctx)
	if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, BrowserContextID: c.BrowserContextID,
		DownloadPath: dir, EventsEnabled: new(true),
	}); err != nil {
		t.Fatal(err)
	}
	check := p.paste(airlift, "")
	p.selectDraft(0, 0)
	p.press(kb.F8)
	p.press(kb.Delete, chromedp.ModifierAlt) // the headline's 27, into the Dismissed table

	download := func(button, name string) []byte {
		t.Helper()
		ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
		defer cancel()
		events := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
		p.do(chromedp.Click(chromedp.ID(button), chromedp.NodeVisible))
		for ev, err := range events {
			if err != nil {
				t.Fatalf("waiting for the download of %s: %v", name, err)
			}
			if ev.State == browser.DownloadProgressStateCompleted {
				break
			}
			if ev.State == browser.DownloadProgressStateCanceled {
				t.Fatalf("the download of %s was cancelled", name)
			}
		}
		return readFile(t, filepath.Join(dir, name))
	}

	var rep report.Report
	js := download("export-json", "claimcheck-report.json")
	if err := json.Unmarshal(js, &rep); err != nil {
		t.Fatalf("claimcheck-report.json: %v\n%s", err, js)
	}
	if diff := cmp.Diff(report.Of(claims.Default()), rep.ClaimSet); diff != "" {
		t.Errorf("claimSet of the export (-want +got):\n%s", diff)
	}
	if len(rep.Files) != 1 || rep.Files[0].Path != "draft" {
		t.Fatalf("files of the export: %+v; want one, named draft", rep.Files)
	}
	var gotFindings []Finding
	b, _ := json.Marshal(rep.Files[0].Findings)
	if err := json.Unmarshal(b, &gotFindings); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(check.Findings, gotFindings); diff != "" {
		t.Errorf("findings of the export vs the event (-event +export):\n%s", diff)
	}

	md := string(download("export-md", "claimcheck-report.md"))
	summary := p.text("summary")
	if !strings.Contains(md, "\n"+summary+".\n") {
		t.Errorf("the Markdown lacks the summary %q:\n%s", summary, md)
	}
	for _, m := range []struct {
		mark     Mark
		severity string
		table    string
	}{
		{airliftCount, "error", "## Problems"},
		{airliftWeekday, "error", "## Problems"},
		{airliftName, "warning", "## Problems"},
		{airliftHeadline, "warning", "## Dismissed"},
	} {
		var f Finding
		for _, x := range check.Findings {
			if x.Start16 == m.mark.Start16 && x.Severity == m.severity {
				f = x
			}
		}
		row := fmt.Sprintf("| %d:%d | %s | %s | %s | %s |", f.Line, f.Column, f.Severity, f.Kind, f.Text, f.Expected)
		i := strings.Index(md, row)
		if i < 0 {
			t.Errorf("the Markdown has no row starting %q:\n%s", row, md)
			continue
		}
		if j := strings.LastIndex(md[:i], "\n## "); j < 0 || !strings.HasPrefix(md[j+1:], m.table) {
			t.Errorf("the row of %q is not under %q", m.mark.Text, m.table)
		}
	}
}

// The Claim set dialog shows the built-in set: title, as-of date, sources and every claim.
func TestEditorClaimSetDialog(t *testing.T) {
	p := openWide(t)
	p.do(chromedp.Click(chromedp.ID("claimset-open"), chromedp.NodeVisible))
	poll[bool](p, `() => document.getElementById('claimset-dialog').open`)
	set := claims.Default()
	summary := p.text("claimset-summary")
	for _, s := range []string{set.Title, set.ID, "as of " + set.AsOf.String(), fmt.Sprintf("%d claims from %d sources", len(set.Claims), len(set.Sources))} {
		if !strings.Contains(summary, s) {
			t.Errorf("#claimset-summary %q lacks %q", summary, s)
		}
	}
	var wantSources []string
	titles := map[string]string{}
	for _, s := range set.Sources {
		w := s.Title
		if s.Date != "" {
			w += " (" + s.Date + ")"
		}
		wantSources = append(wantSources, w)
		titles[s.ID] = s.Title
	}
	if diff := cmp.Diff(wantSources, call[[]string](p, `() => [...document.querySelectorAll('#claimset-sources li')].map((li) => li.textContent)`)); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	labels := map[string]string{}
	for _, e := range set.Events {
		labels[e.ID] = e.Label
	}
	var wantClaims [][]string
	for _, c := range set.Claims {
		st := c.Statement
		if l := labels[c.Event]; l != "" {
			st += " — " + l
		}
		wantClaims = append(wantClaims, []string{string(c.Kind), st, titles[c.Source]})
	}
	got := call[[][]string](p, `() => [...document.querySelectorAll('#claimset-claims tr')].map((tr) => [...tr.cells].map((td) => td.textContent))`)
	if diff := cmp.Diff(wantClaims, got); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
	if p.visible("claimset-default") {
		t.Errorf("Use the built-in set is shown while the built-in set is in use")
	}
}

// Hovering highlighted words shows the card with the finding's message; clicking a finding in
// the panel selects its words in the draft.
func TestEditorHoverAndClick(t *testing.T) {
	p := openWide(t)
	check := p.paste(airlift, "")
	var weekday Finding
	for _, f := range check.Findings {
		if f.Start16 == airliftWeekday.Start16 {
			weekday = f
		}
	}
	p.selectDraft(9, 9) // in "airlift": no finding there
	p.do(chromedp.Blur(chromedp.ID("draft")))
	xy := call[[2]float64](p, `(a, b) => { `+editorJS+`
		const d = document.getElementById('draft');
		const r = document.createRange();
		r.setStart(...draftPoint(d, a));
		r.setEnd(...draftPoint(d, b));
		const x = r.getClientRects()[0];
		return [(x.left + x.right) / 2, (x.top + x.bottom) / 2];
	}`, airliftWeekday.Start16, airliftWeekday.End16)
	if p.visible("card") {
		t.Fatalf("the card shows before any hover")
	}
	p.do(chromedp.MouseEvent(chromedp.MouseMoved, xy[0], xy[1]))
	poll[bool](p, `() => document.getElementById('card').checkVisibility()`)
	if got := call[string](p, `() => document.querySelector('#card .message').textContent`); got != weekday.Message {
		t.Errorf("the card says %q; want %q", got, weekday.Message)
	}

	p.clickPanel(airliftName, "warning", "")
	want := Selection{Text: airliftName.Text, Start16: airliftName.Start16, End16: airliftName.End16, Focused: true}
	if diff := cmp.Diff(want, p.selection()); diff != "" {
		t.Errorf("after clicking the finding in the panel, the selection (-want +got):\n%s", diff)
	}
	if got := p.highlights()["claimcheck-current"]; !cmp.Equal(got, []Mark{airliftName}) {
		t.Errorf("claimcheck-current: %+v", got)
	}

	// The caret on a confirmed mention, not drawn while confirmed ones are hidden: no card, no
	// current highlight.
	for _, f := range check.Findings {
		if f.Severity != "info" {
			continue
		}
		p.selectDraft(f.Start16+1, f.Start16+1)
		p.do(chromedp.Focus(chromedp.ID("draft")))
		// selectionchange is a task of its own: two frames later the page has handled it.
		call[bool](p, `() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`)
		if p.visible("card") {
			t.Errorf("caret in %q, a confirmation that is not drawn: the card shows", f.Text)
		}
		if got := p.highlights()["claimcheck-current"]; len(got) != 0 {
			t.Errorf("caret in %q, a confirmation that is not drawn: claimcheck-current is %+v", f.Text, got)
		}
		break
	}
}
