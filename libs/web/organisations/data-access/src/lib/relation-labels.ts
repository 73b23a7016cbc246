import type { RelatedOrganisation } from '@wres/shared/contracts';

export type OrganisationRelation = RelatedOrganisation['relation'];

/** How a related organisation stands to the one being viewed, in words. */
export const RELATION_LABELS: Record<OrganisationRelation, string> = {
  'supported-by': 'Supported by',
  supports: 'Supports',
  'commissioned-by': 'Commissioned by',
  commissions: 'Commissions',
  'succeeded-by': 'Succeeded by',
  succeeds: 'Succeeds',
};
