import type { ProviderKind } from './organisations';

/** Which obligations would a contract create? Nothing is stored. */
export interface ScopeAssessmentRequest {
  /** Contract year, April to March, written "2015/16". */
  contractYear: string;
  providerKind: ProviderKind;
  /** Expected income from each NHS commissioner for the contract year, in pence: one entry per commissioner. */
  incomesPence: number[];
}

/** Why an obligation does or does not apply, for code; `explanation` says the same for people. */
export type ScopeObligationBasis = 'applies' | 'small-provider-exempt' | 'provider-kind-not-covered';

export interface ScopeObligation {
  /** The contract's reference, e.g. "SC13.5.2". */
  clause: string;
  title: string;
  applies: boolean;
  basis: ScopeObligationBasis;
  /** Plain English citing the clause and the figures. */
  explanation: string;
}

export interface ScopeAssessment {
  contractYear: string;
  providerKind: ProviderKind;
  /** Expected NHS income does not exceed the threshold (exactly the threshold is small). */
  smallProvider: boolean;
  /** Expected income from all the provider's NHS commissioners for the year, in pence. */
  totalIncomePence: number;
  thresholdPence: number;
  obligations: ScopeObligation[];
}
