package bundle

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/tdewolff/parse/v2"
)

// The editor's script is one classic script and one function scope:
//
//	(()=>{"use strict"; <prelude> <modules…>})();
//
// The prelude runs Go's wasm_exec.js with a private global object, goGlobal: a Proxy over the
// page's globalThis that reads its own properties first and the page's after, and writes only to
// its own. wasm_exec.js assigns globalThis.Go, globalThis.fs and globalThis.process; the Go
// program's js.Global() is that same object (wasm_exec.js hands its globalThis to the program),
// so neither leaks a name into the page, and the page keeps working if it has its own `Go` or
// `fs`. The modules see two names from the prelude, Go (the class) and goGlobal (to hand values
// to the Go program, such as the callback it calls once it has started).
//
// The proxy reads the page's properties with the page's globalThis as the receiver, so getters
// such as document and location work. A function read from it and called as a method of it, as
// js.Global().Call("fetch", …) does, runs with the proxy as `this`, which the browser rejects for
// its own functions: call such functions with js.Global().Get("fetch").Invoke(…) instead.

// scriptHead opens the function scope and defines goGlobal and the head of the Go wrapper.
const scriptHead = `/*! Includes wasm_exec.js: Copyright The Go Authors; BSD-style license, https://go.dev/LICENSE */
(()=>{"use strict";
const goGlobal = (() => {
	const own = Object.create(null);
	return new Proxy(globalThis, {
		get: (page, key) => (Reflect.has(own, key) ? own[key] : Reflect.get(page, key)),
		set: (page, key, value) => { own[key] = value; return true; },
		defineProperty: (page, key, desc) => Reflect.defineProperty(own, key, desc),
		deleteProperty: (page, key) => Reflect.deleteProperty(own, key),
		has: (page, key) => Reflect.has(own, key) || Reflect.has(page, key),
	});
})();
const Go = ((globalThis) => {
`

// scriptGoTail closes the Go wrapper.
const scriptGoTail = `
;return globalThis.Go;
})(goGlobal);
`

// scriptTail closes the function scope.
const scriptTail = "})();\n"

// Script returns the editor's script, not minified: the prelude around wasmExec (the contents of
// the toolchain's lib/wasm/wasm_exec.js), then modules (the output of Flatten).
func Script(wasmExec, modules []byte) ([]byte, error) {
	if !bytes.Contains(wasmExec, []byte("globalThis.Go = class")) {
		return nil, errors.New("wasm_exec.js does not assign globalThis.Go = class …: the prelude needs updating for this Go release")
	}
	var b bytes.Buffer
	b.WriteString(scriptHead)
	b.Write(wasmExec)
	b.WriteString(scriptGoTail)
	b.Write(modules)
	if len(modules) > 0 && modules[len(modules)-1] != '\n' {
		b.WriteByte('\n')
	}
	b.WriteString(scriptTail)
	return b.Bytes(), nil
}

// minifyScript minifies the script made by Script. A syntax error names the module and its line.
func minifyScript(src []byte) ([]byte, error) {
	out, err := minifier.Bytes("text/javascript", src)
	if err != nil {
		var perr *parse.Error
		if errors.As(err, &perr) {
			return nil, fmt.Errorf("%s: %s", scriptPlace(src, perr.Line), perr.Message)
		}
		return nil, fmt.Errorf("minifying the script: %v", err)
	}
	return out, nil
}

// scriptPlace names the file and line of line n (1-based) of a script made by Script, using the
// comment that Flatten puts before each module.
func scriptPlace(src []byte, n int) string {
	file, start := "the bundle's prelude or wasm_exec.js", 0
	for i, line := range bytes.SplitAfter(src, []byte("\n")) {
		if i+1 >= n {
			break
		}
		if name, ok := bytes.CutPrefix(line, []byte("// ")); ok && bytes.HasSuffix(bytes.TrimSpace(name), []byte(".js")) && !bytes.ContainsAny(bytes.TrimSpace(name), " \t") {
			file, start = string(bytes.TrimSpace(name)), i+1
		}
	}
	return fmt.Sprintf("%s:%d", file, n-start)
}
