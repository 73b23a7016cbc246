import type { ContractForm, ScopeDecisionReason, ScopeStatus } from '@wres/shared/contracts';

export const CONTRACT_FORM_LABELS: Record<ContractForm, string> = {
  standard: 'Standard',
  shorter: 'Shorter-form',
};

export const SCOPE_STATUS_LABELS: Record<ScopeStatus, string> = {
  presumed: 'Presumed',
  confirmed: 'Confirmed',
};

export const SCOPE_DECISION_REASON_LABELS: Record<ScopeDecisionReason, string> = {
  'contract recorded': 'Contract recorded',
  'contract changed': 'Contract changed',
  'income changed': 'Expected income changed',
  'provider kind changed': 'Provider type changed',
  'rule set changed': 'Rules for the year changed',
  confirmed: 'Scope confirmed',
};
