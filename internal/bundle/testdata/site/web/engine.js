/**
 * engine.js starts the stand-in engine.
 */
import { shout } from './util.js';

/* global Go, goGlobal */

export async function start(url) {
  const go = new Go();
  goGlobal.standInReady = () => { document.documentElement.dataset.engine = shout('ready'); };
  const { instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
  go.run(instance);
}
