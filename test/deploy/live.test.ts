// The platform started as deploy/k8s says — the migration Job's command, then each Deployment's
// command with its image's and its manifests' environment — on a fresh PostgreSQL database. Only
// what must differ on one machine is replaced: addresses and ports (127.0.0.1, free ports), the
// Secret's values, the OIDC issuer (one on loopback), and where the dashboard's build is. Then the
// probes the manifests declare, one signed-in request through every hop, and SIGTERM.
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.ts';
import { builtDashboard } from './dashboard-build.ts';
import { containerEnv, dockerStages, k8sNamed, k8sObjects, LONG_RUNNING, SERVICES, SUBGRAPH_NAMES, type K8sObject, type ServiceSpec } from './manifests.ts';
import { startIssuer, startProcess, waitForOk, type Issuer, type Started } from './processes.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) console.warn('\n*** DEPLOYMENT START-UP TEST SKIPPED: the subgraphs run on their own only against PostgreSQL; set DATABASE_URL (CI does). ***\n');

const objects = k8sObjects();
const stages = dockerStages();
const workload = (service: ServiceSpec): K8sObject =>
  (service.kind === 'job' ? objects.find((o) => o.kind === 'Job') : k8sNamed(objects, 'Deployment', service.name)) as K8sObject;
const container = (service: ServiceSpec): K8sObject => workload(service).spec.template.spec.containers[0];
const byName = (name: string) => SERVICES.find((s) => s.name === name) as ServiceSpec;

describe.skipIf(!serverUrl)('the services started as deploy/k8s says, on PostgreSQL', () => {
  const login = `uitstroom_deploy_${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const ports = new Map<string, number>();
  /** Each service's internal metrics listener (METRICS_PORT), moved to a free port like the others. */
  const metricsPorts = new Map<string, number>();
  const running = new Map<string, Started>();
  let test: TestDatabase;
  let issuer: Issuer;
  let dist: string;
  let serviceUrl: string;
  const local = (name: string) => `http://127.0.0.1:${ports.get(name)}`;

  /** Values that must differ on one machine; each one replaces a variable the manifests set (or the port's). */
  function overrides(service: ServiceSpec): Record<string, string> {
    const port: Record<string, string> = service.portVariable ? { [service.portVariable]: String(ports.get(service.name)), HOST: '127.0.0.1', METRICS_PORT: String(metricsPorts.get(service.name)) } : {};
    if (service.kind === 'job') return { MIGRATION_DATABASE_URL: test.url ?? '', DATABASE_URL: serviceUrl };
    if (service.kind === 'subgraph') return { ...port, DATABASE_URL: serviceUrl, SUBGRAPH_SECRET: secret };
    if (service.kind === 'dashboard') return { ...port, GATEWAY_URL: local('gateway'), DASHBOARD_DIST: dist };
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, `${local(name)}/graphql`]));
    return { ...port, ...urls, SUBGRAPH_SECRET: secret, AUTH_ISSUER: issuer.issuer, AUTH_JWKS_URL: issuer.jwksUrl };
  }

  /** The image's ENV, then the manifests' env, then the overrides: as the container would see it. */
  function environment(service: ServiceSpec): Record<string, string> {
    const manifest = containerEnv(objects, container(service));
    expect(manifest.missing, service.name).toEqual([]);
    const replaced = overrides(service);
    const replaceable = new Set([...manifest.values.keys(), service.portVariable, 'DASHBOARD_DIST']);
    expect(Object.keys(replaced).filter((name) => !replaceable.has(name)), `${service.name} overrides what its manifests do not set`).toEqual([]);
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...stages.get(service.name)?.env };
    for (const [name, value] of manifest.values) {
      if (value === null && replaced[name] === undefined) throw new Error(`${service.name}: no test value for the Secret's ${name}`);
      env[name] = value ?? '';
    }
    Object.assign(env, replaced);
    // Nothing may point off this machine (the manifests' example hosts are replaced above).
    const remote = Object.entries(env).filter(([, value]) => /^https?:\/\//.test(value) && !/^https?:\/\/127\.0\.0\.1[:/]/.test(value));
    expect(remote, service.name).toEqual([]);
    return env;
  }

  async function migrate(): Promise<{ code: number | null; output: string }> {
    const job = byName('migrate');
    const run = startProcess('migrate', container(job).args, environment(job));
    return { code: await run.exited, output: run.output() };
  }

  beforeAll(async () => {
    [test, issuer, dist] = await Promise.all([createTestDatabase({ empty: true }), startIssuer(), builtDashboard()]);
    const url = new URL(test.url ?? '');
    url.username = login;
    url.password = 'deploy-test-password';
    serviceUrl = url.toString();
    for (const service of LONG_RUNNING) {
      ports.set(service.name, await freePort());
      metricsPorts.set(service.name, await freePort());
    }
    const migration = await migrate();
    if (migration.code !== 0) throw new Error(`the migration Job's command failed:\n${migration.output}`);
    // In Kubernetes all start at once; the gateway and the dashboard need nobody to be up to start.
    for (const service of LONG_RUNNING) running.set(service.name, startProcess(service.name, container(service).args, environment(service)));
    await Promise.all(LONG_RUNNING.map((s) => waitForOk(running.get(s.name) as Started, `${local(s.name)}${container(s).startupProbe.httpGet.path}`)));
  });

  afterAll(async () => {
    for (const started of running.values()) if (started.child.exitCode === null) started.child.kill('SIGKILL');
    await issuer?.close();
    await test?.close();
    if (serverUrl) {
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop role if exists ${login}`);
      await admin.end();
    }
  });

  it('the migration Job\'s command migrated, wrote the reference data and made the services\' login, and can run again', async () => {
    const [state] = await test.database.query<{ covenants: number; member: boolean; owner: boolean; bypass: boolean }>(sql`
      select (select count(*)::int from parties.covenants) as covenants,
        pg_has_role(${login}, 'uitstroom_service', 'MEMBER') as member,
        exists (select 1 from pg_tables where tableowner = ${login}) as owner,
        (select rolbypassrls or rolsuper from pg_roles where rolname = ${login}) as bypass`);
    expect(state).toEqual({ covenants: 5, member: true, owner: false, bypass: false });
    const again = await migrate();
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain(`login ${login} is in uitstroom_service`);
  });

  it('every service answers its liveness, readiness and start-up probes and its Prometheus scrape where the manifests say', async () => {
    for (const service of LONG_RUNNING) {
      const spec = container(service);
      const annotations = workload(service).spec.template.metadata.annotations;
      for (const pathname of [spec.livenessProbe.httpGet.path, spec.readinessProbe.httpGet.path, spec.startupProbe.httpGet.path]) {
        expect((await fetch(`${local(service.name)}${pathname}`)).status, `${service.name} ${pathname}`).toBe(200);
      }
      // The scrape on the metrics listener (the annotation's port, moved here); never on the service's own port.
      const scrape = await fetch(`http://127.0.0.1:${metricsPorts.get(service.name)}${annotations['prometheus.io/path']}`);
      expect(scrape.status, `${service.name} metrics`).toBe(200);
      expect(await scrape.text()).toContain(`service="${service.name}"`);
      expect((await fetch(`${local(service.name)}${annotations['prometheus.io/path']}`)).status, `${service.name} /metrics on its own port`).toBe(404);
    }
  });

  it('answers a signed-in analist through dashboard, gateway and all four subgraphs', async () => {
    const audience = containerEnv(objects, container(byName('gateway'))).values.get('AUTH_AUDIENCE') ?? '';
    const token = await issuer.token({ role: 'analist', name: 'Deploy test', amr: ['pwd', 'otp'] }, audience);
    const response = await fetch(`${local('dashboard')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      // name: parties; trajectoryCount: trajectories; funds: funding; targets: monitoring.
      body: JSON.stringify({ query: '{ covenant(id: "woonkans") { name trajectoryCount funds { id } targets { id } } }' }),
    });
    const body = (await response.json()) as { data?: { covenant: { name: string; trajectoryCount: number; funds: unknown[]; targets: unknown[] } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(body.data?.covenant.name).toMatch(/Woonkans/);
    expect(body.data?.covenant.trajectoryCount).toBe(0);
    expect(Array.isArray(body.data?.covenant.funds)).toBe(true);
    expect(body.data?.covenant.targets.length).toBeGreaterThan(0);
  });

  it('stops every service on SIGTERM with exit code 0 within its pod\'s grace period', async () => {
    const outcomes = await Promise.all(
      LONG_RUNNING.map(async (service) => {
        const started = running.get(service.name) as Started;
        // What Kubernetes allows after the preStop pause before it sends SIGKILL.
        const pod = workload(service).spec.template.spec;
        const graceMs = (pod.terminationGracePeriodSeconds - Number(container(service).lifecycle.preStop.exec.command[1])) * 1000;
        started.child.kill('SIGTERM');
        const killed = new Promise<string>((resolve) => setTimeout(() => resolve(`still running ${graceMs / 1000} s after SIGTERM`), graceMs).unref());
        return [service.name, await Promise.race([started.exited, killed])] as const;
      }),
    );
    expect(Object.fromEntries(outcomes)).toEqual(Object.fromEntries(LONG_RUNNING.map((s) => [s.name, 0])));
  });
});
