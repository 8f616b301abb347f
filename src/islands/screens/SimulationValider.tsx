/** The simulation frame with the « Factures à valider » screens only (module 5, the valideur's side). */
import { SimulationFrame, type SimulationProps } from './SimulationFrame';
import { validerScreens } from './valider';

export default function SimulationValider(props: SimulationProps) {
  return <SimulationFrame {...props} screens={validerScreens} />;
}
