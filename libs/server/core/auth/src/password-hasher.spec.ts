import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at the OWASP minimum cost', async () => {
    const hashed = await hasher.hash('correct horse battery staple');
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hashed = await hasher.hash('correct horse battery staple');
    await expect(hasher.verify(hashed, 'correct horse battery staple')).resolves.toBe(true);
    await expect(hasher.verify(hashed, 'Correct horse battery staple')).resolves.toBe(false);
  });

  it('refuses every password for an account that has none yet', async () => {
    await expect(hasher.verify(null, 'not-a-password-anyone-has')).resolves.toBe(false);
  });
});
