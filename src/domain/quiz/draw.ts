/**
 * Drawing questions from a bank: deterministic from a seed, stratified by module, without duplicates.
 *
 * Allocation is proportional with the largest-remainder method: each module gets the whole part of its
 * quota `count × weight / total weight`, then the seats left go to the largest fractional parts (ties broken by
 * a seeded order, so no module is always favoured). A module with fewer questions than its quota gives all it
 * has and its surplus is shared among the others in the same proportions.
 */
import { deriveSeed, mulberry32, shuffle, type Random } from './random';
import { fail, ok, type Question, type Result } from './types';

export interface DrawOptions {
  /** How many questions to draw: a positive integer no larger than the questions available. */
  count: number;
  /** The attempt's seed (an unsigned 32-bit integer). */
  seed: number;
  /**
   * Weight of each module (e.g. its minutes in `course.yaml`). Only questions of modules with a positive
   * weight are drawn. Default: each module weighs its number of questions in the bank (proportional
   * allocation to the bank itself).
   */
  strata?: Readonly<Record<string, number>> | undefined;
  /** Shuffle the drawn questions; `false` keeps the bank's order. Default `true`. */
  shuffle?: boolean | undefined;
}

interface Stratum {
  key: string;
  weight: number;
  capacity: number;
}

/**
 * How many questions each stratum gives. `count` must not exceed the sum of capacities of the strata with a
 * positive weight (the caller checks). `tieOrder` ranks strata for equal remainders.
 */
export function allocate(count: number, strata: readonly Stratum[], tieOrder: readonly string[]): Map<string, number> {
  const seats = new Map<string, number>(strata.map((s) => [s.key, 0]));
  let active = strata.filter((s) => s.weight > 0 && s.capacity > 0);
  let remaining = count;
  while (remaining > 0 && active.length > 0) {
    const total = active.reduce((sum, s) => sum + s.weight, 0);
    const quotas = active.map((s) => ({ s, quota: (remaining * s.weight) / total }));
    const full = quotas.filter(({ s, quota }) => quota >= s.capacity);
    if (full.length > 0) {
      // These strata cannot fill their quota: they give everything and the rest is shared again.
      for (const { s } of full) {
        seats.set(s.key, s.capacity);
        remaining -= s.capacity;
      }
      active = active.filter((s) => !full.some((f) => f.s === s));
      continue;
    }
    let given = 0;
    for (const { s, quota } of quotas) {
      seats.set(s.key, Math.floor(quota));
      given += Math.floor(quota);
    }
    const rank = (key: string) => tieOrder.indexOf(key);
    const byRemainder = [...quotas].sort((a, b) => b.quota - Math.floor(b.quota) - (a.quota - Math.floor(a.quota)) || rank(a.s.key) - rank(b.s.key));
    for (const { s } of byRemainder.slice(0, remaining - given)) seats.set(s.key, (seats.get(s.key) ?? 0) + 1);
    remaining = 0;
  }
  return seats;
}

/** What a draw reads of a question: its id and its module (so a page can redraw from ids alone). */
export type Drawable = Pick<Question, 'id' | 'module'>;

function byId(a: Drawable, b: Drawable): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Draws `count` questions. The same bank (as a set of ids, whatever their order in the file) and the same seed
 * always give the same questions in the same order. Questions sharing an id count once.
 *
 * Fails with `draw.invalid-count` for a count that is not a positive integer, and `draw.bank-too-small` when
 * the modules drawn from hold fewer questions than requested.
 */
export function drawQuestions<Q extends Drawable = Question>(bank: readonly Q[], options: DrawOptions): Result<Q[]> {
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 1) return fail({ code: 'draw.invalid-count', params: { count } });

  const unique = new Map<string, Q>();
  for (const question of bank) if (!unique.has(question.id)) unique.set(question.id, question);

  const groups = new Map<string, Q[]>();
  for (const question of unique.values()) {
    const group = groups.get(question.module) ?? [];
    group.push(question);
    groups.set(question.module, group);
  }
  const weights = options.strata ?? Object.fromEntries([...groups].map(([module, qs]) => [module, qs.length]));
  const keys = Object.keys(weights).sort();
  const strata: Stratum[] = keys.map((key) => ({ key, weight: weights[key] ?? 0, capacity: groups.get(key)?.length ?? 0 }));
  const available = strata.filter((s) => s.weight > 0).reduce((sum, s) => sum + s.capacity, 0);
  if (count > available) return fail({ code: 'draw.bank-too-small', params: { requested: count, available } });

  const random: Random = mulberry32(deriveSeed(seed, 'draw'));
  const seats = allocate(count, strata, shuffle(keys, random));
  const drawn: Q[] = [];
  for (const key of keys) {
    const group = [...(groups.get(key) ?? [])].sort(byId);
    drawn.push(...shuffle(group, random).slice(0, seats.get(key) ?? 0));
  }
  if (options.shuffle === false) {
    const position = new Map(bank.map((q, i) => [q.id, i] as const));
    return ok(drawn.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)));
  }
  return ok(shuffle(drawn, random));
}
