import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core';
import { CONTRACT_YEAR_OPTIONS } from '@wres/web/contracts/data-access';

/**
 * Choose a contract year and press "Show": a form with a button rather than a select that acts as soon as it
 * changes, so keyboard and screen reader users can look through the years before choosing one.
 */
@Component({
  selector: 'wres-year-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="nhsuk-form-group" novalidate (submit)="submit($event)">
      <label class="nhsuk-label" [for]="fieldId()">{{ label() }}</label>
      <div class="app-year-picker">
        <select class="nhsuk-select" [id]="fieldId()" name="year" (change)="onChange($event)">
          @for (option of options; track option.value) {
            <option [value]="option.value" [selected]="option.value === chosen()">{{ option.text }}</option>
          }
        </select>
        <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">Show</button>
      </div>
    </form>
  `,
  styles: `
    .app-year-picker {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
    }
    .app-year-picker .nhsuk-select,
    .app-year-picker .nhsuk-button {
      margin: 0;
    }
  `,
})
export class YearPickerComponent {
  readonly fieldId = input('contract-year');
  readonly label = input('Contract year');
  /** The year shown now, "2015/16". */
  readonly year = input.required<string>();
  readonly show = output<string>();

  protected readonly options = CONTRACT_YEAR_OPTIONS;
  protected readonly chosen = linkedSignal(() => this.year());

  protected onChange(event: Event): void {
    this.chosen.set((event.target as HTMLSelectElement).value);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.show.emit(this.chosen());
  }
}
