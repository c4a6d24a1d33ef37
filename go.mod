module github.com/claimcheck/claimcheck

go 1.26

require github.com/google/go-cmp v0.7.0
