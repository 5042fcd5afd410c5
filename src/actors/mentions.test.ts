import { describe, it, expect } from 'vitest';
import { actors } from '../testing/helpers.js';

describe('actors stage: mentions and CAMEO actor codes', () => {
  it('codes countries by name, short form, adjective and capital metonym', () => {
    expect(actors('The U.S. and Venezuela talked.')).toEqual(['U.S.=USA', 'Venezuela=VEN']);
    expect(actors('Moscow said it would respond.')[0]).toBe('Moscow=RUSGOV');
  });

  it('combines a country with the agent it qualifies', () => {
    expect(actors('Russian energy companies and banks invested.')).toEqual(['Russian energy companies=RUSBUS', 'banks=RUSBUS']);
    expect(actors('Senior U.S. officials arrived.')).toEqual(['Senior U.S. officials=USAGOV']);
    expect(actors('Venezuelan troops crossed.')).toEqual(['Venezuelan troops=VENMIL']);
  });

  it('takes the country of an of-phrase past a modifier', () => {
    expect(actors('They met the government of Russian ally Venezuela.')).toContain('government of Russian ally Venezuela=VENGOV');
  });

  it('codes named persons by the role they held on the article date', () => {
    expect(actors('Venezuelan President Nicolás Maduro spoke.')).toEqual(['Venezuelan President Nicolás Maduro=VENGOV']);
    expect(actors('Putin spoke.', '2010-06-01')).toEqual(['Putin=RUSGOV']);
    expect(actors('opposition leader Juan Guaidó spoke', '2020-01-10')).toEqual(['opposition leader Juan Guaidó=VENOPP']);
  });

  it('a person outside every role is a former office holder (ELI), not a guessed government', () => {
    expect(actors('Obama spoke.', '2022-03-05')).toEqual(['Obama=USAELI']);
  });

  it('a person and an agent after them: "the Trump administration", "Maduro\'s government"', () => {
    expect(actors("The Trump administration responded.", '2019-02-01')).toEqual(['Trump administration=USAGOV']);
    expect(actors("Maduro's government responded.")).toEqual(["Maduro's government=VENGOV"]);
  });

  it('international organisations carry their IGO codes', () => {
    expect(actors('The United Nations and NATO met.')).toEqual(['United Nations=IGOUNO', 'NATO=IGOWSTNAT']);
  });

  it('news outlets are recognised as media, not as their state', () => {
    expect(actors('The New York Times reported it.')[0]).toBe('The New York Times=MED');
  });

  it('an agent without a country stays uncoded rather than guessed', () => {
    expect(actors('Officials denied it.')).toEqual(['Officials=null']);
  });

  it('lower-case words are not countries; region phrases are not the US', () => {
    expect(actors('We ate turkey with Latin American friends.')).toEqual([]);
  });
});

describe('named persons not in the lexicon (issue 2)', () => {
  it('a title and country code a person the lexicon does not hold; the name joins the mention', () => {
    expect(actors('Venezuelan Foreign Minister Felix Plasencia spoke.', '2022-01-01')).toEqual(['Venezuelan Foreign Minister Felix Plasencia=VENGOV']);
  });
  it('an unknown speaker stays an actor with its text and no code', () => {
    expect(actors('Diosdado Cabello said the talks failed.')).toEqual(['Diosdado Cabello=null']);
  });
  it('a capital in a locative phrase is a place, not a government', () => {
    expect(actors('Iran and Saudi Arabia held talks in Baghdad.')).toEqual(['Iran=IRN', 'Saudi Arabia=SAU']);
  });
});
