/**
 * The simulation frame: one scenario of the mock Chorus Pro portal, embedded in a lesson by
 * `<Simulation scenario mode />`. It draws the portal's chrome (header, espaces menu, breadcrumb) around the
 * current screen of SCREENS and drives the three modes:
 * - démonstration: the expected steps one by one (buttons, ←/→), the step's control highlighted, screens
 *   read-only;
 * - entraînement: the learner acts; « Indice » reveals the next step; each refusal gets a « pourquoi »;
 * - évaluation: no hints; the score (scoreRun) is saved once the goal is reached.
 * The run lives in $simulations (src/stores/simulation.ts); the record is written by a reaction.
 */
import { useStore } from '@nanostores/preact';
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { demoWorld, newRun, type RunScenario, type SimulationMode } from '../../domain/simulation/run';
import {
  can,
  currentUser,
  ESPACE_LABELS,
  isoFromMinutes,
  message,
  resolveEvent,
  STATUS_LABELS,
  structuresOf,
  WORKS_STATUS_LABELS,
  type Event,
  type Issue,
  type World,
} from '../../domain/simulator/core';
import { frenchSpacing as fr } from '../../domain/text/typography';
import { RUNS_KEPT, startSavingSimulations } from '../../reactions/simulation-save';
import { $record } from '../../stores/record';
import {
  $simulations,
  actInSimulation,
  advanceSimulationTime,
  openSimulation,
  restartSimulation,
  resumeSimulation,
  revealHint,
  showDemoStep,
  switchSimulationMode,
  type SimulationState,
} from '../../stores/simulation';
import { loadScreen, screenComponent } from './lazy';
import type { CheckResult, ScreenId, ScreenRegistry } from './types';
import './simulation.css';

/** The scenario as the page passes it (the checked YAML: serialisable data only). */
export interface SimulationScenario extends RunScenario {
  title: string;
  role: string;
  intro: string;
  hints: string[];
  success: string;
}

export interface SimulationProps {
  scenario: SimulationScenario;
  mode: SimulationMode;
  /** « Pourquoi ? » texts by issue code or code family (src/islands/screens/why.ts, passed by the page). */
  why: Readonly<Record<string, string>>;
  /**
   * false in trainer mode: the run is never saved, resumed nor scored — nothing reaches the learner record
   * or an LMS. Default true.
   */
  tracking?: boolean;
  /** Démonstration driven from outside (the presenter's keys): the step to show. */
  position?: number;
}

/** The « pourquoi » of the first refusal that has one, by code then by family (`recipient`…), or ''. */
function whyOf(texts: Readonly<Record<string, string>>, issues: readonly Issue[]): string {
  for (const found of issues) {
    const text = texts[found.code] ?? texts[found.code.split('.')[0] ?? ''];
    if (text) return text;
  }
  return '';
}

/**
 * The frame with the screens it may show. Each island (SimulationFactures, SimulationCompte, Simulation)
 * passes its own registry, so that a page loads only the screens its scenarios use.
 */
export interface FrameProps extends SimulationProps {
  screens: ScreenRegistry;
}

const MODE_LABELS: Readonly<Record<SimulationMode, string>> = {
  demonstration: 'Démonstration',
  entrainement: 'Entraînement',
  evaluation: 'Évaluation',
};

/** Durations offered by « Faire avancer le temps », in minutes. */
const DURATIONS = [
  { minutes: 10, label: '10 minutes' },
  { minutes: 60, label: '1 heure' },
  { minutes: 24 * 60, label: '1 jour' },
  { minutes: 7 * 24 * 60, label: '7 jours' },
  // The titulaire's delay to validate a subcontractor's invoice (facts §5).
  { minutes: 15 * 24 * 60, label: '15 jours' },
] as const;

let saving = false;

/** « 02/03/2026 à 09 h 05 » for the simulated clock. */
function formatClock(minutes: number): string {
  const [date = '', time = ''] = isoFromMinutes(minutes).split('T');
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y} à ${time.slice(0, 2)}\u00a0h\u00a0${time.slice(3, 5)}`;
}

/** Where the espace of a screen id sits in the portal, for the breadcrumb and the menu. */
function areaOf(screen: ScreenId): { label: string; home: ScreenId } {
  if (screen.startsWith('factures/')) return { label: ESPACE_LABELS.facturesEmises, home: 'factures/synthese' };
  if (screen.startsWith('gestion/')) return { label: 'Activités du gestionnaire', home: 'gestion/accueil' };
  if (screen.startsWith('valider/')) return { label: ESPACE_LABELS.facturesAValider, home: 'valider/synthese' };
  if (screen.startsWith('aide/')) return { label: 'Support', home: 'aide/nous-contacter' };
  if (screen.startsWith('travaux/')) return { label: ESPACE_LABELS.facturesDeTravaux, home: 'travaux/synthese' };
  return { label: 'Mon compte', home: 'compte/mon-compte' };
}

/** Parameters a démonstration step gives its screen: the invoice or works piece concerned and the event it shows. */
function stepParams(world: World, event: Event | undefined): Record<string, string> {
  if (!event) return {};
  const resolved = resolveEvent(world, event);
  const params: Record<string, string> = { event: JSON.stringify(resolved) };
  if ('invoiceId' in resolved && typeof resolved.invoiceId === 'string') params['invoiceId'] = resolved.invoiceId;
  if (resolved.type === 'invoice.acknowledge' && resolved.invoiceIds[0]) params['invoiceId'] = resolved.invoiceIds[0];
  if ('pieceId' in resolved && typeof resolved.pieceId === 'string') params['pieceId'] = resolved.pieceId;
  return params;
}

/** The invoice or works piece a control names by its number (« Ouvrir la facture n° F-12 »), if the world has it. */
function numberedTarget(world: World, target: string | undefined): { invoiceId?: string; pieceId?: string } | null {
  const number = target ? /n°\s*(\S+)$/.exec(target)?.[1] : undefined;
  if (!number) return null;
  const piece = Object.values(world.works?.pieces ?? {}).find((p) => p.number === number);
  if (piece) return { pieceId: piece.id };
  const invoice = Object.values(world.invoices).find((i) => i.data.number === number);
  return invoice ? { invoiceId: invoice.id } : null;
}

/** What changed in the invoices' and works pieces' statuses, as sentences for the live region. */
function statusChanges(before: World, after: World): string[] {
  const invoices = Object.values(after.invoices).flatMap((invoice) => {
    const previous = before.invoices[invoice.id]?.status;
    if (previous === invoice.status) return [];
    const number = invoice.data.number || 'sans numéro';
    return [`Facture n° ${number} : statut « ${STATUS_LABELS[invoice.status]} ».`];
  });
  const pieces = Object.values(after.works?.pieces ?? {}).flatMap((piece) =>
    before.works?.pieces[piece.id]?.status === piece.status ? [] : [`Pièce n° ${piece.number} : statut « ${WORKS_STATUS_LABELS[piece.status]} ».`],
  );
  return [...invoices, ...pieces];
}

interface BoundaryProps {
  onRestart: () => void;
  children: ComponentChildren;
  /** Changes when the run restarts, to leave the error state. */
  resetKey: string;
}

/** Catches an unexpected error of a screen: the exercise offers a restart, the rest of the page goes on. */
class ScreenBoundary extends Component<BoundaryProps, { failed: boolean; key: string }> {
  override state = { failed: false, key: this.props.resetKey };
  static override getDerivedStateFromProps(props: BoundaryProps, state: { failed: boolean; key: string }) {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }
  override componentDidCatch(error: unknown) {
    console.warn('Simulation : écran interrompu', error);
    this.setState({ failed: true });
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="sim-crash" role="alert">
        <p>{fr("Cet écran simulé a rencontré un problème inattendu. Le reste de la leçon n'est pas touché.")}</p>
        <button type="button" class="button button--primary" onClick={() => this.props.onRestart()}>
          Recommencer l’exercice
        </button>
      </div>
    );
  }
}

interface HoldProps {
  /** While true, the children keep their last render (their props are not applied). */
  hold: boolean;
  children: ComponentChildren;
}

/**
 * Keeps the screen on view as it is while the next one loads (a lazy screen, see lazy.ts): no blank, and the
 * held screen never renders a world it was not made for. Once the next screen is there, it replaces it.
 */
class Hold extends Component<HoldProps> {
  override shouldComponentUpdate(next: HoldProps) {
    return !next.hold;
  }
  render() {
    return this.props.children;
  }
}

export function SimulationFrame({ scenario, mode, why: whyTexts, screens: SCREENS, tracking = true, position: driven }: FrameProps) {
  const key = `${scenario.id}:${mode === 'demonstration' ? 'demo' : tracking ? 'activite' : 'formateur'}`;
  const activity = tracking && mode !== 'demonstration';
  const all = useStore($simulations);
  const initial = useMemo<SimulationState>(() => {
    const run = newRun(scenario, mode);
    return {
      scenarioId: scenario.id,
      activity,
      run: mode === 'demonstration' ? { ...run, world: demoWorld(scenario, 0) } : run,
      position: 0,
      hint: null,
      score: null,
      resumed: false,
      completions: 0,
    };
  }, [scenario, mode, activity]);
  const state = all[key] ?? initial;
  const { run } = state;
  const world = run.world;
  const demo = run.mode === 'demonstration';
  const steps = scenario.steps;
  const titleId = useId();
  const frame = useRef<HTMLElement>(null);
  const [ready, setReady] = useState(false);
  const [screen, setScreen] = useState<{ id: ScreenId; params: Record<string, string> }>(() => ({ id: steps[0]?.screen ?? 'compte/accueil', params: {} }));
  const [why, setWhy] = useState('');
  const [announce, setAnnounce] = useState('');
  const [duration, setDuration] = useState<number>(DURATIONS[0].minutes);
  const [runKey, setRunKey] = useState(0);
  // Bumped when a lazy screen arrives (or fails to), to render it.
  const [, setScreensLoaded] = useState(0);
  const [loadFailed, setLoadFailed] = useState<ScreenId | null>(null);

  useEffect(() => {
    openSimulation(key, scenario, mode, activity);
    if (!tracking) {
      setReady(true);
      return undefined;
    }
    if (!saving) {
      saving = true;
      startSavingSimulations();
    }
    const tryResume = () => {
      if (resumeSimulation(key, $record.get().activities[scenario.id]?.data)) {
        // The exercise's first screen: the world is where the learner left it, the screen starts afresh.
        setScreen({ id: steps[0]?.screen ?? 'compte/accueil', params: {} });
        setAnnounce('Exercice repris là où vous l’aviez laissé.');
      }
    };
    tryResume();
    const stop = $record.listen(tryResume);
    setReady(true);
    return stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the scenario, the mode and the tracking it opens
  }, [key]);

  // A démonstration driven from outside (trainer mode) shows the step it is given.
  useEffect(() => {
    if (driven !== undefined && ready) showDemoStep(key, driven);
  }, [driven, ready, key]);

  // Démonstration: the screen and its parameters follow the step shown.
  const position = state.position;
  const demoStep = demo ? steps[Math.min(position, steps.length - 1)] : undefined;
  const demoScreen = useMemo(() => {
    if (!demo || !demoStep) return null;
    if (position < steps.length) {
      if (demoStep.event) return { id: demoStep.screen, params: stepParams(world, demoStep.event) };
      // A step that only opens a screen shows the invoice (or works piece) the previous step opened by its
      // number (« Consulter la pièce n° PDM-2026-03 »), else the one of the next step that acts on one.
      const opened = numberedTarget(world, steps[position - 1]?.target);
      const next = steps.slice(position + 1).find((step) => step.event)?.event;
      const { invoiceId, pieceId } = opened ?? (next ? stepParams(world, next) : {});
      return { id: demoStep.screen, params: { ...(invoiceId ? { invoiceId } : {}), ...(pieceId ? { pieceId } : {}) } };
    }
    const last = [...steps].reverse().find((step) => step.event);
    const params = last ? stepParams(demoWorld(scenario, steps.length - 1), last.event) : {};
    delete params['event'];
    return { id: demoStep.screen, params };
  }, [demo, demoStep, position, scenario, steps, world]);

  const current = demoScreen ?? screen;
  const definition = SCREENS[current.id];
  const Screen = definition ? screenComponent(definition) : undefined;
  const loadingScreen = definition !== undefined && Screen === undefined && loadFailed !== current.id;
  useEffect(() => {
    if (!loadingScreen || !definition) return undefined;
    let live = true;
    const id = current.id;
    loadScreen(definition).then(
      () => live && setScreensLoaded((n) => n + 1),
      (error: unknown) => {
        console.warn('Simulation : écran non chargé', error);
        if (live) setLoadFailed(id);
      },
    );
    return () => {
      live = false;
    };
  }, [current.id, definition, loadingScreen]);
  const highlight = demo
    ? position < steps.length
      ? demoStep?.target
      : undefined
    : state.hint !== null
      ? steps[state.hint]?.target
      : undefined;

  const dispatch = (event: Event): string[] => {
    const before = world;
    const outcome = actInSimulation(key, event);
    if (outcome.messages.length > 0) {
      setWhy(whyOf(whyTexts, outcome.issues));
      return outcome.messages;
    }
    setWhy('');
    const after = $simulations.get()[key]?.run.world;
    if (after) {
      const changes = statusChanges(before, after);
      if (changes.length > 0) setAnnounce(changes.join(' '));
    }
    return [];
  };
  const check = (event: Event): CheckResult => {
    const verdict = can(world, resolveEvent(world, event));
    return verdict.ok ? { ok: true } : { ok: false, reasons: verdict.issues.map((found) => message(found)) };
  };
  const navigate = (id: ScreenId, params: Readonly<Record<string, string>> = {}) => {
    if (demo) return;
    setLoadFailed(null);
    setScreen({ id, params: { ...params } });
    setAnnounce(`Écran « ${SCREENS[id]?.title ?? id} ».`);
  };
  const restart = () => {
    restartSimulation(key);
    setScreen({ id: steps[0]?.screen ?? 'compte/accueil', params: {} });
    setWhy('');
    setRunKey((n) => n + 1);
    setAnnounce('Exercice recommencé depuis le début.');
  };
  const advance = () => {
    const before = world;
    const messages = advanceSimulationTime(key, duration);
    const after = $simulations.get()[key]?.run.world;
    const label = DURATIONS.find((d) => d.minutes === duration)?.label ?? `${duration} minutes`;
    const changes = after ? statusChanges(before, after) : [];
    setAnnounce(messages.length > 0 ? messages.join(' ') : `Le temps a avancé de ${label}. ${changes.join(' ')}`.trim());
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!demo) return;
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    // Keys pressed faster than the frame re-renders must not step from a stale position: read the store's.
    const now = $simulations.get()[key]?.position ?? position;
    if (e.key === 'ArrowRight') {
      e.preventDefault();
      showDemoStep(key, now + 1);
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      showDemoStep(key, now - 1);
    }
  };

  const user = currentUser(world);
  const area = areaOf(current.id);
  const gestionnaire = user ? structuresOf(world, user.id).some((s) => s.role === 'gestionnairePrincipal') : false;
  const espaces = [...new Set(world.session?.stage === 'open' ? world.session.espaces.map((e) => e.espace) : [])];
  const menu: Array<{ label: string; screen: ScreenId }> = user
    ? [
        { label: 'Mon compte', screen: 'compte/mon-compte' },
        ...(gestionnaire ? [{ label: 'Activités du gestionnaire', screen: 'gestion/accueil' }] : []),
        ...(espaces.includes('facturesEmises') ? [{ label: ESPACE_LABELS.facturesEmises, screen: 'factures/synthese' }] : []),
        ...(espaces.includes('facturesAValider') ? [{ label: ESPACE_LABELS.facturesAValider, screen: 'valider/synthese' }] : []),
        ...(espaces.includes('facturesDeTravaux') ? [{ label: ESPACE_LABELS.facturesDeTravaux, screen: 'travaux/synthese' }] : []),
        { label: 'Support — Nous contacter', screen: 'aide/nous-contacter' },
      ].filter((item) => SCREENS[item.screen] !== undefined)
    : SCREENS['aide/nous-contacter']
      ? [{ label: 'Support — Nous contacter', screen: 'aide/nous-contacter' }]
      : [];
  const hintStep = state.hint !== null ? steps[state.hint] : undefined;

  return (
    <section
      class={`sim sim--${run.mode}`}
      aria-labelledby={`${titleId} ${titleId}-mode`}
      ref={frame}
      data-ready={ready ? 'true' : undefined}
      data-scenario={scenario.id}
      onKeyDown={onKeyDown}
    >
      <header class="sim__head">
        <p class="sim__mark">
          <span aria-hidden="true">⚠ </span>Simulation — données fictives
        </p>
        <h3 id={titleId} class="sim__title">
          {fr(scenario.title)}
          <span id={`${titleId}-mode`} class="visually-hidden">
            {` (${demo ? 'démonstration' : 'exercice'})`}
          </span>
        </h3>
        <p class="sim__role">{fr(scenario.role)}</p>
        <p class="sim__intro">{fr(scenario.intro)}</p>
      </header>
      {state.setAside && run.events.length === 0 && (
        <p class="sim__notice">
          {fr(
            `Vous aviez commencé cet exercice sans le terminer. Pour que votre progression reste enregistrée, le parcours ne garde que les ${RUNS_KEPT} exercices en cours les plus récents : celui-ci reprend au début.`,
          )}
        </p>
      )}

      <div class="sim__bar">
        {state.activity ? (
          <div class="sim__modes" role="group" aria-label="Mode de l’exercice">
            {(['entrainement', 'evaluation'] as const).map((m) => (
              <button
                type="button"
                class="button button--quiet"
                aria-pressed={run.mode === m ? 'true' : 'false'}
                onClick={() => {
                  switchSimulationMode(key, m);
                  setScreen({ id: steps[0]?.screen ?? 'compte/accueil', params: {} });
                  setWhy('');
                  setRunKey((n) => n + 1);
                  setAnnounce(`Mode ${MODE_LABELS[m]} : l’exercice repart du début.`);
                }}
              >
                {MODE_LABELS[m]}
              </button>
            ))}
          </div>
        ) : (
          <p class="sim__mode">Mode&nbsp;: {MODE_LABELS[run.mode]}{tracking ? '' : ' (formateur, sans enregistrement)'}</p>
        )}
        <p class="sim__clock">Date simulée&nbsp;: {formatClock(world.now)}</p>
      </div>

      {demo ? (
        <div class="sim__demo" tabIndex={0} role="group" aria-label="Étapes de la démonstration (flèches gauche et droite)">
          <p class="sim__step-count" aria-live="polite">
            {position < steps.length ? `Étape ${position + 1} sur ${steps.length} : ${fr(demoStep?.title ?? '')}` : `Résultat : ${fr(scenario.success)}`}
          </p>
          {position < steps.length && demoStep && <p class="sim__explanation">{fr(demoStep.explanation)}</p>}
          <div class="sim__actions">
            <button type="button" class="button" disabled={position === 0} onClick={() => showDemoStep(key, position - 1)}>
              Étape précédente
            </button>
            <button type="button" class="button button--primary" disabled={position >= steps.length} onClick={() => showDemoStep(key, position + 1)}>
              Étape suivante
            </button>
          </div>
        </div>
      ) : (
        <div class="sim__actions">
          {run.mode === 'entrainement' && (
            <button type="button" class="button" disabled={run.done} onClick={() => revealHint(key)}>
              Indice
            </button>
          )}
          <span class="sim__time">
            <label for={`${titleId}-duree`}>Durée</label>
            <select id={`${titleId}-duree`} value={String(duration)} onChange={(e) => setDuration(Number(e.currentTarget.value))}>
              {DURATIONS.map((d) => (
                <option key={d.minutes} value={String(d.minutes)}>
                  {d.label}
                </option>
              ))}
            </select>
            <button type="button" class="button" onClick={advance}>
              Faire avancer le temps
            </button>
          </span>
          <button type="button" class="button button--quiet" onClick={restart}>
            Recommencer l’exercice
          </button>
        </div>
      )}

      {hintStep && !run.done && (
        <div class="sim__hint" role="note" aria-label="Indice">
          <p>
            <strong>Indice&nbsp;:</strong> {fr(hintStep.title)}
          </p>
          <p>{fr(hintStep.explanation)}</p>
          {scenario.hints.length > 0 && (
            <ul>
              {scenario.hints.map((text) => (
                <li key={text}>{fr(text)}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div class="sim__portal">
        <div class="portal__head">
          <p class="portal__name">Chorus Pro · portail simulé</p>
          {user && (
            <p class="portal__user">
              {user.firstName} {user.lastName}
            </p>
          )}
        </div>
        {menu.length > 0 && (
          <div class="portal__menu" role="group" aria-label="Espaces du portail">
            <ul>
              {menu.map((item) => (
                <li key={item.screen}>
                  <a
                    href={`#${item.screen}`}
                    aria-current={areaOf(current.id).home === item.screen ? 'true' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(item.screen);
                    }}
                  >
                    {fr(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="portal__crumbs" role="group" aria-label="Fil d’Ariane du portail">
          <ol>
            <li>Accueil</li>
            {(user || current.id.startsWith('aide/')) && <li>{fr(area.label)}</li>}
            <li aria-current="page">{fr(definition?.title ?? current.id)}</li>
          </ol>
        </div>
        <div class="portal__screen" aria-busy={loadingScreen ? 'true' : undefined}>
          <ScreenBoundary onRestart={restart} resetKey={`${runKey}`}>
            <Hold hold={loadingScreen}>
              {Screen ? (
                <Screen
                  key={`${runKey}-${current.id}-${current.params['invoiceId'] ?? ''}-${current.params['pieceId'] ?? ''}-${demo ? position : ''}`}
                  world={world}
                  dispatch={dispatch}
                  check={check}
                  navigate={navigate}
                  params={current.params}
                  highlight={highlight}
                  readOnly={demo || run.done}
                />
              ) : loadingScreen ? (
                <p class="sim__loading">Chargement de l’écran…</p>
              ) : definition ? (
                <div class="sim-crash" role="alert">
                  <p>{fr('Cet écran simulé n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.')}</p>
                  <button type="button" class="button" onClick={() => setLoadFailed(null)}>
                    Réessayer
                  </button>
                </div>
              ) : (
                <p>{fr(`L’écran « ${current.id} » ne fait pas partie de cet exercice.`)}</p>
              )}
            </Hold>
          </ScreenBoundary>
        </div>
      </div>

      {why && !demo && run.mode === 'entrainement' && (
        <p class="sim__why">
          <strong>Pourquoi&nbsp;?</strong> {fr(why)}
        </p>
      )}
      {run.done && !demo && (
        <div class="sim__success" role="status">
          <p>
            <strong>{fr(scenario.success)}</strong>
          </p>
          {run.mode === 'evaluation' && state.score !== null && <p>Votre score&nbsp;: {state.score}&nbsp;/&nbsp;100.</p>}
        </div>
      )}
      <p class="visually-hidden" aria-live="polite">
        {fr(announce)}
      </p>
    </section>
  );
}
