import { describe, expect, it } from 'vitest';
import { viewerFromHeaders } from './viewer.ts';

const headers = (values: Record<string, string | undefined>) => (name: string) => values[name];

describe('viewerFromHeaders', () => {
  it.each([
    { given: { 'x-viewer-role': 'werkgroep', 'x-viewer-organisation': 'gemeente-meppel' }, role: 'werkgroep', organisationId: 'gemeente-meppel' },
    { given: { 'x-viewer-role': ' Beheerder ' }, role: 'beheerder', organisationId: null },
    { given: { 'x-viewer-role': 'root' }, role: 'anoniem', organisationId: null },
    { given: { 'x-viewer-organisation': "x'; drop table" }, role: 'anoniem', organisationId: null },
    { given: {}, role: 'anoniem', organisationId: null },
  ])('$given → $role / $organisationId', ({ given, role, organisationId }) => {
    expect(viewerFromHeaders(headers(given))).toEqual({ role, organisationId, user: null });
  });

  it.each([
    { given: 'Anna de Vries', user: 'Anna de Vries' },
    { given: ' a.devries@mgr.nl ', user: 'a.devries@mgr.nl' },
    { given: '<script>', user: null },
    { given: 'x'.repeat(101), user: null },
  ])('user header $given → $user', ({ given, user }) => {
    expect(viewerFromHeaders(headers({ 'x-viewer-user': given })).user).toBe(user);
  });
});
