/**
 * The `aria-describedby` of a form field: its hint and its error message, by the ids the NHS.UK
 * components give them (`<fieldId>-hint`, `<fieldId>-error`), or null when it has neither.
 */
export function describedBy(fieldId: string, hint: unknown, error: unknown): string | null {
  const ids = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(
    (id): id is string => id !== null,
  );
  return ids.length > 0 ? ids.join(' ') : null;
}
