package claims

// Messages are built for findings and for a claim set's problems, in many places. The helpers
// here keep what they call out of line: inlined, strconv.Quote and strconv.Itoa added a few
// hundred bytes of WebAssembly at each of their 36 call sites.

import "strconv"

// quote is strconv.Quote, kept out of line.
//
//go:noinline
func quote(s string) string { return strconv.Quote(s) }

// decimal is strconv.Itoa, kept out of line.
//
//go:noinline
func decimal(n int) string { return strconv.Itoa(n) }
