// A subgraph that cannot be reached: the client gets one error per field it did not get, at that
// field's path, naming the service and no address; everything else in the answer is left alone.
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { buildSchema, GraphQLError, parse, type ExecutionResult } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose.ts';
import { SUBGRAPH_NAMES } from './config.ts';
import { explainUnavailableSubgraphs, graphId, SUBGRAPH_UNAVAILABLE, subgraphUnavailablePlugin } from './subgraph-errors.ts';

const urls = { parties: 'http://127.0.0.1:4001/graphql', trajectories: 'http://127.0.0.1:4002/graphql', funding: 'http://127.0.0.1:4003/graphql', monitoring: 'http://127.0.0.1:4004/graphql' };
const supergraph = composeSupergraph(urls);
const schema = buildSchema(supergraph, { assumeValidSDL: true });

/** An error as Hive Gateway's HTTP executor makes it when the subgraph refuses the connection. */
function refused(serviceName: keyof typeof urls, path?: (string | number)[]): GraphQLError {
  const address = urls[serviceName].replace(/^http:\/\/|\/graphql$/g, '');
  return new GraphQLError(`connect ECONNREFUSED ${address}`, { path, extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName, request: { method: 'POST', body: '{"query":"…"}' } } });
}

function explain(query: string, result: ExecutionResult) {
  const explained = explainUnavailableSubgraphs(schema, parse(query), undefined, result);
  return { data: explained.data, errors: (explained.errors ?? []).map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code, serviceName: e.extensions?.serviceName })) };
}

const monitoringDown = (path: (string | number)[]) => ({ message: 'The monitoring service is unavailable; try again shortly.', path, code: SUBGRAPH_UNAVAILABLE, serviceName: 'monitoring' });

describe('explainUnavailableSubgraphs', () => {
  it('names each subgraph as the composed supergraph does', () => {
    for (const name of SUBGRAPH_NAMES) expect(supergraph).toContain(`${graphId(name)} @join__graph(name: "${name}"`);
  });

  it('puts the error on the field the failed subgraph would have given, without the address', () => {
    const query = '{ covenant(id: "walcheren") { name outflow(from: "2025-01-01", to: "2025-12-31") { total { display } } } }';
    const data = { covenant: { name: 'Walcheren', outflow: null } };
    expect(explain(query, { data, errors: [refused('monitoring', ['covenant'])] })).toEqual({ data, errors: [monitoringDown(['covenant', 'outflow'])] });
  });

  it('gives one error per list item, follows aliases and fragments, and leaves real nulls alone', () => {
    const query = `{ all: covenants { ...Figures endsOn } } fragment Figures on Covenant { title: name targets { id } ... on Covenant { n: trajectoryCount } }`;
    const data = { all: [{ title: 'A', targets: null, n: 3, endsOn: null }, { title: 'B', targets: null, n: 4, endsOn: null }] };
    const { errors } = explain(query, { data, errors: [refused('monitoring')] });
    expect(errors).toEqual([monitoringDown(['all', 0, 'targets']), monitoringDown(['all', 1, 'targets'])]);
  });

  it('reports a null the schema forbids, carried up from the failed subgraph’s fields, at its own path', () => {
    // Target.covenant is non-null; its name comes from parties. Target.party is nullable: a real null is possible, so it is not reported.
    const query = '{ targets { id covenant { name } party { name } } }';
    const data = { targets: [{ id: 't1', covenant: null, party: null }] };
    const { errors } = explain(query, { data, errors: [refused('parties')] });
    expect(errors).toEqual([{ message: 'The parties service is unavailable; try again shortly.', path: ['targets', 0, 'covenant'], code: SUBGRAPH_UNAVAILABLE, serviceName: 'parties' }]);
  });

  it('treats a subgraph’s own “shutting down” answer (503, SERVICE_UNAVAILABLE) the same way', () => {
    const stopping = new GraphQLError('monitoring is shutting down; retry', { path: ['covenant'], extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'monitoring' } });
    const query = '{ covenant(id: "walcheren") { name outflow(from: "2025-01-01", to: "2025-12-31") { total { display } } } }';
    const data = { covenant: { name: 'Walcheren', outflow: null } };
    expect(explain(query, { data, errors: [stopping] })).toEqual({ data, errors: [monitoringDown(['covenant', 'outflow'])] });
  });

  it('places the errors on the failed subgraph’s root fields when there is no data at all', () => {
    const query = '{ o: outflow(covenantId: "walcheren", from: "2025-01-01", to: "2025-12-31") { total { display } } targets { id } covenants { id } }';
    const { data, errors } = explain(query, { data: null, errors: [refused('monitoring')] });
    expect(data).toBeNull();
    expect(errors).toEqual([monitoringDown(['o']), monitoringDown(['targets'])]);
  });

  it('keeps a failure it cannot place on a field at the gateway’s own path, without the address', () => {
    // Target.party is nullable and resolved by monitoring: a null there may be real, so not reported; the parties failure stays as the gateway placed it.
    const { errors } = explain('{ targets { id party { name } } }', { data: { targets: [{ id: 't1', party: null }] }, errors: [refused('parties', ['targets', 0, 'party'])] });
    expect(errors).toEqual([{ message: 'The parties service is unavailable; try again shortly.', path: ['targets', 0, 'party'], code: SUBGRAPH_UNAVAILABLE, serviceName: 'parties' }]);
  });

  it('treats a fetch cut off by upstreamTimeout (its URL in extensions) the same way', () => {
    const timedOut = new GraphQLError('The operation was aborted due to timeout', { extensions: { code: 'GATEWAY_TIMEOUT', serviceName: 'monitoring', request: { url: urls.monitoring, method: 'POST' } } });
    const query = '{ covenant(id: "walcheren") { name outflow(from: "2025-01-01", to: "2025-12-31") { total { display } } } }';
    const data = { covenant: { name: 'Walcheren', outflow: null } };
    expect(explain(query, { data, errors: [timedOut] })).toEqual({ data, errors: [monitoringDown(['covenant', 'outflow'])] });
  });

  it('leaves answers without a transport failure, and a subgraph’s own errors, as they are', () => {
    const forbidden = new GraphQLError('covenant walcheren is not yours', { path: ['covenant'], extensions: { code: 'FORBIDDEN', serviceName: 'parties' } });
    const untouched = { data: { covenant: null }, errors: [forbidden] };
    expect(explainUnavailableSubgraphs(schema, parse('{ covenant(id: "walcheren") { name } }'), undefined, untouched)).toBe(untouched);
    const query = '{ covenant(id: "walcheren") { name trajectoryCount outflow(from: "2025-01-01", to: "2025-12-31") { total { display } } } }';
    const { errors } = explain(query, { data: { covenant: { name: 'W', trajectoryCount: null, outflow: null } }, errors: [forbidden, refused('monitoring', ['covenant'])] });
    expect(errors).toEqual([monitoringDown(['covenant', 'outflow']), { message: forbidden.message, path: ['covenant'], code: 'FORBIDDEN', serviceName: 'parties' }]);
  });
});

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('subgraphUnavailablePlugin in Hive Gateway, errors masked', async () => {
  // Parties at a port nothing listens on (refused, as a stopped service); the others at one that
  // takes the connection and never answers (a hung service), cut off by upstreamTimeout.
  const refusedPort = await closedPort();
  const silent = createHttpServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const silentPort = (silent.address() as AddressInfo).port;
  const at = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const gateway = createGatewayRuntime({
    supergraph: composeSupergraph({ parties: at(refusedPort), trajectories: at(silentPort), funding: at(silentPort), monitoring: at(silentPort) }),
    unifiedGraphHandler,
    maskedErrors: true,
    upstreamTimeout: 300,
    logging: false,
    plugins: () => [subgraphUnavailablePlugin()],
  });
  afterAll(async () => {
    await gateway.dispose();
    silent.closeAllConnections();
    silent.close();
  });
  const ask = async (query: string) => {
    const response = await gateway.fetch('http://gateway/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return response.text();
  };
  const noAddress = new RegExp(`127\\.0\\.0\\.1|ECONNREFUSED|:(${refusedPort}|${silentPort})\\b`);

  it('answers a refused connection with the service named at the path, not "Unexpected error." and not the address', async () => {
    const text = await ask('{ covenants { id } }');
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'The parties service is unavailable; try again shortly.', path: ['covenants'], extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: 'parties' } }] });
    expect(text).not.toMatch(noAddress);
  });

  it('answers a subgraph that does not answer in time the same way, without its URL', async () => {
    const text = await ask('{ targets { id } }');
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'The monitoring service is unavailable; try again shortly.', path: ['targets'], extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: 'monitoring' } }] });
    expect(text).not.toMatch(noAddress);
  });
});
