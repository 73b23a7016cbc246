export const ORGANISATION_KINDS = ['csu', 'ccg', 'icb', 'provider'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PROVIDER_KINDS = [
  'nhs-trust',
  'foundation-trust',
  'independent',
  'voluntary',
  'primary-care',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  csu: 'Commissioning support unit',
  ccg: 'Clinical commissioning group',
  icb: 'Integrated care board',
  provider: 'Provider',
};

export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  'nhs-trust': 'NHS trust',
  'foundation-trust': 'NHS foundation trust',
  independent: 'Independent sector provider',
  voluntary: 'Voluntary sector provider',
  'primary-care': 'Primary care provider',
};

/** How two organisations are related. Contracts (a later, fuller model) refine `commissions`. */
export const RELATIONSHIP_KINDS = ['supports', 'commissions'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export interface OrganisationSummary {
  id: string;
  odsCode: string;
  name: string;
  kind: OrganisationKind;
  providerKind: ProviderKind | null;
  /** ISO calendar date (YYYY-MM-DD) the organisation came into being; null if always. */
  validFrom: string | null;
  /** ISO calendar date of the organisation's last day; null while it exists. */
  validTo: string | null;
}

export interface RelatedOrganisation extends OrganisationSummary {
  /** How this organisation relates to the one being viewed, in words: "Supported by", "Commissions", ... */
  relation: 'supported-by' | 'supports' | 'commissioned-by' | 'commissions' | 'succeeded-by' | 'succeeds';
}

export interface OrganisationDetail extends OrganisationSummary {
  successor: OrganisationSummary | null;
  predecessors: OrganisationSummary[];
  related: RelatedOrganisation[];
}
