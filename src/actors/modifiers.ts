// Actor names that modify a noun rather than name the actor of the phrase.
import type { Doc } from '../doc.js';

/** Participles that, glued to a name by a hyphen, make the name describe the noun after them. */
const GLUED = /^-(linked|backed|allied|affiliated|aligned|inspired|funded|sponsored|supported|based|born|controlled|held|occupied|run|owned|trained|armed|dominated|friendly|leaning|style|bound|flagged|registered|made)\b/i;

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

/** "BERLIN (AP) -", "MOSCOW, Dec 31 (Reuters) -": the dateline's city says where the story was filed. */
const DATELINE_AFTER = /^\s*(?:,[^.\n]{0,40}?)?(?:\([^)\n]{1,30}\)\s*)?[-—–:]/;

/**
 * A capitalised place name opening a paragraph and followed by the wire's dateline punctuation is no
 * actor of the story: "BERLIN (AP) - A tourist ship has struck a bridge" is not Germany's government striking.
 */
export function markDatelines(doc: Doc): void {
  for (const para of doc.paragraphs) {
    const a = doc.actors.find((m) => m.start === para.start);
    if (!a || a.text !== a.text.toUpperCase() || !/[A-Z]{3}/.test(a.text)) continue;
    const m = DATELINE_AFTER.exec(doc.text.slice(a.end, a.end + 60));
    // The city and the agency in parentheses both belong to the dateline.
    if (m) for (const x of doc.actors) if (x.start >= para.start && x.end <= a.end + m[0].length) x.nested = true;
  }
}
