/** Read-only views of the account screens: rattachement requests and the structure search. */
import { issue, type Issue } from './issues';
import type { RattachementRequest, Structure, UserId, World } from './model';
import { compact } from './rules/identifiers';

/** Rattachement requests a user asked for. */
export function requestsOf(world: World, userId: UserId): RattachementRequest[] {
  return Object.values(world.rattachements).filter((request) => request.userId === userId);
}

/** Pending requests on the structures a user manages (« Activités du gestionnaire »). */
export function requestsToDecide(world: World, userId: UserId): RattachementRequest[] {
  return Object.values(world.rattachements).filter(
    (request) =>
      request.status === 'enAttente' &&
      world.structures[request.siret]?.members.some((m) => m.userId === userId && m.role === 'gestionnairePrincipal'),
  );
}

/**
 * « Demander un rattachement à une structure »: by SIRET, all or part of it with 3 characters at least;
 * or by raison sociale, complete and exact (case aside) — facts §1.5.
 */
export function searchStructures(world: World, query: string): { results: Structure[]; issues: Issue[] } {
  const trimmed = query.trim();
  const digits = compact(trimmed);
  const structures = Object.values(world.structures);
  if (/^\d+$/.test(digits)) {
    if (digits.length < 3) return { results: [], issues: [issue('rattachement.queryTooShort', 'query', { min: 3 })] };
    const results = structures.filter((s) => s.siret.includes(digits));
    return { results, issues: results.length === 0 ? [issue('rattachement.noResult', 'query')] : [] };
  }
  if (trimmed === '') return { results: [], issues: [issue('field.required', 'query')] };
  const wanted = trimmed.toLocaleLowerCase('fr');
  const results = structures.filter((s) => s.raisonSociale.toLocaleLowerCase('fr') === wanted);
  return { results, issues: results.length === 0 ? [issue('rattachement.noResult', 'query')] : [] };
}

