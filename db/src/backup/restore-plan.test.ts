// What a restore runs, decided before it runs: the adaptations to the target server and the
// refusals of files that are not (complete) pg_dump files.
import { describe, expect, it } from 'vitest';
import { checkDumpFile, DumpFileError, mapOwnerRole, planRestore } from './restore-plan.ts';

const KNOWN = new Set(['statement_timeout', 'client_encoding', 'row_security', 'search_path']);

function dump(body: string): string {
  return `--\n-- PostgreSQL database dump\n--\n\n${body}\n\n--\n-- PostgreSQL database dump complete\n--\n\n`;
}

describe('checkDumpFile', () => {
  it('accepts a plain pg_dump file, also with \\restrict lines around it', () => {
    const text = dump('\\restrict k\nSELECT 1;') + '\\unrestrict k\n';
    expect(checkDumpFile(Buffer.from(text))).toBe(text);
  });

  it('refuses what is not a pg_dump file, saying so', () => {
    expect(() => checkDumpFile(Buffer.from('id;name\n1;Meppel\n'))).toThrow(/not a pg_dump file/);
  });

  it('refuses a dump cut short (no closing line)', () => {
    const text = dump('CREATE SCHEMA a;\nINSERT INTO a.t VALUES (1);');
    expect(() => checkDumpFile(Buffer.from(text.slice(0, text.length / 2)))).toThrow(/incomplete/);
  });

  it('points a custom-format archive to pg_restore and a gzip file to gunzip', () => {
    expect(() => checkDumpFile(Buffer.from('PGDMP\x01\x0f\x00'))).toThrow(/pg_restore/);
    expect(() => checkDumpFile(Buffer.from([0x1f, 0x8b, 0x08, 0x00]))).toThrow(/gunzip/);
  });
});

describe('planRestore', () => {
  it('leaves out session settings the target does not know, and says which', () => {
    const plan = planRestore(dump('SET statement_timeout = 0;\nSET transaction_timeout = 0;\nSET row_security = off;'), KNOWN);
    expect(plan.steps.map((s) => s.text)).toEqual(['SET statement_timeout = 0', 'SET row_security = off']);
    expect(plan.skipped).toEqual(['line 6: SET transaction_timeout = 0; (a setting this PostgreSQL version does not have)']);
  });

  it('leaves out ownership and points the old owner, as a role, at the user who restores', () => {
    const plan = planRestore(
      dump(
        [
          'CREATE SCHEMA app;',
          'ALTER SCHEMA app OWNER TO postgres;',
          'CREATE TABLE app.t (a int);',
          'ALTER TABLE app.t OWNER TO postgres;',
          'CREATE POLICY t_owner ON app.t TO postgres USING (true) WITH CHECK (true);',
          'ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT ON TABLES TO uitstroom_service;',
          'GRANT SELECT ON TABLE app.t TO uitstroom_service;',
        ].join('\n'),
      ),
      KNOWN,
    );
    expect(plan.sourceOwners).toEqual(['postgres']);
    expect(plan.schemas).toEqual(['app']);
    expect(plan.steps.map((s) => s.text)).toEqual([
      'CREATE SCHEMA app',
      'CREATE TABLE app.t (a int)',
      'CREATE POLICY t_owner ON app.t TO CURRENT_USER USING (true) WITH CHECK (true)',
      'ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA app GRANT SELECT ON TABLES TO uitstroom_service',
      'GRANT SELECT ON TABLE app.t TO uitstroom_service',
    ]);
    expect(plan.skipped).toEqual(['2 ALTER … OWNER TO postgres: everything restored is owned by the user who restores']);
  });

  it('numbers statements as they stand in the file, skipped ones included, with their lines', () => {
    const plan = planRestore(dump('SET transaction_timeout = 0;\nSELECT 1;\n\nSELECT 2;'), KNOWN);
    expect(plan.steps.map((s) => [s.ordinal, s.line])).toEqual([
      [2, 6],
      [3, 8],
    ]);
  });

  it('drops \\restrict and \\unrestrict, and refuses any other psql command', () => {
    expect(planRestore(dump('\\restrict k\nSELECT 1;\n\\unrestrict k'), KNOWN).steps).toHaveLength(1);
    expect(() => planRestore(dump('\\connect other\nSELECT 1;'), KNOWN)).toThrow(DumpFileError);
    expect(() => planRestore(dump('\\connect other\nSELECT 1;'), KNOWN)).toThrow(/line 5: the psql command \\connect/);
  });

  it('keeps COPY blocks with their data', () => {
    const plan = planRestore(dump('COPY app.t (a) FROM stdin;\n1\n2\n\\.'), KNOWN);
    expect(plan.steps).toEqual([{ kind: 'copy', text: 'COPY app.t (a) FROM stdin', data: '1\n2\n', line: 5, ordinal: 1 }]);
  });
});

describe('mapOwnerRole', () => {
  it('maps only whole role names in role positions, quoted ones too', () => {
    expect(mapOwnerRole('GRANT ALL ON FUNCTION f() TO "old owner", uitstroom_service', ['old owner'])).toBe(
      'GRANT ALL ON FUNCTION f() TO CURRENT_USER, uitstroom_service',
    );
    expect(mapOwnerRole('REVOKE ALL ON TABLE app.t FROM postgres', ['postgres'])).toBe('REVOKE ALL ON TABLE app.t FROM CURRENT_USER');
    expect(mapOwnerRole('GRANT SELECT ON TABLE app.t TO postgres_reader', ['postgres'])).toBe('GRANT SELECT ON TABLE app.t TO postgres_reader');
    const policy = 'CREATE POLICY p ON app.t USING (EXISTS (SELECT 1 FROM postgres.t x))';
    expect(mapOwnerRole(policy, ['postgres'])).toBe(policy);
    expect(mapOwnerRole('INSERT INTO app.t VALUES (1)', ['postgres'])).toBe('INSERT INTO app.t VALUES (1)');
  });
});
