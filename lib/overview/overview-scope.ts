// What an overview counts besides the period: every detection, or those of a recipient or a sender
// (an address or a domain, as the search takes them). Each set of filters is counted and kept apart,
// under its own scope.

export const OVERVIEW_FILTERS = ["recipient", "sender"] as const;
export type OverviewFilters = Partial<Record<(typeof OVERVIEW_FILTERS)[number], string>>;

/** The scope a set of filters is kept under: "detections", or "detections?recipient=…&sender=…". */
export function scopeOf(filters: OverviewFilters): string {
  const query = filterQuery(filters);
  return query.size === 0 ? "detections" : `detections?${query.toString()}`;
}

/** The filters in the search's names, in a stable order, the empty ones left out. */
export function filterQuery(filters: OverviewFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of OVERVIEW_FILTERS) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  return query;
}
