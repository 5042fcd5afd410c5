// The first N articles of a corpus file, re-gzipped to `path`, so a benchmark ingests what a user would.
import { createReadStream, createWriteStream } from 'node:fs';
import { createGunzip, createGzip } from 'node:zlib';
import { createInterface } from 'node:readline';

export async function writeCorpusSlice(corpus, n, path) {
  const out = createGzip();
  const done = new Promise((resolve) => out.pipe(createWriteStream(path)).on('finish', resolve));
  const rl = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  let k = 0;
  for await (const line of rl) {
    if (!line) continue;
    out.write(line + '\n');
    if (++k >= n) break;
  }
  rl.close();
  out.end();
  await done;
}
