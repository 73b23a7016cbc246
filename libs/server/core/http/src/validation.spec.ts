import { Type } from 'class-transformer';
import { IsEmail, IsInt, Min, ValidateNested, validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { toFieldProblems } from './validation';

class Line {
  @IsInt()
  @Min(0)
  incomePence!: number;
}

class Body {
  @IsEmail()
  email!: string;

  @ValidateNested({ each: true })
  @Type(() => Line)
  lines!: Line[];
}

describe('toFieldProblems', () => {
  it('lists every problem by field path, including inside arrays', () => {
    const body = plainToInstance(Body, { email: 'nope', lines: [{ incomePence: 5 }, { incomePence: -1 }] });
    const problems = toFieldProblems(validateSync(body));
    expect(problems.map((p) => p.path)).toEqual(['email', 'lines[1].incomePence']);
    expect(problems[1].messages[0]).toMatch(/must not be less than 0/);
  });
});
