import { describe, it, expect } from 'vitest';
import { splitActor } from './export.js';
import { storyKey } from './stories.js';
import { extract } from '../extract.js';

describe('issue 3: actors of no known country ("---REB")', () => {
  const [event] = extract('Rebels attacked a Syrian army base.', { date: '2015-06-01' }).events;
  it('are coded CAMEO style, country unknown and sector kept', () => {
    expect(event.source?.code).toBe('---REB');
  });
  it('are no dyad side in the store and an empty country in GDELT rows', () => {
    expect(storyKey(event, '2015-06-01').src).toBe('');
    expect(splitActor('---REB')).toEqual({ country: '', group: '', types: ['REB', '', ''] });
  });
});
