/** A field's `aria-describedby`: its hint and error message, by the ids the NHS.UK components give them. */
export function describedBy(fieldId: string, hint: unknown, error: unknown): string | null {
  const ids = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(
    (id): id is string => id !== null,
  );
  return ids.length > 0 ? ids.join(' ') : null;
}
