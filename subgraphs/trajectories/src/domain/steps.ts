// Canonical step names and the fallback Dutch label when a covenant has no name of its own.
export const CANONICAL_STEP_LABELS = {
  aanmelding: 'Aanmelding',
  toegang: 'Toegang en onderzoek',
  bemiddeling: 'Team en bemiddeling',
  ondersteuningsplan: 'Ondersteuningsplan en indicatie',
  woning_aangeboden: 'Woning aangeboden',
  sleuteloverdracht: 'Huurcontract en sleuteloverdracht',
  evaluatie: 'Evaluatie',
  omklap: 'Omklap',
  waakvlam: 'Waakvlam',
  afgesloten: 'Afgesloten',
} as const;

export type CanonicalStepName = keyof typeof CANONICAL_STEP_LABELS;

/** The covenant's own label for a step, else the canonical one. */
export function stepLabel(step: CanonicalStepName, covenantLabels: readonly { step: string; label: string }[]): string {
  return covenantLabels.find((l) => l.step === step)?.label ?? CANONICAL_STEP_LABELS[step];
}
