// Small shared helpers: quad classes, Goldstein colours, numbers.

export const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_SHORT = ['verbal coop.', 'material coop.', 'verbal conflict', 'material conflict'];
export const QUAD_COLORS = ['#7fbf7b', '#1b7837', '#f4a582', '#b2182b'];

/** −10 … +10 → red … grey … green */
export function goldsteinColor(g: number | null | undefined): string {
  if (g === null || g === undefined || Number.isNaN(g)) return '#9aa0a6';
  const t = Math.max(-1, Math.min(1, g / 6));
  const grey = [154, 160, 166];
  const end = t < 0 ? [178, 24, 43] : [27, 120, 55];
  const k = Math.abs(t);
  const c = grey.map((x, i) => Math.round(x + (end[i] - x) * k));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** share of conflict (quad 3–4) among events → colour */
export function conflictColor(quad: number[]): string {
  const n = quad.reduce((a, b) => a + b, 0) || 1;
  const conflict = (quad[2] + quad[3]) / n;
  return goldsteinColor((0.5 - conflict) * 12);
}

export const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString('en-US'));
export const fmtG = (g: number | null | undefined) => (g === null || g === undefined ? '—' : (g > 0 ? '+' : '') + g.toFixed(1));

export function dyadOf(s: { src: string; tgt: string; src_code: string | null; tgt_code: string | null }): string {
  return `${s.src_code ?? s.src} → ${s.tgt_code ?? (s.tgt || '—')}`;
}
