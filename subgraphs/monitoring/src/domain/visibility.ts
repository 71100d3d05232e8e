// Who sees exact counts. Until case-level authorisation lands (issue 6), only the beheerder does;
// every other role gets suppressed aggregates.
import type { Viewer } from '@uitstroom/subgraph-kit';

export function seesExactCounts(viewer: Viewer): boolean {
  return viewer.role === 'beheerder';
}
