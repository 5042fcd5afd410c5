// Validates every knowledge file under data/ and prints entry counts: `npx tsx scripts/check-lexicons.ts`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadJsonl, dataDir, checkUniqueIds } from '../src/lexicon/load.js';
import * as S from '../src/lexicon/schemas.js';
import { AttacheError } from '../src/errors.js';

const files: [string, import('zod').ZodTypeAny, boolean][] = [
  ['actors/countries.jsonl', S.CountryEntry, false],
  ['actors/igos.jsonl', S.IgoEntry, true],
  ['actors/agents.jsonl', S.AgentEntry, true],
  ['actors/organisations.jsonl', S.OrganisationEntry, true],
  ['actors/persons.jsonl', S.PersonEntry, true],
  ['events/verbs.jsonl', S.VerbPattern, true],
  ['events/nouns.jsonl', S.NounPattern, true],
];
let failed = false;
for (const [rel, schema, hasId] of files) {
  const file = join(dataDir(), rel);
  if (!existsSync(file)) { console.log(`${rel}: missing`); continue; }
  try {
    const items = loadJsonl(schema, [file]);
    if (hasId) checkUniqueIds(items as never);
    console.log(`${rel}: ${items.length} entries`);
  } catch (err) {
    failed = true;
    console.error(err instanceof AttacheError ? err.message : err);
  }
}
// Rule ids travel into events, so they must be unique across both pattern files.
try {
  const { patternIndex } = await import('../src/events/patterns.js');
  patternIndex();
} catch (err) {
  failed = true;
  console.error(err instanceof AttacheError ? err.message : err);
}
process.exit(failed ? 1 : 0);
