//go:build js

package claims

// parallel is false in the browser build: Go's WebAssembly runs every goroutine on one thread,
// so a pipelined check would only add code to download.
const parallel = false
