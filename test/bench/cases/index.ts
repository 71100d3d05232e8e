// Every bench case, in the order they run and are reported.
import type { BenchCase, BenchContext } from '../support/bench-case.ts';
import { monitorPageCase } from './monitor-page.ts';

export const CASES: readonly ((context: BenchContext) => BenchCase)[] = [monitorPageCase];
