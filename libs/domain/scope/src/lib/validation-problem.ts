/**
 * One thing wrong with an input, by field path (`clauses[1].appliesTo[0]`), so an API can answer 400 with
 * every problem at once and a form can show each beside its field.
 */
export interface ValidationProblem {
  path: string;
  message: string;
}

/** Joins a parent path and a child key the way our field paths read: `a.b`, `a[0]`. */
export function fieldPath(parent: string, child: string | number): string {
  if (typeof child === 'number') return `${parent}[${child}]`;
  return parent === '' ? child : `${parent}.${child}`;
}
