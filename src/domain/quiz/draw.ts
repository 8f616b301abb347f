/**
 * Drawing questions from a bank: deterministic from a seed, stratified by module, without duplicates; for the
 * final test, by objective first (`coverObjectives`: every objective assessed at least once, see below).
 *
 * Allocation is proportional with the largest-remainder method: each module gets the whole part of its
 * quota `count × weight / total weight`, then the seats left go to the largest fractional parts (ties broken by
 * a seeded order, so no module is always favoured). A module with fewer questions than its quota gives all it
 * has and its surplus is shared among the others in the same proportions.
 */
import { deriveSeed, mulberry32, randomInt, shuffle, type Random } from './random';
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
  /**
   * The blueprint of a certifying test: every objective the questions of the drawn modules assess is assessed
   * at least once in the draw. The count is raised to the number of those objectives when lower
   * (`drawLength`), so that a question per objective always fits. Default `false`.
   */
  coverObjectives?: boolean | undefined;
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

/** What a draw reads of a question: its id, its module and its objectives (so a page can redraw from ids alone). */
export type Drawable = Pick<Question, 'id' | 'module'> & { objectives?: readonly string[] | undefined };

/** The objectives a draw must cover: those of the questions in modules with a positive weight, sorted. */
export function objectivesToCover(bank: readonly Drawable[], strata?: Readonly<Record<string, number>>): string[] {
  const drawn = bank.filter((q) => strata === undefined || (strata[q.module] ?? 0) > 0);
  return [...new Set(drawn.flatMap((q) => q.objectives ?? []))].sort();
}

/**
 * How many questions a draw gives: `count`, raised to the number of objectives to cover when the draw covers
 * them. The same bank gives the same length every time (saved attempts are drawn again with it).
 */
export function drawLength(bank: readonly Drawable[], options: Pick<DrawOptions, 'count' | 'strata' | 'coverObjectives'>): number {
  return options.coverObjectives ? Math.max(options.count, objectivesToCover(bank, options.strata).length) : options.count;
}

function byId(a: Drawable, b: Drawable): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Draws `count` questions (`drawLength` with `coverObjectives`). The same bank (as a set of ids, whatever their
 * order in the file) and the same seed always give the same questions in the same order. Questions sharing an
 * id count once.
 *
 * With `coverObjectives`, the objectives are taken in a seeded order and each one not yet assessed gets a
 * question drawn among those that assess it (a question assessing two objectives covers both); the seats left
 * go to the modules short of their proportional share, then as usual. Every attempt thus assesses every
 * objective, with other questions whenever the bank has more than one per objective.
 *
 * Fails with `draw.invalid-count` for a count that is not a positive integer, and `draw.bank-too-small` when
 * the modules drawn from hold fewer questions than requested.
 */
export function drawQuestions<Q extends Drawable = Question>(bank: readonly Q[], options: DrawOptions): Result<Q[]> {
  const { seed } = options;
  if (!Number.isInteger(options.count) || options.count < 1) return fail({ code: 'draw.invalid-count', params: { count: options.count } });

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
  const count = drawLength([...unique.values()], { count: options.count, strata: weights, coverObjectives: options.coverObjectives });
  if (count > available) return fail({ code: 'draw.bank-too-small', params: { requested: count, available } });

  const random: Random = mulberry32(deriveSeed(seed, 'draw'));
  const tieOrder = shuffle(keys, random);
  const chosen = new Set<string>();
  if (options.coverObjectives) {
    const eligible = [...unique.values()].filter((q) => (weights[q.module] ?? 0) > 0).sort(byId);
    const covered = new Set<string>();
    for (const objective of shuffle(objectivesToCover(eligible), random)) {
      if (covered.has(objective)) continue;
      // Never empty: a question assessing this objective, if drawn already, would have covered it.
      const candidates = eligible.filter((q) => !chosen.has(q.id) && (q.objectives ?? []).includes(objective));
      const pick = candidates[randomInt(random, candidates.length)];
      if (!pick) continue;
      chosen.add(pick.id);
      for (const o of pick.objectives ?? []) covered.add(o);
    }
  }
  // The seats left: first to the modules short of their share of the whole draw, then wherever there is room.
  const target = allocate(count, strata, tieOrder);
  const have = (key: string) => (groups.get(key) ?? []).filter((q) => chosen.has(q.id)).length;
  const room = (key: string) => (groups.get(key)?.length ?? 0) - have(key);
  const seats = allocate(
    count - chosen.size,
    strata.map((s) => ({ key: s.key, weight: Math.max(0, (target.get(s.key) ?? 0) - have(s.key)), capacity: room(s.key) })),
    tieOrder,
  );
  const given = [...seats.values()].reduce((sum, n) => sum + n, 0);
  if (chosen.size + given < count) {
    const more = allocate(count - chosen.size - given, strata.map((s) => ({ ...s, capacity: room(s.key) - (seats.get(s.key) ?? 0) })), tieOrder);
    for (const [key, n] of more) seats.set(key, (seats.get(key) ?? 0) + n);
  }
  for (const key of keys) {
    const group = [...(groups.get(key) ?? [])].filter((q) => !chosen.has(q.id)).sort(byId);
    for (const q of shuffle(group, random).slice(0, seats.get(key) ?? 0)) chosen.add(q.id);
  }
  const drawn = [...unique.values()].filter((q) => chosen.has(q.id)).sort(byId);
  if (options.shuffle === false) {
    const position = new Map(bank.map((q, i) => [q.id, i] as const));
    return ok(drawn.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)));
  }
  return ok(shuffle(drawn, random));
}

/** What an attempt draws with besides its seed; `count` defaults to every distinct question of the bank. */
export type SeededDraw = Omit<DrawOptions, 'count' | 'seed'> & { count?: number | undefined };

/** The draw of an attempt from its seed: the same at its start and at every redraw of a saved attempt. */
export function drawWithSeed<Q extends Drawable>(bank: readonly Q[], seed: number, settings: SeededDraw): Result<Q[]> {
  return drawQuestions(bank, {
    count: settings.count ?? new Set(bank.map((q) => q.id)).size,
    seed,
    strata: settings.strata,
    shuffle: settings.shuffle,
    coverObjectives: settings.coverObjectives,
  });
}
