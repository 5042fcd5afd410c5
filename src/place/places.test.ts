import { describe, expect, it } from 'vitest';
import type { Place } from '../doc.js';
import { findPlaces } from './places.js';

const names = (text: string) => findPlaces(text).map((p) => `${p.text}/${p.country}`);

describe('findPlaces', () => {
  it('finds and geocodes a capital named after an adjective', () => {
    const text = 'U.S. officials are traveling to the Venezuelan capital of Caracas.';
    const places = findPlaces(text);
    const caracas = places.find((p) => p.text === 'Caracas') as Place;
    expect(caracas.country).toBe('VEN');
    expect(caracas.lat).toBeCloseTo(10.49, 1);
    expect(caracas.lon).toBeCloseTo(-66.88, 1);
    // "Venezuelan" is an adjective: returned (geocoded to its country) unless turned off
    expect(places.map((p) => p.text)).toEqual(['U.S.', 'Venezuelan', 'Caracas']);
    expect(findPlaces(text, undefined, { adjectives: false }).map((p) => p.text)).toEqual(['U.S.', 'Caracas']);
  });

  it('gives spans that slice the text', () => {
    const text = 'Talks in Geneva and São Paulo, then Russia’s envoy flew to Buenos Aires.';
    const places = findPlaces(text);
    for (const p of places) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(places.map((p) => p.text)).toEqual(['Geneva', 'São Paulo', 'Russia', 'Buenos Aires']);
  });

  it('finds countries and cities', () => {
    expect(names('The delegation went to Venezuela last week.')).toEqual(['Venezuela/VEN']);
    expect(names('Peace talks in Geneva resumed.')).toEqual(['Geneva/CHE']);
    expect(names('Shelling continued in Kyiv overnight.')).toEqual(['Kyiv/UKR']);
    expect(names('Shelling continued in Kiev overnight.')).toEqual(['Kiev/UKR']);
    expect(names('Fighting in the Gaza Strip went on.')).toEqual(['Gaza Strip/PSE']);
  });

  it('geocodes Washington to the capital, whatever it stands for', () => {
    const [w] = findPlaces('The envoy arrived in Washington on Monday.');
    expect(w.country).toBe('USA');
    expect(w.lat).toBeCloseTo(38.9, 0);
    expect(w.lon).toBeCloseTo(-77.0, 0);
    expect(names('Washington said it would respond.')).toEqual(['Washington/USA']);
  });

  it('skips organisations named after places', () => {
    expect(names('The New York Times reported the deal.')).toEqual([]);
    expect(names('New York Times reported the deal.')).toEqual([]);
    expect(names('According to the Washington Post, he resigned.')).toEqual([]);
    expect(names('He works for Bank of America.')).toEqual([]);
    expect(names('She studied at the University of California.')).toEqual([]);
  });

  it('skips people named after places', () => {
    expect(names('Jordan Peterson said the book was done.')).toEqual([]);
    expect(names('Paris Hilton arrived late.')).toEqual([]);
    expect(names('President Jackson vetoed it.')).toEqual([]);
    expect(names('Sen. Elizabeth Warren spoke first. Later Warren said no.')).toEqual([]);
  });

  it('keeps the place in a title phrase', () => {
    expect(names('King Abdullah of Jordan met the envoy.')).toEqual(['Jordan/JOR']);
    expect(names('Moscow Mayor Sergei Sobyanin closed schools.')).toEqual(['Moscow/RUS']);
  });

  it('does not take adjectives (when asked not to) or English words for places', () => {
    expect(findPlaces('Russian troops moved west.', undefined, { adjectives: false })).toEqual([]);
    expect(names('Most analysts agree. Many expect a deal in March.')).toEqual([]);
    // with a preposition the word is a place again
    expect(names('The plant is in Most.')).toEqual(['Most/CZE']);
  });

  it('needs context for small towns', () => {
    // Nenagh (Ireland, ~5,500 people)
    expect(names('Nenagh councillors met.')).toEqual([]);
    expect(names('The councillors met in Nenagh.')).toEqual(['Nenagh/IRL']);
  });

  it('reads a qualifier and keeps its choice for later mentions', () => {
    expect(names('He grew up in Paris, Texas, and still lives in Paris.')).toEqual(['Paris/USA', 'Texas/USA', 'Paris/USA']);
    expect(names('She moved to Cambridge, Mass., last year.')).toEqual(['Cambridge/USA', 'Mass./USA']);
    expect(names('The museum in Paris reopened.')).toEqual(['Paris/FRA']);
  });

  it('uses the article’s other places as hints', () => {
    expect(names('Protests spread across Georgia, from Atlanta to Savannah.')[0]).toBe('Georgia/USA');
    expect(names('Georgia and Armenia signed the deal.')[0]).toBe('Georgia/GEO');
    expect(findPlaces('Georgia signed the deal.', undefined, { countries: ['USA'] })[0].country).toBe('USA');
  });

  it('takes capitals-only names only in capitals', () => {
    expect(names('Let us go to the U.S. and the UK.')).toEqual(['U.S./USA', 'UK/GBR']);
  });

  it('reads datelines and headlines', () => {
    expect(names('WASHINGTON (Reuters) - The talks stalled.')).toEqual(['WASHINGTON/USA']);
    expect(names('Russia Warns Ukraine Over Crimea')).toEqual(['Russia/RUS', 'Ukraine/UKR', 'Crimea/UKR']);
  });

  it('returns continents with country null', () => {
    const [e] = findPlaces('Gas prices rose across Europe.');
    expect(e).toMatchObject({ text: 'Europe', country: null });
    expect(e.lat).not.toBeNull();
  });

  it('returns adjectives and demonyms unless asked not to', () => {
    const text = 'Russian troops and Mexicans in Europe met European officials.';
    expect(findPlaces(text, undefined, { adjectives: false }).map((p) => p.text)).toEqual(['Europe']);
    const all = findPlaces(text);
    expect(all.map((p) => `${p.text}/${p.country}`)).toEqual(['Russian/RUS', 'Mexicans/MEX', 'Europe/null', 'European/null']);
    expect(findPlaces(text, undefined, { adjectives: true })).toEqual(all);
  });

  it('copes with nothing to find', () => {
    expect(findPlaces('')).toEqual([]);
    expect(findPlaces('no capitals here at all.')).toEqual([]);
  });

  it('uses the sentence spans it is given', () => {
    const text = 'Officials met. Reading was calm.';
    // "Reading" opens a sentence: an English word, not the town
    expect(findPlaces(text, [{ start: 0, end: 14 }, { start: 15, end: 32 }])).toEqual([]);
  });

  it('places a country where a gazetteer-based reader does (GeoNames country points)', () => {
    const at = (text: string) => findPlaces(text)[0];
    // Canada's point is in Alberta, Japan's at Tokyo, India's in Madhya Pradesh
    expect(at('Canada')).toMatchObject({ country: 'CAN' });
    expect(at('Canada').lon).toBeCloseTo(-113.6, 0);
    expect(at('Japan').lat).toBeCloseTo(35.7, 0);
    expect(at('India').lon).toBeCloseTo(79, 0);
  });

  it('codes Kosovo XKX, as the actor lexicon does', () => {
    expect(names('Talks with Kosovo resumed in Pristina.')).toEqual(['Kosovo/XKX', 'Pristina/XKX']);
  });

  it('places the European Union at its centre, as an area of no one country', () => {
    const [eu] = findPlaces('EU ministers met on Monday.');
    expect(eu).toMatchObject({ text: 'EU', country: null });
    expect(eu.lat).toBeCloseTo(49.8, 0);
    expect(names('The European Union agreed.')).toEqual(['European Union/null']);
  });

  it('keeps a country named inside a longer name, but not a person or an organisation named after a city', () => {
    expect(names('The Pakistan Army built the road.')).toEqual(['Pakistan/PAK']);
    expect(names('She flew Air Zimbabwe to Harare.')).toEqual(['Zimbabwe/ZWE', 'Harare/ZWE']);
    expect(names('He chairs the Development Bank of Mauritius.')).toEqual(['Mauritius/MUS']);
    expect(names('Jordan Peterson said the book was done.')).toEqual([]);
    expect(names('He works for Bank of America.')).toEqual([]);
    expect(names('The Washington Post reported it.')).toEqual([]);
  });

  it('keeps a place named before its public body', () => {
    expect(names('Maryland State Police said the road was closed.')).toEqual(['Maryland/USA']);
    expect(names('The Kentucky Department of Education wrote back.')).toEqual(['Kentucky/USA']);
    expect(names('A Texas Rangers pitcher was hurt.')).toEqual([]);
  });

  it('knows counties, and ranks those of one name by the text and their size', () => {
    const [oc] = findPlaces('Voters in Orange County turned out.');
    expect(oc).toMatchObject({ text: 'Orange County', country: 'USA' });
    expect(oc.lat).toBeCloseTo(33.7, 0);
    expect(findPlaces('Montgomery County schools closed.')[0].lon).toBeCloseTo(-77.2, 0);
    expect(findPlaces('Montgomery County, Ohio, schools closed.')[0].lon).toBeCloseTo(-84.3, 0);
    expect(names('The Cuyahoga County Executive resigned.')).toEqual(['Cuyahoga County/USA']);
    expect(names('Farmers in Co. Cavan and County Kerry complained.')).toEqual(['Co. Cavan/IRL', 'County Kerry/IRL']);
  });

  it('knows islands, deltas, airports and bases', () => {
    expect(names('Migrants landed on Samos and Lesbos.')).toEqual(['Samos/GRC', 'Lesbos/GRC']);
    expect(names('The plane was searched at Heathrow.')).toEqual(['Heathrow/GBR']);
    expect(names('Militants attacked pipelines in the Niger Delta.')).toEqual(['Niger Delta/NGA']);
  });

  it('places seats of government where they stand', () => {
    const [wh] = findPlaces('Reporters waited outside the White House.');
    expect(wh).toMatchObject({ text: 'White House', country: 'USA' });
    expect(wh.lat).toBeCloseTo(38.9, 1);
    expect(names('The Kremlin and Downing Street disagreed.')).toEqual(['Kremlin/RUS', 'Downing Street/GBR']);
  });

  it('finds Arab towns written without the ayn mark', () => {
    expect(names('Clashes went on in Afrin.')).toEqual(['Afrin/SYR']);
  });
});
