/** The simulation frame with the account, structure and gestionnaire screens only (module 2 scenarios). */
import { accountArea } from './account';
import { SimulationFrame, type SimulationProps } from './SimulationFrame';

/** The areas of this island's screens: the page downloads their screens and rules only. */
export const AREAS = [accountArea];

export default function SimulationCompte(props: SimulationProps) {
  return <SimulationFrame {...props} areas={AREAS} />;
}
