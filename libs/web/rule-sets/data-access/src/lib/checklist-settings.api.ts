import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChecklistSettings, ChecklistSettingsForYear } from '@wres/shared/contracts';
import type { Observable } from 'rxjs';

const BASE = '/api/v1/checklist-settings';

/** "2016/17" → "2016-17": a slash cannot sit in a path segment. */
function yearPath(contractYear: string): string {
  return encodeURIComponent(contractYear.replace('/', '-'));
}

/**
 * Each contract year's assurance checklist settings. They sit with the year's scope rules, so reading needs
 * rule-sets:read and saving rule-sets:manage.
 */
@Injectable({ providedIn: 'root' })
export class ChecklistSettingsApi {
  private readonly http = inject(HttpClient);

  /** One year's settings ("2016/17"): its own where an admin set them, else the defaults. */
  get(contractYear: string): Observable<ChecklistSettingsForYear> {
    return this.http.get<ChecklistSettingsForYear>(`${BASE}/${yearPath(contractYear)}`);
  }

  /** Saves the year's own settings, complete; a 400 lists every problem by path (`settings.…`). */
  save(contractYear: string, settings: ChecklistSettings): Observable<ChecklistSettingsForYear> {
    return this.http.put<ChecklistSettingsForYear>(`${BASE}/${yearPath(contractYear)}`, { settings });
  }
}
