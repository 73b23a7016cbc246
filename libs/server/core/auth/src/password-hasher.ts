import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/**
 * OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane). The library's default algorithm is argon2id
 * (its `Algorithm` is a const enum, which per-file compilation cannot inline; the spec checks the PHC prefix).
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    // Verify against a real hash even when the user has none, so timing does not reveal which emails exist.
    const target = passwordHash ?? (await this.dummyHash());
    const ok = await verify(target, password).catch(() => false);
    return ok && passwordHash !== null;
  }

  private dummy: Promise<string> | null = null;

  private dummyHash(): Promise<string> {
    this.dummy ??= hash('not-a-password-anyone-has', OPTIONS);
    return this.dummy;
  }
}
