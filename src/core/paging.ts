/**
 * The page a console list's `?hal=N` asks for: one rule for every paged list (groups, a
 * member's entries, member search, loans, leads). Only digits count, at most 6 of them, so
 * "1e3", "2.5", "-2" or " 5" are page 1 and no number is large enough to overflow an OFFSET.
 */
export function requestedPage(raw: string | undefined): number {
  return raw !== undefined && /^\d{1,6}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
}

/**
 * The requested page of `total` items, `perPage` a page, within 1..pages: a number past the
 * end is the last page (a link kept from last month still shows something).
 */
export function pageWithin(raw: string | undefined, total: number, perPage: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / perPage));
  return { page: Math.min(requestedPage(raw), pages), pages };
}
