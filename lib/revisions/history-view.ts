// A Hero's history is a public page served from cache, yet its page number comes in the query
// (?page=2), and a page that reads its query is rendered for every request. So the proxy sends a
// plain history address to one cached page per page number, as it does for the list
// (lib/heroes/list-view.ts). Comparing two versions, confirming a restore or reading its outcome
// stay on the page rendered per request.

/** The page number of a history address whose query asks for nothing but a page, or null. */
export function historyPageOfSearch(search: URLSearchParams): number | null {
  const keys = [...search.keys()];
  if (keys.some((key) => key !== 'page') || search.getAll('page').length > 1) return null;
  const page = search.get('page');
  if (page === null) return 1;
  return /^[1-9]\d{0,6}$/.test(page) ? Number(page) : null;
}

/** The page number a cached history path names ("2"); one address per page, so "02" is not one. */
export function parseHistoryPage(value: string): number | null {
  return /^[1-9]\d{0,6}$/.test(value) ? Number(value) : null;
}
