// The Content-Security-Policy of a finished HTML page. A page rendered for this request carries
// the request's nonce on every script (Next puts it there); a page served from cache was
// rendered before the request and cannot, so its inline scripts are allowed by their sha256
// hashes instead, computed here from the HTML as it leaves the server.
//
// Only inline scripts of the shapes Next and Turbopack write are hashed: a push of JSON data
// onto self.__next_f (the page's RSC payload) or of a JSON chunk list onto TURBOPACK. Anything
// else (an injected script above all) gets no hash and the browser refuses to run it.
import { createHash } from 'node:crypto';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPES = /\btype\s*=\s*["']?application\/(ld\+)?json/i;

const SHAPES: { prefix: string; suffix: RegExp }[] = [
  { prefix: '(self.__next_f=self.__next_f||[]).push(', suffix: /\);?$/ },
  { prefix: 'self.__next_f.push(', suffix: /\);?$/ },
  { prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', suffix: /\);?$/ },
];

/** True when the script only hands JSON data to Next's or Turbopack's runtime. */
function isFrameworkDataScript(body: string): boolean {
  for (const shape of SHAPES) {
    if (!body.startsWith(shape.prefix)) continue;
    const rest = body.slice(shape.prefix.length);
    const end = rest.search(shape.suffix);
    if (end < 0) continue;
    try {
      JSON.parse(rest.slice(0, end));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

export type PageScripts = { allNonced: boolean; hashes: string[]; refused: string[] };

export function inspectScripts(html: string, nonce: string): PageScripts {
  const hashes = new Set<string>();
  const refused: string[] = [];
  let allNonced = true;
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (DATA_TYPES.test(attributes)) continue;
    const nonced = attributes.includes(`nonce="${nonce}"`);
    if (!nonced) allNonced = false;
    if (/\bsrc\s*=/.test(attributes) || nonced) continue;
    if (isFrameworkDataScript(body))
      hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
    else refused.push(body.slice(0, 80));
  }
  return { allNonced, hashes: [...hashes], refused };
}
