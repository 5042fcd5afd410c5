// The cue data of the attribution stage, data/attribution/cues.jsonl: report verbs with their frames, the
// phrases with the source after them ("according to"), anonymous-source phrases and document nouns. Loaded once,
// indexed by the word the rules meet first, so that a sentence costs one lookup a token.
import { join } from 'node:path';
import { z } from 'zod';
import { loadJsonl, dataDir } from '../lexicon/load.js';

const CueEntry = z
  .object({
    id: z.string(),
    kind: z.enum(['verb', 'phrase', 'anonymous', 'document']),
    forms: z.array(z.string()).min(1),
    /** a family of cues, for reading the data (say, think, criticize…) */
    class: z.string().optional(),
    /** the source may follow the verb after a quotation: "“…,” said Maduro" */
    invert: z.boolean().optional(),
    /** the verb reports only beside a clause, a quotation or a colon ("added that …", not "added 200 jobs"),
     * or when its source is a document or an outlet ("the poll found Trump ahead") */
    clause: z.boolean().optional(),
    /** the verb reports only with one of these words right after it: "pointed out", "pointed to" */
    particle: z.array(z.string()).optional(),
    /** words right after the verb that make it another verb: "showed up", "called off" */
    not: z.array(z.string()).optional(),
    /** a verb of saying that stays an attribution inside what another source reports ("X said Y told him");
     * other verbs there (believe, support, want) are part of the report, not the article's attribution */
    nested: z.boolean().optional(),
    /** the verb reports only with an object and its predicate ("called the plan “dangerous”", "called him a liar")
     * or one of these words ("called for", "called on"); otherwise it is a telephone call or a name ("a group called …") */
    predicate: z.array(z.string()).optional(),
    /** the verb names the one spoken to before what is said: "told reporters (that) …", "warned Moscow that …" */
    object: z.boolean().optional(),
    /** forms listed for their place (base, -s, …) that are no cue: "respond" ("did not respond to a request") */
    omit: z.array(z.string()).optional(),
  })
  .strict();
type CueEntry = z.infer<typeof CueEntry>;

export interface Verb {
  id: string;
  /** not a verb: a phrase with its source after it ("according to X"), or the colon of "X: …" */
  special?: 'phrase' | 'colon';
  /** the words of the phrase after its first */
  rest?: string[];
  invert: boolean;
  clause: boolean;
  particle: Set<string> | null;
  not: Set<string> | null;
  nested: boolean;
  /** the form is a present participle ("saying") */
  ing: boolean;
  /** the form is a base or -s form, which may as well be a noun ("report", "claims") */
  plain: boolean;
  /** the form is the base form ("say"), which agrees only with a plural or "I/you/we/they" subject */
  base: boolean;
  /** words that may stand for the predicate a verb like "call" needs ("called for", "called on") */
  predicate: Set<string> | null;
  /** the one spoken to comes before what is said ("told reporters …") */
  object: boolean;
}
interface Cues {
  verbs: Map<string, Verb>;
  /** anonymous-source phrases by their first word */
  anonymous: Map<string, string[][]>;
  /** nouns heading document sources ("poll", "records"), multi-word ones by their last word */
  documents: Map<string, string[][]>;
}
let cues: Cues | null = null;
export function loadCues(): Cues {
  if (cues) return cues;
  const verbs = new Map<string, Verb>();
  const anonymous: Cues['anonymous'] = new Map();
  const documents = new Map<string, string[][]>();
  const phrases = new Map<string, { id: string; rest: string[] }>();
  for (const { entry } of loadJsonl(CueEntry, [join(dataDir(), 'attribution', 'cues.jsonl')]) as { entry: CueEntry }[]) {
    if (entry.kind === 'verb') {
      for (const f of entry.forms) {
        if (verbs.has(f) || entry.omit?.includes(f)) continue;
        verbs.set(f, {
          id: entry.id,
          invert: entry.invert ?? false,
          clause: entry.clause ?? false,
          particle: entry.particle ? new Set(entry.particle) : null,
          not: entry.not ? new Set(entry.not) : null,
          nested: entry.nested ?? false,
          ing: f.endsWith('ing'),
          plain: f === entry.forms[0] || f === entry.forms[1],
          base: f === entry.forms[0],
          predicate: entry.predicate ? new Set(entry.predicate) : null,
          object: entry.object ?? false,
        });
      }
    }
    if (entry.kind === 'phrase') {
      for (const f of entry.forms) {
        const [first, ...rest] = f.split(' ');
        phrases.set(first, { id: entry.id, rest });
      }
    }
    if (entry.kind === 'anonymous') {
      for (const f of entry.forms) {
        const words = f.split(' ');
        if (!anonymous.has(words[0])) anonymous.set(words[0], []);
        anonymous.get(words[0])!.push(words);
      }
    }
    if (entry.kind === 'document') {
      for (const f of entry.forms) {
        const words = f.split(' ');
        const last = words[words.length - 1];
        if (!documents.has(last)) documents.set(last, []);
        documents.get(last)!.push(words);
      }
    }
  }
  const special = (id: string, kind: 'phrase' | 'colon', rest?: string[]): Verb => ({ id, special: kind, rest, invert: false, clause: false, particle: null, not: null, nested: true, ing: false, plain: false, base: false, predicate: null, object: false });
  for (const [first, p] of phrases) verbs.set(first, special(p.id, 'phrase', p.rest));
  verbs.set(':', special('colon', 'colon'));
  cues = { verbs, anonymous, documents };
  return cues;
}
