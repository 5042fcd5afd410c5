// Merge stage: the same event reported more than once in an article (headline, lead and a later
// sentence) becomes one event with every evidence span.
import type { CodedEvent, EventDate } from '../doc.js';
import { principal } from '../actors/codes.js';

const MODALITY_RANK: Record<string, number> = { asserted: 0, intended: 1, speculative: 2, hypothetical: 3, negated: 4 };

/** Dates are compatible when one is only the publication date, or one contains the other. */
export function compatibleDates(a: EventDate, b: EventDate): boolean {
  if (a.basis === 'publication' || b.basis === 'publication') return true;
  const x = a.value.replace(/-W\d+$/, '');
  const y = b.value.replace(/-W\d+$/, '');
  return x.startsWith(y) || y.startsWith(x);
}

function key(e: CodedEvent): string {
  const s = principal(e.source?.code) ?? '-';
  const t = principal(e.target?.code) ?? '-';
  return `${[s, t].sort().join('~')}|${e.code.slice(0, 2)}`;
}

/**
 * Two codes of one root name the same event when they agree to three digits, when one is the root's
 * generic code ("040 consult" and "042 make a visit"), or within consultations, where a visit and the
 * meeting it was for are one event. "161 break relations" and "163 impose sanctions" stay apart.
 */
export function compatibleCodes(a: string, b: string): boolean {
  if (a.slice(0, 2) !== b.slice(0, 2)) return false;
  const generic = (c: string) => c.length === 2 || (c.length === 3 && c.endsWith('0'));
  return a.slice(0, 3) === b.slice(0, 3) || generic(a) || generic(b) || a.startsWith('04');
}

/** Same direction, or either report is of a reciprocal event (a meeting "with" is a meeting between). */
function sameDyad(a: CodedEvent, b: CodedEvent): boolean {
  if (a.symmetric || b.symmetric) return true;
  return principal(a.source?.code) === principal(b.source?.code);
}

/** Which of two reports of one event speaks for it: asserted over intended, stated dates, then the earlier. */
function better(a: CodedEvent, b: CodedEvent): CodedEvent {
  const ma = MODALITY_RANK[a.modality];
  const mb = MODALITY_RANK[b.modality];
  if (ma !== mb) return ma < mb ? a : b;
  const da = a.date.basis === 'stated' ? 0 : 1;
  const db = b.date.basis === 'stated' ? 0 : 1;
  if (da !== db) return da < db ? a : b;
  if (a.code.length !== b.code.length) return a.code.length > b.code.length ? a : b;
  return a;
}

export function mergeEvents(events: CodedEvent[]): CodedEvent[] {
  const groups = new Map<string, CodedEvent[]>();
  const out: CodedEvent[] = [];
  for (const e of events) {
    const k = key(e);
    const list = groups.get(k) ?? [];
    const same = list.find((o) => sameDyad(o, e) && compatibleCodes(o.code, e.code) && compatibleDates(o.date, e.date) && (o.modality === 'negated') === (e.modality === 'negated'));
    if (!same) {
      list.push(e);
      groups.set(k, list);
      out.push(e);
      continue;
    }
    const keep = better(same, e);
    const other = keep === same ? e : same;
    const evidence = [...same.evidence, ...e.evidence]
      .filter((s, i, all) => all.findIndex((x) => x.start === s.start && x.end === s.end) === i)
      .sort((x, y) => x.start - y.start);
    const attribution = keep.attribution.length ? keep.attribution : other.attribution;
    const date = keep.date.basis === 'publication' && other.date.basis !== 'publication' ? other.date : keep.date;
    const place = keep.place ?? other.place;
    const merged: CodedEvent = { ...keep, evidence, attribution, date, place, confidence: Math.min(0.99, Math.max(keep.confidence, other.confidence) + 0.05) };
    list[list.indexOf(same)] = merged;
    out[out.indexOf(same)] = merged;
  }
  return out;
}
