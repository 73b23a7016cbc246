import type { ContractCommissionerRequest, ContractForm, FieldProblem } from '@wres/shared/contracts';
import { CONTRACT_FORMS } from '@wres/shared/contracts';
import { parseMoney } from '@wres/web/contracts/data-access';
import type { FieldErrors } from '@wres/web/shared/ui';

/** One commissioner line as typed: the income is text until it is sent. */
export interface CommissionerLineInput {
  commissionerId: string;
  income: string;
  coordinating: boolean;
}

export const commissionerIdField = (index: number) => `commissioners[${index}].commissionerId`;
export const incomeField = (index: number) => `commissioners[${index}].expectedIncomePence`;
export const coordinatingField = (index: number) => `commissioners[${index}].coordinating`;
/** Problems with the lines as a whole (none, or not exactly one co-ordinating). */
export const LINES_FIELD = 'commissioners';

/** Field ids in the order they appear on the page, which is also the order of the error summary. */
export function contractFieldOrder(lineCount: number, includeProviderAndYear: boolean): string[] {
  return [
    ...(includeProviderAndYear ? ['providerId', 'contractYear'] : []),
    'form',
    LINES_FIELD,
    ...Array.from({ length: lineCount }, (_, index) => [
      commissionerIdField(index),
      incomeField(index),
    ]).flat(),
  ];
}

export function isContractForm(value: string): value is ContractForm {
  return (CONTRACT_FORMS as readonly string[]).includes(value);
}

/** What is wrong with the form before it is sent, by field id; the API checks it all again. */
export function validateContract(input: {
  providerId?: string;
  contractYear?: string;
  form: string;
  lines: readonly CommissionerLineInput[];
}): FieldErrors {
  const errors: FieldErrors = {};
  if (input.providerId !== undefined && !input.providerId) errors['providerId'] = 'Select the provider';
  if (input.contractYear !== undefined && !input.contractYear)
    errors['contractYear'] = 'Select the contract year';
  if (!isContractForm(input.form)) errors['form'] = 'Select the form of contract';
  if (input.lines.length === 0) errors[LINES_FIELD] = 'Add at least one commissioner';
  else if (input.lines.filter((line) => line.coordinating).length !== 1) {
    errors[LINES_FIELD] = 'Select the co-ordinating commissioner';
  }
  input.lines.forEach((line, index) => {
    const which = `commissioner ${index + 1}`;
    if (!line.commissionerId) errors[commissionerIdField(index)] = `Select ${which}`;
    else if (input.lines.findIndex((other) => other.commissionerId === line.commissionerId) !== index) {
      errors[commissionerIdField(index)] = `Commissioner ${index + 1} is already on this contract`;
    }
    if (!line.income.trim()) errors[incomeField(index)] = `Enter the expected NHS income from ${which}`;
    else if (parseMoney(line.income) === null) {
      errors[incomeField(index)] =
        `Enter the expected NHS income from ${which} as an amount in pounds, like £180,000`;
    }
  });
  return errors;
}

/** The lines as the API takes them; call only once they are valid. */
export function toCommissionerRequests(
  lines: readonly CommissionerLineInput[],
): ContractCommissionerRequest[] {
  return lines.map((line) => ({
    commissionerId: line.commissionerId,
    coordinating: line.coordinating,
    expectedIncomePence: parseMoney(line.income) ?? Number.NaN,
  }));
}

/**
 * The API's messages name fields by path ("commissioners[0].expectedIncomePence must not be negative");
 * say the same in words ("Expected NHS income from commissioner 1 must not be negative").
 */
export function inWords(message: string): string {
  const sentence = message
    .replace(
      /commissioners\[(\d+)\]\.expectedIncomePence/g,
      (_, i) => `expected NHS income from commissioner ${+i + 1}`,
    )
    .replace(/commissioners\[(\d+)\]\.commissionerId/g, (_, i) => `commissioner ${+i + 1}`)
    .replace(/commissioners\[(\d+)\]/g, (_, i) => `commissioner ${+i + 1}`)
    .replace(/\bproviderId\b/g, 'the provider')
    .replace(/\bcontractYear\b/g, 'the contract year');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Server problems in words; a problem with a line's `coordinating` belongs with the lines as a whole. */
export function problemsInWords(problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.map((problem) => ({
    path: /^commissioners\[\d+\]\.coordinating$/.test(problem.path) ? LINES_FIELD : problem.path,
    messages: problem.messages.map(inWords),
  }));
}
