/** The simulation frame with the « Nous contacter » screens and the mailbox (module 6 scenarios). */
import { aideArea } from './aide';
import { SimulationFrame, type SimulationProps } from './SimulationFrame';

/** The areas of this island's screens: the page downloads their screens and rules only. */
export const AREAS = [aideArea];

export default function SimulationAide(props: SimulationProps) {
  return <SimulationFrame {...props} areas={AREAS} />;
}
