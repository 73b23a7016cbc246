import { Injectable } from '@nestjs/common';
import { computeIndicators, validateWresDocument } from '@wres/domain/wres';
import type { ComputedIndicators, WresDocument } from '@wres/domain/wres';
import { validationFailed } from '@wres/server/core/http';
import { wresFieldProblems } from './wres.problems';

@Injectable()
export class WresCalculator {
  /**
   * The nine indicators, unrounded, with any warnings about implausible published figures; 400 listing
   * every problem by path when the document is not valid.
   */
  calculate(body: unknown): ComputedIndicators {
    // The validator is written for JSON that may not match the type, and checks every field it reads.
    const document = body as WresDocument;
    const report = validateWresDocument(document);
    if (!report.valid)
      throw validationFailed(wresFieldProblems(report.errors), 'The WRES document has problems');
    return computeIndicators(document);
  }
}
