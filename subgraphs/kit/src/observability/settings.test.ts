// The observability settings operators set: LOG_LEVEL and the OpenTelemetry variables.
import { describe, expect, it } from 'vitest';
import { readLogLevel, requestIdFrom } from './logger.ts';
import { readTracingConfig } from './tracing.ts';

describe('LOG_LEVEL', () => {
  it('takes pino levels in any case, the fallback when unset, and refuses a misspelt one', () => {
    expect(readLogLevel({})).toBe('info');
    expect(readLogLevel({}, 'warn')).toBe('warn');
    expect(readLogLevel({ LOG_LEVEL: ' DEBUG ' })).toBe('debug');
    expect(readLogLevel({ LOG_LEVEL: 'silent' })).toBe('silent');
    expect(() => readLogLevel({ LOG_LEVEL: 'verbose' })).toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "verbose"');
  });
});

describe('tracing settings', () => {
  it('is off without OTEL_EXPORTER_OTLP_ENDPOINT, and names the service by OTEL_SERVICE_NAME when set', () => {
    expect(readTracingConfig({})).toEqual({ endpoint: undefined, serviceName: undefined });
    expect(readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: '  ', OTEL_SERVICE_NAME: '' })).toEqual({ endpoint: undefined, serviceName: undefined });
    expect(readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'gw-eu' })).toEqual({ endpoint: 'http://collector:4318', serviceName: 'gw-eu' });
  });
});

describe('request ids', () => {
  it("keeps a caller's id that looks like one, and makes a new one otherwise", () => {
    expect(requestIdFrom('abc-123.x:y_z')).toBe('abc-123.x:y_z');
    expect(requestIdFrom(['first', 'second'])).toBe('first');
    for (const odd of [undefined, '', 'a b', 'x'.repeat(129), 'id;drop']) expect(requestIdFrom(odd)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
