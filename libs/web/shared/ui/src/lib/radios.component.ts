import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { describedBy } from './described-by';

export interface RadioOption {
  value: string;
  text: string;
  hint?: string;
}

/**
 * NHS.UK radios in a fieldset whose legend asks the question. The first radio's id is `fieldId`, so an error
 * summary link to the field lands on it; the others are `fieldId-2`, `fieldId-3`, ...
 */
@Component({
  selector: 'wres-radios',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!error()">
      <fieldset class="nhsuk-fieldset" [attr.aria-describedby]="describedBy()">
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{{ legend() }}</legend>
        @if (hint()) {
          <div class="nhsuk-hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
        }
        @if (error()) {
          <span class="nhsuk-error-message" [id]="fieldId() + '-error'">
            <span class="nhsuk-u-visually-hidden">Error: </span>{{ error() }}
          </span>
        }
        <div class="nhsuk-radios" [class.nhsuk-radios--inline]="inline()">
          @for (option of options(); track option.value; let index = $index) {
            @let id = index === 0 ? fieldId() : fieldId() + '-' + (index + 1);
            <div class="nhsuk-radios__item">
              <input
                class="nhsuk-radios__input"
                type="radio"
                [id]="id"
                [name]="name() ?? fieldId()"
                [value]="option.value"
                [checked]="option.value === value()"
                [attr.aria-describedby]="option.hint ? id + '-item-hint' : null"
                (change)="value.set(option.value)"
              />
              <label class="nhsuk-label nhsuk-radios__label" [for]="id">{{ option.text }}</label>
              @if (option.hint) {
                <div class="nhsuk-hint nhsuk-radios__hint" [id]="id + '-item-hint'">{{ option.hint }}</div>
              }
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class RadiosComponent {
  readonly fieldId = input.required<string>();
  readonly legend = input.required<string>();
  readonly name = input<string | null>(null);
  readonly options = input.required<readonly RadioOption[]>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null | undefined>(null);
  readonly inline = input(false);
  readonly value = model('');

  protected readonly describedBy = computed(() => describedBy(this.fieldId(), this.hint(), this.error()));
}
