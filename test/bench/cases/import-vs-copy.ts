// Case "import vs COPY" (issue 7, case 4): a 100,000-row uitstroommonitor sheet imported through
// the gateway as the beheerder (as `npm run import` and the dashboard send it), against COPY of
// the same rows into the same tables with the same triggers firing. Goal: at most twice COPY's time.
// The rows are new trajectories (case codes with a prefix of this run), so both sides insert.
import type { BenchContext, Fact, FactCase } from '../support/bench-case.ts';
import { postGraphql } from '../support/graphql.ts';
import { assertSameWrites } from './support-import/compare.ts';
import { copyRows, toCopyData } from './support-import/copy.ts';
import { IMPORT_MUTATION, prepareFiles, type PreparedFile } from './support-import/csv.ts';
import { generateRows, loadCovenantParties } from './support-import/rows.ts';

const NAME = 'import vs COPY';
const GOAL_RATIO = 2;

interface ImportResult {
  imported: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; column: string | null; reason: string }[];
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Sends the files one after another; seconds from sending the first to the answer on the last. */
async function importFiles(context: BenchContext, files: readonly PreparedFile[]): Promise<number> {
  const headers = await context.headersFor('beheerder');
  const started = performance.now();
  for (const file of files) {
    const data = await postGraphql<{ importUitstroommonitor: ImportResult }>(context.gatewayUrl, { query: IMPORT_MUTATION, variables: file.variables, headers });
    const outcome = data.importUitstroommonitor;
    if (!outcome.imported || outcome.created !== file.rows || outcome.errors.length > 0) {
      const first = outcome.errors.slice(0, 3).map((e) => `regel ${e.line} ${e.column ?? ''}: ${e.reason}`).join('; ');
      throw new Error(`${NAME}: ${file.fileName} not imported as new rows (created ${outcome.created} of ${file.rows}, ${outcome.errors.length} errors${first ? `: ${first}` : ''})`);
    }
  }
  return (performance.now() - started) / 1000;
}

function facts(rows: number, files: number, importSeconds: number, copySeconds: number): Fact[] {
  const fact = (measure: string, value: number, unit: string, goal: string | null = null, met: boolean | null = null): Fact => ({ case: NAME, measure, value, unit, goal, met });
  const ratio = importSeconds / copySeconds;
  const size = rows.toLocaleString('en');
  return [
    fact(`import via gateway, ${size} rows${files > 1 ? ` in ${files} files` : ''}`, importSeconds, 's'),
    fact(`COPY, ${size} rows (3 tables, triggers)`, copySeconds, 's'),
    fact('import ÷ COPY', ratio, '×', `≤ ${GOAL_RATIO}×`, ratio <= GOAL_RATIO),
    fact('import rows per second', Math.round(rows / importSeconds), 'rows/s'),
    fact('COPY rows per second', Math.round(rows / copySeconds), 'rows/s'),
  ];
}

export function importCase(context: BenchContext): FactCase {
  return {
    name: NAME,
    facts: async () => {
      const count = context.quick ? 10_000 : 100_000;
      const covenants = await loadCovenantParties(context.sql);
      // Fresh case codes each run: 4–32 characters of A–Z, 0–9 and '-'.
      const tag = Date.now().toString(36).toUpperCase();
      const importPrefix = `BI${tag}`;
      const copyPrefix = `BC${tag}`;
      const files = prepareFiles(generateRows(covenants, count, importPrefix), `bench-uitstroommonitor-${tag.toLowerCase()}`);
      const copyData = toCopyData(generateRows(covenants, count, copyPrefix));
      const csvBytes = files.reduce((sum, f) => sum + f.csvBytes, 0);
      console.log(
        `  ${count.toLocaleString('en')} rows over ${covenants.length} covenants: CSV ${mb(csvBytes)}, ` +
          `${files.length} request(s) of ${files.map((f) => mb(f.requestBytes)).join(', ')} (gzip + base64; limits 40 MB per file, 25 MB per request)`,
      );
      const importSeconds = await importFiles(context, files);
      console.log(`  import: ${importSeconds.toFixed(1)} s`);
      const copySeconds = await copyRows(context.sql, copyData);
      console.log(`  COPY: ${copySeconds.toFixed(1)} s`);
      const written = await assertSameWrites(context.sql, importPrefix, copyPrefix, count);
      console.log(`  both wrote ${written.trajectories} trajectories, ${written.steps} steps, ${written.events} events, with the same milestones`);
      return facts(count, files.length, importSeconds, copySeconds);
    },
  };
}
