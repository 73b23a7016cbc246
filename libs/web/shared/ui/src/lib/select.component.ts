import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { describedBy } from './described-by';

export interface SelectOption {
  value: string;
  text: string;
}

/** An NHS.UK select with label, hint and error message wired up like the text input. */
@Component({
  selector: 'wres-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!error()">
      <label class="nhsuk-label" [for]="fieldId()">{{ label() }}</label>
      @if (hint()) {
        <div class="nhsuk-hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
      }
      @if (error()) {
        <span class="nhsuk-error-message" [id]="fieldId() + '-error'">
          <span class="nhsuk-u-visually-hidden">Error: </span>{{ error() }}
        </span>
      }
      <select
        class="nhsuk-select"
        [class.nhsuk-select--error]="!!error()"
        [id]="fieldId()"
        [name]="name() ?? fieldId()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="error() ? 'true' : null"
        (change)="onChange($event)"
      >
        @if (placeholder()) {
          <option value="" [selected]="value() === ''">{{ placeholder() }}</option>
        }
        @for (option of options(); track option.value) {
          <option [value]="option.value" [selected]="option.value === value()">{{ option.text }}</option>
        }
      </select>
    </div>
  `,
})
export class SelectComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly name = input<string | null>(null);
  readonly options = input.required<readonly SelectOption[]>();
  /** Text of an empty first option, so nothing is chosen for the user by default. */
  readonly placeholder = input<string | null>(null);
  readonly hint = input<string | null>(null);
  readonly error = input<string | null | undefined>(null);
  readonly value = model('');

  protected readonly describedBy = computed(() => describedBy(this.fieldId(), this.hint(), this.error()));

  protected onChange(event: Event): void {
    this.value.set((event.target as HTMLSelectElement).value);
  }
}
