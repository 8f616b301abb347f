/** `gestion/demandes`: the rattachement requests a gestionnaire principal validates or refuses. */
import { useState } from 'preact/hooks';
import { RATTACHEMENT_STATUS_LABELS, requestsToDecide, structuresOf } from '../../../domain/simulator/core';
import { Actions, Block, Button, DataTable, Form, formatMoment, formatSiret, fr, GeneralErrors, Screen, TextField, useForm , loggedIn, type LoggedInProps } from '../kit';
import type { ScreenProps } from '../types';
import { userName } from './manager';

/** One request waiting for a decision, with « Valider » and « Refuser » (motif required by the form). */
function RequestRow({ props, requestId }: { props: ScreenProps; requestId: string }) {
  const { world } = props;
  const form = useForm(props, ['reason']);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const request = world.rattachements[requestId];
  if (!request) return null;
  const who = userName(world, request.userId);
  const requester = world.users[request.userId];
  return (
    <li class="cpa-request">
      <p>
        <strong>{who}</strong> {requester ? `(${requester.loginEmail})` : ''}
        <br />
        {fr(`Structure : ${world.structures[request.siret]?.raisonSociale ?? ''} — SIRET ${formatSiret(request.siret)} — demandé le ${formatMoment(request.requestedAt)}`)}
      </p>
      <GeneralErrors id={form.generalId} messages={form.errors.general} />
      <Actions>
        <Button
          variant="primary"
          name={`Valider la demande de ${who}`}
          verdict={props.check({ type: 'rattachement.validate', requestId })}
          onClick={() => form.submit({ type: 'rattachement.validate', requestId })}
        >
          Valider
        </Button>
        <Button variant="danger" name={`Refuser la demande de ${who}`} onClick={() => setRefusing(true)}>Refuser</Button>
      </Actions>
      {refusing && (
        <Form onSubmit={() => form.submit({ type: 'rattachement.refuse', requestId, reason })} label={`Refus de la demande de ${who}`}>
          <TextField label="Motif du refus" multiline {...form.bind('reason', reason, setReason)} hint={fr('Le demandeur reçoit ce motif par courriel (255 caractères au plus).')} />
          <Actions>
            <Button type="submit" variant="danger">Confirmer le refus</Button>
            <Button variant="link" onClick={() => setRefusing(false)}>Annuler</Button>
          </Actions>
        </Form>
      )}
    </li>
  );
}

/** `gestion/demandes`: « Demandes de rattachement » to validate or refuse. */
export const RequestsScreen = loggedIn(function RequestsScreen({ user, ...props }: LoggedInProps) {
  const { world } = props;
  const waiting = requestsToDecide(world, user.id);
  const managed = new Set(structuresOf(world, user.id).filter((m) => m.role === 'gestionnairePrincipal').map((m) => m.structure.siret));
  const decided = Object.values(world.rattachements).filter((r) => r.status !== 'enAttente' && managed.has(r.siret));
  return (
    <Screen props={props} label="Demandes de rattachement">
      <Block title="Demandes en attente de validation">
        {waiting.length === 0 ? (
          <p role="status">{fr('Aucune demande en attente.')}</p>
        ) : (
          <ul class="cpa-requests">
            {waiting.map((request) => (
              <RequestRow key={request.id} props={props} requestId={request.id} />
            ))}
          </ul>
        )}
      </Block>
      {decided.length > 0 && (
        <Block title="Demandes traitées">
          <DataTable
            caption="Demandes traitées"
            rows={decided}
            rowKey={(request) => request.id}
            columns={[
              { header: 'Demandeur', cell: (request) => userName(world, request.userId) },
              { header: 'Structure', cell: (request) => formatSiret(request.siret) },
              { header: 'Décision', cell: (request) => `${RATTACHEMENT_STATUS_LABELS[request.status]}${request.reason ? fr(` (motif : ${request.reason})`) : ''}` },
            ]}
          />
        </Block>
      )}
      <Actions>
        <Button variant="link" to="gestion/accueil">Retour à Mes structures</Button>
      </Actions>
    </Screen>
  );
});
