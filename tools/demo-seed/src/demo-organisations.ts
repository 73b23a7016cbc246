import type { OrganisationKind, ProviderKind, RelationshipKind, Role } from '@wres/shared/contracts';

export interface DemoOrganisation {
  key: string;
  odsCode: string;
  name: string;
  kind: OrganisationKind;
  providerKind?: ProviderKind;
  validFrom?: string;
  validTo?: string;
  successor?: string;
}

export interface DemoRelationship {
  kind: RelationshipKind;
  from: string;
  to: string;
  validFrom?: string;
}

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  organisation: string;
}

/** A fictional but realistic patch: one CSU, three CCGs (one succeeded by an ICB), providers of every kind. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'csu', odsCode: '0DM', name: 'Central Demo Commissioning Support Unit', kind: 'csu' },
  {
    key: 'ccgA',
    odsCode: '01D',
    name: 'NHS Northfield CCG',
    kind: 'ccg',
    validTo: '2022-06-30',
    successor: 'icb',
  },
  { key: 'ccgB', odsCode: '02D', name: 'NHS Southbrook CCG', kind: 'ccg' },
  { key: 'ccgC', odsCode: '03D', name: 'NHS Westmere CCG', kind: 'ccg' },
  {
    key: 'icb',
    odsCode: 'QD1',
    name: 'NHS Northfield Integrated Care Board',
    kind: 'icb',
    validFrom: '2022-07-01',
  },
  {
    key: 'trustA',
    odsCode: 'RD1',
    name: 'Northfield Community Health NHS Trust',
    kind: 'provider',
    providerKind: 'nhs-trust',
  },
  {
    key: 'ftA',
    odsCode: 'RD2',
    name: 'Northfield Hospitals NHS Foundation Trust',
    kind: 'provider',
    providerKind: 'foundation-trust',
  },
  {
    key: 'trustB',
    odsCode: 'RD3',
    name: 'Southbrook Mental Health NHS Trust',
    kind: 'provider',
    providerKind: 'nhs-trust',
  },
  {
    key: 'ftB',
    odsCode: 'RD4',
    name: 'Southbrook University Hospitals NHS Foundation Trust',
    kind: 'provider',
    providerKind: 'foundation-trust',
  },
  {
    key: 'trustC',
    odsCode: 'RD5',
    name: 'Westmere Ambulance Service NHS Trust',
    kind: 'provider',
    providerKind: 'nhs-trust',
  },
  {
    key: 'indB',
    odsCode: 'ND101',
    name: 'Meadowbank Independent Hospital Ltd',
    kind: 'provider',
    providerKind: 'independent',
  },
  {
    key: 'indA',
    odsCode: 'ND102',
    name: 'Clearview Diagnostics Ltd',
    kind: 'provider',
    providerKind: 'independent',
  },
  {
    key: 'indAB',
    odsCode: 'ND103',
    name: 'Greenway Home Care Ltd',
    kind: 'provider',
    providerKind: 'independent',
  },
  {
    key: 'indC',
    odsCode: 'ND104',
    name: 'Westmere Physiotherapy Partnership',
    kind: 'provider',
    providerKind: 'independent',
  },
  { key: 'volA', odsCode: 'ND201', name: 'Riverside Hospice', kind: 'provider', providerKind: 'voluntary' },
  {
    key: 'volC',
    odsCode: 'ND202',
    name: 'Harbour Lights Community Interest Company',
    kind: 'provider',
    providerKind: 'voluntary',
  },
  // Expected NHS income under £200,000: a small provider, exempt from the WRES report (contracts come later).
  {
    key: 'volSmall',
    odsCode: 'ND203',
    name: 'Little Acorns Counselling Service',
    kind: 'provider',
    providerKind: 'voluntary',
  },
  {
    key: 'gp',
    odsCode: 'D81001',
    name: 'Elm Street Surgery',
    kind: 'provider',
    providerKind: 'primary-care',
  },
];

export const DEMO_RELATIONSHIPS: DemoRelationship[] = [
  { kind: 'supports', from: 'csu', to: 'ccgA' },
  { kind: 'supports', from: 'csu', to: 'ccgB' },
  { kind: 'supports', from: 'csu', to: 'ccgC' },
  { kind: 'supports', from: 'csu', to: 'icb', validFrom: '2022-07-01' },
  ...['trustA', 'ftA', 'indA', 'indAB', 'volA', 'gp'].map((to) => ({
    kind: 'commissions' as const,
    from: 'ccgA',
    to,
  })),
  ...['trustA', 'ftA', 'indA', 'indAB', 'volA', 'gp'].map((to) => ({
    kind: 'commissions' as const,
    from: 'icb',
    to,
    validFrom: '2022-07-01',
  })),
  ...['trustB', 'ftB', 'indB', 'indAB', 'volSmall', 'indC'].map((to) => ({
    kind: 'commissions' as const,
    from: 'ccgB',
    to,
  })),
  ...['trustC', 'indC', 'volC'].map((to) => ({ kind: 'commissions' as const, from: 'ccgC', to })),
];

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.test', displayName: 'Alex Admin', role: 'admin', organisation: 'csu' },
  { email: 'csu@demo.test', displayName: 'Chidi Okafor', role: 'csu-analyst', organisation: 'csu' },
  {
    email: 'commissioner@demo.test',
    displayName: 'Catherine Bull',
    role: 'commissioner',
    organisation: 'ccgA',
  },
  {
    email: 'commissioner2@demo.test',
    displayName: 'Hamel Dhanak',
    role: 'commissioner',
    organisation: 'ccgB',
  },
  { email: 'icb@demo.test', displayName: 'Imogen Clarke', role: 'commissioner', organisation: 'icb' },
  {
    email: 'provider@demo.test',
    displayName: 'Haseeb Ahmad',
    role: 'provider-submitter',
    organisation: 'trustA',
  },
  {
    email: 'provider2@demo.test',
    displayName: 'Priya Shah',
    role: 'provider-submitter',
    organisation: 'indB',
  },
];

/**
 * Colleagues who make the demo's history: each reporting provider's WRES lead, who submitted its reports,
 * and Westmere's commissioner, who reviewed them. They can sign in with the demo password too, but the
 * start-up banner lists only the users above.
 */
export const DEMO_COLLEAGUES: DemoUser[] = [
  ['ftA', 'Grace Mensah'],
  ['trustB', 'Tom Reilly'],
  ['ftB', 'Aisha Rahman'],
  ['trustC', 'Owen Price'],
  ['indA', 'Mei Lin'],
  ['indAB', 'Kofi Boateng'],
  ['indC', 'Ruth Evans'],
  ['volA', 'Daniel Cohen'],
  ['volC', 'Fatima Hussain'],
  ['volSmall', 'Lucy Grant'],
].map(([organisation, displayName]) => ({
  email: `lead.${organisation.toLowerCase()}@demo.test`,
  displayName,
  role: 'provider-submitter' as const,
  organisation,
}));
DEMO_COLLEAGUES.push({
  email: 'westmere@demo.test',
  displayName: 'Wendy Marsh',
  role: 'commissioner',
  organisation: 'ccgC',
});
