// URL slugs: lowercase ASCII words joined by hyphens ("Veniamin Nedoshivin" -> "veniamin-nedoshivin").
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
