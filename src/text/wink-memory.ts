// wink-nlp adds every new word it reads to its model's lexicon, and its tokenizer then treats a word it
// has seen before differently from a new one ("Clinton’s" is one token or two): what it made of an
// article depended on the articles read before it in the same process, so a worker thread's results
// depended on which jobs it happened to get, and a resumed ingest differed from an uninterrupted one.
// This module gives wink's lexicon a memory of one document: a word an earlier document added is
// unknown to the tokenizer again, as it would be to a fresh reader. The entries themselves are kept and
// reused (a word's features depend only on the word), so memory does not grow.
//
// It must be imported before wink-nlp is first loaded: wink-nlp takes its cache factory at load time.
import { createRequire } from 'node:module';

interface WinkCache {
  add(text: string, category: number): number;
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}
type CacheFactory = (model: unknown, featureFn: unknown) => WinkCache;

const require = createRequire(import.meta.url);
const path = require.resolve('wink-nlp/src/cache.js');
const original = require(path) as CacheFactory & { forgetful?: true };

let generation = 0;

/** Starts a new document: words added by earlier documents are new again. */
export function newDocument(): void {
  generation++;
}

if (!original.forgetful) {
  const forgetful: CacheFactory & { forgetful?: true } = (model, featureFn) => {
    const cache = original(model, featureFn);
    const intrinsic = cache.intrinsicSize();
    // The document generation in which each out-of-vocabulary word was (re)added.
    const addedIn = new Map<string, number>();
    const add = cache.add;
    const lookup = cache.lookup;
    // The lexicon index wink gave each word it added: adding it again would change nothing in wink.
    const indexOf = new Map<string, number>();
    cache.add = (text, category) => {
      addedIn.set(text, generation);
      const norm = text.toLowerCase();
      if (norm !== text) addedIn.set(norm, generation);
      let index = indexOf.get(text);
      if (index === undefined) indexOf.set(text, (index = add(text, category)));
      return index;
    };
    cache.lookup = (text) => {
      const found = lookup(text);
      if (found && found.length === 1 && found[0] >= intrinsic && addedIn.get(text) !== generation) return null;
      return found;
    };
    return cache;
  };
  forgetful.forgetful = true;
  require.cache[path]!.exports = forgetful;
}
