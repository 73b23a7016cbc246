import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { focusProgrammatically } from './focus';

@Component({
  selector: 'wres-skip-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="nhsuk-skip-link" [attr.href]="'#' + target()" (click)="skip($event)">{{ text() }}</a>
  `,
})
export class SkipLinkComponent {
  private readonly document = inject(DOCUMENT);
  readonly target = input('maincontent');
  readonly text = input('Skip to main content');

  // With <base href="/"> a bare "#id" link would resolve against the site root and leave the page.
  protected skip(event: MouseEvent): void {
    const target = this.document.getElementById(this.target());
    if (!target) return;
    event.preventDefault();
    focusProgrammatically(target);
  }
}
