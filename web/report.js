// report.js names findings for people: the summary line, the dismissal keys, and the exports as
// JSON (the command line's shape) and Markdown.

/**
 * The key of one occurrence: what it says, what it was judged against, and how many times the
 * same words were judged so before it. It survives edits elsewhere in the draft, which byte
 * offsets would not.
 * @param {import('./engine.js').Finding[]} findings sorted by start
 * @returns {string[]}
 */
export function occurrenceKeys(findings) {
  const seen = new Map();
  return findings.map((f) => {
    const base = f.kind + '|' + (f.claim || '') + '|' + f.text;
    const n = (seen.get(base) || 0) + 1;
    seen.set(base, n);
    return base + '|' + n;
  });
}

/** The key of a finding's claim, for dismissing a claim in the whole draft. */
export function claimKey(f) {
  return f.claim ? 'claim:' + f.claim : 'words:' + f.kind + '|' + f.text;
}

/** Whether a finding is a problem to look at (an error or a warning). */
export function isProblem(f) {
  return f.severity === 'error' || f.severity === 'warning';
}

/**
 * Counts findings for the summary line.
 * @returns {{contradictions: number, likely: number, spelling: number, confirmed: number, unchecked: number, dismissed: number}}
 */
export function tally(findings, dismissed) {
  const t = { contradictions: 0, likely: 0, spelling: 0, confirmed: 0, unchecked: 0, dismissed: 0 };
  findings.forEach((f, i) => {
    if (dismissed[i]) { t.dismissed++; return; }
    if (f.verdict === 'supports') t.confirmed++;
    else if (f.verdict === 'unknown') t.unchecked++;
    else if (f.severity === 'error') t.contradictions++;
    else if (f.kind === 'name') t.spelling++;
    else t.likely++;
  });
  return t;
}

const plural = (n, one, many) => n + ' ' + (n === 1 ? one : many);

/** The summary line: "2 contradictions · 1 spelling · 14 confirmed · 3 unchecked". */
export function summaryLine(t) {
  const parts = [];
  if (t.contradictions) parts.push(plural(t.contradictions, 'contradiction', 'contradictions'));
  if (t.likely) parts.push(plural(t.likely, 'likely contradiction', 'likely contradictions'));
  if (t.spelling) parts.push(t.spelling + ' spelling');
  if (!t.contradictions && !t.likely && !t.spelling) parts.push('All checked facts agree');
  parts.push(t.confirmed + ' confirmed');
  parts.push(t.unchecked + ' unchecked');
  if (t.dismissed) parts.push(t.dismissed + ' dismissed');
  return parts.join(' · ');
}

/**
 * The report as the command line's -format json writes it, for one draft.
 * @param {{id: string, title: string, asOf: string}} claimSet
 */
export function reportJSON(claimSet, findings) {
  const report = {
    claimSet: { id: claimSet.id, title: claimSet.title, asOf: claimSet.asOf },
    files: [{ path: 'draft', findings }],
  };
  return JSON.stringify(report, null, 2) + '\n';
}

// Markdown cells: no line breaks, and the characters that would end a cell or start markup escaped.
const cell = (s) => String(s || '').replace(/\r?\n/g, ' ').replace(/([\\|*_`[\]<>])/g, '\\$1');

/** The report as Markdown: the summary, then a table of the problems and one of the rest. */
export function reportMarkdown(claimSet, findings, dismissed) {
  const t = tally(findings, dismissed);
  const out = [];
  out.push('# Claimcheck report', '');
  out.push('Checked against **' + cell(claimSet.title) + '** (' + cell(claimSet.id) + ', as of ' + claimSet.asOf + ').', '');
  out.push(summaryLine(t) + '.', '');
  const table = (title, rows) => {
    if (!rows.length) return;
    out.push('## ' + title, '', '| Line:col | Severity | Kind | Draft says | Expected | Message | Source |', '|---|---|---|---|---|---|---|');
    for (const f of rows) {
      out.push('| ' + f.line + ':' + f.column + ' | ' + f.severity + ' | ' + f.kind + ' | ' + cell(f.text) + ' | ' +
        cell(f.expected) + ' | ' + cell(f.message) + ' | ' + cell(f.source) + ' |');
    }
    out.push('');
  };
  table('Problems', findings.filter((f, i) => !dismissed[i] && isProblem(f)));
  table('Dismissed', findings.filter((f, i) => dismissed[i]));
  table('Confirmed and unchecked', findings.filter((f, i) => !dismissed[i] && !isProblem(f)));
  return out.join('\n');
}
