import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { InterimRequest } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { ChasingApi } from '@wres/web/chasing/data-access';
import {
  LoadState,
  Notice,
  NoticeStore,
  NotificationBannerComponent,
  ServiceProblemComponent,
  TagComponent,
  toLoadState,
} from '@wres/web/shared/ui';
import { map } from 'rxjs';
import { formatDate, formatDateTime } from './chasing-text.model';
import { interimRequestTag, sortForProvider } from './interim-answer.model';

/** `/interim-requests`: the interim reports commissioners have asked the user's organisation for. */
@Component({
  selector: 'wres-interim-requests-page',
  imports: [NotificationBannerComponent, RouterLink, ServiceProblemComponent, TagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notice(); as done) {
      <wres-notification-banner variant="success" [heading]="done.heading">
        @for (line of done.lines; track $index) {
          <p class="nhsuk-body">{{ line }}</p>
        }
      </wres-notification-banner>
    }
    <h1>
      <span class="nhsuk-caption-l">{{ organisation() }}</span>
      Interim reports
    </h1>
    <p>
      Your co-ordinating commissioner may ask for a short interim report on the progress of your WRES action
      plan during the year. Answer each request by its due date: tell them how your actions are going and, if
      you have them, any updated figures.
    </p>
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading interim-report requests</p>
      }
      @case ('loaded') {
        @if (current.value.length === 0) {
          <p>No commissioner has asked you for an interim report.</p>
        } @else {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Interim-report requests, those still to answer first
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Asked by</th>
                <th class="nhsuk-table__header" scope="col">What they asked</th>
                <th class="nhsuk-table__header" scope="col">Due</th>
                <th class="nhsuk-table__header" scope="col">Status</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (request of current.value; track request.id) {
                @let tag = statusTag(request);
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">
                    {{ request.commissioner.name }}
                    <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0"
                      >{{ request.contractYear }}, asked {{ dateTime(request.requestedAt) }}</span
                    >
                  </td>
                  <td class="nhsuk-table__cell app-interim-message">{{ request.message }}</td>
                  <td class="nhsuk-table__cell nhsuk-u-nowrap">{{ date(request.dueDate) }}</td>
                  <td class="nhsuk-table__cell">
                    <wres-tag [text]="tag.text" [colour]="tag.colour" />
                    @if (request.status === 'requested') {
                      <a
                        class="nhsuk-u-display-block nhsuk-u-margin-top-2"
                        [routerLink]="['/interim-requests', request.id, 'answer']"
                        >Answer<span class="nhsuk-u-visually-hidden">
                          {{ request.commissioner.name }}’s request due {{ date(request.dueDate) }}</span
                        ></a
                      >
                    } @else if (request.answeredAt) {
                      <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0"
                        >on {{ dateTime(request.answeredAt) }}</span
                      >
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
      @default {
        <wres-service-problem />
      }
    }
  `,
  styles: `
    .app-interim-message {
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
  `,
})
export class InterimRequestsPage {
  private readonly session = inject(SessionStore);

  protected readonly organisation = () => this.session.me()?.organisation.name ?? '';
  protected readonly notice = signal<Notice | null>(inject(NoticeStore).take());

  protected readonly state = toSignal(
    inject(ChasingApi).interimRequests().pipe(map(sortForProvider), toLoadState<InterimRequest[]>()),
    { initialValue: { status: 'loading' } as LoadState<InterimRequest[]> },
  );

  protected readonly statusTag = interimRequestTag;
  protected readonly date = formatDate;
  protected readonly dateTime = formatDateTime;
}
