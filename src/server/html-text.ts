/**
 * A fetched web page → the article's text. Readability picks the article; the text is rebuilt
 * from its block elements with a blank line between blocks (Readability's own textContent glues
 * paragraphs together: `Qatar."We are…`).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

export interface PageText {
  title: string | null;
  text: string;
  outlet: string | null;
  published: string | null;
}

export function htmlToText(html: string): PageText | null {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) return null;
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const parts: string[] = [];
  for (const el of body.querySelectorAll(BLOCKS)) {
    // Only innermost blocks: an <li> holding a <p> is read through the <p>.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
  }
  const text = parts.join('\n\n');
  if (!text) return null;
  return { title: parsed.title || null, text, outlet: parsed.siteName || null, published: parsed.publishedTime || null };
}
