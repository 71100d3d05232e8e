import { describe, expect, it } from 'vitest';
import { daysBetween } from './dates.ts';
import { DEMO_PERIOD, generateDemoTrajectories } from './demo-trajectories.ts';
import { generateDemoVisits } from './demo-visits.ts';
import { referenceMemberships, referenceParties } from './reference/index.ts';

const demo = generateDemoTrajectories(referenceParties, referenceMemberships);

describe('demo trajectories', () => {
  it('are deterministic', () => {
    expect(generateDemoTrajectories(referenceParties, referenceMemberships)).toEqual(demo);
  });

  it('cover the four uitstroom covenants, all labelled DEMO-', () => {
    expect(new Set(demo.map((t) => t.covenantId))).toEqual(new Set(['walcheren', 'woonkans', 'noord-veluwe', 'noordoostpolder']));
    expect(demo.every((t) => t.caseCode.startsWith('DEMO-'))).toBe(true);
  });

  it('have steps in date order, never after the as-of date', () => {
    for (const t of demo) {
      const registered = t.steps.find((s) => s.step === 'aanmelding')?.occurredOn;
      expect(registered).toBeDefined();
      for (const step of t.steps) {
        expect(step.occurredOn >= (registered as string)).toBe(true);
        expect(step.occurredOn <= DEMO_PERIOD.asOf).toBe(true);
      }
    }
  });

  it('vary realistically: waits from weeks to over a year, some still waiting, some relapses', () => {
    const waits = demo.flatMap((t) => {
      const from = t.steps.find((s) => s.step === 'aanmelding')?.occurredOn;
      const to = t.steps.find((s) => s.step === 'sleuteloverdracht')?.occurredOn;
      return from && to ? [daysBetween(from, to)] : [];
    });
    expect(Math.min(...waits)).toBeLessThan(30);
    expect(Math.max(...waits)).toBeGreaterThan(365);
    expect(demo.filter((t) => t.landlordId === null).length).toBeGreaterThan(20);
    expect(demo.filter((t) => t.events.some((e) => e.kind === 'terugval')).length).toBeGreaterThan(20);
    // A housed person always has a landlord, a placement municipality and a lease form.
    for (const t of demo.filter((t) => t.steps.some((s) => s.step === 'sleuteloverdracht'))) {
      expect([t.landlordId, t.placementMunicipalityId, t.contractForm].every((v) => v !== null)).toBe(true);
    }
  });
});

describe('demo visits', () => {
  it('fall in Meppel 2025–2026 at about the streefaantal of 100 a year, with unique codes', () => {
    const visits = generateDemoVisits();
    expect(visits.every((v) => v.visitedOn >= '2025-03-13' && v.visitedOn <= '2026-10-31')).toBe(true);
    // Jan–Oct 2026 is ten full months: 100 a year is about 83; allow a plausible spread around it.
    const in2026 = visits.filter((v) => v.visitedOn.startsWith('2026')).length;
    expect(in2026).toBeGreaterThan(70);
    expect(in2026).toBeLessThan(120);
    expect(new Set(visits.map((v) => v.visitCode)).size).toBe(visits.length);
  });
});
