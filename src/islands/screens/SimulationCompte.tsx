/** The simulation frame with the account, structure and gestionnaire screens only (module 2 scenarios). */
import { accountScreens } from './account';
import { SimulationFrame, type SimulationProps } from './SimulationFrame';

export default function SimulationCompte(props: SimulationProps) {
  return <SimulationFrame {...props} screens={accountScreens} />;
}
