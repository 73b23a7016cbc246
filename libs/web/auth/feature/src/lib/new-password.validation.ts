import { PASSWORD_MIN_LENGTH } from '@wres/shared/contracts';
import type { FieldErrors } from '@wres/web/shared/ui';

/** Field ids on the pages where someone chooses a password; `password` matches the API's path. */
export const NEW_PASSWORD_FIELDS = ['password', 'confirmPassword'] as const;

export const NEW_PASSWORD_HINT = `Must be ${PASSWORD_MIN_LENGTH} characters or more. A few unrelated words make a strong password that is easy to remember.`;

/** Length only: no composition rules, following NCSC password guidance. */
export function validateNewPassword(password: string, confirmPassword: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!password) errors['password'] = 'Enter a password';
  else if (password.length < PASSWORD_MIN_LENGTH) {
    errors['password'] = `Password must be ${PASSWORD_MIN_LENGTH} characters or more`;
  }
  if (!confirmPassword) errors['confirmPassword'] = 'Confirm your password';
  else if (password && confirmPassword !== password) errors['confirmPassword'] = 'The passwords do not match';
  return errors;
}
