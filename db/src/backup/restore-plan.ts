// What a restore runs, worked out from the dump before any of it runs: pure, so every rule is tested
// on its own (restore-plan.test.ts).
//
// A pg_dump file is written for the server it came from. Three things in it depend on that server
// and not on the data, and are adapted here:
// - session settings a target does not know (a dump by PostgreSQL 17+ sets transaction_timeout,
//   which 15 and 16 refuse): skipped, and reported;
// - ownership: every object goes to the user who restores (as `pg_restore --no-owner` does), so the
//   `ALTER … OWNER TO` statements are skipped;
// - the owner as a role: migration 0008 gives the owner of the tables its own row-level-security
//   policies (`… TO <owner> USING (true)`) and default privileges (`FOR ROLE <owner>`), so the
//   published views keep reading every row. Those name the old owner (`postgres` on PGlite); they
//   are pointed at CURRENT_USER, the new owner — as if the migrations had run as that user.
// psql's \restrict and \unrestrict lines (a guard against a malicious server, pg_dump 17.6+) mean
// nothing outside psql; any other meta-command is refused.
import { ScriptSyntaxError, splitScript, type ScriptItem } from './sql-script.ts';

export type RestoreStep =
  | { kind: 'sql'; text: string; line: number; ordinal: number }
  | { kind: 'copy'; text: string; data: string; line: number; ordinal: number };

export interface RestorePlan {
  steps: RestoreStep[];
  /** What was left out and why, for the report. */
  skipped: string[];
  /** Schemas the dump creates (a --replace drops these first). */
  schemas: string[];
  /** The roles that owned the dumped objects; their name becomes CURRENT_USER. */
  sourceOwners: string[];
}

export class DumpFileError extends Error {}

const HEADER = '-- PostgreSQL database dump';
const FOOTER = '-- PostgreSQL database dump complete';
const IDENT = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
const OWNER_TO = new RegExp(String.raw`^ALTER\s[\s\S]*\sOWNER\s+TO\s+(${IDENT})$`, 'i');
const FOR_ROLE = new RegExp(String.raw`^ALTER\s+DEFAULT\s+PRIVILEGES\s+FOR\s+(?:ROLE|USER)\s+(${IDENT})\s`, 'i');
const SET_STATEMENT = /^SET\s+(?:SESSION\s+)?([A-Za-z_][\w.]*)\s*(?:=|\s+TO\s)/i;
const CREATE_SCHEMA = new RegExp(String.raw`^CREATE\s+SCHEMA\s+(?:IF\s+NOT\s+EXISTS\s+)?(${IDENT})`, 'i');
const ROLE_STATEMENT = /^(?:CREATE\s+POLICY|ALTER\s+POLICY|ALTER\s+DEFAULT\s+PRIVILEGES|GRANT|REVOKE)\s/i;
const IGNORED_META = /^\\(?:restrict|unrestrict)\b/;

/** Refuses what is not a complete plain-SQL pg_dump file, before a database is touched. */
export function checkDumpFile(content: Buffer): string {
  if (content.subarray(0, 5).toString('latin1') === 'PGDMP') {
    throw new DumpFileError('this is a pg_dump archive in custom or tar format; restore it with pg_restore, or make a plain-SQL dump (pg_dump --format=plain)');
  }
  if (content[0] === 0x1f && content[1] === 0x8b) throw new DumpFileError('this file is gzip-compressed; unpack it first (gunzip)');
  const text = content.toString('utf8');
  if (!text.split('\n', 12).some((line) => line.trimEnd() === HEADER)) {
    throw new DumpFileError(`not a pg_dump file: its first lines lack "${HEADER}"`);
  }
  // Its last lines: the comment block around the closing line, and \unrestrict after it (pg_dump 17.6+).
  const lastLines = text.slice(-4096).trimEnd().split('\n').slice(-6);
  if (!lastLines.some((line) => line.trimEnd() === FOOTER)) {
    throw new DumpFileError(`the file is incomplete: it does not end with pg_dump's closing line "${FOOTER}" (cut short while copying or writing?)`);
  }
  return text;
}

/** knownSettings: the target's pg_settings names (lower case). */
export function planRestore(script: string, knownSettings: ReadonlySet<string>): RestorePlan {
  let items: ScriptItem[];
  try {
    items = splitScript(script);
  } catch (error) {
    if (error instanceof ScriptSyntaxError) throw new DumpFileError(`cannot read the dump: ${error.message}`);
    throw error;
  }
  const sourceOwners = findSourceOwners(items);
  const plan: RestorePlan = { steps: [], skipped: [], schemas: [], sourceOwners };
  let ordinal = 0;
  let ownerStatements = 0;
  for (const item of items) {
    if (item.kind === 'meta') {
      if (IGNORED_META.test(item.text)) continue;
      throw new DumpFileError(`line ${item.line}: the psql command ${item.text.split(/\s/)[0]} cannot be restored here; make the dump without --create or other options that add psql commands`);
    }
    ordinal++;
    if (item.kind === 'copy') {
      plan.steps.push({ ...item, ordinal });
    } else if (OWNER_TO.test(item.text)) {
      ownerStatements++;
    } else if (isUnknownSetting(item.text, knownSettings)) {
      plan.skipped.push(`line ${item.line}: ${item.text}; (a setting this PostgreSQL version does not have)`);
    } else {
      const schema = CREATE_SCHEMA.exec(item.text)?.[1];
      if (schema) plan.schemas.push(unquote(schema));
      plan.steps.push({ kind: 'sql', text: mapOwnerRole(item.text, sourceOwners), line: item.line, ordinal });
    }
  }
  if (ownerStatements > 0) {
    plan.skipped.push(`${ownerStatements} ALTER … OWNER TO ${sourceOwners.join(', ')}: everything restored is owned by the user who restores`);
  }
  return plan;
}

function isUnknownSetting(text: string, knownSettings: ReadonlySet<string>): boolean {
  const setting = SET_STATEMENT.exec(text)?.[1]?.toLowerCase();
  // A dotted name is a custom setting, which every server accepts.
  return setting !== undefined && !setting.includes('.') && !knownSettings.has(setting);
}

function findSourceOwners(items: ScriptItem[]): string[] {
  const owners = new Set<string>();
  for (const item of items) {
    if (item.kind !== 'sql') continue;
    const role = OWNER_TO.exec(item.text)?.[1] ?? FOR_ROLE.exec(item.text)?.[1];
    // pg_database_owner and the other pg_ roles are built in: the same on every server.
    if (role && !unquote(role).startsWith('pg_')) owners.add(unquote(role));
  }
  return [...owners].sort();
}

/** In a policy, default-privileges, GRANT or REVOKE statement: the source owner as a role → CURRENT_USER. */
export function mapOwnerRole(text: string, sourceOwners: readonly string[]): string {
  if (sourceOwners.length === 0 || !ROLE_STATEMENT.test(text)) return text;
  const roleList = new RegExp(String.raw`(\b(?:TO|FROM|FOR\s+ROLE|FOR\s+USER)\s+)(${IDENT}(?:\s*,\s*${IDENT})*)(?=\s|;|$)`, 'gi');
  return text.replace(roleList, (_match, keyword: string, roles: string) => {
    const mapped = roles.split(/\s*,\s*/).map((role) => (sourceOwners.includes(unquote(role)) ? 'CURRENT_USER' : role));
    return keyword + mapped.join(', ');
  });
}

function unquote(identifier: string): string {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replaceAll('""', '"') : identifier;
}
