// The splitter must end statements exactly where psql does: a wrong boundary breaks a function body
// or a string, and the restore would fail (or worse, run half a statement).
import { describe, expect, it } from 'vitest';
import { ScriptSyntaxError, splitScript } from './sql-script.ts';

const texts = (script: string) => splitScript(script).map((item) => item.text);

describe('splitScript', () => {
  it('ends a statement at a semicolon and skips comments and blank lines between statements', () => {
    const script = '--\n-- header\n--\n\nSET a = 0;\nSELECT 1;\n\n-- Name: x\nCREATE SCHEMA x;\n';
    expect(texts(script)).toEqual(['SET a = 0', 'SELECT 1', 'CREATE SCHEMA x']);
  });

  it('gives the line each statement starts on', () => {
    const items = splitScript('SELECT 1;\n\n\nSELECT\n  2;\n');
    expect(items.map((item) => item.line)).toEqual([1, 4]);
  });

  it('keeps semicolons inside strings, quoted identifiers, comments and parentheses', () => {
    const script = [
      "INSERT INTO t VALUES ('a;b', 'it''s; fine');",
      'CREATE TABLE "we;ird" (a int /* ; */);',
      "SELECT E'back\\'slash;';",
      'SELECT 1 -- trailing; comment\n + 1;',
    ].join('\n');
    expect(texts(script)).toEqual([
      "INSERT INTO t VALUES ('a;b', 'it''s; fine')",
      'CREATE TABLE "we;ird" (a int /* ; */)',
      "SELECT E'back\\'slash;'",
      'SELECT 1 -- trailing; comment\n + 1',
    ]);
  });

  it('keeps a $-quoted function body whole, with or without a tag, and does not take $1 for a quote', () => {
    const script = [
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;',
      'CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT $q$;$q$ $body$;',
      'PREPARE p AS SELECT $1::int;',
    ].join('\n');
    expect(texts(script)).toEqual([
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$',
      'CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT $q$;$q$ $body$',
      'PREPARE p AS SELECT $1::int',
    ]);
  });

  it('keeps a SQL-standard function body (BEGIN ATOMIC … END) whole, CASE … END inside it too', () => {
    const body = 'CREATE FUNCTION h(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n SELECT 2;\nEND';
    expect(texts(`${body};\nSELECT 3;`)).toEqual([body, 'SELECT 3']);
  });

  it('does not take BEGIN outside a function for a block', () => {
    expect(texts('BEGIN;\nSELECT 1;\nCOMMIT;')).toEqual(['BEGIN', 'SELECT 1', 'COMMIT']);
  });

  it('reads COPY … FROM stdin with its data up to the line \\.', () => {
    const script = 'COPY s.t (a, b) FROM stdin;\n1\tx;y\n2\t\\N\n\\.\n\nSELECT 1;\n';
    const items = splitScript(script);
    expect(items).toEqual([
      { kind: 'copy', text: 'COPY s.t (a, b) FROM stdin', data: '1\tx;y\n2\t\\N\n', line: 1 },
      { kind: 'sql', text: 'SELECT 1', line: 6 },
    ]);
  });

  it('returns psql meta-commands as such', () => {
    const items = splitScript('\\restrict abc123\n\nSELECT 1;\n\\unrestrict abc123\n');
    expect(items.map((item) => [item.kind, item.text])).toEqual([
      ['meta', '\\restrict abc123'],
      ['sql', 'SELECT 1'],
      ['meta', '\\unrestrict abc123'],
    ]);
  });

  it('refuses a file that ends inside a statement, a string, a body or a COPY block', () => {
    expect(() => splitScript('SELECT 1;\nCREATE TABLE t (a int)')).toThrow(/middle of the statement that starts on line 2/);
    expect(() => splitScript("SELECT 'open;")).toThrow(ScriptSyntaxError);
    expect(() => splitScript('CREATE FUNCTION f() AS $$ BEGIN;')).toThrow(/\$-quoted body that starts on line 1/);
    expect(() => splitScript('COPY t (a) FROM stdin;\n1\n2\n')).toThrow(/COPY data that starts on line 1 has no closing line/);
  });
});
