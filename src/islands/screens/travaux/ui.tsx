/**
 * Pieces shared by the « Factures de travaux » screens (`travaux/…`): the espace's tabs, the table of pieces
 * (each one opened by its number), the lookup of the piece or dossier a screen shows, and the labels of
 * cadres, roles and statuses. Everything else is the screen kit's (`../kit`).
 */
import type { ComponentChildren } from 'preact';
import { CADRES, type World } from '../../../domain/simulator/model';
import { WORKS_ROLE_LABELS, WORKS_STATUS_LABELS, type WorksPiece, type WorksRole } from '../../../domain/simulator/model-works';
import { actorName } from '../../../domain/simulator/queries-works';
import type { ScreenProps } from '../types';
import './travaux.css';
import { Block, Button, DataTable, espaceTabs, formatEuros, formatMoment, fr, NotFound } from '../kit';
import { isOneOf, keysOf } from '../../../domain/keys';

export { formatEuros, formatMoment, fr };

/**
 * The tabs of the espace « Factures de travaux » (facts §4.2: Synthèse, Recherche). The dépôt initial starts
 * from the Synthèse's « Déposer une pièce », as in the portal. The fiche identité du marché is not a tab: it is
 * a document of the marché's actors, shown beside the deposit form (fiche.tsx).
 */
const TABS = [
  { screen: 'travaux/synthese', label: 'Synthèse' },
  { screen: 'travaux/recherche', label: 'Rechercher une pièce' },
] as const;

export const TravauxTabs = espaceTabs('Factures de travaux', TABS);

/** « A4 — Dépôt par un fournisseur d'un projet de décompte mensuel ». */
export function cadreText(cadre: string): string {
  return isOneOf(keysOf(CADRES), cadre) ? `${cadre} — ${CADRES[cadre].label}` : cadre;
}

/** « Maîtrise d'œuvre (MOE) » for a role id. */
export function roleText(role: WorksRole): string {
  return WORKS_ROLE_LABELS[role];
}

/** The role inside a sentence: « titulaire », « maîtrise d'œuvre (MOE) ». */
export function roleWord(role: WorksRole): string {
  return roleText(role).toLowerCase().replace('(moe)', '(MOE)').replace('(moa)', '(MOA)');
}

/** « Électricité Bernard SAS (titulaire) ». */
export function actorText(world: World, siret: string, role: WorksRole): string {
  return `${actorName(world, siret)} (${roleWord(role)})`;
}

/** The status of a piece, as the portal prints it. */
export function statusText(piece: Pick<WorksPiece, 'status'>): string {
  return WORKS_STATUS_LABELS[piece.status];
}

/** The accessible name of the control that opens a piece: its number, with context for screen readers. */
export const consultName = (number: string) => `Consulter la pièce n° ${number}`;

/** A list of pieces: number (opens the piece), cadre, depositor, recipient, amount, status. */
export function PieceTable({ props, pieces, caption, onOpen }: { props: ScreenProps; pieces: readonly WorksPiece[]; caption: string; onOpen?: (piece: WorksPiece) => void }) {
  const { world } = props;
  const open = onOpen ?? ((piece: WorksPiece) => props.navigate('travaux/consulter', { pieceId: piece.id }));
  return (
    <DataTable
      caption={caption}
      rows={pieces}
      rowKey={(piece) => piece.id}
      columns={[
        {
          header: 'Numéro',
          cell: (piece) => (
            <Button variant="link" name={consultName(piece.number)} onClick={() => open(piece)}>
              {piece.number}
            </Button>
          ),
        },
        { header: 'Cadre', cell: (piece) => piece.cadre },
        { header: 'Déposée par', cell: (piece) => fr(actorText(world, piece.depositorSiret, piece.depositorRole)) },
        { header: 'Adressée à', cell: (piece) => fr(actorText(world, piece.toSiret, piece.to)) },
        { header: 'Montant HT', cell: (piece) => formatEuros(piece.amount.ht), numeric: true },
        { header: 'Statut', cell: (piece) => fr(statusText(piece)) },
      ]}
    />
  );
}

/** A titled list of pieces, or a short sentence when it is empty. */
export function PieceList({ props, title, pieces, empty }: { props: ScreenProps; title: string; pieces: readonly WorksPiece[]; empty: string }) {
  return (
    <Block title={`${title} (${pieces.length})`}>
      {pieces.length === 0 ? <p class="cpa-muted">{fr(empty)}</p> : <PieceTable props={props} pieces={pieces} caption={title} />}
    </Block>
  );
}

/** The piece named by the screen's `pieceId` parameter, if it exists. */
export function pieceOf(props: ScreenProps): WorksPiece | undefined {
  const id = props.params['pieceId'];
  return id ? props.world.works?.pieces[id] : undefined;
}

/** Shown when the screen's piece (or dossier) is not in the world: back to the Synthèse. */
export function Missing({ props, text }: { props: ScreenProps; text: string }) {
  return <NotFound props={props} tabs={<TravauxTabs props={props} />} text={`${text} Ouvrez-la depuis la Synthèse ou la recherche.`} />;
}

/**
 * A discreet « comportement simulé » note: what the simulator does that no source says the real portal does
 * (so that the learner never takes it for the portal's behaviour).
 */
export function SimulatedNote({ children }: { children: ComponentChildren }) {
  return (
    <p class="cpt-simule">
      <strong>{fr('Comportement simulé : ')}</strong>
      {typeof children === 'string' ? fr(children) : children}
    </p>
  );
}
