// Runs one subgraph as its own process against a PostgreSQL server (production shape).
// The embedded database is single-process: `npm start` runs all subgraphs in one process instead.
import { createDb, type Database } from '@uitstroom/db/client';
import { listen } from './http.ts';
import type { Subgraph } from './server.ts';

export async function runStandalone<L>(name: string, defaultPort: number, create: (database: Database) => Subgraph<L>): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(`${name}: DATABASE_URL is not set. Run the whole platform with \`npm start\` to use the embedded database.`);
    process.exit(1);
  }
  if (!process.env.SUBGRAPH_SECRET) {
    console.error(`${name}: SUBGRAPH_SECRET is not set. A subgraph on its own answers only its gateway, which must hold the same secret (32+ characters).`);
    process.exit(1);
  }
  const database = createDb({ url });
  const service = await listen(create(database), { port: Number(process.env.PORT ?? defaultPort), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`${name} subgraph listening on ${service.url}`);
  const stop = async () => {
    await service.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
