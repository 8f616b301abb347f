/**
 * Screens before and around the login: the home page with « Se connecter » (`compte/accueil`), the two-factor
 * code (`compte/code`), « Créer un compte » (`compte/creation`) and its confirmation (`compte/compte-cree`).
 */
import { useState } from 'preact/hooks';
import { PASSWORD_RULES } from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { Actions, Block, Button, CheckField, demoEvent, Form, fr, GeneralErrors, Notice, refusalOf, Screen, TextField, useForm, useValues } from '../kit';

const LOGIN_FIELDS = ['loginEmail', 'password'] as const;

/** `compte/accueil`: « Se connecter », lost activation link, « Créer un compte ». */
export function LoginScreen(props: ScreenProps) {
  const { world } = props;
  const form = useForm(props, LOGIN_FIELDS);
  const [{ loginEmail, password }, set] = useValues(LOGIN_FIELDS, demoEvent(props.params, 'session.login'));
  const [info, setInfo] = useState('');
  const session = world.session;
  const user = session ? world.users[session.userId] : undefined;

  if (session?.stage === 'open' && user) {
    return (
      <Screen props={props} label="Accueil">
        <Block title="Vous êtes connecté">
          <p>{fr(`Connecté en tant que ${user.firstName} ${user.lastName} (${user.loginEmail}).`)}</p>
          <Actions>
            <Button variant="primary" to="compte/mon-compte">Mon compte</Button>
            <Button onClick={() => props.dispatch({ type: 'session.logout' }).issues.length === 0 && props.navigate('compte/accueil')}>Se déconnecter</Button>
          </Actions>
        </Block>
      </Screen>
    );
  }
  if (session?.stage === 'code') {
    return (
      <Screen props={props} label="Accueil">
        <Block title="Connexion en cours">
          <p>{fr('Votre mot de passe est accepté : saisissez maintenant le code reçu par courriel.')}</p>
          <Button variant="primary" to="compte/code">Saisir le code de vérification</Button>
        </Block>
      </Screen>
    );
  }

  const login = () => {
    setInfo('');
    if (form.submit({ type: 'session.login', loginEmail, password })) props.navigate('compte/code');
  };
  const resend = () => {
    setInfo('');
    if (form.submit({ type: 'account.resendActivation', loginEmail })) {
      setInfo(`Un nouveau lien d'activation a été envoyé à ${loginEmail.trim()}. Il est valable 60 minutes.`);
    }
  };
  return (
    <Screen props={props} label="Accueil">
      <Block title="Se connecter">
        <Form onSubmit={login} label="Se connecter" errors={form} submit="Se connecter" more={<Button variant="link" onClick={resend}>Renvoyer le lien d'activation</Button>} notice={info}>
          <TextField label="Adresse de connexion" {...form.bind('loginEmail', loginEmail, set('loginEmail'))} type="email" autoComplete="username" required />
          <TextField label="Mot de passe" {...form.bind('password', password, set('password'))} type="password" autoComplete="current-password" required />
        </Form>
      </Block>
      <Block title="Vous êtes nouveau sur Chorus Pro ?">
        <p>{fr('Créez votre compte personnel : une adresse e-mail que vous consultez vraiment vous servira d\u2019adresse de connexion.')}</p>
        <Button variant="primary" to="compte/creation">Créer un compte</Button>
      </Block>
    </Screen>
  );
}

const CODE_FIELDS = ['code'] as const;

/** `compte/code`: the two-factor code sent to the login address. */
export function CodeScreen(props: ScreenProps) {
  const { world } = props;
  const form = useForm(props, CODE_FIELDS);
  const [code, setCode] = useState(demoEvent(props.params, 'session.verifyCode')?.code ?? '');
  const [info, setInfo] = useState('');
  const session = world.session;
  const user = session ? world.users[session.userId] : undefined;
  if (!session || session.stage !== 'code' || !user) {
    return (
      <Screen props={props} label="Code de vérification">
        <p>{fr(session?.stage === 'open' ? 'Vous êtes déjà connecté.' : 'Aucune connexion en cours : saisissez d\u2019abord votre adresse de connexion et votre mot de passe.')}</p>
        <Button variant="primary" to={session?.stage === 'open' ? 'compte/mon-compte' : 'compte/accueil'}>
          {session?.stage === 'open' ? 'Mon compte' : 'Aller à la page de connexion'}
        </Button>
      </Screen>
    );
  }
  const verify = () => {
    setInfo('');
    if (form.submit({ type: 'session.verifyCode', code })) props.navigate('compte/mon-compte');
  };
  const resendCode = () => {
    if (props.dispatch({ type: 'session.resendCode' }).issues.length === 0) setInfo('Un nouveau code a été envoyé. Seul le dernier code reçu est valable.');
  };
  return (
    <Screen props={props} label="Code de vérification">
      <Block title="Double authentification">
        <p>{fr(`Un code à 6 chiffres vient d'être envoyé à votre adresse de connexion, ${user.loginEmail}. Il ne sert que pour cette connexion.`)}</p>
        <Form
          onSubmit={verify}
          label="Code de vérification"
          errors={form}
          submit="Valider le code"
          more={
            <>
              <Button verdict={props.check({ type: 'session.resendCode' })} onClick={resendCode}>
                Renvoyer le code
              </Button>
              <Button variant="link" to="compte/messagerie">Ouvrir ma messagerie</Button>
            </>
          }
          notice={info}
        >
          <TextField label="Code de vérification" {...form.bind('code', code, setCode)} inputMode="numeric" autoComplete="one-time-code" required />
        </Form>
      </Block>
    </Screen>
  );
}

const CREATE_TEXT_FIELDS = ['loginEmail', 'firstName', 'lastName', 'contactEmail', 'password', 'passwordConfirmation'] as const;
const CREATE_FIELDS = [...CREATE_TEXT_FIELDS, 'acceptTerms'] as const;

/** `compte/creation`: « Créer un compte ». */
export function CreateAccountScreen(props: ScreenProps) {
  const form = useForm(props, CREATE_FIELDS);
  const shown = demoEvent(props.params, 'account.create');
  const [values, set] = useValues(CREATE_TEXT_FIELDS, shown);
  const [contactEdited, setContactEdited] = useState(Boolean(shown?.contactEmail));
  const [acceptTerms, setAcceptTerms] = useState(shown?.acceptTerms ?? false);
  // The contact address follows the login address until the learner changes it (the portal's default).
  const contactEmail = contactEdited ? values.contactEmail : values.loginEmail;
  const rulesId = `${form.idOf('password')}-rules`;

  const create = () => {
    const event = { type: 'account.create' as const, ...values, contactEmail, acceptTerms };
    if (form.submit(event)) props.navigate('compte/compte-cree', { email: values.loginEmail.trim() });
  };
  return (
    <Screen props={props} label="Créer un compte">
      <Block title="Créer votre compte utilisateur">
        <p class="cpa-muted">{fr('Les champs marqués d\u2019un astérisque (*) sont obligatoires.')}</p>
        <Form onSubmit={create} label="Créer un compte" errors={form} submit="Créer mon compte" more={<Button variant="link" to="compte/accueil">Retour à l'accueil</Button>}>
          <TextField
            label="Adresse de connexion"
            {...form.bind('loginEmail', values.loginEmail, set('loginEmail'))}
            type="email"
            autoComplete="email"
            hint={fr('Votre identifiant : elle reçoit le lien d\u2019activation, les codes de connexion et la réinitialisation du mot de passe.')}
            required
          />
          <TextField label="Prénom" {...form.bind('firstName', values.firstName, set('firstName'))} autoComplete="given-name" required />
          <TextField label="Nom" {...form.bind('lastName', values.lastName, set('lastName'))} autoComplete="family-name" required />
          <TextField
            {...form.field('contactEmail')}
            label="Adresse de contact"
            type="email"
            value={contactEmail}
            onInput={(value) => {
              setContactEdited(true);
              set('contactEmail')(value);
            }}
            hint={fr('Préremplie avec l\u2019adresse de connexion ; elle ne reçoit que les notifications (changements de statut, décisions de rattachement).')}
          />
          <TextField
            {...form.field('password')}
            label="Mot de passe"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onInput={set('password')}
            hint={
              <div id={rulesId}>
                {fr('Le mot de passe doit comporter :')}
                <ul>
                  {PASSWORD_RULES.map((rule) => (
                    <li key={rule}>{fr(rule)}</li>
                  ))}
                </ul>
              </div>
            }
            required
          />
          <TextField
            label="Confirmation du mot de passe"
            {...form.bind('passwordConfirmation', values.passwordConfirmation, set('passwordConfirmation'))}
            type="password"
            autoComplete="new-password"
            required
          />
          <CheckField {...form.field('acceptTerms')} label="J'accepte les conditions générales d'utilisation" checked={acceptTerms} onChange={setAcceptTerms} />
          <p class="cpa-muted">{fr('Le portail réel demande aussi de recopier un captcha : il n\u2019est pas simulé ici.')}</p>
        </Form>
      </Block>
    </Screen>
  );
}

/** `compte/compte-cree`: the confirmation that the activation link was sent. */
export function AccountCreatedScreen(props: ScreenProps) {
  const { params } = props;
  const email = params['email'] ?? '';
  const [info, setInfo] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <Screen props={props} label="Compte créé">
      <Block title="Votre compte est créé">
        <Notice>{fr(`Un courriel contenant un lien d'activation vient d'être envoyé à votre adresse de connexion${email ? `, ${email}` : ''}. Le lien est valable 60 minutes.`)}</Notice>
        <p>{fr('Tant que le compte n\u2019est pas activé, vous ne pouvez pas vous connecter.')}</p>
        <Actions>
          <Button variant="primary" to="compte/messagerie">Ouvrir ma messagerie</Button>
          <Button
            onClick={() => {
              const refused = refusalOf(props.dispatch({ type: 'account.resendActivation', loginEmail: email }));
              setErrors(refused);
              setInfo(refused.length === 0 ? 'Un nouveau lien vient d\u2019être envoyé ; seul le dernier lien reçu fonctionne.' : '');
            }}
          >
            Renvoyer le lien d'activation
          </Button>
          <Button variant="link" to="compte/accueil">Aller à la page de connexion</Button>
        </Actions>
        {info && <Notice>{fr(info)}</Notice>}
        <GeneralErrors messages={errors} />
      </Block>
    </Screen>
  );
}
