/** One problem with a submission, addressed by field path, e.g. `indicator2.bme.appointed`. */
export interface ValidationProblem {
  readonly path: string;
  readonly message: string;
}

export interface ValidationReport {
  /** True when there are no errors; warnings never block a submission. */
  readonly valid: boolean;
  readonly errors: readonly ValidationProblem[];
  readonly warnings: readonly ValidationProblem[];
}
