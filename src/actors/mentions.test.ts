import { describe, it, expect } from 'vitest';
import { actors, run } from '../testing/helpers.js';

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

  it('an agent "from" an actor belongs to it, as with "of"', () => {
    expect(actors("Senior officials from President Joe Biden's administration travelled to Caracas.")[0]).toBe("Senior officials from President Joe Biden's administration=USAGOV");
    expect(actors('Troops from Russia crossed the border.')).toEqual(['Troops from Russia=RUSMIL']);
    expect(actors('He received a letter from Russia.')).toContain('Russia=RUS');
  });

  it('an agent word that is the verb here is not an agent: "Ukraine forces the United States to rethink"', () => {
    expect(actors("Russia's invasion of Ukraine forces the United States to rethink.")).toEqual(['Russia=RUS', 'Ukraine=UKR', 'United States=USA']);
    expect(actors('Ukraine forces attacked the town.')).toEqual(['Ukraine forces=UKRMIL']);
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

describe('nationality and agent phrases', () => {
  it('a nationality with numbers or adjectives before the head noun', () => {
    expect(actors('Three Egyptian fishermen were released.')).toContain('Egyptian fishermen=EGYAGR');
    expect(actors('An Australian frigate sailed.')).toContain('Australian frigate=AUSMIL');
  });

  it('"-backed" and "-led" take the backer only when no other country is named', () => {
    expect(actors('Iranian-backed rebels attacked.')).toEqual(['Iranian-backed rebels=IRNREB']);
    expect(actors('U.S.-trained Afghan soldiers withdrew.')).toEqual(['U.S.=USA', 'Afghan soldiers=AFGMIL']);
    // the backer alone is a modifier, never a clause's subject
    expect(run('U.S.-trained Afghan soldiers withdrew.').actors[0].adjective).toBe(true);
  });

  it('a generic body name after another country is that country\'s ("Brazil\'s Defense Department")', () => {
    expect(actors("Brazil's Defense Department denied it.")).toEqual(["Brazil's Defense Department=BRAMIL"]);
    expect(actors('The Defense Department denied it.')).toEqual(['Defense Department=USAMIL']);
  });

  it('an international body and its people: NATO soldiers, EU ministers', () => {
    expect(actors('NATO soldiers arrived.')).toEqual(['NATO soldiers=IGOWSTNATMIL']);
    expect(actors('EU ministers met.')).toEqual(['EU ministers=IGOEUREECGOV']);
  });

  it('a sector noun right before a named group is part of its name', () => {
    expect(actors('The militant group Hamas fired rockets.')).toEqual(['militant group Hamas=PSEREBHMS']);
  });
});

describe('places before agents', () => {
  it('a region or a large city gives an uncoded agent its country', () => {
    expect(actors('Ohio officials denied it.')).toEqual(['Ohio officials=USAGOV']);
    expect(actors('Karachi police arrested two men.')).toContain('Karachi police=PAKCOP');
  });

  it('a name the lexicon blocks is a place only as a whole', () => {
    expect(actors('New Jersey lawmakers voted.')).toEqual(['New Jersey lawmakers=USALEG']);
    expect(actors('The first Latino mayor spoke.')).toEqual(['mayor=null']);
  });

  it('"Georgia" with an American title is the U.S. state; alone it is the country', () => {
    expect(actors('Georgia Sen. Jon Ossoff spoke.')).toEqual(['Georgia Sen. Jon Ossoff=USALEG']);
    expect(actors('Georgia protested.')).toEqual(['Georgia=GEO']);
  });
});

describe('names written with hyphens and titled names', () => {
  it('a hyphenated name matches however the tokenizer splits it', () => {
    expect(actors('Kassym-Jomart Tokayev spoke.', '2023-01-01')).toEqual(['Kassym-Jomart Tokayev=KAZGOV']);
    expect(actors('The Kurdistan Workers\' Party said.')).toEqual(["Kurdistan Workers' Party=TURSEP"]);
  });

  it('"Title Name of Country" takes the country', () => {
    expect(actors('Minister Aliyu Bello of Nigeria said.')).toEqual(['Minister Aliyu Bello of Nigeria=NGAGOV']);
  });

  it('capitalised words of a name must be capitalised in the text', () => {
    expect(actors('He flew to Russia today.')).toEqual(['He=null', 'Russia=RUS']);
  });

  it('persons are coded by the role they held on the date, and ISO codes are used', () => {
    expect(actors('Albin Kurti spoke.', '2023-06-01')).toEqual(['Albin Kurti=XKXGOV']);
    expect(actors('Klaus Iohannis spoke.', '2020-06-01')).toEqual(['Klaus Iohannis=ROUGOV']);
    expect(actors('Sheikh Hasina spoke.', '2025-06-01')).toEqual(['Sheikh Hasina=BGDELI']);
  });
});

describe('modifiers and time words', () => {
  it('a time word after a name leaves it the head ("Iran today threatened")', () => {
    expect(run('Iran today threatened to retaliate.').actors[0].adjective).toBeFalsy();
  });
  it('a company or state body before a common noun modifies it ("Gazprom shares")', () => {
    const a = run('Gazprom shares fell sharply.').actors[0];
    expect(`${a.text}=${a.code}`).toBe('Gazprom=RUSBUS');
    expect(a.adjective).toBe(true);
    expect(run('The Fatah movement rejected it.').actors[0].adjective).toBeFalsy();
  });
});

describe('an uncoded agent located in a named country (issue 3)', () => {
  it('"Rebels in the Ivory Coast" are Ivorian rebels', () => {
    expect(actors('Rebels in the Ivory Coast blocked the road.')[0]).toBe('Rebels=CIVREB');
  });
});
