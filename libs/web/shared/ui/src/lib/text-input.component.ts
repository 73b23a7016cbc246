import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { describedBy } from './described-by';

export type TextInputType = 'text' | 'email' | 'password' | 'tel' | 'search';
export type TextInputWidth = 'full' | 30 | 20 | 10 | 5 | 4 | 3 | 2;

/**
 * An NHS.UK text input with its label, hint and error message, wired together with
 * `aria-describedby` and `aria-invalid` so assistive technology reads them with the field.
 */
@Component({
  selector: 'wres-text-input',
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
      <input
        [class]="inputClasses()"
        [id]="fieldId()"
        [name]="name() ?? fieldId()"
        [type]="type()"
        [value]="value()"
        [attr.autocomplete]="autocomplete()"
        [attr.spellcheck]="type() === 'email' || type() === 'password' ? 'false' : null"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="error() ? 'true' : null"
        (input)="onInput($event)"
      />
    </div>
  `,
})
export class TextInputComponent {
  /** The input's id; error summary links and the label point at it. */
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly name = input<string | null>(null);
  readonly type = input<TextInputType>('text');
  readonly hint = input<string | null>(null);
  readonly error = input<string | null | undefined>(null);
  readonly autocomplete = input<string | null>(null);
  readonly width = input<TextInputWidth>('full');
  readonly value = model('');

  protected readonly describedBy = computed(() => describedBy(this.fieldId(), this.hint(), this.error()));

  protected readonly inputClasses = computed(() =>
    [
      'nhsuk-input',
      this.width() === 'full' ? null : `nhsuk-input--width-${this.width()}`,
      this.error() ? 'nhsuk-input--error' : null,
    ]
      .filter(Boolean)
      .join(' '),
  );

  protected onInput(event: Event): void {
    this.value.set((event.target as HTMLInputElement).value);
  }
}
