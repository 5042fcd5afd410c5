// Reading input at the CLI boundary: every bad input becomes one typed error with a clear message.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Decodes bytes as UTF-8 text, refusing binary data and invalid encodings. */
export function decodeText(bytes: Buffer, where: string): string {
  if (bytes.length === 0) throw new InputError('INPUT_EMPTY', `${where}: input is empty`);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError('INPUT_BINARY', `${where}: looks like a binary file (contains NUL bytes); give a UTF-8 text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    let at = 0;
    // Find the first bad byte, so the user can look at it.
    for (let lo = 0, hi = bytes.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid));
        lo = mid + 1;
        at = mid;
      } catch {
        hi = mid;
      }
    }
    throw new InputError('INPUT_NOT_UTF8', `${where}: not valid UTF-8 (first bad byte near offset ${at})`, { cause: err });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError('INPUT_EMPTY', `${where}: input holds only whitespace`);
  return text;
}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EAGAIN' || e.code === 'EOF') return Buffer.alloc(0);
    throw new InputError('INPUT_NOT_FOUND', `stdin: cannot read (${e.message})`, { cause: err });
  }
}

/** Reads a file path or "-" (stdin) as bytes, refusing what does not exist or is too large. */
export function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Buffer {
  if (path === '-') {
    const bytes = readStdin();
    if (bytes.length > maxBytes) throw tooLarge('stdin', bytes.length, maxBytes);
    return bytes;
  }
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError('INPUT_NOT_FOUND', `${path}: is a directory, not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('INPUT_NOT_FOUND', `${path}: no such file`, { cause: err });
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  return readFileSync(path);
}

function tooLarge(where: string, size: number, max: number): InputError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new InputError('INPUT_TOO_LARGE', `${where}: ${mb(size)} MB is over the ${mb(max)} MB limit for one article (raise it with --max-bytes, or split the input)`);
}
