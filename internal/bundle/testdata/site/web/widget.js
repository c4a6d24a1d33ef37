// widget.js is the stand-in widget: it names the engine the bundler gives it.

import { shout } from './util.js';

/* global EMBEDDED_ENGINE, ENGINE_FILE */

class StandIn extends HTMLElement {
  connectedCallback() {
    this.textContent = shout(EMBEDDED_ENGINE ? 'embedded “é”' : ENGINE_FILE);
  }
}

if (!customElements.get('stand-in')) customElements.define('stand-in', StandIn);
