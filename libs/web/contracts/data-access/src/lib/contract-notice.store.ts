import { Injectable, signal } from '@angular/core';

/** A confirmation to show once on the next page, e.g. "Contract recorded" after the form sends the user on. */
export interface ContractNotice {
  heading: string;
  /** Further lines, e.g. which obligations now apply or no longer apply. */
  lines: string[];
}

/** Carries a notice across one navigation; the page that shows it takes it, so a reload does not repeat it. */
@Injectable({ providedIn: 'root' })
export class ContractNoticeStore {
  private readonly pending = signal<ContractNotice | null>(null);

  set(notice: ContractNotice): void {
    this.pending.set(notice);
  }

  take(): ContractNotice | null {
    const notice = this.pending();
    this.pending.set(null);
    return notice;
  }
}
