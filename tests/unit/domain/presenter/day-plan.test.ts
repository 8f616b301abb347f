import { describe, expect, it } from 'vitest';
import { dayEnd, dayPlan, DEFAULT_RULES, standing, type DayLesson } from '../../../../src/domain/presenter/day-plan';
import { loadContent } from '../../../../src/schemas/load-content';

const course = loadContent(process.cwd()).course;
// The day's lessons: optional ones (annexes) are outside the day, as in the presenter's day plan.
const lessons: DayLesson[] = course.modules.flatMap((m) =>
  m.lessons.filter((l) => !l.optional).map((l) => ({ id: l.id, title: l.id, moduleId: m.id, minutes: l.minutes })),
);

const at = (h: number, m = 0) => h * 60 + m;
const pauses = (plan: ReturnType<typeof dayPlan>) => plan.filter((i) => i.type !== 'lesson').map((i) => [i.type, i.start, i.end]);

describe('the day plan', () => {
  it('lays out course.yaml from 9:00 with a morning break, lunch and an afternoon break, ending at 17:30', () => {
    const plan = dayPlan(lessons, at(9));
    expect(plan.filter((i) => i.type === 'lesson').map((i) => i.minutes)).toEqual(lessons.map((l) => l.minutes));
    expect(pauses(plan).map((p) => p[0])).toEqual(['break', 'lunch', 'break']);
    expect(dayEnd(plan)).toBe(at(9) + course.minutes + 2 * DEFAULT_RULES.breakMinutes + DEFAULT_RULES.lunchMinutes);
    expect(dayEnd(plan)).toBe(at(17, 30));
  });

  it('puts lunch at a module end close to 3 h 15 of teaching, and breaks near the middle of each half', () => {
    const plan = dayPlan(lessons, at(9));
    const lunch = plan.findIndex((i) => i.type === 'lunch');
    const before = plan[lunch - 1];
    const after = plan[lunch + 1];
    expect(before?.type === 'lesson' && after?.type === 'lesson' && before.moduleId !== after.moduleId).toBe(true);
    const [morningBreak, , afternoonBreak] = pauses(plan);
    expect(morningBreak?.[1]).toBeGreaterThan(at(10));
    expect(morningBreak?.[1]).toBeLessThan(at(11));
    expect(afternoonBreak?.[1]).toBeGreaterThan(at(15));
    expect(afternoonBreak?.[1]).toBeLessThan(at(16, 30));
  });

  it('follows the start time set by the trainer', () => {
    const plan = dayPlan(lessons, at(8, 30));
    expect(plan[0]?.start).toBe(at(8, 30));
    expect(dayEnd(plan)).toBe(at(17));
  });

  it('needs no pause for a short programme and no lunch for a half day', () => {
    const short = [
      { id: 'a', title: 'A', moduleId: 'm', minutes: 30 },
      { id: 'b', title: 'B', moduleId: 'm', minutes: 30 },
    ];
    expect(pauses(dayPlan(short, at(9)))).toEqual([]);
    const half = Array.from({ length: 6 }, (_, i) => ({ id: `l${i}`, title: `L${i}`, moduleId: `m${i % 2}`, minutes: 30 }));
    expect(pauses(dayPlan(half, at(9))).map((p) => p[0])).toEqual(['break']);
    expect(dayEnd([], at(9))).toBe(at(9));
  });

  it('says whether the class is ahead, on time or behind', () => {
    const plan = dayPlan(lessons, at(9));
    const first = lessons[0]!.id;
    const last = lessons.at(-1)!.id;
    expect(standing(plan, first, at(9, 2))).toMatchObject({ status: 'on-time', minutes: 0 });
    expect(standing(plan, first, at(9, 20))).toMatchObject({ status: 'behind', minutes: 15 });
    expect(standing(plan, last, at(16))).toMatchObject({ status: 'ahead' });
    expect(standing(plan, 'unknown', at(9)).status).toBe('on-time');
    expect(standing(plan, first, at(8)).planned).toBeNull();
    const lunch = plan.find((i) => i.type === 'lunch')!;
    expect(standing(plan, first, lunch.start + 5).planned?.type).toBe('lunch');
  });
});
