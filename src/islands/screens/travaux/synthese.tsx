/**
 * « Factures de travaux » → « Synthèse » (`travaux/synthese`): what waits for the user (pieces mis à sa
 * disposition, amounts the MOE revised on his requests), what his structures deposited and where it stands, each
 * piece opened by its number; « Déposer une pièce » starts a dépôt initial. The lists are the simulator's
 * `worksSynthese` query: the screen only shows them.
 */
import { worksSynthese } from '../../../domain/simulator/queries-works';
import { fr, PieceList, TravauxTabs } from './ui';
import { Block, Button, Notice, Screen , loggedIn, type LoggedInProps } from '../kit';

export const TravauxSyntheseScreen = loggedIn(function TravauxSyntheseScreen({ user, ...props }: LoggedInProps) {
  const synthese = worksSynthese(props.world, user.id);
  const counts = [
    { label: 'À traiter', value: synthese.aTraiter.length },
    { label: 'Montants révisés par la maîtrise d’œuvre', value: synthese.montantsRevises.length },
    { label: 'Déposées', value: synthese.deposees.length },
    { label: 'Mises à disposition', value: synthese.misesADisposition.length },
    { label: 'Mises en paiement', value: synthese.misesEnPaiement.length },
  ];
  return (
    <Screen props={props} label="Factures de travaux — Synthèse">
      <TravauxTabs props={props} current="travaux/synthese" />
      {props.params['deposited'] && (
        <Notice>{fr(`La pièce n° ${props.params['deposited']} est déposée : le portail la met à disposition de l’acteur suivant.`)}</Notice>
      )}
      <Block title="Ma synthèse">
        <ul class="cpf-counts">
          {counts.map((count) => (
            <li key={count.label}>
              <strong>{count.value}</strong>
              {fr(count.label)}
            </li>
          ))}
        </ul>
        {synthese.aTraiter.length === 0 && <Notice>{fr('Aucune pièce n’attend d’action de votre part.')}</Notice>}
        <div class="cpa-actions">
          <Button variant="primary" to="travaux/depot">Déposer une pièce</Button>
        </div>
      </Block>
      <PieceList props={props} title="Pièces à traiter" pieces={synthese.aTraiter} empty="Aucune pièce n’est mise à votre disposition." />
      {synthese.montantsRevises.length > 0 && (
        <PieceList props={props} title="Montants révisés par la maîtrise d’œuvre" pieces={synthese.montantsRevises} empty="Aucun montant révisé." />
      )}
      <PieceList props={props} title="Pièces déposées, en cours d’acheminement" pieces={synthese.deposees} empty="Aucune." />
      <PieceList props={props} title="Pièces mises à disposition de l’acteur suivant" pieces={synthese.misesADisposition} empty="Aucune." />
      <PieceList props={props} title="Pièces traitées par l’acteur suivant" pieces={synthese.traitees} empty="Aucune." />
      <PieceList props={props} title="Mises en paiement" pieces={synthese.misesEnPaiement} empty="Aucune." />
    </Screen>
  );
});
