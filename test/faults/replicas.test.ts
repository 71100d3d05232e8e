// Horizontal scale on loopback: two processes of each subgraph, each on its own port, behind a
// round-robin proxy per subgraph (what a Kubernetes Service does), the gateway in front. The
// services keep no state of their own: the same answers whichever replica gives them, a write
// through one replica is read through the other, and with one replica of a pair gone the answers go on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGETS_QUERY } from '@uitstroom/dashboard/targets-query';
import { MONITOR_PAGE_OPERATION } from '../bench/cases/monitor-operation.ts';
import { graphql, tokenFor } from './support/client.ts';
import { ANALIST, pgBin, startEnvironment, type FaultEnvironment } from './support/environment.ts';
import { SUBGRAPHS, startStack, type Stack, type SubgraphName } from './support/stack.ts';

/** Between them, every subgraph and every hop between subgraphs. */
const QUERIES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'covenants with their parties', query: '{ covenants { id name region memberships { role party { id name kind } } } }' },
  {
    name: 'outflow and trajectories of a covenant',
    query: `{ covenant(id: "woonkans") { name trajectoryCount outflow(from: "2024-01-01", to: "2025-12-31", granularity: HALF_YEAR) {
      periods { code } cells { periodCode targetGroup value { count display suppressed } } total { display } } } }`,
  },
  { name: 'the bestuurlijk overleg (targets with progress)', query: TARGETS_QUERY, variables: { on: '2025-12-31' } },
  { name: 'the monitor page', query: MONITOR_PAGE_OPERATION, variables: { covenantId: 'walcheren', from: '2025-01-01', to: '2025-06-30' } },
  { name: 'costs and funds', query: '{ covenant(id: "woonkans") { funds { id name cashier { name } topUpThresholdCents } } meppel: covenant(id: "meppel-vzw") { costYear(year: 2025) { year visits } } }' },
];
/** Each query this many times in a row: with two replicas in turn, each answers it at least once. */
const ROUNDS = 4;

let environment: FaultEnvironment | undefined;
let stack: Stack | undefined;
let analist: Record<string, string>;

beforeAll(async () => {
  if (!pgBin) return;
  environment = await startEnvironment();
  stack = await startStack({ databaseUrl: environment.serviceUrl, replicasPerSubgraph: 2 });
  analist = await tokenFor(stack.origin, ANALIST);
});

afterAll(async () => {
  await stack?.close();
  await environment?.cluster.destroy();
});

/** The answer of each query in each round; fails on any error. */
async function askAll(running: Stack): Promise<Map<string, string[]>> {
  const answers = new Map<string, string[]>();
  for (const { name, query, variables } of QUERIES) {
    for (let round = 0; round < ROUNDS; round++) {
      const answer = await graphql(running.origin, analist, query, variables);
      expect(answer.body.errors, `${name}: ${answer.text.slice(0, 300)}`).toBeUndefined();
      answers.set(name, [...(answers.get(name) ?? []), JSON.stringify(answer.body)]);
    }
  }
  return answers;
}

/** Which replicas of `name` answered the requests from `from` on. */
const servedSince = (running: Stack, name: SubgraphName, from: number) => new Set(running.proxies[name]?.served.slice(from));

describe.skipIf(!pgBin)('two replicas of each subgraph', () => {
  it('give the same answers whichever replica answers', async () => {
    const running = stack as Stack;
    const answers = await askAll(running);
    for (const [name, rounds] of answers) {
      expect(new Set(rounds).size, `${name} differs between replicas`).toBe(1);
      expect(JSON.parse(rounds[0] as string).data, name).toBeTruthy();
    }
    for (const name of SUBGRAPHS) expect([...servedSince(running, name, 0)].sort(), `replicas of ${name} that answered`).toEqual([0, 1]);
  });

  it('read a write made through one replica through the other', async () => {
    const running = stack as Stack;
    const beheerder = await tokenFor(running.origin, 'beheerder');
    const served = running.proxies.monitoring?.served ?? [];
    const written = await graphql<{ setVacancyCount: { count: number } }>(running.origin, beheerder, 'mutation { setVacancyCount(partyId: "zeeuwland", year: 2025, count: 41) { count } }');
    expect(written.body.data?.setVacancyCount.count).toBe(41);
    const writer = served.at(-1);
    const readsFrom = served.length;
    const counts: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const read = await graphql<{ vacancyCounts: { party: { id: string }; year: number; count: number }[] }>(running.origin, analist, '{ vacancyCounts(covenantId: "walcheren") { party { id } year count } }');
      counts.push(read.body.data?.vacancyCounts.find((v) => v.party.id === 'zeeuwland' && v.year === 2025)?.count ?? -1);
    }
    expect(counts).toEqual(Array(ROUNDS).fill(41));
    expect(servedSince(running, 'monitoring', readsFrom).has(writer === 0 ? 1 : 0)).toBe(true);
  });

  it('go on answering the same when one replica of a pair is gone', async () => {
    const running = stack as Stack;
    const before = await askAll(running);
    await running.stopReplica('monitoring', 0, 'SIGKILL');
    const from = running.proxies.monitoring?.served.length ?? 0;
    const after = await askAll(running);
    expect(after).toEqual(before);
    expect([...servedSince(running, 'monitoring', from)]).toEqual([1]);
  });
});
