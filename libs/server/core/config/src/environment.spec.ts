import { loadAppConfig } from './app-config';
import { InvalidEnvironmentError, validateEnvironment } from './environment';

describe('environment validation', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadAppConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/wres');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.clock.fixedNow).toBeNull();
  });

  it('names every bad variable at once', () => {
    try {
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', APP_NOW: 'yesterday' });
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidEnvironmentError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('APP_NOW');
    }
  });

  it('fixes the clock from APP_NOW outside production', () => {
    const config = loadAppConfig({ APP_NOW: '2016-04-03T09:00:00Z' });
    expect(config.clock.fixedNow?.toISOString()).toBe('2016-04-03T09:00:00.000Z');
  });

  it('refuses APP_NOW in production', () => {
    expect(() =>
      validateEnvironment({
        NODE_ENV: 'production',
        APP_NOW: '2016-04-03T09:00:00Z',
        SESSION_SECRET: 'x'.repeat(40),
      }),
    ).toThrow(/APP_NOW must not be set/);
  });

  it('refuses the development session secret in production', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });

  it('refuses link checks to private addresses by default, and allows them only outside production', () => {
    expect(loadAppConfig({}).linkCheck.allowPrivateAddresses).toBe(false);
    expect(
      loadAppConfig({ LINK_CHECK_ALLOW_PRIVATE_ADDRESSES: 'true' }).linkCheck.allowPrivateAddresses,
    ).toBe(true);
    expect(() => validateEnvironment({ LINK_CHECK_ALLOW_PRIVATE_ADDRESSES: 'yes' })).toThrow(
      /LINK_CHECK_ALLOW_PRIVATE_ADDRESSES must be true or false/,
    );
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) };
    expect(loadAppConfig(production).linkCheck.allowPrivateAddresses).toBe(false);
    expect(() => validateEnvironment({ ...production, LINK_CHECK_ALLOW_PRIVATE_ADDRESSES: 'true' })).toThrow(
      /LINK_CHECK_ALLOW_PRIVATE_ADDRESSES must not be true when NODE_ENV=production/,
    );
  });
});
