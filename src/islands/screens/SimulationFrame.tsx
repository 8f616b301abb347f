/**
 * The simulation frame: one scenario of the mock Chorus Pro portal, embedded in a lesson by
 * `<Simulation scenario mode />`. It runs the scenario on a simulator made from the areas its island gives it
 * (area.ts), draws the portal's chrome (frame/PortalChrome) around the current screen of those areas and drives
 * the three modes, keeping the guidance where the learner acts:
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
import { demoScreen, statusChanges, whyOf, type ScreenView } from '../../domain/simulation/demo';
import type { RunScenario, SimulationMode } from '../../domain/simulation/run';
import { makeSimulator, resolveEvent, type Event } from '../../domain/simulator/core';
import {
  $simulations,
  actInSimulation,
  freshSimulation,
  advanceSimulationTime,
  hasWorkInProgress,
  restartSimulation,
  revealHint,
  showDemoStep,
  switchSimulationMode,
} from '../../stores/simulation';
import { ScreenBoundary, ScreenSlot } from './frame/boundary';
import type { ConfirmRequest } from './frame/ConfirmDialog';
import { FrameHead } from './frame/FrameHead';
import { Notices } from './frame/Notices';
import { PortalChrome } from './frame/PortalChrome';
import { StepBar, stepKeys } from './frame/StepBar';
import { TaskCard } from './frame/TaskCard';
import { DURATIONS, MODE_LABELS, Toolbar } from './frame/Toolbar';
import { useLater } from './frame/use-later';
import { useLazyScreen } from './frame/use-lazy-screen';
import { useOpenRun } from './frame/use-open-run';
import { framePlayer } from './frame/player';
import { revealBelowBar, whenPresent } from './frame/view';
import { screensOf, type ScreenArea } from './area';
import { fr, PlayerContext } from './kit';
import type { CheckResult, Dispatched, ScreenId, ScreenRegistry } from './types';
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
 * The frame with the areas it runs: their screens, rules and menu entries. Each island (SimulationFactures,
 * SimulationCompte, Simulation…) passes its own (a module constant), so that a page loads only the screens and
 * rules its scenarios use.
 */
export interface FrameProps extends SimulationProps {
  areas: readonly ScreenArea[];
}

/** The outcome card and the cost list it shows, in a chunk of their own (see frame/use-later.ts). */
const loadOutcome = () =>
  Promise.all([import('./frame/Outcome'), import('../../domain/simulation/costs')]).then(([card, costs]) => ({ OutcomeCard: card.OutcomeCard, runCosts: costs.runCosts }));
const loadConfirm = () => import('./frame/ConfirmDialog').then((m) => m.ConfirmDialog);

/** A page scrolls to one resumed exercise only (the first that resumes). */
let scrolledToResume = false;

/** The id of a scenario's démonstration on the page (« Revoir la démonstration » points at it). */
const demoAnchor = (scenarioId: string) => `demo-${scenarioId}`;

export function SimulationFrame({ scenario, mode, why: whyTexts, areas, tracking = true, position: driven }: FrameProps) {
  const key = `${scenario.id}:${mode === 'demonstration' ? 'demo' : tracking ? 'activite' : 'formateur'}`;
  const activity = tracking && mode !== 'demonstration';
  const simulator = useMemo(() => makeSimulator(areas), [areas]);
  const SCREENS: ScreenRegistry = useMemo(() => screensOf(areas), [areas]);
  const embed = useMemo(() => ({ scenario, simulator }), [scenario, simulator]);
  const all = useStore($simulations);
  const initial = useMemo(() => freshSimulation(embed, mode, activity), [embed, mode, activity]);
  const state = all[key] ?? initial;
  const { run } = state;
  const world = run.world;
  const demo = run.mode === 'demonstration';
  const steps = scenario.steps;
  const firstScreen: ScreenView = { id: steps[0]?.screen ?? 'compte/accueil', params: {} };
  const titleId = useId();
  const frame = useRef<HTMLElement>(null);
  const outcome = useRef<HTMLElement>(null);
  const [screen, setScreen] = useState<ScreenView>(firstScreen);
  const [why, setWhy] = useState<{ text: string; at: string | null }>({ text: '', at: null });
  const [announce, setAnnounce] = useState('');
  const [resumedNotice, setResumedNotice] = useState('');
  const [runKey, setRunKey] = useState(0);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [demoHref, setDemoHref] = useState<string | undefined>(undefined);

  const ready = useOpenRun({
    key,
    embed,
    mode,
    activity,
    onResume: (draft) => {
      // The world is where the learner left it; the screen is the form being filled, else the first one.
      setScreen(draft ? { id: draft.screen, params: { ...draft.params } } : firstScreen);
      const text = draft ? 'Exercice repris là où vous l’aviez laissé, avec ce que vous aviez saisi.' : 'Exercice repris là où vous l’aviez laissé.';
      setResumedNotice(text);
      setAnnounce(text);
      if (!scrolledToResume) {
        scrolledToResume = true;
        requestAnimationFrame(() => frame.current?.scrollIntoView({ block: 'start' }));
      }
    },
  });
  useEffect(() => {
    if (!demo && document.getElementById(demoAnchor(scenario.id))) setDemoHref(`#${demoAnchor(scenario.id)}`);
  }, [demo, scenario.id]);

  // A démonstration driven from outside (trainer mode) shows the step it is given.
  useEffect(() => {
    if (driven !== undefined && ready) showDemoStep(key, driven);
  }, [driven, ready, key]);

  const position = state.position;
  const demoStep = demo ? steps[Math.min(position, steps.length - 1)] : undefined;
  const shown = useMemo(() => (demo ? demoScreen(simulator, scenario, world, position) : null), [demo, position, simulator, scenario, world]);
  const current = shown ?? screen;
  const definition = SCREENS[current.id as ScreenId];
  const { Screen, loading: loadingScreen, retry } = useLazyScreen(current.id, definition);
  const highlight = demo ? (position < steps.length ? demoStep?.target : undefined) : state.hint !== null ? steps[state.hint]?.target : undefined;

  // Guidance in view: the step's (or hint's) target below the sticky bar, once its screen has rendered it.
  // The end of the exercise: the outcome card in view, with the focus (once its chunk has arrived).
  const done = run.done && !demo;
  const moved = useRef(false);
  useEffect(() => {
    // Once the exercise is over the outcome card takes the view (below), not the last screen's top.
    if (!moved.current || done) return undefined;
    return whenPresent(() => frame.current, highlight ? '[data-highlight]' : '.portal__page', (element) => revealBelowBar(element));
  }, [position, state.hint, highlight, current.id, Screen, done]);

  const later = useLater(loadOutcome, ready && !demo);
  const ConfirmDialog = useLater(loadConfirm, ready && !demo);
  const wasDone = useRef(done);
  const revealOutcome = useRef(false);
  useEffect(() => {
    if (done && !wasDone.current) revealOutcome.current = true;
    wasDone.current = done;
  }, [done]);
  // After the screen on view has settled too (a lazy screen arriving would push the card out of view).
  useEffect(() => {
    if (!revealOutcome.current || !outcome.current || loadingScreen) return;
    revealOutcome.current = false;
    outcome.current.focus({ preventScroll: true });
    revealBelowBar(outcome.current);
  });

  const fresh = (text: string) => {
    setScreen(firstScreen);
    setWhy({ text: '', at: null });
    setResumedNotice('');
    setRunKey((n) => n + 1);
    setAnnounce(text);
  };
  /** Runs `action` at once when nothing would be lost, else after the learner confirms. */
  const guarded = (request: ConfirmRequest) => (hasWorkInProgress($simulations.get()[key]) ? setConfirm(request) : request.onConfirm());

  const dispatch = (event: Event): Dispatched => {
    const before = world;
    const { issues, effects, messages } = actInSimulation(key, event);
    if (issues.length > 0) {
      setWhy({ text: run.mode === 'entrainement' ? whyOf(whyTexts, issues) : '', at: null });
      return { issues, effects, messages };
    }
    setWhy({ text: '', at: null });
    const after = $simulations.get()[key]?.run.world;
    const changes = after ? statusChanges(before, after) : [];
    if (changes.length > 0) setAnnounce(changes.join(' '));
    return { issues, effects, messages };
  };
  const check = (event: Event): CheckResult => {
    const verdict = simulator.can(world, resolveEvent(world, event));
    return verdict.ok ? { ok: true } : { ok: false, reasons: verdict.issues.map(simulator.message), issues: verdict.issues };
  };
  const navigate = (id: ScreenId, params: Readonly<Record<string, string>> = {}) => {
    if (demo) return;
    moved.current = true;
    retry();
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

  const onKeyDown = demo ? stepKeys(() => $simulations.get()[key]?.position ?? position, step) : undefined;

  const player = framePlayer({ key, run, activity: state.activity, screen: current, why, setWhy, message: simulator.message });
  const hintStep = state.hint !== null ? steps[state.hint] : undefined;
  // A refusal's « Pourquoi ? » that no field of the screen took: shown in the task card, in view.
  const looseWhy = why.text && why.at === null ? why.text : '';

  return (
    <section
      class={`sim sim--${run.mode}`}
      id={demo ? demoAnchor(scenario.id) : undefined}
      aria-labelledby={titleId}
      ref={frame}
      data-ready={ready ? 'true' : undefined}
      data-scenario={scenario.id}
      onKeyDown={onKeyDown}
    >
      <FrameHead titleId={titleId} title={scenario.title} demo={demo} role={scenario.role} intro={scenario.intro} />
      <Notices resumed={resumedNotice} setAside={state.setAside === true && run.events.length === 0} />

      <Toolbar mode={run.mode} switchable={state.activity} tracking={tracking} now={world.now} onMode={switchMode} onAdvance={advance} onRestart={restart} />

      {demo ? (
        <StepBar
          position={position}
          total={steps.length}
          title={demoStep?.title ?? ''}
          explanation={demoStep?.explanation ?? ''}
          success={scenario.success}
          onStep={step}
          onEnter={() => {
            // The first step's target may be below the fold (a phone): in view as soon as the learner starts.
            if (moved.current) return;
            moved.current = true;
            whenPresent(() => frame.current, '[data-highlight]', (element) => revealBelowBar(element));
          }}
        />
      ) : (
        <TaskCard
          title={scenario.title}
          role={scenario.role}
          intro={scenario.intro}
          onHint={
            run.mode === 'entrainement' && !run.done
              ? () => {
                  moved.current = true;
                  revealHint(key);
                }
              : undefined
          }
          hint={hintStep && !run.done ? { title: hintStep.title, explanation: hintStep.explanation, tips: scenario.hints } : undefined}
          why={run.mode === 'entrainement' ? looseWhy : ''}
        />
      )}

      <PortalChrome world={world} areas={areas} current={current.id} title={definition?.title ?? current.id} navigate={navigate}>
        <div class="portal__screen" aria-busy={loadingScreen ? 'true' : undefined}>
          <PlayerContext.Provider value={player}>
            <ScreenBoundary onRestart={() => (restartSimulation(key), fresh('Exercice recommencé depuis le début.'))} resetKey={`${runKey}`}>
              <ScreenSlot
                Screen={Screen}
                screenKey={`${runKey}-${current.id}-${current.params['invoiceId'] ?? ''}-${current.params['pieceId'] ?? ''}-${demo ? position : ''}`}
                props={{ world, dispatch, check, navigate, params: current.params, highlight, readOnly: demo || run.done }}
                loading={loadingScreen}
                known={definition !== undefined}
                id={current.id}
                onRetry={retry}
              />
            </ScreenBoundary>
          </PlayerContext.Provider>
        </div>
      </PortalChrome>

      {done && later && (
        <later.OutcomeCard
          cardRef={outcome}
          success={scenario.success}
          score={run.mode === 'evaluation' ? state.score : null}
          costs={later.runCosts(run, state.refusals ?? [])}
          showPoints={run.mode === 'evaluation'}
          onReplay={() => {
            restartSimulation(key);
            fresh('Exercice recommencé depuis le début.');
            requestAnimationFrame(() => frame.current?.scrollIntoView({ block: 'start' }));
          }}
          demoHref={demoHref}
        />
      )}
      {ConfirmDialog && <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />}
      <p class="visually-hidden" aria-live="polite">
        {fr(announce)}
      </p>
    </section>
  );
}
