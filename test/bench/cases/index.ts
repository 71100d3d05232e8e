// Every bench case, in the order they run and are reported.
import type { BenchCase, BenchContext, FactCase } from '../support/bench-case.ts';
import { kpiCase } from './kpi.ts';
import { monitorPageCase } from './monitor-page.ts';

export const CASES: readonly ((context: BenchContext) => BenchCase)[] = [monitorPageCase, kpiCase];

/** Cases that report facts (statement counts, import time, start-up, memory), after the timed ones. */
export const FACT_CASES: readonly ((context: BenchContext) => FactCase)[] = [];
