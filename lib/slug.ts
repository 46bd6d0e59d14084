import { transliterateCyrillic } from './search/normalize';

// URL slugs: lowercase ASCII words joined by hyphens ("Veniamin Nedoshivin" -> "veniamin-nedoshivin",
// "Сталинградская битва" -> "stalingradskaya-bitva"). Cyrillic is transliterated before the
// decomposition, which would otherwise split й and ё into a base letter and a dropped mark; Latin
// text goes through exactly the steps it always did, so published slugs stay as they are.
export function slugify(text: string, fallback?: string): string {
  const slug = transliterateCyrillic(text.normalize('NFC'))
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback || fallbackSlug(text);
}

// A name in a script with no table here (Georgian, Arabic…) or made of signs only still needs an
// address of its own: a short stable hash of the name.
function fallbackSlug(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text.normalize('NFC').trim().toLowerCase()) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `n-${hash.toString(36)}`;
}

/** The form of a name two records are compared by: "281-я стрелковая дивизия " and "281-Я Стрелковая Дивизия" are one name. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/** `base`, or `base-2`, `base-3`… : the first that is not in `taken`. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
