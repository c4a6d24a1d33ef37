// Command loadtest measures the native server under load: it starts claimcheck serve on
// 127.0.0.1, checks one draft over and over on keep-alive connections for a fixed time, and
// reports requests per second and latency percentiles. Every response must be a 200 that is
// byte for byte the first one; any other answer is an error. It exits 1 on any error or when
// the targets are missed, so make bench fails then.
//
//	go run ./internal/loadtest -server bin/claimcheck -draft api/testdata/draft-7k.txt
//
// It is a closed loop, as wrk is: each connection sends its next request when the last answer
// has arrived, so the latencies are those of a server kept busy, not of an open arrival rate.
// The generator is written for little CPU (requests prepared once, responses read with one
// reused buffer), because it shares the machine's cores with the server it measures.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	server := flag.String("server", "", "claimcheck binary to start with serve on 127.0.0.1 (or -url)")
	base := flag.String("url", "", "base URL of a server already running on this machine")
	draftPath := flag.String("draft", "api/testdata/draft-7k.txt", "the draft to check")
	content := flag.String("content", "json", "how to send the draft: json or plain")
	conns := flag.Int("connections", 8, "keep-alive connections, each one request at a time")
	duration := flag.Duration("duration", 10*time.Second, "how long to measure")
	warmup := flag.Duration("warmup", 2*time.Second, "load before measuring")
	minRPS := flag.Float64("min-rps", 5000, "fail below this many checks per second")
	maxP99 := flag.Duration("max-p99", 20*time.Millisecond, "fail at or above this 99th percentile latency")
	procs := flag.Int("procs", 1, "threads running the load generator's Go code (GOMAXPROCS), to leave the cores to the server")
	flag.Parse()
	runtime.GOMAXPROCS(*procs)

	if err := run(*server, *base, *draftPath, *content, *conns, *duration, *warmup, *minRPS, *maxP99); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(server, base, draftPath, content string, conns int, duration, warmup time.Duration, minRPS float64, maxP99 time.Duration) error {
	draft, err := os.ReadFile(draftPath)
	if err != nil {
		return err
	}
	if (server == "") == (base == "") {
		return errors.New("give -server or -url")
	}
	if server != "" {
		var stop func() error
		if base, stop, err = start(server); err != nil {
			return err
		}
		defer func() {
			if err := stop(); err != nil {
				fmt.Fprintln(os.Stderr, "loadtest: stopping the server:", err)
			}
		}()
	}
	host, err := loopback(base)
	if err != nil {
		return err
	}
	body, contentType := draft, "text/plain; charset=utf-8"
	if content == "json" {
		body, _ = json.Marshal(map[string]string{"text": string(draft)})
		contentType = "application/json"
	}
	request := []byte(fmt.Sprintf("POST /api/v1/check HTTP/1.1\r\nHost: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", host, contentType, len(body)))
	request = append(request, body...)

	// The answer every request must get.
	res, err := http.Post(base+"/api/v1/check", contentType, bytes.NewReader(body))
	if err != nil {
		return err
	}
	want, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || res.StatusCode != http.StatusOK {
		return fmt.Errorf("first check: %d %v %s", res.StatusCode, err, want)
	}

	fmt.Printf("load: %s (%d bytes) as %s, %d connections, %v after %v of warm-up, against %s\n",
		draftPath, len(draft), contentType, conns, duration, warmup, base)
	var measuring atomic.Bool
	var errs atomic.Int64
	var firstErr atomic.Value
	lat := make([][]time.Duration, conns)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := range conns {
		lat[i] = make([]time.Duration, 0, 1<<17)
		wg.Go(func() {
			if err := load(ctx, host, request, want, &measuring, &lat[i]); err != nil {
				errs.Add(1)
				firstErr.CompareAndSwap(nil, err)
			}
		})
	}
	time.Sleep(warmup)
	measuring.Store(true)
	t0 := time.Now()
	time.Sleep(duration)
	measuring.Store(false)
	elapsed := time.Since(t0)
	cancel()
	wg.Wait()

	all := slices.Concat(lat...)
	slices.Sort(all)
	if len(all) == 0 {
		return fmt.Errorf("no request completed: %v", firstErr.Load())
	}
	rps := float64(len(all)) / elapsed.Seconds()
	pct := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
	fmt.Printf("requests: %d in %.1fs = %.0f/s; errors: %d\n", len(all), elapsed.Seconds(), rps, errs.Load())
	fmt.Printf("latency: p50 %v  p90 %v  p99 %v  p99.9 %v  max %v\n",
		round(pct(0.50)), round(pct(0.90)), round(pct(0.99)), round(pct(0.999)), round(all[len(all)-1]))
	var missed []string
	if n := errs.Load(); n > 0 {
		missed = append(missed, fmt.Sprintf("%d errors (first: %v)", n, firstErr.Load()))
	}
	if rps < minRPS {
		missed = append(missed, fmt.Sprintf("%.0f checks/s is below %.0f", rps, minRPS))
	}
	if p99 := pct(0.99); p99 >= maxP99 {
		missed = append(missed, fmt.Sprintf("p99 %v is not under %v", round(p99), maxP99))
	}
	if len(missed) > 0 {
		return errors.New(strings.Join(missed, "; "))
	}
	fmt.Printf("targets met: ≥ %.0f checks/s, p99 < %v, no errors\n", minRPS, maxP99)
	return nil
}

func round(d time.Duration) time.Duration { return d.Round(10 * time.Microsecond) }

// loopback returns the host:port of base, refusing anything but this machine.
func loopback(base string) (string, error) {
	hostport := strings.TrimSuffix(strings.TrimPrefix(base, "http://"), "/")
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		return "", fmt.Errorf("-url %q: %v", base, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return "", fmt.Errorf("-url %q: the load goes to this machine only (127.0.0.0/8, ::1, localhost)", base)
	}
	return hostport, nil
}

// load sends request over one connection until ctx is done, checking each answer against want
// and recording the latencies of those sent while measuring.
func load(ctx context.Context, host string, request, want []byte, measuring *atomic.Bool, lat *[]time.Duration) error {
	conn, err := net.Dial("tcp", host)
	if err != nil {
		return err
	}
	defer conn.Close()
	context.AfterFunc(ctx, func() { conn.SetDeadline(time.Now()) })
	r := bufio.NewReaderSize(conn, 64<<10)
	got := make([]byte, len(want))
	for ctx.Err() == nil {
		t := time.Now()
		if _, err := conn.Write(request); err != nil {
			return stopped(ctx, err)
		}
		n, err := readResponse(r, got)
		if err != nil {
			return stopped(ctx, err)
		}
		if n != len(want) || !bytes.Equal(got, want) {
			return fmt.Errorf("a response differs from the first (%d bytes, want %d)", n, len(want))
		}
		if measuring.Load() {
			*lat = append(*lat, time.Since(t))
		}
	}
	return nil
}

// stopped drops the error of a read or write cut by the end of the run.
func stopped(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// readResponse reads one HTTP/1.1 response with a Content-Length into buf, which must be as
// large as the body, and returns the body's length; any status but 200 is an error.
func readResponse(r *bufio.Reader, buf []byte) (int, error) {
	line, err := r.ReadSlice('\n')
	if err != nil {
		return 0, err
	}
	if !bytes.HasPrefix(line, []byte("HTTP/1.1 200 ")) {
		return 0, fmt.Errorf("status %q", bytes.TrimSpace(line))
	}
	length := -1
	for {
		line, err := r.ReadSlice('\n')
		if err != nil {
			return 0, err
		}
		if len(line) <= 2 {
			break
		}
		if len(line) > 16 && bytes.EqualFold(line[:15], []byte("Content-Length:")) {
			length, err = strconv.Atoi(string(bytes.TrimSpace(line[15:])))
			if err != nil {
				return 0, fmt.Errorf("bad Content-Length %q", line)
			}
		}
	}
	if length < 0 || length > len(buf) {
		return 0, fmt.Errorf("response of %d bytes, want %d", length, len(buf))
	}
	_, err = io.ReadFull(r, buf[:length])
	return length, err
}

var listening = regexp.MustCompile(`msg=listening url=(http://\S+)`)

// start runs bin serve on a free port of 127.0.0.1 and returns its base URL and a function that
// stops it with SIGTERM, as an operator would. The server's log is read and dropped.
func start(bin string) (string, func() error, error) {
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0")
	logs, err := cmd.StderrPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop := func() error {
		cmd.Process.Signal(syscall.SIGTERM)
		return cmd.Wait()
	}
	sc := bufio.NewScanner(logs)
	found := make(chan string, 1)
	go func() {
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
		}
		io.Copy(io.Discard, logs) // one line per request
	}()
	select {
	case url := <-found:
		return url, stop, nil
	case <-time.After(30 * time.Second):
		stop()
		return "", nil, errors.New(bin + " serve did not say where it listens within 30s")
	}
}
