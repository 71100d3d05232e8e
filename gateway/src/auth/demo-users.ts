// The demo users of the built-in development issuer: every role, several organisations. Clearly
// demo: their names say so, and production never trusts the issuer that signs for them.
export interface DemoUser {
  id: string;
  /** Shown in the login picker. */
  label: string;
  role: 'beheerder' | 'werkgroep' | 'bestuurder' | 'analist' | 'medewerker';
  org: string | null;
  covenants: string[];
  /** Authentication methods (OIDC `amr`): with 'otp' the user signed in with a second factor. */
  amr: string[];
}

const ALL = ['meppel-vzw', 'walcheren', 'woonkans', 'noord-veluwe', 'noordoostpolder'];
const MFA = ['pwd', 'otp'];

export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'beheerder', label: 'Beheerder (alle gegevens)', role: 'beheerder', org: null, covenants: [], amr: MFA },
  { id: 'werkgroep', label: 'Werkgroep (alle convenanten)', role: 'werkgroep', org: null, covenants: ALL, amr: MFA },
  { id: 'werkgroep-woonkans', label: 'Werkgroep Woonkans, gemeente Venlo', role: 'werkgroep', org: 'gemeente-venlo', covenants: ['woonkans'], amr: MFA },
  { id: 'bestuurder', label: 'Bestuurder (kerncijfers)', role: 'bestuurder', org: null, covenants: ALL, amr: MFA },
  { id: 'analist', label: 'Analist (GraphQL, geaggregeerd)', role: 'analist', org: null, covenants: [], amr: MFA },
  { id: 'gemeente-meppel', label: 'Medewerker gemeente Meppel', role: 'medewerker', org: 'gemeente-meppel', covenants: ['meppel-vzw'], amr: MFA },
  { id: 'woonconcept', label: 'Medewerker Woonconcept (corporatie)', role: 'medewerker', org: 'woonconcept', covenants: ['meppel-vzw'], amr: MFA },
  { id: 'antares', label: 'Medewerker Antares (corporatie, Woonkans)', role: 'medewerker', org: 'antares', covenants: ['woonkans'], amr: MFA },
  { id: 'leger-des-heils', label: 'Medewerker Leger des Heils (zorgaanbieder, Woonkans)', role: 'medewerker', org: 'leger-des-heils', covenants: ['woonkans'], amr: MFA },
  { id: 'kassier', label: 'Kassier Garantiefonds (MGR)', role: 'medewerker', org: 'mgr-sociaal-domein-limburg-noord', covenants: ['woonkans'], amr: MFA },
  { id: 'voorzitter', label: 'Voorzitter Woonkans-overleg (ketenregisseur ZVH)', role: 'medewerker', org: 'zorg-en-veiligheidshuis-noord-limburg', covenants: ['woonkans'], amr: MFA },
  { id: 'zonder-mfa', label: 'Werkgroep zonder tweede factor (geweigerd als REQUIRE_MFA aan staat)', role: 'werkgroep', org: null, covenants: ALL, amr: ['pwd'] },
];
