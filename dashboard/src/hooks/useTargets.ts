// The Bestuurlijk overleg page's one operation: every covenant's targets with their progress and
// monthly history on the peildatum, and each covenant's next and overdue evaluation moments.
import type { IsoDate } from '../lib/contract.ts';
import type { Target } from '../lib/target-contract.ts';
import { TARGETS_QUERY } from '../lib/targets-query.ts';
import { useGraphQLQuery, type QueryResult } from './useGraphQLQuery.ts';

export { TARGETS_QUERY };

export interface TargetsData {
  targets: Target[];
}

/** `on` null: each covenant's own data date (gegevens t/m). */
export function useTargets(on: IsoDate | null): QueryResult<TargetsData> {
  return useGraphQLQuery<TargetsData>(TARGETS_QUERY, { on });
}
