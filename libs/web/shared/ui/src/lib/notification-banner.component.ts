import { ChangeDetectionStrategy, Component, input } from '@angular/core';

let nextId = 0;

/**
 * The NHS.UK notification banner. A success banner confirms something the user just did, so it is an alert
 * (announced at once); an important one is a landmark region. Content goes between the tags.
 */
@Component({
  selector: 'wres-notification-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="nhsuk-notification-banner"
      [class.nhsuk-notification-banner--success]="variant() === 'success'"
      [attr.role]="variant() === 'success' ? 'alert' : 'region'"
      [attr.aria-labelledby]="titleId"
    >
      <div class="nhsuk-notification-banner__header">
        <h2 class="nhsuk-notification-banner__title" [id]="titleId">
          {{ title() ?? (variant() === 'success' ? 'Success' : 'Important') }}
        </h2>
      </div>
      <div class="nhsuk-notification-banner__content">
        @if (heading()) {
          <h3 class="nhsuk-notification-banner__heading">{{ heading() }}</h3>
        }
        <ng-content />
      </div>
    </div>
  `,
})
export class NotificationBannerComponent {
  readonly variant = input<'success' | 'important'>('important');
  readonly title = input<string | null>(null);
  readonly heading = input<string | null>(null);
  protected readonly titleId = `notification-banner-title-${++nextId}`;
}
