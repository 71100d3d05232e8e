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
    expect(viewerFromHeaders(headers(given))).toEqual({ role, organisationId });
  });
});
