import { describe, expect, it } from 'vitest';
import { mayUseApiExplorer, tokenRole } from './api-explorer.ts';

/** A token shaped like the gateway's: header.payload.signature, base64url without padding. */
function jwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'ES256', typ: 'JWT' })}.${encode(claims)}.c2lnbmF0dXVy`;
}

describe('tokenRole', () => {
  it.each([
    { name: 'reads the role claim', token: jwt({ role: 'analist', name: 'Demo: analist' }), expected: 'analist' },
    // Non-ASCII in another claim must not break decoding (base64url of UTF-8, with '-' and '_').
    { name: 'decodes UTF-8 claims', token: jwt({ role: 'beheerder', name: 'Zoë ÿ??>>' }), expected: 'beheerder' },
    { name: 'null without a role claim', token: jwt({ name: 'x' }), expected: null },
    { name: 'null when the role is not a string', token: jwt({ role: ['analist'] }), expected: null },
    { name: 'null for a token that is not a JWT', token: 'opaque-token', expected: null },
    { name: 'null for a payload that is not JSON', token: 'a.bm90IGpzb24.c', expected: null },
  ])('$name', ({ token, expected }) => {
    expect(tokenRole(token)).toBe(expected);
  });
});

describe('mayUseApiExplorer', () => {
  it.each([
    ['analist', true],
    ['beheerder', true],
    ['werkgroep', false],
    ['bestuurder', false],
    ['medewerker', false],
    [null, false],
  ] as const)('%s → %s', (role, expected) => {
    expect(mayUseApiExplorer(role)).toBe(expected);
  });
});
