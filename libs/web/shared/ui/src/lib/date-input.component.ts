import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { describedBy } from './described-by';

/**
 * The NHS.UK date input: day, month and year in a fieldset whose legend asks the question. The day's id is
 * `fieldId`, so an error summary link to the field lands on its first box.
 */
@Component({
  selector: 'wres-date-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!error()">
      <fieldset class="nhsuk-fieldset" role="group" [attr.aria-describedby]="describedBy()">
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{{ legend() }}</legend>
        @if (hint()) {
          <div class="nhsuk-hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
        }
        @if (error()) {
          <span class="nhsuk-error-message" [id]="fieldId() + '-error'">
            <span class="nhsuk-u-visually-hidden">Error: </span>{{ error() }}
          </span>
        }
        <div class="nhsuk-date-input">
          <div class="nhsuk-date-input__item">
            <div class="nhsuk-form-group">
              <label class="nhsuk-label nhsuk-date-input__label" [for]="fieldId()">Day</label>
              <input
                [class]="inputClasses(2)"
                [id]="fieldId()"
                [name]="fieldId() + '-day'"
                type="text"
                inputmode="numeric"
                [value]="day()"
                [attr.aria-invalid]="error() ? 'true' : null"
                (input)="day.set(valueOf($event))"
              />
            </div>
          </div>
          <div class="nhsuk-date-input__item">
            <div class="nhsuk-form-group">
              <label class="nhsuk-label nhsuk-date-input__label" [for]="fieldId() + '-month'">Month</label>
              <input
                [class]="inputClasses(2)"
                [id]="fieldId() + '-month'"
                [name]="fieldId() + '-month'"
                type="text"
                inputmode="numeric"
                [value]="month()"
                [attr.aria-invalid]="error() ? 'true' : null"
                (input)="month.set(valueOf($event))"
              />
            </div>
          </div>
          <div class="nhsuk-date-input__item">
            <div class="nhsuk-form-group">
              <label class="nhsuk-label nhsuk-date-input__label" [for]="fieldId() + '-year'">Year</label>
              <input
                [class]="inputClasses(4)"
                [id]="fieldId() + '-year'"
                [name]="fieldId() + '-year'"
                type="text"
                inputmode="numeric"
                [value]="year()"
                [attr.aria-invalid]="error() ? 'true' : null"
                (input)="year.set(valueOf($event))"
              />
            </div>
          </div>
        </div>
      </fieldset>
    </div>
  `,
})
export class DateInputComponent {
  readonly fieldId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null | undefined>(null);
  readonly day = model('');
  readonly month = model('');
  readonly year = model('');

  protected readonly describedBy = computed(() => describedBy(this.fieldId(), this.hint(), this.error()));

  protected inputClasses(width: 2 | 4): string {
    return [
      'nhsuk-input',
      'nhsuk-date-input__input',
      `nhsuk-input--width-${width}`,
      this.error() ? 'nhsuk-input--error' : null,
    ]
      .filter(Boolean)
      .join(' ');
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
