package claims

//go:generate go run gen_default.go

import "sync"

// defaultJSON, the default claim set, is in default_json.go, generated from default.json: edit
// default.json and run go generate.

var defaultSet = sync.OnceValue(func() *ClaimSet {
	set, err := Load("claims/default.json", []byte(defaultJSON))
	if err != nil {
		panic("claims: the built-in claim set is invalid: " + err.Error())
	}
	return set
})

// Default returns the built-in claim set: the 2025 transfers of cartel figures from Mexico to the
// US (docs/claimset.md describes the format).
func Default() *ClaimSet { return defaultSet() }

// DefaultJSON returns the built-in claim set as written.
func DefaultJSON() []byte { return []byte(defaultJSON) }
