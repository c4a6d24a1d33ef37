//go:build js && wasm

// Command wasm is Claimcheck's engine for the browser: the claims package behind a few functions
// that JavaScript calls through syscall/js. It is glue only. Findings cross to JavaScript once, in
// a packed form (numbers in one Int32Array, strings in one string with their UTF-16 lengths), so
// that a check of a long draft costs a handful of calls across the boundary instead of one per
// field. UTF-16 offsets are the engine's own start16/end16; string lengths are counted in UTF-16
// here, and JavaScript never recounts anything.
//
// The program does not touch the page's globals: it hands its functions to the callback that the
// loader put at js.Global().claimcheckReady (the loader runs it with a private global scope).
package main

import (
	"syscall/js"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
)

func main() {
	e := newEngine()
	api := js.Global().Get("Object").New()
	api.Set("check", js.FuncOf(e.check))
	api.Set("loadClaimSet", js.FuncOf(e.loadClaimSet))
	api.Set("openClaimSet", js.FuncOf(e.openClaimSet))
	api.Set("useDefault", js.FuncOf(func(js.Value, []js.Value) any {
		e.current = 0
		return e.view(0)
	}))
	api.Set("claimSet", js.FuncOf(func(js.Value, []js.Value) any { return e.view(e.current) }))
	api.Set("defaultClaimSetJSON", js.FuncOf(func(js.Value, []js.Value) any {
		return string(claims.DefaultJSON())
	}))
	ready := js.Global().Get("claimcheckReady")
	if ready.Type() != js.TypeFunction {
		panic("claimcheck: no claimcheckReady callback: load the engine with web/engine.js")
	}
	ready.Invoke(api)
	select {}
}

// engine holds the claim sets the page has opened, each with a checker that reuses its buffers
// between checks. Set 0 is the built-in one; the editor page checks with the current set, and
// each widget on a page with the set it opened (one engine serves them all).
type engine struct {
	sets    []openSet
	current int
	ints    []int32
	strs    []byte
	seen    strTable
}

type openSet struct {
	checker *claims.Checker
	set     *claims.ClaimSet
	view    js.Value // the claim set as JavaScript reads it, made when first asked for (see view)
	text    string   // the file it was loaded from; empty for the built-in set
}

func newEngine() *engine {
	e := &engine{}
	e.add(claims.Default())
	return e
}

func (e *engine) add(set *claims.ClaimSet) int {
	e.sets = append(e.sets, openSet{checker: claims.NewChecker(set), set: set})
	return len(e.sets) - 1
}

// view returns what the page shows of claim set i, made on first use: the built-in set's is
// not needed before the page has checked its draft, and making it costs the start-up some
// milliseconds.
func (e *engine) view(i int) js.Value {
	if s := &e.sets[i]; s.view.IsUndefined() {
		s.view = claimSetView(s.set)
	}
	return e.sets[i].view
}

// Fields of one finding in the packed form: the numbers, then the UTF-16 length of each string.
const (
	intsPerFinding = 6 + stringsPerFinding
	// stringsPerFinding strings per finding, in this order: verdict, severity, kind, text,
	// expected, suggestion, claim, message, source.
	stringsPerFinding = 9
)

// check(text, dateline, set) checks text and returns {count, ints, strings, reference,
// dateline}: ints holds intsPerFinding numbers per finding (start, end, start16, end16, line,
// column and one number per string), strings the strings one after another. A string's number
// is 0 for the empty string, its UTF-16 length when it is new, and -(i+1) when it is the i-th
// new string of this check over again: a draft's findings repeat the same few verdicts, kinds,
// claims, sources and confirmations, and each is sent and cut out once (see intern). dateline
// is "" or YYYY-MM-DD; a malformed one is reported as {error}. set is a handle from openClaimSet;
// without it the current set is used.
func (e *engine) check(_ js.Value, args []js.Value) any {
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return errorValue("check needs the draft's text as a string")
	}
	var opts claims.Options
	if len(args) > 1 && args[1].Type() == js.TypeString && args[1].String() != "" {
		d, ok := claims.ParseDate(args[1].String())
		if !ok || d.Day == 0 {
			return errorValue("the dateline must be a date written YYYY-MM-DD")
		}
		opts.Dateline = d
	}
	set := e.current
	if len(args) > 2 && args[2].Type() == js.TypeNumber {
		set = args[2].Int()
		if set < 0 || set >= len(e.sets) {
			return errorValue("no such claim set")
		}
	}
	rep := e.sets[set].checker.Check(args[0].String(), opts)

	e.ints = e.ints[:0]
	e.strs = e.strs[:0]
	e.seen.reset()
	for i := range rep.Findings {
		f := &rep.Findings[i]
		e.ints = append(e.ints, int32(f.Start), int32(f.End), int32(f.Start16), int32(f.End16),
			int32(f.Line), int32(f.Column))
		for _, s := range [stringsPerFinding]string{string(f.Verdict), string(f.Severity),
			string(f.Kind), f.Text, f.Expected, f.Suggestion, f.Claim, f.Message, f.Source} {
			if len(s) == 0 {
				e.ints = append(e.ints, 0)
			} else if at, ok := e.seen.intern(s); ok {
				e.ints = append(e.ints, -at-1)
			} else {
				e.ints = append(e.ints, int32(utf16Len(s)))
				e.strs = append(e.strs, s...)
			}
		}
	}
	ints := js.Global().Get("Int32Array").New(len(e.ints))
	if len(e.ints) > 0 {
		buf := make([]byte, 4*len(e.ints))
		for i, v := range e.ints {
			buf[4*i] = byte(v)
			buf[4*i+1] = byte(v >> 8)
			buf[4*i+2] = byte(v >> 16)
			buf[4*i+3] = byte(v >> 24)
		}
		js.CopyBytesToJS(js.Global().Get("Uint8Array").New(ints.Get("buffer")), buf)
	}
	out := js.Global().Get("Object").New()
	out.Set("count", len(rep.Findings))
	out.Set("ints", ints)
	out.Set("strings", string(e.strs))
	out.Set("reference", rep.Reference.String())
	out.Set("dateline", rep.Dateline)
	return out
}

// loadClaimSet(name, text) opens a claim set and, when it is valid, makes it the current one.
// It returns what openClaimSet returns.
func (e *engine) loadClaimSet(this js.Value, args []js.Value) any {
	out := e.openClaimSet(this, args).(js.Value)
	if h := out.Get("handle"); h.Type() == js.TypeNumber {
		e.current = h.Int()
	}
	return out
}

// openClaimSet(name, text) loads a claim set and returns {handle, claimSet}, the handle being
// what check takes, or {errors: [{line, column, message}]} with every problem found. Opening the
// same text again returns the same handle, so a page that reloads its sets does not grow.
func (e *engine) openClaimSet(_ js.Value, args []js.Value) any {
	if len(args) < 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
		return errorValue("loadClaimSet needs a file name and the file's text")
	}
	text := args[1].String()
	out := js.Global().Get("Object").New()
	for i, s := range e.sets {
		if s.text == text && i > 0 {
			out.Set("handle", i)
			out.Set("claimSet", e.view(i))
			return out
		}
	}
	set, err := claims.Load(args[0].String(), []byte(text))
	if err != nil {
		list := js.Global().Get("Array").New()
		if errs, ok := err.(claims.ErrorList); ok {
			for _, x := range errs {
				list.Call("push", map[string]any{"line": x.Line, "column": x.Column, "message": x.Msg})
			}
		} else {
			list.Call("push", map[string]any{"line": 0, "column": 0, "message": err.Error()})
		}
		out.Set("errors", list)
		return out
	}
	h := e.add(set)
	e.sets[h].text = text
	out.Set("handle", h)
	out.Set("claimSet", e.view(h))
	return out
}

// claimSetView is what the page shows of a claim set: its name, date, sources and claims.
func claimSetView(set *claims.ClaimSet) js.Value {
	sources := js.Global().Get("Array").New()
	for _, s := range set.Sources {
		sources.Call("push", map[string]any{"id": s.ID, "title": s.Title, "url": s.URL, "date": s.Date})
	}
	events := map[string]string{}
	for _, ev := range set.Events {
		events[ev.ID] = ev.Label
	}
	list := js.Global().Get("Array").New()
	for _, c := range set.Claims {
		list.Call("push", map[string]any{"id": c.ID, "kind": string(c.Kind), "statement": c.Statement,
			"source": c.Source, "event": events[c.Event]})
	}
	return js.ValueOf(map[string]any{"id": set.ID, "title": set.Title, "asOf": set.AsOf.String(),
		"language": set.Language, "sources": sources, "claims": list})
}

func errorValue(msg string) js.Value {
	return js.ValueOf(map[string]any{"error": msg})
}

// strTable numbers the distinct strings of one check's findings as they are first sent. It knows
// a string again by where its bytes are: the engine hands out the same string (a claim's
// confirmation, its id and source, a verdict) for every finding that repeats it, so a lookup
// is a hash of a pointer and a length, with no bytes compared. A string it has lost track of
// (five strings in four slots) is only sent again.
type strTable struct {
	slots [1 << 10]struct {
		p *byte
		n int
		i int32
	}
	next int32
}

func (t *strTable) reset() {
	clear(t.slots[:])
	t.next = 0
}

// intern returns the number of s when it was sent before in this check; otherwise it numbers s
// as the next new string and reports false.
func (t *strTable) intern(s string) (int32, bool) {
	p := unsafe.StringData(s)
	h := (uintptr(unsafe.Pointer(p))>>2 ^ uintptr(len(s))*0x9e3779b1) & (uintptr(len(t.slots)) - 1)
	// Four slots from h: strings whose addresses share a slot are still known apart.
	free := -1
	for k := range 4 {
		sl := &t.slots[(h+uintptr(k))&(uintptr(len(t.slots))-1)]
		if sl.p == p && sl.n == len(s) {
			return sl.i, true
		}
		if sl.p == nil && free < 0 {
			free = k
		}
	}
	sl := &t.slots[h] // all four taken: the first is replaced
	if free >= 0 {
		sl = &t.slots[(h+uintptr(free))&(uintptr(len(t.slots))-1)]
	}
	sl.p, sl.n, sl.i = p, len(s), t.next
	t.next++
	return 0, false
}

// utf16Len is the length of s in UTF-16 code units, as JavaScript's String.length counts it.
// Invalid bytes count one unit each, as U+FFFD, which is how the bytes decode on the JS side.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}
