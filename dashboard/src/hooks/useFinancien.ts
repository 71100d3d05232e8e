// The Financiën page's three operations: which covenants have cost agreements or funds, one
// covenant's costs in one year, and one Garantiefonds with its balance, rounds and claims.
import type { CostYear, FinanceCovenant, Fund } from '../lib/funding-contract.ts';
import { useGraphQLQuery, type QueryResult } from './useGraphQLQuery.ts';

export const FINANCE_COVENANTS_QUERY = /* GraphQL */ `
  query DashboardFinanceCovenants {
    covenants {
      id
      name
      costAgreements { id validFrom }
      funds { id name }
    }
  }
`;

export interface FinanceCovenantsData {
  covenants: FinanceCovenant[];
}

const NO_VARIABLES = {};

export function useFinanceCovenants(): QueryResult<FinanceCovenantsData> {
  return useGraphQLQuery<FinanceCovenantsData>(FINANCE_COVENANTS_QUERY, NO_VARIABLES);
}

export const COST_YEAR_QUERY = /* GraphQL */ `
  query DashboardCostYear($covenantId: ID!, $year: Int!) {
    covenant(id: $covenantId) {
      id
      name
      costYear(year: $year) {
        year
        visits
        agreements {
          agreement { id costType description source }
          hourlyRateCents
          budgetCents
          actualUnits
          actualCents
        }
        parties { party { id name } budgetCents actualCents }
      }
    }
  }
`;

export interface CostYearData {
  covenant: { id: string; name: string; costYear: CostYear } | null;
}

/** Pass null while no covenant is chosen: nothing is fetched. */
export function useCostYear(params: { covenantId: string; year: number } | null): QueryResult<CostYearData> {
  return useGraphQLQuery<CostYearData>(COST_YEAR_QUERY, params === null ? null : { ...params });
}

const BALANCE = 'on balanceCents reservedCents availableCents belowThreshold';

export const FUND_QUERY = /* GraphQL */ `
  query DashboardFund($fundId: ID!) {
    fund(id: $fundId) {
      id
      name
      source
      covenant { id name }
      cashier { id name }
      topUpThresholdCents
      terminatedOn
      balance { ${BALANCE} }
      balanceHistory { ${BALANCE} }
      openRounds: rounds(openOnly: true) {
        id
        number
        kind
        raisedOn
        balanceAtRaiseCents
        reason
        owedCents
        paidCents
        open
        parts { party { id name } owedCents paidOn }
      }
      claims { id status submittedOn claimant { id name } claimedCents approvedCents }
      claimSummary { status costType claims cents }
    }
  }
`;

export interface FundData {
  fund: Fund | null;
}

export function useFund(fundId: string): QueryResult<FundData> {
  return useGraphQLQuery<FundData>(FUND_QUERY, { fundId });
}
