// Reads a page as a reader would hear it: every visible text with the language it is marked in
// (the nearest lang attribute), to find text in one language marked as another.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head']);

export type MarkedText = { text: string; lang: string };

export function textsWithLanguage(html: string): MarkedText[] {
  const out: MarkedText[] = [];
  const walk = (node: Node, lang: string) => {
    if ('tagName' in node) {
      if (HIDDEN.has(node.tagName)) return;
      const own = (node as Element).attrs.find((attr) => attr.name === 'lang')?.value;
      lang = own || lang;
    }
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, lang });
      return;
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, lang);
  };
  walk(parse(html), '');
  return out;
}

/**
 * Latin-script sentences (four or more Latin words in a row) not marked as English. Names, web
 * addresses and single words in Latin letters (a transliteration, "CC BY 4.0") are not sentences.
 */
export function unmarkedEnglish(html: string): MarkedText[] {
  return textsWithLanguage(html).filter(
    ({ text, lang }) => !lang.startsWith('en') && /[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){3,}/.test(text.replace(/\bhttps?:\/\/\S+/g, ' ')),
  );
}
