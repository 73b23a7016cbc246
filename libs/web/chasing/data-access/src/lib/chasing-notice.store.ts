import { Injectable, signal } from '@angular/core';

/** A confirmation to show once on the next page, e.g. "Interim report sent" after the answer form. */
export interface ChasingNotice {
  heading: string;
  lines: string[];
}

/** Carries a notice across one navigation; the page that shows it takes it, so a reload does not repeat it. */
@Injectable({ providedIn: 'root' })
export class ChasingNoticeStore {
  private readonly pending = signal<ChasingNotice | null>(null);

  set(notice: ChasingNotice): void {
    this.pending.set(notice);
  }

  take(): ChasingNotice | null {
    const notice = this.pending();
    this.pending.set(null);
    return notice;
  }
}
