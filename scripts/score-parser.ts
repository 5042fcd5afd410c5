// Scores attache's tagger + parser on the UD English test sets (../shared/ud) the way issue 4 asks:
//  1. gold tokenisation: the output of `attache parse --conllu-in FILE` (our UPOS, our heads and
//     relations) against the gold file: UPOS accuracy, UAS, LAS (full deprel) and LAS (universal part);
//  2. raw text, CoNLL 2018 style: each gold sentence's `# text` through our tokenizer, tagger and
//     parser; system words aligned to gold words by character spans; F1 of words, UPOS, UAS, LAS;
//  3. speed (tag + parse, one thread, best of 3) and cold model loading time.
//   npx tsx scripts/score-parser.ts [--sets ewt,gum,pud] [--split test|dev] [--gold-upos]
// Exits 0 with a note when ../shared/ud is absent.

import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ud = join(root, '..', 'shared', 'ud');
if (!existsSync(ud)) {
  console.log(`UD treebanks not found at ${ud}; nothing to score. (See docs/PARSER.md.)`);
  process.exit(0);
}

// cold load first, before anything else touches the models
const tLoad = performance.now();
const { loadParser } = await import('../src/syntax/parser.js');
const { loadTagger } = await import('../src/syntax/tagger.js');
const tImport = performance.now();
const parser = loadParser();
const tagger = loadTagger();
const loadMs = performance.now() - tImport;
const importMs = tImport - tLoad;

const { parseConllu } = await import('../src/syntax/conllu.js');
const { runParseConllu, parseText } = await import('../src/cli/parse.js');
const { goldSpans, alignAndCount, emptyCounts, f1 } = await import('../src/syntax/align.js');
type ConlluSentence = import('../src/syntax/conllu.js').ConlluSentence;
type SpanWord = import('../src/syntax/align.js').SpanWord;

function sarg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}
const SETS = sarg('sets', 'ewt,gum,pud').split(',');
const SPLIT = sarg('split', 'test');
const GOLD_UPOS = process.argv.includes('--gold-upos');

/** Subsets by genre: GUM news documents, PUD news (sent_id n…) and Wikipedia (w…) sentences. */
function subsets(tb: string, sents: ConlluSentence[]): [string, boolean[]][] {
  if (tb === 'gum') {
    let doc = '';
    const news = sents.map((s) => {
      for (const c of s.comments) {
        const m = /^newdoc id = (\S+)/.exec(c);
        if (m) doc = m[1];
      }
      return doc.startsWith('GUM_news_');
    });
    return [['news', news]];
  }
  if (tb === 'pud') {
    const id = (s: ConlluSentence): string => s.comments.find((c) => c.startsWith('sent_id = '))?.slice(10) ?? '';
    return [
      ['news', sents.map((s) => id(s).startsWith('n'))],
      ['wiki', sents.map((s) => id(s).startsWith('w'))],
    ];
  }
  return [];
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const rows: string[] = [];
const rawRows: string[] = [];

for (const tb of SETS) {
  const file = join(ud, tb, `${SPLIT}.conllu`);
  if (!existsSync(file)) continue;
  const gold = parseConllu(readFileSync(file, 'utf8')).filter((s) => s.tokens.length > 0);
  // 1. gold tokens: exactly what `attache parse --conllu-in FILE` prints
  let text = '';
  runParseConllu(file, (s) => (text += s), { goldUpos: GOLD_UPOS });
  const sys = parseConllu(text).filter((s) => s.tokens.length > 0);
  if (sys.length !== gold.length) throw new Error(`${file}: ${sys.length} parsed sentences for ${gold.length} gold`);
  const score = (mask: boolean[] | null): string => {
    let n = 0, upos = 0, uas = 0, las = 0, lasU = 0, sents = 0;
    gold.forEach((g, k) => {
      if (mask && !mask[k]) return;
      sents++;
      const s = sys[k];
      g.tokens.forEach((t, i) => {
        const p = s.tokens[i];
        n++;
        if (p.upos === t.upos) upos++;
        if (p.head === t.head) {
          uas++;
          if (p.deprel === t.deprel) las++;
          if (p.deprel.split(':')[0] === t.deprel.split(':')[0]) lasU++;
        }
      });
    });
    return `${String(sents).padStart(6)} ${String(n).padStart(7)} | ${pct(upos / n)} ${pct(uas / n)} ${pct(las / n)} ${pct(lasU / n)}`;
  };
  rows.push(`${`${tb}/${SPLIT}`.padEnd(16)} ${score(null)}`);
  for (const [name, mask] of subsets(tb, gold)) rows.push(`${`${tb}/${SPLIT} ${name}`.padEnd(16)} ${score(mask)}`);

  // 2. raw text, sentence by sentence (gold sentence boundaries, our tokens)
  const perSentence: { idx: number; g: SpanWord[]; s: SpanWord[][] }[] = [];
  let unaligned = 0;
  for (const [idx, g] of gold.entries()) {
    const txt = g.comments.find((c) => c.startsWith('text = '))?.slice(7);
    if (txt === undefined) {
      unaligned++;
      continue;
    }
    const spans = goldSpans(g, txt);
    if (!spans) {
      unaligned++;
      continue;
    }
    const gw: SpanWord[] = g.tokens.map((t, i) => ({ ...spans[i], upos: t.upos, head: t.head, deprel: t.deprel }));
    const sw: SpanWord[][] = parseText(txt).map((s) => s.tokens.map((t) => ({ start: t.start, end: t.end, upos: t.upos, head: t.head, deprel: t.deprel })));
    perSentence.push({ idx, g: gw, s: sw });
  }
  const masks: [string, boolean[] | null][] = [[`${tb}/${SPLIT}`, null], ...subsets(tb, gold).map(([n, m]) => [`${tb}/${SPLIT} ${n}`, m] as [string, boolean[]])];
  for (const [name, mask] of masks) {
    const c = emptyCounts();
    for (const item of perSentence) if (!mask || mask[item.idx]) alignAndCount([item.g], item.s, c);
    rawRows.push(
      `${name.padEnd(16)} ${String(c.gold).padStart(7)} ${String(c.system).padStart(7)} | ${pct(f1(c.words, c))} ${pct(f1(c.upos, c))} ${pct(f1(c.uas, c))} ${pct(f1(c.las, c))} ${pct(f1(c.lasU, c))}`,
    );
  }
  if (unaligned) rawRows.push(`  (${tb}: ${unaligned} sentences without a usable # text were left out)`);
}

console.log(`\nGold tokenisation, ${GOLD_UPOS ? 'GOLD' : 'our predicted'} UPOS (attache parse --conllu-in FILE); LAS = full deprel, LASu = universal part (CoNLL 2018)`);
console.log('set               sents   words |   UPOS    UAS    LAS   LASu');
for (const r of rows) console.log(r);
console.log('\nRaw text (each sentence\'s # text through our tokenizer, tagger, parser), CoNLL 2018 aligned-word F1');
console.log('set                 gold  system |  Words   UPOS    UAS    LAS   LASu');
for (const r of rawRows) console.log(r);

// 3. speed on EWT test (gold tokens), tag + parse, best of 3
const ewtFile = join(ud, 'ewt', `${SPLIT}.conllu`);
if (existsSync(ewtFile)) {
  const sents = parseConllu(readFileSync(ewtFile, 'utf8')).filter((s) => s.tokens.length > 0).map((s) => s.tokens.map((t) => t.form));
  const words = sents.reduce((a, s) => a + s.length, 0);
  let best = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    for (const w of sents) parser.parse(w, tagger.tag(w));
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  console.log(`\nspeed, tag + parse, ewt/${SPLIT} (${sents.length} sentences), one thread, best of 3: ${(sents.length / best).toFixed(0)} sentences/s, ${(words / best).toFixed(0)} words/s`);
}
let bytes = 0;
for (const d of ['parser', 'tagger', 'clusters']) {
  const dir = join(root, 'models', d);
  if (existsSync(dir)) for (const f of readdirSync(dir)) bytes += statSync(join(dir, f)).size;
}
console.log(`models on disk (parser + tagger + clusters): ${(bytes / 1e6).toFixed(1)} MB; cold load: ${loadMs.toFixed(0)} ms (+ ${importMs.toFixed(0)} ms module import)`);
