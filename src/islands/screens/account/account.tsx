/**
 * « Mon compte » and what starts from it: personal data, « Mes rattachements aux structures » with
 * « Demande de rattachement » (`compte/rattachement`) and « Créer ma structure » (`compte/structure-creation`),
 * « Mes abonnements aux espaces » with « Ajouter un abonnement » (`compte/abonnement`).
 */
import { useState } from 'preact/hooks';
import {
  compact,
  currentUser,
  ESPACE_LABELS,
  ESPACES,
  RATTACHEMENT_STATUS_LABELS,
  requestsOf,
  ROLE_LABELS,
  searchStructures,
  structuresOf,
  type EspaceId,
  type Structure,
  type SubscriptionMode,
} from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { Actions, Block, Button, CheckField, demoEvent, Fact, Facts, Form, formatSiret, fr, GeneralErrors, hasErrors, NeedsLogin, Notice, RadioGroup, refusalOf, Screen, SelectField, TextField, useFieldIds, useForm, usePlayer } from '../kit';

/** `compte/mon-compte`. */
export function MyAccountScreen(props: ScreenProps) {
  const { world, highlight, params } = props;
  const user = currentUser(world);
  if (!user) return <NeedsLogin props={props} />;
  const memberships = structuresOf(world, user.id);
  const pending = requestsOf(world, user.id).filter((request) => request.status !== 'validee');
  const subscriptions = world.subscriptions.filter((s) => s.userId === user.id);
  const inMenu = (siret: string, espace: EspaceId) => world.session?.espaces.some((s) => s.siret === siret && s.espace === espace) ?? false;
  const waitingForReconnect = subscriptions.some((s) => !inMenu(s.siret, s.espace));
  const manages = memberships.some((m) => m.role === 'gestionnairePrincipal');
  const name = (siret: string) => world.structures[siret]?.raisonSociale ?? siret;

  return (
    <Screen props={props} label="Mon compte">
      {params['info'] && <Notice>{fr(params['info'])}</Notice>}
      <Actions>
        {manages && (
          <Button highlight={highlight} onClick={() => props.navigate('gestion/accueil')}>
            Activités du gestionnaire
          </Button>
        )}
        <Button highlight={highlight} onClick={() => props.navigate('compte/messagerie')}>
          Ouvrir ma messagerie
        </Button>
        <Button variant="link" highlight={highlight} onClick={() => props.dispatch({ type: 'session.logout' }).issues.length === 0 && props.navigate('compte/accueil')}>
          Se déconnecter
        </Button>
      </Actions>
      <Block title="Mes informations personnelles">
        <Facts>
          <Fact term="Prénom">{user.firstName}</Fact>
          <Fact term="Nom">{user.lastName}</Fact>
          <Fact term="Adresse de connexion">{user.loginEmail}</Fact>
          <Fact term="Adresse de contact">{user.contactEmail}</Fact>
        </Facts>
      </Block>
      <Block title="Mes rattachements aux structures">
        {memberships.length === 0 && pending.length === 0 ? (
          <p>{fr('Vous n\u2019êtes rattaché à aucune structure : créez celle de votre entreprise ou demandez à rejoindre une structure existante.')}</p>
        ) : (
          <table class="cpa-table">
            <caption class="visually-hidden">Mes rattachements aux structures</caption>
            <thead>
              <tr>
                <th scope="col">SIRET</th>
                <th scope="col">Raison sociale</th>
                <th scope="col">Rôle ou statut</th>
              </tr>
            </thead>
            <tbody>
              {memberships.map(({ structure, role }) => (
                <tr key={structure.siret}>
                  <td>{formatSiret(structure.siret)}</td>
                  <td>{structure.raisonSociale}</td>
                  <td>{ROLE_LABELS[role]}</td>
                </tr>
              ))}
              {pending.map((request) => (
                <tr key={request.id}>
                  <td>{formatSiret(request.siret)}</td>
                  <td>{name(request.siret)}</td>
                  <td>
                    {fr(`Demande ${RATTACHEMENT_STATUS_LABELS[request.status].toLowerCase()}`)}
                    {request.reason ? fr(` (motif : ${request.reason})`) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Actions>
          <Button variant="primary" highlight={highlight} onClick={() => props.navigate('compte/rattachement')}>
            Demande de rattachement
          </Button>
          <Button highlight={highlight} onClick={() => props.navigate('compte/structure-creation')}>
            Créer ma structure
          </Button>
        </Actions>
      </Block>
      <Block title="Mes abonnements aux espaces">
        {subscriptions.length === 0 ? (
          <p>{fr('Aucun abonnement : seuls « Mon compte » et, pour un gestionnaire, « Activités du gestionnaire » sont visibles.')}</p>
        ) : (
          <table class="cpa-table">
            <caption class="visually-hidden">Mes abonnements aux espaces</caption>
            <thead>
              <tr>
                <th scope="col">Structure</th>
                <th scope="col">Espace</th>
                <th scope="col">Mode</th>
                <th scope="col">Dans le menu</th>
              </tr>
            </thead>
            <tbody>
              {subscriptions.map((s) => (
                <tr key={`${s.siret}-${s.espace}`}>
                  <td>{name(s.siret)}</td>
                  <td>{ESPACE_LABELS[s.espace]}</td>
                  <td>{s.mode === 'modification' ? 'Modification' : 'Consultation'}</td>
                  <td>{inMenu(s.siret, s.espace) ? 'Oui' : fr('Après reconnexion')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {waitingForReconnect && <p class="cpa-muted">{fr('Déconnectez-vous puis reconnectez-vous pour voir les nouveaux espaces dans le menu.')}</p>}
        <Actions>
          <Button variant="primary" highlight={highlight} onClick={() => props.navigate('compte/abonnement')}>
            Ajouter un abonnement
          </Button>
        </Actions>
      </Block>
    </Screen>
  );
}

const SEARCH_FIELDS = ['identifiant', 'raisonSociale'] as const;

/** `compte/rattachement`: « Demander un rattachement à une structure ». */
export function RattachementScreen(props: ScreenProps) {
  const { world, highlight } = props;
  const { message } = usePlayer();
  const ids = useFieldIds(SEARCH_FIELDS);
  const form = useForm(props, SEARCH_FIELDS, ids);
  const shown = demoEvent(props.params, 'rattachement.request');
  const [identifiant, setIdentifiant] = useState(shown?.siret ?? '');
  const [raisonSociale, setRaisonSociale] = useState('');
  const [results, setResults] = useState<string[] | null>(shown ? [shown.siret] : null);
  const [selected, setSelected] = useState<string[]>(shown ? [shown.siret] : []);
  const [sendErrors, setSendErrors] = useState<string[]>([]);
  const user = currentUser(world);
  if (!user) return <NeedsLogin props={props} />;

  const search = () => {
    // The portal searches one criterion: the identifiant when typed, otherwise the raison sociale.
    const field = identifiant.trim() !== '' || raisonSociale.trim() === '' ? 'identifiant' : 'raisonSociale';
    const found = searchStructures(world, field === 'identifiant' ? identifiant : raisonSociale);
    setSelected([]);
    setSendErrors([]);
    setResults(found.results.map((s: Structure) => s.siret));
    if (found.issues.length === 0) form.clear();
    else form.show({ fields: { [field]: found.issues.map((i) => message(i)) }, general: [] });
  };
  const send = () => {
    const refused: string[] = [];
    for (const siret of selected) refused.push(...refusalOf(props.dispatch({ type: 'rattachement.request', siret })));
    setSendErrors(refused);
    if (refused.length === 0) {
      const names = selected.map((siret) => world.structures[siret]?.raisonSociale ?? siret).join(', ');
      props.navigate('compte/mon-compte', { info: `Votre demande de rattachement (${names}) est envoyée au gestionnaire principal, qui doit la valider.` });
    }
  };
  const toggle = (siret: string, on: boolean) => setSelected((list) => (on ? [...list, siret] : list.filter((s) => s !== siret)));

  return (
    <Screen props={props} label="Demander un rattachement à une structure">
      <Block title="Rechercher une structure">
        <p>{fr('Recherchez par Identifiant (tout ou partie du SIRET, 3 chiffres au moins) ou par raison sociale (le nom complet et exact).')}</p>
        <Form onSubmit={search} label="Rechercher une structure">
          <GeneralErrors id={form.generalId} messages={form.errors.general} />
          <TextField
            id={ids.identifiant}
            label="Identifiant (SIRET)"
            inputMode="numeric"
            value={identifiant}
            onInput={setIdentifiant}
            errors={form.of('identifiant')}
            highlight={highlight}
          />
          <TextField id={ids.raisonSociale} label="Raison sociale" value={raisonSociale} onInput={setRaisonSociale} errors={form.of('raisonSociale')} highlight={highlight} />
          <Actions>
            <Button type="submit" variant="primary" highlight={highlight}>
              Rechercher
            </Button>
            <Button variant="link" highlight={highlight} onClick={() => props.navigate('compte/mon-compte')}>
              Retour à Mon compte
            </Button>
          </Actions>
        </Form>
      </Block>
      {results !== null && results.length > 0 && (
        <Block title="Résultats de la recherche">
          <p role="status">{fr(`${results.length} structure(s) trouvée(s) : sélectionnez celles à rejoindre.`)}</p>
          {results.map((siret) => {
            const verdict = props.check({ type: 'rattachement.request', siret });
            return (
              <CheckField
                key={siret}
                id={`${ids.identifiant}-r-${siret}`}
                label={`Sélectionner ${world.structures[siret]?.raisonSociale ?? ''} (${siret})`}
                checked={selected.includes(siret)}
                onChange={(on) => toggle(siret, on)}
                disabledReason={verdict.ok ? undefined : verdict.reasons.join(' ')}
                highlight={highlight}
              />
            );
          })}
          <GeneralErrors messages={sendErrors} />
          <Actions>
            <Button
              variant="primary"
              highlight={highlight}
              verdict={selected.length === 0 ? { ok: false, reasons: ['Sélectionnez au moins une structure.'] } : { ok: true }}
              onClick={send}
            >
              Valider la demande
            </Button>
          </Actions>
        </Block>
      )}
    </Screen>
  );
}

const SUBSCRIBE_FIELDS = ['siret', 'espace', 'mode'] as const;

/** `compte/abonnement`: « Ajouter un abonnement ». */
export function SubscriptionScreen(props: ScreenProps) {
  const { world, highlight } = props;
  const ids = useFieldIds(SUBSCRIBE_FIELDS);
  const form = useForm(props, SUBSCRIBE_FIELDS, ids);
  const user = currentUser(world);
  const memberships = user ? structuresOf(world, user.id) : [];
  const shown = demoEvent(props.params, 'espace.subscribe');
  const [siret, setSiret] = useState(shown?.siret ?? memberships[0]?.structure.siret ?? '');
  const [espace, setEspace] = useState<EspaceId>(shown?.espace ?? 'facturesEmises');
  const [mode, setMode] = useState<SubscriptionMode>(shown?.mode ?? 'modification');
  if (!user) return <NeedsLogin props={props} />;
  const event = { type: 'espace.subscribe' as const, siret, espace, mode };
  const subscribe = () => {
    if (form.submit(event)) {
      props.navigate('compte/mon-compte', {
        info: `Abonnement à « ${ESPACE_LABELS[espace]} » ajouté. Déconnectez-vous puis reconnectez-vous pour voir l'espace dans le menu.`,
      });
    }
  };
  return (
    <Screen props={props} label="Ajouter un abonnement">
      <Block title="Ajouter un abonnement à un espace">
        {memberships.length === 0 ? (
          <p>{fr('Vous devez d\u2019abord être rattaché à une structure.')}</p>
        ) : (
          <Form onSubmit={subscribe} label="Ajouter un abonnement">
            <GeneralErrors id={form.generalId} messages={form.errors.general} />
            <SelectField
              id={ids.siret}
              label="Structure"
              value={siret}
              options={memberships.map(({ structure }) => ({ value: structure.siret, label: `${structure.raisonSociale} (${structure.siret})` }))}
              onChange={(value) => {
                setSiret(value);
                form.clear();
              }}
              errors={form.of('siret')}
              highlight={highlight}
              required
            />
            <SelectField
              id={ids.espace}
              label="Espace"
              value={espace}
              options={ESPACES.map((id) => ({ value: id, label: ESPACE_LABELS[id] }))}
              onChange={(value) => {
                setEspace(value as EspaceId);
                form.clear();
              }}
              errors={form.of('espace')}
              highlight={highlight}
              required
            />
            <RadioGroup
              name={ids.mode}
              legend="Mode d'abonnement"
              value={mode}
              options={[
                { value: 'consultation', label: 'Consultation' },
                { value: 'modification', label: 'Modification' },
              ]}
              onChange={(value) => setMode(value as SubscriptionMode)}
              errors={form.of('mode')}
              highlight={highlight}
            />
            <Actions>
              <Button type="submit" variant="primary" highlight={highlight} verdict={props.check(event)}>
                Valider l'abonnement
              </Button>
              <Button variant="link" highlight={highlight} onClick={() => props.navigate('compte/mon-compte')}>
                Retour à Mon compte
              </Button>
            </Actions>
          </Form>
        )}
      </Block>
    </Screen>
  );
}

const STRUCTURE_FIELDS = ['siret'] as const;

/** `compte/structure-creation`: « Créer ma structure » from the SIRET of one's own company. */
export function CreateStructureScreen(props: ScreenProps) {
  const { world, highlight } = props;
  const ids = useFieldIds(STRUCTURE_FIELDS);
  const form = useForm(props, STRUCTURE_FIELDS, ids);
  const [siret, setSiret] = useState(demoEvent(props.params, 'structure.create')?.siret ?? '');
  const user = currentUser(world);
  if (!user) return <NeedsLogin props={props} />;
  // The directory (SIRENE stand-in) pre-fills the company data as soon as the number matches one of its entries.
  const company = world.companies[compact(siret)];
  const create = () => {
    if (form.submit({ type: 'structure.create', siret })) {
      props.navigate('compte/mon-compte', {
        info: `La structure ${company?.raisonSociale ?? ''} est créée : vous en êtes le gestionnaire principal.`,
      });
    }
  };
  return (
    <Screen props={props} label="Créer ma structure">
      <Block title="Créer la structure de votre entreprise">
        <p>{fr('Saisissez le SIRET de votre propre entreprise, jamais celui de votre client public. Chorus Pro vérifie le numéro dans la base SIRENE et préremplit les données.')}</p>
        <Form onSubmit={create} label="Créer ma structure">
          <GeneralErrors id={form.generalId} messages={form.errors.general} />
          <SelectField
            id={`${ids.siret}-type`}
            label="Type d'identifiant"
            value="SIRET"
            options={[{ value: 'SIRET', label: 'Tiers avec SIRET' }]}
            onChange={() => undefined}
            highlight={highlight}
          />
          <TextField
            id={ids.siret}
            label="Identifiant (SIRET)"
            inputMode="numeric"
            value={siret}
            onInput={(value) => {
              setSiret(value);
              if (hasErrors(form.errors)) form.clear();
            }}
            errors={form.of('siret')}
            hint={fr('14 chiffres, sans espace ni point (les espaces sont ignorés).')}
            highlight={highlight}
            required
          />
          <div role="status" class="cpa-prefill">
            {company && (
              <Facts>
                <Fact term="Raison sociale (base SIRENE)">{company.raisonSociale}</Fact>
                <Fact term="Adresse">{company.address}</Fact>
                <Fact term="État dans SIRENE">{company.active ? 'Actif' : 'Fermé'}</Fact>
              </Facts>
            )}
          </div>
          <Actions>
            <Button type="submit" variant="primary" highlight={highlight}>
              Créer ma structure
            </Button>
            <Button variant="link" highlight={highlight} onClick={() => props.navigate('compte/mon-compte')}>
              Retour à Mon compte
            </Button>
          </Actions>
        </Form>
      </Block>
    </Screen>
  );
}

