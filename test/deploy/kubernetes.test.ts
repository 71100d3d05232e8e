// deploy/k8s/*.yaml and docs/deploy.md against the code and the Dockerfile: images and commands,
// ports, probes, replicas, stop grace, configuration, and what the documentation must name.
import { describe, expect, it } from 'vitest';
import { containerEnv, dockerStages, k8sNamed, k8sObjects, LONG_RUNNING, read, SERVICES, type K8sObject, type ServiceSpec } from './manifests.ts';
import { envProblems, metricsPortOf, portOf, shutdownSeconds } from './rules.ts';

const objects = k8sObjects();
const stages = dockerStages();
const PROBE_PATHS = { startupProbe: '/healthz', livenessProbe: '/healthz', readinessProbe: '/readyz' } as const;

function workloadOf(service: ServiceSpec): K8sObject {
  const found = service.kind === 'job' ? objects.find((o) => o.kind === 'Job' && o.metadata.labels?.['app.kubernetes.io/name'] === service.name) : k8sNamed(objects, 'Deployment', service.name);
  if (!found) throw new Error(`no ${service.kind === 'job' ? 'Job' : 'Deployment'} for ${service.name} in deploy/k8s`);
  return found;
}
const podSpec = (workload: K8sObject): K8sObject => workload.spec.template.spec;
const containerOf = (workload: K8sObject): K8sObject => podSpec(workload).containers[0];
const envOf = (service: ServiceSpec) => containerEnv(objects, containerOf(workloadOf(service)));
const listenPort = (service: ServiceSpec) => portOf(service, Object.fromEntries(envOf(service).values));
const metricsPort = (service: ServiceSpec) => metricsPortOf(envOf(service).values);

/** A container port by number or by name. */
function containerPort(container: K8sObject, port: number | string): number | undefined {
  return typeof port === 'number' ? port : container.ports?.find((p: { name: string }) => p.name === port)?.containerPort;
}

/** How pods reach a service: its Service's name and port. */
function serviceUrl(name: string): string {
  const service = k8sNamed(objects, 'Service', name);
  return service ? `http://${name}:${service.spec.ports[0].port}` : '';
}

describe('deploy/k8s', () => {
  it('runs each service from its own image with the command of its Dockerfile target, and one container per pod', () => {
    for (const service of SERVICES) {
      const pod = podSpec(workloadOf(service));
      expect(pod.containers, service.name).toHaveLength(1);
      const container = pod.containers[0];
      expect(container.image, service.name).toMatch(new RegExp(`^uitstroommonitor/${service.name}:`));
      // args, not command: the image's ENTRYPOINT (tini for the dashboard) stays.
      expect(container.command, service.name).toBeUndefined();
      expect(container.args, service.name).toEqual(stages.get(service.name)?.cmd);
      expect(pod.securityContext?.runAsNonRoot, service.name).toBe(true);
    }
  });

  it('declares the port each service listens on and its metrics port, and its Service sends traffic to the first', () => {
    for (const service of LONG_RUNNING) {
      const container = containerOf(workloadOf(service));
      expect(container.ports.map((p: { containerPort: number }) => p.containerPort), service.name).toEqual([listenPort(service), metricsPort(service)]);
      const k8sService = k8sNamed(objects, 'Service', service.name);
      expect(k8sService?.spec.selector, service.name).toEqual(workloadOf(service).spec.selector.matchLabels);
      expect(workloadOf(service).spec.template.metadata.labels).toMatchObject(k8sService?.spec.selector ?? { missing: true });
      expect(containerPort(container, k8sService?.spec.ports[0].targetPort), service.name).toBe(listenPort(service));
    }
  });

  it('probes start-up and liveness at /healthz and readiness at /readyz on the service\'s port, and Prometheus scrapes /metrics on the internal metrics port', () => {
    for (const service of LONG_RUNNING) {
      const workload = workloadOf(service);
      const container = containerOf(workload);
      for (const [probe, pathname] of Object.entries(PROBE_PATHS)) {
        expect(container[probe]?.httpGet?.path, `${service.name} ${probe}`).toBe(pathname);
        expect(containerPort(container, container[probe]?.httpGet?.port), `${service.name} ${probe}`).toBe(listenPort(service));
      }
      const annotations = workload.spec.template.metadata.annotations ?? {};
      expect([annotations['prometheus.io/scrape'], annotations['prometheus.io/path'], Number(annotations['prometheus.io/port'])], service.name).toEqual(['true', '/metrics', metricsPort(service)]);
    }
  });

  it('runs in production with metrics on their own port, which no Service or Ingress leads to (issue 16, row 16)', () => {
    for (const service of LONG_RUNNING) {
      const port = metricsPort(service);
      // Without METRICS_PORT, production serves no metrics at all (the service's port answers 404).
      expect(port, `${service.name}: METRICS_PORT`).not.toBeNull();
      expect(port, service.name).not.toBe(listenPort(service));
      const container = containerOf(workloadOf(service));
      const metricsName = container.ports.find((p: { containerPort: number }) => p.containerPort === port)?.name;
      for (const servicePort of k8sNamed(objects, 'Service', service.name)?.spec.ports ?? []) {
        expect([metricsName, port], `${service.name}'s Service`).not.toContain(servicePort.targetPort);
        expect(containerPort(container, servicePort.targetPort), `${service.name}'s Service`).not.toBe(port);
      }
    }
    const ingress = objects.find((o) => o.kind === 'Ingress');
    for (const path of ingress?.spec.rules[0].http.paths ?? []) expect(path.backend.service.port.name).toBe('http');
  });

  it('runs at least two replicas of every service, spread over nodes, with a disruption budget that keeps one', () => {
    for (const service of LONG_RUNNING) {
      const workload = workloadOf(service);
      expect(workload.spec.replicas, service.name).toBeGreaterThanOrEqual(2);
      expect(workload.spec.strategy?.rollingUpdate?.maxUnavailable, service.name).toBe(0);
      expect(podSpec(workload).topologySpreadConstraints?.[0]?.labelSelector?.matchLabels, service.name).toEqual(workload.spec.selector.matchLabels);
      const budget = k8sNamed(objects, 'PodDisruptionBudget', service.name);
      expect(budget?.spec.selector.matchLabels, service.name).toEqual(workload.spec.selector.matchLabels);
      expect(budget?.spec.minAvailable, service.name).toBe(1);
    }
  });

  it('gives a pod longer to stop than its preStop pause plus SHUTDOWN_TIMEOUT_MS', () => {
    for (const service of LONG_RUNNING) {
      const workload = workloadOf(service);
      const preStop = containerOf(workload).lifecycle?.preStop?.exec?.command ?? [];
      const pause = preStop[0] === 'sleep' ? Number(preStop[1]) : 0;
      expect(podSpec(workload).terminationGracePeriodSeconds, service.name).toBeGreaterThan(pause + shutdownSeconds(envOf(service).values));
    }
  });

  it('sets only variables the code reads, every variable each service needs, from ConfigMaps and Secret keys that exist, and URLs that reach the Services', () => {
    const problems = SERVICES.flatMap((service) => {
      const env = envOf(service);
      return [...env.missing.map((m) => `${service.name} refers to a missing ${m}`), ...envProblems(service, env.values, serviceUrl)];
    });
    expect(problems).toEqual([]);
    const secretKeys = Object.keys(k8sNamed(objects, 'Secret', 'uitstroom-secrets')?.stringData ?? {});
    const used = new Set(SERVICES.flatMap((service) => (containerOf(workloadOf(service)).env ?? []).map((e: K8sObject) => e.valueFrom?.secretKeyRef?.key).filter(Boolean)));
    expect(secretKeys.sort()).toEqual([...used].sort());
  });

  it('applies every manifest with kustomize except the Secret (made in the cluster) and the migration Job (run per release)', () => {
    const kustomization = objects.find((o) => o.kind === 'Kustomization');
    const files = new Set(objects.map((o) => o.file).filter((f) => !['kustomization.yaml', 'secret.example.yaml', 'migrate-job.yaml'].includes(f)));
    expect([...(kustomization?.resources ?? [])].sort()).toEqual([...files].sort());
    const images = (kustomization?.images ?? []).map((i: { name: string }) => i.name);
    expect(images.sort()).toEqual(LONG_RUNNING.map((s) => `uitstroommonitor/${s.name}`).sort());
  });

  it('routes the Ingress to Services and ports that exist: /graphql to the gateway, the rest to the dashboard', () => {
    const ingress = objects.find((o) => o.kind === 'Ingress');
    const routes = ingress?.spec.rules[0].http.paths.map((p: K8sObject) => [p.path, p.backend.service.name, p.backend.service.port.name]);
    expect(routes).toEqual([['/graphql', 'gateway', 'http'], ['/', 'dashboard', 'http']]);
    for (const [, name, port] of routes ?? []) expect(k8sNamed(objects, 'Service', name)?.spec.ports.map((p: { name: string }) => p.name), name).toContain(port);
  });
});

describe('docs/deploy.md', () => {
  const doc = read('docs/deploy.md');
  const lines = doc.split('\n');

  it('names every service with its port on one line, every variable the deployment files set, and the probe paths', () => {
    const missing: string[] = [];
    for (const service of LONG_RUNNING) {
      if (!lines.some((line) => line.includes(`\`${service.name}\``) && line.includes(String(listenPort(service))))) missing.push(`${service.name} with port ${listenPort(service)}`);
    }
    if (!doc.includes('`migrate`')) missing.push('migrate');
    const compose = read('deploy/compose.yaml');
    const variables = new Set([
      ...SERVICES.flatMap((service) => [...envOf(service).values.keys()]),
      ...[...stages.values()].flatMap((stage) => Object.keys(stage.env)),
      ...[...compose.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1] as string),
      ...[...read('deploy/.env.example').matchAll(/^(\w+)=/gm)].map((m) => m[1] as string),
    ]);
    for (const name of variables) if (!doc.includes(`\`${name}\``)) missing.push(name);
    for (const pathname of ['/healthz', '/readyz', '/metrics']) if (!doc.includes(pathname)) missing.push(pathname);
    expect(missing).toEqual([]);
  });
});
