import { describe, expect, it } from 'vitest';
import { eventProblems, stepProblems, type RecordedStep } from './step-rules.ts';

const TODAY = '2026-11-24';
const registered: RecordedStep[] = [{ step: 'aanmelding', occurredOn: '2025-01-10' }];
const housed: RecordedStep[] = [...registered, { step: 'sleuteloverdracht', occurredOn: '2025-06-01' }];

describe('stepProblems', () => {
  it.each([
    { name: 'a step after aanmelding', recorded: registered, step: 'toegang' as const, on: '2025-01-15', problems: [] },
    { name: 'skipping ahead to a home', recorded: registered, step: 'sleuteloverdracht' as const, on: '2025-06-01', problems: [] },
    { name: 'on the same day as its predecessor', recorded: registered, step: 'toegang' as const, on: '2025-01-10', problems: [] },
    {
      name: 'before its predecessor',
      recorded: registered,
      step: 'toegang' as const,
      on: '2025-01-09',
      problems: ['toegang (2025-01-09) cannot lie before aanmelding (2025-01-10)'],
    },
    {
      name: 'an earlier step dated after a later one',
      recorded: housed,
      step: 'bemiddeling' as const,
      on: '2025-07-01',
      problems: ['bemiddeling (2025-07-01) cannot lie after sleuteloverdracht (2025-06-01)'],
    },
    { name: 'omklap without a home', recorded: registered, step: 'omklap' as const, on: '2025-03-01', problems: ['omklap needs sleuteloverdracht (a home) to be recorded first'] },
    { name: 'omklap after the home', recorded: housed, step: 'omklap' as const, on: '2026-06-01', problems: [] },
    { name: 'twice', recorded: housed, step: 'sleuteloverdracht' as const, on: '2025-06-02', problems: ['sleuteloverdracht is already recorded on 2025-06-01'] },
    { name: 'in the future', recorded: registered, step: 'toegang' as const, on: '2026-11-25', problems: ['2026-11-25 lies in the future (today is 2026-11-24)'] },
    { name: 'aanmelding again', recorded: registered, step: 'aanmelding' as const, on: '2025-01-10', problems: ['aanmelding is recorded when the trajectory is registered', 'aanmelding is already recorded on 2025-01-10'] },
    {
      name: 'a step after closing',
      recorded: [...registered, { step: 'afgesloten' as const, occurredOn: '2025-03-01' }],
      step: 'toegang' as const,
      on: '2025-01-20',
      problems: ['the trajectory was closed on 2025-03-01; reopen it before recording toegang'],
    },
  ])('$name', ({ recorded, step, on, problems }) => {
    expect(stepProblems(recorded, step, on, TODAY)).toEqual(problems);
  });
});

describe('eventProblems', () => {
  it.each([
    { name: 'a temporary relapse after the home', recorded: housed, kind: 'terugval' as const, relapse: 'tijdelijk', on: '2025-09-01', problems: [] },
    { name: 'a relapse without a kind', recorded: housed, kind: 'terugval' as const, relapse: null, on: '2025-09-01', problems: ['a terugval needs relapseKind TIJDELIJK or STRUCTUREEL'] },
    { name: 'a negative end before the home', recorded: housed, kind: 'negatief_einde' as const, relapse: null, on: '2025-05-01', problems: ['negatief_einde (2025-05-01) cannot lie before sleuteloverdracht (2025-06-01)'] },
    { name: 'rent arrears without a home', recorded: registered, kind: 'huurachterstand' as const, relapse: null, on: '2025-05-01', problems: ['huurachterstand needs sleuteloverdracht (a home) to be recorded first'] },
  ])('$name', ({ recorded, kind, relapse, on, problems }) => {
    expect(eventProblems(recorded, [], kind, relapse, on, TODAY)).toEqual(problems);
  });

  it('refuses a second negative end', () => {
    expect(eventProblems(housed, [{ kind: 'negatief_einde' }], 'negatief_einde', null, '2025-09-01', TODAY)).toEqual(['a negatief_einde is already recorded']);
  });
});
