import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MIN_LENGTH, ROLES } from '@wres/shared/contracts';
import type { Role } from '@wres/shared/contracts';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LoginDto {
  @ApiProperty({ example: 'provider@demo.test' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.nhs.uk' })
  @MaxLength(320)
  email!: string;

  @ApiProperty()
  @IsString({ message: 'Enter your password' })
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(200)
  password!: string;
}

export class InvitationDto {
  @ApiProperty()
  @Transform(trimmed)
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.nhs.uk' })
  @MaxLength(320)
  email!: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty({ message: 'Enter the person’s name' })
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `Choose a role: ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({ description: 'Admins only: the organisation to invite into' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId?: string;
}

export class TokenPasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'The link is incomplete: use the whole link from the email' })
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Password must be ${PASSWORD_MIN_LENGTH} characters or more` })
  @MaxLength(200)
  password!: string;
}

export class PasswordResetDto {
  @ApiProperty()
  @Transform(trimmed)
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.nhs.uk' })
  @MaxLength(320)
  email!: string;
}
