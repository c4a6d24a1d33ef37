// editor.js is Claimcheck's editor page: it checks the draft as the editor types, draws each
// finding over the words with the CSS Custom Highlight API, lists the findings beside the draft,
// and lets the editor jump, fix and dismiss without leaving the keyboard.
//
// Rules it keeps (see DESIGN.md, "Browser invariants"): checking never changes the draft; offsets
// come from the engine as UTF-16 and are used as they are; text from the editor or a claim set is
// only ever put in the page with textContent; the draft, its dismissals and the claim set are saved
// as the editor types.

import { loadEngine, inflateEmbedded } from './engine.js';
import { DraftText, fillDraft } from './draft.js';
import { Store } from './store.js';
import { occurrenceKeys, claimKey, isProblem, tally, summaryLine, reportJSON, reportMarkdown } from './report.js';
import { SAMPLE_DRAFT } from './sample.js';

const $ = (id) => document.getElementById(id);
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
const GROUP_LABEL = { error: 'Contradictions', warning: 'Warnings', info: 'Confirmed and unchecked' };
// Past this check time (ms), checking waits for a pause in typing rather than running per key.
const SLOW_CHECK_MS = 40;

class Editor {
  constructor() {
    this.draft = $('draft');
    this.list = $('findings');
    this.card = $('card');
    this.engine = null;
    /** @type {import('./engine.js').Finding[]} */
    this.findings = [];
    this.keysOf = null; // the findings whose occurrence keys this.keysCache holds
    this.keysCache = [];
    this.dismissedFlags = [];
    this.dismissed = { occurrences: new Set(), claims: new Set() };
    this.current = -1; // index into this.findings of the finding at the caret or last jumped to
    this.doc = null; // the DraftText of the last check
    this.lastMs = 0; // the recent checks' time, smoothed
    this.checks = 0;
    this.timer = 0;
    this.saveTimer = 0;
    this.panelFrame = 0;
    this.showInfo = false; // confirmed and unchecked findings are listed and drawn on request
    this.nodes = new Map(); // panel elements by occurrence key, reused between checks
    this.store = new Store((problem) => {
      const w = $('storage-warning');
      w.textContent = problem;
      w.hidden = !problem;
    });
  }

  start() {
    const saved = this.store.loadDraft();
    if (saved) {
      fillDraft(this.draft, saved.text);
      this.dismissed.occurrences = new Set(saved.dismissed.occurrences);
      this.dismissed.claims = new Set(saved.dismissed.claims);
    } else {
      fillDraft(this.draft, SAMPLE_DRAFT);
    }
    this.bind();
    this.loadEngine();
  }

  async loadEngine() {
    const status = $('engine-status');
    try {
      const embedded = document.getElementById('claimcheck-engine-data');
      const meta = document.querySelector('meta[name="claimcheck-engine"]');
      this.engine = await loadEngine(() => embedded
        ? inflateEmbedded(embedded.textContent, embedded.dataset.encoding)
        : fetch(new URL(meta.content, document.baseURI)));
    } catch (e) {
      document.documentElement.dataset.engine = 'failed';
      status.textContent = 'The checker could not load (' + (e && e.message ? e.message : e) +
        '). Your draft is safe and you can keep writing; reload the page to try again.';
      return;
    }
    const savedSet = this.store.loadClaimSet();
    if (savedSet) {
      const r = this.engine.loadClaimSet(savedSet.name, savedSet.text);
      if (r.errors) {
        this.store.saveClaimSet(null);
        this.showClaimSetErrors(savedSet.name, r.errors);
      }
    }
    document.documentElement.dataset.engine = 'ready';
    status.textContent = 'Checking as you type.';
    this.check();
    // The claim set's view after the first findings: it is not on screen, and building it
    // costs the start-up.
    this.showClaimSet();
  }

  bind() {
    const d = this.draft;
    d.addEventListener('input', () => this.schedule());
    d.addEventListener('paste', (e) => this.paste(e));
    d.addEventListener('mousemove', (e) => this.hover(e));
    d.addEventListener('mouseleave', () => this.hideCard());
    document.addEventListener('selectionchange', () => this.caretMoved());
    document.addEventListener('keydown', (e) => this.key(e));
    window.addEventListener('pagehide', () => this.save());
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') this.save(); });

    this.list.addEventListener('click', (e) => this.panelClick(e));
    this.list.addEventListener('keydown', (e) => this.panelKey(e));
    $('show-info').addEventListener('change', (e) => {
      this.showInfo = e.target.checked;
      this.list.toggleAttribute('data-show-info', this.showInfo);
      if (this.doc) this.paint();
    });
    $('sample').addEventListener('click', () => this.replaceDraft(SAMPLE_DRAFT));
    $('export-json').addEventListener('click', () => this.exportReport('json'));
    $('export-md').addEventListener('click', () => this.exportReport('md'));
    $('help-open').addEventListener('click', () => $('help-dialog').showModal());
    $('claimset-open').addEventListener('click', () => $('claimset-dialog').showModal());
    $('claimset-file').addEventListener('change', (e) => {
      const file = e.target.files && e.target.files[0];
      if (file) this.loadClaimSetFile(file);
      e.target.value = '';
    });
    $('claimset-default').addEventListener('click', () => this.useDefaultClaimSet());
    for (const id of ['claimset-dialog', 'help-dialog']) {
      $(id).addEventListener('close', () => this.draft.focus());
    }

    // A JSON file dropped anywhere is a claim set; the browser would otherwise open it and leave.
    const drop = $('claimset-drop');
    const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
    document.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      drop.toggleAttribute('data-over', drop.contains(e.target));
    });
    document.addEventListener('dragleave', () => drop.removeAttribute('data-over'));
    document.addEventListener('drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      drop.removeAttribute('data-over');
      const file = e.dataTransfer.files[0];
      if (!file) return;
      if (!$('claimset-dialog').open) $('claimset-dialog').showModal();
      this.loadClaimSetFile(file);
    });
  }

  // Checking.

  /**
   * Checks at once while checks are quick; when they are slow (a draft of several hundred
   * kilobytes), at most every other check's time, so typing never waits on them and the
   * highlights still follow while the editor types on.
   */
  schedule() {
    if (!this.engine) { this.saveSoon(); return; }
    if (this.lastMs < SLOW_CHECK_MS) {
      clearTimeout(this.timer);
      this.timer = 0;
      this.check();
    } else if (!this.timer) {
      this.timer = setTimeout(() => { this.timer = 0; this.check(); }, Math.min(600, 2 * this.lastMs));
    }
  }

  check() {
    if (!this.engine) return;
    const doc = new DraftText(this.draft);
    let result;
    try {
      result = this.engine.check(doc.text);
    } catch (e) {
      $('engine-status').textContent = 'The checker failed on this draft: ' + e.message;
      return;
    }
    this.doc = doc;
    // The first check also compiles the engine's code: it says nothing of the next ones.
    this.lastMs = this.checks++ === 0 ? 0 : (this.lastMs + result.ms) / 2;
    this.findings = result.findings;
    this.markDismissed();
    this.paint();
    this.draft.dispatchEvent(new CustomEvent('claimcheck:findings', {
      bubbles: true, detail: { findings: this.findings, ms: result.ms },
    }));
    this.saveSoon();
    this.summarize();
    cancelAnimationFrame(this.panelFrame);
    this.panelFrame = requestAnimationFrame(() => this.renderPanel());
  }

  /** The occurrence keys of the findings, worked out when first needed after a check. */
  get keys() {
    if (this.keysOf !== this.findings) {
      this.keysCache = occurrenceKeys(this.findings);
      this.keysOf = this.findings;
    }
    return this.keysCache;
  }

  markDismissed() {
    this.dismissedFlags = this.findings.map((f, i) =>
      (this.dismissed.occurrences.size > 0 && this.dismissed.occurrences.has(this.keys[i])) ||
      (this.dismissed.claims.size > 0 && this.dismissed.claims.has(claimKey(f))));
  }

  /** Draws every live finding as a highlight of its severity. */
  paint() {
    if (!window.Highlight) return;
    const by = { error: [], warning: [], info: [] };
    const doc = this.doc;
    const showInfo = this.showInfo;
    this.findings.forEach((f, i) => {
      if (this.dismissedFlags[i] || (f.severity === 'info' && !showInfo)) return;
      (by[f.severity] || by.info).push(doc.range(f.start16, f.end16));
    });
    const set = (name, ranges, priority) => {
      const h = new Highlight(...ranges);
      h.priority = priority;
      CSS.highlights.set(name, h);
    };
    set('claimcheck-info', by.info, 1);
    set('claimcheck-warning', by.warning, 2);
    set('claimcheck-error', by.error, 3);
    this.paintCurrent();
  }

  paintCurrent() {
    if (!window.Highlight) return;
    const f = this.findings[this.current];
    const h = new Highlight();
    h.priority = 4;
    if (f && this.doc && !this.dismissedFlags[this.current]) h.add(this.doc.range(f.start16, f.end16));
    CSS.highlights.set('claimcheck-current', h);
  }

  summarize() {
    const t = tally(this.findings, this.dismissedFlags);
    const s = $('summary');
    const problems = t.contradictions + t.likely + t.spelling;
    s.dataset.state = this.findings.length === 0 ? 'empty' : problems ? 'problems' : 'agree';
    const line = this.findings.length === 0 && this.doc && !this.doc.text.trim()
      ? 'Paste or type a draft to check it.'
      : summaryLine(t);
    if (s.textContent !== line) s.textContent = line;
  }

  /** Saves within a moment of the last keystroke; leaving the page saves at once. */
  saveSoon() {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 250);
  }

  save() {
    clearTimeout(this.saveTimer);
    const text = this.doc ? this.doc.text : new DraftText(this.draft).text;
    this.store.saveDraft({
      text,
      dismissed: { occurrences: [...this.dismissed.occurrences], claims: [...this.dismissed.claims] },
    });
  }

  // The findings panel.

  renderPanel() {
    const order = this.findings.map((_, i) => i);
    order.sort((a, b) => {
      const fa = this.findings[a], fb = this.findings[b];
      const da = this.dismissedFlags[a] ? 1 : 0, db = this.dismissedFlags[b] ? 1 : 0;
      return da - db || SEVERITY_ORDER[fa.severity] - SEVERITY_ORDER[fb.severity] || fa.start16 - fb.start16;
    });
    const counts = { error: 0, warning: 0, info: 0, dismissed: 0 };
    order.forEach((i) => {
      if (this.dismissedFlags[i]) counts.dismissed++;
      else counts[this.findings[i].severity]++;
    });
    const nodes = new Map();
    const children = [];
    let group = '';
    for (const i of order) {
      const f = this.findings[i];
      const key = this.keys[i] + '|' + f.verdict + '|' + f.severity + '|' + f.message;
      let el = this.nodes.get(key);
      if (!el || nodes.has(key)) el = this.findingElement(f, true);
      nodes.set(key, el);
      const g = this.dismissedFlags[i] ? 'dismissed' : f.severity;
      const label = g === group ? null
        : (g === 'dismissed' ? 'Dismissed' : GROUP_LABEL[g]) + ' (' + counts[g] + ')';
      group = g;
      // Write only what changed: a keystroke in a long draft moves every later finding, and
      // nothing else, so most elements get two attributes written.
      const state = label + '|' + i + '|' + f.start16 + '|' + f.end16 + '|' + this.dismissedFlags[i] + '|' + (i === this.current);
      if (el.cc !== state) {
        el.cc = state;
        if (label) el.dataset.groupLabel = label; else delete el.dataset.groupLabel;
        el.dataset.index = String(i);
        el.dataset.start16 = String(f.start16);
        el.dataset.end16 = String(f.end16);
        el.toggleAttribute('data-dismissed', this.dismissedFlags[i]);
        el.querySelector('.dismiss').hidden = this.dismissedFlags[i];
        el.querySelector('.dismiss-claim').hidden = this.dismissedFlags[i];
        el.querySelector('.restore').hidden = !this.dismissedFlags[i];
        el.setAttribute('aria-current', i === this.current ? 'true' : 'false');
        el.tabIndex = -1;
      }
      children.push(el);
    }
    this.nodes = nodes;
    const same = children.length === this.list.children.length &&
      children.every((el, k) => this.list.children[k] === el);
    if (!same) this.list.replaceChildren(...children);
    // One tab stop in the list (roving tabindex): the current finding, else the first.
    const focusable = this.list.querySelector('[aria-current="true"]') || children[0];
    for (const c of this.list.querySelectorAll('[tabindex="0"]')) if (c !== focusable) c.tabIndex = -1;
    if (focusable) focusable.tabIndex = 0;
  }

  /**
   * One finding as the panel and the hover card show it. Text is set with textContent only.
   * @param {boolean} withButtons
   */
  findingElement(f, withButtons) {
    const el = document.createElement(withButtons ? 'li' : 'div');
    el.className = 'finding';
    el.dataset.verdict = f.verdict;
    el.dataset.severity = f.severity;
    el.dataset.kind = f.kind;
    if (f.claim) el.dataset.claim = f.claim;
    const head = el.appendChild(document.createElement('div'));
    head.className = 'head';
    const words = head.appendChild(document.createElement('span'));
    words.className = 'words';
    words.textContent = '“' + f.text + '”';
    if (f.expected) {
      const exp = head.appendChild(document.createElement('span'));
      exp.className = 'expected';
      exp.textContent = (f.verdict === 'supports' ? 'fact sheet: ' : 'expected: ') + f.expected;
    }
    const msg = el.appendChild(document.createElement('p'));
    msg.className = 'message';
    msg.textContent = f.message;
    if (f.source || f.claim) {
      const src = el.appendChild(document.createElement('p'));
      src.className = 'source';
      src.textContent = [f.claim ? 'Claim ' + f.claim : '', f.source ? 'Source: ' + f.source : ''].filter(Boolean).join(' · ');
    }
    const label = f.severity + ' ' + f.kind + ': ' + f.text + '. ' + f.message;
    el.setAttribute('aria-label', label);
    if (!withButtons) return el;
    const buttons = el.appendChild(document.createElement('div'));
    buttons.className = 'buttons';
    const button = (cls, text, title) => {
      const b = buttons.appendChild(document.createElement('button'));
      b.type = 'button';
      b.className = cls;
      b.textContent = text;
      if (title) b.title = title;
      return b;
    };
    if (f.suggestion) button('apply', 'Apply “' + f.suggestion + '”', 'Alt+Enter');
    if (isProblem(f)) {
      button('dismiss', 'Dismiss here', 'Alt+Delete: this occurrence');
      button('dismiss-claim', f.claim ? 'Dismiss this claim' : 'Dismiss these words', 'Alt+Shift+Delete: everywhere in this draft');
    } else {
      button('dismiss', 'Dismiss', 'Alt+Delete').hidden = true;
      button('dismiss-claim', 'Dismiss', '').hidden = true;
    }
    button('restore', 'Restore', 'Check this finding again').hidden = true;
    return el;
  }

  panelClick(e) {
    const el = e.target.closest('.finding');
    if (!el) return;
    const i = Number(el.dataset.index);
    const b = e.target.closest('button');
    if (!b) { this.goTo(i, true); return; }
    if (b.classList.contains('apply')) this.apply(i);
    else if (b.classList.contains('dismiss')) this.dismiss(i, false, true);
    else if (b.classList.contains('dismiss-claim')) this.dismiss(i, true, true);
    else if (b.classList.contains('restore')) this.restore(i);
  }

  panelKey(e) {
    const el = e.target.closest('.finding');
    if (!el || e.target !== el) return;
    const visible = Array.from(this.list.children).filter((c) => c.offsetParent !== null);
    const k = visible.indexOf(el);
    let to = null;
    if (e.key === 'ArrowDown') to = visible[k + 1];
    else if (e.key === 'ArrowUp') to = visible[k - 1];
    else if (e.key === 'Home') to = visible[0];
    else if (e.key === 'End') to = visible[visible.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.goTo(Number(el.dataset.index), true);
      return;
    }
    if (to) {
      e.preventDefault();
      el.tabIndex = -1;
      to.tabIndex = 0;
      to.focus();
    }
  }

  // Moving between findings.

  /** The indices of the findings the keyboard walks through: problems first, else everything live. */
  stops() {
    const live = this.findings.map((_, i) => i).filter((i) => !this.dismissedFlags[i]);
    const problems = live.filter((i) => isProblem(this.findings[i]));
    return problems.length ? problems : live;
  }

  step(dir) {
    const stops = this.stops();
    if (!stops.length) { this.announce('No findings to go to.'); return; }
    const caret = this.caretOffset();
    let next;
    if (dir > 0) next = stops.find((i) => this.findings[i].start16 > caret || (i > this.current && this.findings[i].start16 === caret && this.current >= 0)) ?? stops[0];
    else next = [...stops].reverse().find((i) => this.findings[i].start16 < caret) ?? stops[stops.length - 1];
    this.goTo(next, true);
    const f = this.findings[next];
    this.announce(f.severity + ' ' + (stops.indexOf(next) + 1) + ' of ' + stops.length + ': ' + f.message);
  }

  /** Selects a finding's words in the draft and scrolls them into view. */
  goTo(i, focusDraft) {
    const f = this.findings[i];
    if (!f || !this.doc) return;
    this.current = i;
    const r = this.doc.range(f.start16, f.end16);
    if (focusDraft) this.draft.focus({ preventScroll: true });
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
    const node = r.startContainer.nodeType === Node.TEXT_NODE ? r.startContainer.parentElement : r.startContainer;
    const rect = r.getBoundingClientRect();
    const pane = this.draft.closest('.draft-pane');
    const box = pane.getBoundingClientRect();
    if (rect.top < box.top || rect.bottom > box.bottom) {
      pane.scrollTop += rect.top - box.top - box.height / 3;
    } else if (!rect.height && node) {
      node.scrollIntoView({ block: 'center' });
    }
    this.paintCurrent();
    this.markCurrentInPanel();
    this.showCard(i, r);
  }

  markCurrentInPanel() {
    for (const el of this.list.querySelectorAll('[aria-current="true"]')) el.setAttribute('aria-current', 'false');
    const el = this.panelItem(this.current);
    if (el) {
      el.setAttribute('aria-current', 'true');
      for (const c of this.list.querySelectorAll('[tabindex="0"]')) c.tabIndex = -1;
      el.tabIndex = 0;
      if (document.activeElement !== el) el.scrollIntoView({ block: 'nearest' });
    }
  }

  panelItem(i) {
    return i < 0 ? null : this.list.querySelector('[data-index="' + i + '"]');
  }

  caretOffset() {
    const sel = getSelection();
    if (!sel.rangeCount || !this.doc) return -1;
    return this.doc.offsetOf(sel.anchorNode, sel.anchorOffset);
  }

  /** The live finding that contains a text offset, the most severe first. */
  findingAt(off) {
    let best = -1;
    this.findings.forEach((f, i) => {
      if (this.dismissedFlags[i] || off < f.start16 || off > f.end16) return;
      if (f.severity === 'info' && !this.showInfo) return; // not drawn, so no card either
      if (best < 0 || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[this.findings[best].severity]) best = i;
    });
    return best;
  }

  caretMoved() {
    if (!this.doc || document.activeElement !== this.draft) return;
    const sel = getSelection();
    if (!sel.rangeCount || !this.draft.contains(sel.anchorNode)) return;
    const i = this.findingAt(this.caretOffset());
    if (i === this.current) return;
    this.current = i;
    this.paintCurrent();
    this.markCurrentInPanel();
    if (i >= 0) this.showCard(i, this.doc.range(this.findings[i].start16, this.findings[i].end16));
    else this.hideCard();
  }

  // The card shown over a finding.

  hover(e) {
    if (!this.doc) return;
    let node = null, offset = 0;
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(e.clientX, e.clientY);
      if (p) { node = p.offsetNode; offset = p.offset; }
    } else if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(e.clientX, e.clientY);
      if (r) { node = r.startContainer; offset = r.startOffset; }
    }
    const off = node ? this.doc.offsetOf(node, offset) : -1;
    const i = off < 0 ? -1 : this.findingAt(off);
    if (i < 0) { if (this.cardFor !== this.current) this.hideCard(); return; }
    if (this.cardFor === i) return;
    const r = this.doc.range(this.findings[i].start16, this.findings[i].end16);
    const rects = r.getClientRects();
    const hit = Array.from(rects).some((b) => e.clientX >= b.left - 2 && e.clientX <= b.right + 2 && e.clientY >= b.top - 2 && e.clientY <= b.bottom + 2);
    if (hit) this.showCard(i, r);
  }

  showCard(i, range) {
    const f = this.findings[i];
    this.cardFor = i;
    this.card.replaceChildren(this.findingElement(f, false));
    const hint = this.card.appendChild(document.createElement('p'));
    hint.className = 'source';
    hint.textContent = (f.suggestion ? 'Alt+Enter applies “' + f.suggestion + '” · ' : '') + 'Alt+Delete dismisses';
    const pane = this.draft.closest('.draft-pane');
    const box = pane.getBoundingClientRect();
    const rect = range.getBoundingClientRect();
    this.card.hidden = false;
    this.card.style.left = Math.max(8, rect.left - box.left + pane.scrollLeft) + 'px';
    this.card.style.top = (rect.bottom - box.top + pane.scrollTop + 6) + 'px';
  }

  hideCard() {
    this.card.hidden = true;
    this.cardFor = -1;
  }

  // Fixing and dismissing.

  /** Replaces a finding's words with its suggestion, as an edit the browser's undo reverts. */
  apply(i) {
    const f = this.findings[i];
    if (!f) return;
    if (!f.suggestion) { this.announce('No single replacement fixes this finding.'); return; }
    const doc = new DraftText(this.draft);
    if (doc.text.slice(f.start16, f.end16) !== f.text) {
      this.check();
      this.announce('The draft changed under this finding; it has been checked again.');
      return;
    }
    // Where the editor's caret was, to put it back after the replacement if it was elsewhere.
    // A click on the panel's button has moved the focus, not the selection: read the caret there.
    const sel = getSelection();
    const before = sel.rangeCount && this.draft.contains(sel.anchorNode) ? this.caretOffset() : -1;
    this.draft.focus({ preventScroll: true });
    sel.removeAllRanges();
    sel.addRange(doc.range(f.start16, f.end16));
    document.execCommand('insertText', false, f.suggestion);
    const delta = f.suggestion.length - (f.end16 - f.start16);
    if (before >= 0 && (before < f.start16 || before > f.end16)) {
      const after = new DraftText(this.draft);
      const [n, o] = after.point(before > f.end16 ? before + delta : before);
      sel.collapse(n, o);
    }
    this.announce('Replaced “' + f.text + '” with “' + f.suggestion + '”. Ctrl+Z undoes it.');
  }

  dismiss(i, wholeClaim, fromPanel) {
    const f = this.findings[i];
    if (!f || this.dismissedFlags[i]) return;
    const panelNext = fromPanel ? this.neighbour(i) : -1;
    if (wholeClaim) this.dismissed.claims.add(claimKey(f));
    else this.dismissed.occurrences.add(this.keys[i]);
    this.refresh();
    this.announce((wholeClaim ? 'Dismissed every finding of this claim' : 'Dismissed “' + f.text + '”') + '. Restore it from the Dismissed group.');
    if (fromPanel) this.focusPanelItem(panelNext);
  }

  restore(i) {
    const f = this.findings[i];
    if (!f) return;
    this.dismissed.occurrences.delete(this.keys[i]);
    this.dismissed.claims.delete(claimKey(f));
    this.refresh();
    this.announce('Restored “' + f.text + '”.');
    this.focusPanelItem(i);
  }

  /** The next live finding after i in the panel, for focus to land on after a dismissal. */
  neighbour(i) {
    const items = Array.from(this.list.children);
    const k = items.findIndex((el) => Number(el.dataset.index) === i);
    for (const el of items.slice(k + 1).concat(items.slice(0, k).reverse())) {
      if (!el.hasAttribute('data-dismissed') && el.offsetParent !== null) return Number(el.dataset.index);
    }
    return -1;
  }

  focusPanelItem(i) {
    const el = this.panelItem(i);
    if (el) {
      for (const c of this.list.querySelectorAll('[tabindex="0"]')) c.tabIndex = -1;
      el.tabIndex = 0;
      el.focus();
    } else {
      this.draft.focus();
    }
  }

  refresh() {
    this.markDismissed();
    this.paint();
    this.summarize();
    this.renderPanel();
    this.save();
    this.hideCard();
  }

  // Keyboard.

  key(e) {
    if ($('claimset-dialog').open || $('help-dialog').open) return;
    const target = this.current >= 0 ? this.current : this.findingAt(this.caretOffset());
    const panelIndex = e.target.closest && e.target.closest('.finding') ? Number(e.target.closest('.finding').dataset.index) : -1;
    const subject = panelIndex >= 0 ? panelIndex : target;
    if (e.key === 'F8' || (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp'))) {
      e.preventDefault();
      this.step(e.key === 'ArrowUp' || e.shiftKey ? -1 : 1);
    } else if (e.altKey && e.key === 'Enter') {
      e.preventDefault();
      if (subject >= 0) this.apply(subject); else this.announce('Put the caret on a finding first (F8 goes to the next).');
    } else if (e.altKey && (e.key === 'Delete' || e.key === 'Backspace')) {
      e.preventDefault();
      if (subject >= 0) this.dismiss(subject, e.shiftKey, panelIndex >= 0);
      else this.announce('Put the caret on a finding first (F8 goes to the next).');
    } else if (e.altKey && (e.key === 'l' || e.key === 'L')) {
      e.preventDefault();
      if (this.list.contains(document.activeElement)) this.draft.focus();
      else this.focusPanelItem(this.current >= 0 && this.panelItem(this.current) ? this.current : Number((this.list.firstElementChild || { dataset: { index: -1 } }).dataset.index));
    } else if (e.altKey && e.key === '/') {
      e.preventDefault();
      $('help-dialog').showModal();
    } else if (e.key === 'Escape') {
      if (!this.card.hidden) this.hideCard();
      else if (this.list.contains(document.activeElement)) this.draft.focus();
    }
  }

  // Pasting: plain text only, with its paragraphs, as one undoable edit.

  paste(e) {
    const data = e.clipboardData;
    if (!data) return;
    let text = data.getData('text/plain');
    if (!text) {
      const html = data.getData('text/html');
      if (!html) return;
      text = htmlToText(html);
    }
    e.preventDefault();
    document.execCommand('insertText', false, text.replace(/\r\n?/g, '\n'));
  }

  replaceDraft(text) {
    this.draft.focus();
    const sel = getSelection();
    sel.selectAllChildren(this.draft);
    document.execCommand('insertText', false, text);
    sel.collapse(this.draft, 0);
    this.draft.scrollTop = 0;
  }

  // The claim set.

  async loadClaimSetFile(file) {
    if (!this.engine) { this.showClaimSetErrors(file.name, [{ line: 0, column: 0, message: 'the checker has not loaded yet' }]); return; }
    let text;
    try {
      text = await file.text();
    } catch (e) {
      this.showClaimSetErrors(file.name, [{ line: 0, column: 0, message: 'the file could not be read' }]);
      return;
    }
    const r = this.engine.loadClaimSet(file.name, text);
    if (r.errors) { this.showClaimSetErrors(file.name, r.errors); return; }
    this.store.saveClaimSet({ name: file.name, text });
    $('claimset-errors').hidden = true;
    this.showClaimSet();
    this.check();
    this.announce('Now checking against ' + r.claimSet.title + '.');
  }

  useDefaultClaimSet() {
    if (!this.engine) return;
    this.engine.useDefault();
    this.store.saveClaimSet(null);
    $('claimset-errors').hidden = true;
    this.showClaimSet();
    this.check();
    this.announce('Now checking against the built-in claim set.');
  }

  showClaimSetErrors(name, errors) {
    $('claimset-errors').hidden = false;
    $('claimset-errors-title').textContent = name + ' was not loaded: ' + errors.length +
      (errors.length === 1 ? ' problem' : ' problems') + '. The claim set in use has not changed.';
    const list = $('claimset-errors-list');
    list.replaceChildren(...errors.map((x) => {
      const li = document.createElement('li');
      li.textContent = (x.line ? name + ':' + x.line + ':' + x.column + ': ' : name + ': ') + x.message;
      return li;
    }));
  }

  showClaimSet() {
    const set = this.engine.claimSet;
    const builtIn = !this.store.loadClaimSet();
    $('claimset-name').textContent = builtIn ? 'built-in' : set.id;
    $('claimset-summary').textContent = set.title + ' (' + set.id + '), as of ' + set.asOf + ': ' +
      set.claims.length + ' claims from ' + set.sources.length + ' sources' + (builtIn ? ' — the built-in set.' : '.');
    $('claimset-default').hidden = builtIn;
    const sources = new Map(set.sources.map((s) => [s.id, s]));
    $('claimset-sources').replaceChildren(...set.sources.map((s) => {
      const li = document.createElement('li');
      if (/^https?:\/\//.test(s.url)) {
        const a = li.appendChild(document.createElement('a'));
        a.href = s.url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        a.textContent = s.title;
      } else {
        li.textContent = s.title;
      }
      if (s.date) li.append(' (' + s.date + ')');
      return li;
    }));
    $('claimset-claims').replaceChildren(...set.claims.map((c) => {
      const tr = document.createElement('tr');
      const src = sources.get(c.source);
      for (const text of [c.kind, c.statement + (c.event ? ' — ' + c.event : ''), src ? src.title : c.source]) {
        tr.appendChild(document.createElement('td')).textContent = text;
      }
      return tr;
    }));
  }

  // Exports.

  exportReport(format) {
    if (!this.engine) { this.announce('The checker has not loaded yet.'); return; }
    const set = this.engine.claimSet;
    const body = format === 'json'
      ? reportJSON(set, this.findings)
      : reportMarkdown(set, this.findings, this.dismissedFlags);
    const blob = new Blob([body], { type: format === 'json' ? 'application/json' : 'text/markdown' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'claimcheck-report.' + (format === 'json' ? 'json' : 'md');
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  announce(text) {
    const el = $('announce');
    el.textContent = '';
    requestAnimationFrame(() => { el.textContent = text; });
  }
}

/**
 * The text of an HTML clipboard with its paragraphs. The HTML is never parsed by the browser
 * (DESIGN.md: no user text through HTML parsing): tags are dropped and the common character
 * references decoded by hand, which is all a clipboard's text needs. Sources that offer HTML
 * offer text/plain too, which is used first; this is the fallback.
 */
function htmlToText(html) {
  const text = html
    .replace(/<[!]--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ') // as HTML shows it: a line break in the source is a space
    .replace(/<br\b[^>]*>/gi, '\n')
    // Paragraphs and headings end with a blank line, as a draft separates them; lines of a
    // list, a table or a <div> with one line break.
    .replace(/<\/(p|h[1-6]|blockquote)\s*>/gi, '\n\n')
    .replace(/<\/(div|li|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeReferences(text).replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

const NAMED_REFERENCES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', bull: '\u2022',
  middot: '\u00b7', deg: '\u00b0', euro: '\u20ac', pound: '\u00a3', copy: '\u00a9', shy: '\u00ad',
  aacute: '\u00e1', eacute: '\u00e9', iacute: '\u00ed', oacute: '\u00f3', uacute: '\u00fa', ntilde: '\u00f1',
  Aacute: '\u00c1', Eacute: '\u00c9', Iacute: '\u00cd', Oacute: '\u00d3', Uacute: '\u00da', Ntilde: '\u00d1',
  uuml: '\u00fc', Uuml: '\u00dc', ouml: '\u00f6', auml: '\u00e4', ccedil: '\u00e7', egrave: '\u00e8', agrave: '\u00e0',
};

/** Decodes numeric and common named character references; unknown names stay as written. */
function decodeReferences(s) {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});?/g, (m, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return Object.prototype.hasOwnProperty.call(NAMED_REFERENCES, ref) ? NAMED_REFERENCES[ref] : m;
  });
}

function main() {
  if (!('highlights' in CSS)) {
    $('engine-status').textContent = 'This browser cannot draw highlights (CSS Custom Highlight API): findings are listed beside the draft only.';
  }
  new Editor().start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
else main();
