import { Injectable, signal } from '@angular/core';

/** A confirmation to show once on the next page, e.g. "Action added" on the plan after the form. */
export interface Notice {
  readonly heading: string;
  /** Further lines, e.g. which obligations now apply or no longer apply. */
  readonly lines: readonly string[];
}

/**
 * Carries a notice across one navigation; the page that shows it takes it, so a reload does not repeat it.
 * One for the app: a form sets it just before it navigates, and the page it navigates to takes it.
 */
@Injectable({ providedIn: 'root' })
export class NoticeStore {
  private readonly pending = signal<Notice | null>(null);

  set(notice: Notice): void {
    this.pending.set(notice);
  }

  take(): Notice | null {
    const notice = this.pending();
    this.pending.set(null);
    return notice;
  }
}
