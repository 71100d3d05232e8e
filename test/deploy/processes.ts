// Child processes started as a container would start them (a command, an environment and nothing
// else), and a throwaway OIDC issuer on loopback whose tokens the gateway can verify.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { repoRoot } from './source-graph.ts';

export interface Started {
  name: string;
  child: ChildProcess;
  /** The last 20 kB of stdout and stderr, for the failure message. */
  output(): string;
  exited: Promise<number | null>;
}

/** `args` as a container's: `node` is this Node (the image's), the working directory /app is the repository. */
export function startProcess(name: string, args: readonly string[], env: Record<string, string>): Started {
  const [command, ...rest] = args;
  let output = '';
  const child = spawn(command === 'node' ? process.execPath : (command ?? ''), rest, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, output: () => output, exited };
}

/** Polls `url` until it answers 200 (as a startup probe does), or the process ends, or time runs out. */
export async function waitForOk(started: Started, url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void started.exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${started.name} did not answer ${url} (${ended ? 'it exited' : 'timed out'}):\n${started.output()}`);
}

export interface Issuer {
  issuer: string;
  jwksUrl: string;
  token(claims: Record<string, unknown>, audience: string): Promise<string>;
  close(): Promise<void>;
}

/** An OIDC issuer as far as the gateway sees one: a key set at a URL, and tokens signed with it. */
export async function startIssuer(): Promise<Issuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'deploy-test', alg: 'RS256', use: 'sig' };
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/realms/deploy-test`;
  return {
    issuer,
    jwksUrl: `${base}/jwks`,
    token: (claims, audience) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'deploy-test' }).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime('5m').sign(privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
