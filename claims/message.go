package claims

// Messages are built for findings and for a claim set's problems, in many places. The helpers
// here keep what they call out of line: inlined, strconv.Itoa and strconv.Quote add a few
// hundred bytes of WebAssembly at each call site.

import "strconv"

// decimal is strconv.Itoa, kept out of line.
//
//go:noinline
func decimal(n int) string { return strconv.Itoa(n) }

// quote is strconv.Quote, kept out of line, for the loader's messages. The findings' messages
// call strconv.Quote itself: inlined into a concatenation, its result needs no allocation of its
// own, and checking a draft makes those messages by the thousand.
//
//go:noinline
func quote(s string) string { return strconv.Quote(s) }
