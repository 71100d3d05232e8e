// Case "monitor page": the largest region of the national data set over a half-year, as a werkgroep sees it —
// through the gateway, against the same figures as raw SQL on the base tables.
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import { REGION_WERKGROEP, type BenchCase, type BenchContext } from '../support/bench-case.ts';
import { postGraphql, type GraphqlRequest } from '../support/graphql.ts';
import { assertSameFigures, gatewayFigures, sqlFigures } from './monitor-check.ts';
import { MONITOR_PAGE_OPERATION, type MonitorPageData } from './monitor-operation.ts';
import { runMonitorSql, type MonitorScope } from './monitor-sql.ts';

const FROM = '2025-07-01';
const TO = '2025-12-31';

function request(covenantId: string, headers: Record<string, string>): GraphqlRequest {
  return { query: MONITOR_PAGE_OPERATION, variables: { covenantId, from: FROM, to: TO }, headers };
}

export function monitorPageCase(context: BenchContext): BenchCase {
  const COVENANT = context.largestCovenantId;
  // The subgraph's rule for the reference date: the end of the range, or today when that is earlier.
  const today = todayInNetherlands();
  const werkgroep = context.headersFor(REGION_WERKGROEP);
  const uncachedWerkgroep = context.uncached.headersFor(REGION_WERKGROEP);
  const scope: MonitorScope = { covenantId: COVENANT, from: FROM, to: TO, asOf: TO < today ? TO : today };
  return {
    name: 'monitor page',
    baseline: 'raw SQL',
    variants: [
      { name: 'gateway', run: async () => postGraphql(context.gatewayUrl, request(COVENANT, await werkgroep)) },
      // Every answer computed: the work behind the first request, and behind every one after a write.
      { name: 'gateway, no cache', run: async () => postGraphql(context.uncached.gatewayUrl, request(COVENANT, await uncachedWerkgroep)) },
      { name: 'raw SQL', run: () => runMonitorSql(context.sql, scope) },
    ],
    verify: async () => {
      // A werkgroep sees small counts suppressed; the beheerder sees every count exactly.
      const data = await postGraphql<MonitorPageData>(context.gatewayUrl, request(COVENANT, await context.headersFor('beheerder')));
      const monitor = data.covenant?.monitor;
      if (monitor?.asOf !== scope.asOf) throw new Error(`the gateway's asOf is ${String(monitor?.asOf)}, the raw SQL's ${scope.asOf}`);
      const gateway = gatewayFigures(data);
      assertSameFigures(gateway, sqlFigures(await runMonitorSql(context.sql, scope), monitor.waitingTime.normDays));
      console.log(`  ${gateway.size} figures agree (${COVENANT} ${FROM}…${TO}, outflow ${String(gateway.get('outflow total'))})`);
    },
  };
}
