import type { InterimRequest, InterimRequestAnswer } from '@wres/shared/contracts';
import type { FieldErrors } from '@wres/web/shared/ui';
import type { Tag } from './chasing-text.model';

export const PROGRESS_FIELD = 'progress';
export const FIGURES_FIELD = 'updatedFigures';
export const ANSWER_FIELD_ORDER = [PROGRESS_FIELD, FIGURES_FIELD] as const;
/** As the API allows. */
export const MAX_ANSWER = 5_000;

export interface InterimAnswerInput {
  progress: string;
  updatedFigures: string;
}

export function validateAnswer(input: InterimAnswerInput): FieldErrors {
  const errors: FieldErrors = {};
  const progress = input.progress.trim();
  const tooLong = (what: string) =>
    `${what} must be ${MAX_ANSWER.toLocaleString('en-GB')} characters or fewer`;
  if (!progress) errors[PROGRESS_FIELD] = 'Enter the progress you have made on your actions';
  else if (progress.length > MAX_ANSWER) errors[PROGRESS_FIELD] = tooLong('Progress');
  if (input.updatedFigures.trim().length > MAX_ANSWER) errors[FIGURES_FIELD] = tooLong('Updated figures');
  return errors;
}

/** The short interim report to send: trimmed, with the figures left out when there are none. */
export function toAnswer(input: InterimAnswerInput): InterimRequestAnswer {
  const figures = input.updatedFigures.trim();
  return { progress: input.progress.trim(), ...(figures ? { updatedFigures: figures } : {}) };
}

/** Where a request stands, in words. */
export function interimRequestTag(request: Pick<InterimRequest, 'status' | 'overdue'>): Tag {
  if (request.status === 'answered') return { text: 'Answered', colour: 'green' };
  return request.overdue ? { text: 'Overdue', colour: 'red' } : { text: 'To answer', colour: 'blue' };
}

/** Unanswered first, earliest due first; then answered, most recent first. */
export function sortForProvider(requests: readonly InterimRequest[]): InterimRequest[] {
  return [...requests].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'requested' ? -1 : 1;
    if (a.status === 'requested') return a.dueDate.localeCompare(b.dueDate);
    return (b.answeredAt ?? '').localeCompare(a.answeredAt ?? '');
  });
}
