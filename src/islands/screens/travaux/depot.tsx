/**
 * The two deposits of « Factures de travaux »: the dépôt initial from the Synthèse (`travaux/depot`), which
 * opens a dossier de facturation, and « Déposer la pièce de facturation suivante » from a piece received
 * (`travaux/suivante`), which adds a piece to its dossier (facts §4.2–4.3). On the dépôt initial the depositor
 * types the maître d'ouvrage, the maître d'œuvre and the engagement read on the fiche identité du marché,
 * shown beside the form as a document; on the next piece, the actors are taken over from the piece followed
 * and shown to be checked (seed 003: « vérifier les données des autres acteurs »). The cadres offered are the
 * simulator's `initialOptions` / `nextOptions`.
 */
import type { UserId, World } from '../../../domain/simulator/model';
import type { WorksContract } from '../../../domain/simulator/model-works';
import { initialOptions, nextOptions, pieceActors, worksSirets, type NextOption } from '../../../domain/simulator/queries-works';
import { supplierRole } from '../../../domain/simulator/rules/works';
import { FicheDocuments } from './fiche';
import { PieceForm } from './form';
import { cadreText, formatEuros, fr, Missing, TravauxTabs, pieceOf } from './ui';
import { Block, Fact, Facts, formatSiret, Screen , loggedIn, type LoggedInProps } from '../kit';

/**
 * When the simulator suggests no cadre (the MOE opens no dossier; a piece that cannot be followed), the
 * user's structures that are actors of the marché, with no suggestion: the learner may still try, and the
 * simulator gives the reason.
 */
function withFallback(world: World, userId: UserId, contract: WorksContract | undefined, suggested: NextOption[]): NextOption[] {
  if (suggested.length > 0 || !contract) return suggested;
  return worksSirets(world, userId).flatMap((siret) => {
    const role = supplierRole(contract, siret);
    return role ? [{ siret, role, cadres: [] }] : [];
  });
}

/** Dépôt initial: cadre, maître d'ouvrage, maître d'œuvre, engagement, number, amounts, file, comment. */
export const TravauxDepotScreen = loggedIn(function TravauxDepotScreen({ user, ...props }: LoggedInProps) {
  return (
    <Screen props={props} label="Déposer une pièce de facturation">
      <TravauxTabs props={props} />
      <p>{fr('Un dépôt initial ouvre un nouveau dossier de facturation. Pour répondre à une pièce reçue, ouvrez-la et utilisez « Déposer la pièce de facturation suivante ».')}</p>
      <FicheDocuments world={props.world} userId={user.id} />
      <PieceForm
        props={props}
        options={initialOptions(props.world, user.id)}
        actors
        allCadres
        toEvent={(input) => ({ type: 'works.deposit', ...input })}
        onDone={(number) => props.navigate('travaux/synthese', { deposited: number })}
      />
    </Screen>
  );
});

/** « Déposer la pièce de facturation suivante », from the piece of `params.pieceId`. */
export const TravauxSuivanteScreen = loggedIn(function TravauxSuivanteScreen({ user, ...props }: LoggedInProps) {
  const parent = pieceOf(props);
  if (!parent) return <Missing props={props} text="Cette pièce est introuvable." />;
  const contract = props.world.works?.contracts[props.world.works.dossiers[parent.dossierId]?.contractId ?? ''];
  const options = withFallback(props.world, user.id, contract, nextOptions(props.world, user.id, parent.id));
  const actors = pieceActors(props.world, parent.id);
  return (
    <Screen props={props} label="Déposer la pièce de facturation suivante">
      <TravauxTabs props={props} />
      <Block title={`Pièce suivie : n° ${parent.number}`}>
        <p>{fr(`${cadreText(parent.cadre)}, ${formatEuros(parent.amount.ht)} HT. La nouvelle pièce rejoindra le même dossier de facturation.`)}</p>
        {actors && (
          <div role="group" aria-label={fr('Données des autres acteurs, reprises de la pièce suivie : à vérifier')}>
            <Facts>
              <Fact term="Marché, engagement">{fr(`${actors.numero}, ${actors.engagement}`)}</Fact>
              <Fact term="Maîtrise d’ouvrage">{fr(`${actors.moa.name}, SIRET ${formatSiret(actors.moa.siret)}${actors.moa.codeService ? `, code service ${actors.moa.codeService}` : ''}`)}</Fact>
              <Fact term="Maîtrise d’œuvre">{fr(actors.moe ? `${actors.moe.name}, SIRET ${formatSiret(actors.moe.siret)}` : 'aucune sur ce marché')}</Fact>
            </Facts>
          </div>
        )}
      </Block>
      <PieceForm
        props={props}
        options={options}
        actors={false}
        followed={{ ht: parent.amount.ht, vatRate: parent.amount.vatRate }}
        allCadres={false}
        toEvent={(input) => ({ type: 'works.depositNext', pieceId: parent.id, ...input })}
        onDone={(number) => props.navigate('travaux/dossier', { pieceId: parent.id, deposited: number })}
      />
    </Screen>
  );
});
