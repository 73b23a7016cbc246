import { HttpClient, HttpEvent, HttpEventType } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ContractImportErrorBody,
  ContractImportPreview,
  ContractImportResult,
} from '@wres/shared/contracts';
import { Observable, filter, map } from 'rxjs';

const BASE = '/api/v1/contracts/import';

/** The multipart form field the spreadsheet goes in. */
export const CONTRACT_IMPORT_FILE_FIELD = 'file';

/** Where an upload has got to: sending (percent of the file sent), then the answer. */
export type UploadState<T> = { status: 'uploading'; percent: number } | { status: 'done'; value: T };

/** A commissioner's contract list (.csv or .xlsx), checked and then imported by the API. */
@Injectable({ providedIn: 'root' })
export class ContractImportApi {
  private readonly http = inject(HttpClient);

  /** What importing the file would do, and every problem by line and column; writes nothing. */
  preview(file: File): Observable<UploadState<ContractImportPreview>> {
    return this.upload<ContractImportPreview>(`${BASE}/preview`, file);
  }

  /** Imports the whole file in one go; a 400 lists each row problem (`rowProblems`) and nothing is written. */
  import(file: File): Observable<UploadState<ContractImportResult>> {
    return this.upload<ContractImportResult>(BASE, file);
  }

  private upload<T>(url: string, file: File): Observable<UploadState<T>> {
    return uploadWithProgress<T>(this.http, url, file, CONTRACT_IMPORT_FILE_FIELD);
  }
}

/** Posts one file as a multipart form, reporting the percentage sent and then the answer. */
export function uploadWithProgress<T>(
  http: HttpClient,
  url: string,
  file: File,
  field: string,
): Observable<UploadState<T>> {
  const form = new FormData();
  form.append(field, file, file.name);
  return http.post<T>(url, form, { reportProgress: true, observe: 'events' }).pipe(
    map((event: HttpEvent<T>): UploadState<T> | null => {
      if (event.type === HttpEventType.UploadProgress) {
        const total = event.total ?? file.size;
        return { status: 'uploading', percent: total > 0 ? Math.round((100 * event.loaded) / total) : 0 };
      }
      if (event.type === HttpEventType.Response) return { status: 'done', value: event.body as T };
      return null;
    }),
    filter((state): state is UploadState<T> => state !== null),
  );
}

/** A refused import's body, with each row problem by line and column. */
export function isContractImportErrorBody(body: unknown): body is ContractImportErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as { rowProblems?: unknown }).rowProblems) &&
    Array.isArray((body as { problems?: unknown }).problems)
  );
}
