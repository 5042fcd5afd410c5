// The shape of a time rule and the helpers the rule files share.
import type { DatePrecision, Timex } from '../doc.js';
import { tenseAt, type Tense } from './context.js';

/**
 * Expressions whose value depends on what the text was just talking about rather than on the
 * reference date: "a year earlier" after "the third quarter" is the third quarter of last year.
 */
export type Anaphor = 'yearBack' | 'period' | 'periodBack' | 'yearNext' | 'yearPrev' | 'yearSame';

export interface Cand {
  start: number;
  end: number;
  value: string;
  type: Timex['type'];
  rule: string;
  anaphor?: Anaphor;
  /** rule order: among equally long overlapping matches the earlier rule wins */
  prio?: number;
}

export type Result = Omit<Cand, 'start' | 'end' | 'rule'> & { rule?: string; start?: number; end?: number };

export class RuleCtx {
  constructor(
    /** reference day number */
    readonly ref: number,
    /** the sentence text; match offsets are relative to it */
    readonly s: string,
  ) {}

  tense(m: RegExpExecArray, reach?: number): Tense | null {
    return tenseAt(this.s, m.index, m.index + m[0].length, reach);
  }

  /** The word (or symbol) before the match, lower-cased ('' at sentence start). */
  prevWord(m: RegExpExecArray): string {
    const words = this.s.slice(Math.max(0, m.index - 40), m.index).match(/[A-Za-z'$]+|\S/g) ?? [];
    return (words[words.length - 1] ?? '').toLowerCase();
  }

  /** The text right after the match. */
  after(m: RegExpExecArray, len = 30): string {
    return this.s.slice(m.index + m[0].length, m.index + m[0].length + len);
  }

  before(m: RegExpExecArray, len = 30): string {
    return this.s.slice(Math.max(0, m.index - len), m.index);
  }

  /** True when the match opens the sentence (after any quote or bracket): capitals prove nothing there. */
  atStart(m: RegExpExecArray): boolean {
    return /^[\s"'`“‘(\[-]*$/.test(this.s.slice(0, m.index));
  }
}

export interface Rule {
  id: string;
  /** the kinds of head word (anchors.ts) the rule needs; it is skipped on sentences with none of them */
  need: number;
  /** a second set of kinds, one of which must also be present ("ago" needs a unit and ago/earlier…) */
  also?: number;
  re: RegExp;
  apply(m: RegExpExecArray, c: RuleCtx): Result | null;
}

export const date = (value: string): Result => ({ value, type: 'DATE' });
export const duration = (value: string): Result => ({ value, type: 'DURATION' });

export function capitalised(word: string | undefined): boolean {
  return !!word && /^[A-Z]/.test(word);
}

/** A capitalised word inside a sentence followed by another: part of a name ("Current Affairs"). */
export function inName(m: RegExpExecArray, c: RuleCtx): boolean {
  return capitalised(m[0]) && !c.atStart(m) && /^\s+[A-Z]/.test(c.after(m));
}

export function precisionOf(value: string): DatePrecision | undefined {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$/.test(value)) return 'year';
  return undefined;
}

/** Compile a rule pattern: global and case-insensitive (rules check capitals themselves where they matter). */
export function rx(src: string): RegExp {
  return new RegExp(src, 'gi');
}
