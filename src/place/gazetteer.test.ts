import { describe, expect, it } from 'vitest';
import { geocode, isAdjective, nameKey } from './gazetteer.js';

const near = (r: { lat: number; lon: number } | null, lat: number, lon: number, tol = 0.5) =>
  r !== null && Math.abs(r.lat - lat) <= tol && Math.abs(r.lon - lon) <= tol;

describe('nameKey', () => {
  it('folds case, diacritics, quotes, periods and hyphens', () => {
    expect(nameKey('São Paulo')).toBe('sao paulo');
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('Gilgit-Baltistan')).toBe('gilgit baltistan');
    expect(nameKey('Xi’an')).toBe("xi'an");
    expect(nameKey('Łódź')).toBe('lodz');
  });
});

describe('geocode', () => {
  it('finds capitals and cities', () => {
    const caracas = geocode('Caracas');
    expect(caracas?.country).toBe('VEN');
    expect(caracas?.kind).toBe('city');
    expect(near(caracas, 10.49, -66.88, 0.05)).toBe(true);
    expect(geocode('Geneva')?.country).toBe('CHE');
    expect(geocode('Montreal')?.country).toBe('CAN');
  });

  it('knows countries by their short forms', () => {
    expect(geocode('Venezuela')).toMatchObject({ country: 'VEN', kind: 'country' });
    for (const n of ['U.S.', 'US', 'United States', 'America']) expect(geocode(n)?.country).toBe('USA');
    for (const n of ['UK', 'Britain', 'Great Britain', 'United Kingdom']) expect(geocode(n)?.country).toBe('GBR');
    expect(geocode('Ivory Coast')?.country).toBe('CIV');
    expect(geocode('Burma')?.country).toBe('MMR');
  });

  it('takes capitals-only forms only in capitals', () => {
    expect(geocode('us')).toBeNull();
    expect(geocode('Us')).toBeNull();
  });

  it('knows older and English names', () => {
    expect(geocode('Kiev')).toMatchObject({ name: 'Kyiv', country: 'UKR' });
    expect(geocode('Kyiv')?.country).toBe('UKR');
    expect(geocode('Bombay')?.country).toBe('IND');
  });

  it('reads Washington as the capital', () => {
    const w = geocode('Washington');
    expect(w?.country).toBe('USA');
    expect(near(w, 38.9, -77.0, 0.1)).toBe(true);
    expect(geocode('Washington state')?.kind).toBe('region');
  });

  it('knows regions news names', () => {
    expect(geocode('Gaza Strip')).toMatchObject({ country: 'PSE', kind: 'region' });
    expect(geocode('Crimea')?.country).toBe('UKR');
    expect(geocode('Texas')).toMatchObject({ country: 'USA', kind: 'region' });
    expect(geocode('Ontario')).toMatchObject({ country: 'CAN', kind: 'region' });
    expect(geocode('Scotland')?.country).toBe('GBR');
  });

  it('returns continents with country ""', () => {
    expect(geocode('Europe')).toMatchObject({ kind: 'continent', country: '' });
    expect(geocode('Middle East')?.kind).toBe('continent');
  });

  it('does not resolve qualifier-only abbreviations alone', () => {
    expect(geocode('Tex.')).toBeNull();
    expect(geocode('TX')).toBeNull();
  });

  it('prefers the most populous city, unless the hint is strong enough', () => {
    expect(geocode('Paris')?.country).toBe('FRA');
    // Paris, Texas (25k) does not outweigh Paris, France (2.1M) on a country hint alone
    expect(geocode('Paris', { countries: ['USA'] })?.country).toBe('FRA');
    // Cambridge, England (158k) and Cambridge, Massachusetts (110k): the hint decides
    expect(geocode('Cambridge')?.country).toBe('GBR');
    expect(geocode('Cambridge', { countries: ['USA'] })?.country).toBe('USA');
  });

  it('keeps a country over a state of the same name unless the text is about the other country', () => {
    expect(geocode('Georgia')?.country).toBe('GEO');
    expect(geocode('Georgia', { countries: ['USA'] })).toMatchObject({ country: 'USA', kind: 'region' });
    expect(geocode('Jordan', { countries: ['USA'] })?.country).toBe('JOR');
  });

  it('returns null for what it does not know', () => {
    expect(geocode('Narnia')).toBeNull();
    expect(geocode('')).toBeNull();
  });

  it('codes Kosovo XKX', () => {
    expect(geocode('Kosovo')).toMatchObject({ country: 'XKX', kind: 'country' });
    expect(geocode('Pristina')?.country).toBe('XKX');
  });

  it('uses GeoNames-style country points where world-countries differs', () => {
    // Canada in Alberta, not Nunavut's 60, -95; the United States near Lebanon, Kansas
    expect(near(geocode('Canada'), 60.1, -113.6)).toBe(true);
    expect(near(geocode('United States'), 39.8, -98.5)).toBe(true);
  });

  it('knows counties, ranked by population', () => {
    expect(geocode('Orange County')).toMatchObject({ country: 'USA', kind: 'region' });
    expect(near(geocode('Orange County'), 33.7, -117.8)).toBe(true);
    expect(near(geocode('Montgomery County'), 39.1, -77.2)).toBe(true);
    expect(geocode('County Kerry')?.country).toBe('IRL');
  });

  it('finds names GeoNames writes with an ayn mark', () => {
    expect(geocode('Afrin')?.country).toBe('SYR');
  });
});

describe('isAdjective', () => {
  it('tells adjectives and demonyms from names', () => {
    expect(isAdjective('Russian')).toBe(true);
    expect(isAdjective('Europeans')).toBe(true);
    expect(isAdjective('Russia')).toBe(false);
    expect(isAdjective('Kherson')).toBe(false);
    expect(isAdjective('Narnian')).toBe(false);
  });
});
