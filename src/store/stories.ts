// Cross-article event merging: which story an event joins (docs/STORE.md, "story-merge rule").
// Pure rules here; the writer runs them in commit order, so the result never depends on worker timing.
import { knownPrincipal } from '../actors/codes.js';
import { dayMs, interval, PRECISION_RANK, type Precision } from './dates.js';

type StoredEvent = {
  code: string;
  modality: string;
  symmetric?: boolean;
  source: { code: string | null; name?: string; text: string } | null;
  target: { code: string | null; name?: string; text: string } | null;
  date: { value: string; precision: string };
  place: { country: string | null } | null;
};

/** How far apart (days) two day-precise reports of one event may be dated: time zones, "yesterday" read differently. */
export const DATE_SLACK_DAYS = 1;

/** Modality classes that never share a story: a denied attack is not the attack. */
export function modalityClass(m: string): 'factual' | 'negated' | 'irrealis' {
  if (m === 'negated') return 'negated';
  if (m === 'intended' || m === 'hypothetical') return 'irrealis';
  return 'factual';
}

export interface StoryKey {
  src: string;
  tgt: string;
  /** the event's actors were swapped to put a symmetric event's dyad in canonical order */
  swapped: boolean;
  root: string;
  mclass: string;
  /** one-sided events only: the actor's full code and name and the full event code, all of which must match */
  grain: string;
  lo: string;
  hi: string;
  precision: Precision;
  country: string | null;
}

/** The merge key of an event: principal dyad (symmetric events in sorted order), CAMEO root, modality class, day interval, country. */
export function storyKey(e: StoredEvent, publication: string): StoryKey {
  let src = knownPrincipal(e.source?.code) ?? '';
  let tgt = knownPrincipal(e.target?.code) ?? '';
  let swapped = false;
  if (e.symmetric && tgt !== '' && tgt < src) {
    [src, tgt] = [tgt, src];
    swapped = true;
  }
  const iv = interval(e.date.value, e.date.precision, publication);
  // A one-sided event ("the US said") is a much weaker key than a dyad: it merges only with the same
  // actor (full code and name) doing the same thing (full code), or every US statement of a day would be one.
  let grain = '';
  if ((src === '') !== (tgt === '')) {
    const a = src ? e.source : e.target;
    grain = `${src ? 's' : 't'}|${a?.code ?? ''}|${(a?.name ?? a?.text ?? '').toLowerCase().replace(/\s+/g, ' ').trim()}|${e.code}`;
  }
  return { src, tgt, swapped, root: e.code.slice(0, 2), mclass: modalityClass(e.modality), grain, lo: iv.lo, hi: iv.hi, precision: iv.precision, country: e.place?.country ?? null };
}

export interface StoryCandidate {
  id: number;
  lo: string;
  hi: string;
  precision: string;
  country: string | null;
}

/** Whether an event with this key may join this story (same dyad, root and class are already given by the lookup). */
export function compatible(k: StoryKey, s: StoryCandidate): boolean {
  if (k.precision === 'year' || s.precision === 'year') {
    if (k.precision !== s.precision || k.lo !== s.lo) return false;
  } else {
    const slack = DATE_SLACK_DAYS * 86_400_000;
    if (dayMs(s.lo) > dayMs(k.hi) + slack || dayMs(s.hi) < dayMs(k.lo) - slack) return false;
  }
  return !(k.country && s.country && k.country !== s.country);
}

/** Among compatible stories, the one anchored nearest the event; ties to the oldest story. */
export function chooseStory(k: StoryKey, candidates: StoryCandidate[]): StoryCandidate | null {
  let best: StoryCandidate | null = null;
  let bestDist = Infinity;
  for (const s of candidates) {
    if (!compatible(k, s)) continue;
    const d = Math.abs(dayMs(s.lo) - dayMs(k.lo)) + Math.abs(dayMs(s.hi) - dayMs(k.hi));
    if (d < bestDist || (d === bestDist && best && s.id < best.id)) {
      best = s;
      bestDist = d;
    }
  }
  return best;
}

/** A story's date is refined when a report dates it more precisely (a month story joined by a dated report). */
export function refines(k: StoryKey, s: StoryCandidate): boolean {
  return PRECISION_RANK[k.precision] < PRECISION_RANK[s.precision] && k.lo >= s.lo && k.hi <= s.hi;
}

/** Events with no coded actor at all are never merged: nothing says two of them are the same event. */
export function mergeable(k: StoryKey): boolean {
  return k.src !== '' || k.tgt !== '';
}
