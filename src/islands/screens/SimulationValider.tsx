/** The simulation frame with the « Factures à valider » screens only (module 5, the valideur's side). */
import { validerArea } from './valider';
import { SimulationFrame, type SimulationProps } from './SimulationFrame';

/** The areas of this island's screens: the page downloads their screens and rules only. */
export const AREAS = [validerArea];

export default function SimulationValider(props: SimulationProps) {
  return <SimulationFrame {...props} areas={AREAS} />;
}
