// The secret that signs the forwarded viewer: a placeholder or a guessable one must stop the start,
// whatever NODE_ENV says; the deploy example's value above all.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entropyBits, secretProblem, signViewer, subgraphSecret, verifyViewer } from './gateway-claims.ts';

const EXAMPLE = /SUBGRAPH_SECRET: (\S+)/.exec(readFileSync(new URL('../../../deploy/k8s/secret.example.yaml', import.meta.url), 'utf8'))?.[1] as string;

describe('SUBGRAPH_SECRET', () => {
  it("refuses the deploy example's value", () => {
    expect(EXAMPLE).toBeDefined();
    expect(() => subgraphSecret({ SUBGRAPH_SECRET: EXAMPLE, NODE_ENV: 'production' })).toThrow('SUBGRAPH_SECRET is a placeholder');
  });

  it.each([
    ['too short', 'a1b2c3', 'at least 32 characters'],
    ['one character repeated', 'a'.repeat(64), 'too easy to guess'],
    ['two characters', 'ab'.repeat(32), 'too easy to guess'],
    ['a password', 'MijnWachtwoordVoorHetPlatform2026!!', 'placeholder'],
  ])('refuses %s', (_, value, message) => {
    expect(secretProblem(value)).toContain(message);
  });

  it('takes what `openssl rand -hex 32` and 32 random bytes in base64 give, and signs and verifies with it', async () => {
    for (let i = 0; i < 50; i++) {
      expect(secretProblem(randomBytes(32).toString('hex'))).toBeNull();
      expect(secretProblem(randomBytes(32).toString('base64url'))).toBeNull();
    }
    const secret = subgraphSecret({ SUBGRAPH_SECRET: randomBytes(32).toString('hex') });
    const token = await signViewer({ role: 'werkgroep', organisationId: null, covenants: ['walcheren'] }, secret);
    expect((await verifyViewer(token, secret))?.role).toBe('werkgroep');
    expect(entropyBits(randomBytes(32).toString('hex'))).toBeGreaterThan(200);
  });
});
