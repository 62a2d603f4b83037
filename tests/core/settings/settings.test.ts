// The newsroom's settings refuse what would break dates and exports later.
import { describe, expect, it } from 'vitest';
import { defaultSettings, Settings } from '../../../core/settings/settings';

describe('Settings', () => {
  it('accepts the defaults for any real zone', () => {
    expect(Settings.safeParse(defaultSettings('Asia/Kathmandu')).success).toBe(true);
  });

  it.each(['Asia/Atlantis', '+04:30', ''])('refuses the time zone %j, naming the field', (timeZone) => {
    const parsed = Settings.safeParse({ ...defaultSettings('UTC'), timeZone });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['timeZone']);
  });

  it.each(['news.example.com', 'javascript:alert(1)', 'ftp://news.example.com/'])(
    'refuses the base URL %j',
    (baseUrl) => {
      expect(Settings.safeParse({ ...defaultSettings('UTC'), baseUrl }).success).toBe(false);
    },
  );

  it('accepts an empty base URL and an https one', () => {
    expect(Settings.safeParse({ ...defaultSettings('UTC'), baseUrl: '' }).success).toBe(true);
    expect(
      Settings.safeParse({ ...defaultSettings('UTC'), baseUrl: 'https://news.example.com/stories/' }).success,
    ).toBe(true);
  });
});
