module github.com/claimcheck/claimcheck

go 1.26

require (
	github.com/google/go-cmp v0.7.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/syumai/workers v0.32.0
)

require golang.org/x/text v0.14.0 // indirect

tool github.com/syumai/workers/cmd/workers-assets-gen
