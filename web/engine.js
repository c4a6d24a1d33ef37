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
    /** The claim set in use: {id, title, asOf, language, sources, claims}. */
    this.claimSet = api.claimSet();
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
  let pos = 0;
  for (let i = 0, k = 0; i < n; i++, k += INTS_PER_FINDING) {
    const f = {};
    const s = [];
    for (let j = 0; j < STRINGS.length; j++) {
      const len = ints[k + 6 + j];
      s.push(strs.slice(pos, pos + len));
      pos += len;
    }
    // The field order of the command line's JSON, with its empty optional fields left out.
    f.verdict = s[0];
    f.severity = s[1];
    f.kind = s[2];
    f.start = ints[k];
    f.end = ints[k + 1];
    f.start16 = ints[k + 2];
    f.end16 = ints[k + 3];
    f.line = ints[k + 4];
    f.column = ints[k + 5];
    f.text = s[3];
    if (s[4]) f.expected = s[4];
    if (s[5]) f.suggestion = s[5];
    if (s[6]) f.claim = s[6];
    f.message = s[7];
    if (s[8]) f.source = s[8];
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
 * Decodes an engine embedded in the page as base64 of its gzip compression (the single-file
 * build), without any network request.
 * @param {string} base64
 * @returns {Promise<ArrayBuffer>}
 */
export async function inflateEmbedded(base64) {
  const bin = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}
