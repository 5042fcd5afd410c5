// Irregular English verb forms, so the sentence pre-filter can see "went" or "struck" as a trigger
// before the sentence is lemmatised.
const FORMS: Record<string, string> = {
  went: 'go', gone: 'go', met: 'meet', struck: 'strike', stricken: 'strike', fought: 'fight', sent: 'send', held: 'hold',
  took: 'take', taken: 'take', made: 'make', broke: 'break', broken: 'break', sought: 'seek', led: 'lead', began: 'begin',
  begun: 'begin', gave: 'give', given: 'give', threw: 'throw', thrown: 'throw', shot: 'shoot', flew: 'fly', flown: 'fly',
  ran: 'run', brought: 'bring', bought: 'buy', sold: 'sell', told: 'tell', spoke: 'speak', spoken: 'speak', wrote: 'write',
  came: 'come', left: 'leave', lost: 'lose', won: 'win', beat: 'beat', beaten: 'beat', hit: 'hit', cut: 'cut', put: 'put',
  set: 'set', shut: 'shut', withdrew: 'withdraw', withdrawn: 'withdraw', froze: 'freeze', frozen: 'freeze', forbade: 'forbid',
  forbidden: 'forbid', bound: 'bind', bore: 'bear', borne: 'bear', drove: 'drive', driven: 'drive', rose: 'rise', risen: 'rise',
  seized: 'seize', slew: 'slay', slain: 'slay', stole: 'steal', stolen: 'steal', swore: 'swear', sworn: 'swear', tore: 'tear',
  torn: 'tear', undertook: 'undertake', undertaken: 'undertake', overthrew: 'overthrow', overthrown: 'overthrow',
  forgave: 'forgive', forgiven: 'forgive', kept: 'keep', lent: 'lend', paid: 'pay', laid: 'lay', shook: 'shake', shaken: 'shake',
  spent: 'spend', stood: 'stand', understood: 'understand', upheld: 'uphold', overrode: 'override', overridden: 'override',
  fled: 'flee', fell: 'fall', fallen: 'fall', blew: 'blow', blown: 'blow', caught: 'catch', dealt: 'deal', drew: 'draw',
  drawn: 'draw', fed: 'feed', felt: 'feel', found: 'find', heard: 'hear', hung: 'hang', knew: 'know', known: 'know',
  meant: 'mean', saw: 'see', seen: 'see', shed: 'shed', sank: 'sink', sunk: 'sink', slid: 'slide', split: 'split',
  spread: 'spread', sprang: 'spring', stuck: 'stick', stung: 'sting', swept: 'sweep', taught: 'teach', thought: 'think',
  wove: 'weave', woven: 'weave', wound: 'wind', rebuilt: 'rebuild', rode: 'ride', ridden: 'ride', oversaw: 'oversee', overseen: 'oversee',
};

// A Map, not the object: a token such as "constructor" must not find Object.prototype's members.
const BY_FORM = new Map(Object.entries(FORMS));

export function irregularLemma(form: string): string | undefined {
  return BY_FORM.get(form);
}

/** "re-examine" → "examine", "co-host" → "host": a repeated or shared act is the act. */
export function unprefixed(form: string): string | undefined {
  const m = /^(?:re|co)-([a-z]+)$/.exec(form);
  return m ? m[1] : undefined;
}
