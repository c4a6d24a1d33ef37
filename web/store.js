// store.js keeps the draft, its dismissals and the chosen claim set in the browser's local storage,
// so that nothing is lost on reload, and says so when it cannot.

const DRAFT_KEY = 'claimcheck:draft:v1';
const CLAIMSET_KEY = 'claimcheck:claimset:v1';

/**
 * @typedef {{text: string, dismissed: {occurrences: string[], claims: string[]}}} SavedDraft
 * @typedef {{name: string, text: string}} SavedClaimSet
 */

export class Store {
  /** @param {(problem: string) => void} onProblem called with a sentence for the editor, or '' once saving works again */
  constructor(onProblem) {
    this.onProblem = onProblem;
    this.problem = '';
    try {
      this.storage = window.localStorage;
      const probe = 'claimcheck:probe';
      this.storage.setItem(probe, '1');
      this.storage.removeItem(probe);
    } catch (e) {
      this.storage = null;
      this.report('This browser does not let Claimcheck save: your draft will not survive a reload. Copy it or export the report before you close the page.');
    }
  }

  report(problem) {
    if (problem === this.problem) return;
    this.problem = problem;
    this.onProblem(problem);
  }

  /** @returns {SavedDraft|null} */
  loadDraft() {
    const v = this.read(DRAFT_KEY);
    if (!v || typeof v.text !== 'string') return null;
    const d = v.dismissed || {};
    return {
      text: v.text,
      dismissed: {
        occurrences: Array.isArray(d.occurrences) ? d.occurrences.filter((x) => typeof x === 'string') : [],
        claims: Array.isArray(d.claims) ? d.claims.filter((x) => typeof x === 'string') : [],
      },
    };
  }

  /** @param {SavedDraft} draft */
  saveDraft(draft) { this.write(DRAFT_KEY, draft); }

  /** @returns {SavedClaimSet|null} */
  loadClaimSet() {
    const v = this.read(CLAIMSET_KEY);
    return v && typeof v.name === 'string' && typeof v.text === 'string' ? v : null;
  }

  /** @param {SavedClaimSet|null} set null for the built-in set */
  saveClaimSet(set) {
    if (!this.storage) return;
    if (set) this.write(CLAIMSET_KEY, set);
    else this.storage.removeItem(CLAIMSET_KEY);
  }

  read(key) {
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }

  write(key, value) {
    if (!this.storage) return;
    try {
      this.storage.setItem(key, JSON.stringify(value));
      this.report('');
    } catch (e) {
      this.report('The browser\'s storage for this page is full: the latest changes to your draft are not saved. Copy the draft or export the report before you close the page.');
    }
  }
}
