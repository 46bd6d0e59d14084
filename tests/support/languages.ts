// Reads a page as a reader would hear it: every visible text with the language it is marked in
// (the nearest lang attribute), to find text in one language marked as another.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head']);

export type MarkedText = { text: string; lang: string };

/** The texts of a page, or of one element of it (found with `elementsWithClass`). */
export function textsWithLanguage(html: string | Element): MarkedText[] {
  const out: MarkedText[] = [];
  const walk = (node: Node, lang: string) => {
    if ('tagName' in node) {
      if (HIDDEN.has(node.tagName)) return;
      const own = node.attrs.find((attr) => attr.name === 'lang')?.value;
      lang = own || lang;
    }
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, lang });
      return;
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, lang);
  };
  walk(typeof html === 'string' ? parse(html) : html, typeof html === 'string' ? '' : langOf(html));
  return out;
}

/** The language an element is in: its own lang, else its nearest ancestor's. */
function langOf(element: Element): string {
  for (let node: Element | null = element; node && 'attrs' in node; node = node.parentNode as Element | null) {
    const own = node.attrs.find((attr) => attr.name === 'lang')?.value;
    if (own) return own;
  }
  return '';
}

export type FoundElement = { element: Element; lang: string; ownLang: string | null; text: string };

/** The elements of a page (or below one element) with this class, each with the language it is in. */
export function elementsWithClass(html: string | Element, className: string): FoundElement[] {
  const out: FoundElement[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) {
      const element = node;
      const classes = element.attrs.find((attr) => attr.name === 'class')?.value.split(/\s+/) ?? [];
      if (classes.includes(className)) {
        const text = textsWithLanguage(element)
          .map((t) => t.text)
          .join(' ');
        out.push({
          element,
          lang: langOf(element),
          ownLang: element.attrs.find((attr) => attr.name === 'lang')?.value ?? null,
          text,
        });
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(typeof html === 'string' ? parse(html) : html);
  return out;
}

/**
 * Latin-script sentences (four or more Latin words in a row) not marked as English. Names, web
 * addresses and single words in Latin letters (a transliteration, "CC BY 4.0") are not sentences.
 */
export function unmarkedEnglish(html: string): MarkedText[] {
  return textsWithLanguage(html).filter(
    ({ text, lang }) =>
      !lang.startsWith('en') &&
      /[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){3,}/.test(text.replace(/\bhttps?:\/\/\S+/g, ' ')),
  );
}

/**
 * Common English words, each of which a Russian or Tajik text has no reason to write in Latin
 * letters: shorter English than `unmarkedEnglish` finds ("no source", "Red Army man", "via").
 * Names, ids, licence codes and abbreviations (Sputnik, Q123, CC BY-SA, MoD) are not in it.
 */
const ENGLISH_WORDS = new Set(
  `the of and was were is are be been being has had have he his him who whom which that this these those with for by from at to
  not no nor but or as an in on into its it same both form forms source sources article articles born died killed buried army regiment division rifle
  battalion company front hero heroes soviet union village district region war medal order name names called up after before during
  unknown confirmed unconfirmed possible possibly probably likely perhaps page list only also one two three years year historian news via
  according per see read more about edit history biography record there they them their what where when why how new all other`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The common English words (`ENGLISH_WORDS`) a page writes outside an element marked lang="en",
 * each with its text node. Web addresses, domains and e-mail addresses are left out.
 */
export function englishWordsOutsideEn(html: string): (MarkedText & { words: string[] })[] {
  return textsWithLanguage(html).flatMap(({ text, lang }) => {
    if (lang.startsWith('en')) return [];
    const plain = text.replace(/\bhttps?:\/\/\S+/g, ' ').replace(/[\w.-]+@[\w.-]+/g, ' ');
    const words = [...plain.matchAll(/(?<![\p{L}\p{N}./@_-])[A-Za-z]+(?![\p{L}\p{N}/@_]|[.-][\p{L}\p{N}])/gu)]
      .map((m) => m[0])
      .filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
    return words.length > 0 ? [{ text, lang, words }] : [];
  });
}
