import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

let nextId = 0;

/**
 * How far an upload has got: a labelled `<progress>` bar and a polite live region ("Uploading: 45%") that
 * screen readers announce, politely, so it never interrupts.
 */
@Component({
  selector: 'wres-upload-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-form-group app-upload-progress">
      <label class="nhsuk-label" [for]="progressId">{{ label() }}</label>
      <progress class="app-upload-progress__bar" [id]="progressId" max="100" [value]="percent()">
        {{ percent() }}%
      </progress>
      <p class="nhsuk-body-s" role="status" aria-live="polite">{{ announced() }}</p>
    </div>
  `,
  styles: `
    .app-upload-progress__bar {
      display: block;
      width: 100%;
      max-width: 480px;
      height: 24px;
      margin-bottom: 8px;
      accent-color: #005eb8;
    }
  `,
})
export class UploadProgressComponent {
  readonly label = input('Upload progress');
  /** Announced once the whole file has gone, while the server reads it. */
  readonly doneText = input('Uploaded: checking the file');
  /** 0 to 100. */
  readonly percent = input.required<number>();
  protected readonly progressId = `upload-progress-${++nextId}`;

  protected readonly announced = computed(() => {
    const percent = this.percent();
    return percent >= 100 ? this.doneText() : `Uploading: ${Math.round(percent)}%`;
  });
}
