// Runs the pipeline on a sentence for stage tests.
import { analyze } from '../extract.js';

export function run(text: string, date = '2022-03-05') {
  return analyze(text, { date }).doc;
}

/** Actor mentions as "text=CODE". */
export function actors(text: string, date = '2022-03-05'): string[] {
  return run(text, date).actors.filter((a) => !a.nested).map((a) => `${a.text}=${a.code}`);
}

/** Events as "SRC>TGT CODE modality". */
export function events(text: string, date = '2022-03-05'): string[] {
  return run(text, date).events.map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.code} ${e.modality}`);
}
