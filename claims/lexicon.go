package claims

// The lexicon holds every word the engine gives a meaning to. The base part is English: number
// words, months, weekdays, hedges, units of time, office titles, function words. A claim set adds
// its own words (cues, units, names) when it loads. Words are folded (fold.go) and numbered; a
// token carries the number, so recognizers never compare strings in the hot path.

import (
	"strings"
	"unicode/utf8"
)

// Word roles, a bit set.
const (
	rFunction   uint32 = 1 << iota // the, were, of: a number before it stands alone ("the 26 were")
	rOfficeHead                    // minister, president: makes a run of words an office title
	rNegation                      // not, never, unlike
	rFuture                        // will, next, scheduled
	rClause                        // but, while: starts a new clause
	rDeterminer                    // the, a, an
	rRelation                      // leader, head, member, of: ties a person to a group
	rTimeOfDay                     // a.m., p.m., GMT
	rTotal                         // total, combined, altogether
	rModifier                      // deputy, acting, former, vice: changes an office
	rStarts                        // may start a typed mention (number word, month, hedge, article…)
	rLabel                         // highway, article, flight: names a thing by the number after it
	rSpeech                        // said, told: a day after it is the day something was said
	rAudience                      // reporters: "told reporters Wednesday"
	rOverVerb                      // handed, turned: takes "over" as its particle, not as a hedge
	rCollective                    // group, contingent: "a 26-strong group of prisoners"
	rAge                           // age, aged: the number after it is an age
	rCopula                        // is, was, became: "the operation was the second"
	rUpDown                        // up, down: "up from the 25% levy"
	rSource                        // familiar, briefed: "two people familiar with the matter"
	rUntil                         // until, through: the date after it ends something
	rRunVerb                       // runs, lasts: "runs to late October"
	rStartVerb                     // start, began: "was supposed to start on Feb. 4"
	rEndVerb                       // closes, expires: "the window closes in late October"
	rTally                         // counting: "Counting the 29 sent in February, Mexico has sent 55"
	rTotalVerb                     // brings, makes: "brings the total to 55", "makes 55"
	rParticiple                    // caught, held: a past participle not in -ed that opens an aside
	rOther                         // other, others: "25 other prisoners" leaves someone out
	rMore                          // more, additional, extra: "90 more days"
	rOtherRate                     // inflation, benchmark, poll: a rate of something else
)

// Hedges that turn a number into an interval.
type hedgeKind uint8

const (
	hedgeNone    hedgeKind = iota
	hedgeAbout             // about, some, roughly: ±10%
	hedgeNearly            // nearly, almost: just below
	hedgeOver              // more than, over: above
	hedgeAtLeast           // at least: at or above
	hedgeUnder             // fewer than, under: below
	hedgeAtMost            // up to, at most: at or below
)

// wordInfo is what the engine knows of one word.
type wordInfo struct {
	num    int32 // cardinal value of a number word ("twenty" 20), -1 if none
	scale  int32 // hundred 100, thousand 1000, million 1e6, dozen 12; 0 if none
	ord    int8  // ordinal value ("second" 2)
	month  int8  // 1..12
	wday   int8  // 1 Monday .. 7 Sunday
	season int8  // 1 early, 2 mid, 3 late
	dur    DurationUnit
	hedge  hedgeKind
	cur    currency // dollars, euros, pesos
	roles  uint32
}

// lexicon maps folded words to ids and ids to what is known of them. Id 0 means unknown.
type lexicon struct {
	ids  map[string]int32
	info []wordInfo

	// Claim-set phrases, indexed by the id of their first word.
	phrases   [][]phraseStart // first word id → the phrases it starts
	list      []phrase
	typos     map[string]int32 // one-deletion variants of long name words → the name word's id
	typoMasks []uint32         // runeMask of each long name word, to rule most words out at once
	nameWords map[int32]bool   // ids of words that occur in names, for typo matching

	// The word table (see lookupWord), built from ids once the lexicon is complete.
	slots []wordSlot
	words []string // id → folded word
}

// phraseRole says what a claim-set phrase stands for.
type phraseRole uint8

const (
	phEventCue  phraseRole = iota + 1 // target: event index
	phClaimCue                        // target: claim index
	phUnit                            // target: claim index
	phName                            // target: claim index (person or group); canonical: the spelling
	phOffice                          // target: claim index of the person; an acceptable office
	phQualifier                       // target: claim index of the person
	phParty                           // target: 0 a party the set is about, 1 another (see parties)
)

// phrase is a claim-set word sequence to find in drafts.
type phrase struct {
	words     []int32
	role      phraseRole
	target    int
	canonical string // for names: the canonical spelling of this alias; for units, singularForm

	canonWords []string // for names: the words of canonical as written, for judging spelling
}

// phraseStart is a phrase as found from its first word.
type phraseStart struct {
	ph     int32   // index into list
	second int32   // id of the phrase's second word, 0 for a one-word phrase: most candidates fail there
	words  []int32 // the phrase's words, as in list, kept here for the scan to read in one place
}

// singularForm marks a unit phrase made by dropping the plural "s" of the claim set's noun.
const singularForm = "singular"

var base = newBaseLexicon()

// Ids of base words used by the recognizers.
var (
	wA, wAn, wAnother, wAnd, wOf, wThe, wPercent, wPer, wCent, wPercentage, wPoint, wPoints,
	wPct, wIn, wOn, wHalf, wDozen, wDozens, wThis, wLast, wYear, wAgo, wSuch, wIts, wKind,
	wStrong, wAll, wTotal, wTo, wMore, wThan, wLess, wFewer, wAt, wLeast, wMost, wClose, wUp,
	wAs, wMany, wJust, wNo, wSome, wOver, wUnder, wNearly, wAlmost, wAbout, wAround, wRoughly,
	wApproximately, wUpwards, wEstimated, wAn2, wMid, wEarly, wLate, wSpring, wSummer, wAutumn,
	wFall, wWinter, wKnown, wAlso, wWho, wCalled, wNicknamed, wAlias, wAka, wSaid, wFrom,
	wMillion, wBillion, wThousand, wM, wBn, wK, wTwo, wBoth, wEarlier, wLater, wMay,
	wMarch, wTimes, wCombined, wAltogether, wTogether, wBringing,
	wBefore, wAfter, wPrior, wSince, wOld, wDay, wHas, wHave,
	wBy, wWith, wFor, wThese, wThose, wUntil, wThrough, wNext, wEnd, wStart, wBeginning, wMiddle,
	wSo, wFar, wCentury, wUpdated, wPublished, wPosted, wFiled, wDated, wModified, wIssued, wYesterday,
	wOr, wOut int32
)

// baseWords is the base lexicon, as data rather than code (built call by call, it compiled to
// over 100 KB of WebAssembly). It is a list of groups, each a header key=value followed by
// words: the words take that value of the key (roles add up; other keys overwrite). Words are
// numbered in order of first appearance, so the table's order fixes every word's id. The
// words of the last group, ids=, give the variables of baseIDs their ids, in order.
const baseWords = `
num=0 zero num=1 one num=2 two num=3 three num=4 four num=5 five num=6 six num=7 seven
num=8 eight num=9 nine num=10 ten num=11 eleven num=12 twelve num=13 thirteen num=14 fourteen
num=15 fifteen num=16 sixteen num=17 seventeen num=18 eighteen num=19 nineteen num=20 twenty
num=30 thirty num=40 forty num=50 fifty num=60 sixty num=70 seventy num=80 eighty num=90 ninety
scale=100 hundred scale=1000 thousand k scale=1000000 million m mn scale=1000000000 billion bn b
scale=12 dozen
ord=1 first ord=2 second ord=3 third ord=4 fourth ord=5 fifth ord=6 sixth ord=7 seventh
ord=8 eighth ord=9 ninth ord=10 tenth ord=11 eleventh ord=12 twelfth ord=13 thirteenth
ord=14 fourteenth ord=15 fifteenth ord=16 sixteenth ord=17 seventeenth ord=18 eighteenth
ord=19 nineteenth ord=20 twentieth ord=1 initial
month=1 january jan month=2 february feb month=3 march mar month=4 april apr month=5 may
month=6 june jun month=7 july jul month=8 august aug month=9 september sept sep
month=10 october oct month=11 november nov month=12 december dec
wday=1 monday mon wday=2 tuesday tue tues wday=3 wednesday wed wday=4 thursday thu thurs
wday=5 friday fri wday=6 saturday sat wday=7 sunday sun
season=1 early earlier beginning start season=2 mid middle season=3 late later end
dur=hour hour hours dur=day day days dur=week week weeks dur=month month months
dur=year year years dur=decade decade decades
hedge=about about some roughly around approximately approx circa estimated nearly- an
hedge=none an
hedge=nearly nearly almost
hedge=over over upwards exceeding
hedge=under under below
cur=USD dollar dollars usd cur=EUR euro euros eur cur=GBP pound pounds gbp
cur=MXN peso pesos mxn cur=CAD cad
role=function the a an of in on at to for from by with and or but as were was are is be been
	being have has had will would could should may might must can did do does who whom whose which
	that this these those it they them their its he she his her we our said says say told also all
	each both more other others into onto after before since until during among including included
	include includes now then than so if when while where because out up down off last next this
	ago earlier later total altogether combined together already still just only not no nor such
	per via against under over about across between through behind within without whether sent
	flown expelled transferred extradited handed delivered deported taken arrived landed went came
	got made left remain remained face faces had went became become wanted accused charged named
	listed
role=officehead president minister secretary attorney general ambassador consul governor senator
	mayor director chief judge commissioner chancellor spokesman spokeswoman spokesperson analyst
	agent officer treasurer clerk councillor councilor councilman councilwoman councilmember chair
	chairman chairwoman chairperson speaker representative rep sen gen prosecutor lieutenant
	commander colonel admiral sheriff inspector superintendent manager administrator economist
	professor expert official lawyer controller comptroller auditor prime premier king queen envoy
	diplomat head leader founder boss coordinator undersecretary czar tsar member adviser advisor
	deputy vice assistant acting interim former ex associate solicitor marshal sergeant captain
	major ceo president-elect
role=modifier deputy vice assistant acting interim former ex associate undersecretary sub under
	lieutenant
role=negation not never unlike neither nor no n't without except excluding denied denies deny
	false falsely wrongly incorrectly contrary rather instead
role=future will next scheduled due upcoming plans planned expected would shall coming tomorrow could might intends intend
role=clause but and while whereas although though however meanwhile unlike than after before
	since until when whereas plus versus vs
role=determiner the a an its his her their this that
role=relation leader head chief boss founder co-founder member members of from leads led heads
	headed ran runs founded commander kingpin capo lieutenant financier figure operator associate
	belongs belonged belong chairs chaired chair joined joins lead leading heading running chief
role=timeofday a.m. p.m. am pm gmt utc et est edt pst cst bst cet o'clock
role=total total totaling totalling altogether combined together overall all bring brings
	bringing make makes
role=starts a an another more fewer less at up as close just no upwards us u.s. c ca mex mx mid
	yesterday half
role=label highway route interstate article section chapter title amendment clause paragraph
	rule decree resolution bill law case docket flight gate terminal room building floor unit
	precinct district ward platform channel exhibit item form camp zone level phase stage act
	regulation order box lot block plot pier hangar runway grade courtroom court cell suite no
	number apartment bay dock berth booth seat row window line
role=age age ages aged
role=copula is was be been became becomes remains remained marks marked
role=updown up down
role=source familiar briefed knowledgeable
role=until until through till into
role=tally counting
role=totalverb make makes making bring brings bringing
role=participle caught held sought known born taken brought seen shot kept
role=other other others
role=more more additional extra
role=otherrate inflation interest benchmark approval poll polls unemployment growth gdp yield
	yields bank central fed reserve
role=endverb close closes closed closing expire expires expired expiring lapse lapses lapsed
role=runverb run runs ran last lasts lasted extends extended
role=startverb start starts started starting begin begins began beginning effective
role=speech said says told added stated noted explained wrote commented remarked insisted argued
	tweeted briefed published reported
role=audience reporters journalists lawmakers senators
role=oververb hand hands handed handing turn turns turned turning pass passes passed passing
	sign signs signed signing
role=collective group contingent batch team party delegation cohort convoy force unit crew squad
	detachment column
ids= a an another and of the percent per cent percentage point points pct in on half dozen
	dozens this last before after prior since old day has have year ago such its kind strong all
	total to more than less fewer at least most close up as many just no some over under nearly
	almost about around roughly approximately upwards estimated an mid early late spring summer
	autumn fall winter known also who called nicknamed alias aka said from million billion thousand
	m bn k two both earlier later may march times combined altogether together bringing by with for
	these those until through next end start beginning middle so far century updated published
	posted filed dated modified issued yesterday or out
`

// baseIDs are the variables baseWords' ids= group sets, in its order.
var baseIDs = [...]*int32{
	&wA, &wAn, &wAnother, &wAnd, &wOf, &wThe, &wPercent, &wPer, &wCent, &wPercentage, &wPoint,
	&wPoints, &wPct, &wIn, &wOn, &wHalf, &wDozen, &wDozens, &wThis, &wLast, &wBefore, &wAfter,
	&wPrior, &wSince, &wOld, &wDay, &wHas, &wHave, &wYear, &wAgo, &wSuch, &wIts, &wKind, &wStrong,
	&wAll, &wTotal, &wTo, &wMore, &wThan, &wLess, &wFewer, &wAt, &wLeast, &wMost, &wClose, &wUp,
	&wAs, &wMany, &wJust, &wNo, &wSome, &wOver, &wUnder, &wNearly, &wAlmost, &wAbout, &wAround,
	&wRoughly, &wApproximately, &wUpwards, &wEstimated, &wAn2, &wMid, &wEarly, &wLate, &wSpring,
	&wSummer, &wAutumn, &wFall, &wWinter, &wKnown, &wAlso, &wWho, &wCalled, &wNicknamed, &wAlias,
	&wAka, &wSaid, &wFrom, &wMillion, &wBillion, &wThousand, &wM, &wBn, &wK, &wTwo, &wBoth,
	&wEarlier, &wLater, &wMay, &wMarch, &wTimes, &wCombined, &wAltogether, &wTogether, &wBringing,
	&wBy, &wWith, &wFor, &wThese, &wThose, &wUntil, &wThrough, &wNext, &wEnd, &wStart,
	&wBeginning, &wMiddle, &wSo, &wFar, &wCentury, &wUpdated, &wPublished, &wPosted, &wFiled, &wDated,
	&wModified, &wIssued, &wYesterday, &wOr, &wOut,
}

// roleNames names the word roles in baseWords, bit by bit from rFunction.
var roleNames = [...]string{"function", "officehead", "negation", "future", "clause", "determiner",
	"relation", "timeofday", "total", "modifier", "starts", "label", "speech", "audience", "oververb",
	"collective", "age", "copula", "updown", "source", "until", "runverb", "startverb", "endverb", "tally",
	"totalverb", "participle", "other", "more", "otherrate"}

var hedgeNames = [...]string{"none", "about", "nearly", "over", "atleast", "under", "atmost"}

func newBaseLexicon() *lexicon {
	lx := &lexicon{ids: map[string]int32{}, info: []wordInfo{{num: -1}}}
	var key, val string
	n := 0 // the value as a number
	ids := 0
	for _, w := range strings.Fields(baseWords) {
		if k, v, ok := strings.Cut(w, "="); ok {
			key, val = k, v
			n = 0
			for i := 0; i < len(v) && v[i] >= '0' && v[i] <= '9'; i++ {
				n = n*10 + int(v[i]-'0')
			}
			continue
		}
		id := lx.add(w)
		in := &lx.info[id]
		switch key {
		case "num":
			in.num = int32(n)
		case "scale":
			in.scale = int32(n)
		case "ord":
			in.ord = int8(n)
		case "month":
			in.month = int8(n)
		case "wday":
			in.wday = int8(n)
		case "season":
			in.season = int8(n)
		case "dur":
			in.dur = DurationUnit(nameIndex(durationUnitNames[:], val))
		case "hedge":
			in.hedge = hedgeKind(nameIndex(hedgeNames[:], val))
		case "cur":
			in.cur = currencyByCode(val)
		case "role":
			in.roles |= 1 << nameIndex(roleNames[:], val)
		case "ids":
			*baseIDs[ids] = id
			ids++
		}
	}
	// Words that may start a typed mention; every other word is skipped at once.
	for i := range lx.info {
		in := &lx.info[i]
		if in.num >= 0 || in.scale > 0 || in.ord > 0 || in.month > 0 || in.wday > 0 || in.season > 0 || in.hedge != hedgeNone || in.cur != curNone {
			in.roles |= rStarts
		}
	}
	lx.info[wLast].roles |= rStarts // "the last day of July"
	lx.buildTable()
	return lx
}

// nameIndex returns the index of name in names; baseWords uses only names that are there.
func nameIndex(names []string, name string) int {
	for i, s := range names {
		if s == name {
			return i
		}
	}
	panic("claims: unknown name " + name + " in baseWords")
}

// newLexicon extends the base lexicon with a claim set's words and phrases.
func newLexicon(set *ClaimSet) *lexicon {
	lx := &lexicon{ids: make(map[string]int32, len(base.ids)+256), info: append([]wordInfo(nil), base.info...),
		typos: map[string]int32{}, nameWords: map[int32]bool{}}
	for w, id := range base.ids {
		lx.ids[w] = id
	}
	addPhrase := func(s string, role phraseRole, target int, canonical string) {
		var words []int32
		for _, w := range phraseWords(s) {
			words = append(words, lx.add(w))
		}
		if len(words) == 0 {
			return
		}
		p := phrase{words: words, role: role, target: target, canonical: canonical}
		if role == phName {
			p.canonWords = writtenWords(canonical)
		}
		lx.list = append(lx.list, p)
		for int(words[0]) >= len(lx.phrases) {
			lx.phrases = append(lx.phrases, nil)
		}
		ps := phraseStart{ph: int32(len(lx.list) - 1), words: words}
		if len(words) > 1 {
			ps.second = words[1]
		}
		lx.phrases[words[0]] = append(lx.phrases[words[0]], ps)
	}
	// A common noun written as a cue in the singular also matches its plural ("designation",
	// "designations"), unless the claim set uses that plural as a cue of its own. Names and
	// other capitalized cues are left as written: "Quinteros" is a misspelling, not a plural.
	cues := map[string]bool{}
	for _, e := range set.Events {
		for _, c := range e.Cues {
			cues[join(phraseWords(c), " ")] = true
		}
	}
	for _, c := range set.Claims {
		for _, cue := range c.Cues {
			cues[join(phraseWords(cue), " ")] = true
		}
	}
	addCue := func(cue string, role phraseRole, target int) {
		addPhrase(cue, role, target, "")
		if p := cuePlural(phraseWords(cue)); p != "" && !cues[p] && strings.ToLower(cue) == cue {
			addPhrase(p, role, target, "")
		}
	}
	for i, e := range set.Events {
		for _, c := range e.Cues {
			addCue(c, phEventCue, i)
		}
	}
	for i, c := range set.Claims {
		for _, cue := range c.Cues {
			addCue(cue, phClaimCue, i)
		}
		for _, u := range c.Units {
			for k, form := range unitForms(u) {
				if k > 0 && strings.HasSuffix(u, "s") {
					addPhrase(form, phUnit, i, singularForm) // "cartel" from "cartels"
				} else {
					addPhrase(form, phUnit, i, "")
				}
			}
		}
		if c.Kind == ClaimPerson || c.Kind == ClaimGroup {
			for _, n := range append([]string{c.Name}, c.Aliases...) {
				addPhrase(n, phName, i, n)
				for _, w := range phraseWords(n) {
					lx.nameWords[lx.ids[w]] = true
				}
			}
		}
		if c.Office != nil {
			for _, o := range append([]string{c.Office.Title}, c.Office.Aliases...) {
				addPhrase(o, phOffice, i, c.Office.Title)
			}
			for _, q := range c.Office.Qualifiers {
				addPhrase(q, phQualifier, i, "")
			}
		}
	}
	// A party's possessive is its own word where another phrase holds it (the qualifier
	// "Mexico's"): the party phrase is added in that form too, or "Mexico's 25%" names no one.
	for target, list := range [...][]string{set.Subjects, set.Others} {
		for _, p := range list {
			addPhrase(p, phParty, target, "")
			if w := phraseWords(p); len(w) > 0 {
				if _, ok := lx.ids[w[len(w)-1]+"'s"]; ok {
					addPhrase(p+"'s", phParty, target, "")
				}
			}
		}
	}
	// One-letter misspellings of long name words: index every one-deletion variant. Words are
	// taken in id order, so that where two names share a variant the same one wins every time.
	names := make([]string, len(lx.info)) // id → the name word, "" for other words
	for w, id := range lx.ids {
		if lx.nameWords[id] && utf8.RuneCountInString(w) >= 5 {
			names[id] = w
		}
	}
	var buf []byte
	for id, w := range names {
		if w == "" {
			continue
		}
		id := int32(id)
		lx.typos[w] = id
		lx.typoMasks = append(lx.typoMasks, runeMask(w))
		for i, r := range w {
			buf = append(append(buf[:0], w[:i]...), w[i+utf8.RuneLen(r):]...)
			if _, taken := lx.typos[string(buf)]; !taken {
				lx.typos[string(buf)] = id
			}
		}
	}
	lx.buildTable()
	return lx
}

// cuePlural returns a cue phrase (as folded words) with its last word in the plural, or "" when
// that word is not a singular noun that takes a regular plural: a word of letters only, of four
// or more, not a participle ("designated", "designating") nor already ending in "s".
func cuePlural(words []string) string {
	if len(words) == 0 {
		return ""
	}
	w := words[len(words)-1]
	if len(w) < 4 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	forms := unitForms(w)
	if len(forms) < 2 {
		return ""
	}
	return join(append(words[:len(words)-1:len(words)-1], forms[1]), " ")
}

// unitForms returns a unit phrase with its last word in singular and plural.
func unitForms(u string) []string {
	forms := []string{u}
	switch {
	case len(u) > 3 && u[len(u)-3:] == "ies":
		forms = append(forms, u[:len(u)-3]+"y")
	case len(u) > 2 && u[len(u)-1] == 's' && u[len(u)-2] != 's':
		forms = append(forms, u[:len(u)-1])
	case len(u) > 1 && u[len(u)-1] == 'y':
		forms = append(forms, u[:len(u)-1]+"ies")
	case len(u) > 0 && (u[len(u)-1] >= 'a' && u[len(u)-1] <= 'z'):
		if u[len(u)-1] == 'h' || u[len(u)-1] == 'x' {
			forms = append(forms, u+"es")
		} else {
			forms = append(forms, u+"s")
		}
	}
	return forms
}

func (lx *lexicon) add(w string) int32 {
	if id, ok := lx.ids[w]; ok {
		return id
	}
	id := int32(len(lx.info))
	lx.ids[w] = id
	lx.info = append(lx.info, wordInfo{num: -1})
	return id
}

// The word table finds a word's id from the draft's bytes without building a string or calling
// the map's hash: nearly every word of a draft is ASCII, and for those the lexer's lookup folds
// and hashes in one pass and compares with the lexicon's spelling byte by byte. It is an
// open-addressing table (linear probing) over the lexicon's folded words, built once per lexicon
// and at most half full. The map ids stays the authority; the table only speeds up reading it.

// wordSlot is one entry of the word table.
type wordSlot struct {
	hash uint32 // hash of the folded word
	id   int32  // 0: empty
}

// FNV-1a, byte by byte: cheap enough to run while folding.
const (
	hashSeed  uint32 = 2166136261
	hashPrime uint32 = 16777619
)

func hashString(s string) uint32 {
	h := hashSeed
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * hashPrime
	}
	return h
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// buildTable fills words and slots from ids. It runs once the lexicon is complete.
func (lx *lexicon) buildTable() {
	lx.words = make([]string, len(lx.info))
	for w, id := range lx.ids {
		lx.words[id] = w
	}
	n := 64
	for n < 2*len(lx.ids) {
		n *= 2
	}
	lx.slots = make([]wordSlot, n)
	mask := uint32(n - 1)
	for id := 1; id < len(lx.words); id++ {
		h := hashString(lx.words[id])
		k := h & mask
		for lx.slots[k].id != 0 {
			k = (k + 1) & mask
		}
		lx.slots[k] = wordSlot{hash: h, id: int32(id)}
	}
}

// id returns the id of a word already folded (or of a number as written), or 0: lx.ids[w]
// without hashing w twice.
func (lx *lexicon) id(w string) int32 {
	h := hashString(w)
	mask := uint32(len(lx.slots) - 1)
	for k := h & mask; lx.slots[k].id != 0; k = (k + 1) & mask {
		if s := lx.slots[k]; s.hash == h && lx.words[s.id] == w {
			return s.id
		}
	}
	return 0
}

// idASCII returns the id of the ASCII word w, folded to lower case, given h, the hash of its
// folded form; 0 when unknown.
func (lx *lexicon) idASCII(h uint32, w string) int32 {
	mask := uint32(len(lx.slots) - 1)
	for k := h & mask; lx.slots[k].id != 0; k = (k + 1) & mask {
		if s := lx.slots[k]; s.hash == h && equalFoldASCII(lx.words[s.id], w) {
			return s.id
		}
	}
	return 0
}

// equalFoldASCII reports whether w, in lower case, is folded. w holds only ASCII letters, digits
// and apostrophes, the bytes the lexer lets into an ASCII word, and c|0x20 lowers each of them.
func equalFoldASCII(folded, w string) bool {
	if len(folded) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if folded[i] != w[i]|0x20 {
			return false
		}
	}
	return true
}

// lookupASCII returns the id of the ASCII word folded, given h, the hash of its folded form (the
// lexer computes it as it reads the word), or 0. It gives what lookupWord gives. The word holds
// only letters, digits and apostrophes.
func (lx *lexicon) lookupASCII(word string, h uint32) int32 {
	if len(word) > 64 {
		return 0
	}
	if id := lx.idASCII(h, word); id != 0 {
		return id
	}
	// Possessives: "Mexico's" is looked up as "mexico" when the whole form is unknown.
	if n := len(word); n > 2 && word[n-2] == '\'' && lowerASCII(word[n-1]) == 's' {
		stem := word[:n-2]
		h := hashSeed
		for i := 0; i < len(stem); i++ {
			h = (h ^ uint32(lowerASCII(stem[i]))) * hashPrime
		}
		return lx.idASCII(h, stem)
	}
	return 0
}

// lookupWord returns the id of word folded, or 0. buf holds the folded form of a word that is not
// ASCII.
func (lx *lexicon) lookupWord(word string, buf *[64]byte) int32 {
	if len(word) > len(buf) {
		return 0
	}
	// ASCII: fold and hash in one pass, keeping the hash of all but the last two bytes for a
	// possessive.
	h, stem := hashSeed, uint32(0)
	n := len(word)
	i := 0
	for ; i < n; i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			break
		}
		if i == n-2 {
			stem = h
		}
		h = (h ^ uint32(lowerASCII(c))) * hashPrime
	}
	if i == n {
		if id := lx.idASCII(h, word); id != 0 {
			return id
		}
		// Possessives: "Mexico's" is looked up as "mexico" when the whole form is unknown.
		if n > 2 && word[n-2] == '\'' && lowerASCII(word[n-1]) == 's' {
			return lx.idASCII(stem, word[:n-2])
		}
		return 0
	}
	b := buf[:0]
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		i += size
		b = utf8.AppendRune(b, foldRune(r))
		if len(b) > len(buf)-4 {
			return 0
		}
	}
	if id := lx.id(string(b)); id != 0 {
		return id
	}
	if n := len(b); n > 2 && b[n-2] == '\'' && b[n-1] == 's' {
		return lx.id(string(b[:n-2]))
	}
	return 0
}

// runeMask sets one bit for each rune of s, bit r%32 for rune r.
func runeMask(s string) uint32 {
	var m uint32
	for _, r := range s {
		m |= 1 << (uint32(r) & 31)
	}
	return m
}

// mayMisspell reports whether the folded word w may be one letter off a long name word. It is a
// necessary condition, and cheap: if w less at most one letter and a name word less at most one
// letter are the same, every rune of w but that one letter is a rune of the name word, so w's
// runeMask has at most one bit that the name word's lacks. Most capitalized words fail it for
// every name word, and are not looked up in typos n+1 times.
func (lx *lexicon) mayMisspell(w []byte) bool {
	var mw uint32
	for _, r := range string(w) { // no copy: the compiler ranges over the bytes
		mw |= 1 << (uint32(r) & 31)
	}
	for _, mn := range lx.typoMasks {
		if d := mw &^ mn; d&(d-1) == 0 {
			return true
		}
	}
	return false
}

// typoOf returns the id of the name word that word misspells by one letter, or 0.
func (lx *lexicon) typoOf(word string) int32 {
	if len(lx.typos) == 0 {
		return 0
	}
	// Fold and cut letters in stack buffers: map lookups with string(bytes) keys do not allocate.
	var wb, vb [64]byte
	w := appendFold(wb[:0], word)
	if !lx.mayMisspell(w) {
		return 0
	}
	if id, ok := lx.typos[string(w)]; ok {
		return id
	}
	buf := vb[:0]
	for i, r := range string(w) {
		buf = append(append(buf[:0], w[:i]...), w[i+utf8.RuneLen(r):]...)
		if id, ok := lx.typos[string(buf)]; ok {
			return id
		}
	}
	return 0
}
