/**
 * The simulation frame: one scenario of the mock Chorus Pro portal, embedded in a lesson by
 * `<Simulation scenario mode />`. It draws the portal's chrome (frame/PortalChrome) around the current screen of
 * SCREENS and drives the three modes, keeping the guidance where the learner acts:
 * - démonstration: the expected steps one by one in a sticky step bar (buttons, ←/→), the step's control
 *   highlighted and scrolled into view below it, screens read-only;
 * - entraînement: the learner acts with the task card in view; « Indice » reveals the next step; each refusal
 *   gets its « Pourquoi ? » by the refused field;
 * - évaluation: no hints; the score (scoreRun) is saved once the goal is reached.
 * The end shows the course's outcome card. Throwing work away (restart, other mode) asks first.
 * The run lives in $simulations (src/stores/simulation.ts); the record is written by a reaction.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { demoScreen, runCosts, statusChanges, whyOf, type ScreenView } from '../../domain/simulation/demo';
import { demoWorld, newRun, type RunScenario, type SimulationMode } from '../../domain/simulation/run';
import { can, message, resolveEvent, type Event } from '../../domain/simulator/core';
import { RUNS_KEPT, startSavingSimulations } from '../../reactions/simulation-save';
import { $record } from '../../stores/record';
import {
  $simulations,
  actInSimulation,
  advanceSimulationTime,
  hasWorkInProgress,
  keepDraft,
  openSimulation,
  restartSimulation,
  resumeSimulation,
  revealHint,
  showDemoStep,
  switchSimulationMode,
  type SimulationState,
} from '../../stores/simulation';
import { ScreenBoundary, Hold } from './frame/boundary';
import { ConfirmDialog, type ConfirmRequest } from './frame/ConfirmDialog';
import { OutcomeCard } from './frame/Outcome';
import { PortalChrome } from './frame/PortalChrome';
import { StepBar } from './frame/StepBar';
import { TaskCard } from './frame/TaskCard';
import { DURATIONS, MODE_LABELS, Toolbar } from './frame/Toolbar';
import { revealBelowBar, whenPresent } from './frame/view';
import { fr, PlayerContext, type Player } from './kit';
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

/**
 * The frame with the screens it may show. Each island (SimulationFactures, SimulationCompte, Simulation)
 * passes its own registry, so that a page loads only the screens its scenarios use.
 */
export interface FrameProps extends SimulationProps {
  screens: ScreenRegistry;
}

let saving = false;
/** A page scrolls to one resumed exercise only (the first that resumes). */
let scrolledToResume = false;

/** The id of a scenario's démonstration on the page (« Revoir la démonstration » points at it). */
const demoAnchor = (scenarioId: string) => `demo-${scenarioId}`;

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
  const firstScreen: ScreenView = { id: steps[0]?.screen ?? 'compte/accueil', params: {} };
  const titleId = useId();
  const frame = useRef<HTMLElement>(null);
  const outcome = useRef<HTMLElement>(null);
  const [ready, setReady] = useState(false);
  const [screen, setScreen] = useState<ScreenView>(firstScreen);
  const [why, setWhy] = useState<{ text: string; at: string | null }>({ text: '', at: null });
  const [announce, setAnnounce] = useState('');
  const [resumedNotice, setResumedNotice] = useState('');
  const [runKey, setRunKey] = useState(0);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [demoHref, setDemoHref] = useState<string | undefined>(undefined);
  // Bumped when a lazy screen arrives (or fails to), to render it.
  const [, setScreensLoaded] = useState(0);
  const [loadFailed, setLoadFailed] = useState<ScreenId | null>(null);

  useEffect(() => {
    openSimulation(key, scenario, mode, activity);
    if (!demo && document.getElementById(demoAnchor(scenario.id))) setDemoHref(`#${demoAnchor(scenario.id)}`);
    if (!tracking) {
      setReady(true);
      return undefined;
    }
    if (!saving) {
      saving = true;
      startSavingSimulations();
    }
    const tryResume = () => {
      if (!resumeSimulation(key, $record.get().activities[scenario.id]?.data)) return;
      // The world is where the learner left it; the screen is the form being filled, else the first one.
      const draft = $simulations.get()[key]?.run.draft;
      setScreen(draft ? { id: draft.screen, params: { ...draft.params } } : firstScreen);
      const text = draft ? 'Exercice repris là où vous l’aviez laissé, avec ce que vous aviez saisi.' : 'Exercice repris là où vous l’aviez laissé.';
      setResumedNotice(text);
      setAnnounce(text);
      if (!scrolledToResume) {
        scrolledToResume = true;
        requestAnimationFrame(() => frame.current?.scrollIntoView({ block: 'start' }));
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

  const position = state.position;
  const demoStep = demo ? steps[Math.min(position, steps.length - 1)] : undefined;
  const shown = useMemo(() => (demo ? demoScreen(scenario, world, position) : null), [demo, position, scenario, world]);
  const current = shown ?? screen;
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
  const highlight = demo ? (position < steps.length ? demoStep?.target : undefined) : state.hint !== null ? steps[state.hint]?.target : undefined;

  // Guidance in view: the step's (or hint's) target below the sticky bar, once its screen has rendered it.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return undefined;
    return whenPresent(() => frame.current, highlight ? '[data-highlight]' : '.portal__page', (element) => revealBelowBar(element));
  }, [position, state.hint, highlight, current.id, Screen]);

  // The end of the exercise: the outcome card in view, with the focus.
  const done = run.done && !demo;
  const wasDone = useRef(done);
  useEffect(() => {
    if (done && !wasDone.current && outcome.current) {
      outcome.current.focus({ preventScroll: true });
      revealBelowBar(outcome.current);
    }
    wasDone.current = done;
  }, [done]);

  const fresh = (text: string) => {
    setScreen(firstScreen);
    setWhy({ text: '', at: null });
    setResumedNotice('');
    setRunKey((n) => n + 1);
    setAnnounce(text);
  };
  /** Runs `action` at once when nothing would be lost, else after the learner confirms. */
  const guarded = (request: ConfirmRequest) => (hasWorkInProgress($simulations.get()[key]) ? setConfirm(request) : request.onConfirm());

  const dispatch = (event: Event): string[] => {
    const before = world;
    const result = actInSimulation(key, event);
    if (result.messages.length > 0) {
      setWhy({ text: run.mode === 'entrainement' ? whyOf(whyTexts, result.issues) : '', at: null });
      return result.messages;
    }
    setWhy({ text: '', at: null });
    const after = $simulations.get()[key]?.run.world;
    const changes = after ? statusChanges(before, after) : [];
    if (changes.length > 0) setAnnounce(changes.join(' '));
    return [];
  };
  const check = (event: Event): CheckResult => {
    const verdict = can(world, resolveEvent(world, event));
    return verdict.ok ? { ok: true } : { ok: false, reasons: verdict.issues.map((found) => message(found)) };
  };
  const navigate = (id: ScreenId, params: Readonly<Record<string, string>> = {}) => {
    if (demo) return;
    moved.current = true;
    setLoadFailed(null);
    setScreen({ id, params: { ...params } });
    setAnnounce(`Écran « ${SCREENS[id]?.title ?? id} ».`);
  };
  const restart = () =>
    guarded({
      title: 'Recommencer l’exercice ?',
      text: 'Ce que vous avez fait et saisi dans cet exercice sera effacé, et l’exercice repartira du début.',
      confirm: 'Recommencer',
      onConfirm: () => {
        restartSimulation(key);
        fresh('Exercice recommencé depuis le début.');
      },
    });
  const switchMode = (next: Exclude<SimulationMode, 'demonstration'>) => {
    if (next === run.mode) return;
    guarded({
      title: `Passer en mode ${MODE_LABELS[next]} ?`,
      text: 'L’exercice repartira du début dans ce mode : ce que vous avez fait et saisi jusqu’ici sera effacé.',
      confirm: `Passer en ${MODE_LABELS[next]}`,
      onConfirm: () => {
        switchSimulationMode(key, next);
        fresh(`Mode ${MODE_LABELS[next]} : l’exercice repart du début.`);
      },
    });
  };
  const advance = (minutes: number) => {
    const before = world;
    const messages = advanceSimulationTime(key, minutes);
    const after = $simulations.get()[key]?.run.world;
    const label = DURATIONS.find((d) => d.minutes === minutes)?.label ?? `${minutes} minutes`;
    const changes = after ? statusChanges(before, after) : [];
    setAnnounce(messages.length > 0 ? messages.join(' ') : `Le temps a avancé de ${label}. ${changes.join(' ')}`.trim());
  };
  const step = (to: number) => {
    moved.current = true;
    showDemoStep(key, to);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!demo) return;
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    // Keys pressed faster than the frame re-renders must not step from a stale position: read the store's.
    const now = $simulations.get()[key]?.position ?? position;
    if (e.key === 'ArrowRight') {
      e.preventDefault();
      step(now + 1);
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      step(now - 1);
    }
  };

  const draftParams = (() => {
    const { event: _event, ...rest } = current.params;
    return rest;
  })();
  const player: Player = {
    why,
    placeWhy: (at) => setWhy((was) => (was.text ? { ...was, at } : was)),
    reveal: revealBelowBar,
    draftOf: (name) => {
      const draft = run.draft;
      if (!draft || demo || draft.screen !== current.id || JSON.stringify(draft.params ?? {}) !== JSON.stringify(draftParams)) return undefined;
      return draft.forms[name];
    },
    keepDraft: (name, fields) => {
      if (state.activity && !demo) keepDraft(key, current.id, draftParams, name, fields);
    },
  };
  const hintStep = state.hint !== null ? steps[state.hint] : undefined;
  // A refusal's « Pourquoi ? » that no field of the screen took: shown in the task card, in view.
  const looseWhy = why.text && why.at === null ? why.text : '';

  return (
    <section
      class={`sim sim--${run.mode}`}
      id={demo ? demoAnchor(scenario.id) : undefined}
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
        {demo && (
          <>
            <p class="sim__role">{fr(scenario.role)}</p>
            <p class="sim__intro">{fr(scenario.intro)}</p>
          </>
        )}
      </header>
      {resumedNotice && (
        <p class="sim__notice sim__notice--resumed" role="status">
          {fr(resumedNotice)}
        </p>
      )}
      {state.setAside && run.events.length === 0 && (
        <p class="sim__notice">
          {fr(
            `Vous aviez commencé cet exercice sans le terminer. Pour que votre progression reste enregistrée, le parcours ne garde que les ${RUNS_KEPT} exercices en cours les plus récents : celui-ci reprend au début.`,
          )}
        </p>
      )}

      <Toolbar mode={run.mode} switchable={state.activity} tracking={tracking} now={world.now} onMode={switchMode} onAdvance={advance} onRestart={restart} />

      {demo ? (
        <StepBar
          position={position}
          total={steps.length}
          title={demoStep?.title ?? ''}
          explanation={demoStep?.explanation ?? ''}
          success={scenario.success}
          onStep={step}
        />
      ) : (
        <TaskCard
          role={scenario.role}
          intro={scenario.intro}
          hintButton={
            run.mode === 'entrainement' ? (
              <button
                type="button"
                class="button"
                disabled={run.done}
                onClick={() => {
                  moved.current = true;
                  revealHint(key);
                }}
              >
                Indice
              </button>
            ) : undefined
          }
        >
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
          {looseWhy && run.mode === 'entrainement' && (
            <p class="sim__why">
              <strong>Pourquoi&nbsp;?</strong> {fr(looseWhy)}
            </p>
          )}
        </TaskCard>
      )}

      <PortalChrome world={world} screens={SCREENS} current={current.id} title={definition?.title ?? current.id} navigate={navigate}>
        <div class="portal__screen" aria-busy={loadingScreen ? 'true' : undefined}>
          <PlayerContext.Provider value={player}>
            <ScreenBoundary onRestart={() => (restartSimulation(key), fresh('Exercice recommencé depuis le début.'))} resetKey={`${runKey}`}>
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
          </PlayerContext.Provider>
        </div>
      </PortalChrome>

      {done && (
        <OutcomeCard
          ref={outcome}
          success={scenario.success}
          score={run.mode === 'evaluation' ? state.score : null}
          costs={runCosts(run, state.refusals ?? [])}
          showPoints={run.mode === 'evaluation'}
          onReplay={() => {
            restartSimulation(key);
            fresh('Exercice recommencé depuis le début.');
            requestAnimationFrame(() => frame.current?.scrollIntoView({ block: 'start' }));
          }}
          demoHref={demoHref}
        />
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
      <p class="visually-hidden" aria-live="polite">
        {fr(announce)}
      </p>
    </section>
  );
}
