/**
 * What every control of a screen reads from the screen it is drawn in (`Screen` provides it): the step's
 * highlighted control and where a button leads, so that neither is handed down to each control. A control can
 * still be given its own highlight.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ScreenProps } from '../types';

export type ScreenContextValue = Pick<ScreenProps, 'highlight' | 'navigate'>;

export const ScreenContext = createContext<ScreenContextValue>({ highlight: undefined, navigate: () => undefined });

/** The highlight of the screen a control is drawn in, unless the control was given its own. */
export function useHighlight(own?: string | undefined): string | undefined {
  const screen = useContext(ScreenContext);
  return own ?? screen.highlight;
}

/** The `navigate` of the screen a control is drawn in. */
export function useNavigate(): ScreenProps['navigate'] {
  return useContext(ScreenContext).navigate;
}
