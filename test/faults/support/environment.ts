// What every fault test file starts from: a throwaway PostgreSQL cluster with the platform's database,
// or a printed reason to skip when this machine has no PostgreSQL server binaries.
import { prepareFaultDatabase, type FaultDatabase } from './database.ts';
import { postgresBin, startCluster, type PostgresCluster } from './postgres-cluster.ts';

export const pgBin = await postgresBin();
if (!pgBin) {
  console.warn('\n*** Fault tests SKIPPED: no PostgreSQL server under /usr/lib/postgresql (apt-get install postgresql). They stop and start a real one. ***\n');
}

export interface FaultEnvironment extends FaultDatabase {
  cluster: PostgresCluster;
}

/** A new cluster with the platform's database; destroyed by the caller (afterAll), also on failure. */
export async function startEnvironment(): Promise<FaultEnvironment> {
  if (!pgBin) throw new Error('no PostgreSQL server binaries');
  const cluster = await startCluster(pgBin);
  try {
    return { cluster, ...(await prepareFaultDatabase(cluster.url)) };
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
}

/** The queries the tests ask as the demo analist: aggregates of every covenant. */
export const ANALIST = 'analist';
