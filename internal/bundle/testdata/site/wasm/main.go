//go:build js && wasm

// Command wasm is a stand-in engine: it calls the callback the page left for it.
package main

import "syscall/js"

func main() {
	js.Global().Call("standInReady")
}
