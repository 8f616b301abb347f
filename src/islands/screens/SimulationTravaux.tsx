/** The simulation frame with the « Factures de travaux » screens only (module 4). */
import { SimulationFrame, type SimulationProps } from './SimulationFrame';
import { travauxScreens } from './travaux';

export default function SimulationTravaux(props: SimulationProps) {
  return <SimulationFrame {...props} screens={travauxScreens} />;
}
