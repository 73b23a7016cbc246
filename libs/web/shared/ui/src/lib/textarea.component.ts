import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { describedBy } from './described-by';

/** An NHS.UK textarea with its label, hint and error message tied to it for assistive technology. */
@Component({
  selector: 'wres-textarea',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!error()">
      <label class="nhsuk-label" [class.nhsuk-label--s]="boldLabel()" [for]="fieldId()">{{ label() }}</label>
      @if (hint()) {
        <div class="nhsuk-hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
      }
      @if (error()) {
        <span class="nhsuk-error-message" [id]="fieldId() + '-error'">
          <span class="nhsuk-u-visually-hidden">Error: </span>{{ error() }}
        </span>
      }
      <textarea
        class="nhsuk-textarea"
        [class.nhsuk-textarea--error]="!!error()"
        [id]="fieldId()"
        [name]="fieldId()"
        [rows]="rows()"
        [value]="value()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="error() ? 'true' : null"
        (input)="onInput($event)"
      ></textarea>
    </div>
  `,
})
export class TextareaComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly boldLabel = input(false);
  readonly hint = input<string | null>(null);
  readonly error = input<string | null | undefined>(null);
  readonly rows = input(5);
  readonly value = model('');

  protected readonly describedBy = computed(() => describedBy(this.fieldId(), this.hint(), this.error()));

  protected onInput(event: Event): void {
    this.value.set((event.target as HTMLTextAreaElement).value);
  }
}
