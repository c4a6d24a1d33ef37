// Command claimcheck checks news drafts against a claim set (a newsroom's fact sheet).
//
//	claimcheck [check] [flags] [FILE|-]...
//
// It reads each FILE (standard input when there is none, or for "-"), prints every contradiction
// as file:line:col: severity: message, or the whole report as JSON with -format json, and exits
// 0 when no finding is an error, 1 when one is, and 2 on bad usage, an unreadable or invalid
// input, or a bad claim set.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
