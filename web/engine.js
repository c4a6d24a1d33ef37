// engine.js loads Claimcheck's WebAssembly engine and checks drafts with it.
//
// The bundler provides two names this module uses without importing them: `Go`, the class of
// Go's wasm_exec.js, and `goGlobal`, the private global scope that wasm_exec.js and the Go program
// see instead of the page's (so that neither leaks a global). Findings arrive packed (see
// wasm/main.go) and are unpacked here into the command line's JSON shape. Offsets are the
// engine's UTF-16 start16/end16: nothing here recounts them.

/* global Go, goGlobal */

const STRINGS = ['verdict', 'severity', 'kind', 'text', 'expected', 'suggestion', 'claim', 'message', 'source'];
const INTS_PER_FINDING = 6 + STRINGS.length;

/**
 * A finding in the command line's JSON shape.
 * @typedef {{verdict: string, severity: string, kind: string, start: number, end: number,
 *   start16: number, end16: number, line: number, column: number, text: string,
 *   expected?: string, suggestion?: string, claim?: string, message: string, source?: string}} Finding
 */

/**
 * Engine wraps the functions the Go program hands over once it has started.
 */
export class Engine {
  /** @param {any} api the object passed to claimcheckReady by wasm/main.go */
  constructor(api) {
    this.api = api;
    this.set = null;
  }

  /** The claim set in use: {id, title, asOf, language, sources, claims}, asked for when needed. */
  get claimSet() {
    if (!this.set) this.set = this.api.claimSet();
    return this.set;
  }

  set claimSet(set) {
    this.set = set;
  }

  /**
   * Checks a draft.
   * @param {string} text the draft, exactly as written
   * @param {string} [dateline] YYYY-MM-DD, or empty for the draft's own dateline
   * @param {number} [set] a handle from openClaimSet; the current set without it
   * @returns {{findings: Finding[], ms: number, reference: string, dateline: boolean}}
   */
  check(text, dateline = '', set = undefined) {
    const t0 = performance.now();
    const r = this.api.check(text, dateline, set);
    if (r.error) throw new Error(r.error);
    const findings = unpack(r);
    return { findings, ms: performance.now() - t0, reference: r.reference, dateline: r.dateline };
  }

  /**
   * Loads a claim set and checks with it from now on when it is valid.
   * @param {string} name the file's name, used in error messages
   * @param {string} text the file's text
   * @returns {{claimSet?: any, errors?: {line: number, column: number, message: string}[]}}
   */
  loadClaimSet(name, text) {
    const r = this.api.loadClaimSet(name, text);
    if (r.error) return { errors: [{ line: 0, column: 0, message: r.error }] };
    if (r.claimSet) this.claimSet = r.claimSet;
    return r;
  }

  /**
   * Opens a claim set beside the others without making it the current one, for check's third
   * argument.
   * @returns {{handle?: number, claimSet?: any, errors?: {line: number, column: number, message: string}[]}}
   */
  openClaimSet(name, text) {
    const r = this.api.openClaimSet(name, text);
    if (r.error) return { errors: [{ line: 0, column: 0, message: r.error }] };
    return r;
  }

  /** Goes back to the built-in claim set. */
  useDefault() {
    this.claimSet = this.api.useDefault();
    return this.claimSet;
  }
}

/**
 * Unpacks the findings of one check.
 * @returns {Finding[]}
 */
function unpack(r) {
  const n = r.count, ints = r.ints, strs = r.strings;
  const out = new Array(n);
  const table = []; // the check's distinct strings, numbered as they first come
  let pos = 0;
  const str = (k) => {
    const len = ints[k];
    if (len === 0) return '';
    if (len < 0) return table[-len - 1];
    const s = strs.slice(pos, pos + len);
    pos += len;
    table.push(s);
    return s;
  };
  for (let i = 0, k = 0; i < n; i++, k += INTS_PER_FINDING) {
    // The field order of the command line's JSON, with its empty optional fields left out.
    const f = { verdict: str(k + 6), severity: str(k + 7), kind: str(k + 8) };
    f.start = ints[k];
    f.end = ints[k + 1];
    f.start16 = ints[k + 2];
    f.end16 = ints[k + 3];
    f.line = ints[k + 4];
    f.column = ints[k + 5];
    f.text = str(k + 9);
    const expected = str(k + 10), suggestion = str(k + 11), claim = str(k + 12);
    if (expected) f.expected = expected;
    if (suggestion) f.suggestion = suggestion;
    if (claim) f.claim = claim;
    f.message = str(k + 13);
    const source = str(k + 14);
    if (source) f.source = source;
    out[i] = f;
  }
  return out;
}

let loading = null;

/**
 * Loads the engine once per page; later calls share it.
 * @param {() => Promise<Response|ArrayBuffer|Uint8Array>} fetchWasm gives the engine's bytes
 * @returns {Promise<Engine>}
 */
export function loadEngine(fetchWasm) {
  if (!loading) loading = start(fetchWasm);
  return loading;
}

async function start(fetchWasm) {
  if (typeof WebAssembly !== 'object') throw new Error('this browser cannot run WebAssembly');
  const go = new Go();
  go.argv = ['claimcheck'];
  const ready = new Promise((resolve) => { goGlobal.claimcheckReady = resolve; });
  const source = await fetchWasm();
  let instance;
  if (source instanceof Response) {
    if (!source.ok) throw new Error('the engine could not be downloaded (HTTP ' + source.status + ')');
    if (WebAssembly.instantiateStreaming && source.headers.get('Content-Type') === 'application/wasm') {
      ({ instance } = await WebAssembly.instantiateStreaming(source, go.importObject));
    } else {
      ({ instance } = await WebAssembly.instantiate(await source.arrayBuffer(), go.importObject));
    }
  } else {
    ({ instance } = await WebAssembly.instantiate(source, go.importObject));
  }
  const exited = go.run(instance).then(() => { throw new Error('the engine stopped'); });
  const api = await Promise.race([ready, exited]);
  delete goGlobal.claimcheckReady;
  return new Engine(api);
}

/**
 * Decodes an engine embedded in a file as gzip, without any network request. The bundler writes
 * the compressed bytes in one of three ways (internal/bundle/embed.go):
 * - 'windows-1252': the text of an element in a page read as windows-1252 (the single file):
 *   each character is one byte, and '=' followed by a character is that byte XOR 0x40;
 * - 'base123': a string of ASCII characters, digits of base 123, 7 for each 6 bytes (the widget);
 * - 'base64'.
 * @param {string} text
 * @param {string} [encoding] one of the above; base64 without it
 * @returns {Promise<Response>}
 */
export async function inflateEmbedded(text, encoding = 'base64') {
  let bytes;
  if (encoding === 'windows-1252') bytes = unescape1252(text);
  else if (encoding === 'base123') bytes = unpack123(text);
  else if (encoding === 'base64') bytes = fromBase64(text);
  else throw new Error('the engine is embedded in an unknown encoding, ' + encoding);
  // A Response of type application/wasm, so that the engine compiles while it inflates.
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
}

function fromBase64(text) {
  const bin = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

// The characters HTML's windows-1252 decoder gives for the bytes 0x80-0x9F; the other bytes
// are the characters of the same code.
const CP1252 = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function unescape1252(text) {
  if (document.characterSet !== 'windows-1252') {
    throw new Error('this page was read as ' + document.characterSet + ', not windows-1252, so its embedded engine is unreadable; open the file itself');
  }
  const byte = new Int16Array(0x2200).fill(-1);
  for (let c = 0; c < 0x100; c++) byte[c] = c;
  for (let i = 0; i < 32; i++) {
    byte[0x80 + i] = -1;
  }
  for (let i = 0; i < 32; i++) byte[CP1252.charCodeAt(i)] = 0x80 + i;
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let b = c < 0x2200 ? byte[c] : -1;
    if (b === 0x3d) {
      const d = text.charCodeAt(++i);
      b = d < 0x80 ? d ^ 0x40 : -1;
    }
    if (b < 0) throw new Error('the embedded engine is damaged (character ' + c + ' at ' + i + ')');
    out[n++] = b;
  }
  return out.subarray(0, n);
}

// Pack123's digits (internal/bundle/embed.go): the characters 0x01-0x7F but LF, CR, '"' and
// '\\', in order, are 0 to 122. Each 7 digits, most significant first, are a number below 2^48
// (exact in a double) whose 6 bytes follow, most significant first; a last block of k digits
// holds k - 1 bytes.
function unpack123(text) {
  const digit = new Int8Array(128).fill(-1);
  for (let c = 1, d = 0; c < 128; c++) if (c !== 10 && c !== 13 && c !== 34 && c !== 92) digit[c] = d++;
  const rest = text.length % 7;
  if (rest === 1) throw new Error('the embedded engine is damaged (its length)');
  const out = new Uint8Array(Math.floor(text.length / 7) * 6 + Math.max(rest - 1, 0));
  let n = 0;
  for (let i = 0; i < text.length;) {
    const k = Math.min(7, text.length - i);
    let v = 0;
    for (let j = 0; j < k; j++, i++) {
      const c = text.charCodeAt(i);
      const d = c < 128 ? digit[c] : -1;
      if (d < 0) throw new Error('the embedded engine is damaged (character ' + c + ' at ' + i + ')');
      v = v * 123 + d;
    }
    for (let b = k - 2; b >= 0; b--) {
      out[n + b] = v % 256;
      v = Math.floor(v / 256);
    }
    if (v !== 0) throw new Error('the embedded engine is damaged (at ' + (i - k) + ')');
    n += k - 1;
  }
  return out;
}
