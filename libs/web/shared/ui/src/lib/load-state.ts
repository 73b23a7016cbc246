import { HttpErrorResponse } from '@angular/common/http';
import { Observable, OperatorFunction, catchError, map, of, startWith } from 'rxjs';

/** What a page knows about something it fetches, for templates to switch on. */
export type LoadState<T> =
  { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'not-found' } | { status: 'failed' };

/** Turns a request into load states: loading, then the value, "not found" on 404, or failed. */
export function toLoadState<T>(): OperatorFunction<T, LoadState<T>> {
  return (source: Observable<T>) =>
    source.pipe(
      map((value): LoadState<T> => ({ status: 'loaded', value })),
      catchError((error: unknown) =>
        of<LoadState<T>>(
          error instanceof HttpErrorResponse && error.status === 404
            ? { status: 'not-found' }
            : { status: 'failed' },
        ),
      ),
      startWith<LoadState<T>>({ status: 'loading' }),
    );
}
