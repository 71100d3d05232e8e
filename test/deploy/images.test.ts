// deploy/Dockerfile, .dockerignore and deploy/compose.yaml against the code: Docker is not on this
// machine, so what a build or `docker compose up` would find out is checked here from the files.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrationsFolder } from '@uitstroom/db/config';
import { GATEWAY_NODE_FLAGS } from '@uitstroom/gateway/config';
import { describe, expect, it } from 'vitest';
import { composeFile, dockerStages, LONG_RUNNING, read, SERVICES, type ComposeService } from './manifests.ts';
import { envProblems, factsOf, portOf, serviceByName, shutdownSeconds } from './rules.ts';
import { repoRoot, workspaceOf, workspaces } from './source-graph.ts';

const stages = dockerStages();
const compose = composeFile();
const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
const nodeMajor = /^>=(\d+)/.exec(engines)?.[1];

/** Docker's .dockerignore rules: the last pattern that matches a path or one of its folders decides. */
function dockerIgnored(file: string): boolean {
  const rules = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const glob = line.slice(negated ? 1 : 0).replace(/^\//, '');
      const literal = (part: string) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
      const source = glob.split('**/').map(literal).join('(.*/)?');
      return { negated, pattern: new RegExp(`^${source}$`) };
    });
  const parts = file.split('/');
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const rule of rules) if (prefixes.some((prefix) => rule.pattern.test(prefix))) ignored = !rule.negated;
  return ignored;
}

describe('deploy/Dockerfile', () => {
  it(`has a target per service, on Node ${nodeMajor} (package.json engines), running its entry file from /app as a user other than root`, () => {
    expect(nodeMajor).toBeDefined();
    for (const service of SERVICES) {
      const stage = stages.get(service.name);
      expect(stage, `target ${service.name}`).toBeDefined();
      expect(stage?.baseImage).toMatch(new RegExp(`^node:${nodeMajor}-`));
      // The gateway with its capped heap (GATEWAY_NODE_FLAGS, measured by the bench's memory case).
      expect(stage?.cmd).toEqual(['node', ...(service.kind === 'gateway' ? GATEWAY_NODE_FLAGS : []), service.entry]);
      expect(existsSync(path.join(repoRoot, service.entry)), service.entry).toBe(true);
      expect(stage?.workdir).toBe('/app');
      expect(stage?.user).toBe('node');
    }
  });

  it('exposes the port each service listens on with the image\'s environment, and sets only variables the code reads', () => {
    for (const service of SERVICES) {
      const stage = stages.get(service.name);
      const env = new Map(Object.entries(stage?.env ?? {}));
      expect(stage?.expose, service.name).toEqual(service.kind === 'job' ? [] : [portOf(service, stage?.env ?? {})]);
      const unread = envProblems(service, env, () => '').filter((problem) => problem.includes('does not read'));
      expect(unread).toEqual([]);
      if (service.kind !== 'job') expect(env.get('HOST'), service.name).toBe('0.0.0.0');
    }
  });

  it('leaves no file a service runs or reads out of the build context (.dockerignore)', () => {
    const needed = new Set(SERVICES.flatMap((service) => factsOf(service).files));
    // Read from disk rather than imported: the migrations, and what the workspaces export (schema.graphql).
    for (const file of readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8').match(/"tag":\s*"[^"]+"/g) ?? []) needed.add(`db/migrations/${file.split('"')[3]}.sql`);
    needed.add('db/migrations/meta/_journal.json');
    for (const workspace of workspaces()) for (const target of Object.values(workspace.exports)) if (!target.includes('*')) needed.add(path.relative(repoRoot, path.join(workspace.dir, target)));
    expect(needed.size).toBeGreaterThan(100);
    expect([...needed].filter((file) => !file.startsWith('test/') && dockerIgnored(file))).toEqual([]);
    // and what must stay out does
    expect(['.git/config', 'node_modules/pino/package.json', 'db/src/config.test.ts', 'deploy/.env', '.data/pglite/PG_VERSION'].filter((f) => !dockerIgnored(f))).toEqual([]);
  });

  it('needs nothing from devDependencies: every package a service imports is a dependency of the workspace that imports it (npm ci --omit=dev)', () => {
    const undeclared: string[] = [];
    for (const service of SERVICES) {
      for (const [pkg, files] of factsOf(service).packages) {
        for (const file of files) {
          const workspace = workspaceOf(file);
          if (workspace && workspace.name !== pkg && !workspace.dependencies.has(pkg)) undeclared.push(`${pkg} (imported by ${file}) is not in ${workspace.name}'s dependencies`);
        }
      }
    }
    expect([...new Set(undeclared)]).toEqual([]);
  });
});

const ours = Object.entries(compose.services).filter(([, service]) => service.build !== undefined);
const composeEnv = (service: ComposeService) => new Map(Object.entries(service.environment ?? {}).map(([k, v]) => [k, v === null ? null : String(v)]));
/** A value with ${…} in it is filled in from deploy/.env: only its fixed parts can be compared. */
const fixed = (env: Map<string, string | null>) => new Map([...env].map(([k, v]) => [k, v !== null && v.includes('${') ? null : v]));

describe('deploy/compose.yaml', () => {
  it('builds every service from its own target of deploy/Dockerfile and runs the target\'s command', () => {
    expect(ours.map(([name]) => name).sort()).toEqual(SERVICES.map((s) => s.name).sort());
    for (const [name, service] of ours) {
      expect(service.build).toEqual({ context: '..', dockerfile: 'deploy/Dockerfile', target: name });
      expect(service.command, name).toBeUndefined();
      expect(service.entrypoint, name).toBeUndefined();
    }
  });

  it('exposes and health-checks each service on the port it listens on, at /readyz', () => {
    for (const spec of LONG_RUNNING) {
      const service = compose.services[spec.name] as ComposeService;
      const port = portOf(spec, Object.fromEntries(composeEnv(service)));
      const published = (service.ports ?? []).map((p) => Number(p.split(':').at(-1)));
      expect([...(service.expose ?? []).map(Number), ...published], spec.name).toEqual([port]);
      const probe = /fetch\('http:\/\/127\.0\.0\.1:(\d+)(\/[a-z]+)'\)/.exec(service.healthcheck?.test.join(' ') ?? '');
      expect(probe?.slice(1), spec.name).toEqual([String(port), '/readyz']);
    }
  });

  it('sets only variables the code reads, every variable each service needs, and URLs that reach the other services', () => {
    const urlOf = (name: string) => {
      const spec = serviceByName(name);
      return spec ? `http://${name}:${portOf(spec, Object.fromEntries(composeEnv(compose.services[name] as ComposeService)))}` : '';
    };
    const problems = ours.flatMap(([name, service]) => envProblems(serviceByName(name) as (typeof SERVICES)[number], fixed(composeEnv(service)), urlOf));
    expect(problems).toEqual([]);
  });

  it('takes every ${…} from deploy/.env.example, which holds nothing else, and refuses to start without the secrets', () => {
    const text = read('deploy/compose.yaml');
    const used = new Set([...text.matchAll(/\$\{(\w+)(:?[-?][^}]*)?\}/g)].map((m) => m[1]));
    const documented = new Set([...read('deploy/.env.example').matchAll(/^(\w+)=/gm)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...documented].sort());
    for (const secret of ['POSTGRES_PASSWORD', 'SERVICE_DB_PASSWORD', 'SUBGRAPH_SECRET']) {
      expect([...text.matchAll(new RegExp(`\\$\\{${secret}([^}]*)\\}`, 'g'))].every((m) => m[1]?.startsWith(':?')), secret).toBe(true);
    }
  });

  it('starts the subgraphs after the migration, and that after PostgreSQL is healthy', () => {
    const migrate = compose.services.migrate as ComposeService;
    expect(migrate.depends_on?.postgres?.condition).toBe('service_healthy');
    for (const name of SERVICES.filter((s) => s.kind === 'subgraph').map((s) => s.name)) {
      expect(compose.services[name]?.depends_on?.migrate?.condition, name).toBe('service_completed_successfully');
    }
  });

  it('runs two replicas of each subgraph and of the gateway, and gives every service longer to stop than SHUTDOWN_TIMEOUT_MS', () => {
    for (const spec of LONG_RUNNING) {
      const service = compose.services[spec.name] as ComposeService;
      if (spec.kind === 'subgraph' || spec.kind === 'gateway') expect(service.deploy?.replicas ?? 1, spec.name).toBeGreaterThanOrEqual(2);
      const grace = Number(/^(\d+)s$/.exec(service.stop_grace_period ?? '')?.[1] ?? 10);
      expect(grace, spec.name).toBeGreaterThan(shutdownSeconds(composeEnv(service)));
    }
  });
});
