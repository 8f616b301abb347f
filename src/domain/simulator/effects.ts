/**
 * What an accepted event did that its screen may need beyond the new world: the objects it created, with the
 * ids the simulator gave them. A screen that opens what it just saved reads the id here, never guesses it.
 */

/** The kinds of objects a transition creates. */
export type CreatedKind = 'user' | 'rattachement' | 'bankAccount' | 'invoice' | 'dossier' | 'piece' | 'ticket';

export type Effect = { type: 'created'; kind: CreatedKind; id: string };

/** The id of the object of `kind` the effects say was created, if any. */
export function createdId(effects: readonly Effect[], kind: CreatedKind): string | undefined {
  return effects.find((effect) => effect.type === 'created' && effect.kind === kind)?.id;
}
