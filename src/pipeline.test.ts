import { describe, it, expect } from 'vitest';
import { checkOrder, type Stage } from './pipeline.js';
import { STAGES } from './extract.js';
import { PipelineError } from './errors.js';

describe('pipeline', () => {
  it('accepts the library order', () => {
    expect(() => checkOrder(STAGES)).not.toThrow();
  });

  it('refuses an order in which a stage needs what no earlier stage assigns', () => {
    const reordered: Stage[] = [STAGES[0], STAGES[STAGES.length - 1], ...STAGES.slice(1, -1)];
    expect(() => checkOrder(reordered)).toThrow(PipelineError);
    expect(() => checkOrder(reordered)).toThrow(/stage "events" requires/);
  });
});
