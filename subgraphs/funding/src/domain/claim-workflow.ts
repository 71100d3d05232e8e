// A Garantiefonds claim's workflow (Woonkans art. 7.7-7.8, bijlage 3 par. 3): submitted on the
// standard form, discussed in the Woonkans-overleg, approved or refused by its chair, paid out by
// the cashier (MGR). Each step follows exactly one other; a step's day never precedes the last one.

export type ClaimStatus = 'ingediend' | 'besproken' | 'goedgekeurd' | 'afgewezen' | 'uitbetaald';
export type RefusalRule = 'ernstige_nalatigheid' | 'compensatie_niet_passend' | 'kosten_niet_onderbouwd';

/** The status a step must start from. */
const FROM: Record<Exclude<ClaimStatus, 'ingediend'>, ClaimStatus> = {
  besproken: 'ingediend',
  goedgekeurd: 'besproken',
  afgewezen: 'besproken',
  uitbetaald: 'goedgekeurd',
};

const VERB: Record<Exclude<ClaimStatus, 'ingediend'>, string> = {
  besproken: 'discussed',
  goedgekeurd: 'approved',
  afgewezen: 'refused',
  uitbetaald: 'paid out',
};

export interface StepSoFar {
  status: ClaimStatus;
  on: string;
}

/** Why the claim cannot take the step to `to` on `on` (English, for the API), or null when it can. */
export function stepProblem(steps: readonly StepSoFar[], to: Exclude<ClaimStatus, 'ingediend'>, on: string): string | null {
  const last = steps.at(-1);
  if (!last) return 'the claim has no submission step';
  if (last.status !== FROM[to]) return `the claim is ${last.status}; only a ${FROM[to]} claim can be ${VERB[to]}`;
  if (on < last.on) return `the day (${on}) is before the claim was ${last.status} (${last.on})`;
  return null;
}

/** The rule a refusal names, in Dutch with its source; shown with the claim. */
export const REFUSAL_TEXT: Record<RefusalRule, string> = {
  ernstige_nalatigheid: 'Ernstige nalatigheid van één of meer partijen sluit een beroep op het fonds uit (bijlage 3 par. 2).',
  compensatie_niet_passend: 'De evaluatie na de negatieve beëindiging wees uit dat compensatie niet passend is (bijlage 3 par. 2).',
  kosten_niet_onderbouwd: 'De kosten zijn niet inzichtelijk gemaakt of niet op het vastgestelde aanvraagformulier ingediend (bijlage 3 par. 3).',
};

/** The current status: the last step's. */
export function currentStatus(steps: readonly StepSoFar[]): ClaimStatus {
  return steps.at(-1)?.status ?? 'ingediend';
}
