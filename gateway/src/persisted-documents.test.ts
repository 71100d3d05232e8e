// Trusted documents: who may send operations of their own, and the dashboard's manifest as the
// gateway loads it — every id the sha256 of its text, every text valid against today's schema.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices } from '@theguild/federation-composition';
import { signViewer, VIEWER_TOKEN_HEADER, type ViewerRole } from '@uitstroom/subgraph-kit/edge';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphSchemaPath } from './compose.ts';
import { SUBGRAPH_NAMES } from './config.ts';
import { arbitraryAllowed, arbitraryRefusal, defaultManifestPath, documentId, loadManifest, persistedDocuments, readArbitraryOperations } from './persisted-documents.ts';

const requestAs = async (role: ViewerRole | null) =>
  new Request('http://gateway/graphql', { headers: role ? { [VIEWER_TOKEN_HEADER]: await signViewer({ role, organisationId: null }) } : {} });

describe('ARBITRARY_OPERATIONS', () => {
  it('lets the analist, the beheerder and the medewerker send their own operations by default, no one else and no one anonymous', async () => {
    const allowed = readArbitraryOperations({});
    expect(allowed).toEqual(new Set(['analist', 'beheerder', 'medewerker']));
    expect(arbitraryAllowed(allowed, await requestAs('analist'))).toBe(true);
    expect(arbitraryAllowed(allowed, await requestAs('beheerder'))).toBe(true);
    expect(arbitraryAllowed(allowed, await requestAs('medewerker'))).toBe(true);
    for (const role of ['werkgroep', 'bestuurder'] as const) expect(arbitraryAllowed(allowed, await requestAs(role))).toBe(false);
    expect(arbitraryAllowed(allowed, await requestAs(null))).toBe(false);
  });

  it('takes all, none or a list of roles, and refuses a role it does not know', async () => {
    expect(readArbitraryOperations({ ARBITRARY_OPERATIONS: 'ALL' })).toBe('all');
    expect(arbitraryAllowed('all', await requestAs(null))).toBe(true);
    expect(readArbitraryOperations({ ARBITRARY_OPERATIONS: 'none' })).toEqual(new Set());
    expect(readArbitraryOperations({ ARBITRARY_OPERATIONS: ' analist, werkgroep ' })).toEqual(new Set(['analist', 'werkgroep']));
    expect(() => readArbitraryOperations({ ARBITRARY_OPERATIONS: 'analist,analyst' })).toThrow(/unknown: analyst/);
  });

  it('names in a refusal the roles that may, when the analist may not', async () => {
    const refusal = arbitraryRefusal(new Set(['beheerder', 'medewerker']), await requestAs('werkgroep'));
    expect(refusal.message).toBe('only persisted operations of the dashboard are accepted for role werkgroep; operations of your own need role beheerder or medewerker');
    expect(arbitraryRefusal(new Set(), await requestAs('analist')).message).toContain('no role may send operations of its own here (ARBITRARY_OPERATIONS)');
  });

  it('does not take a role from a viewer header it cannot decode', async () => {
    const forged = new Request('http://gateway/graphql', { headers: { [VIEWER_TOKEN_HEADER]: 'not-a-token' } });
    expect(arbitraryAllowed(new Set(['analist']), forged)).toBe(false);
  });
});

describe("the dashboard's manifest", () => {
  it('is valid against the composed schema, every document of it', () => {
    const composed = composeServices(SUBGRAPH_NAMES.map((name) => ({ name, typeDefs: parse(readFileSync(subgraphSchemaPath(name), 'utf8')) })));
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
    const schema = buildSchema(composed.publicSdl);
    const manifest = loadManifest();
    expect(manifest.size).toBeGreaterThan(10);
    for (const [id, text] of manifest) {
      expect(validate(schema, parse(text)).map((e) => e.message), `document ${id}`).toEqual([]);
    }
  });

  it('gives a document by its id, also in the GraphQL-over-HTTP draft\'s sha256: form, and nothing for an unknown id', () => {
    const text = 'query A { viewer { role } }';
    const option = persistedDocuments(new Map([[documentId(text), text]]), 'all');
    expect(option.getPersistedOperation(documentId(text))).toBe(text);
    expect(option.getPersistedOperation(`sha256:${documentId(text)}`)).toBe(text);
    expect(option.getPersistedOperation(documentId(`${text} `))).toBeNull();
  });

  it('is refused at start-up when an id is not the sha256 of its text', () => {
    const entries = Object.entries(JSON.parse(readFileSync(defaultManifestPath(), 'utf8')) as Record<string, string>);
    const [id, text] = entries[0] ?? ['', ''];
    const tampered = path.join(mkdtempSync(path.join(tmpdir(), 'persisted-')), 'persisted-documents.json');
    writeFileSync(tampered, JSON.stringify({ [id]: text.replace('{', '{ auditLog { caseCode } ') }));
    expect(() => loadManifest(tampered)).toThrow(`${id} is not the sha256 of its document; regenerate the file with npm run persisted-documents -w @uitstroom/dashboard`);
    writeFileSync(tampered, JSON.stringify({ [documentId(text)]: text }));
    expect(loadManifest(tampered).get(documentId(text))).toBe(text);
  });
});
