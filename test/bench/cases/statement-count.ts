// Case "statements per list" (issue 7, case 3): a list of trajectories with their parties, which
// the parties subgraph resolves, through the gateway as the beheerder. The SQL statements the
// platform's services send for it must not grow with the number of rows (no N+1 anywhere: pages,
// steps, events, step labels, audit rows and the parties' entity lookups each batched).
import type { BenchContext, Fact, FactCase } from '../support/bench-case.ts';
import { postGraphql } from '../support/graphql.ts';

const NAME = 'statements per list';
/** The schema's largest page: 1,000 rows are two pages in one operation. */
const PAGE_LIMIT = 500;
const SIZES = [10, 100, 1_000] as const;

const ROW_FIELDS = /* GraphQL */ `
  fragment BenchTrajectoryRow on Trajectory {
    id
    caseCode
    targetGroup
    facility
    ageCategory
    contractForm
    registeredOn
    housedOn
    closedOn
    covenant { id name }
    provider { id name kind }
    municipalityOfOrigin { id name kind }
    municipalityOfPlacement { id name kind }
    landlord { id name kind }
    steps { step label occurredOn }
    events { kind relapseKind occurredOn }
  }`;

interface Row {
  caseCode: string;
  provider: { name: string | null } | null;
  municipalityOfOrigin: { name: string | null } | null;
}

/** The pages that make up `size` rows: one page up to 500, then further pages with aliases. */
export function pagesOf(size: number): { alias: string; limit: number; offset: number }[] {
  const pages = [];
  for (let offset = 0; offset < size; offset += PAGE_LIMIT) {
    pages.push({ alias: `page${pages.length}`, limit: Math.min(PAGE_LIMIT, size - offset), offset });
  }
  return pages;
}

export function listOperation(size: number): string {
  const fields = pagesOf(size)
    .map((p) => `${p.alias}: trajectories(covenantId: $covenantId, limit: ${p.limit}, offset: ${p.offset}) { ...BenchTrajectoryRow }`)
    .join('\n    ');
  return `query BenchTrajectoryList($covenantId: ID!) {\n    ${fields}\n  }\n${ROW_FIELDS}`;
}

/** The covenant with the most trajectories, which must have at least `needed`. */
async function largestCovenant(context: BenchContext, needed: number): Promise<{ id: string; count: number }> {
  const [row] = await context.sql<{ id: string; count: number }[]>`
    select covenant_id as id, count(*)::int as count from trajectories.trajectories group by 1 order by 2 desc, 1 limit 1`;
  if (!row || row.count < needed) {
    throw new Error(`${NAME}: the largest covenant has ${row?.count ?? 0} trajectories, the case needs ${needed} (load more with --trajectories)`);
  }
  return row;
}

/** Fails unless the answer has `size` distinct rows whose parties the parties subgraph named. */
function checkRows(data: Record<string, Row[]>, size: number): void {
  const rows = Object.values(data).flat();
  const codes = new Set(rows.map((r) => r.caseCode));
  if (rows.length !== size || codes.size !== size) throw new Error(`${NAME}: asked for ${size} trajectories, got ${rows.length} (${codes.size} distinct)`);
  const unnamed = rows.find((r) => !r.provider?.name || !r.municipalityOfOrigin?.name);
  if (unnamed) throw new Error(`${NAME}: trajectory ${unnamed.caseCode} came back without its parties' names`);
}

export function statementCountCase(context: BenchContext): FactCase {
  return {
    name: NAME,
    facts: async () => {
      const covenant = await largestCovenant(context, Math.max(...SIZES));
      const headers = await context.headersFor('beheerder');
      const list = async (size: number) => {
        const data = await postGraphql<Record<string, Row[]>>(context.gatewayUrl, { query: listOperation(size), variables: { covenantId: covenant.id }, headers });
        checkRows(data, size);
      };
      // Warm-up: plans, pools and the gateway's caches are then as a running platform has them.
      for (const size of SIZES) await list(size);
      const counts: number[] = [];
      for (const size of SIZES) counts.push((await context.countStatements(() => list(size))).statements);
      // Lists of cases are never cached (gateway/src/response-cache.ts); none means the count saw nothing.
      if (counts.includes(0)) throw new Error(`${NAME}: a list was answered without any SQL statement (${counts.join(', ')})`);
      console.log(`  ${covenant.id} (${covenant.count.toLocaleString('en')} trajectories): ${SIZES.map((s, i) => `${s} rows ${counts[i]}`).join(', ')} statements`);
      const facts: Fact[] = SIZES.map((size, i) => ({
        case: NAME,
        measure: `SQL statements, ${size.toLocaleString('en')} rows with parties`,
        value: counts[i] ?? 0,
        unit: 'statements',
        goal: null,
        met: null,
      }));
      const spread = Math.max(...counts) - Math.min(...counts);
      facts.push({ case: NAME, measure: 'constant (most − fewest)', value: spread, unit: 'statements', goal: '0', met: spread === 0 });
      return facts;
    },
  };
}
