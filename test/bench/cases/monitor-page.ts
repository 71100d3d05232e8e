// Case "monitor page": the largest region of the national data set over a half-year, as its werkgroep
// sees it (protected counts) — through the gateway, against the same figures as raw SQL on the base
// tables. The raw SQL computes what the werkgroep's answer is made from: true counts with their key
// sums. Its reference date (from the covenant's data date) is found once, before timing, as the
// reference date was before there was a data date: the raw SQL stays the baseline it was, and what
// the gateway spends on the data date on every uncached request shows in its own figure.
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import { REGION_WERKGROEP, type BenchCase, type BenchContext } from '../support/bench-case.ts';
import { postGraphql, type GraphqlRequest } from '../support/graphql.ts';
import { assertProtectedFigures, assertSameFigures, gatewayFigures, sqlFigures } from './monitor-check.ts';
import { MONITOR_PAGE_OPERATION, type MonitorPageData } from './monitor-operation.ts';
import { monitorReferenceDate, runMonitorSql, type MonitorScope } from './monitor-sql.ts';

/** 2025-H2: a whole calendar half-year, on the period grid every protected viewer is held to. */
const FROM = '2025-07-01';
const TO = '2025-12-31';

function request(covenantId: string, headers: Record<string, string>): GraphqlRequest {
  return { query: MONITOR_PAGE_OPERATION, variables: { covenantId, from: FROM, to: TO }, headers };
}

const ms = (since: number) => `${(performance.now() - since).toFixed(0)} ms`;

export function monitorPageCase(context: BenchContext): BenchCase {
  const COVENANT = context.largestCovenantId;
  const werkgroep = context.headersFor(REGION_WERKGROEP);
  const uncachedWerkgroep = context.uncached.headersFor(REGION_WERKGROEP);
  // The reference date is set by verify(), which runs before any timing.
  const scope: MonitorScope = { covenantId: COVENANT, from: FROM, to: TO, asOf: '' };
  const rawSql = () => {
    if (scope.asOf === '') throw new Error('monitor page: verify() finds the reference date before the raw SQL can run');
    return runMonitorSql(context.sql, scope);
  };
  return {
    name: 'monitor page',
    baseline: 'raw SQL',
    variants: [
      { name: 'gateway', run: async () => postGraphql(context.gatewayUrl, request(COVENANT, await werkgroep)) },
      // Every answer computed: the work behind the first request, and behind every one after a write.
      { name: 'gateway, no cache', run: async () => postGraphql(context.uncached.gatewayUrl, request(COVENANT, await uncachedWerkgroep)) },
      { name: 'raw SQL', run: rawSql },
    ],
    verify: async () => {
      let started = performance.now();
      const { dataDate, asOf } = await monitorReferenceDate(context.sql, { covenantId: COVENANT, to: TO, today: todayInNetherlands() });
      const dataDateTook = ms(started);
      scope.asOf = asOf;
      started = performance.now();
      const result = await rawSql();
      const took = ms(started);
      const expected = (normDays: number) => sqlFigures(result, normDays);
      // The beheerder sees every count exactly: the true counts of the raw SQL.
      const exact = await postGraphql<MonitorPageData>(context.gatewayUrl, request(COVENANT, await context.headersFor('beheerder')));
      const monitor = exact.covenant?.monitor;
      if (monitor?.asOf !== asOf || monitor.dataDate !== dataDate) {
        throw new Error(`the gateway's asOf and dataDate are ${String(monitor?.asOf)} and ${String(monitor?.dataDate)}, the raw SQL's ${asOf} and ${String(dataDate)}`);
      }
      const figures = gatewayFigures(exact);
      assertSameFigures(figures, expected(monitor.waitingTime.normDays));
      // The werkgroep sees each count as the cell key method publishes the raw SQL's count and key sum.
      const shown = await postGraphql<MonitorPageData>(context.uncached.gatewayUrl, request(COVENANT, await uncachedWerkgroep));
      if (!shown.covenant?.monitor.protectionApplied || !shown.covenant.outflow.protectionApplied) throw new Error("the werkgroep's figures are not protected");
      const published = gatewayFigures(shown);
      assertProtectedFigures(published, expected(monitor.waitingTime.normDays));
      const changed = [...figures].filter(([name, figure]) => (published.get(name)?.display ?? '0') !== figure.display).length;
      console.log(
        `  ${figures.size} figures agree (${COVENANT} ${FROM}…${TO}, peildatum ${asOf}, data date ${String(dataDate)}, outflow ${String(figures.get('outflow total')?.count)}): ` +
          `the beheerder's with the raw SQL's counts, the werkgroep's with their cell key publication (${changed} shown otherwise than the true count)`,
      );
      console.log(`  raw SQL: the nine statements ${took}; the data date on the base tables, once and not timed below, ${dataDateTook}`);
    },
  };
}
