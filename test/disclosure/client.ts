// The attack suite's access to the platform: one platform on free ports (demo data) where the
// analist and the beheerder may send operations of their own and the werkgroep only the dashboard's
// persisted operations, as in production. The analist and the werkgroep are the attackers (every
// request they send is counted); the beheerder's exact figures are the truth.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArbitraryOperations } from '@uitstroom/gateway';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import type { Shown } from './feasibility.ts';

export interface GraphQLAnswer<T> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string } }[];
}

/** The dashboard's persisted operations by operation name → document id. */
function persistedIds(): Map<string, string> {
  const file = fileURLToPath(import.meta.resolve('@uitstroom/dashboard/persisted-documents.json'));
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const ids = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    const name = /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
    if (name) ids.set(name, id);
  }
  return ids;
}

export class Attack {
  /** Requests the attackers sent, and how many of them were refused with BAD_USER_INPUT. */
  readonly tried = { analist: 0, werkgroep: 0, party: 0, refused: 0 };
  private readonly partyHeaders = new Map<string, Record<string, string>>();
  /** Requests for the truth. */
  truthRequests = 0;
  private readonly ids = persistedIds();

  readonly platform: TestPlatform;
  private readonly headers: Record<'analist' | 'werkgroep' | 'beheerder', Record<string, string>>;

  private constructor(platform: TestPlatform, headers: Record<'analist' | 'werkgroep' | 'beheerder', Record<string, string>>) {
    this.platform = platform;
    this.headers = headers;
  }

  static async start(): Promise<Attack> {
    // The production default: the werkgroep may send only the dashboard's persisted operations.
    const arbitraryOperations: ArbitraryOperations = new Set(['analist', 'beheerder', 'medewerker'] as const);
    const platform = await startTestPlatform({ arbitraryOperations });
    const headers = { analist: await platform.headersFor('analist'), werkgroep: await platform.headersFor('werkgroep'), beheerder: await platform.headersFor('beheerder') };
    return new Attack(platform, headers);
  }

  async close(): Promise<void> {
    await this.platform.close();
  }

  private async post<T>(body: unknown, headers: Record<string, string>): Promise<GraphQLAnswer<T>> {
    const send = () =>
      fetch(this.platform.platform.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify(body),
      });
    // After seconds of solving, a kept-alive connection the gateway has just closed can be reused
    // once (ECONNRESET): these are reads, so sending again is safe.
    const response = await send().catch(async (error: unknown) => {
      if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
      return send();
    });
    const json = (await response.json()) as { data?: T | null; errors?: GraphQLAnswer<T>['errors'] };
    const answer = { status: response.status, data: json.data ?? null, errors: json.errors ?? [] };
    return answer;
  }

  private count<T>(answer: GraphQLAnswer<T>): GraphQLAnswer<T> {
    if (answer.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) this.tried.refused++;
    return answer;
  }

  /** The analist's own operation, as sent; the answer whatever it is. */
  async analistRaw<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<T>> {
    this.tried.analist++;
    return this.count(await this.post<T>({ query, variables }, this.headers.analist));
  }

  /** A dashboard operation by its id, as the werkgroep's browser sends it. */
  async werkgroepRaw<T>(operationName: string, variables: Record<string, unknown>): Promise<GraphQLAnswer<T>> {
    const documentId = this.ids.get(operationName);
    if (!documentId) throw new Error(`the dashboard has no persisted operation ${operationName}`);
    this.tried.werkgroep++;
    return this.count(await this.post<T>({ documentId, variables }, this.headers.werkgroep));
  }

  /**
   * DashboardTargets: every target of every covenant on one day. A day that is the data date of one
   * covenant is refused for the targets of the others (their fields are null, with an error each);
   * the targets of `covenant` must be answered.
   */
  async werkgroepTargets<T extends { covenant: { id: string }; progress: unknown }>(covenant: string, on: string | null): Promise<T[]> {
    const answer = await this.werkgroepRaw<{ targets: T[] }>('DashboardTargets', { on });
    const targets = (answer.data?.targets ?? []).filter((t) => t.covenant.id === covenant);
    if (targets.length === 0 || targets.some((t) => t.progress === null)) throw new Error(`DashboardTargets on ${on}: no progress for ${covenant}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    return targets;
  }

  /** The werkgroep's own operation: refused (403), which is what makes the werkgroep's path narrower. */
  async werkgroepOwn<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<T>> {
    this.tried.werkgroep++;
    return this.post<T>({ query, variables }, this.headers.werkgroep);
  }

  async analist<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return data(await this.analistRaw<T>(query, variables), query);
  }

  async werkgroep<T>(operationName: string, variables: Record<string, unknown>): Promise<T> {
    return data(await this.werkgroepRaw<T>(operationName, variables), operationName);
  }

  async beheerder<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    this.truthRequests++;
    return data(await this.post<T>({ query, variables }, this.headers.beheerder), query);
  }

  /**
   * A medewerker of `party` in covenant `c`, sending operations of its own: a protected viewer that
   * may narrow figures to its own organisation (partyId), and to no other.
   */
  async partyRaw<T>(party: string, c: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<T>> {
    const key = `${party}/${c}`;
    let headers = this.partyHeaders.get(key);
    if (!headers) {
      headers = await this.platform.headersFor({ id: `mw-${party}`, role: 'medewerker', org: party, covenants: [c] });
      this.partyHeaders.set(key, headers);
    }
    this.tried.party++;
    return this.count(await this.post<T>({ query, variables }, headers));
  }

  async party<T>(party: string, c: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return data(await this.partyRaw<T>(party, c, query, variables), query);
  }

  /** One line for the closing note. */
  figures(name: string, extra: string): string {
    const t = this.tried;
    return `disclosure attack (${name}): ${t.analist + t.werkgroep + t.party} requests tried (analist ${t.analist}, werkgroep ${t.werkgroep}, a party's own user ${t.party}; ${t.refused} refused with BAD_USER_INPUT), ${this.truthRequests} for the truth; ${extra}`;
  }
}

function data<T>(answer: GraphQLAnswer<T>, what: string): T {
  if (answer.errors.length > 0 || answer.data === null) throw new Error(`${what.trim().slice(0, 80)}: ${answer.status} ${JSON.stringify(answer.errors).slice(0, 400)}`);
  return answer.data;
}

/** The true count behind a beheerder's figure (never protected). */
export function exactCount(shown: Shown & { protected?: boolean }): number {
  if (shown.count === null || shown.protected === true) throw new Error(`not an exact count: ${JSON.stringify(shown)}`);
  return shown.count;
}

export const SHOWN = '{ count display }';
