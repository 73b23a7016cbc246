/**
 * Moves keyboard focus to an element that is not normally focusable (a heading, `main`, an error
 * summary), the way NHS.UK frontend does: a temporary tabindex that is removed again on blur.
 */
export function focusProgrammatically(element: HTMLElement, options: FocusOptions = {}): void {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus(options);
}

/**
 * Focuses the form control with this id and scrolls its label (or legend) into view, so the
 * question stays visible above the field. Returns false when there is no such element.
 */
export function focusField(document: Document, fieldId: string): boolean {
  const field = document.getElementById(fieldId);
  if (!field) return false;
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector<HTMLElement>(`label[for="${CSS.escape(fieldId)}"]`) ?? legend;
  field.focus({ preventScroll: true });
  (label ?? field).scrollIntoView({ block: 'start' });
  return true;
}
