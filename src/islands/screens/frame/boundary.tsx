/** Two guards around the screen on view: an error boundary, and a hold while the next screen loads. */
import { Component, type ComponentChildren } from 'preact';
import { fr } from '../kit';

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
