// Folds any written form of a name (Russian or Tajik Cyrillic, Latin in the passport, BGN/PCGN,
// scholarly, German or French systems) to one lowercase Latin key, so that "Хакимов", "Hakimov",
// "Xakimov", "Chakimow" and "Khakimoff" come out alike or nearly alike. Query and indexed name go
// through the same function; what folding cannot reach, trigram similarity absorbs.

// The archive's one Cyrillic-to-Latin table (Russian and Tajik letters): search keys and URL slugs
// (lib/slug.ts) both read it, so a name is spelled in Latin the same way everywhere.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  ӣ: 'i',
  й: 'y',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ӯ: 'u',
  ф: 'f',
  х: 'kh',
  ҳ: 'kh',
  ц: 'ts',
  ч: 'ch',
  ҷ: 'j',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ў: 'u',
  ұ: 'u',
  ү: 'u',
  ә: 'a',
  ө: 'o',
  ң: 'n',
  һ: 'kh',
};

/** Cyrillic letters of either case to lowercase Latin ("Қурбонов" -> "kurbonov"); any other character is kept. */
export function transliterateCyrillic(input: string): string {
  return Array.from(input, (ch) => CYRILLIC[ch.toLowerCase()] ?? ch).join('');
}

// Latin letters with marks that stand for a digraph in the English system.
const LATIN_SPECIAL: Record<string, string> = {
  š: 'sh',
  ž: 'zh',
  č: 'ch',
  ş: 'sh',
  ç: 'ch',
  ğ: 'g',
  ı: 'i',
  ß: 'ss',
  ʼ: '',
  ʻ: '',
  "'": '',
  '’': '',
};

// Order matters: longer spellings first, so "shch" is folded before "sh" and "ch".
const FOLDS: [RegExp, string][] = [
  [/tsch/g, 'ch'], // German ч
  [/shch|sch/g, 'sh'], // щ; German ш
  [/dzh|dsh|dj|zh|j/g, 'j'], // ж, дж, ҷ, and j in the English/Tajik-Latin sense
  [/kh|x|h/g, 'h'], // х, ҳ: kh, Uzbek/Tajik-Latin x, plain h
  [/ch/g, 'c'], // ч
  [/sh/g, 's'], // ш (after shch/sch above)
  [/ts|tz|c/g, 'c'], // ц
  [/q/g, 'k'], // қ in Tajik Latin
  [/gh/g, 'g'], // ғ in Tajik Latin
  [/w/g, 'v'], // German -ow
  [/ph/g, 'f'],
  [/ou/g, 'u'], // French
  [/([aeiou])y(?=[aeiou])/g, '$1'], // Mirzoyev -> Mirzoev, Seyitnafe -> Seitnafe
  [/^y(?=[aeiou])|(?<=[^a-z])y(?=[aeiou])/g, ''], // initial ye-/yu-/ya- vs e-/u-/a-
  [/iu|yu/g, 'u'],
  [/ia|ya/g, 'a'],
  [/io|yo/g, 'o'],
  [/ie|ye/g, 'e'],
  [/y/g, 'i'], // й, ы
  [/([a-z])\1+/g, '$1'], // doubled letters, before endings so that -off folds like -of
  [/(of|ov|ev|ef)(?=$|[^a-z])/g, 'ov'], // -ov / -ev / -off / -ow
  [/([a-z])\1+/g, '$1'], // and once more for doubles the folds above made (Mirzoev -> mirzoov)
];

/** Lowercase, NFC, Cyrillic to Latin, Latin spelling variants folded; other characters become spaces. */
export function foldName(input: string): string {
  let text = input.normalize('NFC').toLowerCase();
  text = Array.from(text, (ch) => CYRILLIC[ch] ?? LATIN_SPECIAL[ch] ?? ch).join('');
  text = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  text = text.replace(/[^a-z0-9]+/g, ' ').trim();
  for (const [pattern, replacement] of FOLDS) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, ' ').trim();
}
