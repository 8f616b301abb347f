/** The screen on view and its guards: an error boundary, a hold while the next screen loads, and the fallbacks. */
import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { fr } from '../kit';
import type { ScreenProps } from '../types';

interface BoundaryProps {
  onRestart: () => void;
  children: ComponentChildren;
  /** Changes when the run restarts, to leave the error state. */
  resetKey: string;
}

/** Catches an unexpected error of a screen: the exercise offers a restart, the rest of the page goes on. */
export class ScreenBoundary extends Component<BoundaryProps, { failed: boolean; key: string }> {
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
export class Hold extends Component<HoldProps> {
  override shouldComponentUpdate(next: HoldProps) {
    return !next.hold;
  }
  render() {
    return this.props.children;
  }
}

/** The screen on view, or what stands for it while it loads, when it failed to load, or when it is unknown. */
export function ScreenSlot(p: {
  Screen: ComponentType<ScreenProps> | undefined;
  screenKey: string;
  props: ScreenProps;
  loading: boolean;
  /** The screen is in the registry (it may still be loading). */
  known: boolean;
  id: string;
  onRetry: () => void;
}) {
  const { Screen } = p;
  return (
    <Hold hold={p.loading}>
      {Screen ? (
        <Screen key={p.screenKey} {...p.props} />
      ) : p.loading ? (
        <p class="sim__loading">Chargement de l’écran…</p>
      ) : p.known ? (
        <div class="sim-crash" role="alert">
          <p>{fr('Cet écran simulé n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.')}</p>
          <button type="button" class="button" onClick={p.onRetry}>
            Réessayer
          </button>
        </div>
      ) : (
        <p>{fr(`L’écran « ${p.id} » ne fait pas partie de cet exercice.`)}</p>
      )}
    </Hold>
  );
}
