// Actor names that modify a noun rather than name the actor of the phrase.
import type { Doc } from '../doc.js';

/** Participles that, glued to a name by a hyphen, make the name describe the noun after them. */
const GLUED = /^-(linked|backed|allied|affiliated|aligned|inspired|funded|sponsored|supported|based|born|controlled|held|occupied|run|owned|trained|armed|dominated|friendly|leaning|style)\b/i;

/**
 * "The Al Qaeda-linked Somali militant group al-Shabab", "a UK-based group": the name tells what the
 * group is linked to or where it sits; the group, not Al Qaeda or the UK, is who acts.
 */
export function markGluedModifiers(doc: Doc): void {
  const t = doc.tokens;
  for (const a of doc.actors) {
    if (GLUED.test(doc.text.slice(a.end, a.end + 14))) a.adjective = true;
    // "held military drills": a sector word used as an adjective names no one.
    else if (a.kind === 'agent' && !a.code && a.tokenEnd - a.tokenStart === 1 && t[a.tokenStart].pos === 'ADJ' && t[a.tokenEnd]?.pos === 'NOUN') a.adjective = true;
  }
}
