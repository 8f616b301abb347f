import { describe, expect, it } from 'vitest';
import { checkDate, dateOf, formatDate, isCalendarDate, isoFromMinutes, minutesFromIso } from '../../../../../src/domain/simulator/rules/dates';

describe('simulated clock and dates', () => {
  it('converts ISO moments to minutes and back', () => {
    const minutes = minutesFromIso('2026-03-02T09:00Z');
    expect(minutes).toBe(Date.UTC(2026, 2, 2, 9, 0) / 60_000);
    expect(isoFromMinutes(minutes)).toBe('2026-03-02T09:00Z');
    expect(dateOf(minutes)).toBe('2026-03-02');
    expect(minutesFromIso('2026-03-02')).toBe(Date.UTC(2026, 2, 2) / 60_000);
  });
  it('refuses unreadable or impossible moments', () => {
    expect(minutesFromIso('demain')).toBeNaN();
    expect(minutesFromIso('2026-02-30T10:00Z')).toBeNaN();
  });
  it('knows calendar dates, leap years included', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('02/03/2026')).toBe(false);
    expect(checkDate('', 'date')).toEqual([{ code: 'field.required', path: 'date', params: {} }]);
    expect(checkDate('2026-13-01', 'date')[0]?.code).toBe('date.invalid');
    expect(formatDate('2026-03-02')).toBe('02/03/2026');
  });
});
