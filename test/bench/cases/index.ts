// Every bench case, in the order they run and are reported.
import type { BenchCase, BenchContext, FactCase } from '../support/bench-case.ts';
import { disclosureUtilityCase } from './disclosure-utility.ts';
import { importCase } from './import-vs-copy.ts';
import { kpiCase } from './kpi.ts';
import { memoryCase } from './memory.ts';
import { monitorPageCase } from './monitor-page.ts';
import { startupCase } from './startup.ts';
import { statementCountCase } from './statement-count.ts';

export const CASES: readonly ((context: BenchContext) => BenchCase)[] = [monitorPageCase, kpiCase];

/**
 * Cases that report facts, after the timed ones. The import goes last: it adds trajectories to
 * four covenants, which would change the figures of cases after it (the disclosure utility is
 * measured on the national data set as generated).
 */
export const FACT_CASES: readonly ((context: BenchContext) => FactCase)[] = [disclosureUtilityCase, statementCountCase, startupCase, memoryCase, importCase];
