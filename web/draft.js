// draft.js reads the text of the draft editor and turns the engine's UTF-16 offsets into DOM
// positions, for highlights and selections. It never changes the editor's content.
//
// The editor is a contenteditable="plaintext-only" element styled white-space: pre-wrap, so its
// text is mostly text nodes holding "\n"; a browser may still put a <br> (a line break) or a
// <div> (a line of its own) in it, and both read as one "\n", as the editor sees them.

const BLOCK = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE']);

/**
 * The text of a draft and where each part of it lives in the DOM.
 */
export class DraftText {
  /** @param {HTMLElement} root */
  constructor(root) {
    this.root = root;
    /** @type {string} */
    this.text = '';
    /** Parallel arrays, sorted by start: the node of each piece and its first UTF-16 offset. */
    this.nodes = [];
    this.starts = [];
    const parts = [];
    let len = 0;
    const walk = (el) => {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === Node.TEXT_NODE) {
          this.nodes.push(n);
          this.starts.push(len);
          parts.push(n.data);
          len += n.data.length;
        } else if (n.nodeName === 'BR') {
          this.nodes.push(n);
          this.starts.push(len);
          parts.push('\n');
          len += 1;
        } else if (n.nodeType === Node.ELEMENT_NODE) {
          const block = BLOCK.has(n.nodeName);
          if (block && len > 0 && parts[parts.length - 1].slice(-1) !== '\n') {
            parts.push('\n');
            len += 1;
          }
          walk(n);
        }
      }
    };
    walk(root);
    // A draft that ends with a line end ends, in Chromium, with an empty last line: a block that
    // holds only a <br> ("a<div><br></div>" for "a\n"). The line end before the block is the
    // whole of it; the <br> only keeps the empty line open, so it reads as nothing.
    const last = this.nodes[this.nodes.length - 1];
    if (last && last.nodeName === 'BR' && last.parentNode !== root && BLOCK.has(last.parentNode.nodeName) &&
        !last.previousSibling && !last.nextSibling && parts.length > 1 && parts[parts.length - 2].slice(-1) === '\n') {
      parts.pop();
      this.nodes.pop();
      this.starts.pop();
    }
    this.text = parts.join('');
  }

  /**
   * The DOM position of a UTF-16 offset into the text.
   * @param {number} off
   * @param {boolean} [end] prefer the end of the piece before when off sits between two
   * @returns {[Node, number]}
   */
  point(off, end = false) {
    const { nodes, starts } = this;
    if (nodes.length === 0) return [this.root, 0];
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < off || (!end && starts[mid] === off)) lo = mid;
      else hi = mid - 1;
    }
    const n = nodes[lo];
    const rel = Math.max(0, off - starts[lo]);
    if (n.nodeType === Node.TEXT_NODE) return [n, Math.min(rel, n.data.length)];
    const parent = n.parentNode;
    const index = Array.prototype.indexOf.call(parent.childNodes, n);
    return [parent, rel > 0 ? index + 1 : index];
  }

  /**
   * A live Range over [start16, end16) of the text.
   * @returns {Range}
   */
  range(start16, end16) {
    const r = document.createRange();
    const [sn, so] = this.point(start16, false);
    const [en, eo] = this.point(end16, true);
    r.setStart(sn, so);
    r.setEnd(en, eo);
    return r;
  }

  /**
   * The UTF-16 offset of a DOM position inside the draft, or -1 when it is outside.
   * @param {Node} node
   * @param {number} offset
   */
  offsetOf(node, offset) {
    if (!this.root.contains(node)) return -1;
    if (node.nodeType === Node.TEXT_NODE) {
      const i = this.nodes.indexOf(node);
      return i < 0 ? -1 : this.starts[i] + offset;
    }
    // A position between children: the offset of the first piece at or after that child.
    const child = node.childNodes[offset];
    if (!child) {
      const r = document.createRange();
      r.selectNodeContents(this.root);
      r.setEnd(node, offset);
      return r.toString().length;
    }
    for (let i = 0; i < this.nodes.length; i++) {
      const n = this.nodes[i];
      if (n === child || child.contains(n) ||
          (child.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)) return this.starts[i];
    }
    return this.text.length;
  }
}

/**
 * Puts text in the (empty) editor the way Chromium's own editing lays out typed or pasted lines:
 * the first line as text, each later line in a <div> of its own, an empty line as a <div> holding
 * a <br>. DraftText reads it back as exactly the text. A draft restored this way edits like a
 * pasted one: a keystroke lays out one line's block again, not the whole draft's one text node.
 * @param {HTMLElement} root
 * @param {string} text
 */
export function fillDraft(root, text) {
  root.textContent = '';
  const lines = text.split('\n');
  const frag = document.createDocumentFragment();
  lines.forEach((line, i) => {
    if (i === 0 && line) {
      frag.appendChild(document.createTextNode(line));
      return;
    }
    if (i === 0 && lines.length === 1) return;
    const div = document.createElement('div');
    div.appendChild(line ? document.createTextNode(line) : document.createElement('br'));
    frag.appendChild(div);
  });
  root.appendChild(frag);
}
