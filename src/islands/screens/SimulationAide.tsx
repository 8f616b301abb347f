/** The simulation frame with the « Nous contacter » screens, the login page and the mailbox (module 6 scenarios). */
import { helpScreens } from './aide';
import { SimulationFrame, type SimulationProps } from './SimulationFrame';

export default function SimulationAide(props: SimulationProps) {
  return <SimulationFrame {...props} screens={helpScreens} />;
}
