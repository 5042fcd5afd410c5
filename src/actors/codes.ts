// CAMEO actor codes: a principal (country, or IGO/NGO/IMG/MNC + organisation) and sector codes.

const ORG_PREFIXES = ['IGO', 'NGO', 'IMG', 'MNC'];

/** The principal actor of a code, as SCHEMA.md scores it: USAGOV → USA, IGOUNOIAE → IGOUNO. */
export function principal(code: string | null | undefined): string | null {
  if (!code) return null;
  return ORG_PREFIXES.includes(code.slice(0, 3)) ? code.slice(0, 6) : code.slice(0, 3);
}

/**
 * The principal of an actor whose country is known: null for CAMEO's unknown-country codes ("---REB",
 * rebels the text places nowhere), which name a kind of actor, not one a dyad or a network can hold.
 */
export function knownPrincipal(code: string | null | undefined): string | null {
  return code?.startsWith('---') ? null : principal(code);
}

/** Adds a sector to a principal unless the code already carries it. */
export function withSector(base: string, sector: string | null | undefined): string {
  if (!sector) return base;
  if (base.endsWith(sector)) return base;
  return base + sector;
}
