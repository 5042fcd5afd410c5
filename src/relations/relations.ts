// Relations stage: standing relations stated in passing — "Venezuela, a Russian ally",
// "Russian ally Venezuela", "fellow Russia allies Nicaragua and Cuba", "NATO member Turkey", "X, a rival of Y".
import type { Doc, ActorMention, Relation } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { principal } from '../actors/codes.js';
import { coordinated } from '../events/clause.js';

const TYPES: Record<string, Relation['type']> = {
  ally: 'ally', allies: 'ally', partner: 'ally', partners: 'ally',
  rival: 'rival', rivals: 'rival', adversary: 'rival', adversaries: 'rival', foe: 'rival', foes: 'rival', enemy: 'rival', enemies: 'rival', 'arch-rival': 'rival',
  member: 'member', members: 'member',
};

function mentionEndingAt(doc: Doc, tokenEnd: number): ActorMention | undefined {
  return doc.actors.find((a) => a.tokenEnd === tokenEnd && a.code);
}
/** The mention whose head starts at a token: one starting there, or a longer one that ends with it ("government of Russian ally Venezuela"). */
function mentionStartingAt(doc: Doc, tokenStart: number): ActorMention | undefined {
  return (
    doc.actors.find((a) => a.tokenStart === tokenStart && a.code && !a.adjective && !a.nested) ??
    doc.actors.find((a) => a.tokenStart < tokenStart && a.tokenEnd > tokenStart && a.code && !a.nested)
  );
}

export function findRelations(doc: Doc): Doc {
  const t = doc.tokens;
  const seen = new Set<string>();
  const add = (a: ActorMention, b: ActorMention, type: Relation['type'], i: number, rule: string) => {
    // Countries by their principal; an organisation by its full code ("member(TUR, IGOWSTNAT)").
    const party = (code: string | null) => (code && /^(IGO|NGO)/.test(code) ? code : principal(code));
    const pa = party(a.code);
    const pb = party(b.code);
    if (!pa || !pb || pa === pb) return;
    const key = `${type}:${pa}:${pb}`;
    if (seen.has(key)) return;
    seen.add(key);
    const start = Math.min(a.start, b.start, t[i].start);
    const end = Math.max(a.end, b.end, t[i].end);
    doc.relations.push({ a: pa, b: pb, type, start, end, rule });
  };
  for (let i = 0; i < t.length; i++) {
    const type = Object.hasOwn(TYPES, t[i].norm) ? TYPES[t[i].norm] : undefined;
    if (!type || t[i].pos === 'VERB') continue;
    // The other party: an actor right before the noun ("Russian ally", "Russia allies", "NATO member")
    // or after "of" ("an ally of Russia").
    let other = mentionEndingAt(doc, i);
    if (!other && t[i + 1]?.norm === 'of') other = doc.actors.find((a) => a.tokenStart === i + 2 || (t[i + 2]?.norm === 'the' && a.tokenStart === i + 3));
    if (!other || !other.code) continue;
    const otherEnd = other.tokenStart > i ? other.tokenEnd : i + 1;
    // The holders: named right after ("Russian ally Venezuela", "allies Nicaragua and Cuba") …
    const after = mentionStartingAt(doc, otherEnd === i + 1 ? i + 1 : otherEnd);
    const holders: ActorMention[] = after ? coordinated(doc, after, doc.sentences[t[i].sentence].tokenEnd) : [];
    // … or in apposition before: "Venezuela, a Russian ally,".
    const start = other.tokenStart < i ? other.tokenStart : i;
    if (!holders.length && (t[start - 1]?.norm === 'a' || t[start - 1]?.norm === 'an')) {
      if (t[start - 2]?.norm === ',') {
        const before = mentionEndingAt(doc, start - 2);
        if (before) holders.push(before);
      }
    }
    // "Venezuela and fellow … allies Nicaragua and Cuba": the first conjunct is an ally too.
    for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
      if (t[k].norm === 'fellow' && t[k - 1]?.norm === 'and') {
        const first = mentionEndingAt(doc, k - 1);
        if (first) holders.unshift(first);
        break;
      }
    }
    for (const h of holders) add(h, other, type, i, `relation.${type}.${t[i].norm}`);
  }
  return doc;
}

export const relationStage: Stage = {
  name: 'relations',
  requires: ['actors'],
  assigns: ['relations'],
  run: findRelations,
};
