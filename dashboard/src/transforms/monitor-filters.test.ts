import { describe, expect, it } from 'vitest';
import { monitorSearch, parseMonitorFilters, resolveSubRegion } from './monitor-filters.ts';

const TODAY = '2026-11-24';

describe('monitor filters in the URL', () => {
  it('defaults to the last completed half-year, the whole covenant and every target group', () => {
    expect(parseMonitorFilters('', TODAY)).toMatchObject({ covenantId: null, period: { code: '2026-H1' }, subRegionId: null, targetGroup: null });
  });

  it('reads every filter', () => {
    const filters = parseMonitorFilters('?pagina=monitor&convenant=woonkans&periode=2025-K3&deelregio=woonkans-noord&doelgroep=mo', TODAY);
    expect(filters).toMatchObject({ covenantId: 'woonkans', period: { code: '2025-K3', from: '2025-07-01', to: '2025-09-30' }, subRegionId: 'woonkans-noord', targetGroup: 'MO' });
  });

  it('ignores values it cannot use', () => {
    expect(parseMonitorFilters('?periode=2025-H7&doelgroep=XX&deelregio=%20', TODAY)).toMatchObject({ period: { code: '2026-H1' }, targetGroup: null, subRegionId: null });
    expect(parseMonitorFilters('?periode=2027-H1', TODAY).period.code).toBe('2026-H1');
    expect(parseMonitorFilters('?periode=2019', TODAY).period.code).toBe('2026-H1');
    expect(parseMonitorFilters('?periode=2026-K4', TODAY).period.code).toBe('2026-K4');
  });

  it('writes the filters back, keeping the page and dropping empty ones', () => {
    const filters = parseMonitorFilters('?convenant=walcheren&periode=2024&doelgroep=BW', TODAY);
    const search = monitorSearch({ ...filters, targetGroup: null }, '?pagina=monitor&deelregio=x');
    expect(new URLSearchParams(search).get('pagina')).toBe('monitor');
    expect(search).toContain('periode=2024');
    expect(search).not.toContain('doelgroep');
    expect(search).not.toContain('deelregio');
    expect(parseMonitorFilters(search, TODAY)).toEqual({ ...filters, targetGroup: null });
  });

  it('keeps a sub-region only when the covenant has it', () => {
    expect(resolveSubRegion([{ id: 'woonkans-noord' }], 'woonkans-noord')).toBe('woonkans-noord');
    expect(resolveSubRegion([{ id: 'woonkans-noord' }], 'elders')).toBeNull();
    expect(resolveSubRegion([], null)).toBeNull();
  });
});
