// Structured JSON logs (pino), one line per event, with the request id of the request being served:
// every line written while a request is handled carries its `reqId`, down to the SQL statements.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pino, type Logger, type LevelWithSilent, type LoggerOptions } from 'pino';
import { serializeError } from './redact.ts';

export type { Logger } from 'pino';

const LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** LOG_LEVEL (pino's names); `fallback` when unset. A misspelt level stops the start rather than silence the logs. */
export function readLogLevel(env: NodeJS.ProcessEnv = process.env, fallback: LevelWithSilent = 'info'): LevelWithSilent {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return fallback;
  if (!(LEVELS as string[]).includes(raw)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}; got "${env.LOG_LEVEL}"`);
  return raw as LevelWithSilent;
}

let root: Logger | null = null;

/** How every logger of the platform writes: JSON lines, tokens and statement values redacted. */
export function loggerOptions(level: LevelWithSilent): LoggerOptions {
  return {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Tokens never reach a log line, even when a header object is logged by mistake.
    redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.authorization'], censor: '[redacted]' },
    // Nor do the values of SQL statements, whichever error carries them (redact.ts).
    serializers: { err: serializeError, error: serializeError },
  };
}

/** The process's logger; the first call fixes the level (LOG_LEVEL) and where lines go (stdout). */
export function rootLogger(): Logger {
  root ??= pino(loggerOptions(readLogLevel()));
  return root;
}

/** For tests: log lines go to another logger's destination (made with loggerOptions, so redacted the same way). */
export function setRootLogger(logger: Logger): void {
  root = logger;
}

/** A service's logger: every line names the service (gateway, parties, …). */
export function serviceLogger(service: string): Logger {
  return rootLogger().child({ service });
}

interface RequestScope {
  reqId: string;
  log: Logger;
  /** Counts a SQL statement sent for this request (the service's metrics). */
  onStatement?: () => void;
}

const requestScope = new AsyncLocalStorage<RequestScope>();

/** Runs fn with `log` (a child carrying reqId) as the logger of everything it awaits. */
export function withRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return requestScope.run(scope, fn);
}

/** The current request's logger (with its reqId), or `fallback` outside a request. */
export function currentLogger(fallback: Logger = rootLogger()): Logger {
  return requestScope.getStore()?.log ?? fallback;
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.reqId;
}

export function currentScope(): RequestScope | undefined {
  return requestScope.getStore();
}

/** A caller's request id is kept when it looks like one (a proxy's or the gateway's); otherwise a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,128}$/.test(value) ? value : randomUUID();
}
