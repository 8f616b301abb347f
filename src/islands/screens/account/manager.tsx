/**
 * « Activités du gestionnaire »: « Mes structures » (`gestion/accueil`), « Modification de la structure »
 * with its services, coordonnées bancaires and espaces (`gestion/structure`), « Ajouter des espaces »
 * (`gestion/espaces`) and the rattachement requests to decide (`gestion/demandes`).
 */
import { useState } from 'preact/hooks';
import {
  currentUser,
  ESPACE_LABELS,
  ESPACES,
  formatIban,
  RATTACHEMENT_STATUS_LABELS,
  requestsToDecide,
  ROLE_LABELS,
  structuresOf,
  type EspaceId,
  type World,
} from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { Block, Button, CheckField, demoEvent, Fact, Form, formatMoment, formatSiret, fr, GeneralErrors, NeedsLogin, Notice, Screen, TextField, useFieldIds, useForm } from '../kit';

function userName(world: World, userId: string): string {
  const user = world.users[userId];
  return user ? `${user.firstName} ${user.lastName}` : userId;
}

/** `gestion/accueil`: « Mes structures » and the count of requests waiting. */
export function ManagerHomeScreen(props: ScreenProps) {
  const { world, highlight, params } = props;
  const user = currentUser(world);
  if (!user) return <NeedsLogin props={props} />;
  const memberships = structuresOf(world, user.id);
  const waiting = requestsToDecide(world, user.id);
  return (
    <Screen props={props} label="Activités du gestionnaire">
      {params['info'] && <Notice>{fr(params['info'])}</Notice>}
      <Block title="Mes structures">
        {memberships.length === 0 ? (
          <p>{fr('Vous n\u2019êtes rattaché à aucune structure.')}</p>
        ) : (
          <table class="cpa-table">
            <caption class="visually-hidden">Mes structures</caption>
            <thead>
              <tr>
                <th scope="col">SIRET</th>
                <th scope="col">Raison sociale</th>
                <th scope="col">Mon rôle</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {memberships.map(({ structure, role }) => (
                <tr key={structure.siret}>
                  <td>{formatSiret(structure.siret)}</td>
                  <td>{structure.raisonSociale}</td>
                  <td>{ROLE_LABELS[role]}</td>
                  <td>
                    <Button
                      name={`Modifier la structure ${structure.siret}`}
                      highlight={highlight}
                      verdict={role === 'gestionnairePrincipal' ? { ok: true } : { ok: false, reasons: ['Réservé au gestionnaire principal.'] }}
                      onClick={() => props.navigate('gestion/structure', { siret: structure.siret })}
                    >
                      Modifier
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Block>
      <Block title="Demandes de rattachement">
        <p>{fr(waiting.length === 0 ? 'Aucune demande en attente de validation.' : `${waiting.length} demande(s) en attente de validation.`)}</p>
        <Button variant="primary" highlight={highlight} onClick={() => props.navigate('gestion/demandes')}>
          Traiter les demandes de rattachement
        </Button>
      </Block>
      <div class="cpa-actions">
        <Button variant="link" highlight={highlight} onClick={() => props.navigate('compte/mon-compte')}>
          Retour à Mon compte
        </Button>
      </div>
    </Screen>
  );
}

/** The structure of the screen: `params.siret`, or the only structure the user manages. */
function managedSiret(props: ScreenProps, userId: string): string {
  const given = props.params['siret'];
  if (given) return given;
  const managed = structuresOf(props.world, userId).filter((m) => m.role === 'gestionnairePrincipal');
  return managed[0]?.structure.siret ?? '';
}

const SERVICE_FIELDS = ['code', 'label'] as const;
const BANK_FIELDS = ['label', 'holder', 'iban', 'bic'] as const;

/** The « Services » block: list and creation form. */
function Services({ props, siret }: { props: ScreenProps; siret: string }) {
  const { world, highlight } = props;
  const ids = useFieldIds(SERVICE_FIELDS);
  const form = useForm(props, SERVICE_FIELDS, ids);
  const shown = demoEvent(props.params, 'service.create');
  const [code, setCode] = useState(shown?.code ?? '');
  const [label, setLabel] = useState(shown?.label ?? '');
  const [info, setInfo] = useState('');
  const services = world.structures[siret]?.services ?? [];
  const create = () => {
    setInfo('');
    if (form.submit({ type: 'service.create', siret, code, label })) {
      setInfo(`Le service ${code.trim().toUpperCase()} est créé.`);
      setCode('');
      setLabel('');
    }
  };
  return (
    <Block title="Services">
      {services.length === 0 ? (
        <p>{fr('Aucun service : les services sont facultatifs, ils servent à répartir les factures dans la structure.')}</p>
      ) : (
        <table class="cpa-table">
          <caption class="visually-hidden">Services de la structure</caption>
          <thead>
            <tr>
              <th scope="col">Code service</th>
              <th scope="col">Libellé</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {services.map((service) => (
              <tr key={service.code}>
                <td>{service.code}</td>
                <td>{service.label}</td>
                <td>{service.active ? 'Actif' : 'Inactif'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form onSubmit={create} label="Créer un service">
        <GeneralErrors id={form.generalId} messages={form.errors.general} />
        <TextField
          id={ids.code}
          label="Code service"
          value={code}
          onInput={setCode}
          errors={form.of('code')}
          hint={fr('Lettres majuscules, chiffres, « _ » et « - » (par exemple COMPTABILITE).')}
          highlight={highlight}
          required
        />
        <TextField id={ids.label} label="Libellé du service" value={label} onInput={setLabel} errors={form.of('label')} highlight={highlight} required />
        <div class="cpa-actions">
          <Button type="submit" variant="primary" highlight={highlight}>
            Créer le service
          </Button>
        </div>
        {info && <Notice>{fr(info)}</Notice>}
      </Form>
    </Block>
  );
}

/** The « Coordonnées bancaires » block: list and « Ajouter des coordonnées bancaires ». */
function BankAccounts({ props, siret }: { props: ScreenProps; siret: string }) {
  const { world, highlight } = props;
  const ids = useFieldIds(BANK_FIELDS);
  const form = useForm(props, BANK_FIELDS, ids);
  const shown = demoEvent(props.params, 'bank.add');
  const [values, setValues] = useState({ label: shown?.label ?? '', holder: shown?.holder ?? '', iban: shown?.iban ?? '', bic: shown?.bic ?? '' });
  const [info, setInfo] = useState('');
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const accounts = world.structures[siret]?.bankAccounts ?? [];
  const add = () => {
    setInfo('');
    if (form.submit({ type: 'bank.add', siret, ...values })) {
      setInfo(`Les coordonnées bancaires « ${values.label.trim()} » sont enregistrées : elles pourront être choisies sur vos factures.`);
      setValues({ label: '', holder: '', iban: '', bic: '' });
    }
  };
  return (
    <Block title="Coordonnées bancaires">
      {accounts.length === 0 ? (
        <p>{fr('Aucune coordonnée bancaire enregistrée.')}</p>
      ) : (
        <table class="cpa-table">
          <caption class="visually-hidden">Coordonnées bancaires de la structure</caption>
          <thead>
            <tr>
              <th scope="col">Libellé</th>
              <th scope="col">Titulaire</th>
              <th scope="col">IBAN</th>
              <th scope="col">BIC</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>{account.label}</td>
                <td>{account.holder}</td>
                <td class="cpa-nowrap">{formatIban(account.iban)}</td>
                <td>{account.bic || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form onSubmit={add} label="Ajouter des coordonnées bancaires">
        <GeneralErrors id={form.generalId} messages={form.errors.general} />
        <TextField id={ids.label} label="Libellé du compte" value={values.label} onInput={set('label')} errors={form.of('label')} highlight={highlight} required />
        <TextField id={ids.holder} label="Titulaire du compte" value={values.holder} onInput={set('holder')} errors={form.of('holder')} highlight={highlight} required />
        <TextField
          id={ids.iban}
          label="IBAN"
          value={values.iban}
          onInput={set('iban')}
          errors={form.of('iban')}
          hint={fr('Recopiez-le depuis un RIB récent ; les espaces sont acceptés (FR76 3000 6000 …).')}
          highlight={highlight}
          required
        />
        <TextField id={ids.bic} label="BIC (facultatif pour un IBAN français)" value={values.bic} onInput={set('bic')} errors={form.of('bic')} highlight={highlight} />
        <div class="cpa-actions">
          <Button type="submit" variant="primary" highlight={highlight}>
            Ajouter les coordonnées bancaires
          </Button>
        </div>
        {info && <Notice>{fr(info)}</Notice>}
      </Form>
    </Block>
  );
}

/** `gestion/structure`: « Modification de la structure ». */
export function StructureScreen(props: ScreenProps) {
  const { world, highlight, params } = props;
  const user = currentUser(world);
  if (!user) return <NeedsLogin props={props} />;
  const siret = managedSiret(props, user.id);
  const structure = world.structures[siret];
  if (!structure) {
    return (
      <Screen props={props} label="Modification de la structure">
        <p>{fr('Aucune structure à gérer : créez d\u2019abord la structure de votre entreprise.')}</p>
        <Button highlight={highlight} onClick={() => props.navigate('gestion/accueil')}>
          Retour à Mes structures
        </Button>
      </Screen>
    );
  }
  const company = world.companies[siret];
  return (
    <Screen props={props} label="Modification de la structure">
      {params['info'] && <Notice>{fr(params['info'])}</Notice>}
      <Block title="Informations de la structure">
        <dl class="cpa-dl">
          <Fact term="SIRET">{formatSiret(siret)}</Fact>
          <Fact term="Raison sociale">{structure.raisonSociale}</Fact>
          {company && <Fact term="Adresse">{company.address}</Fact>}
          <Fact term="Utilisateurs rattachés">
            {structure.members.map((m) => `${userName(world, m.userId)} (${ROLE_LABELS[m.role].toLowerCase()})`).join(', ')}
          </Fact>
        </dl>
      </Block>
      <Services props={props} siret={siret} />
      <BankAccounts props={props} siret={siret} />
      <Block title="Liste des espaces de la structure">
        {structure.espaces.length === 0 ? (
          <p>{fr('Aucun espace ouvert en plus de « Mon compte » et « Activités du gestionnaire ».')}</p>
        ) : (
          <ul>
            {structure.espaces.map((espace) => (
              <li key={espace}>{ESPACE_LABELS[espace]}</li>
            ))}
          </ul>
        )}
        <div class="cpa-actions">
          <Button variant="primary" highlight={highlight} onClick={() => props.navigate('gestion/espaces', { siret })}>
            Ajouter des espaces
          </Button>
          <Button variant="link" highlight={highlight} onClick={() => props.navigate('gestion/accueil')}>
            Retour à Mes structures
          </Button>
        </div>
      </Block>
    </Screen>
  );
}

/** `gestion/espaces`: « Ajouter des espaces » — tick, then « Valider ». */
export function EspacesScreen(props: ScreenProps) {
  const { world, highlight } = props;
  const ids = useFieldIds(ESPACES);
  const shown = demoEvent(props.params, 'espace.open');
  const [ticked, setTicked] = useState<EspaceId[]>(shown ? [shown.espace] : []);
  const [errors, setErrors] = useState<string[]>([]);
  const user = currentUser(world);
  if (!user) return <NeedsLogin props={props} />;
  const siret = managedSiret(props, user.id);
  const name = world.structures[siret]?.raisonSociale ?? siret;
  const validate = () => {
    const refused: string[] = [];
    for (const espace of ticked) refused.push(...props.dispatch({ type: 'espace.open', siret, espace }));
    setErrors(refused);
    if (refused.length === 0) {
      const labels = ticked.map((espace) => `« ${ESPACE_LABELS[espace]} »`).join(', ');
      props.navigate('gestion/structure', {
        siret,
        info: `Espace(s) ${labels} ouvert(s) sur la structure. Chaque utilisateur doit maintenant s'y abonner (Mon compte, « Ajouter un abonnement »), puis se déconnecter et se reconnecter.`,
      });
    }
  };
  return (
    <Screen props={props} label="Ajouter des espaces">
      <Block title={`Ajouter des espaces — ${name}`}>
        <Form onSubmit={validate} label="Ajouter des espaces">
          <GeneralErrors messages={errors} />
          {ESPACES.map((espace) => {
            const verdict = props.check({ type: 'espace.open', siret, espace });
            const open = world.structures[siret]?.espaces.includes(espace) ?? false;
            return (
              <CheckField
                key={espace}
                id={ids[espace]}
                label={ESPACE_LABELS[espace]}
                checked={open || ticked.includes(espace)}
                onChange={(on) => setTicked((list) => (on ? [...list, espace] : list.filter((e) => e !== espace)))}
                disabledReason={verdict.ok ? undefined : verdict.reasons.join(' ')}
                highlight={highlight}
              />
            );
          })}
          <div class="cpa-actions">
            <Button
              type="submit"
              variant="primary"
              highlight={highlight}
              verdict={ticked.length === 0 ? { ok: false, reasons: ['Cochez au moins un espace à ajouter.'] } : { ok: true }}
            >
              Valider
            </Button>
            <Button variant="link" highlight={highlight} onClick={() => props.navigate('gestion/structure', { siret })}>
              Annuler
            </Button>
          </div>
        </Form>
      </Block>
    </Screen>
  );
}

/** One request waiting for a decision, with « Valider » and « Refuser » (motif required by the form). */
function RequestRow({ props, requestId }: { props: ScreenProps; requestId: string }) {
  const { world, highlight } = props;
  const ids = useFieldIds(['reason'] as const);
  const form = useForm(props, ['reason'], ids);
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
      <div class="cpa-actions">
        <Button
          variant="primary"
          name={`Valider la demande de ${who}`}
          highlight={highlight}
          verdict={props.check({ type: 'rattachement.validate', requestId })}
          onClick={() => form.submit({ type: 'rattachement.validate', requestId })}
        >
          Valider
        </Button>
        <Button variant="danger" name={`Refuser la demande de ${who}`} highlight={highlight} onClick={() => setRefusing(true)}>
          Refuser
        </Button>
      </div>
      {refusing && (
        <Form onSubmit={() => form.submit({ type: 'rattachement.refuse', requestId, reason })} label={`Refus de la demande de ${who}`}>
          <TextField
            id={ids.reason}
            label="Motif du refus"
            multiline
            value={reason}
            onInput={setReason}
            errors={form.of('reason')}
            hint={fr('Le demandeur reçoit ce motif par courriel (255 caractères au plus).')}
            highlight={highlight}
          />
          <div class="cpa-actions">
            <Button type="submit" variant="danger" highlight={highlight}>
              Confirmer le refus
            </Button>
            <Button variant="link" highlight={highlight} onClick={() => setRefusing(false)}>
              Annuler
            </Button>
          </div>
        </Form>
      )}
    </li>
  );
}

/** `gestion/demandes`: « Demandes de rattachement » to validate or refuse. */
export function RequestsScreen(props: ScreenProps) {
  const { world, highlight } = props;
  const user = currentUser(world);
  if (!user) return <NeedsLogin props={props} />;
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
          <table class="cpa-table">
            <caption class="visually-hidden">Demandes traitées</caption>
            <thead>
              <tr>
                <th scope="col">Demandeur</th>
                <th scope="col">Structure</th>
                <th scope="col">Décision</th>
              </tr>
            </thead>
            <tbody>
              {decided.map((request) => (
                <tr key={request.id}>
                  <td>{userName(world, request.userId)}</td>
                  <td>{formatSiret(request.siret)}</td>
                  <td>
                    {RATTACHEMENT_STATUS_LABELS[request.status]}
                    {request.reason ? fr(` (motif : ${request.reason})`) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Block>
      )}
      <div class="cpa-actions">
        <Button variant="link" highlight={highlight} onClick={() => props.navigate('gestion/accueil')}>
          Retour à Mes structures
        </Button>
      </div>
    </Screen>
  );
}
