import { CONTRACT_IMPORT_MAX_BYTES } from '@wres/shared/contracts';
import type { ContractImportProblem, ContractImportSummary } from '@wres/shared/contracts';

export const CONTRACT_LIST_EXTENSIONS = ['.csv', '.xlsx'] as const;
const MAX_MEGABYTES = CONTRACT_IMPORT_MAX_BYTES / (1024 * 1024);

/** What is wrong with the chosen file before it is sent (the API checks again), or null when it can go. */
export function checkContractList(file: File | null): string | null {
  if (!file) return 'Select a contract list to upload';
  const name = file.name.toLowerCase();
  if (!CONTRACT_LIST_EXTENSIONS.some((extension) => name.endsWith(extension)))
    return 'The contract list must be a CSV or XLSX file';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > CONTRACT_IMPORT_MAX_BYTES)
    return `The contract list must be smaller than ${MAX_MEGABYTES} MB`;
  return null;
}

/** "line 3, Expected NHS income (£): The expected NHS income must not be negative" */
export function problemInWords(problem: ContractImportProblem): string {
  return `Line ${problem.line}, ${problem.column}: ${problem.message}`;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export function contractsInWords(n: number): string {
  return count(n, 'contract', 'contracts');
}

/** One sentence for a success banner. */
export function importSummaryInWords(summary: ContractImportSummary): string[] {
  return [
    `${count(summary.providersToCreate, 'provider', 'providers')} added, ` +
      `${count(summary.contractsToCreate, 'contract', 'contracts')} created and ` +
      `${count(summary.contractsToUpdate, 'contract', 'contracts')} updated.`,
    ...(summary.providersChangingScope > 0
      ? [
          `The obligations of ${count(summary.providersChangingScope, 'provider', 'providers')} changed: ` +
            'check the scope of the WRES for the year.',
        ]
      : []),
  ];
}
