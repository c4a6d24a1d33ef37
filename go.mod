module github.com/claimcheck/claimcheck

go 1.26

require github.com/google/go-cmp v0.7.0

require github.com/syumai/workers v0.32.0

tool github.com/syumai/workers/cmd/workers-assets-gen
