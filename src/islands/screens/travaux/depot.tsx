/**
 * The two deposits of « Factures de travaux »: the dépôt initial from the Synthèse (`travaux/depot`), which
 * opens a dossier de facturation, and « Déposer la pièce de facturation suivante » from a piece received
 * (`travaux/suivante`), which adds a piece to its dossier (facts §4.2–4.3). The marchés come from the fiche
 * identité (the marchés where one of the user's structures is an actor); the cadres offered are the
 * simulator's `initialOptions` / `nextOptions`.
 */
import { useState } from 'preact/hooks';
import { demoEvent } from '../account/form';
import { currentUser } from '../../../domain/simulator/queries';
import type { UserId, World } from '../../../domain/simulator/model';
import type { WorksContract } from '../../../domain/simulator/model-works';
import { contractsForUser, initialOptions, nextOptions, worksSirets, type NextOption } from '../../../domain/simulator/queries-works';
import { supplierRole } from '../../../domain/simulator/rules/works';
import { Block, NeedsLogin, Screen } from '../account/ui';
import type { ScreenProps } from '../types';
import { PieceForm } from './form';
import { cadreText, formatEuros, fr, Missing, TravauxTabs, pieceOf } from './ui';

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

/** Dépôt initial: marché, cadre, number, amounts, file, comment. */
export function TravauxDepotScreen(props: ScreenProps) {
  const user = currentUser(props.world);
  const contracts = user ? contractsForUser(props.world, user.id) : [];
  const shown = demoEvent(props.params, 'works.deposit');
  const [contractId, setContractId] = useState(shown?.contractId ?? contracts[0]?.id ?? '');
  if (!user) return <NeedsLogin props={props} />;
  const options = withFallback(props.world, user.id, props.world.works?.contracts[contractId], initialOptions(props.world, user.id, contractId));
  return (
    <Screen props={props} label="Déposer une pièce de facturation">
      <TravauxTabs props={props} />
      <p>{fr('Un dépôt initial ouvre un nouveau dossier de facturation. Pour répondre à une pièce reçue, ouvrez-la et utilisez « Déposer la pièce de facturation suivante ».')}</p>
      <PieceForm
        key={contractId}
        props={props}
        options={options}
        contracts={contracts.map((c) => ({ value: c.id, label: `${c.numero} — ${c.objet}` }))}
        contractId={contractId}
        onContract={setContractId}
        allCadres
        toEvent={(input) => ({ type: 'works.deposit', contractId, ...input })}
        onDone={(number) => props.navigate('travaux/synthese', { deposited: number })}
      />
    </Screen>
  );
}

/** « Déposer la pièce de facturation suivante », from the piece of `params.pieceId`. */
export function TravauxSuivanteScreen(props: ScreenProps) {
  const user = currentUser(props.world);
  if (!user) return <NeedsLogin props={props} />;
  const parent = pieceOf(props);
  if (!parent) return <Missing props={props} text="Cette pièce est introuvable." />;
  const contract = props.world.works?.contracts[props.world.works.dossiers[parent.dossierId]?.contractId ?? ''];
  const options = withFallback(props.world, user.id, contract, nextOptions(props.world, user.id, parent.id));
  return (
    <Screen props={props} label="Déposer la pièce de facturation suivante">
      <TravauxTabs props={props} />
      <Block title={`Pièce suivie : n° ${parent.number}`}>
        <p>{fr(`${cadreText(parent.cadre)}, ${formatEuros(parent.amount.ht)} HT. La nouvelle pièce rejoindra le même dossier de facturation.`)}</p>
      </Block>
      <PieceForm
        props={props}
        options={options}
        followed={{ ht: parent.amount.ht, vatRate: parent.amount.vatRate }}
        allCadres={false}
        toEvent={(input) => ({ type: 'works.depositNext', pieceId: parent.id, ...input })}
        onDone={(number) => props.navigate('travaux/dossier', { pieceId: parent.id, deposited: number })}
      />
    </Screen>
  );
}
