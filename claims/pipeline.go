package claims

// A long draft is recognized and judged at once, on two processors: the calling goroutine
// recognizes sentence after sentence while another judges the sentences already recognized.
// The two stages cost about the same, and the matcher reads nothing of a sentence not yet
// handed over (check.go), so each stage waits for the other only at the end.
//
// What the stages share, and why it is safe without locks: the tokens and sentences are complete
// before either starts; the recognizer writes one thing into tokens, the fNoFact flag of a
// number it finds states no fact, and only into the sentence it is recognizing, which the
// matcher does not read until it is handed over. The recognizer writes each sentence's clause numbers,
// phrase hits (hitBuf, c.hits[si]), date tokens, mentions, and what prepare works out for the
// matcher (c.prep[si], cueBuf, dateBuf) before it hands the sentence over in a batch, on a
// channel, and never writes them again. It appends later mentions, hits, unit claims, cue hits
// and dates past what it handed over, to a new array when one fills, leaving the old one, which
// the matcher reads, as it was. The matcher reads those buffers only through the slices each
// batch carries, never through the recognizer's own. Only the matcher writes its state, the
// findings and c.best.
//
// A panic in either stage reaches the caller of Check, as it would without the pipeline, and
// only once the other stage has stopped.

// pipelineTokens is the draft length, in tokens (about 25 KB of text), from which a check is
// pipelined; and batchTokens how many tokens of sentences go in one batch. A batch a
// hundredth of a 1 MB draft keeps the wait at the end short and the hand-overs cheap.
const (
	pipelineTokens = 4096
	batchTokens    = 2048
)

// batch hands the sentences [si0, si1) over to the matcher, with every mention recognized so
// far.
type batch struct {
	si0, si1 int
	ms       []mention
	units    []int     // the unit buffer the mentions point into
	cues     []cueHit  // the sentences' cue hits (prepare)
	dates    []dateHit // the sentences' event dates (prepare)
}

// pipeline recognizes and judges every sentence, in two goroutines.
func (c *Checker) pipeline() {
	ch, done := make(chan batch, 8), make(chan any, 1)
	go c.judgeBatches(ch, done)
	fault, stopped := c.recognizeBatches(ch, done)
	if !stopped {
		c.checkpoints() // while the matcher judges the last batches
		fault = <-done
	}
	if fault != nil {
		panic(fault) // the matcher's, now in the caller's goroutine
	}
}

// recognizeBatches recognizes the sentences and hands them over in batches on ch. It returns
// early, with stopped set, if the matcher stopped on a fault, which it returns.
func (c *Checker) recognizeBatches(ch chan<- batch, done <-chan any) (fault any, stopped bool) {
	defer func() {
		close(ch)
		if p := recover(); p != nil {
			if !stopped {
				<-done // the matcher finishes what it was handed before the panic goes on
			}
			panic(p)
		}
	}()
	r := &c.r
	si0 := 0
	for si := range c.sents {
		c.recognizeSentence(si)
		if c.sents[si].t1-c.sents[si0].t0 >= batchTokens || si == len(c.sents)-1 {
			select {
			case ch <- batch{si0, si + 1, r.mentions, r.unitBuf, c.cueBuf, c.dateBuf}:
			case fault = <-done:
				return fault, true
			}
			si0 = si + 1
		}
	}
	return nil, false
}

// judgeBatches judges the sentences of each batch, in order, as the sequential check does, and
// reports on done, once ch is closed, the panic that stopped it, or nil.
func (c *Checker) judgeBatches(ch <-chan batch, done chan<- any) {
	defer func() { done <- recover() }()
	m := &c.m
	next := 0 // the first mention not yet judged
	for b := range ch {
		for si := b.si0; si < b.si1; si++ {
			end := next
			for end < len(b.ms) && b.ms[end].sent == si {
				end++
			}
			m.ms, m.units, m.cueBuf, m.dateBuf = b.ms[:end], b.units, b.cues, b.dates
			m.judge(next)
			next = end
		}
	}
}
