import { PROVIDER_KINDS, type ProviderKind } from '@wres/shared/contracts';

// One vocabulary for provider kinds across api, web and domain: the list lives in the shared contracts.
export { PROVIDER_KINDS, type ProviderKind };

export function isProviderKind(value: unknown): value is ProviderKind {
  return typeof value === 'string' && (PROVIDER_KINDS as readonly string[]).includes(value);
}

/** How a kind reads inside a sentence: "an NHS trust", "NHS trusts". */
export const PROVIDER_KIND_WORDS: Record<ProviderKind, { singular: string; plural: string }> = {
  'nhs-trust': { singular: 'an NHS trust', plural: 'NHS trusts' },
  'foundation-trust': { singular: 'a foundation trust', plural: 'foundation trusts' },
  independent: { singular: 'an independent sector provider', plural: 'independent sector providers' },
  voluntary: { singular: 'a voluntary sector provider', plural: 'voluntary sector providers' },
  'primary-care': { singular: 'a primary care provider', plural: 'primary care providers' },
};

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
