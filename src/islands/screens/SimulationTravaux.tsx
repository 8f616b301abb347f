/** The simulation frame with the « Factures de travaux » screens only (module 4). */
import { travauxArea } from './travaux';
import { SimulationFrame, type SimulationProps } from './SimulationFrame';

/** The areas of this island's screens: the page downloads their screens and rules only. */
export const AREAS = [travauxArea];

export default function SimulationTravaux(props: SimulationProps) {
  return <SimulationFrame {...props} areas={AREAS} />;
}
