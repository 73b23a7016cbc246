import { Signal, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';

const ERROR_PREFIX = 'Error: ';

/**
 * Prefixes the document title with "Error: " while a form has problems, so screen reader users
 * hear it as soon as the page is announced. Call from a component constructor or field initialiser.
 */
export function errorPrefixedTitle(hasErrors: Signal<boolean>): void {
  const title = inject(Title);
  effect(() => {
    const withoutPrefix = title.getTitle().replace(/^Error: /, '');
    title.setTitle(hasErrors() ? ERROR_PREFIX + withoutPrefix : withoutPrefix);
  });
}

export const SERVICE_NAME = 'WRES assurance portal';

/** "Sign in" → "Sign in – WRES assurance portal". */
export function formatPageTitle(pageTitle: string | null | undefined): string {
  return pageTitle ? `${pageTitle} – ${SERVICE_NAME}` : SERVICE_NAME;
}
