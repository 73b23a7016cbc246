/** One problem with a request, by field path, e.g. `contracts[0].incomePence`. */
export interface FieldProblem {
  path: string;
  messages: string[];
}

/** The body of every 400 answer: every problem, not just the first. */
export interface ValidationErrorBody {
  statusCode: 400;
  error: 'Bad Request';
  message: string;
  problems: FieldProblem[];
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}
