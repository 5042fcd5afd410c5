// Which predicate a phrase belongs to, read off the parse: "on Thursday" in "Russia, which invaded
// Georgia in 2008, attacked Ukraine on Thursday" dates the attack, not the invasion.
import type { Doc, Span } from '../doc.js';

/** The predicate (a frame's verb) whose clause holds token k: the first frame on the way up its heads. */
export function predicateOf(doc: Doc, k: number): number | null {
  const p = doc.parse;
  if (!p || !doc.frames || p.head[k] === -2) return null;
  for (let x = p.head[k], steps = 0; x >= 0 && steps < 50; x = p.head[x], steps++) if (doc.frames.has(x)) return x;
  return null;
}

/** The token of a span whose head lies outside it: the phrase's head. */
function headOf(doc: Doc, span: Span): number | null {
  const p = doc.parse;
  if (!p) return null;
  let first = -1;
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k];
    if (t.start < span.start) continue;
    if (t.end > span.end) break;
    if (first < 0) first = k;
    const h = p.head[k];
    if (h === -2) return null;
    if (h < 0 || doc.tokens[h].start < span.start || doc.tokens[h].end > span.end) return k;
  }
  return first >= 0 ? first : null;
}

/**
 * The predicates an event's phrases may attach to: its own verb (or the verb of a nominal trigger),
 * and the verbs it is the open complement of ("plans to visit Moscow on Monday").
 */
export function eventPredicates(doc: Doc, trigger: number): Set<number> | null {
  if (!doc.frames || !doc.parse || doc.parse.head[trigger] === -2) return null;
  const own = doc.frames.has(trigger) ? trigger : predicateOf(doc, trigger);
  if (own === null) return null;
  const out = new Set([own]);
  for (let f = doc.frames.get(own); f && f.relation === 'xcomp' && f.governor !== null && out.size < 5; f = doc.frames.get(f.governor)) out.add(f.governor);
  return out;
}

/** Whether a span (a timex, a place) hangs from one of the predicates; null when the parse cannot tell. */
export function attachedTo(doc: Doc, span: Span, predicates: Set<number>): boolean | null {
  const h = headOf(doc, span);
  if (h === null) return null;
  const pred = predicateOf(doc, h);
  return pred === null ? null : predicates.has(pred);
}
