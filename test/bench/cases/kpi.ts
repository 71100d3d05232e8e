// Case "KPI (bestuur)": the Bestuurlijk overleg page's one operation (every covenant's targets with
// progress, monthly history and evaluation moments) as the bestuurder sees it — through the
// platform's Hive gateway (with and without its response cache), against one unfederated Apollo
// Server running the same resolvers (the ceiling) and against @apollo/gateway in front of the same
// subgraphs. Issue 7, case 2: gateway ≥ 1.0× the single server's throughput, ≥ 2× @apollo/gateway's.
import { isDeepStrictEqual } from 'node:util';
import { createDb, type Database } from '@uitstroom/db/client';
import { startApolloGateway } from '../reference/apollo-gateway.ts';
import type { ReferenceServer } from '../reference/http.ts';
import { startUnfederatedServer } from '../reference/unfederated.ts';
import { signedViewerHeaders, viewerOfBearer } from '../reference/viewer.ts';
import type { BenchCase, BenchContext } from '../support/bench-case.ts';
import { postGraphql } from '../support/graphql.ts';
import { TARGETS_QUERY } from '@uitstroom/dashboard/targets-query';

/** The dashboard's own document (dashboard/src/lib/targets-query.ts, sent by BestuurPage through useTargets). */
export const KPI_OPERATION = TARGETS_QUERY;

export interface KpiData {
  targets: { id: string; covenant: { id: string; name: string }; progress: { realised: { count: number | null; display: string } }; history: unknown[] }[];
}

const USER = 'bestuurder';

interface References {
  database: Database;
  /** SQL statements the single server has sent so far. */
  statements(): number;
  unfederated: ReferenceServer;
  apolloGateway: ReferenceServer;
}

async function startReferences(context: BenchContext): Promise<References> {
  // A pool as large as the one the platform's four subgraphs share, counting statements as that one does.
  let statements = 0;
  const database = createDb({ url: context.databaseUrl, maxConnections: 10, onQuery: () => void statements++ });
  const [unfederated, apolloGateway] = await Promise.allSettled([
    startUnfederatedServer(database, context.subgraphSecret),
    startApolloGateway(context.subgraphUrls, context.subgraphSecret),
  ]);
  if (unfederated.status === 'fulfilled' && apolloGateway.status === 'fulfilled') return { database, statements: () => statements, unfederated: unfederated.value, apolloGateway: apolloGateway.value };
  // One started and the other did not: stop what did start, then fail.
  await Promise.all([unfederated, apolloGateway].map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
  await database.close();
  throw [unfederated, apolloGateway].flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []))[0];
}

async function closeReferences(references: References): Promise<void> {
  await Promise.all([references.unfederated.close(), references.apolloGateway.close()]);
  await references.database.close();
}

/** Throws, naming the first target that differs, unless every answer equals the first. */
function assertSame(answers: { name: string; data: KpiData }[]): void {
  const [first, ...others] = answers;
  if (!first) return;
  for (const other of others) {
    if (isDeepStrictEqual(other.data, first.data)) continue;
    const index = first.data.targets.findIndex((t, i) => !isDeepStrictEqual(t, other.data.targets[i]));
    const detail = index < 0 ? `${first.data.targets.length} vs ${other.data.targets.length} targets` : `first difference at targets[${index}]: ${JSON.stringify(first.data.targets[index]).slice(0, 300)} vs ${JSON.stringify(other.data.targets[index]).slice(0, 300)}`;
    throw new Error(`${other.name} answers the KPI operation differently from ${first.name}: ${detail}`);
  }
}

type Variants = Record<string, () => Promise<KpiData>>;

/** All variants answer alike; and the single server sends the SQL the gateway's subgraphs send (same resolvers, same loaders). */
async function verifyKpi(context: BenchContext, variants: Variants, references: () => Promise<References>): Promise<void> {
  const answers = [];
  for (const [name, run] of Object.entries(variants)) answers.push({ name, data: await run() });
  assertSame(answers);
  const data = answers[0]?.data;
  const covenants = new Set(data?.targets.map((t) => t.covenant.id));
  console.log(`  ${answers.length} variants agree: ${data?.targets.length ?? 0} targets of ${covenants.size} covenants on each covenant's data date, as the ${USER}`);
  const { statements: gateway } = await context.countStatements(() => (variants['gateway, no cache'] as Variants[string])());
  const { statements } = await references();
  const before = statements();
  await (variants['single server'] as Variants[string])();
  console.log(`  SQL statements per request: gateway (no cache) ${gateway}, single server ${statements() - before}`);
}

/** The case, with close() for the two reference servers it starts on first use (call it when the bench ends). */
export function kpiCase(context: BenchContext): BenchCase & { close(): Promise<void> } {
  // As the page asks by default: null is each covenant's data date (a protected viewer may ask only a month's end or that).
  const variables = { on: null };
  const gatewayHeaders = context.headersFor(USER);
  const uncachedHeaders = context.uncached.headersFor(USER);
  let viewerHeaders: Promise<() => Promise<Record<string, string>>> | null = null;
  let references: Promise<References> | null = null;
  const started = () => (references ??= startReferences(context));
  // The viewer the gateway makes of the bestuurder's token, signed as the gateway signs it for the subgraphs.
  const referenceHeaders = async () => (await (viewerHeaders ??= gatewayHeaders.then((h) => signedViewerHeaders(viewerOfBearer(h), context.subgraphSecret))))();
  const ask = async (url: string, headers: Record<string, string>) => postGraphql<KpiData>(url, { query: KPI_OPERATION, variables, headers });
  const variants: Variants = {
    // As the dashboard meets it: after the first request of a peildatum, from the gateway's response cache.
    gateway: async () => ask(context.gatewayUrl, await gatewayHeaders),
    // Every answer computed, as the references compute every answer: the like-for-like comparison.
    'gateway, no cache': async () => ask(context.uncached.gatewayUrl, await uncachedHeaders),
    'single server': async () => ask((await started()).unfederated.url, await referenceHeaders()),
    '@apollo/gateway': async () => ask((await started()).apolloGateway.url, await referenceHeaders()),
  };
  return {
    name: 'KPI (bestuur)',
    baseline: 'single server',
    variants: Object.entries(variants).map(([name, run]) => ({ name, run })),
    verify: () => verifyKpi(context, variants, started),
    close: async () => {
      if (references === null) return;
      const running = await references.catch(() => null);
      references = null;
      if (running) await closeReferences(running);
    },
  };
}
