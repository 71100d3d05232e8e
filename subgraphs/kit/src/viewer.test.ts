import { describe, expect, it } from 'vitest';
import { signViewer, verifyViewer } from './gateway-claims.ts';
import { viewerFromClaims } from './viewer.ts';

describe('viewerFromClaims', () => {
  it.each([
    { claims: { role: 'werkgroep', org: 'gemeente-meppel', covenants: ['meppel-vzw'] }, role: 'werkgroep', organisationId: 'gemeente-meppel', covenants: ['meppel-vzw'] },
    { claims: { role: ' Beheerder ' }, role: 'beheerder', organisationId: null, covenants: [] },
    { claims: { role: 'root' }, role: 'anoniem', organisationId: null, covenants: [] },
    { claims: { role: 'medewerker', org: "x'; drop table", covenants: ['ok', 'NOT OK', 3] }, role: 'medewerker', organisationId: null, covenants: ['ok'] },
    { claims: {}, role: 'anoniem', organisationId: null, covenants: [] },
  ])('$claims → $role / $organisationId', ({ claims, role, organisationId, covenants }) => {
    expect(viewerFromClaims(claims)).toEqual({ role, organisationId, user: null, covenants, mfa: false });
  });

  it.each([
    { amr: ['pwd', 'otp'], mfa: true },
    { amr: ['hwk'], mfa: true },
    { amr: ['pwd'], mfa: false },
    { amr: 'otp', mfa: false },
    { amr: undefined, mfa: false },
  ])('amr $amr → second factor $mfa', ({ amr, mfa }) => {
    expect(viewerFromClaims({ role: 'beheerder', amr }).mfa).toBe(mfa);
  });

  it("takes no second factor from an identity provider's own claims, only from amr", () => {
    expect(viewerFromClaims({ role: 'medewerker', amr: ['pwd'], mfa: true }).mfa).toBe(false);
    expect(viewerFromClaims({ role: 'medewerker', amr: ['pwd'], acr: 'mfa', mfa: 'true' }).mfa).toBe(false);
    // The gateway's own signed token to the subgraphs states what it read from amr.
    expect(viewerFromClaims({ role: 'medewerker', mfa: true }, 'gateway').mfa).toBe(true);
    expect(viewerFromClaims({ role: 'medewerker', amr: ['otp'] }, 'gateway').mfa).toBe(false);
  });

  it.each([
    { given: 'Anna de Vries', user: 'Anna de Vries' },
    { given: ' a.devries@mgr.nl ', user: 'a.devries@mgr.nl' },
    { given: '<script>', user: null },
    { given: 'x'.repeat(101), user: null },
  ])('name $given → $user', ({ given, user }) => {
    expect(viewerFromClaims({ name: given }).user).toBe(user);
  });
});

describe('gateway claims', () => {
  const secret = new TextEncoder().encode('a'.repeat(32));
  const viewer = { role: 'medewerker' as const, organisationId: 'antares', user: 'Consulent', covenants: ['woonkans'], mfa: true };

  it('round-trips a viewer signed with the shared secret', async () => {
    expect(await verifyViewer(await signViewer(viewer, secret), secret)).toEqual(viewer);
  });

  it('refuses a token signed with another secret, a tampered one, and none', async () => {
    const token = await signViewer(viewer, new TextEncoder().encode('b'.repeat(32)));
    expect(await verifyViewer(token, secret)).toBeNull();
    const [h, , s] = (await signViewer(viewer, secret)).split('.');
    const forged = Buffer.from(JSON.stringify({ role: 'beheerder', iss: 'uitstroom-gateway', aud: 'uitstroom-subgraphs', exp: 9_999_999_999 })).toString('base64url');
    expect(await verifyViewer(`${h}.${forged}.${s}`, secret)).toBeNull();
    expect(await verifyViewer(null, secret)).toBeNull();
    expect(await verifyViewer('not a token', secret)).toBeNull();
  });
});
