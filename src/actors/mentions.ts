// Actors stage: finds names in the text and composes them into coded actor phrases
// ("Venezuelan President Nicolás Maduro" → VENGOV, "Russian energy companies" → RUSBUS).
// matches.ts finds the names, phrases.ts groups them, code-phrase.ts codes a phrase, context.ts
// reads the words around it.
import type { Doc, ActorMention, Context } from '../doc.js';
import { mention as newMention } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { withSector } from './codes.js';
import { rawMatches, has, refOf, unknownNameAfter } from './matches.js';
import { phrases } from './phrases.js';
import { codePhrase, sectorOf } from './code-phrase.js';
import { placeBefore, leftEdge, unknownSpeakers, nestedModifiers, shareCountryInCoordination, shareCountryOfLocation } from './context.js';
import { markGluedModifiers, markDatelines } from './modifiers.js';


export function findActors(doc: Doc, ctx: Context): Doc {
  const tokens = doc.tokens;
  const sectors = new Map<ActorMention, string>();
  for (const s of doc.sentences) {
    const blocked = new Map<number, number>();
    const raws = rawMatches(doc, s.index, blocked);
    let floor = s.tokenStart;
    for (const phrase of phrases(doc, raws)) {
      // "talks in Baghdad": a capital after a locative preposition is a place, not its government.
      const only = phrase.length === 1 ? refOf(phrase[0], 'country') : undefined;
      if (only?.form === 'capital' && ['in', 'at', 'near', 'from', 'outside'].includes(tokens[phrase[0].start - 1]?.norm ?? '')) continue;
      const coded = codePhrase(doc, phrase, ctx);
      let startTok = leftEdge(tokens, phrase[0].start, floor);
      if (coded.code === null && phrase.every((m) => has(m, 'agent'))) {
        const place = placeBefore(tokens, phrase[0].start, floor, blocked);
        if (place) {
          const agents = phrase.map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
          coded.code = withSector(place.country, sectorOf(agents));
          coded.rule = `place.${place.country.toLowerCase()}+${coded.rule}`;
          startTok = leftEdge(tokens, place.start, floor);
        }
      }
      let endTok = phrase[phrase.length - 1].end;
      // "Venezuelan Foreign Minister Félix Plasencia": a title followed by a name the lexicon does not
      // hold takes the name into the mention; the code stays what the title and country give.
      const nextRaw = raws.find((r) => r.start >= endTok);
      const nameEnd = unknownNameAfter(tokens, endTok, Math.min(s.tokenEnd, nextRaw?.start ?? s.tokenEnd));
      const titled = has(phrase[phrase.length - 1], 'agent') && nameEnd > endTok;
      if (titled) endTok = nameEnd;
      floor = endTok;
      const mention: ActorMention = newMention({
        id: doc.actors.length,
        start: tokens[startTok].start,
        end: tokens[endTok - 1].end,
        text: doc.text.slice(tokens[startTok].start, tokens[endTok - 1].end),
        code: coded.code,
        kind: coded.kind,
        tokenStart: startTok,
        tokenEnd: endTok,
        sentence: s.index,
        rule: coded.rule,
      });
      if (coded.name) mention.name = coded.name;
      if (titled) {
        mention.kind = 'person';
        mention.name = doc.text.slice(tokens[phrase[phrase.length - 1].end].start, tokens[endTok - 1].end);
      }
      if (tokens[endTok]?.norm === "'s" || tokens[endTok]?.norm === "'") mention.possessive = true;
      if (coded.weak && !titled) mention.adjective = true;
      if (phrase.length === 1 && refOf(phrase[0], 'country')?.form === 'capital') mention.metonym = true;
      const agentRefs = phrase.map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
      if (agentRefs.length) {
        const sector = sectorOf(agentRefs)!;
        sectors.set(mention, sector);
        if (!mention.code && sector) mention.sector = sector;
      }
      doc.actors.push(mention);
      if (phrase.length > 1) doc.actors.push(...nestedModifiers(doc, phrase, mention));
    }
  }
  const covered = new Set<number>();
  for (const a of doc.actors) for (let k = a.tokenStart; k < a.tokenEnd; k++) covered.add(k);
  for (const s of doc.sentences) doc.actors.push(...unknownSpeakers(doc, s.index, covered));
  doc.actors.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.actors.forEach((a, i) => (a.id = i));
  shareCountryInCoordination(doc, sectors);
  shareCountryOfLocation(doc, sectors);
  markGluedModifiers(doc);
  markDatelines(doc);
  return doc;
}

export const actorStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'sentences'],
  assigns: ['actors'],
  run: findActors,
};

