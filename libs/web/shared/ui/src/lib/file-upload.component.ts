import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { describedBy } from './described-by';

/**
 * An NHS.UK file upload field for one file, with its label, hint and error message, wired together with
 * `aria-describedby` and `aria-invalid` so assistive technology reads them with the field.
 */
@Component({
  selector: 'wres-file-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-form-group nhsuk-file-upload" [class.nhsuk-form-group--error]="!!error()">
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
        class="nhsuk-file-upload__input"
        type="file"
        [class.nhsuk-file-upload__input--error]="!!error()"
        [id]="fieldId()"
        [name]="name() ?? fieldId()"
        [attr.accept]="accept()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="error() ? 'true' : null"
        (change)="onChange($event)"
      />
    </div>
  `,
})
export class FileUploadComponent {
  /** The input's id; error summary links and the label point at it. */
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly name = input<string | null>(null);
  readonly hint = input<string | null>(null);
  readonly error = input<string | null | undefined>(null);
  /** File types the browser offers first, e.g. ".csv,.xlsx"; the server still checks. */
  readonly accept = input<string | null>(null);
  /** The chosen file, or null when the choice is cleared. */
  readonly fileChange = output<File | null>();

  protected readonly describedBy = computed(() => describedBy(this.fieldId(), this.hint(), this.error()));

  protected onChange(event: Event): void {
    this.fileChange.emit((event.target as HTMLInputElement).files?.item(0) ?? null);
  }
}
