/**
 * The programme laid out as a day, and where the class stands against it.
 *
 * The rule (the usual inter-company training day, 7 h of teaching):
 * - the day starts at the time the trainer sets (9 h 00 by default);
 * - the morning holds about 3 h 15 of teaching, with a 15-minute break near its middle;
 * - lunch lasts 1 h;
 * - the afternoon holds the rest, with a 15-minute break near its middle.
 * Breaks and lunch fall between two lessons, never inside one: at the end of a module when one ends within
 * 15 minutes of the time aimed at, otherwise at the end of the lesson nearest to it (the earlier one on a tie).
 * With course.yaml's 420 minutes and a 9 h 00 start, the day ends at 17 h 30.
 */

export interface DayLesson {
  id: string;
  title: string;
  moduleId: string;
  /** Nominal minutes (course.yaml). */
  minutes: number;
}

export interface DayRules {
  /** Teaching minutes aimed at before lunch. */
  morningMinutes: number;
  breakMinutes: number;
  lunchMinutes: number;
  /** A module end this close to the time aimed at wins over a nearer lesson end. */
  moduleSnapMinutes: number;
}

export const DEFAULT_RULES: DayRules = { morningMinutes: 195, breakMinutes: 15, lunchMinutes: 60, moduleSnapMinutes: 15 };

/** Default start of the day, in minutes since midnight (9 h 00). */
export const DEFAULT_START = 9 * 60;

export type DayItem =
  | { type: 'lesson'; id: string; title: string; moduleId: string; minutes: number; start: number; end: number }
  | { type: 'break' | 'lunch'; label: string; minutes: number; start: number; end: number };

interface Boundary {
  /** Index of the lesson the boundary follows. */
  after: number;
  /** Teaching minutes done at that boundary. */
  at: number;
  endsModule: boolean;
}

function boundaries(lessons: readonly DayLesson[]): Boundary[] {
  const result: Boundary[] = [];
  let at = 0;
  lessons.forEach((lesson, i) => {
    at += lesson.minutes;
    const nextLesson = lessons[i + 1];
    if (nextLesson) result.push({ after: i, at, endsModule: nextLesson.moduleId !== lesson.moduleId });
  });
  return result;
}

/** The boundary where a pause aimed at `target` teaching minutes goes, among those strictly between `from` and `to`. */
function cut(all: readonly Boundary[], target: number, from: number, to: number, snap: number): Boundary | undefined {
  const candidates = all.filter((b) => b.at > from && b.at < to);
  const nearest = (list: readonly Boundary[]) =>
    list.reduce<Boundary | undefined>((best, b) => (!best || Math.abs(b.at - target) < Math.abs(best.at - target) ? b : best), undefined);
  return nearest(candidates.filter((b) => b.endsModule && Math.abs(b.at - target) <= snap)) ?? nearest(candidates);
}

/** The day: every lesson with its planned start and end (minutes since midnight), and the pauses between. */
export function dayPlan(lessons: readonly DayLesson[], start: number = DEFAULT_START, rules: DayRules = DEFAULT_RULES): DayItem[] {
  const total = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const all = boundaries(lessons);
  const pauses = new Map<number, 'break' | 'lunch'>();
  const lunch = total > rules.morningMinutes ? cut(all, rules.morningMinutes, 0, total, rules.moduleSnapMinutes) : undefined;
  const morningEnd = lunch?.at ?? total;
  // A half-day shorter than 1 h 30 needs no break.
  if (morningEnd >= 90) {
    const b = cut(all, morningEnd / 2, 0, morningEnd, rules.moduleSnapMinutes);
    if (b) pauses.set(b.after, 'break');
  }
  if (lunch) {
    pauses.set(lunch.after, 'lunch');
    if (total - lunch.at >= 90) {
      const b = cut(all, lunch.at + (total - lunch.at) / 2, lunch.at, total, rules.moduleSnapMinutes);
      if (b) pauses.set(b.after, 'break');
    }
  }
  const items: DayItem[] = [];
  let clock = start;
  let breaks = 0;
  lessons.forEach((lesson, i) => {
    items.push({ type: 'lesson', id: lesson.id, title: lesson.title, moduleId: lesson.moduleId, minutes: lesson.minutes, start: clock, end: clock + lesson.minutes });
    clock += lesson.minutes;
    const pause = pauses.get(i);
    if (pause === 'lunch') {
      items.push({ type: 'lunch', label: 'Déjeuner', minutes: rules.lunchMinutes, start: clock, end: clock + rules.lunchMinutes });
      clock += rules.lunchMinutes;
    } else if (pause === 'break') {
      breaks += 1;
      const label = lunch && i > lunch.after ? 'Pause de l’après-midi' : breaks === 1 ? 'Pause du matin' : 'Pause';
      items.push({ type: 'break', label, minutes: rules.breakMinutes, start: clock, end: clock + rules.breakMinutes });
      clock += rules.breakMinutes;
    }
  });
  return items;
}

/** Where the class stands: `ahead` or `behind` by `minutes`, or `on-time` within the current lesson's slot. */
export interface Standing {
  status: 'ahead' | 'behind' | 'on-time';
  minutes: number;
  /** What the plan has at this time (`null` before the day starts or after it ends). */
  planned: DayItem | null;
}

/**
 * Compares the clock with the planned slot of the lesson being taught: before its planned start, the class
 * is ahead; after its planned end, behind; in between, on time.
 */
export function standing(plan: readonly DayItem[], lessonId: string, now: number): Standing {
  const planned = plan.find((item) => now >= item.start && now < item.end) ?? null;
  const slot = plan.find((item) => item.type === 'lesson' && item.id === lessonId);
  if (!slot) return { status: 'on-time', minutes: 0, planned };
  if (now < slot.start) return { status: 'ahead', minutes: Math.round(slot.start - now), planned };
  if (now > slot.end) return { status: 'behind', minutes: Math.round(now - slot.end), planned };
  return { status: 'on-time', minutes: 0, planned };
}

/** The planned end of the day. */
export function dayEnd(plan: readonly DayItem[], start: number = DEFAULT_START): number {
  return plan.at(-1)?.end ?? start;
}
