// Scores one gold file: runs extraction on each case (or reads saved predictions) and accumulates
// every metric the file's cases support, with the errors a person needs to see why.
import { extract } from '../extract.js';
import type { ExtractResult } from '../result.js';
import { scoreEvents, dateCorrect, prf, scoreRelations, scoreTimexes, type GoldCase } from './score.js';
import { pentaclassOf, mainCode, ploverMatch, actorCodes, actorSpans, attributions, places } from './metrics.js';

export interface Metric {
  name: string;
  value: number;
  /** how many items the value is over */
  n: number;
  /** a line of detail (counts) */
  detail?: string;
}

export interface ErrorItem {
  kind: 'miss' | 'spurious' | 'wrong-code' | 'wrong-date';
  caseId: string;
  sentence: string;
  what: string;
  rule?: string;
}

export interface FileReport {
  file: string;
  cases: number;
  ms: number;
  metrics: Metric[];
  errors: ErrorItem[];
  /** gold root → predicted root (or "none") → count */
  confusion: Map<string, Map<string, number>>;
}

class Counter {
  constructor(public ok = 0, public n = 0) {}
  add(ok: boolean | number, n = 1): void {
    this.ok += typeof ok === 'number' ? ok : ok ? 1 : 0;
    this.n += n;
  }
}

export interface EvaluateOptions {
  /** saved predictions by case id (attache eval --pred); otherwise attache extracts */
  predictions?: Map<string, ExtractResult>;
  /** false: code events with the POS heuristics alone, without the parser's frames */
  syntax?: boolean;
}

export function evaluateCases(file: string, cases: GoldCase[], opts: EvaluateOptions = {}): FileReport {
  const t0 = performance.now();
  const ev = { tp: 0, fp: 0, fn: 0 };
  const evNonSilver = { tp: 0, fp: 0, fn: 0, cases: 0 };
  const exact = new Counter(), fullActor = new Counter(), date = new Counter(), modality = new Counter();
  const spurious = new Counter(), penta = new Counter(), mainRoot = new Counter(), mainExact = new Counter(), plover = new Counter();
  const actorP = new Counter(), actorF = new Counter();
  const span = { tp: 0, predicted: 0, gold: 0 };
  const tx = { tp: 0, fp: 0, fn: 0, value: 0 };
  const attr = { tp: 0, fp: 0, fn: 0 };
  const place = new Counter();
  const rel = { tp: 0, fp: 0, fn: 0 };
  const seen = { events: false, relations: false, timexes: false, attributions: false, places: false, spans: false };
  const errors: ErrorItem[] = [];
  const confusion = new Map<string, Map<string, number>>();
  const confuse = (g: string, p: string) => {
    const row = confusion.get(g) ?? new Map<string, number>();
    row.set(p, (row.get(p) ?? 0) + 1);
    confusion.set(g, row);
  };

  for (const c of cases) {
    const pred = opts.predictions?.get(c.id) ?? extract(c.text, { date: c.date ?? null, outlet: c.outlet ?? null, title: c.title ?? null, syntax: opts.syntax });
    const evidence = (e: ExtractResult['events'][number]) => {
      const s = e.evidence[0];
      return s ? c.text.slice(s.start, s.end) : c.text.slice(0, 200);
    };
    if (c.events) {
      seen.events = true;
      const s = scoreEvents(c.events, pred.events);
      ev.tp += s.tp; ev.fp += s.fp; ev.fn += s.fn;
      if (!c.silver) {
        evNonSilver.tp += s.tp; evNonSilver.fp += s.fp; evNonSilver.fn += s.fn; evNonSilver.cases++;
      }
      for (const m of s.matches) {
        if (m.gold.optional) continue;
        const codes = [m.gold.code, ...(m.gold.alt ?? [])];
        exact.add(codes.includes(m.pred.code));
        fullActor.add(m.gold.source === m.pred.source?.code && (m.gold.target ?? null) === (m.pred.target?.code ?? null));
        if (m.gold.date !== undefined) {
          const ok = dateCorrect(m.gold.date, m.pred.date);
          date.add(ok);
          if (!ok) errors.push({ kind: 'wrong-date', caseId: c.id, sentence: evidence(m.pred), what: `${m.gold.code} gold date ${m.gold.date}, got ${m.pred.date.value} (${m.pred.date.basis})`, rule: m.pred.rule });
        }
        if (m.gold.modality) modality.add(m.gold.modality === m.pred.modality);
        if (!codes.includes(m.pred.code)) errors.push({ kind: 'wrong-code', caseId: c.id, sentence: evidence(m.pred), what: `gold ${m.gold.code}, got ${m.pred.code} ${m.pred.name}`, rule: m.pred.rule });
      }
      for (const g of s.missed) {
        errors.push({ kind: 'miss', caseId: c.id, sentence: g.evidence ?? c.text.slice(0, 300), what: `${g.source} → ${g.target ?? '—'} ${g.code}` });
        const sameActors = pred.events.find((p) => p.source?.code?.slice(0, 3) === g.source.slice(0, 3));
        confuse(g.code.slice(0, 2), sameActors ? sameActors.code.slice(0, 2) : 'none');
      }
      for (const m of s.matches) if (!m.gold.optional) confuse(m.gold.code.slice(0, 2), m.pred.code.slice(0, 2));
      for (const p of s.spurious) errors.push({ kind: 'spurious', caseId: c.id, sentence: evidence(p), what: `${p.source?.code ?? '—'} → ${p.target?.code ?? '—'} ${p.code} ${p.name} ("${p.trigger.text}")`, rule: p.rule });
    }
    if (c.expect_no_event) {
      spurious.add(pred.events.length > 0);
      for (const p of pred.events) errors.push({ kind: 'spurious', caseId: c.id, sentence: evidence(p), what: `no event expected; got ${p.source?.code ?? '—'} → ${p.target?.code ?? '—'} ${p.code}`, rule: p.rule });
    }
    if (c.pentaclass !== undefined) penta.add(pentaclassOf(pred.events[0]?.code) === c.pentaclass);
    if (c.main_code) {
      const m = mainCode(c.main_code, pred);
      mainRoot.add(m.root);
      mainExact.add(m.exact);
      confuse(c.main_code.slice(0, 2), m.predicted?.slice(0, 2) ?? 'none');
      if (!m.root) {
        const best = pred.events.find((e) => e.code === m.predicted);
        errors.push({ kind: m.predicted ? 'wrong-code' : 'miss', caseId: c.id, sentence: c.text, what: `main code ${c.main_code}, got ${m.predicted ?? 'no event'}`, rule: best?.rule });
      }
    }
    if (c.plover?.event) plover.add(ploverMatch(c.plover.event, pred).ok);
    if (c.actor_codes) {
      const a = actorCodes(c.actor_codes, pred);
      actorP.add(a.principal, a.total);
      actorF.add(a.full, a.total);
    }
    if (c.actors) {
      seen.spans = true;
      const a = actorSpans(c.actors, pred);
      span.tp += a.tp; span.predicted += a.predicted; span.gold += a.gold;
    }
    if (c.timexes) {
      seen.timexes = true;
      const s = scoreTimexes(c.timexes, pred.timexes);
      tx.tp += s.tp; tx.fp += s.fp; tx.fn += s.fn; tx.value += s.valueOk;
    }
    if (c.attributions) {
      seen.attributions = true;
      const s = attributions(c.attributions, pred, c.text);
      attr.tp += s.tp; attr.fp += s.fp; attr.fn += s.fn;
    }
    if (c.places) {
      seen.places = true;
      const s = places(c.places, pred);
      place.add(s.within, s.total);
    }
    if (c.relations) {
      seen.relations = true;
      const s = scoreRelations(c.relations, pred.relations);
      rel.tp += s.tp; rel.fp += s.fp; rel.fn += s.fn;
    }
  }

  const metrics: Metric[] = [];
  const ratio = (name: string, k: Counter) => k.n && metrics.push({ name, value: k.ok / k.n, n: k.n, detail: `${k.ok}/${k.n}` });
  if (seen.events) {
    const m = prf(ev.tp, ev.fp, ev.fn);
    metrics.push({ name: 'event precision', value: m.p, n: ev.tp + ev.fp }, { name: 'event recall', value: m.r, n: ev.tp + ev.fn },
      { name: 'event F1', value: m.f1, n: ev.tp + ev.fp + ev.fn, detail: `TP ${ev.tp} FP ${ev.fp} FN ${ev.fn}` });
    if (evNonSilver.cases < cases.filter((c) => c.events).length) {
      const ns = prf(evNonSilver.tp, evNonSilver.fp, evNonSilver.fn);
      metrics.push({ name: 'event F1 (non-silver cases)', value: ns.f1, n: evNonSilver.cases, detail: `P ${ns.p.toFixed(3)} R ${ns.r.toFixed(3)}; TP ${evNonSilver.tp} FP ${evNonSilver.fp} FN ${evNonSilver.fn}` });
    }
    ratio('exact-code accuracy (matched)', exact);
    ratio('full-actor-code accuracy (matched)', fullActor);
    ratio('date accuracy (matched)', date);
    ratio('modality accuracy (matched)', modality);
  }
  ratio('spurious rate (no-event cases)', spurious);
  ratio('pentaclass accuracy', penta);
  ratio('main-code root accuracy', mainRoot);
  ratio('main-code exact accuracy', mainExact);
  ratio('PLOVER accuracy', plover);
  ratio('actor-code accuracy: country/principal', actorP);
  ratio('actor-code accuracy: full code', actorF);
  if (seen.spans) {
    const m = prf(span.tp, span.predicted - span.tp, span.gold - span.tp);
    metrics.push({ name: 'actor-span F1 (token overlap)', value: m.f1, n: span.gold, detail: `P ${m.p.toFixed(3)} R ${m.r.toFixed(3)}` });
  }
  if (seen.timexes) {
    const m = prf(tx.tp, tx.fp, tx.fn);
    metrics.push({ name: 'timex detection F1', value: m.f1, n: tx.tp + tx.fn, detail: `P ${m.p.toFixed(3)} R ${m.r.toFixed(3)}` });
    metrics.push({ name: 'timex value accuracy (matched)', value: tx.tp ? tx.value / tx.tp : 0, n: tx.tp });
  }
  if (seen.attributions) {
    const m = prf(attr.tp, attr.fp, attr.fn);
    metrics.push({ name: 'attribution F1', value: m.f1, n: attr.tp + attr.fn, detail: `P ${m.p.toFixed(3)} R ${m.r.toFixed(3)}` });
  }
  if (seen.places) ratio('place accuracy@161km', place);
  if (seen.relations) {
    const m = prf(rel.tp, rel.fp, rel.fn);
    metrics.push({ name: 'relations F1', value: m.f1, n: rel.tp + rel.fn, detail: `TP ${rel.tp} FP ${rel.fp} FN ${rel.fn}` });
  }
  return { file, cases: cases.length, ms: performance.now() - t0, metrics, errors, confusion };
}
