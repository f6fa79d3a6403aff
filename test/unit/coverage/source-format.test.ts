import { describe, expect, it } from 'vitest';
import { formatBytes, hostOf, linkableUrl, intervalLabel, INTERVAL_CHOICES, nextFetchLabel, relativeTime, storageLine } from '../../../utils/coverage/source-format';

const MIN = 60_000;

describe('source-format', () => {
  it('names every schedule the options page offers, in minutes or hours', () => {
    expect(INTERVAL_CHOICES.map((m) => intervalLabel(m))).toEqual(['15 min', '30 min', '1 h', '3 h', '6 h', '12 h', '24 h']);
    expect(intervalLabel(45)).toBe('45 min');
    expect(intervalLabel(90)).toBe('90 min');
  });

  it('says how long ago a fetch was and how soon the next one is', () => {
    const now = 1_700_000_000_000;
    expect(relativeTime(now - 3 * MIN, now)).toBe('3 minutes ago');
    expect(relativeTime(now + 25 * MIN, now)).toBe('in 25 minutes');
    expect(relativeTime(now - 20_000, now)).toBe('just now');
    expect(relativeTime(now + 20_000, now)).toBe('in under a minute');
    expect(relativeTime(now - 5 * 60 * MIN, now)).toBe('5 hours ago');
    expect(relativeTime(now - 3 * 1440 * MIN, now)).toBe('3 days ago');
  });

  it('never says a next fetch was in the past', () => {
    const now = 1_700_000_000_000;
    expect(nextFetchLabel(now - 5 * MIN, now, false)).toBe('due now');
    expect(nextFetchLabel(now + 30 * MIN, now, false)).toBe('in 30 minutes');
    expect(nextFetchLabel(now + 30 * MIN, now, true)).toBe('now');
  });

  it('formats storage in decimal units, the largest the value reaches once rounded', () => {
    expect(formatBytes(12_345_678)).toBe('12.3 MB');
    expect(formatBytes(2_100_000_000)).toBe('2.1 GB');
    expect(formatBytes(999_999)).toBe('1 MB');
    expect(formatBytes(1_500)).toBe('1.5 kB');
    expect(formatBytes(345_000_000)).toBe('345 MB');
    expect(storageLine({ usage: 12_345_678, quota: 2_100_000_000 })).toBe('Storage used: 12.3 MB of 2.1 GB available to Crossread.');
    expect(storageLine({ usage: 12_345_678, quota: null })).toBe('Storage used: 12.3 MB.');
    expect(storageLine({ usage: null, quota: 2_100_000_000 })).toBeNull();
  });

  it('shows a site by its host, and anything else as it is', () => {
    expect(hostOf('https://www.example.com/news/')).toBe('www.example.com');
    expect(hostOf('not a url')).toBe('not a url');
  });

  it('links only to http and https sites', () => {
    expect(linkableUrl('https://example.com/news')).toBe('https://example.com/news');
    expect(linkableUrl('HTTP://Example.com')).toBe('http://example.com/');
    expect(linkableUrl('javascript:alert(1)')).toBeNull();
    expect(linkableUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(linkableUrl('/relative')).toBeNull();
    expect(linkableUrl(null)).toBeNull();
  });
});
