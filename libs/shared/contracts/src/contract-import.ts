import type { ValidationErrorBody } from './errors';

/** The columns of a commissioner's contract list, as they head the spreadsheet. */
export const CONTRACT_IMPORT_COLUMNS = [
  'ODS code',
  'Provider name',
  'Provider kind',
  'Contract year',
  'Expected NHS income (£)',
  'Co-ordinating',
] as const;
export type ContractImportColumn = (typeof CONTRACT_IMPORT_COLUMNS)[number];

/** The largest contract list accepted, in bytes (5 MB). */
export const CONTRACT_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** One problem with one row: its line in the spreadsheet (the header is line 1) and the column at fault. */
export interface ContractImportProblem {
  line: number;
  column: ContractImportColumn;
  message: string;
}

export interface ContractImportSummary {
  /** New provider organisations, for ODS codes the service does not know yet. */
  providersToCreate: number;
  /** New contracts: providers with no contract yet that year, with the importer co-ordinating. */
  contractsToCreate: number;
  /** Existing contracts that gain the importer's line or whose line changes. */
  contractsToUpdate: number;
  /** Existing contracts on which the importer's line is already exactly as imported. */
  contractsUnchanged: number;
  /** Providers whose obligations for a year would change (e.g. crossing the £200,000 threshold). */
  providersChangingScope: number;
}

/** A provider whose obligations for a year the import would change. */
export interface ContractImportScopeChange {
  odsCode: string;
  providerName: string;
  contractYear: string;
  /** e.g. "SC13.5.2 now applies" */
  changes: string[];
}

/** What an import would do, checked against everything already recorded, without writing anything. */
export interface ContractImportPreview {
  /** Data rows read (blank rows are skipped). */
  rows: number;
  valid: boolean;
  problems: ContractImportProblem[];
  summary: ContractImportSummary;
  scopeChanges: ContractImportScopeChange[];
}

/** What an import wrote. */
export interface ContractImportResult {
  rows: number;
  summary: ContractImportSummary;
  scopeChanges: ContractImportScopeChange[];
}

/** A refused import: the standard 400 body (paths like "line 12, Expected NHS income (£)") and each row problem. */
export interface ContractImportErrorBody extends ValidationErrorBody {
  rowProblems: ContractImportProblem[];
}
