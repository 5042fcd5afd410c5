// Schemas of every knowledge file under data/. Each file is JSONL: one entry a line, so a bad
// entry can be reported with its file and line. See docs/LEXICONS.md for what each field means.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case dotted words');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const country = z.string().regex(/^[A-Z]{3}$/, 'a three-letter CAMEO/ISO country code');
const actorCode = z.string().regex(/^([A-Z]{3})+$/, 'CAMEO actor code: groups of three capitals');
const sector = z.string().regex(/^([A-Z]{3})+$/, 'one or more three-letter sector codes');
const cameoCode = z.string().regex(/^\d{2,4}$/, 'a CAMEO event code of 2 to 4 digits');
const words = z.array(z.string().min(1)).min(1);

export const CountryEntry = z.object({
  code: country,
  name: z.string(),
  /** every name a text uses for the country as a noun: "Venezuela", "U.S.", "America" */
  names: words,
  /** adjectives and demonyms: "Venezuelan", "Venezuelans" */
  adjectives: z.array(z.string()).default([]),
  /** capitals, used as metonyms for the government ("Moscow said") */
  capitals: z.array(z.string()).default([]),
}).strict();

export const IgoEntry = z.object({
  id,
  code: actorCode,
  name: z.string(),
  names: words,
  /** names that are only safe with a capital initial or in upper case ("WHO", "AU") */
  caseSensitive: z.array(z.string()).default([]),
}).strict();

export const AgentEntry = z.object({
  id,
  /** nouns (lower case, singular and plural as written) that name an agent of a sector */
  terms: words,
  sector,
  /** true: the term names the state itself, so a bare country name does not need it */
  note: z.string().optional(),
}).strict();

export const OrganisationEntry = z.object({
  id,
  code: actorCode,
  name: z.string(),
  names: words,
  caseSensitive: z.array(z.string()).default([]),
  kind: z.enum(['organisation', 'outlet', 'group']).default('organisation'),
}).strict();

/** Phrases that contain an actor name but name no actor ("Latin American", "New Mexico"): they block the match. */
export const NotActorEntry = z.object({
  id,
  names: words,
  note: z.string().optional(),
}).strict();

export const PersonRole = z.object({
  code: actorCode,
  title: z.string(),
  from: isoDate,
  /** null: still in office when the lexicon was written */
  to: isoDate.nullable(),
}).strict();

export const PersonEntry = z.object({
  id,
  name: z.string(),
  /** full names and unambiguous short forms ("Maduro", "Nicolas Maduro") */
  aliases: words,
  roles: z.array(PersonRole).min(1),
}).strict();

const slot = z.string().regex(/^(object|none|[a-z]+(\|[a-z]+)*)$/, 'object, none, or prepositions joined by |');

export const VerbPattern = z.object({
  id,
  code: cameoCode,
  /** verb lemmas joined by | ("impose|slap|levy") */
  verb: z.string().regex(/^[a-z'-]+( [a-z'-]+)?(\|[a-z'-]+( [a-z'-]+)?)*$/),
  /** particle right after the verb ("out" in "lash out") */
  particle: z.string().optional(),
  /** noun lemmas that must head the object within a few tokens ("sanction|embargo") */
  object: z.string().optional(),
  /** where the target is: object, none, or prepositions ("on|against") */
  target: slot,
  /** false: an event without a target actor is still coded */
  requiresTarget: z.boolean().default(true),
  /** reciprocal: "X and Y met" gives one symmetric event */
  symmetric: z.boolean().default(false),
  /** the target is also where the event happened (visits) */
  placeIsTarget: z.boolean().default(false),
  /** lemmas one of which must occur later in the same clause ("turn to X for aid": "aid|assistance|help") */
  requires: z.string().regex(/^[a-z'-]+(\|[a-z'-]+)*$/).optional(),
  /** the target is a named place, never an actor ("seized Crimea", not "seized on the remarks" or "conquered the media") */
  targetIsPlace: z.boolean().default(false),
  /** the verb takes no direct object in this sense: "thousands demonstrated", not "demonstrated his intention" */
  intransitive: z.boolean().default(false),
  /** lemmas none of which may occur in the clause ("launch a rocket" is no attack with "orbit|satellite|space") */
  unless: z.string().regex(/^[a-z'-]+(\|[a-z'-]+)*$/).optional(),
  /** the complement's own triggers belong to this event and are not coded apart ("mulls reducing imports") */
  absorbs: z.boolean().default(false),
  /** the subject receives what the target slot's actor gives: "received assurances from X" is X's act towards the subject */
  converse: z.boolean().default(false),
  note: z.string().optional(),
}).strict();

export const NounPattern = z.object({
  id,
  code: cameoCode,
  /** nouns joined by | ("invasion|incursion"); a phrase of up to four words ("special military operation") matches word by word */
  noun: z.string().regex(/^[a-z'-]+( [a-z'-]+){0,3}(\|[a-z'-]+( [a-z'-]+){0,3})*$/),
  /** prepositions that introduce the target ("of|on|against") */
  target: z.string().regex(/^[a-z]+(\|[a-z]+)*$/),
  /** false: coded with a source alone ("Russian shelling") */
  requiresTarget: z.boolean().default(true),
  symmetric: z.boolean().default(false),
  note: z.string().optional(),
}).strict();

export const CameoCodeEntry = z.object({
  code: cameoCode,
  name: z.string(),
  goldstein: z.number().nullable(),
  quad: z.number().int().min(1).max(4),
  pentaclass: z.number().int().min(0).max(4),
  plover: z.object({ event: z.string().nullable(), mode: z.string().nullable() }),
}).strict();

export type CountryEntry = z.infer<typeof CountryEntry>;
export type IgoEntry = z.infer<typeof IgoEntry>;
export type AgentEntry = z.infer<typeof AgentEntry>;
export type OrganisationEntry = z.infer<typeof OrganisationEntry>;
export type PersonEntry = z.infer<typeof PersonEntry>;
export type NotActorEntry = z.infer<typeof NotActorEntry>;
export type PersonRole = z.infer<typeof PersonRole>;
export type VerbPattern = z.infer<typeof VerbPattern>;
export type NounPattern = z.infer<typeof NounPattern>;
export type CameoCodeEntry = z.infer<typeof CameoCodeEntry>;
