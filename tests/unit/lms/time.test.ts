import { describe, expect, it } from 'vitest';
import { DURATION2004, TIMESPAN12, TIMESTAMP2004, duration2004, time12, timespan12, timestamp2004 } from '../../../src/lms/time';

describe('timespan12 (SCORM 1.2 CMITimespan)', () => {
  it('writes zero as 0000:00:00', () => {
    expect(timespan12(0)).toBe('0000:00:00');
  });
  it('writes hours, minutes, seconds and hundredths', () => {
    expect(timespan12(((1 * 60 + 2) * 60 + 3) * 1000 + 450)).toBe('0001:02:03.45');
  });
  it('keeps hundredths only, rounding fractional milliseconds down', () => {
    expect(timespan12(1234.9)).toBe('0000:00:01.23');
    expect(timespan12(5)).toBe('0000:00:00');
    expect(timespan12(10)).toBe('0000:00:00.01');
  });
  it('clamps durations beyond 9999 hours to 9999:59:59.99', () => {
    expect(timespan12(10_000 * 3600 * 1000)).toBe('9999:59:59.99');
    expect(timespan12(Number.MAX_SAFE_INTEGER)).toBe('9999:59:59.99');
  });
  it('treats negative, NaN and infinite durations as zero', () => {
    expect(timespan12(-5)).toBe('0000:00:00');
    expect(timespan12(Number.NaN)).toBe('0000:00:00');
    expect(timespan12(Number.POSITIVE_INFINITY)).toBe('0000:00:00');
  });
  it('always matches the CMITimespan pattern', () => {
    for (const ms of [0, 1, 999, 59_999, 3_599_999, 86_400_000, 36_000_000_000, 1e15]) expect(timespan12(ms)).toMatch(TIMESPAN12);
  });
});

describe('duration2004 (SCORM 2004 ISO 8601 duration)', () => {
  it('writes zero as PT0S', () => {
    expect(duration2004(0)).toBe('PT0S');
  });
  it('writes hours, minutes and seconds with at most two decimals', () => {
    expect(duration2004(((1 * 60 + 2) * 60 + 3) * 1000 + 450)).toBe('PT1H2M3.45S');
    expect(duration2004(1500)).toBe('PT1.5S');
    expect(duration2004(1_050)).toBe('PT1.05S');
    expect(duration2004(1_234.9)).toBe('PT1.23S');
  });
  it('leaves out empty parts', () => {
    expect(duration2004(3_600_000)).toBe('PT1H');
    expect(duration2004(120_000)).toBe('PT2M');
    expect(duration2004(3_600_000 + 1_000)).toBe('PT1H1S');
  });
  it('does not clamp long durations', () => {
    expect(duration2004(10_000 * 3_600_000)).toBe('PT10000H');
  });
  it('treats negative and NaN durations as zero', () => {
    expect(duration2004(-1)).toBe('PT0S');
    expect(duration2004(Number.NaN)).toBe('PT0S');
  });
  it('always matches the timeinterval pattern', () => {
    for (const ms of [0, 10, 999, 60_000, 3_600_010, 1e12]) expect(duration2004(ms)).toMatch(DURATION2004);
  });
});

describe('instants', () => {
  it('gives a CMITime of the UTC time of day for 1.2', () => {
    expect(time12('2025-03-04T09:15:30.123Z')).toBe('09:15:30');
    expect(time12('2025-03-04T23:59:59+02:00')).toBe('21:59:59');
  });
  it('gives a 2004 timestamp in UTC with hundredths, the zone after the fraction as the standard nests it', () => {
    expect(timestamp2004('2025-03-04T09:15:30.123Z')).toBe('2025-03-04T09:15:30.12Z');
  });
  it('refuses what is not an instant, and 2004 years outside 1970–2038', () => {
    expect(time12('hier')).toBeNull();
    expect(timestamp2004('')).toBeNull();
    expect(timestamp2004('2040-01-01T00:00:00Z')).toBeNull();
  });
});

describe('TIMESTAMP2004', () => {
  it('refuses a zone designator without a fraction, as the standard nests it inside the fraction', () => {
    expect('2025-03-04T09:15:30Z').not.toMatch(TIMESTAMP2004);
    expect('2025-03-04T09:15:30.1Z').toMatch(TIMESTAMP2004);
    expect('2025-03-04T09:15:30.123Z').not.toMatch(TIMESTAMP2004);
    expect('2025-03-04T09:15:30').toMatch(TIMESTAMP2004);
  });
  it('matches every timestamp we write', () => {
    for (const iso of ['1970-01-01T00:00:00Z', '2025-12-31T23:59:59.999Z', '2038-06-01T12:00:00.5+02:00']) expect(timestamp2004(iso)).toMatch(TIMESTAMP2004);
  });
});
