// UD English tokenisation on top of attache's text-stage tokens (src/text/segment.ts, wink-nlp), for
// the parser. Where wink and the English treebanks (EWT, GUM, PUD) disagree, the treebanks win:
// - clitics are split: "I'm" -> "I" "'m", "they're" -> "they" "'re";
// - "gonna", "gotta", "wanna", "oughta", "cannot" are two words ("gon" "na", "can" "not");
// - a hyphen between a capitalised word and digits, or between two years, is its own token
//   ("COVID-19" -> "COVID" "-" "19", "2013-2014" -> "2013" "-" "2014");
// - runs of touching punctuation are one token ("!!!", "...", "?!", "-----");
// - "name.ext" / "www.site.org" (no space, lower-case letter after the dot) is one token.

export interface Span {
  start: number;
  end: number;
}

const CLITIC = /^(.*\p{L})(['’](?:m|re|ve|ll|d|s))$/iu;
const FUSED: Record<string, number> = { gonna: 3, gotta: 3, wanna: 3, oughta: 5, cannot: 3 };
const SENT_PUNCT = /^[.!?]+$/;
const REPEAT_PUNCT = /^([-*=_~^#/+])\1*$/;
const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;
const ALNUM = /^[\p{L}\p{N}_]+$/u;

function splitHyphens(w: string): boolean {
  if (!HYPHENATED.test(w)) return false;
  const parts = w.split('-');
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i];
    const b = parts[i + 1];
    const bNum = /^\d+$/.test(b);
    const aAlpha = /^\p{L}+$/u.test(a);
    // "COVID-19", "STS-135", "2013-2014"; but "pre-1982", "mid-1960s" and phone numbers stay whole
    const year = (x: string): boolean => /^(1[5-9]|20)\d\d$/.test(x);
    if (!((aAlpha && bNum && /^\p{Lu}/u.test(a)) || (year(a) && year(b)))) return false;
  }
  return true;
}

/** Refines token spans (offsets into text) to UD English conventions. */
export function udTokens(text: string, tokens: readonly Span[]): Span[] {
  // 1. merges of touching tokens
  const merged: Span[] = [];
  for (const t of tokens) {
    const prev = merged[merged.length - 1];
    if (prev && prev.end === t.start) {
      const a = text.slice(prev.start, prev.end);
      const b = text.slice(t.start, t.end);
      const punctRun = (SENT_PUNCT.test(a) && SENT_PUNCT.test(b)) || (REPEAT_PUNCT.test(a) && REPEAT_PUNCT.test(b) && a[0] === b[0]);
      // "Space" "." "com": merge the dot and what follows into the word before
      const dotted = (b === '.' && /[\p{L}\p{N}]$/u.test(a) && /^[a-z]/.test(text.slice(t.end, t.end + 1)) && !/\.$/.test(a)) || (a.endsWith('.') && a.length > 1 && /^[a-z][\p{L}\p{N}]*$/u.test(b) && ALNUM.test(a.slice(0, -1).split('.').pop() ?? ''));
      if (punctRun || dotted) {
        prev.end = t.end;
        continue;
      }
    }
    merged.push({ start: t.start, end: t.end });
  }
  // 2. splits
  const out: Span[] = [];
  for (const t of merged) {
    const w = text.slice(t.start, t.end);
    const fused = Object.hasOwn(FUSED, w.toLowerCase()) ? FUSED[w.toLowerCase()] : undefined;
    if (fused) {
      out.push({ start: t.start, end: t.start + fused }, { start: t.start + fused, end: t.end });
      continue;
    }
    const m = CLITIC.exec(w);
    if (m && m[1].length > 0 && !m[1].includes("'") && !m[1].includes('’')) {
      const cut = t.start + m[1].length;
      out.push({ start: t.start, end: cut }, { start: cut, end: t.end });
      continue;
    }
    if (w.includes('-') && splitHyphens(w)) {
      let p = t.start;
      for (const part of w.split('-')) {
        if (p > t.start) {
          out.push({ start: p, end: p + 1 });
          p++;
        }
        out.push({ start: p, end: p + part.length });
        p += part.length;
      }
      continue;
    }
    out.push({ start: t.start, end: t.end });
  }
  return out;
}
