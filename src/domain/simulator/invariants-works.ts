/**
 * What must hold in « Factures de travaux » in every reachable world (called by invariants.ts): every piece
 * belongs to exactly one dossier of an existing marché, follows a piece of the same dossier (or opens it),
 * is followed at most once, has a sound history, amount and file, and a number unique for its depositor.
 */
import type { World } from './model';
import { WORKS_STATUSES } from './model-works';
import { CIRCUIT, checkWorksAmount, checkWorksFile, isWorksCadre } from './rules/works';

export function worksInvariants(world: World): string[] {
  const works = world.works;
  if (!works) return [];
  const problems: string[] = [];
  const fail = (text: string) => problems.push(text);
  const owners = new Map<string, string[]>();
  for (const [id, dossier] of Object.entries(works.dossiers)) {
    if (dossier.id !== id) fail(`dossier ${id} is misfiled`);
    if (!works.contracts[dossier.contractId]) fail(`dossier ${id} belongs to no marché`);
    if (dossier.pieceIds.length === 0) fail(`dossier ${id} has no piece`);
    if (dossier.dgpStart !== null && (dossier.dgpStart < dossier.openedAt || dossier.dgpStart > world.now)) fail(`dossier ${id} has an unsound DGP start`);
    for (const pieceId of dossier.pieceIds) owners.set(pieceId, [...(owners.get(pieceId) ?? []), id]);
    const first = works.pieces[dossier.pieceIds[0] ?? ''];
    if (first && first.parentId !== null) fail(`dossier ${id} does not start with a dépôt initial`);
  }
  const numbers = new Set<string>();
  const children = new Map<string, number>();
  for (const [id, piece] of Object.entries(works.pieces)) {
    const dossiers = owners.get(id) ?? [];
    if (piece.id !== id) fail(`piece ${id} is misfiled`);
    if (dossiers.length !== 1 || dossiers[0] !== piece.dossierId) fail(`piece ${id} belongs to ${dossiers.length} dossiers`);
    if (!isWorksCadre(piece.cadre) || CIRCUIT[piece.cadre].role !== piece.depositorRole) fail(`piece ${id} has a cadre not of its depositor`);
    if (!WORKS_STATUSES.includes(piece.status)) fail(`piece ${id} has an unknown status`);
    const key = `${piece.depositorSiret}/${piece.number}`;
    if (piece.number === '' || numbers.has(key)) fail(`piece number ${key} is empty or used twice`);
    numbers.add(key);
    if (checkWorksAmount(piece.amount, 'amount').length > 0) fail(`piece ${id} has unsound amounts`);
    if (checkWorksFile(piece.file, 'file').length > 0) fail(`piece ${id} has an unsound file`);
    const last = piece.history[piece.history.length - 1];
    if (!last || last.status !== piece.status || last.at !== piece.statusSince) fail(`piece ${id} history does not end on its status`);
    for (let i = 1; i < piece.history.length; i++) {
      if ((piece.history[i]?.at ?? 0) < (piece.history[i - 1]?.at ?? 0)) fail(`piece ${id} history goes back in time`);
    }
    if (piece.statusSince > world.now || piece.depositedAt > piece.statusSince) fail(`piece ${id} has unsound dates`);
    if (piece.parentId !== null) {
      const parent = works.pieces[piece.parentId];
      if (!parent || parent.dossierId !== piece.dossierId) fail(`piece ${id} follows a piece of another dossier`);
      else if (parent.status !== 'TRAITEE') fail(`piece ${id} follows a piece that is not « Traitée »`);
      children.set(piece.parentId, (children.get(piece.parentId) ?? 0) + 1);
    }
    if (piece.cadre !== 'A10' && piece.validation !== null) fail(`piece ${id} is validated without being an A10`);
  }
  for (const [parentId, count] of children) if (count > 1) fail(`piece ${parentId} is followed ${count} times`);
  for (const [id, piece] of Object.entries(works.pieces)) {
    if (piece.status === 'TRAITEE' && !children.has(id)) fail(`piece ${id} is « Traitée » without a following piece`);
  }
  return problems;
}
