import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  RuleSetDefinition,
  RuleSetPreview,
  RuleSetRecord,
  RuleSetSaveResult,
} from '@wres/shared/contracts';
import type { Observable } from 'rxjs';

const BASE = '/api/v1/rule-sets';

/** "2016/17" → "2016-17": a slash cannot sit in a path segment. */
function yearPath(contractYear: string): string {
  return encodeURIComponent(contractYear.replace('/', '-'));
}

/** Each contract year's scope rules: reading needs rule-sets:read, previewing and saving rule-sets:manage. */
@Injectable({ providedIn: 'root' })
export class RuleSetsApi {
  private readonly http = inject(HttpClient);

  /** Every contract year's rules, shipped or as an admin saved them. */
  list(): Observable<RuleSetRecord[]> {
    return this.http.get<RuleSetRecord[]>(BASE);
  }

  /** One year's rules ("2016/17") and who last saved them. */
  get(contractYear: string): Observable<RuleSetRecord> {
    return this.http.get<RuleSetRecord>(`${BASE}/${yearPath(contractYear)}`);
  }

  /** Which providers' obligations the edited rules would change, or the problems with them; stores nothing. */
  preview(ruleSet: RuleSetDefinition): Observable<RuleSetPreview> {
    return this.http.post<RuleSetPreview>(`${BASE}/${yearPath(ruleSet.contractYear)}/preview`, ruleSet);
  }

  /** Saves the rules and re-decides the providers they change; a 400 lists every problem by path. */
  save(ruleSet: RuleSetDefinition): Observable<RuleSetSaveResult> {
    return this.http.put<RuleSetSaveResult>(`${BASE}/${yearPath(ruleSet.contractYear)}`, ruleSet);
  }
}
