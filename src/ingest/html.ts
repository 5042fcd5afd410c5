// HTML pages: main text and metadata (title, date, outlet, URL) through Readability on a linkedom
// document; boilerplate lines ("Advertisement", "Read more", share prompts) dropped.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

/** Lines that are page furniture, not the article. */
const BOILERPLATE = [
  /^advertisements?$/i,
  /^(ad|sponsored( content)?|promoted|story continues below( advertisement)?|continue reading( below)?)$/i,
  /^(read|see) (more|also)\b.{0,80}$/i,
  /^(related|recommended|more from|trending)( (stories|articles|coverage|content))?:?.{0,80}$/i,
  /^(share|tweet|email|print|comment)( (this|on \w+))?( (story|article))?$/i,
  /^(click|tap) here\b.{0,80}$/i,
  /^(sign up|subscribe)\b.{0,120}$/i,
  /^(photo|image|video)( credit)?:.{0,120}$/i,
  /^(copyright|©)\s.{0,120}$/i,
];

export function isBoilerplate(line: string): boolean {
  const s = line.trim();
  return s !== '' && s.length <= 160 && BOILERPLATE.some((re) => re.test(s));
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'DT', 'DD']);

interface El {
  tagName?: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<El>;
}

/** Text of an element with paragraph breaks between block elements, whitespace inside them collapsed. */
export function blockText(root: El): string {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    cur = '';
  };
  const walk = (n: El) => {
    if (n.nodeType === 3) {
      cur += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n.tagName ?? '').toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(tag) || tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE' || tag === 'HEADER' || tag === 'FOOTER';
    if (block) flush();
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.filter((l) => !isBoilerplate(l)).join('\n\n');
}

/** Plain text of an HTML fragment (a feed item's content). */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.split(/\n\s*\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l && !isBoilerplate(l)).join('\n\n');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body as unknown as El);
}

export interface PageFields {
  title: string | null;
  date: string | null;
  outlet: string | null;
  url: string | null;
  text: string;
}

type Doc = { querySelector(s: string): { getAttribute(n: string): string | null; textContent: string | null } | null; querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> };

function meta(doc: Doc, ...selectors: string[]): string | null {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href') ?? null;
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** JSON-LD NewsArticle metadata, when the page has it. */
function jsonLd(doc: Doc): { date?: string; outlet?: string; title?: string; url?: string } {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const data = JSON.parse(scripts[i].textContent ?? '');
      const items: Record<string, unknown>[] = (Array.isArray(data) ? data : data['@graph'] ?? [data]).filter((x: unknown) => x && typeof x === 'object');
      for (const it of items) {
        const type = String(it['@type'] ?? '');
        if (!/Article|NewsArticle|Report|BlogPosting/i.test(type)) continue;
        const pub = it.publisher as { name?: string } | undefined;
        return {
          date: typeof it.datePublished === 'string' ? it.datePublished : undefined,
          outlet: typeof pub?.name === 'string' ? pub.name : undefined,
          title: typeof it.headline === 'string' ? it.headline : undefined,
          url: typeof it.url === 'string' ? it.url : undefined,
        };
      }
    } catch {
      // a broken JSON-LD block is ignored: the other metadata still count
    }
  }
  return {};
}

export const MIN_WORDS = 8;

/** Main text and metadata of an HTML page; null when Readability finds no article in it. */
export function readPage(html: string): PageFields | null {
  const { document } = parseHTML(html);
  const doc = document as unknown as Doc;
  const ld = jsonLd(doc);
  const url = meta(doc, 'link[rel="canonical"]', 'meta[property="og:url"]') ?? ld.url ?? null;
  const date =
    meta(doc, 'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'time[datetime]') ?? ld.date ?? null;
  const outlet = meta(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ?? ld.outlet ?? null;
  let article: ReturnType<Readability<string>['parse']>;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    return null;
  }
  if (!article?.content) return null;
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const text = blockText(body.body as unknown as El);
  // A "main text" of a few words is navigation or an error page, not an article.
  if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS) return null;
  const title = meta(doc, 'meta[property="og:title"]') ?? ld.title ?? article.title ?? null;
  return { title: title?.trim() || null, date: date ?? article.publishedTime ?? null, outlet: outlet ?? article.siteName ?? null, url, text };
}
