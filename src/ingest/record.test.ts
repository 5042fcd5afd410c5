import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { urlKey, contentHash, normaliseDate, validate, isRejected } from './record.js';
import { signature, shingles, similarity, COPY_THRESHOLD } from './minhash.js';

describe('idempotency keys', () => {
  it('normalises URLs: scheme, www, tracking parameters, fragment, trailing slash', () => {
    expect(urlKey('https://www.Wire.example/a/b/?utm_source=x&id=2#top')).toBe('wire.example/a/b?id=2');
    expect(urlKey('http://wire.example/a/b?id=2')).toBe('wire.example/a/b?id=2');
    expect(urlKey(null)).toBeNull();
  });
  it('hashes text modulo whitespace and line endings', () => {
    expect(contentHash('Russia  attacked\r\nUkraine.')).toBe(contentHash('Russia attacked Ukraine.'));
    expect(contentHash('Russia attacked Ukraine.')).not.toBe(contentHash('Russia attacked Georgia.'));
    // Stores keep hashes across versions: the same as folding every run of /\s+/ to one space.
    const plain = (s: string) => createHash('sha256').update(s.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 32);
    for (const s of ['a b', 'a\nb', 'a \n b', ' \t lead', 'trail\u00a0', 'x\u2003\u2003y', 'one  two   three', '\r\n\r\n', '']) expect(contentHash(s)).toBe(plain(s));
  });
});

describe('record validation', () => {
  it('reads dates in the forms feeds and pages use, and refuses impossible ones', () => {
    expect(normaliseDate('2022-03-05')).toBe('2022-03-05');
    expect(normaliseDate('2023-05-17T08:30:00+03:00')).toBe('2023-05-17');
    expect(normaliseDate('Thu, 02 Feb 2023 14:00:00 GMT')).toBe('2023-02-02');
    expect(normaliseDate(new Date('2023-04-11T16:20:00Z'))).toBe('2023-04-11');
    expect(normaliseDate('2021-02-30')).toBe('bad');
    expect(normaliseDate('0001-01-01')).toBe('bad');
    expect(normaliseDate('next Tuesday-ish')).toBe('bad');
    expect(normaliseDate(null)).toBeNull();
  });
  it('rejects records with no text, a bad date, or no date, with a reason', () => {
    const r = (x: object) => validate({ where: 'x', kind: 'jsonl', ...x });
    expect(r({ text: '  ', date: '2022-01-01' })).toMatchObject({ reason: 'no-text' });
    expect(r({ text: 'Russia attacked Ukraine.', date: '2022-13-01' })).toMatchObject({ reason: 'bad-date' });
    expect(r({ text: 'Russia attacked Ukraine.' })).toMatchObject({ reason: 'no-date' });
    const ok = validate({ where: 'x', kind: 'text', text: 'Russia attacked Ukraine.' }, { date: '2022-01-01', outlet: 'Wire' });
    expect(isRejected(ok)).toBe(false);
    expect(ok).toMatchObject({ date: '2022-01-01', outlet: 'Wire', urlKey: null });
  });
});

describe('near-duplicate detection (MinHash)', () => {
  const base =
    'Russian forces attacked the Ukrainian city of Kharkiv on Monday, Ukrainian officials said. Residents of the eastern city spent the night in basements ' +
    'and metro stations while sirens sounded across several districts. Local authorities said repair crews were working to restore heating and water.';
  it('a syndicated copy with a new headline and a credit line is similar above the threshold', () => {
    const copy = 'Kharkiv hit again\n\n' + base + '\n\nReporting by the wire desk; editing by the local staff.';
    expect(similarity(signature(base)!, signature(copy)!)).toBeGreaterThanOrEqual(COPY_THRESHOLD);
  });
  it('a different article on the same event is not', () => {
    const other = 'Russia launched a missile attack on Ukraine on Monday, hitting Kharkiv, according to officials in Kyiv. Emergency workers pulled survivors from the rubble of a building near the central market, and the mayor asked residents to stay in shelters.';
    expect(similarity(signature(base)!, signature(other)!)).toBeLessThan(0.2);
  });
  it('texts too short to compare get no signature', () => {
    expect(signature('Russia attacked Ukraine.')).toBeNull();
  });
  it('shingles hash as the stored signatures always have: FNV-1a of five folded words joined by spaces', () => {
    // Stores keep signatures across versions, so the scan must give what this plain form gives.
    const reference = (text: string) => {
      const words = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const fnv = (s: string) => {
        let h = 0x811c9dc5;
        for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
        return h >>> 0;
      };
      if (words.length < 5) return words.length ? [fnv(words.join(' '))] : [];
      return [...new Set(words.slice(0, -4).map((_, i) => fnv(words.slice(i, i + 5).join(' '))))];
    };
    for (const t of [base, 'Erdoğan met Zelensky in İstanbul; Straße, café, naïve: ﬁve ２０２２ words', 'one two', '', 'A-B c_d 3.5% x²', '“Don’t,” he said — twice… «non» 5°C © ½ ™ ﬁne']) {
      expect([...shingles(t)]).toEqual(reference(t));
    }
  });
});
