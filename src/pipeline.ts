import type { Doc, Context } from './doc.js';
import { PipelineError } from './errors.js';

/** What a stage reads and writes on the Doc; the pipeline checks the order before running anything. */
export type Layer = 'text' | 'sentences' | 'tokens' | 'actors' | 'coref' | 'frames' | 'timexes' | 'places' | 'attributions' | 'relations' | 'events' | 'modality' | 'dates' | 'merged';

export interface Stage {
  name: string;
  requires: Layer[];
  assigns: Layer[];
  run(doc: Doc, ctx: Context): Doc;
}

/** Refuses an order in which a stage needs a layer that no earlier stage assigns. */
export function checkOrder(stages: Stage[]): void {
  const have = new Set<Layer>(['text']);
  for (const s of stages) {
    const missing = s.requires.filter((l) => !have.has(l));
    if (missing.length) {
      throw new PipelineError(`stage "${s.name}" requires ${missing.join(', ')}, which no earlier stage assigns`);
    }
    s.assigns.forEach((l) => have.add(l));
  }
}

export function runPipeline(stages: Stage[], doc: Doc, ctx: Context): Doc {
  checkOrder(stages);
  for (const stage of stages) {
    try {
      doc = stage.run(doc, ctx);
    } catch (err) {
      // A failing stage must not lose the article: the document keeps what earlier stages found.
      doc.diagnostics.push({ stage: stage.name, message: `stage failed: ${(err as Error)?.message ?? String(err)}` });
    }
  }
  return doc;
}
