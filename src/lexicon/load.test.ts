import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadJsonl, checkUniqueIds } from './load.js';
import { VerbPattern, AgentEntry } from './schemas.js';
import { LexiconError } from '../errors.js';

function tmp(name: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'attache-lex-'));
  const f = join(dir, name);
  writeFileSync(f, body);
  return f;
}

describe('lexicon loading', () => {
  it('reports every bad entry with its file and line, not just the first', () => {
    const f = tmp('verbs.jsonl', [
      '// a comment',
      '{"id":"ok.one","code":"042","verb":"visit","target":"object"}',
      '{"id":"bad.code","code":"42x","verb":"visit","target":"object"}',
      'not json',
      '{"id":"bad.field","code":"042","verb":"visit","target":"object","colour":"red"}',
    ].join('\n'));
    try {
      loadJsonl(VerbPattern, [f]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(LexiconError);
      const problems = (err as LexiconError).problems;
      expect(problems).toHaveLength(3);
      expect(problems[0]).toMatch(/verbs\.jsonl:3: code/);
      expect(problems[1]).toMatch(/verbs\.jsonl:4: not JSON/);
      expect(problems[2]).toMatch(/verbs\.jsonl:5: .*colour/);
    }
  });

  it('reports duplicate ids with both places', () => {
    const f = tmp('agents.jsonl', '{"id":"a.x","terms":["army"],"sector":"MIL"}\n{"id":"a.x","terms":["police"],"sector":"COP"}\n');
    const items = loadJsonl(AgentEntry, [f]);
    expect(() => checkUniqueIds(items)).toThrow(/agents\.jsonl:2: duplicate id "a.x" \(first at .*agents\.jsonl:1\)/);
  });

  it('the shipped lexicons load without problems', async () => {
    const { actorLexicon } = await import('../actors/lexicon.js');
    const { patternIndex } = await import('../events/patterns.js');
    expect(actorLexicon().countries.size).toBeGreaterThan(190);
    expect(patternIndex().verbs.size).toBeGreaterThan(50);
  });
});
