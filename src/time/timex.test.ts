import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findTimexes, dateOfTimex, weekToMonth } from './timex.js';
import type { Timex } from '../doc.js';

// 2022-03-05 is a Saturday.
const REF = '2022-03-05';

function values(text: string, ref = REF): Record<string, string> {
  return Object.fromEntries(findTimexes(text, ref).map((t) => [t.text, t.value]));
}
function one(text: string, ref = REF): Timex {
  const found = findTimexes(text, ref);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('weekdays', () => {
  it('reads a bare weekday as the most recent such day', () => {
    expect(one('Senior officials on Saturday went to Caracas.').value).toBe('2022-03-05');
    expect(one('Maduro said Thursday that the talks had failed.').value).toBe('2022-03-03');
    expect(one("Monday's attack killed four soldiers.").value).toBe('2022-02-28');
  });

  it('reads a weekday in a future clause as the next such day', () => {
    const t = one('The minister will meet his counterpart on Monday.');
    expect(t.value).toBe('2022-03-07');
    expect(t.rule).toBe('weekday.future');
    expect(one('The vote is scheduled for Tuesday.').value).toBe('2022-03-08');
    expect(one('He said the delegation would meet on Wednesday.').value).toBe('2022-03-09');
  });

  it('lets the verb next to the weekday decide over a later future', () => {
    expect(values('The president said Friday that he will travel to Moscow.')).toEqual({ Friday: '2022-03-04' });
  });

  it('handles last and next', () => {
    expect(one('The deal was signed last Tuesday.').value).toBe('2022-03-01');
    expect(one('The deal will be signed next Tuesday.').value).toBe('2022-03-08');
    expect(one('The deal will be signed next Tuesday.', '2022-03-07').value).toBe('2022-03-15');
  });

  it('adds the part of the day', () => {
    expect(one('Rockets fell on the city Friday night.')).toMatchObject({ value: '2022-03-04TNI', type: 'TIME' });
  });

  it('skips names that contain a weekday', () => {
    expect(findTimexes('The Sunday Times reported that Friday prayers were cancelled.', REF)).toEqual([]);
    expect(findTimexes('Shops expect crowds on Black Friday.', REF)).toEqual([]);
  });

  it('reads plural weekdays as a recurrence', () => {
    expect(one('The market opens on Mondays.')).toMatchObject({ value: 'XXXX-WXX-1', type: 'SET' });
  });
});

describe('years, decades and centuries', () => {
  it('finds years in date context', () => {
    expect(one('Venezuela severed relations in 2019.').value).toBe('2019');
    expect(one('The two have been at odds since 2014.').value).toBe('2014');
    expect(one('2019 was a difficult year for the party.').value).toBe('2019');
    expect(one('The embargo dates from mid-2019.').value).toBe('2019');
  });

  it('rejects numbers that are not years', () => {
    expect(findTimexes('The crowd of 2,019 people cheered.', REF)).toEqual([]);
    expect(findTimexes('Tickets cost $2019 each.', REF)).toEqual([]);
    expect(findTimexes('Police said 2019 people were detained.', REF)).toEqual([]);
    expect(findTimexes('The council passed Resolution 2019 unanimously.', REF)).toEqual([]);
  });

  it('gives decades and centuries as their leading digits', () => {
    expect(one('Inflation soared in the 1990s.').value).toBe('199');
    expect(one('The feud began in the 1980s.').value).toBe('198');
    expect(one('It has been like that since the early 1970s.').value).toBe('197');
    expect(one('He is a 20th century man.').value).toBe('19');
  });
});

describe('months and dates', () => {
  it('reads month and year', () => {
    expect(one('The talks collapsed in March 2019.')).toMatchObject({ value: '2019-03', precision: 'month' });
  });

  it('gives a month and day the year that fits the tense', () => {
    expect(one('The accord was signed on March 3.').value).toBe('2022-03-03');
    expect(one('The accord was signed on Dec. 12.').value).toBe('2021-12-12');
    expect(one('Elections will be held on April 24.').value).toBe('2022-04-24');
    expect(one('The accord was signed on Aug. 7, 1998.').value).toBe('1998-08-07');
  });

  it('reads bare months as the nearest occurrence', () => {
    expect(one('Prices rose in March.').value).toBe('2022-03');
    expect(one('Fighting intensified in early March.').value).toBe('2022-03');
    expect(one('Troops withdrew in October.').value).toBe('2021-10');
    expect(one('The summit is planned for April.').value).toBe('2022-04');
    expect(one('The treaty was ratified last May.').value).toBe('2021-05');
  });

  it('does not take the verb or the noun for a month', () => {
    expect(findTimexes('She may visit Caracas.', REF)).toEqual([]);
    expect(findTimexes('May I ask a question?', REF)).toEqual([]);
    expect(findTimexes('A protest march blocked the road.', REF)).toEqual([]);
    expect(findTimexes('Troops march on the capital.', REF)).toEqual([]);
  });
});

describe('relative expressions', () => {
  it('anchors days, weeks, months and years to the reference date', () => {
    expect(values('Talks began yesterday, resume today and end tomorrow.')).toEqual({
      yesterday: '2022-03-04', today: '2022-03-05', tomorrow: '2022-03-06',
    });
    expect(one('The United States this week abstained.')).toMatchObject({ value: '2022-W09', precision: 'week' });
    expect(one('The ministers met last week.').value).toBe('2022-W08');
    expect(values('Sales rose this month after falling last month.')).toEqual({ 'this month': '2022-03', 'last month': '2022-02' });
    expect(values('Exports fell last year, recovered this year and will grow next year.')).toEqual({
      'last year': '2021', 'this year': '2022', 'next year': '2023',
    });
    expect(one('The ministry said so earlier this month.').value).toBe('2022-03');
  });

  it('counts back from the reference date at the unit of the expression', () => {
    expect(one('The border closed three years ago.')).toMatchObject({ value: '2019', precision: 'year' });
    expect(one('The blast happened two days ago.').value).toBe('2022-03-03');
    expect(one('He resigned six weeks ago.').value).toBe('2022-W03');
  });

  it('marks vague references to the past, present and future', () => {
    expect(one('The army recently moved north.').value).toBe('PAST_REF');
    expect(one('The army is now in the north.').value).toBe('PRESENT_REF');
    expect(one('The army is currently in the north.').value).toBe('PRESENT_REF');
    expect(one('The army may return in the future.').value).toBe('FUTURE_REF');
  });

  it('reads the weekend as the one just gone', () => {
    expect(one('Protests spread over the weekend.', '2022-03-07').value).toBe('2022-W09-WE');
  });

  it('reads seasons', () => {
    expect(one('Talks are expected this summer.').value).toBe('2022-SU');
    expect(one('The offensive began last fall.').value).toBe('2021-FA');
  });
});

describe('durations and sets', () => {
  it('normalises lengths of time', () => {
    expect(values('The siege lasted three days, then two weeks, then five years.')).toEqual({
      'three days': 'P3D', 'two weeks': 'P2W', 'five years': 'P5Y',
    });
    expect(one('The meeting lasted two hours.')).toMatchObject({ value: 'PT2H', type: 'DURATION' });
    expect(one('A two-year ceasefire was agreed.').value).toBe('P2Y');
    expect(one('Prices rose over the past week.')).toMatchObject({ value: 'P1W', type: 'DURATION' });
  });

  it('does not read ages as durations', () => {
    expect(findTimexes('A 6-year-old boy and a 52 years old man were hurt.', REF)).toEqual([]);
  });

  it('normalises recurrences', () => {
    expect(one('Envoys meet every Monday.')).toMatchObject({ value: 'XXXX-WXX-1', type: 'SET' });
    expect(one('The ministry holds weekly briefings.')).toMatchObject({ value: 'P1W', type: 'SET' });
  });
});

describe('quarters and reporting periods', () => {
  it('reads quarters and compares "a year earlier" with the quarter reported', () => {
    const found = values('Net income rose in the third quarter to $5 million from $4 million a year earlier.', '2021-10-28');
    expect(found).toEqual({ 'the third quarter': '2021-Q3', 'a year earlier': '2020-Q3' });
  });
});

describe('clock times', () => {
  it('takes the date from the neighbouring day', () => {
    expect(one('Polls closed at 8 p.m. Friday.')).toMatchObject({ value: '2022-03-04T20:00', type: 'TIME' });
    expect(findTimexes('The shop is open 24/7.', REF)).toEqual([]);
  });
});

describe('sentences', () => {
  it('uses the given sentence spans to decide tense', () => {
    const text = 'Officials met Monday. The ministers will meet Monday.';
    const found = findTimexes(text, REF, [{ start: 0, end: 21 }, { start: 22, end: text.length }]);
    expect(found.map((t) => t.value)).toEqual(['2022-02-28', '2022-03-07']);
  });
});

describe('span invariants', () => {
  const pieces = ['On Monday', ' the talks', ' said Thursday', ' in 2019', ' three years ago', ' last week', ', and', ' 2,019 people', ' in March', ' may', ' now', '. ', ' the 1990s', ' at 2 p.m.', ' for two weeks', ' weekly', '\n'];
  it('returns sorted, non-overlapping spans whose text matches the source', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const found = findTimexes(text, REF);
        found.forEach((t, i) => {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          if (i > 0) expect(t.start).toBeGreaterThanOrEqual(found[i - 1].end);
        });
      }),
    );
  });
});

describe('dateOfTimex and weekToMonth', () => {
  const t = (value: string, type: Timex['type'] = 'DATE'): Timex => ({ start: 0, end: 1, text: 'x', value, type });
  it('gives calendar values at their precision', () => {
    expect(dateOfTimex(t('2022-03-05'))).toEqual({ value: '2022-03-05', precision: 'day' });
    expect(dateOfTimex(t('2022-03-05T14:00', 'TIME'))).toEqual({ value: '2022-03-05', precision: 'day' });
    expect(dateOfTimex(t('2022-W09'))).toEqual({ value: '2022-W09', precision: 'week' });
    expect(dateOfTimex(t('2022-W09-WE'))).toEqual({ value: '2022-W09', precision: 'week' });
    expect(dateOfTimex(t('2022-03'))).toEqual({ value: '2022-03', precision: 'month' });
    expect(dateOfTimex(t('2022-Q1'))).toEqual({ value: '2022', precision: 'year' });
  });
  it('has no date for durations, sets and vague references', () => {
    expect(dateOfTimex(t('P3D', 'DURATION'))).toBeNull();
    expect(dateOfTimex(t('XXXX-WXX-1', 'SET'))).toBeNull();
    expect(dateOfTimex(t('PAST_REF'))).toBeNull();
    expect(dateOfTimex(t('199'))).toBeNull();
  });
  it('maps an ISO week to the month of its Thursday', () => {
    expect(weekToMonth('2022-W09')).toBe('2022-03');
    expect(weekToMonth('2021-W52')).toBe('2021-12');
    expect(weekToMonth('2020-W53')).toBe('2020-12');
    expect(weekToMonth('2022-W05')).toBe('2022-02');
  });
});
