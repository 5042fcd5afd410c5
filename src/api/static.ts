// The built dashboard (web/dist), read into memory once: a handful of files, served without touching
// the file system per request, and no path from a URL ever reaches the file system (no traversal).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Uint8Array;
  type: string;
  /** hashed asset names never change content: cache for a year */
  immutable: boolean;
}

export function loadStatic(root: string | null): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!root || !existsSync(join(root, 'index.html'))) return files;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const url = '/' + relative(root, p).split(sep).join('/');
        files.set(url, { body: readFileSync(p), type: TYPES[extname(p)] ?? 'application/octet-stream', immutable: url.startsWith('/assets/') });
      }
    }
  };
  walk(root);
  files.set('/', files.get('/index.html')!);
  return files;
}
