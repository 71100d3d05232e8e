import type { CovenantSummary } from '../lib/contract.ts';
import { useGraphQLQuery, type QueryResult } from './useGraphQLQuery.ts';

export const COVENANTS_QUERY = /* GraphQL */ `
  query DashboardCovenants {
    covenants {
      id
      name
      region
      subRegions {
        id
        name
      }
    }
  }
`;

export interface CovenantsData {
  covenants: (CovenantSummary & { subRegions: { id: string; name: string }[] })[];
}

const NO_VARIABLES = {};

export function useCovenants(): QueryResult<CovenantsData> {
  return useGraphQLQuery<CovenantsData>(COVENANTS_QUERY, NO_VARIABLES);
}
