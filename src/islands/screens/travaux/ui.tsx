/**
 * Pieces shared by the « Factures de travaux » screens (`travaux/…`): the espace's tabs, the table of pieces
 * (each one opened by its number), the lookup of the piece or dossier a screen shows, and the labels of
 * cadres, roles and statuses. The generic blocks, fields and buttons come from the account screens' ui.tsx,
 * the dates and euros from the invoice screens', so that the mock portal looks and behaves as one.
 */
import type { ComponentChildren } from 'preact';
import { CADRES, type CadreCode, type World } from '../../../domain/simulator/model';
import { WORKS_ROLE_LABELS, WORKS_STATUS_LABELS, type WorksPiece, type WorksRole } from '../../../domain/simulator/model-works';
import { actorName } from '../../../domain/simulator/queries-works';
import { Block, Button, Screen } from '../account/ui';
import type { ScreenProps } from '../types';
import { formatEuros, formatMoment, fr } from '../invoices/ui';
import './travaux.css';

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

export function TravauxTabs({ props, current }: { props: ScreenProps; current?: string }) {
  return (
    <div class="cpf-tabs" role="group" aria-label="Onglets de l’espace Factures de travaux">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.screen}>
            <Button variant={tab.screen === current ? 'primary' : 'secondary'} highlight={props.highlight} onClick={() => props.navigate(tab.screen)}>
              {tab.label}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** « A4 — Dépôt par un fournisseur d'un projet de décompte mensuel ». */
export function cadreText(cadre: string): string {
  return Object.hasOwn(CADRES, cadre) ? `${cadre} — ${CADRES[cadre as CadreCode].label}` : cadre;
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
  const { world, highlight } = props;
  const open = onOpen ?? ((piece: WorksPiece) => props.navigate('travaux/consulter', { pieceId: piece.id }));
  return (
    <div class="cpf-table-wrap">
      <table class="cpa-table">
        <caption class="visually-hidden">{fr(caption)}</caption>
        <thead>
          <tr>
            <th scope="col">Numéro</th>
            <th scope="col">Cadre</th>
            <th scope="col">Déposée par</th>
            <th scope="col">Adressée à</th>
            <th scope="col" class="cpf-num">Montant HT</th>
            <th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {pieces.map((piece) => (
            <tr key={piece.id}>
              <td>
                <Button variant="link" highlight={highlight} name={consultName(piece.number)} onClick={() => open(piece)}>
                  {piece.number}
                </Button>
              </td>
              <td>{piece.cadre}</td>
              <td>{fr(actorText(world, piece.depositorSiret, piece.depositorRole))}</td>
              <td>{fr(actorText(world, piece.toSiret, piece.to))}</td>
              <td class="cpf-num">{formatEuros(piece.amount.ht)}</td>
              <td>{fr(statusText(piece))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
  return (
    <Screen props={props} label="Introuvable">
      <TravauxTabs props={props} />
      <p>{fr(`${text} Ouvrez-la depuis la Synthèse ou la recherche.`)}</p>
    </Screen>
  );
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
