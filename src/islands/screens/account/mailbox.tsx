/**
 * `compte/messagerie`: a simulated mailbox showing the messages the portal sent (activation links, login
 * codes, rattachement requests and decisions, status changes), so that the learner can follow a link or
 * read a code without leaving the exercise.
 */
import { useState } from 'preact/hooks';
import { mailbox, RATTACHEMENT_STATUS_LABELS, WORKS_MAIL_TEXTS, type Mail, type World } from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { Actions, Block, Button, formatMoment, formatSiret, fr, GeneralErrors, Notice, refusalOf, Screen, SelectField, useFieldIds } from '../kit';
import { isOneOf, keysOf } from '../../../domain/keys';

/** The mailboxes that received something, the learner's own first. */
function addresses(world: World): string[] {
  const session = world.session;
  const own = session ? world.users[session.userId] : undefined;
  const all = [...new Set([...world.mails].reverse().map((mail) => mail.to))];
  const mine = own ? [own.loginEmail, own.contactEmail] : [];
  return [...new Set([...mine.filter((address) => all.includes(address)), ...all])];
}

function structureName(world: World, siret: string): string {
  return world.structures[siret]?.raisonSociale ?? world.companies[siret]?.raisonSociale ?? 'structure';
}

function subject(mail: Mail): string {
  switch (mail.kind) {
    case 'activation':
      return 'Chorus Pro — Activez votre compte';
    case 'code':
      return 'Chorus Pro — Votre code de connexion';
    case 'rattachementRequested':
      return 'Chorus Pro — Nouvelle demande de rattachement';
    case 'rattachementDecided':
      return 'Chorus Pro — Votre demande de rattachement';
    case 'statusChange':
      return `Chorus Pro — Facture n° ${mail.params['number'] ?? ''} : « ${mail.params['label'] ?? ''} »`;
    case 'worksPiece':
      return `Chorus Pro — ${worksText(mail).subject} (n° ${mail.params['number'] ?? ''})`;
  }
}

function MailBody({ mail, props, onActivated }: { mail: Mail; props: ScreenProps; onActivated: (messages: string[]) => void }) {
  const { world } = props;
  const p = mail.params;
  switch (mail.kind) {
    case 'activation': {
      const token = p['token'] ?? '';
      return (
        <>
          <p>{fr('Bonjour, votre compte Chorus Pro a été créé. Pour l\u2019activer, utilisez le lien ci-dessous.')}</p>
          <p>{fr(`Ce lien est valable 60 minutes, jusqu'au ${formatMoment(Number(p['expiresAt']))}. Passé ce délai, demandez un nouveau lien.`)}</p>
          <Button
            variant="primary"
            verdict={props.check({ type: 'account.activate', token })}
            onClick={() => onActivated(refusalOf(props.dispatch({ type: 'account.activate', token })))}
          >
            Activer mon compte
          </Button>
        </>
      );
    }
    case 'code':
      return (
        <>
          <p>{fr('Voici votre code de vérification pour la connexion en cours :')}</p>
          <p class="cpa-code">{p['code']}</p>
          <p class="cpa-muted">{fr('Ne communiquez jamais ce code. Seul le dernier code reçu est valable.')}</p>
        </>
      );
    case 'rattachementRequested': {
      const siret = p['siret'] ?? '';
      return (
        <p>
          {fr(
            `${p['requester'] ?? ''} demande à être rattaché(e) à la structure ${structureName(world, siret)} (SIRET ${formatSiret(siret)}). En tant que gestionnaire principal, traitez la demande dans « Activités du gestionnaire ».`,
          )}
        </p>
      );
    }
    case 'rattachementDecided': {
      const siret = p['siret'] ?? '';
      const accepted = p['decision'] === 'validee';
      const status = RATTACHEMENT_STATUS_LABELS[accepted ? 'validee' : 'refusee'].toLowerCase();
      return (
        <p>
          {fr(
            `Votre demande de rattachement à la structure ${structureName(world, siret)} (SIRET ${formatSiret(siret)}) a été ${status}.` +
              (accepted ? ` Rôle : ${p['role'] ?? ''}.` : p['reason'] ? ` Motif : ${p['reason']}` : ''),
          )}
        </p>
      );
    }
    case 'statusChange':
      return (
        <p>
          {fr(`Votre facture n° ${p['number'] ?? ''} est au statut « ${p['label'] ?? ''} ».`)}
          {p['reason'] ? fr(` Motif : ${p['reason']}`) : ''}
        </p>
      );
    case 'worksPiece':
      return <p>{fr(`${worksText(mail).body} Pièce n° ${p['number'] ?? ''}, cadre ${p['cadre'] ?? ''}.`)}</p>;
  }
}

/** The wording of a « Factures de travaux » mail (model-works.ts). */
function worksText(mail: Mail): { subject: string; body: string } {
  const what = mail.params['what'] ?? '';
  return isOneOf(keysOf(WORKS_MAIL_TEXTS), what) ? WORKS_MAIL_TEXTS[what] : WORKS_MAIL_TEXTS.miseADisposition;
}

/** `compte/messagerie`. */
export function MailboxScreen(props: ScreenProps) {
  const { world } = props;
  const ids = useFieldIds(['box'] as const);
  const boxes = addresses(world);
  const [chosen, setChosen] = useState('');
  const [result, setResult] = useState<{ ok: boolean; messages: string[] } | null>(null);
  const box = boxes.includes(chosen) ? chosen : (boxes[0] ?? '');
  const mails = box ? mailbox(world, box) : [];
  const session = world.session;
  const back = session?.stage === 'open' ? 'compte/mon-compte' : session?.stage === 'code' ? 'compte/code' : 'compte/accueil';

  return (
    <Screen props={props} label="Messagerie">
      <p class="cpa-muted">{fr('Messagerie simulée : elle montre les courriels que le portail vous envoie pendant l\u2019exercice.')}</p>
      {boxes.length > 1 && (
        <SelectField id={ids.box} label="Boîte de réception de" value={box} options={boxes.map((address) => ({ value: address, label: address }))} onChange={setChosen} />
      )}
      {result?.ok && (
        <Notice>
          {fr('Votre compte est activé : vous pouvez maintenant vous connecter.')}{' '}
        </Notice>
      )}
      {result && !result.ok && <GeneralErrors messages={result.messages} />}
      <Actions>
        {result?.ok && !session ? (
          <Button variant="primary" to="compte/accueil">Aller à la page de connexion</Button>
        ) : (
          <Button to={back}>Retour au portail</Button>
        )}
      </Actions>
      {mails.length === 0 ? (
        <p>{fr('Aucun message pour le moment.')}</p>
      ) : (
        <Block title={`Boîte de réception — ${box}`}>
          <ol class="cpa-mails">
            {mails.map((mail) => (
              <li key={mail.id}>
                <article class="cpa-mail" aria-labelledby={`${ids.box}-${mail.id}`}>
                  <h4 id={`${ids.box}-${mail.id}`}>{fr(subject(mail))}</h4>
                  <p class="cpa-muted">{fr(`De : Chorus Pro (ne pas répondre) — reçu le ${formatMoment(mail.at)}`)}</p>
                  <MailBody mail={mail} props={props} onActivated={(messages) => setResult({ ok: messages.length === 0, messages })} />
                </article>
              </li>
            ))}
          </ol>
        </Block>
      )}
    </Screen>
  );
}
