import type { OrganisationKind, OrganisationSummary, ProviderKind } from './organisations';
import type { ScopeAssessment, ScopeObligation } from './scope';

/** The NHS Standard Contract comes in a full and a shorter form; scope does not depend on which. */
export const CONTRACT_FORMS = ['standard', 'shorter'] as const;
export type ContractForm = (typeof CONTRACT_FORMS)[number];

/** One commissioner's part in a contract, as a request. */
export interface ContractCommissionerRequest {
  commissionerId: string;
  /** Exactly one commissioner on a contract co-ordinates: it receives the WRES report and leads assurance. */
  coordinating: boolean;
  /** Expected income from this commissioner for the contract year, in pence. */
  expectedIncomePence: number;
}

export interface ContractRequest {
  providerId: string;
  /** April to March, written "2015/16". */
  contractYear: string;
  form: ContractForm;
  commissioners: ContractCommissionerRequest[];
}

/** What may change on a contract; `commissioners`, when given, replaces the whole list. */
export interface ContractChangeRequest {
  form?: ContractForm;
  commissioners?: ContractCommissionerRequest[];
}

export interface ContractCommissioner {
  commissionerId: string;
  name: string;
  odsCode: string;
  kind: OrganisationKind;
  coordinating: boolean;
  expectedIncomePence: number;
}

export interface ContractProvider {
  id: string;
  name: string;
  odsCode: string;
  providerKind: ProviderKind;
}

export interface Contract {
  id: string;
  provider: ContractProvider;
  contractYear: string;
  form: ContractForm;
  /** The co-ordinating commissioner first, then the others by name. */
  commissioners: ContractCommissioner[];
  /** Expected income under this contract from all its commissioners, in pence. */
  expectedIncomePence: number;
  createdAt: string;
  updatedAt: string;
}

/** Why a provider's scope for a year was decided again. */
export const SCOPE_DECISION_REASONS = [
  'contract recorded',
  'contract changed',
  'income changed',
  'provider kind changed',
  'rule set changed',
  'confirmed',
] as const;
export type ScopeDecisionReason = (typeof SCOPE_DECISION_REASONS)[number];

/** A presumed scope follows from the contracts; a confirmed one the co-ordinating commissioner has checked. */
export const SCOPE_STATUSES = ['presumed', 'confirmed'] as const;
export type ScopeStatus = (typeof SCOPE_STATUSES)[number];

/** A clause whose applying changed between two decisions. */
export interface ScopeChange {
  clause: string;
  title: string;
  change: 'now-applies' | 'no-longer-applies';
  before: string | null;
  after: string | null;
  summary: string;
}

/** After a contract is recorded or changed: the contract and the provider's scope for that year. */
export interface ContractWriteResult {
  contract: Contract;
  scope: ScopeAssessment;
  scopeStatus: ScopeStatus;
  /** Clauses that now apply or no longer apply because of this write. */
  changes: ScopeChange[];
}

export interface ObligationDeadline {
  key: string;
  kind: string;
  actor: 'provider' | 'commissioner';
  /** The last day still in time (ISO calendar date). */
  dueDate: string;
  timing: 'as-at' | 'by' | 'before';
  description: string;
}

export interface ProviderObligation extends ScopeObligation {
  scopeStatus: ScopeStatus;
  updatedAt: string;
  /** Dated steps for an obligation that applies; empty when it does not or its clause is undated. */
  deadlines: ObligationDeadline[];
}

/** One clause's explanation before and after a decision. */
export interface ExplanationChange {
  clause: string;
  before: string | null;
  after: string | null;
}

export interface ScopeHistoryEntry {
  id: string;
  decidedAt: string;
  reason: ScopeDecisionReason;
  /** Who made the change that led to the decision; null for the system (e.g. the demo seed). */
  decidedBy: { userId: string; displayName: string } | null;
  smallProvider: boolean;
  totalIncomePence: number;
  previousTotalIncomePence: number | null;
  changes: ScopeChange[];
  /** Every clause whose explanation differs from the previous decision's (all clauses for the first). */
  explanations: ExplanationChange[];
}

export interface ProviderScope {
  provider: OrganisationSummary;
  contractYear: string;
  /** Null when the provider has no contracts that year. */
  decision: ScopeAssessment | null;
  scopeStatus: ScopeStatus | null;
  obligations: ProviderObligation[];
  /** Newest first. */
  history: ScopeHistoryEntry[];
  /** Years in which the provider has obligations, earliest first. */
  contractYears: string[];
}

export interface ScopeYearProvider {
  provider: OrganisationSummary;
  /** The WRES annual report (SC13.5.2) applies. */
  inScope: boolean;
  smallProvider: boolean;
  totalIncomePence: number;
  /** Why the provider is in scope or exempt, citing the clause and figures. */
  explanation: string;
  scopeStatus: ScopeStatus;
  coordinatingCommissioners: Array<{ id: string; name: string }>;
}

export interface ScopeYearOverview {
  contractYear: string;
  providers: ScopeYearProvider[];
  counts: { inScope: number; exempt: number; presumed: number; confirmed: number };
}

/** The clause that puts a provider in scope of the WRES: the annual report to the co-ordinating commissioner. */
export const WRES_REPORT_CLAUSE = 'SC13.5.2';
