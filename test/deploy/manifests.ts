// The deployment files as data: the Dockerfile's stages (with what each inherits), the compose file,
// the Kubernetes objects, and the services as the code defines them (entry, port and its variable).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, loadAll } from 'js-yaml';
import { readProductionConfig } from '../../dashboard/production-server.ts';
import { readGatewayConfig, SUBGRAPH_NAMES } from '../../gateway/src/config.ts';
import { repoRoot } from './source-graph.ts';

export const deployDir = path.join(repoRoot, 'deploy');
export const read = (relative: string) => readFileSync(path.join(repoRoot, relative), 'utf8');

export interface ServiceSpec {
  name: string;
  kind: 'subgraph' | 'gateway' | 'dashboard' | 'job';
  /** The file `node` runs, relative to the repository (the image's WORKDIR). */
  entry: string;
  /** The variable that moves its port, and the port without it. */
  portVariable: string | null;
  defaultPort: number | null;
}

/** The subgraph's port when PORT is unset: the second argument of runStandalone in its entry. */
function standalonePort(entry: string): number {
  const match = /runStandalone\(\s*'[a-z]+',\s*(\d+)/.exec(read(entry));
  if (!match) throw new Error(`${entry} does not call runStandalone(name, port, …)`);
  return Number(match[1]);
}

export const SERVICES: readonly ServiceSpec[] = [
  ...SUBGRAPH_NAMES.map((name) => {
    const entry = `subgraphs/${name}/src/index.ts`;
    return { name, kind: 'subgraph' as const, entry, portVariable: 'PORT', defaultPort: standalonePort(entry) };
  }),
  { name: 'gateway', kind: 'gateway', entry: 'gateway/src/index.ts', portVariable: 'GATEWAY_PORT', defaultPort: readGatewayConfig({}).port },
  { name: 'dashboard', kind: 'dashboard', entry: 'dashboard/serve.ts', portVariable: 'DASHBOARD_PORT', defaultPort: readProductionConfig({}).port },
  { name: 'migrate', kind: 'job', entry: 'db/src/migrate-cli.ts', portVariable: null, defaultPort: null },
];
export const LONG_RUNNING = SERVICES.filter((s) => s.kind !== 'job');
export { SUBGRAPH_NAMES };

/** The port a service listens on with this environment. */
export function portOf(service: ServiceSpec, env: Record<string, string | null | undefined>): number {
  const configured = service.portVariable ? env[service.portVariable] : undefined;
  return Number(configured ?? service.defaultPort);
}

export interface DockerStage {
  name: string;
  /** The image the stage chain starts from. */
  baseImage: string;
  env: Record<string, string>;
  expose: number[];
  cmd: string[] | null;
  entrypoint: string[] | null;
  workdir: string | null;
  user: string | null;
}

/** Joins continued lines and drops comments and the parser directive. */
function dockerInstructions(text: string): [string, string][] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return [keyword.toUpperCase(), rest.join(' ')];
    });
}

function execForm(raw: string): string[] {
  const parsed: unknown = JSON.parse(raw);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) throw new Error(`not an exec form: ${raw}`);
  return parsed;
}

/** The Dockerfile's named stages, each with what it inherits from the stage it is built FROM. */
export function dockerStages(file = 'deploy/Dockerfile'): Map<string, DockerStage> {
  const stages = new Map<string, DockerStage>();
  const args = new Map<string, string>();
  let stage: DockerStage | null = null;
  for (const [keyword, rest] of dockerInstructions(read(file))) {
    if (keyword === 'ARG' && stage === null) {
      const [name = '', value = ''] = rest.split('=');
      args.set(name, value);
    } else if (keyword === 'FROM') {
      const [image = '', , name = ''] = rest.replace(/\$\{(\w+)\}/g, (_, arg: string) => args.get(arg) ?? '').split(/\s+/);
      const parent = stages.get(image);
      stage = parent
        ? { ...structuredClone(parent), name }
        : { name, baseImage: image, env: {}, expose: [], cmd: null, entrypoint: null, workdir: null, user: null };
      stages.set(name, stage);
    } else if (stage !== null) {
      if (keyword === 'ENV') for (const pair of rest.split(/\s+/)) stage.env[pair.split('=')[0] ?? ''] = pair.slice(pair.indexOf('=') + 1);
      if (keyword === 'EXPOSE') stage.expose = rest.split(/\s+/).map((port) => Number(port.split('/')[0]));
      if (keyword === 'CMD') stage.cmd = execForm(rest);
      if (keyword === 'ENTRYPOINT') stage.entrypoint = execForm(rest);
      if (keyword === 'WORKDIR') stage.workdir = rest;
      if (keyword === 'USER') stage.user = rest;
    }
  }
  return stages;
}

/** The compose file with its YAML anchors and merge keys resolved. */
export type ComposeService = {
  build?: { context: string; dockerfile: string; target: string };
  image?: string;
  command?: unknown;
  entrypoint?: unknown;
  environment?: Record<string, string | number | null>;
  expose?: (string | number)[];
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  stop_grace_period?: string;
};

export function composeFile(): { services: Record<string, ComposeService> } {
  return load(read('deploy/compose.yaml')) as { services: Record<string, ComposeService> };
}

// Kubernetes objects are read loosely: the tests walk the fields they check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type K8sObject = { kind: string; metadata: { name: string; labels?: Record<string, string> }; file: string } & Record<string, any>;

export function k8sObjects(): K8sObject[] {
  const dir = path.join(deployDir, 'k8s');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => loadAll(readFileSync(path.join(dir, file), 'utf8')).map((doc) => ({ ...(doc as K8sObject), file })));
}

export const k8sNamed = (objects: K8sObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata?.name === name);

export interface ResolvedEnv {
  /** Value, or null where it comes from a Secret (a placeholder in secret.example.yaml). */
  values: Map<string, string | null>;
  /** References to ConfigMaps, Secrets or keys that do not exist. */
  missing: string[];
}

/** The environment a container gets from env and envFrom, with its ConfigMap values. */
export function containerEnv(objects: K8sObject[], container: K8sObject): ResolvedEnv {
  const values = new Map<string, string | null>();
  const missing: string[] = [];
  const dataOf = (kind: string, name: string): Record<string, string> | undefined => {
    const found = k8sNamed(objects, kind, name);
    return kind === 'Secret' ? found?.stringData : found?.data;
  };
  for (const from of container.envFrom ?? []) {
    const [kind, ref] = from.configMapRef ? ['ConfigMap', from.configMapRef] : ['Secret', from.secretRef];
    const data = dataOf(kind, ref.name);
    if (data === undefined) missing.push(`${kind} ${ref.name}`);
    for (const [key, value] of Object.entries(data ?? {})) values.set(key, kind === 'Secret' ? null : String(value));
  }
  for (const entry of container.env ?? []) {
    const ref = entry.valueFrom?.configMapKeyRef ?? entry.valueFrom?.secretKeyRef;
    if (!ref) {
      values.set(entry.name, String(entry.value ?? ''));
      continue;
    }
    const kind = entry.valueFrom.configMapKeyRef ? 'ConfigMap' : 'Secret';
    const data = dataOf(kind, ref.name);
    if (data?.[ref.key] === undefined) missing.push(`${kind} ${ref.name} key ${ref.key}`);
    values.set(entry.name, kind === 'Secret' ? null : String(data?.[ref.key] ?? ''));
  }
  return { values, missing };
}

/** The pod spec of a Deployment or Job, and its one container. */
export function podOf(workload: K8sObject): { pod: K8sObject; container: K8sObject } {
  const pod = workload.spec.template.spec;
  return { pod, container: pod.containers[0] };
}
