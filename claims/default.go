package claims

import (
	_ "embed" // the default claim set is compiled in
	"sync"
)

// defaultJSON is the default claim set. Edit claims/default.json and rebuild to change it.
//
//go:embed default.json
var defaultJSON []byte

var defaultSet = sync.OnceValue(func() *ClaimSet {
	set, err := Load("claims/default.json", defaultJSON)
	if err != nil {
		panic("claims: the built-in claim set is invalid: " + err.Error())
	}
	return set
})

// Default returns the built-in claim set: the 2025 transfers of cartel figures from Mexico to the
// US (docs/claimset.md describes the format).
func Default() *ClaimSet { return defaultSet() }

// DefaultJSON returns the built-in claim set as written.
func DefaultJSON() []byte { return append([]byte(nil), defaultJSON...) }
