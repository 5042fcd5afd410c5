// The CAMEO code of an actor phrase: person by date, organisation, country + sector.
import type { Doc, Context, ActorKind } from '../doc.js';
import { personCode, type ActorRef } from './lexicon.js';
import { principal, withSector } from './codes.js';
import { type RawMatch, has, refOf, regionElsewhere } from './matches.js';
import { TIME_WORDS, IGO_SECTORS, namesGroupPart, backedBy, isModifier } from './phrases.js';

export interface Coded {
  code: string | null;
  kind: ActorKind;
  rule: string;
  name?: string;
  weak: boolean;
}

/** The sector an agent sequence gives: the leftmost specific sector, else GOV ("opposition leader" → OPP). */
export function sectorOf(agents: Extract<ActorRef, { type: 'agent' }>[]): string | null {
  if (!agents.length) return null;
  return agents.find((a) => a.sector !== 'GOV')?.sector ?? agents[0].sector;
}

export function codePhrase(doc: Doc, phrase: RawMatch[], ctx: Context): Coded {
  const tokens = doc.tokens;
  const first = phrase[0];
  const last = phrase[phrase.length - 1];
  const personIdx = phrase.findIndex((m) => has(m, 'person'));
  const former = tokens.slice(Math.max(first.start - 2, 0), last.end).some((t) => t.norm === 'former' || t.norm === 'ex');
  const next = tokens[last.end];
  // "Russia plans to attack": a verb the tagger took for a noun ("plans", "vows") is followed by "to"/"that".
  const verbLike = !!next && next.pos === 'NOUN' && ['to', 'that'].includes(tokens[last.end + 1]?.norm ?? '');
  const followedByNoun = !!next && next.sentence === tokens[last.start]?.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.norm !== "'s" && !verbLike && !TIME_WORDS.test(next.norm);

  if (personIdx >= 0) {
    const persons = phrase[personIdx].refs.filter((r): r is Extract<ActorRef, { type: 'person' }> => r.type === 'person');
    const chosen = persons.find((p) => personCode(p.person, ctx.date).current) ?? persons[0];
    const pc = personCode(chosen.person, ctx.date);
    const after = phrase.slice(personIdx + 1).map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
    let code = pc.code;
    if (after.length) code = withSector(principal(code) ?? code, sectorOf(after));
    else if (former) code = withSector(principal(code) ?? code, 'ELI');
    return { code, kind: after.length ? 'agent' : 'person', rule: chosen.rule, name: chosen.person.name, weak: false };
  }
  const orgMatch = phrase.find((m) => refOf(m, 'organisation') ?? refOf(m, 'igo'));
  const org = orgMatch && (refOf(orgMatch, 'organisation') ?? refOf(orgMatch, 'igo'));
  // "Chile's Defense Department": a generic body name that the lexicon files under one country
  // ("Defense Department" is the Pentagon) belongs to the country written before it.
  const ownCountry = orgMatch && phrase.find((m) => m !== orgMatch && m.start < orgMatch.start && refOf(m, 'country'));
  const orgAsAgent = orgMatch && refOf(orgMatch, 'agent');
  if (org && !(ownCountry && orgAsAgent && org.type === 'organisation' && principal(org.code) !== refOf(ownCountry, 'country')!.code)) {
    const kind: ActorKind = org.type === 'igo' ? 'igo' : org.kind === 'outlet' ? 'outlet' : org.kind === 'group' ? 'group' : 'organisation';
    // News outlets report; they are not their country's voice: coded MED without a country, so an
    // outlet's reporting never counts as its state's action in a dyad.
    let code = kind === 'outlet' ? 'MED' : org.code;
    // "NATO troops", "EU foreign ministers", "UN peacekeepers": an international body's agents carry its sector.
    if (org.type === 'igo') {
      const after = phrase.filter((m) => m.start > orgMatch!.start).map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
      const sector = sectorOf(after);
      if (sector && IGO_SECTORS.has(sector)) code = withSector(code, sector);
    }
    // "Facebook page", "NATO summit", "Gazprom shares": a body's name before a common noun modifies it.
    const weak = followedByNoun && next.pos === 'NOUN' && org.type === 'organisation' && org.kind !== 'group' && orgMatch === last && !namesGroupPart(tokens, last.end);
    return { code, kind, rule: org.rule, name: org.name, weak };
  }
  // The head country, not a modifier inside the phrase ("government of Russian ally Venezuela" → VEN).
  // A backer ("Russian-backed") gives the country only when no other country is named ("U.S.-trained Afghan forces" → AFG).
  const countries = phrase.filter((m) => refOf(m, 'country'));
  const heads = countries.some((m) => !backedBy(tokens, m.end)) ? countries.filter((m) => !backedBy(tokens, m.end)) : countries;
  const countryMatch = [...heads].reverse().find((m) => !isModifier(tokens, m)) ?? heads[0];
  const country = countryMatch ? refOf(countryMatch, 'country') : undefined;
  const agentRefs = phrase.map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
  if (country) {
    let sector = sectorOf(agentRefs);
    if (!sector && country.form === 'capital') sector = 'GOV';
    if (former && sector) sector = 'ELI';
    let code = withSector(country.code, sector);
    // "Georgia Rep. Tom Price", "Georgia Gov.": an abbreviated title after a name that is both a
    // country and a region elsewhere is the region's (American usage).
    const agentMatch = phrase.find((m) => m.start > countryMatch!.start && refOf(m, 'agent'));
    if (agentMatch && /\.$/.test(tokens[agentMatch.start].text) && tokens[agentMatch.start].text.length > 2) {
      const elsewhere = regionElsewhere(tokens, countryMatch!);
      if (elsewhere) code = withSector(elsewhere, sector);
    }
    // A bare country word modifying a noun ("Russian oil", "U.S. imports", "Russia allies") is weak:
    // it may be a nominal event's actor but is never a clause subject or object by itself.
    const weak = !agentRefs.length && country.form !== 'capital' && (followedByNoun || backedBy(tokens, last.end));
    const kind: ActorKind = agentRefs.length ? 'agent' : 'country';
    return { code, kind, rule: agentRefs.length ? `${country.rule}+${agentRefs[0].rule}` : country.rule, name: country.name, weak };
  }
  return { code: null, kind: 'agent', rule: agentRefs[0]?.rule ?? 'agent', weak: followedByNoun };
}

/** Country modifiers inside a longer phrase, kept for the relations stage ("Russian" in "government of Russian ally Venezuela"). */
