// widget.js is the <claim-check for="ID"> element: one script tag adds Claimcheck to any page.
// It attaches to a <textarea> or a contenteditable element, checks it as the user types, draws the
// findings over the field, and shows a badge with counts that opens the list of findings.
//
// Highlights cannot reach inside a textarea, so for one the widget lays a mirror over it: a copy
// of its text in the same box, font and scroll position, transparent but for the marks under the
// findings. A contenteditable field gets CSS Custom Highlights, named per widget. Everything the
// widget draws lives in its shadow root, styles included, so that the page's CSS cannot reach it;
// the one style it puts in the page is the ::highlight rules for its own names.
//
// The bundler provides two names: `EMBEDDED_ENGINE`, the engine's gzip compression written in
// base 123, 7 ASCII characters for 6 bytes (see inflateEmbedded), so that the script needs no
// other file, and `ENGINE_FILE`, the engine's file relative to the script, fetched when
// EMBEDDED_ENGINE is empty (claimcheck-widget-lite.js). All widgets of a page share one engine.

import { loadEngine, inflateEmbedded } from './engine.js';
import { DraftText } from './draft.js';
import { tally, summaryLine, isProblem } from './report.js';

/* global EMBEDDED_ENGINE, ENGINE_FILE */

const SCRIPT_URL = document.currentScript ? document.currentScript.src : '';
const SEVERITIES = ['error', 'warning', 'info'];
let widgetCount = 0;

const STYLE = `
/* The page's rules, even !important ones, win over :host's normal declarations on the element itself,
   and what they set there would be inherited inside: reset it all with !important, which the
   shadow tree's rules win. */
:host { all: initial !important; display: inline-block !important; position: relative !important;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif !important; color: #1d1d1f !important; }
:host([hidden]) { display: none !important; }
* { box-sizing: border-box; }
.badge { all: unset; display: inline-flex; gap: .4em; align-items: center; padding: .2em .6em; border-radius: 1em;
  border: 1px solid #c9c6bf; background: #fff; color: #1d1d1f; cursor: pointer; font: inherit; }
.badge:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
.count { font-weight: 600; }
.count.error { color: #b3261e; } .count.warning { color: #8a5a00; } .count.ok { color: #2e6b3a; }
.panel { position: absolute; z-index: 2147483646; width: min(26rem, 90vw); max-height: 22rem; overflow: auto; margin-top: .3em;
  padding: .4rem; background: #fff; color: #1d1d1f; border: 1px solid #c9c6bf; border-radius: .4rem; box-shadow: 0 .3rem 1rem rgb(0 0 0 / .2); }
.panel[hidden] { display: none; }
.summary { margin: .2rem .3rem .4rem; font-weight: 600; }
ol { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 .35rem; padding: .35rem .5rem; border: 1px solid #e2dfd8; border-left: .3rem solid #2e6b3a; border-radius: .3rem; cursor: pointer; }
li[data-severity="error"] { border-left-color: #b3261e; }
li[data-severity="warning"] { border-left-color: #8a5a00; }
li:focus-visible { outline: 3px solid #1f5fbf; }
.words { font-weight: 600; }
.message { margin: .15rem 0 0; font-size: 12px; color: #3d3d44; }
button.apply { all: unset; margin-top: .25rem; padding: .05rem .45rem; border: 1px solid #c9c6bf; border-radius: .3rem; cursor: pointer; font-size: 12px; }
button.apply:focus-visible { outline: 3px solid #1f5fbf; }
.overlay { position: fixed; z-index: 2147483645; pointer-events: none; overflow: hidden; margin: 0; border-color: transparent !important;
  background: transparent !important; color: transparent !important; white-space: pre-wrap; overflow-wrap: break-word; }
.overlay[hidden] { display: none; }
.overlay mark { color: transparent; background: transparent; border-radius: 2px; }
.overlay mark.error { background: rgb(179 38 30 / .18); text-decoration: underline wavy #b3261e; }
.overlay mark.warning { background: rgb(255 196 0 / .25); text-decoration: underline dashed #8a5a00; }
@media (forced-colors: active) {
  .overlay mark.error { background: Mark; text-decoration-color: CanvasText; }
  .overlay mark.warning { text-decoration-color: LinkText; }
}
`;

// The properties of a textarea's computed style the mirror copies, so that its text wraps alike.
const MIRRORED = ['font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant', 'line-height',
  'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align', 'tab-size', 'direction',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-style'];

function engine() {
  return loadEngine(() => (typeof EMBEDDED_ENGINE === 'string' && EMBEDDED_ENGINE
    ? inflateEmbedded(EMBEDDED_ENGINE, 'base123')
    : fetch(new URL(typeof ENGINE_FILE === 'string' ? ENGINE_FILE : 'claimcheck.wasm', SCRIPT_URL || document.baseURI))));
}

// One style sheet for every widget's shadow root: a constructed sheet, which a page's
// Content-Security-Policy without 'unsafe-inline' allows where a <style> element is blocked.
let sheet = null;
function widgetSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

/**
 * ClaimCheckElement checks the field named by its `for` attribute.
 * Attributes: `for` (the field's id), `claims` (URL of a claim set; the built-in set without it),
 * `dateline` (YYYY-MM-DD, the story's date for relative dates).
 * Properties: `findings` (the latest, in the command line's JSON shape). Method: `check()`.
 * Event: `claimcheck:findings` with detail {findings, ms}, on the element after every check.
 */
class ClaimCheckElement extends HTMLElement {
  static get observedAttributes() { return ['for', 'claims', 'dateline']; }

  constructor() {
    super();
    this.serial = ++widgetCount;
    this.findings = [];
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [widgetSheet()];
    this.badge = document.createElement('button');
    this.badge.type = 'button';
    this.badge.className = 'badge';
    this.badge.setAttribute('aria-haspopup', 'true');
    this.badge.setAttribute('aria-expanded', 'false');
    this.badge.textContent = 'Claimcheck…';
    this.panel = document.createElement('div');
    this.panel.className = 'panel';
    this.panel.hidden = true;
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-label', 'Claimcheck findings');
    this.summary = this.panel.appendChild(document.createElement('p'));
    this.summary.className = 'summary';
    this.summary.setAttribute('role', 'status');
    this.list = this.panel.appendChild(document.createElement('ol'));
    this.overlay = document.createElement('div');
    this.overlay.className = 'overlay';
    this.overlay.hidden = true;
    this.overlay.setAttribute('aria-hidden', 'true');
    this.root.append(this.badge, this.panel, this.overlay);
    this.names = SEVERITIES.map((s) => 'claimcheck-w' + this.serial + '-' + s);
  }

  connectedCallback() {
    this.aborter = new AbortController();
    const on = (target, type, fn, opts = {}) => target.addEventListener(type, fn, { ...opts, signal: this.aborter.signal });
    on(this.badge, 'click', () => this.toggle());
    on(this.panel, 'click', (e) => this.panelClick(e));
    on(this.panel, 'keydown', (e) => this.panelKey(e));
    this.attach();
  }

  disconnectedCallback() {
    this.detach();
    if (this.aborter) this.aborter.abort();
    this.aborter = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.aborter || oldValue === newValue) return;
    if (name === 'for') { this.detach(); this.attach(); }
    else if (name === 'claims') { this.handle = undefined; this.claimsReady = null; this.check(); }
    else this.check();
  }

  /** Finds the field and starts checking it. */
  attach() {
    const id = this.getAttribute('for');
    const field = id ? document.getElementById(id) : null;
    if (!field) { this.status('no field with id "' + (id || '') + '"'); return; }
    this.field = field;
    this.isTextarea = field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
    this.fieldAborter = new AbortController();
    const on = (target, type, fn, opts = {}) => target.addEventListener(type, fn, { ...opts, signal: this.fieldAborter.signal });
    on(field, 'input', () => this.schedule());
    on(field, 'keydown', (e) => this.fieldKey(e));
    if (this.isTextarea) {
      on(field, 'scroll', () => this.place());
      on(window, 'scroll', () => this.place(), { capture: true, passive: true });
      on(window, 'resize', () => this.place());
      this.resizer = new ResizeObserver(() => this.place());
      this.resizer.observe(field);
    } else {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(highlightRules(this.names));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    this.check();
  }

  /** Stops checking the field and removes all the widget put on the page. */
  detach() {
    clearTimeout(this.timer);
    if (this.fieldAborter) this.fieldAborter.abort();
    this.fieldAborter = null;
    if (this.resizer) this.resizer.disconnect();
    this.resizer = null;
    if (this.sheet) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
      this.sheet = null;
    }
    if (window.CSS && CSS.highlights) for (const n of this.names) CSS.highlights.delete(n);
    this.overlay.hidden = true;
    this.overlay.replaceChildren();
    this.field = null;
  }

  schedule() {
    clearTimeout(this.timer);
    if ((this.lastMs || 0) < 40) this.check();
    else this.timer = setTimeout(() => this.check(), Math.min(600, 2 * this.lastMs));
  }

  /**
   * Checks the field at once.
   * @returns {Promise<object[]>} the findings
   */
  async check() {
    let e;
    try {
      e = await engine();
    } catch (err) {
      this.status('could not load (' + err.message + ')');
      this.dataset.engine = 'failed';
      return this.findings;
    }
    const handle = await this.claimSet(e);
    if (!this.field || handle === null) return this.findings;
    const text = this.isTextarea ? this.field.value : new DraftText(this.field).text;
    let r;
    try {
      r = e.check(text, this.getAttribute('dateline') || '', handle);
    } catch (err) {
      this.status(err.message);
      return this.findings;
    }
    this.dataset.engine = 'ready';
    this.lastMs = r.ms;
    this.findings = r.findings;
    this.text = text;
    this.draw();
    this.render();
    this.dispatchEvent(new CustomEvent('claimcheck:findings', { bubbles: true, detail: { findings: r.findings, ms: r.ms } }));
    return this.findings;
  }

  /** The handle of this widget's claim set: the built-in one, or the one at its `claims` URL. */
  claimSet(e) {
    const url = this.getAttribute('claims');
    if (!url) return Promise.resolve(0);
    if (!this.claimsReady) {
      this.claimsReady = fetch(new URL(url, document.baseURI))
        .then((res) => {
          if (!res.ok) throw new Error('HTTP ' + res.status);
          return res.text();
        })
        .then((text) => {
          const r = e.openClaimSet(url, text);
          if (r.errors) {
            this.status('claim set ' + url + ': ' + r.errors.map((x) => (x.line ? x.line + ':' + x.column + ': ' : '') + x.message).join('; '));
            return null;
          }
          return r.handle;
        })
        .catch((err) => {
          this.status('claim set ' + url + ' could not be loaded (' + err.message + ')');
          return null;
        });
    }
    return this.claimsReady;
  }

  status(msg) {
    this.badge.textContent = 'Claimcheck: ' + msg;
  }

  /** Draws the problems over the field. */
  draw() {
    const problems = this.findings.filter(isProblem);
    if (this.isTextarea) {
      const parts = [];
      let at = 0;
      for (const f of problems) {
        if (f.start16 < at) continue;
        parts.push(document.createTextNode(this.text.slice(at, f.start16)));
        const m = document.createElement('mark');
        m.className = f.severity;
        m.textContent = this.text.slice(f.start16, f.end16);
        parts.push(m);
        at = f.end16;
      }
      // The trailing newline keeps a last empty line as tall as the textarea's.
      parts.push(document.createTextNode(this.text.slice(at) + '\n'));
      this.overlay.replaceChildren(...parts);
      this.place();
      return;
    }
    if (!window.Highlight) return;
    const doc = new DraftText(this.field);
    SEVERITIES.forEach((sev, k) => {
      const h = new Highlight(...problems.filter((f) => f.severity === sev).map((f) => doc.range(f.start16, f.end16)));
      h.priority = 3 - k;
      CSS.highlights.set(this.names[k], h);
    });
  }

  /** Lays the mirror exactly over the textarea: same box, same font, same scroll. */
  place() {
    const f = this.field;
    if (!f || !this.isTextarea) return;
    const o = this.overlay;
    const r = f.getBoundingClientRect();
    if (!r.width || !r.height) { o.hidden = true; return; }
    const cs = getComputedStyle(f);
    for (const p of MIRRORED) o.style.setProperty(p, cs.getPropertyValue(p));
    o.style.left = r.left + 'px';
    o.style.top = r.top + 'px';
    o.style.width = r.width + 'px';
    o.style.height = r.height + 'px';
    // The textarea's scrollbar narrows its text: narrow the mirror's the same way.
    const bar = f.offsetWidth - f.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    o.style.paddingRight = (parseFloat(cs.paddingRight) + Math.max(0, bar)) + 'px';
    o.style.whiteSpace = f instanceof HTMLInputElement ? 'pre' : 'pre-wrap';
    o.hidden = false;
    o.scrollTop = f.scrollTop;
    o.scrollLeft = f.scrollLeft;
  }

  render() {
    const t = tally(this.findings, []);
    const problems = t.contradictions + t.likely + t.spelling;
    this.badge.replaceChildren();
    const count = (cls, n, label) => {
      const s = this.badge.appendChild(document.createElement('span'));
      s.className = 'count ' + cls;
      s.textContent = n + ' ' + label;
    };
    if (t.contradictions) count('error', t.contradictions, t.contradictions === 1 ? 'contradiction' : 'contradictions');
    if (t.likely + t.spelling) count('warning', t.likely + t.spelling, t.likely + t.spelling === 1 ? 'warning' : 'warnings');
    if (!problems) count('ok', t.confirmed, 'confirmed');
    this.badge.setAttribute('aria-label', 'Claimcheck: ' + summaryLine(t) + '. Show the findings.');
    this.summary.textContent = summaryLine(t);
    const items = this.findings.map((f, i) => {
      if (!isProblem(f)) return null;
      const li = document.createElement('li');
      li.tabIndex = -1;
      li.dataset.index = String(i);
      li.dataset.severity = f.severity;
      li.dataset.verdict = f.verdict;
      const w = li.appendChild(document.createElement('span'));
      w.className = 'words';
      w.textContent = '“' + f.text + '”' + (f.expected ? ' → ' + f.expected : '');
      const m = li.appendChild(document.createElement('p'));
      m.className = 'message';
      m.textContent = f.message;
      if (f.suggestion) {
        const b = li.appendChild(document.createElement('button'));
        b.type = 'button';
        b.className = 'apply';
        b.textContent = 'Apply “' + f.suggestion + '”';
      }
      return li;
    }).filter(Boolean);
    this.list.replaceChildren(...items);
    if (items[0]) items[0].tabIndex = 0;
  }

  toggle(open = this.panel.hidden) {
    this.panel.hidden = !open;
    this.badge.setAttribute('aria-expanded', String(open));
    if (open) {
      // Open towards the side of the viewport with room for it.
      const r = this.getBoundingClientRect();
      const room = innerWidth - r.left;
      this.panel.style.left = room < this.panel.offsetWidth + 8 ? 'auto' : '0';
      this.panel.style.right = room < this.panel.offsetWidth + 8 ? '0' : 'auto';
      const first = this.list.querySelector('li');
      (first || this.badge).focus();
    } else {
      this.badge.focus();
    }
  }

  panelClick(e) {
    const li = e.target.closest('li');
    if (!li) return;
    const f = this.findings[Number(li.dataset.index)];
    if (e.target.closest('button.apply')) this.apply(f);
    else this.select(f);
  }

  panelKey(e) {
    const items = Array.from(this.list.children);
    const li = e.target.closest && e.target.closest('li');
    const k = items.indexOf(li);
    let to = null;
    if (e.key === 'Escape') { e.preventDefault(); this.toggle(false); return; }
    if (!li || e.target !== li) return;
    if (e.key === 'ArrowDown') to = items[k + 1];
    else if (e.key === 'ArrowUp') to = items[k - 1];
    else if (e.key === 'Enter') { e.preventDefault(); this.select(this.findings[Number(li.dataset.index)]); return; }
    if (to) { e.preventDefault(); li.tabIndex = -1; to.tabIndex = 0; to.focus(); }
  }

  /** F8 / Shift+F8 select the next / previous problem; Alt+Enter applies the one at the caret. */
  fieldKey(e) {
    const problems = this.findings.filter(isProblem);
    if (!problems.length) return;
    const caret = this.caret();
    if (e.key === 'F8') {
      e.preventDefault();
      const f = e.shiftKey
        ? [...problems].reverse().find((x) => x.start16 < caret) || problems[problems.length - 1]
        : problems.find((x) => x.start16 > caret) || problems[0];
      this.select(f);
    } else if (e.altKey && e.key === 'Enter') {
      const f = problems.find((x) => caret >= x.start16 && caret <= x.end16);
      if (f) { e.preventDefault(); this.apply(f); }
    }
  }

  /** The caret's UTF-16 offset in the field's text, or -1. */
  caret() {
    if (this.isTextarea) return this.field.selectionStart;
    const sel = getSelection();
    return sel.rangeCount ? new DraftText(this.field).offsetOf(sel.anchorNode, sel.anchorOffset) : -1;
  }

  /** Selects a finding's words in the field. */
  select(f) {
    if (!f || !this.field) return;
    this.field.focus();
    if (this.isTextarea) {
      this.field.setSelectionRange(f.start16, f.end16);
    } else {
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(new DraftText(this.field).range(f.start16, f.end16));
    }
  }

  /** Replaces a finding's words with its suggestion, as an edit the field's undo reverts. */
  apply(f) {
    if (!f || !f.suggestion || !this.field) return;
    const text = this.isTextarea ? this.field.value : new DraftText(this.field).text;
    if (text.slice(f.start16, f.end16) !== f.text) { this.check(); return; }
    this.select(f);
    document.execCommand('insertText', false, f.suggestion);
  }
}

function highlightRules(names) {
  return '::highlight(' + names[0] + ') { background-color: rgb(179 38 30 / .18); text-decoration: underline wavy #b3261e; }\n' +
    '::highlight(' + names[1] + ') { background-color: rgb(255 196 0 / .25); text-decoration: underline dashed #8a5a00; }\n' +
    '@media (forced-colors: active) { ::highlight(' + names[0] + ') { background-color: Mark; color: MarkText; } ' +
    '::highlight(' + names[1] + ') { text-decoration-color: LinkText; } }\n';
}

if (!customElements.get('claim-check')) customElements.define('claim-check', ClaimCheckElement);
