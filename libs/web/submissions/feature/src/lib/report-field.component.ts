import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import {
  CHECKED,
  datePartId,
  datePartKey,
  type DatePart,
  type FormField,
  type FormValues,
} from './section-form.model';

/** A change to one value of a section form, by its key (a field id, or a date part's key). */
export interface FieldChange {
  readonly key: string;
  readonly value: string;
}

const DATE_PARTS: ReadonlyArray<{ part: DatePart; label: string; width: number }> = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/**
 * One field of a report section as the NHS.UK design system draws it: a numeric text input for counts
 * (`inputmode="numeric"`, never `type="number"`, which mangles what people type), a textarea, a date in
 * three parts, a checkbox (whose conditional content goes between the tags) or radios. Label, hint and
 * error are tied to the control with `aria-describedby`.
 */
@Component({
  selector: 'wres-report-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = field();
    @switch (f.kind) {
      @case ('date') {
        <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!error()">
          <fieldset class="nhsuk-fieldset" role="group" [attr.aria-describedby]="describedBy()">
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{{ f.label }}</legend>
            @if (f.hint) {
              <div class="nhsuk-hint" [id]="f.id + '-hint'">{{ f.hint }}</div>
            }
            @if (error()) {
              <span class="nhsuk-error-message" [id]="f.id + '-error'">
                <span class="nhsuk-u-visually-hidden">Error: </span>{{ error() }}
              </span>
            }
            <div class="nhsuk-date-input">
              @for (item of dateParts; track item.part) {
                <div class="nhsuk-date-input__item">
                  <div class="nhsuk-form-group">
                    <label class="nhsuk-label nhsuk-date-input__label" [for]="partId(item.part)">{{
                      item.label
                    }}</label>
                    <input
                      type="text"
                      inputmode="numeric"
                      [class]="inputClasses(item.width) + ' nhsuk-date-input__input'"
                      [id]="partId(item.part)"
                      [name]="partId(item.part)"
                      [value]="values()[partKey(item.part)] ?? ''"
                      [attr.aria-invalid]="error() ? 'true' : null"
                      (input)="changed(partKey(item.part), $event)"
                    />
                  </div>
                </div>
              }
            </div>
          </fieldset>
        </div>
      }
      @case ('checkbox') {
        <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!error()">
          @if (error()) {
            <span class="nhsuk-error-message" [id]="f.id + '-error'">
              <span class="nhsuk-u-visually-hidden">Error: </span>{{ error() }}
            </span>
          }
          <div class="nhsuk-checkboxes">
            <div class="nhsuk-checkboxes__item">
              <input
                class="nhsuk-checkboxes__input"
                type="checkbox"
                [id]="f.id"
                [name]="f.id"
                [value]="checked"
                [checked]="values()[f.id] === checked"
                [attr.aria-describedby]="describedBy()"
                [attr.aria-controls]="conditional() ? f.id + '-conditional' : null"
                [attr.aria-expanded]="conditional() ? values()[f.id] === checked : null"
                (change)="toggled($event)"
              />
              <label class="nhsuk-label nhsuk-checkboxes__label" [for]="f.id">{{ f.label }}</label>
              @if (f.hint) {
                <div class="nhsuk-hint nhsuk-checkboxes__hint" [id]="f.id + '-hint'">{{ f.hint }}</div>
              }
            </div>
            @if (conditional()) {
              <div
                class="nhsuk-checkboxes__conditional"
                [class.nhsuk-checkboxes__conditional--hidden]="values()[f.id] !== checked"
                [style.display]="values()[f.id] === checked ? null : 'none'"
                [id]="f.id + '-conditional'"
              >
                <ng-content />
              </div>
            }
          </div>
        </div>
      }
      @case ('choice') {
        <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!error()">
          <fieldset class="nhsuk-fieldset" [attr.aria-describedby]="describedBy()">
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{{ f.label }}</legend>
            @if (f.hint) {
              <div class="nhsuk-hint" [id]="f.id + '-hint'">{{ f.hint }}</div>
            }
            @if (error()) {
              <span class="nhsuk-error-message" [id]="f.id + '-error'">
                <span class="nhsuk-u-visually-hidden">Error: </span>{{ error() }}
              </span>
            }
            <div class="nhsuk-radios">
              @for (option of f.options ?? []; track option.value; let index = $index) {
                @let id = index === 0 ? f.id : f.id + '-' + (index + 1);
                <div class="nhsuk-radios__item">
                  <input
                    class="nhsuk-radios__input"
                    type="radio"
                    [id]="id"
                    [name]="f.id"
                    [value]="option.value"
                    [checked]="values()[f.id] === option.value"
                    (change)="valueChange.emit({ key: f.id, value: option.value })"
                  />
                  <label class="nhsuk-label nhsuk-radios__label" [for]="id">{{ option.text }}</label>
                </div>
              }
            </div>
          </fieldset>
        </div>
      }
      @case ('textarea') {
        <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!error()">
          <label class="nhsuk-label" [class.nhsuk-label--s]="boldLabel()" [for]="f.id">{{ f.label }}</label>
          @if (f.hint) {
            <div class="nhsuk-hint" [id]="f.id + '-hint'">{{ f.hint }}</div>
          }
          @if (error()) {
            <span class="nhsuk-error-message" [id]="f.id + '-error'">
              <span class="nhsuk-u-visually-hidden">Error: </span>{{ error() }}
            </span>
          }
          <textarea
            class="nhsuk-textarea"
            [class.nhsuk-textarea--error]="!!error()"
            rows="5"
            [id]="f.id"
            [name]="f.id"
            [value]="values()[f.id] ?? ''"
            [attr.aria-describedby]="describedBy()"
            [attr.aria-invalid]="error() ? 'true' : null"
            (input)="changed(f.id, $event)"
          ></textarea>
        </div>
      }
      @default {
        <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!error()">
          <label class="nhsuk-label" [for]="f.id">{{ f.label }}</label>
          @if (f.hint) {
            <div class="nhsuk-hint" [id]="f.id + '-hint'">{{ f.hint }}</div>
          }
          @if (error()) {
            <span class="nhsuk-error-message" [id]="f.id + '-error'">
              <span class="nhsuk-u-visually-hidden">Error: </span>{{ error() }}
            </span>
          }
          <input
            [class]="inputClasses(width())"
            [type]="f.kind === 'url' ? 'url' : 'text'"
            [attr.inputmode]="inputMode()"
            [attr.spellcheck]="f.kind === 'url' || numeric() ? 'false' : null"
            autocomplete="off"
            [id]="f.id"
            [name]="f.id"
            [value]="values()[f.id] ?? ''"
            [attr.aria-describedby]="describedBy()"
            [attr.aria-invalid]="error() ? 'true' : null"
            (input)="changed(f.id, $event)"
          />
        </div>
      }
    }
  `,
})
export class ReportFieldComponent {
  readonly field = input.required<FormField>();
  readonly values = input.required<FormValues>();
  readonly error = input<string | null | undefined>(null);
  /** A checkbox with content to reveal when ticked, such as the reason an indicator cannot be reported. */
  readonly conditional = input(false);
  readonly boldLabel = input(false);
  readonly valueChange = output<FieldChange>();

  protected readonly checked = CHECKED;
  protected readonly dateParts = DATE_PARTS;

  protected readonly numeric = computed(() => ['count', 'percent'].includes(this.field().kind));
  protected readonly inputMode = computed(() => {
    const kind = this.field().kind;
    return kind === 'count' ? 'numeric' : kind === 'percent' ? 'decimal' : null;
  });
  protected readonly width = computed(() => {
    const kind = this.field().kind;
    return kind === 'count' ? 10 : kind === 'percent' ? 5 : null;
  });

  protected readonly describedBy = computed(() => {
    const field = this.field();
    const ids = [field.hint ? `${field.id}-hint` : null, this.error() ? `${field.id}-error` : null].filter(
      (id): id is string => id !== null,
    );
    return ids.length > 0 ? ids.join(' ') : null;
  });

  protected partId(part: DatePart): string {
    return datePartId(this.field().id, part);
  }

  protected partKey(part: DatePart): string {
    return datePartKey(this.field().id, part);
  }

  protected inputClasses(width: number | null): string {
    return [
      'nhsuk-input',
      width ? `nhsuk-input--width-${width}` : null,
      this.error() ? 'nhsuk-input--error' : null,
    ]
      .filter(Boolean)
      .join(' ');
  }

  protected changed(key: string, event: Event): void {
    this.valueChange.emit({ key, value: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
  }

  protected toggled(event: Event): void {
    this.valueChange.emit({
      key: this.field().id,
      value: (event.target as HTMLInputElement).checked ? CHECKED : '',
    });
  }
}
