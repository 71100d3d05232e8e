// Who sees true counts: only the beheerder. Every other role gets counts protected by the cell key
// method (@uitstroom/disclosure), on the period grid (period-grid.ts).
import { disclosureFor, seesExactCounts as exactForRole, type Disclosure } from '@uitstroom/disclosure';
import type { Viewer } from '@uitstroom/subgraph-kit';

export function seesExactCounts(viewer: Pick<Viewer, 'role'>): boolean {
  return exactForRole(viewer.role);
}

export function disclosureOf(viewer: Pick<Viewer, 'role'>): Disclosure {
  return disclosureFor(viewer.role);
}
