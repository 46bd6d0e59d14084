// The list of Heroes is a public page served from cache, yet it is chosen by a query string
// (sort, group, page), and a page that reads its query is rendered for every request. So the
// proxy turns a valid query into a path, one cached page per view, and the page reads the view
// back from that path. The readable address (/heroes?sort=decree) stays what the reader sees.
import { HERO_GROUPS, HERO_SORTS, HeroListQuerySchema, type HeroListQuery } from './schemas';

/** Page sizes a view may have: every other size renders per request, so nobody can fill the cache with one view per number. */
const LIST_PAGE_SIZES = [25, 50, 100] as const;
export const LIST_PAGE_SIZE = LIST_PAGE_SIZES[0];

/** "name.all.25.0": sort, group, page size, offset. */
function listViewOf(query: HeroListQuery): string | null {
  if (!(LIST_PAGE_SIZES as readonly number[]).includes(query.limit) || query.offset % query.limit !== 0) return null;
  return [query.sort, query.group ?? 'all', query.limit, query.offset].join('.');
}

/** The view a query string asks for, or null when it is not valid or not one of the cached views. */
export function listViewOfSearch(search: URLSearchParams): string | null {
  const values: Record<string, string> = { limit: String(LIST_PAGE_SIZE) };
  for (const key of ['sort', 'group', 'limit', 'offset']) {
    const value = search.get(key);
    // An empty group is the form's "all Heroes".
    if (value !== null && value !== '') values[key] = value;
  }
  const parsed = HeroListQuerySchema.safeParse(values);
  return parsed.success ? listViewOf(parsed.data) : null;
}

export function parseListView(view: string): HeroListQuery | null {
  const [sort, group, limit, offset, ...rest] = view.split('.');
  if (rest.length > 0 || !(HERO_SORTS as readonly string[]).includes(sort ?? '')) return null;
  if (group !== 'all' && !(HERO_GROUPS as readonly string[]).includes(group ?? '')) return null;
  if (!/^\d+$/.test(limit ?? '') || !/^\d+$/.test(offset ?? '')) return null;
  const parsed = HeroListQuerySchema.safeParse({ sort, group: group === 'all' ? undefined : group, limit, offset });
  if (!parsed.success) return null;
  // One address per view: "name.all.025.0" is not another page.
  return listViewOf(parsed.data) === view ? parsed.data : null;
}

/** The readable query string of a view, for links and the canonical address. */
export function listQueryString(query: HeroListQuery): Record<string, string> {
  return {
    ...(query.sort !== 'name' ? { sort: query.sort } : {}),
    ...(query.group ? { group: query.group } : {}),
    ...(query.limit !== LIST_PAGE_SIZE ? { limit: String(query.limit) } : {}),
    ...(query.offset > 0 ? { offset: String(query.offset) } : {}),
  };
}
