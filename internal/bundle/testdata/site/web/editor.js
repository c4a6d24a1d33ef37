// editor.js is the entry module of the stand-in page.

import { start } from './engine.js';
import {
  lines,
  shout,
} from './util.js';

/* global document */

start(document.querySelector('meta[name="claimcheck-engine"]').content);
document.getElementById('findings').textContent = shout(lines('a\nb').join(' '));
