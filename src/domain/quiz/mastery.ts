/**
 * The pass mark, stated once: a score passes when it reaches the mastery score (course.yaml `masteryScore`,
 * 0–100). Every pass test of the course — an attempt, a saved attempt, a module of the final test, what the
 * LMS receives — goes through `isPassing`.
 */
export function isPassing(score: number, masteryScore: number): boolean {
  return score >= masteryScore;
}
