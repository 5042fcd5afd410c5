// Gazetteer names in the token stream: the longest name starting at a token, and the ", Texas"
// qualifier that may follow it.
import { isPrefix, lookup, type Candidate, type Entry } from './gazetteer.js';
import { INNER_SEP, type Tok } from './tokens.js';

/** Qualifier-only names ("Tex.") never stand alone; capitals-only names ("US") only written in capitals. */
function usable(c: Candidate, surfaceCaps: boolean): boolean {
  return !c.qualifier && (!c.caps || surfaceCaps);
}

/** The longest gazetteer name starting at token i: [j, candidates]. */
export function longest(text: string, toks: Tok[], i: number): [number, Candidate[]] | null {
  const first = toks[i];
  // extend while some longer name starts with the words so far
  const keys = [first.key];
  for (let k = i + 1; k < toks.length; k++) {
    // inside a name a possessive is part of it ("Democratic People's Republic of Korea")
    const prev = toks[k - 1];
    if (!isPrefix(keys[keys.length - 1] + (prev.poss ? "'s" : ''))) break;
    const sep = prev.poss ? text.slice(prev.end + 2, toks[k].start) : text.slice(prev.end, toks[k].start);
    if (!INNER_SEP.test(sep)) break;
    keys.push(keys[keys.length - 1] + (prev.poss ? "'s " : ' ') + toks[k].key);
  }
  for (let len = keys.length; len >= 1; len--) {
    const j = i + len - 1;
    let cands = lookup(keys[len - 1]);
    if (!cands) continue;
    // a town's name ends on a capitalised word; lower-case ends are for our aliases ("Washington state")
    if (!toks[j].cap) cands = cands.filter((c) => c.entry.kind !== 'city');
    let surfaceCaps = true;
    for (let k = i; k <= j; k++) surfaceCaps &&= toks[k].caps;
    // short words in capitals are acronyms (ICE, NASA): no town is meant, only countries and
    // regions ("DPRK", "IRAN" in a headline) and capitals-only names (US, UK)
    const acronym = len === 1 && first.caps && first.end - first.start <= 4 && !first.title;
    const ok = cands.filter((c) => usable(c, surfaceCaps) && (!acronym || c.caps || c.entry.kind !== 'city'));
    if (ok.length) return [j, ok];
  }
  return null;
}

/**
 * A ", Texas" / ", Tex." / ", TX" / ", England" right after token j that contains one of the
 * `head` candidates (so "North Carolina, Georgia and Illinois" is a list, and "Tbilisi, Georgia"
 * picks the country): [last token, region or country]. With no head (a town we do not know,
 * "Estey's Bridge, N.B.") the first region or country of the name. Postal codes ("TX") count only
 * written in capitals and after a known town, where "Rothstein, P.A." cannot be a law firm.
 */
export function qualifierAfter(text: string, toks: Tok[], j: number, head: Candidate[] | null): [number, Entry] | null {
  const k = j + 1;
  if (k >= toks.length || !toks[k].cap || !/^,[ \u00a0]+$/.test(text.slice(toks[j].end, toks[k].start))) return null;
  for (let len = Math.min(4, toks.length - k); len >= 1; len--) {
    const e = k + len - 1;
    let key = toks[k].key;
    let ok = true;
    for (let m = k + 1; m <= e && ok; m++) {
      ok = INNER_SEP.test(text.slice(toks[m - 1].end, toks[m].start));
      key += ' ' + toks[m].key;
    }
    if (!ok || text[toks[e].end] === '-') continue;
    let surfaceCaps = true;
    for (let m = k; m <= e; m++) surfaceCaps &&= toks[m].caps;
    const surface = text.slice(toks[k].start, toks[e].end);
    // "TX", "In": two letters without periods (AP's "N.J.", "Ga." are fine anywhere)
    if (/^\p{L}\p{L}$/u.test(surface) && text[toks[e].end] !== '.' && (!surfaceCaps || !head)) continue;
    const found = lookup(key)?.filter((c) => c.entry.kind !== 'city' && c.entry.kind !== 'continent' && !c.adjective && (!c.caps || surfaceCaps));
    if (!found?.length) continue;
    if (!head) return [e, found[0].entry];
    const hit = found.find((q) => head.some((c) => c.entry !== q.entry && contains(q.entry, c.entry)));
    return hit ? [e, hit.entry] : null;
  }
  return null;
}

/** Whether region or country `outer` contains `inner` (by admin code, else by country). */
export function contains(outer: Entry, inner: Entry): boolean {
  return outer.admin ? inner.admin === outer.admin : outer.kind === 'country' && inner.country === outer.country;
}
