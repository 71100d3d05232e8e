import { describe, expect, it } from 'vitest';
import { dutchInputProblem } from './input-problems.ts';

// The API's own messages (subgraphs/monitoring/src/domain/period-grid.ts), as a protected viewer gets them.
describe('dutchInputProblem', () => {
  it('translates a monitor period off the grid, with the periods the API proposes', () => {
    const message =
      'figures for role werkgroep exist only for whole calendar quarters, half-years and years; 2026-01-01 to 2026-02-15 is none of them. ' +
      'Around 2026-01-01: 2026-K1 (2026-01-01 to 2026-03-31), 2026-H1 (2026-01-01 to 2026-06-30), 2026 (2026-01-01 to 2026-12-31)';
    expect(dutchInputProblem(message)).toBe(
      'cijfers bestaan alleen voor hele kwartalen, halfjaren en jaren; 1 januari 2026 t/m 15 februari 2026 is geen van die. Kies bijvoorbeeld 2026-K1, 2026-H1 of 2026.',
    );
  });

  it('translates an outflow range that does not start and end on whole periods', () => {
    const message = 'figures for role analist exist only for whole calendar quarters at this granularity: from must be the first day of one (2025-01-01) and to the last day of one (2025-06-30); got 2025-01-15 to 2025-06-30';
    expect(dutchInputProblem(message)).toBe('cijfers bestaan alleen voor hele kwartalen: begin op 1 januari 2025 en eindig op 30 juni 2025.');
  });

  it('translates a peildatum that is neither a month end nor the data date', () => {
    const message = 'progress for role werkgroep exists only at the end of a month or on the data date (2026-10-30); 2026-06-15 is neither: ask for 2026-05-31 or 2026-06-30';
    expect(dutchInputProblem(message)).toBe('de voortgang is er alleen op de laatste dag van een maand of op de datum ‘gegevens t/m’ (30 oktober 2026); kies 31 mei 2026 of 30 juni 2026.');
  });

  it('says anything else in Dutch too, without the English', () => {
    const text = dutchInputProblem('"x" is not a sub-region of covenant "woonkans": woonkans-noord, woonkans-midden');
    expect(text).toMatch(/^de server kon deze vraag niet beantwoorden/);
    expect(text).not.toMatch(/sub-region/);
  });
});
