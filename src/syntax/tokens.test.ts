import { describe, it, expect } from 'vitest';
import { udTokens, type Span } from './tokens.js';

/** Whitespace/punctuation spans the way wink gives them (enough for these cases). */
function spans(text: string, pieces: string[]): Span[] {
  const out: Span[] = [];
  let p = 0;
  for (const w of pieces) {
    const at = text.indexOf(w, p);
    out.push({ start: at, end: at + w.length });
    p = at + w.length;
  }
  return out;
}
const words = (text: string, pieces: string[]): string[] => udTokens(text, spans(text, pieces)).map((s) => text.slice(s.start, s.end));

describe('UD tokenisation refinements', () => {
  it('splits clitics and fused forms', () => {
    expect(words("I'm gonna go", ["I'm", 'gonna', 'go'])).toEqual(['I', "'m", 'gon', 'na', 'go']);
    expect(words('we cannot', ['we', 'cannot'])).toEqual(['we', 'can', 'not']);
    expect(words("they’re here", ['they’re', 'here'])).toEqual(['they', '’re', 'here']);
  });

  it('splits hyphens between a name and a number, or two years, not after a prefix', () => {
    expect(words('COVID-19 cases', ['COVID-19', 'cases'])).toEqual(['COVID', '-', '19', 'cases']);
    expect(words('in 2013-2014', ['in', '2013-2014'])).toEqual(['in', '2013', '-', '2014']);
    expect(words('pre-1982 law', ['pre-1982', 'law'])).toEqual(['pre-1982', 'law']);
    expect(words('call 555-1234', ['call', '555-1234'])).toEqual(['call', '555-1234']);
    expect(words('a co-worker', ['a', 'co-worker'])).toEqual(['a', 'co-worker']);
  });

  it('joins runs of punctuation and dotted names', () => {
    expect(words('No!!!', ['No', '!', '!', '!'])).toEqual(['No', '!!!']);
    expect(words('wait...', ['wait', '..', '.'])).toEqual(['wait', '...']);
    expect(words('see Space.com now', ['see', 'Space', '.', 'com', 'now'])).toEqual(['see', 'Space.com', 'now']);
    expect(words('It ended. Then', ['It', 'ended', '.', 'Then'])).toEqual(['It', 'ended', '.', 'Then']);
  });
});
