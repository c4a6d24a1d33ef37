//go:build !js

package claims

// parallel is whether a long draft is checked on two processors (pipeline.go).
const parallel = true
