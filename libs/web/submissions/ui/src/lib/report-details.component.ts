import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SubmissionDetails } from '@wres/shared/contracts';
import { formatCalendarDate } from '@wres/web/shared/ui';

const NOT_GIVEN = 'Not given';

/** The template's front page: where the report and action plan are published, who signed it off, who leads. */
@Component({
  selector: 'wres-report-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>Report details</h2>
    <dl class="nhsuk-summary-list">
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Published report</dt>
        <dd class="nhsuk-summary-list__value">
          @if (details().publishedReportUrl; as url) {
            <a class="wres-url" [href]="url">{{ url }}</a>
          } @else {
            {{ notGiven }}
          }
        </dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Action plan</dt>
        <dd class="nhsuk-summary-list__value">
          @if (details().actionPlanUrl; as url) {
            <a class="wres-url" [href]="url">{{ url }}</a>
          } @else {
            {{ notGiven }}
          }
        </dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Signed off on behalf of the board</dt>
        <dd class="nhsuk-summary-list__value">{{ signOff() }}</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Lead manager compiling the report</dt>
        <dd class="nhsuk-summary-list__value">{{ lead() }}</dd>
      </div>
      @if (details().accuracyDeclaration !== undefined) {
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">Accuracy declaration</dt>
          <dd class="nhsuk-summary-list__value">
            {{
              details().accuracyDeclaration
                ? 'The provider declared the information accurate'
                : 'The provider did not declare the information accurate'
            }}
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .wres-url {
      overflow-wrap: anywhere;
    }
    @media print {
      /* The link text is already the address. */
      .wres-url::after {
        content: none;
      }
    }
  `,
})
export class ReportDetailsComponent {
  readonly details = input.required<SubmissionDetails>();
  protected readonly notGiven = NOT_GIVEN;

  /** "Angela Hillery, Chief Executive, on 30 July 2019". */
  protected readonly signOff = computed(() => {
    const signOff = this.details().boardSignOff;
    const who = [signOff?.name, signOff?.role].filter((part) => !!part).join(', ');
    const when = signOff?.date ? `on ${formatCalendarDate(signOff.date)}` : '';
    return [who, when].filter((part) => !!part).join(', ') || NOT_GIVEN;
  });

  protected readonly lead = computed(() => {
    const lead = this.details().lead;
    const parts = [lead?.name, lead?.contact].filter((part) => !!part);
    return parts.join(', ') || NOT_GIVEN;
  });
}
