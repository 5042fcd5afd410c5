// Reading and writing CoNLL-U (https://universaldependencies.org/format.html).
// Multiword-token lines (n-m) and empty nodes (n.m) are skipped on reading; comments are kept.

export interface ConlluToken {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 = root; -1 when the column is "_" */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  /** comment lines, without the leading "# " */
  comments: string[];
  tokens: ConlluToken[];
  /** multiword tokens ("1-2 Don't"), kept for alignment with raw text; absent when there are none */
  multiword?: { first: number; last: number; form: string; misc: string }[];
}

/** Parses CoNLL-U text into sentences of basic (integer-id) tokens. */
export function parseConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], tokens: [] };
  const flush = (): void => {
    if (cur.tokens.length > 0 || cur.comments.length > 0) out.push(cur);
    cur = { comments: [], tokens: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      cur.comments.push(line.replace(/^#\s?/, ''));
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`CoNLL-U line ${n + 1}: expected 10 columns, got ${cols.length}`);
    const id = cols[0];
    if (id.includes('-')) {
      const [first, last] = id.split('-').map(Number);
      (cur.multiword ??= []).push({ first, last, form: cols[1], misc: cols[9] });
      continue;
    }
    if (id.includes('.')) continue;
    cur.tokens.push({
      id: Number(id),
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: cols[6] === '_' ? -1 : Number(cols[6]),
      deprel: cols[7],
      deps: cols[8],
      misc: cols[9],
    });
  }
  flush();
  return out;
}

/** Writes sentences back to CoNLL-U (each sentence followed by a blank line). */
export function writeConllu(sentences: ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(c === '' ? '#' : `# ${c}`);
    for (const t of s.tokens) {
      parts.push(
        [t.id, t.form, t.lemma, t.upos, t.xpos, t.feats, t.head < 0 ? '_' : t.head, t.deprel, t.deps, t.misc].join('\t'),
      );
    }
    parts.push('');
  }
  return parts.join('\n') + (parts.length > 0 ? '\n' : '');
}

/** True when the gold tree (heads 1-based, 0 = root) has no crossing arcs. */
export function isProjective(head: number[]): boolean {
  const n = head.length;
  for (let i = 1; i <= n; i++) {
    const h = head[i - 1];
    const a = Math.min(i, h);
    const b = Math.max(i, h);
    for (let j = a + 1; j < b; j++) {
      // every token strictly between i and its head must be dominated by the arc's head side
      let k = j;
      let steps = 0;
      while (k !== 0 && k !== h && steps <= n) {
        k = head[k - 1];
        steps++;
      }
      if (k !== h) return false;
    }
  }
  return true;
}
